"""Round 19: the new convention (session 11) — definite numerals after their noun (الأيام الثلاثة)
and definite duals of counted nouns (الطفلان، والبلدين، للطرفين) are amounts, and their victims are
counts as an indefinite amount's are (مقتل الشابين). Not names, titles, the weekday, sound plurals
or ordinals. Constructed sentences."""

from __future__ import annotations

import datetime as dt

import facts_rounds
import pytest

ANCHOR = dt.date(2015, 8, 1)
amounts = facts_rounds.readers(ANCHOR).amounts
counts = facts_rounds.readers(ANCHOR).counts


@pytest.mark.parametrize(("text", "found"), [
    ("وصل الوفد خلال الأيام الثلاثة الماضية إلى العاصمة", [("الثلاثة", 3)]),
    ("ارتفعت قطاعات السوق الخمسة عشر في ختام التداول", [("الخمسة عشر", 15)]),
    ("وقال الأب إن الأطفال الثلاثة كانوا نائمين في الغرفة", [("الثلاثة", 3)]),
    ("اجتمع ممثلو الدول الخمس في جنيف لبحث الملف", [("الخمس", 5)]),
    ("وحضر الأمسية ما يزيد على الأربعة آلاف شخص", [("الأربعة آلاف", 4000)]),
    ("وقال إن المخالفين من الثلاثة والسبعين فرقة", [("الثلاثة والسبعين", 73)]),
    ("تبلغ مبيعاته في اليوم الواحد ألف ريال", [("الواحد", 1), ("ألف", 1000)]),  # per unit of time
    ("أنقذت الفرق المحتجزين الثلاثة، ونقلت واحدا من الثلاثة إلى المستشفى ورفض الاثنان الآخران النقل",
     [("الثلاثة", 3), ("واحدا", 1), ("الثلاثة", 3), ("الاثنان", 2)]),
])
def test_definite_numeral_after_its_noun_or_standing_for_it(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("خرج الطفلان من المدرسة قبل الظهر", [("الطفلان", 2)]),
    ("أوقفت الشرطة الشابين عند المدخل الشمالي للمدينة", [("الشابين", 2)]),
    ("وقال التاجر إن اللصين دخلا المتجر ليلا", [("اللصين", 2)]),  # a dual verb after it
    ("وتمكن اللصان اللذان سرقا المتجر من الفرار", [("اللصان", 2)]),  # a dual relative after it
    ("وصل المسعفان إلى المكان بعد دقائق", [("المسعفان", 2)]),
    ("تعادل الفريقين في المباراة الودية", [("الفريقين", 2)]),
    ("وقعت الاتفاقية بين البلدين في الرياض", [("البلدين", 2)]),
    ("وأكد الطرفين التزامهما بالهدنة", [("الطرفين", 2)]),
    ("وجرت المحادثات بحضور الجانبين في القاهرة", [("الجانبين", 2)]),
    ("وسيعقد الاجتماع خلال اليومين المقبلين في الرياض", [("اليومين", 2)]),
    ("تولى المنصب منذ العامين الماضيين تقريبا", [("العامين", 2)]),
    ("وخلفت الحربين العالميتين دمارا واسعا", [("الحربين", 2)]),
    ("وأصيب الرجل في العينين بشظايا زجاج", [("العينين", 2)]),
    ("وتعززت التجارة بين المملكة والبلدين الجارين", [("والبلدين", 2)]),
    ("وقدمت اللجنة الشكر للطرفين على التعاون", [("للطرفين", 2)]),
    ("وأصيب بالعينين بعد الحادث", [("بالعينين", 2)]),
    ("وقعت قبيلتا التبو والطوارق الليبيتين اتفاقا", [("قبيلتا", 2)]),  # الليبيتين: a nisba after the complement
    ("واتهمت السلطات التركية التنظيمين بالوقوف وراء الهجوم", [("التنظيمين", 2)]),  # an object after its subject
    ("ونال الفيلمان واللذان عرضا في المهرجان جائزتين", [("الفيلمان", 2), ("جائزتين", 2)]),  # not the relative
    ("وسيتم تثقيف طلبة المرحلتين المتوسطة والثانوية", [("المرحلتين", 2)]),
    ("تقدم الخدمات باللغتين العربية والإنجليزية", [("باللغتين", 2)]),
    ("وأكد كلا البلدين رغبتهما في التعاون", [("البلدين", 2)]),
    ("الطائرتان تحملان المساعدات", [("الطائرتان", 2)]),  # تحملان a verb (round 11), the definite dual counts
    ("قال إن الطرفين متفقان على كل شيء", [("الطرفين", 2)]),  # متفقان a predicate (round 11)
])
def test_definite_dual_of_a_counted_noun(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize("text", [
    "وصل الوزير إلى البحرين في زيارة رسمية",  # the country
    "وأعلن خادم الحرمين الشريفين الملك سلمان عن منحة جديدة",  # a title
    "ويعقد الاجتماع يوم الاثنين المقبل",  # the weekday
    "وتصدى المسلمين لهذه الدعوات في كل مكان",  # a sound plural
    "واعتقلت القوات عددا من الفلسطينيين في الخليل",  # a nisba's plural
    "وزار الوفد مسجد الحسين في القاهرة",  # a name
    "وفاز الفريق في اليوم الثالث من البطولة",  # an ordinal
    "وصل الأمين العام إلى مقر المنظمة",  # a noun in ين of two letters' stem (أمين)
    "وقدم خلال المهرجان عرضا عن التصوير",  # a noun in ان far more frequent than its stem
    "وشارك في المؤتمر عدد من السائقين والمؤتمرين",  # sound plurals of listed nouns
    "الحمد لله رب العالمين",  # a fixed phrase
    "ولد في القرن العشرين في القاهرة",  # a ten after a definite noun is an ordinal
    "وصلت الطائرة في الساعة الواحدة ظهرا",  # a clock time
    "ويجب العمل بروح الفريق الواحد في مواجهة العدو الواحد",  # "one and the same"
    "ويؤمن الشيعة الاثني عشرية بولاية الفقيه",  # a name
    "ويكون البر بحسن الصحبة والعشرة",  # companionship, after و
    "وجددت الوزارة موقف البحرين الثابت والداعم للقضية",  # the country, two adjectives after it
    "وقال المرشح إبراهيم البخيتان إن البرنامج جاهز",  # a family name after a first name
    "وأوضح الخبير فضل أبو العينين أن القروض زادت",  # a name after أبو
    "وصف النجوم المهمين في المسرحية",  # an adjective in ين after a plural
    "وصف الحزم والبأس العاليين اللذين يتمتعان بهما",  # a nisba-like adjective of a pair
    "إلى وزير الإسكان نشرهما الكاتب",  # a noun in ان, a pronoun of something else after it
    "أظهرت الدراسة أن مادة القرتين تدخل في الأظافر",  # a loanword shaped like a feminine dual
    "وقال الطبيب الخمسان إن المريض تعافى",  # a family name on a number word
    "وأكدت شبكتا سي إن إن وإن تي في الإخباريتين الخبر",  # a nisba after a construct dual's names
    "ولي العهد الأمين والعضد المكين في هذا المكان",  # a stem of two letters (المكان in the text)
])
def test_not_definite_duals_or_numerals(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("وقال الطبيب إن مقتل الشابين وقع فجرا", [("killed", 2)]),
    ("لقي الطفلان حتفهما في الحريق", [("killed", 2)]),
    ("أصيب المسعفان بجروح طفيفة أثناء عملهم", [("injured", 2)]),
    ("وتمكنت الشرطة من القبض على اللصين اللذين سرقا المتجر", [("arrested", 2)]),
    ("وقتل الأطفال الثلاثة في القصف", [("killed", 3)]),
])
def test_definite_amounts_count_their_victims(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize("text", [
    "أسفرت الاشتباكات عن وقوع قتلى بين الطرفين",  # sides are no victims
    "وأصيب الرجل في العينين بشظايا زجاج",  # body parts are no victims
    "تم إسعاف مصاب واحد من الثلاثة ونقله إلى المستشفى",  # the group a part is taken from
])
def test_definite_amounts_that_count_no_victims(text: str) -> None:
    assert ("killed", 2) not in counts(text) and ("injured", 2) not in counts(text) \
        and ("injured", 3) not in counts(text)


def test_definite_things_are_no_group_for_a_part() -> None:
    # خمسة أشخاص ... المركبات الثلاث بينهما شقيقان: the part belongs to the people, not to the things named again
    text = "وتوفي خمسة أشخاص كانوا في المركبات الثلاث بينهم شقيقان"
    assert ("killed", 2) in counts(text)


@pytest.mark.parametrize(("text", "found"), [
    ("فاز الأهلي على الزمالك بنتيجة 3-1 أمس", [("3", 3), ("1", 1)]),  # both numbers of a score
    ("وفاز الفريق على منافسه (4 ــ 2) في المباراة", [("4", 4), ("2", 2)]),
    ("وانتهت المباراة بنتيجة 3 ــ 2 للضيوف", [("3", 3), ("2", 2)]),
    ("وسجل اللاعب الهدف الثاني بالدقيقة (75) من عمر المباراة", []),  # a goal's minute in brackets
    ("قال الكاتب: ولست أدرك سر هذا الغياب", []),  # "I am not", no six
    ("وسافر لست سنوات إلى الخارج", [("ست", 6)]),
    ("وقع الاتفاق مع مجموعة 5+1 في فيينا", []),  # a name, no score and (facts-r35) no amounts
    ("شكرا لك على إنصافك حول مطالبتي بترشيد الاستهلاك وللفقراء بالخصوص", []),  # "my demand", no dual
    ("سيطرت القوات على جبهتي بلة والعند", [("جبهتي", 2)]),  # a construct dual before two names
])
def test_audit_scores_minutes_and_laysa(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


def test_a_definite_round_number_after_min_still_counts() -> None:
    # اقترب من المليون: the round number reached, not the group of a part (main counts it so)
    text = "وقال التقرير إن عدد الذين جرى اعتقالهم اقترب من المليون فلسطيني"
    assert ("arrested", 1000000) in counts(text)

