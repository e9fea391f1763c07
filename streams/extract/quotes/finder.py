"""``find_quotes``: walks the speech verbs and quote marks of an article, picks each
quotation's speaker (own subject, clause subject or the one carried over) and returns Quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from itertools import islice, pairwise

from ...records import Entity, Quote
from ..matchform import match_form
from ..ner_lexicon import first_names as _first_names
from ..ner_lexicon import verb_forms as _verb_forms
from .clauses import (
    MAX_SUBJECT_TOKENS,
    WHICH,
    _according_to,
    _agents_before,
    _agreeing_subject,
    _amma_topic,
    _asked_subject,
    _attributed_source,
    _clause_starts,
    _clause_subject,
    _contrast_leads,
    _earlier_plural_subject,
    _expressed_subject,
    _idh_topic,
    _joined_clause_subject,
    _noun_leads,
    _occasion_words,
    _preverbal_subject,
    _sentence_subject,
    _speech_owner,
    _statement_given,
    _statement_stems,
    _subject_before,
    _the_latter,
    _topic_subject,
    _trailing_source,
    _verb_particles,
    _whoever_before,
    _written_again,
)
from .continuations import (
    _anaphoric,
    _gender_clash,
    _latter,
    _same_person,
    _seen_name,
    _stems,
    one_name_per_person,
    same_source,
)
from .names import (
    EVE,
    MIN_SOUND_PLURAL_LEN,
    PREPOSITION_ALA,
    WRITTEN_HA,
    _adjectives,
    _apposition_pronouns,
    _chain_prepositions,
    _common_noun,
    _is_name_token,
    _maksura_prepositions,
    _name_links,
    _nisba,
    _occasions,
    _on_margin,
    _people_plural,
    _plausible_name,
    _plausible_start,
    _relatives,
    _runs,
    _Speaker,
    _what,
    _written_ha_ends,
)
from .people import _canonical, _honorific_fits, _people_for, _Person, _resolve, _that
from .regions import (
    ALA_ANNA,
    ALLAH,
    BLESSING_MAX_WORDS,
    ILA_ANNA,
    _accusative_anonymous,
    _anonymous,
    _blessing_length,
    _blessing_phrases,
    _object_heads,
    _object_until,
    _partitives,
    _quantified_object,
    _quantifiers,
    _region_tokens,
    _verbal_object,
)
from .silent import kashf_noun, silent_subject
from .spans import (
    INNA_OR_COLON,
    MAX_ANSWER_TOPIC_TOKENS,
    QUOTE_OPEN_RE,
    _addressees,
    _answer_adverbs,
    _attributive,
    _complement_word,
    _complementizer,
    _glued_inna,
    _inside_quote,
    _lead_adverbials,
    _line_start,
    _opening_quote,
    _resumed_line,
    _sentence_start,
    _topic_prepositions,
    _verb_matches,
    _verse_in_brackets,
)
from .subjects import (
    _blessing_alone,
    _fuller,
    _issued,
    _speaker,
    _subject,
    _subordinators,
    _titled_speaker,
)
from .telling import TOLD, told_span
from .titles import (
    _construct_titles,
    _honorifics,
    _institution_head,
    _institutions,
    _is_title,
    _kin,
    _media,
    _office,
    _person_title,
    _sources,
    _titles,
)
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
    SEPARATORS,
    TANWEEN_FATH,
    TOKEN_RE,
    WORD_RE,
    _alt,
    _f,
    _mark_before,
    _sentence_end,
)
from .verbs import (
    COMPLEMENTIZER_RE,
    COMPLETING_VERBS,
    KAMA,
    MAX_ANSWER_SUBJECT_TOKENS,
    NAQL_RE,
    PLATFORM_REACH,
    QAL,
    QAWL,
    TRAILING_RE,
    _answers,
    _beliefs,
    _claims,
    _concluding,
    _conditional,
    _dual,
    _expressing,
    _platform_at,
    _platform_prepositions,
    _platforms,
    _pointing,
    _present,
    _present_plurals,
    _present_pointing,
    _present_speaking,
    _present_views,
    _revealing,
    _takes_ila,
    _topic_verbs,
    _verb_gender,
    _verb_words,
    _verbs_between,
    _view_objects,
    _view_verbs,
    _writing,
)
from .words import (
    _definite,
    _demonstratives,
    _function_words,
    _god_epithets,
    _moods,
    _no_one,
    _stops,
    _time_leads,
)

# Written sources that point out findings (تشير الإحصائيات إلى أن), besides the reports and studies of SOURCES.
POINTING_SOURCES = ("إحصائية", "إحصائيات", "إحصاءات", "دراسات", "استطلاع", "استطلاعات", "وثيقة", "وثائق", "أبحاث", "بحوث")
# A subject found at once, then circumstances (في تصريح على هامش ...): the words may come later.
MAX_CIRCUMSTANCE_TOKENS = 40
SILENT_AFTER = 40  # characters after an abstract subject that may name who gave it (الأرقام التي أوردتها)
MAX_OFFICE_SUBJECT_TOKENS = 14  # an office with its body and its holder's name before a view verb's أن


@cache
def _but_pronouns() -> frozenset[str]:
    """لكن with the subject's pronoun (لكنه، ولكنها، لكنهم): the clause goes on with the same subject."""
    return frozenset(_f(c + w) for c in ("", "و") for w in ("لكنه", "لكنها", "لكنهم", "لكنهما"))


@cache
def _addressee_pronouns() -> frozenset[str]:
    """على/ل with a pronoun right after the verb (شددوا عليه، قالوا له): the one spoken to, never the subject
    (as written, not folded: عليه folds like the name علية)."""
    return frozenset(("عليه", "عليها", "عليهم", "عليهما", "له", "لها", "لهم", "لهما"))


@cache
def _verb_objects() -> frozenset[str]:
    """The heads of a verb's object and the nouns of need (عدم، وجود، ضرورة، بضرورة، أهمية، وجوب): never a speaker."""
    return _object_heads() | _necessities()


@cache
def _necessities() -> frozenset[str]:
    """Nouns of need or weight an أن clause completes (شدد على ضرورة أن، أكد أهمية أن): the verb's object."""
    return frozenset(_f(p + w) for w in ("ضرورة", "أهمية", "وجوب", "حتمية") for p in ("", "على", "ب"))


KEENNESS_WORDS = 6  # حرص | أمير منطقة مكة المكرمة | على أن: the keenness, its owner, then على


def _keenness_before(folded: str, verb_end: int, comp_start: int) -> int | None:
    """The folded start of حرص (his keenness: حرصه، حرص الوزارة، الحرص) that على أن completes, right after the verb or
    its subject (مؤكدا حرص أمير المنطقة على أن يقدم، وأكدت فلانة حرصها على أن): a noun object, no words reported."""
    if any(c in QUOTE_CHARS for c in folded[verb_end:comp_start]):
        return None  # وأضاف «يتوافق حرص الشركة على أن: the words quoted, whatever they say
    words = list(WORD_RE.finditer(folded, verb_end, comp_start))[-KEENNESS_WORDS:]
    if folded.startswith(_f("على") + " ", comp_start):
        words.append(WORD_RE.match(folded, comp_start))  # (على أن read as one complementizer)
    if len(words) < 2 or words[-1].group() != _f("على") or any(c in folded[words[0].start():comp_start] for c in ",\u060c"):
        return None
    return next((w.start() for w in words[:-1] if w.group().removeprefix("\u0627\u0644").startswith("\u062d\u0631\u0635")), None)


MAX_NEED_COMPLEMENT = 2  # ضرورة | الالتزام الكامل | بأن: the definite words a need noun governs before أن


def _necessity_before(folded: str, verb_end: int, comp_start: int) -> int | None:
    """The folded start of a noun of need right before the complementizer (| على ضرورة أن), else None."""
    words = list(WORD_RE.finditer(folded, verb_end, comp_start))
    k = next((k for k in range(len(words) - 1, max(-1, len(words) - 1 - MAX_NEED_COMPLEMENT - 1), -1)
              if words[k].group() in _necessities()), None)
    if k is not None and k < len(words) - 1 and (
            k and words[k - 1].group() == _f("في")  # (وأوضح الباحث في أهمية البحث أنه: the topic, then his words)
            or not all(_definite(w.group()) and w.group().startswith("\u0627\u0644") for w in words[k + 1:])
            or TOKEN_RE.findall(folded, words[k].end(), comp_start) != [w.group() for w in words[k + 1:]]):
        return None  # (but ضرورة الالتزام بأن، أهمية التعاون الدولي أن: the need's verbal noun, then what it takes)
    if k is not None:
        words = words[:k + 1]
    if not words or words[-1].group() not in _necessities() \
            or k is None and folded[words[-1].end():comp_start].strip().strip("".join(QUOTE_CHARS)).strip():
        # (a mark may open the words the noun governs: مؤكدة ضرورة " أن يتمتع ...")
        return None
    if len(words) > 1 and words[-2].group() == _f("على") and words[-1].group() in _necessities():
        return words[-2].start()
    return words[-1].start()


@cache
def _denying() -> frozenset[str]:
    """نفى (denied): what it takes in quote marks is the report denied."""
    return frozenset(_f(w) for w in ("نفى", "نفت", "نفوا"))


@cache
def _confessing() -> frozenset[str]:
    """اعترف: confessed that (اعترف المتهم بأنه), but also confessed to a deed (اعترف بقتل، اعترف المتهم بسرقة)."""
    return frozenset(_f(w) for w in ("اعترف", "اعترفت"))


@cache
def _in_turn() -> frozenset[str]:
    return frozenset(_f(w) for w in ("بدوره", "بدورها", "بدورهم", "بدورهما"))


def _deed_confessed(region: Sequence[re.Match[str]]) -> int | None:
    """Where the deed confessed starts, if it does: اعترف بقتل 27 امرأة ...، ولكن يعتقد أنه: a noun after ب right after
    the verb, or after a one- or two-word subject (اعترف المتهم بسرقة السيارة): its object, no words reported even if
    a later أن is reached; the confessor goes on, as one who expresses a feeling (عبّر عن). After a subject only past a
    definite word that is no title (بال after a subject mostly ends an office, مسؤول بالوزارة; رئيس بلدية is a
    construct; بدوره is "in turn"; براين a name)."""
    for k, tok in enumerate(region[:3]):
        word = tok.group()
        if word in SEPARATORS:
            return None
        if word[:1] == "\u0628" and len(word) >= 4 and word not in _in_turn() and not COMPLEMENTIZER_RE.fullmatch(word) \
                and word not in _first_names() and (k == 0 or not word.startswith("\u0628\u0627\u0644") and _definite(
                    region[k - 1].group()) and not _is_title(region[k - 1].group())):  # (not رئيس بلدية: a construct)
            return tok.start() - 1  # the space before the deed, where the subject ends
    return None


@cache
def _admitting() -> frozenset[str]:
    """أقر: admitted (أقر فلان بأنه), a view verb; but also approved (أقر المجلس أن تقوم البلدية)."""
    return frozenset(_f(w) for w in ("أقر", "أقرت", "أقروا"))


def _decided(folded: str, comp: re.Match[str] | None) -> bool:
    """A bare أن right before a verb in the imperfect (أن تقوم، أن يتم): what is decided, not what is said."""
    if comp is None or comp.group().strip() not in ("\u0627\u0646", "\u0628\u0627\u0646"):
        return False
    nxt = WORD_RE.match(folded, comp.end())
    if nxt is None:
        return False
    w = nxt.group()
    masdar = w.endswith("\u0647") or len(w) == 5 and (w[3] == "\u064a" or w[2] == "\u0627")  # تغيير، تعاون، تنمية
    return w[:1] == "\u064a" and len(w) >= 3 or w[:1] == "\u062a" and len(w) >= 4 and not masdar


def _office_then_words(region: Sequence[re.Match[str]], comp: re.Match[str] | None, opener: str = "") -> bool:
    """An office and its complement, then a complementizer at once (وتابع رئيس الهيئة الوطنية
    لحماية المعطيات أن): a conditional verb (تابع) that reports words. After a colon or إن (opener, the
    complementizer's first letter in the text), which only open words said, the complement may hold a name
    (وتابع رئيس جامعة نايف العربية: إن)."""
    if comp is None or not comp.group().strip():
        return False
    said = opener in INNA_OR_COLON
    if comp.group().strip() == ":" and not said:
        return False
    return bool(region) and region[-1].end() <= comp.start() \
        and _office_and_complement(region, _name_word if said else None)
    # not تابع الفريق تدريباته، ختم الوزير حديثه بأن، تابع الفريق الأول تدريباته


def _office_and_complement(region: Sequence[re.Match[str]], name_word: Callable[[str], bool] | None) -> bool:
    """An office, then its complement (two to eight words in all): name words (``name_word``) only in construct
    after an office, an institution or a name word (الشيخ عبدالعزيز آل الشيخ، جامعة نايف، الملك فهد)."""
    return 2 <= len(region) <= 8 and _office(region[0].group()) and all(
        _complement_word(region[k].group())
        or name_word is not None and name_word(region[k].group()) and _in_construct(region[k - 1].group())
        for k in range(1, len(region)))


def _office_then_quote(folded: str, region: Sequence[re.Match[str]], quote: tuple[int, int] | None) -> bool:
    """An office and its complement, a name in it too, then quote marks at once around more than a name (وتابع مدرب
    برشلونة السابق "هذا الكلام لم يصدر عن ميسي"): a conditional verb (تابع) that reports the words quoted (not تابع
    مدير الإدارة «برنامج الأمان»: a quoted name, followed)."""
    if quote is None or not region or folded[region[-1].end():quote[0]].strip() \
            or len(WORD_RE.findall(folded, quote[0], quote[1])) <= MAX_QUOTED_NAME_TOKENS:
        return False
    return _office_and_complement(region, _is_name_token)  # (برشلونة: a name word in ة, which _name_word leaves out)


def _speaker_goes_on(region: Sequence[re.Match[str]], comp: re.Match[str] | None, out: Sequence[Quote]) -> bool:
    """A conditional verb (تابع) whose subject is a person quoted before, named alone or with a relative clause on
    him, then a complementizer or a colon (وتابع ديفيس الذي يشرف على المكتب الإعلامي أن): that person goes on
    speaking (not تابع المحققون القضية إلى أن، تابع الفريق تدريباته: no one quoted, no complementizer)."""
    if comp is None or not comp.group().strip() or comp.group().startswith(ILA_ANNA) or not region:
        return False
    first = region[0].group()
    if len(region) > 1 and region[1].group() not in _relatives() or len(first) <= 2 or _definite(first) \
            or not _is_name_token(first):
        return False
    return any(q.speaker and first in _f(q.speaker).split() for q in out)


def _in_construct(tok: str) -> bool:
    """An office or an institution, or a name word, a name may follow in construct (جامعة | نايف، الملك | فهد)."""
    return _office(tok) or _institution_head(tok) or _is_name_token(tok) and not _definite(tok)


def _name_word(tok: str) -> bool:
    """A word of a name, not a noun with a possessive ه (تدريباته، حديثه: the verb's object)."""
    return _is_name_token(tok) and not (tok.endswith("\u0647") and not tok.endswith(ALLAH))  # (the lexicon of first
    # names holds such nouns too)




def _answer_given(folded: str, region: Sequence[re.Match[str]], marks: list[int], comp: re.Match[str] | None) -> bool:
    """أجاب/أجابت with the answer at once: a colon or a quote mark right after the verb or a short subject of words
    only (أجاب كيري: «…»، وأجابت: "…"), never a complementizer (أجاب بأن) nor a preposition's object (أجاب على سؤال)."""
    opened = marks or ([comp.start()] if comp is not None and comp.group().strip() == ":" else [])
    if not opened or comp is not None and comp.start() == min(opened) and comp.group().strip() != ":":
        return False  # (with no mark, a colon after a quoted name: وتساءل "بسام": هل …)
    words = [t.group() for t in region if t.group() not in QUOTE_CHARS]
    if region and folded[region[-1].end():min(opened)].strip(" :"):
        return False
    on = next((k for k, w in enumerate(words) if w in _topic_prepositions()), len(words))
    subject = [w for w in words[:on] if w not in _answer_adverbs()]
    return len(subject) <= MAX_ANSWER_SUBJECT_TOKENS and all(WORD_RE.fullmatch(w) for w in subject) \
        and not any(w in _function_words() or w in _stops() for w in subject) \
        and (on == len(words) or bool(subject) and len(words) - on <= MAX_ANSWER_TOPIC_TOKENS
             and all(WORD_RE.fullmatch(w) for w in words[on:]) and not any(w in _verb_words() for w in words[on:]))
    # (also after what is commented on: وعلق بيليه سابقا على خروجه من المستشفى في إحدى المرات: «…»)


MAX_PRESENT_SUBJECT_TOKENS = 8  # ويوضح بائع الأجهزة فلان بن فلان أن; longer, a view subject's rules (not وتوضح
# بعض المسارات تحرك الناس بسرعة أكبر ... أن: an object)
MAX_OCCASION_TOKENS = 4  # في بيان مكتوب، في تصريح لـ"سبق": the occasion of a conditional verb's words


def _occasion_then_words(folded: str, region: Sequence[re.Match[str]], marks: list[int]) -> bool:
    """في and an occasion of speaking, then the words at once (وتابعت في بيان مكتوب "…"، وتابع في تصريح له أن): a
    conditional verb (تابع) that reports them, its speaker the last one (not تابع في الملعب تدريباته)."""
    words = [t.group() for t in region if t.group() not in QUOTE_CHARS]  # لـ"سبق": one word
    return bool(marks) and 2 <= len(words) <= MAX_OCCASION_TOKENS and words[0] == _f("في") \
        and words[1] in _occasions() and not any(w in (ARABIC_COMMA, ",", ":") for w in words) \
        and not folded[region[-1].end():min(marks)].strip()


def _titled_then_occasion(folded: str, region: Sequence[re.Match[str]], marks: list[int]) -> bool:
    """A titled subject, then في and an occasion of speaking, then the words at once (وتابع الأمين العام في تصريح
    لمراسلة الإذاعة "…"، وتابع الوزير فلان في كلمته أن): a conditional verb (تابع) that reports them (not تابع
    الفريق تدريباته في الملعب: no title opens it, no occasion follows)."""
    k = next((i for i, t in enumerate(region) if i and t.group() == _f("في") and i + 1 < len(region)
              and region[i + 1].group() in _occasions()), None)
    return bool(marks) and k is not None and (_is_title(region[0].group()) or _office(region[0].group())) \
        and not _institution_head(region[0].group()) and _whole_subject(folded, region[:k], True) \
        and sum(t.group() not in QUOTE_CHARS for t in region[k:]) <= MAX_VIEW_OCCASION_TOKENS \
        and not any(t.group() in (ARABIC_COMMA, ",", ":") or t.group() in _verb_words() for t in region) \
        and not folded[region[-1].end():min(marks)].strip()


MIN_NOUN_LEN = 4  # مشاركة، جهود+ات: a noun in ة or ات after a closed talk's أن (not دعاه، شكره: a verb with its object)
PLURAL_GOES_ON_REACH = 300  # characters from the last words of a group speaking to a bare ويقولون that goes on with them
# Nouns of one's own talk, besides _statement_stems, that a conditional verb closes or goes on with (وختم حديثه بأن).
TALK_NOUNS = ("كلام", "حوار", "لقاء", "مداخلة", "محاضرة", "خطبة")
MAX_TALK_SUBJECT_TOKENS = 10  # وختم نائب وزير الصحة | حديثه بأن، واختتم ممثل البرنامج الوطني للحرف (بارع) | حديثه
# Words that open what a bare أن/بأن reports after a closed talk (بأن الوزارة، بأن هناك), not a deed (بأن شكر الحضور).
TALK_CLAUSE_OPENERS = ("هناك", "هنالك", "هذا", "هذه", "ذلك", "تلك", "كل", "جميع", "لا", "ليس", "ما")


@cache
def _talk_nouns() -> frozenset[str]:
    return _statement_stems() | frozenset(_f(w) for w in TALK_NOUNS)


@cache
def _talk_clause_openers() -> frozenset[str]:
    return frozenset(_f(w) for w in TALK_CLAUSE_OPENERS)


def _own_talk(word: str) -> bool:
    """حديثه، كلمتها، تصريحاته، كلامه: a talk noun with the pronoun of the one who talks."""
    return _owned(word, _talk_nouns())


def _owned(word: str, nouns: frozenset[str]) -> bool:
    """The folded ``word`` is one of ``nouns`` with an owner's pronoun (ه، ها، هم; كلمت+ه for كلمة)."""
    for suffix in ("\u0647", "\u0647\u0627", "\u0647\u0645"):  # ه ها هم
        stem = word.removesuffix(suffix)
        if stem != word and len(stem) >= 3:
            return stem in nouns or stem.endswith("\u062a") and stem[:-1] + FOLDED_TA_MARBUTA in nouns
    return False


def _talk_closed(folded: str, region: Sequence[re.Match[str]], marks: list[int],
                 comp: re.Match[str] | None, inna_or_colon: str) -> int | None:
    """The index in ``region`` of the talk a conditional verb closes or goes on with, its words at once or after a
    short topic (وختم الوزير حديثه بأن الوزارة، واختتم حديثه عن هذه الظاهرة: "…"): the verb reports them, its
    subject is the words before the talk noun (``inna_or_colon``: the complementizer's first letter as written).
    -1 when a bare أن starts a deed (ختم كلمته بأن شكر الحضور), None
    when no talk noun is closed."""
    if not marks:
        return None
    words = [t.group() for t in region if t.group() not in QUOTE_CHARS]
    k = next((i for i, w in enumerate(words[:MAX_TALK_SUBJECT_TOKENS + 1]) if _own_talk(w)), None)
    set_off = [i for i, w in enumerate(words[:k]) if w in SEPARATORS] if k is not None else []
    if set_off and len(set_off) == 2 and set_off[-1] == k - 1 and all(words[i] in (ARABIC_COMMA, ",") for i in set_off):
        set_off = []  # واختتم مدير إدارة الترجمة، فلان، تصريحه بأن: the holder's name set off between commas
    if k is None or len(words) - k - 1 > MAX_OCCASION_TOKENS or set_off \
            or any(w in SEPARATORS for w in words[k + 1:-1]) or folded[region[-1].end():min(marks)].strip():
        return None
    if comp is not None and comp.start() == min(marks) and comp.group().strip() in (_f("أن"), _f("بأن")) \
            and inna_or_colon not in INNA_OR_COLON:  # (إن folds as أن: وتابع حديثه "إن على المرأة ...")
        nxt = WORD_RE.search(folded, comp.end())
        word = nxt.group() if nxt is not None else ""
        if not (_definite(word) or word in _talk_clause_openers()
                or len(word) >= MIN_NOUN_LEN and word.endswith((FOLDED_TA_MARBUTA, FEMININE_PLURAL))):
            return -1  # (but بأن مشاركة الأسر، بأن الوزارة: a noun opens the words)
    return next(i for i, t in enumerate(region) if t.group() == words[k])


def _fronted_group(text: str, folded: str, back: tuple[int, ...], vm: re.Match[str], entities: Sequence[Entity],
                   seen: list[_Speaker]) -> _Speaker | None:
    """The subject written at the head of a present plural's clause (لكن سكان القرية يقولون إنهم، التربويون يرون
    أن، والخبراء يشيرون إلى أن): one to four words from the sentence start, a comma or a clause lead, opened by a
    definite word, a title, a quantifier, a noun in construct with a definite one or an indefinite plural of people
    (لكن منتقدين يقولون إن). None for كما يقولون، الذين يقولون، هم يقولون: no one the text names."""
    line = _sentence_start(folded, vm.start())
    toks = list(TOKEN_RE.finditer(folded, max(line, vm.start() - 80), vm.start()))
    k = len(toks)
    while k and toks[k - 1].group() not in SEPARATORS and toks[k - 1].group() not in _that() \
            and toks[k - 1].group().removeprefix("\u0648") not in _view_clause_leads():  # غير أن | الاختصاصيين يشيرون
        k -= 1
    if not k and toks and toks[0].start() > line and folded[line:toks[0].start()].strip():
        return None  # the clause start is out of reach
    group = [t.group() for t in toks[k:]]
    if not 1 <= len(group) <= 4 or any(w in _stops() or w in _function_words() or w.removeprefix("\u0648") in _relatives()
                                       or w in _verb_words() or w in QUOTE_CHARS for w in group):
        return None
    first = group[0][1:] if group[0][:1] in "\u0648\u0641" and (
        _definite(group[0][1:]) or group[0][1:] in _others()) else group[0]  # والخبراء، فالخبراء، وآخرون
    if not (_definite(first) or _is_title(first) or first in _quantifiers()
            or len(group) > 1 and _definite(group[1]) and not first.startswith(("\u0628", "\u0644", "\u0643"))
            and not first.endswith("\u0648\u0627")  # (منذ أن | أشعلوا النار وعبدوها يرون: a plural verb and its object)
            or len(group) > 1 and _people_plural(first) and _is_name_token(group[1])  # سكان سوسيا يقولون
            or len(group) <= 2 and all(_people_plural(w) for w in [first, *group[1:]])  # لكن منتقدين يقولون إن: people
            and not (k and toks[k - 1].group() in QUOTE_CHARS)  # described by an indefinite plural alone (not إيران
            or len(group) == 1 and first in _others()):  # (البعض يرى أن …، وآخرون يرون أن: "others" hold a second view)
        return None  # «ستفحم» منتقدين يقولون: the object of the verb quoted before, a saying inside the words reported)
    start = toks[k].start() + (len(group[0]) - len(first))
    found = _speaker(text, folded, back, start, toks[-1].end(), entities, seen)
    if found is not None:
        return found
    a, b = back[start], back[toks[-1].end() - 1] + 1
    return _Speaker(name=text[a:b], start=a, end=b, named=False)


def _blessing_after(text: str, end: int) -> bool:
    """A blessing formula right after a name (رسول الله صلى الله عليه وسلم، ابن القيم رحمه الله): the Prophet, a
    saint or one who has died is named."""
    return bool(_blessing_length(WORD_RE.findall(_f(text[end:end + BLESSING_REACH]))))


def _opens_unclosed(folded: str, verb_end: int, at: int) -> bool:
    """A quote mark opens right after the verb, words follow it and nothing closes it before ``at``: what follows is
    the words said, so a complementizer at ``at`` is inside them (not وأضاف "إن …: the words open on it)."""
    mark = QUOTE_OPEN_RE.match(folded, verb_end + len(folded[verb_end:at]) - len(folded[verb_end:at].lstrip()))
    return mark is not None and bool(folded[mark.end():at].strip()) and not any(c in QUOTE_CHARS for c in folded[mark.end():at])


