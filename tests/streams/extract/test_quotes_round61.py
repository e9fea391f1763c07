"""Quotation speakers, round r61: kinds found by the audit of main's quotations over unread text (seed 61), each as a
short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_bayyana_with_a_named_subject_and_his_office() -> None:
    # بين (no shadda) opening a clause, a titled name and his office up to أن with no comma: "explained"
    text = "وافتتحت الأمانة السوق. وبين المهندس فهد بن علي العوفي مساعد أمين منطقة المدينة المنورة أن الاستعدادات اكتملت."
    assert speakers(text) == ["فهد بن علي العوفي"]
    text = "وأشاد التاجر بالمهرجان. بدوره بين خالد بن متعب مدير إدارة العلاقات العامة بأمانة المنطقة أن المدينة تعيش فرحا."
    assert speakers(text) == ["خالد بن متعب"]
    # but "between" two sides joined by و stays no verb
    text = "وتوسط الشيخ في الخلاف. وبين خالد بن متعب مدير إدارة العلاقات العامة والمهندس سعد بن علي الحربي أن الخلاف قديم."
    assert speakers(text) == []


def test_a_country_nisba_in_ya_after_a_source() -> None:
    # يمني، يمنية open with ي as an imperfect verb does, but they are the source's nisba (not مسعف | يعمل في)
    text = "وقالت مصادر يمنية لوكالة الأنباء الألمانية إن القصف أدى إلى مقتل عدد من المسلحين."
    assert speakers(text) == ["مصادر يمنية"]
    text = "وقال مصدر يمني إن ثلاثة مسلحين قتلوا في الاشتباكات."
    assert speakers(text) == ["مصدر يمني"]
    text = "وقال مسعف يعمل في هيئة الإسعاف إن المصابين نقلوا إلى المستشفى."
    assert speakers(text) == ["مسعف"]


def test_a_need_stressed_is_the_verbs_object() -> None:
    # وأكد أهمية …، وقال: the need stressed (أهمية، ضرورة) is the object; the one named before speaks on
    text = "وتحدث الوزير خالد العمر عن الحوار. وأكد أهمية عدم ربط الدين بالإرهاب، وقال «إن مكافحة التطرف عملية طويلة»."
    assert speakers(text) == ["خالد العمر"]
    text = "وتحدث الوزير خالد العمر عن الحوار. وأكد أهمية الحوار، وقال إن مكافحة التطرف عملية طويلة."
    assert speakers(text) == ["خالد العمر"]
    text = "وتحدث الوزير خالد العمر عن الحوار. وأكد ضرورة عدم ربط الدين بالإرهاب وقال إن مكافحة التطرف عملية طويلة."
    assert speakers(text) == ["خالد العمر"]


def test_a_rulers_office_over_a_place_is_no_name() -> None:
    # أمير عسير، أمير جازان: the office in construct with its region, not a titled person named after it
    text = "وقال أمير جازان إن هذا الملتقى هو الأول من نوعه في المنطقة."
    assert speakers(text) == ["أمير جازان"]
    text = "وصرح أمير عسير أن هذا الملتقى هو الأول من نوعه في المنطقة."
    assert speakers(text) == ["أمير عسير"]
    text = "وقال محافظ جدة إن المهرجان يبدأ غدا."
    assert speakers(text) == ["محافظ جدة"]


def test_a_source_with_a_nisba_then_close_to() -> None:
    # مصدر مصري قريب من التحقيقات: the nisba does not end the source before its closeness (as مصدر قريب من)
    text = "وقال مصدر مصري قريب من التحقيقات اليوم الأربعاء إنه من المرجح أن يكون انفجار وراء الحادث."
    assert speakers(text) == ["مصدر مصري قريب من التحقيقات"]
    text = "وقال مصدر أمني مقرب من الرئاسة إن الاجتماع تأجل."
    assert speakers(text) == ["مصدر أمني مقرب من الرئاسة"]
    text = "وقالت مصادر قريبة من الحكومة إن الاجتماع تأجل."
    assert speakers(text) == ["مصادر قريبة من الحكومة"]


def test_data_of_a_body_speak_as_its_report_does() -> None:
    # كشفت بيانات مصلحة الجمارك أن: the data (بيانات، إحصاءات) with the body they come from, as تقرير الوزارة
    text = "وكشفت بيانات مصلحة الجمارك أن عدد الركاب ارتفع."
    assert speakers(text) == ["بيانات مصلحة الجمارك"]
    text = "وذكرت إحصاءات وزارة الصحة أن عدد المصابين ارتفع."
    assert speakers(text) == ["إحصاءات وزارة الصحة"]
