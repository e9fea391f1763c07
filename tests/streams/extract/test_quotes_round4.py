"""Quotation speakers, round r4: failure kinds found in the opened sets H and I and in the r3 wide diff
(tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from streams.extract.quotes import find_quotes


def speakers(text: str) -> list:
    return [q.speaker for q in find_quotes(text, [])]


def test_a_long_description_names_the_person_it_was_first_written_with() -> None:
    # the same description, word for word, stood before his name earlier: it names him again
    text = ("وقع مدير جامعة الملك سعود المكلف الدكتور أحمد بن علي الزهراني مذكرة تفاهم مع الوزارة. "
            "وأوضح مدير جامعة الملك سعود المكلف أن المذكرة تأتي في إطار التعاون بين الجانبين.")
    assert speakers(text) == ["أحمد بن علي الزهراني"]
    text = ("حضر الاجتماع وكيل الوزارة، ومدير الإدارة العامة للطرق بالمنطقة المهندس خالد بن سعد العتيبي. "
            "وأشار مدير الإدارة العامة للطرق بالمنطقة إلى أن العمل يسير وفق الخطة.")
    assert speakers(text) == ["خالد بن سعد العتيبي"]



def test_reported_words_after_a_description_are_no_name() -> None:
    # واعترف المتحدث الرسمي بأنهم تأخروا: بأنهم opens the words, it starts no name after the office
    text = ("حدد المتحدث الرسمي للنادي موعد الإعلان عن المدرب. "
            "واعترف المتحدث الرسمي بأنهم تأخروا عن إعلان التعاقد، قائلا: هناك أقاويل كثيرة.")
    assert speakers(text) == ["المتحدث الرسمي", "المتحدث الرسمي"]


def test_an_aside_with_kama_after_a_bare_verb_is_not_its_subject() -> None:
    # وقالت كما نقلت عنها الوكالة «…»: the outlet only relays her words; she speaks on
    text = ("أكدت الناطقة باسم الوزارة سلمى فلاح مجددا على المواقف المعروفة للبلدين. "
            "وقالت كما نقلت عنها وكالة الأنباء «مواقفنا مختلفة تماما مع ألمانيا حول المسائل الإقليمية». "
            "وأضافت «سنعبر عن قلقنا خلال المحادثات مع الوزير».")
    assert speakers(text) == ["سلمى فلاح", "سلمى فلاح"]
    text = ("وقالت كريمة الشهري إن المعرض ناجح. وأكد الوزير محمد الخالد على أهمية المعرض. "
            "وقالت كما نقلت عنها صحيفة الرياض إن الزوار كثيرون. وأضافت أن المعرض مستمر.")
    assert speakers(text) == ["كريمة الشهري"] * 3


def test_a_speech_noun_ends_the_name_of_the_one_giving_it() -> None:
    # ألقى الأمير فلان كلمة قال فيها، أدلى فلان بتصريح أوضح فيه: the noun is what he gave, not his name
    text = "ثم ألقى صاحب السمو الملكي الأمير فيصل بن مشعل كلمة قال فيها: لعلي أبدأ بالدعاء لجنودنا."
    assert speakers(text) == ["فيصل بن مشعل"]
    text = ("وفي نهاية الحفل أدلى الأمير فيصل بن مشعل بتصريح صحفي أوضح فيه أن هذه البلاد اعتادت على الخير. "
            "وقال إنه لا يخفى على الجميع جهود المملكة.")
    assert speakers(text) == ["فيصل بن مشعل", "فيصل بن مشعل"]


def test_a_body_keeps_its_adjective_that_is_also_an_office_word() -> None:
    # الأمانة العامة، النيابة العامة: العامة is the body's adjective, not an office after a family name
    assert speakers("وقالت الأمانة العامة إن التصريحات غير مسؤولة.") == ["الأمانة العامة"]
    assert speakers("وقالت النيابة العامة للمنطقة إن التحقيق مستمر.") == ["النيابة العامة للمنطقة"]


def test_a_relative_clause_on_a_statement_reports_its_owner() -> None:
    # تصريحات فلان التي أكد فيها أن: the words are his, an aside; the one speaking before goes on
    text = ("وقال جون كيري إن الاتفاق جيد. وعند سؤاله حول تصريحات المرشد الأعلى لإيران، علي خامنئي الأخيرة "
            "التي أكد فيها أن السياسة لن تتغير. وأجاب بأن هذا رأيه.")
    assert speakers(text)[:2] == ["جون كيري", "علي خامنئي"]
    text = ("استنكرت المنظمة التصريحات التي أدلى بها نائب الرئيس نوري المالكي للقناة والتي أكد فيها أن "
            "المملكة داعمة للإرهاب. واعتبرت المنظمة أن هذه التصريحات غير مسؤولة.")
    assert speakers(text) == ["نوري المالكي", "المنظمة"]


def test_a_secretary_is_an_office_before_a_name() -> None:
    # سكرتير محافظ عدن، فلان: the name after the office and its complement
    assert speakers("من جانبه، قال سكرتير محافظ المدينة، وجدان الشعيبي، إن السفن وصلت.") == ["وجدان الشعيبي"]



def test_a_name_in_brackets_after_a_title() -> None:
    # الشاعر ( فلان ): the brackets hold the name, not an aside (but سيونغ (71 عاما) is an age)
    assert speakers("من جهته قال الشاعر ( محمد الدحيمي ) : لا نستطيع لومهم على المشاركة.") == ["محمد الدحيمي"]
    assert speakers("في حين أشار الشاعر (أحمد يوسف الغامدي) أن صناعة النجم مسألة وقت.") == ["أحمد يوسف الغامدي"]
    assert speakers("وقال اللاعب سيونغ (71 عاما) إن الأمر صعب.") == ["سيونغ"]


def test_a_conjunction_glued_to_a_definite_subject_opens_its_clause() -> None:
    # فالبعض يقول، والبعض يقول: the subject before its verb, after ف/و
    assert speakers("وفي أيامنا هذه الكثير يحار في حقيقة العيد فالبعض يقول: العيد فرحة.") == ["البعض"]
    assert speakers("وفي أيامنا هذه الكثير يحار في حقيقة العيد والبعض يقول: العيد فرحة.") == ["البعض"]


def test_a_speech_given_by_a_named_office_holder() -> None:
    # بدأ الحفل بكلمة لرئيس ... المهندس فلان، رحب فيها ...، وقال: the one named after the office gave it
    text = ('وبدأ الحفل بكلمة لرئيس مجلس إدارة الصحيفة المهندس عبدالعزيز الخريجي، رحب فيها براعي الحفل '
            'وبالحضور، وقال: "دشنتم يا معالي الوزير الجائزة قبل عام".')
    assert speakers(text) == ["عبدالعزيز الخريجي"]


def test_a_short_adverbial_and_a_comma_before_the_main_verb() -> None:
    # في البداية، تحدث فلان بقوله: the adverbial is not the subject; the main verb's subject speaks
    text = 'في البداية، تحدث نائب رئيس مجلس الطلاب بمدينة ليفربول الإنجليزية وائل الحربي بقوله: "المباراة مهمة".'
    assert speakers(text) == ["وائل الحربي"]


def test_the_feminine_of_an_office_in_construct() -> None:
    # نائبة وزير الخارجية فلانة: an office, then the name
    text = "وقالت نائبة وزير الخارجية الاسرائيلي تسيبي هوتوفلي امس انه سيتم الإبقاء على المعارضة."
    assert speakers(text) == ["تسيبي هوتوفلي"]


def test_a_first_name_with_its_relative_clause_before_the_verb() -> None:
    # سارة التي حاولت ... قالت: the first name the sentence opens on is the subject
    text = ("وقالت منيرة إنها خائفة. سارة التي كانت تروي قصتها إلى الطالبات في لندن قالت إنهم بدأوا "
            "في اختيار البنات.")
    assert speakers(text) == ["منيرة", "سارة"]


def test_a_relative_clause_after_a_comma_speaks_for_the_name_before_it() -> None:
    # فلان، الذي اعتبر أن: the comma between the name and its clause hides no other subject
    text = ("وقال الطالب عادل الغامدي إن القرار خاطئ. وإلى مدينة يورك التي يتواجد بها الطالب محمد العلياني، "
            "الذي اعتبر أن المباراة فرصة جيدة.")
    assert speakers(text) == ["عادل الغامدي", "محمد العلياني"]
