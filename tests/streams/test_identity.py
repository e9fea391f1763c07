"""Article ids are stable across URL variants of one article, and differ between articles."""

from __future__ import annotations

import pytest

from streams.identity import article_id, canonical_url, host_of


@pytest.mark.parametrize(
    "variant",
    [
        "https://news.example/syria/astana",
        "http://news.example/syria/astana",
        "https://WWW.News.Example/syria/astana/",
        "https://news.example:443/syria/astana#comments",
        "https://news.example/syria/astana?utm_source=x&utm_medium=y",
        "https://news.example/syria/astana?fbclid=abc",
    ],
)
def test_variants_share_one_id(variant: str) -> None:
    assert article_id(variant) == article_id("https://news.example/syria/astana")


def test_query_that_names_the_article_is_kept_and_sorted() -> None:
    assert canonical_url("https://a.b/news?b=2&a=1") == "https://a.b/news?a=1&b=2"
    assert article_id("https://a.b/news?id=1") != article_id("https://a.b/news?id=2")


def test_id_is_sixteen_hex_digits() -> None:
    value = article_id("https://a.b/c")
    assert len(value) == 16 and int(value, 16) >= 0


def test_host_of_drops_www() -> None:
    assert host_of("https://www.aljazeera.net/news/1") == "aljazeera.net"
