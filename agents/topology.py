"""raw → clean → extracted → enriched: the whole flow on one screen.

Each agent decodes, calls a pure stage from ``streams``, and sends the result on keyed,
or dead-letters it (``forward``). State keyed by something other than the article moves
there first through a repartition topic: per-source boilerplate (``by_source``), stories
by content (``by_content``).
"""

from __future__ import annotations

from typing import Any

from faust.types import StreamT

from streams.cluster import content_key
from streams.intake import parse_raw
from streams.pipeline import STAGES
from streams.records import CleanArticle, ExtractedArticle, RawArticle, decode

from .app import app, settings, tables, topics
from .dlq import Step, forward

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


def content_of(value: bytes) -> tuple[str, bytes]:
    """The extracted article as it came, keyed by its content."""
    return content_key(decode(ExtractedArticle, value)), value


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
    """Move each extracted article to the partition of its content key."""
    async for event in stream.events():
        await forward(event, "by_content", content_of, to=topics.by_content)


async def cluster(stream: StreamT[bytes]) -> None:
    """Link copies of the same story and publish the enriched event, keyed by article id."""
    step = by_id("cluster", ExtractedArticle, seen=tables.stories)
    async for event in stream.events():
        await forward(event, "cluster", step, to=topics.enriched)


# stage name → its agents, each with the topic it reads
AGENTS = {
    "clean": [(intake, topics.raw), (clean, topics.by_source)],
    "extract": [(extract, topics.clean)],
    "cluster": [(by_content, topics.extracted), (cluster, topics.by_content)],
}
for stage in settings.stages:
    for fn, source in AGENTS[stage]:
        app.agent(source, name=f"naba.{fn.__name__}")(fn)
