"""Nisba adjectives: الروسي، الكازاخستانية، الأمريكيين → the country they come from.

Matched on the folded token: an attached conjunction/preposition and ال come off, then
the adjective ending (ي، ية، يون، يين، يان، يتان، يتين، يات); what is left is looked up
among the nisba bases of the place gazetteer. A word that is itself a place name
(سورية, the country) is not a nisba. لل is ل + ال (للروسي) or ل before a name's own
ل (للبناني), so the longer reading is tried first, then the shorter.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .ner_lexicon import places

__all__ = ["nisba_country"]

# folded letters: و ف ب ل ك, ال, and the endings with ya (ي) and folded ta marbuta (ه)
PREFIX_RE = re.compile("^(?:[\u0648\u0641]?[\u0628\u0644\u0643]?)(?:\u0627\u0644|\u0644(?=\u0644))?")
LL = "\u0644\u0644"  # ل + ال with the alef dropped
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
    if form in pl.names:
        return None
    m = PREFIX_RE.match(form)
    cores = [form[m.end() :] if m else form]
    k = form.find(LL, 0, 3)  # للروسي، وللروسي، فللروسية
    if k >= 0 and form[:k] in ("", "\u0648", "\u0641"):
        cores.insert(0, form[k + 2 :])
    for core in cores:
        if core in pl.names or ("\u0627\u0644" + core) in pl.names:
            return None
        s = SUFFIX_RE.search(core)
        if s and core[: s.start()] in pl.nisba:
            return pl.nisba[core[: s.start()]]
    return None
