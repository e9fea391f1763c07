"""People the article names: each full name with its titles, so a short name (بوتين) or an
office (الوزير) resolves to the fuller form met elsewhere or to a tagged entity.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from ...records import Entity
from ..ner_lexicon import first_names as _first_names
from ..ner_lexicon import gazetteers, lexicon
from ..nisba import nisba_country
from .names import (
    DID,
    GLUED_NAME_HEADS,
    NAME_SENTINEL,
    PREPOSITION_ALA,
    PRONOUN_SUFFIXES,
    _ambiguous_names,
    _chain_prepositions,
    _common_noun,
    _glued_complement,
    _glued_preposition,
    _is_name_token,
    _name_end,
    _name_links,
    _name_particles,
    _name_runs,
    _name_start,
    _name_tails,
    _nisba,
    _object_heads,
    _occasions,
    _office_before,
    _people_plural,
    _periods,
    _plausible_name,
    _quoted_name_start,
    _Speaker,
    _surname,
    _verbal_noun_object,
)
from .regions import (
    ALLAH,
    BLESSING_MAX_WORDS,
    _anonymous,
    _blessing_length,
    _region_tokens,
)
from .silent import _quantifiers as _silent_quantifiers
from .spans import _sentence_start
from .titles import (
    _agencies,
    _construct_titles,
    _glued_title,
    _honorifics,
    _institution_head,
    _is_title,
    _kin,
    _media,
    _office,
    _person_title,
    _royal,
    _titles,
)
from .tokens import (
    AR,
    ARABIC_COMMA,
    QUOTE_CHARS,
    SENTENCE_END_RE,
    SEPARATORS,
    WORD_RE,
    _f,
    _sentence_end,
)
from .verbs import _verb_words
from .words import (
    _al_names,
    _definite,
    _function_words,
    _god_epithets,
    _in_charge,
    _kunya_heads,
    _met_with,
    _stops,
    _time_leads,
)


@cache
def _dignities() -> frozenset[str]:
    """Titles that go with an honorific (سمو الأمير، سماحة الشيخ، معالي الوزير), without the article."""
    return frozenset(_f(w) for w in ("أمير", "شيخ", "سمو", "سماحة", "معالي", "وزير", "مفتي", "فضيلة", "ملك",
                                     "رئيس", "سعادة"))


# Each honorific goes with its own titles: سموه is a prince's (سمو الأمير، ولي العهد), معاليه a
# minister's, سماحته and فضيلته a sheikh's or a mufti's, جلالته a king's, دولته a prime minister's.
HONORIFIC_TITLES = {
    "سموه": ("سمو", "أمير", "ولي"), "سموها": ("سمو", "أميرة"), "معاليه": ("معالي", "وزير"),
    "معاليها": ("معالي", "وزيرة"), "سماحته": ("سماحة", "شيخ", "مفتي", "مرشد"), "فضيلته": ("فضيلة", "شيخ", "مفتي"),
    "جلالته": ("جلالة", "ملك"), "جلالتها": ("جلالة", "ملكة"), "دولته": ("دولة", "رئيس"), "سعادته": ("سعادة", "سفير"),
}


@cache
def _honorific_titles(word: str) -> frozenset[str]:
    """The title stems (without the article) of the one an honorific stands for: سموه -> سمو، أمير، ولي."""
    table = {_f(k): v for k, v in HONORIFIC_TITLES.items()}
    return frozenset(_f(w) for w in table.get(word, ()))


ROYAL_TITLES = ("الملك", "الملكة", "الأمير", "الأميرة")


@cache
def _outranking(word: str) -> frozenset[str]:
    """The royal titles of those an honorific never stands for: a king is جلالته, never سموه; a prince is سموه,
    never معاليه or سعادته (وقال معاليه after a minister named, then the prince who is also minister of defence)."""
    kings, princes = {_f("الملك"), _f("الملكة")}, {_f("الأمير"), _f("الأميرة")}
    if word in (_f("جلالته"), _f("جلالتها")):
        return frozenset()
    return frozenset(kings if word in (_f("سموه"), _f("سموها")) else kings | princes)


def _royal_title_before(folded: str, person: _Person) -> frozenset[str]:
    """The royal title right before a person's name (الملك سلمان، الأمير محمد بن سلمان), as the honorific's test:
    the words read before his name reach back to the titles and offices of others (الأمير فلان أمير منطقة عسير تعازي
    خادم الحرمين الشريفين الملك سلمان ... وأكد سموه: the prince)."""
    before = WORD_RE.findall(folded, max(0, person.spans[0][0] - 12), person.spans[0][0])
    word = before[-1].removeprefix("\u0648").removeprefix("\u0644") if before else ""
    word = "\u0627" + word if word.startswith("\u0644") else word  # للملك: ل + الملك
    return frozenset({word}) & frozenset(_f(w) for w in ROYAL_TITLES)


def _addressed_medium(folded: str, tok: str) -> bool:
    """ل glued to a wire agency (لفرانس برس، لرويترز) or to a medium the text names elsewhere after وكالة،
    قناة، صحيفة (لسكاي where it also writes لقناة سكاي): the one spoken to, never the last word of the
    speaker's name."""
    if tok[:1] != "\u0644" or tok.startswith("\u0644\u0644") or len(tok) < 4:
        return False
    return tok[1:] in _agencies() or any(_medium_word(w) for w in _words_before(folded, tok[1:]))


def _titled_family(folded: str, tok: str) -> bool:
    """A word in ل the text writes elsewhere right after a title (الشيخ صالح لنجف ... وقال الشيخ لنجف): a family
    name that opens on ل, not the one spoken to glued to the name (دمرداش لرويترز)."""
    return len(tok) >= 4 and not tok.startswith("\u0644\u0644") and tok not in _stops() \
        and tok not in _function_words() and any(_is_title(w) for w in _words_before(folded, tok))


