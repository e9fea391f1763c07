"""People, organisations and places in Arabic news, with offsets, canonical forms and links.

The CRF tagger (:mod:`.ner_model`) labels the folded tokens sentence by sentence
(optionally with its second, document-level pass); then, for the article as a whole:

1. spans lose attached و ف ب ل ك (وروسيا → روسيا, بدمشق → دمشق), keeping ال;
2. titles before a person (الرئيس الروسي، وزير الدفاع) are split off and kept;
3. listed places and organisations the tagger missed are added, and organisations known by
   their heads and tails (:mod:`.organisations`: وزارة/حزب + a definite noun, وكالة … للأنباء,
   … أف أم) take the place of what the tagger made of them; an organisation name takes a nisba
   that follows it (وزارة الخارجية + الكازاخستانية), and names found once are found again where
   they recur (document consistency), not on a function word spelt like them (على، علي);
4. shorter person mentions take the canonical form of the longest (بوتين → فلاديمير بوتين,
   الأسد → بشار الأسد); places are linked to ISO codes and coordinates;
5. nisba adjectives (الكازاخستانية، الأمريكية، الروسي) become LOC entities with
   ``nisba=True`` and their country; they may sit inside another entity's span.

Offsets are code points into the text passed in; ``text[start:end] == entity.text``.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from ..arabic import fold
from ..records import Entity
from .canonical import (
    NAME_LINKS,
    PATRONYMIC_LINKS,
    Mention,
    add_recurrences,
    canonical_text,
    claim_spans,
    join_split_names,
    mention_key,
    split_titles,
    unify_people,
)
from .clitics import AL, clitic_length, may_start, name_cut
from .iob import spans
from .ner_lexicon import gazetteers, places
from .ner_model import tag_document, tag_sentences
from .ner_tokens import SENTENCE_END, Token, fold_word, tokenize
from .nisba import nisba_country
from .organisations import (
    headed_orgs,
    ministry_adjectives,
    named_after_royals,
    news_agencies,
    radio_stations,
    royal_titles,
)
from .places import link_place, match_places
from .stopwords import STOPWORDS

__all__ = ["find_entities", "tagged_tokens"]

MAX_SENTENCE = 120  # tokens: longer runs without punctuation are cut
DESCRIPTORS = frozenset({"\u062a\u0646\u0638\u064a\u0645"})  # تنظيم
MONTHS = (
    "كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين يناير فبراير مارس أبريل إبريل "
    "مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر"
)
STRONG_ORGS = "داعش الناتو البنتاغون الكرملين طالبان حماس اليونسكو اليونيسف أوبك"


def _sentences(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of sentences: ends at sentence punctuation or a line break."""
    out = []
    s = 0
    for k, tok in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        brk = tok.form in SENTENCE_END or k - s + 1 >= MAX_SENTENCE
        if nxt is not None and "\n" in text[tok.end : nxt.start]:
            brk = True
        if brk or nxt is None:
            out.append((s, k + 1))
            s = k + 1
    return out


def tagged_tokens(text: str) -> list[tuple[str, str]]:
    """(folded token, the sentence tagger's IOB2 tag) for every token of ``text``: what the
    tagger alone makes of each word, for build-time statistics (scripts/build_place_share.py)."""
    tokens = tokenize(text)
    ranges = _sentences(text, tokens)
    tagged = tag_sentences([[t.form for t in tokens[s:e]] for s, e in ranges])
    return [(tokens[s + k].form, tag) for (s, _), tags in zip(ranges, tagged) for k, tag in enumerate(tags)]


def _char_start(text: str, tok: Token, cut: int) -> int:
    """The text offset of folded character ``cut`` of a token."""
    if cut == 0:
        return tok.start
    _, back = fold(text[tok.start : tok.end])
    return tok.start + back[min(cut, len(back) - 1)]


# "That", written with its hamza and its clitics: never a name's first word (بان كي مون, without the hamza, is one).
COMPLEMENTIZERS = frozenset(c + w for c in ("", "\u0648", "\u0641", "\u0628", "\u0644", "\u0648\u0628")
                            for w in ("\u0623\u0646", "\u0625\u0646"))


