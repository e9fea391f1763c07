"""Quotation speakers, round speakers-r46: the wrong person (a speaker disjoint from the right one), each kind as a
short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_participle_after_a_clause_opened_by_qad_takes_that_clause_subject() -> None:
    # وقد وجه اللواء فلان شكره ...، مؤكدا: the verb after قد opens a new clause (وجه ends like a noun, but after قد
    # it is a verb), its subject goes on, not the one who spoke before
    text = ("قال المتحدث سالم القحطاني إن الدوريات ضبطت المهربين, وقد وجه قائد حرس الحدود اللواء فهد بن سعيد "
            "الغامدي شكره للعاملين على جهودهم، مؤكدا أن الدوريات ستبقى يقظة.")
    assert speakers(text) == ["سالم القحطاني", "فهد بن سعيد الغامدي"]
    text = ("وأوضح الناطق الرسمي ماجد العتيبي أن الفرق باشرت الحريق. وقد شكر مدير الدفاع المدني اللواء سعد بن "
            "خالد المطيري الفرق الميدانية، مشيرا إلى أن الخسائر محدودة.")
    assert speakers(text) == ["ماجد العتيبي", "سعد بن خالد المطيري"]


def test_a_plural_participle_after_a_quantified_group_takes_the_group() -> None:
    # وتخوف بعض الخبراء الاقتصاديين من ...، مؤكدين: the group, not the plural speakers met before
    text = ("ويرى محللون ماليون أن الأسعار مرتفعة. وتخوف بعض الخبراء الاقتصاديين من رفع الدعم عن الوقود، "
            "مؤكدين أن الوضع لا يسمح بذلك.")
    assert speakers(text) == ["محللون ماليون", "بعض الخبراء الاقتصاديين"]


def test_kama_after_a_comma_opens_a_clause_whose_subject_speaks_by_qawl() -> None:
    # ...، كما تحدث الوزير فلان بقوله: the one كما brings in, not the speaker before the comma
    text = ("وقال رئيس الوزراء البريطاني جون براون إن الراحل كان حكيما، كما تحدث وزير الخارجية الألماني هانز "
            "مولر بقوله: إن العالم فقد رجلا عظيما.")
    assert speakers(text) == ["جون براون", "هانز مولر"]


def test_a_verb_that_reports_only_words_right_after_it_gives_its_subject_to_bi_qawlihi() -> None:
    # واختتم الرشيد حديثه بقوله: اختتم reports no words of its own here, its subject speaks by بقوله
    text = ("وأوضح مدير الجمعية عبدالله الرشيد أن الجمعية تخدم الأيتام. وقال عضو الجمعية عوض الزهراني إن "
            "البرامج كثيرة. واختتم الرشيد حديثه بقوله: نسأل الله التوفيق للجميع.")
    assert speakers(text) == ["عبدالله الرشيد", "عوض الزهراني", "عبدالله الرشيد"]


def test_a_report_subject_of_the_verb_before_bil_qawl_speaks() -> None:
    # ويختتم التقرير بالقول إن: the report's words, not the researcher quoted before
    text = "وقال الباحث سعيد العمري إن الإنفاق سيزيد. ويختتم التقرير بالقول إن دول المنطقة زادت إنفاقها."
    assert speakers(text) == ["سعيد العمري", "التقرير"]


def test_the_one_talked_with_is_not_the_holder_of_the_office_described() -> None:
    # وزير خارجية مصر، في المؤتمر المشترك مع الوزير فلان، أن: the description stays (he is not the minister met)
    text = "وأكد وزير الخارجية المصري، خلال لقائه مع الوزير عادل الشمري، أن مصر ملتزمة بدعم الحوار."
    assert speakers(text) == ["وزير الخارجية المصري"]
    text = "وأكد وزير الخارجية المصري، في المؤتمر الصحفي المشترك مع الوزير عادل الشمري، أن مصر ملتزمة بالحوار."
    assert speakers(text) == ["وزير الخارجية المصري"]


def test_one_met_with_in_another_sentence_may_still_hold_the_office() -> None:
    text = "التقى الوزير مع السفير الياباني كينجي ناكامورا في الرياض. وقال السفير إن بلاده تدعم المشروع."
    assert speakers(text) == ["كينجي ناكامورا"]


def test_a_complement_glued_to_bi_or_li_before_a_titled_subject_is_not_the_subject() -> None:
    # شاركت بالحديث الكاتبة فلانة ...، حيث قالت: the verb's complement, then its subject
    text = "كذلك شاركت بالحديث الكاتبة منى القرشي عن كتابها الجديد، حيث قالت إنه دراسة في البلاغة."
    assert speakers(text) == ["منى القرشي"]
    text = "وشارك بالنقاش الدكتور سعد العتيبي في الندوة، حيث قال إن التعليم يحتاج إلى إصلاح."
    assert speakers(text) == ["سعد العتيبي"]


def test_a_first_name_before_a_demonstrative_is_a_noun_in_construct() -> None:
    # يبلغ عمر هذه الطيور: عمر is the age (a noun before هذه), never the one speaking
    text = ("وفيما يبلغ عمر هذه الطيور ساعات انطلق مدير المحطة جون ميلر بالشاحنة في رحلة ليلية قائلا إن الهدف "
            "هو نقلها إلى مكان آمن.")
    assert speakers(text) == ["جون ميلر"]


def test_the_subject_after_an_addressee_in_brackets_speaks() -> None:
    # وأكدت لـ(الصحيفة) مصادر أنه: the addressee in brackets, then the subject
    text = ("وكشفت جولة الصحيفة أن غالبية المدارس تحت الصيانة. وأكدت لـ(عكاظ) مصادر أنه رغم الانتقال فإن الدراسة "
            "ستبدأ في موعدها.")
    assert speakers(text) == ["جولة الصحيفة", "مصادر"]


def test_kama_with_a_present_verb_an_addressee_or_a_body_of_the_other_gender_opens_no_new_speaker() -> None:
    # كما سيلتقي الوفد ...، كما قدم فلان شكره لمدير ... العميد فلان، كما فتحت هيئة ...، مشيرا: the speaker before goes on
    text = ("وقال المحافظ سامي العياري إن الوفد التقى برئيس الجمهورية، كما سيلتقي رئيس الحكومة وعدة وزراء، مشيرا "
            "إلى أنه استقبل الوفد أمس.")
    assert speakers(text) == ["سامي العياري", "سامي العياري"]
    text = ("وأكد مدير الدوريات بندر الشريف أن الأمن مستتب، كما قدم الشريف شكره لمدير شرطة جدة العميد طلال "
            "الصيدلاني على حضوره، معتبرا حضوره شرفا ويدل على أن رجال الأمن متكاملون.")
    assert speakers(text) == ["بندر الشريف", "بندر الشريف"]
    text = ("وقال المحلل عبدالله باعشن إن السوق مستقرة، كما فتحت هيئة سوق المال المجال للجميع، مشيرا إلى أن "
            "النظرة المستقبلية إيجابية.")
    assert speakers(text) == ["عبدالله باعشن", "عبدالله باعشن"]


def test_an_opening_adverbial_of_four_words_before_the_main_verb_is_passed() -> None:
    # وعلى إثر انتشار الفيديو، تعهد المتحدث فلان ...، وغرد قائلا: the main verb's subject, not a word of the sentence before
    text = ("ويتضح من الفيديو أن الوظائف الجديدة لم تطرح بعد. وعلى إثر انتشار الفيديو، تعهد المتحدث باسم وزارة "
            "العمل خالد الحربي بالرد المناسب، وغرد قائلا: \"المستشفى مخالف للنظام\".")
    assert speakers(text) == ["خالد الحربي"]


def test_an_adjective_in_construct_with_its_noun_is_not_a_name() -> None:
    # مسؤول عراقي رفيع المستوى: رفيع is an adjective here (رفيع المستوى), not the first name رفيع
    text = "وكشف لـ(عكاظ) مسؤول عراقي رفيع المستوى أن الحكومة ملتزمة بالاتفاق."
    assert speakers(text)[0] != "رفيع المستوى" and speakers(text)[0].startswith("مسؤول عراقي")
    text = "وقال مسؤول أمريكي رفيع المستوى إن المحادثات مستمرة."
    assert speakers(text)[0].startswith("مسؤول أمريكي")


def test_a_second_adverbial_after_the_opening_one_is_no_verb() -> None:
    # بعد جدل من أيام، حول الصورة ...، خرجت الفتاة ... وقالت: حول is no main verb, الصورة no subject
    text = ("بعد جدل من أيام، حول الصورة التي التقطت لها جوار ضحايا الهجوم، خرجت الفتاة المحجبة عن صمتها "
            "وقالت،، إنها كانت قد انتهت من مساعدة أحد الجرحى.")
    assert speakers(text) != ["الصورة"]


def test_a_derived_verbal_noun_with_a_pronoun_after_the_verb_is_its_object() -> None:
    # وذكر انضمامه لحزب ...، وأضاف: his joining is what he told of, the one speaking goes on
    text = ("وقال الخبير سعيد العمري إن السوق مستقرة. وذكر انضمامه لحزب الدعوة منذ عام 1980، وأضاف بأن جميع "
            "المكونات لهم حقوق.")
    assert speakers(text) == ["سعيد العمري", "سعيد العمري"]
    text = "وقالت الطالبة منى الحربي إن الامتحان سهل. وأبدت استعدادها للمشاركة، وأضافت أن المسابقة مفيدة."
    assert speakers(text) == ["منى الحربي", "منى الحربي"]
