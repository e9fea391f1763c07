"""Speakers met before: the antecedent a bare verb (وأضاف) or a description (المسؤول الأمريكي)
carries over, and when two mentions are the same person or clash in gender.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from ...records import Quote
from ..ner_lexicon import first_names as _first_names
from .names import (
    GLUED_NAME_HEADS,
    NAME_SENTINEL,
    _member_of,
    _members,
    _name_links,
    _nisba,
    _Speaker,
)
from .people import _first_name_before, _other_nisba, _people_of, _Person, _within
from .titles import _institution_head, _is_title, _office
from .tokens import AR, SENTENCE_END_RE, WORD_RE, _f
from .words import _definite, _definite_plural, _function_words, _kunya_heads


def _glued_heads(words: list[str]) -> list[str]:
    """عبد/أبو joined to the word after them, as they are often written (عبد الغفار = عبدالغفار)."""
    out: list[str] = []
    for w in words:
        if out and out[-1] in GLUED_NAME_HEADS:
            out[-1] += w
        else:
            out.append(w)
    return out


def _seen_name(words: str, seen: list[_Speaker]) -> _Speaker | None:
    """A named speaker met before whose name ends with ``words`` (الرحمن -> حبيب الرحمن,
    بن عائشة -> أيمن بن عائشة)."""
    key = _glued_heads(_f(words).split())
    for sp in reversed(seen):
        full = _glued_heads(_f(sp.name).split())
        if not sp.named or len(full) <= len(key):
            continue
        if len(full) == 2 and len(key) == 1 and full[0] in _kunya_heads():
            continue  # أم محمد: the mother of محمد, who is another (وتدخل محمد ... مؤكدا)
        if full[-len(key):] == key or (len(key) == 2 and full[0] == key[0] and full[-1] == key[-1]):
            return sp  # بن عائشة، علي الشهراني -> علي بن عمير آل جرمان الشهراني
    return None


def _stems(text: str) -> frozenset[str]:
    """Words without the article, also after a glued preposition (بالشرقية = الشرقية = شرقية)."""
    return frozenset(w[3:] if w.startswith(("\u0628\u0627\u0644", "\u0648\u0627\u0644")) and len(w) > 5
                     else w[2:] if w.startswith(("\u0627\u0644", "\u0644\u0644")) and len(w) > 4 else w
                     for w in WORD_RE.findall(text))


def _described(desc: str, seen: list[_Speaker]) -> _Speaker | None:
    """A named speaker whose title or apposition holds the description (سائق الحافلة ->
    أيمن بن عائشة، وهو سائق حافلة)."""
    words = _stems(desc)
    if len(words) < 2 and not (len(words) == 1 and _is_title(desc)):
        return None
    head = desc.split()[0]
    if head.endswith("\u0647") and not _office(head) or _institution_head(head):
        return None  # المقاومة الشعبية، الحكومة، مجلس اللاجئين النرويجي: a body or a thing, never one person (met
        # in the description of one who works there: مدير مركز رصد النزوح في مجلس اللاجئين النرويجي)
    parts = desc.split()
    titled = 2 <= len(parts) <= 3 and _definite(parts[0]) and _office(parts[0]) \
        and all(_definite(w) and not _is_title(w) and not _institution_head(w) for w in parts[1:])
    generic = titled and parts[0] in _generic_officials() and all(_nisba(w) for w in parts[1:])
    member = len(parts) >= 3 and parts[0].removeprefix("\u0627\u0644") in _members() and parts[1] == _f("في")
    for sp in reversed(seen):
        if _holds_phrase(sp.context, desc) or words <= _stems(sp.context):
            if _governed(desc, sp.context):
                continue  # المقاومة الشعبية, met as قائد المقاومة الشعبية: the body he leads, not him
            return sp  # القاضية -> القاضية كلثوم كنو
        if titled and parts[0].removeprefix("\u0627\u0644") in _stems(sp.context) and not _other_nisba(parts, sp.context.split()):
            return sp  # المدرب المخضرم -> فان جال، مدرب مانشستر يونايتد: his title, then words that describe him
        if member and sp.named and _governed(" ".join(parts[2:]), sp.context):
            return sp  # القيادي في الجبهة -> حمة الهمامي, الناطق الرسمي باسم الجبهة الشعبية: one of its offices
        if generic and sp.named and any(_office(w) for w in sp.context.split()) and {
                w.removeprefix("\u0627\u0644").removesuffix("\u0647") for w in parts[1:]} <= {
                w.removesuffix("\u0647") for w in _stems(sp.context)}:
            return sp  # المسؤول الأمريكي -> جون كيربي، المتحدث باسم الخارجية الأمريكية: any office holder is an official
    return None


TITLE_WINDOW_WORDS = 10  # وزير التكوين المهني والتشغيل، | فلان: the words of a title on either side of a name


@cache
def _place_nouns() -> frozenset[str]:
    """Words that only name the kind of a place (محافظ مدينة عدن = محافظ عدن)."""
    return frozenset(_f(w) for w in ("مدينة", "ولاية", "منطقة", "محافظة", "مدينه", "ولايه", "منطقه", "محافظه"))


def _title_stems(words: Sequence[str]) -> frozenset[str]:
    """Folded words without the article or a glued ل/ب before it or the word (لمنتخب = منتخب), or a glued و before the
    article (والمدير = مدير: السفير فلان والمدير العام …)."""
    out: set[str] = set()
    for w in words:
        for v in (w, w[1:] if w[:1] in "\u0644\u0628" and len(w) > 4 or w.startswith("\u0648\u0627\u0644") else w):
            out.add(v.removeprefix("\u0627\u0644"))
    return frozenset(out)


TITLE_CHAIN_RE = re.compile(f"[{AR}]+|[\u060c,]")


def _title_word(word: str) -> bool:
    """A word an office's chain is written with: the office, a definite word of its field or body (also glued to
    ل/ب: لمنتخب، بالوكالة), في, a comma (not a verb, a preposition or a verbal noun: امام، عن، ترحيل)."""
    bare = word[1:] if word[:1] in "\u0644\u0628\u0648" and len(word) > 4 else word
    return word in ("\u060c", ",", _f("في")) or _office(word) or _is_title(word) or _definite(word) or _definite(bare) \
        or _office(bare)


def _title_chain(folded: str, start: int, end: int, own: frozenset[str]) -> list[str]:
    """The words of the office written right before a name (from ``start``, back) or right after it (from ``end``)
    up to the first word no office's chain holds (but the description's ``own`` words: محافظ عدن)."""
    line = max([0] + [e.end() for e in SENTENCE_END_RE.finditer(folded, max(0, start - 200), start)])
    stop = SENTENCE_END_RE.search(folded, end)
    before = TITLE_CHAIN_RE.findall(folded, line, start)[::-1][:TITLE_WINDOW_WORDS]
    after = TITLE_CHAIN_RE.findall(folded, end, stop.start() if stop else len(folded))[:TITLE_WINDOW_WORDS]
    out: list[str] = []
    for run, later in ((before, False), (after, True)):
        for w in run:
            if not _title_word(w) and not _title_stems([w]) & own:
                break
            if later and w.startswith("\u0648\u0627\u0644") and _office(w[1:]):
                break  # فلان والمدير العام …: a second person's office after the name, not his
            out.append(w)
    return out


@cache
def _personal_titles() -> frozenset[str]:
    return frozenset(_f(w) for w in ("دكتور", "دكتورة", "مهندس", "مهندسة", "شيخ", "أستاذ", "أستاذة", "سيد", "سيدة"))


def _body_named_after(folded: str, start: int) -> bool:
    """The name at ``start`` closes a body's name, after its titles (جامعة الأمير | سطام بن عبدالعزيز، مستشفى الملك
    | فهد)."""
    words = WORD_RE.findall(folded, max(0, start - 60), start)
    while words and _is_title(words[-1]) and not _institution_head(words[-1]):
        words.pop()
    return bool(words) and _institution_head(words[-1])


def _named_beside(desc: str, folded: str, before: int, seen: Sequence[_Speaker]) -> _Speaker | None:
    """The one named person met before whose name the text writes with the description's office (محافظ عدن فلان
    ... وقال محافظ مدينة عدن؛ وزير التكوين المهني، فلان، ... وشدد الوزير؛ فلان اللاعب السابق لمنتخب الأرجنتين ...
    وقال لاعب منتخب الأرجنتين السابق): the office, and every word of its field, stand in the chain of titles right
    before or after the name; None when no one or more than one is met so. ``seen`` may hold the tagger's persons
    too. A generic official (المسؤول) or an indefinite one (مسؤول في البيت الأبيض) is never tied to a name so."""
    parts = desc.split()
    if not parts or not _office(parts[0]) or parts[0] in _generic_officials() \
            or not _definite(parts[0]) and (len(parts) < 2 or _nisba(parts[1]) or parts[1] in _function_words()
                                            or parts[1] in (_f("في"), _f("من"), _f("لدى"))):
        return None
    if len(parts) == 1 and parts[0].removeprefix("\u0627\u0644") in _personal_titles():
        return None  # الدكتور، المهندس: a personal title, held by many; the one met before speaks on (not an office)
    if any(sp.named and _f(sp.name).split()[-1:] and _f(sp.name).split()[-1] in parts[1:] for sp in seen):
        return None  # الدكتور عامودي: a title and the family name of one met before, no description
    need = _title_stems(parts) - _title_stems(_place_nouns())
    found: list[_Speaker] = []
    for sp in seen:
        name = _f(sp.name)
        if not sp.named or not any(len(w) >= 3 for w in name.split()) or name.split()[0] == _f("باسم") \
                or _office(name.split()[0]) and name.split()[0] not in _first_names():
            continue  # (محلل آخر، معتمد سيدي، باسم شيفلر: an office or a body's spokesman the tagger took for a name)
        for m in re.compile(rf"(?<![{AR}]){re.escape(name)}(?![{AR}])").finditer(folded, 0, before):
            if _body_named_after(folded, m.start()):
                continue  # مدير جامعة الأمير سطام بن عبدالعزيز: the body named after him, not its office's holder
            if _kin_of_other(parts[0], folded, m.start()):
                continue  # محامي المعتقل فلان: the detainee is named, not his lawyer
            chain = _title_chain(folded, m.start(), m.end(), need)
            if need <= _title_stems(chain + name.split()) and not _other_nisba(parts, chain[::-1]):
                found.append(sp)  # (his office may be read into the name: فلان اللاعب السابق لمنتخب الأرجنتين)
                break
    names = [{w for w in _f(sp.name).split() if not _office(w) and not _is_title(w) and len(w) >= 3} for sp in found]
    if not found or any(not a & b for a in names for b in names):
        return None  # no one, or two people (الحمامي and عماد الحمامي, a name and the run read on from it: one)
    whole = [sp for sp in found if not any(_office(w) and w not in _first_names() for w in _f(sp.name).split()[:-1])
             and not (_office(_f(sp.name).split()[-1]) and _f(sp.name).split()[-2:-1] != [_f("آل")])
             and re.fullmatch(f"[{AR} ]+", _f(sp.name)) and _f(sp.name).split()[-1] not in _name_links()]  # (عماد الحمامي: عماد a first name; not Yves Garino, a
    # foreign name the tagger may cut; nor فلان بن فلان آل, a name it cut before the family name)
    return max(whole, key=lambda sp: len(sp.name.split())) if whole else None  # the fullest name (عماد الحمامي, not
    # الحمامي; not فلان اللاعب السابق …, nor فلان محامي: a name read on into his office; but فلان آل الشيخ)


@cache
def _relational_offices() -> frozenset[str]:
    """Offices held towards another person (his lawyer, father, agent, coach) rather than in a body."""
    return frozenset(_f(w) for w in ("محامي", "محامية", "وكيل", "وكيلة", "والد", "والدة", "شقيق", "شقيقة", "زوج",
                                     "زوجة", "نجل", "ابن", "ابنة", "مدرب", "مدربة"))


def _kin_of_other(office: str, folded: str, start: int) -> bool:
    """A relational office in construct with a person noun right before the name at ``start`` (محامي المعتقل فلان،
    والد الشهيد فلان، وكيل اللاعب فلان): the name is that other person's, not the office holder's."""
    if office.removeprefix("\u0627\u0644") not in _relational_offices():
        return False
    words = WORD_RE.findall(folded, max(0, start - 40), start)
    return len(words) >= 2 and _definite(words[-1]) and words[-2].removeprefix("\u0627\u0644") in _relational_offices()


def _holds_phrase(context: str, desc: str) -> bool:
    """The description stands in the context as whole words: اللاعب is not in اللاعبين (a plural of others,
    met near the name), nor المدير in المديرة."""
    return re.search(rf"(?<![{AR}]){re.escape(desc)}(?![{AR}])", context) is not None


@cache
def _generic_officials() -> frozenset[str]:
    """Heads that name any office holder (المسؤول الأمريكي after the American spokesman was named)."""
    return frozenset(_f(w) for w in ("المسؤول", "المسؤولة"))


def _governed(desc: str, context: str) -> bool:
    """The description stands in the context right after an office that governs it (قائد | المقاومة،
    القيادي في | المقاومة الشعبية)."""
    first = desc.split()[0] if desc.split() else ""
    words = context.split()
    return not _office(first) and any(w == first and k and (_office(words[k - 1]) or words[k - 1] == _f("باسم")
                                                            or k > 1 and _office(words[k - 2]) and words[k - 1] in _member_of())
                                      for k, w in enumerate(words))  # المتحدث باسم | البيت الأبيض


def _gender_clash(gender: str | None, last_gender: str | None) -> bool:
    """A masculine verb after a feminine speaker or the other way round: not the same speaker."""
    return {gender, last_gender} == {"m", "f"}


def _latter(text: str, folded: str, back: Sequence[int], before: int, seen: list[_Speaker],
            people: list[_Person]) -> _Speaker | None:
    """الأخير: the person named last before the verb, a speaker met (by the last word of the name)
    or a titled name in the text."""
    best: tuple[int, _Speaker] | None = None
    for sp in seen:
        last_word = _f(sp.name).split()[-1] if sp.name.split() else ""
        if len(last_word) < 2:
            continue
        for m in re.compile(f"(?<![{AR}]){re.escape(last_word)}(?![{AR}])").finditer(folded, 0, before):
            if best is None or m.start() > best[0]:
                best = (m.start(), sp)
    for person in people:
        s, e = person.spans[0][0], person.spans[-1][1]
        if e <= before and (best is None or s > best[0]):
            a, b = back[s], back[e - 1] + 1
            best = (s, _Speaker(name=text[a:b], start=a, end=b, named=True))
    return best[1] if best else None


def _anaphoric(name: str) -> bool:
    """A folded description pointing back to the last speaker: ذات المصدر، المصدر ذاته، نفس المتحدث."""
    words = name.split()
    return len(words) == 2 and any(w in _sameness() for w in words) and not all(w in _sameness() for w in words)


@cache
def _sameness() -> frozenset[str]:
    return frozenset(_f(w) for w in ("ذات", "ذاته", "ذاتها", "ذاتهم", "نفس", "نفسه", "نفسها", "نفسهم"))


def _same_person(a: _Speaker, b: _Speaker) -> bool:
    """One name holds the other's words (كرافت، جيم كرافت)."""
    x, y = set(_f(a.name).split()), set(_f(b.name).split())
    return x <= y or y <= x


