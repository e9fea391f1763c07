"""The tokens of a speaker region (the words between a speech verb and its reported words):
blessings (حفظه الله) and dashed asides dropped, bracketed names kept, names after a title re-read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..ner_lexicon import first_names as _first_names
from .names import (
    GLUED_NAME_HEADS,
    NAME_SENTINEL,
    PREPOSITION_ALA,
    PRONOUN_SUFFIXES,
    _ambiguous_names,
    _chain_prepositions,
    _common_noun,
    _derived_verbal_noun,
    _father_name,
    _is_name_token,
    _known_common_word,
    _members,
    _name_links,
    _nisba,
    _object_heads,
    _occasions,
    _periods,
    _plausible_start,
)
from .titles import (
    _glued_title,
    _honorifics,
    _institution_head,
    _is_title,
    _media,
    _office,
    _person_title,
    _ranks,
    _royal,
)
from .tokens import (
    AR,
    ARABIC_COMMA,
    BRACKETED_RE,
    DASHED_RE,
    QUOTE_CHARS,
    SEPARATORS,
    TOKEN_RE,
    WORD_RE,
    _f,
)
from .words import _definite, _stops, _time_leads

ALLAH = "\u0627\u0644\u0644\u0647"  # الله folded
SEMICOLON = "\u061b"
# The subject's tokens: a semicolon in it parts a name from its description like a comma (فلان؛ الشريك المؤسس).
REGION_TOKEN_RE = re.compile(f"{TOKEN_RE.pattern}|{SEMICOLON}")


@cache
def _quantifiers() -> frozenset[str]:
    return frozenset(_f(w) for w in ("عدد", "العديد", "بعض", "أحد", "إحدى", "مجموعة", "عشرات", "مئات", "آلاف",
                                     "كثير", "الكثير"))  # كثير من المراقبين: the many, with whom they are


@cache
def _anonymous() -> frozenset[str]:
    return frozenset(_f(w) for w in ("مصدر", "مصادر", "مسؤول", "مسؤولون", "شاهد", "شهود", "متحدث", "ناطق"))


def _accusative_anonymous(word: str) -> bool:
    """مسؤولا، مصدرا، متحدثا، مسؤولين: an unnamed source in the accusative, as إلا أن and لكنّ put their subject (إلا
    أن مسؤولا آخر في المجلس أشار إلى أن), or the plural after a preposition (نقلت الوكالة عن مسؤولين في الشرطة)."""
    return word.endswith("\u0627") and word[:-1] in _anonymous() or word == _f("مسؤولين")


@cache
def _partitives() -> frozenset[str]:
    """One of (أحد الحاضرين، إحدى المعلمات): the head of a described speaker."""
    return frozenset(_f(w) for w in ("أحد", "إحدى"))


def _dashed_aside(between: str) -> bool:
    """A stretch between dashes of one to four words that opens on no name (–ربة منزل-): an aside describing
    the one named, dropped like words in brackets (but المعتكفة -زينب اليعقوب-: the name itself)."""
    words = WORD_RE.findall(between)
    return 1 <= len(words) <= 4 and not _plausible_start(words[0])


_DAY_BEFORE_RE = re.compile(f"\\s+(?:{_f('من')}\\s+)?{_f('أمس')}(?![{AR}])")  # (أول) أمس، (أول) من أمس


@cache
def _ranks_with_grade() -> frozenset[str]:
    """Ranks that take أول as a grade (الملازم أول، رقيب أول، عريف أول): أول is part of the rank, no name."""
    return frozenset(_f(w) for w in ("ملازم", "الملازم", "رقيب", "الرقيب", "عريف", "العريف", "جندي", "الجندي"))


@cache
def _compound_rank_heads() -> frozenset[str]:
    """Western ranks that head a compound rank (اللفتنانت كولونيل، الميجر جنرال): the word after them is the rank's
    second half, no name (جنرال alone stays a name word: جنرال موتورز)."""
    return frozenset(_f(w) for w in ("اللفتنانت", "لفتنانت", "الليفتنانت", "ليفتنانت", "الميجر", "ميجر", "الميجور",
                                     "ميجور"))


@cache
def _military_ranks() -> frozenset[str]:
    """Military and police ranks, with and without the article, that a service word may follow (النقيب بحري)."""
    ranks = ("نقيب", "عقيد", "عميد", "لواء", "رائد", "مقدم", "ملازم", "رقيب", "عريف", "فريق", "جندي")
    return frozenset(_f(w) for r in ranks for w in (r, "ال" + r))


@cache
def _services() -> frozenset[str]:
    """The service or branch written after a rank (النقيب بحري، العقيد طيار، اللواء ركن، المقدم جوي): part of the
    rank, never the first word of the holder's name."""
    return frozenset(_f(w) for w in ("بحري", "بحرى", "جوي", "جوى", "طيار", "ركن"))


