"""Corrections to faust-streaming 0.15.3's consumer, applied when the app loads.

A worker restarted over tables with a changelog fetches the changelogs while its stream
partitions are paused, then seeks the stream partitions to their committed offsets and
resumes them. Faust pauses them in its own bookkeeping only: aiokafka went on fetching
them, and records fetched before the seek could be handed out after it, so the refetched
record at the committed offset looked already read and was dropped — now and then the
first new message of a partition was lost (tests/integration, "restart"). Here a pause
also pauses the aiokafka consumer.

After a rebalance, Faust resumes the stream partitions, then seeks them to their committed
offsets, then resumes the flow, which empties the agents' queues (what was fetched before
the seek is fetched again). Once the tables are restored the flow is already running, so
records fetched during the seek's round trips went into the queues and were emptied out
with them. Where an offset was committed the seek fetched them again; where none was (a
new group, a partition that had had no message yet) a run of consecutive messages of one
partition never reached its agent (tests/integration, two workers, about once in 35 runs;
every time when the seek is slowed, "a second worker joins"). Here the stream partitions
are resumed with the flow, after the seek and the emptying, with nothing awaited between.

The commit also guarded against a gap at the head of the acked offsets with
``min(acked) - committed > 1``; ``committed`` is the next offset to read, so a gap of one
message passed and the commit jumped over it. Here any ``min(acked) > committed`` is a gap.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from functools import wraps

from aiokafka import TopicPartition
from faust.tables.recovery import Recovery
from faust.transport.consumer import Consumer
from faust.transport.drivers.aiokafka import Consumer as AIOKafkaDriverConsumer
from faust.types import TP

__all__ = ["apply"]

_pause = Consumer.pause_partitions
_resume = Consumer.resume_partitions
_new_offset = Consumer._new_offset
_resume_after_restore = Recovery.on_recovery_completed
_resume_without_restore = Recovery._resume_streams


def _kafka_consumer(self: Consumer):  # type: ignore[no-untyped-def]
    return getattr(getattr(self, "_thread", None), "_consumer", None)


def _in_aiokafka(self: Consumer, action: str, tps: list[TP]) -> None:
    """Pause or resume the assigned ones of ``tps`` in aiokafka's own consumer."""
    consumer = _kafka_consumer(self)
    if consumer is not None:
        assigned = consumer.assignment()
        getattr(consumer, action)(*[TopicPartition(tp.topic, tp.partition) for tp in tps if tp in assigned])


def pause_partitions(self: Consumer, tps: Iterable[TP]) -> None:
    """Pause in Faust's bookkeeping and in aiokafka, so nothing is fetched meanwhile."""
    tps = list(tps)
    _pause(self, tps)
    _in_aiokafka(self, "pause", tps)


def resume_partitions(self: Consumer, tps: Iterable[TP]) -> None:
    """Resume in Faust's bookkeeping and in aiokafka."""
    tps = list(tps)
    _resume(self, tps)
    _in_aiokafka(self, "resume", tps)


def new_offset(self: Consumer, tp: TP) -> int | None:
    """Faust's next commit offset, with nothing committed past an unacked head message."""
    acked = self._acked[tp]
    committed = self._committed_offset[tp]
    if acked and committed is not None and min(acked) > committed and not self._gap[tp]:
        return None
    return _new_offset(self, tp)


def partitions_resumed_with_the_flow(
    resume_streams: Callable[[Recovery, int], Awaitable[None]],
) -> Callable[[Recovery, int], Awaitable[None]]:
    """``resume_streams`` with the stream partitions it resumes held back until it resumes the flow."""

    @wraps(resume_streams)
    async def resume(self: Recovery, generation_id: int = 0) -> None:
        consumer, flow = self.app.consumer, self.app.flow_control
        held: set[TP] = set()

        def resume_flow() -> None:
            type(flow).resume(flow)  # empties the queues: nothing was fetched into them since the pause
            type(consumer).resume_partitions(consumer, held)

        consumer.resume_partitions = held.update  # type: ignore[method-assign]
        flow.resume = resume_flow  # type: ignore[method-assign]
        try:
            await resume_streams(self, generation_id)
        finally:
            del consumer.resume_partitions, flow.resume

    return resume


def apply() -> None:
    """Install the corrections (idempotent)."""
    AIOKafkaDriverConsumer.pause_partitions = pause_partitions  # type: ignore[method-assign]
    AIOKafkaDriverConsumer.resume_partitions = resume_partitions  # type: ignore[method-assign]
    Consumer._new_offset = new_offset  # type: ignore[method-assign]
    Recovery.on_recovery_completed = partitions_resumed_with_the_flow(_resume_after_restore)  # type: ignore[method-assign]
    Recovery._resume_streams = partitions_resumed_with_the_flow(_resume_without_restore)  # type: ignore[method-assign]