def _god(name: str) -> bool:
    """The name is God's, alone or with his praise (الله، الله عز وجل، الله تعالى)."""
    words = _f(name).split()
    return words[:1] == [ALLAH] and all(w in _god_epithets() for w in words[1:])


def _cited(text: str, speaker: _Speaker) -> bool:
    """A speaker named with a blessing (قال الطيبي - رحمه الله -، عمر بن الخطاب رضي الله عنه): the Prophet, a
    companion or a scholar of old, cited by the one speaking, who goes on after the saying."""
    words = WORD_RE.findall(_f(speaker.name))
    return _blessing_after(text, speaker.end) \
        or any(_blessing_length(words[k:k + BLESSING_MAX_WORDS]) for k in range(1, len(words)))


BLESSING_REACH = 40  # characters after a name within which its blessing formula is written out
MAX_ASIDE_TOKENS = 10  # وهو نائب رئيس فيفا راهنا: an aside on the subject, before the words said


MAX_ASIDE_SUBJECT_TOKENS = 6  # وكيل رقيب خلوفة سعيد الأحمري | والذي يعد ...: a titled name before its aside


def _subject_then_aside(folded: str, region: Sequence[re.Match[str]], marks: list[int]) -> bool:
    """A subject of one or two words, a comma, then an aside opened by وهو/وهي that runs to the words said
    (وتابع نابوت، وهو نائب رئيس فيفا راهنا: "…"): a conditional verb (تابع) that reports them. Without the comma,
    the subject read whole and an aside or a relative clause on it do the same (وتابع نابوت وهو نائب رئيس فيفا: "…"،
    وتابع وكيل رقيب فلان والذي يعد الأقرب للإرهابي: «…»)."""
    words = [t.group() for t in region]
    comma = next((i for i, w in enumerate(words) if w in (ARABIC_COMMA, ",")), None)
    if bool(marks) and comma in (1, 2) and comma + 1 < len(words) <= comma + 1 + MAX_ASIDE_TOKENS \
            and words[comma + 1] in _apposition_pronouns() and not any(w in SEPARATORS for w in words[comma + 2:-1]):
        return True
    at = next((i for i, w in enumerate(words[:MAX_ASIDE_SUBJECT_TOKENS + 1])
               if i and (w in _apposition_pronouns() or w.removeprefix("\u0648") in _relatives())), None)
    return bool(marks) and at is not None and len(words) - at <= MAX_ASIDE_TOKENS \
        and not any(w in SEPARATORS or w in _verb_words() for w in words[:at]) \
        and not any(w in SEPARATORS for w in words[at + 1:-1]) and _whole_subject(folded, region[:at], True) \
        and not folded[region[-1].end():min(marks)].strip(" \u060c,")


MAX_OPENED_CIRCUMSTANCE_TOKENS = 16  # إثر زيارة لمتحف في باريس برفقة الملك المغربي محمد السادس: where, before the words


def _opens_circumstance(words: Sequence[str], i: int) -> bool:
    """The words at ``i`` open where or when the subject spoke: في and an occasion, his own or not (في كلمته، في
    بيان), على هامش, or an opener of its own (إثر، خلال، بمناسبة)."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return words[i] in _occasion_words() or words[i] == _f("بمناسبة") or _on_margin(words, i) \
        or words[i] == _f("في") and (nxt in _occasions() or _owned(nxt, _occasions()))  # في بيان، في كلمته


def _subject_then_circumstance(folded: str, region: Sequence[re.Match[str]], marks: list[int]) -> bool:
    """A subject read whole, then the circumstance of speaking running to the words said, a comma closing it or not
    (وتابع الرئيس أولاند إثر زيارة لمتحف في باريس "…"، وتابع الطبوبي في كلمته بمناسبة عيد الشغل ...، "…"): a
    conditional verb (تابع) that reports them (not تابع الفريق تدريباته في الملعب: no circumstance right after a
    subject)."""
    if not marks or not region or folded[region[-1].end():min(marks)].strip():
        return False
    words = [t.group() for t in region]
    if words[-1] in (ARABIC_COMMA, ","):
        words = words[:-1]
    k = next((i for i in range(1, min(len(words), MAX_ASIDE_SUBJECT_TOKENS + 1)) if _opens_circumstance(words, i)), None)
    return k is not None and len(words) - k <= MAX_OPENED_CIRCUMSTANCE_TOKENS \
        and not any(w in SEPARATORS or w in _verb_words() for w in words) and _whole_subject(folded, region[:k], True)


@cache
def _speaking_participles() -> frozenset[str]:
    return frozenset(_f(w) for w in ("متحدثا", "متحدثة", "متحدثين", "مخاطبا", "مخاطبة", "معلقا", "معلقة"))


MAX_COLON_SUBJECT_TOKENS = 8  # وتابع حسن عبدالعظيم المحاوشي 44 سنة من المملكة المغربية: «…»
MIN_COLON_WORDS = 8  # after the colon with no quote mark: words said, not a list (تدريباته: تمارين اللياقة والتسديد)


def _subject_then_colon(folded: str, region: Sequence[re.Match[str]], comp: re.Match[str] | None) -> bool:
    """A subject of up to eight words with no verb or comma, a colon right after it, then words said (وتابع بيان
    الداخلية التونسية: «…»، وتابع المسؤول في النادي الفرنسي: "…"): a conditional verb (تابع، اختتم، زاد) that reports
    them; a colon never follows what is followed or closed (تابع الفريق تدريباته، اختتم المهرجان فعالياته)."""
    if comp is None or comp.group().strip() != ":" or not region or len(region) > MAX_COLON_SUBJECT_TOKENS \
            or folded[region[-1].end():comp.start()].strip():
        return False
    if any(t.group() in SEPARATORS or t.group() in _verb_words() for t in region):
        return False
    return folded[comp.end():comp.end() + 1] in QUOTE_CHARS \
        or len(TOKEN_RE.findall(folded, comp.end(), _sentence_end(folded, comp.end()))) >= MIN_COLON_WORDS


def _subject_then_speaking(region: Sequence[re.Match[str]], marks: list[int]) -> bool:
    """A subject of one to three words, then a participle of speaking and what it is about, then the words said
    (وتابع انريكي متحدثا عن ميسي: "…"، وتابعت مخاطبة الحضور: "…"): a conditional verb (تابع) that reports them."""
    words = [t.group() for t in region]
    at = next((i for i, w in enumerate(words) if w.rstrip("\u064b") in _speaking_participles()), None)
    return bool(marks) and at is not None and at <= 3 and not any(w in SEPARATORS for w in words[:at])


@cache
def _full_addressees() -> frozenset[str]:
    """Addressees complete in one word (وقالت لرويترز «…»), unlike لوكالة "الأناضول" whose quoted word is a name."""
    return frozenset(_f(w) for w in ("لرويترز", "للصحفيين", "للصحافيين", "لصحفيين", "لصحافيين", "للصحافة", "للصحيفة", "للوكالة"))


def _once_more(words: list[str]) -> int:
    """The number of words of "once more" or "more than once" right after the verb (وأكد مرة أخرى بأن، مرة
    ثانية، أعلنوا أكثر من مرة أن، وأكد ثانية أن): an adverb, no subject; 0 when none opens ``words``."""
    if len(words) >= 2 and words[0] == _f("مرة") and words[1] in (_f("أخرى"), _f("ثانية")):
        return 2
    if len(words) >= 3 and words[0] == _f("أكثر") and words[1] == _f("من") and words[2] == _f("مرة"):
        return 3
    if words and words[0] == _f("ثانية"):
        return 1  # وأكد ثانية أن: "a second time" alone
    return 0


@cache
def _adverbs() -> frozenset[str]:
    """Adverbs that may stand between a speech verb and its quoted words (وقال أيضا "…")."""
    return frozenset(_f(w) for w in ("أيضا", "كذلك", "مجددا", "رسميا", "صراحة", "علنا", "حاليا", "شخصيا"))


@cache
def _attention() -> frozenset[str]:
    return frozenset(_f(w) for w in ("النظر", "الانتباه", "الأنظار"))


@cache
def _my_attention() -> frozenset[str]:
    return frozenset(_f(w) for w in ("نظري", "انتباهي", "نظرنا", "انتباهنا"))


# ما كان منه إلا (أن) right before the verb (فما كان منه إلا أن قال، وما كان منهم إلا قالوا): "he could but say", the
# one the pronoun stands for speaks (folded).
NOTHING_BUT_RE = re.compile(f"(?<![{AR}])[\u0648\u0641]?\u0645\u0627\\s+\u0643\u0627\u0646\\s+\u0645\u0646\u0647(?:\u0627|\u0645|\u0645\u0627)?"
                            f"\\s+\u0627\u0644\u0627(?:\\s+\u0627\u0646)?\\s*$")


HANDS_RE = re.compile("\\s+(?:\u0627|\u0627\u0644)?(?:\u064a\u062f\u064a|\u0627\u064a\u062f\u064a)")  # (ال)يدي، أيدي (folded)


def _between_hands(folded: str, vm: re.Match[str]) -> bool:
    """بين before يدي/يديه/يديهم/أيدي (الشخص الذي بين يديهم، بين أيدي القراء): the preposition "in the hands of",
    never the verb بيّن."""
    return vm["verb"] == _f("بين") and HANDS_RE.match(folded, vm.end()) is not None


def _pair_named(text: str, folded: str, back: Sequence[int], verb_start: int) -> _Speaker | None:
    """The first of two people named after a title in the sentence before a dual verb with no subject of its own
    (وزارت المهرجان الفنانة فلانة ...، والفنانة فلانة، حيث أكدتا أن): either one names the pair, as the
    conventions accept. None unless two are named."""
    line = _line_start(folded, verb_start)
    toks = _region_tokens(folded, line, verb_start)
    counterparts = {_f(w) for w in ("نظيره", "نظيرها", "نظيرته", "نظيرتها")}  # والتقى الوزير فلان نظيره فلان
    runs = [(i + 1, j) if toks[i][0] in counterparts and j - i >= 3 else (i, j) for i, j in _runs(toks)]
    named = [(i, j) for i, j in runs if i and (_person_title(toks[i - 1][0]) or toks[i - 1][0] in counterparts
                                                      or i > 1 and _person_title(toks[i - 2][0])
                                                      and _definite(toks[i - 1][0]) and toks[i - 1][0] not in _stops())  # الفنانة القديرة فلانة
             and _plausible_name([t[0] for t in toks[i:j]])]
    if len(named) < 2:
        return None
    return _titled_speaker(text, folded, back, toks, *named[0], line)


@cache
def _hypothetical() -> frozenset[str]:
    """"If" of a supposition (لو، ولو): a saying verb after it supposes words, none is reported."""
    return frozenset(_f(w) for w in ("لو", "ولو"))


def _pair_listed(text: str, folded: str, back: Sequence[int], verb_start: int) -> _Speaker | None:
    """The two people listed by name in the sentence of a dual verb with no subject of its own, without titles
    (وطالب كل من فلان الفلاني وفلان الفلاني بعدم ...، وقالا إن): the last list of two names each opened by a first
    name, the second glued to و. None when there is no such list."""
    line = _line_start(folded, verb_start)
    toks = _region_tokens(folded, line, verb_start)
    found = None
    for k in range(1, len(toks) - 1):
        word = toks[k][0]
        if not (word[:1] == "\u0648" and word[1:] in _first_names() and len(word) >= 4):
            continue
        first = k - 1
        while first > 0 and k - first < 4 and toks[first - 1][0] not in _stops() \
                and (_is_name_token(toks[first - 1][0]) or _definite(toks[first - 1][0])) \
                and not _is_title(toks[first - 1][0]) and toks[first][0] not in _first_names():
            first -= 1
        if toks[first][0] not in _first_names() or first == k - 1 or toks[k + 1][0] in SEPARATORS \
                or not (_is_name_token(toks[k + 1][0]) or _definite(toks[k + 1][0])) or toks[k + 1][0] in _stops() \
                or _is_title(toks[k + 1][0]):
            continue  # (a first name, its family name, و + a first name, its family name)
        found = back[toks[first][1]], back[toks[k + 1][2] - 1] + 1
    if found is None:
        return None
    return _Speaker(name=text[found[0]:found[1]], start=found[0], end=found[1], named=True)


def _pair_in_sentence_before(text: str, folded: str, back: Sequence[int], verb_start: int) -> _Speaker | None:
    """A dual verb opening its sentence (زارت الأخصائيتان فلانة الفلانية وفلانة الفلانية الجريدة. وأشارتا إلى أن):
    the two named in the sentence before, as _pair_named, _pair_listed or _pair_titled read it there."""
    line = _line_start(folded, verb_start)
    if folded[line:verb_start].strip() or line <= 0:
        return None
    end = line
    while end > 0 and folded[end - 1] in " \n.":
        end -= 1
    if end <= 0 or folded[end - 1] in QUOTE_CHARS:
        return None  # وقالا: "… انتهت إقامته …". وأضافا: the sentence before closes their words, no pair is named there
    return _pair_named(text, folded, back, end) or _pair_listed(text, folded, back, end) \
        or _pair_titled(text, folded, back, end)


def _pair_titled(text: str, folded: str, back: Sequence[int], verb_start: int) -> _Speaker | None:
    """Two names joined by و right after a dual title and its adjectives (الأخصائيتان الاجتماعيتان فاطمة القحطاني
    ومدى المدلج، الوزيران فلان وفلان): the pair as written, the second first name need not be a known one."""
    line = _line_start(folded, verb_start)
    toks = _region_tokens(folded, line, verb_start)
    for k in range(1, len(toks) - 3):
        title = toks[k - 1][0]
        stem = title[:-3] + "\u0647" if title.endswith("\u062a\u0627\u0646") else title[:-2]  # الأخصائية، الوزير
        if not (_definite(title) and title.endswith("\u0627\u0646")
                and (_person_title(stem) or _office(stem) or stem.endswith(("\u064a", "\u064a\u0647")))):
            continue  # (a profession's nisba: الأخصائيتان، الإعلاميان)
        first = k
        while first < len(toks) and _definite(toks[first][0]) and toks[first][0].endswith(("\u0627\u0646", "\u062a\u0627\u0646")):
            first += 1  # الاجتماعيتان: the title's adjectives
        if first + 3 >= len(toks) or toks[first][0] not in _first_names():
            continue
        conj = next((m for m in range(first + 1, min(first + 4, len(toks))) if toks[m][0][:1] == "\u0648"
                     and len(toks[m][0]) >= 3 and _is_name_token(toks[m][0][1:])), None)
        if conj is None or conj + 1 >= len(toks) or not all(_is_name_token(t[0]) or _definite(t[0])
                                                          for t in toks[first + 1:conj]):
            continue
        last = toks[conj + 1][0]
        if not (_is_name_token(last) or _definite(last)) or last in _stops() or _is_title(last):
            continue
        a, b = back[toks[first][1]], back[toks[conj + 1][2] - 1] + 1
        return _Speaker(name=text[a:b], start=a, end=b, named=True)
    return None


# Nouns of people whose plural is broken, so that their form in ين/ان is a dual (شخصين، شابان; not متهم: متهمين is
# also a plural), with the article or a preposition glued before them.
PAIR_NOUNS = ("شخص", "شاب", "رجل", "طفل", "شقيق", "كهل", "عنصر", "امرأت", "فتات", "سيدت", "تلميذ")  # not طالب (طالبان)
PAIR_NOUN_RE = re.compile(
    f"(?<![{AR}])[وف]?[بل]?(?P<noun>(?:ال)?(?:{_alt(PAIR_NOUNS)}))(?:ين|ان)(?![{AR}])")
PAIR_REACH = 600  # characters back from a dual verb: the paragraph that tells of the pair


def _pair_described(text: str, folded: str, back: Sequence[int], verb_start: int) -> _Speaker | None:
    """The pair a dual verb with no subject goes on from, described by a dual noun before it (إيقاف سيارة على متنها
    شخصين ... وبالتحري معهما اعترفا بأن): the last such noun within the paragraph, as written. None when there is none."""
    nouns = list(PAIR_NOUN_RE.finditer(folded, max(0, verb_start - PAIR_REACH), verb_start))
    if not nouns:
        return None
    a, b = back[nouns[-1].start("noun")], back[nouns[-1].end() - 1] + 1
    return _Speaker(name=text[a:b], start=a, end=b, named=False)


def find_quotes(text: str, entities: Sequence[Entity]) -> list[Quote]:
    """Direct and reported speech in ``text``, with speakers and offsets."""
    if not text:
        return []
    folded, back = match_form(text)
    entities = [e for e in entities if not _mid_word(text, e)]
    token = PREPOSITION_ALA.set(_maksura_prepositions(text, back))
    written = WRITTEN_HA.set(_written_ha_ends(text, back))
    try:
        return one_name_per_person(same_source([_closed_marks(text, q) for q in _find_quotes(text, folded, back, entities)]))
    finally:
        WRITTEN_HA.reset(written)
        PREPOSITION_ALA.reset(token)


def _sound_plural_of_people(name: str) -> bool:
    """The name opens on a sound masculine plural of a participle (مراقبون، المختصون، ممثلو الأمن، مسؤولين): people,
    who agree only with plural verbs and participles after them (مضيفين، قائلين)."""
    head = _f(name).split()[0].removeprefix("\u0627\u0644") if name.split() else ""
    if head.endswith("\u0648") and len(name.split()) > 1:
        head += "\u0646"  # ممثلو الأمن: the plural in construct, its ن dropped
    return head[:1] == "\u0645" and len(head) >= MIN_SOUND_PLURAL_LEN and head.endswith(("\u0648\u0646", "\u064a\u0646")) \
        and head not in _first_names()  # (a participle's plural: not التلفزيون، أنطونيو)


def _marks_closed(name: str) -> bool:
    """Every quote mark or bracket the name opens, it closes."""
    return name.count(QUOTATION_MARK) % 2 == 0 and name.count(LEFT_GUILLEMET) == name.count(RIGHT_GUILLEMET) \
        and name.count(LEFT_DOUBLE_QUOTE) == name.count(RIGHT_DOUBLE_QUOTE) and name.count("(") == name.count(")")


def _closed_marks(text: str, quote: Quote) -> Quote:
    """The speaker as written, with the quote mark or bracket its name opens closed (صحيفة «الخبر», not صحيفة «الخبر;
    مراسل "الجوهرة أف أم"، صحيفة (التايمز)): its span reaches the closing mark right after it; a quote mark left
    dangling at either end with none to close it is dropped. A name resolved to another mention stays as it is."""
    name, s, e = quote.speaker, quote.speaker_start, quote.speaker_end
    if not name or s is None or e is None or text[s:e] != name or _marks_closed(name):
        return quote
    if e < len(text) and (text[e] in QUOTE_CHARS or text[e] == ")") and _marks_closed(name + text[e]):
        return replace(quote, speaker=name + text[e], speaker_end=e + 1)
    bare = name.strip("".join(QUOTE_CHARS) + " ")
    if not bare or not _marks_closed(bare):
        return quote
    a = s + name.index(bare)
    return replace(quote, speaker=bare, speaker_start=a, speaker_end=a + len(bare))


def _quoted_body_name(folded: str, start: int, mark: int, end: int) -> int | None:
    """The end of a short name quoted at ``mark`` right after a body's head word (شركة «كافيار»، جمعية "البر"), with
    no word reported after the verb before that head: the body's name, no words said."""
    before = WORD_RE.findall(folded, start, mark)
    if not before or len(before) > 3 or not _institution_head(before[-1]):
        return None
    close = next((k for k in range(mark + 1, min(end, mark + 40)) if folded[k] in QUOTE_CHARS), None)
    if close is None or not 1 <= len(WORD_RE.findall(folded, mark + 1, close)) <= 3:
        return None
    return close + 1


