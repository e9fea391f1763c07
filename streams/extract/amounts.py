"""Amounts: numbers in digits (Western or Arabic-Indic) or words, duals, with the noun counted.

Reads the folded text token by token (``numbers.read_number_run``) and maps spans back
to the clean text. Numbers inside dates belong to the dates; years, clock times, list
markers, labels and ordinals in meaning (الفرقة 30، الذكرى 61), phone numbers and the digits of web
addresses are not amounts. Approximate plurals (عشرات، مئات، آلاف) and amounts after
"about" words (نحو، حوالي) are flagged approximate, the value being the lower bound.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from itertools import pairwise

from ..records import Amount, DateMention
from .matchform import fold_word, match_form
from .months import GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS
from .ner_lexicon import first_names as _first_names
from .ner_lexicon import gazetteers
from .numbers import (
    DUAL_NOUNS,
    PREFIXES,
    TEEN_ONES,
    TOKEN_RE,
    WIRE_DECIMAL,
    construct_dual,
    counted_singular,
    digit_value,
    dual_may_be_adjective,
    dual_singular,
    feminine_dual,
    glued_prefix,
    is_weak_alone,
    masdar_dual,
    number_word,
    read_number_run,
    teen_two,
)

__all__ = ["ABOUT_WORDS", "FUNCTION_WORDS", "find_amounts"]

# Words that never are the counted noun: prepositions, particles, pronouns.
FUNCTION_WORDS = (
    "من", "في", "على", "إلى", "عن", "مع", "أو", "ثم", "قد", "لا", "لم", "لن", "ما", "أن", "إن",
    "التي", "الذي", "الذين", "اللذين", "هذا", "هذه", "ذلك", "تلك", "كل", "بين", "منذ", "حتى",
    "خلال", "بعد", "قبل", "عند", "نحو", "حوالي", "أي", "هو", "هي", "هم", "كما", "بل", "لكن",
    "فقط", "أيضا", "تقريبا", "مقابل", "لدى", "حيث", "عبر", "ضد", "دون", "إنه", "أنه", "وفي",
    "وقد", "أمس", "اليوم", "الآن", "مساء", "صباح", "ليلا", "ظهر", "فجر", "صباحا", "عصر",
    "فيما", "بينما", "وفيما", "وبينما", "ولكن", "إذ", "كي", "لكي", "فقد", "لقد",
)
DEMONSTRATIVES = ("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين")
# "About" words before an amount make it approximate.
ABOUT_WORDS = ("نحو", "حوالي", "حوالى", "قرابة", "زهاء", "يقارب", "يناهز", "تقريبا", "قرابه")
YEAR_MIN, YEAR_MAX = 1900, 2100
LIST_MARK_RE = re.compile(r"\s*[\-)\.:\u2013\u2014](?!\d)")  # 3- ، 3) ، 1 – الموافقة
PERCENT_RE = re.compile(r"\s*[%\u066a]|\s*(?:في|ب)\s*ال?م[يا]?[ئي]")  # 5% ٥٪ 5 في المئة
SHADDA = "\u0651"
DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"  # tanween, short vowels, shadda, sukun
TIME_AFTER_RE = re.compile(r" ?: ?\d")  # 6:42، 6: 42: hours before minutes
TIME_BEFORE_RE = re.compile(r"\d ?: ?$")  # the minutes after them
LATIN_NEAR_RE = re.compile(r"[A-Za-z]")
WEB_ADDRESS_RE = re.compile(r"(?:https?://|www\.)[^\s\u0621-\u064a]+|[\w.+-]+@[A-Za-z0-9-]+\.[A-Za-z.]+"
                            r"|\b[A-Za-z0-9-]+\.(?:com|net|org|gov|edu|info|ly|pw|me|co|io)\b(?:/[^\s\u0621-\u064a]*)?")
PAREN_GAP_RE = re.compile(r"\s*\)\s*")
BRACKET_GAP_RE = re.compile(r"\s*[()]?\s*")  # (4) إلى، (9) مساءً
DASH_GAP_RE = re.compile(r"\s*\)?\s*[-\u2013]\s*\(?\s*")  # 4-9، (4) - (9)
SCORE_GAP_RE = re.compile(r"\s*[-\u2013\u0640]+\s*")  # 3-1، 4 ــ 2: a score's two numbers (not 5+1، 4×6، 0 1px)
CLOSE_GAP_RE = re.compile(r"\s*[)\u00bb\u201d\"]\s*")
# Adjectives a fraction makes a compound of, no part of anything: ربع نهائي (a round of a competition),
# نصف آلية (semi-automatic), نصف السنوية، ربع سنوية (half-yearly, quarterly), دوام نصف يومي.
FRACTION_COMPOUNDS = ("نهائي", "آلي", "سنوي", "شهري", "أسبوعي", "يومي", "دائري")


@cache
def _function_words() -> frozenset[str]:
    return frozenset(fold_word(w) for w in FUNCTION_WORDS)


def _fraction_opens_item(tokens: Sequence[str], i: int, spaced: bool) -> bool:
    """A fraction with a glued و after a punctuation mark, before an indefinite noun (..."، ونصف صفيحة من"): the
    next item of a list, a half of what follows, not the half of what precedes (ساعة ونصف)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    return i > 0 and not spaced and nxt[:1].isalpha() and not nxt[:1].isascii() and not nxt.startswith("\u0627\u0644") \
        and nxt not in _function_words() and number_word(nxt) is None


@cache
def _relatives() -> frozenset[str]:
    return frozenset(fold_word(w) for w in RELATIVES)


@cache
def _demonstratives() -> frozenset[str]:
    return frozenset(fold_word(w) for w in DEMONSTRATIVES)


@cache
def _about_words() -> frozenset[str]:
    return frozenset(fold_word(w) for w in ABOUT_WORDS)


@cache
def _near_words() -> frozenset[str]:
    """Words of approximation a number may be glued to: ABOUT_WORDS and the Maghrebi حدود (في حدود 3 د)."""
    return _about_words() | {fold_word("حدود")}


def _is_noun(token: str) -> bool:
    """A token that can be the counted noun: a word, not a particle or a number."""
    return (len(token) > 1 and not token[0].isdigit() and token not in _function_words()
            and not (token[0] in "\u0648\u0641" and token[1:] in _function_words())  # وذلك، فهو
            and number_word(token) is None)


# The group of the five permanent members and Germany named by its make-up (مجموعة 5+1، دول الخمسة زائد
# واحد، «5 + 1»): a name, like a label, no amounts (v27's annotator leaves it; round 10 left it out as unclear).
GROUP_NAME_RE = re.compile("(?<![\u0621-\u064a\\d])[\u0648\u0628\u0644]?(?:\u0627\u0644)?(?:5|\u0665|\u062e\u0645\u0633[\u0629\u0647]?)"
                           "\\s*(?:\\+|\u0632\u0627\u0626\u062f[\u0627\u064b]?)\\s*(?:1|\u0661|\u0648\u0627\u062d\u062f)"
                           "(?![\u0621-\u064a\\d])")
# A hashtag (#إضراب5ساعات، #رؤية_2030): a label, whatever digits it carries (not an HTML entity, &#8221;);
# its number words are left as they were (#ألف_مبروك).
HASHTAG_RE = re.compile(r"(?<![&\w])#[^\W\d][^\s#]*")
DIGITS_RE = re.compile(r"\d+")


def _hashtag_digits(text: str) -> list[tuple[int, int]]:
    """The spans of the digit runs inside hashtags: no amounts there."""
    return [m.span() for tag in HASHTAG_RE.finditer(text) for m in DIGITS_RE.finditer(text, tag.start(), tag.end())]


def find_amounts(text: str, *, dates: Sequence[DateMention] = ()) -> list[Amount]:
    """Numbers in ``text`` outside the given dates, with the noun each one counts."""
    if not text:
        return []
    folded, back = match_form(text)
    spans = [(m.start(), m.end()) for m in TOKEN_RE.finditer(folded)]
    tokens = [folded[s:e] for s, e in spans]
    taken = sorted([(d.start, d.end) for d in dates] + [m.span() for m in GROUP_NAME_RE.finditer(text)]
                   + _hashtag_digits(text))  # no amounts inside

    def in_date(a: int, b: int) -> bool:
        return any(a < de and ds < b for ds, de in taken)

    def gap_is_space(k: int) -> bool:
        """Only whitespace between token k and token k + 1 (or nothing after a glued و)."""
        if k + 1 >= len(spans):
            return False
        gap = folded[spans[k][1]:spans[k + 1][0]]
        if gap.isspace():
            return True
        # nothing between: a glued و (و300), or digits glued to their scale word (750مليون) or to
        # the noun they count (132طالبا)
        return not gap and (tokens[k] == "\u0648" or tokens[k][0].isdigit())

    def gap_opens_quote(k: int) -> bool:
        """Whitespace and an opening quote mark between token k and the next (قريتي "بشني")."""
        return k + 1 < len(spans) and folded[spans[k][1]:spans[k + 1][0]].strip() in ("\"", "\u00ab", "\u201c")

    def display(k0: int, k1: int) -> tuple[int, int]:
        return back[spans[k0][0]], back[spans[k1][1] - 1] + 1

    def bare(k0: int, k1: int) -> tuple[int, int]:
        """Like ``display``, without a conjunction glued to the first word."""
        return back[spans[k0][0] + glued_prefix(tokens[k0])], back[spans[k1][1] - 1] + 1

    def counted(k: int, first: int) -> str | None:
        """The noun after token k (skipping من), as written; for a numeral that follows its
        noun (عسكريين تركيين اثنين) the noun before."""
        partitive = k + 1 < len(tokens) and tokens[k + 1].startswith("\u0645\u0646") and first > 1 \
            and (tokens[first - 2][0].isdigit() or number_word(tokens[first - 2]) is not None)  # 8 حالات اثنين منها: a part
        if first > 0 and tokens[first] in _postposed() and _is_noun(tokens[first - 1]) and gap_is_space(first - 1) \
                and not partitive and not (_two_after_no_dual(tokens[first], tokens[first - 1])
                                           and k + 2 < len(tokens) and tokens[k + 1] == "\u0645\u0646"
                                           and not ELATIVE_RE.fullmatch(tokens[k + 2])):
            a, b = display(first - 1, first - 1)
            return text[a:b]
        j = k + 1
        if j >= len(tokens) or not (gap_is_space(k) or (_opened(folded, spans[first][0])
                                                        and CLOSE_GAP_RE.fullmatch(folded, spans[k][1], spans[j][0]))):
            return None  # (3) أيام: the noun after a bracketed number counts it too
        if tokens[j] == "\u0645\u0646" and gap_is_space(j) and j + 1 < len(tokens):  # من
            j += 1
        if not _is_noun(tokens[j]):
            return None
        a, b = display(j, j)
        return text[a:b]

    out: list[Amount] = []
    i = 0
    n = len(tokens)
    markers = _list_markers(folded, spans, tokens)
    models = _model_names(folded, spans, tokens)
    phones = _phone_groups(folded, spans, tokens) | _web_addresses(folded, spans)
    vocab = frozenset(t for t in tokens if len(t) >= 3)
    named = _named_duals(tokens)
    paired = _paired_people(tokens, gap_is_space)
    comma_decimals = bool(COMMA_DECIMAL_RE.search(folded)) and not MULTI_COMMA_RE.search(folded)
    label_end = -1  # the last token of the last number read as a label (المركزين 42 و37)
    headed_label = False  # that label follows a label head (المواد 13 و17), not a gauge: its list goes on before a verb
    range_low: dict[int, int] = {}  # token of a range's upper bound -> index in out of its lower bound
    while i < n:
        tok = tokens[i]
        run = read_number_run(tokens, i) if (tok[0].isdigit() or number_word(tok)) else None
        if run is not None:
            # a run may not cross punctuation, but (350) ألف is one number
            last = run.first
            while last < run.last and (gap_is_space(last) or PAREN_GAP_RE.fullmatch(folded, spans[last][1], spans[last + 1][0])
                                       or _quoted_before_scale(folded, spans, tokens, i, last)):
                last += 1
            if last != run.last:
                run = read_number_run(tokens[: last + 1], i)
        abbreviated = None
        if run is not None and run.first == run.last and tok[0].isdigit():
            run.value *= _range_scale(tokens, i, run.value, folded, spans)
            abbreviated = _dinar_abbreviation(folded, spans, tokens, run.last)
            if abbreviated is not None:  # 3970 م د: millions of dinars, the Tunisian way
                run.value *= abbreviated[0]
                run.last = abbreviated[1]
        if run is not None:
            a, b = bare(run.first, run.last)
            obj = counted(run.last, run.first)
            keep = not in_date(a, b)
            if keep and run.first == run.last and _and_ahad(text[display(i, i)[0]:display(i, i)[1]]):
                keep = False  # وأحد الأدلة، وأحد عناصر الأمن: "and one of", و + أحد (folded like واحد), unmarked as أحد is
            if keep and run.first == run.last and SHADDA in text[a:b] and (number_word(tok) or ("", "", 0))[1].startswith("scale"):
                keep = False  # ألّف بها المنشورات: the verb "composed"; a scale word takes no shadda
            if keep and run.first == run.last and COMMA_THOUSAND_RE.fullmatch(tok) and (
                    comma_decimals or (obj is not None and _dinar(obj) and not _whole_dinar(tokens, run.last + 2))):
                # 97,765 where the article writes 0,5 and 0,71: a decimal comma; 12,304 دينارا: dinars and
                # millimes, as the dot writes them (3.125 دينار)
                run.value = float(tok.replace(",", "."))
            if keep and tok[0].isdigit() and run.first == run.last and obj is not None \
                    and DOTTED_THOUSANDS_RE.fullmatch(tok) and (not _is_measure(obj) or _cents_currency(obj)
                                                                or (tok.endswith(".000") and not _dinar(obj))):
                run.value = float(tok.replace(".", ""))  # 30.000 شخص، 54.457 شخصا: thousands, not decimals
            if keep and tok[0].isdigit():
                keep = _digit_is_amount(folded, spans, tokens, run.first, run.value, obj) \
                    and not (run.first == run.last and _series_label(tokens, i, run.value, obj, folded, spans)) \
                    and i not in markers and not (i > 0 and _model_of(tokens[i - 1], models)) \
                    and not _product_model(tokens, i, obj) \
                    and not _unit_power(folded, spans, tokens, i) \
                    and not _code_tail(spans, tokens, i) \
                    and not (i > 0 and _month_number(tokens[i - 1], run.value)) \
                    and not (run.first == run.last and _clock_time(folded, spans, tokens, run.last)) \
                    and not (run.first == run.last and _quoted_title(folded, spans, tokens, i)) \
                    and not (run.first == run.last and LATIN_LABEL_RE.match(folded, spans[i][1])) \
                    and not (run.first == run.last and _verse_number(folded, spans, tokens, i)) \
                    and i not in phones and not _after_phone_list(folded, spans[i][0]) \
                    and not (i > 0 and tokens[i - 1].removeprefix("\u0648") in _clock_heads() and CLOCK_RE.fullmatch(tok))
                bracketed = folded[max(0, spans[i][0] - 2):spans[i][0]].strip().endswith("(")
                scaled = abbreviated is not None or (
                    run.last > run.first and (number_word(tokens[run.last]) or ("", "", 0))[1].startswith("scale"))
                if keep and i > 0 and run.value.is_integer() and not scaled and not SEPARATED_RE.fullmatch(tok) \
                        and (not bracketed or tokens[i - 1] == "\u0627\u0644" or tokens[i - 1] in _label_heads()
                             or tokens[i - 1] in _class_heads()
                             or fold_word(_bare_definite(tokens[i - 1])[2:]) in _time_units()) \
                        and _is_label(tokens[i - 1], obj, tokens[i - 2] if i > 1 else "", tokens[i - 3] if i > 2 else "",
                                      tokens[i - 4] if i > 3 else "", _field_value(folded, spans, tokens, i)) \
                        and not (tokens[i - 1].isdigit()
                                 and SCORE_GAP_RE.fullmatch(text, back[spans[i - 1][1] - 1] + 1, back[spans[i][0]])) \
                        and not _score_first(folded, spans, tokens, i) and not _definite_range_low(tokens, i) \
                        and not (tokens[i - 1] == "\u0627\u0644" and _age_after(tokens, i)) \
                        and not PERCENT_RE.match(folded, spans[run.last][1]) and not _counted_before(tokens, i) \
                        and not (obj is None and _listed_value(text, back[spans[i][0]], tokens, i, out)) \
                        and not (obj is None and _shares_counted(folded, spans, tokens, i, run.last)) \
                        and not _reached_definite(tokens, i) \
                        and not (run.last + 2 < n and tokens[run.last + 1] == "\u0645\u0646" and _people_after(obj)):
                    keep = False
                    label_end = run.last
                    headed_label = _bare_definite(tokens[i - 1]) in _label_heads() and tokens[i - 1] not in _gauge_heads()
                elif keep and bracketed and i > 0 and _bare_definite(tokens[i - 1]).startswith("\u0627\u0644") \
                        and fold_word(_bare_definite(tokens[i - 1])[2:]) in _time_units():
                    keep = False  # بالدقيقة (75): the minute of a goal, named by its number
                elif keep and i > 0 and label_end == i - 1 and folded[spans[i - 1][1]:spans[i][0]] in ("-", "\u2013"):
                    keep = False  # بوينغ 777-300: the rest of a model's number
                    label_end = run.last
                elif keep and i > 1 and tokens[i - 1] == "\u0648" and label_end == i - 2 \
                        and (obj is None or obj.startswith("\u0627\u0644")
                             or (headed_label and run.first == run.last and gap_is_space(run.last))
                             or (run.last + 1 < n and tokens[run.last + 1] == "\u0645\u0646")):
                    keep = False  # المركزين 42 و37، الوردية 4 و5 و6، الفصلين 92 و93 من قانون: the next labels of a list
                    label_end = run.last
            if keep and run.first == run.last and number_word(tok) and number_word(tok)[1] == "fraction" \
                    and number_word(tok)[0] in ("\u0648", "\u0641") and not _fraction_opens_item(tokens, i, i > 0 and gap_is_space(i - 1)):
                keep = False  # ونصف alone: the half of something already named (not بنصف ساعة، لربع الميزانية)
                unit = counted_singular(tokens[i - 1]) if i and gap_is_space(i - 1) and tok.startswith("\u0648") else None
                after_number = i > 1 and gap_is_space(i - 2) and (tokens[i - 2][-1:].isdigit() or number_word(tokens[i - 2]) is not None)
                if unit is not None and unit not in TIME_UNITS and not after_number:  # بمليون ريال ونصف: half the million
                    a = display(i - 1, i - 1)[0]  # متر ونصف: one unit and a fraction (not شهر ونصف, a duration)
                    out.append(Amount(text=text[a:b], start=a, end=b, value=1 + run.value, approximate=False,
                                      object=unit))
                elif after_number and out and not in_date(*display(i - 1, i - 1)) \
                        and _fraction_of_counted(out[-1], tokens, i, display(i - 2, i - 2)[1]) \
                        and not (i + 1 < n and counted_singular(tokens[i + 1]) is not None
                                 and not in_date(*display(i + 1, i + 1))):  # not 5 سنوات ونصف ساعة (but ونصف يوم الخميس)
                    # خمس سنوات ونصف، 3 ساعات وربع: the fraction adds to the number before its counted noun
                    out[-1] = replace(out[-1], text=text[out[-1].start:b], end=b, value=out[-1].value + run.value)
            if keep and run.first == run.last and i > 0 and not tok[:1].isdigit() and tokens[i - 1] in _number_labels() \
                    and not (number_word(tok) or ("", "", 0))[1].startswith("scale"):
                keep = False  # الطريق الوطنية رقم واحد، اللاعب رقم ثلاثة: a label spelt out (not رقم مليار: a figure)
            if keep and run.first == run.last and i > 0 and tokens[i - 1] in _relatives() \
                    and tok.removeprefix((number_word(tok) or ("",))[0]).startswith(HALF):
                keep = False  # الذي نصفه بالسعادة، ما نصفها به: the verb "we describe", not a half
            if keep and run.first == run.last and run.approximate and run.last + 1 < n \
                    and len(tokens[run.last + 1]) <= 2 and tokens[run.last + 1] not in _function_words():
                keep = False  # »الاف بي اي«: letters of a name, not thousands
            if keep and i > 0 and tok in _teen_tails() and (_ordinal(tokens[i - 1].removeprefix("\u0648")) or (
                    tokens[i - 1].startswith("\u0627\u0644") and (number_word(tokens[i - 1][2:]) or ("", "", 0))[1] == "unit"
                    and tokens[i - 1] not in _frozen_duals())):
                keep = False  # الخامسة عشرة: the tail of an ordinal; قطاعات السوق الخمسة عشر: of a definite numeral
                # (not after the weekday: أمس الاثنين عشرة فلسطينيين, ten)
            if keep and i > 1 and tok[:1] == "\u0648" and _clock_minutes(tokens, i):
                keep = False  # الساعة الحادية عشرة وتسع وخمسين دقيقة: the minutes of a clock time
            if keep and run.first == run.last and (number_word(tok) or ("", "", 0))[1] == "fraction" and obj is not None \
                    and _fraction_compound(obj):
                keep = False  # ربع نهائي، نصف النهائي، نصف آلية: a stage of a competition, "semi-", "quarterly"
            elif keep and run.first == run.last and is_weak_alone(tok) and number_word(tok)[1] == "fraction" \
                    and run.last + 1 < n and gap_is_space(run.last) \
                    and (tokens[run.last + 1] == "\u0645\u0627" or tokens[run.last + 1].startswith("\u0627\u0644")
                         or tokens[run.last + 1] in _demonstratives()):
                pass  # ثلث ما تطبخه العائلات، ربع السكان، بثلث هذا المبلغ: a fraction of something named
            elif keep and run.first == run.last and is_weak_alone(tok) and i > 0 and number_word(tok)[2] == 1 \
                    and tokens[i - 1] in _one_pronoun_heads():
                keep = False  # آخر واحد، كل واحد منهم، أي واحد: "one" as a pronoun
            elif keep and run.first == run.last and is_weak_alone(tok):
                prev = tokens[i - 1] if i > 0 else ""
                keep = obj is not None and not obj.startswith("\u0627\u0644") or (
                    tok.endswith(("\u0648\u0627\u062d\u062f", "\u0648\u0627\u062d\u062f\u0647", "\u0648\u0627\u062d\u062f\u0627")) and _is_noun(prev)
                    and not prev.startswith("\u0627\u0644")) or _range_to_number(tokens, run.last) \
                    or _picks_one_of(tokens, run.last, gap_is_space) \
                    or prev in _reach_words() or bool(PERCENT_RE.match(folded, spans[run.last][1])) \
                    or (run.last + 1 < n and tokens[run.last + 1][:1] == "\u0648" and gap_is_space(run.last)
                        and (number_word(tokens[run.last + 1]) or ("", "", 0))[1] == "unit")  # لمدة خمس وثلاث سنوات
            if keep and run.first == run.last and obj is not None and (_verb_after_laysa(tok, obj) or _laysa(tok, obj)):
                keep = False  # ولست أدرك، لست قلقا، لست بصدد: "I am not", not ل + ست
            if keep:
                approximate = run.approximate or (i > 0 and (tokens[i - 1] in _about_words() or tokens[i - 1][:1]
                                                             in "\u0648\u0628" and tokens[i - 1][1:] in _about_words()))
                if obj is not None and i in range_low and out[range_low[i]].object is None:
                    out[range_low[i]] = replace(out[range_low[i]], object=obj)  # بين 8 و15 عاما: years too
                if obj is None and _range_upper(tokens, i, run.last) is not None:
                    range_low[_range_upper(tokens, i, run.last)] = len(out)
                out.append(Amount(text=text[a:b], start=a, end=b, value=run.value,
                                  approximate=approximate, object=obj))
            i = run.last + 1
            continue
        group = _numeral_with_pronoun(tok) if tok.endswith(NUMERAL_PRONOUN_ENDINGS) else None  # (a cheap test first)
        if group is not None and not in_date(*display(i, i)):  # ثلاثتهم: the three of them
            a, b = display(i, i)
            out.append(Amount(text=text[a:b], start=a, end=b, value=float(group), approximate=False, object=None))
            i += 1
            continue
        numeral = _definite_numeral(tokens, i)
        if numeral is not None:  # الأيام الثلاثة، من الثلاثة
            a, b = display(i, numeral[1])
            if not in_date(a, b):
                noun = display(i - 1, i - 1) if i and (_bare_definite(tokens[i - 1]).startswith("\u0627\u0644")
                                                       or _possessed_plural(tokens[i - 1])) else None
                if numeral[1] + 1 < n and gap_is_space(numeral[1]) and _definite_before_noun(tokens, numeral[1], "unit"):
                    noun = display(numeral[1] + 1, numeral[1] + 1)  # الأربعة أشهر، الخمس سنوات: the noun after
                out.append(Amount(text=text[a:b], start=a, end=b, value=float(numeral[0]), approximate=False,
                                  object=text[noun[0]:noun[1]] if noun else None))
            i = numeral[1] + 1
            continue
        raw = text[back[spans[i][0]]:back[spans[i][1] - 1] + 1]
        singular = _possessive_dual(tok, raw, tokens[i - 1] if i else "") if not tok.endswith(DUAL_ENDINGS) else dual_singular(tok) or _attested_feminine(tokens, i) or _context_dual(tokens, i, gap_is_space(i) and gap_is_space(i + 1), gap_is_space(i)) \
            or masdar_dual(tok) or (_agreeing_dual(tokens, i) if gap_is_space(i) else None) \
            or _voweled_dual(raw, tok) \
            or _masculine_construct(tokens, i, folded, spans) or _at_least_dual(tokens, i) \
            or (_dual_relative(tokens, i) if gap_is_space(i) else None) or _attested_dual(tokens, i, vocab) \
            or _lexicon_dual(tokens, i) or _corps_construct(tokens, i) or _possessive_dual(tok, raw, tokens[i - 1] if i else "") \
            or (_dual_agreement(tokens, i) if gap_is_space(i) else None) or _definite_dual(tokens, i, vocab, raw) \
            or (_definite_construct(tokens, i, raw) if gap_is_space(i) else None) \
            or (_nominative_masculine_construct(tokens, i) if tok[-1:] == "\u0627" and gap_is_space(i) else None) \
            or (_attested_construct(tokens, i, vocab, raw, gap_opens_quote(i)) if gap_is_space(i) or gap_opens_quote(i) else None) \
            or _attested_oblique(tokens, i, vocab) or _quoted_pair_construct(tokens, i, folded, spans, raw) \
            or paired.get(i)
        if singular is not None and tok.endswith("\u062a\u064a") and (i + 1 >= n or tokens[i + 1] in _not_genitives()):
            singular = None  # إنهاء معاملتي بسبب التزاحم: "my", a construct dual takes its noun after it (حالتي وفاة)
        if singular is not None and _bare_definite(tok) in named:
            singular = None  # نادي الجبلين ... أبناء الجبلين: the club's name wherever the article repeats it
        if singular is not None and i and tokens[i - 1][0].isdigit() and gap_is_space(i - 1) \
                and not in_date(*display(i - 1, i - 1)):
            singular = None  # 15 سنتا: the noun the digits count, not a dual (but عام 2018 قمتين: a date's year counts none)
        if singular is not None and _bare_definite(tok)[2:3] == "\u0645" and _after_named_pair(tokens, i) \
                and all(gap_is_space(k) for k in range(max(0, i - NAMED_PAIR_WORDS - 1), i)):
            singular = None  # نور الهباشي المتوّجتين، وسالم الدوسري الموقوفان: a participle describing the pair named
        glued_and = tok.startswith("\u0648") and bool(dual_singular(tok[1:]) or feminine_dual(tok[1:], short=False) or masdar_dual(tok[1:])
                                                  or construct_dual(tok[1:]))  # حالتين متوسطتين وحالتي طفل
        prepositional = singular is not None and _prepositional_feminine_dual(tok)
        if prepositional:
            singular = singular[1:]  # بتشكيلتين: تشكيلة
        if singular is not None and i and not glued_and and not prepositional and gap_is_space(i - 1) and (
                (_counts_two(tokens[i - 1]) and tokens[i - 1] not in _one_of()) or _attested_dual(tokens, i - 1, vocab) is not None
                or _lexicon_dual(tokens, i - 1) is not None or (dual_may_be_adjective(tok) and _is_noun(tokens[i - 1]) and len(tokens[i - 1]) > 3
                                               and tokens[i - 1].endswith(("\u064a\u0646", "\u0627\u0646")))
                or (dual_may_be_adjective(tok) and _construct_adjective(tokens, i) and gap_is_space(i - 2))):
            singular = None  # سائقان آخران، عبوتين ناسفتين، حربين عالميتين: the adjective of two (not وحالتان)
        if singular is not None:
            a, b = bare(i, i)
            if prepositional or not glued_prefix(tok) and tok[:1] in "\u0648\u0641\u0628\u0644" \
                    and tok[1:].startswith(fold_word(singular)[:-1]) and not tok.startswith(fold_word(singular)[:-1]):
                a = back[spans[i][0] + 1]  # وحوضان صغيران: the conjunction glued to a dual known by its context
            nxt = tokens[i + 1] if i + 1 < n else ""
            if not in_date(a, b) and not (number_word(nxt) and nxt.endswith(("\u0646", "\u064a\u0646"))) \
                    and not _listed_place(tok, singular):
                value = 2.0
                if nxt == HALF_AND and gap_is_space(i):  # مترين ونصف: two and a half
                    value, b = 2.5, display(i + 1, i + 1)[1]
                out.append(Amount(text=text[a:b], start=a, end=b, value=value, object=singular))
        elif (scale := _definite_scale(tokens, i)) is not None or (tok in _definite_scales() and _reached(tokens, i)):
            a, b = display(i, i) if tok in _definite_scales() else bare(i, i)
            if not in_date(a, b):  # عددهم يتجاوز الألف: the round number reached; الألف والألفين
                out.append(Amount(text=text[a:b], start=a, end=b, value=scale or _definite_scales()[tok],
                                  approximate=False, object=None))
        i += 1
    out = [x for x in out if not _west_name(text, x)]
    zeros = [z for z in _score_zeros(text) if not in_date(z.start, z.end)]
    return sorted([*out, *zeros], key=lambda x: x.start) if zeros else out


