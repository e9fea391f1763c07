"""Arabic text tools: display normalisation and the folded match form with its offset map."""

from .normalize import fold, match_key, normalize_display

__all__ = ["fold", "match_key", "normalize_display"]
