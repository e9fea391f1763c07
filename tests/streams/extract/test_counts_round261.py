"""Round counts-r261: the opened fresh count set C20 (stop 42). Constructed sentences."""

from tests.streams.extract.facts_rounds import counts


def test_one_death_written_out_is_one_killed() -> None:
    assert ("killed", 1.0) in counts("انقلبت سيارة تقل أربعة عمال، ونتج عن الحادث وفاة واحدة، وأصيب ثلاثة آخرون.")


def test_one_death_in_a_tally_of_a_disease_is_no_count() -> None:
    assert counts("أعلنت وزارة الصحة تسجيل 4 حالات إصابة جديدة بفايروس كورونا، وحالة شفاء واحدة، وحالة وفاة واحدة.") == []


def test_the_deaths_named_before_the_victims_still_count_them() -> None:
    # حالات الوفاة كانت لمواطن وطفل وفتاتين: الوفاة is the event, not one dead man whose kin follow
    assert ("killed", 2.0) in counts("وقع حادث تصادم أودى بأربعة أشخاص، وكانت حالات الوفاة لمواطن وطفل وفتاتين.")


def test_people_among_the_missing_and_the_missing_by_their_definite_number() -> None:
    found = counts("تدخل القضاء الفرنسي نظرا لوجود اربعة فرنسيين بين المفقودين ال239 في الحادث.")
    assert ("missing", 4.0) in found and ("missing", 239.0) in found


def test_parts_of_the_wounded_told_by_their_care_are_no_counts() -> None:
    assert counts("خلف الحادث 9 حالات وفاة، و33 إصابة، نقل 13 منهم إلى العناية المركزة و20 تحت العلاج.") \
        == [("killed", 9.0), ("injured", 33.0)]


def test_guns_destroyed_are_no_dead() -> None:
    assert counts("أفادت المعارضة بمقتل 50 عنصرا لقوات النظام، ودمرت ثلاث دبابات لقوات النظام ومدفعين عيار 23.") \
        == [("killed", 50.0)]


def test_an_arrest_after_kama_is_a_new_statement() -> None:
    # هم 101 طفل و67 امرأة وعشرة رجال ... كما تم القبض على قيادي: the ten are no arrest
    assert ("arrested", 10.0) not in counts(
        "حرر الجيش 178 رهينة كانوا مختطفين لدى الإرهابيين، هم 101 طفل و67 امرأة وعشرة رجال ... كما تم القبض على قيادي.")
    assert counts("وقوله إن فروض الصلاة أربعة، بينما تؤكد المصادر أنه ألقي القبض عليه مرات.") == []
