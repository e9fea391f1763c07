"""Attached conjunctions, prepositions and the article on Arabic words (folded form).

A name in running text often carries و ف ب ل ك and ال: وروسيا، بدمشق، والعراق. The
span of an entity leaves out the conjunction and preposition but keeps ال when it
belongs to the name (بالعراق → العراق). Whether a leading letter is a clitic or part
of the word (بوتين، وليد) is decided by how often the rest stands alone in the news.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from functools import lru_cache

from .ner_lexicon import first_names, gazetteers, lexicon, verb_forms
from .stopwords import folded_stopwords

__all__ = ["PROCLITICS", "bare", "clitic_length", "may_start", "name_cut", "proclitic_splits", "stem_after"]

WAW, FA, BA, LAM, KAF = "\u0648", "\u0641", "\u0628", "\u0644", "\u0643"
ALEF = "\u0627"
AL = ALEF + LAM
GOD = AL + LAM + "\u0647"  # الله
# Conjunction + preposition prefixes, longest first (folded letters).
PROCLITICS: tuple[str, ...] = tuple(
    sorted(
        {c + p for c in ("", WAW, FA) for p in ("", BA, LAM, KAF)} - {""},
        key=len,
        reverse=True,
    )
)
MIN_STEM = 2
WHOLE_NAME_RATIO = 50  # a name's first word spelt whole this many times more often than its "stem"...
WHOLE_NAME_MIN = 20  # ... and seen this often in the news, is a name of its own (كاليفورنيا)
assert max(map(len, PROCLITICS)) == 2  # may_start cuts off at most two letters


def proclitic_splits(form: str) -> list[tuple[str, str]]:
    """Every (prefix, rest) reading of ``form`` with a conjunction/preposition prefix."""
    out = []
    for p in PROCLITICS:
        if form.startswith(p) and len(form) - len(p) >= MIN_STEM:
            out.append((p, form[len(p) :]))
    return out


def bare(word: str) -> str:
    """``word`` without the article ال (لل after a preposition counts too)."""
    if word.startswith(AL) and len(word) > 3:
        return word[2:]
    return word


def stem_after(form: str, cut: int) -> str:
    """``form`` without its first ``cut`` letters, with the article's alef put back where
    the preposition ل swallowed it (للولايات → الولايات, للأمم → الأمم, لله → الله), though not where
    the word itself starts with ل (للبنان → لبنان): the news decides which reading is a word."""
    rest = form[cut:]
    if not cut or form[cut - 1] != LAM or not rest.startswith(LAM) or rest.startswith(AL):
        return rest
    if rest == GOD[2:]:  # لله: ل + الله, the article's alef and lam both gone
        return GOD
    freq = lexicon().freq
    return ALEF + rest if freq.get(ALEF + rest, 0) > freq.get(rest, 0) else rest


RECENT_FORMS = 1 << 16  # forms whose clitic length is kept (a long-running worker meets new words forever)


@lru_cache(maxsize=RECENT_FORMS)
def clitic_length(form: str) -> int:
    """How many leading characters of ``form`` are an attached conjunction or preposition.

    The rest must be a known word: it starts with ال, or is a listed name, or stands alone
    in the news far more often than ``form`` does, and ``form`` itself is not a listed name.
    """
    if len(form) < 3:
        return 0
    freq = lexicon().freq
    single = gazetteers().single
    whole = freq.get(form, 0)
    whole_listed = form in single
    best = 0
    for prefix, rest in proclitic_splits(form):
        if rest.startswith(AL) and len(rest) >= 4:
            return len(prefix)
        if prefix.endswith(LAM) and rest.startswith(LAM) and len(rest) >= 3:
            # لل: the preposition on an article whose alef is dropped (للعراق)
            return len(prefix)
        alone = freq.get(rest, 0)
        listed = rest in single
        if whole_listed and not listed:
            continue
        if (listed and alone >= whole) or alone >= 3 * whole + 20:
            best = max(best, len(prefix))
            break
    return best


def may_start(forms: Sequence[str], firsts: Container[str]) -> list[int]:
    """Indices of the forms that are in ``firsts`` or would be with a conjunction/preposition
    cut off: a cheap superset of where a listed name can begin, so the exact matcher runs
    on a few tokens instead of all."""
    return [i for i, f in enumerate(forms) if f in firsts or f[1:] in firsts or f[2:] in firsts]


def _opens_name(rest: str) -> bool:
    """Whether what a cut leaves can open a name: not a particle or a verb form the news writes
    (بان → ان، لولا → ولا، فادي → ادي), unless a lexicon lists it as a name."""
    if rest.startswith(AL) or rest in first_names() or rest in gazetteers().single:
        return True
    return rest not in folded_stopwords() and rest not in verb_forms()


def name_cut(form: str) -> int:
    """The clitic letters to leave out of a name's first word: those of ``clitic_length``,
    but none that leave a word no name opens with (بان كي مون، فادي), and none where a word
    the news spells whole far more often than the article word left after its first letter
    is a name of its own (كاليفورنيا، فالنسيا، بالوتيلي), not ك/ف/ب + ال."""
    cut = clitic_length(form)
    while cut and form[:cut] != WAW and not (form[cut - 1] == LAM and form[cut:].startswith(LAM) or _opens_name(form[cut:])):
        cut -= 1  # وبان: و + بان, not وب + ان; كوفي, not ك + وفي (لله: ل + الله, as stem_after reads it)
    if cut and form[cut:].startswith(AL):
        freq = lexicon().freq
        whole = freq.get(form, 0)
        if whole >= WHOLE_NAME_MIN and freq.get(form[cut:], 0) * WHOLE_NAME_RATIO < whole:
            return 0
    return cut