# Names that open with West written وست (وست هام، وست بروميتش، وست فرجينيا): the ست is no six.
WEST_NAMES = ("هام", "بروميتش", "بروميش", "فرجينيا", "فيرجينيا", "بوينت", "ميدلاندز")
NEXT_WORD_RE = re.compile("\\s+([\u0621-\u064a]+)")


@cache
def _west_names() -> frozenset[str]:
    return frozenset(fold_word(w) for w in WEST_NAMES)


def _west_name(text: str, amount: Amount) -> bool:
    """ست glued to و before the rest of an English name (وست هام): the name, not و + six."""
    if amount.value != 6 or amount.text != "\u0633\u062a" or text[amount.start - 1:amount.start] != "\u0648":
        return False
    nxt = NEXT_WORD_RE.match(text, amount.end)
    return bool(nxt and fold_word(nxt.group(1)) in _west_names())


# صفر beside a score's other number (3-صفر، 3 / صفر، (1/صفر)، صفر-2، بنتيجة صفر مقابل 2، بهدفين لصفر): zero, a cardinal;
# alone it is the month Safar or a word (من الصفر، درجة الصفر).
SCORE_ZERO_RE = re.compile(
    "(?<=\\d)\\s*[-/\u2013\u0640]+\\s*(?P<a>\u0635\u0641\u0631)(?![\u0621-\u064a\\d])"
    "|(?<![\u0621-\u064a])(?P<b>\u0635\u0641\u0631)(?=\\s*[-/\u2013\u0640]+\\s*\\d|\\s+\u0645\u0642\u0627\u0628\u0644\\s+\\d)"
    # after goals spelt out, through ل or مقابل (بأربعة أهداف لصفر، بهدفين مقابل صفر، بهدف نظيف لصفر)
    "|(?:\u0647\u062f\u0641|\u0647\u062f\u0641\u064a\u0646|[\u0623\u0627]\u0647\u062f\u0627\u0641)(?:\\s+\u0646\u0638\u064a\u0641)?"
    "\\s+(?:\u0644|\u0645\u0642\u0627\u0628\u0644\\s+)(?P<c>\u0635\u0641\u0631)(?![\u0621-\u064a])")


def _score_zeros(text: str) -> list[Amount]:
    """Zeros written صفر in a score (its other number in digits, or goals spelt out before it)."""
    return [Amount(text=m[g], start=m.start(g), end=m.end(g), value=0.0)
            for m in SCORE_ZERO_RE.finditer(text) for g in ("a", "b", "c") if m[g]]


HALF_AND = fold_word("ونصف")
HALF = fold_word("نصف")
RELATIVES = ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "ما")
# Units of time: "a month and a half" is a duration, left out like the durations of the dates.
TIME_UNITS = ("عام", "سنة", "شهر", "أسبوع", "يوم", "ساعة", "دقيقة", "ليلة", "قرن", "عقد", "موسم", "شوط")


# Before a subset (بينهم قياديان) a nisba in يان is a dual; elsewhere the ending is a name's
# (كريستيان) or a verb's (يلتقيان).
SUBSET_WORDS = ("بينهم", "بينهما", "بينهن", "منهم", "منهما", "منهن", "وبينهم", "ومنهم", "بينها", "منها")
# Verbs and nouns of reaching a number (عددهم يتجاوز الألف، تخطى عدد الزوار المليون).
REACH_WORDS = ("تجاوز", "يتجاوز", "تتجاوز", "تخطى", "يتخطى", "تتخطى", "فاق", "يفوق", "تفوق", "ناهز", "يناهز",
               "بلغ", "يبلغ", "تبلغ", "قارب", "يقارب", "عددهم", "عددها", "عددهن", "عدده",
               "اقترب", "اقتربت", "يقترب", "تقترب", "شارف", "شارفت", "يشارف", "بلغت", "وبلغ", "وبلغت", "تجاوزت", "تخطت")
OTHERS = ("آخر", "أخرى")  # the singulars of آخران، أخريان
DEFINITE_SCALES = {"الألف": 1000, "المليون": 10**6, "المليار": 10**9}


@cache
def _subset_words() -> frozenset[str]:
    return frozenset(fold_word(w) for w in SUBSET_WORDS)


@cache
def _reach_words() -> frozenset[str]:
    return frozenset(fold_word(w) for w in REACH_WORDS)


@cache
def _definite_scales() -> dict[str, int]:
    return {fold_word(w): v for w, v in DEFINITE_SCALES.items()}


def _scale_word(token: str) -> float | None:
    """The value of a definite scale word or its dual, clitics off (الألف، والألفين، المليون، المليارين)."""
    word = _bare_definite(token)
    read = number_word(word[2:]) if word.startswith("\u0627\u0644") else None
    if read is None or read[0] or read[1] not in ("scale_one", "scale_dual"):
        return None
    return float(read[2]) * (2 if read[1] == "scale_dual" else 1)


@cache
def _fraction_heads() -> frozenset[str]:
    return frozenset(fold_word(w) for w in ("نصف", "ربع", "ثلث", "خمس", "عشر"))


def _definite_scale(tokens: list[str], i: int) -> float | None:
    """(Round 21) A definite scale word counting (الألف ريال، المليون نسمة: before its counted noun) or
    joined by و to another (الألف والألفين: both); not the letter alif (من الألف إلى الياء), the millennium
    (الألفية), nor a scale in a run the number reader took (ثلاثة الآلاف)."""
    value = _scale_word(tokens[i])
    if value is None:
        return None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    prev = tokens[i - 1] if i else ""
    if prev.removeprefix("\u0648") in _fraction_heads() or (nxt in _first_names() and _is_noun(nxt)):
        return None  # مليونا ونصف المليون: a half of it; الشعراء المليون سعد: a show's name before a name
    if not tokens[i].startswith("\u0648") and nxt.startswith("\u0648") and _scale_word(nxt) is not None:
        return value  # الألف والألفين
    if tokens[i].startswith("\u0648") and i and _scale_word(tokens[i - 1]) is not None:
        return value  # (الألف) والألفين
    noun = _is_noun(nxt) and not nxt.startswith(("\u0627\u0644", "\u0644\u0644")) and not _verb_shape(nxt) \
        and nxt not in _prepositions() and not _glued_preposition(nxt) \
        and (counted_singular(nxt) is not None or _lexicon_freq().get("\u0627\u0644" + nxt, 0) >= POSSESSED_NOUN_MIN)
    return value if noun else None  # الألف ريال، المليون زائر


def _range_to_number(tokens: list[str], last: int) -> bool:
    """The number ending at ``last`` is the lower bound of a range up to a number (من خمس إلى عشر دول)."""
    return last + 2 < len(tokens) and tokens[last + 1] in ("\u0627\u0644\u064a", "\u062d\u062a\u064a") \
        and (tokens[last + 2][0].isdigit() or number_word(tokens[last + 2]) is not None)  # إلى، حتى


def _range_upper(tokens: list[str], i: int, last: int) -> int | None:
    """The token of the upper bound when the number at ``i..last`` is the lower bound of a range
    (بين 8 و15، بين عمر 8 و15، من 8 إلى 15), else None."""
    if not i or last + 2 >= len(tokens) or not (tokens[last + 2][0].isdigit() or number_word(tokens[last + 2])):
        return None
    opener, link = tokens[i - 1].removeprefix("\u0648"), tokens[last + 1]
    between = {t.removeprefix("\u0648") for t in tokens[max(0, i - 2):i]} & {"\u0628\u064a\u0646", "\u0645\u0627\u0628\u064a\u0646"}
    if (between and link == "\u0648") or (
            opener == "\u0645\u0646" and link in ("\u0627\u0644\u064a", "\u062d\u062a\u064a")):  # بين..و، من..إلى/حتى
        return last + 2
    return None


def _range_scale(tokens: list[str], i: int, value: float, folded: str = "",
                 spans: list[tuple[int, int]] | None = None) -> float:
    """The scale word the upper bound of a range carries for both (بين 80 و90 ألف، 11-14 ألف): its
    multiplier for the bare lower bound, else 1."""
    if spans is not None and i + 2 < len(tokens) and tokens[i + 1][0].isdigit() \
            and folded[spans[i][1]:spans[i + 1][0]].strip() in ("-", "\u2013"):
        return _upper_scale(tokens, i + 1, value)  # 11-14 ألف سنة
    if i and tokens[i - 1].removeprefix("\u0648") in ("\u0645\u0646", "\u0645\u0646\u0630") and i + 3 < len(tokens) \
            and tokens[i + 1] in ("\u0627\u0644\u064a", "\u062d\u062a\u064a"):  # من 3 إلى (أكثر من) 20 ألف
        k = i + 2
        if k + 2 < len(tokens) and tokens[k] in ("\u0627\u0643\u062b\u0631", "\u0627\u0642\u0644") and tokens[k + 1] == "\u0645\u0646":
            k += 2
        return _upper_scale(tokens, k, value) if k + 1 < len(tokens) and tokens[k][0].isdigit() else 1.0
    if i + 3 >= len(tokens) or tokens[i + 1] != "\u0648" or not tokens[i + 2][0].isdigit() \
            or not i or tokens[i - 1].removeprefix("\u0648") not in ("\u0628\u064a\u0646", "\u0645\u0627\u0628\u064a\u0646"):  # بين
        return 1.0
    return _upper_scale(tokens, i + 2, value)


def _upper_scale(tokens: list[str], k: int, value: float) -> float:
    """The multiplier of the scale word after the upper bound at ``k`` (digits, above ``value``), else 1."""
    upper, scale = digit_value(tokens[k]), number_word(tokens[k + 1])
    if upper is None or scale is None or scale[0] or not scale[1].startswith("scale") or not value < upper:
        return 1.0
    return scale[2]


# Tunisian abbreviations of scaled dinars after digits: م د، م.د (مليون دينار), أ د، أ.د (ألف دينار).
DINAR_ABBREVIATIONS = {"\u0645": 10.0 ** 6, "\u0627": 1000.0}  # م، أ (folded)
ABBREVIATION_GAP_RE = re.compile(r"[ \t\u00a0]*\.?[ \t\u00a0]*")


def _dinar_abbreviation(folded: str, spans: list[tuple[int, int]], tokens: list[str],
                        last: int) -> tuple[float, int] | None:
    """The multiplier and last token of a scaled-dinar abbreviation right after the digits at
    ``last`` (3970 م د، 350 أ.د), else None."""
    if last + 2 >= len(tokens) or tokens[last + 1] not in DINAR_ABBREVIATIONS or tokens[last + 2] != "\u062f":
        return None
    if not ABBREVIATION_GAP_RE.fullmatch(folded, spans[last][1], spans[last + 1][0]) \
            or not ABBREVIATION_GAP_RE.fullmatch(folded, spans[last + 1][1], spans[last + 2][0]):
        return None
    return DINAR_ABBREVIATIONS[tokens[last + 1]], last + 2


def _shares_counted(folded: str, spans: list[tuple[int, int]], tokens: list[str], i: int, last: int) -> bool:
    """The number at ``i..last`` is followed by و and more digits whose last counts an indefinite noun
    right after it (أسعار التذاكر 25 و60 دينار، العمر 14 و15 عاما): all of them count it, none is a
    label. Not clock times (الساعة 19 و44 دقيقة), nor labels whose list goes on (الوردية 4 و5 و6 والمروج،
    الطابق 6 و8، الطريق 843 و848 بولاية)."""
    if tokens[i - 1].removeprefix("\u0648") in _clock_heads() or _bare_definite(tokens[i - 1]) in _label_heads() \
            or tokens[i - 1] == "\u0627\u0644":
        return False  # (nor a definite numeral: الساعة الـ11 و27 دقيقة)
    k = last + 1
    while k + 1 < len(tokens) and tokens[k] == "\u0648" and tokens[k + 1][0].isdigit():
        k += 2
    if k == last + 1 or k >= len(tokens) or not folded[spans[k - 1][1]:spans[k][0]].isspace():
        return False
    noun = tokens[k]
    return _is_noun(noun) and not noun.startswith("\u0627\u0644") and noun[:1] not in "\u0648\u0628"


# Verbs of exceeding, any person or tense (تجاوزن، يتعدى، لم تتخط): a definite number after them is
# the figure passed (تجاوز الـ300 متر، تجاوز عدد الدول المقاطعة الـ16 دولة), no label.
EXCEEDING_RE = re.compile("[\u0648\u0641\u0644]?(?:[\u064a\u062a]?\u062a\u062c\u0627\u0648\u0632|[\u064a\u062a]?\u062a\u062e\u0637|"
                          "[\u064a\u062a]?\u062a\u0639\u062f|\u0641\u0627\u0642|[\u064a\u062a]\u0641\u0648\u0642)")
REACH_BACK = 6  # how many words back the verb may stand (its subject between)


def _reached_definite(tokens: list[str], i: int) -> bool:
    """Digits after the bare article (الـ300) that a verb of exceeding or reaching a few words before
    them passes: the figure reached, not a definite numeral's label."""
    if tokens[i - 1] != "\u0627\u0644":
        return False
    for t in reversed(tokens[max(0, i - 1 - REACH_BACK):i - 1]):
        if t[0].isdigit() or number_word(t):
            return False  # the verb's figure is an earlier number
        if t in _reach_words() or EXCEEDING_RE.match(t):
            return True
    return False


def _counted_before(tokens: list[str], i: int) -> bool:
    """A number the sentence says is a number of something: عدد or حصيلة a few words before it
    (بلغ عدد القتلى من الشرطة 7), so the definite word just before is no label head."""
    if tokens[i - 1] == "\u0627\u0644":
        return False  # عدد الوافدين خلال الـ 24 ساعة: a definite numeral
    return any(t.removeprefix("\u0648") in _number_of() for t in tokens[max(0, i - 5):i - 1])


@cache
def _number_of() -> frozenset[str]:
    return frozenset(fold_word(w) for w in ("عدد", "حصيلة", "الحصيلة"))


# "One of" before a dual (إحدى عينيه، أحد الطرفين): the dual is its complement, two, not an adjective of a number.
ONE_OF = ("أحد", "إحدى", "وأحد", "وإحدى", "لأحد", "لإحدى", "بأحد", "بإحدى", "كأحد", "كإحدى")


# و + أحد/إحدى as written (with its hamza): folded, وأحد reads as واحد "one".
AND_AHAD = ("وأحد", "وإحدى")


def _and_ahad(written: str) -> bool:
    """The token as written is و + أحد/إحدى, "and one (of)", not واحد: the folding drops the hamza that tells them
    apart (قتل جندي وأحد عناصر الأمن)."""
    return written.translate(NO_DIACRITICS) in AND_AHAD


@cache
def _one_of() -> frozenset[str]:
    return frozenset(fold_word(w) for w in ONE_OF)


# Dual verbs of being (كانتا، كانا): a dual adjective after them is their predicate (منطقتين كانتا مرشحتين).
BEING_DUALS = ("كانا", "كانتا")


@cache
def _being_duals() -> frozenset[str]:
    return frozenset(fold_word(w) for w in BEING_DUALS)


def _construct_adjective(tokens: list[str], i: int) -> bool:
    """A dual adjective (token i) after a construct dual and its indefinite complement (عمليتي تهريب سابقتين،
    وحدتي استعجالي متنقلتين) or after a dual verb of being (كانتا مرشحتين): it describes the two already
    counted, no amount of its own."""
    if i >= 1 and tokens[i - 1] in _being_duals():
        return True
    return i >= 2 and construct_dual(tokens[i - 2]) is not None and not tokens[i - 1].startswith("\u0627\u0644") \
        and not tokens[i - 1][0].isdigit() and number_word(tokens[i - 1]) is None


def _counts_two(token: str) -> bool:
    """The token is a dual or a number word: a dual right after it agrees with it as an adjective."""
    return bool(dual_singular(token) or feminine_dual(token) or number_word(token))


def _reached(tokens: list[str], i: int) -> bool:
    """The definite round number (الألف) is what a count reaches: a verb of reaching or عددهم
    just before it (or before من/على: اقترب من المليون), or two words back across عدد (تجاوز
    عدد المشاركين الألف)."""
    prev = tokens[i - 1] if i else ""
    if prev in _reach_words() or (prev in ("\u0645\u0646", "\u0639\u0644\u064a") and i >= 2 and tokens[i - 2] in _reach_words()):
        return True
    return i >= 3 and tokens[i - 2] == "\u0639\u062f\u062f" and tokens[i - 3] in _reach_words()  # عدد


# Nisbas in تي and kin with "my" that are no construct duals (مواطن كويتي وآخر، خالتي).
NOT_CONSTRUCT = ("كويتي", "سوفيتي", "سوفييتي", "بيروتي", "هايتي", "تيبتي", "جدتي", "خالتي", "عمتي", "والدتي",
                 "زوجتي", "ابنتي", "أختي", "حبيبتي", "سيدتي",
                 "دوري")  # a league, not the construct of دورين (two floors)


@cache
def _not_construct() -> frozenset[str]:
    return frozenset(fold_word(w) for w in NOT_CONSTRUCT)


def _construct_shape(token: str) -> str | None:
    """The singular of a word shaped like the construct dual of a noun in ة (جبهتي، خدمتي): تي
    after a stem of three letters or more, not a plural's اتي (معلوماتي); the caller asks for two
    named things after it."""
    if len(token) < 5 or not token.endswith("\u062a\u064a") or token.endswith("\u0627\u062a\u064a") \
            or token.removeprefix("\u0648") in _not_construct() \
            or any(token.startswith(p + "\u0627\u0644") for p in ("", "\u0648", "\u0641", "\u0628", "\u0644", "\u0643")) \
            or token in _not_construct() or number_word(token):
        return None
    return token[:-2] + "\u0629"


def _context_dual(tokens: list[str], i: int, spaced: bool = True, next_spaced: bool = True) -> str | None:
    """A dual known by its context: a nisba in يان after a subset word (بينهم قياديان), or a
    construct dual in ة naming two things joined by و (لمحافظتي الطوال والخوبة، جبهتي بلة والعند)."""
    tok = tokens[i]
    if i and tokens[i - 1] in _subset_words() and tok.endswith("\u064a\u0627\u0646") and len(tok) >= 6 \
            and not tok.startswith("\u0627\u0644"):
        return tok[:-2]
    singular = construct_dual(tok)
    shaped = singular is None  # a noun known by its shape only (جبهتي بلة والعند): no و right after
    singular = singular or (_construct_shape(tok) if spaced else None)  # nor a stop after it
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    if after[:1] == "\u0648" and (after[1:] in _function_words() or after[1:3] == "\u0627\u0646"):
        return None  # بحالتي وأنني: "my state", then a clause
    if singular is not None and i + 2 < len(tokens) and tokens[i + 1] not in _function_words() \
            and not (shaped and (tokens[i + 1].startswith(("\u0648", "\u0628\u0627\u0644", "\u0644\u0644", "\u0643\u0627\u0644"))
                                 or _glued_preposition(tokens[i + 1]))) \
            and any((t.startswith("\u0648") and len(t) > 2) or (t == "\u0648" and k + 1 < len(tokens) and _is_noun(tokens[k + 1]))
                    for k, t in enumerate(tokens[i + 2:i + 4], start=i + 2)):  # شركتي "طوطال" و"شال": a quoted name after و
        return singular
    if _nominative_construct(tokens, i):
        return tok[:-2] + "\u0629"  # مؤسستا الإذاعة والتلفزة
    known = construct_dual(tok)
    singular = known or (_construct_shape(tok) if next_spaced and not _verb_shape(tok)
                         and not (i and tokens[i - 1] in _name_heads()) else None)
    if singular is not None and next_spaced and _indefinite_complement(after) \
            and (known is not None or _process_noun(after)) \
            and not (_counts_two(after) or (i + 2 < len(tokens) and number_word(tokens[i + 2]))):
        return singular  # كاسحتي ثلوج، مناقصتي استيراد، حالتي وفاة: two of the noun, of something
    return None  # (جثتي عنصرين، جثتي ارهابيين اثنين: the two are counted on the complement)


