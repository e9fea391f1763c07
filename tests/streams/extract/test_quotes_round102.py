"""Quotation speakers, round r102: kinds audit r101 saw and left, each as a short constructed sentence (no في
stands alone in them, so على is not known as the preposition by its spelling)."""

from __future__ import annotations

from quote_rounds import speakers


def test_an_offices_field_after_ala_is_no_name() -> None:
    # المشرف العام على الشؤون الإدارية فلان: the office's field after على, then its holder
    assert speakers("وأوضح المشرف العام على الشؤون الإدارية بالجامعة حسين بن سعيد هشلان أنه يمكن التقديم عبر الموقع.") \
        == ["حسين بن سعيد هشلان"]
    assert speakers("وثمن المشرف على القطاع الصحي صالح الظاهري الزيارة، مشيراً إلى أن تلك الزيارة بلسم لهم.") \
        == ["صالح الظاهري"]


def test_the_object_of_a_comment_is_no_speaker() -> None:
    # وعلق [فلان] على التأهل قائلا «…»: what he commented on is no one; the one named goes on
    assert speakers("وقال المدرب جون بارنز للصحفيين إن الفريق جاهز. وعلق المدرب على التأهل قائلا «لقد كتبنا التاريخ».") \
        == ["جون بارنز", "جون بارنز"]
    assert speakers("وقال الوزير أحمد سالم إن العمل مستمر. وعلق على الصورة قائلاً: “خلال رحلة مع الأصدقاء”.") \
        == ["أحمد سالم", "أحمد سالم"]


def test_ali_before_a_family_name_stays_a_name() -> None:
    # وأكد على الحازمي أن: على spelt with ى before a family name is the name علي
    assert speakers("وأكد على الحازمي أن العمل مستمر.") == ["على الحازمي"]


def test_no_speaker_from_inside_the_quote_before() -> None:
    # «… . لا نخاف احدا …». وتابع «…»: the sentence before the bare verb is the speaker's own quoted words, no
    # subject of the narrative is read from them
    found = speakers("وعلق بارنز على التأهل قائلا «لقد كتبنا التاريخ بوصولنا الى النهائي. لا نخاف احدا ولكن لا يمكننا "
                     "الاحتفال الان». وتابع «انه امر لا يصدق».")
    assert "نخاف احدا" not in found
    assert speakers("وقال المدرب جون بارنز «لقد كتبنا التاريخ. لا نخاف احدا». وتابع «انه امر لا يصدق».") \
        == ["جون بارنز", "جون بارنز"]


def test_marks_written_loosely_leave_the_sentence_before_as_it_was() -> None:
    # إن "… . فلم نقدم …». ووجه انتقادات ...، وقال إن: the marks do not pair, nothing is known of the sentence before
    assert speakers("قال رئيس الإقليم مسعود البارزاني إن الأكراد لن يخضعوا. وأضاف البارزاني إن \"نضال أمتنا لم يكن "
                    "من أجل الخضوع. فلم نقدم الشهداء كي نبقى تحت إمرة أحد». ووجه انتقادات لحزب الاتحاد، وقال إن "
                    "«فرصة ذهبية» برزت.") == ["مسعود البارزاني"] * 3
