"""Casualty, arrest and displacement counts built on the amounts of the text.

An amount becomes a count when its counted noun names the victims (قتيل، جريح، نازح) or
when it counts people (مدني، شخص، آخرون; any noun not listed as a thing: money, time,
measures, weapons, places) and a trigger verb or noun of the same sentence says what
happened to them (سقط، لقي حتفه، أصيب، اعتقال). A qualifier before the amount
(أكثر من، نحو) is kept and the value is then the bound. A trigger is void when denied (لم ترد
أنباء عن إصابات), when an illness follows it (إصابة جديدة بالفيروس) or a thing falls (سقط صاروخ);
those محتجزين in a text that tells of a rescue were trapped, not held, and the released (إطلاق
سراح، إخلاء سبيل), the healed (تعافى) and survivors (تسعة ناجين) are no victims. A part after
منهم/بينهم shares its group's fate unless its own words or a trigger right before منهم tell
another (أصيب 20 وتوفي منهم ثلاثة); a verb after a group and its parts is the fate of all (40
مدنيا بينهم 10 أطفال قتلوا). A bare amount then ب and a wound (واثنان بحروق) has no counted noun;
an amount before عدد numbers the group named after it (رفع إلى خمسة عدد المعتقلين). No count is
made of what struck (ثلاث رصاصات), of living victims heard (مقابلات مع 90 ضحية), of those an
offence was done to (التحرش بفتاتين), of a death sentence (أحكاما بالإعدام على), of fighters who
fled, of eras, distances and scores; N قتيلا وجريحا is a total, and so (round counts-r24) is N القتلى والجرحى. Nor (round counts-r18) of two fates joined by
أو, of perpetrators before a verb with its own object (مسلحين اثنين قتلوا ستة), of what someone has (لديه خمس
فتيات), of orders, warrants and weapons, of ages, days and years, of a risk (خطر النزوح), of one person's injuries,
of residents, of a sports suspension or of the implicated (متورطا); a dual right after a pair restates it.
Nor (round counts-r24) of an arrest ordered or a fate to come (صدر أمر باعتقال، سيتم توقيف) or of those who
escaped (وهروب العشرات منهم); a trigger after بالإضافة إلى is the next item's, and a numeral after its dual
(وجريحين اثنين) is read by the dual. Nor (round counts-r25) of a rate or a recurring statistic (يموت 3 ملايين
سنويا، كل عام، بمعدل، في كل مائة ألف نسمة). Nor (round counts-r31) of a part told only by the severity of its wounds
(ثلاثة منهم إصاباتهم بالغة), of the whole a bare amount is taken from (5 من 12 راكبا: 5 is the count), of the side a team
plays with (بـ 9 لاعبين), of an offence's victims (حالة اغتصاب من ضمن ضحاياها) or of refugees and migrants in one tally.
Round counts-r33: of a range بين N و M only the first is a count; واحد after its noun counts one (موقوف واحد، مقتل شخص
واحد), not after a household (من عائلة واحدة); إيقاف before an activity (إيقاف نشاط، إيقاف عدد من الفعاليات) arrests nobody.
Round counts-r88: nor of inmates who fled (فرار 600 أسير), players suspended (لاعبين موقوفين), families of the wounded, the
whole after من ضمن, a ruling a few words before إعدام, a capacity to take refugees in, a total with its dead and wounded
in brackets, or a part told by its state (حالة اثنتين ... بالخطيرة); الإطاحة ب people is an arrest.
Round counts-r91: a toll risen to N, its parts after بينهم, takes the fate of the group عدد names later (ارتفع إلى 9
بينهم خمسة أطفال عدد القتلى), as does عدد people الذين and a trigger verb; animals in quote marks after من are no victims;
a definite numeral after the things of a plural of people in construct counts the people (سائقي الشاحنات الثلاثة); those
held of whom most were freed later stay arrested (اعتقلت 20 مقدسيا أفرجت لاحقا عن معظمهم).
Round counts-r93: a toll's parts joined by و after a first part with منهم share its fate (استشهاد (15) مصليا (5) منهم
... و (6) متدربين); people taken to hospital after a death toll are hurt (ونقل 66 آخرون للمستشفيات); a share of the
wounded told by its state keeps no count with its noun (4 أشخاص حالتهم خطيرة); a diagnosis comes before an illness; a
currency after a bare amount is money; a busting verb (أطاحت بخلايا تتكون من) as its noun; لقي على ما يبدو استجابة is
met with.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from functools import cache
from itertools import pairwise

from ..records import Amount, Count, CountType
from .amounts import CENTS_CURRENCIES, SUBSET_WORDS
from .matchform import fold_word, match_form
from .months import WEEKDAYS
from .nisba import nisba_country
from .numbers import number_word

__all__ = ["PEOPLE", "QUALIFIERS", "THINGS", "TRIGGERS", "find_counts"]

# Trigger words by count type: nouns (the victims or the event) and verbs, as written.
TRIGGERS: dict[CountType, tuple[str, ...]] = {
    "killed": (
        "قتيل", "قتيلا", "قتلى", "مقتل", "قتل", "قتلوا", "قتلت", "يقتل", "ضحية", "ضحايا", "شهيد",
        "شهيدا", "شهداء", "جثة", "جثث", "وفاة", "وفيات", "مصرع", "حتفه", "حتفهم", "حتفهن", "لقي",
        "لقوا", "لقيت", "سقط", "سقطوا", "توفي", "توفوا", "استشهد", "استشهدوا", "استشهاد", "مات",
        "ماتوا", "موت", "أعدم", "إعدام", "أودى", "أودت", "حصد", "حصدت", "غرق", "غرقوا", "متوفى", "متوفاة",
        "يموت", "يموتون", "ماتت", "تقتل", "يقتلون", "تقتلون",
        "مصرعه", "مصرعها", "مصرعهم", "مصرعهما", "مصرعهن",  # round counts-r38: as حتفهم (لقي 7 لاجئين بينهم طفلان مصرعهم)
        "المتوفين", "متوفين", "متوفون", "متوفيان", "متوفيين", "هلاك", "هلك", "هلكوا",
        "جثتي", "جثتا", "جثتين", "جثتان",  # two bodies (انتشال جثتي مهاجرين)
    ),
    "injured": (
        "جريح", "جريحا", "جرحى", "إصابة", "إصابات", "أصيب", "أصيبوا", "أصيبت", "مصاب", "مصابين",
        "مصابا", "مصابون", "جرح", "جرحوا", "إصابتهم", "بجروح", "أصاب", "أصابت", "جروح", "لجروح", "حروق",
    ),
    "arrested": (
        "اعتقال", "اعتقل", "اعتقلت", "اعتقلوا", "معتقل", "معتقلين", "معتقلا", "توقيف", "أوقف", "إيقاف", "أوقفوا",
        "أوقفت", "موقوف", "موقوفين", "القبض", "قبض", "احتجاز", "احتجز", "احتجزت", "محتجز",
        "محتجزين", "سجين", "سجناء", "أسير", "أسرى", "أسيرا", "ألقي", "أسروا", "تعتقل", "يعتقل",
        "تحتجز", "يحتجز", "محتجزون", "محتجزا", "معتقلون", "موقوفون", "موقوفا",
        "الاحتفاظ", "احتفاظ",  # Maghreb: held in custody (الاحتفاظ بـ 4 أشخاص)
    ),
    "displaced": (
        "نازح", "نازحين", "نازحا", "نازحون", "نزوح", "نزح", "نزحوا", "لاجئ", "لاجئين", "لاجئا",
        "لاجئون", "تهجير", "هجر", "مهجر", "مهجرين", "تشريد", "شرد", "شردت", "مشرد", "مشردين",
        "فر", "فروا", "فرار",
    ),
    "kidnapped": (
        "اختطاف", "اختطف", "اختطفت", "اختطفوا", "مختطف", "مختطفين", "مختطفون", "خطف", "خطفوا", "مخطوف",
        "مخطوفين", "رهينة", "رهائن", "تختطف", "يختطف", "يختطفون", "تخطف", "يخطف",
    ),
    "missing": (
        "مفقود", "مفقودين", "مفقودا", "مفقودون", "فقد", "فقدان", "فقدوا", "اختفاء", "اختفى",
        "اختفوا", "يختفون",  # (plural only: طائرة البوينغ 777 اختفت)
    ),
}
# Counted nouns that are people (the count's type then comes from a trigger nearby).
PEOPLE = (
    "شخص", "شخصا", "أشخاص", "مدني", "مدنيا", "مدنيين", "مدنيون", "جندي", "جنديا", "جنود",
    "طفل", "طفلا", "أطفال", "امرأة", "نساء", "رجل", "رجلا", "رجال", "عنصر", "عنصرا", "عناصر",
    "مسلح", "مسلحا", "مسلحين", "مسلحون", "مقاتل", "مقاتلا", "مقاتلين", "مقاتلون", "مواطن",
    "مواطنا", "مواطنين", "مواطنون", "آخرين", "آخرون", "شرطي", "شرطيا", "شرطيين", "ضابط",
    "ضابطا", "ضباط", "متظاهر", "متظاهرا", "متظاهرين", "مهاجر", "مهاجرا", "مهاجرين", "فرد",
    "أفراد", "عامل", "عاملا", "عمال", "عاملين", "عاملون", "طالب", "طالبا", "طلاب", "صحفي", "صحفيا", "صحفيين",
    "مصل", "مصليا", "مصلين", "حاج", "حجاج", "إرهابي", "إرهابيا", "إرهابيين", "متشدد",
    "متشددا", "متشددين", "مهرب", "مهربين", "مشتبه", "مشتبها", "نسمة", "مدنيي", "عسكري",
    "عسكريا", "عسكريين", "سائح", "سائحا", "سياح", "شاب", "شابا", "شبان", "شباب",
    "عائلة", "عائلات", "أسرة", "أسر", "تلميذ", "تلميذا", "تلاميذ", "طالبة", "طالبات", "فتاة", "فتيات",
    "فتى", "فتية", "سيدة", "سيدات", "زائر", "زوار", "راكب", "راكبا", "ركاب", "مسافر", "مسافرا", "مسافرين",
    "بحار", "بحارا", "بحارة", "صياد", "صيادا", "صيادين", "مزارع", "مزارعا", "مزارعين", "معلم", "معلمين",
    "موظف", "موظفا", "موظفين", "لاعب", "لاعبا", "لاعبين", "مشجع", "مشجعا", "مشجعين", "أفراد", "فردا",
    "تاجر", "تاجرا", "تجار", "متهم", "متهما", "متهمين", "ناشط", "ناشطا", "ناشطين", "أجنبي", "أجانب",
    "متطرف", "متطرفا", "متطرفين", "متطرفون", "متمرد", "متمردا", "متمردين", "متمردون", "مقاوم", "مقاوما", "مقاومين",
    "مهاجم", "مهاجما", "مهاجمين", "معتمر", "معتمرا", "معتمرين", "نزيل", "نزيلا", "نزلاء",
    # round counts-r18 (recall: أعدم ... في أربعة سائقين)
    "سائقا", "سائقين", "سائقون",  # (not the singular: a dev article's two drivers are no count)
    "قاصر", "قاصرا", "قاصرين", "مسن", "مسنا", "مسنين", "مسنون",
    "مقيم", "مقيما", "مقيمين", "مقيمون", "صبي", "صبيا", "صبية", "رضيع", "رضيعا", "رضع",
    "طفلة", "طفلات", "مراهق", "مراهقا", "مراهقين",  # (not staff who respond or work: طبيب، ممرض، عون، وافد)
    "قائد", "قائدا", "قادة",  # round counts-r37: leaders (اربعة من قادة الحزب ونحو ثلاثين متمردة قتلوا)
    "عاملة",  # round counts-r88: a woman worker after 11-99 (إصابة 5 أطفال و23 عاملة فلاحة), as عاملا
)
# Counted nouns that are things, never victims: units of time, money and measure, objects, vehicles, animals.
# Spans of time: never victims, and an age or a duration after a number (TIMES adds seconds).
TIME_WORDS = (
    "يوم", "يوما", "أيام", "ساعة", "ساعات", "دقيقة", "دقائق", "سنة", "سنوات", "سنين", "عام", "عاما",
    "أعوام", "شهر", "شهرا", "أشهر", "شهور", "أسبوع", "أسابيع", "ليلة", "ليال", "ليالي", "قرن", "قرنا", "قرون", "عقود", "موسم", "مواسم",
    # month names (اعتقل يوم 23 مارس: a date the dates missed, never a number of people)
    "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
    "ديسمبر", "جانفي", "فيفري", "أفريل", "ماي", "جوان", "جويلية", "أوت", "كانون", "تشرين", "شباط", "آذار", "نيسان",
    "أيار", "حزيران", "تموز", "أيلول",
)
THINGS = (
    *TIME_WORDS,
    "ميل", "ميلا", "أميال", "دولار", "دولارا", "ريال", "ريالا", "يورو", "دينار", "دينارا", "جنيه", "جنيها", "درهم",
    "درهما", "ليرة", "فرنك", "مليون", "مليار", "كيلومتر", "كيلومترا", "كلم", "كم", "متر", "مترا",
    "أمتار", "طن", "أطنان", "لتر", "برميل", "هكتار", "كيلوغرام", "كيلو", "غرام", "بالمئة",
    "بالمائة", "صاروخ", "صاروخا", "صواريخ", "قذيفة", "قذائف", "طائرة", "طائرات", "سيارة",
    "سيارات", "آلية", "آليات", "دبابة", "دبابات", "منزل", "منازل", "منزلا", "مبنى", "مبان",
    "جولة", "جولات", "مرة", "مرات", "دولة", "دول", "منطقة", "مناطق", "قرية", "قرى", "مدينة",
    "مدن", "مشروع", "مشاريع", "مشروعا", "نقطة", "نقاط", "هدف", "أهداف", "غارة", "غارات",
    "هجوم", "هجمات", "هجوما", "عملية", "عمليات", "مقعد", "مقاعد", "مقعدا", "صوت", "أصوات",
    "مباراة", "مباريات", "مقابلة", "مقابلات", "لقاء", "لقاءات", "ميدالية", "قطعة", "قطع", "سلاح", "أسلحة", "حادث", "حوادث", "حادثا",
    "انفجار", "انفجارات", "مرحلة", "مراحل", "نسخة", "كتاب", "كتب", "موقع", "مواقع", "حالة",
    "حالات", "بندا", "بنود", "مادة", "مواد", "وثيقة", "ملف", "ملفات", "شركة", "شركات",
    "قوائم",  # round counts-r87: lists (القوائم الست هلك منهم 56; not قائمة: اثنين من القائمة are people on it)
    "مستشفى", "مستشفيات", "مدرسة", "مدارس", "مركز", "مراكز", "سجن", "سجون", "سجنا", "مخيم", "مخيمات",
    "كنيسة", "كنائس", "مسجد", "مساجد", "ولاية", "ولايات", "محافظة", "محافظات",
    "عربة", "عربات", "مركبة", "مركبات", "رشاش", "رشاشات", "عبوة", "عبوات",
    "بلدة", "بلدات", "حي", "أحياء", "شارع", "شوارع", "مطار", "مطارات", "ميناء", "موانئ",
    "شاحنة", "شاحنات", "حافلة", "حافلات", "قارب", "قوارب", "سفينة", "سفن", "زورق", "زوارق", "دراجة", "دراجات",
    "دجاجة", "دجاج", "طائر", "طيور", "حيوان", "حيوانات", "رأس", "رؤوس", "خروف", "خراف", "أغنام", "ماشية", "بقرة",
    "أبقار", "كلب", "كلاب", "فيل", "أفيال", "سمكة", "أسماك", "حوت", "حيتان",
    "ضب", "ضبان", "ثور", "ثيران", "إبل", "ناقة", "نوق", "حمار", "حمير", "غزال", "غزلان", "قرد", "قرود", "نمر", "نمور",
    "ذئب", "ذئاب", "دب", "دببة", "حصان", "خيول", "ماعز",
    "قناة", "قنوات", "صحيفة", "صحف", "جريدة", "جرائد", "مجلة", "مجلات", "إذاعة", "إذاعات",  # media (إيقاف ست قنوات: suspended)
    "وحدة", "وحدات", "بلاغ", "بلاغا", "بلاغات", "ولادة", "ولادات", "تفجير", "تفجيرات", "تفجيرا",
    "رصاصة", "رصاصات", "طلقة", "طلقات", "طعنة", "طعنات", "شظية",  # what struck (مصابا بثلاث رصاصات)
    "مسدس", "مسدسا", "مسدسات", "بندقية", "بنادق", "قنبلة", "قنابل", "خرطوشة", "خراطيش", "ذخيرة",  # weapons
    "مدفع", "مدفعا", "مدافع", "مدرعة", "مدرعات", "راجمة", "راجمات", "مروحية", "مروحيات",  # guns, armour (دمرت دبابات ومدفعين)
    "خلية", "خلايا", "براميل", "برميلا", "معسكر", "معسكرا", "معسكرات", "دجاجات",
    "بيزو", "روبل", "روبية", "يوان", "يوانا", "رنمينبي", "رنمينبيا", "دولارات", "ريالات", "دنانير", "دراهم", "ليرات", "جنيهات", "فرنكات",
    "استرليني", "إسترليني", "استرلينيا", "إسترلينيا",  # a pound named by its adjective alone (280 ألف استرليني)
    "مليم", "مليما", "مليمات", "سنت", "سنتا", "سنتات", "هللة", "هللات", "قرش", "قرشا", "قروش", "فلس", "فلسا",  # small coins
    "نوع", "أنواع", "نوعا", "صنف", "أصناف", "صنفا",  # kinds (الإصابة بـ 8 أنواع من السرطان)
    "موطن", "وظيفة", "وظائف", "منصب", "مناصب", "فرصة", "فرص",  # jobs (فقدت 20 ألف موطن شغل)
    "كيلوجرام", "كيلوجراما", "كيلوغراما", "كغ", "كلغ",
    # decisions, orders, warrants, sentences, charges (25 ألف قرار اعتقال، 12 مذكرة توقيف، 7 أوامر بالقبض)
    "قرار", "قرارا", "قرارات", "مذكرة", "مذكرات", "أوامر", "بطاقة", "بطاقات",
    "حكم", "حكما", "أحكام", "أحكاما", "تهمة", "تهم",
    "عين", "يد", "ساق", "ذراع", "أذن", "كتف", "ركبة", "كف",  # body parts (أصيب في العينين، بتر اليدين)
    "طرف", "جانب", "بلد",  # sides and countries (قتلى بين الطرفين، 25 مقاتلا من الطرفين)
    "قدم", "قضية", "قضايا",  # round counts-r23: feet (أصابته بجروح في قدميه), court cases (11 ألف قضية)
    # round counts-r38: units of seized goods and drugs (القبض عليه وحجز أكثر من 2500 قرص مخدر), and earth-moving
    # machines (سقطت بها جرافتان وشاحنة): never the arrested or the dead
    "قرص", "قرصا", "أقراص", "حبة", "حبات", "حبوب", "كبسولة", "كبسولات", "علبة", "علب", "كيس", "كيسا", "أكياس",
    "لفافة", "لفافات", "صفيحة", "صفائح", "قارورة", "قوارير", "زجاجة", "زجاجات", "كرتونة", "كراتين", "صندوق",
    "صناديق", "جرافة", "جرافات", "رافعة", "رافعات", "حفارة", "حفارات",
    "عيادة", "عيادات", "مستوصف", "مستوصفات",  # clinics (حالة مرضية من اللاجئين السوريين عبر 12 عيادة)
)
QUALIFIERS: dict[str, str] = {
    "أكثر من": "more_than", "ما يزيد عن": "more_than", "ما يزيد على": "more_than",
    "يزيد عن": "more_than", "يزيد على": "more_than", "ما يربو على": "more_than",
    "يربو على": "more_than", "ما يفوق": "more_than", "يفوق": "more_than",
    "ما لا يقل عن": "at_least", "لا يقل عن": "at_least", "على الأقل": "at_least",
    "أقل من": "less_than", "ما يقل عن": "less_than",
    "نحو": "about", "حوالي": "about", "حوالى": "about", "قرابة": "about", "زهاء": "about",
    "ما يقارب": "about", "يقارب": "about", "ما يناهز": "about", "يناهز": "about",
    "تقريبا": "about", "قرابه": "about", "بنحو": "about", "بحوالي": "about", "بحوالى": "about",
    "بقرابة": "about", "ما يقدر بنحو": "about", "ما يقدر بحوالي": "about", "يقدر بنحو": "about",
    "ما يصل إلى": "up_to", "يصل إلى": "up_to", "حتى": "up_to",
    "يتجاوز": "more_than", "تتجاوز": "more_than", "تجاوز": "more_than", "تجاوزت": "more_than", "ما يتجاوز": "more_than",
    "يتخطى": "more_than", "تخطى": "more_than", "تخطت": "more_than",
}
AFTER_QUALIFIERS = ("على الأقل", "تقريبا")
WINDOW_BEFORE = 15  # tokens back to a trigger verb, within the sentence
WINDOW_BEFORE_UNKNOWN = 3  # for counted nouns neither people nor things (بحارة، نمور)
WINDOW_AFTER = 4  # words after the amount's noun, a partitive chain (من الحرس الشخصي) not counted
MAX_AFTER_WORDS = 14  # words after the amount searched for its verb (a subject with a clause and a bracket: round 15)
# Words after which the following words are another clause (رغم أن سعتها 25 شخصا وأن ركابها).
CLAUSE_BREAKS = frozenset({"\u0627\u0646", "\u0648\u0627\u0646", "\u0641\u0627\u0646", "\u0628\u0627\u0646"})  # ان وان فان بان
# Nouns saying who the victims are (لاجئ، معتقل) give way to a nearby event (لقي حتفه).
STATUS_TYPES = frozenset({"displaced", "arrested", "kidnapped", "missing"})
EVENT_TYPES = frozenset({"killed", "injured"})
# Victim nouns name another group (نصف مليون قتيل وعشرة ملايين نازح), not their event.
VICTIM_NOUNS = ("قتيل", "قتيلا", "قتلى", "جريح", "جريحا", "جرحى", "شهيد", "شهيدا", "شهداء", "ضحية",
                "ضحايا", "مصاب", "مصابين", "مصابا", "مصابون")  # tokens after the counted noun (25 شخصا لقوا حتفهم)
# A trigger is void after a negation (لم يصابوا) and an injury verb before an illness names the
# sick, not the wounded (مصابين بسرطان الغدة).
NEGATIONS = frozenset({"\u0644\u0645", "\u0644\u0646", "\u0644\u0627", "\u0648\u0644\u0645", "\u0648\u0644\u0627"})  # لم لن لا ولم ولا
ILLNESSES = ("سرطان", "مرض", "أمراض", "فيروس", "داء", "كورونا", "إيدز", "سكري", "كوليرا", "حصبة", "ملاريا",
             "إنفلونزا", "التهاب", "حمى", "وباء", "عدوى", "تسمم", "اكتئاب", "متلازمة", "جلطة", "سكتة",
             "توحد", "سمنة", "بدانة", "ضغط", "سل", "زهايمر", "شلل", "صرع", "ربو", "حساسية", "ورم", "أورام",
             "إيبولا", "ايبولا", "زيكا", "فيروسات", "جدري", "طاعون", "فشل", "نوبة", "ذبحة", "اضطرابات", "اضطراب",
             "بوصفير",  # (Tunisian: hepatitis A)
             "فايروس")  # بفايروس كورونا
MARKS_RE = re.compile("[\u0640\u064b-\u065f\u0670]*")  # tatweel and diacritics
SENTENCE_END_RE = re.compile(r"[.!?؟\n]")
CLAUSE_END_RE = re.compile(r"[،,;]")
CLAUSE_OR_SENTENCE_END_RE = re.compile(r"[،,;.!?؟\n]")
PARENT_OF_RE = re.compile("(?<![\u0621-\u064a])(?:اب|ام|والد|والده)\\s+ل$")  # أب لطفلين (folded)
ATTEMPT_RE = re.compile("(?:الشروع|محاوله|محاولة)\\s+(?:في\\s+)?[بل]?قتل\\s*$")  # الشروع بقتل 5: an attempt
UNIT_AFTER_RE = re.compile("\\s*(?:م|كم|كلم|سم|ملم|مم|كغ|كلغ|كجم|ملغ|مل)\\s*[23\u00b2\u00b3]?(?![\u0621-\u064a])")  # 50 ألف م3
PERCENT_AFTER_RE = re.compile("\\s*(?:[%\u066a]|(?:في|ب)\\s*ال?م[يا]?[ئي]ه?(?![\u0621-\u064a]))")  # 80% ، 80 في المئة
PERCENT_RANGE_RE = re.compile("\\s*(?:و|-|\u2013|الي|ـ)\\s*\\d+(?:[.,]\\d+)?" + PERCENT_AFTER_RE.pattern)  # بين 6 و8٪: a range of shares
PERPETRATOR_RE = re.compile("(?:\u0639\u0644\u064a\\s+\u064a\u062f|\u0628\u064a\u062f|\u0627\u064a\u062f\u064a"  # على يد، بيد، ايدي
                            "|(?<![\u0621-\u064a])(?:قام|قامت|نفذ|نفذت|ارتكب|ارتكبت|شن|شنت)(?:ها|ه|هما|\\s+(?:بها|به|بهما)))\\s*$")  # قام بها ثلاثة تجار
# Verbs of carrying right before the amount: those on board, not victims (كانت تقل 45 تلميذا،
# مركبة يستقلها ثلاثة أشخاص، على متنها 9 عسكريين), unless their own noun names them (تنقل 5 جرحى).
CARRIER_RE = re.compile("(?<![\u0621-\u064a])[وف]?(?:تقل|يقل|تقلان|يقلان|تقله|تقلهم|يستقل|تستقل|يستقلها|تستقلها|"
                        "يستقله|يستقلان|يستقلانها|يستقلون|يستقلونها|تحمل|يحمل|تنقل|ينقل|متنها|متنه|متنهما)\\s*$")
HIJACKED: frozenset[CountType] = frozenset({"kidnapped"})  # اختطاف طائرة وعلى متنها 118 شخصا: all on board
# An arrest whose object is a vehicle, then its carrier (ايقاف سيارة على متنها شخصين، توقيف شاحنة تقل 5 أشخاص): stopping
# the vehicle holds all on board, as a hijacking takes them (not اعتقال سائق الحافلة التي كانت تقل 45 تلميذا).
STOPPED_VEHICLE_RE = re.compile("(?<![\u0621-\u064a])[وبل]?(?:ال)?(?:ايقاف|توقيف|اوقف|اوقفت|اوقفوا|ضبط)\\s+"
                                "(?:سياره|سيارتين|شاحنه|حافله|مركب|مركبه|قارب|زورق|سفينه|دراجه)ا?"
                                "(?:\\s+[\u0621-\u064a]+)?\\s+(?:و?علي\\s+)?" + CARRIER_RE.pattern.removeprefix("(?<![\u0621-\u064a])"))
AR = "\u0621-\u064a"
SCORE_AFTER_RE = re.compile("\\s*[-\u2013]\\s*(?:\\d+|\u0635\u0641\u0631)\\s*\\)")  # (3- صفر), (2-1): a score in brackets
WORD_RE = re.compile(r"[\u0621-\u064a]+|\d+")
PREFIXES = ("و", "ف", "ب", "ل", "وب", "ول", "ال", "وال", "بال", "لل", "فال")


def _f(word: str) -> str:
    return fold_word(word)


@cache
def _triggers() -> dict[str, CountType]:
    table: dict[str, CountType] = {}
    for kind, words in TRIGGERS.items():
        for w in words:
            table.setdefault(_f(w), kind)
    return table


# Words for those who came out alive: an amount after them is not a casualty count.
SURVIVORS = ("نجا", "نجوا", "نجت", "إنقاذ", "أنقذ", "أنقذت", "ناجين", "ناجون", "الناجين", "سالمين",
             "أفرج", "أفرجت", "الإفراج", "إفراج", "سراح",  # and the released (أفرجت السلطات عن 7 من 17 تم إيقافهم)
             "تعافى", "تعافت", "تماثل", "تماثلت", "شفي")  # and the healed (توفي منهم 30 وتعافى 60)
# Words after an amount that are no counted noun (134 ألفا جراء المرض، 17 تم إيقافهم).
NOT_NOUNS = ("تم", "وتم", "جراء", "بسبب", "إثر", "اثر", "عقب", "لدى", "وسط", "داخل", "أثناء", "منهم", "بينهم",
             "مابين")  # (37) مابين رجال أمن ومواطنين: the make-up of a bare amount, no noun of it
# Wounds and what caused them, after ب: what befell a bare amount, not its counted noun (واثنان بحروق، وثلاثة بنيران القناصة).
HURT_BY = ("جروح", "جراح", "حروق", "كسور", "رضوض", "اختناق", "رصاص", "رصاصة", "نيران", "شظايا", "طلقات", "طعنات",
           "إصابات", "إصابة", "حالات", "حالة")  # (وأصيب العشرات بحالات اختناق)


@cache
def _hurt_by() -> frozenset[str]:
    return frozenset(_f(w) for w in HURT_BY)


def _hurt_by_word(word: str) -> bool:
    """ب and a wound or its cause (بحروق، بالرصاص): the words after a bare amount, no counted noun."""
    return word[:1] == "\u0628" and word[1:].removeprefix("\u0627\u0644") in _hurt_by()


# Words of the illness lexicon that are no disease when people die of them (round counts-r26): a poisoning stays a
# killing (تسمم), ضغط is a crush (ضغط الزحام), فشل and اضطرابات a failure and unrest.
NOT_DISEASES = ("تسمم", "ضغط", "فشل", "اضطراب", "اضطرابات")
# Words between a death or a wound and the illness that caused it (توفي 12 جراء إصابتهم بالفيروس، متأثرين بإصابتهم بالملاريا،
# منذ ظهور وباء الإيبولا، نتجت عن هذا المرض).
ILLNESS_CAUSES = ("بسبب", "جراء", "نتيجة", "إثر", "اثر", "متأثرين", "متأثرا", "متأثرة", "متأثرون", "إصابتهم", "بإصابتهم",
                  "لإصابتهم", "إصابته", "بإصابته", "الإصابة", "بالإصابة", "منذ", "ظهور", "تفشي", "انتشار", "نتجت", "نتج",
                  "الناجمة", "الناتجة", "الناجم", "الناتج", "عن", "هذا", "هذه", "ذلك", "تلك",
                  "تشخيصها", "تشخيصهم", "تشخيصه", "تشخيصهما")  # round counts-r93: حالات مصابة تم تشخيصها بمرض الجرب
# Words between a disease and the death word it is the subject of (وباء الكوليرا الذي حصد حياة 39، المرض الذي أدى إلى مقتل 36).
DISEASE_LINKS = ("الذي", "التي", "أدى", "أدت", "إلى", "أسفر", "أسفرت", "عن", "تسبب", "تسببت", "في", "فى")
DISEASE_PREPOSITIONS = ("إلى", "عن", "في", "فى")


@cache
def _illnesses() -> frozenset[str]:
    return frozenset(_f(w) for w in ILLNESSES)


@cache
def _diseases() -> frozenset[str]:
    """The illnesses people die of as a health statistic, no killing (round counts-r26)."""
    return _illnesses() - _f_set(NOT_DISEASES)


@cache
def _illness_causes() -> frozenset[str]:
    return _f_set(ILLNESS_CAUSES)


def _ill(word: str, illnesses: frozenset[str] | None = None) -> bool:
    """The word names an illness after ب (بسرطان، بالمرض، بالتهاب: an illness that begins with ال)."""
    if not word.startswith("\u0628"):
        return False
    illnesses = illnesses or _illnesses()
    return word[1:] in illnesses or word[1:].removeprefix("\u0627\u0644") in illnesses


SICK_WORDS = 3  # words after an injury word or its counted noun to what struck them (حالتي إصابة جديدة بالفيروس)
PARTITIVE_WORDS = 2  # more words for a من-phrase right after them (7 أشخاص من متساكني الجهة بالتهاب)
FROM = "\u0645\u0646"  # من


ILLNESS_BEFORE_WORDS = 12  # words back in the sentence to an illness that names what the مصابين have
ILLNESS_BEFORE_REACH = 200  # characters back to the start of that sentence


def _illness_before(folded: str, start: int, illnesses: frozenset[str] | None = None) -> bool:
    """An illness named shortly before a number of مصابين in its sentence (تفشي المرض الذي أدى إلى
    مقتل 36 شخصا من أصل 186 مصابا): they are the sick."""
    illnesses = illnesses or _illnesses()
    words = WORD_RE.findall(folded, _sentence_start(folded, start, ILLNESS_BEFORE_REACH), start)[-ILLNESS_BEFORE_WORDS:]
    return any(w.removeprefix("\u0648").removeprefix("\u0628").removeprefix("\u0627\u0644") in illnesses for w in words)


def _sick(following: Sequence[str], illnesses: frozenset[str] | None = None) -> bool:
    """The words after an injury or death word say an illness struck (بسرطان، جديدة بالفيروس، بأحد فيروسات
    الكبد): the first of the next few words in ب is an illness, or the noun right after it is; words naming
    a cause take no room (جراء إصابتهم بالفيروس، بسبب مرض الحصبة، متأثرين بإصابتهم بالملاريا)."""
    illnesses = illnesses or _illnesses()
    budget, caused, partitive = SICK_WORDS, False, False
    for k, word in enumerate(following):
        if word in _illness_causes():
            caused = True
            continue
        if word == FROM and k <= 1 and not partitive:
            budget, partitive = budget + PARTITIVE_WORDS, True
            continue  # إصابة 7 أشخاص من سكان الجهة بالتهاب الكبد: whom they were of takes no room
        budget -= 1
        if budget < 0:
            return False
        if word.startswith("\u0628") or caused:
            nxt = following[k + 1].removeprefix("\u0627\u0644") if k + 1 < len(following) else ""
            return _ill(word, illnesses) or word.removeprefix("\u0627\u0644") in illnesses or nxt in illnesses
    return False


@cache
def _attempts() -> frozenset[str]:
    return frozenset(_f(w) for w in ("محاولة", "محاولات"))


# What is stopped, not who: an activity (إيقاف نشاط 12 فضاء، إيقاف عدد من الفعاليات، إيقاف بعض البرامج).
ACTIVITIES = ("نشاط", "أنشطة", "عمل", "أعمال", "فعالية", "فعاليات", "برنامج", "برامج", "بث", "خدمة", "خدمات",
              "مشروع", "مشاريع", "إنتاج", "تصدير", "استيراد", "رحلات", "الرحلات", "صرف", "تداول", "أشغال", "عروض")
SOME = ("عدد", "بعض")  # a quantity word before من and what is stopped (إيقاف عدد من الفعاليات)


def _stopped_activity(words: list[str], k: int) -> bool:
    """The arrest noun or verb ``words[k]`` stops an activity, named right after it or after عدد من / بعض
    (round counts-r33: إيقاف عدد من الفعاليات، إيقاف نشاط مؤسستين): nobody is arrested."""
    rest = words[k + 1:k + 4]
    if rest and rest[0] in _f_set(SOME):
        rest = rest[2:] if len(rest) > 1 and rest[1] == "\u0645\u0646" else rest[1:]
    return bool(rest) and rest[0].removeprefix("\u0627\u0644") in _f_set(ACTIVITIES)


@cache
def _pointers() -> frozenset[str]:
    return frozenset(_f(w) for w in ("بهذا", "بهذه", "بذلك", "بتلك"))


def _void_trigger(words: list[str], k: int) -> bool:
    """The trigger ``words[k]`` is negated (لم يصابوا، لم ترد أنباء عن إصابات), names an illness (مصابين
    بسرطان، إصابة جديدة بالفيروس), has a thing fall (سقط صاروخ), or is
    فقد before anything but a number or people (فقد السيطرة: lost something; فقد لجأ: the particle)."""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if _met_with(words, k) or _particle_qad(words, k):
        return True
    if nxt in _pointers() and k + 2 < len(words):
        nxt = "\u0628" + words[k + 2]  # المصابين بهذا المرض: the illness pointed at
    kind = _trigger(words[k])
    lost = kind == "missing" and words[k].removeprefix("\u0648") in _lose_verbs() \
        and nxt not in _prepositions() and nxt not in _places()  # فقد السيطرة، فقدوا وظائفهم (not فقدوا في البحر، قرب الجزيرة)
    at_large = kind == "displaced" and k > 0 and words[k - 1] in _states()  # بحالة فرار، في حالة فرار: at large
    abstained = words[k].endswith(KEEPING) and nxt[:1] != "\u0628"  # احتفاظ 17 نائبا بأصواتهم: abstained (not الاحتفاظ بـ 5)
    provided = words[k] in _provides()  # وفر، ووفرت: provided (وفر البرنامج الغذاء لـ340 ألف شخص), or و and fled
    dropped = kind == "arrested" and _lookup(words[k], _drops()) is not None and nxt != _f("القبض")  # ألقى 25 برميلا
    stopped = kind == "arrested" and bool(nxt) and (not _lookup(words[k], _victims_and_status()) and _is_thing(nxt)
                                                    or _stopped_activity(words, k))  # أوقفا سيارتيهما، إيقاف نشاط
    snatched = kind == "kidnapped" and nxt in _snatched()  # خطف فوزا متأخرا: snatched a win
    reaped = kind == "killed" and words[k].removeprefix("\u0648") in _reaps() \
        and not any(w in _lives() for w in words[k + 1:k + 4])  # حصد 3 ملايين مشاهدة (not حصدت الحرب أرواح)
    trapped = kind == "arrested" and words[k].removeprefix("\u0648").removeprefix("\u0627\u0644")[:3] in (
        "\u0645\u062d\u062a", "\u0627\u062d\u062a") and nxt in _insides()  # محتجزين داخل المركبة
    suspended = kind == "arrested" and nxt == "\u0639\u0646" \
        and ("\u0648\u0642\u0648\u0641" in words[k] or "\u0648\u0642\u0641" in words[k])  # موقوفة عن التداول، أوقفا عن العمل
    sentenced = kind == "killed" and words[k].endswith("\u0627\u0639\u062f\u0627\u0645") and _sentenced(words[:k])  # أحكاما بالإعدام على
    protest = any(w in _protests() for w in words[max(0, k - 2):k])  # تظاهر 300 شخص احتجاجا على مقتل الشاب
    one = words[k].startswith(("\u0627\u0644", "\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0644\u0644")) \
        and _lookup(words[k], _one_victim())  # لدى المتوفى طفلان: the dead man's children
    falls = kind == "killed" and words[k].removeprefix("\u0648")[:3] == "\u0633\u0642\u0637"
    fell = falls and ((bool(nxt) and _is_thing(nxt))  # سقط صاروخ، سقطت قذائف: things fell, nobody was killed
                      or nxt in ONE_FELL  # سقطت إحدى القطع: one fell, no number its fate (round counts-r88)
                      or _fell_upon(words[k + 1:k + 3]))  # سقطت على مئات، سقط الركام على 12: fell upon them
    sick = kind == "injured" and (_sick(words[k + 1:]) or _ill(nxt))
    risk = k > 0 and words[k - 1].removeprefix("\u0648") in _risks()  # خطر النزوح، لخطر الموت: a risk, no fate yet
    benched = kind == "arrested" and _benched(words, k)  # عوقب بالإيقاف أربع مباريات: a sports suspension
    not_yet = _not_yet(words, k)  # صدر أمر باعتقال 275، مذكرات توقيف بحق 12، وسيتم توقيف الشخصين: not done yet
    named = _unit_name(words, k)  # كتيبة المبايعون على الموت، كتائب شهداء الأقصى: a unit's name (round counts-r103)
    no_victims = (lost or provided) and bool(nxt) and not (
        _number_token(nxt) or nxt in _qualifier_heads() or _is_people(nxt))
    return _denied(words, k) or any((sick, trapped, fell, one, suspended, protest, sentenced, dropped, snatched, stopped,
                                     no_victims, at_large, abstained, reaped, risk, benched, not_yet, named))


UNITS = ("كتيبة", "كتائب", "لواء", "ألوية", "سرية", "سرايا")  # (not فرقة، فرق: rescue teams carry the wounded)
UNIT_NAME_WORDS = 3  # words from the unit noun to the trigger in its name (كتيبة المبايعون على الموت)


@cache
def _units() -> frozenset[str]:
    return frozenset(_f(w) for w in UNITS)


def _unit_name(words: Sequence[str], k: int) -> bool:
    """The trigger ``words[k]``, a definite noun or a victim noun, stands in the name of an armed unit that an
    indefinite unit noun opens a few words before (كتيبة المبايعون على الموت، لواء شهداء اليرموك):
    the name, no fate (not الكتيبة التي فقدت 12 جنديا: the unit noun with the article, a verb after it)."""
    word = words[k]
    if not (word.startswith("\u0627\u0644") or _lookup(word, _victims())):
        return False
    return any(w.removeprefix("\u0648").removeprefix("\u0628").removeprefix("\u0644") in _units()
               for w in words[max(0, k - UNIT_NAME_WORDS):k])


@cache
def _escapes() -> frozenset[str]:
    """Escaping and withdrawing (هروب، انسحاب) right before an amount: its own fate, no victims (not فرار: the displaced)."""
    return _f_set(("هروب", "هرب", "هربوا", "هربت", "انسحاب", "انسحب", "انسحبوا", "انسحبت"))


PASSED_AWAY = ("قضى", "وقضى", "فقضى")  # قضى 1607 مهاجرين: died (قضى نحبه), the verb before its plural subject
WHEN_WORDS = ("خلال", "في", "منذ", "مدى", "على", "طوال", "بسبب", "جراء", "إثر", "اثر", "بعد", "قبل")
PASSED_AWAY_WORDS = 4  # words after the people searched for the time they spent instead (قضى 220 راكبا أمس ساعتين)
SPANS = ("فترة", "مدة", "وقت", "وقتا", "عطلة", "إجازة", "عقوبة", "محكومية")  # قضى 5 لاعبين فترة العقوبة: time served


def _span(stem: str) -> bool:
    return bool(_lookup(stem, _times())) or stem in _f_set(SPANS)


def _spent_time(word: str) -> bool:
    """A span of time, also in the dual (ساعتين، يومين، ليلتين): what people spend, not a death."""
    stem = word.removeprefix("\u0648")
    if stem.startswith("\u0627\u0644"):
        return False  # مدى العام: the time they died in
    if _span(stem):
        return True  # before a pronoun is looked for: a folded ة reads as ه (ليلة → ليله)
    for pronoun in ("\u0647\u0645", "\u0647\u0627", "\u0647"):  # يومهم، ليلتها: their day
        if stem.endswith(pronoun) and len(stem) - len(pronoun) >= 3:
            base = stem[:-len(pronoun)]
            stem = base[:-1] + "\u0647" if base.endswith("\u062a") else base  # ليلتها → ليله (folded ة)
            break
    if _span(stem):
        return True
    for suffix in ("\u062a\u064a\u0646", "\u062a\u0627\u0646", "\u064a\u0646", "\u0627\u0646"):  # تين تان ين ان
        single = stem[:-len(suffix)] + ("\u0647" if suffix[0] == "\u062a" else "")  # ساعتين → ساعه (folded ة)
        if stem.endswith(suffix) and len(single) >= 3 and _lookup(single, _times()):
            return True
    return False


def _passed_away(folded: str, start: int, end: int) -> CountType | None:
    """People right after قضى, with no span of time in their clause after them (قضى 1607 مهاجرين خلال عبورهم،
    وقضى 10 أشخاص بسبب البرد): they died. Not قضى 220 راكبا ساعتين (spent), nor a court (قضت المحكمة)."""
    if _before_amount(folded, start) not in _f_set(PASSED_AWAY):
        return None
    m = CLAUSE_OR_SENTENCE_END_RE.search(folded, end, end + 80)
    for word in WORD_RE.findall(folded, end, m.start() if m else min(len(folded), end + 80))[:PASSED_AWAY_WORDS]:
        if word in _f_set(WHEN_WORDS):
            break  # بسبب البرد خلال يومين: when or why they died
        if _spent_time(word) or word[:1].isdigit():
            return None
    return "killed"


HELD_AFTER_WORDS = 8  # words after the wounded to the arrest that takes them (برضوض وجروح وتم اعتقالهم)
HELD_LINKS = ("تم", "وتم", "ثم", "وجرى", "جرى", "قبل", "وقد")  # words that may stand before that arrest
THEM = ("هم", "هما")  # the pronoun that takes the wounded back (اعتقالهم، اعتقلتهم); folding leaves it as written


def _held_after(folded: str, end: int) -> bool:
    """The wounded counted before ``end`` are arrested next in their clause, taken back by a pronoun or by a plural
    passive (فأصيب أربعة برضوض وتم اعتقالهم، أصيب ثلاثة ثم اعتقلتهم القوات، أصيب 5 واعتقلوا): both fates are theirs.
    Not past a comma, a number or another clause's people (واعتقل 3 آخرين)."""
    m = CLAUSE_OR_SENTENCE_END_RE.search(folded, end, end + 120)
    words = WORD_RE.findall(folded, end, m.start() if m else min(len(folded), end + 120))[:HELD_AFTER_WORDS]
    links = _f_set(HELD_LINKS)
    for k, word in enumerate(words):
        if word[:1].isdigit():
            return False
        bare = word.removeprefix("\u0648") if word[:1] == "\u0648" else word
        linked = word != bare or (k and words[k - 1] in links)
        if not linked or _trigger(bare) != "arrested":
            continue
        passive = bare.endswith("\u0648\u0627") and bare[:1] == "\u0627"  # واعتقلوا (not اعتقلوا 3)
        return bare.endswith(THEM) or passive
    return False