# People named by their corps in construct (عوني أمن، رجلا شرطة): these nouns have a broken plural
# (أعوان، رجال، ضباط، عناصر، جنود), so their ي/ا before a corps noun is the construct dual, not a
# plural; before anything else it is "my", a nisba (عنصري) or a first name (عوني فروانة).
CORPS_MEMBERS = ("عون", "رجل", "ضابط", "عنصر", "جندي")
CORPS = ("أمن", "شرطة", "حرس", "ديوانة", "جمارك", "حماية", "مرور", "جيش", "بلدية", "إطفاء", "نجدة", "سجون",
         "مخابرات", "استخبارات", "إسعاف")


@cache
def _corps_members() -> frozenset[str]:
    return frozenset(fold_word(w) for w in CORPS_MEMBERS)


@cache
def _corps() -> frozenset[str]:
    return frozenset(fold_word(w) for w in CORPS)


def _corps_member(token: str) -> str | None:
    """The singular when the token is the construct dual of a corps member (عوني، رجلا، وعوني)."""
    bare = token[1:] if token[:1] == "\u0648" and token[1:-1] in _corps_members() else token
    return bare[:-1] if bare[-1:] in ("\u064a", "\u0627") and bare[:-1] in _corps_members() else None


def _corps_construct(tokens: list[str], i: int) -> str | None:
    """Two people of a corps (عوني أمن، رجلي الشرطة، رجلا أمن), the corps maybe shared with the next
    dual (ضابطي وعوني حرس): the construct dual of a corps member before a corps noun, not after a
    number (282 عونا)."""
    singular = _corps_member(tokens[i])
    if singular is None or i + 1 >= len(tokens) or (i and number_word(tokens[i - 1])):
        return None
    nxt = tokens[i + 1]
    if nxt[:1] == "\u0648" and _corps_member(nxt) and i + 2 < len(tokens):
        nxt = tokens[i + 2]
    return singular if _bare_definite(nxt).removeprefix("\u0627\u0644") in _corps() else None


# Kin whose plural is broken or in ات (أطفال، أبناء، بنات، أنجال، أشقاء، أحفاد، زوجات): with a pronoun,
# their ي/ا is the dual's (طفليه، ابنتاه), where a plural in ين would give the same shape (مرافقيه).
# Not ولد (ولديه is و + لديه) nor والد (والديه: the parents, no count).
KIN_NOUNS = ("طفل", "طفلة", "ابن", "ابنة", "نجل", "شقيق", "شقيقة", "حفيد", "حفيدة", "زوجة", "بنت", "ولد")
# Paired body parts, whose plural is broken (أيد، أعين، أقدام): with a pronoun their ي/ا is the
# dual's (يديها، عيناه، قدميه), the stems of two letters (يد) too.
PAIRED_BODY_PARTS = ("يد", "عين", "أذن", "قدم", "رجل", "ساق", "كتف", "ذراع", "ركبة", "خد", "جناح", "رئة",
                     "فخذ", "معصم", "حاجب", "جفن")
DUAL_PRONOUNS = ("\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0646", "\u0647\u0627", "\u0647")  # هما هم هن ها ه
POSSESSED_NOUN_MIN = 30  # the least count in the news lexicon of a noun known by the lexicon only (فريق، زميل)


@cache
def _kin_stems() -> frozenset[str]:
    """The kin nouns folded, ة written ت as before a suffix (ابنت)."""
    return frozenset(fold_word(w[:-1] + "\u062a" if w.endswith("\u0629") else w) for w in KIN_NOUNS)


# A paired body part after these words is an idiom, no count of limbs: بين يديه "before him", على يديه
# "at his hands", نصب عينيه "his aim", على قدميه "on foot, standing".
BODY_IDIOMS = (("يد", "بين"), ("يد", "على"), ("عين", "نصب"), ("قدم", "على"))


@cache
def _body_idioms() -> frozenset[tuple[str, str]]:
    return frozenset((fold_word(a), fold_word(b)) for a, b in BODY_IDIOMS)


@cache
def _body_stems() -> frozenset[str]:
    """The paired body parts folded, ة written ت as before a suffix (ركبت)."""
    return frozenset(fold_word(w[:-1] + "\u062a" if w.endswith("\u0629") else w) for w in PAIRED_BODY_PARTS)


def _possessive_dual(token: str, raw: str, prev: str = "") -> str | None:
    """Two of someone's (طفليه، وابنتيه، نجلاه، يديها، عيناه، فريقيهما، زميليهم): the dual of a noun
    with a pronoun, maybe after a glued و/ل/ب; the ه of the folded token must be one in the text
    (``raw``), not a folded ة (أبنية), and no shadda on it (قدَّماه: a verb). Kin and paired body
    parts are listed; any other noun is known by the news lexicon (``_possessed_noun``), in ي only
    (in ا: أسماه، سكناه، عدواه, a verb or a noun in ى). Not ا before a plural pronoun (يداهم: a
    verb) or after a relative (الذي قدماه), a family name (آل ابريه، فاضل ابريه: after a name link or a
    first name), nor an idiom (``BODY_IDIOMS``: بين يديه، نصب عينيه)."""
    if token.startswith("\u0627\u0644") or SHADDA in raw:
        return None
    for suffix in DUAL_PRONOUNS:
        if token.endswith(suffix) and token[:-len(suffix)][-1:] in ("\u064a", "\u0627"):
            if raw.rstrip(DIACRITICS).endswith("\u0629"):
                return None
            stem = token[:-len(suffix) - 1]
            nominative = token[-len(suffix) - 1] == "\u0627"
            if nominative and suffix in ("\u0647\u0645", "\u0647\u0646"):
                return None  # يداهم، يلقاهم: a verb
            if token[:1] == "\u0648" and token[1:-len(suffix)] in _huma_prepositions() and prev not in _huma_prepositions():
                return None  # ولديه، وعليها: و + a preposition with its pronoun ("and he has"); مع ولديه: his two sons
            listed = _kin_stems() | _body_stems()
            bare = stem[1:] if stem[:1] in "\u0648\u0644\u0628" and stem[1:] in listed else stem
            if bare in listed:
                idiom = (bare, prev) in _body_idioms() or (nominative and (prev in _relatives() or (
                    prev[:1] in ("\u0628", "\u0644") and prev[1:] in _relatives())))
                return None if idiom else bare  # بين يديه، على يديه، نصب عينيه؛ الذي قدماه (a verb)
            if (nominative and not stem.endswith("\u062a")) or (_verb_shape(token) and not stem.endswith("\u062a")) \
                    or prev in _name_links() \
                    or (token[0] != "\u0648" and prev in _first_names() and prev not in _function_words()):
                return None  # أسماه، سكناه: a verb or a noun in ى/ا; سيليها: a verb; آل ابريه: a name
            # before هما no ة can hide in a folded ه (مشروعيهما; مشروعيه may be مشروعية): the nisba counts by its share
            share = PAIR_NISBA_SHARE if suffix == "\u0647\u0645\u0627" else None
            for glue in ("", "\u0648", "\u0644", "\u0628"):
                noun = stem[len(glue):]
                if stem.startswith(glue) and _possessed_noun(noun, nisba_share=share):
                    return noun[:-1] + "\u0647" if noun.endswith("\u062a") else noun  # سيارت -> سياره (folded ة)
            return None
    return None


def _possessed_noun(stem: str, *, nisba_share: float | None = None, own_ratio: float | None = None) -> bool:
    """The news lexicon shows ``stem`` (before the dual's ي and a pronoun) to be a noun whose ي there
    can only be the dual's: frequent, often definite, three letters or more, not a word in ة folded
    (نواهيه), no nisba of it attested (نظاميه، تعليميه، الجانبية: an adjective in ية written with ه, or
    the nisba with a pronoun), no broken plural in ي of the فعالي shape (أمانيهم، مآسيهم) unless its
    dual is attested, no sound plural outweighing its dual (مواطنيها، لاعبيه, and any participle shape
    منافسيه with no dual attested, are plurals), and no word in ي of its own (ماضيه). A stem in ت
    stands for the noun in ة (سيارتيه، جثتيهما). With ``nisba_share`` the nisba test is relative, where a
    nisba is unlikely: a nisba counts only when that share of the noun's count or more (قطاعي الصحة
    والتعليم: القطاعية rare; لوطني الحبيب والقادم: الوطني more frequent than الوطن)."""
    if len(stem) < 3 or number_word(stem) is not None or stem in _function_words() or stem in _not_possessed() \
            or stem.endswith(("\u0647", "\u064a")) or (stem[0] == "\u062a" and len(stem) == 4 and not stem.endswith("\u062a")):
        return False  # نواهيه (نواة)، نقابييها (a nisba's plural)، تحوليها (a masdar or a verb)
    freq = _lexicon_freq()
    noun = stem[:-1] + "\u0647" if stem.endswith("\u062a") else stem
    bare, definite = freq.get(noun, 0), freq.get("\u0627\u0644" + noun, 0)
    if max(bare, definite) < POSSESSED_NOUN_MIN or definite < LEXICON_DUAL_DEFINITE * bare \
            or freq.get(stem + "\u064a", 0) >= (own_ratio or LEXICON_DUAL_RATIO) * max(bare, definite, 1) \
            or noun in _first_names() or ("\u0627\u0644" + stem + "\u064a\u0646") in _frozen_duals():
        return False
    if stem.endswith("\u062a"):
        return True  # a noun in ة: its plural is in ات
    nisba = sum(freq.get(w, 0) for w in (stem + "\u064a\u0647", "\u0627\u0644" + stem + "\u064a\u0647", "\u0627\u0644" + stem + "\u064a"))
    plural = freq.get(stem + "\u0648\u0646", 0) + freq.get("\u0627\u0644" + stem + "\u0648\u0646", 0)
    dual = freq.get(stem + "\u0627\u0646", 0) + freq.get("\u0627\u0644" + stem + "\u0627\u0646", 0)
    if nisba >= (NISBA_MIN if nisba_share is None else nisba_share * max(bare, definite)) or (len(stem) == 4 and stem[2] == "\u0627" and not dual + freq.get(stem + "\u064a\u0646", 0)):
        return False
    participle = (stem[0] == "\u0645" and len(stem) >= PARTICIPLE_MIN) or (len(stem) == 4 and stem[1] == "\u0627")
    return dual > plural if participle else plural <= dual


# Nouns whose ي before a pronoun or a complement is no dual's: the reflexive (نفسيهما: themselves), plurals in ين
# (أهليهم، أصيلي القيروان).
NOT_POSSESSED = ("نفس", "أهل", "ذو", "أصيل")
NISBA_MIN = 10  # the least count in the news lexicon of a stem's nisba (الجانبية) that makes its ي a nisba's
PAIR_NISBA_SHARE = 0.2  # before two definite nouns joined by و: the nisba's least share of its noun's count


@cache
def _not_possessed() -> frozenset[str]:
    return frozenset(fold_word(w) for w in NOT_POSSESSED)


# Dual verbs and pronouns after a noun in ين (عاملين كانا، عاملين غمرتهما، مواطنين يحملان): a plural
# takes كانوا، غمرتهم، يحملون. Prepositions with هما (منهما، بينهما) may point to another pair. Past
# duals of weak verbs, whose plural drops a letter (لقيا: لقوا), are listed; the others are known
# from the lexicon (اتخذا: اتخذوا).
DUAL_PAST_VERBS = ("كانا", "قاما", "لقيا", "توفيا", "ظلا", "باتا", "فرا", "بقيا", "مضيا", "أتيا", "جاءا")
PAST_PLURAL_MIN = 20  # the least count of the plural verb (اتخذوا) in the news lexicon
HUMA_PREPOSITIONS = ("من", "بين", "علي", "الي", "لدي", "عن", "ل", "ب", "في", "مع", "عند", "وبين", "ومن", "حول")


@cache
def _dual_past_verbs() -> frozenset[str]:
    return frozenset(fold_word(w) for w in DUAL_PAST_VERBS)


@cache
def _huma_prepositions() -> frozenset[str]:
    return frozenset(fold_word(w) for w in HUMA_PREPOSITIONS)


def _in_word(token: str) -> bool:
    """An indefinite word in ين/ان, not a particle: a noun or an adjective agreeing with one."""
    return token.endswith(("\u064a\u0646", "\u0627\u0646")) and _is_noun(token) \
        and not _bare_definite(token).startswith("\u0627\u0644")


def _counts_before(token: str) -> bool:
    """Digits, a number word, a dual or a construct dual (جهازي): a noun in ين after it is its adjective."""
    return token[:1].isdigit() or _counts_two(token) or bool(construct_dual(token)) \
        or (token.endswith("\u064a") and dual_singular(token[:-1] + "\u064a\u0646") is not None)


def _past_dual(word: str) -> bool:
    """A past verb of two (كانا، اتخذا، حاولا): listed, or its plural in وا is a frequent word and
    more frequent than the word itself (not an accusative noun: منزلا، أجرا)."""
    if word in _dual_past_verbs():
        return True
    if len(word) < 4 or not word.endswith("\u0627") or word.startswith("\u0627\u0644"):
        return False
    plural = _lexicon_freq().get(word[:-1] + "\u0648\u0627", 0)
    return plural >= PAST_PLURAL_MIN and plural >= _lexicon_freq().get(word, 0)


def _dual_agreement(tokens: list[str], i: int) -> str | None:
    """An indefinite noun in ين with a dual verb or a dual object pronoun after it, maybe past its
    adjective (عاملين كانا، عاملين يعملان، عاملين غمرتهما، علاجين مختلفين يقومان): a dual, even of a noun
    whose plural is in ين too. Not a word joined by و (محمد وحسنين كانا), a first name, or an
    adjective: after a word in ين (كيسين بلاستيكيين يستعملان) or a number or dual (جهازي اتصال لاسلكيين)."""
    tok = tokens[i]
    if i + 1 >= len(tokens) or len(tok) < 5 or not tok.endswith("\u064a\u0646") or tok[0] == "\u0648" \
            or tok[:-2] in _circumstantial() \
            or not _in_word(tok) or tok in _first_names() or (i and _in_word(tokens[i - 1])) \
            or any(_counts_before(t) for t in tokens[max(0, i - 2):i]):
        return None
    if not _dual_follows(tokens, i, lambda t: t.endswith("\u064a\u0646") and _in_word(t)):
        return None
    stem = tok[:-2]
    return stem[1:] if stem[:1] in "\u0628\u0644" and len(stem) > 4 else stem


# Participles of the state in which those counted died (توفيا متأثرين بإصابتهما، انتقال اثنين ... متأثرين بإصابتهما):
# how the two already counted died, no pair of their own.
CIRCUMSTANTIAL = ("متأثر",)


@cache
def _circumstantial() -> frozenset[str]:
    return frozenset(fold_word(w) for w in CIRCUMSTANTIAL)


def _dual_follows(tokens: list[str], i: int, adjective: Callable[[str], bool]) -> bool:
    """A dual verb or a dual object pronoun right after token i, or after its ``adjective``
    (كانا، يعملان، غمرتهما؛ علاجين مختلفين يقومان)."""
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if adjective(nxt) and i + 2 < len(tokens):
        nxt = tokens[i + 2]  # علاجين مختلفين يقومان
    verb = _past_dual(nxt) or (nxt[:1] == "\u064a" and nxt.endswith("\u0627\u0646") and len(nxt) >= 5)
    pronoun = nxt.endswith("\u0647\u0645\u0627") and len(nxt) > 4 and nxt[:-3] not in _huma_prepositions()
    return bool(verb or pronoun)


# Words a proper name follows (موقع أوديتي سنترال): the name may end like a construct dual.
NAME_HEADS = ("موقع", "صحيفة", "مجلة", "قناة", "وكالة", "شبكة", "برنامج", "فيلم", "مسلسل", "فرقة", "نادي", "شركة",
              "مدينة", "جزيرة", "ولاية", "مقاطعة", "منطقة", "السيد", "السيدة")


@cache
def _name_heads() -> frozenset[str]:
    return frozenset(fold_word(w) for w in NAME_HEADS)


def _verb_shape(token: str) -> bool:
    """A present or future verb's prefix (يؤتي، سيؤتي، وسيؤتي): no noun."""
    bare = token[1:] if token[:1] in "\u0648\u0641" else token
    return bare[:1] == "\u064a" or (bare[:1] == "\u0633" and bare[1:2] in "\u064a\u062a\u0646\u0623\u0627")


_PROCESS_NOUN_RE = re.compile(
    "\u062a..\u064a.|\u062a.\u0627..|\u0627..\u0627.|\u0627.\u062a.\u0627.|\u0627\u0646..\u0627.|\u0627\u0633\u062a..\u0627."  # تفعيل تفاعل إفعال افتعال انفعال استفعال
    "|..\u0648.|\u0627..\u0627.")  # فعول، أفعال: plurals (ثلوج، أسلحة)


def _process_noun(word: str) -> bool:
    """A verbal noun or a broken plural after a construct shape (مذكرتي تفاهم، فترتي تدريب، كاسحتي
    ثلوج): what a pair of things is for or of, where "my" would take anything."""
    return bool(_PROCESS_NOUN_RE.fullmatch(word)) or fold_word(word) in _singular_plurals()


# Accusatives in تا that are no nominative construct duals (مؤقتا، وقتا).
NOT_NOMINATIVE_CONSTRUCT = ("مؤقتا", "وقتا", "ثابتا", "صامتا", "بيتا", "صوتا", "موتا", "سكوتا", "ثبوتا", "سبتا", "بتاتا",
                            "بحتا", "تحتا", "فوتا", "كبريتا", "زيتا", "نبتا", "تفاوتا", "ميتا")


@cache
def _not_nominative_construct() -> frozenset[str]:
    return frozenset(fold_word(w) for w in NOT_NOMINATIVE_CONSTRUCT)


def _nominative_construct(tokens: list[str], i: int) -> bool:
    """A nominative construct dual in ة (مؤسستا الإذاعة والتلفزة، وزارتا التجارة والصحة): تا after a
    stem of three letters or more, then two definite nouns joined by و."""
    tok = tokens[i]
    if len(tok) < 5 or not tok.endswith("\u062a\u0627") or tok.endswith("\u0627\u062a\u0627") or i + 2 >= len(tokens) \
            or _bare_definite(tok).startswith("\u0627\u0644") or tok in _not_nominative_construct() \
            or number_word(tok) or tok in _function_words():
        return False
    nxt, after = tokens[i + 1], tokens[i + 2]
    return nxt.startswith("\u0627\u0644") and after.startswith("\u0648\u0627\u0644")  # two definite nouns: not سيلتا فيجو


def _indefinite_complement(word: str) -> bool:
    """An indefinite noun that may complete a construct dual (كاسحتي ثلوج): not definite, not a
    particle or a number, not a conjunction's next word (but وفاة), not a name, not a verb's shape
    (تغيرت، يكون)."""
    if len(word) < 3 or not _is_noun(word) or word.startswith(("\u0627\u0644", "\u0644\u0644")) or word.endswith("\u0643") \
            or word[0] in "\u064a\u0628\u0644\u0643" or (word.endswith("\u062a") and len(word) <= 5) \
            or word in _first_names():
        return False
    return word[0] != "\u0648" or fold_word(word) in _singular_plurals()


# Definite nouns a number may follow as its count (عدد القتلى 45), not as a label (الفرقة 30).
COUNT_HEADS = ("القتلى", "الجرحى", "الضحايا", "المصابين", "الوفيات", "المعتقلين", "النازحين", "اللاجئين",
               "الحصيلة", "الإصابات", "المفقودين", "الأسرى", "المختطفين", "العدد", "الرقم",
               "البالغ", "البالغة", "البالغين", "والبالغ", "والبالغة")  # البالغ 500 ألف: amounting to
LABEL_HEADS = ("رقم", "الرقم", "برقم", "ورقم", "المادة", "مادة", "بالمادة", "للمادة", "البند", "الفصل", "الطريق", "القرار", "هاتف", "الهاتف",
               "فاكس", "تحويلة", "جوال", "الجوال", "صندوق", "الاتصال", "بالاتصال", "اتصال", "الرمز", "رمز",
               "بالرمز", "مخرج", "بمخرج", "عيار",  # خراطيش عيار 16: a gauge
               "آية", "الآية", "بالآية", "والآية", "الآيات",  # (الإسراء آية 70): a verse's number
               "المواد", "البنود", "الفصول")  # المواد 13 و17 و18 تؤكد: a law's articles, by their numbers
# Classes and grades named by a number with nothing counted after it (سيارة إسعاف صنف (1)، رخصة صنف 2),
# after a noun or a preposition of change (من صنف 3 إلى صنف 4); with a noun after it or a particle before it
# the word is the verb صنّف (صنف التقرير 20 دولة، بينما صنف 1568 على أنهم) or counts (صنف 20 كيلوغراما).
CLASS_HEADS = ("صنف", "الصنف", "بصنف", "وصنف")
CLASS_LINKS = ("من", "إلى", "الى")
# Nouns whose number right after them is ordinal in meaning: an anniversary, a rank (الذكرى 61 لعيد
# الاستقلال، المرتبة 82 عالميا). Unlike LABEL_HEADS, only just before the number (احتفل بالذكرى مع 300 ضيف).
ORDINAL_HEADS = ("الذكرى", "بالذكرى", "للذكرى", "المرتبة", "بالمرتبة", "للمرتبة", "الرتبة", "بالرتبة",
                 "الدقيقة", "بالدقيقة", "والدقيقة", "للدقيقة")  # في الدقيقة 108: the minute of a goal, named by its number
# Things named with a number after their proper name (قناة فرانس 3، معهد حمام سوسة 2، المحكمة
# الابتدائية صفاقس 2، هواتف آي فون 6): a bare small number two or three words after them is a label.
NAMED_SERIES = ("قناة", "القناة", "محطة", "معهد", "المعهد", "محكمة", "المحكمة", "مستشفى", "المستشفى", "مدرسة",
                "المدرسة", "سجن", "السجن", "مخيم", "هاتف", "هواتف", "جهاز", "أجهزة", "طراز", "إصدار", "ملعب", "الملعب",
                "الهاتف", "الهواتف", "الجهاز", "جهازي", "نظام", "النظام", "نظامي", "بنظام",  # نظام ويندوز 10
                "حي", "منطقة")  # حي النصر 2، منطقة سلتة 2


DEFINITE_PREFIXES = ("\u0627\u0644", "\u0644\u0644", "\u0628\u0627\u0644", "\u0648\u0627\u0644", "\u0641\u0627\u0644")  # ال لل بال وال فال


# Numerals that follow their noun (عسكريين تركيين اثنين، يوم واحد).
POSTPOSED = ("اثنان", "اثنين", "اثنتان", "اثنتين", "واحد", "واحدة", "واحدا")
ORDINAL_STEMS = ("الحادي", "الحادية", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس",
                 "الخامسة", "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة")


@cache
def _postposed() -> frozenset[str]:
    return frozenset(fold_word(w) for w in POSTPOSED)


@cache
def _postposed_two() -> frozenset[str]:
    return frozenset(fold_word(w) for w in POSTPOSED[:4])


ELATIVE_RE = re.compile("\u0627[^\u0627\u0648\u064a]{2,3}")  # أكبر، أهم، أبرز (folded): اثنان من أكبر الأودية, no people


def _two_after_no_dual(numeral: str, before: str) -> bool:
    """اثنان/اثنين after a word with no dual ending (انتقال اثنين من المصابين) does not restate it: a postposed two
    follows its dual noun (جنديين اثنين، شخصان اثنان), so before من its noun is the one after من."""
    return numeral in _postposed_two() and not before.endswith(("\u0627\u0646", "\u064a\u0646"))  # ان ين


@cache
def _teen_tails() -> frozenset[str]:
    return frozenset(fold_word(w) for w in ("عشر", "عشرة"))


@cache
def _ordinals() -> frozenset[str]:
    return frozenset(fold_word(w) for w in ORDINAL_STEMS)


def _ordinal(token: str) -> bool:
    return token in _ordinals()


@cache
def _count_heads() -> frozenset[str]:
    return frozenset(fold_word(w) for w in COUNT_HEADS)


@cache
def _class_heads() -> frozenset[str]:
    return frozenset(fold_word(w) for w in CLASS_HEADS)


@cache
def _class_links() -> frozenset[str]:
    return frozenset(fold_word(w) for w in CLASS_LINKS)


# "Number" before a spelt-out number that names something (الطريق رقم واحد، العدو رقم واحد).
NUMBER_LABELS = ("رقم", "ورقم", "برقم")


@cache
def _number_labels() -> frozenset[str]:
    return frozenset(fold_word(w) for w in NUMBER_LABELS)


@cache
def _label_heads() -> frozenset[str]:
    return frozenset(fold_word(w) for w in LABEL_HEADS)


@cache
def _fraction_compounds() -> frozenset[str]:
    return frozenset(fold_word(w) for w in FRACTION_COMPOUNDS)


