"""Titles, offices and institutions (الرئيس، وزير، وزارة) that head a speaker or stand for one.
"""

from __future__ import annotations

from functools import cache, lru_cache

from .tokens import WORD_CACHE, _f

# People's titles and offices (الرئيس، العقيد، حارس مرمى): peeled off to reach the name.
PERSON_TITLES = (
    "الرئيس", "رئيس", "رئيسة", "وزير", "وزيرة", "الوزير", "الوزيرة", "قائد", "القائد",
    "الناطق", "الناطقة", "ناطق", "المتحدث", "المتحدثة", "متحدث", "متحدثة", "باسم", "الجنرال",
    "العميد", "اللواء", "العقيد", "المقدم", "الرائد", "النقيب", "الشيخ", "الأمير", "الملك",
    "العاهل", "السفير", "سفير", "مدير", "المدير", "مديرة", "الأمين", "أمين", "نائب", "النائب",
    "مساعد", "المستشار", "مستشار", "زعيم", "الزعيم", "الدكتور", "د", "م", "السيد", "السيدة",
    "الأستاذ", "المهندس", "ولي", "العهد", "المرشد", "المبعوث", "مبعوث", "الممثل", "ممثل",
    "مندوب", "المندوب", "عضو", "المحلل", "الخبير", "القيادي", "المفتي", "مفتي", "محافظ", "المحافظ",
    "حاكم", "الحاكم", "أمير", "خارجية", "دفاع", "داخلية", "عام", "العام",
    "المسؤول", "مسؤول", "قائدة", "الإعلامي", "الكاتب", "المحامي", "الداعية", "البابا",
    "المرشح", "مرشح", "زعيمة", "رئيسا", "الفريق", "المشير", "مفوض", "المفوض", "المديرة",
    "الرئيسة", "الدكتورة", "القنصل", "قنصل", "النائبة", "الكاتبة", "الصحفي", "الصحفية",
    "الناشط", "الناشطة", "ابن", "ابنة", "نجل", "نجلة", "شقيق", "شقيقة", "والد", "والدة", "زوجة",
    "أرملة", "منسق", "منسقة", "المنسق", "المنسقة", "مدرب", "المدرب", "لاعب", "اللاعب", "مدافع",
    "حارس", "مهاجم", "مشرف", "المشرف", "أستاذ", "أستاذة", "الأستاذة", "باحث", "الباحث", "باحثة",
    "الباحثة", "طبيب", "الطبيب", "طبيبة", "محام", "مهندس", "المهندسة", "المواطن", "المواطنة",
    "الفنان", "الفنانة", "المخرج", "المخرجة", "مخرج", "مخرجة", "الشاعر", "الروائي", "الإعلامية", "المعلق", "النجم", "المدافع",
    "الحارس", "المهاجم", "القاضي", "قاضي", "الدبلوماسي", "المحلل", "الخبيرة", "مراسل", "مراسلة",
    "المراسل", "المراسلة", "والي", "الوالي", "معتمد", "المعتمد", "الملازم", "ملازم", "الرقيب", "العريف",
    "صاحب", "عضوة", "وكيل", "الوكيل", "المدعي", "صانع", "ركن", "طيار", "مظلي", "متقاعد", "المتقاعد", "معالي", "سمو", "فضيلة", "سعادة",
    "سماحة", "كاتب", "مواطن", "مواطنة", "عميد", "عميدة", "العميدة", "خبير", "خبيرة", "العماد", "الأدميرال", "الأميرال", "المطران", "البطريرك", "الحاخام",
    # degrees written without the article before a name, as in translated news (الباحث الرئيسي دكتور تيم سميث)
    "دكتور", "دكتورة", "بروفيسور", "بروفيسورة", "بروفسور", "البروفيسور", "البروفيسورة", "البروفسور",
    "سكرتير", "سكرتيرة", "السكرتير", "السكرتيرة",
    # a coach's, a pilot's or a performer's title (الكابتن فلان)
    "الكابتن", "كابتن",
    # the feminine of offices in construct (نائبة وزير الخارجية فلانة)
    "نائبة", "مستشارة", "سفيرة", "مبعوثة", "مندوبة", "وكيلة", "مسؤولة",
    # a judge, a woman (قالت قاضية أمريكية إن، القاضية فلانة), as قاضي and مسؤولة: her nisba goes with her
    "قاضية", "القاضية",
    # users of social media quoted by their handle or first name (وقال المغرد فلان "…")
    "المغرد", "المغردة",
    # a university teacher, as the Tunisian press titles one (الجامعية فلانة، الجامعي والمحلل السياسي فلان)
    "الجامعي", "الجامعية",
    # the holder of a title, after a club's or a player's name (فلان حامل لقب الدوري)
    "حامل", "حاملة",
    # a woman's occupation in apposition or before her name (فلانة طالبة الطب، معلمة الرياضيات فلانة)
    "طالبة", "معلمة", "موظفة", "ممرضة", "ربة",
    # a specialist's title after or before a name (فلان اختصاصي أول علاج طبيعي، أخصائية التغذية فلانة)
    "اختصاصي", "الاختصاصي", "اختصاصية", "الاختصاصية", "أخصائي", "الأخصائي", "أخصائية", "الأخصائية",
    # an inspector's office after or before a name (فلان المفتش العام للشرطة، مفتشة التعليم فلانة)
    "مفتش", "المفتش", "مفتشة", "المفتشة",
    # a preacher in construct before his name (خطيب جمعة النجف فلان); not الخطيب, a family name too
    "خطيب",
    # a broadcaster before his or her name (المذيعة فلانة), as الإعلامي
    "المذيع", "المذيعة", "مذيع", "مذيعة",
    # a conductor before his name (وقال المايسترو فلان), as the broadcaster
    "المايسترو", "مايسترو",
    # a member of a senate, before or after the name (السناتور فلان، فلان السيناتور الجمهوري)
    "السيناتور", "السناتور", "سيناتور", "سناتور", "السيناتورة", "سيناتورة",
    # Western ranks written out, alone or heading a compound rank (الكولونيل فلان، اللفتنانت كولونيل فلان، الميجر
    # جنرال فلان); the rank's second word is dropped with the subject's tokens (regions.py)
    "الكولونيل", "كولونيل", "اللفتنانت", "لفتنانت", "الليفتنانت", "ليفتنانت", "الميجر", "ميجر", "الميجور", "ميجور",
    # a young man or woman before the name, as المواطن (وقال الشاب فلان إن، ويعتبر الشاب فلان العيد فرصة)
    "الشاب", "الشابة",
    # a deputy in Tunisian usage (أكد كاهية مدير ديوان الخدمات الجامعية فلان), as نائب
    "كاهية",
    # an elder addressed as "uncle" in a feature story, before his name (يحدثنا عنها العم فلان، يقول العم فلان)
    "العم",
    # a university's teaching assistant or lecturer, before or after the name (فلان المعيد في جامعة الملك عبدالعزيز)
    "المعيد", "معيد", "المعيدة", "معيدة", "المحاضر", "محاضر", "المحاضرة",
    # a reader writing to a column, as the elder above (والرسالة من الأخ فلان، ويقول الأخ فلان)
    "الأخ", "الأخت",
)
# Sources that speak without a name; words quoted after them are words said (في بيان "...").
SOURCES = ("بيان", "تقرير", "تقارير", "مصدر", "مصادر", "دراسة", "وسائل", "شهود", "مسؤولون", "مسؤولين", "بيانات", "إحصاءات")
# Institutions and places: heads of descriptions (شرطة منطقة باريس), never a name's start.
INSTITUTION_WORDS = (
    "منطقة", "محافظة", "ولاية", "مدينة", "بلدية", "جامعة", "مجلس", "وزارة", "شركة", "مؤسسة",
    "مستشفى", "مديرية", "دائرة", "قسم", "فرع", "شرطة", "حي", "قرية", "دولة", "حكومة", "سفارة",
    "قنصلية", "نقابة", "اتحاد", "غرفة", "محكمة", "معهد", "مدرسة", "كلية", "نادي", "فريق", "حزب",
    "الحزب", "جمعية", "منظمة", "هيئة", "مكتب", "إدارة", "مركز", "لجنة", "وكالة", "صحيفة", "قناة",
    "موقع", "جيش", "قوات", "جمرك", "إقليم", "بلدة", "مخيم", "مقاطعة", "إمارة", "تنظيم", "حركة",
    "جماعة", "فرق", "فرقة", "برنامج", "شبكة", "إذاعة", "تلفزيون", "محطة", "جهاز", "مرصد", "ديوان",
    "مفوضية", "رابطة", "ائتلاف", "تحالف", "كتلة", "جبهة", "خلية", "قيادة", "دار", "مصلحة", "سلطة",
    "بعثة", "وفد", "صندوق", "منتدى", "مجمع", "مطار", "ميناء",
    "مجلة", "جريدة",  # a magazine or paper as صحيفة (ذكرت مجلة "فوربس" الأمريكية أن، وأوردت جريدة "الشروق" أن)
    "راديو",  # a radio as إذاعة (وذكر راديو "صوت أمريكا" في نشرته أن)
    *SOURCES,
)
TITLE_WORDS = PERSON_TITLES + INSTITUTION_WORDS
# Offices and institutions whose next word is their complement (وزير خارجية روسيا).
CONSTRUCT_TITLES = (
    "رئيس", "خطيب", "وزير", "وزيرة", "قائد", "مدير", "أمين", "نائب", "ممثل", "مندوب", "مسؤول", "سفير",
    "عضو", "محافظ", "حاكم", "مساعد", "مستشار", "رئيسة", "مديرة", "قائدة", "مفوض", "قنصل", "حارس",
    "لاعب", "مدرب", "مدافع", "مهاجم", "منسق", "منسقة", "ابن", "ابنة", "نجل", "شقيق", "والد",
    "والدة", "زوجة", "أرملة", "مشرف", "باسم", "خارجية", "داخلية", "دفاع", "أستاذ", "أستاذة",
    "باحث", "باحثة", "مراسل", "مراسلة", "والي", "معتمد", "صانع", "عميد", "عميدة", "كاتب", "عام", "زعيم", "زعيمة",
    # nouns of a trade or a role, indefinite before the work or the one they belong to (مخرج أشهر أفلام الحركة)
    "مبعوث", "مرشح", "نجلة", "شقيقة", "طبيب", "طبيبة", "مخرج", "مخرجة", "قاضي",
    "وكيل", "عضوة", "خبير", "خبيرة", "سكرتير", "سكرتيرة", "نائبة", "مستشارة", "سفيرة", "مبعوثة", "مندوبة",
    "وكيلة", "مسؤولة", *INSTITUTION_WORDS,
)


