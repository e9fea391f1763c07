"""Keywords: TF-IDF terms in a readable form, clitics off, stopwords and numbers never."""

from __future__ import annotations

import pytest
from facts_seed import seed_body
from hypothesis import given
from hypothesis import strategies as st

from streams.arabic import match_key
from streams.extract.keywords import find_keywords
from streams.extract.stopwords import STOPWORDS, folded_stopwords
from streams.extract.terms import split_word, term_stats, text_terms

SPORT = (
    "فاز فريق الهلال على النصر بهدفين مقابل هدف في مباراة الدوري السعودي للمحترفين. "
    "وسجل مهاجم الهلال الهدف الأول في الدقيقة العاشرة، قبل أن يعادل النصر النتيجة. "
    "وأضاف الهلال الهدف الثاني في الشوط الثاني ليتصدر الهلال ترتيب الدوري."
)


@pytest.fixture(scope="module")
def seed_keywords(seed_line: bytes) -> list[str]:
    return find_keywords(seed_body(seed_line))


@pytest.mark.parametrize("word", ["أستانة", "محادثات"])
def test_seed_keywords(seed_keywords: list[str], word: str) -> None:
    assert word in seed_keywords


def test_seed_keywords_best_first(seed_keywords: list[str]) -> None:
    assert seed_keywords[0] == "أستانة"


@pytest.mark.parametrize("limit", [1, 3, 8, 20])
def test_limit(seed_line: bytes, limit: int) -> None:
    assert len(find_keywords(seed_body(seed_line), limit=limit)) <= limit


def test_no_duplicates(seed_keywords: list[str]) -> None:
    assert len(set(seed_keywords)) == len(seed_keywords)


def test_sport_keywords() -> None:
    assert "الهلال" in find_keywords(SPORT)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("وروسيا وروسيا", "روسيا"),  # conjunction off
        ("بالمحادثات بالمحادثات", "المحادثات"),  # preposition off, article kept
        ("للمحادثات للمحادثات", "المحادثات"),  # لل: the swallowed alef put back
        ("فالحكومة والحكومة الحكومة", "الحكومة"),  # the most frequent readable form
    ],
)
def test_readable_form(text: str, shown: str) -> None:
    assert find_keywords(text)[0] == shown


@pytest.mark.parametrize(
    ("word", "key"), [("وروسيا", "روسيا"), ("والمعارضة", "معارضه"), ("بدمشق", "دمشق")]
)
def test_clitic_split(word: str, key: str) -> None:
    assert split_word(match_key(word), term_stats().df)[2] == key


@pytest.mark.parametrize("word", ["وزارة", "بوتين", "لبنان", "فرنسا", "كتاب"])
def test_letter_of_the_word_stays(word: str) -> None:
    folded = match_key(word)
    assert split_word(folded, term_stats().df)[2] == folded


def test_phrase() -> None:
    text = "أعلنت وزارة الخارجية أمس. وقالت وزارة الخارجية إن الوزير سافر. وزارة الخارجية ترد."
    assert "وزارة الخارجية" in find_keywords(text)


def test_phrase_takes_the_place_of_its_words() -> None:
    text = "أعلنت وزارة الخارجية أمس. وقالت وزارة الخارجية إن الوزير سافر. وزارة الخارجية ترد."
    assert "الخارجية" not in find_keywords(text)


@pytest.mark.parametrize("word", sorted(STOPWORDS))
def test_stopwords_never_come_out(word: str) -> None:
    text = f"{word} اللاجئين {word} اللاجئين {word}"
    assert all(match_key(k) != match_key(word) for k in find_keywords(text))


@pytest.mark.parametrize("word", sorted(STOPWORDS))
def test_stopwords_match_through_fold(word: str) -> None:
    assert match_key(word) in folded_stopwords()


@pytest.mark.parametrize("word", ["قال", "أعلنت", "الذي", "وأشارت", "فيما", "إلى"])
def test_stopwords_are_not_terms(word: str) -> None:
    assert not text_terms(f"{word} {word}").keys


@pytest.mark.parametrize("text", ["23 و 22 و 2017", "١٢٣ ٤٥٦", "و ب ل", "a b c 12"])
def test_numbers_and_single_letters(text: str) -> None:
    assert find_keywords(text) == []


@pytest.mark.parametrize("text", ["", " ", "\n\n", "!!!", "ـــ", "\u200f\u200e"])
def test_empty(text: str) -> None:
    assert find_keywords(text) == []


@given(st.text())
def test_any_text(text: str) -> None:
    out = find_keywords(text)
    assert (
        isinstance(out, list)
        and len(out) <= 8
        and all(isinstance(k, str) and k for k in out)
    )


@given(
    st.text(
        alphabet=st.sampled_from(
            "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى \u064e\u0651\n.،0١"
        )
    )
)
def test_any_arabic(text: str) -> None:
    assert all(k.strip() == k and k for k in find_keywords(text))
