"""Quotation speakers, round r8: failure kinds found in the opened set M and in fresh articles read by
eye (tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from scripts.eval_facts import _entities
from streams.extract.quotes import find_quotes


def speakers(text: str, tagged: bool = False) -> list:
    return [q.speaker for q in find_quotes(text, _entities(text, tagged))]


def test_al_adid_min_is_a_group_like_adad_min() -> None:
    # ذكر العديد من السكان أن: the group speaks, not the bare quantifier
    text = "وذكر العديد من السكان في القرية أن الوضع هادئ تماما منذ أيام."
    assert speakers(text) == ["العديد من السكان"]
    # a second plural joined by و belongs to the group (والمقيمين)
    text = "وأكد عدد من المواطنين والمقيمين في المحافظة أن الحياة تسير بشكل طبيعي."
    assert speakers(text) == ["عدد من المواطنين والمقيمين"]
    # a noun in construct after من takes its complement (إدارات الفنادق)
    text = "وصرحت العديد من إدارات الفنادق في المدينة أن نسبة الإشغال مرتفعة."
    assert speakers(text) == ["العديد من إدارات الفنادق"]


def test_participle_after_a_that_clause_goes_to_its_subject() -> None:
    # ذكرت الصحيفة أن المدرب فلان تحدث عن رحيل اللاعب فلان، مؤكدا: the coach (the clause's subject) goes on,
    # not the player last named inside it, and not the paper (the participle is masculine)
    text = ("وذكرت الصحيفة أن المدرب خالد السالم تحدث عن رحيل اللاعب سعد الناصر عن الفريق، "
            "مؤكدا أنه قرار صعب على الجميع.")
    assert speakers(text) == ["الصحيفة", "خالد السالم"]
    text = ('ذكرت صحيفة "الأنباء" المحلية أن ماركو فيرنانديز مدرب الفريق تحدث عن رحيل الحارس سعد الناصر '
            'هذا الموسم مؤكدا أنه قرار صعب على الجميع.')
    assert speakers(text)[1] == "ماركو فيرنانديز"
    # a feminine participle after a feminine body stays with the body
    text = "ذكرت الوزارة أن الشرطة اعتقلت المتهم سعد الناصر في الرياض، مضيفة أنه اعترف بالتهم."
    assert speakers(text) == ["الوزارة", "الوزارة"]
    # one bare word after إن is no name (إن تطبيق "…"): the paper goes on
    text = 'قالت صحيفة "التايمز" البريطانية، إن تطبيق "واتساب" سيتغير قريبا حيث قال: "هذا هو الشكل الجديد للتطبيق".'
    assert speakers(text)[1] != "تطبيق"


def test_a_comma_before_the_words_does_not_hide_a_name_after_an_adverbial() -> None:
    # رئيس قسم ... والمشرف على برنامج ... لمركز ... فلان، أن: the name ends the subject, comma or not
    text = ("وذكر مدير قسم الطوارئ والمشرف على برنامج الصيف لمركز الشباب يوسف السالم، أن القسم "
            "استقبل مئة حالة خلال العيد.")
    assert speakers(text) == ["يوسف السالم"]
    text = ("وذكر مدير قسم الطوارئ والمشرف على برنامج الصيف لمركز الشباب يوسف السالم أن القسم "
            "استقبل مئة حالة خلال العيد.")
    assert speakers(text) == ["يوسف السالم"]


def test_mimman_opens_a_relative_clause_never_a_name() -> None:
    # دعت الهيئة ... السائقين ممن تنطبق عليهم ...، مؤكدة: ممن (من الذين) is no name; the body goes on
    text = ("ودعت المديرية العامة للمرور السائقين ممن تنطبق عليهم الشروط إلى سرعة مراجعة المراكز، "
            "مؤكدة أن المهلة لن تمدد.")
    assert speakers(text) == ["المديرية العامة للمرور"]


def test_a_bodys_field_after_lil_completes_its_name_and_a_noun_after_it_is_the_object() -> None:
    # أوضحت الجوازات ... ودعت المديرية العامة للجوازات الأخوة المقيمين ...، مؤكدة: the body, with its field
    text = ("وأوضحت الجوازات أن العمل مستمر في المراكز. ودعت المديرية العامة للجوازات الأخوة المقيمين "
            "ممن لم يصححوا أوضاعهم إلى المراجعة، مؤكدة أن المهلة لن تمدد.")
    assert speakers(text) == ["الجوازات", "المديرية العامة للجوازات"]
    # an adjective after the field stays (للتنمية المستدامة)
    text = "ودعت الهيئة الوطنية للتنمية المستدامة الشركات إلى المشاركة، مؤكدة أن الحملة تستمر شهرا."
    assert speakers(text) == ["الهيئة الوطنية للتنمية المستدامة"]
    text = "وكانت القيادة العامة للقوات المسلحة أعلنت عن استشهاد أحد أبنائها، مؤكدة أن التحقيق جار."
    assert speakers(text) == ["القيادة العامة للقوات المسلحة"]


def test_a_tweeter_is_a_persons_title() -> None:
    # وقال المغرد فلان "…": the user's name, even one no list knows, after المغرد
    text = 'وقال المغرد همام "هل لنا الحق في محاسبته؟ انا مواطن لا أرضى بهذا الاتهام".'
    assert speakers(text) == ["همام"]
    text = 'وكتبت المغردة ريم: "هذا القرار خاطئ تماما ولا يخدم أحدا". وقالت المغردة ريم إن القرار مرفوض.'
    assert speakers(text)[-1] == "ريم"


def test_a_bodys_aim_after_lil_and_an_or_ala_completes_its_name() -> None:
    # جماعة (…) للدفاع عن حقوق المرأة: the aim is part of the body's name, not a cut after للدفاع
    text = "قالت جماعة (العدالة أولا) للدفاع عن حقوق المرأة إنه على الرغم من القوانين لم يتغير شيء."
    assert speakers(text) == ["جماعة (العدالة أولا) للدفاع عن حقوق المرأة"]
    text = "وأكدت الجمعية الخيرية للمحافظة على البيئة أن الحملة ناجحة."
    assert speakers(text) == ["الجمعية الخيرية للمحافظة على البيئة"]


def test_a_womans_occupation_in_apposition_ends_her_name() -> None:
    # وأشارت فلانة طالبة الطب ...: her first name, the occupation describes her
    text = "وأشارت سلمى طالبة الطب في السنة الأولى، إلى أنها من أسرة كبيرة."
    assert speakers(text) == ["سلمى"]
    text = "وقالت هند معلمة الرياضيات في المدرسة إن الطالبات متفوقات."
    assert speakers(text) == ["هند"]
    # an occupation with its adjectives and أخرى is a description, no name
    text = "وقالت طالبة جامعية أخرى إنها تراجع المكتب كل أسبوع."
    assert speakers(text) == ["طالبة جامعية أخرى"]


def test_a_rank_then_a_family_name_given_elsewhere_with_its_first_name_then_an_object() -> None:
    # ودعا العميد فلان المقيمين إلى ...، مبينا: the family name (its first name given before), then the object
    text = ("وقال مدير الإعلام المقدم سعد الناصر إن العمل مستمر. وقدم مدير الجوازات العميد سليمان بن عبدالرحمن "
            "الحربي، من جهته، شكره للموظفين. ودعا العميد الحربي المقيمين إلى المسارعة في إنهاء إجراءاتهم، "
            "مبينا أن الحملة ستبدأ قريبا.")
    assert speakers(text) == ["سعد الناصر", "سليمان بن عبدالرحمن الحربي"]


def test_fa_inna_after_a_family_name_is_no_part_of_it() -> None:
    # وبحسب السفير فلان فإن ...: فإن (folded فان) opens the clause; no name "فلان فان" stands for the ambassador
    text = ("وقال السفير التونسي علي قوطالي في حديث مع الوكالة: «نعمل على اتفاقية بين البلدين». وبحسب السفير قوطالي فإن الحديث يدور "
            "عن إنشاء مركز للصناعات، إذ قال: «اتفقنا على إقامة شراكة استراتيجية تشمل التعاون الصناعي».")
    assert "فإن" not in " ".join(speakers(text))


def test_ali_spelt_with_ya_after_an_office_in_an_article_that_spells_ala_apart() -> None:
    # the article writes على with ى and في with ي: علي after an office, before a name word, is the name
    text = "وقال السفير التونسي علي قوطالي في حديث مع الوكالة إن العمل جار على الاتفاقية."
    assert speakers(text) == ["علي قوطالي"]
    # على with ى there stays the preposition
    text = "وشدد وزير الصحة السعودي على ضرورة العمل في المستشفيات، مشيرا إلى أن الخطة تسير."
    assert speakers(text) == ["وزير الصحة السعودي"]


def test_lakinnahum_goes_on_with_the_subject_of_its_own_sentence() -> None:
    # ونفى مسؤولو الجمارك ...، لكنهم قالوا: the officials, not the ministry of the sentence before
    text = ("وقالت الوزارة إنها صادرت كمية كبيرة من البضائع. ونفى مسؤولو الجمارك وجود أي مخالفات، "
            "لكنهم قالوا إنه تم ضبط شحنة العام الماضي.")
    assert speakers(text) == ["الوزارة", "مسؤولو الجمارك"]
    text = "وقالت الوزارة إنها صادرت كمية كبيرة من البضائع. ورفضت الشرطة التعليق، لكنها قالت إن التحقيق مستمر."
    assert speakers(text) == ["الوزارة", "الشرطة"]
    # in the same sentence the speaker goes on
    text = "وقالت الوزارة إنها صادرت كمية كبيرة من البضائع، لكنها قالت إن التحقيق مستمر."
    assert speakers(text) == ["الوزارة", "الوزارة"]


def test_a_known_family_name_opening_a_sentence_then_the_verbs_object() -> None:
    # وأشادت عقيل بقرارات الحكومة، واصفة ... وقالت: the person known in the text, not "عقيل بقرارات الحكومة"
    text = ('التقت الإعلامية هند عقيل بالطالبات أمس. وأشادت عقيل بقرارات الحكومة الأخيرة، واصفة إياها '
            'بالخطوة المهمة. وقالت: "الإعلامية تحتاج إلى الوعي دائما".')
    assert speakers(text) == ["هند عقيل"]
