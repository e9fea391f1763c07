"""Creating Naba's topics up front, with the configured partition count."""

from __future__ import annotations

import asyncio
import logging

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError

from .settings import TABLE_NAMES, Settings

__all__ = ["TOPIC_NAMES", "BrokerUnavailable", "ensure_topics", "topic_partitions"]

LOGGER = logging.getLogger(__name__)

TOPIC_NAMES = ("raw", "raw.by-source", "clean", "extracted", "extracted.by-content", "enriched", "dlq")
TOPIC_ALREADY_EXISTS = 36
COMPACTED = {"cleanup.policy": "compact"}  # a changelog keeps the last value of each key


class BrokerUnavailable(Exception):
    """The broker did not answer."""


async def ensure_topics(settings: Settings, *, timeout: float = 30.0) -> dict[str, int]:
    """Create the topics that are missing, the tables' changelogs and Faust's leader topic
    included, and wait until the broker serves them all; return each one's partition count.

    An existing topic with another partition count is reported, not changed: stages and
    their tables must agree on partitions, and only an operator should repartition.
    """
    wanted = [NewTopic(settings.topic(n), settings.partitions, settings.replication) for n in TOPIC_NAMES]
    wanted += [
        NewTopic(settings.changelog(t), settings.partitions, settings.replication, topic_configs=COMPACTED)
        for t in TABLE_NAMES
    ]
    wanted.append(NewTopic(settings.leader_topic, 1, settings.replication))
    names = [t.name for t in wanted]
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap, request_timeout_ms=int(timeout * 1000))
    try:
        await asyncio.wait_for(admin.start(), timeout)
    except (TimeoutError, KafkaConnectionError, OSError) as exc:
        raise BrokerUnavailable(f"no Kafka broker answers at {settings.bootstrap}: {exc}") from None
    try:
        existing = set(await admin.list_topics())
        missing = [t for t in wanted if t.name not in existing]
        if missing:
            response = await admin.create_topics(missing, timeout_ms=int(timeout * 1000))
            for name, code, *_ in response.topic_errors:
                if code not in (0, TOPIC_ALREADY_EXISTS):
                    raise RuntimeError(f"creating topic {name} failed with Kafka error {code}")
            LOGGER.info("created topics %s", ", ".join(t.name for t in missing))
        counts = await _wait_until_served(admin, names, timeout)
        for name, count in counts.items():
            if name != settings.leader_topic and count != settings.partitions:
                LOGGER.warning("topic %s has %d partitions, NABA_PARTITIONS is %d", name, count, settings.partitions)
        return counts
    finally:
        await admin.close()


async def _wait_until_served(admin: AIOKafkaAdminClient, names: list[str], timeout: float) -> dict[str, int]:
    """Each topic's partition count, once every partition has a leader: a consumer group
    that joins before the broker serves a new topic is assigned nothing and stays idle."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        described = await admin.describe_topics(names)
        served = {
            d["topic"]: len(d["partitions"])
            for d in described
            if d.get("error_code", 0) == 0 and d["partitions"] and all(p["leader"] >= 0 for p in d["partitions"])
        }
        if len(served) == len(names):
            return served
        if asyncio.get_running_loop().time() > deadline:
            missing = sorted(set(names) - set(served))
            raise BrokerUnavailable(f"the broker does not serve {', '.join(missing)} after {timeout:g}s")
        await asyncio.sleep(0.2)


async def topic_partitions(bootstrap: str, topic: str) -> list[int]:
    """The partition numbers of ``topic``; empty when it does not exist."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        described = await admin.describe_topics([topic])
    finally:
        await admin.close()
    return [p["partition"] for d in described if d.get("error_code", 0) == 0 for p in d["partitions"]]
