"""MinHash signatures of article texts and their LSH bands (datasketch).

Two copies of a story that differ by a dateline, a sentence or a spelling share most of
their word 3-grams; MinHash estimates that share (Jaccard similarity) from 64 numbers,
and locality-sensitive hashing cuts the numbers into bands so that near copies share a
band key with high probability: with 16 bands of 4 rows, a pair at similarity 0.7 shares
one in more than 98 of 100 draws, a pair at 0.3 in about 12.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache

import numpy as np
from datasketch import MinHash

from ..arabic import fold

__all__ = ["BANDS", "NUM_PERM", "ROWS", "band_keys", "shingles", "signature", "similarity"]

NUM_PERM = 64
BANDS, ROWS = 16, 4
SHINGLE = 3  # words per shingle
SEED = 7

WORD_RE = re.compile(r"\w+")


@cache
def _template() -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED)


def shingles(text: str) -> set[bytes]:
    """Word 3-grams of the text in match form (diacritics, alef and ya variants folded)."""
    folded, _ = fold(text)
    words = WORD_RE.findall(folded.lower())
    n = min(SHINGLE, len(words))
    return {" ".join(words[i : i + n]).encode("utf-8") for i in range(len(words) - n + 1)} if n else set()


def signature(text: str) -> list[int]:
    """The text's MinHash signature (``NUM_PERM`` numbers); empty when it has no words."""
    grams = shingles(text)
    if not grams:
        return []
    t = _template()
    m = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=t.permutations, scheme=t.scheme)
    m.update_batch(list(grams))
    return [int(v) for v in m.hashvalues]


def band_keys(sig: list[int]) -> list[str]:
    """One index key per band of the signature; none for an empty signature."""
    if len(sig) != NUM_PERM:
        return []
    values = np.asarray(sig, dtype=np.uint32)
    return [
        f"b{b}:" + hashlib.blake2b(values[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=8).hexdigest()
        for b in range(BANDS)
    ]


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two texts from their signatures."""
    if len(a) != NUM_PERM or len(b) != NUM_PERM:
        return 0.0
    return float(np.mean(np.asarray(a) == np.asarray(b)))