def _find_quotes(text: str, folded: str, back: tuple[int, ...], entities: Sequence[Entity]) -> list[Quote]:
    """find_quotes on the folded text, with the spelling of على known (PREPOSITION_ALA)."""

    def disp(a: int, b: int) -> tuple[int, int]:
        return back[a], back[b - 1] + 1

    out: list[Quote] = []
    people = cache(lambda: list(_people_for(folded, PREPOSITION_ALA.get())))
    claimed: list[tuple[int, int]] = []  # folded spans of quoted stretches already used
    last: _Speaker | None = None
    last_gender: str | None = None  # of the verb that named the last speaker
    spoken_end = 0  # folded end of the last words reported or verb read
    reported_end = 0  # folded end of the last words reported indirectly
    reported_start = 0
    reported_colon = False  # the last words reported indirectly were opened by a colon (the speaker's own words)
    history: list[tuple[_Speaker, str | None]] = []  # the speakers met so far, with their verbs' gender
    seen: list[_Speaker] = []
    verbs = [vm for vm in _verb_matches(folded, text, back)
             if not _noun_after_preposition(text, folded, back, vm) and not _remarkable_or_sign(folded, vm)
             and not _adjective_after_plural(folded, vm) and not _participle_ends_sentence(folded, vm)
             and not _no_claim_reported(folded, vm)  # شخص ادعى أنه ملك، إن مدعين في مكتب النائب العام: no claim
             and not _speaking_without_subject(folded, vm)  # يذكر أن، دون أن يذكر اسمه: no verb of anyone's
             and not _affiliated(folded, vm)  # مسؤول تابع لوزارة الداخلية: an adjective, no verb
             and not _between_hands(folded, vm)  # الشخص الذي بين يديهم: the preposition, no verb
             and not kashf_noun(folded, vm)]  # نموذج كشف طبي، وكشف درجات معتمد: a noun, no verb
    glued = _glued_inna(text, back)
    for vm in verbs:
        if last is not None and (not history or history[-1][0] is not last):
            history.append((last, last_gender))
        last_before, gender_before = last, last_gender
        if any(s <= vm.start() < e for s, e in claimed) or _inside_quote(folded, vm.start()) or _elative(folded, vm) \
                or _elative_object(folded, vm, verbs) or _denial_noun(text, folded, back, vm) \
                or _first_person(folded, vm):
            continue  # words of a speaker already quoted, or of one quoted by someone (مضيفة رائعة)
        prev = WORD_RE.findall(folded, max(0, vm.start() - 8), vm.start())
        gender = _verb_gender(vm)
        if vm["verb"] in _view_objects() and _attributive(folded, vm):
            continue  # وهو ما اعتبره تهديدا: the writer's attribution of a view, no words and no source
        if _attributive(folded, vm):
            lead = WORD_RE.findall(folded, max(0, vm.start() - 30), vm.start())[-2:-1]
            word = WORD_RE.match(folded, vm.start())
            taken_back = word is not None and len(word.group()) >= 4 and word.group().endswith(("\u0647", "\u0647\u0627"))
            if vm["verb"] and prev[-1] != KAMA and not (prev[-1] == _f("ما") and lead and lead[0] not in _attribution_leads()
                                   and not (lead[0] in _pronouns_of_clause() and taken_back)):  # وهو ما أكده فلان
                # وفق ما أفاد به الرئيس المدير العام رضا عمار. وأوضح أن: the source speaks on (but نافيا صحة ما
                # صرح به فلان، ردا على ما قاله فلان: the one contradicted or answered does not)
                source = _attributed_source(text, folded, back, vm, entities, seen)
                if source is not None:
                    last, last_gender = source, gender
                    spoken_end = _sentence_end(folded, vm.end())
                    if source.named:
                        seen.append(source)
            continue
        if _verbal_noun(text, folded, back, vm):
            continue  # الذي رفض ذكر اسمه: a verbal noun, no one speaks
        if vm["verb"] and not vm["conj"] and prev and prev[-1] in _hypothetical():
            continue  # وحتى لو رأى بعض الناس أن، ولو قال الوزير إن: a supposition, no words reported
        if vm["verb"] and _revealing(vm) and prev and prev[-1] in _relatives() \
                and WORD_RE.findall(folded, vm.end(), vm.end() + 12)[:1] in ([_f("عنه")], [_f("عنها")], [_f("عنهم")]):
            continue  # الرئيس الجديد الذي أعلن عنه مؤخرا: the one announced, a relative clause on him; no words reported
        if vm["cont"] and vm["cont"].startswith(QAWL) and prev and prev[-1] in _verb_words():
            continue  # مضيفة قولها "…": the participle reports these words
        if vm["cont"] and vm["cont"].startswith(QAWL) and any(
                o["verb"] and o.end() <= vm.start() and _own_saying(folded, o.end(), vm) for o in verbs):
            continue  # وأضاف مورينيو قوله "…": the verb before reports these words, with its subject between
        if vm["cont"] and vm["cont"].startswith(QAWL) and _subject_before(folded, vm, prev) is None:
            continue  # على حد قولها: an aside, not a new quotation
        verb_end = vm.end()
        eos = _sentence_end(folded, verb_end)
        comp = _complementizer(folded, verb_end, eos, glued)
        if comp is not None and comp.group().strip() == _f("إنني") and text[back[comp.start()]] != "\u0625":
            comp = _complementizer(folded, comp.end(), eos, glued)  # ذكرت أنني: a writer's first person, not إنني
        if comp is None and (resumed := _resumed_line(folded, eos)) is not None:
            eos = _sentence_end(folded, resumed)  # وأكد الوزير فلان\nأن ...: a line break before the words
            comp = _complementizer(folded, verb_end, eos, glued)
        if (direct_clause := _direct_clause(folded, vm)) is not None:
            comp = direct_clause  # وقال تم الجلوس مع …، وأضاف لقد: the words at once, with no complementizer
        if comp is not None and (told := _told_paper_before(folded, vm, comp)) is not None:
            comp = told  # وقالت فلانة لـ "سبق" أتوقع …، وأشارت إلى أن: the words told the paper, before another verb's
        if comp is None and (unmarked := _unmarked_words(folded, back, vm, eos, entities)) is not None:
            comp = unmarked  # وقال فلان، يضاف إلى ذلك …، وقالا لم تقنعنا …: the words as a plain clause
        if comp is not None and comp.group().strip() != ":" and _opens_unclosed(folded, verb_end, comp.start()) \
                and not any(not _inner_word(o) for o in _verbs_between(verbs, verb_end, eos)):
            comp = None  # وتابع "كنت أريد أن أغادر …: the words open on a mark never closed before this أن, which is theirs
            # (not with a verb of speaking later in the sentence: وقال "لم أتخيل … مشددا على أن: the old reading splits)
        if comp is not None and _especially_before(folded, verb_end, comp):
            continue  # وأبرز التحديات ...، خاصة أن: "especially since", the writer's reason; no words reported after it
        if comp is not None and comp.group().strip() == ":" and folded[eos:eos + 1] == "\n" \
                and not folded[comp.end():eos].strip() and len(TOKEN_RE.findall(folded, verb_end, comp.start())) <= 6 \
                and "\u0639\u0646" not in WORD_RE.findall(folded, verb_end, comp.start()):  # not أعلنت عن تعيين كل من :
            nxt_line = eos
            while nxt_line < len(folded) and folded[nxt_line].isspace():
                nxt_line += 1
            if nxt_line < len(folded):
                eos = _sentence_end(folded, nxt_line)  # وقال فلان:\nلقي البرنامج ...: the words open the next line
        quote = _opening_quote(folded, verb_end, eos, comp, bool(vm["verb"]) and vm["verb"].startswith((QAL, _f("أضاف"))))
        if quote is None and comp is None:
            quote = _verse_in_brackets(folded, verb_end, eos)  # قال الله تعالى ( … ): the verse in brackets
        if quote and vm["verb"] and vm["verb"].removeprefix("\u0648") in _denying() and (
                comp is None or comp.start() > quote[0]):
            quote = None  # نفى فلان "خبر طرد …": the denied report, quoted, is the object (words said come after a
            # colon or a complementizer: نفى الوزير: "…")
        if quote and NAQL_RE.fullmatch(vm.group()) and folded.find(" \u0639\u0646 ", verb_end, quote[0]) < 0:
            quote = None  # نقلت قناة "بي بي سي" عن ...: the quoted name of the outlet
        if quote and NAQL_RE.fullmatch(vm.group()) \
                and (after := WORD_RE.search(folded, quote[1], min(len(folded), quote[1] + 12))) is not None \
                and after.group().startswith(QAWL) and not folded[quote[1]:after.start()].strip(" " + "".join(QUOTE_CHARS)):
            quote = None  # نقلت الوكالة عن رئيس الاتحاد "إم دبليو في" قوله إن: a quoted name before قوله, whose words
            # come after it
        if quote and comp and comp.start() < quote[0] and folded[comp.end():quote[0]].strip():
            quote = None  # words reported indirectly, with a quoted phrase inside
        if quote and comp and quote[1] < comp.start() and len(TOKEN_RE.findall(folded, quote[1] + 1, comp.start())) <= 1 \
                and not any(t in _verb_words() for t in TOKEN_RE.findall(folded, quote[1] + 1, comp.start())):  # «…» مضيفة أن
            quote = None  # وذكر المواطن "عبدالله ذياب المطيري" أنه: a quoted name in the subject
        if quote and not folded[verb_end:quote[0]].strip() and _quoted_name(TOKEN_RE.findall(folded, quote[0] + 1, quote[1])):
            quote = None  # وأوضح "الأستاذ عبد العزيز العيد" المشرف العام أن: a quoted name, then the words
        if quote and comp and quote[1] < comp.start() and _titled_quoted_name(
                TOKEN_RE.findall(folded, verb_end, quote[0]), TOKEN_RE.findall(folded, quote[0] + 1, quote[1])):
            quote = None  # وقال الشيخ "فلان الفلاني" المتحدث باسم المجلس، إن "…": a quoted name after his title, then
            # the words after the complementizer
        if quote and (comp is None or comp.start() > quote[0]) \
                and _object_before_quote(folded, vm, quote[0], comp is not None and (
                    comp.start() < quote[1] or len(TOKEN_RE.findall(folded, quote[1] + 1, comp.start())) <= 3)):
            quote, comp = None, None  # أشارت مصادر إلى مقتل ثمانية ... «جثث ...»: marks inside the noun object,
            # no words said (nor a complementizer inside or after them); but أشار إلى أن "…" reports
        if quote and (not comp or quote[0] < comp.start()):
            before = WORD_RE.findall(folded, max(verb_end, quote[0] - 12), quote[0])
            last_word = before[-1] if before else ""
            if last_word and (last_word in _stops() and last_word not in _time_leads() and last_word not in _addressees()
                              and last_word not in _full_addressees()  # وقال سياسي يمني لرويترز "…": the words follow
                              and last_word not in _god_epithets()  # قال الله تعالى "…": God speaks
                              and last_word not in _moods()  # وقال فلان مازحا "…": his mood, then the words
                              and last_word != _f("القول")  # مضيفا القول "…"، وأضاف فلان القول: "…": the saying is the words
                              and not _said_in_statement(folded[verb_end:quote[0]], prev)  # التي قال فيها "…"
                              and not (folded[verb_end:quote[0]].strip() in _in_it() and _recorded_owner(folded, vm) is not None)
                              and not (last_word == _f("إلى") and _pointing(vm) and WORD_RE.findall(folded, verb_end, quote[0]) == [last_word])
                              and not (last_word == _f("عن") and _revealing(vm))  # أعلنت ... عن «خمسة قتلى ...»
                              and not all(w in _adverbs() or w in _addressees() or w in _full_addressees()
                                          for w in WORD_RE.findall(folded, verb_end, quote[0]))
                              or len(last_word) == 1
                              or last_word in _construct_titles() and last_word not in _sources()) \
                    and folded[verb_end:quote[0]].strip():
                quote = None  # لـ"مجموعات معروفة"، مراسل "الجوهرة": a quoted name, not the words said
        marks = [x for x in ((comp.start() if comp else None), (quote[0] if quote else None)) if x is not None]
        subject_end = min(marks) if marks else eos
        if not marks:
            mark = QUOTE_OPEN_RE.search(folded, verb_end, eos)
            while mark and (named_end := _quoted_body_name(folded, verb_end, mark.start(), eos)) is not None:
                mark = QUOTE_OPEN_RE.search(folded, named_end, eos)  # كشفت شركة «كافيار» الإيطالية عن: the body's name
            subject_end = mark.start() if mark else eos  # no speaker inside quoted words
        if comp is not None and (need := _necessity_before(folded, verb_end, comp.start())
                                 or _keenness_before(folded, verb_end, comp.start())) is not None:
            subject_end, marks, quote, comp = need, [], None, None  # شدد على ضرورة أن: a noun object, no words reported
        other = next((o for o in _verbs_between(verbs, verb_end, subject_end) if not _attributive(folded, o)
                      and not _verbal_noun(text, folded, back, o)
                      and not (o["cont"] and o["cont"].startswith(QAWL) and _own_saying(folded, verb_end, o))), None)
        refusal = _refusal_start(folded, verb_end, other.start() if other is not None else subject_end)
        if refusal is not None:
            subject_end = refusal  # مسؤول أمني | رفض ذكر اسمه إن، مسؤول تركي | رفض الكشف عن هويته: a clause on the subject
        rumour = _rumour_start(folded, verb_end, subject_end)
        if rumour is not None:
            subject_end = rumour  # نفى مصدر مسؤول | ما تردد عن أن: what was said about, the object, no part of the subject
        carried = other is not None and other["cont"] is not None and not folded[verb_end:other.start()].strip()
        if other:  # the reported words belong to the next verb (أعلن بوتين ...، قائلاً إنه)
            subject_end, marks, quote, comp = other.start(), [], None, None
        subject_start = verb_end
        region = list(TOKEN_RE.finditer(folded, verb_end, subject_end))
        if len(region) >= 2 and region[0].group() == KAMA and any(o.start() == region[1].start() and _attributive(folded, o)
                                                               for o in verbs):
            subject_start, region = subject_end, []  # وقالت كما نقلت عنها الوكالة إن: an aside, no subject
        if (once := _once_more([t.group() for t in region[:3]])):
            subject_start = region[once - 1].end()  # وأكد مرة أخرى بأن: "once more", no subject (the one speaking
            region = region[once:]  # goes on); أعلنوا أكثر من مرة أن
        if region and vm["verb"] and vm["verb"].startswith(_f("لفت")) and region[0].group() in _attention():
            subject_start = region[0].end()  # لفت النظر إلى أن: drew attention, the subject is the last speaker's
            region = region[1:]
        if region and vm["verb"] and vm["verb"].startswith(_f("لفت")) and region[0].group() in _my_attention():
            continue  # ولفت نظري أنه، لفت انتباهي أن: the writer's own notice, no one's words reported
        if len(region) > 1 and vm["verb"] and vm["verb"].startswith(_f("لفت")) and region[-1].group() in _attention():
            subject_end = region[-1].start()  # ولفت التقرير النظر إلى أن: the attention is drawn, the report speaks
            region = region[:-1]
        if region and vm["verb"] in TOLD and (told := told_span(region, subject_start, subject_end)) is not None:
            subject_start, subject_end = told
            region = [t for t in region if subject_start <= t.start() and t.end() <= subject_end]  # أبلغ "عكاظ" فلان
        talk = _talk_closed(folded, region, marks, comp, text[back[comp.start()]] if comp else "") \
            if vm["verb"] and vm["verb"] in _conditional() else None
        if talk == -1:
            continue  # واختتم كلمته بأن شكر الحضور: closed with a deed, no words said
        if vm["verb"] and vm["verb"] in _answers() and not _answer_given(folded, region, marks, comp):
            continue  # أجاب على سؤال، أجاب بأن، أجاب عن استفسارات الحضور: no words given at once after a short subject
        if talk is not None:
            subject_end = region[talk].start()  # وختم الوزير حديثه بأن، واختتم حديثه عن الظاهرة: "…": the words
            region = region[:talk]  # that close his talk; the subject is before the talk noun (none: he goes on)
        n_words = len(region)
        fronted = None
        if vm["verb"] and vm["verb"] in _present_plurals() and vm["conj"] and not n_words and marks \
                and last is not None and vm.start() - spoken_end <= PLURAL_GOES_ON_REACH \
                and (last_gender == "p" or _people_plural(_f(last.name).split()[-1].removeprefix("\u0627\u0644"))):
            fronted = last  # ويشير المتضررون إلى أن ...، ويشيرون إلى أنه: the group speaking goes on
        elif vm["verb"] and vm["verb"] in _present_plurals():
            fronted = None if vm["conj"] or n_words or not marks else _fronted_group(text, folded, back, vm, entities, seen)
            if fronted is None:
                continue  # كما يقولون، ويرون أن، الذين يقولون إن: people at large, or a subject the rules cannot read
        if not vm["conj"] and vm["verb"] in _present() and not n_words and prev \
                and prev[-1].removeprefix("\u0648").removeprefix("\u0641") in _demonstratives() \
                and (prev[-1][:1] in "\u0648\u0641" or not WORD_RE.findall(folded, _sentence_start(folded, vm.start()),
                                                                          vm.start())[:-1]):
            continue  # وهذا يؤكد أن: "this confirms that", the writer's inference, no one speaking (not مع ذلك، تقول،
            # وفي ذلك يقول: a preposition's object before the verb)
        if vm.start() < reported_end and not vm["conj"] and vm["verb"] in _present() and not n_words \
                and vm["verb"] not in (_f("يقول"), _f("تقول")):
            continue  # أشار إلى أن إحياء الذكرى يؤكد أن: a verb of the words reported (but التي تقول السلطات إنها،
            # وشدد على أن البعض يقول إن: a saying reported within the words is a quotation of its own)
        if reported_start <= vm.start() < reported_end and not vm["conj"] and vm["verb"] and n_words and prev \
                and _content_word(prev[-1]) and folded[:vm.start()].rstrip()[-1:] not in SEPARATORS \
                and (subj := _subject(folded, subject_start, subject_end)) is not None \
                and not _names_the_speaker(folded, subj, seen):
            continue  # وأضافت أنه بعد الانتصارات أكدت مصادرنا بحصول ...: a verb of the words reported, no new speaker
            # (but أواني خزفية ولوحات جبسية قال الدكتور الثابتي إنها: the writer names the one speaking again)
        if reported_start <= vm.start() < reported_end and not vm["conj"] and vm["verb"] and prev \
                and (not n_words or _subject(folded, subject_start, subject_end) is None) \
                and not vm["verb"].startswith(QAL) and vm["verb"] not in _present() \
                and _content_word(prev[-1]) and not any(c in SEPARATORS for c in folded[reported_start:vm.start()]) \
                and not any(w.removeprefix("\u0648") in _clause_starts() for w in WORD_RE.findall(folded, reported_start, vm.start())) \
                and _source_before_verb(folded, vm) is None:  # (يستند إلى مصدر موثوق أكد لها أن: the source's words)
            # (but لكن آخرين قالوا إنه، بل إن بعضهم ذكر أنه: a new clause of the writer's; and وأضاف أن عائلة عمر
            # قالت إن: a saying reported within the words is a quotation of its own, as dev gold marks it)
            continue  # قال المصدر إن الفتى اعترف بأنه، أن التحريات كشفت أن، أن الولايات المتحدة أعلنت مرارا أنه: a verb
            # of the words reported, whose subject opens them (no subject after it, an adverb or an object at most)
        if reported_start <= vm.start() < reported_end and vm["verb"] and not vm["conj"] and not n_words and prev \
                and prev[-1] in _relatives() and _thing_before(folded, vm, prev):
            continue  # رأى فلان أن ... بدءا من السماح بوجود المرتزقة الذي اعتبر أنه: a relative clause of the words
            # reported whose antecedent is a thing (a verbal noun), not one who speaks
        if reported_start <= vm.start() < reported_end and comp is None and quote is not None and prev \
                and prev[-1] in _relatives() and folded[verb_end:quote[0]].strip():
            continue  # قال المصدر إن الشبكة التي أعلنت الكويت الكشف عنها “لا علاقة لها”: a relative clause of the
            # words reported, with its object; the quoted phrase inside is the same speaker's
        if vm["verb"] and vm["verb"] in _writing() and (
                not (marks or other) or _written_on(text, back, region) or any(
                    t.group() in _occasions() and not (i and region[i - 1].group() in _platform_prepositions())
                    for i, t in enumerate(region))):  # (but وكتب في تغريدة "…": written in a tweet, he wrote)
            continue  # وكتب مقالا: a noun object; وكتب على لافتة "…": written on a sign (a passive), no writer; وكتب
            # اللاعب رسالة جاء فيها: "…": the piece written is the object, its words are left to the rules of جاء فيها
        if vm["verb"] and vm["verb"] in _writing() and not vm["conj"] \
                and not any(t.group().removeprefix("\u0627\u0644") in _platforms() for t in region):
            continue  # وقد كتبت واحدة من الروايات: "…"، قد كتبت بحبر خاص: a book or a passive; after قد the writer
            # reports only on a platform named (وقد كتب فلان على حسابه، فقد غرد عبر حسابه بتويتر)
        if vm["verb"] and vm["verb"] in _conditional() and vm["verb"] not in _answers() and talk is None \
                and not _office_then_words(region, comp, text[back[comp.start()]] if comp else "") \
                and not _office_then_quote(folded, region, quote) \
                and not _occasion_then_words(folded, region, marks) and not _titled_then_occasion(folded, region, marks) \
                and not _subject_then_aside(folded, region, marks) and not _subject_then_speaking(region, marks) \
                and not _subject_then_circumstance(folded, region, marks) and not _subject_then_colon(folded, region, comp) \
                and not _quoted_subject(folded, region, comp) and not _speaker_goes_on(region, comp, out) \
                and not (marks and n_words == 3 and comp is not None and _short_subject_then_words(folded, region, comp)) and (
                not marks or n_words > 2 or (n_words and not (
                comp is not None and text[back[comp.start()]] in INNA_OR_COLON and not comp.group().startswith(ILA_ANNA)
                and all(_definite(t.group()) for t in region)  # (إلى أن is no إن: تابع المحققون القضية إلى أن)
                or quote is not None and (comp is None or comp.start() > quote[0])
                or comp is not None and _short_subject_then_words(folded, region, comp)))):
            # but وتابع الخطيب "…"، وتابع جونسون "أنه …"، وتابع الفوزان أن، وتابع المصدر نفسه أن، وتابع فادي ضو أن: the
            # words at once after a subject
            continue  # تابع الفريق تدريباته: following, not speaking (but وتابع البيان إن)
        if vm["verb"] and vm["verb"] in _present_views() and not (not n_words and (_titled_person_before_verb(
                text, folded, back, vm, entities) or _person_before_relative(text, folded, back, vm, prev, entities))) \
                and (not n_words or not (
                _opens_view_clause(folded, vm, prev) or _relative_with_people(folded, vm, prev, region))
                                                             or _subject(folded, subject_start, subject_end) is None) \
                and not (not n_words and marks and _amma_answered(folded, vm)) \
                and not _view_goes_on(folded, vm, n_words, comp, last, last_gender,
                                      max(reported_end, max((c[1] for c in claimed), default=-1)) if out else -1):
            continue  # مما يرى أنه، كان يرى أن، يا ترى يضمن أن، والعميل يرى سعرا، ويرى من شارك أن: no subject of its own
            # that the rules can read (never the last speaker's), or not a clause of the writer's (but ويرى المراقبون أن)
        if vm["verb"] and vm["verb"] in _present_speaking() and (not marks or len(region) > MAX_PRESENT_SUBJECT_TOKENS
                                                                and not _view_subject(folded, region)
                                                                and not _view_subject(folded, _before_time(region))):
            continue  # ويوضح الشروط، وتوضح بعض المسارات تحرك الناس ... أن: an object, no words (and no speaker set);
            # the words follow a subject as a view verb's do
        if vm["verb"] and vm["verb"].removeprefix("\u0648") in _present_pointing() | _present_speaking() \
                and not (not n_words and marks and _amma_answered(folded, vm)) \
                and not _pointing_source(folded, subject_start, subject_end, vm["verb"].removeprefix("\u0648") not in _afada()):
            continue  # وتشير التكهنات إلى أن، تشير تفاصيل الحادث إلى أن: the writer's evidence, no one's words
        if vm["verb"] and vm["verb"] in _concluding() and (comp is None or not comp.group().startswith(ILA_ANNA)):
            continue  # توصل الطرفان إلى اتفاق ينص على أن، خلص الحريق: a conclusion reports only through إلى أن
        if comp is not None and comp.group().startswith(ALA_ANNA) and _revealing(vm):
            continue  # أعلنت الإدارة عن فتح باب الترشح ...، على أن تعقد الجمعية: what is announced, then a proviso
            # ("provided that"); أعلن and كشف report through أن or عن, never through على أن
        if vm["verb"] and vm["verb"] in _view_verbs() and (
                comp is None or comp.group().strip() == ":"
                or quote is not None and not (comp.end() <= quote[0] and not folded[comp.end():quote[0]].strip()
                                              or quote[0] < comp.start() and not folded[quote[0] + 1:comp.start()].strip())
                or not _view_subject(folded, region) and not _view_subject(folded, _before_time(region))
                and not _quoted_subject(folded, region, comp)  # (اعتبرت "هيومن رايتس ووتش" إن: a quoted name)
                and not _name_then_office(region, _tagged_lead(region, back, entities))):
            # but واعتبر أن "…" (the words quoted after أن), واعتبر فلان "أن …" (the words quoted from أن on),
            # واعتبر الوزير المثير للجدل ...، أنه (a comma closes the subject)
            continue  # اعتبر الإصابة أمرا عاديا: an opinion about an object, not reported words
        if comp is not None and vm["verb"] and not _takes_ila(vm) and len(region) >= 2 \
                and _object_until([t.group() for t in region], text[slice(*disp(*region[1].span()))], comp.group()):
            continue  # وأكد عرض ملفه على الوزراء ... إلى أن وصل: an object, then "until"; no words reported
        if vm["verb"] in _view_objects() and not _view_on_object(region, comp):
            continue  # أعتبره دليلا على أن، عنصرا اعتبره مهما، وهو أن: the object's predicate, no one's view reported
        if not marks and _dual(vm) and vm["verb"]:
            continue  # واعترفا بعملية الحرق، مبررين: no words reported, and no subject to carry (the pair is named before)
        if vm["verb"] and vm["verb"].removeprefix("\u0648") in _admitting() and (
                reported_start <= vm.start() < reported_end or _decided(folded, comp)):
            continue  # أقر المجلس أن تقوم البلدية: approved (أن + a verb in the subjunctive), no words; inside words
            # already reported, the admission is the reported one's (أن وسائل الإعلام ... وأقرت ضمنيا بأنه)
        about = folded.find(" \u0639\u0646 ", verb_end - 1, subject_end) if (vm["verb"] or vm["cont"]) in _expressing() else -1
        deed = _deed_confessed(region) if vm["verb"] and vm["verb"] in _confessing() else None
        if deed is not None:
            about = deed  # اعترف المتهم بسرقة السيارة: a deed confessed, no words reported (the confessor goes on)
        if about >= 0 and comp is not None and WORD_RE.findall(folded, about + 4, about + 20)[:1] \
                and WORD_RE.findall(folded, about + 4, about + 20)[0] in _beliefs() \
                and not TOKEN_RE.findall(folded, about + 4, comp.start())[1:]:
            about = -1  # أعرب عن اعتقاده بأن، معبرا عن قناعته بأن: a view, its words reported (not عن أمله في أن)
        expressed = about >= 0
        speaker: _Speaker | None = None
        pronoun_source = False
        if vm["verb"] and region:
            region_end = subject_end if n_words <= MAX_SUBJECT_TOKENS else region[MAX_SUBJECT_TOKENS - 1].end()
            region_start = subject_start
            if NAQL_RE.fullmatch(vm.group()):
                at = folded.find(" \u0639\u0646 ", verb_end, region_end)  # نقلت الوكالة عن مسؤولين أن
                if at < 0 and last is not None and (told := _pronoun_source(folded, verb_end, region_end)) is not None \
                        and told == last_gender and (vm["conj"] or not folded[_sentence_start(folded, vm.start()):vm.start()].strip()):
                    region_end, pronoun_source = verb_end, True  # ونقلت وكالة "الأناضول" عنه القول إن: the one
                    # the pronoun stands for, already speaking, not the outlet
                region_start = at + 4 if at >= 0 else verb_end
                said = next((m.start() for m in TOKEN_RE.finditer(folded, region_start, region_end)
                             if m.group() in _sayings_of_source()), None)
                region_end = said if said is not None and said > region_start else region_end  # ونقل عن مصادر في
                # المقاومة الشعبية تأكيدهم أنهم: the source ends where what it said is named
            if expressed:
                region_end = min(region_end, about + 1)  # أعرب الوزير عن ارتياحه لدول الجوار: the object, no subject
            elif _revealing(vm) and (revealed := _revealed_object(folded, verb_end - 1, region_end)) is not None:
                region_end = revealed + 1  # أعلنت المجموعة عن وفاة شاب في سجون نظام فلان: what is revealed, not the subject
            if (platform := _platform_at(region)) is not None:
                region_end = min(region_end, platform)  # وكتب فلان على تويتر "…": the writer, not his platform
            told = next((k for k, t in enumerate(region) if k and t.group() in _full_addressees()), None)
            if told is not None and (told + 1 == len(region) or region[told + 1].group() in SEPARATORS
                                     or region[told + 1].group() in _stops()):
                region_end = min(region_end, region[told].start())  # وأضاف فلان لرويترز في العاصمة الماليزية
                # كوالالمبور "…": the one spoken to ends the subject, the place after it is where he spoke (not
                # النقابة الوطنية للصحفيين التونسيين: a body's field, its adjective after it)
            speaker = _speaker(text, folded, back, region_start, region_end, entities, seen)
            speaker = _holder_set_off(text, folded, back, region, region_end, entities, seen, speaker)
            speaker = _holder_closing_chain(text, folded, back, comp.start() if comp is not None else region_end,
                                            entities, speaker)
            if pronoun_source:
                speaker, gender = last, last_gender
        if fronted is not None:
            speaker = fronted
        topic = _idh_topic(folded, vm) if vm["verb"] in _present() or vm["verb"] in _topic_verbs() else None
        if topic is None and vm["verb"] in _topic_verbs():
            continue  # يحذر الأطباء من: warning, reported here only for a fronted topic
        if topic is not None:  # ووزارة الداخلية إذ تعلن ذلك ... وتحذر ... بأن، والمملكة إذ تدين ... فإنها تؤكد أن
            speaker = _speaker(text, folded, back, *topic, entities, seen) or speaker
        too_long = n_words > MAX_SUBJECT_TOKENS and not (
            speaker is not None and n_words <= MAX_CIRCUMSTANCE_TOKENS and _circumstances_after(region, back, speaker)
            or speaker is None and n_words <= MAX_CIRCUMSTANCE_TOKENS and region[0].group() in _circumstance_leads()
            and comp is not None and comp.group().strip() != ":")  # وأضاف في تصريح ... على هامش مائدة ... أن
        too_long = too_long or comp is not None and comp.group().strip() != ":" and _until_clause(region)
        if speaker is not None and not marks and (_verbal_object(_f(speaker.name).split()) or _quantified_object(
                [t.group() for t in region[:2]]) and _f(speaker.name) == region[0].group()):
            speaker = None  # وأكد ضرورة الحذر، موضحا أن، ونفى سحب أي مشروع: the object of the verb; the one speaking goes on
        if speaker is not None and (_f(speaker.name).split()[0] in _verb_objects()
                                    or speaker.name.split()[0] in _addressee_pronouns() and not any(
                                        tuple(_f(speaker.name).split()[:2]) == p[:2] for p in _blessing_phrases())):
            speaker = None  # وأكد أهمية عدم ربط الدين بالإرهاب، وقال إن، واكد ضرورة "…"، شددوا عليه بضرورة الخروج: a
            # need or a pronoun is the verb's object, quoted or not, with words reported after it or not (the pronoun as
            # written: not the name علية, which folds like it; but قال عليه الصلاة والسلام: the Prophet)
        if speaker is None and (given := _statement_given(text, folded, back, vm, prev, entities, seen)) is not None:
            speaker = given  # أصدر فلان بياناً أعرب فيه عن ...، كاشفاً: the giver speaks in it, and goes on
        if speaker is None and (recorded := _recorded_owner(folded, vm)) is not None:
            speaker = _speaker(text, folded, back, *recorded, entities, seen)  # مقطع فيديو لإحدى الناجيات تقول فيه "…"
        owner = _speech_owner(text, folded, back, vm, prev, entities, seen) if speaker is None else None
        if owner is not None:  # تصريحات المرشد علي خامنئي التي أكد فيها أن: the words are the owner's, an aside
            speaker = owner
        quoted = None if owner is not None or topic is not None else _quoted_before_relative(folded, vm, prev)
        before = None if owner is not None or topic is not None else (
            _person_before_relative(text, folded, back, vm, prev, entities) or quoted or _subject_before(folded, vm, prev))
        if before is not None and prev and prev[-1].removeprefix("\u0648") in _relatives() and speaker is not None:
            before = None  # في الوقت الذي أوضح مسؤول في الإدارة أن: the relative clause has its own subject
        if before is not None and speaker is not None and speaker.named and vm["verb"] and not vm["conj"] \
                and prev and prev[-1] != _f("قد") and prev[-1] not in _relatives() and region \
                and (_person_title(region[0].group()) or region[0].group() in _first_names()):
            before = None  # التي يمكن أن تحققها قال العقيد فلان: a name after the verb is its subject, not a word after أن
        if before is None and speaker is None and (who := _whoever_before(folded, vm, prev)) is not None:
            a, b = disp(*who)
            speaker = _Speaker(name=text[a:b], start=a, end=b, named=False)  # وكذا من يقول: whoever says
        if before is not None and before == quoted:
            a, b = disp(*before)  # ذكرت "ذي دايلي مايل" التي رأت، «مارك بالوتا» الذي قال: the name as quoted, whole
            speaker = _Speaker(name=text[a:b], start=a, end=b, named=True)
        elif before is not None:  # وكان نائب المدير، مارك رولي، قد أكد / نقلت القناة عن صديقه قوله
            speaker = _speaker(text, folded, back, before[0], before[1], entities, seen) \
                or _accusative_source(text, folded, back, before) or speaker
        if speaker is not None and not speaker.named and _f(speaker.name) in _the_latter():
            speaker = _latter(text, folded, back, vm.start(), seen, people()) or speaker  # قال فيه الأخير إن
        if speaker is not None and last is not None and last.named and _anaphoric(_f(speaker.name)):
            speaker = _same_source(speaker, history) or last  # وأوضح ذات المصدر، المصدر نفسه: the person named
            # before (else the words as written), or the unnamed source of that noun who spoke earlier
        if speaker is not None and last is not None and last.named and not speaker.named and vm["verb"] in _going_on() \
                and not _gender_clash(gender, last_gender) and (_former_office(_f(speaker.name)) or (
                    " " in last.name.strip() and _official_epithet(_f(speaker.name)))):
            speaker = last  # قال فلان ... . وتابع مدرب برشلونة السابق، وأضاف المسؤول الروسي: the one named goes on, called
            # by his former office, or by a generic one after his full name (not a lone word the tagger may have cut
            # from a name: طالب of فوزي الطالب)
        if speaker is not None and last is not None and last.named and _f(speaker.name).split()[0] in _honorifics():
            titled = _resolve(speaker, text, folded, back, people)
            honorific = _f(speaker.name).split()[0]
            goes_on = titled is speaker or not _same_person(titled, last) and (
                _honorific_fits(last.name, honorific, folded, back, speaker.start, people())
                or not _honorific_fits(titled.name, honorific, folded, back, speaker.start, people()))
            speaker = last if goes_on else titled  # وقال سموه: the dignitary named, or the one speaking (وأوضح الجبير
            # ... مع نظيره المصري سامح شكري. وأشار معاليه: the one speaking, whom the honorific fits, not the last
            # dignitary named; وأدان معاليه باسمه وباسم ...: the words after the pronoun are no part of the speaker;
            # وذكر معاليه after the league's secretary general spoke: it fits no one named, the one speaking goes on)
        if speaker is not None and owner is None:
            nested = reported_start <= vm.start() < reported_end and not vm["conj"] and not n_words  # أن البعض
            # يقول إن: a saying within the words of the one speaking, its subject before it; he goes on after it
            nested = nested or _blessing_alone(folded, subject_start, subject_end)  # وقال صلى الله عليه وسلم: a
            # saying of the Prophet cited by the one speaking, who goes on after it
            nested = nested or _god(speaker.name)  # قال تعالى {…}: a verse cited; its citer goes on after it
            nested = nested or _cited(text, speaker) and (reported_start <= vm.start() < reported_end or (
                last is not None and not _cited(text, last) and last.start >= back[_sentence_start(folded, vm.start())]))
            # أكد فلان أن … وقال الطيبي - رحمه الله -: a scholar of old cited inside the words of the one speaking (or in
            # the sentence he speaks in), who goes on after the saying
            nested = nested or vm["verb"] in _view_objects()  # التغريدات التي اعتبرها الكثير أنها: an aside on a thing
            nested = nested or not marks and reported_start <= vm.start() < reported_end \
                and _owned_object(_f(speaker.name))  # … في فضح المجرمين وكشف خفاياهم. وأوضح: the verb's object with
            # its pronoun, inside the words reported; the one speaking goes on
            nested = nested or not marks and reported_start <= vm.start() < reported_end and not vm["conj"] \
                and bool(prev) and _content_word(prev[-1]) and not speaker.named  # أن بعض وسائل الإعلام، نقلت
            # المعطيات …، موضحة: a verb on an object inside the words reported, its subject before it; the one
            # speaking goes on (not فيما أعرب فلان، وقد أكدت ذلك والدتها، أكد عضو الفريق فلان اكتمال: a subject of its own)
            if (marks or carried or not (prev and prev[-1] in _relatives())) and not nested:  # التقديرات التي أعلنت أوائل
                last, last_gender = speaker, gender  # العام: no one speaks on (but الذي أفاد بقوله: the participle
                # right after carries the relative's words)
            if speaker.named:
                seen.append(speaker)
        elif owner is not None:
            if quote is not None and (comp is None or quote[0] < comp.start()):
                last, last_gender = owner, gender  # تصريحاته التي قال فيها "…" وأضاف "…": his own words, quoted, go on
        elif vm["cont"] or n_words == 0 or _subject(folded, subject_start, subject_end) is None \
                or TANWEEN_FATH in text[back[region[0].start()]:back[region[0].end() - 1] + 2]:  # ويقول واصفاً شعوره:
            clash = last is not None and _gender_clash(gender, last_gender)
            pair_before = last is not None and last_gender == "p"  # two or more already speaking
            speaker = None if clash else last  # قال بيو ... وقالت: someone else, named earlier
            if speaker is not None and vm["cont"] and gender in ("m", "f") and _sound_plural_of_people(speaker.name):
                own = _sentence_subject(text, folded, back, vm.start(), gender)  # وطالب أستاذ … الدكتور فلان …،
                speaker = own if own is not None and not _same_person(own, speaker) else None  # مشيرا: a singular
                # participle never goes on from a sound plural of people (مختصون، ممثلو الأمن); its own sentence's subject
                if speaker is not None:
                    last, last_gender = speaker, gender
            if speaker is not None and marks and vm["verb"] and prev and prev[-1] in _but_pronouns() \
                    and speaker.start < back[_sentence_start(folded, vm.start())] \
                    and (own := _sentence_subject(text, folded, back, vm.start(), gender)) is not None \
                    and not _same_person(own, speaker):
                speaker, last, last_gender = own, own, gender  # ونفى مسؤولو الجمارك ...، لكنهم قالوا: the subject
                # of the clause that لكن goes on from, not the one who spoke in an earlier sentence
            if speaker is not None and marks and vm["conj"] == "\u0641" and not n_words \
                    and speaker.start < back[_sentence_start(folded, vm.start())] \
                    and (own := _sentence_subject(text, folded, back, vm.start(), gender)) is not None \
                    and not _same_person(own, speaker) and (_blessing_after(text, own.end) or _god(own.name)):
                speaker, last, last_gender = own, own, gender  # وقد خطب رسول الله صلى الله عليه وسلم ... فقال، فقد أثنى
                # الله على ... فقال: the Prophet (blessed) or God as the subject of the verb the ف goes on from, not one
                # who spoke in an earlier sentence
            if speaker is not None and vm["verb"] in _concluding() and not n_words \
                    and speaker.start < back[_sentence_start(folded, vm.start())] \
                    and (own := _sentence_subject(text, folded, back, vm.start(), gender)) is not None \
                    and not _same_person(own, speaker):
                speaker, last, last_gender = own, own, gender  # واعتمد التقييم على بيانات …، وخلص إلى أن: the subject
                # of the clause the conclusion goes on from, not one who spoke in an earlier sentence
            if speaker is not None and marks and vm["cont"] and gender == "p" and last_gender != "p" \
                    and speaker.start < back[_sentence_start(folded, vm.start())] and (group := _sentence_subject(text, folded, back, vm.start(), gender)) is not None \
                    and _f(group.name).split()[0] in _quantifiers():
                speaker, last, last_gender = group, group, gender  # قال فلان ... وجدد عدد من المواطنين مطالبهم، مؤكدين: the group, not the one before
            if speaker is not None and speaker is last and marks and gender == "p" and last_gender in ("m", "f") \
                    and vm["verb"] and vm["conj"] and not n_words and not _dual(vm) \
                    and not folded[_line_start(folded, vm.start()):vm.start()].strip() \
                    and (group := _earlier_plural_subject(text, folded, back, vm.start())) is not None \
                    and not set(_f(group.name).split()) <= set(_f(speaker.name).split()):  # (وقال مسؤولون أمنيون
                # ... . وأضافوا: the group already speaking, in full)
                speaker, last, last_gender = group, group, gender  # قالت فلانة ... . وتفاعل العديد من المواطنين ... .
                # وأكدوا أن: the group the bare plural verb goes on from, never the one woman or man before
            if speaker is not None and speaker is last and marks \
                    and NOTHING_BUT_RE.search(folded, max(0, vm.start() - 40), vm.start()) \
                    and (own := _sentence_subject(text, folded, back, vm.start(), gender)) is not None \
                    and not _same_person(own, speaker):
                speaker, last, last_gender = own, own, gender  # وسمع اللاعبون الصافرة، فما كان منهم إلا قالوا: the
                # subject the pronoun stands for, not the one who spoke before
            preverbal = _titled_person_before_verb(text, folded, back, vm, entities) \
                or _person_then_office_before_verb(text, folded, back, vm, entities) or (
                _preverbal_subject(folded, vm) if vm["verb"] and not vm["conj"] else
                _amma_topic(folded, vm) if vm["verb"] and vm["conj"] == "\u0641" else None)
            if preverbal is None and vm["verb"] and not vm["conj"]:
                preverbal = _source_before_verb(folded, vm)  # إلى مصدر موثوق أكد لها: the source described
            if preverbal is None and vm["verb"] in _present() and not vm["conj"] \
                    and (report := _report_described_before(folded, vm)) is not None:
                a, b = disp(*report)  # قرأت تقريرا يتحدث عن دبي، ...، يقول إنها: the report read speaks
                speaker = last = _Speaker(name=text[a:b], start=a, end=b, named=False)
                last_gender = gender
            fronted_own = False  # the speaker is the subject written before the verb: no later clause shifts it
            if preverbal is not None:  # لكن فالون قال، الوزير قال: the subject before its verb
                own_before = _speaker(text, folded, back, preverbal[0], preverbal[1], entities, seen)
                if own_before is None and vm["conj"] == "\u0641" and _named_before_office(folded, *preverbal):
                    a, b = disp(*preverbal)  # أما ماريا كابيلو، المستشارة في الشركة، فأكدت: a name the lexicon does not
                    own_before = _Speaker(name=text[a:b], start=a, end=b, named=True)  # know, set off by its office
                fronted_own = own_before is not None and vm["conj"] == "\u0641"  # أما فلان، ...، فبين: its topic
                speaker = own_before or speaker
                if speaker is not None and speaker is not last:
                    last, last_gender = speaker, gender
                    if speaker.named:
                        seen.append(speaker)
            if (speaker is None or last_gender != "p") and marks and _dual(vm):
                pair = _pair_named(text, folded, back, vm.start())
                if pair is None and not pair_before:
                    pair = _pair_listed(text, folded, back, vm.start())
                if pair is None and not pair_before:
                    pair = _pair_in_sentence_before(text, folded, back, vm.start())
                if pair is None and not pair_before:
                    pair = _pair_described(text, folded, back, vm.start())
                if pair is None and not pair_before:
                    continue  # قناتا ... الإخباريتين أكدتا، تواصل مع والد الطفلة ووالدتها إذ أشارا: two the rules
                    # cannot name, no quotation rather than one wrong speaker
                if pair is not None:
                    speaker, last, last_gender = pair, pair, gender  # والفنانة فلانة ...، حيث أكدتا: one of the two,
                    seen.append(pair)  # not one speaker before them
            if speaker is None and marks:
                start = vm.start()
                speaker = _sentence_subject(text, folded, back, start, gender)
                if speaker is None:  # the sentence before: هدد الجيش ... . وأشار في بيان إلى أن
                    before = _sentence_start(folded, start)
                    while before > 0 and folded[before - 1] in " \n.!?\u061f":
                        before -= 1
                    if not _closes_quoted_sentence(folded, before):
                        speaker = _sentence_subject(text, folded, back, before, gender)
                if speaker is not None and len(_f(speaker.name).split()) > 1 and _f(speaker.name).split()[0] in _honorifics():
                    b = speaker.start + len(speaker.name.split()[0])  # وأدان معاليه باسمه ...، مشيرا: the pronoun
                    speaker = _Speaker(name=text[speaker.start:b], start=speaker.start, end=b, named=True)  # alone
                if speaker is not None and clash and _same_person(speaker, last):
                    speaker = None  # the one the verb's gender has just ruled out
                if speaker is None and gender == "p" and vm["verb"] and not pair_before:
                    speaker = _agents_before(text, folded, back, start)  # بإجماع المفسرين ...، وقالوا إن
                if speaker is None and gender == "p" and vm["verb"] and vm["conj"] and not pair_before \
                        and not folded[_line_start(folded, start):start].strip():
                    speaker = _earlier_plural_subject(text, folded, back, start)  # طالب عدد من … . واستنكروا … .
                    # وأضافوا أن: the group named before the bare plural verbs
                if speaker is not None:
                    last, last_gender = speaker, gender
                    if speaker.named:
                        seen.append(speaker)
            if marks and vm["cont"] and ((source := _according_to(text, folded, back, vm, entities, seen)) is not None
                                         or (source := _trailing_source(text, folded, back, vm, entities, seen)) is not None) \
                    and not (speaker is not None and _same_person(source, speaker)):
                speaker, last, last_gender = source, source, gender  # وحسب صحيفة "ستيت"، فإن ...، مشيرة إلى أن
                clash = False
                if source.named:
                    seen.append(source)
            if marks and ((felt := _expressed_subject(text, folded, back, vm, verbs, gender, entities, seen)) is not None
                          or (felt := _agreeing_subject(text, folded, back, vm, verbs, gender, entities, seen)) is not None
                          or (felt := _asked_subject(text, folded, back, vm, verbs, gender, entities, seen)) is not None
                          or (felt := _joined_clause_subject(text, folded, back, vm, verbs, gender, entities, seen))
                          is not None):
                if last is not None and last.named and _same_person(felt, last) and all(
                        _is_title(w) or w in _first_names() or _definite(w)
                        for w in set(_f(felt.name).split()) - set(_f(last.name).split())):
                    felt = last  # وعبر الجنرال مين عن ...، لكنه أكد: the one speaking, named more fully before (not
                    # معلم نيكول after نيكول: a bare noun in construct with her name, another person)
                speaker, last, last_gender = felt, felt, gender  # وعبر المرضى عن سعادتهم، مؤكدين: who expressed it
                clash = False
                if felt.named:
                    seen.append(felt)
            elif speaker is None and clash and marks and (vm["cont"] or _bare_and_verb(vm, n_words)) and (shifted := _clause_subject(
                    text, folded, back, vm, verbs, entities, seen)) is not None:
                speaker, last, last_gender = shifted, shifted, gender  # وشككت الوزارة في ...، مشيرة: the clause's subject
                if shifted.named:
                    seen.append(shifted)
            elif speaker is None and clash:
                earlier = next((h for h, g in reversed(history) if g == gender and h is not last), None)
                if earlier is not None:  # قالت سلمى ... وأكد الوزير ... وأضافت: the last speaker of her gender
                    speaker, last, last_gender = earlier, earlier, gender
                elif gender == "f" and last_gender == "m" and last is not None and last.named \
                        and _f(last.name).split()[0] in _first_names():
                    speaker = None  # قال محمد فلان ... ، معتبرة أن: a man named, never loosely feminine; she (or the
                    # body) is someone the rules cannot name
                else:
                    speaker = last  # no one else in sight: the agreement was loose (الوزارة ... وأضاف)
            elif speaker is not None and speaker is last and vm["cont"] and _right_after_verb(folded, vm, verbs):
                pass  # الذي أفاد بقوله:، وأضاف قائلا: the verb right before has set the speaker
            elif speaker is not None and speaker is last and marks and not fronted_own and (vm["cont"] or vm["verb"] in _writing()
                                                                         or _bare_and_verb(vm, n_words)) \
                    and (shifted := _clause_subject(
                    text, folded, back, vm, verbs, entities, seen)) is not None and not _same_person(shifted, last):
                speaker = last = shifted  # وتحدثت أماندا بعد إنقاذها قائلة، ونقل عن الوزير فلان ... قائلا
                last_gender = gender
                if shifted.named:
                    seen.append(shifted)
            elif speaker is not None and speaker is last and marks and not fronted_own:
                shifted = _topic_subject(text, folded, back, vm.start(), spoken_end,
                                         gender if (vm["verb"] and vm["conj"] and vm["verb"] not in _present()
                                                    or vm["cont"] and gender == "p")
                                         and (gender != "p" or last_gender != "p") else None)
                if shifted is not None and not shifted.named and _stems(_f(shifted.name)) <= _stems(f"{last.context} {_f(last.name)}") \
                        and _f(shifted.name).split()[0] not in _kin():  # (not والد الشهيد, whom the prince consoled)
                    shifted = None  # وتحدث الوزير ... وأكد, after the minister named; كما قام المركز ... وذكر, after its head
                if shifted is not None and not _same_person(shifted, last):
                    speaker = last = shifted  # انتقل فلان إلى المدينة. وقال: the one the news moved to
                    last_gender = gender
                    seen.append(shifted)
        if speaker is not None and silent_subject(speaker.name, text[speaker.end:_after_end(text, speaker.end, back[vm.start()])]) \
                or speaker is None and vm["verb"] and not vm["conj"] and prev and silent_subject(prev[-1]) \
                and folded[:vm.start()].rstrip().endswith(prev[-1]):
            last, last_gender = last_before, gender_before  # the abstract thing never becomes the one speaking
            if speaker is None or n_words or _own_clause(text[speaker.end:back[vm.start()]]):
                continue  # تقول الأرقام إن، الحقيقة تؤكد أن، وأشارت التفاصيل إلى أن: the writer's argument, no one's words
            speaker = None  # ومن الأدلة أنه ...، فقد كان يتنزه ... فقال: carried from an earlier clause, the words are
            # someone's the rules cannot name (not the thing's)
        if last is not None:
            spoken_end = max(spoken_end, verb_end)
        if speaker is not None and _god(speaker.name) and reported_start <= vm.start() < reported_end \
                and not vm["conj"] and reported_colon and last_before is not None and _f(last_before.name) != ALLAH:
            continue  # وقال: المصاب مصاب الجميع …، قال الله تعالى (…): a verse cited inside the speaker's own words
            # (but وأضاف أن هؤلاء … فيمن قال الله فيهم: a verse in words reported indirectly, marked in dev; and
            # فقال تعالى: {…} كما قال عز من قائل: the writer's verses one after another)
        if not marks or too_long or expressed:
            continue  # أعرب الوزير عن أمله في أن: a feeling expressed, no words reported (the speaker goes on)
        direct = quote is not None
        if quote:
            s, e = quote[0] + 1, quote[1]
            claimed.append((quote[0], quote[1] + 1))
        else:
            s = comp.end() if comp else verb_end
            nxt = next((o for o in _verbs_between(verbs, s, eos) if not _inner_word(o)), None)
            e = eos
            if nxt and nxt["cont"]:
                e = nxt.start()
            while e > s and folded[e - 1] in f" {ARABIC_COMMA},":
                e -= 1
            reported_start, reported_end = s, e
            reported_colon = comp is not None and comp.group().strip() == ":"
        while s < e and folded[s].isspace():
            s += 1
        if e <= s or speaker is None and vm["verb"] in _writing():
            continue  # (وكتب عليه: "…" with no one to carry: a thing written on, not words reported)
        if speaker is None and (vm["cont"] or not n_words) \
                and (speaker := _subject_nearby(text, folded, back, vm, gender)) is not None:
            last, last_gender = speaker, gender  # وجدد الحزب في بيان له مساندته …. وأكد أن: no one spoke before, the
            # subject of the clause it goes on from speaks
        name = _canonical(_resolve(speaker, text, folded, back, people), entities, folded) if speaker else None
        if name is not None and _f(name) in _no_one():
            name = speaker = None  # وعن مواعيد الحجز أكد لا يوجد …، مشيرا: a particle read as the subject names no
            # one (but فان, folded like فإن, resolves to لويس فان جال first)
        a, b = disp(s, e)
        spoken_end = max(spoken_end, e)
        verb_start = vm.start("verb") if vm["verb"] else vm.start("cont")
        out.append(Quote(
            speaker=name,
            verb=text[back[verb_start]:back[verb_end - 1] + 1], text=text[a:b], start=a, end=b, direct=direct,
            speaker_start=speaker.start if speaker else None,
            speaker_end=speaker.end if speaker else None,
        ))
    out.extend(_trailing_attributions(text, folded, back, claimed, entities, people))
    return sorted(out, key=lambda q: q.start)