ARRESTS = ("اعتقالات", "الاعتقالات", "اعتقال", "الاعتقال", "توقيفات", "التوقيفات", "إيقافات", "الإيقافات")
REACHED = ("طالت", "شملت", "طاولت", "استهدفت")
ARRESTS_REACHED_WORDS = 12  # words back from the verb of reaching to the arrests (حملة اعتقالات واسعة في أنحاء الضفة، طالت)


def _arrests_reached(folded: str, start: int) -> CountType | None:
    """People right after a verb of reaching whose subject is a wave of arrests (حملة اعتقالات طالت 26 مواطنا،
    شملت الاعتقالات 40 شخصا): those arrested, a plural of arrests being no trigger of its own."""
    if _before_amount(folded, start).removeprefix("\u0648") not in _f_set(REACHED):
        return None
    qs = _qualified_start(folded, start)
    words = WORD_RE.findall(folded, _sentence_start(folded, qs), qs)[:-1][-ARRESTS_REACHED_WORDS:]
    if any(w[:1].isdigit() for w in words):
        return None
    return "arrested" if any(w.removeprefix("\u0648") in _f_set(ARRESTS) for w in words) else None


@cache
def _avoided() -> frozenset[str]:
    """Avoiding and preventing right before an amount (تفادي 37 ألف حالة وفاة، تجنب 500 إصابة): deaths or
    wounds that did not happen, no victims."""
    return _f_set(("تفادي", "تفادى", "يتفادى", "تجنب", "تجنيب", "يجنب", "منع", "يمنع", "درء", "تلافي"))


@cache
def _futures() -> frozenset[str]:
    """Words that put the trigger after them in the future (سيتم توقيف، سوف يعدم): nobody has met that fate yet."""
    return _f_set(("سيتم", "ستتم", "سوف", "سيجري", "ستجري"))


@cache
def _orders() -> frozenset[str]:
    """Orders, warrants, decisions and requests (أمر، مذكرات، قرار، طلب) and the verb of ordering (أمرت)."""
    return _f_set(("أمر", "الأمر", "أمرا", "أوامر", "أمرت", "يأمر", "تأمر", "مذكرة", "مذكرات", "مذكرتي", "مذكرتا",
                   "قرار", "قرارا", "قرارات", "طلب", "طلبا", "طلبات", "بطلب"))


def _not_yet(words: Sequence[str], k: int) -> bool:
    """The trigger ``words[k]`` names a fate to come: an arrest ordered (أمر باعتقال), any fate in the future (سيتم),
    or one that may, could or would befall, is expected or feared (قد يقتل، من المتوقع أن يصل عدد القتلى)."""
    return (_trigger(words[k]) == "arrested" and _ordered(words, k)) \
        or (k > 0 and words[k - 1].removeprefix("\u0648") in _futures()) \
        or (words[k][:1] not in "\u0648\u0641" and _unreal(words, k, MODAL_VERB_WORDS))  # (قد يتدهور، وقتل 7: its own clause)


# Words that make what follows them in their clause a possibility, a forecast, a fear or a condition (round counts-r26).
MODALS = ("يمكن", "يمكنه", "يمكنها", "بإمكان", "ممكن", "الممكن", "المتوقع", "متوقع", "يتوقع", "تتوقع", "توقع", "توقعت",
          "يخشى", "تخشى", "نخشى", "لو", "لولا", "هدد", "هددت", "هددوا", "يهدد", "تهدد", "يهددون")  # هدد بقتل 5: a threat
PERHAPS = ("ربما", "لربما")  # a modal only before an imperfect verb or a trigger (ربما يصل، ربما قتل; not ربما اتصل ... بقتل 12)
MODAL_WORDS = 8  # words back from a count to the modal governing it in its clause (ومن المتوقع أن يصل عدد القتلى إلى 200)
MODAL_VERB_WORDS = 3  # from a trigger verb (قد يقتل، يمكن أن تقتل: not توقعت المصادر ارتفاع عدد القتلى الذي بلغ 60)
MODAL_STOPS = ("البالغ", "البالغة", "بلغ", "بلغت")  # with RATE_STOPS (الذي بلغ 60، البالغ 60: the actual toll)
# Imperfect verbs in ت after قد (قد تصل الحصيلة، قد تكون): ت alone is no sign, perfect forms V and VI begin with it too
# (قد توفي، قد تقلص، قد تلقى، قد تم); so these and the feminine of forms V and VI (قد تتسبب).
IMPERFECTS_IN_TA = ("تصل", "ترتفع", "تبلغ", "تزيد", "تشهد", "تؤدي", "تودي", "تسفر", "تخلف", "تحصد", "تكون", "تطال",
                    "تفوق", "تقارب", "تصيب", "تقتل", "تموت")
QAD = "\u0642\u062f"  # قد


@cache
def _modals() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Folded modal words, the words that stop the look back to them, the imperfect verbs in ت, and ربما."""
    return _f_set(MODALS), _f_set(RATE_STOPS + MODAL_STOPS), _f_set(IMPERFECTS_IN_TA), _f_set(PERHAPS)


def _unreal(words: Sequence[str], k: int, reach: int = MODAL_WORDS) -> bool:
    """A modal, forecast, fear or condition governs ``words[k]`` (قد يقتل، يمكن أن تقتل، من المتوقع أن يصل عدد القتلى
    إلى، يخشى أن يكون، لو ... لقتل): within a few words before it, not past a relative, another number or a
    و-joined trigger verb; not a negated one (لا يمكن). قد only before an imperfect verb (not وقد قتل، قد توفي)."""
    modals, stops, imperfects, perhaps = _modals()
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        word = words[j]
        bare = word[1:] if word[:1] in "\u0648\u0641" and len(word) > 2 else word
        if word in stops or word[:1].isdigit() or (bare != word and bare[:2] != "\u0627\u0644" and _trigger(bare)):
            return False  # (يخشى أن يرتفع العدد وقتل 7: the next clause's verb)
        if (word in modals or bare in modals) and not (j and words[j - 1] in NEGATIONS):
            return True  # (not ولا يمكن التحقق منه: cannot, of something else)
        nxt = words[j + 1] if j + 1 < len(words) else ""
        imperfect = nxt[:1] == "\u064a" or nxt in imperfects or nxt[:2] == "\u062a\u062a"
        if (QAD in (word, bare) and imperfect) or (bare in perhaps and (imperfect or _trigger(nxt))):
            return True  # (not وقد نتج عن الحادث، قد نجحت، قد تقلص، قد تلقى: perfect verbs)
    return False


def _ordered(words: Sequence[str], k: int) -> bool:
    """The arrest ``words[k]`` is what an order, warrant or request asks for (صدر أمر باعتقال، مذكرات توقيف بحق،
    أمرت النيابة باعتقال): none is held yet. Not the Maghreb permission to hold (أذنت النيابة بالاحتفاظ)."""
    near = words[k - 1:k] if not words[k].startswith("\u0628") else words[max(0, k - 2):k]
    if any(w.removeprefix("\u0648") in _orders() for w in near):
        return True
    # a demand: طالب باعتقال، دعت المنظمة إلى توقيف، طالب المحامي بإعادة إيقاف (a ب or إلى between, the arrest not
    # a verb of its own clause: not طالب بالإصلاح واعتقل 3)
    if words[k][:1] in "\u0648\u0641":
        return False
    for j in range(k - 1, max(-1, k - 1 - DEMAND_WORDS), -1):
        if words[j].removeprefix("\u0648") in _demands():
            return any(w[:1] == "\u0628" or w in _demand_links() for w in words[j + 1:k + 1])
    return False


DEMAND_WORDS = 4  # words back from an arrest to the verb demanding it (طالب المحامي بإعادة إيقاف ثلاثتهم)


@cache
def _demands() -> frozenset[str]:
    """Verbs and nouns of demanding and calling for (طالب، يطالب، دعا، المطالبة): an arrest they ask for is none yet."""
    return _f_set(("طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون", "المطالبة", "بالمطالبة", "دعا", "دعت",
                   "دعوا", "يدعو", "تدعو", "يدعون"))


@cache
def _demand_links() -> frozenset[str]:
    return _f_set(("إلى", "الى"))


@cache
def _penalties() -> frozenset[str]:
    """Words of a sports penalty before a suspension (عقوبة الإيقاف، عوقب بالإيقاف) and the matches it lasts."""
    return frozenset(_f(w) for w in ("عقوبة", "بعقوبة", "لعقوبة", "وعقوبة", "عوقب", "عوقبت", "عوقبوا", "وعوقب",
                                     "مباراة", "مباراتين", "مباريات", "مباراتان", "لقاءات", "جولات"))


def _benched(words: Sequence[str], k: int) -> bool:
    """إيقاف / توقيف with a penalty word right before it or the matches it lasts right after (عقوبة الإيقاف، بالإيقاف
    أربع مباريات): a player's suspension, not an arrest; so too إيقاف or موقوف with a disciplinary committee a few
    words before or after (الموقوفان من قبل لجنة الانضباط، قررت لجنة الانضباط إيقاف 3 لاعبين)."""
    stem = words[k].removeprefix("\u0648").removeprefix("\u0628").removeprefix("\u0644").removeprefix("\u0627\u0644")
    near = words[max(0, k - DISCIPLINE_WORDS):k] + words[k + 1:k + 1 + DISCIPLINE_WORDS]
    if stem in _suspended() and any(w in _disciplines() for w in near):
        return True
    if stem not in (_f("إيقاف"), _f("توقيف")):
        return False
    return (k > 0 and words[k - 1] in _penalties()) or any(w in _penalties() for w in words[k + 1:k + 4])


# مصير right before the people and مجهول a few words after them (ظل مصير الشابين الآخرين مجهولا، لا يزال مصير 5
# بحارة مجهولا): their fate is unknown, they are missing.
FATE_BEFORE_RE = re.compile("\u0645\u0635\u064a\u0631\\s+$")  # مصير
FATE_UNKNOWN_RE = re.compile("^(?:\\s*[\u0621-\u064a]+){0,3}?\\s+\u0645\u062c\u0647\u0648\u0644[\u0627\u0647]?(?![\u0621-\u064a])")  # مجهولا


def _fate_unknown(folded: str, start: int, end: int) -> CountType | None:
    """Missing, when the people are the fate's owners and the fate is unknown (مصير الشابين الآخرين مجهولا)."""
    if FATE_BEFORE_RE.search(folded, max(0, start - FATE_CHARS), start) and FATE_UNKNOWN_RE.match(folded[end:end + FATE_UNKNOWN_CHARS]):
        return "missing"
    return None


FATE_CHARS = 10  # characters before the people where مصير stands
FATE_UNKNOWN_CHARS = 40  # characters after them where مجهول stands


def _disciplined(folded: str, start: int, end: int) -> bool:
    """A disciplinary committee within a few words of the people named by an arrest word themselves (الموقوفان من
    قبل لجنة الانضباط): a suspension, as ``_benched`` reads it for a trigger before the number."""
    before = WORD_RE.findall(folded, max(0, start - DISCIPLINE_CHARS), start)[-DISCIPLINE_WORDS:]
    after = WORD_RE.findall(folded, end, end + DISCIPLINE_CHARS)[:DISCIPLINE_WORDS]
    return any(w in _disciplines() for w in before + after)


DISCIPLINE_CHARS = 80  # characters scanned for those words
DISCIPLINE_WORDS = 6  # words between a suspension and the committee that ruled it (إيقاف 3 لاعبين من قبل لجنة الانضباط)


@cache
def _suspended() -> frozenset[str]:
    """إيقاف and موقوف with its endings, without ال: what a disciplinary committee does to players."""
    return _f_set(("إيقاف", "توقيف", "موقوف", "موقوفان", "موقوفين", "موقوفون", "موقوفا"))


@cache
def _disciplines() -> frozenset[str]:
    """A sports disciplinary body (لجنة الانضباط، الاتحاد)."""
    return _f_set(("الانضباط", "الإنضباط", "انضباط"))


@cache
def _risks() -> frozenset[str]:
    """Words of a risk or threat right before a trigger (يواجهون خطر النزوح، مهددون بخطر الموت)."""
    return frozenset(_f(w) for w in ("خطر", "لخطر", "بخطر", "مخاطر", "لمخاطر", "خشية", "تهديد", "بتهديد", "احتمال"))


@cache
def _reaps() -> frozenset[str]:
    """حصد: a death only when lives are reaped (حصدت أرواح 30)؛ else votes, prizes, views."""
    return frozenset(_f(w) for w in ("حصد", "حصدت"))


@cache
def _lives() -> frozenset[str]:
    return frozenset(_f(w) for w in ("أرواح", "ارواح", "حياة", "بحياة"))


@cache
def _provides() -> frozenset[str]:
    """وفر and its forms with و: provided, before an object that is no number or people."""
    return frozenset(_f(w) for w in ("وفر", "وفرت", "وفرا", "وفروا", "ووفر", "ووفرت"))


@cache
def _drops() -> frozenset[str]:
    """ألقى: an arrest only in ألقى القبض; else dropped or delivered (ألقى 25 برميلا، ألقى كلمة)."""
    return frozenset({_f("ألقي"), _f("ألقى")})


# What is snatched, not who (خطف فوزا، خطف الأضواء): خطف then a win, a goal, a title or attention.
SNATCHED = ("فوزا", "الفوز", "فوز", "هدفا", "هدف", "الهدف", "نقطة", "النقاط", "نقاط", "اللقب", "لقب", "الصدارة", "بطاقة",
            "البطاقة", "الأضواء", "الأنظار", "الكأس", "تعادلا", "التعادل", "انتصارا", "الانتصار", "الميدالية", "ميدالية")


@cache
def _snatched() -> frozenset[str]:
    return frozenset(_f(w) for w in SNATCHED)


# Words of a sentence passed right before الإعدام (أحكاما بالإعدام، قضت بإعدام): no death yet, unless carried out (نفذت حكم الإعدام).
SENTENCES = ("حكم", "أحكام", "أحكاما", "الحكم", "حكما", "بالحكم", "الأحكام", "حكمت", "قضت", "قضى", "تقضي", "يقضي", "وقضت",
             "أصدرت", "أصدر", "وأصدرت", "وأصدر", "بحكم")
EXECUTIONS = ("تنفيذ", "بتنفيذ", "نفذ", "نفذت", "ونفذت", "ونفذ", "لتنفيذ", "وتنفيذ", "تنفذ", "ينفذ")


@cache
def _sentences() -> frozenset[str]:
    return frozenset(_f(w) for w in SENTENCES)


@cache
def _executions() -> frozenset[str]:
    return frozenset(_f(w) for w in EXECUTIONS)


SENTENCE_WORDS = 4  # words back from إعدام to the ruling (حكم محكمة في طرابلس بإعدام: round counts-r88)
EXECUTED_WORDS = 8  # words back from إعدام to the verb carrying it out (نفذت السلطات صباح اليوم حكم الإعدام)


def _sentenced(before: Sequence[str]) -> bool:
    """The words right before إعدام pass a sentence (أحكاما بالإعدام، قضت بإعدام), not an execution
    carried out (نفذت حكم الإعدام), its verb a few words back with its subject and time between."""
    near = before[-SENTENCE_WORDS:]
    return any(w in _sentences() for w in near) and not any(w in _executions() for w in before[-EXECUTED_WORDS:])


# An offence whose object is the amount (التحرش بفتاتين، الاعتداء على ثلاثة): those wronged, not arrested.
# The victims of an offence named right before the amount (17 حالة اغتصاب من ضمن ضحاياها 8 أطفال، حالات تحرش كان
# ضحاياها): those it was done to, no dead (not راح ضحيتها: violence's dead).
OFFENCE_VICTIMS_RE = re.compile("(?<![\u0621-\u064a])[وبل]?(?:ال)?(?:تحرش|اعتداء|اعتداءات|اغتصاب|تعذيب|ابتزاز|احتيال|تحيل)"
                                "(?:\\s+[\u0621-\u064a]+){0,4}\\s+[وبل]?(?:ال)?ضحايا(?:ها|هم|ه)?\\s*$")
# Migrants joined to the refugees counted (لاجئ ومهاجر، اللاجئين والمهاجرين): one tally of migration.
MIGRANTS_AFTER_RE = re.compile("\\s*و(?:ال)?مهاجر(?:ين|ون|ا)?(?![\u0621-\u064a])")
OFFENCE_REACH = 70  # characters back from the amount to the offence named
WRONGED_RE = re.compile("(?<![\u0621-\u064a])[وبل]?(?:ال)?(?:تحرش(?:وا|ت|ا)?|اعتداء|اعتدي|اعتدت|اعتدوا|تغرير|ابتزاز|"
                        "احتيال|اغتصاب|اغتصب(?:وا|ت|ا)?|تعذيب|"  # (verbs too: تحرشوا بفتاتين، اعتدى على ثلاثة)
                        "تحيل(?:ت|وا|ا)?|احتال(?:ت|وا|ا)?)"  # (Tunisian تحيل: fraud)
                        "\\s*[\"\u00bb\u201d]?(?:\\s+[\u0621-\u064a]+)?"  # a closing quote, a subject (تحرش شباب بفتاتين)
                        "\\s*(?:ب|علي\\s+|ضد\\s+)\\s*[\"\u00ab\u201c]?\\s*$")

ON = "\u0639\u0644\u064a"  # على folded
UNTIL, DEATH = "\u062d\u062a\u064a", "\u0627\u0644\u0645\u0648\u062a"  # حتى الموت folded: to death


@cache
def _not_upon() -> frozenset[str]:
    """Words after سقط على that keep the dead (على الأقل، على إثر، على يد)."""
    return frozenset(_f(w) for w in ("الأقل", "الاقل", "إثر", "اثر", "إثرها", "إثره", "أثر", "يد", "أيدي"))


def _fell_wounded(words: Sequence[str], k: int) -> CountType | None:
    """سقط then the wounded's noun (سقطوا مصابين، سقط جرحى): they fell wounded, not dead."""
    if words[k].removeprefix("\u0648")[:3] != "\u0633\u0642\u0637" or k + 1 >= len(words):
        return None
    nxt = words[k + 1]
    return "injured" if _lookup(nxt, _victims()) and _trigger(nxt) == "injured" else None


ONE_FELL = ("\u0627\u062d\u062f", "\u0627\u062d\u062f\u064a")  # احد، احدى (folded): the one that fell


def _fell_upon(following: Sequence[str]) -> bool:
    """على in the two words after سقط (its subject may stand between): something fell upon people
    (سقطت على مئات، سقط الركام على 12 عاملا), not على الأقل / على إثر / على يد."""
    for k, word in enumerate(following):
        if word == ON:
            nxt = following[k + 1] if k + 1 < len(following) else ""
            return nxt not in _not_upon()
        if _trigger(word) or _number_token(word):
            return False
    return False


# ضحية names the dead or the living harmed; heard, met or interviewed, they are alive.
LIVING_VICTIM_NOUNS = ("ضحية", "ضحايا")
HEARINGS = ("مقابلة", "مقابلات", "لقاء", "لقاءات", "شهادة", "شهادات", "إفادة", "إفادات", "استماع", "الاستماع",
            "للاستماع", "بالاستماع", "التقى", "التقت", "التقوا", "يلتقي", "تلتقي", "اجتمع", "اجتمعت", "قابل", "قابلت",
            "استمع", "استمعت", "استجواب")
HEARING_LINKS = ("مع", "إلى", "الى", "ل", "ب")  # the preposition between the hearing and its people
HEARD_WORDS = 3  # words back from the amount to the hearing (والتقى الوفد 25 ضحية: a subject between)


@cache
def _living_victim_nouns() -> frozenset[str]:
    return frozenset(_f(w) for w in LIVING_VICTIM_NOUNS)


@cache
def _hearings() -> frozenset[str]:
    return frozenset(_f(w) for w in HEARINGS)


@cache
def _hearing_links() -> frozenset[str]:
    return frozenset(_f(w) for w in HEARING_LINKS)


def _heard(folded: str, start: int) -> bool:
    """A hearing, meeting or interview (مقابلات مع، الاستماع إلى، التقى الوفد، شهادات) within a few words
    before the amount or its qualifier, with no trigger or number between."""
    words = WORD_RE.findall(folded, max(0, start - 80), _qualified_start(folded, start))[-HEARD_WORDS:]
    for word in reversed(words):
        if word in _hearings() or (word[:1] in "\u0648\u0641" and word[1:] in _hearings()):
            return True
        if word in _hearing_links():
            continue
        if _trigger(word) or _number_token(word) or word in _prepositions():
            return False
    return False


# Words between a negation and the trigger it denies (لم ترد أنباء عن إصابات، دون وقوع إصابات).
DENIAL_FILLERS = ("ترد", "يرد", "أنباء", "انباء", "معلومات", "عن", "وقوع", "وجود", "حدوث", "أي", "أية", "تسجيل",
                  "تسجل", "يسجل", "تقع", "يقع", "أسفر", "تسفر", "يسفر")
