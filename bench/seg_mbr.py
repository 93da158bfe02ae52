"""Segment-level weighted minimum-Bayes-risk consensus in the segment preference (stop 59; issue 13).

``mtqa compare``'s segment preference values each translation of a source with a logistic model over its
consensus, quality utility, MQM penalty per word and log length (mtqa/scoring/preference.py), the consensus being
the plain mean chrF against every other system's translation until stop 59. The ranking's consensus term already weighs each
pseudo-reference by its system's place in the order before the term (mtqa.scoring.consensus.rank_weights, stop
58). This script measures, on the arrays of bench/consensus_variants.py (one chrF matrix per year, the cached mtqa
runs of bench/meaning.py ``--tag T``), the segment preference refitted on WMT13's judgements (the calibration
year) with each variant of the consensus feature, WMT12 and WMT14 held out:

* the plain mean (shipped before stop 59; the row the changes are measured against);
* pseudo-references weighed by their system's place in the quality order (``(1 - place/n) ** p``, p = 1, 2, 3);
* the two compared systems left out of each other's pseudo-references (a judgement's two sides are valued each
  without the other's vote: a system does not vote against its rival, nor for itself);
* pseudo-references weighed by their own segment's place among the source's translations by the order's segment
  score before consensus (quality term and MQM with A609/A610) or by its quality utility alone (what mtqa ships
  since stop 59, mtqa.scoring.consensus.segment_weights), and by both places;
* other similarities (chrF++, chrF beta 1 and 3, the mean of chrF and a word 1-2-gram F).

With ``--order``: the default order's consensus term (τ and its segment score) under some of these weightings
instead.

Each row: pairs separated / accuracy, and the change against the plain mean refitted the same way, ± the
paired bootstrap standard error (500 resamples of the judgements).

Usage: .venv/bin/python bench/seg_mbr.py --tag T [--years 12,13,14] [--calibrate 13] [--only LABELS] [--order]
       [--keep FILE]
"""
from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import consensus_variants as cv  # noqa: E402
import meaning  # noqa: E402


def place_weights(score: np.ndarray, power: float) -> np.ndarray:
    """Per line, ``(1 - place / n) ** power`` of each system's segment by ``score`` (higher is better, place 0 the
    best; ties share the better place)."""
    n = score.shape[1]
    ranks = (score[:, None, :] > score[:, :, None]).sum(2)  # how many beat it
    return (1.0 - ranks / n) ** power


def word_similarity(m: dict, beta: float = 2.0) -> np.ndarray:
    """S[line, i, j]: F-beta of i's word 1-2-gram precision and recall against reference j (a token overlap)."""
    prec, rec, eff = m["W"], m["W"].transpose(0, 2, 1), m["WE"]
    safe = np.where(eff > 0, eff, 1)
    p, r = prec / safe, rec / safe
    f = beta * beta
    den = f * p + r
    return np.where((eff > 0) & (den > 0), (1 + f) * p * r / np.where(den > 0, den, 1), 0.0)