# Words that can only open a clause of their own (a passive of تم, the future, لقد, نحن): after a bare وقال/وأضاف they
# are the words said, with no complementizer (وقال تم الجلوس مع، وأضاف لقد حاولنا); so are the impersonal يجب and
# ينبغي, whose subject is the clause after them (وقال يجب أن تصل الرسالة …): never a speaker's name.
# (Not the future here: وقال سيونغ، سيمون are names. A future whose verb the news shows after قد/لم/لن/سوف, وأضاف
# ستكون، وأضاف سنحدد, opens the words through _unmarked_words since round r202; round 19 had left it unmarked.)
DIRECT_CLAUSE_OPENERS = ("تم", "يتم", "لقد", "نحن", "يجب", "ينبغي",
                         "كيف", "هل", "لماذا", "ماذا", "متى")  # a question asked (وأضافت كيف لنا أن نشرك …)
DIRECT_START_RE = re.compile(r"\s+(?=\S)")


def _closes_quoted_sentence(folded: str, end: int) -> bool:
    """The sentence before ``end`` closes a quotation opened before it began («… الى النهائي. لا نخاف احدا …».
    وتابع «…»): it is the speaker's own words, with no subject of the narrative in it. The mark before the closing
    one must be its own opening mark (not "…» nor لـ»…», marks written loosely, where nothing is known)."""
    if end <= 0 or folded[end - 1] not in (RIGHT_GUILLEMET, RIGHT_DOUBLE_QUOTE):
        return False
    opening = LEFT_GUILLEMET if folded[end - 1] == RIGHT_GUILLEMET else LEFT_DOUBLE_QUOTE
    at = next((k for k in range(end - 2, -1, -1) if folded[k] in QUOTE_CHARS), -1)
    return at >= 0 and folded[at] == opening and at < _line_start(folded, end - 1)


@cache
def _direct_clause_verbs() -> frozenset[str]:
    return frozenset(_f(w) for w in ("قال", "قالت", "أضاف", "أضافت"))


@cache
def _direct_clause_openers() -> frozenset[str]:
    return frozenset(_f(w) for w in DIRECT_CLAUSE_OPENERS)


def _direct_clause(folded: str, vm: re.Match[str]) -> re.Match[str] | None:
    """A bare وقال/وأضاف (وقالت/وأضافت: the last speaker goes on) with a clause opener right after it: a zero-width
    match where the words begin, standing for the complementizer left out."""
    if not vm["verb"] or vm["verb"] not in _direct_clause_verbs():
        return None
    if (named := _named_then_laqad(folded, vm)) is not None:
        return named
    if vm["conj"] != "\u0648":
        return None
    gap = DIRECT_START_RE.match(folded, vm.end())
    if gap is None:
        return None
    word = WORD_RE.match(folded, gap.end())
    if word is None or not (word.group() in _direct_clause_openers() or _first_person_verb(word.group())):
        return None
    return re.compile("").match(folded, word.start())


FIRST_PERSON_SINGULAR = ("أتمنى", "أشكر", "أعتقد", "أرى", "أتوقع", "أؤكد", "أرجو", "أطالب", "أعتبر", "أدعو")


@cache
def _first_person_singular() -> frozenset[str]:
    return frozenset(_f(w) for w in FIRST_PERSON_SINGULAR)


def _first_person_verb(word: str) -> bool:
    """A verb in the first person (نكرر، نطالب، نرفض; أتمنى، أعتقد from a short list: أفعل is also the elative's
    shape): the one speaking talks at once, his words with no complementizer. Known by the news's verb forms of the
    third person (يكرر، تكرر); not a first name (نبيل، نايف)."""
    if word in _first_person_singular():
        return True
    return len(word) >= 3 and word[0] == "\u0646" and word not in _first_names() and word not in _function_words() \
        and any(p + word[1:] in _verb_forms() for p in ("\u064a", "\u062a"))


def _named_then_laqad(folded: str, vm: re.Match[str]) -> re.Match[str] | None:
    """قال/أضاف, a short subject (a name or a definite word, at most the outlet told in ل after it), then لقد at
    once (قال الحكمي لـ «عكاظ» لقد تم قبولي): لقد never heads a subject, so the words begin there with no
    complementizer; a zero-width match where they begin."""
    toks = list(islice(TOKEN_RE.finditer(folded, vm.end()), 8))
    laqad = next((i for i, t in enumerate(toks) if t.group() == _f("لقد")), None)
    if laqad is None or laqad < 1 or laqad > 6:
        return None
    words = [t.group() for t in toks[:laqad]]
    if any(w in (":", ",", "\u060c") for w in words) or any(c in folded[vm.end():toks[laqad].start()] for c in ".!?\u061f\n"):
        return None
    if not (_definite(words[0]) or _is_name_token(words[0])) or words[0] in _stops():
        return None
    return re.compile("").match(folded, toks[laqad].start())


# Verbs of saying that go on with the words (قال، أضاف، تابع، أردف، استطرد and their forms): with no complementizer,
# colon or quote mark in the sentence, a clause after a comma (وقال فلان، يضاف إلى ذلك …؛ أضاف، إدارة المطار تخاطب …)
# or after a bare verb opening on a negation or the future of تم (وقالا لم تقنعنا …، وقال سيتم العمل …) is the words.
# Not views or announcements, and not أضاف with a noun object (أضاف فابيان الهدف الثاني، وقال محمد: no comma, no words).
SAYING_ON_VERBS = ("قال", "قالت", "قالا", "قالتا", "قالوا", "أضاف", "أضافت", "أضافا", "أضافتا", "أضافوا",
                   "تابع", "تابعت", "أردف", "أردفت", "استطرد", "استطردت")
UNMARKED_OPENERS = ("سيتم", "لم", "لن")
# Participles of adding on whose words may follow as a plain clause (مضيفا تلقت غرفة العمليات بلاغا).
ADDING_ON = ("مضيفا", "مضيفة", "مضيفين", "متابعا", "متابعة", "مردفا", "مردفة")
FUTURE_PREFIX = "\u0633"  # س: ستكون، سنحدد (the future of a verb form)
MAX_UNMARKED_NAME_TOKENS = 4  # وقال هشام بن علي الأميري، …: the speaker's name alone before the comma
MIN_UNMARKED_WORDS = 3  # the clause said after the comma


