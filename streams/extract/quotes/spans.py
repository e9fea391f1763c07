"""Where reported words start: speech verbs found in the text, complementizers (إن، أن، إلى أن),
quote marks and the sentence and line starts around them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..ner_lexicon import first_names as _first_names
from .names import (
    PREPOSITION_ALA,
    _ambiguous_names,
    _name_links,
    _occasions,
    _on_margin,
    _plausible_name,
    _relatives,
    _what,
)
from .regions import ALLAH
from .telling import TELLING, TELLING_RE, told_words
from .titles import _institution_head, _is_title, _media, _office, _ranks, _royal
from .tokens import (
    AR,
    ARABIC_COMMA,
    CLOSING,
    LEFT_DOUBLE_QUOTE,
    LEFT_GUILLEMET,
    QUOTATION_MARK,
    QUOTE_CHARS,
    RIGHT_DOUBLE_QUOTE,
    RIGHT_GUILLEMET,
    SENTENCE_END_RE,
    SHADDA,
    TOKEN_RE,
    WORD_RE,
    _f,
    _mark_before,
    _sentence_end,
)
from .verbs import (
    ANSWER_RE,
    ATTRIBUTED_RE,
    BAYYANA,
    BAYYANA_RE,
    COMPLEMENTIZER_RE,
    JAA,
    JAA_RE,
    KAMA,
    MAX_ANSWER_SUBJECT_TOKENS,
    NAQALA,
    NAQALA_RE,
    QAWL,
    SABAQA,
    SPLIT_LAHAZA_RE,
    VERB_RE,
    _answers,
    _attributed_with_pronoun,
    _la_words,
    _platform_at,
    _platform_prepositions,
    _verb_words,
    _writing,
)
from .words import _definite, _function_words, _god_epithets, _stops

# Pronouns of the one addressed, between a speech verb and its words (قائلا له "…", وقال لهم إن).
ADDRESSEES = ("له", "لها", "لهم", "لهما", "لهن", "لي", "لنا", "لك", "لكم")
# Before these, أن is a conjunction, not the start of reported words (إلا أن، بعد أن).
NOT_COMPLEMENTIZER_BEFORE = ("إلا", "بعد", "قبل", "منذ", "رغم", "برغم", "حين", "لو", "دون", "بدل", "يجب", "يمكن",
                             "علما",  # علما بأن: the writer's note, not words reported
                             "أجل", "لأجل",  # من أجل أن، لأجل أن: "so that", a purpose (منوها بالجهود من أجل أن تكون)
                             "غير")  # من غير أن يعلم: "without", as دون أن; غير أن: "however", the writer's clause
# A verb after these is an attribution of words already given (بحسب ما ذكر), not a new quote.
ATTRIBUTION_BEFORE = ("ما", "لما", "عدم")  # عدم ذكر اسمه: a noun, not a verb
INNA_OR_COLON = "\u0625:"  # إن (hamza below) or a colon: they only open reported words (وتابع البيان إن)
DOUBLE_PRIME = "\u2033"  # ″, typed for ” after “ by some newsrooms (“ويندوز 10″)
MIN_QUOTE_TOKENS = 3  # shorter quoted stretches are names or scare quotes (لـ"الرياض")
MAX_BAYYANA_SUBJECT = 12  # tokens from بين to أن when a titled subject is closed by a comma before it
MAX_BAYYANA_ASIDE = 40  # tokens from بين to أن when an aside between commas follows its subject (as MAX_CIRCUMSTANCE_TOKENS)
QUOTE_OPEN_RE = re.compile(f"[{LEFT_DOUBLE_QUOTE}{RIGHT_DOUBLE_QUOTE}{LEFT_GUILLEMET}{QUOTATION_MARK}]")


@cache
def _not_complementizer_before() -> frozenset[str]:
    return frozenset(_f(w) for w in NOT_COMPLEMENTIZER_BEFORE)


@cache
def _attribution_before() -> frozenset[str]:
    return frozenset(_f(w) for w in ATTRIBUTION_BEFORE)


@cache
def _addressees() -> frozenset[str]:
    return frozenset(_f(w) for w in ADDRESSEES)


def _complement_word(tok: str) -> bool:
    """A word of an office's complement: definite (الهيئة الوطنية), لـ (لحماية), or another
    office or institution (نائب وزير الصحة، رئيس مجلس إدارة الشركة)."""
    return tok not in _stops() and (_definite(tok) or tok[:1] == "\u0644" or _office(tok) or _institution_head(tok))


def _resumed_line(folded: str, eos: int) -> int | None:
    """Where the next line starts when the sentence was cut by a line break right before a
    complementizer (… فلان\nأن …): the reported words go on there."""
    if folded[eos:eos + 1] != "\n":
        return None
    start = eos
    while start < len(folded) and folded[start].isspace():
        start += 1
    m = COMPLEMENTIZER_RE.match(folded, start)
    return start if m is not None and m.group().strip() != ":" else None


def _complementizer(folded: str, start: int, end: int, glued: Sequence[int] = ()) -> re.Match[str] | None:
    """The first أن/إن/colon that opens reported words (not إلا أن، بعد أن); ``glued`` holds
    where an إن is written against the word before it (تويترإن)."""
    found = None
    for m in COMPLEMENTIZER_RE.finditer(folded, start, end):
        before = WORD_RE.findall(folded, max(0, m.start() - 16), m.start())
        if before and before[-1] in _not_complementizer_before() and not (
                len(before) > 1 and before[-2] == "\u0645\u0646" and before[-1] in _time_prepositions()):
            continue  # قبل أن: a conjunction (but قالت من قبل إنها: "before", an adverb)
        if _impersonal_before(folded, m.start(), before):
            continue  # ومن المتوقع أن، من المقرر أن: an impersonal predicate owns its clause, no words reported
        if before and before[-1] in _meaning_verbs():
            continue  # أعلنت قوائمها المعدلة ما يعني أنها: "which means that", the writer's inference, no words reported
        if len(before) > 1 and before[-1] == SABAQA and before[-2] in _what():
            continue  # على ما سبق أن صدر: "what was issued before", not reported words (but لـ"سبق" أن: the paper)
        if m.group().strip() == "\u0627\u0646" and not _after_closing_mark(folded, m.start()) \
                and _spelled_acronym(before, WORD_RE.findall(folded, m.end(), m.end() + 12)):
            continue  # سي إن إن، "إن تي في"، إن بي سي: the letter N of an outlet's name (but شركة "إل جي" أن: the
            # name closed by its mark, then "that")
        if _name_ali_before(folded, m, before):
            return _complementizer(folded, m.start() + 4, end, glued)  # وقال الأمير علي إن: the name, then إن
        found = m
        break
    at = next((g for g in glued if start < g < end and (found is None or g < found.start())), None)
    return GLUED_INNA_RE.match(folded, at) if at is not None else found


@cache
def _meaning_verbs() -> frozenset[str]:
    """يعني، تعني (with و too): "means", whose أن opens no one's words."""
    return frozenset(_f(w) for w in ("يعني", "تعني", "ويعني", "وتعني"))


