"""أبلغ (told): a verb of saying whose bare object is the one told, written before the speaker or after him.

أبلغ "الاقتصادية" مصدر في الوزارة أن (the outlet told, then the speaker), وأبلغ المتحدث باسم الشركة رويترز "…"
(the speaker, then the agency told), وكان كيري أبلغ المنتدى أن (the speaker before the verb, the one told after it).
Where the speaker ends and the one told begins is not written (وأبلغ بوتين الحضور بأن، أبلغت تركيا الأمم المتحدة
أنها), the verb is left unread; so it is where no words follow it at once (أبلغت الشرطة، أبلغ عن فقدان), and in
"I told" opening someone's quoted words ("أبلغت "فيفا" أني).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .names import _nisba
from .titles import _agencies, _is_title, _media, _office
from .tokens import AR, QUOTE_CHARS, TOKEN_RE, WORD_RE, _f, _sentence_end
from .verbs import COMPLEMENTIZER_RE
from .words import _definite, _demonstratives, _function_words, _stops

TOLD = frozenset(_f(w) for w in ("أبلغ", "أبلغت"))
TELLING = frozenset(c + w for w in TOLD for c in ("", "\u0648", "\u0641"))  # with و/ف
TELLING_RE = re.compile(f"(?<![{AR}])(?P<conj>[\u0648\u0641])?(?P<verb>{'|'.join(sorted(TOLD, key=len, reverse=True))})"
                        f"(?P<cont>(?!))?(?![{AR}])")
MAX_TOLD_WORDS = 12  # أبلغ "الاقتصادية" مصدر مسؤول في السفارة السعودية لدى بنجلادش، أن: the one told and the speaker
MAX_OUTLET_TOKENS = 3  # أبلغ "الجوهرة أف أم": the outlet's words inside its marks


def told_words(folded: str, vm: re.Match[str]) -> bool:
    """أبلغ reports words: a complementizer, a colon or a quote mark follows within a few words in its sentence,
    the one told can be set apart from the speaker (told_span), and it opens no one's quoted words."""
    if folded[:vm.start()].rstrip()[-1:] in QUOTE_CHARS:
        return False
    eos = _sentence_end(folded, vm.end())
    comp = COMPLEMENTIZER_RE.search(folded, vm.end(), eos)
    mark = next((k for k in range(vm.end(), eos) if folded[k] in QUOTE_CHARS), None)
    opened = [k for k in (comp.start() if comp else None, mark) if k is not None]
    if not opened:
        return False
    region = list(TOKEN_RE.finditer(folded, vm.end(), min(opened)))
    if mark == min(opened) and comp is not None and len(region) <= 1:
        region = list(TOKEN_RE.finditer(folded, vm.end(), comp.start()))  # an outlet in quote marks, then أن
    if not region or sum(WORD_RE.fullmatch(t.group()) is not None for t in region) > MAX_TOLD_WORDS:
        return False
    return told_span(region, region[0].start(), region[-1].end()) is not None


def told_span(region: Sequence[re.Match[str]], start: int, end: int) -> tuple[int, int] | None:
    """The speaker's folded span in the region after أبلغ, the one told cut off, or None when they cannot be told
    apart: an outlet in quote marks opening the region (أبلغ هذا "الرياض" فلان), a wire agency or a medium after the
    speaker (وأبلغ لابرون موقع النادي «…»), the ones told after a definite office (أبلغ الوزير الحضور بأن), or a lone
    definite noun, the one told, the speaker written before the verb (an empty span)."""
    toks = [t for t in region if start <= t.start() and t.end() <= end]
    k = 1 if toks and toks[0].group() in _demonstratives() else 0
    if k < len(toks) and toks[k].group() in QUOTE_CHARS:
        close = next((j for j in range(k + 1, min(len(toks), k + MAX_OUTLET_TOKENS + 2))
                      if toks[j].group() in QUOTE_CHARS), None)
        if close is not None and close + 1 < len(toks):
            return toks[close + 1].start(), end
    cut = next((j for j, t in enumerate(toks) if j and (t.group() in _agencies() or t.group() in _media())
                and not _is_title(toks[j - 1].group()) and toks[j - 1].group() not in _function_words()
                and toks[j - 1].group() not in _stops()), None)
    if cut is None and len(toks) == 2 and _is_title(toks[0].group()) and _definite(toks[0].group()) \
            and _definite(toks[1].group()) and not _nisba(toks[1].group()):
        cut = 1  # أبلغ الوزير الحضور بأن: the office, then the ones told
    if cut is not None:
        return start, toks[cut - 1].end()
    if len(toks) == 1 and _definite(toks[0].group()) and not _is_title(toks[0].group()) and not _office(toks[0].group()):
        return end, end
    return None
