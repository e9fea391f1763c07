"""Subjects outside the verb's own region: a subject before its verb, the subject of the
sentence or the one before, a source (وفق، حسب), a topic (أما) or a statement's owner.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from itertools import islice, pairwise

from ...records import Entity
from ..matchform import match_form
from ..ner_lexicon import first_names as _first_names
from ..ner_lexicon import verb_forms as _verb_forms
from ..places import link_place
from .continuations import (
    _described,
    _gender_clash,
    _generic_officials,
    _known_then_object,
    _seen_name,
)
from .names import (
    HUMAN_PLURAL_ENDINGS,
    NAME_SENTINEL,
    PLURAL_NISBA,
    PREPOSITION_ALA,
    PRONOUN_SUFFIXES,
    _accusative_noun,
    _adjectives,
    _ambiguous_names,
    _bare_then_family,
    _chain_prepositions,
    _common_noun,
    _derived_verbal_noun,
    _glued_preposition,
    _is_name_token,
    _member_of,
    _name_links,
    _nisba,
    _others,
    _people_plural,
    _plausible_name,
    _plausible_start,
    _relatives,
    _runs,
    _Speaker,
    _surname,
    _verbal_noun_object,
)
from .people import (
    _family_name_met,
    _first_name_before,
    _people_for,
    _people_of,
    _that,
    _within,
)
from .regions import (
    ALLAH,
    BLESSING_WORDS,
    _accusative_anonymous,
    _anonymous,
    _blessing_start,
    _object_heads,
    _partitives,
    _quantifiers,
    _region_tokens,
)
from .spans import _lead_adverbials, _line_start, _sentence_start, _while
from .subjects import (
    IN,
    _adjective_after,
    _adverb_after_verb,
    _after_namesake_head,
    _close_to,
    _describing_verbs,
    _feminine_adjective_of,
    _field_of_body,
    _group_noun_end,
    _kin_run,
    _object_prepositions,
    _pronoun_objects,
    _speaker,
    _subject,
    _subordinators,
    _titled_speaker,
    _within_quoted_paragraph,
)
from .titles import (
    _construct_titles,
    _honorifics,
    _institution_head,
    _is_title,
    _kin,
    _media,
    _office,
    _person_title,
    _ranks,
    _sources,
)
from .tokens import (
    AR,
    ARABIC_COMMA,
    CLOSING,
    QUOTE_CHARS,
    SEPARATORS,
    TOKEN_RE,
    WORD_RE,
    _alt,
    _f,
    _sentence_end,
)
from .verbs import (
    CLAUSE_VERB_RE,
    COMPLEMENTIZER_RE,
    CONDITIONAL_VERBS,
    KAMA,
    KAN_RE,
    LAKIN,
    NAQL_RE,
    QAWL,
    VERB_RE,
    _main_verb_gender,
    _present_speaking,
    _verb_gender,
    _verb_words,
    _view_verbs,
    _writing,
)
from .words import (
    WORK,
    _acts_done,
    _acts_judged,
    _by_oneself,
    _declined,
    _definite,
    _demonstratives,
    _function_words,
    _met_with,
    _seat_asides,
    _stops,
    _time_leads,
)

MAX_SUBJECT_TOKENS = 24
# A subject written before its verb (لكن إياد البزم المتحدث باسم الوزارة قال): a name with its office.
MAX_PREVERBAL_TOKENS = 7
# A name, its office between commas, then its verb (ويذكر أن فلان، نائب أمين عام حزب ... وعضو هيئة الدفاع في ...، قال).
MAX_ASIDE_TOKENS = 20
MAX_ASIDE_REACH = 250  # characters back from the verb


@cache
def _verb_particles() -> frozenset[str]:
    """Particles that stand before a verb (وقد مثل، لقد قال): never a subject."""
    return frozenset(_f(w) for w in ("قد", "وقد", "فقد", "لقد", "ولقد", "لم", "ولم", "لن", "ولن"))


def _written_again(folded: str, word: str) -> bool:
    """The word stands alone at least twice in the text."""
    return len(re.findall(f"(?<![{AR}]){re.escape(word)}(?![{AR}])", folded)) >= 2


def _clause_subject(text: str, folded: str, back: list[int], vm: re.Match[str], verbs: list[re.Match[str]],
                    entities: Sequence[Entity], seen: list[_Speaker]) -> _Speaker | None:
    """The subject of a clause opened after the last speech verb by a verb of another kind, which a
    participle then carries on (وتحدثت أماندا بعد إنقاذها قائلة، واتفق مندوب رابع على ...، مفيدا أن،
    ونقل عن الوزير فلان ثقته ... قائلا): a name, or a person described by an office. A view verb on an
    object (واعتبر فلان القرار خطوة إيجابية، مضيفا) reports no words: it opens such a clause, and so
    does a participle on an object after it (…، مشيرا إلى القرار …، مضيفا أن)."""
    opinions: set[int] = set()
    for v in (v for v in verbs if v.end() <= vm.start()):
        if _opinion_on_object(folded, v, vm.start()) or opinions and v["cont"] and _unopened(folded, v, vm.start()):
            opinions.add(v.start())
        else:
            opinions.clear()
    before = [v for v in verbs if v.end() <= vm.start() and v.start() not in opinions]
    saying = vm["cont"] is not None and vm["cont"].startswith((_f("بقول"), _f("بالقول")))
    if saying and before and before[-1]["verb"] in _conditional_verbs() \
            and _sentence_start(folded, vm.start()) <= before[-1].start():
        return _clause_speaker(text, folded, back, before[-1].end(), vm.start(), entities, seen, saying=True)  # واختتم
        # الرشيد حديثه بقوله: a verb that reports only words right after it, its subject, then the saying
    start = max(before[-1].end() if before else 0, _sentence_start(folded, vm.start()) - 1, 0)
    opened = COMPLEMENTIZER_RE.search(folded, before[-1].end(), vm.start()) if before else None
    start = max(start, opened.end()) if opened else start  # (not وأوضح فلان خلال أمسية ...، وأدارها فلان، أن: a clause inside
    # the last verb's subject, before its words)
    clause = None
    for m in CLAUSE_VERB_RE.finditer(folded, start, vm.start()):
        clause = m
    led = _led_verb(folded, start, vm.start())
    if led is not None and (clause is None or led.start() > clause.start()):
        clause = led  # من جهته دعا فلان ...، معتبرا: a bare verb after the sentence's leading adverbial
    qad = _qad_verb(folded, start, vm.start())
    later = qad is not None and (clause is None or qad.start() > clause.start())
    past = later and qad is not None and qad["lead"] != KAMA
    if later:
        clause = qad  # وقد وجه اللواء فلان شكره ...، مؤكدا: the verb after قد, whatever its ending
    if clause is None:
        return None
    word = clause["verb"]
    begin = clause.end()
    if word in _clause_starts() or word[1:] in _clause_starts() or word[1:] == KAMA:
        nxt = WORD_RE.match(folded, begin + 1)  # فيما أشاد فلان ...، قائلا: the verb after the clause's opener
        if nxt is None or not folded[begin:nxt.start()].isspace() or _definite(nxt.group()) or nxt.group() in _stops() \
                or nxt.group() in _function_words() or nxt.group() in _verb_words() or nxt.group() in _first_names():
            return None
        word, begin = nxt.group(), nxt.end()
    if sum(c in QUOTE_CHARS for c in folded[clause.start("verb"):vm.start()]) % 2 \
            or not past and word.endswith(("\u0647", "\u0627\u062a")):
        return None  # a clause inside quoted words (but a quoted name: تحدث لـ"سبق"), or a noun (وقادرة، وإجراءات)
    qad = _kana_qad(folded, clause, vm.start())
    if qad is not None:  # وكان الوزير قد حسم الأمر ... قائلا: the subject stands between كان and قد
        return _clause_speaker(text, folded, back, clause.end(), qad, entities, seen)
    stem = word if clause is led or later else word[1:]  # the verb after a lead or قد has no و/ف to take off (طالبت:
    # not البت)
    if _definite(stem) or word in _verb_words() and clause.start("verb") not in opinions \
            or word in _stops() or stem in _stops() \
            or word.removesuffix(NAME_SENTINEL) in _first_names() or stem in _function_words() or word in _function_words() \
            or stem in (_f("ليس"), _f("ليست")):
        return None  # وأسعار، والتي، ولكن: no verb opens the clause
    end = vm.start()
    if NAQL_RE.fullmatch(word):
        at = folded.find(" \u0639\u0646 ", begin - 1, end)  # ونقل عن الوزير فلان
        if at < 0:
            return None
        begin = at + 4
    bare = bool(vm["verb"]) and not vm["cont"] and vm["verb"] not in _writing()  # وأشاد فلان بـ... وقال
    if bare and not (later or clause is led or clause["verb"][:1] in "\u0648\u0641") \
            or bare and _gender_clash(_verb_gender(vm), _main_verb_gender(clause["verb"])):
        return None  # (يمتد على كامل السنة وأضاف: no main verb of its own; فيما يعد المالكي ... وقالوا: another number)
    speaker = _clause_speaker(text, folded, back, begin, end, entities, seen, group=_verb_gender(vm) == "p", saying=saying,
                              opinion=clause.start("verb") in opinions)
    if bare and speaker is not None and (_verb_gender(vm) == "p" or not _full_name(
            speaker, seen, WORD_RE.findall(folded, begin, bisect_left(back, speaker.start)), folded)):
        return None  # ووصف سموه ... ومصدر فخر ...، وقال; وطالب قاسم بالتركيز ...، وقال: no name, the one speaking goes on
    if later and speaker is not None and not _lead_subject(folded, back, clause, vm, speaker):
        return None
    if speaker is not None and clause.start("verb") in opinions and _predicate_in(_f(speaker.name).split()):
        return None  # واعتبرت توكل نموذجا: the object and its predicate after a verb whose subject is the one speaking
    return speaker


QAD_VERB_RE = re.compile(f"(?:^|[.!?\u061f\n{ARABIC_COMMA},][\\s\"\u201d\u00bb]*)(?P<lead>[\u0648\u0641]\u0642\u062f|\u0643\u0645\u0627)"
                         f"\\s+(?P<verb>[{AR}]{{3,6}})(?![{AR}])")


def _qad_verb(folded: str, start: int, end: int) -> re.Match[str] | None:
    """The last clause opened by وقد/فقد, or by كما after a comma, between ``start`` and ``end`` (وقد وجه قائد حرس
    الحدود ... شكره، مؤكدا؛ ...، كما تحدث الوزير فلان بقوله). قد stands before a past verb, so the word after it is
    the clause's verb even when it ends like a noun (وجه). Its ``verb`` group is the bare verb."""
    found = None
    for m in QAD_VERB_RE.finditer(folded, max(0, start - 1), end):
        verb = m.group("verb")
        if verb in _stops() or verb in _function_words() or _definite(verb):
            continue
        if m.group("lead") == KAMA and (verb[:1] == "\u064a" or verb[:2] in ("\u0633\u064a", "\u0633\u062a")):
            continue  # كما يوفر البرنامج، كما سيلتقي الوفد: a present or future verb goes on with the one before
        if any(w in _relatives() for w in WORD_RE.findall(folded, m.end(), end)):
            continue  # وقد وقع الاتفاقية فلان وفلان الذي بدوره ثمن ...، مؤكدا: the relative clause's own subject
        found = m
    return found


def _lead_subject(folded: str, back: Sequence[int], clause: re.Match[str], vm: re.Match[str], speaker: _Speaker) -> bool:
    """The subject found after قد/كما stands for the participle: a name of two words or more, of the participle's gender,
    with no addressee before it (كما قدم الشريف شكره لمدير الشرطة العميد فلان، معتبرا: the one thanked)."""
    if not speaker.named or len(speaker.name.split()) < 2 \
            or _gender_clash(_verb_gender(vm), _main_verb_gender(clause.group("verb"))):
        return False  # كما فتحت هيئة السوق المجال ...، مشيرا: a body of the other gender
    pre = WORD_RE.findall(folded, clause.end(), bisect_left(back, speaker.start))
    return not any(w[:1] == "\u0644" and not w.startswith("\u0627\u0644") and len(w) >= 4 for w in pre)


LED_VERB_RE = re.compile(f"(?:^|[.!?\u061f\n])\\s*(?:\u0648?(?:\u0645\u0646 )?(?P<lead>[{AR}]+)[{ARABIC_COMMA},]?\\s+)"
                         f"(?P<verb>[{AR}]{{3,6}})(?![{AR}])")


@cache
def _conditional_verbs() -> frozenset[str]:
    """Verbs that report only words right after them (اختتم، تابع): with their subject and then بقوله/بالقول
    (واختتم الرشيد حديثه بقوله) the saying is their subject's."""
    return frozenset(_f(w) for w in CONDITIONAL_VERBS)


@cache
def _also() -> frozenset[str]:
    """Leads that go on with the same subject (كما أدانت تشكيل ...، كذلك دعت الوزارة): no new clause's subject."""
    return frozenset(_f(w) for w in ("كما", "كذلك", "أيضا"))


def _led_verb(folded: str, start: int, end: int) -> re.Match[str] | None:
    """The last bare verb opening a sentence after a leading adverbial (من جهته دعا، بدوره طالب) between
    ``start`` and ``end``; its ``verb`` group is the verb."""
    led = None
    for m in LED_VERB_RE.finditer(folded, max(0, start - 1), end):
        if m.group("lead") in _lead_adverbials() and m.group("lead") not in _also() and not _definite(m.group("verb")) \
                and m.group("verb") not in _stops() and m.group("verb") not in _function_words():
            led = m
    return led


def _predicate_in(words: list[str]) -> bool:
    """An indefinite accusative after the first word of a name (توكل نموذجا): the predicate of a view's object."""
    return any(w.endswith("\u0627") and not _definite(w) and w not in _first_names() for w in words[1:])


def _opinion_on_object(folded: str, verb: re.Match[str], end: int) -> bool:
    """A view verb (اعتبر، يرى) with no complementizer, colon or quote mark between it and ``end``: an opinion
    about an object (اعتبر فلان القرار خطوة), no words reported."""
    return bool(verb["verb"]) and verb["verb"] in _view_verbs() and _unopened(folded, verb, end)


def _unopened(folded: str, verb: re.Match[str], end: int) -> bool:
    """No complementizer, colon or quote mark between ``verb`` and ``end``: the verb opened no words."""
    return COMPLEMENTIZER_RE.search(folded, verb.end(), end) is None and not any(c in QUOTE_CHARS for c in folded[verb.end():end])


def _kana_qad(folded: str, clause: re.Match[str], end: int) -> int | None:
    """The folded start of قد in a clause opened by وكان/وكانت (وكان الوزير قد حسم), within a short subject; else None."""
    if clause["verb"][1:] not in (_f("كان"), _f("كانت")):
        return None
    words = list(islice(WORD_RE.finditer(folded, clause.end(), end), MAX_PREVERBAL_TOKENS + 1))
    return next((w.start() for w in words[1:] if w.group() == _f("قد")), None)


def _clause_speaker(text: str, folded: str, back: list[int], begin: int, end: int,
                    entities: Sequence[Entity], seen: list[_Speaker], group: bool = False, saying: bool = False,
                    opinion: bool = False) -> _Speaker | None:
    """The person (a name, or an office) that :func:`_clause_subject` finds between ``begin`` and ``end``; with
    ``group`` (a plural participle carries the clause on) also a quantified group of people (بعض الخبراء), with
    ``saying`` (بقوله، بالقول carries it on) also a written source (ويختتم التقرير بالقول). With ``opinion`` (a view
    verb on an object: واعتبر الوزير المؤتمر انطلاقة) the words after an office are the object and its predicate,
    never a name: the office is the subject, the one it describes if met before."""
    comma = folded.find(ARABIC_COMMA, begin, end)
    whole = end
    end = comma if comma >= 0 else end
    words = list(WORD_RE.finditer(folded, begin, end))
    glued = next((w for w, nxt in pairwise(words[1:]) if w.group()[:1] == "\u0628" and _glued_preposition(w.group())
                  and (_definite(nxt.group()) or nxt.group().endswith(("\u0647\u0627", "\u0647\u0645")))), None)
    if glued is None:
        glued = next((w for w in words[1:] if w.group()[:1] == "\u0628" and _owned_after_bi(w.group())), None)
    if glued is not None:
        end = glued.start()  # رحب الوزير فلان | بوصول الرحلة، طالبت الهيئة | بتحمل التزاماتها: the object of ب in
        # construct, no part of the subject (but فارون بادوار أن: a name)
    speaker = _speaker(text, folded, back, begin, end, entities, seen)
    second = folded.find(ARABIC_COMMA, comma + 1, whole) if comma >= 0 else -1
    if speaker is not None and not speaker.named and second > comma + 1:  # ورد النائب البريطاني، ويس ستريتينغ، على
        named = _speaker(text, folded, back, begin, second, entities, seen)
        speaker = named if named is not None and named.named else speaker
    if speaker is not None and (own := _known_opening(text, folded, back, begin, end, speaker, entities, seen)) is not None:
        speaker = own  # وشكر اللهو الوزير سلمان الحمود على دعمه، لافتا: the one named before, then the verb's object
    if speaker is None:
        return None
    words = _f(speaker.name).split()
    head = words[0]
    if head in _honorifics():
        return None  # وأدان معاليه باسمه ونيابة عن ...، مشيرا: the dignitary named before, who goes on speaking
    if speaker.named and head[:1] == "\u0628" and (_glued_preposition(head) or _owned_after_bi(head)):
        return None  # أشاد نائب رئيس اللجنة | بجميع المتطوعين، وأشاد مدرب الفريق | بأدائها: the object of ب, no name
    at = bisect_left(back, speaker.end)
    after = WORD_RE.search(folded, at)
    if speaker.named and len(words) == 1 and after is not None and not folded[at:after.start()].strip() \
            and after.group() in _demonstratives():
        return None  # يبلغ عمر هذه الطيور: a noun in construct with a demonstrative (age), not the name عمر
    pre = WORD_RE.findall(match_form(text[back[begin]:speaker.start])[0]) if speaker.start >= back[begin] else []
    if opinion and pre and _office(pre[0]) and not (_plausible_start(head) or _seen_name(speaker.name, seen) is not None):
        return _office_described(pre, seen)  # واعتبر مدير التعليم قيام الإرهابيين ... دليلا، مبينا: the director
    if speaker.named and 1 <= len(pre) <= 3 and _office(pre[0]) and _verbal_noun_object(words) \
            and _seen_name(speaker.name, seen) is None:
        return _clause_speaker(text, folded, back, begin, bisect_left(back, speaker.start), entities, seen, group=group,
                               saying=saying)  # ورفض وزير الصحة | إغلاق المستشفيات، مؤكدا: the office, its object after it
    if speaker.named and (_plausible_start(head) and head not in _ambiguous_names() or _seen_name(speaker.name, seen) is not None
                          or any(_within(("",) + p, words) for p in _people_of(folded))
                          or len(words) >= 2 and 1 <= len(pre) <= 3 and _office(pre[0])
                          or len(words) >= 3 and words[1] == _f("الدين") and not _definite(head)):
        return speaker  # a known first name, a person met before, a name right after an office (ورد النائب البريطاني ويس
        # ستريتينغ), or a compound first name and a family name (ودعا صدر الدين القبانجي ...، معتبرا)
    if speaker.named and _office(head) and not _definite(head) and len(words) == 2 and not _office(words[1]):
        return speaker  # وأشاد معلم نيكول بإنجازها وقال: an office in construct with the one it serves
    if not speaker.named and _office(head) and (known := _described(_f(speaker.name), seen)) is not None:
        return known  # وعرج رئيس النادي المكلف ...، مؤكدا: the one named before with that office
    if not speaker.named and (_office(head) or head in _anonymous()) and not _definite(head):
        return speaker  # مندوب رابع، مسؤول محلي: an unnamed person, just introduced
    if not speaker.named and _office(head) and len(words) >= 3 and words[1] == _f("باسم"):
        return speaker  # وقدم المتحدث باسم الشبكة اعتذاراته بالقول: a spokesman of a body named, met for the first time
    if not speaker.named and _institution_head(head) and head not in _sources() and len(words) >= 2:
        return speaker  # وشككت وزارة الخارجية السورية في ...، مشيرة: a body
    if saying and not speaker.named and _definite(head) and head.removeprefix("\u0627\u0644") in _sources() and len(words) <= 3:
        return speaker  # ويختتم التقرير بالقول: the report's own words
    if group and not speaker.named and head in _quantifiers() and len(words) >= 2:
        n = 2 if words[1] == _f("من") else 1
        while n < len(words) and _definite(words[n]) and words[n] not in _stops() \
                and not _plural_then_other(words[n - 1], words[n]):
            n += 1  # بعض الخبراء الاقتصاديين | من تحرير الأسعار: the group ends where its definite words end
        if n > 1 and _definite(words[n - 1]):
            b = speaker.start + list(re.finditer(r"\S+", speaker.name))[n - 1].end()
            return _Speaker(name=text[speaker.start:b], start=speaker.start, end=b, named=False)  # وتخوف بعض
            # الخبراء الاقتصاديين من ...، مؤكدين: the group the plural participle goes on with
    return None