DENIERS = ("دون", "بدون", "ودون", "عدم", "وعدم")


@cache
def _denial_fillers() -> frozenset[str]:
    return frozenset(_f(w) for w in DENIAL_FILLERS)


@cache
def _deniers() -> frozenset[str]:
    return NEGATIONS | frozenset(_f(w) for w in DENIERS)


ONLY = ("فقط", "فحسب")  # لم تقتل فقط أربعة ... بل: "not only", the killing stands


def _denied(words: Sequence[str], k: int) -> bool:
    """The trigger ``words[k]`` is negated, right before it (لم يصابوا) or through words of
    reporting and occurring (لم ترد أنباء عن إصابات، دون وقوع إصابات، لم تسجل أي إصابات); not when
    "only" follows it (لم تقتل فقط أربعة ... بل: not only killed four, which it did)."""
    if k + 1 < len(words) and words[k + 1] in _f_set(ONLY):
        return False
    for j in range(k - 1, max(-1, k - 5), -1):
        if words[j] in _deniers():
            return True
        if words[j] not in _denial_fillers():
            return False
    return False


# Victim nouns in the singular: with the article they name one known person (المتوفى، القتيل).
ONE_VICTIM = ("قتيل", "متوفى", "متوفاة", "ضحية", "شهيد", "جريح", "مصاب", "مفقود", "مختطف", "مخطوف", "معتقل", "موقوف",
              "محتجز", "سجين", "أسير", "نازح", "لاجئ", "رهينة",
              "إصابة")  # round counts-r65: one case of injury (نتج عنه إصابة واحدة)
SICK_CASES_RE = re.compile("\\s*من\\s+(?:الحالات\\s+)?المرضيه(?![\u0621-\u064a])")
ONE_DEATH = _f("وفاة")  # and one death (ونتج عن هذا الحادث وفاة واحدة; not a victim: حالات الوفاة كانت لمواطن وطفل)


@cache
def _one_victim() -> frozenset[str]:
    return frozenset(_f(w) for w in ONE_VICTIM)


@cache
def _lose_verbs() -> frozenset[str]:
    """فقد and its inflections: with an object, someone lost something."""
    return frozenset(_f(w) for w in ("فقد", "فقدوا", "فقدت", "فقدنا", "يفقد", "تفقد", "يفقدون"))


@cache
def _prepositions() -> frozenset[str]:
    return frozenset(_f(w) for w in ("في", "من", "على", "عن", "إلى", "خلال", "أثناء", "بعد", "قبل", "منذ", "إثر", "جراء"))


@cache
def _places() -> frozenset[str]:
    """Words of place after فقدوا: gone missing there (فقدوا قرب الجزيرة), not lost something."""
    return frozenset(_f(w) for w in ("قرب", "بالقرب", "قبالة", "عند", "أمام", "وسط", "داخل", "خارج", "شمال", "جنوب", "شرق",
                                     "غرب", "شرقي", "غربي", "شمالي", "جنوبي"))


@cache
def _protests() -> frozenset[str]:
    """Words of protest or grief before an event noun: the people counted protest or mourn it."""
    return frozenset(_f(w) for w in ("احتجاجا", "احتجاج", "للاحتجاج", "تنديدا", "للتنديد", "استنكارا", "حدادا",
                                     "تضامنا", "إحياء", "ذكرى", "لذكرى", "بذكرى"))


@cache
def _states() -> frozenset[str]:
    return frozenset(_f(w) for w in ("بحالة", "حالة"))


@cache
def _insides() -> frozenset[str]:
    """Words after احتجاز that make it being trapped (داخل المركبة، تحت الأنقاض), not held, also what traps as its
    subject (احتجزتهم ألسنة اللهب، احتجزتهم النيران)."""
    return frozenset(_f(w) for w in ("داخل", "بداخل", "تحت", "النيران", "النار", "ألسنة", "اللهب", "الحريق", "الثلوج",
                                     "السيول", "المياه", "الأنقاض", "الركام"))


@cache
def _qualifier_heads() -> frozenset[str]:
    """First words of the qualifiers (أكثر، نحو، ما)."""
    return frozenset(_f(q).split()[0] for q in QUALIFIERS)


@cache
def _not_nouns() -> frozenset[str]:
    return frozenset(_f(w) for w in NOT_NOUNS)


@cache
def _survivors() -> frozenset[str]:
    return frozenset(_f(w) for w in SURVIVORS)


@cache
def _victims() -> frozenset[str]:
    return frozenset(_f(w) for w in VICTIM_NOUNS)


@cache
def _things() -> frozenset[str]:
    return frozenset(_f(w) for w in THINGS)


# Teams are units, not people, when counted themselves (فرقتان للإسعاف، عشرات من فرق الإسعاف); a
# definite one is the group its members come from (سبعة من الفرقة).
TEAMS = ("فرقة", "فرق", "فريق", "طاقم", "طواقم")


@cache
def _teams() -> frozenset[str]:
    return frozenset(_f(w) for w in TEAMS)


def _team_of(folded: str, obj_word: str, end: int) -> bool:
    """One team in construct with a definite noun (3 من طاقم الطائرة، خمسة من فريق الإسعاف): its members, people
    (not teams counted: عشرات من فرق الإسعاف)."""
    m = WORD_RE.match(folded, end + 1) if folded[end:end + 1] == " " else None
    return obj_word in _one_team() and bool(m) and m.group().startswith("\u0627\u0644")


# Words a definite amount of people may stand between a trigger and (اعتقلت الشرطة المتهمين الخمسة، القبض
# على الشابين) or after (الشابان قد اعتقلا، المتهمان اللذان قتلا), and the one of a group (اختطاف أحد الحراس الثلاثة).
GOVERNING_LINKS = ("على", "عن", "قد", "وقد", "اللذين", "اللذان", "اللتين", "اللتان", "الذين", "اللواتي", "اللاتي")
ONE_OF = ("أحد", "إحدى", "احد", "احدى")
DEFINITE_CLITICS = ("", "\u0648", "\u0641", "\u0628", "\u0644", "\u0643", "\u0648\u0628", "\u0648\u0644")
CLAUSE_BREAK_RE = re.compile(r"[.!?؟\n،,:؛;\"«»()]")


@cache
def _governing_links() -> frozenset[str]:
    return frozenset(_f(w) for w in GOVERNING_LINKS)


@cache
def _one_of() -> frozenset[str]:
    return frozenset(_f(w) for w in ONE_OF)


def _definite_form(amount: Amount | Count) -> bool:
    """A definite numeral or dual (round 19: الثلاثة، الشابين، للطرفين), or a dual with a pronoun
    (جثتيهما): its last word, clitics off, starts with ال and is a cardinal (not المليون, a round number
    reached, nor العشرات, an approximate plural) or, for two, ends in ان/ين; or it is a possessed dual."""
    last = _f(amount.text.split()[-1]) if amount.text.split() else ""
    if _possessed_form(amount):
        return True
    for clitic in DEFINITE_CLITICS:
        word = last[len(clitic):] if last.startswith(clitic) else ""
        if word.startswith("\u0627\u0644") or (clitic and last.startswith(clitic + "\u0644") and clitic[-1:] == "\u0644"):
            bare = word[2:] if word.startswith("\u0627\u0644") else last[len(clitic) + 1:]
            if (number_word(bare) or ("", "", 0))[1] in ("unit", "ten", "hundred") or (amount.value == 2 and bare.endswith(("\u0627\u0646", "\u064a\u0646"))):
                return True
    return False


THING_BEFORE_RE = re.compile("(?<![\u0621-\u064a])(?:و|ف|ب|ل|ك|وب|ول)?ال([\u0621-\u064a]+)\\s+$")


def _thing_adjective(folded: str, start: int) -> bool:
    """A definite numeral right after a definite noun of things (القوائم الست، السنوات الخمس، الدول الأربع): an
    adjective giving how many of them there are, not people a casualty word befell (round counts-r87)."""
    m = THING_BEFORE_RE.search(folded, max(0, start - 40), start)
    return m is not None and _lookup(m.group(1), _things()) is not None  # not a team (أفراد الطاقم الخمسة)


PEOPLE_OF_THINGS_RE = re.compile("(?<![\u0621-\u064a])[وبل]?([\u0621-\u064a]+)\u064a\\s+(?:ال)[\u0621-\u064a]+\\s+$")  # سائقي الشاحنات


def _people_of_things(folded: str, start: int) -> tuple[str, int] | None:
    """A definite numeral after a noun of things held by a plural of people in construct (إيقاف سائقي الشاحنات
    الثلاثة): the numeral counts those people (round counts-r91); their noun, as its plural in ين, and where it
    starts, or None."""
    m = PEOPLE_OF_THINGS_RE.search(folded, max(0, start - 60), start)
    if m is None:
        return None
    plural = m.group(1) + "\u064a\u0646"
    return (plural, m.start()) if _is_people(plural) else None


def _possessed_form(amount: Amount | Count) -> bool:
    """A dual with a pronoun (جثتيهما، طفليه، عيناه): it points back at people named before."""
    word = _f(amount.text)
    return amount.value == 2 and " " not in amount.text and any(
        word.endswith(v + p) for v in ("\u064a", "\u0627") for p in ("\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0627", "\u0647"))


def _phrase_start(folded: str, fs: int, amount: Amount) -> int:
    """Where the definite amount's phrase starts: at its noun when the numeral follows it (المتهمين الخمسة)."""
    if not amount.object:
        return fs
    before = re.search(f"([{AR}]+)\\s+$", folded[max(0, fs - 30):fs])
    if before and before.group(1) == _f(amount.object):
        return max(0, fs - 30) + before.start(1)
    return fs


def _list_item_kind(folded: str, start: int, last: tuple[int, CountType] | None) -> CountType | None:
    """The type of the last count when the definite phrase at ``start`` opens with و (or a head glued to و before it)
    right after it: the next item of that list of victims (قتل 12 جنديا وأفراد الطاقم الخمسة، والركاب الخمسة), not a
    restatement of people met before."""
    if last is None or last[0] > start or CLAUSE_OR_SENTENCE_END_RE.search(folded, last[0], start):
        return None
    between = WORD_RE.findall(folded, last[0], start)
    if not between:
        return last[1] if folded[start:start + 1] == "\u0648" else None  # والركاب الخمسة
    glued = len(between) == 1 and between[0][:1] == "\u0648" and len(between[0]) > 2  # وأفراد الطاقم الخمسة
    return last[1] if glued else None


def _governed(folded: str, start: int, end: int) -> bool:
    """A casualty verb or noun governs the definite amount at folded ``start:end`` directly, in its
    clause: right before it (وقتل الرجلين، اعتقال الثلاثة)، before على/عن (القبض على الشابين) or a
    definite subject (اعتقلت الشرطة المتهمين الخمسة), or within two words after it, past قد or a
    relative (الضابطين قتلا، الثلاثة قد اعتقلوا، الركاب بداخلها متوفين، اللذان قتلا), or past a clause of where
    they were (الذين كانوا على متن الطائرة قتلوا). A definite
    amount names people already met; without such a word it restates them (لا أخبار عن الرجال الثلاثة،
    حالة الشخصين الصحية) or names others (التحرش بالفتاتين، أحد الحراس الثلاثة)."""
    head = folded[max(0, start - 60):start]
    cut = [m.end() for m in CLAUSE_BREAK_RE.finditer(head)]
    before = WORD_RE.findall(head[cut[-1] if cut else 0:])
    if before and before[-1] in _one_of():
        return False
    if before and _trigger(before[-1]):
        return True
    if len(before) >= 2 and (before[-1] in _governing_links() or before[-1].startswith("\u0627\u0644")
                             or before[-1].endswith(PRONOUNS)) and _trigger(before[-2]):
        return True  # القبض على الشابين، اعتقلت الشرطة المتهمين، اختطاف رعاياها الأربعة
    if _predicate_past_where(folded, end):
        return True  # الركاب الخمسة الذين كانوا على متن الطائرة قتلوا
    tail = folded[end:end + 60]
    stop = CLAUSE_BREAK_RE.search(tail)
    after = [w for w in WORD_RE.findall(tail[:stop.start()] if stop else tail) if w not in _governing_links()]
    return any(_trigger(w) or (w.endswith("\u0627") and len(w) > 3 and _trigger(w[:-1])) for w in after[:2])  # توفيا


@cache
def _one_team() -> frozenset[str]:
    return frozenset(_f(w) for w in ("فرقة", "فريق", "طاقم"))


def _is_thing(word: str) -> bool:
    """A counted noun naming things, also with a possessive pronoun (آلياته), or an indefinite team."""
    if _lookup(word, _things()) or (word in _teams() or word[:1] in "\u0648\u0628\u0644" and word[1:] in _teams()):
        return True
    for suffix in ("\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627"):  # ه ها هم هما
        stem = word.removesuffix(suffix)
        feminine = stem[:-1] if stem.endswith("\u062a") else stem[:-2] if stem.endswith("\u062a\u064a") else None  # سيارته، سيارتيهما
        if stem != word and (_lookup(stem, _things()) or (feminine is not None and _lookup(feminine + "\u0647", _things()))):
            return True
    return False


@cache
def _people() -> frozenset[str]:
    return frozenset(_f(w) for w in PEOPLE)


# The feminine singular of the fighter nouns (ثلاثين متمردة كردية): women fighters counted after a number. Not مقاتلة
# (mostly a jet) nor مقاومة (the resistance); not the feminine of every listed noun (عمالة is labour, عاملتان، موظفة).
FEMININE_FIGHTERS = ("متمردة", "مسلحة", "متشددة", "متطرفة", "إرهابية", "ارهابية")


@cache
def _feminine_fighters() -> frozenset[str]:
    return frozenset(_f(w) for w in FEMININE_FIGHTERS)


@cache
def _qualifier_re() -> re.Pattern[str]:
    alts = sorted((_f(q) for q in QUALIFIERS), key=len, reverse=True)
    body = "|".join(re.escape(a).replace("\\ ", "\\s+") for a in alts)
    return re.compile(f"(?<![\u0621-\u064a])[وفلب]?(?P<q>{body})\\s*[(\"\u201c\u00ab]?\\s*$")  # ما يزيد عن (900)


@cache
def _after_qualifier_re() -> re.Pattern[str]:
    alts = "|".join(re.escape(_f(q)).replace("\\ ", "\\s+") for q in AFTER_QUALIFIERS)
    return re.compile(f"\\s*(?P<q>{alts})(?![\u0621-\u064a])")


def _qualifier_before(folded: str, start: int) -> re.Match[str] | None:
    """The qualifier (أكثر من، نحو) right before the amount at ``start``, if any."""
    return _qualifier_re().search(folded, max(0, start - 30), start)


def _qualified_start(folded: str, start: int) -> int:
    """Where the amount at ``start`` begins with its qualifier (أكثر من، نحو) if one precedes it."""
    q = _qualifier_before(folded, start)
    return q.start("q") if q else start


SENTENCE_REACH = 300  # characters back a sentence's start is sought


def _money_after(folded: str, end: int) -> bool:
    """A currency right after the amount (المليون ريال): money, whatever noun the amounts read (round counts-r93)."""
    m = NEXT_WORD_RE.match(folded, end)
    return m is not None and m.group(1) in _f_set(CENTS_CURRENCIES)


def _sentence_start(folded: str, start: int, reach: int | None = None, floor: int = 0) -> int:
    """Where the sentence holding ``start`` begins, looking back at most ``reach`` characters
    (no limit when None) and never before ``floor``."""
    stop = max(0, floor, start - reach if reach is not None else 0)
    left = start
    while left > stop and not SENTENCE_END_RE.match(folded, left - 1):
        left -= 1
    return left


@cache
def _qualifier_table() -> dict[str, str]:
    return {re.sub(r"\s+", " ", _f(q)): v for q, v in QUALIFIERS.items()}


def _lookup(word: str, table: dict[str, CountType] | frozenset[str]) -> str | None:
    """The word or its stem without glued particles / article, if in ``table``."""
    if word in table:
        return word
    for p in PREFIXES:
        if word.startswith(p) and word[len(p):] in table:
            return word[len(p):]
    return None


@cache
def _dual_verbs() -> frozenset[str]:
    """Past verbs of three letters whose dual in ا is a trigger (قتلا، خطفا), and longer ones whose dual is no
    noun (توفيا، استشهدا، أصيبا، اعتقلا)."""
    return frozenset(_f(w) for w in ("قتل", "جرح", "خطف", "فقد", "نزح", "غرق", "سقط", "أسر",
                                     "توفي", "استشهد", "أصيب", "اعتقل"))


ARTICLES = ("\u0627\u0644", "\u0644\u0644", "\u0628\u0627\u0644", "\u0648\u0627\u0644", "\u0641\u0627\u0644")  # ال لل بال وال فال
PRONOUNS = ("\u0647", "\u0647\u0627", "\u0647\u0645")  # ه ها هم: قتلاه، جرحاهم (ى written ا before them)
VERB_SUFFIXES = ("وا", "ت", "تا", "ن", "هم", "ه", "ها", "ا", "نا", "تم")  # ا: the dual (أصيبا); نا: we (اعتقلنا); تم: you (قتلتم)


def _trigger(word: str) -> CountType | None:
    """The count type a word triggers, also for inflected verbs (خطفت، اعتقلوا)."""
    table = _triggers()
    hit = _lookup(word, table)
    if hit is None and not word.startswith(ARTICLES):  # للهجره: a noun with the article, no verb with a suffix (هجر)
        for suffix in VERB_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= (3 if suffix in ("وا", "ت", "تا", "ن", "ها", "هم", "ا", "نا", "تم") else 4):
                if suffix == "\u0627" and not word.startswith("\u0627") and word[:-1].removeprefix("\u0648") not in _dual_verbs():
                    continue  # past verbs with the dual ا (أصيبا، قتلا), not accusative nouns (مقتلا، موتا)
                stem = word[: -len(suffix)]
                if suffix in ("\u0647", "\u0627") and stem.endswith("\u064a") and _lookup(stem, _victims_and_status()):
                    continue  # الأسرية، أسريا: the nisba of the family, not أسرى with a suffix
                hit = _lookup(stem, table) or (stem.endswith("\u062a") and _lookup(stem[:-1] + "\u0647", table)) \
                    or (suffix in PRONOUNS and stem.endswith("\u0627") and _lookup(stem[:-1] + "\u064a", _victims_and_status()))
                if hit and stem.startswith("\u0644\u0644") and hit == stem[1:]:
                    hit = None  # للقوات: لل and a noun, not ل and a verb (لقوا)
                if hit:
                    break
    return table[hit] if hit else None


def _is_people(word: str) -> bool:
    """A noun of people, also in the accusative (فردا، ضابطا) or a nisba (سوريين)."""
    if _lookup(word, _people()) or (len(word) > 3 and word.endswith("\u0627") and _lookup(word[:-1], _people())):
        return True
    if len(word) > 4 and word.endswith("\u0627\u062a") and _lookup(word[:-2], _people()):
        return True  # شابات، مواطنات: the feminine plural of a listed noun
    if _lookup(word, _feminine_fighters()):
        return True  # متمردة، مسلحة: a woman fighter counted (ثلاثين متمردة كردية قتلوا), as متمردا
    if _lookup(word, _nationality_plurals()):
        return True  # 10 أفارقة ألقت عليهم القبض، 5 أكراد: a broken plural of nationality is people itself (round counts-r98)
    stem = word.removeprefix("ال")
    if len(stem) > 4 and stem.endswith(("يين", "يون", "يا", "ي")) and not _is_thing(word):
        return True  # nisbas: سوريين، بريطانيا (not خلايا)
    return len(stem) == 4 and stem.endswith("\u064a") and nisba_country(stem) is not None  # يمني، سوري: a country's people