def _region_tokens(folded: str, start: int, end: int, semicolons: bool = False) -> list[tuple[str, int, int]]:
    """Tokens of the subject region; an addressee written as ل + a quoted name (لـ"الجوهرة
    اف أم"), words in brackets (سيونغ (71 عاما)) and a short aside between dashes (–ربة منزل-) are dropped whole.
    With ``semicolons`` (the words between a verb and its reported words), a semicolon reads as a comma."""
    out: list[tuple[str, int, int]] = []
    skipping = False
    brackets = [b.span() for b in BRACKETED_RE.finditer(folded, start, end) if not _bracketed_name(folded, *b.span())] \
        + [d.span() for d in DASHED_RE.finditer(folded, start, end) if _dashed_aside(d.group())]
    for m in (REGION_TOKEN_RE if semicolons else TOKEN_RE).finditer(folded, start, end):
        tok = ARABIC_COMMA if m.group() == SEMICOLON else m.group()  # فلان؛ تاجر جلود: an apposition, as after a comma
        if brackets and any(a < m.start() < b for a, b in brackets):
            continue
        if skipping:
            if tok in QUOTE_CHARS:
                skipping = False
            continue
        if tok in QUOTE_CHARS and out and out[-1][0] == "\u0644":
            out.pop()
            skipping = True
            continue
        if len(tok) <= 2 and out and tok not in _stops() and (
                out[-1][0] == "\u0644" and out[-1][2] - out[-1][1] == 1 and m.start() - out[-1][1] <= 8
                or len(out[-1][0]) == 3 and out[-1][0][:1] == "\u0644" and out[-1][0][:2] != "\u0644\u0644"):
            out[-1] = ("\u0644", out[-1][1], out[-1][1] + 1)  # لبي بي سي: an outlet's letters after ل, the addressee
            continue  # (not ليو تيونج لاي في بيان: في is a preposition, no letter of an outlet)
        if tok == _f("أول") and (out and out[-1][0] in _ranks_with_grade() or _DAY_BEFORE_RE.match(folded, m.end())):
            continue  # الملازم أول فلان (a grade of the rank), الوزارة أول أمس (a time, أمس then ends the subject)
        if tok in (_f("جنرال"), _f("كولونيل")) and out and out[-1][0] in _compound_rank_heads():
            continue  # اللفتنانت كولونيل فلان: the rank's second half
        if tok in _services() and out and out[-1][0] in _military_ranks():
            continue  # النقيب بحري فلان، العقيد طيار فلان: the rank's service, no name word
        cut = _glued_title(tok)
        if cut:  # الوزيرالسوري: a title and its adjective written without the space
            out.extend([(tok[:cut], m.start(), m.start() + cut), (tok[cut:], m.start() + cut, m.end())])
            continue
        out.append((tok, m.start(), m.end()))
    return _reread_time_names(_reread_names(_without_blessings(out)))


BLESSING_RE = re.compile(
    f"(?<![{AR}])(?:\u0635\u0644\u064a\\s+\u0627\u0644\u0644\u0647\\s+\u0639\u0644\u064a\u0647(?:\\s+\u0648\u0627\u0644\u0647)?\\s+\u0648\u0633\u0644\u0645"  # صلى الله عليه (وآله) وسلم
    f"|\u0637\u064a\u0628\\s+\u0627\u0644\u0644\u0647\\s+\u062b\u0631\u0627\u0647"  # طيب الله ثراه
    f"|(?:\u0631\u0636\u064a)\\s+\u0627\u0644\u0644\u0647\\s+\u0639\u0646(?:\u0647|\u0647\u0627|\u0647\u0645\u0627|\u0647\u0645)"
    f"|(?:\u062d\u0641\u0638|\u0631\u062d\u0645|\u0627\u064a\u062f)(?:\u0647|\u0647\u0627|\u0647\u0645\u0627|\u0647\u0645)\\s+\u0627\u0644\u0644\u0647)(?![{AR}])[\\s\\-\u2013]*$")
