"""Per-source memory: lines a source repeats are learned as its boilerplate, within bounds,
as JSON values written back whole (a Faust table persists only what is assigned)."""

from __future__ import annotations

import copy
from collections import UserDict
from typing import Any

import orjson
import pytest
from conftest import P1, P2, P3, P4, MakeRaw

from streams.clean import DEFAULTS, CleanOptions, clean_article
from streams.clean.lines import make_lines
from streams.clean.memory import SourceMemory

AD_SLOT = "مساحة إعلانية"


class RecordingTable(UserDict[str, Any]):
    """A dict that records every assignment, like a changelog-backed table would."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[tuple[str, Any]] = []

    def __setitem__(self, key: str, value: Any) -> None:
        self.writes.append((key, orjson.dumps(value)))
        super().__setitem__(key, value)


def article_with_ad(make_raw: MakeRaw, n: int) -> Any:
    return make_raw([f"عنوان الخبر رقم {n} عن الأمطار", "", P1, P2, AD_SLOT, P3, P4], url=f"https://news.example/a/{n}")


def test_a_line_repeated_across_a_source_is_learned_and_removed(make_raw: MakeRaw) -> None:
    memory: dict[str, Any] = {}
    first = clean_article(article_with_ad(make_raw, 0), memory=memory)
    assert AD_SLOT in first.text
    for n in range(1, 4):
        clean_article(article_with_ad(make_raw, n), memory=memory)
    later = clean_article(article_with_ad(make_raw, 4), memory=memory)
    assert AD_SLOT not in later.text
    assert {r.text: r.reason for r in later.removed} == {AD_SLOT: "boilerplate"}


def test_what_one_source_learns_does_not_touch_another(make_raw: MakeRaw) -> None:
    memory: dict[str, Any] = {}
    for n in range(5):
        clean_article(article_with_ad(make_raw, n), memory=memory)
    other = make_raw(["عنوان آخر", "", P1, P2, AD_SLOT, P3, P4], source="other.example")
    assert AD_SLOT in clean_article(other, memory=memory).text


def test_an_exact_duplicate_article_teaches_nothing(make_raw: MakeRaw) -> None:
    memory: dict[str, Any] = {}
    for _ in range(5):
        clean_article(article_with_ad(make_raw, 0), memory=memory)
    assert memory["news.example"]["n"] == 1


def test_every_change_is_written_back_as_a_new_json_value(make_raw: MakeRaw) -> None:
    table = RecordingTable()
    for n in range(3):
        clean_article(article_with_ad(make_raw, n), memory=table)
    assert [key for key, _ in table.writes] == ["news.example"] * 3
    assert [orjson.loads(v)["n"] for _, v in table.writes] == [1, 2, 3]


def test_a_stored_state_is_never_mutated_in_place(make_raw: MakeRaw) -> None:
    memory: dict[str, Any] = {}
    clean_article(article_with_ad(make_raw, 0), memory=memory)
    before = memory["news.example"]
    snapshot = copy.deepcopy(before)
    clean_article(article_with_ad(make_raw, 1), memory=memory)
    assert before == snapshot and memory["news.example"] is not before


def test_the_state_of_a_source_stays_bounded(make_raw: MakeRaw) -> None:
    memory: dict[str, Any] = {}
    for n in range(120):
        lines = [f"عنوان {n}", "", P1, P2] + [f"رابط قصير رقم {n} و{k} هنا" for k in range(6)]
        clean_article(make_raw(lines, url=f"https://news.example/b/{n}"), memory=memory)
    state = memory["news.example"]
    assert len(state["fp"]) <= DEFAULTS.max_fingerprints + DEFAULTS.slack
    assert len(orjson.dumps(state)) < 30_000


def test_without_memory_nothing_is_learned_or_written(make_raw: MakeRaw) -> None:
    state = SourceMemory(None, "news.example")
    lines = make_lines(["إعلان", "أقسام"])
    state.learn(lines, article_key="x")
    assert not state.is_boilerplate(lines[0])


@pytest.mark.parametrize("damaged", [None, 3, "x", {"v": 99}, {"v": 1, "n": "a", "fp": {}, "recent": []}])
def test_a_damaged_state_starts_afresh(damaged: Any) -> None:
    state = SourceMemory({"s": damaged}, "s")
    assert state.articles == 0


def test_damaged_entries_count_as_unseen(make_raw: MakeRaw) -> None:
    memory: dict[str, Any] = {"news.example": {"v": 1, "n": 9, "fp": {"zz": "bad", "yy": [1]}, "recent": [3]}}
    article = clean_article(article_with_ad(make_raw, 0), memory=memory)
    assert AD_SLOT in article.text and memory["news.example"]["n"] == 10


def test_counts_decay_so_an_old_template_is_forgotten() -> None:
    options = CleanOptions(decay_every=20)
    memory: dict[str, Any] = {}
    line = make_lines(["شارك الخبر"])
    for n in range(19):
        SourceMemory(memory, "s", options=options).learn(line if n < 10 else [], article_key=str(n))
    before = memory["s"]["fp"]
    SourceMemory(memory, "s", options=options).learn([], article_key="last")
    after = memory["s"]["fp"]
    [key] = before
    assert before[key][0] == 10 and after[key][0] == 5


def test_options_set_how_soon_a_line_is_learned(make_raw: MakeRaw) -> None:
    memory: dict[str, Any] = {}
    eager = CleanOptions(min_count=1)
    clean_article(article_with_ad(make_raw, 0), memory=memory, options=eager)
    assert AD_SLOT not in clean_article(article_with_ad(make_raw, 1), memory=memory, options=eager).text


@pytest.mark.parametrize(("articles", "learned"), [(10, True), (60, False)])
def test_a_longer_line_must_recur_in_a_share_of_the_articles(articles: int, learned: bool) -> None:
    memory: dict[str, Any] = {}
    notice = make_lines(["للتواصل مع التحرير أرسل رسالة قصيرة"])
    for n in range(articles):
        seen = n in (0, 1, 2)  # three times, at the start of the stream
        SourceMemory(memory, "s").learn(notice if seen else [], article_key=str(n))
    assert SourceMemory(memory, "s").is_boilerplate(make_lines([notice[0].text])[0]) is learned


def test_a_one_word_line_needs_only_the_count() -> None:
    memory: dict[str, Any] = {}
    slot = make_lines(["إعلان"])
    for n in range(60):
        SourceMemory(memory, "s").learn(slot if n in (0, 1, 2) else [], article_key=str(n))
    assert SourceMemory(memory, "s").is_boilerplate(make_lines(["إعلان"])[0])
