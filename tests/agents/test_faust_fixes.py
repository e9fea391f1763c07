"""The corrections to Faust's consumer: no commit past an unacked head message, a pause that
reaches aiokafka, and stream partitions resumed with the flow after a rebalance."""

from __future__ import annotations

from collections import defaultdict
from types import SimpleNamespace

from aiokafka import TopicPartition
from faust.types import TP
from intervaltree import IntervalTree

from agents import faust_fixes

TPX = TP("news.raw", 1)


def consumer_state(acked: list[int], committed: int | None) -> SimpleNamespace:
    return SimpleNamespace(
        _acked={TPX: list(acked)},
        _committed_offset={TPX: committed},
        _gap=defaultdict(IntervalTree),
        _acked_index=defaultdict(set, {TPX: set(acked)}),
    )


def test_a_gap_of_one_message_at_the_head_is_not_committed_over() -> None:
    # offset 16 is the next to read; 17 and 18 are acked, 16 is not
    assert faust_fixes.new_offset(consumer_state([17, 18], committed=16), TPX) is None


def test_consecutive_acks_from_the_committed_offset_commit_past_them() -> None:
    assert faust_fixes.new_offset(consumer_state([16, 17, 18], committed=16), TPX) == 19


class FakeKafkaConsumer:
    def __init__(self, assigned: set[TopicPartition]) -> None:
        self.assigned, self.paused = assigned, set()

    def assignment(self) -> set[TopicPartition]:
        return self.assigned

    def pause(self, *tps: TopicPartition) -> None:
        assert all(isinstance(tp, TopicPartition) for tp in tps)
        self.paused.update(tps)

    def resume(self, *tps: TopicPartition) -> None:
        self.paused.difference_update(tps)


def test_pausing_partitions_pauses_the_aiokafka_consumer_too() -> None:
    kafka = FakeKafkaConsumer({TopicPartition("news.raw", 1), TopicPartition("news.raw", 2)})
    faust_consumer = SimpleNamespace(
        _thread=SimpleNamespace(_consumer=kafka), _active_partitions=set(), _paused_partitions=set(),
        _get_active_partitions=lambda: set(),
    )
    faust_fixes.pause_partitions(faust_consumer, [TP("news.raw", 1), TP("news.raw", 9)])
    assert kafka.paused == {TopicPartition("news.raw", 1)}
    faust_fixes.resume_partitions(faust_consumer, [TP("news.raw", 1)])
    assert kafka.paused == set()


class FakeRecoveryConsumer:
    def __init__(self, log: list[str]) -> None:
        self.log = log

    def resume_partitions(self, tps) -> None:
        self.log.append(f"partitions resumed: {sorted(tp.partition for tp in tps)}")


class FakeFlowControl:
    def __init__(self, log: list[str]) -> None:
        self.log = log

    def resume(self) -> None:
        self.log.append("flow resumed, queues emptied")


async def test_stream_partitions_resume_with_the_flow_after_the_seek() -> None:
    log: list[str] = []
    app = SimpleNamespace(consumer=FakeRecoveryConsumer(log), flow_control=FakeFlowControl(log))

    async def faust_order(recovery, generation_id: int = 0) -> None:
        # what Faust does once the tables are restored: resume the stream partitions, seek, resume the flow
        recovery.app.consumer.resume_partitions({TP("news.raw", 0), TP("news.raw", 3)})
        log.append("seek to committed offsets")  # a round trip: records fetched now were lost with the queues
        recovery.app.flow_control.resume()

    await faust_fixes.partitions_resumed_with_the_flow(faust_order)(SimpleNamespace(app=app), 7)
    assert log == ["seek to committed offsets", "flow resumed, queues emptied", "partitions resumed: [0, 3]"]
    # and the consumer and the flow are themselves again
    assert "resume_partitions" not in vars(app.consumer) and "resume" not in vars(app.flow_control)
