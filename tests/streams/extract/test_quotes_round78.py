"""Quotation speakers, round r78: kinds found by a recall audit of whole articles over unread text (seed 78), each
as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_definite_plural_denied_is_no_part_of_the_subject() -> None:
    # نفى الأسد الاتهامات، رفض العمري الانتقادات: the plural in ات after a one-word subject is the verb's object; the
    # one who denied speaks on
    text = "ونفى العمري الاتهامات، مؤكدا أن الشركة ملتزمة بالقانون."
    assert speakers(text) == ["العمري"]
    text = ("وقال الرئيس السوري بشار الأسد إن الحل سياسي. كما نفى الأسد الاتهامات التي وجهتها المنظمة إلى الجيش. "
            "وأكد أن عضوا في الوفد كان بين الأعضاء.")
    assert speakers(text) == ["بشار الأسد", "بشار الأسد"]
    # (a plural with its adjective in ات, and a title before a family name in ات, stay)
    assert speakers("وقالت الطالبات المتفوقات إن الامتحان كان سهلا.") == ["الطالبات المتفوقات"]
    assert speakers("وقال الرئيس السادات إن السلام ممكن.") == ["الرئيس السادات"]


def test_what_is_denied_after_ma_is_no_part_of_the_subject() -> None:
    # نفى الوزير ما يتم تداوله، قائلا: ما opens the object; the one who denied speaks on
    text = "نفى الوزير ما يتم تداوله عن التأجيل، قائلا في تغريدة: «إن ما يتم تداوله غير صحيح»."
    assert speakers(text) == ["الوزير"]
    text = "ونفى الخالدي ما تردد عن استقالته، مؤكدا أنه باق في منصبه."
    assert speakers(text) == ["الخالدي"]
    # (ما يسمى: the so-called body named after it speaks)
    assert speakers("وأعلن تنظيم ما يسمى الدولة الإسلامية أنه نفذ الهجوم.") == ["تنظيم ما يسمى الدولة الإسلامية"]


def test_a_ministry_is_no_title_of_a_person() -> None:
    # وزارة النقل, then a name ending in النقل later (سلامة النقل): the ministry speaks, not a person of that family
    # name (وزارة read as و + a title)
    text = "أفادت وزارة النقل أن الفحص سيكون كل سنتين. وهذا لا يمس سلامة النقل على الطرقات."
    assert speakers(text) == ["وزارة النقل"]


def test_an_event_confirmed_is_no_name() -> None:
    # أكد فلان سقوط قتلى، أكد مسؤول مقتل جندي: the event and its victims are the verb's object, never a name; the one
    # who confirmed speaks on
    text = "وأكد متحدث باسم الشرطة سقوط قتلى، مشيرا إلى أن الشرطة اعتقلت شخصين."
    assert speakers(text) == ["متحدث باسم الشرطة"]
    text = "وأكد مسؤول محلي مقتل جندي، موضحا أن الهجوم وقع فجرا."
    assert speakers(text) == ["مسؤول محلي"]


def test_the_media_addressed_in_the_plural_end_a_source() -> None:
    # متحدث باسم الجيش لوكالات الأنباء، لشبكات التلفزيون: the media spoken to, as لوكالة، لشبكة
    text = "وقال متحدث باسم الجيش لوكالات الأنباء إن الوضع تحت السيطرة."
    assert speakers(text) == ["متحدث باسم الجيش"]
    text = "وأكد متحدث باسم الشرطة لشبكات التلفزيون المحلية سقوط قتلى، مشيرا إلى أن الشرطة اعتقلت شخصين."
    assert speakers(text) == ["متحدث باسم الشرطة"]


def test_an_office_with_its_field_after_fi_then_its_holder_speaks() -> None:
    # كبير المدربين في التنمية البشرية فلان ذكر أن: the office's field after في, then the holder's name; not the
    # people the office is over (المدربين)
    text = "كبير المدربين في التنمية البشرية محمد الزبيدي ذكر بأن هناك عدة عوامل."
    assert speakers(text) == ["محمد الزبيدي"]
    text = "وكبير الباحثين في المركز سالم العنزي قال إن هناك عدة عوامل."
    assert speakers(text) == ["سالم العنزي"]


def test_a_view_verbs_office_in_construct_then_its_body_and_holder_speaks() -> None:
    # وترى عضو هيئة التدريس في كلية التربية فلانة أن: an office in construct with its definite complement, في and
    # the body, then the holder's name (as القيادي في حزب ... فلان, an office in ال)
    text = "وترى عضو هيئة التدريس في كلية التربية مشاعل العتيبي أن العدد المعلن يستلزم وقفة."
    assert speakers(text) == ["مشاعل العتيبي"]
    text = "وترى عضو هيئة التدريس في كلية التربية بجامعة نجران مشاعل العتيبي أن العدد المعلن يستلزم وقفة."
    assert speakers(text) == ["مشاعل العتيبي"]
    # (an object judged stays no view reported)
    assert speakers("واعتبر رئيس الإصابة في الفريق أمرا عاديا أن يحدث ذلك.") == []


def test_a_quoted_name_before_qawluhu_is_no_words_said() -> None:
    # نقلت الوكالة عن فلان، رئيس اتحاد "إم دبليو في"، قوله إن: the quoted name belongs to the source; his words come
    # after قوله
    text = ("ونقلت \"الألمانية\"، عن كريستيان كوشن كبير الرؤساء التنفيذيين في اتحاد الشركات \"إم دبليو في\" قوله إن "
            "أسعار البنزين تراجعت.")
    assert speakers(text) == ["كريستيان كوشن"]
