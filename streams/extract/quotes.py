"""Quotations: direct (“…”، «…»، "…") and reported (قال إن، أكد أن...), with their speakers.

A speech verb opens a quotation; the words between the verb and the complementizer
(إن، أن، إلى أن) or the opening quote mark hold the speaker. Titles are peeled off
(الرئيس التركي، وزير الدفاع الروسي، الجنرال) and appositions between commas are searched
for the name; when no name is there the description stands (الناطق باسم الوزارة).
A verb without a subject (وأضاف، قائلاً إنه) continues the last speaker; with no speaker yet, or one
of the other gender, it takes the subject of its sentence or of the one before (read whole: a dot
in 19.3 or uksacb.org ends no sentence), a body heading the main verb (دعت وزارة الخارجية ...،
مؤكدة) only when it agrees with the speech verb's gender. A subject may also stand before its verb
(لكن إياد البزم المتحدث باسم الوزارة قال). A speech verb inside words already reported indirectly,
whose subject opens those words (إن الفتى اعترف بأنه), opens no quotation of its own; قال/يقول
there does (أن عائلة عمر قالت إن), as dev gold marks it. على spelt with alef maksura, in an
article that writes في with ي, is the preposition, never the name علي. An aside after a bare verb
(وقالت كما نقلت عنها الوكالة) is neither its subject nor the next speaker; a relative clause on a
statement (تصريحات فلان التي أكد فيها أن) reports the statement's owner. A subject may open its
clause glued to و/ف (فالبعض يقول) or be a first name with its relative clause (سارة التي ... قالت).
A long office description written again word for word (مدير جامعة ... المكلف) names the person it was
first written with; a name in brackets after a title (الشاعر ( فلان )) is the name. A medium the text names
elsewhere, glued to ل after a name (سيف لفرانس برس), is spoken to; a nickname participle (الملقب) ends the
name; a report with a clause on its writer (تقرير كتبه فلان) speaks itself; an elative after a quoted name
(صحيفة "بليك" الأوسع انتشارا) describes it. قوله after a verb and its subject (وأضاف مورينيو قوله) is that
verb's quotation. المسؤول with a nisba is the office holder named before with that nisba (المسؤول الأمريكي);
a source opening a sentence (ووفق الناطق فلان فإن) is the subject of a bare verb after it. A short name
(بوتين) is expanded to the fuller form met elsewhere in the text, or to the canonical
form of an entity when entities are given (never one headed by a title word: ابن جولي is another person).
Addressees after ل (لزملائه، لعدد من، لفرانس برس), the one talked with (مع الإعلامي فلان), bylines (فلان- سبق-
الرياض:) and blessing formulas (حفظهم الله) are never speakers; a family name the text gives once with its first
name stands for the whole name (ودافع مورينيو عن ...، الوزير الحقيل).

A learned choice among speaker candidates (logistic regression over the subjects, the speakers met
before and the tagged names around the verb) was tried and not kept: it did not beat these rules on
dev out of fold nor on fresh hand-read sets (tests/gold/facts/README.md, "A learned choice").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice, takewhile

from ..records import Entity, Quote
from .matchform import fold_word, match_form
from .ner_lexicon import first_names as _first_names
from .ner_lexicon import lexicon

__all__ = ["CONTINUING_VERBS", "SPEECH_VERBS", "TITLE_WORDS", "find_quotes"]

LEFT_DOUBLE_QUOTE = "\u201c"
RIGHT_DOUBLE_QUOTE = "\u201d"
LEFT_GUILLEMET = "\u00ab"
RIGHT_GUILLEMET = "\u00bb"
QUOTATION_MARK = '"'
CLOSING: dict[str, str] = {
    LEFT_DOUBLE_QUOTE: RIGHT_DOUBLE_QUOTE,
    LEFT_GUILLEMET: RIGHT_GUILLEMET,
    QUOTATION_MARK: QUOTATION_MARK,
    RIGHT_DOUBLE_QUOTE: RIGHT_DOUBLE_QUOTE,  # ”…” as some sites write it
}
ARABIC_COMMA = "\u060c"

SPEECH_VERBS = (
    "قال", "قالت", "قالوا", "أكد", "أكدت", "أكدوا", "أضاف", "أضافت", "أضافوا", "أشار", "أشارت",
    "أعلن", "أعلنت", "شدد", "شددت", "أوضح", "أوضحت", "أفاد", "أفادت", "ذكر", "ذكرت", "صرح",
    "صرحت", "لفت", "لفتت", "نفى", "نفت", "رأى", "رأت", "كشف", "كشفت",
    "حذر", "حذرت", "يقول", "تقول", "اعترف", "اعترفت", "زعم",
    "زعمت", "أكّد", "أوضحوا", "ذكروا", "أعرب", "أعربت", "نوه", "نوهت",
    "يضيف", "تضيف", "يؤكد", "تؤكد", "استطرد", "أردف", "أردفت", "أفادوا", "أبرز", "أبرزت",
    "بينت", "بينوا", "أبان", "أبانت", "أورد", "أوردت", "أوردوا", "رجح", "رجحت", "رجحوا", "نقلت",
    "استطردت", "استدرك", "استدركت", "لاحظ", "لاحظت", "لاحظوا", "أشاروا", "شددوا", "أعلنوا",
    "حذروا", "كشفوا", "نفوا", "أكدا", "قالا",
    "ألمح", "ألمحت", "ألمحوا",  # hinted that (ألمحت مصادر ... أن)
    # duals (two people: حيث أكدتا خلال زيارتهما أن، وأوضحا أن)
    "أكدتا", "قالتا", "أوضحتا", "أضافتا", "أشارتا", "ذكرتا", "شددتا", "أوضحا", "أضافا", "أشارا", "شددا",
)
# Verbs that report speech only when the words follow at once (وتابع أن، وتابعت: "...", واختتم: "...").
CONDITIONAL_VERBS = ("تابع", "تابعت", "اختتم", "اختتمت", "ختم", "ختمت", "زاد", "زادت")  # وزاد: "…" (he added)
# Verbs of opinion that report words only through a complementizer right after a short subject
# (اعتبر الهاروني أن), never with a noun object (اعتبر الإصابة أمرا عاديا).
VIEW_VERBS = ("اعتبر", "اعتبرت", "اعتبروا",
              "نبه", "نبهت", "نبهوا")  # ونبه التقرير إلى أن (pointed out), not ونبهت الدراسة الآباء إلى ضرورة
# Participles that report more words of the subject already speaking (قائلاً إنه).
CONTINUING_VERBS = (
    "قائلا", "قائلة", "قائلين", "مضيفا", "مضيفة", "مبرزا", "مبرزة", "مؤكدا", "مؤكدة", "مشيرا", "مشيرة",
    "لافتا", "لافتة", "موضحا", "موضحة", "معتبرا", "معتبرة", "مشددا", "مشددة", "محذرا",
    "محذرة", "منوها", "منوهة", "معربا", "معربة", "مبينا", "مبينة", "ملفتا", "ملفتة", "مفيدا", "مفيدة", "كاشفا", "مذكرا", "مذكرة",
    "كاشفة", "موضحين", "مؤكدين", "مشيرين", "بالقول", "بقوله", "بقولها", "بقولهم", "ملاحظا",
    "متابعا", "مستدركا", "مستدركة", "مستطردا", "مستطردة", "مردفا", "مردفة",
    "مؤكدتين", "مشيرتين", "مضيفتين", "موضحتين", "قائلتين", "مضيفين", "مشددين",  # two women (مؤكدتين أن), two men or more
)
# His saying (نقلت القناة عن صديقه قوله إن): the speaker is the one after عن.
REPORTED_SAYINGS = ("قوله", "قولها", "قولهم", "قولهما")
QAWL = "\u0642\u0648\u0644"  # قول
QAL = "\u0642\u0627\u0644"  # قال، قالت، قالوا (folded)
SABAQA = "\u0633\u0628\u0642"  # سبق
KAMA = "\u0643\u0645\u0627"  # كما
# Verbs whose bare form (no subject) continues the last speaker.
COMPLEMENTIZERS = (
    "إن", "أن", "إنه", "أنه", "إنها", "أنها", "إنهم", "أنهم", "إنهما", "أنهما", "إننا", "أننا",
    "بأن", "بأنه", "بأنها", "بأنهم", "بأنهما", "بأننا", "إني", "أني", "إلى أن", "إلى أنه", "إلى أنها", "على أن", "على أنه",
    "عن أن", "أنّ", "إنّ",
    # the other pronouns of the third person it carries (مؤكدا أنهن، إلى أنهم)
    # (third persons only: a first or second person is mostly inside someone's direct words)
    "إنهن", "أنهن", "بأنهن", "إلى أنهم", "إلى أنهما", "إلى أنهن", "على أنها", "على أنهم",
    # إنّ with the first person after a third-person verb opens the speaker's own words (وأضاف إنني أخاطب),
    # like إننا and إني; أنني, which folds the same, stays out (ذكرتُ أنني: the writer; see _find_quotes)
    "إنني",
)
# People's titles and offices (الرئيس، العقيد، حارس مرمى): peeled off to reach the name.
PERSON_TITLES = (
    "الرئيس", "رئيس", "رئيسة", "وزير", "وزيرة", "الوزير", "الوزيرة", "قائد", "القائد",
    "الناطق", "الناطقة", "ناطق", "المتحدث", "المتحدثة", "متحدث", "متحدثة", "باسم", "الجنرال",
    "العميد", "اللواء", "العقيد", "المقدم", "الرائد", "النقيب", "الشيخ", "الأمير", "الملك",
    "العاهل", "السفير", "سفير", "مدير", "المدير", "مديرة", "الأمين", "أمين", "نائب", "النائب",
    "مساعد", "المستشار", "مستشار", "زعيم", "الزعيم", "الدكتور", "د", "م", "السيد", "السيدة",
    "الأستاذ", "المهندس", "ولي", "العهد", "المرشد", "المبعوث", "مبعوث", "الممثل", "ممثل",
    "مندوب", "المندوب", "عضو", "المحلل", "الخبير", "القيادي", "المفتي", "محافظ", "المحافظ",
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
    "صاحب", "عضوة", "وكيل", "الوكيل", "المدعي", "صانع", "ركن", "طيار", "معالي", "سمو", "فضيلة", "سعادة",
    "سماحة", "كاتب", "مواطن", "مواطنة", "عميد", "عميدة", "العميدة", "خبير", "خبيرة", "العماد", "الأدميرال", "الأميرال", "المطران", "البطريرك", "الحاخام",
    # degrees written without the article before a name, as in translated news (الباحث الرئيسي دكتور تيم سميث)
    "دكتور", "دكتورة", "بروفيسور", "بروفيسورة", "بروفسور", "البروفيسور", "البروفيسورة", "البروفسور",
    "سكرتير", "سكرتيرة", "السكرتير", "السكرتيرة",
    # a coach's, a pilot's or a performer's title (الكابتن فلان)
    "الكابتن", "كابتن",
    # the feminine of offices in construct (نائبة وزير الخارجية فلانة)
    "نائبة", "مستشارة", "سفيرة", "مبعوثة", "مندوبة", "وكيلة",
    # users of social media quoted by their handle or first name (وقال المغرد فلان "…")
    "المغرد", "المغردة",
    # a woman's occupation in apposition or before her name (فلانة طالبة الطب، معلمة الرياضيات فلانة)
    "طالبة", "معلمة", "موظفة", "ممرضة", "ربة",
)
# Sources that speak without a name; words quoted after them are words said (في بيان "...").
SOURCES = ("بيان", "تقرير", "تقارير", "مصدر", "مصادر", "دراسة", "وسائل", "شهود", "مسؤولون", "مسؤولين")
# Institutions and places: heads of descriptions (شرطة منطقة باريس), never a name's start.
INSTITUTION_WORDS = (
    "منطقة", "محافظة", "ولاية", "مدينة", "بلدية", "جامعة", "مجلس", "وزارة", "شركة", "مؤسسة",
    "مستشفى", "مديرية", "دائرة", "قسم", "فرع", "شرطة", "حي", "قرية", "دولة", "حكومة", "سفارة",
    "قنصلية", "نقابة", "اتحاد", "غرفة", "محكمة", "معهد", "مدرسة", "كلية", "نادي", "فريق", "حزب",
    "الحزب", "جمعية", "منظمة", "هيئة", "مكتب", "إدارة", "مركز", "لجنة", "وكالة", "صحيفة", "قناة",
    "موقع", "جيش", "قوات", "جمرك", "إقليم", "بلدة", "مخيم", "مقاطعة", "إمارة", "تنظيم", "حركة",
    "جماعة", "فرق", "فرقة", "برنامج", "شبكة", "إذاعة", "تلفزيون", "محطة", "جهاز", "مرصد", "ديوان",
    "مفوضية", "رابطة", "ائتلاف", "تحالف", "كتلة", "جبهة", "خلية", "قيادة", "دار", "مصلحة", "سلطة",
    "بعثة", "وفد", "صندوق", "منتدى", "مجمع",
    *SOURCES,
)
TITLE_WORDS = PERSON_TITLES + INSTITUTION_WORDS
# Offices and institutions whose next word is their complement (وزير خارجية روسيا).
CONSTRUCT_TITLES = (
    "رئيس", "وزير", "وزيرة", "قائد", "مدير", "أمين", "نائب", "ممثل", "مندوب", "مسؤول", "سفير",
    "عضو", "محافظ", "حاكم", "مساعد", "مستشار", "رئيسة", "مديرة", "قائدة", "مفوض", "قنصل", "حارس",
    "لاعب", "مدرب", "مدافع", "مهاجم", "منسق", "منسقة", "ابن", "ابنة", "نجل", "شقيق", "والد",
    "والدة", "زوجة", "أرملة", "مشرف", "باسم", "خارجية", "داخلية", "دفاع", "أستاذ", "أستاذة",
    "باحث", "باحثة", "مراسل", "مراسلة", "والي", "معتمد", "صانع", "عميد", "عميدة", "كاتب", "عام", "زعيم", "زعيمة",
    # nouns of a trade or a role, indefinite before the work or the one they belong to (مخرج أشهر أفلام الحركة)
    "مبعوث", "مرشح", "نجلة", "شقيقة", "طبيب", "طبيبة", "مخرج", "مخرجة", "قاضي",
    "وكيل", "عضوة", "خبير", "خبيرة", "سكرتير", "سكرتيرة", "نائبة", "مستشارة", "سفيرة", "مبعوثة", "مندوبة",
    "وكيلة", *INSTITUTION_WORDS,
)
# First names that begin like the article.
AL_NAMES = ("ألفة", "إلهام", "إلياس", "أليسا", "ألين", "إلسا", "الفت", "ألطاف",
            # Maghrebi first names carry the article (رئيس الحكومة الحبيب الصيد، الباجي قائد السبسي)
            "الحبيب", "الهادي", "الطاهر", "المنصف", "المنجي", "الباجي", "المولدي", "الشاذلي", "البشير", "المهدي")
# Names that fold like a preposition (علي / على): a name after a title or before بن.
AMBIGUOUS_NAMES = ("علي",)
TANWEEN_FATH = "\u064b"  # the accusative ending (ركوداً): an object, never a subject
NAME_SENTINEL = "\u0640"  # tatweel never survives folding, so it marks a re-read token
# Time words that may stand between the verb and its subject (أعلنت اليوم الثلاثاء السلطات).
TIME_LEADS = ("اليوم", "أمس", "مساء", "صباح", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
              "الجمعة", "السبت", "الماضي", "غدا", "ليلة", "فجر")
# Where the subject stops: adverbials of time, place, occasion, addressee.
STOP_WORDS = (
    "خلال", "في", "أمام", "لدى", "اليوم", "أمس", "مؤخرا", "عقب", "بعد", "أثناء", "عبر", "من",
    "مساء", "صباح", "يوم", "قبل", "ضمن", "وفق", "حسب", "بحسب", "لوكالة", "لصحيفة", "لقناة",
    "لموقع", "لتلفزيون", "لإذاعة", "لشبكة", "لمجلة", "لجريدة", "لمراسل", "لمراسلة", "للصحفيين", "لـ", "ل", "أيضا", "كذلك", "إثر", "حول", "على",
    "عن", "إلى", "بدوره", "بدورها", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
    "الجمعة", "السبت", "فيه", "فيها", "حيث", "وهو", "وهي", "الذي", "التي", "مع", "تعليقا",
    "ردا", "فيما", "بينما", "ثم", "لصحفيين", "لصحافيين", "للصحافيين", "لرويترز", "للصحافة", "لوسائل", "لها", "له", "لهم", "الذين", "اللذين", "اللتين", "اللواتي",
    "لي", "لنا", "حيال", "بشأن", "تجاه", "إزاء", "ضيف", "ضيفة", "نقلا", "فضل", "طالبا", "مفضلا", "رافضا", "وهو", "وهي",
    "قطعيا", "رسميا", "حاليا", "سابقا", "لاحقا", "شخصيا", "مجددا", "نهائيا", "صراحة", "علنا", "ضمنيا", "وقت", "عدم", "بسبب",
    "نتيجة", "جراء", "وفقا", "طبقا", "تبعا", "تعالى", "سبحانه", "دون", "بدون", "جوابا", "تعقيبا", "بين", "وسط",
    "قبيل", "إبان", "طوال", "حينها", "وقتها", "آنذاك", "حينذاك", "القول",
    # prepositions of time and opposition (عند إطلاق السباق، منذ سنوات، عقوبات ضد طهران)
    "عند", "منذ", "حتى", "ضد", "بالنسبة",
    # adverbials of source with و (صحيفة "…" ونقلا عن مصادر، ووفقا لبيان)
    "ونقلا", "ووفقا", "وطبقا", "وبحسب", "وحسب",
)
FUNCTION_WORDS = ("ما", "لما", "لا", "أي", "أو", "لكن", "ولكن", "بل", "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "لم", "قد", "كان", "كانت", "أن", "إن", "أنه", "إنه", "أنها", "إنها", "هذا", "هذه", "ذلك", "هو", "هي", "هم", "و", "أحد", "إحدى",
                  "بعض", "كل", "جميع", "عدد", "نفسه", "نفسها", "نفسهم", "ذاته", "ذاتها", "ذات", "هؤلاء", "تلك", "أولئك",
                  "ممن", "مما", "عما",  # من + a relative (السائقين ممن تنطبق عليهم): never a name
                  "كما", "لأن", "إذ", "لقد")  # particles opening a clause (كما حركت شكوى، لأن الاتفاق، لقد حاول): no name
MAX_SUBJECT_TOKENS = 24
# A subject written before its verb (لكن إياد البزم المتحدث باسم الوزارة قال): a name with its office.
MAX_PREVERBAL_TOKENS = 7
# A subject found at once, then circumstances (في تصريح على هامش ...): the words may come later.
MAX_CIRCUMSTANCE_TOKENS = 40
# Occasions of speaking (في بيان، في حديث لـ، في المؤتمر الصحفي): adverbials, never the body a speaker belongs to.
OCCASIONS = ("بيان", "تصريح", "تصريحات", "حديث", "مقابلة", "مؤتمر", "لقاء", "كلمة", "رسالة", "تغريدة",
             "تدوينة", "منشور", "اتصال", "ندوة", "جلسة", "اجتماع", "حوار", "مداخلة", "خطاب", "تقرير", "برنامج",
             "ختام", "افتتاح", "أعقاب", "إطار", "ظل", "سياق", "رد", "معرض", "تعليق", "شهادة", "محاضرة")
# Possessive pronouns no first name ends in (folded): قريبها، محاميهم، صديقهما.
POSSESSIVE_ENDINGS = ("\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627")
# Pronouns of the one addressed, between a speech verb and its words (قائلا له "…", وقال لهم إن).
ADDRESSEES = ("له", "لها", "لهم", "لهما", "لهن", "لي", "لنا", "لك", "لكم")
# Before these, أن is a conjunction, not the start of reported words (إلا أن، بعد أن).
NOT_COMPLEMENTIZER_BEFORE = ("إلا", "بعد", "قبل", "منذ", "رغم", "برغم", "حين", "لو", "دون", "بدل", "يجب", "يمكن",
                             "علما")  # علما بأن: the writer's note, not words reported
# A verb after these is an attribution of words already given (بحسب ما ذكر), not a new quote.
ATTRIBUTION_BEFORE = ("ما", "لما", "عدم")  # عدم ذكر اسمه: a noun, not a verb
INNA_OR_COLON = "\u0625:"  # إن (hamza below) or a colon: they only open reported words (وتابع البيان إن)
WORD_CACHE = 1 << 15  # word predicates (_definite, _is_name_token...) are asked again and again
FAMILY_LINK = "\u0627\u0644"  # آل folded: آل الشيخ، آل سعود
ALLAH = "\u0627\u0644\u0644\u0647"  # الله folded
GLUED_NAME_HEADS = ("\u0639\u0628\u062f", "\u0627\u0628\u0648")  # عبد، ابو written glued: عبدالستار، ابوبكر
MIN_QUOTE_TOKENS = 3  # shorter quoted stretches are names or scare quotes (لـ"الرياض")
AR = "\u0621-\u064a"
QUOTE_OPEN_RE = re.compile(f"[{LEFT_DOUBLE_QUOTE}{RIGHT_DOUBLE_QUOTE}{LEFT_GUILLEMET}{QUOTATION_MARK}]")
# A full stop ends a sentence (after a year too: نهاية 2012. وكتب), except inside numbers (19.3)
# and after one-letter abbreviations (د.، (د. ب. أ)); a semicolon before a lead adverbial of another side
# (؛ من جهته، ؛ بدوره) ends one too. An acronym's letters joined by two dots or more (جيه.إل.إل،
# بي.بي.سي) are one token: إل there is no article.
SENTENCE_END_RE = re.compile(f"(?<![\\s(][{AR}])(?<!^[{AR}])[.!?\u061f](?![\\d{AR}A-Za-z])|\u061b(?=\\s*(?:\u0645\u0646 \u062c\u0647\u062a|\u0645\u0646 \u062c\u0627\u0646\u0628|\u0628\u062f\u0648\u0631))|\n")
TOKEN_RE = re.compile(f"(?<![{AR}.])(?:[{AR}]{{1,3}}\\.){{2,5}}[{AR}]{{1,3}}(?![{AR}])|[{AR}]+|[A-Za-z]+|[{ARABIC_COMMA},:]|[{LEFT_DOUBLE_QUOTE}{RIGHT_DOUBLE_QUOTE}{LEFT_GUILLEMET}{RIGHT_GUILLEMET}{QUOTATION_MARK}]")
WORD_RE = re.compile(f"[{AR}]+")
BRACKETED_RE = re.compile(r"\([^()\n]{0,60}\)")
# An aside between dashes, the first after a space and the last before one (العنود الزقدي –ربة منزل- أنها)
DASHED_RE = re.compile("(?<=\\s)[-\u2013\u2014][^-\u2013\u2014\\n]{2,40}?[-\u2013\u2014](?=\\s)")
SEPARATORS = frozenset(ARABIC_COMMA + ",:" + LEFT_DOUBLE_QUOTE + RIGHT_DOUBLE_QUOTE + LEFT_GUILLEMET + RIGHT_GUILLEMET + '"')
QUOTE_CHARS = frozenset(LEFT_DOUBLE_QUOTE + RIGHT_DOUBLE_QUOTE + LEFT_GUILLEMET + RIGHT_GUILLEMET + QUOTATION_MARK)
DEFINITE_PREFIXES = ("ال", "بال", "لل", "وال", "فال", "كال")


def _f(word: str) -> str:
    return fold_word(word)


def _alt(words: Sequence[str]) -> str:
    folded = sorted({_f(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace("\\ ", "\\s+") for w in folded)


VERB_RE = re.compile(
    f"(?<![{AR}])(?P<conj>[وف])?(?:(?P<verb>{_alt(SPEECH_VERBS + CONDITIONAL_VERBS + VIEW_VERBS)})|(?P<cont>{_alt(CONTINUING_VERBS + REPORTED_SAYINGS)}))(?![{AR}])"
)
NAQL_RE = re.compile(f"(?<![{AR}])[وف]?(?:نقل(?:ت|وا)?|[يت]نقل)(?![{AR}])")  # نقلت القناة عن ...، وتنقل الصحيفة عن
SHADDA = "\u0651"
BAYYANA = frozenset({"\u0628\u064a\u0646", "\u0648\u0628\u064a\u0646", "\u0641\u0628\u064a\u0646"})  # بين وبين فبين
BAYYANA_RE = re.compile("(?P<conj>[\u0648\u0641])?(?P<verb>\u0628\u064a\u0646)(?P<cont>(?!))?")  # a verb, never a participle
# لاحظ written apart (ولا حظ "أن ..."): a typo, read as the verb when words said follow at once.
SPLIT_LAHAZA_RE = re.compile(
    f"(?<![{AR}])(?P<conj>[\u0648\u0641])?(?P<verb>\u0644\u0627 \u062d\u0638(?:\u062a|\u0648\u0627)?)(?P<cont>(?!))?(?![{AR}])"
    f"(?=\\s*(?:[{LEFT_DOUBLE_QUOTE}{RIGHT_DOUBLE_QUOTE}{LEFT_GUILLEMET}\"]|:|(?:\u0627\u0646|\u0628\u0627\u0646)(?![{AR}])))")
KAN_RE = re.compile(f"(?<![{AR}])[وف]?(?:كان|كانت|ان)(?![{AR}])\\s*")  # وكان X قال، أن X قالت
COMPLEMENTIZER_RE = re.compile(f"(?<![{AR}])(?:{_alt(COMPLEMENTIZERS)})(?![{AR}])\\s*|:\\s*")


@cache
def _titles() -> frozenset[str]:
    return frozenset(_f(w) for w in TITLE_WORDS)


@cache
def _media() -> frozenset[str]:
    """Who an unnamed source speaks to (لمراسل، لوكالة): the end of its description."""
    return frozenset(_f(w) for w in ("مراسل", "مراسلة", "وكالة", "صحيفة", "قناة", "موقع", "إذاعة", "تلفزيون",
                                     "شبكة", "مجلة", "جريدة", "صحفيين", "صحافيين"))


@cache
def _sources() -> frozenset[str]:
    return frozenset(_f(w) for w in SOURCES)


@cache
def _stops() -> frozenset[str]:
    return frozenset(_f(w) for w in STOP_WORDS)


@cache
def _function_words() -> frozenset[str]:
    return frozenset(_f(w) for w in FUNCTION_WORDS)


@cache
def _not_complementizer_before() -> frozenset[str]:
    return frozenset(_f(w) for w in NOT_COMPLEMENTIZER_BEFORE)


@cache
def _attribution_before() -> frozenset[str]:
    return frozenset(_f(w) for w in ATTRIBUTION_BEFORE)


@cache
def _construct_titles() -> frozenset[str]:
    return frozenset(_f(w) for w in CONSTRUCT_TITLES)


@cache
def _institutions() -> frozenset[str]:
    return frozenset(_f(w) for w in INSTITUTION_WORDS)


@cache
def _quantifiers() -> frozenset[str]:
    return frozenset(_f(w) for w in ("عدد", "العديد", "بعض", "أحد", "إحدى", "مجموعة", "عشرات", "مئات", "آلاف"))


def _joined_plural(tok: str) -> bool:
    """و + a definite plural (والمقيمين، والطالبات): a second group joined to the first."""
    return tok.startswith("\u0648\u0627\u0644") and len(tok) >= 7 and tok.endswith(
        ("\u064a\u0646", "\u0648\u0646", "\u0627\u062a"))  # ين ون ات


@cache
def _but_pronouns() -> frozenset[str]:
    """لكن with the subject's pronoun (لكنه، ولكنها، لكنهم): the clause goes on with the same subject."""
    return frozenset(_f(c + w) for c in ("", "و") for w in ("لكنه", "لكنها", "لكنهم", "لكنهما"))


