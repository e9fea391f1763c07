"""The subject between a speech verb and its reported words (قال وزير الخارجية فلان إن): the
name, title or description that speaks, with addressees, shares and kin peeled off.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import pairwise, takewhile

from ...records import Entity
from ..ner_lexicon import first_names as _first_names
from ..ner_lexicon import lexicon, place_share
from ..ner_lexicon import verb_forms as _verb_forms
from ..nisba import nisba_country
from ..organisations import NAMESAKE_ORGS, NAMESAKE_PLACES
from ..places import link_place
from .continuations import (
    _described,
    _known_then_object,
    _named_beside,
    _relational_offices,
    _seen_name,
)
from .names import (
    GLUED_NAME_HEADS,
    MAKSURA_PREPOSITION,
    NAME_SENTINEL,
    OWNED_NOUN_ENDINGS,
    OWNED_NOUN_FREQ,
    PLURAL_NISBA,
    PRONOUN_SUFFIXES,
    WRITTEN_HA,
    _addressed,
    _adjectives,
    _ambiguous_names,
    _article_first_name,
    _circumstantial,
    _common_noun,
    _derived_verbal_noun,
    _epithets,
    _field_of_body,
    _future_verb,
    _indefinite_nisba,
    _is_name_token,
    _manners,
    _member_of,
    _members,
    _name_end,
    _name_in,
    _name_links,
    _nisba,
    _occasions,
    _opens_construct,
    _others,
    _owned_common_noun,
    _period_parts,
    _periods,
    _plain_verb,
    _plausible_start,
    _relatives,
    _runs,
    _Speaker,
    _speaking_manner,
    _spells_ya_apart,
    _surname,
    _verb_before_adam,
    _we_verb,
    _what,
)
from .people import _addressed_medium, _first_name_before, _words_before
from .regions import (
    ALLAH,
    _accusative_anonymous,
    _anonymous,
    _blessing_phrases,
    _object_heads,
    _partitives,
    _quantifiers,
    _region_tokens,
)
from .titles import (
    _honorifics,
    _institution_head,
    _institutions,
    _is_title,
    _kin,
    _media,
    _office,
    _person_title,
    _ranks,
    _royal,
    _sources,
)
from .tokens import (
    AR,
    ARABIC_COMMA,
    CLOSING,
    LEFT_DOUBLE_QUOTE,
    LEFT_GUILLEMET,
    QUOTATION_MARK,
    QUOTE_CHARS,
    SEPARATORS,
    TANWEEN_FATH,
    TOKEN_RE,
    WORD_CACHE,
    WORD_RE,
    _f,
)
from .verbs import _sayings, _verb_words
from .words import (
    GOD_NAME,
    _acts_done,
    _definite,
    _definite_plural,
    _demonstratives,
    _function_words,
    _god_epithets,
    _god_praise_next,
    _in_charge,
    _met_with,
    _pronoun_prepositions,
    _stops,
    _time_leads,
)

WE = _f("نحن")  # the speaker's own voice after his name, never a word of it (not أنا, which folds like the name آنا)
IN = _f("في")  # in, before the place a description serves in (السلطات الصحية في أوريغون)
# The plural ending of a participle that takes a complement with ل (المعارضون للإصلاح), which no family name has.
PLURAL_NOMINATIVE = "\u0648\u0646"
ADDRESSEE_MIN_LEN = 4  # ل + a name of three letters at least (لسبق، للقناة)
# Possessive pronouns no first name ends in (folded): قريبها، محاميهم، صديقهما.
MAX_BODY_WORDS = 4  # definite words and towns after the noun of a source's body (في رئاسة | الائتلاف الوطني السوري)
POSSESSIVE_ENDINGS = ("\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627")


def _joined_plural(tok: str) -> bool:
    """و + a definite plural (والمقيمين، والطالبات): a second group joined to the first."""
    return tok.startswith("\u0648\u0627\u0644") and len(tok) >= 7 and tok.endswith(
        ("\u064a\u0646", "\u0648\u0646", "\u0627\u062a"))  # ين ون ات


MAX_GROUP_CONSTRUCT = 4  # أصحاب محال بيع كفرات | السيارات: indefinite nouns in construct before the definite one


def _group_noun_end(toks: Sequence[tuple[str, int, int]], i: int) -> int | None:
    """The end of the noun of a group after من when it opens a construct chain of indefinite nouns closed by a definite
    one (عدد من أصحاب محال بيع كفرات السيارات، عدد من أصحاب المحلات التجارية), with the relative adjectives after
    it: the whole chain names the group, not its first word (عدد من أصحاب). None when no definite word closes it."""
    k = i
    while k < len(toks) and k - i < MAX_GROUP_CONSTRUCT and WORD_RE.fullmatch(toks[k][0]) \
            and not _definite(toks[k][0]) and not _plain_word_stop(toks[k][0]):
        k += 1
    if k == i or k >= len(toks) or not _definite(toks[k][0]) or _plain_word_stop(toks[k][0]):
        return None
    k += 1
    while k < len(toks) and (_nisba(toks[k][0]) or toks[k][0] in _adjectives()) and toks[k][0] not in _stops():
        k += 1
    return k


def _plain_word_stop(tok: str) -> bool:
    """A word no noun of a group's name is: a stop word, a particle, a verb, a time or a circumstance."""
    return tok in _stops() or tok in _function_words() or tok in _verb_words() or tok in _time_leads() \
        or _circumstantial(tok) or tok in _relatives() or len(tok) < 3


@cache
def _issued() -> frozenset[str]:
    return frozenset(_f(w) for w in ("صادر", "صادرة", "الصادر", "الصادرة"))


@cache
def _communiques() -> frozenset[str]:
    """Statements a body issues (بيان، بلاغ), which speak for their issuer."""
    return frozenset(_f(w) for w in ("بيان", "بلاغ"))


@cache
def _communiques_named() -> frozenset[str]:
    return frozenset(_f(w) for w in ("البيان", "البلاغ"))


@cache
def _describing_verbs() -> frozenset[str]:
    """Past verbs of a clause that describes a report or a source (صدر أمس، نشرته الوكالة، أعده خبراء)."""
    return frozenset(_f(w) for w in ("صدر", "صدرت", "نشر", "نشرت", "نشره", "نشرته", "نشرها", "أعد", "أعده", "أعدته",
                                     "أعدها", "أجرى", "أجراه", "أجرته", "أجراها", "أصدر", "أصدره", "أصدرته", "أصدرها",
                                     "بثته", "بثه", "بثها",
                                     # the one who wrote it (تقرير كتبه فلان ونشرته مجلة ...)
                                     "كتب", "كتبت", "كتبه", "كتبته", "كتبها", "وضعه", "وضعته", "وضعها",
                                     # one who spoke on a condition (مسؤول حكومي قطري تحدث مشترطا عدم نشر اسمه)
                                     "تحدث", "تحدثت",
                                     # a passive with its verbal noun (بيان تم نشره على الإنترنت)
                                     "تم"))


# The article written apart before an ordinal's number (القضاة الـ 12، التقرير الـ51), folded to a bare ال (آل, which
# folds the same, comes before a name, never a digit).
DETACHED_ORDINAL_RE = re.compile(f"(?<![{AR}])\u0627\u0644\\s*\\d")
LI = "\u0644\u064a"  # لي: "to me", or the Chinese family name Li
# عن right before a word (نقلت الوكالة عن لي تشونغ): "from me" is عني, so لي after it is a name
CODE_NUMBER_RE = re.compile(f"[ \u00a0]*[0-9\u0660-\u0669]+(?![0-9\u0660-\u0669]*\\s*[(\"]?\\s*(?:{_f('عاما')}|{_f('عام')}|{_f('سنة')}|{_f('سنوات')}|{_f('ربيعا')}))")
# letters, then a number: a code (ام اتش 370), no name; but not an age (لوتا 17 عاما)
WORD_BEFORE_RE = re.compile(f"(?<![{AR}])[\u0648\u0641]?\u0639\u0646\\s+$")


