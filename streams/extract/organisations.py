"""Organisation names the tagger misses or cuts, found by their heads and tails.

A ministry or a party is named by its head and a definite noun in construct (وزارة الدفاع،
حزب القوات), a ministry's portfolio by the adjectives that agree with it (وزارة الشؤون
الاجتماعية); a news agency by وكالة … للأنباء and a radio station by … أف أم, whatever the
tagger made of the words inside (often places). Each rule works on folded tokens and the
article's mentions (:class:`.canonical.Mention`) before canonical forms are made.
"""

from __future__ import annotations

from functools import cache

from .canonical import COMMAS, NAME_LINKS, Mention, canonical_text
from .clitics import AL, PROCLITICS, clitic_length, name_cut
from .ner_tokens import SENTENCE_END, Token, fold_word
from .nisba import nisba_country
from .places import link_place
from .stopwords import STOPWORDS

__all__ = ["headed_orgs", "ministry_adjectives", "named_after_royals", "news_agencies", "radio_stations",
           "royal_titles"]

MINISTRY = "\u0648\u0632\u0627\u0631\u0647"  # وزاره, folded وزارة
PARTY = "\u062d\u0632\u0628"  # حزب
ORG_HEADS = frozenset({MINISTRY, PARTY})  # a head + a definite noun in construct names the body
MASCULINE_ADJECTIVE, FEMININE_ADJECTIVE = "\u064a", "\u064a\u0647"  # ي, يه (ية folded)
TA_MARBUTA_FOLDED = "\u0647"  # ة folds to ه
AGENCY = "\u0648\u0643\u0627\u0644\u0647"  # وكاله, folded وكالة
AGENCY_TAIL = "\u0644\u0644\u0627\u0646\u0628\u0627\u0621"  # للانباء, folded للأنباء
FM = ("\u0627\u0641", "\u0627\u0645")  # اف ام, folded أف أم / إف إم
MAX_AGENCY_NAME = 4  # tokens between وكالة and للأنباء (وكالة يونهاب الكورية الجنوبية للأنباء)


def headed_orgs(tokens: list[Token], taken: set[int]) -> list[Mention]:
    """وزارة or حزب + a definite noun (+ a country's nisba): وزارة الدفاع الأمريكية، حزب القوات."""
    out = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if MINISTRY not in tok.form and PARTY not in tok.form:
            continue
        cut = clitic_length(tok.form) if tok.form.isalpha() else 0
        if i in taken or tok.form[cut:] not in ORG_HEADS or i + 1 >= n:
            continue
        nxt = tokens[i + 1].form
        if i + 1 in taken or not nxt.startswith(AL) or len(nxt) < 5 or nisba_country(nxt):
            continue
        j = i + 2
        if j < n and j not in taken and nisba_country(tokens[j].form) and clitic_length(tokens[j].form) == 0:
            j += 1
        out.append(Mention("ORG", i, j, cut))
        taken.update(range(i, j))
    return out


def news_agencies(
    tokens: list[Token], forms: frozenset[str], mentions: list[Mention], taken: set[int]
) -> list[Mention]:
    """وكالة + a name + للأنباء is one organisation (وكالة تونس افريقيا للأنباء), whatever the
    tagger made of the name inside (most often two places)."""
    if AGENCY_TAIL not in forms:
        return mentions
    found = []
    for i, tok in enumerate(tokens):
        cut = len(tok.form) - len(AGENCY)
        if not tok.form.endswith(AGENCY) or (cut and tok.form[:cut] not in PROCLITICS):  # لوكالة
            continue
        for j in range(i + 2, min(i + 2 + MAX_AGENCY_NAME, len(tokens))):
            if tokens[j].form == AGENCY_TAIL:
                found.append(Mention("ORG", i, j + 1, cut))
                break
            if tokens[j].form in SENTENCE_END or tokens[j].form in COMMAS:
                break
    return _override(mentions, found, taken)


