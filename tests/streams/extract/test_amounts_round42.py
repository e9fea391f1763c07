"""Round amounts-r42: a number after a field name and a colon is the field's value, not a label."""

import pytest

from streams.extract.amounts import find_amounts


def values(text: str) -> list[float]:
    return [a.value for a in find_amounts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وحدد الجدول الأجور كما يلي، الراتب: 1200 والعلاوة: 300", [1200, 300]),
        ("معلوم الفحص الفني: 16500 ثم معلوم إعادة الفحص: 9000", [16500, 9000]),
        ("الإنتاج المتوقع من المشمش : 1200 طن", [1200]),
    ],
)
def test_a_field_and_its_value(text: str, expected: list[float]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ويشترط ما يلي: 1- أن يكون المتقدم مواطنا",
        "وفق الشروط التالية :1ـ أن يكون المتقدم مواطنا",
        "الاتصال بأرقام النجدة التالية: 193 للحرس و197 للشرطة",
        "(وبشرى للمسلمين) النحل: 102.",
        "(سورة الكهف، الآية: 110)",
        "وصلت الفرقة 30 إلى المدينة",
    ],
)
def test_lists_citations_and_labels_stay_out(text: str) -> None:
    assert 102 not in values(text) and 110 not in values(text) and 30 not in values(text) and 1 not in values(text) \
        and 193 not in values(text)
