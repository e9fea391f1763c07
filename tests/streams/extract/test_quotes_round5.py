"""Quotation speakers, round r5: failure kinds found in the opened set J (tests/gold/facts/README.md),
each as a short constructed sentence."""

from __future__ import annotations

from scripts.eval_facts import _entities
from streams.extract.quotes import find_quotes


def speakers(text: str, tagged: bool = False) -> list:
    return [q.speaker for q in find_quotes(text, _entities(text, tagged))]


def test_a_medium_spoken_to_ends_the_name() -> None:
    # لفرانس برس after the name: the agency the text names elsewhere (لوكالة فرانس برس) is spoken to
    text = ("وقال الحاكم لوكالة فرانس برس إن الهجوم وقع صباحا. "
            "وقال قائد الشرطة المحلية ماجد لفرانس برس \"إن الوضع هادئ في المدينة اليوم\". "
            "وتابع ماجد \"كنا نبحث عنه منذ الصباح\".")
    for tagged in (False, True):
        assert speakers(text, tagged) == ["الحاكم", "ماجد", "ماجد"]


def test_a_family_name_starting_with_lam_stays() -> None:
    # no medium named elsewhere: the word after the first name is his family name
    text = "وقال المدرب روبرت ليفاندوفسكي \"إن الفريق جاهز للمباراة المقبلة\"."
    assert speakers(text) == ["روبرت ليفاندوفسكي"]


def test_a_nickname_is_no_family_name() -> None:
    # كريم الملقب بالصقر: الملقب brings his nickname, it is no part of his name
    text = ("وقال اللاعب كريم الملقب بالصقر لقناة محلية \"لقد كنت هناك وحدي طوال الوقت\". "
            "وأضاف \"كنت خائفا جدا من البحر\".")
    for tagged in (False, True):
        assert speakers(text, tagged) == ["كريم", "كريم"]


def test_the_official_with_a_nisba_is_the_office_holder_named_before() -> None:
    # المسؤول الأمريكي after the American spokesman was named: him, and the bare verb after goes on with him
    text = ("صرح المتحدث باسم الخارجية الأمريكية جون كيربي بأن إيران ليست دولة صديقة. "
            "وقال المسؤول الأمريكي في تصريحات صحفية له أمس «إن إيران تواصل التمويل والتحريض». "
            "وأوضح أن الاتفاق ركز على السلاح النووي.")
    assert speakers(text) == ["جون كيربي"] * 3
    # another country's official is someone else
    text = ("صرح المتحدث باسم الخارجية الأمريكية جون كيربي بأن إيران ليست دولة صديقة. "
            "وقال المسؤول الروسي في تصريحات صحفية له أمس «إن إيران تواصل التمويل والتحريض».")
    assert speakers(text) == ["جون كيربي", "المسؤول الروسي"]


def test_his_saying_after_a_verb_and_its_subject_is_that_verb_s_quotation() -> None:
    # وأضاف المالكي قوله "…": one quotation, the subject's; وأضاف قوله "…": the last speaker's
    text = ("انتقد المدرب خالد المالكي الحكم بشدة بعد المباراة. "
            "ودافع المالكي عن لاعبيه قائلا للصحفيين \"كان الفريق مرهقا للغاية في الشوط الثاني\". "
            "وأضاف المالكي قوله \"ارتكب الحارس خطأ في الشوط الأول\".")
    assert speakers(text) == ["خالد المالكي", "خالد المالكي"]
    text = "قال المدرب خالد المالكي إن الفريق جاهز. وأضاف قوله \"ارتكب الحارس خطأ في الشوط الأول\"."
    assert speakers(text) == ["خالد المالكي", "خالد المالكي"]
    # but the one after عن says what نقل reports
    assert speakers("ونقلت القناة عن صديقه قوله إن الحادث كان مفاجئا للجميع.") == ["صديقه"]
    # ولاحظ معي قوله «…»: the reader is asked to notice a saying; no subject, no quotation
    assert speakers("ولاحظ معي قوله «إن العلم نور يضيء الطريق» فهي جملة عظيمة.") == []


def test_a_report_with_a_clause_on_its_writer_is_the_speaker() -> None:
    # تقرير كتبه الباحث فلان ونشرته مجلة: the report speaks, its writer and publisher describe it
    text = ("أوضح تقرير كتبه الباحث جون سميث ونشرته مجلة «الشؤون الخارجية» أمس أن الاتفاق خطير. "
            "وأضاف التقرير أن إيران ستستفيد.")
    assert speakers(text) == ["تقرير", "التقرير"]


def test_a_relative_named_with_a_kinship_word_is_another_person() -> None:
    # ابن جولي is her son: the short name جولي never takes his description as its fuller form
    text = ("قالت شركة نتفليكس للبث عبر الإنترنت إن أنجلينا جولي هي أحدث المنضمين للشركة. "
            "وستقوم جولي (40 عاما) بإنتاج وإخراج فيلم جديد. "
            "وقالت جولي عن الكتاب في بيان \"هذا الفيلم مهم جدا لي\". "
            "وقالت نتفليكس إن مادوكس -ابن جولي المولود في كمبوديا- سيشارك في صنع العمل. "
            "وقالت جولي \"أنا سعيدة جدا بهذا التعاون\".")
    got = speakers(text, tagged=True)
    assert got[1] == got[3] == "جولي"


def test_a_source_opening_the_sentence_before_is_a_bare_verb_s_subject() -> None:
    # ووفق الناطق فلان فإن "…". وأضاف أن: the source speaks on; فإن is never a speaker
    text = ("ووفق الناطق باسم المجلس سعيد الأحمدي فإن \"المقاتلين نجحوا في السيطرة على الحي\". "
            "وأضاف أن القوات استعادت القصر.")
    assert speakers(text) == ["سعيد الأحمدي"]


def test_an_elative_after_a_quoted_name_describes_it() -> None:
    # صحيفة "الصباح" الأوسع انتشارا: the paper, not "the widest"
    for text in ('وقالت صحيفة "الصباح" الأوسع انتشارا في البلاد إن الحكومة ستستقيل قريبا.',
                 'وقالت صحيفة "الصباح" الأكثر قراءة في البلاد إن الحكومة ستستقيل قريبا.'):
        assert [s.replace('"', "") for s in speakers(text)] == ["صحيفة الصباح"]
