"""Round counts-r262: the opened fresh count set C22 (stop 42). Constructed sentences."""

from tests.streams.extract.facts_rounds import counts


def test_those_aboard_a_craft_gone_missing_are_missing() -> None:
    assert counts("والقارب المفقود أبحر مساء الأربعاء، إلا أنه تأخر عن العودة وعلى متنه أربعة سعوديين، وتم إبلاغ حرس الحدود.") \
        == [("missing", 4.0)]


def test_those_aboard_a_hijacked_plane_stay_kidnapped() -> None:
    assert counts("أعلنت السلطات اختطاف طائرة وعلى متنها 118 شخصا.") == [("kidnapped", 118.0)]


def test_people_who_lost_their_jobs_are_not_missing() -> None:
    assert counts("فيما فقد أكثر من 350 من الصحفيين والعاملين في وسائل الإعلام وظائفهم.") == []


def test_two_families_in_a_quarrel_are_no_arrest() -> None:
    assert counts("تم القبض على قاتل الشاب خلال شجار جد مساء أمس بين عائلتين. كما تم القبض على شقيقه واثنين من أبناء عمه.") \
        == [("arrested", 2.0)]


def test_two_deaths_then_a_list_of_wounds_by_how_bad() -> None:
    # حالتي وفاة وإصابة حرجة وثلاث إصابات متوسطة: two killed; the wounded told only by how badly, no count
    assert counts("وأوضح المتحدث أن الحادث أسفر عن حالتي وفاة وإصابة حرجة وثلاث إصابات متوسطة.") == [("killed", 2.0)]
    assert counts("خلف الحادث وفاة شخص وإصابة إثنين بإصابات حرجة وثلاث حالات متوسطة.") == []


def test_one_group_hurt_badly_stays_a_count() -> None:
    assert counts("أصيب 5 أشخاص بإصابات خطيرة في الحادث.") == [("injured", 5.0)]


def test_a_second_noun_of_the_same_people_is_not_their_fate() -> None:
    assert counts("بلغنا عتبة جديدة حيث أن أكثر من ألفي مهاجر ولاجئ لقوا حتفهم.") == [("killed", 2000.0)]
