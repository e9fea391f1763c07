"""The one try/except of the worker: a stage's output goes on, keyed; anything else goes to
the DLQ with the stage, the reason and the original bytes. A worker never dies on input."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from faust.types import EventT, TopicT

from streams.deadletter import dead_letter
from streams.errors import Reject
from streams.records import encode

from .app import topics

__all__ = ["Stats", "forward", "stats"]

LOGGER = logging.getLogger(__name__)

# A step takes the message value and returns (key, value) to send on.
Step = Callable[[bytes], tuple[str, Any]]


class Stats:
    """Per-stage counts of forwarded and dead-lettered messages, for the web view."""

    def __init__(self) -> None:
        self.forwarded: dict[str, int] = {}
        self.rejected: dict[str, int] = {}

    def count(self, table: dict[str, int], stage: str) -> None:
        table[stage] = table.get(stage, 0) + 1

    def as_dict(self) -> dict[str, dict[str, int]]:
        return {"forwarded": dict(self.forwarded), "rejected": dict(self.rejected)}


stats = Stats()


async def forward(event: EventT, stage: str, step: Step, *, to: TopicT | Callable[[Any], TopicT]) -> None:
    """Run ``step`` on the event's value and send its output to ``to`` (a topic, or a function
    of the output that names one); dead-letter on failure."""
    message = event.message
    try:
        key, value = step(event.value)
    except Reject as exc:
        kind, reason = exc.kind, exc.message
    except Exception as exc:  # a crash on one message must not stop the worker
        LOGGER.exception("%s crashed on %s[%s]@%s", stage, message.topic, message.partition, message.offset)
        kind, reason = "crash", f"{type(exc).__name__}: {exc}"
    else:
        # Faust flushes the producer before it commits the source offset: at-least-once.
        topic = to(value) if callable(to) else to
        await topic.send(key=key.encode("utf-8"), value=value if isinstance(value, bytes) else encode(value))
        stats.count(stats.forwarded, stage)
        return
    letter = dead_letter(
        stage,
        event.value,
        kind=kind,
        message=reason,
        key=event.key,
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
    )
    await topics.dlq.send(key=event.key, value=encode(letter))
    stats.count(stats.rejected, stage)
    LOGGER.warning("%s: dead-lettered %s[%s]@%s: %s: %s", stage, message.topic, message.partition, message.offset, kind, reason)
