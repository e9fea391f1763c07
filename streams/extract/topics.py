"""Coarse topic labels of an article (politics, economy, sport...), by naive Bayes.

A multinomial naive Bayes over term keys (``streams.extract.terms``) trained on the
nine categories of the ANT corpus by ``scripts/train_topics.py``; its log probabilities
ship in ``data/topics.json.gz``, loaded on first use. Naive Bayes is overconfident on
long texts, so the log-likelihood is tempered to a fixed number of words (chosen on the
dev split) before the posterior is read. ANT's catch-all category (``misc``) is never
returned: it only keeps odd articles from being forced into a real topic.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources
from typing import NamedTuple

import numpy as np
import orjson

from .terms import text_terms

__all__ = ["THRESHOLD", "TopicModel", "find_topics", "topic_model", "topic_posteriors"]

_PKG = "streams.extract.data"
MODEL_FILE = "topics.json.gz"
THRESHOLD = 0.3  # a label is returned when its posterior reaches this
HIDDEN = frozenset({"misc"})


class TopicModel(NamedTuple):
    """Labels, log priors, term index and log P(term | label) (terms × labels)."""

    labels: tuple[str, ...]
    prior: np.ndarray
    index: dict[str, int]
    logp: np.ndarray
    scale: float


@cache
def topic_model() -> TopicModel:
    """The shipped model (``data/topics.json.gz``), read once."""
    raw = resources.files(_PKG).joinpath(MODEL_FILE).read_bytes()
    data = orjson.loads(gzip.decompress(raw))
    terms = data["terms"]
    return TopicModel(
        labels=tuple(data["labels"]),
        prior=np.array(data["prior"], dtype=np.float64),
        index={k: i for i, k in enumerate(terms)},
        logp=np.array(list(terms.values()), dtype=np.float64) / 100.0,
        scale=float(data["scale"]),
    )


def topic_posteriors(text: str) -> dict[str, float]:
    """Every label's calibrated posterior for ``text``; empty when no known term occurs."""
    model = topic_model()
    idx = [i for i in map(model.index.get, text_terms(text).keys) if i is not None]
    if not idx:
        return {}
    scores = (model.logp[idx].sum(axis=0) + model.prior) * min(
        1.0, model.scale / len(idx)
    )
    odds = np.exp(scores - scores.max())
    post = odds / odds.sum()
    return {label: float(p) for label, p in zip(model.labels, post)}


def find_topics(text: str, *, limit: int = 2) -> list[str]:
    """Up to ``limit`` topic labels whose posterior passes ``THRESHOLD``, best first."""
    post = topic_posteriors(text)
    ranked = sorted(post.items(), key=lambda lp: -lp[1])
    return [label for label, p in ranked if p >= THRESHOLD and label not in HIDDEN][
        : max(limit, 0)
    ]
