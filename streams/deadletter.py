"""Dead letters: what a stage could not handle, with why and the original bytes."""

from __future__ import annotations

import base64
import datetime as dt

from .records import DeadLetter

__all__ = ["dead_letter"]


def dead_letter(
    stage: str,
    payload: bytes | str | None,
    *,
    kind: str,
    message: str,
    key: bytes | str | None = None,
    topic: str | None = None,
    partition: int | None = None,
    offset: int | None = None,
) -> DeadLetter:
    """The DLQ record for ``payload``: its text when it is UTF-8, base64 otherwise, so
    nothing is lost and the original can be replayed byte for byte."""
    value: str | None = None
    value_b64: str | None = None
    if isinstance(payload, str):
        value = payload
    elif payload is not None:
        try:
            value = bytes(payload).decode("utf-8")
        except UnicodeDecodeError:
            value_b64 = base64.b64encode(bytes(payload)).decode("ascii")
    if isinstance(key, (bytes, bytearray)):
        key = bytes(key).decode("utf-8", errors="replace")
    return DeadLetter(
        stage=stage,
        error={"kind": kind, "message": message},
        value=value,
        value_b64=value_b64,
        key=key,
        topic=topic,
        partition=partition,
        offset=offset,
        at=dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"),
    )
