"""Quotation speakers, round r33: kinds found wrong twice or more in a second seeded precision audit of the
predicted quotations (SaudiNewsNet < 12000, ANT < 5000), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_specialist_description_after_the_name_is_no_family_name() -> None:
    # فلان المختص في …: the description ends the name
    text = "وقال الدكتور سامر الحداد المختص في أسواق الطاقة إن الأسعار ستتراجع في الربع المقبل."
    assert speakers(text) == ["سامر الحداد"]
    text = "ويقول مارك هيوز المتخصص والاستشاري في شؤون المعادن إن الطلب على النحاس يضعف."
    assert speakers(text) == ["مارك هيوز"]


def test_the_thanks_given_after_the_name_is_no_family_name() -> None:
    # قدم الأمير فلان بن فلان الشكر …، مؤكدا أن: what he gave, not his name
    text = ("وقدم الأمير نايف بن سعود بن خالد الشكر للجنة المنظمة على جهودها، مؤكدا أن المعرض سيستمر أسبوعين.")
    assert speakers(text) == ["نايف بن سعود بن خالد"]
    text = "ورفع المواطن سعيد ناصر الشكر للقيادة على القرار، وقال إن الجميع استفاد منه."
    assert speakers(text) == ["سعيد ناصر"]


def test_a_quoted_name_inside_what_is_announced_is_no_quotation() -> None:
    # أعلن ... عن + noun "…": the announced thing, with a quoted name inside it, is the verb's object
    assert speakers('أعلنت القيادة العامة للجيش اليوم عن استشهاد أحد جنودها "سالم راشد المري" أثناء تأدية واجبه.') == []
    assert speakers('وكشفت شركة "نوكيا" أمس عن هاتفها الجديد "لوميا 950" الذي يطرح في الأسواق الشهر المقبل.') == []
    # but أعلنت ... عن «…» quotes the words announced, and كشف عن أن reports them
    assert speakers('وأعلنت وزارة الصحة عن "تسجيل خمس إصابات جديدة بالفيروس".') == ["وزارة الصحة"]
    assert speakers("وكشف الوزير عن أن الحكومة ستخفض الضرائب العام المقبل.") == ["الوزير"]
    # a complementizer after the quoted name still reports; عن after صدر names the statement's source
    text = 'وكشفت الشركة بعد تسريبات كثيرة عن جهازها الجديد "نجمة 5"، عن أنه سيكون أخف من سابقه.'
    assert speakers(text) == ["الشركة"]
    assert speakers('وأفاد بيان صدر عن مكتب الرئيس "تم توقيف عشرين شخصا في المدينة".') == ["بيان"]
