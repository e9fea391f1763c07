"""Function words, stop words and the definite article: the closed classes every speaker rule reads.
"""

from __future__ import annotations

from functools import cache, lru_cache

from .tokens import WORD_CACHE, _f

# First names that begin like the article.
AL_NAMES = ("ألفة", "إلهام", "إلياس", "أليسا", "ألين", "إلسا", "الفت", "ألطاف",
            # Maghrebi first names carry the article (رئيس الحكومة الحبيب الصيد، الباجي قائد السبسي)
            "الحبيب", "الهادي", "الطاهر", "المنصف", "المنجي", "الباجي", "المولدي", "الشاذلي", "البشير", "المهدي",
            # Western first names in Val- that begin like ف + the article (الليفتنانت كولونيل فاليري هندرسون، فالديس
            # دومبروفسكيس): a name, never a definite word after ف
            "فاليري", "فاليريا", "فاليريو", "فالديس", "فالنتين", "فالنتينا", "فالنتينو",
            # Western first names in Al- (المعارض أليكسي نافلني، ألكسندر دوغين): no article, a name
            "أليكسي", "ألكسي", "أليكس", "ألكس", "أليكسيس", "ألكسيس", "ألكسندر", "أليكسندر", "ألكساندر", "أليكساندر",
            "ألبرت", "ألبرتو", "أليخاندرو", "أليسون")
# Indefinite nisbas that begin like the article (مصادر ألمانية، دراسة ألمانية حديثة): no definite word (the
# countries themselves, ألمانيا، ألبانيا, stand in chains as definite words do: في ألبانيا فلان).
AL_PLACES = ("ألماني", "ألمانية", "ألمان", "ألمانيون", "ألمانيين", "ألباني", "ألبانية", "ألبانيون", "ألبانيين")
# Time words that may stand between the verb and its subject (أعلنت اليوم الثلاثاء السلطات).
TIME_LEADS = ("اليوم", "أمس", "بالأمس", "مساء", "صباح", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
              "الجمعة", "السبت", "الماضي", "الفارط", "المنقضي", "غدا", "ليلة", "فجر")  # (الفارط، المنقضي: Tunisian)
# An aside on a body's seat after its name (المنظمة الدولية ومقرها جنيف، معهد الاقتصاد، ومقره كولونيا،): the subject stops.
SEAT_ASIDES = ("ومقره", "ومقرها", "ومقرهم")
# The speaker's mood after his name (وقال كيري مازحا، وقالت ضاحكة "…"، أضاف ساخرا): an adverb, never a name word.
# (Not مستغربة, متعجبة: adjectives of a noun as often, في بادرة غير مستغربة.)
MOODS = ("مازحا", "مازحة", "ممازحا", "ضاحكا", "ضاحكة", "مبتسما", "مبتسمة", "ساخرا", "ساخرة", "متهكما", "متهكمة")
# "himself" as an adverbial after the name (فالرئيس أوباما بنفسه قال إن): never a name word (but المصدر نفسه is one
# description, as the annotators mark it).
BY_ONESELF = ("بنفسه", "بنفسها", "بنفسهم")
# Words that never name anyone: particles, demonstratives, pronouns of self and adverbs. A speaker read as one of
# them alone (فإن «…»، أكد لا يوجد …، مشيرا) is no one the rules could name (not من: هناك من يقول, "whoever says",
# which the annotators mark).
NO_ONE = ("فإن", "وإن", "إن", "لا", "ولا", "لم", "ولم", "ذلك", "هذه", "هذا", "تلك", "كل", "نفسها", "نفسه",
          "لكي", "فلما", "لما", "منه", "فقط", "فجأة")
