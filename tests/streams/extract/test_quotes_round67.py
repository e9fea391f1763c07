"""Quotation speakers, round r67: kinds found by the audit of main's quotations over unread text (seed 67), each as a
short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_how_the_words_are_said_is_no_speaker() -> None:
    # قال بصوت خافت، قالت بكثير من الحماس، قالت بصراحة: an adverbial of manner after the verb; the one named before
    # speaks on
    text = "وقال المدرب خالد العتيبي إن الاستعداد جيد. وقال بصوت خافت إن الفريق سيفوز."
    assert speakers(text) == ["خالد العتيبي", "خالد العتيبي"]
    text = "وقالت الممثلة سارة الأحمد إن الدور صعب. ثم قالت بكثير من الحماس \"هذه علامة يهتم بها الناس\"."
    assert speakers(text) == ["سارة الأحمد", "سارة الأحمد"]
    text = "وقالت الكاتبة ليلى الحربي إن الرواية جاهزة. وقالت بصراحة: لو كانت المياه كافية لما سافرنا."
    assert speakers(text) == ["ليلى الحربي", "ليلى الحربي"]
    text = "وقال الوزير فهد السالم إن الخطة جاهزة. وقال بشكل واضح إن المشروع سيكتمل قريبا."
    assert speakers(text) == ["فهد السالم", "فهد السالم"]


def test_a_blessing_is_no_part_of_the_name() -> None:
    # النبي صلى الله عليه وسلم: the blessing after the name, never a word of the speaker (النبي صلى الله)
    text = "وقال النبي صلى الله عليه وسلم: (كلكم راع وكلكم مسؤول عن رعيته)."
    assert speakers(text, tagged=True) == ["النبي"]
    text = "سأل الصحابي النبي محمد صلى الله عليه وسلم عن العمل. قال النبي محمد صلى الله عليه وسلم: «فارجع إلى والديك»."
    assert speakers(text, tagged=True) == ["محمد"]


def test_a_speaking_participle_after_tabaa_opens_words() -> None:
    # وتابع فلان متحدثا عن …: "…": تابع with a participle of speaking reports the words after it (not تابع تدريباته)
    text = "وتابع انريكي متحدثا عن ميسي: \"إنه يحتاج إلى الراحة\"، مبررا غيابه عن الرحلة."
    assert speakers(text) == ["انريكي"]
    text = "وتابعت الوزيرة مخاطبة الحضور: «إن المرحلة صعبة»."
    assert speakers(text) == ["الوزيرة"]
    text = "وتابع الفريق تدريباته متحدثا عن المباراة المقبلة."
    assert speakers(text) == []


def test_an_issuers_adjective_after_an_article() -> None:
    # تقرير صادر عن الأمم المتحدة، عن البنك الدولي: the issuer keeps its adjective (never a time after it)
    text = "كشف تقرير صادر عن الأمم المتحدة الإثنين أن نحو 74 مليون شاب بلا عمل."
    assert speakers(text) == ["تقرير صادر عن الأمم المتحدة"]
    text = "وذكر تقرير صادر عن البنك الدولي أن النمو تباطأ."
    assert speakers(text) == ["تقرير صادر عن البنك الدولي"]
    text = "وذكر بيان صادر عن الوزارة الخميس أن العمل مستمر."
    assert speakers(text) == ["بيان صادر عن الوزارة"]