@cache
def _titles() -> frozenset[str]:
    return frozenset(_f(w) for w in TITLE_WORDS)


@cache
def _agencies() -> frozenset[str]:
    """The first word of the wire agencies' names, which need no وكالة before them (فرانس برس، رويترز)."""
    return frozenset(_f(w) for w in ("فرانس", "رويترز", "أسوشيتد", "اسوشيتد", "أسوشيتيد", "أسوشييتد", "الأناضول",
                                     "إنترفاكس", "انترفاكس", "شينخوا", "سبوتنيك", "يونهاب", "كيودو", "بلومبرغ",
                                     "بلومبيرغ", "بلومبيرج"))


@cache
def _media() -> frozenset[str]:
    """Who an unnamed source speaks to (لمراسل، لوكالة): the end of its description."""
    return frozenset(_f(w) for w in ("مراسل", "مراسلة", "وكالة", "صحيفة", "قناة", "محطة", "موقع", "إذاعة", "راديو", "تلفزيون",
                                     "شبكة", "مجلة", "جريدة", "صحفيين", "صحافيين", "شبكات", "وكالات", "قنوات", "وسائل",
                                     "صحف"))  # (the plurals: لشبكات التلفزيون، لوسائل الإعلام)


@cache
def _sources() -> frozenset[str]:
    return frozenset(_f(w) for w in SOURCES)


