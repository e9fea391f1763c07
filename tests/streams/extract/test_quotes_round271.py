"""Round r271: words opened by a quote mark never closed keep the أن inside them (stop 43)."""

from tests.streams.extract.quote_rounds import speakers


def test_an_unclosed_mark_after_the_verb_opens_the_words() -> None:
    text = "وقال سائح استرالي انه لا يعرف متى سيغادر. وتابع \"كنت أريد أن أغادر لكنهم ألغوا هذه الرحلة."
    assert speakers(text) == ["سائح استرالي", "سائح استرالي"]


def test_a_mark_then_the_complementizer_keeps_the_reported_reading() -> None:
    assert speakers("وأضاف المدير \"إن العمل يسير بشكل جيد.") == ["المدير"]
