"""Round 10 of fixes from fresh articles read by eye: amount recall, date precision and values
(constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import amounts, dates

# --- amounts -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "found"), [
    # the construct dual of a noun in ة before an indefinite noun: two of them
    ("أرسلت الولاية كاسحتي ثلوج إلى المنطقة", [("كاسحتي", 2)]),
    ("طرحت المؤسسة مناقصتي استيراد منذ ذلك الحين", [("مناقصتي", 2)]),
    ("سجلت المصالح إصابات بالإضافة إلى حالتي وفاة", [("حالتي", 2)]),
    # "my" before a definite word or a clause stays out
    ("قال إن حياتي تغيرت كثيرا", []),
])
def test_amount_construct_dual_before_an_indefinite_noun(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a noun in ين with an adjective in ين agreeing: a dual when the noun is no participle or nisba
    ("أخرجت فيلمين وثائقيين وفيلمين قصيرين", [("فيلمين", 2), ("فيلمين", 2)]),
    # sound plurals of people stay plurals
    ("اعتقلت الشرطة مسلحين مجهولين ولاعبين دوليين", []),
    # a sukun on the ي of ين marks the dual (the plural's ي is long)
    ("قتل 39 شخصا من بيْنهم تونسيْين", [("39", 39), ("تونسيْين", 2)]),
    ("غادر الأمين العام والأمينيْن العاميْن المساعديْن", [("والأمينيْن", 2)]),  # round 19: a definite dual
    # "no fewer than" before a bare noun in ين: a dual
    ("أعلنت الشرطة مقتل ما لا يقل عن صيادين مخالفين", [("صيادين", 2)]),
    # the construct dual of a listed masculine noun before two names joined by و
    ("دخلوا عبر معبري ملولة والببوش", [("معبري", 2)]),
    ("تهيئة المخيمات في مشعري منى وعرفات", [("مشعري", 2)]),
    ("تحرك الإعصار صوب إقليمي \"تشجيانج\" و \"جيانجشي\" المجاورين", [("إقليمي", 2)]),
    # a nisba is no construct dual, nor a noun of the list without two names
    ("يلعب دورا إقليميا وتعاون إقليمي كبير ودولي", []),
    # a dual noun with a broken plural (ركن، أركان)
    ("وقدم خلال المهرجان ركنان عن التصوير", [("ركنان", 2)]),
])
def test_amount_dual_in_ين_by_agreement_by_vowels_and_masculine_constructs(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a phone number written in groups of two digits, and a country code with +
    ("للاستفسار الاتصال بالأرقام التالية: 81 10 77 77 أو (216+) 70.103.700", []),
    ("على الرقمين : 70.103.700(216+) أو 70.101.300(216+)", []),
    # a clock time with a dot after الساعة, and a time before بتوقيت
    ("وقع الزلزال في الساعة 1.59 صباح السبت (2059 بتوقيت غرينتش)", []),
    # a model number glued to a Latin name, whatever follows
    ("الجدير بالذكر أن هواتف Mate9 أحدث هواتف الشركة وتباع بسعر 1999 دينارا", [("1999", 1999)]),
])
def test_amount_phone_groups_clock_times_and_glued_models(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the half of a scale repeats the scale word: one number
    ("يعاني ستة ملايين ونصف مليون نسمة من الجوع", [("ستة ملايين ونصف مليون", 6.5e6)]),
    # a range with a hyphen shares the scale of its upper bound
    ("ظهرت قبل 11-14 ألف سنة", [("11", 11000), ("14 ألف", 14000)]),
    # digits with thousands separators after a definite word are no label
    ("وبلغ الدخول الفعلي للمملكة 5,715,969 فيما غادر 5,384,943", [("5,715,969", 5715969), ("5,384,943", 5384943)]),
])
def test_amount_scale_halves_hyphen_ranges_and_separated_thousands(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


# --- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "found"), [
    # a day, a month's name and a year between slashes: one date, no amount
    ("أشير إلى كتابي لمقامكم بتاريخ 7 / يوليو /2015 م والذي طلبت فيه", [("7 / يوليو /2015 م", "2015-07-07")]),
    ("اعتبارا من يوم الأحد (10/شوال / 1436هـ) الموافق", [("يوم الأحد (10/شوال / 1436ه", "2015-07-26")]),
])
def test_date_day_month_name_and_year_between_slashes(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found
    assert amounts(text) == []


def test_date_an_ordinal_week_of_a_month_is_no_day() -> None:
    assert dates("عادت المعدلات للانخفاض بدءا من الأسبوع الثاني من شهر يوليو الجاري") == [("يوليو الجاري", "2016-07")]


@pytest.mark.parametrize(("text", "found"), [
    # a plural direction word after two weekdays is both days' (يومي الجمعة والسبت المقبلين)
    ("ستنطلق الجولة الثانية يومي الجمعة و السبت المقبلين", [("الجمعة", "2016-11-18"), ("السبت المقبلين", "2016-11-19")]),
    # the Last Day of the creed is no date
    ("لا يوجد مسلم يؤمن بالله واليوم الآخر يرضى بذلك", []),
    # a year after an event's name of two words (كأس آسيا 2019) is a year
    ("في التصفيات المشتركة لكأس آسيا 2019 وكأس العالم 2018، فاز المنتخب", [("2019", "2019"), ("2018", "2018")]),
    # a month after a verb of starting (يبدأ في أكتوبر) is a coming one
    ("يلحق المزارعون بالموسم القادم الذي يبدأ في مارس", [("مارس", "2017-03")]),
])
def test_date_shared_plural_direction_last_day_event_years_and_starting_months(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # two units joined by و are two numbers (a compound joins a unit and a ten)
    ("منعهما من حضور المباريات لمدة خمس وثلاث سنوات", [("خمس", 5), ("ثلاث", 3)]),
    ("بلغ العدد خمسة وعشرين شخصا", [("خمسة وعشرين", 25)]),
    # a construct dual after و is a new item, not the adjective of the dual before it
    ("هناك حالتين متوسطتين وحالتي طفل إصابة بالرأس", [("حالتين", 2), ("حالتي", 2)]),
    # a dual of a noun with a broken plural (صديق، أصدقاء)
    ("قصة صديقان يعملان حارسين على إحدى الفيلات", [("صديقان", 2), ("حارسين", 2)]),
])
def test_amount_units_joined_by_and_duals_after_and(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a comma list of values after place names, begun by an amount: values, not labels
    ("جاءت عسير بواقع 82، ثم الشرقية 80، ومكة المكرمة 67، والقصيم 36، وتبوك بواقع 31",
     [("82", 82), ("80", 80), ("67", 67), ("36", 36), ("31", 31)]),
    # a unit's label stays a label in a list (الفرقة 30، الفرقة 31)
    ("شاركت الفرقة 30، والفرقة 31 في العملية", []),
    # the tail of a definite teen (the dual قطاعان is two, found from the lexicon since round 11)
    ("تراجع قطاعان من بين قطاعات السوق الخمسة عشر", [("قطاعان", 2), ("الخمسة عشر", 15)]),  # round 19
    # numbers after "the following numbers" or "the green number" are phone numbers
    ("عبر الأرقام التالية : 71.335.000 الرقم الأخضر 193 حرس 197 شرطة", []),
])
def test_amount_value_lists_definite_teens_and_phone_lists(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


def test_date_a_year_before_a_word_with_two_glued_particles() -> None:
    assert dates("أقام في باريس من 1969 إلى غاية 1972 وبالرباط من 1972 إلى غاية 1974") == [
        ("1969", "1969"), ("1972", "1972"), ("1972", "1972"), ("1974", "1974")]


def test_date_a_future_verb_puts_bare_weekdays_ahead() -> None:
    assert dates("ذكرت الصحيفة أن ممثلين عن الوزارتين سيتوجهون الخميس والجمعة إلى تونس") == [
        ("الخميس", "2016-11-17"), ("الجمعة", "2016-11-18")]


@pytest.mark.parametrize("text", ["تبدأ الهدنة الساعة الحادية عشرة وتسع وخمسين دقيقة مساء",
                                  "يفتح الباب الساعة الثامنة وخمس دقائق"])
def test_amount_minutes_after_an_ordinal_hour(text: str) -> None:
    assert amounts(text) == []


def test_amount_a_scaled_number_after_a_series_head_is_no_model() -> None:
    assert amounts("وأمرت المحكمة كذلك بمصادرة مبلغ 3 ملايين درهم") == [("3 ملايين", 3e6)]


@pytest.mark.parametrize(("text", "found"), [
    # a list of day ranges runs forward in the year of its first months
    ("ستقام الدورات من 13 إلى 15 ديسمبر ومن 16 الى 20 جانفي ومن 4 الى 6 فيفري 2017",
     [("13", "2016-12-13"), ("15 ديسمبر", "2016-12-15"), ("16", "2017-01-16"), ("20 جانفي", "2017-01-20"),
      ("4", "2017-02-04"), ("6 فيفري 2017", "2017-02-06")]),
    # a weekday ending a span after إلى is the first one after the span's start
    ("تهب عاصفة ثلجية بدءا من اليوم الأربعاء إلى يوم الاثنين", [("اليوم الأربعاء", "2016-11-16"), ("يوم الاثنين", "2016-11-21")]),
    # numeric dates with backslashes, a Hijri year range before a full stop
    ("يبدأ التقديم يوم الأحد 17\\10\\1436ه إلى 7\\11\\1436ه، وحتى ميزانية العام المالي الحالي 1436-1437.",
     [("يوم الأحد 17\\10\\1436ه", "2015-08-02"), ("7\\11\\1436ه", "2015-08-22"), ("1436", "2014"), ("1437", "2015")]),
])
def test_date_forward_lists_span_ends_backslashes_and_year_ranges(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # three digits after the dot before a currency of two decimals are thousands (not before the dinar)
    ("غرمت اللجنة النادي مبلغ (100.000) ريال", [("100.000", 100000)]),
    ("بلغ الثمن 3.125 دينار", [("3.125", 3.125)]),
    # clause references after المواد and numbers joined by slashes are no amounts
    ("عملا بالمادة (16/3/1) من اللائحة", []),
    ("وتتمثل هذه المواد في 4 أطنان من الفارينة", [("4", 4)]),
])
def test_amount_thousands_before_currencies_and_clause_references(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("ارتفاع الموج من متر ونصف الى مترين ونصف", [("متر ونصف", 1.5), ("مترين ونصف", 2.5)]),
    ("بلغت الأسعار من 3 الى اكثر من 20 الف دينار", [("3", 3000), ("20 الف", 20000)]),
    ("من 3 إلى 5 أشخاص", [("3", 3), ("5", 5)]),
])
def test_amount_a_dual_and_a_half_and_from_to_ranges_sharing_a_scale(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # digits glued to the noun they count, after a definite word
    ("وبلغت إنتاجية الحلقات 132طالبا هذا العام", [("132", 132)]),
    # a noun in ين before a dual relative pronoun
    ("ووفقا لمصدرين اللذين حضرا الاجتماع", [("مصدرين", 2)]),
    # three zeros after the dot before a unit (not the dinar): thousands
    ("خصص للمشروع مساحة 100.000 متر مربع و30.000 متر مربع للمبنى، بسعر 100.000 دينار",
     [("100.000", 100000), ("30.000", 30000), ("100.000", 100)]),
    # the construct dual of a listed noun after a preposition, before two names joined by و
    ("تخريج الدفعة بمركزي محمد بن نايف بالرياض وجدة", [("مركزي", 2)]),
    ("إيران أمام خيارين وهناك خياران", [("خيارين", 2), ("خياران", 2)]),
])
def test_amount_glued_digits_dual_relatives_zero_thousands_and_prefixed_constructs(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


def test_date_the_first_of_a_month_by_غرة() -> None:
    assert dates("ابتداء من غرة أفريل 2017 ثم من غرة جويلية 2017") == [("غرة أفريل 2017", "2017-04-01"), ("غرة جويلية 2017", "2017-07-01")]


@pytest.mark.parametrize(("text", "found"), [
    # a nominative in ان whose noun the article names too: a dual
    ("ظهر قرشان آخران في الشاطئ، وكان القرش الأول قد ظهر الصيف الماضي", [("قرشان", 2)]),
    ("كان لمصر طلبان فقط، وقدم الطلب الثالث متأخرا", [("طلبان", 2)]),
    # not after a preposition, not in construct, not after a dual or a dual pronoun, not a nisba
    ("لم يكن في حسبان الأسد أن الحسب يتغير، ولتجنب فقدان السيطرة بعد الفقد", []),
    ("قال مصدران أمنيان إن الأمني الأول غادر، ورغم أنهما مرتفعان فالمرتفع أقل", [("مصدران", 2)]),
])
def test_amount_duals_of_nouns_the_article_names(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # numbers naming an index or an aircraft
    ("ارتفع المؤشر يوروفرست 300 للأسهم وكاك 40 الفرنسي، وطائرة بوينغ 777-300 تقل 27 شخصا", [("27", 27)]),
    # منذ ... إلى shares the scale too
    ("كان مغطى بالطين منذ 10 إلى 12 ألف سنة", [("10", 10000), ("12 ألف", 12000)]),
    # three digits after a comma are decimals where the article writes decimal commas
    ("زاد المؤشر 0,5 في المئة إلى 97,765 نقطة", [("0,5", 0.5), ("97,765", 97.765)]),
    ("بلغ العدد 2,464 منشأة", [("2,464", 2464)]),
    # the construct of a listed masculine noun before quoted names
    ("الشحنات المنقولة عبر مضيقي \"هرمز\" و\"باب المندب\"", [("مضيقي", 2)]),
])
def test_amount_index_names_since_ranges_decimal_commas_and_quoted_pairs(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found



@pytest.mark.parametrize(("text", "found"), [
    ("تستهدف منشآت حكومية، وهي مؤسستا الإذاعة والتلفزة", [("مؤسستا", 2)]),
    ("يعمل مؤقتا الليل والنهار", []),
])
def test_amount_a_nominative_construct_dual_before_two_nouns(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


def test_date_a_day_glued_to_a_preposition() -> None:
    assert dates("منذ بداية الموسم الموافق لـ1أكتوبر 2016 إلى غاية 8 ماي 2017") == [
        ("1أكتوبر 2016", "2016-10-01"), ("8 ماي 2017", "2017-05-08")]
