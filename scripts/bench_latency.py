"""Latency on the local broker: from publishing the seed to ``news.raw`` to its enriched
event on ``news.enriched``, through a real ``naba worker`` (all stages).

    scripts/broker start && .venv/bin/python scripts/bench_latency.py [--runs 20] [--seed PATH]

Prints the median, p90, min and max over the runs (each run publishes the seed under a new
URL, so every run is a new article: an exact copy of the first, which stops at the story
index's content hash; with ``--near`` each run also ends on a sentence of its own, so it is
a near copy and makes every hop through the index), and the worker's start-up time.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

REPO = Path(__file__).resolve().parents[1]


async def measure(bootstrap: str, prefix: str, seed: dict, runs: int, near: bool) -> list[float]:
    consumer = AIOKafkaConsumer(f"{prefix}news.enriched", bootstrap_servers=bootstrap, auto_offset_reset="latest",
                                group_id=f"bench-{uuid.uuid4().hex[:6]}")
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await consumer.start()
    await producer.start()
    while not consumer.assignment():
        await asyncio.sleep(0.05)
    await consumer.seek_to_end()
    took: list[float] = []
    try:
        for i in range(runs):
            url = f"{seed['url']}?bench={uuid.uuid4().hex}"
            body = seed["body"] + (f"\nوقال مصدر إن الجولة رقم {i} انتهت باتفاق." if near else "")
            start = time.perf_counter()
            await producer.send_and_wait(f"{prefix}news.raw", orjson.dumps({**seed, "url": url, "body": body}))
            while True:
                record = await asyncio.wait_for(consumer.getone(), timeout=60)
                if orjson.loads(record.value)["url"] == url:
                    took.append(time.perf_counter() - start)
                    break
    finally:
        await producer.stop()
        await consumer.stop()
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", default=str(REPO.parent / "shared" / "seed" / "seed-raw.jsonl"))
    parser.add_argument("--bootstrap", default="127.0.0.1:9092")
    parser.add_argument("--near", action="store_true", help="make each run a near copy (every index hop)")
    args = parser.parse_args()
    seed = orjson.loads(Path(args.seed).read_bytes().splitlines()[0])
    run = uuid.uuid4().hex[:8]
    prefix = f"bench-{run}."
    env = {**os.environ, "NABA_TOPIC_PREFIX": prefix, "NABA_APP_ID": f"naba-bench-{run}", "NABA_WEB": "0",
           "NABA_BROKER": f"kafka://{args.bootstrap}", "NABA_SESSION_TIMEOUT": "6",
           "NABA_DATA_DIR": tempfile.mkdtemp(prefix="naba-bench-")}
    log = Path(env["NABA_DATA_DIR"]) / "worker.log"
    started = time.perf_counter()
    with open(log, "wb") as out:
        worker = subprocess.Popen([sys.executable, "-m", "agents.cli", "worker"], env=env, cwd=REPO, stdout=out,
                                  stderr=subprocess.STDOUT)
    try:
        while "[^Worker]: Ready" not in log.read_text("utf-8", errors="replace"):
            if worker.poll() is not None:
                sys.exit(f"the worker exited; see {log}")
            time.sleep(0.1)
        ready = time.perf_counter() - started
        took = asyncio.run(measure(args.bootstrap, prefix, seed, args.runs, args.near))
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(60)
    ms = sorted(t * 1000 for t in took)
    print(f"worker ready in {ready:.1f}s")
    print(f"seed produce → enriched over {len(ms)} runs: median {statistics.median(ms):.1f} ms, "
          f"p90 {ms[int(0.9 * (len(ms) - 1))]:.1f} ms, min {ms[0]:.1f} ms, max {ms[-1]:.1f} ms")


if __name__ == "__main__":
    main()
