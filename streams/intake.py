"""Reading ``news.raw``: bytes in, a validated ``RawArticle`` out, or a ``Reject`` saying why."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

import orjson
from jsonschema import Draft202012Validator

from .errors import Reject
from .identity import host_of
from .records import RawArticle

__all__ = ["MAX_BODY_CHARS", "parse_raw", "raw_schema"]

# Larger bodies are not articles (whole sites, binary dumps): they go to the DLQ as too_large.
MAX_BODY_CHARS = 2_000_000


@functools.cache
def raw_schema() -> dict[str, Any]:
    """The published JSON Schema of ``news.raw``."""
    text = resources.files("streams.schemas").joinpath("naba.raw-1.json").read_text("utf-8")
    return json.loads(text)


@functools.cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(raw_schema())


def parse_raw(payload: bytes | str) -> RawArticle:
    """The raw article in ``payload``; ``Reject`` (not_json, schema, too_large) when it is not one."""
    try:
        obj = orjson.loads(payload)
    except orjson.JSONDecodeError as exc:
        raise Reject("not_json", f"not valid UTF-8 JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise Reject("schema", f"expected a JSON object, got {type(obj).__name__}")
    errors = sorted(_validator().iter_errors(obj), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or "(record)"
        raise Reject("schema", f"{where}: {first.message}")
    if len(obj["body"]) > MAX_BODY_CHARS:
        raise Reject("too_large", f"body has {len(obj['body'])} characters; the limit is {MAX_BODY_CHARS}")
    return RawArticle(
        url=obj["url"].strip(),
        body=obj["body"],
        content_type=obj.get("content_type") or "text/plain",
        source=obj.get("source") or host_of(obj["url"]),
        title=obj.get("title"),
        published_at=obj.get("published_at"),
        fetched_at=obj.get("fetched_at"),
        lang=obj.get("lang"),
        meta=obj.get("meta"),
    )
