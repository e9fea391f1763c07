"""Quotation speakers, rounds from stop 36: offices whose chain closes on the holder's name; constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_an_office_and_its_field_before_the_verb_give_the_holders_name() -> None:
    # the subject written before its verb, longer than three words, closed by the tagger's person
    text = "النائب في البرلمان الأردني قصي الدميسي يرى أن الزيارة أعطت دفعة قوية للعلاقات."
    assert speakers(text, tagged=True) == ["قصي الدميسي"]
    text = "مدير المركز الرمضاني الأستاذ فهد بن محمد المعتق أكد أن هذه الفعاليات ناجحة."
    assert speakers(text, tagged=True) == ["فهد بن محمد المعتق"]
    # a name spoken about after عن is no subject
    assert speakers("وعن حبيب الحبيب قال إنه فنان صاحب موهبة جميلة.", tagged=True) != ["حبيب الحبيب"]


def test_an_office_chain_past_a_quoted_outlet_ends_on_its_holder() -> None:
    text = 'أكدت مبعوثة الجوهرة "اف ام" إلى تطاوين هاجر النوالي أن المعتصمين سيواصلون اعتصامهم.'
    assert speakers(text, tagged=True) == ["هاجر النوالي"]
    # an office with no name after it stays the speaker
    text = 'أكدت مبعوثة الجوهرة "اف ام" إلى تطاوين أن المعتصمين سيواصلون اعتصامهم.'
    assert speakers(text, tagged=True) == ['مبعوثة الجوهرة "اف ام"']


def test_his_highness_is_the_prince_never_the_king_named_since() -> None:
    # سموه after a prince who conveys the king's condolences: the prince, though his office (أمير منطقة) comes first
    text = ("نقل صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير تعازي خادم الحرمين الشريفين "
            "الملك سلمان بن عبدالعزيز آل سعود إلى أسرة الشهيد.\nوأكد سموه خلال اتصالاته أمس، أنهم نالوا شهادة العز.")
    assert speakers(text, tagged=True) == ["فيصل بن خالد بن عبدالعزيز"]


def test_a_verbal_noun_confirmed_is_the_object_and_the_speaker_goes_on() -> None:
    text = ("وقال الأمير فيصل بن مشعل إن الحادثة مؤلمة. وأكد استنكار أهالي منطقة القصيم لهذا العدوان الإجرامي، "
            "مشيرا إلى أن ما حدث لن يثني عزيمة رجال الأمن.")
    assert speakers(text, tagged=True) == ["فيصل بن مشعل", "فيصل بن مشعل"]
    # an office on است (استشاري، أستاذ) still speaks, and so does a name of that shape the news never writes with
    # the article
    text = "قال استيبان كامبياسو اللاعب السابق لمنتخب الأرجنتين أنه رفض عرضا جديدا."
    assert speakers(text, tagged=True)[0].startswith("استيبان كامبياسو")
    assert speakers("وقال استشاري الأنف والأذن إن الوقاية مهمة.", tagged=True) == ["استشاري الأنف والأذن"]


def test_the_member_for_a_party_is_one_description_named_by_its_holder() -> None:
    # النائب عن حركة النهضة: elected for the party; named once, he is the one the description stands for after
    text = ("طالب النائب عن حركة النهضة الصحبي عتيق اليوم بمحاسبة الشبكات. "
            "وأكد النائب عن حركة النهضة ان هذه المحاسبة يجب أن تتم سياسيا.")
    assert speakers(text, tagged=True) == ["الصحبي عتيق"]
    assert speakers("وقال النائب عن الحزب إن الوضع هادئ.", tagged=True) == ["النائب عن الحزب"]


def test_a_relative_clause_after_a_named_person_or_his_office_is_his() -> None:
    # a view verb after الذي with the person right before it, or his office between: he holds the view
    text = "بينما يشاطره الرأي ناصر محمد الدوسري الذي يرى أن العيد لم يتغير."
    assert speakers(text, tagged=True) == ["ناصر محمد الدوسري"]
    text = "وهناك ايضا قسطنطين كالاتشيف، رئيس مجموعة الخبرة الدولية الذي قال إن تنظيم كأس العالم يعد فرصة."
    assert speakers(text, tagged=True) == ["قسطنطين كالاتشيف"]
    # a thing before the relative holds no view
    assert speakers("وهذه الخطوة التي يرى أنها مهمة.", tagged=True) == []


def test_his_excellency_is_the_minister_never_a_prince_named_since() -> None:
    # معاليه after a minister, then a prince who is minister of defence named among the leaders thanked: the minister
    text = ("أكد معالي الرئيس العام لهيئة الأمر بالمعروف الشيخ الدكتور عبدالرحمن بن عبدالله السند، أن الجنود أبطال "
            "في ظل قيادة سمو ولي ولي العهد صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز وزير الدفاع، "
            "وقال معاليه: «فأهنئ الجميع بالعيد».")
    assert set(speakers(text, tagged=True)) == {"عبدالرحمن بن عبدالله السند"}


def test_an_honorific_goes_on_with_the_one_speaking_when_it_fits_him() -> None:
    # معاليه after the minister spoke and another minister was named: the one speaking, not the last one named
    text = ("وقال وزير الخارجية عادل الجبير إن الزيارة مهمة. وأوضح الجبير أنه التقى نظيره الأمريكي وزير الخارجية "
            "جون كيري في الرياض. وأبان معاليه أن المملكة ماضية في طريقها.")
    assert speakers(text, tagged=True) == ["عادل الجبير"] * 3