@cache
def _saying_on() -> frozenset[str]:
    return frozenset(_f(w) for w in SAYING_ON_VERBS)


@cache
def _unmarked_openers() -> frozenset[str]:
    return frozenset(_f(w) for w in UNMARKED_OPENERS)


@cache
def _going_on() -> frozenset[str]:
    """Verbs that add to what was said (أضاف، تابع، استطرد), not قال, which may bring in someone new."""
    return frozenset(_f(w) for w in SAYING_ON_VERBS if not w.startswith("\u0642"))


def _official_epithet(name: str) -> bool:
    """A folded generic office with its definite nisbas and nothing else (المسؤول الروسي، المتحدثة، المسؤول
    النقابي): how a writer calls one already named again, not someone new (not الوزير السعودي: an office of its own)."""
    words = name.split()
    return 1 <= len(words) <= 3 and words[0] in _epithet_offices() and all(_nisba(w) for w in words[1:])


def _former_office(name: str) -> bool:
    """A folded former office in construct (مدرب برشلونة السابق، قائد أرسنال ومنتخب إنجلترا السابق): said of one
    already named."""
    words = name.split()
    return 3 <= len(words) <= 5 and words[-1] in _former() and _office(words[0]) and not _definite(words[0])


@cache
def _former() -> frozenset[str]:
    return frozenset(_f(w) for w in ("السابق", "السابقة"))


@cache
def _epithet_offices() -> frozenset[str]:
    return frozenset(_f(w) for w in ("المسؤول", "المسؤولة", "المتحدث", "المتحدثة", "الناطق", "الناطقة"))


@cache
def _adding_on() -> frozenset[str]:
    return frozenset(_f(w) for w in ADDING_ON)


def _opens_words(word: str) -> bool:
    """A word that opens the words said as a plain clause: سيتم، لم، لن, or a verb form the news shows after قد،
    لم، لن، سوف (بلغت، تلقت، يمكن), or its future (ستكون، سنحدد): never a subject nor an object. (Not
    names._future_verb, which wants the third person's two prefixes frequent and so misses the words said in the first
    person, وأضاف سنحدد موقفنا.)"""
    return word in _unmarked_openers() or word in _verb_forms() \
        or word[:1] == FUTURE_PREFIX and word[1:2] in "\u064a\u062a\u0646\u0627" and word[1:] in _verb_forms()


@cache
def _statement_nouns() -> frozenset[str]:
    return frozenset(_f(w) for w in ("تصريح", "تصريحات", "حديث", "حديثه", "تصريحه", "تصريحاته", "اتصال", "لقاء"))


MAX_QUOTED_NAME_TOKENS = 3  # بجامعة «هارفارد» inside the words: a name in quote marks, not words quoted


def _told_paper(folded: str, start: int, eos: int) -> re.Match[str] | None:
    """The speaker (four words at most) and the paper spoken to in quote marks, maybe after في تصريح(ات), then the words
    with no other mark in the sentence (وقال فلان في تصريحات لـ «عكاظ» النجاحات …، قال فلان لـ «عكاظ» لقد تم …): a
    zero-width match where the words begin, after the paper's closing mark. Only after قال: أضاف فلان لـ«النصر» الهدف
    الثاني is a goal added for a team."""
    toks = list(TOKEN_RE.finditer(folded, start, eos))
    lam = next((k for k, t in enumerate(toks) if t.group() == "\u0644"), None)
    if lam is None or not 1 <= lam <= MAX_UNMARKED_NAME_TOKENS + 2 or len(toks) < lam + 4 + MIN_UNMARKED_WORDS:
        return None
    head = [t.group() for t in toks[:lam]]
    if head[-1] in _statement_nouns():
        head = head[:-1]
    elif len(head) >= 3 and head[-2] in _statement_nouns():
        head = head[:-2]  # في تصريحات صحفية لـ
    if head and head[-1] == _f("في"):
        head = head[:-1]
    if not 1 <= len(head) <= MAX_UNMARKED_NAME_TOKENS or any(not WORD_RE.fullmatch(w) for w in head):
        return None
    opening, paper, closing = toks[lam + 1], toks[lam + 2], toks[lam + 3]
    if opening.group() not in QUOTE_CHARS or closing.group() not in QUOTE_CHARS or not WORD_RE.fullmatch(paper.group()):
        return None
    rest = toks[lam + 4:]
    marks = [k for k, t in enumerate(rest) if t.group() in QUOTE_CHARS]
    if any(t.group() in QUOTE_CHARS or t.group() in (":", ARABIC_COMMA, ",") for t in rest[:MIN_UNMARKED_WORDS]) \
            or len(marks) % 2 or any(b - a > MAX_QUOTED_NAME_TOKENS + 1 for a, b in zip(marks[::2], marks[1::2])) \
            or any(t.group() == ":" for t in rest) or rest[0].group() in _not_words_said() \
            or COMPLEMENTIZER_RE.search(folded, rest[0].start(), eos) is not None:
        return None
    return re.compile("").match(folded, rest[0].start())


def _told_paper_before(folded: str, vm: re.Match[str], comp: re.Match[str]) -> re.Match[str] | None:
    """قال فلان لـ«سبق» + the words with no mark, then a comma and another verb of saying with its complementizer (…،
    وأشارت في هذا السياق إلى أن): the words told the paper end at that comma, the complementizer is the other verb's."""
    if not vm["verb"] or not vm["verb"].startswith(QAL) or not _opens_clause(folded, vm):
        return None
    toks = list(TOKEN_RE.finditer(folded, vm.end(), comp.start()))
    cut = next((t.start() for t, u in pairwise(toks) if t.group() in (ARABIC_COMMA, ",")
                and u.group() in _verb_words()), None)
    return _told_paper(folded, vm.end(), cut) if cut is not None else None


@cache
def _clause_leads() -> frozenset[str]:
    return frozenset(_f(w) for w in ("فيما", "بينما", "ثم", "جانبه", "جانبها", "جهته", "جهتها", "بدوره", "بدورها"))


@cache
def _fronted_topics() -> frozenset[str]:
    return frozenset(_f(w) for w in ("حول", "وحول", "عن", "وعن"))


def _opens_clause(folded: str, vm: re.Match[str]) -> bool:
    """The verb opens its sentence or clause (after a full stop, a comma, فيما, بينما or من جانبه, or after a topic fronted with
    حول/عن): not كما قال، an aside, nor a verb inside a title (أوبريت مصر قالت) or at the end of a clause whose
    subject came before it (ابتسم فلان وقال،)."""
    prev = WORD_RE.findall(folded, max(0, vm.start() - 12), vm.start())
    if prev and prev[-1] == KAMA:
        return False  # الذي يهدد، كما قالوا، الأمن: an aside, the writer's
    if _mark_before(folded, vm.start()) in ("", *".!?\u061f\n:", ARABIC_COMMA, ",") or prev and prev[-1] in _clause_leads():
        return True
    opening = WORD_RE.search(folded, _sentence_start(folded, vm.start()), vm.start())
    return not vm["conj"] and opening is not None and opening.group() in _fronted_topics()


@cache
def _not_words_said() -> frozenset[str]:
    return frozenset(_f(w) for w in ("وهو", "وهي", "وهما", "وهم", "حيث", "الذي", "التي", "الذين", "في", "خلال", "أثناء",
                                     "عقب", "بعد", "قبل", "لدى", "عند", "عن", "مع", "أمام", "ل", "لـ", "من"))  # من خلال شرح …


def _unmarked_words(folded: str, back: Sequence[int], vm: re.Match[str], eos: int,
                    entities: Sequence[Entity]) -> re.Match[str] | None:
    """A verb of saying whose words follow as a plain clause, in a sentence with no complementizer, colon or quote mark:
    a zero-width match where the words begin, standing for the complementizer left out. The words open on a negation,
    سيتم or a verb form (_opens_words) right after a bare وقال or an adding participle (مضيفا: the last speaker goes
    on), or after a comma that follows the bare verb or a person's name alone (the tagger's PERS, or a known first name
    without it), no comma soon after (an aside), or an office closed by the tagger's person when a verb form follows."""
    adding_on = bool(vm["cont"]) and vm["cont"] in _adding_on()
    if not adding_on and (not vm["verb"] or vm["verb"] not in _saying_on() or vm["conj"] not in (None, "\u0648")):
        return None
    gap = DIRECT_START_RE.match(folded, vm.end())
    word = WORD_RE.match(folded, gap.end()) if gap is not None else None
    if (vm["conj"] or adding_on) and word is not None and _opens_words(word.group()) \
            and not any(c == ":" or c in QUOTE_CHARS for c in folded[vm.end():eos]):
        return re.compile("").match(folded, word.start())  # وقال سيتم …، وقالا لم …، وأضاف بلغت …، مضيفا تلقت …:
        # wherever the verb stands
    if adding_on:
        return None
    if not _opens_clause(folded, vm):
        return None
    if vm["verb"].startswith(QAL) and (told := _told_paper(folded, vm.end(), eos)) is not None:
        return told
    if any(c == ":" or c in QUOTE_CHARS for c in folded[vm.end():eos]):
        return None
    comma = next((t for t in TOKEN_RE.finditer(folded, vm.end(), eos) if t.group() in (ARABIC_COMMA, ",")), None)
    if comma is None:
        return None
    name = list(TOKEN_RE.finditer(folded, vm.end(), comma.start()))
    after = TOKEN_RE.findall(folded, comma.end(), eos)
    if after and _opens_words(after[0]) and _titled_name_before(folded, back, name, entities):
        return re.compile("").match(folded, WORD_RE.search(folded, comma.end(), eos).start())  # type: ignore[union-attr]
        # وقال المتحدث الرسمي لهيئة الهلال الأحمر … فلان، تلقت غرفة العمليات …: an office and a name, then a verb
    if len(name) > MAX_UNMARKED_NAME_TOKENS:
        return None
    if name and not (any(e.type == "PERS" and e.start <= back[name[0].start()] and back[name[-1].end() - 1] < e.end
                         for e in entities)
                     or not entities and len(name) <= MAX_UNMARKED_NAME_TOKENS - 1 and name[0].group() in _first_names()):
        return None  # وأضاف الفريق نقطة، …: no person's name alone (the tagger's, or a first name without it)
    if len(after) < MIN_UNMARKED_WORDS or after[0] in _not_words_said() or _office(after[0]) \
            or any(t in (ARABIC_COMMA, ",") for t in after[:MIN_UNMARKED_WORDS + 1]):
        return None  # وقال محمد، وهو يبتسم …، وأضاف، في المؤتمر الصحفي …: an aside or an occasion, not the words
    start = WORD_RE.search(folded, comma.end(), eos)
    return re.compile("").match(folded, start.start()) if start is not None else None


def _titled_name_before(folded: str, back: Sequence[int], words: list[re.Match[str]], entities: Sequence[Entity]) -> bool:
    """The words between a verb and a comma are an office and the tagger's person closing them (المتحدث الرسمي لهيئة
    الهلال الأحمر بجازان فلان): a subject, whatever its length, with no verb, comma or quote inside."""
    if len(words) < 2 or len(words) > MAX_SUBJECT_TOKENS or not _is_title(words[0].group()) \
            or any(not WORD_RE.fullmatch(w.group()) or w.group() in _verb_words() for w in words):
        return False
    end = back[words[-1].end() - 1] + 1
    return any(e.type == "PERS" and e.end == end and e.start > back[words[0].start()] for e in entities)


def _named_before_office(folded: str, start: int, end: int) -> bool:
    """أما's topic is two or three words with no article and a comma and an office follow it (أما ماريا كابيلو،
    المستشارة في الشركة، فأكدت): a person's name, whatever the lexicon knows of it."""
    words = WORD_RE.findall(folded, start, end)
    after = re.match(f"\\s*[{ARABIC_COMMA},]\\s*([{AR}]+)", folded[end:end + 40])
    return 2 <= len(words) <= 3 and not any(_definite(w) for w in words) and after is not None \
        and _office(after.group(1))


def _amma_answered(folded: str, vm: re.Match[str]) -> bool:
    """A present verb with ف that answers أما's topic of a person (أما المهندس فلان، فيوضح أن، وأما الخبراء فيرون
    أن): the topic is its subject, written before it, and the words are that person's."""
    return vm["conj"] == "\u0641" and _amma_topic(folded, vm) is not None


def _subject_nearby(text: str, folded: str, back: Sequence[int], vm: re.Match[str],
                    gender: str | None) -> _Speaker | None:
    """Who speaks for a bare verb or a participle when no one spoke before it: the subject of its own sentence's main
    clause (قطع صاحب مكتب استقدام بعدم استقدام …، مؤكدا أنه), or, for a verb opening its sentence, of the sentence
    before it in the paragraph (وجدد الحزب في بيان له مساندته … . وأكد أن). Only a man named by a known first name
    for a masculine verb, or a body, an office or a source whose head agrees with the verb (الحزب … وأكد، الشركة …
    وأوضحت)."""
    if gender not in ("m", "f"):
        return None
    line = _line_start(folded, vm.start())
    if folded[line:vm.start()].strip():
        found = _sentence_subject(text, folded, back, vm.start(), gender)
    elif line > 0 and "\n" not in folded[max(0, line - 2):line]:
        found = _sentence_subject(text, folded, back, line - 1, gender)
    else:
        return None
    if found is None:
        return None
    head = _f(found.name).split()[0]
    if found.named:
        return found if gender == "m" and head in _first_names() and not head.endswith((FOLDED_TA_MARBUTA, "\u0649")) \
            else None
    speaks = _institution_head(head) or _office(head) or head in _sources()
    return found if speaks and (gender == "f") == head.endswith(FOLDED_TA_MARBUTA) else None


def _bare_and_verb(vm: re.Match[str], n_words: int) -> bool:
    """A past speech verb after و with no subject of its own (وأشاد معلمها بإنجازها وقال إنها): it goes on with the
    subject of the clause just before it in the sentence, as a participle does."""
    return bool(vm["verb"]) and vm["conj"] == "\u0648" and not n_words and vm["verb"] not in _present()


@cache
def _especially() -> frozenset[str]:
    return frozenset(_f(w) for w in ("خاصة", "وخاصة", "خصوصا", "وخصوصا", "لاسيما", "ولاسيما", "سيما"))


def _especially_before(folded: str, verb_end: int, comp: re.Match[str]) -> bool:
    """Whether the أن found after a verb follows خاصة (after a comma)، خصوصا، لاسيما with words between it and the
    verb and no quote mark or colon (وأبرز التحديات، خاصة أن؛ قضية رأي عام ...، خاصة أن): "especially since" gives
    a reason, not the verb's words (a verb with its noun object, or a noun read as a verb)."""
    between = folded[verb_end:comp.start()]
    if not comp.group().strip()[:1].isalpha() or ":" in between or any(c in QUOTE_CHARS for c in between):
        return False  # وزاد "… ولا سيما أن": inside the words quoted
    words = list(WORD_RE.finditer(folded, verb_end, comp.start()))
    if len(words) >= 3 and words[-1].group() == _f("في") and words[-2].group() in _especially():
        words.pop()  # أوضحوا استياءهم، خاصة في أن الخطر قائم: "especially in that", the same reason
    if len(words) < 2 or words[-1].group() not in _especially():
        return False
    return words[-1].group() != _f("خاصة") or folded[:words[-1].start()].rstrip()[-1:] in (ARABIC_COMMA, ",")  # نشرة
    # خاصة بأن، مصادر خاصة أن: an adjective; "especially" after a comma


def _affiliated(folded: str, vm: re.Match[str]) -> bool:
    """تابع/تابعة without و/ف before a word in ل (مسؤول تابع للحكومة، مصدر تابع لوزارة الداخلية): "affiliated to",
    an adjective of the subject, neither a verb of its own nor one that takes the speaker's words."""
    if not vm["verb"] or vm["conj"] or vm["verb"] not in (_f("تابع"), _f("تابعت")):
        return False
    nxt = WORD_RE.match(folded, SPACES_RE.match(folded, vm.end()).end())
    return nxt is not None and nxt.group()[:1] == "\u0644" and not nxt.group().startswith(_f("لأن"))


def _speaking_without_subject(folded: str, vm: re.Match[str]) -> bool:
    """يذكر، يوضح، توضح with a complementizer right after them (يذكر أن: the writer's note; محادثات ...، توضح أن: a
    clause on a thing), or after أن, a negation or إذ (دون أن يذكر اسمه، لم يذكر، إذ توضح ذلك): no subject of their own, so no verb
    at all, neither taking the words of the verb before nor setting a speaker."""
    if not vm["verb"] or vm["verb"] not in _present_speaking() or _amma_answered(folded, vm):
        return False  # (أما فلان، فيوضح أن: the topic before it is its subject)
    prev = WORD_RE.findall(folded, max(0, vm.start() - 12), vm.start())
    after = vm.end()
    if (adverb := ASIDE_ADVERB_RE.match(folded, after)) is not None and adverb.group(1) in _note_adverbs():
        after = adverb.end()  # يذكر هنا أن، يذكر أيضا أن: the note all the same
    return COMPLEMENTIZER_RE.match(folded[after:after + 24].lstrip()) is not None \
        or not vm["conj"] and bool(prev) and prev[-1] in _subjunctive_or_negation()


ASIDE_ADVERB_RE = re.compile(f"\\s+([{AR}]+)")


@cache
def _note_adverbs() -> frozenset[str]:
    """Adverbs between يذكر and its أن that leave it the writer's note (يذكر هنا أن، يذكر أيضا أن)."""
    return frozenset(_f(w) for w in ("هنا", "أيضا", "أيضاً", "كذلك"))


@cache
def _subjunctive_or_negation() -> frozenset[str]:
    return frozenset(_f(w) for w in ("أن", "لم", "لا", "لن", "ولم", "ولا", "إذ"))  # الجامعة- إذ توضح ذلك- لتود


def _owned_object(name: str) -> bool:
    """A folded subject opening on a noun with a plural or dual pronoun (خفاياهم، أسرارها، مخططاتهما) and no office:
    what a verb inside reported words acts on, never someone who goes on speaking."""
    words = name.split()
    return bool(words) and len(words[0]) >= 6 and words[0].endswith(("\u0647\u0645", "\u0647\u0627", "\u0647\u0645\u0627")) \
        and not _person_title(words[0][:-2]) and not _person_title(words[0][:-3]) and not _person_title(words[0][:-2] + "\u0647")


def _inner_word(vm: re.Match[str]) -> bool:
    """يذكر، يوضح، أكمل، يرون inside reported words (أن الفريق أكمل استعداداته، مشيرا): mostly the speaker's own words, no
    verb of a new speaker; the words still end at the participle after them."""
    return bool(vm["verb"]) and (vm["verb"] in _present_speaking() or vm["verb"] in _completing()
                                 or vm["verb"] in _present_plurals())  # مضيفا أن بعض الأفراد يرون أن ...، لافتا


@cache
def _completing() -> frozenset[str]:
    return frozenset(_f(w) for w in COMPLETING_VERBS)


def _written_on(text: str, back: Sequence[int], region: Sequence[re.Match[str]]) -> bool:
    """The words after a verb of writing open on what it was written on, a noun without a pronoun (وكتب على
    لافتة "…"، وكتب على الجدار): the passive كُتب, no one writing (but وكتب على حسابه: his account, he wrote; the
    pronoun ه is told from ة in the text as written)."""
    if len(region) < 2 or region[0].group() not in _prepositions_before_nouns():
        return False
    if any(t.group().removeprefix("\u0627\u0644") in _platforms() for t in region[1:1 + PLATFORM_REACH]):
        return False  # وكتب على تويتر، على موقع تويتر، في تغريدة: he wrote on his platform, the words are his
    noun = text[back[region[1].start()]:back[region[1].end() - 1] + 1]
    return not noun.endswith(("\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627"))


def _revealed_object(folded: str, start: int, end: int) -> int | None:
    """The folded start of the space before عن that opens what a revealing verb reveals (أعلنت المجموعة عن وفاة
    فلان), so that no name inside it is taken for the subject; not عن inside the subject (تقرير صادر عن الوزارة،
    هيئة الأمر بالمعروف والنهي عن المنكر). None when there is none."""
    at = folded.find(" \u0639\u0646 ", start, end)
    while at >= 0:
        before = folded[start:at].split()
        after = WORD_RE.match(folded, at + 4)
        own = folded[start + 1:at].split()  # (start is the verb's last letter)
        if own and own[0] in _deputies() and len(own) <= MAX_DEPUTY_WORDS and after is not None \
                and after.group() in _constituencies():
            at = folded.find(" \u0639\u0646 ", at + 1, end)
            continue  # أفاد عضو مجلس نواب الشعب عن ولاية فلان، فلان، بأنه: the seat he holds, inside the subject
        if not before or before[-1] not in _within_subject_before_an():
            return at
        at = folded.find(" \u0639\u0646 ", at + 1, end)
    return None


MAX_DEPUTY_WORDS = 5  # عضو مجلس نواب الشعب | عن: the office in construct before the seat


@cache
def _deputies() -> frozenset[str]:
    """Words that open a deputy's office (النائب، عضو مجلس النواب، ممثل): عن after them names his seat."""
    return frozenset(_f(a + w) for a in ("", "\u0627\u0644") for w in ("نائب", "نائبة", "عضو", "عضوة", "ممثل", "ممثلة"))


@cache
def _constituencies() -> frozenset[str]:
    """What a deputy sits for after عن (النائب عن ولاية، عن الدائرة، عن حزب، عن كتلة)."""
    return frozenset(_f(w) for w in ("ولاية", "دائرة", "الدائرة", "حزب", "حركة", "كتلة", "الكتلة", "ائتلاف",
                                     "الائتلاف", "محافظة", "جهة", "التيار", "تيار", "الجبهة", "جبهة"))


def _same_source(speaker: _Speaker, history: Sequence[tuple[_Speaker, str | None]]) -> _Speaker | None:
    """The unnamed source an anaphoric one points back to (وقالت مصادر إن ... وألمح فلان ... وأوضحت المصادر نفسها):
    the last speaker headed by the same source noun, when one spoke before; the one named since is no source."""
    noun = next((w.removeprefix("\u0627\u0644") for w in _f(speaker.name).split()
                 if w.removeprefix("\u0627\u0644") in _sources()), None)
    if noun is None:
        return None
    return next((h for h, _ in reversed(history) if not h.named and h.name and h.name.split()
                 and _f(h.name).split()[0].removeprefix("\u0627\u0644") == noun), None)


@cache
def _within_subject_before_an() -> frozenset[str]:
    """Words after which عن continues a subject: issued by (صادر عن), forbidding (والنهي عن المنكر)."""
    return frozenset(_f(w) for w in ("صادر", "صادرة", "الصادر", "الصادرة", "صادرين", "الصادرين", "صادرات", "الصادرات",
                                     "النهي", "والنهي", "نيابة", "بالنيابة"))


def _source_before_verb(folded: str, vm: re.Match[str]) -> tuple[int, int] | None:
    """An indefinite source with up to two indefinite adjectives right before the verb, after a preposition or a
    complementizer (يستند إلى مصدر موثوق أكد لها أن، أن مصادر أمنية أكدت): a clause on the source with no
    relative pronoun, whose verb reports the source's words. Its folded span."""
    if not vm["verb"] or vm["conj"]:
        return None
    toks = list(TOKEN_RE.finditer(folded, max(0, vm.start() - 60), vm.start()))
    k = len(toks)
    while k > 1 and len(toks) - k < 2 and _adjective_like(toks[k - 1].group()):
        k -= 1  # مصادر | أمنية مطلعة
    head = toks[k - 1].group() if k else ""
    if k < 2 or not _source_head(head):
        return None
    return (toks[k - 1].start(), toks[-1].end()) if toks[k - 2].group() in _source_leads() else None


ILA = "\u0627\u0644\u064a"  # إلى, folded: مبعوث الأمم المتحدة إلى اليمن
MAX_TITLED_SUBJECT_LEAD = 10  # وكيل أعمال اللاعبين، رئيس فرقة الفنون الشعبية بمحافظة المندق: an office and its field


def _office_chain(words: Sequence[str]) -> bool:
    """A person's office and its field, up to its holder's name: no clause start, verb, relative or function word but
    the prepositions of a chain (النائب في البرلمان الأردني، مبعوثة الجوهرة "اف ام" إلى تطاوين; not a body's head,
    مكتب رئيس الوزراء، مجلس إدارة النادي برئاسة فلان: the body speaks)."""
    links = _chain_prepositions() | {ILA}
    plain, quoted = [], False
    for t in words:  # the words outside quote marks (a quoted outlet's name is no part of the chain's test)
        if t in QUOTE_CHARS:
            quoted = not quoted
        elif not quoted:
            plain.append(t)
    return bool(plain) and len(words) <= MAX_TITLED_SUBJECT_LEAD and _office(plain[0]) \
        and plain[-1] not in links and not any(
            t in SEPARATORS or t in _verb_words() or t in _relatives()
            or (t in _stops() or t in _function_words()) and t not in links for t in plain)


def _person_at(text: str, entities: Sequence[Entity], at: int) -> Entity | None:
    """The tagger's person whose name ends right before ``at`` (spaces or a comma between)."""
    return next((e for e in entities if e.type == "PERS" and e.end < at and not text[e.end:at].strip(" ،,")), None)


def _titled_person_before_verb(text: str, folded: str, back: Sequence[int], vm: re.Match[str],
                               entities: Sequence[Entity]) -> tuple[int, int] | None:
    """A sentence that opens on an office and its field and closes its subject on the tagger's person right before a
    verb with no conjunction (النائب في البرلمان الأردني قصي الدميسي يرى أن، مدير المركز الأستاذ فلان أكد أن): the
    subject written before its verb, which no reading of up to three words reaches. The person's folded span."""
    if not vm["verb"] or vm["conj"]:
        return None
    person = _person_at(text, entities, back[vm.start()])
    if person is None or "\n" in text[person.end:back[vm.start()]]:
        return None
    start = bisect_left(back, person.start)
    words = TOKEN_RE.findall(folded, _sentence_start(folded, vm.start()), start)
    but = max((k for k, w in enumerate(words) if w in _contrast_leads() and (k == 0 or words[k - 1] in (ARABIC_COMMA, ","))),
              default=None)
    if but is not None:
        words = words[but + 1:]  # …، لكن القائد السابق للفريق براين روبسون يرى أن: "but" opens the clause, then the office
    if not _office_chain(words) and not any(_office_chain(words[k:]) for k, w in enumerate(words)
                                            if k and _run_on_office(words[k - 1], w, words[-1])):
        return None
    return start, bisect_left(back, person.end)


