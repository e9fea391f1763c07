"""The seed article, cleaned: the issue's definition of done."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from streams.clean import clean_article
from streams.intake import parse_raw
from streams.records import CleanArticle

SEED_TITLE = "جولة محادثات جديدة وهامة حول سوريا في أستانة نهاية الأسبوع المقبل"


@pytest.fixture
def seed(seed_line: bytes) -> CleanArticle:
    return clean_article(parse_raw(seed_line), memory={})


def test_title_is_the_first_line(seed: CleanArticle) -> None:
    assert seed.title == SEED_TITLE


def test_text_starts_with_the_first_body_sentence(seed: CleanArticle) -> None:
    assert seed.text.startswith("أعلنت وزارة الخارجية الكازاخستانية")


def test_text_ends_with_the_last_body_sentence(seed: CleanArticle) -> None:
    assert seed.text.endswith("وأطباء ميدانيون.")


def test_removed_holds_exactly_teaser_caption_and_footer(seed: CleanArticle) -> None:
    removed = [(r.text, r.line) for r in seed.removed]
    assert len(removed) == 5
    assert removed[0][0].endswith("وأشارت...") and removed[0][1] == 2
    assert removed[1:] == [
        ("وزارة الخارجية الكازاخستانية", 3),
        ("أقسام", 16),
        ("أخبار", 17),
        ("أخبار متعلقة", 19),
    ]


def test_removed_lines_say_why(seed: CleanArticle) -> None:
    assert [r.reason for r in seed.removed][:2] == ["teaser", "caption"]
    assert all(r.reason for r in seed.removed)


def test_no_body_sentence_is_lost(seed_line: bytes, seed: CleanArticle) -> None:
    body = orjson.loads(seed_line)["body"].split("\n")[5:15]
    paragraphs = seed.text.split("\n\n")
    assert paragraphs == body


def test_lead_is_the_first_paragraph(seed: CleanArticle) -> None:
    assert seed.lead == seed.text.split("\n\n")[0]


def test_seed_is_arabic(seed: CleanArticle) -> None:
    assert seed.lang == "ar"


def test_seed_keeps_identity_and_times(seed: CleanArticle) -> None:
    assert len(seed.id) == 16 and seed.canonical_url.startswith("https://news.example/")
    assert seed.published_at_text == "2017-12-13" and seed.fetched_at == "2017-12-13T12:00:00Z"


def test_without_memory_the_seed_cleans_the_same(seed_line: bytes, seed: CleanArticle) -> None:
    assert clean_article(parse_raw(seed_line)) == seed


def test_memory_after_the_seed_is_json(seed_line: bytes) -> None:
    memory: dict[str, Any] = {}
    clean_article(parse_raw(seed_line), memory=memory)
    assert list(memory) == ["news.example"]
    assert orjson.loads(orjson.dumps(memory)) == memory