def _tag(text: str, tokens: list[Token], document_pass: bool) -> list[Mention]:
    """The tagger's mentions, clitics cut off the first token.

    The sentence pass alone by default (the article's recurrences are then found by
    rule, :func:`.canonical.add_recurrences`); ``document_pass`` adds the stacked pass
    over the whole article, about as accurate and half as fast.
    """
    out = []
    ranges = _sentences(text, tokens)
    sentences = [[t.form for t in tokens[s:e]] for s, e in ranges]
    if document_pass:
        tagged = tag_document(sentences, window=len(ranges))
    else:
        tagged = tag_sentences(sentences)
    for (s, _), tags in zip(ranges, tagged):
        for i, j, kind in sorted(spans(tags)):
            if j - i > 1 and text[tokens[s + i].start:tokens[s + i].end] in COMPLEMENTIZERS \
                    and len(tokens[s + i + 1].form) > 2:
                i += 1  # بأن ترامب: the particle the tagger ran into is no part of the name (but "إن بي سي": the
                # letter N of an outlet spelled out)
            first = tokens[s + i].form
            cut = name_cut(first) if first.isalpha() else 0
            out.append(Mention(kind, s + i, s + j, cut))
    return out


def _is_particle(text: str, tokens: list[Token], m: Mention) -> bool:
    """A one-word mention spelt as a function word: على recurs as no علي (they fold alike)."""
    if m.j - m.i != 1:
        return False
    return canonical_text(text[_char_start(text, tokens[m.i], m.cut) : tokens[m.i].end]) in STOPWORDS


def _no_person(tokens: list[Token], m: Mention) -> bool:
    """A person's span of honorifics alone (صاحب السمو الملكي | الأمير: السمو الملكي), or لصالح before a definite
    noun or a body (لصالح نادي القادسية، لصالح الفتح: "in favour of", not "for Saleh")."""
    if m.type != "PERS":
        return False
    if all(t.form[m.cut if k == m.i else 0:] in _honorific_words() for k, t in enumerate(tokens[m.i:m.j], m.i)):
        return True
    if m.j - m.i != 1 or tokens[m.i].form != IN_FAVOUR or m.j >= len(tokens):
        return False
    nxt = tokens[m.j].form
    return nxt.startswith(AL) or nxt in _favoured_bodies()


IN_FAVOUR = fold_word("لصالح")


@cache
def _honorific_words() -> frozenset[str]:
    return frozenset(fold_word(w) for w in ("السمو", "الملكي", "سمو", "صاحب", "المعالي", "معالي", "الفخامة", "فخامة",
                                              "السعادة", "سعادة"))


@cache
def _favoured_bodies() -> frozenset[str]:
    return frozenset(fold_word(w) for w in ("نادي", "فريق", "منتخب", "شركة", "حساب", "مشروع", "صندوق", "جمعية"))


def _is_month(tokens: list[Token], m: Mention) -> bool:
    """A lone month name (نيسان is April far more often than the car maker)."""
    return m.j - m.i == 1 and tokens[m.i].form[m.cut :] in _months()


@cache
def _months() -> frozenset[str]:
    return frozenset(fold_word(w) for w in MONTHS.split())


def _known_orgs(tokens: list[Token], taken: set[int]) -> list[Mention]:
    """Listed organisations (single or multi-token) the tagger did not cover."""
    gz = gazetteers()
    n = len(tokens)

    def match(i: int) -> Mention | None:
        form = tokens[i].form
        cut = clitic_length(form)
        st = form[cut:]
        for rest, kind in gz.multi.get(st, ()):
            k = len(rest) + 1
            if kind == "ORG" and i + k <= n and all(
                tokens[i + x].form == rest[x - 1] and i + x not in taken for x in range(1, k)
            ):
                return Mention("ORG", i, i + k, cut)
        if "ORG" in gz.single.get(st, ()) and len(st) >= 4 and st in _strong_orgs():
            return Mention("ORG", i, i + 1, cut)
        return None

    return claim_spans(tokens, taken, match, may_start([t.form for t in tokens], _org_firsts()))


@cache
def _strong_orgs() -> frozenset[str]:
    """One-word organisation names safe to match on their own (folded)."""
    return frozenset(fold_word(w) for w in STRONG_ORGS.split())


@cache
def _org_firsts() -> frozenset[str]:
    """Words a listed organisation can start with (what ``_known_orgs`` may match on)."""
    multi = gazetteers().multi
    return frozenset(k for k, v in multi.items() if any(kind == "ORG" for _, kind in v)) | _strong_orgs()


def _places_read_as_people(tokens: list[Token], mentions: list[Mention]) -> None:
    """A person of several words that is a listed city (بن عروس، خميس مشيط، أبو ظبي) is the city:
    the tagger reads بن and أبو as the start of a name."""
    for m in mentions:
        if m.type == "PERS" and m.j - m.i >= 2:
            link = link_place(" ".join(mention_key(tokens, m)))
            if link is not None and link[4] in ("city", "place"):
                m.type = "LOC"


