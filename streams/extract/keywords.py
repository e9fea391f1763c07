"""An article's key terms, by TF-IDF over the news: the words and phrases it is about.

Terms are counted by key (``streams.extract.terms``: folded, without clitics and the
article, stopwords out); the inverse document frequency comes from the shipped counts
over ANT and SaudiNewsNet. Two-word phrases (وزارة الخارجية) compete with single words;
a phrase takes the place of its words when they seldom occur outside it. Each term is
returned in its most frequent readable form in the text, without و ف ب ل ك.
"""

from __future__ import annotations

import math
from collections import Counter

from .terms import Terms, term_stats, text_terms

__all__ = ["find_keywords"]

# In a text of at least this many content words a key term occurs twice or more.
MIN_WORDS_FOR_REPEAT = 40
MIN_PHRASE_COUNT = 2
# An unlisted phrase (a story's own: محادثات أستانة) needs this many occurrences.
MIN_NEW_PHRASE_COUNT = 3
# Words that link the parts of a name: a phrase starting or ending with one is cut short.
NAME_LINKS = frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد"})
TA_MARBUTA_FOLDED = "\u0647"
# A word is shown beside a phrase holding it only with this many occurrences outside it.
OWN_OCCURRENCES = 2


def _merge_genders(keys: list[str], df: dict[str, int]) -> list[str]:
    """Keys with the masculine and feminine of one adjective (روسي، روسيه) made one: the
    one more frequent in the news."""
    present = set(keys)
    alias: dict[str, str] = {}
    for k in present:
        if k.endswith(TA_MARBUTA_FOLDED) and k[:-1] in present:
            alias[k] = k[:-1] if df.get(k[:-1], 0) >= df.get(k, 0) else k
            alias[k[:-1]] = alias[k]
    return [alias.get(k, k) for k in keys] if alias else keys


def _phrases(terms: Terms, keys: list[str]) -> Counter[str]:
    """How often each two-word phrase (joined content words, no name link) occurs."""
    out: Counter[str] = Counter()
    for i, joined in enumerate(terms.joined):
        if joined:
            a, b = keys[i - 1], keys[i]
            if a != b and a not in NAME_LINKS and b not in NAME_LINKS:
                out[a + " " + b] += 1
    return out


def _select(
    scored: list[tuple[float, str]],
    counts: Counter[str],
    phrases: Counter[str],
    limit: int,
) -> list[str]:
    """The best keys, a phrase replacing the chosen words it mostly accounts for."""
    chosen: list[str] = []
    for _, key in scored:
        if " " in key:
            n = phrases[key]
            absorbed = [
                w
                for w in key.split(" ")
                if w in chosen and counts[w] - n < OWN_OCCURRENCES
            ]
            if absorbed:
                chosen[chosen.index(absorbed[0])] = key
                for w in absorbed[1:]:
                    chosen.remove(w)
            else:
                chosen.append(key)
        elif not any(
            " " in c
            and key in c.split(" ")
            and counts[key] - phrases[c] < OWN_OCCURRENCES
            for c in chosen
        ):
            chosen.append(key)
        if len(chosen) >= limit:
            break
    return chosen[:limit]


def _forms(terms: Terms, keys: list[str], wanted: set[str]) -> dict[str, Counter[str]]:
    """The readable forms in the text of the wanted keys and phrases, counted."""
    forms: dict[str, Counter[str]] = {k: Counter() for k in wanted}
    for i, key in enumerate(keys):
        if key in wanted:
            forms[key][terms.display(i)] += 1
        if terms.joined[i]:
            phrase = keys[i - 1] + " " + key
            if phrase in wanted:
                forms[phrase][terms.display(i - 1) + " " + terms.display(i)] += 1
    return forms


def find_keywords(text: str, *, limit: int = 8) -> list[str]:
    """Up to ``limit`` key terms of ``text``, best first, in a readable form from the text."""
    terms = text_terms(text)
    if not terms.keys or limit <= 0:
        return []
    stats = term_stats()
    docs, df = stats.docs + 1, stats.df
    keys = _merge_genders(terms.keys, df)
    counts = Counter(keys)
    phrases = _phrases(terms, keys)
    min_count = 2 if len(keys) >= MIN_WORDS_FOR_REPEAT else 1
    scored = [
        (n * math.log(docs / (df.get(k, 0) + 1)), k)
        for k, n in counts.items()
        if n >= min_count
    ]
    scored += [
        (n * math.log(docs / (df.get(k, 0) + 1)), k)
        for k, n in phrases.items()
        if n >= (MIN_PHRASE_COUNT if k in df else MIN_NEW_PHRASE_COUNT)
    ]
    scored.sort(key=lambda sk: -sk[0])
    chosen = _select(scored, counts, phrases, limit)
    forms = _forms(terms, keys, set(chosen))
    return [forms[k].most_common(1)[0][0] for k in chosen]
