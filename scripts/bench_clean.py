"""Benchmark of the clean stage on scraped articles with gold line labels.

Usage::

    .venv/bin/python scripts/bench_clean.py [../shared/data/cleaning/scraped-dev.jsonl.gz]
        [--show-errors tune|held-out] [--no-memory]

Each input line is ``{"raw": <raw article>, "gold": {"title", "body_lines", "junk_lines"}}``.
The file is processed in file order as one stream (one ``memory`` dict, as in
``naba process``). The first half is the tuning split (rules were tuned on it only); the
second half is held out. Each half is reported separately, each with the memory the
stream had built by then.

Every non-empty line of a raw body is labelled from the gold: the first line is the title,
the others are body or junk (gold lists are matched to lines by text, in order). The
cleaner's decision for a line is read off its record: a line is *removed* when it is in
``removed`` (or the article was rejected), else *kept* (in ``text``, or moved to
``byline``/``dateline``). Then:

- junk-line recall   = junk lines removed / junk lines
- body-line precision = kept lines that are body / kept lines (the share of the clean
  text that is article; junk kept lowers it)
- body-line recall   = body lines kept / body lines (a real paragraph lost lowers it: the
  issue's "a real paragraph lost is worse than a junk line kept")
- removal precision  = removed lines that are junk / removed lines
- title accuracy     = articles whose ``title`` equals the gold title (in display form:
  character references decoded, spaces collapsed, invisible marks dropped)
- articles/s         = articles through ``clean_article`` per second of the process's CPU
  time spent in it (one process, one core: the figure holds on a machine shared with other
  jobs; wall-clock figure beside it; intake parsing not included)

``--flat`` is another: blank lines are taken out of every body (scrapers that join
blocks with single newlines), so the block structure is gone and only line shapes and
the per-source memory are left.

``--control`` runs the other way round: the ANT corpus (Tunisian radio news, another site
and dialect, bodies already clean) goes through as one stream, title line + blank + text,
and the share of its text lines the cleaner removes is printed (false removals, at most;
some of those lines are press contacts and source notes).

``--reword`` is a generalisation check: every junk line is rewritten into other wording
(other menu words, link labels, ad slot, captions, copyright, share buttons; ``REWORD``
below) before cleaning, as another site would write it. The cleaner holds no phrase of
the dev set, so its figures should hardly move.
"""

from __future__ import annotations

import argparse
import gzip
import html
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from streams.arabic import normalize_display
from streams.clean import clean_article
from streams.errors import Reject
from streams.intake import parse_raw
from streams.records import RawArticle

DEFAULT_CONTROL = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "ant_v1.1.jsonl.gz"
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "cleaning" / "scraped-dev.jsonl.gz"


# Another site's wording for the junk of the dev set (whole lines, or line prefixes).
REWORD: dict[str, str] = {
    "اقرأ أيضاً:": "طالع كذلك:",
    "اقرأ أيضا:": "طالع كذلك:",
    "إعلان": "مساحة إعلانية",
    "أقسام": "الأبواب",
    "أخبار متعلقة": "قصص ذات صلة",
    "أخبار ذات صلة": "مواضيع مشابهة",
    "أخبار": "مستجدات",
    "اقرأ المزيد": "المزيد من القصص",
    "الرئيسية": "الصفحة الأولى",
    "محليات": "شؤون محلية",
    "رياضة": "ملاعب",
    "اقتصاد": "مال وأعمال",
    "مقالات": "آراء",
    "شارك الخبر:": "انشر:",
    "شارك": "أرسل لصديق",
    "فيسبوك": "انستغرام",
    "تويتر": "يوتيوب",
    "واتساب": "تيليجرام",
    "Facebook": "Instagram",
    "Twitter": "YouTube",
    "الكلمات الدلالية:": "كلمات مفتاحية:",
    "وسوم:": "الموضوعات:",
    "جميع الحقوق محفوظة © 2015": "© 2015 الحقوق كافة محفوظة للناشر",
    "© 2015 جميع الحقوق محفوظة": "الحقوق محفوظة لدار النشر ©",
    "صورة من الأرشيف": "لقطة من الحدث",
    "صورة أرشيفية": "من المصدر",
    "أرشيفية": "تصوير المحرر",
    "(أ ف ب)": "(رويترز)",
}


