"""Features of the entity tagger: one list of strings per token, for python-crfsuite.

Each word type gets its features once (cached): the folded word, its stem without an
attached conjunction/preposition (clitic-aware: وروسيا reads as روسيا), the stem without
ال, affixes, shape, corpus frequency, word clusters learned from the news, gazetteer
kinds and trigger-word classes (titles before people, heads of organisations and
places). A token then takes its own features plus its neighbours' (±2), word bigrams
and multi-word gazetteer matches.
"""

from __future__ import annotations

import math
from functools import lru_cache

from .clitics import AL, bare, clitic_length
from .ner_lexicon import gazetteers, lexicon

__all__ = ["ORG_HEADS", "TITLES", "sentence_features", "with_document", "word_features"]

MAX_FILTERED = 200_000  # word types kept per filtered cache
_FILTERED: dict[int, dict[str, tuple]] = {}  # id(known attribute set) -> form -> features


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


def _kinds(word: str) -> list[str]:
    """Gazetteer and trigger classes of a single folded word."""
    out = list(gazetteers().single.get(word, ()))
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
    for k, table in lex.levels:
        own.append(f"c{k}={table.get(stem, table.get(b, -1))}")
    kinds = set(_kinds(form)) | set(_kinds(stem))
    if b != stem:
        kinds |= {"n" + k for k in _kinds(b)}
    elif len(stem) > 2:
        kinds |= {"n" + k for k in _kinds(AL + stem)}
    for k in sorted(kinds):
        own.append("g=" + k)
    seen = ["s=" + stem, f"cf={cf}", f"c={cc}", "sh=" + shape] + ["g=" + k for k in sorted(kinds)]
    ctx = tuple(tuple(f"{off}{x}" for x in seen) for off in ("-2", "-1", "+1", "+2"))
    return tuple(own), ctx


def _stem(form: str) -> str:
    return form[clitic_length(form) :] if form.isalpha() else form


def _multi_matches(forms: list[str]) -> list[str | None]:
    """B-/I- marks of the longest multi-token gazetteer names in the sentence."""
    multi = gazetteers().multi
    marks: list[str | None] = [None] * len(forms)
    i = 0
    while i < len(forms):
        hit = None
        for first in (forms[i], _stem(forms[i])):
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
            i += n
        else:
            i += 1
    return marks


def with_document(
    feats: list[list[str]], extra: list[list[str]], known: frozenset[str] | None = None
) -> list[list[str]]:
    """Sentence features plus second-pass document features (own and ±1 neighbours')."""
    n = len(feats)
    ok = (lambda x: True) if known is None else known.__contains__
    own = [[x for x in e if ok(x)] for e in extra]
    before = [[y for x in e if x[:2] != "p1" and ok(y := "-1" + x)] for e in extra]
    after = [[y for x in e if x[:2] != "p1" and ok(y := "+1" + x)] for e in extra]
    out = []
    for i in range(n):
        f = [*feats[i], *own[i]]
        if i >= 1:
            f.extend(before[i - 1])
        if i + 1 < n:
            f.extend(after[i + 1])
        out.append(f)
    return out


def _filtered(form: str, known: frozenset[str], cache: dict) -> tuple:
    hit = cache.get(form)
    if hit is None:
        own, ctx = word_features(form)
        hit = (tuple(x for x in own if x in known), tuple(tuple(x for x in c if x in known) for c in ctx))
        cache[form] = hit
    return hit


def sentence_features(forms: list[str], known: frozenset[str] | None = None) -> list[list[str]]:
    """Feature lists for each token of one sentence (folded forms).

    With ``known`` (the attributes a trained model has weights for), features the model
    would ignore are left out: the same tags, in about half the tagging time.
    """
    if known is None:
        per = [word_features(f) for f in forms]
    else:
        cache = _FILTERED.setdefault(id(known), {})
        if len(cache) > MAX_FILTERED:
            cache.clear()
        per = [_filtered(f, known, cache) for f in forms]
    stems = [_stem(f) for f in forms]
    marks = _multi_matches(forms)
    n = len(forms)
    out: list[list[str]] = []
    for i in range(n):
        feats = list(per[i][0])
        if i >= 2:
            feats.extend(per[i - 2][1][0])
        elif i == 1:
            feats.append("-2BOS")
        if i >= 1:
            feats.extend(per[i - 1][1][1])
            bg = "bg-=" + stems[i - 1] + "|" + stems[i]
            if known is None or bg in known:
                feats.append(bg)
        else:
            feats.append("BOS")
        if i + 1 < n:
            feats.extend(per[i + 1][1][2])
            bg = "bg+=" + stems[i] + "|" + stems[i + 1]
            if known is None or bg in known:
                feats.append(bg)
        else:
            feats.append("EOS")
        if i + 2 < n:
            feats.extend(per[i + 2][1][3])
        if marks[i]:
            feats.append("m=" + marks[i])
            if i + 1 < n and marks[i + 1] and marks[i + 1][0] == "I":
                feats.append("m+=" + marks[i + 1])
        if i >= 1 and marks[i - 1]:
            feats.append("m-=" + marks[i - 1])
        out.append(feats)
    return out