def find_counts(text: str, amounts: Sequence[Amount]) -> list[Count]:
    """Killed, injured, arrested, displaced, kidnapped, missing counts on ``amounts``."""
    if not text or not amounts:
        return []
    folded, back = match_form(text)
    out: list[Count] = []
    groups: list[tuple[int, CountType | None, bool]] = []  # where each amount read starts, its count type, a subset?
    previous_end = previous_noun_end = 0  # folded end of the amount before, and of its counted noun
    waiting: list[tuple[int, int, float]] = []  # people amounts with no trigger yet: start, end, value
    released: list[int] = []  # where the amounts of the released start (their parts are released too)
    nouns_seen: list[tuple[int, bool, bool]] = []  # where each amount starts, its noun a thing? people?
    last_count: tuple[int, CountType] | None = None  # folded end and type of the last count made

    def count(start: int, end: int, kind: CountType, value: float) -> Count:
        """The count of the amount at folded ``start:end``, with a qualifier before or after it."""
        qualifier = None
        q = _qualifier_before(folded, start)
        if q:
            qualifier = _qualifier_table().get(re.sub(r"\s+", " ", q["q"]))
            start = q.start("q")
        else:
            after = _after_qualifier_re().match(folded, end)
            if after:
                qualifier = "at_least" if after["q"] != _f("تقريبا") else "about"
                end = after.end()
        a, b = back[start], back[end - 1] + 1
        return Count(type=kind, value=value, text=text[a:b], start=a, end=b, qualifier=qualifier)

    wholes = _partitive_wholes(text, amounts)
    whole_ids = {id(w) for w in wholes.values()}
    previous_amount = {id(b): a for a, b in pairwise(amounts)}
    range_high = {id(a): b for a, b in pairwise(amounts) if _range_to(folded, back, a, b)}  # 15 إلى 20 جريحا
    range_low = {id(b) for b in range_high.values()}
    next_start = {id(a): bisect.bisect_left(back, b.start) for a, b in pairwise(amounts)}  # folded start of the next amount
    for amount in amounts:
        if id(amount) in whole_ids:
            continue  # قتل 5 من 12 راكبا: the group the part is taken from, not its victims
        if amount.value == 1 and not amount.text[:1].isdigit() and not (
                amount.object and (_lookup(_f(amount.object), _victims()) or _one_victim_before(text, amount)
                                   or _one_of_people(text, amount))):
            continue  # عائلة واحدة: "one" qualifies, it does not count victims (but مصاب واحد، موقوف واحد do)
        if amount.value < 1 or amount.value != int(amount.value):
            continue  # ثلث المصابين: a share of a group, (5.79) a score: never a number of people
        fs = bisect.bisect_left(back, amount.start)
        fe = bisect.bisect_left(back, amount.end)
        if fs >= len(back) or back[fs] != amount.start or fe >= len(back) \
                or not MARKS_RE.fullmatch(text, amount.end, back[fe]):
            continue  # (a tanween folded away after the amount is no gap: ألفاً)
        if amount.object is None and amount.value <= 10 and folded.startswith("\u0627\u0644", fs) \
                and folded[max(0, fs - 3):fs] == "\u0645\u0646 ":
            continue  # مصاب واحد من الثلاثة: the group a part is taken from, not its victims (not اقترب من المليون)
        floor = _trigger_floor(folded, fs, previous_end, previous_noun_end)
        obj_word = _f(amount.object) if amount.object else None
        survivors = bool(obj_word) and obj_word[:1] != "\u0648" and bool(_lookup(obj_word, _survivors()))  # تسعة ناجين
        if obj_word in _not_nouns() or _hurt_by_word(obj_word or "") or (obj_word and _lookup(obj_word, _survivors())) \
                or (obj_word and (YEAR_NOUN_RE.match(folded, fe) or DAY_NOUN_RE.match(folded, fe))):
            obj_word = None  # توفي نحو 134 ألفا جراء المرض، واثنان بحروق، توفي منهم 30 وتعافى، قتلت 312 ألفا عام 2009: no counted noun
        if obj_word and obj_word.startswith("\u0648") and _trigger(obj_word) and obj_word not in _triggers() \
                and not _noun_before(text, amount):
            obj_word = None  # قتل نحو 30 وأصيب العشرات: the next clause's verb, not the counted noun (but وفاتان، وجريحين اثنين)
        if obj_word and amount.value == 2 and _noun_before(text, amount):
            obj_word = _dual_singular(obj_word)  # وجريحين اثنين، وشرطيان اثنان: the dual restated, read by its singular
        people_of_things = _people_of_things(folded, fs) if obj_word and _definite_form(amount) and _is_thing(obj_word) else None
        if people_of_things:
            obj_word = people_of_things[0]  # سائقي الشاحنات الثلاثة: the drivers, not the lorries
        whole = wholes.get(id(amount))
        noun_at = fe
        if whole is not None:  # 50 ألفا من 570 جنديا قتلوا: the part is counted by the whole's noun
            obj_word = _f(whole.object or "")
            noun_at = bisect.bisect_left(back, whole.end)
        elif id(amount) in range_high:  # 15 إلى 20 جريحا: the lower bound is counted by the upper bound's noun
            obj_word = _f(range_high[id(amount)].object or "")
            noun_at = bisect.bisect_left(back, range_high[id(amount)].end)
        if _f(amount.text) in _succumbing():
            continue  # استشهدا متأثرين بجراحهما: how those counted died, not two more
        if amount.object is None and _money_after(folded, fe):
            groups.append((fs, None, False))
            continue  # ووفاة سائقها كلفت الجمعية المليون ريال: a cost, its currency no counted noun the amounts read
        previous_end = fe
        obj_end = _obj_end_of(folded, noun_at, obj_word) if obj_word else fe  # a dual holds its noun (حالتي وفاة وحالة حرجة)
        previous_noun_end = obj_end  # its noun is its own trigger (385 مصابا)
        others_of_things = _others_of_things(folded, fs, obj_word, nouns_seen)
        nouns_seen.append((fs, bool(obj_word) and _is_thing(obj_word) and not _lookup(obj_word, _cases()),
                           bool(obj_word) and (_is_people(obj_word) or bool(_lookup(obj_word, _victims_and_status())))))
        if others_of_things:
            groups.append((fs, None, False))
            continue  # نفوق 30 رأس غنم وإصابة 20 آخرين: more of the animals, not people
        if amount.object is None and _quoted_things_after(folded, fe):
            groups.append((fs, None, False))
            continue  # قتل المئات من "الضبان": animals or things in quote marks, not people (round counts-r91)
        if _alternative(folded, fs, fe) or _range_second(folded, back, previous_amount.get(id(amount)), fs) \
                or id(amount) in range_low:
            groups.append((fs, None, False))
            continue  # قتل شرطي أو اثنين، خمسة أو ستة، بين 20 و25، 15 إلى 20: one number or another, no count (counts-r26, r33)
        if obj_word and _lookup(obj_word, _players()) and _before_amount(folded, fs) == "\u0628":
            groups.append((fs, None, False))
            continue  # يلعب آخر الدقائق بـ 9 لاعبين: the side a team plays with after a red card, no victims
        if _before_amount(folded, fs).removeprefix("\u0648").removeprefix("\u0644") in _avoided():
            groups.append((fs, None, False))
            continue  # تفادي 37 ألف حالة وفاة، لتجنب 500 إصابة: what better measures would prevent, no victims
        if obj_word and obj_word in _households() and _before_amount(folded, fs) == "\u0628\u064a\u0646":
            groups.append((fs, None, False))
            continue  # شجار جد بين عائلتين: the sides of a quarrel, no victims of the arrest told before
        if _before_amount(folded, fs).removeprefix("\u0648") in _escapes():
            groups.append((fs, None, False))
            continue  # مقتل عشرات المسلحين وهروب العشرات منهم: those who escaped share no fate of the group before
        if OUT_OF_RE.search(folded[max(0, fs - 20):fs]) and not (
                obj_word and _lookup(obj_word, _victims_and_status()) or _plural_verb_after(folded, obj_end)):
            groups.append((fs, None, False))
            continue  # فقدت 11 سفينة من أصل 12: the whole a part is taken from (but من أصل 12 قتيلا، 157 شخصا قتلوا)
        if survivors or _survived_after(folded, obj_end) or _able_to_escape(folded, fs, obj_end):
            groups.append((fs, None, False))
            continue  # انتشال 36 جثة وتسعة ناجين، من مجموع 11 شابا نجوا: those who came out alive, whatever the verb before
        if obj_word and _lookup(obj_word, _living_victim_nouns()) and _heard(folded, fs):
            groups.append((fs, None, False))
            continue  # مقابلات مع 90 ضحية، الاستماع إلى 2500 ضحية: living victims heard, not the dead
        if PERCENT_AFTER_RE.match(folded, fe) or UNIT_AFTER_RE.match(folded, fe) or PERCENT_RANGE_RE.match(folded, fe) \
                or _thing_after_slash(folded, fe) or (SCORE_AFTER_RE.match(folded, fe) and folded[:fs].rstrip().endswith("(")):
            continue  # 80% من السكان: a share, not a count; 50 ألف م3: a measure; (3- صفر): a score
        if obj_word and not obj_word.startswith("\u0627\u0644") and _lookup(obj_word, _times()):
            continue  # البالغ من العمر 30 عاما قتل: an age or a time, never victims (not مقتل العشرات الأسبوع الماضي)
        if _year_like(amount, folded, fs, obj_word):
            continue  # سنتي 2015 و2016 حين، من مواليد 1982، سيارة كابرس 2006: a year, not people
        if (obj_word is None and _age_after_death(folded, fs, amount.value)) or (YEAR_BEFORE_RE.search(
                folded, max(0, fs - 12), fs) and not (obj_word and (_is_people(obj_word) or _lookup(obj_word, _victims_and_status())))):
            continue  # توفي الروائي عن 71: an age; مات سنة 639: a year (not عام 300 شخص)
        if _time_range_after(folded, fe):
            continue  # أعمارهم من 12-13 سنة: an age range, not victims
        qs = _qualified_start(folded, fs)  # (عن عمر يناهز 68: the label before the qualifier)
        if LABEL_BEFORE_RE.search(folded, max(0, fs - 24), fs) or LABEL_BEFORE_RE.search(folded, max(0, qs - 24), qs) \
                or ERA_AFTER_RE.match(folded, fe) \
                or AGE_AFTER_RE.match(folded, fe) or (amount.text[:1].isdigit() and LIST_MARKER_AFTER_RE.match(folded, fe)):
            continue  # أصيب في الدقيقة 82: a label; عام 40 للهجرة: a year; الـ14 من عمره: an age; 16 – كتاب: a list marker
        if _severity_share(folded, fs, fe) or _care_share(folded, fs, fe, groups) or _severity_list(folded, fs, fe):
            groups.append((fs, None, True))
            continue  # ثلاثة منهم إصاباتهم بالغة، 13 منهم إلى العناية المركزة: how badly some were hurt, or where, no count
        if WARRANTS_AFTER_RE.match(folded, fe) or (WARRANT_DUALS_RE.fullmatch(folded, fs, fe)
                                                   and COMMITTAL_AFTER_RE.match(folded, fe)):
            out.append(count(fs, fe, "arrested", amount.value))  # 4 بطاقات إيداع بالسجن، بطاقتي إيداع: sent to prison
            groups.append((fs, "arrested", False))
            continue
        state = STATE_AFTER_RE.match(folded, fe) or (obj_word and STATE_AFTER_RE.match(folded, obj_end))
        if state and state.group("held"):
            out.append(count(fs, fe, "arrested", amount.value))  # 42 بحالة إيقاف: held
            groups.append((fs, "arrested", False))
            continue
        if state:
            groups.append((fs, None, False))
            continue  # 25 بحالة سراح و7 بحالة فرار: free or at large, not held
        if BETWEEN_RE.search(folded, max(0, fs - 40), fs) or BETWEEN_AFTER_RE.match(folded, fe) \
                or (obj_word and BETWEEN_AFTER_RE.match(folded, obj_end)) \
                or (obj_word and not _single_dual(amount) and _dead_and_wounded(obj_word, folded, obj_end)):
            groups.append((fs, None, False))
            continue  # سقط 30 شخصا بين قتيل وجريح: dead and wounded together, a total (as مقتل وإصابة 6)
        if _aboard_missing_craft(folded, fs):
            out.append(count(fs, obj_end if obj_word else fe, "missing", amount.value))
            groups.append((fs, "missing", False))
            continue  # القارب المفقود ... وعلى متنه أربعة سعوديين: those on board a craft gone missing are missing
        if _carried(folded, fs) and not (obj_word and _lookup(obj_word, _victims_and_status())) \
                and not (obj_word and _verb_right_after(folded, obj_end)) \
                and not _nearby_trigger(folded, fs, fe, WINDOW_BEFORE, only=HIJACKED, floor=floor, following=False) \
                and not _vehicle_stopped(folded, fs) and not (obj_word and _result_on_all(folded, obj_end)):
            groups.append((fs, None, False))
            continue  # كانت تقل حوالي 45 تلميذا: those on board, whatever befell some of them (not a hijacking)
        if _size_of_group_of_one(folded, fs):
            groups.append((fs, None, False))
            continue  # القبض على أحد عناصر المجموعة المكونة من 10 أشخاص: the group's size, not those arrested
        if _residents(folded, fs) and not (obj_word and _lookup(obj_word, _victims_and_status())):
            groups.append((fs, None, False))
            continue  # البلدة التي يقطنها 56 ألف شخص: those who live there, not the victims of a trigger nearby
        if amount.value == 2 and not amount.text[:1].isdigit() and PARENT_OF_RE.search(folded, max(0, fs - 12), fs):
            continue  # أب لطفلين: a parent of two, not two victims
        binding = _in_ranks_of(folded, fe) if _before_amount(folded, fs) not in _bodies() else None  # جثث 9 ... في عداد المفقودين
        if binding is not None:  # 6 أشخاص ما يزالون في عداد المفقودين
            out.append(count(fs, fe, binding, amount.value))
            groups.append((fs, binding, False))
            continue
        if _released(folded, fs) or (released and _after_subset_word(folded, fs)
                                     and not SENTENCE_END_RE.search(folded, released[-1], fs)):
            groups.append((fs, None, False))
            released.append(fs)
            continue  # أمرت بإطلاق سراح آلاف السجناء، إخلاء سبيل 6966 موقوفا: the released, not an arrest
        if (obj_word and obj_word in _affected_words()) or _affected(folded, qs, obj_end):
            groups.append((fs, None, False))
            continue  # لقي 46 شخصا مصرعهم وأكثر من مئتي ألف تضرروا بالفيضانات: those affected, no victims
        if _sick_before(folded, fs) or (obj_word and _kin_of_victims(folded, obj_word, obj_end)) \
                or (obj_word and _goals(folded, fs, obj_word, obj_end)) or (obj_word and _against_births(folded, fs, obj_word)):
            groups.append((fs, None, False))
            continue  # أودت بحياة 4 أطفال وتسمم 28 مواطنا: those an illness struck, not the verb's
        kind: CountType | None = _trigger(obj_word) if obj_word else None
        if kind == "arrested" and _disciplined(folded, fs, obj_end):
            kind = None  # الثنائي ... الموقوفان من قبل لجنة الانضباط: players suspended
        kind = _shed_blood_of(folded, fs) or kind or _fate_unknown(folded, fs, obj_end)  # سفك دماء 120 ألف من السجناء: killed, whoever they were
        if kind is None and obj_word and _is_people(obj_word):
            kind = _busted_members(folded, fs)  # الإطاحة بخلية تتكون من 10 عناصر: its members held
        if kind is None and obj_word and NUMBER_OF_RE.fullmatch(obj_word):
            kind = _group_after_number_of(folded, obj_end)  # رفع إلى خمسة عدد الأشخاص المعتقلين
        if kind is None:
            kind = _rise_then_number_of(folded, fs, fe)  # ارتفع إلى 9 بينهم خمسة أطفال عدد القتلى
        if kind is None and (obj_word is None or _is_people(obj_word)):
            kind = _toll_risen_to(folded, fs)  # ارتفعت حصيلة قتلى المعارك، التي تدور ... إلى 11 شخصا
        hurt_case = kind is None and bool(obj_word) and bool(_lookup(obj_word, _cases())) \
            and bool(HURT_CASE_RE.match(folded, obj_end))
        if kind is None and obj_word and _lookup(obj_word, _cases()) and WOUNDED_CASE_RE.match(folded, obj_end):
            kind = "injured"  # تبقت سبع حالات لمصابين: the wounded, unless an illness follows (the checks below)
        if hurt_case:
            kind = "injured"  # 29 حالة تسمم، 12 حالة اختناق: people hurt (as v16's تعرض 532 شخص إلى تسمم), no illness
        later = False
        if kind == "injured" and not hurt_case and (
                _sick(WORD_RE.findall(folded, fe, fe + 60)[1:]) or _illness_before(folded, fs)):
            kind = None  # 462 مصابا بسرطان الغدة، حالتي إصابة جديدة بالفيروس، تفشي المرض ... 186 مصابا: the sick
        end = fe
        if kind in STATUS_TYPES and kind != "missing":
            # لقي تسعة لاجئين حتفهم: what happened to them beats who they are (but ستة مفقودين في غرق مركب: missing still)
            event = _nearby_trigger(folded, fs, obj_end, WINDOW_BEFORE_UNKNOWN, after=WINDOW_AFTER, only=EVENT_TYPES,
                                    floor=floor)
            event = event or _relative_event_after(folded, obj_end)  # الأسرى الخمسة الذين توفوا: died
            event = event or _fall_before(folded, fs)  # سقوط 220 لاجئا: their fall, death (as سقوط 30 مدنيا)
            kind = event or kind
        if kind == "injured" and _died_of_wounds(folded, fs, fe, obj_end, floor):
            kind = "killed"  # توفي ثلاثة من المصابين، انتقال اثنين من الجرحى إلى رحمة الله: wounded who died are killed (C1)
        own = kind  # the type the amount's own words give (قتلى، حالتين خطيرة الإصابة)
        if own == "injured" and _injuries_of_one(folded, fs):
            groups.append((fs, None, False))
            continue  # تعرضت لإصابتين خطيرتين، تعرض المهاجم لثلاث إصابات: one person's injuries
        if kind is None and _possessed(folded, fs):
            groups.append((fs, None, False))
            continue  # ولديه خمس فتيات، الفريق لديه 11 لاعبا: those someone has, not victims (but لدينا 18 مصابا)
        if kind is None and _crowd(folded, fs):
            groups.append((fs, None, False))
            continue  # أصيبوا حين تدافع المئات للدخول: the crowd that pushed, not the hurt (round counts-r103)
        if kind is None and obj_word and _lookup(obj_word, _cases()) and amount.value == 1 and _noun_before(text, amount) \
                and _injury_case(folded[max(0, fs - NOUN_BEFORE_REACH):fs].rstrip().removesuffix(obj_word)):
            kind = own = "injured"  # إصابة حالة واحدة: one case of injury (round counts-r103)
        if kind is None:
            thing = bool(obj_word) and _is_thing(obj_word)
            loose = thing and amount.text.startswith("\u0627\u0644") and obj_word.startswith("\u0627\u0644")  # مقتل العشرات الأسبوع الماضي: no noun of it
            kind = own = None if thing and not loose and not _lookup(obj_word, _cases()) else _adjacent_trigger(
                folded, fs, obj_end, thing=thing)  # وفاة حالتين، حالتا وفاة (not إعدام آلاف الدجاجات، معسكرات اعتقال)
            if kind is not None:
                end = obj_end
        if kind is not None:
            end = obj_end
        elif obj_word is None or _is_people(obj_word) or _nationality_after(folded, obj_word, obj_end) \
                or (_partitive(folded, fe, obj_end) and (not _is_thing(obj_word) or _team_of(folded, obj_word, obj_end))):
            people = obj_word is not None and (_is_people(obj_word) or _nationality_after(folded, obj_word, obj_end))
            underwent = _exposed_to(folded, fs, obj_end) or _captured_before(folded, fs, obj_word) or _among_victims(folded, obj_end) \
                or _left_life(folded, fs, obj_end) or (_done_to_them(folded, obj_end) if people else None)
            underwent = underwent or (_driven_to_refuge(folded, fs, obj_end) if people else None)  # حملتهم على اللجوء
            underwent = underwent or (_arrests_reached(folded, fs) if people else None)  # حملة اعتقالات طالت 26 مواطنا
            underwent = underwent or (_passed_away(folded, fs, obj_end) if people else None)  # قضى 1607 مهاجرين
            underwent = underwent or (_predicate_past_where(folded, obj_end) if people else None)  # الذين كانوا على متنها قتلوا
            after = None if underwent else (_own_verb(folded, fs, obj_end) if people else None)
            right_after = _plural_verb_after(folded, obj_end, dual=amount.value == 2) if people and not underwent and not after else None
            kind = underwent or after or right_after or (_slaughtered(folded, fs) if people else None)  # ذبحوا 10 أشخاص
            later = after is not None  # the fate told after the amount (its verb follows the list)
            if after is not None:  # 25 حوثيا و10 من رجال المقاومة سقطوا قتلى: the verb after both
                out.extend(count(s, e, after, v) for s, e, v in _coordinated_before(folded, fs, waiting))
            kind = kind or _nearby_trigger(folded, fs, obj_end, WINDOW_BEFORE, floor=floor, following=False)
            kind = kind or (_result_on_all(folded, obj_end) if people else None)
            if kind is None and people and _caught(folded, fs, obj_word):
                kind = "arrested"  # ضبطت الشرطة شابين: caught people (not workers or violators of residence rules)
            if kind is None and people and _kept_in_custody(folded, fs):
                kind = "arrested"  # وحدات الحرس الوطني احتفظت بستة أشخاص: held, as الاحتفاظ بـ (round counts-r79)
            if kind is None and people and _brought_down(folded, fs):
                kind = "arrested"  # تمكن الأعوان من الإطاحة بثلاثة عناصر: caught (round counts-r88)
            if kind is None and people and _held_by_armed_group(folded, fs, obj_end):
                kind = "kidnapped"  # أنقذ 178 شخصا كانت جماعة بوكو حرام تحتجزهم: rescued hostages
            if kind is None:
                kind = _nearby_trigger(folded, fs, obj_end, WINDOW_BEFORE, floor=floor)
                later = kind is not None
                if kind is not None:  # 28 عنصرا من الجيش و18 مقاتلا، قتلوا: the verb after both
                    out.extend(count(s, e, kind, v) for s, e, v in _coordinated_before(folded, fs, waiting))
                elif people:
                    waiting.append((fs, obj_end, amount.value))
            if kind == "killed" and people and _taken_to_hospital(folded, fs, obj_end):
                kind = "injured"  # توفي 21 ونقل 66 آخرون للمستشفيات: the hurt, not the dead told before them
            if kind is not None and obj_word is not None:
                end = obj_end
        elif not _is_thing(obj_word) or (_lookup(obj_word, _cases()) and _number_of(folded, fs)):
            kind = _exposed_to(folded, fs, obj_end) or _nearby_trigger(
                folded, fs, obj_end, WINDOW_BEFORE_UNKNOWN if not _lookup(obj_word, _cases()) else CASE_WINDOW,
                floor=floor, following=False)
            if kind is not None and obj_word is not None:
                end = obj_end
        attempt = ATTEMPT_RE.search(folded, max(0, fs - 25), fs)
        if (kind is None or attempt) and (obj_word is None or _is_people(obj_word)) and _in_care(folded, obj_end):
            kind, end, attempt = "injured", obj_end, None  # الشروع بقتل 5 آخرين ما زالوا في المستشفى
        if kind is None and obj_word and not _is_thing(obj_word) and _definite_form(amount):
            kind = _list_item_kind(folded, _phrase_start(folded, fs, amount), last_count)  # وأفراد الطاقم الخمسة
            end = obj_end if kind is not None else end
        if kind is None and obj_word and amount.text.startswith("\u0627\u0644") and _is_thing(obj_word):
            continue  # خمسة أشخاص كانوا بتلك المركبات الثلاث بينهما شقيقان: things named again, no group for a part
        if kind is None and (obj_word is None or _is_people(obj_word) or _partitive(folded, fe, obj_end)):
            kind = _added_to_group(folded, qs, groups)  # مقتل 12 من منسوبي القوات، إضافة إلى ثلاثة من العاملين
            if kind is None and obj_word and _is_people(obj_word):
                kind = _joined_to_count(folded, qs, groups)  # قتل ... و903 من جماعة حزب الله و3304 مقاتل
            if kind is not None and obj_word is not None:
                end = obj_end
        parent = _subset_parent(folded, fs, groups, nouns_seen)
        if parent is not None and own is None and obj_word and _is_thing(obj_word) and not _lookup(obj_word, _cases()):
            groups.append((fs, None, True))
            continue  # مقتل 21 شخصا في هجمات، بينها تفجيران: a part that is a thing shares no fate
        if parent is not None:  # مقتل 52 داعشيا، بينهم قياديان اثنان: a part of the group before
            if parent[0] is None and later and kind is not None:  # 40 مدنيا بينهم 10 أطفال وخمس نساء قتلوا: the verb after the list
                out.extend(count(s, e, kind, v) for s, e, v in _heads_waiting(folded, fs, groups, waiting))
                parent = (kind,)
            kind = own or _verb_before_subset(folded, fs) or parent[0]  # ثلاث حالات منها حالتين خطيرة الإصابة، 50 مصابا منهم 9 حالات وفاة: its own words tell; توفي منهم 30: its verb
            groups.append((fs, parent[0], True))
        elif kind is None or PERPETRATOR_RE.search(folded, max(0, fs - 24), fs) or _combined(folded, fs) or attempt \
                or (own is None and WRONGED_RE.search(folded, max(0, fs - 30), _qualified_start(folded, fs))) \
                or (own is None and _toll_of_both(folded, fs)) \
                or (own is None and kind != "arrested" and _tried(folded, fs)):
            groups.append((fs, None, False))
            continue  # قتلوا على يد 3 مهاجمين: the perpetrators; مقتل وإصابة 6: dead and hurt together; قضية مقتله ... إحالة 21 شخصا: the tried
        else:
            groups.append((fs, kind, _first_part(folded, fs, fe, kind, groups)))
        if kind is None:
            continue
        if kind == "injured" and obj_word and (_ill(obj_word) or obj_word in _illnesses()):
            continue  # أصيب بجلطتين: illnesses, not wounds
        if kind == "injured" and not hurt_case and _sick(WORD_RE.findall(folded, obj_end, obj_end + 60)):
            continue  # أصيب 200 شخص بفيروس كورونا: the sick, not the wounded
        if kind == "injured" and own is None and parent is None and _illness_before(folded, fs, _diseases()):
            continue  # إصابة جديدة بفيروس كورونا ... ليبلغ عدد المصابين 186: a tally of the sick, its noun a trigger away
        if kind == "displaced" and MIGRANTS_AFTER_RE.match(folded, obj_end):
            _no_group(groups, fs)
            continue  # 224 ألف لاجئ ومهاجر وصلوا إلى أوروبا: a tally of migration, no displacement (as هجرة)
        if kind == "killed" and own is None and OFFENCE_VICTIMS_RE.search(folded, max(0, qs - OFFENCE_REACH), qs):
            _no_group(groups, fs)
            continue  # 17 حالة اغتصاب من ضمن ضحاياها 8 أطفال: those an offence was done to, not the dead
        if kind == "killed" and _died_of_illness(folded, fs, obj_end):
            _no_group(groups, fs)
            continue  # تسجيل 3 حالات وفاة بفيروس كورونا، الملاريا قتلت 400 ألف: a health statistic (round counts-r26)
        if obj_word and _lookup(obj_word, _attempts()):
            continue  # أدين بمحاولتي قتل: attempts, not victims
        if kind in EVENT_TYPES and own is None and _implicated_after(folded, obj_end):
            continue  # وكشفت الوزارة 29 شخصا متورطا: the perpetrators (but القبض على 12 شخصا متورطين: arrested)
        if kind == "missing" and own is None and JOBS_LOST_RE.search(folded, obj_end, obj_end + JOBS_LOST_REACH):
            continue  # فقد أكثر من 350 من الصحفيين والعاملين في وسائل الإعلام وظائفهم: lost their jobs, not missing
        if kind == "arrested" and _held_by_armed_group(folded, fs, obj_end):
            kind = "kidnapped"  # أنقذ 178 شخصا كانت جماعة بوكو حرام تحتجزهم: hostages of a militant group, not arrests
        if kind == "arrested" and _trapped(folded, fs, obj_end):
            continue  # إنقاذ 3 محتجزين في العقبة: people trapped, not held
        if kind == "killed" and _wronged_only(folded, fs, obj_end):
            continue  # قضايا التحيل ... عدد ضحاياه بلغ 450 فتاة: those defrauded, not the dead
        if kind == "arrested" and _hunger_strikers(folded, fs, obj_end, next_start.get(id(amount), len(folded))):
            continue  # 120 أسيرا بدأوا اضرابهم عن الطعام: strikers, no arrest count (C2, v32)
        if kind == "displaced" and obj_word and (_lookup(obj_word, _fighters()) or _lookup(obj_word, _inmates())):
            continue  # وفر العشرات من مسلحي الجماعة: fighters routed; فرار 132 سجينا: escaped; not displaced
        if kind == "arrested" and obj_word and _inmate(obj_word) and _escaped_before(folded, fs):
            continue  # فرار أكثر من 600 أسير من معسكر: prisoners who got away, no arrest (round counts-r88)
        if kind == "arrested" and obj_word and _lookup(obj_word, _players()) and _suspended_after(folded, obj_end):
            continue  # هناك خمسة لاعبين موقوفين ضمن صفوف الفريقين: players suspended, no arrest (round counts-r88)
        if kind in EVENT_TYPES and BREAKDOWN_AFTER_RE.match(folded, obj_end if obj_word else fe):
            continue  # بلغ مجموع الضحايا 1091 شخصا (335 قتيلا و756 جريحا): a total of both, its parts in brackets count
        if kind == "displaced" and _capacity_before(folded, fs):
            continue  # غير قادرة على استقبال 200 ألف لاجئ: how many a place could take in, no refugees (round counts-r88)
        if _definite_form(amount) and _thing_adjective(folded, fs) and not people_of_things:
            continue  # القوائم الست هلك منهم 56، السنوات الخمس قتل فيها: the number of the things before it, no victims
        if own is None and parent is None and _definite_form(amount) and not _possessed_form(amount) \
                and not _governed(folded, people_of_things[1] if people_of_things else _phrase_start(folded, fs, amount), obj_end) \
                and _list_item_kind(folded, _phrase_start(folded, fs, amount), last_count) != kind:
            continue  # لا أخبار عن الرجال الثلاثة، حالة الشخصين الصحية، التحرش بالفتاتين: a definite restatement no casualty word governs
        if own is not None and _possessed_form(amount) and any(c.type == kind and c.value == amount.value for c in out) \
                and not _governed(folded, fs, fe):
            continue  # قتل شرطيين ... عثر على جثتيهما: their own pair again, its noun the only casualty word
        also = _coordinated_victims(folded, obj_end, kind) if obj_word and _lookup(obj_word, _victims_and_status()) \
            and not _single_dual(amount) else None
        if also is not None and {kind, also} == DEAD_AND_HURT:
            _no_group(groups, fs)
            continue  # عشرات القتلى والجرحى: the dead and the wounded together, a total (as 48 قتيلا وجريحا، مقتل وإصابة 6)
        if kind == "missing" and _enforced(folded, end):
            kind = "kidnapped"  # 133 حالة اختفاء قسري: taken by force, not lost (round facts-r30)
        if kind == "displaced" and _taken_after(folded, end):
            kind = "kidnapped"  # مصير 230 مواطنا من النازحين ... اختطفهم التنظيم: kidnapped, whoever they were
            if groups and groups[-1][0] == fs:
                groups[-1] = (fs, kind, groups[-1][2])  # بينهم العشرات من المسيحيين: its parts taken too
        if kind != "killed" and _before_amount(folded, fs).removeprefix("\u0648") in _bodies():
            kind = "killed"  # نقل 27 شخصا مصابا وجثامين 9 أشخاص: bodies are the dead, whatever fate came before
        found = count(fs, end, kind, amount.value)
        out.append(found)
        last_count = end, kind
        if kind == "injured" and also is None and _held_after(folded, obj_end):
            also = "arrested"  # فأصيب أربعة من الحراس بجروح وتم اعتقالهم: the wounded, then held
        if also is not None:  # آلاف الجرحى والمفقودين: one number for two groups
            out.append(Count(type=also, value=found.value, text=found.text, start=found.start, end=found.end,
                             qualifier=found.qualifier))
    killers = _killers_before_victims(text, out)
    return [c for c in _without_restatements(text, out)
            if not _per_period(folded, back, c) and not _hypothetical(folded, back, c) and id(c) not in killers]


FOREIGNERS = "\u0627\u062c\u0627\u0646\u0628"  # أجانب folded: a broken plural adjective of people
AGENT_ADJECTIVES = 3  # adjectives between the killers counted and their victims (أربعة انتحاريين بريطانيين اسلاميين 52 شخصا)
TEXT_WORD_RE = re.compile("[\u0621-\u064a\u0640\u064b-\u0652]+")


def _killers_before_victims(text: str, out: Sequence[Count]) -> set[int]:
    """A count right after a transitive trigger verb with another count of the same type after it, nothing but
    plural adjectives between (قتل أربعة انتحاريين بريطانيين 52 شخصا، اختطف 5 مسلحين 3 صحفيين): the first is the
    verb's subject, those who did it (round counts-r98), as مسلحين اثنين قتلوا ستة أشخاص after the verb."""
    ordered = sorted(out, key=lambda c: c.start)
    found: set[int] = set()
    for a, b in pairwise(ordered):
        if a.type != b.type or b.start <= a.end or not TEXT_WORD_RE.search(b.text) or b.text[:1] in "\u0648\u0641":
            continue
        noun = TEXT_WORD_RE.findall(a.text)
        if not noun or not _is_people(_f(noun[-1])):
            continue  # قتل 5 من أصل 12 قتيلا: the first ends on no noun of people (a part and its whole)
        gap = text[a.end:b.start]
        between = [_f(w) for w in TEXT_WORD_RE.findall(gap)]
        if len(between) > AGENT_ADJECTIVES or re.sub(f"[{AR}\u0640\u064b-\u0652\\s]", "", gap) \
                or not all(w.endswith(("\u064a\u064a\u0646", "\u064a\u0646", "\u064a\u0648\u0646")) or _lookup(w, _nationality_plurals())
                           or w == FOREIGNERS
                           for w in between):
            continue
        before = TEXT_WORD_RE.findall(text, max(0, a.start - 30), a.start)
        verb = _f(before[-1]).removeprefix("\u0648").removeprefix("\u0641") if before else ""
        if verb in _transitive_verb_forms():
            found.add(id(a))
    return found


@cache
def _transitive_verb_forms() -> frozenset[str]:
    """The active forms of the transitive trigger verbs a subject follows (قتل، قتلت، يقتل، تقتل)."""
    return frozenset(_f(v) + suffix for v in _transitive_verbs() for suffix in ("", "\u062a"))


PER_PERIOD_ADVERBS = ("سنويا", "يوميا", "شهريا", "أسبوعيا")  # يموت 3.3 مليون شخص سنويا
PERIODS = ("عام", "سنة", "شهر", "أسبوع", "ساعة", "دقيقة")  # كل عام، في السنة (not اليوم: "on that day")
RATE_BEFORE = ("معدل", "بمعدل", "المعدل", "بمتوسط")  # بمعدل 20 حالة وفاة (not في المتوسط: the Mediterranean)
RATE_WORDS = 4  # words either side of a count searched for its period, within the clause
RATE_REACH = 120  # characters either side searched for the clause's end
RATE_STOPS = ("الذي", "التي", "الذين", "اللذين", "اللتين", "حيث", "عندما", "بينما", "فيما", "مما", "بعدما")
SAME_PERIOD = ("نفسه", "نفسها", "ذاته", "ذاتها")  # في العام نفسه: a date


@cache
def _rate_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Folded per-period adverbs, period nouns, rate words and clause stops."""
    return _f_set(PER_PERIOD_ADVERBS), _f_set(PERIODS), _f_set(RATE_BEFORE), _f_set(RATE_STOPS)


@cache
def _same_period() -> frozenset[str]:
    return _f_set(SAME_PERIOD)


@cache
def _day_or_period() -> frozenset[str]:
    """Period nouns and يوم, after في ال (في اليوم الواحد، في العام)."""
    return _f_set((*PERIODS, "يوم"))


def _period_at(words: Sequence[str], k: int) -> bool:
    """Does a per-period phrase start at ``words[k]``: سنويا، كل عام، في كل سنة، في الدقيقة الواحدة, or a
    bare في العام with no modifier after it (not في العام الماضي، في العام 2015، في العام نفسه)."""
    adverbs, periods, _, _ = _rate_words()
    word = words[k]
    if word in adverbs:
        return True
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if word == _f("كل") and nxt in periods:
        return True
    if word != _f("في"):
        return False
    if nxt == _f("كل"):
        return k + 2 < len(words) and words[k + 2] in periods
    noun = nxt.removeprefix("\u0627\u0644")
    if nxt[:2] != "\u0627\u0644" or noun not in _day_or_period():
        return False
    after = words[k + 2] if k + 2 < len(words) else ""
    if after in (_f("الواحد"), _f("الواحدة")):
        return True  # في اليوم الواحد، في الدقيقة الواحدة
    return noun in periods and not (after.startswith("\u0627\u0644") or after.isdigit() or after in _same_period())


OR = "\u0627\u0648"  # أو folded


def _alternative(folded: str, start: int, end: int) -> bool:
    """The amount is the second of two given as alternatives, أو right before it (قتل شرطي أو اثنين، قتل بين 20 أو
    30): the first is the count, as the lower bound of a range is. Not أو between fates (قتل أو فقد 4500)."""
    return _before_amount(folded, start) == OR


RANGE_OPEN_RE = re.compile("(?:^|\\s)(?:\u0645\u0627\\s+)?\u0628\u064a\u0646\\s*$")  # بين، ما بين before a range's first amount


def _range_second(folded: str, back: list[int], previous: Amount | None, start: int) -> bool:
    """The amount is a range's upper bound, بين N و M (ما بين 20 و25 شخصا، يتراوح عددهم بين 50 و60): the
    first is the count, as README takes a range's lower bound, and the second is no other group."""
    if previous is None:
        return False
    ps = bisect.bisect_left(back, previous.start)
    pe = bisect.bisect_left(back, previous.end)
    if ps >= len(back) or back[ps] != previous.start or not re.fullmatch(r"\s*\u0648\s*", folded[pe:start]):
        return False
    return bool(RANGE_OPEN_RE.search(folded, max(0, ps - 12), ps))


RANGE_TO_RE = re.compile("\\s*\u0627\u0644\u064a\\s*")  # الي (إلى folded) between a range's two bounds
FROM_BEFORE_RE = re.compile("(?<![\u0621-\u064a])\u0645\u0646\\s*$")  # من before the first bound


def _range_to(folded: str, back: list[int], low: Amount, high: Amount) -> bool:
    """``low`` إلى ``high``, the first with no noun of its own (15 إلى 20 جريحا): a range, counted by its lower
    bound and the upper bound's noun (README: a range's lower bound); not من N إلى M, a toll that went from one
    number to another (ارتفع من 15 إلى 20 قتيلا: the second is the count)."""
    if low.object is not None or high.object is None:
        return False
    ls, le, hs = (bisect.bisect_left(back, x) for x in (low.start, low.end, high.start))
    if ls >= len(back) or back[ls] != low.start or not RANGE_TO_RE.fullmatch(folded, le, hs):
        return False
    return not FROM_BEFORE_RE.search(folded, max(0, _qualified_start(folded, ls) - 6), _qualified_start(folded, ls))


def _no_group(groups: list[tuple[int, CountType | None, bool]], start: int) -> None:
    """The amount at ``start`` counts nobody after all: its parts share no fate (بينهم 10 أطفال)."""
    if groups and groups[-1][0] == start:
        groups[-1] = (start, None, groups[-1][2])


DISEASE_BEFORE_WORDS = 8  # words back in the clause from a death count to its trigger


@cache
def _disease_links() -> tuple[frozenset[str], frozenset[str]]:
    """Folded words between a disease and its death word, and the prepositions among them."""
    return _f_set(DISEASE_LINKS), _f_set(DISEASE_PREPOSITIONS)


def _died_of_illness(folded: str, start: int, end: int) -> bool:
    """A death count of a disease (round counts-r26), by the lexicon that tells the sick from the wounded (round 9):
    the disease after the count (3 حالات وفاة بفيروس كورونا، توفي 12 شخصا جراء إصابتهم بالفيروس، 5 مصابين
    بالكوليرا), or the subject of its death word right before it, past a relative (الملاريا قتلت 400 ألف، الوباء الذي
    حصد حياة 39), or between the two (أودى فيروس كورونا بحياة 25، عدد الوفيات بفيروس كورونا إلى 300). Not a
    poisoning, a crush or unrest (NOT_DISEASES)."""
    if _sick(WORD_RE.findall(folded, end, end + 60), _diseases()):
        return True
    start = _qualified_start(folded, start)
    words = WORD_RE.findall(folded, _clause_bounds(folded, start, start)[0], start)[-DISEASE_BEFORE_WORDS:]
    for k in range(len(words) - 1, -1, -1):
        if words[k][:1].isdigit():
            return False
        if _trigger(words[k]) == "killed":
            subject = k - 1
            links, prepositions = _disease_links()
            while subject > 0 and words[subject].removeprefix("\u0648") in links:
                subject -= 1  # (وباء الكوليرا الذي حصد، المرض الذي أدى إلى مقتل)
            if not set(words[subject + 1:k]) - prepositions:
                subject = k - 1  # (not مستشفى لعلاج السرطان عن مقتل 20: only a preposition between, no verb)
            return any(w.removeprefix("\u0648").removeprefix("\u0628").removeprefix("\u0627\u0644") in _diseases()
                       for w in words[max(0, subject):])
    return False