def reword(row: dict[str, Any]) -> dict[str, Any]:
    """The row with each junk line in another wording (body and gold alike)."""
    junk = set(row["gold"]["junk_lines"])

    def swap(line: str) -> str:
        if line not in junk:
            return line
        for old, new in REWORD.items():
            if line == old or (line.startswith(old) and (old.endswith(":") or line[len(old) :].isdigit())):
                return new + line[len(old) :]
        return line

    raw = dict(row["raw"])
    raw["body"] = "\n".join(swap(line) for line in raw["body"].split("\n"))
    gold = dict(row["gold"])
    gold["junk_lines"] = [swap(line) for line in gold["junk_lines"]]
    return {"raw": raw, "gold": gold}


@dataclass
class Tally:
    """Line counts of one split."""

    articles: int = 0
    rejected: int = 0
    title_ok: int = 0
    junk: int = 0
    junk_removed: int = 0
    body: int = 0
    body_kept: int = 0
    kept: int = 0
    removed: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    reasons: Counter[str] = field(default_factory=Counter)
    wrong_reasons: Counter[str] = field(default_factory=Counter)

    def report(self, name: str) -> str:
        """The figures of this split, one per line."""
        def ratio(a: int, b: int) -> str:
            return f"{a / b:.4f}" if b else "n/a"

        return "\n".join(
            [
                f"[{name}] articles={self.articles} rejected={self.rejected}",
                f"  junk-line recall    {ratio(self.junk_removed, self.junk)}  ({self.junk_removed}/{self.junk}; junk kept {self.junk - self.junk_removed})",
                f"  body-line precision {ratio(self.body_kept, self.kept)}  ({self.body_kept}/{self.kept})",
                f"  body-line recall    {ratio(self.body_kept, self.body)}  ({self.body_kept}/{self.body}; body lost {self.body - self.body_kept})",
                f"  removal precision   {ratio(self.junk_removed, self.removed)}  ({self.junk_removed}/{self.removed})",
                f"  title accuracy      {ratio(self.title_ok, self.articles)}",
                f"  articles/s          {self.articles / self.cpu_seconds:.0f} per CPU-second"
                f" ({self.articles / self.seconds:.0f} per wall-second)"
                if self.seconds and self.cpu_seconds
                else "  articles/s n/a",
            ]
        )


def same_title(gold: str) -> str:
    """The gold title as the cleaner shows titles: display form, references decoded, one line."""
    return " ".join(normalize_display(html.unescape(gold)).split())


def gold_labels(body: str, gold: dict[str, Any]) -> dict[int, str]:
    """``{line index: "title" | "body" | "junk"}`` for the non-empty lines of ``body``."""
    body_left = Counter(gold["body_lines"])
    junk_left = Counter(gold["junk_lines"])
    labels: dict[int, str] = {}
    first = True
    for i, line in enumerate(body.split("\n")):
        if not line.strip():
            continue
        if first:
            labels[i], first = "title", False
        elif body_left[line] > 0:
            labels[i] = "body"
            body_left[line] -= 1
        elif junk_left[line] > 0:
            labels[i] = "junk"
            junk_left[line] -= 1
        else:
            labels[i] = "unknown"
    return labels


def flatten(row: dict[str, Any]) -> dict[str, Any]:
    """The row with the blank lines of its body taken out."""
    raw = dict(row["raw"])
    raw["body"] = "\n".join(line for line in raw["body"].split("\n") if line.strip())
    return {"raw": raw, "gold": row["gold"]}


