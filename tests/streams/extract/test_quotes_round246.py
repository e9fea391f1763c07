"""Quotation speakers, round r246 (junk speakers of the opened fresh set S86); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_another_verb_after_waw_is_no_one_named() -> None:
    text = "بعد ذلك أصبحت أفكر بما قال وتذكرت أن معظم المخترعات في العصر الحديث حدثت في أمريكا."
    assert "وتذكرت" not in speakers(text, tagged=True)
