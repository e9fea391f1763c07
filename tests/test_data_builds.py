"""The shipped topic model and gazetteers are byte for byte what their scripts build from the shared data today (the
quick builders; person_names.json.gz has its own test, the others take minutes or a build extra)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NABA_SHARED", REPO.parent / "shared"))  # as tests/conftest.py reads it
DATA = REPO / "streams/extract/data"
pytestmark = pytest.mark.skipif(not (SHARED / "data/news/ant_v1.1.jsonl.gz").exists(),
                                reason="the shared data are absent")


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[name] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_the_topic_model_is_what_train_topics_makes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    train = _script("train_topics")
    monkeypatch.setattr(train, "OUT", tmp_path / "topics.json.gz")
    monkeypatch.setattr(sys, "argv", ["train_topics.py", "--data", str(SHARED / "data")])
    train.main()
    assert (tmp_path / "topics.json.gz").read_bytes() == (DATA / "topics.json.gz").read_bytes()


def test_the_gazetteers_are_what_build_gazetteers_makes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build = _script("build_gazetteers")
    shutil.copy(DATA / "places.json", tmp_path / "places.json")  # what it reads besides the shared data
    monkeypatch.setattr(build, "DATA", tmp_path)
    monkeypatch.setattr(sys, "argv", ["build_gazetteers.py", "--data", str(SHARED / "data")])
    build.main()
    assert (tmp_path / "gazetteers.json").read_bytes() == (DATA / "gazetteers.json").read_bytes()


def test_topic_terms_tied_in_frequency_are_ranked_by_the_term() -> None:
    # the vocabulary must not hang on the hash order of a set (the file would change from run to run)
    train = _script("train_topics")
    docs = [["ب", "أ", "ج"], ["ج", "ب", "أ"], ["د"]] * train.MIN_DF
    vocab, _, _ = train.fit(docs, ["x", "y", "x"] * train.MIN_DF, ["x", "y"], uniform=True)
    assert vocab[:3] == ["أ", "ب", "ج"]
