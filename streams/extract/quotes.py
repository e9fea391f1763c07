"""Quotations: direct (“…”، «…»، "…") and reported (قال إن، أكد أن...), with their speakers.

A speech verb opens a quotation; the words between the verb and the complementizer
(إن، أن، إلى أن) or the opening quote mark hold the speaker. Titles are peeled off
(الرئيس التركي، وزير الدفاع الروسي، الجنرال) and appositions between commas are searched
for the name; when no name is there the description stands (الناطق باسم الوزارة).
A verb without a subject (وأضاف، قائلاً إنه) continues the last speaker. A short name
(بوتين) is expanded to the fuller form met elsewhere in the text, or to the canonical
form of an entity when entities are given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..arabic import fold
from ..records import Entity, Quote

__all__ = ["find_quotes", "SPEECH_VERBS", "CONTINUING_VERBS", "TITLE_WORDS"]

LEFT_DOUBLE_QUOTE = "\u201c"
RIGHT_DOUBLE_QUOTE = "\u201d"
LEFT_GUILLEMET = "\u00ab"
RIGHT_GUILLEMET = "\u00bb"
QUOTATION_MARK = '"'
CLOSING: dict[str, str] = {
    LEFT_DOUBLE_QUOTE: RIGHT_DOUBLE_QUOTE,
    LEFT_GUILLEMET: RIGHT_GUILLEMET,
    QUOTATION_MARK: QUOTATION_MARK,
    RIGHT_DOUBLE_QUOTE: LEFT_DOUBLE_QUOTE,  # some keyboards put them the other way round
}
ARABIC_COMMA = "\u060c"

SPEECH_VERBS = (
    "قال", "قالت", "قالوا", "أكد", "أكدت", "أكدوا", "أضاف", "أضافت", "أضافوا", "أشار", "أشارت",
    "أعلن", "أعلنت", "شدد", "شددت", "أوضح", "أوضحت", "أفاد", "أفادت", "ذكر", "ذكرت", "صرح",
    "صرحت", "لفت", "لفتت", "نفى", "نفت", "اعتبر", "اعتبرت", "رأى", "رأت", "كشف", "كشفت",
    "حذر", "حذرت", "تابع", "تابعت", "يقول", "تقول", "يرى", "ترى", "اعترف", "اعترفت", "زعم",
    "زعمت", "أبلغ", "أبلغت", "أكّد", "أوضحوا", "ذكروا", "أعرب", "أعربت", "نوه", "نوهت",
    "يضيف", "تضيف", "يؤكد", "تؤكد", "استطرد", "أردف", "أردفت", "بين", "بينت", "أفادوا",
)
# Participles that report more words of the subject already speaking (قائلاً إنه).
CONTINUING_VERBS = (
    "قائلا", "قائلة", "قائلين", "مضيفا", "مضيفة", "مؤكدا", "مؤكدة", "مشيرا", "مشيرة",
    "لافتا", "لافتة", "موضحا", "موضحة", "معتبرا", "معتبرة", "مشددا", "مشددة", "محذرا",
    "محذرة", "منوها", "منوهة", "متابعا", "متابعة", "معربا", "معربة",
)
# Verbs whose bare form (no subject) continues the last speaker.
COMPLEMENTIZERS = (
    "إن", "أن", "إنه", "أنه", "إنها", "أنها", "إنهم", "أنهم", "إنهما", "أنهما", "إننا", "أننا",
    "بأن", "بأنه", "بأنها", "بأنهم", "إلى أن", "إلى أنه", "إلى أنها", "على أن", "على أنه",
    "عن أن", "أنّ", "إنّ",
)
TITLE_WORDS = (
    "الرئيس", "رئيس", "رئيسة", "وزير", "وزيرة", "الوزير", "الوزيرة", "قائد", "القائد",
    "الناطق", "الناطقة", "ناطق", "المتحدث", "المتحدثة", "متحدث", "متحدثة", "باسم", "الجنرال",
    "العميد", "اللواء", "العقيد", "المقدم", "الرائد", "النقيب", "الشيخ", "الأمير", "الملك",
    "العاهل", "السفير", "سفير", "مدير", "المدير", "مديرة", "الأمين", "أمين", "نائب", "النائب",
    "مساعد", "المستشار", "مستشار", "زعيم", "الزعيم", "الدكتور", "د", "السيد", "السيدة",
    "الأستاذ", "المهندس", "ولي", "العهد", "المرشد", "المبعوث", "مبعوث", "الممثل", "ممثل",
    "مندوب", "المندوب", "عضو", "المحلل", "الخبير", "القيادي", "المفتي", "محافظ", "المحافظ",
    "حاكم", "الحاكم", "أمير", "رئيس", "خارجية", "دفاع", "داخلية", "عام", "العام", "مجلس",
    "وزارة", "المسؤول", "مسؤول", "قائدة", "الإعلامي", "الكاتب", "المحامي", "الداعية", "البابا",
    "المرشح", "مرشح", "زعيمة", "رئيسا", "حكومة", "جيش", "قوات", "الفريق", "المشير",
)
# Where the subject stops: adverbials of time, place, occasion, addressee.
STOP_WORDS = (
    "خلال", "في", "أمام", "لدى", "اليوم", "أمس", "مؤخرا", "عقب", "بعد", "أثناء", "عبر", "من",
    "مساء", "صباح", "يوم", "قبل", "ضمن", "وفق", "حسب", "بحسب", "لوكالة", "لصحيفة", "لقناة",
    "لموقع", "لتلفزيون", "لإذاعة", "للصحفيين", "لـ", "ل", "أيضا", "كذلك", "إثر", "حول", "على",
    "عن", "إلى", "بدوره", "بدورها", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
    "الجمعة", "السبت", "فيه", "فيها", "حيث", "وهو", "وهي", "الذي", "التي", "مع", "تعليقا",
    "ردا", "فيما", "بينما", "ثم", "لها", "له", "لهم", "بيان", "تصريح", "تصريحات", "مؤتمر",
)
FUNCTION_WORDS = ("ما", "لا", "لم", "قد", "كان", "كانت", "هذا", "هذه", "ذلك", "هو", "هي", "هم", "و")
MAX_SUBJECT_TOKENS = 14
AR = "\u0621-\u064a"
QUOTE_OPEN_RE = re.compile(f"[{LEFT_DOUBLE_QUOTE}{LEFT_GUILLEMET}{QUOTATION_MARK}]")
SENTENCE_END_RE = re.compile(r"(?<!\d)[.!?\u061f](?!\d)|\n")
TOKEN_RE = re.compile(f"[{AR}]+|[{ARABIC_COMMA},:]|[{LEFT_DOUBLE_QUOTE}{LEFT_GUILLEMET}{QUOTATION_MARK}]")


def _f(word: str) -> str:
    return fold(word)[0]


def _alt(words: Sequence[str]) -> str:
    folded = sorted({_f(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace("\\ ", "\\s+") for w in folded)


VERB_RE = re.compile(
    f"(?<![{AR}])(?P<conj>[وف])?(?:(?P<verb>{_alt(SPEECH_VERBS)})|(?P<cont>{_alt(CONTINUING_VERBS)}))(?![{AR}])"
)
COMPLEMENTIZER_RE = re.compile(f"(?<![{AR}])(?:{_alt(COMPLEMENTIZERS)})(?![{AR}])\\s*|:\\s*")


@cache
def _titles() -> frozenset[str]:
    return frozenset(_f(w) for w in TITLE_WORDS)


@cache
def _stops() -> frozenset[str]:
    return frozenset(_f(w) for w in STOP_WORDS)


@cache
def _function_words() -> frozenset[str]:
    return frozenset(_f(w) for w in FUNCTION_WORDS)


@dataclass(slots=True)
class _Speaker:
    name: str
    start: int  # display offsets of the mention
    end: int
    named: bool  # a person's name, not a description


def _sentence_end(folded: str, pos: int) -> int:
    m = SENTENCE_END_RE.search(folded, pos)
    return m.start() if m else len(folded)


def _is_name_token(tok: str) -> bool:
    return (not tok.startswith("ال") and tok not in _titles() and tok not in _stops()
            and tok not in _function_words() and len(tok) > 1)


def _name_in(tokens: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """Folded span of the person's name in a subject segment, titles peeled off."""
    k = 0
    while k < len(tokens) and (tokens[k][0] in _titles() or tokens[k][0].startswith("ال")):
        k += 1
    if k == len(tokens) or not _is_name_token(tokens[k][0]):
        return None
    if k > 0 and tokens[k - 1][0] in _titles() and tokens[k - 1][0] in _construct_titles():
        return None  # وزير خارجية روسيا: the word after a bare title is its complement
    j = k
    while j < len(tokens) and j - k < 4 and _is_name_token(tokens[j][0]):
        j += 1
    if j < len(tokens) and j - k <= 3 and tokens[j][0].startswith("ال") and tokens[j][0] not in _titles():
        j += 1  # بشار الأسد، عبد الله، أحمد المسماري
    return tokens[k][1], tokens[j - 1][2]


