"""The cluster stage: link copies of the same story, exact or near."""

from .stories import VERSION, Grouping, cluster_article, content_key, enter, visit

__all__ = ["VERSION", "Grouping", "cluster_article", "content_key", "enter", "visit"]
