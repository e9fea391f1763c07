"""Place linking: a place name (as found, clitics off) → canonical name, ISO code, coordinates.

Names are looked up folded, with and without ال, so أستانة/أستانا/آستانة meet. ``match_places``
also finds listed names the tagger missed (multi-word ones included), token-wise.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from .clitics import AL, clitic_length, may_start
from .ner_lexicon import lexicon, place_share, places
from .ner_tokens import Token

__all__ = ["PlaceLink", "link_place", "match_places", "matchable"]

MIN_COUNTRIES_IN_CLUSTER = 5
MIN_CITIES_IN_CLUSTER = 10
MIN_SEEN = 5  # times a name must occur in the news before the tagger's reading of it counts
PLACE_SHARE = 0.5  # read as a place at least this often: a place name
SOME_SHARE = 0.1  # ... this often, and in a place cluster: a place name that is also a word
EVERYDAY = 2000  # news frequency above which a name is an everyday word first (المدينة)

PlaceLink = tuple[str, str, float | None, float | None, str]  # canonical, iso, lat, lon, kind
# Listed spellings that name something else far more often than the city they are listed for: الجزيرة, a GeoNames
# name of Algiers, is the (Arabian) peninsula, the channel or Sudan's state in the news (20 of 7,226 linked places in
# 3,000 SaudiNewsNet articles went to Algiers). They stay in the tagger's gazetteer; they are never linked.
NEVER_LINKED = frozenset({"\u0627\u0644\u062c\u0632\u064a\u0631\u0647"})  # الجزيره (folded)


def link_place(folded_name: str) -> PlaceLink | None:
    """The gazetteer entry of a folded place name (one space between tokens), if any.

    A town (linked only, never matched) must be spelt as listed, ال and all, and be a word
    the news uses like a place: قصر or الجامعة are no towns in Algeria."""
    names = places().names
    if folded_name in NEVER_LINKED or AL + folded_name in NEVER_LINKED:
        return None
    hit = names.get(folded_name)
    if hit is not None:
        return hit if hit[4] != "town" or _place_like(folded_name) else None  # type: ignore[return-value]
    other = folded_name[2:] if folded_name.startswith(AL) else AL + folded_name
    hit = names.get(other)
    return hit if hit is not None and hit[4] != "town" else None  # type: ignore[return-value]


@cache
def _place_clusters() -> frozenset[int]:
    """Coarse word clusters that hold at least five country names: where places live."""
    coarse = lexicon().coarse
    counts = Counter(coarse[k] for k, v in places().names.items() if v[4] == "country" and k in coarse)
    return frozenset(c for c, n in counts.items() if n >= MIN_COUNTRIES_IN_CLUSTER)


@cache
def _fine_place_clusters() -> frozenset[int]:
    """Fine word clusters that hold five country names or ten city names."""
    fine = lexicon().fine
    countries = Counter(fine[k] for k, v in places().names.items() if v[4] == "country" and k in fine)
    cities = Counter(fine[k] for k, v in places().names.items() if v[4] in ("city", "place") and k in fine)
    return frozenset(c for c in countries | cities
                     if countries[c] >= MIN_COUNTRIES_IN_CLUSTER or cities[c] >= MIN_CITIES_IN_CLUSTER)


def matchable(name: str) -> bool:
    """Whether a place name may be matched on its own: not a town or linked-only name; a region,
    a hand-listed place or a name of several words; else, for a one-word country or city the
    news has enough of, the sentence tagger reads it as a place often enough there; else a
    country, or a word the news uses like a place (its cluster) or too rarely to know."""
    entry = places().names[name]
    if entry[4] in ("linked", "town"):
        return False
    if entry[4] in ("place", "region") or " " in name:
        return True
    loc, seen = place_share().get(name, (0, 0))
    if seen >= MIN_SEEN:  # the news decides: قوله (Kavala), الجديد, مالي (financial) are words first
        share = loc / seen
        return share >= PLACE_SHARE or (
            share >= SOME_SHARE and lexicon().fine.get(name) in _fine_place_clusters()
            and lexicon().freq.get(name, 0) <= EVERYDAY
        )
    return entry[4] == "country" or _place_like(name)


def _place_like(name: str) -> bool:
    """More than one word, or a word the news uses like a place (its cluster) or too rarely to know."""
    if " " in name:
        return True
    c = lexicon().coarse.get(name)
    return c is None or c in _place_clusters()


@cache
def _index() -> dict[str, list[tuple[str, ...]]]:
    """First token → token tuples of every matchable place name, longest first."""
    idx: dict[str, list[tuple[str, ...]]] = {}
    for name in places().names:
        toks = tuple(name.split(" "))
        if len(toks[0]) >= 3 and matchable(name):
            idx.setdefault(toks[0], []).append(toks)
    for v in idx.values():
        v.sort(key=len, reverse=True)
    return idx


def match_places(tokens: list[Token]) -> list[tuple[int, int, int]]:
    """Listed place names in ``tokens``: ``(first, last + 1, clitic chars on the first)``."""
    idx = _index()
    out = []
    n = len(tokens)
    free = 0  # tokens before this one are inside a name found already
    for i in may_start([t.form for t in tokens], idx):
        if i < free:
            continue
        form = tokens[i].form
        cut = clitic_length(form) if form.isalpha() else 0
        found = None
        for first in (form[cut:], form) if cut else (form,):
            for toks in idx.get(first, ()):
                k = len(toks)
                if i + k <= n and all(tokens[i + j].form == toks[j] for j in range(1, k)):
                    found = (i, i + k, cut if first != form else 0)
                    break
            if found:
                break
        if found:
            out.append(found)
            free = found[1]
    return out
