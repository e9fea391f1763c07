"""The records that travel between the stages, one class per topic.

Records are frozen, slotted, keyword-only dataclasses. Each carries its schema tag
in the ``schema`` field, so a payload names its own contract. They are encoded with
orjson at the edges (``encode``) and rebuilt with ``decode``; nothing here knows
about Kafka.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeVar

import orjson

__all__ = [
    "Amount",
    "CleanArticle",
    "ContentType",
    "Count",
    "CountType",
    "DateMention",
    "DeadLetter",
    "EnrichedArticle",
    "Entity",
    "EntityType",
    "ExtractedArticle",
    "Pipeline",
    "Quote",
    "RawArticle",
    "Removed",
    "Story",
    "StoryProbe",
    "decode",
    "encode",
    "promote",
]

EntityType = Literal["PERS", "ORG", "LOC", "MISC"]
CountType = Literal["killed", "injured", "arrested", "displaced", "kidnapped", "missing"]
ContentType = Literal["text/plain", "text/html"]
Granularity = Literal["day", "week", "month", "year", "decade", "century"]
Calendar = Literal["gregorian", "hijri"]

R = TypeVar("R")


def _frozen(cls: type[R]) -> type[R]:
    return dataclass(frozen=True, slots=True, kw_only=True)(cls)


# --- extracted items: every one carries code-point offsets into the clean text ---


@_frozen
class Entity:
    """A person, organisation, place or other name, with its canonical form."""

    type: EntityType
    text: str
    start: int
    end: int
    canonical: str
    title: str | None = None  # الرئيس الروسي, split off the name
    country: str | None = None  # ISO 3166-1 alpha-2
    lat: float | None = None
    lon: float | None = None
    nisba: bool = False  # the mention is an adjective (الروسي) linked to its country


@_frozen
class DateMention:
    """A date as written, resolved to ISO 8601 at its granularity."""

    text: str
    start: int
    end: int
    value: str
    granularity: Granularity
    calendar: Calendar = "gregorian"
    relative: bool = False


@_frozen
class Amount:
    """A number written in digits or words, with the noun it counts."""

    text: str
    start: int
    end: int
    value: float
    approximate: bool = False
    object: str | None = None


@_frozen
class Count:
    """How many were killed, injured, arrested... ``value`` is a bound when qualified."""

    type: CountType
    value: float
    text: str
    start: int
    end: int
    qualifier: str | None = None  # e.g. "more_than", "about"


@_frozen
class Quote:
    """What someone said, directly or reported."""

    speaker: str | None
    verb: str
    text: str
    start: int
    end: int
    direct: bool
    speaker_start: int | None = None
    speaker_end: int | None = None


@_frozen
class Removed:
    """A line the cleaner dropped, with why: the cleaning is auditable."""

    text: str
    reason: str
    line: int  # index of the line in the scraped body


@_frozen
class Story:
    """Which story an article belongs to, and which earlier article it copies."""

    cluster_id: str
    duplicate_of: str | None = None
    kind: Literal["exact", "near"] | None = None
    similarity: float = 0.0


@_frozen
class Pipeline:
    """Stage versions and per-stage timings (milliseconds)."""

    versions: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)

    def stamped(self, stage: str, version: str, took_ms: float) -> Pipeline:
        """These versions and timings, plus one stage's."""
        return Pipeline(
            versions={**self.versions, stage: version},
            timings={**self.timings, stage: round(took_ms, 3)},
        )


# --- the topic records ---


@_frozen
class RawArticle:
    """An article as a scraper hands it over (``news.raw``)."""

    SCHEMA: ClassVar[str] = "naba.raw/1"
    schema: str = "naba.raw/1"
    url: str
    body: str
    content_type: ContentType = "text/plain"
    source: str | None = None
    title: str | None = None
    published_at: str | None = None
    fetched_at: str | None = None
    lang: str | None = None
    meta: dict[str, Any] | None = None


