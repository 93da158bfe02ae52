"""Which reference-free segment features would improve the learned quality estimate on years it was not fitted on?

The quality estimate (``mtqa/scoring/quality.py``) is a Bradley-Terry model over
11 segment features, fitted on WMT13's human pairwise judgements
(``bench/build_score.py``). This script measures candidate features beside
them, under the same discipline: anything is *chosen* on WMT13 only (5-fold
cross-validation by document over its judgements), WMT12 and WMT14 are
reported as held out. Candidates:

* ``lm_*`` -- an English word trigram model with interpolated Kneser-Ney
  smoothing (:class:`NewsLM`), built in memory from English news that no
  evaluation year uses: the newstest references 2008-2011 (news-test2008,
  newssyscomb2009, newstest2009-2011) and the Potet post-edits. newstest2012
  and newstest2013 are left out although the lexical model may use them: they
  are the references of the WMT12 and WMT13 systems' sources, and a model that
  has read the reference favours the outputs closest to it. Features: mean
  log-probability per token (``lm_lp``), mean gain of the trigram over the
  word's own (continuation) probability (``lm_gain``: word order and word
  choice in context, not vocabulary), the share of tokens the model has never
  seen (``lm_oov``) and the worst gain (``lm_worst``);
* ``ibm_f`` / ``ibm_b`` -- IBM-Model-1 scores from the shipped lexical model
  (``mtqa/data/lexmodel``): mean log of (1/(|other side|+1)) sum t(word|other
  words), target given source (p(e|f)) and source given target (p(f|e)), a
  word copied unchanged (a name, a number) counting 1;
* ``max_f`` / ``max_b`` -- the same with the best single link instead of the sum;
* ``al_rec`` / ``al_prec`` / ``al_adeq`` -- coverage of the source content
  words, share of target content words accounted for, and their harmonic mean,
  from mtqa's own word aligner (:mod:`mtqa.meaning.align`);
* surface features of the QuEst baseline kind (:func:`surface`): punctuation
  count difference, share of source numbers missing from the target, type/token
  ratio and mean word length of the target, difference in capitalised words
  and in quotation marks;
* ``omit_n`` / ``omit_any`` -- A608's signal (:class:`mtqa.checks.meaning.gaps.OmittedWord`):
  the strong source words it would report (0 unless the rest is word for word),
  and strong words without a counterpart whatever the rest, per ten source
  content words.

The length ratio, the untranslated-word share (``foreign``, ``copied``) and the
MQM flag penalty are already in the shipped model and are kept in every fit.
``--ceiling`` also fits on each year's own judgements (in-sample, never a
choice): how far a linear model over these features can go at all.

``--lexicon PATH`` computes the lexical features with another model file, e.g.
one built without newstest2012/2013 (``bench/build_lexicon.py --leave-out
newstest2012,newstest2013 --out PATH``): the shipped lexicon learned its
links from those years' references, so its features are optimistic on WMT12
and WMT13 and only WMT14 is a clean test of them.

``--fit 12,13`` fits and cross-validates on several years' judgements at once
(each year's pairs against its own systems; the floor from all their
references); WMT14 is then the only held-out year. ``--lm-train SETS`` names
the newstest sets whose references train the LM (with the Potet post-edits):
adding newstest2012/2013 gives the LM the references of the WMT12/13 sources,
so its features are then optimistic on those years and only WMT14 tests it;
``--lm-own-year-out`` scores each year with the LM trained without its own
reference set (a leave-one-year-out LM: what a shipped 2008-2013 LM is worth on
WMT12/13 without having read their references).

``--consensus`` adds the segment's chrF consensus with the year's other
systems (above its source's median, as ``mtqa compare`` computes it) as one
more feature: not a segment's own evidence, so it bounds what the pool of
systems would add, in the fits and in the ``--ceiling`` table.

Usage: .venv/bin/python bench/qe_features.py [--cache-tag m6before] [--lexicon PATH] [--fit 13]
       [--lm-train news-test2008,...] [--lm-own-year-out]
       [--consensus] [--ceiling] [--fresh]
Needs the per-segment MQM penalties of a ``bench/meaning.py --tag TAG`` run.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import math
import pickle
import re
import sys
import zlib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from build_score import FEAT_CACHE, fit_logistic, length_centre, training_pairs, year_features  # noqa: E402
from compare_human import kendall_tau_b  # noqa: E402
from meaning import DEFAULT_DATA, OUT as MEANING_OUT, YEARS, human, pairwise, read_lines, year_files  # noqa: E402

from mtqa.scoring.fluency import tokens as en_tokens  # noqa: E402
from mtqa.scoring.quality import FEATURES  # noqa: E402

LM_TRAIN = ("news-test2008", "newssyscomb2009", "newstest2009", "newstest2010", "newstest2011")
DISCOUNT = 0.75
LM_FEATURES = ("lm_lp", "lm_gain", "lm_oov", "lm_worst")
LEX_FEATURES = ("ibm_f", "ibm_b", "max_f", "max_b")
ALIGN_FEATURES = ("al_rec", "al_prec", "al_adeq")
SURFACE_FEATURES = ("punct_diff", "num_miss", "ttr", "avg_len", "cap_diff", "quote_diff")
OMIT_FEATURES = ("omit_n", "omit_any")
CANDIDATES = LM_FEATURES + LEX_FEATURES + ALIGN_FEATURES + SURFACE_FEATURES + OMIT_FEATURES
CACHE_VERSION = 3
"""Bumped when the candidate list changes (the feature cache's name carries it)."""
FLOOR = 1e-4
"""Smallest translation probability an IBM-1 sum is taken at (a word nothing on the other side explains)."""


def lm_tokens(line: str) -> list[str]:
    return ["<s>", "<s>"] + [t.lower().replace("\u2019", "'") for t in en_tokens(line)] + ["</s>"]


class NewsLM:
    """Interpolated Kneser-Ney word trigram model (one discount); ``min_count`` prunes rare trigrams.

    p(c | a b) = max(c(abc) - D, 0) / c(ab.) + D * N1+(ab.) / c(ab.) * p2(c | b); p2 uses continuation
    counts N1+(.bc) of all trigrams; p1(c) = (N1+(.c) + 1/2) / (N1+(..) + V/2) gives unseen words a share.
    """

    def __init__(self, lines, min_count: int = 1):
        c3: collections.Counter = collections.Counter()
        for line in lines:
            t = lm_tokens(line)
            for i in range(2, len(t)):
                c3[(t[i - 2], t[i - 1], t[i])] += 1
        self.c3 = {k: v for k, v in c3.items() if v >= min_count}
        self.h3: collections.Counter = collections.Counter()
        self.t3: collections.Counter = collections.Counter()
        for (a, b, _), v in self.c3.items():
            self.h3[(a, b)] += v
            self.t3[(a, b)] += 1
        self.n2: collections.Counter = collections.Counter((b, c) for (_, b, c) in c3)
        self.h2: collections.Counter = collections.Counter()
        self.t2: collections.Counter = collections.Counter()
        for (b, _), v in self.n2.items():
            self.h2[b] += v
            self.t2[b] += 1
        self.n1: collections.Counter = collections.Counter(c for (_, c) in self.n2)
        self.total1 = sum(self.n1.values())
        self.vocabulary = len(self.n1) + 1

    def p1(self, c: str) -> float:
        return (self.n1.get(c, 0) + 0.5) / (self.total1 + 0.5 * self.vocabulary)

    def p2(self, b: str, c: str) -> float:
        h = self.h2.get(b)
        if not h:
            return self.p1(c)
        return max(self.n2.get((b, c), 0) - DISCOUNT, 0) / h + DISCOUNT * self.t2[b] / h * self.p1(c)

    def p3(self, a: str, b: str, c: str) -> float:
        h = self.h3.get((a, b))
        if not h:
            return self.p2(b, c)
        return max(self.c3.get((a, b, c), 0) - DISCOUNT, 0) / h + DISCOUNT * self.t3[(a, b)] / h * self.p2(b, c)

    def features(self, line: str) -> dict[str, float]:
        t = lm_tokens(line)
        lp = gain = worst = 0.0
        oov = 0
        for i in range(2, len(t)):
            p = math.log(self.p3(t[i - 2], t[i - 1], t[i]))
            g = p - math.log(self.p1(t[i]))
            lp += p
            gain += g
            worst = min(worst, g)
            oov += t[i] not in self.n1
        n = len(t) - 2
        return {"lm_lp": lp / n, "lm_gain": gain / n, "lm_oov": oov / n, "lm_worst": worst}


def build_lm(data: Path, min_count: int = 1, train: tuple[str, ...] = LM_TRAIN) -> NewsLM:
    folder = data / "newstest-fren-2008-2015"
    lines = [line for stem in train for line in read_lines(folder / f"{stem}.en")]
    lines += read_lines(data / "potet-fren-postedit" / "pe.en")
    return NewsLM(lines, min_count)


def ibm1(src, tgt, model) -> dict[str, float]:
    """IBM-1 and best-link scores of ``tgt`` given ``src`` and back (tokens of :mod:`mtqa.meaning.tokens`)."""
    if not src or not tgt:
        return dict.fromkeys(LEX_FEATURES, 0.0)
    table: dict[tuple[str, str], tuple[float, float]] = {}
    for f in src:
        if not f.is_number:
            for tr in model.translations(f.stem):
                table[(f.stem, tr.stem)] = (tr.p_forward, tr.p_backward)

    def t(f, e, k: int) -> float:
        if (f.lower == e.lower and len(f.lower) > 1) or (f.is_number and e.is_number and f.stem == e.stem):
            return 1.0
        return table.get((f.stem, e.stem), (0.0, 0.0))[k]

    def side(words, others, k: int, forward: bool) -> tuple[float, float]:
        total = best = 0.0
        for w in words:
            probs = [t(o, w, k) if forward else t(w, o, k) for o in others]
            total += math.log(max(sum(probs) / (len(others) + 1), FLOOR))
            best += math.log(max(max(probs), FLOOR))
        return total / len(words), best / len(words)

    ibm_f, max_f = side(tgt, src, 0, True)
    ibm_b, max_b = side(src, tgt, 1, False)
    return {"ibm_f": ibm_f, "ibm_b": ibm_b, "max_f": max_f, "max_b": max_b}


_PUNCT = re.compile(r"[^\w\s]")
_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+")
_QUOTES = frozenset('"«»“”')


def surface(source: str, target: str) -> dict[str, float]:
    """Surface evidence of one segment pair, per target word."""
    tw, sw = _WORD.findall(target), _WORD.findall(source)
    n = max(len(tw), 1)
    numbers, kept = _NUMBER.findall(source), set(_NUMBER.findall(target))

    def caps(words: list[str]) -> int:
        return sum(1 for w in words[1:] if w[0].isupper())

    def quotes(text: str) -> int:
        return sum(1 for c in text if c in _QUOTES)

    return {
        "punct_diff": abs(len(_PUNCT.findall(source)) - len(_PUNCT.findall(target))) / n,
        "num_miss": sum(1 for x in numbers if x not in kept) / len(numbers) if numbers else 0.0,
        "ttr": len({w.lower() for w in tw}) / n,
        "avg_len": sum(map(len, tw)) / n,
        "cap_diff": abs(caps(sw) - caps(tw)) / n,
        "quote_diff": abs(quotes(source) - quotes(target)) / n,
    }


def candidate_features(source: str, target: str, lm: NewsLM, model) -> list[float]:
    from mtqa.meaning.align import align_tokens
    from mtqa.meaning.tokens import tokens

    src, tgt = tokens(source, "fr"), tokens(target, "en")
    x = {**lm.features(target), **ibm1(src, tgt, model), **surface(source, target)}
    wa = align_tokens(src, tgt, model, "fr", "en")
    x.update(al_rec=wa.recall, al_prec=wa.precision, al_adeq=1.0 if wa.adequacy is None else wa.adequacy)
    x.update(omissions(source, target, wa, model))
    return [x[k] for k in CANDIDATES]


def omissions(source: str, target: str, wa, model) -> dict[str, float]:
    """A608's signal: ``omit_n``, the strong words it would report (0 unless the sentence is word for
    word elsewhere), and ``omit_any``, strong words without a counterpart whatever the rest, per ten
    source content words."""
    from mtqa.checks.meaning.gaps import OmittedWord
    from mtqa.langs.lexmodel import strong_words

    check = OmittedWord()
    found = list(check.omitted(model, strong_words("fr"), ("fr", "en"), wa, target, source))
    return {"omit_n": float(len(found)) if check.literal(wa) else 0.0,
            "omit_any": 10.0 * len(found) / max(len(wa.source_content), 1)}


def load_model(path: str | None):
    """The shipped lexical model, or the one in ``path`` (same file format)."""
    from mtqa.langs.lexmodel import LexModel, Translation, _parse, load_lexmodel

    if not path:
        return load_lexmodel("fr", "en")
    pairs, forward, backward, sfreq, tfreq, surface, ssurface = _parse(Path(path))
    return LexModel(pairs, {k: tuple(map(Translation._make, v)) for k, v in forward.items()}, backward,
                    sfreq, tfreq, surface, ssurface)


def feature_cache(tag: str, lexicon: str | None, min_count: int, lm_train: tuple[str, ...] = LM_TRAIN,
                  own_year_out: bool = False) -> Path:
    """Where :func:`collect` keeps its rows for these settings (the LM's training sets named when not the default)."""
    digest = hashlib.blake2b(Path(lexicon).read_bytes() if lexicon else b"shipped", digest_size=4).hexdigest()
    sets = ",".join(lm_train) + (";own-year-out" if own_year_out else "")
    train = "" if sets == ",".join(LM_TRAIN) else "." + hashlib.blake2b(sets.encode(), digest_size=4).hexdigest()
    return FEAT_CACHE / f"qe{CACHE_VERSION}.{tag}.{digest}.lm{min_count}{train}.pkl"


def input_problem(data: Path, tag: str, lexicon: str | None, min_count: int, fresh: bool,
                  lm_train: tuple[str, ...] = LM_TRAIN, own_year_out: bool = False) -> str | None:
    """Why the run cannot start (one line), or None: a missing data folder, lexicon or meaning.py cache
    must be a usage error before minutes of work, not a traceback after them."""
    if lexicon and not Path(lexicon).is_file():
        return f"--lexicon: no such file: {lexicon}"
    needed = ["newstest-fren-2008-2015", "potet-fren-postedit", *(str(Path(y).parent) for y in YEARS.values())]
    missing = [d for d in needed if not (data / d).is_dir()]
    if missing:
        return f"WMT data not found under {data}: no {', '.join(missing)} (pass --data)"
    folder = data / "newstest-fren-2008-2015"
    absent = [stem for stem in lm_train if lm_train != LM_TRAIN and not (folder / f"{stem}.en").is_file()]
    if absent:
        return f"--lm-train: no {', '.join(f'{stem}.en' for stem in absent)} under {folder}"
    if (fresh or not feature_cache(tag, lexicon, min_count, lm_train, own_year_out).exists()) and not (MEANING_OUT / tag).is_dir():
        return f"no bench/meaning.py cache {tag!r} under {MEANING_OUT} (run bench/meaning.py --tag {tag} first)"
    return None


def lm_sets(lm_train: tuple[str, ...], year: str, own_year_out: bool) -> tuple[str, ...]:
    """The LM's training sets for the features of WMT``year``: without that year's own reference set
    (newstest20YY) when ``own_year_out``, so that a 2008-2013 LM never reads the reference of the year it scores."""
    return tuple(stem for stem in lm_train if not (own_year_out and stem == f"newstest20{year}"))


def collect(data: Path, tag: str, lexicon: str | None, min_count: int, fresh: bool,
            lm_train: tuple[str, ...] = LM_TRAIN, own_year_out: bool = False) -> dict:
    """{year: {system: [(line, doc, words, penalty, shipped features + candidates)]}}, cached."""
    cache = feature_cache(tag, lexicon, min_count, lm_train, own_year_out)
    if cache.exists() and not fresh:
        return pickle.loads(cache.read_bytes())
    fr, en = training_pairs(data)
    centre = length_centre(fr, en)
    model = load_model(lexicon)
    lms: dict[tuple[str, ...], NewsLM] = {}
    out = {}
    for y in ("12", "13", "14"):
        train = lm_sets(lm_train, y, own_year_out)
        lm = lms[train] if train in lms else lms.setdefault(train, build_lm(data, min_count, train))
        shipped = year_features(data, y, tag, centre, fresh, tag)
        files = year_files(data, y)
        src = read_lines(files["src"])
        out[y] = {}
        for name, segs in shipped.items():
            tgt = read_lines(files["ref"] if name == "_reference" else files["systems"][name])
            out[y][name] = [(line, doc, words, pen, vec + candidate_features(src[line - 1], tgt[line - 1], lm, model))
                            for line, (doc, words, pen, vec) in segs.items() if vec is not None]
        print(f"WMT{y}: candidate features computed", file=sys.stderr)
    FEAT_CACHE.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(out))
    return out


