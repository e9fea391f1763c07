"""Quotation speakers, round r95: kinds rounds r90 and r92 left, each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers

LEAD = "قال المهندس سعد الغامدي إن المشروع تأخر كثيرا. "


def test_a_verbal_noun_after_an_office_is_the_object() -> None:
    # رفض وزير الصحة إغلاق المستشفيات، مؤكدا: a form IV or II verbal noun (إفعال، تفعيل) after the office is what
    # was refused or decided, never the speaker: the office speaks
    assert speakers("رفض وزير الصحة إغلاق المستشفيات، مؤكدا أن القرار خاطئ.") == ["وزير الصحة"]
    assert speakers(LEAD + "ورفض وزير الصحة إغلاق المستشفيات، مؤكدا أن القرار خاطئ.") == \
        ["سعد الغامدي", "وزير الصحة"]
    assert speakers("وقرر وزير الصحة تعيين نواب جدد، مؤكدا أن القرار نهائي.") == ["وزير الصحة"]


def test_a_name_after_the_office_still_speaks() -> None:
    # (a name the lexicon lacks, shaped like a verbal noun, then a family name: the holder speaks)
    assert speakers("وقرر وزير الصحة تيسير الحسن تعيين نواب جدد، مؤكدا أن القرار نهائي.") == ["تيسير الحسن"]
    assert speakers(LEAD + "ورفض وزير الصحة تيسير الحسن إغلاق المستشفيات، مؤكدا أن القرار خاطئ.") == \
        ["سعد الغامدي", "تيسير الحسن"]


def test_a_manner_with_its_pronoun_is_no_speaker() -> None:
    # ثم قال بلكنته المجردة:، وقالت بنبرتها الهادئة: how the words are said, with the speaker's pronoun; the one
    # speaking goes on
    assert speakers(LEAD + "ثم قال بلكنته المجردة: إنه لن يعود.") == ["سعد الغامدي"] * 2
    assert speakers("قالت منى السالم إن المشروع تأخر. وقالت بنبرتها الهادئة: لن أعود.") == ["منى السالم"] * 2
    assert speakers(LEAD + "ثم قال ببرود مهني: سأتصل به.") == ["سعد الغامدي"] * 2
    # (a name glued to ب stays a name: بدر، بثينة)
    assert speakers("وقال بدر الحربي إن المشروع تأخر.") == ["بدر الحربي"]


def test_a_noun_with_its_pronoun_is_no_name() -> None:
    # ووافق السلطان رأي سابقه حين أكد: the one before him is owned, not named; the subject of ووافق speaks
    assert speakers("ووافق السلطان رأي سابقه حين أكد أن البلاد بخير.") == ["السلطان"]
    # أكد حرصه على الحضور ...، وقال: his keenness, never who speaks
    assert speakers("أما أمين العلي فقد أكد حرصه على الحضور مع ابنه، وقال إن المكان جميل.") == ["أمين العلي"]
    assert speakers(LEAD + "ثم يعدل ظهره بعد أن كان متكئا على الباب ويقول: لن أتراجع.") == ["سعد الغامدي"] * 2
    # (a name, kin and a first name in ة stay)
    assert speakers("ونفى سومه أن يكون من مشجعي الاتحاد.") == ["سومه"]
    assert speakers("وأكد والده أن ابنه بخير.") == ["والده"]
    assert speakers("وقالت فاطمة إن ابنها بخير.") == ["فاطمة"]
    # (a companion with a pronoun is someone: صديقه، زميله)
    assert speakers("ونقلت القناة عن زميله قوله إن الحادث كان مفاجئا.") == ["زميله"]
    assert speakers("غادر الشيخ فرج الليطيف منزله. وأفادت عائلته بأنه يعاني من المرض.") == ["عائلته"]
    # (a word written with ة is no pronoun: نصرة، أمانة)
    assert speakers("قالت نصرة أحمد إنها بخير. وأضافت نصرة: لديهن بيت جميل.") == ["نصرة أحمد", "نصرة"]
    assert speakers("وأوضحت أمانة منطقة الرياض أن المبادرة ناجحة.") == ["أمانة منطقة الرياض"]  # (the body, r225)


def test_a_name_shaped_like_a_verbal_noun_after_a_title() -> None:
    # (افنان فؤاد: a name the lexicon lacks, shaped like إفعال but never met with the article; she goes on speaking)
    assert speakers("عبرت الفنانة افنان فؤاد عن سعادتها بدورها. وقالت للصحيفة: هذا يسعدني.") == ["افنان فؤاد"]


def test_an_honorific_with_its_pronoun_still_speaks() -> None:
    # (فضيلته، فخامته: the dignitary named before, not a thing owned)
    assert speakers("قال الشيخ صالح العبدالله إن الصيام عبادة. ويرى فضيلته أن الصبر واجب.") == ["صالح العبدالله"] * 2
