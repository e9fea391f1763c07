"""Which partition a key lands on, as Kafka's default partitioner puts it.

The story index writes several keys on one hop; they must live on the partition that
later messages keyed by each of them reach, so keys are grouped by that partition.
"""

from __future__ import annotations

from aiokafka.partitioner import murmur2

from .app import settings

__all__ = ["by_partition", "partition_of"]


def partition_of(key: str, partitions: int | None = None) -> int:
    """The partition of ``key`` among ``partitions`` (default: Naba's topic partitions)."""
    n = partitions or settings.partitions
    return (murmur2(key.encode("utf-8")) & 0x7FFFFFFF) % n


def by_partition(keys: list[str]) -> list[list[str]]:
    """The keys in groups, one per partition, in order of first appearance."""
    groups: dict[int, list[str]] = {}
    for key in keys:
        groups.setdefault(partition_of(key), []).append(key)
    return list(groups.values())
