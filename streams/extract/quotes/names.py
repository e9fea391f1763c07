"""Person names: runs of name tokens, first names, nisbas, fathers' names and family names,
and على written with alef maksura, a preposition rather than the name علي.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from ..ner_lexicon import first_names as _first_names
from ..ner_lexicon import gazetteers, lexicon
from ..ner_lexicon import verb_forms as _verb_forms
from ..nisba import nisba_country
from ..numbers import WEAK_ALONE, number_word
from ..places import link_place
from .titles import (
    _construct_titles,
    _honorifics,
    _institution_head,
    _institutions,
    _is_title,
    _media,
    _office,
    _person_title,
    _ranks,
    _royal,
    _sources,
    _title_names,
    _titles,
)
from .tokens import AR, ARABIC_COMMA, QUOTE_CHARS, SEPARATORS, WORD_CACHE, WORD_RE, _f
from .verbs import COMPLEMENTIZER_RE, VERB_RE, _verb_words
from .words import (
    ALAYHI,
    _acts_judged,
    _al_names,
    _declined,
    _definite,
    _function_words,
    _pronoun_prepositions,
    _stops,
    _time_leads,
)

# Names that fold like a preposition (علي / على، علية / عليه): a name after a title or before بن.
AMBIGUOUS_NAMES = ("علي", "علية")  # علية folds like the preposition عليه
EVE = "\u0639\u0634\u064a\u0647"  # عشية (folded): the eve of what follows
NAME_SENTINEL = "\u0640"  # tatweel never survives folding, so it marks a re-read token
# Occasions of speaking (في بيان، في حديث لـ، في المؤتمر الصحفي): adverbials, never the body a speaker belongs to.
OCCASIONS = ("بيان", "تصريح", "تصريحات", "حديث", "مقابلة", "مؤتمر", "لقاء", "كلمة", "رسالة", "تغريدة",
             "تدوينة", "منشور", "اتصال", "ندوة", "جلسة", "اجتماع", "حوار", "مداخلة", "خطاب", "تقرير", "برنامج",
             "ختام", "افتتاح", "أعقاب", "إطار", "ظل", "سياق", "رد", "معرض", "تعليق", "شهادة", "محاضرة",
             "بلاغ", "بلاغها", "بلاغه",  # the Tunisian word for a statement (في بلاغ لها، في بلاغ أصدرته)
             "افتتاحية", "افتتاحيتها", "افتتاحيته")  # an editorial (اعتبرت الكاتبة فلانة في افتتاحيتها لـ"…" أن)
FAMILY_LINK = "\u0627\u0644"  # آل folded: آل الشيخ، آل سعود
NAME_RUN_WORDS = 6  # a run ends here, but a link (بن، آل) takes its complement: محمد بن نايف بن عبدالعزيز آل سعود
GLUED_NAME_HEADS = ("\u0639\u0628\u062f", "\u0627\u0628\u0648")  # عبد، ابو written glued: عبدالستار، ابوبكر
# Adverbs of place that open an adverbial after the subject (المعارضون للإصلاح داخل الحزب): never a name.
PLACE_ADVERBS = ("داخل", "خارج")
# Number-word kinds that count the speakers (قالت ثلاثة مصادر، مئة عالم); not the tens, which are family names
# too (أرون ستين، خمسين).
COUNT_KINDS = ("unit", "hundred", "scale_one", "scale_plural")

# The present verb after the future's س, seen with both prefixes (يواجه، تواجه): the likelier form at least this often,
# the other at least that often (not سيرجي: يرجي 21, ترجي 49; not سيونغ: تونغ 7).
FUTURE_STEM_FREQ = 30
FUTURE_PAIR_FREQ = 25
PRESENT_PREFIX_PAIRS = {"\u064a": "\u062a", "\u062a": "\u064a", "\u0646": "\u064a"}  # ي↔ت، ن→ي (سنستمر: يستمر)


@cache
def _member_of() -> frozenset[str]:
    return frozenset(_f(w) for w in ("في", "من", "ب"))


@cache
def _members() -> frozenset[str]:
    return frozenset(_f(w) for w in ("عضو", "عضوة", "أعضاء", "قيادي", "ناشط", "موظف", "مسؤولة", "متحدثة"))


def _named_after(tok: str) -> bool:
    """A bare common noun in construct before a royal title (مطار الملك، ملعب الأمير): a place named after
    him, since a person's titles before الملك are definite (خادم الحرمين الشريفين الملك) or titles (سمو الأمير)."""
    return not _definite(tok) and not _is_title(tok) and tok not in SEPARATORS and tok not in QUOTE_CHARS \
        and tok not in _stops() and tok not in _function_words() and tok not in _verb_words() and len(tok) >= 3 \
        and tok.removesuffix(NAME_SENTINEL) not in _first_names() and tok not in _honorifics() \
        and not _derived_verbal_noun(tok)  # (انتقال الأمير سعود الفيصل: his passing, not a place)


@dataclass(slots=True)
class _Speaker:
    name: str
    start: int  # display offsets of the mention
    end: int
    named: bool  # a person's name, not a description
    context: str = ""  # folded words just before a named mention (رئيس المركز رفيق عبد السلام)


MULLAH = "\u0627\u0644\u0645\u0644\u0627"  # الملا: a cleric's title before a name; after a first name, a family name
NAMED_KINDS = frozenset({"PERS", "COUNTRY", "CITY"})  # gazetteer kinds of a word that is a name, never a participle


@lru_cache(maxsize=WORD_CACHE)
def _circumstantial(tok: str) -> bool:
    """مخاطبا، متحدثا، معلقا: an accusative participle after the subject, not a name (but ميرزا, a person's name the
    gazetteer holds, and ماليزيا، موريتانيا، مانيلا, places it holds)."""
    return len(tok) >= 5 and tok.startswith("\u0645") and tok.endswith("\u0627") and not tok.endswith("\u0646\u0627") \
        and not gazetteers().single.get(tok, frozenset()) & NAMED_KINDS


@lru_cache(maxsize=WORD_CACHE)
@cache
def _place_adverbs() -> frozenset[str]:
    return frozenset(_f(w) for w in PLACE_ADVERBS)


@cache
def _weak_numbers() -> frozenset[str]:
    return frozenset(_f(w) for w in WEAK_ALONE)


@lru_cache(maxsize=WORD_CACHE)
def _count_word(tok: str) -> bool:
    """ثلاثة، خمسة، مئة، مليون (bare): a cardinal before the counted speakers (قالت ثلاثة مصادر) or a scale before
    its unit (506 مليون ريال), never a name;
    words that are numbers only now and then (ست، سبع، أحد) are left to the other rules."""
    hit = number_word(tok)
    return hit is not None and not hit[0] and hit[1] in COUNT_KINDS and tok not in _weak_numbers()


# "Many", opening a group with من (كثير من المراقبين): never a name word (but ابن كثير, after a link, is).
MANY = frozenset({"\u0643\u062b\u064a\u0631", "\u0643\u062b\u064a\u0631\u0647"})
# "Did", before the verbal noun of the deed (قام بحمل، قامت بإبلاغ): the verb after an unnamed subject, never a person's
# first name (but inside a run, قامت اسرائيل بهدم منازل السكان, it stays: the run names no one and keeps السكان whole).
DID = frozenset(w + v for w in ("", "\u0648", "\u0641") for v in ("\u0642\u0627\u0645", "\u0642\u0627\u0645\u062a"))
# "Native of", before a place in the Tunisian press (مواطن أصيل أكودة، مواطنة أصيلة المضيلة): the noun before it
# is the speaker, never a first name أصيل.
NATIVE_OF = frozenset({"\u0623\u0635\u064a\u0644", "\u0623\u0635\u064a\u0644\u0629", "\u0627\u0635\u064a\u0644",
                       "\u0627\u0635\u064a\u0644\u0647", "\u0627\u0635\u064a\u0644\u0629"})


DEMONSTRATIVES = frozenset(("\u0630\u0644\u0643", "\u0647\u0630\u0627", "\u0647\u0630\u0647", "\u062a\u0644\u0643"))  # ذلك هذا هذه تلك


def _is_name_token(tok: str) -> bool:
    return (not _definite(tok) and not _count_word(tok) and tok not in MANY and tok not in NATIVE_OF and tok not in _place_adverbs() and tok != ALAYHI and not (tok[:1] == "\u0648" and tok[1:] in _stops()) and tok not in _titles() and tok not in _stops() and not _circumstantial(tok)
            and tok not in _function_words() and not (tok[:1] == "\u0648" and tok[1:] in DEMONSTRATIVES)  # وذلك
            and len(tok) > 1 and not VERB_RE.fullmatch(tok)
            and not (len(tok) >= 5 and tok.endswith(OWNED_NOUN_ENDINGS))  # مسؤوليته، جاهزيته
            and not (len(tok) >= 6 and tok.endswith(("\u062a\u0647\u0645", "\u062a\u0647\u0627", "\u062a\u0647\u0645\u0627")))  # مطاردتهم
            and not (len(tok) >= 6 and tok[:1] == "\u0645" and tok.endswith("\u062a\u0647"))  # موافقته، مشاركته: his verbal noun
            and not (len(tok) >= 6 and tok.startswith("\u0627\u0633\u062a"))  # استضافة، استمرار: verbal nouns
            and not _owned_after_preposition(tok)
            and not _future_verb(tok) and not _present_verb(tok) and tok not in _event_nouns() and tok not in _asked()
            and tok not in _time_clause_leads() and tok not in _done() and not _plain_verb(tok)
            and not _speech_verb_with_object(tok) and tok not in _pronoun_prepositions())


def _speech_verb_with_object(tok: str) -> bool:
    """A speech verb with its object pronoun (أكدته، ذكرها، نقلوه): وهو ما أكدته زوجته, never a name; ه after a verb of
    three letters is a name's ending as often (يوسف زاده)."""
    return any(tok.endswith(p) and tok[:-len(p)] in _verb_words() and len(tok) - len(p) >= (4 if len(p) == 1 else 3)
               for p in ("\u0647", "\u0647\u0627", "\u0647\u0645"))


@lru_cache(maxsize=WORD_CACHE)
def _plain_verb(tok: str) -> bool:
    """A verb form mined from the news (words after قد، لم، لن، سوف) that the news never writes with the article and no
    lexicon knows as a name (استهل، باشرت، تلقت، يصعب، كنت): a verb where no name can be read (but فيصل، طالب،
    يزيد: first names; سبق، نشر: nouns the news writes with the article; أشعر ناظم: أفعل is the shape of names and
    elatives as well, and three letters those of foreign names, فان غال: a verb there only with its subject's ت,
    أصدرت، كنت; زوجها: a noun with its owner's pronoun). A foreign family name can share a verb's letters (وارن تراس,
    folded like ترأس): _runs reads one after a first name when the subject ends there."""
    return tok in _verb_forms() and tok not in _first_names() and lexicon().freq.get("\u0627\u0644" + tok, 0) == 0 \
        and (tok[:1] != "\u0627" and len(tok) >= 4 or tok.endswith("\u062a")) and not tok.endswith(PLAIN_VERB_NOT_ENDINGS) \
        and not gazetteers().single.get(tok, frozenset()) & NAMED_KINDS


# Endings of a verb form that a noun shares (زوجها: her husband, or married her; ة folds to ه).
PLAIN_VERB_NOT_ENDINGS = ("\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627", "\u0647\u0646", "\u0643\u0645")


@cache
def _event_nouns() -> frozenset[str]:
    """Verbal nouns of events and their victims (أكد فلان سقوط قتلى، نفى وقوع إصابات، مقتل جندي): what a verb confirms
    or denies, never a name word."""
    return frozenset(_f(w) for w in ("سقوط", "وقوع", "حدوث", "مقتل", "مصرع", "قتلى", "جرحى", "ضحايا", "إصابات"))


@cache
def _asked() -> frozenset[str]:
    """The passive of asking (وحين سئلت فلانة عن …، قالت): the verb of a clause of time whose subject answers, never a
    name word (the one asked is named after it)."""
    return frozenset(_f(w) for w in ("سئل", "سئلت", "سئلوا", "سئلا", "سئلتا"))


@cache
def _done() -> frozenset[str]:
    """The passive of "was done" (لقاء الوزير … تم خلاله بحث العلاقات), "affirming" (وجدد الوزير شكري تأكيد وحدة
    الرؤى) and "spoke" (مسؤول حكومي قطري تحدث مشترطا عدم نشر اسمه): a verb or its noun, never a name word."""
    return frozenset(_f(w) for w in ("تم", "تمت", "يتم", "سيتم", "تأكيد", "تحدث", "تحدثت"))


@cache
def _time_clause_leads() -> frozenset[str]:
    """Conjunctions opening a clause of time (وقال فلان حين سئل عن، عندما وصل): they end the name before them."""
    return frozenset(_f(w) for w in ("حين", "حينما", "عندما", "بعدما"))


def _owned_after_preposition(tok: str) -> bool:
    """بإنجازها، بدعمهم، لجهودهما: a noun after بـ or لـ with its owner's pronoun (أشاد فلان بإنجازها وقال), the
    verb's complement, never a name word."""
    return len(tok) >= 6 and tok[0] in "\u0628\u0644" and tok.endswith(PRONOUN_SUFFIXES)


def _future_verb(tok: str) -> bool:
    """سيواجه، ستكون، سينضم: س before a present verb (المدرب التشيلي سيواجه الإقالة), never a name after a title.
    The verb is known by the lexicon holding it with both prefixes of the third person (يواجه and تواجه);
    foreign names in سي/ست (سيباستيان، ستيفن، سيونغ: يونغ but hardly تونغ) have no such pair."""
    if len(tok) < 5 or tok[0] != "\u0633" or tok[1] not in PRESENT_PREFIX_PAIRS:
        return False
    freq = lexicon().freq
    one, other = freq.get(tok[1:], 0), freq.get(PRESENT_PREFIX_PAIRS[tok[1]] + tok[2:], 0)
    return max(one, other) >= FUTURE_STEM_FREQ and min(one, other) >= FUTURE_PAIR_FREQ