def _drop_descriptors(tokens: list[Token], mentions: list[Mention]) -> None:
    """تنظيم داعش → داعش: a generic head word is not part of the organisation's name."""
    for m in mentions:
        if m.type == "ORG" and m.j - m.i >= 2 and tokens[m.i].form[m.cut :] in DESCRIPTORS:
            m.i, m.cut = m.i + 1, 0


def _extend_with_nisba(tokens: list[Token], mentions: list[Mention], taken: set[int]) -> None:
    """An organisation name takes the nisba adjectives right after it."""
    for m in mentions:
        if m.type != "ORG":
            continue
        while m.j < len(tokens) and m.j not in taken and nisba_country(tokens[m.j].form) and clitic_length(tokens[m.j].form) == 0:
            taken.add(m.j)
            m.j += 1


def _names_past_links(tokens: list[Token], mentions: list[Mention], taken: set[int]) -> None:
    """A person's name never ends on آل, عبد or بن: the word after it belongs to it (عبدالعزيز بن عبدالله آل | الشيخ,
    سعد عبد | الأمير, where the tagger reads the word as the title it also is), or, when a definite noun follows بن,
    the name ends before it (ريتشارد | ابن الكاتب)."""
    for m in mentions:
        if m.type != "PERS" or m.j - m.i < 2 or tokens[m.j - 1].form not in NAME_LINKS:
            continue
        if m.j < len(tokens) and m.j not in taken and tokens[m.j].form.isalpha() and not (
                tokens[m.j - 1].form in PATRONYMIC_LINKS and tokens[m.j].form.startswith(AL)):
            taken.add(m.j)
            m.j += 1
        else:  # ريتشارد ابن | الكاتب: "the writer's son", a description after the name
            taken.discard(m.j - 1)
            m.j -= 1


# Words that never stand inside a person's name, as written (hamzas and all, so that فإن is not فان of فان جال):
# a tagger's span running over one of them ends before it (أبو فهد | من دكانه، الرضا | فإن).
NAME_BREAKS = frozenset(("من", "في", "إلى", "عن", "مع", "فإن", "إن", "أن", "وأن", "بأن", "الذي", "التي", "الذين",
                         "ثم", "قد", "لقد", "لم", "لن", "كما", "حيث", "وقد", "فقد"))  # (not هي: جيونج جون هي)


def _cut_at_breaks(text: str, tokens: list[Token], mentions: list[Mention], taken: set[int]) -> None:
    """A person's span ends before the first word that no name holds (NAME_BREAKS): the rest is the sentence's."""
    for m in mentions:
        if m.type != "PERS":
            continue
        k = next((k for k in range(m.i + 1, m.j) if text[tokens[k].start:tokens[k].end] in NAME_BREAKS), None)
        if k is not None:
            taken.difference_update(range(k, m.j))
            m.j = k


ALI = "\u0639\u0644\u064a"  # علي, as written
ALA = "\u0639\u0644\u0649"  # على, the preposition as most articles write it


def _ali_before(text: str, tokens: list[Token], mentions: list[Mention], taken: set[int]) -> None:
    """علي written with ي right before a person, in an article that writes the preposition على with ى, is the
    person's first name (الرئيس المخلوع علي | عبدالله صالح، رئيس مجلس الشورى علي | لاريجاني): the tagger, reading
    folded words where the two are one, leaves it out."""
    if ALA not in text:
        return
    for m in mentions:
        if m.type != "PERS" or m.cut or m.i == 0 or m.i - 1 in taken:
            continue
        before = tokens[m.i - 1]
        if text[before.start:before.end] == ALI:
            taken.add(m.i - 1)
            m.i -= 1


def _ali_after(text: str, tokens: list[Token], mentions: list[Mention], taken: set[int]) -> None:
    """علي right after a person and before a break (a mark, the end, or the next person) ends the name (منذر بالحاج
    علي، وليد الجلاد ومنذر بالحاج علي.): the preposition على, however written, always has its object after it."""
    starts = {m.i for m in mentions if m.type == "PERS"}
    for m in mentions:
        if m.type != "PERS" or m.j in taken or m.j >= len(tokens) or text[tokens[m.j].start:tokens[m.j].end] != ALI:
            continue
        after = m.j + 1
        if after == len(tokens) or not tokens[after].form[:1].isalpha() or after in starts:
            taken.add(m.j)
            m.j += 1