def _words_before(folded: str, word: str) -> Iterator[str]:
    """The word written before each occurrence of ``word`` as a whole word (a literal search first:
    a pattern opening on a character class would be tried at every position of the text)."""
    for m in re.finditer(f"(?<![{AR}]){re.escape(word)}(?![{AR}])", folded):
        before = _LAST_WORD_RE.search(folded, max(0, m.start() - 40), m.start())
        if before:
            yield before.group(1)


_LAST_WORD_RE = re.compile(f"(?<![{AR}])([{AR}]+)\\s+$")


def _medium_word(tok: str) -> bool:
    """A medium's head noun, bare or with و/ل/ب glued (وكالة، لوكالة، ولقناة)."""
    return tok in _media() or tok[1:] in _media() or tok[2:] in _media()


def _other_nisba(desc: Sequence[str], title: Sequence[str]) -> bool:
    """The description's office and nisba (folded words: الرئيس الفرنسي) against the title a named person
    was met with (الرئيس الإيراني فلان): the same office with another nisba right after it, and no more
    of the description's words in the title, is another person (but المدير الجهوري للتجارة بنابل, a slip
    for الجهوي, is the same one)."""
    if len(desc) < 2 or not _nisba(desc[1]):
        return False
    head = desc[0].removeprefix("\u0627\u0644")
    at = [k for k, w in enumerate(title[:-1]) if w.removeprefix("\u0627\u0644") == head]
    if not at or not _nisba(title[at[-1] + 1]) or desc[1] in title[at[-1] + 1:]:
        return False  # (وزير الخارجية السوري, then الوزير السوري: the same one)
    return not set(desc[2:]) & set(title)


@cache
def _honorific_heads() -> frozenset[str]:
    """Honorifics written before an office (سمو رئيس الوزراء، معالي الوزير): no part of the office."""
    return frozenset(_f(w) for w in ("سمو", "معالي", "فخامة", "سعادة", "سماحة", "فضيلة", "جلالة"))


THE_PROPHET = "النبي"  # the name a formula of blessing on him stands for


@cache
def _prophet_blessings() -> frozenset[tuple[str, ...]]:
    """The first two words (folded) of the blessings said of the Prophet alone (صلى الله عليه وسلم، عليه الصلاة
    والسلام، عليه أفضل الصلاة والسلام), not of every prophet or the dead (عليه السلام، رحمه الله)."""
    return frozenset(tuple(_f(w) for w in p.split()) for p in ("صلى الله", "عليه الصلاة", "عليه أفضل"))


def _canonical(speaker: _Speaker, entities: Sequence[Entity], folded: str = "") -> str:
    """_canonical_name without a blessing formula a tagger's span or a name met before carried on (النبي صلى الله
    عليه وسلم -> النبي، محمد صلى الله -> محمد، نايف رحمه الله -> نايف) nor God's praise (الله عز -> الله): words of
    piety after a name, no part of it. A formula alone stays, but one said of the Prophet alone names him (صلى الله
    -> النبي)."""
    name = _canonical_name(speaker, entities, folded).rstrip(" \u060c,")  # (a body's span that carried the comma
    # closing it: مدينة الملك عبدالعزيز للعلوم والتقنية، -> without it)
    words = list(re.finditer(r"\S+", name))
    folded_words = [_f(w.group()) for w in words]
    if folded_words[:1] == [ALLAH] and len(words) > 1 and folded_words[1] in _god_epithets():
        return words[0].group()  # الله عز وجل: God, without his praise
    if tuple(folded_words[:2]) in _prophet_blessings():
        return THE_PROPHET  # قال صلى الله عليه وسلم «…» with the Prophet named nowhere before: the formula stands for him
    cut = next((k for k in range(1, len(words)) if _blessing_length(folded_words[k:k + BLESSING_MAX_WORDS])
                or tuple(folded_words[k:k + 2]) in _prophet_blessings()), None)
    return name[:words[cut - 1].end()].rstrip(" -\u2013") if cut is not None else name  # نايف رحمه الله، نوح
    # عليه السلام ((رب اغفر: the name before the blessing


def _canonical_name(speaker: _Speaker, entities: Sequence[Entity], folded: str = "") -> str:
    """The speaker as found in the text; a one-word name (بوتين) takes the canonical name of
    a person entity ending with it (فلاديمير بوتين). Longer names stay as written: a tagger's
    span may carry a neighbouring word (``folded``: the article, to see a last word used alone as a name)."""
    words = _f(speaker.name).split()
    if (whole := _tagged_whole(speaker, words, entities)) is not None:
        return whole
    if speaker.named and len(words) >= 3:
        return _tagged_core(speaker.name, words, entities, closes=not speaker.context.split(" ")[-1].strip(" \u060c,"),
                            folded=folded, bounded=_bounded_foreign_name(speaker.context))
    if speaker.named and len(words) == 2 and (double := _double_family(words, entities)) is not None:
        return double
    if not speaker.named or len(words) != 1 or words == [ALLAH]:
        return speaker.name  # (not الله -> أبي هريرة رضي الله, a tagger's span over a blessing)
    for e in entities:
        if e.type != "PERS" or not e.canonical:
            continue
        canon = _f(e.canonical).split()
        overlaps = e.start < speaker.end and speaker.start < e.end
        if canon[-1:] == words and 2 <= len(canon) <= 4 and (overlaps or e.text != speaker.name) \
                and canon[0] not in _titles() and not (canon[0] in _kunya_heads() and not _definite(words[0])):
            # (ابن جولي، زوجة فلان: a relative, another person; أم محمد: his mother, by her kunya; but أبو الليرات: a
            # family name)
            return e.canonical
        if overlaps and _first_name_of(words[0], e.canonical, speaker.start, entities):
            return e.canonical  # يقول أسامة (52 عاماً): the first name alone, tagged as the one named in full before
    return speaker.name


