"""What the round-by-round quotation tests read: each quotation's speaker, in order."""

from __future__ import annotations

from scripts.eval_facts import _entities
from streams.extract.quotes import find_quotes


def speakers(text: str, tagged: bool = False) -> list:
    """Speakers of the quotations in ``text``; with ``tagged``, the entity tagger's names help."""
    return [q.speaker for q in find_quotes(text, _entities(text, tagged))]