def _present_verb(tok: str) -> bool:
    """يتحدث، تشتري: a present verb in ي/ت that the lexicon holds often with both prefixes of the third person
    (تشتري and يشتري), never a name (شركة تونس لم تشتري سوى المشغل، مشيرا). First names on either side are kept
    (يزيد، يحيى؛ تونس: يونس), and so are ت-words shaped like the verbal nouns تفعّل and تفاعل (توجه، تغير، تراجع،
    تواصل), which are nouns as often as verbs."""
    if len(tok) < 4 or tok[0] not in "\u064a\u062a" or tok.removesuffix(NAME_SENTINEL) in _first_names():
        return False
    pair = PRESENT_PREFIX_PAIRS[tok[0]] + tok[1:]
    if pair in _first_names() or tok[0] == "\u062a" and (len(tok) == 4 or tok[2] == "\u0627"):
        return False
    freq = lexicon().freq
    return min(freq.get(tok, 0), freq.get(pair, 0)) >= FUTURE_PAIR_FREQ and tok not in _naming_verbs() \
        and freq.get("\u0627\u0644" + tok, 0) < ARTICLE_NOUN_FREQ  # (not يمني: اليمني, a verb takes no article)


ARTICLE_NOUN_FREQ = 5


def _we_verb(tok: str) -> bool:
    """نتمنى، نطالب: a present verb of the first person plural (its ي form a present verb by the rule above), the
    speakers' own words begun without a mark (وقال كل من فلان وفلان نتمنى أن); no name."""
    return len(tok) >= 4 and tok[0] == "\u0646" and tok not in _first_names() and _present_verb("\u064a" + tok[1:])


@cache
def _naming_verbs() -> frozenset[str]:
    """يدعى، تدعى: the verb that brings a name (سائق يدعى فلان), read with the subject it names."""
    return frozenset(_f(w) for w in ("يدعى", "تدعى", "يدعي", "تدعي"))


def _glued_preposition(tok: str, nxt: str = "") -> bool:
    """لنصرة، لحقوق: a noun after a glued ل, not the start of a name. A shorter word counts when
    the next is a definite noun, not a family name (لدول الخليج, but لزهر العكرمي، لينا الخطيب).
    بجميع، بقدرات: ب + a common noun of the lexicon that is no first name (not بريان، بدر)."""
    if tok[:1] == "\u0628" and len(tok) >= 5 and tok.removesuffix(NAME_SENTINEL) not in _first_names() \
            and (tok[1:].removesuffix(NAME_SENTINEL) not in _first_names() or lexicon().freq.get("\u0627\u0644" + tok[1:], 0) >= 100) \
            and not tok.startswith("\u0628\u0627\u0644") and _common_noun(tok[1:]):  # (not بريان: a first name, rarer
        # with the article; but بجميع: الجميع is frequent)
        return True  # بجميع المتطوعين: ب + a common noun of the lexicon, an object, never a name
    if not tok.startswith("\u0644") or tok.startswith("\u0644\u0644"):
        return False
    return len(tok) >= 5 or (len(tok) == 4 and _definite(nxt) and not _nisba(nxt)
                             and tok.removesuffix(NAME_SENTINEL) not in _first_names())


@cache
def _relatives() -> frozenset[str]:
    return frozenset(_f(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "ممن"))  # ممن: من الذين


