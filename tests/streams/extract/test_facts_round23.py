"""Round 23 (dates and amounts on fresh text, sets DA and v18 opened): the general classes behind their
misses, in constructed sentences."""

from __future__ import annotations

import datetime as dt

import facts_rounds
import pytest

ANCHOR = dt.date(2017, 5, 5)  # a Friday
amounts = facts_rounds.readers(ANCHOR).amounts


def dates(text: str, anchor: dt.date = ANCHOR) -> list[tuple[str, str]]:
    return facts_rounds.dates(text, anchor)


@pytest.mark.parametrize(("text", "found"), [
    # الغد after an event it dates is tomorrow
    ("ويستعد الفريق لمباراة الغد أمام المنافس", [("الغد", "2017-05-06")]),
    ("وقال المدرب إن الغيابات قبل مواجهة الغد لا تقلقه", [("الغد", "2017-05-06")]),
    ("ويناقش النواب المشروع في جلسة الغد بالبرلمان", [("الغد", "2017-05-06")]),
    ("ويصل الوفد صباح الغد إلى العاصمة", [("صباح الغد", "2017-05-06")]),
    # not the future in general
    ("ويعمل المركز على إعداد جيل الغد من المهندسين", []),
    ("نتطلع إلى الغد بثقة كبيرة", []),
])
def test_tomorrow_after_an_event(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # days listed before a relative month: each a day of that month, no amounts
    ("وتقام الزيارة يومي 12 و14 من الشهر الجاري بالجزيرة",
     [("12", "2017-05-12"), ("14 من الشهر الجاري", "2017-05-14")]),
    ("وتنعقد الدورة أيام 3 و4 و5 من الشهر المقبل في المدينة",
     [("3", "2017-06-03"), ("4", "2017-06-04"), ("5 من الشهر المقبل", "2017-06-05")]),
])
def test_day_list_before_a_relative_month(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    # the Tunisian summer (صائفة) before a year names it, as صيف does, whatever word follows the year
    ("الأكيد أن ما حصل في صائفة 2016 لن يتكرر", [("2016", "2016")]),
    ("الأكيد أن ما حصل في صيف 2016 لن يتكرر", [("2016", "2016")]),
])
def test_summer_of_a_year(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a likely event is to come: this month or a coming one
    ("وأعلن الحزب أن المؤتمر من المرجح أن يكون خلال شهر سبتمبر أو أكتوبر .",
     [("شهر سبتمبر", "2017-09"), ("أكتوبر", "2017-10")]),
    ("ويرجح أن تعقد القمة في نوفمبر بالعاصمة", [("نوفمبر", "2017-11")]),
])
def test_likely_event_looks_ahead(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found_dates", "found_amounts"), [
    # a place named after a day of a month, without its year: a name, neither a date nor an amount
    ("وتشمل الأشغال شارع 7 نوفمبر ، وشارع الحبيب بورقيبة", [], []),
    ("وتجمع المحتجون في ساحة 14 جانفي وسط المدينة", [], []),
    # a date after the place: still a date
    ("وافتتح الشارع في 7 نوفمبر الماضي", [("7 نوفمبر الماضي", "2016-11-07")], []),
    # a score written with a slash and صفر is no date of Safar
    ("وحقق فوزا على ضيفه ريال مدريد 3 / صفر في مباراة الكأس", [], [("3", 3), ("صفر", 0)]),
])
def test_names_and_scores_are_no_dates(text: str, found_dates: list, found_amounts: list) -> None:
    assert dates(text) == found_dates
    assert amounts(text) == found_amounts


def test_tomorrow_before_its_own_date_leaves_the_date_whole() -> None:
    text = "ويكون الطقس صباح يوم الغد الأربعاء 10 ماي 2017 ملائما"
    assert dates(text) == [("الأربعاء 10 ماي 2017", "2017-05-10")]
    assert amounts(text) == []


@pytest.mark.parametrize("text", [
    "وقع الهجوم في العاصمة يوم7 أفريل 2017، حسب الشرطة",  # a day glued to the word before: no amount
    "وتوقفت الحركة بنهج 25 جويلية وسط المدينة",
])
def test_a_day_before_a_month_is_no_amount(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "anchor", "found"), [
    # a feast with a direction word: the last one before the anchor, or the next one after it
    ("وتمت الجولات خلال عطلة عيد الفطر المبارك الماضي في الأسواق", dt.date(2015, 8, 3),
     [("عيد الفطر المبارك الماضي", "2015-07-17")]),
    ("وتستعد الأسواق لموسم عيد الأضحى المقبل بكميات إضافية", dt.date(2015, 8, 3), [("عيد الأضحى المقبل", "2015-09-23")]),
    # the occasion, no date
    ("وهنأ الأمير المواطنين بمناسبة عيد الفطر المبارك", dt.date(2015, 8, 3), []),
    ("وتأتي المبادرة امتدادا لمبادرات أطلقوها في عيد الفطر السابق", dt.date(2015, 7, 21), []),
])
def test_feast_with_a_direction(text: str, anchor: dt.date, found: list[tuple[str, str]]) -> None:
    assert dates(text, anchor) == found


