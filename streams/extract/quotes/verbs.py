"""Reporting verbs: the speech, view and continuing verbs, complementizers, their regexes and genders.

Kept apart from the rules that use them so that name and subject rules can ask whether a word is a
verb without importing those rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from .tokens import (
    AR,
    ARABIC_COMMA,
    LEFT_DOUBLE_QUOTE,
    LEFT_GUILLEMET,
    RIGHT_DOUBLE_QUOTE,
    _alt,
    _f,
)
from .words import _definite, _function_words, _stops

# Verbs of writing (وكتب فلان على حسابه: "…"، وغرد قائلا): they report only as _writing says.
WRITING_VERBS = ("كتب", "كتبت", "غرد", "غردت")
# Claimed (وقد ادعى الشاب أن، مدعين أنها نفدت: the gold of C6, v32 and A-P set I marks it), reporting as _claim_only says.
CLAIM_VERBS = ("ادعى", "ادعت", "ادعوا", "مدعيا", "مدعية", "مدعين")
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
    "أفصح", "أفصحت",  # disclosed (وأفصح الساعاتي أن; not شرح: mostly with a noun object, شرح موقف بلاده)
    "أفتى", "أفتت",  # gave a ruling that (أفتى المجلس أن; S9 marks it). Not اشترط (S12, S13 mark it): round r49's wide
    # diff finds it mostly in job notices (واشترطت الجامعة أن يكون المتقدم), its subject cut short (المدينة for the
    # body named in full) and carried wrongly to the participles after it
    *CLAIM_VERBS[:3],
    *WRITING_VERBS,
    # duals (two people: حيث أكدتا خلال زيارتهما أن، وأوضحا أن)
    "أكدتا", "قالتا", "أوضحتا", "أضافتا", "أشارتا", "ذكرتا", "شددتا", "أوضحا", "أضافا", "أشارا", "شددا",
    "اعترفا", "اعترفتا",  # two confessed (وبالتحري معهما اعترفا بأن; not اعترفوا: after an arrest, the ones
    # arrested, not the sentence's subject, confess)
)
# Present forms of ذكر and أوضح (ويذكر مؤلف المسرحية فلان أنها، يوضح المخرج فلان: "…"): they report only from a clause
# of their own with one who speaks or a written source after them, as يشير (never يذكر أن: the writer's note).
# Not تذكر: also تذكّر, remembered or remember (وتذكر معنا شبابه، وتذكر عزيزي المواطن).
PRESENT_SPEECH_VERBS = ("يذكر", "يوضح", "توضح",
                        "يفيد", "تفيد")  # وتفيد إحصائيات الوزارة أن، ويفيد شهود أن (not تفيد الأعشاب في: no words)
# Present plurals (لكن سكان القرية يقولون إنهم، التربويون يرون أن، الاختصاصيون يشيرون إلى أن): the subject stands
# before them, so they report only with one written at the head of their clause (never كما يقولون: people at large).
PRESENT_PLURAL_VERBS = ("يقولون", "يرون", "يشيرون", "يؤكدون")
# Verbs that report speech only when the words follow at once (وتابع أن، وتابعت: "...", واختتم: "...").
COMPLETING_VERBS = ("أكمل", "أكملت")  # وأكمل "…" (he went on), not أكمل دراسته
# Answered (أجاب كيري: «…»، وأجابت الوزيرة: "…"): an interview's answer, reporting only its words given at once after
# a short subject through a colon or quote marks (round r38 found the opened sets leave أجاب بأن، أجاب على سؤال unmarked).
# Matched by ANSWER_RE alone, never a verb word elsewhere (أجاب فلان عن سؤال ... قائلا: the participle's clause).
# Commented (وعلق المدير العام فلان: «…»، وعلق فلان بقوله: «…») reports the same way, as S1 and S41 mark it; never علق
# with an object (علق الجلسة، علقت الحكومة المفاوضات) nor علق على القرار … قائلا (the participle's clause).
# Asked (وتساءل: "…"، وتساءل "بسام": هل …) the same way, as the blind sets and C5, S26 mark it; never تساءل عن
# (a question's topic, no words of its own).
ANSWER_VERBS = ("أجاب", "أجابت", "علق", "علقت", "تساءل", "تساءلت")
MAX_ANSWER_SUBJECT_TOKENS = 6  # أجاب وزير الخارجية الأميركي جون كيري: "…"; longer, an object or an occasion
CONDITIONAL_VERBS = ("تابع", "تابعت", "تابعوا",  # وتابعوا أن (they went on: the sources quoted before)
                     "اختتم", "اختتمت", "ختم", "ختمت", "زاد", "زادت",  # وزاد: "…" (he added)
                     *COMPLETING_VERBS)
# Verbs of a conclusion reached (وخلصت الدراسة إلى أن، توصل باحثون إلى أن): reported words as v24, v26 and C4 mark them,
# only through إلى أن right after a short subject (not توصل الطرفان إلى اتفاق ينص على أن: the deal's terms).
CONCLUDING_VERBS = ("خلص", "خلصت", "خلصوا", "توصل", "توصلت", "توصلوا")
# Believes, in the present (ويعتقد الخبير فلان أن، وتعتقد الشرطة أن): a view reported as يرى is, from a clause of its own
# with its subject after it (never يعتقد أن, "it is believed"); C5 marks it (ويعتقد الادعاء العام أن). Round r38 tried
# the other verbs of forecast, answer, demand and asking too (توقع، يتوقع، استبعد، أجاب، رد، طالب، هدد، وعد، تساءل، أبلغ،
# يأمل، يعتبر، متوقعا، مستبعدا): the opened sets annotated under the present conventions do not mark them.
BELIEF_VERBS = ("يعتقد", "تعتقد")
# Verbs of opinion that report words only through a complementizer right after a short subject
# (اعتبر الهاروني أن), never with a noun object (اعتبر الإصابة أمرا عاديا).
VIEW_VERBS = ("اعتبر", "اعتبرت", "اعتبروا",
              "نبه", "نبهت", "نبهوا",  # ونبه التقرير إلى أن (pointed out), not ونبهت الدراسة الآباء إلى ضرورة
              "يرى", "ترى",  # رأى in the present (في حين يرى المحلل فلان أن), not يرى النور، ترى الوزارة ضرورة
              "يشير", "تشير",  # أشار in the present (وتشير الدراسة إلى أن), not مما يشير إلى أن (no subject of its own)
              "أقر", "أقرت", "أقروا",  # أقر فلان بأنه (admitted that; set N marks it), not أقر المجلس الميزانية
              *CONCLUDING_VERBS, *BELIEF_VERBS)
# اعتبر with its object as a pronoun, written again after أن (تصريحاته التي اعتبرها المسؤولون أنها تسيء): a view
# only with a short subject and أن right after it, never a noun object (أعتبره دليلا على أن، وهو ما اعتبره تهديدا).
VIEW_OBJECT_VERBS = ("اعتبره", "اعتبرها", "اعتبرهم")
# Present verbs of warning that report words only for a topic fronted before إذ (ووزارة الداخلية إذ تعلن ذلك ...
# وتحذر كل من تسول له نفسه بأن): their own region holds the ones warned, not a subject.
TOPIC_VERBS = ("تحذر", "يحذر")
# Participles that report more words of the subject already speaking (قائلاً إنه).
CONTINUING_VERBS = (
    "قائلا", "قائلة", "قائلين", "مضيفا", "مضيفة", "مبرزا", "مبرزة", "مؤكدا", "مؤكدة", "مشيرا", "مشيرة",
    "لافتا", "لافتة", "موضحا", "موضحة", "معتبرا", "معتبرة", "مشددا", "مشددة", "محذرا",
    "محذرة", "منوها", "منوهة", "معربا", "معربة", "معبرا", "معبرة", "مبينا", "مبينة", "ملفتا", "ملفتة", "مفيدا", "مفيدة", "كاشفا", "مذكرا", "مذكرة",
    "كاشفة", "موضحين", "مؤكدين", "مشيرين", "بالقول", "بقوله", "بقولها", "بقولهم", "ملاحظا",
    "متابعا", "مستدركا", "مستدركة", "مستطردا", "مستطردة", "مردفا", "مردفة",
    "مؤكدتين", "مشيرتين", "مضيفتين", "موضحتين", "قائلتين", "مضيفين", "مشددين",  # two women (مؤكدتين أن), two men or more
    "لافتين", "مبينين", "منوهين", "محذرين", "كاشفين",  # the men's plurals of the others (لافتين إلى أن); not
    # معتبرين: in the wide diff mostly a group the rules cannot name (الخبراء ... معتبرين carried another speaker)
    "عادا",  # counting it as (عادّاً أن; S10 marks it), with أن: عادا alone is "the two went back"
    *CLAIM_VERBS[3:],
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


VERB_RE = re.compile(
    f"(?<![{AR}])(?P<conj>[وف])?(?:(?P<verb>{_alt(SPEECH_VERBS + CONDITIONAL_VERBS + VIEW_VERBS + VIEW_OBJECT_VERBS + TOPIC_VERBS + PRESENT_SPEECH_VERBS + PRESENT_PLURAL_VERBS)})|(?P<cont>{_alt(CONTINUING_VERBS + REPORTED_SAYINGS)}))(?![{AR}])"
)
NAQL_RE = re.compile(f"(?<![{AR}])[وف]?(?:نقل(?:ت|وا)?|[يت]نقل)(?![{AR}])")  # نقلت القناة عن ...، وتنقل الصحيفة عن
BAYYANA = frozenset({"\u0628\u064a\u0646", "\u0648\u0628\u064a\u0646", "\u0641\u0628\u064a\u0646"})  # بين وبين فبين
BAYYANA_RE = re.compile("(?P<conj>[\u0648\u0641])?(?P<verb>\u0628\u064a\u0646)(?P<cont>(?!))?")  # a verb, never a participle
# نقل with no ending: a verb when it opens a clause and names its source with عن (ونقل موقع "…" عن متحدث باسم
# الشركة أن); elsewhere the noun "transport" (وزير النقل، تم نقل المصابين). نقلت is a speech verb of its own.
NAQALA = frozenset({"\u0646\u0642\u0644", "\u0648\u0646\u0642\u0644", "\u0641\u0646\u0642\u0644"})  # نقل ونقل فنقل
NAQALA_RE = re.compile("(?P<conj>[\u0648\u0641])?(?P<verb>\u0646\u0642\u0644)(?P<cont>(?!))?")
# لاحظ written apart (ولا حظ "أن ..."): a typo, read as the verb when words said follow at once.
SPLIT_LAHAZA_RE = re.compile(
    f"(?<![{AR}])(?P<conj>[\u0648\u0641])?(?P<verb>\u0644\u0627 \u062d\u0638(?:\u062a|\u0648\u0627)?)(?P<cont>(?!))?(?![{AR}])"
    f"(?=\\s*(?:[{LEFT_DOUBLE_QUOTE}{RIGHT_DOUBLE_QUOTE}{LEFT_GUILLEMET}\"]|:|(?:\u0627\u0646|\u0628\u0627\u0646)(?![{AR}])))")
# جاء في البيان (it came in the statement): a statement's words, its issuer the speaker (وجاء في بلاغ لوزارة الداخلية
# أنه، وجاء في بيان النادي: "…"); read only before بيان/بلاغ, so that جاء (came) stays a plain verb elsewhere.
JAA = frozenset({"\u062c\u0627\u0621", "\u0648\u062c\u0627\u0621", "\u0641\u062c\u0627\u0621"})  # جاء وجاء فجاء
JAA_RE = re.compile(f"(?P<conj>[\u0648\u0641])?(?P<verb>\u062c\u0627\u0621)(?P<cont>(?!))? \u0641\u064a"  # جاء في
                    f"(?=\\s+(?:\u0646\u0635\\s+)?(?:\u0627\u0644)?(?:\u0628\u064a\u0627\u0646|\u0628\u0644\u0627\u063a)(?![{AR}]))")  # (نص) (ال)بيان/بلاغ
ANSWER_RE = re.compile(f"(?<![{AR}])(?P<conj>[\u0648\u0641])?(?P<verb>{_alt(ANSWER_VERBS)})(?P<cont>(?!))?(?![{AR}])")
LAKIN = "\u0644\u0643\u0646"  # لكن
# كان and the particles of إن's kind before a subject written ahead of its verb: وكان X قال، أن X قالت، لكن X قال
KAN_RE = re.compile(f"(?<![{AR}])[وف]?(?:كان|كانت|ان|{LAKIN})(?![{AR}])\\s*")
# A colon between digits is a clock time or a score (الساعة 18:00، فاز 2:1), never words opened.
COMPLEMENTIZER_RE = re.compile(f"(?<![{AR}])(?:{_alt(COMPLEMENTIZERS)})(?![{AR}])\\s*|(?<!\\d):\\s*|:(?!\\d)\\s*")


@cache
def _writing() -> frozenset[str]:
    """كتب، غرد: verbs only after و/ف (bare, كتب is mostly books, كتب التاريخ, or a clause inside a subject, التي
    كتبت القواعد), reporting only with a writer after them (وكتب فلان على حسابه: "…")."""
    return frozenset(_f(w) for w in WRITING_VERBS)


@cache
def _claims() -> frozenset[str]:
    return frozenset(_f(w) for w in CLAIM_VERBS)


@cache
def _conditional() -> frozenset[str]:
    return frozenset(_f(w) for w in CONDITIONAL_VERBS)


@cache
def _answers() -> frozenset[str]:
    return frozenset(_f(w) for w in ANSWER_VERBS)


@cache
def _view_verbs() -> frozenset[str]:
    return frozenset(_f(w) for w in VIEW_VERBS + VIEW_OBJECT_VERBS)


@cache
def _concluding() -> frozenset[str]:
    return frozenset(_f(w) for w in CONCLUDING_VERBS)


@cache
def _view_objects() -> frozenset[str]:
    return frozenset(_f(w) for w in VIEW_OBJECT_VERBS)


@cache
def _topic_verbs() -> frozenset[str]:
    return frozenset(_f(w) for w in TOPIC_VERBS)


@cache
def _verb_words() -> frozenset[str]:
    """Every folded speech verb and participle, bare and after و/ف: one set lookup a word."""
    words = {_f(w) for w in (*SPEECH_VERBS, *CONDITIONAL_VERBS, *VIEW_VERBS, *VIEW_OBJECT_VERBS, *TOPIC_VERBS,
                             *PRESENT_SPEECH_VERBS, *PRESENT_PLURAL_VERBS, *CONTINUING_VERBS, *REPORTED_SAYINGS)}
    return frozenset(words - _writing() | {c + w for w in words for c in "\u0648\u0641"})  # كتب alone: books


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


def _pointing(vm: re.Match[str]) -> bool:
    """أشار، لفت، مشيرا، لافتا: verbs whose words follow إلى (مشيرا إلى "ذخائر ...")."""
    word = vm["verb"] or vm["cont"] or ""
    return word.startswith((_f("أشار"), _f("لفت"), _f("مشير"), _f("لافت")))


def _takes_ila(vm: re.Match[str]) -> bool:
    """Verbs whose words follow إلى أن (أشار، لفت، نوه، نبه، ألمح، يشير), not أكد or أوضح (there إلى أن may be "until")."""
    word = vm["verb"] or vm["cont"] or ""
    return _pointing(vm) or word.startswith(tuple(_f(w) for w in ("نوه", "نبه", "ألمح", "يشير", "تشير", "منوه", "ملفت")))


def _revealing(vm: re.Match[str]) -> bool:
    """أعلن، كشف، أفاد (and معلنا، كاشفا، مفيدا): verbs whose words may follow عن (أعلنت الحكومة عن «مقتل ...»),
    as أشار's follow إلى."""
    word = vm["verb"] or vm["cont"] or ""
    return word.startswith((_f("أعلن"), _f("كشف"), _f("أفاد"), _f("معلن"), _f("كاشف"), _f("مفيد")))


