"""Quotations: direct and reported speech with speakers, verbs and offsets."""

from __future__ import annotations

import pytest
from facts_seed import seed_body

from streams.extract.quotes import find_quotes
from streams.records import Entity


@pytest.fixture(scope="module")
def seed_quotes(seed_line: bytes) -> list:
    return find_quotes(seed_body(seed_line), [])


def test_seed_direct_quotes_by_the_pentagon_spokesman(seed_quotes: list) -> None:
    direct = [(q.speaker, q.verb) for q in seed_quotes if q.direct]
    assert direct == [("ادريان رانكين غالواي", "قال"), ("ادريان رانكين غالواي", "أضاف")]


@pytest.mark.parametrize("speaker", ["رجب طيب أردوغان", "فلاديمير بوتين", "سيرغي شويغو", "سيرغي سوروفيكين"])
def test_seed_reported_speech(seed_quotes: list, speaker: str) -> None:
    assert any(q.speaker == speaker and not q.direct for q in seed_quotes)


def test_seed_offsets(seed_line: bytes, seed_quotes: list) -> None:
    text = seed_body(seed_line)
    for q in seed_quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال مصدر أمني لوكالة فرانس برس إن الهجوم وقع فجرا.", "مصدر أمني"),
        ("وقال وزير الخارجية السعودي عادل الجبير في مؤتمر صحفي: «المملكة لن تسمح بذلك».", "عادل الجبير"),
        ("وأكدت الوزارة في بيان أن الحادث لم يسفر عن إصابات.", "الوزارة"),
        ("وأشار المتحدث باسم الجيش، العقيد أحمد المسماري، إلى أن القوات تقدمت.", "أحمد المسماري"),
        ("وصرح الرئيس الفرنسي إيمانويل ماكرون للصحفيين بأن الاتفاق صامد.", "إيمانويل ماكرون"),
    ],
)
def test_speaker_without_titles(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == [speaker]


@pytest.mark.parametrize(
    ("text", "direct"),
    [("قال الوزير: “لن نتراجع عن قرارنا”.", True), ('قال الوزير: "لن نتراجع عن قرارنا".', True),
     ("قال الوزير «لن نتراجع عن قرارنا».", True), ("قال الوزير إن الحكومة لن تتراجع.", False)],
)
def test_direct_or_reported(text: str, direct: bool) -> None:
    (q,) = find_quotes(text, [])
    assert q.direct is direct and "نتراجع" in q.text or "تتراجع" in q.text


def test_quote_before_its_verb() -> None:
    (q,) = find_quotes("“لن نتراجع عن مطالبنا المشروعة أبدا”، قال الناطق باسم الحركة.", [])
    assert (q.speaker, q.direct, q.text) == ("الناطق باسم الحركة", True, "لن نتراجع عن مطالبنا المشروعة أبدا")


def test_wa_adaf_continues_the_last_speaker() -> None:
    text = "وقال سامح شكري إن المفاوضات متعثرة. وأضاف أن الوفد سيعود غدا."
    assert [q.speaker for q in find_quotes(text, [])] == ["سامح شكري", "سامح شكري"]


def test_a_short_name_takes_its_fuller_form() -> None:
    text = "التقى الرئيس الروسي فلاديمير بوتين نظيره. وقال بوتين إن اللقاء كان مثمرا."
    assert [q.speaker for q in find_quotes(text, [])] == ["فلاديمير بوتين"]


def test_entities_give_the_canonical_name() -> None:
    text = "وقال بوتين إن اللقاء كان مثمرا."
    entity = Entity(type="PERS", text="بوتين", start=5, end=10, canonical="فلاديمير بوتين")
    assert [q.speaker for q in find_quotes(text, [entity])] == ["فلاديمير بوتين"]


def test_scare_quotes_are_not_quotations() -> None:
    assert find_quotes("شككت الوزارة بإعلان موسكو عن سحب “قسم كبير” من قواتها.", []) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('وأكد ل "الرياض" غزاي الحربي ابن السجين أن والده وصل.', "غزاي الحربي"),
        ("وقالت رئيسة جمعية القضاة التونسيين روضة القرافي في تصريح إن الفساد مستشر.", "روضة القرافي"),
        ("وأوضحت مديرة إدارة الموهوبات الدكتورة ليلى الصاعدي, أنه سيتم نقل الطالبات.", "ليلى الصاعدي"),
        ("أفاد المدير الاقليمي للحملة د. بدر بن عبد الرحمن السمحان أن البرنامج مستمر.", "بدر بن عبد الرحمن السمحان"),
        ("وذكر الخبراء الذين أجروا الدراسة المدعومة من البنك الدولي، أن الصيد لعب دورا.", "الخبراء"),
    ],
)
def test_speakers_in_longer_subjects(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == [speaker]


def test_a_description_of_a_named_speaker_is_that_speaker() -> None:
    text = "وقال رئيس المركز رفيق عبد السلام إن الندوة مهمة. وأشار رئيس المركز إلى أن الشباب يبادر."
    assert [q.speaker for q in find_quotes(text, [])] == ["رفيق عبد السلام", "رفيق عبد السلام"]


@pytest.mark.parametrize(
    "text",
    ["بحسب ما ذكر المرصد، إلا أن الوزارة نفت الأمر.", "وحذر العياري من بيعها لـ\"مجموعات معروفة في تونس\" بعد ذلك."],
)
def test_attributions_and_quoted_phrases_are_not_quotations(text: str) -> None:
    assert find_quotes(text, []) == []


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("وكان نائب مدير سكوتلاند يارد، مارك رولي، قد أكد في مؤتمر صحفي، \"أن 7 أشخاص قتلوا في الهجوم\".",
         ["مارك رولي"]),
        ("ونقلت قناة \"بي بي سي\" عن أحد أصدقائه قوله إنه أبلغ الشرطة سابقا.", ["أحد أصدقائه"]),
        ("وأكد حارس مرمى الشباب وليد عبدالله تعافيه من الإصابة وقال: \"سأكون جاهزا لتمثيل الفريق قريبا\".",
         ["وليد عبدالله"]),
        ("وقال المسؤول طالبا عدم ذكر اسمه: «إن السماح باستخدام القواعد سيعزز الفعالية»", ["المسؤول"]),
        ("وأوضح لـ \"الجوهرة اف أم\" أنه لا يتوفر قانون.", [None]),
        ("تطرقت الكاتبة ألفة يوسف في افتتاحيتها إلى التحوير الوزاري مشيرة إلى أن القرار متسرع.", ["ألفة يوسف"]),
    ],
)
def test_subjects_before_the_verb_reported_sources_and_objects(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


def test_a_later_mention_takes_the_full_name() -> None:
    text = "أكد أيمن بن عائشة، وهو سائق حافلة، أن خلافا جد. وقال بن عائشة إنه رفض. وأضاف سائق الحافلة أن الركاب هلعوا."
    assert [q.speaker for q in find_quotes(text, [])] == ["أيمن بن عائشة"] * 3


def test_entities_do_not_replace_the_speaker_found_in_the_text() -> None:
    text = "وقال الرئيس التركي رجب طيب أردوغان خلال لقائه بالرئيس الروسي فلاديمير بوتين إن الحرب ستنتهي."
    putin = Entity(type="PERS", text="فلاديمير بوتين", start=text.index("فلاديمير"), end=text.index(" إن"),
                   canonical="فلاديمير بوتين")
    assert [q.speaker for q in find_quotes(text, [putin])] == ["رجب طيب أردوغان"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("قالت الشرطة وخفر السواحل في الفلبين إن عبارة انقلبت قبالة الساحل.", "الشرطة وخفر السواحل"),
        ('وأفاد المسؤول التنفيذي بمقاطعة "سانت لويس" ستيف ستينجر بأنه لن يتم التسامح.', "ستيف ستينجر"),
        ("وقال ناطق باسم فرق الاطفاء ان الحادث اسفر عن احتراق ثلاثة منازل.", "ناطق باسم فرق الاطفاء"),
        ("وقال وزير النقل الأمريكي أنتوني فوكس” الإجراء الذي تم اتخاذه اليوم يحمل الشركة المسؤولية”.", "أنتوني فوكس"),
        ("وأوضح مدير عام جمرك سلوى علي العطوي, أنه عند خضوع إحدى الحافلات تم الضبط.", "علي العطوي"),
    ],
)
def test_coordinated_nouns_quoted_places_institutions_and_reversed_marks(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال مدير إدارة العلاقات العامة والمتحدث الرسمي بصحة حائل عارف بن غازي الشمري: ستعمل المديرية على ذلك.",
         "عارف بن غازي الشمري"),
        ("وقال أستاذ الأحياء بجامعة ستانفورد مارك شنيتزر: «ظلت ذبابة الفاكهة نموذجا مهما للدراسة»", "مارك شنيتزر"),
        ("و أضاف المصدر نفسه أنه تم حجز كمية من الرصاص.", "المصدر نفسه"),
    ],
)
def test_patronymics_places_after_institutions_and_reflexives(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('وقال خواجه آصف إنه لم يمت. وقال آصف مخاطبا البرلمان "بوسعي أن أؤكد أنه لم يمت هنا".', "خواجه آصف"),
        ('وذكر المواطن "عبدالله ذياب المطيري" أنه حين اشترى بعض المستلزمات سرقت سيارته.', "عبدالله ذياب المطيري"),
        ("أكد مراسل الجوهرة أف أم في صفاقس أن الشخص يدعى محمد الزواري.", "مراسل الجوهرة أف أم"),
        ("وكان مسؤول أفغاني قال في وقت سابق إن عمر توفي عام 2013.", "مسؤول أفغاني"),
    ],
)
def test_participles_quoted_names_acronyms_and_kana(text: str, speaker: str) -> None:
    assert find_quotes(text, [])[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("تعهد الرئيس السوري بشار الأسد بمواصلة القتال. وقال الأسد إن المعركة مستمرة.", ["بشار الأسد"]),
        ("أدان الدكتور شوقي علام، مفتي مصر، الهجوم. وأكد المفتي أن الإرهاب لا دين له.", ["شوقي علام"]),
        ("دعا رئيس الغرفة الوطنية للمؤسسات الخاصة عبد الحميد عبد الله إلى الحوار. وقال عبد الله إن القطاع يعاني.",
         ["عبد الحميد عبد الله"]),
        ("نفت القاضية كلثوم كنو الخبر. وقالت القاضية إنها ستتقدم بشكوى.", ["كلثوم كنو"]),
        ("قال صلاح الدين دمرداش زعيم الحزب إن الهدف واضح. وقال دمرداش لرويترز إن الحزب لن يتراجع.",
         ["صلاح الدين دمرداش"] * 2),
    ],
)
def test_a_short_or_described_speaker_takes_the_name_met_in_any_sentence(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("التقى الوزير أحمد سالم الوزير خالد عمر. وقال الوزير إن اللقاء مثمر.", ["الوزير"]),
        ("زار الوزير أحمد سالم المنطقة. وقال مسؤول أمني إن الوضع هادئ.", ["مسؤول أمني"]),
        ("وقال المتحدث الرسمي بصحة حائل عارف بن غازي الشمري إن الحالة مستقرة.", ["عارف بن غازي الشمري"]),
    ],
)
def test_descriptions_stay_when_the_name_is_not_certain(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("وقال الجيش لصحفيين يرافقون وزير الدفاع سامي نور في زيارته إن الضربة نجحت.", ["الجيش"]),
        ("وذكرت الوزارة، في بيان، على صفحتها الرسمية، أن \"القوات تعاونت مع الأهالي في المنطقة\".", ["الوزارة"]),
        ("أعلن الجيش مقتل جندي. وتابع البيان إن «الطائرات أرسلت إلى مكان الحادث».", ["البيان"]),
        ("وأضاف سامي نور، ضيف برنامج \"حوار\" اليوم الأربعاء \" نعتبر أن المؤتمر باطل من أساسه\".", ["سامي نور"]),
        ("وقالت سلمى نور: «هذا شيء سخيف جدا»، واستطردت: «نحن نحاول أن نهدئ الناس».", ["سلمى نور"] * 2),
    ],
)
def test_addressees_pronoun_nouns_and_more_verbs(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


def test_tabaa_with_an_object_is_not_speech() -> None:
    assert find_quotes("وتابع الفريق تدريباته أن تكون جاهزة.", []) == []


def test_the_first_name_lexicon_is_folded_and_holds_names() -> None:
    from streams.arabic import fold
    from streams.extract.quotes import _first_names

    names = _first_names()
    assert {fold(w)[0] for w in ("محمد", "رجب", "شوقي", "يوسف")} <= names
    assert not {fold(w)[0] for w in ("تطبيق", "احتواء", "الرئيس")} & names
    assert all(fold(w)[0] == w for w in names)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وأوضحت الوزارة احتواء الترميز الوطني على أكثر من نشاط، مشيرة إلى أن العمل مستمر.", "الوزارة"),
        ("وذكرت الوزارة على صفحتها بموقع التواصل الاجتماعي \"فيسبوك\"، أن \"القوات تعاونت مع الأهالي هناك\".",
         "الوزارة"),
        ("قال صلاح الدين دمرداش زعيم الحزب إن الهدف واضح.", "صلاح الدين دمرداش"),
        ("وأكد أمين العاصمة الدكتور أسامة بن فضل البار أن المشاريع تسير.", "أسامة بن فضل البار"),
        ("وأفاد المسؤول التنفيذي بمقاطعة \"سانت لويس\" ستيف ستينجر بأنه لن يتم التسامح.", "ستيف ستينجر"),
    ],
)
def test_names_need_evidence_after_plain_nouns(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, [])][0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وأوضح المتحدث الرسمي لمركز الملك سلمان للإغاثة رأفت الصباغ، أن الرحلة وصلت.", "رأفت الصباغ"),
        ("وأوضح المشرف على البرنامج عبدالرحمن الغفيلي أن الفعاليات تستمر.", "عبدالرحمن الغفيلي"),
        ("وقال والي قبلي سامي الغابي إن الوضع هادئ.", "سامي الغابي"),
        ("وقال زهير القفشات صاحب مفرش بالسوق بأن الأسعار ارتفعت.", "زهير القفشات"),
        ("أكد الوزير ضرورة الانكباب على الإصلاح. وأوضح الوزير أن العمل جار.", "الوزير"),
    ],
)
def test_kings_in_institution_names_prepositions_and_offices(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, [])][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("وقال وزير الدفاع سامي فالون إن الحملة ستستمر. لكن فالون قال أثناء زيارته، إن «الطائرات ستبقى هناك طويلا».",
         ["سامي فالون"] * 2),
        ("ودعت واشنطن إلى الإفراج عن الصحافي لكن طهران اكدت انها ستمضي في المحاكمة.", ["طهران"]),
        ("وصرح وزير الخارجية جون كيري لشبكة ام اس ان الملف معقد.", ["جون كيري"]),
        ("أكد صانع ألعاب فريق الأهلي ياسر الفهمي اليوم أنه سيرحل.", ["ياسر الفهمي"]),
        ("من جانبه أوضح الناطق الإعلامي لصحة حفر الباطن عبد العزيز العنزي، أن المشاريع تسير.", ["عبد العزيز العنزي"]),
        ("يرة، وفق ما أفاد به الرئيس المدير العام للشركة رضا عمار. وأوضح أن الرحلات توقفت.", ["رضا عمار"]),
    ],
)
def test_subjects_before_verbs_attributions_and_glued_places(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


def test_a_subordinator_before_the_verb_is_not_its_subject() -> None:
    quotes = find_quotes("وقالت الوزيرة سلمى نور إن الأمر جلل وعندما أكد أن الوضع صعب سكت الجميع.", [])
    assert all("عندما" not in (q.speaker or "") for q in quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("قال إمام مسجد قوات الطوارئ بعسير، العريف عبد الله الشهراني، أحد الناجين، إن التفجير وقع أثناء الصلاة.",
         "عبد الله الشهراني"),
        ("وقال مساعد القائد العام لشرطة دبي لشؤون البحث الجنائي، اللواء خليل إبراهيم المنصوري، إن الحارس هرب.",
         "خليل إبراهيم المنصوري"),
        ("وأوضح المشرف على المسابقة الدكتور سليمان الرشيد أن المتسابقين كثر.", "سليمان الرشيد"),
        ("وقال أمام الصحفيين إن الأمر محسوم.", None),
    ],
)
def test_imam_is_not_amam_and_glued_complements_are_not_names(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("من جانبه، نفى حارس المدرسة ذلك، مشيرا إلى أن المعلمة هي من قامت بالاعتداء عليه.", "حارس المدرسة"),
        ("اكد التيجاني القماطي المدير العام للبرامج بوزارة التربية أن الكتب جاهزة.", "التيجاني القماطي"),
        ("وأضاف على هامش الدورة التكوينية أن البرنامج جاهز.", None),
        ("أكدت المندوب الجهوي للتربية بسوسة، سميرة خذر ل\"الجوهرة أف أم\" أن التلميذ رسب.", "سميرة خذر"),
    ],
)
def test_objects_names_before_offices_and_glued_places(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال وزير خارجية روسيا سيرغي لافروف إن الحل سياسي.", "سيرغي لافروف"),
        ("اكد والي بنزرت محمد قويدر في مراسلة وجهها اليوم الى الجامعة أن المباراة ستقام.", "محمد قويدر"),
        ("أكدّ رئيس النيابة الخصوصية بالمنستير علي مزالي ضيف بوليتيكا اليوم أن البلدية عاجزة.", "علي مزالي"),
        ("أكد الدولي و لاعب النجم الساحلي محمد أمين بن عمر في مداخلة أنه جاهز.", "محمد أمين بن عمر"),
        ("وأعلنت وزارة الدفاع الجزائرية الأسبوع الماضي أن الجيش قتل إرهابيين.", "وزارة الدفاع الجزائرية"),
        ("قال بلقاسم العياري، عضو المكتب التنفيذي إن الوضع صعب.", "بلقاسم العياري"),
    ],
)
def test_names_after_places_of_offices_and_first_names_that_are_offices(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == [speaker]


def test_a_masdar_object_is_not_a_speaker() -> None:
    quotes = find_quotes("وأكد عدم وجود أي ضغوطات من منظمة الأعراف، مشيرا إلى أن القرار سيادي.", [])
    assert [q.speaker for q in quotes] == [None]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("أكد رئيس الهيئة الوطنية لمكافحة الفساد، شوقي الطبيب، أن الفساد مستشر. وتطرق شوقي الطبيب إلى نشاط الهيئة،"
         " مشيرا إلى انها تعمل. وقال شوقي إن الإمكانيات محدودة.", ["شوقي الطبيب"] * 3),
        ("ويرى محمود الشامي، المدير التنفيذي لمركز جنى، أن التمويل مهم. وقال الشامي إن العمل مستمر.",
         ["محمود الشامي"] * 2),  # يرى أن reports a view (sets M, O, P mark it; round r11)
        ("وناقش فينبار الخطة مع المستثمرين. وقال فينبار: \"سنواصل العمل على المشروع هذا العام\".", ["فينبار"]),
        ("وقال عبدالستار البيرقدار المتحدث باسم مجلس القضاء إن التهم ثابتة.", ["عبدالستار البيرقدار"]),
    ],
)
def test_names_met_after_commas_and_first_names_complete_speakers(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("وصف سماحة المفتي الشيخ عبدالعزيز بن عبدالله آل الشيخ حادثة التفجير بالعمل الإجرامي. وقال سماحته في مداخلة: "
         "المصاب مصاب الجميع. وأضاف سماحته : هذه الأحداث لن تبعدنا عن مبادئنا.", ["عبدالعزيز بن عبدالله آل الشيخ"] * 2),
        ("اعتبر الهاروني أن كتلة الأجور عالية، مبينا أن الحل بالحوار.", ["الهاروني"] * 2),
        ("قال الطبيب سامي نور إن الحالات قليلة. واعتبر الإصابة بالتسمم أمرا ليس مفاجئا، مضيفا أنها تتكرر.",
         ["سامي نور"] * 2),
        ("وقال عضو في المجلس الرئاسي، إن الموكب تعرض لإطلاق نار.", ["عضو في المجلس الرئاسي"]),
        ("كشف عضو إدارة الرائد ومدير الكرة وليد الغنيم عن أن الإدارة ماضية في التعاقد.", ["وليد الغنيم"]),
        ("و قال دين محمد درويش المتحدث باسم حاكم الإقليم \"هاجمت مروحيتان أمريكيتان نقطة التفتيش في المنطقة.",
         ["دين محمد درويش"]),
    ],
)
def test_honorifics_opinions_members_and_unclosed_quotes(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a feminine verb does not continue a masculine speaker: the body named in its sentence speaks
        ("وقال سامر في رسالة: \"الصورة الجديدة أفضل بكثير\". من جهتها نشرت الشرطة بيانا على صفحتها وقالت: "
         "\"نرجو منه أن يحضر إلى المركز للتحقيق\". وأشارت الشرطة إلى أن الرجل مطلوب.", ["سامر", "الشرطة", "الشرطة"]),
        # بالقول reports more words of the speaker; a rank (العماد) heads the name
        ("دعا قائد الجيش العماد نبيل حداد الجنود إلى اليقظة. وقال في كلمة: «كونوا على أهبة الاستعداد». "
         "وتوجه إلى الضباط بالقول: «أنتم حماة هذا الوطن العزيز».", ["نبيل حداد"] * 2),
    ],
)
def test_agreement_lead_adverbials_and_verbal_nouns(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


def test_a_tagged_person_inside_a_longer_run_is_the_speaker() -> None:
    text = "وفق ما صرح به الناطق باسم أهالي القرية سمير الهادي. وأضاف أن الاعتصام متواصل."
    at = text.index("سمير")
    person = Entity(type="PERS", text="سمير الهادي", start=at, end=at + len("سمير الهادي"), canonical="سمير الهادي")
    assert [q.speaker for q in find_quotes(text, [person])] == ["سمير الهادي"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a definite subject ends before a second definite noun (the object); an office without a name stands
        ("رفعت السيدة دعوى. وكذبت الزوجة الرواية المفاجئة مؤكدة أنه يريد التخلص منها. واعتبر القاضي السابق في "
         "المحكمة الفصل فيها للعلماء ورجح أن تطلب المحكمة فتوى، مبينا أن الدعوى تعامل كالطلاق.",
         ["الزوجة", "القاضي السابق", "القاضي السابق"]),
        # علي before بن is a name
        ("وقال المتحدث باسم الإمارة الوكيل المساعد للتقنية علي بن سالم الحربي: \"اطلع الأمير على التفاصيل كلها\".",
         ["علي بن سالم الحربي"]),
        # a person the news moves to, in a sentence that reports nothing, speaks next
        ("وقال شهود إن المسلح بدأ بإطلاق النار. انتقل سامر عادل حاكم الولاية إلى المدينة. وقال في مؤتمر صحافي "
         "\"كلما سمعنا عن أعمال العنف ينتابنا الغضب\".", ["شهود", "سامر عادل"]),
        # a full stop after a year ends the sentence: the words quoted later are not the participle's
        ("أعلن اللاعب رحيله عن فريقه منذ 2014، معربا عن رغبته في العودة إلى فريق تركته نهاية 2012. وكتب اللاعب "
         "رسالة جاء فيها: \"سنفترق لكني لن أنسى النادي أبدا\".", []),
    ],
)
def test_descriptions_names_with_bin_topic_shifts_and_sentence_ends(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a sentence opening on a circumstance: the person last named after a title speaks on
        ("ولدى وصول سموه مقر الحفل عزف السلام، ثم ألقى وكيل الإمارة الدكتور سالم بن ناصر العتيبي كلمة رحب فيها "
         "بالحضور، مشيرا إلى أن الأهالي يتشرفون بالزيارة.", ["سالم بن ناصر العتيبي"]),
        # a patronymic names the person even after an adverbial of place
        ("وأوضح مدير مكتب الحملة في لبنان خالد بن سعد الراشد أن الحملة مستمرة.", ["خالد بن سعد الراشد"]),
        # the antecedent of الذي speaks
        ("وأكد المتحدث صحة المعلومات التي وردت في بيان الوزارة الذي أشار إلى أن المريض نقل بسيارة إسعاف.",
         ["بيان الوزارة"]),
    ],
)
def test_circumstances_patronyms_and_relative_antecedents(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a reply adverbial holds the asker's name, not the speaker's
        ("أكد الوزير، ردا على سؤال النائبة سلمى العيادي، أنه تم تخفيض رأس المال.", ["الوزير"]),
        # غير joins a description; دون is no name
        ("وأشار جهاز الكسب غير المشروع إلى أن المتهم تلقى هدايا.", ["جهاز الكسب غير المشروع"]),
        ("وذكرت الحركة دون إسهاب أنه تم اعتقال القائد.", ["الحركة"]),
        # عبد written apart finds the full name met before
        ("قال المتحدث حسام عبدالغفار إن الوزارة أرسلت سيارات. وأضاف عبد الغفار أن الفرق وصلت.",
         ["حسام عبدالغفار"] * 2),
        # a verbal noun after the name is the object; و starts a second person
        ("وأكد خليل استضافة البطولة قائلا إن اللجنة واثقة.", ["خليل"]),
        # a participle inside words quoted after a complementizer is the speaker's, not the narrator's (the one
        # quotation is أبلغ's, the office before the ones told)
        ("وأبلغ الوزير الحضور بأن \"المدينة ستكون مضيفة رائعة للضيوف\".", ["الوزير"]),
    ],
)
def test_replies_descriptions_glued_names_objects_and_quoted_participles(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers



@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a lone surname takes the one first name the text gives it
        ("زار الأمير الجندي المصاب ناصر الحربي في المستشفى. وعبر الحربي عن سعادته بالزيارة، وقال «أسأل الله الشفاء "
         "لزملائي جميعا».", ["ناصر الحربي"]),
        ("وقال الله فيهم: ومن يقتل مؤمنا متعمدا فجزاؤه جهنم.", ["الله"]),
    ],
)
def test_surnames_completed_and_allah(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a dean's name after commas; the indefinite office later takes it
        ("أكد عميد كلية الحقوق بسوسة، سامي الهادي، اليوم أنه تمت الإحاطة بالطالب. وأعلن عميد كلية سوسة أن الكلية "
         "لا تتحمل المسؤولية.", ["سامي الهادي"] * 2),
        # an office speaks when the person is named in its complement
        ("قال مكتب رئيس الوزراء التركي أحمد سليم إن الشرطة بدأت حملة أمنية.", ["مكتب رئيس الوزراء التركي"]),
        # the antecedent's chain starts at its definite noun; an elative is no verb
        ("وهو ما نفاه الطالب ذاته الذي أكد أنه سحب ترسيمه.", ["الطالب ذاته"]),
        ("نشرت مؤسسة سام، وهي إحدى أبرز المؤسسات البحثية، دراستها. ونشر المعهد تقريرا، مشيرا إلى أن الجيش قوي.",
         ["المعهد"]),
    ],
)
def test_deans_offices_antecedents_and_elatives(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a title and a surname after the main verb of the sentence before
        ("افتتح الوزير الدكتور سامي بن خالد الراشد المعرض. وعبر الدكتور الراشد عن سعادته بقيادة أول جناح للمملكة. "
         "وأكد أن الهيئة تمثل المنتجات الوطنية.", ["سامي بن خالد الراشد"]),
        # a demonstrative object before the subject; an addressee glued to ل after an unnamed source
        ("وقد أكدت ذلك والدتها وأفادت بأن التنفس توقف قبل نصف ساعة.", ["والدتها"]),
        ("وقال مصدر أمني لمراسل الإذاعة في المدينة، إن العائلة تقدمت بشكوى.", ["مصدر أمني"]),
    ],
)
def test_titled_surnames_fronted_objects_and_addressees(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # an office with its complement before the name; استدرك ... بالقول
        ("أقر وزير التربية سالم الجلولي اليوم بانتشار المخدرات. واستدرك وزير التربية بالقول إن الأمر مبالغ فيه.",
         ["سالم الجلولي"]),
        # an institution's own name is no speaker
        ("وقال أستاذ بجامعة لندن وجامعة زوريخ الذي شارك في البحث: \"أظهرنا إثبات المبدأ لعلاج جديد\".",
         ["أستاذ بجامعة لندن وجامعة زوريخ"]),
        # لفت النظر: the attention drawn is no subject; عبد before الله بن
        ("وشدد الدكتور عبد الله بن غازي العتيبي على خطورة الإصابات. ولفت النظر إلى أن الألعاب النارية خطرة.",
         ["عبد الله بن غازي العتيبي"]),
    ],
)
def test_offices_institutions_attention_and_abd(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # words in an adverbial after an office are not its holder's name
        ("وأضاف القائد الميداني في مداخلة هاتفية مع \"الإذاعة\" أن أبرز المقاتلين أجانب.", ["القائد الميداني"]),
        ("وقال المسؤول الأسباني في تصريحات لشبة «الإذاعة» المحلية: «نرى أن بعضهم أزال الأقنعة».",
         ["المسؤول الأسباني"]),
        # أي starts the object after a name; an institution is no surname to complete
        ("ونفى الحاج أبو يوسف أي اقتتال طائفي في العراق مؤكدا ان كل الطوائف توحدوا.", ["أبو يوسف"]),
        ("صدر قرار من المحكمة الإدارية. وحسب البلاغ أكدت المحكمة أن الهيئة تملك الصلاحية.", ["المحكمة"]),
    ],
)
def test_adverbials_after_offices_objects_and_institutions(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a quoted outlet after مراسل is a name; the place, then the name with عبد
        ("أفاد مراسل \"الإذاعة الوطنية اليوم\" في سليانة عبد السلام الهمامي بأنه تم تسجيل انقطاع كهربائي.",
         ["عبد السلام الهمامي"]),
        # membership after an office (المسؤول في المنظمة), then the name
        ("وقال المسؤول في الفاو دومينيك بورجون في روما \"هناك حاجة لمساعدات عاجلة من المانحين\".", ["دومينيك بورجون"]),
        ("وقال الرئيس في كلمة ألقاها أمام البرلمان إن البلاد بخير.", ["الرئيس"]),
        # words quoted after في بيان are words said
        ("وقال الجيش في بيان \"نعرب عن أسفنا العميق لما حدث\".", ["الجيش"]),
    ],
)
def test_quoted_outlets_memberships_and_statements(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the rest of a place glued to ل before a first name
        ("أكد المعتمد الجديد لجربة ميدون سليم غودي أن الأوضاع ستتحسن.", ["سليم غودي"]),
        # a surname, then the verb's object
        ("كتب معاذ الخلف تغريدة. وذكر الخلف تفاصيل كفاحه في سلسلة تغريدات، وقال «بدأت أشعر بمشاكل في الرقبة».",
         ["معاذ الخلف"]),
        # an accusative word is an object, never a subject; لي is an addressee
        ("حدثني صديق أنه لاحظ ركوداً في حياته ففاجأ زوجته بأن أخذ إجازة.", [None]),
    ],
)
def test_places_surnames_and_accusatives(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


def test_an_indefinite_antecedent_of_alladhi_without_its_preposition() -> None:
    text = "وأضاف الشاب أنه اتصل بشقيقه الذي أكد أن البحارة خرجوا من السجن."
    assert [q.speaker for q in find_quotes(text, [])][-1] == "شقيقه"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("وقال كاتب عام النقابة العامة للتعليم الثانوي لسعد اليعقوبي في تصريح للإذاعة، إنها ستدعو المدرسين.",
         ["لسعد اليعقوبي"]),  # كاتب عام: an office
        ("أكد عصام بوزيد مواطن تونسي مقيم بالجزائر أنه جاء في زيارة لعائلته.", ["عصام بوزيد"]),
        # after a generic title, a word that opens no name is the object
        ("واستهجن المواطن وصف المقدم للأطفال، قائلاً: \"ارتق بمفرداتك لو سمحت رجاء\".", ["المواطن"]),
    ],
)
def test_secretaries_citizens_and_objects_after_generic_titles(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # common nouns after a place are no name
        ("أوضحت المديرية العامة للشؤون الصحية بمنطقة مكة المكرمة ملابسات وفاة طفلة. وقالت في بيان إن التحقيق مستمر.",
         ["المديرية العامة للشؤون الصحية بمنطقة مكة المكرمة"]),
        # a first run that opens with a first name speaks
        ("ونوه عبدالله السيهاتي بفعاليات المجمعات، لا سيما مجمع القطيف ستي مول، مبينا أن العائلات تفضلها.",
         ["عبدالله السيهاتي"]),
        # a verb after التي with no words reported leaves the speaker as it was
        ("وذكر مجلس الوزراء في بيان أن النمو سيصل إلى 5 بالمئة دون تغيير عن التقديرات المبدئية التي أعلنت أوائل العام. "
         "وأضاف أن التضخم سيرتفع.", ["مجلس الوزراء", "مجلس الوزراء"]),
        # after a construct title, the name starts at its first name
        ("وفق ما صرح به الناطق باسم أهالي تطاوين طارق الحداد. وأضاف أن الاعتصام متواصل.", ["طارق الحداد"]),
    ],
)
def test_places_first_runs_relatives_without_words_and_construct_chains(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


def test_the_first_name_after_an_office_chain_speaks_next() -> None:
    text = ("طمأن مدير عام كرة القدم بالنادي فهد السالم جماهير فريقه على الإعداد، وقال: «البرنامج يسير على أكمل وجه "
            "في المعسكر».")
    assert [q.speaker for q in find_quotes(text, [])] == ["فهد السالم"]


def test_a_preposition_read_as_علي_does_not_complete_a_noun() -> None:
    text = "رفعت دعوى على الزوجة. وكذبت الزوجة الرواية مؤكدة أنه يريد التخلص منها."
    assert [q.speaker for q in find_quotes(text, [])] == ["الزوجة"]


def test_a_family_name_the_tagger_left_out_stays() -> None:
    text = "قال الحاج ابو يوسف الحمراني، القائد الميداني، إن المقاتلين من جنسيات عديدة."
    at = text.index("ابو")
    person = Entity(type="PERS", text="ابو يوسف", start=at, end=at + len("ابو يوسف"), canonical="ابو يوسف")
    assert [q.speaker for q in find_quotes(text, [person])] == ["ابو يوسف الحمراني"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("في حين صرح اثنان بأنهما من غينيا.", ["اثنان"]),  # بأنهما
        ("وقال مسؤول بقطاع السجون التابع لوزارة الداخلية، في بيان، إن الحالة مستقرة.",
         ["مسؤول بقطاع السجون التابع لوزارة الداخلية"]),  # a ministry is no addressee
        ("وقال الوزير إن الوضع مستقر. يذكر أن تنظيم الإخوان، زعم أن الحالة في خطر.",
         ["الوزير", "تنظيم الإخوان"]),  # a subject, a comma, its verb
    ],
)
def test_dual_complementizers_ministries_and_subjects_before_a_comma(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # an elative after a preposition; على before a body; كما before the verb; بقوله
        ("عرض تقرير عن أبرز برامج القناة. كما تحدث المشرف العام على القناة الثقافية، وأكد أنها ستنتج برامج جديدة.",
         ["المشرف العام"]),
        ("وأشار المدير إلى عدم وجود مسابقات هذا العام على شاشة القناة، بقوله: حرصا على عدم التكرار قررنا ذلك.",
         ["المدير"]),
        # a quoted name opening on a title is no words said
        ("وأوضح \"الأستاذ عبد العزيز العيد\" المشرف على القناة أن الخطة روعي فيها التنوع.", ["عبد العزيز العيد"]),
        # words in brackets after a name
        ("وقال سيونغ (71 عاما)، الذي انشق عن النظام، إن البلاد ستنتهي إلى الجحيم.", ["سيونغ"]),
    ],
)
def test_elatives_bodies_quoted_names_and_brackets(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # an abstract noun after the name ends it
        ("وألقى المستشار الرئاسي ويلي نياميتوي مسؤولية أعمال العنف على المعارضة. وأضاف «الناس يفعلون ذلك "
         "لترويع الناخبين».", ["ويلي نياميتوي"]),
        # ما opens the object, the speaker goes on
        ("قالت الحكومة إن المشروع سياحي ونفت ما تردده المعارضة من أن الجزر ستباع.", ["الحكومة", "الحكومة"]),
    ],
)
def test_abstract_nouns_and_objects_with_ma(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a straight quote left open, then a participle opening more words: two quotations
        ('وقال المدير سامي العلوي إن " المشروع جاهز للعمل في الموعد المحدد، مضيفا " سنبدأ العمل في الشهر '
         'القادم مع كل الفرق".', ["سامي العلوي", "سامي العلوي"]),
        # the one addressed between the participle and the words, glued or not, closed or not
        ('وشكر أحد الحاضرين المنظمين قائلا له"شكرا لكم على هذا الحفل الجميل', ["أحد الحاضرين"]),
        ('و رد أحد المسؤولين المحليين بلطف قائلا لهم "نحن فخورون بكم جميعا".', ["أحد المسؤولين المحليين"]),
    ],
)
def test_reopened_quotes_addressees_and_partitive_subjects(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a bare noun for a person takes the body it belongs to, even in construct
        ("وأوضح باحث في مركز البحوث الزراعية أن النتائج مشجعة.", ["باحث في مركز البحوث الزراعية"]),
        # but not the occasion of the words; after an adjective too, as annotators write it (round r34:
        # مسؤول أمني في المكان، مصدر عسكري مالي في مدينة غاو)
        ("وقال خبير في المؤتمر الصحفي إن النتائج مشجعة.", ["خبير"]),
        ("وقال مصدر رسمي في النقابة إن الإضراب قائم.", ["مصدر رسمي في النقابة"]),
        # the same source: the person named before; the one unnamed source given before, its description (from stop
        # 38: the words as written before); with none, or two, given before, the words as written
        ("وقال سامي العلوي إن المشروع جاهز. وأوضح ذات المصدر أن العمل سيبدأ قريبا.", ["سامي العلوي", "سامي العلوي"]),
        ("وقالت المواقع المختصة إن السوق هادئة. وأكدت ذات المصادر أن الأسعار ستنخفض.",
         ["المواقع المختصة", "ذات المصادر"]),
        ("وقال مصدر أمني إن المشروع جاهز. وأضاف المصدر ذاته أن العمل سيبدأ قريبا.", ["مصدر أمني", "مصدر أمني"]),
        ("وقال مصدر أمني إن المشروع جاهز. وقال مصدر عسكري إن الطريق مفتوح. وأضاف المصدر ذاته أن العمل سيبدأ قريبا.",
         ["مصدر أمني", "مصدر عسكري", "المصدر ذاته"]),
    ],
)
def test_bodies_of_unnamed_speakers_and_the_same_source(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a short noun after a glued ل is no name (لدول الخليج); the name after the title is
        ("أعرب الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور سامي بن راشد العلوي عن استغرابه من "
         "التصريحات، مؤكدا أن هذا التدخل مرفوض.", ["سامي بن راشد العلوي"]),
        # a relation with a possessive before the name
        ("وقال قريبها سامي العلوي في تصريح إن الفتاة خرجت من المنزل.", ["سامي العلوي"]),
        # قد before the main verb; its subject speaks in the clause after حيث
        ("وقد مثل العلوي أمام المحكمة في المدينة، حيث أكد أنه غير مذنب.", ["العلوي"]),
        # تابع with a subject, then quoted words; not with a quoted object
        ('وتابع العلوي "لكن تفاجأنا في المساء بتفتيش المنزل".', ["العلوي"]),
        ('وتابع الفريق "تدريباته اليومية" في الملعب.', []),
        # ما يؤكد أن: which shows that, no source
        ("أصبح الإقبال قليلا جدا ما يؤكد ان غالبية المقيمين أنهوا أوراقهم. وقال المدير إن الإجراءات سريعة.",
         ["المدير"]),
        # a compound first name in X الدين names the source of an attribution
        ("تم حجز شاحنتين، وفق ما صرح به لمراسل الإذاعة، الرائد نصر الدين العلوي الناطق باسم الحرس.\n"
         "وأكد المصدر ذاته، أن السائقين لم يمتثلوا.", ["نصر الدين العلوي"]),
    ],
)
def test_glued_nouns_relations_particles_and_compound_names(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


def test_words_in_brackets_after_a_colon_hold_what_they_quote() -> None:
    text = ("ويقول الكاتب في كتابه: (وقال الشيخ «سامي بن علي العلوي» قال: الصبر مفتاح الفرج، وأضاف أن الأيام دول) "
            "وهذا صحيح.")
    assert [q.speaker for q in find_quotes(text, [])] == ["الكاتب"]


@pytest.mark.parametrize(
    "text",
    [
        "وأشار الدكتور سامي العلوي إلى ان الطقس حار. وأكد ضرورة الحذر، موضحا أن الأرض سريعة الاستجابة.",
        "وأشار الدكتور سامي العلوي إلى ان الطقس حار. وأكد عدم وجود دلائل على علاقة ظاهرة الجفاف بالمناخ، "
        "موضحا أن الأرض سريعة الاستجابة.",
    ],
)
def test_a_verbal_object_is_not_the_next_speaker(text: str) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == ["سامي العلوي", "سامي العلوي"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # اختتم reports words that follow at once, also after words left open
        ('وقال المدير سامي العلوي: "المشروع جاهز للعمل في الموعد المحدد.  واختتم: "نحن فخورون بما أنجزه الفريق '
         'هذا العام".', ["سامي العلوي", "سامي العلوي"]),
        ("واختتم الفريق تدريباته: الجري والتمارين والتسديد.", []),
        ("واختتم المهرجان فعالياته أمس.", []),
    ],
)
def test_closing_verbs_report_words_that_follow_at_once(text: str, speakers: list) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == speakers