def _known_then_object(folded: str, s: int, e: int, seen: list[_Speaker]) -> int:
    """Where a name run ends when it opens on a person already known (a speaker met before, or
    a name after a title) and goes on with words that belong to no known name: the verb's
    object (نفى أوباما اتهامات ترامب، أبرز طيب حرص الدولة). Returns the folded end."""
    spans = [m.span() for m in WORD_RE.finditer(folded, s, e)]
    words = [folded[a:b] for a, b in spans]
    known = [tuple(_f(sp.name).split()) for sp in seen if sp.named] + list(_people_of(folded))
    if any(_within(("",) + name, words) for name in known if len(name) >= len(words)):
        return e  # the whole run is a known name (or part of one)
    for k in range(len(words) - 1, 0, -1):
        head, rest = words[:k], words[k]
        if rest in _name_links() or rest.removesuffix(NAME_SENTINEL) in _first_names() or rest.startswith(GLUED_NAME_HEADS) \
                or _definite(rest) and not _definite_plural(rest) or rest.endswith("\u064a") and len(rest) >= 4 \
                and k == len(words) - 1:
            continue  # علي بن عمير آل جرمان | الشهراني، عبدالله | كريمي: a family name goes on (not أندراده |
            # الاتهامات: a thing in the plural after one named before)
        if any(len(name) >= k and tuple(name[-k:]) == tuple(head) for name in known):
            return spans[k - 1][1]
        if k == 1 and (full := _first_name_before(folded, head[0])) is not None and full[1] <= s:
            return spans[0][1]  # أوباما, named before as باراك أوباما
    return e


