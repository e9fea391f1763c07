"""The extract stage: who, where, when, how many, and who said what."""

from .article import extract_article
from .ner_model import warm_up

__all__ = ["extract_article", "warm_up"]