BLESSING_WORDS = frozenset({"\u0631\u0636\u064a"} | {v + p for v in ("\u062d\u0641\u0638", "\u0631\u062d\u0645", "\u0627\u064a\u062f")
                                           for p in ("\u0647", "\u0647\u0627", "\u0647\u0645\u0627", "\u0647\u0645")})


def _blessing_start(folded: str, line: int, pos: int) -> int:
    """Where a blessing formula that ends right before ``pos`` starts (رضي الله عنهما، حفظه الله، رحمه الله،
    صلى الله عليه وسلم), else ``pos``: it follows a name and is no part of it."""
    m = BLESSING_RE.search(folded, max(line, pos - 40), pos)
    if m is None:
        return pos
    start = m.start()
    while start > line and folded[start - 1] in " -\u2013":
        start -= 1
    return start


@cache
def _blessing_phrases() -> tuple[tuple[str, ...], ...]:
    """Folded formulas of blessing on the Prophet and the dead (صلى الله عليه وسلم، عليه الصلاة والسلام، طيب الله
    ثراه), longest first: words of piety after a name, or standing for it."""
    phrases = ("صلى الله عليه وآله وسلم", "صلى الله عليه وسلم", "عليه أفضل الصلاة والسلام",
               "عليه أفضل الصلوات والتسليم", "عليه الصلاة والسلام", "عليه السلام", "طيب الله ثراه")
    return tuple(sorted((tuple(_f(w) for w in p.split()) for p in phrases), key=len, reverse=True))


def _blessing_length(words: Sequence[str]) -> int:
    """How many of the folded ``words`` a blessing formula opening them takes (صلى الله عليه وسلم، عليه السلام،
    رحمه الله، رضي الله عنه), else 0: words of piety after a name, marking one cited, the Prophet or the dead."""
    phrase = next((p for p in _blessing_phrases() if tuple(words[:len(p)]) == p), None)
    if phrase is not None:
        return len(phrase)
    if len(words) >= 2 and words[0] in BLESSING_WORDS and words[1] == ALLAH:
        return 3 if words[0] == "\u0631\u0636\u064a" and len(words) > 2 and words[2].startswith("\u0639\u0646") else 2
    return 0


def _without_blessings(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Tokens without blessing formulas (حفظهم الله، رضي الله عنه، صلى الله عليه وسلم, read in folded form): words
    of piety after a name, never a name themselves."""
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(toks):
        n = _blessing_length([t[0] for t in toks[k:k + BLESSING_MAX_WORDS]])
        if n and (out or toks[k][0] in BLESSING_WORDS):
            k += n  # قال رسول الله صلى الله عليه وسلم: the Prophet, without the blessing (alone, قال عليه الصلاة
            continue  # والسلام, it stands for him: kept)
        out.append(toks[k])
        k += 1
    return out


BLESSING_MAX_WORDS = 5  # عليه أفضل الصلوات والتسليم، صلى الله عليه وآله وسلم


MAX_BRACKETED_OUTLET_WORDS = 4  # صحيفة (التايمز)، موقع (فوتبول إيطاليا)، محطة (سي.ان.ان ترك)


def _bracketed_name(folded: str, a: int, b: int) -> bool:
    """A name in brackets right after a person's title (الشاعر ( محمد الدحيمي )) or a medium's head noun (موقع
    (فوتبول إيطاليا)، محطة (سي.ان.ان ترك)): the name itself, not an aside like an age (سيونغ (71 عاما))."""
    words = folded[a + 1:b - 1].split()
    before = WORD_RE.findall(folded, max(0, a - 20), a)
    if not before or not folded[:a].rstrip().endswith(before[-1]):
        return False
    if before[-1] in _media():
        return 1 <= len(words) <= MAX_BRACKETED_OUTLET_WORDS and not any(c.isdigit() for c in folded[a:b])
    return 2 <= len(words) <= 4 and all(WORD_RE.fullmatch(w) for w in words) and words[0] in _first_names() \
        and _is_title(before[-1])


@cache
def _sons_of() -> frozenset[str]:
    """بن، ابن، بنت، أبو: the word after them is a name (بن علي), never the preposition على."""
    return frozenset(_f(w) for w in ("بن", "ابن", "بنت", "أبو", "أبي"))


ALI = "\u0639\u0644\u064a"  # علي as written with ي (not عليه: "on him")


@cache
def _stop_name_heads() -> frozenset[str]:
    """Stop words that open a compound first name with الله (ضيف الله، فضل الله): a name there, not the adverbial
    (ضيف البرنامج، فضل الدعم)."""
    return frozenset(_f(w) for w in ("ضيف", "فضل"))


def _office_field_before_name(toks: list[tuple[str, int, int]], k: int) -> bool:
    """An office's definite field right before ضيف الله / فضل الله with a name word after it (وأوضح مدير المستشفى ضيف
    الله سحيمان الشراري أن): the holder's first name follows his office, as علي does; not a guest of the body."""
    return k > 1 and _definite(toks[k - 1][0]) and _office(toks[k - 2][0]) and k + 2 < len(toks) \
        and (_is_name_token(toks[k + 2][0]) or toks[k + 2][0] in _name_links()
             or _definite(toks[k + 2][0]) and toks[k + 2][0].endswith("\u064a"))  # (ضيف الله الشراري)


