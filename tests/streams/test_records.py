"""Records: encoding, decoding, schema tags, and the published schemas agreeing with them."""

from __future__ import annotations

import dataclasses

import orjson
import pytest

from streams import STAGES, LocalPipeline
from streams.intake import parse_raw
from streams.records import (
    CleanArticle,
    DeadLetter,
    EnrichedArticle,
    Entity,
    ExtractedArticle,
    RawArticle,
    Story,
    decode,
    encode,
    promote,
)
from streams.schemas import schema, validator


@pytest.mark.parametrize(
    ("cls", "tag"),
    [
        (RawArticle, "naba.raw/1"),
        (CleanArticle, "naba.clean/1"),
        (ExtractedArticle, "naba.extracted/1"),
        (EnrichedArticle, "naba.enriched/1"),
        (DeadLetter, "naba.dlq/1"),
    ],
)
def test_every_topic_record_carries_its_schema_tag(cls: type, tag: str) -> None:
    assert cls.SCHEMA == tag
    assert {f.name: f.default for f in dataclasses.fields(cls)}["schema"] == tag


def test_enriched_record_round_trips_through_json(seed_line: bytes) -> None:
    record = LocalPipeline().process(seed_line)
    again = decode(EnrichedArticle, encode(record))
    assert again == record
    assert orjson.loads(encode(record))["schema"] == "naba.enriched/1"


def test_decode_rebuilds_nested_items() -> None:
    entity = {"type": "LOC", "text": "دمشق", "start": 0, "end": 4, "canonical": "دمشق", "country": "SY"}
    base = {"id": "0" * 16, "url": "https://a.b/c", "canonical_url": "https://a.b/c", "source": "a.b",
            "title": "t", "lead": "l", "text": "دمشق", "lang": "ar"}
    record = decode(ExtractedArticle, {**base, "entities": [entity]})
    assert record.entities == [Entity(**entity)]


def test_decode_ignores_unknown_fields_and_fixes_the_tag() -> None:
    record = decode(RawArticle, b'{"url": "https://a.b/c", "body": "x", "future": 1, "schema": "naba.raw/9"}')
    assert record.url == "https://a.b/c" and record.schema == "naba.raw/1"


def test_decode_rejects_a_non_object() -> None:
    with pytest.raises(TypeError):
        decode(RawArticle, b"[1, 2]")


def test_promote_keeps_every_field_and_adds_the_new_ones(seed_line: bytes) -> None:
    extracted = STAGES["extract"](STAGES["clean"](parse_raw(seed_line)))
    story = Story(cluster_id="x")
    enriched = promote(EnrichedArticle, extracted, story=story)
    assert enriched.text == extracted.text and enriched.entities == extracted.entities
    assert enriched.story is story and enriched.schema == "naba.enriched/1"


def test_enriched_schema_requires_every_record_field() -> None:
    fields = {f.name for f in dataclasses.fields(EnrichedArticle)}
    assert set(schema("naba.enriched/1")["required"]) == fields


def test_an_enriched_record_missing_a_field_fails_the_schema(seed_line: bytes) -> None:
    obj = orjson.loads(encode(LocalPipeline().process(seed_line)))
    assert not list(validator("naba.enriched/1").iter_errors(obj))
    del obj["story"]
    assert list(validator("naba.enriched/1").iter_errors(obj))


def test_a_title_less_body_flattened_to_one_line_keeps_its_facts(seed_line: bytes) -> None:
    # scrapers that give no title and one line of text: the line is the article, not its headline
    raw = orjson.loads(seed_line)
    paragraphs = [p for p in raw["body"].split("\n") if p.strip()]
    flat = {**raw, "body": " ".join(paragraphs[1:]), "title": None}  # the headline line dropped, the rest one line
    record = LocalPipeline().process(orjson.dumps(flat))
    assert record.title == ""
    assert {"2017-12-21", "2017-12-22"} <= {d.value for d in record.dates}
    assert ("displaced", 10_000_000) in {(c.type, c.value) for c in record.counts}
    assert not list(validator("naba.enriched/1").iter_errors(orjson.loads(encode(record))))