@cache
def _present() -> frozenset[str]:
    """Speech verbs in the present tense (يقول، تؤكد)."""
    return frozenset(_f(w) for w in ("يقول", "تقول", "يضيف", "تضيف", "يؤكد", "تؤكد", "يرى", "ترى"))


@cache
def _expressing() -> frozenset[str]:
    """Verbs of expressing (أعرب عن أمله، معربا عن قلقه، معبرا عن سعادته): a feeling with عن, not words reported."""
    return frozenset(_f(w) for w in ("أعرب", "أعربت", "معربا", "معربة", "معبرا", "معبرة"))


@cache
def _beliefs() -> frozenset[str]:
    """His belief (أعرب عن اعتقاده بأن، معبرا عن اعتقادها بأن): a view expressed, reported as يعتقد is (S14 marks
    it; not عن قناعته بأن, which S12 leaves unmarked)."""
    return frozenset(_f("اعتقاد" + p) for p in ("ه", "ها", "هم", "هما"))


@cache
def _present_views() -> frozenset[str]:
    """يرى، ترى، يشير، تشير: a view or a pointing-out in the present, reported only from a clause of its own with
    its subject after it."""
    return frozenset(_f(w) for w in ("يرى", "ترى", *BELIEF_VERBS)) | _present_pointing() | _present_speaking()


