"""raw → clean → extracted → enriched: the whole flow on one screen.

Each agent decodes, calls a pure stage from ``streams``, and sends the result on keyed,
or dead-letters it (``forward``). State keyed by something other than the article moves
there first through a repartition topic: per-source boilerplate (``by_source``), and the
story index, keyed by content hash and MinHash bands (``by_content``), which a probe
visits hop by hop on the same topic until its story is known.
"""

from __future__ import annotations

from typing import Any

from faust.types import StreamT, TopicT

from streams.cluster import enter, visit
from streams.intake import parse_raw
from streams.pipeline import STAGES
from streams.records import (
    CleanArticle,
    EnrichedArticle,
    ExtractedArticle,
    RawArticle,
    StoryProbe,
    decode,
)

from .app import app, settings, tables, topics
from .dlq import Step, forward
from .partitions import by_partition

__all__ = ["AGENTS"]


def by_id(stage: str, record: type, **state: Any) -> Step:
    """A step that decodes ``record``, runs ``stage`` on it and keys the result by article id."""

    def step(value: bytes) -> tuple[str, Any]:
        article = STAGES[stage](decode(record, value), **state)
        return article.id, article

    return step


def source_key(value: bytes) -> tuple[str, RawArticle]:
    """The validated raw article, keyed by its source."""
    raw = parse_raw(value)
    return raw.source or "", raw


def index_entry(value: bytes) -> tuple[str, StoryProbe]:
    """The extracted article as a probe of the story index, keyed by its first hop."""
    probe = enter(decode(ExtractedArticle, value), group=by_partition)
    return probe.route[0][1], probe


def index_hop(value: bytes) -> tuple[str, StoryProbe | EnrichedArticle]:
    """One hop through the story index: the probe keyed by its next hop, or the enriched
    article keyed by id."""
    out = visit(decode(StoryProbe, value), tables.stories)
    return (out.route[0][1] if isinstance(out, StoryProbe) else out.id), out


def story_topic(out: StoryProbe | EnrichedArticle) -> TopicT:
    """Probes go round the index; enriched articles go out."""
    return topics.by_content if isinstance(out, StoryProbe) else topics.enriched


async def intake(stream: StreamT[bytes]) -> None:
    """Validate raw articles, and move each to the partition of its source."""
    async for event in stream.events():
        await forward(event, "intake", source_key, to=topics.by_source)


async def clean(stream: StreamT[bytes]) -> None:
    """Clean each article, learning its source's boilerplate in a table."""
    step = by_id("clean", RawArticle, memory=tables.boilerplate)
    async for event in stream.events():
        await forward(event, "clean", step, to=topics.clean)


async def extract(stream: StreamT[bytes]) -> None:
    """Find what each article says."""
    step = by_id("extract", CleanArticle)
    async for event in stream.events():
        await forward(event, "extract", step, to=topics.extracted)


async def by_content(stream: StreamT[bytes]) -> None:
    """Send each extracted article into the story index, to the partition of its content key."""
    async for event in stream.events():
        await forward(event, "by_content", index_entry, to=topics.by_content)


async def cluster(stream: StreamT[bytes]) -> None:
    """Link copies of the same story, exact or near, and publish the enriched event."""
    async for event in stream.events():
        await forward(event, "cluster", index_hop, to=story_topic)


# stage name → its agents, each with the topic it reads
AGENTS = {
    "clean": [(intake, topics.raw), (clean, topics.by_source)],
    "extract": [(extract, topics.clean)],
    "cluster": [(by_content, topics.extracted), (cluster, topics.by_content)],
}
for stage in settings.stages:
    for fn, source in AGENTS[stage]:
        app.agent(source, name=f"naba.{fn.__name__}")(fn)
