"""Creating Naba's topics up front, with the configured partition count."""

from __future__ import annotations

import asyncio
import logging

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError

from .settings import Settings

__all__ = ["TOPIC_NAMES", "BrokerUnavailable", "ensure_topics", "topic_partitions"]

LOGGER = logging.getLogger(__name__)

TOPIC_NAMES = ("raw", "raw.by-source", "clean", "extracted", "extracted.by-content", "enriched", "dlq")
TOPIC_ALREADY_EXISTS = 36


class BrokerUnavailable(Exception):
    """The broker did not answer."""


async def ensure_topics(settings: Settings, *, timeout: float = 30.0) -> dict[str, int]:
    """Create the topics that are missing; return each topic's partition count.

    An existing topic with another partition count is reported, not changed: stages and
    their tables must agree on partitions, and only an operator should repartition.
    """
    names = [settings.topic(n) for n in TOPIC_NAMES]
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap, request_timeout_ms=int(timeout * 1000))
    try:
        await asyncio.wait_for(admin.start(), timeout)
    except (KafkaConnectionError, asyncio.TimeoutError, OSError) as exc:
        raise BrokerUnavailable(f"no Kafka broker answers at {settings.bootstrap}: {exc}") from None
    try:
        existing = set(await admin.list_topics())
        missing = [n for n in names if n not in existing]
        if missing:
            response = await admin.create_topics(
                [NewTopic(n, settings.partitions, settings.replication) for n in missing],
                timeout_ms=int(timeout * 1000),
            )
            for name, code, *_ in response.topic_errors:
                if code not in (0, TOPIC_ALREADY_EXISTS):
                    raise RuntimeError(f"creating topic {name} failed with Kafka error {code}")
            LOGGER.info("created topics %s", ", ".join(missing))
        counts: dict[str, int] = {}
        for meta in await admin.describe_topics(names):
            counts[meta["topic"]] = len(meta["partitions"])
        for name, count in counts.items():
            if count != settings.partitions:
                LOGGER.warning("topic %s has %d partitions, NABA_PARTITIONS is %d", name, count, settings.partitions)
        return counts
    finally:
        await admin.close()


async def topic_partitions(bootstrap: str, topic: str) -> list[int]:
    """The partition numbers of ``topic``; empty when it does not exist."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        described = await admin.describe_topics([topic])
    finally:
        await admin.close()
    return [p["partition"] for d in described if d.get("error_code", 0) == 0 for p in d["partitions"]]
