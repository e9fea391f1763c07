"""Quotation speakers, round r23: recurring kinds left by r20-r22 (a bare verb after a clause with
its own subject and a noun object), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_bare_verb_carries_the_office_that_acted_in_the_sentence_before() -> None:
    # وأدان الرئيس الأفغاني الهجوم. وقال: «…»: the office that condemned speaks, not the one quoted before
    text = ("وقال قائد الشرطة سعد الغامدي إن عشرة قتلوا في الهجوم. وأدان الرئيس الأفغاني الهجوم. "
            "وقال: «هذا عمل جبان».")
    assert speakers(text) == ["سعد الغامدي", "الرئيس الأفغاني"]
    text = ("وقالت المتحدثة سارة الأحمد إن عشرة قتلوا. وبررت الشرطة المحلية خطوتها بشكاوى السكان. "
            "ونفت أن تكون طاردت أحدا.")
    assert speakers(text) == ["سارة الأحمد", "الشرطة المحلية"]
    # a verb of the other gender, a rank with a family name, an office the speaker holds: the speaker goes on
    text = ("وقال قائد الشرطة سعد الغامدي إن عشرة قتلوا في الهجوم. وأدانت الحكومة المصرية الهجوم. "
            "وقال: «هذا عمل جبان».")
    assert speakers(text) == ["سعد الغامدي", "سعد الغامدي"]
    text = ("وقال مدير المركز سعد الغامدي إن البرنامج ناجح. كما قام المركز بتوزيع الهدايا. "
            "وذكر أن التسجيل مفتوح.")
    assert speakers(text) == ["سعد الغامدي", "سعد الغامدي"]
    text = "وقال الدكتور سعد الغامدي إن العين حساسة. وشرح الدكتور الغامدي الطرق المتبعة. وأضاف: «لا تفركها»."
    assert speakers(text) == ["سعد الغامدي", "سعد الغامدي"]
    # a thing as the subject (الهجوم) is no speaker
    text = "وقال قائد الشرطة سعد الغامدي إن عشرة قتلوا. وأسفر الهجوم عن دمار كبير. وقال: «الوضع هادئ»."
    assert speakers(text) == ["سعد الغامدي", "سعد الغامدي"]


def test_a_plural_verb_carries_the_joined_subject_of_its_clause() -> None:
    # واتهمت أوكرانيا والعديد من الدول الغربية الانفصاليين … وقالوا إن: the ones joined by و, not the one quoted before
    pre = "وقال قائد الشرطة سعد الغامدي إن عشرة قتلوا في الهجوم. "
    text = pre + "واتهمت فرنسا والعديد من الدول الأوروبية المتمردين بالهجوم وقالوا إن الأدلة واضحة."
    assert speakers(text) == ["سعد الغامدي", "فرنسا والعديد من الدول الأوروبية"]
    text = pre + "واتهمت فرنسا وبريطانيا المتمردين بالهجوم. وقالوا إن الأدلة واضحة."
    assert speakers(text) == ["سعد الغامدي", "فرنسا وبريطانيا"]
    text = pre + "وطالب الأهالي والطلاب الوزارة بالتحقيق، وقالوا إن الطريق خطر."
    assert speakers(text) == ["سعد الغامدي", "الأهالي والطلاب"]
    # a singular verb after the same clause is left as before
    text = pre + "واتهمت فرنسا وبريطانيا المتمردين بالهجوم. وقال إن الأدلة واضحة."
    assert speakers(text) == ["سعد الغامدي", "سعد الغامدي"]


def test_a_bare_verb_carries_the_one_whose_words_headed_the_sentence() -> None:
    # فقد اصطدمت كلمات فلانة بقناة …. وقالت: the person whose words they were speaks, not the words
    text = ("فقد اصطدمت كلمات سارة الأحمد بقناة الجزيرة التي تحث فيها الناس على الصبر. "
            "وقالت في تعليقها “هذا المجتمع لن يتسامح”.")
    assert speakers(text) == ["سارة الأحمد"]
    text = "ولقي خطاب سعد الغامدي ترحيبا واسعا. وقال في مقابلة: «لست نادما»."
    assert speakers(text) == ["سعد الغامدي"]


def test_a_participle_never_carries_an_accusative_noun_of_the_words_reported() -> None:
    # أوضحت السلطات أن جهودا مشتركة … أسفرت عن …، مشيرا إلى أنه: the noun after أن is a thing, the body goes on
    text = ("وأوضحت الشرطة أن جهودا مشتركة لعناصر مكافحة المخدرات أسفرت عن القبض على شخص، مشيرا إلى أنه هرب. "
            "وتابع أن الشرطة لاحقته.")
    assert speakers(text) == ["الشرطة", "الشرطة", "الشرطة"]
    # a person named after أن still speaks on (ذكرت الصحيفة أن المدرب فلان …، مؤكدا)
    text = "وذكرت الصحيفة أن المدرب سعد الغامدي تحدث عن رحيل اللاعب، مؤكدا أنه باق."
    assert speakers(text) == ["الصحيفة", "سعد الغامدي"]


def test_a_plural_verb_or_participle_carries_the_plural_subject_of_its_clause() -> None:
    # وتظاهر المحتجون …، مؤكدين / وقالوا: the plural subject, not the one quoted before (he is singular)
    pre = "وقال المتحدث سعد الغامدي إن الوضع هادئ. "
    assert speakers(pre + "وتظاهر المحتجون أمام السفارة، مؤكدين أن مطالبهم مشروعة.") == ["سعد الغامدي", "المحتجون"]
    assert speakers(pre + "وتظاهر المحتجون أمام السفارة، وقالوا إن مطالبهم مشروعة.") == ["سعد الغامدي", "المحتجون"]
    assert speakers(pre + "وطالب عدد من أفراد الجالية السلطات بالتدخل. وقالوا إن الوضع صعب.") == [
        "سعد الغامدي", "عدد من أفراد الجالية"]
    # a word that opens on و is no second subject (استقبل الوزير وفدا): the speaker goes on
    assert speakers(pre + "واستقبل الوزير وفدا من رجال الأعمال، مؤكدين أن الاستثمار مهم.") == ["سعد الغامدي", "سعد الغامدي"]


def test_a_bare_plural_verb_with_no_speaker_goes_back_to_the_group_named() -> None:
    # طالب عدد من أفراد الجالية …. واستنكروا، خلال لقاء، …. وأضافوا، أن: the group named before the bare plural verbs
    text = ("طالب عدد من أفراد الجالية المصرية السلطات بالتدخل العاجل.\nواستنكروا، خلال لقاء مع الوزير، تقصير السفارة. "
            "وأضافوا، أن العائلة تتكفل بالمصاريف.")
    assert speakers(text) == ["عدد من أفراد الجالية المصرية"]
    assert speakers("شكك مهندسون في سلامة تصميم الجسر. وقالوا إن الموعد تأجل.") == ["مهندسون"]
    # a sentence between that opens on something else: no group is carried across it
    text = ("طالب عدد من أفراد الجالية المصرية السلطات بالتدخل العاجل.\nوشهدت المدينة أمطارا غزيرة. "
            "وأضافوا، أن العائلة تتكفل بالمصاريف.")
    assert speakers(text) != ["عدد من أفراد الجالية المصرية"]