@cache
def _this_that() -> frozenset[str]:
    """ذلك، هذا: a verb's demonstrative object before its subject (أوضح ذلك فلان، أكد هذا فلان)."""
    return frozenset(_f(w) for w in ("ذلك", "هذا"))


# Nouns that make على a preposition in a set phrase (على هامش، على خلفية، على صعيد): no family name after علي.
ALA_IDIOMS = ("هامش", "خلفية", "صعيد", "غرار", "ضوء", "إثر", "مستوى", "لسان")


@cache
def _ala_idioms() -> frozenset[str]:
    return frozenset(_f(w) for w in ALA_IDIOMS)


def _reread_names(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Mark علي as a name (not على) after a title or a comma and before a name word."""
    ambiguous = _ambiguous_names()
    prepositions = PREPOSITION_ALA.get()
    for k, (tok, a, b) in enumerate(toks):
        if tok in _stop_name_heads() and k + 1 < len(toks) and toks[k + 1][0] == _f("الله") \
                and (k == 0 or toks[k - 1][0] in SEPARATORS or _is_title(toks[k - 1][0])
                     or _office_field_before_name(toks, k)):
            toks[k] = (tok + NAME_SENTINEL, a, b)  # وقال ضيف الله بن سطام إن: a first name, not a guest
            continue
        if tok not in ambiguous or a in prepositions:
            continue  # (على spelt with ى where the article spells ي apart: the preposition)
        if k and toks[k - 1][0] in _sons_of():
            toks[k] = (tok + NAME_SENTINEL, a, b)  # وأكد بن علي أن، الوالي محسن بن علي: after بن/أبو comes a name
            continue
        if k and _alone_after_title(toks, k, bool(prepositions)):
            toks[k] = (tok + NAME_SENTINEL, a, b)  # وقال الأمير علي في بيان، وأوضح الأمير علي الذي ...، أنه
            continue
        if prepositions and k and _father_name(toks, k - 1, k):
            toks[k] = (tok + NAME_SENTINEL, a, b)  # وأضاف فرج علي أن، فرج علي مدير النقل: spelt with ي where the
            continue  # article spells على with ى, right after a first name opening the subject: the father's name
        if k + 1 >= len(toks):
            continue
        prev = toks[k - 1][0] if k else ""
        nxt = toks[k + 1][0]
        if tok == ALI and nxt in _ala_idioms():
            continue  # واضاف، على هامش زيارة …، أن؛ على خلفية، على غرار: a preposition in a set phrase, never علي + a name
        if tok == ALI and _known_common_word(nxt) and not (prev.endswith(NAME_SENTINEL) or prev in _first_names()):
            continue  # وعلق على الصورة، المشرف على القطاع الصحي فلان: the preposition and a common word, no family name
            # (but محمد علي النقي: after a first name, the father's name; عليه الصلاة والسلام is read as before)
        after = toks[k + 2][0] if k + 2 < len(toks) else ""
        name_next = (_is_name_token(nxt) and not (len(nxt) >= 4 and nxt.endswith(PRONOUN_SUFFIXES))) or nxt in _name_links()
        if _definite(nxt) and after and (_is_name_token(after) and not _definite(after) or _is_title(after) and after not in _stops()) \
                and not (prev in _ranks() or prev == "\u062f") \
                and not (prepositions and tok == ALI and (not prev or k == 1 and prev in _this_that())):
            continue  # المشرف على البرنامج عبدالرحمن الغفيلي: a preposition, then the name (but العميد الدكتور علي
            # الرشيدي الناطق: a degree names the one after it; الأحمدي لوكالة: the addressee, no title; أكد علي العثيم
            # عضو مجلس: right after the verb, spelt with ي where the article spells على with ى, the name;
            # أوضح ذلك علي العطوي مدير: after the verb's pronoun object ذلك/هذا too)
        if after and _verbal_object([nxt, after]) and not (
                _person_title(prev) and not nxt.endswith("\u0647") and _nisba(after) and after.endswith("\u064a")):
            continue  # أكد الوزير على أهمية المشروع: a preposition, then the verb's object (but المهندس علي قايض
            # الشمري: a title, a bare word and a family name in -ي)
        if _institution_head(nxt) or prev in _general() and not (k > 1 and _office(toks[k - 2][0])):
            continue  # المشرف العام على القناة، هذا العام على شاشة: a preposition (but المدير العام علي فلان)
        if nxt in _name_links() and nxt != _f("آل"):
            toks[k] = (tok + NAME_SENTINEL, a, b)  # علي بن موسى: a name, whatever comes before
            continue
        if k and (nxt in _name_links() or nxt in _first_names() and nxt not in ambiguous) and _father_name(toks, k - 1, k):
            toks[k] = (tok + NAME_SENTINEL, a, b)  # أحمد علي آل مريع: between a first name and a word that goes on
            continue  # with a name, the father's name
        if not prev and name_next and (not after or after in SEPARATORS) and len(nxt) >= 3 \
                and (nxt in _first_names() or not nxt.endswith("\u0647")) and not _verbal_object([nxt]):
            toks[k] = (tok + NAME_SENTINEL, a, b)  # أفاد علي كلثوم، محامي ... بأن: a bare word closing the subject
            continue  # is a family name (but أكد على حقه، شدد على ضرورة التعاون)
        if not prev and not (prepositions and tok == ALI) and not (_definite(nxt) or nxt in _name_links() or nxt in _first_names()):
            continue  # وأضاف على هامش الدورة: a preposition (علي لاريجاني is lost with it, unless the article spells
            # على with ى: then علي with ي is the name, أكد علي عكروت منسق التعاون)
        if (not prev or _is_title(prev) or prev in SEPARATORS or prev in _name_links()
                or prepositions and tok == ALI and k == 1 and prev in _this_that()) and (name_next or _definite(nxt)):
            toks[k] = (tok + NAME_SENTINEL, a, b)
        elif prepositions and name_next and not _definite(nxt) and any(_office(t[0]) for t in toks[:k]):
            toks[k] = (tok + NAME_SENTINEL, a, b)  # the article spells على with ى: this one, spelt with ي after an
            # office, is the name (السفير التونسي لدى روسيا علي فلان في حديث ...)
        elif name_next and not _definite(nxt) and prev and _definite(prev) and any(_office(t[0]) for t in toks[:k]) and (
                not after or after in SEPARATORS or _is_title(after)
                or after in _stops() and after not in _chain_prepositions() and after != _f("إلى")
                or _nisba(prev) and nxt in _first_names() and _definite(after) and not after.endswith(("\u064a\u0646", "\u0648\u0646", "\u0627\u062a"))
                and (k + 3 >= len(toks) or toks[k + 3][0] in SEPARATORS or toks[k + 3][0] in _stops() or toks[k + 3][0] in _time_leads())):
            # وزير النفط الكويتي علي صالح العمير أمس: an office, its nisba, then a name of three words
            toks[k] = (tok + NAME_SENTINEL, a, b)  # رئيس النيابة الخصوصية بالمنستير علي مزالي ضيف
        elif prev[:1] in "\u0628\u0644" and _definite(prev) and any(_office(t[0]) for t in toks[:k]) and _definite(nxt) \
                and not _common_noun(nxt[2:]) and not _is_title(nxt) and (not after or after in SEPARATORS):
            toks[k] = (tok + NAME_SENTINEL, a, b)  # مدير جمعية الثقافة والفنون بالأحساء علي الغوينم بأن: the office's
            # place, then a name closing the subject (a family name, no common noun: not بالمنطقة على الالتزام)
        elif _definite(prev) and not _is_title(prev) and not _institution_head(prev) \
                and _nisba(nxt) and nxt.endswith("\u064a") and (not after or after in SEPARATORS or after in _stops()):
            toks[k] = (tok + NAME_SENTINEL, a, b)  # البائع علي العامري أن: a person noun, then the name
        elif (name_next or _definite(nxt)) and (not after or after in SEPARATORS) and prev and _is_name_token(prev) \
                and prev not in _honorifics() and (_definite(nxt) or nxt in _first_names() or not nxt.endswith("\u0647")):
            toks[k] = (tok + NAME_SENTINEL, a, b)  # مدير عام جمرك سلوى علي العطوي، (but وشدد سموه على ضرورة أن)
    return toks


@cache
def _feast_times() -> frozenset[str]:
    """Days after صباح that are no name (صباح العيد، صباح الغد)."""
    return frozenset(_f(w) for w in ("العيد", "الغد", "عيد", "غد", "باكر", "الباكر"))


def _reread_time_names(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Mark a time word that is also a first name (صباح) as a name right after a person's title with the article
    (not a place's head in construct: ولاية صباح) and before a name
    word (الدكتورة صباح مشرف، الشيخ صباح الخالد): a title is followed by its holder's name, and the time reading
    needs a time after it (الوزير صباح اليوم، صباح الأحد، صباح 12 مايو)."""
    for k in range(1, len(toks) - 1):
        tok, a, b = toks[k]
        nxt = toks[k + 1][0]
        if tok in _time_leads() and tok in _first_names() and _person_title(toks[k - 1][0]) and _definite(toks[k - 1][0]) and toks[k + 1][1] - b <= 1 \
                and WORD_RE.fullmatch(nxt) and nxt not in _time_leads() and nxt not in _stops() \
                and nxt.removeprefix("\u0627\u0644") not in _occasions() and nxt not in _periods() \
                and nxt not in _feast_times() \
                and (_is_name_token(nxt) or _definite(nxt) or k + 2 == len(toks) or toks[k + 2][0] in SEPARATORS):
            toks[k] = (tok + NAME_SENTINEL, a, b)  # (الدكتورة صباح مشرف، أن: a bare word closing the subject too)
    last = len(toks) - 1
    if last >= 2 and toks[last][0] in _family_weekdays() and toks[last - 1][0] in _first_names() \
            and _office_chain_before(toks, last - 1):
        toks[last] = (toks[last][0] + NAME_SENTINEL, *toks[last][1:])  # أمين عام الاتحاد ... أحمد الخميس أن: a
        # weekday closing the subject after a lone first name at the end of an office's chain is his family name
        # (not الملك سلمان الخميس: a king's first name alone)
    return toks


@cache
def _family_weekdays() -> frozenset[str]:
    """Weekdays that are family names too (أحمد الخميس، محمد الجمعة، سعد السبت)."""
    return frozenset(_f(w) for w in ("الخميس", "الجمعة", "السبت", "الأحد"))


def _office_chain_before(toks: list[tuple[str, int, int]], k: int) -> bool:
    """An office or a title opening the words before ``k``, none of them a first name, a royal title or a rank
    (أمين عام الاتحاد السعودي لكرة القدم | أحمد): the one at ``k`` is its holder, named whole."""
    before = [t[0] for t in toks[:k]]
    return bool(before) and any(_person_title(w) for w in before) \
        and not any(w in _first_names() and not _person_title(w) or w in _royal() or w in _ranks() or w in SEPARATORS
                    for w in before)  # (أمين the office, not the name)


@cache
def _subject_ends() -> frozenset[str]:
    """Words that close a subject and never follow the preposition على: a circumstance or a relative
    (في بيان، خلال كلمته، الذي)."""
    return frozenset(_f(w) for w in ("في", "خلال", "أثناء", "عبر", "الذي", "التي"))


def _alone_after_title(toks: list[tuple[str, int, int]], k: int, spelt_apart: bool) -> bool:
    """علي right after a title that stands before a first name (الأمير، الشيخ، الدكتور), with no more name
    after it: the name علي alone when the subject ends there (الأمير علي في بيان، الأمير علي، الذي), or in
    an article that spells the preposition على with ى (this one is spelt with ي); never أكد الأمير على أهمية،
    شدد الشيخ على أن (a preposition, then an object or a complementizer) where the spelling does not tell."""
    prev = toks[k - 1][0]
    if not (prev in _royal() or prev in _ranks()):
        return False
    if k + 1 >= len(toks):
        return spelt_apart
    nxt = toks[k + 1][0]
    return nxt in SEPARATORS or nxt in _subject_ends() or spelt_apart and not _is_name_token(nxt)


@cache
def _general() -> frozenset[str]:
    return frozenset(_f(w) for w in ("العام", "عام"))


def _verbal_object(words: list[str]) -> bool:
    """An indefinite noun in construct that is no person nor body (ضرورة الحذر، عدم توفر
    دلائل، أهمية التعاون): the object of a verb without reported words, not its subject. A last word in لل/بال closes
    the chain with what the verbal noun takes (استعداد الاتحاد | للتفاعل إيجابيا)."""
    if len(words) > 2 and words[-1].startswith(PREPOSED_ARTICLES) and (
            words[0] in _object_heads() or _derived_verbal_noun(words[0])):
        words = words[:-1]
    if len(words) < 2 or _definite(words[0]) or any(_definite(w) for w in words[1:-1]) \
            or not _definite(words[-1]) and words[0] not in _object_heads() and not _derived_verbal_noun(words[0]):
        return False  # a chain of nouns in construct ending on a definite one (علاقة ظاهرة النينو)
    return not _speaking_head(words[0])


PREPOSED_ARTICLES = (_f("لل"), _f("بال"))  # a preposition glued to the article (للتفاعل، بالعمل)
ILA_ANNA = _f("إلى أن")  # also "until"
ALA_ANNA = _f("على أن")  # also "provided that"
POSSESSED_ENDINGS = ("\u0647", "\u0647\u0627", "\u0647\u0645")  # ه، ها، هم (ملفه، بلادها)


def _object_until(words: list[str], second: str, comp: str) -> bool:
    """A bare noun in construct with a possessed one (عرض ملفه، دعم بلاده), then إلى أن (وأكد عرض ملفه على الوزراء
    ... إلى أن وصل): the verb's object, and إلى أن is "until", for a verb that takes no إلى (the caller asks); not
    وأوضح مدير الشرطة إلى أن, nor a name (وأوضح محمد عبدالله إلى أن). ``second``: the second word as written (the
    folded ه is also ة: تجار جملة)."""
    return " ".join(comp.split()) == ILA_ANNA and len(words) >= 2 and not _definite(words[0]) \
        and words[0] not in _stops() and not _speaking_head(words[0]) and not _speaking_head(words[1]) \
        and len(words[1]) >= 4 and second.endswith(POSSESSED_ENDINGS)


def _speaking_head(head: str) -> bool:
    """A word that can head a speaker: a title, an office, a body, a source, a group or a first name."""
    return (_is_title(head) or head in _anonymous() or head in _members() or _office(head)
            or _institution_head(head) or head in _quantifiers() or head in _partitives()
            or head.removesuffix(NAME_SENTINEL) in _first_names() or head.startswith(GLUED_NAME_HEADS)
            or head in _kin_groups())


@cache
def _kin_groups() -> frozenset[str]:
    """The families of those named after them (ذوو الشهداء، أهالي الضحايا، أسر المفقودين): they speak, no object."""
    return frozenset(_f(w) for w in ("ذوو", "ذوي", "أهالي", "أسر", "عائلات", "أقارب", "أولياء"))


@cache
def _any_words() -> frozenset[str]:
    """أي، أية، كل: quantify the noun after them, so the noun before is in construct with it."""
    return frozenset(_f(w) for w in ("أي", "أية", "كل"))


def _quantified_object(words: list[str]) -> bool:
    """A bare noun then أي/أية/كل (نفى سحب أي مشروع، أكد رفض كل أشكال العنف): a verbal noun in construct
    with a quantified noun is the verb's object, never its subject (no name or office runs on into أي)."""
    return len(words) >= 2 and words[1] in _any_words() and not _definite(words[0]) and not _speaking_head(words[0])
