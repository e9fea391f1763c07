"""Build how often the tagger reads each listed one-word place name as a place in the news.

``match_places`` adds listed places the tagger missed. A one-word name that is also an
everyday word (الجديد، قوله = Kavala، مالي = financial, المدينة = the city) must not be matched
on its own: the news decides. Over SaudiNewsNet 0-11999 and ANT 0-4999, every token whose
stem (clitics off) is a listed one-word country or city name is counted, and counted again
when the sentence tagger puts it inside a LOC span; only the folded names and the two counts
are written, never article text.

Usage: .venv/bin/python scripts/build_place_share.py [--data ../shared/data]
Writes streams/extract/data/place_share.json ({name: [as LOC, seen]}). Takes ~2 min.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import sys
from collections import Counter
from pathlib import Path

import orjson

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from streams.extract.clitics import clitic_length
from streams.extract.entities import tagged_tokens
from streams.extract.ner_lexicon import places

OUT = REPO / "streams/extract/data/place_share.json"
CORPORA = (("news/saudinewsnet-dev.jsonl.gz", "content", 12000), ("news/ant_v1.1.jsonl.gz", "text", 5000))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared/data")
    args = ap.parse_args()
    wanted = {k for k, v in places().names.items() if v[4] in ("country", "city") and " " not in k}
    seen, as_loc = Counter(), Counter()
    for path, field, limit in CORPORA:
        with gzip.open(args.data / path) as fh:
            for line in itertools.islice(fh, limit):
                for form, tag in tagged_tokens(orjson.loads(line).get(field) or ""):
                    stem = form[clitic_length(form):] if form.isalpha() else form
                    if stem in wanted:
                        seen[stem] += 1
                        as_loc[stem] += tag.endswith("LOC")
    out = {k: [as_loc[k], seen[k]] for k in sorted(seen)}
    OUT.write_bytes(orjson.dumps(out, option=orjson.OPT_SORT_KEYS))
    print(f"wrote {OUT}: {len(out)} of {len(wanted)} one-word names seen")


if __name__ == "__main__":
    main()
