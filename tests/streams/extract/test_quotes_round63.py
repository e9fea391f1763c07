"""Quotation speakers, round r63: kinds found among the errors of the opened S23 and S24, each as a short
constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_an_adverb_of_manner_is_no_name() -> None:
    # الصناعات التحويلية عموما، أوضح بجلاء: the adverb never stands as the one speaking
    text = ("شدد الوزير سامي العلي على أن الوضع صعب. وشدد المتحدث على ضرورة إيجاد حل تستأنف بمقتضاه المصانع الكبرى "
            "عموما عملها، مؤكدا التزام الحكومة بالقرارات. وبين أن ما حدث لا يجب أن يتكرر.")
    assert speakers(text) == ["سامي العلي", "المتحدث"]
    text = "قال الوزير سامي العلي إن الوضع صعب. وأوضح بجلاء أن السياسة فشلت."
    assert speakers(text) == ["سامي العلي", "سامي العلي"]


def test_a_noun_after_a_preposition_with_its_owner_pronoun_ends_the_name() -> None:
    # وأشاد فلان بإنجازها وقال: the praised deed is the verb's complement, not part of the name
    text = "وقالت الطالبة إنها سعيدة. وأشاد معلم نيكول بإنجازها وقال إنها كانت تلميذة مثالية."
    assert speakers(text) == ["الطالبة", "معلم نيكول"]


def test_the_holder_of_a_title_ends_the_name() -> None:
    # فلان حامل لقب الدوري: an apposition after the name
    text = "أعلن سبارتاك موسكو حامل لقب الدوري الروسي، أنه تعاقد مع لاعب جديد."
    assert speakers(text) == ["سبارتاك موسكو"]
    text = "وقال كريستيانو رونالدو حامل لقب الكرة الذهبية إنه سعيد بالفوز."
    assert speakers(text) == ["كريستيانو رونالدو"]


def test_a_participle_closing_its_sentence_is_an_adjective() -> None:
    # تجربة سلسة ومفيدة". : useful, not "stating"; its words would follow it
    text = ('وأضافت الشركة أن الموقع سهل ويتيح "تجربة سلسة ومفيدة". ويخبر الموقع مستخدمه بأنه '
            '"في الاتجاه الصحيح".')
    assert speakers(text) == ["الشركة"]


def test_a_tagged_place_takes_no_fuller_name() -> None:
    # ادعت إيران: the country, not a run ending in its name elsewhere (صواريخ جعلت كافة مدن إيران في مرماها)
    text = ("لقد ادعت إيران أن صواريخها دفاعية. وقد امتلكت المملكة صواريخ باليستية جعلت كافة مدن إيران "
            "في مرماها.")
    assert speakers(text, tagged=True) == ["إيران"]


def test_a_family_name_that_is_an_office_only_by_its_stem() -> None:
    # ماجد الطيار ... وأضاف الطيار: the family name of the one person named with it, not "the pilot"'s holder
    text = ("استقبل المحافظ المزارع الشاب ماجد الطيار بحضور المهندس سعيد الجارالله، حيث استمعا إلى شرح من الطيار عن "
            "زراعة الفراولة. وأضاف الطيار أن الإنتاج يتم عرضه بشكل مشوق.")
    assert speakers(text) == ["ماجد الطيار"]
    # but with no one so named, the pilot stays the pilot
    text = "وصل الطيار إلى المطار. وقال الطيار إن الرحلة كانت هادئة."
    assert speakers(text) == ["الطيار"]
