"""Build the hand-made facts gold (offsets and values, no article text) from a phrase spec.

The spec, kept outside the repository because it quotes SaudiNewsNet text, lists for each
article the phrases an annotator marked, in reading order; this script finds them in the
article and writes references + offsets + values, with a hash of the text they index:

    python scripts/build_facts_gold.py SPEC.py tests/gold/facts/heldout.jsonl

Several specs build one file in the order given (dev.jsonl is the tuning spec followed by
each held-out set that joined it, see tests/gold/facts/README.md):

    python scripts/build_facts_gold.py dev_spec.py held_v6_spec.py ... tests/gold/facts/dev.jsonl

The speaker sets (small sets of articles annotated for quotation speakers only, each kept
sealed until a round opened it) are specs of ``SPEC`` (set A) or ``SPEC_<letter>`` dicts,
(corpus, line) -> accepted speakers of each quotation in reading order:

    python scripts/build_facts_gold.py --speakers tests/gold/facts/speakers.jsonl SPEC_A.py SPEC_B.py ...
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import os
import sys
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NABA_SHARED", REPO.parent / "shared"))
SOURCES = {
    "snn": ("saudinewsnet", "news/saudinewsnet-dev.jsonl.gz", "content", "url"),
    "ant": ("ant", "news/ant_v1.1.jsonl.gz", "text", "docno"),
}


@cache
def _rows(path: str) -> list[dict]:
    with gzip.open(SHARED / "data" / path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _locate(text: str, phrase: str, after: int) -> tuple[int, int]:
    """The next whole-number occurrence of ``phrase`` (30 is not inside 300)."""
    at = text.find(phrase, after)
    while at >= 0:
        end = at + len(phrase)
        clash = (phrase[0].isdigit() and at > 0 and text[at - 1].isdigit()) or (
            phrase[-1].isdigit() and end < len(text) and text[end].isdigit())
        if not clash:
            return at, end
        at = text.find(phrase, at + 1)
    raise SystemExit(f"phrase not found after {after}: {phrase!r}")


def _reference(corpus: str, index: int) -> dict:
    """Where an article is (file, line, field, its own id) and the hash of its text."""
    name, path, field, key = SOURCES[corpus]
    row = _rows(path)[index]
    text = row[field]
    return {"corpus": name, "file": path, "line": index, "field": field, key: row[key],
            "sha1": hashlib.sha1(text.encode("utf-8")).hexdigest()}


def build(spec: dict) -> list[dict]:
    out = []
    for (corpus, index, anchor), marks in spec.items():
        ref = _reference(corpus, index)
        sha1 = ref.pop("sha1")
        item = {**ref, "anchor": anchor, "sha1": sha1}  # the key order the gold files have always had
        text = _rows(item["file"])[index][item["field"]]
        for kind in ("dates", "amounts"):
            if kind not in marks:  # a set annotated for counts only (C1) leaves both out
                continue
            pos, spans = 0, []
            for phrase, value in marks[kind]:
                s, e = _locate(text, phrase, pos)
                pos = e
                spans.append({"start": s, "end": e, "value": value})
            item[kind] = spans
        if "counts" in marks:  # sets annotated for dates and amounts only leave both out
            item["counts"] = [{"type": t, "value": v} for t, v in marks["counts"]]
        if "quotes" in marks:
            item["quotes"] = [{"speakers": alts} for alts in marks["quotes"]]
        out.append(item)
    return out


def build_speakers(sets: dict[str, dict]) -> list[dict]:
    """Quotation-only gold records of the speaker sets, by set."""
    out = []
    for name in sorted(sets):
        for (corpus, index), quotes in sets[name].items():
            out.append({**_reference(corpus, index), "set": name, "quotes": [{"speakers": alts} for alts in quotes]})
    return out


def _load(spec_path: str) -> object:
    loader = importlib.util.spec_from_file_location(Path(spec_path).stem, spec_path)
    module = importlib.util.module_from_spec(loader)  # type: ignore[arg-type]
    loader.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _write(items: list[dict], out_path: str) -> None:
    with open(out_path, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
    print(f"{len(items)} articles -> {out_path}")


def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[:1] == ["--speakers"] and len(argv) < 3:
        raise SystemExit("usage: build_facts_gold.py SPEC.py [SPEC.py ...] OUT.jsonl\n"
                         "       build_facts_gold.py --speakers OUT.jsonl SPEC.py [SPEC.py ...]")
    if argv[:1] == ["--speakers"]:
        out_path, *specs = argv[1:]
        sets = {}
        for spec_path in specs:
            module = _load(spec_path)
            for var in dir(module):
                if var == "SPEC" or var.startswith("SPEC_"):
                    sets[var.removeprefix("SPEC_") if var != "SPEC" else "A"] = getattr(module, var)
        _write(build_speakers(sets), out_path)
        return
    *spec_paths, out_path = argv
    _write([item for spec_path in spec_paths for item in build(_load(spec_path).SPEC)], out_path)


if __name__ == "__main__":
    main(sys.argv[1:])
