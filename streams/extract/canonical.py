"""Titles and canonical names of the people, places and organisations of one article.

A person is often named in full once, with a title (الرئيس الروسي فلاديمير بوتين), then by
surname (بوتين) or through a phrase (نظام الأسد). Titles come off the name and are kept
apart; a shorter mention takes the canonical form of the longest mention it is part
of. Document consistency adds the mentions the tagger missed: a name tagged once is
the same name wherever it recurs in the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .clitics import clitic_length, may_start, stem_after
from .ner_features import TITLES
from .ner_tokens import Token
from .nisba import nisba_country

__all__ = ["Mention", "add_recurrences", "canonical_text", "claim_spans", "split_titles", "unify_people"]

HARAKAT_RE = re.compile("[\u0640\u064b-\u065f\u0670]")
COMMAS = {"\u060c", ","}
MAX_TITLE_GAP = 4
PATRONYMIC_LINKS = frozenset({"\u0628\u0646", "\u0627\u0628\u0646", "\u0628\u0646\u062a"})  # بن، ابن، بنت (folded)
# Words a person's name goes on after (folded: آل، عبد، بن، ابن، بنت، أبو): a name never ends on one.
NAME_LINKS = frozenset({"\u0627\u0644", "\u0639\u0628\u062f", "\u0628\u0646", "\u0627\u0628\u0646", "\u0628\u0646\u062a",
                        "\u0627\u0628\u0648"})
# Last words of a name that never recur alone as the person: everyday words (الله، عبد، بن، ابن، ابو) and honorifics a
# tagger's span may end on (مطار الملك عبدالعزيز الدولي صاحب | السمو). Title words neither: see add_recurrences.
WEAK_SURNAMES = frozenset({"\u0627\u0644\u0644\u0647", "\u0639\u0628\u062f", "\u0628\u0646", "\u0627\u0628\u0646", "\u0627\u0628\u0648",
                           "\u0627\u0644\u0633\u0645\u0648", "\u0627\u0644\u0645\u0644\u0643\u064a"})  # السمو، الملكي


@dataclass(slots=True)
class Mention:
    """An entity mention over tokens ``[i, j)``; ``cut`` folded clitic chars on token i."""

    type: str
    i: int
    j: int
    cut: int = 0
    title: tuple[int, int] | None = None  # token range of the title, when split off
    title_cut: int = 0
    canonical: str | None = None
    key: tuple[str, ...] = ()


def stem(form: str) -> str:
    """The folded word without its attached conjunction or preposition."""
    return form[clitic_length(form) :] if form.isalpha() else form


def mention_key(tokens: list[Token], m: Mention) -> tuple[str, ...]:
    """The folded tokens of a mention, clitics off the first (and its article whole)."""
    forms = [t.form for t in tokens[m.i : m.j]]
    forms[0] = stem_after(forms[0], m.cut)
    return tuple(forms)


def canonical_text(text: str) -> str:
    """A mention's text as a canonical name: no diacritics, tatweel or extra spaces."""
    return " ".join(HARAKAT_RE.sub("", text).split())


def _is_title(form: str) -> bool:
    return stem(form) in TITLES


def split_titles(tokens: list[Token], mentions: list[Mention], taken: set[int]) -> None:
    """Move leading title words out of person spans, and find titles just before them.

    ``taken`` holds the token indices already inside some mention.
    """
    for m in mentions:
        if m.type != "PERS":
            continue
        # title words the tagger put inside the span
        k = m.i
        while k < m.j - 1 and (_is_title(tokens[k].form) or tokens[k].form.startswith("\u0627\u0644")
                               and nisba_country(tokens[k].form) is not None):
            k += 1  # (الروماني | بولوني: a nationality before the name describes him, as a title does; not the
            # first name تركي, which reads as one without the article)
        if k > m.i:
            head = m.i
            while head > 0 and _is_title(tokens[head - 1].form) and head - 1 not in taken:
                head -= 1  # المدرب | الروماني بولوني: the title before the span too
            m.title, m.title_cut = (head, k), clitic_length(tokens[head].form)
            m.i, m.cut = k, 0
            continue
        # a title right before the name: up to MAX_TITLE_GAP words, maybe a comma between
        p = m.i - 1
        if p >= 0 and tokens[p].form in COMMAS:
            p -= 1
        end = p + 1
        head = None
        q = p
        while q >= 0 and end - q <= MAX_TITLE_GAP:
            t = tokens[q]
            if not t.form.isalpha() or (q in taken and not _is_title(t.form)):
                break
            if _is_title(t.form):
                head = q
                break
            q -= 1
        if head is None:
            continue
        while head > 0 and _is_title(tokens[head - 1].form) and head - 1 not in taken:
            head -= 1
        m.title, m.title_cut = (head, end), clitic_length(tokens[head].form)