def _first_name_of(word: str, canonical: str, at: int, entities: Sequence[Entity]) -> bool:
    """A first name used alone (folded ``word``) stands for the ``canonical`` name of two or three words the tagger gave
    it: the text named that person in full before ``at`` (not ماجد لفرانس برس, a span run on; not نور بم, met only
    after), with no title inside (هشام شقيق سلمان), and no other person tagged with that first name (كيم إيل سونغ
    and كيم جونغ أون)."""
    canon = _f(canonical).split()
    if canon[:1] != [word] or not 2 <= len(canon) <= 3 or word not in _first_names() \
            or any(_glued_object(w) or _is_title(w) for w in canon[1:]):
        return False
    met = any(o.type == "PERS" and o.text == canonical and o.end <= at for o in entities)
    return met and not any(o.type == "PERS" and o.canonical and o.canonical != canonical
                           and _f(o.canonical).split()[:1] == [word] for o in entities)


def _glued_object(word: str) -> bool:
    """بسواريز، بأوباما، لفرانس: ب or ل glued to a word that is no name of the lexicon (an object, an addressee);
    never بو…/بن… (بوشماوي، بنكيران), Maghrebi family names."""
    return _glued_preposition(word) or word[:1] == "\u0628" and len(word) >= 5 and word not in _first_names() \
        and not word.startswith(("\u0628\u0648", "\u0628\u0646"))


def _tagged_whole(speaker: _Speaker, words: list[str], entities: Sequence[Entity]) -> str | None:
    """A named speaker cut shorter than the tagger's person starting at the same place (وأوضح فان جال أنه -> فان):
    the tagged person whole, under its canonical name, when the tagger linked it to a fuller name met elsewhere
    (لويس فان جال) or found it alone more than once; the words it adds are name words (no article, stop word or verb)."""
    if not speaker.named or not words:
        return None
    for e in entities:
        if e.type != "PERS" or e.start != speaker.start or e.end <= speaker.end or not e.canonical:
            continue
        inner = _f(e.text).split()
        if len(inner) <= len(words) or inner[:len(words)] != words \
                or not all(_is_name_token(w) and w not in _that() and not _glued_object(w)
                           for w in inner[len(words):]):  # (جيرارد | بسواريز، فلان | لفرانس برس: an object or an addressee)
            continue
        if inner[0] in _first_names() and inner[0] not in _name_particles() and not _common_noun(inner[0]):
            return e.text  # وأوضح محمد لباد والد الطفلة: a first name and a family name are whole as written (the
            # tagger's fuller زينب محمد لباد is his daughter)
        if len(_f(e.canonical).split()) > len(inner) \
                or sum(o.type == "PERS" and _f(o.text) == _f(e.text) for o in entities) > 1:
            return e.canonical
    return None


def _double_family(words: list[str], entities: Sequence[Entity]) -> str | None:
    """A first name and a family name in ال that a tagged person goes on with a second family name in ال
    (سلمى اللومي -> سلمى اللومي الرقيق, a woman's own and her husband's), or with a tribe's (ناصر الجهمي السبيعي):
    the name in full. Never an office, a nisba or a time after it (فلان الوزير، فلان الأمريكي، فلان اليوم)."""
    if words[0] not in _first_names() or not _definite(words[1]) \
            or any(e.type == "PERS" and _f(e.text).split() == words for e in entities):
        return None  # (the tagger found the two words alone as a name too: the third is another's, أحمد العرفج العقاد)
    for e in entities:
        inner = _f(e.text).split()
        if e.type != "PERS" or len(inner) != 3 or inner[:2] != words or not re.fullmatch(f"[{AR}]+( [{AR}]+){{2}}", e.text):
            continue  # (not فلان “العقاد”: a tagger's span over a quoted word or a line break)
        last = inner[2]
        if _definite(last) and not _office(last) and not _is_title(last) and (not _nisba(last) or _tribal(last)) \
                and last not in _stops() and last not in _time_leads() and last not in _periods():
            return e.text
    return None


def _tribal(word: str) -> bool:
    """A nisba the gazetteers list as a person's name and no country's (السبيعي، الغامدي; not السعودي, الإعلامي):
    a tribe's or family's name that ends a full name (ناصر الجهمي السبيعي)."""
    return "PERS" in gazetteers().single.get(word, ()) and nisba_country(word) is None


@cache
def _named_after_people() -> frozenset[str]:
    """Banks, named after their founders more often than other bodies (بنك أوف أمريكا ميريل لينش), and families,
    named after one member (عائلة خليفة السلطاني), and a candidate's campaign (حملة دونالد ترامب): the bank, the family
    or the campaign speaks, not the person its name holds."""
    return frozenset(_f(w) for w in ("بنك", "مصرف", "عائلة", "أسرة", "عائلات", "أسر", "حملة"))


def _bounded_foreign_name(context: str) -> bool:
    """The name in a subject's ``context`` (the words before it, then those after it) comes right after an office's
    nisba or a title (وزير النفط الإيراني | بيجن نامدار زنكنه) and nothing but a time word or في + an occasion
    follows it (اليوم، في بيان، القول after نقلت عن): the whole run is the person's name, whatever the tagger cut off."""
    before, _, after = context.rstrip().rpartition("   ")
    if not before:
        return False
    prev = before.split()[-1:]
    rest = after.strip(" \u060c,").split()
    if not prev or not (_nisba(prev[0]) or _is_title(prev[0])):
        return False
    return not rest or all(w in _time_leads() for w in rest) or rest == [_f("القول")] \
        or len(rest) >= 2 and rest[0] == _f("في") and rest[1] in _occasions()


