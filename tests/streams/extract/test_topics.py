"""Topics: naive Bayes labels from the ANT categories, thresholded, best first."""

from __future__ import annotations

import pytest
from facts_seed import seed_body
from hypothesis import given
from hypothesis import strategies as st

from streams.extract.topics import THRESHOLD, find_topics, topic_model, topic_posteriors

LABELS = {
    "politics",
    "international",
    "national",
    "society",
    "sport",
    "economy",
    "culture",
    "technology",
}

TEXTS = {
    "sport": (
        "فاز فريق الهلال على النصر بهدفين مقابل هدف في مباراة الدوري السعودي للمحترفين. "
        "وسجل مهاجم الهلال الهدف الأول في الدقيقة العاشرة، قبل أن يعادل النصر النتيجة من ضربة جزاء. "
        "وأضاف الهلال الهدف الثاني في الشوط الثاني ليتصدر ترتيب البطولة، فيما أشاد المدرب باللاعبين."
    ),
    "economy": (
        "ارتفعت أسعار النفط في الأسواق العالمية وصعد سعر خام برنت إلى 80 دولارا للبرميل. "
        "وأغلق مؤشر البورصة على ارتفاع بدعم من أسهم البنوك، فيما تراجع التضخم وارتفع النمو الاقتصادي "
        "وزادت الصادرات والاستثمارات الأجنبية، بحسب البنك المركزي."
    ),
    "culture": (
        "افتتح المهرجان الدولي للسينما دورته الجديدة بعرض فيلم روائي طويل للمخرج الشاب، "
        "بحضور عدد من الفنانين والممثلين والكتاب. ويتضمن برنامج المهرجان عروضا مسرحية وحفلات موسيقية "
        "ومعرضا للفنون التشكيلية وأمسيات شعرية."
    ),
}


@pytest.mark.parametrize("label", sorted(TEXTS))
def test_clear_topic(label: str) -> None:
    assert find_topics(TEXTS[label])[:1] == [label]


def test_seed_topic(seed_line: bytes) -> None:
    assert find_topics(seed_body(seed_line))[0] in {"international", "politics"}


def test_seed_is_not_sport(seed_line: bytes) -> None:
    assert "sport" not in find_topics(seed_body(seed_line))


def test_labels_are_slugs() -> None:
    assert set(topic_model().labels) - {"misc"} == LABELS


def test_misc_is_never_returned() -> None:
    assert all("misc" not in find_topics(text, limit=9) for text in TEXTS.values())


@pytest.mark.parametrize("limit", [0, 1, 2])
def test_limit(limit: int) -> None:
    assert len(find_topics(TEXTS["economy"], limit=limit)) <= limit


def test_best_first_and_above_threshold() -> None:
    post = topic_posteriors(TEXTS["sport"])
    found = find_topics(TEXTS["sport"], limit=9)
    assert [post[label] for label in found] == sorted(
        (post[label] for label in found), reverse=True
    )
    assert all(post[label] >= THRESHOLD for label in found)


def test_posteriors_sum_to_one() -> None:
    assert sum(topic_posteriors(TEXTS["culture"]).values()) == pytest.approx(1.0)


@pytest.mark.parametrize("text", ["", " ", "12 34", "the cat", "!!!", "\u200f"])
def test_empty(text: str) -> None:
    assert find_topics(text) == []


@given(st.text())
def test_any_text(text: str) -> None:
    assert set(find_topics(text)) <= LABELS
