"""Round r274: how the words were said, on ب, is no speaker (stop 43)."""

from tests.streams.extract.quote_rounds import speakers


def test_a_manner_after_the_verb_leaves_the_one_speaking() -> None:
    assert speakers("وقال الوزير إن العمل جيد. وأضاف بحزم: لا تراجع.") == ["الوزير", "الوزير"]
    assert speakers("وقال الوزير إن العمل جيد. وقال بعفوية: أنا سعيد بما تحقق.") == ["الوزير", "الوزير"]


def test_a_body_on_ب_is_no_manner() -> None:
    # بلدية is a body (its name in -ية is an institution word), never how words were said
    assert speakers("وقال رئيس ببلدية الرياض إن المشروع جاهز.") == ["رئيس ببلدية الرياض"]
