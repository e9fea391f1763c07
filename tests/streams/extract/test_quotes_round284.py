"""Round r284: a period and its direction after the verb (الأسبوع الماضي، الأحد الفارط) are a time, not the speaker
(stop 44; a scan of one-word speakers in unread text)."""

from tests.streams.extract.quote_rounds import speakers


def test_last_week_is_no_speaker() -> None:
    text = "وقال الوزير إن الوضع جيد. وأكد الأسبوع الفارط أن طفلة أصيبت بالمرض."
    assert speakers(text) == ["الوزير", "الوزير"]
    text = "وقال الوزير إن الوضع جيد. وأكد الشهر الماضي مدير المستشفى أن طفلة أصيبت بالمرض."
    assert speakers(text) == ["الوزير", "مدير المستشفى"]


def test_the_tunisian_last_is_a_direction() -> None:
    assert "الفارط" not in speakers("والصحيفة نفسها تؤكد الأحد الفارط بأن طفلة أصيبت بالمرض.")
    assert speakers("وأكد الوزير الأحد المنقضي أن طفلة أصيبت بالمرض.") == ["الوزير"]