def _tagged_core(name: str, words: list[str], entities: Sequence[Entity], closes: bool = False, folded: str = "",
                 bounded: bool = False) -> str:
    """A name run that carried a neighbouring word (تطاوين طارق الحداد، جان قهوجي عناصر)
    shrinks to the person the tagger found inside it, when the words left out are no part of
    a name (no بن/عبد/آل, no first name; not the one word closing the subject, ``closes``, after a first name;
    not a last word the article names alone as the subject of a speech verb, ``folded``)."""
    best: list[str] = []
    if _institution_head(words[0]) or words[0] in _named_after_people():
        return name  # بنك أوف أمريكا ميريل لينش، عائلة فلان: a body named after people, not the people
    for e in entities:
        if e.type != "PERS":
            continue
        inner = _f(e.text).split()
        if not 2 <= len(inner) < len(words) or len(inner) <= len(best):
            continue
        at = next((k for k in range(len(words) - len(inner) + 1) if words[k:k + len(inner)] == inner), None)
        if at is None:
            continue
        left_out = words[:at] + words[at + len(inner):]
        tail = words[at + len(inner):]
        if tail and _definite(tail[0]):
            continue  # ابو يوسف | الحمراني: a family name the tagger left out
        if closes and len(tail) == 1 and (inner[-1] in _first_names() and not _common_noun(inner[-1])
                                          or inner[-1].startswith(GLUED_NAME_HEADS)) \
                and _is_name_token(tail[0]) and tail[0][:1] not in "\u0628\u0644" and not tail[0].endswith(("\u0647", *PRONOUN_SUFFIXES)):
            continue  # عثمان أبوبكر | مالي: the tagger stopped on a first name, the last word is the family name
            # (not an object with its pronoun or an addressee after ب/ل: مطرب فواز | حرصه، فلان | لمنسوبي; not a
            # description after a first name that is a common noun: حبيب عبدالله طالب | جامعي في ...)
        if len(tail) == 1 and not at and (inner[-1] in _first_names() or closes and _is_name_token(tail[0])) \
                and tail[0] not in _stops() and tail[0] not in _function_words() \
                and tail[0].removeprefix("\u0628") not in _that() and _said_alone(folded, tail[0]):
            continue  # مدير الدار محمد صالح | معالج في مداخلة له ... وأوضح معالج أن: the family name, used alone later
            # (also after a family name when the subject ends on it: سهام بوغديرة | نمسية أنه ... وبينت نمسية)
        if bounded and len(tail) == 1 and not at and len(words) == 3 and not any(_definite(w) for w in words) \
                and _is_name_token(tail[0]) and not _glued_object(tail[0]) and not _common_noun(tail[0]) \
                and tail[0] not in _stops() and not tail[0].endswith(PRONOUN_SUFFIXES):
            continue  # الماليزي ليو تيونج | لاي في بيان: a foreign name of three bare words, bounded on both sides
        if len(tail) == 1 and not at and not any(w in _first_names() for w in inner) and _rare_name_word(tail[0]):
            continue  # بيجن نامدار | زنكنه، ري يونغ | تشول: the tagger cut a foreign name short; its rare last word is its own
        if at and not tail and _tagged_whole_name(words, at, entities):
            continue  # قوباد | جلال الطالباني: the tagger read the three words as one person; the shorter one met
            # elsewhere is his father
        if any(w in _name_links() or w in _first_names() or w in _al_names() or w.startswith(GLUED_NAME_HEADS)
               or w[:1] == "\u0648" for w in left_out) \
                or words[at + len(inner) - 1] in _name_links() or words[at + len(inner) - 1] in _name_particles():
            continue  # (أورسولا فون دير | لاين: the tagger stopped on a particle, the name goes on; a Maghrebi first
            # name in ال left out, الباجي | قايد السبسي، الطاهر | بن حسين, is the person's own)
        best = inner
    if not best:
        return name
    at = next(k for k in range(len(words)) if words[k:k + len(best)] == best)
    return " ".join(name.split()[at:at + len(best)]) if len(name.split()) == len(words) else name


def _tagged_whole_name(words: list[str], at: int, entities: Sequence[Entity]) -> bool:
    """The tagger found the folded ``words`` whole as one person, and the ``at`` words before the shorter person inside
    are bare words of no place (not تطاوين | طارق الحداد, a place glued before the name)."""
    return all(_is_name_token(w) and not gazetteers().single.get(w, frozenset()) - {"PERS"} for w in words[:at]) \
        and any(e.type == "PERS" and _f(e.text).split() == words for e in entities)


RARE_NAME_FREQ = 30  # a word the news lexicon meets fewer times than this is read as a name, not a common word


def _rare_name_word(word: str) -> bool:
    """A folded word that may end a foreign name the tagger cut short (زنكنه، تشول، تيونج): a name word the lexicon
    meets rarely, no common noun (nor one with a pronoun: حرصه، يشاركني), not glued to ب/ل (an object or an addressee),
    no digits (74عاما)."""
    stem = word.removesuffix("\u0647")
    return _is_name_token(word) and word.isalpha() and not word.endswith(("\u0646\u064a", "\u0646\u0627", "\u0647\u0627", "\u0647\u0645")) \
        and lexicon().freq.get(word, 0) < RARE_NAME_FREQ and not _common_noun(word) \
        and not _common_noun(stem) and word[:1] not in "\u0628\u0644" and word not in _stops() \
        and word not in _function_words() and word not in _time_leads()


def _said_alone(folded: str, word: str) -> bool:
    """``word`` stands alone right after a speech verb somewhere in the article (وأوضح معالج أن، ونوه "بلو"): a name."""
    if not folded or not word:
        return False
    for m in re.finditer(f"(?<![{AR}]){re.escape(word)}(?![{AR}])", folded):
        before = [w for w in folded[max(0, m.start() - 40):m.start()].split() if w.strip("".join(QUOTE_CHARS))]
        if before and before[-1] in _verb_words():
            return True
    return False


@cache
def _verb_like() -> frozenset[str]:
    """Verbs of seeming and becoming that follow a subject's title (المدرب الهولندي بدا حذرا): never a name."""
    return frozenset(_f(w) for w in ("بدا", "بدت", "ظل", "ظلت", "أصبح", "أصبحت", "صار", "صارت", "بات", "باتت",
                                     "كان", "كانت", "ليس", "ليست", "لا", "لم", "لن", "قد"))


@cache
def _that() -> frozenset[str]:
    return frozenset(_f(w) for w in ("أن", "إن", "وأن"))


@lru_cache(maxsize=4)
def _people_for(folded: str, prepositions: frozenset[int]) -> tuple[_Person, ...]:
    """:func:`_people` of a text, kept for the few texts in work (it hangs on how the text spells
    على: ``prepositions`` is PREPOSITION_ALA's value)."""
    return tuple(_people(folded))