def _clause_bounds(folded: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause of the folded span ``start:end`` begins and ends (at punctuation, within RATE_REACH)."""
    breaks = list(CLAUSE_BREAK_RE.finditer(folded, max(0, start - RATE_REACH), start))
    stop = CLAUSE_BREAK_RE.search(folded, end, end + RATE_REACH)
    return (breaks[-1].end() if breaks else max(0, start - RATE_REACH),
            stop.start() if stop else min(len(folded), end + RATE_REACH))


def _hypothetical(folded: str, back: Sequence[int], c: Count) -> bool:
    """A count that may, could or would happen, is expected or feared (round counts-r26): a modal governs it in its
    clause (ومن المتوقع أن يصل عدد القتلى إلى 200، ويخشى أن يكون 40 شخصا قد لقوا حتفهم، ولو ... لقتل 50)."""
    if _definite_form(c):
        return False  # واحدا من القتلى الثلاثة: a group already told, whatever may be said of it
    fs = bisect.bisect_left(back, c.start)
    words = WORD_RE.findall(folded, _clause_bounds(folded, fs, fs)[0], fs)
    return _unreal(words, len(words)) or _may_be_after(folded, bisect.bisect_left(back, c.end))


MAY_BE_AFTER_RE = re.compile("\\s+(?:[\u0621-\u064a]+\\s+)?(?:قد|ربما)\\s+(?:ي|ت)كون(?:وا|ون|ا|ان)?\\s+(?:قد\\s+)?"
                             "(?P<verb>[\u0621-\u064a]+)")
# قد or ربما then كان's imperfect and a trigger verb right after the people (1000 شخص قد يكونوا قتلوا): they may have
# been (round counts-r79); not a guess about something else (مقتل 20 شخصا ربما يكون بينهم أطفال).


def _may_be_after(folded: str, end: int) -> bool:
    """The people counted are followed by قد/ربما يكون and the verb of their fate (a word of their own between at
    most): what befell them is a guess, as يخشى أن يكون 40 قد لقوا حتفهم (round counts-r26), not a count."""
    m = MAY_BE_AFTER_RE.match(folded, end)
    return bool(m) and _trigger(m["verb"]) is not None


def _per_period(folded: str, back: Sequence[int], c: Count) -> bool:
    """A rate or a recurring statistic, not an event's victims (round counts-r25): a per-period adverb or
    phrase within a few words of the count in its clause (يموت 3.3 مليون شخص سنويا، يصاب 500 شخص كل عام،
    تتسبب سنويا في وفاة 400 ألف), a rate word in the few words before it (بمعدل 20 حالة وفاة), or كل/لكل right
    before it (في كل مائة ألف نسمة). The gold's convention from this round; the amount stays an amount."""
    fs, fe = bisect.bisect_left(back, c.start), bisect.bisect_left(back, c.end)
    lo, hi = _clause_bounds(folded, fs, fe)
    _, _, rate_before, stops = _rate_words()
    before, after = WORD_RE.findall(folded, lo, fs), WORD_RE.findall(folded, fe, hi)
    words = before + WORD_RE.findall(folded, fs, fe) + after
    for j in range(len(before) - 1, max(-1, len(before) - 1 - RATE_WORDS), -1):
        if words[j] in stops or words[j].isdigit() or (words[j][:1] == "\u0648" and _trigger(words[j][1:])):
            break  # (وتصيب الملاريا 200 مليون سنويا وقتلت 584 ألفا عام 2013: the adverb of the clause before وقتلت)
        if words[j] in rate_before or _period_at(words, j):
            return True
    if before and before[-1] in (_f("كل"), _f("لكل")):
        return True  # 16 قتيلا في كل مائة ألف نسمة: the people a rate is given per
    first = len(words) - len(after)  # and the count's own words (يقتل المئات سنويا: the adverb read into the amount)
    for j in range(len(before), min(len(words), first + RATE_WORDS)):
        if j >= first and (words[j] in stops or words[j].isdigit() or words[j] in rate_before):
            break
        if _period_at(words, j):
            return True
    return False


@cache
def _subset_words() -> frozenset[str]:
    return frozenset(_f(w) for w in SUBSET_WORDS + ("ضمنهم", "ضمنهما", "ضمنهن", "ضمنها"))  # من ضمنهم عشرات القياديين


def _subset_parent(folded: str, start: int, groups: list[tuple[int, CountType | None, bool]],
                   nouns_seen: Sequence[tuple[int, bool, bool]] = ()) -> tuple[CountType | None] | None:
    """After بينهم/منهم (one word may stand between: بينهم قياديان اثنان), the amount is a part
    of the group counted last in its sentence and shares its fate, none if that group had none
    (بمقتل وجرح 110، بينهم قياديان); so is an amount joined by و to such a part (بينهم 11 ألف
    طفل، ونحو 1300 امرأة). A human pronoun (بينهم، منهن) passes over things counted in between
    (أصيب 23 شخصا في ثلاثة حوادث، من بينهم ستة أطفال). None when the amount is no subset."""
    before = _qualified_start(folded, start)  # من بينهم أكثر من 11 ألف طفل
    sentence = _sentence_start(folded, start)
    earlier = [(at, kind, subset) for at, kind, subset in groups if sentence <= at < start]
    if _after_subset_word(folded, start):
        if earlier and _human_subset_word(folded, before):
            things = {at for at, thing, _ in nouns_seen if thing}
            earlier = [g for g in earlier if g[0] not in things] or earlier
        if earlier and earlier[-1][1] is None and any(_trigger(w) for w in WORD_RE.findall(folded, earlier[-1][0], before)[1:]):
            return None  # 1054 حالة توفي منها 465: its own verb, not the group's (no) fate
        return (earlier[-1][1],) if earlier else None
    joined = JOINED_BEFORE_RE.search(folded, max(0, before - 6), before) is not None  # و (6) متدربين: a bracket too
    if joined and earlier and earlier[-1][2]:
        between = WORD_RE.findall(folded, earlier[-1][0], before)
        if len(between) <= SUBSET_LIST_GAP or (len(between) <= PARTS_LIST_GAP and not any(_trigger(w) for w in between[1:])):
            return (earlier[-1][1],)  # خمسة منهم من رجال الأمن العاملين بالمقر، وستة متدربين: the next part, no fate of its own
    return None


JOINED_BEFORE_RE = re.compile("(?<![\u0621-\u064a])\u0648\\s*\\(?\\s*$")  # و right before the amount or its bracket
PARTS_LIST_GAP = 10  # words from one part to the next when no casualty word stands between (round counts-r93)
PART_OF_THEM_RE = re.compile("\\s*\\)?\\s*(?:\u0645\u0646\u0647\u0645|\u0645\u0646\u0647\u0646)(?![\u0621-\u064a])")  # منهم منهن


def _first_part(folded: str, start: int, end: int, kind: CountType | None,
                groups: Sequence[tuple[int, CountType | None, bool]]) -> bool:
    """An amount right before منهم after a count of the same fate in its sentence (استشهاد 15 مصليا، خمسة منهم من
    رجال الأمن): the first part of that group, the parts joined to it after by و are its next ones (round counts-r93)."""
    if kind is None or not PART_OF_THEM_RE.match(folded, end):
        return False
    sentence = _sentence_start(folded, start)
    return any(sentence <= at < start and k == kind and not subset for at, k, subset in groups)


def _heads_waiting(folded: str, start: int, groups: list[tuple[int, CountType | None, bool]],
                   waiting: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The people amounts still waiting for a verb from the head of the group a part belongs to up to
    the part (40 مدنيا بينهم 10 أطفال وخمس نساء قتلوا: 40 and 10), in its sentence; they leave the list."""
    heads = [at for at, _, subset in groups if not subset and at < start
             and not SENTENCE_END_RE.search(folded, at, start)]
    if not heads:
        return []
    return _take(waiting, lambda w: heads[-1] <= w[0] < start)


def _take(waiting: list[tuple[int, int, float]], chosen: Callable[[tuple[int, int, float]], bool]) -> list[tuple[int, int, float]]:
    """The waiting amounts ``chosen`` picks, taken off the list (a verb found for them)."""
    taken = [w for w in waiting if chosen(w)]
    waiting[:] = [w for w in waiting if w not in taken]
    return taken


def _verb_before_subset(folded: str, start: int) -> CountType | None:
    """A trigger right before منهم/بينهم (أصيب 20 وتوفي منهم ثلاثة): what befell the part, not the whole."""
    before = _qualified_start(folded, start)
    words = WORD_RE.findall(folded, max(0, before - 40), before)[-3:]
    for k in range(len(words) - 1, 0, -1):
        if words[k] in _subset_words():
            return _trigger(words[k - 1])
    return None


def _after_subset_word(folded: str, start: int) -> bool:
    """بينهم، منهم، من ضمنهم among the two words before the amount or its qualifier, or هم right before it
    (17 شخصا هم 12 جنديا وخمسة أفراد: the group told by its parts)."""
    words = _two_words_before(folded, _qualified_start(folded, start))
    return any(w in _subset_words() for w in words) or words[-1:] == ["\u0647\u0645"]


def _two_words_before(folded: str, before: int) -> list[str]:
    """The (at most) two words within 30 characters before ``before``: where a subset word stands."""
    return WORD_RE.findall(folded, max(0, before - 30), before)[-2:]


def _human_subset_word(folded: str, before: int) -> bool:
    """بينهم، منهن، ضمنهم (not بينها، منهما) among the two words before ``before``: the part is of people."""
    return any(w in _subset_words() and w.endswith(("\u0647\u0645", "\u0647\u0646")) for w in _two_words_before(folded, before))


SUBSET_LIST_GAP = 6  # words from one part of a group to the next (بينهم 11 ألف طفل تقل أعمارهم عن 18، و...)


def _coordinated_before(folded: str, start: int, waiting: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The people amounts waiting for a verb that a later amount joined to them by و shares (28
    عنصرا من الجيش و18 مقاتلا من التنظيم قتلوا): those of the same sentence, close before it.
    They leave the waiting list."""
    if folded[max(0, start - 2):start].strip() != "\u0648":
        return []
    return _take(waiting, lambda w: not SENTENCE_END_RE.search(folded, w[1], start)
                   and not CLAUSE_END_RE.search(folded, w[1], start)  # و12 آخرين في حالة سراح، و7 في حالة فرار
                   and len(WORD_RE.findall(folded, w[1], start)) <= COORDINATION_WORDS)


@cache
def _players() -> frozenset[str]:
    return frozenset(_f(w) for w in ("لاعب", "لاعبا", "لاعبين", "لاعبون", "لاعبي"))


def _before_amount(folded: str, start: int) -> str:
    """The word right before the amount or its qualifier."""
    start = _qualified_start(folded, start)
    m = re.search(f"([{AR}]+)\\s*$", folded[max(0, start - 25):start])
    return m.group(1) if m else ""


@cache
def _having() -> frozenset[str]:
    """Words of having right before an amount (لديه، عندها، يملك)."""
    return frozenset(_f(w) for w in ("لديه", "لديها", "لديهم", "لديهما", "لدينا", "لدي", "لديك", "عنده", "عندها",
                                     "عندهم", "عندهما", "عندنا", "عندي", "يملك", "تملك", "يمتلك", "تمتلك"))


@cache
def _others() -> frozenset[str]:
    return frozenset(_f(w) for w in ("آخرين", "آخرون", "أخرى", "آخر", "آخرى"))


def _others_of_things(folded: str, start: int, obj_word: str | None, seen: Sequence[tuple[int, bool, bool]]) -> bool:
    """آخرين after an amount whose sentence counted only things before it (نفوق 30 رأس غنم وإصابة 20 آخرين):
    more of those things or animals, not people."""
    if not obj_word or _lookup(obj_word, _others()) is None:
        return False
    sentence = _sentence_start(folded, start, SENTENCE_REACH)
    earlier = [(at, thing, people) for at, thing, people in seen if sentence <= at < start]
    if not earlier or not earlier[-1][1] or any(people for _, _, people in earlier):
        return False
    between = WORD_RE.findall(folded, earlier[-1][0], start)[2:]  # past the amount and its noun
    return len(between) <= OTHERS_GAP and not any(_is_people(w) or _lookup(w, _victims_and_status()) for w in between)


OTHERS_GAP = 3  # words from the things counted to the آخرين that are more of them (30 رأس غنم و إصابة 20 آخرين)


SUFFERED_RE = re.compile("(?<![\u0621-\u064a])[وف]?(?:تعرض|تعرضت|يتعرض|تتعرض)(?:\\s+[\u0621-\u064a]+){0,2}\\s+ل$")


def _injuries_of_one(folded: str, start: int) -> bool:
    """Injuries counted after ل and a singular تعرض, its subject maybe between (تعرضت لإصابتين، تعرض المهاجم
    لثلاث إصابات): how many injuries one person suffered, not a number of wounded."""
    return bool(SUFFERED_RE.search(folded, max(0, start - 40), start))


IMPLICATED_RE = re.compile("\\s+(?:ال)?متورط(?:ا|ين|ون|ان)?(?![\u0621-\u064a])")


def _implicated_after(folded: str, end: int) -> bool:
    """متورط right after the people counted: those who did it, never its dead or wounded."""
    return bool(IMPLICATED_RE.match(folded, end))


def _possessed(folded: str, start: int) -> bool:
    """The amount is what someone has (ولديه خمس فتيات، الفريق لديه 11 لاعبا): kin or members."""
    word = _before_amount(folded, start)
    return word in _having() or (word[:1] in "\u0648\u0641" and word[1:] in _having())


CROWDING = ("تدافع", "تدافعت", "تجمع", "تجمعت", "احتشد", "احتشدت", "تجمهر", "تجمهرت", "تزاحم", "تزاحمت")


@cache
def _crowding() -> frozenset[str]:
    return frozenset(_f(w) for w in CROWDING)


def _crowd(folded: str, start: int) -> bool:
    """A verb or noun of crowding right before the amount (حين تدافع المئات، بعدما تجمع الآلاف، في تدافع المئات):
    the amount is the crowd, its subject, not the victims of a trigger before it."""
    word = _before_amount(folded, start)
    return word in _crowding() or (word[:1] in "\u0648\u0641" and word[1:] in _crowding())


def _sick_before(folded: str, start: int) -> bool:
    """An illness joined by و right before the amount (وتسمم 28 مواطنا): those it struck, a group of
    their own, not the victims of the verb before."""
    word = _before_amount(folded, start)
    return (word[:1] == "\u0648" and word[1:].removeprefix("\u0627\u0644") in _illnesses()) \
        or (word[:1] == "\u0628" and word[1:] in _illnesses())  # (and بتسمم 12, not توفي جراء الإصابة بالفيروس 462: round counts-r23)


RELEASE_RE = re.compile("(?<![\u0621-\u064a])(?:[وبل]?(?:ال)?(?:اطلاق|اخلاء)\\s+)?[وبل]?(?:سراح|سبيل)(?:هم|هما|هن)?\\s*$"
                        "|(?<![\u0621-\u064a])[وبل]?(?:ال)?(?:افرج|افرجت|افراج|يفرج|تفرج)\\s+عن\\s*$")


def _released(folded: str, start: int) -> bool:
    """The amount is the object of a release (إطلاق سراح، إخلاء سبيل، أفرجت عن): the released, even
    when named as prisoners (آلاف السجناء) or detainees (موقوفا)."""
    before = _qualified_start(folded, start)
    return bool(RELEASE_RE.search(folded, max(0, before - 30), before))


# Fighters: when they flee they are routed, not displaced.
FIGHTERS = ("مسلح", "مسلحا", "مسلحين", "مسلحون", "مسلحي", "مقاتل", "مقاتلا", "مقاتلين", "مقاتلون", "مقاتلي", "عنصر",
            "عنصرا", "عناصر", "ميليشيا", "مليشيا", "ميليشيات", "مليشيات", "جندي", "جنديا", "جنود", "متمرد", "متمردين",
            "متمردون", "إرهابي", "إرهابيا", "إرهابيين", "عسكري", "عسكريا", "عسكريين", "مرتزقة", "حوثي", "حوثيا", "حوثيين")


# Inmates: when they flee (فرار 132 سجينا) they escape, they are not displaced.
INMATES = ("سجين", "سجينا", "سجناء", "مساجين", "سجينات", "نزيل", "نزيلا", "نزلاء", "موقوف", "موقوفا", "موقوفين", "معتقل",
           "معتقلا", "معتقلين", "محتجز", "محتجزا", "محتجزين")


@cache
def _inmates() -> frozenset[str]:
    return frozenset(_f(w) for w in INMATES)


@cache
def _fighters() -> frozenset[str]:
    return frozenset(_f(w) for w in FIGHTERS)


@cache
def _bodies() -> frozenset[str]:
    """Nouns of the dead's bodies right before an amount (انتشال جثث 9): the dead, whatever follows."""
    return frozenset(_f(w) for w in ("جثث", "جثة", "جثامين", "رفات", "وجثث", "بجثث"))


CAPTURE = "\u0627\u0633\u0631"  # أسر folded: the capture of people right before their number


AMONG_WORDS = 4  # words after the counted noun to من and a victim noun (60 ألف طالب وطالبة من النازحين)


def _among_victims(folded: str, end: int) -> CountType | None:
    """People said to be among victims named with the article (60 ألف طالب وطالبة من النازحين، 5
    أطفال من المفقودين، اربعة فرنسيين بين المفقودين): the victims' kind, in the same clause."""
    stop = CLAUSE_END_RE.search(folded, end, end + 60) or SENTENCE_END_RE.search(folded, end, end + 60)
    words = WORD_RE.findall(folded, end, stop.start() if stop else end + 60)[:AMONG_WORDS + 1]
    for k, word in enumerate(words[:-1]):
        if word in ("\u0645\u0646", "\u0628\u064a\u0646") and words[k + 1].startswith("\u0627\u0644") \
                and _lookup(words[k + 1], _victims_and_status()):
            return _trigger(words[k + 1])  # (اربعة فرنسيين بين المفقودين: among them)
    stop = CLAUSE_END_RE.search(folded, end, end + 160) or SENTENCE_END_RE.search(folded, end, end + 160)
    far = WORD_RE.findall(folded, end, stop.start() if stop else end + 160)[:AMONG_FAR_WORDS]
    for k in range(len(far) - 2):
        if far[k] == "\u0645\u0646" and far[k + 1] == "\u0628\u064a\u0646" and far[k + 2].startswith("\u0627\u0644") \
                and _lookup(far[k + 2], _victims_and_status()):
            return _trigger(far[k + 2])  # اثنين من أعضاء حكومة طالبان ... من بين القتلى
    return None


AMONG_FAR_WORDS = 14  # words after the counted noun to من بين and a victim noun, in its clause


def _captured_before(folded: str, start: int, obj_word: str | None = None) -> CountType | None:
    """أسر right before people (إلى جانب أسر ستة مقاتلين) is their capture, an arrest, before any
    trigger further back; so is ضبط (وقتل المطلوب وضبط 3 من أشقائه), but not of workers or violators."""
    word = _before_amount(folded, start)
    if word == CAPTURE or (word[:1] in "\u0648\u0628\u0644" and word[1:] == CAPTURE):
        return "arrested"
    caught = word in _caught_verbs() or (word[:1] in "\u0648\u0641" and word[1:] in _caught_verbs())
    return "arrested" if caught and not (obj_word and _lookup(obj_word, _violators())) else None


@cache
def _caught_verbs() -> frozenset[str]:
    """ضبط and its forms right before the people caught."""
    return frozenset(_f(w) for w in ("ضبط", "ضبطت", "ضبطوا", "بضبط", "لضبط", "تضبط", "يضبط"))


# Rescue words (إنقاذ، انتشال، إخراج، الدفاع المدني): where the text tells of one, those محتجزين were trapped.
RESCUE_RE = re.compile("(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:انقاذ|انقذ|انقذت|انقذوا|انتشال|اخراج|اخرج|اخرجت|اخرجوا)"
                       "(?![\u0621-\u064a])|الدفاع\\s+المدني")
TRAPPED_FORMS_RE = re.compile("[وفبل]?(?:ال)?(?:محتجز(?:ين|ون|ا|ه)?|احتجاز|احتجازهم|احتجزوا)")


# Prisoners counted on a hunger strike (C2's and v32's gold: hunger-striking prisoners are no arrest count): the
# prisoner noun of the amount, and a strike word in its sentence before it or after it before the next amount.
PRISONERS = ("أسير", "أسيرا", "أسرى", "أسيرين", "أسيران", "أسيرة", "أسيرات", "معتقل", "معتقلا", "معتقلين", "معتقلون",
             "سجين", "سجينا", "سجناء", "سجينين", "محتجز", "محتجزا", "محتجزين", "محتجزون")
STRIKE_RE = re.compile("(?<![\u0621-\u064a])[وفبل]?(?:ال|لل)?(?:اضراب|مضرب)")  # (folded) إضرابهم، للاضراب، المضربين
STRIKE_WORDS_AFTER = 10  # words after the prisoners searched for their strike (بدأوا اضرابهم، بالإضراب المفتوح)
STRIKE_REACH = 150  # characters after them searched, within the sentence


@cache
def _prisoners() -> frozenset[str]:
    return frozenset(_f(w) for w in PRISONERS)


def _hunger_strikers(folded: str, start: int, end: int, limit: int) -> bool:
    """The prisoners counted at ``start:end`` are on a strike its sentence tells of, before them (ارتفع عدد الأسرى
    المضربين عن الطعام الى 148 اسيرا، انضم للاضراب 26 أسيرا) or after them before ``limit``, the next amount (120
    أسيرا بدأوا اضرابهم، شرع 120 أسيرا بالإضراب): strikers, no arrest count (round counts-r38)."""
    if not any(_lookup(w, _prisoners()) for w in WORD_RE.findall(folded, start, min(len(folded), end + 30))[:4]):
        return False
    if STRIKE_RE.search(folded, _sentence_start(folded, start, SENTENCE_REACH), start):
        return True
    right = min(limit, len(folded), end + STRIKE_REACH)
    stop = SENTENCE_END_RE.search(folded, end, right)
    return any(STRIKE_RE.match(w) for w in WORD_RE.findall(folded, end, stop.start() if stop else right)[:STRIKE_WORDS_AFTER])


# The victims of a fraud, blackmail or harassment the text names before them (README: fraud victims are no victims):
# a killed count read from ضحية/ضحايا alone, with no other death word in its sentence (عدد ضحاياه بلغ 450 فتاة after
# قضايا التحيل; كشفت أن الضحيتين هما ...), is those wronged, not the dead.
FRAUD_RE = re.compile("(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:تحيل|احتيال|ابتزاز|تحرش)")  # (folded)
VICTIM_WORD_RE = re.compile("[وفبل]?(?:ال|لل)?(?:ضحي(?:ه|ت)|ضحيتين|ضحيتان|ضحايا)(?:ه|ها|هم|هما)?")  # (folded)


def _wronged_only(folded: str, start: int, end: int) -> bool:
    """A fraud, blackmail or harassment is named before ``start`` and the amount's sentence holds a ضحية/ضحايا word
    and no other death word: the killed read from the victim word is those wronged (round counts-r38)."""
    if not FRAUD_RE.search(folded, 0, start):
        return False
    stop = SENTENCE_END_RE.search(folded, end)
    words = WORD_RE.findall(folded, _sentence_start(folded, start, SENTENCE_REACH), stop.start() if stop else len(folded))
    victims = [w for w in words if VICTIM_WORD_RE.fullmatch(w)]
    return bool(victims) and not any(_trigger(w) == "killed" for w in words if not VICTIM_WORD_RE.fullmatch(w))


# Armed groups that take people, not states that arrest them (V42, C20: Boko Haram's hostages are kidnapped).
ARMED_GROUPS = ("بوكو حرام", "داعش", "تنظيم الدولة", "القاعدة", "طالبان", "جبهة النصرة", "الحوثيين", "الحوثيون",
                "المسلحين", "المسلحون", "مسلحين", "مسلحون", "الميليشيات", "ميليشيات", "الجماعة المسلحة",
                "المتشددين", "المتشددون", "الخاطفين", "الخاطفون", "الإرهابيين", "الإرهابيون")
HELD_VERB_RE = re.compile("(?<![\u0621-\u064a])[وف]?(?:كان[تو]?ا?\\s+)?(?:[تي]حتجز|احتجز|محتجز)[\u0621-\u064a]*")
HOSTAGES_RE = re.compile("\\s*(?:[\u0621-\u064a]+\\s+)?(?:رهاين|رهينه|كرهاين)(?![\u0621-\u064a])")  # محتجزين رهائن (folded)
ARMED_REACH = 60  # folded characters between the group and the verb of holding (كانت جماعة بوكو حرام المتشددة تحتجزهم)


@cache
def _armed_group_re() -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(_f(w)) for w in ARMED_GROUPS), key=len, reverse=True))
    return re.compile(f"(?<![\u0621-\u064a])(?:[وفبل]|لدي\\s+)?(?:{words})(?![\u0621-\u064a])")


def _held_by_armed_group(folded: str, start: int, end: int) -> bool:
    """The people counted are held by an armed group: a verb or participle of holding in their sentence, after them
    with the group named within reach before it or right after it, or held as hostages (أنقذ 178 شخصا كانت جماعة
    بوكو حرام المتشددة تحتجزهم، محتجزين رهائن لدى الإرهابيين), or before them with the group right after it (تحتجز
    جماعة بوكو حرام 200 فتاة): hostages, kidnapped. Not when the state arrests in the sentence before them, nor a
    group the people belong to (عناصر داعش): the police and the army hold people arrested."""
    right = min(len(folded), end + ARMED_REACH + 40)
    left = _sentence_start(folded, start, SENTENCE_REACH)
    if ARRESTED_BY_STATE_RE.search(folded, left, start):
        return False  # اعتقلت الشرطة 20 من عناصر داعش واحتجزتهم: arrested, the group named is theirs
    for m in HELD_VERB_RE.finditer(folded, left, right):
        if m.end() > start and m.start() < end:
            continue
        if m.start() >= end and "." in folded[end:m.start()]:
            break
        group_after = _armed_group_re().match(folded, m.end() + 1) or folded.startswith(_f("جماعة"), m.end() + 1)
        if m.end() <= start:  # تحتجز جماعة بوكو حرام 200 فتاة: the verb, its group, then the people
            if group_after:
                return True
            continue
        before = any((WORD_RE.findall(folded, max(0, g.start() - 12), g.start())[-1:] or [""])[0] not in _members_of()
                     for g in _armed_group_re().finditer(folded, max(end, m.start() - ARMED_REACH), m.start()))
        if before or group_after or HOSTAGES_RE.match(folded, m.end()):
            return True  # (كانوا محتجزين رهائن لدى الإرهابيين: held as hostages)
    return False


ARRESTED_BY_STATE_RE = re.compile("(?<![\u0621-\u064a])[وف]?(?:اعتقل|القبض|قبض|اوقف|توقيف|ايقاف)[\u0621-\u064a]*")
MEMBERS_OF = ("عناصر", "أعضاء", "مقاتلي", "مسلحي", "من", "قادة", "عنصرا", "عنصرين", "قيادي", "قياديي")


@cache
def _members_of() -> frozenset[str]:
    """Words before a group's name that make the people counted its own members (20 من عناصر داعش)."""
    return frozenset(_f(w) for w in MEMBERS_OF)


def _trapped(folded: str, start: int, end: int) -> bool:
    """The arrest words of the amount's sentence are all of احتجاز / محتجز (which also say trapped:
    في العقبة، بداخله) and the text tells of a rescue (إنقاذ المحتجزين): people trapped, not held."""
    left = _sentence_start(folded, start, SENTENCE_REACH)
    words = [w for w in WORD_RE.findall(folded, left, min(len(folded), end + 40)) if _trigger(w) == "arrested"]
    return bool(words) and all(TRAPPED_FORMS_RE.fullmatch(w) for w in words) and bool(RESCUE_RE.search(folded))


# Dying said as leaving life (فارق الحياة، لفظ أنفاسه الأخيرة، قضى نحبه، انتقل إلى رحمة الله): the verb, then its object
# after the people (فارق 3 أشخاص الحياة، انتقال اثنين من المصابين إلى رحمة الله) or both after them (3 أفراد فارقوا أمس
# الحياة); فارق alone is a margin (بفارق 3 نقاط), انتقل alone a move.
LEFT_VERB = "(?<![\u0621-\u064a])[وف]?(?:فارق|لفظ|قضي|انتقل|انتقال)(?:ت|وا|ا|ن)?"
LEFT_OBJECT = "(?:الحياه|انفاس[\u0621-\u064a]*|نحب[\u0621-\u064a]*|الي\\s+رحمه\\s+الله)(?![\u0621-\u064a])"
LEFT_BEFORE_RE = re.compile(LEFT_VERB + "\\s*$")
LEFT_AFTER_RE = re.compile("\\s*(?:[\u0621-\u064a]+\\s+){0,2}" + LEFT_OBJECT)
LEFT_BOTH_RE = re.compile("\\s*" + LEFT_VERB + "(?:\\s+[\u0621-\u064a]+){0,2}\\s+" + LEFT_OBJECT)


def _left_life(folded: str, start: int, end: int) -> CountType | None:
    """The people counted left life (فارق 3 أشخاص الحياة، 3 أفراد فارقوا أمس الحياة، لفظ شابان أنفاسهما): killed."""
    before = _qualified_start(folded, start)
    if LEFT_BEFORE_RE.search(folded, max(0, before - 12), before) and LEFT_AFTER_RE.match(folded, end):
        return "killed"
    return "killed" if LEFT_BOTH_RE.match(folded, end) else None


DEATH_ONLY = frozenset({"killed"})
MERCY_AFTER_RE = re.compile("(?:\\s+[\u0621-\u064a]+){0,6}\\s+\u0627\u0644\u064a[\\s\\-\u2013\u2014]+\u0631\u062d\u0645\u0647\\s+\u0627\u0644\u0644\u0647")  # ... الي - رحمه الله
FELL_BEFORE_RE = re.compile("(?<![\u0621-\u064a])[وف]?[يت]?سقط[\u0621-\u064a]{0,2}(?:\\s+[\u0621-\u064a]+){0,2}\\s*$")


def _died_of_wounds(folded: str, start: int, end: int, noun_end: int, floor: int) -> bool:
    """A part taken من the wounded (ثلاثة من المصابين، اثنين من الجرحى) with a death word next to it, before (توفي، وفاة)
    or after it in its clause (توفوا لاحقا، فارقوا الحياة، إلى رحمة الله): wounded who later died, killed (README, C1)."""
    if not folded.startswith(" \u0645\u0646 ", end) or FELL_BEFORE_RE.search(folded, max(0, start - 40), start):
        return False  # (وسقط العشرات من الجرحى: fell wounded, not dead)
    if LEFT_BEFORE_RE.search(folded, max(0, start - 12), start) and MERCY_AFTER_RE.match(folded, noun_end):
        return True  # انتقال اثنين من المصابين من منسوبي القوات إلى - رحمة الله -: past their chain
    return bool(_left_life(folded, start, noun_end) or _nearby_trigger(
        folded, start, noun_end, WINDOW_BEFORE_UNKNOWN, after=WINDOW_AFTER, only=DEATH_ONLY, floor=floor))


EXPOSED_RE = re.compile("(?<![\u0621-\u064a])[وف]?(?:تعرض|تعرضت|تعرضوا|يتعرض|تتعرض|يتعرضون)(?:\\s+\\S+){0,2}\\s*$")


TAKEN_BEFORE_RE = re.compile("(?<![\u0621-\u064a])[وف]?(?:تم\\s+)?(?:نقل|اسعاف|ادخال)\\s*$")  # (folded) نقل، تم إسعاف
HOSPITAL_RE = re.compile("(?<![\u0621-\u064a])(?:ل|ال|لل|الي\\s+(?:ال)?|في\\s+(?:ال)?)?مستشفي(?:ات)?(?![\u0621-\u064a])")
HOSPITAL_WORDS = 3  # words after the people to the hospital (نقل 66 شخصا الى المستشفيات)


def _taken_to_hospital(folded: str, start: int, end: int) -> CountType | None:
    """People taken to hospital, the verb right before them (توفي 21 ونقل 66 آخرون للمستشفيات بسبب موجة الحر): the
    hurt, not the dead a trigger further back tells (round counts-r93; no count of its own: سقطت قذيفة ونقل 20)."""
    before = _qualified_start(folded, start)
    if not TAKEN_BEFORE_RE.search(folded, max(0, before - 12), before):
        return None
    stop = CLAUSE_OR_SENTENCE_END_RE.search(folded, end, end + 60)
    clause = WORD_RE.findall(folded, end, stop.start() if stop else end + 60)
    if any(_trigger(w) == "killed" for w in clause):
        return None  # نقل 3 آخرين إلى المستشفى حيث توفوا: their death told after
    return "injured" if HOSPITAL_RE.search(" ".join(clause[:HOSPITAL_WORDS])) else None


def _exposed_to(folded: str, start: int, end: int) -> CountType | None:
    """تعرض 7 من رجال الحرس للإصابة: what the people after تعرض underwent, said by ل and an event
    noun a few words on in the clause, before any trigger further back (بعد استشهاد ثلاثة جنود)."""
    before = _qualified_start(folded, start)
    if not EXPOSED_RE.search(folded, max(0, before - 40), before):
        return None
    stop = CLAUSE_END_RE.search(folded, end, end + 80) or SENTENCE_END_RE.search(folded, end, end + 80)
    words = WORD_RE.findall(folded, end, stop.start() if stop else end + 80)[:EXPOSED_WORDS]
    for k, word in enumerate(words):
        if word[:1] == "\u0644" and word not in NEGATIONS and len(word) > 3:  # ل and a noun (لإصابات), not لا
            kind = _trigger(word[1:]) if not word.startswith("\u0644\u0644") else _trigger("\u0627\u0644" + word[2:])
            if kind is not None:
                return kind
        if word == EXPOSED_TO and k + 1 < len(words):
            kind = _exposed_to_event(words[k + 1:k + 3])
            if kind is not None:
                return kind
    return None


EXPOSED_TO = "\u0627\u0644\u064a"  # إلى folded: the Maghreb's تعرض إلى (round counts-r98), as its ل


def _exposed_to_event(words: Sequence[str]) -> CountType | None:
    """The words after إلى in تعرض … إلى: an event noun (إلى إصابات) or cases of poisoning or suffocation (إلى
    حالات تسمم غذائي، إلى الاختناق), people hurt as in 29 حالة تسمم."""
    kind = _trigger(words[0])
    if kind is not None:
        return kind
    hurt = words[1] if words[0] in _cases() and len(words) > 1 else words[0]
    return "injured" if HURT_CASE_RE.match(" " + hurt) else None


EXPOSED_WORDS = 6  # words from the amount to the ل of what its people underwent


@cache
def _additions() -> frozenset[str]:
    """Words adding a new item to a list (بالإضافة إلى، إضافة إلى، فضلا عن، علاوة على) or opening a new statement
    (كما، بينما): a trigger after them is the new item's, not the fate of the people before them."""
    return _f_set(("بالإضافة", "إضافة", "وإضافة", "فضلا", "علاوة", "وعلاوة",
                   # a new statement (وعشرة رجال ... كما تم القبض على قيادي، فروض الصلاة أربعة، بينما تؤكد ... ألقي القبض)
                   "كما", "بينما"))


ADDED_REACH = 60  # the most characters from the count before to the words adding to it (its noun phrase between)
ADDED_TO_RE = re.compile("(?<![\u0621-\u064a])(?:[وف]?(?:بال)?اضافه\\s+(?:الي|ل)|فضلا\\s+عن|علاوه\\s+علي)\\s*$")


def _added_to_group(folded: str, start: int, groups: Sequence[tuple[int, CountType | None, bool]]) -> CountType | None:
    """People added to a list right after a count of the same sentence (مقتل 12 من منسوبي القوات، إضافة إلى ثلاثة من
    العاملين، فضلا عن ثلاثة من مساعديهم): they share its fate, the list's verb governs both."""
    m = ADDED_TO_RE.search(folded, max(0, start - 20), start)
    if m is None or not groups or groups[-1][1] is None or m.start() - groups[-1][0] > ADDED_REACH \
            or SENTENCE_END_RE.search(folded, groups[-1][0], m.start()):
        return None
    return groups[-1][1]


JOINED_REACH = 10  # words from one item of a list of victims to the next joined by و


def _joined_to_count(folded: str, start: int, groups: Sequence[tuple[int, CountType | None, bool]]) -> CountType | None:
    """People joined by و to the count right before them in a long list (قتلوا إلى جانب 33 ألف مقاتل و903 من جماعة
    حزب الله الشيعية اللبنانية و3304 مقاتل): the next item of that list, past the reach of the list's verb, shares
    its fate."""
    if folded[max(0, start - 2):start].strip() != "\u0648" or not groups or groups[-1][1] is None:
        return None
    between = folded[groups[-1][0]:start]
    if SENTENCE_END_RE.search(between) or len(WORD_RE.findall(between)) > JOINED_REACH \
            or any(_trigger(w) for w in WORD_RE.findall(between)[1:]):
        return None
    return groups[-1][1]


def _own_verb(folded: str, start: int, end: int) -> CountType | None:
    """For people joined by و to what precedes (قتل شرطي و3 تلاميذ تعرضوا لجروح), a trigger in the
    three words after their noun is theirs, before any verb further back."""
    if folded[max(0, start - 2):start].strip() != "\u0648":
        return None
    words = WORD_RE.findall(folded, end, min(len(folded), end + 60))[:3]
    for k, word in enumerate(words):
        if (word[:1] in "\u0648\u0641" and _trigger(word)) or CLAUSE_END_RE.search(folded, end, folded.find(word, end)) \
                or word in _additions():
            return None  # وأصيب: the next clause; بالإضافة إلى إصابة: a new item
        kind = _trigger(word)
        if kind and (_other_fate(words, k) or _has_object(words, k)):
            return None
        if kind and not _void_trigger(words, k):
            return kind
    return None


