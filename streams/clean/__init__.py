"""The clean stage: from scraped text or HTML to the article itself."""

from .article import clean_article

__all__ = ["clean_article"]
