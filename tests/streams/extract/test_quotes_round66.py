"""Quotation speakers, round r66: kinds found among the errors of the opened S25 and S26, each as a short
constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_the_speakers_mood_after_his_name_is_no_name_word() -> None:
    # وقال فلان مازحا "…": the adverb of mood ends the name; the name is the one the text gave in full
    text = ('وصل وزير الخارجية جون كيري أمس إلى الرياض. وقال كيري مازحا في بداية الاجتماع "هذه الطائرة قديمة". '
            'وأضاف "لكنها ما زالت تطير".')
    assert speakers(text, tagged=True) == ["جون كيري", "جون كيري"]
    assert speakers('وقال اللاعب أحمد مبتسما "الفريق سيفوز في المباراة المقبلة".', tagged=True) == ["أحمد"]
    # and with no name, the mood is no speaker either (وقالت ضاحكة "…")
    assert speakers('وقالت الممثلة ضاحكة "لم أتوقع هذا العدد من الزوار في يوم واحد".', tagged=True) == ["الممثلة"]
    assert speakers("وقال المدرب ضاحكا إن الفريق سيفوز في المباراة المقبلة.") == ["المدرب"]


def test_a_job_word_closing_a_lone_first_name_is_his_family_name() -> None:
    # رئيس الهيئة، فلان الطبيب إلى …. وأوضح أن: the one named after the office speaks on, with his family name
    text = ("دعا رئيس جمعية حماية المستهلك، سمير المهندس إلى مراقبة الأسعار في الأسواق. وأوضح أن غياب الرقابة "
            "سيرفع الأسعار بشكل كبير.")
    assert speakers(text) == ["سمير المهندس"]
    text = "دعا مدير المستشفى، كريم الطبيب إلى زيادة عدد الأسرة. وأضاف أن المرضى ينتظرون أياما طويلة."
    assert speakers(text) == ["كريم الطبيب"]


def test_the_one_called_speaks_after_the_comma() -> None:
    # وباتصالنا بالمندوبة الجهوية … فلانة، أكدت أن: the newsroom's call, then the one called speaks
    text = "وباتصالنا بالمديرة الجهوية للتجارة بصفاقس سلوى الهمامي، أكدت أن الأسعار ستنخفض خلال الأسبوع المقبل."
    assert speakers(text) == ["سلوى الهمامي"]
    text = "وفي اتصال هاتفي مع المدير الجهوي للفلاحة محمد الحبيب، أكد أن المحصول سيكون وفيرا هذا العام."
    assert speakers(text) == ["محمد الحبيب"]


def test_neither_rule_reads_a_noun_and_its_complement() -> None:
    # في بادرة غير مستغربة: an adjective, no mood; عدم سفر اللاعب مع فريقه: a noun, no first name and family name
    text = "في بادرة غير مستغربة، تنازل والد القتيل عن القاتل، وقال إن تنازله جاء عن قناعة تامة."
    assert "بادرة غير" not in speakers(text)
    text = "واستغرب رئيس النادي من عدم سفر اللاعب مع فريقه، مشيرا إلى أنه لاعب محترف يعرف الأنظمة."
    assert "سفر اللاعب" not in speakers(text)
