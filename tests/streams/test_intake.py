"""Reading news.raw: defaults filled in, bad input rejected with a reason."""

from __future__ import annotations

import orjson
import pytest

from streams.errors import Reject
from streams.intake import MAX_BODY_CHARS, parse_raw


def test_seed_parses_with_its_fields(seed_line: bytes) -> None:
    raw = parse_raw(seed_line)
    assert raw.url.startswith("https://") and raw.source == "news.example"
    assert raw.content_type == "text/plain" and raw.published_at == "2017-12-13"


def test_source_defaults_to_the_host_without_www() -> None:
    raw = parse_raw(b'{"url": "https://www.Example.com/a", "body": "x"}')
    assert raw.source == "example.com" and raw.content_type == "text/plain"


@pytest.mark.parametrize(
    ("payload", "kind", "says"),
    [
        (b"not json", "not_json", "JSON"),
        (b"\xff\xfe", "not_json", "UTF-8"),
        (b"[1]", "schema", "object"),
        (b'{"body": "x"}', "schema", "url"),
        (b'{"url": "ftp://a/b", "body": "x"}', "schema", "http(s)"),
        (b'{"url": "https://a.b/c", "body": ""}', "schema", "empty"),
        (b'{"url": "https://a.b/c"}', "schema", "body"),
        (b'{"url": "https://a.b/c", "body": "x", "content_type": "application/pdf"}', "schema", "content_type"),
        (b'{"url": "https://a.b/c", "body": "x", "meta": 3}', "schema", "meta"),
    ],
)
def test_bad_input_is_rejected_with_a_reason(payload: bytes, kind: str, says: str) -> None:
    with pytest.raises(Reject) as info:
        parse_raw(payload)
    assert info.value.kind == kind
    assert says in info.value.message


def test_oversized_body_is_rejected() -> None:
    payload = orjson.dumps({"url": "https://a.b/c", "body": "x" * (MAX_BODY_CHARS + 1)})
    with pytest.raises(Reject) as info:
        parse_raw(payload)
    assert info.value.kind == "too_large"