# Where the subject stops: adverbials of time, place, occasion, addressee.
STOP_WORDS = (
    "خلال", "في", "أمام", "لدى", "اليوم", "أمس", "مؤخرا", "عقب", "بعد", "أثناء", "عبر", "من",
    "مساء", "صباح", "يوم", "قبل",
    # other parts of the day before their day, as a circumstance between commas (قالت الحركة، فجر الخميس، إنها؛
    # أعلنت الشرطة ظهر اليوم أنها؛ ليلة الخميس): no one's name
    "فجر", "ظهر", "ليلة", "ضمن", "وفق", "حسب", "بحسب", "لوكالة", "لصحيفة", "لقناة",
    "لموقع", "لتلفزيون", "لإذاعة", "لراديو", "لشبكة", "لمجلة", "لجريدة", "لمراسل", "لمراسلة", "للصحفيين", "لـ", "ل", "أيضا", "كذلك", "إثر", "حول", "على",
    "عن", "إلى", "بدوره", "بدورها", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
    "الجمعة", "السبت", "فيه", "فيها", "منها", "حيث", "وهو", "وهي", "الذي", "التي", "مع", "تعليقا",
    "ردا", "فيما", "بينما", "ثم", "لصحفيين", "لصحافيين", "للصحافيين", "لرويترز", "للصحافة", "لوسائل", "لها", "له", "لهم", "الذين", "اللذين", "اللتين", "اللواتي",
    # the dual relatives in the nominative (أحد المحاميين اللذان حضرا، إحدى الطبيبتين اللتان): a clause on the subject
    "اللذان", "اللتان",
    "لي", "لنا", "حيال", "بشأن", "تجاه", "إزاء", "ضيف", "ضيفة", "نقلا", "فضل", "طالبا", "مفضلا", "رافضا", "وهو", "وهي",
    "قطعيا", "رسميا", "حاليا", "سابقا", "لاحقا", "شخصيا", "مجددا", "نهائيا", "صراحة", "علنا", "ضمنيا", "وقت", "عدم", "بسبب",
    "نتيجة", "جراء", "وفقا", "طبقا", "تبعا", "تعالى", "سبحانه", "دون", "بدون", "جوابا", "تعقيبا", "بين", "وسط",
    "قبيل", "إبان", "طوال", "حينها", "وقتها", "آنذاك", "حينذاك", "القول",
    # prepositions of time and opposition (عند إطلاق السباق، منذ سنوات، عقوبات ضد طهران)
    "عند", "منذ", "حتى", "ضد", "بالنسبة",
    # the occasion (قال الحزب، بمناسبة ذكرى اغتيال الشهيد فلان، إن): the one it honours speaks not
    "بمناسبة",
    # adverbials of source with و (صحيفة "…" ونقلا عن مصادر، ووفقا لبيان)
    "ونقلا", "ووفقا", "وطبقا", "وبحسب", "وحسب",
    # the newsroom's own envoy or correspondent spoken to (لمبعوث الجوهرة، لموفد "وات"، لمراسلنا، لمراسلتنا)
    "لمبعوث", "لمبعوثة", "لموفد", "لموفدة", "لمراسلنا", "لمراسلتنا", "لمبعوثنا", "لمبعوثتنا", "لموفدنا", "لموفدتنا",
    *SEAT_ASIDES,
    # adverbials of topic and occasion after a name (وأكد فلان بخصوص التوريد أن، وأكد فلان بالمناسبة أن)
    "بخصوص", "بالمناسبة",
    # adverbs in ب after the subject (وقالت الشركة بالأمس إن، كشفت شركة فلان بالفعل أن، أشار مراسل رويترز بالقرب من
    # الموقع، أكد المجلس بالإجماع، وأضاف فلان بالإضافة إلى ذلك أن): when, how or where it was said, never a name word
    # (not بالإشارة: وختم فلان بالإشارة إلى أن, the words it opens)
    "بالأمس", "بالفعل", "بالقرب", "بالإجماع", "بالتزامن", "بالمقابل", "بالتالي", "بالإضافة", "بالتوازي",
    # the speaker's own site, page or account after the name (وأورد الاتحاد بموقعه الرسمي أن، وكتب فلان بصفحته على
    # فيسبوك أن): where it was said, never a name word
    "بموقعه", "بموقعها", "بصفحته", "بصفحتها", "بحسابه", "بحسابها",
    # the same with a demonstrative (وقال الوزير بهذه المناسبة إن، وشددت بهذا الصدد على أنه، وأكدت بهذا الخصوص أن):
    # never a subject; the one named before speaks on
    "بهذا", "بهذه", "وبهذا", "وبهذه",
    # an adverbial of certainty after the verb or the name (وأكد الوزير بما لا يدع مجالا للشك أن، تؤكد بما لا يقبل
    # الشك أن): never a subject
    "بما", "وبما",
    # adverbs of manner and degree after a verb or a noun (الصناعات الاستخراجية عموما، أوضحت بجلاء): never a name
    "عموما", "خصوصا", "تحديدا", "بجلاء", "بوضوح",
    *BY_ONESELF,
    # "whether" opening a choice after the object (أشار إلى التعامل سواء من الإدارة أو الجهاز): never a name
    "سواء",
    # certainty written as one word after a name (وقالت فلانة لاشك أن، وأكد فلان بلاشك أن): never a name word, as
    # لا شك and بلا شك written apart are not
    "لاشك", "بلاشك", "ولاشك",
    *MOODS,
)
FUNCTION_WORDS = ("ما", "لما", "لا", "أي", "أو", "لكن", "ولكن", "بل", "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "لم", "قد", "كان", "كانت", "أن", "إن", "أنه", "إنه", "أنها", "إنها", "هذا", "هذه", "ذلك", "هو", "هي", "هم", "و", "أحد", "إحدى",
                  "بعض", "كل", "جميع", "عدد", "نفسه", "نفسها", "نفسهم", "ذاته", "ذاتها", "ذات", "هؤلاء", "تلك", "أولئك",
                  "ممن", "مما", "عما",  # من + a relative (السائقين ممن تنطبق عليهم): never a name
                  "كما", "لأن", "إذ", "لقد",  # particles opening a clause (كما حركت شكوى، لأن الاتفاق، لقد حاول): no name
                  "لولا",  # "but for" (not لو: لو دريان، لو جريت, Le in French names; see names._conditional)
                  "نحن",  # the first person (قال وزير الخارجية القطري نحن مطالبون): the speaker's own words
                  "أعلاه", "أدناه", "آنفا",  # "above", "below" (رئيس الجمعية المذكورة أعلاه، فلان): no name
                  # participles of calling, warning and praising in the accusative, the manner of the main verb
                  # (…، داعيا الحكومة إلى، محذرا من، مشيدا بـ): never a name
                  "داعيا", "مطالبا", "محذرا", "مشيدا", "معربا", "مثمنا", "مبديا", "مناشدا", "متمنيا")
