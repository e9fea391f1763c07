"""Quotation speakers, rounds from stop 37 (errors of the fresh sets S57, S58 and S60, opened); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_name_the_tagger_found_whole_keeps_its_first_word() -> None:
    # the son's name whole where he speaks, though his father's shorter name is met later
    text = ("قال رئيس الحكومة قوباد جلال الطالباني إنه لم يبق انتماء لدولة اسمها العراق. "
            "وقال الطالباني في تصريحات صحافية إن الحوار مستمر. وكان الرئيس السابق جلال الطالباني قد غادر البلاد.")
    assert speakers(text, tagged=True) == ["قوباد جلال الطالباني", "قوباد جلال الطالباني"]


def test_a_clerics_title_opens_the_name_before_a_comma() -> None:
    text = "وقال الملا أختر منصور، خليفة الملا عمر، بعد تسلمه زعامة الحركة: «علينا أن نعمل للحفاظ على وحدتنا»."
    assert speakers(text, tagged=True)[0] in ("أختر منصور", "الملا أختر منصور")
    # after a first name it is a family name
    assert speakers("وقال عصام الملا رئيس الجمعية إن العمل مستمر.", tagged=True) == ["عصام الملا"]


def test_a_thing_owned_and_its_adjective_end_the_name() -> None:
    text = "وأبدى المدرب اخوان رضاه التام عن المباريات التي لعبها فريقه، وقال: «جميع العناصر أخذت فرصتها»."
    assert speakers(text, tagged=True) == ["اخوان"]


def test_the_one_named_between_commas_after_a_club_speaks() -> None:
    # the player's office left out: the club, then his name set off, then the eve of the match
    text = ("قال أتليتكو أتلتيكو مدريد، فرناندو توريس، عشية خوض آخر مباراة للفريق في الصين، إن الدوري ينقصه. "
            "وصرح توريس عشية مواجهة فريق شنغهاي “بالنسبة لي لازالت هناك ألقاب”.")
    assert speakers(text, tagged=True) == ["فرناندو توريس", "فرناندو توريس"]


def test_which_means_that_reports_no_words() -> None:
    text = "وأعلنت الشركة أمس قوائمها المعدلة للعامين الجاري والسابق ما يعني أنها قد تعلن أرباحها غدا."
    assert speakers(text, tagged=True) == []


def test_an_offices_field_after_la_is_no_name() -> None:
    text = ("وكتبت فلين وآلان جو الأستاذ المساعد للطب النفسي في جامعة هريوت وات في دراستهما انه رغم ذلك "
            "فإن جودة الحياة عنصر مهم.")
    assert speakers(text, tagged=True) == ["فلين"]


def test_keenness_that_ala_an_completes_is_an_object() -> None:
    text = "وقال الوزير إن الوضع جيد، مؤكدا حرص أمير المنطقة على أن يقدم السوق برامج ثقافية."
    assert speakers(text, tagged=True) == ["الوزير"]
    assert speakers("وأكدت الشمراني حرصها على أن تكون الفعالية ناجحة.", tagged=True) == []
    # على أن after the verb itself still reports words
    assert speakers("وأكد الوزير على أن الحرص واجب.", tagged=True) == ["الوزير"]


def test_an_office_after_a_sentence_run_on_opens_the_subject_before_its_verb() -> None:
    text = ("وتم نقله إلى محافظة ميسان التي تبعد حوالي 120كم عن مطار الطائف مدير إدارة الطوارئ الصحية بصحة الطائف "
            "سعيد الزهراني أشار انه فور تلقي البلاغ تم ارسال سيارة إسعاف.")
    assert speakers(text, tagged=True) == ["سعيد الزهراني"]


def test_the_writer_naming_the_one_speaking_again_inside_his_words_quotes_him() -> None:
    text = ("وأضاف الدكتور علي الثابتي أن الموقع ذو قيمة عالية. وأوضح أن الخبراء كشفوا عن وجود بقايا أواني خزفية "
            "ولوحات جبسية قال الدكتور الثابتي إنها \"كانت تستعمل في تسقيف القبور\".")
    assert speakers(text, tagged=True) == ["علي الثابتي"] * 3
    # a source inside the words, not the one speaking, stays part of them
    assert speakers("وأضافت الوزيرة أنه بعد الانتصارات أكدت مصادرنا بحصول تقدم.", tagged=True) == ["الوزيرة"]


def test_the_noun_denial_after_a_verb_of_coming_reports_no_words() -> None:
    # نفي with ي in an article that writes the verb's ى: the noun (وجاء نفي فلان)
    text = ("نفى عدنان المعيبد المتحدث الرسمي اتخاذ أي إجراء. وجاء نفي المعيبد ردا على ما تردد حول أن الاتحاد رفع "
            "العقوبات.")
    assert speakers(text, tagged=True) == []


def test_a_past_verbs_shape_after_a_preposition_is_a_noun() -> None:
    text = ("وذكرت الزوجة أن الموظف فاجأهم برسالة. وتم إسقاط اسمها من كشف المعينين في مدينة رفحاء، ووصلتهم رسالة من "
            "الموظف مفادها أنه كان ينتظر المال.")
    assert speakers(text, tagged=True) == ["الزوجة"]
    # after من, "who" before anything but a definite noun (من قال إن، من تشير المؤشرات إلى أنه)
    assert speakers("وهناك من قال إن الأمر انتهى.", tagged=True) == ["من"]
