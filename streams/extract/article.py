"""``extract_article``: the clean article in, the article with what it says out."""

from __future__ import annotations

import datetime as dt

from ..records import CleanArticle, ExtractedArticle, promote
from .amounts import find_amounts
from .counts import find_counts
from .dates import find_dates, parse_published
from .entities import find_entities
from .keywords import find_keywords
from .quotes import find_quotes
from .topics import find_topics

__all__ = ["EXTRACTED_LANGS", "extract_article"]

# The extractors read Arabic. Articles in another language (Persian and Urdu included: the
# same script, other words) pass through with their publication date and no extractions;
# "und" is text too short to tell, which is tried as Arabic.
EXTRACTED_LANGS = frozenset({"ar", "und"})


def _anchor(published: str | None, fetched: str | None) -> dt.date | None:
    """The day relative dates are resolved against: publication, else fetch time."""
    for value in (published, fetched):
        if value:
            try:
                return dt.date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


def extract_article(article: CleanArticle) -> ExtractedArticle:
    """Entities, dates, amounts, counts, quotations, topics and keywords of the clean text."""
    text = article.text
    published = parse_published(article.published_at_text)
    if article.lang not in EXTRACTED_LANGS:
        return promote(ExtractedArticle, article, published_at=published)
    entities = find_entities(text)
    dates = find_dates(text, anchor=_anchor(published, article.fetched_at))
    amounts = find_amounts(text, dates=dates)
    return promote(
        ExtractedArticle,
        article,
        published_at=published,
        entities=entities,
        dates=dates,
        amounts=amounts,
        counts=find_counts(text, amounts),
        quotes=find_quotes(text, entities),
        topics=find_topics(text),
        keywords=find_keywords(text),
    )