def _known_opening(text: str, folded: str, back: list[int], begin: int, end: int, speaker: _Speaker,
                   entities: Sequence[Entity], seen: list[_Speaker]) -> _Speaker | None:
    """The clause's first word is the family name of one named before, and the name read comes after it (وثمن اللهو
    دعم الوزير سلمان الحمود، لافتا): he is the subject, the one named after him is in the verb's object."""
    first = WORD_RE.search(folded, begin, end)
    if first is None or bisect_left(back, speaker.start) <= first.start() or not folded[begin:first.start()].isspace() \
            and begin != first.start():
        return None
    word = first.group()
    if word in _stops() or _is_title(word) or _office(word) or not _definite(word) and _common_noun(word) \
            or _seen_name(word, seen) is None:
        return None
    own = _speaker(text, folded, back, first.start(), first.end(), entities, seen)
    return own if own is not None and own.named and len(own.name.split()) > 1 else None


def _full_name(speaker: _Speaker, seen: list[_Speaker], pre: list[str], folded: str) -> bool:
    """A subject a bare verb after و can go on with: a person met before (جيرارد), an office in construct (مدرب
    الفريق), or a name of two words or more on a known first name right after the clause's verb and its titles
    (``pre``: ويرى المهندس علي كريم), with no word glued to a preposition (not قاسم بالتركيز، لأعياد أحياء، بأي اتفاق;
    not يمتد على كامل السنة)."""
    words = _f(speaker.name).split()
    if not speaker.named and len(words) >= 2 and _office(words[0]) and not _definite(words[0]) \
            and not any(w[:1] in "\u0628\u0644" for w in words):
        return True  # وأشاد مدرب الفريق بأدائها وقال: an office in construct with its field
    if not speaker.named or any(w.startswith(("\u0628\u0627\u0644", "\u0644\u0644")) or _glued_preposition(w)
                                or w[:2] in ("\u0628\u0627", "\u0644\u0627") and w not in _first_names() for w in words) \
            or any(w[:2] in ("\u0628\u0623", "\u0628\u0625", "\u0644\u0623", "\u0644\u0625") for w in speaker.name.split()):
        return False  # (بأي، لأعياد as written: ب/ل before a hamza, never a name)
    if _seen_name(speaker.name, seen) is not None or len(words) == 1 and _first_name_before(folded, words[0]) is not None:
        return True  # (وأشاد جيرارد بسواريز ... وقال: a family name met in full elsewhere)
    return (len(words) >= 2 or bool(pre)) and _plausible_start(words[0]) and len(pre) <= 3 and all(_is_title(w) for w in pre)


def _owned_after_bi(word: str) -> bool:
    """ب glued to a noun with a possessive pronoun (بأدائها، بإنجازهم): a complement, never the start of a name."""
    return len(word) >= 6 and word.endswith(PRONOUN_SUFFIXES[:2]) and word[1:3] != "\u0627\u0644"


def _plural_then_other(word: str, nxt: str) -> bool:
    """A definite word after a definite sound masculine plural (ين، ون) that does not agree with it (الخبراء الأمنيين |
    الحادث، المواطنين | القرار):
    the plural's adjectives end like it, so this one opens the verb's object and ends a group of people."""
    plural = ("\u064a\u0646", "\u0648\u0646")  # ين ون
    return word.startswith("\u0627\u0644") and nxt.startswith("\u0627\u0644") and len(word) >= 7 and word.endswith(plural) and not nxt.endswith(plural)


def _office_described(pre: list[str], seen: list[_Speaker]) -> _Speaker | None:
    """The person met before whom the longest run of ``pre`` from its office word describes (مدير التعليم،
    الوزير), else None."""
    for n in range(len(pre), 0, -1):
        if (known := _described(" ".join(pre[:n]), seen)) is not None:
            return known
    return None


@cache
def _the_latter() -> frozenset[str]:
    return frozenset(_f(w) for w in ("الأخير", "الأخيرة"))


@cache
def _statement_stems() -> frozenset[str]:
    """What someone says or writes, as the antecedent of a clause that reports its words (تصريحات،
    كلمة، خطاب، بيان، مقابلة، حديث، تغريدة، رسالة، مقال)."""
    return frozenset(_f(w) for w in ("تصريح", "تصريحات", "كلمة", "خطاب", "بيان", "مقابلة", "حديث", "تغريدة",
                                     "تغريدات", "رسالة", "مقال"))


@cache
def _words_said() -> frozenset[str]:
    """Nouns of what someone said, in construct with the one who said it (كلمات فلانة، تصريحات فلان): the
    sentence's subject is that person's words, and the person speaks on."""
    return _statement_stems() | frozenset(_f(w) for w in ("كلمات", "تعليق", "تعليقات", "دعوة", "دعوات"))


def _speech_owner(text: str, folded: str, back: list[int], vm: re.Match[str], prev: list[str],
                  entities: Sequence[Entity], seen: list[_Speaker]) -> _Speaker | None:
    """The one whose statement a relative clause reports (تصريحات المرشد علي خامنئي الأخيرة التي أكد فيها
    أن، التصريحات التي أدلى بها فلان والتي ادعى فيها بأن): the owner named after the noun, or the subject of
    the verb that gave it out."""
    if not vm["verb"] or vm["conj"]:
        return None
    after = folded[vm.end():vm.end() + 8].split()
    if not after or after[0] not in (_f("فيه"), _f("فيها")):
        return None  # the clause must speak of the statement itself
    if folded[:vm.start()].rstrip().endswith((ARABIC_COMMA, ",")):
        return _statement_giver(text, folded, back, vm, entities, seen)
    if not prev or prev[-1].removeprefix("\u0648") not in _relatives():
        return None
    toks = _region_tokens(folded, _sentence_start(folded, vm.start(), 240), vm.start())
    toks = toks[:-1]  # the relative
    for k in range(len(toks) - 1, max(-1, len(toks) - 30), -1):
        word = toks[k][0]
        stem = word[2:] if word.startswith(("\u0627\u0644", "\u0628\u0627", "\u0644\u0644")) else word
        if stem not in _statement_stems() and stem.removeprefix("\u0627\u0644") not in _statement_stems():
            continue
        end = len(toks)
        while end > k + 1 and (toks[end - 1][0] in _adjectives() or toks[end - 1][0] in _the_latter()):
            end -= 1  # تصريحات فلان الأخيرة: the statement's adjective, not his name
        first = k + 1
        if first + 1 < end and toks[first][0].removeprefix("\u0648") in _relatives():
            first += 2  # التصريحات التي أدلى بها فلان والتي ادعى فيها: the subject of the verb that gave them out
            if first < end and toks[first][0] in (_f("بها"), _f("به")):
                first += 1
        end = min(end, first + MAX_SUBJECT_TOKENS)
        if end > first:
            owner = _speaker(text, folded, back, toks[first][1], toks[end - 1][2], entities, seen)
            if owner is not None and owner.named:
                return owner  # تصريحات المرشد الأعلى لإيران، علي خامنئي الأخيرة التي
        return _blamed_for(text, folded, back, toks, k, entities, seen)
    return None


MAX_STATEMENT_REACH = 8  # تصريح الرئيس الأمريكي باراك أوباما | الذي قال فيه: the words back to the statement


def _statement_before(folded: str, line: int, rel: int) -> bool:
    """A statement noun among the words before a relative (بيان جامعة تبوك التي أكدت فيه، تصريح الرئيس فلان الذي
    قال فيه): the pronoun after the verb is the statement, and its owner, named before, speaks."""
    words = WORD_RE.findall(folded, line, rel)[-MAX_STATEMENT_REACH:]
    for k, word in enumerate(words):
        stem = word[2:] if word.startswith(("\u0627\u0644", "\u0628\u0627", "\u0644\u0644")) else word
        if (stem in _statement_stems() or stem.removeprefix("\u0627\u0644") in _statement_stems()) \
                and not all(_adjective_after(w) for w in words[k + 1:]):
            return True  # (but المقابلة الشخصية التي قالت فيها: no owner after it, only its adjective)
    return False


@cache
def _giving_verbs() -> frozenset[str]:
    """Verbs of giving a statement out (ألقى كلمة، أصدر بيانا، نشر تغريدة، وجه رسالة، أدلى بتصريح)."""
    return frozenset(_f(w) for w in ("ألقى", "ألقت", "أصدر", "أصدرت", "نشر", "نشرت", "وجه", "وجهت", "أدلى", "أدلت",
                                     "قدم", "قدمت"))


def _statement_giver(text: str, folded: str, back: list[int], vm: re.Match[str], entities: Sequence[Entity],
                     seen: list[_Speaker]) -> _Speaker | None:
    """The subject of a verb of giving out a statement, right before the comma and a verb on it (ثم ألقى مدير
    المهرجان فلان كلمة اللجنة في الحفل، أوضح فيها أن): the one who gave it speaks. None unless the clause before
    the comma holds such a verb, its subject and a statement noun."""
    toks = _region_tokens(folded, _sentence_start(folded, vm.start(), 240), vm.start())
    if toks and toks[-1][0] in SEPARATORS:
        toks = toks[:-1]  # the comma
    for k in range(len(toks) - 1, max(-1, len(toks) - 12), -1):
        word = toks[k][0]
        if word in SEPARATORS:
            return None
        stems = {word, word[1:]} if word[:1] == "\u0628" else {word}  # بكلمة، but بيانا is بيان itself
        if not any(stem in _statement_stems() or stem.removeprefix("\u0627\u0644") in _statement_stems()
                   or stem.removesuffix("\u0627") in _statement_stems() for stem in stems):  # بيانا، خطابا
            continue
        give = next((g for g in range(k - 1, max(-1, k - MAX_SUBJECT_TOKENS - 1), -1)
                     if toks[g][0].removeprefix("\u0648").removeprefix("\u062b\u0645 ") in _giving_verbs()
                     or toks[g][0] in SEPARATORS and toks[g][0] not in QUOTE_CHARS), None)  # (جامعة "…": a quoted name)
        if give is None or give + 1 >= k or toks[give][0] in SEPARATORS:
            return None
        return _speaker(text, folded, back, toks[give + 1][1], toks[k - 1][2], entities, seen)
    return None


def _statement_given(text: str, folded: str, back: list[int], vm: re.Match[str], prev: list[str],
                     entities: Sequence[Entity], seen: list[_Speaker]) -> _Speaker | None:
    """The one who gave out a statement named right before the verb on it, with no comma nor relative between
    (أصدر مدير الجامعة بياناً أعرب فيه عن حزنه، كاشفاً عن أنه): the giver speaks in it and goes on after it.
    None unless the verb is followed by فيه/فيها and a verb of giving out comes before the statement noun."""
    if not vm["verb"] or vm["conj"] or not prev:
        return None
    after = folded[vm.end():vm.end() + 8].split()
    if not after or after[0] not in (_f("فيه"), _f("فيها")):
        return None
    if prev[-1] not in _statement_stems() and prev[-1].removesuffix("\u0627") not in _statement_stems():
        return None  # بيانا، كلمة، رسالة: an indefinite statement noun right before the verb
    if not folded[:vm.start()].rstrip().endswith(prev[-1]):
        return None  # nothing (a comma, a quote mark) between the noun and the verb
    return _statement_giver(text, folded, back, vm, entities, seen)


@cache
def _because_of() -> frozenset[str]:
    return frozenset(_f(w) for w in ("بعد", "عقب", "إثر", "بسبب"))


def _blamed_for(text: str, folded: str, back: list[int], toks: list[tuple[str, int, int]], k: int,
                entities: Sequence[Entity], seen: list[_Speaker]) -> _Speaker | None:
    """A statement with no owner after it, given as the cause of what befell the one named right before
    (شنت الصحافة هجوما على فلان بعد تصريحات يوم أمس والتي قال فيها): that person made it. None unless a
    name ends right before بعد/عقب/إثر/بسبب."""
    if k < 2 or toks[k - 1][0] not in _because_of():
        return None
    first = max(0, k - 1 - MAX_SUBJECT_TOKENS)
    first = max([m + 1 for m in range(first, k - 1) if toks[m][0] in _stops()], default=first)  # على | فلان
    owner = _speaker(text, folded, back, toks[first][1], toks[k - 2][2], entities, seen)
    return owner if owner is not None and owner.named and owner.end == back[toks[k - 2][2] - 1] + 1 else None


@cache
def _reflexives() -> frozenset[str]:
    """نفسه، ذاته: part of the noun they follow (الطالب ذاته)."""
    return frozenset(_f(w) for w in ("نفسه", "نفسها", "نفسهم", "ذاته", "ذاتها"))


@cache
def _clause_starts() -> frozenset[str]:
    return frozenset(_f(w) for w in ("لكن", "ولكن", "بينما", "فيما", "ثم", "بل", "أما", "وأما"))


def _agents_before(text: str, folded: str, back: Sequence[int], start: int) -> _Speaker | None:
    """For a plural verb with no subject and no group speaking before: the nearest definite plural participle of
    agents in its sentence before it (نزلت بإجماع المفسرين فيمن تخلفوا ...، وقالوا إن -> المفسرين): sound plurals
    of الم- nouns (المسؤولين، المشاركون) and of nisbas (الفلسطينيين) name people, never things."""
    line = _sentence_start(folded, start)
    for m in reversed(list(WORD_RE.finditer(folded, line, start))):
        k = 1 if m.group()[:1] in "\u0648\u0641" else 0  # و/ف
        k += 1 if m.group()[k:k + 3] == "\u0628\u0627\u0644" else 0  # بالمواطنين
        w = m.group()[k:]
        if w.startswith("\u0627\u0644") and len(w) >= 7 and w.endswith(("\u064a\u0646", "\u0648\u0646")) and (
                w.startswith("\u0627\u0644\u0645") or w.endswith(("\u064a\u064a\u0646", "\u064a\u0648\u0646"))):
            a, b = back[m.start() + k], back[m.end() - 1] + 1
            return _Speaker(name=text[a:b], start=a, end=b, named=False)
    return None


