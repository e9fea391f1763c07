"""Quotation speakers, round r73: kinds found among the errors of the opened S31 and S32, each as a short
constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_pronoun_source_after_naql_is_the_one_speaking() -> None:
    # ونقلت الوكالة عنه القول إن: the one the pronoun stands for, already speaking, not the outlet (nor no one)
    text = ('وقال وزير الخارجية عادل الجبير إن المفاوضات مستمرة. ونقلت وكالة أنباء "الأناضول" التركية عنه القول إن '
            "الحل سياسي.")
    assert speakers(text) == ["عادل الجبير", "عادل الجبير"]
    text = "وقالت الوزيرة سارة العلي إن الخطة جاهزة. ونقلت صحيفة الحياة عنها القول إن التنفيذ يبدأ غدا."
    assert speakers(text) == ["سارة العلي", "سارة العلي"]
    # (a named source after عن still speaks)
    text = "وقال الوزير عادل الجبير إن المفاوضات مستمرة. ونقلت الوكالة عن مسؤول أمني أن الهجوم وقع فجرا."
    assert speakers(text) == ["عادل الجبير", "مسؤول أمني"]
    # (an aside with the pronoun, حسبما نقلت عنه الصحيفة، is no quotation of its own: the one named goes on)
    text = "وشدد البقعاوي، حسبما نقلت عنه صحيفة “الرياض”، على دور المهندسين، معتبراً أن هذا القطاع لم يأخذ حقه."
    assert speakers(text) == ["البقعاوي"]


def test_a_bodys_task_holds_no_speaker() -> None:
    # اللجنة المكلفة بالتحقق في قضية فلان: the committee speaks, the name belongs to its task
    text = "أكدت اللجنة المكلفة بالتحقق في قضية الطالب محمد العتيبي أنه لم يثبت أي خطأ إداري."
    assert speakers(text) == ["اللجنة المكلفة بالتحقق"]
    text = "وأوضحت الهيئة المكلفة بمتابعة ملف اللاعب سامي الحربي أن العقد سيجدد."
    assert speakers(text) == ["الهيئة المكلفة بمتابعة"]
    # (an officer in charge is a person's office: المكلف بالإعلام في الوزارة فلان speaks)
    assert speakers("وقال المكلف بالإعلام في الوزارة سامي الحربي إن الموعد ثابت.") == ["سامي الحربي"]
    # (a source knowing in a body, مصدر مطلع بمجلس نواب الشعب, keeps the body)
    assert speakers("أكد مصدر مطلع بمجلس نواب الشعب أن البرلمان لم يتلق طلبا.") == ["مصدر مطلع بمجلس نواب الشعب"]


def test_according_to_what_he_told_a_medium() -> None:
    # بحسب ما أكده لمراسلة الإذاعة، فلان، القيادي في الحزب، مضيفا: the one spoken to, then the source
    text = ("وتضم الجبهة عدة أحزاب، بحسب ما أكده لمراسلة الإذاعة، سامي الحربي، القيادي في الحزب، مضيفا أن الباب "
            "مفتوح.")
    assert speakers(text) == ["سامي الحربي"]
    text = ("وطالب الأولياء بتوفير النقل المدرسي، وفق ما أكده للإذاعة، علي عبيد، الممثل عن الأولياء، مشيرا إلى أن "
            "المطالب قديمة.")
    assert speakers(text) == ["علي عبيد"]


def test_a_full_addressee_ends_the_subject() -> None:
    # وأضاف فلان لرويترز في العاصمة الماليزية كوالالمبور "…": the place after the one spoken to is no speaker
    text = ('وأضاف لامين دياك رئيس الاتحاد الدولي للقوى لرويترز في العاصمة الماليزية كوالالمبور "هناك مزاعم سيقت '
            'لكن دون أدلة."')
    assert speakers(text) == ["لامين دياك رئيس الاتحاد الدولي للقوى"]
    assert speakers("وقال مصدر أمني لرويترز إن الهجوم وقع فجرا.") == ["مصدر أمني"]
    # (للصحفيين with its adjective is a body's field: النقابة الوطنية للصحفيين التونسيين speaks whole)
    text = "قال عضو المكتب التنفيذي للنقابة الوطنية للصحفيين التونسيين، زياد دبار إن الهياكل جددت تمسكها."
    assert speakers(text) == ["زياد دبار"]
    text = "اعتبرت النقابة الوطنية للصحفيين التونسيين أن المنشور مخالف للقانون."
    assert speakers(text) == ["النقابة الوطنية للصحفيين التونسيين"]


def test_a_quoted_yes_or_no_is_said() -> None:
    # قال فلان “نعم”.: an answer closing its sentence, words said
    text = ("ولدى سؤاله عما إذا كان الرئيس سيحضر القمة قال نائب المندوب لدى الأمم المتحدة حسن حميد حسن “نعم”. "
            "ولم يعط المزيد من التفاصيل.")
    assert speakers(text) == ["حسن حميد حسن"]
    assert speakers("وسئل الوزير عن الاستقالة فقال «لا».") == ["الوزير"]
    # (a quoted no with more after it is a vote, not words said: قالوا «لا» للمشروع)
    assert speakers("وقال الناخبون «لا» للمشروع في الاستفتاء.") == []
