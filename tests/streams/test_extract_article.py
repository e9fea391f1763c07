"""The extract stage as a whole: what it fills in, and what it leaves for other languages."""

from __future__ import annotations

import dataclasses

from streams import STAGES
from streams.intake import parse_raw
from streams.records import CleanArticle


def clean_seed(seed_line: bytes) -> CleanArticle:
    return STAGES["clean"](parse_raw(seed_line))


def test_the_seed_gets_its_publication_date_and_extractions(seed_line: bytes) -> None:
    extracted = STAGES["extract"](clean_seed(seed_line))
    assert extracted.published_at and extracted.published_at.startswith("2017-12-13")
    assert extracted.entities and extracted.dates and extracted.amounts
    assert "أستانة" in extracted.keywords and extracted.topics


def test_a_non_arabic_article_passes_through_without_extractions(seed_line: bytes) -> None:
    persian = dataclasses.replace(clean_seed(seed_line), lang="fa")
    extracted = STAGES["extract"](persian)
    assert extracted.text == persian.text and extracted.published_at.startswith("2017-12-13")
    assert (extracted.entities, extracted.dates, extracted.amounts, extracted.counts, extracted.quotes) == ([], [], [], [], [])
    assert (extracted.topics, extracted.keywords) == ([], [])