def _fraction_compound(word: str) -> bool:
    """Whether ``word`` (as written) is one of FRACTION_COMPOUNDS, with or without ال and the feminine ة."""
    folded = fold_word(word)
    table = _fraction_compounds()
    return any(core in table or (core[-1:] == "\u0647" and core[:-1] in table)
               for core in (folded, folded.removeprefix("\u0627\u0644")))  # آلية folds to اليه: try both


@cache
def _ordinal_heads() -> frozenset[str]:
    return frozenset(fold_word(w) for w in ORDINAL_HEADS)


NO_DIACRITICS = str.maketrans("", "", DIACRITICS)
# Endings in ا that are no tamyiz: an adverb in يا (عالميا), a pronoun (دعمها، عملنا); and conjunctions in ما.
NOT_TAMYIZ_ENDINGS = ("\u064a\u0627", "\u0647\u0627", "\u0646\u0627")
MA_CONJUNCTIONS = ("عندما", "طالما", "كلما", "بينما", "ربما", "إنما", "انما", "مما", "فيما", "كما", "لما", "حينما")


def _after_feminine_plural(before: str, third: str, fourth: str) -> bool:
    """The bare article's number follows a definite plural in ات, alone or with its nisba (المفاعلات النووية الـ48،
    السنوات الـ10): a definite cardinal of that plural, not a rank (القناة الـ4، المخيم العالمي الـ 23), nor the
    rank of an indefinite head in ة the plural completes (بطولة المنتخبات العربية الـ13: the 13th championship)."""
    def plural(word_as: str, head: str) -> bool:
        word = _bare_definite(word_as)
        return word.startswith("\u0627\u0644") and word.endswith(FEMININE_PLURAL) and len(word) >= MIN_FEMININE_PLURAL \
            and word not in EVENT_PLURALS and not (head.endswith("\u0647") and not head.startswith(DEFINITE_PREFIXES)
                                                   and head not in _demonstratives() and not _prepositional(word_as))  # (هذه المنتجات الـ 201)
    return plural(before, third) or (before.startswith(DEFINITE_PREFIXES) and before.endswith(NISBA_ENDINGS)
                                     and plural(third, fourth))


# Definite plurals not in ات a bare article's number counts after (الدول الـ12، الضحايا الـ3700، الأيام الـ3): broken
# plurals and the plurals of people, never a rank, which takes a singular (الدورة الـ51، الجولة الـ17، القرن الـ20).
COUNTED_PLURALS = ("دول", "بلدان", "أعضاء", "ضحايا", "قتلى", "جرحى", "أسرى", "رهائن", "فرق", "أندية", "أطراف",
                   "نواب", "وزراء", "خبراء", "طلاب", "تلاميذ", "أطفال", "أشخاص", "جنود", "ركاب", "لاعبين",
                   "موظفين", "مجندين", "موقوفين", "معتقلين", "مصابين", "إرهابيين", "مفاوضين", "مفاوضون",
                   "مفقودين", "مختطفين", "مخطوفين", "محتجزين", "نازحين", "لاجئين", "مسافرين", "مهاجرين")  # المفقودين الـ239


@cache
def _counted_plurals() -> frozenset[str]:
    return frozenset(fold_word(w) for w in COUNTED_PLURALS + TIME_PLURALS)


def _after_broken_plural(before: str, third: str) -> bool:
    """The bare article's number follows a definite plural of ``COUNTED_PLURALS`` or of the units of time (الدول الـ 12،
    الأعوام الـ 24): a definite cardinal of that plural, as after a plural in ات; not the rank of an indefinite head in ة
    the plural completes (قمة الدول الـ20: the 20th summit)."""
    word = _bare_definite(before)
    return word.startswith("\u0627\u0644") and word[2:] in _counted_plurals() \
        and not (third.endswith("\u0647") and not third.startswith(DEFINITE_PREFIXES) and third not in _demonstratives()
                 and not _prepositional(before))


BETWEEN = ("بين", "وبين")


@cache
def _between() -> frozenset[str]:
    return frozenset(fold_word(w) for w in BETWEEN)


def _definite_range_low(tokens: list[str], i: int) -> bool:
    """The digits after the bare article open a range of two such numbers before the noun they count (بين الـ16
    والـ20 سنة): the low end, counted as the high end is, not a rank."""
    if not (2 <= i < len(tokens) - 2 and tokens[i - 1] == "\u0627\u0644" and tokens[i - 2] in _between()):
        return False
    k = i + 2  # the high end after وال (والـ20), then a noun it counts, no من (بين الـ12 والـ15 من الشهر: days)
    return tokens[i + 1] == "\u0648\u0627\u0644" and k + 1 < len(tokens) and tokens[k].isdigit() \
        and _is_noun(tokens[k + 1]) and tokens[k + 1] != "\u0645\u0646"


def _prepositional(word: str) -> bool:
    """A definite word with a preposition glued before it (للدول، بالمنتجات): no complement of a construct, so the
    indefinite word in ة before it is no head it completes (فئة للدول الـ13: the 13 countries, not a 13th class)."""
    bare = _bare_definite(word)
    return bare != word and bool(set(word[:len(word) - len(bare) + 1]) & set("\u0644\u0628\u0643"))


FEMININE_PLURAL = "\u0627\u062a"  # ات
MIN_FEMININE_PLURAL = 6  # ال + a stem of two letters at least + ات (not الذات، الوفاة's kin)
NISBA_ENDINGS = ("\u064a\u0629", "\u064a\u0647", "\u064a")  # ية، يه، ي
# Plurals in ات naming one event, numbered in a series (الانتخابات البلدية الـ5: the fifth).
EVENT_PLURALS = ("الانتخابات", "المفاوضات", "المحادثات", "الاحتفالات", "الألعاب")


def _accusative_counted(obj: str | None, before: str = "") -> bool:
    """An indefinite accusative noun in ا after a number (الـ 11 رجلا، الـ 20 عاما) or a unit of time in ة (الـ 24
    ساعة): what it counts; not an adverb
    in يا (الـ 5 عالميا) or a definite word (القناة الـ4 الفرنسية)."""
    word = (obj or "").translate(NO_DIACRITICS)
    if word.endswith("\u0629") and fold_word(word) in _time_units() and word != "\u0644\u064a\u0644\u0629" \
            and _bare_definite(before) not in _clock_heads():
        return True  # الـ 24 ساعة الماضية: a unit of time in ة shows no ا in the accusative (not الساعة الـ11 من ليلة)
    return len(word) >= 3 and word.endswith("\u0627") and not word.endswith(NOT_TAMYIZ_ENDINGS) \
        and not word.startswith(("\u0627\u0644", "\u0644", "\u0628")) and word not in _function_words() \
        and word not in _ma_conjunctions()


def _is_label(prev: str, obj: str | None, before: str = "", third: str = "", fourth: str = "",
              colon: bool = False) -> bool:
    """A number naming rather than counting: after a definite noun (الفرقة 30), رقم,
    هاتف (رقم الطوارئ 997), an anniversary or a rank (الذكرى 61، المرتبة 82 عالميا), the bare article (القناة الـ4) or a post-office box (ص. ب 1006).
    A definite noun and a colon before the number name a field and its value (الراتب: 1200، الفحص الفني: 16,000):
    no label, unless the noun is a label head (الآية: 110)."""
    if obj is not None and obj in _times_words():
        return False  # عاود الاتصال 5 مرات: a number of times counts, whatever stands before it
    if prev in _class_heads() and obj is None and (before not in _function_words() or before in _class_links()):
        return True  # سيارة إسعاف صنف (1)، من صنف 3 إلى صنف 4: a class (not بينما صنف 1568 على أنهم: the verb)
    if prev in _rank_heads() and (obj is None or obj.endswith("\u064a\u0627")):
        return True  # تحتل المركز 78 دوليا: a rank (not يضم المركز 300 سرير)
    # a head two words back across its complement (رقم الطوارئ 997), a link word (الاتصال على 1899،
    # الفصل عدد 227) or its first number (عيار 7.62 x 54), not across other words (الفصل في 1621 قضية:
    # a ruling on cases; الهاتف قبل 5 أيام)
    linked = prev.startswith("\u0627\u0644") or prev in _label_links() or prev[0].isdigit()
    if prev in _label_heads() or _bare_definite(prev) in _label_heads() or (before in _label_heads() and linked) \
            or prev in _ordinal_heads() \
            or (prev == "\u0627\u0644" and not _accusative_counted(obj, before) and not _after_feminine_plural(before, third, fourth)
                and not _after_broken_plural(before, third)) \
            or prev.removeprefix("\u0648") in _units():  # والكتيبة 155 مشاة
        return True  # رقم 5، اللواء 15 مشاة، للفصل 26 من قانون (a label head with a glued particle)
    if prev == "\u0639\u062f\u062f" and before.startswith(DEFINITE_PREFIXES) and (obj is None or obj.startswith(("\u0627\u0644", "\u0644"))):
        return True  # الأمر الحكومي عدد 345 المتعلق، للمرسوم عدد 116 لسنة: a text's number, the Tunisian way
    if len(prev) == 1 and prev not in "\u0648\u0628\u0644\u0643\u0641" and obj is None:
        return True  # (أ و هـ 1206): a plate or a code after letters
    if prev == "\u0628" and before == "\u0635":  # ص. ب
        return True
    if prev.removeprefix("\u0648") in _clock_heads() or prev in _marker_heads():
        return True  # الساعة 12: a clock time; كيلو 60: a kilometre marker
    if (prev in _letter_names() or (prev[:1] == "\u0648" and prev[1:] in _letter_names())) and (obj is None or obj.startswith("\u0627\u0644") or (obj[:1] in "\u0628\u0644\u0643" and not obj.endswith("\u0627"))):
        return True  # مقاتلات إف 15: a model named by a Latin letter
    if _bare_definite(prev) in _editions() and obj is not None and obj[:1] == "\u0644" and not obj.endswith("\u0627"):
        return True  # الدورة 27 لأيام قرطاج: an edition of something named (not الدورة 16 منتخبا)
    if _possessed_edition(prev) and (obj is None or obj.startswith(("\u0627\u0644", "\u0648\u0627\u0644", "\u0644"))):
        return True  # المهرجان في دورته 36، في نسختها 12 للمسابقة: its 36th edition (not في جولته 5 دول)
    if obj is None and not prev[:1].isdigit() and any(_festival(w) for w in (before, third)):
        return True  # مهرجان صيف طيبة 36، بكأسي مهرجان طيبة 36: a festival's edition after its name
    definite = any(prev.startswith(p) and len(prev) > len(p) + 2 for p in DEFINITE_PREFIXES) \
        and not (before in _amounting() or third in _amounting()) \
        and not (prev == AGE_WORD and before == "\u0645\u0646")  # بلغت بلاغات الحوادث 143: a value; من العمر 27: an age
    verb_after = obj is not None and len(obj) >= 4 and obj.endswith("\u0648\u0627")  # الفرقة 30 تلقوا
    return definite and not colon and prev.removeprefix("\u0648") not in _count_heads() and (  # 14 شخصا والمصابين 31: a toll item
        obj is None or verb_after or obj.startswith(("\u0627\u0644", "\u0648\u0627\u0644", "\u0644\u0644")))  # الدورة 12 للمهرجان


# Words announcing a list after a colon (الشروط التالية: 1ـ، وفق الآتي :- 1-، ما يلي:).
LIST_OPENERS = frozenset(fold_word(w) for w in ("التالي", "التالية", "الآتي", "الآتية", "يلي", "كالتالي", "كالآتي"))


def _field_value(folded: str, spans: list[tuple[int, int]], tokens: list[str], i: int) -> bool:
    """A number after a colon that follows a word (الراتب: 1200، الفحص الفني: 16,000): a field's value. Not
    after a word closing a citation (﴿...﴾ النحل: 102، «آل عمران:14»), nor a list's first item or number
    (الشروط التالية: 1ـ، هواتف النجدة التالية: 193)."""
    before = folded[:spans[i - 1][0]].rstrip()[-1:]
    return ":" in folded[spans[i - 1][1]:spans[i][0]] and not (before and before in ")]}»\"\u201d\ufd3f(") \
        and tokens[i - 1] not in LIST_OPENERS


@cache
def _people_words() -> frozenset[str]:
    from .counts import PEOPLE  # (here: counts reads the amounts)
    return frozenset(fold_word(w) for w in PEOPLE)


def _people_after(obj: str | None) -> bool:
    """The word after the number and من is people, definite (توفي في الموقع 2 من الشباب، على متن الطائرة 239
    من الركاب): the number counts some of them, whatever noun stands before it; a label's number is of a
    thing (المادة 4 من القانون، الفرقة 30 من الذين)."""
    return obj is not None and obj.startswith("\u0627\u0644") and fold_word(obj)[2:] in _people_words()


@cache
def _gauge_heads() -> frozenset[str]:
    """عيار: a list of gauges runs on into counts of the rounds (عيار 70 و85 خرطوشة عيار 60)."""
    return frozenset(fold_word(w) for w in ("عيار", "بعيار", "وعيار"))


@cache
def _label_links() -> frozenset[str]:
    """Words a label head reaches its number across: الاتصال على/عبر/بـ 1899، الفصل عدد 227."""
    return frozenset(fold_word(w) for w in ("على", "عبر", "علي", "ب", "ل", "عدد"))


@cache
def _rank_heads() -> frozenset[str]:
    return frozenset(fold_word(w) for w in ("المركز", "والمركز", "بالمركز", "للمركز"))


@cache
def _times_words() -> frozenset[str]:
    """Nouns of times (5 مرات): what they count is never a label."""
    return frozenset(fold_word(w) for w in ("مرات", "مرة", "مرّات"))


# Verbs of amounting to (بلغت بلاغات الحوادث 143): the number after their subject is its value, no label.
AGE_WORD = "\u0627\u0644\u0639\u0645\u0631"  # العمر: يبلغ من العمر 27 gives an age, whatever follows
AMOUNTING = ("بلغ", "بلغت", "يبلغ", "تبلغ", "وبلغ", "وبلغت", "فبلغ", "فبلغت", "وصل", "وصلت", "يصل", "تصل", "تجاوز",
             "تجاوزت", "يتجاوز", "تتجاوز", "ناهز", "ناهزت", "قارب", "قاربت")


@cache
def _amounting() -> frozenset[str]:
    return frozenset(fold_word(w) for w in AMOUNTING)


# Words before واحد that make it a pronoun (آخر واحد فينا، كل واحد منهم، أي واحد).
ONE_PRONOUN_HEADS = ("آخر", "كل", "لكل", "بكل", "وكل", "ولكل", "أي", "لأي", "بأي", "وأي")
# Times of the day after a clock time (12,30 ظهرا، 9 مساء).
TIMES_OF_DAY = ("صباحا", "صباحاً", "ظهرا", "ظهراً", "عصرا", "عصراً", "مساء", "مساءً", "مساءا", "ليلا", "ليلاً", "فجرا", "فجراً",
                "بتوقيت", "توقيت", "تغ", "غرينتش", "جرينتش", "غرينيتش")  # (2059 بتوقيت غرينتش، 15,00 تغ): by its time zone
QUOTE_OPEN = "\"\u201c\u00ab\u201d"
QUOTE_CLOSE = "\"\u201d\u00bb\u201c\u2033"


@cache
def _one_pronoun_heads() -> frozenset[str]:
    return frozenset(fold_word(w) for w in ONE_PRONOUN_HEADS)


# What follows واحد when it picks one of a group (واحدة من هذه السيارات، وواحد من الصومال، واحد منهم).
PICKED_FROM = ("من", "منهم", "منها", "منهما", "منهن")
ONE_WORDS = ("واحد", "واحدة", "واحدا")


@cache
def _picked_from_words() -> tuple[frozenset[str], tuple[str, ...]]:
    return frozenset(fold_word(w) for w in PICKED_FROM), tuple(fold_word(w) for w in ONE_WORDS)


def _picks_one_of(tokens: list[str], i: int, gap_is_space: Callable[[int], bool]) -> bool:
    """Whether the lone واحد at ``i`` (maybe after و/ف) picks one of a group named after it (وأوضح أن واحدة من
    هذه السيارات، وواحد من الخليج): the cardinal 1, as the annotators mark it; after كل/أي/آخر it stays a pronoun."""
    of, ones = _picked_from_words()
    tok = tokens[i]
    return (tok in ones or (tok[:1] in "\u0648\u0641" and tok[1:] in ones)) \
        and i + 1 < len(tokens) and tokens[i + 1] in of and gap_is_space(i)


@cache
def _times_of_day() -> frozenset[str]:
    return frozenset(fold_word(w) for w in TIMES_OF_DAY)


@cache
def _range_links() -> frozenset[str]:
    return frozenset(fold_word(w) for w in ("إلى", "حتى"))


def _clock_time(folded: str, spans: list[tuple[int, int]], tokens: list[str], k: int) -> bool:
    """Digits at token ``k`` before a time of day (9 مساء، (9) مساءً، 15,00 تغ), or starting a range
    of hours that ends before one (من (4) إلى (9) مساءً، 4-9 مساء)."""
    def follows(j: int) -> bool:  # token j + 1 comes after token j across spaces and brackets only
        return j + 1 < len(tokens) and bool(BRACKET_GAP_RE.fullmatch(folded, spans[j][1], spans[j + 1][0]))
    if follows(k) and tokens[k + 1] in _times_of_day():
        return True
    if k + 1 < len(tokens) and (tokens[k + 1] in _range_links() and follows(k) or
                                DASH_GAP_RE.fullmatch(folded, spans[k][1], spans[k + 1][0]) and tokens[k + 1][0].isdigit()):
        hour = k + 2 if tokens[k + 1] in _range_links() else k + 1  # the range's end
        return hour < len(tokens) and tokens[hour][0].isdigit() and follows(hour - 1) and follows(hour) \
            and tokens[hour + 1] in _times_of_day()
    return False


def _quoted_title(folded: str, spans: list[tuple[int, int]], tokens: list[str], i: int) -> bool:
    """A number ending a short quoted title after a name ("فيوريوس 7"، «فرانس 24»): a label.
    A number quoted alone («91.54») is a value."""
    rest = folded[spans[i][1]:spans[i][1] + 3].lstrip(" ")
    if not rest or rest[0] not in QUOTE_CLOSE or i == 0 or tokens[i - 1][0].isdigit():
        return False
    head = folded[max(0, spans[i][0] - 40):spans[i][0]]
    opens = [k for k, c in enumerate(head) if c in QUOTE_OPEN]
    if not opens:
        return False
    inside = head[opens[-1] + 1:]
    words = re.findall(r"[\u0621-\u064a]+", inside)
    return 1 <= len(words) <= 3 and not re.search(r"\d", inside)


def _adjective_dual(token: str) -> bool:
    """A nominative dual of the shape of an adjective: a nisba (سعوديان), فعيل (صغيران، كبيران) or
    فاعل (ناسفان)."""
    if len(token) < 6 or not token.endswith("\u0627\u0646") or token.startswith("\u0627\u0644"):  # ان، ال
        return False
    if token.endswith("\u064a\u0627\u0646"):  # يان
        return True
    return len(token) == 6 and (token[2] == "\u064a" or token[1] == "\u0627")


def _agreeing_dual(tokens: list[str], i: int) -> str | None:
    """An indefinite noun in ان followed by an adjective in ان agreeing with it is a dual
    (حزامان ناسفان، ناديان كبيران): broken plurals never end in ان. Not names (عثمان سليمان), nor
    a word after و, which is coordinated, not agreeing (لبنان وإيران)."""
    tok = tokens[i]
    if tok.endswith("\u064a\u0646"):
        return _agreeing_oblique_dual(tokens, i)
    if i + 1 >= len(tokens) or len(tok) < 5 or not tok.endswith("\u0627\u0646") or tok.startswith("\u0627\u0644") \
            or tok in _function_words() or number_word(tok) or tokens[i + 1].startswith("\u0648") \
            or not _adjective_dual(tokens[i + 1]):
        return None
    bare = tok[1:] if tok[0] == "\u0648" and tok[1:] not in _first_names() and len(tok) > 5 else tok  # وحوضان (not فنانان)
    if bare in _first_names() or tokens[i + 1] in _first_names() or tokens[i + 1][1:] in _first_names():
        return None
    return bare[:-2]


DUAL_ENDINGS = ("\u0627\u0646", "\u064a\u0646", "\u064a", "\u0627")  # ان ين ي ا: every dual and construct dual ends so
DUAL_SUKUN_RE = re.compile("\u064a\u0652\u064a?\u0646[\u064e-\u0652]*$")  # ـيْن، تونسيْين: the oblique dual's ay


def _voweled_dual(raw: str, tok: str) -> str | None:
    """A word in ين voweled as a dual (تونسيْين، رجلَيْن: a sukun on the ي; the plural's is a long
    ī), not definite."""
    if len(tok) < 5 or _bare_definite(tok).startswith("\u0627\u0644") or not tok.endswith("\u064a\u0646") \
            or not DUAL_SUKUN_RE.search(raw):
        return None
    return tok[:-2]


# Masculine nouns whose construct dual (معبري، مشعري) names two places joined by و after it;
# few have a common nisba of the same shape (not مركزي، إقليمي، دولي).
CONSTRUCT_MASCULINE = ("معبر", "مخيم", "مشعر", "مضيق", "مطار", "مسجد", "ميناء", "قطاع", "شطر", "جسر", "مصنع", "منفذ", "سجن",
                       "حقل", "ميدان", "نادي", "فندق", "مستشفى", "مبنى", "برج", "مسرح", "ملعب")


@cache
def _construct_masculine() -> frozenset[str]:
    return frozenset(fold_word(w) for w in CONSTRUCT_MASCULINE)


DUAL_RELATIVES = ("اللذين", "اللتين", "اللذان", "اللتان")


@cache
def _dual_relatives() -> frozenset[str]:
    return frozenset(fold_word(w) for w in DUAL_RELATIVES)


# Broken plurals and names in ان whose stem is a word too (بلدان، فرسان، جيران، إخوان، لبنان).
PLURALS_IN_AN = ("بلدان", "شبان", "جيران", "إخوان", "اخوان", "فرسان", "ثيران", "غلمان", "قضبان", "كثبان", "رهبان", "صبيان",
                 "عميان", "حيطان", "جدران", "وديان", "عيدان", "قمصان", "خرفان", "نيران", "أوطان", "ألوان", "أركان", "أبدان",
                 "أديان", "أزمان", "أحزان", "أغصان", "ألحان", "أوزان", "أثمان", "أسنان", "أعيان", "أفنان", "سكان", "حيوان",
                 "ديوان", "بستان", "عنوان", "إنسان", "انسان", "ميدان", "ميزان", "برلمان", "طوفان", "إيمان", "ايمان", "بيان",
                 "لبنان", "عمان", "سودان", "إيران", "ايران", "تطوان", "أصفهان", "حسان", "عثمان", "سلمان", "رمضان", "عدنان",
                 "شعبان", "مروان", "عمران", "سفيان", "رضوان", "غسان", "حمدان", "زيدان", "سلطان", "ولدان", "جان", "خان")


@cache
def _plurals_in_an() -> frozenset[str]:
    return frozenset(fold_word(w) for w in PLURALS_IN_AN)


# Verbal nouns in ان (فقدان، نسيان): the article's verb (فقد) makes them look like attested duals.
MASDARS_IN_AN = ("فقدان", "نسيان", "غليان", "فيضان", "عدوان", "حرمان", "كتمان", "عصيان", "طغيان", "هذيان", "غفران",
                 "بطلان", "سريان", "جريان", "ذوبان", "دوران", "خفقان", "هيجان", "نقصان", "خسران", "رجحان", "إتيان",
                 "لمعان", "فوران", "سيلان", "ثوران", "غثيان", "طيران", "إذعان", "كفران", "عرفان", "شكران", "رضوان")


@cache
def _masdars_in_an() -> frozenset[str]:
    """MASDARS_IN_AN folded, also with و/ف glued (وفقدان)."""
    bare = frozenset(fold_word(w) for w in MASDARS_IN_AN)
    return bare | frozenset(p + w for w in bare for p in ("\u0648", "\u0641"))


@cache
def _prepositions() -> frozenset[str]:
    return frozenset(fold_word(w) for w in ("من", "في", "على", "إلى", "عن", "مع", "حتى", "منذ", "خلال", "بعد", "قبل",
                                            "عند", "لدى", "دون", "ضد", "عبر", "وفي", "ومن", "وعلى", "وإلى"))


