"""Quotation speakers: failure kinds found on fresh hand-read articles (sets D/E/F, see
tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from streams.extract.quotes import find_quotes


def speakers(text: str) -> list:
    return [q.speaker for q in find_quotes(text, [])]


def test_an_honorific_stands_for_the_one_with_its_own_title() -> None:
    # سموه is the prince's, not the minister's named since
    text = ("قال سمو الأمير فيصل بن سعد آل مالك رئيس المجلس: إن الوحدة أساس الأمن. "
            "واستقبل سموه وفدا ضم الوزير سالم بن علي الراشد وزير الشباب. "
            "وأكد سموه أن الأمن مسؤولية الجميع.")
    assert speakers(text) == ["فيصل بن سعد آل مالك", "فيصل بن سعد آل مالك"]


def test_ala_after_an_honorific_is_a_preposition() -> None:
    text = "قال سمو الأمير فيصل بن سعد آل مالك رئيس المجلس: إن الوحدة أساس الأمن. وشدد سموه على ضرورة أن يتعاون الجميع."
    assert speakers(text) == ["فيصل بن سعد آل مالك", "فيصل بن سعد آل مالك"]


def test_a_rank_then_a_family_name_is_the_person() -> None:
    # د. الفلاح: the abbreviated rank is peeled off, the family name takes the full name met before
    text = ("قام المدير العام الدكتور سامر الفلاح بجولة في المستشفى. "
            "وأكد د. الفلاح أن الخدمة مستمرة. وأشار الدكتور الفلاح إلى أن الكادر يعمل طوال العيد.")
    assert speakers(text) == ["سامر الفلاح", "سامر الفلاح"]