def _person(text: str, name: str) -> Entity:
    at = text.index(name)
    return Entity(type="PERS", text=name, start=at, end=at + len(name), canonical=name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a first name with the article, then the family name: the tagged person, not الهادي
        ("وأوضح الهادي مقدود اليوم في تصريح إعلامي، أن المشروع جاهز، مضيفا أن الأشغال انتهت.", "الهادي مقدود"),
        # a title, its constituency after عن, then the name
        ("قال النائب عن حزب نداء تونس سليم خليفة، إنهم من يمثل الحزب، مضيفا أن التصويت قريب.", "سليم خليفة"),
    ],
)
def test_a_tagged_person_at_the_subject_is_the_speaker_and_goes_on(text: str, name: str) -> None:
    assert [q.speaker for q in find_quotes(text, [_person(text, name)])] == [name, name]


def test_a_tagged_span_that_begins_inside_a_word_is_no_name() -> None:
    text = "وسجل وين كامل هدفين أمس. وقال كامل للصحفيين إن الموسم طويل."
    cut = _person(text, "ين كامل")  # the و of وين read as a conjunction
    assert [q.speaker for q in find_quotes(text, [cut])] == ["كامل"]


def test_a_described_speaker_is_not_the_deputy_of_that_office() -> None:
    text = ("استقبل الرئيس الموريتاني سالم الحمدي أمس الوفد، بحضور نائب الرئيس الموريتاني رئيس الحكومة، كريم "
            "العابدي. وأكد الرئيس الموريتاني، أن المدينة آمنة، مشيرا إلى أن الطرق مفتوحة.")
    assert [q.speaker for q in find_quotes(text, [])] == ["سالم الحمدي", "سالم الحمدي"]


