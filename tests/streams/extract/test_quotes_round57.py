"""Quotation speakers, round r57: kinds found by the audit of main's quotations over unread text (seed 57), each as a
short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_relative_in_construct_with_a_name_speaks() -> None:
    # زوجة فلان، والدة راكب الأمواج الأسترالي فلان: the relative speaks, the name is the one she is kin to
    text = "أكدت زوجة قيس بن علي في تصريح للإذاعة أنه تم إعلامها بضرورة إخلاء المنزل."
    assert speakers(text) == ["زوجة قيس بن علي"]
    text = "أكدت والدة راكب الأمواج الأسترالي سامي فانينج أنها شاهدت الهجوم على الهواء مباشرة."
    assert speakers(text) == ["والدة راكب الأمواج الأسترالي سامي فانينج"]
    # but her own name after a comma is hers, and a relative before a definite word keeps main's reading
    text = "قالت زوجة وليد زروق، إيناس بن عثمان، إن موعد الجلسة تحدد."
    assert speakers(text) == ["إيناس بن عثمان"]
    text = "قال والد الشهيد مغرم الهلالي إن أبناءه فداء للوطن."
    assert speakers(text) == ["والد الشهيد مغرم الهلالي"]
    text = "أكدت زوجة أحد البحارة 8 أصيلي الجهة، المفقودين منذ أسبوع، أنهم تلقوا اتصالا."
    assert speakers(text) == ["زوجة أحد البحارة"]
    text = "وأفادت والدة زوجة محمد الحويج بوهلال أن محمد بدا عاديا."
    assert speakers(text) == ["والدة زوجة محمد الحويج بوهلال"]


def test_a_titled_name_between_commas_after_a_long_office_chain() -> None:
    # قلل المستشار في مكتب ... المتحدث باسم ...، العميد ركن فلان، من حجم ...، مشيرا: the holder speaks
    text = ("قلّل المستشار في مكتب وزير الدفاع المتحدث باسم القوات، العميد ركن خالد سعيد الحربي، من حجم المناوشات "
            "على الحدود، مشيراً إلى أنها لا تؤثر على العمليات.")
    assert speakers(text) == ["خالد سعيد الحربي"]


def test_for_his_part_between_the_verb_and_its_subject() -> None:
    # وبين من جهته فلان أن: "for his part" stands between the verb and its subject
    text = "وبيّن من جهته محمود عبد الشكور أن احتفالات العيد اختلفت عن الماضي."
    assert speakers(text) == ["محمود عبد الشكور"]
    text = "وأكد من جانبه الوزير خالد العلي أن الوضع صعب."
    assert speakers(text) == ["خالد العلي"]


def test_a_cardinal_scale_is_no_name_word() -> None:
    # بنحو 506.3 مليون ريال مرتفعا ...، مؤكدا: مليون ريال is an amount, never a speaker's name run
    from streams.extract.quotes.names import _is_name_token
    from streams.extract.quotes.tokens import _f

    for word in ("مليون", "مليار", "ملايين", "آلاف"):
        assert not _is_name_token(_f(word))
    assert _is_name_token(_f("خالد"))
