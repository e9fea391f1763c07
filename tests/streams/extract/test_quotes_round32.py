"""Quotation speakers, round r32: failure kinds left on the opened speaker sets (S1, S3, v30, v32, S5, v33;
tests/gold/facts/README.md), pooled and fixed where seen at least twice, each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_verb_and_complementizer_before_a_mark_open_words_after_one_left_open() -> None:
    # إن "… (never closed). وأشار إلى أنه "…": the second mark opens the next words, the verb is no quoted word
    text = ('وقالت المنظمة إن "الاحتجاج السلمي حق للجميع ولا يجوز منعه بالقوة. وأشار إلى أنه "يتعين على السلطات '
            'حماية المحتجين" في كل الأحوال.')
    assert speakers(text) == ["المنظمة", "المنظمة"]
    text = ('وذكرت الهيئة أن "الوضع خطير للغاية في المدينة. وأكد رئيسها أن "الإمدادات لم تصل بعد" منذ أسبوع.')
    assert speakers(text) == ["الهيئة", "رئيسها"]


def test_a_stray_mark_before_a_speech_verb_does_not_quote_it() -> None:
    # مطلبا شعبيا " وقال فلان انه "…": a stray mark, then a new quotation of its own
    text = ('وأوضح الوزير أن الانتخابات يجب أن تكون حرة معتبرا ذلك مطلبا شعبيا " وقال المرزوقي انه "قبل بالنتائج '
            'على الرغم من التجاوزات" وفق اعتقاده.')
    assert speakers(text) == ["الوزير", "المرزوقي"]


def test_a_phrase_with_bi_after_the_verb_is_no_speaker() -> None:
    # اعترف بكل ما اقترفه. وأكد أنه: what is confessed names no one, the confessor goes on
    text = "وقال الشاب إنه كان يراسل الفتيات، لكنه انهار واعترف بكل ما كان قد اقترفه. وأكد أنه كان يبتزهن بالتهديد."
    assert speakers(text) == ["الشاب", "الشاب"]
    # أكدوا بأفعالهم المشينة بأنهم: how they showed it, not who
    assert "بأفعالهم المشينة" not in speakers("وهؤلاء الإرهابيون أكدوا بأفعالهم المشينة بأنهم أخطر المجرمين.")
    # names with ب stay names
    assert speakers("وأكد بكر الزهراني أن الفريق جاهز. وقال بلال الحسن إن المباراة صعبة.") == ["بكر الزهراني", "بلال الحسن"]


def test_a_verb_told_to_me_stays_inside_the_words_quoted() -> None:
    # قال فلان: "… عاد وأكد لي أن "…"": the speaker's own account, nothing reported by anyone else
    text = 'وقال الحريري عن العمليات: "كان فكري منشغلا ولكن ما سمعته منذ يومين عاد وأكد لي أن "عاصفة الحزم" ضرورية".'
    assert speakers(text) == ["الحريري"]
