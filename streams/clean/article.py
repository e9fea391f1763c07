"""``clean_article``: a raw article in, the article and only the article out, with every line
it dropped and why.

Input: ``text/plain`` (one paragraph a line, as scrapers deliver) or ``text/html`` (the main
content is taken with trafilatura first, see ``html.py``; then the same cleaning). The body
size limit is enforced before this stage, at intake (``streams.intake.MAX_BODY_CHARS``,
rejected as ``too_large``); the check is repeated here so that a caller skipping intake
gets the same answer.

Output: ``title`` (the raw field when given, else the first line, menus or share lines
above it aside, unless that line is prose, long (a body flattened to one line, a cut-off
paragraph) or a dated dateline: then the body opens with the article itself and ``title`` is
empty; for HTML, the page's title), ``text`` (kept lines as paragraphs joined by a blank line), ``lead`` (the first
prose paragraph: a dateline or greeting line above it is not the lead),
``byline``/``dateline`` (a ``name – place`` line above the body, moved out of the text, or
a ``place date agency`` line, which stays in the text: its place and dates are facts of the
story; or the page's author),
``removed`` (each dropped line with its reason and its line number in the body; for HTML,
in the extracted text), ``published_at_text`` (the raw field, or the page's date), and
``lang``.

Language policy: every article is cleaned the same way (the rules are structural, not
Arabic-specific) and gets its detected ISO 639-1 code in ``lang`` (``und`` when there is
too little text to tell; the raw ``lang`` hint is used only then). Non-Arabic articles,
Persian and Urdu included, are passed on, not rejected: the extract stage is the one that
skips what it cannot read, so consumers still see the article and its language.

Errors: ``Reject("empty")`` when nothing is left, ``Reject("bad_html")`` when HTML cannot be
parsed, ``Reject("too_large")`` over the size limit. Nothing else ever escapes: an
unexpected failure becomes ``Reject("clean_failed")`` with its type, so the worker
dead-letters the message instead of dying.

Learning: ``memory`` maps a source name to that source's learned boilerplate (see
``memory.py``); the article is judged first, then counted, and the source's value is
written back whole.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import MutableMapping
from typing import Any

from ..arabic import normalize_display
from ..errors import Reject
from ..identity import article_id, canonical_url, host_of
from ..intake import MAX_BODY_CHARS
from ..records import CleanArticle, RawArticle, Removed
from .boilerplate import judge, leading_junk
from .byline import is_dated_dateline
from .html import extract_page
from .language import detect_language
from .lines import PROSE_WORDS, make_lines
from .memory import SourceMemory
from .options import DEFAULTS, CleanOptions
from .teaser import title_key

__all__ = ["clean_article"]

LOGGER = logging.getLogger(__name__)

# HTML character references left in scraped text (&quot; &#1575; &#x627;).
ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
PARAGRAPH_SEPARATOR = "\n\n"


def _one_line(text: str | None) -> str:
    """A field as one display line."""
    return " ".join(normalize_display(text).split()) if text else ""


def _unescape(text: str) -> str:
    """Character references decoded (scrapers leave them in plain text)."""
    return html.unescape(text) if "&" in text and ENTITY_RE.search(text) else text


def _clean(raw: RawArticle, memory: MutableMapping[str, Any] | None, options: CleanOptions = DEFAULTS) -> CleanArticle:
    body = raw.body if isinstance(raw.body, str) else ""
    if len(body) > MAX_BODY_CHARS:
        raise Reject("too_large", f"body has {len(body)} characters; the limit is {MAX_BODY_CHARS}")
    source = raw.source or host_of(raw.url)
    author = date = page_title = None
    if raw.content_type == "text/html":
        page = extract_page(body, url=raw.url)
        text, author, date, page_title = page.text, page.author, page.date, page.title
    else:
        text = _unescape(body)
    lines = make_lines(normalize_display(text).split("\n"))
    title = _one_line(_unescape(raw.title) if raw.title else page_title)
    state = SourceMemory(memory, source, options=options)
    above: list[Removed] = []
    under_title = False
    if not title:
        skipped = leading_junk(lines)
        above = [Removed(text=lines[p].text, reason=reason, line=lines[p].index) for p, reason in skipped.items()]
        lines = lines[len(skipped) :]
        if not lines:
            raise Reject("empty", "the body has no text")
        first = lines[0]
        if not first.prose and first.words < PROSE_WORDS and not is_dated_dateline(first):  # else no headline: title ""
            lines = lines[1:]
            title = first.text
            under_title = bool(lines) and lines[0].block == first.block
    verdict = judge(
        lines, title_key=title_key(title), memory=state, teaser_window=options.teaser_window, under_title=under_title
    )
    kept = [line for p, line in enumerate(lines) if p not in verdict.reasons and p not in verdict.moved]
    if not kept:
        raise Reject("empty", "nothing is left after cleaning")
    removed = above + [
        Removed(text=lines[p].text, reason=reason, line=lines[p].index) for p, reason in sorted(verdict.reasons.items())
    ]
    paragraphs = [line.text for line in kept]
    clean_text = PARAGRAPH_SEPARATOR.join(paragraphs)
    state.learn(lines, article_key=f"{title}\n{clean_text}")
    return CleanArticle(
        id=article_id(raw.url),
        url=raw.url,
        canonical_url=canonical_url(raw.url),
        source=source,
        title=title,
        lead=next((line.text for line in kept if line.prose), paragraphs[0]),
        text=clean_text,
        lang=detect_language(clean_text, hint=raw.lang),
        removed=removed,
        byline=verdict.byline or _one_line(author) or None,
        dateline=verdict.dateline,
        published_at_text=raw.published_at or date,
        fetched_at=raw.fetched_at,
        meta=raw.meta,
    )


def clean_article(
    raw: RawArticle, *, memory: MutableMapping[str, Any] | None = None, options: CleanOptions = DEFAULTS
) -> CleanArticle:
    """The article and only the article, with every dropped line and its reason.

    ``memory`` holds what the stage learns per source across articles (a dict in
    ``naba process``, a changelog-backed table in the worker); ``options`` its settings.
    Raises only ``Reject``.
    """
    try:
        return _clean(raw, memory, options)
    except Reject:
        raise
    except Exception as exc:  # the stage never raises anything but Reject
        LOGGER.exception("clean failed on %s", getattr(raw, "url", "?"))
        raise Reject("clean_failed", f"{type(exc).__name__}: {exc}") from None
