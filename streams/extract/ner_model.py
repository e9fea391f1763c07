"""The trained CRF entity tagger: load once, tag sentences of folded tokens (IOB2).

The model (``data/ner.crfsuite``) is built by ``scripts/train_ner.py`` from ANERcorp
with the features of :mod:`streams.extract.ner_features`.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import pycrfsuite

from .ner_features import sentence_features

__all__ = ["MODEL_NAME", "tag_sentence", "tagger"]

MODEL_NAME = "ner.crfsuite"


@cache
def tagger() -> pycrfsuite.Tagger:
    """The shipped CRF model, opened on first use."""
    path = resources.files("streams.extract.data").joinpath(MODEL_NAME)
    t = pycrfsuite.Tagger()
    with resources.as_file(path) as p:
        t.open(str(p))
    return t


def tag_sentence(forms: list[str], model: pycrfsuite.Tagger | None = None) -> list[str]:
    """IOB2 tags for one sentence of folded tokens."""
    if not forms:
        return []
    return (model or tagger()).tag(sentence_features(forms))
