"""Reading ``news.raw``: bytes in, a validated ``RawArticle`` out, or a ``Reject`` saying why."""

from __future__ import annotations

import orjson
from jsonschema import ValidationError

from .errors import Reject
from .identity import host_of
from .records import RawArticle
from .schemas import validator

__all__ = ["MAX_BODY_CHARS", "parse_raw"]

# Larger bodies are not articles (whole sites, binary dumps): they go to the DLQ as too_large.
MAX_BODY_CHARS = 2_000_000


def _explain(error: ValidationError) -> str:
    """One line a scraper's author understands."""
    where = "/".join(str(p) for p in error.absolute_path) or "the record"
    if error.validator == "pattern" and where == "url":
        return f"url must be an absolute http(s) URL, got {error.instance!r:.80}"
    if error.validator == "minLength" and where == "body":
        return "body is empty"
    return f"{where}: {error.message:.200}"


def parse_raw(payload: bytes | str) -> RawArticle:
    """The raw article in ``payload``; ``Reject`` (not_json, schema, too_large) when it is not one."""
    try:
        obj = orjson.loads(payload)
    except orjson.JSONDecodeError as exc:
        raise Reject("not_json", f"not valid UTF-8 JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise Reject("schema", f"expected a JSON object, got {type(obj).__name__}")
    errors = sorted(validator("naba.raw/1").iter_errors(obj), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        raise Reject("schema", "; ".join(_explain(e) for e in errors[:3]))
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
