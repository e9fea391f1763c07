"""The one way a stage says no: ``Reject``, with a kind and a message for the DLQ."""

from __future__ import annotations

__all__ = ["Reject"]


class Reject(Exception):
    """Input a stage cannot handle; the message goes to the DLQ with this reason.

    ``kind`` is a short stable word (``not_json``, ``schema``, ``empty``, ``too_large``,
    ``bad_html``...) that consumers can count by; ``message`` says what was wrong.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind = kind
        self.message = message
