"""Quotation speakers, round r26: noun forms read as speech verbs and claims (ادعى أن), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_speech_verbs_form_after_a_preposition_or_a_noun_lead_is_a_verbal_noun() -> None:
    # ورد فيها ذكر: "mention", no verb; فإن opens no words of its own
    assert speakers("وفي الآيات التي ورد فيها ذكر الجنة، فإن الوصف يختلف من سورة إلى أخرى.") == []
    # يعمل على كشف: "uncovering" after a preposition
    assert speakers("وأوضح الباحث أن الجهاز يعمل على كشف مواقع الألغام، وأضاف أن التجربة نجحت.") == ["الباحث"] * 2
    # ورفض ذكر اسمه: a verb of refusing with و, then the verbal noun
    assert speakers("وتحدث أحد الناجين ورفض ذكر اسمه للصحيفة أنهم كانوا عشرين شخصا.") == []
    assert speakers("وقال شاهد متحفظا على ذكر اسمه إن ابنته نجحت.") == ["شاهد"]
    # يأتي ذكر: "mention" after a verb that takes a verbal noun
    assert speakers("وعندما يأتي ذكر القانون يصرخ البعض بأن الأمر محسوم.") == []
    # but the verb itself after a clause lead still reports, and من before it is its subject
    assert speakers("وفي الجلسة ذكر الوزير أن الخطة جاهزة.") == ["الوزير"]
    assert speakers("وهناك من ذكر أن الخطة جاهزة.") == ["من"]


def test_abraz_before_a_definite_plural_is_the_elative() -> None:
    # وتحديدا أبرز الأشياء: "the most prominent things", no one speaks
    assert speakers("وتحديدا أبرز الأشياء المتغيرة في السوق: الأسعار والطلب.") == []
    assert speakers("وهذا ما أكدته أبرز الدراسات إلى أن القطاع نما.") == []
    # the verb with a singular subject still reports
    assert speakers("وأبرز المدير الجهوي أن القطاع نما بنسبة عشرة بالمائة.") == ["المدير الجهوي"]
    assert speakers("أبرز البحيري أن الإعلام يبث التقارير.") == ["البحيري"]


def test_a_claim_reports_its_claimant() -> None:
    # ادعى أن (claimed that): reported words, as the opened gold marks them
    assert speakers("وقد ادعى الشاب أن كلبه هرب من المنزل.") == ["الشاب"]
    assert speakers("وعرض الباعة التذاكر على السياح، مدعين أنها نفدت من نقاط البيع.") == ["الباعة"]
    # a claim describing someone judged or arrested (an indefinite noun right before it) reports nothing
    assert speakers("وحكمت المحكمة على شخص ادعى أنه ملك البلاد بالسجن.") == []
    # a participle with a noun object, no complementizer: no words
    assert speakers("وأكد الوزير أن الخطة جاهزة، مدعيا الحصول على دعم جديد.") == ["الوزير"]
    # مدعين as a noun (prosecutors) inside reported words is no verb of their own
    assert speakers("وتابعت الصحيفة تقول إن مدعين في مكتب النائب العام استجوبوا مسؤولين.") == ["الصحيفة"]
    # a claim opening a source's quoted words is inside them
    assert speakers('ووفقا للصحيفة فقد "ادعى الشابان أن جارهما أزعجهما دوما، ولذلك قررا الانتقام".') == []


def test_a_quoted_name_as_the_whole_subject() -> None:
    # a body's name of two words in quote marks, the whole subject
    assert speakers("وأوضحت “ولاية خراسان” أن الهجوم نفذه أحد عناصرها.") == ["ولاية خراسان"]
    assert speakers('وأوضحت "ولاية خراسان" أن الهجوم نفذه أحد عناصرها.') == ["ولاية خراسان"]
    # a relative with his pronoun, then her name in quote marks: the name speaks
    assert speakers('وقالت زوجته "فاطمة عدنان" إن الوضع خطير.') == ["فاطمة عدنان"]
    # one quoted family name, as before
    assert speakers('وأكد "خلفان" أن الوضع خطير.') == ["خلفان"]
    # the mother of the one named (والدة, folded like والده): not his name
    assert speakers('وقالت والدة "سامي" للصحيفة: لم يهنأ لنا بال.') != ["سامي"]


def test_abraz_after_fa_inna_is_the_elative() -> None:
    # فإن أبرز المخاطر تكمن: "the greatest risks", after فإن as after إن
    assert speakers("ومن ثم فإن أبرز المخاطر تكمن في التسرع: فالقرار يحتاج إلى دراسة.") == []
