"""``clean_article``: a raw article in, the clean article out (first version: line-level rules)."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from ..arabic import normalize_display
from ..errors import Reject
from ..identity import article_id, canonical_url
from ..records import CleanArticle, RawArticle, Removed

__all__ = ["clean_article"]


def clean_article(raw: RawArticle, *, memory: MutableMapping[str, Any] | None = None) -> CleanArticle:
    """The article and only the article, with every dropped line and its reason.

    ``memory`` holds what the stage learns per source across articles (a dict in
    ``naba process``, a changelog-backed table in the worker).
    """
    lines = normalize_display(raw.body).split("\n")
    title = normalize_display(raw.title).strip() if raw.title else ""
    removed: list[Removed] = []
    kept: list[str] = []
    for i, line in enumerate(lines):
        if not line:
            continue
        if not title:
            title = line
            continue
        if line == title:
            removed.append(Removed(text=line, reason="title", line=i))
            continue
        kept.append(line)
    if not kept:
        raise Reject("empty", "nothing left after cleaning")
    canonical = canonical_url(raw.url)
    return CleanArticle(
        id=article_id(raw.url),
        url=raw.url,
        canonical_url=canonical,
        source=raw.source or "",
        title=title,
        lead=kept[0],
        text="\n\n".join(kept),
        lang=raw.lang or "ar",
        removed=removed,
        published_at_text=raw.published_at,
        fetched_at=raw.fetched_at,
        meta=raw.meta,
    )
