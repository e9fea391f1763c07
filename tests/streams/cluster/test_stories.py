"""The story index: exact and near copies linked to the earlier article, hop by hop."""

from __future__ import annotations

import pytest

from streams.cluster import cluster_article, enter, visit
from streams.cluster.minhash import BANDS, NUM_PERM, band_keys, signature, similarity
from streams.cluster.stories import NEAR
from streams.records import (
    EnrichedArticle,
    ExtractedArticle,
    StoryProbe,
    decode,
    encode,
)

SENTENCES = [
    "أعلنت وزارة الصحة في العاصمة عن افتتاح مستشفى جديد يضم مئتي سرير في الحي الشمالي من المدينة.",
    "وقال الوزير في مؤتمر صحفي إن المستشفى سيخدم أكثر من نصف مليون نسمة في المنطقة المحيطة.",
    "وأضاف أن العمل في المشروع استمر ثلاث سنوات بتكلفة بلغت عشرين مليون دولار من ميزانية الدولة.",
    "وأشار إلى أن الوزارة تعتزم بناء مستشفيين آخرين في الجنوب خلال العامين المقبلين.",
    "ومن المنتظر أن يبدأ المستشفى استقبال المرضى مطلع الشهر المقبل بعد اكتمال تجهيز الأقسام.",
    "وكانت المنطقة تعاني من نقص حاد في الخدمات الصحية منذ سنوات طويلة بحسب تقارير محلية.",
]
OTHER = (
    "فاز الفريق المحلي على ضيفه بهدفين مقابل هدف واحد في المباراة التي جرت مساء أمس على الملعب البلدي. "
    "وسجل المهاجم الهدف الأول في الدقيقة العاشرة قبل أن يعادل الضيوف النتيجة في الشوط الثاني. "
    "وبهذا الفوز يرتقي الفريق إلى المركز الثالث في جدول الترتيب برصيد عشرين نقطة."
)


def article(id_: str, text: str) -> ExtractedArticle:
    return ExtractedArticle(
        id=id_, url=f"https://news.example/{id_}", canonical_url=f"https://news.example/{id_}",
        source="news.example", title="", lead="", text=text, lang="ar",
    )


ORIGINAL = " ".join(SENTENCES)
REPRINT = "الرياض - واس: " + " ".join(SENTENCES[:-1]) + " وتابع المسؤول أن الافتتاح الرسمي سيكون بحضور المحافظ."


def test_signatures_estimate_similarity() -> None:
    a, b, c = signature(ORIGINAL), signature(REPRINT), signature(OTHER)
    assert len(a) == NUM_PERM and len(band_keys(a)) == BANDS
    assert similarity(a, a) == 1.0
    assert similarity(a, b) >= NEAR
    assert similarity(a, c) <= 0.2
    assert signature("") == [] and band_keys([]) == [] and similarity([], a) == 0.0


def test_the_first_article_is_its_own_story() -> None:
    out = cluster_article(article("a" * 16, ORIGINAL), seen={})
    assert isinstance(out, EnrichedArticle)
    assert out.story.cluster_id == "a" * 16 and out.story.duplicate_of is None and out.story.kind is None
    assert out.pipeline.versions["cluster"] == "cluster.v2"


def test_an_exact_copy_and_a_near_copy_join_the_first_article() -> None:
    seen: dict[str, str] = {}
    first = cluster_article(article("a" * 16, ORIGINAL), seen=seen)
    exact = cluster_article(article("b" * 16, ORIGINAL.replace("أعلنت", "اعلنت")), seen=seen)
    near = cluster_article(article("c" * 16, REPRINT), seen=seen)
    other = cluster_article(article("d" * 16, OTHER), seen=seen)
    assert (exact.story.kind, exact.story.duplicate_of, exact.story.similarity) == ("exact", first.id, 1.0)
    assert near.story.kind == "near" and near.story.duplicate_of == first.id and near.story.cluster_id == first.id
    assert 0.6 <= near.story.similarity < 1.0
    assert other.story.cluster_id == other.id and other.story.kind is None


def test_a_copy_of_a_near_copy_stays_in_the_first_cluster() -> None:
    seen: dict[str, str] = {}
    first = cluster_article(article("a" * 16, ORIGINAL), seen=seen)
    near = cluster_article(article("c" * 16, REPRINT), seen=seen)
    again = cluster_article(article("e" * 16, REPRINT), seen=seen)
    assert near.story.cluster_id == first.id
    assert again.story.kind == "exact" and again.story.duplicate_of == near.id and again.story.cluster_id == first.id


def test_reprocessing_an_article_does_not_make_it_its_own_copy() -> None:
    seen: dict[str, str] = {}
    cluster_article(article("a" * 16, ORIGINAL), seen=seen)
    again = cluster_article(article("a" * 16, ORIGINAL), seen=seen)
    assert again.story.duplicate_of is None and again.story.cluster_id == "a" * 16


def run(probe: StoryProbe | EnrichedArticle, index: dict[str, str]) -> tuple[EnrichedArticle, int]:
    hops = 0
    while isinstance(probe, StoryProbe):
        probe = decode(StoryProbe, encode(probe))  # every hop goes through Kafka as JSON
        probe = visit(probe, index)
        hops += 1
    return probe, hops


def test_hops_follow_the_grouping_and_give_the_same_story() -> None:
    def halves(keys: list[str]) -> list[list[str]]:
        return [keys[: len(keys) // 2], keys[len(keys) // 2 :]]

    index: dict[str, str] = {}
    first, hops = run(enter(article("a" * 16, ORIGINAL), group=halves), index)
    assert hops == 3  # content, two band groups
    near, hops = run(enter(article("c" * 16, REPRINT), group=halves), index)
    assert hops == 5  # content, two band groups, verify the candidate, record the story
    assert near.story.kind == "near" and near.story.duplicate_of == first.id


def test_the_earlier_article_is_the_original_when_copies_interleave() -> None:
    index: dict[str, str] = {}
    a = visit(enter(article("a" * 16, ORIGINAL), now=1.0), index)  # both pass their content hop
    b = visit(enter(article("c" * 16, REPRINT), now=2.0), index)
    earlier, _ = run(a, index)  # then the earlier one reaches the bands first
    later, _ = run(b, index)
    assert later.story.duplicate_of == earlier.id and later.story.kind == "near"
    assert earlier.story.duplicate_of is None


def test_bands_taken_by_a_later_copy_pass_to_the_earlier_one() -> None:
    index: dict[str, str] = {}
    a = visit(enter(article("a" * 16, ORIGINAL), now=1.0), index)
    b = visit(enter(article("c" * 16, REPRINT), now=2.0), index)
    later, _ = run(b, index)  # the later copy reaches the bands first: it cannot see the earlier one
    earlier, _ = run(a, index)
    assert later.story.duplicate_of is None and earlier.story.duplicate_of is None
    third, _ = run(enter(article("e" * 16, ORIGINAL + " وانتهى المؤتمر."), now=3.0), index)
    assert third.story.duplicate_of == earlier.id


@pytest.mark.parametrize("text", ["", "كلمة", "١٢٣ ٤٥٦", "\u200f\u200e", "a b"])
def test_short_texts_are_their_own_story(text: str) -> None:
    out = cluster_article(article("f" * 16, text), seen={})
    assert out.story.cluster_id == "f" * 16
