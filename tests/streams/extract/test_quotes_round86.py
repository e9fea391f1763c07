"""Quotation speakers, round r86: kinds rounds r80 and r81 left in the opened sets S37–S40, each as a short
constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers

# The article spells the preposition على with ى and في with ي: علي with ي is the name.
LEAD = "وحصل الفريق على الكأس في الموسم الماضي. "


def test_ali_after_a_first_name_is_the_fathers_name() -> None:
    # وأضاف فرج علي أن: علي after a first name, before أن, is his father's name, not the على of على أن
    assert speakers(LEAD + "وأضاف فرج علي أن الحافلات الجديدة وصلت.") == ["فرج علي"]
    assert speakers(LEAD + "وذكر مهدي علي أنه شارك في الحملة.") == ["مهدي علي"]
    assert speakers(LEAD + "وأضاف فرج علي مدير النقل أن الحافلات وصلت.")[0].startswith("فرج علي")
    # (also before a colon and quoted words, after an office: القائد في الجيش الصومالي عبدي علي: «…»)
    assert speakers(LEAD + "وقال القائد في الجيش الصومالي عبدي علي: «سيطرنا على البلدة».") == ["عبدي علي"]


def test_ala_spelt_with_maksura_stays_the_preposition() -> None:
    # (على spelt with ى after a first name: "insisted that", as before)
    assert speakers(LEAD + "وأكد سالم على أن الحافلات وصلت.") == ["سالم"]
    assert speakers(LEAD + "وشدد الوزير على أن الحافلات وصلت.") == ["الوزير"]


def test_a_quantified_abstract_thing_is_no_speaker() -> None:
    # تشير جلّ المؤشرات إلى أن، تؤكد كل الأرقام أن: a quantifier before the evidence word, still the writer's argument
    assert speakers("وتشير جلّ المؤشرات إلى أن السنة ستكون صعبة.") == []
    assert speakers("وتؤكد كل الأرقام أن الاقتصاد ينمو.") == []
    # (a quantified group of people speaks)
    assert speakers("وقال معظم المسؤولين إن الاقتصاد ينمو.") == ["معظم المسؤولين"]