def _attested_dual(tokens: list[str], i: int, vocab: frozenset[str]) -> str | None:
    """An indefinite nominative in ان whose stem is a word of the same article, bare or definite
    (هناك خياران ... هذا الخيار): a dual of that noun, not a name, a verb or a broken plural. A
    nominative dual follows no preposition (في حسبان), keeps its ن only out of construct (فقدان
    السيطرة), and after a dual or a dual pronoun is its adjective or predicate (مصدران أمنيان، وهما
    جيدان); nisbas in يان are adjectives, and verbal nouns in ان no duals (فقدان للبصر)."""
    tok = tokens[i]
    if len(tok) < 5 or not tok.endswith("\u0627\u0646") or _bare_definite(tok).startswith("\u0627\u0644") \
            or tok in _function_words() or number_word(tok) or tok in _plurals_in_an() or tok in _masdars_in_an() \
            or tok in _first_names() \
            or tok[0] in "\u0628\u0644\u0643" or tok.endswith("\u064a\u0627\u0646"):
        return None
    prev = tokens[i - 1] if i else ""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    bare_prev = prev[1:] if prev[:1] in "\u0648\u0641" else prev
    if prev in _prepositions() or nxt.startswith("\u0627\u0644") or prev.endswith("\u0647\u0645\u0627") \
            or (prev.endswith("\u0627\u0646") and prev not in _plurals_in_an() and bare_prev not in _plurals_in_an()):
        return None
    stem = tok[:-2]
    if stem[:1] in "\u0648\u0641" and stem not in vocab and "\u0627\u0644" + stem not in vocab:
        stem = stem[1:]  # وخياران
    if len(stem) < 3 or stem[0] in "\u064a\u062a" and len(stem) >= 4 or stem in _first_names() \
            or (stem[:1] + stem[1:]) + "\u0627\u0646" in _plurals_in_an():
        return None  # يلتقيان، تلتقيان: verbs
    if stem in vocab or "\u0627\u0644" + stem in vocab:
        return stem
    return None


def _dual_relative(tokens: list[str], i: int) -> str | None:
    """An indefinite noun in ين/ان before a dual relative pronoun (لمصدرين اللذين حضرا): a dual
    (a plural takes الذين)."""
    tok = tokens[i]
    if i + 1 >= len(tokens) or tokens[i + 1] not in _dual_relatives() or len(tok) < 5 \
            or _bare_definite(tok).startswith("\u0627\u0644") or not tok.endswith("\u064a\u0646") \
            or number_word(tok) or tok in _function_words():
        return None  # (not وفرضة جازان، اللذين: a name in ان, a comma)
    stem = tok[:-2]
    return stem[1:] if stem[:1] in "\u0648\u0628\u0644" and len(stem) > 4 else stem


def _at_least_dual(tokens: list[str], i: int) -> str | None:
    """A bare noun in ين right after "no fewer than" (ما لا يقل عن صيادين): that phrase wants a
    number, so the noun is a dual."""
    tok = tokens[i]
    if i < 2 or tokens[i - 1] != "\u0639\u0646" or tokens[i - 2] not in ("\u064a\u0642\u0644", "\u062a\u0642\u0644") \
            or not tok.endswith("\u064a\u0646") or len(tok) < 5 or _bare_definite(tok).startswith("\u0627\u0644") \
            or number_word(tok) or tok in _function_words():
        return None
    return tok[:-2]


@cache
def _dual_stems() -> frozenset[str]:
    """The masculine counted nouns whose duals are listed (مركز، مطار)."""
    return frozenset(fold_word(w) for w in DUAL_NOUNS if not w.endswith("\u0629"))


def _masculine_construct(tokens: list[str], i: int, folded: str, spans: list[tuple[int, int]]) -> str | None:
    """The construct dual of a listed masculine noun before two names joined by و (معبري ملولة
    والببوش، مشعري منى وعرفات, quoted too: إقليمي "تشجيانج" و"جيانجشي")."""
    tok = tokens[i]
    stem = tok[:-1] if tok.endswith("\u064a") else ""
    bare = stem[1:] if stem[:1] in "\u0648\u0628\u0644" and stem[1:] in _construct_masculine() else stem
    gap = folded[spans[i][1]:spans[i + 1][0]] if i + 1 < len(tokens) else ""
    quoted = gap.strip() in ("\"", "\u00ab", "\u201c")
    if not (gap.isspace() or quoted):
        return None
    prefixed = stem[:1] in "\u0628\u0644" and len(stem) >= 4 and fold_word(stem[1:]) in _dual_stems()  # بمركزي ... وجدة (not بخطى)
    if prefixed:
        bare = stem[1:]
    if not (bare in _construct_masculine() or prefixed or (quoted and (bare == fold_word("إقليم") or bare in _dual_stems()))) \
            or i + 2 >= len(tokens):
        return None
    nxt = tokens[i + 1]
    if nxt.startswith(("\u0627\u0644", "\u0648")) or nxt in _function_words() or number_word(nxt):
        return None
    if any((t.startswith("\u0648") and len(t) > 2 and t[1:] not in _function_words() and not _noun_in_waw(t))
           or (t == "\u0648" and k + 1 < len(tokens))
           for k, t in enumerate(tokens[i + 2:i + (7 if prefixed else 4)], start=i + 2)):
        return bare
    return None


def _noun_in_waw(token: str) -> bool:
    """Whether the folded token is itself a listed noun whose first letter is و (ولد، وزير، وحدة), not
    و + a second name (لابني عبدالله ولد اسمه: "my son", then "a boy")."""
    singular = counted_singular(token)
    return singular is not None and fold_word(singular) == token


def _agreeing_oblique_dual(tokens: list[str], i: int) -> str | None:
    """A noun in ين with an adjective in ين after it (فيلمين وثائقيين، فيلمين قصيرين): a dual when the
    noun's stem has no shape of a people plural in ين: no participle in م, no فاعل, no فعيل, no nisba,
    three or four letters."""
    tok = tokens[i]
    if i + 1 >= len(tokens) or tok.startswith("\u0627\u0644") or tok in _function_words() or number_word(tok):
        return None
    stem = tok[:-2]
    if stem[:1] == "\u0648" and len(stem) == 5:
        stem = stem[1:]  # وفيلمين
    nxt = tokens[i + 1]
    adjective = nxt.endswith("\u064a\u064a\u0646") or (len(nxt) == 6 and nxt[2] == "\u064a") \
        or nxt == "\u0627\u062e\u0631\u064a\u0646"  # وثائقيين، قصيرين، آخرين
    if not adjective or nxt.startswith("\u0627\u0644") or not 3 <= len(stem) <= 4 \
            or tok in _first_names() or stem in _first_names() or stem == "\u0627\u062e\u0631":
        return None
    if stem[0] == "\u0645" and nxt[0] != "\u0648" and _place_noun_in_m(stem):
        return stem  # محورين أساسيين: a noun of place, not a participle
    if stem[0] in "\u0645\u0648" or stem.endswith("\u064a") or stem[1] == "\u0627" or stem[0] == "\u062a" \
            or (len(stem) == 4 and stem[2] in "\u064a\u0627\u0648"):
        return None
    return stem


def _place_noun_in_m(stem: str) -> bool:
    """A four-letter stem in م that the news lexicon knows as a noun (المحور، المجال, often definite) with no
    sound plural in ون (not مسلم: مسلمون) and seldom a feminine (not مذيع: المذيعة): its form in ين is a
    dual (محورين أساسيين), not people."""
    freq = _lexicon_freq()
    definite = freq.get("\u0627\u0644" + stem, 0)
    return len(stem) == 4 and definite >= LEXICON_DUAL_MIN \
        and stem + "\u0648\u0646" not in freq and "\u0627\u0644" + stem + "\u0648\u0646" not in freq \
        and freq.get("\u0627\u0644" + stem + "\u0647", 0) < PLACE_NOUN_FEMININE_SHARE * definite


# Nouns numbered in a series (الدورة 27 لأيام قرطاج، النسخة 5 لمهرجان) and the clock (الساعة 12).
EDITION_HEADS = ("الدورة", "النسخة", "الطبعة", "الحلقة", "الجزء", "الجولة", "المرحلة", "الموسم")
FESTIVALS = ("مهرجان",)  # in construct with its name of one or two words, then its edition (مهرجان صيف طيبة 36)
CLOCK_HEADS = ("الساعة", "بالساعة")
MONTH_HEADS = ("شهر", "بشهر", "لشهر")  # شهر 4: the fourth month, named by its number


@lru_cache(maxsize=1 << 16)
def _bare_definite(word: str) -> str:
    """A definite word without the particle glued before it (للدورة، وبالدورة -> الدورة); cached,
    as the article-wide dual tests ask it of every word for every candidate."""
    for glue in ("\u0648\u0644\u0644", "\u0641\u0644\u0644", "\u0644\u0644"):  # ولل فلل لل
        if word.startswith(glue):
            return "\u0627\u0644" + word[len(glue):]
    for glue in ("\u0648\u0628", "\u0648", "\u0628", "\u0641", "\u0643"):
        if word.startswith(glue + "\u0627\u0644"):
            return word[len(glue):]
    return word


# Units before a number name a marker on a road (كيلو 60); Latin letters spelt in Arabic name
# models (إف 15، سي 130).
MARKER_HEADS = ("كيلو", "الكيلو", "بالكيلو", "عند الكيلو")
LETTER_NAMES = ("إف", "اف", "أف", "إس", "اس", "سي", "بي", "تي", "دي", "جي", "إم", "ام", "إكس", "اكس", "كيو", "يو", "إتش",
                # stock indexes and aircraft named with a number (يوروفرست 300، كاك 40، بورز 500، بوينغ 777)
                "يوروفرست", "تايمز", "كاك", "داكس", "نيكاي", "فوتسي", "ستوكس", "بورز", "راسل", "بوينغ", "بوينج", "إيرباص",
                "ايرباص", "أيرباص", "بوينغ777", "آرباص", "ارباص",  # round facts-r41: the Tunisian spelling (آرباص 330)
                "فورمولا", "الفورمولا", "للفورمولا", "فورميلا", "بازل")  # round counts-r23: a race class, a banking accord (فورمولا 1، بازل 3)


@cache
def _marker_heads() -> frozenset[str]:
    return frozenset(fold_word(w) for w in MARKER_HEADS)


@cache
def _letter_names() -> frozenset[str]:
    return frozenset(fold_word(w) for w in LETTER_NAMES)


@cache
def _editions() -> frozenset[str]:
    return frozenset(fold_word(w) for w in EDITION_HEADS)


POSSESSIVE_ENDINGS = ("\u0647\u0627", "\u0647")  # ها، ه: its edition (دورتها، دورته)


@cache
def _festivals() -> frozenset[str]:
    return frozenset(fold_word(w) for w in FESTIVALS)


def _festival(word: str) -> bool:
    """مهرجان, maybe after و/ب/ل (لفعاليات مهرجان، بمهرجان)."""
    return bool(word) and (word in _festivals() or (word[:1] in "\u0648\u0628\u0644" and word[1:] in _festivals()))


@lru_cache(maxsize=1 << 12)
def _possessed_edition(word: str) -> bool:
    """An edition head with its owner's pronoun (دورته، لدورتها، في نسخته): a definite noun numbered in a
    series, as الدورة 36 is; its ة turns ت before the pronoun."""
    for ending in POSSESSIVE_ENDINGS:
        if not word.endswith(ending):
            continue
        stem = word[:-len(ending)]
        for glue in ("", "\u0648", "\u0628", "\u0644", "\u0641", "\u0648\u0628", "\u0648\u0644"):
            if not stem.startswith(glue):
                continue
            core = stem[len(glue):]
            if "\u0627\u0644" + (core[:-1] + "\u0647" if core.endswith("\u062a") else core) in _editions():
                return True
    return False


@cache
def _clock_heads() -> frozenset[str]:
    return frozenset(fold_word(w) for w in CLOCK_HEADS)


def _month_number(prev: str, value: float) -> bool:
    """A number from 1 to 12 after شهر is the month it names (في شهر 4 من هذا العام)."""
    return value.is_integer() and 1 <= value <= 12 and prev.removeprefix("\u0648") in _month_heads()


@cache
def _month_heads() -> frozenset[str]:
    return frozenset(fold_word(w) for w in MONTH_HEADS)


# Thousands written with one dot (30.000 شخص، 54.457 شخصا), as decimals are before a unit or a
# currency (3.125 دينار: the dinar has three decimals) or a scale word (6.935 مليون).
DOTTED_THOUSANDS_RE = re.compile(r"\d{1,3}\.\d{3}")
MEASURES = ("دينار", "دنانير", "دولار", "ريال", "درهم", "دراهم", "جنيه", "يورو", "أورو", "ليرة", "فرنك", "روبية",
            "كلم", "كم", "كيلومتر", "متر", "كلغ", "كغ", "كيلوغرام", "كيلوجرام", "كيلو", "غرام", "جرام", "طن", "لتر",
            "برميل", "درجة", "نقطة", "ميل", "هكتار", "سم", "مم", "ثانية", "دقيقة", "ساعة", "بالمائة", "بالمئة", "مرة")


@cache
def _measures() -> frozenset[str]:
    return frozenset(fold_word(w) for w in MEASURES)


# Measures that are no unit a price or rate is given per: a point (مشروع النقطة الواحدة: a one-stop checkpoint) or a
# degree (الدرجة الواحدة: the same rank); before الواحد they mean "single", not one unit.
NOT_ONE_UNITS = ("نقطة", "درجة")


@cache
def _one_units() -> frozenset[str]:
    """Units of measure and money before الواحد that make it one unit (للكيلو الواحد، للبرميل الواحد، لليورو الواحد)."""
    return _measures() - frozenset(fold_word(w) for w in NOT_ONE_UNITS)


@cache
def _units_of_one() -> frozenset[str]:
    """Units before الواحد that make it one of them: of time (اليوم الواحد) and of measure or money (للكيلو الواحد)."""
    return _time_units() | _one_units()


# Currencies of two decimals: three digits after the dot are thousands (100.000 ريال).
CENTS_CURRENCIES = ("ريال", "ريالا", "دولار", "دولارا", "يورو", "جنيه", "جنيها", "درهم", "درهما", "ليرة", "روبية", "فرنك")


@cache
def _cents_currencies() -> frozenset[str]:
    return frozenset(fold_word(w) for w in CENTS_CURRENCIES)


def _cents_currency(obj: str) -> bool:
    word = fold_word(obj)
    return word in _cents_currencies() or word.removeprefix("\u0627\u0644") in _cents_currencies()


def _whole_dinar(tokens: list[str], k: int) -> bool:
    """The dinar is one of those written without millimes (دينار عراقي، دينار جزائري: 250,000 is thousands)."""
    return k < len(tokens) and tokens[k] in _whole_dinars()


@cache
def _whole_dinars() -> frozenset[str]:
    return frozenset(fold_word(w) for w in ("عراقي", "جزائري", "العراقي", "الجزائري"))


def _dinar(obj: str) -> bool:
    """The currency of three decimals (3.125 دينار، 100.000 د)."""
    return fold_word(obj).removeprefix("\u0627\u0644").startswith((fold_word("دينار"), fold_word("دنانير"))) or obj == "\u062f"


def _is_measure(obj: str) -> bool:
    word = fold_word(obj)
    for form in (word, word.removeprefix("\u0627\u0644")):
        if form in _measures() or (form.endswith("\u0627") and form[:-1] in _measures()):
            return True
    return False


# Tokens that are only glued particles (ب25، الـ30، وللـ3): no name before the digits.
PARTICLES = frozenset({"\u0648", "\u0628", "\u0644", "\u0641", "\u0643", "\u0627\u0644", "\u0644\u0644",
                       "\u0628\u0627\u0644", "\u0648\u0627\u0644", "\u0641\u0627\u0644", "\u0643\u0627\u0644",
                       "\u0648\u0644\u0644", "\u0648\u0628", "\u0648\u0644", "\u0648\u0628\u0627\u0644"})


def _name_like(token: str) -> bool:
    """A word that may be a product's name before its number: not a particle, not definite, not a
    function word, a number word or a label head."""
    return (len(token) >= 3 and token not in PARTICLES and not token[0].isdigit()
            and not token.startswith("\u0627\u0644") and token not in _function_words()
            and number_word(token) is None and token not in _label_heads() and token not in _count_heads())


def _model_names(folded: str, spans: list[tuple[int, int]], tokens: list[str]) -> frozenset[str]:
    """Names that carry a model or version number in this text: digits glued to a name (ايفون6،
    ويندوز10) or after a series head (نظام ويندوز 10، هاتف أي فون 5), with nothing counted after.
    The same name with a number anywhere else in the text is the same kind of label."""
    names: set[str] = set()
    for i in range(1, len(tokens)):
        tok, prev = tokens[i], tokens[i - 1]
        if not tok[0].isdigit() or not _name_like(prev):
            continue
        gap = folded[spans[i][1]:spans[i + 1][0]] if i + 1 < len(tokens) else ""
        nxt = tokens[i + 1] if gap.isspace() or (_opened(folded, spans[i][0]) and CLOSE_GAP_RE.fullmatch(gap)) else ""
        obj = nxt if nxt and _is_noun(nxt) else None
        value = digit_value(tok)
        glued = spans[i - 1][1] == spans[i][0]
        if glued and i + 1 < len(tokens) and not gap and not tokens[i + 1][0].isdigit():
            continue  # قتل12جنديا، طالبان17منهم: spaces dropped on both sides, no name's number
        if prev[0] in "\u0628\u0644" and not glued:
            continue  # لمدة (3) أيام: a preposition glued to a noun, no name
        if prev.removeprefix("\u0628") in _near_words() or PERCENT_RE.match(folded, spans[i][1]):
            continue  # في حدود3.77 د، نحو5: "about", no name; لا تتجاوز0.87 %: a share
        if nxt and number_word(nxt) is not None:
            continue  # مبلغ 3 ملايين درهم: a scaled number, no model
        if (glued and (obj is None or obj.startswith("\u0627\u0644"))) or (
                value is not None and _series_label(tokens, i, value, obj, folded, spans)):
            names.add(prev.removeprefix("\u0648") if prev.startswith("\u0648\u0648") else prev)
    return frozenset(names)


# Devices, systems and consoles whose number after the name is a model or a version (آيفون 7، أندرويد 2.1،
# لوميا 535); the second word of a two-word name only after its first (بلاك بيري 10، إكس بوكس 360، بلاي ستيشن 4,
# جالاكسي إس 6: not ريك بيري (65 عاما)).
PRODUCT_NAMES = ("آيفون", "ايفون", "أيفون", "أندرويد", "اندرويد", "ويندوز", "نوكيا", "لوميا", "بلايستيشن", "آيباد",
                 "ايباد", "جالاكسي", "غالاكسي", "جلاكسي")
PRODUCT_TAILS = {"بيري": ("بلاك",), "بوكس": ("إكس", "اكس"), "ستيشن": ("بلاي",), "باد": ("آي", "اي"),
                 "إس": ("جالاكسي", "غالاكسي", "جلاكسي"), "نوت": ("جالاكسي", "غالاكسي", "جلاكسي")}


@cache
def _product_names() -> frozenset[str]:
    return frozenset(fold_word(w) for w in PRODUCT_NAMES)


@cache
def _product_tails() -> dict[str, tuple[str, ...]]:
    return {fold_word(tail): tuple(fold_word(h) for h in heads) for tail, heads in PRODUCT_TAILS.items()}


def _product_model(tokens: list[str], i: int, obj: str | None) -> bool:
    """The number at ``i`` names a device's model or a system's version: right after a product name (لآيفون 6،
    وويندوز 10), or the next of a list of them counting nothing (أندرويد 2.1 أو 2.2، ويندوز 7، 8; not و3 أجهزة)."""
    if i < 1:
        return False
    prev = tokens[i - 1]
    bare = prev[1:] if prev[:1] in "\u0648\u0628\u0644" and prev[1:] in _product_names() else prev
    if bare in _product_names() or (prev in _product_tails() and i > 1
                                    and tokens[i - 2].endswith(_product_tails()[prev])):
        return True
    k = i - 2 if prev in ("\u0648", "\u0627\u0648") else i - 1  # و، أو
    return k > 0 and (obj is None or obj[:1] in "\u0648\u0628") and tokens[k][:1].isdigit() \
        and _product_model(tokens, k, None)


# A Latin letter glued after the digits that makes them a name (3D، 4G، 4K، 1080p، آيفون 6S، المعيار 802.11b),
# not a unit (256GB، 5km: a letter after the G or k).
LATIN_LABEL_RE = re.compile(r"D(?![a-z])|[GKkpPSsb](?![A-Za-z])")
SURA = "\u0633\u0648\u0631\u0647"  # سورة (folded)


def _verse_number(folded: str, spans: list[tuple[int, int]], tokens: list[str], i: int) -> bool:
    """A number in brackets before سورة, after a quoted verse ({...} (45) سورة العنكبوت): the verse's number."""
    return i + 1 < len(tokens) and fold_word(tokens[i + 1]) == SURA and _opened(folded, spans[i][0]) \
        and bool(PAREN_GAP_RE.fullmatch(folded, spans[i][1], spans[i + 1][0]))


# Length units whose square or cube is written by a digit glued after them (م2، سم3، كم2).
POWER_UNITS = frozenset({"\u0645", "\u0633\u0645", "\u0643\u0645", "\u0645\u0645"})


def _unit_power(folded: str, spans: list[tuple[int, int]], tokens: list[str], i: int) -> bool:
    """A 2 or 3 glued after a length unit that follows a number (868م2، 1000 م3، 50سم2): the unit's power
    (square, cubic), no amount, whatever word comes after it."""
    return i > 1 and len(tokens[i]) == 1 and digit_value(tokens[i]) in (2.0, 3.0) \
        and tokens[i - 1] in POWER_UNITS and spans[i - 1][1] == spans[i][0] and tokens[i - 2][0].isdigit() \
        and (not folded[spans[i - 2][1]:spans[i - 1][0]] or folded[spans[i - 2][1]:spans[i - 1][0]].isspace())


# Words joining two numbers (3إلى5، 3أو4، 3ثم4، 3حتى5, folded): no code between them.
CODE_LINKS = frozenset({"\u0627\u0644\u064a", "\u0627\u0648", "\u062b\u0645", "\u062d\u062a\u064a", "\u0645\u0646", "\u0641\u064a"})


def _code_tail(spans: list[tuple[int, int]], tokens: list[str], i: int) -> bool:
    """Letters, digits, letters, digits with nothing between (اتش7إن7، إتش5إن1، ام1آي1): the last digits end a
    letter-digit code (a strain, a tank), no amount; not after a particle or a range word (3و4، 3إلى5)."""
    if i < 3 or not tokens[i - 2][0].isdigit() or tokens[i - 1][0].isdigit() or tokens[i - 3][0].isdigit():
        return False
    prev = tokens[i - 1]
    return len(prev) <= 3 and prev not in PARTICLES and prev not in CODE_LINKS \
        and spans[i - 3][1] == spans[i - 2][0] and spans[i - 2][1] == spans[i - 1][0] and spans[i - 1][1] == spans[i][0]


def _model_of(prev: str, names: frozenset[str]) -> bool:
    """The word before a number is a model name of the text (وويندوز 8.1 after نظام ويندوز 10)."""
    return prev in names or (prev[:1] == "\u0648" and prev[1:] in names)


QUOTE_CLOSE_GAP_RE = re.compile(r"\s*[\u00bb\u201d\"]\s*")  # the gap after a quoted figure: «115» ألف


def _quoted_before_scale(folded: str, spans: Sequence[tuple[int, int]], tokens: Sequence[str], i: int, k: int) -> bool:
    """Digits in quote marks before their scale word («115» ألف وجبة، “9.4” مليون حبة): one number, as (350) ألف
    is; the headline style of some sites sets the figure off so."""
    return k == i and tokens[i][0].isdigit() and k + 1 < len(tokens) and _opened(folded, spans[i][0]) \
        and folded[max(0, spans[i][0] - 2):spans[i][0]].strip()[-1:] != "(" \
        and bool(QUOTE_CLOSE_GAP_RE.fullmatch(folded, spans[k][1], spans[k + 1][0])) \
        and (number_word(tokens[k + 1]) or ("", "", 0))[1].startswith("scale")


def _opened(folded: str, start: int) -> bool:
    """A bracket or a quote opens just before ``start`` ((3) أيام، «1982» حبة; ” 9 ” حالات: some
    sites open with ” too)."""
    return folded[max(0, start - 2):start].strip()[-1:] in ("(", "\u00ab", "\u201c", "\u201d", "\"")


LINE_END_RE = re.compile(r"[ \t\u00a0]*\n")
SPACED_SCORE_AFTER_RE = re.compile(r" / \d{1,2}(?![\d/]| /)")  # 2 / 4: a score, spaced (not 16/3/1)
SPACED_SCORE_BEFORE_RE = re.compile(r"(?<![\d/])(?<!/ )\d{1,2} / $")


# Words of a match's result shortly before a score (فاز، تغلب عليه، خسر، بنتيجة، متقدما): without one, a spaced
# slash may join a day and a month (من 23 / 4 إلى 26 / 6، بتاريخ 18 / 10).
SCORE_CUE_RE = re.compile("\u0641\u0648\u0632|\u0641\u0627\u0632|\u062a\u063a\u0644\u0628|\u062e\u0633\u0631|\u062a\u0639\u0627\u062f\u0644|"
                          "\u0643\u062a\u0633\u062d|\u0633\u062d\u0642|"  # اكتسح، سحق: a sweeping win
                          "\u0646\u062a\u064a\u062c|\u0647\u0632\u064a\u0645|\u0647\u0632\u0645|\u0627\u0646\u062a\u0635\u0627\u0631|\u062a\u0642\u062f\u0645|\u062a\u0627\u062e\u0631")
SCORE_CUE_BACK = 60  # characters before the score
SCORE_DIGITS = 2  # at most this many digits in each number of a score