def _narrator(toks: list[str], spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """عن/وعن/فعن + a name of one to four words right before a blessing and its verb (فعن سعيد بن زيد رضي الله
    عنه قال:): the chain names the one who says, wherever the clause opens."""
    at = next((k for k in range(len(toks) - 1, max(-1, len(toks) - 6), -1) if toks[k] in _narrating()), None)
    if at is None or not 1 <= len(toks) - at - 1 <= 4:
        return None
    words = toks[at + 1:]
    if not all(_is_name_token(w) or w in _name_links() or w.startswith("\u0627\u0644") for w in words) \
            or any(w in SEPARATORS for w in words):
        return None
    return spans[at + 1][0], spans[-1][1]


def _chained(toks: list[str], spans: list[tuple[int, int]], narrator: tuple[int, int]) -> bool:
    """A narrator with no blessing after him is read only when named by his descent (سويد بن قيس، ابن عباس، أبي هريرة)
    with no title and no article: وعن راموس قال، وعن الأمير فلان بن فلان قال are "about him, he said"."""
    words = [t for t, s in zip(toks, spans) if narrator[0] <= s[0] < narrator[1]]
    return any(w in _descent_links() for w in words) and not any(_is_title(w) and w not in _descent_links() or w.startswith("\u0627\u0644") for w in words)


@cache
def _descent_links() -> frozenset[str]:
    return frozenset(_f(w) for w in ("بن", "ابن", "بنت", "أبي", "أبو"))


@cache
def _narrating() -> frozenset[str]:
    return frozenset(_f(w) for w in ("عن", "وعن", "فعن"))


def _preverbal_subject(folded: str, vm: re.Match[str]) -> tuple[int, int] | None:
    """The folded span of one to three name or article-words between a clause start (the
    sentence, a comma, لكن، بينما) and the verb: لكن فالون قال، الوزير قال."""
    if (topic := _qad_topic(folded, vm)) is not None:
        if topic[0] >= 0 or AMMA_LEAD_RE.search(folded, _sentence_start(folded, vm.start()), vm.start()):
            return topic if topic[0] >= 0 else None  # أما المؤرخ فلان، فقد اعتبر: the topic; أما بالنسبة للصورة،
            # فقد شدد: no subject here, the last speaker goes on
        read = _preverbal_read(folded, vm)  # فلان؛ فقد قال: the subject before فقد, never فقد itself
        return None if read is None or QAD_RE.fullmatch(folded[read[0]:read[1]]) else read
    return _preverbal_read(folded, vm)


def _name_then_office_aside(toks: list[str], spans: list[tuple[int, int]], at_line: bool = False) -> tuple[int, int] | None:
    """The folded span of a name of two to four words opening a clause (after أن, a comma or a full stop, or the
    sentence start when ``at_line``) when an office between commas follows it and the verb comes right after the
    second comma (أن فلان الفلاني، نائب الأمين العام للحزب، قال؛ دانيال إيك، رئيسها التنفيذي، يقول إنه): the
    subject written before its verb, with an apposition."""
    commas = [k for k, t in enumerate(toks) if t in (ARABIC_COMMA, ",")]
    if not commas:
        return None
    c = commas[-1]
    aside = toks[c + 1:]
    if not aside or not (_office(aside[0]) or _owned_office(aside[0])) or len(aside) > MAX_ASIDE_TOKENS \
            or any(t in SEPARATORS or t in _verb_words() for t in aside):
        return None
    opener = max((k for k in range(c) if toks[k] in SEPARATORS or toks[k] in _that()), default=-1)
    name = toks[opener + 1:c]
    if opener < 0 and not at_line or not 2 <= len(name) <= 4 or not _plausible_start(name[0]) \
            or not _is_name_token(name[0]) or not all(_is_name_token(t) or at_line and _family_in_al(t) for t in name[1:]):
        return None
    return spans[opener + 1][0], spans[c - 1][1]


def _owned_office(tok: str) -> bool:
    """رئيسها، مديرها، رئيستها: an office with its body's pronoun (دانيال إيك، رئيسها التنفيذي، يقول)."""
    stem = tok.removesuffix("\u0647\u0627").removesuffix("\u0647\u0645")
    if stem == tok or len(stem) < 3:
        return False
    return _office(stem) or stem[-1] == "\u062a" and _office(stem[:-1] + "\u0647")


def _family_in_al(tok: str) -> bool:
    """العتيبي، الحربي: a family name in ال after a first name opening the sentence (خالد العتيبي، مدير المركز،
    يقول), never a title, an office, a stop or a function word."""
    return _definite(tok) and len(tok) > 4 and not _is_title(tok) and not _office(tok) and tok not in _stops() \
        and tok not in _function_words()


MAX_PLURAL_CLAUSE_TOKENS = 12  # الذين تحركوا بطلب من أرملة الراحل: the clause before the verb
MAX_AFFILIATION_TOKENS = 6  # بول ليتل | من جامعة "ساوثمبتون": where the one named works, before his relative clause


@cache
def _contrast_leads() -> frozenset[str]:
    """Particles of contrast that open a clause before its subject (لكن فلان، ...، قال): never part of the name."""
    return frozenset(_f(w) for w in ("لكن", "ولكن"))


def _name_then_relative_aside(toks: list[str], spans: list[tuple[int, int]], at_line: bool) -> tuple[int, int] | None:
    """The folded span of a name of two to four words, after its title and before where he works (من جامعة ...),
    opening a clause (after أن, لكن, a comma, or the sentence start when ``at_line``) when a relative clause between
    commas follows and the verb comes right after the second comma (لكن البروفيسور فلان من جامعة "…"، الذي قاد
    فريق البحث، أوضح أن): the subject written before its verb, described by what he did."""
    commas = [k for k, t in enumerate(toks) if t in (ARABIC_COMMA, ",")]
    if not commas:
        return None
    c0 = commas[-1]
    aside = toks[c0 + 1:]
    if not aside or aside[0] not in (_f("الذي"), _f("التي")) or len(aside) > MAX_ASIDE_TOKENS \
            or any(t in SEPARATORS for t in aside):
        return None
    opener = max((k for k in range(c0) if toks[k] in (ARABIC_COMMA, ",") or toks[k] in _that()), default=-1)
    if opener < 0 and not at_line:
        return None
    k = opener + 1
    while k < c0 and (toks[k] in _contrast_leads() or _is_title(toks[k])):
        k += 1
    j = k
    while j < c0 and j - k < 4 and _is_name_token(toks[j]) and not _is_title(toks[j]) and toks[j] not in _stops():
        j += 1
    rest = toks[j:c0]
    if not 2 <= j - k <= 4 or not _plausible_start(toks[k]) \
            or rest and (rest[0] != "\u0645\u0646" or len(rest) > MAX_AFFILIATION_TOKENS):
        return None  # (not المصنع، الذي افتتح: no name; not فلان في حديثه، الذي: where he spoke, no affiliation)
    return spans[k][0], spans[j - 1][1]


@cache
def _contrast_openers() -> frozenset[tuple[str, ...]]:
    """إلا أن، غير أن، بيد أن، لكن: a contrast opening a sentence before its subject, no part of it."""
    return frozenset(tuple(_f(w).split()) for w in ("إلا أن", "الا ان", "غير أن", "بيد أن", "لكن", "ولكن"))


def _plural_with_clause(folded: str, line: int, vm: re.Match[str]) -> tuple[int, int] | None:
    """The folded span of a definite people's plural and its adjectives opening the sentence (after a contrast at
    most), then its relative clause (الذين …), then a plural verb of speaking (إلا أن الخبراء السويسريين الذين تحركوا
    بطلب من الأسرة اعتبروا أن): the subject written before its verb, never a name inside the clause."""
    verb = vm["verb"] or ""
    if not verb.endswith(("\u0648\u0627", "\u0648\u0646")):
        return None
    toks = list(TOKEN_RE.finditer(folded, line, vm.start()))
    words = [t.group() for t in toks]
    lead = next((len(o) for o in _contrast_openers() if tuple(words[:len(o)]) == o), 0)
    rel = next((k for k in range(lead + 1, min(lead + 4, len(words))) if words[k] == _f("الذين")), None)
    if rel is None or len(words) - rel > MAX_PLURAL_CLAUSE_TOKENS \
            or any(t in SEPARATORS or t in _verb_words() for t in words[lead:]):
        return None
    head = words[lead:rel]
    if not _definite(head[0]) or not _people_plural(head[0].removeprefix("\u0627\u0644")) \
            or not all(_definite(t) and t not in _stops() for t in head):
        return None
    return toks[lead].start(), toks[rel - 1].end()


def _name_with_clause(folded: str, line: int, vm: re.Match[str]) -> tuple[int, int] | None:
    """The folded span of a name, after its title, opening the sentence after a contrast, then its relative clause
    (الذي …), then a singular verb of speaking (لكن الطبيب فلان الفلاني الذي قاد فريق الدراسة قال، إلا أن فلان الذي
    التقط الصورة، قال إن): the subject written before its verb, never a name inside the clause."""
    verb = vm["verb"] or ""
    if verb.endswith(("\u0648\u0627", "\u0648\u0646")):
        return None
    toks = list(TOKEN_RE.finditer(folded, line, vm.start()))
    words = [t.group() for t in toks]
    lead = next((len(o) for o in _contrast_openers() if tuple(words[:len(o)]) == o), 0)
    k = lead
    while k < len(words) and _is_title(words[k]):
        k += 1
    rel = next((j for j in range(k + 1, min(k + 5, len(words))) if words[j] in (_f("الذي"), _f("التي"))), None)
    clause = words[rel + 1:-1] + ([] if words[-1] in (ARABIC_COMMA, ",") else words[-1:]) if rel is not None else []
    if not lead or rel is None or not clause or len(words) - rel > MAX_PLURAL_CLAUSE_TOKENS \
            or any(t in SEPARATORS or t in _verb_words() for t in words[lead:rel] + clause):
        return None
    name = words[k:rel]
    if not (_plausible_start(name[0]) or k > lead or len(name) == 1) \
            or not all(_is_name_token(t) and not _is_title(t) and t not in _stops() for t in name):
        return None  # (a name the lexicon does not know needs its title, or stands alone: إلا أن لوريمان الذي)
    return toks[lead].start(), toks[rel - 1].end()


def _body_with_clause(folded: str, line: int, vm: re.Match[str]) -> tuple[int, int] | None:
    """The folded span of a body of up to three definite words after the writer's أن, its relative clause, then a
    comma and the verb (ويشار إلى أن الحكومة العسكرية الحالية التي وصلت إلى السلطة ...، تقول إن): the body speaks."""
    toks = list(TOKEN_RE.finditer(folded, line, vm.start()))
    words = [t.group() for t in toks]
    that = next((k for k in range(min(4, len(words))) if words[k] in _that()), None)
    if that is None or len(words) < that + 5 or words[-1] not in (ARABIC_COMMA, ","):
        return None
    rel = next((k for k in range(that + 2, min(that + 5, len(words))) if words[k] in _relatives()), None)
    if rel is None or len(words) - rel > MAX_PLURAL_CLAUSE_TOKENS \
            or any(t in SEPARATORS or t in _verb_words() for t in words[that + 1:-1]):
        return None
    head = words[that + 1:rel]
    if not _institution_head(head[0].removeprefix("\u0627\u0644")) \
            or not all(_definite(t) and t not in _stops() for t in head):
        return None
    return toks[that + 1].start(), toks[rel - 1].end()


AMMA_LEAD_RE = re.compile(f"(?<![{AR}])[\u0648]?\u0627\u0645\u0627(?![{AR}])")  # أما, وأما


def _preverbal_read(folded: str, vm: re.Match[str]) -> tuple[int, int] | None:
    """_preverbal_subject's reading of the words before the verb up to the clause start."""
    line = _sentence_start(folded, vm.start())
    end = _blessing_start(folded, line, vm.start())  # ابن عباس رضي الله عنهما قال: the blessing, then the verb
    toks = TOKEN_RE.findall(folded, max(line, end - 60), end)
    spans = [m.span() for m in TOKEN_RE.finditer(folded, max(line, end - 60), end)]
    if len(toks) > 1 and toks[-1] in (ARABIC_COMMA, ",") and toks[-2] not in SEPARATORS:
        toks, spans = toks[:-1], spans[:-1]  # تنظيم الإخوان، زعم أن: the subject, a comma, its verb
    if (narrator := _narrator(toks, spans)) is not None and (end < vm.start() or _chained(toks, spans, narrator)):
        return narrator  # فعن سعيد بن زيد رضي الله عنه قال، وعن ابن عباس قال: the narrator of a hadith, mid-sentence
    wide = list(TOKEN_RE.finditer(folded, max(line, end - MAX_ASIDE_REACH), end))
    if wide and wide[-1].group() in (ARABIC_COMMA, ",") \
            and (named := _name_then_office_aside([m.group() for m in wide[:-1]], [m.span() for m in wide[:-1]],
                                                  not folded[line:wide[0].start()].strip())) is not None:
        return named  # ويذكر أن محمد جمور، نائب الأمين العام، قال إن: the name, its office between commas, its verb
    if wide and wide[-1].group() in (ARABIC_COMMA, ",") and (named := _name_then_relative_aside(
            [m.group() for m in wide[:-1]], [m.span() for m in wide[:-1]], wide[0].start() == line)) is not None:
        return named  # لكن البروفيسور فلان، الذي قاد فريق البحث، أوضح أن: the name, what he did between commas, his verb
    head = _source_with_clause(toks, spans, line >= vm.start() - 60)
    if head is not None:
        return head
    if (named := _name_then_occasion(folded, line, vm.start())) is not None:
        return named  # غير ان اوباما وفي مقابلة مع بي.بي.سي قال: the name, the occasion joined by و, the verb
    opening = TOKEN_RE.findall(folded, line, min(vm.start(), line + 40))
    clause = TOKEN_RE.findall(folded, line, vm.start())
    if len(opening) >= 3 and opening[1] in _relatives() and opening[0] in _first_names() \
            and not any(t in SEPARATORS or t in _verb_words() for t in clause):
        first = TOKEN_RE.search(folded, line)
        return first.span()  # بشرى التي حاولت ... قالت: a first name opening the sentence, its clause, then its verb
    held = next((k for k in range(1, min(4, len(opening))) if opening[k] in _relatives()), None)
    if held is not None and len(clause) - held <= 12 and (_office(opening[0]) or opening[0] in _anonymous()
                                                           or opening[0].removeprefix("\u0627\u0644") in _anonymous()) \
            and all(_definite(t) or _is_title(t) for t in opening[:held]) \
            and not any(t in SEPARATORS or t in _verb_words() and p not in _noun_leads() for p, t in pairwise(clause)):
        first = list(TOKEN_RE.finditer(folded, line, vm.start()))[:held]
        return first[0].start(), first[-1].end()  # المسؤول العراقي الذي رفض ذكر اسمه قال: an office opening the
        # sentence, its clause, then its verb
    if (body := _body_with_clause(folded, line, vm)) is not None:
        return body
    if (named := _name_with_clause(folded, line, vm)) is not None:
        return named  # لكن الطبيب فلان الذي قاد فريق الدراسة قال: the one named, his clause, his verb
    if (group := _plural_with_clause(folded, line, vm)) is not None:
        return group  # إلا أن الخبراء السويسريين الذين تحركوا بطلب من الأسرة اعتبروا أن: the people, their clause, the verb
    picked: list[tuple[int, int]] = []
    opened = False  # the subject starts right after a clause start or the sentence's start
    for tok, span in zip(reversed(toks), reversed(spans)):
        if tok in SEPARATORS or tok in _clause_starts() or tok in _that() \
                or tok.removeprefix("\u0648") == _f("عن") and picked and end < vm.start() \
                and (not (prior := TOKEN_RE.findall(folded, line, span[0])) or prior[-1] in SEPARATORS):
            opened = True
            break  # يذكر أن تنظيم الإخوان، زعم; عن ابن عباس رضي الله عنهما قال: a narrator opening the sentence
        bare = tok[1:]
        if tok[:1] in "\u0648\u0641" and bare.startswith("\u0627\u0644") and _definite(bare) and len(picked) < MAX_PREVERBAL_TOKENS \
                and bare not in _relatives() and bare not in _stops() and bare not in _function_words() \
                and bare not in _demonstratives() and bare not in _time_leads() and not bare.startswith(ALLAH) \
                and not _name_elsewhere(folded, tok):
            picked.append((span[0] + 1, span[1]))  # فالبعض يقول، والوزير قال: the conjunction opens a clause on its subject
            opened = True
            break
        if not picked and tok in _by_oneself():
            continue  # فالرئيس أوباما بنفسه قال: the name before "himself" speaks
        if tok in _partitives() and picked and len(picked) < MAX_PREVERBAL_TOKENS and _definite(folded[picked[-1][0]:picked[-1][1]]):
            picked.append(span)  # أحد الأصدقاء قال لي: one of the friends, the partitive heads the subject
            continue
        if len(picked) == MAX_PREVERBAL_TOKENS or tok in _stops() or tok in _function_words() or tok in _relatives() \
                or tok in _time_leads() or tok in _verb_words() or tok in _pronoun_objects() \
                or tok.removeprefix("\u0648") in _subordinators() or tok[:1] == "\u0648" and not _definite(tok) and not _office(tok) \
                or tok.startswith(("\u0628\u0627\u0644", "\u0644\u0644")) \
                or not (_definite(tok) or _is_name_token(tok) or _is_title(tok)):
            return None  # (but وزير is an office, not و + a word: ديفيد ميليبند وزير الخارجية الأسبق قال)
        picked.append(span)
    else:
        if line < vm.start() - 60 or not picked:
            return None  # the clause start is out of reach
        opened = True
    if not picked:
        return None
    if len(picked) > 3:  # لكن إياد البزم المتحدث باسم الوزارة قال: a longer subject opens on a name or a title
        first = folded[picked[-1][0]:picked[-1][1]]
        if not opened or not (_plausible_start(first) or _is_title(first) or _office(first.removesuffix("\u0627"))):
            return None
    return picked[-1][0], picked[0][1]


NAME_THEN_OCCASION_RE = re.compile(
    f"\\s*(?:(?:{_f('لكن')}|{_f('غير')}\\s+{_f('أن')}|{_f('إلا')}\\s+{_f('أن')}|{_f('بيد')}\\s+{_f('أن')})\\s+)?"
    f"(?P<name>[{AR}]+(?:\\s+[{AR}]+){{0,2}})\\s+\u0648(?:{_f('في')}|{_f('خلال')})\\s+(?:[^.\u060c,:\\n\u061f!]|\\.(?=\\S)){{3,80}}?\\s*$")  # (بي.بي.سي: dots inside a word)


def _name_then_occasion(folded: str, line: int, verb_start: int) -> tuple[int, int] | None:
    """A sentence opening on a person's name, then an occasion joined by و, then the verb (لكن اوباما وفي مقابلة مع
    القناة قال): the name is the subject. Only a name the text gives with its first name, or a full name."""
    m = NAME_THEN_OCCASION_RE.match(folded, line, verb_start)
    if m is None:
        return None
    words = m["name"].split()
    if not all(_is_name_token(w) and w not in _stops() and w not in _function_words() for w in words):
        return None
    if not (_plausible_name(words) and len(words) >= 2 or _first_name_before(folded, words[-1]) is not None):
        return None
    return m.start("name"), m.end("name")


def _name_elsewhere(folded: str, tok: str) -> bool:
    """The word is written after a first name elsewhere in the text (سامي فالون ... فالون قال): a family name."""
    at = folded.find(tok)
    while at >= 0:
        before = WORD_RE.findall(folded, max(0, at - 20), at)
        if before and before[-1] in _first_names() and folded[at - 1:at].isspace():
            return True
        at = folded.find(tok, at + len(tok))
    return False


# أما فلان ف (and a longer topic set off by a comma: أما الفنان التشكيلي فلان، فيوضح أن): up to sixteen words.
AMMA_RE = re.compile(f"(?<![{AR}])[\u0648]?\u0627\u0645\u0627\\s+(?P<topic>[{AR}]+(?:\\s+[{AR}]+){{0,5}})\\s*$"
                     f"|(?<![{AR}])[\u0648]?\u0627\u0645\u0627\\s+(?P<long>[{AR}]+(?:\\s*[{ARABIC_COMMA},]?\\s+[{AR}]+){{0,15}})"
                     f"\\s*[{ARABIC_COMMA},]\\s*$")


# أما with its topic, a comma and فقد before the verb (أما المؤرخ فلان الفلاني، فقد اعتبر أن; أما الأستاذة بجامعة
# منوبة، آمال قرامي، فقد أوضحت): up to sixteen words, commas between them.
AMMA_QAD_RE = re.compile(f"(?<![{AR}])[\u0648]?\u0627\u0645\u0627\\s+(?P<topic>[{AR}]+(?:\\s*[{ARABIC_COMMA},]?\\s+[{AR}]+){{0,15}})"
                         f"\\s*[{ARABIC_COMMA},]?\\s*\u0641(?:\u0644)?\u0642\u062f\\s*$")
QAD_RE = re.compile(f"(?<![{AR}])\u0641(?:\u0644)?\u0642\u062f\\s*$")  # فقد، فلقد right before the verb


def _amma_topic(folded: str, vm: re.Match[str]) -> tuple[int, int] | None:
    """The topic of أما ... فـ before the verb (أما خالد فيقول إنه، وأما الوزير فقال): its subject."""
    m = AMMA_RE.search(folded, max(_sentence_start(folded, vm.start()), vm.start() - 160), vm.start())
    if m is not None and m["long"]:
        return _topic_span(m, "long")
    return _topic_span(m) if m is not None and m.start() >= vm.start() - 50 else None


def _qad_topic(folded: str, vm: re.Match[str]) -> tuple[int, int] | None:
    """Whether فقد stands right before the verb, and then the topic of the أما it answers (أما المؤرخ فلان، فقد
    اعتبر أن): its subject. فقد itself is never one; with no topic of a person (أما بالنسبة للصورة، فقد شدد) the
    speaker is the last one. ``(-1, -1)`` when فقد answers no person's topic, None when no فقد."""
    if QAD_RE.search(folded, max(0, vm.start() - 8), vm.start()) is None:
        return None
    m = AMMA_QAD_RE.search(folded, max(_sentence_start(folded, vm.start()), vm.start() - 160), vm.start())
    return _topic_span(m) or (-1, -1)


def _topic_span(m: re.Match[str] | None, group: str = "topic") -> tuple[int, int] | None:
    """The folded span of أما's topic when it is no adverbial. A topic set off in parts by commas whose apposition holds
    a word the check refuses is read by its first part alone (أما فلانة، المستشارة في الشركة، فأكدت: the person)."""
    if m is None:
        return None
    if _topic_words_ok(m[group].split()):
        return m.start(group), m.end(group)
    head = re.split(f"[{ARABIC_COMMA},]", m[group])[0].rstrip()
    if head == m[group].rstrip() or not _topic_words_ok(head.split()):
        return None
    return m.start(group), m.start(group) + len(head)


def _topic_words_ok(words: list[str]) -> bool:
    """No stop, function or verb word in the topic and no matter at its head (أما في الجانب الآخر فقال: an
    adverbial, not a person; أما موضوع التمكين فقد لاحظت: a matter)."""
    toks = [t.strip(ARABIC_COMMA + ",") for t in words if t not in (ARABIC_COMMA, ",")]
    return bool(toks) and not (any(t in _stops() or t in _function_words() or t in _verb_words() for t in toks)
                               or toks[0] in _matters())


# A topic fronted before إذ and a present verb, opening its sentence (ووزارة الداخلية إذ تعلن ذلك، والمملكة إذ تدين):
# the present verbs of the sentence after it are the topic's.
IDH_TOPIC_RE = re.compile(f"\\s*(?:[\u0648\u0641](?=[\u0648\u0641]|\u0627\u0644))?(?P<topic>[{AR}]+(?:\\s+[{AR}]+){{0,3}}?)\\s+\u0627\u0630\\s+[\u062a\u064a][{AR}]{{2,6}}(?![{AR}])")


def _idh_topic(folded: str, vm: re.Match[str]) -> tuple[int, int] | None:
    """The topic a present verb reports for when its sentence opens on the topic, إذ and a present verb (ووزارة
    الداخلية إذ تعلن ذلك لتؤكد ... وتحذر ... بأن، والمملكة إذ تدين ... فإنها تؤكد أن): a body or a definite noun of
    up to four words, the verb after إذ. Its folded span, else None."""
    m = IDH_TOPIC_RE.match(folded, _sentence_start(folded, vm.start()))
    if m is None or m.end("topic") > vm.start():
        return None  # (the verb may be the one after إذ: والوزارة إذ تؤكد أن)
    toks = m["topic"].split()
    if not (_definite(toks[0]) or _institution_head(toks[0])) \
            or any(t in _stops() or t in _function_words() or t in _verb_words() for t in toks):
        return None  # وفي هذا الإطار إذ: an adverbial, not a body
    return m.start("topic"), m.end("topic")


def _source_with_clause(toks: list[str], spans: list[tuple[int, int]], whole: bool) -> tuple[int, int] | None:
    """An indefinite source before its verb with a clause describing it, whose verb takes the
    source back as a pronoun (لكن دراسة نشرتها دورية ساينس أشارت، تقرير أعده خبراء أكد): the source."""
    cut = max((k + 1 for k, t in enumerate(toks) if t in SEPARATORS and t not in QUOTE_CHARS or t in _clause_starts()), default=0)
    if cut == 0 and not whole:
        return None  # the clause start is out of reach
    toks, spans = toks[cut:], spans[cut:]
    if not 3 <= len(toks) <= 7:
        return None
    head, verb = toks[0].removeprefix("\u0648"), toks[1]
    if head not in _sources() or len(verb) < 4 or not verb.endswith(("\u0647\u0627", "\u0647")) \
            or verb.removesuffix("\u0647\u0627").removesuffix("\u0647")[:1] == "\u0645" \
            or any(t in _verb_words() or t in _stops() and t not in _chain_prepositions() for t in toks[2:]):
        return None  # نشرتها، أعده: a past verb (not a noun with a pronoun, مضمونها)
    return spans[0][0] + (1 if toks[0] != head else 0), spans[0][1]


@cache
def _noun_leads() -> frozenset[str]:
    """Verbs of refusing, preferring and wishing, after which a speech verb's form is its verbal noun (رفض ذكر
    اسمه، فضل عدم الكشف، طلب ذكر، لم يشأ كشف هويته)."""
    return frozenset(_f(w) for w in ("رفض", "رفضت", "يرفض", "ترفض", "رافضا", "رافضة", "فضل", "فضلت", "مفضلا",
                                     "مفضلة", "طلب", "طلبت", "طالبا", "طالبة", "يفضل", "تفضل",
                                     "يشأ", "تشأ", "شاء", "شاءت", "يرغب", "ترغب", "راغبا", "راغبة"))


def _attributed_source(text: str, folded: str, back: Sequence[int], vm: re.Match[str],
                       entities: Sequence[Entity], seen: list[_Speaker]) -> _Speaker | None:
    """The subject of an attribution (بحسب ما أكده مدير المركز، وفق ما أفاد به فلان)."""
    start, end = vm.end(), _sentence_end(folded, vm.end())
    m = WORD_RE.search(folded, start, end)
    if m and m.group() in _pronoun_objects():
        start = m.end()
    toks = TOKEN_RE.findall(folded, start, end)
    if toks and toks[0] in (ARABIC_COMMA, ","):
        return None  # بحسب ما ذكر، فإن ...: the comma closes the attribution, its source is the last speaker
    if not toks or len(toks) > MAX_SUBJECT_TOKENS or COMPLEMENTIZER_RE.match(folded, start + len(folded[start:end]) - len(folded[start:end].lstrip())):
        return None  # ما يؤكد أن: "which shows that", no one is the source
    return _speaker(text, folded, back, start, end, entities, seen)


ACCORDING_RE = re.compile(f"\\s*[\u0648\u0641]?\u0628?(?:\u062d\u0633\u0628|\u0648\u0641\u0642)\\s+(?!\u0645\u0627(?![{AR}]))")  # وحسب، بحسب، وفق (not حسب ما)


def _according_to(text: str, folded: str, back: Sequence[int], vm: re.Match[str],
                  entities: Sequence[Entity], seen: list[_Speaker]) -> _Speaker | None:
    """The source a sentence opens with (وحسب صحيفة "ستيت" المحلية، فإن ...): a participle later in
    that sentence (مشيرة إلى أن) goes on with the source's words, the source is its subject."""
    span = _opening_source(folded, _sentence_start(folded, vm.start()), vm.start())
    if span is None:
        return None
    if any(v["verb"] for v in VERB_RE.finditer(folded, span[1], vm.start())):
        return None  # وبحسب "رويترز"، فقد قال هولاند إن ...، مشيرا: the participle goes on with the one who spoke
    own = _subject_after_source(text, folded, back, span[1], vm.start(), entities, seen)
    return own or _speaker(text, folded, back, span[0], span[1], entities, seen)


TRAILING_SOURCE_RE = re.compile(
    f"(?<![{AR}])[\u0648]?\u0628?(?:(?:\u062d\u0633\u0628|\u0648\u0641\u0642)(?![{AR}])|\u0648\u0641\u0642\u0627\\s+\u0644)\\s*"
    f"(?P<said>\u0645\u0627\\s+[{AR}]+(?:\\s+\u0628\u0647)?\\s+)?")  # بحسب، وفق، وفقا ل (ما أكده، ما أفاد به)
MAX_TRAILING_SOURCE_TOKENS = 10  # المتحدث باسم البنتاغون، آدام ستامب: an office and the name between commas


def _trailing_source(text: str, folded: str, back: Sequence[int], vm: re.Match[str],
                     entities: Sequence[Entity], seen: list[_Speaker]) -> _Speaker | None:
    """The source a sentence closes with, right before a participle (…، بحسب المتحدث باسم البنتاغون، فلان، مضيفا
    أن; وفق ما أكده فلان، الممثل عن الأولياء، مشيرا): with no speech verb before it in the sentence, the
    participle goes on with the source's words, the source is its subject."""
    line = _sentence_start(folded, vm.start())
    before = folded[line:vm.start()].rstrip()
    if not before.endswith((ARABIC_COMMA, ",")):
        return None
    close = line + len(before) - 1
    leads = list(TRAILING_SOURCE_RE.finditer(folded, line, close))
    if not leads:
        return None
    lead = leads[-1]
    if any(v["verb"] for v in VERB_RE.finditer(folded, line, lead.start())):
        return None  # قال فلان إن …، بحسب الوكالة، مضيفا: the participle goes on with the one who spoke
    start = lead.end()
    toks = TOKEN_RE.findall(folded, start, close)
    if lead["said"] and toks and toks[0][:1] == "\u0644" and len(toks[0]) > 2 and ARABIC_COMMA in toks \
            and toks.index(ARABIC_COMMA) <= 4:
        start = folded.index(ARABIC_COMMA, start, close) + 1  # بحسب ما أكده لمراسلة الإذاعة، فلان، القيادي في
        toks = TOKEN_RE.findall(folded, start, close)  # الحزب، مضيفا: the one spoken to, then the source
    commas = sum(t in (ARABIC_COMMA, ",") for t in toks)
    if not toks or len(toks) > MAX_TRAILING_SOURCE_TOKENS or commas > 1 or toks[0] in (ARABIC_COMMA, ",") \
            or any(t in SEPARATORS and t not in (ARABIC_COMMA, ",") for t in toks):
        return None
    said = lead["said"]
    if said and not any(v["verb"] for v in VERB_RE.finditer(folded, lead.start("said"), lead.end())) \
            and not any(v["verb"] for w in said.split()[1:2] if w.endswith("\u0647")
                        for v in [VERB_RE.fullmatch(w[:-1])] if v is not None):
        return None  # وفق ما ينص عليه المرسوم: what a text lays down, no one speaks (but ما أكده: what he stated)
    if not said and not (_office(toks[0]) or toks[0] in _anonymous() or toks[0].removeprefix("\u0627\u0644") in _anonymous()):
        return None  # حسب الاستطاعة، وفق حجوزاتهم، بحسب تعبيره، حسب توصية المدرب: a measure or a manner, no source
    return _speaker(text, folded, back, start, close, entities, seen)


def _subject_after_source(text: str, folded: str, back: Sequence[int], end: int, limit: int,
                          entities: Sequence[Entity], seen: list[_Speaker]) -> _Speaker | None:
    """The subject of a verb right after an opening source's comma (وحسب موقع "يمن برس"، تابع فلان هجومه …،
    قائلا): the one who acted speaks on, not the source that tells of it (but وبحسب البيان فإن: the source's words)."""
    after = WORD_RE.search(folded, end, limit)
    if folded[end:end + 1] not in (ARABIC_COMMA, ",") or after is None or _definite(after.group()) or after.group() in _function_words() or after.group() in _stops() \
            or folded[end:after.start()].strip(f" {ARABIC_COMMA},"):
        return None
    return _clause_speaker(text, folded, back, after.end(), limit, entities, seen)


def _opening_source(folded: str, start: int, limit: int) -> tuple[int, int] | None:
    """The folded region of the source a sentence opens with, up to its comma or فإن (وحسب صحيفة "ستيت"،
    ووفق الناطق باسم المجلس فلان فإن "…")."""
    m = ACCORDING_RE.match(folded, start, limit)
    if m is None:
        return None
    fa_inna = re.search(f"(?<![{AR}])\u0641\u0627\u0646(?![{AR}])", folded[m.end():limit])  # فإن folded
    ends = [x for x in (folded.find(ARABIC_COMMA, m.end(), limit), folded.find(",", m.end(), limit),
                        m.end() + fa_inna.start() if fa_inna else -1) if x >= 0]
    if not ends or len(TOKEN_RE.findall(folded, m.end(), min(ends))) > 8:
        return None
    return m.end(), min(ends)


def _whoever_before(folded: str, vm: re.Match[str], prev: list[str]) -> tuple[int, int] | None:
    """The folded span of the relative من right before a speech verb that opens its words at once (وكذا من يقول:،
    بمن يقول أن): no preposition stands before a verb, so من is "whoever", the verb's subject."""
    if not vm["verb"] or vm["conj"] or not prev or prev[-1] not in _whoever():
        return None
    if _verb_gender(vm) == "f":
        return None  # وقضايا ضد من قالت إنهم: من takes a masculine verb; a feminine one has its own subject (she)
    if not COMPLEMENTIZER_RE.match(folded, vm.end() + (1 if folded[vm.end():vm.end() + 1] == " " else 0)):
        return None
    end = folded.rfind(prev[-1], 0, vm.start()) + len(prev[-1])
    if folded[end:vm.start()].strip():
        return None  # ثم من؟ قال: أمك: a question ends before the verb
    return end - 2, end


@cache
def _whoever() -> frozenset[str]:
    """من, alone or glued to a preposition or و/ف (بمن، لمن، ممن، ومن، فمن)."""
    return frozenset("\u0645\u0646" if not p else p + "\u0645\u0646" for p in ("", "\u0628", "\u0644", "\u0645", "\u0648", "\u0641"))


def _glued_title(word: str) -> bool:
    """A title with ب or ل glued to it (بمدير، بالمواطن، للمواطن): the object of a verb of meeting, not a title to keep."""
    return word.startswith("\u0644\u0644") and _is_title("\u0627\u0644" + word[2:]) \
        or word[:1] in "\u0628\u0644" and not word.startswith("\u0644\u0644") and _is_title(word[1:])


SABAQA_RE = re.compile(f"(?<![{AR}])[\u0648\u0641]?\u0633\u0628\u0642\\s+\u0644(?=[{AR}])")  # (و)سبق ل, folded
OWN_PRONOUNS = ("\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627", "\u0647\u0646", "\u0646\u0627", "\u064a",
                "\u0643", "\u0643\u0645")  # له، لها، لهم، لنا، لي، لك: the one already speaking


def _earlier_to(folded: str, line: int, start: int) -> tuple[int, int] | None:
    """The folded span of the one after ل in سبق لفلان أن قال / وأن أكد ("he had said before"), who speaks; None for a
    pronoun (سبق له أن: the one speaking goes on) or a definite noun, whose alif ل swallowed (سبق للرئيس)."""
    m = None
    for m in SABAQA_RE.finditer(folded, max(line, start - 80), start):
        pass
    if m is None:
        return None
    toks = list(TOKEN_RE.finditer(folded, m.end(), start))
    if len(toks) < 2 or toks[-1].group() not in (_f("أن"), _f("وأن")) or len(toks) > 6:
        return None
    toks = toks[:-1]
    if toks[0].group() in OWN_PRONOUNS or toks[0].group()[:1] == "\u0644" \
            or any(t.group() in SEPARATORS or t.group() in _verb_words() for t in toks):
        return None
    return toks[0].start(), toks[-1].end()


MAX_KAN_SUBJECT_TOKENS = 8  # يذكر أن وزير الخدمة المدنية خالد بن عبدالله العرج كان قد أوضح: an office and a full name
ILLA = "\u0627\u0644\u0627"  # إلا folded: لم يحسمه إلا تصريح الوزير الذي أكد، the antecedent stands after it


def _kan_after_an(kans: Sequence[re.Match[str]]) -> bool:
    """The last كان/كانت of ``kans`` comes after an أن (يذكر أن الوزارة كانت قد أعلنت): the subject stands between them."""
    return len(kans) >= 2 and kans[-1].group().strip() in (_f("كان"), _f("كانت")) \
        and kans[-2].group().strip() in (_f("ان"), _f("وان"))


def _subject_before(folded: str, vm: re.Match[str], prev: list[str]) -> tuple[int, int] | None:
    """The folded span of a subject written before its verb: كان ... قد أكد, or the source
    of a report: نقلت ... عن فلان قوله."""
    start = vm.start()
    line = _sentence_start(folded, start)
    if vm["cont"] and vm["cont"].startswith(QAWL):
        at = folded.rfind(" \u0639\u0646 ", line, start)  # عن
        if at < 0 or not NAQL_RE.search(folded, line, at) or len(TOKEN_RE.findall(folded, at + 4, start)) > 16:
            return None
        return at + 4, start
    if vm["verb"] and not vm["conj"] and prev and prev[-1] in (_f("أنه"), _f("أنها")):
        an = folded.rfind(prev[-1], line, start)  # روي عن النبي صلى الله عليه وسلم أنه قال: the one the saying is
        at = folded.rfind(" \u0639\u0646 ", line, an)  # reported of, named after عن, said it
        between = TOKEN_RE.findall(folded, at + 4, an) if at >= 0 else []
        if between and len(between) <= 8 and not any(t in SEPARATORS or t in _verb_words() for t in between):
            bless = next((m.start() for m in TOKEN_RE.finditer(folded, at + 4, an)
                          if m.group() in BLESSING_WORDS or m.group() == _f("صلى")), an)
            return at + 4, bless if bless > at + 4 else an  # عن أبي ذر رضي الله عنه أنه قال: the name, not the blessing
    if vm["verb"] and prev and prev[-1] == "\u0642\u062f":  # قد
        kans = list(KAN_RE.finditer(folded, max(line, start - 200), start))
        kan = kans[-1] if kans else None  # the nearest كان/أن before قد (يذكر أن الفتى يزاول تعليمه وأن أحد رفاقه قد أكد)
        if kan:
            qad = folded.rfind("\u0642\u062f", kan.end(), start)
            between = TOKEN_RE.findall(folded, kans[-2].end(), kan.start()) if _kan_after_an(kans) else []
            comma = bool(between) and between[-1] in (ARABIC_COMMA, ",")  # يذكر أن الوزير فلان، كان قد أوضح
            if qad == kan.end() and 1 <= len(between) - comma <= MAX_KAN_SUBJECT_TOKENS \
                    and not any(t in SEPARATORS or t in _verb_words() or t in _function_words() for t in between[:-1 if comma else None]):
                end = kans[-2].end() + len(folded[kans[-2].end():kan.start()].rstrip().rstrip(ARABIC_COMMA + ","))
                return kans[-2].end(), end  # يذكر أن الوزارة كانت قد أعلنت: the subject between أن and كانت
            return (kan.end(), qad) if qad > kan.end() else None
    if vm["verb"] and not vm["conj"] and prev and prev[-1] in (_f("أن"), _f("وأن")) \
            and (earlier := _earlier_to(folded, line, start)) is not None:
        return earlier  # وسبق لأوباما أن أكد: the one it was said by before
    rel_word = prev[-1] if prev else ""
    if rel_word[:1] == "\u0648" and rel_word[1:] in _relatives() \
            and folded[:folded.rfind(rel_word, line, start)].rstrip().endswith((ARABIC_COMMA, ",")):
        rel_word = rel_word[1:]  # فلان، والذي قال: the relative after a comma, its و no new clause
    if vm["verb"] and not vm["conj"] and rel_word[:1] == "\u0648" and rel_word[1:] in _relatives() \
            and {rel_word[1:], _verb_gender(vm)} not in ({_f("التي"), "m"}, {_f("الذي"), "f"}):
        return _name_before_relative(folded, line, folded.rfind(rel_word, line, start),
                                     _verb_gender(vm) == "f")  # نايف العتيبي والذي ذكر
    if vm["verb"] and not vm["conj"] and rel_word in _relatives():
        if {rel_word, _verb_gender(vm)} in ({_f("التي"), "m"}, {_f("الذي"), "f"}):
            return None  # الدول التي قال إنها: the antecedent is what he spoke of, not who spoke
        after = WORD_RE.match(folded, vm.end() + 1) if folded[vm.end():vm.end() + 1] == " " else None
        if after is not None and after.group() in _pronoun_objects() and after.group() != _f("بذلك") \
                and not _statement_before(folded, line, folded.rfind(prev[-1], line, start)):
            return None  # المقابلة التي قالت فيها أنها، المدينة التي قال عنها: the pronoun after the verb stands for
            # the antecedent, a thing spoken in or of, not who spoke
        rel = folded.rfind(prev[-1], line, start)  # بيان الجامعة الذي أشار إلى: the antecedent speaks
        toks = list(TOKEN_RE.finditer(folded, max(line, rel - 80), rel))
        if len(toks) > 1 and toks[-1].group() in (ARABIC_COMMA, ","):  # الطالب مقبول العلياني، الذي اعتبر أن:
            named = _region_tokens(folded, toks[0].start(), toks[-1].start())  # the name before the comma and the clause
            run = next((r for r in _runs(named) if r[1] == len(named) and r[1] - r[0] >= 2), None)
            if run is None or not _plausible_name([t[0] for t in named[run[0]:run[1]]]):
                head = _described_before_comma(toks[:-1]) if COMPLEMENTIZER_RE.match(folded, vm.end() + 1) \
                    and rel_word in (_f("الذي"), _f("التي")) and _verb_gender(vm) != "p" else None  # (أمانة المنطقة،
                # التي أكدوا أنها: what they spoke of)
                return (toks[head].start(), toks[-2].end()) if head is not None else None  # اللجنة الدائمة، التي
                # أكدت أن: a body, an office or a source described before the comma
            titled = run[0] and _person_title(named[run[0] - 1][0]) \
                and not _glued_title(named[run[0] - 1][0])  # المهندس علي فلان، الذي بين: the title (not
            # التقت بالمواطن فلان، الذي: the one met, named without the preposition)
            first = named[run[0]][0]
            glued = not titled and first[:1] in "\u0628\u0644" and first[1:] in _first_names()  # لحسن فلان، والذي
            return named[run[0] - titled][1] + glued, named[run[1] - 1][2]  # keeps علي a name when the span is read again
        if (quoted := _quoted_name_before(toks)) is not None:
            return quoted  # الأستاذ "حاتم سليمان" الذي بين أن: the name in quote marks after a title speaks
        k = len(toks)
        while k > 0 and toks[k - 1].group() not in SEPARATORS and toks[k - 1].group() not in _stops() \
                and toks[k - 1].group() not in _verb_words() and len(toks) - k < 6 and toks[k - 1].group() != ILLA \
                and (toks[k - 1].group() not in _function_words() or toks[k - 1].group() in _reflexives()):
            k -= 1
        if k < len(toks) - 1 and toks[-1].group() in _first_names() and not _definite(toks[-1].group()) \
                and not _definite(toks[-2].group().removeprefix("\u0648")) and toks[-2].group() not in _name_links():
            return toks[-1].start(), rel  # كانت الجماهير تنتظر وعود أخيه منصور الذي أكد: the one named by his first
            # name right before the relative, not a definite word before him
        first = next((m for m in range(k, len(toks)) if _definite(toks[m].group())), None)
        if first is not None and toks[first].group()[:1] in "\u0628\u0644\u0643" and not toks[first].group().startswith("\u0627\u0644"):
            return None  # مرتبط بالهجوم الانتحاري الذي قال إن: the object of a preposition, not who spoke
        if first is None:  # اتصل بشقيقه الذي: the word just before, without its preposition
            last = toks[-1] if toks and toks[-1].group() not in SEPARATORS else None
            if last is None or last.group() in _function_words():
                return None
            if len(toks) >= 2 and _institution_head(toks[-2].group()) and not _definite(toks[-2].group()):
                return toks[-2].start(), rel  # بيان جامعة تبوك التي أكدت: the body named by the chain speaks
            glued = last.group()[:1] in "\u0628\u0644" and len(last.group()) >= 4 \
                and not _written_again(folded, last.group())  # (but بلاتر الذي, a name written alone elsewhere)
            return last.start() + glued, rel
        inner = next((m for m in range(len(toks) - 1, first, -1) if toks[m].group()[:1] in "\u0628\u0644" and (
            m + 1 < len(toks) and toks[m].group()[1:3] != "\u0627\u0644" and len(toks[m].group()) >= 4
            and _definite(toks[m + 1].group()) and (_people_plural(toks[m].group()[1:]) or toks[m].group().endswith(
                "\u064a") and _office(toks[m].group()[1:-1])) or m == len(toks) - 1 and toks[m].group().startswith("\u0628\u0627\u0644")
            and len(toks[m].group()) >= 6)), None) if prev[-1] == _f("الذين") else None
        if inner is not None:  # والتقى الوزير ب|ممثلي الشركات الذين أكدوا، وأشاد ب|المتطوعين الذين: those met or
            return toks[inner].start() + 1, rel  # praised, after their ب, speak (not the verb's subject before them)
        if first > k and _is_title(toks[first - 1].group()):
            first -= 1  # بيان | الجامعة: the head of the definite noun's chain
            if first > k and toks[first].group() == _f("باسم") and _is_title(toks[first - 1].group()):
                first -= 1  # متحدث | باسم الشرطة الذي قال: the spokesman, not "in the name of"
        elif first > k and first == len(toks) - 1 and (toks[first - 1].group() in _first_names()
                                                       or _bare_then_family([toks[first - 1].group(), toks[first].group()])) \
                and toks[first - 1].group() not in _ambiguous_names() and not _is_title(toks[first - 1].group()):
            first -= 1  # رئيس مجلس قروي سوسيا | جهاد النواجعة الذي قال: the first name with the family name
        return toks[first].start(), rel  # ما نفاه | الطالب ذاته الذي
    if vm["verb"] and not vm["conj"]:
        kans = list(KAN_RE.finditer(folded, max(line, start - 80), start))
        kan = kans[-1] if kans else None
        end = start
        if _kan_after_an(kans) and TOKEN_RE.findall(folded, kan.end(), start) in ([], [_f("قد")]):
            end = kan.start() - (kan.start() > 0 and folded[kan.start() - 1] == " ")  # يذكر أن الوزارة كانت قد
            kan = kans[-2]  # أعلنت أنها: the subject stands between أن and كانت, as between أن and the verb
        between = TOKEN_RE.findall(folded, kan.end(), end) if kan is not None else []
        if len(between) >= 3 and between[-1] in (ARABIC_COMMA, ",") and kan is not None \
                and kan.group().strip() in (_f("وكان"), _f("وكانت")) \
                and (_office(between[0]) or _institution_head(between[0])) and not _definite(between[0]):
            between = between[:-1]  # وكانت وكالة تصنيف المقاولين بوزارة الشؤون البلدية، أوضحت: a comma closes the
            end = folded.rfind(between[-1], kan.end(), start) + len(between[-1])  # subject of a body described at length
        described = (_office(between[0]) or _institution_head(between[0]) or between[0] in _anonymous()
                     or _accusative_anonymous(between[0])) \
            if between else False  # وكانت جماعة سلفية متشددة في غزة أعلنت: a body described at length
        lakin = kan is not None and kan.group().strip().endswith(LAKIN) and not _subject_after_lakin(between) \
            and not (between and (between[0] in _anonymous() or _accusative_anonymous(between[0])))  # لكن مصادر في
        # الشرطة قالت، لكن مصدرا على صلة بفلان قال: an unnamed source with its description is the subject
        reach = 12 if described and (not _definite(between[0]) or _after_contrast_particle(folded, line, kan)) \
            else 4  # (لكن المتحدث باسم حاكم ولاية قندوز فلان قال: an office described at length, then its holder)
        if kan is not None and 1 <= len(between) <= reach \
                and not lakin and (between[0] not in _existentials() or len(between) > 1 and between[1] != _f("من")) and not any(t in _verb_words() for t in between) and not any(
                t.removeprefix("\u0648") in _subordinators() or t in _function_words() or t in SEPARATORS - QUOTE_CHARS
                or t in _verb_particles() or t == ILLA for t in between):  # أن فوائد العسل كثيرة وقد ذكرت: a new
            # clause (فما كان منه إلا قال: the one the pronoun stands for speaks, not منه)
            if between[0] in _existentials():  # أن هناك تفاسير تقول: what there is speaks (هناك من قال: whoever)
                return TOKEN_RE.search(folded, kan.end() + folded[kan.end():].find(between[0]) + len(between[0])).start(), end
            return kan.end(), end  # وكان مسؤول أفغاني قال في وقت سابق إن، لكن وسائل إعلام ألمانية أشارت إلى أن
    return None


def _after_contrast_particle(folded: str, line: int, kan: re.Match[str] | None) -> bool:
    """The particle ``kan`` is لكن, or the أن of إلا أن، غير أن، بيد أن: a contrast before the subject."""
    if kan is None:
        return False
    if kan.group().strip().endswith(LAKIN):
        return True
    words = tuple(TOKEN_RE.findall(folded, max(line, kan.start() - 6), kan.end()))
    return any(len(o) == 2 and words[-2:] == o for o in _contrast_openers())


MAX_ANTECEDENT_TOKENS = 8  # الطبيب المعالج للاعب الكونغولي: a described speaker before a comma and its relative


def _speaking_head(tok: str) -> bool:
    """A word that heads a described speaker: an office (not one that is an adjective after a head), a body, a
    written source or an unnamed one."""
    return _office(tok) and tok.removeprefix("\u0627\u0644") not in _adjective_offices() or _institution_head(tok) \
        or tok in _sources() or tok in _anonymous()


@cache
def _adjective_offices() -> frozenset[str]:
    """Office words that are adjectives after a head (المدير العام، الأستاذ الجامعي): no head of their own."""
    return frozenset(_f(w) for w in ("عام", "جامعي", "جامعية", "متقاعد"))


def _described_before_comma(toks: Sequence[re.Match[str]]) -> int | None:
    """Where the description of a speaker ends the words before a comma and a relative (من اللجنة الدائمة، التي
    أكدت؛ تصريحات الطبيب المعالج للاعب الكونغولي، والذي أكد؛ مصادر مقربة من الفنان، والتي قالت): the nearest
    head word, with the heads in construct before it (and the name before them), or the source a closeness (مقربة من)
    describes. None when no head stands in the phrase after the last stop, separator or verb, or when the head is a
    definite word alone before the comma (a body the text named in full before)."""
    words = [t.group() for t in toks]
    k = len(words)
    while k > 0 and len(words) - k < MAX_ANTECEDENT_TOKENS and words[k - 1] not in SEPARATORS \
            and words[k - 1] not in _verb_words() and not LATIN_OR_DIGIT_RE.search(words[k - 1]) \
            and (words[k - 1] not in _stops() or k >= 2 and words[k - 2] in _close_to()):
        k -= 1
    head = next((m for m in range(len(words) - 1, k - 1, -1) if _speaking_head(words[m])
                 and not _head_after_preposition(words[m])), None)  # (للاعب الكونغولي: whom the doctor treats)
    while head is not None and head > k and _speaking_head(words[head - 1]) and not _definite(words[head - 1]) \
            and not _head_after_preposition(words[head - 1]):
        head -= 1  # عضو | الجمعية: the office in construct with the body
    close = next((m for m in range(k, len(words) - 1) if words[m] in _close_to()), None)
    if close is not None and close > k and (words[close - 1] in _sources() or words[close - 1] in _anonymous()):
        return close - 1  # مصادر مقربة من الفنان: the source speaks, not the one it is close to
    if head is None or head == len(words) - 1 and _definite(words[head]):
        return None  # وفق المرصد، الذي أشار: a body named in one word, the one named in full before speaks on
    named = head
    while named > 0 and head - named < 4 and (_is_name_token(words[named - 1]) or _family_in_al(words[named - 1])) \
            and not _is_title(words[named - 1]) and words[named - 1] not in _stops():
        named -= 1  # الدكتورة فلانة الفلانية | عضو الجمعية: the name before the office
    return named if head - named >= 2 and _plausible_name(words[named:head]) else head


def _head_after_preposition(tok: str) -> bool:
    """بعضو، لرئيس، بالوزارة: a head word behind a preposition, the object of what precedes, never a subject."""
    return tok[:1] in "\u0628\u0644" and (_speaking_head(tok[1:]) or tok[1:3] == "\u0627\u0644")


def _words_before(toks: list[tuple[str, int, int]], i: int) -> int:
    """How many tokens stand before index ``i``, quote marks not counted (لبرنامج «انجاز السعودية» فلان: the marks
    around a body's name add no words to the office's chain)."""
    return sum(1 for t in toks[:i] if t[0] not in QUOTE_CHARS)


def _quoted_name_before(toks: Sequence[re.Match[str]]) -> tuple[int, int] | None:
    """The folded span of a name of two to four words in quote marks right after a person's title, closing the words
    before a relative (المختص في تأطير المشاريع الأستاذ "حاتم سليمان" الذي بين أن). None otherwise."""
    if len(toks) < 5 or toks[-1].group() not in QUOTE_CHARS:
        return None
    opening = next((m for m in range(len(toks) - 2, 0, -1) if toks[m].group() in QUOTE_CHARS), None)
    if opening is None or not 2 <= len(toks) - 1 - opening - 1 <= 4 or not _person_title(toks[opening - 1].group()):
        return None
    words = [t.group() for t in toks[opening + 1:-1]]
    if not all(WORD_RE.fullmatch(w) for w in words) or not _plausible_name(words):
        return None
    return toks[opening + 1].start(), toks[-2].end()


def _name_before_relative(folded: str, line: int, rel: int, feminine: bool) -> tuple[int, int] | None:
    """The folded span of a full name (two words or more, a known first name or name links) written right before
    a relative joined by و without a comma (التقت بفلان الفلاني والذي ذكر أن، المواطنة "أم فلان" والتي أشارت): the
    one the relative clause is about speaks. None when no such name ends there (مقالاتي السابقة والتي), when the
    run holds Latin letters or digits (ذاكرة من نوع UFS 2.0 والتي قالت: a product), or when the verb is
    ``feminine`` and the name is no woman's (قاعدة طومسون التي أرساها آرثر طومسون والتي قالت: the rule speaks)."""
    named = [t for t in _region_tokens(folded, max(line, rel - 80), rel) if t[0] not in QUOTE_CHARS]
    run = next((r for r in _runs(named) if r[1] == len(named) and r[1] - r[0] >= 2), None)
    if run is None or not _plausible_name([t[0] for t in named[run[0]:run[1]]]):
        return None
    if LATIN_OR_DIGIT_RE.search(folded, named[run[0]][1], rel):
        return None
    first = named[run[0]][0]
    glued = first[:1] in "\u0628\u0644" and first[1:] in _first_names()  # بنايف العتيبي: the one met, without ب
    if feminine and not _womans_name(first[glued:], named[run[0] - 1][0] if run[0] else ""):
        return None
    return named[run[0]][1] + glued, named[run[1] - 1][2]


LATIN_OR_DIGIT_RE = re.compile(r"[A-Za-z0-9\u0660-\u0669]")


def _womans_name(first: str, before: str) -> bool:
    """Whether a name starting with ``first`` after the word ``before`` is a woman's: a first name in ة (folded ه:
    نورة، فاطمة), a kunya أم, or a feminine title or description before it (السيدة، المواطنة، الطالبة)."""
    return first.endswith("\u0647") or first == "\u0627\u0645" \
        or before.endswith("\u0647") and (_person_title(before) or _is_title(before) or before.startswith("\u0627\u0644"))


def _subject_after_lakin(between: list[str]) -> bool:
    """Whether the words between لكن and a speech verb can be its subject written ahead of it: not a verbal noun
    with its object (لكن العثور على جسم قال خبراء إنه: the verb's subject follows it), nor a subject described by a
    clause of its own (لكن دراسة نشرتها دورية ساينس أشارت: the described source's own rule reads it)."""
    return not any(t in _stops() and t not in _seat_asides() for t in between) and not any(
        t.endswith(("\u0647\u0627", "\u0647\u0645")) and _main_verb_gender(t[:-2]) for t in between[1:])


@cache
def _matters() -> frozenset[str]:
    """Nouns of a matter that أما may front (أما موضوع التمكين الطبي فقد لاحظت): what is spoken of, no speaker."""
    return frozenset(_f(w) for w in ("موضوع", "قضية", "مسألة", "ملف", "أمر", "الأمر", "بالنسبة", "فيما", "عن"))


@cache
def _existentials() -> frozenset[str]:
    """هناك، هنالك، ثمة after أن/إن (حيث إن هناك من قال إن): "there is", the subject is the من after it (whoever)."""
    return frozenset(_f(w) for w in ("هناك", "هنالك", "ثمة", "ثمت"))


@cache
def _sides() -> frozenset[str]:
    return frozenset(_f(w) for w in ("جهة", "جانب", "ناحية", "صعيد"))


@cache
def _with_these() -> frozenset[str]:
    """Demonstratives glued to ب that open a sentence on the words just quoted (بهذه الكلمات، بتلك العبارات)."""
    return frozenset(_f(w) for w in ("بهذه", "بتلك", "بهذا", "بذلك"))


@cache
def _phrases() -> frozenset[str]:
    """Nouns of the words themselves (العبارات، الكلمات، الجملة), after بهذه: never the subject of the verb after."""
    return frozenset(_f(w) for w in ("عبارات", "عبارة", "كلمة", "جملة", "جمل", "حروف", "أبيات", "كلمات"))


def _without_lead(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The sentence's tokens from its main verb on: a leading adverbial (من جهتها، بدوره،
    في المقابل) and its comma are dropped, and a conjunction written apart (و اعتذر)."""
    k = 0
    if len(toks) > 1 and toks[0][0] in ("\u0648", "\u0641"):
        toks = toks[1:]  # و اعتذر فلان: the conjunction set apart is no main verb
    if len(toks) > 1 and toks[0][0] in _verb_particles():
        toks = toks[1:]  # وقد مثل فلان أمام المحكمة: the particle, then the main verb
    if toks and toks[0][0] in CLOSING:
        close = next((m for m in range(1, len(toks)) if toks[m][0] == CLOSING[toks[0][0]]), None)
        after = close + 1 + (close + 1 < len(toks) and toks[close + 1][0] in (ARABIC_COMMA, ",")) if close else 0
        if after and len(toks) > after + 3 and toks[after][0] in _with_these() \
                and toks[after + 1][0].removeprefix("\u0627\u0644") in _words_said() | _phrases():
            toks = toks[after:]  # «…»، بهذه الجملة عبر النحات فلان عن اعتزازه: the words first, then the sentence on them
    if len(toks) > 3 and toks[0][0].removeprefix("\u0648") in _with_these() \
            and toks[1][0].removeprefix("\u0627\u0644") in _words_said() | _phrases():
        toks = toks[2:]  # بهذه العبارات بدأ والد الشهيد فلان حديثه: the words he opened with, then the main verb
    if len(toks) > 2 and toks[0][0].removeprefix("\u0648") in _while() \
            and (toks[2][0].removesuffix(NAME_SENTINEL) in _first_names() or _person_title(toks[2][0])):
        toks = toks[1:]  # وفيما أبدى سمير فلان إعجابه ... حيث قال: "while", then the main verb and its named subject
        # (not وفيما يخص القرار: "as for", no subject named after it)
    if len(toks) > 2 and toks[0][0].removeprefix("\u0648") in _member_of() and toks[1][0] in _sides() \
            and toks[2][0] in _others():
        k = 3  # من جهة أخرى، من جانب آخر
        if k < len(toks) and toks[k][0] in SEPARATORS:
            k += 1
    while k < len(toks) and (toks[k][0].removeprefix("\u0648") in _lead_adverbials()
                             or toks[k][0].removeprefix("\u0648") in _member_of() and k + 1 < len(toks)
                             and toks[k + 1][0] in _lead_adverbials()):
        k += 2 if toks[k][0].removeprefix("\u0648") in _member_of() else 1
        if k < len(toks) and toks[k][0] in SEPARATORS:
            k += 1
    return toks[k:]


def _that_clause_subject(toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The name run right after أن (maybe after a title) near the start of a sentence's main clause
    (ذكرت الصحيفة أن [المدرب] فلان ...): the subject of the reported clause."""
    that = next((k for k, t in enumerate(toks[:MAX_PREVERBAL_TOKENS + 3]) if t[0] in _that()), None)
    if that is None:
        return None
    titled = that + 1 < len(toks) and _person_title(toks[that + 1][0])
    first = that + 1 + titled
    run = next((r for r in _runs(toks) if r[0] >= first), None)
    if run is None or run[0] != first or not _plausible_name([t[0] for t in toks[run[0]:run[1]]]) \
            or not titled and run[1] - run[0] < 2 or _accusative_noun(toks[run[0]][0]):
        return None  # (not إن تطبيق "فيسبوك": one bare word is no name; nor أن جهودا مشتركة: a thing)
    return run


LONG_ADVERBIAL_WORDS = 10  # في معرض رده على سؤال حول …، في إطار …: a frame that runs longer before its comma


@cache
def _frame_adverbials() -> frozenset[tuple[str, str]]:
    """في معرض، في إطار، في سياق، في ظل: "in the course of", a frame that opens the sentence before its main verb."""
    return frozenset((_f("في"), _f(w)) for w in ("معرض", "إطار", "سياق", "ظل"))


def _past_short_adverbial(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A sentence's tokens after a short adverbial that opens it and ends at a comma within four words
    (في البداية، وفي السياق ذاته،), or within ten for a frame (وفي معرض رده عن سؤاله حول تلك الواقعة،): the main verb
    comes next."""
    if len(toks) > 3 and toks[0][0].removeprefix("\u0648") in _time_prepositions_of_event() and _definite(toks[1][0]) \
            and not _definite(toks[2][0]) and toks[2][0] not in _stops() \
            and (toks[2][0] in _verb_forms() or _office(toks[3][0]) or _person_title(toks[3][0])):
        return toks[2:]  # وعقب المباراة حفز رئيس البعثة فلان: after the event, the main verb and its subject
    if not toks or toks[0][0].removeprefix("\u0648") not in _stops():
        return toks
    words = [toks[0][0].removeprefix("\u0648"), *(t[0] for t in toks[1:4])]
    fixed = next((len(p) for p in _set_adverbials() if tuple(words[:len(p)]) == p), 0)
    if fixed and len(toks) > fixed + 1:
        return toks[fixed + (toks[fixed][0] in (ARABIC_COMMA, ",")):]  # وعلى الفور خرج الوزير فلان: no comma needed
    reach = LONG_ADVERBIAL_WORDS if tuple(words[:2]) in _frame_adverbials() else 4
    comma = next((m for m in range(1, min(len(toks), reach + 1)) if toks[m][0] in (ARABIC_COMMA, ",")), None)
    if comma is None or comma + 2 >= len(toks) or toks[comma + 1][0].removeprefix("\u0648") in _stops():
        return toks  # بعد جدل من أيام، حول الصورة ...: a second adverbial, no verb after the comma
    return toks[comma + 1:]


MAX_PLURAL_CHAIN = 5  # علماء ووجهاء محافظة القطيف: the indefinite plurals and their construct, up to its definite end


@cache
def _group_heads() -> frozenset[str]:
    """Plurals of people of no shape :func:`_plural_chain` knows, heading a group in construct with a place or a
    body (شكا أهالي حي الجامعة ...، وأكدوا؛ طالب سكان القرية ...، مؤكدين)."""
    return frozenset(_f(w) for w in ("أهالي", "أهل", "سكان", "طلاب", "عمال", "موظفو", "ذوو", "ذوي"))


def _plural_chain(toks: list[tuple[str, int, int]]) -> int | None:
    """The end of a group of people opening the words after the main verb: an indefinite plural of people (علماء،
    مواطنون، وجهاء), more joined by و, nouns in construct, closed by the first definite word; None if a stop, a
    separator or a name comes first."""
    head = toks[0][0] if toks else ""
    if len(toks) < 3 or _definite(head) or head in _stops() or head in _function_words() \
            or not (head.endswith("\u0627\u0621") or head[:1] == "\u0645" and head.endswith(HUMAN_PLURAL_ENDINGS)
                    or head.removeprefix("\u0648") in _group_heads()):
        return None  # (a broken plural in اء or a sound one of a participle: علماء، مواطنون; not سنين; or أهالي، سكان)
    for k, (tok, _, _) in enumerate(toks[:MAX_PLURAL_CHAIN]):
        if tok in _function_words():
            return None
        if k and tok[:1] in "\u0628\u0644\u0643" and not _definite(tok):
            return k  # مواطنون وعقاريون | بمستقبل القطاع: a preposition's object after the group
        if tok in SEPARATORS or tok in _stops() or tok in _first_names():
            return None
        if _definite(tok):
            return _group_place_end(toks, k + 1) if k else None
    return None


def _group_place_end(toks: list[tuple[str, int, int]], k: int) -> int:
    """The end of a group's chain from ``k``: more definite nouns joined by و, then the place it is of (خطباء الجوامع
    | والمساجد بمحافظة أملج)."""
    while k < len(toks) and toks[k][0].startswith("\u0648\u0627\u0644") and len(toks[k][0]) > 4:
        k += 1
    if k + 1 < len(toks) and toks[k][0][:1] == "\u0628" and _institution_head(toks[k][0][1:]) \
            and toks[k + 1][0] not in SEPARATORS and toks[k + 1][0] not in _stops():
        k += 2
    return k


@cache
def _copulas() -> frozenset[str]:
    """كان and its sisters, and the verbs of needing: a country after them is the predicate's topic (وكانت بريطانيا من
    بين أولى الدول، وتحتاج ليبيا إلى), not who acts and speaks on."""
    return frozenset(_f(w) for w in ("كان", "كانت", "أصبح", "أصبحت", "ظل", "ظلت", "بات", "باتت", "تظل", "يظل",
                                     "تبقى", "يبقى", "ليس", "ليست", "مازال", "مازالت", "تحتاج", "يحتاج"))


@cache
def _time_prepositions_of_event() -> frozenset[str]:
    """عقب، بعد، قبل، إثر، خلال: before a definite event (عقب المباراة، خلال الاجتماع) they open the sentence's time."""
    return frozenset(_f(w) for w in ("عقب", "بعد", "قبل", "إثر", "خلال", "أثناء"))