def _people_of(folded: str) -> tuple[tuple[str, ...], ...]:
    return tuple(p.words for p in _people_for(folded, PREPOSITION_ALA.get()))


# --- the people of the article: a short or described speaker takes the full name met elsewhere ---


@dataclass(slots=True)
class _Person:
    words: tuple[str, ...]  # folded words of the name run
    spans: tuple[tuple[int, int], ...]  # folded offsets of each word
    context: frozenset[str]  # stems of the title before the name and the apposition after it


def _people(folded: str) -> list[_Person]:
    """Name runs of two words or more after a title, an adjective, a comma or a verb, anywhere
    in the text (الدكتور شوقي علام، مفتي مصر), with the words around them."""
    out: list[_Person] = []
    start = 0
    for m in [*SENTENCE_END_RE.finditer(folded), None]:
        end = m.start() if m else len(folded)
        toks = _region_tokens(folded, start, end)
        start = m.end() if m else end
        if not any(_office(t[0]) for t in toks):
            continue  # every name kept is tied to an office in its sentence
        last_end = -1
        for i, j in _name_runs(toks):
            adjacent, last_end = i == last_end, j
            if adjacent and _common_noun(toks[i][0]) and toks[i][0] not in _first_names():
                continue  # عماد المعلول | خبر إصابة: the verb's object right after the name, no second person
            if i and toks[i - 1][0] in _construct_titles():
                i += 1  # مسؤول عسكري أمريكي، وزير خارجية روسيا: the complement of the office
            if i < j and toks[i][0] in DID:
                i += 1  # قام عبدالله كامل مستشار المحافظ بفتح: the name after the verb (المشرفة، قام بحمل: none)
            if i < j and toks[i][0] in _object_heads():
                continue  # وأكد الرئيس المصري | أهمية زيارة ولي العهد: the verb's object, no holder of the office
            if i < j and toks[i][0] in _met_with():
                continue  # وبحث الوزير | معهم سبل التعاون: those the talk was held with, then its object; no name
            if i and _medium_word(toks[i - 1][0]) or 0 < i < j and _glued_complement(toks[i][0], toks[i - 1][0]):
                continue  # لوكالة فرانس برس: a medium's name, no person; المدير التنفيذي لسوق عكاظ: the office's body
            j = next((k for k in range(i + 1, j) if _addressed_medium(folded, toks[k][0])), j)  # سيف | لفرانس برس
            words = [t[0].removesuffix(NAME_SENTINEL) for t in toks[i:j]]
            if j - i < 2 or i == 0 or all(len(w) <= 2 for w in words) or not _plausible_name(words) \
                    or toks[i - 1][0] in _royal() and i > 1 and _institution_head(toks[i - 2][0].lstrip("\u0644\u0628")):
                continue
            lead = i
            while lead > 0 and i - lead < 8 and toks[lead - 1][0] not in SEPARATORS \
                    and toks[lead - 1][0] not in _that() and toks[lead - 1][0] not in _verb_words() \
                    and toks[lead - 1][0] != _f("مع"):
                lead -= 1  # (not وأكد المسؤول العراقي أن | الجنرال فلان: the speaker of other words; nor وقال
                # اللاعب لبرنامج مع | الإعلامي فلان: the one he talked with)
            after = []
            if j < len(toks) and toks[j][0] in SEPARATORS:
                for tok in toks[j + 1:j + 7]:
                    if tok[0] in SEPARATORS:
                        break
                    after.append(tok[0])
            elif j < len(toks) and _office(toks[j][0]):
                after = [t[0] for t in toks[j:j + 6] if t[0] not in SEPARATORS]  # راضية الجربي رئيسة الاتحاد
            prev = toks[i - 1][0]
            titled = _office_before(toks[lead:], i - lead) or (  # الرئيس السوري | رئيس الغرفة النقابية الوطنية
                prev in SEPARATORS and prev not in QUOTE_CHARS and _office_before(toks, i - 1))  # رئيس الهيئة، شوقي الطبيب
            if not titled and not (after and _office(after[0])):
                continue
            if lead < i and _verbal_noun_object(words):
                continue  # وقرر وزير الصحة | تعيين نواب جدد: the verb's object after the office, no holder of it
            if words[0] not in _first_names() and any(t[0] in _chain_prepositions() for t in toks[lead:i]):
                continue  # القائد الميداني في | مداخلة هاتفية: an adverbial, not the office's holder
            if lead == i and prev in SEPARATORS and i > 1:  # عميد كلية الحقوق بسوسة، سامي الهادي: the office before the comma
                marks = 0
                while lead > 1 and i - lead < 9 + marks:
                    if (opening := _quoted_name_start(toks, lead - 2)) is not None:
                        lead, marks = opening + 1, marks + 2  # ورئيس حزب "تونس البدائل"، فلان: over the quoted name
                    elif toks[lead - 2][0] in SEPARATORS:
                        break
                    lead -= 1
            context = [t[0] for t in toks[lead:i] if t[0] not in SEPARATORS] + after
            out.append(_Person(words=tuple(words), spans=tuple((t[1], t[2]) for t in toks[i:j]),
                               context=frozenset(w.removeprefix("\u0627\u0644") for w in context)))
    return out


def _within(run: Sequence[str], key: Sequence[str]) -> int | None:
    """Where ``key`` ends inside ``run`` (exclusive), when it is there after at least one word."""
    n = len(key)
    for k in range(1, len(run) - n + 1):
        if tuple(run[k:k + n]) == tuple(key):
            return k + n
    return None


WORD_BEFORE_SPACE_RE = re.compile(f"(?<![{AR}])([{AR}]+) $")  # the word before a space that ends the span searched


