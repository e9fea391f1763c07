"""Quotation speakers, round r52: the quotation is found but the wrong person is taken for its speaker (opened
sets S17 and S18): quoted words read as narrative, a name inside the object, the subject of a later clause, a body's
acronym, an institution's namesake. Each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_no_speaker_is_read_inside_words_quoted_at_length() -> None:
    # «… .. ولا أذكر …، وواضحا …». وأضاف: the sentence before the bare verb is someone's words, not the narrative
    text = ("وقال في حديثه للصحيفة:\n"
            "«لقد كان أستاذنا متميزا في التحليل.. ولا أذكر يوما بخل فيه بآرائه، فقد كان نعم السند للبلد، "
            "وواضحا وشفافا في متابعة الأحداث».\n"
            "وأضاف: «لم نجد منه سوى الترحاب في كل المناسبات».")
    assert "وواضحا" not in " ".join(s or "" for s in speakers(text))
    assert not any(s and s.startswith("أذكر") for s in speakers(text))


def test_a_verb_inside_words_quoted_at_length_gives_no_speaker() -> None:
    # «… التي حدثت إبان الأزمة …، وواضحا …». وأضاف: إبان read as a verb inside the quoted words names no one
    text = ("أشاد الشيخ خالد بن سالم بالأستاذ تركي الناصر.\n"
            "وقال في حديثه ل»الرياض» بعد علمه باستقالته: \n"
            "«لقد كان متميزا في التحليل، ولا أذكر يوما بخل فيه بآرائه في التطورات التي حدثت في البلاد إبان محاولة "
            "الانقلاب فقد كان نعم السند للبلاد، وواضحا وشفافا في متابعة الأحداث». \n"
            "وأضاف: «لم نجد منه سوى الترحاب في كل المناسبات».")
    assert "وواضحا" not in speakers(text)
    assert speakers(text)[-1] == "خالد بن سالم"


def test_a_titled_name_in_construct_with_the_object_is_no_subject() -> None:
    # تحدث رئيس الحركة عن جريمة اغتيال المهندس فلان، مشيرا: the one killed is the object's genitive
    text = ("وقال الغنوشي في تصريح للصحفيين إن الحكومة مطالبة بالعمل. من جانب آخر تحدث رئيس الحركة عن جريمة "
            "اغتيال المهندس محمد الزواري مؤخرا في صفاقس مشيرا إلى أن هذا الاعتداء خطير. وقال إن المستفيد هو العدو.")
    assert speakers(text) == ["الغنوشي", "الغنوشي", "الغنوشي"]
    # انتقد دعوة رئيس الجمهورية فلان ...، مشيرا: the president called, not the one criticising
    text = ("وأضاف الكحلاوي في ندوة صحفية أن أحد الوزراء كلف بنكا أجنبيا بإعداد المخطط.\n"
            "كما انتقد أيضا دعوة رئيس الجمهورية الباجي قائد السبسي كتلة الحزب للاجتماع في القصر،مشيرا إلى أن "
            "\"الرئيس اليوم في خضم صراع\".")
    assert speakers(text) == ["الكحلاوي", "الكحلاوي"]


def test_the_subject_of_a_clause_opened_by_wa_qad_expresses_and_speaks() -> None:
    # احتفى رئيس البعثة فلان ... وقد عبر مدير المنتخب فلان عن سعادته وقال: the one who expressed it speaks
    text = ("احتفى رئيس البعثة بتال العتيبي بأعضاء المنتخب في أحد فنادق العاصمة وقد عبر مدير المنتخب خالد مطر "
            "عن سعادته بالاحتفال وقال: \"جهود رئيس البعثة واضحة\".")
    assert speakers(text) == ["خالد مطر"]


def test_a_tagged_body_is_not_expanded_to_the_verb_before_it() -> None:
    # وفي تقريرها الشهري رفعت أوبك التوقعات ... وقالت أوبك: رفعت is the verb, not a first name
    text = ("وفي تقريرها الشهري رفعت أوبك التوقعات للإمدادات من خارج المنظمة. "
            "وقالت أوبك “من المتوقع الآن أن ينخفض الإنتاج”.")
    assert speakers(text, tagged=True) == ["أوبك"]


def test_the_holder_named_after_an_institutions_royal_namesake_speaks() -> None:
    # مدير مطار الأمير فلان المهندس فلان: the airport's namesake, then its director
    text = "وأوضح مدير مطار الأمير محمد بن عبدالعزيز المهندس محمد الفاضل، أنه تم إعادة 78 سائقا للعمل."
    assert speakers(text) == ["محمد الفاضل"]
    text = "وأوضح مدير جامعة الملك سعود الدكتور بدران العمر أن الجامعة ستفتتح كلية جديدة."
    assert speakers(text) == ["بدران العمر"]
    # with no holder named after it, the office stands
    text = "وأوضح مدير جامعة الملك سعود أن الجامعة ستفتتح كلية جديدة."
    assert speakers(text) == ["مدير جامعة الملك سعود"]


def test_a_titled_name_after_the_comma_closes_a_long_description() -> None:
    # المشرف العام على برنامج … في جامعة …، الدكتور فلان أن: the holder named in apposition speaks, even when his first
    # name is also an office word (مساعد)
    text = ("وأوضح المشرف العام على برنامج إعداد القادة في جامعة هارفرد، الدكتور مساعد الأحمد أن الخريجين تمكنوا "
            "من تكوين قاعدة. وأشار إلى أن البرنامج ناجح.")
    assert speakers(text) == ["مساعد الأحمد", "مساعد الأحمد"]