@cache
def _set_adverbials() -> tuple[tuple[str, ...], ...]:
    """Set phrases of time, sequence or context that open a sentence before its main verb, with or without a comma
    (وعلى الفور خرج، وبعد ذلك أكد، في البداية أشاد فلان)."""
    return tuple(tuple(_f(w) for w in p.split()) for p in ("على الفور", "بعد ذلك", "إثر ذلك", "عقب ذلك", "في الأثناء",
                                                           "في البداية", "في المقابل", "في هذا السياق",
                                                           "في السياق ذاته", "في السياق نفسه"))


@cache
def _contacts() -> frozenset[str]:
    """The newsroom's call to someone opening a sentence (وباتصالنا بـ، وفي اتصال هاتفي مع): the one called speaks."""
    return frozenset(_f(w) for w in ("اتصال", "اتصالنا", "باتصال", "باتصالنا", "اتصالها", "اتصاله", "باتصالها", "باتصاله",
                                     "التقينا",  # وألتقينا بأحد مرتادي العين فلان، وقال: the newsroom met him
                                     "بالتواصل", "وبالتواصل",  # وبالتواصل مع الناشط فلان، أفاد أن: the newsroom reached him
                                     *_meetings()))


@cache
def _meetings() -> frozenset[str]:
    """A meeting opening a sentence (وفي لقاء آخر مع فلان، أوضح أن): the newsroom met him when a name alone follows
    (not لقائه مع فلان: his meeting, he speaks)."""
    return frozenset(_f(w) for w in ("لقاء", "لقائنا"))


