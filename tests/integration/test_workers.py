"""Scaling out, failing over and restarting: partitions shared by two workers, taken over from a frozen one,
handed back and forth while articles flow, none lost to a rebalance's seek, offsets resumed after a stop."""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import signal
import sys
import urllib.request
from collections import Counter
from itertools import zip_longest
from pathlib import Path

import orjson
import pytest
from kafka_harness import Worker, collect, free_port, lag, produce

from streams.identity import article_id

SHARED = Path(os.environ.get("NABA_SHARED", Path(__file__).resolve().parents[3] / "shared"))

pytestmark = pytest.mark.integration

ANT = SHARED / "data" / "news" / "ant_v1.1.jsonl.gz"
SITES = 8


@pytest.fixture(scope="module")
def news() -> list[dict]:
    """500 real, distinct Tunisian news articles (ANT corpus, Apache-2.0), as raw records
    from eight sites, so that the per-source partitions are spread too."""
    if not ANT.exists():
        pytest.fail(f"the ANT corpus is missing: {ANT} (set NABA_SHARED to the shared/ folder)")
    seen: set[str] = set()
    raws: list[dict] = []
    with gzip.open(ANT, "rt", encoding="utf-8") as lines:
        for line in lines:
            doc = orjson.loads(line)
            if len(doc["text"]) < 400 or doc["text"] in seen:
                continue
            seen.add(doc["text"])
            n = len(raws)
            raws.append({"url": f"https://site{n % SITES}.example/{doc['docno']}", "title": doc["title"],
                         "body": doc["text"], "published_at": doc["time"]})
            if len(raws) == 500:
                return raws
    raise AssertionError("fewer than 500 usable ANT articles")


def keyed(raw: dict) -> tuple[bytes, bytes]:
    """The message a scraper would publish: keyed by article id."""
    return article_id(raw["url"]).encode(), orjson.dumps(raw)


AD_SLOT = "مساحة إعلانية"
ADDED_SENTENCE = "وقال مصدر مطلع إن التحقيقات ما زالت جارية حتى الآن."