@cache
def _same_words() -> frozenset[str]:
    """نفس، ذات، نفسه، ذاته، نفسها، ذاتها: "the same", as in نفس المصدر، المصدر ذاته."""
    return frozenset(_f(w) for w in ("نفس", "ذات", "نفسه", "ذاته", "نفسها", "ذاتها"))


def _source_head(words: list[str]) -> str | None:
    """مصدر or مصادر (with or without the article) heading a speaker's folded words, else None."""
    head = words[0].removeprefix("\u0627\u0644") if words else ""
    return head if head in (_f("مصدر"), _f("مصادر")) else None


def same_source(quotes: list[Quote]) -> list[Quote]:
    """A source the writer calls the same one again (نفس المصدر، ذات المصدر، المصدر نفسه، المصادر ذاتها، المصدر
    الدبلوماسي ذاته) is the unnamed source that spoke before (مصدر أمني تونسي), when only one did: its description, as
    first given. The quotation keeps the offsets of the words that name it."""
    out: list[Quote] = []
    given: dict[str, set[str]] = {}
    for q in quotes:
        words = _f(q.speaker or "").split()
        same = len(words) >= 2 and (words[0] in _same_words() and _source_head(words[1:]) is not None
                                    or _source_head(words) is not None and words[-1] in _same_words())
        head = _source_head(words[1:] if same and words[0] in _same_words() else words)
        if same and head is not None and len(given.get(head, ())) == 1:
            q = replace(q, speaker=next(iter(given[head])))  # (with two sources given before, which one is unsure)
        elif head is not None and not words[0].startswith("\u0627\u0644") and q.speaker:
            given.setdefault(head, set()).add(q.speaker)  # مصدر أمني تونسي: an unnamed source, first given
        out.append(q)
    return out