# A preposition with its pronoun, alone where the subject was looked for (الركن الخاص بها حيث أكدت، هيئة الدفاع
# عنهم، أن): never the speaker (but the partitive منهم is: صرح 13 منهم بأنهم, as dev marks it).
PRONOUN_PREPOSITIONS = ("عليه", "عليها", "عليهم", "عليهما", "عنه", "عنها", "عنهم", "عنهما", "عنا", "به", "بها", "بهم", "بهما",
                        "لهما", "إليه", "إليها", "إليهم", "معه", "معها", "معهم",
                        # a place word with its pronoun (وكتب تحتها "…"، ووضع فوقه): where it was written, never who
                        "تحته", "تحتها", "فوقه", "فوقها")
ALAYHI = "\u0639\u0644\u064a\u0647"  # عليه, folded like the name علية: never a name (واعتدوا عليه بالضرب، مضيفة أن)
DEFINITE_PREFIXES = ("ال", "بال", "لل", "وال", "فال", "كال")
# God's epithets after قال (قال الله تعالى، وقال تعالى، قال سبحانه، قال جل في علاه): the verse cited comes next.
GOD_EPITHETS = ("تعالى", "سبحانه", "وتعالى", "عز", "وجل", "جل", "تبارك")
# What follows جل or عز in God's praise (قال جل في علاه، قال عز من قائل، جل شأنه): never a subject of its own.
GOD_PRAISE_NEXT = ("في", "من", "شأنه", "جلاله", "ثناؤه", "اسمه")
# Acts and events a speaker condemns, describes or judges (أدان الهجوم، وصف فلان الحادث بالشنيع، انتقد القرار): the
# verb's object, never a family name nor a subject that speaks.
ACTS_JUDGED = ("الحادث", "الحادثة", "الهجوم", "الهجمات", "الاعتداء", "الاعتداءات", "التفجير", "التفجيرات",
               "الجريمة", "الجرائم", "العملية", "القرار", "القرارات", "الخطوة", "الإجراء",
               "الإجراءات", "التصريحات", "الحوادث",
               # a toll confirmed (وأكد المسؤول فلان الحصيلة، مضيفا أن); not الخبر، النبأ: family names and papers as
               # often (مطلق النبأ، جريدة الخبر)
               "الحصيلة")
# Verbal nouns of acts done, bare in construct with what they act on (وأكد إعداد خطة تنفيذية، أعلن إطلاق المرحلة):
# the verb's object, never a subject that speaks; like ACTS_JUDGED without the article (واعتبر قرار المنع).
ACTS_DONE = ("إعداد", "إنشاء", "إطلاق", "إصدار", "إغلاق", "إيقاف", "إنجاز", "تنفيذ")


@cache
def _acts_done() -> frozenset[str]:
    """ACTS_DONE and ACTS_JUDGED without the article, folded: heads of an object in construct (not تصريحات: بينت
    تصريحات المهاجرين أن, the statements report)."""
    return frozenset(_f(w) for w in ACTS_DONE) | frozenset(
        w.removeprefix("\u0627\u0644") for w in _acts_judged() if w != _f("التصريحات"))


