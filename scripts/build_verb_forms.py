"""Build the verb-form lexicon the quotation extractor uses to tell a clause from a subject.

A word right after قد، لقد، لم، لن or سوف is a verb (قد تلقت، لم يتم، لن نسكت، سوف نطالب): these particles take
nothing else. The words are counted over the news corpora in ``shared/data/news/`` (SaudiNewsNet, ANT) and kept
when they come back often enough and a good share of their occurrences are there (a noun such as نحو، أكثر،
صاحب follows قد now and then, in قد يصل إلى نحو; a verb far more often); only the folded words are written, never article text. With it, a speech verb
followed at once by a verb (وأضاف بلغت التكلفة …، مضيفا تلقت غرفة العمليات …) reads as words reported with their
complementizer left out, not as a subject.

Usage: .venv/bin/python scripts/build_verb_forms.py [--data ../shared/data] [--min-count 2]
Writes streams/extract/data/verb_forms.json.gz.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from scripts.news_words import news_texts, write_json_gz
from streams.arabic import fold
from streams.extract.quotes import FUNCTION_WORDS, STOP_WORDS

OUT = REPO / "streams/extract/data/verb_forms.json.gz"
WORD_RE = re.compile("[\u0621-\u064a]+")
ARTICLE = "\u0627\u0644"  # ال
# Particles only a verb follows: قد (perfect or imperfect), لم and لن (imperfect), سوف (imperfect), with و/ف/ل.
PARTICLES = ("قد", "لقد", "وقد", "فقد", "لم", "ولم", "فلم", "لن", "ولن", "فلن", "سوف", "وسوف")
MIN_SHARE = 0.01  # of a word's occurrences, right after a particle


def _fold(word: str) -> str:
    return fold(word)[0]


def mine(texts: list[str], min_count: int) -> set[str]:
    """Words seen at least ``min_count`` times right after a particle that only a verb follows."""
    particles = {_fold(p) for p in PARTICLES}
    not_verbs = {_fold(w) for w in (*STOP_WORDS, *FUNCTION_WORDS)}
    counts: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for text in texts:
        words = WORD_RE.findall(_fold(text))
        total.update(words)
        counts.update(b for a, b in pairwise(words) if a in particles)
    return {w for w, c in counts.items() if c >= min_count and c >= MIN_SHARE * total[w] and len(w) >= 2 and w not in not_verbs
            and w not in particles and not w.startswith(ARTICLE)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args(argv)
    texts = news_texts(args.data)
    verbs = mine(texts, args.min_count)
    write_json_gz(OUT, {"verbs": sorted(verbs)})
    print(f"{len(verbs)} verb forms -> {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
