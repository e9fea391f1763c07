"""Round r267: blessings and God's praise in sermons and columns (stop 43): a name keeps no blessing after it, a
blessing on the Prophet alone stands for him, and a scholar of old or God cited inside someone's words leaves the
one speaking to go on."""

from tests.streams.extract.quote_rounds import speakers

SERMON = ("أكد إمام وخطيب المسجد النبوي الشيخ عبدالمحسن بن محمد القاسم أن دم المسلم أعز الدماء عند الله، "
          "وقال الطيبي - رحمه الله - من حاول قتل من خلقت الدنيا لأجله فقد حاول زوال الدنيا.\n\n"
          "وبيَّن أن الله سبحانه وتعالى خلق آدم وأمر الملائكة بالسجود له.")


def test_the_one_preaching_goes_on_after_a_scholar_he_cites() -> None:
    assert speakers(SERMON, tagged=True)[-1] == "عبدالمحسن بن محمد القاسم"


def test_a_blessing_on_the_dead_is_no_part_of_the_name() -> None:
    assert speakers("وقال الأمير نايف رحمه الله إن الأمن مسؤولية الجميع.", tagged=True) == ["نايف"]
    assert speakers("وقال عمر بن الخطاب رضي الله عنه إن العدل أساس الملك.", tagged=True) == ["عمر بن الخطاب"]


def test_a_blessing_on_the_prophet_alone_stands_for_him() -> None:
    text = "وحث على الرحمة، قال صلى الله عليه وسلم «الراحمون يرحمهم الرحمن»."
    assert speakers(text, tagged=True) == ["النبي"]


def test_god_with_his_praise_is_god_and_is_cited() -> None:
    text = ("أكد إمام وخطيب المسجد النبوي الشيخ عبدالمحسن بن محمد القاسم أن دماء المسلمين عند الله عظيم. وقال إن "
            "القرب من المؤمن خير قال النبي صلى الله عليه وسلم «إذا زار المسلم أخاه في الله أو عاده، قال الله عز وجل: "
            "طبت وطاب ممشاك».\n\nوبيَّن إمام وخطيب المسجد النبوي أن المصائب مكفرة للسيئات.")
    found = speakers(text, tagged=True)
    assert "الله عز" not in found
    assert found[-1] == "عبدالمحسن بن محمد القاسم"
