"""The clean stage: from scraped text or HTML to the article itself."""

from .article import clean_article
from .options import DEFAULTS, CleanOptions

__all__ = ["DEFAULTS", "CleanOptions", "clean_article"]
