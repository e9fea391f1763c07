"""The entity tagger's shipped word knowledge: counts, clusters, gazetteers, places.

All of it is package data under ``streams/extract/data/`` built by the scripts in
``scripts/`` (build_ner_lexicon, build_places, build_gazetteers), loaded once on first
use, never at import.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import orjson

__all__ = ["Gazetteers", "Lexicon", "Places", "first_names", "gazetteers", "lexicon", "places", "verb_forms"]

_PKG = "streams.extract.data"


def _read(name: str) -> Any:
    raw = resources.files(_PKG).joinpath(name).read_bytes()
    return orjson.loads(gzip.decompress(raw) if name.endswith(".gz") else raw)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Folded word → corpus count, and word-cluster ids at several granularities."""

    freq: dict[str, int]
    coarse: dict[str, int]  # 64 clusters
    fine: dict[str, int]  # 512 clusters
    levels: tuple[tuple[int, dict[str, int]], ...]  # (k, word -> cluster) for every k built


@dataclass(frozen=True, slots=True)
class Gazetteers:
    """Single-token names by kind, and multi-token names by their first token."""

    single: dict[str, frozenset[str]]  # folded token -> kinds
    multi: dict[str, list[tuple[tuple[str, ...], str]]]  # first token -> [(rest, kind)]


@dataclass(frozen=True, slots=True)
class Places:
    """Folded place name → (canonical, ISO alpha-2, lat, lon, kind); nisba bases → ISO."""

    names: dict[str, tuple[str, str, float | None, float | None, str]]
    countries: dict[str, str]  # ISO -> canonical Arabic name
    nisba: dict[str, str]


@cache
def lexicon() -> Lexicon:
    """Word counts and clusters learned from the news corpora."""
    d = _read("ner_lexicon.json.gz")
    levels = tuple(sorted((int(k[1:]), v) for k, v in d.items() if k.startswith("c")))
    return Lexicon(freq=d["freq"], coarse=d["c64"], fine=d["c512"], levels=levels)


@cache
def gazetteers() -> Gazetteers:
    """Name lists (ANERGazet, CLDR countries, GeoNames cities, hand lists)."""
    d = _read("gazetteers.json")
    single: dict[str, set[str]] = {}
    multi: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for kind, names in d.items():
        for name in names:
            toks = name.split(" ")
            if len(toks) == 1:
                single.setdefault(name, set()).add(kind)
            else:
                multi.setdefault(toks[0], []).append((tuple(toks[1:]), kind))
    for entries in multi.values():
        entries.sort(key=lambda e: -len(e[0]))
    return Gazetteers(single={k: frozenset(v) for k, v in single.items()}, multi=multi)


@cache
def first_names() -> frozenset[str]:
    """Folded first names mined from the news (scripts/build_person_names.py): evidence that a
    bare word is a person's name, for the quotation and amount extractors."""
    return frozenset(_read("person_names.json.gz")["first_names"])


@cache
def verb_forms() -> frozenset[str]:
    """Folded verb forms mined from the news (scripts/build_verb_forms.py): words seen after قد، لم، لن، سوف,
    evidence that a clause, not a subject, follows a speech verb."""
    return frozenset(_read("verb_forms.json.gz")["verbs"])


@cache
def places() -> Places:
    """The place gazetteer with ISO codes and coordinates."""
    d = _read("places.json")
    return Places(
        names={k: tuple(v) for k, v in d["names"].items()},  # type: ignore[misc]
        countries=d["countries"],
        nisba=d["nisba"],
    )


@cache
def place_share() -> dict[str, tuple[int, int]]:
    """For each listed one-word country or city name: (times the tagger read it as a place,
    times seen) over the news (scripts/build_place_share.py)."""
    return {k: (v[0], v[1]) for k, v in _read("place_share.json").items()}
