"""The sentence CRF's Viterbi tags, decoded in numpy from per-word cached scores.

python-crfsuite takes ~31 feature strings a token, looks each up in the model and adds
its weights: most of the tagging time. But a token's features are its word's own plus
what its neighbours (±2) show of theirs, the bigrams with them and a few sentence-end and
gazetteer marks; so each word type's own weights and each of its four neighbour views are
summed once into a row of label scores (cached), a sentence's scores are a few array
additions, and Viterbi runs over all the sentences of a text at once.

The tags are crfsuite's: the same weights are added, in another order, so a score can
differ from crfsuite's by rounding only: under 1e-7 on a path of up to ``MAX_TOKENS``
(a token has at most ~60 weighted attributes, ``sum |w|`` < 210, transitions < 9; float64).
Every decision on the best path (the last label and each back-pointer) is checked to win
by more than ``MARGIN``; a sentence where one does not is left to crfsuite (``None``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import islice, repeat
from typing import TYPE_CHECKING

import numpy as np

from .ner_features import mark_features, multi_matches, stem, word_features

if TYPE_CHECKING:
    from collections.abc import Callable

    from pycrfsuite._dumpparser import ParsedDump  # Tagger.info()'s type

WordFeatures = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]  # word_features' own and neighbour views

__all__ = ["MARGIN", "MAX_TOKENS", "Decoder"]

MARGIN = 1e-6  # a path decision closer than this goes to crfsuite
MAX_TOKENS = 1000  # longer sentences go to crfsuite (the rounding bound grows with length)
MAX_WORDS = 200_000  # word types cached; all but the warmed ones dropped when full (5 x 9 float64 = 360 B each)
MAX_BATCH = 256  # sentences decoded together (their score arrays are padded to the longest)
VIEWS = 5  # own, and as seen from -2, -1, +1, +2 (word_features' order)
RECENT_WORDS = 4096  # word types whose features are kept for the other decoder (document pass)
WARM_CHUNK = 2048  # word types summed together when warming (bounds the gathered weight rows)

# word_features without its large training cache: a small one serves both passes of a text
_recent_word_features = lru_cache(maxsize=RECENT_WORDS)(word_features.__wrapped__)


class Decoder:
    """Viterbi decoding of one first-order CRF model over sentences of folded tokens with
    :func:`.ner_features.sentence_features` (``info``: the model's ``Tagger.info()``)."""

    def __init__(self, info: ParsedDump, max_words: int = MAX_WORDS) -> None:
        self.labels = sorted(info.labels, key=lambda name: int(info.labels[name]))
        label = {name: k for k, name in enumerate(self.labels)}
        n_labels = len(self.labels)
        attrs = sorted({a for a, _ in info.state_features})
        self.attr = {a: k for k, a in enumerate(attrs, 1)}
        self.weights = np.zeros((len(attrs) + 1, n_labels))  # row 0: an attribute the model lacks
        for (a, name), w in info.state_features.items():
            self.weights[self.attr[a], label[name]] = w
        self.trans = np.zeros((n_labels, n_labels))
        for (a, b), w in info.transitions.items():
            self.trans[label[a], label[b]] = w
        self.bos2, self.bos, self.eos = (self._row(x) for x in ("-2BOS", "BOS", "EOS"))
        # word bigram "a|b" -> (row of bg+= as token a sees it, row of bg-= as token b sees it)
        self.bigrams: dict[str, tuple[int, int]] = {}
        for a, k in self.attr.items():
            if a[:4] in ("bg+=", "bg-="):
                plus, minus = self.bigrams.get(a[4:], (0, 0))
                self.bigrams[a[4:]] = (k, minus) if a[2] == "+" else (plus, k)
        self.max_words = max_words
        self.rows = np.zeros((max_words, VIEWS, n_labels))
        self.index: dict[str, int] = {}
        self.stems: list[str] = []
        self.kept = 0  # the first rows, warmed ahead of tagging, survive every reset

    def _row(self, attribute: str) -> np.ndarray:
        return self.weights[self.attr.get(attribute, 0)]

    def _word(self, form: str) -> int:
        """The cached row of a word type's summed weights (own and the 4 neighbour views)."""
        k = self.index.get(form)
        if k is not None:
            return k
        self._sum([form], _recent_word_features)
        return self.index[form]

    def _sum(self, forms: list[str], features: Callable[[str], WordFeatures]) -> None:
        """Cache the rows of new word types (``features``: the word-feature function to read)."""
        ids: list[int] = []
        starts = []
        for form in forms:
            own, ctx = features(form)
            for feats in (own, *ctx):  # each view's known attributes, and the zero row
                starts.append(len(ids))
                ids.extend(filter(None, map(self.attr.get, feats)))
                ids.append(0)
        k = len(self.stems)
        self.rows[k : k + len(forms)] = np.add.reduceat(self.weights[ids], starts, axis=0).reshape(len(forms), VIEWS, -1)
        for form in forms:
            self.index[form] = len(self.stems)
            self.stems.append(stem(form))

    def warm(self, forms: Iterable[str]) -> int:
        """Sum the rows of ``forms`` now, and keep them through every reset of the cache: a
        long-running worker then meets most words of an article already summed (summing a
        word's features is most of a first sighting's cost). Fills at most half the cache;
        returns the number of word types kept."""
        room = self.max_words // 2 - len(self.index)
        new = [f for f in dict.fromkeys(forms) if f not in self.index][: max(room, 0)]
        for at in range(0, len(new), WARM_CHUNK):
            self._sum(new[at : at + WARM_CHUNK], word_features.__wrapped__)
        self.kept = len(self.index)
        return self.kept

    def _scores(self, sentences: list[list[str]], added: list[list[list[str]]] | None) -> np.ndarray:
        """Label scores of every token of the (non-empty) sentences, one after another;
        ``added`` gives more attributes of each token (the document pass's)."""
        forms = [f for s in sentences for f in s]
        ids = list(map(self.index.get, forms))  # most words are cached: no call for those
        for i in [i for i, k in enumerate(ids) if k is None]:
            ids[i] = self._word(forms[i])
        rows = self.rows[ids]
        lens = np.array([len(s) for s in sentences])
        pos = np.arange(len(ids)) - np.repeat(np.cumsum(lens) - lens, lens)
        left = np.repeat(lens, lens) - 1 - pos  # tokens after this one in its sentence
        score = rows[:, 0].copy()
        at = np.flatnonzero(pos >= 2)
        score[at] += rows[at - 2, 1]
        score[pos == 1] += self.bos2
        at = np.flatnonzero(pos >= 1)
        score[at] += rows[at - 1, 2]
        score[pos == 0] += self.bos
        paired = np.flatnonzero(left >= 1)  # tokens with a next one
        score[paired] += rows[paired + 1, 3]
        score[left == 0] += self.eos
        at = np.flatnonzero(left >= 2)
        score[at] += rows[at + 2, 4]
        stems = [self.stems[k] for k in ids]
        tokens: list[int] = []  # bigram, mark and added attributes: the token ...
        attrs: list[int] = []  # ... and the attribute's row (0: unknown to the model)
        for i in paired.tolist():
            hit = self.bigrams.get(stems[i] + "|" + stems[i + 1])
            if hit:
                tokens += (i, i + 1)
                attrs += hit
        start = 0
        for k, s in enumerate(sentences):
            marks = multi_matches(s, stems[start : start + len(s)])
            feats = mark_features(marks) if any(marks) else []
            if added is not None:
                feats = [[*a, *b] for a, b in zip(feats, added[k])] if feats else added[k]
            for i, names in enumerate(feats, start):
                tokens += repeat(i, len(names))
            attrs += map(self.attr.get, (x for names in feats for x in names), repeat(0))
            start += len(s)
        if tokens:
            np.add.at(score, tokens, self.weights[attrs])
        return score

    def tag(self, sentences: list[list[str]], added: list[list[list[str]]] | None = None) -> list[list[str] | None]:
        """IOB2 tags of each sentence (``[]`` for an empty one), or ``None`` where crfsuite
        must decide (a near tie on the best path, or a sentence over ``MAX_TOKENS``).

        ``added``: more attributes of each token of each sentence, after its sentence
        features (the document pass's, :func:`.ner_features.document_features`).
        """
        out: list[list[str] | None] = [[] if not s else None for s in sentences]
        batch: list[int] = []
        size = 0
        room = self.max_words - self.kept  # what a batch's words may take of the cache
        for k, s in enumerate(sentences):
            if not 0 < len(s) <= min(MAX_TOKENS, room):
                continue
            if size + len(s) > room or len(batch) >= MAX_BATCH:  # the cache holds a batch's words
                self._decode(sentences, added, batch, out)
                batch, size = [], 0
            batch.append(k)
            size += len(s)
        if batch:
            self._decode(sentences, added, batch, out)
        return out

    def _decode(
        self, sentences: list[list[str]], added: list[list[list[str]]] | None, todo: list[int], out: list[list[str] | None]
    ) -> None:
        """Tags of ``sentences[k]`` for ``k`` in ``todo`` into ``out[k]`` (unless near a tie)."""
        sents = [sentences[k] for k in todo]
        if len(self.index) + sum(map(len, sents)) > self.max_words:  # bounded: start afresh (warm rows stay)
            self.index = dict(islice(self.index.items(), self.kept))
            del self.stems[self.kept :]
        lens = np.array([len(s) for s in sents])
        n, width, n_labels = len(sents), int(lens.max()), len(self.labels)
        score = np.zeros((n, width, n_labels))
        inside = np.arange(width) < lens[:, None]
        score[inside] = self._scores(sents, None if added is None else [added[k] for k in todo])
        score = np.ascontiguousarray(score.transpose(1, 0, 2))  # time-major: one step is one block
        alpha = np.empty((width, n, n_labels))
        back = np.zeros((width, n, n_labels), dtype=np.intp)
        alpha[0] = score[0]
        trans = self.trans[:, None, :]  # previous label, (sentence), label
        cand = np.empty((n_labels, n, n_labels))
        for t in range(1, width):  # past a sentence's end its values are unused
            np.add(alpha[t - 1].T[:, :, None], trans, out=cand)  # reduced over the first axis: faster
            cand.argmax(axis=0, out=back[t])
            np.add(cand.max(axis=0), score[t], out=alpha[t])
        last = alpha[lens - 1, np.arange(n)]
        ends = last.argmax(axis=1).tolist()
        paths = []
        for k, m in enumerate(lens.tolist()):
            y = [0] * m
            y[-1] = ends[k]
            b = back[:m, k].tolist()
            for t in range(m - 1, 0, -1):
                y[t - 1] = b[t][y[t]]
            paths.append(y)
        close = self._near_ties(alpha, last, lens, paths)
        for i, (k, y) in enumerate(zip(todo, paths)):
            if i not in close:
                out[k] = [self.labels[j] for j in y]

    def _near_ties(self, alpha: np.ndarray, last: np.ndarray, lens: np.ndarray, paths: list[list[int]]) -> set[int]:
        """Sentences (by batch index) whose best path has a decision won by ``MARGIN`` or less."""
        top2 = np.sort(last, axis=1)[:, -2:]
        close = set(np.flatnonzero(top2[:, 1] - top2[:, 0] <= MARGIN).tolist())
        sent = np.repeat(np.arange(len(paths)), lens - 1)
        t = np.concatenate([np.arange(1, m) for m in lens.tolist()])
        if len(t):
            to = np.array([j for y in paths for j in y[1:]])
            cand = np.sort(alpha[t - 1, sent] + self.trans[:, to].T, axis=1)[:, -2:]
            close.update(np.unique(sent[cand[:, 1] - cand[:, 0] <= MARGIN]).tolist())
        return close
