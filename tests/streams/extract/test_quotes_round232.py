"""Quotation speakers, round r232 (errors of the opened fresh sets S77–S80); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_above_is_no_name_after_an_office() -> None:
    text = ('وأوضح رئيس الجمعية المذكورة أعلاه، يوسف شواط، ان "الاضراب تأجل بعد توفر مؤشرات طيبة"، '
            'مشيرا الى ان "اجتماع يوم 14 فيفري سيحسم مصير الاضراب".')
    assert speakers(text, tagged=True) == ["يوسف شواط"] * 2


def test_a_frame_adverbial_before_the_main_verb() -> None:
    text = ("وقام جوزيب جوارديولا المدير الفني لبايرن ميونيخ بتوبيخ اللاعب أمام الجميع. "
            "وفي معرض رده عن سؤاله حول تلك الواقعة، أجاب جوارديولا خلال المؤتمر الصحفي، قائلا: \"أنا حزين من أجل كيميش\".")
    assert speakers(text, tagged=True) == ["جوزيب جوارديولا"]


def test_remarkable_is_an_adjective_not_a_participle() -> None:
    text = ("وثالثهما أن منظمة داعش كثفت بصورة ملفتة من جرائمها الإرهابية، مما يطرح سؤالاً: ما الذي يضر داعش؟ "
            "وقال المحلل سامي العتيبي إن التنظيم يتراجع.")
    assert speakers(text, tagged=True) == ["سامي العتيبي"]


def test_the_state_of_things_says_no_ones_words() -> None:
    text = "لسان الحال الأمريكي يقول إن هناك تحديا كبيرا. وقال المحلل سامي العتيبي إن الاتفاق صامد."
    assert speakers(text, tagged=True) == ["سامي العتيبي"]


def test_but_opens_a_clause_whose_office_and_person_hold_a_view() -> None:
    text = ("وبعد رحيل المهاجمين عن الفريق، يجد واين روني نفسه وحيدا، لكن القائد السابق للفريق براين روبسون يرى بان "
            "القوة الضاربة الموجودة في خط الوسط قد تؤمن الخلفية المناسبة.")
    assert speakers(text, tagged=True) == ["براين روبسون"]