def test_a_feeling_expressed_with_an_is_no_words_reported() -> None:
    text = "وأعرب المبعوث الأممي إلى البلاد، عن أمله في أن يعود السلام قريبا، مضيفا أن الحوار سيستأنف."
    assert [(q.speaker, q.verb) for q in find_quotes(text, [])] == [("المبعوث الأممي", "مضيفا")]


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        # a present verb with no subject after it, inside words reported: their verb, no one speaks
        ("وقال الوزير سامي العلوي إن إحياء الذكرى كل عام يؤكد أن الشهداء لن ينسوا.", ["قال"]),
        # but a present verb with its subject after it reports words of its own
        ("وأكدت الصحف أن الأسلحة مشابهة لتلك التي تقول السلطات إنها كانت مهربة.", ["أكدت", "تقول"]),
    ],
)
def test_a_present_verb_inside_words_reported(text: str, verbs: list) -> None:
    assert [q.verb for q in find_quotes(text, [])] == verbs


def test_a_subject_then_long_circumstances_still_reports_words() -> None:
    text = ("وأوضح الوزير سامي العلوي اليوم السبت في تصريح إعلامي على هامش مشاركته في إحياء الذكرى السادسة لتأسيس "
            "المعهد الوطني للبحوث التي نظمتها الجمعية الوطنية لأساتذة التعليم العالي في العاصمة، أن البحث العلمي أولوية "
            "مبرزا أن الميزانية سترتفع.")
    assert [(q.speaker, q.verb) for q in find_quotes(text, [])] == [("سامي العلوي", "أوضح"), ("سامي العلوي", "مبرزا")]