@cache
def _construct_titles() -> frozenset[str]:
    return frozenset(_f(w) for w in ("رئيس", "وزير", "وزيرة", "قائد", "مدير", "أمين", "نائب", "ممثل", "مندوب",
                                      "مسؤول", "سفير", "عضو", "محافظ", "حاكم", "مساعد", "مستشار"))


def _subject(folded: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """The speaker's folded span between a verb and its complementizer, and whether named."""
    toks = [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(folded, start, end)]
    segments: list[list[tuple[str, int, int]]] = [[]]
    for tok in toks:
        if tok[0] in (ARABIC_COMMA, ",", ":"):
            segments.append([])
        else:
            segments[-1].append(tok)
    first_desc: tuple[int, int] | None = None
    for seg in segments:
        cut = len(seg)
        for k, tok in enumerate(seg):
            if tok[0] in _stops() or QUOTE_OPEN_RE.fullmatch(tok[0]):
                cut = k
                break
        seg = seg[:cut]
        if not seg:
            continue
        name = _name_in(seg)
        if name:
            return name[0], name[1], True
        if first_desc is None:
            first_desc = (seg[0][1], seg[-1][2])
    if first_desc:
        return first_desc[0], first_desc[1], False
    return None


def _fuller(folded: str, name_start: int, name_end: int) -> tuple[int, int]:
    """A one-word name's fuller form met in the text (بوتين -> فلاديمير بوتين)."""
    word = folded[name_start:name_end]
    if " " in word:
        return name_start, name_end
    for m in re.finditer(f"(?<![{AR}])((?:[{AR}]+\\s+){{1,2}}){re.escape(word)}(?![{AR}])", folded):
        before = m.group(1).split()
        keep = []
        for tok in reversed(before):
            if not _is_name_token(tok):
                break
            keep.append(tok)
        if keep:
            s = m.end() - len(word)
            s -= sum(len(t) for t in keep) + len(keep)
            while folded[s].isspace():
                s += 1
            return s, m.end()
    return name_start, name_end


def _canonical(speaker: _Speaker, entities: Sequence[Entity]) -> str:
    """The entity's canonical name for the speaker mention, when entities are given."""
    for e in entities:
        if e.type in ("PERS", "ORG") and e.start < speaker.end and speaker.start < e.end:
            return e.canonical or speaker.name
    last = speaker.name.split()[-1] if speaker.name.split() else ""
    if speaker.named and last:
        folded_last = _f(last)
        for e in entities:
            if e.type == "PERS" and e.canonical and _f(e.canonical).split()[-1:] == [folded_last]:
                return e.canonical
    return speaker.name


def find_quotes(text: str, entities: Sequence[Entity]) -> list[Quote]:
    """Direct and reported speech in ``text``, with speakers and offsets."""
    if not text:
        return []
    folded, back = fold(text)

    def disp(a: int, b: int) -> tuple[int, int]:
        return back[a], back[b - 1] + 1

    out: list[Quote] = []
    claimed: list[tuple[int, int]] = []  # folded spans of quote marks already used
    last: _Speaker | None = None
    for vm in VERB_RE.finditer(folded):
        if any(s <= vm.start() < e for s, e in claimed):
            continue
        verb_end = vm.end()
        end_of_sentence = _sentence_end(folded, verb_end)
        comp = COMPLEMENTIZER_RE.search(folded, verb_end, end_of_sentence)
        qopen = QUOTE_OPEN_RE.search(folded, verb_end, end_of_sentence)
        # the subject ends where the reported words begin
        marks = [m.start() for m in (comp, qopen) if m]
        subject_end = min(marks) if marks else end_of_sentence
        other = VERB_RE.search(folded, verb_end, subject_end)
        if other:  # the reported words belong to the next verb (أعلن بوتين ...، قائلاً إنه)
            subject_end, marks = other.start(), []
        speaker: _Speaker | None = None
        words_between = TOKEN_RE.findall(folded, verb_end, subject_end)
        if vm["verb"] and words_between and len(words_between) <= MAX_SUBJECT_TOKENS:
            subj = _subject(folded, verb_end, subject_end)
            if subj:
                s, e, named = subj
                if named:
                    s, e = _fuller(folded, s, e)
                a, b = disp(s, e)
                speaker = _Speaker(name=text[a:b], start=a, end=b, named=named)
        if speaker is None and (vm["cont"] or not words_between):
            speaker = last
        if speaker is not None and (speaker.named or last is None or not last.named or vm["verb"]):
            last = speaker
        if not marks:
            continue
        if len(words_between) > MAX_SUBJECT_TOKENS:
            continue
        # the reported words: a quoted stretch, else the clause to the end of the sentence
        body_start = comp.end() if comp and (not qopen or comp.start() <= qopen.start()) else None
        direct = False
        if qopen and (body_start is None or folded[body_start:qopen.start()].strip() == ""):
            close = CLOSING.get(folded[qopen.start()], RIGHT_DOUBLE_QUOTE)
            qend = folded.find(close, qopen.end())
            if qend < 0:
                continue
            s, e = qopen.end(), qend
            claimed.append((qopen.start(), qend + 1))
            direct = True
        else:
            s = body_start if body_start is not None else verb_end
            nxt = VERB_RE.search(folded, s, end_of_sentence)
            e = end_of_sentence
            if nxt and nxt["cont"]:
                e = nxt.start()
            while e > s and folded[e - 1] in f" {ARABIC_COMMA},":
                e -= 1
        while s < e and folded[s].isspace():
            s += 1
        if e <= s:
            continue
        a, b = disp(s, e)
        verb_text = text[back[vm.start("verb") if vm["verb"] else vm.start("cont")]:back[verb_end - 1] + 1]
        out.append(Quote(
            speaker=_canonical(speaker, entities) if speaker else None,
            verb=verb_text, text=text[a:b], start=a, end=b, direct=direct,
            speaker_start=speaker.start if speaker else None,
            speaker_end=speaker.end if speaker else None,
        ))
    out.extend(_trailing_attributions(text, folded, back, claimed, entities))
    return sorted(out, key=lambda q: q.start)


TRAILING_RE = re.compile(f"\\s*[{ARABIC_COMMA},]?\\s*(?P<conj>[وف])?(?P<verb>{_alt(SPEECH_VERBS)})(?![{AR}])")


def _trailing_attributions(text: str, folded: str, back: list[int], claimed: list[tuple[int, int]],
                           entities: Sequence[Entity]) -> list[Quote]:
    """“…”، قال فلان: a quoted stretch followed by its speech verb and speaker."""
    out: list[Quote] = []
    for qm in QUOTE_OPEN_RE.finditer(folded):
        if any(s <= qm.start() < e for s, e in claimed):
            continue
        close = CLOSING.get(qm.group(), RIGHT_DOUBLE_QUOTE)
        qend = folded.find(close, qm.end())
        if qend < 0 or qend - qm.end() < 15:
            continue
        vm = TRAILING_RE.match(folded, qend + 1)
        if not vm:
            continue
        end = _sentence_end(folded, vm.end())
        subj = _subject(folded, vm.end(), end)
        if not subj:
            continue
        s, e, named = subj
        if named:
            s, e = _fuller(folded, s, e)
        a, b = back[s], back[e - 1] + 1
        speaker = _Speaker(name=text[a:b], start=a, end=b, named=named)
        qa, qb = back[qm.end()], back[qend - 1] + 1
        claimed.append((qm.start(), qend + 1))
        out.append(Quote(
            speaker=_canonical(speaker, entities), verb=text[back[vm.start("verb")]:back[vm.end() - 1] + 1],
            text=text[qa:qb], start=qa, end=qb, direct=True, speaker_start=a, speaker_end=b,
        ))
    return out
