"""Things that never speak: abstract subjects of a speech verb, and كشف read as a noun.

A quotation is words said by someone (a person, a body, a written source such as a report, a study, statistics).
The writer's own argument dressed as a saying (تقول الأرقام إن، الحقيقة تؤكد أن، التاريخ يقول إن، تجاربنا تؤكد أن،
وأشارت التفاصيل إلى أن) reports no one's words, and كشف before an adjective or a noun in construct is a noun (كشف
طبي، كشف درجات: a medical check, a list of grades), not the verb "revealed".
"""

from __future__ import annotations

import re
from functools import cache

from .tokens import WORD_RE, _f

# Abstract heads that never speak (bare of the article): reality, facts, numbers, details, experience, history,
# logic, events, evidence, indicators, the matter. Written sources (تقرير، دراسة، إحصائيات، بيانات، نتائج، معلومات،
# تحقيقات) are not here: they report.
SILENT_HEADS = ("حقيقة", "حقائق", "واقع", "تفاصيل", "أرقام", "تاريخ", "منطق", "تجربة", "تجارب", "أحداث",
                "وقائع", "شواهد", "أدلة", "دلائل", "ظواهر", "مؤشرات", "أمر", "عقل", "مشهد")
# Words of the subject that make the thing a source given by someone (الأرقام الرسمية، الأرقام التي أوردتها البعثة،
# المؤشرات الصادرة عن وزارة العدل، التفاصيل التي ذكرها شهود العيان): it speaks for them.
SOURCED = ("التي", "الذي", "الصادرة", "الصادر", "الرسمية", "الواردة", "المعلنة", "المنشورة")
# Words after كشف that make it a noun: an adjective or a noun in construct (كشف طبي، كشف درجات، كشف حساب).
KASHF_NOUN_NEXT = ("طبي", "الطبي", "طبيا", "درجات", "الدرجات", "دوري", "ميداني", "حساب", "الحساب", "حسابات",
                   "حضور", "الحضور", "غياب", "الغياب", "مبدئي")
POSSESSIVES = ("نا", "هم", "ها", "ه")  # واقعنا، تجاربهم، تاريخها
SOURCED_REACH = 2  # words after the mention that may say who gave the thing (الرسمية التي)
KASHF_REACH = 24  # characters after كشف to find the next word
ABSTRACT_ALONE = ("عقل", "أمر")  # a first name (عقل بلتاجي) or an order (أمر ملكي) without the article
# Quantifiers before the abstract head (تشير جلّ المؤشرات، كل الأرقام تؤكد): the head is still the thing.
QUANTIFIERS = ("جل", "جلّ", "كل", "معظم", "أغلب", "غالبية", "كافة", "جميع", "مختلف", "بعض")


@cache
def _silent_heads() -> frozenset[str]:
    return frozenset(_f(w) for w in SILENT_HEADS)


@cache
def _sourced() -> frozenset[str]:
    return frozenset(_f(w) for w in SOURCED)


@cache
def _kashf_noun_next() -> frozenset[str]:
    return frozenset(_f(w) for w in KASHF_NOUN_NEXT)


@cache
def _quantifiers() -> frozenset[str]:
    return frozenset(_f(w) for w in QUANTIFIERS)


@cache
def _abstract_alone() -> frozenset[str]:
    return frozenset(_f(w) for w in ABSTRACT_ALONE)


def _bare(word: str) -> tuple[str, bool]:
    """The word without و/ف, the article or a possessive suffix, and whether it had the article or a suffix."""
    word = word.removeprefix("\u0648") if len(word) > 4 and word[0] == "\u0648" and word[1:3] == "\u0627\u0644" else word
    if word.startswith("\u0627\u0644"):
        return word[2:], True
    for suffix in POSSESSIVES:
        if word.endswith(suffix) and word[:-len(suffix)] in _silent_heads():
            return word[:-len(suffix)], True
    return word, False


def silent_subject(name: str, after: str = "") -> bool:
    """A speaker that is an abstract thing, not a source (الأرقام، الحقيقة، واقعنا، تجارب الماضي، التفاصيل): the
    writer's argument, no one's words; but a thing given by someone (الأرقام التي أوردتها البعثة: ``after``, the text
    right after the mention, opens with التي) reports."""
    words = WORD_RE.findall(_f(name))
    if not words or any(w in _sourced() for w in words + WORD_RE.findall(_f(after))[:SOURCED_REACH]):
        return False
    if len(words) > 1 and words[0] in _quantifiers():
        words = words[1:]  # جلّ المؤشرات، معظم الأرقام: the quantified head
    head, marked = _bare(words[0])
    if head == _f("لسان") and words[1:2] in ([_f("الحال")], [_f("حال")]):
        return True  # لسان الحال الأمريكي يقول إن: "the state of things says", an idiom, no one's words
    if head not in _silent_heads():
        return False
    return marked or head not in _abstract_alone()


def kashf_noun(folded: str, vm: re.Match[str]) -> bool:
    """كشف (also وكشف) right before an adjective or a noun in construct (نموذج كشف طبي، وكشف درجات معتمد): a
    noun, no verb of revealing."""
    if vm["verb"] != _f("كشف"):
        return False
    nxt = WORD_RE.match(folded[vm.end():vm.end() + KASHF_REACH].lstrip())
    return nxt is not None and nxt.group() in _kashf_noun_next()
