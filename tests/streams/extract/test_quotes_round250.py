"""Quotation speakers, round r250 (the opened fresh sets S82 and S104); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_the_brother_in_a_readers_letter_is_a_title() -> None:
    text = ("والرسالة الثانية من الأخ مصطفى عزي من المدينة المنورة. ويقول الأخ عزي : إن قرار هدم المدرسة قد مضى عليه "
            "أكثر من عامين.")
    assert speakers(text, tagged=True) == ["مصطفى عزي"]


def test_a_teaching_assistant_after_his_name_is_no_part_of_it() -> None:
    text = ("نشرت الصحيفة قصة بحسب رواية أحمد السليمان المعيد بجامعة الملك عبدالعزيز ما نصه : كنت أزاول الرياضة بشكل "
            "يومي.. بهذه العبارات بدأ أحمد السليمان المعيد في جامعة الملك عبدالعزيز قصة فكرته التي ابتدعها. يقول "
            "السليمان: «اشتريت علبة زجاجية».")
    assert speakers(text, tagged=True) == ["أحمد السليمان"]


def test_a_sister_in_kinship_is_no_office() -> None:
    text = ("وقال عبد الرحمن الحقباني إن خاله كان كريما. ونقب ابن أخت الفقيد سعود الدوسري عن محاسن خاله، حيث يبين أن "
            "الفقيد كان يكن كل مودة لأخته التي تكبره سنا\"، مضيفا: \"الراحل كان يفعل كل عمل خيري طيب بصمت\".")
    assert "سعود الدوسري" not in speakers(text, tagged=True)


def test_a_weekday_after_a_lone_first_name_closing_an_office_is_his_family_name() -> None:
    text = ("أكد أمين عام الاتحاد السعودي لكرة القدم أحمد الخميس أن قرار تأجيل البطولة جاء بالإجماع. وقال الخميس في "
            "تصريح خاص \"كان اجتماعا إيجابيا للغاية\".")
    assert speakers(text, tagged=True) == ["أحمد الخميس"] * 2


def test_a_kings_first_name_keeps_the_weekday_a_day() -> None:
    found = speakers("وقال الملك سلمان الخميس إن المملكة ماضية في الإصلاح.", tagged=True)
    assert len(found) == 1 and "الخميس" not in found[0]


def test_fa_inna_after_a_nisba_is_the_particle() -> None:
    text = ("وبحسب دبلوماسي أميركي فإن كيري سيجري محادثات في الدوحة. وأشار الدبلوماسي الأميركي إلى أن كيري سيبحث أيضا "
            "النزاعين في اليمن وسوريا.")
    assert speakers(text, tagged=True)[-1] == "الدبلوماسي الأميركي"


def test_care_after_the_verb_is_its_object() -> None:
    text = ("وذكر البيان أنه تم تنفيذ حكم القتل في الجاني أمس بمدينة جدة.\n وأكدت حرص حكومة خادم الحرمين الشريفين على "
            "محاربة المخدرات بأنواعها، محذرة في الوقت نفسه كل من يقدم على ذلك بأن العقاب الشرعي سيكون مصيره.")
    assert "حرص" not in speakers(text, tagged=True)


def test_what_a_party_belongs_to_after_ila_is_no_part_of_its_name() -> None:
    text = ("أعلن اليوم حزب الاتحاد الوطني الحر عن استياءه من التعيينات فيما أبدى حزب آفاق تونس عن تحفظاته الأولية.\n"
            "في المقابل أكد \"الوطني الحر\" أنه يستمر في معاضدة جهود الحكومة. من جانبه أبدى حزب آفاق تونس المنتمي الى "
            "الائتلاف الحاكم أيضا، عن تحفظاته \"الأولية\" على بعض التسميات مشيرا الى أن \"التقييم النهائي للحزب سيكون "
            "من خلال آداء الولاة الجدد\".")
    assert speakers(text, tagged=True)[-1] == "حزب آفاق تونس"


def test_a_verbal_noun_after_a_one_word_name_is_the_object() -> None:
    text = ("وشدد وزير الخارجية عادل الجبير في مؤتمر صحفي مشترك عقده في جدة أمس مع نظيره المصري سامح شكري، على أن "
            "مواقف السعودية ثابتة تجاه اليمن.\n وأكد شكري التزام مصر في التحالف العربي، مشيراً إلى أن استقبال القاهرة "
            "للوفد كان في إطار البحث عن حل سياسي.")
    assert speakers(text, tagged=True)[-1] == "سامح شكري"
