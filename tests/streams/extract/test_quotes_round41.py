"""Quotation speakers, round speakers-r41: kinds of errors found in the opened speaker set S8 (lost, wrong and
missing speakers), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_naqala_without_an_ending_reports_its_source_after_an() -> None:
    # ونقل موقع "…" عن متحدث أن: نقل (masculine, no ending) opening a clause with its source after عن reports, as نقلت
    text = "ونقل موقع الأخبار التقنية عن متحدث باسم الشركة، أن الشركة أعادت تصميم الموقع."
    assert speakers(text) == ["متحدث باسم الشركة"]
    text = "ونقل التلفزيون الرسمي عن وزير الداخلية أن الهجوم أسفر عن قتيلين."
    assert speakers(text) == ["وزير الداخلية"]
    # نقل the noun (transport), or نقل without its source after عن, is no speech verb
    assert speakers("وتم نقل المصابين عن طريق الإسعاف إلى المستشفى، وأكد الطبيب أن حالتهم مستقرة.") == ["الطبيب"]
    assert speakers("ونقل البضائع عن طريق البحر أرخص من الجو.") == []


def test_the_one_quoted_after_naqala_goes_on_speaking() -> None:
    # the words go on with وأضاف: the source found, the next verb is no speakerless quotation
    text = ("ونقل موقع الأخبار التقنية عن متحدث باسم الشركة، أن الشركة أعادت تصميم الموقع بالكامل، "
            "وأضاف أن الموقع الجديد أسرع من القديم.")
    assert speakers(text) == ["متحدث باسم الشركة", "متحدث باسم الشركة"]
    # what the source said, named after it (تأكيدهم), ends the source's name
    text = "ونقل عن مصادر في المقاومة الشعبية تأكيدهم أنهم سيسعون لطرد المسلحين."
    assert speakers(text) == ["مصادر في المقاومة الشعبية"]


def test_the_one_a_saying_is_reported_of_after_an_says_it() -> None:
    # روي عن فلان أنه قال: the one named after عن said it, not a word at the start of the sentence
    text = "وفي الصحيح عن النبي صلى الله عليه وسلم أنه قال: المسلم أخو المسلم لا يظلمه ولا يسلمه."
    assert speakers(text) == ["النبي"]
    text = "ويروى عن الخليفة عمر بن الخطاب أنه قال: رحم الله امرأ أهدى إلي عيوبي."
    assert speakers(text) == ["عمر بن الخطاب"]
    # the blessing after the name is no part of it, and God cited after the Prophet is God, not رسول الله
    text = "فقد روى الإمام أحمد عن أبي ذر رضي الله عنه أنه قال: يا رسول الله إن الرجل يعمل العمل."
    assert speakers(text) == ["أبي ذر"]
    text = ("وقد صح عن رسول الله صلى الله عليه وسلم أنه قال: «من قتل معاهدا لم يرح رائحة الجنة». "
            "ولهذا جاءت نصوص الشريعة قاطعة بتحريمه، قال الله تعالى (ومن الناس من يعجبك قوله).")
    assert speakers(text) == ["رسول الله", "الله"]
    # النبي right after a name met before is the Prophet, not that name's family name
    text = ("وفي الحديث الذي سأل فيه عبدالله بن مسعود النبي صلى الله عليه وسلم عن أحب الأعمال. "
            "وفيما روي عن النبي صلى الله عليه وسلم أنه قال: «من أرضى والديه فقد أرضى الله».")
    assert speakers(text) == ["النبي"]


def test_an_exception_ends_what_stands_before_a_relative_speaker() -> None:
    # لم يحسمه إلا تصريح الوزير الذي أكد أن: the one before the relative speaks; إلا ends the words before it
    text = "ولم يحسم هذا الجدل إلا تصريح معالي الوزير الذي أكد أن الدراسة ستبدأ في موعدها المحدد."
    assert speakers(text) == ["معالي الوزير"]


def test_a_purpose_clause_after_min_ajl_is_no_words_said() -> None:
    # منوها بالجهود ... من أجل أن تكون: "so that", a purpose, not the start of reported words
    text = ("ولفت الدكتور نبيل العمري النظر إلى أن الجامعة شاركت في المهرجان، منوها بالجهود التي يبذلها "
            "المحافظ من أجل أن تكون جميع القطاعات مشاركة فيه.")
    assert speakers(text) == ["نبيل العمري"]



def test_a_comma_closes_a_long_described_subject_after_kana() -> None:
    # وكانت وكالة ... بوزارة ...، أوضحت أن: the body described at length, then a comma, then its verb
    text = "وكانت وكالة تصنيف المقاولين بوزارة الشؤون البلدية والقروية، أوضحت في آخر تصريح لها أن العدد بلغ 300 مقاول."
    assert speakers(text) == ["وكالة تصنيف المقاولين بوزارة الشؤون البلدية والقروية"]
