"""The tagger's fast paths give what the plain ones give: features the model sees, tags
from the numpy decoder, the matchers' pre-filter. Sentences written for these tests."""

from __future__ import annotations

import math

import numpy as np
import pytest

from streams.extract import ner_decode
from streams.extract.clitics import may_start
from streams.extract.entities import _sentences
from streams.extract.ner_decode import Decoder
from streams.extract.ner_features import sentence_features
from streams.extract.ner_model import (
    MODEL_NAME,
    STACKED_NAME,
    decoder,
    known_attributes,
    model_info,
    shipped_features,
    tag_document,
    tag_sentences,
    tagger,
    warm_up,
)
from streams.extract.ner_tokens import fold_word, tokenize

TEXT = (
    "قال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا ستواصل دعم الحكومة السورية.\n"
    "وأعلنت وزارة الخارجية الأمريكية أن الوزير سيزور بغداد والرياض الأسبوع المقبل!\n"
    "واستقبل أمير قطر الشيخ تميم بن حمد رئيس الوزراء اللبناني في الدوحة، وبحثا التعاون.\n"
    "المدينة\n"
    "وذكرت وكالة الأنباء الكويتية أن الاجتماع سيعقد في الأمم المتحدة بنيويورك يوم 12 مارس"
)


def sentences(text: str = TEXT) -> list[list[str]]:
    tokens = tokenize(text)
    return [[t.form for t in tokens[s:e]] for s, e in _sentences(text, tokens)]


def crfsuite_tags(sents: list[list[str]]) -> list[list[str]]:
    return [tagger().tag(sentence_features(s)) if s else [] for s in sents]


def test_model_features_are_what_the_model_sees():
    known = known_attributes()
    for s in sentences():
        fast = [[a.decode("utf-8") for a in tok] for tok in shipped_features().sentence(s)]
        assert fast == [[a for a in tok if a in known] for tok in sentence_features(s)]


def test_decoder_tags_like_crfsuite():
    sents = sentences()
    assert decoder().tag(sents) == crfsuite_tags(sents)
    assert any(t != "O" for tags in crfsuite_tags(sents) for t in tags)


@pytest.mark.parametrize("max_words", [5, 20, 40])
def test_decoder_with_a_small_cache_tags_the_same(max_words):
    """Its cache starts afresh between batches of sentences; a longer sentence goes to crfsuite."""
    sents = sentences()
    out = Decoder(model_info(), max_words=max_words).tag(sents)
    assert out == [None if len(s) > max_words else t for s, t in zip(sents, crfsuite_tags(sents))]


@pytest.mark.parametrize("max_words", [20, 40])
def test_warmed_rows_are_kept_through_resets_and_tag_the_same(max_words):
    """Rows summed ahead (a worker's start) equal the lazily summed ones, take at most half the
    cache, stay first through every reset, and leave the tags unchanged."""
    sents = sentences()
    forms = list(dict.fromkeys(f for s in sents for f in s))
    warmed = Decoder(model_info(), max_words=max_words)
    kept = warmed.warm(forms)
    assert kept == max_words // 2
    lazy = Decoder(model_info())
    assert all(np.array_equal(warmed.rows[warmed.index[f]], lazy.rows[lazy._word(f)]) for f in forms[:kept])
    room = max_words - kept
    assert warmed.tag(sents) == [None if len(s) > room else t for s, t in zip(sents, crfsuite_tags(sents))]
    assert list(warmed.index)[:kept] == forms[:kept]


def test_warm_up_fills_the_shared_decoder():
    assert warm_up(300) >= 300
    assert decoder().kept >= 300
    sents = sentences()
    assert decoder().tag(sents) == crfsuite_tags(sents)


def test_empty_and_one_token_sentences():
    sents = [[], [fold_word("موسكو")], [], [fold_word("بوتين"), "."]]
    assert decoder().tag(sents) == crfsuite_tags(sents)


def test_near_ties_go_to_crfsuite(monkeypatch):
    monkeypatch.setattr(ner_decode, "MARGIN", math.inf)  # every decision counts as a tie
    sents = sentences()
    assert decoder().tag(sents) == [[] if not s else None for s in sents]
    assert tag_sentences(sents) == crfsuite_tags(sents)


def test_long_sentences_go_to_crfsuite(monkeypatch):
    monkeypatch.setattr(ner_decode, "MAX_TOKENS", 5)
    sents = sentences()
    out = decoder().tag(sents)
    assert [t is None for t in out] == [len(s) > 5 for s in sents]
    assert tag_sentences(sents) == crfsuite_tags(sents)


@pytest.mark.parametrize(
    "forms,starts",
    [
        (["وموسكو", "قال", "بالعراق", "العراق", "ف"], [0, 2, 3]),
        (["موسكو"], [0]),
        ([], []),
    ],
)
def test_may_start_finds_names_behind_clitics(forms, starts):
    firsts = {fold_word("موسكو"), fold_word("العراق")}
    assert may_start([fold_word(f) for f in forms], firsts) == starts


@pytest.mark.parametrize("margin", [ner_decode.MARGIN, math.inf])
def test_document_pass_tags_like_crfsuite(monkeypatch, margin):
    """Both decoded passes (or crfsuite, where every decision counts as a tie) give the tags
    crfsuite gives on all features."""
    monkeypatch.setattr(ner_decode, "MARGIN", margin)
    sents = sentences() * 2  # names recur: the second pass has document features to use
    plain = tag_document(sents, first=tagger(MODEL_NAME), second=tagger(STACKED_NAME))
    assert tag_document(sents) == plain