CONSENSUS = "cons"
"""With ``--consensus``: the segment's chrF consensus with the year's other systems minus the median consensus of
the same source's translations (:mod:`mtqa.scoring.consensus`, as ``mtqa compare`` computes it; 0 for a
reference). Not a segment's own evidence: it needs the other systems, so it bounds what the pool adds."""
ALL = tuple(FEATURES) + CANDIDATES + (CONSENSUS,)


def with_consensus(rows: dict, cons: dict) -> dict:
    """``rows`` with :data:`CONSENSUS` appended to every feature vector (0 where a line has no consensus)."""
    out = {}
    for name, rs in rows.items():
        values = cons.get(name, {})
        out[name] = [(line, doc, words, pen, vec + [values[line][0] - values[line][1] if line in values else 0.0])
                     for line, doc, words, pen, vec in rs]
    return out


def stacked(rows: list[dict], judgements: list, names) -> tuple[np.ndarray, list[str]]:
    """:func:`design` of several years' judgements at once (each year's pairs against its own systems)."""
    parts = [design(r, j, names) for r, j in zip(rows, judgements)]
    return np.vstack([d for d, _ in parts]), [doc for _, docs in parts for doc in docs]


def design(rows: dict, judgements, names) -> tuple[np.ndarray, list[str]]:
    """x(better) - x(worse) over ``names`` and the MQM penalty per word, and each pair's document."""
    if isinstance(rows, list):
        return stacked(rows, judgements, names)
    idx = [ALL.index(n) for n in names]
    seg = {n: {r[0]: r for r in rs} for n, rs in rows.items()}
    diffs, docs = [], []
    for line, better, worse in judgements:
        a, b = seg.get(better, {}).get(line), seg.get(worse, {}).get(line)
        if a and b:
            diffs.append([a[4][i] - b[4][i] for i in idx] + [a[3] / max(a[2], 1) - b[3] / max(b[2], 1)])
            docs.append(a[1])
    return np.array(diffs), docs