@cache
def _anonymous() -> frozenset[str]:
    return frozenset(_f(w) for w in ("مصدر", "مصادر", "مسؤول", "مسؤولون", "شاهد", "شهود", "متحدث", "ناطق"))


@cache
def _title_names() -> frozenset[str]:
    """Offices that are first names too, when a family name follows (مساعد، أمين), or begin one
    (الباجي قائد السبسي)."""
    return frozenset(_f(w) for w in ("مساعد", "أمين", "نائل", "قائد"))


@cache
def _conditional() -> frozenset[str]:
    return frozenset(_f(w) for w in CONDITIONAL_VERBS)


@cache
def _member_of() -> frozenset[str]:
    return frozenset(_f(w) for w in ("في", "من", "ب"))


@cache
def _members() -> frozenset[str]:
    return frozenset(_f(w) for w in ("عضو", "عضوة", "أعضاء", "قيادي", "ناشط", "موظف", "مسؤولة", "متحدثة"))


@cache
def _verb_particles() -> frozenset[str]:
    """Particles that stand before a verb (وقد مثل، لقد قال): never a subject."""
    return frozenset(_f(w) for w in ("قد", "وقد", "فقد", "لقد", "ولقد", "لم", "ولم", "لن", "ولن"))


@cache
def _partitives() -> frozenset[str]:
    """One of (أحد الحاضرين، إحدى المعلمات): the head of a described speaker."""
    return frozenset(_f(w) for w in ("أحد", "إحدى"))


@cache
def _addressees() -> frozenset[str]:
    return frozenset(_f(w) for w in ADDRESSEES)


@cache
def _view_verbs() -> frozenset[str]:
    return frozenset(_f(w) for w in VIEW_VERBS)


@cache
def _honorifics() -> frozenset[str]:
    """His Eminence, His Highness...: a pronoun for the dignitary named before."""
    return frozenset(_f(w) for w in ("سماحته", "سموه", "معاليه", "فضيلته", "سعادته", "جلالته", "دولته"))


@cache
def _dignities() -> frozenset[str]:
    """Titles that go with an honorific (سمو الأمير، سماحة الشيخ، معالي الوزير), without the article."""
    return frozenset(_f(w) for w in ("أمير", "شيخ", "سمو", "سماحة", "معالي", "وزير", "مفتي", "فضيلة", "ملك",
                                     "رئيس", "سعادة"))


# Each honorific goes with its own titles: سموه is a prince's (سمو الأمير، ولي العهد), معاليه a
# minister's, سماحته and فضيلته a sheikh's or a mufti's, جلالته a king's, دولته a prime minister's.
HONORIFIC_TITLES = {
    "سموه": ("سمو", "أمير", "ولي"), "سموها": ("سمو", "أميرة"), "معاليه": ("معالي", "وزير"),
    "معاليها": ("معالي", "وزيرة"), "سماحته": ("سماحة", "شيخ", "مفتي", "مرشد"), "فضيلته": ("فضيلة", "شيخ", "مفتي"),
    "جلالته": ("جلالة", "ملك"), "جلالتها": ("جلالة", "ملكة"), "دولته": ("دولة", "رئيس"), "سعادته": ("سعادة", "سفير"),
}


@cache
def _honorific_titles(word: str) -> frozenset[str]:
    """The title stems (without the article) of the one an honorific stands for: سموه -> سمو، أمير، ولي."""
    table = {_f(k): v for k, v in HONORIFIC_TITLES.items()}
    return frozenset(_f(w) for w in table.get(word, ()))


@cache
def _issued() -> frozenset[str]:
    return frozenset(_f(w) for w in ("صادر", "صادرة", "الصادر", "الصادرة"))


def _named_after(tok: str) -> bool:
    """A bare common noun in construct before a royal title (مطار الملك، ملعب الأمير): a place named after
    him, since a person's titles before الملك are definite (خادم الحرمين الشريفين الملك) or titles (سمو الأمير)."""
    return not _definite(tok) and not _is_title(tok) and tok not in SEPARATORS and tok not in QUOTE_CHARS \
        and tok not in _stops() and tok not in _function_words() and tok not in _verb_words() and len(tok) >= 3 \
        and tok.removesuffix(NAME_SENTINEL) not in _first_names() and tok not in _honorifics() \
        and not _derived_verbal_noun(tok)  # (انتقال الأمير سعود الفيصل: his passing, not a place)


@cache
def _royal() -> frozenset[str]:
    return frozenset(_f(w) for w in ("الملك", "الأمير", "الشيخ", "الأميرة"))


@cache
def _time_leads() -> frozenset[str]:
    return frozenset(_f(w) for w in TIME_LEADS)


@dataclass(slots=True)
class _Speaker:
    name: str
    start: int  # display offsets of the mention
    end: int
    named: bool  # a person's name, not a description
    context: str = ""  # folded words just before a named mention (رئيس المركز رفيق عبد السلام)


def _sentence_end(folded: str, pos: int) -> int:
    m = SENTENCE_END_RE.search(folded, pos)
    return m.start() if m else len(folded)


@lru_cache(maxsize=WORD_CACHE)
def _definite(tok: str) -> bool:
    """ال-words (and بال، لل...) of two letters or more after the article (الحر), except the
    first names that begin like the article (ألفة، إلهام)."""
    return tok not in _al_names() and any(tok.startswith(p) and len(tok) - len(p) >= (2 if p == "\u0627\u0644" else 3)
                                          for p in DEFINITE_PREFIXES)  # فالون، والتر: names, not ف/و + article


@cache
def _al_names() -> frozenset[str]:
    return frozenset(_f(w) for w in AL_NAMES)


@lru_cache(maxsize=WORD_CACHE)
def _circumstantial(tok: str) -> bool:
    """مخاطبا، متحدثا، معلقا: an accusative participle after the subject, not a name."""
    return len(tok) >= 5 and tok.startswith("\u0645") and tok.endswith("\u0627") and not tok.endswith("\u0646\u0627")


@lru_cache(maxsize=WORD_CACHE)
def _is_name_token(tok: str) -> bool:
    return (not _definite(tok) and not (tok[:1] == "\u0648" and tok[1:] in _stops()) and tok not in _titles() and tok not in _stops() and not _circumstantial(tok)
            and tok not in _function_words() and len(tok) > 1 and not VERB_RE.fullmatch(tok)
            and not (len(tok) >= 5 and tok.endswith(OWNED_NOUN_ENDINGS))  # مسؤوليته، جاهزيته
            and not (len(tok) >= 6 and tok.endswith(("\u062a\u0647\u0645", "\u062a\u0647\u0627", "\u062a\u0647\u0645\u0627")))  # مطاردتهم
            and not (len(tok) >= 6 and tok[:1] == "\u0645" and tok.endswith("\u062a\u0647"))  # موافقته، مشاركته: his verbal noun
            and not (len(tok) >= 6 and tok.startswith("\u0627\u0633\u062a")))  # استضافة، استمرار: verbal nouns


@lru_cache(maxsize=WORD_CACHE)
def _is_title(tok: str) -> bool:
    """A title or office word, also with a glued preposition (بحزب، لوزارة)."""
    titles = _titles()
    return tok in titles or (tok[:1] in "\u0628\u0644\u0648" and tok[1:] in titles)  # بحزب، لوزارة، ومدير


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
    return frozenset(_f(w) for w in ("عبد", "أبو", "أبي", "بن", "ابن", "بنت", "آل"))


PLURAL_NISBA = ("\u064a\u0648\u0646", "\u064a\u064a\u0646")  # يون يين
OWNED_NOUN_ENDINGS = ("\u064a\u062a\u0647", "\u064a\u062a\u0647\u0627", "\u064a\u062a\u0647\u0645")  # يته يتها يتهم
PRONOUN_SUFFIXES = ("\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627")  # ها هم هما
OBJECT_SUFFIXES = ("\u064a\u0647", "\u062a\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627")  # يه ته ها هم هما


def _fa_inna(toks: list[tuple[str, int, int]], j: int) -> bool:
    """فإن folded (فان) with no name word after it: the particle, not van of a Dutch name (فان دايك)."""
    return toks[j][0] == "\u0641\u0627\u0646" and (j + 1 >= len(toks) or not _is_name_token(toks[j + 1][0]))


def _runs(toks: list[tuple[str, int, int]]) -> Iterator[tuple[int, int]]:
    """Index ranges [i, j) of name-like runs: up to five name words, an article-word
    inside after عبد/أبو/بن (عبد الرحمن) and one at the end (بشار الأسد)."""
    n = len(toks)
    i = 0
    while i < n:
        if not _is_name_token(toks[i][0]) or _is_title(toks[i][0]):
            i += 1
            continue
        j = i + 1
        while j < n and j - i < 6:
            tok = toks[j][0]
            if tok.endswith(NAME_SENTINEL) and toks[j - 1][0] not in _name_links() and not _father_name(toks, i, j):
                break  # سلوى | علي العطوي: a re-read name starts its own run (but خالد بن علي، محمد علي النقي)
            if len(tok) >= 7 and tok.endswith("\u064a\u0647"):
                break  # ويلي نياميتوي | مسؤولية أعمال العنف: an abstract noun after the name
            if j - i >= 2 and (tok in _statements() or tok[:1] == "\u0628" and tok[1:] in _statements()):
                break  # ألقى الأمير فيصل بن مشعل | كلمة قال فيها، أدلى فلان | بتصريح: what he gave, not his name
            if tok in (_f("كبير"), _f("كبيرة")) and j + 1 < n and _definite(toks[j + 1][0]):
                break  # جون بافز | كبير المحللين: chief of, an office after the name
            if _verb_before_adam(toks, j):
                break  # مسؤول أمني تركي | طلب عدم نشر اسمه: a verb of the one described, not a name
            if _derived_participle(tok) and j + 1 < n and _definite(toks[j + 1][0]):
                break  # هاميلتون | متصدر الترتيب: a participle in construct describes the one named
            if tok[:1] == "\u0648" and tok not in _first_names() and toks[j - 1][0] not in _name_links() and not (
                    j - i == 1 and j + 1 == n and toks[i][0] in _first_names() and len(tok) >= 4
                    and not toks[i][0].endswith(("\u0647", "\u0647\u0627")) and toks[i][0] not in _ambiguous_names()
                    and tok[1:] not in _first_names() and _is_name_token(tok[1:])):
                break  # فلاديمير بوتين | وسيب بلاتر: a second person, joined by و (but سوزان ورال: a first
                # name alone, then a last word that is no name after و, is her family name)
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
            else:
                break
        if j < n and j - i <= 5 and toks[j][0].startswith("\u0627\u0644") and not _is_title(toks[j][0]) \
                and toks[j][0] not in _stops() and toks[j][0] not in _epithets() and not (j - i >= 2 and toks[j - 2][0] == FAMILY_LINK
                                                                 and _definite(toks[j - 1][0])):  # آل الشيخ | التعازي (but آل جرمان الشهراني)
            j += 1
        elif _title_surname(toks, i, j):
            j += 1  # شوقي الطبيب، : a family name that is also an office
        first = toks[i][0]
        if (first[:1] in "\u0628\u0644" and len(first) >= 4 and j - i >= 3
                and toks[i + 1][0] not in _name_links()):
            i += 1  # بحائل محمد الطيار: a place after ب, then the name
        link = next((k for k in range(i + 1, j) if toks[k][0] in _name_links()), None)
        if link is not None and link - i >= 2 and not (link - i == 2 and toks[i][0] in GLUED_NAME_HEADS) \
                and not (toks[link - 1][0].endswith(NAME_SENTINEL) and _father_name(toks, i, link - 1)):  # عبد الله بن غازي
            # (but أحمد علي آل مريع: علي is the father's name, after a first name)
            i = link - 2 if toks[link - 1][0] in _title_names() or toks[link - 2][0] in GLUED_NAME_HEADS else link - 1  # محمد أمين بن عمر  # بصحة حائل عارف بن غازي الشمري: the name starts before بن
        if j - i >= 3 and j < n and len(toks[j - 1][0]) >= 4 and toks[j - 1][0].endswith(OBJECT_SUFFIXES) \
                and toks[j - 2][0] not in _name_links():
            j -= 1  # أكد ... وليد عبدالله تعافيه: the last word is the object, with its pronoun
        yield i, j
        i = j


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
    prev = toks[i - 1][0] if i else ""
    return not prev or prev in SEPARATORS or _definite(prev) or _is_title(prev)


@lru_cache(maxsize=WORD_CACHE)
def _common_noun(word: str) -> bool:
    """The folded word takes the article often in the news lexicon (السوق): a common noun, not a name."""
    return lexicon().freq.get("\u0627\u0644" + word, 0) >= 30


def _verb_before_adam(toks: list[tuple[str, int, int]], k: int) -> bool:
    """The word at ``k`` comes right before عدم (طلب عدم نشر اسمه، فضل عدم الكشف): a verb of the one
    described, never part of his name or description."""
    return k + 1 < len(toks) and toks[k + 1][0] == _f("عدم") and WORD_RE.fullmatch(toks[k][0]) is not None


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


