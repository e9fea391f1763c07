"""Quotation speakers, round r247 (the opened fresh sets S96 and S98); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_short_noun_after_lam_is_no_name_after_an_office() -> None:
    text = ("اكتب رأيك عبر لاعب الفريق الأول لكرة القدم بنادي الشباب والمنتقل حديثا لصفوفه سيف الحشان عن استيائه من "
            "التشكيك، حيث قال: «إلى متى الواحد يجامل على حساب عمره».")
    assert "لكرة القدم" not in speakers(text, tagged=True)


def test_the_name_right_after_the_short_noun_still_speaks() -> None:
    text = ("وتحدث قائد الفريق الأول لكرة القدم عمر عبدالعزير عن معسكر الفريق قائلاً: الحمد لله المعسكر يمتلك جميع "
            "الإمكانات.")
    assert speakers(text, tagged=True) == ["عمر عبدالعزير"]


def test_an_owned_noun_set_off_by_a_comma_is_the_object() -> None:
    text = ("وقال صالح العواجي نائب مدير عام مصلحة الزكاة والدخل إن الأمر صعب. كما أكد نائب مدير مصلحة "
            "الزكاة والدخل، عملهم حالياً مع وزارة التجارة لحث غير المسجلين على التسجيل، وتسوية أوضاعهم معها. "
            "وتابع قائلاً: \"نحن نعمل على تعريفها مع التجارة\".")
    assert speakers(text, tagged=True) == ["صالح العواجي", "صالح العواجي"]


def test_the_issuers_field_completes_its_name() -> None:
    text = ("وأوضحت تقارير صادرة عن المؤسسة العامة للتدريب التقني والمهني أن عدد المقبولين في برامج المؤسسة وصل إلى "
            "حوالى 12% فقط.")
    assert speakers(text, tagged=True) == ["تقارير صادرة عن المؤسسة العامة للتدريب التقني والمهني"]