def _contacted(text: str, folded: str, back: Sequence[int], toks: list[tuple[str, int, int]], line: int) -> _Speaker | None:
    """A sentence opening on a call to an office and its holder (وباتصالنا بالمندوبة الجهوية للصحة بسوسة فلانة، أكدت
    أن؛ وفي اتصال هاتفي مع المدير فلان، أكد): the holder named is the subject of the verb after the comma."""
    k = 1 if toks and toks[0][0].removeprefix("\u0648") == "\u0641\u064a" else 0
    if k >= len(toks) or toks[k][0].removeprefix("\u0648") not in _contacts():
        return None
    met = toks[k][0].removeprefix("\u0648") in _meetings()
    k += 1
    if k < len(toks) and toks[k][0] in (_f("هاتفي"), _f("هاتفيا"), _f("آخر"), _f("خاص")):
        k += 1
    if k < len(toks) and toks[k][0] == _f("مع"):
        k += 1
    elif k < len(toks) and toks[k][0][:1] in ("\u0628", "\u0644") and len(toks[k][0]) > 3:
        word, a, b = toks[k]
        toks = [*toks[:k], (word[1:], a + 1, b), *toks[k + 1:]]  # بالمندوبة: the office called
    else:
        return None
    stop = next((m for m in range(k, len(toks)) if toks[m][0] in (ARABIC_COMMA, ",")), None)
    if stop is None:
        return None
    sub = toks[k:stop]
    if len(sub) >= 2 and next(_runs(sub), None) == (0, len(sub)) and _plausible_start(sub[0][0]) \
            and _plausible_name([t[0] for t in sub]):
        return _titled_speaker(text, folded, back, sub, 0, len(sub), line)  # وفي لقاء مع حسين فلان، وهو صاحب
        # محل، أوضح أن: the one met named alone, no office before him
    if not sub or not (_office(sub[0][0]) or sub[0][0] in (_f("أحد"), _f("إحدى"))) or met:
        return None  # (one of a group: بأحد مرتادي العين فلان; وفي لقاء مع الرئيس فلان، أكد: a dignitary's meeting,
        # whose host may speak)
    if toks[-1][0] in (ARABIC_COMMA, ",") and len(toks) - stop - 2 >= 2 \
            and next(_runs(toks[stop + 1:-1]), None) == (0, len(toks) - stop - 2) \
            and _plausible_name([t[0] for t in toks[stop + 1:-1]]):  # the holder set apart between commas, then the
        return _titled_speaker(text, folded, back, toks, stop + 1, len(toks) - 1, line)  # verb (وبالتواصل مع الناشط
        # المتابع لقضية الشاب "فلان"، علي آل حطاب، أفاد أن: not the name inside the office's description)
    named = [(i, j) for i, j in _runs(sub) if i > 0 and not _glued_preposition(sub[i][0])
             and (_plausible_start(sub[i][0]) or j == len(sub) and j - i >= 2)]  # (a name closing the chain at the comma)
    return _titled_speaker(text, folded, back, sub, *named[0], line) if named else None


