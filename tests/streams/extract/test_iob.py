"""IOB2 <-> BIOES: the models' labels and the tagger's output read as the same spans."""

from __future__ import annotations

import pytest

from streams.extract.iob import spans, to_bioes, to_iob2

CASES = [
    (["B-PERS", "I-PERS", "O", "B-LOC"], ["B-PERS", "E-PERS", "O", "S-LOC"]),
    (["B-ORG", "I-ORG", "I-ORG", "B-ORG"], ["B-ORG", "I-ORG", "E-ORG", "S-ORG"]),
    (["O", "I-MISC", "I-MISC", "B-LOC", "I-PERS"], ["O", "B-MISC", "E-MISC", "S-LOC", "S-PERS"]),
    ([], []),
]


@pytest.mark.parametrize("iob,bioes", CASES)
def test_bioes_encodes_the_spans(iob, bioes):
    assert to_bioes(iob) == bioes
    assert spans(to_iob2(bioes)) == spans(iob)


def test_iob2_is_left_as_it_is():
    tags = ["B-PERS", "I-PERS", "O", "B-LOC", "I-LOC"]
    assert to_iob2(tags) == tags


def test_broken_bioes_reads_as_the_spans_it_suggests():
    """A decoded sequence need not be valid BIOES: E- without B-, B- without E-."""
    assert spans(to_iob2(["O", "E-PERS", "B-LOC", "O", "I-ORG", "E-ORG"])) == {
        (1, 2, "PERS"), (2, 3, "LOC"), (4, 6, "ORG")
    }
