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
