"""Quotation speakers, round r25: a bare verb or participle after a clause whose subject acted on a noun
object carries that subject, each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_participle_after_a_view_on_an_object_carries_the_viewer() -> None:
    # واعتبر فلان القرار خطوة إيجابية، مضيفا: an opinion on an object, no words; the participle is the viewer's
    text = ("وقال رئيس اللجنة سعد الغامدي إن السوق مستقرة. واعتبر خالد العتيبي قرار الوزارة خطوة إيجابية، "
            "مضيفا أن القرار سيخدم المستثمرين.")
    assert speakers(text) == ["سعد الغامدي", "خالد العتيبي"]
    # the view verb reports words (أن after it): the speaker goes on past it as before
    text = ("وقال رئيس اللجنة سعد الغامدي إن السوق مستقرة. واعتبر أن القرار خطوة إيجابية، "
            "مضيفا أن القرار سيخدم المستثمرين.")
    assert speakers(text) == ["سعد الغامدي", "سعد الغامدي", "سعد الغامدي"]
    # a participle on an object after the view (مشيرا إلى القرار …) opens no words either: the viewer goes on
    text = ("وقال رئيس اللجنة سعد الغامدي إن السوق مستقرة. واعتبر خالد العتيبي قرار الوزارة خطوة إيجابية، "
            "مشيرا إلى القرار الجديد، مضيفا أن القرار سيخدم المستثمرين.")
    assert speakers(text) == ["سعد الغامدي", "خالد العتيبي"]
    # the view verb has no subject of its own (its object is a name, then a predicate): the speaker goes on
    text = ("وقالت الأديبة سارة الأحمد إن الجائزة مستحقة. واعتبرت فاطمة نموذجا للمرأة العربية، "
            "مؤكدة أن فوزها اعتراف عالمي.")
    assert speakers(text) == ["سارة الأحمد", "سارة الأحمد"]


def test_a_verb_on_an_object_inside_the_words_reported_changes_no_speaker() -> None:
    # أن بعض الصحف، نقلت التصريحات …، موضحة: نقل here moves a thing inside the body's words; the body goes on
    text = ("وقال الوزير سعد الغامدي إن القانون جديد. واعتبرت الهيئة، في بيان أصدرته اليوم، أن بعض الصحف، "
            "نقلت التصريحات التي قدمتها بطريقة خاطئة، موضحة أن الجلسات علنية.")
    assert speakers(text) == ["سعد الغامدي", "الهيئة", "الهيئة"]
    # a named subject of its own after the verb (أكد عضو اللجنة فلان اكتمال …): he goes on
    text = ("وأشار رئيس اللجنة سعد الغامدي إلى أن الحملة مستمرة، أكد عضو اللجنة خالد العتيبي اكتمال "
            "الاستعدادات، وأوضح أنه تم تجهيز المراكز.")
    assert speakers(text)[-1] == "خالد العتيبي"


def test_a_participle_after_a_source_and_a_verb_with_its_own_subject_carries_that_subject() -> None:
    # وحسب موقع "…"، تابع فلان هجومه …، قائلا: the one who went on attacking speaks, not the site telling of it
    text = ('هاجم اللواء سالم خلفان الحزب بشدة. وحسب موقع "الخبر"، تابع "خلفان" هجومه على الحزب في '
            'تغريدات عبر حسابه، قائلا: "القادم أسوأ".')
    assert speakers(text) == ["سالم خلفان"]
    # the source's own words after فإن: the source goes on
    text = 'وبحسب البيان فإن القانون قائم على أساس أمني، مشيرا إلى أن الأسرى مضربون.'
    assert speakers(text) == ["البيان"]


def test_a_spokesman_of_a_body_after_a_verb_on_an_object_speaks_on() -> None:
    # وقدم المتحدث باسم الشبكة اعتذاراته بالقول: the spokesman, met for the first time, not the one quoted before
    text = ('وقال الوزير سعد الغامدي إن القناة أنهت العقد. وقدم المتحدث باسم الشبكة اعتذاراته بالقول: '
            '"نحن نأسف".')
    assert speakers(text) == ["سعد الغامدي", "المتحدث باسم الشبكة"]
