"""Quotation speakers, round r252 (the opened fresh set S78); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_group_runs_on_over_its_joined_nouns_and_its_place() -> None:
    text = ("ندد خطباء الجوامع والمساجد بمحافظة أملج، أمس بالتفجير الإجرامي الذي حدث في مسجد قوات الطوارئ، مؤكدين أن "
            "التفجير يهدف الى زعزعة الاستقرار.")
    assert speakers(text, tagged=True) == ["خطباء الجوامع والمساجد بمحافظة أملج"]
