"""Stories: an article whose text another article already had is its exact duplicate.

The state is keyed by content, not by article: the worker moves each article to the
partition of its content key (a repartition) before it looks the key up.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import MutableMapping

from ..arabic import fold
from ..records import EnrichedArticle, ExtractedArticle, Story, promote

__all__ = ["cluster_article", "content_key"]

NON_WORD_RE = re.compile(r"[\W_]+")


def content_key(article: ExtractedArticle) -> str:
    """A hash of the article's words in match form: equal for copies that differ only in
    diacritics, spelling variants of alef/ya/ta marbuta, punctuation or spacing."""
    folded, _ = fold(article.text)
    words = NON_WORD_RE.sub(" ", folded).strip().lower()
    return hashlib.blake2b(words.encode("utf-8"), digest_size=12).hexdigest()


def cluster_article(article: ExtractedArticle, *, seen: MutableMapping[str, str]) -> EnrichedArticle:
    """The enriched article with its story; ``seen`` maps content keys to the first article id."""
    key = content_key(article)
    first = seen.get(key)
    if first is None:
        seen[key] = first = article.id
    if first == article.id:
        story = Story(cluster_id=article.id)
    else:
        story = Story(cluster_id=first, duplicate_of=first, kind="exact", similarity=1.0)
    return promote(EnrichedArticle, article, story=story)
