"""Which lines are not the article, and why: decided by structure, and by what a source repeats.

The body is anchored on its prose: lines long enough and ended like sentences, in blocks
(blank-line-separated runs) made mostly of prose, or in verse blocks. Around the anchors:

- before the first anchor: teasers and repeated titles go; blocks of their own above the
  body are captions or header matter; a ``name – place`` line becomes the byline and
  dateline, a ``place date agency`` line the dateline;
- after the last anchor: blocks of their own below the body are footers (navigation,
  share buttons, related lists, tags, copyright); the tail of the last body block keeps
  its lines (signatures, end marks, contact lines) unless they are link-outs, tags,
  menus, copyright or share lines;
- between anchors: a line that names another article (``label: headline``), a line the
  source repeats in many articles, a menu, copyright or share line, or a non-prose block
  of several short lines (a list of links) goes; a lone subheading, a run of fields with
  different labels, and a line naming this article stay.

When the body has no blank lines at all, one short line right under the title or a teaser
is a caption, and the tail is cut where junk-shaped lines (repeated by the source, or in
runs of menu items) start to dominate.

With no prose anywhere, the block with the most words is the body (unless it is only
menu words: then the article is empty).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .byline import is_dateline, parse_byline
from .lines import ARABIC_COMMA, Line, loose_key
from .memory import SourceMemory
from .teaser import find_teasers, is_title_repeat

__all__ = ["Verdict", "judge", "leading_junk"]

# What goes from the tail of the last body block (repeated lines stay there: signatures,
# end marks and contact lines are the article's own).
TAIL_SHAPES = frozenset({"copyright", "share", "nav", "tags", "link_out"})
# A block is body when its prose lines hold at least this share of its words.
BODY_BLOCK_SHARE = 0.5
# A link-out line names an article: a label, then a headline of this many words.
LINK_OUT_WORDS = (2, 16)
# Labels of a line that links to the article itself (رابط الخبر بصحيفة الوئام: headline): its own headline, kept
# as it is when the title names it, not a link out to another article.
OWN_LINK_LABELS = ("رابط الخبر", "رابط المقال", "رابط الموضوع")
# Header lines above the body longer than this are not captions but header matter.
CAPTION_WORDS = 10
NAV_WORDS = 3
# This many menu-like lines in a row are navigation.
MENU_RUN = 3
# A line opening with a bullet is an item of the article's own list, not a menu.
BULLETS = ("-", "\u2013", "\u2022", "*", "\u25cf", "\u25aa")
# A number of its own (a time, a phone, a date), not a counter glued to a word (أخبار12).
NUMBER_RE = re.compile(r"(?<!\w)\d")
# A body without prose needs at least this many words (else the page had no article).
FALLBACK_WORDS = 6
# Tags are short: at most this many words between commas.
TAG_WORDS = 3
ITEM_SPLIT_RE = re.compile(f"[{ARABIC_COMMA},]")
# Verse (poems, numbered points): at least this many lines, this share ending in , or .
VERSE_LINES = 4
VERSE_SOFT_SHARE = 0.25


@dataclass(slots=True)
class Verdict:
    """Reasons for dropped lines (by position in ``lines``), and the byline and dateline found."""

    reasons: dict[int, str] = field(default_factory=dict)
    byline: str | None = None
    dateline: str | None = None
    moved: set[int] = field(default_factory=set)  # positions moved to byline (and its dateline)


def _names_this_article(line: Line, title_key: str) -> bool:
    """A ``label: ...`` line whose rest holds this article's title, or whose label says it is this article's
    own link, when no title was given or found (a permalink line)."""
    if line.label is None:
        return False
    if line.label.startswith(OWN_LINK_LABELS):
        return True
    if not title_key or ":" not in line.key:
        return False
    return title_key in loose_key(line.key.split(":", 1)[1])


def _link_out(line: Line, title_key: str) -> bool:
    """``label: headline``: a line naming another article (not this one's title)."""
    if line.label is None or line.prose or line.in_field_list:
        return False
    low, high = LINK_OUT_WORDS
    if not low <= line.rest_words <= high or line.text.rstrip().endswith((ARABIC_COMMA, ",")):
        return False
    return not _names_this_article(line, title_key)


def _tags(line: Line) -> bool:
    """``label: a، b، c``: a list of short items (tags, keywords) after a label."""
    if line.label is None or line.prose:
        return False
    items = [item.split() for item in ITEM_SPLIT_RE.split(line.text.split(":", 1)[1])]
    return len(items) >= 2 and all(0 < len(item) <= TAG_WORDS for item in items)


def _junk_shape(line: Line, title_key: str, memory: SourceMemory) -> str | None:
    """The reason a line is junk wherever it stands, or None (computed once per line)."""
    if line.shape is not None:
        return line.shape or None
    line.shape = _shape(line, title_key, memory) or ""
    return line.shape or None


def _shape(line: Line, title_key: str, memory: SourceMemory) -> str | None:
    if line.copyright:
        return "copyright"
    if line.latin_only and not line.prose:
        return "share"
    if line.menu:
        return "nav"
    if _tags(line):
        return "tags"
    if _link_out(line, title_key):
        return "link_out"
    if _names_this_article(line, title_key):
        return None  # the article's own, however often the source writes its label
    if memory.is_boilerplate(line):
        return "boilerplate"
    return None


def _footer_reason(line: Line, title_key: str, memory: SourceMemory) -> str:
    """Why a line in a footer block goes."""
    shaped = _junk_shape(line, title_key, memory)
    if shaped:
        return shaped
    if line.words <= NAV_WORDS:
        return "nav"
    return "related" if line.short else "footer"


def _body_blocks(
    lines: list[Line], skip: dict[int, str], title_key: str, memory: SourceMemory, *, share: float
) -> tuple[set[int], set[int]]:
    """Blocks made mostly of prose (``share`` of their words), and blocks of verse: several
    short lines, enough of them ending in a comma or period (menus and headline lists never do)."""
    prose_words: dict[int, int] = {}
    all_words: dict[int, int] = {}
    sizes: dict[int, int] = {}
    soft: dict[int, int] = {}
    junk: dict[int, int] = {}
    for p, line in enumerate(lines):
        if p in skip:
            continue
        b = line.block
        all_words[b] = all_words.get(b, 0) + line.words
        sizes[b] = sizes.get(b, 0) + 1
        shaped = _junk_shape(line, title_key, memory) is not None
        if shaped:
            junk[b] = junk.get(b, 0) + 1
        elif line.prose:
            prose_words[b] = prose_words.get(b, 0) + line.words
        if line.soft_end:
            soft[b] = soft.get(b, 0) + 1
    prose = {b for b, w in prose_words.items() if w >= share * all_words[b]}
    verse = {
        b
        for b, n in sizes.items()
        if b not in prose
        and n >= VERSE_LINES
        and soft.get(b, 0) >= VERSE_SOFT_SHARE * n
        and 2 * junk.get(b, 0) < n
    }
    return prose, verse


def _menu_runs(lines: list[Line], positions: list[int]) -> set[int]:
    """Positions in runs of at least ``MENU_RUN`` consecutive menu-like lines (a few words,
    no number of their own, no sentence end, no list bullet): navigation written one item a
    line."""
    out: set[int] = set()
    run: list[int] = []
    for p in [*positions, -1]:
        line = lines[p] if p >= 0 else None
        if (
            line is not None
            and line.words <= NAV_WORDS
            and not line.prose
            and not NUMBER_RE.search(line.text)
            and not line.text.startswith(BULLETS)
        ):
            run.append(p)
            continue
        if len(run) >= MENU_RUN:
            out.update(run)
        run = []
    return out


def _cut_tail(lines: list[Line], start: int, reasons: dict[int, str], title_key: str, memory: SourceMemory) -> None:
    """In a body without blank lines: drop the tail from where junk-shaped lines (or menu
    runs) dominate, with the short heading just above them (``شارك:``)."""
    tail = [p for p in range(start, len(lines)) if p not in reasons]
    menus = _menu_runs(lines, tail)
    shaped = {p: _junk_shape(lines[p], title_key, memory) or ("nav" if p in menus else None) for p in tail}
    for k, p in enumerate(tail):
        if shaped[p] is None:
            continue
        rest = tail[k:]
        if 2 * sum(1 for q in rest if shaped[q]) >= len(rest):
            if k > 0 and lines[tail[k - 1]].words <= NAV_WORDS and lines[tail[k - 1]].text.endswith(":"):
                k -= 1
            for q in tail[k:]:
                reasons[q] = shaped[q] or _footer_reason(lines[q], title_key, memory)
            return
        reasons[p] = shaped[p]  # type: ignore[assignment]


def _fallback_anchors(lines: list[Line], skip: dict[int, str], title_key: str, memory: SourceMemory) -> list[int]:
    """With no prose anywhere (a poem, a list): the block with the most words of clean lines,
    unless it is only menu words."""
    words: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    for p, line in enumerate(lines):
        if p in skip or _junk_shape(line, title_key, memory) is not None:
            continue
        words[line.block] = words.get(line.block, 0) + line.words
        members.setdefault(line.block, []).append(p)
    if not words:
        return []
    best = max(words, key=lambda b: words[b])
    # Menu words alone are not an article.
    if words[best] < FALLBACK_WORDS or all(lines[p].words <= NAV_WORDS for p in members[best]):
        return []
    return members[best]


def _mark_field_lists(lines: list[Line], title_key: str) -> None:
    """Adjacent ``label: value`` lines with different labels are a list of fields (number,
    date, group, name...), not links: a run of links repeats its label. A permalink line
    (naming this article) is no field."""
    labelled = [
        line.label is not None and not line.prose and not _names_this_article(line, title_key) for line in lines
    ]
    for p, line in enumerate(lines):
        if not labelled[p]:
            continue
        for q in (p - 1, p + 1):
            if (
                0 <= q < len(lines)
                and labelled[q]
                and lines[q].block == line.block
                and loose_key(lines[q].label or "") != loose_key(line.label or "")
            ):
                line.in_field_list = True


def leading_junk(lines: list[Line]) -> dict[int, str]:
    """Lines above the title that cannot be it: menus, share buttons, copyright, each with
    its reason; stops at the first other line."""
    out: dict[int, str] = {}
    for p, line in enumerate(lines):
        if line.copyright:
            out[p] = "copyright"
        elif line.latin_only:
            out[p] = "share"
        elif line.menu:
            out[p] = "nav"
        else:
            break
    return out


def judge(
    lines: list[Line], *, title_key: str, memory: SourceMemory, teaser_window: int, under_title: bool = False
) -> Verdict:
    """Every line that is not the article, with its reason; and the byline and dateline when
    they stand above the body. ``under_title``: the first line follows the title with no
    blank line between them."""
    verdict = Verdict()
    reasons = verdict.reasons
    if not lines:
        return verdict
    _mark_field_lists(lines, title_key)
    for p, line in enumerate(lines):
        if is_title_repeat(line, title_key):
            reasons[p] = "title"
    for p in find_teasers(lines, window=teaser_window):
        reasons.setdefault(p, "teaser")

    # The body itself has blank lines: blocks tell body from page. Else there is one block,
    # which holds the body if any of it is prose.
    blocky = lines[-1].block > lines[0].block
    share = BODY_BLOCK_SHARE if blocky else 0.0
    prose_blocks, verse_blocks = _body_blocks(lines, reasons, title_key, memory, share=share)
    anchors = [
        p
        for p, line in enumerate(lines)
        if p not in reasons
        and (line.block in verse_blocks or (line.block in prose_blocks and line.prose))
        and _junk_shape(line, title_key, memory) is None
    ]
    if not anchors:
        anchors = _fallback_anchors(lines, reasons, title_key, memory)
        if not anchors:
            for p, line in enumerate(lines):
                reasons.setdefault(p, _footer_reason(line, title_key, memory))
            return verdict
    anchor_set = set(anchors)
    first, last = anchors[0], anchors[-1]
    first_block, last_block = lines[first].block, lines[last].block
    anchor_blocks = {lines[p].block for p in anchors}
    block_sizes: dict[int, int] = {}
    for p, line in enumerate(lines):
        if p not in reasons:
            block_sizes[line.block] = block_sizes.get(line.block, 0) + 1

    after_teaser = under_title and not blocky  # without blank lines, the title is just above
    for p, line in enumerate(lines):
        if p in reasons:
            after_teaser = reasons[p] in ("teaser", "title")
            continue
        shaped = _junk_shape(line, title_key, memory)
        if p < first:
            own_block = line.block == first_block or block_sizes[line.block] == 1
            byline = parse_byline(line) if verdict.byline is None and verdict.dateline is None else None
            if byline is not None and own_block:
                verdict.byline, verdict.dateline = byline
                verdict.moved.add(p)
            elif verdict.dateline is None and own_block and is_dateline(line):
                verdict.dateline = line.text  # and it stays in the text: its place and dates are facts
            elif line.block < first_block or (not blocky and after_teaser and line.short):
                reasons[p] = shaped or ("caption" if line.words <= CAPTION_WORDS else "header")
                after_teaser = blocky  # without blank lines, one caption under a teaser, no more
                continue
            elif shaped:
                reasons[p] = shaped
        elif p > last:
            if line.block > last_block:
                reasons[p] = _footer_reason(line, title_key, memory)
            elif not blocky:
                _cut_tail(lines, p, reasons, title_key, memory)
                break
            elif shaped in TAIL_SHAPES:
                reasons[p] = shaped
        elif p not in anchor_set:
            if line.block not in anchor_blocks and block_sizes[line.block] >= 2 and not line.prose:
                reasons[p] = shaped or ("nav" if line.words <= NAV_WORDS else "related")
            elif shaped:
                reasons[p] = shaped
        after_teaser = False
    return verdict
