"""Quotations: direct and reported speech with speakers, verbs and offsets."""

from __future__ import annotations

import pytest
from facts_seed import seed_body

from streams.extract.quotes import find_quotes
from streams.records import Entity


@pytest.fixture(scope="module")
def seed_quotes(seed_line: bytes) -> list:
    return find_quotes(seed_body(seed_line), [])


def test_seed_direct_quotes_by_the_pentagon_spokesman(seed_quotes: list) -> None:
    direct = [(q.speaker, q.verb) for q in seed_quotes if q.direct]
    assert direct == [("ادريان رانكين غالواي", "قال"), ("ادريان رانكين غالواي", "أضاف")]


@pytest.mark.parametrize("speaker", ["رجب طيب أردوغان", "فلاديمير بوتين", "سيرغي شويغو", "سيرغي سوروفيكين"])
def test_seed_reported_speech(seed_quotes: list, speaker: str) -> None:
    assert any(q.speaker == speaker and not q.direct for q in seed_quotes)


def test_seed_offsets(seed_line: bytes, seed_quotes: list) -> None:
    text = seed_body(seed_line)
    for q in seed_quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال مصدر أمني لوكالة فرانس برس إن الهجوم وقع فجرا.", "مصدر أمني"),
        ("وقال وزير الخارجية السعودي عادل الجبير في مؤتمر صحفي: «المملكة لن تسمح بذلك».", "عادل الجبير"),
        ("وأكدت الوزارة في بيان أن الحادث لم يسفر عن إصابات.", "الوزارة"),
        ("وأشار المتحدث باسم الجيش، العقيد أحمد المسماري، إلى أن القوات تقدمت.", "أحمد المسماري"),
        ("وصرح الرئيس الفرنسي إيمانويل ماكرون للصحفيين بأن الاتفاق صامد.", "إيمانويل ماكرون"),
    ],
)
def test_speaker_without_titles(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == [speaker]


@pytest.mark.parametrize(
    ("text", "direct"),
    [("قال الوزير: “لن نتراجع عن قرارنا”.", True), ('قال الوزير: "لن نتراجع عن قرارنا".', True),
     ("قال الوزير «لن نتراجع عن قرارنا».", True), ("قال الوزير إن الحكومة لن تتراجع.", False)],
)
def test_direct_or_reported(text: str, direct: bool) -> None:
    (q,) = find_quotes(text, [])
    assert q.direct is direct and "نتراجع" in q.text or "تتراجع" in q.text


def test_quote_before_its_verb() -> None:
    (q,) = find_quotes("“لن نتراجع عن مطالبنا المشروعة أبدا”، قال الناطق باسم الحركة.", [])
    assert (q.speaker, q.direct, q.text) == ("الناطق باسم الحركة", True, "لن نتراجع عن مطالبنا المشروعة أبدا")


def test_wa_adaf_continues_the_last_speaker() -> None:
    text = "وقال سامح شكري إن المفاوضات متعثرة. وأضاف أن الوفد سيعود غدا."
    assert [q.speaker for q in find_quotes(text, [])] == ["سامح شكري", "سامح شكري"]


def test_a_short_name_takes_its_fuller_form() -> None:
    text = "التقى الرئيس الروسي فلاديمير بوتين نظيره. وقال بوتين إن اللقاء كان مثمرا."
    assert [q.speaker for q in find_quotes(text, [])] == ["فلاديمير بوتين"]


def test_entities_give_the_canonical_name() -> None:
    text = "وقال بوتين إن اللقاء كان مثمرا."
    entity = Entity(type="PERS", text="بوتين", start=5, end=10, canonical="فلاديمير بوتين")
    assert [q.speaker for q in find_quotes(text, [entity])] == ["فلاديمير بوتين"]


def test_scare_quotes_are_not_quotations() -> None:
    assert find_quotes("شككت الوزارة بإعلان موسكو عن سحب “قسم كبير” من قواتها.", []) == []