FORCED_RE = re.compile("[وف]?(?:اجبر|اضطر|ارغم|يضطر|تضطر|يجبر|تجبر)[\u0621-\u064a]*")


def _forced_to(words: Sequence[str], k: int) -> CountType | None:
    """An event noun with the article after على / إلى and a verb of forcing (أجبروا على النزوح، اضطرت إلى
    النزوح): the fate of the people counted before the verb."""
    if k < 2 or not words[k].startswith("\u0627\u0644") or words[k - 1] not in (ON, "\u0627\u0644\u064a") \
            or not FORCED_RE.fullmatch(words[k - 2]) or not _lookup(words[k], _event_nouns()):
        return None
    return _trigger(words[k])


def _has_object(words: Sequence[str], k: int) -> bool:
    """The trigger verb ``words[k]`` after the people counted takes its own object, a number or people
    (مسلحين اثنين قتلوا ستة أشخاص، 5 مسلحين خطفوا 12 عاملا): those counted are its subject, the
    perpetrators. Only verbs that take the victims as object (قتل، خطف، اعتقل ...: not توفي 2726، هلك (14))."""
    word = words[k].removeprefix("\u0648").removeprefix("\u0641")
    if k + 1 >= len(words) or not any(word.startswith(v) for v in _transitive_verbs()):
        return False
    nxt = words[k + 1]
    listed = _lookup(nxt, _people()) or (nxt.endswith("\u0627") and _lookup(nxt[:-1], _people()))  # (not a nisba: يوميا)
    joined = (number_word(nxt) or ("",))[0] == "\u0648"  # قتلوا ومئات جرحوا: the next item, whose own verb follows
    return (_number_token(nxt) and not joined) or (not nxt.startswith(ARTICLES) and bool(listed))


def _clause_words(folded: str, start: int, reach: int) -> list[str]:
    """The words from ``start`` (a verb) to the end of its clause, at most ``reach`` characters on: a comma
    or a sentence's end closes it, so a number after them is no object of the verb (17 شخصا قتلوا، 12 جنديا
    وأفراد الطاقم: the parts of the dead, not the victims of 17 killers)."""
    stop = CLAUSE_OR_SENTENCE_END_RE.search(folded, start, start + reach)
    return WORD_RE.findall(folded, start, stop.start() if stop else start + reach)


@cache
def _transitive_verbs() -> tuple[str, ...]:
    """Stems of the trigger verbs that take the victims as object, past and present (قتلوا، يقتلون، خطفوا)."""
    past = ("قتل", "اعتقل", "أوقف", "احتجز", "خطف", "اختطف", "أعدم", "أسر", "جرح", "أصاب", "هجر", "شرد")
    present = ("يقتل", "تقتل", "يعتقل", "تعتقل", "يوقف", "توقف", "يحتجز", "تحتجز", "يخطف", "تخطف", "يختطف", "تختطف",
               "يعدم", "تعدم", "يأسر", "تأسر", "يجرح", "تجرح", "يصيب", "تصيب")
    return tuple(_f(w) for w in past + present)


COORDINATION_WORDS = 8  # words between a waiting amount's noun and the next amount of the same verb


RESTATEMENT_GAP_RE = re.compile(r"[\s()\-\u2013/]*")


def _without_restatements(text: str, counts: list[Count]) -> list[Count]:
    """One count for a number given twice, in digits and in words (مقتل 39 تسعة وثلاثين شخصا):
    a count of the same type and value right after another is dropped."""
    out: list[Count] = []
    for c in counts:
        p = out[-1] if out else None
        if p is not None and (p.type, p.value) == (c.type, c.value) and p.end <= c.start \
                and (RESTATEMENT_GAP_RE.fullmatch(text, p.end, c.start) or _pair_restated(text, p, c)):
            continue
        out.append(c)
    return out


PAIR_GAP_WORDS = 3  # words between a pair counted and a dual that restates it (جثتي قريبيها مسحوقتين)


def _pair_restated(text: str, p: Count, c: Count) -> bool:
    """A dual word right after a pair already counted, in its clause and not joined to it by و (جثتي قريبيها
    مسحوقتين، حالتا إصابة بالرأس لطفلين): the same two people, said again."""
    if c.value != 2 or c.text[:1].isdigit() or len(c.text.split()) != 1 or c.start - p.end > 60:
        return False
    gap = text[p.end:c.start]
    words = WORD_RE.findall(gap)
    return len(words) <= PAIR_GAP_WORDS and not any(w[:1] == "\u0648" for w in words) \
        and not gap.rstrip().endswith("\u0648") and not SENTENCE_END_RE.search(gap) and not CLAUSE_END_RE.search(gap)


def _in_ranks_of(folded: str, end: int) -> CountType | None:
    """The kind named by في عداد X or رهن X within a few words after the amount, in its sentence (في عداد المفقودين،
    بقي 6 آخرين رهن الإيقاف); not after a counted thing (مبالغ تزيد على 25 ألف ريال. والمتهمون رهن التوقيف: the
    money stays an amount, round counts-r38)."""
    stop = SENTENCE_END_RE.search(folded, end, end + 60)
    words = WORD_RE.findall(folded, end, stop.start() if stop else min(len(folded), end + 60))[:6]
    if words and _is_thing(words[0]):
        return None
    for k, word in enumerate(words[:-1]):
        if word in ("\u0639\u062f\u0627\u062f", "\u0628\u0639\u062f\u0627\u062f", "\u0631\u0647\u0646"):  # عداد بعداد رهن (الإيقاف)
            return _trigger(words[k + 1])
    return None


# The wounded said by their state or care (ما زالوا في المستشفى بحالة حرجة، يتلقون العلاج); not cases
# by themselves (3 حالات حرجة: dev gold leaves them, parts of a total given before).
CARE_RE = re.compile("(?:^|\\s)(?:(?:ب|في\\s+)حاله|حالت(?:هم|هما|هن))\\s+(?:حرجه|خطيره|خطره)"
                     "|(?:يتلقون|يتلقي|تتلقي|يتلقيان|تلقوا|تلقي|لتلقي)\\s+(?:ال)?علاج"
                     "|(?:زالوا|يزالون|يرقدون|يرقد|ترقد|نقلوا|ونقلوا|نقلهم|نقلهما|ادخلوا)\\s+(?:\\S+\\s+){0,2}\\S*مستشفي")


def _in_care(folded: str, end: int) -> bool:
    """The people counted just before ``end`` are said to be in hospital or in a critical state in
    the same clause (5 آخرين ما زالوا في المستشفى بحالة حرجة)."""
    stop = CLAUSE_END_RE.search(folded, end, end + 90) or SENTENCE_END_RE.search(folded, end, end + 90)
    words = WORD_RE.findall(folded[end:stop.start() if stop else end + 90])[:CARE_WORDS]
    cut = next((k for k, w in enumerate(words) if w in CLAUSE_BREAKS), len(words))
    return bool(CARE_RE.search(" " + " ".join(words[:cut])))


CARE_WORDS = 8  # words after the counted noun to its state or care


# Labels and ages right before a number (الدقيقة 82، الفصل 5، رقم 6، بين سن 45 و65، عمرهما 20 و26 سنة), and a Maghreb legal state right after it
# (42 بحالة إيقاف: held; 25 بحالة سراح، 7 في حالة فرار: not).
LABEL_BEFORE_RE = re.compile("(?<![\u0621-\u064a])(?:(?:ال|بال|في ال|ب|لل)?(?:دقيقه|شوط|فصل|بند|صفحه|رقم|سن|عمر|مسافه|نتيجه|فئه)|(?:عمر|اعمار)(?:ه|ها|هم|هما|هن)|يوم)"
                             "\\s*[\"\u00ab\u201c(]?\\s*(?:\\d+\\)?\\s*(?:-|\u2013|\u0640+|\u0648)?\\s*\\(?\\s*)?$")  # (يوم 20 من الشهر: a day;
# بين سن "16 ـ 29", بنتيجة (3)-(2): both ends of the range or score; not اليوم, today)
# A dash then a word after digits (16 – كتاب): a list marker, not a range (3 - 4 قتلى).
LIST_MARKER_AFTER_RE = re.compile("[ \u00a0]+[-\u2013\u2014\u0640]+[ \u00a0]*[\u0621-\u064a]")
# A year after the amount (312 ألفا عام 2009): a date, not the counted noun.
YEAR_NOUN_RE = re.compile("\\s*(?:ال)?(?:عام|سنه)\\s+\\d{4}(?!\\d)")
# يوم or ليلة then a weekday or أمس, or يوم then a day of the month, after the number (وإصابة 173 يوم الأحد، وإصابة 7
# ليلة الجمعة، يوم 15 مايو): the day it happened, no counted noun (round counts-r79).
DAY_NOUN_RE = re.compile("\\s*(?:(?:يوم|ليله)\\s+(?:" + "|".join(sorted({fold_word(w) for w in (*WEEKDAYS, "أمس")}, key=len, reverse=True))
                         + ")(?![\u0621-\u064a])|يوم\\s+\\d{1,2}(?!\\d))")
# An era after the number (عام 40 للهجرة، سنة 150 هجرية، 638هـ، 767 ميلادية): a year, never a count.
# An age after the number (لم يتجاوز الـ14 من عمره، في الـ17 من عمرها): never victims.
AGE_AFTER_RE = re.compile("\\s*(?:عاما\\s+|سنه\\s+)?من\\s+(?:ال)?عمر(?:ه|ها|هم|هما)?(?![\u0621-\u064a])")
ERA_AFTER_RE = re.compile("\\s*(?:(?:لل|ال)?(?:هجره|هجريه|ميلاديه|ميلادي)|ه)(?![\u0621-\u064a])")
STATE_AFTER_RE = re.compile("\\s*(?:منهم\\s+|منها\\s+)?(?:ب|في\\s+)حال(?:ه|ة)\\s+(?:(?P<held>ايقاف|احتفاظ|اعتقال|احتجاز)|سراح|فرار)"
                            "(?![\u0621-\u064a])")
# Committal warrants after the number (4 بطاقات إيداع بالسجن), or written as a dual (بطاقتي إيداع): those sent to prison.
WARRANTS_AFTER_RE = re.compile("\\s*بطاقات\\s+(?:ال)?ايداع(?![\u0621-\u064a])")
WARRANT_DUALS_RE = re.compile("بطاقت(?:ي|ين|ا|ان)")
COMMITTAL_AFTER_RE = re.compile("\\s*(?:ال)?ايداع(?![\u0621-\u064a])")
# Dead and wounded together (بين قتيل وجريح، ما بين قتلى وجرحى) before or after an amount: a total.
BETWEEN_RE = re.compile("\\s*(?:ما\\s+)?بين\\s+(?:ال)?(?:قتيل|قتلي|شهيد|شهداء|ميت|قتيلا)\\s+و(?:ال)?(?:جريح|جرحي|مصاب|مصابين|جريحا)"
                        "(?![\u0621-\u064a])")
# The same after the people counted, maybe past a nisba and their verb (عشرات الحوثيين سقطوا بين قتيل وجريح،
# خمسة آلاف مدني أفغاني سقطوا بين قتيل وجريح).
BETWEEN_AFTER_RE = re.compile("(?:\\s*[\u0621-\u064a]+\u064a(?=\\s+[\u0621-\u064a]+\u0648\u0627\\s))?"
                              "(?:\\s*[\u0621-\u064a]+\u0648\u0627)?" + BETWEEN_RE.pattern)
# A range of years or months after the number (أعمارهم من 12-13 سنة، بين 14 - 16 عاما): ages, never victims.
AGE_RANGE_AFTER_RE = re.compile("\\s*(?:-|\u2013|\u0640|\u0627\u0644\u064a|\u062d\u062a\u064a)\\s*\\d+\\s*(?P<unit>[\u0621-\u064a]+)")
TIMES = (*TIME_WORDS, "ثانية", "ثوان")
# The other half of a dead-and-wounded pair in the singular after the counted noun (48 قتيلا وجريحا): a total.
PAIRED_AFTER = {"killed": ("جريح", "جريحا", "مصاب", "مصابا", "مفقود", "مفقودا"),
                "injured": ("قتيل", "قتيلا", "شهيد", "شهيدا", "مفقود", "مفقودا"),
                "missing": ("قتيل", "قتيلا", "جريح", "جريحا")}  # (5 آلاف قتيل ومفقود: one number for both)


# The dead and the wounded after one number (عشرات القتلى والجرحى): a total; other plural pairs count both
# (آلاف القتلى والمفقودين، آلاف الجرحى والمفقودين: the dev gold's and round counts-r18's reading).
DEAD_AND_HURT: frozenset[CountType] = frozenset({"killed", "injured"})


def _single_dual(amount: Amount) -> bool:
    """The amount is a dual noun alone (قتيلين): its own count, not a total with the noun after it (قتيلين وجريحا)."""
    return amount.value == 2 and not amount.text[:1].isdigit() and len(amount.text.split()) == 1


def _dead_and_wounded(obj_word: str, folded: str, end: int) -> bool:
    """The counted noun is a singular victim noun (قتيلا) joined by و to the other kind in the singular
    (وجريحا): one number for both together, like بين قتيل وجريح."""
    if obj_word.startswith("\u0627\u0644") or not _lookup(obj_word, _one_victim() | _victims()) or obj_word.endswith(("\u0649", "\u064a")):
        return False
    kind = _trigger(obj_word)
    m = WORD_RE.match(folded, end + 1) if folded[end:end + 1] == " " else None
    return bool(m) and kind in PAIRED_AFTER and m.group()[:1] == "\u0648" \
        and m.group()[1:] in {_f(w) for w in PAIRED_AFTER[kind]}


YEAR_DIGITS_RE = re.compile("(?:19|20)\\d\\d")


@cache
def _year_heads() -> frozenset[str]:
    """Words right before a year in digits (من مواليد 1982، سنتي 2015 و2016، موديل 2006)."""
    return frozenset(_f(w) for w in ("مواليد", "سنتي", "عامي", "موديل", "طراز", "سنوات", "أعوام", "العامين", "السنتين"))


def _year_like(amount: Amount, folded: str, start: int, obj_word: str | None) -> bool:
    """Four digits of a year (1900-2099) after a word of years or births (مواليد 1982، سنتي 2015 و2016), or
    with no qualifier, no event noun before them and no people or victims counted after (2016 حين قتل، كابرس
    2006 بقيادة): a year or a model, not a number of people."""
    if not YEAR_DIGITS_RE.fullmatch(amount.text.strip()):
        return False
    before = _before_amount(folded, start)
    if before in _year_heads() or before.removeprefix("\u0648") in _year_heads():
        return True
    counted = bool(obj_word) and (_is_people(obj_word) or _lookup(obj_word, _victims_and_status()) is not None)
    return not counted and _qualifier_before(folded, start) is None and not _lookup(before, _event_nouns())


def _time_range_after(folded: str, end: int) -> bool:
    """A dash (or إلى، حتى) and a number of years, months or days after the amount: a range of ages or
    durations (من 12-13 سنة، بين 14 - 16 عاما)."""
    m = AGE_RANGE_AFTER_RE.match(folded, end)
    return bool(m) and _lookup(m.group("unit"), _times()) is not None


@cache
def _times() -> frozenset[str]:
    return frozenset(_f(w) for w in TIMES)


def _noun_before(text: str, amount: Amount) -> bool:
    """The counted noun is written before the amount, which restates it (وجريحين اثنين، وشرطيان اثنان): a و
    glued to it joins the noun to what precedes, it opens no clause after the amount."""
    return bool(amount.object) and text[:amount.start].rstrip().endswith(amount.object)


NOUN_BEFORE_REACH = 40  # characters before the noun read for من: a window, not the article so far (folded and cached)


def _one_victim_before(text: str, amount: Amount) -> bool:
    """واحد after a singular noun of one victim or detainee (على موقوف واحد، معتقل واحد، مختطف واحد): "one" counts
    the victim named before it (round counts-r33; C2's annotator marks the written-out واحد)."""
    whole = _f(amount.object or "")
    noun = whole if whole == ONE_DEATH else whole.removeprefix("\u0648")  # (وفاة keeps its و)
    if not _noun_before(text, amount) or noun in _households():
        return False  # 4 أشخاص من عائلة واحدة: one family, not one victim
    before = text[max(0, amount.start - len(amount.object or "") - NOUN_BEFORE_REACH):amount.start]
    if noun in _cases():
        return _injury_case(_f(before).rstrip().removesuffix(noun))  # إصابة حالة واحدة: one case of injury
    if noun == ONE_DEATH:  # not in a tally of a disease (4 حالات إصابة جديدة بفايروس كورونا، ... وحالة وفاة واحدة)
        folded = _f(text[max(0, amount.start - ILLNESS_BEFORE_REACH):amount.start])
        ill_after = SICK_CASES_RE.match(_f(text[amount.end:amount.end + 30]))  # وفاة واحدة من (الحالات) المرضية
        return not (_illness_before(folded, len(folded), _diseases()) or ill_after)
    return noun in _one_victim() or _is_people(noun) and not _f(before).rstrip().removesuffix(
        noun).rstrip().endswith(" \u0645\u0646")  # شخص واحد، but 3 أفراد من أسرة واحدة


def _injury_case(before: str) -> bool:
    """The word before a case noun is the verbal noun of injury (إصابة حالة واحدة، لإصابة، وإصابة): one case of
    injury is one injured, as إصابة واحدة is (round counts-r65; C14's annotator marks it, round counts-r103)."""
    words = WORD_RE.findall(before[-20:])
    return bool(words) and _lookup(words[-1], frozenset({_f("إصابة")})) is not None


# Broken plurals of nationality, after a noun of people (ثمانية متعاقدين أفغان) or counted themselves (10 أفارقة);
# the sound ones (أمريكيين) by the gazetteer.
NATIONALITY_PLURALS = ("أفغان", "أكراد", "أتراك", "أقباط", "عرب", "روس", "ألمان", "أفارقة")  # (folded: افغان too)


@cache
def _nationality_plurals() -> frozenset[str]:
    return frozenset(_f(w) for w in NATIONALITY_PLURALS)


def _nationality_after(folded: str, obj_word: str, end: int) -> bool:
    """An unlisted noun in ين/ون with a masculine plural of nationality right after it (متعاقدين أمريكيين، مستشارين
    أتراك، متعاقدين أفغان): a plural of people (things take a feminine singular: طائرات أمريكية)."""
    if not obj_word.endswith(("\u064a\u0646", "\u0648\u0646")) or _is_thing(obj_word):
        return False
    nxt = WORD_RE.match(folded, end + 1) if folded[end:end + 1] == " " else None
    if nxt is None:
        return False
    word = nxt.group()
    return word in _nationality_plurals() or (word.endswith(("\u064a\u064a\u0646", "\u064a\u0648\u0646"))
                                             and nisba_country(word) is not None)


ONE_OF_RE = re.compile("[\u0648\u0641]?\u0648\u0627\u062d\u062f[\u0627\u0647]?")  # واحد، واحدا، واحدة (folded)


def _one_of_people(text: str, amount: Amount) -> bool:
    """واحد/واحدا من and a people noun after it (أن واحدا من أفراد القوة وثمانية متعاقدين قتلوا): one of them, a victim
    counted as any number of people is; not one of the most (واحد من أكبر) nor of a household (واحد من عائلة)."""
    if not ONE_OF_RE.fullmatch(_f(amount.text)) or amount.object is None or _noun_before(text, amount):
        return False
    noun = _f(amount.object)
    return _f(text[amount.end:amount.end + 5]).startswith(" \u0645\u0646 ") and _is_people(noun) \
        and noun.removeprefix("\u0627\u0644") not in _households()


# What people lost, after them (فقد 350 من الصحفيين ... وظائفهم): jobs, not the people themselves gone missing.
JOBS_LOST_RE = re.compile("(?<![\u0621-\u064a])(?:وظائف|وظيفه|اعمال|عمل|مناصب|منصب|مصادر\\s+رزق)(?:هم|ه|ها|هن)(?![\u0621-\u064a])")
JOBS_LOST_REACH = 80  # characters after the people's noun


@cache
def _households() -> frozenset[str]:
    """Nouns of a household or kin group: واحدة after them says the victims share it (من عائلة واحدة)."""
    return frozenset(_f(w) for w in ("عائلة", "أسرة", "عائلات", "أسر", "قبيلة", "عشيرة", "رجل", "لاعب"))


def _dual_singular(word: str) -> str:
    """The singular of a dual noun (وجريحين → جريح، شرطيان → شرطي), the word itself when the singular
    is no victim or people noun (an unknown noun keeps its own form)."""
    stem = word.removeprefix("\u0648")
    for suffix in ("\u064a\u0646", "\u0627\u0646"):  # ين ان
        single = stem[:-len(suffix)]
        if stem.endswith(suffix) and len(single) >= 3 and (_lookup(single, _triggers()) or _is_people(single)):
            return single
    return word


# من أصل right before an amount: the whole a part before is taken from (round counts-r65); so is من ضمن (round
# counts-r88: إيقاف شخصين من ضمن أربعة عناصر; not من بين, often a whole whose own fate follows: من بين ثلاثة آخرين
# كانوا قد أصيبوا).
OUT_OF_RE = re.compile("\u0645\u0646\\s+(?:\u0627\u0635\u0644|\u0636\u0645\u0646)\\s*$")


def _partitive_wholes(text: str, amounts: Sequence[Amount]) -> dict[int, Amount]:
    """A bare amount then من and an amount of people (قتل 5 من 12 راكبا، 50 ألفا من 570 جنديا): the second is
    the whole the first is taken from, keyed by the part's id; the part is the count, the whole none."""
    return {id(a): b for a, b in pairwise(amounts)
            if a.object is None and b.object and text[a.end:b.start].strip() == "\u0645\u0646"
            and _is_people(_f(b.object))}


@cache
def _succumbing() -> frozenset[str]:
    return frozenset(_f(w) for w in ("متأثر", "متأثرا", "متأثرة", "متأثرين", "متأثرتين"))


def _obj_end_of(folded: str, end: int, obj_word: str) -> int:
    """Where the counted noun ``obj_word`` right after the amount ends (else ``end``), also past a
    closing bracket or quote mark (عدد ( 81 ) حالة وفاة، نقلت “476” حالة إصابة)."""
    m = re.compile(f"\\s*[)\"\u201d\u00bb]\\s*{re.escape(obj_word)}|\\s*(?:\u0645\u0646\\s+)?{re.escape(obj_word)}").match(folded, end)
    return m.end() if m else end


OBJECT_PRONOUNS = ("\u0647\u0645", "\u0647\u0645\u0627", "\u0647\u0646")  # هم هما هن
DONE_TO_WORDS = 2  # words after the counted noun to a verb with their pronoun (أربعة مهاجرين عرب اعتقلتهم)


def _done_to_them(folded: str, end: int) -> CountType | None:
    """A trigger verb with an object pronoun for the people just counted, right after them in their clause
    (أربعة مهاجرين عرب اعتقلتهم السلطات): what was done to them, before any trigger further back."""
    stop = CLAUSE_END_RE.search(folded, end, end + 60) or SENTENCE_END_RE.search(folded, end, end + 60)
    words = WORD_RE.findall(folded, end, stop.start() if stop else end + 60)
    for k, word in enumerate(words[:DONE_TO_WORDS]):
        if word[:1] in "\u0648\u0641" or word.startswith(ARTICLES):
            return None  # وقتلهم: the next clause; الجرحى: a noun
        if word.endswith(OBJECT_PRONOUNS) and not _lookup(word, _victims_and_status()):
            kind = _trigger(word)
            if kind is not None and not _void_trigger(words, k):  # (احتجزتهم ألسنة اللهب: trapped)
                return kind
    return None


AFFECTED = ("تضرر", "تضرروا", "تضررت", "يتضرر", "تتضرر", "يتضررون", "متضرر", "متضررين", "متضررون", "المتضررين",
            "المتضررون")  # hurt in their homes and goods by a flood or a war: affected, no victims
AFFECTED_BEFORE_WORDS = 2  # words back from the amount to that verb (تضرر بسببها أكثر من 3000 شخص)


@cache
def _affected_words() -> frozenset[str]:
    return frozenset(_f(w) for w in AFFECTED)


def _affected(folded: str, start: int, end: int) -> bool:
    """A verb of being affected right after the people counted (مئتي ألف تضرروا بالفيضانات) or a word or two before
    them (تضرر بسببها 3000 شخص): people affected by a flood or a war, no victims even after a death toll."""
    after = WORD_RE.match(folded, end + 1) if folded[end:end + 1] == " " else None
    if after and after.group() in _affected_words():
        return True
    before = WORD_RE.findall(folded, max(0, start - 40), start)[-AFFECTED_BEFORE_WORDS:]
    return any(w.removeprefix("\u0648") in _affected_words() for w in before) and not SENTENCE_END_RE.search(
        folded, max(0, start - 40), start)


TAKEN_RE = re.compile("[وف]?(?:ا|ي|ت)?(?:خطف|ختطف)(?:ت|وا|ا)?(?:هم|هن|هما)")  # اختطفهم، خطفتهم (folded)
TAKEN_WORDS = 8  # words after the counted noun, within the clause, to that verb (مواطنا من النازحين وسكان مدينة ... اختطفهم)


def _taken_after(folded: str, end: int) -> bool:
    """A verb of kidnapping with the people's pronoun later in their clause (230 مواطنا من النازحين وسكان البلدة
    اختطفهم التنظيم): taken, not displaced (C1: held by armed groups is arrested when held, kidnapped when taken)."""
    stop = CLAUSE_OR_SENTENCE_END_RE.search(folded, end, end + 120)
    words = WORD_RE.findall(folded, end, stop.start() if stop else end + 120)[:TAKEN_WORDS]
    return any(TAKEN_RE.fullmatch(w) for w in words)


def _survived_after(folded: str, end: int) -> bool:
    """A verb of surviving right after the counted noun, maybe after قد (11 شابا نجوا من الحادثة، 360 مهاجرا قد
    نجوا): those who came out alive."""
    m = WORD_RE.match(folded, end + 1) if folded[end:end + 1] == " " else None
    if m and m.group() == "\u0642\u062f" and folded[m.end():m.end() + 1] == " ":
        m = WORD_RE.match(folded, m.end() + 1)
    if m and m.group() in _releases_of_some():
        after = WORD_RE.findall(folded, m.end(), m.end() + 40)[:RELEASED_SOME_WORDS]
        if FROM_OF in after and after.index(FROM_OF) + 1 < len(after) and after[after.index(FROM_OF) + 1].endswith("\u0647\u0645"):
            return False  # اعتقلت 20 مقدسيا أفرجت لاحقا عن معظمهم: those held, some freed later (round counts-r91)
    return bool(m) and m.group() in _survivors()


FROM_OF = "\u0639\u0646"  # عن
RELEASED_SOME_WORDS = 3  # words after the release verb to عن and the pronoun of those held (أفرجت لاحقا عن معظمهم)


@cache
def _releases_of_some() -> frozenset[str]:
    return frozenset(_f(w) for w in ("أفرج", "أفرجت"))


# A verb of being able (تمكن، استطاع) right before the amount, then النجاة within a few words after its noun (round
# counts-r65: تمكن 1500 آخرون من النجاة بالسباحة): those who came out alive (not الفرار: the displaced).
ABLE_WORDS = ("تمكن", "تمكنت", "وتمكن", "وتمكنت", "استطاع", "استطاعت", "واستطاع", "واستطاعت")
ESCAPED_AFTER_RE = re.compile(f"(?:\\s+[{AR}]+){{0,2}}?\\s+(?:من\\s+)?(?:ال)?نجاه\\b")


@cache
def _able_words() -> frozenset[str]:
    return _f_set(ABLE_WORDS)


def _able_to_escape(folded: str, start: int, end: int) -> bool:
    """The amount after تمكن/استطاع and النجاة soon after its noun (تمكن 1500 آخرون من النجاة): the
    survivors, no victims of a fate named before."""
    return _before_amount(folded, start) in _able_words() and bool(ESCAPED_AFTER_RE.match(folded, end))


def _verb_of_earlier_count(before: Sequence[str], k: int, after_count: bool) -> bool:
    """The trigger ``before[k]`` is a plural verb right after an earlier number and its noun (101 شخص أصيبوا; or
    first after the earlier count when ``after_count``): that number's own fate, so an amount two or more words
    further on (not a part after بينهم) is no victim of it."""
    word = before[k]
    if word[:1] in "\u0648\u0641" or not word.endswith(("\u0648\u0627", "\u0648\u0646")) or word.startswith(ARTICLES) \
            or _lookup(word, _victims_and_status()) or len(before) - k <= 2 \
            or any(w in _subset_words() for w in before[k + 1:]):
        return False
    return (k == 0 and after_count) or (k >= 2 and (_number_token(before[k - 1]) or _number_token(before[k - 2])))


def _number_token(word: str) -> bool:
    """A word that is a number, in digits or in letters."""
    return word[:1].isdigit() or number_word(word) is not None


def _plural_verb_after(folded: str, end: int, dual: bool = False) -> CountType | None:
    """A plural trigger verb right after the people counted, in their clause (20 طفلا يختفون، 8 مدنيين أصيبوا;
    for two, the dual: اثنين من الركاب توفيا): their own fate, before a trigger further back; not a new clause
    (وأصيب), a noun, a verb with its own object (قتلوا ستة: the killers) or one fate or another (قتلوا أو اعتقلوا)."""
    m = WORD_RE.match(folded, end + 1) if folded[end:end + 1] == " " else None
    endings = ("\u0648\u0627", "\u0648\u0646", "\u0627") if dual else ("\u0648\u0627", "\u0648\u0646")
    if m is None or m.group()[:1] in "\u0648\u0641" or not m.group().endswith(endings) \
            or m.group().startswith(ARTICLES) or _lookup(m.group(), _victims_and_status()):
        return None
    words = _clause_words(folded, m.start(), m.end() - m.start() + 40)[:3]
    kind = _trigger(words[0])
    if kind is None or _void_trigger(words, 0) or _other_fate(words, 0) or _has_object(words, 0):
        return None
    return kind


def _verb_right_after(folded: str, end: int) -> bool:
    """A plural trigger verb is the word right after the counted noun, in its clause (31 شخصا لقوا حتفهم):
    the fate of all those counted; not a new clause (وأصيب), a part (، وأصيب منهم 12) or the vessel's
    verb (يحمل 20 شخصا غرق في النهر)."""
    m = WORD_RE.match(folded, end + 1) if folded[end:end + 1] == " " else None
    return bool(m) and m.group()[:1] not in "\u0648\u0641" and m.group().endswith("\u0648\u0627") and _trigger(m.group()) is not None \
        and not _lookup(m.group(), _victims_and_status()) and not _void_trigger([m.group()], 0)


ABOARD_RE = re.compile("(?<![\u0621-\u064a])[وف]?(?:علي\\s+)?متن(?:ها|ه)\\s*$")
MISSING_CRAFT_RE = re.compile("(?<![\u0621-\u064a])(?:ال)?مفقود[ه]?(?![\u0621-\u064a])")  # (not المفقودين: people)
MISSING_CRAFT_REACH = 160  # characters back in the sentence to the craft said to be missing


def _aboard_missing_craft(folded: str, start: int) -> bool:
    """على متنه/متنها right before the amount, after a craft said to be missing in its sentence (الطائرة الماليزية
    المفقودة منذ 8 مارس ... وعلى متنها 239 راكبا): all on board are missing, as blind gold marks them (C18, C20, C22)."""
    start = _qualified_start(folded, start)
    aboard = ABOARD_RE.search(folded, max(0, start - 16), start)
    if aboard is None:
        return False
    left = _sentence_start(folded, aboard.start(), MISSING_CRAFT_REACH)
    return bool(MISSING_CRAFT_RE.search(folded, left, aboard.start()))


def _carried(folded: str, start: int) -> bool:
    """A verb of carrying (تقل، يستقلها، على متنها) right before the amount or its qualifier."""
    start = _qualified_start(folded, start)
    return bool(CARRIER_RE.search(folded, max(0, start - 16), start))


# What an attack led to, said of all those just counted by a pronoun (6 عناصر ... مما أسفر عن مقتلهم، أدى إلى إصابتهم).
RESULT_RE = re.compile("(?<![\u0621-\u064a])(?:اسفر|اسفرت|يسفر|ادي|ادت|يؤدي)\\s+(?:ذلك\\s+)?(?:عن|الي)\\s+([\u0621-\u064a]+)")
RESULT_REACH = 150  # characters after the counted noun searched, within the sentence and before any other number


def _result_on_all(folded: str, end: int) -> CountType | None:
    """The result of the deed, a trigger noun with a plural pronoun, later in the sentence of the people counted
    (كان يستقلها 6 عناصر ... مما أسفر عن مقتلهم): the fate of them all, as the gold reads it."""
    stop = SENTENCE_END_RE.search(folded, end, end + RESULT_REACH)
    m = RESULT_RE.search(folded, end, stop.start() if stop else end + RESULT_REACH)
    if m is None or any(c.isdigit() for c in folded[end:m.start()]):
        return None
    word = m.group(1)
    return _trigger(word) if word.endswith(OBJECT_PRONOUNS) and not _lookup(word, _victims_and_status()) else None


def _vehicle_stopped(folded: str, start: int) -> bool:
    """The arrest of the vehicle whose carrier is right before the amount (ايقاف سيارة على متنها شخصين)."""
    start = _qualified_start(folded, start)
    return bool(STOPPED_VEHICLE_RE.search(folded, max(0, start - 60), start))


