"""Place linking, nisba adjectives and clitics, one idea per test."""

from __future__ import annotations

import re

import pytest

from streams.extract.clitics import clitic_length
from streams.extract.entities import find_entities
from streams.extract.ner_features import ORG_HEADS, TITLES
from streams.extract.ner_tokens import fold_word, tokenize
from streams.extract.nisba import nisba_country
from streams.extract.places import link_place, match_places, matchable


@pytest.mark.parametrize(
    "name,canonical,iso",
    [
        ("أستانة", "أستانة", "KZ"),
        ("أستانا", "أستانة", "KZ"),
        ("جنيف", "جنيف", "CH"),
        ("أنقرة", "أنقرة", "TR"),
        ("حميميم", "حميميم", "SY"),
        ("دمشق", "دمشق", "SY"),
        ("موسكو", "موسكو", "RU"),
        ("الرياض", "الرياض", "SA"),
        ("القاهرة", "القاهرة", "EG"),
        ("بغداد", "بغداد", "IQ"),
        ("طهران", "طهران", "IR"),
    ],
)
def test_cities_link_with_coordinates(name, canonical, iso):
    link = link_place(fold_word(name))
    assert link is not None
    assert (link[0], link[1]) == (canonical, iso)
    assert link[2] is not None and link[3] is not None


@pytest.mark.parametrize(
    "name,canonical",
    [("مدريد", "مدريد"), ("ميلانو", "ميلان"), ("مينسك", "مينسك"), ("تيرانا", "تيرانا"), ("ليما", "ليما"),
     ("مدينة الجزائر", "الجزائر")],
)
def test_canonical_names_are_written_in_arabic(name, canonical):
    # GeoNames' Uyghur spellings (مادرىد، ئالجىر) are neither a city's canonical name nor a variant
    link = link_place(fold_word(name))
    assert link is not None and link[0] == canonical


def test_no_canonical_place_name_has_a_uyghur_spelling():
    from streams.extract.ner_lexicon import places

    odd = {v[0] for v in places().names.values() if re.search("\u0649(?=[\u0621-\u064a])|(?:^|\\s)\u0626", v[0])}
    assert not odd


@pytest.mark.parametrize(
    "name,iso",
    [("روسيا", "RU"), ("إيران", "IR"), ("تركيا", "TR"), ("الولايات المتحدة", "US"), ("كازاخستان", "KZ"),
     ("سوريا", "SY"), ("سورية", "SY"), ("السعودية", "SA"), ("أمريكا", "US"), ("ألمانيا", "DE")],
)
def test_countries_carry_iso_codes(name, iso):
    link = link_place(fold_word(name))
    assert link is not None and link[1] == iso and link[4] == "country"


def test_world_capitals_are_listed():
    for capital in ("باريس", "لندن", "برلين", "بكين", "طوكيو", "نيودلهي", "مدريد", "روما"):
        assert link_place(fold_word(capital)) is not None, capital


@pytest.mark.parametrize(
    "word,iso",
    [("الكازاخستانية", "KZ"), ("الأمريكية", "US"), ("الأميركي", "US"), ("الروسي", "RU"), ("روسيتان", "RU"),
     ("والتركية", "TR"), ("الإيرانيين", "IR"), ("السوري", "SY")],
)
def test_nisba(word, iso):
    assert nisba_country(fold_word(word)) == iso


@pytest.mark.parametrize(
    "word,iso",
    [("الكرواتي", "HR"), ("الكاميروني", "CM"), ("الغاني", "GH"), ("الكولومبية", "CO"), ("للنيوزيلنديين", "NZ"),
     ("البيلاروسي", "BY"), ("الألبانية", "AL"), ("التايواني", "TW")],
)
def test_nisba_derived_from_country_names(word, iso):
    """Countries the hand list lacks get their nisba from the name, where the news uses it."""
    assert nisba_country(fold_word(word)) == iso


@pytest.mark.parametrize("word,iso", [("للروسي", "RU"), ("وللتركية", "TR"), ("للبنانيين", "LB"), ("للبناني", "LB")])
def test_nisba_after_li_and_the_article(word, iso):
    """لل is ل + ال (للروسي) or ل before a name that starts with ل (للبنانيين)."""
    assert nisba_country(fold_word(word)) == iso


