"""Quotation speakers, round r239 (errors of the opened fresh sets S81–S84 and S86, S88); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_family_name_heading_a_sentence_of_news_carries_the_next_bare_verb() -> None:
    text = ("وقال المتحدث الرسمي للمستشفى عارف الحربي إن الطفل بخير. من جانبه، اتهم والد الطفل سعيد ناصر القحطاني "
            "المستشفى بالإهمال. ورفض القحطاني استلام ابنه قبل التحقيق. وأشار إلى أنه تقدم ببلاغ لوزارة الصحة.")
    assert speakers(text, tagged=True) == ["عارف الحربي", "سعيد ناصر القحطاني"]


def test_the_first_name_before_a_fathers_name_opens_the_name() -> None:
    text = "ويملك محمد جاسم الهاجري مزرعة في الشمال. قال الهاجري إن الموسم كان جيدا هذا العام."
    assert speakers(text, tagged=True) == ["محمد جاسم الهاجري"]


def test_a_common_noun_after_a_word_that_is_also_a_first_name_is_no_family_name() -> None:
    text = ("وأكد مدير المركز خالد السالم أن البرنامج يشمل جميع المنشآت. ودعا المنشآت إلى رفع ملفاتها، منبها "
            "المنشآت إلى المهلة. وأوضح أنه سيتم إيقاف الخدمات بعد شهرين.")
    assert speakers(text, tagged=True) == ["خالد السالم"] * 2


def test_the_verb_before_a_definite_word_is_no_first_name() -> None:
    text = ("وأكد اللواء منصور العتيبي أن التحقيقات مستمرة. عقب ذلك فتح المجال لأسئلة الصحفيين، حيث أجاب اللواء "
            "العتيبي على سؤال حول المخطط، مؤكدا أن التنظيم يستهدف صغار السن.")
    assert "فتح المجال" not in speakers(text, tagged=True)


def test_a_professors_two_letter_abbreviation_ends_no_sentence() -> None:
    text = ("وأكد الشيخ تركي الشليل أن الرئاسة وبمتابعة من الرئيس العام أ.د. عبدالرحمن السند تحرص على التوعية، "
            "مشددا على أن الرئاسة تقف بحزم ضد المتحرشين.")
    assert speakers(text, tagged=True) == ["تركي الشليل"] * 2


def test_how_a_named_speaker_denied_is_no_part_of_his_name() -> None:
    text = ("وتحدث المؤرخ هربرت بيكس عن القنبلتين. ونفى بيكس بشدة أن يكون التدمير ضروريا لإنهاء الحرب، وقال إن "
            "الحرب كانت ستنتهي.")
    assert speakers(text, tagged=True) == ["هربرت بيكس"] * 2


def test_what_a_body_was_blamed_for_is_no_name() -> None:
    text = ("أعلنت وزارة التجهيز اليوم الخميس أنها قررت اللجوء إلى التسخير لتشغيل البطاحات. ونفت الوزارة في بلاغ "
            'لها اليوم "الاتهامات" الموجهة لها من الأطراف النقابية بعدم احترامها لالتزاماتها مبينة أنها كانت سباقة '
            "إلى اتخاذ إجراءات جديدة.")
    assert "بعدم احترامها" not in speakers(text, tagged=True)


def test_the_one_who_issued_the_statement_speaks_in_it() -> None:
    text = ("أدانت الرابطة التصريحات الأخيرة. جاء ذلك في البيان الذي أصدره الأمين العام للرابطة الدكتور عبدالله "
            "بن عبدالمحسن التركي، وقال فيه: إن الرابطة تابعت التصريحات بأسى.")
    assert speakers(text, tagged=True) == ["عبدالله بن عبدالمحسن التركي"]
