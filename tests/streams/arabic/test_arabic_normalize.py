"""Arabic normalisation: the display form keeps what was written, the match form folds
spelling variants, and the offset map points back into the display text."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from streams.arabic import fold, match_key, normalize_display

TATWEEL = "\u0640"
RLM = "\u200f"
LRM = "\u200e"
RLE = "\u202b"
PDF = "\u202c"
RLI = "\u2067"
PDI = "\u2069"
ZWSP = "\u200b"
ZWNJ = "\u200c"
BOM = "\ufeff"
SOFT_HYPHEN = "\u00ad"
NBSP = "\u00a0"
LAM_ALEF_ISOLATED = "\ufefb"
ALEF_ISOLATED = "\ufe8d"
RIAL_SIGN = "\ufdfc"
FATHA = "\u064e"
SHADDA = "\u0651"


@pytest.mark.parametrize(
    ("raw", "display"),
    [
        (f"الخار{TATWEEL}{TATWEEL}جية", "الخارجية"),
        (f"{RLM}أستانة{LRM}", "أستانة"),
        (f"{RLE}موسكو{PDF} و{RLI}طهران{PDI}", "موسكو وطهران"),
        (f"سو{ZWSP}ريا{BOM}", "سوريا"),
        (f"الكازاخ{SOFT_HYPHEN}ستانية", "الكازاخستانية"),
    ],
)
def test_display_drops_invisible_marks_and_tatweel(raw: str, display: str) -> None:
    assert normalize_display(raw) == display


def test_display_keeps_diacritics_as_written() -> None:
    word = "عَلَّمَ"
    assert normalize_display(word) == word


@pytest.mark.parametrize(("raw", "display"), [("1436هـــ", "1436هـ"), ("1436 هـ", "1436 هـ"), ("بـ2", "بـ2"), ("بـ«الحبيب»", "بـ«الحبيب»")])
def test_display_keeps_one_tatweel_marking_a_prefix_or_abbreviation(raw: str, display: str) -> None:
    assert normalize_display(raw) == display


def test_display_turns_a_lone_tatweel_into_a_dash() -> None:
    assert normalize_display(f"ماجد هود {TATWEEL} جدة") == "ماجد هود \u2013 جدة"


@pytest.mark.parametrize(
    ("raw", "display"),
    [
        (LAM_ALEF_ISOLATED, "\u0644\u0627"),
        (ALEF_ISOLATED, "\u0627"),
        (f"100 {RIAL_SIGN}", "100 ريال"),
    ],
)
def test_display_decomposes_presentation_forms(raw: str, display: str) -> None:
    assert normalize_display(raw) == display


@pytest.mark.parametrize("digits", ["١٢٣", "۱۲۳", "123"])
def test_display_leaves_digits_as_written(digits: str) -> None:
    assert normalize_display(f"عدد {digits}") == f"عدد {digits}"


@pytest.mark.parametrize(
    ("raw", "display"),
    [
        (f"سحب{NBSP}{NBSP}القوات", "سحب القوات"),
        ("سحب \t القوات  ", "سحب القوات"),
        ("سطر\r\nسطر\rسطر\u2028سطر", "سطر\nسطر\nسطر\nسطر"),
    ],
)
def test_display_unifies_spaces_and_line_breaks(raw: str, display: str) -> None:
    assert normalize_display(raw) == display


def test_display_keeps_a_zwnj_inside_a_persian_word() -> None:
    word = f"می{ZWNJ}گوید"
    assert normalize_display(word) == word


def test_display_drops_a_stray_zwnj_at_a_word_edge() -> None:
    assert normalize_display(f"قال {ZWNJ}الوزير") == "قال الوزير"


@pytest.mark.parametrize(
    ("display", "folded"),
    [
        ("أعلنت إيران آمال ٱلقوم", "اعلنت ايران امال القوم"),
        ("مستشفى على", "مستشفي علي"),
        ("الوزارة", "الوزاره"),
        ("عَلَّمَ", "علم"),
        ("٢١ و٢٢ كانون", "21 و22 كانون"),
        ("۱۴۰۲", "1402"),
        ("٣٫٥ مليون و١٢٬٠٠٠", "3.5 مليون و12,000"),
        ("یک کتاب", "يك كتاب"),
    ],
)
def test_fold_unifies_spelling_variants(display: str, folded: str) -> None:
    assert fold(display)[0] == folded


@pytest.mark.parametrize(
    ("display", "needle"),
    [
        ("قالَ الرَّئيسُ الرُّوسيُّ فلاديمير بوتين", "الرئيس الروسي"),
        ("أعلنت وزارة الخارجيّة الكازاخستانيّة", "الخارجيه الكازاخستانيه"),
        ("يومي ٢١ و٢٢ كانون الأول", "21 و22"),
    ],
)
def test_fold_offsets_map_a_match_back_to_the_display_text(display: str, needle: str) -> None:
    folded, back = fold(display)
    i = folded.index(needle)
    j = i + len(needle)
    span = display[back[i] : back[j]]
    assert fold(span)[0] == needle
    assert not span[-1].isspace() and not span[0].isspace()


def test_fold_map_has_one_extra_entry_for_the_end() -> None:
    display = "الرَّئيس"
    folded, back = fold(display)
    assert len(back) == len(folded) + 1 and back[-1] == len(display)


@given(st.text())
def test_display_is_idempotent(text: str) -> None:
    once = normalize_display(text)
    assert normalize_display(once) == once


@given(st.text())
def test_match_key_equals_the_folded_form(text: str) -> None:
    assert match_key(text) == fold(text)[0]


@given(st.text())
def test_each_folded_character_is_the_fold_of_the_display_character_it_maps_to(text: str) -> None:
    folded, back = fold(text)
    assert all(match_key(text[back[i]]) == folded[i] for i in range(len(folded)))
    assert all(match_key(text[k]) == "" for k in set(range(len(text))) - set(back))


@given(st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF) | st.sampled_from(" .،")))
def test_fold_map_is_increasing_and_in_range(text: str) -> None:
    folded, back = fold(text)
    assert len(back) == len(folded) + 1
    assert all(a < b for a, b in itertools.pairwise(back))
    assert all(0 <= k <= len(text) for k in back)