def _after_closing_mark(folded: str, at: int) -> bool:
    """A closing quote mark or bracket stands right before ``at`` (» ” ) or a straight mark glued to the word before
    it): the name it closes (شركة "إل جي"، وكالة الاستخبارات المركزية (سي آي ايه)) has ended."""
    lead = folded[max(0, at - 4):at].rstrip()
    return lead[-1:] in (RIGHT_GUILLEMET, RIGHT_DOUBLE_QUOTE, ")") or lead[-1:] == QUOTATION_MARK and lead[-2:-1].isalnum()


def _impersonal_before(folded: str, at: int, before: Sequence[str]) -> bool:
    """من + a singular definite participle opening its own clause right before أن (ومن المتوقع أن، ، من المقرر
    أن): "it is expected that", whose clause no one says; not the partitive من of a group (عدد من المتدخلين أن)."""
    if len(before) < 2 or not before[-1].startswith("\u0627\u0644\u0645") or len(before[-1]) < 6 \
            or before[-1].endswith(("\u064a\u0646", "\u0648\u0646", "\u0627\u062a")):
        return False
    if before[-2] in ("\u0648\u0645\u0646", "\u0641\u0645\u0646"):
        return True
    if before[-2] != "\u0645\u0646":
        return False
    lead = folded.rfind("\u0645\u0646", 0, folded.rfind(before[-1], 0, at))
    rest = folded[:lead].rstrip()
    return not rest or rest[-1] in f"{ARABIC_COMMA},.\n;\u061b"


def _name_ali_before(folded: str, m: re.Match[str], before: Sequence[str]) -> bool:
    """على أن (folded علي ان) whose علي is spelt with ي right after a title that stands before a first name, in an
    article that spells the preposition على with ى (وحصل الأمير على ...، وقال الأمير علي إن): the name علي, then
    the complementizer (where the spelling does not tell, أكد الشيخ على أن stays "insisted that"); also right after
    a known first name, as his father's name (وأضاف فرج علي أن، وذكر مهدي علي أنه; but وأكد سالم على أن). After بن or
    أبو it is the name however the article spells (وقال الوزير محسن بن علي إن)."""
    if m.group().startswith("\u0639\u0644\u064a ") and before and before[-1] in _name_links():
        return True
    prepositions = PREPOSITION_ALA.get()
    return bool(prepositions) and m.group().startswith("\u0639\u0644\u064a ") and m.start() not in prepositions \
        and bool(before) and (before[-1] in _royal() or before[-1] in _ranks() or _first_name_before_ali(before[-1]))


def _first_name_before_ali(word: str) -> bool:
    """A known first name, not itself علي/علية nor glued to و (وأكد): علي after it is the father's name."""
    return word in _first_names() and word not in _ambiguous_names() and not word.startswith("\u0648")


@cache
def _letter_names() -> frozenset[str]:
    """Latin letters spelled in Arabic, as outlets' names are written (سي إن إن، إن بي سي)."""
    return frozenset(_f(w) for w in ("سي", "بي", "تي", "دي", "إيه", "إتش", "جي", "إف", "كيه"))


def _spelled_acronym(before: Sequence[str], after: Sequence[str]) -> bool:
    """إن (folded ان) between spelled letters: after a first letter (سي إن), the second N of سي إن إن, or
    before two letters (إن بي سي، إن تي في); not after a whole name of letters (بي بي سي أن: "that")."""
    letters = _letter_names()
    first = bool(before) and before[-1] in letters and (len(before) < 2 or before[-2] not in letters)
    return first or list(before[-2:]) == [_f("سي"), "\u0627\u0646"] \
        or len(after) >= 2 and after[0] in letters and (after[1] in letters or after[1] == _f("في"))


GLUED_INNA_RE = re.compile(f"\u0627\u0646(?:\u0647|\u0647\u0627|\u0647\u0645)?(?![{AR}])\\s*")
GLUED_INNA_TEXT_RE = re.compile("(?<=[\u0621-\u064a]{3})\u0625\u0646(?:\u0647|\u0647\u0627|\u0647\u0645)?(?![\u0621-\u064a])")


def _glued_inna(text: str, back: Sequence[int]) -> list[int]:
    """Folded offsets of إن written against the word before it (عبر تويترإن 4 من المصابين): إ never
    stands inside an Arabic word, so it starts the complementizer (but وإن، فإن: a conjunction, then إن)."""
    if "\u0625\u0646" not in text:
        return []
    hits = [m.start() for m in GLUED_INNA_TEXT_RE.finditer(text)]
    if not hits:
        return []
    forward = {b: i for i, b in enumerate(back)}
    return sorted(forward[h] for h in hits if h in forward)


VERSE_BRACKETS = {"(": ")", "\ufd3f": "\ufd3e", "\ufd3e": "\ufd3f"}  # ( … ) and the Quran's ornate brackets ﴿ … ﴾


