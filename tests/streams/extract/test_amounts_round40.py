"""Round amounts-r40 (an audit of amounts on unread SaudiNewsNet and ANT text): a fraction after the noun a
number counts adds to the number; a figure in quote marks before its scale word is one number; لست before no
plural is "I am not" (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import amounts


@pytest.mark.parametrize(("text", "found"), [
    # number, counted noun, و + fraction: one amount, its value the number and the fraction
    ("وهبط سعر المعدن إلى أدنى مستوى له في خمس سنوات ونصف يوم الخميس.", [("خمس سنوات ونصف", 5.5)]),
    ("وقضت المحكمة بسجنه 7 سنوات ونصف بتهمة التزوير.", [("7 سنوات ونصف", 7.5)]),
    ("واستمر الاجتماع أربع ساعات ونصف الساعة في مقر الوزارة.", [("أربع ساعات ونصف", 4.5)]),
    ("ويبلغ طول الجسر ثلاثة كيلومترات وربع فوق النهر.", [("ثلاثة كيلومترات وربع", 3.25)]),
    ("وكان الصيام يستمر 22 ساعة ونصف في بعض البلدان.", [("22 ساعة ونصف", 22.5)]),
    # guards: the half of a scale word (بمليون ريال ونصف) and a half with its own noun stay as they were
    ("وتبرع رجل الأعمال بمليون ريال ونصف للجمعية.", [("مليون", 1_000_000)]),
    ("ومضت على الحادث سنتان ونصف دون محاكمة.", [("سنتان ونصف", 2.5)]),
])
def test_fraction_after_the_counted_noun_adds_to_the_number(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a headline's figure set off in quote marks before its scale word: one number, not two
    ("الشركة تحقق أرباحا تتجاوز «5» مليار ريال", [("5» مليار", 5_000_000_000)]),
    ("وبلغ عدد الزوار نحو “70” ألف زائر خلال الأسبوع.", [("70” ألف", 70_000)]),
    ("ووصل عدد المتابعين إلى \"68\" ألف متابع على تويتر.", [("68\" ألف", 68_000)]),
    ("وضبطت الجمارك « 34 » مليون وحدة مقلدة.", [("34 » مليون", 34_000_000)]),
    # guard: a quotation that ends on a digit is no part of a scale word after it
    ("وقال اللاعب: \"فزنا بـ 2\" مليون مرة في خيالنا.", [("مليون", 1_000_000)]),
])
def test_quoted_figure_before_its_scale_word_is_one_number(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # لست before an adjective, an adverb, a preposition, a singular noun: "I am not", no six
    ("وقال المدرب إنني لست قلقا من قلة المهاجمين.", []),
    ("وأضاف: أنا لست هنا بصدد الحديث عن الماضي.", []),
    ("وكتب: لست من أنصار هذا الرأي ولا من خصومه.", []),
    ("وقال الكاتب ولست مسؤولا عن سوء الفهم.", []),
    ("فأنا لست كاتبا سياسيا ولا محللا.", []),
    # guards: ل + ست before a plural counts it
    ("وعوقب اللاعب بالإيقاف لست مباريات متتالية.", [("ست", 6)]),
    ("ورشح المغني لست جوائز هذا العام.", [("ست", 6)]),
    ("وسجن لست سنوات بتهمة السرقة.", [("ست", 6)]),
])
def test_laysa_before_no_plural_is_no_six(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a number after a definite noun, then من and people: some of them, counted (not a label like الفرقة 30)
    ("وقد توفي في هذا الموقع 2 من الشباب حين سقطت سيارتهم.", [("2", 2)]),
    ("وكان على متن السفينة 140 من الركاب عند غرقها.", [("140", 140)]),
    ("وشارك في السباق 90 من الشباب والهواة.", [("90", 90)]),
    # guards: a label's number of a thing, and a name's number before a person
    ("وطبقت المحكمة المادة 4 من القانون الجنائي.", []),
    ("وأطلقت الشركة لعبة الثعبان 2 السيدة الأولى في الهواتف.", []),
])
def test_number_of_people_after_a_definite_noun_is_counted(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a Latin letter glued after the digits names a standard or a model, no amount
    ("ويدعم الهاتف شبكات 4G وشاشة بدقة 4K وتصوير بدقة 1080p.", []),
    ("وتعرض القاعة الأفلام بتقنية 3D في المساء.", []),
    ("وستحمل الهواتف الجديدة اسم 6S و 6S بلاس.", []),
    # the number of a verse in brackets before سورة
    ("قال تعالى: {إن الله لا يحب الفرحين} (76) سورة القصص.", []),
    # guards: a unit glued after the digits, a number in brackets counting a noun
    ("ويأتي الهاتف بذاكرة 256GB وكاميرا مزدوجة.", [("256", 256)]),
    ("وفاز الفيلم بـ (3) جوائز في المهرجان.", [("3", 3)]),
])
def test_latin_label_and_verse_number_are_no_amounts(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a dual right after a date's year: the year counts nothing, the dual is two
    ("وقصفت يوم الأربعاء 28 مايو 2014 طائرتان حربيتان مواقع المسلحين.", [("طائرتان", 2)]),
    ("وتشهد تصفيات كأس العالم المقررة عام 2018 قمتين ساخنتين في الجولة الأولى.", [("قمتين", 2)]),
    ("وعرض التلفزيون الفيلم في عام 1956 مرتين فقط.", [("مرتين", 2)]),
    # guard: after a number that is no date, the noun the digits count
    ("وتراجع خام برنت 35 سنتا إلى 56 دولارا.", [("35", 35), ("56", 56)]),
])
def test_dual_after_a_year_is_two(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found
