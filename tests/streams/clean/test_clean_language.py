"""Language detection without a model: script first, then the letters each language of the
Arabic script uses; and what non-Arabic articles get (cleaned and passed on, with ``lang``)."""

from __future__ import annotations

import pytest
from conftest import P1, P2, MakeRaw

from streams.clean import clean_article
from streams.clean.language import detect_language

PERSIAN = "سخنگوی سازمان هواشناسی گفت که این سامانه بارشی تا پایان هفته ادامه خواهد داشت و از شهروندان خواست از سفرهای غیرضروری پرهیز کنند."
URDU = "محکمہ موسمیات کے ترجمان نے کہا ہے کہ بارشوں کا یہ سلسلہ ہفتے کے آخر تک جاری رہے گا اور شہریوں کو غیر ضروری سفر سے گریز کرنا چاہیے۔"
PASHTO = "د هوا پېژندنې ادارې ویاند وویل چې دا باران به د اونۍ تر پایه دوام ومومي او خلک دې له غیر ضروري سفرونو ډډه وکړي."
KURDISH = "وتەبێژی بەڕێوەبەرایەتی کەشناسی ڕایگەیاند کە ئەم بارانە تا کۆتایی هەفتە بەردەوام دەبێت و داوا لە هاوڵاتیان دەکات."
ENGLISH = "The civil defence spokesman said teams had responded to more than forty calls since dawn and that the roads would reopen within hours."
FRENCH = "Le porte-parole de la protection civile a indiqué que les équipes sont intervenues plus de quarante fois depuis l'aube dans la ville."


@pytest.mark.parametrize(
    ("text", "lang"),
    [(P1, "ar"), (PERSIAN, "fa"), (URDU, "ur"), (PASHTO, "ps"), (KURDISH, "ku"), (ENGLISH, "en"), (FRENCH, "fr")],
)
def test_detects_the_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_arabic_with_a_few_latin_names_is_arabic() -> None:
    assert detect_language(f"{P1} Apple iPhone FIFA") == "ar"


def test_arabic_typed_with_a_persian_keyboard_yeh_is_still_arabic() -> None:
    assert detect_language(P2.replace("\u064a", "\u06cc", 2)) == "ar"


@pytest.mark.parametrize("text", ["", "12 34", "ok"])
def test_too_little_text_is_undetermined(text: str) -> None:
    assert detect_language(text) == "und"


def test_the_hint_is_used_only_when_the_text_cannot_tell() -> None:
    assert detect_language("ok", hint="en") == "en"
    assert detect_language(P1, hint="en") == "ar"


def test_a_persian_article_is_cleaned_and_passed_on_with_its_language(make_raw: MakeRaw) -> None:
    article = clean_article(make_raw(["باران در تهران", "", PERSIAN, PERSIAN.replace("هفته", "ماه"), "", "صفحه اصلی"]))
    assert article.lang == "fa"
    assert article.text.startswith("سخنگوی") and [r.text for r in article.removed] == ["صفحه اصلی"]


def test_an_english_article_is_passed_on_with_its_language(make_raw: MakeRaw) -> None:
    article = clean_article(make_raw(["Rain closes roads", "", ENGLISH]))
    assert article.lang == "en" and article.text == ENGLISH