def pair_excluded(y, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each judgement (line, better, worse): the better side's consensus without the worse side's vote and
    the reverse, under weights ``w`` (per system, or per line and system)."""
    full = np.broadcast_to(y.allowed[None], y.s.shape).astype(float)
    full = full * (w[None, None, :] if w.ndim == 1 else w[:, None, :])
    num, den = (y.s * full).sum(2), full.sum(2)
    lines, a, b = y.lines, y.better, y.worse
    wa, wb = full[lines, a, b], full[lines, b, a]
    ca = (num[lines, a] - wa * y.s[lines, a, b]) / np.maximum(den[lines, a] - wa, 1e-12)
    cb = (num[lines, b] - wb * y.s[lines, b, a]) / np.maximum(den[lines, b] - wb, 1e-12)
    return ca, cb


def order_report(ys: dict, qw: float) -> None:
    """The default order (quality term, A609/A610, consensus term at rank_consensus_weight) with its consensus
    term's pseudo-references weighed each way: system τ and the order's segment score on the judged pairs."""
    from mtqa.config import Config
    from mtqa.scoring.consensus import SPREAD

    cw = Config().rank_consensus_weight
    util = {k: place_weights(np.nan_to_num(y.utility, nan=-9.0), 1) for k, y in ys.items()}
    rows = {
        "plain": lambda k, y: np.ones(len(y.names)),
        "system place, power 2 (shipped, rank_weights)": lambda k, y: cv.rank_weights(y.estimate, 2),
        "sentence place by utility, power 1": lambda k, y: util[k],
        "system place power 2 x sentence place by utility": lambda k, y: cv.rank_weights(y.estimate, 2)[None, :] * util[k],
    }
    print(f"default order, consensus term at {cw:g}: τ | its segment score's pairs separated / accuracy")
    print("| pseudo-references | " + " | ".join(f"WMT{k}" for k in ys) + " |")
    print("|---|" + "---|" * len(ys))
    for label, weights in rows.items():
        cells = []
        for k, y in ys.items():
            c = cv.weighted_consensus(y.s, y.allowed, weights(k, y))
            means, seg = y.order(c, qw, cw, SPREAD)
            cov, acc = y.pairs(seg)
            cells.append(f"τ {y.tau(means):.2f}, {cov:.1%} / {acc:.4f}")
        print(f"| {label} | " + " | ".join(cells) + " |", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(meaning.DEFAULT_DATA))
    ap.add_argument("--years", default="12,13,14", type=meaning.year_list)
    ap.add_argument("--calibrate", default="13")
    ap.add_argument("--tag", required=True)
    ap.add_argument("--only", help="comma-separated parts of the row labels to run (the plain row always runs)")
    ap.add_argument("--order", action="store_true",
                    help="instead: the default order's consensus term under the weightings (τ, its segment score)")
    ap.add_argument("--keep", metavar="FILE", help="pickle the years' arrays here (and read them back if present)")
    args = ap.parse_args()
    from mtqa.config import Config
    from mtqa.scoring.consensus import SPREAD

    out_dir = meaning.OUT / args.tag
    if args.keep and Path(args.keep).exists():
        ys = pickle.loads(Path(args.keep).read_bytes())
    else:
        ys = {y: cv.Year(Path(args.data), y, out_dir) for y in args.years}
        if args.keep:
            Path(args.keep).write_bytes(pickle.dumps(ys))
    qw = Config().rank_quality_weight
    for y in ys.values():
        y.s = cv.similarity(y.m)
        y.estimate, y.seg0 = y.order(None, qw, 0.0, SPREAD)  # the order before consensus, and its segment score

    def plain(y):
        return np.ones(len(y.names))

    variants = {
        "plain mean (before stop 59)": (plain, False),
        "chrF++ (word 1-2-grams too)": (plain, False, lambda y: cv.similarity(y.m, words=True)),
        "chrF beta 1": (plain, False, lambda y: cv.similarity(y.m, 1.0)),
        "chrF beta 3": (plain, False, lambda y: cv.similarity(y.m, 3.0)),
        "mean of chrF and word 1-2-gram F (beta 2)": (plain, False, lambda y: (y.s + word_similarity(y.m)) / 2),
        "segment place by quality utility alone, power 1": (lambda y: place_weights(np.nan_to_num(y.utility, nan=-9.0), 1),
                                                            False),
        "segment place by quality utility alone, power 1, the pair out": (
            lambda y: place_weights(np.nan_to_num(y.utility, nan=-9.0), 1), True),
        "segment place by quality utility alone, power 0.5": (
            lambda y: place_weights(np.nan_to_num(y.utility, nan=-9.0), 0.5), False),
        "segment place by quality utility alone, power 2": (
            lambda y: place_weights(np.nan_to_num(y.utility, nan=-9.0), 2), False),
        "system place, power 1": (lambda y: cv.rank_weights(y.estimate, 1), False),
        "system place, power 2 (the ranking's weights)": (lambda y: cv.rank_weights(y.estimate, 2), False),
        "system place, power 3": (lambda y: cv.rank_weights(y.estimate, 3), False),
        "the compared pair out of each other's references": (plain, True),
        "system place power 2, the pair out": (lambda y: cv.rank_weights(y.estimate, 2), True),
        "segment place (order's segment score before consensus), power 1": (lambda y: place_weights(y.seg0, 1), False),
        "segment place, power 2": (lambda y: place_weights(y.seg0, 2), False),
        "system place x segment place, power 1 each": (
            lambda y: cv.rank_weights(y.estimate, 1)[None, :] * place_weights(y.seg0, 1), False),
    }
    if args.order:
        order_report(ys, qw)
        return
    names = ("consensus", "utility", "penalty_per_word", "log_words")
    rng = np.random.default_rng(7)
    base: dict = {}
    print(f"segment preference refitted on WMT{args.calibrate} with each consensus feature: pairs separated / accuracy "
          "(change vs the plain mean ± paired bootstrap s.e.)")
    print("| consensus feature | " + " | ".join(f"WMT{k}" for k in ys) + " | weights |")
    print("|---|" + "---|" * len(ys) + "---|")
    only = [v.strip() for v in args.only.split(",")] if args.only else None
    for label, (weights, exclude, *sim) in variants.items():
        if only is not None and not any(o in label for o in only) and not label.startswith("plain mean"):
            continue
        diffs, valid, xs, oks = {}, {}, {}, {}
        for key, y in ys.items():
            w = weights(y)
            c = cv.weighted_consensus(sim[0](y) if sim else y.s, y.allowed, w)
            f = {"consensus": c, "utility": np.nan_to_num(y.utility),
                 "penalty_per_word": y.penalty / np.maximum(y.words, 1), "log_words": np.log(np.maximum(y.words, 1))}
            x = np.stack([f[k] for k in names], -1)
            ok = ~np.isnan(y.utility) & (y.words > 0)
            valid[key] = ok[y.lines, y.better] & ok[y.lines, y.worse]
            xs[key], oks[key] = x, ok
            d = x[y.lines, y.better] - x[y.lines, y.worse]
            if exclude:
                ca, cb = pair_excluded(y, w)
                d[:, 0] = ca - cb
            # identical translations tie (the preference gives copies one value)
            d[y.same[y.lines, y.better, y.worse]] = 0.0
            diffs[key] = d
        fit = np.array(meaning.fit_preference(diffs[args.calibrate][valid[args.calibrate]].tolist()))
        cells = []
        for key, y in ys.items():
            if exclude:
                v = np.where(valid[key], diffs[key] @ fit, 0.0)
            else:  # a value per translation, identical translations sharing the highest (as the preference does)
                values = cv.shared(np.where(oks[key], xs[key] @ fit, -1e9), y.same)
                v = values[y.lines, y.better] - values[y.lines, y.worse]
            sign = np.where(np.abs(v) < 1e-12, 0, np.sign(v))
            cov, acc = (sign != 0).mean(), (sign > 0).sum() / max((sign != 0).sum(), 1)
            cell = f"{cov:.1%} / {acc:.4f}"
            if key not in base:
                base[key] = sign
            else:
                cell += cv.paired_change(base[key], sign, rng)
            cells.append(cell)
        print(f"| {label} | " + " | ".join(cells) + " | " + " ".join(f"{w:.3g}" for w in fit) + " |", flush=True)


if __name__ == "__main__":
    main()