@cache
def _construct_titles() -> frozenset[str]:
    return frozenset(_f(w) for w in CONSTRUCT_TITLES)


@cache
def _institutions() -> frozenset[str]:
    return frozenset(_f(w) for w in INSTITUTION_WORDS)


@cache
def _title_names() -> frozenset[str]:
    """Offices that are first names too, when a family name follows (مساعد، أمين), or begin one
    (الباجي قائد السبسي)."""
    return frozenset(_f(w) for w in ("مساعد", "أمين", "نائل", "قائد"))


@cache
def _honorifics() -> frozenset[str]:
    """His Eminence, His Highness...: a pronoun for the dignitary named before."""
    return frozenset(_f(w) for w in ("سماحته", "سموه", "معاليه", "فضيلته", "سعادته", "جلالته", "دولته"))


@cache
def _royal() -> frozenset[str]:
    return frozenset(_f(w) for w in ("الملك", "الأمير", "الشيخ", "الأميرة"))


@lru_cache(maxsize=WORD_CACHE)
def _is_title(tok: str) -> bool:
    """A title or office word, also with a glued preposition (بحزب، لوزارة)."""
    titles = _titles()
    return tok in titles or (tok[:1] in "\u0628\u0644\u0648" and tok[1:] in titles
                             and not (tok[:1] != "\u0648" and tok[1:] in _unglued_titles()))  # بحزب، لوزارة، ومدير


