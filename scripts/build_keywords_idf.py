"""Build the keyword document frequencies from the shared news corpora.

Counts, for every term key (``streams.extract.terms``) and every two-term phrase, how
many articles of ``shared/data/news`` hold it (ANT ``text``, SaudiNewsNet ``content``).
Two passes: the first counts with only the sure clitics split (و/ب/ل before ال); the
second splits bare words too, deciding by the first pass's counts, as the run time does
with the shipped ones.

Usage: .venv/bin/python scripts/build_keywords_idf.py [--data ../shared/data]
Writes streams/extract/data/idf.json.gz: {"docs": N, "df": {key: count}}. Only integer
counts of the most frequent terms ship, never article text.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's streams, not an installed one

from streams.arabic import match_key
from streams.extract.terms import WORD_RE, content_split

OUT = Path(__file__).resolve().parents[1] / "streams/extract/data/idf.json.gz"
N_UNIGRAMS = 50_000
N_BIGRAMS = 20_000
MIN_DF = 2
MIN_BIGRAM_DF = 3


def read_texts(data: Path) -> Iterator[str]:
    """Article bodies of the news corpora (ANT ``text``, SaudiNewsNet ``content``)."""
    with gzip.open(data / "news/ant_v1.1.jsonl.gz") as fh:
        for line in fh:
            yield orjson.loads(line).get("text") or ""
    with gzip.open(data / "news/saudinewsnet-dev.jsonl.gz") as fh:
        for line in fh:
            yield orjson.loads(line).get("content") or ""


def doc_terms(
    text: str, df: Mapping[str, int], cache: dict[str, object], bigrams: bool
) -> set[str]:
    """The distinct term keys (and joined two-term phrases) of one text."""
    folded = match_key(text)
    out: set[str] = set()
    prev_key, prev_end = "", -2
    for m in WORD_RE.finditer(folded):
        word = m.group()
        split = cache.get(word, cache)
        if split is cache:
            split = cache[word] = content_split(word, df)
        if split is None:
            prev_end = -2
            continue
        clitic, _, key = split  # type: ignore[misc]
        out.add(key)
        start = m.start()
        if (
            bigrams
            and clitic == 0
            and start == prev_end + 1
            and folded[prev_end] == " "
        ):
            out.add(prev_key + " " + key)
        prev_key, prev_end = key, m.end()
    return out


def count(texts: list[str], df: Mapping[str, int], bigrams: bool) -> Counter[str]:
    """Document frequencies of the term keys of ``texts``."""
    cache: dict[str, object] = {}
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(doc_terms(text, df, cache, bigrams))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared/data"
    )
    args = parser.parse_args()
    t0 = time.perf_counter()
    texts = list(read_texts(args.data))
    first = count(texts, {}, bigrams=False)
    print(
        f"pass 1: {len(texts)} docs, {len(first)} keys, {time.perf_counter() - t0:.0f}s"
    )
    final = count(texts, first, bigrams=True)
    uni = [(k, v) for k, v in final.most_common() if " " not in k and v >= MIN_DF][
        :N_UNIGRAMS
    ]
    bi = [(k, v) for k, v in final.most_common() if " " in k and v >= MIN_BIGRAM_DF][
        :N_BIGRAMS
    ]
    df = dict(sorted(uni + bi))
    OUT.write_bytes(
        gzip.compress(orjson.dumps({"docs": len(texts), "df": df}), mtime=0)
    )
    print(
        f"pass 2: {len(uni)} terms (df >= {uni[-1][1]}), {len(bi)} phrases (df >= {bi[-1][1]}), "
        f"{OUT.stat().st_size // 1024} KiB, {time.perf_counter() - t0:.0f}s"
    )


if __name__ == "__main__":
    main()
