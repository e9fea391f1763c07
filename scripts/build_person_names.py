"""Build the first-name lexicon the quotation extractor uses as evidence for a speaker's name.

A person's first name is the first bare word after a person's title and its adjectives
(الرئيس التركي رجب، الدكتور شوقي، العقيد تركي) or the word before بن (محمد بن سلمان). The
words are counted over the news corpora in ``shared/data/news/`` (SaudiNewsNet, ANT) and
kept when they come back often enough and a good share of their occurrences are there, together with ANERGazet's person names that are
not article-words; only the folded words are written, never article text.

Usage: .venv/bin/python scripts/build_person_names.py [--data ../shared/data] [--min-count 2]
Writes streams/extract/data/person_names.json.gz.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from scripts.news_words import news_texts, write_json_gz
from streams.arabic import fold
from streams.extract.quotes import (
    FUNCTION_WORDS,
    PERSON_TITLES,
    STOP_WORDS,
    TITLE_WORDS,
)

OUT = REPO / "streams/extract/data/person_names.json.gz"
WORD_RE = re.compile("[\u0621-\u064a]+")
ARTICLE = "\u0627\u0644"  # ال
BIN = frozenset({"\u0628\u0646", "\u0627\u0628\u0646", "\u0628\u0646\u062a"})  # بن ابن بنت
MAX_ADJECTIVES = 3  # الرئيس التركي السابق عبد الله
GLUED = "\u0644\u0628\u0648\u0641"  # ل ب و ف
MIN_SHARE = 0.1  # of a word's occurrences, after a title or before بن: a name, not a noun (تطبيق، بدء)


def _fold(word: str) -> str:
    return fold(word)[0]


def mine(texts: list[str], min_count: int) -> set[str]:
    """First names after titles (skipping their article-word adjectives) and before بن."""
    titles = {_fold(t) for t in PERSON_TITLES if t.startswith(ARTICLE) or t in ("\u062f",)}
    not_names = {_fold(w) for w in (*TITLE_WORDS, *STOP_WORDS, *FUNCTION_WORDS)}
    counts: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for text in texts:
        words = WORD_RE.findall(fold(text)[0])
        total.update(words)
        for k, word in enumerate(words):
            if word in BIN and k and not words[k - 1].startswith(ARTICLE):
                counts[words[k - 1]] += 1
            if word not in titles:
                continue
            j = k + 1
            while j < len(words) and j - k <= MAX_ADJECTIVES and words[j].startswith(ARTICLE):
                j += 1
            if j < len(words) and not words[j].startswith(ARTICLE):
                counts[words[j]] += 1
    return {w for w, c in counts.items() if c >= min_count and c >= MIN_SHARE * total[w]
            and len(w) >= 2 and w not in not_names
            and not w.startswith("\u0644\u0644") and not (w[0] in GLUED and total[w[1:]] > total[w])  # لشركة، والمسؤول
            and not _inflected(w, total, counts)}


MIN_NAMED = 2  # times after a title or before بن that make a stem a name (سمير in سميره)
FUTURE = ("\u0633\u064a", "\u0633\u062a", "\u0633\u0646")  # سي ست سن: سيحافظ، ستكمل
OBJECT_PRONOUNS = ("\u062a\u0647\u0627", "\u062a\u0647\u0645", "\u062a\u0647", "\u0647\u0645", "\u0647\u0627", "\u0647")  # تها تهم ته هم ها ه


def _inflected(w: str, total: Counter[str], named: Counter[str]) -> bool:
    """A word the news uses more often without an attached piece than with it: كحادث، كطفلة (like a ...),
    سيحافظ (the future of يحافظ), رفضته، ترسيتها (a pronoun object or owner), سالما، واقفا (the accusative of a
    participle): a verb or noun that a title happened to precede, never a first name (but كمال, four letters; and
    سميرة، نيكولا, folded سميره، نيكولا: a name whose stem is a name too, counted in ``named``)."""
    if len(w) >= 5 and w[0] == "\u0643" and total[w[1:]] > total[w]:
        return True
    if len(w) >= 5 and w.startswith(FUTURE) and total[w[1:]] > total[w]:
        return True
    if len(w) >= 5 and w.endswith("\u0627") and total[w[:-1]] > total[w] and named[w[:-1]] < MIN_NAMED:
        return True
    for suffix in OBJECT_PRONOUNS:
        stem = w[:-len(suffix)] + ("\u0647" if suffix[0] == "\u062a" else "")  # ترسيتها: ترسية + ها
        if len(w) >= 5 and w.endswith(suffix) and len(stem) >= 3 and total[stem] > total[w] and named[stem] < MIN_NAMED:
            return True
    return False


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args(argv)
    texts = news_texts(args.data)
    names = mine(texts, args.min_count)
    gazet = args.data / "gazetteers" / "ANERGazet_Pers.txt"
    if gazet.exists():
        names |= {w for w in map(_fold, gazet.read_text(encoding="utf-8").split()) if len(w) >= 2
                  and not w.startswith(ARTICLE) and WORD_RE.fullmatch(w)}
    write_json_gz(OUT, {"first_names": sorted(names)})
    print(f"{len(names)} first names -> {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
