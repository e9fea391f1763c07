"""Quotation speakers, round r105: verbs of saying whose words follow as a plain clause, with no complementizer, colon
or quote mark (after a comma, or a bare وقال before a negation or سيتم), each as a short constructed sentence, with
guards that must stay no quotation."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_name_then_a_comma_then_the_words() -> None:
    # وقال فلان، يضاف إلى ذلك …: the name alone before the comma, the clause after it is the words
    assert speakers("وقال سامي الحربي، يضاف إلى ذلك ضعف التنسيق بين الدوائر الحكومية.") == ["سامي الحربي"]


def test_a_bare_verb_then_a_comma_then_the_words() -> None:
    # وأضاف، إدارة المطار تخاطب …: the last speaker goes on, with a topic fronted or none
    assert speakers("وقال مدير المطار خالد العمري إن الرحلات منتظمة. وحول ظاهرة النقل غير النظامي أضاف، "
                    "إدارة المطار تخاطب الجهات المختصة لمنعهم.") == ["خالد العمري", "خالد العمري"]
    assert speakers("وقال مدير المطار خالد العمري إن الرحلات منتظمة. وأضاف، الصالات الجديدة تفتح أبوابها قريبا.") \
        == ["خالد العمري", "خالد العمري"]


def test_a_bare_verb_then_a_negation_or_the_future() -> None:
    # وأضاف لم …، وقال سيتم …: a clause of its own at once
    assert speakers("وقال مدير الشرطة سعد القحطاني إن الحادث وقع ليلا. وأضاف لم يصب أحد بأذى.") \
        == ["سعد القحطاني", "سعد القحطاني"]
    assert speakers("وقال مدير المصنع سعد القحطاني إن الإنتاج ارتفع. وقال سيتم العمل على آليات حديثة في التسويق.") \
        == ["سعد القحطاني", "سعد القحطاني"]
    assert speakers("وقال مدير المصنع سعد القحطاني إن الإنتاج ارتفع. وتابع لن نتوقف عن تطوير المنتج.") \
        == ["سعد القحطاني", "سعد القحطاني"]


def test_a_noun_object_is_no_words() -> None:
    # أضاف فابيان الهدف الثاني، وأضاف الفريق نقطة، …: the verb's object, no speaker before the comma
    assert speakers("وفي الدقيقة الأخيرة أضاف فابيان الهدف الثاني للنصر من ركلة جزاء.") == []
    assert speakers("وأضاف الفريق نقطة، ليرفع رصيده إلى عشر نقاط في الترتيب.") == []


def test_a_name_alone_or_an_aside_is_no_words() -> None:
    # وقال محمد.، وقال محمد، وهو يبتسم …: nothing said after the name, or a clause on the speaker
    assert speakers("وقال محمد.") == []
    assert speakers("وقال محمد، وهو يبتسم للحضور في القاعة.") == []


def test_a_score_is_no_words() -> None:
    # أضاف اللاعب الثاني، 2-0: a score after the comma, no clause said
    assert speakers("وفي الشوط الثاني أضاف سامي الحربي، الهدف الثاني 2-0.") == []


def test_a_view_verb_takes_no_plain_clause() -> None:
    # أكد، أعلن: not verbs of saying that go on with the words
    assert speakers("وأكد سامي الحربي، الدعم الكامل للمبادرة الوطنية الجديدة.") == []


def test_the_paper_spoken_to_then_the_words() -> None:
    # وقال فلان في تصريحات لـ «الصحيفة» النجاحات …، قال فلان لـ «الصحيفة» لقد تم …: the paper in quote marks is the
    # one spoken to, the clause after it the words
    assert speakers("وقال العقيد الشمري في تصريحات لـ «الوطن» النجاحات التي تحققت في الميدان كبيرة.") == ["الشمري"]
    assert speakers("من جانبه قال الطبيب سامي الحربي لـ «الوطن» لقد تم قبولي في برنامج الزمالة.") == ["سامي الحربي"]
    # a name in quote marks inside the words (بجامعة «هارفارد») leaves them plain
    assert speakers("من جانبه قال الطبيب سامي الحربي لـ «الوطن» لقد تم قبولي بزمالة كلية الطب بجامعة «هارفارد» "
                    "في تخصص الأمراض الوراثية.") == ["سامي الحربي"]


def test_a_team_given_a_goal_is_no_paper_spoken_to() -> None:
    # أضاف فلان لـ«النصر» الهدف الثاني: a goal added for a team, no words
    assert speakers("وأضاف سامي الحربي لـ «النصر» الهدف الثاني في الدقيقة الأخيرة من المباراة.") == []


def test_an_aside_or_a_title_is_no_verb_of_plain_words() -> None:
    # كما قالوا، …: the writer's aside; أوبريت مصر قالت، …: a verb inside a title; ابتسم فلان وقال، …: a verb at the end
    # of a clause whose subject came before it; وقال فلان، الطبيب …: an office in apposition, not the words
    assert speakers("وتجمع المتظاهرون للتنديد بالاتفاق الذي يهدد، كما قالوا، الأمن في المنطقة كلها.") == []
    assert speakers("كما سيقام عرض أوبريت مصر قالت، وعرض أوبريت آخر في الحديقة العامة.") == []
    assert speakers("وقال سامي الحربي، الطبيب المختص في المستشفى العام وأن الحالة مستقرة.") == []