def _first_name_before(folded: str, surname: str) -> tuple[int, int] | None:
    """The folded span of the one name "first name + ``surname``" the text holds (a known first
    name or عبد.../أبو... glued), None when there is none or more than one."""
    spans: dict[str, tuple[int, int]] = {}
    for m in re.finditer(f"(?<![{AR}])([{AR}]+) {re.escape(surname)}(?![{AR}])", folded):
        first = m.group(1)
        if first in _ambiguous_names() or first in _stops() or _is_title(first) or first in _verb_like() \
                or first in _kunya_heads() and not _definite(surname) \
                or first[:1] in "\u0648\u0641" and first[1:] in _function_words():
            continue  # على الزوجة، من الأطفال، بقيادة الفارس، فإن البنك، كان الكثير: a particle, a body or a verb
            # (the mined first names hold them); أم محمد: a kunya, محمد is her son (but أبو الليرات: a family name)
        if first in _first_names() or first.startswith(GLUED_NAME_HEADS) and len(first) > 4:
            start = _own_first_name(folded, _patronymic_start(folded, m.start()))
            spans.setdefault(folded[start:m.end()], (start, m.end()))
        elif first in _name_tails() and (head := WORD_BEFORE_SPACE_RE.search(folded, max(0, m.start() - 30), m.start())) is not None \
                and (head.group(1) in _first_names() or head.group(1) in _name_links()) and head.group(1) not in _ambiguous_names():
            spans.setdefault(folded[head.start(1):m.end()], (head.start(1), m.end()))  # نور الدين الطبوبي، عبد الله
            # فلان: a compound first name before the family name
    return next(iter(spans.values())) if len(spans) == 1 else None


def _own_first_name(folded: str, at: int) -> int:
    """Where a name that starts with the father's first name at ``at`` starts: one first name before it that is no
    other word (عبدالعزيز | سعد العنزي: the man, then his father's name, then the family's)."""
    before = WORD_BEFORE_SPACE_RE.search(folded, max(0, at - 30), at)
    if before is None or before.end() != at:
        return at
    word = before.group(1)
    if (word in _first_names() or word.startswith(GLUED_NAME_HEADS) and len(word) > 4) \
            and word not in _ambiguous_names() and word not in _stops() and not _is_title(word) and word not in _verb_like():
        return before.start(1)
    return at


COMMON_DEFINITE = 3000  # times a definite word is met in the news past which it is a common noun, no family name


def _family_name_met(folded: str, word: str, end: int | None = None) -> bool:
    """``word`` is the family name of one the text names in full with a first name, no quantifier or kunya read as
    one (ورفض العنزي after عبدالعزيز سعد العنزي; not جميع المنشآت، أم العلاقة); with ``end``, where this mention
    ends, named in full elsewhere (not فتح المجال: the verb before the word itself)."""
    if lexicon().freq.get(word, 0) >= COMMON_DEFINITE:
        return False  # المملكة (after داخل, a first name too): a common noun
    full = _first_name_before(folded, word)
    if full is None or full[1] == end:
        return False
    first = folded[full[0]:full[1]].split()[0]
    return first not in _kunya_heads() and first not in _silent_quantifiers()


PATRONYMIC_REACH = 3  # links followed back from a father's name (فلان بن فلان بن فلان الفلاني)


def _patronymic_start(folded: str, at: int) -> int:
    """Where a name that goes on back through بن/ابن/بنت from the word at ``at`` starts (إبراهيم بن | محمد الحمزي:
    محمد is the father's name, the person is إبراهيم)."""
    for _ in range(PATRONYMIC_REACH):
        words = list(WORD_RE.finditer(folded, max(0, at - 40), at))
        if len(words) < 2 or words[-1].group() not in (_f("بن"), _f("ابن"), _f("بنت")) \
                or folded[words[-1].end():at].strip() or folded[words[-2].end():words[-1].start()].strip():
            break
        at = words[-2].start()
    words = list(WORD_RE.finditer(folded, max(0, at - 30), at + 12))
    k = next((k for k, w in enumerate(words) if w.start() == at), None)
    if k and words[k].group() in _name_tails() and not folded[words[k - 1].end():at].strip():
        at = words[k - 1].start()  # عبد الله بن أسعد اليافعي: a compound first name
    return at


@cache
def _deputies() -> frozenset[str]:
    """Offices under another (نائب الرئيس، مساعد الوزير): their holder is not the office's."""
    return frozenset(_f(w) for w in ("نائب", "مساعد", "وكيل", "مستشار", "نائبة", "مساعدة", "وكيلة", "مستشارة"))


@cache
def _office_kin() -> dict[str, frozenset[str]]:
    """Office stems that name the same person: الطبيب is الدكتور of the article."""
    pairs = [("طبيب", "دكتور"), ("طبيبة", "دكتورة")]
    out: dict[str, set[str]] = {}
    for a, b in pairs:
        out.setdefault(_f(a), set()).add(_f(b))
        out.setdefault(_f(b), set()).add(_f(a))
    return {k: frozenset(v) for k, v in out.items()}


def _introduced(words: Sequence[str], at: int, folded: str, back: Sequence[int],
                people: Sequence[_Person]) -> _Person | None:
    """The person a description was first written with, word for word, before the verb (وقع مدير جامعة
    الملك سعود المكلف الدكتور فلان ... وأوضح مدير جامعة الملك سعود المكلف أن): the description names him
    again, however long it is."""
    words = list(words)
    while len(words) > 2 and words[0] in _dignities():
        words = words[1:]  # سعادة مدير الجامعة
    n = len(words)
    for p in reversed(people):
        start = p.spans[0][0]
        if back[start] > at:
            continue
        lead = WORD_RE.findall(folded, max(0, start - 12 * (n + 4)), start)
        while lead and (_is_title(lead[-1]) or lead[-1].removeprefix("\u0627\u0644") in _dignities()):
            lead.pop()  # الدكتور، سعادة الأستاذ: the titles between the description and the name
        if len(lead) < n or lead[-n:][1:] != words[1:] or lead[-n] not in (words[0], "\u0648" + words[0]):
            continue  # (ومدير الجامعة: the description joined to the one before it)
        if len(lead) > n and (_office(lead[-n - 1]) or lead[-n - 1] == _f("باسم")):
            continue  # نائب رئيس اللجنة، الناطق باسم البيت الأبيض: someone else, or the body itself
        return p
    return None