def test_a_verb_with_an_object_and_long_circumstances_reports_nothing() -> None:
    text = ("وأوضح الوزير سامي العلوي أمس التفاصيل الكاملة لخطة الوزارة الجديدة لتطوير التعليم العالي في كل الجهات "
            "الداخلية والساحلية وفي المدن الكبرى والصغرى وفي الأرياف خلال السنوات الخمس القادمة وما بعدها، "
            "ثم قال إن التنفيذ يبدأ قريبا.")
    assert [q.verb for q in find_quotes(text, [])] == ["قال"]


@pytest.mark.parametrize(
    "text",
    [
        # the object of أعرب عن holds no subject (لدول الجوار is no name)
        "قال المدير كريم العابدي إن المشروع جاهز. وأعرب الوزير عن ارتياحه لدول الجوار. وأضاف أن التنفيذ يبدأ قريبا.",
        # على before a verbal noun in construct is a preposition, not the name علي
        "قال المدير كريم العابدي إن المشروع جاهز. وأكد الوزير على أهمية المشروع. وأضاف أن التنفيذ يبدأ قريبا.",
    ],
)
def test_an_object_is_not_the_speaker_passed_on(text: str) -> None:
    assert [q.speaker for q in find_quotes(text, [])] == ["كريم العابدي", "الوزير"]