def run(
    path: Path, *, use_memory: bool, show: str | None, reworded: bool = False, flat: bool = False
) -> list[tuple[str, Tally]]:
    """Process the file as one stream; a tally per half."""
    with gzip.open(path, "rb") as lines:
        rows = [orjson.loads(line) for line in lines]
    if reworded:
        rows = [reword(row) for row in rows]
    if flat:
        rows = [flatten(row) for row in rows]
    half = len(rows) // 2
    memory: dict[str, Any] | None = {} if use_memory else None
    splits = [("tune", Tally()), ("held-out", Tally())]
    for n, row in enumerate(rows):
        name, tally = splits[0] if n < half else splits[1]
        raw = parse_raw(orjson.dumps(row["raw"]))
        labels = gold_labels(raw.body, row["gold"])
        start, cpu = time.perf_counter(), time.process_time()
        try:
            clean = clean_article(raw, memory=memory)
        except Reject:
            clean = None
        tally.cpu_seconds += time.process_time() - cpu
        tally.seconds += time.perf_counter() - start
        tally.articles += 1
        removed: dict[int, str] = {}
        if clean is None:
            tally.rejected += 1
            removed = {i: "rejected" for i in labels}
        else:
            removed = {r.line: r.reason for r in clean.removed}
            tally.title_ok += clean.title == same_title(row["gold"]["title"])
        lines = raw.body.split("\n")
        for i, label in labels.items():
            if label == "title":
                continue
            gone = i in removed
            tally.junk += label == "junk"
            tally.body += label == "body"
            if gone:
                tally.removed += 1
                tally.reasons[removed[i]] += 1
                if label == "junk":
                    tally.junk_removed += 1
                else:
                    tally.wrong_reasons[removed[i]] += 1
            else:
                tally.kept += 1
                tally.body_kept += label == "body"
            if show == name and (gone == (label == "body")):
                what = f"LOST[{removed[i]}]" if gone else "KEPT"
                print(f"{n:5d} {raw.source:12s} {what:18s} {lines[i][:100]}", file=sys.stderr)
    return splits


def control(path: Path) -> str:
    """Clean already-clean article texts; how many of their lines were removed, and why."""
    memory: dict[str, Any] = {}
    lines = removed = rejected = articles = 0
    reasons: Counter[str] = Counter()
    with gzip.open(path, "rb") as rows:
        for row in map(orjson.loads, rows):
            text = row.get("text") or ""
            if not text.strip():
                continue
            articles += 1
            raw = RawArticle(url=row["url"], body=f"{row['title']}\n\n{text}", source="ant")
            try:
                clean = clean_article(raw, memory=memory)
            except Reject:
                rejected += 1
                continue
            lines += sum(1 for line in text.split("\n") if line.strip())
            removed += len(clean.removed)
            reasons.update(r.reason for r in clean.removed)
    return (
        f"[control: {path.name}] articles={articles} rejected={rejected} text lines={lines} "
        f"removed={removed} ({removed / lines:.4f}) {dict(reasons.most_common())}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-memory", action="store_true", help="structural rules only (memory=None)")
    parser.add_argument("--show-errors", choices=["tune", "held-out"], help="print misjudged lines of a split to stderr")
    parser.add_argument("--reword", action="store_true", help="junk lines in another wording (generalisation check)")
    parser.add_argument("--flat", action="store_true", help="bodies without blank lines (robustness check)")
    parser.add_argument("--control", nargs="?", const=DEFAULT_CONTROL, type=Path, help="clean texts: false removals")
    args = parser.parse_args()
    if args.control:
        print(control(args.control))
        return
    splits = run(
        args.path, use_memory=not args.no_memory, show=args.show_errors, reworded=args.reword, flat=args.flat
    )
    for name, tally in splits:
        print(tally.report(name))
    total = Tally()
    for _, t in splits:
        for f in ("articles", "rejected", "title_ok", "junk", "junk_removed", "body", "body_kept", "kept", "removed"):
            setattr(total, f, getattr(total, f) + getattr(t, f))
        total.seconds += t.seconds
        total.cpu_seconds += t.cpu_seconds
        total.reasons += t.reasons
        total.wrong_reasons += t.wrong_reasons
    print(total.report("all"))
    print("  removed by reason  ", dict(total.reasons.most_common()))
    print("  body lost by reason", dict(total.wrong_reasons.most_common()))


if __name__ == "__main__":
    main()
