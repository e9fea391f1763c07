"""Scaling out and restarting: partitions shared by two workers, offsets resumed after a stop."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import orjson
import pytest
from kafka_harness import Worker, collect, free_port, produce

from streams.identity import article_id

pytestmark = pytest.mark.integration

SENTENCES = [
    "أعلنت وزارة الصحة في بيان لها عن افتتاح مستشفى جديد في المدينة.",
    "وقال المتحدث باسم الوزارة إن المستشفى سيخدم أكثر من مئة ألف مواطن.",
    "وأضاف أن العمل بدأ قبل عامين بتمويل من الحكومة.",
    "وأشار إلى أن الافتتاح الرسمي سيكون الأسبوع المقبل.",
]


def article(i: int, *, url: str | None = None) -> tuple[bytes, bytes]:
    """A small distinct article, keyed by its id as a scraper would key it."""
    url = url or f"https://it.example/news/{i}"
    lines = [f"خبر رقم {i}: افتتاح مستشفى جديد", ""] + [f"{s} ({i})" for s in SENTENCES]
    payload = orjson.dumps({"url": url, "body": "\n".join(lines), "published_at": "2024-03-0%d" % (1 + i % 9)})
    return article_id(url).encode(), payload


def topic(env: dict[str, str], name: str) -> str:
    return f"{env['NABA_TOPIC_PREFIX']}news.{name}"


def stats(port: int) -> dict:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/naba/stats/", timeout=5) as response:
        return json.load(response)


async def test_two_workers_share_the_partitions_and_each_article_comes_out_once(
    naba_env, workers, tmp_path: Path, broker: str
) -> None:
    ports = [free_port(), free_port()]
    for n, port in enumerate(ports):
        env = {**naba_env, "NABA_WEB": "1", "NABA_WEB_PORT": str(port)}
        workers.append(Worker(env, tmp_path / f"worker{n}.log").start())
    messages = [article(i) for i in range(500)]
    await produce(broker, topic(naba_env, "raw"), messages)
    records = await collect(broker, topic(naba_env, "enriched"), until=500, timeout=180, settle=5.0)
    ids = [orjson.loads(r.value)["id"] for r in records]
    assert len(ids) == 500, f"{len(ids)} enriched records for 500 articles"
    assert sorted(ids) == sorted(key.decode() for key, _ in messages)
    done = [stats(port)["forwarded"].get("cluster", 0) for port in ports]
    assert sum(done) == 500 and all(n > 0 for n in done), f"cluster stage per worker: {done}"


async def test_a_restarted_worker_resumes_from_its_committed_offsets(
    naba_env, workers, tmp_path: Path, broker: str
) -> None:
    first = [article(i) for i in range(40)]
    copy_url = "https://copy.example/reprint/0"
    second = [article(i) for i in range(40, 79)] + [(article_id(copy_url).encode(), article(0, url=copy_url)[1])]
    worker = Worker(naba_env, tmp_path / "worker.log")
    workers.append(worker.start())
    await produce(broker, topic(naba_env, "raw"), first)
    assert len(await collect(broker, topic(naba_env, "enriched"), until=40, settle=1.0)) == 40
    assert worker.stop() == 0, worker.tail()

    await produce(broker, topic(naba_env, "raw"), second)  # while no worker runs
    worker.start()
    records = await collect(broker, topic(naba_env, "enriched"), until=80, timeout=120, settle=5.0)
    ids = [orjson.loads(r.value)["id"] for r in records]
    assert len(ids) == 80 and len(set(ids)) == 80, f"{len(ids)} records, {len(set(ids))} ids: lost or reprocessed"
    cleaned = await collect(broker, topic(naba_env, "clean"), until=80, timeout=10, settle=1.0)
    assert len(cleaned) == 80, "the clean stage reprocessed messages after the restart"
    # the stories table came back from its changelog: the reprint is linked to the original
    reprint = next(orjson.loads(r.value) for r in records if orjson.loads(r.value)["url"] == copy_url)
    assert reprint["story"]["duplicate_of"] == article_id("https://it.example/news/0")
    assert reprint["story"]["kind"] == "exact"