def _talked_with(folded: str, person: _Person, sentence: int, at: int) -> bool:
    """The person stands after مع and his titles in the sentence of a description at ``at`` (وزير خارجية مصر، في
    المؤتمر المشترك مع الوزير عادل الجبير، أن): the one met or talked with, never the holder the description names."""
    start = person.spans[0][0]
    if not sentence <= start < _sentence_end(folded, at):
        return False  # named in another sentence: he may speak there (التقى مع السفير فلان. وقال السفير)
    lead = folded[max(sentence, start - 60):start]
    words = WORD_RE.findall(lead)
    if _f("مع") not in words:
        return False
    between = words[len(words) - words[::-1].index(_f("مع")):]
    return len(between) <= 4 and bool(between) and (_is_title(between[0]) or _office(between[0])) \
        and not any(c in lead[lead.rfind(" " + _f("مع") + " "):] for c in SEPARATORS)  # مع | الوزير، مع | وزير الخارجية السعودي


def _titles_before(folded: str, person: _Person, people: Sequence[_Person]) -> frozenset[str]:
    """The words of a person's description and those before it in the sentence back to the last person named or
    comma, without the article: a long chain of offices may hold the dignity far before the name (معالي رئيس ديوان
    المظالم رئيس مجلس القضاء الإداري الشيخ الدكتور فلان), but another's titles are not his."""
    start = person.spans[0][0]
    since = max([p.spans[-1][1] for p in people if p.spans[-1][1] <= start] + [_sentence_start(folded, start, 200),
                                                                                folded.rfind(ARABIC_COMMA, 0, start) + 1])
    lead = WORD_RE.findall(folded, since, start)[-16:]
    return person.context | frozenset(w.removeprefix("\u0627\u0644") for w in lead)


PROPHET = frozenset({"\u0627\u0644\u0646\u0628\u064a", "\u0627\u0644\u0631\u0633\u0648\u0644"})  # النبي، الرسول folded


def _dignitaries(word: str, folded: str, back: Sequence[int], at: int,
                 people: list[_Person]) -> tuple[list[_Person], list[_Person]]:
    """The people named before ``at`` with a dignity, and those of them the honorific ``word`` fits (سموه: a prince,
    معاليه: a minister), in text order."""
    named = [p for p in people if back[p.spans[0][0]] <= at and _plausible_name(p.words)
             and _titles_before(folded, p, people) & _dignities()]
    own = [p for p in named if _titles_before(folded, p, people) & _honorific_titles(word)
           and not _royal_title_before(folded, p) & _outranking(word)]
    return named, own


def _honorific_fits(name: str, word: str, folded: str, back: Sequence[int], at: int,
                    people: list[_Person]) -> bool:
    """Whether the honorific ``word`` fits the one named ``name``: he was named before with its titles (معاليه and
    وزير الخارجية عادل الجبير)."""
    words = set(_f(name).split())
    return any(words <= set(p.words) for p in _dignitaries(word, folded, back, at, people)[1])


def _resolve(speaker: _Speaker, text: str, folded: str, back: Sequence[int],
             people_of: Callable[[], list[_Person]]) -> _Speaker:
    """A one-word or partial name (الاسد، عبد الله) takes the fuller name met anywhere in the
    text (بشار الاسد، عبد الحميد عبد الله); a definite description headed by an office (المفتي،
    رئيس النقابة) takes the person named with that office."""
    words = [part for w in _f(speaker.name).split()  # الوزيرالسوري: two words written as one
             for part in ((w[:_glued_title(w)], w[_glued_title(w):]) if _glued_title(w) else (w,))]
    if not words or words == [ALLAH]:
        return speaker  # قال الله تعالى: God is named in full (not نهى الله, a run read as a name)
    if len(words) > 2 and words[0] in _honorific_heads() and _office(words[1]):
        held = _resolve_words(speaker, words[1:], text, folded, back, people_of)
        if held is not speaker:
            return held  # سمو رئيس الوزراء البحريني: the honorific, then the office named with its holder
    return _resolve_words(speaker, words, text, folded, back, people_of)


