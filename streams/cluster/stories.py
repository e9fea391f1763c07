"""Stories: link each article to the earlier article it copies, exactly or nearly.

The story index maps keys to the first article that had them: an article's content hash
(equal for exact copies) and its MinHash bands (shared by near copies). It is partitioned
by key, so in the worker an article visits it as a ``StoryProbe`` that hops from the
partition of one group of keys to the next (``route``), and ends as the enriched record:

    content   the content hash: an exact copy ends here, linked to the first article
    bands     each band key: articles that came earlier and share a band are candidates
    verify    the best candidate's content entry: the signatures give the similarity
    record    back to the article's own content entry, to note the story it joined

``naba process`` makes the same hops against one dict (``cluster_article``). The earlier
article is the original (``arrived``). Two copies indexed at the same moment on different
partitions can both come out as originals when the later one reaches the bands first;
the bands then pass to the earlier one, so later copies join it.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable, MutableMapping
from dataclasses import replace
from typing import Any

import orjson

from ..arabic import fold
from ..records import EnrichedArticle, ExtractedArticle, Story, StoryProbe, promote
from .minhash import band_keys, signature, similarity

__all__ = ["NEAR", "VERSION", "Grouping", "cluster_article", "content_key", "enter", "visit"]

VERSION = "cluster.v2"
NEAR = 0.6  # estimated Jaccard similarity of word 3-grams from which a copy is "near"

NON_WORD_RE = re.compile(r"[\W_]+")

# Splits index keys into groups that live on one partition (one hop each).
Grouping = Callable[[list[str]], list[list[str]]]

Index = MutableMapping[str, str]  # key -> JSON entry


def content_key(article: ExtractedArticle) -> str:
    """A hash of the article's words in match form: equal for copies that differ only in
    diacritics, spelling variants of alef/ya/ta marbuta, punctuation or spacing."""
    folded, _ = fold(article.text)
    words = NON_WORD_RE.sub(" ", folded).strip().lower()
    return hashlib.blake2b(words.encode("utf-8"), digest_size=12).hexdigest()


def _one_group(keys: list[str]) -> list[list[str]]:
    return [keys] if keys else []


def enter(article: ExtractedArticle, *, group: Grouping = _one_group, now: float | None = None) -> StoryProbe:
    """The article as a probe of the story index, routed to its content key first."""
    start = time.perf_counter()
    sig = signature(article.text)
    content = content_key(article)
    route = [["content", content], *(["bands", *g] for g in group(band_keys(sig)))]
    took = (time.perf_counter() - start) * 1000
    arrived = time.time() if now is None else now
    return StoryProbe(article=article, content=content, signature=sig, route=route, arrived=arrived, took_ms=took)


def _entry(index: Index, key: str) -> dict[str, Any] | None:
    raw = index.get(key)
    return None if raw is None else orjson.loads(raw)


def _put(index: Index, key: str, entry: dict[str, Any]) -> None:
    index[key] = orjson.dumps(entry).decode()


def _earlier(entry: dict[str, Any], probe: StoryProbe) -> bool:
    return (entry["arrived"], entry["id"]) < (probe.arrived, probe.article.id)


def _content(probe: StoryProbe, key: str, index: Index) -> Story | None:
    """An exact copy's story; otherwise the article becomes its content's first article."""
    me = probe.article.id
    entry = _entry(index, key)
    if entry is not None and entry["id"] != me:
        return Story(cluster_id=entry["cluster"], duplicate_of=entry["id"], kind="exact", similarity=1.0)
    if entry is None:
        _put(index, key, {"id": me, "cluster": me, "arrived": probe.arrived, "sig": probe.signature})
    return None


def _bands(probe: StoryProbe, keys: list[str], index: Index) -> dict[str, list[Any]]:
    """Earlier articles sharing these bands (with how many they share). A band that is
    free, or held by a later article (a copy indexed at the same time), becomes this one's."""
    found = {k: list(v) for k, v in probe.candidates.items()}
    me = probe.article.id
    for key in keys:
        entry = _entry(index, key)
        if entry is not None and entry["id"] != me and _earlier(entry, probe):
            votes = found.setdefault(entry["id"], [0, entry["content"]])
            votes[0] += 1
        elif entry is None or entry["id"] != me:
            _put(index, key, {"id": me, "content": probe.content, "arrived": probe.arrived})
    return found


def _verify(probe: StoryProbe, key: str, index: Index) -> Story | None:
    """The near copy's story, if the candidate's signature is similar enough."""
    entry = _entry(index, key)
    if entry is None:
        return None
    sim = similarity(probe.signature, entry["sig"])
    if sim < NEAR:
        return None
    return Story(cluster_id=entry["cluster"], duplicate_of=entry["id"], kind="near", similarity=round(sim, 3))


def _record(probe: StoryProbe, key: str, index: Index) -> None:
    entry = _entry(index, key)
    if entry is not None and entry["id"] == probe.article.id and probe.story is not None:
        _put(index, key, {**entry, "cluster": probe.story.cluster_id})


def _done(probe: StoryProbe, story: Story, took: float) -> EnrichedArticle:
    """The enriched article, stamped with the time its probe spent in the index."""
    article = probe.article
    stamped = replace(article, pipeline=article.pipeline.stamped("cluster", VERSION, probe.took_ms + took))
    return promote(EnrichedArticle, stamped, story=story)


def visit(probe: StoryProbe, index: Index) -> StoryProbe | EnrichedArticle:
    """Make the probe's next hop on ``index`` (the partition of its first key): the probe
    with the rest of its route, or the enriched article once its story is known."""
    start = time.perf_counter()
    (kind, *keys), rest = probe.route[0], probe.route[1:]
    candidates, story = probe.candidates, probe.story
    original = Story(cluster_id=probe.article.id)
    if kind == "content":
        story = _content(probe, keys[0], index)
    elif kind == "bands":
        candidates = _bands(probe, keys, index)
        if not rest and candidates:  # the last band hop: check the candidate sharing most bands
            best = max(candidates.items(), key=lambda item: (item[1][0], item[0]))
            rest = [["verify", best[1][1]]]
    elif kind == "verify":
        story = _verify(probe, keys[0], index)
        if story is not None:
            rest = [["record", probe.content]]
    elif kind == "record":
        _record(probe, keys[0], index)
    took = (time.perf_counter() - start) * 1000
    if story is not None and kind in ("content", "record"):
        return _done(probe, story, took)
    if not rest:
        return _done(probe, story or original, took)
    return replace(probe, route=rest, candidates=candidates, story=story, took_ms=probe.took_ms + took)


def cluster_article(article: ExtractedArticle, *, seen: Index) -> EnrichedArticle:
    """The enriched article with its story, the index being one mapping (``naba process``)."""
    step: StoryProbe | EnrichedArticle = enter(article)
    while isinstance(step, StoryProbe):
        step = visit(step, seen)
    return step
