"""Round r273: a family name in -ية before a preposition closes the name (stop 43)."""

from tests.streams.extract.quote_rounds import speakers


def test_a_family_name_in_ya_before_a_preposition_stays() -> None:
    text = "وقال النائب بمجلس الشعب، عمار عمروسية في تصريح لمراسل \"الجوهرة أف أم\" إنه قد يضطر لتقديم استقالته."
    assert speakers(text) == ["عمار عمروسية"]


def test_an_abstract_noun_after_the_name_is_no_family_name() -> None:
    assert "عمروسية مسؤولية" not in " ".join(
        s or "" for s in speakers("وحمل النائب عمار عمروسية مسؤولية أعمال العنف للحكومة، مؤكدا أن الوضع خطير."))
