"""The cluster stage: link copies of the same story."""

from .stories import cluster_article, content_key

__all__ = ["cluster_article", "content_key"]