def cross_validated(rows: dict, judgements, names, folds: int = 5, l2: float = 1.0) -> float:
    """Mean held-out-fold pairwise accuracy of the fitted predictor, folds by document (crc32 of its id)."""
    d, docs = design(rows, judgements, names)
    fold = np.array([zlib.crc32(doc.encode()) % folds for doc in docs])
    accs = []
    for k in range(folds):
        train, test = d[fold != k], d[fold == k]
        if not len(test) or not len(train):
            continue
        scale = np.abs(train).mean(axis=0)
        scale[scale == 0] = 1.0
        pred = (test / scale) @ fit_logistic(train, scale, l2)
        accs.append((pred > 0).sum() / max((pred != 0).sum(), 1))
    return float(np.mean(accs))


def fitted(rows: dict, judgements, names, l2: float = 1.0, floor_pct: float = 50, spread: float = 0.25) -> dict:
    """The model build_score.py would write for ``names``: weights per raw unit, floor, spread, exchange rate."""
    d, _ = design(rows, judgements, names)
    scale = np.abs(d).mean(axis=0)
    scale[scale == 0] = 1.0
    w = fit_logistic(d, scale, l2)
    per_raw = w[:-1] / scale[:-1]
    idx = [ALL.index(n) for n in names]
    every = rows if isinstance(rows, list) else [rows]
    refs = np.array([[r[4][i] for i in idx] for year in every for r in year["_reference"]]) @ per_raw
    return {"w": per_raw, "idx": idx, "floor": float(np.percentile(refs, floor_pct)),
            "spread": float(np.std(refs)) * spread, "per_utility": scale[-1] / -w[-1] if w[-1] < 0 else 1.0}


