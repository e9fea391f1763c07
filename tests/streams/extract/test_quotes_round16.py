"""Quotation speakers, round r16: failure kinds found in the opened blind set v22
(tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_cardinal_counts_the_speakers_it_is_no_name() -> None:
    # قالت ثلاثة مصادر مطلعة: the number word was read as a one-word name and spoke alone
    assert speakers("قالت ثلاثة مصادر مطلعة اليوم إن الاتفاق قريب.") == ["ثلاثة مصادر مطلعة"]
    assert speakers("وقال خمسة نواب في بيان إن الجلسة تأجلت.") == ["خمسة نواب"]
    # a digit count keeps its own reading, and a name is still a name (ستين: Stein, and sixty)
    assert speakers("وقال 3 مسؤولين أمنيين إن الطريق أغلق.") == ["مسؤولين أمنيين"]
    assert speakers("وقال خالد السبيعي إن الطريق أغلق.") == ["خالد السبيعي"]
    assert speakers("وقال أرون ستين الباحث في معهد الدراسات إن الهجوم منظم.") == ["أرون ستين"]


def test_a_place_adverb_opens_an_adverbial_it_is_no_name() -> None:
    # المعارضون للإصلاح داخل الحزب: داخل was read as a one-word name after the participle and its complement
    text = "يقول المعارضون للمشروع داخل الحزب الحاكم إن الخطة فاشلة."
    assert speakers(text) == ["المعارضون للمشروع"]
    assert speakers("وقال المقيمون خارج البلاد إن التسجيل صعب.") == ["المقيمون"]


def test_a_word_with_lam_after_a_lone_family_name_is_the_one_spoken_to() -> None:
    # وقال العمّاري للجوهرة أف أم، إن: the radio he spoke to was taken into his name
    assert speakers("وقال العلي للإذاعة الوطنية، إن الطريق أغلق.") == ["العلي"]
    assert speakers("وقال الحمدي لموزاييك أف أم، إن الطريق أغلق.") == ["الحمدي"]
    # an office or a body keeps its complement, and so does a plural participle
    assert speakers("وقال المدير العام للإذاعة الوطنية إن البث مستمر.") == ["المدير العام للإذاعة الوطنية"]
    assert speakers("وقالت الهيئة العامة للإحصاء إن النسبة ارتفعت.") == ["الهيئة العامة للإحصاء"]
    assert speakers("يقول المؤيدون للقرار إن الخطة ناجحة.") == ["المؤيدون للقرار"]
    # a family name that begins with ل, written alone after a verb elsewhere, is no addressee
    text = "وقال الخضر لعمور إن المستشفيات مدمرة. وأشار لعمور إلى أن الأدوية نفدت."
    assert speakers(text) == ["الخضر لعمور", "لعمور"]


def test_a_source_or_a_person_points_out_in_the_present() -> None:
    # تشير الإحصائية إلى أن: أشار in the present was no reporting verb
    assert speakers("أوروبيا، تشير الإحصائية إلى أن النسبة الأعلى في الشمال.") == ["الإحصائية"]
    assert speakers("ويشير التقرير إلى أن العجز تراجع.") == ["التقرير"]
    assert speakers("ويشير سعيد الغامدي إلى أن الأعراس تغيرت.") == ["سعيد الغامدي"]
    assert speakers("وتشير بعض التقارير إلى أن الصفقة اكتملت.") == ["بعض التقارير"]
    # the writer's own evidence or inference points out no one's words, and a clause with no subject of its own
    # gives them to no earlier speaker
    text = "وقال الوزير إن الخطة جاهزة. وتشير التكهنات إلى أن العمل بدأ."
    assert speakers(text) == ["الوزير"]
    text = "وقال الوزير إن الخطة جاهزة، مما يشير إلى أن العمل بدأ."
    assert speakers(text) == ["الوزير"]
    assert speakers("وتشير تفاصيل الحادث إلى أن السيارة انقلبت.") == []


def test_a_feminine_participle_after_a_plural_in_at_is_its_adjective() -> None:
    # استجوابات مشددة لمن: مشددة describes the plural; it was read as "stressing" and took the next أن
    text = ("وقالت المتحدثة إن المريض توفي. وقررت الحكومة السماح بإجراء استجوابات مشددة لمن يشتبه "
            "أنهم متطرفون.")
    assert speakers(text) == ["المتحدثة"]
    text = "وقال الوزير إن الخطة جاهزة. وتلقت الوزارة معلومات مؤكدة تفيد بأن الشحنة وصلت."
    assert speakers(text) == ["الوزير"]
    # after a comma, or with the words at once after it, it is the participle
    assert speakers("ونشرت الهيئة توصيات، مؤكدة أن الالتزام ضروري.") == ["الهيئة"]
