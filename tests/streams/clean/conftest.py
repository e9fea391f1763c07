"""Helpers for the clean stage tests: raw articles built from Arabic lines."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from streams.records import RawArticle

MakeRaw = Callable[..., RawArticle]

# Prose paragraphs written for these tests (not taken from any corpus).
P1 = "أعلنت البلدية صباح اليوم إغلاق ثلاثة طرق رئيسية في وسط المدينة بسبب تجمع مياه الأمطار في الأنفاق."
P2 = "وقال المتحدث باسم الدفاع المدني إن الفرق الميدانية تعاملت مع أكثر من أربعين بلاغاً منذ الفجر دون تسجيل إصابات."
P3 = "ودعت الجهات المختصة السكان إلى تجنب الأودية ومجاري السيول ومتابعة التنبيهات الصادرة عن مركز الأرصاد."
P4 = "وتوقع المركز استمرار الحالة الممطرة حتى نهاية الأسبوع مع رياح نشطة قد تحد من مدى الرؤية على الطرق السريعة."
TITLE = "أمطار غزيرة تغلق طرقاً في المدينة"


@pytest.fixture
def make_raw() -> MakeRaw:
    """A factory: ``make_raw(lines_or_body, **fields)`` → a text/plain raw article."""

    def make(body: str | list[str], **fields: Any) -> RawArticle:
        text = "\n".join(body) if isinstance(body, list) else body
        fields.setdefault("url", "https://news.example/local/rain")
        fields.setdefault("source", "news.example")
        return RawArticle(body=text, **fields)

    return make
