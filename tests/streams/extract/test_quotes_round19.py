"""Quotation speakers, round r19: failure kinds found in the opened blind set v25
(tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_future_verb_after_a_title_is_no_name() -> None:
    # المدرب التشيلي سيواجه الإقالة: the future verb and its object were read as the coach's name, and a later
    # bare المدرب took it; وأضاف ستكون الساعات: the verb opened a subject
    said = "وقال المدير خالد العمري إن الخطة تسير. "
    assert speakers(said + "ويرى منتقدون أن المدرب الإسباني سيواجه الإقالة قريبا. وقال المدرب \"الموسم الجيد "
                           "يرتبط بالفوز دائما\".")[2] == "المدرب"
    assert speakers(said + "ويرى منتقدون أن الوزير سيواجه المساءلة قريبا. وقال الوزير إن الموسم صعب.")[2] == "الوزير"
    assert speakers(said + "وتوقع أن الفريق سينضم لمعسكر الوحدة. وأكد الوحدة أنه دخل في مفاوضات نهائية.")[-1] \
        == "الوحدة"
    assert speakers(said + "وأضاف ستكون الساعات القادمة هي الفاصلة للمدينة، وبين أن الحصار انتهى.") \
        == ["خالد العمري", "خالد العمري"]
    # foreign first names in سي/ست stay names
    assert speakers("وقال المدرب سيرجي روميرو إن الفريق جاهز.") == ["سيرجي روميرو"]
    assert speakers("وقال اللاعب سيونغ (71 عاما) إن الأمر صعب.") == ["سيونغ"]
    assert speakers("وأكد المدرب ستيفن جيرارد أن الفريق جاهز.") == ["ستيفن جيرارد"]


def test_those_spoken_of_before_the_subject_are_no_speaker() -> None:
    # قال عنهم فلان: the plural pronoun after عن was read as the subject (the singular was skipped already)
    said = "وقال الوزير خالد العمري إن الخطة تسير. "
    assert speakers(said + "وقد قال عنهم المؤرخ الكبير جون كوتر في كتابه: \"كانت لهم همة عالية في العلم\".")[1] \
        == "جون كوتر"
    assert speakers(said + "وهم الذين قال عنهما الباحث سامي الحربي إنهما من أعلام المدينة.")[1] == "سامي الحربي"


def test_a_relative_after_a_comma_speaks_for_the_one_met() -> None:
    # التقت الصحيفة بمدير القناة فلان، والذي قال: the one met (after ب, or with والذي) speaks, not the paper
    assert speakers("والتقت الصحيفة بمدير عام القناة خالد بن سعد العمري، والذي قال: القناة تعمل بجد كل يوم.") \
        == ["خالد بن سعد العمري"]
    assert speakers("والتقت الصحيفة بالمواطن خالد العمري، الذي قال إن الحي تضرر كثيرا.") == ["خالد العمري"]
    assert speakers("وحضر الحفل المواطن خالد العمري، والذي قال إن الحي تضرر كثيرا.") == ["خالد العمري"]
    assert speakers("ولم ينس التصفيق لحسن نصرالله، والذي زعم أنه ذهب ليحارب في سوريا.") == ["حسن نصرالله"]
    # a title without a preposition stays, and a relative of a thing names no one
    assert speakers("وحضر الحفل المهندس خالد العمري، الذي قال إن الحي تضرر كثيرا.") == ["خالد العمري"]


def test_a_deed_confessed_reports_no_words() -> None:
    # اعترف بقتل ...، ولكن يعتقد أنه: a noun after ب is the deed confessed, no words reported; the confessor goes on
    said = "وقال الوزير خالد العمري إن الخطة تسير. "
    assert speakers(said + "وكان سامي اعترف بقتل ثلاثة أشخاص في المدينة، ولكن يعتقد أنه قتل أكثر.") == ["خالد العمري"]
    assert speakers(said + "واعترف المتهم بسرقة السيارة، وقال إنه نادم.") == ["خالد العمري", "المتهم"]
    assert speakers(said + "واعترف الموقوف بتواجده في المكان يوم الحادث، مضيفا أنه لم يشارك.") \
        == ["خالد العمري", "الموقوف"]
    # confessing that, an office in construct, or an office with its place: words reported
    assert speakers("واعترف المتهم بأنه سرق السيارة.") == ["المتهم"]
    assert speakers("واعترف مسؤول بالوزارة بأن الخطة فشلت.") == ["مسؤول بالوزارة"]
    assert speakers("فيما اعترف رئيس بلدية المدينة المهندس سامي الحربي بتأخر المقاول، مؤكدا أن العمل سينتهي.") \
        == ["سامي الحربي"]