def _verse_in_brackets(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """A verse in brackets right after God and his epithets (قال الله تعالى ( … )، وقال تعالى ﴿ … ﴾): (open, close)
    folded offsets of the brackets, else None. Brackets after other subjects hold asides, not words said."""
    at = next((k for k in range(start, end) if folded[k] in VERSE_BRACKETS), -1)
    lead = WORD_RE.findall(folded, start, at) if at >= 0 else []
    if not lead or lead[-1] not in _god_epithets() or not all(w == ALLAH or w in _god_epithets() for w in lead):
        return None
    line_end = folded.find("\n", at)
    close = folded.find(VERSE_BRACKETS[folded[at]], at + 1, len(folded) if line_end < 0 else line_end)
    return (at, close) if close > at + 1 else None


MAX_TITLE_WORDS = 4  # "أولاد مفيدة": a quoted name or title closed by a mark glued to its last word


def _closing_straight_mark(folded: str, at: int) -> bool:
    """A straight quote mark glued to the word before it and followed by a space, closing a mark opened a few
    words before in its paragraph (مسلسل "أولاد مفيدة" على): it ends a quoted name or title and opens no words
    said (but وتابع" أنا ...: a mark typed against the verb, with no mark left open before it, opens them)."""
    if folded[at] != QUOTATION_MARK or not folded[at - 1:at].isalpha() or not folded[at + 1:at + 2].isspace():
        return False
    start = folded.rfind("\n", 0, at) + 1
    opened = folded.rfind(QUOTATION_MARK, start, at)
    return folded.count(QUOTATION_MARK, start, at) % 2 == 1 \
        and len(TOKEN_RE.findall(folded, opened + 1, at)) <= MAX_TITLE_WORDS


def _speech_paragraph_between(folded: str, start: int, end: int) -> bool:
    """A paragraph between ``start`` and ``end`` opens on و/ف + a speech verb (a new line opening وأضافت or وذكر), or
    on a lead adverbial and a speech verb (من جانبه، أوضح): no quoted stretch runs over it."""
    return any(_speech_opens(folded, start + nl.end(), _lead_adverbials())
               for nl in re.finditer("\n\\s*", folded[start:end]))


def _reopened_later(folded: str, mark: int, close: int) -> int | None:
    """Where the paragraph of the opening ``mark`` ends, when it leaves the mark open and a later paragraph opens the
    same mark again before ``close`` (not at its start: “…⏎“… is one quotation over paragraphs); within one paragraph,
    where the narrative speaks again before the mark opened again. None otherwise."""
    left, right = folded[mark], CLOSING[folded[mark]]
    line_end = folded.find("\n", mark, close)
    if line_end < 0:
        inner = folded.find(left, mark + 1, close)
        return _narrative_resumed(folded, mark + 1, inner) if inner >= 0 and folded.count(left, mark, close + 1) \
            > folded.count(right, mark, close + 1) else None  # «اطلعت … .. وأضاف سموه: … مبادرة «عسير..»: the words
        # end where the narrative speaks again before a quoted name
    if folded.count(left, mark, line_end) <= folded.count(right, mark, line_end):
        return None
    inner = folded.find(left, line_end, close)
    if inner < 0 or not folded[folded.rfind("\n", 0, inner) + 1:inner].strip():
        return None
    return len(folded[:line_end].rstrip())


def _speech_opens(folded: str, at: int, leads: frozenset[str]) -> bool:
    """The words at ``at`` open on و/ف + a speech verb (وأضافت، وذكر), or on one of ``leads`` and a speech verb
    (من جانبه، أوضح): someone speaks there in the narrative's own voice."""
    word = WORD_RE.match(folded, at)
    if word is not None and word.group()[:1] in "\u0648\u0641" and word.group() in _verb_words():
        return True
    lead = LEAD_THEN_VERB_RE.match(folded, at)
    return lead is not None and lead.group("lead") in leads and lead.group("verb") in _verb_words()


LEAD_THEN_VERB_RE = re.compile(f"(?:[\u0648\u0641]?\u0645\u0646\\s+)?(?P<lead>[{AR}]+)\\s*[{ARABIC_COMMA},]?\\s*(?P<verb>[{AR}]+)")


def _opening_quote(folded: str, start: int, end: int, comp: re.Match[str] | None,
                   saying: bool = False) -> tuple[int, int] | None:
    """The first quoted stretch long enough to be words said: (open, close) folded offsets.
    Quote marks are paired left to right, so a short quoted name is skipped whole; after قال or أضاف (``saying``)
    two words closing the sentence right after a short subject are words said too (وقال المعهد "نحن محايدون".)."""
    pos = start
    while True:
        m = QUOTE_OPEN_RE.search(folded, pos, end)
        if m is None:
            return None
        if _closing_straight_mark(folded, m.start()):
            pos = m.end()  # مسلسل "أولاد مفيدة" على: the mark closes a quoted title the verb's word ends
            continue
        close = CLOSING.get(m.group(), RIGHT_DOUBLE_QUOTE)
        at = folded.find(close, m.end())
        if m.group() == LEFT_DOUBLE_QUOTE and (prime := folded.find(DOUBLE_PRIME, m.end(), at if at >= 0 else end)) >= 0 \
                and LEFT_DOUBLE_QUOTE not in folded[m.end():prime]:
            at = prime  # “ويندوز 10″: a double prime closes the stretch in some newsrooms' typing
        if close in (QUOTATION_MARK, RIGHT_DOUBLE_QUOTE) and m.group() == close and at >= 0 and "\n" in folded[m.end():at]:
            at = -1  # قائلا" : … (never closed in its paragraph): the mark in the next paragraph opens other words;
            # so for a symmetric ” (صحيفة “ديلي ميل” البريطانية” إن: a stray mark, then the words reported)
        if close == QUOTATION_MARK and m.group() == close and at >= 0 \
                and (resumed := _narrative_resumed(folded, m.end(), at)) is not None:
            at = resumed  # قال "ان الهدف … الحيوان. وأوضح العروي أن … اسم "بوفطيرة": never closed, the words end where
            # the narrative speaks again
        if at >= 0 and m.group() != close and _speech_paragraph_between(folded, m.end(), at):
            at = len(folded[:folded.find("\n", m.end())].rstrip())
            # إن “العملية … من جانب واحد.⏎وأضافت المتحدثة أن … في “سيفاري”: never closed in its paragraph, the words
            # end with it; the next paragraph opens on a speech verb of its own, the mark far on closes another stretch
        if at >= 0 and m.group() != close and (paragraph_end := _reopened_later(folded, m.start(), at)) is not None:
            at = paragraph_end  # وأضاف “لا توجد تحديات …⏎وعلى النقيض … وقال موتكو “لا توجد خطة: never closed in its
            # paragraph, and a later paragraph opens another stretch before any closing mark; the words end with it
        verb_at = _reopening_verb(folded, at) if close == QUOTATION_MARK and at >= 0 else None
        if at >= 0 and m.group() in (LEFT_GUILLEMET, LEFT_DOUBLE_QUOTE):
            verb_at = _unclosed_before(folded, m.start(), at)
        if verb_at is not None and verb_at > m.end():
            cut = verb_at  # إن " ...، مضيفا " ...": the first words were never closed, the next verb opens more
            while cut > m.end() and folded[cut - 1] in f" {ARABIC_COMMA},":
                cut -= 1
            return (m.start(), cut) if len(TOKEN_RE.findall(folded, m.end(), cut)) >= MIN_QUOTE_TOKENS else None
        if at < 0:
            lead = [t for t in TOKEN_RE.findall(folded, start, m.start()) if t not in _addressees()]
            if pos == start and comp is None and len(TOKEN_RE.findall(folded, m.end(), end)) >= MIN_QUOTE_TOKENS \
                    and (len(lead) <= 10 and not any(t in _stops() for t in lead)
                         or m.group() in (LEFT_GUILLEMET, LEFT_DOUBLE_QUOTE) and len(lead) <= 16
                         and not QUOTE_OPEN_RE.search(folded, m.end()) and not any(t in QUOTE_CHARS for t in lead)):
                return m.start(), end  # قال فلان "هاجمت مروحيتان ... (never closed): the words run to the sentence end
                # (and after circumstances, an opening guillemet left open at the end of the article: وقال فلان وهو ... «…)
            return None
        if _quoted_subject(folded, start, m.start(), at, end):
            pos = at + 1  # وقالت "لورا ايه كولانجيلو" من كلية …: إن: the speaker's name in quote marks, then the words
            continue
        if (last := WORD_RE.findall(folded, max(start, m.start() - 16), m.start())[-1:]) and last[0] in _title_words():
            pos = at + 1  # ندوة بعنوان "…" أن، تحت شعار "…": the title of an event, not the words said
            continue
        if comp is None and _medium_name(folded, start, m.start(), at):
            pos = at + 1  # في تصريحات نشرتها صحيفة "لندن إيفنينج ستاندرد"، "…": the paper's name, then the words (with
            # a complementizer the words start there anyway)
            continue
        if len(TOKEN_RE.findall(folded, m.end(), at)) >= MIN_QUOTE_TOKENS or (
            comp is not None and comp.end() <= m.start() and folded[comp.end():m.start()].strip() == ""
        ) or saying and (_short_saying(folded, start, m.start(), at) or _answer_said(folded, start, m.start(), at)):
            return m.start(), at
        pos = at + 1


@cache
def _title_words() -> frozenset[str]:
    """Words that name what follows in quote marks as a title or a slogan (بعنوان، تحت شعار)."""
    return frozenset(_f(w) for w in ("بعنوان", "عنوان", "عنوانه", "عنوانها", "شعار", "بشعار", "المعنون", "المعنونة"))


MAX_SHORT_SAYING_SUBJECT = 3  # words of the subject before two quoted words said (وقال المعهد "…")
SENTENCE_CLOSE_RE = re.compile(r"\s*(?:[.!?\u061f\n]|$)")


def _short_saying(folded: str, start: int, mark: int, close: int) -> bool:
    """Two quoted words that close their sentence right after the verb's short subject, none of its words a stop
    word (وقال المعهد "نحن محايدون".): words said, not a quoted name (لـ"الرياض" …)."""
    lead = TOKEN_RE.findall(folded, start, mark)
    return len(TOKEN_RE.findall(folded, mark + 1, close)) == 2 and 1 <= len(lead) <= MAX_SHORT_SAYING_SUBJECT \
        and not any(t in _stops() or t in _media() or not t.isalpha() for t in lead) \
        and SENTENCE_CLOSE_RE.match(folded, close + 1) is not None


MAX_ANSWER_SUBJECT = 12  # words of the subject before a quoted yes or no (قال نائب مندوب السودان لدى ... فلان “نعم”)


def _answer_said(folded: str, start: int, mark: int, close: int) -> bool:
    """A quoted yes or no that closes its sentence after the verb and its subject (قال فلان “نعم”.): an answer
    said, never a name (no one is called نعم or لا in quote marks)."""
    lead = TOKEN_RE.findall(folded, start, mark)
    return TOKEN_RE.findall(folded, mark + 1, close) in (["\u0646\u0639\u0645"], ["\u0644\u0627"], ["\u0643\u0644\u0627"]) \
        and len(lead) <= MAX_ANSWER_SUBJECT and not any(t in QUOTE_CHARS for t in lead) \
        and SENTENCE_CLOSE_RE.match(folded, close + 1) is not None


def _medium_name(folded: str, start: int, mark: int, close: int) -> bool:
    """A short quoted stretch right after a bare medium or body word in construct (صحيفة "…"، لقناة "…"، وكالة «…»)
    is that medium's name, however many words it has, never the words said."""
    before = TOKEN_RE.findall(folded, start, mark)
    if not before or len(TOKEN_RE.findall(folded, mark + 1, close)) > 5:
        return False
    head = before[-1].removeprefix("\u0648")
    head = head[1:] if head[:1] in "\u0628\u0644" and head[1:] in _media() else head
    return head in _media()


MAX_AFTER_QUOTED_SUBJECT = 160  # characters from a quoted name to the colon or complementizer that opens the words


def _quoted_subject(folded: str, start: int, mark: int, close: int, end: int) -> bool:
    """Two to four words in quote marks right after the verb that name a person or a body (وقال "عبد الله سالم
    القرني"، أحد أهالي …، وذكرت "وكالة الأنباء اليمنية"، أن), then where they are from, an aside or an addressee, and a
    colon or a complementizer further on: the subject, never the words said."""
    words = TOKEN_RE.findall(folded, mark + 1, close)
    if folded[start:mark].strip() or not 2 <= len(words) <= 4 or not all(WORD_RE.fullmatch(w) for w in words) \
            or any(w in _stops() or w in _function_words() for w in words) \
            or not (_plausible_name(words) or words[0] in _media() or _institution_head(words[0])):  # (تقول "لم أندم
        # على قراراتي"، وتضيف: words said, however short)
        return False
    reach = min(end, close + 1 + MAX_AFTER_QUOTED_SUBJECT)
    after = TOKEN_RE.findall(folded, close + 1, reach)
    if not after or not (after[0] in (ARABIC_COMMA, ",", _f("من"), _f("في")) or after[0] in _relatives()
                         or after[0][:1] == "\u0644"):
        return False
    return ":" in folded[close + 1:reach] or any(COMPLEMENTIZER_RE.fullmatch(t) for t in after[1:])


def _reopening_verb(folded: str, mark: int) -> int | None:
    """Folded start of the speech verb or participle that a straight quote mark follows
    (مضيفا "…"، وقال لهم "…"، وأضاف: "…"): such a mark opens words said, it does not close earlier ones."""
    words = list(WORD_RE.finditer(folded, max(0, mark - 30), mark))
    if words and words[-1].group() in _addressees():
        words.pop()
    if not words or folded[words[-1].end():mark].strip() not in ("", ":"):
        return None  # مضيفا "…"، واختتم: "…"
    if COMPLEMENTIZER_RE.fullmatch(words[-1].group()) and folded[words[-1].end():mark].strip() == "":
        return _verb_before_complementizer(folded, words[-1].start(), mark)
    word = words[-1]
    if word.group() not in _verb_words() or not folded[mark + 1:mark + 3].strip():
        return None
    return word.start()


MAX_REOPENING_SUBJECT = 3  # words between a speech verb and the mark it opens (وأردف فلان بالقول «، واستطرد فلان: «)


def _unclosed_before(folded: str, mark: int, close: int) -> int | None:
    """Folded start of the speech verb before a second opening mark of ``mark``'s kind met before ``close`` (قال «…
    وأردف فلان بالقول «…»، وأضاف: «… واستطرد فلان: «…»), when the paragraph opens more marks than it closes: the
    first words were never closed, the verb with its subject opens more (not «… قال لي: «…» …»: marks nested and
    closed)."""
    left, right = folded[mark], CLOSING[folded[mark]]
    inner = folded.find(left, mark + 1, close)
    if inner < 0:
        return None
    line_end = folded.find("\n", mark)
    line_end = len(folded) if line_end < 0 else line_end
    if folded.count(left, mark, line_end) <= folded.count(right, mark, line_end):
        return None
    words = list(WORD_RE.finditer(folded, max(mark + 1, inner - 60), inner))[-(MAX_REOPENING_SUBJECT + 1):]
    if not words or folded[words[-1].end():inner].strip() not in ("", ":"):
        return None
    verb = next((w for w in words if w.group() in _verb_words() and w.group()[:1] in "\u0648\u0641"), None)
    if verb is None or not [w for w in words if w.start() > verb.start() and w.group() not in _verb_words()
                            and w.group() not in _addressees()]:
        return None  # فأبعده وقال: “…: a bare verb may quote words inside the words (a saying cited); with its
        # subject written (وأردف طيفور بالقول «), one speaking anew
    return verb.start()


def _verb_before_complementizer(folded: str, comp: int, mark: int) -> int | None:
    """Folded start of the speech verb a few words before the complementizer a straight mark follows
    (وقال فلان إنه "…"، وأشار إلى أنه "…"): that mark opens words said, so one before it was left open
    (or stray), and the verb is no word of the earlier quoted stretch."""
    back = max(0, comp - 60)
    cut = max(folded.rfind(QUOTATION_MARK, back, comp), folded.rfind("\n", back, comp))
    for end in [m.end() for m in SENTENCE_END_RE.finditer(folded, back, comp)]:
        cut = max(cut, end - 1)
    words = list(WORD_RE.finditer(folded, cut + 1, comp))[-5:]
    if len(words) >= 2 and words[-1].group() == _f("إلى"):
        words.pop()  # أشار إلى أنه
    verbs = [w for w in words if w.group() in _verb_words()]
    if not verbs or not folded[mark + 1:mark + 3].strip() \
            or any(w.group() in {_f("لي"), _f("لنا")} for w in words if w.start() > verbs[0].start()):
        return None  # ما سمعته عاد وأكد لي أن "…": told me, the words of someone already quoted
    return verbs[0].start()




@cache
def _comments() -> frozenset[str]:
    """علق، علقت: commented, when the words follow; also suspended (علقت المذكرة), which takes no words."""
    return frozenset(_f(w) for w in ("علق", "علقت"))


def _answer_follows(folded: str, vm: re.Match[str]) -> bool:
    """أجاب/أجابت followed by at most a short subject of content words, then a colon or a quote mark: the answer
    given at once (أجاب كيري: «…»); elsewhere (أجاب عن سؤال، أجاب عليها مجموعة من الآباء) no words of its own."""
    topic = None
    for n, t in enumerate(TOKEN_RE.finditer(folded, vm.end())):
        tok = t.group()
        if tok == ":" or tok in QUOTE_CHARS:
            return bool(n or vm["conj"] or vm["verb"] not in _comments())  # (not المذكرة قد علقت "حتى الدورة …":
            # suspended, its subject before it; a comment has its subject after it or goes on with و: وعلق: "…")
        if topic is None and n and tok in _topic_prepositions() and vm["verb"] in _comments():
            topic = n  # وعلق بيليه سابقا على خروجه من المستشفى في إحدى المرات: «…»: what he commented on, then the words
            # (not أجابت الطالبة عن أسئلة اللجنة: الأولى …: the questions answered, then a list)
            continue
        if topic is not None and WORD_RE.fullmatch(tok) and tok not in _verb_words() and n - topic <= MAX_ANSWER_TOPIC_TOKENS:
            continue
        if not WORD_RE.fullmatch(tok) or tok in _stops() and tok not in _answer_adverbs() or tok in _function_words() \
                or n == MAX_ANSWER_SUBJECT_TOKENS or tok in _verb_words() or topic is not None:
            return False  # (وعلق فلان بقوله: «…»، قائلا: the saying word reports the words, not the verb)
    return False


MAX_ANSWER_TOPIC_TOKENS = 10  # على خروجه من المستشفى في إحدى المرات: what is commented on, and when


@cache
def _topic_prepositions() -> frozenset[str]:
    """على، عن: what an answer or a comment is about, after its subject (علق فلان على الخبر: «…»)."""
    return frozenset(_f(w) for w in ("على", "عن"))


@cache
def _answer_adverbs() -> frozenset[str]:
    """Adverbs between an answer's subject and its words (وعلق بيليه سابقا: «…»)."""
    return frozenset(_f(w) for w in ("سابقا", "لاحقا", "مؤخرا", "أيضا", "كذلك"))


IBBAN = "\u0625\u0628\u0627\u0646"  # إبان as written, with the hamza under its alif


def _ibban(folded: str, text: str, back: Sequence[int], m: re.Match[str]) -> bool:
    """إبان written with the hamza under its alif (كشفت القوات إبان وجودها في العراق أن): the preposition "during",
    never the verb أبان (explained), which takes its hamza above."""
    return bool(text) and m.group().removeprefix("\u0648") == _f("أبان") \
        and text[back[m.end() - 4]:back[m.end() - 1] + 1] == IBBAN


def _verb_matches(folded: str, text: str = "", back: Sequence[int] = ()) -> list[re.Match[str]]:
    """The speech verbs of the text, found word by word rather than by scanning every position;
    بيّن (explained) counts when the shadda tells it from بين (between)."""
    table = _verb_words()
    out = []
    for m in WORD_RE.finditer(folded):
        word = m.group()
        if word in table:
            vm = VERB_RE.match(folded, m.start())
            if vm is not None and vm.end() == m.end() and not _ibban(folded, text, back, m):
                out.append(vm)
        elif word.removeprefix("\u0648").removeprefix("\u0641") in _answers() \
                and (vm := ANSWER_RE.match(folded, m.start())) is not None and _answer_follows(folded, vm):
            out.append(vm)  # أجاب كيري: «…»: only with the answer at once (not أجاب عن سؤال ... قائلا)
        elif word in BAYYANA and (text and SHADDA in text[back[m.start()]:back[m.end() - 1] + 1]
                                  or text and _bayyana_then_inna(folded, text, back, m) or _bayyana_clause(folded, m)):
            vm = BAYYANA_RE.match(folded, m.start())
            if vm is not None:
                out.append(vm)
        elif word in NAQALA and _naqala_clause(folded, m):
            vm = NAQALA_RE.match(folded, m.start())
            if vm is not None:
                out.append(vm)  # ونقل موقع "…" عن متحدث باسم الشركة أن
        elif word in TELLING and (vm := TELLING_RE.match(folded, m.start())) is not None and told_words(folded, vm):
            out.append(vm)  # أبلغ "الاقتصادية" مصدر أن: told, with words said and the one told set apart
        elif word in JAA and (vm := JAA_RE.match(folded, m.start())) is not None:
            out.append(vm)  # وجاء في بلاغ لوزارة الداخلية أنه: the statement's words, its issuer the subject
        elif word in _la_words() and (vm := SPLIT_LAHAZA_RE.match(folded, m.start())) is not None:
            out.append(vm)
        elif word in _writing() and (before := WORD_RE.findall(folded, max(0, m.start() - 8), m.start())[-1:]) \
                and before[0] in _qad_words() \
                and (vm := VERB_RE.match(folded, m.start())) is not None and vm.end() == m.end():
            out.append(vm)  # وقد كتب في تغريدة "…": قد tells the verb from the books (كتب التاريخ)
        elif word in _writing() and _platform_writing(folded, m) \
                and (vm := VERB_RE.match(folded, m.start())) is not None and vm.end() == m.end():
            out.append(vm)  # وفي الإطار نفسه كتب حاكم الولاية فلان على تويتر "…": the platform tells the verb
        elif word in _attributed_with_pronoun() and (vm := ATTRIBUTED_RE.match(folded, m.start())) is not None \
                and _attributive(folded, vm):
            out.append(vm)  # وفق ما ذكره مصدر أمني، حسب ما ذكرته القاضية: the source, who speaks on
    return out


MAX_WRITER_TOKENS = 12  # كتب حاكم ولاية ويسكونسن فلان الفلاني المرشح الجمهوري على موقع تويتر: the writer and platform


def _platform_writing(folded: str, m: re.Match[str]) -> bool:
    """Bare كتب/غرد is the verb "wrote" when a writer and the platform written on (على تويتر، في تغريدة، عبر حسابه)
    follow it, then the words at once in quote marks or after a colon (كتب فلان على تويتر "…"); elsewhere it is
    mostly the noun "books" (كتب التاريخ) or a verb inside a relative clause (التي كتبت على الجدار)."""
    before = WORD_RE.findall(folded, max(0, m.start() - 12), m.start())
    if before and before[-1].removeprefix("\u0648") in _relatives():
        return False
    end = _sentence_end(folded, m.end())
    mark = QUOTE_OPEN_RE.search(folded, m.end(), end)
    colon = folded.find(":", m.end(), end)
    stop = min(at for at in (mark.start() if mark else -1, colon, end) if at >= 0)
    if stop == end:
        return False
    region = list(WORD_RE.finditer(folded, m.end(), stop))
    return 2 <= len(region) <= MAX_WRITER_TOKENS and region[0].group() not in _platform_prepositions() \
        and _platform_at(region) is not None and not any(t.group() in _verb_words() for t in region)


@cache
def _qad_words() -> frozenset[str]:
    """قد and its kin before a past verb (وقد كتب، فقد غرد، لقد كتبت)."""
    return frozenset(_f(w) for w in ("قد", "وقد", "فقد", "لقد"))


def _opens_clause(folded: str, start: int, leads: frozenset[str]) -> bool:
    """The word at ``start`` opens a clause: at the sentence's start, after a comma or a semicolon (؛ وبين أن), or
    after one of ``leads`` (من جهته، بدوره; a glued و aside)."""
    before = folded[max(0, start - 40):start].rstrip()
    words = WORD_RE.findall(before)
    return _mark_before(folded, start) in ("", *".!?\u061f\n", ARABIC_COMMA, *",\u061b;") or (
        bool(words) and before.endswith(words[-1]) and words[-1].removeprefix("\u0648") in leads)


def _reported_complementizer(folded: str, start: int) -> re.Match[str] | None:
    """The complementizer (أن، إن، not a colon) after نقل or بين read as a verb, before the sentence ends."""
    comp = _complementizer(folded, start, _sentence_end(folded, start))
    return None if comp is None or comp.group().strip() == ":" else comp


def _naqala_clause(folded: str, m: re.Match[str]) -> bool:
    """نقل is the verb "reported" when it opens a clause (the sentence start, after a comma, من جهته) and its
    source follows with عن within a few words, reported words after it (ونقل موقع "…" عن متحدث، أن); elsewhere
    it is the noun (تم نقل المصابين، نقل البضائع عن طريق البحر)."""
    if not _opens_clause(folded, m.start(), _lead_adverbials()):
        return False
    comp = _reported_complementizer(folded, m.end())
    if comp is None:
        return False
    after = WORD_RE.findall(folded, m.end(), comp.start())
    at = next((k for k, w in enumerate(after) if w == "\u0639\u0646"), None)  # عن
    return at is not None and at <= 6 and after[at + 1:at + 2] != [_f("طريق")] and len(after) <= 20 \
        and not any(w in _verb_words() for w in after)  # (قوله إن is read as its own verb)


def _bayyana_then_inna(folded: str, text: str, back: Sequence[int], m: re.Match[str]) -> bool:
    """وبين إن (hamza below) or وبين بأن right after the word: the verb "explained", its words at once, wherever it
    stands (ودعا فلان إلى … وبين إن الجميع مستهدف); "between" takes no إن (but بين أن يكون … وبين أن: "between
    being … and being", so أن as written stays with the clause rules)."""
    nxt = WORD_RE.match(folded, m.end() + 1)
    if nxt is None or folded[m.end():nxt.start()].strip():
        return False
    return nxt.group() == "\u0627\u0646" and text[back[nxt.start()]] == "\u0625" \
        or nxt.group() in {_f("بأن"), _f("بأنه"), _f("بأنها")}


def _bayyana_clause(folded: str, m: re.Match[str]) -> bool:
    """بين without its shadda is the verb "explained" when it opens a clause (the sentence start,
    after a comma, من جهته، بدوره) and a complementizer follows a short subject (وبين أن، من جهته
    بين البائع فلان أن); elsewhere it is "between" (ما بين، بين الطرفين)."""
    at = m.start()
    nxt = WORD_RE.match(folded, m.end() + 1)
    if folded[max(0, at - 2):at] == "\u0648 " and not folded[max(0, at - 3):at - 2].isalpha() and nxt is not None \
            and (nxt.group() in _first_names() and nxt.group() not in _stops() or _is_title(nxt.group())):
        at -= 2  # و بين فلان أن: the conjunction typed apart opens the clause as a glued one does, before a name or
        # a title (not ، و بين من أجاب … بأن: "and between those who", as typed in lists of sides)
    opens = _opens_clause(folded, at, _lead_adverbials() | _relatives() | _qad_words())  # (الذي بين أن، وقد بين
    # التقرير أن: قد only stands before a verb)
    if not opens:  # أما بالنسبة للطرق بين أن: a fronted topic, then the verb
        line = folded[_sentence_start(folded, m.start()):m.start()]
        topic = WORD_RE.findall(line)
        opens = bool(topic) and topic[0].removeprefix("\u0648") == _f("أما") and len(topic) <= 5 \
            and not any(c in line for c in ARABIC_COMMA + ",")
        if not opens and bool(topic) and topic[0].removeprefix("\u0648") == _f("في") and 2 <= len(topic) <= 4 \
                and not any(c in line for c in ARABIC_COMMA + ","):  # وفي نفس السياق بين المهندس فلان أن: a lead
            comp = _reported_complementizer(folded, m.end())  # adverbial, then the verb and
            after = WORD_RE.findall(folded, m.end(), comp.start()) if comp is not None else []
            opens = bool(after) and _is_title(after[0]) and not _institution_head(after[0]) \
                and not any(w[:1] == "\u0648" and (_definite(w[1:]) or _is_title(w[1:])) for w in after[1:])
            # a person's title (not وفي العلاقة بين الوزير والنواب أن: "between" two sides)
    if not opens and _after_contrast(folded, m.start()):
        comp = _reported_complementizer(folded, m.end())  # في حين بين فلان أن، فيما بين الوزير أن: a clause of
        after = WORD_RE.findall(folded, m.end(), comp.start()) if comp is not None else []  # contrast opened
        opens = bool(after) and (_is_title(after[0]) and not _institution_head(after[0])  # on the verb
                                 or after[0] in _first_names() and after[0] not in _stops()) \
            and not any(w[:1] == "\u0648" and (_definite(w[1:]) or _is_title(w[1:])) for w in after[1:])
    if not opens:
        return False
    comp = _reported_complementizer(folded, m.end())
    if comp is None:
        return False
    toks = TOKEN_RE.findall(folded, m.end(), comp.start())
    return (len(toks) <= 8 or _subject_then_aside_between_commas(toks) or _titled_subject_then_comma(toks)
            or _named_subject_then_occasion(toks) or _named_subject_then_office(toks) or _occasion_then_comma(toks)
            or _bayyana_lead(toks) or _office_then_name(toks) or _name_set_off_last(toks)) \
        and not any(w in _verb_words() for w in WORD_RE.findall(folded, m.end(), comp.start()))  # وبين حنايا الوطن، مبينا أنه


MAX_OCCASION_TOKENS = 16  # في خطبة الجمعة اليوم بجامع الإمام تركي بن عبدالله بالرياض ،


def _occasion_then_comma(toks: list[str]) -> bool:
    """في right after بين ("between" is never followed by "in"), an occasion closed by a comma before the
    complementizer (وبين في خطبة الجمعة اليوم بجامع …، أن): the verb, the last speaker going on."""
    return len(toks) <= MAX_OCCASION_TOKENS and bool(toks) and toks[0] == _f("في") and toks[-1] in (ARABIC_COMMA, ",")


def _after_contrast(folded: str, at: int) -> bool:
    """The words before ``at`` are a particle of contrast opening a clause (في حين، فيما، بينما)."""
    lead = WORD_RE.findall(folded, max(0, at - 14), at)[-2:]
    return bool(lead) and lead[-1].removeprefix("\u0648") in (_f("فيما"), _f("بينما")) or lead == [_f("في"), _f("حين")]


def _subject_then_aside_between_commas(toks: list[str]) -> bool:
    """A subject of up to four words (or none: the last speaker goes on), then an aside between commas up to the
    complementizer (وبين النفزي، في تصريح لمراسل …، على هامش اجتماع …، أن؛ وبين، في خطبة الجمعة بجامع …، أن): the verb
    "explained"; "between" would join two sides with و, not a comma."""
    comma = next((k for k, t in enumerate(toks) if t in (ARABIC_COMMA, ",")), None)
    return comma is not None and 0 <= comma <= 4 and toks[-1] in (ARABIC_COMMA, ",") and len(toks) <= MAX_BAYYANA_ASIDE \
        and not any(t[:1] == "\u0648" and _definite(t[1:]) for t in toks[:comma])


MAX_BAYYANA_OCCASION = 20  # tokens from بين to أن when a named subject and its occasion of speaking fill them
MAX_BAYYANA_NAMED = 5  # words of the subject before its circumstance (وزير الصحة فلان الفلاني)


def _named_subject_then_occasion(toks: list[str]) -> bool:
    """A subject holding a known first name, then circumstances that name the occasion of speaking (في تصريح، في
    حديث، على هامش) with no comma, up to the complementizer (وبين فلان الفلاني على هامش حضوره أشغال المنتدى في
    تصريح لإذاعة محلية أن): the verb "explained"; "between" would join two sides with و."""
    lead = next((k for k, t in enumerate(toks) if t in (_f("في"), _f("على"), _f("خلال"))), None)
    occasion = any(t == _f("في") and k + 1 < len(toks) and toks[k + 1] in _occasions() for k, t in enumerate(toks)) \
        or any(_on_margin(toks, k) for k in range(len(toks)))
    return occasion and lead is not None and 1 <= lead <= MAX_BAYYANA_NAMED and len(toks) <= MAX_BAYYANA_OCCASION \
        and any(t in _first_names() for t in toks[:min(lead, 3)]) \
        and not any(t in (ARABIC_COMMA, ",") for t in toks) \
        and not any(t[:1] == "\u0648" and (_definite(t[1:]) or _is_title(t[1:])) for t in toks)


MAX_BAYYANA_OFFICE = 16  # tokens from بين to أن when a named subject and his office fill them, no comma between


def _named_subject_then_office(toks: list[str]) -> bool:
    """A person's name (a known first name first, or after one title), then his office opened by a title word, up to
    the complementizer with no comma (وبين المهندس فلان بن فلان مساعد أمين منطقة المدينة المنورة أن، بدوره بين فلان
    بن فلان مدير إدارة العلاقات العامة بأمانة المنطقة أن): the verb "explained"; "between" would join two sides
    with و (بين الوزير والنواب، بين فلان وفلان)."""
    if not MAX_BAYYANA_OFFICE >= len(toks) > 3 or any(t in (ARABIC_COMMA, ",") for t in toks):
        return False
    lead = 1 if _is_title(toks[0]) and not _institution_head(toks[0]) else 0
    if toks[lead] not in _first_names() or toks[lead] in _stops():
        return False
    office = next((k for k in range(lead + 2, min(len(toks), lead + 6)) if _is_title(toks[k])), None)
    return office is not None and office + 1 < len(toks) \
        and not any(t[:1] == "\u0648" and (_definite(t[1:]) or _is_title(t[1:]) or t[1:] in _first_names())
                    for t in toks[lead + 1:])


def _titled_subject_then_comma(toks: list[str]) -> bool:
    """A person's title (or a definite noun) and a known first name, with his office before or after it, closed by
    the one comma before the complementizer (من جهته، بين الطالب فلان نائب رئيس النادي … بجامعة …، أنه; من جانبه بين
    مدير إدارة شؤون المعلمين بتعليم جازان فلان الفلاني, أن): the verb "explained"; "between" would join two sides
    with و (بين الوزير والنواب، بين مدير الإدارة ومحمد)."""
    return MAX_BAYYANA_SUBJECT >= len(toks) > 1 and toks[-1] in (ARABIC_COMMA, ",") \
        and (_is_title(toks[0]) or _definite(toks[0])) and not _institution_head(toks[0]) \
        and any(t in _first_names() for t in toks[1:-1]) and not any(t in (ARABIC_COMMA, ",") for t in toks[:-1]) \
        and not any(t[:1] == "\u0648" and (_definite(t[1:]) or _is_title(t[1:]) or t[1:] in _first_names())
                    for t in toks[1:])


@cache
def _bayyana_leads() -> frozenset[str]:
    """Words that never follow "between" but follow the verb "explained": when, where or to whom (وبين خلال حفل
    المعايدة، وبين في خطبة الجمعة، وبين له، وبين لـ«عكاظ»)."""
    return frozenset(_f(w) for w in ("في", "خلال", "أثناء", "عبر", "ل", *ADDRESSEES))


def _bayyana_lead(toks: list[str]) -> bool:
    """بين opening a clause, then when, where or to whom it was said, up to the complementizer: the verb "explained"
    (the last speaker going on, or a subject after the occasion)."""
    return 1 < len(toks) <= MAX_BAYYANA_ASIDE and (toks[0] in _bayyana_leads() or toks[0][:1] == "\u0644"
                                                    and toks[0][1:] in _media())


MAX_BAYYANA_NAME = 6  # words of the name that closes an office chain (إبراهيم آل مسفر الألمعي، هشام بن عبدالرحمن شلي)


def _office_then_name(toks: list[str]) -> bool:
    """An office with its complements, then a person's title or none and a known first name that runs to the
    complementizer with no comma (وبين مدير عام الحدائق وعمارة البيئة المهندس هشام بن عبدالرحمن شلي أن، بين المشرف
    على برامج وفعاليات القرية إبراهيم آل مسفر الألمعي أن): the verb; "between" would join the name to another
    side with و (بين مدير الإدارة والمهندس فلان)."""
    if not 3 < len(toks) <= MAX_BAYYANA_OFFICE + 4 or any(t in (ARABIC_COMMA, ",") for t in toks) \
            or not (_office(toks[0]) or _is_title(toks[0])) or _institution_head(toks[0]):
        return False
    first = next((k for k in range(2, len(toks)) if toks[k] in _first_names() and toks[k] not in _stops()
                  and toks[k - 1][:1] != "\u0648"), None)
    if first is None or len(toks) - first > MAX_BAYYANA_NAME:
        return False
    return not any(t[:1] == "\u0648" or t in _stops() or t in _function_words() for t in toks[first:])


def _name_set_off_last(toks: list[str]) -> bool:
    """An office, then its holder's name or a lead adverbial between the last two commas, right before the
    complementizer (وبين الأمين العام المساعد للاتحاد، قاسم عفية، أن؛ وبين رئيس المجلس فلان، من جهته، أنه): the
    verb; "between" has no name set off before its second side."""
    commas = [k for k, t in enumerate(toks) if t in (ARABIC_COMMA, ",")]
    if len(commas) < 2 or commas[-1] != len(toks) - 1 or len(toks) > MAX_BAYYANA_ASIDE \
            or not (_office(toks[0]) or _is_title(toks[0])) or _institution_head(toks[0]):
        return False
    inside = toks[commas[-2] + 1:commas[-1]]
    if inside[:2] in ([_f("من"), _f("جهته")], [_f("من"), _f("جانبه")]) or inside == [_f("بدوره")]:
        return True
    return 1 < len(inside) <= 4 and not any(_definite(t) or t[:1] == "\u0648" or t in _stops()
                                            or t in _function_words() for t in inside)


@cache
def _time_prepositions() -> frozenset[str]:
    return frozenset(_f(w) for w in ("قبل", "بعد"))


def _narrative_resumed(folded: str, start: int, mark: int) -> int | None:
    """Where words opened by a straight mark before ``start`` end when they were never closed: the next mark,
    ``mark``, opens a quoted name (a space before it, a letter glued after it: اسم "بوفطيرة") and a sentence between
    opens on و/ف or a lead + a speech verb (الحيوان. وأوضح العروي أن، فيما كشف فلان أن): the narrative speaks again there. The end of the
    sentence before it, or None."""
    if not folded[mark - 1:mark].isspace() or not folded[mark + 1:mark + 2].isalnum():
        return None  # (a quoted number too: بمادته "236")
    leads = _lead_adverbials() | _while()  # فيما كشف فلان أنه، من جهته قال: a lead, then the verb
    for end in SENTENCE_END_RE.finditer(folded, start, mark):
        gap = end.end() + len(folded[end.end():end.end() + 4]) - len(folded[end.end():end.end() + 4].lstrip())
        if _speech_opens(folded, gap, leads):  # (past any spaces, a no-break one too)
            return end.start()
    return None


@cache
def _while() -> frozenset[str]:
    """فيما، بينما opening a sentence: "while", a clause whose main verb follows (فيما كشف فلان أن)."""
    return frozenset(_f(w) for w in ("فيما", "بينما"))


def _inside_quote(folded: str, pos: int) -> bool:
    """``pos`` lies inside words said: between quote marks of its paragraph that open before it,
    right after a colon or a complementizer (قال: «...»، بأن "..."), and close after it. Marks
    opened elsewhere quote names and titles (من «تفكيك خلية»)."""
    start = folded.rfind("\n", 0, pos) + 1
    end = folded.find("\n", pos)
    end = len(folded) if end < 0 else end
    opening = -1
    for left, right in ((LEFT_GUILLEMET, RIGHT_GUILLEMET), (LEFT_DOUBLE_QUOTE, RIGHT_DOUBLE_QUOTE)):
        at = folded.rfind(left, start, pos)
        if at > folded.rfind(right, start, pos) and (close := folded.find(right, pos, end)) >= 0 \
                and _unclosed_before(folded, at, close) != pos:  # (قال «… وأردف فلان «…»: the verb opens more words)
            opening = max(opening, at)
    mark = folded.find(QUOTATION_MARK, pos, end)
    if folded.count(QUOTATION_MARK, start, pos) % 2 == 1 and mark >= 0 and _reopening_verb(folded, mark) != pos \
            and _narrative_resumed(folded, folded.rfind(QUOTATION_MARK, start, pos) + 1, mark) is None:
        opening = max(opening, folded.rfind(QUOTATION_MARK, start, pos))  # but مضيفا "…": the earlier words were left open
    paren = folded.rfind("(", start, pos)
    if paren > folded.rfind(")", start, pos) and folded.find(")", pos, end) >= 0 \
            and folded[max(start, paren - 3):paren].rstrip().endswith(":"):
        return True  # يقول المؤلف: (… قال: «…» …): words said in brackets, with what they quote
    if opening < 0:
        return False
    lead = folded[max(start, opening - 12):opening].rstrip()
    words = lead.split()
    return lead.endswith(":") or bool(words) and COMPLEMENTIZER_RE.fullmatch(words[-1]) is not None


def _sentence_start(folded: str, pos: int, reach: int = 400) -> int:
    """Where the sentence holding ``pos`` begins (a dot in تي.تي does not end one), looking at most
    ``reach`` characters back."""
    begin = max(0, pos - reach)
    ends = [m.end() for m in SENTENCE_END_RE.finditer(folded, begin, pos)]
    return _past_dateline(folded, ends[-1] if ends else begin, pos)


def _past_dateline(folded: str, start: int, pos: int) -> int:
    """Past a byline or a dateline that opens a line (شقران الرشيدي- سبق- الرياض:، واس- صنعاء:): a few
    words with a dash, then a colon, and no speech verb; the reporter is no subject of the sentence."""
    if start and folded[start - 1] != "\n":
        return start
    colon = folded.find(":", start, min(pos, start + 60))
    head = folded[start:colon]
    if colon < 0 or "\n" in head or not ("-" in head or "\u2013" in head) or ARABIC_COMMA in head \
            or head.lstrip()[:1] in ("-", "\u2013"):
        return start  # (not - مكانة رائدة: a heading after a dash, the sentence goes on)
    words = WORD_RE.findall(head)
    if not 1 <= len(words) <= 7 or any(w in _verb_words() for w in words):
        return start
    return colon + 1


def _line_start(folded: str, pos: int) -> int:
    """Where the whole sentence holding ``pos`` begins: a line break, ! ? ؟ or a dot, but not a dot
    inside a number (19.3), next to Latin letters (uksacb.org) or after a word of one or two letters
    (د.، أ.د.، تي.تي); a dot glued to the next word still ends a sentence (والتثقيفية.وثمن)."""
    for i in range(pos - 1, -1, -1):
        c = folded[i]
        if c == "\n":
            return _past_dateline(folded, i + 1, pos)
        if c in "!?\u061f":
            return i + 1
        if c != ".":
            continue
        prev = folded[i - 1] if i else " "
        nxt = folded[i + 1] if i + 1 < len(folded) else " "
        if prev.isdigit() and nxt.isdigit() or prev.isascii() and prev.isalpha() or nxt.isascii() and nxt.isalpha():
            continue
        word = WORD_RE.search(folded, max(0, i - 3), i)
        if word is not None and word.end() == i and word.end() - word.start() <= 2 and (
                word.start() == 0 or folded[word.start() - 1] in " (\n."):
            continue  # (أ.د. فلان: two such words); but 2013م. ends a sentence
        return i + 1
    return _past_dateline(folded, 0, pos)


def _attributive(folded: str, vm: re.Match[str]) -> bool:
    """A verb that only attributes (بحسب ما ذكر) or is a noun (عدم ذكر اسمه), or an aside right after
    another speech verb (وقالت كما نقلت عنها الوكالة إن); not after a mark that ends the sentence (إلى حد ما. وقالت)."""
    prev = WORD_RE.findall(folded, max(0, vm.start() - 20), vm.start())
    return bool(prev) and folded[vm.start() - 1:vm.start()].isspace() and (
        prev[-1] in _attribution_before() or prev[-1] == KAMA and _aside_after_verb(folded, vm.start())) \
        and not folded[max(0, vm.start() - 20):vm.start()].rsplit(prev[-1], 1)[-1].strip()


def _aside_after_verb(folded: str, start: int) -> bool:
    """كما right after a speech verb, with nothing between (وقالت كما نقلت عنها): an aside (but على حد قولها.
    كما أكدت أن: a new sentence)."""
    words = folded[max(0, start - 24):start].split()
    return len(words) >= 2 and words[-1] == KAMA and words[-2] in _verb_words() \
        and not words[-2].removeprefix("\u0648").startswith(QAWL)


@cache
def _lead_adverbials() -> frozenset[str]:
    """Words that open a sentence before its verb: بدوره، بالمقابل، (من) جهته، (في) المقابل."""
    heads = ("جهة", "جانب", "ناحية", "طرف", "بدور")
    words = {_f(h.removesuffix("ة") + ("ت" if h.endswith("ة") else "") + suffix)
             for h in heads for suffix in ("ه", "ها", "هم", "هما")}
    return frozenset(words | {_f(w) for w in ("بالمقابل", "المقابل", "بدورها", "كذلك", "أيضا", "كما")})
