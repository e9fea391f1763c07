"""Quotation speakers, round r11: failure kinds found in the opened set P (tests/gold/facts/README.md),
each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_yara_in_the_present_reports_a_view() -> None:
    # يرى/ترى أن: رأى in the present reports a view like اعتبر (sets M, O, P mark it), through a complementizer
    # after its subject, even an office with its place before the name (لرئيس المجلس بتعز | فلان)
    text = ("في حين يرى السكرتير الإعلامي لرئيس المجلس البلدي بجدة خالد الزهراني أن المشروع متأخر.\n"
            "وأضاف: المقاول لم يلتزم بالجدول.")
    assert speakers(text) == ["خالد الزهراني", "خالد الزهراني"]
    assert speakers("وترى الباحثة سلمى العلي أن التجربة ناجحة.") == ["سلمى العلي"]
    # a noun object, no words reported
    assert speakers("وترى الوزارة ضرورة أن يلتزم الجميع بالتعليمات.") == []
    # no subject of its own, or no clause of the writer's: a view inside another clause (مما يرى أنه، كان يرى أن،
    # يا ترى، والزبون يرى سعرا)
    assert speakers("وجاءك الموظف متذمرا مما يرى أنه ظلم وقع عليه.") == []
    assert speakers("لم يتراجع القائد عن قراره، حين كان يرى أن هناك ما يستحق ذلك.") == []
    assert speakers("ولكن من منا يا ترى يضمن أن يعيش إلى الغد؟") == []
    assert speakers("وعندما تضع السعر والزبون يرى سعرا آخر أقل يمكنك أن تشرح الفرق.") == []
    # a subject the rules cannot read is never the last speaker's (ويرى من شارك في الحفل أن)
    text = "وقال المدير إن الحفل ناجح. ويرى من شارك وحضر الحفل أن هناك قصورا في الخدمات."
    assert speakers(text) == ["المدير"]


def test_ali_alone_after_a_title_is_the_name() -> None:
    # الأمير علي في بيان: after a title that stands before a first name, علي with a circumstance or a relative after
    # it ends the subject; على never comes before في or الذي
    text = "وقال الأمير علي في بيان رسمي إن الاتحاد بحاجة إلى قائد جديد. وأضاف: \"الوقت قد حان للتغيير\"."
    assert speakers(text) == ["علي", "علي"]
    assert speakers("وقال الشيخ علي، في كلمته، إن الجمعية ستواصل عملها.") == ["علي"]
    # in an article that spells the preposition على with ى, علي spelt with ي is the name at the subject's end
    text = "وحصل الأمير في الموسم الماضي على دعم الأندية. وقال الأمير علي إن الاتحاد بحاجة إلى قائد جديد."
    assert speakers(text) == ["علي"]
    # but the preposition where nothing tells it apart: أكد الشيخ على أن، أكد الأمير على أهمية
    assert speakers("وأكد الشيخ على أن الجمعية ستواصل عملها.") == ["الشيخ"]
    assert speakers("وأكد الأمير على أهمية أن يكون الاتحاد قويا.") == []


def test_a_relative_clause_on_the_subject_closed_by_a_comma() -> None:
    # وأوضح فلان الذي ... (a long clause, its own أن after قبل)، أنه: the words after the comma are the subject's
    text = ("وأوضح المدرب خالد العتيبي الذي قاد الفريق في الموسم الماضي إلى المركز الثاني في الدوري بعد منافسة "
            "طويلة مع الأندية الكبرى، ونال جائزة أفضل مدرب في البطولة بحصوله على أعلى الأصوات قبل أن يستقيل، "
            "أنه سيعود إلى التدريب قريبا.")
    assert speakers(text) == ["خالد العتيبي"]


def test_bayyana_after_a_lead_adverbial_in_fi() -> None:
    # وفي نفس السياق بين المهندس فلان أنه: بين without shadda, after a short lead adverbial opened by في, then a
    # person's title and a complementizer, is the verb "explained"
    text = "وفي نفس السياق بين المهندس سالم العتيبي أنه سيتم البدء في أعمال الربط قريبا."
    assert speakers(text) == ["سالم العتيبي"]
    text = "وفي هذا الإطار بين الرئيس التنفيذي للشركة أن الأرباح ارتفعت والمبيعات كذلك."
    assert speakers(text) == ["الرئيس التنفيذي للشركة"]
    # "between" two sides joined by و
    assert speakers("وفي العلاقة بين الوزير والنواب أن الأول يقرر دائما.") == []


def test_a_relative_clause_whose_verb_hands_its_words_to_a_participle() -> None:
    # تواصلت الصحيفة مع فلان، الذي أفاد بقوله: the antecedent speaks through بقوله (masculine: its ه is the pronoun,
    # not a ة), and the bare verbs after it go on with him, not with the sentence's subject or a man named before
    text = ("تم تداول وسم موجه إلى وزير التعليم الدكتور سعد الحمدان بشأن الدراسة. تواصلت الصحيفة مع المتحدث باسم "
            "المعلمين خالد الحربي، الذي أفاد بقوله: تم رفع المعاملة إلى الوزارة وننتظر الرد.\n"
            "وأفاد بأن الوزارة عملت على هذا المسار خلال السنوات الماضية.\nوبيّن أن الوضع الوظيفي سيتحسن.")
    assert speakers(text) == ["خالد الحربي"] * 3
    # بقولها stays feminine
    text = "وقال المدير إن الألبوم ناجح. وتحدثت الفنانة سارة الأحمد عن ألبومها بقولها: \"أنا سعيدة بهذا النجاح\"."
    assert speakers(text) == ["المدير", "سارة الأحمد"]


def test_a_stray_closing_mark_opens_no_words_across_paragraphs() -> None:
    # صحيفة “ديلي ميل” البريطانية” إن: a stray ” before the complementizer opens no quotation that would run to a ”
    # in a later paragraph and swallow the verbs between
    text = ("قالت موظفة سابقة في مقابلة مع صحيفة “ديلي ميل” البريطانية” إن المدير كان قاسيا مع الجميع.\n"
            " وأضافت سلمى أن العمل كان شاقا طوال الوقت.\n"
            " وقالت إنها تركت الوظيفة المعروفة بـ”الإدارية”، لافتة إلى أن الرواتب كانت ضعيفة.")
    assert len(speakers(text)) == 4


def test_a_glued_place_after_a_quoted_name_is_no_person() -> None:
    # فريق "كيبلر" بناسا: ب + a word after a quoted name is the place of the team or body, never the speaker's name
    text = "وقال فريق \"هابل\" بناسا أن المجرة أبعد مما قدر العلماء، مضيفا: إن الرصد سيستمر أعواما."
    assert speakers(text) == ['فريق "هابل" بناسا'] * 2


def test_a_last_word_the_tagger_left_after_a_first_name_is_the_family_name() -> None:
    # عثمان أبوبكر | مالي: the tagger's person ends on a first name (or a glued أبو/عبد one); the word after it
    # closing the subject is his family name, even when it is also a common word
    text = "من جهته أفاد المتحدث الرسمي للبلدية سعيد أبوبكر مالي أن البلدية بدأت العمل في الشوارع."
    assert speakers(text, tagged=True) == ["سعيد أبوبكر مالي"]
    # but not an object with its pronoun (مطرب فواز | حرصه على)
    text = "وأكد الفنان سعيد فواز حرصه على اختيار الأعمال الجادة، مشيرا إلى أن المسرح قادر على طرح القضايا."
    assert speakers(text, tagged=True) == ["سعيد فواز"]


def test_a_participle_shape_after_a_preposition_is_a_noun() -> None:
    # وكتب على لافتة "…": لافتة after على is a sign, no participle reporting the last speaker's words
    text = ("وقالت المتحدثة سارة الأحمد \"سيتغير كل شيء قريبا في المدينة\".\n"
            "وكتب على لافتة علقت بالقرب من الجدران \"احذر! الطلاء يعيد الماء إليك فورا\".\n"
            "وقالت الأحمد إن التكلفة أقل كثيرا.")
    assert speakers(text) == ["سارة الأحمد", "سارة الأحمد"]
    assert speakers("وعلقت في لافتة كبيرة عند المدخل \"ممنوع الدخول لغير العاملين في الموقع\".") == []
    # وقال البنك في مذكرة للعملاء إن: a memo, so the words are قال's and its subject's
    assert speakers("وقال بنك الاستثمار في مذكرة للعملاء إن السوق ما زالت في مراحلها المبكرة.") == ["بنك الاستثمار"]


def test_a_verb_is_no_first_name_before_a_definite_word() -> None:
    # ويرى الكثير أن: الكثير is not expanded to "كان الكثير" met elsewhere (كان is no first name)
    text = ("وفي وقت كان الكثير من المسافرين يبحثون عن الجودة افتتح الفندق الجديد. "
            "ويرى الكثير أن هذا الفندق أصبح معلما سياحيا.")
    assert speakers(text) == ["الكثير"]
