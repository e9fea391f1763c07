"""The trained CRF entity tagger: load once, tag sentences of folded tokens (IOB2).

The model (``data/ner.crfsuite``) is built by ``scripts/train_ner.py`` from ANERcorp
with the features of :mod:`streams.extract.ner_features`.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import pycrfsuite

from .ner_consistency import doc_features
from .ner_decode import Decoder
from .ner_features import (
    ModelFeatures,
    document_features,
    sentence_features,
    with_document,
)
from .ner_lexicon import lexicon

if TYPE_CHECKING:
    from pycrfsuite._dumpparser import ParsedDump  # Tagger.info()'s type

__all__ = [
    "DOC_WINDOW",
    "MODEL_NAME",
    "STACKED_NAME",
    "decoder",
    "model_info",
    "shipped_features",
    "tag_document",
    "tag_sentence",
    "tag_sentences",
    "tagger",
    "warm_up",
]

WARM_WORDS = 60_000  # the news's most frequent word types summed at a worker's start (~3 s)
MODEL_NAME = "ner.crfsuite"  # first pass: sentence features
STACKED_NAME = "ner-doc.crfsuite"  # second pass: plus first-pass tags of the document
DOC_WINDOW = 10  # sentences each side that count as the same document


@cache
def tagger(name: str = MODEL_NAME) -> pycrfsuite.Tagger:
    """A shipped CRF model, opened on first use."""
    path = resources.files("streams.extract.data").joinpath(name)
    t = pycrfsuite.Tagger()
    with resources.as_file(path) as p:
        t.open(str(p))
    return t


def model_info(name: str = MODEL_NAME) -> ParsedDump:
    """A shipped model's labels and weights (about 0.2 s to read; not kept: the decoder
    and ``known_attributes`` keep what they need)."""
    return tagger(name).info()


@cache
def known_attributes() -> frozenset[str]:
    """Attributes either shipped model has weights for (others are dropped before tagging)."""
    return frozenset(a for name in (MODEL_NAME, STACKED_NAME) for a, _ in model_info(name).state_features)


@cache
def shipped_features() -> ModelFeatures:
    """What the shipped models see of a sentence (one cache for both passes: each drops
    the few attributes only the other knows)."""
    return ModelFeatures(known_attributes())


@cache
def decoder(name: str = MODEL_NAME) -> Decoder:
    """A shipped model's own Viterbi decoder (same tags, a fraction of the time)."""
    return Decoder(model_info(name))


def warm_up(words: int = WARM_WORDS) -> int:
    """Sum the sentence decoder's rows for the ``words`` most frequent word types of the
    news lexicon ahead of tagging, for a long-running process (a worker), so that its
    first articles tag as fast as later ones; returns the number of word types kept."""
    freq = lexicon().freq
    return decoder().warm(sorted(freq, key=freq.__getitem__, reverse=True)[:words])


def tag_sentences(sentences: list[list[str]]) -> list[list[str]]:
    """First-pass IOB2 tags for the sentences of one text (decoded together; a sentence
    the decoder leaves to crfsuite goes through :func:`tag_sentence`)."""
    return [tags if tags is not None else tag_sentence(f) for tags, f in zip(decoder().tag(sentences), sentences)]


def tag_sentence(forms: list[str], model: pycrfsuite.Tagger | None = None) -> list[str]:
    """First-pass IOB2 tags for one sentence of folded tokens."""
    if not forms:
        return []
    if model is None:
        return tagger().tag(shipped_features().sentence(forms))
    return model.tag(sentence_features(forms))


def tag_document(
    sentences: list[list[str]],
    *,
    first: pycrfsuite.Tagger | None = None,
    second: pycrfsuite.Tagger | None = None,
    window: int = DOC_WINDOW,
) -> list[list[str]]:
    """IOB2 tags for the sentences of one document: a sentence pass, then a pass that
    also sees what the first found elsewhere in the document (names recur).

    The shipped models are decoded by :func:`decoder` (crfsuite where it leaves a
    sentence); models passed in (training, dev scores) run in crfsuite on all features.
    """
    if first is None or second is None:
        extra = doc_features(sentences, tag_sentences(sentences), window)
        tagged = decoder(STACKED_NAME).tag(sentences, [document_features(e) for e in extra])
        return [tags if tags is not None else _stacked(f, e) for tags, f, e in zip(tagged, sentences, extra)]
    feats = [sentence_features(f) if f else [] for f in sentences]
    extra = doc_features(sentences, [first.tag(x) if x else [] for x in feats], window)
    return [second.tag(with_document(x, e)) if x else [] for x, e in zip(feats, extra)]


def _stacked(forms: list[str], extra: list[list[str]]) -> list[str]:
    """Second-pass tags of one sentence by crfsuite (where the decoder leaves it)."""
    model = shipped_features()
    return tagger(STACKED_NAME).tag(with_document(model.sentence(forms), extra, model))
