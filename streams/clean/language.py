"""Language of an article, without a model: the dominant script, then the letters only one
language of that script uses.

Arabic script is shared by Arabic, Persian, Urdu, Pashto and Kurdish; each of the others
writes letters Arabic does not (Persian پ چ ژ گ and its own kaf and yeh; Urdu ے ں ٹ ڈ ڑ ہ ھ;
Pashto ټ ډ ړ ښ ږ ځ څ ې ۍ; Sorani Kurdish ە ێ ۆ ڵ ڕ), while Arabic writes ta marbuta, alef
maksura and its own kaf and yeh. Latin-script text is told apart by its commonest short
words. Codes are ISO 639-1; ``und`` (BCP 47 "undetermined") when there is too little text.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["detect_language"]

UNDETERMINED = "und"
MIN_LETTERS = 12
# How many letters of an article are enough to decide (the head of a long text will do).
SAMPLE_CHARS = 1000

URDU = frozenset("\u0679\u0688\u0691\u06ba\u06d2\u06be\u06c1\u06c3")
PASHTO = frozenset("\u067c\u0689\u0693\u069a\u0696\u0681\u0685\u06d0\u06cd")
KURDISH = frozenset("\u06d5\u06ce\u06c6\u06b5\u0695")
PERSIAN = frozenset("\u067e\u0686\u0698\u06af\u06a9\u06cc")
ARABIC_ONLY = frozenset("\u0629\u0649\u064a\u0643")
# Letters only the other languages write, and every letter that tells them apart.
OTHER_RE = re.compile(f"[{''.join(sorted(URDU | PASHTO | KURDISH | PERSIAN))}]")
TELLING_RE = re.compile(f"[{''.join(sorted(URDU | PASHTO | KURDISH | PERSIAN | ARABIC_ONLY))}]")

# Runs of letters of each script (counted by summing run lengths: few matches, C speed).
SCRIPT_RES: dict[str, re.Pattern[str]] = {
    "arab": re.compile("[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08c9]+"),
    "latn": re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+"),
    "cyrl": re.compile("[\u0400-\u04ff]+"),
    "hebr": re.compile("[\u05d0-\u05ea]+"),
    "grek": re.compile("[\u0370-\u03ff]+"),
    "deva": re.compile("[\u0900-\u097f]+"),
    "kana": re.compile("[\u3040-\u30ff]+"),
    "hani": re.compile("[\u4e00-\u9fff]+"),
    "hang": re.compile("[\uac00-\ud7af]+"),
}
SCRIPT_LANGUAGE = {"cyrl": "ru", "hebr": "he", "grek": "el", "deva": "hi", "kana": "ja", "hani": "zh", "hang": "ko"}

# The commonest short words of Latin-script languages news is written in.
LATIN_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(["the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "was", "as", "by", "at", "from", "are", "has", "have", "said", "it"]),
    "fr": frozenset(["le", "la", "les", "des", "et", "du", "un", "une", "est", "dans", "pour", "que", "sur", "qui", "au", "par", "pas", "avec", "été"]),
    "es": frozenset(["el", "la", "los", "las", "de", "y", "en", "que", "por", "con", "para", "una", "del", "se", "es", "al", "fue", "como"]),
    "de": frozenset(["der", "die", "das", "und", "den", "von", "zu", "mit", "ist", "im", "nicht", "auf", "ein", "eine", "für", "sich", "dem", "des"]),
    "it": frozenset(["il", "di", "che", "e", "la", "per", "un", "una", "del", "della", "non", "sono", "gli", "nel", "alla"]),
    "pt": frozenset(["o", "os", "de", "e", "que", "do", "da", "em", "um", "uma", "para", "com", "não", "dos", "das", "foi", "ao"]),
    "tr": frozenset(["ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "olan", "çok", "daha", "gibi", "ama"]),
    "id": frozenset(["yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada"]),
}
LATIN_WORD_RE = re.compile(r"[a-zà-öø-ÿçğışü]+")


def _arabic_script_language(sample: str) -> str:
    """Which language of the Arabic script the letters of ``sample`` say."""
    if OTHER_RE.search(sample) is None:  # no letter Arabic does not write: the common case
        return "ar"
    counts = Counter(TELLING_RE.findall(sample))
    score = {
        "ur": sum(counts[c] for c in URDU),
        "ps": sum(counts[c] for c in PASHTO),
        "ku": sum(counts[c] for c in KURDISH),
        "fa": sum(counts[c] for c in PERSIAN),
        "ar": sum(counts[c] for c in ARABIC_ONLY),
    }
    own = max(("ur", "ps", "ku"), key=lambda k: score[k])
    if score[own] > score["ar"] * 0.5 and score[own] >= 3:
        return own
    return "fa" if score["fa"] > score["ar"] else "ar"


def _latin_language(sample: str) -> str:
    """Which Latin-script language the common words of ``sample`` say."""
    words = Counter(LATIN_WORD_RE.findall(sample.lower()))
    hits = {lang: sum(words[w] for w in vocab) for lang, vocab in LATIN_WORDS.items()}
    best = max(hits, key=lambda k: hits[k])
    return best if hits[best] >= 2 else UNDETERMINED


def detect_language(text: str, *, hint: str | None = None) -> str:
    """ISO 639-1 code of ``text`` (``und`` when undecidable; then ``hint`` if one was given)."""
    sample = text[:SAMPLE_CHARS]
    scripts: Counter[str] = Counter()
    for name, rx in SCRIPT_RES.items():
        scripts[name] = sum(map(len, rx.findall(sample)))
        if scripts[name] * 2 > len(sample):  # a majority of the characters: no need to look further
            break
    if sum(scripts.values()) < MIN_LETTERS:
        return hint or UNDETERMINED
    script, _ = scripts.most_common(1)[0]
    if script == "arab":
        return _arabic_script_language(sample)
    if script == "latn":
        lang = _latin_language(sample)
        return hint if lang == UNDETERMINED and hint else lang
    return SCRIPT_LANGUAGE.get(script, hint or UNDETERMINED)
