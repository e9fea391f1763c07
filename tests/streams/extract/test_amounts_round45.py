"""Round amounts-r45: a table's columns flattened into one run of numbers (as a scraper joins a table's
cells, or as the cleaner collapses the spaces between them) is a run of values, not a phone number
written in groups: no phone number has more than 15 digits (E.164). Constructed sentences."""

from __future__ import annotations

import pytest
from facts_rounds import amounts


@pytest.mark.parametrize(("text", "found"), [
    # two columns, flattened: every cell a value
    ("جدول الأجور: الصنف (أ) الأجر (دينار) 450 12 520 13 610 14 700 15 وذلك حسب القانون.",
     [("450", 450), ("12", 12), ("520", 520), ("13", 13), ("610", 610), ("14", 14), ("700", 700), ("15", 15)]),
    ("وتوزعت المقاعد على الدوائر كالتالي 120 35 98 27 110 31 حسب الإحصاء.",
     [("120", 120), ("35", 35), ("98", 98), ("27", 27), ("110", 110), ("31", 31)]),
    # guards: phone numbers in groups stay out, up to 15 digits
    ("وللاستفسار يمكن الاتصال على الرقم 81 10 77 77 طيلة اليوم.", []),
    ("وللاستفسار يمكن الاتصال على الرقم 0021 671 960 448 طيلة اليوم.", []),
])
def test_a_run_longer_than_any_phone_number_is_a_table_of_values(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found