@_frozen
class CleanArticle:
    """The article and only the article (``news.clean``)."""

    SCHEMA: ClassVar[str] = "naba.clean/1"
    schema: str = "naba.clean/1"
    id: str
    url: str
    canonical_url: str
    source: str
    title: str
    lead: str
    text: str
    lang: str
    removed: list[Removed] = field(default_factory=list)
    byline: str | None = None
    dateline: str | None = None
    published_at_text: str | None = None  # as the scraper gave it
    fetched_at: str | None = None
    meta: dict[str, Any] | None = None
    pipeline: Pipeline = field(default_factory=Pipeline)


@_frozen
class ExtractedArticle(CleanArticle):
    """The clean article with what it says (``news.extracted``)."""

    SCHEMA: ClassVar[str] = "naba.extracted/1"
    schema: str = "naba.extracted/1"
    published_at: str | None = None  # resolved ISO 8601
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)


@_frozen
class EnrichedArticle(ExtractedArticle):
    """One event per accepted article, for consumers (``news.enriched``)."""

    SCHEMA: ClassVar[str] = "naba.enriched/1"
    schema: str = "naba.enriched/1"
    story: Story


@_frozen
class StoryProbe:
    """An extracted article on its way through the story index (``news.extracted.by-content``).

    The index is partitioned by its keys (the article's content hash, its MinHash bands), so
    the probe visits them hop by hop, each hop on the partition that holds the next keys,
    and carries what it has found so far. Internal: consumers never see it.
    """

    SCHEMA: ClassVar[str] = "naba.story-probe/1"
    schema: str = "naba.story-probe/1"
    article: ExtractedArticle
    content: str  # the article's content hash: its own entry in the index
    signature: list[int]  # MinHash of the text's word shingles
    route: list[list[str]]  # hops still to make: [kind, key, ...]; the first key is the message key
    arrived: float  # when it entered the index (epoch seconds): the earlier article is the original
    candidates: dict[str, list[Any]] = field(default_factory=dict)  # earlier article id -> [bands shared, content key]
    story: Story | None = None  # once decided
    took_ms: float = 0.0  # time spent in the index so far


@_frozen
class DeadLetter:
    """A message a stage could not handle, with why and the original bytes (``news.dlq``)."""

    SCHEMA: ClassVar[str] = "naba.dlq/1"
    schema: str = "naba.dlq/1"
    stage: str
    error: dict[str, str]  # {"kind": ..., "message": ...}
    value: str | None = None  # the original value when it is UTF-8
    value_b64: str | None = None  # otherwise, base64
    key: str | None = None
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    at: str | None = None  # when it was dead-lettered, ISO 8601


# --- encoding ---

_NESTED: dict[str, type] = {
    "removed": Removed,
    "entities": Entity,
    "dates": DateMention,
    "amounts": Amount,
    "counts": Count,
    "quotes": Quote,
}
_SINGLE: dict[str, type] = {"pipeline": Pipeline, "story": Story}
_RECORDS: dict[str, type] = {"article": ExtractedArticle}


def encode(record: Any) -> bytes:
    """The record as JSON bytes (orjson; dataclasses serialise natively)."""
    return orjson.dumps(record)


def decode(cls: type[R], data: bytes | dict[str, Any]) -> R:
    """Rebuild a record of ``cls`` from JSON bytes or a dict, nested items included.

    Unknown keys are ignored, so a consumer of an older version reads a newer record.
    """
    obj = orjson.loads(data) if isinstance(data, (bytes, bytearray, memoryview, str)) else data
    if not isinstance(obj, dict):
        raise TypeError(f"{cls.__name__} expects a JSON object, got {type(obj).__name__}")
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    for name, value in obj.items():
        if name not in names:
            continue
        if name in _NESTED and isinstance(value, list):
            item = _NESTED[name]
            value = [item(**v) for v in value]
        elif name in _SINGLE and isinstance(value, dict):
            value = _SINGLE[name](**value)
        elif name in _RECORDS and isinstance(value, dict):
            value = decode(_RECORDS[name], value)
        kwargs[name] = value
    kwargs["schema"] = cls.SCHEMA  # type: ignore[attr-defined]
    return cls(**kwargs)


def promote(cls: type[R], record: Any, **added: Any) -> R:
    """A record of the next stage's class: every field of ``record``, plus ``added``."""
    fields = {f.name: getattr(record, f.name) for f in dataclasses.fields(record) if f.name != "schema"}
    return cls(**fields, **added)
