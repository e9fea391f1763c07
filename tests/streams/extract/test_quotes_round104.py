"""Quotation speakers, round r104: kinds r100 left in the opened S43 and S44, each as a short constructed
sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_an_office_with_a_name_in_its_complement_then_a_colon_follows_on() -> None:
    # وتابع رئيس جامعة فلان العربية: إن: تابع reports words after an office whose complement holds a name, when a
    # colon or إن (which only open words said) follows at once
    assert speakers("وقال الوزير إن العمل مستمر. وتابع رئيس جامعة الملك فهد: إن هذه الجرائم لن تزيدنا إلا ثباتا.") \
        == ["الوزير", "رئيس جامعة الملك فهد"]
    assert speakers("وقال الوزير إن العمل مستمر. وتابع رئيس الجامعة: إن هذه الجرائم لن تزيدنا إلا ثباتا.") \
        == ["الوزير", "رئيس الجامعة"]


def test_an_office_following_a_match_still_reports_nothing() -> None:
    # تابع رئيس الوزراء المباراة: following, not speaking
    assert speakers("وقال الوزير إن العمل مستمر. وتابع رئيس الوزراء المباراة بين الفريقين حتى النهاية.") == ["الوزير"]


def test_a_named_speaker_then_laqad_opens_the_words() -> None:
    # قال فلان لـ «عكاظ» لقد: لقد never heads a subject, the words begin there with no complementizer
    assert speakers("من جانبه قال العمري لـ «عكاظ» لقد تم قبولي في برنامج الزمالة.") == ["العمري"]
    assert speakers("من جانبه قال الطبيب خالد العمري لقد تم قبولي في برنامج الزمالة.") == ["خالد العمري"]


def test_laqad_in_the_next_sentence_is_not_read_across() -> None:
    assert speakers("وقال الوزير إن العمل مستمر. وقال لقد تم الانتهاء من المشروع.") == ["الوزير", "الوزير"]


def test_a_fronted_topic_in_an_or_hawla_is_no_speaker() -> None:
    # وعن طريقة زراعة العنب، أكد أن: the topic, not the one speaking (no one named before: no speaker)
    assert speakers("وعن طريقة زراعة العنب، أكد أن زراعته لا تشبه زراعة الأشجار.") == [None]
    assert speakers("وحول أسعار النفط، أكد أن السوق مستقرة.") == [None]
    assert speakers("وقال الوزير خالد العلي إن العمل مستمر. وحول أسعار النفط، أكد أن السوق مستقرة.") \
        == ["خالد العلي", "خالد العلي"]


def test_a_title_and_a_long_name_then_a_colon_follows_on() -> None:
    # وتابع الشيخ فلان آل فلان: «…»: a name of three words after the title, then the words at once
    assert speakers("وقال الوزير إن العمل مستمر. وتابع الشيخ عبدالعزيز آل الشيخ: «واجب الدعاة الكشف عن هذه الفئة».") \
        == ["الوزير", "عبدالعزيز آل الشيخ"]


def test_a_title_a_name_and_his_object_still_report_nothing() -> None:
    # وتابع المدرب خالد تدريباته: following the training, its items after the colon
    assert speakers("وتابع المدرب خالد تدريباته: الجري والسباحة.") == []