@cache
def _present_pointing() -> frozenset[str]:
    """يشير، تشير: pointed out in the present, said of people and sources but also of the writer's own evidence."""
    return frozenset(_f(w) for w in ("يشير", "تشير"))


@cache
def _present_speaking() -> frozenset[str]:
    """يذكر، يوضح، توضح، يفيد، تفيد: said in the present by people and sources, but also the writer's note (يذكر أن)
    and his evidence (يوضح الجدول أن): reported only as يشير is."""
    return frozenset(_f(w) for w in PRESENT_SPEECH_VERBS)


@cache
def _present_plurals() -> frozenset[str]:
    """يقولون، يرون، يشيرون، يؤكدون: said or held by a group written before the verb."""
    return frozenset(_f(w) for w in PRESENT_PLURAL_VERBS)


@cache
def _present_feminine() -> frozenset[str]:
    return frozenset(_f(w) for w in ("تقول", "تضيف", "تؤكد", "ترى", "تشير", "تحذر", "توضح", "تفيد", "تعتقد"))


def _verb_gender(vm: re.Match[str]) -> str | None:
    """"m", "f" or "p" (plural, dual) read off the ending of a speech verb or participle
    (قالت، مضيفة، قولهم); None when it does not tell (بالقول)."""
    if vm["verb"]:
        word = vm["verb"]
        if word.endswith("\u0648\u0627") or word in _duals() or word in _present_plurals():
            return "p"  # قالوا، قالا، يقولون
        return "f" if (word.endswith("\u062a") and word != _f("لفت")) or word in _present_feminine() else "m"
    word = vm["cont"]
    word = word[1:] if word.startswith("\u0628" + QAWL) else word  # بقوله، بقولها: his, her saying (ه is no ة here)
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
                                     "أوضحا", "أضافا", "أشارا", "شددا", "اعترفا", "اعترفتا"))


