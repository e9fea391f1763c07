"""Quotation speakers, round r94: kinds met in the opened sets S41 and S42, each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_compound_first_name_on_a_stop_word() -> None:
    # ضيف الله، فضل الله: a compound first name with الله, not ضيف (a guest) or فضل (grace) ending the subject
    assert speakers("وقال ضيف الله بن سالم العتيبي إن الوطن غال على الجميع.") == ["ضيف الله بن سالم العتيبي"]
    assert speakers("وأكد الشيخ فضل الله محمد أن الجمعية ستواصل عملها.") == ["فضل الله محمد"]


def test_a_guest_is_still_no_name() -> None:
    # ضيف البرنامج: the guest, no name word
    assert speakers("وقال ضيف البرنامج إن الأسعار سترتفع.") != ["ضيف"]


def test_by_himself_after_the_name() -> None:
    # فلان بنفسه قال إن: "himself" is an adverbial, never part of the name
    assert speakers("فالرئيس الأمريكي أوباما بنفسه قال إن الحرب ستطول.") == ["أوباما"]
    assert speakers("وأكدت الوزيرة بنفسها أن المشروع سينجز قريبا.") == ["الوزيرة"]


def test_tribe_name_before_the_name() -> None:
    # شيخ قبيلة … بني الحارث فلان، محافظ بني حسن فلان: بني opens a tribe's or a place's name, the person comes after
    assert speakers("وقال شيخ قبيلة العوامر بني الحارث سالم بن فهد الحارثي إن القبيلة فداء للوطن.") == [
        "سالم بن فهد الحارثي"]
    assert speakers("وقال محافظ بني حسن سعد الغامدي إن المشروع سينجز قريبا.") == ["سعد الغامدي"]


def test_commented_with_the_words_at_once() -> None:
    # وعلق المدير العام فلان: «…»: the comment's words follow at once after a colon, as an answer's do
    assert speakers("وعلّق المدير العام سعيد الناصر: «سيستمتع الضيوف بالتجربة».") == ["سعيد الناصر"]
    # علق with an object, or on something then a participle, reports nothing itself
    assert speakers("وعلقت الحكومة المفاوضات مع الشركة.") == []


def test_commented_by_his_saying() -> None:
    # وعلق فلان بقوله: «…»: the saying word brings the words, its subject the one named before it
    assert speakers("وقال سمير الدعجاني إن الطلاب متميزون. وعلق سالم أحمد بقوله: «أسعدني رؤية الأبناء».") == [
        "سمير الدعجاني", "سالم أحمد"]


def test_suspended_is_no_comment() -> None:
    # المذكرة قد علقت "حتى …": suspended, its subject before it, the quote marks hold a phrase of the report
    assert speakers("وقالت النيابة إن المذكرة المتعلقة بالرئيس قد علقت \"حتى الدورة الجديدة\".") == ["النيابة"]
