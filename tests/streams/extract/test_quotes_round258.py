"""Quotation speakers, round r258 (the opened fresh sets S106, S108); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_thing_in_the_plural_after_a_known_family_name_is_the_object() -> None:
    text = ("قال ماريو أندراده، مدير الاتصالات في اللجنة المنظمة، إن الانتخابات كانت نظيفة. وانتقد أندراده الاتهامات "
            "الموجهة إلى بلده قائلاً: \"كل الوثائق مفتوحة للجمهور\".")
    assert speakers(text, tagged=True) == ["ماريو أندراده"] * 2


def test_a_family_name_in_the_plural_goes_on() -> None:
    text = "قال الرئيس أنور السادات إن السلام ممكن. وأضاف السادات أن الحرب انتهت."
    assert speakers(text, tagged=True) == ["أنور السادات"] * 2


def test_headed_by_opens_the_name_before_the_relative() -> None:
    text = ("تم تشكيل هيئة إدارية جديدة لنادي الطلبة السعوديين في جامعة تكساس سان انتونيو برئاسة عبدالله عبدالرحمن "
            "المعيويد، الذي قال: إن إدارة النادي فتحت المجال لجميع الطلاب. وأضاف: كما تم فتح المجال للجهات الراعية.")
    assert speakers(text, tagged=True) == ["عبدالله عبدالرحمن المعيويد"] * 2


def test_once_after_the_verb_is_no_subject() -> None:
    text = "لاسيما صديقي الذي قال ذات غصة بأن الأهلي يستطيع أن يسقط برشلونة."
    assert speakers(text, tagged=True) == ["صديقي"]


def test_the_same_source_is_a_subject() -> None:
    text = "وقال ذات المصدر إن الأمر صعب للغاية."
    assert speakers(text, tagged=True) == ["ذات المصدر"]


def test_the_place_of_an_office_in_construct_is_no_part_of_the_name() -> None:
    text = "من جهته أكد مستشار التسويق ومدير مبادرة تطوير سياحة عسير طارق خان \"أن الأمير فيصل يدعم المبادرة\"."
    assert speakers(text, tagged=True) == ["طارق خان"]


def test_a_first_name_spelt_like_a_town_stays() -> None:
    text = "وأوضحت مساعدة المديرة للمنظمة ماري بول كيني في جنيف، أن جهود المنظمة تسير بسرعة."
    assert speakers(text, tagged=True) == ["ماري بول كيني"]