def test_a_verb_of_the_other_gender_goes_back_to_the_last_speaker_of_its_gender() -> None:
    text = "قالت المديرة سلمى العابدي إن المشروع جاهز. وأكد الوزير أن الميزانية كافية. وأضافت أن التنفيذ يبدأ قريبا."
    assert [q.speaker for q in find_quotes(text, [])] == ["سلمى العابدي", "الوزير", "سلمى العابدي"]


def test_a_line_break_between_the_subject_and_its_words() -> None:
    text = "قال المدير كريم العابدي إن المشروع جاهز.\nوأكد الوزير سامي العلوي\nأن الميزانية كافية.\nوأضاف أن التنفيذ قريب."
    assert [(q.verb, q.speaker) for q in find_quotes(text, [])] == [
        ("قال", "كريم العابدي"), ("أكد", "سامي العلوي"), ("أضاف", "سامي العلوي")]


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        # an office and its complement, then أن at once: تابع reports words
        ("وقال سامي العلوي إن القانون جاهز. وتابع رئيس الهيئة الوطنية لحماية البيئة أن المخالفات كثيرة.", ["قال", "تابع"]),
        # but تابع with an object before بأن reports nothing
        ("وتابع رئيس الهيئة أعمال اللجنة بأن طلب تقريرا.", []),
    ],
)
def test_a_conditional_verb_after_an_office(text: str, verbs: list) -> None:
    assert [q.verb for q in find_quotes(text, [])] == verbs