@cache
def _unglued_titles() -> frozenset[str]:
    """Titles that are no title after a glued ب or ل: بالشابة is the Tunisian town, للشاب "for the young man",
    بالعم a Tunisian family name."""
    return frozenset(_f(w) for w in ("الشاب", "الشابة", "العم"))


@cache
def _definite_titles() -> tuple[str, ...]:
    return tuple(sorted({w for w in map(_f, PERSON_TITLES) if w.startswith("\u0627\u0644") and len(w) >= 5},
                        key=len, reverse=True))


@lru_cache(maxsize=WORD_CACHE)
def _glued_title(tok: str) -> int:
    """Where a definite title glued to the next article-word ends (الوزيرالسوري -> 6), else 0."""
    if len(tok) < 9 or not tok.startswith("\u0627\u0644") or tok in _titles():
        return 0
    for title in _definite_titles():
        rest = tok[len(title):]
        if tok.startswith(title) and rest.startswith("\u0627\u0644") and len(rest) >= 4:
            return len(title)
    return 0


def _institution_head(tok: str) -> bool:
    """الوزارة، الشرطة، المرصد...: a body that speaks, not a person's name."""
    base = tok.removeprefix("\u0627\u0644")
    return base in _institutions() or tok in _institutions()


@cache
def _ranks() -> frozenset[str]:
    """Degrees and ranks, after which a nisba is a family name (الدكتور الشمري), not an adjective
    (الوزير السعودي)."""
    return frozenset(_f(w) for w in ("الدكتور", "الدكتورة", "الشيخ", "المهندس", "الأستاذ", "الأستاذة", "السيد",
                                     "السيدة", "اللواء", "العميد", "العقيد", "الفريق", "المقدم", "الرائد", "النقيب"))


def _person_title(tok: str) -> bool:
    """A title or office of a person, not an institution (بقيادة، للمملكة)."""
    bare = tok[1:] if tok[:1] in "\u0628\u0644\u0648" else tok  # one clitic: وزارة is no و + زارة, بلدية no ب + لدية
    return _is_title(tok) and not any(_institution_head(w) for w in (tok, bare, tok.lstrip("\u0628\u0644\u0648")))


@cache
def _office_stems() -> frozenset[str]:
    """Person titles (without the article) that a description may be headed by: المفتي، رئيس."""
    generic = {_f(w) for w in ("عام", "باسم", "ولي", "العهد", "خارجية", "دفاع", "داخلية", "السيد", "السيدة", "د",
                               "المواطن", "المواطنة", "مواطن", "مواطنة", "الشاب", "الشابة", "ابن", "ابنة", "شقيق", "شقيقة", "والد", "والدة", "زوجة",
                               "الأخ", "الأخت")}  # (ابن أخت الفقيد فلان: kin, no office)
    stems = {w.removeprefix("\u0627\u0644") for w in map(_f, PERSON_TITLES) if w not in generic}
    return frozenset(s for s in stems if len(s) >= 3) | {_f("مفتي")}


@lru_cache(maxsize=WORD_CACHE)
def _office(tok: str) -> bool:
    """A person's title or office (الرئيس، مفتي، رئيسة), not an institution."""
    base = tok.removeprefix("\u0627\u0644")
    return base in _office_stems() or (base[-1:] == "\u0647" and base[:-1] in _office_stems())  # القاضية


@cache
def _kin() -> frozenset[str]:
    """Heads of kinship in construct (والد الشهيد فلان، شقيقة المتوفاة): the name after them is the relative's."""
    return frozenset(_f(w) for w in ("والد", "والدة", "شقيق", "شقيقة", "نجل", "نجلة", "زوج", "زوجة", "أرملة", "ابنة"))
