"""Document-level consistency for the tagger: a name tagged once is tagged where it recurs.

Within a window of neighbouring sentences (one article, or what stands for one when the
input has no document breaks), every name the CRF found becomes a pattern; untagged
recurrences of it (a clitic allowed on the first word) take the type it got most often.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from .clitics import clitic_length
from .iob import spans

__all__ = ["doc_features", "propagate"]

MIN_CHARS = 3


def _stem(form: str) -> str:
    return form[clitic_length(form) :] if form.isalpha() else form


def _keys(forms: list[str], tags: list[str]) -> list[tuple[tuple[str, ...], str]]:
    out = []
    for i, j, kind in sorted(spans(tags)):
        key = (_stem(forms[i]), *forms[i + 1 : j])
        if sum(map(len, key)) >= MIN_CHARS and key[0].isalpha():
            out.append((key, kind))
    return out


Names = dict[str, list[tuple[tuple[str, ...], str]]]


def _by_first(counts: dict[tuple[str, ...], Counter[str]]) -> Names:
    """Names by their first token, longest first, each with the type it got most often."""
    by_first: Names = defaultdict(list)
    for key, c in counts.items():
        by_first[key[0]].append((key, c.most_common(1)[0][0]))
    for v in by_first.values():
        v.sort(key=lambda e: -len(e[0]))
    return by_first


def _longest_name(forms: list[str], i: int, by_first: Names, free: list[str] | None = None) -> tuple[int, str] | None:
    """Length and type of the longest known name starting at token ``i`` (its first word may
    carry a clitic); with ``free`` (tags), the name's later tokens must be untagged."""
    n = len(forms)
    for first in dict.fromkeys((forms[i], _stem(forms[i]))):
        for key, kind in by_first.get(first, ()):
            k = len(key)
            if i + k <= n and all((free is None or free[i + x] == "O") and forms[i + x] == key[x] for x in range(1, k)):
                return k, kind
    return None


def propagate(sentences: list[list[str]], tags: list[list[str]], window: int = 1_000_000) -> list[list[str]]:
    """Tags with untagged recurrences of found names filled in (``window`` sentences each side)."""
    per = [_keys(f, t) for f, t in zip(sentences, tags)]
    out = [list(t) for t in tags]
    for s, (forms, cur) in enumerate(zip(sentences, out)):
        votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
        for k in range(max(0, s - window), min(len(per), s + window + 1)):
            for key, kind in per[k]:
                votes[key][kind] += 1
        if not votes:
            continue
        by_first = _by_first(votes)
        i, n = 0, len(forms)
        while i < n:
            if cur[i] != "O":
                i += 1
                continue
            hit = _longest_name(forms, i, by_first, free=cur)
            if hit:
                k, kind = hit
                cur[i] = "B-" + kind
                for x in range(i + 1, i + k):
                    cur[x] = "I-" + kind
                i += k
            else:
                i += 1
    return out


def _type(tag: str) -> str:
    return tag[2:] if len(tag) > 2 else "O"


def _window(per_sent: list, keys: list, lo: int, hi: int) -> tuple:
    """Stem → type → count, and names by first token, of sentences ``[lo, hi)``."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for k in range(lo, hi):
        for x, kind in per_sent[k]:
            votes[x][kind] += 1
    kv: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for k in range(lo, hi):
        for key, kind in keys[k]:
            kv[key][kind] += 1
    return votes, _by_first(kv)


def doc_features(sentences: list[list[str]], tags: list[list[str]], window: int = 10) -> list[list[list[str]]]:
    """Second-pass features from first-pass tags of the neighbouring sentences.

    Per token: its own first-pass tag (``p1=``), the type its stem gets most often
    elsewhere in the window (``d=``, or ``d=O`` when seen only untagged) and the label of
    the longest name found in the window that covers it (``ds=``).
    """
    stems = [[_stem(f) for f in forms] for forms in sentences]
    per_sent = [
        [(x, _type(t)) for x, t in zip(st, tg) if len(x) >= 2 and x.isalpha()] for st, tg in zip(stems, tags)
    ]
    keys = [_keys(f, t) for f, t in zip(sentences, tags)]
    out: list[list[list[str]]] = []
    n_s = len(sentences)
    whole = window >= n_s  # one window for all: count once
    cached: tuple | None = None
    for s in range(n_s):
        lo, hi = (0, n_s) if whole else (max(0, s - window), min(n_s, s + window + 1))
        if cached is None or not whole:
            cached = _window(per_sent, keys, lo, hi)
        votes, by_first = cached
        forms, tg, st = sentences[s], tags[s], stems[s]
        n = len(forms)
        feats: list[list[str]] = [["p1=" + t] for t in tg]
        for i in range(n):
            c = votes.get(st[i])
            if not c:
                continue
            own = _type(tg[i])
            best, best_n, seen = "O", 0, -1
            for kind, cnt in c.items():
                if kind == own:
                    cnt -= 1
                seen += cnt + (1 if kind == own else 0)
                if kind != "O" and cnt > best_n:
                    best, best_n = kind, cnt
            if seen > 0:
                feats[i].append("d=" + best)
        i = 0
        while i < n:
            hit = _longest_name(forms, i, by_first)
            if hit:
                k, kind = hit
                feats[i].append("ds=B-" + kind)
                for y in range(i + 1, i + k):
                    feats[y].append("ds=I-" + kind)
                i += k
            else:
                i += 1
        out.append(feats)
    return out
