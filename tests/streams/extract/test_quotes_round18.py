"""Quotation speakers, round r18: failure kinds found in the opened blind set v24
(tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_feeling_expressed_names_who_speaks_next() -> None:
    # عبّر فلان عن سعادته، مؤكدا أن: عبر (also "via") opened no clause, so the participle or the bare verb after it
    # carried a speaker of an earlier sentence, or none
    said = "وقال الوزير خالد العمري إن الخطة تسير. "
    assert speakers(said + "وعبر اللواء منصور الجهني مساعد مدير الدفاع المدني عن سعادته بالأنشطة، لافتا إلى أن "
                           "المدينة تعيش أياما جميلة.") == ["خالد العمري", "منصور الجهني"]
    assert speakers(said + "فيما عبر أشقاء الفقيد عن فخرهم به، مشيرين إلى أنه كان صائما.") == ["خالد العمري", "أشقاء الفقيد"]
    assert speakers(said + "فيما عبرت والدة الفقيد عن حزنها لفراقه، وقالت: \"ما خفف علي أنه شهيد\".") \
        == ["خالد العمري", "والدة الفقيد"]
    assert speakers(said + "من جانبه عبر الحكم محمد سعد عن رضاه، وقال: \"المباراة جيدة\".") == ["خالد العمري", "محمد سعد"]
    assert speakers(said + "وعبّر مسافر آخر عن استيائه من حالة الطريق، مضيفاً أن الصيانة ضعيفة.") == ["خالد العمري", "مسافر آخر"]
    # عبر as "via", a verb between, another clause between, or the other gender: the speaker goes on
    assert speakers("وقال الوزير خالد العمري إن الخطة تسير، وأضاف عبر حسابه على تويتر عن رأيه، مؤكدا أن الأمر انتهى.") \
        == ["خالد العمري", "خالد العمري"]
    # (since r23 the plural participle goes on from the plural subject of its clause, not the minister)
    assert speakers(said + "ووصل المسافرون عبر الحدود عن طريق البر، مؤكدين أن الرحلة شاقة.") == ["خالد العمري", "المسافرون"]
    assert speakers(said + "وعبر الحضور عن سعادتهم، وأشاد الوزير بالتنظيم، مؤكدا أن الحفل ناجح.") == ["خالد العمري", "خالد العمري"]
    assert speakers("وقالت الوزيرة سلمى العمري إن الخطة تسير. وعبرت الإدارة عن شكرها، وأضاف: \"العمل مستمر\".")[1] \
        != "الإدارة"
    # the one already speaking, named in full before, keeps his fuller name (not الجنرال مين -> مين)
    text = ("وقال الجنرال مين اونغ هلينغ إن الجيش مستعد. وعبر الجنرال مين عن انفتاحه على التعديل، لكنه أكد أن "
            "النزاعات مستمرة.")
    assert speakers(text) == ["مين اونغ هلينغ", "مين اونغ هلينغ"]


def test_the_name_a_described_person_goes_by_is_the_speaker() -> None:
    # شاهد عيان يدعى أحمد فلان: without the tagger the whole description with يدعى was the speaker
    assert speakers("وقال شاهد عيان يدعى أحمد اكاي لرويترز إن إحدى المرأتين أطلقت النار.") == ["أحمد اكاي"]
    assert speakers("وقالت الوالدة وتدعى إليزابيث إن ابنها بخير.") == ["إليزابيث"]
    assert speakers('وقالت المواطنة وتدعى "أم فؤاد" إن الحي تضرر.') == ["أم فؤاد"]
    assert speakers("وقال أحد السكان ويدعى عبد الناصر سيد إن القوات دخلت البلدة.") == ["عبد الناصر سيد"]
    # يدعي (claims) with a complementizer after it names no one
    assert "طبيب" not in (speakers("وقال شخص يدعي أنه طبيب إن الدواء مفيد.")[0] or "")


def test_the_newsrooms_envoy_spoken_to_ends_the_subject() -> None:
    # والد التلميذ لمبعوث الجوهرة "أف أم"، ذات المصدر لمراسلتنا: the envoy was read into the description
    text = 'وأكد والد التلميذ المصاب لمبعوث الجوهرة "أف أم" على عين المكان، أنّ الخلاف نشب بين تلميذين.'
    assert speakers(text) == ["والد التلميذ المصاب"]
    assert speakers("وأفاد الناطق باسم الحرس لمراسلتنا أن السيارة حجزت.") == ["الناطق باسم الحرس"]
    assert speakers('وأوضح مدير المستشفى لموفد "وات" أن الجرحى بخير.') == ["مدير المستشفى"]


def test_a_first_and_a_fathers_name_before_al_are_one_name() -> None:
    # سعيد محمد آل دعكن: the run was cut one word before آل, dropping the first name
    assert speakers("وقال المواطن سعيد محمد آل دعكن إن الطريق مغلق.") == ["سعيد محمد آل دعكن"]
    assert speakers("وقال العم محمد حسين آل مبيت إن المزرعة تضررت.") == ["محمد حسين آل مبيت"]
    # a name alone before آل, and a place before the name, are unchanged
    assert speakers("وقال إبراهيم آل مسفر إن الطريق مغلق.") == ["إبراهيم آل مسفر"]
    assert speakers("وقال مدير التعليم بنجران محمد آل مسعود إن الدوام بدأ.") == ["محمد آل مسعود"]

