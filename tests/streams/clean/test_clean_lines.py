"""Line shapes, bylines and teasers: the structural facts every rule is built on."""

from __future__ import annotations

import pytest

from streams.clean.byline import is_dateline, parse_byline
from streams.clean.lines import Line, fingerprint_key, make_lines, split_label
from streams.clean.teaser import find_teasers


def line(text: str) -> Line:
    return make_lines([text])[0]


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت الوزارة اليوم عن خطة جديدة للتعليم.",
        "وقال المتحدث: «سنواصل العمل حتى عودة الحركة إلى طبيعتها».",
        "وأنواعها الرئيسية ثلاثة كما يلي:",
    ],
)
def test_a_sentence_is_prose(text: str) -> None:
    assert line(text).prose


@pytest.mark.parametrize(
    "text",
    [
        "أخبار متعلقة",
        "تعليق الدراسة الحضورية غداً في ثلاث محافظات",
        "رفضت تجديد عقدي مع الأهلي وأقترح التعاقد مع حراس أجانب!",
        "أعلنت الوزارة اليوم عن خطة جديدة للتعليم في المدارس...",
    ],
)
def test_a_headline_menu_item_or_cut_line_is_not_prose(text: str) -> None:
    assert not line(text).prose


@pytest.mark.parametrize("text", ["وأشارت...", "القادرين على..", "لسكان\u2026", "«الحبيب»..."])
def test_a_cut_line_ends_in_an_ellipsis(text: str) -> None:
    assert line(text).ellipsis


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("اقرأ أيضاً: ارتفاع منسوب السدود", "اقرأ أيضاً"),
        ("الوسوم : أمطار، سيول", "الوسوم"),
        ("رابط الخبر بصحيفة المثال: عنوان", "رابط الخبر بصحيفة المثال"),
    ],
)
def test_a_short_label_is_split_off(text: str, label: str) -> None:
    assert split_label(text)[0] == label  # type: ignore[index]


@pytest.mark.parametrize("text", ["11:39 ت م", "// يتبع // 11:02 ت م", "* المجموعة الأولى: هولندا", "قال وزير الخارجية في بيان رسمي اليوم: لا تفاوض"])
def test_times_bullets_and_long_leads_are_not_labels(text: str) -> None:
    assert split_label(text) is None


def test_fingerprints_ignore_digits_punctuation_and_spelling() -> None:
    a, b = make_lines(["أخبار متعلقة 6634", "اخبار متعلقه: 12"])
    assert fingerprint_key(a.loose) == fingerprint_key(b.loose)


def test_blocks_are_counted_by_blank_lines() -> None:
    lines = make_lines(["أ", "ب", "", "", "ج", "", "د"])
    assert [x.block for x in lines] == [0, 0, 1, 2] and [x.index for x in lines] == [0, 1, 4, 6]


@pytest.mark.parametrize(
    ("text", "byline", "dateline"),
    [
        ("غالب السهلي \u2013 بريدة", "غالب السهلي", "بريدة"),
        ("الرياض - محمد العلي", "محمد العلي", "الرياض"),
        ("دبي- الرياضية", "الرياضية", "دبي"),
        ("بقلم: نورة السالم", "نورة السالم", None),
        ("كتب محمد علي", "محمد علي", None),
    ],
)
def test_a_byline_line_splits_into_byline_and_dateline(text: str, byline: str, dateline: str | None) -> None:
    assert parse_byline(line(text)) == (byline, dateline)


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت الوزارة اليوم - في بيان رسمي - عن خطة جديدة للتعليم.",
        "- محمد بن عبدالله الفوزان",
        "وزارة الخارجية الكازاخستانية",
        "2-شهادة تصنيف مهني",
    ],
)
def test_other_lines_are_no_bylines(text: str) -> None:
    assert parse_byline(line(text)) is None


def test_teasers_are_found_only_near_the_top() -> None:
    body = "تنطلق اليوم الفعاليات الصيفية لمهرجان المدينة تحت شعار الصيف للجميع."
    lines = make_lines(["a"] * 7 + [body[:40] + "...", body])
    assert find_teasers(lines, window=6) == set()
    assert find_teasers(lines[6:], window=6) == {1}


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس", True),
        ("القاهرة 12/3/2017 (رويترز)", True),
        ("11:39 ت م", False),
        ("أعلنت الوزارة في 12 مارس 2017 عن خطة جديدة.", False),
        ("التاريخ: 9 / 10 / 1436هـ", False),
    ],
)
def test_a_place_and_date_line_is_a_dateline(text: str, dateline: bool) -> None:
    assert is_dateline(line(text)) is dateline


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("جميع الحقوق محفوظة \u00a9 2023", True),
        ("(c) 2015 صحيفة المثال", True),
        ("Copyright 2015", True),
        ("وقال إن التذاكر في مدرجي (C) و(w12) نفدت", False),
    ],
)
def test_a_copyright_notice_is_told_by_its_sign_or_year(text: str, notice: bool) -> None:
    assert line(text).copyright is notice
