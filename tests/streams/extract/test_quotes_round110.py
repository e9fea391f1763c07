"""Quotation speakers, round r110: kinds the errors of the opened S45 and S46 showed (one wrong name carried
through an article), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_speaker_cut_inside_the_tagged_person_takes_the_person_whole() -> None:
    # أصر لويس فان جال ... وأوضح فان جال أنه: the tagger has فان جال (-> لويس فان جال), the speaker is not فان
    assert speakers("أصر لويس فان جال على بقاء الحارس في الفريق. وأوضح فان جال أنه يتوقع الفوز في المباراة.",
                    tagged=True) == ["لويس فان جال"]
    assert speakers("أكد روبن فان بيرسي أن الفريق جاهز. وقال فان بيرسي إن الموسم سيكون صعبا.",
                    tagged=True) == ["روبن فان بيرسي", "روبن فان بيرسي"]


def test_ali_after_the_verbs_demonstrative_object_is_the_name() -> None:
    # أوضح ذلك علي فلان مدير …، وقال: the article spells على with ى, so علي with ي after ذلك is the name
    text = ("تمكن رجال الأمن من ضبط كمية من الممنوعات. وعثر على الكمية في سيارة. أوضح ذلك علي السالم مدير عام "
            "المنفذ، وقال إن الكمية كانت مخبأة بعناية.")
    assert speakers(text) == ["علي السالم"]
    assert speakers("وعثر على الكمية في سيارة. وأكد هذا علي العطوي، مضيفا أن التفتيش مستمر.") == ["علي العطوي"]
    # على with ى after ذلك stays the preposition
    assert speakers("وعثر على الكمية في سيارة. وأكد ذلك على هامش المؤتمر مدير المنفذ، مضيفا أن التفتيش مستمر.") \
        != ["على هامش"]
