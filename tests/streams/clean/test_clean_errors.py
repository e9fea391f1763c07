"""Bad input: ``Reject`` with a kind the DLQ can count, and never any other exception."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import P1, P2, TITLE, MakeRaw
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from streams.clean import article as article_module
from streams.clean import clean_article
from streams.errors import Reject
from streams.intake import MAX_BODY_CHARS
from streams.records import RawArticle


@pytest.mark.parametrize(
    "body",
    [
        "",
        "\n\n  \n",
        "\u200f\u200e\u0640",
        TITLE,
        f"{TITLE}\n\nأقسام\nأخبار\nجميع الحقوق محفوظة \u00a9 2023",
    ],
)
def test_nothing_left_is_empty(make_raw: MakeRaw, body: str) -> None:
    with pytest.raises(Reject) as caught:
        clean_article(make_raw(body))
    assert caught.value.kind == "empty"


def test_a_body_over_the_intake_limit_is_too_large(make_raw: MakeRaw) -> None:
    with pytest.raises(Reject) as caught:
        clean_article(make_raw("ا" * (MAX_BODY_CHARS + 1)))
    assert caught.value.kind == "too_large"


def test_an_unexpected_failure_becomes_a_reject(make_raw: MakeRaw, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: Any, **__: Any) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(article_module, "judge", broken)
    with pytest.raises(Reject) as caught:
        clean_article(make_raw([TITLE, "", P1, P2]))
    assert caught.value.kind == "clean_failed" and "KeyError" in caught.value.message


LINE = st.text(st.characters(codec="utf-8"), max_size=80) | st.sampled_from(
    ["", P1, P2, "أقسام", "اقرأ أيضاً: خبر آخر عن الأمطار", "إعلان", "\u00a9 2023", "فلان \u2013 الرياض", "...", ":", "\u0640"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(LINE, max_size=25), title=st.none() | st.text(max_size=30), content_type=st.sampled_from(["text/plain", "text/html"]))
def test_arbitrary_text_raises_nothing_but_reject(lines: list[str], title: str | None, content_type: Any) -> None:
    raw = RawArticle(url="https://news.example/x", body="\n".join(lines), title=title, content_type=content_type)
    memory: dict[str, Any] = {}
    for _ in range(2):
        try:
            # The inner function, without the catch-all guard: it must not need it.
            article_module._clean(raw, memory)
        except Reject:
            pass


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(LINE, min_size=1, max_size=25))
def test_kept_and_removed_lines_account_for_every_line(lines: list[str]) -> None:
    raw = RawArticle(url="https://news.example/x", body="\n".join(lines))
    try:
        article = clean_article(raw, memory={})
    except Reject:
        return
    paragraphs = article.text.split("\n\n")
    removed = [r.text for r in article.removed]
    moved = [x for x in (article.byline, article.dateline) if x]
    lines = [line for line in article_module.normalize_display(raw.body).split("\n") if line]
    for line in lines:
        if line != article.title:
            assert line in paragraphs or line in removed or any(x in line for x in moved)
    assert all(p and "\n" not in p for p in paragraphs)
    assert len(paragraphs) + len(removed) <= len(lines)