def radio_stations(
    tokens: list[Token], forms: frozenset[str], mentions: list[Mention], taken: set[int]
) -> list[Mention]:
    """A name + أف أم is one radio station (الجوهرة أف أم، موزاييك إف إم), an organisation: the
    tagger leaves it out or calls it MISC."""
    if FM[0] not in forms:
        return mentions
    found = []
    for i in range(1, len(tokens) - 1):
        if tokens[i].form != FM[0] or tokens[i + 1].form != FM[1]:
            continue
        name = tokens[i - 1].form
        if not name.isalpha() or canonical_text(name) in STOPWORDS:
            continue
        found.append(Mention("ORG", i - 1, i + 2, name_cut(name)))
    return _override(mentions, found, taken)


# Bodies and places named after a king or a prince (جامعة الملك سعود، مطار الملك عبدالعزيز الدولي): the head, the
# title, the name, then the body's own adjectives and field. Places where one goes are LOC, the rest ORG.
NAMESAKE_ORGS = ("جامعة", "مركز", "مستشفى", "مؤسسة", "كلية", "معهد", "مكتبة", "جائزة", "برنامج", "مدرسة", "مجمع",
                 "صندوق", "كرسي", "دارة", "هيئة", "مشروع")
NAMESAKE_PLACES = ("مطار", "ميناء", "شارع", "طريق", "ملعب", "استاد", "جسر", "حديقة", "قاعدة", "جامع", "مسجد", "قصر",
                   "مدينة", "ميدان", "كورنيش", "منتزه", "نفق")
ROYAL_TITLES = ("الملك", "الأمير", "الأميرة", "الشيخ", "السلطان", "الإمام")
MAX_NAMESAKE_TAIL = 3  # الدولي؛ للعلوم والتقنية: the adjectives and field after the name
MAX_NAMESAKE_NAME = 6  # محمد بن عبدالعزيز: the words of the name after the title


def named_after_royals(
    tokens: list[Token], forms: frozenset[str], mentions: list[Mention], taken: set[int]
) -> list[Mention]:
    """A body or a place named after a king or a prince is one entity (مركز الملك فهد الثقافي، مطار الملك خالد
    الدولي), not a person: the tagger reads the name inside as one (فهد، عبدالعزيز الدولي)."""
    titles = royal_titles()
    if not titles & forms:
        return mentions
    heads = _namesake_heads()
    people = {m.i: m for m in mentions if m.type == "PERS"}
    found = []
    n = len(tokens)
    for i in range(n - 2):
        form = tokens[i].form
        cut = clitic_length(form) if form.isalpha() else 0
        kind = heads.get(form[cut:]) or heads.get(form)
        if kind is None or tokens[i + 1].form not in titles or not tokens[i + 2].form.isalpha():
            continue
        cut = 0 if form in heads else cut
        if canonical_text(tokens[i + 2].form) in STOPWORDS:
            continue
        person = people.get(i + 2)
        j = i + 3
        while person is not None and j < min(person.j, i + 2 + MAX_NAMESAKE_NAME) and (
                tokens[j].form in NAME_LINKS or tokens[j - 1].form in NAME_LINKS or _name_word(tokens[j].form)):
            j += 1  # الإمام محمد بن سعود; not فهد | بالظهران، عبدالعزيز الدولي | صاحب السمو (the tagger's span run on)
        while tokens[j - 1].form in NAME_LINKS and j - 1 > i + 2:
            j -= 1  # (a name cut after بن or آل ends before it)
        j = _namesake_tail(tokens, j)
        found.append(Mention(kind, i, j, cut))
    return _override(mentions, found, taken)


def _name_word(form: str) -> bool:
    """A word that may go on a namesake's name: no preposition or article glued to it (بالظهران، الدولي), no
    honorific (صاحب السمو)."""
    return form.isalpha() and not form.startswith((AL, "\u0628\u0627\u0644", "\u0644\u0644", "\u0644\u0627\u0644")) \
        and form not in _honorifics() and canonical_text(form) not in STOPWORDS \
        and not (form[:1] in "\u0628\u0644" and link_place(form[1:]) is not None)  # بتبوك، بحائل: the body's town


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(fold_word(w) for w in ("صاحب", "صاحبة", "خادم", "سمو", "معالي"))