@pytest.mark.parametrize(("text", "found"), [
    # صفر beside a score's other number is zero
    ("وحقق فوزا على ضيفه ريال مدريد 2-صفر في المباراة", [("2", 2), ("صفر", 0)]),
    ("وانتهت المباراة بنتيجة صفر مقابل 2 لصالح الضيوف", [("صفر", 0), ("2", 2)]),
    # a spaced slash between two small numbers is a score, not a reference
    ("وخسر فريقنا 3 / 1 أمام ضيفه في الكأس", [("3", 3), ("1", 1)]),
    # not a word or a reference
    ("وبدأت الشركة من الصفر قبل عشرين عاما", [("عشرين", 20)]),
    ("وفق الفقرة 16 / 3 / 1 من النظام", []),
    # no result word before it: a day and a month, not a score
    ("وتفتح المظاريف بتاريخ 18 / 10 في مقر الأمانة", []),
])
def test_score_zeros_and_spaced_scores(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a definite word in ين with one singular adjective for each of two: a dual
    ("وقال إن البلاد مهددة على المستويين الأمني والاقتصادي بسبب الأزمة", [("المستويين", 2)]),
    ("وبحث الطرفان التعاون في المجالين السياسي والتجاري", [("الطرفان", 2), ("المجالين", 2)]),
    # plural adjectives: a plural
    ("واجتمع الوزير مع المسؤولين الأمنيين والعسكريين في المقر", []),
])
def test_definite_dual_before_two_singular_adjectives(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the article written apart (الـ) before digits and an accusative counted noun: a definite numeral
    ("ويرى الباحثون أن من بين الـ 11 رجلا الذين درسوهم قادة مشهورين", [("11", 11)]),
    ("وتضاعف عدد السكان خلال الـ 20 عاما الماضية", [("20", 20)]),
    # a label or a rank after الـ stays out
    ("وبثت القناة الـ4 الفرنسية التقرير", []),
    ("وحل المنتخب في المرتبة الـ 5 عالميا", []),
])
def test_definite_numeral_written_apart(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize("text", [
    "وأطلقت الوزارة برنامجا للتحصين النفسي والاجتماعي للطلاب",  # a masdar تفعيل
    "وتحدث عن البراءة من الشياطين الكبرى والصغرى في خطبته",  # a broken plural's elatives
    "وأكدت الدول في ختام القمة السنوية الـ 35 دعمها التام للاتفاق",  # a pronoun-suffixed noun, no tamyiz
    "ويمتد تاريخ المدينة إلى القرن الـ17 عندما أصبحت مركزا",
])
def test_no_dual_or_numeral_in_look_alikes(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "anchor", "found"), [
    # the second weekday of a pair sharing a plural direction follows the first (the anchor is a Sunday)
    ("وتجرى المقابلات بالرياض يومي الأحد والاثنين المقبلين في المقر", dt.date(2015, 8, 2),
     [("الأحد", "2015-08-09"), ("الاثنين المقبلين", "2015-08-10")]),
    ("وتقام المباريات يومي الجمعة والسبت المقبلين", dt.date(2015, 8, 2),
     [("الجمعة", "2015-08-07"), ("السبت المقبلين", "2015-08-08")]),
    ("وجرت الانتخابات يومي الأحد والاثنين الماضيين", dt.date(2015, 8, 5),
     [("الأحد", "2015-08-02"), ("الاثنين الماضيين", "2015-08-03")]),
])
def test_second_weekday_of_a_pair(text: str, anchor: dt.date, found: list[tuple[str, str]]) -> None:
    assert dates(text, anchor) == found


def test_id_numbers_alone_on_their_lines() -> None:
    text = "أسماء المقبولين:\n1075002434\n1084410834\n1080485822\nالمقبولات من النساء:\n1071966582\n1072131517\nرابط الخبر"
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "found_dates"), [
    # the day before yesterday (أمس الأول، أول أمس، أول من أمس) before a weekday and its date: one date, no amount
    ("وتوفيت الطفلة يوم أمس الأول السبت 9 شوال في المستشفى", [("أمس الأول السبت 9 شوال", "2015-07-25")]),
    ("ووصل الوفد أول من أمس الخميس 30 يوليو إلى الرياض", [("أول من أمس الخميس 30 يوليو", "2015-07-30")]),
])
def test_day_before_yesterday_with_its_date(text: str, found_dates: list[tuple[str, str]]) -> None:
    anchor = dt.date(2015, 8, 1)
    assert dates(text, anchor) == found_dates
    assert amounts(text, anchor=anchor) == []


def test_both_sexes_is_two() -> None:
    assert amounts("وتنظم الجمعية ورش عمل للجنسين طوال الأسبوع") == [("للجنسين", 2)]


@pytest.mark.parametrize(("text", "found"), [
    # a Hijri year without its era after an event's name: the Gregorian year it begins in (1436 began in October 2014)
    ("ضمن فعاليات “مهرجان أبها يجمعنا 1436″، الذي تنظمه الغرفة", [("1436", "2014")]),
    ("وتنطلق بطولة 1436 للناشئين في الطائف", [("1436", "2014")]),
    # not before a counted noun, not without an event
    ("وشارك في المعرض 1420 زائرا من المنطقة", []),
    ("وبلغ عدد المشاركين 1436 مشاركا", []),
    # a year closed by ″ (as SaudiNewsNet closes quotes), unless a counted noun follows
    ("ويجسد معرض “السعودية 2050″ التفاعلي رؤية المملكة", [("2050", "2050")]),
    ("وتحدد الرسوم وهي “2000″ ريال للمرة الأولى", []),
])
def test_hijri_year_after_an_event(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text, dt.date(2015, 7, 27)) == found


@pytest.mark.parametrize(("text", "found"), [
    # West written وست before the rest of an English name: no six
    ("ويلتقي مانشستر يونايتد مع وست بروميتش ألبيون يوم السبت", []),
    ("وانتقل اللاعب إلى وست هام الإنجليزي لمدة عام", []),
    ("ويرفق الطالب شهادة التخرج وست صور شمسية حديثة", [("ست", 6)]),
])
def test_west_in_english_names(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found