def unify_people(tokens: list[Token], mentions: list[Mention]) -> None:
    """Give each person mention the key of the longest person mention containing it (the
    earliest in the text among equally long ones, so the choice does not hang on hash order).
    Never where the name stands after بن/ابن/بنت: الملك سلمان is not محمد بن سلمان, his son."""
    people = sorted((m for m in mentions if m.type == "PERS"), key=lambda m: m.i)
    full = sorted(dict.fromkeys(m.key for m in people), key=len, reverse=True)
    for m in people:
        linked = 0 < m.i <= len(tokens) and tokens[m.i - 1].form in PATRONYMIC_LINKS  # (وقال بن | مساعد: the link
        # left outside)
        for f in full:
            if len(f) <= len(m.key):
                break
            n = len(m.key)
            if any(f[s : s + n] == m.key and (s == 0 or linked or f[s - 1] not in PATRONYMIC_LINKS)
                   for s in range(len(f) - n + 1)):
                m.canonical = " ".join(f)  # folded key, resolved to display text by caller
                break


def claim_spans(
    tokens: list[Token], taken: set[int], match: Callable[[int], Mention | None], starts: Iterable[int]
) -> list[Mention]:
    """Left to right over the untaken word tokens among ``starts`` (ascending; wherever
    ``match`` may find something), the mentions ``match`` finds starting there; each claims
    its tokens in ``taken``, so later matches cannot overlap it."""
    found: list[Mention] = []
    free = 0  # tokens before this one are inside a mention found here
    for i in starts:
        if i < free or i in taken or not tokens[i].form.isalpha():
            continue
        hit = match(i)
        if hit is not None:
            found.append(hit)
            taken.update(range(hit.i, hit.j))
            free = hit.j
    return found


def add_recurrences(tokens: list[Token], mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """Mentions of already-found names where the tagger missed them (same article).

    Full names recur with their type; a person's surname alone (الأسد) recurs as that person.
    """
    wanted: dict[tuple[str, ...], str] = {}
    for m in mentions:
        if m.type == "PERS" and len(m.key) >= 2:
            sur = m.key[-1]
            if len(sur) >= 3 and sur not in WEAK_SURNAMES and not _is_title(sur):  # (آل الشيخ: الشيخ alone is
                # the title of any sheikh in the article)
                wanted.setdefault((sur,), "PERS")
        if sum(len(x) for x in m.key) >= 3:
            wanted.setdefault(m.key, m.type)
    if not wanted:
        return []
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, kind in wanted.items():
        by_first.setdefault(key[0], []).append((key, kind))
    for v in by_first.values():
        v.sort(key=lambda e: -len(e[0]))
    n = len(tokens)

    def match(i: int) -> Mention | None:
        form = tokens[i].form
        cut = clitic_length(form)
        for c in (0, cut) if cut else (0,):
            for key, kind in by_first.get(form[c:], ()):
                k = len(key)
                if i + k <= n and all(tokens[i + x].form == key[x] and i + x not in taken for x in range(1, k)):
                    return Mention(kind, i, i + k, c, key=key)
        return None

    return claim_spans(tokens, taken, match, may_start([t.form for t in tokens], by_first))


def join_split_names(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """The recurrences in ``found`` that stand alone: a surname found right after the person whose full name it
    completes (نور الدين الحاج | علي, with نور الدين الحاج علي named in the article) lengthens that mention."""
    people = {m.key for m in mentions if m.type == "PERS"}
    ends = {m.j: m for m in mentions if m.type == "PERS"}
    alone = []
    for r in found:
        before = ends.get(r.i) if r.type == "PERS" and len(r.key) == 1 and r.cut == 0 else None
        if before is not None and before.key + r.key in people:
            before.j, before.key = r.j, before.key + r.key
        else:
            alone.append(r)
    return alone
