"""Arabic number words: the vocabulary, and the reading of a run of tokens as one value.

The words are written as a reader spells them and folded (``streams.arabic.fold``) when the
tables are built, so they match the folded text the extractors scan. Values follow the
newsroom reading: approximate plurals (عشرات، مئات، آلاف) stand for their lower bound and
are flagged approximate; duals of counted nouns are 2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .matchform import fold_word

__all__ = [
    "DUAL_NOUNS",
    "TOKEN_RE",
    "NumberRun",
    "construct_dual",
    "counted_singular",
    "digit_value",
    "dual_may_be_adjective",
    "dual_singular",
    "feminine_dual",
    "glued_prefix",
    "masdar_dual",
    "number_word",
    "read_number_run",
    "teen_two",
]

# A token of the folded text: a digit group (with , or . separators, the Arabic comma some
# papers write as the decimal point: 46،2 = 46.2, or the wire services' ر between the decimals
# and the units: 6ر12 = 12.6) or an Arabic word.
TOKEN_RE = re.compile(r"\d+(?:[.,\u060c]\d+)*(?:\u0631\d+(?![.,]?\d))?|[\u0621-\u064a]+")
WIRE_DECIMAL = "\u0631"  # ر

UNITS: dict[str, int] = {
    "واحد": 1, "واحدة": 1, "واحدا": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    "ثلاث": 3, "ثلاثة": 3,
    "أربع": 4, "أربعة": 4,
    "خمس": 5, "خمسة": 5,
    "ست": 6, "ستة": 6,
    "سبع": 7, "سبعة": 7,
    "ثمان": 8, "ثماني": 8, "ثمانية": 8,
    "تسع": 9, "تسعة": 9,
    "عشر": 10, "عشرة": 10,
    "أحد": 1, "إحدى": 1,  # only inside teens (أحد عشر، إحدى عشرة)
}
TEEN_TENS = ("عشر", "عشرة")  # the second word of 11–19
TENS: dict[str, int] = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
HUNDREDS: dict[str, int] = {
    "مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
    "مئتا": 200, "مئتي": 200, "مائتا": 200, "مائتي": 200,
}
for _stem, _v in (("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("تسع", 9)):
    HUNDREDS[_stem + "مئة"] = _v * 100
    HUNDREDS[_stem + "مائة"] = _v * 100
    HUNDREDS[_stem + "ئة"] = _v * 100  # ثلثمئة-style spellings are rare; kept harmless
# Scale words: singular, dual, plural (counted plural after 3–10, approximate when alone).
SCALES: dict[str, tuple[int, str]] = {
    "ألف": (1000, "one"), "ألفا": (1000, "one"), "ألفان": (1000, "dual"), "ألفين": (1000, "dual"),
    "آلاف": (1000, "plural"), "آلافا": (1000, "plural"), "الآلاف": (1000, "plural"),
    "ألوف": (1000, "plural"), "الألوف": (1000, "plural"),  # the other plural of ألف (مئات الألوف)
    "مليون": (10**6, "one"), "مليونا": (10**6, "one"), "مليونان": (10**6, "dual"), "مليونين": (10**6, "dual"),
    "ألفي": (1000, "dual"), "مليوني": (10**6, "dual"), "ملياري": (10**9, "dual"),
    "ملايين": (10**6, "plural"), "الملايين": (10**6, "plural"),
    "مليار": (10**9, "one"), "مليارا": (10**9, "one"), "ملياران": (10**9, "dual"), "مليارين": (10**9, "dual"),
    "مليارات": (10**9, "plural"), "المليارات": (10**9, "plural"),
    "بليون": (10**9, "one"), "بليونا": (10**9, "one"), "بلايين": (10**9, "plural"),
    "تريليون": (10**12, "one"), "تريليونا": (10**12, "one"), "تريليونات": (10**12, "plural"),
    "التريليونات": (10**12, "plural"), "ترليون": (10**12, "one"), "ترليونات": (10**12, "plural"),
}
# Approximate plurals: "tens of", "hundreds of"; value is the lower bound.
APPROXIMATE: dict[str, int] = {
    "عشرات": 10, "العشرات": 10, "مئات": 100, "المئات": 100, "بضع": 3, "بضعة": 3,
}
FRACTIONS: dict[str, float] = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3, "ثلثي": 2 / 3, "ثلثا": 2 / 3}
# A fraction with a pronoun is a fraction of something named before (مدرسة نصفها للبنات، فازوا بثلثيها);
# ربعه is left out: "his folk" too.
for _frac in ("نصف", "ربع", "ثلث", "ثلثي"):
    for _pronoun in ("ه", "ها", "هم", "هما", "هن"):
        if _frac + _pronoun != "ربعه":
            FRACTIONS[_frac + _pronoun] = FRACTIONS[_frac]
# Single words that are numbers on their own but read as something else too often when
# they stand alone (ست "lady", سبع "lion", خمس "fifth", عشر "tenth", ثلث "third").
WEAK_ALONE = frozenset({"ست", "سبع", "خمس", "عشر", "ثمان", "ثلث", "ربع", "أحد", "إحدى", "واحد", "واحدة", "واحدا", "بضع", "ألفا", "مليونا", "مليارا"})

# Counted nouns whose dual is a number (مروحيتان، عامين); written singular.
DUAL_NOUNS = (
    "عام", "سنة", "شهر", "أسبوع", "يوم", "ساعة", "دقيقة", "ليلة", "قرن", "عقد",
    "مرة", "جولة", "دورة", "مرحلة", "شخص", "رجل", "امرأة", "طفل", "طفلة", "جندي",
    "شقيق", "شاب", "عنصر", "ضابط", "هدف", "سائق", "حارس", "ولد", "بنت", "فتاة", "ابن", "تلميذ",
    "طائرة", "مروحية", "دبابة", "سيارة", "مدرعة", "صاروخ", "قذيفة", "سفينة", "زورق", "قارب",
    "حافلة", "عبوة", "انفجار", "هجوم", "غارة", "منزل", "مبنى", "مدرسة", "مستشفى", "قرية",
    "مدينة", "دولة", "وزير", "نائب", "مقعد", "حزب", "فريق", "نقطة", "جائزة", "كيلومتر", "متر",
    "قتيل", "جريح", "سجين", "أسير", "رهينة", "رحلة", "حالة", "عملية", "شركة", "مشروع", "كتاب",
    "فرصة", "صفحة", "قطعة", "وحدة", "فرقة", "لجنة", "ميدالية", "مباراة", "ركلة", "بطاقة", "زيارة",
    "قمة", "جلسة", "دورية", "حافلة", "شاحنة", "مركبة", "كيلوغرام", "طن", "لتر", "برميل",
    "محافظة", "منطقة", "ولاية", "جهة", "بلدة", "بلدية", "مرحلة", "جولة", "ملف", "قضية", "دعوى", "ميل",
    "موسم", "شوط", "تاجر", "نادي", "حزام", "جزء", "عضو", "وفاة",
    # masculine nouns whose plural is broken, so that ين is only their dual
    "موقع", "مركز", "مسجد", "مطار", "مصنع", "حادث", "جسر", "طريق", "شارع", "مجلس", "نوع",
    "طرف", "قسم", "فرع", "لقاء", "اجتماع", "مؤتمر", "قرار", "اتفاق", "مقال", "تقرير", "بيان", "منصب",
    "خط", "باب", "برج", "نفق", "مخيم", "معسكر", "بيت", "قصر", "فندق", "معبر", "ميناء",
    "مدفع", "لغم", "جسم", "قطار", "مقاتلة", "عربة", "شهيد", "طابق", "راكب", "فرد", "حرب",
    "صديق", "خيار", "سؤال", "حل", "موقف", "صوت", "بند", "ركن", "فيلم", "جناح", "مقطع", "صندوق", "مكتب", "مطعم", "بنك", "جهاز", "برنامج", "مسلسل", "ملعب", "معبر", "مشعر",
    "مقر", "موضوع", "بئر", "معهد", "مقترح", "جنس",  # الجنسين: both sexes (أجناس)
    # events of a programme, plural in ات (ورشتي عمل، ندوتين، حلقتي نقاش); contests (مسابقتي الدوري والكأس)
    "ورشة", "ندوة", "حلقة", "مسابقة", "بطولة",
    # people and bodies with a broken plural (كهول، شيوخ، رضع، أعوان، جثث): ين is only their dual
    "كهل", "شيخ", "رضيع", "عون", "جثة",
    # currencies (من درهمين إلى 12 درهما، بدينارين)
    "دينار", "درهم", "دولار", "ريال", "جنيه", "يورو",
)
# People nouns with a sound plural in ين (مسلحين، لاعبين): only their nominative dual in ان is
# a number (مسلحان، متحدثان).
DUAL_NOMINATIVE_ONLY = (
    "مسلح", "مدني", "مواطن", "مقاتل", "لاعب", "صحفي", "موظف", "معتقل", "متحدث",
    "مهاجر", "مدرب", "مهندس", "معلم", "مسافر", "شرطي", "عسكري", "إرهابي", "قيادي",
    "مصاب", "ناشط", "محتج", "متظاهر", "مستوطن", "سائح", "مشجع", "مرشح", "مقيم", "باحث",
)
# Left out on purpose: nouns whose sound plural looks like the oblique dual (مدنيين،
# مواطنين، مسلحين، مقاتلين، صحفيين، لاعبين، معتقلين are plurals).
_DUAL_IRREGULAR = {"مبنى": ("مبنيان", "مبنيين"), "مستشفى": ("مستشفيان", "مستشفيين"),
                   "جزء": ("جزءان", "جزآن", "جزأين", "جزئين", "جزءين"),
                   # the definite dual drops the alif (المرأتين): its stem in اتين is no plural's
                   "امرأة": ("امرأتان", "امرأتين", "امرأتا", "مرأتان", "مرأتين")}
_NOT_DUAL = frozenset({"يومي", "عامي", "ميلان"})  # adjectives (يومي، عامي) and a club (إنتر ميلان)


def _f(word: str) -> str:
    return fold_word(word)


@cache
def _words() -> dict[str, tuple[str, float]]:
    """Folded number word -> (kind, value)."""
    table: dict[str, tuple[str, float]] = {}
    for w, v in UNITS.items():
        table[_f(w)] = ("unit", v)
    for w, v in TENS.items():
        table[_f(w)] = ("ten", v)
    for w, v in HUNDREDS.items():
        table[_f(w)] = ("hundred", v)
    for w, (v, form) in SCALES.items():
        table[_f(w)] = ("scale_" + form, v)
    for w, v in APPROXIMATE.items():
        table[_f(w)] = ("approx", v)
    for w, v in FRACTIONS.items():
        table[_f(w)] = ("fraction", v)
    return table


@cache
def _weak() -> frozenset[str]:
    return frozenset(_f(w) for w in WEAK_ALONE)


@cache
def _duals() -> dict[str, str]:
    """Folded dual form (nominative, oblique and construct) -> the singular as written."""
    table: dict[str, str] = {}
    for noun in DUAL_NOUNS:
        if noun in _DUAL_IRREGULAR:
            forms = _DUAL_IRREGULAR[noun]
        elif noun.endswith("\u0629"):  # ta marbuta -> ta
            stem = noun[:-1] + "\u062a"
            forms = (stem + "ان", stem + "ين", stem + "ا")
        else:
            forms = (noun + "ان", noun + "ين")
        for form in forms:
            table[_f(form)] = noun
    for w in _NOT_DUAL:
        table.pop(_f(w), None)
    for noun in DUAL_NOMINATIVE_ONLY:
        table[_f(noun + "ان")] = noun
    table[_f("آخران")] = "آخر"  # وأصيب آخران (the oblique آخرين is the plural too)
    table[_f("أخريان")] = "أخرى"
    table[_f("دورين")] = "دور"  # two floors or roles (أدوار): دوران is mostly "rotation", دوري a league
    return table


PREFIXES = ("و", "ب", "ل", "ف", "وب", "ول")


@cache
def _prefixed_words() -> dict[str, tuple[str, str, float]]:
    """Every number word, bare and with each glued prefix: one lookup per token."""
    table: dict[str, tuple[str, str, float]] = {}
    for word, (kind, value) in _words().items():
        table[word] = ("", kind, value)
        for p in PREFIXES:
            table.setdefault(p + word, (p, kind, value))
    return table


@cache
def _prefixed_duals() -> dict[str, str]:
    table: dict[str, str] = {}
    for word, noun in _duals().items():
        table[word] = noun
        for p in PREFIXES:
            table.setdefault(p + word, noun)
    return table


def number_word(token: str) -> tuple[str, str, float] | None:
    """``(prefix, kind, value)`` when the folded token is a number word, maybe with a
    conjunction or preposition glued on (وعشرون، بثلاثة)."""
    return _prefixed_words().get(token)


def glued_prefix(token: str) -> int:
    """How many letters of the token are a glued و/ب/ل/ف before a number word or dual."""
    if token[:1].isdigit() or token in _words() or token in _duals():
        return 0
    hit = number_word(token)
    if hit:
        return len(hit[0])
    for p in PREFIXES:
        if token.startswith(p) and token[len(p):] in _duals():
            return len(p)
    return 0


@cache
def _construct_duals() -> dict[str, str]:
    """The construct oblique of a counted noun in ة (محافظتي، مدينتي) -> the singular; it reads
    "my ..." too, so the caller asks for two named things after it."""
    table: dict[str, str] = {}
    for noun in DUAL_NOUNS:
        if noun.endswith("\u0629"):
            form = _f(noun[:-1] + "\u062a\u064a")
            table[form] = noun
            for p in PREFIXES:
                table.setdefault(p + form, noun)
    return table


def construct_dual(token: str) -> str | None:
    """The singular when the folded token is a construct dual in ة (لمحافظتي)."""
    return _construct_duals().get(token)


@cache
def _singulars() -> dict[str, str]:
    return {_f(noun): noun for noun in DUAL_NOUNS}


def counted_singular(token: str) -> str | None:
    """The noun as written when the folded token is an indefinite singular of a counted noun
    (متر، ساعة), maybe after a glued preposition: one of them, before a fraction (متر ونصف)."""
    for p in ("", *PREFIXES):
        if token.startswith(p) and token[len(p):] in _singulars():
            return _singulars()[token[len(p):]]
    return None


def dual_singular(token: str) -> str | None:
    """The singular noun when the folded token is the dual of a counted noun."""
    return _prefixed_duals().get(token)


@cache
def _nominative_only() -> frozenset[str]:
    return frozenset(_f(noun + "ان") for noun in DUAL_NOMINATIVE_ONLY)


def dual_may_be_adjective(token: str) -> bool:
    """A dual of a nisba or participle (عسكريان، عالميتين): after a word in ان/ين it agrees with
    that word as its adjective (تفجيران انتحاريان، حربين عالميتين)."""
    return token in _nominative_only() or (feminine_dual(token) is not None and dual_singular(token) is None)


# Feminine duals are known by their shape: a noun in ة has its sound plural in ات, so تين/تان
# after a stem of three letters or more is its dual (عربتين، مسرحيتان), whatever the noun. Not:
# names of lands and people (باكستان، مارتين، كريستين، روبنستين، زلاتان), broken plurals (بساتين، حيتان),
# words in وتين (بروتين، روتين), demonstratives (هاتين), plurals of adjectives whose root ends
# in ت (لافتين، ثابتين).
_FEMININE_DUAL_MIN = 6
_SHORT_FEMININE_DUAL_MIN = 5  # the oblique of a two-letter stem (فئتين، كرتين); not تان: بهتان
_VERB_PREFIXES = ("\u062a", "\u064a", "\u0646")  # a short form starting so is a masdar or verb (تمتين، نؤتين)


@cache
def _not_feminine_dual() -> tuple[str, ...]:
    return tuple(_f(w) for w in ("ستان", "اتين", "اتان", "وتين", "وتان", "هاتين", "هاتان", "حيتان", "نستين"))


@cache
def _not_feminine_dual_words() -> frozenset[str]:
    names = ("مارتين", "كريستين", "جوستين", "جاستين", "أوستين", "أوغستين", "فالنتين", "كونستانتين", "أرجنتين", "لاتين", "زلاتان",
             "زولتان", "كابتان", "لافتين", "ثابتين", "صامتين", "ميتين", "مؤقتين", "ميتروبوليتان")
    return frozenset(_f(w) for w in names)


def feminine_dual(token: str, *, short: bool = True) -> str | None:
    """The singular (in ة) when the folded token has the shape of a feminine dual (عربتين،
    وسيارتان, with a glued conjunction or preposition kept): the plural of such nouns is in ات.
    ``short=False`` leaves out the oblique of a two-letter stem (فئتين), e.g. to ask whether a word
    with و glued is "and" + a dual (وديتين after مباراتين is the adjective ودية)."""
    if not token.endswith(("\u062a\u064a\u0646", "\u062a\u0627\u0646")) or len(token) < (  # تين تان
            _SHORT_FEMININE_DUAL_MIN if short and token.endswith("\u062a\u064a\u0646") else _FEMININE_DUAL_MIN):
        return None
    if len(token) < _FEMININE_DUAL_MIN and token.startswith(_VERB_PREFIXES):
        return None
    if token.startswith("\u0627\u0644") or token.endswith(_not_feminine_dual()) or number_word(token):
        return None
    if token.startswith("\u0644\u0644") or any(token.startswith(p + "\u0627\u0644") for p in PREFIXES):
        return None  # والسيارتين، للمدينتين: definite
    if any(token[len(p):] in _not_feminine_dual_words() for p in ("", *PREFIXES) if token.startswith(p)):
        return None
    return token[:-3] + "\u0629"


# Verbal nouns name no people, so they have no plural in ين/ان: تفجيران، إضرابين، اجتماعين،
# استثمارين are duals. Patterns: تفعيل، إفعال، افتعال، انفعال، استفعال.
_L = "[\u0621-\u064a]"
_MASDAR_DUAL_RE = re.compile(
    f"(?:[\u0648\u0628\u0644\u0641])?"
    f"(\u062a{_L}{{2}}\u064a{_L}"  # تفعيل
    f"|\u0627{_L}{{2}}\u0627{_L}"  # إفعال
    f"|\u0627{_L}\u062a{_L}\u0627{_L}|\u0627\u0646{_L}{{2}}\u0627{_L}"  # افتعال، انفعال
    f"|\u0627\u0633\u062a{_L}{{2}}\u0627{_L})"  # استفعال
    f"(?:\u0627\u0646|\u064a\u0646)"
)


def masdar_dual(token: str) -> str | None:
    """The singular when the folded token is the dual of a verbal noun (تفجيران، إضرابين)."""
    m = _MASDAR_DUAL_RE.fullmatch(token)
    if m is None:
        return None
    stem = m.group(1)
    if stem.startswith(("\u0627\u0644", "\u0644\u0644")):
        return None  # والتأمين: the article, not إفعال
    root = stem[1:3] + stem[4] if stem[0] == "\u062a" else stem[-4:-2] + stem[-1]
    if any(c in "\u0627\u0648\u064a" for c in root):
        return None  # a weak root letter: not the pattern (تحيين، ايمان)
    return stem


def digit_value(token: str) -> float | None:
    """The value of a folded digit token: 1,250,000 / 1,716.34 / 2,804.130 (mixed thousands) /
    1.900.000 (dotted thousands) / 19.3 / 2,5 (decimal comma) / 6ر12 (12.6)."""
    token = token.replace("\u060c", ",")  # the Arabic comma between digits (46،2)
    if WIRE_DECIMAL in token:
        decimals, _, units = token.partition(WIRE_DECIMAL)
        return float(f"{units}.{decimals}") if decimals.isdigit() and units.isdigit() else None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d{3})?", token):
        return float(token.replace(",", "").replace(".", ""))  # 2,804.130: a last group set off by a dot, all thousands
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d{1,2}", token):
        return float(token.replace(",", ""))  # 184,716.34 / 184،716.34: comma thousands before a decimal point
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", token):
        return float(token.replace(".", ""))  # two dots or more: thousands, not decimals
    if token.count(".") + token.count(",") > 1:
        return None
    try:
        return float(token.replace(",", "."))
    except ValueError:
        return None


@dataclass(slots=True)
class NumberRun:
    """A number read from consecutive tokens ``[first, last]``."""

    first: int
    last: int
    value: float
    approximate: bool


def read_number_run(tokens: list[str], i: int) -> NumberRun | None:
    """Read the longest number phrase starting at token ``i`` of folded ``tokens``.

    Words join through the conjunction (ثلاثة وعشرون), teens and hundreds by adjacency
    (ثلاثة عشر، ثلاث مئة), and scale words multiply what precedes them (نصف مليون،
    3 آلاف، عشرات الآلاف). A run starting with a scale plural alone (آلاف) is approximate.
    A part joined by و after a scale ends before a scale as large (44 ألف و60 ألف: two numbers).
    """
    total = 0.0
    current = 0.0
    approximate = False
    last_kind = ""
    last_scale = 0.0
    teen_words = _teen_words()
    j = i
    n = len(tokens)
    loose_and = False  # a و written apart from the next number word (تسعة و ثلاثين)
    tail_at = -1  # where a part joined by و after a scale starts (ألف و500): a new number if a scale as large follows
    while j < n:
        tok = tokens[j]
        if tok[0].isdigit():
            if j != i:
                if tokens[j - 1] == "\u0648" and j - 2 >= i and last_kind.startswith("scale") and "fraction" not in last_kind:
                    v = digit_value(tok)  # 47 ألف و300: the و is its own token before digits
                    if v is not None and v < last_scale:
                        current, last_kind, tail_at = v, "digit", j - 1
                        j += 1
                        continue
                break
            v = digit_value(tok)
            if v is None:
                return None
            current, last_kind = v, "digit"
            j += 1
            continue
        hit = number_word(tok)
        if hit is None:
            if tok == "\u0648" and j > i and last_kind.startswith("scale") and j + 1 < n and tokens[j + 1][0].isdigit():
                j += 1
                continue
            after = number_word(tokens[j + 1]) if tok == "\u0648" and j > i and j + 1 < n and not loose_and else None
            if after is not None and not after[0] and after[1] in _LOOSE_AND_NEXT.get(last_kind[:5], ()):
                loose_and = True
                j += 1
                continue
            break
        prefix, kind, v = hit
        if j > i:
            joined = prefix == "\u0648" or loose_and
            loose_and = False
            if prefix and not joined:
                break
            if kind == "unit" and tok in teen_words and last_kind == "unit" and not joined:
                current += 10  # ثلاثة عشر
                last_kind = "teen"
            elif kind == "hundred" and v == 100 and last_kind == "unit" and not joined:
                current *= 100  # ثلاث مئة
                last_kind = "hundred"
            elif kind.startswith("scale") and not joined and not current and last_scale < v and total \
                    and (last_kind in ("scale_one", "scale_dual") or (last_kind == "scale_plural" and not approximate)):
                total *= v  # ألف مليون: a thousand millions
                last_scale, last_kind = v, kind
            elif kind.startswith("scale") and not joined and current and tail_at >= 0 and v >= last_scale:
                j, current = tail_at, 0.0  # 44 ألف و60 ألف، ثلاثة آلاف وخمسة آلاف: two numbers, not a sum
                break
            elif kind.startswith("scale") and not joined and current and tokens[j - 1].count(".") + tokens[j - 1].count(",") < 2:
                total += current * v  # (not 2.016.395 مليونين: the digits written out again)
                current, last_scale, last_kind = 0.0, v, kind
            elif kind == "fraction" and joined and last_kind.startswith("scale"):
                total += v * last_scale  # مليون ونصف
                last_kind = "fraction_tail"
                if j + 1 < n and (number_word(tokens[j + 1]) or ("", "", 0))[1:] == ("scale_one", last_scale):
                    j += 1  # ستة ملايين ونصف مليون: the half's own scale word, said again
            elif kind == "fraction" and joined and last_kind in ("unit", "ten", "teen", "digit"):
                current += v  # ثلاثة ونصف
                last_kind = "fraction_tail"
            elif joined and kind in ("unit", "ten", "hundred") and last_kind in (
                "unit", "ten", "hundred", "teen", "scale_one", "scale_dual", "scale_plural"
            ) and not (kind == "unit" and last_kind in ("unit", "teen", "ten")) and not (kind == "ten" and last_kind in ("ten", "teen")) \
                    and not (kind == "hundred" and last_kind in ("unit", "teen", "ten", "hundred")):  # خمس وثلاث سنوات: two numbers
                if last_kind.startswith("scale") and v >= last_scale:
                    break
                if last_kind.startswith("scale"):
                    tail_at = j - 1 if tokens[j - 1] == "\u0648" else j
                current += v
                last_kind = kind
            else:
                break
            j += 1
            continue
        if kind == "unit" and v == 2 and tok[len(prefix):] in _teen_twos():
            # اثنا / اثني (عشر) only head a teen: alone, أثنى is "praised"
            if j + 1 < n and tokens[j + 1] in teen_words:
                current, last_kind = 12.0, "teen"
                j += 2
                continue
            return None
        if kind == "unit" and v == 1 and tok[len(prefix):] in TEEN_ONES:
            # أحد / إحدى only as the first word of a teen or of a compound (إحدى وعشرين)
            if j + 1 < n and tokens[j + 1] in teen_words:
                current, last_kind = 11.0, "teen"
                j += 2
                continue
            tens = number_word(tokens[j + 1]) if j + 1 < n else None
            if tens is not None and tens[0] == "\u0648" and tens[1] == "ten":
                current, last_kind = 1.0, "unit"
                j += 1
                continue
            return None
        if kind.startswith("scale"):
            form = kind[6:]
            if form == "dual":
                total += 2 * v
            else:
                total += v
                approximate = form == "plural"
            last_scale, last_kind = v, kind
        else:
            current = v
            approximate = kind == "approx"
            last_kind = kind
        j += 1
    if j == i:
        return None
    return NumberRun(first=i, last=j - 1, value=total + current, approximate=approximate)


# What may follow a و written apart, by the kind of word before it: a unit takes its tens
# (تسعة و ثلاثين) or a half, a hundred or a scale what is smaller (مئة و عشرون، ألف و خمسمئة).
_LOOSE_AND_NEXT: dict[str, tuple[str, ...]] = {
    "unit": ("ten", "fraction"), "hundr": ("unit", "ten"), "scale": ("unit", "ten", "hundred"),
}


@cache
def _teen_twos() -> frozenset[str]:
    return frozenset(_f(w) for w in ("اثنا", "اثني", "اثنتا", "اثنتي"))


def teen_two(token: str) -> bool:
    """The folded token is the two of a teen (اثنا، اثني عشر), a number only with عشر after it."""
    return token in _teen_twos()


@cache
def _teen_words() -> frozenset[str]:
    return frozenset(_f(w) for w in TEEN_TENS)


TEEN_ONES = ("\u0627\u062d\u062f", "\u0627\u062d\u062f\u064a")  # احد، احدي (folded)


def is_weak_alone(token: str) -> bool:
    """True when the word is a number only in context (ست، سبع...)."""
    return token in _weak() or (len(token) > 2 and token[0] in "وبلف" and token[1:] in _weak())
