"""The extract stage: who, where, when, how many, and who said what."""

from .article import extract_article

__all__ = ["extract_article"]