def _resolve_words(speaker: _Speaker, words: list[str], text: str, folded: str, back: Sequence[int],
                   people_of: Callable[[], list[_Person]]) -> _Speaker:
    """_resolve on the speaker's folded ``words``."""
    at = speaker.start
    if len(words) == 1 and words[0] in _honorifics():  # وقال سماحته: the dignitary named before
        named, own = _dignitaries(words[0], folded, back, at, people_of())
        named = own or named  # وأكد سموه: the prince named before, not the minister named since
        if not named:
            return speaker
        p = named[-1]
        first = _name_start(p.words, len(p.words))
        end = first + _name_end(p.words[first:])
        a, b = back[p.spans[first][0]], back[p.spans[end - 1][1] - 1] + 1
        return _Speaker(name=text[a:b], start=speaker.start, end=speaker.end, named=True, context=speaker.context)
    if not speaker.named and len(words) >= 2 and _office(words[0]) and words[1] != _in_charge().get(words[0]) \
            and (introduced := _introduced(words, at, folded, back, people_of())):
        end = _name_end(introduced.words)  # the whole run after the titles is the name (عبد الرحمن بن عبيد)
        a, b = back[introduced.spans[0][0]], back[introduced.spans[end - 1][1] - 1] + 1
        return _Speaker(name=text[a:b], start=speaker.start, end=speaker.end, named=True, context=speaker.context)
    if not speaker.named and len(words) == 2 and _person_title(words[0]) and _surname(words[1]) \
            and (full := _first_name_before(folded, words[1])) is not None:
        a, b = back[full[0]], back[full[1] - 1] + 1  # وقال الوزير الحقيل: the title and the family name of ماجد الحقيل
        return _Speaker(name=text[a:b], start=speaker.start, end=speaker.end, named=True, context=speaker.context)
    found: list[tuple[_Person, int]] = []
    lone_surname = len(words) == 1 and _definite(words[0]) and not _is_title(words[0]) and not _institution_head(words[0]) \
        and words[0] not in PROPHET and not _people_plural(words[0].removeprefix("\u0627\u0644"))  # النبي after a name
    # (سأل عبدالله بن مسعود النبي): the Prophet, no family name; السكان، الخبراء: people, no family name (not بنى السكان)
    if lone_surname and _office(words[0]) and (full := _first_name_before(folded, words[0])) is not None:
        a, b = back[full[0]], back[full[1] - 1] + 1  # وأضاف الطيار after ماجد الطيار: an office only by its stem (not
        # a title of the list), the family name of the one person the text names with it
        return _Speaker(name=text[a:b], start=speaker.start, end=speaker.end, named=True, context=speaker.context)
    by_name = (speaker.named or lone_surname) and not _office(words[0])
    if by_name:
        keys = [words]
        if len(words) >= 2 and words[-1][:1] == "\u0644" \
                and (words[-1] not in _first_names() and not _titled_family(folded, words[-1])
                     or _addressed_medium(folded, words[-1])):
            keys.append(words[:-1])  # دمرداش لرويترز: the addressee glued to the name (not علي لطفي, a name in ل)
        for key in keys:
            if len(key) > 1 and key[0] not in _name_links():
                continue  # a name of two words or more is already whole (but عبد الله)
            found = [(p, e) for p in people_of() if (e := _within(p.words, key)) is not None]
            if not found and len(key) == 1 and key[0] in _first_names():  # شوقي -> شوقي الطبيب
                found = [(p, _name_end(p.words)) for p in people_of() if p.words[0] == key[0] and len(p.words) >= 2]
            if found:
                break
    elif len(words) <= 4:
        head = words[0]
        definite = head.startswith("\u0627\u0644") or (len(words) >= 2 and _definite(words[1]))
        stem = head.removeprefix("\u0627\u0644")
        if _office(head) and (definite or len(words) >= 2 and head not in _anonymous()) \
                and words[1:2] != [_in_charge().get(head)] and stem not in _kin():  # not مسؤول أفغاني; المشرف على
            # المشروع: the description as written (its على is read as the name علي, a clause after it as a holder);
            # أرملة الشهيد فلان: the widow, not the martyr named after her
            rest = {w.removeprefix("\u0627\u0644") for w in words[1:]} - _function_words() - _stops()
            kin = _office_kin().get(stem, frozenset())
            holders = [p for p in people_of() if (stem in p.context or kin & p.context)  # الطبيب -> الدكتور فلان
                       and not (p.words[0] in _verb_like() and p.words[0] not in _first_names())]  # (not المدرب | بدا حذرا)
            holders = [p for p in holders if not _other_nisba(words, WORD_RE.findall(folded, max(0, p.spans[0][0] - 80), p.spans[0][0]))]  # الرئيس الفرنسي: not the Iranian one
            here = bisect_left(back, at)
            holders = [p for p in holders if not _talked_with(folded, p, _sentence_start(folded, here), here)]
            if not {w.removeprefix("\u0627\u0644") for w in words} & _deputies():
                holders = [p for p in holders if not p.context & _deputies()] or holders  # الرئيس: not نائب الرئيس
            full = [p for p in holders if rest and rest <= p.context]
            if not definite:  # عميد كلية جندوبة -> عميد كلية العلوم ... بجندوبة، بوبكر غريب
                holders = [p for p in holders if rest & (p.context | {w[1:] for w in p.context if w[:1] in "\u0628\u0644"})] \
                    if len({p.words for p in holders}) == 1 else []  # سوسة in بسوسة
            elif full:
                holders = full  # رئيس النقابة -> رئيس الغرفة النقابية ... عبد الحميد عبد الله
            elif len({p.words for p in holders}) != 1:
                holders = []  # two people hold the office: the description stays
            found = [(p, _name_start(p.words, len(p.words)) + _name_end(p.words[_name_start(p.words, len(p.words)):]))
                     for p in holders]
    if not found and lone_surname:
        full = _first_name_before(folded, words[0])
        if full is not None:  # عبر الدوسري ... وقال: محسن الدوسري, met once with his first name
            a, b = back[full[0]], back[full[1] - 1] + 1
            return _Speaker(name=text[a:b], start=speaker.start, end=speaker.end, named=True, context=speaker.context)
    before = [f for f in found if back[f[0].spans[0][0]] <= at]
    if not by_name:
        limit = back[min(_sentence_end(folded, bisect_left(back, speaker.end)), len(back) - 1)]
        found = [f for f in found if back[f[0].spans[0][0]] <= limit]  # وهنأ المدير العام ... وأوضح أنه: an office's
        # description is its holder met before or in its own sentence (حث الرئيس الأميركي باراك أوباما), never one named
        # only in a later sentence (من جهته أكد مدير شؤون المعلمين فلان)
    if not found:
        return speaker
    person, end = (before[-1] if before else found[0])
    first = _name_start(person.words, end)
    if by_name:
        if person.words[0] == words[0] and len(words) == 1:
            a, b = back[person.spans[0][0]], back[person.spans[end - 1][1] - 1] + 1
            return _Speaker(name=text[a:b], start=speaker.start, end=speaker.end, named=True, context=speaker.context)
        key_len = len(words) if _within(person.words, words) == end else len(words) - 1
        lead = next((k for k in range(first, end - key_len) if person.words[k] in _first_names()
                     or person.words[k] in _al_names()  # الطاهر بن حسين: a Maghrebi first name in ال
                     or person.words[k] in _name_links() or person.words[k].startswith(GLUED_NAME_HEADS)), None)
        if lead is None:
            return speaker  # ناقش فينبار: a verb before the name, not a first name
        first = lead if not (lead > first and person.words[lead] in _name_links()) else lead - 1
    a, b = back[person.spans[first][0]], back[person.spans[end - 1][1] - 1] + 1
    return _Speaker(name=text[a:b], start=speaker.start, end=speaker.end, named=True, context=speaker.context)
