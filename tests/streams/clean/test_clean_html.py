"""HTML input: the main content of realistic Arabic pages (navigation, sidebar, related
list, comments, footer around the article), then the same text cleaning."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.clean import clean_article
from streams.errors import Reject
from streams.records import CleanArticle, RawArticle

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "clean"

# Per page: what the clean text must hold, and what it must not (trafilatura's own
# evaluation style: with / without snippets).
CASES = {
    "seed-page.html": {
        "title": "جولة محادثات جديدة وهامة حول سوريا في أستانة نهاية الأسبوع المقبل",
        "starts": "أعلنت وزارة الخارجية الكازاخستانية",
        "ends": "وأطباء ميدانيون.",
        "with": ["سحب قسم كبير من القوات العسكرية الروسية", "سيرغي شويغو"],
        "without": ["الرئيسية", "الأكثر قراءة", "التعليقات", "نتمنى أن تنجح", "جميع الحقوق", "وفد المعارضة يصل", "اشترك"],
        "byline": "سارة المحمد",
        "date": "2017-12-13",
        "lang": "ar",
    },
    "rain-page.html": {
        "title": "أمطار غزيرة تغلق طرقاً في المدينة والدفاع المدني يحذر",
        "starts": "شهدت المدينة منذ ساعات الصباح الأولى",
        "ends": "على الطرق السريعة.",
        "with": ["إنقاذ سبعة أشخاص", "رفع درجة الاستعداد"],
        "without": ["اقرأ أيضاً", "ارتفاع منسوب السدود", "تسجيل الدخول", "الأكثر مشاهدة", "الله يحفظ الجميع", "سياسة الخصوصية", "تعليق الدراسة", "إعلان"],
        "byline": "خالد العتيبي",
        "date": "2023-11-20",
        "lang": "ar",
    },
    "market-page.html": {
        "title": "مؤشر السوق يغلق مرتفعاً بدعم من أسهم البنوك",
        "starts": "أغلق المؤشر العام للسوق اليوم",
        "ends": "من الشركات الكبرى في القطاع.",
        "with": ["سبعة مليارات ريال", "السيولة عادت إلى السوق"],
        "without": ["الأسهم المحلية", "شاهد أيضاً", "تابعونا", "الوسوم", "أخبار ذات صلة", "البنك المركزي يبقي", "جميع الحقوق"],
        "byline": "بوابة المال",
        "date": "2024-03-05",
        "lang": "ar",
    },
    "persian-page.html": {
        "title": "بارش شدید باران در تهران",
        "starts": "بارش شدید باران از بامداد امروز",
        "ends": "به کار گرفته شده است.",
        "with": ["سازمان هواشناسی"],
        "without": ["صفحه اصلی", "کلیه حقوق"],
        "byline": None,
        "date": None,
        "lang": "fa",
    },
}


def page(name: str) -> RawArticle:
    return RawArticle(
        url=f"https://news.example/{name}",
        body=(PAGES / name).read_text("utf-8"),
        content_type="text/html",
        source="news.example",
    )


@pytest.fixture(scope="module")
def cleaned() -> dict[str, CleanArticle]:
    return {name: clean_article(page(name), memory={}) for name in CASES}


@pytest.mark.parametrize("name", CASES)
def test_title_comes_from_the_page(cleaned: dict[str, CleanArticle], name: str) -> None:
    assert cleaned[name].title == CASES[name]["title"]


@pytest.mark.parametrize("name", CASES)
def test_text_is_the_article_from_first_to_last_sentence(cleaned: dict[str, CleanArticle], name: str) -> None:
    text = cleaned[name].text
    assert text.startswith(CASES[name]["starts"]) and text.endswith(CASES[name]["ends"])


@pytest.mark.parametrize(("name", "snippet"), [(n, s) for n, c in CASES.items() for s in c["with"]])
def test_text_keeps_the_article(cleaned: dict[str, CleanArticle], name: str, snippet: str) -> None:
    assert snippet in cleaned[name].text


@pytest.mark.parametrize(("name", "snippet"), [(n, s) for n, c in CASES.items() for s in c["without"]])
def test_text_leaves_the_page_around_it(cleaned: dict[str, CleanArticle], name: str, snippet: str) -> None:
    assert snippet not in cleaned[name].text


@pytest.mark.parametrize("name", CASES)
def test_author_and_date_come_from_the_page(cleaned: dict[str, CleanArticle], name: str) -> None:
    assert cleaned[name].byline == CASES[name]["byline"]
    if CASES[name]["date"]:
        assert cleaned[name].published_at_text == CASES[name]["date"]


@pytest.mark.parametrize("name", CASES)
def test_language_is_set(cleaned: dict[str, CleanArticle], name: str) -> None:
    assert cleaned[name].lang == CASES[name]["lang"]


def test_a_read_also_link_inside_the_content_is_removed_with_its_reason(cleaned: dict[str, CleanArticle]) -> None:
    reasons = {r.text: r.reason for r in cleaned["rain-page.html"].removed}
    assert reasons["اقرأ أيضاً: ارتفاع منسوب السدود بعد موجة الأمطار الأخيرة"] == "link_out"


def test_junk_inside_the_content_block_goes_by_the_text_rules(cleaned: dict[str, CleanArticle]) -> None:
    reasons = [r.reason for r in cleaned["market-page.html"].removed]
    assert reasons == ["title", "nav", "link_out", "nav", "tags"]
    assert cleaned["market-page.html"].dateline == "الرياض"


def test_the_title_repeated_as_the_heading_is_removed(cleaned: dict[str, CleanArticle]) -> None:
    assert [r.reason for r in cleaned["seed-page.html"].removed] == ["title"]


def test_a_raw_title_field_wins_over_the_page_title() -> None:
    raw = page("rain-page.html")
    raw = RawArticle(**{**{f: getattr(raw, f) for f in ("url", "body", "content_type", "source")}, "title": "عنوان من المكشطة"})
    assert clean_article(raw).title == "عنوان من المكشطة"


@pytest.mark.parametrize("body", ["", "   ", "just some text, no markup", "\x00\x01\x02"])
def test_a_body_that_is_not_html_is_bad_html(body: str) -> None:
    raw = RawArticle(url="https://news.example/x", body=body, content_type="text/html")
    with pytest.raises(Reject) as caught:
        clean_article(raw)
    assert caught.value.kind == "bad_html"


def test_a_page_without_main_content_is_empty() -> None:
    html = "<html><body><nav><a href='/'>الرئيسية</a></nav><footer>© 2023</footer></body></html>"
    raw = RawArticle(url="https://news.example/x", body=html, content_type="text/html")
    with pytest.raises(Reject) as caught:
        clean_article(raw)
    assert caught.value.kind == "empty"
