"""Round r280: residents and families heading a group (أهالي، سكان) speak on in the plural (stop 44; a scan of
quotations with no speaker in unread text)."""

from tests.streams.extract.quote_rounds import speakers


def test_residents_of_a_district_speak_on() -> None:
    text = "شكا أهالي حي الجامعة بجنوب جدة من الروائح الكريهة، وأكدوا أن كميات المياه تزداد."
    assert speakers(text) == ["أهالي حي الجامعة"]
    assert speakers("طالب سكان حي النسيم البلدية بإصلاح الطريق، وأكدوا أن الحفر خطيرة.") == ["سكان حي النسيم"]

