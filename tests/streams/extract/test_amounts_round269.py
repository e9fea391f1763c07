"""Round r269: construct duals before a pair (stop 43): a noun the mined first names hold, and any noun the news
often writes definite before two quoted names."""

import datetime as dt

from streams.extract.amounts import find_amounts
from streams.extract.dates import find_dates


def _values(text: str) -> list[float]:
    return [a.value for a in find_amounts(text, dates=find_dates(text, anchor=dt.date(2017, 1, 1)))]


def test_a_noun_far_more_frequent_than_the_name_is_a_construct_dual() -> None:
    assert _values("وهناك تنسيق متواصل بخصوص ملفي الهجرة والمفقودين التونسيين.") == [2.0]


def test_a_first_name_before_its_family_name_counts_nothing() -> None:
    assert _values("وقال سامي الجابر والمدرب إن الفريق جاهز.") == []


def test_a_construct_dual_before_two_quoted_names() -> None:
    assert _values('وقرر سحب إجازتي "راديو كامبيس" و"الحرية اف ام" في حال لم يلتزما.') == [2.0]
    assert _values("كتحديث مجاني لنظامي “ويندوز 7″ و”ويندوز 8″، حيث سيتاح.") == [2.0]


def test_players_patients_and_verbs_before_quoted_names_count_nothing() -> None:
    assert _values('واجتمع بلاعبي "الهلال" و"النصر" أمس.') == []
    assert _values("ربما يساعد في علاج مرضى “السرطان” و”الزهايمر”، عن طريق الذاكرة.") == []


def test_a_definite_word_in_ين_before_two_people_named_is_two() -> None:
    text = "بخصوص مقتل الصحفيين التونسيين سفيان الشورابي ونذير القطاري. وأكدت الوزارة متابعة الملف."
    assert _values(text) == [2.0]
    assert _values("سافر برفقة اللاعبين حمد المنتشري وراشد الرهيب. وعلى صعيد آخر") == [2.0]


def test_three_people_an_office_or_a_verbal_noun_after_make_no_pair() -> None:
    assert _values("وشارك اللاعبين محمد الشهري وخالد العلي وفهد السالم في التمرين.") == []
    assert _values("من نقيب الصحفيين ناجي البغوري ورئيس فرع النقابة في صفاقس.") == []
    assert _values("حتى يبدأ هواة السفر من المواطنين حزم حقائبهم وتوجيه بوصلتهم نحو الدول.") == []