def _namesake_tail(tokens: list[Token], j: int) -> int:
    """The end of a namesake's tail from ``j``: its definite adjectives (الدولي، التخصصي، الاقتصادية), not a country's,
    then its field in لل with one word more (للعلوم والتقنية، للتنمية الإنسانية)."""
    n = len(tokens)
    start = j
    while j < n and j - start < MAX_NAMESAKE_TAIL and _adjective(tokens[j].form):
        j += 1
    if j < n and tokens[j].form.startswith("\u0644\u0644") and len(tokens[j].form) >= 5:
        j += 1
        if j < n and (tokens[j].form.startswith("\u0648\u0627\u0644") or _adjective(tokens[j].form)):
            j += 1
    return j


def _adjective(form: str) -> bool:
    return form.startswith(AL) and form.endswith((MASCULINE_ADJECTIVE, FEMININE_ADJECTIVE)) and len(form) >= 5 \
        and nisba_country(form) is None


@cache
def royal_titles() -> frozenset[str]:
    """الملك، الأمير، الإمام … (folded): a name follows, never a nationality (الأمير تركي)."""
    return frozenset(fold_word(w) for w in ROYAL_TITLES)


@cache
def _namesake_heads() -> dict[str, str]:
    """Folded heads of a namesake body (ORG) or place (LOC)."""
    return {**{fold_word(w): "ORG" for w in NAMESAKE_ORGS}, **{fold_word(w): "LOC" for w in NAMESAKE_PLACES}}


def _override(mentions: list[Mention], found: list[Mention], taken: set[int]) -> list[Mention]:
    """``found`` in place of the mentions it overlaps (a rule that knows better than the tagger)."""
    if not found:
        return mentions
    inside = {k for m in found for k in range(m.i, m.j)}
    kept = [m for m in mentions if not any(k in inside for k in range(m.i, m.j))] + found
    taken.clear()
    taken.update(k for m in kept for k in range(m.i, m.j))
    return kept


def ministry_adjectives(tokens: list[Token], mentions: list[Mention], taken: set[int]) -> None:
    """A ministry's portfolio keeps its definite adjectives (وزارة الشؤون الاجتماعية، وزارة التعليم
    العالي، وزارة الوظيفة العمومية); a country's nisba after them is :func:`.entities._extend_with_nisba`'s.
    Not a party's name: in ميليشيا حزب الله الشيعية the adjective is the militia's."""
    for m in mentions:
        if m.type != "ORG" or m.j - m.i < 2 or tokens[m.i].form[m.cut :] != MINISTRY:
            continue
        while m.j < len(tokens) and m.j not in taken and _agrees(tokens[m.j - 1].form, tokens[m.j].form):
            taken.add(m.j)
            m.j += 1


def _agrees(noun: str, form: str) -> bool:
    """``form`` is ال + a relative adjective agreeing with ``noun`` (feminine ية after a noun in ة
    or after الشؤون, masculine ي after another), not a country's nisba: وزارة التربية اليعقوبي is
    the ministry and a surname."""
    feminine = noun.endswith(TA_MARBUTA_FOLDED) or noun in _feminine_plurals()
    ending = FEMININE_ADJECTIVE if feminine else MASCULINE_ADJECTIVE
    return (form.startswith(AL) and len(form) >= 5 and form.endswith(ending)
            and clitic_length(form) == 0 and nisba_country(form) is None)


@cache
def _feminine_plurals() -> frozenset[str]:
    """Portfolios in a plural of things, which take a feminine adjective (الشؤون الاجتماعية)."""
    return frozenset(fold_word(w) for w in ("الشؤون", "الشئون"))
