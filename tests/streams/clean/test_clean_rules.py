"""Each removal rule of the clean stage, on small Arabic articles: what goes, with which
reason, and what must stay."""

from __future__ import annotations

import pytest
from conftest import P1, P2, P3, P4, TITLE, MakeRaw

from streams.clean import clean_article
from streams.records import CleanArticle


def reasons(article: CleanArticle) -> dict[str, str]:
    return {r.text: r.reason for r in article.removed}


def paragraphs(article: CleanArticle) -> list[str]:
    return article.text.split("\n\n")


# --- title and teaser ---


def test_a_raw_title_field_wins_and_its_repeat_in_the_body_goes(make_raw: MakeRaw) -> None:
    article = clean_article(make_raw([TITLE, "", P1, P2], title=TITLE))
    assert article.title == TITLE
    assert reasons(article) == {TITLE: "title"}
    assert paragraphs(article) == [P1, P2]


def test_a_body_without_a_title_that_is_one_paragraph_is_kept_whole(make_raw: MakeRaw) -> None:
    # scrapers that flatten an article to one line and give no title: the line is the article
    article = clean_article(make_raw(P1 + " " + P2))
    assert article.title == ""
    assert article.text == P1 + " " + P2


def test_a_body_that_opens_with_prose_has_no_title_line(make_raw: MakeRaw) -> None:
    article = clean_article(make_raw([P1, "", P2, "", P3]))
    assert article.title == ""
    assert paragraphs(article) == [P1, P2, P3]


def test_a_short_first_line_is_still_the_title(make_raw: MakeRaw) -> None:
    article = clean_article(make_raw([TITLE, "", P1, "", P2]))
    assert article.title == TITLE
    assert paragraphs(article) == [P1, P2]


def test_a_menu_above_the_title_is_not_the_title(make_raw: MakeRaw) -> None:
    article = clean_article(make_raw(["الرئيسية | محليات | دوليات", "Facebook", TITLE, "", P1, P2]))
    assert article.title == TITLE
    assert reasons(article) == {"الرئيسية | محليات | دوليات": "nav", "Facebook": "share"}


def test_a_title_with_a_colon_stays_the_title(make_raw: MakeRaw) -> None:
    title = "المفتي العام: عمل إجرامي لا يقبله إنسان"
    assert clean_article(make_raw([title, "", P1, P2])).title == title


def test_a_repeated_title_further_down_goes(make_raw: MakeRaw) -> None:
    article = clean_article(make_raw([TITLE, "", f"{TITLE}!", P1, P2]))
    assert reasons(article) == {f"{TITLE}!": "title"}


def test_a_teaser_cut_with_three_dots_goes(make_raw: MakeRaw) -> None:
    teaser = P1[:60] + "..."
    article = clean_article(make_raw([TITLE, teaser, "", P1, P2]))
    assert reasons(article) == {teaser: "teaser"}
    assert paragraphs(article) == [P1, P2]


def test_a_teaser_cut_inside_a_word_with_an_ellipsis_sign_goes(make_raw: MakeRaw) -> None:
    teaser = P1[:45] + "\u2026"  # "...طرق رئي…": cut inside رئيسية
    assert P1[44] != " " and P1[45] != " "
    article = clean_article(make_raw([TITLE, teaser, "", P1, P2]))
    assert reasons(article) == {teaser: "teaser"}


def test_a_teaser_running_over_two_body_lines_goes(make_raw: MakeRaw) -> None:
    short = "السلام عليكم ورحمة الله"
    teaser = f"{short} {P1[:40]}.."
    article = clean_article(make_raw([TITLE, teaser, "", short, P1, P2]))
    assert reasons(article) == {teaser: "teaser"}
    assert paragraphs(article) == [short, P1, P2]


def test_a_teaser_matches_across_a_line_inserted_into_the_body(make_raw: MakeRaw) -> None:
    first = "أنا ذات ليل"
    teaser = f"{first} {P1[:30]}..."
    article = clean_article(make_raw([TITLE, teaser, "", first, "إعلان", P1, P2, P3]))
    assert reasons(article)[teaser] == "teaser"


def test_a_line_that_is_not_a_prefix_of_the_body_is_no_teaser(make_raw: MakeRaw) -> None:
    summary = "ملخص: الأمطار تغلق الطرق والدفاع المدني يحذر من السيول..."
    article = clean_article(make_raw([TITLE, "", summary, P1, P2]))
    assert summary not in reasons(article) or reasons(article)[summary] != "teaser"


# --- above the body ---


def test_a_caption_beside_the_teaser_goes(make_raw: MakeRaw) -> None:
    teaser = P1[:50] + "..."
    article = clean_article(make_raw([TITLE, teaser, "سيارات عالقة في أحد الأنفاق", "", P1, P2]))
    assert reasons(article)["سيارات عالقة في أحد الأنفاق"] == "caption"


def test_a_short_line_in_the_first_paragraph_block_stays(make_raw: MakeRaw) -> None:
    article = clean_article(make_raw([TITLE, "", "السلام عليكم ورحمة الله", P1, P2]))
    assert paragraphs(article)[0] == "السلام عليكم ورحمة الله"


