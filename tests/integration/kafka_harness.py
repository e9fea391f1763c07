"""Talking to the real broker in tests: Naba workers as subprocesses, and a producer and
a collector with aiokafka."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from agents.admin import topic_partitions

REPO = Path(__file__).resolve().parents[2]
BROKER_SCRIPT = REPO / "scripts" / "broker"



def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_env(broker: str, tmp_path: Path) -> dict[str, str]:
    run = uuid.uuid4().hex[:8]
    return {
        **os.environ,
        "NABA_BROKER": f"kafka://{broker}",
        "NABA_TOPIC_PREFIX": f"it-{run}.",
        "NABA_APP_ID": f"naba-it-{run}",
        "NABA_WEB": "0",
        "NABA_DATA_DIR": str(tmp_path / "data"),
        "NABA_PARTITIONS": "4",
        "NABA_SESSION_TIMEOUT": "6",
        "NABA_LOG_LEVEL": "info",
    }


async def delete_topics(broker: str, env: dict[str, str]) -> int:
    """Delete the topics of one test's run (its prefix's, its app's internal ones), so that the
    broker a developer keeps does not pile up partitions from run to run; how many went."""
    admin = AIOKafkaAdminClient(bootstrap_servers=broker)
    await admin.start()
    try:
        prefixes = (env["NABA_TOPIC_PREFIX"], f"{env['NABA_APP_ID']}-")
        ours = [name for name in await admin.list_topics() if name.startswith(prefixes)]
        if ours:
            await admin.delete_topics(ours)
        return len(ours)
    finally:
        await admin.close()


class Worker:
    """A ``naba worker`` subprocess with its log in a file."""

    def __init__(self, env: dict[str, str], log: Path, *, command: list[str] | None = None) -> None:
        self.env, self.log = env, log
        self.command = command or [sys.executable, "-m", "agents.cli", "worker"]
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, *, timeout: float = 90.0) -> Worker:
        self._offset = self.log.stat().st_size if self.log.exists() else 0
        handle = open(self.log, "ab")  # noqa: SIM115 - the child keeps it
        self.proc = subprocess.Popen(
            self.command, env=self.env, cwd=REPO, stdout=handle, stderr=subprocess.STDOUT
        )
        handle.close()
        deadline = time.monotonic() + timeout
        while "[^Worker]: Ready" not in self.log.read_text("utf-8", errors="replace")[self._offset :]:
            if self.proc.poll() is not None:
                raise AssertionError(f"worker exited with {self.proc.returncode}:\n{self.tail()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"worker not ready after {timeout}s:\n{self.tail()}")
            time.sleep(0.2)
        return self

    def stop(self, *, timeout: float = 60.0) -> int:
        """Stop gracefully (SIGTERM: offsets committed) and return the exit code."""
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                raise AssertionError(f"worker did not stop within {timeout}s:\n{self.tail()}") from None
        return self.proc.returncode

    def problems(self, limit: int = 30) -> str:
        """The worker's distinct warnings and errors (timestamps dropped), and whether it still runs."""
        seen: dict[str, None] = {}
        for line in self.log.read_text("utf-8", errors="replace").splitlines():
            if "[WARNING]" in line or "[ERROR]" in line or "Traceback" in line:
                seen.setdefault(re.sub(r"\d+", "N", line.split("] ", 3)[-1])[:200], None)
        state = "running" if self.proc is not None and self.proc.poll() is None else f"exited {self.proc and self.proc.returncode}"
        return "\n".join([f"{self.log.name}: {state}", *list(seen)[:limit]])

    def tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text("utf-8", errors="replace").splitlines()[-lines:])


async def produce(broker: str, topic: str, messages: list[tuple[bytes | None, bytes]], *, pace: float = 0.0) -> None:
    """Publish ``messages`` in order, ``pace`` seconds apart (a scraper's trickle), or at once."""
    producer = AIOKafkaProducer(bootstrap_servers=broker, linger_ms=5)
    await producer.start()
    try:
        for key, value in messages:
            await producer.send(topic, value, key=key)
            if pace:
                await asyncio.sleep(pace)
        await producer.flush()
    finally:
        await producer.stop()


async def collect(
    broker: str, topic: str, *, until: int, timeout: float = 90.0, settle: float = 3.0, idle: float | None = None
) -> list[ConsumerRecord]:
    """Every record of ``topic`` from the beginning, until ``until`` have come and then
    ``settle`` seconds more (so that duplicates would show), or until ``timeout``, or
    (with ``idle``) until no record has come for ``idle`` seconds: a wait bounded by
    progress, not by the speed of the host."""
    consumer = AIOKafkaConsumer(bootstrap_servers=broker, enable_auto_commit=False, auto_offset_reset="earliest")
    await consumer.start()
    records: list[ConsumerRecord] = []
    try:
        deadline = time.monotonic() + timeout
        while not (parts := await topic_partitions(broker, topic)):
            if time.monotonic() > deadline:
                return records
            await asyncio.sleep(0.5)
        tps = [TopicPartition(topic, p) for p in parts]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        settle_end = None
        last_record = time.monotonic()
        while True:
            now = time.monotonic()
            stalled = idle is not None and now - last_record > idle
            if now > deadline or stalled or (settle_end is not None and now > settle_end):
                return records
            batch = await consumer.getmany(timeout_ms=200)
            for got in batch.values():
                records.extend(got)
                last_record = time.monotonic()
            if settle_end is None and len(records) >= until:
                settle_end = time.monotonic() + settle
    finally:
        await consumer.stop()


async def lag(broker: str, group: str, topics: list[str]) -> dict[str, int]:
    """Per topic partition with messages the group has not committed: how many. Says
    where a stalled pipeline stands."""
    consumer = AIOKafkaConsumer(bootstrap_servers=broker, group_id=group, enable_auto_commit=False)
    await consumer.start()
    try:
        behind: dict[str, int] = {}
        for name in topics:
            tps = [TopicPartition(name, p) for p in await topic_partitions(broker, name)]
            ends = await consumer.end_offsets(tps) if tps else {}
            for tp in tps:
                committed = await consumer.committed(tp) or 0
                if ends[tp] > committed:
                    behind[f"{name}[{tp.partition}]"] = ends[tp] - committed
        return behind
    finally:
        await consumer.stop()
