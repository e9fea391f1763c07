"""Quotation speakers, rounds from stop 29: a description that the gold names in full (with the place it serves in),
a name the tagger completed, and a body met inside a person's description; constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_description_keeps_the_place_it_serves_in() -> None:
    # السلطات الصحية في أوريغون: the annotators name the source with its place
    assert speakers("وقالت السلطات الصحية في أوريغون إن المرض انتشر.", tagged=True) == ["السلطات الصحية في أوريغون"]
    assert speakers("وقالت نقابة سائقي المترو في لندن الاثنين إن الإضراب مستمر.", tagged=True) == ["نقابة سائقي المترو في لندن"]


def test_a_circumstance_after_a_description_stays_out() -> None:
    assert speakers("وقالت السلطات الصحية في بيان إن المرض انتشر.", tagged=True) == ["السلطات الصحية"]
    assert speakers("وقالت السلطات الصحية في أوريغون لوكالة فرانس برس إن المرض انتشر.", tagged=True) == ["السلطات الصحية"]


def test_a_description_resolves_to_a_name_the_tagger_completed() -> None:
    # نور الدين الحاج علي المدير الجهوي: the office written after the whole name still names him later
    assert speakers("نفى نور الدين الحاج علي المدير الجهوي للتطهير بسوسة صحة التبريرات. وأوضح المدير الجهوي المقال أن "
                    "المقاول تأخر. واكد نور الدين الحاج علي، ان هذه المحطة من احسن المحطات.", tagged=True) == [
        "نور الدين الحاج علي", "نور الدين الحاج علي"]


def test_a_body_met_in_a_persons_description_speaks_as_itself() -> None:
    assert speakers('وقال الفريدو زاموديو مدير مركز رصد النزوح الداخلي في مجلس اللاجئين النرويجي في مؤتمر صحفي '
                    '"النزوح في ازدياد". وقال مجلس اللاجئين النرويجي إن هناك اتجاها تصاعديا.', tagged=True) == [
        "الفريدو زاموديو", "مجلس اللاجئين النرويجي"]


def test_a_foreign_name_the_tagger_found_after_a_trade_speaks() -> None:
    # مصمم الأزياء أوغور سيلينو، عالم الأحياء دي كان شو: the rules stop at the trade, the tagger reads the name on
    assert speakers("وقال مصمم الأزياء أوغور سيلينو إن الموضة تتغير.", tagged=True) == ["أوغور سيلينو"]
    assert speakers("وقال عالم الأحياء دي كان شو من جامعة شمال غرب الصين إن الكائن مهم.", tagged=True) == ["دي كان شو"]
    assert speakers("يقول الرئيس روحاني: المقاطعة لم تكن ناجحة.", tagged=True) == ["روحاني"]


def test_the_tagger_name_after_a_body_or_a_read_name_does_not_speak() -> None:
    # رئيس نادي | سبورت بويز: the club's name; المنجي الرحوي | ضيف بوليتيكا: a name already read, then a guest slot
    assert speakers("وقال رئيس نادي سبورت بويز: إن من المتوقع أن يلعب الرئيس.", tagged=True) != ["سبورت بويز"]
    assert speakers("قال النائب عن الجبهة الشعبية المنجي الرحوي ضيف بوليتيكا اليوم الثلاثاء أن المال السياسي لعب "
                    "دورا.", tagged=True) == ["المنجي الرحوي"]


def test_a_name_fronted_before_a_comma_and_the_verb_speaks() -> None:
    # رئيس اللجنة … المهندس فلان، أوضح أن: the subject written first, set off by a comma
    assert speakers("•• رئيس اللجنة التنفيذية والمتحدث الرسمي باسم الانتخابات البلدية المهندس جديع القحطاني، أوضح أن "
                    "إجمالي عدد الدوائر يبلغ 343 دائرة.") == ["جديع القحطاني"]
    assert speakers("رئيس النادي، أكد أن الفريق جاهز.") == ["رئيس النادي"]


def test_words_never_closed_end_where_the_narrative_speaks_again() -> None:
    # قال "ان الهدف … الحيوان. وأوضح العروي أن …: the next straight mark opens a quoted name, far on; the words left
    # open end before the new speech verb
    text = ('وقال مصطفى العروي، "ان الهدف المنشود تمكين الزوار من التعرف على المنظومة البيئية. وأوضح العروي أن '
            'المشروع وفر تمويلات لفائدة 215 مشروعا صغيرا. ويطلق عليها السكان اسم "بوفطيرة" وهي خطيرة.')
    assert speakers(text) == ["مصطفى العروي", "مصطفى العروي"]
    # a quoted name inside words closed later stays inside them
    assert speakers('وقال مدير المرصد رامي عبد الرحمن "نفذت الطائرات ضربات على مواقع "داعش" في الشريط الحدودي". '
                    'وأضاف أن القتلى نقلوا الى مستشفى منبج.') == ["رامي عبد الرحمن", "رامي عبد الرحمن"]


def test_a_name_run_on_past_the_tagger_stops_where_the_article_never_goes_on() -> None:
    # عبدالعزيز بن طالب | الملحق الثقافي: the tagger's name, met again in the article with another word after it
    text = ("وأكد الدكتور عبدالعزيز بن طالب الملحق الثقافي في أستراليا لـ «عكاظ» بأن الملحقية استحدثت نظاما جديدا. "
            "وتحدث الدكتور عبدالعزيز بن طالب عن فكرة النظام حيث قال: إن الفكرة تقوم على إنشاء قاعدة بيانات.")
    assert speakers(text, tagged=True) == ["عبدالعزيز بن طالب", "عبدالعزيز بن طالب"]
    # a family name the article repeats with the name stays
    assert speakers("وقال محمد المخرج إن الأمانة حرصت. وأضاف محمد المخرج أن المتنزه جاهز.", tagged=True) == [
        "محمد المخرج", "محمد المخرج"]


def test_an_outlet_named_in_spelled_letters_then_anna_reports() -> None:
    # شركة "إل جي" أن: the name closed by its mark, then "that" (not the N of سي إن إن)
    assert speakers('أعلنت شركة "إل جي" أن المستخدمين على موعد للكشف عن النسخة الجديدة.') == ['شركة "إل جي"']
    assert speakers('ذكرت شبكة "أن تي في" أن سيارة مفخخة انفجرت أمام مركز الشرطة.') == ['شبكة "أن تي في"']


def test_bayyana_then_fi_and_an_occasion_goes_on() -> None:
    # وبين في خطبة الجمعة … بالرياض ، أن: "between" is never followed by "in"
    assert speakers("قال المفتي عبدالعزيز آل الشيخ إن الفئة ضالة. وبين في خطبة الجمعة اليوم بجامع الإمام تركي بن "
                    "عبدالله بالرياض ، أن الإسلام حرم قتل النفس.") == ["عبدالعزيز آل الشيخ", "عبدالعزيز آل الشيخ"]


def test_a_sentence_ending_on_ma_does_not_make_the_next_verb_attributive() -> None:
    # إلى حد ما. وقالت: the dot ends the sentence; only بحسب ما قالت attributes
    assert speakers("وقال الوزير إنه ايجابي إلى حد ما. وقالت الصحيفة إن الوضع سيء.") == ["الوزير", "الصحيفة"]
    assert speakers("وبحسب ما قالت الصحيفة فإن الوضع سيء.") == []


def test_words_never_closed_before_a_quoted_number_end_at_the_narrative() -> None:
    # وأضاف: "تم رصد … المنع .  وأكد مدير الفرع أن … بمادته "236": a quoted number far on, a no-break space between
    text = ('وقال المدير عبدالله العليان: "المفتشون نفذوا جولات". وأضاف: "تم رصد 250 عاملا يعملون خلال فترة المنع . '
            '\u00a0 وأكد المدير أن جولات التفتيش تأتي حرصا من الوزارة، وفقا للقرار الوزاري بمادته "236" المعروفة.')
    assert speakers(text) == ["عبدالله العليان", "عبدالله العليان", "عبدالله العليان"]
