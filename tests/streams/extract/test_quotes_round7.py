"""Quotation speakers, round r7: failure kinds found in the opened sets (L among them) and in fresh
articles read by eye (tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from scripts.eval_facts import _entities
from streams.extract.quotes import find_quotes


def speakers(text: str, tagged: bool = False) -> list:
    return [q.speaker for q in find_quotes(text, _entities(text, tagged))]


def test_a_subject_after_the_verb_beats_a_word_after_an_earlier_an() -> None:
    # التي يمكن أن تحققها قال العقيد فلان: أن opens the clause before, not a subject for قال
    text = ("وعن المعركة والنتائج التي يمكن أن تحققها قال العقيد سالم العنزي إن المعركة "
            "لم تنته بعد وستستمر طويلا.")
    assert speakers(text) == ["سالم العنزي"]
    text = ("وعن الخطة التي يمكن أن تنفذها قالت الوزيرة هند الصبيح إن العمل بدأ فعلا.")
    assert speakers(text) == ["هند الصبيح"]
    # but a time or an object after the verb is no subject: كان's subject stays (وكانت الشركة أعلنت منتصف ...)
    text = "وكانت الشركة أعلنت منتصف شهر ديسمبر الماضي إطلاق الخدمة التي توقع لها الكثيرون أن تحدث ثورة."
    assert speakers(text) == ["الشركة"]


def test_wa_with_an_adverbial_participle_ends_the_subject() -> None:
    # وكانت صحيفة "…" الكويتية ونقلا عن مصادر: the source she cites is no part of her name
    text = ('وكانت صحيفة "الأنباء" الكويتية ونقلا عن مصادر مطلعة، قد كشفت أن الفريق تلقى عرضا. '
            'وتابعت: "العرض يشمل عقدا لثلاثة أعوام مع النادي".')
    assert speakers(text) == ['صحيفة "الأنباء" الكويتية'] * 2


def test_an_honorific_before_an_office_is_the_holder_named_before() -> None:
    # وأكد سمو رئيس الوزراء القطري: the prime minister named at first, not a new speaker
    text = ("أوضح الشيخ خالد بن أحمد آل ثاني رئيس الوزراء بدولة قطر أن العمل مستمر. "
            "وأكد سمو رئيس الوزراء القطري أن الخليج يواجه تحديات كبيرة.")
    assert speakers(text) == ["خالد بن أحمد آل ثاني"] * 2
    # an honorific that is itself the dignity (سمو أمير المنطقة) still finds its prince
    text = ("رعى صاحب السمو الملكي الأمير فيصل بن سعد أمير منطقة الجوف الحفل. "
            "وأكد سمو أمير منطقة الجوف أن المنطقة تشهد نهضة كبيرة.")
    assert speakers(text) == ["فيصل بن سعد"]


def test_hinted_reports_words() -> None:
    # ألمحت مصادر ... أن: a verb that reports words through أن
    text = "وألمحت مصادر رياضية الأسبوع الماضي أن اللاعب حصل على عرض كبير."
    assert speakers(text) == ["مصادر رياضية"]


def test_a_source_close_to_a_person_is_the_speaker() -> None:
    # مصدر مقرب من الوزير فلان: the source speaks, the minister is who it is close to
    text = "وقال مصدر مقرب من الوزير سعد الحربي إن القرار سيصدر قريبا."
    assert speakers(text) == ["مصدر مقرب من الوزير سعد الحربي"]
    text = "وألمحت مصادر قريبة من المدرب الأسبوع الماضي أن اللاعب حصل على عرض كبير."
    assert speakers(text) == ["مصادر قريبة من المدرب"]


def test_a_first_person_verb_inside_words_opens_no_quotation() -> None:
    # وتابع: أعترف بأنني ...: أعترف is the speaker's own "I confess", not a new speaker
    text = ("وقال الكاتب سعيد الحربي في تغريدة: لا أخفي عليكم حزني الشديد. "
            "وتابع: أعترف بأنني أخطأت في حقه كثيرا، بل إنها وصلت للإساءة. "
            "واضاف: أعلم أنه قد لا يقبل عذري.")
    assert speakers(text) == ["سعيد الحربي"] * 3


def test_a_glued_abd_name_after_an_offices_city() -> None:
    # بغرفة تجارة وصناعة جدة عبدالله فلان: the city ends the body, عبدالله opens the holder's name
    text = "أوضح رئيس لجنة التثمين بغرفة تجارة وصناعة جدة عبدالله المطيري أن السوق مستقرة."
    assert speakers(text) == ["عبدالله المطيري"]


def test_a_plural_participle_after_a_group_is_the_groups() -> None:
    # قال فلان ... وجدد عدد من المواطنين مطالبهم، مؤكدين: the group speaks, not the one named before
    text = ("وقال المتحدث الرسمي للهيئة خالد السهلي إن الحالات قليلة. "
            "وجدد عدد من المواطنين مطالبهم بتوسعة الطريق، مؤكدين أنه يشكل خطورة على الأبرياء. "
            "وأضافوا أن الحوادث كثيرة.")
    assert speakers(text) == ["خالد السهلي", "عدد من المواطنين", "عدد من المواطنين"]


def test_a_relative_named_by_kinship_speaks_not_the_one_named() -> None:
    # والد الشهيد فلان: the father speaks; the name is his son's (but والد الشهيد، فلان: his own)
    text = "وقال والد الشهيد سالم العنزي إن ابنه ضحى من أجل الوطن."
    assert speakers(text) == ["والد الشهيد سالم العنزي"]
    text = "وقال والد الشهيد، سعد العنزي، إن ابنه ضحى من أجل الوطن."
    assert speakers(text) == ["سعد العنزي"]
    text = ("وأعرب والد الطفلة سارة فهد العتيبي عن شكره للجهات الأمنية، "
            "وأضاف أن الطفلة في تحسن مستمر.")
    assert speakers(text) == ["والد الطفلة سارة فهد العتيبي"]


def test_a_body_with_a_person_in_its_description_speaks() -> None:
    # القوات الموالية لحكومة الرئيس فلان: the forces speak, the president belongs to their description
    text = "وقالت القوات الموالية لحكومة الرئيس عبد ربه منصور هادي إنها استعادت المدينة."
    assert speakers(text) == ["القوات الموالية لحكومة الرئيس عبد ربه منصور هادي"]
    text = "وقال الجيش الموالي للرئيس بشار الأسد إنه استعاد المدينة."
    assert speakers(text) == ["الجيش الموالي للرئيس بشار الأسد"]


def test_a_hadith_narrator_after_an() -> None:
    # عن فلان رضي الله عنه قال: the narrator opening the sentence, his blessing, then his verb
    text = 'عن ابن عباس رضي الله عنهما قال: "كان النبي أجود الناس بالخير".'
    assert speakers(text) == ["ابن عباس"]
    text = 'وفي الحديث: وعن أبي هريرة رضي الله عنه قال: "الكلمة الطيبة صدقة للناس".'
    assert speakers(text) == ["أبي هريرة"]


def test_a_bodys_verbal_noun_with_his_pronoun_is_no_name() -> None:
    # أكد الصندوق موافقته: the object, not a person whom الصندوق later stands for
    text = ("أكد صندوق التنمية العقارية موافقته على تأجيل صرف القرض العقاري للمستحق لمدة عام. "
            "يشار إلى أن الصندوق العقاري أفاد بأن مئتي ألف مواطن يستطيعون الحصول على القرض.")
    assert speakers(text) == ["الصندوق العقاري"]


def test_a_noun_of_need_before_an_is_the_verbs_object() -> None:
    # شدد على ضرورة أن، مؤكدا أهمية أن: a noun object (as أكد أهمية), no words reported (sets F and L)
    text = "وقال الوزير إن العمل مستمر، مشددا على ضرورة أن تتخذ الدول قرارا موحدا."
    assert speakers(text) == ["الوزير"]
    text = "وأكد الوزير سعد الحربي أهمية أن تتخذ الدول قرارا موحدا."
    assert speakers(text) == []
