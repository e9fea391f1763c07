"""Quotation speakers, round r229 (errors of the opened fresh sets S69, S70, S72); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_an_elder_called_uncle_is_titled_not_named() -> None:
    text = ("يحدثنا عنها العم سالم الذبياني، من رجال ينبع النخل. يقول العم الذبياني: إن الشنة تصنع من جلد الغنم. "
            "وعن زوار المهرجان يقول: الكثير ممن زاروا الركن سألوا عنها.")
    assert speakers(text, tagged=True) == ["سالم الذبياني"] * 2


def test_uncle_glued_to_ba_is_a_family_name() -> None:
    text = "قال مدير معهد امرود كنسلتينغ، نبيل بالعم إن نتائج سبر الآراء تشير إلى تقدم ماكرون. وأضاف بالعم أن المناظرة غيرت قليلا."
    assert speakers(text, tagged=True) == ["نبيل بالعم"] * 2


def test_the_writers_note_on_a_sources_name_is_no_part_of_it() -> None:
    text = ('فيما أكد أحد المسؤولين "تحتفظ الجريدة باسمه" أن حركة اليد يقوم بها المدرب بين حين وآخر. '
            'وقال: "أستغرب من تفسير البعض لتلك الحركة".')
    assert speakers(text, tagged=True) == ["أحد المسؤولين"] * 2


def test_how_it_was_said_is_no_part_of_the_description() -> None:
    text = ("وبعث الرئيس الروسي فلاديمير بوتين رسالة إلى المشاركين، أشار فيها إلى أن هناك خطورة بالغة. "
            "وأشار الرئيس الروسي بصورة خاصة إلى أن التنظيمات الإرهابية تحاول استخدام الشرق الأوسط.")
    assert speakers(text, tagged=True) == ["فلاديمير بوتين"] * 2


def test_a_first_person_after_the_subject_opens_his_words() -> None:
    text = ("وفيما يتعلق بالوضع في سوريا قال وزير الخارجية القطري نحن مطالبون بخلق أفق يعطي للشعب السوري ما يأمل "
            "مبينا أن الشعب السوري هو من يقوم بمحاربة الإرهابيين.")
    assert speakers(text, tagged=True) == ["وزير الخارجية القطري"]


def test_a_place_word_with_its_pronoun_is_no_speaker() -> None:
    text = 'ووضعت جامعته لوحة إعلانية في مدينة بريزبن فيها صورته وكتب تحتها "حسام يصنع التغير"، ضمن حملة توعية.'
    assert "تحتها" not in speakers(text, tagged=True)
