"""Dead letters keep the original bytes and say why."""

from __future__ import annotations

import base64

import orjson

from streams.deadletter import dead_letter
from streams.records import encode


def test_utf8_payload_is_kept_as_text() -> None:
    letter = dead_letter("intake", "خبر".encode(), kind="not_json", message="bad", topic="news.raw", partition=1, offset=7)
    assert letter.value == "خبر" and letter.value_b64 is None
    assert (letter.topic, letter.partition, letter.offset) == ("news.raw", 1, 7)
    assert letter.error == {"kind": "not_json", "message": "bad"}


def test_non_utf8_payload_is_kept_as_base64() -> None:
    payload = b"\xff\xfe\x00raw"
    letter = dead_letter("intake", payload, kind="not_json", message="bad")
    assert letter.value is None
    assert base64.b64decode(letter.value_b64 or "") == payload


def test_dead_letter_encodes_with_its_schema_tag_and_time() -> None:
    obj = orjson.loads(encode(dead_letter("clean", b"{}", kind="empty", message="nothing left", key=b"abc")))
    assert obj["schema"] == "naba.dlq/1" and obj["stage"] == "clean" and obj["key"] == "abc"
    assert obj["at"].endswith("+00:00")