ZERO_WORD = "\u0635\u0641\u0631"  # صفر: a score's zero (3-صفر)
ZERO_BEFORE_RE = re.compile("(?<![\u0621-\u064a])\u0635\u0641\u0631[-\u2013]$")  # صفر-2: the score's other number


def _spaced_score(folded: str, s: int, e: int) -> bool:
    """One of two numbers of one or two digits joined by a spaced slash, no third number chained, after a word
    of a match's result (a score: فاز 2 / 1، خسر مباراته الأولى 2 / 4)."""
    if e - s > 2 or not SCORE_CUE_RE.search(folded, max(0, s - SCORE_CUE_BACK), s):
        return False
    if SPACED_SCORE_AFTER_RE.match(folded, e):
        return not re.search(r"/\s?$", folded[max(0, s - 2):s])
    return bool(SPACED_SCORE_BEFORE_RE.search(folded, max(0, s - 6), s)) and not re.match(r"\s?/", folded[e:e + 2])


def _score_first(folded: str, spans: list[tuple[int, int]], tokens: list[str], i: int) -> bool:
    """The first number of a score joined by a dash to its second after a word of a match's result (فاز على السد
    القطري 2 – 1، فاز على الهلال 2-صفر), or by a spaced slash (الإسباني 7 / 6): a cardinal, though a team's name or
    nisba stands before it as before a label (حمام سوسة 2)."""
    if tokens[i].isdigit() and _spaced_score(folded, *spans[i]):
        return True  # فاز على ريال مدريد الإسباني 7 / 6
    return i + 1 < len(tokens) and tokens[i].isdigit() and (tokens[i + 1].isdigit() or tokens[i + 1] == ZERO_WORD) \
        and max(len(tokens[i]), len(tokens[i + 1].replace(ZERO_WORD, "0"))) <= SCORE_DIGITS and bool(SCORE_GAP_RE.fullmatch(folded, spans[i][1], spans[i + 1][0])) \
        and bool(SCORE_CUE_RE.search(folded, max(0, spans[i][0] - SCORE_CUE_BACK), spans[i][0]))


LIST_MARK_AFTER_RE = re.compile(r"\.[ \t\n]")
SLASH_REF_RE = re.compile(r"\s?/\s?\d")
SLASH_REF_BEFORE_RE = re.compile(r"\d\s?/\s?$")
COMMA_DECIMAL_RE = re.compile(r"(?<![\d,])\d{1,3},(?:\d{1,2}|\d{4,})(?![\d,])")  # 0,5، 1,5606: decimal commas
MULTI_COMMA_RE = re.compile(r"\d,\d{3},\d{3}")  # 1,250,000: thousands commas
COMMA_THOUSAND_RE = re.compile(r"\d{1,3},\d{3}")
CLOCK_RE = re.compile(r"\d{1,2}[.,\u060c]\d{2}")  # الساعة 1.59: hours and minutes
SEPARATED_RE = re.compile(r"\d{1,3}(?:[,.]\d{3}){2,}")  # 5,715,969: a quantity, never a label
PHONE_GAP_RE = re.compile(r"[ \-.]")
PHONE_MAX_DIGITS = 15  # E.164: no phone number is longer
PHONE_MAX_GROUPS = 5  # 01 23 45 67 89: the most groups a number is written in


PHONE_LIST_RE = re.compile("|".join(fold_word(w) for w in (
    "الأرقام التالية", "بالأرقام التالية", "الأرقام الخضراء", "الرقم الأخضر", "بالرقم الأخضر", "الأرقام الهاتفية", "أرقام الهاتف",
    "الرقم المجاني", "أرقام الطوارئ")))


def _after_phone_list(folded: str, pos: int) -> bool:
    """Digits after "the following numbers" or "the green number" in the same line, up to 200
    characters on: phone and emergency numbers (الأرقام التالية : 71.335.000 ... حرس 197 شرطة)."""
    start = max(0, pos - 200, folded.rfind("\n", max(0, pos - 200), pos) + 1)
    return PHONE_LIST_RE.search(folded, start, pos) is not None


# Between two values of a list: a comma, then up to three words (ثم الشرقية، ومكة المكرمة).
LIST_GAP_RE = re.compile("\\s*[\u060c,]\\s*(?P<words>(?:[\u0621-\u064a\u0640]+\\s+){1,3})")


def _listed_value(text: str, start: int, tokens: list[str], i: int, out: list[Amount]) -> bool:
    """A bare number after a definite name that continues a comma list of values (عسير بواقع 82، ثم
    الشرقية 80، ومكة المكرمة 67): the amount just before it ends a list item; not after a label head."""
    prev = tokens[i - 1]
    if prev in _label_heads() or prev.removeprefix("\u0648") in _units() or _bare_definite(prev) in _editions() \
            or prev.removeprefix("\u0648") in _clock_heads() or not out:
        return False
    last = out[-1]
    gap = text[last.end:start] if last.end <= start else ""
    m = LIST_GAP_RE.fullmatch(gap)
    return last.object is None and m is not None and not any(w in _function_words() and w != "\u062b\u0645" for w in m["words"].split())  # (but ثم)


def _clock_minutes(tokens: list[str], i: int) -> bool:
    """The number at ``i`` follows و after an hour told by an ordinal after الساعة."""
    k = i - 1
    if tokens[k] in _teen_tails():
        k -= 1
    return k >= 1 and _ordinal(tokens[k]) and tokens[k - 1].removeprefix("\u0648") in _clock_heads()


def _phone_groups(folded: str, spans: list[tuple[int, int]], tokens: list[str]) -> frozenset[int]:
    """Digits of a phone number written in groups (81 10 77 77: three or more groups of two to four
    digits one space or dash apart, five groups and 15 digits (E.164) at most: a longer run is a
    table's columns flattened, 450 12 520 13 ...) and country codes with + ((216+)، +216)."""
    out: set[int] = set()
    run: list[int] = []
    for i, t in enumerate(tokens + [""]):
        if t.isdigit() and 2 <= len(t) <= 4 and run and PHONE_GAP_RE.fullmatch(folded[spans[run[-1]][1]:spans[i][0]]):
            run.append(i)
            continue
        if 3 <= len(run) <= PHONE_MAX_GROUPS and sum(len(tokens[k]) for k in run) <= PHONE_MAX_DIGITS:
            out.update(run)
        run = [i] if t.isdigit() and 2 <= len(t) <= 4 else []
    for i, t in enumerate(tokens):
        s, e = spans[i]
        code_after = folded[e:e + 1] == "+" and not folded[e + 1:e + 2].isdigit() and folded[s - 1:s] != "+"
        code_before = folded[s - 1:s] == "+" and i + 1 < len(tokens) and tokens[i + 1].isdigit() \
            and folded[e:spans[i + 1][0]].isspace() and not folded[s - 2:s - 1].isdigit()
        if t.isdigit() and (code_after or code_before):
            out.add(i)  # (216+), +216 70 (not 5+1, +26 %)
    return frozenset(out)


def _web_addresses(folded: str, spans: list[tuple[int, int]]) -> frozenset[int]:
    """Tokens inside a web or mail address (https://2u.pw/3ziv7، www.site2.com، name12@mail.com):
    like a phone number's digits, they name, they count nothing."""
    found = [m.span() for m in WEB_ADDRESS_RE.finditer(folded)]
    if not found:
        return frozenset()
    return frozenset(i for i, (s, e) in enumerate(spans) if any(a <= s and e <= b for a, b in found))


def _list_markers(folded: str, spans: list[tuple[int, int]], tokens: list[str]) -> frozenset[int]:
    """Tokens numbering a list inside a line (1. هولندا 2. بلجيكا 3. إستونيا): small numbers each
    followed by a dot, counting up by one, three or more of them."""
    cands = [(i, int(t)) for i, t in enumerate(tokens)
             if t.isdigit() and len(t) <= 2 and LIST_MARK_AFTER_RE.match(folded, spans[i][1])]
    chains: list[list[int]] = []
    for i, v in cands:
        for chain in chains:
            last = chain[-1]
            if int(tokens[last]) == v - 1 and spans[i][0] - spans[last][1] <= 400:
                chain.append(i)
                break
        else:
            chains.append([i])
    return frozenset(i for chain in chains if len(chain) >= 3 for i in chain)


@cache
def _units() -> frozenset[str]:
    """Military units, numbered whatever follows (اللواء 15 مشاة، الفرقة 30)."""
    return frozenset(fold_word(w) for w in ("اللواء", "الفرقة", "الكتيبة", "الفيلق", "السرية", "الفوج", "المجموعة"))


@cache
def _named_series() -> frozenset[str]:
    return frozenset(fold_word(w) for w in NAMED_SERIES)


@cache
def _singular_plurals() -> frozenset[str]:
    """Counted nouns that begin with و (وزراء، ولايات، وحدات): after a number they are counted."""
    return frozenset(fold_word(w) for w in ("وزراء", "وزيرا", "ولايات", "ولاية", "وحدات", "وحدة", "وفيات", "وفاة",
                                            "وثائق", "وثيقة", "وظائف", "وظيفة", "وسائل", "وجبات", "ودائع", "وكالات", "وكلاء"))


SENTENCE_BREAK_RE = re.compile(r"[.!?\u061f\n]")


def _series_label(tokens: list[str], i: int, value: float, obj: str | None,
                  folded: str = "", spans: list[tuple[int, int]] | None = None) -> bool:
    """A small number after a proper name that follows a series head (قناة فرانس 3), with no
    counted noun after it (an accusative singular after 1 to 10 is the verb's object: صفاقس 2 بحثا),
    within its sentence (not السجن المركزي. و كان 5 من الحوثيين)."""
    if not value.is_integer() or value > 30 or i < 2:
        return False
    if obj is not None and obj[:1] == "\u0648" and fold_word(obj) not in _singular_plurals():
        obj = None  # حي النصر 2 وسلمى سيتي: the next item of a list, nothing counted
    if obj is not None and not obj.startswith("\u0627\u0644") and not (
            value <= 10 and (obj.endswith("\u0627") or obj[:1] in "\u0628\u0644") and not obj.startswith("\u0628\u0627\u0644")):
        return False  # a counted noun; but معهد الآثار 1 بسبيطلة (a place), قناة فرانس 3 القناة (a definite word)
    prev = tokens[i - 1]
    if prev[0].isdigit() or prev in _function_words() or len(prev) < 3:
        return False
    first = max(0, i - 4)
    if spans is not None:
        while first < i and SENTENCE_BREAK_RE.search(folded, spans[first][1], spans[i][0]):
            first += 1  # the series head must be in the number's sentence
    heads = [t in _named_series() or t[:1] in "\u0628\u0644\u0648" and t[1:] in _named_series()
             for t in tokens[first:i - 1]]  # بمعهد حمام سوسة 2
    return heads[-1:] == [True] if prev.startswith("\u0627\u0644") else any(heads)  # معهد الآثار 1


def _digit_is_amount(folded: str, spans: list[tuple[int, int]], tokens: list[str], k: int,
                     value: float, obj: str | None) -> bool:
    """False for clock times, list markers and bare years."""
    s, e = spans[k]
    if tokens[k].startswith("0") and len(tokens[k]) >= 6 and tokens[k][1].isdigit() and WIRE_DECIMAL not in tokens[k]:
        return False  # phone numbers and codes: 0175299990 (not the wire's 096ر18 = 18.096)
    if tokens[k].isdigit() and len(tokens[k]) >= 5 and obj is None and LATIN_NEAR_RE.search(folded, max(0, s - 4), e + 4):
        return False  # إلى 88591 - Stc: a short code by its operator
    if s > 1 and LATIN_NEAR_RE.match(folded[s - 2:s].strip() or " ") and folded[s - 2:s].strip()[-1:].isalpha() \
            and (obj is None or obj.startswith("\u0627\u0644")):
        return False  # minutes 20، Windows 10: a number after a Latin name is part of it (not Tab Pro 12.2 بوصة)
    if s > 0 and folded[s - 1].isascii() and folded[s - 1].isalpha():
        return False  # Mate9: digits glued to a Latin name are part of it, whatever follows
    if s > 1 and folded[s - 1] in "-\u2013" and folded[s - 2].isalpha() and not ZERO_BEFORE_RE.search(folded, 0, s):
        return False  # سي-130، إف-35: a model name (not a score's صفر-2)
    if TIME_AFTER_RE.match(folded, e) or TIME_BEFORE_RE.search(folded, max(0, s - 4), s):
        return False
    if tokens[k].isdigit() and len(tokens[k]) <= 2 and _month_after_day(tokens, k):
        return False  # شارع 7 نوفمبر، 17 من أفريل من كل عام: a day of a month, a date (maybe recurring) or a place
    if tokens[k].isdigit() and len(tokens[k]) <= 4 and not _spaced_score(folded, s, e) \
            and (SLASH_REF_RE.match(folded, e) or SLASH_REF_BEFORE_RE.search(folded, max(0, s - 4), s)):
        return False  # (16/3/1): a reference to a clause, or what is left of a date the dates did not read
    before = folded[max(0, s - 3):s].rstrip(" \t\u00a0")
    line_start = before == "" or before[-1] in "\n.:"  # a line or a sentence starts: 3- الرئيس (a no-break space too)
    if line_start and LIST_MARK_RE.match(folded, e):
        return False
    if (tokens[k].count(".") >= 2 or (tokens[k].isdigit() and len(tokens[k]) >= 8)) \
            and (obj is None or LINE_END_RE.match(folded, e)) \
            and not (k + 1 < len(tokens) and number_word(tokens[k + 1])):
        return False  # 71.341.666، 22024580: phone numbers, and ID numbers alone on their line, whatever the next
        # line opens with; big amounts count something (1.900.000 مواطن)
    bare_year = value.is_integer() and YEAR_MIN <= value <= YEAR_MAX and "," not in tokens[k]
    return not (bare_year and (obj is None or obj.startswith("\u0627\u0644")))


LEXICON_DUAL_MIN = 30  # the singular's least count in the news lexicon
LEXICON_DUAL_RATIO = 0.3  # a dual is rarer than its singular (not لبنان، سليمان، طيران)
PLACE_NOUN_FEMININE_SHARE = 0.2  # a noun of place in م is seldom feminine (المحور), a person often (المذيعة)
LEXICON_DUAL_DEFINITE = 0.15  # a noun is often definite (الشخص); a verb never (تحمل: تحملان)


@cache
def _name_links() -> frozenset[str]:
    return frozenset(fold_word(w) for w in ("أبو", "أبي", "أبا", "بن", "ابن", "بنت", "آل"))


@cache
def _name_clusters() -> frozenset[int]:
    """The lexicon's fine word clusters made up mostly of first names."""
    from collections import Counter

    from .ner_lexicon import lexicon
    fine = lexicon().fine
    names = _first_names()
    total = Counter(fine.values())
    named = Counter(c for w, c in fine.items() if w in names)
    return frozenset(c for c, k in named.items() if k > 0.3 * total[c])


def _name_cluster(token: str) -> bool:
    from .ner_lexicon import lexicon
    c = lexicon().fine.get(token)
    return c is not None and c in _name_clusters()


@cache
def _lexicon_freq() -> dict[str, int]:
    from .ner_lexicon import lexicon
    return lexicon().freq


# Words that cannot follow a construct dual as its noun: prepositions and particles (معاملتي بسبب، سيارتي في).
NOT_GENITIVES = ("بسبب", "في", "من", "على", "الى", "إلى", "عن", "مع", "منذ", "حتى", "لدى", "عند", "بعد", "قبل")


@cache
def _not_genitives() -> frozenset[str]:
    return frozenset(fold_word(w) for w in NOT_GENITIVES)


def _attested_feminine(tokens: list[str], i: int) -> str | None:
    """``feminine_dual``'s singular when the news lexicon knows it or its plural in ات, bare or definite,
    with or without a glued particle, or when a dual adjective agrees after it (بويضتين صالحتين): a shape
    in تين no text writes otherwise is a foreign name (إريك غولدستين: no غولدسة، غولدسات), not two of
    anything; the context readers after it may still find a dual."""
    singular = feminine_dual(tokens[i])
    if singular is None:
        return None
    if i + 1 < len(tokens) and feminine_dual(tokens[i + 1]) is not None:
        return singular
    folded, freq = fold_word(singular), _lexicon_freq()
    cores = [folded] + [folded[len(p):] for p in (*PREFIXES, "\u0643") if folded.startswith(p) and len(folded) - len(p) >= 3]
    return singular if any(freq.get(w) or freq.get("\u0627\u0644" + w)
                           for c in cores for w in (c, c[:-1] + "\u0627\u062a")) else None


# Heads before a place's or a club's own name (نادي الجبلين، مدينة القريتين): a definite dual named so once
# is that name wherever the article repeats it.
DUAL_NAME_HEADS = ("نادي", "قرية", "بلدة", "مدينة")


@cache
def _dual_name_heads() -> frozenset[str]:
    return frozenset(fold_word(w) for w in DUAL_NAME_HEADS)


def _named_duals(tokens: list[str]) -> frozenset[str]:
    """The definite words in ين/ان an article names with a head of DUAL_NAME_HEADS (glued و/ب/ل/ف kept off)."""
    heads = _dual_name_heads()
    return frozenset(
        _bare_definite(tok) for prev, tok in pairwise(tokens)
        if tok.endswith(("\u064a\u0646", "\u0627\u0646")) and _bare_definite(tok).startswith("\u0627\u0644")
        and (prev in heads or (prev[:1] in "\u0648\u0628\u0644\u0641" and prev[1:] in heads)))


def _paired_people(tokens: list[str], plain_gap: Callable[[int], bool]) -> dict[int, str]:
    """The definite words in ين right before two people named and joined by و (مقتل الصحفيين التونسيين سفيان
    الشورابي ونذير القطاري، والمساعدين يوسف الشمري وجمعة البوراشد), one adjective in ين between allowed: their
    token index and singular. Each person opens on a first name (``_name_word``); the second person's name ends the
    phrase (a stop or a particle after it), so a list of three is no pair. Only there: the same word elsewhere in the
    article may be the plural (اللاعبين)."""
    out: dict[int, str] = {}
    n = len(tokens)
    for i, tok in enumerate(tokens):
        word = _bare_definite(tok)
        if not word.startswith("\u0627\u0644") or not word.endswith("\u064a\u0646") or len(word) < 7 \
                or word in _frozen_duals() or word in _function_words() \
                or (i and _bare_definite(tokens[i - 1]).startswith("\u0627\u0644") and tokens[i - 1].endswith("\u064a\u0646")):
            continue  # (التونسيين after الصحفيين: the adjective of the pair)
        k = i + 1
        if k < n and plain_gap(i) and _bare_definite(tokens[k]).startswith("\u0627\u0644") and tokens[k].endswith("\u064a\u0646"):
            k += 1  # التونسيين
        if k >= n or not plain_gap(k - 1) or not _name_word(tokens[k]):
            continue
        m = next((m for m in range(k + 1, min(k + 4, n)) if tokens[m][:1] == "\u0648"), None)
        if m is None or len(tokens[m]) < 3 or not all(plain_gap(j) for j in range(k, m)) \
                or any(t in _function_words() for t in tokens[k:m]) or tokens[m][1:] in _function_words() \
                or tokens[m][1:3] == "\u0627\u0644" or number_word(tokens[m][1:]) is not None \
                or not (_name_word(tokens[m][1:]) or _name_word(tokens[m][1:], mined=False)
                        and m + 1 < n and tokens[m + 1].startswith("\u0627\u0644")):
            continue  # ونذير القطاري: a name the mining missed, before its family name in ال
        for e in range(m, min(m + 3, n)):
            if e > m and tokens[e][:1] == "\u0648":
                break  # a third name: a list
            if e + 1 >= n or not plain_gap(e) or tokens[e + 1] in _function_words():
                out[i] = word[2:-2]
                break
    return out


def _name_word(word: str, *, mined: bool = True) -> bool:
    """A first name (``mined``: one of the mined first names) the news writes bare more often than with ال (محمد،
    سفيان، نذير; not حزم: الحزم, nor رئيس)."""
    freq = _lexicon_freq()
    return (word in _first_names() or not mined) and freq.get("\u0627\u0644" + word, 0) < freq.get(word, 0)


def _prepositional_feminine_dual(tok: str) -> bool:
    """A feminine dual shape with a preposition glued (بتشكيلتين، لسيارتين): no adjective takes one, so
    it is no adjective of a dual before it (الشوطين بتشكيلتين). A root ب/ل (بسيطتين، بطاقتين) is told
    apart by the news lexicon: there the singular with the letter is the more frequent. Not ك: loanwords
    spelled with ا (كاميرتين) leave the lexicon no singular with the letter."""
    if tok[:1] not in ("\u0628", "\u0644") or feminine_dual(tok) is None:
        return False
    singular = fold_word(feminine_dual(tok) or "")
    freq = _lexicon_freq()
    return freq.get(singular[1:], 0) > freq.get(singular, 0)


def _lexicon_dual(tokens: list[str], i: int) -> str | None:
    """An indefinite word in ان/ين/تان/تين (clitic و ف ب ل ك glued) that the news lexicon shows
    to be the dual of a noun (``_lexicon_dual_word``). Not in construct (before a definite word); a
    nominative in ان not after a preposition nor a definite word joined by و (والهلال متفقان: a predicate)."""
    tok = tokens[i]
    if len(tok) < 5 or _bare_definite(tok).startswith("\u0627\u0644") or tok in _function_words() or number_word(tok) \
            or tok in _plurals_in_an() or tok in _first_names() or not tok.endswith(("\u0627\u0646", "\u064a\u0646")):
        return None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    prev = tokens[i - 1] if i else ""
    if (nxt.startswith("\u0627\u0644") and nxt not in _prepositions() and nxt not in _function_words()) or tok.endswith("\u064a\u0627\u0646") or prev.endswith("\u0647\u0645\u0627") \
            or prev in _name_links() or _name_cluster(tok) \
            or (len(prev) >= 5 and prev.endswith(("\u0627\u0646", "\u064a\u0646")) and prev not in _function_words()
                and not number_word(prev)):
        return None  # تونسيان، وهما معروفان، الطرفين متفقان، أبو سبعان، محورين مهمين، دراغان سيران: adjectives, names
    if tok.endswith("\u0627\u0646") and (prev in _prepositions() or tok[0] in "\u0628\u0644\u0643" or prev.startswith("\u0648\u0627\u0644")):
        return None  # في جيلان، بدوران: no nominative after a preposition; والانسجام مهمان: a predicate
    freq = _lexicon_freq()
    for glue in ("", "\u0648", "\u0641", "\u0628", "\u0644", "\u0643", "\u0648\u0628", "\u0648\u0644", "\u0641\u0628", "\u0641\u0644"):
        if not tok.startswith(glue) or (not glue and tok[0] in "\u0648\u0641\u0628\u0644\u0643"
                                        and freq.get(tok[1:], 0) > freq.get(tok, 0)):
            continue  # وادين: و and أدين (more frequent than the whole), not the dual of واد
        stem = _lexicon_dual_word(tok[len(glue):])
        if stem is not None:
            return stem
    return None


def _lexicon_dual_word(word: str, *, definite: bool = False) -> str | None:
    """The singular (folded) when the news lexicon shows the bare word in ان/ين/تان/تين to be the
    dual of a noun: its singular is frequent and often with ال (a noun, not a verb: تحملان), its
    definite feminine rare (not an adjective: كبيرين، مهمان, الكبيرة as common as الكبير), the form
    itself much rarer than the singular (not a name or a masdar in ان), the other case of the dual
    attested too (شخصان and شخصين), and for ين no sound plural in ون (مواطنون) nor a nisba (مصريين).
    For a word read after ال (``definite``) the singular may be frequent bare or definite (لص، اللص),
    the other case may be attested definite (اللصان), and the first-name test is left out: the mined
    first names hold common nouns (بلد) that take ال only as nouns."""
    freq = _lexicon_freq()
    if len(word) < 5 or word in _plurals_in_an() or word in _first_names() or word in _function_words():
        return None
    other = word[:-2] + ("\u064a\u0646" if word.endswith("\u0627\u0646") else "\u0627\u0646")
    stems = [word[:-2]]
    if word[-3] == "\u062a":
        stems.insert(0, word[:-3] + "\u0647")  # سيارتين -> سياره (folded ة)
    for stem in stems:
        definite_count = freq.get("\u0627\u0644" + stem, 0)
        count = max(freq.get(stem, 0), definite_count) if definite else freq.get(stem, 0)
        if len(stem) < 3 or count < LEXICON_DUAL_MIN or definite_count < LEXICON_DUAL_DEFINITE * freq.get(stem, 0) \
                or (not stem.endswith("\u0647") and freq.get("\u0627\u0644" + stem + "\u0647", 0) >= 0.5 * definite_count) \
                or freq.get(word, 0) > LEXICON_DUAL_RATIO * max(freq.get(stem, 0), 1) \
                or not (other in freq or (definite and "\u0627\u0644" + other in freq)) \
                or (stem in _first_names() and not definite):
            continue
        if not stem.endswith("\u0647") and word.endswith("\u064a\u0646") \
                and (word[:-2] + "\u0648\u0646" in freq or (definite and "\u0627\u0644" + word[:-2] + "\u0648\u0646" in freq)
                     or stem.endswith("\u064a")):
            continue  # مواطنين، مصريين: sound plurals
        return stem
    return None


