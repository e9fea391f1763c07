"""The agents without a broker (Faust's test_context): forward keyed, or dead-letter."""

from __future__ import annotations

from collections.abc import Iterator
from unittest.mock import AsyncMock

import orjson
import pytest

from agents import topology
from agents.app import app, topics
from agents.partitions import partition_of
from streams import STAGES, encode
from streams.intake import parse_raw


@pytest.fixture()
def sends(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, AsyncMock]]:
    """Every outbound topic's send, replaced by a mock."""
    app.finalize()
    app.flow_control.resume()
    mocks = {}
    for name in ("by_source", "clean", "extracted", "by_content", "enriched", "dlq"):
        mock = AsyncMock()
        monkeypatch.setattr(getattr(topics, name), "send", mock)
        mocks[name] = mock
    yield mocks


def agent(name: str):  # type: ignore[no-untyped-def]
    return app.agents[f"naba.{name}"]


async def test_intake_moves_a_valid_article_to_its_source_partition(sends, seed_line: bytes) -> None:
    async with agent("intake").test_context() as a:
        await a.put(seed_line, key=b"k")
    sends["by_source"].assert_awaited_once()
    kwargs = sends["by_source"].await_args.kwargs
    assert kwargs["key"] == b"news.example"
    assert orjson.loads(kwargs["value"])["schema"] == "naba.raw/1"
    sends["dlq"].assert_not_awaited()


async def test_intake_dead_letters_what_is_not_json(sends) -> None:
    async with agent("intake").test_context() as a:
        await a.put(b"not json", key=b"k")
    sends["by_source"].assert_not_awaited()
    letter = orjson.loads(sends["dlq"].await_args.kwargs["value"])
    assert letter["stage"] == "intake" and letter["error"]["kind"] == "not_json"
    assert letter["value"] == "not json" and letter["key"] == "k"


async def test_clean_keys_its_output_by_article_id(sends, seed_line: bytes) -> None:
    raw = parse_raw(seed_line)
    async with agent("clean").test_context() as a:
        await a.put(encode(raw), key=b"news.example")
    kwargs = sends["clean"].await_args.kwargs
    record = orjson.loads(kwargs["value"])
    assert kwargs["key"] == record["id"].encode() and record["schema"] == "naba.clean/1"


async def test_a_crash_in_a_stage_is_dead_lettered_not_raised(sends, monkeypatch: pytest.MonkeyPatch, seed_line: bytes) -> None:
    clean = STAGES["clean"](parse_raw(seed_line))

    def boom(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("extractor bug")

    monkeypatch.setitem(STAGES, "extract", boom)
    async with agent("extract").test_context() as a:
        await a.put(encode(clean), key=clean.id.encode())
        await a.put(encode(clean), key=clean.id.encode())
    assert sends["dlq"].await_count == 2
    letter = orjson.loads(sends["dlq"].await_args.kwargs["value"])
    assert letter["error"] == {"kind": "crash", "message": "RuntimeError: extractor bug"}
    sends["extracted"].assert_not_awaited()


async def test_an_article_goes_round_the_story_index_then_out_keyed_by_id(sends, seed_line: bytes) -> None:
    extracted = STAGES["extract"](STAGES["clean"](parse_raw(seed_line)))
    async with agent("by_content").test_context() as a:
        await a.put(encode(extracted), key=extracted.id.encode())
    hop = sends["by_content"].await_args.kwargs
    probe = orjson.loads(hop["value"])
    assert probe["schema"] == "naba.story-probe/1" and hop["key"] == probe["route"][0][1].encode()
    assert [kind for kind, *_ in probe["route"]][:2] == ["content", "bands"]
    hops = 0
    async with agent("cluster").test_context() as a:
        while not sends["enriched"].await_count:
            sends["by_content"].reset_mock()
            await a.put(hop["value"], key=hop["key"])
            hops += 1
            if sends["by_content"].await_count:
                hop = sends["by_content"].await_args.kwargs
                keys = orjson.loads(hop["value"])["route"][0][1:]
                assert len({partition_of(k) for k in keys}) == 1  # one hop, one partition
    assert hops == len(probe["route"])  # content, then one hop per partition holding its bands
    kwargs = sends["enriched"].await_args.kwargs
    record = orjson.loads(kwargs["value"])
    assert kwargs["key"] == extracted.id.encode() and record["schema"] == "naba.enriched/1"
    assert record["story"]["cluster_id"] == extracted.id
    sends["dlq"].assert_not_awaited()


def test_the_topology_registers_every_stage() -> None:
    assert set(topology.AGENTS) == {"clean", "extract", "cluster"}
    assert {f"naba.{fn.__name__}" for agents in topology.AGENTS.values() for fn, _ in agents} <= set(app.agents)
