"""The whole path on the real broker: raw → clean → extracted → enriched, and the DLQ."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from kafka_harness import Worker, collect, produce

from streams.identity import article_id
from streams.schemas import validator

pytestmark = pytest.mark.integration


def topic(env: dict[str, str], name: str) -> str:
    return f"{env['NABA_TOPIC_PREFIX']}news.{name}"


async def test_seed_comes_out_enriched_and_schema_valid(naba_env, workers, tmp_path: Path, seed_line: bytes, broker: str) -> None:
    workers.append(Worker(naba_env, tmp_path / "worker.log").start())
    url = orjson.loads(seed_line)["url"]
    await produce(broker, topic(naba_env, "raw"), [(article_id(url).encode(), seed_line)])
    records = await collect(broker, topic(naba_env, "enriched"), until=1, settle=1.0)
    assert len(records) == 1, workers[0].tail()
    record = orjson.loads(records[0].value)
    assert records[0].key == article_id(url).encode() == record["id"].encode()
    assert not list(validator("naba.enriched/1").iter_errors(record))
    assert record["url"] == url and record["text"]
    assert set(record["pipeline"]["versions"]) == {"clean", "extract", "cluster"}


async def test_bad_messages_go_to_the_dlq_and_the_good_one_behind_them_comes_through(
    naba_env, workers, tmp_path: Path, seed_line: bytes, broker: str
) -> None:
    workers.append(Worker(naba_env, tmp_path / "worker.log").start())
    key = b"same-partition"  # one key: the bad messages stand in front of the good one
    bad_schema = orjson.dumps({"url": "not a url", "body": "نص"})
    await produce(broker, topic(naba_env, "raw"), [(key, b"not json"), (key, bad_schema), (key, seed_line)])
    letters = await collect(broker, topic(naba_env, "dlq"), until=2, settle=1.0)
    enriched = await collect(broker, topic(naba_env, "enriched"), until=1, settle=1.0)
    assert len(enriched) == 1, workers[0].tail()
    by_kind = {orjson.loads(r.value)["error"]["kind"]: orjson.loads(r.value) for r in letters}
    assert set(by_kind) == {"not_json", "schema"}
    assert by_kind["not_json"]["value"] == "not json"
    assert by_kind["schema"]["value"] == bad_schema.decode() and "url" in by_kind["schema"]["error"]["message"]
    for letter in by_kind.values():
        assert letter["stage"] == "intake" and letter["topic"] == topic(naba_env, "raw")
        assert letter["partition"] is not None and letter["offset"] is not None


async def test_topics_come_up_front_with_their_partitions_and_compacted_changelogs(naba_env, broker: str) -> None:
    from aiokafka.admin import AIOKafkaAdminClient
    from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

    from agents.admin import TOPIC_NAMES, ensure_topics
    from agents.settings import TABLE_NAMES, Settings

    env = {**naba_env, "NABA_PARTITIONS": "3"}
    settings = Settings(broker=env["NABA_BROKER"], app_id=env["NABA_APP_ID"], topic_prefix=env["NABA_TOPIC_PREFIX"], partitions=3)
    counts = await ensure_topics(settings)
    assert {settings.topic(n) for n in TOPIC_NAMES} | {settings.changelog(t) for t in TABLE_NAMES} <= set(counts)
    assert {n: c for n, c in counts.items() if n != settings.leader_topic} == dict.fromkeys(set(counts) - {settings.leader_topic}, 3)
    admin = AIOKafkaAdminClient(bootstrap_servers=broker)
    await admin.start()
    try:
        described = await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, settings.changelog("stories"))])
    finally:
        await admin.close()
    configs = {c[0]: c[1] for c in described[0].resources[0][4]}
    assert configs["cleanup.policy"] == "compact"
    assert await ensure_topics(settings) == counts  # a second call finds them and changes nothing
