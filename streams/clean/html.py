"""HTML pages: the main content with trafilatura (title, date and author when the page has
them), as text lines for the same cleaning as scraped text.

No network, no downloads: trafilatura only parses the string it is given. A page lxml cannot
parse is ``bad_html``; a page with no main content is ``empty``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ..errors import Reject

__all__ = ["Page", "extract_page"]

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Page:
    """What trafilatura found: the main text (one paragraph a line) and the metadata."""

    text: str
    title: str | None
    author: str | None
    date: str | None


def extract_page(html: str, *, url: str | None = None) -> Page:
    """The main content of an HTML page; ``Reject`` (bad_html, empty) when there is none."""
    # Imported here: trafilatura is heavy to import, and only HTML input needs it.
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    tree = load_html(html) if html.strip() else None
    if tree is None:
        raise Reject("bad_html", "the body could not be parsed as HTML")
    try:
        doc = bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
        )
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:
        LOGGER.debug("trafilatura failed on %s: %s", url, exc)
        raise Reject("bad_html", f"main content extraction failed: {type(exc).__name__}") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise Reject("empty", "the page has no main content")
    return Page(
        text=text,
        title=getattr(doc, "title", None) or None,
        author=getattr(doc, "author", None) or None,
        date=getattr(doc, "date", None) or None,
    )