def evaluate(rows: dict, judgements, win: dict, m: dict, weight: float = 0.5) -> tuple[float, float, float]:
    """(system τ of the mean document score with the quality term, pairs separated, accuracy of its segment score)."""
    from mtqa.scoring.mqm import quality_score

    means, names, segs = [], [], {}
    for name, rs in rows.items():
        if name.startswith("_"):
            continue
        u = np.array([[r[4][i] for i in m["idx"]] for r in rs]) @ m["w"]
        z = (m["floor"] - u) / m["spread"]
        bad = m["per_utility"] * m["spread"] * np.where(z < 30, np.log1p(np.exp(np.minimum(z, 30))), z)
        docs: dict[str, list[float]] = {}
        segs[name] = {}
        for r, b in zip(rs, bad):
            pen = r[3] + weight * r[2] * float(b)
            d = docs.setdefault(r[1], [0.0, 0])
            d[0] += pen
            d[1] += r[2]
            segs[name][r[0]] = -pen / max(r[2], 1)
        means.append(sum(quality_score(p, w) for p, w in docs.values()) / len(docs))
        names.append(name)
    cov, acc, _ = pairwise(judgements, segs)
    return kendall_tau_b(means, [win[n] for n in names]), cov, acc


SETS = {
    "shipped 11": (),
    "+ lm_gain": ("lm_gain",),
    "+ lm_gain, lm_oov": ("lm_gain", "lm_oov"),
    "+ lm (4)": LM_FEATURES,
    "+ ibm (4)": LEX_FEATURES,
    "+ coverage (3)": ALIGN_FEATURES,
    "+ surface (6)": SURFACE_FEATURES,
    "+ omit_n (A608)": ("omit_n",),
    "+ omit_any": ("omit_any",),
    "+ omissions (2)": OMIT_FEATURES,
    "+ all 19 candidates": CANDIDATES,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--cache-tag", default="m6before", help="bench/meaning.py cache holding the MQM penalties")
    ap.add_argument("--lexicon", help="lexical model file for the ibm/coverage features (default: the shipped one)")
    ap.add_argument("--lm-min-count", type=int, default=2, help="prune trigrams seen fewer times")
    ap.add_argument("--weight", type=float, default=0.5, help="quality weight of the score (compare's default)")
    ap.add_argument("--lm-train", default=",".join(LM_TRAIN),
                    help="newstest sets whose references (with the Potet post-edits) train the word trigram LM")
    ap.add_argument("--lm-own-year-out", action="store_true",
                    help="score each year with an LM trained without its own reference set (newstest20YY)")
    ap.add_argument("--consensus", action="store_true",
                    help="also measure the consensus with the year's other systems as a feature (an upper bound)")
    ap.add_argument("--fit", default="13", help="years whose judgements fit (and cross-validate) the model, e.g. 12,13")
    ap.add_argument("--ceiling", action="store_true", help="also fit on each year in-sample (diagnostic)")
    ap.add_argument("--fresh", action="store_true")
    args = ap.parse_args()
    data = Path(args.data)
    lm_train = tuple(x.strip() for x in args.lm_train.split(",") if x.strip())
    problem = input_problem(data, args.cache_tag, args.lexicon, args.lm_min_count, args.fresh, lm_train,
                            args.lm_own_year_out)
    if problem:
        print(f"qe_features: {problem}", file=sys.stderr)
        sys.exit(2)
    rows = collect(data, args.cache_tag, args.lexicon, args.lm_min_count, args.fresh, lm_train, args.lm_own_year_out)
    hum = {y: human(year_files(data, y)["pairs"]) for y in rows}
    shown = ALL if args.consensus else ALL[:-1]
    sets = dict(SETS)
    if args.consensus:
        from meaning import year_consensus

        rows = {y: with_consensus(rows[y], year_consensus(year_files(data, y))[0]) for y in rows}
        sets.update({"+ consensus": (CONSENSUS,), "+ consensus, lm (4)": (CONSENSUS,) + LM_FEATURES,
                     "+ consensus + all 19": (CONSENSUS,) + CANDIDATES})
    print("single-feature pairwise accuracy (sign of the difference, separated pairs only):")
    print("| feature | " + " | ".join(f"WMT{y}" for y in rows) + " |")
    print("|---|" + "---|" * len(rows))
    for n in shown:
        cells = []
        for y in rows:
            d, _ = design(rows[y], hum[y][1], [n])
            s = np.sign(d[:, 0])
            cells.append(f"{(s > 0).sum() / max((s != 0).sum(), 1):.3f}")
        print(f"| {n} | " + " | ".join(cells) + " |")
    fit = [y.strip() for y in args.fit.split(",") if y.strip()]
    both = ([rows[y] for y in fit], [hum[y][1] for y in fit]) if len(fit) > 1 else (rows[fit[0]], hum[fit[0]][1])
    years = "+".join(f"WMT{y}" for y in fit)
    print(f"\nfit on {years} (choice: 5-fold CV by document on {years}); score = MQM + {args.weight:g} x quality term")
    print(f"| features | {years} CV acc | WMT12 τ / sep / acc | WMT13 τ / sep / acc | WMT14 τ / sep / acc |")
    print("|---|---|---|---|---|")
    for label, extra in sets.items():
        names = list(FEATURES) + list(extra)
        cv = cross_validated(*both, names)
        m = fitted(*both, names)
        cells = [f"{t:.2f} / {c:.1%} / {a:.3f}" for t, c, a in
                 (evaluate(rows[y], hum[y][1], hum[y][0], m, args.weight) for y in ("12", "13", "14"))]
        print(f"| {label} | {cv:.4f} | " + " | ".join(cells) + " |")
    if args.ceiling:
        print("\nceiling: fitted on each year's own judgements (in-sample; not a choice)")
        print("| features | fit year | WMT12 τ / sep / acc | WMT13 τ / sep / acc | WMT14 τ / sep / acc |")
        print("|---|---|---|---|---|")
        ceilings = [("shipped 11", ()), ("+ all 19 candidates", CANDIDATES)]
        if args.consensus:
            ceilings.append(("+ all 19 + consensus", CANDIDATES + (CONSENSUS,)))
        for label, extra in ceilings:
            for fit_year in ("12", "13", "14"):
                m = fitted(rows[fit_year], hum[fit_year][1], list(FEATURES) + list(extra))
                cells = [f"{t:.2f} / {c:.1%} / {a:.3f}" for t, c, a in
                         (evaluate(rows[y], hum[y][1], hum[y][0], m, args.weight) for y in ("12", "13", "14"))]
                print(f"| {label} | WMT{fit_year} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