def test_a_name_and_place_line_becomes_byline_and_dateline(make_raw: MakeRaw) -> None:
    article = clean_article(make_raw([TITLE, "", "خالد العتيبي \u2013 الدمام", P1, P2]))
    assert (article.byline, article.dateline) == ("خالد العتيبي", "الدمام")
    assert paragraphs(article) == [P1, P2] and not article.removed


def test_a_place_and_date_line_becomes_the_dateline_and_stays_in_the_text(make_raw: MakeRaw) -> None:
    # its place and its two dates (Hijri and Gregorian) are facts of the story: extracted with offsets
    dateline = "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس"
    article = clean_article(make_raw([TITLE, "", dateline, P1, P2]))
    assert article.dateline == dateline and article.byline is None
    assert paragraphs(article) == [dateline, P1, P2] and not article.removed
    assert article.lead == P1


def test_a_dated_dateline_opening_a_body_without_title_is_no_title(make_raw: MakeRaw) -> None:
    dateline = "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس"
    article = clean_article(make_raw([dateline, P1, P2]))
    assert article.title == "" and article.dateline == dateline
    assert paragraphs(article) == [dateline, P1, P2]


def test_a_headline_with_numbers_is_still_the_title(make_raw: MakeRaw) -> None:
    headline = "السعودية تستورد ساعات بـ 795 مليون ريال في 6 أشهر"
    assert clean_article(make_raw([headline, "", P1, "", P2])).title == headline


def test_a_byline_verb_names_the_author(make_raw: MakeRaw) -> None:
    article = clean_article(make_raw([TITLE, "", "بقلم: نورة السالم", P1, P2]))
    assert article.byline == "نورة السالم" and article.dateline is None


# --- inside the body ---


def test_a_read_also_line_between_paragraphs_goes(make_raw: MakeRaw) -> None:
    link = "اقرأ أيضاً: ارتفاع منسوب السدود بعد موجة الأمطار الأخيرة"
    article = clean_article(make_raw([TITLE, "", P1, link, P2, P3]))
    assert reasons(article) == {link: "link_out"}


def test_a_labelled_line_of_another_wording_goes_too(make_raw: MakeRaw) -> None:
    link = "طالع كذلك: افتتاح جسر جديد يربط شرق المدينة بغربها"
    article = clean_article(make_raw([TITLE, "", P1, link, P2, P3]))
    assert reasons(article) == {link: "link_out"}


def test_a_labelled_line_naming_this_article_stays(make_raw: MakeRaw) -> None:
    own = f"رابط الخبر: {TITLE}"
    article = clean_article(make_raw([TITLE, "", P1, P2, own]))
    assert paragraphs(article)[-1] == own


def test_a_line_labelled_as_this_articles_link_stays_without_a_title(make_raw: MakeRaw) -> None:
    # رابط الخبر (the news item's link): the article's own headline, as when the title names it, though the body
    # opens on a paragraph and the scraper gave no title to match it against
    own = "رابط الخبر بصحيفة الوئام: مصرع 5 أشخاص في فيضانات جنوب البلاد"
    article = clean_article(make_raw([P1, P2, P3, own]))
    assert paragraphs(article)[-1] == own and not article.removed
    link = "اقرأ أيضاً: مصرع 5 أشخاص في فيضانات جنوب البلاد"
    assert reasons(clean_article(make_raw([P1, P2, P3, link]))) == {link: "link_out"}


def test_a_list_of_fields_stays(make_raw: MakeRaw) -> None:
    fields = ["الرقم: أ / 267", "التاريخ: 9 / 10 / 1436هـ"]
    article = clean_article(make_raw([TITLE, "", P1, *fields, P2]))
    assert paragraphs(article) == [P1, *fields, P2]


def test_a_lone_subheading_between_paragraphs_stays(make_raw: MakeRaw) -> None:
    article = clean_article(make_raw([TITLE, "", P1, P2, "الجواب", P3, P4]))
    assert "الجواب" in paragraphs(article)


def test_a_list_of_links_between_paragraph_blocks_goes(make_raw: MakeRaw) -> None:
    links = ["تعليق الدراسة غداً في ثلاث محافظات", "الأرصاد تنبه من ضباب كثيف", "افتتاح جسر جديد شرق المدينة"]
    article = clean_article(make_raw([TITLE, "", P1, P2, "", *links, "", P3, P4]))
    assert all(reasons(article).get(link) == "related" for link in links)
    assert paragraphs(article) == [P1, P2, P3, P4]


@pytest.mark.parametrize(
    "menu",
    ["الرئيسية | سياسة | اقتصاد | رياضة", "الرئيسية > العالم > سوريا", "فيسبوك • تويتر • واتساب"],
)
def test_a_menu_or_breadcrumb_on_one_line_goes(make_raw: MakeRaw, menu: str) -> None:
    article = clean_article(make_raw([TITLE, menu, P1, P2, P3]))
    assert reasons(article) == {menu: "nav"}


def test_a_date_with_slashes_is_no_menu(make_raw: MakeRaw) -> None:
    article = clean_article(make_raw([TITLE, "", P1, "التاريخ 9/10/1436 هـ", P2, P3]))
    assert not article.removed