def _person_then_office_before_verb(text: str, folded: str, back: Sequence[int], vm: re.Match[str],
                                    entities: Sequence[Entity]) -> tuple[int, int] | None:
    """A clause that opens on the tagger's person of two words or more, then his office and its field with no comma,
    right before a verb with no conjunction (غير أن فواز جورج خبير الشرق الأوسط لدى معهد لندن للاقتصاد رأى أن): the
    subject written before its verb, with its apposition. The clause opens the sentence, or follows a comma, لكن or
    a two-word lead in أن (غير أن، إلا أن، كما أن). The person's folded span."""
    if not vm["verb"] or vm["conj"]:
        return None
    line = _sentence_start(folded, vm.start())
    for e in entities:
        if e.type != "PERS" or " " not in e.text.strip() or not back[line] <= e.start < e.end < back[vm.start()]:
            continue
        start, end = bisect_left(back, e.start), bisect_left(back, e.end)
        lead = TOKEN_RE.findall(folded, line, start)
        opens = not lead or lead[-1] in _contrast_leads() or lead[-1] in (ARABIC_COMMA, ",") \
            or len(lead) <= 2 and lead[-1] in _that()
        chain = TOKEN_RE.findall(folded, end, vm.start())
        if opens and chain and _office_chain(chain):
            return start, end
    return None


def _names_the_speaker(folded: str, subj: tuple[int, int, bool], seen: list[_Speaker]) -> bool:
    """The subject read after a verb inside the words reported is a name, titles aside, of one already speaking: the
    writer's own clause, naming him again."""
    words = folded[subj[0]:subj[1]].split()
    while len(words) > 1 and _is_title(words[0]):
        words = words[1:]
    return subj[2] and bool(words) and (_seen_name(" ".join(words), seen) is not None
                                        or any(sp.named and _f(sp.name).split() == words for sp in seen))


def _run_on_office(before: str, word: str, last: str) -> bool:
    """An office right after a clause's last word with no stop between, where a sentence ran on unmarked (… عن مطار
    الطائف | مدير إدارة الطوارئ فلان أشار أنه): its chain opens the subject; not an office's complement or one in a
    phrase (رئيس | مدير، مع | مدير، أحد | مستشاري), nor a chain whose ``last`` word, a title, is the name's own
    (مستشاري الرئيس بوتين: the president, not his adviser)."""
    return _office(word) and before not in _stops() and before not in _function_words() and not _office(before) \
        and not _is_title(before) and before not in _verb_words() and before not in QUOTE_CHARS \
        and before not in _partitives() and not _is_title(last) and not _office(last)


def _holder_closing_chain(text: str, folded: str, back: Sequence[int], end: int, entities: Sequence[Entity],
                          speaker: _Speaker | None) -> _Speaker | None:
    """An office read as the speaker whose chain runs on, past a quoted name or a place, to its holder's name right
    before the words (أكدت مبعوثة الجوهرة "اف ام" إلى تطاوين هاجر النوالي أن): the holder speaks; the speaker as read
    otherwise."""
    if speaker is None or speaker.named:
        return speaker
    person = _person_at(text, entities, back[end] if end < len(back) else len(text))
    if person is None or person.start < speaker.end:
        return speaker
    a = bisect_left(back, speaker.start)
    if not _office_chain(TOKEN_RE.findall(folded, a, bisect_left(back, person.start))):
        return speaker
    return _Speaker(name=person.text, start=person.start, end=person.end, named=True)


# Written pieces, in any case (تقريرا، دراسة، مقالا): as an indefinite object described by a clause in the present
# (قرأت تقريرا يتحدث عن ...) they are what a bare present verb of saying after them goes on from.
WRITTEN_PIECES = ("تقرير", "تقريرا", "دراسة", "مقال", "مقالا", "بحث", "بحثا", "تحقيق", "تحقيقا")
REPORT_CLAUSE_TOKENS = 12  # the report's own clause and asides between it and the verb


@cache
def _written_pieces() -> frozenset[str]:
    return frozenset(_f(w) for w in WRITTEN_PIECES)


def _report_described_before(folded: str, vm: re.Match[str]) -> tuple[int, int] | None:
    """An indefinite written piece in the verb's sentence, right followed by a present verb that describes it and
    then, with commas only, by the bare present verb of saying (وقرأت تقريرا يتحدث عن دبي، هذه المدينة، يقول
    إنها): the piece speaks. Its folded span, else None."""
    toks = list(TOKEN_RE.finditer(folded, _sentence_start(folded, vm.start()), vm.start()))[-REPORT_CLAUSE_TOKENS:]
    if not toks or toks[-1].group() not in (ARABIC_COMMA, ","):
        return None
    for k in range(len(toks) - 2, -1, -1):
        word = toks[k].group()
        if word in _verb_words():
            return None
        nxt = toks[k + 1].group()
        if word in _written_pieces() and nxt[:1] in "\u064a\u062a" and not _definite(nxt) and 4 <= len(nxt) <= 6:
            return toks[k].start(), toks[k].end()
    return None


def _adjective_like(tok: str) -> bool:
    """An indefinite word that may describe a source (أمنية، مطلعة، موثوق): no article, no particle, no source."""
    return WORD_RE.fullmatch(tok) is not None and not _definite(tok) and tok not in _stops() \
        and tok not in _function_words() and not _source_head(tok) and tok not in _verb_words()


def _source_head(tok: str) -> bool:
    """An unnamed source's head (مصدر، مصادر، مسؤول; not the accusative مصدرا, which the speaker rules do not read)."""
    return tok in _sources() or tok in _anonymous()


@cache
def _source_leads() -> frozenset[str]:
    """Words right before a source that opens a clause inside reported words: prepositions and complementizers."""
    return frozenset(_f(w) for w in ("إلى", "عن", "من", "لدى", "أن", "إن", "بأن"))


def _object_before_quote(folded: str, vm: re.Match[str], mark: int, reported: bool = False) -> bool:
    """A finite pointing verb's إلى with a word after it before the quote mark (أشارت مصادر إلى مقتل ثمانية ...
    «جثث ...»): the verb has its noun object, and the marks quote a phrase inside it, not words said (but أشار إلى
    «…»; and a participle after a verb, وقال فلان مشيرا إلى كيري "…", hands the words to that verb). The same for
    a revealing verb's عن (أعلنت القيادة عن استشهاد أحد أبنائها "فلان"، كشفت الشركة عن جهازها "…": the announced
    thing, its name quoted; but أعلنت الحكومة عن «مقتل ...» quotes it, a complementizer after the marks still
    reports (كشفت الشركة عن جهازها "…"، عن أنه), and عن after صدر names the statement's source: أفاد بيان صدر عن)."""
    if not vm["verb"]:
        return False
    words = WORD_RE.findall(folded, vm.end(), mark)
    if _revealing(vm) and _f("عن") in words:
        k = words.index(_f("عن")) + 1
        return not reported and k < len(words) and not COMPLEMENTIZER_RE.fullmatch(words[k]) \
            and (k < 2 or words[k - 2] not in _issued() and words[k - 2] != _f("صدر"))
    if not _pointing(vm):
        return False
    return _f("إلى") in words and words.index(_f("إلى")) + 1 < len(words)


@cache
def _prepositions_before_nouns() -> frozenset[str]:
    """Prepositions that take a noun: a participle's shape right after one is that noun (على لافتة، في مذكرة)."""
    return frozenset(_f(w) for w in ("على", "في", "من", "إلى", "عن", "فوق", "تحت", "مع"))


def _noun_after_preposition(text: str, folded: str, back: Sequence[int], vm: re.Match[str]) -> bool:
    """A participle's shape right after a preposition is a noun, never a participle (وكتب على لافتة "…": a sign;
    وقال فلان في مذكرة للعملاء إن: a memo, the words are قال's); so is a past verb's (في كشف المعينين: the list; after
    من only a form with no present's ي/ت before a definite noun, else "who": من قال إن، من تشير المؤشرات إلى); but the
    name علي spelt with ي (وتحدث علي لافتا)."""
    if not (vm["cont"] or vm["verb"]) or vm["conj"]:
        return False
    prev = WORD_RE.findall(folded, max(0, vm.start() - 8), vm.start())
    if not prev or prev[-1] not in _prepositions_before_nouns():
        return False
    if not vm["cont"] and prev[-1] == _f("من"):
        nxt = next(iter(WORD_RE.findall(folded, vm.end("verb"), vm.end("verb") + 30)), "")
        if vm["verb"][:1] in "\u064a\u062a" or nxt[:2] != "\u0627\u0644" or nxt in _stops() or nxt in _time_leads():
            return False  # (من كشف المعينين: "from the list of", a definite noun in construct after it; but أول من
            # ذكرت اليوم إن: "who", a time after the verb)
    window = max(0, vm.start() - 16)  # (the word before, read without copying the text before it)
    end = window + len(folded[window:vm.start()].rstrip())
    return folded.endswith(prev[-1], 0, end) and not (prev[-1] == _f("على") and text[back[end - 1]] == "\u064a")


FOLDED_TA_MARBUTA = "\u0647"  # ة folds to ه
FEMININE_PLURAL = "\u0627\u062a"  # ات
MIN_FEMININE_PLURAL_LEN = 5  # a stem of three letters at least before ات (معطيات، إجراءات; not بات، مات)
PLURAL_REACH = 20  # characters before a participle searched for the plural it may qualify
LAFIT_REACH = 4  # words after لافتا/لافتة within which its إلى stands
SPACES_RE = re.compile(r"\s*")


def _remarkable_or_sign(folded: str, vm: re.Match[str]) -> bool:
    """لافتا/لافتة with no إلى in the next few words and no complementizer right after it: the adjective or the
    noun (حقق نجاحا لافتا، رفعوا لافتة كتب فيها "…"), not the participle "pointing out" (لافتا إلى أن، لافتة النظر
    إلى، لافتا أنه); معبرا/معبرة with no عن right after it (صورا معبرة: expressive), not "expressing" (معبرا عن)."""
    if vm["cont"] and vm["cont"].startswith(_f("معبر")):
        return WORD_RE.findall(folded, vm.end(), vm.end() + 12)[:1] != [_f("عن")]  # صورا معبرة: expressive, no verb
    if not vm["cont"] or not vm["cont"].startswith((_f("لافت"), _f("ملفت"))):
        return False  # (ملفتة as لافتة: بصورة ملفتة، remarkably)
    if COMPLEMENTIZER_RE.match(folded, SPACES_RE.match(folded, vm.end()).end()):
        return False
    return _f("إلى") not in WORD_RE.findall(folded, vm.end(), vm.end() + 12 * LAFIT_REACH)[:LAFIT_REACH]


def _adjective_after_plural(folded: str, vm: re.Match[str]) -> bool:
    """A feminine participle right after an indefinite plural in ات, with no words opened at once after it
    (استجوابات مشددة لمن، معطيات مؤكدة تشير إلى): the plural's adjective, not a speaker's participle (but
    الاتفاقيات، مشددة على أن: a comma between, or words right after it)."""
    if not vm["cont"] or vm["conj"] or not vm["cont"].endswith(FOLDED_TA_MARBUTA):
        return False
    before = folded[max(0, vm.start() - 2 * PLURAL_REACH):vm.start()].rstrip()  # (a window: no copy of the text)
    prev = WORD_RE.findall(folded, max(0, vm.start() - PLURAL_REACH), vm.start())
    if not prev or not before.endswith(prev[-1]) or not prev[-1].endswith(FEMININE_PLURAL) \
            or len(prev[-1]) < MIN_FEMININE_PLURAL_LEN or _definite(prev[-1]):
        return False
    after = SPACES_RE.match(folded, vm.end()).end()
    return COMPLEMENTIZER_RE.match(folded, after) is None and folded[after:after + 1] not in QUOTE_CHARS


SENTENCE_ENDS = ".!?\u061f"


def _participle_ends_sentence(folded: str, vm: re.Match[str]) -> bool:
    """A participle with nothing after it but a closing quote mark and the sentence's end (تجربة سلسة ومفيدة".،
    وكفى بهذا إثما مبينا.): an adjective closing its sentence, no speaker's participle (its words would come after)."""
    if not vm["cont"] or vm["verb"] or vm["cont"][:1] != "\u0645":
        return False  # (only the participles in م: not على حد قوله. nor حسب قولها., a source's tag closing the words)
    at = vm.end()
    while at < len(folded) and folded[at] in QUOTE_CHARS:  # a closing mark, written against the word
        at += 1
    while at < len(folded) and folded[at] == " ":
        at += 1
    return at < len(folded) and folded[at] in SENTENCE_ENDS and folded[at + 1:at + 2] != "."  # (not مضيفا «..وأعتذر)


VIEW_GOES_ON_REACH = 300  # characters from the last words reported to a bare ويرى أن that goes on with their speaker


@cache
def _bare_views() -> frozenset[str]:
    return frozenset(_f(w) for w in ("يرى", "ترى"))


def _view_goes_on(folded: str, vm: re.Match[str], n_words: int, comp: re.Match[str] | None, last: _Speaker | None,
                  last_gender: str | None, words_end: int) -> bool:
    """A bare ويرى/وترى opening a sentence, أن right after it, soon after the last words reported (``words_end``, -1
    when none: مشيرا إلى أن … . ويرى أن): the one speaking goes on with his view (not مما يرى أنه، كان يرى أن: no
    sentence of its own; not a speaker of the other gender; not one no words were reported of: يبحث المؤلف). So does
    وهو يرى أن / وهي ترى أن opening a sentence: the pronoun stands for the one speaking."""
    before = folded[:vm.start()].rstrip()
    if not vm["conj"] and before.endswith(_he_or_she()[_verb_gender(vm) == "f"]) \
            and not before[-4:-3].isalnum() and vm.start() - len(before) == 1:
        before = before[:-3].rstrip()  # وهو يرى أن، وهي ترى أن: the pronoun is the one speaking, going on
    elif vm["conj"] != "\u0648":
        return False
    return vm["verb"] in _bare_views() and not n_words and last is not None \
        and comp is not None and comp.start() - vm.end() <= 1 and comp.group().strip() != ":" \
        and not comp.group().startswith(ILA_ANNA) and words_end >= 0 and 0 <= vm.start() - words_end <= VIEW_GOES_ON_REACH \
        and before[-1:] in ".\n" and not _gender_clash(_verb_gender(vm), last_gender)


@cache
def _he_or_she() -> tuple[str, str]:
    return _f("وهو"), _f("وهي")


def _short_subject_then_words(folded: str, region: Sequence[re.Match[str]], comp: re.Match[str]) -> bool:
    """A subject of one word or two (الفوزان، المصدر نفسه، فادي ضو) right after the verb, definite or a name and no
    title, with the complementizer right after it (not إلى أن: also "until", as in تابع المحققون القضية إلى أن; not
    مؤلفها (زاد)، توقعت أن: a comma after the word, a title in brackets, another clause)."""
    words = [t.group() for t in region if t.group() not in SEPARATORS]
    if len(words) == 1 and region[0].group() not in SEPARATORS and _definite(words[0]) and _person_title(words[0]) \
            and comp.group().strip() != ":" and comp.group()[:1] in "\u0627\u0628" and not comp.group().startswith(ILA_ANNA) \
            and not folded[region[-1].end():comp.start()].strip(" \u060c,"):
        return True  # وتابع الوزير، أنه: the title alone (the one named before), a comma at most, then the words
    titled = len(words) > 1 and _definite(words[0]) and _person_title(words[0])  # وتابع الشيخ عبد الله: "…"
    names = words[1:] if titled else words
    return 1 <= len(names) <= 2 and region[0].group() not in SEPARATORS and not _is_title(names[0]) \
        and not comp.group().startswith(ILA_ANNA) \
        and all(_definite(w) or _is_name_token(w) or w in _selves() for w in names) \
        and (len(names) == 1 and (not titled or _plausible_start(names[0]))
             or not titled and (names[1] in _selves() or _is_name_token(names[0]) and _is_name_token(names[1])
                                or _definite(names[0]) and _nisba(names[1]))
             # (a source or an office and its nisba: وتابع المصدر الطبي أن، وتابع المسؤول الأمريكي أن)
             or _plausible_start(names[0]) and (_definite(names[1]) or _is_name_token(names[1])
                                                and not names[1].endswith(("\u0647", "\u0647\u0627", "\u0647\u0645")))) \
        and not folded[region[-1].end():comp.start()].strip(" \u060c,")  # (a known first name, then a family name in
    # ال: وتابع خالد العتيبي أن)


@cache
def _others() -> frozenset[str]:
    """آخرون: "others", the people who hold a second view, alone at the head of a present plural's clause."""
    return frozenset(_f(w) for w in ("آخرون", "اخرون"))


@cache
def _selves() -> frozenset[str]:
    """نفسه، ذاته: "the same" after a subject named before (المصدر نفسه)."""
    return frozenset(_f(w) for w in ("نفسه", "نفسها", "ذاته", "ذاتها"))


def _after_end(text: str, end: int, verb_start: int) -> int:
    """Where the words that may name who gave a thing stop: a few words on after the verb (تقول الأرقام التي
    أوردتها البعثة); before the verb when the thing precedes it (الأرقام التي نشرتها الوزارة تؤكد), none when one word
    at most stands between (الأمر الذي يؤكد، الحقيقة التي تؤكد: the relative is the verb's own clause)."""
    if end > verb_start:
        return end + SILENT_AFTER
    return end if len(text[end:verb_start].split()) <= 1 else verb_start


def _own_clause(between: str) -> bool:
    """No sentence or clause boundary between a subject and its verb (الواقع بحسب عاملي التوقيت يؤكد، الأمر الذي
    يؤكد): the subject is the verb's own, not one carried from an earlier clause."""
    return not any(c in between for c in ".!?\u061f\n:" + ARABIC_COMMA + ",")


def _right_after_verb(folded: str, vm: re.Match[str], verbs: Sequence[re.Match[str]]) -> bool:
    """A participle right after a speech verb (الذي أفاد بقوله:، وأضاف قائلا): it carries that verb's words, whose
    speaker is already set; no other subject of the clause takes them."""
    return any(o["verb"] and o.end() <= vm.start() and not folded[o.end():vm.start()].strip() for o in verbs)


@cache
def _view_clause_leads() -> frozenset[str]:
    """Words after which a present view verb opens a clause of the writer's (في حين يرى، فيما يرى، حيث يرى)."""
    return _clause_starts() | frozenset(_f(w) for w in ("حين", "حيث", "كما", "إذ"))


def _pointing_source(folded: str, start: int, end: int, persons: bool = True) -> bool:
    """The subject of يشير/تشير is one who speaks (a person, a body, a title) or a written source (a report, a
    study, statistics): وتشير الدراسة إلى أن reports it, وتشير التفاصيل إلى أن is the writer's inference. Without
    ``persons`` (يفيد، تفيد: said of sources and witnesses, hardly of one person), a word read as a name is no source
    (وتفيد أطوار الحادثة بأن: the writer's account)."""
    subject = _subject(folded, start, end)
    if subject is None:
        return False
    s, e, named = subject
    words = folded[s:e].split()
    head = words[1] if len(words) > 1 and words[0] in _quantifiers() else words[0]  # بعض التقارير، أحد الخبراء
    bare = head.removeprefix("\u0627\u0644")
    person = persons and named and (head in _first_names() or not _common_noun(head))  # not تفاصيل الحادث
    return person or _is_title(head) or head in _institutions() or bare in _institutions() \
        or bare in _pointing_sources() or _people_plural(bare)


@cache
def _afada() -> frozenset[str]:
    return frozenset(_f(w) for w in ("يفيد", "تفيد"))


@cache
def _pointing_sources() -> frozenset[str]:
    """Written sources, besides reports and studies, whose findings are reported (تشير الإحصائية إلى أن)."""
    return frozenset(_f(w) for w in POINTING_SOURCES)


def _opens_view_clause(folded: str, vm: re.Match[str], prev: list[str]) -> bool:
    """A present view verb that opens its clause: after و/ف, a sentence or clause boundary, or a clause lead."""
    before = folded[:vm.start()].rstrip()
    return bool(vm["conj"]) or _mark_before(folded, vm.start()) in ("", *".!?\u061f\n:", ARABIC_COMMA, ",") \
        or bool(prev) and before.endswith(prev[-1]) and prev[-1] in _view_clause_leads()


def _relative_with_people(folded: str, vm: re.Match[str], prev: list[str], region: Sequence[re.Match[str]]) -> bool:
    """A present view verb right after a relative, its subject an indefinite plural of people alone (الخطوة التي يرى
    محللون أنها): the people hold the view (not التي يرى فيها، الذي يرى الحل في: no people after it)."""
    words = [t.group() for t in region if t.group() not in QUOTE_CHARS]
    return bool(prev) and prev[-1] in _relatives() and folded[:vm.start()].rstrip().endswith(prev[-1]) \
        and len(words) == 1 and not _definite(words[0]) and _people_plural(words[0])


def _person_before_relative(text: str, folded: str, back: Sequence[int], vm: re.Match[str], prev: list[str],
                            entities: Sequence[Entity]) -> tuple[int, int] | None:
    """A verb right after a relative that the tagger's person's office after his name stands before, or for a present
    view verb the person himself (فلان، رئيس مجموعة الخبرة الدولية الذي قال إن، ناصر الدوسري الذي يرى أن): the one
    named speaks, not the office's field (not الخطوة التي يرى أنها: a thing). His folded span."""
    if not vm["verb"] or not prev or prev[-1] not in _relatives() or not folded[:vm.start()].rstrip().endswith(prev[-1]):
        return None
    at = back[len(folded[:vm.start()].rstrip()) - len(prev[-1])]
    person = max((e for e in entities if e.type == "PERS" and e.end < at), key=lambda e: e.end, default=None)
    if person is None:
        return None
    words = [w for w in TOKEN_RE.findall(folded, bisect_left(back, person.end), bisect_left(back, at)) if w not in (ARABIC_COMMA, ",")]
    if words and not _office_chain(words) or not words and vm["verb"] not in _present_views():
        return None  # (فلان الذي قال: the relative's own reading names him)
    return bisect_left(back, person.start), bisect_left(back, person.end)


MAX_QUOTED_ANTECEDENT_WORDS = 5  # ذكرت "ذي دايلي مايل" التي رأت: an outlet's name in quote marks


def _quoted_before_relative(folded: str, vm: re.Match[str], prev: list[str]) -> tuple[int, int] | None:
    """A verb right after الذي/التي, agreeing with it, whose antecedent is a short name in quote marks (بحسب ما ذكرت
    "ذي دايلي مايل" التي رأت أن): the one named speaks, not the sentence's subject. The folded span inside the marks."""
    if not vm["verb"] or not prev or prev[-1] not in WHICH or not folded[:vm.start()].rstrip().endswith(prev[-1]) \
            or _verb_gender(vm) != ("f" if prev[-1] == _f("التي") else "m"):
        return None  # (الحملة الكاذبة" التي قال: the relative stands for the verb's object, its subject is he)
    head = folded[:len(folded[:vm.start()].rstrip()) - len(prev[-1])].rstrip()
    if not head or head[-1] not in QUOTE_CHARS:
        return None
    close = len(head) - 1
    opening = max((head.rfind(o, 0, close) for o, c in CLOSING.items() if c == head[-1]), default=-1)
    inner = folded[opening + 1:close].split()
    if opening < 0 or not 1 <= len(inner) <= MAX_QUOTED_ANTECEDENT_WORDS or any(c in QUOTE_CHARS for c in "".join(inner)):
        return None
    return opening + 1, close


def _own_saying(folded: str, verb_end: int, saying: re.Match[str]) -> bool:
    """قوله right after a speech verb or its short subject, a name the text writes elsewhere too (وأضاف قوله،
    وأضاف مورينيو قوله "…"): the verb's own words, not a second quotation; but نقلت القناة عن صديقه قوله: the
    one after عن says them, and ولاحظ معي قوله: no subject, no speaker."""
    between = [t.group() for t in islice(TOKEN_RE.finditer(folded, verb_end, saying.start()), 4)]  # more: too far
    return len(between) <= 3 and all(t not in SEPARATORS and t != "\u0639\u0646" and _written_again(folded, t)
                                     for t in between)


def _quoted_subject(folded: str, region: Sequence[re.Match[str]], comp: re.Match[str] | None) -> bool:
    """A name of one to three words in quote marks, the whole region, right before a colon or أن (وتابع "الكبيسي":
    "…"، وتابع «أبو ردينة»: إن): the subject of a verb that speaks only with its words at once (تابع)."""
    return comp is not None and 3 <= len(region) <= 5 and region[0].group() in QUOTE_CHARS \
        and region[-1].group() in QUOTE_CHARS and all(WORD_RE.fullmatch(t.group()) for t in region[1:-1]) \
        and not folded[region[-1].end():comp.start()].strip()


def _verbal_noun(text: str, folded: str, back: Sequence[int], vm: re.Match[str]) -> bool:
    """A speech verb's form right after a verb of refusing or wishing, also with و (رفض ذكر اسمه، لم يشأ كشف
    هويته، ورفض ذكر اسمه), a preposition (يعمل على كشف مواقع، متحفظا على ذكر اسمه) or a word that takes a verbal
    noun (ورد فيها ذكر، تم كشف، عندما يأتي ذكر، دون ذكر): its verbal noun, which neither reports words nor takes
    the words of the verb before it, also with فيه/فيها between (ورد فيها ذكر). Not after من (وهناك من أكد: who)
    nor the name علي spelt with ي."""
    prev = WORD_RE.findall(folded, max(0, vm.start() - 8), vm.start())
    if not vm["verb"] or vm["conj"] or not prev or not folded[:vm.start()].rstrip().endswith(prev[-1]):
        return False
    word = prev[-1]
    if word == _f("على"):
        return text[back[len(folded[:vm.start()].rstrip()) - 1]] == "\u0649"  # على, not the name علي
    if word in _in_it():  # ورد فيها ذكر، تم فيه كشف: the lead before فيه/فيها
        before = WORD_RE.findall(folded, max(0, vm.start() - 16), vm.start())
        return len(before) >= 2 and before[-2] in _verbal_noun_leads()
    return word in _noun_leads() or word[:1] in "\u0648\u0641" and word[1:] in _noun_leads() \
        or word in _verbal_noun_leads()


@cache
def _verbal_noun_leads() -> frozenset[str]:
    """Prepositions (not من: وهناك من أكد; على is told apart from the name علي by its spelling) and words after
    which a verb's form is a verbal noun (تم كشف، ورد ذكر، يأتي ذكر، عدم ذكر، بمجرد ذكر)."""
    words = ("تم", "يتم", "ورد", "يرد", "يأتي", "عدم", "دون", "بدون", "مجرد",
             "بمجرد")  # not سبق (سبق ذكره), also the paper's name: سبق تقول للمسؤول
    prepositions = _prepositions_before_nouns() - {_f("على"), _f("من")}
    return prepositions | frozenset(_f(w) for w in words) | frozenset(_f("\u0648" + w) for w in words)


