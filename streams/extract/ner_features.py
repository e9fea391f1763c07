"""Features of the entity tagger: one list of strings per token, for python-crfsuite.

Each word type gets its features once (cached): the folded word, its stem without an
attached conjunction/preposition (clitic-aware: وروسيا reads as روسيا), the stem without
ال, affixes, shape, corpus frequency, word clusters learned from the news, gazetteer
kinds and trigger-word classes (titles before people, heads of organisations and
places). A token then takes its own features plus its neighbours' (±2), word bigrams
and multi-word gazetteer matches, always laid out in one order (``_layout``).

``sentence_features`` are the training features. Tagging with the shipped models goes
through :mod:`.ner_decode` (per-word weight sums, no strings per token); where it leaves a
sentence to crfsuite, ``ModelFeatures`` gives crfsuite only the attributes the model
knows, encoded, from a per-word cache.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TypeVar

from .clitics import AL, bare, clitic_length
from .ner_lexicon import gazetteers, lexicon

__all__ = [
    "ORG_HEADS",
    "TITLES",
    "ModelFeatures",
    "document_features",
    "mark_features",
    "multi_matches",
    "sentence_features",
    "stem",
    "with_document",
    "word_features",
]

MAX_WORDS = 200_000  # word types kept by a model's feature cache


def _folded(words: str) -> frozenset[str]:
    from .ner_tokens import fold_word

    return frozenset(fold_word(w) for w in words.split())


# Titles and offices that come before a person's name.
TITLES = _folded(
    "الرئيس رئيس الرئيسة رئيسة وزير وزيرة الوزير الملك ملك الأمير أمير الشيخ الشيخة السلطان "
    "الجنرال العميد اللواء العقيد المقدم الرائد النقيب الفريق المشير العماد الأدميرال قائد "
    "المتحدث الناطق المتحدثة السفير سفير المبعوث مبعوث المندوب نائب النائب زعيم الزعيم "
    "الدكتور الدكتورة د السيد السيدة المستشار المستشارة الإمام البابا الأمين أمين المدير مدير "
    "المفوض الحاكم حاكم ولي المرشد القاضي المحامي الكاتب الصحفي اللاعب المدرب الفنان الفنانة "
    "المهندس الأستاذ البروفيسور سمو صاحب معالي فخامة جلالة سماحة الحاج المطران الأسقف "
    "الخليفة النجم المغني العاهل خادم الحرمين"
)
# Words that head an organisation's name.
ORG_HEADS = _folded(
    "وزارة الوزارة حزب الحزب حركة الحركة شركة الشركة تنظيم منظمة المنظمة جمعية الجمعية "
    "مجلس المجلس هيئة الهيئة وكالة الوكالة جامعة الجامعة مؤسسة المؤسسة اتحاد الاتحاد "
    "جبهة الجبهة بنك البنك مصرف نادي النادي لجنة اللجنة مركز المركز صندوق جماعة الجماعة "
    "قوات القوات جيش الجيش محكمة المحكمة برلمان البرلمان ائتلاف الائتلاف تحالف التحالف "
    "مجموعة المجموعة صحيفة الصحيفة قناة القناة إذاعة معهد المعهد أكاديمية كلية الكلية "
    "مستشفى المستشفى ديوان الديوان رابطة الرابطة نقابة النقابة فيلق لواء كتائب سرايا "
    "الأمانة أمانة الإدارة إدارة دائرة مكتب المكتب سلطة السلطة بلدية البلدية غرفة مصلحة"
)
# Words that head a place's name.
LOC_HEADS = _folded(
    "مدينة المدينة محافظة المحافظة بلدة البلدة قرية القرية ولاية الولاية منطقة المنطقة "
    "إقليم الإقليم جزيرة جزر نهر بحر جبل جبال مخيم المخيم حي الحي شارع ميناء مطار قاعدة "
    "صحراء خليج مضيق سهل وادي ريف عاصمة العاصمة دولة الدولة جمهورية مملكة إمارة سلطنة"
)
# Words after which a name often follows: speech verbs, prepositions of place.
CUES = _folded(
    "قال وقال أكد وأكد أعلن وأعلن أضاف وأضاف أوضح وأوضح أشار وأشار صرح وصرح بحث استقبل "
    "التقى التقي ابن بن بنت أبو أبي أم عن مع في إلى من"
)


def _shape(form: str) -> str:
    if form.isdigit() or form.replace(",", "").replace(".", "").isdigit():
        return "num"
    if form.isascii():
        return "lat" if form.isalpha() else "punct"
    if form.isalpha():
        return "ar"
    return "mix" if any(c.isalpha() for c in form) else "punct"


def _kinds(word: str, single: dict[str, frozenset[str]]) -> list[str]:
    """Gazetteer (``single``: gazetteers().single) and trigger classes of a single folded word."""
    out = list(single.get(word, ()))
    if word in TITLES:
        out.append("T")
    if word in ORG_HEADS:
        out.append("OH")
    if word in LOC_HEADS:
        out.append("LH")
    if word in CUES:
        out.append("CUE")
    return out


@lru_cache(maxsize=200_000)
def word_features(form: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Own features of a word type, and what its neighbours see of it at -2, -1, +1, +2."""
    lex = lexicon()
    shape = _shape(form)
    cut = clitic_length(form) if shape == "ar" else 0
    stem = form[cut:]
    b = bare(stem)
    own = [
        "b",
        "w=" + form,
        "s=" + stem,
        "n=" + b,
        "sh=" + shape,
        "len=" + str(min(len(b), 8)),
        "pre=" + form[:cut],
        "al=" + str(stem.startswith(AL)),
    ]
    for k in (1, 2, 3):
        if len(b) > k:
            own.append(f"p{k}=" + b[:k])
            own.append(f"x{k}=" + b[-k:])
    f = lex.freq.get(form, 0)
    fs = lex.freq.get(stem, 0)
    own.append("f=" + str(int(math.log2(f + 1))))
    own.append("fs=" + str(int(math.log2(fs + 1))))
    cc = lex.coarse.get(stem, lex.coarse.get(b, -1))
    cf = lex.fine.get(stem, lex.fine.get(b, -1))
    own += [f"c{k}={c if (c := table.get(stem)) is not None else table.get(b, -1)}" for k, table in lex.levels]
    single = gazetteers().single
    kinds = set(_kinds(form, single)) | set(_kinds(stem, single))
    if b != stem:
        kinds |= {"n" + k for k in _kinds(b, single)}
    elif len(stem) > 2:
        kinds |= {"n" + k for k in _kinds(AL + stem, single)}
    marks = ["g=" + k for k in sorted(kinds)]
    own.extend(marks)
    seen = ["s=" + stem, f"cf={cf}", f"c={cc}", "sh=" + shape, *marks]
    ctx = tuple(tuple([off + x for x in seen]) for off in ("-2", "-1", "+1", "+2"))
    return tuple(own), ctx


