"""Quotation speakers, round r37: where a speaker's name ends. Found by the tagger's PERS/ORG spans ending before or
after the speaker over unread text (SaudiNewsNet 4000-11999, ANT 2000-4999), each kind as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_definite_description_after_two_name_words() -> None:
    # مدني رحيمي | الناقد الرياضي، ياسر مصباح | المكلف بالإعلام: a description with its complement, no family name
    assert speakers("وأكد الدكتور سامي رحيمي الناقد الرياضي، أن الفريق جاهز.") == ["سامي رحيمي"]
    assert speakers("وأكد كمال مصباح المكلف بالإعلام في الوزارة أن العمل مستمر.") == ["كمال مصباح"]
    assert speakers("وقال جيمي هولر المؤسس المشارك للمجموعة إن الانتخابات ضرورية.") == ["جيمي هولر"]
    # but a family name, also one in الم before an office, stays
    assert speakers("وقال محمد صالح الحمراني إن الفريق جاهز.") == ["محمد صالح الحمراني"]
    assert speakers("وقال خالد عبدالله المطلق المتحدث الرسمي إن الفريق جاهز.") == ["خالد عبدالله المطلق"]


def test_an_elative_after_the_name() -> None:
    # بن كاردين | أكبر عضو، رويترز | أول من ذكرت: a description, no name word
    assert speakers("وقال السناتور جون كاردين أكبر عضو ديمقراطي في اللجنة إن الاتفاق سيء.") == ["جون كاردين"]
    assert speakers("وكانت رويترز أول من ذكرت اليوم إن الشركة ستغلق.") == ["رويترز"]
    assert speakers("وقال المستشار حسين أكبر زاده إن المحادثات جادة.") == ["حسين أكبر زاده"]  # a name word


def test_a_semicolon_parts_the_name_from_its_description() -> None:
    assert speakers("من جهته، قال سامر عتيق؛ تاجر جلود، إن الطلب تراجع.") == ["سامر عتيق"]
    assert speakers("قال سيباستيان ستريكر؛ الشريك المؤسس للمبادرة، إن الجوع منتشر.") == ["سيباستيان ستريكر"]


def test_adverbials_of_topic_and_occasion_end_the_name() -> None:
    assert speakers("وأكد الزار بخصوص توريد الخرفان أن الاتحاد ضد التوريد.") == ["الزار"]
    assert speakers("وأكد الشعباني بالمناسبة أن الحملة ناجحة.") == ["الشعباني"]


def test_ali_after_bin_is_a_name() -> None:
    # بن علي: after بن comes a name, never the preposition على
    assert speakers("وقال الوالي محسن بن علي رئيس اللجنة إن الملف مغلق.") == ["محسن بن علي"]
    assert speakers("وأكد بن علي في تصريح أن الجمعية بحوزتها وثائق.") == ["بن علي"]


def test_a_waw_word_that_is_one_word() -> None:
    # هيومن رايتس ووتش: وتش is no word alone, so ووتش is no و joining a second name (but وسيب بلاتر is)
    assert speakers("وتقول هيومن رايتس ووتش إن المحامين لم يتمكنوا من العمل.") == ["هيومن رايتس ووتش"]
    assert speakers("وقال فلاديمير بوتين وسيب بلاتر إن البطولة ستقام.") == ["فلاديمير بوتين"]
    assert speakers("وقال ديفيد وودز إن الفريق قوي.") == ["ديفيد وودز"]
    # but Arabic words whose stem the lexicon lacks alone (واضحا، وثيقة، وقود) are no foreign name's one word
    assert speakers("وقال الرئيس حسن روحاني واضحا وصريحا إن الاتفاق جيد.") == ["حسن روحاني"]


def test_an_epithet_word_closing_the_name_is_the_family_name() -> None:
    # المكني (folded like المكنى, "nicknamed") before an office or a comma is a family name
    assert speakers("قال محمد المكني رئيس بلدية سوسة، إن البلدية مستعدة.") == ["محمد المكني"]
    assert speakers("وقالت سارة البالغة من العمر 21 عاما إن الحادث مؤلم.") == ["سارة"]


def test_a_bare_office_after_a_first_name_and_another_name_word() -> None:
    # باتريك تاكر | محلل سياسي، علي جمعة | مفتي الديار: the office describes the one named
    assert speakers("وقال باتريك تاكر محلل سياسي أمريكي إن الانتخابات حاسمة.") == ["باتريك تاكر"]
    assert speakers("قال الدكتور علي جمعة مفتي الديار السابق: \"إن القائد كان مخطئا\".") == ["علي جمعة"]
    assert speakers("وقال مساعد غالي العنزي إن الفريق قوي.") == ["مساعد غالي العنزي"]