# What one declines or gives in reply (رفضت أبل التعليق، رفض الوزير الرد، امتنع المتحدث عن الإفصاح): the verb's
# object, never a family name after the one who declines.
DECLINED = ("التعليق", "الرد", "الإجابة", "الإفصاح", "الخوض", "الإدلاء")
# العمل (the act) also heads a body or a market in construct (مجموعة العمل، سوق العمل): an act judged only as the
# first word after its verb (وأدان العمل الإجرامي).
WORK = "العمل"
GOD_NAME = "الحق"  # يقول الحق سبحانه وتعالى، يقول الحق تبارك وتعالى: God, by a name before his epithets


@cache
def _kunya_heads() -> frozenset[str]:
    """أم، أبو: a kunya's head; before a first name (أم محمد) the name is the child's, not the one it names."""
    return frozenset(_f(w) for w in ("أم", "أبو"))


@cache
def _by_oneself() -> frozenset[str]:
    return frozenset(_f(w) for w in BY_ONESELF)


@cache
def _no_one() -> frozenset[str]:
    return frozenset(_f(w) for w in NO_ONE)


@cache
def _stops() -> frozenset[str]:
    return frozenset(_f(w) for w in STOP_WORDS)


@cache
def _moods() -> frozenset[str]:
    return frozenset(_f(w) for w in MOODS)


@cache
def _function_words() -> frozenset[str]:
    return frozenset(_f(w) for w in FUNCTION_WORDS)


@cache
def _time_leads() -> frozenset[str]:
    return frozenset(_f(w) for w in TIME_LEADS)


@lru_cache(maxsize=WORD_CACHE)
def _definite(tok: str) -> bool:
    """ال-words (and بال، لل...) of two letters or more after the article (الحر), except the
    first names and places that begin like the article (ألفة، إلهام، ألمانية)."""
    return tok not in _al_names() and tok not in _al_places() and any(tok.startswith(p) and len(tok) - len(p) >= (2 if p == "\u0627\u0644" else 3)
                                          for p in DEFINITE_PREFIXES)  # فالون، والتر: names, not ف/و + article


@cache
def _al_names() -> frozenset[str]:
    return frozenset(_f(w) for w in AL_NAMES)


@cache
def _al_places() -> frozenset[str]:
    return frozenset(_f(w) for w in AL_PLACES)


@cache
def _god_epithets() -> frozenset[str]:
    return frozenset(_f(w) for w in GOD_EPITHETS)


@cache
def _god_praise_next() -> frozenset[str]:
    return frozenset(_f(w) for w in GOD_PRAISE_NEXT)


@cache
def _pronoun_prepositions() -> frozenset[str]:
    return frozenset(_f(w) for w in PRONOUN_PREPOSITIONS)


@cache
def _met_with() -> frozenset[str]:
    """مع with a pronoun (معه، معها، معهم، معهما): those a verb of meeting or talk (بحث، ناقش، تناول) was held with,
    never the first word of a name."""
    return frozenset(_f(w) for w in ("معه", "معها", "معهم", "معهما"))


@cache
def _seat_asides() -> frozenset[str]:
    return frozenset(_f(w) for w in SEAT_ASIDES)


@cache
def _acts_judged() -> frozenset[str]:
    return frozenset(_f(w) for w in ACTS_JUDGED)


@cache
def _declined() -> frozenset[str]:
    return frozenset(_f(w) for w in DECLINED)


@cache
def _in_charge() -> dict[str, str]:
    """Definite participles of those in charge of a matter, with the preposition they take (القائمون على، المسؤولون
    عن), and the member elected for a party or a seat (النائب عن حركة النهضة): unnamed, the matter after it completes
    who they are (not المشرف: المشرفة على المبنى stays المشرفة, round 60)."""
    return {_f("\u0627\u0644" + w + e): _f(p) for w, p in (("قائم", "على"), ("مسؤول", "عن"), ("مسئول", "عن"), ("نائب", "عن"))
            for e in ("", "ة", "ون", "ين")}


@cache
def _demonstratives() -> frozenset[str]:
    return frozenset(_f(w) for w in ("ذلك", "هذا", "هذه", "تلك", "هؤلاء", "ذاك"))


MIN_PLURAL_T_LEN = 6  # الاتهامات، الانتقادات: a definite plural in ات, longer than the article and ات


def _definite_plural(word: str) -> bool:
    """A definite sound feminine plural (الاتهامات، التصريحات): a thing, the verb's object after a known name."""
    return word.startswith("\u0627\u0644") and word.endswith("\u0627\u062a") and len(word) >= MIN_PLURAL_T_LEN