MAX_FIELD_WORDS = 3  # في التنمية البشرية: the definite words of an office's field before its holder's name


def _fronted_subject(toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The name closing a sentence's opening noun phrase, set off by a comma before the verb (رئيس اللجنة التنفيذية
    والمتحدث الرسمي باسم الانتخابات المهندس فلان، أوضح أن): the subject written first; the phrase opens on an
    office or a title, never on a verb."""
    if len(toks) < 3 or toks[-1][0] not in (ARABIC_COMMA, ",") or not (
            _office(toks[0][0].removeprefix("\u0648")) or _person_title(toks[0][0].removeprefix("\u0648"))):
        return None
    named = [(i, j) for i, j in _runs(toks[:-1]) if i and (_person_title(toks[i - 1][0]) or i >= 2 and _definite(
             toks[i - 1][0]) and _office(toks[i - 2][0].removeprefix("\u0648")) and toks[i][0] in _first_names())
             and _plausible_name([t[0] for t in toks[i:j]])]  # (رئيس الاتحاد … ورئيس الوفد | محمد إسلام)
    return named[-1] if named and named[-1][1] == len(toks) - 1 else None


def _fronted_then_kana(toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The name closing a sentence's opening noun phrase, set off by a comma before كان (رئيس الاتحاد … ورئيس الوفد
    محمد إسلام، كان سعيدا …، مشيرا إلى أن): the subject of the sentence, whose participle goes on with his words."""
    comma = next((k for k, t in enumerate(toks) if t[0] in (ARABIC_COMMA, ",")), None)
    if comma is None or comma + 1 >= len(toks) or toks[comma + 1][0] not in (_f("كان"), _f("كانت")):
        return None
    return _fronted_subject(toks[:comma + 1])


def _occasion_opens(toks: Sequence[tuple[str, int, int]], k: int) -> bool:
    """The words at ``k`` open the occasion of speaking (على هامش، خلال، أثناء، عقب): the office before them ends
    (وأكد وزير الدفاع على هامش تصريحات في بنزرت …), never its field (مدير التوعية في صحة المدينة)."""
    word = toks[k][0]
    return word in _occasion_words() or word == _f("على") and k + 1 < len(toks) and toks[k + 1][0] == _f("هامش")


@cache
def _occasion_words() -> frozenset[str]:
    return frozenset(_f(w) for w in ("خلال", "أثناء", "عقب", "إثر"))  # (not لدى: سفير المملكة لدى مصر)


def _country(word: str) -> bool:
    """باكستان، الهند: a word the gazetteer links to a country."""
    place = link_place(word)
    return place is not None and place[-1] == "country"


def _sentence_subject(text: str, folded: str, back: Sequence[int], verb_start: int,
                      gender: str | None = None) -> _Speaker | None:
    """With no speaker yet, the name after a title earlier in the same sentence, the subject of
    its main verb (تطرقت الكاتبة ألفة يوسف ...، مشيرة إلى أن); a body there agrees with the
    speech verb's ``gender``."""
    line = _line_start(folded, verb_start)
    if _within_quoted_paragraph(folded, line, verb_start):
        return None  # «… فقد كان نعم السند، وواضحا …». وأضاف: the words of someone quoted, no subject of the narrative
    source = _opening_source(folded, line, verb_start)
    if source is not None and (own := _subject_after_source(text, folded, back, source[1], verb_start, (), [])) is not None:
        return own  # وحسب موقع "يمن برس"، تابع فلان هجومه …، قائلا
    if source is not None and (subj := _subject(folded, *source)) is not None:
        a, b = back[subj[0]], back[subj[1] - 1] + 1
        return _Speaker(name=text[a:b], start=a, end=b, named=subj[2])  # ووفق الناطق فلان فإن "…". وأضاف أن
    if (called := _contacted(text, folded, back, _region_tokens(folded, line, verb_start), line)) is not None:
        return called
    toks = _without_lead(_region_tokens(folded, line, verb_start))
    if (fronted := _fronted_subject(toks) or _fronted_then_kana(toks)) is not None:
        return _titled_speaker(text, folded, back, toks, *fronted, line)
    for k in range(len(toks) - 1):  # تخلله كلمة لوزير الإسكان، أوضح فيها أن: the one whose speech it was
        word, nxt = toks[k][0].removeprefix("\u0628").removeprefix("\u0627\u0644"), toks[k + 1][0]
        owner = nxt[2:] if nxt.startswith("\u0644\u0644") else nxt[1:] if nxt[:1] == "\u0644" else \
            nxt if _office(nxt) and not _definite(nxt) else ""  # بكلمة مدير الجامعة الدكتور فلان: in construct
        if word in _speeches() and owner and (_office(owner) or _office("\u0627\u0644" + owner)) and owner not in _media():
            stop = next((m for m in range(k + 2, len(toks)) if toks[m][0] in (ARABIC_COMMA, ",", ":")), len(toks))
            named = [(i, j) for i, j in _runs(toks[:stop]) if i > k + 1 and _person_title(toks[i - 1][0])
                     and _plausible_name([t[0] for t in toks[i:j]])]
            if named:  # بدأ الحفل بكلمة لرئيس مجلس الإدارة المهندس فلان، رحب فيها ...، وقال: the one named
                return _titled_speaker(text, folded, back, toks, *named[0], line)
            desc = [(owner, toks[k + 1][1] + len(nxt) - len(owner), toks[k + 1][2])]
            for t in toks[k + 2:k + 5]:
                if not _definite(t[0]) or t[0] in _stops():
                    break
                desc.append(t)
            a, b = back[desc[0][1]], back[desc[-1][2] - 1] + 1
            return _Speaker(name=text[a:b], start=a, end=b, named=False)
    if (issuer := _issuer_of_what_came(toks)) is not None:
        return _titled_speaker(text, folded, back, toks, *issuer, line)  # جاء ذلك في البيان الذي أصدره الأمين العام
        # الدكتور فلان، وقال فيه: the one who issued it
    opening = toks[0][1] if toks else -1
    toks = _past_short_adverbial(toks)  # في البداية، تحدث فلان: a short adverbial, then the main verb
    opens_on_it = bool(toks) and toks[0][1] == opening  # no adverbial before the word read as the main verb
    head_word = toks[0][0].removeprefix("\u0648") if toks else ""
    adverbial = head_word in _stops()  # ولدى وصول سموه ...، ليلقي فلان
    other = bool(toks) and _gender_clash(gender, _main_verb_gender(toks[0][0]))  # ويستأثر قطاع ...، مبينة أن
    if len(toks) > 2 and toks[1][0] in (_f("الذي"), _f("التي")) and _surname(toks[0][0]) and not other \
            and _first_name_before(folded, toks[0][0]) is not None:  # (a family name met with its first name; not الأمر الذي)
        a, b = back[toks[0][1]], back[toks[0][2] - 1] + 1  # الدوسري الذي يبلغ من العمر ...، تحدث ...، حيث قال:
        return _Speaker(name=text[a:b], start=a, end=b, named=True, context="")  # the topic the sentence opens on
    view = bool(toks) and toks[0][0].removeprefix("\u0648") in _view_verbs()  # واعتبر مدير التعليم قيام ...: an office, then the object
    toks = toks[1:]  # the first word is the main verb
    while len(toks) > 1 and (toks[0][0] in _time_leads() or _adverb_after_verb(toks)):
        toks = toks[1:]  # تدخل اليوم النائب فلان: the time, then the subject
    if len(toks) > 2 and toks[0][0].startswith(("\u0628\u0627\u0644", "\u0644\u0644")) and _person_title(toks[1][0]):
        toks = toks[1:]  # شاركت بالحديث | الكاتبة فلانة: the verb's complement glued to ب/ل, then its subject
    cut = next((k for k, t in enumerate(toks) if t[0] in _relatives()), len(toks))
    toks = toks[:cut]
    if adverbial or other:  # the sentence opens on a circumstance, or its main verb's subject is not the one
        # speaking (gender): the person last named after a title speaks (تمكنت الشرطة ... وفقا للواء فلان، وقال)
        titled = [(i, j) for i, j in _runs(toks) if i and _person_title(toks[i - 1][0])
                  and toks[i - 1][0] not in _construct_titles() and _plausible_name([t[0] for t in toks[i:j]])
                  and not _governed_run(toks, i) and not _noun_complement(toks, i)  # (not لخادم الحرمين الشريفين الملك سلمان: an object)
                  and not _after_namesake_head(folded, toks[max(0, i - 2)][1], toks[i][1])]  # (nor مركز الملك سلمان: a body)
        if other and (named := _that_clause_subject(toks)) is not None:
            return _titled_speaker(text, folded, back, toks, *named, line)  # ذكرت الصحيفة أن المدرب فلان تحدث عن
            # رحيل اللاعب فلان، مؤكدا: the subject of the words reported, not the last one named in them
        if titled:
            i, j = titled[-1]
            return _titled_speaker(text, folded, back, toks, i, j, line)
        if other or adverbial and head_word in _object_prepositions_of_clause():
            return None  # وعن طريقة زراعة العنب، أكد أن: the topic fronted in عن/حول/بشأن, no subject
    if (kin := _kin_run(toks)) is not None:
        a, b = back[toks[0][1]], back[toks[kin - 1][2] - 1] + 1  # وأعرب والد الطفلة فلانة عن شكره، وأضاف
        return _Speaker(name=text[a:b], start=a, end=b, named=False)
    if len(toks) > 2 and toks[0][0] in _kin() and _definite(toks[1][0]) and not _definite(toks[2][0]) \
            and toks[1][0] not in _stops():
        a, b = back[toks[0][1]], back[toks[1][2] - 1] + 1  # استهل والد الشهيد حديثه بحمد الله، وقال: the relative,
        return _Speaker(name=text[a:b], start=a, end=b, named=False)  # unnamed, then the verb's object
    if gender == "p" and (group := _plural_chain(toks)):
        a, b = back[toks[0][1]], back[toks[group - 1][2] - 1] + 1  # استنكر علماء ووجهاء محافظة القطيف الجريمة،
        return _Speaker(name=text[a:b], start=a, end=b, named=False)  # مؤكدين: the group, closed by its definite word
    if len(toks) > 2 and toks[0][0] in _quantifiers() and toks[1][0] == "\u0645\u0646" and gender in (None, "p", "m"):
        end = next((k for k in range(2, min(len(toks), 6)) if toks[k][0] in _stops() or toks[k][0] in SEPARATORS
                    or _definite(toks[k - 1][0]) and not _definite(toks[k][0])
                    or _plural_then_other(toks[k - 1][0], toks[k][0])), min(len(toks), 6))  # | سعادتهم: the object
        a, b = back[toks[0][1]], back[toks[end - 1][2] - 1] + 1  # أبدى عدد من أسر الشهداء ... وقالوا: the group
        return _Speaker(name=text[a:b], start=a, end=b, named=False)
    if len(toks) > 1 and toks[0][0] in _partitives() and _definite(toks[1][0]):
        desc = toks[:2]
        while len(desc) < min(len(toks), 4) and _nisba(toks[len(desc)][0]):
            desc.append(toks[len(desc)])  # أحد المسؤولين المحليين, but not أحد الحاضرين | المنظمين
        a, b = back[desc[0][1]], back[desc[-1][2] - 1] + 1
        return _Speaker(name=text[a:b], start=a, end=b, named=False)  # وشكر أحد الحاضرين ...، قائلا
    if toks and (toks[0][0] in _acts_judged() or toks[0][0] == _f(WORK) or toks[0][0] in _object_heads()
                 or len(toks) > 1 and toks[0][0] in _acts_done() and WORD_RE.fullmatch(toks[1][0])):
        return None  # وأدان العمل الإجرامي ...، مؤكدا، وأكد أهمية الحوار، وقال: the act condemned or the need stressed is
        # the verb's object; the one named before speaks (also وأكد إعداد خطة ...، مشيرا، واعتبر قرار المنع ...، مبينا)
    if toks and _definite(toks[0][0]) and not _is_title(toks[0][0]):
        run = next(iter(_runs(toks)), None)
        named_before = _surname(toks[0][0]) and _first_name_before(folded, toks[0][0]) is not None  # وشكر اللهو الشيخ
        # فلان: the family name of one named before is the subject, the titled name the object
        if run is not None and 1 <= run[0] <= 3 \
                and all(_nisba(t[0]) or _person_title(t[0]) and not named_before for t in toks[1:run[0]]) \
                and _plausible_start(toks[run[0]][0]) and not _glued_preposition(toks[run[0]][0]) \
                and not _institution_head(toks[0][0]):
            return _titled_speaker(text, folded, back, toks, *run, line)  # بين البائع فاضل محمد: the name after the noun,
            # or after its nisbas and titles (هاجم الاكاديمي السعودي محمد النجيمي ...، وقال؛ هنأ الملحق الثقافي الدكتور فلان)
        fi = 1 if toks[1:2] and toks[1][0] == IN else 2 if toks[2:3] and toks[2][0] == IN and _nisba(toks[1][0]) else 0
        if run is not None and fi and fi + 2 <= run[0] <= MAX_FIELD_WORDS + 1 + fi \
                and all(_definite(t[0]) and t[0] not in _stops() or not named_before and (
                    _person_title(t[0]) or k == fi + 1 and link_place(t[0]) is not None)
                        for k, t in enumerate(toks[:run[0]]) if k > fi) \
                and _plausible_start(toks[run[0]][0]) and not _institution_head(toks[0][0]):
            return _titled_speaker(text, folded, back, toks, *run, line)  # كبير المدربين في التنمية البشرية فلان ذكر:
            # the office's field after في, then the holder's name (or, after a nisba too, its place and his title:
            # هنأ الملحق الثقافي في أستراليا الدكتور فلان)
        elsewhere = None if opens_on_it else toks[0][2]  # a name the sentence opens on may be met only here
        if named_before and _family_name_met(folded, toks[0][0], elsewhere) and (run is None or run[0] > 0) \
                and toks[1:2] and not _definite(toks[1][0]) and toks[1][0] not in SEPARATORS:
            a, b = back[toks[0][1]], back[toks[0][2] - 1] + 1  # ورفض العنزي استلام ابنته: the family name of one
            return _Speaker(name=text[a:b], start=a, end=b, named=True, context="")  # named in full, then the object
            # (or of the first name the sentence opens on: عيسى الجوكم رئيس القسم ...؛ not عقب ذلك فتح المجال)
        desc = _definite_description(toks)
        a, b = back[desc[0][1]], back[desc[-1][2] - 1] + 1
        return _Speaker(name=text[a:b], start=a, end=b, named=False)  # هدد الجيش الكوري الجنوبي ...
    if len(toks) > 1 and _office(toks[0][0]) and _definite(toks[0][0]) and _definite(toks[1][0]) and not _is_title(toks[1][0]) \
            and toks[1][0] not in _adjectives() and not toks[1][0].startswith("\u0627\u0644\u0645\u062a") \
            and toks[1][0] not in _declined() \
            and (not _nisba(toks[1][0]) or toks[0][0] in _ranks()) and (len(toks) == 2 or not _definite(toks[2][0])):
        a, b = back[toks[1][1]], back[toks[1][2] - 1] + 1  # وعبر الدكتور الربيعة عن سعادته: title and surname
        # (but كاتب الدولة، وزير الخارجية: an office in construct, then its complement)
        return _Speaker(name=text[a:b], start=a, end=b, named=True, context=folded[line:toks[1][1]])
    first_stop = next((k for k, t in enumerate(toks) if t[0] in _stops()), len(toks))
    for i, j in _runs(toks):
        if toks and _definite(toks[0][0]) and _office(toks[0][0]) and i > first_stop:
            break  # النائب العجمي الوريمي من حركة ... لمواطنة تعيش: the office's holder is named before any adverbial
        if i == 0:
            if adverbial and head_word in PLACE_TIME_PREPOSITIONS:
                continue  # وفي نهاية الاجتماع تناول فلان: the preposition's object, no subject
            if j == 1 and len(toks) > 1 and (toks[1][0] in _stops() or _definite(toks[1][0])
                                             and toks[0][0][:1] not in "\u0648\u0641" and toks[0][0][-1:] != "\u0647") \
                    and (_first_name_before(folded, toks[0][0]) is not None or toks[1][0] in _declined()):
                a, b = back[toks[0][1]], back[toks[0][2] - 1] + 1  # ودافع مورينيو عن الحارس ... قائلا، ورفع حجار
                return _Speaker(name=text[a:b], start=a, end=b, named=True, context="")  # التهاني لخادم الحرمين الملك
                # فلان: a family name given elsewhere in full, then the verb's object (not the king it names); رفضت
                # أبل التعليق قائلة: one name, then what it declined
            if j == 1 and _country(toks[0][0]) and len(toks) > 1 and not _country(toks[1][0]) and not other \
                    and head_word not in _copulas() and not adverbial and head_word.removeprefix("\u0641") not in _stops():
                a, b = back[toks[0][1]], back[toks[0][2] - 1] + 1  # دعت إريتريا مجلس الأمن ...، وقالت إن: the country
                return _Speaker(name=text[a:b], start=a, end=b, named=True, context="")  # right after the main verb
            if j - i >= 3 and toks[i][0] in _words_said():
                i += 1  # اصطدمت كلمات فلانة بقناة ...، وقالت: the words are hers, she speaks on
            elif j - i >= 2 and _derived_verbal_noun(toks[i][0]):
                i += 1  # وأعيد انتخاب بلاتر لفترة خامسة لكنه أعلن: the act, then the one it was done to or by
            if j - i >= 2 and not _glued_preposition(toks[i][0]):  # أبدى حسن شيعان ...، وقال
                linked = any(t[0] in _name_links() for t in toks[i:j])
                if j - i >= 4 and not linked and toks[j - 1][0].startswith("\u0627\u0644"):
                    j -= 2  # حسن شيعان حامي العرين: the name, then a description
                if _country(toks[i][0]) and _country(toks[i + 1][0]):
                    j = i + 1  # اتهمت باكستان الهند: one country the subject, the other the object
                end = _known_then_object(folded, toks[i][1], toks[j - 1][2], [])  # ويواجه ويب | اتهامات: a person
                a, b = back[toks[i][1]], back[end - 1] + 1  # known in the text, then the verb's object
                return _Speaker(name=text[a:b], start=a, end=b, named=True, context="")
            continue
        prev = toks[i - 1][0]
        if prev in _construct_titles() or _glued_preposition(toks[i][0]) or _owned_after_bi(toks[i][0]) \
                or _glued_preposition(toks[i][0], toks[i + 1][0] if i + 1 < j else "") \
                and _named_later(toks, i, j) is None:
            # (لاعب الفريق الأول | لكرة القدم: a short noun after ل, then its complement, and no name right after)
            continue
        if toks[i][0] in _met_with():
            continue  # وبحث الوزير | معهم سبل التعاون، وناقش المحافظ | معهم ضرورة تفعيل: those met with, then the
            # object; a preposition with its pronoun opens no name after the title
        if _person_title(prev) and _definite(prev) and not _office(prev) and not _plausible_start(toks[i][0]) and (
                j - i == 2 and _definite(toks[j - 1][0]) or j - i == 1 and j < len(toks) and _definite(toks[j][0])):
            desc = _definite_description(toks[i - 1:])  # واستهجن المواطن | وصف المقدم: the title, then its object
            a, b = back[desc[0][1]], back[desc[-1][2] - 1] + 1
            return _Speaker(name=text[a:b], start=a, end=b, named=False)
        if view and not _person_title(prev) and not _plausible_start(toks[i][0]):
            continue  # واعتبر مدير التعليم | قيام الإرهابيين ... دليلا: a view verb's object after the office, no name
        if _office(toks[0][0]) and _verbal_noun_object([t[0] for t in toks[i:j]]):
            continue  # رفض وزير الصحة | إغلاق المستشفيات، مؤكدا: the verb's object after the office, no name
        if _noun_complement(toks, i):
            continue  # تحدث رئيس الحركة عن جريمة اغتيال المهندس فلان، انتقد دعوة رئيس الجمهورية فلان: the object's genitive
        if _person_title(prev) and _after_namesake_head(folded, toks[max(0, i - 2)][1], toks[i][1]):
            continue  # المشرف العام على مركز الملك | سلمان للإغاثة ... الدكتور فلان: the body's namesake, not its head
        if _person_title(prev) or i >= 2 and _office(toks[i - 2][0]) and _definite(prev) and prev.startswith("\u0627\u0644"):  # not بقيادة | أول جناح
            # (nor الناطق الإعلامي بالجميع | مراقبة الأسر: a preposition's object, not the office's complement)
            later = _named_later(toks, i, j)  # وعضو شرفه الحالي | عبدالعزيز عبدالعال: the title's complement, then the name
            return _titled_speaker(text, folded, back, toks, *(later or (i, j)), line)  # وزير التربية ناجي جلول
    if toks and _office(toks[0][0]):  # طمأن مدير عام كرة القدم بالهلال فهد المفرج: the first name after the office's chain
        # (a name that starts within the first ten words is read to its end: رئيس ... من أجل الجمهورية، سمير بن عمر)
        named = [(i, j) for i, j in _runs(toks) if 0 < _words_before(toks, i) < 10 and (_plausible_start(toks[i][0]) or toks[i - 1][0] in SEPARATORS
                                                                and _bare_then_family([t[0] for t in toks[i:j]]))
                 and not _glued_preposition(toks[i][0]) and not _noun_complement(toks, i)]  # وزير الدفاع الوطني، فرحات الحرشاني
        if not named:  # مدير التعليم بمحافظة صبيا أحمد ربيع: the place of the office, then a known first name in the same run
            named = [(m, j) for i, j in _runs(toks) if 0 < i < 10 and _is_title(toks[i - 1][0]) and not toks[j - 1][0].endswith(PLURAL_NISBA)
                     for m in [next((m for m in range(i + 1, j - 1) if toks[m][0] in _first_names()
                                     and toks[m][0] not in _ambiguous_names()), None)] if m is not None]
        if not named:
            named = _titled_apposition(toks)
        if named:
            return _titled_speaker(text, folded, back, toks, *named[0], line)
    if 1 < len(toks) <= 4 and _office(toks[0][0]) and all(_definite(t[0]) for t in toks[1:]) \
            and not any(t[0] in _acts_judged() or t[0] in _declined() for t in toks[1:]):
        a, b = back[toks[0][1]], back[toks[-1][2] - 1] + 1  # واستدرك وزير التربية بالقول
        return _Speaker(name=text[a:b], start=a, end=b, named=False)
    if len(toks) > 2 and _office(toks[0][0]) and not _definite(toks[0][0]) and _definite(toks[1][0]) \
            and not _is_title(toks[1][0]) and toks[1][0] not in _stops():
        end = 2
        while end < min(len(toks), 4) and _adjective_after(toks[end][0]):
            end += 1  # وزير الخارجية الأمريكي
        later = end + 1 < len(toks) and any(toks[end + 1][2] < q.spans[0][0] < verb_start
                                            for q in _people_for(folded, PREPOSITION_ALA.get()))
        if end < len(toks) and not _is_title(toks[end][0]) and not later and not adverbial \
                and (toks[end][0] not in _stops() or toks[end][0] in _time_leads() or _occasion_opens(toks, end)):
            # (but وطالبت زعيمة الحزب باستقالة الوزير فلان، قائلة: a person named later in the clause is the one
            # the office would be taken for; مدير التوعية في صحة المدينة: the office goes on, its end unknown)
            a, b = back[toks[0][1]], back[toks[end - 1][2] - 1] + 1  # وأبدى وزير التنمية استعداده ...، مؤكدا: an
            # unnamed office in construct with its field, then the verb's object (a name after a comma: resolved later)
            return _Speaker(name=text[a:b], start=a, end=b, named=False)
    if toks and _definite(toks[0][0]) and _office(toks[0][0]):
        desc = _definite_description(toks)  # واعتبر القاضي السابق ... ورجح أن: an office with no name after it
        a, b = back[desc[0][1]], back[desc[-1][2] - 1] + 1
        return _Speaker(name=text[a:b], start=a, end=b, named=False)
    body = _body_subject(toks)
    if body is not None and gender in (None, "p", _noun_gender(body[0][0])):
        a, b = back[body[0][1]], back[body[-1][2] - 1] + 1
        return _Speaker(name=text[a:b], start=a, end=b, named=False)  # دعت وزارة الخارجية المصرية السلطات ...، مؤكدة
    return None