def find_entities(text: str, *, document_pass: bool = False) -> list[Entity]:
    """Named entities in ``text`` with code-point offsets, canonical forms and links."""
    if not text or not isinstance(text, str):
        return []
    tokens = tokenize(text)
    if not tokens:
        return []
    mentions = [m for m in _tag(text, tokens, document_pass) if not _is_month(tokens, m) and not _no_person(tokens, m)]
    taken = {k for m in mentions for k in range(m.i, m.j)}
    for i, j, cut in match_places(tokens):
        if not any(k in taken for k in range(i, j)):
            mentions.append(Mention("LOC", i, j, cut))
            taken.update(range(i, j))
    mentions.extend(_known_orgs(tokens, taken))
    mentions.extend(headed_orgs(tokens, taken))
    forms = frozenset(t.form for t in tokens)  # the rules below look for a word first
    mentions = news_agencies(tokens, forms, mentions, taken)
    mentions = radio_stations(tokens, forms, mentions, taken)
    mentions = named_after_royals(tokens, forms, mentions, taken)
    _places_read_as_people(tokens, mentions)
    _drop_descriptors(tokens, mentions)
    ministry_adjectives(tokens, mentions, taken)
    _extend_with_nisba(tokens, mentions, taken)
    _cut_at_breaks(text, tokens, mentions, taken)
    _names_past_links(tokens, mentions, taken)
    _ali_before(text, tokens, mentions, taken)
    _ali_after(text, tokens, mentions, taken)
    split_titles(tokens, mentions, taken)
    for m in mentions:
        m.key = mention_key(tokens, m)
    found = [m for m in add_recurrences(tokens, mentions, taken)
             if not _is_particle(text, tokens, m) and not _no_person(tokens, m)]
    mentions.extend(join_split_names(mentions, found))
    for m in mentions:
        if not m.key:
            m.key = mention_key(tokens, m)
    unify_people(tokens, mentions)
    return _records(text, tokens, mentions)


def _records(text: str, tokens: list[Token], mentions: list[Mention]) -> list[Entity]:
    """Entity records, nisba adjectives included, in text order."""
    display: dict[tuple[str, ...], str] = {}
    for m in mentions:
        start = _char_start(text, tokens[m.i], m.cut)
        shown = canonical_text(text[start : tokens[m.j - 1].end])
        stem = tokens[m.i].form[m.cut :]
        if m.key and m.key[0] != stem and m.key[0].endswith(stem):  # للأمم المتحدة: the article back
            shown = m.key[0][: -len(stem)] + shown
        display.setdefault(m.key, shown)
    titles: dict[str, str] = {}
    out: list[Entity] = []
    inside_people: set[int] = set()
    for m in mentions:
        start = _char_start(text, tokens[m.i], m.cut)
        end = tokens[m.j - 1].end
        if start >= end:
            continue
        surface = text[start:end]
        canonical = display[m.key]
        if m.canonical:
            canonical = display.get(tuple(m.canonical.split(" ")), canonical)
        title = None
        if m.title:
            ts = _char_start(text, tokens[m.title[0]], m.title_cut)
            title = canonical_text(text[ts : tokens[m.title[1] - 1].end]) or None
        if m.type == "PERS":
            inside_people.update(range(m.i, m.j))
            if title:
                titles.setdefault(canonical, title)
        country = lat = lon = None
        if m.type == "LOC":
            link = link_place(" ".join(m.key))
            if link:
                canonical, country, lat, lon = link[0], link[1], link[2], link[3]
        out.append(
            Entity(type=m.type, text=surface, start=start, end=end, canonical=canonical,  # type: ignore[arg-type]
                   title=title, country=country, lat=lat, lon=lon)
        )
    # a person named with a title once keeps it in later mentions
    out = [
        e if e.type != "PERS" or e.title or e.canonical not in titles
        else dataclasses.replace(e, title=titles[e.canonical])
        for e in out
    ]
    names = places().countries
    for k, tok in enumerate(tokens):
        if k in inside_people or k and tokens[k - 1].form in royal_titles() and not tok.form.startswith(AL):
            continue  # (الإمام تركي بن عبدالله inside a mosque's name: the first name, no nationality)
        cc = nisba_country(tok.form)
        if cc is None:
            continue
        cut = clitic_length(tok.form)
        start = _char_start(text, tok, cut)
        if start >= tok.end:
            continue
        out.append(Entity(type="LOC", text=text[start : tok.end], start=start, end=tok.end,
                          canonical=names.get(cc, cc), country=cc, nisba=True))
    out.sort(key=lambda e: (e.start, -e.end))
    return out
