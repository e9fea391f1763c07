"""Article identity: a canonical URL, and a stable id derived from it."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = ["article_id", "canonical_url", "host_of"]

# Query parameters that track the reader rather than name the article.
TRACKING_PARAMS = frozenset({"fbclid", "gclid", "igshid", "mc_cid", "mc_eid", "ref", "ref_src", "share"})
DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str) -> str:
    """The URL with case, default ports, fragments, tracking parameters and trailing slashes normalised."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    host = host.removeprefix("www.")
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS
    )
    return urlunsplit(("https" if scheme in ("http", "https") else scheme, netloc, path, urlencode(query), ""))


def article_id(url: str) -> str:
    """A stable 16-hex-digit id: the same article under URL variants gets the same id."""
    return hashlib.blake2b(canonical_url(url).encode("utf-8"), digest_size=8).hexdigest()


def host_of(url: str) -> str:
    """The URL's host without ``www.``: the default source name."""
    host = (urlsplit(url.strip()).hostname or "").lower()
    return host.removeprefix("www.")