def _titled_apposition(toks: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """After a long office chain with no comma in it, the name between the chain's first comma and the next, behind
    its own titles (قلل المستشار في مكتب وزير الدفاع المتحدث باسم التحالف، العميد ركن فلان، من حجم ...، مشيرا):
    the office's holder, however many words the chain took."""
    first = next((k for k, t in enumerate(toks) if t[0] in SEPARATORS), None)
    if first is None or first > 16:
        return []
    k = first + 1
    while k < len(toks) and _person_title(toks[k][0]):
        k += 1
    run = next(iter(_runs(toks[k:k + 6])), None)
    if k == first + 1 or run is None or run[0] != 0 or k + run[1] < len(toks) and toks[k + run[1]][0] not in SEPARATORS \
            or not _plausible_name([t[0] for t in toks[k:k + run[1]]]):
        return []
    return [(k, k + run[1])]


def _named_later(toks: list[tuple[str, int, int]], i: int, j: int) -> tuple[int, int] | None:
    """The run right after the run ``[i, j)`` when it opens on a known first name and this one does not
    (عضو شرفه الحالي | عبدالعزيز عبدالعال): the words before complete the title, the later run is the name."""
    if _plausible_start(toks[i][0]):
        return None
    nxt = next((r for r in _runs(toks[j:]) if r[0] == 0), None)
    if nxt is None or not _plausible_start(toks[j][0]) or nxt[1] < 2:
        return None
    return j, j + nxt[1]


def _noun_complement(toks: list[tuple[str, int, int]], i: int) -> bool:
    """The title before the name at ``i`` (المهندس، رئيس الجمهورية) stands in construct with a plain noun that opens the
    verb's object or a preposition's (انتقد أيضا دعوة | رئيس الجمهورية فلان، تحدث عن جريمة اغتيال | المهندس فلان): the
    person is that noun's genitive, not the sentence's subject."""
    if i >= 1 and _person_title(toks[i - 1][0]) and _definite(toks[i - 1][0]):
        k = i - 2  # اغتيال | المهندس
    elif i >= 2 and _office(toks[i - 2][0]) and not _definite(toks[i - 2][0]) and _definite(toks[i - 1][0]):
        k = i - 3  # دعوة | رئيس الجمهورية
    else:
        return False
    if k < 0:
        return False
    if not _plain_noun(toks[k][0]):
        return False
    lead = [t[0] for t in toks[:k]]
    if all(w.endswith("\u0627") for w in lead):  # the object right after the verb and its adverbs (أيضا), a verbal
        return toks[k][0].endswith("\u0647")  # noun in ة (دعوة، زيارة); not جهود | الدكتور فلان, nor the verb itself
        # when the clause opens otherwise (عندما غرد | الكاتب فلان)
    if lead[-1] in _object_prepositions_of_clause():
        return True  # عن | اغتيال
    return len(lead) >= 2 and _plain_noun(lead[-1]) and lead[-2] in _object_prepositions_of_clause()  # عن جريمة | اغتيال


def _plain_noun(word: str) -> bool:
    """An indefinite common noun: not a title, office, body, stop word, adverb in the accusative, verb or first name."""
    return len(word) >= 3 and not _definite(word) and not _is_title(word) and not _office(word) \
        and word not in SEPARATORS and word not in _stops() and word not in _time_leads() \
        and word not in _function_words() and word not in _verb_words() and not word.endswith("\u0627") \
        and not _institution_head(word) and not _glued_preposition(word) \
        and word.removesuffix(NAME_SENTINEL) not in _first_names()


@cache
def _object_prepositions_of_clause() -> frozenset[str]:
    """Prepositions that take the verb's complement: a speech verb's (عن، إلى، على) and a topic's (حول، بشأن، ضد)."""
    return _object_prepositions() | frozenset(_f(w) for w in ("حول", "بشأن", "ضد"))


def _governed_run(toks: list[tuple[str, int, int]], i: int) -> bool:
    """The titles before the name at ``i`` hang on a preposition (لخادم الحرمين الشريفين الملك سلمان، على
    الوزير فلان): the name is an object, not a subject. Not when an office heads the chain before the
    preposition (رئيس اللجنة لمهرجان الصيف الدكتور فلان، الناطق الإعلامي لشرطة المنطقة الرائد فلان), nor
    past an indefinite title that opens its own phrase (عن الاجتماع | عضو الشرف الأمير فلان)."""
    k = i - 1
    while k >= 0 and _definite(toks[k][0]) and toks[k][0] not in _stops() \
            and not (toks[k][0][:1] in "\u0628\u0644" and not toks[k][0].startswith("\u0627\u0644")):
        k -= 1
    if k < 0:
        return False
    head = toks[k][0]
    if head in _chain_prepositions() or head == _f("إلى"):
        return True
    if not (head[:1] in "\u0628\u0644" and len(head) >= 4 and not head.startswith("\u0644\u064a")  # (ليلقي: a verb)
            and head.removesuffix(NAME_SENTINEL) not in _first_names()):
        return False
    for tok, _, _ in reversed(toks[max(0, k - 6):k]):
        bare = "\u0627\u0644" + tok[2:] if tok.startswith("\u0644\u0644") else tok
        if _office(bare) or _office(bare.lstrip("\u0628\u0644\u0648")):
            return False  # an office's chain: لمهرجان الصيف completes رئيس اللجنة
        if tok in SEPARATORS or tok in _verb_words() or not (_definite(tok) or _is_title(tok) or tok[:1] in "\u0628\u0644"):
            break
    return True


def _noun_gender(tok: str) -> str:
    """The grammatical gender of a singular noun: feminine in ة (folded ه) or ات (وزارة، قوات), else masculine
    (قطاع): a body that disagrees with the participle after it is not its subject."""
    return "f" if tok.endswith(("\u0647", "\u0627\u062a")) else "m"


def _field_joined(tok: str) -> bool:
    """A second field joined by و to a body's first (وزارة التربية والتعليم، الصناعة والتجارة): part of its name,
    not another body nor a person (والوزارة، والرئيس، والمواطنين), nor an adjective (والمصرية)."""
    bare = tok[1:] if tok.startswith("\u0648\u0627\u0644") else ""
    return len(bare) >= 5 and not _institution_head(bare) and not _is_title(bare) and not _nisba(bare) \
        and bare not in _stops() and not bare.endswith(("\u064a\u0646", "\u0648\u0646"))


def _body_subject(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]] | None:
    """A body heading the words after the main verb, in construct with a definite noun and its
    adjectives (وزارة الخارجية المصرية، هيئة الهلال الأحمر، شرطة منطقة الرياض): the verb's
    subject; what follows is its object (دعت وزارة الخارجية المصرية | السلطات الإيرانية)."""
    if len(toks) < 2 or not _institution_head(toks[0][0]) or _office(toks[0][0]) or toks[0][0] in _sources():
        return None
    if _definite(toks[0][0]):  # وجدد الحزب في بيان له مساندته: the body named before, alone, then where or when
        if toks[1][0] not in _stops() and toks[1][0] not in _time_leads() and toks[1][0] not in SEPARATORS:
            return None
        return toks[:1]
    k = 1
    while k < len(toks) and not _definite(toks[k][0]) and _institution_head(toks[k][0]):
        k += 1  # شرطة منطقة | الرياض
    if k >= len(toks) or not _definite(toks[k][0]) or _is_title(toks[k][0]) or toks[k][0] in _stops() \
            or toks[k][0] in _time_leads():
        return None
    desc = toks[:k + 1]
    if k + 2 < len(toks) and _field_joined(toks[k + 1][0]):
        k += 1  # وزارة الصناعة والتجارة | الأفراد: the body's second field, then its object
        desc = toks[:k + 1]
    for tok in toks[k + 1:k + 4]:
        if not (_nisba(tok[0]) or tok[0] in _adjectives() or tok[0] in _peoples()) or tok[0] in _stops():
            break
        desc.append(tok)
    return desc


@cache
def _peoples() -> frozenset[str]:
    """Broken plurals of peoples that qualify a body as nisbas do (اتحاد المحامين العرب، رابطة الكتاب الأكراد)."""
    return frozenset(_f(w) for w in ("العرب", "الأكراد", "الأتراك", "الأفارقة", "الروس", "الفرس", "الأقباط", "الأمازيغ",
                                     "الأفغان"))


@cache
def _speeches() -> frozenset[str]:
    """Nouns of a speech given by someone (كلمة للوزير، خطاب للرئيس)."""
    return frozenset(_f(w) for w in ("كلمة", "خطاب"))  # not تصريح لمراسلة: words given to someone


PLACE_TIME_PREPOSITIONS = frozenset({_f("في"), _f("خلال"), _f("عقب"), _f("بعد"), _f("قبل"), _f("أثناء")})
CAME = _f("\u062c\u0627\u0621")  # جاء: جاء ذلك في البيان الذي أصدره فلان
WHICH = frozenset({_f("الذي"), _f("التي")})  # the statement which (he issued)