RESIDE_RE = re.compile("(?<![\u0621-\u064a])[وف]?(?:يسكن|تسكن|يقطن|تقطن|يعيش|تعيش)(?:ه|ها|هم|هما|ون|ان)?"
                       "(?:\\s+[\u0621-\u064a]+){0,3}\\s*$")


# The number of a population right before the amount (سكان البلاد البالغ عددهم 21 مليون نسمة، سكانها الذين يبلغ عددهم).
POPULATION_RE = re.compile("(?<![\u0621-\u064a])[وبل]?(?:ال)?سكان(?:ه|ها|هم)?(?:\\s+[\u0621-\u064a]+){0,2}"
                           "\\s+(?:(?:الذين|الذي|التي)\\s+)?(?:البالغ|يبلغ|بلغ)\\s+(?:عدد|تعداد)(?:هم|ها|ه)?\\s*$")


def _residents(folded: str, start: int) -> bool:
    """A verb of living a few words before the amount (يقطنها 56 ألف شخص، يسكنه عدد يتراوح بين 400), or the
    number of a population (نزوح ربع سكانها البالغ عددهم 800 ألف نسمة): residents, not the victims."""
    start = _qualified_start(folded, start)
    return bool(RESIDE_RE.search(folded, max(0, start - 40), start)
                or POPULATION_RE.search(folded, max(0, start - 70), start))


# The toll of the dead and the wounded together as one head (عدد القتلى والجرحى، حصيلة القتلى والمصابين), then up to
# 8 words of no number to the amount (بلغ، وصل حتى الآن إلى أكثر من): one number for both, a total (round counts-r24).
TOLL_OF_BOTH_RE = re.compile(f"(?:عدد|حصيله)\\s+(?:ال)?(?:قتلي|وفيات)\\s+و(?:ال)?(?:جرحي|مصابين|اصابات)(?:\\s+[{AR}]+){{0,8}}\\s*$")


def _toll_of_both(folded: str, start: int) -> bool:
    """The amount is the number of a toll of the dead and the wounded together (وصل عدد القتلى والجرحى إلى 25): a
    total, no count of either."""
    start = _qualified_start(folded, start)
    return bool(TOLL_OF_BOTH_RE.search(folded, max(0, start - 120), start))


def _combined(folded: str, start: int) -> bool:
    """مقتل وإصابة 6 أشخاص، قتل وأصيب سبعة: two event words of different kinds share one number (a
    total), also before a qualifier (مقتل وإصابة أكثر من 1000)."""
    start = _qualified_start(folded, start)
    words = WORD_RE.findall(folded, max(0, start - 40), start)[-3:]
    if len(words) == 3 and _other_fate(words, 0):
        return True  # قتل أو فقد 4500: one number for either fate
    if len(words) < 2 or not words[-1].startswith("\u0648"):
        return False
    first, second = _lookup(words[-2], _event_nouns()), _lookup(words[-1][1:], _event_nouns())
    if first == _f("قتل") and len(words) == 3 and _is_people(words[0]):
        return False  # عسكريا تركيا قتل وجرح اثنان: one killed, two wounded
    if first and second:
        return _trigger(first) != _trigger(second)
    kinds = _trigger(words[-2]), _trigger(words[-1][1:])  # قتل وأصيب سبعة: two verbs, one total
    return first is not None and None not in kinds and kinds[0] != kinds[1] and not _lookup(words[-1][1:], _victims())


OR = "\u0627\u0648"  # أو folded


def _other_fate(words: Sequence[str], k: int) -> bool:
    """The trigger ``words[k]`` and another of a different kind joined by أو (قتل أو فقد، قتلوا أو اعتقلوا):
    one number for either fate, a total, not a count of one."""
    if k + 1 < len(words) and _both_fates(words, k):
        return True
    if k + 2 >= len(words) or words[k + 1] != OR:
        return False
    first, second = _trigger(words[k]), _trigger(words[k + 2])
    return first is not None and second is not None and first != second


@cache
def _others_after() -> frozenset[str]:
    return _f_set(("آخرون", "آخرين", "آخران", "آخر", "ثالث", "ثالثة", "رابع", "رابعة", "خامس", "خامسة"))


def _person_of(verb: str) -> str:
    """The number a past verb agrees with, by its ending: plural (قتلوا), dual (قتلا) or singular (قتل)."""
    return "\u0648\u0627" if verb.endswith("\u0648\u0627") else "\u0627" if verb.endswith("\u0627") else ""


def _both_fates(words: Sequence[str], k: int) -> bool:
    """The trigger verb ``words[k]`` after the people counted and a verb of another kind joined by و, with no
    subject of its own after it (5000 مدني قتل وأصيب، 40 شخصا قتلوا وأصيبوا): both fates of one number, a total
    (as قتل وأصيب 300 before it; round counts-r65), but not وأصيب 20 آخرون or قتلا وأصيب ثالث, a new clause."""
    second = words[k + 1]
    if second[:1] != "\u0648" or _lookup(second[1:], _victims_and_status()) or second[1:].startswith("\u0627\u0644"):
        return False
    first, other = _trigger(words[k]), _trigger(second[1:])
    if first is None or other is None or first == other or words[k].startswith("\u0627\u0644") \
            or _person_of(words[k]) != _person_of(second):
        return False  # (شخصين قتلا وأصيب ثالث: a second verb of another number has its own subject)
    after = words[k + 2] if k + 2 < len(words) else ""
    return not (_number_token(after) or after in _others_after() or _lookup(after, _victims_and_status()))


@cache
def _victims_and_status() -> frozenset[str]:
    """Nouns naming the victims themselves (جرحى، مفقودين، نازحين)."""
    status = (w for kind in STATUS_TYPES for w in TRIGGERS[kind])
    return _victims() | frozenset(_f(w) for w in status)


def _coordinated_victims(folded: str, end: int, kind: CountType) -> CountType | None:
    """The kind of a second victim noun joined by و to the counted one (الجرحى والمفقودين)."""
    m = WORD_RE.match(folded, end + 1) if folded[end:end + 1] == " " else None
    if m is None or not m.group().startswith("\u0648"):
        return None
    word = m.group()[1:]
    hit = _lookup(word, _victims_and_status())
    other = _triggers().get(hit) if hit else None
    own = OWN_NUMBER_RE.match(folded, m.end())
    if own and (own.group(1)[:1].isdigit() or number_word(own.group(1)) is not None):
        return None  # ارتفع عدد الشهداء إلى 15 شهيدا والمصابين إلى 40: the second group has its own number
    return other if other is not None and other != kind else None


OWN_NUMBER_RE = re.compile(f"\\s+\u0627\u0644\u064a\\s+(\\d+|[{AR}]+)")  # الي (إلى folded) then a number


# Nouns naming the event, written just before the amount they count (وفاة حالتين، مقتل 5).
EVENT_NOUNS = ("مقتل", "قتل", "وفاة", "وفيات", "إصابة", "إصابات", "اعتقال", "توقيف", "اختطاف", "خطف", "نزوح", "تهجير", "فقدان",
               "استشهاد", "مصرع", "إعدام", "جرح", "احتجاز", "هلاك", "اختفاء")


@cache
def _falls() -> frozenset[str]:
    return frozenset({_f("سقوط")})


@cache
def _event_nouns() -> frozenset[str]:
    return frozenset(_f(w) for w in EVENT_NOUNS)


def _fall_before(folded: str, start: int) -> CountType | None:
    """سقوط right before the amount (past its qualifier: سقوط أكثر من 200 لاجئ): the fall of people, their death."""
    start = _qualified_start(folded, start)
    before = re.search(f"([{AR}]+)\\s+$", folded[max(0, start - 20):start])
    return "killed" if before and _lookup(before.group(1), _falls()) else None


def _adjacent_trigger(folded: str, start: int, end: int, *, thing: bool = False) -> CountType | None:
    """A trigger written right against the amount: an event noun before it, or any trigger
    word right after its noun; after a thing, only an event noun (حالتا وفاة، not 16 عاما أصيبوا)."""
    before = re.search(f"([{AR}]+)\\s+$", folded[max(0, start - 20):start])
    if before and _lookup(before.group(1), _event_nouns()):
        sentenced = _sentenced(WORD_RE.findall(folded, max(0, start - 60), before.start(1) + max(0, start - 20)))
        upto = WORD_RE.findall(folded, max(0, start - 60), start)
        not_yet = bool(upto) and _not_yet(upto, len(upto) - 1)
        return None if sentenced or not_yet else _trigger(before.group(1))  # قضت بإعدام 12: a sentence; أمر باعتقال 40
    if before and _lookup(before.group(1), _falls()):
        return "killed"  # سقوط 4 أشخاص: a fall of people right before them, not one further back
    after = WORD_RE.match(folded, end + 1) if folded[end:end + 1] == " " else None
    if after and after.group() in ("\u062a\u0645", "\u0648\u062a\u0645"):  # تم وتم
        done = WORD_RE.match(folded, after.end() + 1)
        if done and _trigger(done.group()) and not _lookup(done.group(), _victims()):
            return _trigger(done.group())  # 7 من 17 تم إيقافهم: the passive said right after the amount
    if after and not thing and after.group() == "\u0642\u062f":  # قد
        done = WORD_RE.findall(folded, after.end(), after.end() + 50)[:3]
        if done and done[0].endswith("\u0648\u0627") and _trigger(done[0]) and not (
                _void_trigger(done, 0) or _other_fate(done, 0) or _has_object(done, 0)):
            return _trigger(done[0])  # مليوني سوري قد أصيبوا: their verb after قد
    if after and _void_trigger(WORD_RE.findall(folded, after.start(), after.end() + 30)[:2], 0):
        return None  # 462 بالغا مصابين بسرطان: the sick
    second = WORD_RE.match(folded, after.end() + 1) if after and folded[after.end():after.end() + 1] == " " else None
    state = _trigger(second.group()) if second and not after.group().startswith("\u0627\u0644") \
        and after.group() not in _risks() \
        and second.group().startswith("\u0627\u0644") and _lookup(second.group(), _event_nouns()) else None
    if after and thing and not _lookup(after.group(), _event_nouns()):
        return state  # after a thing, only an event noun or the state of the event after an adjective
    if after and _fell_wounded(WORD_RE.findall(folded, after.start(), after.end() + 30)[:2], 0):
        return "injured"  # 1000 من عناصره سقطوا مصابين
    following = _clause_words(folded, after.start(), after.end() - after.start() + 40)[:3] if after else []
    if len(following) == 3 and following[1][:1] == "\u0648" and _lookup(following[2], _f_set(SEVERITIES)):
        following = following[:1]  # حالتي وفاة وإصابة حرجة: the next item of the list, told by how bad, no other fate
    if following and (_other_fate(following, 0) or _has_object(following, 0)):
        return None  # 40 مسلحا قتلوا أو اعتقلوا: either fate; مسلحين اثنين قتلوا ستة: the killers
    if after and (after.group() in _triggers() or after.group().removeprefix("\u0627\u0644") in _triggers()):
        return _triggers()[after.group().removeprefix("\u0627\u0644") if after.group() not in _triggers() else after.group()]
    return state  # حالتين متوسطة الإصابة: a state of the event after an adjective; else وأصيب 30 آخرون: a new clause


# An enforced disappearance right after the amount's noun (133 حالة اختفاء قسري، اختفاء 20 صحفيا قسريا): people taken
# by force, kidnapped rather than missing.
ENFORCED_AFTER_RE = re.compile(f"\\s+(?:[وبل]?(?:ال)?(?:اختفاء|اخفاء)\\s+)?(?:ال)?(?:قسري|قسريا|قسرا)(?![{AR}])")


def _enforced(folded: str, end: int) -> bool:
    """The disappearance of the people counted up to ``end`` is enforced: they were taken, as the gold reads an
    enforced disappearance (kidnapped)."""
    return bool(ENFORCED_AFTER_RE.match(folded, end))


CASES = ("حالة", "حالات")
# Cases of poisoning or suffocation right after the case noun: people hurt in an event (29 حالة تسمم، حالات اختناق).
HURT_CASE_RE = re.compile(f"\\s+(?:ال)?(?:تسمم|اختناق)(?![{AR}])")
WOUNDED_CASE_RE = re.compile(f"\\s+ل(?:ل)?(?:مصابين|جرحي)(?![{AR}])")  # سبع حالات لمصابين (folded): cases of the wounded
CASE_WINDOW = 8  # words back from cases to the victim noun after عدد (عدد المصابين في الحادث (50) حالة)
NUMBER_OF_RE = re.compile("(?<![\u0621-\u064a])[وبل]?عدد(?![\u0621-\u064a])")


# How badly a part of the wounded is hurt (ثلاثة منهم إصاباتهم بالغة، اثنان منهم حالتهما حرجة): a severity share.
SEVERITY_NOUNS = ("إصاباتهم", "إصابتهم", "إصاباتهما", "إصابتهما", "إصاباتهن", "حالتهم", "حالاتهم", "حالتهما", "حالتهن",
                  "جروحهم", "جروحهما")
SEVERITIES = ("بالغة", "خطيرة", "خطرة", "حرجة", "بليغة", "طفيفة", "متوسطة", "خفيفة")


@cache
def _severity_share_re() -> re.Pattern[str]:
    """The severity of wounds right after an amount, after منهم or not (ثلاثة منهم إصاباتهم بالغة، 150
    إصاباتهم خطيرة): a part so told has no count of its own, since blind gold leaves such shares of a total
    unmarked (round 9's 3 حالات حرجة)."""
    nouns = "|".join(sorted({_f(w) for w in SEVERITY_NOUNS}))
    grades = "|".join(sorted({_f(w) for w in SEVERITIES}))
    care = f"(?:ب|في\\s+){_f('حالة')}"  # round counts-r87: 3 منهم بحالة حرجة، اثنان منهم في حالة خطيرة
    return re.compile(f"\\s*(?:منهم|منهن|منهما)?\\s+(?:{nouns}|{care})\\s+(?:{grades})(?![{AR}])")


WOUNDS_BEFORE_RE = re.compile(f"(?<![{AR}])(?:ال)?اصاب(?:ات|ه)\\s+$")  # إصابات before the amount (folded)
SEVERITY_OF_PART_RE = re.compile(f"\\s*(?:منهم|منهن|منهما)\\s+(?:{'|'.join(sorted({fold_word(w) for w in SEVERITIES}))})(?![{AR}])")
NEXT_WORD_RE = re.compile(f"\\s+([{AR}]+)")
# من بين المصابين في الاشتباكات، 4 أشخاص حالتهم خطيرة: the wounded named before, a share of them (folded)
AMONG_HURT_BEFORE_RE = re.compile(f"(?<![{AR}])من\\s+بين\\s+(?:ال)?(?:مصابين|جرحي)(?:\\s+[{AR}]+){{0,3}}\\s*[،,]?\\s*$")
PART_BEFORE_RE = re.compile("(?<![\u0621-\u064a])(?:من\\s+)?(?:بينهم|منهم|بينهن|منهن|بينهما|منهما)\\s*$")  # بينهم 150 إصاباتهم خطيرة


# A part of the wounded told by where it is treated (نقل 13 منهم إلى العناية المركزة) and the next part of that list
# (و20 تحت العلاج): shares of a toll given before, no counts of their own, as a part told by how badly it is hurt.
CARE_OF_PART_RE = re.compile(f"\\s*(?:منهم|منهن|منهما)\\s+(?:الي\\s+|في\\s+|لل|[لب])(?:ال)?(?:عنايه|انعاش)(?![{AR}])")
TREATED_AFTER_RE = re.compile(f"\\s*(?:تحت\\s+(?:ال)?(?:علاج|ملاحظه|مراقبه)|في\\s+(?:ال)?عنايه)(?![{AR}])")


@cache
def _severity_group_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A group told by how badly it is hurt right after an amount (بإصابات حرجة، حالات متوسطة), the same with another
    group joined by و after it, and a grade joined by و right before an amount (إصابة حرجة وثلاث)."""
    grades = "|".join(sorted({_f(w) for w in SEVERITIES}))
    group = f"\\s*(?:ب)?(?:(?:ال)?(?:اصابات|اصابه|حالات|حاله)\\s+)?(?:{grades})(?![{AR}])"
    return (re.compile(group), re.compile(group + f"\\s*[،,]?\\s*و\\s*[{AR}\\d]+" + group),
            re.compile(f"(?<![{AR}])(?:{grades})\\s*[،,]?\\s*و\\s*$"))


def _severity_list(folded: str, start: int, end: int) -> bool:
    """The amount is one of a list of groups told only by how badly they are hurt (وإصابة اثنين بإصابات حرجة وثلاث
    حالات متوسطة): parts of the wounded, no counts (as 3 حالات حرجة), whether a total is written or not."""
    group, followed, after_grade = _severity_group_res()
    return bool(followed.match(folded, end)
                or (after_grade.search(folded, max(0, start - 16), start) and group.match(folded, end)))


def _care_share(folded: str, start: int, end: int, groups: list[tuple[int, CountType | None, bool]]) -> bool:
    """A part of the wounded told by its care (13 منهم إلى العناية المركزة), or the next part joined to it by و
    (و20 تحت العلاج) in the same sentence."""
    if CARE_OF_PART_RE.match(folded, end):
        return True
    if not (groups and groups[-1][1] is None and groups[-1][2]) or not TREATED_AFTER_RE.match(folded, end):
        return False
    return folded[max(0, start - 2):start].strip() == "\u0648" and not SENTENCE_END_RE.search(folded, groups[-1][0], start)


def _severity_share(folded: str, start: int, end: int) -> bool:
    """The amount at ``start:end`` is a part told only by how badly it is hurt: منهم after it (ثلاثة منهم
    إصاباتهم بالغة) or بينهم / منهم before it (جرح 400 آخرون بينهم 150 إصاباتهم خطيرة)."""
    m = _severity_share_re().match(folded, end)
    if m is None:
        noun = NEXT_WORD_RE.match(folded, end)  # 4 أشخاص حالتهم خطيرة: their people noun between (round counts-r93)
        m = _severity_share_re().match(folded, noun.end()) if noun and _is_people(noun.group(1)) else None
    if m is None and WOUNDS_BEFORE_RE.search(folded, max(0, start - 12), start):
        m = SEVERITY_OF_PART_RE.match(folded, end)  # إصابات أربعة منهم بالغة: the wounds' noun before the part
    if m is None:
        return _state_of_some(folded, start, end)
    if m.group().lstrip().startswith("\u0645\u0646"):  # منهم after the amount
        return True
    start = _qualified_start(folded, start)
    return bool(PART_BEFORE_RE.search(folded, max(0, start - 16), start)
                or AMONG_HURT_BEFORE_RE.search(folded, max(0, start - 60), start))


@cache
def _cases() -> frozenset[str]:
    return frozenset(_f(w) for w in CASES)


TOTAL_OF_RE = re.compile("(?<![\u0621-\u064a])[وبل]?(?:عدد|اجمالي|مجموع|حصيله)(?![\u0621-\u064a])")  # (folded)


def _number_of(folded: str, start: int) -> bool:
    """عدد, إجمالي, مجموع or حصيلة among the words just before the amount, in its sentence: the amount is the
    number of the group named after it (بلوغ عدد المصابين (50) حالة، ليرتفع إجمالي الوفيات إلى 15 حالة)."""
    words = WORD_RE.findall(folded, max(0, start - 80), start)[-CASE_WINDOW:]
    return any(TOTAL_OF_RE.fullmatch(w) for w in words) and not SENTENCE_END_RE.search(folded, max(0, start - 80), start)


NUMBER_OF_GROUP_WORDS = 2  # words after عدد to the victims' noun (عدد الأشخاص المعتقلين)


QUOTED_OF_RE = re.compile("\\s+من\\s*[\"«“”']\\s*([\\u0621-\\u064a]+)")


def _quoted_things_after(folded: str, end: int) -> bool:
    """A من-phrase after the amount names things or animals in quote marks (المئات من "الضبان"), which the amounts
    leave with no counted noun."""
    m = QUOTED_OF_RE.match(folded, end)
    return bool(m) and _is_thing(m.group(1))


def _group_after_number_of(folded: str, end: int) -> CountType | None:
    """The amount before عدد is the number of the group named after it (ما رفع إلى خمسة عدد الأشخاص
    المعتقلين): the fate its victim noun, within two words, tells; or (round counts-r91) the trigger verb of a
    relative clause on people (ارتفع إلى 25 عدد الأشخاص الذين لقوا مصرعهم)."""
    words = WORD_RE.findall(folded, end, min(len(folded), end + 80))
    for i, word in enumerate(words[:NUMBER_OF_GROUP_WORDS]):
        if _lookup(word, _victims_and_status()):
            return _trigger(word)
        if _is_people(word) and i + 1 < len(words) and words[i + 1] in _f_set(RELATIVES):
            for verb in words[i + 2:i + 2 + RELATIVE_VERB_WORDS]:
                if verb in NEGATIONS:
                    return None
                kind = _trigger(verb)
                if kind:
                    return kind
            return None
    return None


RELATIVES = ("الذين", "اللذين", "اللذان", "اللواتي", "اللاتي", "اللتين", "اللتان")
RELATIVE_VERB_WORDS = 2  # words after the relative to its trigger verb (الذين لقوا مصرعهم، الذين تم اعتقالهم)


# A toll that rose or came to the amount (ارتفع إلى 9، ليصل إلى 12), the group named later by عدد (round counts-r91).
RISE_TO_RE = re.compile("(?<![\u0621-\u064a])[وفل]?(?:ارتفع|يرتفع|ترتفع|وصل|يصل|تصل)\\s+الي\\s*$")
PARTS_AFTER_RE = re.compile("\\s*(?:من\\s+)?(?:بينهم|منهم)(?![\u0621-\u064a])")
RISE_PARTS_REACH = 250  # characters after the amount to the عدد that names its group


def _rise_then_number_of(folded: str, start: int, end: int) -> CountType | None:
    """The amount a toll rose to, its parts listed after بينهم before the group is named by عدد (ارتفع إلى 9
    بينهم رئيس المجلس وخمسة أطفال، ومواطنة عدد القتلى): the fate of the group after عدد."""
    if not RISE_TO_RE.search(folded, max(0, start - 20), start) or not PARTS_AFTER_RE.match(folded, end):
        return None
    stop = SENTENCE_END_RE.search(folded, end, end + RISE_PARTS_REACH)
    span_end = stop.start() if stop else min(len(folded), end + RISE_PARTS_REACH)
    for m in NUMBER_OF_RE.finditer(folded, end, span_end):
        return _group_after_number_of(folded, m.end())
    return None


# A toll named first, a long phrase on its event, then the number it rose to (ارتفعت حصيلة قتلى المعارك، التي تدور
# في المدينة بين ... وتنظيم داعش إلى 11 شخصا): the victim noun after عدد/حصيلة gives the fate (round counts-r103).
TOLL_RISEN_RE = re.compile("(?<![\u0621-\u064a])[وفل]?(?:ارتفع|ارتفعت|وصل|وصلت|بلغ|بلغت)\\s+(?:عدد|حصيله)\\s+"
                           "((?:ال)?[\u0621-\u064a]+)(?:\\s+[^\\d.!?؟\\n]*)?\\sالي\\s*$")
TOLL_RISEN_REACH = 250  # characters back from the amount to the verb of the toll, in its sentence


def _toll_risen_to(folded: str, start: int) -> CountType | None:
    """The amount a toll rose to, after إلى, when the toll is named further back in its sentence than the trigger
    window reaches (ارتفعت حصيلة قتلى المعارك ... إلى 11 شخصا): the fate its victim noun gives, no number between."""
    left = _sentence_start(folded, start, TOLL_RISEN_REACH, 0)
    m = TOLL_RISEN_RE.search(folded, left, start)
    if m is None or any(_ill(w) for w in WORD_RE.findall(m.group())):
        return None  # ارتفع عدد المصابين بفيروس كورونا في ... إلى 120: the sick, no victims
    hit = _lookup(m.group(1), _victims_and_status())
    both = WORD_RE.match(folded, m.end(1) + 1) if folded[m.end(1):m.end(1) + 1] == " " else None
    if both and both.group()[:1] == "\u0648" and _lookup(both.group()[1:], _victims_and_status()):
        return None  # ارتفعت حصيلة القتلى والمصابين إلى 40: the dead and hurt together, a total (round counts-r37)
    return _triggers().get(hit) if hit else None


def _partitive(folded: str, amount_end: int, obj_end: int) -> bool:
    """The counted noun comes after من (سبعة من الفرقة): a part of a group of people."""
    return "\u0645\u0646" in WORD_RE.findall(folded, amount_end, obj_end)[:1]


COORDINATION_GAP = 4  # words between two amounts that still share a verb (قتل 5 جنود و3 مدنيين)
BRACKETED_RE = re.compile(r"\([^()]*\)")  # a bracket (the names of those counted) takes no room from the gap


def _trigger_floor(folded: str, start: int, previous_end: int, noun_end: int) -> int:
    """How far back a trigger may be sought: not past an amount far before (more words from its end
    than a coordination holds), whose trigger it is, nor into its counted noun (385 مصابا ومريضا،
    فيما بلغت بلاغات الحوادث 143) (ووفاة ستة أشخاص كانوا في المركبة وصادف وجود ثلاثة أشخاص)."""
    if previous_end and len(WORD_RE.findall(BRACKETED_RE.sub(" ", folded[previous_end:start]))) > COORDINATION_GAP \
            and folded[start - 1:start] != "\u0648" and folded[max(0, start - 2):start] != "\u0648 ":
        return max(previous_end, noun_end)  # but ... 25 متطرفا من تنظيم النصرة وسبعة: a second group of the same verb
    return 0


# Nouns that, after من, name the doer of the deed before them (من قبل مسلحين، من طرف عصابة).
AGENT_NOUNS = frozenset({"\u0642\u0628\u0644", "\u0637\u0631\u0641"})  # قبل طرف
# Words from قبل/طرف to the amount within which it still belongs to the doer's phrase (not الذين تم إيقافهم من قبل
# القوات العسكرية لاجتيازهم الحدود ... بلغ 23 فردا: the victims' relative clause, then their number).
AGENT_REACH = 5


def _nearby_trigger(folded: str, start: int, end: int, window: int, *, after: int = 0,
                    only: frozenset[str] | None = None, floor: int = 0, following: bool = True) -> CountType | None:
    """The trigger nearest to the amount in its sentence (not past ``floor``): before it, else
    just after, in the same clause (شخصين مترجلين، فقتلت أحدهما: another clause); only before unless ``following``."""
    left = _sentence_start(folded, start, SENTENCE_REACH, floor)
    reach = folded[left:max(left, _qualified_start(folded, start))]
    before = WORD_RE.findall(BRACKETED_RE.sub(" ", reach))  # a qualifier or a bracket (names) takes no room
    first = max(0, len(before) - window)  # triggers within the window; the words before it still void them
    for k in range(len(before) - 1, max(first, 1) - 1, -1):
        done_away = before[k + 1] if k + 1 < len(before) else ""
        if before[k] == "\u0639\u0644\u064a" and _done_away_before(before[max(0, k - 5):k]) \
                and not (done_away.removeprefix("\u0627\u0644") in _illnesses() or _is_thing(done_away)):
            before[k] = "\u0642\u062a\u0644"  # القضاء (إلى حد الآن) على: killing, said otherwise (not القضاء على المرض)
    coordinated = folded[max(0, start - 2):start].strip().endswith("\u0648")  # و3 آخرين: the next victims of a list
    for k in range(len(before) - 1, first - 1, -1):
        word = before[k]
        if _lookup(word, _survivors()):
            return None  # ونجا ما لا يقل عن 118 آخرين: the survivors
        if k and before[k - 1] == "\u0645\u0646" and word in AGENT_NOUNS and not coordinated \
                and len(before) - k <= AGENT_REACH:
            return None  # اختطافه من قبل مجموعة تتكون من 4 أفراد: those who did it, not its victims
        if _trigger(word) and (_holds_own_object(before, k) or _club_name(before, k) or _hajar_no_home(word, folded, end)):
            return None  # لفقدهم زملاءهم الستة، الاحتفاظ بها ... بازل 3، بنادي هجر ... 1 - 2، منحوا هجر خمسة لاعبين: no fate of the amount
        if _trigger(word) and _not_yet(before, k):
            return None  # أمرت النيابة باعتقال 9 (not المعتقلين further back): an arrest ordered, none made
        if _trigger(word) and not coordinated and _verb_of_earlier_count(before, k, 0 < floor == left):
            return None  # 101 شخص أصيبوا، كما أجلت السلطات 9900 شخص: the verb is the 101's, not the 9900's
        kind = _fell_wounded(before, k) or _trigger(word)
        if kind and (only is None or (kind in only and not _lookup(word, _victims()))) and not _void_trigger(before, k):
            return kind
    if not following:
        return None
    m = SENTENCE_END_RE.search(folded, end, end + 200)
    stretch = end, m.start() if m else min(len(folded), end + 200)
    commas = [c.start() for c in CLAUSE_END_RE.finditer(folded, *stretch)]
    words = list(WORD_RE.finditer(folded, *stretch))[:MAX_AFTER_WORDS]
    texts = [wm.group() for wm in words]
    budget = after or WINDOW_AFTER
    skip_to = -1
    for k, wm in enumerate(words):
        word = wm.group()
        if wm.start() < skip_to:
            continue
        if word in _relative_pronouns():
            kind = _part_of_relative(folded, wm.start(), texts[k + 1:k + 2]) \
                or (_done_in_relative(texts[k + 1:k + 1 + RELATIVE_DONE_WORDS]) if k <= 1 else None)
            if kind and (only is None or kind in only):
                return kind  # 640 من الأشخاص الذين قتلوا: a part of those the clause names; شخصين اللذين تم القبض عليهما
            nxt = next((c for c in commas if c > wm.start()), None)
            if nxt is None:
                break
            skip_to = nxt  # اثنين من الركاب الذين لم يعرف عددهم، قتلا: the relative clause is skipped
            continue
        if word in CLAUSE_BREAKS or commas and wm.start() > commas[0] and word[:1] in "\u0648\u0641" or word in _additions():
            break  # شخصين مترجلين، فقتلت أحدهما: a new clause after the comma; بالإضافة إلى إصابة 89: a new item
        if word[:1].isdigit() and not (k and texts[k - 1] in _subset_words()) \
                and not (k and texts[k - 1] == "\u0648" and words[k - 1].end() == wm.start()):
            break  # (but بينهم 12 طفلا و6 نساء قتلوا: a part joined by و goes on to the verb, as ست does)
        if k and texts[k - 1] == UNTIL and word == DEATH:
            return "killed" if only is None or "killed" in only else None  # ثلاثة شبان حتى الموت  # 62 عنصرا ... 29 منهم تم إيقافهم: what follows is the next number's (not 297 شخصا بينهم 37 أجنبيا اعتقلوا)
        if k and texts[k - 1] in _states():
            continue  # 74 شخصا من بينهم 42 بحالة إيقاف: the state of the part
        if k == 0 and word[:1] == "\u0648" and _trigger(word) in STATUS_TYPES and _lookup(word, _victims_and_status()):
            continue  # ألفي مهاجر ولاجئ لقوا حتفهم: a second noun of the same people, not their fate
        if _lookup(word, _event_nouns()) and k + 1 < len(texts) and _own_object(texts[k + 1]) \
                and not (k == 0 and word[:1] == "\u0628"):  # 67 شخصا بإصابات متفاوتة الخطورة: what they have
            break  # يقطنها 56 ألف شخص، بعد مقتل بائع السمك: the event of its own object
        if word[:1] in "\u0648\u0641" and not _lookup(word, _victims_and_status()) and _trigger(word):
            break  # 3 رشاشات وقتل طواقمها: the verb of the next clause
        chain = word.startswith("\u0627\u0644") or word == "\u0645\u0646" or word[:1] in "\u0644\u0628" and len(word) >= 4 \
            or word in _subset_words() or word == "\u0648"  # (a bare و: the one glued to a digit)
        if not chain:
            budget -= 1  # من الحرس الشخصي لرئيس مجلس الدولة أصيبا، 13 رجلا بينهم زعيم عشيرة خطفوا: a partitive chain or a subset costs nothing
        forced = _forced_to(texts, k)
        if forced and (only is None or forced in only):
            return forced  # 20 مليون شخص أجبروا على النزوح: the fate they were forced to
        held = _status_adjective(texts, k, _definite_chain(folded, start, end))
        if held and (only is None or held in only):
            return held  # 101 من الصيادين المصريين، المحتجزين لدى السلطات: the held fishermen (round counts-r103)
        if word.startswith("\u0627\u0644") and not (k and texts[k - 1] in ("\u0639\u062f\u0627\u062f", "\u0628\u0639\u062f\u0627\u062f")) \
                and not _predicate_of_amount(texts, k) or word.startswith("\u0644\u0644") and _lookup(word, _victims_and_status()):
            continue  # اللاجئين، للمصابين after the amount are another group (but في عداد المفقودين، تم القبض عليهم)
        kind = _predicate_of_amount(texts, k) or _fell_wounded(texts, k) or _trigger(word)
        closed = any(wm.end() <= c < words[k + 1].start() for c in commas) if k + 1 < len(words) else True
        if kind and (_other_fate(texts, k) or _has_object(texts[:k + 1] if closed else texts, k)):
            return None  # 102 مسلحين قتلوا أو اعتقلوا: either fate; مسلحين اثنين قتلوا ستة أشخاص: the killers
        if kind and (only is None or (kind in only and not _lookup(word, _victims()))) \
                and not _void_trigger(texts, k):
            return kind
        if budget <= 0:
            comma = next((c for c in commas if c > wm.start()), len(folded))
            return _predicate_after_qad(texts[k:], only, sum(1 for w in words[k:] if w.start() < comma))  # أربعة إيطاليين يعملون في شركة ... قد اختطفوا
    return None


KEPT_RE = re.compile("(?<![\u0621-\u064a])[وف]?احتفظ(?:ت|وا)?(?P<between>(?:\\s+\\S+){0,4})\\s+ب(?:ـ)?\\s*$")
# The bodies that hold people in the Maghreb's usage: an احتفظ verb with one of them near is custody, not a cabinet
# or a team that kept its members (احتفظت الوزارة بثلاثة موظفين).
CUSTODIANS = ("الوحدات", "وحدات", "الأمنية", "الأمن", "الحرس", "الشرطة", "أعوان", "الأعوان", "فرقة", "الفرقة", "النيابة")
CUSTODIAN_REACH = 80  # characters before the verb where its subject stands (وحدات الحرس الوطني بكامل تراب الجمهورية، احتفظت)


def _kept_in_custody(folded: str, start: int) -> bool:
    """احتفظ then ب right before the people, with a security body as its subject near (before or between): held in
    custody, the verb of the Maghreb's الاحتفاظ بـ."""
    start = _qualified_start(folded, start)
    m = KEPT_RE.search(folded, max(0, start - 60), start)
    if not m:
        return False
    near = WORD_RE.findall(folded, max(0, m.start() - CUSTODIAN_REACH), m.start()) + WORD_RE.findall(m["between"])
    return any(w.removeprefix("\u0648") in _f_set(CUSTODIANS) for w in near)


