"""Quotation speakers, rounds from stop 33: a long occasion between the subject and its words, and a name that goes on
after بن with علي; constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_long_occasion_on_the_margin_of_an_event_keeps_the_named_subject() -> None:
    # على هامش opens where he spoke, as في and خلال do: the words after it, however many, are no subject
    text = ("قال الأمين العام للاتحاد العام التونسي للشغل حسين العباسي على هامش ندوة تكوينية قطاعية نظمتها اليوم "
            "السبت 12 نوفمبر 2016 الجامعة العامة للكيمياء والنفط حول دور الجباية في دفع التنمية بالحمامات إنه لا "
            "علاقة لتصريحات الحكومة بالواقع.")
    assert speakers(text, tagged=True) == ["حسين العباسي"]


def test_ali_after_bin_is_the_fathers_name_before_the_complementizer_or_an_object() -> None:
    # علي إن reads like على إن (insisted that) and علي عدم like a verb before عدم: after بن it is a name
    assert speakers("وقال الوزير محسن بن علي إن الوضع جيد.", tagged=True) == ["محسن بن علي"]
    text = ("في المقابل، جدد والي الجهة محسن بن علي عدم وعده بتشغيلهم، مؤكدا أن التشغيل متاح للجميع عبر "
            "المناظرات.")
    assert speakers(text, tagged=True) == ["محسن بن علي"]
    # without بن, على before أن stays the preposition of the verb
    assert speakers("وقال الوزير إن الطريق مفتوح. وأكد الوزير على أن العمل جار.", tagged=True) == ["الوزير", "الوزير"]


def test_a_view_subject_set_off_by_an_office_and_occasions_between_commas_gives_its_view() -> None:
    # اعتبر with a long region is read as judging an object unless the region is a subject: an office set off after
    # the name, then occasions between commas, make it one
    text = ("اعتبر عصام الشابي، أمين عام الحزب الجمهوري، في تصريح للجوهرة أف أم، اليوم الأربعاء، خلال حصة "
            "\"بوليتيكا\"، أن خطاب رئيس الجمهورية لم يأت بالجديد.")
    assert speakers(text, tagged=True) == ["عصام الشابي"]
    text = ("واعتبر محمد ناطقي الذي شارك في الجولة الأولى من المفاوضات، ضمن وفد الحكومة الأفغانية، أن وفاة الملا "
            "عمر ستؤخر محادثات السلام.")
    assert speakers(text, tagged=True) == ["محمد ناطقي"]
    # an object judged, then its predicate: no view reported
    assert speakers("واعتبر الوزير الإصابة أمرا عاديا، وأن اللاعب سيعود قريبا.", tagged=True) == []


def test_one_honoured_in_an_aside_between_commas_does_not_speak_for_the_body() -> None:
    text = ("وقال الحزب، في بلاغ له اليوم السبت 6 فيفري، بمناسبة الذكرى الثالثة لاغتيال الشهيد شكري بلعيد، إن "
            "التلكؤ في كشف الحقيقة يخفي أسرارا غامضة.")
    assert speakers(text, tagged=True) == ["الحزب"]
    text = ("واعتبر الحزب، في بلاغ له اليوم السبت 6 فيفري، بمناسبة الذكرى الثالثة لاغتيال الشهيد شكري بلعيد، أن "
            "التلكؤ في كشف الحقيقة يخفي أسرارا غامضة.")
    assert speakers(text, tagged=True) == ["الحزب"]


def test_tabaa_reports_words_after_a_subject_with_an_aside_or_the_circumstance_of_speaking() -> None:
    # تابع takes an object (تابع الفريق تدريباته) unless its subject is read whole and the words follow: an aside or a
    # relative clause on the subject, or where and when he spoke, may stand between
    text = "وتابع نابوت وهو نائب رئيس فيفا راهنا: هو رجل استثنائي، سيقدم الكثير لكرة القدم."
    assert speakers(text, tagged=True) == ["نابوت"]
    text = "وتابع موتا الذي خاض 45 دقيقة في مباراة السبت ضد تشيلسي: \"احتاج إلى القيام بأشياء جديدة من اجل مسيرتي\"."
    assert speakers(text, tagged=True) == ["موتا"]
    text = ("وتابع الرئيس أولاند إثر زيارة لمتحف في باريس برفقة الملك المغربي محمد السادس \"يجب إفساح المجال "
            "للتحقيقات لتتم\".")
    assert speakers(text, tagged=True) == ["أولاند"]
    text = ("وتابع الطبوبي في كلمته بمناسبة إحياء عيد الشغل في بطحاء محمد علي بالعاصمة اليوم الاثنين 01 ماي 2017، "
            "\"أحيي الأساتذة والمعلمين لاستماتتهم في الدفاع عن كرامتهم\".")
    assert speakers(text, tagged=True) == ["الطبوبي"]
    # following a match or training, with a name in quote marks after it: no words reported
    text = "وتابع الفريق تدريباته في الملعب استعدادا لمباراة \"الكلاسيكو\" المقبلة أمام برشلونة في الدوري."
    assert speakers(text, tagged=True) == []


def test_a_closed_talk_after_a_name_set_off_between_commas_reports_the_holder() -> None:
    text = ("وأضاف الصقعبي أن الترجمة بثت بأربع لغات. واختتم مدير إدارة الترجمة، وليد بن سليمان الصقعبي، تصريحه "
            "بأن ذلك يأتي حرصا على الارتقاء بالخدمات.")
    assert speakers(text, tagged=True) == ["وليد بن سليمان الصقعبي"] * 2  # (the family name alone takes the full one)


def test_a_subject_with_a_long_aside_or_office_closed_by_a_comma_still_speaks() -> None:
    text = ("وأوضح المسؤول النقابي وهو عضو في لجنة البرامج والتقييم المنبثقة عن الحوار الوطني لإصلاح المنظومة التربوية "
            "والمتكونة من ممثلين عن وزارة التربية والاتحاد العام التونسي للشغل والمعهد العربي لحقوق الإنسان، أنه من "
            "الممكن أن يصبح الامتحان إلزاميا.")
    assert speakers(text, tagged=True) == ["المسؤول النقابي"]
    text = ("قال أحمد السافي،عضو لجنة فرز الترشحات لعضوية هيئة الحقيقة والكرامة في مداخلة له اليوم،الثلاثاء في "
            "برنامج \"بوليتيكا\" على \"جوهرة أف أم\" إن السجلات العدلية للمترشحين تشير إلى أن أغلبهم من التجمعيين.")
    assert speakers(text, tagged=True)[:1] == ["أحمد السافي"]


def test_a_view_given_after_a_short_subject_on_a_long_occasion_is_reported() -> None:
    text = ("واعتبر الغنوشي في تصريح إعلامي على هامش ندوة انعقدت اليوم بمقر الحركة في العاصمة أن ما ورد في تقرير "
            "الموقع من اتهامات للحركة يدخل في باب التجاذبات السياسية.")
    assert speakers(text, tagged=True) == ["الغنوشي"]


def test_a_title_in_quote_marks_is_never_the_words_said() -> None:
    # a noun object after the slogan: no words reported
    text = ("وأكد الرابحي في تصريح على هامش اليوم الوطني لغسل الأيدي الذي ينتظم تحت شعار \"غسل يديك من العدوى "
            "يحميك\" أهمية غسل الأيدي في الوقاية.")
    assert speakers(text, tagged=True) == []
    text = ("وقد حذرت لجنة الاحتراف في مقال سابق بعنوان «حتى لجنة الاحتراف هذا كثير» من التساهل في التعامل مع تلك "
            "الحالة.")
    assert speakers(text, tagged=True) == []


def test_the_one_spoken_to_before_or_after_the_subject_does_not_make_it_too_long() -> None:
    text = ("وقال مدير العلاقات العامة والإعلام بصحة تبوك بالإنابة صالح القرعوطي لــ \"سبق\" في رده على خبر نشرته "
            "\"سبق\" قبل ثلاثة أسابيع بعنوان \"تأخر ثلاجة الموتى يؤجل الصلاة على معلمة تبوك\": إن تسليم المتوفاة لم "
            "يتأخر.")
    assert speakers(text, tagged=True) == ["صالح القرعوطي"]
    text = ("وقال لـ\"الرياض\"، معتز عبدالحميد مغربل نائب رئيس لجنة التعليم الأهلي في غرفة تجارة المدينة المنورة، "
            "وعضو اللجنة الوطنية للتعليم الأهلي بمجلس الغرف التجارية، بأن زيادة رسوم التسجيل متوقعة.")
    assert speakers(text, tagged=True) == ["معتز عبدالحميد مغربل"]


def test_a_view_subject_with_a_relative_clause_closed_by_the_comma_before_anna() -> None:
    text = ("واعتبرت الولايات المتحدة التي تشجع منذ زمن على \"مصالحة\" أفغانية، أن وفاة الملا عمر تشكل فرصة مؤاتية "
            "للسلام.")
    assert speakers(text, tagged=True) == ["الولايات المتحدة"]


def test_a_relative_speaks_not_the_one_named_after_the_kinship_head() -> None:
    assert speakers("وقالت أرملة الشهيد محمد البراهمي إن القضية لم تكشف بعد.", tagged=True) == [
        "أرملة الشهيد محمد البراهمي"]


def test_a_family_name_opening_on_waw_after_a_first_name_and_the_fathers() -> None:
    assert speakers("وقال والد الشهيد جابر حسين وحيش إنه فخور بابنه.", tagged=True) == ["والد الشهيد جابر حسين وحيش"]
    # a second first name after و is a second person
    assert speakers("وقال محمد أحمد وسعيد إن العمل جار.", tagged=True) == ["محمد أحمد"]


def test_a_foreign_name_after_an_office_nisba_runs_to_al_qawl() -> None:
    text = ("ونقلت صحيفة \"ذا ستار\" عن وزير النقل الماليزي ليو تيونج لاي القول إنه \"في هذه المرحلة، من السابق لأوانه "
            "للغاية أن نتكهن\".")
    assert speakers(text, tagged=True) == ["ليو تيونج لاي"]


def test_a_comment_on_something_then_its_words_at_once() -> None:
    text = ("وعلق بيليه سابقا على خروجه من المستشفى في إحدى المرات: «لم أكن خائفا من الموت لأنني رجل بثلاثة قلوب».")
    assert speakers(text, tagged=True) == ["بيليه"]
    text = "وعلّقت السفيرة على الصورة كالتالي \"هذا هو اليوم الذي أصبحت فيه ملكة تونسية\"."
    assert speakers(text, tagged=True) == ["السفيرة"]
    # an answer to a question with no words after it reports nothing
    assert speakers("وأجاب الوزير على سؤال النائب حول الموازنة.", tagged=True) == []


def test_a_singular_participle_never_goes_on_from_a_sound_plural_of_people() -> None:
    # مختصون agrees with مشيرين، قائلين: after them, a singular participle belongs to its own sentence's subject
    text = ("ورأى مختصون أن التأمين الصحي ضرورة. وطالب أستاذ طب المجتمع بجامعة الإمام الدكتور محمود عبدالرحمن محمود، "
            "بمزيد من الاهتمام بالمراكز الصحية، مشيرا إلى أن الرعاية الأولية هي الركيزة.")
    assert speakers(text, tagged=True) == ["مختصون", "محمود عبدالرحمن محمود"]
    text = ("ويقول مراقبون إن الإجراء غير كاف. جاء ذلك في مقال له في معهد واشنطن حمل عنوان \"إيران ستغش\"، قائلا: "
            "\"تبرز أيضا بعض نقاط الضعف في الاتفاق\".")
    assert "مراقبون" not in speakers(text, tagged=True)[1:]
