"""Round 20: recall of definite duals and numerals on unseen text (a hand-annotated sample of
SaudiNewsNet and ANT articles), and the precision of the counts made from them. Constructed
sentences; the helpers are round 19's."""

from __future__ import annotations

import pytest

from tests.streams.extract.test_amounts_round19 import amounts, counts


@pytest.mark.parametrize(("text", "found"), [
    ("وفتح الرجل عينيه ببطء بعد العملية", [("عينيه", 2)]),  # a paired body part, listed
    ("ورفعت الطفلة يديها إلى السماء", [("يديها", 2)]),  # a stem of two letters, listed
    ("ووقف الحارس وعيناه على الباب", [("عيناه", 2)]),  # the nominative, و glued
    ("وكان لهما أثر كبير على فريقيهما في الموسم", [("فريقيهما", 2)]),  # a noun the lexicon knows
    ("واحتج السائقون على سجن زميليهم في المدينة", [("زميليهم", 2)]),  # a plural pronoun
    ("وأتلف الحريق سيارتيه في المرأب", [("سيارتيه", 2)]),  # a noun in ة
    ("لم يقدم الفريق في نسختيه المقبلتين شيئا", [("نسختيه", 2)]),  # the adjective after it is no second amount
])
def test_possessed_dual(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize("text", [
    "وقدم الشكر لمنافسيه في السباق",  # a participle's plural
    "ودعا المدرب لاعبيه إلى التركيز",  # a sound plural (لاعبون)
    "وحذرت الوزارة مواطنيها من السفر",  # a sound plural (مواطنون)
    "وأعاد الكاتب ذكراه في الكتاب",  # a noun in ى
    "وقد أسماه والده على اسم جده",  # a verb in ا
    "وهنأهم الأمير بالعيد",  # a verb
    "والإرهاب الذي يداهم الدول العربية",  # ا before a plural pronoun: a verb
    "وقال إن ماضيه لا يهمه",  # a word in ي of its own
    "وشرح الأوامر والنواهي وحذر من نواهيه",  # a folded ة (نواة)
    "وكان الشخص الذي بين يديهم غريبا",  # the idiom "before them"
    "وقال إنهما قدَّماه للجنة",  # a shadda: "they presented it"
    "وقال الشيف فاضل ابريه إن الطبق جاهز",  # a family name after a first name
    "وتحرص الوزارة على تعليميه وتدريبيه",  # nisbas written with ه
    "وقد أنقذا نفسيهما من الغرق",  # the reflexive
    "وثمن الأداء الرائع الذي قدماه للفريق",  # a verb after a relative
    "وشكرهما على ما قدماه للجمعية",  # a verb after ما
    "ووضع اللاعب نصب عينيه اللقب",  # an idiom: his aim
    "وتتلمذ على يديه عدد من الطلاب",  # an idiom: at his hands
])
def test_not_a_possessed_dual(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("واعتقلت الشرطة المتهمين الخمسة في المدينة", [("arrested", 5)]),  # the verb, its subject between
    ("وتمكنت الوحدات من القبض على الشابين قرب الحدود", [("arrested", 2)]),  # a verb and على
    ("وقال إن الضابطين قتلا صباح أمس", [("killed", 2)]),  # a dual verb right after
    ("وكان الثلاثة قد اعتقلوا في الجنوب", [("arrested", 3)]),  # past قد
    ("وعثر على الراكبين بداخلها متوفيين", [("killed", 2)]),  # within two words after
    ("وأكد الوزير اختطاف رعاياها الأربعة في الصحراء", [("kidnapped", 4)]),  # a possessed noun between
    ("ونقل المصابون الستة إلى المستشفى", [("injured", 6)]),  # its own noun says the fate
])
def test_definite_victims_governed(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("وتحدثت الوزارة عن اختفاء الصحفيين، وقالت إنه لا أخبار عن الرجال الثلاثة منذ يوليو", []),  # a restatement
    ("ووجه الأمير بسرعة القبض على الشبان الذين تحرشوا بالفتاتين", []),  # those an offence was done to
    ("ولم تلق الشرطة القبض على أي من الفتاتين", []),  # not governed: أي من
    ("وقامت المجموعة باختطاف أحد الحراس الثلاثة قبل أن تطلق سراحه", []),  # one of the three
    ("ولقي 19 شخصا حتفهم خلال الأربعة والعشرين ساعة الماضية", [("killed", 19)]),  # a time
    ("وقتل أكثر من 3500 يمني خلال الأربعة الأشهر الماضية", [("killed", 3500)]),  # a time
    ("وأصيب شخصان في الحادث، وقال المتحدث إن حالة الشخصين الصحية مستقرة", [("injured", 2)]),  # their state
])
def test_definite_restatements_not_counted(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a time unit naming the weekdays or months after it is part of the date (the seed: يومي 21 و22 is no amount)
    ("واقترح الوزير إجازة يومي السبت والأحد للموظفين", []),
    ("تعقد الدورة يومي الخميس والجمعة المقبلين", []),
    ("تتواصل الحملة يومي الإضراب والاعتصام", [("يومي", 2)]),  # two definite nouns joined by و
    ("وتوقف العمل على امتداد يومي الإضراب في المستشفيات", [("يومي", 2)]),  # a unit of time
    ("واستقبل ملكي البلدين في القصر", [("ملكي", 2), ("البلدين", 2)]),  # a definite dual as complement
    ("وزاد الإنفاق على قطاعي الصحة والتعليم", [("قطاعي", 2)]),
    ("طبقا للفصلين 125 و127 من المجلة الجزائية", [("للفصلين", 2)]),  # two numbers after a definite dual
])
def test_construct_and_labelled_duals(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("والتقى الوزير ممثلي الطرفين", [("الطرفين", 2)]),  # a participle's plural (ممثلون)
    ("وتألق لاعبي الهلال والنصر في المباراة", []),  # a sound plural
    ("وكان يومي الأول في العمل صعبا", []),  # "my first day"
    ("يذكر أن البحرية تهاجم بشكل يومي الصيادين", []),  # a nisba of manner
    ("وهدفي الأساسي والتأهل للبطولة", []),  # an adjective after "my goal"
    ("البطولة أقل شيء أقدمها لوطني الحبيب والقادم أجمل", []),  # و + طن is no dual of طن
    ("ولدى المراجعين شكوى قديمة", []),  # a word in ى
    ("ولن أُسمّي اليأس والحزن", []),  # a verb (shadda)
    ("وبلغت حصيلة قتلى الحوثيين في المديرية", []),  # a plural in ى before a nisba's plural
])
def test_not_construct_duals(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("طفلة لم تبلغ الأربع سنوات بعد", [("الأربع", 4)]),  # before its indefinite noun
    ("ارتفع منسوب المياه خلال المئة عام الماضية", [("المئة", 100)]),
    ("ارتفع منسوب المياه خلال السنوات المئة الماضية", [("المئة", 100)]),  # a hundred after a plural
    ("خلال الخمسين عاما الماضية تغير كل شيء", [("الخمسين", 50)]),
    ("وتعاني المرأة حين تتجاوز سن الأربعين", [("الأربعين", 40)]),  # an age
    ("وحضرت بناتها الثلاث الحفل", [("الثلاث", 3)]),  # after a possessed noun
    ("ويقطع الضوء 300 ألف كيلومتر في الثانية الواحدة", [("300 ألف", 300000), ("الواحدة", 1)]),  # per second
])
def test_definite_numerals_round20(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize("text", [
    "وارتفع المؤشر 3 في المائة أمس",  # per cent
    "وارتفعت الأسعار 5 بالمئة",  # per cent
    "واحتفلت الجامعة بالذكرى المئة لتأسيسها",  # an ordinal
    "في السنوات الأولى من القرن العشرين قطارا للبضائع",  # an ordinal before an accusative
    "ومن شأن التزام مجموعة العشرين مساعدة الدول",  # a name
    "وتشهد اشتباكات عنيفة في شارع الأربعين",  # a street
    "ونحتفل بالذكرى الخمسين لوفاة الشاعر",  # an ordinal before a prepositional phrase
    "وينزل الشهداء منزلة الصديقين في الجنة",  # the righteous, a fixed phrase
])
def test_not_definite_numerals_round20(text: str) -> None:
    assert [a for a in amounts(text) if not a[0][0].isdigit()] == []
