"""Quotation speakers, round r64: kinds found by the audit of main's quotations over unread text (seed 64), each as a
short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_hadith_narrator_without_a_blessing() -> None:
    # فعن/وعن + a name in a chain of descent (بن، ابن، أبي) right before قال: the narrator, blessing or not
    text = "وكان النبي عادلا في البيع والشراء، فعن سويد بن قيس قال: جاءنا رسول الله فساومنا سراويل."
    assert speakers(text) == ["سويد بن قيس"]
    text = "وهي سنة مؤكدة. وعن ابن عباس قال: كان النبي أجود الناس بالخير."
    assert speakers(text) == ["ابن عباس"]
    text = "وهي سنة مؤكدة. وعن أبي هريرة قال: كان النبي يصوم يوم الاثنين."
    assert speakers(text) == ["أبي هريرة"]


def test_about_someone_he_said_is_no_narrator() -> None:
    # وعن راموس قال: "about Ramos he said", the one who spoke before goes on (no chain of descent)
    text = "وقال المدرب رافائيل بينيتيز إن الفريق جاهز. وعن راموس قال: إنه لاعب كبير."
    assert speakers(text) == ["رافائيل بينيتيز", "رافائيل بينيتيز"]
    text = "وقال المدرب رافائيل بينيتيز إن الفريق جاهز. وعن الأمير محمد بن سلمان قال: إنه داعم كبير."
    assert speakers(text) == ["رافائيل بينيتيز", "رافائيل بينيتيز"]


def test_a_source_closing_the_sentence_before_a_participle() -> None:
    # …، بحسب المتحدث باسم الوزارة، فلان، مضيفا أن: no one spoke before the source, the participle is the source's
    text = "واستخدمت القوات الأمريكية القنبلة لأول مرة، بحسب المتحدث باسم البنتاغون، آدام ستامب، مضيفا أن الطائرة أقلعت ليلا."
    assert speakers(text) == ["آدام ستامب"]
    text = "وطالب الأولياء بتوفير النقل المدرسي، وفق ما أكده علي عبيد، الممثل عن الأولياء، مشيرا إلى أن المطالب قديمة."
    assert speakers(text) == ["علي عبيد"]


def test_a_source_after_words_said_is_no_new_speaker() -> None:
    # قال فلان إن …، بحسب الوكالة، مضيفا: the one who spoke goes on
    text = "وقال الوزير خالد العمر إن المفاوضات متعثرة، بحسب وكالة الأنباء الرسمية، مضيفا أن الحل قريب."
    assert speakers(text) == ["خالد العمر", "خالد العمر"]


def test_a_measure_or_a_text_closing_the_sentence_is_no_source() -> None:
    # حسب الاستطاعة، وفق حجوزاتهم، وفق ما ينص عليه القانون: no one speaks there, the speaker named before goes on
    text = "وقال المشرف خالد العمر إن العمل يبدأ غدا. واتفق مع الطالب على زيارته حسب الاستطاعة، مشيرا إلى أن البحث تقدم."
    assert speakers(text) == ["خالد العمر", "خالد العمر"]
    text = "وقال الوكيل خالد العمر إن المغادرة تبدأ غدا. وتغادر المجموعات وفق حجوزاتهم، مشيرا إلى أن البرنامج جاهز."
    assert speakers(text) == ["خالد العمر", "خالد العمر"]
    text = "وقال الوكيل خالد العمر إن الملفات ناقصة. وتودع الملفات وفق ما ينص عليه القانون، ملاحظا أن المراسلات كثيرة."
    assert speakers(text) == ["خالد العمر", "خالد العمر"]


def test_an_attribution_closing_the_sentence_names_the_source() -> None:
    # حسب ما أفاد به الناطق … فلان، موضحا: the one the attribution names
    text = "وباشرت الشرطة التحقيق حسب ما أفاد به الناطق الإعلامي للشرطة العقيد زياد الرقيطي، موضحا أن البلاغ ورد مساء."
    assert speakers(text) == ["زياد الرقيطي"]
    text = "وسيطرت القوات على المثلث بعد معارك عنيفة، حسب مصدر ميداني في المقاومة، مشيرا إلى أن المعارك مستمرة."
    assert speakers(text) == ["مصدر ميداني في المقاومة"]


def test_hatha_opening_a_feeling_expressed() -> None:
    # هذا وعبر فلان عن سعادته …، وقال: "هذا و" opens the newsroom's sentence, the one who expressed it speaks
    text = "هذا وعبر بطل المسرحية عبدالعزيز الفريحي عن سعادته بتفاعل الجمهور، وقال: \"رسمنا في هذا العمل كل الجوانب\"."
    assert speakers(text) == ["عبدالعزيز الفريحي"]
    text = "هذا وعبرت الفنانة سارة العلي عن سعادتها بالجائزة، وقالت: \"الجائزة لكل الفريق\"."
    assert speakers(text) == ["سارة العلي"]