def _title_surname(toks: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """A known first name, then an article-word that is an office, then a comma or the end:
    the office word is the family name (شوقي الطبيب،)."""
    return (j - i == 1 and j < len(toks) and toks[i][0] in _first_names() and _definite(toks[j][0])
            and _is_title(toks[j][0]) and (j + 1 == len(toks) or toks[j + 1][0] in SEPARATORS))


@lru_cache(maxsize=WORD_CACHE)
def _nisba(tok: str) -> bool:
    """A definite relative adjective (التركي، الإيرانية، السعوديين)."""
    return _definite(tok) and tok.endswith(("\u064a", "\u064a\u0647", "\u064a\u064a\u0646", "\u064a\u0648\u0646"))


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
    adverbial = [False] * len(toks)
    chained = [False] * len(toks)  # inside an adverbial that completes an office (المسؤولة على الإعلام، المكلف لدى شركة)
    occasioned = [False] * len(toks)  # inside an adverbial of the occasion (في بيان تلقت الوكالة نسخة منه)
    held = [False] * len(toks)  # after ردا على، مع up to a comma: the one answered or talked with
    mode = sticky = chain = occasion = False
    for k, (tok, _, _) in enumerate(toks):
        adjective = k > 0 and _definite(toks[k - 1][0]) and _nisba(tok)  # الندوة الصحفية
        if mode and k and toks[k - 1][0] in _stops() and tok.removeprefix("\u0627\u0644") in _occasions():
            occasion = True
        if tok in SEPARATORS and tok not in QUOTE_CHARS:
            mode = sticky = chain = occasion = False
        elif sticky:
            pass  # ردا على سؤال النائبة ابتسام: the one asking is not the one answering
        elif _is_title(tok) and not adjective and tok.removeprefix("\u0627\u0644") not in _institutions() \
                and tok[1:] not in _institutions() and tok not in _institutions():
            mode = occasion = False  # a person's title opens an apposition: في سورية د. بدر
        elif tok in _stops() and not (tok in _member_of() and k and (_office(toks[k - 1][0]) or toks[k - 1][0] in _members())
                                     and k + 1 < len(toks) and (_definite(toks[k + 1][0]) or _is_title(toks[k + 1][0]))):
            talked_with = tok == _f("مع") and k + 1 < len(toks) and _person_title(toks[k + 1][0])
            mode, sticky, occasion = True, tok in _responses() or talked_with, False  # but المسؤول في الفاو
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
    head: tuple[int, int] | None = None
    whole = list(_runs(toks))
    runs = [(_first_name_after_place(toks, i, j), j) for i, j in whole]
    for n, (i, j) in enumerate(runs):
        if held[i]:
            continue  # مع الإعلامي فلان: the one he talked with is not the speaker
        if i != whole[n][0] and not adverbial[i]:
            return toks[i][1], toks[j - 1][2]  # بغرفة تجارة وصناعة جدة | محمد النفيعي
        if i == 1 and _institution_head(toks[0][0]) and not _office(toks[0][0]) or i == 0 and toks[0][0] in _sources():
            continue  # مركز آسيا بوليسي بوينت: the body's own name; دراسة بريطانية: a source, no person
        if i and j - i >= 2 and _definite(toks[j - 1][0]) and toks[j - 1][0].endswith("\u064a\u0647") and not any(
                t[0] in _name_links() for t in toks[i:j]) and toks[i][0].removesuffix(NAME_SENTINEL) not in _first_names():
            continue  # لمجموعة فولكس فاجن الألمانية: a feminine nisba describes a body; family names take no -ية
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
        if adverbial[i] and j == len(toks) and j - i >= 2 and toks[i][0].removesuffix(NAME_SENTINEL) in _first_names() \
                and toks[i][0].removesuffix(NAME_SENTINEL) not in _ambiguous_names() and _definite(toks[i - 1][0]) and not _is_title(toks[i - 1][0]) and toks[i - 1][0] not in _stops():
            return toks[i][1], toks[j - 1][2]  # مديرة المكتبة في الجامعة | سوزان ورال أن: the body, then a known first name
        if adverbial[i] and j == len(toks) and any(toks[k][0] in _patronyms() for k in range(i + 1, j)):
            return toks[i][1], toks[j - 1][2]  # في لبنان وليد بن علي الجلال أن: a patronymic names a person
        if adverbial[i] and (occasioned[i] or not (i and _nisba(toks[i - 1][0]))):
            continue  # في تصريح للجوهرة أف أم، في بيان تلقت وكالة الأنباء الألمانية نسخة منه; but في مدينة مشهد
            # الإيرانية عبدالله الحمراني (a place, then the name)
        if i == 0:
            nxt = toks[j][0] if j < len(toks) else ""
            if nxt[:1] in "\u0628\u0644" and nxt[1:] in _titles() and (
                    toks[i][0] in _sources() or _institution_head(toks[i][0]) or _office(toks[i][0]) or j - i > 1):
                continue  # بيان لشرطة المنطقة: a common noun with its complement (but بارو | لمحطة: a name, then the addressee)
            if toks[j - 1][0].startswith("\u0627\u0644") and _nisba(nxt):
                continue  # خلية الإعلام الحربي: a description, not a name
            if nxt and _is_name_token(nxt) and not _is_title(nxt) and not _plausible_start(toks[i][0]):
                head = (toks[i][1], toks[j - 1][2])  # مدافع الشباب سلطان الدعيع: keep looking
                continue
            if nxt in _ranks() and not _plausible_start(toks[i][0]) and _definite(toks[j - 1][0]) and any(
                    a == j + 1 and not adverbial[a] for a, _ in runs[n + 1:]):
                head = (toks[i][1], toks[j - 1][2])  # كبير معدي الدراسة | الدكتور دانيال هورتون: a degree names
                continue  # the one it precedes, so the words before it describe him (not حراس | الفريق فيصل: the team)
            return toks[i][1], toks[j - 1][2]
        prev = toks[i - 1][0]
        if any(toks[k][0] in _name_links() for k in range(i + 1, j)) and prev not in _construct_titles():
            return toks[i][1], toks[j - 1][2]  # عارف بن غازي الشمري: a patronymic is a name
        if toks[i][0].endswith(NAME_SENTINEL):
            return toks[i][1], toks[j - 1][2]  # علي العطوي، read as a name in context
        if prev in _title_names() and j - i >= 2 and toks[j - 1][0].startswith("\u0627\u0644"):
            return toks[i - 1][1], toks[j - 1][2]  # مساعد غالي العنزي: مساعد is his first name
        if prev in _title_names() and i == 1 and j < len(toks) and _office(toks[j][0]) and _definite(toks[j][0]):
            return toks[i - 1][1], toks[j - 1][2]  # مساعد غالي المتحدث الرسمي: a name, then his office
        if prev in _construct_titles() or (prev[:1] in "\u0628\u0644" and prev[1:] in _construct_titles()):
            if j - i >= 3 and _plausible_name([t[0] for t in toks[i + 1:j]]):
                first = next((m for m in range(i + 1, j - 1) if _plausible_start(toks[m][0])), i + 1)
                return toks[first][1], toks[j - 1][2]  # بجامعة ستانفورد | مارك شنيتزر، باسم أهالي تطاوين | طارق الحداد
            continue  # وزير خارجية روسيا: the word after a bare office is its complement
        if i > 1 and toks[i - 2][0] in _construct_titles() and _office(toks[i - 2][0]) and _is_name_token(prev) \
                and _plausible_name([t[0] for t in toks[i:j]]):
            return toks[i][1], toks[j - 1][2]  # والي بنزرت | محمد قويدر: the office, its place, the name
        if prev in QUOTE_CHARS and i > 1 and (toks[i - 2][0] in _construct_titles()
                                              or toks[i - 2][0][1:] in _construct_titles()):
            continue  # بمقاطعة "سانت لويس": a quoted place after an institution
        if prev in _royal() and i > 1 and (_is_title(toks[i - 2][0]) and toks[i - 2][0].removeprefix("\u0627\u0644") in _institutions()
                                           or toks[i - 2][0][1:] in _institutions() or toks[i - 2][0] in _institutions()
                                           or _named_after(toks[i - 2][0])):
            continue  # لمركز الملك سلمان، مطار الملك عبدالعزيز: an institution or a place named after a king
        if prev in QUOTE_CHARS and j < len(toks) and toks[j][0] in QUOTE_CHARS and i > 1 and j - i >= 2 \
                and _office(toks[0][0]) and not _institution_head(toks[i - 2][0].lstrip("\u0628\u0644\u0648")) \
                and toks[i - 2][0] not in SEPARATORS and toks[i - 2][0].lstrip("\u0628\u0644\u0648") not in _media():
            return toks[i][1], toks[j - 1][2]  # رئيس بلدية لينييفيل "كريتسوف ديتريش": the office's holder, quoted
        if prev in QUOTE_CHARS and j < len(toks) and toks[j][0] in QUOTE_CHARS and i > 1 \
                and not _is_title(toks[i - 2][0]) and toks[i - 2][0] not in SEPARATORS:
            continue  # التواصل الاجتماعي "فيسبوك": a quoted name of a thing
        if _institution_head(prev.lstrip("\u0628\u0644\u0648")) and j - i == 1 and toks[i][0] not in _first_names():
            continue  # بجامعة لندن وجامعة زوريخ: the institution's own name
        if prev in SEPARATORS and toks[i][0][:1] == "\u0648" and toks[i][0] not in _first_names() and i >= 2 \
                and not _definite(toks[i - 2][0]) and not _is_title(toks[i - 2][0]) and toks[i - 2][0] not in SEPARATORS:
            continue  # عقلية فذة، ومنطق دقيق: the next item of a list of indefinite nouns, not a name in apposition
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
        complement = toks[i][0][:1] == "\u0644" and not _nisba(prev) and not _plausible_start(toks[i][0]) \
            and _common_noun(toks[i][0][1:])  # (السوق is a common noun; not لوبا سامري)
        if _definite(prev) and prev not in _stops() and not glued_place and not coordinated and not complement \
                and _name_evidence(toks, i, j) and (
                # (not الأوضاع اليمنية | وموقف مصر: a second noun joined by و, no name; nor الأمانة العامة | لسوق
                # عكاظ: the body's complement after ل; but الفرنسي لوران فابيوس, after a nisba)
                _nisba(prev) or _plausible_start(toks[i][0]) or _office_before(toks, i)):  # not مكة المكرمة | ملابسات وفاة طفلة
            return toks[i][1], toks[j - 1][2]
    return head


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


def _first_name_after_place(toks: list[tuple[str, int, int]], i: int, j: int) -> int:
    """Where the name starts in a run that goes on from an office's body or place (رئيس لجنة ... بغرفة
    تجارة | وصناعة جدة محمد النفيعي): at a known first name with a family name after it, when the run
    opens on no name and an office comes before it. Else ``i``."""
    if not i or _plausible_start(toks[i][0]) or not any(_office(t[0]) for t in toks[:i]) \
            or j < len(toks) and toks[j][0] not in SEPARATORS and toks[j][0] not in _stops():
        return i  # (not فعاليات عيد الرياض | المهندس فلان: the name is the one after the title)
    for m in range(i + 1, min(j - 1, i + 4)):
        word = toks[m][0].removesuffix(NAME_SENTINEL)
        if word in _first_names() and len(word) >= 3 and word not in _ambiguous_names() and not _definite(word) \
                and toks[m - 1][0] not in _royal() and toks[m - 1][0] not in _name_links() \
                and toks[m - 1][0] not in GLUED_NAME_HEADS and len(toks[j - 1][0]) >= 3 \
                and _place_like(toks[m - 1][0]) and word not in GLUED_NAME_HEADS \
                and not (word.startswith(GLUED_NAME_HEADS) and _institution_head(toks[m - 1][0])):
            return m  # (جدة | عبدالله الأحمري, glued; but مدينة عبدالله السالم: a place named after him)
    return i


@cache
def _describing_verbs() -> frozenset[str]:
    """Past verbs of a clause that describes a report or a source (صدر أمس، نشرته الوكالة، أعده خبراء)."""
    return frozenset(_f(w) for w in ("صدر", "صدرت", "نشر", "نشرت", "نشره", "نشرته", "نشرها", "أعد", "أعده", "أعدته",
                                     "أعدها", "أجرى", "أجراه", "أجرته", "أجراها", "أصدر", "أصدره", "أصدرته", "أصدرها",
                                     "بثته", "بثه", "بثها",
                                     # the one who wrote it (تقرير كتبه فلان ونشرته مجلة ...)
                                     "كتب", "كتبت", "كتبه", "كتبته", "كتبها", "وضعه", "وضعته", "وضعها"))


@cache
def _manners() -> frozenset[str]:
    """Nouns glued to ب that open an adverbial of manner or measure (بشكل ملحوظ، بصورة كبيرة، بنسبة)."""
    return frozenset(_f(w) for w in ("بشكل", "بصورة", "بطريقة", "بنحو", "بدرجة", "بنسبة", "بمعدل", "بقيمة", "بحجم"))


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


def _name_evidence(toks: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """A short run after a plain article-word is a name only with evidence: an office earlier in
    the chain (رئيس القادسية معدي الهاجري), a known first name, or بن/عبد inside (not احتواء
    الترميز after الوزارة); three name words are evidence enough (سوارنا سوبا راو)."""
    if _plausible_name([t[0] for t in toks[i:j]]):
        return True
    if j - i == 1 and toks[i][0][:1] in "\u0628\u0644" and len(toks[i][0]) >= 4:
        return False  # المندوب الجهوي للتربية بسوسة: a place glued to ب
    return i > 0 and not _office(toks[i - 1][0]) and _office_before(toks, i)


def _plausible_name(words: Sequence[str]) -> bool:
    """Three name words, بن/عبد inside, a known first name, or bare words only (كلثوم كنو);
    not a verbal noun with its complement (احتواء الترميز، ضرورة الانكباب)."""
    first = words[0].removesuffix(NAME_SENTINEL)
    if first in _first_names() or any(w in _name_links() for w in words) or first.startswith(GLUED_NAME_HEADS) \
            or len(words) >= 3 and words[1] in _name_tails() and not _definite(first):
        return True  # محمد، بن، عبدالستار، شكر الدين البعزواي (a compound first name, then the family)
    if _bare_then_family(words):
        return True  # خلفية الشيباني، لمين النهدي: a first name the lexicon lacks, then a family name in -ي
    if len(words) == 1 and words[0][:1] in "\u0628\u0644" and len(words[0]) >= 4:
        return False  # بسوسة: a place glued to ب
    glued = any(w[:1] in "\u0628\u0644" and len(w) >= 4 and _definite(nxt)
                for w, nxt in zip(words[1:], words[2:]))  # دبي لشؤون البحث (but سيرغي لافروف، بلقاسم العياري)
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
    for k in range(i - 1, max(-1, i - 10), -1):
        tok = toks[k][0]
        if _office(tok):
            return True
        if tok in SEPARATORS or tok in _verb_words() or tok in _relatives() or tok in _function_words() or not (
                _definite(tok) or _is_title(tok) or tok in _chain_prepositions() or tok[:1] in "\u0628\u0644" and len(tok) >= 4
                or k and toks[k - 1][0] in _royal()):
            return False  # لمركز الملك سلمان للإغاثة ... رأفت الصباغ: a king's name inside an institution's
    return False


def _dashed_aside(between: str) -> bool:
    """A stretch between dashes of one to four words that opens on no name (–ربة منزل-): an aside describing
    the one named, dropped like words in brackets (but المعتكفة -زينب اليعقوب-: the name itself)."""
    words = WORD_RE.findall(between)
    return 1 <= len(words) <= 4 and not _plausible_start(words[0])


def _region_tokens(folded: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Tokens of the subject region; an addressee written as ل + a quoted name (لـ"الجوهرة
    اف أم"), words in brackets (سيونغ (71 عاما)) and a short aside between dashes (–ربة منزل-) are dropped whole."""
    out: list[tuple[str, int, int]] = []
    skipping = False
    brackets = [b.span() for b in BRACKETED_RE.finditer(folded, start, end) if not _bracketed_name(folded, *b.span())] \
        + [d.span() for d in DASHED_RE.finditer(folded, start, end) if _dashed_aside(d.group())]
    for m in TOKEN_RE.finditer(folded, start, end):
        tok = m.group()
        if brackets and any(a < m.start() < b for a, b in brackets):
            continue
        if skipping:
            if tok in QUOTE_CHARS:
                skipping = False
            continue
        if tok in QUOTE_CHARS and out and out[-1][0] == "\u0644":
            out.pop()
            skipping = True
            continue
        if len(tok) <= 2 and out and (out[-1][0] == "\u0644" and out[-1][2] - out[-1][1] == 1 and m.start() - out[-1][1] <= 8
                                      or len(out[-1][0]) == 3 and out[-1][0][:1] == "\u0644" and out[-1][0][:2] != "\u0644\u0644"):
            out[-1] = ("\u0644", out[-1][1], out[-1][1] + 1)  # لبي بي سي: an outlet's letters after ل, the addressee
            continue
        cut = _glued_title(tok)
        if cut:  # الوزيرالسوري: a title and its adjective written without the space
            out.extend([(tok[:cut], m.start(), m.start() + cut), (tok[cut:], m.start() + cut, m.end())])
            continue
        out.append((tok, m.start(), m.end()))
    return _reread_names(_without_blessings(out))


BLESSING_RE = re.compile(
    f"(?<![{AR}])(?:\u0635\u0644\u064a\\s+\u0627\u0644\u0644\u0647\\s+\u0639\u0644\u064a\u0647(?:\\s+\u0648\u0627\u0644\u0647)?\\s+\u0648\u0633\u0644\u0645"  # صلى الله عليه (وآله) وسلم
    f"|\u0637\u064a\u0628\\s+\u0627\u0644\u0644\u0647\\s+\u062b\u0631\u0627\u0647"  # طيب الله ثراه
    f"|(?:\u0631\u0636\u064a)\\s+\u0627\u0644\u0644\u0647\\s+\u0639\u0646(?:\u0647|\u0647\u0627|\u0647\u0645\u0627|\u0647\u0645)"
    f"|(?:\u062d\u0641\u0638|\u0631\u062d\u0645|\u0627\u064a\u062f)(?:\u0647|\u0647\u0627|\u0647\u0645\u0627|\u0647\u0645)\\s+\u0627\u0644\u0644\u0647)(?![{AR}])[\\s\\-\u2013]*$")
BLESSING_WORDS = frozenset({"\u0631\u0636\u064a"} | {v + p for v in ("\u062d\u0641\u0638", "\u0631\u062d\u0645", "\u0627\u064a\u062f")
                                           for p in ("\u0647", "\u0647\u0627", "\u0647\u0645\u0627", "\u0647\u0645")})


def _blessing_start(folded: str, line: int, pos: int) -> int:
    """Where a blessing formula that ends right before ``pos`` starts (رضي الله عنهما، حفظه الله، رحمه الله،
    صلى الله عليه وسلم), else ``pos``: it follows a name and is no part of it."""
    m = BLESSING_RE.search(folded, max(line, pos - 40), pos)
    if m is None:
        return pos
    start = m.start()
    while start > line and folded[start - 1] in " -\u2013":
        start -= 1
    return start


@cache
def _blessing_phrases() -> tuple[tuple[str, ...], ...]:
    """Folded formulas of blessing on the Prophet and the dead (صلى الله عليه وسلم، عليه الصلاة والسلام، طيب الله
    ثراه), longest first: words of piety after a name, or standing for it."""
    phrases = ("صلى الله عليه وآله وسلم", "صلى الله عليه وسلم", "عليه أفضل الصلاة والسلام",
               "عليه أفضل الصلوات والتسليم", "عليه الصلاة والسلام", "عليه السلام", "طيب الله ثراه")
    return tuple(sorted((tuple(_f(w) for w in p.split()) for p in phrases), key=len, reverse=True))


def _without_blessings(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Tokens without blessing formulas (حفظهم الله، رضي الله عنه، صلى الله عليه وسلم, read in folded form): words
    of piety after a name, never a name themselves."""
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(toks):
        phrase = next((p for p in _blessing_phrases() if tuple(t[0] for t in toks[k:k + len(p)]) == p), None) if out else None
        if phrase is not None:
            k += len(phrase)  # قال رسول الله صلى الله عليه وسلم: the Prophet, without the blessing (alone, قال عليه
            continue  # الصلاة والسلام, it stands for him: kept)
        if toks[k][0] in BLESSING_WORDS and k + 1 < len(toks) and toks[k + 1][0] == ALLAH:
            k += 2
            if toks[k - 2][0] == "\u0631\u0636\u064a" and k < len(toks) and toks[k][0].startswith("\u0639\u0646"):
                k += 1  # رضي الله عنه
            continue
        out.append(toks[k])
        k += 1
    return out


def _bracketed_name(folded: str, a: int, b: int) -> bool:
    """A name in brackets right after a person's title (الشاعر ( محمد الدحيمي )): the name itself,
    not an aside like an age (سيونغ (71 عاما))."""
    words = folded[a + 1:b - 1].split()
    before = WORD_RE.findall(folded, max(0, a - 20), a)
    return 2 <= len(words) <= 4 and all(WORD_RE.fullmatch(w) for w in words) and words[0] in _first_names() \
        and bool(before) and _is_title(before[-1]) and folded[:a].rstrip().endswith(before[-1])


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


def _reread_names(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Mark علي as a name (not على) after a title or a comma and before a name word."""
    ambiguous = _ambiguous_names()
    prepositions = PREPOSITION_ALA.get()
    for k, (tok, a, b) in enumerate(toks):
        if tok not in ambiguous or k + 1 >= len(toks) or a in prepositions:
            continue  # (على spelt with ى where the article spells ي apart: the preposition)
        prev = toks[k - 1][0] if k else ""
        nxt = toks[k + 1][0]
        after = toks[k + 2][0] if k + 2 < len(toks) else ""
        name_next = (_is_name_token(nxt) and not (len(nxt) >= 4 and nxt.endswith(PRONOUN_SUFFIXES))) or nxt in _name_links()
        if _definite(nxt) and after and (_is_name_token(after) and not _definite(after) or _is_title(after) and after not in _stops()) \
                and not (prev in _ranks() or prev == "\u062f"):
            continue  # المشرف على البرنامج عبدالرحمن الغفيلي: a preposition, then the name (but العميد الدكتور علي
            # الرشيدي الناطق: a degree names the one after it; الأحمدي لوكالة: the addressee, no title)
        if after and _verbal_object([nxt, after]) and not (
                _person_title(prev) and not nxt.endswith("\u0647") and _nisba(after) and after.endswith("\u064a")):
            continue  # أكد الوزير على أهمية المشروع: a preposition, then the verb's object (but المهندس علي قايض
            # الشمري: a title, a bare word and a family name in -ي)
        if _institution_head(nxt) or prev in _general() and not (k > 1 and _office(toks[k - 2][0])):
            continue  # المشرف العام على القناة، هذا العام على شاشة: a preposition (but المدير العام علي فلان)
        if nxt in _name_links() and nxt != _f("آل"):
            toks[k] = (tok + NAME_SENTINEL, a, b)  # علي بن موسى: a name, whatever comes before
            continue
        if k and (nxt in _name_links() or nxt in _first_names() and nxt not in ambiguous) and _father_name(toks, k - 1, k):
            toks[k] = (tok + NAME_SENTINEL, a, b)  # أحمد علي آل مريع: between a first name and a word that goes on
            continue  # with a name, the father's name
        if not prev and name_next and (not after or after in SEPARATORS) and len(nxt) >= 3 \
                and (nxt in _first_names() or not nxt.endswith("\u0647")) and not _verbal_object([nxt]):
            toks[k] = (tok + NAME_SENTINEL, a, b)  # أفاد علي كلثوم، محامي ... بأن: a bare word closing the subject
            continue  # is a family name (but أكد على حقه، شدد على ضرورة التعاون)
        if not prev and not (_definite(nxt) or nxt in _name_links() or nxt in _first_names()):
            continue  # وأضاف على هامش الدورة: a preposition (علي لاريجاني is lost with it)
        if (not prev or _is_title(prev) or prev in SEPARATORS or prev in _name_links()) and (name_next or _definite(nxt)):
            toks[k] = (tok + NAME_SENTINEL, a, b)
        elif prepositions and name_next and not _definite(nxt) and any(_office(t[0]) for t in toks[:k]):
            toks[k] = (tok + NAME_SENTINEL, a, b)  # the article spells على with ى: this one, spelt with ي after an
            # office, is the name (السفير التونسي لدى روسيا علي فلان في حديث ...)
        elif name_next and not _definite(nxt) and prev and _definite(prev) and any(_office(t[0]) for t in toks[:k]) and (
                not after or after in SEPARATORS or _is_title(after)
                or after in _stops() and after not in _chain_prepositions() and after != _f("إلى")
                or _nisba(prev) and nxt in _first_names() and _definite(after) and not after.endswith(("\u064a\u0646", "\u0648\u0646", "\u0627\u062a"))
                and (k + 3 >= len(toks) or toks[k + 3][0] in SEPARATORS or toks[k + 3][0] in _stops() or toks[k + 3][0] in _time_leads())):
            # وزير النفط الكويتي علي صالح العمير أمس: an office, its nisba, then a name of three words
            toks[k] = (tok + NAME_SENTINEL, a, b)  # رئيس النيابة الخصوصية بالمنستير علي مزالي ضيف
        elif prev[:1] in "\u0628\u0644" and _definite(prev) and any(_office(t[0]) for t in toks[:k]) and _definite(nxt) \
                and not _common_noun(nxt[2:]) and not _is_title(nxt) and (not after or after in SEPARATORS):
            toks[k] = (tok + NAME_SENTINEL, a, b)  # مدير جمعية الثقافة والفنون بالأحساء علي الغوينم بأن: the office's
            # place, then a name closing the subject (a family name, no common noun: not بالمنطقة على الالتزام)
        elif _definite(prev) and not _is_title(prev) and not _institution_head(prev) \
                and _nisba(nxt) and nxt.endswith("\u064a") and (not after or after in SEPARATORS or after in _stops()):
            toks[k] = (tok + NAME_SENTINEL, a, b)  # البائع علي العامري أن: a person noun, then the name
        elif (name_next or _definite(nxt)) and (not after or after in SEPARATORS) and prev and _is_name_token(prev) \
                and prev not in _honorifics() and (_definite(nxt) or nxt in _first_names() or not nxt.endswith("\u0647")):
            toks[k] = (tok + NAME_SENTINEL, a, b)  # مدير عام جمرك سلوى علي العطوي، (but وشدد سموه على ضرورة أن)
    return toks


@cache
def _what() -> frozenset[str]:
    return frozenset(_f(w) for w in ("ما", "مما"))


@cache
def _general() -> frozenset[str]:
    return frozenset(_f(w) for w in ("العام", "عام"))


@cache
def _ambiguous_names() -> frozenset[str]:
    return frozenset(_f(w) for w in AMBIGUOUS_NAMES)


def _subject(folded: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """The speaker's folded span between a verb and its complementizer, and whether named."""
    toks = [t for t in _region_tokens(folded, start, end) if t[0] not in _sayings()]  # وأضاف (فلان) قوله "…"
    while toks and (toks[0][0] in _time_leads() or toks[0][0] in _demonstratives() and len(toks) > 1
                    or toks[0][0] in _pronoun_objects() or toks[0][0] in _then_adverbs() and len(toks) > 1
                    or toks[0][0] in (ARABIC_COMMA, ",") and len(toks) > 1  # وأكد لـ"الاقتصادية"، مصدر: the addressee dropped
                    or _day_before_yesterday(toks)):
        toks = toks[2:] if _day_before_yesterday(toks) else toks[1:]  # أعلنت اليوم الثلاثاء السلطات الألمانية أن، أكدت ذلك والدتها، قال عنها: "…" (the one
        # spoken of, then the words), وأوضحت حينها إدارة الوحدة أن
    if not toks:
        return None
    if toks[0][0] in QUOTE_CHARS and len(toks) >= 3 and toks[2][0] in QUOTE_CHARS and _definite(toks[1][0]) \
            and not _is_title(toks[1][0]) and (len(toks) == 3 or toks[3][0] in SEPARATORS or toks[3][0] in _stops()):
        return toks[1][1], toks[1][2], True  # وقال «اليوسفي»: «…»: the family name in quote marks
    if toks[0][0] == ALLAH:
        return toks[0][1], toks[0][2], True  # قال الله تعالى، قال الله فيهم
    if len(toks) >= 3 and toks[0][0] == _f("كل") and toks[1][0] == _f("من"):
        end = next((k for k in range(2, len(toks)) if toks[k][0] in SEPARATORS or toks[k][0] in _stops()), len(toks))
        return toks[2][1], toks[end - 1][2], True  # قال كل من فايز محمد وحسين محمد: the people listed
    if toks[0][0] in _what() or _prepositional_object(toks[0][0]) or toks[0][0] in _subordinators() \
            or toks[0][0] in (_f("لأن"), _f("لقد")):
        return None  # ونفت ما تردده المعارضة، ونوه بوقوع حالتي غرق: the object, the speaker is the last one (وأضاف
        # لأن الاتفاق ...، كما: a clause of his, no subject)
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
    if len(toks) >= 2 and (toks[0][0] in _ranks() or toks[0][0] == "\u062f") and _surname(toks[1][0]) \
            and (len(toks) == 2 or toks[2][0] in SEPARATORS or toks[2][0] in _stops()
                 or _first_name_before(folded, toks[1][0]) is not None):
        return toks[1][1], toks[1][2], True  # وأكد د. الفلاح أن، الدكتور الربيعة: a rank, then the family name
        # (ودعا العميد السحيباني المقيمين: his object after it, when the text gives his first name elsewhere)
    if len(toks) >= 2 and toks[1][0] in _stops() and not _is_title(toks[0][0]) and toks[0][0] not in _stops() \
            and (_surname(toks[0][0]) or _is_name_token(toks[0][0])) and _first_name_before(folded, toks[0][0]) is not None:
        return toks[0][1], toks[0][2], True  # وأوضح الجاسر خلال أمسية ... أن: a family name the text gives with its
        # first name elsewhere, then circumstances (their names belong to others)
    k = 0
    while k < min(len(toks), 4) and _definite(toks[k][0]) and not _is_title(toks[k][0]) and not _office(toks[k][0]):
        k += 1
    if k and k < len(toks) and toks[k][0] in _stops() and toks[k][0][:1] == "\u0644" and toks[k][0] != _f("لدى"):
        return toks[0][1], toks[k - 1][2], False  # وقال الجيش لصحفيين يرافقون وزير الدفاع: the addressee ends the subject
        # (not لدى, which completes an office: المكلف بالاتصال لدى شركة ...)
    if len(toks) >= 2 and toks[0][0] in _sources() and toks[1][0] in _describing_verbs():
        return toks[0][1], toks[0][2], False  # أوضح تقرير كتبه الباحث فلان ونشرته مجلة: the report, not its writer
    if len(toks) >= 3 and toks[0][0] in _sources() and toks[1][0] in _close_to() and toks[2][0] == "\u0645\u0646":
        end = next((m for m in range(3, min(len(toks), 8)) if toks[m][0] in SEPARATORS or toks[m][0] in _stops()
                    or toks[m][0] in _time_leads() or toks[m][0] in _periods()
                    or m > 3 and _office(toks[m][0])), min(len(toks), 8))  # (| رئيس الاتحاد: his apposition)
        return toks[0][1], toks[end - 1][2], False  # مصدر مقرب من الوزير فلان: the source speaks, not the one it is
        # close to (he belongs to the description)
    if (kin := _kin_run(toks)) is not None:
        return toks[0][1], toks[kin - 1][2], False  # وقال والد الشهيد فلان: the father speaks, the name is his son's
    name = _name_in(toks)
    if k == 1 and len(toks) > 1 and toks[1][0] in _object_prepositions() and name and name[0] >= toks[1][2] \
            and not toks[0][0].startswith("\u0627\u0644\u0645") and not _nisba(toks[0][0]):
        return toks[0][1], toks[0][2], False  # كشف اللقاء عن عقلية فذة، ومنطق دقيق: a plain noun (not an agent in
        # الم-: المكلف بالاتصال لدى شركة فلان), then the verb's object; names past it belong to the object
    if k == 1 and name and name[0] == toks[1][1] and not _plausible_start(toks[1][0]) and not _institution_head(toks[0][0]):
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
        if desc and toks[k - 1][0] in QUOTE_CHARS and len(tok[0]) == 6 and tok[0].startswith("\u0627\u0644\u0627") \
                and k + 1 < len(toks) and WORD_RE.fullmatch(toks[k + 1][0]) and not _definite(toks[k + 1][0]) \
                and toks[k + 1][0] not in _stops():
            break  # صحيفة "بليك" | الأوسع انتشارا: an elative with its measure describes the quoted name
        if tok[0] in _member_of() and _unnamed_person(desc) and _body_after(toks, k + 1):
            more = [toks[k], toks[k + 1]]
            for t in toks[k + 2:k + 4]:
                if not _definite(t[0]) or t[0] in _stops():
                    break
                more.append(t)
            desc.extend(more)  # عضو في المجلس الرئاسي، مصدر في الشرطة، باحث في أكاديمية العلوم
            break
        if tok[0] == "\u0645\u0646" and desc and desc[0][0] in _quantifiers() and k + 1 < len(toks):
            more = k + 2 < len(toks) and (_joined_plural(toks[k + 2][0]) or not _definite(toks[k + 1][0])
                                          and toks[k + 2][0].startswith("\u0627\u0644"))
            desc.extend(toks[k:k + 3 if more else k + 2])  # عدد كبير من اليمنيين، العديد من المواطنين والمقيمين،
            # العديد من إدارات الفنادق (a noun in construct, then its complement)
            break
        if tok[0] == "\u0639\u0646" and desc and desc[-1][0] in _issued() and k + 1 < len(toks):
            desc.extend(toks[k:k + 2])  # بيان صادر عن المقاومة
            break
        if tok[0] in (_f("عن"), _f("على")) and len(desc) >= 2 and _institution_head(desc[0][0]) \
                and desc[-1][0].startswith("\u0644\u0644") and k + 1 < len(toks) and toks[k + 1][0] not in _stops():
            desc.extend(toks[k:k + 2])  # جماعة ... للدفاع عن حقوق الإنسان، المراكز ... للسيطرة على الأمراض:
            desc.extend(takewhile(lambda t: t[0].startswith("\u0627\u0644") and t[0] not in _stops(),
                                            toks[k + 2:k + 4]))  # the body's aim completes its name
            break
        if tok[0] in _stops() or tok[0] in SEPARATORS or tok[0] in _relatives() or (len(tok[0]) >= 5 and tok[0].endswith(OWNED_NOUN_ENDINGS)) \
                or _day_before_yesterday(toks[k:]) \
                or _circumstantial(tok[0]) or (desc and desc[0][0].removeprefix("\u0627\u0644") in _anonymous() and (
                    tok[0].startswith("\u0644\u0644") or tok[0][:1] == "\u0644" and (
                        tok[0][1:] in _media() or tok[0][1:].removesuffix("\u0646\u0627") in _media()
                        or tok[0][1:].removesuffix("\u062a\u0646\u0627") in _media()))):
            break  # مصدر عسكري | للإذاعة، المصدر المسؤول | لمراسلتنا: the addressee of an unnamed source
        if len(desc) == 1 and not _definite(desc[0][0]) and tok[0][:1] == "\u064a" and 4 <= len(tok[0]) <= 5 \
                and tok[0] not in _first_names():
            break  # مسعف | يعمل في هيئة الإسعاف: a clause about the one described
        if desc and (tok[0] in _describing_verbs() and not _definite(desc[0][0]) or _verb_before_adam(toks, k)):
            break  # تحليل اقتصادي | صدر أمس، تقرير | نشرته الوكالة، مسؤول | طلب عدم نشر اسمه: a clause about the source
        if desc and desc[-1][0] in _royal() and _is_name_token(tok[0]):
            desc.append(tok)  # مدينة الملك عبد العزيز للعلوم: a body named after a king
            continue
        if len(desc) == 1 and _is_title(desc[0][0]) and not _institution_head(desc[0][0]) \
                and tok[0][:1] == "\u0644" and tok[0][1:] in _institutions():
            break  # اللاعب | لبرنامج رياضي: the programme he spoke to
        if desc and (tok[0] in _demonstratives() or tok[0] in (_f("أي"), _f("أية"))):
            break  # نفى حارس المدرسة ذلك، لم يؤكد المتحدث أي معلومات: the object
        if len(desc) >= 2 and _field_of_body(desc[-1][0]) and tok[0].startswith("\u0627\u0644") \
                and not _adjective_after(tok[0]):
            break  # دعت المديرية العامة للجوازات | الأخوة اليمنيين: a definite noun after the body's field is the object
        if len(desc) >= 2 and not _definite(desc[-1][0]) and _indefinite_nisba(desc[-1][0]) and not _definite(tok[0]) \
                and desc[-1][0][:1] not in "\u0628\u0644\u0648" and not _indefinite_nisba(tok[0]) and not _is_title(tok[0]) \
                and tok[0] not in QUOTE_CHARS and tok[0][:1] not in "\u0628\u0644" and len(tok[0]) > 3 \
                and k + 1 < len(toks) and toks[k + 1][0] not in _stops() and toks[k + 1][0] not in SEPARATORS \
                and toks[k + 1][0] not in _time_leads():
            break  # محللون سياسيون أردنيون | تصرفات نائب الرئيس: the object after the adjectives
        if desc and tok[0] in _periods() and k + 1 < len(toks) and toks[k + 1][0] in _directions():
            break  # وزارة الدفاع الجزائرية | الأسبوع الماضي
        if desc and _office(tok[0]) and tok[0] not in _adjectives() and len(desc) <= 3 \
                and not any(_is_title(d[0]) or _office(d[0]) for d in desc) \
                and (any(d[0].removesuffix(NAME_SENTINEL) in _first_names() or _definite(d[0]) for d in desc[:1])
                     or len(desc) == 2 and k == 2 and all(_is_name_token(d[0]) for d in desc)) \
                and all(d[0] not in SEPARATORS for d in desc) and not _institution_head(desc[0][0]):
            return desc[0][1], desc[-1][2], True  # التيجاني القماطي المدير العام: a name, then its office
        if tok[0] == _f("غير") and desc and k + 1 < len(toks) and _definite(toks[k + 1][0]):
            desc.append(tok)  # جهاز الكسب غير المشروع
            continue
        if desc and _definite(desc[-1][0]) and not _definite(tok[0]) and not _is_title(tok[0]) \
                and tok[0][:1] not in "\u0628\u0644\u0648" and tok[0] not in QUOTE_CHARS \
                and tok[0] not in _function_words() and len(tok[0]) > 2:
            break  # الوزارة | احتواء الترميز: a bare noun after a definite subject is its object
        desc.append(tok)
    if len(desc) > 1 and desc[-1][0] in _issued() and _definite(desc[-1][0]):
        desc.pop()  # التقرير السنوي لمؤسسة النقد | الصادر مؤخرا: the report, without when it came out
    if desc:
        return desc[0][1], desc[-1][2], False
    return None


def _addressed_medium(folded: str, tok: str) -> bool:
    """ل glued to a wire agency (لفرانس برس، لرويترز) or to a medium the text names elsewhere after وكالة،
    قناة، صحيفة (لسكاي where it also writes لقناة سكاي): the one spoken to, never the last word of the
    speaker's name."""
    if tok[:1] != "\u0644" or tok.startswith("\u0644\u0644") or len(tok) < 4:
        return False
    return tok[1:] in _agencies() or any(_medium_word(w) for w in _words_before(folded, tok[1:]))


@cache
def _agencies() -> frozenset[str]:
    """The first word of the wire agencies' names, which need no وكالة before them (فرانس برس، رويترز)."""
    return frozenset(_f(w) for w in ("فرانس", "رويترز", "أسوشيتد", "اسوشيتد", "أسوشيتيد", "أسوشييتد", "الأناضول",
                                     "إنترفاكس", "انترفاكس", "شينخوا", "سبوتنيك", "يونهاب", "كيودو", "بلومبرغ",
                                     "بلومبيرغ", "بلومبيرج"))


def _addressed_person(tok: str, nxt: str) -> bool:
    """ل glued to a person spoken to, with his pronoun (لزملائه، لصديقته، لمحاميها) or before من (لعدد من
    المقربين منه): the addressee, neither the speaker nor part of his name."""
    if tok[:1] != "\u0644" or tok.startswith("\u0644\u0644") or len(tok) < 4 or _is_title(tok) \
            or tok.removesuffix(NAME_SENTINEL) in _first_names():
        return False
    return nxt == "\u0645\u0646" or len(tok) >= 6 and tok.endswith(("\u0647", *PRONOUN_SUFFIXES)) \
        and not tok.endswith(("\u0627\u0647", "\u0648\u0647"))  # (not لمياه: a plural in اه)


def _words_before(folded: str, word: str) -> Iterator[str]:
    """The word written before each occurrence of ``word`` as a whole word (a literal search first:
    a pattern opening on a character class would be tried at every position of the text)."""
    for m in re.finditer(f"(?<![{AR}]){re.escape(word)}(?![{AR}])", folded):
        before = _LAST_WORD_RE.search(folded, max(0, m.start() - 40), m.start())
        if before:
            yield before.group(1)


_LAST_WORD_RE = re.compile(f"(?<![{AR}])([{AR}]+)\\s+$")


def _medium_word(tok: str) -> bool:
    """A medium's head noun, bare or with و/ل/ب glued (وكالة، لوكالة، ولقناة)."""
    return tok in _media() or tok[1:] in _media() or tok[2:] in _media()


def _before_addressee(folded: str, toks: list[tuple[str, int, int]], name: tuple[int, int]) -> int:
    """The end of a name run cut before a medium it speaks to (قائد الشرطة سيف | لفرانس برس)."""
    inside = [t for t in toks if name[0] <= t[1] and t[2] <= name[1]]
    for a, b in zip(inside, inside[1:]):
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


def _verbal_object(words: list[str]) -> bool:
    """An indefinite noun in construct that is no person nor body (ضرورة الحذر، عدم توفر
    دلائل، أهمية التعاون): the object of a verb without reported words, not its subject."""
    if len(words) < 2 or _definite(words[0]) or any(_definite(w) for w in words[1:-1]) \
            or not _definite(words[-1]) and words[0] != _f("عدم"):
        return False  # a chain of nouns in construct ending on a definite one (علاقة ظاهرة النينو)
    head = words[0]
    return not (_is_title(head) or head in _anonymous() or head in _members() or _office(head)
                or _institution_head(head) or head in _quantifiers() or head in _partitives()
                or head.removesuffix(NAME_SENTINEL) in _first_names() or head.startswith(GLUED_NAME_HEADS))


def _related(words: list[str]) -> bool:
    """A noun with a possessive pronoun (قريبها، محاميهم) before a name of two words or more:
    the relation of the one the news is about, a title of the speaker."""
    return len(words) >= 3 and len(words[0]) >= 5 and words[0].endswith(POSSESSIVE_ENDINGS) \
        and words[0].removesuffix(NAME_SENTINEL) not in _first_names() and _plausible_start(words[1])


@cache
def _kin() -> frozenset[str]:
    """Heads of kinship in construct (والد الشهيد فلان، شقيقة المتوفاة): the name after them is the relative's."""
    return frozenset(_f(w) for w in ("والد", "والدة", "شقيق", "شقيقة", "نجل", "نجلة", "زوج", "زوجة", "أرملة", "ابنة"))


def _kin_run(toks: list[tuple[str, int, int]]) -> int | None:
    """The end index of a relative's description opening ``toks`` (والد الطفلة سارة فهد العتيبي), when a
    kinship head, then titles or article-words, then a name run come with no comma between (والد الشهيد،
    سالم العنزي: the father's own name)."""
    if len(toks) < 3 or toks[0][0] not in _kin() or not _definite(toks[1][0]):
        return None
    run = next(iter(_runs(toks[1:8])), None)
    if run is None or any(t[0] in SEPARATORS for t in toks[1:run[0] + 1]) \
            or not all(_definite(t[0]) or _is_title(t[0]) for t in toks[1:run[0] + 1]):
        return None
    return run[1] + 1


def _person_in_body(toks: list[tuple[str, int, int]], name_start: int) -> bool:
    """A body opens the subject and the name hangs on it through ل (القوات الموالية لحكومة الرئيس فلان، الجيش
    الموالي للرئيس فلان): the body speaks, the person belongs to its description."""
    if not (_definite(toks[0][0]) and _institution_head(toks[0][0]) and not _office(toks[0][0])):
        return False
    before = [t[0] for t in toks[1:] if t[2] <= name_start]
    return any(w[:1] == "\u0644" and (_institution_head(w[1:]) or w.startswith("\u0644\u0644") and _is_title("\u0627" + w[1:]))
               for w in before) and not any(w in SEPARATORS for w in before)


def _unnamed_person(desc: list[tuple[str, int, int]]) -> bool:
    """A bare indefinite noun for a person (مصدر، عضو، باحث): the body it belongs to follows
    (في الشرطة). With an adjective it is described enough (مصدر رسمي | في المنظمة)."""
    if len(desc) != 1 or _definite(desc[0][0]):
        return False
    head = desc[0][0]
    return head in _anonymous() or head in _members() or _office(head) or (
        _person_title(head) and not _institution_head(head))


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


@cache
def _occasions() -> frozenset[str]:
    """Nouns of the occasion of speaking, without the article: في بيان، خلال المؤتمر."""
    return frozenset(_f(w) for w in OCCASIONS)


def _plausible_start(tok: str) -> bool:
    """A word that may open a person's name: a known first name, عبد/أبو, or a name link."""
    return tok.removesuffix(NAME_SENTINEL) in _first_names() or tok.startswith(GLUED_NAME_HEADS) or tok in _name_links()


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
            if _is_title(lead) or _nisba(lead) or lead.removeprefix("\u0627\u0644") in _institutions():
                return name
    return name_start, name_end


def _glued_heads(words: list[str]) -> list[str]:
    """عبد/أبو joined to the word after them, as they are often written (عبد الغفار = عبدالغفار)."""
    out: list[str] = []
    for w in words:
        if out and out[-1] in GLUED_NAME_HEADS:
            out[-1] += w
        else:
            out.append(w)
    return out


def _seen_name(words: str, seen: list[_Speaker]) -> _Speaker | None:
    """A named speaker met before whose name ends with ``words`` (الرحمن -> حبيب الرحمن,
    بن عائشة -> أيمن بن عائشة)."""
    key = _glued_heads(_f(words).split())
    for sp in reversed(seen):
        full = _glued_heads(_f(sp.name).split())
        if not sp.named or len(full) <= len(key):
            continue
        if full[-len(key):] == key or (len(key) == 2 and full[0] == key[0] and full[-1] == key[-1]):
            return sp  # بن عائشة، علي الشهراني -> علي بن عمير آل جرمان الشهراني
    return None


def _stems(text: str) -> frozenset[str]:
    """Words without the article, also after a glued preposition (بالشرقية = الشرقية = شرقية)."""
    return frozenset(w[3:] if w.startswith(("\u0628\u0627\u0644", "\u0648\u0627\u0644")) and len(w) > 5
                     else w[2:] if w.startswith(("\u0627\u0644", "\u0644\u0644")) and len(w) > 4 else w
                     for w in WORD_RE.findall(text))


def _described(desc: str, seen: list[_Speaker]) -> _Speaker | None:
    """A named speaker whose title or apposition holds the description (سائق الحافلة ->
    أيمن بن عائشة، وهو سائق حافلة)."""
    words = _stems(desc)
    if len(words) < 2 and not (len(words) == 1 and _is_title(desc)):
        return None
    head = desc.split()[0]
    if head.endswith("\u0647") and not _office(head):
        return None  # المقاومة الشعبية، الحكومة: a body or a thing, never one person
    parts = desc.split()
    titled = 2 <= len(parts) <= 3 and _definite(parts[0]) and _office(parts[0]) \
        and all(_definite(w) and not _is_title(w) and not _institution_head(w) for w in parts[1:])
    generic = titled and parts[0] in _generic_officials() and all(_nisba(w) for w in parts[1:])
    for sp in reversed(seen):
        if desc in sp.context or words <= _stems(sp.context):
            if _governed(desc, sp.context):
                continue  # المقاومة الشعبية, met as قائد المقاومة الشعبية: the body he leads, not him
            return sp  # القاضية -> القاضية كلثوم كنو
        if titled and parts[0].removeprefix("\u0627\u0644") in _stems(sp.context) and not _other_nisba(parts, sp.context.split()):
            return sp  # المدرب المخضرم -> فان جال، مدرب مانشستر يونايتد: his title, then words that describe him
        if generic and sp.named and any(_office(w) for w in sp.context.split()) and {
                w.removeprefix("\u0627\u0644").removesuffix("\u0647") for w in parts[1:]} <= {
                w.removesuffix("\u0647") for w in _stems(sp.context)}:
            return sp  # المسؤول الأمريكي -> جون كيربي، المتحدث باسم الخارجية الأمريكية: any office holder is an official
    return None


def _other_nisba(desc: Sequence[str], title: Sequence[str]) -> bool:
    """The description's office and nisba (folded words: الرئيس الفرنسي) against the title a named person
    was met with (الرئيس الإيراني فلان): the same office with another nisba right after it, and no more
    of the description's words in the title, is another person (but المدير الجهوري للتجارة بنابل, a slip
    for الجهوي, is the same one)."""
    if len(desc) < 2 or not _nisba(desc[1]):
        return False
    head = desc[0].removeprefix("\u0627\u0644")
    at = [k for k, w in enumerate(title[:-1]) if w.removeprefix("\u0627\u0644") == head]
    if not at or not _nisba(title[at[-1] + 1]) or desc[1] in title[at[-1] + 1:]:
        return False  # (وزير الخارجية السوري, then الوزير السوري: the same one)
    return not set(desc[2:]) & set(title)


@cache
def _necessities() -> frozenset[str]:
    """Nouns of need or weight an أن clause completes (شدد على ضرورة أن، أكد أهمية أن): the verb's object."""
    return frozenset(_f(p + w) for w in ("ضرورة", "أهمية", "وجوب", "حتمية") for p in ("", "على", "ب"))


def _necessity_before(folded: str, verb_end: int, comp_start: int) -> int | None:
    """The folded start of a noun of need right before the complementizer (| على ضرورة أن), else None."""
    words = list(WORD_RE.finditer(folded, verb_end, comp_start))
    if not words or words[-1].group() not in _necessities() or folded[words[-1].end():comp_start].strip():
        return None
    if len(words) > 1 and words[-2].group() == _f("على") and words[-1].group() in _necessities():
        return words[-2].start()
    return words[-1].start()


@cache
def _close_to() -> frozenset[str]:
    """Adjectives of a source close to someone (مصدر مقرب من، مصادر قريبة من)."""
    return frozenset(_f(w + e) for w in ("مقرب", "قريب") for e in ("", "ة", "ون", "ين"))


@cache
def _honorific_heads() -> frozenset[str]:
    """Honorifics written before an office (سمو رئيس الوزراء، معالي الوزير): no part of the office."""
    return frozenset(_f(w) for w in ("سمو", "معالي", "فخامة", "سعادة", "سماحة", "فضيلة", "جلالة"))


@cache
def _generic_officials() -> frozenset[str]:
    """Heads that name any office holder (المسؤول الأمريكي after the American spokesman was named)."""
    return frozenset(_f(w) for w in ("المسؤول", "المسؤولة"))


def _governed(desc: str, context: str) -> bool:
    """The description stands in the context right after an office that governs it (قائد | المقاومة،
    القيادي في | المقاومة الشعبية)."""
    first = desc.split()[0] if desc.split() else ""
    words = context.split()
    return not _office(first) and any(w == first and k and (_office(words[k - 1]) or words[k - 1] == _f("باسم")
                                                            or k > 1 and _office(words[k - 2]) and words[k - 1] in _member_of())
                                      for k, w in enumerate(words))  # المتحدث باسم | البيت الأبيض


def _canonical(speaker: _Speaker, entities: Sequence[Entity]) -> str:
    """The speaker as found in the text; a one-word name (بوتين) takes the canonical name of
    a person entity ending with it (فلاديمير بوتين). Longer names stay as written: a tagger's
    span may carry a neighbouring word."""
    words = _f(speaker.name).split()
    if speaker.named and len(words) >= 3:
        return _tagged_core(speaker.name, words, entities)
    if not speaker.named or len(words) != 1:
        return speaker.name
    for e in entities:
        if e.type != "PERS" or not e.canonical:
            continue
        canon = _f(e.canonical).split()
        overlaps = e.start < speaker.end and speaker.start < e.end
        if canon[-1:] == words and 2 <= len(canon) <= 4 and (overlaps or e.text != speaker.name) \
                and canon[0] not in _titles():  # ابن جولي، زوجة فلان: a relative, another person
            return e.canonical
    return speaker.name


def _tagged_core(name: str, words: list[str], entities: Sequence[Entity]) -> str:
    """A name run that carried a neighbouring word (تطاوين طارق الحداد، جان قهوجي عناصر)
    shrinks to the person the tagger found inside it, when the words left out are no part of
    a name (no بن/عبد/آل, no first name)."""
    best: list[str] = []
    for e in entities:
        if e.type != "PERS":
            continue
        inner = _f(e.text).split()
        if not 2 <= len(inner) < len(words) or len(inner) <= len(best):
            continue
        at = next((k for k in range(len(words) - len(inner) + 1) if words[k:k + len(inner)] == inner), None)
        if at is None:
            continue
        left_out = words[:at] + words[at + len(inner):]
        tail = words[at + len(inner):]
        if tail and _definite(tail[0]):
            continue  # ابو يوسف | الحمراني: a family name the tagger left out
        if any(w in _name_links() or w in _first_names() or w.startswith(GLUED_NAME_HEADS) or w[:1] == "\u0648"
               for w in left_out) \
                or words[at + len(inner) - 1] in _name_links():
            continue
        best = inner
    if not best:
        return name
    at = next(k for k in range(len(words)) if words[k:k + len(best)] == best)
    return " ".join(name.split()[at:at + len(best)]) if len(name.split()) == len(words) else name


def _office_then_words(region: Sequence[re.Match[str]], comp: re.Match[str] | None) -> bool:
    """An office and its complement, then a complementizer at once (وتابع رئيس الهيئة الوطنية
    لحماية المعطيات أن): a conditional verb (تابع) that reports words."""
    return comp is not None and comp.group().strip() not in (":", "") and 2 <= len(region) <= 8 \
        and _office(region[0].group()) and region[-1].end() <= comp.start() \
        and all(_complement_word(t.group()) for t in region[1:])  # not تابع الفريق تدريباته، ختم الوزير حديثه بأن


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
        if len(before) > 1 and before[-1] == SABAQA and before[-2] in _what():
            continue  # على ما سبق أن صدر: "what was issued before", not reported words (but لـ"سبق" أن: the paper)
        if m.group().strip() == "\u0627\u0646" and _spelled_acronym(before, WORD_RE.findall(folded, m.end(), m.end() + 12)):
            continue  # سي إن إن، "إن تي في"، إن بي سي: the letter N of an outlet's name
        found = m
        break
    at = next((g for g in glued if start < g < end and (found is None or g < found.start())), None)
    return GLUED_INNA_RE.match(folded, at) if at is not None else found


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


def _opening_quote(folded: str, start: int, end: int, comp: re.Match[str] | None) -> tuple[int, int] | None:
    """The first quoted stretch long enough to be words said: (open, close) folded offsets.
    Quote marks are paired left to right, so a short quoted name is skipped whole."""
    pos = start
    while True:
        m = QUOTE_OPEN_RE.search(folded, pos, end)
        if m is None:
            return None
        close = CLOSING.get(m.group(), RIGHT_DOUBLE_QUOTE)
        at = folded.find(close, m.end())
        if close == QUOTATION_MARK and at >= 0 and "\n" in folded[m.end():at]:
            at = -1  # قائلا" : … (never closed in its paragraph): the mark in the next paragraph opens other words
        verb_at = _reopening_verb(folded, at) if close == QUOTATION_MARK and at >= 0 else None
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
        if len(TOKEN_RE.findall(folded, m.end(), at)) >= MIN_QUOTE_TOKENS or (
            comp is not None and comp.end() <= m.start() and folded[comp.end():m.start()].strip() == ""
        ):
            return m.start(), at
        pos = at + 1


def _reopening_verb(folded: str, mark: int) -> int | None:
    """Folded start of the speech verb or participle that a straight quote mark follows
    (مضيفا "…"، وقال لهم "…"، وأضاف: "…"): such a mark opens words said, it does not close earlier ones."""
    words = list(WORD_RE.finditer(folded, max(0, mark - 30), mark))
    if words and words[-1].group() in _addressees():
        words.pop()
    if not words or folded[words[-1].end():mark].strip() not in ("", ":"):
        return None  # مضيفا "…"، واختتم: "…"
    word = words[-1]
    if word.group() not in _verb_words() or not folded[mark + 1:mark + 3].strip():
        return None
    return word.start()


@cache
def _verb_words() -> frozenset[str]:
    """Every folded speech verb and participle, bare and after و/ف: one set lookup a word."""
    words = {_f(w) for w in (*SPEECH_VERBS, *CONDITIONAL_VERBS, *VIEW_VERBS, *CONTINUING_VERBS, *REPORTED_SAYINGS)}
    return frozenset(words | {c + w for w in words for c in "\u0648\u0641"})


def _verb_matches(folded: str, text: str = "", back: Sequence[int] = ()) -> list[re.Match[str]]:
    """The speech verbs of the text, found word by word rather than by scanning every position;
    بيّن (explained) counts when the shadda tells it from بين (between)."""
    table = _verb_words()
    out = []
    for m in WORD_RE.finditer(folded):
        word = m.group()
        if word in table:
            vm = VERB_RE.match(folded, m.start())
            if vm is not None and vm.end() == m.end():
                out.append(vm)
        elif word in BAYYANA and (text and SHADDA in text[back[m.start()]:back[m.end() - 1] + 1]
                                  or _bayyana_clause(folded, m)):
            vm = BAYYANA_RE.match(folded, m.start())
            if vm is not None:
                out.append(vm)
        elif word in _la_words() and (vm := SPLIT_LAHAZA_RE.match(folded, m.start())) is not None:
            out.append(vm)
        elif word in _attributed_with_pronoun() and (vm := ATTRIBUTED_RE.match(folded, m.start())) is not None \
                and _attributive(folded, vm):
            out.append(vm)  # وفق ما ذكره مصدر أمني، حسب ما ذكرته القاضية: the source, who speaks on
    return out


ATTRIBUTION_VERBS = ("ذكر", "ذكرت", "أكد", "أكدت", "أفاد", "أفادت", "أوضح", "أوضحت", "قال", "قالت", "صرح", "صرحت",
                     "نقل", "نقلت", "كشف", "كشفت", "أعلن", "أعلنت")
ATTRIBUTED_RE = re.compile(f"(?<![{AR}])(?P<conj>(?!))?(?P<verb>{_alt(ATTRIBUTION_VERBS)})(?P<cont>(?!))?(?=\u0647(?:\u0627)?(?![{AR}]))\u0647?\u0627?(?![{AR}])")


@cache
def _attributed_with_pronoun() -> frozenset[str]:
    """Verbs with the pronoun of what was said (ذكره، ذكرته، أكدته): after ما they attribute."""
    return frozenset(_f(v) + p for v in ATTRIBUTION_VERBS for p in ("\u0647", "\u0647\u0627"))


@cache
def _la_words() -> frozenset[str]:
    return frozenset({"\u0644\u0627", "\u0648\u0644\u0627", "\u0641\u0644\u0627"})  # لا ولا فلا


def _bayyana_clause(folded: str, m: re.Match[str]) -> bool:
    """بين without its shadda is the verb "explained" when it opens a clause (the sentence start,
    after a comma, من جهته، بدوره) and a complementizer follows a short subject (وبين أن، من جهته
    بين البائع فلان أن); elsewhere it is "between" (ما بين، بين الطرفين)."""
    before = folded[max(0, m.start() - 40):m.start()].rstrip()
    words = WORD_RE.findall(before)
    opens = not before or before[-1] in ".!?\u061f\n" + ARABIC_COMMA + "," or (
        bool(words) and before.endswith(words[-1]) and (words[-1].removeprefix("\u0648") in _lead_adverbials()
                                                        or words[-1].removeprefix("\u0648") in _relatives()))  # الذي بين أن
    if not opens:  # أما بالنسبة للطرق بين أن: a fronted topic, then the verb
        line = folded[_sentence_start(folded, m.start()):m.start()]
        topic = WORD_RE.findall(line)
        opens = bool(topic) and topic[0].removeprefix("\u0648") == _f("أما") and len(topic) <= 5 \
            and not any(c in line for c in ARABIC_COMMA + ",")
    if not opens:
        return False
    end = _sentence_end(folded, m.end())
    comp = _complementizer(folded, m.end(), end)
    return comp is not None and comp.group().strip() != ":" and len(TOKEN_RE.findall(folded, m.end(), comp.start())) <= 8 \
        and not any(w in _verb_words() for w in WORD_RE.findall(folded, m.end(), comp.start()))  # وبين حنايا الوطن، مبينا أنه


def _pointing(vm: re.Match[str]) -> bool:
    """أشار، لفت، مشيرا، لافتا: verbs whose words follow إلى (مشيرا إلى "ذخائر ...")."""
    word = vm["verb"] or vm["cont"] or ""
    return word.startswith((_f("أشار"), _f("لفت"), _f("مشير"), _f("لافت")))


@cache
def _full_addressees() -> frozenset[str]:
    """Addressees complete in one word (وقالت لرويترز «…»), unlike لوكالة "الأناضول" whose quoted word is a name."""
    return frozenset(_f(w) for w in ("لرويترز", "للصحفيين", "للصحافيين", "لصحفيين", "لصحافيين", "للصحافة", "للصحيفة", "للوكالة"))


@cache
def _time_prepositions() -> frozenset[str]:
    return frozenset(_f(w) for w in ("قبل", "بعد"))


@cache
def _adverbs() -> frozenset[str]:
    """Adverbs that may stand between a speech verb and its quoted words (وقال أيضا "…")."""
    return frozenset(_f(w) for w in ("أيضا", "كذلك", "مجددا", "رسميا", "صراحة", "علنا", "حاليا", "شخصيا"))


@cache
def _attention() -> frozenset[str]:
    return frozenset(_f(w) for w in ("النظر", "الانتباه", "الأنظار"))


@cache
def _present() -> frozenset[str]:
    """Speech verbs in the present tense (يقول، تؤكد)."""
    return frozenset(_f(w) for w in ("يقول", "تقول", "يضيف", "تضيف", "يؤكد", "تؤكد"))


@cache
def _expressing() -> frozenset[str]:
    """Verbs of expressing (أعرب عن أمله، معربا عن قلقه): a feeling with عن, not words reported."""
    return frozenset(_f(w) for w in ("أعرب", "أعربت", "معربا", "معربة"))


@cache
def _present_feminine() -> frozenset[str]:
    return frozenset(_f(w) for w in ("تقول", "تضيف", "تؤكد"))


def _verb_gender(vm: re.Match[str]) -> str | None:
    """"m", "f" or "p" (plural, dual) read off the ending of a speech verb or participle
    (قالت، مضيفة، قولهم); None when it does not tell (بالقول)."""
    if vm["verb"]:
        word = vm["verb"]
        if word.endswith("\u0648\u0627") or word in _duals():
            return "p"  # قالوا، قالا
        return "f" if (word.endswith("\u062a") and word != _f("لفت")) or word in _present_feminine() else "m"
    word = vm["cont"]
    if word.startswith(QAWL):
        return {"\u0647": "m", "\u0647\u0627": "f"}.get(word[len(QAWL):], "p")  # قوله قولها قولهم
    if word.endswith("\u064a\u0646"):
        return "p"  # قائلين
    if word.endswith("\u0627"):
        return "m"  # قائلا
    return "f" if word.endswith("\u0647") else None  # قائلة


@cache
def _duals() -> frozenset[str]:
    return frozenset(_f(w) for w in ("أكدا", "قالا", "أكدتا", "قالتا", "أوضحتا", "أضافتا", "أشارتا", "ذكرتا", "شددتا",
                                     "أوضحا", "أضافا", "أشارا", "شددا"))


def _dual(vm: re.Match[str]) -> bool:
    """A dual speech verb or participle (أكدتا، أكدا، مؤكدتين): two people speak."""
    return bool(vm["verb"] and vm["verb"] in _duals() or vm["cont"] and vm["cont"].endswith("\u062a\u064a\u0646"))


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


def _gender_clash(gender: str | None, last_gender: str | None) -> bool:
    """A masculine verb after a feminine speaker or the other way round: not the same speaker."""
    return {gender, last_gender} == {"m", "f"}


def _verbs_between(verbs: list[re.Match[str]], start: int, end: int) -> Iterator[re.Match[str]]:
    return (v for v in verbs if start <= v.start() and v.end() <= end)


def find_quotes(text: str, entities: Sequence[Entity]) -> list[Quote]:
    """Direct and reported speech in ``text``, with speakers and offsets."""
    if not text:
        return []
    folded, back = match_form(text)
    entities = [e for e in entities if not _mid_word(text, e)]
    token = PREPOSITION_ALA.set(_maksura_prepositions(text, back))
    try:
        return _find_quotes(text, folded, back, entities)
    finally:
        PREPOSITION_ALA.reset(token)


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
    history: list[tuple[_Speaker, str | None]] = []  # the speakers met so far, with their verbs' gender
    seen: list[_Speaker] = []
    verbs = _verb_matches(folded, text, back)
    glued = _glued_inna(text, back)
    for vm in verbs:
        if last is not None and (not history or history[-1][0] is not last):
            history.append((last, last_gender))
        if any(s <= vm.start() < e for s, e in claimed) or _inside_quote(folded, vm.start()) or _elative(folded, vm) \
                or _first_person(folded, vm):
            continue  # words of a speaker already quoted, or of one quoted by someone (مضيفة رائعة)
        prev = WORD_RE.findall(folded, max(0, vm.start() - 8), vm.start())
        gender = _verb_gender(vm)
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
        if vm["verb"] and not vm["conj"] and prev and prev[-1] in _noun_leads() \
                and folded[:vm.start()].rstrip().endswith(prev[-1]):
            continue  # الذي رفض ذكر اسمه: a verbal noun, no one speaks
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
        if comp is not None and comp.group().strip() == ":" and folded[eos:eos + 1] == "\n" \
                and not folded[comp.end():eos].strip() and len(TOKEN_RE.findall(folded, verb_end, comp.start())) <= 6 \
                and "\u0639\u0646" not in WORD_RE.findall(folded, verb_end, comp.start()):  # not أعلنت عن تعيين كل من :
            nxt_line = eos
            while nxt_line < len(folded) and folded[nxt_line].isspace():
                nxt_line += 1
            if nxt_line < len(folded):
                eos = _sentence_end(folded, nxt_line)  # وقال فلان:\nلقي البرنامج ...: the words open the next line
        quote = _opening_quote(folded, verb_end, eos, comp)
        if quote and NAQL_RE.fullmatch(vm.group()) and folded.find(" \u0639\u0646 ", verb_end, quote[0]) < 0:
            quote = None  # نقلت قناة "بي بي سي" عن ...: the quoted name of the outlet
        if quote and comp and comp.start() < quote[0] and folded[comp.end():quote[0]].strip():
            quote = None  # words reported indirectly, with a quoted phrase inside
        if quote and comp and quote[1] < comp.start() and len(TOKEN_RE.findall(folded, quote[1] + 1, comp.start())) <= 1 \
                and not any(t in _verb_words() for t in TOKEN_RE.findall(folded, quote[1] + 1, comp.start())):  # «…» مضيفة أن
            quote = None  # وذكر المواطن "عبدالله ذياب المطيري" أنه: a quoted name in the subject
        if quote and not folded[verb_end:quote[0]].strip() and _quoted_name(TOKEN_RE.findall(folded, quote[0] + 1, quote[1])):
            quote = None  # وأوضح "الأستاذ عبد العزيز العيد" المشرف العام أن: a quoted name, then the words
        if quote and (not comp or quote[0] < comp.start()):
            before = WORD_RE.findall(folded, max(verb_end, quote[0] - 12), quote[0])
            last_word = before[-1] if before else ""
            if last_word and (last_word in _stops() and last_word not in _time_leads() and last_word not in _addressees()
                              and not (last_word == _f("إلى") and _pointing(vm) and WORD_RE.findall(folded, verb_end, quote[0]) == [last_word])
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
            subject_end = mark.start() if mark else eos  # no speaker inside quoted words
        if comp is not None and (need := _necessity_before(folded, verb_end, comp.start())) is not None:
            subject_end, marks, quote, comp = need, [], None, None  # شدد على ضرورة أن: a noun object, no words reported
        other = next((o for o in _verbs_between(verbs, verb_end, subject_end) if not _attributive(folded, o)
                      and not (o["cont"] and o["cont"].startswith(QAWL) and _own_saying(folded, verb_end, o))), None)
        if other:  # the reported words belong to the next verb (أعلن بوتين ...، قائلاً إنه)
            subject_end, marks, quote, comp = other.start(), [], None, None
        subject_start = verb_end
        region = list(TOKEN_RE.finditer(folded, verb_end, subject_end))
        if len(region) >= 2 and region[0].group() == KAMA and any(o.start() == region[1].start() and _attributive(folded, o)
                                                               for o in verbs):
            subject_start, region = subject_end, []  # وقالت كما نقلت عنها الوكالة إن: an aside, no subject
        if region and vm["verb"] and vm["verb"].startswith(_f("لفت")) and region[0].group() in _attention():
            subject_start = region[0].end()  # لفت النظر إلى أن: drew attention, the subject is the last speaker's
            region = region[1:]
        if len(region) > 1 and vm["verb"] and vm["verb"].startswith(_f("لفت")) and region[-1].group() in _attention():
            subject_end = region[-1].start()  # ولفت التقرير النظر إلى أن: the attention is drawn, the report speaks
            region = region[:-1]
        n_words = len(region)
        if vm.start() < reported_end and not vm["conj"] and vm["verb"] in _present() and not n_words \
                and vm["verb"] not in (_f("يقول"), _f("تقول")):
            continue  # أشار إلى أن إحياء الذكرى يؤكد أن: a verb of the words reported (but التي تقول السلطات إنها،
            # وشدد على أن البعض يقول إن: a saying reported within the words is a quotation of its own)
        if reported_start <= vm.start() < reported_end and not vm["conj"] and vm["verb"] and n_words and prev \
                and _content_word(prev[-1]) and folded[:vm.start()].rstrip()[-1:] not in SEPARATORS \
                and _subject(folded, subject_start, subject_end) is not None:
            continue  # وأضافت أنه بعد الانتصارات أكدت مصادرنا بحصول ...: a verb of the words reported, no new speaker
        if reported_start <= vm.start() < reported_end and not vm["conj"] and vm["verb"] and prev \
                and (not n_words or _subject(folded, subject_start, subject_end) is None) \
                and not vm["verb"].startswith(QAL) and vm["verb"] not in _present() \
                and _content_word(prev[-1]) and not any(c in SEPARATORS for c in folded[reported_start:vm.start()]) \
                and not any(w.removeprefix("\u0648") in _clause_starts() for w in WORD_RE.findall(folded, reported_start, vm.start())):
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
        if vm["verb"] and vm["verb"] in _conditional() and not _office_then_words(region, comp) and (
                not marks or n_words > 2 or (n_words and not (
                comp is not None and text[back[comp.start()]] in INNA_OR_COLON and all(_definite(t.group()) for t in region)
                or quote is not None and (comp is None or comp.start() > quote[0])
                or comp is not None and len([t for t in region if t.group() not in SEPARATORS]) == 1
                and (_definite(region[0].group()) or _is_name_token(region[0].group())) and not _is_title(region[0].group())
                and not folded[region[-1].end():comp.start()].strip(" \u060c,")))):
            # but وتابع الخطيب "…"، وتابع جونسون "أنه …"، وتابع الفوزان أن: the words at once after a subject
            continue  # تابع الفريق تدريباته: following, not speaking (but وتابع البيان إن)
        if vm["verb"] and vm["verb"] in _view_verbs() and (
                comp is None or comp.group().strip() == ":"
                or quote is not None and not (comp.end() <= quote[0] and not folded[comp.end():quote[0]].strip())
                or n_words > 4 and not (n_words <= 10 and region[-1].group() in (ARABIC_COMMA, ",")
                                        or n_words <= 8 and _whole_subject(folded, region)
                                        or n_words <= MAX_CIRCUMSTANCE_TOKENS and _circumstance_between_commas(region))):
            # but واعتبر أن "…" (the words quoted after أن), واعتبر الوزير المثير للجدل ...، أنه (a comma closes the subject)
            continue  # اعتبر الإصابة أمرا عاديا: an opinion about an object, not reported words
        about = folded.find(" \u0639\u0646 ", verb_end - 1, subject_end) if (vm["verb"] or vm["cont"]) in _expressing() else -1
        expressed = about >= 0
        speaker: _Speaker | None = None
        if vm["verb"] and region:
            region_end = subject_end if n_words <= MAX_SUBJECT_TOKENS else region[MAX_SUBJECT_TOKENS - 1].end()
            region_start = subject_start
            if NAQL_RE.fullmatch(vm.group()):
                at = folded.find(" \u0639\u0646 ", verb_end, region_end)  # نقلت الوكالة عن مسؤولين أن
                region_start = at + 4 if at >= 0 else verb_end
            if expressed:
                region_end = min(region_end, about + 1)  # أعرب الوزير عن ارتياحه لدول الجوار: the object, no subject
            speaker = _speaker(text, folded, back, region_start, region_end, entities, seen)
        too_long = n_words > MAX_SUBJECT_TOKENS and not (
            speaker is not None and n_words <= MAX_CIRCUMSTANCE_TOKENS and _circumstances_after(region, back, speaker)
            or speaker is None and n_words <= MAX_CIRCUMSTANCE_TOKENS and region[0].group() in _circumstance_leads()
            and comp is not None and comp.group().strip() != ":")  # وأضاف في تصريح ... على هامش مائدة ... أن
        if speaker is not None and not marks and _verbal_object(_f(speaker.name).split()):
            speaker = None  # وأكد ضرورة الحذر، موضحا أن: the object of the verb; the one speaking goes on
        owner = _speech_owner(text, folded, back, vm, prev, entities, seen) if speaker is None else None
        if owner is not None:  # تصريحات المرشد علي خامنئي التي أكد فيها أن: the words are the owner's, an aside
            speaker = owner
        before = None if owner is not None else _subject_before(folded, vm, prev)
        if before is not None and prev and prev[-1].removeprefix("\u0648") in _relatives() and speaker is not None:
            before = None  # في الوقت الذي أوضح مسؤول في الإدارة أن: the relative clause has its own subject
        if before is not None and speaker is not None and speaker.named and vm["verb"] and not vm["conj"] \
                and prev and prev[-1] != _f("قد") and prev[-1] not in _relatives() and region \
                and (_person_title(region[0].group()) or region[0].group() in _first_names()):
            before = None  # التي يمكن أن تحققها قال العقيد فلان: a name after the verb is its subject, not a word after أن
        if before is not None:  # وكان نائب المدير، مارك رولي، قد أكد / نقلت القناة عن صديقه قوله
            speaker = _speaker(text, folded, back, before[0], before[1], entities, seen) or speaker
        if speaker is not None and not speaker.named and _f(speaker.name) in _the_latter():
            speaker = _latter(text, folded, back, vm.start(), seen, people()) or speaker  # قال فيه الأخير إن
        if speaker is not None and last is not None and last.named and _anaphoric(_f(speaker.name)):
            speaker = last  # وأوضح ذات المصدر، المصدر نفسه: the person named before (else the words as written)
        if speaker is not None and last is not None and last.named and _f(speaker.name) in _honorifics():
            titled = _resolve(speaker, text, folded, back, people)
            speaker = titled if titled is not speaker else last  # وقال سموه: the dignitary named, or the one speaking
        if speaker is not None and owner is None:
            nested = reported_start <= vm.start() < reported_end and not vm["conj"] and not n_words  # أن البعض
            # يقول إن: a saying within the words of the one speaking, its subject before it; he goes on after it
            if (marks or not (prev and prev[-1] in _relatives())) and not nested:  # التقديرات التي أعلنت أوائل
                last, last_gender = speaker, gender  # العام: no one speaks on
            if speaker.named:
                seen.append(speaker)
        elif owner is not None:
            pass
        elif vm["cont"] or n_words == 0 or _subject(folded, subject_start, subject_end) is None \
                or TANWEEN_FATH in text[back[region[0].start()]:back[region[0].end() - 1] + 2]:  # ويقول واصفاً شعوره:
            clash = last is not None and _gender_clash(gender, last_gender)
            pair_before = last is not None and last_gender == "p"  # two or more already speaking
            speaker = None if clash else last  # قال بيو ... وقالت: someone else, named earlier
            if speaker is not None and marks and vm["verb"] and prev and prev[-1] in _but_pronouns() \
                    and speaker.start < back[_sentence_start(folded, vm.start())] \
                    and (own := _sentence_subject(text, folded, back, vm.start(), gender)) is not None \
                    and not _same_person(own, speaker):
                speaker, last, last_gender = own, own, gender  # ونفى مسؤولو الجمارك ...، لكنهم قالوا: the subject
                # of the clause that لكن goes on from, not the one who spoke in an earlier sentence
            if speaker is not None and marks and vm["cont"] and gender == "p" and last_gender != "p" \
                    and speaker.start < back[_sentence_start(folded, vm.start())] and (group := _sentence_subject(text, folded, back, vm.start(), gender)) is not None \
                    and _f(group.name).split()[0] in _quantifiers():
                speaker, last, last_gender = group, group, gender  # قال فلان ... وجدد عدد من المواطنين مطالبهم، مؤكدين: the group, not the one before
            preverbal = _preverbal_subject(folded, vm) if vm["verb"] and not vm["conj"] else \
                _amma_topic(folded, vm) if vm["verb"] and vm["conj"] == "\u0641" else None
            if preverbal is not None:  # لكن فالون قال، الوزير قال: the subject before its verb
                speaker = _speaker(text, folded, back, preverbal[0], preverbal[1], entities, seen) or speaker
                if speaker is not None and speaker is not last:
                    last, last_gender = speaker, gender
                    if speaker.named:
                        seen.append(speaker)
            if (speaker is None or last_gender != "p") and marks and _dual(vm):
                pair = _pair_named(text, folded, back, vm.start())
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
                    speaker = _sentence_subject(text, folded, back, before, gender)
                if speaker is not None and clash and _same_person(speaker, last):
                    speaker = None  # the one the verb's gender has just ruled out
                if speaker is not None:
                    last, last_gender = speaker, gender
                    if speaker.named:
                        seen.append(speaker)
            if marks and vm["cont"] and (source := _according_to(text, folded, back, vm, entities, seen)) is not None \
                    and not (speaker is not None and _same_person(source, speaker)):
                speaker, last, last_gender = source, source, gender  # وحسب صحيفة "ستيت"، فإن ...، مشيرة إلى أن
                clash = False
                if source.named:
                    seen.append(source)
            if speaker is None and clash and marks and vm["cont"] and (shifted := _clause_subject(
                    text, folded, back, vm, verbs, entities, seen)) is not None:
                speaker, last, last_gender = shifted, shifted, gender  # وشككت الوزارة في ...، مشيرة: the clause's subject
                if shifted.named:
                    seen.append(shifted)
            elif speaker is None and clash:
                earlier = next((h for h, g in reversed(history) if g == gender and h is not last), None)
                if earlier is not None:  # قالت سلمى ... وأكد الوزير ... وأضافت: the last speaker of her gender
                    speaker, last, last_gender = earlier, earlier, gender
                else:
                    speaker = last  # no one else in sight: the agreement was loose (الوزارة ... وأضاف)
            elif speaker is not None and speaker is last and marks and vm["cont"] and (shifted := _clause_subject(
                    text, folded, back, vm, verbs, entities, seen)) is not None and not _same_person(shifted, last):
                speaker = last = shifted  # وتحدثت أماندا بعد إنقاذها قائلة، ونقل عن الوزير فلان ... قائلا
                last_gender = gender
                if shifted.named:
                    seen.append(shifted)
            elif speaker is not None and speaker is last and marks:
                shifted = _topic_subject(text, folded, back, vm.start(), spoken_end)
                if shifted is not None and not _same_person(shifted, last):
                    speaker = last = shifted  # انتقل فلان إلى المدينة. وقال: the one the news moved to
                    last_gender = gender
                    seen.append(shifted)
        if last is not None:
            spoken_end = max(spoken_end, verb_end)
        if not marks or too_long or expressed:
            continue  # أعرب الوزير عن أمله في أن: a feeling expressed, no words reported (the speaker goes on)
        direct = quote is not None
        if quote:
            s, e = quote[0] + 1, quote[1]
            claimed.append((quote[0], quote[1] + 1))
        else:
            s = comp.end() if comp else verb_end
            nxt = next(_verbs_between(verbs, s, eos), None)
            e = eos
            if nxt and nxt["cont"]:
                e = nxt.start()
            while e > s and folded[e - 1] in f" {ARABIC_COMMA},":
                e -= 1
            reported_start, reported_end = s, e
        while s < e and folded[s].isspace():
            s += 1
        if e <= s:
            continue
        a, b = disp(s, e)
        spoken_end = max(spoken_end, e)
        verb_start = vm.start("verb") if vm["verb"] else vm.start("cont")
        out.append(Quote(
            speaker=_canonical(_resolve(speaker, text, folded, back, people), entities) if speaker else None,
            verb=text[back[verb_start]:back[verb_end - 1] + 1], text=text[a:b], start=a, end=b, direct=direct,
            speaker_start=speaker.start if speaker else None,
            speaker_end=speaker.end if speaker else None,
        ))
    out.extend(_trailing_attributions(text, folded, back, claimed, entities))
    return sorted(out, key=lambda q: q.start)


# A clause opened by a verb with و/ف, or by a bare verb of talking (، تحدث لـ"سبق" المستشار فلان قائلا).
TALKING_VERBS = ("تحدث", "تحدثت", "علق", "علقت", "عقب", "عقبت")
CLAUSE_VERB_RE = re.compile(f"(?:^|[.!?\u061f\n{ARABIC_COMMA},][\\s\"\u201d\u00bb]*)(?P<verb>[\u0648\u0641](?:[{AR}]{{3,6}}|\u0631\u062f|\u062d\u062b|\u0634\u062f)|{_alt(TALKING_VERBS)})(?![{AR}])")  # ورد، وحث، وشد (doubled); ." ورد


@cache
def _sayings() -> frozenset[str]:
    """His saying (قوله، قولها): it brings the words, it is never the speaker."""
    return frozenset(_f(w) for w in REPORTED_SAYINGS)


def _own_saying(folded: str, verb_end: int, saying: re.Match[str]) -> bool:
    """قوله right after a speech verb or its short subject, a name the text writes elsewhere too (وأضاف قوله،
    وأضاف مورينيو قوله "…"): the verb's own words, not a second quotation; but نقلت القناة عن صديقه قوله: the
    one after عن says them, and ولاحظ معي قوله: no subject, no speaker."""
    between = [t.group() for t in islice(TOKEN_RE.finditer(folded, verb_end, saying.start()), 4)]  # more: too far
    return len(between) <= 3 and all(t not in SEPARATORS and t != "\u0639\u0646" and _written_again(folded, t)
                                     for t in between)


def _written_again(folded: str, word: str) -> bool:
    """The word stands alone at least twice in the text."""
    return len(re.findall(f"(?<![{AR}]){re.escape(word)}(?![{AR}])", folded)) >= 2


def _clause_subject(text: str, folded: str, back: list[int], vm: re.Match[str], verbs: list[re.Match[str]],
                    entities: Sequence[Entity], seen: list[_Speaker]) -> _Speaker | None:
    """The subject of a clause opened after the last speech verb by a verb of another kind, which a
    participle then carries on (وتحدثت أماندا بعد إنقاذها قائلة، واتفق مندوب رابع على ...، مفيدا أن،
    ونقل عن الوزير فلان ثقته ... قائلا): a name, or a person described by an office."""
    before = [v for v in verbs if v.end() <= vm.start()]
    start = max(before[-1].end() if before else 0, _sentence_start(folded, vm.start()) - 1, 0)
    opened = COMPLEMENTIZER_RE.search(folded, before[-1].end(), vm.start()) if before else None
    start = max(start, opened.end()) if opened else start  # (not وأوضح فلان خلال أمسية ...، وأدارها فلان، أن: a clause inside
    # the last verb's subject, before its words)
    clause = None
    for m in CLAUSE_VERB_RE.finditer(folded, start, vm.start()):
        clause = m
    if clause is None:
        return None
    word = clause["verb"]
    begin = clause.end()
    if word in _clause_starts() or word[1:] in _clause_starts() or word[1:] == KAMA:
        nxt = WORD_RE.match(folded, begin + 1)  # فيما أشاد فلان ...، قائلا: the verb after the clause's opener
        if nxt is None or not folded[begin:nxt.start()].isspace() or _definite(nxt.group()) or nxt.group() in _stops() \
                or nxt.group() in _function_words() or nxt.group() in _verb_words() or nxt.group() in _first_names():
            return None
        word, begin = nxt.group(), nxt.end()
    if sum(c in QUOTE_CHARS for c in folded[clause.start("verb"):vm.start()]) % 2 or word.endswith(("\u0647", "\u0627\u062a")):
        return None  # a clause inside quoted words (but a quoted name: تحدث لـ"سبق"), or a noun (وقادرة، وإجراءات)
    qad = _kana_qad(folded, clause, vm.start())
    if qad is not None:  # وكان الوزير قد حسم الأمر ... قائلا: the subject stands between كان and قد
        return _clause_speaker(text, folded, back, clause.end(), qad, entities, seen)
    if _definite(word[1:]) or word in _verb_words() or word in _stops() or word[1:] in _stops() \
            or word.removesuffix(NAME_SENTINEL) in _first_names() or word[1:] in _function_words() or word in _function_words() \
            or word[1:] in (_f("ليس"), _f("ليست")):
        return None  # وأسعار، والتي، ولكن: no verb opens the clause
    end = vm.start()
    if NAQL_RE.fullmatch(word):
        at = folded.find(" \u0639\u0646 ", begin - 1, end)  # ونقل عن الوزير فلان
        if at < 0:
            return None
        begin = at + 4
    return _clause_speaker(text, folded, back, begin, end, entities, seen)


def _kana_qad(folded: str, clause: re.Match[str], end: int) -> int | None:
    """The folded start of قد in a clause opened by وكان/وكانت (وكان الوزير قد حسم), within a short subject; else None."""
    if clause["verb"][1:] not in (_f("كان"), _f("كانت")):
        return None
    words = list(islice(WORD_RE.finditer(folded, clause.end(), end), MAX_PREVERBAL_TOKENS + 1))
    return next((w.start() for w in words[1:] if w.group() == _f("قد")), None)


def _clause_speaker(text: str, folded: str, back: list[int], begin: int, end: int,
                    entities: Sequence[Entity], seen: list[_Speaker]) -> _Speaker | None:
    """The person (a name, or an office) that :func:`_clause_subject` finds between ``begin`` and ``end``."""
    comma = folded.find(ARABIC_COMMA, begin, end)
    whole = end
    end = comma if comma >= 0 else end
    speaker = _speaker(text, folded, back, begin, end, entities, seen)
    second = folded.find(ARABIC_COMMA, comma + 1, whole) if comma >= 0 else -1
    if speaker is not None and not speaker.named and second > comma + 1:  # ورد النائب البريطاني، ويس ستريتينغ، على
        named = _speaker(text, folded, back, begin, second, entities, seen)
        speaker = named if named is not None and named.named else speaker
    if speaker is None:
        return None
    words = _f(speaker.name).split()
    head = words[0]
    if speaker.named and head[:1] == "\u0628" and _glued_preposition(head):
        return None  # أشاد نائب رئيس اللجنة | بجميع المتطوعين: the object of ب, no name
    pre = WORD_RE.findall(match_form(text[back[begin]:speaker.start])[0]) if speaker.start >= back[begin] else []
    if speaker.named and (_plausible_start(head) and head not in _ambiguous_names() or _seen_name(speaker.name, seen) is not None
                          or any(_within(("",) + p, words) for p in _people_of(folded))
                          or len(words) >= 2 and 1 <= len(pre) <= 3 and _office(pre[0])):
        return speaker  # a known first name, a person met before, or a name right after an office (ورد النائب البريطاني ويس ستريتينغ)
    if not speaker.named and _office(head) and (known := _described(_f(speaker.name), seen)) is not None:
        return known  # وعرج رئيس النادي المكلف ...، مؤكدا: the one named before with that office
    if not speaker.named and (_office(head) or head in _anonymous()) and not _definite(head):
        return speaker  # مندوب رابع، مسؤول محلي: an unnamed person, just introduced
    if not speaker.named and _institution_head(head) and head not in _sources() and len(words) >= 2:
        return speaker  # وشككت وزارة الخارجية السورية في ...، مشيرة: a body
    return None


def _indefinite_nisba(tok: str) -> bool:
    """An indefinite relative adjective (أردنيون، سياسية، محلي)."""
    return tok.endswith(("\u064a", "\u064a\u0647", "\u064a\u0648\u0646", "\u064a\u064a\u0646", "\u064a\u0627\u062a")) \
        and len(tok) >= 4


def _whole_subject(folded: str, region: Sequence[re.Match[str]]) -> bool:
    """The words between the verb and أن are all its subject (واعتبر تقرير شركة آسيا كابيتال
    الاستثمارية أن): no object stands there (اعتبر الإصابة أمرا عاديا)."""
    subj = _subject(folded, region[0].start(), region[-1].end())
    if subj is None or subj[1] != region[-1].end():
        return False
    lead = [t.group() for t in region if t.end() <= subj[0]]
    return all(_is_title(w) or _definite(w) for w in lead)  # رئيس الوزراء الإسرائيلي | بنيامين نتنياهو أن


def _content_word(word: str) -> bool:
    """A noun or adjective, not a particle that opens a clause (لكنه، إلا أنه، فقد، كما، فيما، فيمن)."""
    return not (word in _function_words() or word in _stops() or word.removeprefix("\u0648") in _relatives()
                or word in _verb_particles()
                or word.removeprefix("\u0648").removeprefix("\u0641") in _clause_starts() | _subordinators() | _what()
                or word.endswith("\u0647") and word[:-1] in {_f(w) for w in ("لكن", "أن", "إن", "ولكن")}
                or word in {_f(w) for w in ("لكنه", "لكنها", "فيمن", "ممن", "كما", "فيما", "إذ")} or len(word) <= 2)


def _circumstance_between_commas(region: Sequence[re.Match[str]]) -> bool:
    """The subject, then a circumstance between commas that closes the region (اعتبر الوزير فلان، خلال
    ندوة صحفية انتظمت أمس، أن): the words after it are the subject's."""
    if not region or region[-1].group() not in (ARABIC_COMMA, ","):
        return False
    commas = [k for k, t in enumerate(region[:-1]) if t.group() in (ARABIC_COMMA, ",")]
    return len(commas) == 1 and 1 <= commas[0] <= 6 and commas[0] + 1 < len(region) - 1 \
        and (region[commas[0] + 1].group() in _circumstance_leads() or region[commas[0] + 1].group() in _time_leads())


def _circumstances_after(region: Sequence[re.Match[str]], back: Sequence[int], speaker: _Speaker) -> bool:
    """The subject opens the region (after a title or two) and circumstances follow it (الهادي
    مجدوب اليوم السبت في تصريح ...، أن): a long region still reports the subject's words."""
    if speaker.start > back[region[min(2, len(region) - 1)].start()]:
        return False
    nxt = next((t.group() for t in region if back[t.start()] >= speaker.end and t.group() not in (ARABIC_COMMA, ",")), None)
    return nxt is not None and (nxt in _circumstance_leads() or nxt in _time_leads())  # (also after a comma: أستاذ
    # جراحة المخ بجامعة عين شمس، في مداخلة هاتفية ...، “…”)


@cache
def _circumstance_leads() -> frozenset[str]:
    """Words that open a circumstance of time, place or occasion (not عن، على، إلى: the verb's
    object in كشف عن، شدد على، أشار إلى)."""
    return frozenset(_f(w) for w in ("في", "خلال", "لدى", "أمام", "أثناء", "عقب", "إثر", "ضمن", "عبر", "بدوره", "بدورها"))


def _mid_word(text: str, entity: Entity) -> bool:
    """A tagger's span that begins inside a word (ين روني in وين روني, the و read as a
    conjunction): no name to take."""
    return 0 < entity.start <= len(text) and text[entity.start - 1].isalpha()


@cache
def _the_latter() -> frozenset[str]:
    return frozenset(_f(w) for w in ("الأخير", "الأخيرة"))


def _latter(text: str, folded: str, back: Sequence[int], before: int, seen: list[_Speaker],
            people: list[_Person]) -> _Speaker | None:
    """الأخير: the person named last before the verb, a speaker met (by the last word of the name)
    or a titled name in the text."""
    best: tuple[int, _Speaker] | None = None
    for sp in seen:
        last_word = _f(sp.name).split()[-1] if sp.name.split() else ""
        if len(last_word) < 2:
            continue
        for m in re.compile(f"(?<![{AR}]){re.escape(last_word)}(?![{AR}])").finditer(folded, 0, before):
            if best is None or m.start() > best[0]:
                best = (m.start(), sp)
    for person in people:
        s, e = person.spans[0][0], person.spans[-1][1]
        if e <= before and (best is None or s > best[0]):
            a, b = back[s], back[e - 1] + 1
            best = (s, _Speaker(name=text[a:b], start=a, end=b, named=True))
    return best[1] if best else None


def _anaphoric(name: str) -> bool:
    """A folded description pointing back to the last speaker: ذات المصدر، المصدر ذاته، نفس المتحدث."""
    words = name.split()
    return len(words) == 2 and any(w in _sameness() for w in words) and not all(w in _sameness() for w in words)


@cache
def _sameness() -> frozenset[str]:
    return frozenset(_f(w) for w in ("ذات", "ذاته", "ذاتها", "ذاتهم", "نفس", "نفسه", "نفسها", "نفسهم"))


def _quoted_name(toks: list[str]) -> bool:
    """A short quoted stretch opening on a person's title (الأستاذ عبد العزيز العيد): a name."""
    return 2 <= len(toks) <= 6 and toks[0] in _titles() and not _institution_head(toks[0]) \
        and any(_plausible_start(t) for t in toks[1:3])


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
        if at > folded.rfind(right, start, pos) and folded.find(right, pos, end) >= 0:
            opening = max(opening, at)
    mark = folded.find(QUOTATION_MARK, pos, end)
    if folded.count(QUOTATION_MARK, start, pos) % 2 == 1 and mark >= 0 and _reopening_verb(folded, mark) != pos:
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
    (د.، تي.تي); a dot glued to the next word still ends a sentence (والتثقيفية.وثمن)."""
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
                word.start() == 0 or folded[word.start() - 1] in " (\n"):
            continue  # but 2013م. ends a sentence
        return i + 1
    return _past_dateline(folded, 0, pos)


@cache
def _pronouns_of_clause() -> frozenset[str]:
    return frozenset(_f(w) for w in ("هو", "وهو", "هي", "وهي"))


@cache
def _attribution_leads() -> frozenset[str]:
    """Words before ما that make ما + verb an attribution of the sentence (حسب ما، وفق ما، كما)."""
    return frozenset(_f(w) for w in ("حسب", "بحسب", "وحسب", "وبحسب", "وفق", "ووفق", "وفقا", "ووفقا", "طبقا", "كما",
                                     "وكما", "مثلما", "ومثلما", "حد", "على", "بناء", "استنادا", "نقلا", "حسبما",
                                     "هذا", "وهذا", "هذه", "ذلك", "وذلك"))  # هذا ما تقوله فلانة


def _attributive(folded: str, vm: re.Match[str]) -> bool:
    """A verb that only attributes (بحسب ما ذكر) or is a noun (عدم ذكر اسمه), or an aside right after
    another speech verb (وقالت كما نقلت عنها الوكالة إن)."""
    prev = WORD_RE.findall(folded, max(0, vm.start() - 20), vm.start())
    return bool(prev) and folded[vm.start() - 1:vm.start()].isspace() and (
        prev[-1] in _attribution_before() or prev[-1] == KAMA and _aside_after_verb(folded, vm.start()))


@cache
def _statement_stems() -> frozenset[str]:
    """What someone says or writes, as the antecedent of a clause that reports its words (تصريحات،
    كلمة، خطاب، بيان، مقابلة، حديث، تغريدة، رسالة، مقال)."""
    return frozenset(_f(w) for w in ("تصريح", "تصريحات", "كلمة", "خطاب", "بيان", "مقابلة", "حديث", "تغريدة",
                                     "تغريدات", "رسالة", "مقال"))


def _speech_owner(text: str, folded: str, back: list[int], vm: re.Match[str], prev: list[str],
                  entities: Sequence[Entity], seen: list[_Speaker]) -> _Speaker | None:
    """The one whose statement a relative clause reports (تصريحات المرشد علي خامنئي الأخيرة التي أكد فيها
    أن، التصريحات التي أدلى بها فلان والتي ادعى فيها بأن): the owner named after the noun, or the subject of
    the verb that gave it out."""
    if not prev or prev[-1].removeprefix("\u0648") not in _relatives() or not vm["verb"]:
        return None
    after = folded[vm.end():vm.end() + 8].split()
    if not after or after[0] not in (_f("فيه"), _f("فيها")):
        return None  # the clause must speak of the statement itself
    toks = _region_tokens(folded, _sentence_start(folded, vm.start(), 240), vm.start())
    toks = toks[:-1]  # the relative
    for k in range(len(toks) - 1, max(-1, len(toks) - 30), -1):
        word = toks[k][0]
        stem = word[2:] if word.startswith(("\u0627\u0644", "\u0628\u0627", "\u0644\u0644")) else word
        if stem not in _statement_stems() and stem.removeprefix("\u0627\u0644") not in _statement_stems():
            continue
        end = len(toks)
        while end > k + 1 and (toks[end - 1][0] in _adjectives() or toks[end - 1][0] in _the_latter()):
            end -= 1  # تصريحات فلان الأخيرة: the statement's adjective, not his name
        first = k + 1
        if first + 1 < end and toks[first][0].removeprefix("\u0648") in _relatives():
            first += 2  # التصريحات التي أدلى بها فلان والتي ادعى فيها: the subject of the verb that gave them out
            if first < end and toks[first][0] in (_f("بها"), _f("به")):
                first += 1
        end = min(end, first + MAX_SUBJECT_TOKENS)
        if end > first:
            owner = _speaker(text, folded, back, toks[first][1], toks[end - 1][2], entities, seen)
            if owner is not None and owner.named:
                return owner  # تصريحات المرشد الأعلى لإيران، علي خامنئي الأخيرة التي
        return None
    return None


def _aside_after_verb(folded: str, start: int) -> bool:
    """كما right after a speech verb, with nothing between (وقالت كما نقلت عنها): an aside (but على حد قولها.
    كما أكدت أن: a new sentence)."""
    words = folded[max(0, start - 24):start].split()
    return len(words) >= 2 and words[-1] == KAMA and words[-2] in _verb_words() \
        and not words[-2].removeprefix("\u0648").startswith(QAWL)


def _elative(folded: str, vm: re.Match[str]) -> bool:
    """أبرز as "the most prominent" (إحدى أبرز المؤسسات), not "highlighted"."""
    prev = WORD_RE.findall(folded, max(0, vm.start() - 8), vm.start())
    return bool(prev) and vm["verb"] == _f("أبرز") and not vm["conj"] and prev[-1] in _elative_before()


@cache
def _reflexives() -> frozenset[str]:
    """نفسه، ذاته: part of the noun they follow (الطالب ذاته)."""
    return frozenset(_f(w) for w in ("نفسه", "نفسها", "نفسهم", "ذاته", "ذاتها"))


FIRST_PERSON_THAT_RE = re.compile(f"\\s+\u0628\u0627\u0646(?:\u0646\u064a|\u064a|\u0646\u0627)(?![{AR}])")  # بأنني، بأني، بأننا


def _first_person(folded: str, vm: re.Match[str]) -> bool:
    """A verb written alike in the first person (أعترف، أوضح، أعلن) with "that I/we" after it (أعترف بأنني):
    the words of someone already speaking, not a new quotation."""
    return bool(vm["verb"]) and not vm["conj"] and FIRST_PERSON_THAT_RE.match(folded, vm.end()) is not None


@cache
def _elative_before() -> frozenset[str]:
    return frozenset(_f(w) for w in ("من", "ومن", "أحد", "إحدى", "أبرز", "بين", "عن", "في", "على", "إلى", "مع"))


@cache
def _subordinators() -> frozenset[str]:
    return frozenset(_f(w) for w in ("عندما", "حينما", "لما", "كلما", "إذ", "إذا", "بعدما", "حين", "كما", "مثلما", "كأن"))


@cache
def _periods() -> frozenset[str]:
    return frozenset(_f(w) for w in ("الأسبوع", "الشهر", "العام", "السنة"))


@cache
def _directions() -> frozenset[str]:
    return frozenset(_f(w) for w in ("الماضي", "المقبل", "الجاري", "الحالي", "القادم", "المنصرم", "الماضية"))


@cache
def _demonstratives() -> frozenset[str]:
    return frozenset(_f(w) for w in ("ذلك", "هذا", "هذه", "تلك", "هؤلاء", "ذاك"))


def _institution_head(tok: str) -> bool:
    """الوزارة، الشرطة، المرصد...: a body that speaks, not a person's name."""
    base = tok.removeprefix("\u0627\u0644")
    return base in _institutions() or tok in _institutions()


@cache
def _clause_starts() -> frozenset[str]:
    return frozenset(_f(w) for w in ("لكن", "ولكن", "بينما", "فيما", "ثم", "بل", "أما", "وأما"))


def _preverbal_subject(folded: str, vm: re.Match[str]) -> tuple[int, int] | None:
    """The folded span of one to three name or article-words between a clause start (the
    sentence, a comma, لكن، بينما) and the verb: لكن فالون قال، الوزير قال."""
    line = _sentence_start(folded, vm.start())
    end = _blessing_start(folded, line, vm.start())  # ابن عباس رضي الله عنهما قال: the blessing, then the verb
    toks = TOKEN_RE.findall(folded, max(line, end - 60), end)
    spans = [m.span() for m in TOKEN_RE.finditer(folded, max(line, end - 60), end)]
    if len(toks) > 1 and toks[-1] in (ARABIC_COMMA, ",") and toks[-2] not in SEPARATORS:
        toks, spans = toks[:-1], spans[:-1]  # تنظيم الإخوان، زعم أن: the subject, a comma, its verb
    head = _source_with_clause(toks, spans, line >= vm.start() - 60)
    if head is not None:
        return head
    opening = TOKEN_RE.findall(folded, line, min(vm.start(), line + 40))
    clause = TOKEN_RE.findall(folded, line, vm.start())
    if len(opening) >= 3 and opening[1] in _relatives() and opening[0] in _first_names() \
            and not any(t in SEPARATORS or t in _verb_words() for t in clause):
        first = TOKEN_RE.search(folded, line)
        return first.span()  # بشرى التي حاولت ... قالت: a first name opening the sentence, its clause, then its verb
    held = next((k for k in range(1, min(4, len(opening))) if opening[k] in _relatives()), None)
    if held is not None and len(clause) - held <= 12 and (_office(opening[0]) or opening[0] in _anonymous()
                                                           or opening[0].removeprefix("\u0627\u0644") in _anonymous()) \
            and all(_definite(t) or _is_title(t) for t in opening[:held]) \
            and not any(t in SEPARATORS or t in _verb_words() and p not in _noun_leads() for p, t in zip(clause, clause[1:])):
        first = list(TOKEN_RE.finditer(folded, line, vm.start()))[:held]
        return first[0].start(), first[-1].end()  # المسؤول العراقي الذي رفض ذكر اسمه قال: an office opening the
        # sentence, its clause, then its verb
    picked: list[tuple[int, int]] = []
    opened = False  # the subject starts right after a clause start or the sentence's start
    for tok, span in zip(reversed(toks), reversed(spans)):
        if tok in SEPARATORS or tok in _clause_starts() or tok in _that() \
                or tok.removeprefix("\u0648") == _f("عن") and picked and end < vm.start() \
                and (not (prior := TOKEN_RE.findall(folded, line, span[0])) or prior[-1] in SEPARATORS):
            opened = True
            break  # يذكر أن تنظيم الإخوان، زعم; عن ابن عباس رضي الله عنهما قال: a narrator opening the sentence
        bare = tok[1:]
        if tok[:1] in "\u0648\u0641" and bare.startswith("\u0627\u0644") and _definite(bare) and len(picked) < MAX_PREVERBAL_TOKENS \
                and bare not in _relatives() and bare not in _stops() and bare not in _function_words() \
                and bare not in _demonstratives() and bare not in _time_leads() and not bare.startswith(ALLAH) \
                and not _name_elsewhere(folded, tok):
            picked.append((span[0] + 1, span[1]))  # فالبعض يقول، والوزير قال: the conjunction opens a clause on its subject
            opened = True
            break
        if len(picked) == MAX_PREVERBAL_TOKENS or tok in _stops() or tok in _function_words() or tok in _relatives() \
                or tok in _time_leads() or tok in _verb_words() or tok in _pronoun_objects() \
                or tok.removeprefix("\u0648") in _subordinators() or tok[:1] == "\u0648" and not _definite(tok) and not _office(tok) \
                or tok.startswith(("\u0628\u0627\u0644", "\u0644\u0644")) \
                or not (_definite(tok) or _is_name_token(tok) or _is_title(tok)):
            return None  # (but وزير is an office, not و + a word: ديفيد ميليبند وزير الخارجية الأسبق قال)
        picked.append(span)
    else:
        if line < vm.start() - 60 or not picked:
            return None  # the clause start is out of reach
        opened = True
    if not picked:
        return None
    if len(picked) > 3:  # لكن إياد البزم المتحدث باسم الوزارة قال: a longer subject opens on a name or a title
        first = folded[picked[-1][0]:picked[-1][1]]
        if not opened or not (_plausible_start(first) or _is_title(first) or _office(first.removesuffix("\u0627"))):
            return None
    return picked[-1][0], picked[0][1]


def _name_elsewhere(folded: str, tok: str) -> bool:
    """The word is written after a first name elsewhere in the text (سامي فالون ... فالون قال): a family name."""
    at = folded.find(tok)
    while at >= 0:
        before = WORD_RE.findall(folded, max(0, at - 20), at)
        if before and before[-1] in _first_names() and folded[at - 1:at].isspace():
            return True
        at = folded.find(tok, at + len(tok))
    return False


AMMA_RE = re.compile(f"(?<![{AR}])[\u0648]?\u0627\u0645\u0627\\s+(?P<topic>[{AR}]+(?:\\s+[{AR}]+){{0,3}})\\s*$")  # أما فلان ف


def _amma_topic(folded: str, vm: re.Match[str]) -> tuple[int, int] | None:
    """The topic of أما ... فـ before the verb (أما خالد فيقول إنه، وأما الوزير فقال): its subject."""
    m = AMMA_RE.search(folded, max(_sentence_start(folded, vm.start()), vm.start() - 50), vm.start())
    if m is None:
        return None
    toks = m["topic"].split()
    if any(t in _stops() or t in _function_words() or t in _verb_words() for t in toks):
        return None  # أما في الجانب الآخر فقال: an adverbial, not a person
    return m.start("topic"), m.end("topic")


def _source_with_clause(toks: list[str], spans: list[tuple[int, int]], whole: bool) -> tuple[int, int] | None:
    """An indefinite source before its verb with a clause describing it, whose verb takes the
    source back as a pronoun (لكن دراسة نشرتها دورية ساينس أشارت، تقرير أعده خبراء أكد): the source."""
    cut = max((k + 1 for k, t in enumerate(toks) if t in SEPARATORS and t not in QUOTE_CHARS or t in _clause_starts()), default=0)
    if cut == 0 and not whole:
        return None  # the clause start is out of reach
    toks, spans = toks[cut:], spans[cut:]
    if not 3 <= len(toks) <= 7:
        return None
    head, verb = toks[0].removeprefix("\u0648"), toks[1]
    if head not in _sources() or len(verb) < 4 or not verb.endswith(("\u0647\u0627", "\u0647")) \
            or verb.removesuffix("\u0647\u0627").removesuffix("\u0647")[:1] == "\u0645" \
            or any(t in _verb_words() or t in _stops() and t not in _chain_prepositions() for t in toks[2:]):
        return None  # نشرتها، أعده: a past verb (not a noun with a pronoun, مضمونها)
    return spans[0][0] + (1 if toks[0] != head else 0), spans[0][1]


@cache
def _verb_like() -> frozenset[str]:
    """Verbs of seeming and becoming that follow a subject's title (المدرب الهولندي بدا حذرا): never a name."""
    return frozenset(_f(w) for w in ("بدا", "بدت", "ظل", "ظلت", "أصبح", "أصبحت", "صار", "صارت", "بات", "باتت",
                                     "كان", "كانت", "ليس", "ليست", "لا", "لم", "لن", "قد"))


@cache
def _object_prepositions() -> frozenset[str]:
    """Prepositions that bring a speech verb's object (كشف عن، أشار إلى، أكد على)."""
    return frozenset(_f(w) for w in ("عن", "إلى", "على"))


@cache
def _noun_leads() -> frozenset[str]:
    """Verbs of refusing and preferring, after which a speech verb's form is its verbal noun (رفض ذكر اسمه،
    فضل عدم الكشف، طلب ذكر)."""
    return frozenset(_f(w) for w in ("رفض", "رفضت", "يرفض", "ترفض", "رافضا", "رافضة", "فضل", "فضلت", "مفضلا",
                                     "مفضلة", "طلب", "طلبت", "طالبا", "طالبة", "يفضل", "تفضل"))


@cache
def _that() -> frozenset[str]:
    return frozenset(_f(w) for w in ("أن", "إن", "وأن"))


@cache
def _pronoun_objects() -> frozenset[str]:
    return frozenset(_f(w) for w in ("به", "بها", "بهم", "عنه", "عنها", "فيه", "فيها", "له", "لها", "إليه",
                                     "بذلك"))  # صرح بذلك الناطق فلان: the news just told, then the subject


def _attributed_source(text: str, folded: str, back: Sequence[int], vm: re.Match[str],
                       entities: Sequence[Entity], seen: list[_Speaker]) -> _Speaker | None:
    """The subject of an attribution (بحسب ما أكده مدير المركز، وفق ما أفاد به فلان)."""
    start, end = vm.end(), _sentence_end(folded, vm.end())
    m = WORD_RE.search(folded, start, end)
    if m and m.group() in _pronoun_objects():
        start = m.end()
    toks = TOKEN_RE.findall(folded, start, end)
    if toks and toks[0] in (ARABIC_COMMA, ","):
        return None  # بحسب ما ذكر، فإن ...: the comma closes the attribution, its source is the last speaker
    if not toks or len(toks) > MAX_SUBJECT_TOKENS or COMPLEMENTIZER_RE.match(folded, start + len(folded[start:end]) - len(folded[start:end].lstrip())):
        return None  # ما يؤكد أن: "which shows that", no one is the source
    return _speaker(text, folded, back, start, end, entities, seen)


ACCORDING_RE = re.compile(f"\\s*[\u0648\u0641]?\u0628?(?:\u062d\u0633\u0628|\u0648\u0641\u0642)\\s+(?!\u0645\u0627(?![{AR}]))")  # وحسب، بحسب، وفق (not حسب ما)


def _according_to(text: str, folded: str, back: Sequence[int], vm: re.Match[str],
                  entities: Sequence[Entity], seen: list[_Speaker]) -> _Speaker | None:
    """The source a sentence opens with (وحسب صحيفة "ستيت" المحلية، فإن ...): a participle later in
    that sentence (مشيرة إلى أن) goes on with the source's words, the source is its subject."""
    span = _opening_source(folded, _sentence_start(folded, vm.start()), vm.start())
    if span is None:
        return None
    if any(v["verb"] for v in VERB_RE.finditer(folded, span[1], vm.start())):
        return None  # وبحسب "رويترز"، فقد قال هولاند إن ...، مشيرا: the participle goes on with the one who spoke
    return _speaker(text, folded, back, span[0], span[1], entities, seen)


def _opening_source(folded: str, start: int, limit: int) -> tuple[int, int] | None:
    """The folded region of the source a sentence opens with, up to its comma or فإن (وحسب صحيفة "ستيت"،
    ووفق الناطق باسم المجلس فلان فإن "…")."""
    m = ACCORDING_RE.match(folded, start, limit)
    if m is None:
        return None
    fa_inna = re.search(f"(?<![{AR}])\u0641\u0627\u0646(?![{AR}])", folded[m.end():limit])  # فإن folded
    ends = [x for x in (folded.find(ARABIC_COMMA, m.end(), limit), folded.find(",", m.end(), limit),
                        m.end() + fa_inna.start() if fa_inna else -1) if x >= 0]
    if not ends or len(TOKEN_RE.findall(folded, m.end(), min(ends))) > 8:
        return None
    return m.end(), min(ends)


def _subject_before(folded: str, vm: re.Match[str], prev: list[str]) -> tuple[int, int] | None:
    """The folded span of a subject written before its verb: كان ... قد أكد, or the source
    of a report: نقلت ... عن فلان قوله."""
    start = vm.start()
    line = _sentence_start(folded, start)
    if vm["cont"] and vm["cont"].startswith(QAWL):
        at = folded.rfind(" \u0639\u0646 ", line, start)  # عن
        if at < 0 or not NAQL_RE.search(folded, line, at) or len(TOKEN_RE.findall(folded, at + 4, start)) > 16:
            return None
        return at + 4, start
    if vm["verb"] and prev and prev[-1] == "\u0642\u062f":  # قد
        kan = None
        for kan in KAN_RE.finditer(folded, max(line, start - 200), start):
            pass  # the nearest كان/أن before قد (يذكر أن الفتى يزاول تعليمه وأن أحد رفاقه قد أكد)
        if kan:
            qad = folded.rfind("\u0642\u062f", kan.end(), start)
            return (kan.end(), qad) if qad > kan.end() else None
    if vm["verb"] and not vm["conj"] and prev and prev[-1] in _relatives():
        if {prev[-1], _verb_gender(vm)} in ({_f("التي"), "m"}, {_f("الذي"), "f"}):
            return None  # الدول التي قال إنها: the antecedent is what he spoke of, not who spoke
        rel = folded.rfind(prev[-1], line, start)  # بيان الجامعة الذي أشار إلى: the antecedent speaks
        toks = list(TOKEN_RE.finditer(folded, max(line, rel - 80), rel))
        if len(toks) > 1 and toks[-1].group() in (ARABIC_COMMA, ","):  # الطالب مقبول العلياني، الذي اعتبر أن:
            named = _region_tokens(folded, toks[0].start(), toks[-1].start())  # the name before the comma and the clause
            run = next((r for r in _runs(named) if r[1] == len(named) and r[1] - r[0] >= 2), None)
            if run is None or not _plausible_name([t[0] for t in named[run[0]:run[1]]]):
                return None
            titled = run[0] and _person_title(named[run[0] - 1][0])  # المهندس علي فلان، الذي بين: the title
            return named[run[0] - titled][1], named[run[1] - 1][2]  # keeps علي a name when the span is read again
        k = len(toks)
        while k > 0 and toks[k - 1].group() not in SEPARATORS and toks[k - 1].group() not in _stops() \
                and toks[k - 1].group() not in _verb_words() and len(toks) - k < 6 \
                and (toks[k - 1].group() not in _function_words() or toks[k - 1].group() in _reflexives()):
            k -= 1
        first = next((m for m in range(k, len(toks)) if _definite(toks[m].group())), None)
        if first is not None and toks[first].group()[:1] in "\u0628\u0644\u0643" and not toks[first].group().startswith("\u0627\u0644"):
            return None  # مرتبط بالهجوم الانتحاري الذي قال إن: the object of a preposition, not who spoke
        if first is None:  # اتصل بشقيقه الذي: the word just before, without its preposition
            last = toks[-1] if toks and toks[-1].group() not in SEPARATORS else None
            if last is None or last.group() in _function_words():
                return None
            glued = last.group()[:1] in "\u0628\u0644" and len(last.group()) >= 4 \
                and not _written_again(folded, last.group())  # (but بلاتر الذي, a name written alone elsewhere)
            return last.start() + glued, rel
        if first > k and _is_title(toks[first - 1].group()):
            first -= 1  # بيان | الجامعة: the head of the definite noun's chain
        elif first > k and first == len(toks) - 1 and (toks[first - 1].group() in _first_names()
                                                       or _bare_then_family([toks[first - 1].group(), toks[first].group()])) \
                and toks[first - 1].group() not in _ambiguous_names() and not _is_title(toks[first - 1].group()):
            first -= 1  # رئيس مجلس قروي سوسيا | جهاد النواجعة الذي قال: the first name with the family name
        return toks[first].start(), rel  # ما نفاه | الطالب ذاته الذي
    if vm["verb"] and not vm["conj"]:
        kan = None
        for kan in KAN_RE.finditer(folded, max(line, start - 80), start):
            pass
        between = TOKEN_RE.findall(folded, kan.end(), start) if kan is not None else []
        described = (_office(between[0]) or _institution_head(between[0]) or between[0] in _anonymous()) \
            if between else False  # وكانت جماعة سلفية متشددة في غزة أعلنت: a body described at length
        if kan is not None and 1 <= len(between) <= (12 if described and not _definite(between[0]) else 4) \
                and not any(t in _verb_words() for t in between) and not any(
                t.removeprefix("\u0648") in _subordinators() or t in _function_words() or t in SEPARATORS - QUOTE_CHARS
                or t in _verb_particles() for t in between):  # أن فوائد العسل كثيرة وقد ذكرت: a new clause
            return kan.end(), start  # وكان مسؤول أفغاني قال في وقت سابق إن
    return None


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


@cache
def _lead_adverbials() -> frozenset[str]:
    """Words that open a sentence before its verb: بدوره، بالمقابل، (من) جهته، (في) المقابل."""
    heads = ("جهة", "جانب", "ناحية", "طرف", "بدور")
    words = {_f(h.removesuffix("ة") + ("ت" if h.endswith("ة") else "") + suffix)
             for h in heads for suffix in ("ه", "ها", "هم", "هما")}
    return frozenset(words | {_f(w) for w in ("بالمقابل", "المقابل", "بدورها", "كذلك", "أيضا", "كما")})


@cache
def _sides() -> frozenset[str]:
    return frozenset(_f(w) for w in ("جهة", "جانب", "ناحية", "صعيد"))


@cache
def _others() -> frozenset[str]:
    return frozenset(_f(w) for w in ("أخرى", "آخر", "ثان", "ثانية", "مقابل"))


def _without_lead(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The sentence's tokens from its main verb on: a leading adverbial (من جهتها، بدوره،
    في المقابل) and its comma are dropped, and a conjunction written apart (و اعتذر)."""
    k = 0
    if len(toks) > 1 and toks[0][0] in ("\u0648", "\u0641"):
        toks = toks[1:]  # و اعتذر فلان: the conjunction set apart is no main verb
    if len(toks) > 1 and toks[0][0] in _verb_particles():
        toks = toks[1:]  # وقد مثل فلان أمام المحكمة: the particle, then the main verb
    if len(toks) > 2 and toks[0][0].removeprefix("\u0648") in _member_of() and toks[1][0] in _sides() \
            and toks[2][0] in _others():
        k = 3  # من جهة أخرى، من جانب آخر
        if k < len(toks) and toks[k][0] in SEPARATORS:
            k += 1
    while k < len(toks) and (toks[k][0].removeprefix("\u0648") in _lead_adverbials()
                             or toks[k][0].removeprefix("\u0648") in _member_of() and k + 1 < len(toks)
                             and toks[k + 1][0] in _lead_adverbials()):
        k += 2 if toks[k][0].removeprefix("\u0648") in _member_of() else 1
        if k < len(toks) and toks[k][0] in SEPARATORS:
            k += 1
    return toks[k:]


def _that_clause_subject(toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The name run right after أن (maybe after a title) near the start of a sentence's main clause
    (ذكرت الصحيفة أن [المدرب] فلان ...): the subject of the reported clause."""
    that = next((k for k, t in enumerate(toks[:MAX_PREVERBAL_TOKENS + 3]) if t[0] in _that()), None)
    if that is None:
        return None
    titled = that + 1 < len(toks) and _person_title(toks[that + 1][0])
    first = that + 1 + titled
    run = next((r for r in _runs(toks) if r[0] >= first), None)
    if run is None or run[0] != first or not _plausible_name([t[0] for t in toks[run[0]:run[1]]]) \
            or not titled and run[1] - run[0] < 2:
        return None  # (not إن تطبيق "فيسبوك": one bare word is no name)
    return run


def _past_short_adverbial(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A sentence's tokens after a short adverbial that opens it and ends at a comma within three words
    (في البداية، وفي السياق ذاته،): the main verb comes next."""
    if not toks or toks[0][0].removeprefix("\u0648") not in _stops():
        return toks
    comma = next((m for m in range(1, min(len(toks), 4)) if toks[m][0] in (ARABIC_COMMA, ",")), None)
    return toks[comma + 1:] if comma is not None and comma + 2 < len(toks) else toks


def _sentence_subject(text: str, folded: str, back: Sequence[int], verb_start: int,
                      gender: str | None = None) -> _Speaker | None:
    """With no speaker yet, the name after a title earlier in the same sentence, the subject of
    its main verb (تطرقت الكاتبة ألفة يوسف ...، مشيرة إلى أن); a body there agrees with the
    speech verb's ``gender``."""
    line = _line_start(folded, verb_start)
    source = _opening_source(folded, line, verb_start)
    if source is not None and (subj := _subject(folded, *source)) is not None:
        a, b = back[subj[0]], back[subj[1] - 1] + 1
        return _Speaker(name=text[a:b], start=a, end=b, named=subj[2])  # ووفق الناطق فلان فإن "…". وأضاف أن
    toks = _without_lead(_region_tokens(folded, line, verb_start))
    for k in range(len(toks) - 1):  # تخلله كلمة لوزير الإسكان، أوضح فيها أن: the one whose speech it was
        word, nxt = toks[k][0].removeprefix("\u0628").removeprefix("\u0627\u0644"), toks[k + 1][0]
        owner = nxt[2:] if nxt.startswith("\u0644\u0644") else nxt[1:] if nxt[:1] == "\u0644" else \
            nxt if _office(nxt) and not _definite(nxt) else ""  # بكلمة مدير الجامعة الدكتور فلان: in construct
        if word in _speeches() and owner and (_office(owner) or _office("\u0627\u0644" + owner)) and owner not in _media():
            stop = next((m for m in range(k + 2, len(toks)) if toks[m][0] in (ARABIC_COMMA, ",", ":")), len(toks))
            named = [(i, j) for i, j in _runs(toks[:stop]) if i > k + 1 and _person_title(toks[i - 1][0])
                     and _plausible_name([t[0] for t in toks[i:j]])]
            if named:  # بدأ الحفل بكلمة لرئيس مجلس الإدارة المهندس فلان، رحب فيها ...، وقال: the one named
                return _titled_speaker(text, folded, back, toks, *named[0], line)
            desc = [(owner, toks[k + 1][1] + len(nxt) - len(owner), toks[k + 1][2])]
            for t in toks[k + 2:k + 5]:
                if not _definite(t[0]) or t[0] in _stops():
                    break
                desc.append(t)
            a, b = back[desc[0][1]], back[desc[-1][2] - 1] + 1
            return _Speaker(name=text[a:b], start=a, end=b, named=False)
    toks = _past_short_adverbial(toks)  # في البداية، تحدث فلان: a short adverbial, then the main verb
    adverbial = bool(toks) and toks[0][0].removeprefix("\u0648") in _stops()  # ولدى وصول سموه ...، ليلقي فلان
    other = bool(toks) and _gender_clash(gender, _main_verb_gender(toks[0][0]))  # ويستأثر قطاع ...، مبينة أن
    if len(toks) > 2 and toks[1][0] in (_f("الذي"), _f("التي")) and _surname(toks[0][0]) and not other \
            and _first_name_before(folded, toks[0][0]) is not None:  # (a family name met with its first name; not الأمر الذي)
        a, b = back[toks[0][1]], back[toks[0][2] - 1] + 1  # الدوسري الذي يبلغ من العمر ...، تحدث ...، حيث قال:
        return _Speaker(name=text[a:b], start=a, end=b, named=True, context="")  # the topic the sentence opens on
    toks = toks[1:]  # the first word is the main verb
    while len(toks) > 1 and toks[0][0] in _time_leads():
        toks = toks[1:]  # تدخل اليوم النائب فلان: the time, then the subject
    cut = next((k for k, t in enumerate(toks) if t[0] in _relatives()), len(toks))
    toks = toks[:cut]
    if adverbial or other:  # the sentence opens on a circumstance, or its main verb's subject is not the one
        # speaking (gender): the person last named after a title speaks (تمكنت الشرطة ... وفقا للواء فلان، وقال)
        titled = [(i, j) for i, j in _runs(toks) if i and _person_title(toks[i - 1][0])
                  and toks[i - 1][0] not in _construct_titles() and _plausible_name([t[0] for t in toks[i:j]])
                  and not _governed_run(toks, i)]  # (not لخادم الحرمين الشريفين الملك سلمان: an object)
        if other and (named := _that_clause_subject(toks)) is not None:
            return _titled_speaker(text, folded, back, toks, *named, line)  # ذكرت الصحيفة أن المدرب فلان تحدث عن
            # رحيل اللاعب فلان، مؤكدا: the subject of the words reported, not the last one named in them
        if titled:
            i, j = titled[-1]
            return _titled_speaker(text, folded, back, toks, i, j, line)
        if other:
            return None
    if (kin := _kin_run(toks)) is not None:
        a, b = back[toks[0][1]], back[toks[kin - 1][2] - 1] + 1  # وأعرب والد الطفلة فلانة عن شكره، وأضاف
        return _Speaker(name=text[a:b], start=a, end=b, named=False)
    if len(toks) > 2 and toks[0][0] in _quantifiers() and toks[1][0] == "\u0645\u0646" and gender in (None, "p", "m"):
        end = next((k for k in range(2, min(len(toks), 6)) if toks[k][0] in _stops() or toks[k][0] in SEPARATORS
                    or _definite(toks[k - 1][0]) and not _definite(toks[k][0])), min(len(toks), 6))  # | سعادتهم: the object
        a, b = back[toks[0][1]], back[toks[end - 1][2] - 1] + 1  # أبدى عدد من أسر الشهداء ... وقالوا: the group
        return _Speaker(name=text[a:b], start=a, end=b, named=False)
    if len(toks) > 1 and toks[0][0] in _partitives() and _definite(toks[1][0]):
        desc = toks[:2]
        while len(desc) < min(len(toks), 4) and _nisba(toks[len(desc)][0]):
            desc.append(toks[len(desc)])  # أحد المسؤولين المحليين, but not أحد الحاضرين | المنظمين
        a, b = back[desc[0][1]], back[desc[-1][2] - 1] + 1
        return _Speaker(name=text[a:b], start=a, end=b, named=False)  # وشكر أحد الحاضرين ...، قائلا
    if toks and _definite(toks[0][0]) and not _is_title(toks[0][0]):
        run = next(iter(_runs(toks)), None)
        if run is not None and run[0] == 1 and _plausible_start(toks[1][0]) and not _glued_preposition(toks[1][0]) \
                and not _institution_head(toks[0][0]):
            return _titled_speaker(text, folded, back, toks, *run, line)  # بين البائع فاضل محمد: the name after the noun
        desc = _definite_description(toks)
        a, b = back[desc[0][1]], back[desc[-1][2] - 1] + 1
        return _Speaker(name=text[a:b], start=a, end=b, named=False)  # هدد الجيش الكوري الجنوبي ...
    if len(toks) > 1 and _office(toks[0][0]) and _definite(toks[0][0]) and _definite(toks[1][0]) and not _is_title(toks[1][0]) \
            and toks[1][0] not in _adjectives() and not toks[1][0].startswith("\u0627\u0644\u0645\u062a") \
            and (not _nisba(toks[1][0]) or toks[0][0] in _ranks()) and (len(toks) == 2 or not _definite(toks[2][0])):
        a, b = back[toks[1][1]], back[toks[1][2] - 1] + 1  # وعبر الدكتور الربيعة عن سعادته: title and surname
        # (but كاتب الدولة، وزير الخارجية: an office in construct, then its complement)
        return _Speaker(name=text[a:b], start=a, end=b, named=True, context=folded[line:toks[1][1]])
    first_stop = next((k for k, t in enumerate(toks) if t[0] in _stops()), len(toks))
    for i, j in _runs(toks):
        if toks and _definite(toks[0][0]) and _office(toks[0][0]) and i > first_stop:
            break  # النائب العجمي الوريمي من حركة ... لمواطنة تعيش: the office's holder is named before any adverbial
        if i == 0:
            if j == 1 and len(toks) > 1 and toks[1][0] in _stops() and _first_name_before(folded, toks[0][0]) is not None:
                a, b = back[toks[0][1]], back[toks[0][2] - 1] + 1  # ودافع مورينيو عن الحارس ... قائلا: a family
                return _Speaker(name=text[a:b], start=a, end=b, named=True, context="")  # name given elsewhere in full
            if j - i >= 2 and not _glued_preposition(toks[i][0]):  # أبدى حسن شيعان ...، وقال
                linked = any(t[0] in _name_links() for t in toks[i:j])
                if j - i >= 4 and not linked and toks[j - 1][0].startswith("\u0627\u0644"):
                    j -= 2  # حسن شيعان حامي العرين: the name, then a description
                end = _known_then_object(folded, toks[i][1], toks[j - 1][2], [])  # ويواجه ويب | اتهامات: a person
                a, b = back[toks[i][1]], back[end - 1] + 1  # known in the text, then the verb's object
                return _Speaker(name=text[a:b], start=a, end=b, named=True, context="")
            continue
        prev = toks[i - 1][0]
        if prev in _construct_titles() or _glued_preposition(toks[i][0]):
            continue
        if _person_title(prev) and _definite(prev) and not _office(prev) and not _plausible_start(toks[i][0]) and (
                j - i == 2 and _definite(toks[j - 1][0]) or j - i == 1 and j < len(toks) and _definite(toks[j][0])):
            desc = _definite_description(toks[i - 1:])  # واستهجن المواطن | وصف المقدم: the title, then its object
            a, b = back[desc[0][1]], back[desc[-1][2] - 1] + 1
            return _Speaker(name=text[a:b], start=a, end=b, named=False)
        if _person_title(prev) or i >= 2 and _office(toks[i - 2][0]) and _definite(prev) and prev.startswith("\u0627\u0644"):  # not بقيادة | أول جناح
            # (nor الناطق الإعلامي بالجميع | مراقبة الأسر: a preposition's object, not the office's complement)
            later = _named_later(toks, i, j)  # وعضو شرفه الحالي | عبدالعزيز عبدالعال: the title's complement, then the name
            return _titled_speaker(text, folded, back, toks, *(later or (i, j)), line)  # وزير التربية ناجي جلول
    if toks and _office(toks[0][0]):  # طمأن مدير عام كرة القدم بالهلال فهد المفرج: the first name after the office's chain
        named = [(i, j) for i, j in _runs(toks[:10]) if i and (_plausible_start(toks[i][0]) or toks[i - 1][0] in SEPARATORS
                                                                and _bare_then_family([t[0] for t in toks[i:j]]))
                 and not _glued_preposition(toks[i][0])]  # وزير الدفاع الوطني، فرحات الحرشاني
        if not named:  # مدير التعليم بمحافظة صبيا أحمد ربيع: the place of the office, then a known first name in the same run
            named = [(m, j) for i, j in _runs(toks[:10]) if i and _is_title(toks[i - 1][0]) and not toks[j - 1][0].endswith(PLURAL_NISBA)
                     for m in [next((m for m in range(i + 1, j - 1) if toks[m][0] in _first_names()
                                     and toks[m][0] not in _ambiguous_names()), None)] if m is not None]
        if named:
            return _titled_speaker(text, folded, back, toks, *named[0], line)
    if 1 < len(toks) <= 4 and _office(toks[0][0]) and all(_definite(t[0]) for t in toks[1:]):
        a, b = back[toks[0][1]], back[toks[-1][2] - 1] + 1  # واستدرك وزير التربية بالقول
        return _Speaker(name=text[a:b], start=a, end=b, named=False)
    if toks and _definite(toks[0][0]) and _office(toks[0][0]):
        desc = _definite_description(toks)  # واعتبر القاضي السابق ... ورجح أن: an office with no name after it
        a, b = back[desc[0][1]], back[desc[-1][2] - 1] + 1
        return _Speaker(name=text[a:b], start=a, end=b, named=False)
    body = _body_subject(toks)
    if body is not None and gender in (None, "p", _noun_gender(body[0][0])):
        a, b = back[body[0][1]], back[body[-1][2] - 1] + 1
        return _Speaker(name=text[a:b], start=a, end=b, named=False)  # دعت وزارة الخارجية المصرية السلطات ...، مؤكدة
    return None


def _named_later(toks: list[tuple[str, int, int]], i: int, j: int) -> tuple[int, int] | None:
    """The run right after the run ``[i, j)`` when it opens on a known first name and this one does not
    (عضو شرفه الحالي | عبدالعزيز عبدالعال): the words before complete the title, the later run is the name."""
    if _plausible_start(toks[i][0]):
        return None
    nxt = next((r for r in _runs(toks[j:]) if r[0] == 0), None)
    if nxt is None or not _plausible_start(toks[j][0]) or nxt[1] < 2:
        return None
    return j, j + nxt[1]


def _governed_run(toks: list[tuple[str, int, int]], i: int) -> bool:
    """The titles before the name at ``i`` hang on a preposition (لخادم الحرمين الشريفين الملك سلمان، على
    الوزير فلان): the name is an object, not a subject. Not when an office heads the chain before the
    preposition (رئيس اللجنة لمهرجان الصيف الدكتور فلان، الناطق الإعلامي لشرطة المنطقة الرائد فلان), nor
    past an indefinite title that opens its own phrase (عن الاجتماع | عضو الشرف الأمير فلان)."""
    k = i - 1
    while k >= 0 and _definite(toks[k][0]) and toks[k][0] not in _stops() \
            and not (toks[k][0][:1] in "\u0628\u0644" and not toks[k][0].startswith("\u0627\u0644")):
        k -= 1
    if k < 0:
        return False
    head = toks[k][0]
    if head in _chain_prepositions() or head == _f("إلى"):
        return True
    if not (head[:1] in "\u0628\u0644" and len(head) >= 4 and not head.startswith("\u0644\u064a")  # (ليلقي: a verb)
            and head.removesuffix(NAME_SENTINEL) not in _first_names()):
        return False
    for tok, _, _ in reversed(toks[max(0, k - 6):k]):
        bare = "\u0627\u0644" + tok[2:] if tok.startswith("\u0644\u0644") else tok
        if _office(bare) or _office(bare.lstrip("\u0628\u0644\u0648")):
            return False  # an office's chain: لمهرجان الصيف completes رئيس اللجنة
        if tok in SEPARATORS or tok in _verb_words() or not (_definite(tok) or _is_title(tok) or tok[:1] in "\u0628\u0644"):
            break
    return True


def _main_verb_gender(tok: str) -> str | None:
    """The gender of a word that heads a sentence when it has a verb's shape: an imperfect in ي
    (يستأثر) is masculine, a past in ت (دعت، أكدت) feminine; other words tell nothing."""
    word = tok[1:] if tok[:1] in "\u0648\u0641" and len(tok) > 3 else tok
    if _definite(word) or word in _function_words() or word in _stops():
        return None
    if word[:1] == "\u064a" and 4 <= len(word) <= 7 and not word.endswith(("\u0648\u0646", "\u0627\u0646")):
        return "m"
    if word.endswith("\u062a") and 3 <= len(word) <= 7 and not word.endswith("\u0627\u062a"):
        return "f"
    return None


def _noun_gender(tok: str) -> str:
    """The grammatical gender of a singular noun: feminine in ة (folded ه) or ات (وزارة، قوات), else masculine
    (قطاع): a body that disagrees with the participle after it is not its subject."""
    return "f" if tok.endswith(("\u0647", "\u0627\u062a")) else "m"


def _body_subject(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]] | None:
    """A body heading the words after the main verb, in construct with a definite noun and its
    adjectives (وزارة الخارجية المصرية، هيئة الهلال الأحمر، شرطة منطقة الرياض): the verb's
    subject; what follows is its object (دعت وزارة الخارجية المصرية | السلطات الإيرانية)."""
    if len(toks) < 2 or _definite(toks[0][0]) or not _institution_head(toks[0][0]) or _office(toks[0][0]) \
            or toks[0][0] in _sources():
        return None
    k = 1
    while k < len(toks) and not _definite(toks[k][0]) and _institution_head(toks[k][0]):
        k += 1  # شرطة منطقة | الرياض
    if k >= len(toks) or not _definite(toks[k][0]) or _is_title(toks[k][0]) or toks[k][0] in _stops() \
            or toks[k][0] in _time_leads():
        return None
    desc = toks[:k + 1]
    for tok in toks[k + 1:k + 4]:
        if not (_nisba(tok[0]) or tok[0] in _adjectives()) or tok[0] in _stops():
            break
        desc.append(tok)
    return desc


@cache
def _statements() -> frozenset[str]:
    """Indefinite nouns of what someone says or gives out (كلمة، خطاب، تصريح، بيان): never part of a name."""
    return frozenset(_f(w) for w in ("كلمة", "خطاب", "خطابا", "تصريح", "تصريحا", "تصريحات", "بيان", "بيانا",
                                     "كلمته", "خطابه", "تصريحه", "بيانه"))


@cache
def _speeches() -> frozenset[str]:
    """Nouns of a speech given by someone (كلمة للوزير، خطاب للرئيس)."""
    return frozenset(_f(w) for w in ("كلمة", "خطاب"))  # not تصريح لمراسلة: words given to someone


@cache
def _ranks() -> frozenset[str]:
    """Degrees and ranks, after which a nisba is a family name (الدكتور الشمري), not an adjective
    (الوزير السعودي)."""
    return frozenset(_f(w) for w in ("الدكتور", "الدكتورة", "الشيخ", "المهندس", "الأستاذ", "الأستاذة", "السيد",
                                     "السيدة", "اللواء", "العميد", "العقيد", "الفريق", "المقدم", "الرائد", "النقيب"))


def _surname(tok: str) -> bool:
    """An article-word that may be a family name after a rank (الفلاح، الشمري): not a title, an
    adjective, a body or a stop word."""
    return _definite(tok) and not _is_title(tok) and tok not in _adjectives() and tok not in _stops() \
        and not _institution_head(tok) and tok not in _time_leads() and tok not in _relatives() \
        and not tok.endswith("\u064a\u0647")  # السيدة الفرنسية: an adjective, family names take no feminine ending


def _person_title(tok: str) -> bool:
    """A title or office of a person, not an institution (بقيادة، للمملكة)."""
    return _is_title(tok) and not _institution_head(tok.lstrip("\u0628\u0644\u0648"))


def _titled_speaker(text: str, folded: str, back: Sequence[int], toks: list[tuple[str, int, int]], i: int, j: int,
                    line: int) -> _Speaker:
    """The name run ``[i, j)`` after a title, without the verb's object after it (العماد نبيل
    حداد | الجنود)."""
    words = [t[0] for t in toks[i:j]]
    if len(words) >= 3 and words[-2] not in _first_names():
        j = i + _name_end(words)
    a, b = back[toks[i][1]], back[toks[j - 1][2] - 1] + 1
    return _Speaker(name=text[a:b], start=a, end=b, named=True, context=folded[line:toks[i][1]])


def _topic_subject(text: str, folded: str, back: Sequence[int], verb_start: int, spoken_end: int) -> _Speaker | None:
    """A person named as the subject of a sentence that reports no words, after the last words
    reported: the subject of the verb's own sentence (زار الوزير فلان المدينة وقال) or, for a verb
    that opens its sentence, of the sentence before (انتقل فلان إلى المدينة. وقال في مؤتمر)."""
    line = _sentence_start(folded, verb_start)
    at, begin = verb_start, line
    if not folded[line:verb_start].strip():
        at = line
        while at > 0 and folded[at - 1] in " \n.!?\u061f":
            at -= 1
        begin = _sentence_start(folded, at)
    if begin < spoken_end or at <= 0:
        return None
    line = _line_start(folded, at)
    head = next(iter(_past_short_adverbial(_without_lead(_region_tokens(folded, line, at)))), None)
    if head is None or head[0].removeprefix("\u0648") in _stops() or head[0] in _function_words() or head[0] in _verb_words() \
            or head[0] in SEPARATORS:
        return None  # وحول تكدس الأجانب ... قال، وتابع شيعان حديثه: no verb of news heads the sentence
    speaker = _sentence_subject(text, folded, back, at)
    if speaker is None or not speaker.named:
        return None
    words = _f(speaker.name).split()
    titled = _office(_f(text[speaker.end:speaker.end + 30]).split()[0]) if text[speaker.end:speaker.end + 30].split() else False
    return speaker if len(words) >= 2 and (words[0] in _first_names() or titled or speaker.context) else None


def _same_person(a: _Speaker, b: _Speaker) -> bool:
    """One name holds the other's words (كرافت، جيم كرافت)."""
    x, y = set(_f(a.name).split()), set(_f(b.name).split())
    return x <= y or y <= x


@cache
def _adjectives() -> frozenset[str]:
    """Common adjectives after a definite noun that are neither nisbas nor participles."""
    return frozenset(_f(w) for w in (
        "السابق", "السابقة", "الجديد", "الجديدة", "الكبير", "الكبيرة", "الأكبر", "الأعلى", "العليا", "الأول",
        "الأولى", "العام", "العامة", "الخاص", "الخاصة", "الأحمر", "الأبيض", "الأخضر", "الأسود", "الأزرق",
        "الحالي", "الحالية", "الأسبق", "الراحل", "الراحلة", "الشاب", "الشابة", "الكويتي"))


def _adjective_after(word: str) -> bool:
    """A definite word that reads as an adjective of the noun before (الكوري، المفاجئة، السابق), not a
    second noun (الرواية: a noun in اية)."""
    return _definite(word) and word not in _stops() and not word.endswith("\u0627\u064a\u0647") and (
        _nisba(word) or word.startswith("\u0627\u0644\u0645") or word in _adjectives())


def _definite_description(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A definite noun and the adjectives after it (الجيش الكوري الجنوبي، القاضي السابق): a
    second definite noun is the verb's object (كذبت الزوجة | الرواية المفاجئة)."""
    desc = toks[:1]
    for tok in toks[1:4]:
        if not _adjective_after(tok[0]):
            break
        desc.append(tok)
    if (_institution_head(desc[0][0]) or _office(desc[0][0])) and len(desc) < len(toks) and _field_of_body(toks[len(desc)][0]):
        desc.append(toks[len(desc)])  # المديرية العامة للجوازات، الهيئة الوطنية للتنمية: the field names the body
        # (المدير العام للتعليم: and the office)
        while len(desc) < min(len(toks), 6) and _adjective_after(toks[len(desc)][0]):
            desc.append(toks[len(desc)])  # القيادة العامة للقوات المسلحة
    return desc


def _field_of_body(tok: str) -> bool:
    """لل + a noun that is no group of people (للجوازات، للتنمية; not للمواطنين, the ones addressed)."""
    return tok.startswith("\u0644\u0644") and len(tok) >= 5 and tok not in _stops() \
        and not tok.endswith(("\u064a\u0646", "\u0648\u0646"))


def _speaker(text: str, folded: str, back: list[int], start: int, end: int,
             entities: Sequence[Entity], seen: list[_Speaker]) -> _Speaker | None:
    """The speaker named between a verb and its reported words."""
    subj = _subject(folded, start, end)
    if not subj:
        return None
    s, e, named = subj
    if " " not in folded[s:e] and TANWEEN_FATH in text[back[s]:back[e - 1] + 2]:
        return None  # لاحظ ركوداً: an accusative object, no subject
    first_end = folded.find(" ", s, e)
    if first_end > 0 and TANWEEN_FATH in text[back[s]:back[first_end - 1] + 2]:
        return None  # ويقول واصفاً شعوره: a circumstantial participle, the speaker is the one before
    tagged = _tagged_subject(text, folded, back, s, e, end, entities)
    if tagged is not None:
        return tagged
    if named and " " in folded[s:e]:
        e = _known_then_object(folded, s, e, seen)
    if named and _related(folded[s:e].split()):
        s = folded.index(" ", s) + 1  # قريبها شكري مفتاح، محاميهم سامي العلوي: the relation, then the name
    if not named or any(w.startswith("\u0627\u0644") for w in folded[s:e].split()):
        known = _described(folded[s:e], seen)
        if known is not None:
            return _Speaker(name=known.name, start=back[s], end=back[e - 1] + 1, named=True, context=known.context)
    words = folded[s:e].split()
    while len(words) > 1 and _is_title(words[0]):
        words = words[1:]  # العقيد القرشي -> القرشي
    bare = " ".join(words)
    known = _seen_name(bare, seen) if (named or len(words) == 1) else None
    if known is not None:
        return _Speaker(name=known.name, start=back[s], end=back[e - 1] + 1, named=True, context=known.context)
    surname = len(words) == 1 and _definite(bare) and not _is_title(bare) and not _institution_head(bare)
    if (named or surname) and " " not in folded[s:e]:
        s2, e2 = _fuller(folded, s, e)
        if (s2, e2) != (s, e):
            s, e, named = s2, e2, True
    a, b = back[s], back[e - 1] + 1
    return _Speaker(name=text[a:b], start=a, end=b, named=named,
                    context=folded[start:s] + " " + folded[e:end] if named else "")


MAKSURA_PREPOSITION = "\u0639\u0644\u0649"  # على, with alef maksura
# Folded offsets where على is surely the preposition, for the text find_quotes is reading (set there).
PREPOSITION_ALA: ContextVar[frozenset[int]] = ContextVar("PREPOSITION_ALA", default=frozenset())
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


@lru_cache(maxsize=4)
def _people_for(folded: str, prepositions: frozenset[int]) -> tuple[_Person, ...]:
    """:func:`_people` of a text, kept for the few texts in work (it hangs on how the text spells
    على: ``prepositions`` is PREPOSITION_ALA's value)."""
    return tuple(_people(folded))


def _people_of(folded: str) -> tuple[tuple[str, ...], ...]:
    return tuple(p.words for p in _people_for(folded, PREPOSITION_ALA.get()))


def _known_then_object(folded: str, s: int, e: int, seen: list[_Speaker]) -> int:
    """Where a name run ends when it opens on a person already known (a speaker met before, or
    a name after a title) and goes on with words that belong to no known name: the verb's
    object (نفى أوباما اتهامات ترامب، أبرز طيب حرص الدولة). Returns the folded end."""
    spans = [m.span() for m in WORD_RE.finditer(folded, s, e)]
    words = [folded[a:b] for a, b in spans]
    known = [tuple(_f(sp.name).split()) for sp in seen if sp.named] + list(_people_of(folded))
    if any(_within(("",) + name, words) for name in known if len(name) >= len(words)):
        return e  # the whole run is a known name (or part of one)
    for k in range(len(words) - 1, 0, -1):
        head, rest = words[:k], words[k]
        if rest in _name_links() or rest.removesuffix(NAME_SENTINEL) in _first_names() or rest.startswith(GLUED_NAME_HEADS) \
                or _definite(rest) or rest.endswith("\u064a") and len(rest) >= 4 and k == len(words) - 1:
            continue  # علي بن عمير آل جرمان | الشهراني، عبدالله | كريمي: a family name goes on
        if any(len(name) >= k and tuple(name[-k:]) == tuple(head) for name in known):
            return spans[k - 1][1]
        if k == 1 and (full := _first_name_before(folded, head[0])) is not None and full[1] <= s:
            return spans[0][1]  # أوباما, named before as باراك أوباما
    return e


def _tagged_subject(text: str, folded: str, back: Sequence[int], s: int, e: int, end: int,
                    entities: Sequence[Entity]) -> _Speaker | None:
    """A person the tagger found where the subject rules saw a description or part of a name:
    a first name with the article (الهادي مجدوب، الحبيب الصيد), or a title whose constituency comes with
    عن before the name (النائب عن حزب نداء تونس فيصل خليفة، إنهم)."""
    a, b = back[s], back[e - 1] + 1
    limit = back[end - 1] + 1
    for ent in entities:
        if ent.type != "PERS" or ent.start < a or ent.end > limit or ent.end <= b:
            continue
        extra = [_f(w) for w in text[b:ent.end].split()]
        if any(_addressed_medium(folded, w) or w in _epithets() for w in extra):
            continue  # سيف لفرانس برس، فانينج الملقب بالبرق: the tagger took in the medium spoken to, or a nickname
        own = folded[s:e].split()
        if _office(extra[0]) and len(own) >= 2 and _definite(own[-1]) and own[-2] not in _name_links():
            continue  # صالح بن فريد العولقي | القيادي في الحراك: an office after a family name in ال (but محمد بن
            # عبد الرحمن المخرج، عبدالله بن عبدالملك المرشد: a family name that is also an office)
        if MAKSURA_PREPOSITION in text[b:ent.end].split() and _spells_ya_apart(text):
            continue  # باجبير على: the tagger took in the preposition, spelt apart from the name علي
        if ent.start == a and 0 < len(extra) <= 3 and not any(
                w in _stops() and w not in _ambiguous_names() or w in _time_leads() for w in extra):  # محمد علي الجندوبي
            return _Speaker(name=text[ent.start:ent.end], start=ent.start, end=ent.end, named=True)
        middle = [_f(w) for w in text[b:ent.start].split()]
        if (ent.start > b and 2 <= len(middle) <= 6 and middle[0] == _f("عن")
                and _office(_f(text[a:b].split()[0])) and not any(w in _stops() for w in middle[1:])
                and not text[ent.end:limit].strip(" \u060c,")):
            return _Speaker(name=text[ent.start:ent.end], start=ent.start, end=ent.end, named=True)
    return None


TRAILING_RE = re.compile(f"\\s*[{ARABIC_COMMA},]?\\s*(?P<conj>[وف])?(?P<verb>{_alt(SPEECH_VERBS)})(?![{AR}])")


def _trailing_attributions(text: str, folded: str, back: list[int], claimed: list[tuple[int, int]],
                           entities: Sequence[Entity]) -> list[Quote]:
    """“…”، قال فلان: a quoted stretch followed by its speech verb and speaker."""
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


# --- the people of the article: a short or described speaker takes the full name met elsewhere ---


@dataclass(slots=True)
class _Person:
    words: tuple[str, ...]  # folded words of the name run
    spans: tuple[tuple[int, int], ...]  # folded offsets of each word
    context: frozenset[str]  # stems of the title before the name and the apposition after it


@cache
def _office_stems() -> frozenset[str]:
    """Person titles (without the article) that a description may be headed by: المفتي، رئيس."""
    generic = {_f(w) for w in ("عام", "باسم", "ولي", "العهد", "خارجية", "دفاع", "داخلية", "السيد", "السيدة", "د",
                               "المواطن", "المواطنة", "مواطن", "مواطنة", "ابن", "ابنة", "شقيق", "شقيقة", "والد", "والدة", "زوجة")}
    stems = {w.removeprefix("\u0627\u0644") for w in map(_f, PERSON_TITLES) if w not in generic}
    return frozenset(s for s in stems if len(s) >= 3) | {_f("مفتي")}


@lru_cache(maxsize=WORD_CACHE)
def _office(tok: str) -> bool:
    """A person's title or office (الرئيس، مفتي، رئيسة), not an institution."""
    base = tok.removeprefix("\u0627\u0644")
    return base in _office_stems() or (base[-1:] == "\u0647" and base[:-1] in _office_stems())  # القاضية


def _people(folded: str) -> list[_Person]:
    """Name runs of two words or more after a title, an adjective, a comma or a verb, anywhere
    in the text (الدكتور شوقي علام، مفتي مصر), with the words around them."""
    out: list[_Person] = []
    start = 0
    for m in [*SENTENCE_END_RE.finditer(folded), None]:
        end = m.start() if m else len(folded)
        toks = _region_tokens(folded, start, end)
        start = m.end() if m else end
        if not any(_office(t[0]) for t in toks):
            continue  # every name kept is tied to an office in its sentence
        for i, j in _name_runs(toks):
            if i and toks[i - 1][0] in _construct_titles():
                i += 1  # مسؤول عسكري أمريكي، وزير خارجية روسيا: the complement of the office
            if i and _medium_word(toks[i - 1][0]):
                continue  # لوكالة فرانس برس: a medium's name, no person
            j = next((k for k in range(i + 1, j) if _addressed_medium(folded, toks[k][0])), j)  # سيف | لفرانس برس
            words = [t[0].removesuffix(NAME_SENTINEL) for t in toks[i:j]]
            if j - i < 2 or i == 0 or all(len(w) <= 2 for w in words) or not _plausible_name(words) \
                    or toks[i - 1][0] in _royal() and i > 1 and _institution_head(toks[i - 2][0].lstrip("\u0644\u0628")):
                continue
            lead = i
            while lead > 0 and i - lead < 8 and toks[lead - 1][0] not in SEPARATORS \
                    and toks[lead - 1][0] not in _that() and toks[lead - 1][0] not in _verb_words() \
                    and toks[lead - 1][0] != _f("مع"):
                lead -= 1  # (not وأكد المسؤول العراقي أن | الجنرال فلان: the speaker of other words; nor وقال
                # اللاعب لبرنامج مع | الإعلامي فلان: the one he talked with)
            after = []
            if j < len(toks) and toks[j][0] in SEPARATORS:
                for tok in toks[j + 1:j + 7]:
                    if tok[0] in SEPARATORS:
                        break
                    after.append(tok[0])
            elif j < len(toks) and _office(toks[j][0]):
                after = [t[0] for t in toks[j:j + 6] if t[0] not in SEPARATORS]  # راضية الجربي رئيسة الاتحاد
            prev = toks[i - 1][0]
            titled = _office_before(toks[lead:], i - lead) or (  # الرئيس السوري | رئيس الغرفة النقابية الوطنية
                prev in SEPARATORS and prev not in QUOTE_CHARS and _office_before(toks, i - 1))  # رئيس الهيئة، شوقي الطبيب
            if not titled and not (after and _office(after[0])):
                continue
            if words[0] not in _first_names() and any(t[0] in _chain_prepositions() for t in toks[lead:i]):
                continue  # القائد الميداني في | مداخلة هاتفية: an adverbial, not the office's holder
            if lead == i and prev in SEPARATORS and i > 1:  # عميد كلية الحقوق بسوسة، سامي الهادي: the office before the comma
                while lead > 1 and i - lead < 9 and toks[lead - 2][0] not in SEPARATORS:
                    lead -= 1
            context = [t[0] for t in toks[lead:i] if t[0] not in SEPARATORS] + after
            out.append(_Person(words=tuple(words), spans=tuple((t[1], t[2]) for t in toks[i:j]),
                               context=frozenset(w.removeprefix("\u0627\u0644") for w in context)))
    return out


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
        if not (tok in _name_links() or _is_name_token(tok) and not _is_title(tok)) or _office(tok) \
                or tok[:1] == "\u0648" and tok not in _first_names() or COMPLEMENTIZER_RE.fullmatch(tok):
            i += 1  # وتطرق شوقي: a verb with و, not a name; بأنهم تأخروا: the words reported, not a name
            continue
        j = i + 1
        while j < n and j - i < 6:
            tok, prev = toks[j][0], toks[j - 1][0]
            if j - 2 >= i and toks[j - 2][0] == FAMILY_LINK or _fa_inna(toks, j):
                break  # آل الشيخ | حادثة: the family name ends the name
            if tok[:1] == "\u0648" and tok not in _first_names() and prev not in _name_links():
                break  # سلمان بن عبدالعزيز | ولسمو ولي العهد: a conjunction starts another phrase
            if prev in _name_links() and tok not in SEPARATORS and tok not in _stops() and len(tok) > 1:
                j += 1
            elif len(tok) >= 7 and tok.endswith("\u064a\u0647") or len(tok) >= 4 and tok.endswith(PRONOUN_SUFFIXES):
                break  # إمكانية، مسؤولية، نشرها: an abstract noun or a word with a pronoun after the name
            elif tok in _name_links() or _is_name_token(tok) and not _is_title(tok) or tok in _name_tails():
                j += 1
            elif _definite(tok) and not _is_title(tok) and tok not in _stops() and tok not in _epithets() \
                    or _title_surname(toks, i, j):
                j += 1
                break
            else:
                break
        yield i, j
        i = j


def _name_start(words: Sequence[str], end: int) -> int:
    """Where the name begins in a run that may carry a place before it: one word before the
    first بن (بصحة حائل عارف بن غازي), else after a word glued to ب/ل (بحائل محمد الطيار)."""
    link = next((k for k in range(1, end) if words[k] in _name_links() and words[k] not in ("\u0639\u0628\u062f",)), None)
    if link is not None:
        return link - 1
    if end - 1 >= 2 and words[0][:1] in "\u0628\u0644" and len(words[0]) >= 4 and words[0] not in _first_names():
        return 1  # (but لويس فان غال: a first name in ل)
    return 0


def _name_end(words: Sequence[str]) -> int:
    """Where a run's name ends: an article-word after two bare name words is the verb's object
    (نفت القاضية كلثوم كنو الخبر), after one it is the family name (محمد الطيار)."""
    n = len(words)
    if n >= 3 and _definite(words[-1]) and not any(w in _name_links() for w in words) \
            and not any(_definite(w) for w in words[-3:-1]) \
            and not (words[-1].endswith("\u064a") and words[-1] not in _adjectives() and words[-1] not in _time_leads()):
        return n - 1  # (but الباجي قائد السبسي: a family name in -ي)
    return n


def _within(run: Sequence[str], key: Sequence[str]) -> int | None:
    """Where ``key`` ends inside ``run`` (exclusive), when it is there after at least one word."""
    n = len(key)
    for k in range(1, len(run) - n + 1):
        if tuple(run[k:k + n]) == tuple(key):
            return k + n
    return None


def _first_name_before(folded: str, surname: str) -> tuple[int, int] | None:
    """The folded span of the one name "first name + ``surname``" the text holds (a known first
    name or عبد.../أبو... glued), None when there is none or more than one."""
    spans: dict[str, tuple[int, int]] = {}
    for m in re.finditer(f"(?<![{AR}])([{AR}]+) {re.escape(surname)}(?![{AR}])", folded):
        first = m.group(1)
        if first in _ambiguous_names() or first in _stops() or _is_title(first) \
                or first[:1] in "\u0648\u0641" and first[1:] in _function_words():
            continue  # على الزوجة، من الأطفال، بقيادة الفارس، فإن البنك: a particle or a body (the mined first names
            # hold them)
        if first in _first_names() or first.startswith(GLUED_NAME_HEADS) and len(first) > 4:
            spans.setdefault(m.group(), m.span())
    return next(iter(spans.values())) if len(spans) == 1 else None


@cache
def _deputies() -> frozenset[str]:
    """Offices under another (نائب الرئيس، مساعد الوزير): their holder is not the office's."""
    return frozenset(_f(w) for w in ("نائب", "مساعد", "وكيل", "مستشار", "نائبة", "مساعدة", "وكيلة", "مستشارة"))


@cache
def _office_kin() -> dict[str, frozenset[str]]:
    """Office stems that name the same person: الطبيب is الدكتور of the article."""
    pairs = [("طبيب", "دكتور"), ("طبيبة", "دكتورة")]
    out: dict[str, set[str]] = {}
    for a, b in pairs:
        out.setdefault(_f(a), set()).add(_f(b))
        out.setdefault(_f(b), set()).add(_f(a))
    return {k: frozenset(v) for k, v in out.items()}


def _introduced(words: Sequence[str], at: int, folded: str, back: Sequence[int],
                people: Sequence[_Person]) -> _Person | None:
    """The person a description was first written with, word for word, before the verb (وقع مدير جامعة
    الملك سعود المكلف الدكتور فلان ... وأوضح مدير جامعة الملك سعود المكلف أن): the description names him
    again, however long it is."""
    words = list(words)
    while len(words) > 2 and words[0] in _dignities():
        words = words[1:]  # سعادة مدير الجامعة
    n = len(words)
    for p in reversed(people):
        start = p.spans[0][0]
        if back[start] > at:
            continue
        lead = WORD_RE.findall(folded, max(0, start - 12 * (n + 4)), start)
        while lead and (_is_title(lead[-1]) or lead[-1].removeprefix("\u0627\u0644") in _dignities()):
            lead.pop()  # الدكتور، سعادة الأستاذ: the titles between the description and the name
        if len(lead) < n or lead[-n:][1:] != words[1:] or lead[-n] not in (words[0], "\u0648" + words[0]):
            continue  # (ومدير الجامعة: the description joined to the one before it)
        if len(lead) > n and (_office(lead[-n - 1]) or lead[-n - 1] == _f("باسم")):
            continue  # نائب رئيس اللجنة، الناطق باسم البيت الأبيض: someone else, or the body itself
        return p
    return None


def _titles_before(folded: str, person: _Person, people: Sequence[_Person]) -> frozenset[str]:
    """The words of a person's description and those before it in the sentence back to the last person named or
    comma, without the article: a long chain of offices may hold the dignity far before the name (معالي رئيس ديوان
    المظالم رئيس مجلس القضاء الإداري الشيخ الدكتور فلان), but another's titles are not his."""
    start = person.spans[0][0]
    since = max([p.spans[-1][1] for p in people if p.spans[-1][1] <= start] + [_sentence_start(folded, start, 200),
                                                                                folded.rfind(ARABIC_COMMA, 0, start) + 1])
    lead = WORD_RE.findall(folded, since, start)[-16:]
    return person.context | frozenset(w.removeprefix("\u0627\u0644") for w in lead)


def _resolve(speaker: _Speaker, text: str, folded: str, back: Sequence[int],
             people_of: Callable[[], list[_Person]]) -> _Speaker:
    """A one-word or partial name (الاسد، عبد الله) takes the fuller name met anywhere in the
    text (بشار الاسد، عبد الحميد عبد الله); a definite description headed by an office (المفتي،
    رئيس النقابة) takes the person named with that office."""
    words = [part for w in _f(speaker.name).split()  # الوزيرالسوري: two words written as one
             for part in ((w[:_glued_title(w)], w[_glued_title(w):]) if _glued_title(w) else (w,))]
    if not words:
        return speaker
    if len(words) > 2 and words[0] in _honorific_heads() and _office(words[1]):
        held = _resolve_words(speaker, words[1:], text, folded, back, people_of)
        if held is not speaker:
            return held  # سمو رئيس الوزراء البحريني: the honorific, then the office named with its holder
    return _resolve_words(speaker, words, text, folded, back, people_of)


def _resolve_words(speaker: _Speaker, words: list[str], text: str, folded: str, back: Sequence[int],
                   people_of: Callable[[], list[_Person]]) -> _Speaker:
    """_resolve on the speaker's folded ``words``."""
    at = speaker.start
    if len(words) == 1 and words[0] in _honorifics():  # وقال سماحته: the dignitary named before
        people = people_of()
        named = [p for p in people if back[p.spans[0][0]] <= at and _plausible_name(p.words)
                 and _titles_before(folded, p, people) & _dignities()]
        own = [p for p in named if _titles_before(folded, p, people) & _honorific_titles(words[0])]
        named = own or named  # وأكد سموه: the prince named before, not the minister named since
        if not named:
            return speaker
        p = named[-1]
        first = _name_start(p.words, len(p.words))
        end = first + _name_end(p.words[first:])
        a, b = back[p.spans[first][0]], back[p.spans[end - 1][1] - 1] + 1
        return _Speaker(name=text[a:b], start=speaker.start, end=speaker.end, named=True, context=speaker.context)
    if not speaker.named and len(words) >= 2 and _office(words[0]) and (introduced := _introduced(words, at, folded, back, people_of())):
        end = _name_end(introduced.words)  # the whole run after the titles is the name (عبد الرحمن بن عبيد)
        a, b = back[introduced.spans[0][0]], back[introduced.spans[end - 1][1] - 1] + 1
        return _Speaker(name=text[a:b], start=speaker.start, end=speaker.end, named=True, context=speaker.context)
    if not speaker.named and len(words) == 2 and _person_title(words[0]) and _surname(words[1]) \
            and (full := _first_name_before(folded, words[1])) is not None:
        a, b = back[full[0]], back[full[1] - 1] + 1  # وقال الوزير الحقيل: the title and the family name of ماجد الحقيل
        return _Speaker(name=text[a:b], start=speaker.start, end=speaker.end, named=True, context=speaker.context)
    found: list[tuple[_Person, int]] = []
    lone_surname = len(words) == 1 and _definite(words[0]) and not _is_title(words[0]) and not _institution_head(words[0])
    by_name = (speaker.named or lone_surname) and not _office(words[0])
    if by_name:
        keys = [words]
        if len(words) >= 2 and words[-1][:1] == "\u0644":
            keys.append(words[:-1])  # دمرداش لرويترز: the addressee glued to the name
        for key in keys:
            if len(key) > 1 and key[0] not in _name_links():
                continue  # a name of two words or more is already whole (but عبد الله)
            found = [(p, e) for p in people_of() if (e := _within(p.words, key)) is not None]
            if not found and len(key) == 1 and key[0] in _first_names():  # شوقي -> شوقي الطبيب
                found = [(p, _name_end(p.words)) for p in people_of() if p.words[0] == key[0] and len(p.words) >= 2]
            if found:
                break
    elif len(words) <= 4:
        head = words[0]
        definite = head.startswith("\u0627\u0644") or (len(words) >= 2 and _definite(words[1]))
        stem = head.removeprefix("\u0627\u0644")
        if _office(head) and (definite or len(words) >= 2 and head not in _anonymous()):  # not مسؤول أفغاني
            rest = {w.removeprefix("\u0627\u0644") for w in words[1:]} - _function_words() - _stops()
            kin = _office_kin().get(stem, frozenset())
            holders = [p for p in people_of() if (stem in p.context or kin & p.context)  # الطبيب -> الدكتور فلان
                       and not (p.words[0] in _verb_like() and p.words[0] not in _first_names())]  # (not المدرب | بدا حذرا)
            holders = [p for p in holders if not _other_nisba(words, WORD_RE.findall(folded, max(0, p.spans[0][0] - 80), p.spans[0][0]))]  # الرئيس الفرنسي: not the Iranian one
            if not {w.removeprefix("\u0627\u0644") for w in words} & _deputies():
                holders = [p for p in holders if not p.context & _deputies()] or holders  # الرئيس: not نائب الرئيس
            full = [p for p in holders if rest and rest <= p.context]
            if not definite:  # عميد كلية جندوبة -> عميد كلية العلوم ... بجندوبة، بوبكر غريب
                holders = [p for p in holders if rest & (p.context | {w[1:] for w in p.context if w[:1] in "\u0628\u0644"})] \
                    if len({p.words for p in holders}) == 1 else []  # سوسة in بسوسة
            elif full:
                holders = full  # رئيس النقابة -> رئيس الغرفة النقابية ... عبد الحميد عبد الله
            elif len({p.words for p in holders}) != 1:
                holders = []  # two people hold the office: the description stays
            found = [(p, _name_start(p.words, len(p.words)) + _name_end(p.words[_name_start(p.words, len(p.words)):]))
                     for p in holders]
    if not found and lone_surname:
        full = _first_name_before(folded, words[0])
        if full is not None:  # عبر الدوسري ... وقال: محسن الدوسري, met once with his first name
            a, b = back[full[0]], back[full[1] - 1] + 1
            return _Speaker(name=text[a:b], start=speaker.start, end=speaker.end, named=True, context=speaker.context)
    before = [f for f in found if back[f[0].spans[0][0]] <= at]
    if not by_name:
        limit = back[min(_sentence_end(folded, bisect_left(back, speaker.end)), len(back) - 1)]
        found = [f for f in found if back[f[0].spans[0][0]] <= limit]  # وهنأ المدير العام ... وأوضح أنه: an office's
        # description is its holder met before or in its own sentence (حث الرئيس الأميركي باراك أوباما), never one named
        # only in a later sentence (من جهته أكد مدير شؤون المعلمين فلان)
    if not found:
        return speaker
    person, end = (before[-1] if before else found[0])
    first = _name_start(person.words, end)
    if by_name:
        if person.words[0] == words[0] and len(words) == 1:
            a, b = back[person.spans[0][0]], back[person.spans[end - 1][1] - 1] + 1
            return _Speaker(name=text[a:b], start=speaker.start, end=speaker.end, named=True, context=speaker.context)
        key_len = len(words) if _within(person.words, words) == end else len(words) - 1
        lead = next((k for k in range(first, end - key_len) if person.words[k] in _first_names()
                     or person.words[k] in _name_links() or person.words[k].startswith(GLUED_NAME_HEADS)), None)
        if lead is None:
            return speaker  # ناقش فينبار: a verb before the name, not a first name
        first = lead if not (lead > first and person.words[lead] in _name_links()) else lead - 1
    a, b = back[person.spans[first][0]], back[person.spans[end - 1][1] - 1] + 1
    return _Speaker(name=text[a:b], start=speaker.start, end=speaker.end, named=True, context=speaker.context)