def _no_claim_reported(folded: str, vm: re.Match[str]) -> bool:
    """A claim reports no words as a participle without a complementizer at once (مدعيا الحصول على، مدعية لها أنها),
    nor as a bare verb right after an indefinite noun (حكم على شخص ادعى أنه ملك، مواطن محتال ادعى انه عضو): a
    clause describing the one judged or arrested (dev leaves it unmarked), not a speaker's claim; nor right after an
    opening quote mark (ووفقا للصحيفة فقد "ادعى فلان أن): inside a source's quoted words (dev ant 404 unmarked)."""
    word = vm["verb"] or vm["cont"] or ""
    if word not in _claims():
        return False
    if vm["cont"]:
        return COMPLEMENTIZER_RE.match(folded, SPACES_RE.match(folded, vm.end()).end()) is None
    before = folded[max(0, vm.start() - 3):vm.start()]
    if before.rstrip()[-1:] in (LEFT_DOUBLE_QUOTE, LEFT_GUILLEMET) or before.endswith('"') and before[-2:-1] in " \n":
        return True
    prev = WORD_RE.findall(folded, max(0, vm.start() - 16), vm.start())
    if vm["conj"] or not prev or not folded[:vm.start()].rstrip().endswith(prev[-1]):
        return False
    lead = prev[-1][1:] if prev[-1][:1] in "\u0648\u0641" and len(prev[-1]) > 2 else prev[-1]  # وقد، فقد
    return not _definite(prev[-1]) and not any(w in _function_words() or w in _stops() or w in _view_clause_leads()
                                               for w in (prev[-1], lead))


def _refusal_start(folded: str, start: int, end: int) -> int | None:
    """Where a clause of refusing or wishing + a verbal noun starts inside a subject region, with its negation or
    relative (مسؤول أمني | لم يرغب ذكر اسمه، | رفض الكشف عن هويته، | طلب عدم الإفصاح): it describes the subject
    and is no part of it. Not the region's first word, nor a name after بن (أسامة بن فضل البار)."""
    words = list(WORD_RE.finditer(folded, start, end))
    for k in range(1, len(words) - 1):
        w, nxt = words[k].group(), words[k + 1].group()
        if (w in _noun_leads() or w[:1] == "\u0648" and w[1:] in _noun_leads()) and words[k - 1].group() not in _name_links() and (
                nxt in _verb_words() or nxt in _disclosures() or nxt.removeprefix("\u0627\u0644") in _disclosures()):
            while k > 1 and words[k - 1].group().removeprefix("\u0648") in _negation_or_relative():
                k -= 1
            return words[k].start()
    return None


def _rumour_start(folded: str, start: int, end: int) -> int | None:
    """Where ما + a past verb of circulating (ما تردد، ما نشرته الصحف، ما تداولته المواقع) starts inside a subject
    region right after the subject: the thing denied, the verb's object. Not the region's first word, nor ما + a
    present verb (تنظيم ما يعرف بالدولة: a name), nor ما after a preposition or ل (تعقيبا على ما نشر، لتوضيح ما راج:
    a circumstance, whose quoted words may be a headline). None when there is none."""
    words = list(WORD_RE.finditer(folded, start, end))
    for k in range(1, len(words) - 1):
        nxt, prev = words[k + 1].group(), words[k - 1].group()
        if prev in _prepositions_before_nouns() or prev[:1] == "\u0644":
            continue
        if words[k].group() == _f("ما") and (nxt in _circulated() or nxt.removesuffix("\u0647") in _circulated()
                                            or nxt.removesuffix("\u062a\u0647") in _circulated()):
            return words[k].start()
    return None


def _pronoun_source(folded: str, start: int, end: int) -> str | None:
    """The gender of a pronoun source after نقل (نقلت الوكالة عنه القول، عنها قولها، عنهم تأكيدهم): the one
    already speaking is quoted, the outlet only carries his words ("m", "f" or "p"; None with no such pronoun)."""
    for token in TOKEN_RE.finditer(folded, start, end):
        kind = {"\u0639\u0646\u0647": "m", "\u0639\u0646\u0647\u0627": "f", "\u0639\u0646\u0647\u0645": "p"}.get(token.group())
        if kind is not None:
            return kind
    return None


@cache
def _sayings_of_source() -> frozenset[str]:
    """Verbal nouns of saying with the source's pronoun after نقل عن (تأكيدهم، تصريحه، إشارتها): what the source
    said, never part of its name."""
    stems = ("تأكيد", "تصريح", "توضيح", "تشديد", "إعلان", "اعلان", "ترجيح", "نفي", "تحذير", "قول", "إشارت", "اشارت")
    return frozenset(_f(s + p) for s in stems for p in ("ه", "ها", "هم", "هما"))


@cache
def _circulated() -> frozenset[str]:
    """Past verbs of what was said or spread (تردد، تداول، نشر، أشيع), as they follow ما."""
    return frozenset(_f(w) for w in ("تردد", "ترددت", "تداول", "تداولت", "نشر", "نشرت", "أشيع", "اشيع", "أثير", "اثير",
                                     "ورد", "وردت", "راج", "نسب", "تناقل", "تناقلت", "تناقلته", "نقل", "نقلت", "أورد",
                                     "أوردت", "ذكر", "ذكرت", "جاء"))


@cache
def _disclosures() -> frozenset[str]:
    """Verbal nouns of telling and disclosing after a verb of refusing (رفض الكشف، طلب عدم الإفصاح)."""
    return frozenset(_f(w) for w in ("عدم", "كشف", "إفصاح", "افصاح", "ذكر", "تصريح", "إعلان", "حديث", "كشفه",
                                     "نشر"))  # ورفض نشر اسمه


@cache
def _negation_or_relative() -> frozenset[str]:
    return frozenset(_f(w) for w in ("لم", "لا", "الذي", "التي", "الذين"))


def _view_subject(folded: str, region: Sequence[re.Match[str]]) -> bool:
    """The words between a view verb and أن are its subject, not an object it judges (اعتبر الإصابة أمرا
    عاديا): four words at most, a subject closed by a comma, the whole region a subject, or a circumstance."""
    n_words = len(region)
    n_unquoted = sum(t.group() not in QUOTE_CHARS for t in region)  # ويرى مسؤول لـ"الاقتصادية" أن: the marks of a name
    return n_unquoted <= 4 or n_words <= 10 and region[-1].group() in (ARABIC_COMMA, ",") \
        or n_words <= 8 and _whole_subject(folded, region) \
        or n_words <= MAX_OFFICE_SUBJECT_TOKENS and _office(region[0].group()) and _whole_subject(folded, region, True) \
        or n_words <= MAX_CIRCUMSTANCE_TOKENS and _circumstance_between_commas(region) \
        or _occasion_after_comma(region) or _office_comma_name(folded, region) or _name_then_office(region) \
        or _subject_then_occasion_between_commas(folded, region) \
        or _subject_then_occasion(folded, region) \
        or n_words <= MAX_OFFICE_SUBJECT_TOKENS and _office_in_body_then_name(folded, region) \
        or n_words <= MAX_OFFICE_SUBJECT_TOKENS and _office_then_closing_name(region) \
        or n_words <= MAX_OFFICE_SUBJECT_TOKENS and _named_then_asides(folded, region) \
        or n_words <= MAX_FIELD_SUBJECT_TOKENS and _people_of_field(region)


MAX_FIELD_SUBJECT_TOKENS = 8  # محللون في مجال تكنولوجيا الاتصالات: people, في, their field and its words


@cache
def _fields() -> frozenset[str]:
    """The nouns of a domain people work in (في مجال، في شؤون، في قطاع)."""
    return frozenset(_f(w) for w in ("مجال", "شؤون", "شئون", "قطاع", "ميدان"))


def _people_of_field(region: Sequence[re.Match[str]]) -> bool:
    """An indefinite plural of people (محللون، خبراء، مسؤولون), then في and the field they work in, running to the
    complementizer (كما يرى محللون في مجال تكنولوجيا الاتصالات أن): the whole region is the subject."""
    words = [t.group() for t in region]
    head = words[0] if words else ""
    people = not _definite(head) and (head.endswith("\u0648\u0646") and len(head) >= 5 or head in _sources()
                                      or head == _f("خبراء"))
    return people and len(words) >= 4 and words[1] == _f("في") and words[2] in _fields() \
        and all(WORD_RE.fullmatch(w) and w not in _stops() and w not in _function_words() and w not in _verb_words()
                for w in words[3:])


def _office_in_body_then_name(folded: str, region: Sequence[re.Match[str]]) -> bool:
    """An office, في or من and the body it serves in, named by a construct of indefinite and definite words, then its
    holder's name opening on a first name, running to the complementizer (اعتبر القيادي في حزب المؤتمر من أجل
    الجمهورية فلان الفلاني أن): the whole region is the subject. Each indefinite word is in construct with the
    definite one after it (حزب | المؤتمر، أجل | الجمهورية), so no object stands there (اعتبر الإصابة أمرا عاديا)."""
    if not _office(region[0].group()):
        return False
    subj = _subject(folded, region[0].start(), region[-1].end())
    if subj is None or subj[1] != region[-1].end() or not subj[2]:
        return False
    lead = [t.group() for t in region if t.end() <= subj[0]]
    named = [t.group() for t in region if t.start() >= subj[0]]
    at = 1 if _definite(lead[0]) else next((k for k, w in enumerate(lead) if k >= 2 and w in _chain_prepositions()), 0)
    if not at or any(w in _stops() or not _definite(w) and not _definite(lead[k + 1]) for k, w in enumerate(lead[1:at], 1)):
        return False  # عضو هيئة التدريس، أستاذ العلوم السياسية: an office in construct with its definite complement
    if len(lead) < at + 2 or lead[at] not in _chain_prepositions() or not named or named[0] not in _first_names():
        return False

    def body_word(k: int, w: str) -> bool:
        nxt = lead[k + 1] if k + 1 < len(lead) else ""
        return w[:1] in "\u0628\u0644" and _institution_head(w[1:]) and bool(WORD_RE.fullmatch(nxt)) \
            and nxt not in _stops() and nxt not in _function_words()  # بجامعة نجران: a body glued to ب, then its name
    return all(w in _chain_prepositions() and k + 1 < len(lead) or body_word(k, w)
               or WORD_RE.fullmatch(w) and w not in _stops() and w not in _function_words() and w not in _verb_words()
               and (_definite(w) or k + 1 < len(lead) and _definite(lead[k + 1]) or k and body_word(k - 1, lead[k - 1]))
               for k, w in enumerate(lead[at + 1:], at + 1))


MAX_VIEW_OCCASION_TOKENS = 8  # في تصريح لإذاعة "موزاييك" اليوم الأحد: the occasion a view is given on, to أن
MAX_NAME_BEFORE_OCCASION = 2  # واعتبر الغنوشي | في تصريح ...: a short subject before the occasion
MAX_LONG_OCCASION_TOKENS = 20  # في تصريح إعلامي على هامش ندوة انعقدت اليوم بمقر الحركة بعنوان "…": after a short
# subject, a long occasion


def _subject_then_occasion(folded: str, region: Sequence[re.Match[str]]) -> bool:
    """A subject the other rules read, then في and an occasion of speaking with no comma to close it, running to the
    complementizer (واعتبر فلان في تصريح لإذاعة محلية أن، اعتبر رئيس الحزب فلان في حوار مع القناة أن): the view
    given on that occasion, not an object judged (اعتبر الإصابة أمرا عاديا has no في + occasion). على هامش opens such
    an occasion too, and a comma may close it before the complementizer (اعتبر فلان على هامش تصريحات صحفية لمراسلنا، أن)."""
    if region and region[-1].group() in (ARABIC_COMMA, ","):
        region = region[:-1]
    k = next((i for i, t in enumerate(region) if i and i + 1 < len(region) and (
        t.group() == _f("في") and region[i + 1].group() in _occasions()
        or t.group() == _f("على") and region[i + 1].group() == _f("هامش"))), None)
    cap = MAX_VIEW_OCCASION_TOKENS if k is None or k > MAX_NAME_BEFORE_OCCASION else MAX_LONG_OCCASION_TOKENS
    if k is None or sum(t.group() not in QUOTE_CHARS for t in region[k:]) > cap \
            or any(t.group() in (ARABIC_COMMA, ",", ":") or t.group() in _verb_words() for t in region):
        return False
    return _view_subject(folded, region[:k])


MAX_NAME_BEFORE_OFFICE = 4  # رياض الشعيبي | الأمين العام لحزب …: the words of a name before its office


# What may stand between a named subject and a view verb's complementizer: a party or place in brackets, a lead
# adverbial (من جهته، بدوره) or an office in apposition, each set off by commas.
BRACKETED_ASIDE_RE = re.compile(r"\s*\([^()\n]{1,60}\)")
COMMA_GROUP_RE = re.compile(f"\\s*[{ARABIC_COMMA},]\\s*([^{ARABIC_COMMA},]*)")


def _named_then_asides(folded: str, region: Sequence[re.Match[str]]) -> bool:
    """A named subject opening the region (after its titles), then only asides up to the complementizer: a party in
    brackets (واعتبرت النائبة فلانة (التيار الديمقراطي) أن), a lead adverbial between commas (واعتبر المدير …، فلان،
    من جهته، أن) or an office in apposition (، النائب عن الحزب،): no object judged stands there."""
    if not region:
        return False
    subj = _subject(folded, region[0].start(), region[-1].end())
    if subj is None or not subj[2] or any(not (_is_title(t.group()) or _office(t.group()) or _definite(t.group())
                                              or t.group() in _chain_prepositions() or t.group() in (ARABIC_COMMA, ",")
                                              or WORD_RE.fullmatch(t.group()) and not _common_noun(t.group())
                                              and t.group() not in _stops())
                                          for t in region if t.end() <= subj[0]):
        return False
    at, end = subj[1], region[-1].end()
    if "(" in folded[subj[0]:at]:
        at = folded.index("(", subj[0])  # فلانة (التيار: the subject read into the bracket ends before it
    if folded[end:end + 3].lstrip().startswith(")"):
        end = folded.index(")", end) + 1  # (the closing bracket is no token of the region)
    if at >= end:
        return False
    while at < end:
        if (m := BRACKETED_ASIDE_RE.match(folded, at, end)) is not None:
            at = m.end()
            continue
        m = COMMA_GROUP_RE.match(folded, at, end)
        if m is None:
            return False
        words = m.group(1).split()
        if words and not (words[0] in _lead_adverbials() or words[:1] == [_f("من")] and words[1:2]
                          and words[1] in _lead_adverbials() and len(words) == 2
                          or (_office(words[0]) or _is_title(words[0])) and len(words) <= MAX_DESCRIPTION_TOKENS
                          and not any(w in _verb_words() or w in QUOTE_CHARS for w in words)):
            return False
        at = m.end()
    return True


MAX_CLOSING_NAME_WORDS = 3  # عمار عمروسية، نور الدين البحيري: the holder's name after the office and its field


@cache
def _office_adverbs() -> frozenset[str]:
    """Adverbs an office takes (مدير عام التخطيط سابقا، الوزير حاليا): part of the description, no object."""
    return frozenset(_f(w) for w in ("سابقا", "حاليا", "أيضا"))


def _office_then_closing_name(region: Sequence[re.Match[str]]) -> bool:
    """An office or a title and its field, then its holder's name closing the region: a known first name and one or two
    name words after it, right before the complementizer (اعتبر القيادي في الجبهة الشعبية عمار عمروسية أن، اعتبر
    المشرف العام على فريق تطوير سوق عكاظ الدكتور فلان أن). A name never follows an object judged and its predicate
    (اعتبر الوزير الإصابة أمرا عاديا), so the whole region is the subject; no verb, stop word or demonstrative in it.
    A comma may close the name (واعتبر مدير عام التخطيط العمراني … المهندس فلان، أن)."""
    words = [t.group() for t in region]
    if words and words[-1] in (ARABIC_COMMA, ","):
        words = words[:-1]
    if len(words) < 3 or not (_office(words[0]) or _is_title(words[0])) \
            or any(not WORD_RE.fullmatch(w) or w in _verb_words() or w in _demonstratives()
                   or (w in _stops() or w in _function_words()) and w not in _chain_prepositions()
                   and w not in _office_adverbs() for w in words):
        return False
    first = next((k for k in range(max(1, len(words) - MAX_CLOSING_NAME_WORDS), len(words) - 1)
                  if words[k] in _first_names() and not _is_title(words[k]) and not _definite(words[k])), None)
    before = words[first - 1] if first is not None else ""
    return first is not None and (_definite(before) or _is_title(before) or not _common_noun(before)) \
        and all(not _is_title(w) and not _office(w) and w not in _adjectives() for w in words[first + 1:])
    # (the name after the field's last word or a title, never in construct with a common noun: اعتبر الوزير في خطابه
    # تصريحات فلان أن, the statements judged)


def _tagged_lead(region: Sequence[re.Match[str]], back: Sequence[int], entities: Sequence[Entity]) -> int:
    """How many words of the region the tagger's person opening it covers (ويرى | جينز نارفيغ | المحلل …): 0 if none."""
    if not region:
        return 0
    start = back[region[0].start()]
    person = next((e for e in entities if e.type == "PERS" and e.start == start), None)
    return sum(1 for t in region if person is not None and back[t.end() - 1] < person.end)


def _name_then_office(region: Sequence[re.Match[str]], tagged: int = 0) -> bool:
    """A person's name opening on a first name, then an office and its body, running to the complementizer (اعتبر
    فلان الفلاني الأمين العام لحزب البناء الوطني أن): a long subject, no object judged (not اعتبر فلان الأمر خطيرا).
    With ``tagged``, the tagger's person covers the region's first words, whatever the lexicon knows of them (ويرى
    جينز نارفيغ المحلل في بنك دانسكيان ان); the office may then take في and the body it serves in."""
    words = [t.group() for t in region]
    if len(words) > MAX_NAME_BEFORE_OFFICE + MAX_DESCRIPTION_TOKENS or not words \
            or not (_plausible_start(words[0]) or 2 <= tagged <= MAX_NAME_BEFORE_OFFICE):
        return False
    k = next((i for i, w in enumerate(words) if i and (_is_title(w) or _office(w))), None)
    if k is None or not 2 <= k <= MAX_NAME_BEFORE_OFFICE or tagged and k != tagged \
            or any(w in _stops() or w in _verb_words() or w in _function_words() for w in words[:k]):
        return False
    if all(_is_title(w) or _office(w) or _definite(w) or _is_name_token(w) or w[:1] in "\u0628\u0644" and len(w) >= 4
           or tagged and w in _chain_prepositions() and 0 < j < len(words) - 1  # المحلل في بنك دانسكيان
           for j, w in enumerate(words[k:], k)):
        return True
    return _office_chain_to_comma(words[k:])


def _office_chain_to_comma(words: list[str]) -> bool:
    """An office with its field and the body it serves in, closed by a comma before the complementizer (ويرى فلان
    الخبير في الشؤون العربية في وكالة أنباء الشرق الأوسط، أن): prepositions of the chain and indefinite words in
    construct with a definite one later on (وكالة أنباء | الشرق) belong to the office; no object stands there."""
    if len(words) < 2 or words[-1] not in (ARABIC_COMMA, ","):
        return False
    chain = words[:-1]
    return all(_is_title(w) or _office(w) or _definite(w) and w not in _stops()
               or w in _chain_prepositions() and 0 < i < len(chain) - 1
               or WORD_RE.fullmatch(w) is not None and w not in _stops() and w not in _function_words()
               and w not in _verb_words() and any(_definite(v) for v in chain[i + 1:i + 3])
               for i, w in enumerate(chain))


def _before_time(region: Sequence[re.Match[str]]) -> Sequence[re.Match[str]]:
    """The region without the time that closes it (اعتبر الناطق باسم الجبهة فلان اليوم أن، اعتبر أمين عام
    الحركة، فلان، اليوم الأربعاء، أن): a day names no object, so the words before it are read alone; the
    region itself when no time closes it."""
    k = len(region)
    while k and region[k - 1].group() in (ARABIC_COMMA, ","):
        k -= 1
    end = k
    while k and region[k - 1].group() in _time_leads():
        k -= 1
    return region[:k] if k < end else region


def _whole_subject(folded: str, region: Sequence[re.Match[str]], chained: bool = False) -> bool:
    """The words between the verb and أن are all its subject (واعتبر تقرير شركة آسيا كابيتال
    الاستثمارية أن): no object stands there (اعتبر الإصابة أمرا عاديا). With ``chained``, an office may take a
    preposition before a definite word (المشرف العام على المهرجان المهندس فلان)."""
    subj = _subject(folded, region[0].start(), region[-1].end())
    if subj is None or subj[1] != region[-1].end():
        return False
    lead = [t.group() for t in region if t.end() <= subj[0]]
    body = _body_named(lead)
    return all(_is_title(w) or _definite(w) or body[k]
               or chained and k and w in _chain_prepositions() and k + 1 < len(lead) and _definite(lead[k + 1])
               or k and w[:1] in "\u0628\u0644" and len(w) >= 4
               and (_definite(lead[k - 1]) or _is_title(lead[k - 1])) for k, w in enumerate(lead))
    # رئيس الوزراء الإسرائيلي | بنيامين نتنياهو أن; السكرتير الإعلامي لرئيس المجلس بتعز | فلان أن (the office's place)


MAX_BODY_NAME_WORDS = 3  # حزب | آفاق تونس، حركة | نداء تونس: a body's own name after its head word


def _body_named(lead: Sequence[str]) -> list[bool]:
    """Which words of an office's lead are a body in construct with the office and the body's own name (رئيس حزب آفاق
    تونس | فلان أن): an indefinite institution head after a title, then up to three plain words."""
    out = [False] * len(lead)
    for k, w in enumerate(lead):
        if k and not _definite(w) and _institution_head(w) and _is_title(lead[k - 1]):
            out[k] = True
            for m in range(k + 1, min(len(lead), k + 1 + MAX_BODY_NAME_WORDS)):
                if not WORD_RE.fullmatch(lead[m]) or lead[m] in _stops() or lead[m] in _function_words() \
                        or lead[m] in _verb_words():
                    break
                out[m] = True
    return out


def _content_word(word: str) -> bool:
    """A noun or adjective, not a particle that opens a clause (لكنه، إلا أنه، فقد، كما، فيما، فيمن)."""
    return not (word in _function_words() or word in _stops() or word.removeprefix("\u0648") in _relatives()
                or word in _verb_particles()
                or word.removeprefix("\u0648").removeprefix("\u0641") in _clause_starts() | _subordinators() | _what()
                or word.endswith("\u0647") and word[:-1] in {_f(w) for w in ("لكن", "أن", "إن", "ولكن")}
                or word in {_f(w) for w in ("لكنه", "لكنها", "فيمن", "ممن", "كما", "فيما", "إذ")} or len(word) <= 2)


def _circumstance_between_commas(region: Sequence[re.Match[str]]) -> bool:
    """The subject, then a circumstance between commas that closes the region (اعتبر الوزير فلان، خلال
    ندوة صحفية انتظمت أمس، أن): the words after it are the subject's. Several in a row, each between commas, do
    the same (واعتبر فلان، في حوار مع إذاعة ...، اليوم الأربعاء، خلال حصة ...، أن), an office set off right after the
    subject too (اعتبر فلان، أمين عام الحزب الجمهوري، في تصريح ...، أن), and the subject may carry a relative clause
    up to its comma (واعتبر فلان الذي شارك في الجولة الأولى من المفاوضات، ضمن وفد الحكومة، أن)."""
    if not region or region[-1].group() not in (ARABIC_COMMA, ","):
        return False
    commas = [k for k, t in enumerate(region[:-1]) if t.group() in (ARABIC_COMMA, ",")]
    relative = any(t.group() in _relatives() for t in region[1:min(commas[0] if commas else len(region), 5)])
    if not commas:
        return relative  # واعتبرت الولايات المتحدة التي تشجع منذ زمن على "مصالحة" أفغانية، أن: the clause, then the comma
    if not (1 <= commas[0] <= 6 or relative):
        return False
    spans = list(zip(commas, [*commas[1:], len(region) - 1]))
    return all(k + 1 < nxt and (region[k + 1].group() in _circumstance_leads() or region[k + 1].group() in _time_leads()
                                or region[k + 1].group() in _occasion_leads()
                                or not n and (_office(region[k + 1].group()) or _is_title(region[k + 1].group())))
               for n, (k, nxt) in enumerate(spans))


@cache
def _occasion_leads() -> frozenset[str]:
    """Words that open the occasion of speaking between commas, besides the circumstance leads (بمناسبة الذكرى
    الثالثة، تعليقا على القرار، ردا على سؤال)."""
    return frozenset(_f(w) for w in ("بمناسبة", "تعليقا", "ردا", "تعقيبا"))


MAX_NAME_AFTER_COMMA = 4  # فاطمة قرط، محمد بن علي الحسني: a name set off after its office


def _office_comma_name(folded: str, region: Sequence[re.Match[str]]) -> bool:
    """An office, a comma, then the name alone running to the complementizer (اعتبرت رئيسة اتحاد القضاة، فلانة أن):
    the whole region is the subject (the comma that would close the apposition left out, or written: رئيس مجلس إدارة
    المركز …، اللواء فلان الفلاني، أن; a person's rank may open the name). A first name the lexicon
    lacks still opens a name of two words or more that are all name words (مديرة الأكاديمية، فريدة تركستاني أن)."""
    if len(region) > 2 and region[-1].group() in (ARABIC_COMMA, ","):
        region = region[:-1]  # رئيس مجلس إدارة المركز ...، اللواء فلان، أن: the apposition closed by its comma
    commas = [k for k, t in enumerate(region) if t.group() in (ARABIC_COMMA, ",")]
    if len(commas) != 1 or not 2 <= commas[0] <= MAX_OFFICE_SUBJECT_TOKENS or not _is_title(region[0].group()) \
            and not _office(region[0].group()):
        return False
    name = region[commas[0] + 1:]
    if len(name) >= 3 and _person_title(name[0].group()):
        name = name[1:]  # (اللواء فلان الفلاني: the holder's rank before his name)
    return 1 <= len(name) <= MAX_NAME_AFTER_COMMA and _is_name_token(name[0].group()) \
        and (name[0].group() in _first_names() or len(name) >= 2 and all(_is_name_token(t.group()) for t in name)) \
        and _whole_subject(folded, name) \
        and _whole_subject(folded, region[:commas[0]], True)


MAX_OCCASION_AFTER_COMMA = 8  # في كلمة ألقتها بالمناسبة: an occasion of speaking, not a clause of its own