# Definite duals that count nothing in the text: names, titles, the weekday, fixed phrases
# (خادم الحرمين الشريفين، بلاد الرافدين، رب العالمين، بر الوالدين).
FROZEN_DUALS = ("البحرين", "الحرمين", "الحرمان", "الرافدين", "النهرين", "الاثنين", "الإثنين", "العالمين", "الوالدين",
                "الوالدان", "الأبوين", "الحسين", "الحسنين", "القصرين", "القريتين", "العلمين",
                "الصديقين")  # (round 20) الصدّيقين "the righteous" of the formula (مع الشهداء والصديقين)
FEMININE_SINGULAR_MIN = 3  # the least count in the news lexicon of the singular in ة of a definite feminine dual
DEFINITE_OBLIQUE_MIN = 10  # the least count in the news lexicon of the oblique (المسعفين) of a definite word in ان
PARTICIPLE_MIN = 4  # a stem of م and at least three more letters is a participle's shape (مسلم، مختطف)


@cache
def _frozen_duals() -> frozenset[str]:
    return frozenset(fold_word(w) for w in FROZEN_DUALS)


def _listed_place(token: str, singular: str) -> bool:
    """The word (a glued particle off) is a country or city of the gazetteer, whose name only looks like a dual in
    ين/ان (فلسطين، برلين، بفلسطين، واليابان): no two of anything. Not when the singular it was read from is a word
    of the news (قصرين رومانيين، القريتين: the Tunisian and the Syrian towns' names are duals of قصر and قرية)."""
    # (imported here: the gazetteer loads only when a dual is read)
    from .places import link_place
    stem = fold_word(singular).removeprefix("\u0627\u0644")
    freq = _lexicon_freq()
    if freq.get(stem, 0) or freq.get("\u0627\u0644" + stem, 0):
        return False
    return any(link_place(word) is not None for word in {token[glued_prefix(token):], _bare_definite(token)})


def _definite_word_in_dual_ending(token: str) -> bool:
    """A definite word (clitics off) long enough to be a dual in ان/ين: الطرفين، الحربين."""
    word = _bare_definite(token)
    return word.startswith("\u0627\u0644") and len(word) >= 6 and word.endswith(("\u0627\u0646", "\u064a\u0646"))


def _place_read_as_two(bare: str, prev: str, vocab: frozenset[str]) -> bool:
    """A dual frozen in a place name read as a dual where the text plainly counts two: after كلا/كلتا
    (كلا القريتين), or, for a feminine dual (القريتين، the Syrian town), when the article also has the
    same noun's indefinite or construct dual (قريتي بشني والجرسين، قريتين): a feminine construct in تي
    is no nisba (علمي، قصري would be)."""
    if prev in _both():
        return True
    stem = bare[:-2]
    if not stem.endswith("\u062a") or len(stem) < 3:
        return False
    forms = (stem + "\u064a", stem + "\u064a\u0646", stem + "\u0627\u0646")
    return any(c + f in vocab for f in forms for c in ("", "\u0648", "\u0628", "\u0644", "\u0641"))


NAMED_PAIR_WORDS = 4  # tokens back from a dual participle to the و and first name of the second of a named pair


def _after_named_pair(tokens: list[str], i: int) -> bool:
    """The tokens right before ``i`` end a pair of names joined by و (ياسمين بن إبراهيم و نور الهباشي، ناصر الشمراني
    وسالم الدوسري): a definite dual participle right after them describes the pair already named, it counts no one."""
    for j in range(i - 1, max(-1, i - 1 - NAMED_PAIR_WORDS), -1):
        tok = tokens[j]
        if tok in _function_words() or number_word(tok) is not None:
            return False
        name = tokens[j + 1] if tok == "\u0648" and j + 1 < i else tok[1:] if tok[:1] == "\u0648" else None
        if name is not None:
            return name in _first_names() and j > 0 and (tokens[j - 1] in _first_names() or (j > 1 and (
                tokens[j - 2] in _first_names() or tokens[j - 2] in _name_links())))
    return False


def _definite_dual(tokens: list[str], i: int, vocab: frozenset[str], raw: str = "") -> str | None:
    """A definite dual of a counted noun (الطفلان، اللصين، والبلدين، للطرفين، كلا البلدين), the
    noun told by the same tests as an indefinite dual run on the word without ال: the lists and
    shapes (``dual_singular``, ``feminine_dual``, ``masdar_dual``) or the news lexicon
    (``_lexicon_dual_word``); else by the context: كلا/كلتا before, a dual verb, pronoun or relative
    after, a sukun on its ي (``raw``: والأمينيْن), two numbers after it (للفصلين 125 و127), its
    nominative in ان in the same article, or, for
    ان (no sound plural ends so), the singular in the same article. Not names and
    fixed phrases (البحرين، الحسين، خادم الحرمين، رب العالمين: the gazetteer and FROZEN_DUALS);
    not a participle's ين (المسلمين، المختطفين: a sound plural far
    more often) or a nisba's, not a word in ان far more frequent than its stem (الإسكان), a family
    name after a first name (إبراهيم البخيتان، أبو العينين), nor an adjective after a definite dual or
    plural (الحربين العالميتين، الحرمين الشريفين). The "two seas" reading of البحرين is left out."""
    tok = tokens[i]
    word = _bare_definite(tok)
    if not _definite_word_in_dual_ending(tok) or word in _function_words() or number_word(word[2:]) is not None:
        return None
    bare = word[2:]
    stem = bare[:-2]
    if number_word(stem) is not None:
        return None  # الخمسان: a family name on a number word
    prev = tokens[i - 1] if i else ""
    place = word in _frozen_duals() or gazetteers().single.get(word)
    if place and _place_read_as_two(bare, prev, vocab):
        place = False  # كلا القريتين، قريتي بشني والجرسين ... بين القريتين: two villages, not the Syrian town
    if bare in _first_names() or place or word in _dual_relatives() or _name_cluster(word) or prev in _name_links():
        return None  # الحسين، الأمين، البحرين، اللذان، أبو العينين: names and relatives
    nisba = _nisba_shape(bare) and dual_singular(bare) is None
    if i and (_dual_head(tokens, i - 1) or (tok.startswith("\u0627\u0644") and (
            _adjective_position(prev, nisba) or (nisba and _after_construct_dual(tokens, i))))):
        return None  # الحربين العالميتين، الموسمين الماضيين، مدينتي ... والطوارق الليبيتين: an adjective
    if bare.endswith("\u064a\u0646") and _paired_singular_adjectives(tokens, i):
        return stem  # المستويين الأمني والاقتصادي، المجالين السياسي والاقتصادي: one adjective for each of two
    if bare in _plurals_in_an() or bare in _masdars_in_an() or bare.endswith("\u064a\u0627\u0646") \
            or (bare.endswith("\u064a\u0646") and _sound_plural_likelier(stem)):
        return None  # البلدان، الطيران، الإيرانيان، السائقين، المؤتمرين
    freq = _lexicon_freq()
    feminine = feminine_dual(bare)
    if feminine is not None and freq.get("\u0627\u0644" + fold_word(feminine), 0) < FEMININE_SINGULAR_MIN:
        feminine = None  # الماقتين، القرتين: no definite noun in ة of that stem (a participle of a root in ت, a loanword)
    listed = dual_singular(bare) or feminine or masdar_dual(bare)
    if listed is not None:
        return listed
    if not tok.startswith("\u0648") and prev in _first_names() and prev not in _prepositions() \
            and prev not in _function_words():
        return None  # إبراهيم البخيتان، بدر السلطين: a family name after a first name
    if len(stem) < 2 or (bare.endswith("\u064a\u0646") and stem.endswith("\u064a")) or _own_word(bare):
        return None  # العاليين: a nisba's; الإسكان: a word of its own
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    nominative = (stem + "\u0627\u0646", "\u0627\u0644" + stem + "\u0627\u0646", "\u0648\u0627\u0644" + stem + "\u0627\u0646")
    if prev in _both() or nxt in _dual_relatives() or DUAL_SUKUN_RE.search(raw) or _two_labels_after(tokens, i) \
            or _dual_follows(tokens, i, _definite_word_in_dual_ending) or _two_named_after(tokens, i):
        return stem  # كلا البلدين، اللصين اللذين، اللصين دخلا
    if len(stem) < 3:
        return None  # الختان، الأمين، المكين (المكان): a stem of two letters is no evidence of a noun
    if word.endswith("\u064a\u0646") and any(w in vocab for w in nominative):
        return stem  # المسعفين ... المسعفان: no plural ends in ان
    participle = word.endswith("\u064a\u0646") and stem.startswith("\u0645") and len(stem) >= PARTICIPLE_MIN
    if not participle and _lexicon_dual_word(bare, definite=True) is not None:
        return stem
    if word.endswith("\u0627\u0646") and (any(w in vocab for w in (stem, "\u0627\u0644" + stem, stem + "\u064a\u0646", "\u0627\u0644" + stem + "\u064a\u0646"))
                                      or freq.get("\u0627\u0644" + stem + "\u064a\u0646", 0) >= DEFINITE_OBLIQUE_MIN):
        return stem  # الطفلان ... الطفل، المسعفان (المسعفين in the news): a nominative in ان of a noun
    return None


# Feminine elatives in ى (folded ي): adjectives of a broken plural (الشياطين الكبرى والصغرى), no nisbas.
FEMININE_ELATIVES = ("الكبرى", "الصغرى", "العظمى", "الوسطى", "القصوى", "الدنيا", "العليا", "السفلى", "الأخرى",
                     "الكبري", "الصغري", "العظمي", "الوسطي", "القصوي", "السفلي", "الاخري")
TAFIL_RE = re.compile("^\u062a[\u0621-\u064a]{2}\u064a[\u0621-\u064a]$")  # تحصين، تكوين: a masdar, no dual


def _paired_singular_adjectives(tokens: list[str], i: int) -> bool:
    """Two definite singular nisbas or ordinals joined by و right after the word (الأمني والاقتصادي، الأول
    والثاني): a plural takes plural adjectives (المسؤولين الأمنيين والعسكريين), so the word is a dual. Not
    a masdar تفعيل (التكوين الفكري والمهني) nor before feminine elatives (الشياطين الكبرى والصغرى)."""
    if i + 2 >= len(tokens) or TAFIL_RE.match(_bare_definite(tokens[i])[2:].lstrip("\u0644")):
        return False
    if {tokens[i + 1], tokens[i + 2][1:]} & _feminine_elatives():
        return False
    first, second = tokens[i + 1], tokens[i + 2]
    if not (first.startswith("\u0627\u0644") and second.startswith("\u0648\u0627\u0644")) \
            or first in _relatives() or second[1:] in _relatives():
        return False
    return all((w.endswith("\u064a") and len(w) >= 5) or _ordinal(w) for w in (first, second[1:]))


@cache
def _ma_conjunctions() -> frozenset[str]:
    return frozenset(fold_word(w) for w in MA_CONJUNCTIONS)


@cache
def _feminine_elatives() -> frozenset[str]:
    return frozenset(fold_word(w) for w in FEMININE_ELATIVES)


def _definite_construct(tokens: list[str], i: int, raw: str = "") -> str | None:
    """A masculine construct dual in ي before a definite complement (يومي السبت والأحد، ملكي البلدين،
    قطاعي الصحة والتعليم، يومي الإضراب): the stem a unit of time or a noun the news lexicon knows as
    dualled by the tests of a possessed dual (``_possessed_noun``: no sound plural, so ممثلي الطرفين،
    لاعبي الهلال والنصر are plurals), with two definite nouns joined by و after it, a definite dual as
    its complement, or, for a unit of time, any definite noun but an ordinal or first/last (يومي الأول:
    "my first day"). Not a word in ى (``raw``: ولدى، وحلى) or with a shadda (أُسمّي: a verb), a nisba
    after بشكل/بصورة (بشكل يومي), nor before an adjective (وهدفي الأساسي والتأهل: "my goal")."""
    tok = tokens[i]
    if i + 1 >= len(tokens) or not tok.endswith("\u064a") or _bare_definite(tok).startswith("\u0627\u0644") \
            or tok in _function_words() or number_word(tok) is not None or _name_over_noun(tok) \
            or tok in _not_construct() or (tok[:1] in "\u0648\u0628\u0644\u0641" and tok[1:] in _not_construct()) \
            or (raw.rstrip(DIACRITICS).endswith("\u0649") and not tok.endswith("\u062a\u064a")) or SHADDA in raw \
            or (i and tokens[i - 1] in _manner_heads()):
        return None
    nxt = tokens[i + 1]
    if not nxt.startswith("\u0627\u0644") or nxt in _function_words() or nxt in _relatives():
        return None
    after = tokens[i + 2] if i + 2 < len(tokens) else ""
    for glue in ("", "\u0648", "\u0628", "\u0644"):
        stem = tok[len(glue):-1]
        if not tok.startswith(glue) or len(stem) < 2:
            continue
        time = stem in _time_units()
        if time and nxt in _calendar_names():
            return None  # يومي السبت والأحد، شهري يناير وفبراير: the dual names the dates after it, a date itself
        dual = nxt.endswith("\u064a\u0646") and not nxt.endswith("\u064a\u064a\u0646") and _definite_word_in_dual_ending(nxt) \
            and nxt not in _frozen_duals()  # ملكي البلدين (not قتلى الحوثيين: a nisba's plural)
        listed = dual_singular(stem + "\u064a\u0646") is not None and not glued_prefix(stem + "\u064a\u0646")  # (not و + طنين)
        pair = after.startswith("\u0648\u0627\u0644") and len(after) > 4 and not (nxt.endswith("\u064a") and len(nxt) > 4)  # يومي السبت والأحد (not الأساسي)
        share = float("inf") if dual else PAIR_NISBA_SHARE if pair else None  # (ملكي البلدين: no nisba before a dual)
        if not (time or listed or _possessed_noun(stem, nisba_share=share)):
            continue
        if pair or dual or (time and not _ordinal(nxt) and nxt not in _firsts_lasts()) \
                or (not time and _single_complement(stem, nxt)):
            return stem
    return None


QUOTED_PAIR_RE = re.compile("\\s*[\"\u00ab\u201c\u201d\u2033][^\"\u00ab\u00bb\u201c\u201d\u2033\n]{1,40}[\"\u00bb\u201c\u201d\u2033]"
                            "\\s*\u0648\\s*[\"\u00ab\u201c\u201d\u2033]")


def _quoted_pair_construct(tokens: list[str], i: int, folded: str, spans: list[tuple[int, int]], raw: str) -> str | None:
    """A construct dual in ي or تي right before two quoted names joined by و (سحب إجازتي "راديو كامبيس" و"الحرية
    اف ام"، لنظامي "ويندوز 7" و"ويندوز 8"): two of a noun the news often writes definite, the clitics before it
    off; not a participle's or a sound plural's ي (لاعبي "الهلال" و"النصر": players), a word in ى (``raw``: مرضى
    "السرطان" و"الزهايمر"), a verb or a number."""
    tok = tokens[i]
    if not tok.endswith("\u064a") or raw.rstrip(DIACRITICS).endswith("\u0649") or i + 1 >= len(tokens) or _verb_shape(tok) or number_word(tok) is not None \
            or tok in _function_words() or not QUOTED_PAIR_RE.match(folded, spans[i][1]):
        return None
    freq = _lexicon_freq()
    for glue in ("", "\u0648", "\u0628", "\u0644", "\u0641", "\u0643", "\u0648\u0628", "\u0648\u0644"):
        stem = tok[len(glue):-1]
        if not tok.startswith(glue) or len(stem) < 3 or stem.startswith("\u0627\u0644"):
            continue
        noun = stem[:-1] + "\u0647" if stem.endswith("\u062a") else stem
        participle = not stem.endswith("\u062a") and ((stem[0] == "\u0645" and len(stem) >= PARTICIPLE_MIN)
                                                      or (len(stem) == 4 and stem[1] == "\u0627") or _sound_plural_likelier(stem))
        if freq.get("\u0627\u0644" + noun, 0) >= QUOTED_PAIR_NOUN_MIN and not participle:
            return noun
    return None


QUOTED_PAIR_NOUN_MIN = 30  # the least count in the news lexicon of the definite noun before two quoted names


def _name_over_noun(token: str) -> bool:
    """A mined first name in ي (سامي، فهمي) read as a name before a definite word: not when the news has the noun
    before its ي, definite, many times more often than the word itself (ملفي الهجرة والمفقودين: الملف, not a name)."""
    freq = _lexicon_freq()
    return token in _first_names() and freq.get("\u0627\u0644" + token[:-1], 0) < NOUN_OVER_NAME * freq.get(token, 0)


NOUN_OVER_NAME = 10  # how many times the definite noun outnumbers the word in ي for the word to be its construct dual


def _nominative_masculine_construct(tokens: list[str], i: int) -> str | None:
    """A masculine construct dual in ا before two definite nouns joined by و (فريقا النصر والهلال، وزيرا الخارجية
    والدفاع): the nominative of what ``_definite_construct`` reads in ي (فريقي النصر والهلال), as
    ``_nominative_construct`` reads تا; not in تا, اا, an adverb (رسميا، أحيانا، أخيرا، بعضا), "our" (بلدينا) or a
    particle (أيضا), nor an accusative of specification after an elative (أكثرها تأثيرا، آخر الطيور وصولا)."""
    tok = tokens[i]
    if len(tok) < MIN_NOMINATIVE_CONSTRUCT or not tok.endswith("\u0627") \
            or tok.endswith(("\u062a\u0627", "\u0627\u0627", "\u064a\u0627", "\u0646\u0627")) \
            or tok in _function_words() or tok in _adverbs_in_a() or tok.removeprefix("\u0648") in _adverbs_in_a() \
            or (i and ELATIVE_RE.fullmatch(tokens[i - 1])) \
            or i + 2 >= len(tokens) or not tokens[i + 2].startswith("\u0648\u0627\u0644"):
        return None
    window = tokens[max(0, i - 1):i] + [tok[:-1] + "\u064a"] + tokens[i + 1:i + 3]
    return _definite_construct(window, min(i, 1))


MIN_NOMINATIVE_CONSTRUCT = 4  # a stem of three letters and its ا
# An elative, maybe with a pronoun (أكثرها، أقل، آخر، أشدهم), folded: its accusative noun after it specifies it.
ELATIVE_RE = re.compile("\u0627[^\u0627\u0648\u064a]{2,3}(?:\u0647\u0627|\u0647\u0645|\u0647\u0645\u0627)?|\u0627\u0648\u0644")
ADVERBS_IN_A = ("أخيرا", "أولا", "ثانيا", "بعضا", "جدا", "معا", "جميعا", "خصوصا", "عموما", "غالبا", "دائما", "أبدا",
                "مجددا", "مؤخرا", "سابقا", "لاحقا", "تماما", "فورا", "حالا", "وصولا")


@cache
def _adverbs_in_a() -> frozenset[str]:
    return frozenset(fold_word(w) for w in ADVERBS_IN_A)


def _attested_construct(tokens: list[str], i: int, vocab: frozenset[str], raw: str = "", quoted: bool = False) -> str | None:
    """A construct dual in ي whose definite dual the same article has and reads as a dual (قطاري ركاب ...
    القطارين اللذين، بين قريتي "بشني" ... كلتا القريتين، طرفي النزاع ... الطرفين): the pair the article
    speaks of, whatever the lexicon knows of the noun. Not a word whose ين is a sound plural (مسؤولي ...
    المسؤولين) or whose plural in و/ون the article has (حاملي ... حاملو), a participle's shape (فاعل، مفعل),
    a noun with a common nisba (نظامي، بحري، عقاري), a verb, a name or a word in ى; the complement a noun
    (``_construct_complement``), not a number or a dual that counts the pair itself (جثتي عنصرين)."""
    tok = tokens[i]
    if i + 1 >= len(tokens) or len(tok) < 4 or not tok.endswith("\u064a") or _bare_definite(tok).startswith("\u0627\u0644") \
            or tok in _function_words() or number_word(tok) is not None or tok in _first_names() or _verb_shape(tok) \
            or raw.rstrip(DIACRITICS).endswith("\u0649") or SHADDA in raw or (i and tokens[i - 1] in _name_heads()):
        return None
    if not _construct_complement(tokens[i + 1], quoted) or _counts_two(tokens[i + 1]) \
            or (i + 2 < len(tokens) and number_word(tokens[i + 2]) is not None):
        return None  # (جثتي عنصرين: the two are counted on the complement)
    for glue in ("", "\u0648", "\u0628"):
        stem = tok[len(glue):-1]
        if tok.startswith(glue) and _pair_in_article(tokens, stem, vocab):
            return stem[:-1] + "\u0647" if stem.endswith("\u062a") else stem
    return None


def _pair_in_article(tokens: list[str], stem: str, vocab: frozenset[str], shapes: bool = True) -> bool:
    """The article has the definite dual of ``stem`` and reads it as a dual (``_definite_dual``), and the
    stem is no participle or nisba whose ين would be a plural: not a sound plural more often than a dual
    in the news lexicon, no plural in و/ون in the article (حاملو), no common nisba (نظامي، بحري), and with
    ``shapes`` not the shapes فاعل and مفعل nor a stem of two letters."""
    if len(stem) < 2 or _sound_plural_likelier(stem) or any(stem + e in vocab for e in ("\u0648", "\u0648\u0646")) \
            or (shapes and (len(stem) < 3 or (stem[0] == "\u0645" and len(stem) >= PARTICIPLE_MIN and not stem.endswith("\u062a"))
                            or (len(stem) == 4 and stem[1] == "\u0627"))):
        return False
    freq = _lexicon_freq()
    nisba = sum(freq.get(w, 0) for w in (stem + "\u064a\u0647", "\u0627\u0644" + stem + "\u064a\u0647", "\u0627\u0644" + stem + "\u064a"))
    if nisba > PAIR_NISBA_SHARE * max(freq.get(stem, 0), freq.get("\u0627\u0644" + stem, 0)):
        return False
    duals = ("\u0627\u0644" + stem + "\u064a\u0646", "\u0627\u0644" + stem + "\u0627\u0646")
    return any(_bare_definite(t) in duals and _definite_dual(tokens, j, vocab) is not None for j, t in enumerate(tokens))


def _attested_oblique(tokens: list[str], i: int, vocab: frozenset[str]) -> str | None:
    """An indefinite word in ين whose definite dual the same article reads as a dual (ضبط لصين ... اللصين
    اللذين، مسدسين ... المسدسين كانا، حكمين ... الحكمين): a dual the lexicon need not know, of any shape
    (the article's dual is the evidence), not after a number (ثلاثة فنانين), a name, a word glued to ل
    (للصين: the country) or one of ``_pair_in_article``'s plurals."""
    tok = tokens[i]
    if len(tok) < 4 or not tok.endswith("\u064a\u0646") or _bare_definite(tok).startswith("\u0627\u0644") \
            or tok.startswith(("\u0644\u0644", "\u0643\u0627\u0644")) or tok in _function_words() or number_word(tok) is not None \
            or tok in _first_names() or _verb_shape(tok):
        return None
    prev = tokens[i - 1] if i else ""
    if prev[:1].isdigit() or number_word(prev) is not None:
        return None
    for glue in ("", "\u0648", "\u0628"):
        stem = tok[len(glue):-2]
        if tok.startswith(glue) and stem not in _first_names() and _pair_in_article(tokens, stem, vocab, shapes=False):
            return stem
    return None


def _construct_complement(nxt: str, quoted: bool) -> bool:
    """A word that may complete a construct dual read from its article: a quoted name, an indefinite noun
    (``_indefinite_complement``: ركاب), or a definite noun of no adjective's shape (النزاع، اللقاء; not
    the فاعل، فعيل، مفعل or nisba shapes of "my X" + adjective: صديقي الفاضل، فريقي المفضل، مدينتي الجميلة,
    nor an ordinal or first/last: فريقي الأول)."""
    word = _bare_definite(nxt)
    if len(word) < 3 or nxt in _function_words() or nxt[:1] == "\u0648" or _verb_shape(nxt) \
            or number_word(word.removeprefix("\u0627\u0644")) is not None:
        return False
    if quoted:
        return True
    if not word.startswith("\u0627\u0644"):
        return _indefinite_complement(nxt)
    if _ordinal(word) or word in _firsts_lasts():
        return False  # فريقي الأول: "my first team"
    bare = word[2:].removesuffix("\u0647")
    return len(bare) >= 3 and not bare.endswith("\u064a") and bare[:1] != "\u0645" \
        and not (len(bare) == 4 and bare[1] == "\u0627") and not (len(bare) == 4 and bare[2] == "\u064a")


