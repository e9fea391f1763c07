"""Quotation speakers, round speakers-r44: quotations that came out with no speaker (None), each kind as a short
constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers

# the article spells في with ي and على with ى: a علي spelt with ي is then the name, not the preposition
SPELLING = " وحصل الفريق على دعم في الموسم الماضي."


def test_an_unnamed_office_in_construct_after_a_verb_with_an_object_speaks_on() -> None:
    # وأبدى وزير التنمية استعداده …، مؤكدا أن: the office and its field are the subject, the next word the object
    text = "وأبدى وزير التنمية استعداده للتعاون مع البلديات، مؤكدا أن المشاريع ستبدأ قريبا."
    assert speakers(text) == ["وزير التنمية"]
    text = "وانتقد رئيس الوزراء الحكومة السابقة بشدة، مؤكدا أنها أهدرت المال العام."
    assert speakers(text) == ["رئيس الوزراء"]
    # an adjective after the field belongs to the office
    text = "وأبدت وزيرة الصحة الفرنسية قلقها من انتشار الوباء، مؤكدة أن الوضع تحت السيطرة."
    assert speakers(text) == ["وزيرة الصحة الفرنسية"]


def test_the_office_holder_named_after_the_office_still_speaks() -> None:
    text = "دعا وزير الخارجية الألماني زيجمار جابرييل اليوم إلى زيادة الجهود، متابعا أن الحصار يجب أن يرفع."
    assert speakers(text) == ["زيجمار جابرييل"]


def test_ali_spelt_with_ya_right_after_the_verb_is_the_name() -> None:
    # أكد علي فلان عضو مجلس …: where the article spells على with ى, علي with ي after the verb opens the name
    text = "أكد علي العثيم عضو مجلس إدارة غرفة التجارة أن اللجنة طالبت بدعم الشباب في الميزانية." + SPELLING
    assert speakers(text) == ["علي العثيم"]
    text = "قال علي الأحمدي الناطق الرسمي باسم المقاومة إن السكان سيعودون إلى منازلهم." + SPELLING
    assert speakers(text) == ["علي الأحمدي"]
    # a bare family name after علي too (أكد علي عكروت منسق …، وأضاف علي لاريجاني)
    text = "أكد علي عكروت منسق التعاون الدولي في البلدية على هامش التظاهرة أن المعلمين سيرممان." + SPELLING
    assert speakers(text) == ["علي عكروت"]


def test_ala_spelt_with_maksura_stays_the_preposition() -> None:
    text = "وأكد على البرنامج عبدالرحمن الغفيلي رئيس اللجنة أن التسجيل مفتوح." + SPELLING
    assert speakers(text) != ["علي البرنامج"]


def test_the_office_cut_short_before_a_preposition_is_not_read() -> None:
    # مدير التوعية الدينية في صحة المدينة: the office goes on after في, so its two first words name no one
    text = ("زار مدير التوعية الدينية بالمديرية الشيخ صالح العمري، يرافقه مدير التوعية الدينية بالمستشفى الشيخ سالم "
            "الحربي، المرضى. وألقى مدير التوعية الدينية في صحة المدينة كلمة بالمسجد، وذكر بأن الزيارة سنة.")
    assert "سالم الحربي" not in speakers(text)


def test_alayhi_after_a_verb_stays_on_him() -> None:
    # الذي أكد عليه يونكر: عليه ("on him/it") is no name, not even where the article spells على with ى
    text = ("وقال جان كلود يونكر إن الاتفاق قريب. وهو المبدأ الذي أكد عليه يونكر في مؤتمره. "
            "لاحظ يونكر للمرة الأولى أن اليونان عضو." + SPELLING)
    assert speakers(text) == ["جان كلود يونكر", "جان كلود يونكر"]