def _dual(vm: re.Match[str]) -> bool:
    """A dual speech verb or participle (أكدتا، أكدا، مؤكدتين): two people speak."""
    return bool(vm["verb"] and vm["verb"] in _duals() or vm["cont"] and vm["cont"].endswith("\u062a\u064a\u0646")
                and vm["cont"] != _f("لافتين"))  # (لافتين: men pointing out, the ت is the root's)


def _verbs_between(verbs: list[re.Match[str]], start: int, end: int) -> Iterator[re.Match[str]]:
    return (v for v in verbs if start <= v.start() and v.end() <= end)


# A clause opened by a verb with و/ف, or by a bare verb of talking (، تحدث لـ"سبق" المستشار فلان قائلا).
TALKING_VERBS = ("تحدث", "تحدثت", "علق", "علقت", "عقب", "عقبت")
CLAUSE_VERB_RE = re.compile(f"(?:^|[.!?\u061f\n{ARABIC_COMMA},][\\s\"\u201d\u00bb]*)(?P<verb>[\u0648\u0641](?:[{AR}]{{3,6}}|\u0631\u062f|\u062d\u062b|\u0634\u062f)|{_alt(TALKING_VERBS)})(?![{AR}])")  # ورد، وحث، وشد (doubled); ." ورد


@cache
def _sayings() -> frozenset[str]:
    """His saying (قوله، قولها): it brings the words, it is never the speaker."""
    return frozenset(_f(w) for w in REPORTED_SAYINGS)


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