@pytest.mark.parametrize("word", ["سورية", "روسيا", "العربية", "الدولية", "الرئيس", "مالي", "الأروبي", "الهندي"])
def test_not_nisba(word):
    assert nisba_country(fold_word(word)) is None


@pytest.mark.parametrize(
    "word,cut",
    [("وروسيا", 1), ("بدمشق", 1), ("بالعراق", 1), ("وبالعراق", 2), ("ولبنان", 1),
     ("بوتين", 0), ("بغداد", 0), ("وليد", 0), ("بريطانيا", 0), ("فيصل", 0), ("واشنطن", 0)],
)
def test_clitics(word, cut):
    assert clitic_length(fold_word(word)) == cut


def test_common_words_are_not_matched_as_places():
    assert not matchable(fold_word("كان"))  # a verb, and Cannes
    assert matchable(fold_word("دمشق"))


@pytest.mark.parametrize("word", ["قوله", "الجديد", "بأنه", "عالية", "الثورة", "مالي", "المدينة"])
def test_everyday_words_listed_as_places_are_not_matched_alone(word):
    """قوله is "his saying" before it is Kavala: the tagger reads it as a place nowhere in the news."""
    assert not matchable(fold_word(word))
    text = f"وأكد المسؤول في تصريح {word} أن الوضع مستقر"
    assert not [e for e in find_entities(text) if e.text == word]


@pytest.mark.parametrize("word", ["قفصة", "المنستير", "القصرين", "ينبع", "السعودية"])
def test_places_the_news_reads_as_places_are_matched(word):
    assert matchable(fold_word(word))


@pytest.mark.parametrize(
    "name,canonical,iso",
    [("زيورخ", "زوريخ", "CH"), ("زيوريخ", "زوريخ", "CH"), ("لوزان", "لوزان", "CH"), ("فرانكفورت", "فرانكفورت", "DE"),
     ("عسير", "عسير", "SA"), ("الأحساء", "الأحساء", "SA"), ("حضرموت", "حضرموت", "YE")],
)
def test_towns_and_provinces_link_but_are_never_matched_alone(name, canonical, iso):
    """Smaller cities and provinces carry a country and coordinates when the tagger finds
    them; they are not matched on their own (عسير is also "hard")."""
    link = link_place(fold_word(name))
    assert link is not None and (link[0], link[1]) == (canonical, iso) and link[2] is not None
    if link[4] in ("town", "linked"):
        assert not matchable(fold_word(name))


@pytest.mark.parametrize("word", ["قصر", "الجامعة", "حمام", "دير"])
def test_common_words_are_no_towns(word):
    """A town is linked only as listed (no ال added or dropped) and when the news uses the
    word like a place."""
    assert link_place(fold_word(word)) is None


@pytest.mark.parametrize(
    "name,canonical",
    [("أوروبا", "أوروبا"), ("اوروبا", "أوروبا"), ("إفريقيا", "أفريقيا"), ("آسيا", "آسيا"),
     ("الشرق الأوسط", "الشرق الأوسط"), ("البحر الأبيض المتوسط", "البحر المتوسط")],
)
def test_regions_link_without_a_country(name, canonical):
    link = link_place(fold_word(name))
    assert link is not None and link[0] == canonical and link[1] is None and link[4] == "region"


def test_the_world_is_no_region():
    assert link_place(fold_word("العالم")) is None


def test_multi_word_places_match():
    toks = tokenize("وصل إلى الولايات المتحدة وبيروت")
    found = [(toks[i].form, j - i, cut) for i, j, cut in match_places(toks)]
    assert ("الولايات", 2, 0) in found and ("وبيروت", 1, 1) in found


def test_word_lists_are_folded():
    """Trigger lists are compared with folded tokens: they must be folded themselves."""
    for word in TITLES | ORG_HEADS:
        assert fold_word(word) == word


@pytest.mark.parametrize("name", ["الجزيرة", "جزيرة"])
def test_the_peninsula_is_never_linked_to_algiers(name):
    # a GeoNames name of Algiers that the news uses for the peninsula, the channel or Sudan's state
    assert link_place(fold_word(name)) is None
