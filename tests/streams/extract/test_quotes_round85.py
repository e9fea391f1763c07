"""Quotation speakers, round r85: kinds found by a recall audit of whole articles over unread text (seed 85), each
as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_young_man_or_woman_before_the_name_is_peeled_off() -> None:
    # وقال الشاب فلان إن: الشاب before the name is a title as المواطن is, not the speaker
    assert speakers("وقال الشاب علي السالم إن العيد فرصة جيدة لكسب الرزق.") == ["علي السالم"]
    assert speakers("وأوضحت الشابة منى العتيبي أن المشروع بدأ قبل عامين.") == ["منى العتيبي"]


def test_a_participle_goes_to_the_young_man_its_sentence_names() -> None:
    # ويعتبر الشاب فلان العيد فرصة ...، لافتا إلى أنه: the one the sentence opens on, not the citizen before
    text = ("وقال المواطن فاضل الحسن إن الطلب كبير في الأعياد. ويعتبر الشاب علي السالم العيد فرصة جيدة للعمل، "
            "لافتا إلى أنه ينتظر هذه الأيام بفارغ الصبر.")
    assert speakers(text) == ["فاضل الحسن", "علي السالم"]


def test_a_young_player_keeps_his_name() -> None:
    # اللاعب الشاب فلان: the adjective after a title stays part of the peeled titles
    assert speakers("وقال اللاعب الشاب فهد المولد إن الفريق جاهز للمباراة.") == ["فهد المولد"]
