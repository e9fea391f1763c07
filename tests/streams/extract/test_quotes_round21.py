"""Quotation speakers, round r21: failure kinds found in the opened sets v27 and C5
(tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_an_article_cut_off_by_a_tatweel_ends_the_subject() -> None:
    # وقال أحد القضاة الـ 12 في المحكمة: the article written apart (الـ before a number or a quoted name) was kept
    # as a word of the subject, which then ended in a bare ال
    assert speakers("وقال أحد القضاة الـ 12 في المحكمة إن القرار كان صعبا.") == ["أحد القضاة"]
    assert speakers("وأوضح التقرير الـ51 الصادر عن الهيئة أن معظم الزيادة طرأت في يناير.") == ["التقرير"]
