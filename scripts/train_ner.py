"""Train the CRF entity tagger on ANERcorp and score it on a held-out dev split.

    .venv/bin/python scripts/train_ner.py --dev      # train on the first 90%, score the last 10%
    .venv/bin/python scripts/train_ner.py --all      # train on all of train, write the shipped models

Two passes: a sentence CRF, then a CRF that also sees document features made from the
first pass over neighbouring sentences (ner_consistency.doc_features). The second is
trained on first-pass tags of the training data predicted by jackknife (K folds of
contiguous sentences), so it learns how far to trust them. The dev split is the last
10% of sentences of ``shared/data/anercorp/train.txt``; scores are entity-level (exact
span and type), micro-averaged, like conlleval.

Tried and not kept (dev F1 0.759 at the time; 5-fold sentence-pass CV 0.748 as a second
opinion, dev having only 969 entities): c1 0.1 / 0.02 and c2 0.1 (0.753 / 0.749 / 0.748);
a name-slot lexicon mined from the news (share of a word's occurrences after titles,
speech verbs, بن, organisation/place/work heads, nationality adjectives: dev 0.744, CV 0.746);
quote context (the word before « ... »: CV +0.001) plus inner character trigrams (CV
+0.002, dev 0.755); more role titles and a nationality-adjective class (CV +0.000); an
auto-gazetteer (how a plain CRF tags each word across the news), plain (dev 0.752) and
cross-fitted by halves (dev 0.759); 100 / 300 L-BFGS iterations (0.755 / 0.753);
document windows other than 10 (5, 20, 40); recurrences filled in over a wider window than the document
pass's (stop 26: 30 sentences each side 0.754, 100 or the whole input 0.749, against 0.757 at 10: names recur within
an article, and the same string further off is as often another entity or a plain word); membership in the first names mined from the
news for the quotation extractor (person_names.json.gz, 2,208 names) as a gazetteer kind
(tag-conll dev 0.752 against 0.757, sentence pass 0.744 either way); first-pass marginals (P(not O) bucket and
likeliest type on tokens left O) as document-pass features (dev 0.750); 8 jackknife
folds instead of 4 (dev 0.757); name dropout (stop 17): a copy of each training sentence in which half
of its names, drawn at random, lose the features naming the word (word, stem, bare form, bigrams and the
neighbours' view of the stem), added to every training set (folds, both passes), so that context has to
carry them as it must for unseen names: dev 0.743 against 0.757, unseen-name F1 0.602 against 0.623
(precision 0.70 -> 0.66), test estimates 0.709; 0.694; 0.710 against 0.725; 0.710; 0.733.

A wider window (not kept; stop 34): the stem and both cluster ids of the words three before and three after each
token, on top of the ±2 window, in every model trained: sentence pass 0.737 against 0.744 (the words that far off are
mostly in another phrase; the bigrams and the document pass already carry what context helps).

Quoted titles after a head word (not kept; stop 35, probe outside the repository): a span of one to six tokens in quote
marks right after a head takes the head's kind, heads learned from the training part (at least four quoted spans
after the head, four in five of them one entity of one kind: شركة، صحيفة، مؤسسة → ORG; رواية → MISC; with two and 75%
also مجلة، موقع، جمعية، فيلم). No dev tag changed: the CRF already tags those, and the dev part's programme titles
(برنامج «…»، بعنوان «…», MISC) have no counterpart in the training part. Dev errors of the shipped recipe at the time
(tag-conll, 969 entities): 151 missed (ORG 56, PERS 42, MISC 35, LOC 18), 52 with a boundary off (PERS 28, ORG 23), 52
with the type wrong (MISC 23, ORG 22: clubs, car models, TV programmes), 23 both, 42 spurious.

Conjunctions of a trigger and the word's rarity (not kept; stop 34), which a linear CRF cannot form from its single
features: a title one or two words back with a rare, unknown or bare word (T&rare, T&oov, T&bare, T-2&rare), an
organisation head before a definite word or a rare one, a place head or a speech cue before a rare word, بن/ابن/بنت
before a word, a rare bare word before a gazetteer person. Sentence pass 0.746 against 0.744, with the document pass
0.756 against 0.757, tag-conll 0.760 against 0.757: within the noise of 969 dev entities.

Label encoding, trainers and extra data (not kept; branch ner-bioes). Against 0.757 (tag-conll
tags; sentence pass 0.744) by ``scripts/ner_compare.py`` (paired bootstrap over dev sentences,
2000 resamples), and test estimates by ner_estimate.py ((a); scaled; (b) at F1 0.63) against
0.725; 0.710; 0.733. BIOES labels for both passes, read back as IOB2 (code in c63bcfc):
0.738 (-0.019, CI [-0.038, -0.000]; 0.699; 0.682; 0.712), sentence pass 0.726 (-0.018; 300
iterations 0.729, c1 0.1 0.727, c1 0.02 0.724), 285 against 304 articles/s (dev models, same
process, alternating); the 17 labels spread the same data thinner. Other crfsuite trainers,
sentence pass only: averaged perceptron 15 / 50 epochs 0.731 (-0.012, CI [-0.030, +0.004]) /
0.724, passive-aggressive 0.732 (-0.012 [-0.029, +0.005]; c 0.1 and PA-II the same or
lower), AROW 0.653, L2 SGD (c2 0.1) 0.736 (-0.007 [-0.020, +0.005]); L-BFGS with
feature.possible_states, sentence pass 0.741 (-0.002 [-0.011, +0.007]), both passes 0.748
(-0.009 [-0.021, +0.005]; 0.726; 0.711; 0.714); feature.minfreq 2, sentence pass 0.730. Lowering
the O label's bias weight in decoding by 0.25-1 (either pass): 0.730-0.753, recall barely
rises while precision falls. The Wojood sample (shared/data/wojood/train.txt, 1,031 sentences)
mapped to ANERcorp's convention (the longest of overlapping spans of PERS, ORG, GPE/LOC/FAC
-> LOC, CURR -> MISC; an ORG string tagged GPE elsewhere -> LOC, as Wojood tags a country
that acts as ORG; sentences with EVENT/PRODUCT left out) appended to the training part: 0.732 (-0.025, CI
[-0.045, -0.005]; 0.695; 0.679; 0.709), PERS 0.76 -> 0.70: its texts (Palestinian history,
law, reports) and its ORG (long, nested spans) differ from ANERcorp's news.

Self-training on news from a neural teacher (not kept; dev 0.757 for this code when
rerun, paired bootstrap over dev sentences, 2000 resamples). Teacher: the BiLSTM-CRF
probe (frozen fastText vectors trained on the news, char-CNN, gazetteer and cue
features, two seeds ensembled) trained on the same 90%: dev 0.749 alone; the CRF's tags
plus its entities where the CRF has none 0.770 (+0.013, CI [+0.004, +0.023]), mostly
unseen persons, but it costs ~10 ms an article at run time. Silver: SaudiNewsNet and ANT
articles alternating, split as find_entities splits them (sentences of 3+ tokens), tagged
by that union (or by the teacher alone), appended to the gold of both passes. Dev F1,
bootstrap vs the CRF, test estimate (ner_estimate.py (a); scaled; (b) at F1 0.63) against
0.757 / 0.725; 0.710; 0.733 for the CRF alone: 5k union sentences 0.754 (-0.003, CI
[-0.018, +0.013]; 0.723; 0.708; 0.721); 5k sentences where the CRF and the teacher
agree 0.752 (-0.005 [-0.019, +0.009]; 0.720; 0.705; 0.722); 20k union sentences with an
entity 0.756 (-0.001 [-0.017, +0.013]; 0.727; 0.712; 0.724); 20k with an entity, teacher
tags only 0.742 (-0.015 [-0.036, +0.007]; 0.702; 0.686; 0.703); all 50k union sentences
0.756 (-0.001 [-0.018, +0.016]; 0.729; 0.714; 0.717). Union silver trades precision for
recall (unseen-name F1 0.623 -> 0.635 at 50k, P 0.81 -> 0.79 overall) and no variant
gains. It costs: training 3.3 min -> 8.5 min at 5k (silver in the jackknife folds) and
15 / 33 min at 20k / 50k (folds over gold only); models 4.3 MB -> 13.5 / 19.7 MB;
bench_entities 169 -> 143 articles/s (20k) and 181-193 -> 165 (50k), same runs.

A fast neural tagger beside the CRF (not kept; probe outside the repository): residual dilated
1-D CNNs over frozen fastText news vectors, a trainable word embedding, affix, clitic and
gazetteer/cue features (and a char-CNN), folded into one float16 table per word type so that
numpy inference costs ~1.3-2 ms an article. Alone they score 0.675-0.710 on dev; their entities
where the CRF has none give 0.746-0.762 against 0.757 (+0.005 at best, CI [-0.002, +0.013]), while
the BiLSTM-CRF above gives 0.770: the CNNs find far fewer unseen names (0.49-0.55 vs 0.60), which is
where the BiLSTM's gain lies. Hard silver from the BiLSTM teacher did not bring a CNN closer to it.

Subword clusters for words the news clusters miss (not kept; probe outside the repository). 254 of
dev's 1,454 entity tokens have no news cluster (outside the 80k clustered words), 212 of them
outside a fastText vocabulary too. fastText (skip-gram, dim 100, char n-grams 2-5, trained on the
news) gives them vectors from their n-grams; k-means at 64 / 256 / 1024 over the 80k most frequent
words' vectors, and each word's nearest centroid as features (own three levels, neighbours' 256):
for every word, dev 0.749 (sentence pass 0.732); only for words without a news cluster, 0.762
(sentence pass 0.752), by ner_compare.py +0.005, CI [-0.007, +0.017], P(ahead) 0.79 (sentence pass
+0.008, CI [-0.004, +0.021]) against 0.757 — within noise, for 13-20 MB of n-gram vectors to ship.

Real-valued word vectors as CRF features (not kept; probe outside the repository, stop 24). The SVD-reduced
PPMI vectors this lexicon's clusters come from (80k news words; strongest DIM components, unit rows times a
scale), for the word (else its clitic-less stem; 94% of ANERcorp tokens covered) and its ±1 neighbours, as
{name: value} crfsuite features. Sentence pass by ner_compare.py against 0.7436: DIM 50 x1 0.7430 (-0.001,
CI [-0.011, +0.011], P(ahead) 0.48); DIM 50 x3 0.7402 (-0.003 [-0.019, +0.012], 0.36); DIM 100 x6 0.7356
(-0.008 [-0.028, +0.010], 0.20). Unseen-name F1 (sentence pass) 0.594 / 0.594 / 0.587 against 0.594: the
five cluster levels already carry what these vectors know. Training the sentence pass 4-5x slower, crfsuite
tagging ~4x slower (dict features). Both passes, DIM 50 x1: dev 0.751 against 0.757 (-0.006, CI [-0.018,
+0.007], P(ahead) 0.17), PERS 0.760 -> 0.732; test estimates 0.722; 0.707; 0.729 against 0.725; 0.710; 0.733.

The BiLSTM union at run time (not kept; probe outside the repository). Test estimates by ner_estimate.py's
method on tag files ((a); scaled; (b)): the CRF 0.725; 0.710; 0.733, the union 0.740; 0.726; 0.742 (dev
0.770; the gain is unseen persons: unseen PERS F1 0.740 -> 0.782), with fastText vectors for the
vocabulary only (what fits the 50 MB package: 30 MB with both seeds) 0.735; 0.721; 0.738. A numpy
inference batched per article (every word type's projected row cached, the LSTM steps batched over the
article's sentences and both directions and seeds, numpy Viterbi; tags identical to torch's on dev) costs
about 7.5 ms an article for one seed and 12.6 ms for both on a quiet core, at best 5.9 / 10.4 ms with
every word cached: the 60 sequential LSTM steps of an article are most of it. CRF and BiLSTM together run
at 60-80 articles/s against the 200 target, and the estimate stays under 0.75.

Stacking a BiLSTM into the CRF (not kept; probe outside the repository, stop 27). A BiLSTM (fastText news vectors,
char-CNN, gazetteer and cue marks; dev 0.704 alone, weaker than the probe above) tagged the training part out of fold
(the same 4 folds) and dev; its tag, its neighbours' tags and bucketed type probabilities became CRF features. In the
document pass only: dev 0.7665 against 0.7568 (+0.010, CI [-0.005, +0.024], P(ahead) 0.91; best of 7 variants), ORG
precision 0.755 -> 0.815, unseen PERS 0.740 -> 0.748; test estimates 0.738; 0.723; 0.735. In both passes 0.754-0.760;
with a second seed averaged, lower; the union rule with this tagger 0.763. The neural part costs 11.5 ms an article
through onnxruntime (one thread) and needs the fastText n-gram table (850 MB) for unseen words.

Mention replacement (not kept; probe outside the repository, stop 30; Dai & Adel 2020). One copy of each training
sentence with an entity (2,671 of 3,576) in which every mention is replaced by a different training-part mention
string of its type; the copies join every fold and both passes, are held out with their original, tagged by that
fold's model, and get document features as if in the original's place. Against 0.757 (ner_compare.py; test
estimates against 0.725; 0.710; 0.733): all types, seed 13 0.766 (+0.009, CI [-0.008, +0.026], P(ahead) 0.87;
0.741; 0.727; 0.736), but seeds 2 / 3 0.753 / 0.751 (-0.003 / -0.006; 0.720 / 0.719): seed noise, mean 0.757;
half the sentences 0.755; PERS and ORG only 0.761 (+0.005 [-0.011, +0.020]; 0.734; 0.719; 0.731); persons as 1-3
random ANERGazet person words (dev entity words left out) 0.753 (PERS 0.760 -> 0.731: the gazetteer feature fires
on every copied name). Unseen-name F1 0.643 / 0.611 / 0.605 by seed against 0.623. Training 3.8 -> 6-8.5 min.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's streams, not an installed one

from streams.extract.conll import read_sentences, score, tag_corpus
from streams.extract.ner_consistency import doc_features
from streams.extract.ner_features import sentence_features, with_document
from streams.extract.ner_model import DOC_WINDOW, MODEL_NAME, STACKED_NAME, tag_document
from streams.extract.ner_tokens import fold_word

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "streams/extract/data"
PARAMS = {"c1": 0.05, "c2": 0.02, "max_iterations": 150, "feature.possible_transitions": True}
FOLDS = 4

Sentence = tuple[list[str], list[str]]


def load(path: Path) -> list[Sentence]:
    """(folded tokens, tags) per sentence."""
    with path.open(encoding="utf-8") as fh:
        return [([fold_word(c[0]) or c[0] for c in s], [c[-1] for c in s]) for s in read_sentences(fh)]


def train(feats: list[list[list[str]]], tags: list[list[str]], out: Path, params: dict) -> pycrfsuite.Tagger:
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(feats, tags):
        trainer.append(x, y)
    trainer.set_params(params)
    trainer.train(str(out))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(out))
    return tagger


def train_both(sents: list[Sentence], first_out: Path, second_out: Path, params: dict, tmp: Path):
    """The sentence model, and the document model trained on jackknifed first-pass tags."""
    forms = [f for f, _ in sents]
    gold = [t for _, t in sents]
    feats = [sentence_features(f) for f in forms]
    t0 = time.time()
    jack: list[list[str]] = [[] for _ in sents]
    size = -(-len(sents) // FOLDS)
    for k in range(FOLDS):
        lo, hi = k * size, min(len(sents), (k + 1) * size)
        keep = [i for i in range(len(sents)) if not lo <= i < hi]
        fold = train([feats[i] for i in keep], [gold[i] for i in keep], tmp / f"fold{k}.crfsuite", params)
        for i in range(lo, hi):
            jack[i] = fold.tag(feats[i])
        print(f"  fold {k + 1}/{FOLDS} done at {time.time() - t0:.0f}s", flush=True)
    first = train(feats, gold, first_out, params)
    print(f"  first pass done at {time.time() - t0:.0f}s", flush=True)
    extra = doc_features(forms, jack, DOC_WINDOW)
    second = train([with_document(x, e) for x, e in zip(feats, extra)], gold, second_out, params)
    print(f"  second pass done at {time.time() - t0:.0f}s", flush=True)
    return first, second


def report(title: str, result: dict[str, dict[str, float]]) -> None:
    print(title)
    for kind, r in result.items():
        print(
            f"  {kind:5s} P={r['precision']:.4f} R={r['recall']:.4f} F1={r['f1']:.4f}"
            f"  (gold {int(r['gold'])}, predicted {int(r['pred'])})"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/anercorp/train.txt")
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--dev", action="store_true", help="train on 90%%, score the last 10%%")
    mode.add_argument("--all", action="store_true", help="train on all, write the shipped models")
    ap.add_argument("--keep", type=Path, help="with --dev: keep the dev models in this folder")
    ap.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    args = ap.parse_args()
    params = {**PARAMS, "max_iterations": args.iterations, "c1": args.c1, "c2": args.c2}
    sents = load(args.data)
    t0 = time.time()
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        if args.all:
            train_both(sents, DATA_DIR / MODEL_NAME, DATA_DIR / STACKED_NAME, params, tmp)
            print(f"trained on {len(sents)} sentences in {time.time() - t0:.0f}s -> {DATA_DIR}")
            return
        cut = len(sents) - len(sents) // 10
        tr, dev = sents[:cut], sents[cut:]
        out = args.keep or tmp
        out.mkdir(parents=True, exist_ok=True)
        first, second = train_both(tr, out / MODEL_NAME, out / STACKED_NAME, params, tmp)
        print(f"trained on {len(tr)} sentences in {time.time() - t0:.0f}s; dev = last {len(dev)} sentences")
        gold = [t for _, t in dev]
        forms = [f for f, _ in dev]
        report("sentence pass only:", score(gold, [first.tag(sentence_features(f)) for f in forms]))
        report("with the document pass:", score(gold, tag_document(forms, first=first, second=second)))
        report("as naba tag-conll tags (both passes, then recurrences):", score(gold, tag_corpus(forms, first=first, second=second)))


if __name__ == "__main__":
    main()
