"""Quotation speakers, round r9: failure kinds found in the opened set N and in fresh articles read by
eye (tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from scripts.eval_facts import _entities
from streams.extract.quotes import find_quotes


def speakers(text: str, tagged: bool = False) -> list:
    return [q.speaker for q in find_quotes(text, _entities(text, tagged))]


def test_inni_after_a_bare_verb_opens_the_speakers_own_words() -> None:
    # وأضاف إنني أخاطب ...: إنّ with the first person after a bare verb opens his own words, like إننا
    text = ("أكد الوزير سالم الحربي أن الوضع مستقر. وأضاف إنني أخاطب كل مواطن في هذا البلد، "
            "وأدعو الجميع إلى الهدوء.")
    assert speakers(text) == ["سالم الحربي", "سالم الحربي"]


def test_a_nisba_that_differs_from_the_named_ones_is_another_person() -> None:
    # الرئيس الإيراني فلان ... أعلن الرئيس الفرنسي استعداد ...، موضحا: the French president is not the Iranian one
    text = ("أكد الرئيس الإيراني حسن روحاني أن البلدين فقدا الكثير من الفرص. من جهته أعلن الرئيس الفرنسي "
            "استعداد بلاده للتعاون، موضحا أن باريس تبحث عن الحلول السياسية.")
    assert speakers(text) == ["حسن روحاني", "الرئيس الفرنسي"]
    # a description with no clashing nisba still names the one met with that title
    text = ("قال المدرب البرتغالي جوزيه مورينيو إن الفريق جاهز. وأكد المدرب المخضرم أن اللاعبين في حالة جيدة.")
    assert speakers(text) == ["جوزيه مورينيو", "جوزيه مورينيو"]


def test_a_participle_after_kana_qad_goes_to_the_subject_between_them() -> None:
    # وكان الوزير قد حسم الأمر عبر تغريدة قائلا: the minister (named before) speaks, not the group quoted last
    text = ("أكد وزير التعليم الدكتور عزام الدخيل على بدء الدراسة في موعدها. ونوه مديرو التعليم إلى أن "
            "هناك لجنة مشكلة. وكان الوزير قد حسم أمر الدراسة عبر تغريدة على حسابه قائلا: «إن ما يتم تداوله "
            "غير صحيح».")
    assert speakers(text) == ["مديرو التعليم", "عزام الدخيل"]
