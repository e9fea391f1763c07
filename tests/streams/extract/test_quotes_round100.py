"""Quotation speakers, round r100: kinds of the errors of the opened S43 and S44, each as a short constructed
sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_family_name_in_lam_written_after_a_title_stays() -> None:
    # الشيخ صالح لنجف ... وقال الشيخ لنجف: لنجف is the sheikh's family name, not ل + the one spoken to; صالح is not
    # the surname of the ex-president named later in the sentence
    assert speakers("أكد الشيخ صالح لنجف رئيس تحالف القبائل، أن أنصار الرئيس السابق علي عبدالله صالح انسحبوا. "
                    "وقال الشيخ لنجف إن القوات تقدمت.") == ["صالح لنجف", "صالح لنجف"]


def test_the_one_spoken_to_after_a_surname_still_goes() -> None:
    # وأضاف صالح لرويترز: the agency spoken to, the surname takes the full name met before
    assert speakers("وقال الرئيس السابق علي عبدالله صالح إن الحرب طويلة. وأضاف صالح لرويترز أن الحوار ممكن.") \
        == ["عبدالله صالح", "عبدالله صالح"]


def test_a_gazetteer_name_shaped_like_a_participle_is_a_name() -> None:
    # يوسف ميرزا: م…ا is the shape of a circumstantial participle (مشيرا، مخاطبا), but ميرزا is a person's name
    assert speakers("أكد المحاضر الأمريكي جون سميث أن التركيز مهم. من جهته أشاد عضو لجنة الحكام الرئيسية لكرة القدم، "
                    "يوسف ميرزا بالمعسكر، وقال: \"المعسكر ناجح\".") == ["جون سميث", "يوسف ميرزا"]
    assert speakers("وقال سامي ميرزا إن الفريق جاهز.") == ["سامي ميرزا"]


def test_a_participle_still_ends_the_name() -> None:
    # وقال فلان مشيرا إلى أن: the participle is no name word
    assert speakers("وقال سامي الخالدي مشيرا إلى أن الفريق جاهز.") == ["سامي الخالدي"]


def test_the_one_met_by_name_speaks() -> None:
    # وفي لقاء آخر مع فلان، وهو صاحب محل، أوضح أن: the newsroom met him, he speaks (not the one quoted before)
    assert speakers("وأضاف المزارع سعد الوايلي أن الموسم جيد. وفي لقاء آخر مع حسين المعلاق، وهو صاحب محل، "
                    "أوضح أن الطلب كبير، مشيرا إلى أن الأسعار مرتفعة.") == ["سعد الوايلي", "حسين المعلاق", "حسين المعلاق"]
    assert speakers("وأضاف المزارع سعد الوايلي أن الموسم جيد. وفي لقاء مع حسين المعلاق، أوضح أن الطلب كبير.") \
        == ["سعد الوايلي", "حسين المعلاق"]


def test_a_dignitarys_meeting_leaves_the_speaker() -> None:
    # وفي لقاء مع الرئيس فلان، أكد أن: the host of the meeting may speak; the one met after an office is not taken
    assert speakers("وقال الملك سلمان إن الزيارة ناجحة. وفي لقاء مع الرئيس الأمريكي باراك أوباما، أكد أن العلاقات قوية.") \
        == ["سلمان", "سلمان"]


def test_a_dual_verb_opening_its_sentence_takes_the_pair_before() -> None:
    # الأخصائيتان فلانة ووفلانة ... . وأشارتا إلى أن: the two named in the sentence before speak (the second first name
    # need not be a known one)
    assert speakers("زارت الأخصائيتان الاجتماعيتان فاطمة القحطاني ومدى المدلج الجريدة أمس. "
                    "وأشارتا إلى أن القسم يعنى بالمرضى. وأوضحتا أن القسم يعمل بلا توقف.") \
        == ["فاطمة القحطاني ومدى المدلج", "فاطمة القحطاني ومدى المدلج"]
    assert speakers("زار الوزيران سامي الخالدي وخالد العتيبي المدينة. وأوضحا أن المشروع ناجح.") \
        == ["سامي الخالدي وخالد العتيبي"]


def test_a_dual_verb_with_no_pair_before_stays_out() -> None:
    # no two people named before: no quotation rather than one wrong speaker
    assert speakers("التقى الرئيس بالوفد. وأكدا أن المشروع ناجح.") == []


def test_without_an_is_no_reported_words() -> None:
    # ذكر عدد من الناس قصصا من غير أن يعلم بها أحد: "without", as دون أن; the verb's object, no words reported
    assert speakers("وقد ذكر عدد من الناس قصصا كثيرة من غير أن يعلم بها أحد.") == []
    assert speakers("وقال عدد من الناس إن قصصا كثيرة وقعت من غير أن يعلم بها أحد.") == ["عدد من الناس"]


def test_a_body_with_its_relative_clause_before_a_comma_speaks() -> None:
    # ويشار إلى أن الحكومة العسكرية الحالية التي وصلت إلى السلطة ...، تقول إن: the body, its clause, a comma, its verb
    assert speakers("وقامت تايلاند بتخزين أكثر من 13 مليون طن من الأرز. ويشار إلى أن الحكومة العسكرية الحالية التي "
                    "وصلت إلى السلطة بعد الانقلاب، تقول إن هناك أخطاء عديدة.") == ["الحكومة العسكرية الحالية"]


def test_a_view_given_on_an_occasion_between_commas() -> None:
    # اعتبر فلان، عضو المجلس، في كلمة خلال الاجتماع، أنه: the subject, its office, the occasion; then وبين goes on with him
    assert speakers("وقال سامي الخالدي إن الوضع صعب. ومن ناحيته اعتبر زهير حمدي، عضو المجلس المركزي للجبهة، "
                    "في كلمة خلال الاجتماع العام، أنه \"لا أمل في أن يتغير الواقع\". وبين أن \"الدعوة إلى انتخابات "
                    "مبكرة خدمة للشعب\".") == ["سامي الخالدي", "زهير حمدي", "زهير حمدي"]


def test_no_pair_is_read_inside_the_words_quoted_before() -> None:
    # وقالا: "… الطفلة انتهت إقامته …". وأضافا: the sentence before is their own words, no pair is named there
    assert speakers("وكشف خال ووالدة الطفلة التفاصيل، وقالا: \"والد الطفلة انتهت إقامته قبل أشهر، والطفلة سعاد "
                    "مريضة\".   وأضافا: \"عندما عدنا لهم بالمستشفى أفادوا بأنها نقلت\".") == []
