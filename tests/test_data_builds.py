"""The shipped topic model, gazetteers, first-name lexicon and verb forms are what their scripts build from the shared
data today (the quick builders; the others take minutes or a build extra), and the word-list builders keep out what
they must (inflected words from the first names, nouns from the verb forms)."""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "streams/extract/data"
SHARED = Path(os.environ.get("NABA_SHARED", REPO.parent / "shared"))  # as tests/conftest.py reads it
needs_shared = pytest.mark.skipif(not (SHARED / "data/news/ant_v1.1.jsonl.gz").exists(),
                                  reason="the shared data are absent")


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[name] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@needs_shared
def test_the_topic_model_is_what_train_topics_makes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    train = _script("train_topics")
    monkeypatch.setattr(train, "OUT", tmp_path / "topics.json.gz")
    monkeypatch.setattr(sys, "argv", ["train_topics.py", "--data", str(SHARED / "data")])
    train.main()
    assert (tmp_path / "topics.json.gz").read_bytes() == (DATA / "topics.json.gz").read_bytes()


@needs_shared
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


def test_inflected_words_are_no_first_names() -> None:
    build = _script("build_person_names")
    total = Counter({"حادث": 50, "كحادث": 3, "يحافظ": 40, "سيحافظ": 5, "رفضت": 90, "رفضته": 4, "ترسيه": 30, "ترسيتها": 2,
                     "واقف": 20, "واقفا": 6, "سمير": 80, "سميره": 30, "كمال": 60, "مال": 300})
    named = Counter({"سمير": 12, "كمال": 9})
    for word in ("كحادث", "سيحافظ", "رفضته", "ترسيتها", "واقفا"):
        assert build._inflected(word, total, named), word
    for word in ("سميره", "كمال", "سمير"):  # a woman's name on a man's; four letters with ك
        assert not build._inflected(word, total, named), word


def test_mined_names_come_after_titles_and_before_bin_and_bint() -> None:
    build = _script("build_person_names")
    texts = ["قالت الدكتورة هيفاء الموسوي إن ...", "أكدت الدكتورة هيفاء أن ...", "لبنى بنت محمد", "وقالت لبنى بنت محمد",
             "أكد الوزير سيحافظ على الأمن", "يحافظ يحافظ يحافظ"]
    names = build.mine(texts, min_count=2)
    assert "هيفاء" in names and "لبني" in names
    assert "سيحافظ" not in names


@needs_shared
@pytest.mark.parametrize(("script", "name"), [("build_person_names", "person_names.json.gz"),
                                              ("build_verb_forms", "verb_forms.json.gz")])
def test_the_shipped_lexicon_is_what_the_builder_makes(script: str, name: str, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    build = _script(script)
    shipped = json.loads(gzip.decompress((DATA / name).read_bytes()))
    target = DATA / tmp_path.name / name  # inside the repository, as the builder prints it
    target.parent.mkdir()
    try:
        monkeypatch.setattr(build, "OUT", target)
        build.main(["--data", str(SHARED / "data")])
        assert json.loads(gzip.decompress(target.read_bytes())) == shipped
    finally:
        target.unlink(missing_ok=True)
        target.parent.rmdir()


def test_mined_verb_forms_come_after_particles_only_a_verb_follows() -> None:
    build = _script("build_verb_forms")
    texts = ["وقد تلقت الشرطة بلاغا", "لم تلقت شيئا", "ولن يتم ذلك", "لم يتم", "قد يصل إلى نحو", "قد نحو", "قد نحو",
             " ".join(["نحو"] * 300)]
    verbs = build.mine(texts, min_count=2)
    assert {"تلقت", "يتم"} <= verbs
    assert "يصل" not in verbs  # once only
    assert "نحو" not in verbs  # a noun that قد precedes now and then: most of its occurrences are elsewhere