def _subject(folded: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """The speaker's folded span between a verb and its complementizer, and whether named; the article of an ordinal
    written apart (وقال أحد القضاة الـ 12 في المحكمة، التقرير الـ51) ends it, the number is no word of a name."""
    subj = _subject_span(folded, start, end)
    if subj is None:
        return None
    s, e, named = subj
    first = folded[s:e].split()[0]
    if _speaking_manner(first) or first in _manners() or (_addressed(first) and not named):
        return None  # وقال بصوت خافت إن، قالت بكثير من الحماس "…"، قال بشكل واضح، قال بلكنته المجردة: how the words are
        # said; وقال لفرانس برس إن: the one spoken to (unless a name follows it: لسبق مدير عام … فلان); the one before
        # speaks on
    if (dated := next((m.start() for m in WORD_RE.finditer(folded, s, e) if m.group() in _dated()), None)) is not None:
        if dated > s:  # وذكر الموقع | بتاريخ 22 مايو أن: the date of the words ends the name
            e = s + len(folded[s:dated].rstrip())
            subj = s, e, named
        else:  # أوضحت دراسة في المجلة | بتاريخ 22 مايو أن: never who speaks; the subject is read before it
            return _subject(folded, start, s) if s > start else None
    if named and s > start and " " in folded[s:e] and folded[s:e].split()[0] in _participle_objects():
        return _subject(folded, start, s)  # محامي المشتبه | به الألماني: the pronoun closes a participle's phrase and
        # opens no name; the subject is read before it
    if named and folded[s:e].split()[0] in _met_with():
        return _subject(folded, start, s) if folded[start:s].strip() else None  # وبحث الوزير | معهم سبل التعاون،
        # وبحث معهم سبل التعاون: those the talk was held with, then its object; no name (the one before speaks on)
    if e in WRITTEN_HA.get() and _owned_noun_alone(folded[s:e]):
        return None  # ووافق السلطان رأي سابقه حين أكد، أكد حرصه على الحضور ... وقال: the thing owned, no one who speaks
    if (closed := _object_after_bracket(folded, s, e)) is not None:
        e = closed  # جماعة (أجناد مصر) | مسؤولية الجماعة: the bracketed name ends the subject
        subj = s, e, named
    ordinal = DETACHED_ORDINAL_RE.search(folded, s, min(len(folded), e + 4))
    if ordinal is None or ordinal.start() >= e:
        return subj
    cut = s + len(folded[s:ordinal.start()].rstrip())
    return (s, cut, named) if cut > s else None  # (في تقريرها السنوي الـ 36 للعام: no subject, the last one speaks)


def _once_upon(toks: list[tuple[str, int, int]]) -> bool:
    """ذات with an indefinite noun after the verb (قال ذات يوم، ذات مرة، ذات غصة): once, a time, no subject (not ذات
    المصدر: the same source)."""
    return len(toks) >= 2 and toks[0][0] == _f("ذات") and WORD_RE.fullmatch(toks[1][0]) is not None \
        and not _definite(toks[1][0]) and toks[1][0] not in _stops()


def _some_time_ago(toks: list[tuple[str, int, int]]) -> bool:
    """في وقت سابق (لاحق، متأخر، مبكر) opening the words after the verb, with more after it (وقالت في وقت سابق فلانة،
    وقال في وقت سابق وزير الخارجية إن): when it was said, then the subject."""
    return len(toks) > 3 and toks[0][0] == IN and toks[1][0] == _f("وقت") \
        and toks[2][0].rstrip("\u060c,") in (_f("سابق"), _f("لاحق"), _f("متأخر"), _f("مبكر"))


def _adverb_after_verb(toks: list[tuple[str, int, int]]) -> bool:
    """An indefinite adverb in -يًا right after the verb, before a definite subject (تدخل هاتفيا المواطن فلان، أعلن
    رسميا الاتحاد): how it was done, not the subject; never a place (سوريا) or a name (زكريا)."""
    word = toks[0][0]
    nxt = toks[1][0] if len(toks) > 1 else ""
    return len(word) >= 5 and word.endswith("\u064a\u0627") and not _definite(word) and _definite(nxt) \
        and (_person_title(nxt) or _office(nxt) or _institution_head(nxt)) \
        and word not in _first_names() and link_place(word) is None  # (not كوريا الشمالية، قضايا التحرش)


def _morning_named(toks: list[tuple[str, int, int]]) -> bool:
    """صباح (or مساء) then a family name in -ي of no time nor country (وقالت صباح العرفاوي): her first name, not the
    morning the words were said in (صباح اليوم، صباح الخميس)."""
    return toks[0][0] in (_f("صباح"), _f("مساء")) and len(toks) > 1 and _definite(nxt := toks[1][0]) \
        and nxt.endswith("\u064a") and nxt not in _time_leads() and nisba_country(nxt) is None


@cache
def _participle_objects() -> frozenset[str]:
    """ب with a pronoun (المشتبه به، المعترف بها): a participle's object, never the first word of a name (not عليه:
    عليه الصلاة والسلام is the Prophet)."""
    return frozenset(_f(w) for w in ("به", "بها", "بهم", "بهما"))


@cache
def _dated() -> frozenset[str]:
    """بتاريخ، في تاريخ: the date a statement was given (بيان بتاريخ 5 مايو), no name."""
    return frozenset(_f(w) for w in ("بتاريخ", "تاريخ", "وبتاريخ"))


def _owned_noun_alone(words: str) -> bool:
    """One folded word written with a final ه (not ة: نصرة، أمانة), a common noun with the pronoun (سابقه، ظهره، حرصه،
    ثقته: ة before it is written ت) that the lexicon meets with the article often (السابق، الظهر، الحرص، الثقة): what
    the verb's subject owns, never a speaker alone. Names (سومه), kin (والده), offices (محاميه), companions (صديقه،
    زميله) and honorifics (فضيلته، سعادته، فخامته) with a pronoun stay."""
    if " " in words or len(words) < 4 or not words.endswith("\u0647") or words in _first_names() \
            or _kin_with_pronoun(words) or words[:-1] in _kin() or words in _honorifics() \
            or words in (_f("سيادته"), _f("فخامته"), _f("نيافته"), _f("غبطته")):
        return False
    stem = words[:-1]
    if _office(stem) or _office("\u0627\u0644" + stem) or _is_title("\u0627\u0644" + stem) or stem in _companions():
        return False
    nouns = (stem, stem[:-1] + "\u0647") if stem.endswith("\u062a") else (stem,)
    freq = lexicon().freq
    return any(freq.get("\u0627\u0644" + w, 0) >= OWNED_NOUN_FREQ for w in nouns)



@cache
def _companions() -> frozenset[str]:
    """People one has, who may speak with a pronoun alone (صديقه، زميله، جاره، عائلته): never a thing owned."""
    return frozenset(_f(w) for w in ("صديق", "صديقت", "زميل", "زميلت", "رفيق", "رفيقت", "جار", "جارت", "شريك",
                                     "شريكت", "مرافق", "مساعد", "خصم", "منافس", "أخ", "أخت", "أخو", "أبو", "أب", "أم",
                                     "ابن", "عم", "خال", "حفيد", "صاحب", "صاحبت", "خطيب", "خطيبت", "مدرب", "معلم",
                                     "أستاذ", "طبيب", "محامي", "وكيل", "ممثل", "متحدث", "ناطق", "مستشار", "قائد",
                                     "عائلت", "أسرت", "أهل", "ذوي", "أقارب", "رفاق", "زملاء", "أصدقاء"))


def _object_after_bracket(folded: str, s: int, e: int) -> int | None:
    """The folded end of a subject whose name in brackets is followed by an indefinite noun (أعلنت مؤسسة ...
    الناطقة باسم جماعة (جند الحق) مسؤولية الجماعة): that noun starts the verb's object, no part of the name."""
    close = folded.rfind(")", s, e)
    if close < 0 or folded.find("(", s, close) < 0:
        return None
    nxt = WORD_RE.match(folded, close + 1) or WORD_RE.match(folded, close + 2)
    if nxt is None or nxt.start() > close + 2 or _definite(nxt.group()) or nxt.group() in _name_links() \
            or nxt.group() in _stops() or nxt.group()[:1] in "\u0648\u0644":
        return None  # (منظمة (فاو) وبرنامج الأغذية: a second body; شركة (…) لتشغيل القطارات: the name's complement)
    return close + 1


def _subject_span(folded: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """The speaker's folded span between a verb and its complementizer, and whether named (the rules in order)."""
    toks = [t for t in _region_tokens(folded, start, end, semicolons=True) if t[0] not in _sayings()]  # وأضاف (فلان) قوله "…"
    while toks and (toks[0][0] in _time_leads() and not _morning_named(toks) or _adverb_after_verb(toks)
                    or toks[0][0] in _demonstratives() and len(toks) > 1
                    or toks[0][0] == _f("يوم") and len(toks) > 1 and toks[1][0] in _time_leads()  # أكد يوم أمس فلان
                    or toks[0][0] in _pronoun_objects() or toks[0][0] in _then_adverbs() and len(toks) > 1
                    or toks[0][0] in _from_pronouns() and len(toks) > 1 and _definite(toks[1][0])  # حذر منها الباحثون
                    or toks[0][0] in (ARABIC_COMMA, ",") and len(toks) > 1  # وأكد لـ"الاقتصادية"، مصدر: the addressee dropped
                    or toks[0][0] == "\u0644" and len(toks) > 1  # وأكدت لـ(عكاظ) مصادر: ل left of an addressee in brackets
                    or _addressed_then_subject(toks)
                    or _day_before_yesterday(toks) or _some_time_ago(toks) or _once_upon(toks) or _last_period(toks)):
        toks = toks[3:] if _some_time_ago(toks) else toks[2:] if _day_before_yesterday(toks) or _once_upon(toks) \
            or _last_period(toks) \
            else toks[1:]  # أعلنت اليوم الثلاثاء السلطات الألمانية أن، أكدت ذلك والدتها، قال عنها: "…" (the one
        # spoken of, then the words), وأوضحت حينها إدارة الوحدة أن
    if len(toks) > 1 and toks[0][0] == _f("نص") and toks[1][0] in _communiques_named():
        toks = toks[1:]  # جاء في نص البلاغ أنه: the statement itself speaks
    if len(toks) > 2 and toks[0][0] in _what() and toks[1][0] in _so_called():
        toks = toks[2:]  # وأعلنت ما تسمى مؤسسة الكنانة: "the so-called", then the body named
    if len(toks) > 2 and toks[0][0] == "\u0645\u0646" and toks[1][0] in _own_sides():
        toks = toks[2:]  # وبين من جهته فلان أن: "for his part" between the verb and its subject
        if toks[0][0] in (ARABIC_COMMA, ",") and len(toks) > 1:
            toks = toks[1:]
    toks = toks[:next((k for k in range(1, len(toks)) if _clause_verb_at(toks, k)), len(toks))]
    # أعلنت المدينة، توفر عدد من الوظائف، قالت جماعة تعمل في: a verb opens the words or a clause of its own, and the
    # subject ends before it (not ما يعرف بالجبهة: a relative's; nor وارن تراس: after a name word, a family name)
    while len(toks) > 1 and toks[-1][0].removeprefix("\u0648") in _verb_particles():
        toks = toks[:-1]  # مصادر حكومية لم | تسمها، السوق الإيرانية لا | تحتاج: the particle goes with its verb
    toks = toks[:next((k for k in range(len(toks)) if toks[k][0] == WE), len(toks))]
    # قال وزير الخارجية القطري | نحن مطالبون: a first person after the subject opens his own words, unmarked (so it
    # does right after the verb: قال نحن في مرحلة جديدة, the one speaking goes on)
    if not toks:
        return None
    if _morning_named(toks):
        return toks[0][1], toks[1][2], True  # وقالت صباح العرفاوي أحد أعضاء …: her name, then her office
    if (blessed := _blessed_before(folded, start, toks)) is not None:
        return blessed[0], blessed[1], True  # ويقول صلى الله عليه وسلم: the one the formula followed before (رسول الله)
    if toks[0][0] in QUOTE_CHARS and len(toks) >= 3 and toks[2][0] in QUOTE_CHARS and _definite(toks[1][0]) \
            and not _is_title(toks[1][0]) and (len(toks) == 3 or toks[3][0] in SEPARATORS or toks[3][0] in _stops()):
        return toks[1][1], toks[1][2], True  # وقال «اليوسفي»: «…»: the family name in quote marks
    if (quoted := _quoted_whole(toks)) is not None:
        return quoted[0], quoted[1], True  # وأوضحت “ولاية خراسان” أن، وقالت زوجته "فاطمة عدنان" إن: the quoted name
    if toks[0][0] == ALLAH or toks[0][0] in _god_epithets() and (len(toks) == 1 or toks[1][0] in _god_epithets()
                                                                or toks[1][0] in _god_praise_next()) \
            or _god_named(folded, toks[0][1], toks[0][2]):
        return toks[0][1], toks[0][2], True  # قال الله تعالى، قال الله فيهم، وقال تعالى، قال عز وجل (God, by his
        # epithets alone; not عز الدين)
    if len(toks) >= 3 and toks[0][0] == _f("كل") and toks[1][0] == _f("من"):
        end = next((k for k in range(2, len(toks)) if toks[k][0] in SEPARATORS or toks[k][0] in _stops()
                    or k > 3 and _we_verb(toks[k][0])), len(toks))  # (| نتمنى أن: their words, unmarked)
        return toks[2][1], toks[end - 1][2], True  # قال كل من فايز محمد وحسين محمد: the people listed
    if toks[0][0] in _what() or _prepositional_object(toks[0][0]) or toks[0][0] in _subordinators() \
            or toks[0][0] in _first_person_views() and (len(toks) == 1 or toks[0][0] != _f("أشعر")) \
            or toks[0][0] in (_f("لأن"), _f("لقد")) or _future_verb(toks[0][0]) \
            or _plain_verb(toks[0][0]) and not _met_before(folded, toks[0][0], toks[0][1]):
        return None  # ونفت ما تردده المعارضة، ونوه بوقوع حالتي غرق: the object, the speaker is the last one (وأضاف
        # لأن الاتفاق ...، كما: a clause of his, no subject; وأضاف ستكون الساعات القادمة، وأضاف باشرت فرق الطوارئ:
        # his words, unmarked; but ويعتقد رايت أن: a family name met before, after his first name)
    if toks[0][0][:1] == "\u0644" and not toks[0][0].startswith("\u0644\u0644") and (
            toks[0][0][1:] in _institutions() or toks[0][0][1:] in _partitives()) \
            or _addressed_person(toks[0][0], toks[1][0] if len(toks) > 1 else "") \
            or toks[0][0].startswith("\u0644\u0644") and (_is_title("\u0627\u0644" + toks[0][0][2:])
                                                        or toks[0][0].endswith("\u064a\u0646") and len(toks) == 1):
        return None  # وقال لمجلس العلاقات الخارجية "…"، وذكر للقاضي أنه: the one addressed, the speaker is the last one
    if len(toks) >= 3 and toks[0][0] in _partitives() and toks[1][0] in _relatives():
        cut = min(6, next((k for k, t in enumerate(toks) if t[0] in SEPARATORS or t[0] in _time_leads()), len(toks)))
        return toks[0][1], toks[cut - 1][2], False  # قال أحد الذين تم إنقاذهم: the one of a group named by a clause
    share = _share(folded, start, toks)
    if share:
        return share[0], share[1], False  # قال 17% من المشاركين، واحد من كل 14 من الرجال: a share of a group
    if toks[0][0] == LI and len(toks) > 1 and WORD_BEFORE_RE.search(folded, 0, toks[0][1]) \
            and (name := _name_in(toks[1:])) and name[0] == toks[1][1]:
        return toks[0][1], name[1], True  # نقلت الوكالة عن لي تشونغ: the family name Li opens the name ("from me" is عني)
    if toks[0][0] in _stops():  # وقال في بيان إن: the subject is the last speaker
        name = _name_in(toks)  # but قال إمام (أمام) المسجد، العريف عبد الله الشهراني، إن
        if name and (any(t[0] in SEPARATORS and t[2] <= name[0] for t in toks) or toks[0][0] == _f("إمام")) and _is_title(
                next(t[0] for t in reversed(toks) if t[2] <= name[0])):
            return name[0], name[1], True
        comma = max((k for k, t in enumerate(toks) if t[0] in (ARABIC_COMMA, ",")), default=None)
        rest = toks[comma + 1:] if comma is not None else []
        if 2 <= len(rest) <= 6 and (_institution_head(rest[0][0]) or _office(rest[0][0])) and not _definite(rest[0][0]) \
                and all(_definite(t[0]) and t[0] not in _stops() for t in rest[1:]):
            return rest[0][1], rest[-1][2], False  # وقال في وقت سابق، مكتب المدعي العام السويسري إنه: the adverbial,
            # its comma, then the body or office in construct that speaks
        return None
    if len(toks) >= 2 and (toks[0][0] in _ranks() or toks[0][0] in ("\u062f", "\u0645")) and _surname(toks[1][0]) \
            and (len(toks) == 2 or toks[2][0] in SEPARATORS or toks[2][0] in _stops()
                 or _first_name_before(folded, toks[1][0]) is not None):
        return toks[1][1], toks[1][2], True  # وأكد د. الفلاح أن، م. الخريجي، الدكتور الربيعة: a rank, then the family name
        # (ودعا العميد السحيباني المقيمين: his object after it, when the text gives his first name elsewhere)
    if len(toks) >= 2 and (toks[1][0] in _stops() or toks[1][0] in (ARABIC_COMMA, ",") and len(toks) > 2) \
            and not _is_title(toks[0][0]) and toks[0][0] not in _stops() \
            and (_surname(toks[0][0]) or _is_name_token(toks[0][0])) and _first_name_before(folded, toks[0][0]) is not None:
        return toks[0][1], toks[0][2], True  # وأوضح الجاسر خلال أمسية ... أن: a family name the text gives with its
        # first name elsewhere, then circumstances (their names belong to others); or then a comma and an aside
        # (وأكد الطبوبي، خلال مائدة ... رفيعة مستوى، حرص الاتحاد ... قائلا: not رفيعة, a first name in the aside)
    k = 0
    while k < min(len(toks), 4) and _definite(toks[k][0]) and not _is_title(toks[k][0]) and not _office(toks[k][0]):
        k += 1
    if k and k < len(toks) and toks[k][0] in _stops() and toks[k][0][:1] == "\u0644" and toks[k][0] != _f("لدى"):
        return toks[0][1], toks[k - 1][2], False  # وقال الجيش لصحفيين يرافقون وزير الدفاع: the addressee ends the subject
        # (not لدى, which completes an office: المكلف بالاتصال لدى شركة ...)
    if len(toks) >= 2 and toks[0][0] in _sources() and toks[1][0] in _describing_verbs():
        return toks[0][1], toks[0][2], False  # أوضح تقرير كتبه الباحث فلان ونشرته مجلة: the report, not its writer
    c = 1  # مصدر مصري قريب من، مصادر فرنسية قريبة من، مصدر أمني مقرب من: up to two nisbas before the closeness
    while c < 3 and len(toks) > c + 2 and toks[0][0] in _sources() and not _definite(toks[c][0]) \
            and _indefinite_nisba(toks[c][0]) and toks[c][0] not in _close_to():
        c += 1
    c = c if len(toks) > c + 1 and toks[c][0] in _close_to() else 1
    if len(toks) >= c + 2 and (toks[0][0] in _sources() and toks[c][0] in _close_to() or _definite(toks[0][0])
                               and toks[1][0].startswith("\u0627\u0644") and toks[1][0][2:] in _close_to()) \
            and toks[c + 1][0] == "\u0645\u0646":  # (الصحيفة المقربة من النادي: a definite one too)
        end = next((m for m in range(c + 2, min(len(toks), c + 7)) if toks[m][0] in SEPARATORS or toks[m][0] in _stops()
                    or toks[m][0] in _time_leads() or toks[m][0] in _periods()
                    or m > c + 2 and _office(toks[m][0])), min(len(toks), c + 7))  # (| رئيس الاتحاد: his apposition)
        return toks[0][1], toks[end - 1][2], False  # مصدر مقرب من الوزير فلان: the source speaks, not the one it is
        # close to (he belongs to the description)
    if len(toks) >= 3 and (toks[0][0] in _sources() or toks[0][0].removeprefix("\u0627\u0644") in _institutions()) \
            and (toks[1][0] in _charged_with() and toks[1][0].removeprefix("\u0627\u0644")[:3] == "\u0645\u0643\u0644"
                 and toks[2][0][:1] == "\u0628" or toks[1][0] in _charged_with() and toks[2][0] == _f("على")):
        end = 3 if toks[2][0][:1] == "\u0628" and toks[2][0] != "\u0628" else 2
        return toks[0][1], toks[end - 1][2], False  # أكدت اللجنة المكلفة بالتحقق في قضية الطالبة فلانة، مصادر
        # مطلعة على كواليس النادي: the body or source speaks; the names after it belong to its task
    if (outlet := _outlet_name(toks)) is not None:
        return toks[0][1], toks[outlet - 1][2], False  # وقال موقع الأوديتي سنترال الأمريكي: the outlet, named whole
    if (kin := _kin_run(toks)) is not None:
        return toks[0][1], toks[kin - 1][2], False  # وقال والد الشهيد فلان: the father speaks, the name is his son's
    name = _name_in(toks)
    if name and name[0] == toks[0][1] and toks[0][0] in _communiques():
        name = None  # بلاغ لوزارة الداخلية: a statement, no name; its issuer follows
    if name and CODE_NUMBER_RE.match(folded, name[1]):
        name = None  # الرحلة الماليزية ام اتش 370، طائرات اف 16: a model's or a flight's letters, then its number
    if name and len(toks) > 1 and name[0] == toks[1][1] and _in_charge().get(toks[0][0]) == toks[1][0].removesuffix(NAME_SENTINEL):
        name = None  # المشرف على المشروع: the preposition, never the name علي
    if k == 1 and len(toks) > 1 and toks[1][0] in _object_prepositions() and name and name[0] >= toks[1][2] \
            and not toks[0][0].startswith("\u0627\u0644\u0645") and not _nisba(toks[0][0]):
        return toks[0][1], toks[0][2], False  # كشف اللقاء عن عقلية فذة، ومنطق دقيق: a plain noun (not an agent in
        # الم-: المكلف بالاتصال لدى شركة فلان), then the verb's object; names past it belong to the object
    if k == 1 and name and name[0] == toks[1][1] and not _plausible_start(toks[1][0]) and not _institution_head(toks[0][0]) \
            and not _nationality_then_name(toks, name) and not _article_first_name(toks, 1):  # (السياسي | الطاهر بن حسين)
        return toks[0][1], toks[0][2], True  # وذكر الخلف تفاصيل كفاحه: a surname, then the verb's object
    if name and toks[0][0] in _institutions() and toks[0][0] not in _anonymous():
        offices = [t for t in toks if t[2] <= name[0] and _office(t[0])]
        stop = next((k for k, t in enumerate(toks) if k and t[0] in _stops()), len(toks))
        if offices and stop < len(toks) and toks[stop][1] < offices[0][1] and toks[0][0] not in _sources() \
                and toks[stop - 1][0] not in _issued():
            return toks[0][1], toks[stop - 1][2], False  # أوضحت جامعة تبوك | من خلال بيان أصدره المتحدث فلان:
            # the office and its holder are inside an adverbial, the body speaks
        if offices and offices[0][1] > toks[0][2]:  # مكتب رئيس الوزراء التركي أحمد داود أوغلو: the office speaks
            last = max(k for k, t in enumerate(toks) if t[2] <= name[0])
            return toks[0][1], toks[last][2], False
    if name and _campaign_of(toks, name[0]):
        return toks[0][1], name[1], False  # أعلن فريق حملة دونالد ترامب: the campaign speaks, named after its candidate
    if name and _person_in_body(toks, name[0]):
        return toks[0][1], name[1], False  # قالت القوات الموالية لحكومة الرئيس فلان: the forces speak
    if name:
        return name[0], _before_addressee(folded, toks, name), True
    desc: list[tuple[str, int, int]] = []
    quoted = False
    for k, tok in enumerate(toks):
        if tok[0] in QUOTE_CHARS and desc:
            quoted = not quoted
            continue  # وكالة "الأناضول" للأنباء
        if quoted and tok[0] not in SEPARATORS:
            desc.append(tok)  # صحيفة "الديلي ميل": the quoted name goes on, whatever its words
            continue
        if desc and toks[k - 1][0] in QUOTE_CHARS and any(_definite(d[0]) for d in desc) and not _definite(tok[0]) \
                and tok[0] not in QUOTE_CHARS and tok[0] not in SEPARATORS and tok[0] != _f("غير") \
                and not _glued_particle(tok[0]) and not _indefinite_nisba(tok[0]) and not _is_title(tok[0]) \
                and tok[0] not in _function_words() and tok[0] not in _stops() and len(tok[0]) > 2:
            break  # دار النشر البريطانية "بيرسون" | بيع مجموعة: a bare noun after the quoted name is the verb's object
        if desc and toks[k - 1][0] in QUOTE_CHARS and len(tok[0]) == 6 and tok[0].startswith("\u0627\u0644\u0627") \
                and k + 1 < len(toks) and WORD_RE.fullmatch(toks[k + 1][0]) and not _definite(toks[k + 1][0]) \
                and toks[k + 1][0] not in _stops():
            break  # صحيفة "بليك" | الأوسع انتشارا: an elative with its measure describes the quoted name
        if tok[0] in _member_of() and _unnamed_person(desc) and _body_after(toks, k + 1):
            more = [tok, toks[k + 1]]
            for t in toks[k + 2:k + 2 + MAX_BODY_WORDS]:
                if more[-1][0] in _royal() and _is_name_token(t[0]) and not _is_title(t[0]) and t[0] not in _stops():
                    more.append(t)  # مصدر في مستشفى الملك فهد، مسؤول في جامعة الملك سعود: the king the body is named after
                    continue
                if not (_definite(t[0]) or link_place(t[0]) is not None) or t[0] in _stops() or t[0] in _periods() \
                        or t[0] in _time_leads():
                    break
                more.append(t)  # (في رئاسة الائتلاف الوطني السوري، في العاصمة صنعاء: its adjectives, a town named)
            more.extend(toks[k + len(more):_place_of_body(toks, k + len(more))])
            desc.extend(more)  # عضو في المجلس الرئاسي، مصدر في الشرطة، باحث في أكاديمية العلوم
            break
        if len(desc) == 1 and tok[0] == _f("في") and desc[0][0].removeprefix("\u0627\u0644") in _members() \
                and desc[0][0].startswith("\u0627\u0644") and _body_after(toks, k + 1) and _definite(toks[k + 1][0]):
            desc.extend(takewhile(lambda t: _definite(t[0]) and t[0] not in _stops() and t[0] not in _periods(),
                                  toks[k + 1:k + 1 + MAX_BODY_WORDS]))
            desc.insert(1, tok)
            break  # القيادي في الجبهة: the body a member belongs to, to find the one named with it before
        if tok[0] == "\u0645\u0646" and desc and desc[0][0] in _quantifiers() and k + 1 < len(toks):
            more = k + 2 < len(toks) and (_joined_plural(toks[k + 2][0]) or not _definite(toks[k + 1][0])
                                          and toks[k + 2][0].startswith("\u0627\u0644")
                                          or _definite(toks[k + 1][0]) and _nisba(toks[k + 2][0])
                                          and toks[k + 2][0] not in _stops())
            region = k + 3 < len(toks) and not _definite(toks[k + 1][0]) \
                and not _definite(toks[k + 2][0]) and _institution_head(toks[k + 2][0]) \
                and (_is_name_token(toks[k + 3][0]) or _definite(toks[k + 3][0])) and toks[k + 3][0] not in _stops()
            chain = None if _definite(toks[k + 1][0]) else _group_noun_end(toks, k + 1)
            end = max(k + 4 if region else k + 3 if more else k + 2, chain or 0)
            while more and end < min(len(toks), k + 5) and _definite(toks[end][0]) and _nisba(toks[end][0]) \
                    and toks[end][0].endswith(PLURAL_NISBA) and toks[end][0] not in _stops():
                end += 1  # عدد من المحللين السياسيين | اليمنيين: their nationality after their field
            desc.extend(toks[k:end])  # عدد كبير من اليمنيين، العديد من المواطنين والمقيمين،
            # العديد من إدارات الفنادق (a noun in construct, then its complement), عدد من القيادات الأمنية (a definite
            # noun, then its relative adjective), عدد من مواطني منطقة عسير (a noun in construct with a named region)
            break
        if tok[0] == "\u0639\u0646" and desc and desc[-1][0] in _issued() and k + 1 < len(toks):
            end = _quoted_end(toks, k + 1)
            if end == k + 2 and end < len(toks) and not _definite(toks[k + 1][0]) and _definite(toks[end][0]) \
                    and toks[k + 1][0] not in _function_words() and toks[end][0] not in _stops() and len(toks[k + 1][0]) > 2:
                end += 1  # التقارير الصادرة عن ميزانية | الشركة: the issuer in construct with its complement
            if end > k + 2 or end == k + 2 and _definite(toks[k + 1][0]) and toks[k + 1][0].startswith("\u0627\u0644"):
                adjectives = end + MAX_ISSUER_ADJECTIVES
                while end < min(len(toks), adjectives) and toks[end][0].startswith("\u0627\u0644") and _definite(toks[end][0]) \
                        and toks[end][0] not in _stops() and toks[end][0] not in _time_leads() and toks[end][0] not in _periods():
                    end += 1  # بيان صادر عن قيادة الجيش | اللبناني، تقرير صادر عن الأمم | المتحدة، عن البنك | الدولي: the
                    # issuer's adjective (or its complement's), never a time (عن البنك الدولي | الإثنين)
                if _institution_head(toks[k + 1][0]) and end < len(toks) and toks[end][0].startswith("\u0644\u0644") \
                        and len(toks[end][0]) >= 5 and toks[end][0] not in _stops():
                    end = _field_end(toks, end + 1)  # تقارير صادرة عن المؤسسة العامة | للتدريب التقني والمهني: the
                    # body's field completes its name
            desc.extend(toks[k:end])  # بيان صادر عن المقاومة، الإحصائيات الصادرة عن «ساما»
            break
        if tok[0] in (_f("عن"), _f("على")) and len(desc) >= 2 and _institution_head(desc[0][0]) \
                and desc[-1][0].startswith("\u0644\u0644") and k + 1 < len(toks) and toks[k + 1][0] not in _stops():
            desc.extend(toks[k:k + 2])  # جماعة ... للدفاع عن حقوق الإنسان، المراكز ... للسيطرة على الأمراض:
            desc.extend(takewhile(lambda t: t[0].startswith("\u0627\u0644") and t[0] not in _stops(),
                                            toks[k + 2:k + 4]))  # the body's aim completes its name
            break
        if len(desc) == 1 and tok[0].removesuffix(NAME_SENTINEL) == _in_charge().get(desc[0][0]) and k + 1 < len(toks) \
                and (toks[k + 1][0].startswith("\u0627\u0644") or _institution_head(toks[k + 1][0]) and k + 2 < len(toks)
                     and toks[k + 2][0].startswith("\u0627\u0644")) and toks[k + 1][0] not in _stops():
            desc.extend(toks[k:k + 2])  # القائمون على الدراسة، المسؤولون عن الحملة: those in charge, unnamed, with
            desc.extend(takewhile(lambda t: t[0].startswith("\u0627\u0644") and t[0] not in _stops()  # what they run
                                  and t[0] not in _periods() and t[0] not in _time_leads(), toks[k + 2:k + 4]))
            break  # (النائب عن حركة النهضة: a body in construct, then its name)
        if len(desc) >= 2 and tok[0] in _affiliations() and k + 1 < len(toks) \
                and (toks[k + 1][0] in ("\u0645\u0646", _f("إلى")) or toks[k + 1][0][:1] == "\u0644"):
            break  # نادي فلان | المنتمي لدوري ...، صحيفة "سبورت" الإسبانية | المقربة من النادي، حزب آفاق تونس | المنتمي
            # إلى الائتلاف: what it belongs to
        if desc and tok[0] == "\u0645\u0646" and k + 2 < len(toks) and toks[k + 1][0] == _f("أجل") \
                and _definite(toks[k + 2][0]) and _institution_head(desc[0][0]) and len(desc) <= 3:
            desc.extend(toks[k:_field_end(toks, k + 2)])  # حزب المؤتمر من أجل الجمهورية، التكتل من أجل العمل
            break  # والحريات: what the body stands for ends its name
        if _press_guild(desc, toks, k):
            desc.append(tok)  # النقابة الوطنية للصحفيين التونسيين: the journalists are the union's members, not addressed
            continue
        if desc and tok[0] in _what() and not (k + 1 < len(toks) and (toks[k + 1][0] in _so_called()
                                                                       or toks[k + 1][0] in _known_as())):
            break  # نفى الوزير ما يتم تداوله، أكد فلان ما ذكرته الصحيفة: what is denied or confirmed, the object (not
            # ما يسمى، ما يعرف ب: the so-called body named after it)
        if len(desc) == 1 and _definite(desc[0][0]) and not desc[0][0].endswith(PLURAL_T) and not _is_title(desc[0][0]) \
                and not _office(desc[0][0]) and _definite(tok[0]) and _definite_plural(tok[0]):
            break  # نفى الأسد الاتهامات، رفض العمري الانتقادات: a definite plural in ات after a one-word subject is the
            # object (an adjective in ات follows only a plural in ات: الطالبات المتفوقات)
        if tok[0] in _stops() or tok[0] in SEPARATORS or tok[0] in _relatives() or (len(tok[0]) >= 5 and tok[0].endswith(OWNED_NOUN_ENDINGS)) \
                or desc and tok[0][:1] == "\u0648" and tok[0][1:] in _relatives() \
                or _day_before_yesterday(toks[k:]) \
                or _circumstantial(tok[0]) or (desc and desc[0][0].removeprefix("\u0627\u0644") in _anonymous() and (
                    tok[0].startswith("\u0644\u0644") and not _spokesman_field(desc, tok[0]) or tok[0][:1] == "\u0644" and (
                        tok[0][1:] in _media() or tok[0][1:].removesuffix("\u0646\u0627") in _media()
                        or tok[0][1:].removesuffix("\u062a\u0646\u0627") in _media()))):
            break  # مصدر عسكري | للإذاعة، المصدر المسؤول | لمراسلتنا: the addressee of an unnamed source
        if desc and _addressed_medium(folded, tok[0]) or _addressed_after_surname(folded, desc, tok[0]):
            break  # مصدر عسكري آخر | لفرانس برس: the agency spoken to ends any description
        if len(desc) == 1 and not _definite(desc[0][0]) and tok[0][:1] == "\u064a" and 4 <= len(tok[0]) <= 5 \
                and tok[0] not in _first_names() and nisba_country(tok[0]) is None:
            break  # مسعف | يعمل في هيئة الإسعاف: a clause about the one described (but مصادر يمنية: a nisba in ي)
        if desc and (tok[0] in _describing_verbs() and not _definite(desc[0][0]) or _verb_before_adam(toks, k)):
            break  # تحليل اقتصادي | صدر أمس، تقرير | نشرته الوكالة، مسؤول | طلب عدم نشر اسمه: a clause about the source
        if desc and desc[-1][0] in _royal() and _is_name_token(tok[0]):
            desc.append(tok)  # مدينة الملك عبد العزيز للعلوم: a body named after a king
            continue
        if len(desc) == 1 and _is_title(desc[0][0]) and not _institution_head(desc[0][0]) \
                and tok[0][:1] == "\u0644" and tok[0][1:] in _institutions():
            break  # اللاعب | لبرنامج رياضي: the programme he spoke to
        if desc and (tok[0] in _demonstratives() or tok[0] in (_f("أي"), _f("أية"))) and not _named_next(desc):
            break  # نفى حارس المدرسة ذلك، لم يؤكد المتحدث أي معلومات: the object
        if len(desc) >= 2 and _field_of_body(desc[-1][0]) and tok[0].startswith("\u0627\u0644") \
                and not _adjective_after(tok[0]) and not _feminine_adjective_of(desc[-1][0], tok[0]):
            break  # دعت المديرية العامة للجوازات | الأخوة اليمنيين: a definite noun after the body's field is the object
        if len(desc) >= 2 and not _definite(desc[-1][0]) and _indefinite_nisba(desc[-1][0]) and not _definite(tok[0]) \
                and desc[-1][0][:1] not in "\u0628\u0644\u0648" and not _indefinite_nisba(tok[0]) and not _is_title(tok[0]) \
                and tok[0] not in QUOTE_CHARS and tok[0][:1] not in "\u0628\u0644" and len(tok[0]) > 3 \
                and k + 1 < len(toks) and toks[k + 1][0] not in _stops() and toks[k + 1][0] not in SEPARATORS \
                and toks[k + 1][0] not in _time_leads():
            break  # محللون سياسيون أردنيون | تصرفات نائب الرئيس: the object after the adjectives
        if desc and tok[0] in _periods() and k + 1 < len(toks) and toks[k + 1][0] in _directions():
            break  # وزارة الدفاع الجزائرية | الأسبوع الماضي
        if desc and tok[0] in _period_parts() and k + 1 < len(toks) and toks[k + 1][0] in _periods():
            break  # واشنطن | نهاية الأسبوع الماضي، موسكو | مطلع الشهر الجاري
        if desc and _office(tok[0]) and tok[0] not in _adjectives() and len(desc) <= 3 \
                and not any(_is_title(d[0]) or _office(d[0]) for d in desc) \
                and (any(d[0].removesuffix(NAME_SENTINEL) in _first_names() or _definite(d[0]) for d in desc[:1])
                     or len(desc) == 2 and k == 2 and all(_is_name_token(d[0]) for d in desc)) \
                and all(d[0] not in SEPARATORS for d in desc) and not _institution_head(desc[0][0]):
            return desc[0][1], desc[-1][2], True  # التيجاني القماطي المدير العام: a name, then its office
        if tok[0] == _f("غير") and desc and k + 1 < len(toks) and _definite(toks[k + 1][0]):
            desc.append(tok)  # جهاز الكسب غير المشروع
            continue
        if desc and _definite(desc[-1][0]) and tok[0] in _object_quantifiers():
            break  # نفت إدارة نادي الشباب | جميع الأنباء المتداولة: a quantifier opens the object (after its noun,
            # كافة stays: الجهات كافة)
        if desc and _definite(desc[-1][0]) and tok[0] in _object_heads():
            break  # نفت المصادر | وجود خلافات، أكدت الوزارة | عدم صحة: the verbal noun heads the object (وجود opens
            # on و, which the rule below leaves alone)
        if desc and _definite(desc[-1][0]) and not _definite(tok[0]) and not _is_title(tok[0]) \
                and not _glued_particle(tok[0]) and tok[0] not in QUOTE_CHARS \
                and tok[0] not in _function_words() and len(tok[0]) > 2:
            break  # الوزارة | احتواء الترميز، وزارة التجارة والصناعة | بدء تطبيق: a bare noun after a definite subject
            # is its object
        desc.append(tok)
    if len(desc) > 1 and desc[-1][0] in _issued() and _definite(desc[-1][0]):
        desc.pop()  # التقرير السنوي لمؤسسة النقد | الصادر مؤخرا: the report, without when it came out
    if len(desc) > 1 and desc[-1][0] == "\u0648":
        desc.pop()  # القناة السابعة | و(موقع المستوطنين): a conjunction typed apart, before what it joins
    if desc:
        return desc[0][1], desc[-1][2], False
    return None


def _glued_particle(tok: str) -> bool:
    """The word opens on ب، ل or و, glued to a word of its own (بالرياض، بجدة، لمكة، والشركة) or opening a name
    (بوتفليقة، بيكر هيوز، لعمور), not on the first letter of a common noun (بدء، بيع: البدء، البيع in the news)."""
    return tok[:1] in "\u0628\u0644\u0648" and not (tok[:1] == "\u0628" and _common_noun(tok) and not _common_noun(tok[1:]))


def _met_before(folded: str, word: str, at: int) -> bool:
    """``word`` stands whole earlier in the text, right after another word (دكتور أندرو رايت، ... ويعتقد رايت): a
    family name met with the first name before it, not a verb opening words."""
    return re.compile(f"[{AR}] {re.escape(word)}(?![{AR}])").search(folded, 0, at) is not None


@cache
def _verb_particles() -> frozenset[str]:
    """Particles that only a verb follows (لم، لن، قد) and the negation لا before one."""
    return frozenset(_f(w) for w in ("لم", "لن", "قد", "لا"))


def _clause_verb_at(toks: list[tuple[str, int, int]], k: int) -> bool:
    """The word at ``k`` (not the first) is a verb opening the words or a clause of their own: a plain verb, or a
    verb form after لم، لن، قد، لا (لم تسمها), and neither a relative's (ما يعرف) nor one a name word may carry as its
    family name (وارن تراس: a word the news never writes with the article before it)."""
    prev, tok = toks[k - 1][0], toks[k][0]
    if prev in _what() or prev in _relatives():
        return False
    if prev.removeprefix("\u0648") in _verb_particles():
        return tok in _verb_forms()
    return _plain_verb(tok) and not (_is_name_token(prev) and not _common_noun(prev))


@cache
def _object_quantifiers() -> frozenset[str]:
    """Quantifiers before the noun they count (جميع الأنباء، كل الاتهامات، معظم الأسر): after a definite subject, the
    verb's object begins."""
    return frozenset(_f(w) for w in ("جميع", "كل", "معظم", "مختلف", "شتى"))


PLURAL_T = "\u0627\u062a"  # ات, the sound feminine plural


def _field_end(toks: list[tuple[str, int, int]], k: int) -> int:
    """The end of a body's field's adjectives from ``k`` (للتدريب | التقني والمهني), joined by و or not."""
    while k < len(toks) and _definite(toks[k][0].removeprefix("\u0648")) \
            and toks[k][0].removeprefix("\u0648").startswith("\u0627\u0644") and toks[k][0] not in _stops() \
            and toks[k][0] not in _time_leads() and toks[k][0] not in _periods():
        k += 1
    return k


MAX_ISSUER_ADJECTIVES = 1  # بيان صادر عن قيادة الجيش اللبناني: the adjective of the issuer's complement


def _quoted_end(toks: list[tuple[str, int, int]], k: int, longest: int = 6) -> int:
    """The end of the word at ``k``, or of the quoted name it opens (عن | «ساما»، عن | "الهيئة العامة للإحصاء"):
    past its closing mark when one comes within ``longest`` words, so that no name is cut at its mark."""
    if toks[k][0] not in QUOTE_CHARS:
        return k + 1
    close = next((m for m in range(k + 2, min(len(toks), k + 2 + longest)) if toks[m][0] in QUOTE_CHARS), None)
    return close + 1 if close is not None else k + 1


def _addressed_after_surname(folded: str, desc: list[tuple[str, int, int]], tok: str) -> bool:
    """العمّاري | للجوهرة أف أم، الحمدي | لموزاييك: a word with ل glued after a lone family name is the one spoken
    to; a family name takes no complement (but المؤيدون للقرار: a plural participle does). A word the text also
    writes after another word is the second part of the name (الخضر لصور ... وأشار لصور)."""
    return len(desc) == 1 and _surname(desc[0][0]) and not desc[0][0].endswith(PLURAL_NOMINATIVE) \
        and tok[:1] == "\u0644" and len(tok) >= ADDRESSEE_MIN_LEN and tok not in _stops() \
        and all(w == desc[0][0] for w in _words_before(folded, tok))


def _named_next(desc: list[tuple[str, int, int]]) -> bool:
    """A bare indefinite institution head alone (صحيفة، قناة) is in construct with its name: the word after it
    begins that name (صحيفة إيه بولا: إيه folds like أية "any", but no object follows a noun in construct)."""
    return len(desc) == 1 and not _definite(desc[0][0]) and _institution_head(desc[0][0])


def _addressed_then_subject(toks: list[tuple[str, int, int]]) -> bool:
    """A first or plural person addressed (لي، لنا، لهم) right after the verb, then a subject that opens on a
    definite word, a title or أحد (وقال لنا مدير المدرسة، قال لي أحد كبار الدعاة); an adverb after it (قال لي حرفيا،
    قالت لها بفخر) is no subject, so the pronoun stays and the speaker is the last one."""
    if len(toks) < 2 or toks[0][0] not in _addressed_pronouns():
        return False
    nxt = toks[1][0]
    return (_definite(nxt) or _is_title(nxt) or _office(nxt) or nxt in (_f("أحد"), _f("إحدى"))) and not _circumstantial(nxt)


@cache
def _addressed_pronouns() -> frozenset[str]:
    return frozenset(_f(w) for w in ("لي", "لنا", "لهم", "لهما", "لك", "لكم"))


def _blessing_alone(folded: str, start: int, end: int) -> bool:
    """The subject region opens on a blessing formula with no name before it (وقال صلى الله عليه وسلم: …): a
    saying of the Prophet cited within someone's words, who goes on speaking after it."""
    toks = _region_tokens(folded, start, end)
    return any(tuple(t[0] for t in toks[:len(p)]) == p for p in _blessing_phrases())


def _blessed_before(folded: str, start: int, toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """A subject that is a blessing formula alone (ويقول صلى الله عليه وسلم: …) stands for the one it followed
    last in the text (قال رسول الله صلى الله عليه وسلم، النبي عليه الصلاة والسلام): his folded span, else None."""
    phrase = next((p for p in _blessing_phrases() if tuple(t[0] for t in toks[:len(p)]) == p), None)
    if phrase is None:
        return None
    for m in reversed(list(re.finditer(r"(?<![\w])" + r"\s+".join(map(re.escape, phrase)) + r"(?![\w])", folded[:start]))):
        words = list(WORD_RE.finditer(folded, max(0, m.start() - 30), m.start()))
        if len(words) >= 2 and words[-1].group() == ALLAH and words[-2].group().removeprefix("\u0648") == _f("رسول"):
            return words[-2].start() + (1 if words[-2].group()[:1] == "\u0648" else 0), words[-1].end()
        if words and _definite(words[-1].group()) and words[-1].group() != ALLAH:
            return words[-1].start(), words[-1].end()  # النبي، الرسول، المصطفى
    return None


def _nationality_then_name(toks: list[tuple[str, int, int]], name: tuple[int, int]) -> bool:
    """A country's nisba standing as a noun (الألماني، الإسباني: "the German") before a name run of two words or
    more that closes the subject or meets an apposition (an office, a comma) or an addressee glued to ل (أوضح
    الكاميروني أمينو بوبا لإدارة النادي أنه): the nisba introduces the name, it is no family name with an object
    after it (قال الألماني بير ميرتساكر مدافع أرسنال إن). A one-word name does so only when the subject ends on it
    or such an addressee follows (قال الإسباني مارتينيز للصحفيين إن), never before an object (وأوضح المصري خطورة
    الوضع)."""
    if nisba_country(toks[0][0]) is None:
        return False
    after = next((k for k, t in enumerate(toks) if t[1] >= name[1]), len(toks))
    if after - 1 < 1:
        return False
    nxt = toks[after][0] if after < len(toks) else ""
    addressee = nxt[:1] == "\u0644" and len(nxt) >= 4
    if after - 1 == 1:
        return not nxt or nxt in SEPARATORS or addressee
    return not nxt or nxt in SEPARATORS or _office(nxt) or nxt in _stops() or addressee


def _addressed_person(tok: str, nxt: str) -> bool:
    """ل glued to a person spoken to, with his pronoun (لزملائه، لصديقته، لمحاميها) or before من (لعدد من
    المقربين منه): the addressee, neither the speaker nor part of his name."""
    if tok[:1] != "\u0644" or tok.startswith("\u0644\u0644") or len(tok) < 4 or _is_title(tok) \
            or tok.removesuffix(NAME_SENTINEL) in _first_names():
        return False
    return nxt == "\u0645\u0646" or len(tok) >= 6 and tok.endswith(("\u0647", *PRONOUN_SUFFIXES)) \
        and not tok.endswith(("\u0627\u0647", "\u0648\u0647"))  # (not لمياه: a plural in اه)


def _before_addressee(folded: str, toks: list[tuple[str, int, int]], name: tuple[int, int]) -> int:
    """The end of a name run cut before a medium it speaks to (قائد الشرطة سيف | لفرانس برس)."""
    inside = [t for t in toks if name[0] <= t[1] and t[2] <= name[1]]
    for a, b in pairwise(inside):
        nxt = next((t[0] for t in toks if t[1] > b[1]), "")
        if _addressed_medium(folded, b[0]) or _addressed_person(b[0], nxt):
            return a[2]
    return name[1]


@lru_cache(maxsize=WORD_CACHE)
def _prepositional_object(tok: str) -> bool:
    """A word glued to a preposition that opens the verb's object, never its subject: ب/ل with the article
    (بالجميع، للمواطنين), or ب with a verbal noun (بوقوع، بحضور، بمشاركة)."""
    if tok.removesuffix(NAME_SENTINEL) in _first_names() or len(tok) < 5:
        return False
    if tok.startswith(("\u0628\u0627\u0644", "\u0644\u0644")):
        return True
    rest = tok[1:]
    return tok[:1] == "\u0628" and (len(rest) == 4 and rest[2] == "\u0648" or rest[:1] == "\u0645" and len(rest) >= 5)


def _last_period(toks: list[tuple[str, int, int]]) -> bool:
    """A period and its direction open the tokens (وأكد الأسبوع الماضي أن، الشهر الفارط): a time, not the subject."""
    return len(toks) > 1 and toks[0][0] in _periods() and toks[1][0] in _directions()


def _day_before_yesterday(toks: list[tuple[str, int, int]]) -> bool:
    """أول أمس or أمس الأول (the day before yesterday) opens the tokens: a time, not the subject's start."""
    return len(toks) > 1 and ((toks[0][0], toks[1][0]) in ((_f("أول"), _f("أمس")), (_f("أمس"), _f("الأول"))))


@cache
def _then_adverbs() -> frozenset[str]:
    """Adverbs of past time that may stand between a verb and its subject (وأوضحت حينها إدارة الوحدة)."""
    return frozenset(_f(w) for w in ("حينها", "وقتها", "آنذاك", "حينذاك", "يومها", "ساعتها"))


@cache
def _per_cent() -> frozenset[str]:
    return frozenset(_f(w) for w in ("بالمئة", "بالمائة", "المئة", "المائة", "بالمية"))


def _share(folded: str, start: int, toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """A number or a share of a group as the subject (17% من المشاركين في الاستطلاع، 40 في المئة
    من السكان، واحد من كل 14 من الرجال): surveys report what part of those asked said."""
    n = len(toks)
    lead = folded[start:toks[0][1]]
    digit = re.search(r"\d", lead)
    if digit:
        k, first = 0, start + digit.start()
        if k + 1 < n and toks[k][0] == _f("في") and toks[k + 1][0] in _per_cent():
            k += 2
        elif toks[k][0] in _per_cent():
            k += 1
        if k and (k >= n or toks[k][0] != _f("من")):
            return first, toks[k - 1][2]  # قال 27 في المئة إنهم: the share alone
        if k < n and toks[k][0] == _f("ممن"):
            cut = min(n, k + 4, next((e for e in range(k, n) if toks[e][0] in SEPARATORS), n))
            return first, toks[cut - 1][2]  # قال 56 ممن شملهم الاستطلاع
    elif n >= 3 and toks[0][0] in (_f("واحد"), _f("واحدة")) and toks[1][0] == _f("من") and toks[2][0] == _f("كل"):
        k, first = 3, toks[0][1]
    else:
        return None
    if k + 1 >= n or toks[k][0] != _f("من") or not _definite(toks[k + 1][0]) or _is_title(toks[k + 1][0]):
        return None
    e = k + 2
    while e < n and _definite(toks[e][0]) and not _is_title(toks[e][0]) and toks[e][0] not in _time_leads() \
            and toks[e][0] not in _stops():
        e += 1  # الرجال المشاركين
    if e + 1 < n and toks[e][0] in (_f("في"), _f("من")) and _definite(toks[e + 1][0]) \
            and toks[e + 1][0].removeprefix("\u0627\u0644") not in _occasions() and toks[e + 1][0] not in _time_leads():
        e += 2  # في الاستطلاع
    return first, toks[e - 1][2]


def _related(words: list[str]) -> bool:
    """A noun with a possessive pronoun (قريبها، محاميهم) before a name of two words or more:
    the relation of the one the news is about, a title of the speaker."""
    return len(words) >= 3 and len(words[0]) >= 5 and words[0].endswith(POSSESSIVE_ENDINGS) \
        and words[0].removesuffix(NAME_SENTINEL) not in _first_names() and _plausible_start(words[1])


def _quoted_whole(toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The span of a quoted name of two to four words that is the whole subject (أوضحت “ولاية خراسان” أن), or of
    one to four after a relative with his pronoun (قالت زوجته "فاطمة عدنان" إن: her name): the name itself, not
    None nor the kin word; a dash may join its parts and a comma follow it (اعتبر "حزب التحرير - تونس"، أن). One word
    alone is the family-name rule's (وقال «اليوسفي»)."""
    k = 1 if toks and toks[0][0] not in QUOTE_CHARS and _kin_with_pronoun(toks[0][0]) else 0
    if toks and toks[-1][0] in (ARABIC_COMMA, ","):
        toks = toks[:-1]  # اعتبر "حزب التحرير - تونس"، أن: the comma after the closing mark
    inner = toks[k + 1:-1]
    words = [t for t in inner if t[0] != "-"]  # حزب التحرير - تونس: a dash between the name's parts
    if len(toks) - k < 3 or toks[k][0] not in QUOTE_CHARS or toks[-1][0] not in QUOTE_CHARS \
            or not 2 - k <= len(words) <= 4 or not all(WORD_RE.fullmatch(t[0]) for t in words) \
            or inner[0][0] in _stops() or inner[-1][0] == "-" \
            or _is_title(inner[0][0]) and not _institution_head(inner[0][0]):  # وأوضح "الدكتور فلان" أن: the title is peeled after
        return None
    return inner[0][1], inner[-1][2]


def _kin_with_pronoun(tok: str) -> bool:
    """A relative with a possessive pronoun (زوجته، والدها، شقيقهم): whose name may follow in quote marks. With
    ه only after a feminine ت (زوجته، والدته): folded, والده is also والدة, the mother of the one quoted after."""
    for suffix in ("\u0647", "\u0647\u0627", "\u0647\u0645"):  # ه، ها، هم
        stem = tok.removesuffix(suffix)
        if stem == tok or suffix == "\u0647" and not stem.endswith("\u062a"):
            continue
        if stem in _kin() or stem == _f("ابن") or stem.endswith("\u062a") and stem[:-1] + "\u0647" in _kin():
            return True  # زوجت+ه: زوجة
    return False


@cache
def _own_sides() -> frozenset[str]:
    """جهته، جانبها: after من, "for his (her, their) part"."""
    return frozenset(_f(w + p) for w in ("جهت", "جانب") for p in ("ه", "ها", "هم", "هما"))


@cache
def _outlets() -> frozenset[str]:
    """Heads of an outlet's name (صحيفة الديلي ميل، موقع الأوديتي سنترال)."""
    return frozenset(_f(w) for w in ("صحيفة", "موقع", "قناة", "مجلة", "جريدة", "وكالة", "إذاعة", "شبكة", "تلفزيون",
                                     "راديو"))


def _outlet_name(toks: list[tuple[str, int, int]]) -> int | None:
    """The end of an outlet's foreign name written with the article on its first word (صحيفة الديلي ميل
    البريطانية، موقع الأوديتي سنترال الأمريكي): a bare name word after it goes on with the name, and so do nisbas
    after it; none of its words is a person's name."""
    if len(toks) < 3 or toks[0][0] not in _outlets() or not _definite(toks[1][0]) \
            or _is_title(toks[1][0]) or _office(toks[1][0]) or toks[1][0] in _stops():
        return None
    k = 2
    while k < min(len(toks), 4) and _is_name_token(toks[k][0]) and toks[k][0] not in _first_names():
        k += 1
    if k == 2:
        return None
    while k < len(toks) and _definite(toks[k][0]) and _nisba(toks[k][0]) and toks[k][0] not in _stops():
        k += 1
    if k < len(toks) and toks[k][0] not in SEPARATORS and toks[k][0] not in _stops() and toks[k][0] not in _time_leads():
        return None  # قناة البي بي سي: the name goes on past the words read, the rules after read it
    return k


def _kin_run(toks: list[tuple[str, int, int]], agent: bool = False) -> int | None:
    """The end index of a relative's description opening ``toks`` (والد الطفلة سارة فهد العتيبي), when a
    kinship head, then titles or article-words, then a name run come with no comma between (والد الشهيد،
    سالم العنزي: the father's own name). The name may follow the head at once (زوجة قيس بن علي) or after one
    construct noun and its article-words (والدة راكب الأمواج الأسترالي فلان), unless a comma then gives the
    relative's own name (زوجة وليد زروق، إيناس بن عثمان). A player's business agent reads the same (``agent``)."""
    if len(toks) > 3 and toks[0][0] in (_f("وكيل"), _f("وكيلة")) and toks[1][0] == _f("أعمال"):
        end = _kin_run([toks[0], *toks[2:]], agent=True)  # وكيل أعمال اللاعب الدولي فلان: the player's agent
        return end + 1 if end is not None else None
    if len(toks) < 3 or toks[0][0] not in _kin() and not agent:
        return None
    runs = list(_runs(toks[1:8]))
    if len(runs) > 1 and runs[0][0] == 0 and _definite(toks[runs[0][1]][0]) and runs[0][1] + 1 < len(toks) \
            and _definite(toks[runs[0][1] + 1][0]):
        runs = runs[1:]  # راكب الأمواج | الأسترالي: a construct noun and its article-words, no name
    run = runs[0] if runs else None
    if run is None or any(t[0] in SEPARATORS for t in toks[1:run[0] + 1]):
        return None
    lead = toks[1:run[0] + 1]
    if lead and not _definite(lead[0][0]) and lead[0][0] in _kin():
        return None  # والدة زوجة فلان: a relative's relative, read by the other rules
    name = [t[0] for t in toks[run[0] + 1:run[1] + 1]]
    if not name[0][:1].isalpha() or lead and lead[0][0] in _partitives():
        return None  # زوجة أحد البحارة 8 أصيلي الجهة: a number, or one of a group, is no name of the one she is kin to
    if not lead and len(name) >= 3 and _definite(name[-1]) and name[0].removesuffix(NAME_SENTINEL) not in _first_names():
        return None  # والدة فانينغ تشاهد المباراة: an unknown word, then a verb and its object, no name to end on
    if not all(_definite(t[0]) or _is_title(t[0]) for t in lead) \
            and not (len(lead) >= 2 and WORD_RE.fullmatch(lead[0][0]) and lead[0][0] not in _stops()
                     and all(_definite(t[0]) for t in lead[1:])):
        return None  # (but والدة | راكب الأمواج الأسترالي: one construct noun, then its article-words)
    if not lead or not _definite(toks[1][0]):
        after = toks[run[1] + 1:run[1] + 5]
        if len(after) >= 2 and after[0][0] in SEPARATORS and next(iter(_runs(after[1:])), (1,))[0] == 0:
            return None  # زوجة وليد زروق، إيناس بن عثمان: her own name after the comma
    return run[1] + 1


def _person_in_body(toks: list[tuple[str, int, int]], name_start: int) -> bool:
    """A body opens the subject and the name hangs on it through ل (القوات الموالية لحكومة الرئيس فلان، الجيش
    الموالي للرئيس فلان): the body speaks, the person belongs to its description."""
    if not (_definite(toks[0][0]) and _institution_head(toks[0][0]) and not _office(toks[0][0])):
        return False
    before = [t[0] for t in toks[1:] if t[2] <= name_start]
    return any(w[:1] == "\u0644" and (_institution_head(w[1:]) or w.startswith("\u0644\u0644") and _is_title("\u0627" + w[1:]))
               for w in before) and not any(w in SEPARATORS for w in before)


def _campaign_of(toks: list[tuple[str, int, int]], name_start: int) -> bool:
    """حملة (a campaign), alone or after a body's head (فريق حملة), then the candidate's titles and name: the campaign
    is named after the candidate and speaks for itself."""
    before = [t[0] for t in toks if t[2] <= name_start]
    head = 1 if len(before) >= 2 and _institution_head(before[0]) else 0
    return len(before) > head and before[head] in _campaigns() and not any(w in SEPARATORS for w in before)


@cache
def _campaigns() -> frozenset[str]:
    return frozenset(_f(w) for w in ("حملة", "وحملة"))


@cache
def _source_adjectives() -> frozenset[str]:
    """Indefinite adjectives of an unnamed source that are no nisbas (مصدر مطلع، دبلوماسي كبير، مسؤول رفيع)."""
    return frozenset(_f(w) for w in ("مسؤول", "مطلع", "مطلعة", "مطلعون", "رفيع", "كبير", "بارز", "خاص", "خاصة")) \
        | _others()


def _unnamed_person(desc: list[tuple[str, int, int]]) -> bool:
    """An indefinite noun for a person (مصدر، عضو، باحث), bare or with its indefinite adjectives (مصدر أمني،
    محلل آخر، مصادر محلية): the body it belongs to follows (في الشرطة، في مديرية المخا) and is part of the
    description, as annotators write it (مصدر أمني في وزارة الداخلية)."""
    if not 1 <= len(desc) <= 3 or _definite(desc[0][0]) or not all(
            not _definite(d[0]) and (_indefinite_nisba(d[0]) or d[0] in _source_adjectives()) for d in desc[1:]):
        return False
    head = desc[0][0]
    return head in _anonymous() or _accusative_anonymous(head) or head in _members() or _office(head) or (
        _person_title(head) and not _institution_head(head))


def _place_of_body(toks: list[tuple[str, int, int]], m: int) -> int:
    """The end of the place glued to ب after a source's body (مسؤول في السلطة المحلية | بعدن، مصدر في المقاومة |
    بمحافظة صنعاء): the place completes the description; ``m`` when none is there."""
    if m >= len(toks) or toks[m][0][:1] != "\u0628" or len(toks[m][0]) < 4 or toks[m][0] in _stops() \
            or toks[m][0] in _manners():
        return m
    rest = toks[m][0][1:]
    if link_place(rest) is not None:
        return m + 1  # بعدن، بجدة
    if _institution_head(rest) and m + 1 < len(toks) and toks[m + 1][0] not in _stops() \
            and toks[m + 1][0] not in SEPARATORS and link_place(toks[m + 1][0]) is not None:
        return m + 2  # بمحافظة صنعاء، بولاية تكساس
    return m


def _body_after(toks: list[tuple[str, int, int]], k: int) -> bool:
    """A body after في/من/ب: a definite noun (الشرطة) or a noun in construct with one
    (أكاديمية العلوم), not the occasion of the words (في بيان، في المؤتمر الصحفي) nor a time."""
    if k >= len(toks):
        return False
    word = toks[k][0]
    if word in _stops() or word.removeprefix("\u0627\u0644") in _occasions() or word in _periods():
        return False
    if _definite(word):
        return True
    return k + 1 < len(toks) and _definite(toks[k + 1][0]) and toks[k + 1][0] not in _stops() \
        and word not in _function_words() and len(word) > 2


PLACE_FULLER_WORDS = 2  # a word tagged as a place takes a fuller name of a first name and itself at most


def _fuller(folded: str, name_start: int, name_end: int) -> tuple[int, int]:
    """A one-word name's fuller form met after a title elsewhere in the text
    (بوتين -> الرئيس الروسي فلاديمير بوتين، الهاروني -> رئيس المجلس عبد الكريم الهاروني)."""
    word = folded[name_start:name_end]
    if " " in word:
        return name_start, name_end
    for m in re.finditer(f"(?<![{AR}]){re.escape(word)}(?![{AR}])", folded):
        line = max(folded.rfind("\n", 0, m.start()), folded.rfind(".", 0, m.start())) + 1
        window = _region_tokens(folded, max(line, m.start() - 60), m.end())
        if len(window) < 2 or window[-1][2] != m.end():
            continue
        window = window[-6:]
        name = _name_in(window[1:]) if len(window) > 1 else None
        if name and name[1] == m.end() and name[0] < m.start() and not _definite(folded[name[0]:name[1]].split()[0]):
            # (not النجم البرازيلي المخضرم ريفالدو: an adjective, not a first name)
            lead = next((t[0] for t in reversed(window) if t[2] <= name[0]), "")
            first = folded[name[0]:name[1]].split()[0]
            if first[:1] in "\u0644\u0628" and first not in _first_names() and first[1:] in _first_names() \
                    and (len(first) > 5 or _written_alone(folded, first[1:], name[0])):
                name = name[0] + 1, name[1]  # القرار القاسي لمارسيلو بيلسا: ل glued to the first name (but لسعد
                # اليعقوبي: a short name that begins with ل, unless written without it elsewhere)
            if (_is_title(lead) or _nisba(lead) and _nisba_of_person(window, name[0])
                    or lead.removeprefix("\u0627\u0644") in _institutions()):
                if _shared_family(folded, word, folded[name[0]:name[1]].split()):
                    break  # ويل سميث ... ابنه الممثل جادين سميث: the person named before decides
                return name
    return name_start, name_end


def _shared_family(folded: str, word: str, name: Sequence[str]) -> bool:
    """The text gives ``word`` right after a known first name that opens another person's name, no word of ``name``
    (ويل سميث ... ابنه الممثل جادين سميث): a family name two people share, whose lone use a title met elsewhere does
    not decide. (A father's name inside the full name is no other person: محمد صالح العرفاوي، فلان بن محمد الشريف;
    nor a particle or a verb the mined first names hold: كان الجبوري.)"""
    if not name or name[0] not in _first_names():
        return False  # (the fuller form found opens with no first name: no person to set against another)
    for m in re.finditer(f"(?<![{AR}])([{AR}]+) {re.escape(word)}(?![{AR}])", folded):
        other = m.group(1)
        before = WORD_RE.findall(folded, max(0, m.start() - 20), m.start())[-1:]
        if other in _first_names() and other not in name and other not in _ambiguous_names() \
                and other not in _stops() and other not in _function_words() and other not in _verb_words() \
                and not _is_title(other) and not (before and (
                before[0] in _first_names() or before[0] in _name_links() or before[0].startswith(GLUED_NAME_HEADS))):
            return True
    return False


def _nisba_of_person(window: Sequence[tuple[str, int, int]], name_start: int) -> bool:
    """The relative adjective right before a name qualifies a person's title (الرئيس الروسي فلاديمير بوتين، النجم
    البرازيلي فلان), not a thing with its pronoun (وفي تقريرها الشهري رفعت أوبك: the monthly report, then a verb)."""
    before = [t[0] for t in window if t[2] <= name_start]
    k = len(before) - 1
    while k > 0 and _nisba(before[k]):
        k -= 1
    return not (k < len(before) - 1 and len(before[k]) >= 5 and before[k].endswith(PRONOUN_SUFFIXES)
                and not _is_title(before[k]))


def _written_alone(folded: str, word: str, at: int) -> bool:
    """``word`` stands alone somewhere in the text other than at ``at``."""
    return any(m.start() != at + 1 for m in re.finditer(f"(?<![{AR}]){re.escape(word)}(?![{AR}])", folded))


@cache
def _charged_with() -> frozenset[str]:
    """Participles of a body's task or a source's knowledge (اللجنة المكلفة بـ، مصادر مطلعة على): what follows is
    what it is charged with or knows of, never its name."""
    return frozenset(_f(a + w + e) for a in ("", "\u0627\u0644") for w in ("مكلف", "مطلع")
                     for e in ("", "ة", "ون", "ين"))


@cache
def _close_to() -> frozenset[str]:
    """Adjectives of a source close to someone (مصدر مقرب من، مصادر قريبة من)."""
    return frozenset(_f(w + e) for w in ("مقرب", "قريب") for e in ("", "ة", "ون", "ين"))


@cache
def _first_person_views() -> frozenset[str]:
    """A view verb in the first person opening the words, alone before أن (وتابع أعتقد أن، وأضاف نرى أن): the
    speaker's own words, no subject; the last speaker goes on (but the name أشعر ناظم goes on with its words). Also
    with an adverbial before أن (قال أؤكد وبشكل حازم أن): no such verb but أشعر is a name."""
    return frozenset(_f(w) for w in ("أعتقد", "أظن", "أرى", "أتوقع", "أتصور", "أعتبر", "أؤمن", "أشعر", "أجزم",
                                     "نعتقد", "نظن", "نرى", "نتوقع", "نعتبر", "نؤمن", "أؤكد", "نؤكد"))


@cache
def _subordinators() -> frozenset[str]:
    return frozenset(_f(w) for w in ("عندما", "حينما", "لما", "كلما", "إذ", "إذا", "بعدما", "حين", "كما", "مثلما", "كأن"))


@cache
def _directions() -> frozenset[str]:
    return frozenset(_f(w) for w in ("الماضي", "المقبل", "الجاري", "الحالي", "القادم", "المنصرم", "الماضية",
                                     "الفارط", "الفارطة", "المنقضي", "المنقضية"))  # (the last two pairs Tunisian)


@cache
def _object_prepositions() -> frozenset[str]:
    """Prepositions that bring a speech verb's object (كشف عن، أشار إلى، أكد على)."""
    return frozenset(_f(w) for w in ("عن", "إلى", "على"))


@cache
def _from_pronouns() -> frozenset[str]:
    """من with a pronoun right after the verb (التي حذر منها الباحثون): what is warned of, then the subject."""
    return frozenset(_f(w) for w in ("منه", "منها", "منهم", "منهما"))


@cache
def _pronoun_objects() -> frozenset[str]:
    return frozenset(_f(w) for w in ("به", "بها", "بهم", "عنه", "عنها", "فيه", "فيها", "له", "لها", "إليه",
                                     "عنهم", "عنهما", "فيهم",  # قال عنهم المؤرخ فلان: those spoken of, then the subject
                                     "بذلك",  # صرح بذلك الناطق فلان: the news just told, then the subject
                                     "خلاله", "خلالها", "خلالهم", "خلالهما"))  # كلمة أكد خلالها أن، حفل قال خلاله
    # القائد فلان: the occasion spoken at, then the subject (or none: the one who gave the speech)


def _titled_speaker(text: str, folded: str, back: Sequence[int], toks: list[tuple[str, int, int]], i: int, j: int,
                    line: int) -> _Speaker:
    """The name run ``[i, j)`` after a title, without the verb's object after it (العماد نبيل
    حداد | الجنود)."""
    words = [t[0] for t in toks[i:j]]
    if len(words) >= 3 and words[-2] not in _first_names():
        j = i + _name_end(words)
    if j - i == 1 and 0 < i and toks[i - 1][0] in SEPARATORS and words[0] in _first_names() and j < len(toks) \
            and _definite(toks[j][0]) and _office(toks[j][0]) \
            and (j + 1 == len(toks) or toks[j + 1][0] in _stops() or toks[j + 1][0] in SEPARATORS):
        j += 1  # رئيس الهيئة، شوقي الطبيب إلى: a lone first name set apart by a comma, then a job word closing the
        # run is his family name (not عدم سفر اللاعب مع: a noun, then its complement)
    a, b = back[toks[i][1]], back[toks[j - 1][2] - 1] + 1
    return _Speaker(name=text[a:b], start=a, end=b, named=True, context=folded[line:toks[i][1]])


def _adjective_after(word: str) -> bool:
    """A definite word that reads as an adjective of the noun before (الكوري، المفاجئة، السابق), not a
    second noun (الرواية: a noun in اية)."""
    return _definite(word) and word not in _stops() and not word.endswith("\u0627\u064a\u0647") and (
        _nisba(word) or word.startswith("\u0627\u0644\u0645") or word in _adjectives())


def _feminine_adjective_of(field: str, word: str) -> bool:
    """A definite word of the adjective shapes فاعلة or فعيلة after a feminine field (للكرة الطائرة، للرماية
    الحديثة): the field's adjective, part of the body's name, not an object after it (الأخوة اليمنيين)."""
    stem = word[2:-1] if word.startswith("\u0627\u0644") and word.endswith("\u0647") else ""
    return field.endswith("\u0647") and len(stem) == 4 and word not in _stops() \
        and (stem[1] == "\u0627" or stem[2] == "\u064a")


@cache
def _affiliations() -> frozenset[str]:
    """Participles of belonging (المنتمي، المنتسبة، المقربة) after a body's name: a description, no part of the name."""
    return frozenset(_f("\u0627\u0644" + w + e) for w in ("منتمي", "منتسب", "مقرب", "قريب") for e in ("", "ة"))


@cache
def _guilds() -> frozenset[str]:
    """Bodies of members (نقابة، رابطة، جمعية): للصحفيين after them names the members, never the ones spoken to."""
    return frozenset(_f(w) for w in ("نقابة", "النقابة", "رابطة", "الرابطة", "جمعية", "الجمعية"))


def _press_guild(desc: list[tuple[str, int, int]], toks: list[tuple[str, int, int]], k: int) -> bool:
    """للصحفيين (an addressee after a speaker) completing a union's name: after a guild's head and its adjective
    (النقابة الوطنية للصحفيين) or before a nisba of theirs (الاتحاد العام للصحفيين التونسيين: the body, then its members)."""
    if not desc or toks[k][0] not in _press_members() or desc[-1][0] in SEPARATORS:
        return False
    nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
    return desc[0][0] in _guilds() and len(desc) >= 2 or _institution_head(desc[0][0]) and _nisba(nxt) and _definite(nxt) \
        and nxt.endswith(PLURAL_NISBA)


@cache
def _press_members() -> frozenset[str]:
    return frozenset(_f(w) for w in ("للصحفيين", "للصحافيين"))


def _spokesman_field(desc: list[tuple[str, int, int]], tok: str) -> bool:
    """المتحدث باسم الرئاسة العامة | للأرصاد: after باسم, a field of the body (no medium) goes on naming the body the
    one unnamed speaks for; it is no one spoken to (but المتحدث باسم الوزارة | للإذاعة, للصحفيين)."""
    return any(d[0] == _f("باسم") for d in desc) and _field_of_body(tok) and tok[2:] not in _media() \
        and tok[1:] not in _media()


CALLED_RE = re.compile(f"(?<![{AR}])[\u0648]?[\u064a\u062a]\u062f\u0639\u064a\\s+[\"'\u00ab\u201c\u201d]?\\s*(?=[{AR}])")  # (و)يدعى/تدعى


@cache
def _known_as() -> frozenset[str]:
    """The verb of ما يعرف ب ("what is known as") before a name."""
    return frozenset(_f(w) for w in ("يعرف", "تعرف", "يطلق", "تطلق"))


@cache
def _so_called() -> frozenset[str]:
    """The verb of ما تسمى / ما يسمى ("the so-called") before a name."""
    return frozenset(_f(w) for w in ("تسمى", "يسمى", "تسمي", "يسمي", "تدعى", "يدعى"))


def _called(folded: str, s: int, e: int) -> int | None:
    """The folded start of the name after يدعى/تدعى inside a subject (مقيم أردني يدعى محمد), else None."""
    m = CALLED_RE.search(folded, s, e)
    if m is None or m.end() >= e:
        return None
    nxt = WORD_RE.match(folded, m.end())
    return m.end() if nxt is not None and nxt.group() not in _stops() and nxt.group() not in _function_words() else None


MAX_CALLED_WORDS = 4  # يدعى «عبدالله بن محمد الحربي»: a name in quote marks, not words quoted


def _called_quoted(folded: str, s: int, end: int) -> tuple[int, int] | None:
    """The folded span of a name in quote marks right after يدعى/تدعى in the subject, up to ``end`` (مواطن يدعى "بدر
    الحربي" أن), else None: the subject stops at the mark, the name inside it is the one speaking."""
    m = CALLED_RE.search(folded, s, end)
    if m is None or folded[m.end() - 1] not in QUOTE_CHARS and folded[m.start():m.end()].rstrip()[-1:] not in QUOTE_CHARS \
            or any(w in _relatives() for w in WORD_RE.findall(folded, s, m.start())):
        return None  # (نادرة عمران التي جسدت شخصية سجينة تدعى "سناء": the part she played, in a clause on her)
    close = next((k for k in range(m.end(), end) if folded[k] in QUOTE_CHARS), None)
    words = WORD_RE.findall(folded, m.end(), close) if close is not None else []
    return (m.end(), close) if 1 <= len(words) <= MAX_CALLED_WORDS else None


def _owned_verbal_noun(word: str, written: str) -> bool:
    """A verbal noun of a derived form with a possessive pronoun (انضمامه، استعدادها، ارتياحهم): the verb's object, never
    a subject (kin and offices with a pronoun, والده، مديرها، أستاذه, have no such shape). ``word`` is folded, where ة
    reads ه; ``written`` as in the text tells the pronoun from it (الدراسة، استقالة: no pronoun)."""
    suffix = next((p for p in ("\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0627", "\u0647") if written.endswith(p)), "")
    stem = word[:-len(suffix)] if suffix and word.endswith(suffix) else ""
    return not _definite(word) and len(stem) >= 6 and _derived_verbal_noun(stem)


def _every_thing(words: list[str]) -> bool:
    """كل and a bare noun of no person, or one that has something (كل محافظة لديها; not كل مسؤول، كل من فلان
    وفلان، كل الأطراف): a clause of the words said, no one."""
    if len(words) < 2 or words[0] != _f("كل") or words[1] == "\u0645\u0646" or _definite(words[1]) \
            or words[1].removesuffix(NAME_SENTINEL) in _first_names():
        return False
    return words[2:3] in ([_f("لديه")], [_f("لديها")], [_f("لديهم")]) \
        or not _office(words[1]) and not _is_title(words[1]) and words[1] not in _anonymous()


def _his_common_noun(word: str, written: str) -> bool:
    """A common noun with his pronoun ه as written (أسفه، عمله), not ة, and no first name (جمعه folds like جمعة)."""
    return written.endswith("\u0647") and len(word) >= 4 and word.removesuffix(NAME_SENTINEL) not in _first_names() \
        and _common_noun(word[:-1])


def _prepositional_phrase(word: str) -> bool:
    """A word that opens a phrase with ب, never a name: بكل (with all), or ب with a noun that carries a possessive
    pronoun (بأفعالهم، بتصريحاتها); names with ب (بدر، بلال، بوتين) carry none."""
    return word == _f("بكل") or word[:1] == "\u0628" and len(word) >= 6 and word.endswith(
        ("\u0647\u0645", "\u0647\u0645\u0627", "\u0647\u0646", "\u0643\u0645", "\u0647\u0627")) \
        or word[:1] == "\u0628" and _derived_verbal_noun(word[1:])  # بمشاركة قادة ورؤساء: a circumstance


def _posting_place(words: str) -> bool:
    """One folded word of ب glued to a place the gazetteer holds (بجربة، بسوسة), not a place that opens with ب itself
    (بنزرت، بيروت): right after a medium's quoted name, where its correspondent works, never a name. (Not read
    elsewhere: the gazetteer holds short places that end foreign names opening with ب: بلاتر، باراس، بدرو.)"""
    return " " not in words and len(words) >= 4 and words[:1] == "\u0628" and link_place(words[1:]) is not None \
        and link_place(words) is None


# The verbal noun of the tenth form (استنكار، استمرار، استقبال، استئناف), folded: an act, never who speaks (not استشاري،
# استاذ, whose alef comes earlier; and only a word the news writes with the article, not the name استيبان).
FORM_TEN_NOUN_RE = re.compile("\u0627\u0633\u062a[^\u0627]{2}\u0627[^\u0627]")


@cache
def _polls() -> frozenset[str]:
    """Tenth-form nouns that name a piece which reports (كشف استطلاع للرأي أن، أظهر استبيان أن)."""
    return frozenset(_f(w) for w in ("استطلاع", "استبيان"))


def _speaker(text: str, folded: str, back: list[int], start: int, end: int,
             entities: Sequence[Entity], seen: list[_Speaker]) -> _Speaker | None:
    """The speaker named between a verb and its reported words."""
    subj = _subject(folded, start, end)
    if not subj:
        return None
    s, e, named = subj
    if _addressee_before_office(folded, s, e, end):
        return _speaker(text, folded, back, e, end, entities, seen)  # أوضح ذلك لسبق | مدير عام فرع الوزارة فلان: the
        # outlet spoken to, then the one speaking
    if named and _after_namesake_head(folded, start, s) and (holder := _name_after_comma(folded, e, end)) is not None:
        return _speaker(text, folded, back, holder, end, entities, seen)  # مدير معهد سالم بن حميدة، فتحي الإمام: the
        # body named after a person, then its head's holder
    if named and _posting_place(folded[s:e]) and folded[start:s].rstrip()[-1:] in QUOTE_CHARS:
        return _speaker(text, folded, back, start, s, entities, seen) if folded[start:s].strip() else None  # وأكد
        # المسؤول لمراسلة "الجوهرة أف أم" | بجربة أنه: where the correspondent works, no name; the subject is before it
    if not named and FORM_TEN_NOUN_RE.fullmatch(head := folded[s:e].split()[0]) and head not in _polls() \
            and lexicon().freq.get("\u0627\u0644" + head, 0):
        return None  # وأكد استنكار أهالي المنطقة لهذا العدوان، مشيرا: the verbal noun confirmed is the object; the one
        # speaking goes on
    if not named and _every_thing(folded[s:e].split()):
        return None  # وأضاف كل محافظة لديها استعداد كبير: the words said open on "every" and a thing, no subject
    if not folded[start:s].strip() and " " in folded[s:e] and folded[s:e].split()[0] in _acts_done():
        return None  # وأكد إعداد خطة تنفيذية ...، مشيرا: the act is the verb's object; the one speaking goes on
    if _within_quoted_paragraph(folded, s, e):
        return None  # «… التي حدثت إبان الأزمة فقد كان نعم السند، وواضحا …». وأضاف: a verb inside words quoted at
        # length, its subject read from them; no one named there speaks
    if (called := _called(folded, s, e)) is not None:
        s, named = called, True  # شاهد عيان يدعى أحمد فلان، الوالدة وتدعى إليزابيث: the name it goes by
    elif (quoted := _called_quoted(folded, s, end)) is not None:
        s, e, named = *quoted, True  # شاهد عيان يدعى «محمد العتيبي»: the name it goes by, in quote marks
    if named and (ruler := _ruler_of_place(folded, start, s, e)) is not None:
        a, b = back[ruler], back[e - 1] + 1  # وصرح أمير عسير أن، وقال محافظ جازان إن: the office over a place, no name
        return _Speaker(name=text[a:b], start=a, end=b, named=False)
    if folded[s:e] in _god_epithets() or _god_named(folded, s, e):
        return _Speaker(name=ALLAH, start=back[s], end=back[e - 1] + 1, named=True)  # وقال تعالى: God, named in full
    if " " not in folded[s:e] and TANWEEN_FATH in text[back[s]:back[e - 1] + 2]:
        return None  # لاحظ ركوداً: an accusative object, no subject
    if folded[s:e] in _pronoun_prepositions():
        return None  # الركن الخاص بها حيث أكدت: a preposition with its pronoun, never who speaks
    first_end = folded.find(" ", s, e)
    if _prepositional_phrase(folded[s:first_end if first_end > 0 else e]):
        return None  # اعترف بكل ما اقترفه، أكدوا بأفعالهم أنهم: what is confessed or how, never who speaks
    if named and " " not in folded[s:e] and folded[s] == "\u0648" and folded[s:e] not in _first_names() \
            and (folded[s + 1:e] in _verb_forms() or folded[e - 1] == "\u062a" and folded[s + 1:e - 1] in _verb_forms()):
        return None  # أفكر بما قال وتذكرت أن: another verb after و (its ending ت on a form the news has), no one named
    if _owned_thing_last(folded[s:e].split()):
        return None  # الاتهامات الموجهة لها بعدم احترامها لالتزاماتها، مبينة: what she was blamed for, no name
    if first_end > 0 and TANWEEN_FATH in text[back[s]:back[first_end - 1] + 2]:
        return None  # ويقول واصفاً شعوره: a circumstantial participle, the speaker is the one before
    head, written = folded[s:first_end if first_end > 0 else e], text[back[s]:back[(first_end if first_end > 0 else e) - 1] + 1]
    if _owned_verbal_noun(head, written):
        return None  # وذكر انضمامه لحزب ...، وأضاف: his joining is what he told of, the speaker is the one before
    if named and first_end > 0 and _his_common_noun(head, written) and folded[first_end + 1:e][:1] in "\u0644\u0628":
        return None  # معربا عن أسفه لإسقاط قانون ... والذي قال: what he feels or owns, then its complement; no name
    if named and (cut := _before_accusative(text, folded, back, s, e)) is not None:
        e = end = cut  # قال المذيع فلان أديب ناعياً زميله: a circumstantial participle ends the name
    if named and _post_place_first(folded[s:e].split(), next(iter(TOKEN_RE.findall(folded, max(0, s - 8), s)[-1:]), "")):
        s = folded.index(" ", s) + 1  # السفير لدى واشنطن | يوسف العتيبة: where the office is held, then the name
    tagged = _tagged_subject(text, folded, back, s, e, end, entities)
    if tagged is not None:
        return tagged
    if named and " " not in folded[s:e] and (left := _tagged_before(text, back, start, s, e, entities)) is not None:
        return left  # والناطق الرسمي باسمه الهاشمي عبيشو: the first name the rules left, before a family name another
        # person of the text shares (المولدي عبيشو)
    if named and " " in folded[s:e]:
        e = _known_then_object(folded, s, e, seen)
    if named and len(words := folded[s:e].split()) == 2 and _derived_verbal_noun(words[1]) \
            and (_first_name_before(folded, words[0]) is not None or any(
                x.type == "PERS" and " " in x.text.strip() and _f(x.text).split()[-1] == words[0] for x in entities)):
        e = s + len(words[0])  # وأكد شكري | التزام مصر: a family name met before with its first name (by the rules or
        # the tagger), then the verb's object, a verbal noun (not فيصل الطحان، دول مجاورة: its shape in a name or an
        # adjective)
    if named and _related(folded[s:e].split()):
        s = folded.index(" ", s) + 1  # قريبها شكري مفتاح، محاميهم سامي العلوي: the relation, then the name
    if not named or any(w.startswith("\u0627\u0644") for w in folded[s:e].split()):
        known = _described(folded[s:e], seen)
        if known is None and not named:
            known = _named_beside(folded[s:e], folded, s, seen + [  # وقال محافظ مدينة عدن after محافظ عدن فلان
                _Speaker(name=x.text, start=x.start, end=x.end, named=True) for x in entities
                if x.type == "PERS" and " " in x.text.strip() and x.start < back[s] and not _office(_f(x.text).split()[-1])])
            # (not فلان محامي, محمد حسين المفتي: the tagger's person run on into an office)
        if known is None and not named and folded[e:].lstrip()[:1] not in (ARABIC_COMMA, ","):
            known = _named_later(folded[s:e], folded, back[e - 1] + 1, entities)  # (not النائب، فلان، على …: the
            # name set off right after the office is read there)
        if known is not None:
            return _Speaker(name=known.name, start=back[s], end=back[e - 1] + 1, named=True, context=known.context)
    words = folded[s:e].split()
    while len(words) > 1 and _is_title(words[0]):
        words = words[1:]  # العقيد القرشي -> القرشي
    bare = " ".join(words)
    god = bare == ALLAH and WORD_RE.findall(folded, max(0, s - 8), s)[-1:] not in ([_f("صلى")], [_f("رسول")])
    known = _seen_name(bare, seen) if (named or len(words) == 1) and not god else None  # قال الله تعالى after رسول
    # الله: God, never the last word of one named before (but صلى الله عليه وسلم، رسول الله: the Prophet)
    if known is not None:
        return _Speaker(name=known.name, start=back[s], end=back[e - 1] + 1, named=True, context=known.context)
    surname = len(words) == 1 and _definite(bare) and not _is_title(bare) and not _institution_head(bare)
    if (named or surname) and " " not in folded[s:e] \
            and not any(x.type == "ORG" and x.text == text[back[s]:back[e - 1] + 1] for x in entities):
        s2, e2 = _fuller(folded, s, e)  # (not أوبك -> رفعت أوبك, met as وفي تقريرها الشهري رفعت أوبك التوقعات: a body
        # tagged as one is no person's surname, and the word before it is the verb)
        if (s2, e2) != (s, e) and len(folded[s2:e2].split()) > PLACE_FULLER_WORDS \
                and any(x.type == "LOC" and x.text == text[back[s]:back[e - 1] + 1] for x in entities):
            s2, e2 = s, e  # ادعت إيران: a place tagged as one, not a run ending in it (صواريخ باليستية جعلت كافة مدن
            # إيران); one word before it may still be a first name (وذكر بوزيد after الصحفي الليبي مفتاح بوزيد)
        if (s2, e2) != (s, e):
            s, e, named = s2, e2, True
    if not named:
        e = _numbered(folded, s, _before_manner(folded, s, _before_name_note(
            folded, s, _place_tail(text, folded, back, _field_described(folded, s, e), end, entities))), end)
    else:
        e = _before_manner(folded, s, _tagged_end(folded, back, s, e, entities))  # ونفى بيكس بشدة أن
    if not named and (holder := _tagged_holder(text, back, s, e, entities)) is not None:
        return holder  # رئيس هيئة الإتصال السمعي البصري النوري اللجمي: the office, then the one the tagger names
    a, b = back[s], back[e - 1] + 1
    return _Speaker(name=text[a:b], start=a, end=b, named=named,
                    context=folded[start:s] + " " + folded[e:end] if named else "")


def _after_namesake_head(folded: str, start: int, s: int) -> bool:
    """The name read as the subject follows a body's head in construct (مدير معهد | سالم بن حميدة، مدرسة | فلان): the
    body is named after him."""
    before = WORD_RE.findall(folded, start, s)[-3:]
    return any(w in _namesake_heads() for w in before)  # (مدير معهد سالم | بن حميدة: a first name left out)


@cache
def _namesake_heads() -> frozenset[str]:
    """Heads of bodies and places named after a person (the entity rules' namesake heads)."""
    return frozenset(_f(w) for w in (*NAMESAKE_ORGS, *NAMESAKE_PLACES))


COMMA_AFTER_RE = re.compile(r"\s*[،,]\s*")


def _name_after_comma(folded: str, e: int, end: int) -> int | None:
    """Where a name opens right after a comma that closes the subject (…، فتحي الإمام), else None."""
    m = COMMA_AFTER_RE.match(folded, e, end)
    nxt = WORD_RE.match(folded, m.end()) if m else None
    return nxt.start() if nxt is not None and nxt.group() in _first_names() else None


NUMBERED_PART_RE = re.compile(r"\s*\(?\s*\d+\s*\)?")


def _numbered(folded: str, s: int, e: int, end: int) -> int:
    """The folded end of a law's or a text's part with its number after it (أشارت المادة (28) إلى أن، نص الفصل 90
    على أن): the number names which part speaks."""
    if folded[s:e].split()[-1:] not in ([_f("المادة")], [_f("الفصل")], [_f("البند")], [_f("الفقرة")]):
        return e
    m = NUMBERED_PART_RE.match(folded, e, end)
    return m.end() if m and any(c.isdigit() for c in m.group()) else e


COMMON_BARE = 1000  # times a bare word is met in the news past which, glued to ب/ل, it is a common noun there


def _owned_thing_last(words: list[str]) -> bool:
    """A run opening on ب/ل and a common noun, whose last word is a common noun with an owner's pronoun (بعدم
    احترامها): what one is blamed or thanked for, no name (but لسان حالها، زائر جارهم: descriptions)."""
    if len(words) < 2 or words[0][:1] not in "\u0628\u0644" or words[0] in _first_names() \
            or not (_common_noun(words[0][1:]) or lexicon().freq.get(words[0][1:], 0) >= COMMON_BARE):
        return False  # بعدم: عدم is met bare, rarely with the article
    return _owned_common_noun(words[-1])


def _addressee_before_office(folded: str, s: int, e: int, end: int) -> bool:
    """The subject read is one word glued to ل (no first name, no لل) with an office right after it (لسبق مدير عام):
    the outlet spoken to, not the speaker."""
    word = folded[s:e]
    if " " in word or word[:1] != "\u0644" or word.startswith("\u0644\u0644") or len(word) < 4 \
            or word in _first_names():
        return False
    nxt = WORD_RE.match(folded, e + 1) if folded[e:e + 1] == " " else None
    return nxt is not None and nxt.end() <= end and _office(nxt.group())


def _post_place_first(words: list[str], before: str) -> bool:
    """A run of three words or more opening on a place after في/لدى or a bare noun in construct (the word ``before``
    it), then a first name (السفير الإماراتي لدى واشنطن يوسف العتيبة، مدير سياحة عسير طارق خان): where the office is
    held, read into the name (واشنطن is a first name too)."""
    return len(words) >= 3 and words[1] in _first_names() and link_place(words[0]) is not None \
        and (before in PLACE_PREPOSITIONS or _construct_head(before) and _read_as_place(words[0]))


def _read_as_place(word: str) -> bool:
    """The tagger reads the word as a place at least half the times it meets it in the news, when it is a word it
    weighed (عسير؛ not ماري: a first name of the same spelling as a town)."""
    seen = place_share().get(word)
    return seen is None or 2 * seen[0] >= seen[1]


def _construct_head(word: str) -> bool:
    """A bare noun the place after it completes (سياحة عسير، شرطة جدة): the office's field, its place in construct."""
    bare = word[1:] if word[:1] in "\u0648\u0641" else word
    return len(bare) >= 3 and WORD_RE.fullmatch(word) is not None and not _definite(word) \
        and not any(w in _stops() or w in _function_words() or w in _first_names() or w in _verb_words() for w in (word, bare))


PLACE_PREPOSITIONS = frozenset({_f("في"), _f("لدى")})


def _before_manner(folded: str, s: int, e: int) -> int:
    """The folded end of a description or a name before how it was said (وأشار الرئيس الروسي بصورة خاصة إلى أن، بشكل
    واضح، بوضوح، ونفى فلان بشدة): the manner is no part of the speaker."""
    manner = _manner_re().search(folded, s, e)
    return manner.start() if manner else e


@cache
def _manner_re() -> re.Pattern[str]:
    return re.compile(r"\s+(?:" + "|".join(map(_f, ("بصورة", "بشكل", "بوضوح", "بشدة", "بقوة", "بحزم", "بصراحة", "بحدة")))
                      + r")(?![\w])")


def _before_name_note(folded: str, s: int, e: int) -> int:
    """The folded end of an unnamed source before the writer's note on its name in quote marks or brackets (أحد
    المسؤولين "تحتفظ الجريدة باسمه"، مصدر (فضل عدم ذكر اسمه)): the note is no part of the description."""
    mark = NOTE_MARK_RE.search(folded, s, e)
    if mark is None or not NAME_WORD_RE.search(folded, mark.end(), e):
        return e
    return mark.start() if mark.start() > s else e


NOTE_MARK_RE = re.compile(r'\s*["«“(]')
NAME_WORD_RE = re.compile(r"(?<![\w])[بل]?اسم(?:ه|ها|هم)?(?![\w])")  # اسمه، باسمه (folded)


ON_BEHALF = _f("باسم")  # "on behalf of", which the tagger may take for the first name Basim


def _tagged_holder(text: str, back: list[int], s: int, e: int, entities: Sequence[Entity]) -> _Speaker | None:
    """A person of two words or more the tagger names at the very end of a description (رئيس الهيئة | النوري اللجمي),
    after at least one word of it: the office's holder, who speaks. Not after a relative in construct (والدة زوجة |
    فلان، نجل الرئيس السابق | فلان: the one related speaks), nor a body's name that ends on a person (القوات الموالية
    لحكومة الرئيس | فلان), nor a run the tagger begins on باسم (المتحدثة | باسم شيفلر: on behalf of), on the
    office's place (أمين منطقة | عسير صالح القاضي) or on the complement of an office in construct (وزيرة | العدل
    لوريتا لينش)."""
    a, b = back[s], back[e - 1] + 1
    for x in entities:
        if x.type != "PERS" or x.end != b or x.start <= a or len(x.text.split()) < 2:
            continue
        before = text[a:x.start].split()
        first, last = _f(x.text.split()[0]), _f(before[-1]) if before else ""
        construct = not last.startswith("\u0627\u0644") and (_office(last) or _is_title(last))  # وزيرة | العدل فلانة
        if not before or construct or first == ON_BEHALF or link_place(first) is not None or _institution_head(_f(before[0])) \
                or any(_f(w) in _kin() and not w.endswith(("\u0647", "\u0647\u0627", "\u0647\u0645")) for w in before):
            return None
        return _Speaker(name=x.text, start=x.start, end=x.end, named=True, context="")
    return None


def _tagged_end(folded: str, back: list[int], s: int, e: int, entities: Sequence[Entity]) -> int:
    """The folded end of a name the subject rules ran on, one word past the tagger's person, into the verb's object
    (وأكد سامح شكري | التزام مصر): the article names the person elsewhere and never with that word after the name."""
    person = next((x for x in entities if x.type == "PERS" and x.start == back[s]), None)
    if person is None or person.end >= back[e - 1] + 1 or " " not in person.text.strip():
        return e
    cut = next((k for k in range(s, e) if back[k] >= person.end), e)
    rest = folded[cut:e].split()
    name = folded[s:cut].strip()
    if len(rest) >= 2 and _opens_construct(rest[0], rest[1]) and name.split()[-1] not in _name_links():
        return s + len(name)  # اعتبر أستاذ القانون الدستوري قيس سعيد | لجوء الحبيب الصيد إلى …: a noun and its genitive
    if len(rest) != 1 or rest[0] in _first_names():
        return e
    if rest[0].startswith("\u0627\u0644") and lexicon().freq.get(rest[0][2:], 0) >= MIN_BARE_NOUN \
            and _object_goes_on(folded, e):
        return s + len(name)  # وأكدت ألفة يوسف | الاهتمام الكبير، ووصفت المذيعة فلانة | الخبر بالصادم: the object
        # goes on with its adjective or its complement
    others = [m.end() for m in re.finditer(rf"(?<![{AR}]){re.escape(name)}(?![{AR}])", folded) if m.start() != s]
    if not others or any(WORD_RE.findall(folded, k, k + 30)[:1] == rest for k in others):
        return e  # (محمد المخرج … وقال محمد المخرج: the family name recurs with it)
    return s + len(name)


MIN_BARE_NOUN = 30  # news-lexicon count of a word without its article (اهتمام، خبر): a common noun, no family name


def _object_goes_on(folded: str, e: int) -> bool:
    """The word after ``e`` goes on with a definite noun before it as the verb's object: a plain definite adjective
    (الاهتمام | الكبير) or a complement in بال (الخبر | بالصادم); never a nisba, an office or a title, which go on
    from a family name (فلان العتيبي | السعودي، فلان العتيبي | المدير العام)."""
    nxt = WORD_RE.match(folded, e + 1) if folded[e:e + 1] == " " else None
    if nxt is None:
        return False
    word = nxt.group()
    if word.startswith("\u0628\u0627\u0644") and len(word) >= 6:
        return True
    return word.startswith("\u0627\u0644") and _definite(word) and not _nisba(word) and not _office(word) \
        and not _is_title(word) and word not in _stops() and word not in _time_leads() \
        and len(word) >= 5


def _field_described(folded: str, s: int, e: int) -> int:
    """The folded end of a body named in quote marks, before the field it is said to work in (موقع "بي.سي ماجازين"
    المتخصص في موضوعات التكنولوجيا، منظمة "هيومن رايتس ووتش" المعنية بحقوق الإنسان): the annotators name the body
    alone."""
    words = list(WORD_RE.finditer(folded, s, e + 1 + MAX_FIELD_LEAD))
    for adj, field in pairwise(words):
        if adj.start() >= e:
            break
        if adj.group() in _field_adjectives() and folded[max(0, adj.start() - 2)] in QUOTE_CHARS and folded[adj.start() - 1] == " " \
                and (field.group() == IN or field.group()[:1] == "\u0628") and field.start() == adj.end() + 1:
            return adj.start() - 1  # (في or ب + the field after the adjective)
    return e


MAX_FIELD_LEAD = 4  # characters past the subject's end that hold في or ب + the field's first letters


@cache
def _field_adjectives() -> frozenset[str]:
    """Adjectives that open the field a body works in, with في or ب after them (المتخصص في، المعنية ب)."""
    return frozenset(_f(w) for w in ("المتخصص", "المتخصصة", "المختص", "المختصة", "المعني", "المعنية", "المهتم",
                                      "المهتمة"))


def _place_tail(text: str, folded: str, back: list[int], e: int, end: int, entities: Sequence[Entity]) -> int:
    """The folded end of an unnamed description with the place it serves in (السلطات الصحية في أوريغون، الملحق
    الثقافي في أستراليا): في and a place the tagger found, up to the words or a time (في لندن الاثنين); the
    annotators name the speaker with it. A circumstance (في بيان، في تصريح) is no place and stays out."""
    m = WORD_RE.match(folded, e + 1) if folded[e:e + 1] == " " else None
    if m is None or m.group() != IN:
        return e
    at = back[m.end() + 1] if m.end() + 1 < len(back) else -1
    place = next((x for x in entities if x.type == "LOC" and x.start == at), None)
    if place is None:
        return e
    stop = next((k for k in range(m.end() + 1, end) if back[k] >= place.end), end)
    rest = WORD_RE.findall(folded, stop, end)
    if any(w not in _time_leads() for w in rest):
        return e
    return stop


def _named_later(desc: str, folded: str, after: int, entities: Sequence[Entity]) -> _Speaker | None:
    """The one person the article names only after the description, with its office and field beside the name (وقال
    المتحدث باسم الشرطة إن … وأضاف فلان الفلاني، المتحدث باسم الشرطة، أن): the same person, named in full later
    (the rules of ``_named_beside``, over the tagger's persons after the description)."""
    later = [_Speaker(name=x.text, start=x.start, end=x.end, named=True) for x in entities
             if x.type == "PERS" and " " in x.text.strip() and x.start >= after and not _office(_f(x.text).split()[-1])]
    return _named_beside(desc, folded, len(folded), later) if later else None


@cache
def _place_rulers() -> frozenset[str]:
    """Offices held over a region or a city, in construct with its name (أمير عسير، محافظ جازان، والي الخرطوم)."""
    return frozenset(_f(w) for w in ("أمير", "محافظ", "حاكم", "والي"))


def _ruler_of_place(folded: str, start: int, s: int, e: int) -> int | None:
    """Where the office starts when the one-word "name" read from ``s`` to ``e`` is a known place right after a
    ruler's office without its article (أمير عسير، محافظ جازان): the office in construct with its place, not a
    titled person (عسير is among the mined first names too: the place wins after a ruler's office)."""
    word = folded[s:e]
    before = WORD_RE.findall(folded, start, s)
    if " " in word or not before or before[-1].removeprefix("\u0648") not in _place_rulers() \
            or link_place(word) is None:
        return None
    return folded.rfind(before[-1], start, s)


def _within_quoted_paragraph(folded: str, line: int, end: int) -> bool:
    """The sentence from ``line`` to ``end`` lies inside words quoted at length: its paragraph opens on a quote mark
    right after a colon that ends the line before (وقال في حديثه:\n«لقد كان … متميزا.. ولا أذكر …، وواضحا …».), and
    the mark closes only after the sentence's last word. Its words are the speaker's, not the narrative's: no
    subject is read there (a stray mark that opens a line of narrative, “ونقلت صحيفة، does not count)."""
    para = folded.rfind("\n", 0, line) + 1
    while para < line and folded[para].isspace():
        para += 1
    opening = folded[para:para + 1]
    if opening not in (LEFT_GUILLEMET, LEFT_DOUBLE_QUOTE, QUOTATION_MARK) or not folded[:para].rstrip().endswith(":"):
        return False
    words = list(WORD_RE.finditer(folded, line, end))
    if not words:
        return False
    close = folded.find(CLOSING[opening], para + 1, end)
    return close < 0 or close >= words[-1].end()


def _god_named(folded: str, s: int, e: int) -> bool:
    """الحق or ربنا before one of God's epithets (يقول الحق سبحانه وتعالى، يقول ربنا سبحانه): God, not the truth nor
    a lord."""
    after = folded[e:e + 12].split()
    return folded[s:e] in (_f(GOD_NAME), _f("ربنا")) and bool(after) and after[0] in _god_epithets()


def _before_accusative(text: str, folded: str, back: Sequence[int], s: int, e: int) -> int | None:
    """The folded end of a named subject before its first accusative word after two words (عماد الدين أديب |
    ناعياً زميله، سامي العلي | معلقاً): a circumstantial participle, never part of a name (one word before it
    may be the object of a view verb: واعتبرت توكل نموذجاً)."""
    words = list(WORD_RE.finditer(folded, s, e))
    if not words or words[0].group() not in _first_names():
        return None  # (نتائج مسح أجرى حديثاً: no person's name, the adverb is the description's)
    for k in range(2, len(words)):
        w = words[k]
        between = folded[s:w.start()]
        if between.count("(") > between.count(")") or sum(between.count(c) for c in QUOTE_CHARS) % 2:
            continue  # أسامة (52 عاماً)، وكالة "معاً": inside brackets or quote marks
        if TANWEEN_FATH in text[back[w.start()]:back[w.end() - 1] + 2]:
            return words[k - 1].end()
    return None


@cache
def _office_prepositions() -> frozenset[str]:
    """Prepositions that carry an office's field or body before its holder's name (النائب عن حزب فلان، المشرف
    العام على المهرجان فلان، المدير العام للعلاقات الخارجية في الوزارة فلان، مبعوث الأمم المتحدة إلى سوريا فلان،
    الملحق الثقافي لدى السفارة فلان)."""
    return frozenset(_f(w) for w in ("عن", "على", "في", "إلى", "الى", "لدى"))


def _name_then_circumstance(folded: str, rest: str, middle: Sequence[str]) -> bool:
    """What follows the tagger's name after an office with a prepositional field ends the subject: nothing, or a
    circumstance of place or time, or the medium spoken to (المبعوث الخاص إلى العراق فلان | أمام مجلس الأمن أمس
    أنه، المحلل في شؤون التكنولوجيا فلان | لبي بي سي إن), unless the name closes an office inside the field (النائب
    عن حزب الرئيس فلان | في البرلمان: the body's, not the speaker's)."""
    words = [_f(w) for w in rest.strip(" \u060c,").split()]
    return not words or (words[0] in _stops() or _addressed_medium(folded, words[0])) and not _office(middle[-1])


def _titled_first_name(text: str, a: int, at: int) -> int | None:
    """Where a first name that is also a title (مساعد، أمين) opens, right before the tagger's person at ``at`` and
    after a description of two words or more (المتحدث الرسمي للهلال الأحمر مساعد غالي): his name, not an office
    (an office would take its complement: مساعد وزير الخارجية). None otherwise."""
    before = text[a:at].split()
    word = _f(before[-1]) if before else ""
    if len(before) < 3 or not _is_title(word) or word not in _first_names() or _definite(word):
        return None
    return a + text[a:at].rstrip().rfind(before[-1])


def _occupation(words: Sequence[str]) -> bool:
    """An office (المتحدث باسم …) or a trade in construct with its field (مصمم الأزياء، عالم الأحياء) that a name
    may follow; not one held towards another person (محامي المعتقل فلان: the name is the client's)."""
    if words[0].removeprefix("\u0627\u0644") in _relational_offices() or _institution_head(words[0]) \
            or not _definite(words[-1]) and _institution_head(words[-1]) \
            or any(w in _first_names() or w.removeprefix("\u0627\u0644") in _first_names() for w in words):
        return False  # (مستشفى ألبرت أينشتاين: a body named after a person; رئيس نادي | سبورت بويز: the body's name
        # after its head; النائب … المنجي الرحوي: a name read)
    return _office(words[0]) or len(words) >= 2 and not _definite(words[0]) and words[0] not in _first_names() \
        and all(_definite(w) for w in words[1:])


def _apposed_or_circumstance(folded: str, rest: str, office: Sequence[str]) -> bool:
    """What follows a name after its office ends the subject: a comma (an apposition), or what
    ``_name_then_circumstance`` accepts."""
    return rest.lstrip()[:1] in (ARABIC_COMMA, ",") or _name_then_circumstance(folded, rest, office)


def _tagged_before(text: str, back: Sequence[int], start: int, s: int, e: int,
                   entities: Sequence[Entity]) -> _Speaker | None:
    """The tagger's person ending with the one-word name the subject rules read and opening one or two words before
    it, inside the subject (باسمه | الهاشمي عبيشو): the whole name, when the words it adds are no office, title,
    body, place nisba or particle."""
    a, b = back[s], back[e - 1] + 1
    for ent in entities:
        if ent.type != "PERS" or ent.end != b or not back[start] <= ent.start < a:
            continue
        extra = [_f(w) for w in text[ent.start:a].split()]
        if 1 <= len(extra) <= 2 and all(WORD_RE.fullmatch(w) and not _office(w) and not _is_title(w)
                                        and not _institution_head(w) and w not in _stops() and w not in _function_words()
                                        and nisba_country(w) is None for w in extra):
            return _Speaker(name=ent.text, start=ent.start, end=ent.end, named=True)
    return None


def _tagged_subject(text: str, folded: str, back: Sequence[int], s: int, e: int, end: int,
                    entities: Sequence[Entity]) -> _Speaker | None:
    """A person the tagger found where the subject rules saw a description or part of a name:
    a first name with the article (الهادي مجدوب، الحبيب الصيد), or a title whose constituency, field or body comes
    with عن/على/في before the name (النائب عن حزب نداء تونس فيصل خليفة، المشرف العام على المهرجان مقبل العنزي)."""
    a, b = back[s], back[e - 1] + 1
    limit = back[end - 1] + 1
    for ent in entities:
        if ent.type == "PERS" and a < ent.start and ent.end <= limit \
                and (titled := _titled_first_name(text, a, ent.start)) is not None \
                and (ent.end == b or b <= titled and (not text[b:titled].strip() or _office(_f(text[a:b].split()[0]))
                                                      and text[ent.end:limit].strip() in ("", ARABIC_COMMA, ","))):
            return _Speaker(name=text[titled:ent.end], start=titled, end=ent.end, named=True)  # المتحدث الرسمي |
            # مساعد غالي: a first name that is also a title, before the family name the tagger found (after the
            # office's complement too, when the name closes the subject: المتحدث الرسمي للهلال الأحمر … مساعد غالي، أنه)
        if ent.type == "PERS" and a < ent.start and ent.end <= b and text[ent.end:limit].lstrip()[:1] in QUOTE_CHARS \
                and text[a:ent.start].rstrip()[-1:] in QUOTE_CHARS and _office(_f(text[a:b].split()[0])):
            return _Speaker(name=text[ent.start:ent.end], start=ent.start, end=ent.end, named=True)  # المتحدث باسم
            # الوزارة "أنيل ساكسين": the name the office holder goes by, in quote marks
        if ent.type != "PERS" or ent.start < a or ent.end > limit or ent.end <= b:
            continue
        extra = [_f(w) for w in text[b:ent.end].split()]
        if any(_addressed_medium(folded, w) or w in _epithets() for w in extra):
            continue  # سيف لفرانس برس، فانينج الملقب بالبرق: the tagger took in the medium spoken to, or a nickname
        own = folded[s:e].split()
        if not extra:
            continue  # (a tagger's span that adds nothing but spaces)
        if _office(extra[0]) and len(own) >= 2 and _definite(own[-1]) and own[-2] not in _name_links():
            continue  # صالح بن فريد العولقي | القيادي في الحراك: an office after a family name in ال (but محمد بن
            # عبد الرحمن المخرج، عبدالله بن عبدالملك المرشد: a family name that is also an office)
        if MAKSURA_PREPOSITION in text[b:ent.end].split() and _spells_ya_apart(text):
            continue  # باجبير على: the tagger took in the preposition, spelt apart from the name علي
        if ent.start == a and 0 < len(extra) <= 3 and not any(
                w in _stops() and w not in _ambiguous_names() or w in _time_leads() for w in extra):  # محمد علي الجندوبي
            after = next((k for k in range(e, end) if back[k] >= ent.end), end)
            return _Speaker(name=text[ent.start:ent.end], start=ent.start, end=ent.end, named=True,
                            context=folded[after:end])  # (what follows the name describes him: المدير الجهوي)
        if ent.start >= b and not text[b:ent.start].strip() and _occupation(own) \
                and _apposed_or_circumstance(folded, text[ent.end:limit], own):
            return _Speaker(name=text[ent.start:ent.end], start=ent.start, end=ent.end, named=True)  # مصمم الأزياء
            # | أوغور سيلينو، ممثل …: a foreign name the rules left, the tagger's, right after the office and its field
        middle = [_f(w) for w in text[b:ent.start].split()]
        if (ent.start > b and 2 <= len(middle) <= 6 and middle[0] in _office_prepositions()
                and _office(_f(text[a:b].split()[0])) and not any(w in _stops() for w in middle[1:])
                and middle[1].removeprefix("\u0627\u0644") not in _occasions() and middle[1] not in _periods()
                and _name_then_circumstance(folded, text[ent.end:limit], middle)):
            return _Speaker(name=text[ent.start:ent.end], start=ent.start, end=ent.end, named=True)
    return None
