"""What the word-list builders share (build_person_names, build_verb_forms): the news corpora's article texts, and a
gzipped JSON file written the same on every run (no time stamp in its header), so a test can rebuild and compare it."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

CORPORA = (("news/saudinewsnet-dev.jsonl.gz", "content"), ("news/ant_v1.1.jsonl.gz", "text"))


def news_texts(data: Path) -> list[str]:
    """The article texts of SaudiNewsNet and ANT under ``data`` (the shared data folder)."""
    texts: list[str] = []
    for path, field in CORPORA:
        with gzip.open(data / path, "rt", encoding="utf-8") as f:
            texts.extend(json.loads(line)[field] for line in f)
    return texts


def write_json_gz(path: Path, obj: Any) -> None:
    """``obj`` as UTF-8 JSON, gzipped with no time stamp."""
    with gzip.GzipFile(path, "wb", mtime=0) as f:
        f.write(json.dumps(obj, ensure_ascii=False).encode("utf-8"))