CAUGHT_RE = re.compile("(?<![\u0621-\u064a])[وف]?(?:ضبط|ضبطت|ضبطوا|بضبط|لضبط)(?:\\s+\\S+){0,10}\\s*$")


def _caught(folded: str, start: int, obj_word: str | None) -> bool:
    """ضبط a few words before people is an arrest, but not of workers or violators, whom dev gold
    leaves (ضبط ثلاثة من العمالة، ضبط 2986 مخالفا): things caught (ثلاجة، مستحضر) never count."""
    start = _qualified_start(folded, start)
    return bool(CAUGHT_RE.search(folded, max(0, start - 120), start)) and not (
        obj_word and _lookup(obj_word, _violators()))


@cache
def _violators() -> frozenset[str]:
    return frozenset(_f(w) for w in ("عمال", "عاملا", "عامل", "عاملة", "عمالة", "مخالف", "مخالفا", "مخالفين", "متسول", "متسولين",
                                     "متسولا", "مجهولي"))


def _own_object(word: str) -> bool:
    """A word after an event noun that is its object (مقتل بائع، اعتقال 5، مقتل الشاب), not a
    preposition, adverb or qualifier (مقتل في، مقتل نحو)."""
    return bool(word) and word not in _function_words() and word not in _qualifier_heads() \
        and not _lookup(word, _victims_and_status()) and not _trigger(word)


@cache
def _function_words() -> frozenset[str]:
    from .amounts import FUNCTION_WORDS
    return frozenset(_f(w) for w in FUNCTION_WORDS + NOT_NOUNS + ("بسبب", "نتيجة", "وسط", "اثناء", "جراء"))


def _predicate_after_qad(words: list[str], only: frozenset[str] | None, open_words: int = 0) -> CountType | None:
    """Past the usual reach, the verb of the amount's clause said with قد (يذكر أن أربعة إيطاليين
    يعملون في شركة للبناء قد اختطفوا), if no other number or clause comes first; or a masculine plural trigger
    verb in the amount's clause, no relative before it (25 من ميليشيات الحوثي وقوات موالية للرئيس المخلوع علي صالح
    قتلوا: round counts-r103), unless it has its own object or another fate."""
    for k, word in enumerate(words[1:], start=1):
        if word[:1].isdigit() or word in CLAUSE_BREAKS or (word[:1] in "\u0648\u0641" and _trigger(word)):
            return None
        if words[k - 1] in ("\u0642\u062f", "\u0648\u0642\u062f"):  # قد وقد
            kind = _trigger(word)
            return kind if kind and (only is None or kind in only) and not _lookup(word, _victims()) else None
        if word.endswith("\u0648\u0627") and k < min(open_words, PLURAL_VERB_REACH) and not _lookup(word, _victims()) \
                and not any(w in _relative_pronouns() for w in words[:k]):
            kind = _trigger(word)  # 25 من ميليشيات الحوثي وقوات موالية للرئيس المخلوع علي صالح قتلوا (round counts-r103)
            if kind:
                return kind if (only is None or kind in only) and not _other_fate(words, k) \
                    and not _has_object(words, k) and not _void_trigger(words, k) else None
    return None


PLURAL_VERB_REACH = 12  # words past the usual reach to a masculine plural verb (قتلوا) that is the amount's predicate


def _definite_chain(folded: str, start: int, end: int) -> bool:
    """The amount's counted noun, from ``start`` to ``end``, is a definite partitive (101 من الصيادين المصريين)."""
    words = WORD_RE.findall(folded, start, end)
    return len(words) >= 3 and words[1] == FROM and all(w.startswith("\u0627\u0644") for w in words[2:])


def _status_adjective(words: Sequence[str], k: int, chain: bool = False) -> CountType | None:
    """A definite participle of a status (المحتجزين، المفقودين، المختطفين، النازحين) closing a definite partitive
    chain right after the amount (101 من الصيادين المصريين المحتجزين): an adjective of the group counted, its fate;
    ``chain``: the counted noun already ends such a chain (only definite words then stand before the participle)."""
    word = words[k]
    if not word.startswith("\u0627\u0644"):
        return None
    definite = all(w.startswith("\u0627\u0644") for w in words[:k])  # (an adjective between: المصريين)
    if not (chain and definite) and (k < 2 or words[0] != FROM or not definite and not all(
            w.startswith("\u0627\u0644") for w in words[1:k])):
        return None
    hit = _lookup(word, _victims_and_status())
    kind = _triggers().get(hit) if hit else None
    return kind if kind in STATUS_TYPES else None


def _done_away_before(words: Sequence[str]) -> bool:
    """القضاء among the words before على with no trigger after it (القضاء إلى حد الآن على), so that the على
    is its own (not القضاء عليهم مع إلقاء القبض على أربعة: the على of القبض)."""
    for word in reversed(words):
        if word.removeprefix("\u0648") in _doing_away():
            return True
        if _trigger(word):
            return False
    return False


@cache
def _doing_away() -> frozenset[str]:
    """القضاء على: killing, said otherwise (not the verb: قضت المحكمة على 3 متهمين بالسجن)."""
    return frozenset(_f(w) for w in ("القضاء", "بالقضاء", "للقضاء"))


KEEPING = "\u0627\u062d\u062a\u0641\u0627\u0638"  # احتفاظ folded: custody only with ب and its object right after it
RESUMPTIVES = ("عليهم", "عليهما", "عليهن", "عليه", "بهم", "بهما", "بهن", "به")  # the pronoun an arrest noun after the amount takes


@cache
def _resumptives() -> frozenset[str]:
    return frozenset(_f(w) for w in RESUMPTIVES)


def _predicate_of_amount(texts: Sequence[str], k: int) -> CountType | None:
    """القبض، الاحتفاظ or القضاء after the amount with a pronoun for it next to it (تم القبض عليهم، ألقت عليهم
    القبض، تم الاحتفاظ بهما، تم القضاء عليهم): the amount's own fate, not that of others it names (القبض على
    اثنين منهم)."""
    kind = _predicate_nouns().get(texts[k])
    return kind if kind and any(texts[j] in _resumptives() for j in (k - 1, k + 1) if 0 <= j < len(texts)) else None


@cache
def _predicate_nouns() -> dict[str, CountType]:
    """Nouns with the article that only make a predicate with a pronoun (تم القبض عليهم، تم القضاء عليهم)."""
    return {_f("القبض"): "arrested", _f("الاحتفاظ"): "arrested", _f("القضاء"): "killed"}


def _part_of_relative(folded: str, start: int, following: Sequence[str]) -> CountType | None:
    """A relative pronoun at ``start`` after من and a definite noun (640 من الأشخاص الذين قتلوا): the
    trigger verb right after it (``following[0]``) is the fate of the group the amount is a part of."""
    before = WORD_RE.findall(folded, max(0, start - 40), start)[-2:]
    if len(before) < 2 or before[0] != "\u0645\u0646" or not before[1].startswith("\u0627\u0644") or not following:
        return None
    verb = following[0]
    return None if _void_trigger(list(following), 0) else _trigger(verb)


RELATIVE_DONE_WORDS = 4  # words after a relative pronoun to the trigger done to the people (اللذين تم إلقاء القبض عليهما)
ON_THEM = frozenset({ON + p for p in ("\u0647\u0645", "\u0647\u0645\u0627", "\u0647\u0646")})  # عليهم عليهما عليهن


@cache
def _auxiliaries() -> frozenset[str]:
    return _f_set(("تم", "وتم", "جرى", "قد", "وقد"))


def _done_in_relative(following: Sequence[str]) -> CountType | None:
    """The relative clause right after the people counted (شخصين آخرين اللذين تم إلقاء القبض عليهما، ثلاثة شبان الذين
    اعتقلتهم الشرطة): a trigger done to them (its object pronoun, or على with one right after it) is their fate."""
    words = list(following)
    if words and words[0] in _auxiliaries():
        words = words[1:]
    for k, word in enumerate(words[:3]):
        kind = _trigger(word)
        if kind is None:
            continue
        done = (word.endswith(OBJECT_PRONOUNS) and not _lookup(word, _victims_and_status())) \
            or (k + 1 < len(words) and words[k + 1] in ON_THEM)
        return kind if done and not _void_trigger(words, k) else None
    return None


WHERE_WORDS = 5  # words of a relative clause telling where people were (الذين كانوا على متن المروحية)


@cache
def _where_clause_re() -> re.Pattern[str]:
    pronouns = "|".join(sorted(_relative_pronouns()))
    return re.compile(f"\\s*(?:{pronouns})\\s+(?:كانوا|كانا|كن|كانتا)((?:\\s+[{AR}]+){{1,{WHERE_WORDS}}}?)\\s+([{AR}]+وا)(?![{AR}])")


def _predicate_past_where(folded: str, end: int) -> CountType | None:
    """The people counted, a relative clause of where they were, then their plural trigger verb (الركاب الخمسة الذين
    كانوا على متن الطائرة قتلوا): the verb is their predicate; not one inside the clause or with its own object."""
    m = _where_clause_re().match(folded, end)
    if m is None or any(_trigger(w) for w in m.group(1).split()):
        return None
    words = WORD_RE.findall(folded, m.start(2), m.end(2) + 40)[:3]
    kind = _trigger(words[0])
    if kind is None or _void_trigger(words, 0) or _other_fate(words, 0) or _has_object(words, 0):
        return None
    return kind


@cache
def _relative_pronouns() -> frozenset[str]:
    return frozenset(_f(w) for w in ("الذين", "اللذين", "اللتين", "التي", "الذي", "اللواتي", "اللاتي"))


# --- round counts-r23: precision classes of a second audit (SaudiNewsNet 0-11999, 250 items) ---

KIN = ("أسرة", "أسر", "عائلة", "عائلات", "عائلت", "ذوي", "ذوو", "أهالي", "أقارب", "أسرت")  # (عائلت: the dual's stem)
VICTIMS_OF_KIN = ("شهيد", "شهداء", "شهيدي", "ضحايا", "ضحية", "قتلى", "قتيل", "المتوفين", "متوفين", "المفقودين", "مفقودين",
                  "الأسرى", "أسرى", "المعتقلين", "معتقلين", "المختطفين", "مختطفين",
                  "المصابين", "مصابين", "الجرحى", "جرحى")  # round counts-r88: استضافت 18 أسرة من المصابين


@cache
def _kin() -> frozenset[str]:
    return frozenset(_f(w) for w in KIN)


@cache
def _victims_of_kin() -> frozenset[str]:
    return frozenset(_f(w) for w in VICTIMS_OF_KIN)


def _kin_of_victims(folded: str, obj_word: str, obj_end: int) -> bool:
    """The amount counts families or kin whose victims are named after them (12 ألفا من أسر ذوي الشهداء،
    خمس عائلات من ذوي الضحايا، عائلتي شهيدي الواجب), also people taken من such kin (10 أفراد من عائلات
    ضحايا المركب، 12 فردا من أهالي الشهداء): the relatives, not the victims (but أسر 40 شهيدا)."""
    words = WORD_RE.findall(folded, obj_end, min(len(folded), obj_end + 50))[:4]
    if not _lookup(obj_word, _kin()) and not (
            _is_people(obj_word) and words[:1] == ["\u0645\u0646"] and len(words) > 1 and _lookup(words[1], _kin())):
        return False
    for word in words:
        if word == "\u0645\u0646" or _lookup(word, _kin()):
            continue  # من، أسر، ذوي: the chain of kin
        return bool(_lookup(word, _victims_of_kin()))
    return False


RESULT_WORDS = ("تعادل", "بتعادل", "التعادل", "فاز", "فوز", "بفوز", "الفوز", "خسر", "خسارة", "بخسارة", "تقدم", "بنتيجة",
                "هزم", "هزيمة", "تغلب", "الشوط", "المباراة", "مباراة")
GOALS_AFTER_RE = re.compile("\\s*(?:لكل\\s|دون\\s+رد|مقابل\\s)")
GOAL_WORDS = 6  # words back to a match's result


@cache
def _result_words() -> frozenset[str]:
    return frozenset(_f(w) for w in RESULT_WORDS)


def _goals(folded: str, start: int, obj_word: str, obj_end: int) -> bool:
    """إصابة counts goals in a match's result (تعادل الفريقين بإصابتين لكل منهما، فاز بثلاث إصابات دون رد),
    not wounds."""
    if _trigger(obj_word) != "injured" or not obj_word.removeprefix("\u0628").removeprefix("\u0644").startswith(
            ("\u0627\u0635\u0627\u0628", "\u0635\u0627\u0628")):  # إصاب-
        return False
    words = WORD_RE.findall(folded, _sentence_start(folded, start, SENTENCE_REACH), start)[-GOAL_WORDS:]
    return any(w in _result_words() for w in words) or bool(GOALS_AFTER_RE.match(folded, obj_end))


BIRTHS = ("ولادة", "ولادات", "مواليد", "مولود", "المواليد", "الولادات", "الولادة")


@cache
def _births() -> frozenset[str]:
    return frozenset(_f(w) for w in BIRTHS)


def _against_births(folded: str, start: int, obj_word: str) -> bool:
    """Deaths set against births in the sentence (266 ولادة مقابل 110 وفيات): a natural statistic, no victims."""
    if _trigger(obj_word) != "killed" or not _lookup(obj_word, _f_set(("وفاة", "وفيات", "حالة", "حالات"))):
        return False
    words = WORD_RE.findall(folded, _sentence_start(folded, start, SENTENCE_REACH), start)
    return any(_lookup(w, _births()) for w in words)


@cache
def _f_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_f(w) for w in words)


SLASH_THING_RE = re.compile(f"\\s*/\\s*([{AR}]+)")


def _thing_after_slash(folded: str, end: int) -> bool:
    """A measure after a slash (بني سعد 35/ كيلومترا): a distance, not people."""
    m = SLASH_THING_RE.match(folded, end)
    return bool(m) and _is_thing(m.group(1))


ATTACHED_PRONOUNS = ("\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627", "\u0647\u0646")  # ه ها هم هما هن


def _holds_own_object(words: Sequence[str], k: int) -> bool:
    """A trigger before the amount that has its own object: فقد with a pronoun (لفقدهم زملاءهم: their loss of
    them, a bereavement, not the missing), الاحتفاظ with ب and a pronoun (الاحتفاظ بها: keeping a thing)."""
    word = words[k]
    kind = _trigger(word)
    if kind == "missing":
        stem = word.removeprefix("\u0648").removeprefix("\u0644").removeprefix("\u0628")
        return any(stem == "\u0641\u0642\u062f" + p for p in ATTACHED_PRONOUNS)  # فقدهم، فقده
    nxt = words[k + 1] if k + 1 < len(words) else ""
    return kind == "arrested" and (word.endswith(KEEPING) and nxt[:1] == "\u0628" and nxt[1:] in ATTACHED_PRONOUNS
                                   or _arrested_for(word, nxt))


def _arrested_for(word: str, nxt: str) -> bool:
    """An arrest with its own object pronoun, then ل and the reason's verbal noun with a pronoun (تم توقيفها
    لاستضافتها ناشطتين، اعتقاله لمساعدته ثلاثة مسلحين): the people after are those the reason names, not the
    arrested (round counts-r103)."""
    own = any(word.endswith(p) and len(word) - len(p) >= 4 for p in ATTACHED_PRONOUNS)
    return own and nxt[:1] == "\u0644" and len(nxt) >= 5 and any(nxt.endswith(p) for p in ATTACHED_PRONOUNS) \
        and _trigger(nxt) is None


CLUBS = ("نادي", "بنادي", "لنادي", "ونادي", "النادي", "فريق", "منتخب")


def _club_name(words: Sequence[str], k: int) -> bool:
    """A trigger-shaped word after نادي / فريق is the club's name (نادي هجر), no fate."""
    return k > 0 and words[k - 1] in _f_set(CLUBS)


HAJAR = "\u0647\u062c\u0631"  # هجر
HOMES = ("منازل", "منزل", "ديار", "بيوت", "قري", "مساكن", "مسكن", "اراضي", "ارض", "وطن", "موطن", "مدين", "بلد")  # (folded)
HOME_WORDS = 4  # words after the amount searched for the home left (وهجر 300 شخص منازلهم)


def _hajar_no_home(word: str, folded: str, end: int) -> bool:
    """``word`` is bare هجر (with و or ف) and no home follows within a few words of the amount ending at ``end``:
    unvoweled, in this news nearly always the club (منحوا هجر خمسة لاعبين، جاء هجر ثالثا بـ5 ألقاب) or al-Ahsa's old
    name, not "left their homes" (round counts-r38)."""
    if word.removeprefix("\u0648").removeprefix("\u0641") != HAJAR:
        return False
    after = WORD_RE.findall(folded, end, min(len(folded), end + 60))[:HOME_WORDS]
    return not any(w.removeprefix("\u0627\u0644").startswith(HOMES) for w in after)


REFUGE_RE = re.compile("\\s*(?:علي|الي)\\s+(?:ال)?لجوء(?![\u0621-\u064a])")  # على اللجوء، إلى اللجوء (folded)
DRIVEN_RE = re.compile("[وف]?(?:اجبر|اضطر|ارغم|يضطر|تضطر|يجبر|تجبر|حمل|يحمل|تحمل|دفع|يدفع|تدفع)[\u0621-\u064a]*")
DRIVEN_WORDS = 6  # words back from the amount to the verb that drove them


def _driven_to_refuge(folded: str, start: int, end: int) -> CountType | None:
    """People driven to seek refuge (حملت الأزمة 160 ألف شخص على اللجوء، أجبرت المعارك 5 آلاف شخص على اللجوء):
    displaced; not an asylum request (طلبات اللجوء) nor a resort (دعا إلى اللجوء إلى القضاء)."""
    if not REFUGE_RE.match(folded, end):
        return None
    words = WORD_RE.findall(folded, _sentence_start(folded, start, SENTENCE_REACH), _qualified_start(folded, start))
    return "displaced" if any(DRIVEN_RE.fullmatch(w) for w in words[-DRIVEN_WORDS:]) else None


SHED_BLOOD_RE = re.compile("(?<![\u0621-\u064a])[وب]?سفك\\s+(?:دماء|دم)\\s*$")  # سفك دماء right before the amount


def _shed_blood_of(folded: str, start: int) -> CountType | None:
    """The amount right after سفك دماء (سفك دماء 120 ألف من السجناء): those killed."""
    return "killed" if SHED_BLOOD_RE.search(folded, max(0, _qualified_start(folded, start) - 25), _qualified_start(folded, start)) else None


# A busted cell, network or gang, then the number of its members (الإطاحة بخلية إرهابية تتكون من 10 عناصر، تفكيك شبكة
# مكونة من 6 أشخاص، بخلايا ... يبلغ عدد أفرادها 431 شخصا): its members are taken (folded text).
BUSTED_RE = re.compile("(?<![\u0621-\u064a])[وبل]?(?:ال)?(?:اطاحه|تفكيك|ضبط|اسقاط|الاطاحه|اطاحت|اطاح|فككت|فكك|ضبطت|اسقطت)(?:\\s+[\u0621-\u064a]+){0,2}?\\s+ب?(?:ال)?(?:خليه|خلايا|شبكه|شبكات|عصابه|عصابات)"
                       "(?:\\s+\\S+){0,8}?\\s+(?:تتكون|تتالف|تضم|مكونه|متكونه|المكونه|قوامها|(?:يبلغ|بلغ)\\s+عدد\\s+افرادها)"
                       "(?:\\s+من)?\\s*$")
BUSTED_REACH = 120  # characters back from the amount to the busting verb
PART_TAKEN_RE = re.compile("(?<![\u0621-\u064a])منهم(?![\u0621-\u064a])")  # تم إلقاء القبض على اثنين منهم: only a part


def _busted_members(folded: str, start: int) -> CountType | None:
    """The members of a busted cell or network counted right after it (تفكيك خلية تتكون من 3 عناصر، أطاحت بخلايا
    عنقودية تتكون من 431 إرهابيا: the verb too, round counts-r93): arrested, as C2's and C4's annotators count them; not when the sentence goes on to a part of them (اثنين منهم)."""
    start = _qualified_start(folded, start)
    if not BUSTED_RE.search(folded, max(0, start - BUSTED_REACH), start):
        return None
    stop = SENTENCE_END_RE.search(folded, start, start + 200)
    return None if PART_TAKEN_RE.search(folded, start, stop.start() if stop else start + 200) else "arrested"


RECEPTIONS = ("دعم", "الدعم", "ترحيب", "ترحيبا", "الترحيب", "إقبال", "إقبالا", "الإقبال", "استحسان", "استحسانا", "رواج", "رواجا",
              "قبول", "قبولا", "القبول", "صدى", "اهتمام", "اهتماما", "الاهتمام", "تفاعل", "تفاعلا", "التفاعل", "تأييد", "تأييدا",
              "التأييد", "معارضة", "رفض", "رفضا", "الرفض", "انتقاد", "انتقادات", "انتقادا", "استجابة", "تجاوب", "تجاوبا",
              "إشادة", "إشادات", "الإشادة", "ثناء", "إعجاب", "إعجابا", "الإعجاب", "مساندة", "تشجيع", "تشجيعا", "دعما", "حفاوة",
              "استقبالا", "استقبال", "معاملة", "صعوبة", "صعوبات", "منافسة")


def _met_with(words: Sequence[str], k: int) -> bool:
    """لقي before a noun of reception, or its subject and then one (لقي دعم 4 اتحادات، لقيت الفكرة ترحيبا): met
    with, not met death."""
    stem = words[k].removeprefix("\u0648").removeprefix("\u0641")
    following = list(words[k + 1:k + 6])
    if tuple(following[:3]) == SEEMINGLY:
        following = following[3:]  # طلب لقي على ما يبدو استجابة (round counts-r93)
    return stem in _f_set(("لقي", "لقيت", "لقوا", "يلقى", "تلقى")) \
        and any(w in _f_set(RECEPTIONS) for w in following[:2])  # (لقيت الفكرة ترحيب: past its subject)


SEEMINGLY = (_f("على"), _f("ما"), _f("يبدو"))  # an aside between لقي and what it met with


def _particle_qad(words: Sequence[str], k: int) -> bool:
    """فقد before an imperfect verb is ف and the particle قد (فقد يصل التنويع إلى أكثر من خمسة): no loss."""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    return words[k] == "\u0641\u0642\u062f" and nxt[:1] in "\u064a\u062a" and nxt in _qualifier_heads()


DEATH_VERBS = ("توفي", "توفيت", "رحل", "رحلت", "مات", "ماتت", "يتوفى", "غيب", "غيبه")
AGE_MAX = 130  # years a bare number after توفي ... عن may be


def _age_after_death(folded: str, start: int, value: float) -> bool:
    """A bare number right after عن with a death verb before it in the sentence (توفي الروائي ... عن 71): his age."""
    if value > AGE_MAX or not ABOUT_BEFORE_RE.search(folded, max(0, start - 6), start):
        return False
    words = WORD_RE.findall(folded, _sentence_start(folded, start, SENTENCE_REACH), start)
    return any(w.removeprefix("\u0648") in _f_set(DEATH_VERBS) for w in words)


ABOUT_BEFORE_RE = re.compile("(?<![\u0621-\u064a])\u0639\u0646\\s*$")  # عن right before the number
YEAR_BEFORE_RE = re.compile("(?<![\u0621-\u064a])(?:في\\s+)?(?:سنه|عام)\\s*$")  # مات سنة 639 (folded): a year (not هذا العام 135 حالة وفاة)


def _relative_event_after(folded: str, end: int) -> CountType | None:
    """A relative pronoun right after the status noun and a killing or wounding verb after it (الأسرى الخمسة الذين
    توفوا، المعتقلين الذين قتلوا): what befell them beats who they were."""
    words = WORD_RE.findall(folded, end, min(len(folded), end + 40))[:2]
    if len(words) < 2 or words[0] not in _relative_pronouns():
        return None
    kind = _trigger(words[1])
    return kind if kind in EVENT_TYPES and not _void_trigger(words, 1) else None


# --- round counts-r58: people tried and a group's make-up (SaudiNewsNet 0-11999, ANT 0-4999, 60 articles read) ---

# A judicial act right before the amount (القاضي بإحالة 21 شخصا، قررت محاكمة 12 متهما، اتهام 5 أشخاص): those tried
# or charged, also after the verb and its subject (أدانت المحكمة 3 رجال), never the dead or wounded of the killing
# their case is about (not an arrest: اعتقال وإحالة 5 holds them).
TRIED_RE = re.compile("(?<![\u0621-\u064a])(?:[وفبل]?(?:ال)?(?:احاله|محاكمه|اتهام|ادانه|مقاضاه)"
                      "|[وف]?(?:احال|احالت|حاكمت|اتهمت|ادانت)(?:\\s+ال[\u0621-\u064a]+)?)\\s*$")  # (أدانت المحكمة 3 رجال)


def _tried(folded: str, start: int) -> bool:
    """A judicial act (إحالة، محاكمة، اتهام، إدانة) right before the amount or its qualifier: the people tried."""
    start = _qualified_start(folded, start)
    return bool(TRIED_RE.search(folded, max(0, start - 30), start))


# The make-up of a group right before the amount (المكونة من 10 أشخاص، التي تتكون من 7 عناصر) with one or some of its
# members named before it (القبض على أحد عناصر المجموعة المكونة من 10 أشخاص): the group's size, not those the verb
# befell (but القبض على عصابة مكونة من 5 أشخاص: all of them, as _busted_members reads them).
MAKEUP_RE = re.compile("(?<![\u0621-\u064a])(?:ال)?(?:مكونه|متكونه|مولفه|مؤلفه|تتكون|يتكون|تتالف|يتالف)\\s+من\\s*$")
ONE_MEMBER_RE = re.compile("(?<![\u0621-\u064a])[وبل]?(?:احد|احدي|بعض)\\s+(?:ال)?(?:عناصر|افراد|اعضاء|عضوات)(?![\u0621-\u064a])")
MAKEUP_REACH = 90  # characters back from the make-up to the member taken


def _size_of_group_of_one(folded: str, start: int) -> bool:
    """The amount gives the size of a group one or some of whose members the sentence names before it."""
    start = _qualified_start(folded, start)
    makeup = MAKEUP_RE.search(folded, max(0, start - 30), start)
    if not makeup:
        return False
    floor = _sentence_start(folded, makeup.start(), MAKEUP_REACH)
    return bool(ONE_MEMBER_RE.search(folded, max(floor, makeup.start() - MAKEUP_REACH), makeup.start()))


# A verb or noun of slaughter a few words before people counted (ذبحوا عشرة أشخاص، ذبح المسلحون 12 مدنيا، عن ذبح 7
# أشخاص): killed. Not a trigger of its own: the animals slaughtered (ذبح 50 رأسا، نحر 30 جملا) are no victims.
SLAUGHTER_RE = re.compile("(?<![\u0621-\u064a])[وفب]?(?:ال)?(?:ذبح|ذبحوا|ذبحت|يذبحون|نحر|نحروا)"
                          "(?:\\s+ال[\u0621-\u064a]+)?\\s*$")  # (its subject between: ذبح المسلحون)


def _slaughtered(folded: str, start: int) -> CountType | None:
    """Killed when a word of slaughter stands right before the people counted (or their qualifier), its subject between."""
    start = _qualified_start(folded, start)
    return "killed" if SLAUGHTER_RE.search(folded, max(0, start - 30), start) else None


# --- round counts-r88: the errors of opened C9 and C10 ---

FLED = ("فرار", "الفرار", "فر", "فروا", "فرت")  # the flight of inmates right before them
CAPTIVES = ("أسير", "أسيرا", "أسرى")  # prisoners of war, inmates as INMATES are


def _inmate(word: str) -> bool:
    """An inmate or a captive (سجين، موقوف، أسير), with its glued particles."""
    return bool(_lookup(word, _inmates()) or _lookup(word, _f_set(CAPTIVES)))


def _escaped_before(folded: str, start: int) -> bool:
    """A word of flight right before the inmates counted (فرار أكثر من 600 أسير، وفر 40 سجينا): they got away;
    هروب before an amount is ``_escapes``'s already."""
    return _before_amount(folded, start).removeprefix("\u0648") in _f_set(FLED)


def _suspended_after(folded: str, obj_end: int) -> bool:
    """موقوف right after the players counted (خمسة لاعبين موقوفين): a sports suspension, as ``_benched`` reads إيقاف
    with a penalty word; no arrest."""
    after = WORD_RE.findall(folded, obj_end, obj_end + 20)[:1]
    return bool(after) and after[0].removeprefix("\u0627\u0644") in _suspended()


# الإطاحة ب right before people (Tunisian newsrooms: الإطاحة بثلاثة عناصر، الإطاحة بـ 4 أشخاص): they were caught.
BROUGHT_DOWN_RE = re.compile("(?<![\u0621-\u064a])[وبل]?(?:ال)?اطاحه\\s+ب\\s*$")


def _brought_down(folded: str, start: int) -> bool:
    """الإطاحة ب right before the people counted or their qualifier: an arrest (as ``_busted_members`` for a cell)."""
    start = _qualified_start(folded, start)
    return bool(BROUGHT_DOWN_RE.search(folded, max(0, start - 16), start))


# A capacity before refugees taken in (قادرة على استقبال 200 ألف لاجئ، طاقة استيعاب 5000 نازح): how many a place
# could take, no refugees counted (but استقبلت تركيا 1.8 مليون لاجئ: those it has).
CAPACITY_RE = re.compile("(?<![\u0621-\u064a])(?:قادر|قادره|قادرين|قادرون|قدره|القدره|طاقه|بطاقه|طاقتها|تتسع|يتسع)"
                         "\\s+(?:علي\\s+)?[لو]?(?:ال)?(?:استقبال|استيعاب|ايواء)\\s*$")


def _capacity_before(folded: str, start: int) -> bool:
    """A word of capacity and one of taking in right before the amount or its qualifier."""
    start = _qualified_start(folded, start)
    return bool(CAPACITY_RE.search(folded, max(0, start - 40), start))


# The dead and the wounded in brackets right after the people counted (1091 شخصا (335 قتيلا و756 جريحا)): that number
# is the total of both, no count of its own; the parts in brackets are the counts.
BREAKDOWN_AFTER_RE = re.compile("\\s*\\(\\s*\\d[\\d,.]*\\s+(?:قتيل|قتيلا|قتلي|شهيد|شهيدا|شهداء)\\s+و\\s*\\d[\\d,.]*\\s+"
                                "(?:جريح|جريحا|جرحي|مصاب|مصابا|مصابين)(?![\u0621-\u064a])")


# حالة right before the amount and how bad a few words after (وصفت حالة اثنتين من المصابين بالخطيرة، حالة ثلاثة منهم
# حرجة): the state of some of a group, no count of its own (as 3 منهم بحالة حرجة, round counts-r87).
STATE_OF_RE = re.compile("(?<![\u0621-\u064a])[وب]?(?:ال)?حاله\\s*$")
STATE_OF_WORDS = 4  # words after the amount to how bad (من المصابين بالخطيرة)


def _state_of_some(folded: str, start: int, end: int) -> bool:
    """حالة right before the amount and a severity within a few words after it."""
    if not STATE_OF_RE.search(folded, max(0, start - 10), start):
        return False
    words = WORD_RE.findall(folded, end, end + 60)[:STATE_OF_WORDS]
    return any(_lookup(w, _f_set(SEVERITIES)) for w in words)
