"""``tag_conll`` and the conlleval-style scorer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.extract.conll import score, spans, tag_conll


def test_tag_conll_keeps_blank_lines_and_tokens():
    lines = ["قال\n", "الرئيس\n", "فلاديمير\n", "بوتين\n", ".\n", "\n", "في\n", "موسكو\n", "\n"]
    out = list(tag_conll(lines))
    assert len(out) == len(lines)
    assert out[5] == "" and out[8] == ""
    toks = [l.split("\t")[0] for l in out if l]
    assert toks == ["قال", "الرئيس", "فلاديمير", "بوتين", ".", "في", "موسكو"]
    tags = [l.split("\t")[1] for l in out if l]
    assert tags[2:4] == ["B-PERS", "I-PERS"] and tags[6] == "B-LOC"


def test_tag_conll_takes_the_first_column():
    out = list(tag_conll(["دمشق B-LOC\n"]))
    assert out[0].startswith("دمشق\t")


def test_spans_read_like_conlleval():
    assert spans(["B-PERS", "I-PERS", "O", "I-LOC", "B-LOC"]) == {(0, 2, "PERS"), (3, 4, "LOC"), (4, 5, "LOC")}


def test_score_exact_span_and_type():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"]]
    pred = [["B-PERS", "O", "O", "B-LOC"]]
    r = score(gold, pred)
    assert r["LOC"]["f1"] == 1.0 and r["PERS"]["f1"] == 0.0
    assert r["ALL"]["precision"] == 0.5 and r["ALL"]["recall"] == 0.5


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.just(""), st.text(st.characters(blacklist_categories=("Zs", "Cc", "Zl", "Zp")), min_size=1, max_size=8)), max_size=40))
def test_tag_conll_answers_every_line(tokens):
    lines = [t + "\n" for t in tokens]
    out = list(tag_conll(lines))
    assert len(out) == len(lines)
    for line, got in zip(tokens, out):
        if line.strip():
            tok, tag = got.split("\t")
            assert tok == line.split()[0] and (tag == "O" or tag[:2] in ("B-", "I-"))
        else:
            assert got == ""