def _occasion_after_comma(region: Sequence[re.Match[str]]) -> bool:
    """The subject, a comma, then a short circumstance running to the complementizer with no comma to close it
    (أقرت الوزيرة فلانة، في كلمة ألقتها بالمناسبة بأن): the words after it are the subject's."""
    commas = [k for k, t in enumerate(region) if t.group() in (ARABIC_COMMA, ",")]
    return len(commas) == 1 and 1 <= commas[0] <= 6 and 2 <= len(region) - commas[0] - 1 <= MAX_OCCASION_AFTER_COMMA \
        and region[commas[0] + 1].group() in _circumstance_leads() and not any(t.group() in SEPARATORS for t in region[commas[0] + 1:])


def _subject_then_occasion_between_commas(folded: str, region: Sequence[re.Match[str]]) -> bool:
    """A subject the other rules read closed by a comma, then a short occasion set off by commas running to the
    complementizer (اعتبر فلان، عضو المجلس المركزي للجبهة، في كلمة خلال الاجتماع، أنه): the view given then."""
    commas = [k for k, t in enumerate(region) if t.group() in (ARABIC_COMMA, ",")]
    if len(commas) < 2 or commas[-1] != len(region) - 1:
        return False
    c = commas[-2]
    lead = region[c + 1:-1]
    return 2 <= len(lead) <= MAX_VIEW_OCCASION_TOKENS and lead[0].group() == _f("في") \
        and lead[1].group() in _occasions() and not any(t.group() in SEPARATORS for t in lead) \
        and _view_subject(folded, region[:c + 1])


def _until_clause(region: Sequence[re.Match[str]]) -> bool:
    """حتى and a present verb in the region (... ، حتى يتم إيهام المواطن بأن): the complementizer after it belongs to
    that clause, not to the verb of saying."""
    words = [t.group() for t in region]
    return any(a == _f("حتى") and b[:1] in "\u064a\u062a" and len(b) >= 3 and b not in _first_names()
               for a, b in pairwise(words))


def _circumstances_after(region: Sequence[re.Match[str]], back: Sequence[int], speaker: _Speaker) -> bool:
    """The subject opens the region (after a title or two) and circumstances or a relative clause closed by a
    comma follow it (الهادي مجدوب اليوم السبت في تصريح ...، أن): a long region still reports the subject's words."""
    lead = [t.group() for t in region if back[t.start()] < speaker.start]
    if lead and _past_addressee(lead) in ([ARABIC_COMMA], [","]):
        region = [t for t in region if back[t.start()] >= speaker.start]  # وقال لـ"الرياض"، فلان نائب رئيس ...: the one
        # spoken to, then the subject at the head of what is left
    if speaker.start > back[region[min(2, len(region) - 1)].start()] and not (
            speaker.named and not any(t.group() in (ARABIC_COMMA, ",", ":") and back[t.start()] < speaker.start for t in region)) \
            and not _title_then_named(region, back, speaker):
        return False  # but المرشح ... عن حركة "…" والرئيس المحتمل فلان في حوار ... أن: a long description with no
        # comma before the name, which the circumstance follows
    tail = [t.group() for t in region if back[t.start()] >= speaker.end]
    after = _past_addressee([w for w in tail if w not in (ARABIC_COMMA, ",")])
    nxt = after[0] if after else None
    if nxt is not None and speaker.named and (_is_title(nxt) or _office(nxt)) \
            and not any(t.group() in SEPARATORS for t in region if back[t.start()] < speaker.start) \
            and _described_then_occasion(_after_comma(tail)):
        return True  # بدرة قعلول رئيس المركز الدولي ... على هامش انعقاد المؤتمر ... اليوم أنه: the name, its office
        # (also set off by a comma: أحمد السافي، عضو لجنة فرز الترشحات ... في مداخلة له اليوم ... إن)
    if speaker.named and _relative_on_name(tail):
        return True  # أكد الوزير فلان الذي تحول إلى … اليوم أن، أكد الدكتور فلان رئيس الخلية التي أحدثتها … أن
    return nxt is not None and (nxt in _circumstance_leads() or nxt in _time_leads()  # (على هامش ندوة ... إنه;
                                or bool(after) and _on_margin(after, 0)  # also after a comma: أستاذ
                                # جراحة المخ بجامعة عين شمس، في مداخلة هاتفية ...، “…”)
                                or (nxt in _relatives() or nxt in _apposition_pronouns())
                                and region[-1].group() in (ARABIC_COMMA, ","))
    # وأوضح الأمير فلان الذي كان ... في أواخر مايو الماضي، وفرض ...، أنه: a relative clause on the subject, or an
    # aside (وأوضح المسؤول النقابي وهو عضو في لجنة ...، أنه), closed by the comma before the words


MAX_HOLDER_TOKENS = 4  # الجيلاني بوجمعة، محمد بن علي الحسني: the holder's name set off after his office


def _accusative_source(text: str, folded: str, back: list[int], span: tuple[int, int]) -> _Speaker | None:
    """An unnamed source in the accusative written before its verb, with its description (لكن مسؤولا ليبيا رفيعا
    قال، إلا أن مسؤولا آخر في المجلس الأعلى للسلام أشار): it speaks, described as written."""
    words = list(WORD_RE.finditer(folded, *span))
    if not words or not _accusative_anonymous(words[0].group()):
        return None
    a, b = back[words[0].start()], back[words[-1].end() - 1] + 1
    return _Speaker(name=text[a:b], start=a, end=b, named=False)


def _holder_set_off(text: str, folded: str, back: list[int], region: Sequence[re.Match[str]], end: int,
                    entities: Sequence[Entity], seen: list[_Speaker], speaker: _Speaker | None) -> _Speaker | None:
    """An office read as the speaker, its holder's name right after it between commas, then a circumstance or the
    words (وقال مدير تسجيل العربات بالوكالة، فلان الفلاني، في تصريح لوكالة الأنباء إن): the name speaks, not the
    office; the speaker as read otherwise."""
    if speaker is None or speaker.named and not _body_not_person(speaker, entities) or not region:
        return speaker
    commas = [k for k, t in enumerate(region) if t.group() in (ARABIC_COMMA, ",") and back[t.start()] >= speaker.end - 1]
    if len(commas) < 2 or not 2 <= commas[1] - commas[0] <= MAX_HOLDER_TOKENS + 1 \
            or any(WORD_RE.fullmatch(t.group()) and back[t.start()] >= speaker.end for t in region[:commas[0]]):
        return speaker  # (the comma closes the office: no word after it before the comma)
    after = region[commas[1] + 1].group() if commas[1] + 1 < len(region) else None
    if after is not None and after not in _circumstance_leads() and after not in _time_leads() and after != EVE:
        return speaker  # قال الوزير، فلان، الذي ...: a clause of its own after the name
    name = region[commas[0] + 1:commas[1]]
    a, b = back[name[0].start()], back[name[-1].end() - 1] + 1
    context = folded[region[0].start():region[commas[0]].start()]
    tagged = next((x for x in entities if x.type == "PERS" and a <= x.start and x.end == b), None)
    if tagged is not None:
        if _is_title(name[0].group()) or _office(name[0].group()):
            a = tagged.start  # اللواء فلان: the holder's rank before the name the tagger found
        return _Speaker(name=text[a:b], start=a, end=b, named=True, context=context)  # الجيلاني بوجمعة، ماريا
        # هيلينا سيميدو: a name the tagger found (whole or its last words) set off by the commas
    if not _is_name_token(name[0].group()) or name[0].group() in _stops():
        return speaker
    named = _speaker(text, folded, back, region[0].start(), region[commas[1]].start(), entities, seen)
    if named is None or not named.named or named.start < a:
        return speaker
    return named


def _body_not_person(speaker: _Speaker, entities: Sequence[Entity]) -> bool:
    """A speaker read as a name that ends on a body or a place the tagger found, and on no person (قال أتلتيكو مدريد،
    فرناندو توريس، عشية: the club, the player's office left out): the one named after it between commas may speak."""
    ends = [x.type for x in entities if speaker.start <= x.start and x.end == speaker.end]
    return bool(ends) and "PERS" not in ends


MAX_DESCRIPTION_TOKENS = 10  # رئيس المركز الدولي للدراسات الإستراتيجية الأمنية والعسكرية: an office after a name


def _past_addressee(words: list[str]) -> list[str]:
    """The words after the one spoken to that opens them (لـ"سبق" في رده على …، لرويترز في …), else all of them."""
    if words and (words[0] in _full_addressees() or words[0].rstrip("\u0640") == "\u0644"):
        rest = words[1:]
        if rest[:1] and rest[0] in QUOTE_CHARS:
            close = next((k for k in range(1, min(len(rest), MAX_QUOTED_NAME_TOKENS + 2)) if rest[k] in QUOTE_CHARS), None)
            return rest[close + 1:] if close is not None else words
        return rest
    return words


def _after_comma(words: list[str]) -> list[str]:
    """The words after a name without the comma that may set them off from it."""
    return words[1:] if words[:1] in ([ARABIC_COMMA], [","]) else words


def _relative_on_name(words: list[str]) -> bool:
    """The words after a name: its office, if any, then a relative clause on it (الذي تحول إلى …، التي أحدثتها
    الوزارة …) running to the words reported with no comma or colon and no clause of the writer's (a quoted name
    may stand in it: بنزل "لمبريال"): a long subject, still the one speaking (أكد الوزير فلان الذي تحول إلى
    المدينة ضمن وفد … اليوم أن)."""
    k = next((k for k, w in enumerate(words[:MAX_DESCRIPTION_TOKENS + 1]) if w in _relatives()), None)
    if k is None or any(w in (ARABIC_COMMA, ",", ":") or w in _new_clause_leads() for w in words):
        return False
    return all(_is_title(w) or _office(w) or _definite(w) or _is_name_token(w) for w in words[:k])


def _described_then_occasion(words: list[str]) -> bool:
    """An office right after the name, then an occasion (في، خلال، على هامش) with no comma before it (فلانة رئيسة
    الجمعية على هامش المؤتمر ... أنه): the words before the occasion describe the one speaking."""
    if any(w in _new_clause_leads() for w in words):
        return False  # ... حيث من المنتظر أن: the complementizer opens a clause of the writer's
    for k, w in enumerate(words[:MAX_DESCRIPTION_TOKENS + 1]):
        if k and (w in _circumstance_leads() or _on_margin(words, k)):
            return True
        if not (_is_title(w) or _office(w) or _definite(w) or _is_name_token(w) or w[:1] in "\u0628\u0644" and len(w) >= 4):
            return False  # شدد فلان على ضرورة …، نوه بحرص الغرفة على إقامة …: an object, no office
    return False


@cache
def _new_clause_leads() -> frozenset[str]:
    """Words that open a clause of their own (حيث، إذ، بينما، مما): an أن after them is not the verb's."""
    return frozenset(_f(w) for w in ("حيث", "إذ", "بينما", "مما", "كما", "لكن", "ولكن"))


MAX_TITLE_BEFORE_NAME = 4  # وزير التربية، فلان: the words of an office before the name set off by commas


def _title_then_named(region: Sequence[re.Match[str]], back: Sequence[int], speaker: _Speaker) -> bool:
    """An office opening the region, then the name between commas (أكد وزير التربية، فلان، اليوم ...، أنه): the
    name set off is the subject, as if it opened the region."""
    lead = [t.group() for t in region if back[t.start()] < speaker.start]
    after = next((t.group() for t in region if back[t.start()] >= speaker.end), "")
    return speaker.named and 2 <= len(lead) <= MAX_TITLE_BEFORE_NAME + 1 and lead[-1] in (ARABIC_COMMA, ",") \
        and after in (ARABIC_COMMA, ",") \
        and (_is_title(lead[0]) or _office(lead[0])) and not any(w in SEPARATORS for w in lead[:-1])  # (not ويقول
    # الناشر، منحت شبكة …: no comma closes the "name", the words said follow the comma)


@cache
def _circumstance_leads() -> frozenset[str]:
    """Words that open a circumstance of time, place or occasion (not عن، على، إلى: the verb's
    object in كشف عن، شدد على، أشار إلى)."""
    return frozenset(_f(w) for w in ("في", "خلال", "لدى", "أمام", "أثناء", "عقب", "إثر", "ضمن", "عبر", "بدوره", "بدورها"))


def _mid_word(text: str, entity: Entity) -> bool:
    """A tagger's span that begins inside a word (ين روني in وين روني, the و read as a
    conjunction): no name to take."""
    return 0 < entity.start <= len(text) and text[entity.start - 1].isalpha()


def _quoted_name(toks: list[str]) -> bool:
    """A short quoted stretch opening on a person's title (الأستاذ عبد العزيز العيد): a name."""
    return 2 <= len(toks) <= 6 and toks[0] in _titles() and not _institution_head(toks[0]) \
        and any(_plausible_start(t) for t in toks[1:3])


def _titled_quoted_name(between: list[str], inner: list[str]) -> bool:
    """Titles alone between the verb and the marks, then a name of two to four words in them (وقال الشيخ "أحمد
    درع الجميلي" المتحدث ...): the subject's name quoted, never the words said."""
    return bool(between) and all(_is_title(t) for t in between) and 2 <= len(inner) <= 4 \
        and all(WORD_RE.fullmatch(w) for w in inner) and _plausible_name(inner)


@cache
def _pronouns_of_clause() -> frozenset[str]:
    return frozenset(_f(w) for w in ("هو", "وهو", "هي", "وهي"))


@cache
def _attribution_leads() -> frozenset[str]:
    """Words before ما that make ما + verb an attribution of the sentence (حسب ما، وفق ما، كما)."""
    return frozenset(_f(w) for w in ("حسب", "بحسب", "وحسب", "وبحسب", "وفق", "ووفق", "وفقا", "ووفقا", "طبقا", "كما",
                                     "وكما", "مثلما", "ومثلما", "حد", "على", "بناء", "استنادا", "نقلا", "حسبما",
                                     "هذا", "وهذا", "هذه", "ذلك", "وذلك"))  # هذا ما تقوله فلانة


@cache
def _in_it() -> frozenset[str]:
    return frozenset(_f(w) for w in ("فيه", "فيها"))


def _view_on_object(region: Sequence[re.Match[str]], comp: re.Match[str] | None) -> bool:
    """اعتبرها + a short subject + أن right after it (التي اعتبرها مسؤولو النادي أنها): no accusative noun first
    (مهما، دليلا), no comma or aside, and أن or بأن (folded ان، بان; not على أن، إلى أن)."""
    words = [t.group() for t in region]
    return comp is not None and comp.group().strip().startswith(("\u0627\u0646", "\u0628\u0627\u0646")) \
        and 1 <= len(words) <= 4 and all(WORD_RE.fullmatch(w) for w in words) \
        and not (words[0].endswith("\u0627") and not _definite(words[0]))


# Pieces that record someone's own words (مقطع فيديو لفلانة، مقابلة مع فلان، تسجيل صوتي له): a bare verb on them
# with فيه/فيها reports the words of the one recorded or interviewed, named after ل or مع.
RECORDED_PIECES = ("مقطع", "مقطعا", "فيديو", "تسجيل", "تسجيلا", "مقابلة", "حوار", "حوارا", "لقاء", "لقاءا",
                   "تصريحات")  # بعد تصريحات لوزير الشؤون الدينية فلان، ...، قال فيها إن: his own words (not
# تصريح, given to the outlet after its ل as often: أعلن في تصريح لإحدى الإذاعات قال فيه)
MAX_RECORDED_REACH = 24  # tokens back from the verb to the piece's noun (مقابلة مع فلان الذي لم يظهر وجهه ...،)
MAX_OWNER_TOKENS = 12  # the one recorded: إحدى الناجيات من الحريق، المدرب فلان، أحد المصابين في تفجير مسجد قوات الطوارئ في أبها


@cache
def _recorded_pieces() -> frozenset[str]:
    return frozenset(_f(w) for w in RECORDED_PIECES)


def _recorded_owner(folded: str, vm: re.Match[str]) -> tuple[int, int] | None:
    """The folded span of the one a recorded piece gives the words of (وتداول نشطاء مقطع فيديو لإحدى الناجيات من
    الحريق تقول فيه "…"، أجرى المراسل مقابلة مع فلان الذي ...، قال فيها "…"), for a bare verb with فيه/فيها after
    it (or حيث before it) in the same sentence: the one after ل or مع, up to a comma, a relative or the verb. None otherwise (not
    أجرى الوزير لقاء بالصحفيين: no ل or مع; not a relative clause, whose statement's owner is read elsewhere)."""
    where = folded[max(0, vm.start() - 6):vm.start()].split()[-1:] == [_f("حيث")]  # مقطع فيديو لأحد المصابين، حيث قال
    if not vm["verb"] or vm["conj"] or folded[vm.end():vm.end() + 6].split()[:1] not in ([_f("فيه")], [_f("فيها")]) and not where:
        return None
    toks = list(TOKEN_RE.finditer(folded, _sentence_start(folded, vm.start(), 300), vm.start()))[-MAX_RECORDED_REACH:]
    if toks and toks[-1].group().removeprefix("\u0648") in _relatives():
        return None
    for k in range(len(toks) - 2, -1, -1):
        if toks[k].group() not in _recorded_pieces():
            continue
        j = k + 1
        while j < len(toks) and toks[j].group() in _recorded_pieces() | _recording_adjectives():
            j += 1  # مقطع فيديو، تسجيل صوتي، مقابلة تلفزيونية
        if j >= len(toks):
            return None
        word = toks[j].group()
        if word == _f("مع") and j + 1 < len(toks):
            start = toks[j + 1].start()
        elif word[:1] == "\u0644" and len(word) >= 4 and word[:2] != "\u0644\u0647":  # لإحدى، للمدرب (not له، لها)
            start = toks[j].start() + 1
        else:
            return None
        end = next((t.start() for t in toks[j + 1:] if t.group() in SEPARATORS or t.group().removeprefix("\u0648") in _relatives()),
                   toks[-1].end())
        if not 0 < len(TOKEN_RE.findall(folded, start, end)) <= MAX_OWNER_TOKENS:
            return None
        return start, end
    return None


@cache
def _recording_adjectives() -> frozenset[str]:
    return frozenset(_f(w) for w in ("صوتي", "صوتيا", "مصور", "مصورا", "تلفزيونية", "تلفزيونيا", "صحفية", "صحفيا", "هاتفية", "هاتفيا"))


def _said_in_statement(between: str, prev: list[str]) -> bool:
    """فيه/فيها alone between a verb in a relative clause and a mark (تصريحاته التي قال فيها "…"): the statement's
    own words follow the mark, not a quoted name after a preposition."""
    return between.strip() in _in_it() and bool(prev) and prev[-1].removeprefix("\u0648") in _relatives()


def _elative(folded: str, vm: re.Match[str]) -> bool:
    """أبرز as "the most prominent" (إحدى أبرز المؤسسات), not "highlighted": after a word no verb follows, or
    before a definite plural (وتحديدا أبرز الأشياء، أبرز الدراسات: the verb's subject is a singular speaker)."""
    if vm["verb"] != _f("أبرز") or vm["conj"]:
        return False
    prev = WORD_RE.findall(folded, max(0, vm.start() - 8), vm.start())
    nxt = WORD_RE.match(folded, SPACES_RE.match(folded, vm.end()).end())
    return bool(prev) and prev[-1] in _elative_before() or nxt is not None and _definite_plural(nxt.group())


def _denial_noun(text: str, folded: str, back: Sequence[int], vm: re.Match[str]) -> bool:
    """نفي written with ي after a verb of coming (وجاء نفي المعيبد ردا على ما تردد حول أن): the noun "denial", which
    folds like the verb نفى; an article that spells the verb's ى apart tells them (a verb never follows جاء)."""
    if vm["verb"] != _f("نفى") or vm["conj"] or text[back[vm.end("verb") - 1]] != "\u064a" or "\u0649" not in text:
        return False
    prev = WORD_RE.findall(folded, max(0, vm.start() - 8), vm.start())
    return bool(prev) and prev[-1] in _coming()


@cache
def _coming() -> frozenset[str]:
    """Verbs of coming a verbal noun follows as their subject (وجاء نفي، ويأتي نفي)."""
    return frozenset(_f(w) for w in ("جاء", "وجاء", "يأتي", "ويأتي", "تأتي", "وتأتي"))


def _elative_object(folded: str, vm: re.Match[str], verbs: Sequence[re.Match[str]]) -> bool:
    """أبرز right after the subject of a speech verb in the same clause (كشف الرئيس فلان أبرز ملامح الخطة): the
    elative heads that verb's object; a second verb would come after a conjunction, a comma or a relative."""
    if vm["verb"] != _f("أبرز") or vm["conj"]:
        return False
    before = next((o for o in reversed(verbs) if o.end() <= vm.start() and o["verb"]), None)
    if before is None or vm.start() - before.end() > 80:
        return False
    between = folded[before.end():vm.start()]
    words = WORD_RE.findall(between)
    return bool(words) and not any(c in between for c in SEPARATORS | set(".\u061b;\n\u061f")) \
        and not any(w in _relatives() or w in (_f("أن"), _f("إن"), _f("بأن")) for w in words)


DEFINITE_PLURAL_RE = re.compile("\u0627\u0644(?:[\u0621-\u064a]{3,}\u0627\u062a|\u0627[\u0621-\u064a]{2,3}\u0627\u0621)")


def _definite_plural(word: str) -> bool:
    """A definite plural in ات or of the pattern أفعلاء/أفعال with hamza (الدراسات، الأشياء، الأطباء)."""
    return DEFINITE_PLURAL_RE.fullmatch(word) is not None


FIRST_PERSON_THAT_RE = re.compile(f"\\s+\u0628\u0627\u0646(?:\u0646\u064a|\u064a|\u0646\u0627)(?![{AR}])")  # بأنني، بأني، بأننا


def _first_person(folded: str, vm: re.Match[str]) -> bool:
    """A verb written alike in the first person (أعترف، أوضح، أعلن) with "that I/we" after it (أعترف بأنني):
    the words of someone already speaking, not a new quotation."""
    return bool(vm["verb"]) and not vm["conj"] and FIRST_PERSON_THAT_RE.match(folded, vm.end()) is not None


@cache
def _elative_before() -> frozenset[str]:
    return frozenset(_f(w) for w in ("من", "ومن", "أحد", "إحدى", "أبرز", "بين", "عن", "في", "على", "إلى", "مع",
                                     # the elative as a predicate or a list's head (فيما يلي أبرز القرارات:، وكانت
                                     # أبرز النتائج:، إن أبرز التحديات): a verb is never written right after these
                                     "يلي", "كان", "كانت", "وكان", "وكانت", "هي", "هو", "وهي", "وهو", "أن", "إن",
                                     "فإن", "وإن", "لأن"))


def _thing_before(folded: str, vm: re.Match[str], prev: list[str]) -> bool:
    """The antecedent of the relative right before the verb is a common noun of the news lexicon that names no
    one: no office or title, body, source, group in -ين/-ون or nisba (السماح بوجود المرتزقة الذي اعتبر)."""
    span = _subject_before(folded, vm, prev)
    if span is None:
        return False
    words = WORD_RE.findall(folded, span[0], span[1])
    if not words or not words[0].startswith("\u0627\u0644") or not _common_noun(words[0][2:]):
        return False
    return not any(_office(w) or _is_title(w) or _institution_head(w.lstrip("\u0628\u0644\u0648")) or w in _sources()
                   or w.removeprefix("\u0627\u0644") in _sources() or w.removeprefix("\u0627\u0644") in _anonymous()
                   or _nisba(w) or w.endswith(("\u064a\u0646", "\u0648\u0646")) or w in _media() or w in _first_names()
                   or w in _name_links() for w in words)  # (not بجامعة الدمام الدكتور خالد بن مطر العتيبي الذي أكد)


def _trailing_attributions(text: str, folded: str, back: list[int], claimed: list[tuple[int, int]],
                           entities: Sequence[Entity], people: Callable[[], list[_Person]]) -> list[Quote]:
    """“…”، قال فلان: a quoted stretch followed by its speech verb and speaker (a short name in its fuller form met
    elsewhere, as for a speaker before the words)."""
    out: list[Quote] = []
    for qm in QUOTE_OPEN_RE.finditer(folded):
        if any(s <= qm.start() < e for s, e in claimed) or qm.group() == RIGHT_DOUBLE_QUOTE and qm.start() \
                and WORD_RE.match(folded, qm.start() - 1):
            continue  # (“موضي السالم”، أن: a closing mark glued to its last word opens nothing)
        close = CLOSING.get(qm.group(), RIGHT_DOUBLE_QUOTE)
        qend = folded.find(close, qm.end())
        if qend < 0 or qend - qm.end() < 15:
            continue
        vm = TRAILING_RE.match(folded, qend + 1)
        if not vm or _inside_quote(folded, vm.start("verb")) or "\n" in folded[qend:vm.start("verb")]:
            continue  # none, a verb inside someone's words (يقول: (… «فلان» قال: …)), or one opening the next line
        if vm["conj"] and folded[qm.end():qend].rstrip()[-1:] in ".!?\u061f":
            continue  # «… باهتزاز.» وقالت بولدان: the quoted words closed their sentence, the verb opens the next
        if folded[vm.end():vm.end() + 4].lstrip()[:1] in (":", *QUOTE_CHARS):
            continue  # «…»، وأضافت: «…»: the verb opens new words of its own, it does not close these
        ahead = folded[vm.end():vm.end() + 8]
        if COMPLEMENTIZER_RE.match(folded, vm.end() + len(ahead) - len(ahead.lstrip())):
            continue  # عنوان "…"، وقال إن: the verb opens its words through إن, it does not close these
        end = _sentence_end(folded, vm.end())
        if (comp := COMPLEMENTIZER_RE.search(folded, vm.end(), end)) is not None:
            end = comp.start()  # «…»، وذكر البيان أن الحكومة قررت: the subject stops where its own words begin
        subj = _subject(folded, vm.end(), end)
        if not subj:
            continue
        s, e, named = subj
        after = e + len(folded[e:e + 8]) - len(folded[e:e + 8].lstrip())
        if COMPLEMENTIZER_RE.match(folded, after) or folded[after:after + 1] in QUOTE_CHARS:
            continue  # …، ومنها "عدد كبير …"، وأضاف سميث أن: the verb opens its own words after its subject
        if named:
            s, e = _fuller(folded, s, e)
        a, b = back[s], back[e - 1] + 1
        speaker = _Speaker(name=text[a:b], start=a, end=b, named=named)
        qa, qb = back[qm.end()], back[qend - 1] + 1
        claimed.append((qm.start(), qend + 1))
        out.append(Quote(
            speaker=_canonical(_resolve(speaker, text, folded, back, people), entities),
            verb=text[back[vm.start("verb")]:back[vm.end() - 1] + 1],
            text=text[qa:qb], start=qa, end=qb, direct=True, speaker_start=a, speaker_end=b,
        ))
    return out