@cache
def _directions_of_place() -> frozenset[str]:
    return frozenset(_f(w) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"))


@cache
def _apposition_pronouns() -> frozenset[str]:
    """وهو، وهي: a clause describing the one just named (وقال شو وهو مسؤول كبير في الحزب)."""
    return frozenset(_f(w) for w in ("وهو", "وهي", "وهم", "وهما"))


@cache
def _name_links() -> frozenset[str]:
    return frozenset(_f(w) for w in ("عبد", "أبو", "أبي", "بن", "ابن", "بنت", "آل",
                                     "ولد"))  # Mauritanian names: إسماعيل ولد الشيخ أحمد، ولد الشيخ أحمد


@cache
def _name_particles() -> frozenset[str]:
    """European name particles (فون دير لاين، فان دير فارت، فان غال): a name never ends on one, the name goes on."""
    return frozenset(_f(w) for w in ("فون", "فان", "دير", "ديل", "دي", "دو", "دا"))


PLURAL_NISBA = ("\u064a\u0648\u0646", "\u064a\u064a\u0646")  # يون يين
def _conditional(toks: list[tuple[str, int, int]], i: int) -> bool:
    """لو before a verb (هذا الشاعر، لو جاء إلى المملكة): "if", no name (but لو دريان، لو بان: Le in French names)."""
    return toks[i][0] == "\u0644\u0648" and i + 1 < len(toks) and toks[i + 1][0] in _verb_forms()


def _owned_then_adjective(toks: list[tuple[str, int, int]], j: int) -> bool:
    """A noun written with the pronoun ه (not ة), one the news meets often with the article, then a definite word
    (رضاه التام، شكره الجزيل، حزنه العميق): the thing owned and its adjective; never a first name (عبده), nor a
    family name before a time or an office (هالة شيخ روحه اليوم، فلان روحه الوزير)."""
    tok = toks[j][0]
    nxt = toks[j + 1][0] if j + 1 < len(toks) else ""
    return len(tok) >= 4 and tok.endswith("\u0647") and toks[j][2] in WRITTEN_HA.get() and nxt.startswith("\u0627\u0644") \
        and nxt not in _time_leads() and nxt not in _stops() and not _office(nxt) and not _is_title(nxt) \
        and tok not in _first_names() \
        and lexicon().freq.get("\u0627\u0644" + tok[:-1], 0) >= OWNED_NOUN_FREQ


OWNED_NOUN_FREQ = 20  # the article form of a noun met this often: a common noun, not a name
OWNED_NOUN_ENDINGS = ("\u064a\u062a\u0647", "\u064a\u062a\u0647\u0627", "\u064a\u062a\u0647\u0645")  # يته يتها يتهم
PRONOUN_SUFFIXES = ("\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627")  # ها هم هما
OBJECT_SUFFIXES = ("\u064a\u0647", "\u062a\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627")  # يه ته ها هم هما


def _fa_inna(toks: list[tuple[str, int, int]], j: int) -> bool:
    """فإن folded (فان) with no name word after it: the particle, not van of a Dutch name (فان دايك)."""
    return toks[j][0] == "\u0641\u0627\u0646" and (j + 1 >= len(toks) or not _is_name_token(toks[j + 1][0])
                                                  or j > 0 and _indefinite_nisba(toks[j - 1][0]))  # دبلوماسي أميركي
    # | فإن كيري: a nisba is no first name before van


def _place_after_quoted_name(toks: list[tuple[str, int, int]], i: int) -> bool:
    """ب + a word right after a quoted name (فريق "كيبلر" بناسا، مختبر "بيو" بواشنطن): the place of what the
    quote marks name, never a person's name (a first name after ب stays: "…" بدر)."""
    tok = toks[i][0]
    return tok[:1] == "\u0628" and len(tok) >= 4 and i >= 3 and toks[i - 1][0] in QUOTE_CHARS \
        and toks[i - 3][0] == toks[i - 1][0] and tok not in _first_names() and tok[1:] not in _first_names()


def _feminine_noun_alone(toks: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """One word in ة, no first name and no nisba itself, before ``toks[j]``: a noun its -ية adjective agrees with
    (كشفت دورة تدريبية أن), not a name an abstract noun follows (nor متحدثة عسكرية | إسرائيلية)."""
    noun = toks[i][0]
    return j - i == 1 and noun.endswith("\u0647") and not noun.endswith("\u064a\u0647") and noun not in _first_names()


def _article_first_name(toks: list[tuple[str, int, int]], i: int) -> bool:
    """A word with the article right before بن and a name word (السياسي الطاهر بن حسين، الحبيب بن يحيى): a first
    name that takes the article, the name of a man of his father (not a nisba: الأمريكي بن كاردين)."""
    return toks[i][0].startswith("\u0627\u0644") and not _is_title(toks[i][0]) and not _nisba(toks[i][0]) and not _office(toks[i][0]) and i + 2 < len(toks) \
        and toks[i + 1][0] == _f("بن") and _is_name_token(toks[i + 2][0]) and not _is_title(toks[i + 2][0])


# لم، لن (also detached from و: و لم يتنبه): the word after them is a verb, never a name.
JUSSIVES = frozenset({"\u0644\u0645", "\u0644\u0646", "\u0648\u0644\u0645", "\u0648\u0644\u0646", "\u0641\u0644\u0645", "\u0641\u0644\u0646"})


def _verb_after_title(toks: list[tuple[str, int, int]], i: int) -> bool:
    """مواطنة تقطن بمنطقة، طالب يدرس في: a four-letter present verb in ت/ي after a person's title (a common noun) and
    before a preposition (في، عن، من، على، لدى or a glued ب) describes the one the title names, never his name.
    (The four-letter ت-words are no verbs in :func:`_present_verb`: they are names or verbal nouns as often.)"""
    tok = toks[i][0]
    if i == 0 or i + 1 >= len(toks) or len(tok) != 4 or tok[0] not in "\u064a\u062a" or tok[-1] == "\u064a" \
            or tok.removesuffix(NAME_SENTINEL) in _first_names():
        return False
    nxt = toks[i + 1][0]
    return _person_title(toks[i - 1][0]) and _common_noun(toks[i - 1][0]) \
        and (nxt in _chain_prepositions() or nxt[:1] == "\u0628" and len(nxt) >= 4 and not nxt.endswith(NAME_SENTINEL))


# Short syllables of East Asian names that are also prepositions (تشيوي هونج بين): in a name only where no object follows.
NAME_SYLLABLES = frozenset({"\u0628\u064a\u0646"})  # بين


def _syllable_in_foreign_name(toks: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """بين after two foreign name words or more (no first name of the lexicon, no article) and right before a comma or
    the end: a preposition has an object, so this is the name's last syllable (تشيوي هونج بين، كبير الاقتصاديين)."""
    return toks[j][0] in NAME_SYLLABLES and j - i >= 2 and (j + 1 == len(toks) or toks[j + 1][0] in SEPARATORS) \
        and all(not _definite(t[0]) and t[0].removesuffix(NAME_SENTINEL) not in _first_names() for t in toks[i:j])


@cache
def _headed_by() -> frozenset[str]:
    """Headed, led, supervised by (برئاسة، بقيادة، بإشراف): the name after them is another's than the one before."""
    return frozenset(_f(w) for w in ("برئاسة", "بقيادة", "بإشراف", "برعاية"))


def _runs(toks: list[tuple[str, int, int]]) -> Iterator[tuple[int, int]]:
    """Index ranges [i, j) of name-like runs: up to five name words, an article-word
    inside after عبد/أبو/بن (عبد الرحمن) and one at the end (بشار الأسد)."""
    n = len(toks)
    i = 0
    while i < n:
        if (not (_is_name_token(toks[i][0]) or _article_first_name(toks, i)) or _is_title(toks[i][0])) \
                and not _office_first_name(toks, i) or toks[i][0] in _headed_by() \
                or _place_after_quoted_name(toks, i) or _owned_statement(toks[i][0]) or _verb_after_title(toks, i) \
                or i and toks[i - 1][0] in JUSSIVES:
            i += 1
            continue
        j = i + 1
        while j < n and (j - i < NAME_RUN_WORDS or toks[j - 1][0] in _name_links()):
            tok = toks[j][0]
            if tok in _headed_by():
                break  # جامعة تكساس سان انتونيو | برئاسة فلان: "headed by" ends one name and introduces the next
            if tok == _f("فقد") or _fa_inna(toks, j):
                break  # أما المذيعة فلانة فارس | فقد عددت: the ف of أما's answer ends the topic's name
            if tok in _period_parts() and j + 1 < n and toks[j + 1][0] in _periods():
                break  # واشنطن | نهاية الأسبوع الماضي: a circumstance of time, no family name
            if tok == EVE and j + 1 < n and toks[j + 1][0] not in SEPARATORS:
                break  # كينياتا | عشية المحادثات: the eve of an event, a circumstance of time
            if tok.endswith(NAME_SENTINEL) and toks[j - 1][0] not in _name_links() and not _father_name(toks, i, j):
                break  # سلوى | علي العطوي: a re-read name starts its own run (but خالد بن علي، محمد علي النقي)
            if len(tok) >= 7 and tok.endswith("\u064a\u0647") and not _feminine_noun_alone(toks, i, j) and (
                    _common_noun(tok) or not _is_name_token(tok) or j + 1 < n and toks[j + 1][0] not in SEPARATORS
                    and toks[j + 1][0] not in _chain_prepositions()):
                break  # ويلي نياميتوي | مسؤولية أعمال العنف: an abstract noun after the name (not عمار عمروسية، or
                # before أن or a preposition: a family name in -ية closing the subject, never met with the article:
                # عمار عمروسية في تصريح)
            if j - i >= 2 and (tok in _statements() or tok[:1] == "\u0628" and tok[1:] in _statements()) \
                    or tok in _statements() and tok.endswith("\u0647"):  # الملك سلمان | كلمته: his talk
                break  # ألقى الأمير فيصل بن مشعل | كلمة قال فيها، أدلى فلان | بتصريح: what he gave, not his name
            if tok in _construct_descriptions() and j + 1 < n and _definite(toks[j + 1][0]):
                break  # جون بافز | كبير المحللين: chief of, an office after the name; لويس هاميلتون | بطل العالم
            if j - i >= 2 and _office(tok) and not _definite(tok) and tok.removesuffix(NAME_SENTINEL) not in _first_names() \
                    and tok not in _title_names() and j + 1 < n and (_definite(toks[j + 1][0]) or _indefinite_nisba(toks[j + 1][0])) \
                    and toks[i][0].removesuffix(NAME_SENTINEL) in _first_names():
                break  # باتريك تاكر | محلل سياسي، علي جمعة | مفتي الديار: a bare office after the name describes him
            if tok in _elatives() and j + 1 < n and (toks[j + 1][0] == _f("من") or _person_title(toks[j + 1][0])):
                break  # بن كاردين | أكبر عضو ديمقراطي، رويترز | أول من ذكرت: an elative describes the one named
            if _owned_then_adjective(toks, j):
                break  # المدرب اخوان | رضاه التام: a thing he owns and its adjective, not his family name
            if _verb_before_adam(toks, j):
                break  # مسؤول أمني تركي | طلب عدم نشر اسمه: a verb of the one described, not a name
            if _derived_participle(tok) and j + 1 < n and _definite(toks[j + 1][0]):
                break  # هاميلتون | متصدر الترتيب: a participle in construct describes the one named
            if tok[:1] == "\u0648" and tok not in _first_names() and toks[j - 1][0] not in _name_links() \
                    and not (_whole_waw_word(tok) and (j + 1 == n or toks[j + 1][0] in SEPARATORS or toks[j + 1][0] in _stops())) \
                    and not (
                    (j - i == 1 or j - i == 2 and toks[i + 1][0] in _first_names()) and j + 1 == n
                    and toks[i][0] in _first_names() and len(tok) >= 4 and not tok.endswith(("\u0647", "\u0647\u0627", "\u0647\u0645"))
                    and not toks[i][0].endswith(("\u0647", "\u0647\u0627")) and toks[i][0] not in _ambiguous_names()
                    and tok[1:] not in _first_names() and _is_name_token(tok[1:])):
                break  # فلاديمير بوتين | وسيب بلاتر: a second person, joined by و (but سوزان ورال، جابر حسين وحيش: a
                # first name, alone or with the father's, then a last word that is no name after و, is the family name)
            if j - i >= 2 and len(toks[j - 1][0]) >= 6 and toks[j - 1][0].endswith(PLURAL_NISBA) \
                    and not tok.endswith(PLURAL_NISBA):
                break  # محللون سياسيون أردنيون | تصرفات نائب: plural adjectives end the description
            if i == 0 and j == 1 and tok[:1] == "\u064a" and len(tok) == 4 and tok[-1] != "\u064a" and tok not in _first_names() \
                    and toks[i][0] not in _first_names() and j + 1 < n and toks[j + 1][0] in _chain_prepositions():
                break  # مسعف | يعمل في هيئة الإسعاف: an imperfect verb describing the one named by a noun
            if _fa_inna(toks, j):
                break  # وبحسب السفير فلان | فإن: the particle opening the clause, not a Dutch van
            if toks[j - 1][0] in _name_links() and tok not in SEPARATORS and len(tok) > 1 and (
                    tok not in _stops() or tok not in _chain_prepositions() and tok not in _time_leads()):
                j += 1  # خالد بن مساعد السهلي، أسامة بن فضل البار: after بن comes a name, whatever it means
                continue
            if tok in _title_names() and j + 1 < n and (toks[j + 1][0] in _name_links() or (
                    _is_name_token(toks[j + 1][0]) and not _is_title(toks[j + 1][0])) or (
                    _definite(toks[j + 1][0]) and not _is_title(toks[j + 1][0]) and toks[j + 1][0] not in _stops()
                    and not _nisba(toks[j + 1][0]) or toks[j + 1][0].endswith("\u064a") and toks[j + 1][0] not in _adjectives())):
                j += 1  # محمد أمين بن عمر: أمين is a name here
                continue
            if tok in _name_tails() and j - i == 1 and not _definite(toks[i][0]):
                j += 1  # صلاح الدين دمرداش: a compound first name
                continue
            if _is_name_token(tok) and not _is_title(tok) or tok.startswith("\u0627\u0644") and toks[j - 1][0] in _name_links() and tok not in _titles():
                j += 1
            elif j - i == 1 and _plain_verb(tok) and not VERB_RE.fullmatch(tok) and not _common_noun(toks[i][0]) and (
                    j + 1 == n or toks[j + 1][0] in SEPARATORS or toks[j + 1][0] in _stops()
                    or COMPLEMENTIZER_RE.fullmatch(toks[j + 1][0])):
                j += 1  # وارن تراس إن: a verb's letters after a first name, closing the subject, are his family name
            elif _syllable_in_foreign_name(toks, i, j):
                j += 1  # تشيوي هونج بين،: a syllable of the name, no preposition (it has no object)
            else:
                break
        if j < n and j - i <= 5 and toks[j][0].startswith("\u0627\u0644") and not _is_title(toks[j][0]) \
                and toks[j][0] not in _stops() and toks[j][0] not in _periods() and not _epithet_at(toks, j) \
                and toks[j][0] not in _after_name_words() and not _apposed_person_noun(toks, i, j) \
                and not (j - i >= 2 and toks[j - 2][0] == FAMILY_LINK
                                                                 and _definite(toks[j - 1][0])) \
                and not _description_after_name(toks, i, j) \
                and toks[j][0] not in _acts_judged() and toks[j][0] not in _declined():  # آل الشيخ | التعازي (but آل
            # جرمان الشهراني) (وصف فلان عامر | الحادث بالشنيع: the act judged is the verb's object, no family name, nor
            # what is declined, رفضت أبل | التعليق; صلاح خبري | الأسبوع الماضي: a period of time, never a family name)
            j += 1
            if _body_adjective_after(toks, i, j):
                j += 1  # قوة المهام المشتركة: the body's adjective, agreeing with its feminine head
        elif _title_surname(toks, i, j):
            j += 1  # شوقي الطبيب، : a family name that is also an office
        if j - i == 2 and j < n and _dual_body(toks[i][0]) and _definite(toks[i + 1][0]) and toks[j][0][:1] == "\u0648" \
                and _definite(toks[j][0][1:]):
            j += 1  # وزارتا الصحة والنقل: a dual body names both its fields
        first = toks[i][0]
        if (first[:1] in "\u0628\u0644" and len(first) >= 4 and j - i >= 3 and _glued_place_opens(toks, i)
                and toks[i + 1][0] not in _name_links() and first.removesuffix(NAME_SENTINEL) not in _first_names()):
            i += 1  # بحائل محمد الطيار: a place after ب, then the name (but بندر خالد العتيبي: a first name)
        link = next((k for k in range(i + 1, j) if toks[k][0] in _name_links()), None)
        if link is not None and link - i >= 2 and not (link - i == 2 and toks[i][0] in GLUED_NAME_HEADS) \
                and not ((toks[link - 1][0].endswith(NAME_SENTINEL) or toks[link][0] == FAMILY_LINK)
                         and _father_name(toks, i, link - 1)) \
                and not (link - i == 2 and _first_and_father(toks, i)):  # عبد الله بن غازي
            # (but أحمد علي آل مريع، سعيد محمد آل دعكن: the father's name after a first name, then the family)
            compound = (toks[link - 1][0] in _al_names() or toks[link - 1][0] in _name_tails()) \
                and toks[link - 2][0].removesuffix(NAME_SENTINEL) in _first_names()  # عطا الله بن مسفر، نصر الدين بن
            i = link - 2 if toks[link - 1][0] in _title_names() or toks[link - 2][0] in GLUED_NAME_HEADS or compound \
                else link - 1  # محمد أمين بن عمر  # بصحة حائل عارف بن غازي الشمري: the name starts before بن
            # (but محمد الهادي بن سليمان: a first name with a Maghrebi second name in ال before بن)
        if j - i >= 3 and j < n and len(toks[j - 1][0]) >= 4 and toks[j - 1][0].endswith(OBJECT_SUFFIXES) \
                and toks[j - 2][0] not in _name_links():
            j -= 1  # أكد ... وليد عبدالله تعافيه: the last word is the object, with its pronoun
        yield i, j
        i = j


KNOWN_STEM_FREQ = 5  # a stem the news lexicon meets this often is a word, not the rest of a foreign name
KNOWN_WORD_FREQ = 30  # a whole word met this often is a common word (بلاغ), no rare foreign name


def _place_after_bi(tok: str) -> bool:
    """A word glued to ب/ل that reads as a place or a body before a name (بحائل، بالقصيم، بصحة، بمركز، بهجر): its
    stem is definite, feminine in ة, a gazetteer place, a body word or a word the news uses. A foreign name that only
    opens with those letters (بيجن نامدار زنكنه: يجن is no word) is none: it starts the name."""
    stem = tok.removesuffix(NAME_SENTINEL)[1:]
    return _definite(stem) or stem.endswith("\u0647") or link_place(stem) is not None or _institution_head(stem) \
        or lexicon().freq.get(stem, 0) >= KNOWN_STEM_FREQ or stem.endswith(PRONOUN_SUFFIXES) \
        or lexicon().freq.get(tok.removesuffix(NAME_SENTINEL), 0) >= KNOWN_WORD_FREQ  # بينهم: a pronoun; بلاغ: a word


@cache
def _elatives() -> frozenset[str]:
    """Elatives in construct after a name (أكبر عضو، أول من ذكر): a description of the one named, no name word."""
    return frozenset(_f(w) for w in ("أكبر", "أبرز", "أقدم", "أول", "أشهر", "أهم", "أصغر"))


def _description_after_name(toks: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """The article-word at ``j``, after two bare name words or more, heads a description with its complement, so it
    is no family name: a noun with a nisba (مدني رحيمي | الناقد الرياضي), a participle in الم with a complement
    glued to بال/لل or a participle after it (ياسر مصباح | المكلف بالإعلام، جيمي فولر | المؤسس المشارك). A family
    name in -ي (محمد صالح الحمراني) and a name with بن/آل keep the word."""
    if j - i < 2 or j + 1 >= len(toks) or any(t[0] in _name_links() for t in toks[i:j]) \
            or toks[i][0].removesuffix(NAME_SENTINEL) not in _first_names():
        return False  # (مديرو تعليم الحد الجنوبي، بطل ركوب الأمواج: a description, no name)
    word, nxt = toks[j][0], toks[j + 1][0]
    if _nisba(word) or word.endswith("\u0647") or nxt in _stops() or _is_title(nxt) or word in _name_tails():
        return False  # (الحمراني، المقربة; فلان المبارك | المتحدث الرسمي: a family name, then the office; صلاح الدين)
    participle = word.startswith("\u0627\u0644\u0645") and len(word) >= 5  # المكلف، المؤسس
    agent = len(word) == 6 and word[3] == "\u0627"  # الناقد: the agent noun فاعل with the article
    if agent and _nisba(nxt) and nxt.endswith("\u064a") and nxt not in _adjectives():
        return True  # الناقد الرياضي
    return participle and not _office(word) and (
        nxt.startswith(("\u0628\u0627\u0644", "\u0644\u0644")) or nxt.startswith("\u0627\u0644\u0645") and len(nxt) >= 5)


@cache
def _construct_descriptions() -> frozenset[str]:
    """Heads that describe the one named before them in construct with a definite word (كبير المحللين، بطل
    العالم): never a name word."""
    return frozenset(_f(w) for w in ("كبير", "كبيرة", "بطل", "بطلة"))


def _describes_before(toks: list[tuple[str, int, int]], j: int) -> bool:
    """A head of ``_construct_descriptions`` at ``j`` with its definite complement (أدريان لودفيغ | كبير الخبراء):
    it describes the run before it, which is the name (not a description head with the name after it)."""
    return j + 1 < len(toks) and toks[j][0] in _construct_descriptions() and _definite(toks[j + 1][0])


def _first_and_father(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Two first names before بن/أبو (راشد أحمد بن فهد، أحمد محمد بن ضاحي): the first name and the father's,
    one person's name, when nothing before them can make the first a place or an institution's namesake (not
    جامعة الملك سعود | بدران بن عبدالرحمن: after الملك/الأمير/الشيخ the first name is the institution's), nor
    is the first a place (منطقة عسير | جلوي بن محمد)."""
    first, father = (toks[k][0].removesuffix(NAME_SENTINEL) for k in (i, i + 1))
    if first not in _first_names() or father not in _first_names() or first in _ambiguous_names() \
            or father in _ambiguous_names() or first.startswith("\u0648") or link_place(first) is not None:
        return False  # (not منطقة عسير | جلوي بن محمد: a region's name before the first name)
    prev = toks[i - 1][0] if i else ""
    return prev not in _royal() and (_description_ends(prev) or prev in _stops())


def _father_name(toks: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """علي read as a name at ``j`` right after a run that opens on a known first name, itself after the end
    of a description (a definite word, a title, a comma) or at the start: the father's name inside one
    person's name (رئيس مجلس الإدارة محمد علي النقي), not a second person. After a bare noun the first name
    may be a place in construct (مدير عام جمرك سلوى | علي العطوي): there علي opens its own run."""
    first = toks[i][0].removesuffix(NAME_SENTINEL)
    if first not in _first_names() or first in _ambiguous_names() or first.startswith("\u0648"):
        return False
    if not all(_is_name_token(t[0]) or t[0] in _name_links() for t in toks[i + 1:j]):
        return False
    return _description_ends(toks[i - 1][0] if i else "")


def _description_ends(prev: str) -> bool:
    """The word before a run ends a description or nothing stands there (the start, a comma, a definite word, a
    title): a first name after it opens the person's name."""
    return not prev or prev in SEPARATORS or _definite(prev) or _is_title(prev)


FAMILY_NAME_CLUSTER = 63  # the lexicon's coarse word cluster of family names (الحازمي، الغامدي، العريض)


def _known_common_word(word: str) -> bool:
    """The folded definite word is one the lexicon knows outside its cluster of family names, no first name and no
    person in the gazetteer (الصورة، القطاع، التأهل): after على it is the preposition's object, not a family name."""
    if not word.startswith("\u0627\u0644") or word in _first_names():
        return False
    cluster = lexicon().coarse.get(word)
    return cluster is not None and cluster != FAMILY_NAME_CLUSTER and "PERS" not in gazetteers().single.get(word, ())


@lru_cache(maxsize=WORD_CACHE)
def _common_noun(word: str) -> bool:
    """The folded word takes the article often in the news lexicon (السوق): a common noun, not a name."""
    return lexicon().freq.get("\u0627\u0644" + word, 0) >= 30


def _owned_common_noun(word: str) -> bool:
    """A common noun with an owner's pronoun (عملهم، احترامها): a thing someone has, never a name."""
    suffix = next((x for x in PRONOUN_SUFFIXES[::-1] if word.endswith(x)), None)
    return suffix is not None and word.removesuffix(NAME_SENTINEL) not in _first_names() \
        and len(word) - len(suffix) >= 3 and _common_noun(word[:-len(suffix)])


def _accusative_noun(word: str) -> bool:
    """The folded word is a common noun with the alef of the indefinite accusative (جهودا، تقريرا), and no known
    first name: the noun after أن is a thing there, never a name."""
    bare = word.removesuffix(NAME_SENTINEL)
    return bare not in _first_names() and bare.endswith("\u0627") and len(bare) >= 4 and _common_noun(bare[:-1])


def _verb_before_adam(toks: list[tuple[str, int, int]], k: int) -> bool:
    """The word at ``k`` comes right before عدم (طلب عدم نشر اسمه، فضل عدم الكشف): a verb of the one
    described, never part of his name or description (but محسن بن علي | عدم وعده: after بن, a name)."""
    return k + 1 < len(toks) and toks[k + 1][0] == _f("عدم") and WORD_RE.fullmatch(toks[k][0]) is not None \
        and not (k and toks[k - 1][0] in _name_links())


def _derived_participle(tok: str) -> bool:
    """An active participle of a derived form in مت/مست (متصدر، متحدث، مستشار), no known first name: it
    describes a person, it is never part of a name."""
    return tok.startswith(("\u0645\u062a", "\u0645\u0633\u062a")) and len(tok) >= 5 \
        and tok.removesuffix(NAME_SENTINEL) not in _first_names()


@cache
def _epithets() -> frozenset[str]:
    """Participles that bring a nickname, a known-as or an age (فانينج الملقب بالبرق، المعروف بـ، البالغة من العمر):
    never a family name."""
    return frozenset(_f(w) for w in ("الملقب", "الملقبة", "المعروف", "المعروفة", "المكنى", "المكناة", "المسمى",
                                     "المسماة", "الشهير", "الشهيرة", "المشهور", "المشهورة",
                                     "البالغ", "البالغة"))  # سارة البالغة من العمر 21 عاما: her age, no family name


def _epithet_at(toks: list[tuple[str, int, int]], j: int) -> bool:
    """An epithet at ``j`` that brings what follows it (الملقب بالبرق، البالغة من العمر): not one closing the name
    before a comma, the end or an office, where it is the family name (محمد المكني رئيس البلدية: المكني, folded
    like المكنى)."""
    if toks[j][0] not in _epithets():
        return False
    return j + 1 < len(toks) and toks[j + 1][0] not in SEPARATORS and not _person_title(toks[j + 1][0])


def _whole_waw_word(tok: str) -> bool:
    """A word in و whose rest the lexicon never holds alone (ووتش، وودز، ورال): one word, a name's own, not و
    joining a second name (وسيب بلاتر: سيب). Read so only where it closes the subject (هيومن رايتس ووتش إن; not
    نيو ساوث ويلز | للصناعات، a place inside an office's chain)."""
    if len(tok) < 4 or tok.endswith(ARABIC_INFLECTIONS) or tok[1:] in _first_names() or link_place(tok) is not None:
        return False  # (وثيقة، واضحا، وتربويون: Arabic words whose bare stem the lexicon lacks; ويلز: a place)
    freq = lexicon().freq
    return freq.get(tok[1:], 0) == 0 and freq.get(tok, 0) >= WHOLE_WAW_FREQ \
        and freq.get("\u0627\u0644" + tok, 0) < ARTICLE_NOUN_FREQ  # (not وقود، وقوع: الوقود, an Arabic noun)


WHOLE_WAW_FREQ = 3
# Endings of Arabic nouns and adjectives (ة folded ه، the accusative ا، plurals and duals): never a foreign name's.
ARABIC_INFLECTIONS = ("\u0647", "\u0627", "\u0648\u0646", "\u064a\u0646", "\u0627\u062a", "\u0627\u0646")


@cache
def _after_name_words() -> frozenset[str]:
    """Definite words that follow a name without being its family name: a specialist's description
    (ديفيد راديل المختص في بورصة لندن), where the person lives, is or comes from (هادي دانيال المقيم في تونس،
    بخاري الموجود حاليا في واشنطن) and the thanks or greeting given (قدم الأمير فلان بن فهد الشكر)."""
    return frozenset(_f(w) for w in ("المختص", "المختصة", "المتخصص", "المتخصصة", "الشكر", "التهنئة", "التهاني",
                                     "المقيم", "المقيمة", "الموجود", "الموجودة", "المتواجد", "المتواجدة", "المولود",
                                     "المولودة", "المنحدر", "المنحدرة", "المتحدر", "المتحدرة", "القاطن", "القاطنة"))


@cache
def _person_nouns() -> frozenset[str]:
    """Plain nouns of a person (المرأة، الرجل): after a name of two words that are no common nouns, an apposition
    (كارلي فيورينا المرأة الوحيدة في السباق); after nouns, their complement (أسرة الطفلة، حقوق المرأة)."""
    return frozenset(_f(w) for w in ("المرأة", "الرجل", "الفتاة", "الطفل", "الطفلة", "الشابة"))


def _apposed_person_noun(toks: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """:func:`_person_nouns` after the name run ``[i, j)`` of two words or more, none of them a common noun."""
    return toks[j][0] in _person_nouns() and j - i >= 2 and not any(_common_noun(t[0]) for t in toks[i:j])


@cache
def _body_heads() -> frozenset[str]:
    """Heads of a body's name that are no office word (those stand outside a name run): قوة المهام، جمهورية مصر."""
    return frozenset(_f(w) for w in ("قوة", "جمهورية", "مملكة", "إمارة", "سلطنة", "منطقة", "بعثة"))


def _body_adjective_after(toks: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """A definite feminine word after a run of a body's head in ة (folded ه: قوة، جمهورية) and a definite
    complement (قوة المهام | المشتركة): the adjective of the body so named, its end (not a title: المتحدثة, an
    epithet, or a word of the stop list; nor after a person's noun: سيدة الأعمال | السعودية أميمة فلان)."""
    if j >= len(toks) or j - i != 2:
        return False
    head, adj = toks[i][0], toks[j][0]
    return head in _body_heads() \
        and adj.startswith("\u0627\u0644") and adj.endswith("\u0647") and not _is_title(adj) \
        and adj not in _stops() and adj not in _epithets() and adj not in _titles()


ADDRESSEE_L = "\u0644"  # ل written apart before a quoted outlet's name (ل"الجوهرة أف أم")


def _title_surname(toks: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """A known first name, then an article-word that is an office, then a comma or the end: the office word is the
    family name (شوقي الطبيب،); so it is after a first name and a father's name when another office follows it
    (محمد محمود القاضي المستشار الفني: no one holds two offices side by side, the first is his name; but a compound
    office, الرئيس المدير العام، المتحدث الإعلامي، الوزير المفوض, is one)."""
    if not (j < len(toks) and (toks[i][0] in _first_names() or toks[i][0] in _al_names()) and _definite(toks[j][0])
            and _is_title(toks[j][0])):
        return False
    if j - i == 1 and (j + 1 == len(toks) or toks[j + 1][0] in SEPARATORS or toks[j + 1][0] == ADDRESSEE_L
                       or COMPLEMENTIZER_RE.fullmatch(toks[j + 1][0])):
        return True  # المنجي القاضي ل"الجوهرة أف أم" إن: before the one spoken to or the words too
    if j - i >= 3 and any(t[0] in _name_links() for t in toks[i + 1:j - 1]) and toks[j - 1][0] not in _name_links() \
            and (j + 1 == len(toks) or toks[j + 1][0] in _verb_words()
                 or toks[j + 1][0][:1] == "\u0648" and (j + 2 == len(toks) or COMPLEMENTIZER_RE.fullmatch(toks[j + 2][0]))):
        return True  # محمد بن عبدالرحمن المخرج أن: after a father's name, the office word closing the subject is his family
        # (محمد بن عبدالله المرشد وبين أن: or before the next verb)
    nxt = toks[j + 1][0] if j + 1 < len(toks) else ""
    return j - i == 2 and _is_name_token(toks[i + 1][0]) and not _definite(toks[i + 1][0]) and _definite(nxt) \
        and _office(nxt) and nxt not in _adjectives() and not _nisba(nxt) and nxt not in _office_seconds() \
        and toks[j][0] not in _compound_heads() and nxt != toks[j][0]


@cache
def _compound_heads() -> frozenset[str]:
    """Offices that head a compound office (الرئيس المدير العام، المتحدث الرسمي): never a family name before it."""
    return frozenset(_f(w) for w in ("الرئيس", "النائب", "الأمين", "المدير", "المتحدث", "الناطق", "الوزير", "الأمير",
                                     "الملك", "الشيخ", "السفير", "المستشار"))


@cache
def _office_seconds() -> frozenset[str]:
    """Offices that complete the one before them (الوزير المفوض، المدير المكلف، الأمين المساعد): one office, not two."""
    return frozenset(_f(w + e) for w in ("المفوض", "المناوب", "المنتدب", "المكلف", "المساعد", "المقيم") for e in ("", "ة"))


@lru_cache(maxsize=WORD_CACHE)
def _nisba(tok: str) -> bool:
    """A definite relative adjective (التركي، الإيرانية، السعوديين)."""
    return _definite(tok) and tok.endswith(("\u064a", "\u064a\u0647", "\u064a\u064a\u0646", "\u064a\u0648\u0646"))


@cache
def _elder_groups() -> frozenset[str]:
    """What a sheikh heads as an office (شيخ شمل، شيخ قبيلة، شيخ طائفة العقاريين), not a family name (حسن شيخ محمود)."""
    return frozenset(_f(w) for w in ("شمل", "قبيلة", "قبائل", "طائفة", "عشيرة", "عشائر", "مشايخ", "الطائفة"))


def _elders_as_heads(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """شيخ before the group he heads reads as the office head رئيس (same offsets), so the named
    sheikh after the office speaks (شيخ قبيلة بني عامر الشيخ فلان), as after رئيس قبيلة."""
    sheikh, head = _f("شيخ"), _f("رئيس")
    return [(head, a, b) if t == sheikh and k + 1 < len(toks) and toks[k + 1][0] in _elder_groups() else (t, a, b)
            for k, (t, a, b) in enumerate(toks)]


@cache
def _annexed_nouns() -> frozenset[str]:
    """Nouns that an adjective takes in construct (رفيع المستوى، واسع الاطلاع، وثيق الصلة): the pair describes,
    whatever first name the adjective looks like."""
    return frozenset(_f(w) for w in ("المستوى", "الاطلاع", "الصلة"))


def _name_in(toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """Folded span of the person's name in the subject: a run of name words after a
    title or an adjective (الرئيس التركي رجب طيب أردوغان), or at the start (قال رودس).
    Runs inside an adverbial (في تصريح للجوهرة أف أم) are skipped until the next comma;
    a first run that is a description head (حارس مرمى الشباب) gives way to a later name."""
    cut = next((k for k, t in enumerate(toks) if t[0] in _relatives() or k and t[0] in _apposition_pronouns()
                or k and t[0].removeprefix("\u0648") in _what() and not _around(toks, k)), len(toks))
    toks = toks[:cut]  # الخبراء الذين أجروا الدراسة، باباك يوسف زادة وهو محام مقره ...: no speaker inside a clause about him
    # (nor in a clause opened by ما: أكدت الأمانة العامة ما للمقدس من مكانة، وما يمثله من منزلة)
    while toks and toks[-1][0] in (ARABIC_COMMA, ","):
        toks = toks[:-1]  # فلان، أن: the comma before the words does not part the name from the subject's end
    toks = _elders_as_heads(toks)
    adverbial = [False] * len(toks)
    chained = [False] * len(toks)  # inside an adverbial that completes an office (المسؤولة على الإعلام، المكلف لدى شركة)
    occasioned = [False] * len(toks)  # inside an adverbial of the occasion (في بيان تلقت الوكالة نسخة منه)
    held = [False] * len(toks)  # after ردا على، مع up to a comma: the one answered or talked with
    aside = [False] * len(toks)  # inside an adverbial that opens right after a comma (، بمناسبة ذكرى اغتيال فلان،)
    mode = sticky = chain = occasion = set_off = False
    for k, (tok, _, _) in enumerate(toks):
        adjective = k > 0 and _definite(toks[k - 1][0]) and _nisba(tok)  # الندوة الصحفية
        if mode and k and toks[k - 1][0] in _stops() and tok.removeprefix("\u0627\u0644") in _occasions():
            occasion = True
        if tok in SEPARATORS and tok not in QUOTE_CHARS:
            mode = sticky = chain = occasion = set_off = False
        elif sticky:
            pass  # ردا على سؤال النائبة ابتسام: the one asking is not the one answering
        elif _is_title(tok) and not adjective and tok.removeprefix("\u0627\u0644") not in _institutions() \
                and tok[1:] not in _institutions() and tok not in _institutions():
            mode = occasion = False  # a person's title opens an apposition: في سورية د. بدر
        elif tok in _stops() and not (tok in _member_of() and k and (_office(toks[k - 1][0]) or toks[k - 1][0] in _members())
                                     and k + 1 < len(toks) and (_definite(toks[k + 1][0]) or _is_title(toks[k + 1][0]))):
            talked_with = tok == _f("مع") and k + 1 < len(toks) and _person_title(toks[k + 1][0])
            mode, sticky, occasion = True, tok in _responses() or talked_with, False  # but المسؤول في الفاو
            set_off = set_off or k > 0 and toks[k - 1][0] in SEPARATORS
            # دومينيك بورجون: his body, then his name (مع الإعلامي فلان: the one he talked with, up to a comma;
            # not وزير العلاقة مع الهيئات: an office's name)
            nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
            chain = tok in _chain_prepositions() and k > 0 and (_definite(toks[0][0]) or _is_title(toks[0][0])) \
                and not any(t[0] in SEPARATORS for t in toks[:k]) and nxt.removeprefix("\u0627\u0644") not in _occasions() \
                and nxt not in _time_leads() and nxt not in _periods() and nxt not in _stops()
        adverbial[k] = mode
        chained[k] = mode and chain
        occasioned[k] = mode and occasion
        held[k] = mode and sticky
        aside[k] = mode and set_off
    head: tuple[int, int] | None = None
    whole = [(i, j) for i, j in _runs(toks) if not _tribe_alone(toks, i, j)]
    runs = [(_first_name_after_place(toks, _after_tribe(toks, i), j), j) for i, j in whole]
    for n, (i, j) in enumerate(runs):
        if held[i]:
            continue  # مع الإعلامي فلان: the one he talked with is not the speaker
        if j - i >= 2 and toks[j - 1][0] in _annexed_nouns():
            continue  # مسؤول عراقي رفيع المستوى: an adjective in construct with its noun, not the name رفيع
        if toks[i][0] in _object_heads() and not (i and toks[i - 1][0] in _stops()):
            return None  # وأكد الرئيس المصري | أهمية زيارة ولي العهد: the verb's object after a title and its
            # nisba, and what comes after it (a name inside quoted words: واكد ضرورة "…") is the object's
        if _mosque_or_namesake(toks, i, j):
            continue  # في جامع الإمام | تركي بن عبد الله: the mosque and the imam it is named after, no one speaking
        if i != whole[n][0] and not adverbial[i]:
            return toks[i][1], toks[j - 1][2]  # بغرفة تجارة وصناعة جدة | محمد النفيعي
        if i == 1 and _institution_head(toks[0][0]) and not _office(toks[0][0]) or i == 0 and toks[0][0] in _sources():
            continue  # مركز آسيا بوليسي بوينت: the body's own name; دراسة بريطانية: a source, no person
        if i and j - i >= 2 and _definite(toks[j - 1][0]) and toks[j - 1][0].endswith("\u064a\u0647") and not any(
                t[0] in _name_links() for t in toks[i:j]) and toks[i][0].removesuffix(NAME_SENTINEL) not in _first_names():
            continue  # لمجموعة فولكس فاجن الألمانية: a feminine nisba describes a body; family names take no -ية
        if i and toks[i][0][:1] == "\u0648" and _field_of_body(toks[i - 1][0]) \
                and toks[i][0].removesuffix(NAME_SENTINEL) not in _first_names():
            continue  # الرئاسة العامة للأرصاد | وحماية البيئة: a body's second field joined by و, no one's name
        if _derived_verbal_noun(toks[i][0]) or toks[i][0] in _manners():
            continue  # أكد مدير عام السجون | ارتفاع عدد السجينات: the verb's object; بشكل ملحوظ: a manner, no name
        if _glued_preposition(toks[i][0], toks[i + 1][0] if i + 1 < j else "") and not (
                i and _nisba(toks[i - 1][0]) and j - i >= 2 and not any(_definite(t[0]) for t in toks[i:j])) \
                or all(len(t[0]) <= 2 for t in toks[i:j]):
            continue  # أف أم: letters of an acronym, not a name; لحقوق الإنسان (but الفرنسي لوران فابيوس: a name
            # after an office's nisba, bare words only)
        if i and not _plausible_start(toks[i][0]) and not any(t[0] in _name_links() for t in toks[i:j]) \
                and (toks[i][0][:1] in "\u0628\u0644" and len(toks[i][0]) >= 4 or toks[i - 1][0][:1] in "\u0628\u0644"
                     and len(toks[i - 1][0]) >= 4 or toks[i][0] in _directions_of_place()
                     or toks[i - 1][0].removeprefix("\u0648") in _construct_titles()) \
                and any(_plausible_start(toks[a][0]) and _plausible_name([t[0] for t in toks[a:b]]) and not adverbial[a]
                        for a, b in runs[n + 1:]):
            continue  # بهيئة السياحة بمكة المكرمة | عبدالله بن محمد، لشؤون مكافحة تمويل الإرهاب | دانيال غليزر
        if toks[i][0] in _directions_of_place() and i and toks[i - 1][0] in SEPARATORS:
            continue  # في إقليم تهامة، غرب اليمن،: a place in apposition, not a name
        marks_before = [k for k in range(i) if toks[k][0] in QUOTE_CHARS]
        if len(marks_before) % 2 == 1 and marks_before[-1] and _institution_head(toks[marks_before[-1] - 1][0].lstrip("\u0628\u0644\u0648")):
            continue  # صحيفة "الديلي ميل": the paper's quoted name, not a person
        if adverbial[i] and j == len(toks) and j - i >= 3 and toks[j - 1][0].startswith("\u0627\u0644") \
                and toks[i - 1][0] in _member_of() and not _common_noun(toks[i][0]) \
                and not toks[i][0].startswith("\u0627\u0644") and (toks[i + 1][0] not in _name_links()
                                                                   or toks[i + 1][0] in GLUED_NAME_HEADS):
            return toks[i + 1][1], toks[j - 1][2]  # في جازان بيشي الصرخي أن: the place, then the name (not عند
            # إطلاق شارة السباق: a time; nor في مجال مكافحة الإرهاب: a common noun, no place)
        if chained[i]:
            first = next((m for m in range(i, j - 1) if toks[m][0].removesuffix(NAME_SENTINEL) in _first_names()
                          and len(toks[m][0].removesuffix(NAME_SENTINEL)) >= 3 and len(toks[j - 1][0]) >= 3
                          and toks[m][0].removesuffix(NAME_SENTINEL) not in _ambiguous_names()
                          and toks[m - 1][0] not in _royal() and toks[m - 1][0] not in _name_links()), None)
            if first is not None:
                return toks[first][1], toks[j - 1][2]  # المسؤولة على الإعلام لتظاهرة "TBA" | سلمى فلاح، المكلف
                # بالاتصال لدى شركة نقل تونس | محمد الشملي: the office's complement, then a known first name
        if (j - i == 1 or j - i == 2 and toks[i + 1][0] in _others()) and i and _is_title(toks[i - 1][0]) \
                and not _definite(toks[i][0]) and _indefinite_nisba(toks[i][0]) \
                and toks[i][0].removesuffix(NAME_SENTINEL) not in _first_names():
            continue  # متحدث إعلامي، مصدر أمني، طالبة جامعية أخرى: the title's adjectives, not a name
        if adverbial[i] and not aside[i] and j == len(toks) and j - i >= 2 \
                and toks[i][0].removesuffix(NAME_SENTINEL) in _first_names() \
                and toks[i][0].removesuffix(NAME_SENTINEL) not in _ambiguous_names() and _definite(toks[i - 1][0]) \
                and not _is_title(toks[i - 1][0]) and toks[i - 1][0] not in _stops():
            return toks[i][1], toks[j - 1][2]  # مديرة المكتبة في الجامعة | سوزان ورال أن: the body, then a known first
            # name (not قال الحزب، بمناسبة ذكرى اغتيال الشهيد فلان، إن: one honoured in an aside set off by commas)
        if adverbial[i] and j == len(toks) and any(toks[k][0] in _patronyms() for k in range(i + 1, j)):
            return toks[i][1], toks[j - 1][2]  # في لبنان وليد بن علي الجلال أن: a patronymic names a person
        if adverbial[i] and not occasioned[i] and _deputy_for_body(toks, i, j):
            return toks[i][1], toks[j - 1][2]  # النائب عن حركة النهضة | صحبي عتيق في تصريح
        if adverbial[i] and (occasioned[i] or not (i and _nisba(toks[i - 1][0]))):
            continue  # في تصريح للجوهرة أف أم، في بيان تلقت وكالة الأنباء الألمانية نسخة منه; but في مدينة مشهد
            # الإيرانية عبدالله الحمراني (a place, then the name)
        if i == 0:
            nxt = toks[j][0] if j < len(toks) else ""
            if toks[i][0].endswith(HUMAN_PLURAL_ENDINGS) and not _plausible_start(toks[i][0]) \
                    and (j - i >= 2 or n + 1 < len(runs)) and all(_common_nouns(toks, a, b) for a, b in runs[n:]):
                continue  # أوضح مختصون وباحثون، قال علماء الإحاثة والآثار: a group named by plural common nouns, no
                # name (but معلم نيكول: her name; عالم الأحياء دي كان شو: a name after it; قال كاميرون للصحافيين:
                # one word alone, which a plural shares with the name of a place)
            if nxt[:1] in "\u0628\u0644" and nxt[1:] in _titles() and (
                    toks[i][0] in _sources() or _institution_head(toks[i][0]) or _office(toks[i][0])
                    or j - i > 1 and not _plausible_start(toks[i][0]) and _common_noun(toks[i][0])):
                continue  # بيان لشرطة المنطقة: a common noun with its complement (but بارو | لمحطة، روبرتو مارتينيز
                # | لهيئة الإذاعة، اليكسي سوروكين | لهيئة: a name, then the addressee)
            if j - i == 1 and nxt in _place_kinds() and j + 1 < len(toks) and toks[j + 1][0] not in SEPARATORS:
                continue  # أمانة منطقة حائل، بلدية محافظة جدة: a body of the place named after it, no first name
            if toks[j - 1][0].startswith("\u0627\u0644") and _nisba(nxt):
                continue  # خلية الإعلام الحربي: a description, not a name
            if j - i == 1 and not _definite(nxt) and nisba_country(nxt) is not None \
                    and toks[i][0].removesuffix(NAME_SENTINEL) not in _first_names():
                continue  # باحثون أستراليون، وكالات إيرانية: a group described by its country, no name (but عبدالله
                # تركي: a first name, then one like a nisba)
            if nxt and _is_name_token(nxt) and not _is_title(nxt) and not _plausible_start(toks[i][0]) \
                    and not _describes_before(toks, j):
                head = (toks[i][1], toks[j - 1][2])  # مدافع الشباب سلطان الدعيع: keep looking
                continue
            if nxt in _ranks() and not _plausible_start(toks[i][0]) and _definite(toks[j - 1][0]) and any(
                    a == j + 1 and not adverbial[a] for a, _ in runs[n + 1:]):
                head = (toks[i][1], toks[j - 1][2])  # كبير معدي الدراسة | الدكتور دانيال هورتون: a degree names
                continue  # the one it precedes, so the words before it describe him (not حراس | الفريق فيصل: the team)
            if j - i == 1 and nxt and nxt not in SEPARATORS and (
                    _common_noun(toks[i][0]) and not _plausible_start(toks[i][0]) and nxt in _sources()
                    or toks[i][0] in _graded_heads()):
                return None  # وأشارت نتائج دراسة حديثة، وقالت أكبر شركة، أشار أكثر من ثلث المهنيين: a common noun
                # or a superlative heads a description, and a name after it is its complement's (لمصرف أبوظبي)
            return toks[i][1], toks[j - 1][2]
        prev = toks[i - 1][0]
        if _named_after_royal(toks, i) and any(a >= j and _plausible_start(toks[a][0]) and not adverbial[a]
                                               for a, _ in runs[n + 1:]):
            continue  # مدير مطار الأمير محمد بن عبدالعزيز | المهندس فلان: the airport's namesake, then its director
        if toks[i - 1][0] in (_f("الملك"), _f("الأمير")) and _named_after_royal(toks, i) and (k := next(
                (k for k in range(i + 1, j - 1) if toks[k - 1][0] not in _name_links()
                 and (toks[k][0] == _f("عبد") or toks[k][0] in _first_names() and toks[k][0] not in _name_links())),
                None)) is not None:
            return toks[k][1], toks[j - 1][2]  # جامعة الملك سعود | عبد الله الصقعبي: the king's one name, then the
            # holder's (not جامعة الإمام محمد بن سعود: بن goes on with the namesake)
        if any(toks[k][0] in _name_links() for k in range(i + 1, j)) and prev not in _construct_titles():
            return toks[i][1], toks[j - 1][2]  # عارف بن غازي الشمري: a patronymic is a name
        if toks[i][0].endswith(NAME_SENTINEL):
            return toks[i][1], toks[j - 1][2]  # علي العطوي، read as a name in context
        if prev in _title_names() and j - i >= 2 and toks[j - 1][0].startswith("\u0627\u0644"):
            return toks[i - 1][1], toks[j - 1][2]  # مساعد غالي العنزي: مساعد is his first name
        if prev in _title_names() and i == 1 and j < len(toks) and _office(toks[j][0]) and _definite(toks[j][0]):
            return toks[i - 1][1], toks[j - 1][2]  # مساعد غالي المتحدث الرسمي: a name, then his office
        if prev in _title_names() and i >= 2 and toks[i - 2][0] in _ranks():
            return toks[i - 1][1], toks[j - 1][2]  # الدكتور أمين | عامر: after a degree, a word like an office is his
            # first name (not أستاذ ... الدكتور أمين عامر whole)
        if prev in _construct_titles() or (prev[:1] in "\u0628\u0644" and prev[1:] in _construct_titles()):
            if _nisba(toks[j - 1][0]) and not any(t[0].removesuffix(NAME_SENTINEL) in _first_names() for t in toks[i:j]) \
                    and any(a == j and (b == len(toks) or toks[b][0] in SEPARATORS or _office(toks[b][0]))
                            for a, b in runs[n + 1:]):
                continue  # لفريق مانشستر يونايتد الإنجليزي | جوزي مورينيو: the body's name (no first name in it) ends
                # on its nisba, and the holder's name closing the subject comes right after it
            if j - i >= 3 and _plausible_name([t[0] for t in toks[i + 1:j]]) \
                    and not all(len(t[0]) <= 2 for t in toks[i + 1:j]):  # (مبعوث جوهرة | اف أم: an outlet's letters)
                first = next((m for m in range(i + 1, j - 1) if _plausible_start(toks[m][0])), i + 1)
                return toks[first][1], toks[j - 1][2]  # بجامعة ستانفورد | مارك شنيتزر، باسم أهالي تطاوين | طارق الحداد
            continue  # وزير خارجية روسيا: the word after a bare office is its complement
        if i > 1 and toks[i - 2][0] in _construct_titles() and _office(toks[i - 2][0]) and _is_name_token(prev) \
                and nisba_country(prev) is None and _plausible_name([t[0] for t in toks[i:j]]) \
                and (toks[i][0][:1] != "\u0648" or toks[i][0].removesuffix(NAME_SENTINEL) in _first_names()):
            return toks[i][1], toks[j - 1][2]  # والي بنزرت | محمد قويدر: the office, its place, the name (not قائد
            # أرسنال | ومنتخب إنجلترا السابق: a second body joined by و; nor مسؤول أمريكي | كبير: its nisba, then an
            # adjective)
        if prev in QUOTE_CHARS and i > 1 and (toks[i - 2][0] in _construct_titles()
                                              or toks[i - 2][0][1:] in _construct_titles()):
            continue  # بمقاطعة "سانت لويس": a quoted place after an institution
        if _named_after_royal(toks, i):
            continue  # لمركز الملك سلمان، مطار الملك عبدالعزيز: an institution or a place named after a king
        if prev in QUOTE_CHARS and j < len(toks) and toks[j][0] in QUOTE_CHARS and i > 1 and j - i >= 2 \
                and _office(toks[0][0]) and not _institution_head(toks[i - 2][0].lstrip("\u0628\u0644\u0648")) \
                and toks[i - 2][0] not in SEPARATORS and toks[i - 2][0].lstrip("\u0628\u0644\u0648") not in _media() \
                and not (toks[i - 2][0] in ("\u0628", "\u0644") and j + 1 < len(toks) and _plausible_start(toks[j + 1][0])):
            # (not منسق اللجنة بـ"فنون الباحة" فلان: the body, its holder named after it)
            return toks[i][1], toks[j - 1][2]  # رئيس بلدية لينييفيل "كريتسوف ديتريش": the office's holder, quoted
        if prev in QUOTE_CHARS and j < len(toks) and toks[j][0] in QUOTE_CHARS and i > 1 \
                and not _is_title(toks[i - 2][0]) and toks[i - 2][0] not in SEPARATORS:
            continue  # التواصل الاجتماعي "فيسبوك": a quoted name of a thing
        if _institution_head(prev.lstrip("\u0628\u0644\u0648")) and j - i == 1 and toks[i][0] not in _first_names():
            continue  # بجامعة لندن وجامعة زوريخ: the institution's own name
        if prev in SEPARATORS and toks[i][0][:1] == "\u0648" and toks[i][0] not in _first_names() and i >= 2 \
                and not _definite(toks[i - 2][0]) and not _is_title(toks[i - 2][0]) and toks[i - 2][0] not in SEPARATORS:
            continue  # عقلية فذة، ومنطق دقيق: the next item of a list of indefinite nouns, not a name in apposition
        if prev in SEPARATORS and _clause_on_source(toks, i, j):
            continue  # مصادر أمنية مطلعة، رفضت الكشف عن هويتها: a clause describing the source, no name
        if prev in SEPARATORS and _owned_common_noun(toks[j - 1][0]):
            continue  # كما أكد نائب المدير، عملهم حالياً مع الوزارة ...، وتسوية أوضاعهم: the verb's object set off by
            # a comma, ending on what its owners have, no name
        if prev in SEPARATORS and _circumstantial_participle(toks[i][0]):
            continue  # على أهمية …، مقترحة تسهيل إجراءات: a participle of the subject's and its object, no name
        if toks[i][0] in _statement_aired():
            continue  # في حوار مع جريدة "الحياة"، نُشر الأحد؛ كشف تقرير للبنك الدولي نشر الأحد: a clause on the
            # interview or the report, no name
        if prev in SEPARATORS and toks[i][0] in _place_kinds():
            continue  # الشرطة في ساكرامنتو، عاصمة ولاية كاليفورنيا: the place described in apposition, no name
        if (_is_title(prev) or prev in SEPARATORS) and (prev in SEPARATORS or prev in _ranks() or _plausible_name([t[0] for t in toks[i:j]])):
            # (الدكتور باجبير: after a degree comes a name, even one that starts like ب + a place)
            return toks[i][1], toks[j - 1][2]  # but أكد الوزير ضرورة الانكباب: the office, then its object
        if prev[:1] in "\u0628\u0644" and len(prev) >= 4 and j - i >= 2 and i >= 2 and _definite(toks[i - 2][0]):
            if not _definite(prev) and not _plausible_name([t[0] for t in toks[i:j]]):
                continue  # لصحة حفر الباطن | عبد العزيز العنزي: a place name, the person comes next
            first = next((m for m in range(i + 1, j - 1) if toks[m][0] in _first_names()), i) \
                if toks[i][0] not in _first_names() else i  # لجربة ميدون | سليم غودي: the rest of the place
            return toks[first][1], toks[j - 1][2]  # الهلال الأحمر بحائل محمد الطيار
        if toks[i][0].startswith("\u0648") and toks[i][0] not in _first_names() and _definite(prev) and not _nisba(prev) and j - i == 2 \
                and toks[j - 1][0].startswith("\u0627\u0644"):
            continue  # الشرطة وخفر السواحل: a second noun, not a name (but الشباب وليد عبدالله is)
        if prev in _adjectives() and j - i <= 2 and any(_office(t[0]) for t in toks[:i - 1]) \
                and (j == len(toks) or toks[j][0] in SEPARATORS or toks[j][0] in _stops()) \
                and not any(_definite(t[0]) for t in toks[i:j]) and not _glued_preposition(toks[i][0]):
            return toks[i][1], toks[j - 1][2]  # رئيس برشلونة الجديد | بارتوميو: the office described, then the name
        glued_place = j - i == 1 and toks[i][0][:1] in "\u0628\u0644" and not _nisba(prev)  # للتجارة بنابل
        coordinated = toks[i][0][:1] == "\u0648" and toks[i][0].removesuffix(NAME_SENTINEL) not in _first_names()
        complement = _glued_complement(toks[i][0], prev)
        if _definite(prev) and prev not in _stops() and not glued_place and not coordinated and not complement \
                and _name_evidence(toks, i, j) and not _object_not_name(toks, i, j) and (
                # (not الأوضاع اليمنية | وموقف مصر: a second noun joined by و, no name; nor الأمانة العامة | لسوق
                # عكاظ: the body's complement after ل; but الفرنسي لوران فابيوس, after a nisba)
                _nisba(prev) or _plausible_start(toks[i][0]) or _office_before(toks, i) or prev == MULLAH):
            # (not مكة المكرمة | ملابسات وفاة طفلة; but الملا | أختر منصور: a cleric's title, a family name after a
            # first name, عصام الملا)
            return toks[i][1], toks[j - 1][2]
    return head


def _common_nouns(toks: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """The run [i, j) after a plural of people holds no known first name, only common nouns or relative adjectives
    (bare or after و) and definite words (محللون اقتصاديون وعقاريون، علماء الإحاثة): words of a description, whatever
    the name rules made of them."""
    return all(t[0].removesuffix(NAME_SENTINEL) not in _first_names() and (
        _definite(t[0]) or _common_noun(t[0].removeprefix("\u0648")) or _indefinite_nisba(t[0].removeprefix("\u0648")))
        for t in toks[i:j])


def _glued_complement(tok: str, prev: str) -> bool:
    """ل + a common noun after a definite word (الأمانة العامة | لسوق عكاظ، المدير التنفيذي | لسوق عكاظ): the body's
    complement, no name (السوق is a common noun; not لوبا سامري, nor after a country's nisba: الفرنسي لوران فابيوس)."""
    if tok.startswith("\u0644\u0644") and _definite(prev):
        return True  # الأستاذ المساعد | للطب النفسي: ل and the article, the office's field
    return tok[:1] == "\u0644" and _definite(prev) and not _plausible_start(tok) and _common_noun(tok[1:]) and (
        not _nisba(prev) or nisba_country(prev) is None and tok[1:].removesuffix(NAME_SENTINEL) not in _first_names())
    # (after an adjective, a first name after ل stays one: الكاتب العام لنقابة التعليم الثانوي لسعد اليعقوبي)


# Endings of plurals of people (مختصون، محللين، علماء، أطباء), folded.
HUMAN_PLURAL_ENDINGS = ("\u0648\u0646", "\u064a\u0646", "\u0627\u0621")

# Mosques, named after an imam or a sheikh (جامع الإمام تركي بن عبدالله، مسجد الشيخ فلان).
MOSQUES = ("جامع", "مسجد", "بجامع", "بمسجد", "لجامع", "لمسجد")
IMAM = "\u0627\u0644\u0627\u0645\u0627\u0645"  # الإمام (folded)


@cache
def _mosques() -> frozenset[str]:
    return frozenset(_f(w) for w in MOSQUES)


def _mosque_or_namesake(toks: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """The run at ``i`` is a mosque with the title of the one it is named after (جامع الإمام), or that one's name
    after it (جامع الإمام | تركي بن عبدالله): a place, not a person speaking."""
    titled = (IMAM, _f("الشيخ"))
    if j - i == 2 and toks[i][0].removesuffix(NAME_SENTINEL) in _mosques() and toks[j - 1][0] in titled:
        return True
    return i >= 2 and toks[i - 1][0] in titled and toks[i - 2][0].removesuffix(NAME_SENTINEL) in _mosques()


def _named_after_royal(toks: list[tuple[str, int, int]], i: int) -> bool:
    """The run at ``i`` follows a royal title after an institution or a place (لمركز الملك سلمان، مطار الملك
    عبدالعزيز، جامعة الأمير سطام بن عبدالعزيز): the name the institution bears, not a person speaking."""
    if i < 2 or toks[i - 1][0] not in _royal():
        return False
    head = toks[i - 2][0]
    return _is_title(head) and head.removeprefix("\u0627\u0644") in _institutions() or head[1:] in _institutions() \
        or head in _institutions() or _named_after(head)


def _clause_on_source(toks: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """A run right after a comma that closes an unnamed source (مصدر أمني، رفض الكشف عن هويته،) and that its
    stretch goes on past (a preposition, an object) is a clause describing the source: a name in apposition
    fills its stretch up to the next comma or the words (مسؤول الإعلام، خالد الصالح، إن)."""
    if i < 2 or toks[i - 1][0] not in (ARABIC_COMMA, ",") or j >= len(toks) or toks[j][0] in SEPARATORS:
        return False
    k = i - 2
    while k > 0 and not _definite(toks[k][0]) and toks[k][0] not in _sources() and toks[k][0] not in SEPARATORS \
            and toks[k][0] not in _stops():
        k -= 1  # back over the source's indefinite adjectives (مصادر أمنية مطلعة)
    return toks[k][0] in _sources()


def _around(toks: list[tuple[str, int, int]], k: int) -> bool:
    """ما at ``k`` opens an adverb of place or time (وما حولها، وما بعدها، وما إلى ذلك): part of a place's or a
    body's name, not a clause about the object."""
    nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
    return nxt.startswith(tuple(_f(w) for w in ("حول", "بعد", "قبل", "بين", "فوق", "تحت", "إلى", "جاور", "يليه", "يليها")))


def _place_like(tok: str) -> bool:
    """A word that ends a body's or a place's name rather than opening a person's (الرياض، جدة،
    بالقصيم، وصناعة): definite, glued to و/ب/ل, feminine in ة, or a body word (not رفيق | عبد السلام)."""
    return _definite(tok) or tok[:1] in "\u0648\u0628\u0644" and len(tok) >= 4 or tok.endswith("\u0647") \
        or _institution_head(tok)


@cache
def _directorates() -> frozenset[str]:
    """Offices named by their field and their region (صحة عسير، تعليم جازان، أمانة الرياض)."""
    return frozenset(_f(w) for w in ("صحة", "تعليم", "أمانة"))


def _glued_construct(tok: str) -> bool:
    """A body or directorate glued to ب/ل without the article (بصحة، لمنطقة، بإمارة، بشرطة): in construct, the
    word after it completes it (its region), not a person's name (but بجدة: a city, للغرفة: definite)."""
    return tok[:1] in "\u0628\u0644" and not _definite(tok) and (_institution_head(tok[1:]) or tok[1:] in _directorates())


@cache
def _tribe_heads() -> frozenset[str]:
    """بني، بنو، بنى: "sons of", a tribe's or a place's name after a body (شيخ قبيلة المسيلات بني الحارث، محافظ بني
    حسن), never a link inside a person's name (that is بن)."""
    return frozenset(_f(w) for w in ("بني", "بنو", "بنى"))


def _tribe_named(toks: list[tuple[str, int, int]], i: int) -> bool:
    """The run at ``i`` opens on a tribe's name after a word of the subject (not a vocative يا بني after a stop)."""
    return bool(i) and toks[i][0] in _tribe_heads() and toks[i - 1][0] not in SEPARATORS


def _tribe_alone(toks: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """A run that is only a tribe's name (قبيلة المسيلات بني الحارث | معيض بن سلطان): no one's name."""
    return _tribe_named(toks, i) and j - i <= 2


def _after_tribe(toks: list[tuple[str, int, int]], i: int) -> int:
    """Where the name starts in a run that opens on a tribe's or a place's name (محافظ بني حسن | سعد الغامدي)."""
    return i + 2 if _tribe_named(toks, i) else i


def _deputy_for_body(toks: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """An office, عن, a body's name (a body word and its definite complement), then two bare words closing the subject
    or followed by في + an occasion (النائب عن حركة النهضة صحبي عتيق في تصريح): the one holding the office, by name."""
    if j - i != 2 or i < 4 or toks[i - 3][0] != _f("عن") or not _office(toks[i - 4][0]) \
            or not _institution_head(toks[i - 2][0]) or not _definite(toks[i - 1][0]):
        return False
    if any(_definite(t[0]) or t[0][:1] in "\u0628\u0644\u0648" or _is_title(t[0]) or _nisba(t[0]) for t in toks[i:j]):
        return False
    return j == len(toks) or toks[j][0] in SEPARATORS or toks[j][0] == _f("في") and j + 1 < len(toks) \
        and toks[j + 1][0] in _occasions()


def _dual_body(tok: str) -> bool:
    """The dual of a body word (وزارتا، هيئتي): two bodies, named by their fields joined with و."""
    return tok.endswith(("\u062a\u0627", "\u062a\u064a")) and len(tok) >= 5 and _institution_head(tok[:-2] + "\u0647")


def _whole_place(tok: str) -> bool:
    """A place the gazetteer holds whole, with its own first letter ب/ل (باريس، بريطانيا، لندن), while what follows
    the letter is none: no preposition glued to a place (قائد شرطة باريس | ميشال كادو)."""
    return link_place(tok) is not None and link_place(tok[1:]) is None


def _glued_place_opens(toks: list[tuple[str, int, int]], i: int) -> bool:
    """The run's first word is ب/ل glued to a place or body (بحائل محمد الطيار), not a word of its own that opens
    with the letter: a place the gazetteer holds whole (باريس), or a first name after an office's nisba (الإيراني بيجن)."""
    tok = toks[i][0].removesuffix(NAME_SENTINEL)
    return _place_after_bi(toks[i][0]) and not _whole_place(tok) \
        and not (i and _nisba(toks[i - 1][0]) and _glued_letter_of_name(tok))


def _glued_letter_of_name(tok: str) -> bool:
    """ب/ل that belongs to the word after an office's nisba (الإيراني بيجن نامدار زنكنه): what follows the letter is no
    place and a word the news uses less than the whole, so no preposition is glued to a place here (not بحائل، بسوسة)."""
    rest = tok[1:]
    freq = lexicon().freq
    return link_place(rest) is None and freq.get(rest, 0) < freq.get(tok, 0) and tok not in _stops() \
        and not tok.endswith(PRONOUN_SUFFIXES)


def _first_name_after_place(toks: list[tuple[str, int, int]], i: int, j: int) -> int:
    """Where the name starts in a run that goes on from an office's body or place (رئيس لجنة ... بغرفة
    تجارة | وصناعة جدة محمد النفيعي): at a known first name with a family name after it, when the run
    opens on no name (or on a word completing a body in construct glued to ب/ل: بصحة | عسير سعيد النقير, a
    region the lexicon also knows as a first name) and an office comes before it. Else ``i``."""
    completes = bool(i) and _glued_construct(toks[i - 1][0])
    if not i or _plausible_start(toks[i][0]) and not completes or not any(_office(t[0]) for t in toks[:i]) \
            or j < len(toks) and toks[j][0] not in SEPARATORS and toks[j][0] not in _stops():
        return i  # (not فعاليات عيد الرياض | المهندس فلان: the name is the one after the title)
    for m in range(i + 1, min(j - 1, i + 4)):
        word = toks[m][0].removesuffix(NAME_SENTINEL)
        if word in _first_names() and len(word) >= 3 and word not in _ambiguous_names() and not _definite(word) \
                and toks[m - 1][0] not in _royal() and toks[m - 1][0] not in _name_links() \
                and toks[m - 1][0] not in GLUED_NAME_HEADS and len(toks[j - 1][0]) >= 3 \
                and (_place_like(toks[m - 1][0]) or completes and m - 1 == i) and word not in GLUED_NAME_HEADS \
                and not (word.startswith(GLUED_NAME_HEADS) and _institution_head(toks[m - 1][0])):
            return m  # (جدة | عبدالله الأحمري, glued; but مدينة عبدالله السالم: a place named after him)
    return i


@cache
def _manners() -> frozenset[str]:
    """Nouns glued to ب that open an adverbial of manner or measure (بشكل ملحوظ، بصورة كبيرة، بنسبة)."""
    return frozenset(_f(w) for w in ("بشكل", "بصورة", "بطريقة", "بنحو", "بدرجة", "بنسبة", "بمعدل", "بقيمة", "بحجم"))


@cache
def _speaking_manners() -> frozenset[str]:
    """Nouns glued to ب that tell how words are said (قال بصوت خافت، قالت بكثير من الحماس، يقول بحماس، قالت
    بصراحة): an adverbial after the verb, never its subject; the speaker is the one the text goes on with."""
    return frozenset(_f(w) for w in (
        "بصوت", "بصوتٍ", "بنبرة", "بلهجة", "بكثير", "بحماس", "بحماسة", "بصراحة", "بهدوء", "بثقة", "بحزن", "بحسرة",
        "بفخر", "بغضب", "بسخرية", "بمرارة", "بابتسامة", "بانفعال", "بتأثر", "بدهشة", "باستغراب", "بتفاؤل",
        "باعتزاز", "بحرقة", "بفرح", "بتواضع", "بحدة", "بامتعاض", "بعصبية", "بلطف", "بلكنة", "ببرود",
        "بحزم", "بوضوح", "بشدة", "بقوة", "بأسف", "بإصرار", "بجرأة", "بألم", "بأمل", "بحسم"))


def _speaking_manner(word: str) -> bool:
    """A folded word of :func:`_speaking_manners`, bare or with a possessive pronoun (بصوته، بلكنته، بنبرتها: ة before
    the pronoun is written ت)."""
    if word in _speaking_manners():
        return True
    if word[:1] == "\u0628" and word.endswith("\u064a\u0647") and len(word) >= 6 and word[1:] not in _institutions():
        return True  # بجدية، بعفوية، بواقعية، بشفافية: an abstract noun in -ية on ب tells how it was said
    for suffix in ("\u0647\u0645", "\u0647\u0627", "\u0647"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            stem = word[:-len(suffix)]
            return stem in _speaking_manners() or stem[-1] == "\u062a" and stem[:-1] + "\u0647" in _speaking_manners()
    return False


ADDRESSED_BASE_MIN = 50  # the least count in the news lexicon of the word after ل (فرانس، الجماعات)
ADDRESSED_RATIO = 5  # how much more often the word is met without ل than with it (not لجنة، لقاء، لحظة)


def _addressed(word: str) -> bool:
    """A folded word in ل that is the one spoken to or written for (وقال لفرانس برس، وقالوا لاثنين منها، لهذه
    الجماعات), never a subject: the word without ل is common and no first name (لسعد، لانس are names: سعد، انس)."""
    if len(word) < 3 or word[0] != "\u0644" or word in _first_names():
        return False
    base = "\u0627" + word[1:] if word.startswith("\u0644\u0644") else word[1:]  # للنظر -> النظر
    count = lexicon().freq.get(base, 0)
    return base not in _first_names() and count >= ADDRESSED_BASE_MIN \
        and count >= ADDRESSED_RATIO * max(lexicon().freq.get(word, 0), 1)


def _field_of_body(tok: str) -> bool:
    """لل + a noun that is no group of people (للجوازات، للتنمية; not للمواطنين, the ones addressed)."""
    return tok.startswith("\u0644\u0644") and len(tok) >= 5 and tok not in _stops() \
        and not tok.endswith(("\u064a\u0646", "\u0648\u0646"))


@lru_cache(maxsize=WORD_CACHE)
def _derived_verbal_noun(tok: str) -> bool:
    """A verbal noun of a derived form, which no one is named: افتعال (ارتفاع، اضطراب، ازدياد), انفعال
    (انخفاض، انسحاب), استفعال (استمرار), مفاعلة (مراقبة), unless the lexicon knows it as a first name
    (ابتسام، اعتدال). Not تفعيل: too many names share its shape (تيسير، تيفيز)."""
    if tok in _first_names():
        return False
    if len(tok) == 6 and tok[0] == "\u0645" and tok[2] == "\u0627" and tok[-1] == "\u0647":
        return True  # مفاعلة: مراقبة، متابعة، مشاركة
    if tok[:1] != "\u0627":
        return False
    if len(tok) == 6 and tok[4] == "\u0627" and (tok[2] in "\u062a\u0637\u062f" or tok[1] == "\u0646"):
        return True  # افتعال، افطعال، افدعال، انفعال
    return len(tok) == 7 and tok.startswith("\u0627\u0633\u062a") and tok[5] == "\u0627"


@cache
def _responses() -> frozenset[str]:
    """Adverbials of reply, which hold someone else's name up to the next comma."""
    return frozenset(_f(w) for w in ("ردا", "تعليقا", "جوابا", "تعقيبا"))


@cache
def _patronyms() -> frozenset[str]:
    return frozenset(_f(w) for w in ("بن", "ابن", "بنت"))


def _object_not_name(toks: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """The run from ``i`` opens on a verbal noun, the verb's object, and no first name follows it (أعلن خفر السواحل
    الإيطالي | إنقاذ نحو ألف مهاجر; but قائد الشرطة المحلية | اخطار حسين, a name)."""
    words = [t[0] for t in toks[i:j + 1]]
    return _verbal_noun_object(words) and words[1].removesuffix(NAME_SENTINEL) not in _first_names()


def _circumstantial_participle(word: str) -> bool:
    """An indefinite participle in م with the ending of the feminine or of the accusative (مقترحة، مطالبا): what the
    subject does besides, never a name (but مفيدة، مبروكة: first names)."""
    return len(word) >= 5 and word[0] == "\u0645" and word[-1] in "\u0647\u0627" \
        and word.removesuffix(NAME_SENTINEL) not in _first_names() and WORD_RE.fullmatch(word) is not None


@cache
def _object_heads() -> frozenset[str]:
    """Verbal nouns that head a verb's object whatever ends the chain (عدم توفر دلائل، وأكد وجود توجه جاد، شدد على
    ضرورة تشكيل لجنة، وأكد الرئيس المصري أهمية زيارة): never a speaker nor a name."""
    return frozenset(_f(w) for w in ("عدم", "وجود", "ضرورة", "أهمية", "حرص"))  # وأكدت حرص الحكومة على


@cache
def _graded_heads() -> frozenset[str]:
    """Superlatives heading the subject before the noun they grade (أكبر شركة، أحدث تقرير، أكثر من ثلث): never a name
    (علي أكبر ولايتي keeps it inside a run)."""
    return _elatives() | frozenset(_f(w) for w in ("أكثر", "أحدث", "أغلب", "أفضل", "معظم"))


@cache
def _statement_aired() -> frozenset[str]:
    """Passive verbs that open a clause on the interview or statement just named (في حوار مع جريدة "الحياة"، نُشر
    الأحد: "…"، في مقابلة، أجريت أمس): no name after the comma."""
    return frozenset(_f(w) for w in ("نشر", "نشرت", "صدر", "صدرت", "بث", "بثت", "أجري", "أجريت", "أذيع", "أذيعت"))


@cache
def _place_kinds() -> frozenset[str]:
    """Nouns of the kind of a place, which open an apposition on a place just named (ساكرامنتو، عاصمة ولاية …)."""
    return frozenset(_f(w) for w in ("عاصمة", "مدينة", "ولاية", "بلدة", "قرية", "محافظة", "منطقة", "إقليم", "مقاطعة",
                                     "جزيرة", "دولة", "إمارة"))


def _name_evidence(toks: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """A short run after a plain article-word is a name only with evidence: an office earlier in
    the chain (رئيس القادسية معدي الهاجري), a known first name, or بن/عبد inside (not احتواء
    الترميز after الوزارة); three name words are evidence enough (سوارنا سوبا راو)."""
    if _plausible_name([t[0] for t in toks[i:j]]):
        return True
    if j - i == 1 and toks[i][0][:1] in "\u0628\u0644" and len(toks[i][0]) >= 4:
        return False  # المندوب الجهوي للتربية بسوسة: a place glued to ب
    return i > 0 and not _office(toks[i - 1][0]) and _office_before(toks, i)


def _verbal_noun_object(words: Sequence[str]) -> bool:
    """A verbal noun of form IV or II (إفعال: إغلاق; تفعيل: تعيين) that no first name shares, then an
    indefinite word or a definite plural or feminine noun (إغلاق المستشفيات، تعيين نواب): the object of the verb
    before the office, never a name after it (but وزير الصحة تيسير الحسن: a family name, definite and singular)."""
    if len(words) < 2 or len(words[0]) != 5 or words[0] in _first_names():
        return False
    head, nxt = words[0], words[1]
    if not (head[0] == "\u0627" and head[3] == "\u0627" or head[0] == "\u062a" and head[3] == "\u064a"):
        return False
    if lexicon().freq.get("\u0627\u0644" + head, 0) < ARTICLE_NOUN_FREQ:
        return False  # افنان فؤاد: a name the lexicon lacks, never met with the article as a noun is (الإغلاق، التعيين)
    return not _definite(nxt) or nxt.endswith(("\u0627\u062a", "\u064a\u0646", "\u0648\u0646", "\u0647"))


def _plausible_name(words: Sequence[str]) -> bool:
    """Three name words, بن/عبد inside, a known first name, or bare words only (كلثوم كنو);
    not a verbal noun with its complement (احتواء الترميز، ضرورة الانكباب)."""
    first = words[0].removesuffix(NAME_SENTINEL)
    if "\u0627\u0644\u0627" in words:
        return False  # إلا، ألا (folded alike): a particle, never a name word (لم يحسمه إلا تصريح الوزير)
    if first in _first_names() or any(w in _name_links() for w in words) or first.startswith(GLUED_NAME_HEADS) \
            or len(words) >= 3 and words[1] in _name_tails() and not _definite(first):
        return True  # محمد، بن، عبدالستار، شكر الدين البعزواي (a compound first name, then the family)
    if _bare_then_family(words):
        return True  # خلفية الشيباني، لمين النهدي: a first name the lexicon lacks, then a family name in -ي
    if len(words) == 1 and words[0][:1] in "\u0628\u0644" and len(words[0]) >= 4:
        return False  # بسوسة: a place glued to ب
    glued = any(w[:1] in "\u0628\u0644" and len(w) >= 4 and _definite(nxt)
                for w, nxt in pairwise(words[1:]))  # دبي لشؤون البحث (but سيرغي لافروف، بلقاسم العياري)
    return not glued and (len(words) >= 3 and not any(_definite(w) for w in words[:-1])
                          or not any(_definite(w) for w in words))


def _bare_then_family(words: Sequence[str]) -> bool:
    """A bare word, then an article-word ending in -ي (النهدي، الشيباني): a first name and a family
    name. The complement of a verbal noun is a noun (ضرورة الانكباب، أهمية الحوار), seldom a nisba."""
    if len(words) != 2:
        return False
    first, family = words[0].removesuffix(NAME_SENTINEL), words[1]
    return len(first) >= 3 and not _definite(first) and not _is_title(first) and first not in _stops() \
        and first not in _function_words() and not first.endswith(OWNED_NOUN_ENDINGS) and not _circumstantial(first) \
        and first[:1] != "\u0648" \
        and _nisba(family) and family.endswith("\u064a") and family not in _adjectives() and len(family) >= 5


@cache
def _chain_prepositions() -> frozenset[str]:
    return frozenset(_f(w) for w in ("في", "عن", "من", "على", "لدى"))


def _office_before(toks: list[tuple[str, int, int]], i: int) -> bool:
    """An office heads the words before ``i``: article-words, titles, prepositions and words
    glued to ب/ل between (المسؤول العام عن المسح الجغرافي، المدير الجهوي للتجارة بباجة)."""
    k = i - 1
    while k > max(-1, i - 10):
        tok = toks[k][0]
        if _office(tok):
            return True
        if (opening := _quoted_name_start(toks, k)) is not None:
            k = opening - 1  # رئيس حزب "تونس البدائل"، فلان: a quoted name inside the office's chain
            continue
        if tok in SEPARATORS or tok in _verb_words() or tok in _relatives() or tok in _function_words() or not (
                _definite(tok) or _is_title(tok) or tok in _chain_prepositions() or tok[:1] in "\u0628\u0644" and len(tok) >= 4
                or k and toks[k - 1][0] in _royal()):
            return False  # لمركز الملك سلمان للإغاثة ... رأفت الصباغ: a king's name inside an institution's
        k -= 1
    return False


def _quoted_name_start(toks: list[tuple[str, int, int]], k: int) -> int | None:
    """The index of the mark opening a short quoted name that a closing mark at ``k`` ends, when a noun stands
    before it (حزب "تونس البدائل"، جمعية «إنسان»): the name belongs to the chain it completes."""
    if toks[k][0] not in QUOTE_CHARS:
        return None
    opening = next((m for m in range(k - 1, max(-1, k - 6), -1) if toks[m][0] in SEPARATORS), None)
    if opening is None or opening == k - 1 or toks[opening][0] not in QUOTE_CHARS or opening == 0:
        return None
    before = toks[opening - 1][0]
    return opening if before not in SEPARATORS and WORD_RE.fullmatch(before) else None


@cache
def _what() -> frozenset[str]:
    return frozenset(_f(w) for w in ("ما", "مما"))


@cache
def _ambiguous_names() -> frozenset[str]:
    return frozenset(_f(w) for w in AMBIGUOUS_NAMES)


def _on_margin(words: Sequence[str], k: int) -> bool:
    """The folded words at ``k`` are على هامش: on the margin of an event, where one spoke."""
    return words[k] == _f("على") and list(words[k + 1:k + 2]) == [_f("هامش")]


@cache
def _occasions() -> frozenset[str]:
    """Nouns of the occasion of speaking, without the article: في بيان، خلال المؤتمر."""
    return frozenset(_f(w) for w in OCCASIONS)


def _plausible_start(tok: str) -> bool:
    """A word that may open a person's name: a known first name, عبد/أبو, or a name link."""
    return tok.removesuffix(NAME_SENTINEL) in _first_names() or tok.startswith(GLUED_NAME_HEADS) or tok in _name_links()


def _indefinite_nisba(tok: str) -> bool:
    """An indefinite relative adjective (أردنيون، سياسية، محلي)."""
    return tok.endswith(("\u064a", "\u064a\u0647", "\u064a\u0648\u0646", "\u064a\u064a\u0646", "\u064a\u0627\u062a")) \
        and len(tok) >= 4


@cache
def _periods() -> frozenset[str]:
    return frozenset(_f(w) for w in ("الأسبوع", "الشهر", "العام", "السنة"))


@cache
def _period_parts() -> frozenset[str]:
    """The part of a period before it (نهاية الأسبوع، مطلع الشهر، أواخر العام): a circumstance of time. Only with the
    period after it: مطلع alone is also "informed" (مصدر مطلع)."""
    return frozenset(_f(w) for w in ("نهاية", "مطلع", "أواخر", "أوائل", "منتصف", "بداية"))


@cache
def _others() -> frozenset[str]:
    return frozenset(_f(w) for w in ("أخرى", "آخر", "ثان", "ثانية", "مقابل"))


@cache
def _statements() -> frozenset[str]:
    """Indefinite nouns of what someone says or gives out (كلمة، خطاب، تصريح، بيان): never part of a name."""
    return frozenset(_f(w) for w in ("كلمة", "خطاب", "خطابا", "تصريح", "تصريحا", "تصريحات", "بيان", "بيانا",
                                     "كلمته", "خطابه", "تصريحه", "بيانه", "كلمتها", "خطابها", "تصريحها", "بيانها",
                                     "حديثها", "كلامه", "كلامها", "تصريحاته", "تصريحاتها"))


def _owned_statement(tok: str) -> bool:
    """حديثه، كلمته، تصريحاتها: one's own talk, which opens no name (وختم الوزير | حديثه بأن). حديثه stays out of
    _statements: folded, it is also حديثة ("recent"), which may close a description (دراسات طبية حديثة)."""
    return (tok in _statements() or tok == HADITHUHU) and tok.endswith("\u0647")


HADITHUHU = "\u062d\u062f\u064a\u062b\u0647"  # حديثه (his talk), folded as حديثة (recent)


def _surname(tok: str) -> bool:
    """An article-word that may be a family name after a rank (الفلاح، الشمري): not a title, an
    adjective, a body or a stop word."""
    return _definite(tok) and not _is_title(tok) and tok not in _adjectives() and tok not in _stops() \
        and not _institution_head(tok) and tok not in _time_leads() and tok not in _relatives() \
        and not tok.endswith("\u064a\u0647")  # السيدة الفرنسية: an adjective, family names take no feminine ending


@cache
def _adjectives() -> frozenset[str]:
    """Common adjectives after a definite noun that are neither nisbas nor participles."""
    return frozenset(_f(w) for w in (
        "السابق", "السابقة", "الجديد", "الجديدة", "الكبير", "الكبيرة", "الأكبر", "الأعلى", "العليا", "الأول",
        "الأولى", "العام", "العامة", "الخاص", "الخاصة", "الأحمر", "الأبيض", "الأخضر", "الأسود", "الأزرق",
        "الحالي", "الحالية", "الأسبق", "الراحل", "الراحلة", "الشاب", "الشابة", "الكويتي",
        "المتحد", "المتحدة",  # المملكة المتحدة، الأمم المتحدة: "united", an adjective of the name
        "المشترك", "المشتركة"))  # قيادة القوات المشتركة: "joint", as united


MAKSURA_PREPOSITION = "\u0639\u0644\u0649"  # على, with alef maksura
# Folded offsets where على is surely the preposition, for the text find_quotes is reading (set there).
PREPOSITION_ALA: ContextVar[frozenset[int]] = ContextVar("PREPOSITION_ALA", default=frozenset())
# Folded offsets just after a word whose last letter is written ه, not ة (folded alike), for the text being read.
WRITTEN_HA: ContextVar[frozenset[int]] = ContextVar("WRITTEN_HA", default=frozenset())
FI_MAKSURA_RE = re.compile(f"(?<![{AR}])\u0641\u0649(?![{AR}])")  # فى: في written with alef maksura


@lru_cache(maxsize=4)
def _spells_ya_apart(text: str) -> bool:
    """The article writes a final ي as ي (في) and never as ى (فى): there على is the preposition, never
    the name علي."""
    return FI_MAKSURA_RE.search(text) is None and re.search(f"(?<![{AR}])\u0641\u064a(?![{AR}])", text) is not None


def _maksura_prepositions(text: str, back: Sequence[int]) -> frozenset[int]:
    """Folded offsets of على spelt with alef maksura, in an article that spells ي apart (في, never فى):
    there it is the preposition, never the name علي (وقال على تويتر إنه، المشرف على الجناح)."""
    if not _spells_ya_apart(text):
        return frozenset()
    starts = {m.start() for m in re.finditer(f"(?<![{AR}]){MAKSURA_PREPOSITION}(?![{AR}])", text)}
    return frozenset(k for k, b in enumerate(back) if b in starts and (k == 0 or back[k - 1] != b))


def _written_ha_ends(text: str, back: Sequence[int]) -> frozenset[int]:
    """Folded end offsets of words written with a final ه (سابقه، ظهره), which folding merges with ة (نصرة، حملة)."""
    ends = {m.start() for m in re.finditer(f"\u0647(?=[\u064b-\u0652]*(?![{AR}]))", text)}
    return frozenset(k + 1 for k, b in enumerate(back) if b in ends and (k + 1 == len(back) or back[k + 1] != b))


@cache
def _name_tails() -> frozenset[str]:
    """Article-words that end a compound first name (صلاح الدين، عبد الله، نصر الله)."""
    return frozenset(_f(w) for w in ("الدين", "الله", "الرحمن", "الإسلام"))


def _name_runs(toks: list[tuple[str, int, int]]) -> Iterator[tuple[int, int]]:
    """Index ranges [i, j) of runs of name words: bare name words, links (عبد، بن) with the word
    after them, compound first names (صلاح الدين), and one article-word at the end (بشار الأسد)."""
    n, i = len(toks), 0
    while i < n:
        tok = toks[i][0]
        if not _bin_after_office_name(toks, i) and (not (tok in _name_links() or _is_name_token(tok) and not _is_title(tok))
                                                 or _office(tok) and not (tok in _first_names() and i + 1 < n and toks[i + 1][0] in _name_tails())) \
                or tok[:1] == "\u0648" and tok not in _first_names() or COMPLEMENTIZER_RE.fullmatch(tok) \
                or _owned_statement(tok) or _conditional(toks, i):
            i += 1  # (but عماد الدين: a first name that is also an office, in a compound) وتطرق شوقي: a verb with و, not a name; بأنهم تأخروا: the words reported, not a name
            continue
        j = i + 1
        while j < n and (j - i < NAME_RUN_WORDS or toks[j - 1][0] in _name_links()):
            tok, prev = toks[j][0], toks[j - 1][0]
            if j - 2 >= i and toks[j - 2][0] == FAMILY_LINK or _fa_inna(toks, j):
                break  # آل الشيخ | حادثة: the family name ends the name
            if tok[:1] == "\u0648" and tok not in _first_names() and prev not in _name_links() and not (
                    _whole_waw_word(tok) and (j + 1 == n or toks[j + 1][0] in SEPARATORS or toks[j + 1][0] in _stops())):
                break  # سلمان بن عبدالعزيز | ولسمو ولي العهد: a conjunction starts another phrase
            if tok in _statements() and tok.endswith("\u0647") or _owned_then_adjective(toks, j):
                break  # واختتم الملك سلمان | كلمته بأن: his talk, after the name (المدرب اخوان | رضاه التام)
            if COMPLEMENTIZER_RE.fullmatch(tok) and not (j + 1 < n and toks[j + 1][0] == _f("كي")):
                break  # وأضاف العقيد طارق | بأن: the words reported open after the name (not بان كي مون)
            if prev in _name_links() and tok not in SEPARATORS and tok not in _stops() and len(tok) > 1:
                j += 1
            elif len(tok) >= 7 and tok.endswith("\u064a\u0647") or len(tok) >= 4 and tok.endswith(PRONOUN_SUFFIXES):
                break  # إمكانية، مسؤولية، نشرها: an abstract noun or a word with a pronoun after the name
            elif tok in _name_links() or _is_name_token(tok) and not _is_title(tok) or tok in _name_tails():
                j += 1
            elif _definite(tok) and not _is_title(tok) and tok not in _stops() and not _epithet_at(toks, j) \
                    or _title_surname(toks, i, j):
                j += 1
                break
            else:
                break
        yield i, j
        i = j


@cache
def _office_first_names() -> frozenset[str]:
    """First names that are also office words (مساعد "assistant", أمين "secretary")."""
    return frozenset(_f(w) for w in ("مساعد", "أمين"))


def _bin_after_office_name(toks: list[tuple[str, int, int]], i: int) -> bool:
    """A first name that is also an office word, then بن (وأفاد مساعد بن فلان): no office is followed by بن, so the
    name opens on it."""
    return toks[i][0] in _office_first_names() and i + 1 < len(toks) and toks[i + 1][0] in ("\u0628\u0646", "\u0627\u0628\u0646")


def _office_first_name(toks: list[tuple[str, int, int]], i: int) -> bool:
    """A first name that is also an office word (مساعد) right after a person's title, then a family name or بن
    (الدكتور مساعد العيبان، الشيخ مساعد بن فلان): the name, not the office (but الدكتور مساعد وزير الصحة، مساعد
    المدير العام: an office in construct with another office)."""
    tok = toks[i][0]
    if _bin_after_office_name(toks, i):
        return True
    if not (i and tok in _office_first_names() and _person_title(toks[i - 1][0]) and _definite(toks[i - 1][0])
            and i + 1 < len(toks)):
        return False
    nxt = toks[i + 1][0]
    return nxt in _name_links() or _definite(nxt) and not _is_title(nxt) and not _office(nxt) and nxt not in _stops() \
        and not _nisba(nxt)


def _name_start(words: Sequence[str], end: int) -> int:
    """Where the name begins in a run that may carry a place before it: one word before the
    first بن (بصحة حائل عارف بن غازي), else after a word glued to ب/ل (بحائل محمد الطيار)."""
    link = next((k for k in range(1, end) if words[k] in _name_links() and words[k] not in ("\u0639\u0628\u062f",)), None)
    if link is not None:
        own = link >= 2 and (words[link - 2] in _first_names() or words[link - 2].startswith(GLUED_NAME_HEADS)) \
            and link_place(words[link - 2]) is None  # (مدير تعليم عسير ناصر بن علي: a place, then the name)
        return link - 2 if own else link - 1  # عبدالله سعود بن عبدالوحيد: his own first name before his father's
    if end - 1 >= 2 and words[0][:1] in "\u0628\u0644" and len(words[0]) >= 4 and words[0] not in _first_names() \
            and _place_after_bi(words[0]):
        return 1  # (but لويس فان غال: a first name in ل)
    return 0


def _opens_construct(word: str, nxt: str) -> bool:
    """A bare noun in construct with the definite word after it (لجوء الحبيب، عزم المؤسسة): past a name, the verb's
    object opens there, unless it is a compound name's (نور الدين، عبد الله، ولد الشيخ) or another person's after و
    (أحمد الجابري وفهد الشيخي)."""
    return word[:1] != "\u0648" and not word.startswith("\u0627\u0644") and word not in _first_names() \
        and word not in _name_links() and WORD_RE.fullmatch(word) is not None \
        and nxt.startswith("\u0627\u0644") and nxt not in _compound_name_tails()


@cache
def _compound_name_tails() -> frozenset[str]:
    """Second halves of compound first names (نور الدين، جاد الله، زين العابدين، سيف الإسلام، جاد الحق)."""
    return frozenset(_f(w) for w in ("الدين", "الله", "الرحمن", "العابدين", "الإسلام", "الحق"))


def _name_end(words: Sequence[str]) -> int:
    """Where a run's name ends: an article-word after two bare name words is the verb's object
    (نفت القاضية كلثوم كنو الخبر), after one it is the family name (محمد الطيار)."""
    n = len(words)
    construct = next((k for k in range(2, n - 1) if _opens_construct(words[k], words[k + 1])
                      and words[k - 1] not in _name_links() and words[k - 2] not in _name_links()), None)  # (حامد بن
    # مالح الشمري، عبد المالك سلال: a father's name after بن, a family name after a compound first name)
    if construct is not None:
        return construct  # قيس سعيد | لجوء الحبيب الصيد: a noun in construct opens the verb's object
    if n >= 3 and _definite(words[-1]) and not any(w in _name_links() for w in words) \
            and not any(_definite(w) for w in words[-3:-1]) \
            and not (words[-1].endswith("\u064a") and words[-1] not in _adjectives() and words[-1] not in _time_leads()):
        return n - 1  # (but الباجي قائد السبسي: a family name in -ي)
    return n


# Broken plurals of people who give views (ويشير الخبراء إلى أن، يشير بعض الأطباء إلى أن), besides the sound plurals
# that _people_plural reads off their ending.
PEOPLE_PLURALS = ("خبراء", "علماء", "أطباء", "شهود", "سكان", "أهالي", "نشطاء", "ناشطون", "ناشطين", "باحثون", "باحثين")
MIN_SOUND_PLURAL_LEN = 6  # مختصون، محللين; not فنون، قانون


@cache
def _people_plurals() -> frozenset[str]:
    return frozenset(_f(w) for w in PEOPLE_PLURALS)


def _people_plural(bare: str) -> bool:
    """A plural of people (خبراء، المختصون، الاختصاصيين، المراقبون): people pointing out, never the writer's
    evidence (التفاصيل، التكهنات). A sound masculine plural names people only: of a participle in م (محللون،
    مراقبين) or a nisba (اختصاصيون); not قانون، مضمون (no م-participle of six letters)."""
    if bare in _people_plurals():
        return True
    sound = bare.endswith(("\u0648\u0646", "\u064a\u0646")) and len(bare) >= MIN_SOUND_PLURAL_LEN
    return sound and (bare[:1] == "\u0645" or bare.endswith(("\u064a\u0648\u0646", "\u064a\u064a\u0646")))
