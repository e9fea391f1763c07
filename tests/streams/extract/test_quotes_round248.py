"""Quotation speakers, round r248 (the opened fresh sets S100 and S77, S79); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_an_honorific_that_fits_no_one_named_goes_on_with_the_speaker() -> None:
    text = ("دانت الرابطة التصريحات التي صدرت عن نائب رئيس الجمهورية العراقية نوري المالكي. وقال الأمين العام للرابطة "
            "الدكتور عبدالله بن عبدالمحسن التركي إن التصريحات تغذي التطرف. وذكر معاليه بأن التفسير الوحيد لهذه "
            "الحملات هو الحقد الطائفي.")
    assert speakers(text, tagged=True) == ["عبدالله بن عبدالمحسن التركي"] * 2


def test_an_act_done_after_the_verb_is_its_object() -> None:
    text = ("وقال رئيس المجلس عباس الشماسي إن المجلس أنجز خطته. وأكد إعداد خطة تنفيذية لكل عام شملت الأهداف "
            "الاستراتيجية، مشيرا إلى أن المجلس قام باقتراح عدة مشروعات حيوية للمحافظة.")
    assert speakers(text, tagged=True) == ["عباس الشماسي"] * 2


def test_an_act_judged_in_construct_is_the_object() -> None:
    text = ("وقال الناطق الإعلامي محمد الصفيان إن القرار نهائي. واعتبر قرار المنع ضمن التحرك التي تقودها الأمانة "
            "للرقابة المستمرة على الأسواق، حيث كشفت الجولات الميدانية التلف السريع للروبيان بمجرد عرضه لفترة ليست "
            "قصيرة في السوق، مبينا أن الآلية السابقة أوقفت بشكل كامل.")
    assert speakers(text, tagged=True) == ["محمد الصفيان"] * 2


def test_statements_that_report_are_no_act_done() -> None:
    text = ("وحسب ما أوردته الوزارة بموقعها، فقد بينت تصريحات المهاجرين أن ثلاثة منهم يحملون الجنسية السينغالية.")
    assert speakers(text, tagged=True) == ["تصريحات المهاجرين"]


def test_the_one_reelected_after_the_verbal_noun_speaks_on() -> None:
    text = ("قال رئيس اللجنة إن السويسري سيب بلاتر تخلى عن عضويته. وأعيد انتخاب بلاتر (79 عاما) لفترة ولاية خامسة في "
            "رئاسة الفيفا يوم 29 مايو الماضي في زوريخ لكنه أعلن أنه سيتنحى عن منصبه بعد أربعة أيام فقط.")
    assert speakers(text, tagged=True)[1] == "سيب بلاتر"