def stem(form: str) -> str:
    """The folded word without an attached conjunction/preposition (words only)."""
    return form[clitic_length(form) :] if form.isalpha() else form


def multi_matches(forms: list[str], stems: list[str]) -> list[str | None]:
    """B-/I- marks of the longest multi-token gazetteer names in the sentence."""
    multi = gazetteers().multi
    marks: list[str | None] = [None] * len(forms)
    free = 0  # tokens before this one are inside a name already marked
    for i in [i for i, (f, s) in enumerate(zip(forms, stems)) if f in multi or s in multi]:
        if i < free:
            continue
        hit = None
        for first in (forms[i], stems[i]):
            for rest, kind in multi.get(first, ()):
                n = len(rest)
                if tuple(forms[i + 1 : i + 1 + n]) == rest:
                    hit = (n + 1, kind)
                    break
            if hit:
                break
        if hit:
            n, kind = hit
            marks[i] = "B" + kind
            for j in range(i + 1, i + n):
                marks[j] = "I" + kind
            free = i + n
    return marks


def mark_features(marks: list[str | None]) -> list[list[str]]:
    """Each token's gazetteer-match features: its own mark, the next one's (inside the same
    name), the previous one's."""
    n = len(marks)
    out: list[list[str]] = [[] for _ in range(n)]
    for i, mark in enumerate(marks):
        if mark:
            out[i].append("m=" + mark)
            if i + 1 < n and marks[i + 1] and marks[i + 1][0] == "I":  # type: ignore[index]
                out[i].append("m+=" + marks[i + 1])  # type: ignore[operator]
        if i >= 1 and marks[i - 1]:
            out[i].append("m-=" + marks[i - 1])  # type: ignore[operator]
    return out


A = TypeVar("A", str, bytes)
Pieces = tuple[Sequence[A], tuple[Sequence[A], Sequence[A], Sequence[A], Sequence[A]]]


def _layout(
    per: Sequence[Pieces], minus: Sequence[Sequence[A]], plus: Sequence[Sequence[A]], marks: Sequence[Sequence[A]],
    ends: tuple[Sequence[A], Sequence[A], Sequence[A]],
) -> list[list[A]]:
    """Each token's features in their one order: its own; the -2 word's (``-2BOS`` on the
    second token); the -1 word's and the bigram with it (``BOS`` on the first); the +1
    word's and the bigram with it (``EOS`` on the last); the +2 word's; gazetteer marks.

    ``per`` holds each word's (own, (-2, -1, +1, +2 views)); ``minus[i]``/``plus[i]`` the
    bigram features of token i with the previous/next one (``i >= 1``/``i < n - 1``);
    ``ends`` the features ``-2BOS``, ``BOS``, ``EOS`` (empty when dropped).
    """
    n = len(per)
    bos2, bos, eos = ends
    empty: tuple = ()
    own = [p[0] for p in per]
    left2 = [empty, bos2, *(p[1][0] for p in per[: n - 2])][:n]
    left1 = [empty, *(p[1][1] for p in per[: n - 1])]
    gram1 = [bos, *minus[1:]]
    right1 = [*(p[1][2] for p in per[1:]), empty]
    gram2 = [*plus[: n - 1], eos]
    right2 = [*(p[1][3] for p in per[2:]), empty, empty][:n]
    return [
        [*a, *b, *c, *d, *e, *f, *g, *h]
        for a, b, c, d, e, f, g, h in zip(own, left2, left1, gram1, right1, gram2, right2, marks)
    ]


