"""How far two annotators of the same articles agree, scored as the extractors are scored.

    .venv/bin/python scripts/annotator_agreement.py heldout37 heldout37b

The second set's marks stand in for predictions against the first: dates and amounts match
on overlap and value (both sets hold offsets into the same corpus text), counts on (type,
value), quotations on the speaker (the second annotator's first, fullest string against the
first annotator's accepted variants). One-to-one matching makes F1 the same whichever set
is taken as gold. The figure is the ceiling a held-out score can be read against: where two
careful people differ, an extractor cannot agree with both.
"""

from __future__ import annotations

import argparse
import json

from eval_facts import GOLD, Score, _score_facts, _score_speakers, report

Record = dict


def _load(stem: str) -> dict[tuple[str, int], Record]:
    rows = (json.loads(line) for line in (GOLD / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines())
    return {(g["corpus"], g["line"]): g for g in rows}


def agreement(a: dict[tuple[str, int], Record], b: dict[tuple[str, int], Record]) -> dict[str, Score]:
    """Per-field scores of ``b``'s marks against ``a``'s (records by corpus and line, the same articles)."""
    scores: dict[str, Score] = {}
    for key, gold in a.items():
        other = b[key]
        ref = f"{key[0]}:{key[1]}"
        if "dates" in gold or "counts" in gold:  # the second annotation's marks stand where the extractors' would
            facts = {name: [(x["start"], x["end"], x["value"]) for x in other.get(name, [])] for name in ("dates", "amounts")}
            facts["counts"] = [(c["type"], float(c["value"])) for c in other.get("counts", [])]
            _score_facts(facts, gold, ref, scores)
        if "quotes" in gold and "quotes" in other:
            speakers = [q["speakers"][0] if q["speakers"] else None for q in other["quotes"]]
            _score_speakers(speakers, gold["quotes"], ref, [scores.setdefault("quote speakers", Score())])
    return scores


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("first", help="stem of a gold file in tests/gold/facts (taken as gold)")
    ap.add_argument("second", help="stem of another annotation of the same articles (taken as predictions)")
    ap.add_argument("--misses", action="store_true", help="list what the second annotator did not mark as the first did")
    args = ap.parse_args(argv)
    a, b = _load(args.first), _load(args.second)
    if a.keys() != b.keys():
        raise SystemExit(f"{args.first} and {args.second} do not annotate the same articles")
    report(f"{args.second} against {args.first}", agreement(a, b), args.misses)


if __name__ == "__main__":
    main()
