"""The Faust app and its topics and tables, configured from the environment."""

from __future__ import annotations

from dataclasses import dataclass

import faust
from faust.types import TopicT

from . import faust_fixes
from .settings import TABLE_NAMES, Settings

__all__ = ["Topics", "app", "settings", "tables", "topics"]

faust_fixes.apply()
settings = Settings.from_env()

app = faust.App(
    settings.app_id,
    broker=settings.broker,
    key_serializer="raw",
    value_serializer="raw",  # records are encoded with orjson by the stages' codec, not by Faust
    store="memory://",  # tables are rebuilt from their changelog topics on start
    datadir=settings.data_dir,
    topic_partitions=settings.partitions,
    topic_replication_factor=settings.replication,
    broker_session_timeout=settings.session_timeout,
    broker_heartbeat_interval=min(3.0, settings.session_timeout / 4),
    broker_commit_every=100,
    web_enabled=settings.web_enabled,
    web_port=settings.web_port,
    web_bind=settings.web_bind,
    consumer_auto_offset_reset="earliest",
)


@dataclass(frozen=True, slots=True)
class Topics:
    """Naba's topics; the two ``by_*`` topics repartition by source and by content."""

    raw: TopicT
    by_source: TopicT
    clean: TopicT
    extracted: TopicT
    by_content: TopicT
    enriched: TopicT
    dlq: TopicT


def _topic(name: str) -> TopicT:
    return app.topic(name, partitions=settings.partitions, key_type=bytes, value_type=bytes)


topics = Topics(
    raw=_topic(settings.topic("raw")),
    by_source=_topic(settings.topic("raw.by-source")),
    clean=_topic(settings.topic("clean")),
    extracted=_topic(settings.topic("extracted")),
    by_content=_topic(settings.topic("extracted.by-content")),
    enriched=_topic(settings.topic("enriched")),
    dlq=_topic(settings.topic("dlq")),
)


@dataclass(frozen=True, slots=True)
class Tables:
    """State that outlives one message: per-source boilerplate, and stories by content."""

    boilerplate: faust.Table
    stories: faust.Table


tables = Tables(
    *(app.Table(name, partitions=settings.partitions, key_type=str, value_type=None) for name in TABLE_NAMES)
)