def sentence_features(forms: list[str]) -> list[list[str]]:
    """Feature lists for each token of one sentence (folded forms), as the models were trained."""
    n = len(forms)
    stems = [stem(f) for f in forms]
    pairs = [stems[i] + "|" + stems[i + 1] for i in range(n - 1)]
    minus = [[], *(["bg-=" + p] for p in pairs)]
    plus = [*(["bg+=" + p] for p in pairs), []]
    marks = mark_features(multi_matches(forms, stems))
    return _layout([word_features(f) for f in forms], minus, plus, marks, (["-2BOS"], ["BOS"], ["EOS"]))


class ModelFeatures:
    """The features one model sees, for tagging: only attributes it has weights for (crfsuite
    drops the others anyway, so the tags are the same), UTF-8 encoded as crfsuite takes them,
    each word type's part computed once (a bounded LRU cache).

    A word type costs about 0.8 kB in the cache (a few tuples of shared encoded attributes);
    ``max_words`` of them at most.
    """

    def __init__(self, known: frozenset[str], max_words: int = MAX_WORDS) -> None:
        self.attrs: dict[str, bytes] = {a: a.encode("utf-8") for a in known}
        self.word = lru_cache(maxsize=max_words)(self._word)
        self._bigrams = frozenset(b for a, b in self.attrs.items() if a.startswith("bg"))
        ends = [self.attrs.get(x) for x in ("-2BOS", "BOS", "EOS")]
        self._ends = tuple((e,) if e else () for e in ends)

    def keep(self, feats: Iterable[str]) -> tuple[bytes, ...]:
        """The attributes among ``feats`` the model knows, encoded, in order."""
        return tuple(filter(None, map(self.attrs.get, feats)))

    def _word(self, form: str) -> tuple[tuple[bytes, ...], tuple[tuple[bytes, ...], ...], str, bytes]:
        """A word type's own features and neighbour views (kept, encoded), its stem and the
        stem encoded."""
        own, ctx = word_features.__wrapped__(form)  # not through the training cache
        base = stem(form)
        return self.keep(own), tuple(self.keep(c) for c in ctx), base, base.encode("utf-8")

    def sentence(self, forms: list[str]) -> list[list[bytes]]:
        """What the model sees of each token of one sentence: :func:`sentence_features`
        without the attributes it has no weights for, encoded."""
        per = [self.word(f) for f in forms]
        n = len(per)
        grams = self._bigrams
        minus: list[tuple[bytes, ...]] = [()] * n
        plus: list[tuple[bytes, ...]] = [()] * n
        for i in range(n - 1):
            pair = per[i][3] + b"|" + per[i + 1][3]
            if (b := b"bg+=" + pair) in grams:
                plus[i] = (b,)
            if (b := b"bg-=" + pair) in grams:
                minus[i + 1] = (b,)
        marks = multi_matches(forms, [p[2] for p in per])
        mark_feats = [self.keep(m) for m in mark_features(marks)] if any(marks) else [()] * n
        return _layout(per, minus, plus, mark_feats, self._ends)


def document_features(extra: list[list[str]]) -> list[list[str]]:
    """What the second pass adds to each token's sentence features: its own document
    features (``extra``, from :func:`.ner_consistency.doc_features`) and its ±1 neighbours'
    (their first-pass tags left out)."""
    n = len(extra)
    before = [["-1" + x for x in e if x[:2] != "p1"] for e in extra]
    after = [["+1" + x for x in e if x[:2] != "p1"] for e in extra]
    empty: list[str] = []
    return [
        [*e, *(before[i - 1] if i >= 1 else empty), *(after[i + 1] if i + 1 < n else empty)]
        for i, e in enumerate(extra)
    ]


def with_document(
    feats: list[list[A]], extra: list[list[str]], model: ModelFeatures | None = None
) -> list[list[A]]:
    """Sentence features plus second-pass document features (:func:`document_features`);
    with ``model``, only those it knows, encoded (``feats`` then come from
    :meth:`ModelFeatures.sentence`)."""
    added = document_features(extra)
    if model is not None:
        return [[*f, *model.keep(d)] for f, d in zip(feats, added)]  # type: ignore[misc]
    return [[*f, *d] for f, d in zip(feats, added)]