def _issuer_of_what_came(toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The titled name after الذي/التي and a verb of issuing in a sentence that opens on جاء (جاء ذلك في البيان
    الذي أصدره معالي الأمين العام الدكتور فلان): the tokens of the one whose statement it was."""
    if not toks or toks[0][0].removeprefix("\u0648") != CAME:
        return None
    k = next((k for k in range(1, len(toks) - 1) if toks[k][0] in _describing_verbs()
              and toks[k - 1][0] in WHICH), None)
    if k is None:
        return None
    stop = next((m for m in range(k + 1, len(toks)) if toks[m][0] in (ARABIC_COMMA, ",", ":")), len(toks))
    return next(((i, j) for i, j in _runs(toks[:stop]) if i > k + 1 and _person_title(toks[i - 1][0])
                 and _plausible_name([t[0] for t in toks[i:j]])), None)


def _topic_subject(text: str, folded: str, back: Sequence[int], verb_start: int, spoken_end: int,
                   gender: str | None = None) -> _Speaker | None:
    """A person named as the subject of a sentence that reports no words, after the last words
    reported: the subject of the verb's own sentence (زار الوزير فلان المدينة وقال) or, for a verb
    that opens its sentence, of the sentence before (انتقل فلان إلى المدينة. وقال في مؤتمر); unnamed,
    an office or a body that agrees with the verb's ``gender`` (وأدان الرئيس الأفغاني الهجوم. وقال)."""
    line = _sentence_start(folded, verb_start)
    at, begin = verb_start, line
    if not folded[line:verb_start].strip():
        at = line
        while at > 0 and folded[at - 1] in " \n.!?\u061f":
            at -= 1
        begin = _sentence_start(folded, at)
    if begin < spoken_end or at <= 0:
        return None
    line = _line_start(folded, at)
    lead = _past_short_adverbial(_without_lead(_region_tokens(folded, line, at)))
    head = next(iter(lead), None)
    if head is not None and head[0].removeprefix("\u0648") == "\u0641\u064a" and len(lead) > 1 \
            and lead[1][0] in _meetings() \
            and (met := _contacted(text, folded, back, _region_tokens(folded, line, at), line)) is not None:
        return met  # وفي لقاء آخر مع فلان، أوضح: the newsroom's meeting, not an adverbial of place
    if head is None or head[0].removeprefix("\u0648") in _stops() or head[0] in _function_words() \
            or head[0] in _verb_words() and head[0] not in _present_speaking() \
            or head[0] in SEPARATORS:  # (يذكر أن فلان نعى ...: the writer's note heads a sentence of news)
        return None  # وحول تكدس الأجانب ... قال، وتابع شيعان حديثه: no verb of news heads the sentence
    if gender == "p" and (group := _coordinated_subject(text, folded, back, at) or _plural_subject(text, folded, back, at)):
        return group
    speaker = _sentence_subject(text, folded, back, at)
    if speaker is not None and not speaker.named:
        return _agreeing_description(text, speaker, gender)
    if speaker is None:
        return None
    words = _f(speaker.name).split()
    titled = _office(_f(text[speaker.end:speaker.end + 30]).split()[0]) if text[speaker.end:speaker.end + 30].split() else False
    if len(words) == 1 and _definite(words[0]) and _family_name_met(folded, words[0]):
        return speaker  # ورفض العنزي ... . وأشار: the family name of one named in full before
    return speaker if len(words) >= 2 and (words[0] in _first_names() or titled or speaker.context) else None


MAX_NAME_CONJUNCT = 3  # words of a name joined to another (دونالد ترامب وهيلاري كلينتون)


def _verb_clause(folded: str, at: int) -> list[tuple[str, int, int]]:
    """The tokens of the sentence before ``at`` from its main verb on, or none when no verb heads it (a
    definite word, a stop or function word, a first name)."""
    toks = _past_short_adverbial(_without_lead(_region_tokens(folded, _line_start(folded, at), at)))
    if not toks or _definite(toks[0][0]) or toks[0][0].removeprefix("\u0648") in _stops() \
            or toks[0][0] in _function_words() or toks[0][0].removesuffix(NAME_SENTINEL) in _first_names() and not (
            len(toks) > 1 and toks[1][0] in _quantifiers()):  # (طالب عدد من: a verb that is a first name too)
        return []
    return toks


def _plural_subject(text: str, folded: str, back: Sequence[int], at: int) -> _Speaker | None:
    """A plural subject right after the main verb of the sentence before ``at``: a group (عدد من المواطنين)
    or a sound masculine plural with its adjectives (قام صحافيون أجانب بجولة، وتظاهر المحتجون): the ones a
    plural verb or participle after it goes on from."""
    toks = _verb_clause(folded, at)
    k = 1
    while k < len(toks) - 1 and toks[k][0] in _time_leads():
        k += 1
    if k >= len(toks):
        return None
    head = toks[k][0]
    j = k + 1
    if head in _quantifiers() and k + 2 < len(toks) and toks[k + 1][0] == "\u0645\u0646":
        j = k + 3 + (not _definite(toks[k + 2][0]) and k + 3 < len(toks) and _definite(toks[k + 3][0])
                     and toks[k + 3][0] not in _stops())  # عدد من أفراد | الجالية: the noun's complement
        if not _definite(toks[k + 2][0]):
            j = max(j, _group_noun_end(toks, k + 2) or 0)  # عدد من أصحاب محال بيع كفرات | السيارات: the whole chain
    elif not head.endswith("\u0648\u0646") or len(head) < 5 or head in _stops() or head in _function_words():
        return None
    while j < len(toks) and (_nisba(toks[j][0]) or toks[j][0] in _adjectives()):
        j += 1
    a, b = back[toks[k][1]], back[toks[j - 1][2] - 1] + 1
    return _Speaker(name=text[a:b], start=a, end=b, named=False)


MAX_SENTENCES_BACK = 3  # sentences opening on a bare plural verb walked over to the one that names the group


def _earlier_plural_subject(text: str, folded: str, back: Sequence[int], at: int) -> _Speaker | None:
    """The plural subject of the sentence before a run of sentences that each open on a plural verb with no
    subject of its own (طالب عدد من أفراد الجالية …. واستنكروا، خلال لقاء، …. وأضافوا أن): they all go on from
    that group. ``at`` is where the speech verb's own sentence begins."""
    for _ in range(MAX_SENTENCES_BACK):
        while at > 0 and folded[at - 1] in " \n.!?\u061f":
            at -= 1
        if at <= 0:
            return None
        group = _coordinated_subject(text, folded, back, at) or _plural_subject(text, folded, back, at)
        if group is not None:
            return group
        toks = _verb_clause(folded, at)
        if not toks or not toks[0][0].endswith("\u0648\u0627") or len(toks) > 1 and not (
                toks[1][0] in SEPARATORS or toks[1][0] in _stops()):
            return None  # the sentence opens on no bare plural verb (واستنكروا، خلال …)
        at = _line_start(folded, at)
    return None


def _coordinated_subject(text: str, folded: str, back: Sequence[int], at: int) -> _Speaker | None:
    """Two or more joined by و as the subject of the main verb of the sentence before ``at`` (واتهمت أوكرانيا
    والعديد من الدول الغربية الانفصاليين، وطالب الأهالي والطلاب الوزارة): the ones a plural verb after it goes on
    from. The words after the last conjunct are the verb's object; None when no object follows."""
    toks = _verb_clause(folded, at)
    words = [t[0] for t in toks]
    if len(words) < 4:
        return None
    ends: list[int] = []
    k = 1
    while k < len(words):
        end = _conjunct_end(words, k, glued=bool(ends))
        if end is None:
            break
        ends.append(end)
        if end >= len(words) or not words[end].startswith("\u0648") or len(words[end]) < 3:
            break
        k = end
    if len(ends) < 2 or ends[-1] >= len(words) or words[ends[-1]] in SEPARATORS:
        return None
    a, b = back[toks[1][1]], back[toks[ends[-1] - 1][2] - 1] + 1
    return _Speaker(name=text[a:b], start=a, end=b, named=False)


def _conjunct_end(words: list[str], k: int, glued: bool) -> int | None:
    """Where one conjunct of a subject that opens at ``k`` ends (its و glued when ``glued``): a quantifier with
    من and a definite noun (العديد من الدول), a definite noun (الأهالي) or a name of up to three words, then
    singular adjectives (الغربية); None when no such conjunct opens there."""
    first = words[k][1:] if glued else words[k]
    if glued and (_common_noun(words[k]) or _accusative_noun(words[k]) or _is_title(words[k])):
        return None  # وفدا، وزير: a word that opens on و, no conjunction
    if first in _quantifiers() and k + 2 < len(words) and words[k + 1] == "\u0645\u0646" and _definite(words[k + 2]):
        j = k + 3
    elif _definite(first) and first not in _stops():
        j = k + 1
    elif _is_name_token(first):
        j = k + 1
        while j < min(len(words), k + MAX_NAME_CONJUNCT) and _is_name_token(words[j]) and not words[j].startswith("\u0648"):
            j += 1
    else:
        return None
    while j < len(words) and (_nisba(words[j]) and not words[j].endswith(PLURAL_NISBA) or words[j] in _adjectives()):
        j += 1
    return j


def _agreeing_description(text: str, speaker: _Speaker, gender: str | None) -> _Speaker | None:
    """The part of an unnamed subject a bare verb of ``gender`` may carry: a definite office or body and its
    adjectives (الرئيس الأفغاني، الحكومة المصرية), of the verb's gender; a definite noun after them is the
    object (أدان الرئيس الأفغاني | الهجوم). None for a thing (الهجوم) or an office in construct (وزير الصحة)."""
    words = list(re.finditer(r"\S+", text[speaker.start:speaker.end]))
    head = _f(words[0].group()) if words else ""
    if len(words) == 2 and head in _kin() and gender in ("m", "f") and _noun_gender(head) == gender \
            and _definite(_f(words[1].group())):
        return speaker  # والد الشهيد: a relative named by the one he is kin to
    if gender not in ("m", "f") or not _definite(head) or not (_office(head) or _institution_head(head)) \
            or _noun_gender(head) != gender or head in _ranks() or head[2:] in _sources() \
            or head in _generic_officials():
        return None  # (الدكتور المزروعي: a rank and a family name; المصدر، البيان، المسؤول: a source, or any official,
        # that points back to the one speaking)
    k = 1
    while k < len(words) and (_nisba(_f(words[k].group())) or _f(words[k].group()) in _adjectives()):
        k += 1
    end = speaker.start + words[k - 1].end()
    return _Speaker(name=text[speaker.start:end], start=speaker.start, end=end, named=False)


def _definite_description(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A definite noun and the adjectives after it (الجيش الكوري الجنوبي، القاضي السابق): a
    second definite noun is the verb's object (كذبت الزوجة | الرواية المفاجئة)."""
    desc = toks[:1]
    for tok in toks[1:4]:
        if not _adjective_after(tok[0]):
            break
        desc.append(tok)
    if (_institution_head(desc[0][0]) or _office(desc[0][0])) and len(desc) < len(toks) and _field_of_body(toks[len(desc)][0]):
        desc.append(toks[len(desc)])  # المديرية العامة للجوازات، الهيئة الوطنية للتنمية: the field names the body
        # (المدير العام للتعليم: and the office)
        if len(desc) < len(toks) and toks[len(desc)][0].startswith("\u0648\u0627\u0644") and len(toks[len(desc)][0]) > 4:
            desc.append(toks[len(desc)])  # الهيئة العامة للغذاء والدواء: a second field joined by و
        while len(desc) < min(len(toks), 6) and (_adjective_after(toks[len(desc)][0])
                                                 or _feminine_adjective_of(desc[-1][0], toks[len(desc)][0])):
            desc.append(toks[len(desc)])  # القيادة العامة للقوات المسلحة، الاتحاد السعودي للكرة الطائرة
    return desc


# عبّر (expressed) in its forms: also the preposition عبر (via), so read as a verb only with عن after its subject.
EXPRESSED_VERBS = ("عبر", "عبرت", "عبروا")
EXPRESSED_RE = re.compile(f"(?<![{AR}])[\u0648\u0641]?(?:{'|'.join(EXPRESSED_VERBS)})(?![{AR}])")
# Praising or welcoming with ب glued to what is praised (وأشاد معلم نيكول بإنجازها وقال، رحب الخبير فلان بالبيان
# معتبرا): the subject between the verb and the ب-word speaks on, as after عبّر ... عن.
STANCE_VERBS = ("أشاد", "أشادت", "أشادوا", "رحب", "رحبت", "رحبوا")
STANCE_RE = re.compile(f"(?<![{AR}])[\u0648\u0641]?(?:{_alt(STANCE_VERBS)})(?![{AR}])")
OTHER_CLAUSE_RE = re.compile(f"[{ARABIC_COMMA},]\\s*[\u0648\u0641][{AR}]{{3,}}")  # ، وأشاد: a clause of its own
MAX_FEELING_SUBJECT_WORDS = 16  # وعبر مساعد مدير إدارة الدفاع المدني بالمدينة المنورة اللواء فلان | عن


@cache
def _expressed_leads() -> frozenset[str]:
    """Words that may open the clause before عبّر (فيما عبر، من جانبه عبر، وبدوره عبر، وقد عبر; هذا وعبر, the
    newsroom's opener)."""
    return frozenset(_f(w) for w in ("فيما", "كما", "بينما", "ثم", "قد", "وقد", "من", "ومن", "جانبه", "جانبها", "هذا",
                                     "جانبهم", "جهته", "جهتها", "جهتهم", "بدوره", "بدورها", "بدورهم", "وبدوره",
                                     "وبدورها", "وبدورهم"))


@cache
def _expressed_openers() -> frozenset[str]:
    """Conjunctions that open a clause of its own inside a sentence, with its own subject (احتفى رئيس البعثة
    بالمنتخب وقد عبر مدير المنتخب فلان عن سعادته وقال: the one who expressed it speaks, not the sentence's subject)."""
    return frozenset(_f(w) for w in ("وقد", "فيما", "بينما"))


def _last_opener(pattern: re.Pattern[str], folded: str, start: int, vm: re.Match[str],
                 verbs: list[re.Match[str]]) -> re.Match[str] | None:
    """The last match of ``pattern`` in the sentence before the speech verb ``vm``, when no other speech verb
    stands between them (the clause it opens is the one right before the verb)."""
    m = None
    for m in pattern.finditer(folded, start, vm.start()):
        pass
    if m is None or any(m.end() <= v.start() < vm.start() for v in verbs):
        return None
    return m


def _expressed_subject(text: str, folded: str, back: Sequence[int], vm: re.Match[str], verbs: list[re.Match[str]],
                       gender: str | None, entities: Sequence[Entity], seen: list[_Speaker]) -> _Speaker | None:
    """The subject of a feeling expressed (عبّر فلان عن سعادته) in the clause right before a bare verb or a
    participle of its sentence, with no speech verb and no other clause between (وعبر المرضى عن سعادتهم، مؤكدين
    أن؛ فيما عبرت والدة الشهيد عن حزنها، وقالت:): the one who expressed it goes on to speak. None otherwise."""
    start = _sentence_start(folded, vm.start())
    if not WORD_RE.findall(folded, start, vm.start()):  # وعبر زيكو عن سعادته ... . وقال: a bare verb opening its
        before = start  # sentence goes on from the clause that closed the sentence before
        while before > 0 and folded[before - 1] in " \n.!?\u061f":
            before -= 1
        start = _sentence_start(folded, before) if before > 0 and folded[before:start].count("\n") <= 1 else start
    m = _last_opener(EXPRESSED_RE, folded, start, vm, verbs)
    praised = _last_opener(STANCE_RE, folded, start, vm, verbs)
    if praised is not None and (m is None or praised.start() > m.start()):
        m = praised
    if m is None:
        return None
    lead = folded[_sentence_start(folded, m.start()):m.start()]
    cut = max(lead.rfind(ARABIC_COMMA), lead.rfind(","), lead.rfind("\n"))
    words = WORD_RE.findall(lead[cut + 1:])
    if not all(w in _expressed_leads() for w in words) and not (words and words[-1] in _expressed_openers()):
        return None  # (not وصل عبر الحدود; but احتفى فلان بالبعثة وقد عبر فلان عن سعادته: وقد opens a clause of its own)
    if m is praised:
        obj = next((w for w in WORD_RE.finditer(folded, m.end(), vm.start()) if w.group()[:1] == "\u0628"
                    and len(w.group()) >= 4 and w.group()[1:] not in _first_names()), None)
        about = obj.start() - 1 if obj is not None else -1  # بإنجازها، بالبيان: what is praised or welcomed
    else:
        about = folded.find(" \u0639\u0646 ", m.end(), vm.start())
    if about < 0 or not 1 <= len(WORD_RE.findall(folded, m.end(), about)) <= MAX_FEELING_SUBJECT_WORDS \
            or any(c in folded[m.end():about] for c in ".!?\u061f\n:"):
        return None  # (not عبر الحدود، عبر حسابه على تويتر)
    if OTHER_CLAUSE_RE.search(folded, about, vm.start()):
        return None  # وعبر فلان عن ...، وأشاد فلان ...، مؤكدا: another clause between
    if _gender_clash(gender, _main_verb_gender(m.group())):
        return None  # عبرت الوزيرة عن ...، مؤكدا: someone else
    end = about
    while end > m.end() and folded[end - 1] in f" {ARABIC_COMMA},\u061b":
        end -= 1  # الشمراني؛ عن
    written = _speaker(text, folded, back, m.end(), end, entities, [])
    if m is praised and written is not None and not written.named and gender != "p":
        return None  # ثم رحب خادم الحرمين ... بالرئيس الفرنسي، مؤكدا: a description, most often of the one speaking
    if written is None or " " in written.name.strip():
        return written  # a description or a full name as written (not والدة الشهيد -> أشقاء الشهيد, met before)
    return _speaker(text, folded, back, m.end(), end, entities, seen)  # الإبراهيم -> أحمد علي الإبراهيم, met before


# Agreeing with the one quoted before (واتفق معه فلان ويقول، ووافقه في ذلك فلان قائلا، ويشاطره الرأي فلان، وأيدته
# فلانة، موضحة): the one who agrees is the subject, and goes on to speak. شاطر and شارك agree only with a view
# named after them (ويشاركه الرأي; not وشاركه البطولة فلان, an actor).
AGREEING_VERBS = ("وافق", "يوافق", "توافق", "أيد", "يؤيد", "تؤيد", "اتفق مع", "يتفق مع", "تتفق مع", "اتفقت مع")
SHARING_VERBS = ("شاطر", "يشاطر", "تشاطر", "شاطرت", "شارك", "يشارك", "تشارك", "شاركت")
AGREED_PRONOUNS = ("ه", "ها", "هم", "هما", "ته", "تها", "تهم")  # وأيدته: the ت of a woman agreeing before the pronoun
VIEW_SHARED = ("الرأي", "بالرأي", "في الرأي", "هذا الرأي", "الشعور", "وجهة النظر", "في ذلك", "في هذا", "على ذلك")
AGREEING_RE = re.compile(f"(?<![{AR}])[\u0648\u0641]?(?P<verb>{_alt(AGREEING_VERBS)})(?:{_alt(AGREED_PRONOUNS)})"
                         f"(?:\\s+(?:{_alt(VIEW_SHARED)}))?(?![{AR}])"
                         f"|(?<![{AR}])[\u0648\u0641]?(?P<share>{_alt(SHARING_VERBS)})(?:{_alt(AGREED_PRONOUNS)})"
                         f"\\s+(?:{_alt(VIEW_SHARED)})(?![{AR}])")
MAX_AGREEING_SUBJECT_WORDS = 8  # ويتفق معه المدرب الوطني فلان بن فلان | ويقول


def _agreeing_subject(text: str, folded: str, back: Sequence[int], vm: re.Match[str], verbs: list[re.Match[str]],
                      gender: str | None, entities: Sequence[Entity], seen: list[_Speaker]) -> _Speaker | None:
    """The subject of a verb of agreeing with the one quoted before (واتفق معه فلان، ووافقه في ذلك فلان) opening
    the clause right before a bare verb or a participle of its sentence, with no speech verb between (ويقول:،
    قائلا:، وأضاف أن): the one who agrees speaks, not the one agreed with. None otherwise."""
    start = _sentence_start(folded, vm.start())
    m = _last_opener(AGREEING_RE, folded, start, vm, verbs)
    if m is None:
        return None
    if not (vm["conj"] or vm["cont"]):
        return None  # واتفق معه مغردون، أحدهم قال: a subject of its own before the verb
    lead = folded[start:m.start()]
    cut = max(lead.rfind(ARABIC_COMMA), lead.rfind(","), lead.rfind("\n"))
    opens = all(w in _expressed_leads() for w in WORD_RE.findall(lead[cut + 1:]))
    if not opens and m.group()[:1] != "\u0648":
        return None  # (the agreeing verb opens its clause, or is joined by و: not ما يؤيده الواقع)
    end = next((i for i in range(m.end(), vm.start()) if folded[i] in f"{ARABIC_COMMA},-\u2013\u2014"), vm.start())
    between = folded[m.end():end]
    if any(c in between for c in ".!?\u061f\n:") or not 1 <= len(WORD_RE.findall(between)) <= MAX_AGREEING_SUBJECT_WORDS:
        return None
    verb = m.group("verb") or m.group("share")
    if _gender_clash(gender, _main_verb_gender(verb.split()[0])):
        return None  # وتتفق معها فلانة ... ويقول: someone else
    written = _speaker(text, folded, back, m.end(), end, entities, [])
    if written is None or _f(written.name.strip()) == ALLAH or not opens and not written.named:
        return None  # أيده الله: a blessing, no one agreeing; مشهد روحاني ويتفق معها فلان: a name after a heading
    if " " in written.name.strip():
        return written
    return _speaker(text, folded, back, m.end(), end, entities, seen)  # العتيبي -> خالد العتيبي, met before


# A question put to someone in a clause of time before the answer (وعندما سئل فلان عن …، قال:، وحين سئلت فلانة عن
# … قالت إن): the one asked, the subject of the passive سئل, answers when the speech verb has no subject of its own.
ASKED_RE = re.compile(f"(?<![{AR}])[\u0648\u0641]?(?:{_alt(('عندما', 'حين', 'حينما', 'لما', 'بعدما'))})\\s+"
                      f"(?P<verb>{_alt(('سئل', 'سئلت', 'سئلوا', 'سئلا', 'سئلتا'))})(?![{AR}])")
MAX_ASKED_SUBJECT_WORDS = 8  # وعندما سئل المتحدث باسم وزارة الخارجية فلان | عن


def _asked_subject(text: str, folded: str, back: Sequence[int], vm: re.Match[str], verbs: list[re.Match[str]],
                   gender: str | None, entities: Sequence[Entity], seen: list[_Speaker]) -> _Speaker | None:
    """The one asked in a clause of time (عندما سئل فلان عن) right before a bare speech verb of its sentence,
    with no speech verb between: he answers, not the one who spoke before. None when سئل has no subject written
    (وحين سئل عن ذلك قال: the one speaking goes on) or its subject runs on to the speech verb."""
    start = _sentence_start(folded, vm.start())
    m = _last_opener(ASKED_RE, folded, start, vm, verbs)
    if m is None:
        return None
    ends = [i for i in (folded.find(" \u0639\u0646 ", m.end(), vm.start()), folded.find(ARABIC_COMMA, m.end(), vm.start()),
                        folded.find(",", m.end(), vm.start())) if i >= 0]
    if not ends or any(c in folded[m.end():vm.start()] for c in ".!?\u061f\n:"):
        return None
    end = min(ends)
    if not 1 <= len(WORD_RE.findall(folded, m.end(), end)) <= MAX_ASKED_SUBJECT_WORDS:
        return None
    if _gender_clash(gender, _main_verb_gender(m.group("verb"))):
        return None  # سئلت فلانة … قال: someone else
    written = _speaker(text, folded, back, m.end(), end, entities, [])
    if written is None or " " in written.name.strip():
        return written
    return _speaker(text, folded, back, m.end(), end, entities, seen)  # العتيبي -> خالد العتيبي, met before


def _joined_clause_subject(text: str, folded: str, back: Sequence[int], vm: re.Match[str], verbs: list[re.Match[str]],
                           gender: str | None, entities: Sequence[Entity], seen: list[_Speaker]) -> _Speaker | None:
    """The named subject of the clause after the sentence's last comma, which a bare speech verb is joined to by و
    (فقد الزوج صوابه …، هربت مارغريت إلى هاواي وأعلنت أنها): the one who fled declares, not the sentence's
    first subject. The clause opens on a verb of the speech verb's gender by its shape (a past in ت, a present in
    ي), with no speech verb between; None otherwise (the sentence's subject is read as before)."""
    if vm["conj"] != "\u0648" or gender not in ("m", "f"):
        return None
    start = _sentence_start(folded, vm.start())
    cut = max(folded.rfind(ARABIC_COMMA, start, vm.start()), folded.rfind(",", start, vm.start()))
    if cut < 0 or any(cut < v.start() < vm.start() for v in verbs):
        return None
    toks = _region_tokens(folded, cut + 1, vm.start())
    if len(toks) < 2 or _main_verb_gender(toks[0][0]) != gender or _definite(toks[0][0]) \
            or toks[0][0].removeprefix("\u0648") in _stops():
        return None
    run = next(iter(_runs(toks[1:])), None)
    if run is None or run[0] != 0 or not _plausible_name([t[0] for t in toks[1:1 + run[1]]]):
        return None  # (رفعت لافتات: an object, no one named)
    found = _speaker(text, folded, back, toks[1][1], vm.start(), entities, seen)
    if found is None or not found.named or found.start > back[toks[1 + run[1] - 1][1]]:
        return None
    return found
