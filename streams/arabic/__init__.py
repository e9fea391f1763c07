"""Arabic text tools: display normalisation and the folded match form with its offset map."""

from .normalize import fold, normalize_display

__all__ = ["fold", "normalize_display"]
