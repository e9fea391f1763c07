"""Quotation speakers, round r6: failure kinds found in the opened sets H–K and in fresh articles read by
eye (tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from scripts.eval_facts import _entities
from streams.extract.quotes import find_quotes


def speakers(text: str, tagged: bool = False) -> list:
    return [q.speaker for q in find_quotes(text, _entities(text, tagged))]


def test_a_preposition_is_no_first_name_of_a_fuller_form() -> None:
    # ضد طهران, من الأطفال: a preposition before the word met alone is not its first name
    text = ("فرضت الدول الغربية عقوبات شديدة ضد طهران منذ سنوات. "
            "ويشتبه الغرب في أن البرنامج عسكري لكن طهران تقول إنه سلمي تماما.")
    assert speakers(text) == ["طهران"]
    text = ("وشملت الدراسة عددا كبيرا من الأطفال في المدارس. "
            "ويقول الأطفال إنهم يحبون هذه الأجهزة كثيرا.")
    assert speakers(text) == ["الأطفال"]


def test_time_adverbials_end_the_subject() -> None:
    # عند إطلاق السباق, أمس الأول: circumstances of time, not the one speaking
    text = ("افتتح محافظ المدينة زياد بن عبد المحسن البازعي المهرجان مساء أمس. "
            "وأوضح محافظ المدينة عند إطلاق شارة بدء السباق أن المهرجان يعيد الماضي الجميل.")
    assert speakers(text) == ["زياد بن عبد المحسن البازعي"]
    text = "نفى المدرب خالد الشمري ارتكاب أي خطأ، وقال أمس الأول إنه غير مذنب."
    assert speakers(text) == ["خالد الشمري"]


def test_a_body_word_glued_to_a_preposition_is_no_first_name() -> None:
    # بقيادة الفارس: the mined first names hold بقيادة; it does not make الفارس a person met before
    text = ("احتفل فرسان المحافظة بقيادة الفارس والمدرب سعد المري بالعيد. "
            "وأكد كل من الفارس مقبل سعد العنزي وفهد الشمري أن فرحتهم كبيرة بالعيد.")
    assert speakers(text) == ["الفارس مقبل سعد العنزي وفهد الشمري"]


def test_a_person_spoken_to_after_lam_is_no_speaker() -> None:
    # قال لزملائه إن، قال لصديقته إنه: the one addressed, with his pronoun; the speaker goes on
    text = ("قال المدير خالد الحربي إن العمل يسير بانتظام. "
            "وأضاف أنه عندما قرأ الخبر، قال لزملائه إن القرار كان صائبا.")
    assert speakers(text) == ["خالد الحربي", "خالد الحربي", "خالد الحربي"]
    # تاناكا لعدد من المقربين: the addressees after the name are no part of it
    text = "وقال تاناكا لعدد من المقربين منه أمس إنه يعتزم الاستقالة من منصبه."
    assert speakers(text) == ["تاناكا"]


def test_a_wire_agency_spoken_to_is_no_part_of_the_name() -> None:
    # سيف لفرانس برس: a known agency after ل is spoken to, even when the text names it nowhere else
    text = ("وقال قائد الشرطة المحلية سيف لفرانس برس \"إن الوضع هادئ في المدينة اليوم\". "
            "وتابع سيف \"كنا نبحث عنه منذ الصباح\".")
    for tagged in (False, True):
        assert speakers(text, tagged) == ["سيف", "سيف"]


def test_a_family_name_in_ya_after_a_name_met_before_goes_on() -> None:
    # عبدالله كريمي after أبو عبدالله: كريمي is his family name, not the verb's object
    text = ("في البداية يقول أبو عبدالله: إن انتشار هذه المخيمات أصبح مزعجا لأصحاب الأسواق.\n"
            " عبدالله كريمي قال: المخيمات التسويقية تحتوي على أماكن ترفيهية كثيرة للعائلات.")
    assert speakers(text) == ["أبو عبدالله", "عبدالله كريمي"]


def test_an_office_with_its_relative_clause_before_the_verb_speaks() -> None:
    # المسؤول العراقي الذي رفض ذكر اسمه قال إن: the office opening the sentence; ذكر is a verbal noun there
    text = ("التقى رئيس الأركان وزير الدفاع في بغداد أمس.\n"
            "المسؤول العراقي الذي رفض ذكر اسمه قال إن رئيس الأركان طالب الحكومة بالحفاظ على التزامها.")
    assert speakers(text) == ["المسؤول العراقي"]


def test_a_description_does_not_reach_across_reported_words() -> None:
    # المسؤول العراقي is not the general named after أن in the words he reports
    text = ("التقى رئيس الأركان وزير الدفاع في بغداد أمس.\n"
            "المسؤول العراقي الذي رفض ذكر اسمه قال إن اللقاء كان صريحا.\n"
            "وأكد المسؤول العراقي أن الجنرال ديمبسي أبلغ العبادي أن واشنطن سترسل فرقا خاصة.")
    assert speakers(text) == ["المسؤول العراقي", "المسؤول العراقي"]


def test_a_byline_opening_the_article_is_no_subject() -> None:
    # شقران الرشيدي- سبق- الرياض: the reporter; the minister the sentence is about speaks
    text = ("شقران الرشيدي- سبق- الرياض: أبدى أمين عام مجلس الوزراء عبد الرحمن السدحان تفاؤله بالصحافة الإلكترونية.\n"
            " وأكد لـ \"سبق\" أن الذائقة الثقافية هي التي تحدد اتجاه القارئ.")
    assert speakers(text) == ["عبد الرحمن السدحان"]
    # a speech verb before the dash is no byline (قال النائب -عن القوات- فلان:)
    text = "قال النائب اللبناني -عن القوات اللبنانية- فادي كرم: إن إيران تستغل كل المواقف الداخلية."
    assert speakers(text) == ["فادي كرم"]


def test_a_bare_verb_of_talking_after_a_comma_brings_the_participle_s_subject() -> None:
    # أثار المقطع ...، تحدث لـ"سبق" المستشار فلان قائلا: the one who talked, not the clip
    text = ("أثار المقطع الجديد للفتاتين استياء المواطنين في المدينة، تحدث لـ\"سبق\" المستشار القضائي "
            "يحيى بن محمد الشهراني قائلاً: \"ما صدر من الفتاتين يوجب المحاسبة والتأديب\". "
            "وأضاف \"ليس من العدل قصر الإجراءات على الفتاتين\".")
    assert speakers(text) == ["يحيى بن محمد الشهراني"] * 2


def test_a_known_family_name_then_circumstances_is_the_subject() -> None:
    # وأوضح الجاسر خلال أمسية نظمها فلان ... أن: the family name of جاسر الجاسر, not the host named after
    text = ("أكد المدير العام للقناة جاسر الجاسر قرب انفصال القناة عن التلفزيون. "
            "وأوضح الجاسر خلال أمسية نظمها المحاضر في الكلية محمد بن سعود الكدسة أمس، وأدارها الدكتور خالد الفرم، "
            "أن الاستقلالية المادية للقناة تسهم في عمل مهني، مشيرا إلى أن القناة ستنافس غيرها.")
    assert speakers(text) == ["جاسر الجاسر", "جاسر الجاسر"]


def test_a_verb_inside_reported_words_with_only_an_adverb_or_object_after_it() -> None:
    # موضحا أن الولايات المتحدة أعلنت مرارا أنه: the words go on, no new quotation
    text = ("صرح المتحدث باسم الخارجية جون كيربي بأن الاتصالات متوقفة، موضحا أن الولايات المتحدة أعلنت مرارا "
            "أنه ليس هناك أي تنسيق مع طهران.")
    assert speakers(text) == ["جون كيربي", "جون كيربي"]
    text = ("وقال مصدر من مكتب الادعاء إن الفتى اعترف، مضيفا أن فحص هاتفه كشف عن معلومات تشير إلى "
            "أنه كان مستعدا للتحرك.")
    assert speakers(text) == ["مصدر من مكتب الادعاء"] * 2


def test_a_saying_inside_reported_words_is_a_quotation() -> None:
    # وشدد على أن البعض يقول إن: يقول within the words reports another saying, as قال does
    text = "أكد رئيس الوزراء رامي الحمدالله أن التعديل قريب، وشدد على أن البعض يقول إن الحكومة لم تجر انتخابات."
    assert speakers(text) == ["رامي الحمدالله", "رامي الحمدالله", "البعض"]
    # and the one whose words hold that saying goes on speaking after it
    text += " مؤكدا أن ملف الانتخابات مرهون بموافقة الفصائل."
    assert speakers(text) == ["رامي الحمدالله", "رامي الحمدالله", "البعض", "رامي الحمدالله"]


def test_the_sentence_s_subject_a_known_family_name_or_a_group() -> None:
    # ودافع مورينيو عن الحارس قائلا: the family name of جوزيه مورينيو, the subject of the sentence's verb
    text = ("خسر فريق المدرب جوزيه مورينيو المباراة الودية أمس. "
            "ودافع مورينيو عن الحارس الجديد قائلا للصحفيين \"كان مرهقا للغاية مثل الحارس الأساسي\".")
    assert speakers(text) == ["جوزيه مورينيو"]
    # أبدى عدد من أسر الشهداء سعادتهم، وقالوا إن: the group the sentence opens on
    text = "أبدى عدد من أسر شهداء الواجب سعادتهم بالنجاح الأمني وقالوا لـ«عكاظ» إن الأجهزة الأمنية يقظة."
    assert speakers(text) == ["عدد من أسر شهداء الواجب"]


def test_a_name_opening_with_lam_after_an_office_s_nisba() -> None:
    # الفرنسي لوران فابيوس: لوران is a first name, not ل + a noun
    text = "وقال وزير الخارجية الفرنسي لوران فابيوس \"إنه اتفاق متوازن يمنع إيران من القنبلة\"."
    assert speakers(text) == ["لوران فابيوس"]


def test_kana_with_a_body_described_at_length_then_its_verb() -> None:
    # وكانت جماعة سلفية متشددة في غزة أعلنت أنها: the body, however long its description
    text = "وكانت جماعة سلفية متشددة في غزة أعلنت في مايو أنها أطلقت قذيفتين على موقع للتدريب."
    assert speakers(text) == ["جماعة سلفية متشددة"]


def test_a_relative_clause_with_waw_has_its_own_subject() -> None:
    # نظام التحرش المقترح والذي أعلن مجلس الشورى أنه: the council, not the system
    text = "جدير بالذكر أن نظام التحرش المقترح والذي أعلن مجلس الشورى العام الماضي أنه تتم دراسته لدى لجانه."
    assert speakers(text) == ["مجلس الشورى"]


def test_a_saying_reported_in_the_present_through_an_outlet() -> None:
    # وتنقل الصحيفة عن الزوجة قولها: the wife says, and وتابعت goes on with her
    text = ("أقامت زوجة دعوى خلع ضد زوجها أمام محكمة الأسرة. "
            "وتنقل الصحيفة عن الزوجة قولها: \"أصبحنا مختلفين جدا بعد الزواج\". "
            "وتابعت: \"حاولنا التحمل طوال العام لكننا فشلنا\".")
    assert speakers(text) == ["الزوجة", "الزوجة"]


def test_an_honorific_finds_its_dignity_far_before_the_name() -> None:
    # وأكد معاليه: the last dignitary with معالي, even behind a long chain of offices
    text = ("وأوضح معالي وزير العدل الشيخ وليد بن محمد الصمعاني أن الأمر الكريم يأتي دعما للقضاء. "
            "وأوضح معالي رئيس ديوان المظالم رئيس مجلس القضاء الإداري الشيخ الدكتور خالد بن محمد اليوسف أن الأمر "
            "تضمن ترقية 24 قاضيا. وأكد معاليه أن هذا الأمر يأتي حرصا من الملك.")
    assert speakers(text) == ["وليد بن محمد الصمعاني", "خالد بن محمد اليوسف", "خالد بن محمد اليوسف"]


def test_a_mission_is_a_body_not_a_name() -> None:
    # بعثة الأمم المتحدة: a body, not a first name and a family name
    text = "وتقول بعثة الأمم المتحدة في أفغانستان إن قرابة ألف أفغاني قتلوا هذا العام."
    assert speakers(text) == ["بعثة الأمم المتحدة"]


def test_a_verb_with_a_colon_after_quoted_words_opens_new_words() -> None:
    # "…"، وأضافت: أمل ...: not a trailing attribution whose subject is the new words
    text = ("وشككت الابنة دالما في دوافع والدها: \"يجب أن نرى من هو على الجانب الآخر من هذه القصة\"، "
            "وأضافت: أمل ألا تصل الأمور إلى القضاء في النهاية.")
    assert speakers(text) == ["الابنة"]


def test_the_writer_s_note_after_alman_is_no_reported_words() -> None:
    # أعلنت الإدارة عن بدء الدورة، علما بأن التقديم إلكتروني: the writer's note, no quotation
    text = "أعلنت إدارة البرنامج بالكلية التقنية عن بدء الدورة القادمة، علماً بأن التقديم يتم إلكترونيا عبر البوابة."
    assert speakers(text) == []


def test_the_next_item_of_a_list_is_no_name_in_apposition() -> None:
    # كشف اللقاء عن عقلية فذة، ومنطق دقيق: a list of qualities, and the minister speaks after it
    text = ("بدأ الوزير ماجد الحقيل اللقاء مستوعبا المشكلة. كشف اللقاء عن عقلية فذة، ومنطق دقيق، وحلول واقعية، "
            "ورغبة في خدمة المجتمع، وهي معايير أساسية لكل شخص يرشح لمنصب وزير، إذ أشار الوزير الحقيل أن المجمعات "
            "السكنية تحتاج إلى تنويع. وقال الوزير الحقيل إن ثقافة المسكن تتغير.")
    assert speakers(text) == ["ماجد الحقيل", "ماجد الحقيل"]


def test_a_title_and_a_family_name_take_the_full_name() -> None:
    # وقال الوزير الحقيل: the family name of ماجد الحقيل; فإن البنك is no name (فإن is no first name)
    text = ("بدأ الوزير ماجد الحقيل اللقاء مستوعبا المشكلة، وهي معايير أساسية لكل شخص يرشح لمنصب وزير. "
            "وقال الوزير الحقيل إن ثقافة المسكن تتغير.")
    assert speakers(text) == ["ماجد الحقيل"]
    text = "وبحسب الوزير فإن البنك سيقرض الدول. ومن جانبه قال رئيس البنك: علينا أن نعمل على التقارب بين الدول."
    assert speakers(text) == ["رئيس البنك"]


def test_blessings_after_a_name_are_no_part_of_it() -> None:
    # حفظهم الله after the titles of the one named: no speaker of the bare verbs after it
    text = ("بدوره أشاد مدير أمن الطرق العقيد زيد الشمري بالإنجاز الأمني، وقال: نحمد الله على ذلك في ظل دعم "
            "خادم الحرمين الشريفين، وسمو ولي العهد - حفظهم الله -، مؤكداً أن ما تحقق جاء بتوفيق من الله.")
    assert speakers(text) == ["زيد الشمري", "زيد الشمري"]


def test_the_one_talked_with_and_the_matter_spoken_of_are_no_speakers() -> None:
    # وقال اللاعب لبرنامج ... مع الإعلامي فلان: the player speaks, not the host
    text = ("وذكر المهاجم عمر السومة بأن المفاوضات انتهت. وقال اللاعب لبرنامج رياضي مع الإعلامي الزميل "
            "بتال القوس: \"سأغادر الكويت فور انتهاء المباراة\".")
    assert speakers(text) == ["عمر السومة", "اللاعب"]
    # ونوه المنيف بالنسبة للمعلم ...: the matter spoken of is no part of the name
    text = "أوضح مدير شؤون المعلمين سعد المنيف أن المقابلات تبدأ غدا. ونوه المنيف بالنسبة للمعلم الذي لا يرغب بالتعيين بأنه يعتذر عبر النظام."
    assert speakers(text) == ["سعد المنيف", "سعد المنيف"]


def test_a_verb_of_seeming_after_a_title_is_no_holder_of_it() -> None:
    # المدرب الهولندي بدا حذرا: بدا حذرا is no name the title describes
    text = ("تطرق مدرب الفريق الهولندي لويس فان غال إلى صفقات الصيف. ونفى المدرب الهولندي الشائعات، وقال: "
            "\"المفاوضات جارية مع مهاجم جديد\". لكن المدرب الهولندي بدا حذرا أيضا وطالب الجماهير بالصبر.")
    assert speakers(text) == ["لويس فان غال"]


def test_zada_with_words_at_once_reports_them() -> None:
    # وزاد: "…" (he added) reports words; زاد الإقبال (increased) does not
    text = ("قال المدرب خالد الشمري: \"الفريق جاهز للمباراة\". وزاد: \"سنلعب بكل قوة من أجل الفوز\". "
            "وزاد الإقبال على التذاكر هذا الأسبوع.")
    assert speakers(text) == ["خالد الشمري", "خالد الشمري"]
