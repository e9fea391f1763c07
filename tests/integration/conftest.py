"""Integration fixtures: the real local Kafka broker, started by scripts/broker."""

from __future__ import annotations

import asyncio
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from kafka_harness import BROKER_SCRIPT, Worker, delete_topics, make_env


@pytest.fixture(scope="session")
def broker() -> str:
    """The broker's bootstrap address; started by the project's script if it is not running."""
    subprocess.run([str(BROKER_SCRIPT), "start"], check=True, timeout=900)
    return f"127.0.0.1:{os.environ.get('NABA_KAFKA_PORT', '9092')}"


@pytest.fixture()
def naba_env(broker: str, tmp_path: Path) -> Iterator[dict[str, str]]:
    """Environment for one test's workers: its own topics and consumer group, deleted after
    the test (its workers stopped first)."""
    env = make_env(broker, tmp_path)
    yield env
    asyncio.run(delete_topics(broker, env))


@pytest.fixture()
def workers() -> Iterator[list[Worker]]:
    """Started workers are collected here and stopped after the test."""
    started: list[Worker] = []
    yield started
    for worker in started:
        if worker.proc is not None and worker.proc.poll() is None:
            worker.stop()
