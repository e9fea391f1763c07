"""Quotation speakers, round r51: kinds of quotations still missed in the opened speaker sets (S9–S14, S1, S3, S5,
S8) after r49 and r50 (verb forms, the finder and spans), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_view_given_on_an_occasion_of_speaking_reports_it() -> None:
    # اعتبر فلان في تصريح لـ… أن: the occasion follows the subject, no object is judged
    text = "واعتبر راشد العلي في تصريح لصحيفة محلية أن المرحلة صعبة جدا على الجميع."
    assert speakers(text) == ["راشد العلي"]
    text = "واعتبر وزير الصحة سعيد العايدي في حوار مع قناة محلية اليوم أن المرحلة صعبة جدا."
    assert speakers(text) == ["سعيد العايدي"]
    text = 'واعتبر الوزير خالد السالم في تصريح لـ"الرياض" أن المرحلة صعبة جدا.'
    assert speakers(text) == ["خالد السالم"]
    # but اعتبر الوزير هذه الخطوة في إطار ...: an object judged, no words
    text = "واعتبر الوزير هذه الخطوة في إطار الإصلاح مهمة جدا للبلاد."
    assert speakers(text) == []


def test_an_office_then_a_comma_then_a_name_the_lexicon_lacks() -> None:
    # اعتبرت مديرة …، فلانة فلانية أن: a first name outside the lexicon still opens the name after the comma
    text = "واعتبرت مديرة الأكاديمية، فريدة تركستاني أن الأكاديمية تقوم بدور كبير."
    assert speakers(text) == ["فريدة تركستاني"]


def test_the_platform_written_on_is_no_part_of_the_writer() -> None:
    # وكتب/وقال فلان على تويتر "…": the speaker ends before على تويتر
    text = 'وكتب جون كيسك على تويتر "اتفق مع الجميع وتعليقاته لا يمكن الصفح عنها".'
    assert speakers(text) == ["جون كيسك"]
    text = 'وقال جون كيسك على تويتر "اتفق مع الجميع وتعليقاته لا يمكن الصفح عنها".'
    assert speakers(text) == ["جون كيسك"]


def test_bare_kataba_with_a_writer_and_a_platform_reports_the_words() -> None:
    # كتب حاكم الولاية فلان على تويتر "…": the platform tells the verb from the books (كتب التاريخ)
    text = 'كتب الحاكم جون كيسك على تويتر "اتفق مع الجميع وتعليقاته لا يمكن الصفح عنها".'
    assert speakers(text) == ["جون كيسك"]
    text = 'وفي الإطار نفسه كتب الحاكم جون كيسك على تويتر "اتفق مع الجميع وتعليقاته لا يمكن الصفح عنها".'
    assert speakers(text) == ["جون كيسك"]
    # but no platform (كتب التاريخ: books), or كتب inside a relative clause: no writer reporting
    text = 'وفي المعرض كتب التاريخ القديم "عرضت في الجناح الرئيسي للمعرض".'
    assert speakers(text) == []
    text = 'وقال الوزير إن الرسالة التي كتب على تويتر "لا تمثل رأي الوزارة".'
    assert speakers(text) == ["الوزير"]


def test_tabaa_with_a_titled_subject_and_an_occasion_then_the_words() -> None:
    # وتابع الأمين العام في تصريح لـ… "…": the conditional verb reports the words that follow its occasion
    text = 'وتابع الأمين العام الجديد للحزب في تصريح لمراسلة الإذاعة "نحن باقون في الحزب مهما حصل".'
    assert speakers(text) == ["الأمين العام الجديد للحزب"]
    # but تابع الجمهور المباراة في الملعب: following, no title, no occasion of speaking
    text = 'وتابع الجمهور المباراة في الملعب "بحماس كبير جدا جدا".'
    assert speakers(text) == []


def test_bayyana_with_a_named_subject_and_an_occasion_of_speaking() -> None:
    # وبين فلان على هامش … في تصريح لـ… أن: "explained", its subject named, its occasion given
    text = "وبين سعيد العايدي على هامش حضوره أشغال منتدى الصيدلة في تصريح لإذاعة محلية أن الحوار هو السبيل الوحيد."
    assert speakers(text) == ["سعيد العايدي"]
    # but بين الحكومة والنقابة في اجتماع أمس: "between" two sides joined by و
    text = "وجرى الاتفاق بين الحكومة والنقابة في اجتماع أمس على أن تعود الدروس قريبا."
    assert speakers(text) == []


def test_bayyana_after_a_conjunction_typed_apart() -> None:
    # و بين فلان أن: the و typed apart opens the clause as a glued one does
    text = "وتهدف الأشغال إلى دعم الأدوية. و بين سعيد العايدي في تصريح لإذاعة محلية أن الحوار هو السبيل الوحيد."
    assert speakers(text) == ["سعيد العايدي"]
    # but ، و بين من أجاب … بأن: "and between those who answered", a list of sides
    text = "واختلفت ردود فعل المارة بين من طلب منه الرحيل، و بين من أجاب بلطف محاولا إقناعه بأن الأمر بسيط."
    assert speakers(text) == []


def test_bayyana_with_inna_at_once_wherever_it_stands() -> None:
    # … وبين إن الجميع مستهدف: "between" takes no إن; the one speaking goes on
    text = "ودعا المدير خالد السالم أولياء الأمور إلى تحصين الأبناء من الفكر الضال وبين إن جميعنا مستهدف."
    assert speakers(text) == ["خالد السالم"]
    text = "ودعا المدير خالد السالم أولياء الأمور إلى تحصين الأبناء وبين بأنه سيتم افتتاح المشروع قريبا."
    assert speakers(text) == ["خالد السالم"]
    # but بين أن يكون … وبين أن يكون: "between being … and being"
    text = "ويتراوح الخيار بين أن يكون المشروع حكوميا وبين أن يكون خاصا."
    assert speakers(text) == []


def test_bayyana_after_a_semicolon_opens_a_clause() -> None:
    # …؛ وبين أن: the semicolon closes a clause as a comma does; the one speaking goes on
    text = "من جهته، كشف الرئيس التنفيذي للمهرجان خالد السالم أبرز ملامح خطة العمل؛ وبين أن اللجنة مهتمة بضبط الجودة."
    assert speakers(text) == ["خالد السالم"]
