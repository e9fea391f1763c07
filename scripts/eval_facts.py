"""Score the facts extractors (dates, amounts, counts, quotation speakers) against gold.

Two kinds of gold, each with a dev split (tuned on) and a held-out split (not tuned on):

- Wojood (SinaLab, MIT): DATE and CARDINAL spans of ``wojood/val.txt`` (dev) and
  ``wojood/train.txt`` (held-out, but round 14 tuned on a seeded 70% of its sentence groups: see
  the facts gold README); a prediction is right when it overlaps a gold span.
  Predictions overlapping other numeric types (TIME, MONEY, PERCENT, QUANTITY, ORDINAL,
  and DATE for amounts) are left out of both sides: Wojood does not mark them as ours.
- Hand-made news gold (``tests/gold/facts/{dev,heldout}.jsonl``): SaudiNewsNet and ANT
  articles referenced by file, line and hash, with offsets and values. Dates and amounts
  match on overlap and value, counts on (type, value), quotations on the speaker.

    .venv/bin/python scripts/eval_facts.py [--split dev|heldout|all|STEM] [--no-entities] [--misses] [--pipeline]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from streams.arabic import fold
from streams.extract.amounts import find_amounts
from streams.extract.counts import find_counts
from streams.extract.dates import find_dates
from streams.extract.quotes import find_quotes
from streams.pipeline import LocalPipeline, StageError

SHARED = Path(os.environ.get("NABA_SHARED", REPO.parent / "shared"))
GOLD = REPO / "tests" / "gold" / "facts"
WOJOOD = {"dev": "wojood/val.txt", "heldout": "wojood/train.txt"}
WOJOOD_ANCHOR = dt.date(2020, 1, 1)  # Wojood has no dates of publication; relative ones resolve here
OTHER_NUMERIC = ("TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL")
SENTENCE_MARK = "$#$"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _match_spans(pred: Sequence[tuple[int, int, object]], gold: Sequence[tuple[int, int, object]],
                 same: bool) -> tuple[int, int, int, list[int]]:
    """Greedy one-to-one matching on overlap (and equal value when ``same``)."""
    used: set[int] = set()
    tp = 0
    for ps, pe, pv in pred:
        for k, (gs, ge, gv) in enumerate(gold):
            if k in used or not _overlaps((ps, pe), (gs, ge)):
                continue
            if same and not _same_value(pv, gv):
                continue
            used.add(k)
            tp += 1
            break
    missed = [k for k in range(len(gold)) if k not in used]
    return tp, len(pred) - tp, len(gold) - tp, missed


def _same_value(a: object, b: object) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))
    return str(a) == str(b)


# --- Wojood ---


def _wojood(path: Path) -> Iterable[tuple[str, dict[str, list[tuple[int, int]]]]]:
    """Sentences as text (tokens joined by spaces) with their spans by entity type."""
    sentence: list[tuple[str, list[str]]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            token, *tags = line.split(" ")
            if token != SENTENCE_MARK:
                sentence.append((token, tags))
            continue
        if not sentence:
            continue
        text, offsets, pos = [], [], 0
        for token, _ in sentence:
            offsets.append((pos, pos + len(token)))
            text.append(token)
            pos += len(token) + 1
        spans: dict[str, list[tuple[int, int]]] = {}
        open_: dict[str, int] = {}
        for k, (_, tags) in enumerate([*sentence, ("", [])]):
            tags_here = set(tags)
            for typ in list(open_):
                if f"I-{typ}" not in tags_here:
                    spans.setdefault(typ, []).append((offsets[open_[typ]][0], offsets[k - 1][1]))
                    del open_[typ]
            for tag in tags_here:
                if tag.startswith("B-"):
                    typ = tag[2:]
                    if typ in open_:
                        spans.setdefault(typ, []).append((offsets[open_[typ]][0], offsets[k - 1][1]))
                    open_[typ] = k
        yield " ".join(text), spans
        sentence = []


def eval_wojood(split: str) -> dict[str, Score]:
    scores = {"dates": Score(), "amounts": Score()}
    for text, spans in _wojood(SHARED / "data" / WOJOOD[split]):
        dates = find_dates(text, anchor=WOJOOD_ANCHOR)
        amounts = find_amounts(text, dates=dates)
        ignore_d = [s for t in ("TIME",) for s in spans.get(t, [])]
        ignore_a = [s for t in (*OTHER_NUMERIC, "DATE") for s in spans.get(t, [])]
        for name, preds, gold_type, ignore in (("dates", dates, "DATE", ignore_d), ("amounts", amounts, "CARDINAL", ignore_a)):
            gold = [(s, e, None) for s, e in spans.get(gold_type, [])]
            pred = [(p.start, p.end, None) for p in preds
                    if any(_overlaps((p.start, p.end), g[:2]) for g in gold)
                    or not any(_overlaps((p.start, p.end), i) for i in ignore)]
            tp, fp, fn, missed = _match_spans(pred, gold, same=False)
            scores[name].add(tp, fp, fn)
            scores[name].misses.extend(text[gold[k][0]:gold[k][1]] for k in missed)
    return scores


# --- hand-made news gold ---


@cache
def _rows(path: str) -> list[dict]:
    with gzip.open(SHARED / "data" / path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _speaker_key(name: str | None) -> str:
    folded = fold(name or "")[0]
    return " ".join(re.findall(r"[\u0621-\u064a]+|[A-Za-z0-9]+", folded))


def _entities(text: str, use: bool) -> list:
    if not use:
        return []
    try:
        from streams.extract.entities import find_entities
    except ImportError:
        return []
    try:
        return find_entities(text)
    except Exception as exc:  # noqa: BLE001 - the tagger is not ours; a failure must not stop the eval
        print(f"  (entities failed: {exc!r}; scoring without)", file=sys.stderr)
        return []


def eval_news(split: str, use_entities: bool, seen: set[tuple[str, int]] | None = None,
              pipeline: bool = False) -> dict[str, Score]:
    """Scores over the articles of ``split``; an article already in ``seen`` (scored in this
    split, or in dev when a set opened since has joined it) is not scored twice. A record
    scores the fields it carries (the speaker sets carry quotations only); records of a
    named set (``"set"``) are also scored per set.

    ``pipeline``: each article goes through every stage as ``naba process`` runs it (a raw
    ``text/plain`` article, published on the gold's anchor date), so cleaning counts too.
    The clean text is not the corpus text the offsets index: dates and amounts then match
    on value alone; an article the pipeline rejects finds nothing."""
    scores: dict[str, Score] = {}
    seen = set() if seen is None else seen
    for line in (GOLD / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        if (g["file"], g["line"]) in seen:
            continue
        seen.add((g["file"], g["line"]))
        text = _rows(g["file"])[g["line"]][g["field"]]
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != g["sha1"]:
            raise SystemExit(f"{g['file']}:{g['line']} changed since the gold was made")
        ref = f"{g['corpus']}:{g['line']}"
        facts = _through_pipeline(text, g, scores) if pipeline else _extracted(text, g, use_entities)
        if "dates" in g or "counts" in g:
            _score_facts(facts, g, ref, scores, spans=not pipeline)
        if "quotes" in g:
            names = ["quote speakers", *([f"speakers, set {g['set']}"] if "set" in g else [])]
            _score_speakers(facts["quotes"], g["quotes"], ref, [scores.setdefault(n, Score()) for n in names])
    return scores


Facts = dict[str, list]  # dates, amounts: (start, end, value); counts: (type, value); quotes: speakers


def _extracted(text: str, g: dict, use_entities: bool) -> Facts:
    """What the extractors find in the corpus text (the fields the record carries)."""
    out: Facts = {}
    if "dates" in g or "counts" in g:  # counts are read off the amounts, amounts know the dates
        dates = find_dates(text, anchor=dt.date.fromisoformat(g["anchor"]))
        amounts = find_amounts(text, dates=dates)
        out["dates"] = [(d.start, d.end, d.value) for d in dates]
        out["amounts"] = [(a.start, a.end, a.value) for a in amounts]
        out["counts"] = [(c.type, float(c.value)) for c in find_counts(text, amounts)]
    if "quotes" in g:
        out["quotes"] = [q.speaker for q in find_quotes(text, _entities(text, use_entities))]
    return out


def _through_pipeline(text: str, g: dict, scores: dict[str, Score]) -> Facts:
    """What ``naba process`` delivers for the article as a raw text/plain body (nothing when
    a stage rejects it: counted as ``rejected``)."""
    raw = {"url": f"https://{g['corpus']}.example/{g['line']}", "body": text, "content_type": "text/plain"}
    if "anchor" in g:
        raw["published_at"] = g["anchor"]
    try:
        e = LocalPipeline().process(json.dumps(raw, ensure_ascii=False))
    except StageError as exc:
        scores.setdefault(f"rejected ({exc.stage})", Score()).add(0, 0, 1)
        return {"dates": [], "amounts": [], "counts": [], "quotes": []}
    return {
        "dates": [(d.start, d.end, d.value) for d in e.dates],
        "amounts": [(a.start, a.end, a.value) for a in e.amounts],
        "counts": [(c.type, float(c.value)) for c in e.counts],
        "quotes": [q.speaker for q in e.quotes],
    }


def _score_facts(facts: Facts, g: dict, ref: str, scores: dict[str, Score], spans: bool = True) -> None:
    """Dates and amounts (overlap and value, or value alone), counts (type and value) of one
    article: the fields its record carries (set C1 carries counts only)."""
    for name in ("dates", "amounts"):
        if name not in g:
            continue
        gold = [(x["start"], x["end"], x["value"]) for x in g[name]]
        if spans:
            tp, fp, fn, missed = _match_spans(facts[name], gold, same=True)
        else:
            tp, fp, fn, missed = _match_values([v for _, _, v in facts[name]], [v for _, _, v in gold])
        scores.setdefault(name, Score()).add(tp, fp, fn)
        scores[name].misses.extend(f"{ref} {gold[k][2]}" for k in missed)
    if "counts" not in g:  # a set annotated for dates and amounts only (DA, DB)
        return
    left = [(c["type"], float(c["value"])) for c in g["counts"]]
    tp = 0
    for c in facts["counts"]:
        if c in left:
            left.remove(c)
            tp += 1
    score = scores.setdefault("counts", Score())
    score.add(tp, len(facts["counts"]) - tp, len(left))
    score.misses.extend(f"{ref} {c}" for c in left)


def _match_values(pred: Sequence[object], gold: Sequence[object]) -> tuple[int, int, int, list[int]]:
    """One-to-one matching on value alone (where offsets index another text)."""
    left = list(range(len(gold)))
    tp = 0
    for v in pred:
        k = next((k for k in left if _same_value(v, gold[k])), None)
        if k is not None:
            left.remove(k)
            tp += 1
    return tp, len(pred) - tp, len(gold) - tp, left


def _score_speakers(speakers: list[str | None], gold: list[dict], ref: str, into: list[Score]) -> None:
    """Each predicted speaker takes the first unmatched gold quotation that accepts it."""
    gold_q = [{_speaker_key(s) for s in q["speakers"]} for q in gold]
    tp = 0
    for speaker in speakers:
        key = _speaker_key(speaker)
        for k, alts in enumerate(gold_q):
            if key in alts:
                gold_q.pop(k)
                tp += 1
                break
    for score in into:
        score.add(tp, len(speakers) - tp, len(gold_q))
        score.misses.extend(f"{ref} {min(a)}" for a in gold_q)


def report(title: str, scores: dict[str, Score], show_misses: bool) -> None:
    print(f"\n{title}")
    print(f"  {'field':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for name, s in scores.items():
        print(f"  {name:<16}{s.p:>7.3f}{s.r:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
        if show_misses and s.misses:
            print(f"    missed: {s.misses[:12]}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="all",
                    help="dev, heldout, all, or the stem of another file in tests/gold/facts (a new blind set)")
    ap.add_argument("--no-entities", action="store_true", help="score quotations without the entity tagger")
    ap.add_argument("--misses", action="store_true", help="list what was missed")
    ap.add_argument("--pipeline", action="store_true",
                    help="run each news article through every stage as naba process does (values matched, not offsets)")
    args = ap.parse_args(argv)
    splits = ("dev", "heldout") if args.split == "all" else (args.split,)
    seen: set[tuple[str, int]] = set()  # with --split all, held-out articles already in dev count once
    for split in splits:
        how = ", through the whole pipeline" if args.pipeline else ""
        report(f"[{split}] news articles, hand-made gold (tests/gold/facts/{split}.jsonl){how}",
               eval_news(split, not args.no_entities, seen, args.pipeline), args.misses)
        if split in WOJOOD and not args.pipeline:
            report(f"[{split}] Wojood {WOJOOD[split]} (DATE / CARDINAL spans, overlap)", eval_wojood(split), args.misses)


if __name__ == "__main__":
    main()