TRAILING_RE = re.compile(f"\\s*[{ARABIC_COMMA},]?\\s*(?P<conj>[وف])?(?P<verb>{_alt(SPEECH_VERBS)})(?![{AR}])")


# Where one writes words of one's own (وكتب على تويتر، على موقع فيسبوك، في تغريدة، عبر حسابه على إنستغرام).
PLATFORMS = ("تويتر", "فيسبوك", "فايسبوك", "فيس", "إنستغرام", "انستغرام", "تغريدة", "تغريدات", "تدوينة", "منشور",
             "صفحته", "صفحتها", "حسابه", "حسابها")
PLATFORM_REACH = 3  # words after the preposition within which the platform is named (على موقع التواصل تويتر)


@cache
def _platforms() -> frozenset[str]:
    return frozenset(_f(w) for w in PLATFORMS)


@cache
def _platform_prepositions() -> frozenset[str]:
    return frozenset(_f(w) for w in ("في", "على", "عبر"))


def _platform_at(region: Sequence[re.Match[str]]) -> int | None:
    """The start of a preposition after the first word that names a platform within reach (فلان على تويتر، فلان عبر
    حسابه على فيسبوك): where the one who writes ends; None when no platform is named."""
    for i in range(1, len(region)):
        if region[i].group() in _platform_prepositions() and any(
                t.group().removeprefix("\u0627\u0644") in _platforms() for t in region[i + 1:i + 1 + PLATFORM_REACH]):
            return region[i].start()
    return None
