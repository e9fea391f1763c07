"""The shipped first-name lexicon is what scripts/build_person_names.py builds from the shared data, and the builder
keeps inflected words out of it."""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NABA_SHARED", REPO.parent / "shared"))  # as tests/conftest.py reads it
_SPEC = importlib.util.spec_from_file_location("build_person_names", REPO / "scripts/build_person_names.py")
build = importlib.util.module_from_spec(_SPEC)  # type: ignore[arg-type]
sys.modules["build_person_names"] = build
_SPEC.loader.exec_module(build)  # type: ignore[union-attr]


def test_inflected_words_are_no_first_names() -> None:
    total = Counter({"حادث": 50, "كحادث": 3, "يحافظ": 40, "سيحافظ": 5, "رفضت": 90, "رفضته": 4, "ترسيه": 30, "ترسيتها": 2, "واقف": 20, "واقفا": 6,
                     "سمير": 80, "سميره": 30, "كمال": 60, "مال": 300})
    named = Counter({"سمير": 12, "كمال": 9})
    for word in ("كحادث", "سيحافظ", "رفضته", "ترسيتها", "واقفا"):
        assert build._inflected(word, total, named), word
    for word in ("سميره", "كمال", "سمير"):  # a woman's name on a man's; four letters with ك
        assert not build._inflected(word, total, named), word


def test_mined_names_come_after_titles_and_before_bin_and_bint() -> None:
    texts = ["قالت الدكتورة هيفاء الموسوي إن ...", "أكدت الدكتورة هيفاء أن ...", "لبنى بنت محمد", "وقالت لبنى بنت محمد",
             "أكد الوزير سيحافظ على الأمن", "يحافظ يحافظ يحافظ"]
    names = build.mine(texts, min_count=2)
    assert "هيفاء" in names and "لبني" in names
    assert "سيحافظ" not in names


@pytest.mark.skipif(not (SHARED / "data/news/ant_v1.1.jsonl.gz").exists(), reason="the shared news corpora are absent")
def test_the_shipped_lexicon_is_what_the_builder_makes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = REPO / "streams/extract/data/person_names.json.gz"
    shipped = json.loads(gzip.decompress(out.read_bytes()))
    target = REPO / "streams/extract/data" / tmp_path.name / "person_names.json.gz"  # inside the repository, as printed
    target.parent.mkdir()
    try:
        monkeypatch.setattr(build, "OUT", target)
        build.main(["--data", str(SHARED / "data")])
        assert json.loads(gzip.decompress(target.read_bytes())) == shipped
    finally:
        target.unlink(missing_ok=True)
        target.parent.rmdir()
