"""The facts scorer reads what each gold record carries: a counts-only record (set C1) scores counts alone."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("eval_facts", Path(__file__).resolve().parents[1] / "scripts/eval_facts.py")
eval_facts = importlib.util.module_from_spec(_SPEC)  # type: ignore[arg-type]
sys.modules["eval_facts"] = eval_facts  # its dataclasses look their module up
_SPEC.loader.exec_module(eval_facts)  # type: ignore[union-attr]


def test_counts_only_record_scores_counts_alone() -> None:
    facts = {"dates": [(0, 4, "2015")], "amounts": [(10, 12, 5.0)], "counts": [("killed", 5.0), ("injured", 2.0)]}
    scores: dict = {}
    eval_facts._score_facts(facts, {"counts": [{"type": "killed", "value": 5}]}, "snn:1", scores)
    assert set(scores) == {"counts"}
    c = scores["counts"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 0)


def test_full_record_scores_every_field() -> None:
    facts = {"dates": [(0, 4, "2015")], "amounts": [], "counts": []}
    gold = {"dates": [{"start": 0, "end": 4, "value": "2015"}], "amounts": [{"start": 10, "end": 12, "value": 5}],
            "counts": []}
    scores: dict = {}
    eval_facts._score_facts(facts, gold, "snn:1", scores)
    assert set(scores) == {"dates", "amounts", "counts"}
    assert (scores["dates"].tp, scores["amounts"].fn) == (1, 1)


def _agreement_module():
    spec = importlib.util.spec_from_file_location(
        "annotator_agreement", Path(__file__).resolve().parents[1] / "scripts/annotator_agreement.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_agreement_scores_the_second_annotation_as_predictions() -> None:
    first = {("ant", 1): {"dates": [{"start": 0, "end": 4, "value": "2015"}],
                          "amounts": [{"start": 10, "end": 12, "value": 5}, {"start": 20, "end": 22, "value": 7}],
                          "counts": [{"type": "killed", "value": 5}],
                          "quotes": [{"speakers": ["أحمد علي", "علي"]}, {"speakers": ["الوزارة"]}]}}
    second = {("ant", 1): {"dates": [{"start": 0, "end": 4, "value": "2015"}],
                           "amounts": [{"start": 10, "end": 12, "value": 5}, {"start": 20, "end": 22, "value": 8}],
                           "counts": [],
                           "quotes": [{"speakers": ["علي"]}, {"speakers": ["مصدر"]}, {"speakers": ["الوزارة"]}]}}
    scores = _agreement_module().agreement(first, second)
    assert (scores["dates"].tp, scores["dates"].fp, scores["dates"].fn) == (1, 0, 0)
    assert (scores["amounts"].tp, scores["amounts"].fp, scores["amounts"].fn) == (1, 1, 1)
    assert (scores["counts"].tp, scores["counts"].fn) == (0, 1)
    q = scores["quote speakers"]
    assert (q.tp, q.fp, q.fn) == (2, 1, 0)