def with_ad_slot(raw: dict) -> dict:
    """The article on a site that puts an ad slot between its paragraphs."""
    lines = raw["body"].split("\n")
    middle = max(1, len(lines) // 2)
    body = "\n".join(lines[:middle] + [AD_SLOT] + lines[middle:])
    return {**raw, "url": raw["url"].replace("https://site", "https://ads.site"), "source": "ads.example", "body": body}


def topic(env: dict[str, str], name: str) -> str:
    return f"{env['NABA_TOPIC_PREFIX']}news.{name}"


def stats(port: int) -> dict:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/naba/stats/", timeout=5) as response:
        return json.load(response)


async def stalled(what: str, env: dict[str, str], broker: str, workers: list[Worker], ports: list[int]) -> str:
    """``what``, with where the pipeline stands: the group's uncommitted messages per topic
    partition, the dead letters' reasons, and each worker's per-stage counts and warnings."""
    names = [topic(env, n) for n in ("raw", "raw.by-source", "clean", "extracted", "extracted.by-content")]
    letters = await collect(broker, topic(env, "dlq"), until=1_000_000, timeout=5, settle=0)
    reasons = Counter(tuple(orjson.loads(r.value)["error"].values()) for r in letters)
    lines = [what, f"uncommitted: {await lag(broker, env['NABA_APP_ID'], names)}", f"dead letters: {dict(reasons)}"]
    for worker, port in zip_longest(workers, ports):  # a worker without its web views has no port
        if port is not None:
            try:
                lines.append(f"stats: {stats(port)}")
            except OSError as error:
                lines.append(f"stats: {error}")
        lines.append(worker.problems())
    return "\n".join(lines)


async def each_comes_out(messages: list[tuple[bytes, bytes]], env: dict[str, str], broker: str, workers: list[Worker]) -> None:
    """Every article of ``messages`` comes out enriched, at least once (delivery repeats, never loses), waiting as
    long as records keep coming."""
    records = await collect(broker, topic(env, "enriched"), until=1_000_000, timeout=900, idle=30)
    ids = {orjson.loads(r.value)["id"] for r in records}
    want = {key.decode() for key, _ in messages}
    lost = f"{len(want - ids)} of {len(want)} articles lost, {len(records)} records"
    assert ids == want, await stalled(lost, env, broker, workers, [])


async def test_two_workers_share_the_partitions_and_each_article_comes_out_once(
    naba_env, workers, tmp_path: Path, broker: str, news: list[dict]
) -> None:
    ports = [free_port(), free_port()]
    for n, port in enumerate(ports):
        env = {**naba_env, "NABA_WEB": "1", "NABA_WEB_PORT": str(port)}
        workers.append(Worker(env, tmp_path / f"worker{n}.log").start())
    messages = [keyed(raw) for raw in news]
    await produce(broker, topic(naba_env, "raw"), messages)
    # the wait is bounded by progress (two minutes without a record), not by the host's speed: what this checks is
    # that each article comes out, and once
    records = await collect(broker, topic(naba_env, "enriched"), until=500, timeout=1200, settle=5.0, idle=120)
    ids = [orjson.loads(r.value)["id"] for r in records]
    assert len(ids) == 500, await stalled(f"{len(ids)} enriched records for 500 articles", naba_env, broker, workers, ports)
    assert sorted(ids) == sorted(key.decode() for key, _ in messages)
    done = [stats(port)["forwarded"].get("cluster", 0) for port in ports]
    # each article makes several hops through the story index, on both workers' partitions
    assert sum(done) >= 500 and all(n > 0 for n in done), f"cluster stage per worker: {done}"


async def test_a_worker_frozen_mid_stream_loses_nothing(
    naba_env, workers, tmp_path: Path, broker: str, news: list[dict]
) -> None:
    # a worker that stops answering (a long GC pause, a stalled host) is dropped from the group after its session
    # timeout; the other takes its partitions over from their committed offsets, and the frozen one, once it thaws,
    # rejoins. Delivery is at least once: an article may come out twice, never not at all
    frozen_for = 3 * float(naba_env["NABA_SESSION_TIMEOUT"])
    for n in range(2):
        workers.append(Worker(naba_env, tmp_path / f"worker{n}.log").start())
    messages = [keyed(raw) for raw in news[:200]]
    await produce(broker, topic(naba_env, "raw"), messages)
    assert await collect(broker, topic(naba_env, "enriched"), until=20, timeout=300, settle=0), "nothing came out"
    frozen = workers[1].proc
    assert frozen is not None
    frozen.send_signal(signal.SIGSTOP)
    try:
        await asyncio.sleep(frozen_for)
    finally:
        frozen.send_signal(signal.SIGCONT)
    await each_comes_out(messages, naba_env, broker, workers)
    assert all(worker.proc is not None and worker.proc.poll() is None for worker in workers), "a worker died"


async def test_articles_arriving_while_a_second_worker_joins_a_new_group_are_not_lost(
    naba_env, workers, tmp_path: Path, broker: str, news: list[dict]
) -> None:
    # nothing is committed yet, so the seek back to committed offsets after the rebalance moves nothing: records
    # fetched while it runs must reach the agents, not be emptied out with their queues (the seek is slowed by 2 s
    # to widen that window, as a slow broker would)
    slow = [sys.executable, str(Path(__file__).with_name("slow_seek_worker.py"))]
    first = Worker(naba_env, tmp_path / "worker0.log", command=slow)
    workers.append(first.start())
    second = Worker({**naba_env, "NABA_DATA_DIR": str(tmp_path / "data1")}, tmp_path / "worker1.log", command=slow)
    workers.append(second)
    joining = asyncio.create_task(asyncio.to_thread(second.start))
    while first.log.read_text("utf-8", errors="replace").count("Seek stream partitions") < 2:  # the rebalance's seek
        assert not joining.done() or joining.exception() is None, second.tail()
        await asyncio.sleep(0.02)
    messages = [keyed(raw) for raw in news[:300]]
    await produce(broker, topic(naba_env, "raw"), messages)
    await joining
    await each_comes_out(messages, naba_env, broker, workers)


async def test_a_worker_joining_and_leaving_while_articles_trickle_in_loses_nothing(
    naba_env, workers, tmp_path: Path, broker: str, news: list[dict]
) -> None:
    # every join and every leave is a rebalance: the first worker's partitions are revoked while it has records
    # fetched, in its agents' queues and in flight between stages, and reassigned from the committed offsets. Six
    # rebalances while the articles keep coming; each must come out, at least once
    first = Worker(naba_env, tmp_path / "worker0.log")
    workers.append(first.start())
    second = Worker({**naba_env, "NABA_DATA_DIR": str(tmp_path / "data1")}, tmp_path / "worker1.log")
    workers.append(second)
    messages = [keyed(raw) for raw in news[:300]]
    trickle = asyncio.create_task(produce(broker, topic(naba_env, "raw"), messages, pace=0.15))
    for _ in range(3):
        await asyncio.sleep(3)
        await asyncio.to_thread(second.start)
        await asyncio.sleep(6)
        assert await asyncio.to_thread(second.stop) == 0, second.tail()
    await trickle
    await each_comes_out(messages, naba_env, broker, workers)
    assert first.proc is not None and first.proc.poll() is None, first.tail()


async def test_a_restarted_worker_resumes_from_its_committed_offsets(
    naba_env, workers, tmp_path: Path, broker: str, news: list[dict]
) -> None:
    # four articles of one site carry its ad slot; the site's fifth, after the restart, must
    # still lose it: the boilerplate table came back from its changelog
    ads = [with_ad_slot(raw) for raw in news[36:40]]
    first = [keyed(raw) for raw in news[:36] + ads]
    reprint_of = news[0]
    copy_url = "https://copy.example/reprint/0"
    near_of = next(raw for raw in news[1:36] if len(raw["body"].split()) > 150)
    near = {**near_of, "url": "https://copy.example/near/0", "body": near_of["body"] + " " + ADDED_SENTENCE}
    after_restart = with_ad_slot(news[79])
    second = [keyed(raw) for raw in news[40:79] + [{**reprint_of, "url": copy_url}, near]] + [keyed(after_restart)]
    worker = Worker(naba_env, tmp_path / "worker.log")
    workers.append(worker.start())
    await produce(broker, topic(naba_env, "raw"), first)
    assert len(await collect(broker, topic(naba_env, "enriched"), until=40, settle=1.0)) == 40
    assert worker.stop() == 0, worker.tail()

    await produce(broker, topic(naba_env, "raw"), second)  # while no worker runs
    worker.start()
    records = await collect(broker, topic(naba_env, "enriched"), until=82, timeout=120, settle=5.0)
    ids = [orjson.loads(r.value)["id"] for r in records]
    assert len(ids) == 82 and len(set(ids)) == 82, f"{len(ids)} records, {len(set(ids))} ids: lost or reprocessed"
    cleaned = await collect(broker, topic(naba_env, "clean"), until=82, timeout=10, settle=1.0)
    assert len(cleaned) == 82, "the clean stage reprocessed messages after the restart"
    learned = next(orjson.loads(r.value) for r in records if orjson.loads(r.value)["url"] == after_restart["url"])
    assert AD_SLOT not in learned["text"]
    assert {"text": AD_SLOT, "reason": "boilerplate"} in [{k: r[k] for k in ("text", "reason")} for r in learned["removed"]]
    # the stories table came back from its changelog: the reprint is linked to the original
    reprint = next(orjson.loads(r.value) for r in records if orjson.loads(r.value)["url"] == copy_url)
    assert reprint["story"]["duplicate_of"] == article_id(reprint_of["url"])
    assert reprint["story"]["kind"] == "exact"
    # and so did the MinHash bands: the copy with one sentence added is a near duplicate
    copy = next(orjson.loads(r.value) for r in records if orjson.loads(r.value)["url"] == near["url"])
    assert copy["story"]["duplicate_of"] == article_id(near_of["url"]), copy["story"]
    assert copy["story"]["kind"] == "near" and 0.6 <= copy["story"]["similarity"] < 1