SHORT_NAME_WORDS = 2  # عادل الجبير: a first name and a family name
LONG_NAME_WORDS = (3, 5)  # عادل بن أحمد الجبير, up to عبدالرحمن بن عبدالعزيز بن محمد السديس
HARAKAT_RE = re.compile("[\u064b-\u0652]")


def _written_best(forms: list[str]) -> str:
    """The form to keep of one name written several ways: the one with no short vowels (رسول الله, not رَسُولُ
    اَللَّه), then with its hamzas written (إلهام, not الهام), then the most used (ى or ي at a word's end is the
    writer's habit: مهدى, مصطفى)."""
    return max(dict.fromkeys(forms), key=lambda w: (-len(HARAKAT_RE.findall(w)),
                                                   sum(w.count(h) for h in "\u0623\u0625\u0622"), forms.count(w)))


def one_name_per_person(quotes: list[Quote]) -> list[Quote]:
    """One name for each person speaking in an article: a speaker written as another but for its hamzas, ى or short
    vowels (إلهام شاهين, الهام شاهين) takes one form (:func:`_written_best`), and a first and a family name that open
    and close a longer name of the article with بن in it (عادل الجبير, عادل بن أحمد الجبير) take the longer name
    (not مصدر مطلع, مصدر آخر مطلع: another source)."""
    forms: dict[str, list[str]] = {}  # folded name -> as written, in order
    for q in quotes:
        words = _f(q.speaker or "").split()
        if len(words) >= SHORT_NAME_WORDS and not _definite(words[0]):
            forms.setdefault(" ".join(words), []).append(q.speaker or "")
    written = {key: _written_best(ways) for key, ways in forms.items()}
    full: dict[tuple[str, str], str] = {}  # (first, last) folded -> the longer name, as kept
    for key, name in written.items():
        words = key.split()
        if LONG_NAME_WORDS[0] <= len(words) <= LONG_NAME_WORDS[1] and any(w in _name_links() for w in words[1:-1]):
            full.setdefault((words[0], words[-1]), name)
    out: list[Quote] = []
    for q in quotes:
        words = _f(q.speaker or "").split()
        if len(words) >= SHORT_NAME_WORDS and not _definite(words[0]):
            name = written[" ".join(words)]
            if len(words) == SHORT_NAME_WORDS:
                name = full.get((words[0], words[-1]), name)
            if name != q.speaker:
                q = replace(q, speaker=name)
        out.append(q)
    return out
