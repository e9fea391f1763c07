"""Nisba adjectives: الروسي، الكازاخستانية، الأمريكيين → the country they come from.

Matched on the folded token: an attached conjunction/preposition and ال come off, then
the adjective ending (ي، ية، يون، يين، يان، يتان، يتين، يات); what is left is looked up
among the nisba bases of the place gazetteer. A word that is itself a place name
(سورية, the country) is not a nisba.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .ner_lexicon import places

__all__ = ["nisba_country"]

# folded letters: و ف ب ل ك, ال, and the endings with ya (ي) and folded ta marbuta (ه)
PREFIX_RE = re.compile("^(?:[\u0648\u0641]?[\u0628\u0644\u0643]?)(?:\u0627\u0644|\u0644(?=\u0644))?")
SUFFIX_RE = re.compile(
    "(?:\u064a\u062a\u0627\u0646|\u064a\u062a\u064a\u0646|\u064a\u0648\u0646|\u064a\u064a\u0646"
    "|\u064a\u0627\u0646|\u064a\u0627\u062a|\u064a\u0647|\u064a)$"
)


@lru_cache(maxsize=50_000)
def nisba_country(form: str) -> str | None:
    """The ISO code of the country a folded nisba adjective refers to, else None."""
    if len(form) < 4 or not form.isalpha():
        return None
    pl = places()
    m = PREFIX_RE.match(form)
    core = form[m.end() :] if m else form
    if form in pl.names or core in pl.names or ("\u0627\u0644" + core) in pl.names:
        return None
    s = SUFFIX_RE.search(core)
    return pl.nisba.get(core[: s.start()]) if s else None