def test_a_copyright_line_goes_wherever_it_is(make_raw: MakeRaw) -> None:
    article = clean_article(make_raw([TITLE, "", P1, P2, "جميع الحقوق محفوظة \u00a9 2023"]))
    assert reasons(article) == {"جميع الحقوق محفوظة \u00a9 2023": "copyright"}


def test_a_poem_stays_whole(make_raw: MakeRaw) -> None:
    verse = ["على صفحتي شامة حلوة،", "وفي سطوري حياء", "ومن خلف نافذتي", "تتسلل عيناي للسكة البائسة.", "أنا في المساء"]
    article = clean_article(make_raw([TITLE, "", *verse]))
    assert paragraphs(article) == verse


def test_a_body_of_short_unpunctuated_lines_is_kept_over_the_footer(make_raw: MakeRaw) -> None:
    verse = ["الطير شال الطير فوق الجناحين", "قايم بدور المسعف الطير هاليوم"]
    article = clean_article(make_raw([TITLE, "", *verse, "", "أقسام", "أخبار"]))
    assert paragraphs(article) == verse


# --- below the body ---


def test_a_footer_block_goes_line_by_line_with_reasons(make_raw: MakeRaw) -> None:
    footer = [
        "أخبار متعلقة",
        "تعليق الدراسة الحضورية غداً في ثلاث محافظات",
        "الوسوم: أمطار، سيول، طرق",
        "Facebook",
        "© 2023 جميع الحقوق محفوظة",
    ]
    article = clean_article(make_raw([TITLE, "", P1, P2, "", *footer]))
    assert reasons(article) == {
        "أخبار متعلقة": "nav",
        "تعليق الدراسة الحضورية غداً في ثلاث محافظات": "related",
        "الوسوم: أمطار، سيول، طرق": "tags",
        "Facebook": "share",
        "© 2023 جميع الحقوق محفوظة": "copyright",
    }


def test_a_signature_closing_the_last_paragraph_block_stays(make_raw: MakeRaw) -> None:
    article = clean_article(make_raw([TITLE, "", P1, P2, "- محمد بن عبدالله الفوزان", "", "أقسام", "أخبار"]))
    assert paragraphs(article)[-1] == "- محمد بن عبدالله الفوزان"
    assert set(reasons(article)) == {"أقسام", "أخبار"}


@pytest.mark.parametrize("gap", [[], [""]])
def test_without_blank_lines_a_footer_of_junk_shapes_is_cut(make_raw: MakeRaw, gap: list[str]) -> None:
    footer = ["شارك:", "Facebook", "Twitter", "الوسوم: أمطار، سيول", "جميع الحقوق محفوظة \u00a9 2023"]
    article = clean_article(make_raw([TITLE, *gap, P1, P2, P3, *footer]))
    assert paragraphs(article) == [P1, P2, P3]
    assert len(article.removed) == len(footer)


def test_without_blank_lines_a_run_of_menu_items_ends_the_article(make_raw: MakeRaw) -> None:
    footer = ["الأبواب", "مستجدات", "قصص ذات صلة4421", "المزيد من القصص", "افتتاح جسر جديد يربط شرق المدينة بغربها"]
    article = clean_article(make_raw([TITLE, P1, P2, P3, *footer]))
    assert paragraphs(article) == [P1, P2, P3]


def test_without_blank_lines_a_bulleted_list_closing_the_article_stays(make_raw: MakeRaw) -> None:
    items = ["المهام الرئيسية:", "- دراسة السوق", "- الإعلانات", "- تطوير العلامة التجارية"]
    article = clean_article(make_raw([TITLE, P1, P2, P3, *items]))
    assert paragraphs(article)[-4:] == items


def test_without_blank_lines_end_marks_and_times_are_no_menu(make_raw: MakeRaw) -> None:
    tail = ["// انتهى //", "11:39 ت م"]
    article = clean_article(make_raw([TITLE, P1, P2, P3, *tail]))
    assert paragraphs(article)[-2:] == tail


# --- text ---


def test_the_lead_is_the_first_prose_paragraph(make_raw: MakeRaw) -> None:
    article = clean_article(make_raw([TITLE, "", "السلام عليكم ورحمة الله", P1, P2]))
    assert paragraphs(article)[0] == "السلام عليكم ورحمة الله" and article.lead == P1


def test_character_references_left_by_scrapers_are_decoded(make_raw: MakeRaw) -> None:
    article = clean_article(make_raw(["الاتحاد يتعاقد مع &quot;بولوني&quot;", "", P1, P2]))
    assert article.title == 'الاتحاد يتعاقد مع "بولوني"'


def test_removed_lines_carry_their_line_number_in_the_body(make_raw: MakeRaw) -> None:
    link = "اقرأ أيضاً: ارتفاع منسوب السدود بعد موجة الأمطار الأخيرة"
    raw = make_raw([TITLE, "", P1, link, P2, P3])
    article = clean_article(raw)
    [gone] = article.removed
    assert raw.body.split("\n")[gone.line] == link