def _single_complement(stem: str, nxt: str) -> bool:
    """(Round 21) A construct dual before one definite noun of the other gender (قطبي العاصمة، مباراتى الدور):
    the news lexicon knows the definite dual of the stem in ين (القطبين، المباراتين) at least
    ``DEFINITE_OBLIQUE_MIN`` times, and the word after cannot be an adjective of "my X", which would agree
    with X in gender (مدينتي الجميلة، فريقي المفضل: "my"; طرفي النزاع stays unread), nor a number."""
    freq = _lexicon_freq()
    if freq.get("\u0627\u0644" + stem + "\u064a\u0646", 0) < DEFINITE_OBLIQUE_MIN \
            or not _possessed_noun(stem, nisba_share=PAIR_NISBA_SHARE, own_ratio=ATTESTED_OWN_RATIO):
        return False
    word = nxt[2:]
    other_gender = stem.endswith("\u062a") != word.endswith("\u0647")  # (folded ة)
    return other_gender and len(word) >= 3 and not word.endswith(("\u064a", "\u064a\u0647")) \
        and nxt not in _firsts_lasts() and not _ordinal(nxt) and number_word(word) is None


# With its definite dual attested, a noun's word in ي is often that construct dual itself (قطبي 45, القطب
# 147): the share of the word in ي that makes it a word of its own is higher there.
ATTESTED_OWN_RATIO = 0.5


# Hijri months that may follow a day's number (14 رمضان، 8 ذي القعدة), by their first word; not صفر (a score's
# zero: 3 صفر) nor رجب (a name).
DAY_HIJRI_MONTHS = ("محرم", "شعبان", "رمضان", "شوال", "ذي", "ذو", "ربيع", "جمادى")


@cache
def _day_months() -> frozenset[str]:
    """First words of the months a day's number stands before, maybe after a glued و/ب/ل."""
    firsts = {m.split()[0] for m in GREGORIAN_MONTHS} | set(DAY_HIJRI_MONTHS)
    return frozenset(fold_word(g + m) for m in firsts for g in ("", "\u0648", "\u0628", "\u0644"))


def _month_after_day(tokens: list[str], k: int) -> bool:
    """Whether a month's name follows the number at ``k``, maybe through من (17 من أفريل، 14 رمضان)."""
    nxt = k + 2 if k + 2 < len(tokens) and tokens[k + 1] == "\u0645\u0646" else k + 1
    return nxt < len(tokens) and tokens[nxt] in _day_months()


@cache
def _calendar_names() -> frozenset[str]:
    """Weekdays and month names, as a time unit's construct dual may name them (يومي السبت والأحد)."""
    names = (*WEEKDAYS, *GREGORIAN_MONTHS, *HIJRI_MONTHS)
    return frozenset(fold_word(w) for n in names for w in (n, n if n.startswith("ال") else "ال" + n))


@cache
def _manner_heads() -> frozenset[str]:
    """Nouns a nisba of manner follows (بشكل يومي، بصورة يومية)."""
    return frozenset(fold_word(w) for w in ("بشكل", "بصورة", "بطريقة", "شكل"))


@cache
def _firsts_lasts() -> frozenset[str]:
    return frozenset(fold_word(w) for w in ("الأول", "الأولى", "الأخير", "الأخيرة", "الماضي", "المقبل", "القادم"))


def _two_named_after(tokens: list[str], i: int) -> bool:
    """(Round 21) Exactly two definite words or two numbers joined by و right after a definite word in ين,
    past one adjective in its ending (بين العملاقين السعوديين النصر والهلال، الغريمين التقليديين الأهلي والزمالك،
    الظهيرين الأيمن والأيسر، المربعين المتجاورين سبعة وثمانية): the pair it names, so a dual even where the
    news lexicon does not know the noun. Not a list of three (… وX), words in ين/ون/ات, a preposition's
    ال (بالـ، للـ), nor after a participle with no adjective between (لدى المقترضين القدرة والحافز: its
    object). Indefinite words are left out: a new sentence may open on و (للاعبين ميدانيا. وكان)."""
    if not tokens[i].endswith("\u064a\u0646"):
        return False  # (الفنان الراحل وبطريقة: a word in ان is often a noun of its own)
    j = i + 1
    if j < len(tokens) and _definite_word_in_dual_ending(tokens[j]) and tokens[j][-2:] == tokens[i][-2:]:
        j += 1  # العملاقين السعوديين
    stem = _bare_definite(tokens[i])[2:-2]
    if j == i + 1 and stem[:1] == "\u0645" and len(stem) >= PARTICIPLE_MIN:
        return False  # لدى المقترضين القدرة والحافز
    if j + 1 >= len(tokens) or not tokens[j + 1].startswith("\u0648") or len(tokens[j + 1]) < 3:
        return False
    first, second = tokens[j], tokens[j + 1][1:]
    numbers = all(w[0].isdigit() or number_word(w) is not None for w in (first, second))
    definite = all(w.startswith("\u0627\u0644") and len(w) > 3 and w not in _function_words() and w not in _relatives()
                   and not w.endswith(("\u064a\u0646", "\u0648\u0646", "\u0627\u062a")) for w in (first, second))
    if not (numbers or definite):
        return False
    third = tokens[j + 2] if j + 2 < len(tokens) else ""
    return not (third.startswith("\u0648") and len(third) > 2)  # (… وX وY: a list, not a pair)


def _two_labels_after(tokens: list[str], i: int) -> bool:
    """Two numbers joined by و right after the word (للفصلين 125 و127، المادتين 5 و6): the pair it names."""
    if i + 2 >= len(tokens) or not tokens[i + 1].isdigit() or tokens[i + 2][:1] != "\u0648":
        return False
    rest = tokens[i + 2][1:] or (tokens[i + 3] if i + 3 < len(tokens) else "")
    return rest.isdigit()


def _dual_head(tokens: list[str], k: int) -> bool:
    """Token k is a definite word in the same case ending as the definite word in ان/ين after it,
    which then agrees with it as an adjective (المسلمين الفلسطينيين، الحرمين الشريفين، البلدان
    الرئيسان، الاثنان الآخران); not a word in the other case (يعيد إلى الأذهان الحربين) nor a noun
    in ان of its own (حضر الإعلان المسؤولان)."""
    word, nxt = _bare_definite(tokens[k]), _bare_definite(tokens[k + 1])
    if word.startswith("\u0627\u0644") and number_word(word[2:]) is not None:
        return nxt.endswith("\u0627\u0646")
    if not _definite_word_in_dual_ending(tokens[k]) or word[-2:] != nxt[-2:]:
        return False
    return word.endswith("\u064a\u0646") or word[2:] in _plurals_in_an() or not _own_word(word[2:])


def _own_word(bare: str) -> bool:
    """A word in ان/ين far more frequent in the news than its stem: a noun of its own (إعلان،
    إسكان، مهرجان), not a dual of the stem."""
    freq = _lexicon_freq()
    stem = bare[:-2]
    return freq.get(bare, 0) > LEXICON_DUAL_RATIO * max(freq.get(stem, 0), freq.get("\u0627\u0644" + stem, 0), 1)


def _nisba_shape(bare: str) -> bool:
    """A dual in ين/ان (ال off) of a nisba: its stem ends in ي, or in يت before a feminine ending
    (السوريتين، الليبيتين)."""
    return bare[:-2].endswith("\u064a") or bare[:-3].endswith("\u064a") and bare[-3] == "\u062a"


def _adjective_position(prev: str, nisba: bool) -> bool:
    """After a dual or plural with a pronoun (نسختيه، جارتيها), or for a nisba after a definite word
    (its clitics off: والطوارق), a definite word with no clitic of its own is an adjective of what
    comes before: في نسختيه المقبلتين، جارتيها القريبتين، قبيلتي التبو والطوارق الليبيتين. (Any
    definite dual after a definite word would lose the object after a subject: أوقفت الشرطة الشابين.)
    Not after a particle or a preposition with its pronoun (فيها، عليهما: ويستخدم فيها الطرفان)."""
    if prev in _function_words() or prev in _prepositions() or number_word(prev) is not None:
        return False
    if nisba and _bare_definite(prev).startswith("\u0627\u0644"):
        return True
    for suffix in ("\u0647\u0645\u0627", "\u0647\u0627", "\u0647\u0645", "\u0647"):  # هما ها هم ه
        base = prev[:-len(suffix)]
        if prev.endswith(suffix) and len(base) >= 4 and base.endswith("\u064a") and base not in _prepositions() \
                and not prev.startswith("\u0627\u0644"):  # (التركية folds to التركيه: no pronoun)
            return True
    return False


def _after_construct_dual(tokens: list[str], i: int) -> bool:
    """A construct dual in تا/تي a few words before (شبكتا "…" و"…" الإخباريتين، مدينتي مارع
    وجرابلس السوريتين، شركتا سيمانتك وكاسبرسكي لاب الرائدتان): a nisba after its two names agrees
    with it, no second pair."""
    return any(len(t) >= 5 and not t.startswith("\u0627\u0644") and t not in _not_nominative_construct() and (
        construct_dual(t) is not None or _construct_shape(t) is not None
        or (t.endswith("\u062a\u0627") and feminine_dual(t + "\u0646") is not None)) for t in tokens[max(0, i - 10):i - 1])


def _sound_plural_likelier(stem: str) -> bool:
    """The news lexicon has the stem's sound plural in ون (bare or with ال) more than twice as
    often as its nominative dual in ان: a word in ين of it is read as that plural (السائقين،
    المؤتمرين، المصنعين), not a dual (اللصين: لصون 6, اللصان 3; اليدين)."""
    freq = _lexicon_freq()
    plural = freq.get(stem + "\u0648\u0646", 0) + freq.get("\u0627\u0644" + stem + "\u0648\u0646", 0)
    dual = freq.get(stem + "\u0627\u0646", 0) + freq.get("\u0627\u0644" + stem + "\u0627\u0646", 0)
    return plural > 2 * dual


@cache
def _both() -> frozenset[str]:
    return frozenset(fold_word(w) for w in ("كلا", "كلتا", "وكلا", "وكلتا", "لكلا", "لكلتا"))


# Definite numerals that stand for their noun (من الثلاثة، رفض الاثنان الآخران); the feminine
# forms without ة are left out (الست a lady, السبع a lion, العشر الأواخر), and العشرة (companionship).
STANDALONE_NUMERALS = ("الاثنان", "الاثنتان", "الثلاثة", "الأربعة", "الخمسة", "الستة", "السبعة", "الثمانية", "التسعة")


@cache
def _standalone_numerals() -> frozenset[str]:
    return frozenset(fold_word(w) for w in STANDALONE_NUMERALS)


# A unit numeral from three to nine in ت with a plural pronoun (ثلاثتهم، أربعتهن، خمستكم): "the N of them"; not
# ten (عشرتهم: also "their companionship").
NUMERAL_PRONOUN_RE = re.compile("[\u0648\u0628\u0644\u0641]?(\u062b\u0644\u0627\u062b|[\u0623\u0627]\u0631\u0628\u0639|"
                                "\u062e\u0645\u0633|\u0633\u062a|\u0633\u0628\u0639|\u062b\u0645\u0627\u0646\u064a|"
                                "\u062a\u0633\u0639)\u062a(?:\u0647\u0645|\u0647\u0646|\u0643\u0645|\u0646\u0627)")
NUMERAL_PRONOUN_ENDINGS = ("\u062a\u0647\u0645", "\u062a\u0647\u0646", "\u062a\u0643\u0645", "\u062a\u0646\u0627")  # تهم تهن تكم تنا


def _numeral_with_pronoun(token: str) -> int | None:
    """The value of a unit numeral with a plural pronoun (ثلاثتهم = 3, وأربعتهن = 4): a definite cardinal standing for
    the group, as ``من الثلاثة`` does; ``number_word`` reads the numeral without its pronoun suffix."""
    m = NUMERAL_PRONOUN_RE.fullmatch(token)
    read = number_word(m[1]) if m else None
    return int(read[2]) if read else None


def _definite_numeral(tokens: list[str], i: int) -> tuple[float, int] | None:
    """(value, last token) of a definite cardinal after its definite or possessed noun (الأيام الثلاثة،
    الدول الخمس، قطاعات السوق الخمسة عشر، اليوم الواحد، بناتها الثلاث), before its indefinite noun (الأربع
    سنوات، المئة عام: ``_definite_before_noun``), or standing for it (من الثلاثة، الاثنان الآخران), read on
    with the number reader (الثلاثة والسبعين، الأربعة آلاف). A unit first: a ten after a definite noun is
    an ordinal (القرن العشرين، الدورة الثلاثين) but an age after سن/عمر (سن الأربعين), and a hundred
    counts only after a plural in ات (السنوات المئة; الذكرى المئة is an ordinal); the ordinals (اليوم
    الثالث) are other words. الواحد only after a unit of time, measure or money or a price's noun (في اليوم
    الواحد: per day; للكيلو الواحد: per kilo; not العدو الواحد "one and the same"). Not the weekday الاثنين, a
    clock's الواحدة, الاثني عشرية."""
    word = _bare_definite(tokens[i])
    if not word.startswith("\u0627\u0644") or word in _frozen_duals():
        return None
    read = number_word(word[2:])
    if read is None or read[0] or read[1] not in ("unit", "ten", "hundred"):
        return None
    teen = i + 1 < len(tokens) and tokens[i + 1] in _teen_tails()
    if teen_two(word[2:]) and not teen:
        return None  # الاثني عشرية: a name
    if word[2:] in TEEN_ONES and not teen:
        return None  # اليوم الأحد، يوم الأحد: the weekday (one after its noun is الواحد; الأحد عشر is eleven)
    prev = tokens[i - 1] if i else ""
    if _coordinated_numeral(tokens, i):
        return read[2], i  # (round 21) السنوات الثلاث أو الأربع، الدول الخمس والست: a second numeral of the same noun
    after_noun = (_bare_definite(prev).startswith("\u0627\u0644") and prev not in _relatives()
                  and not _ordinal(_bare_definite(prev)) and number_word(_bare_definite(prev)[2:]) is None
                  and prev.removeprefix("\u0648") not in _clock_heads()) or _possessed_plural(prev)
    before_noun = _definite_before_noun(tokens, i, read[1])
    if read[1] != "unit" and (prev in _ordinal_heads() or prev.removeprefix("\u0648") in _numeral_name_heads()):
        return None  # القرن العشرين قطارا، مجموعة العشرين، شارع الأربعين: an ordinal or a name
    if read[1] == "ten" and not before_noun and prev.removeprefix("\u0648") not in _age_heads() \
            and not (_age_after(tokens, i) and prev != "\u0648"):
        return None  # القرن العشرين، الدورة الثلاثين: ordinals (not تجاوز السبعين من عمره: an age; في السادسة و الستين: an ordinal's tail)
    if read[1] == "hundred" and (not (before_noun or (after_noun and prev.endswith("\u0627\u062a")))
                                 or tokens[i].startswith("\u0628") or prev == "\u0641\u064a" or prev[:1].isdigit()):
        return None  # الذكرى المئة: an ordinal; 5 في المائة، 3 بالمئة: per cent
    if tokens[i].startswith("\u0648") and (_ordinal(prev) or prev in _firsts_lasts()):
        return None  # الثاني والعشرين: the tail of an ordinal
    if read[2] == 1 and _bare_definite(prev) == fold_word("الثانية") and word == fold_word("الواحدة"):
        after_noun = True  # في الثانية الواحدة: the second, a unit of time (no ordinal takes الواحدة)
    elif read[2] == 1 and (not after_noun or (fold_word(_bare_definite(prev)[2:]) not in _units_of_one()
                                              and not (i >= 2 and _per_unit_head(tokens[i - 2])))):
        return None  # العدو الواحد، روح الفريق الواحد: "one and the same"; اليوم الواحد، للكيلو الواحد: per unit
    if tokens[i].startswith("\u0648") and after_noun:
        return None  # حسن الصحبة والعشرة: a numeral after its noun takes no و
    of_month = i + 2 < len(tokens) and tokens[i + 1] == "\u0645\u0646" and _month_after_day(tokens, i)
    if not (after_noun or before_noun or word in _standalone_numerals() or read[1] != "unit" or of_month):
        return None  # (صيام الست من شوال: the days of a month, counted)
    rest = tokens[i + 1:]
    if rest and rest[0].startswith("\u0648\u0627\u0644") and number_word("\u0648" + rest[0][3:]) is not None:
        rest = ["\u0648" + rest[0][3:], *rest[1:]]  # الثلاثة والسبعين: the ten after و takes ال too
    run = read_number_run(tokens[:i] + [word[2:]] + rest, i) if read[2] > 1 else None
    return (run.value, run.last) if run is not None else (read[2], i)  # الخمسة عشر، الثلاثة والسبعين، الأربعة آلاف


# Words of a price or share before a noun and الواحد (تكلفة المرحلة الواحدة، حصة السهم الواحد، سعر القطعة الواحدة):
# the value per unit, so الواحد is one unit, not "one and the same".
PER_UNIT_HEADS = ("تكلفة", "كلفة", "سعر", "ثمن", "قيمة", "حصة", "نصيب", "وزن", "مساحة", "طول", "حمولة", "سعة", "إنتاج",
                  "انتاج", "دخل", "أجر", "راتب", "رسوم", "عائد", "ربح", "أرباح")


@cache
def _per_unit_heads() -> frozenset[str]:
    return frozenset(fold_word(g + w) for w in PER_UNIT_HEADS for g in ("", "و", "ب", "ل", "ف"))


def _per_unit_head(token: str) -> bool:
    """Whether ``token`` is a word of a price or share (تكلفة، حصة، بسعر) that makes الواحد after its noun one unit."""
    return token in _per_unit_heads()


OR_WORDS = ("أو", "و")


@cache
def _or_words() -> frozenset[str]:
    return frozenset(fold_word(w) for w in OR_WORDS)


def _coordinated_numeral(tokens: list[str], i: int) -> bool:
    """A definite unit or ten joined by و/أو to a definite numeral read as an amount right before it
    (السنوات الثلاث أو الأربع، المدن الخمس والست): the same noun counted another way. Not a ten
    after a unit (الثلاثة والعشرين: the number reader's) nor a word in ان/ين as a numeral's twin."""
    word = _bare_definite(tokens[i])
    if tokens[i].startswith("\u0648\u0627\u0644"):
        j = i - 1
    elif i >= 2 and tokens[i - 1] in _or_words() and tokens[i].startswith("\u0627\u0644"):
        j = i - 2
    else:
        return False
    read, first = number_word(word[2:]), _bare_definite(tokens[j])
    before = number_word(first[2:]) if first.startswith("\u0627\u0644") else None
    if read is None or read[0] or before is None or before[0] or read[1] not in ("unit", "ten") \
            or before[1] != read[1] or read[2] <= 2 or before[2] <= 2:
        return False
    return _definite_numeral(tokens, j) is not None


# Plurals of the units of time (الأربع سنوات، الخمسة أشهر).
TIME_PLURALS = ("سنوات", "أعوام", "أيام", "أشهر", "شهور", "ساعات", "دقائق", "أسابيع", "قرون", "عقود", "ليال", "مواسم")


@cache
def _time_plurals() -> frozenset[str]:
    return frozenset(fold_word(w) for w in TIME_PLURALS)


# Nouns a definite ten or hundred names rather than counts after (القرن العشرين، مجموعة العشرين، شارع المئة).
NUMERAL_NAME_HEADS = ("القرن", "قرن", "مجموعة", "شارع", "الشارع", "طريق", "الطريق", "حي", "جادة", "الدورة", "النسخة")


@cache
def _numeral_name_heads() -> frozenset[str]:
    return frozenset(fold_word(w) for w in NUMERAL_NAME_HEADS)


# Nouns of age before a definite ten (سن الأربعين، عمر الخمسين): the age, a cardinal, not an ordinal.
AGE_HEADS = ("سن", "عمر", "بسن", "لسن", "بعمر")


def _age_after(tokens: list[str], i: int) -> bool:
    """Whether من and the age (عمره، عمرها، العمر) follow the numeral at ``i`` (تجاوز السبعين من عمره)."""
    return i + 2 < len(tokens) and tokens[i + 1] == "\u0645\u0646" \
        and tokens[i + 2].removeprefix("\u0627\u0644").startswith("\u0639\u0645\u0631") and len(tokens[i + 2]) <= 6


@cache
def _age_heads() -> frozenset[str]:
    return frozenset(fold_word(w) for w in AGE_HEADS)


def _definite_before_noun(tokens: list[str], i: int, kind: str) -> bool:
    """A definite numeral of two or more before an indefinite noun it counts (الأربع سنوات، المئة عام،
    الخمسين عاما): the noun is a listed counted noun or a unit of time, or, after a ten or a hundred,
    an accusative in ا of a noun the news lexicon knows (الخمسين طفلا); not a particle, a glued
    preposition, a verb's shape or a number."""
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if kind != "unit" and (number_word(nxt) or ("", "", 0))[1] in ("scale_one", "scale_plural"):
        return True  # (round 21) الثمانين مليون نسمة: the number reader takes the scale on
    if not _is_noun(nxt) or nxt.startswith(("\u0627\u0644", "\u0644\u0644")) or nxt in _prepositions() or _glued_preposition(nxt):
        return False  # (بالذكرى الخمسين لوفاة: an ordinal before a prepositional phrase)
    if counted_singular(nxt) is not None or nxt in _time_plurals() or nxt.removesuffix("\u0627") in _time_units():
        return True
    if _verb_shape(nxt) or not nxt.endswith("\u0627"):
        return False  # (مجموعة العشرين مكافحة: no accusative, no counted noun)
    freq = _lexicon_freq()
    return kind != "unit" and freq.get("\u0627\u0644" + nxt[:-1], 0) >= POSSESSED_NOUN_MIN  # الخمسين طفلا


def _possessed_plural(prev: str) -> bool:
    """A noun with a pronoun before a definite numeral (أبناؤه الثلاثة، بناتها الثلاث، أسرته الخمسة): the
    noun without the pronoun (ؤ/ئ as ء, ت as ة) is a definite noun of the news lexicon."""
    for suffix in ("\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0646", "\u0647\u0627", "\u0647"):
        if prev.endswith(suffix) and len(prev) - len(suffix) >= 3 and prev not in _function_words() \
                and prev not in _prepositions():
            stem = prev[:-len(suffix)]
            freq = _lexicon_freq()
            if suffix == "\u0647" and freq.get(prev, 0) > freq.get("\u0627\u0644" + stem, 0):
                return False  # قائمة (folded قائمه): a noun in ة, no pronoun
            if stem[-1] in "\u0624\u0626":
                stem = stem[:-1] + "\u0621"  # أبناؤه: الأبناء
            elif stem[-1] == "\u062a" and not stem.endswith("\u0627\u062a"):
                stem = stem[:-1] + "\u0647"  # أسرته: الأسرة (folded); بناتها: البنات
            return _lexicon_freq().get("\u0627\u0644" + stem, 0) >= POSSESSED_NOUN_MIN
    return False


@cache
def _time_units() -> frozenset[str]:
    return frozenset(fold_word(w) for w in TIME_UNITS)


def _verb_after_laysa(tok: str, obj: str) -> bool:
    """لست/ولست before a first-person verb (ولست أدرك، لست أدري) is "I am not", not ل + ست: the
    word after it is a verb whose third person (يدرك) the news lexicon knows well."""
    word = fold_word(obj)
    if not tok.endswith("\u0644\u0633\u062a") or word[:1] != "\u0627" or len(word) < 3:  # لست، ا
        return False
    return _lexicon_freq().get("\u064a" + word[1:], 0) >= LEXICON_DUAL_MIN


def _fraction_of_counted(last: Amount, tokens: Sequence[str], i: int, end: int) -> bool:
    """The amount read last is the whole number (no scale word: not بمليون ريال ونصف) of token i - 2, and
    token i - 1, the noun it counts, stands between it and the fraction token i (خمس سنوات ونصف)."""
    return last.end == end and last.object is not None and fold_word(last.object) == tokens[i - 1] \
        and last.value.is_integer() and not (number_word(tokens[i - 2]) or ("", "", 0))[1].startswith(("scale", "approx"))


def _plural_shape(word: str) -> bool:
    """A folded word shaped as a plural a number from three to ten counts: sound feminine (سنوات، مباريات),
    or broken in the shapes فعائل/مفاعل (جوائز، دقائق، مدارس) and فعايا (قضايا)."""
    return word.endswith(("\u0627\u062a", "\u0627\u064a\u0627")) or (
        len(word) == 5 and word[2] == "\u0627" and not word.endswith("\u0627"))


def _laysa(tok: str, obj: str) -> bool:
    """لست/ولست/فلست before a word no plural (لست قلقا، لست هنا، لست بصدد، لست من أعداء): "I am not";
    ل + ست counts a plural (لست سنوات، لست جوائز)."""
    return tok in ("\u0644\u0633\u062a", "\u0648\u0644\u0633\u062a", "\u0641\u0644\u0633\u062a") \
        and not _plural_shape(fold_word(obj))


def _glued_preposition(word: str) -> bool:
    """ب/ل glued to a word the news lexicon knows better without it (بترشيد، لتحسين): a
    prepositional phrase, which no construct noun takes as its complement, so the ي before it is
    "my" (حول مطالبتي بترشيد الاستهلاك وللفقراء), not a construct dual (not جبهتي بلة والعند)."""
    freq = _lexicon_freq()
    return word[:1] in ("\u0628", "\u0644") and len(word) > 3 and freq.get(word[1:], 0) > 2 * max(freq.get(word, 0), 1)

