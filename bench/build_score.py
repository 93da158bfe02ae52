"""Build the learned quality estimate of the score (mtqa/scoring/quality.py) and report it per WMT year.

1. The English word-class trigram table ``mtqa/data/score/en-classes.tsv.gz``
   from human English news translations that no evaluation year uses:
   newstest references 2008-2011 and newsdiscusstest2015, and the Potet
   post-edits (newstest2012-2014 held out: they are the references of the
   evaluation years).
2. Per-segment features of every WMT12/13/14 system output
   (:func:`mtqa.scoring.quality.features`, the run-time code, which includes
   the English word-pair features of :mod:`mtqa.scoring.bigrams` from
   symspellpy's counts) beside the MQM
   penalty of a ``bench/meaning.py`` run (its cache, ``--cache-tag``).
3. A pairwise logistic regression (Bradley-Terry on feature differences, L2)
   fitted on the human pairwise judgements of the ``--fit`` years only; the
   other years are held out.
4. The floor (median utility of the fit years' human references) and the
   exchange rate to MQM penalty per word, written with the weights to
   ``mtqa/data/score/fr-en.toml``.

Then it prints, per year, system Kendall tau of the mean document score and
pairwise coverage/accuracy for the MQM-only score and the new one; with
``--loyo`` also each year under the model fitted on the two other years only
(leave one year out: nothing of the reported year is seen).

The adequacy features (``adq_*``) read the lexical model, which was trained on
the newstest 2008-2013 references: on WMT12 and WMT13 they would measure how
close a system comes to references the model has seen. For a fit or a report
on those years, give the features a model that has not seen them:
``bench/build_lexicon.py --leave-out newstest2012,newstest2013 --out
DIR/lexmodel/fr-en.tsv.gz``, then run this script with ``MTQA_DATA=DIR`` and a
``--tag`` of its own (the feature cache does not know the lexicon), and
``--lexicon-note`` to say so in the written file's header. ``--drop
adq_recall,adq_precision,adq_ibm1,adq_anchors`` fits without them.

Usage: .venv/bin/python bench/build_score.py [--cache-tag score0] [--fit 13] [--loyo] [--drop F,...]
       [--write [--out PATH] [--lexicon-note TEXT]]
"""
from __future__ import annotations

import argparse
import collections
import math
import os
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from meaning import DEFAULT_DATA, OUT, human, load_rows, pairwise, read_lines, year_files  # noqa: E402
from compare_human import kendall_tau_b  # noqa: E402

from mtqa.scoring import fluency  # noqa: E402
from mtqa.scoring.mqm import quality_score  # noqa: E402
from mtqa.scoring.quality import FEATURES, QualityModel, features  # noqa: E402

TRAIN_EN = ("news-test2008", "newssyscomb2009", "newstest2009", "newstest2010", "newstest2011", "newsdiscusstest2015")
VOCABULARY = 250
"""Most frequent English words kept as their own class (the rest by shape)."""
TABLE = ROOT / "mtqa" / "data" / "score" / "en-classes.tsv.gz"
MODEL = ROOT / "mtqa" / "data" / "score" / "fr-en.toml"
FEAT_CACHE = ROOT / "bench" / "out" / "score"


def training_pairs(data: Path) -> tuple[list[str], list[str]]:
    """(French, English) sentences of the training side: references 2008-2011, 2015, Potet post-edits."""
    fr, en = [], []
    folder = data / "newstest-fren-2008-2015"
    for stem in TRAIN_EN:
        fr += read_lines(folder / f"{stem}.fr")
        en += read_lines(folder / f"{stem}.en")
    potet = data / "potet-fren-postedit"
    fr += read_lines(potet / "src.fr")
    en += read_lines(potet / "pe.en")
    return fr, en


def build_table(english: list[str], order: int, size: int) -> None:
    freq = collections.Counter(t.lower().replace("’", "'") for line in english for t in fluency.tokens(line)
                               if t[0].isalpha())
    vocabulary = frozenset(w for w, _ in freq.most_common(size))
    counts: collections.Counter = collections.Counter()
    for line in english:
        seq = ["<s>"] * (order - 1) + fluency.classes(line, vocabulary) + ["</s>"]
        for i in range(order - 1, len(seq)):
            for n in range(1, order + 1):
                counts[tuple(seq[i - n + 1:i + 1])] += 1
    TABLE.parent.mkdir(parents=True, exist_ok=True)
    fluency.write_model(TABLE, vocabulary, counts)
    fluency.english_model.cache_clear()
    print(f"class table: {len(vocabulary)} words, {len(counts)} n-grams, {TABLE.stat().st_size / 1e6:.2f} MB",
          file=sys.stderr)


def length_centre(fr: list[str], en: list[str]) -> float:
    vals = []
    for s, t in zip(fr, en):
        sw = sum(1 for x in fluency.tokens(s) if x[0].isalpha())
        tw = sum(1 for x in fluency.tokens(t) if x[0].isalpha())
        if sw and tw:
            vals.append(math.log((tw + 1) / (sw + 1)))
    return float(np.median(vals))


def year_features(data: Path, year: str, tag: str, centre: float, fresh: bool, name: str) -> dict:
    """{system: {line: (doc, words, mqm penalty, feature vector)}} for every segment of every judged system."""
    cache = FEAT_CACHE / f"{name}.wmt{year}.pkl"
    if cache.exists() and not fresh:
        return pickle.loads(cache.read_bytes())
    files = year_files(data, year)
    src = read_lines(files["src"])
    win, _ = human(files["pairs"])
    out = {}
    for name, path in files["systems"].items():
        if name not in win:
            continue
        tgt = read_lines(path)
        rows = load_rows(OUT / tag / f"wmt{year}.{name}.tsv")
        segs = {}
        for r in rows:
            i = r["line"] - 1
            x = features(src[i], tgt[i], length_centre=centre)
            vec = None if x is None else [x[k] for k in FEATURES]
            segs[r["line"]] = (r["doc"], r["words"], r["penalty"], vec)
        out[name] = segs
    ref = read_lines(files["ref"])
    out["_reference"] = {}
    for i, (s, t) in enumerate(zip(src, ref)):
        x = features(s, t, length_centre=centre)
        if x:
            out["_reference"][i + 1] = (None, 0, 0.0, [x[k] for k in FEATURES])
    FEAT_CACHE.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(out))
    return out


def design(segs: dict, judgements) -> tuple[np.ndarray, int]:
    """Rows x(better) - x(worse), features + MQM penalty per word; skips pairs without features."""
    rows = []
    for line, better, worse in judgements:
        a, b = segs.get(better, {}).get(line), segs.get(worse, {}).get(line)
        if not a or not b or a[3] is None or b[3] is None:
            continue
        xa = a[3] + [a[2] / max(a[1], 1)]
        xb = b[3] + [b[2] / max(b[1], 1)]
        rows.append([p - q for p, q in zip(xa, xb)])
    return np.array(rows), len(rows)


def fit_logistic(diff: np.ndarray, scale: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """Bradley-Terry weights on standardised differences (Newton's method, no intercept: symmetric)."""
    X = diff / scale
    X = np.vstack([X, -X])
    y = np.concatenate([np.ones(len(diff)), np.zeros(len(diff))])
    w = np.zeros(X.shape[1])
    for _ in range(30):
        p = 1 / (1 + np.exp(-X @ w))
        g = X.T @ (p - y) + l2 * w
        H = (X * (p * (1 - p))[:, None]).T @ X + l2 * np.eye(len(w))
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def evaluate(feats: dict, judgements, win: dict, model: QualityModel | None, weight: float):
    """(system tau, pairwise coverage, accuracy) of the MQM score (+ weight * quality penalty)."""
    seg_scores, means, names = {}, [], []
    for name, segs in feats.items():
        if name.startswith("_"):
            continue
        docs: dict[str, list[float]] = {}
        scores = {}
        for line, (doc, words, pen, vec) in segs.items():
            if model and weight and vec is not None:
                pen += weight * words * model.badness(model.utility(dict(zip(FEATURES, vec))))
            d = docs.setdefault(doc, [0.0, 0])
            d[0] += pen
            d[1] += words
            scores[line] = -pen / max(words, 1)
        means.append(sum(quality_score(p, w) for p, w in docs.values()) / len(docs))
        names.append(name)
        seg_scores[name] = scores
    cov, acc, _ = pairwise(judgements, seg_scores)
    return kendall_tau_b(means, [win[n] for n in names]), cov, acc


def fit_model(feats: dict, human_data: dict, fit_years: list[str], drop: str, l2: float, floor_pct: float,
              spread: float, centre: float, verbose: bool = True) -> dict:
    """The quality model's weights, scales, floor, spread and exchange rate, fitted on ``fit_years`` only."""
    diffs = np.vstack([design(feats[y], human_data[y][1])[0] for y in fit_years])
    names = list(FEATURES) + ["penalty"]
    scale = np.abs(diffs).mean(axis=0)
    scale[scale == 0] = 1.0
    keep = np.array([n not in drop.split(",") for n in names])
    w = np.zeros(len(names))
    w[keep] = fit_logistic(diffs[:, keep], scale[keep], l2)
    if verbose:
        print("fit on WMT" + "+".join(fit_years) + f": {len(diffs)} pairs; standardised weights:")
        for n, v, s in zip(names, w, scale):
            print(f"  {n:8s} {v:+.3f}  (scale {s:.4g})")
        # single-feature pairwise accuracy on each year, for the note
        for y in feats:
            dy, _ = design(feats[y], human_data[y][1])
            acc = [(np.sign(dy[:, k]) != 0).mean() for k in range(dy.shape[1])]
            pred = (dy / scale) @ w
            print(f"  WMT{y}: learned u sep {np.mean(pred != 0):.1%} acc {np.mean(pred > 0) / max(np.mean(pred != 0), 1e-9):.3f}; "
                  + ", ".join(f"{n} sep {a:.0%} acc {np.mean(dy[:, k] * w[k] > 0) / max(a, 1e-9):.3f}"
                              for k, (n, a) in enumerate(zip(names, acc))))
    w_pen = w[-1]
    per_utility = scale[-1] / -w_pen if w_pen < 0 else 1.0
    model = {
        "weights": {k: float(v) for k, v in zip(FEATURES, w[:-1])},
        "scales": {k: float(s) for k, s in zip(FEATURES, scale[:-1])},
        "length_centre": centre,
        "per_utility": float(per_utility),
    }
    unscaled = QualityModel({**model, "floor": 0, "spread": 1})
    refs = [unscaled.utility(dict(zip(FEATURES, v[3]))) for y in fit_years for v in feats[y]["_reference"].values()]
    model["floor"] = float(np.percentile(refs, floor_pct))
    model["spread"] = float(np.std(refs)) * spread
    if verbose:
        print(f"floor {model['floor']:.3f} spread {model['spread']:.3f} (p{floor_pct:g} of {len(refs)} fit-year "
              f"references), per_utility {per_utility:.4f} penalty/word")
    return model


def u_alone_tau(feats: dict, win: dict, qm: QualityModel) -> float:
    """System τ of the mean segment utility alone (no MQM penalty)."""
    means, names = [], [n for n in feats if not n.startswith("_")]
    for n in names:
        us = [qm.utility(dict(zip(FEATURES, v[3]))) for v in feats[n].values() if v[3] is not None]
        means.append(sum(us) / len(us))
    return kendall_tau_b(means, [win[n] for n in names])


def leave_one_year_out(feats: dict, human_data: dict, args, centre: float) -> None:
    """Each year reported by the model fitted on the two others (features, weights, floor: nothing of it seen)."""
    years = sorted(feats)
    print("\nleave one year out (fit on the two other years; --drop " + (args.drop or "nothing") + "):")
    print("| held-out year | fitted on | weight | system τ | pairs separated | accuracy | u alone τ |")
    print("|---|---|---|---|---|---|---|")
    for y in years:
        fit = [x for x in years if x != y]
        qm = QualityModel(fit_model(feats, human_data, fit, args.drop, args.l2, args.floor_pct, args.spread, centre,
                                    verbose=False))
        for wt in [float(x) for x in args.weights.split(",")]:
            tau, cov, acc = evaluate(feats[y], human_data[y][1], human_data[y][0], qm, wt)
            print(f"| WMT{y} | WMT{'+'.join(fit)} | {wt:g} | {tau:.2f} | {cov:.1%} | {acc:.3f} | "
                  f"{u_alone_tau(feats[y], human_data[y][0], qm):.2f} |")


def write_toml(model: dict, note: str, path: Path = MODEL) -> None:
    lines = ["# Learned quality estimate of the score (mtqa/scoring/quality.py); written by", "#   " + note, "",
             "[model]"]
    for key in ("length_centre", "floor", "spread", "per_utility"):
        lines.append(f"{key} = {model[key]:.6g}")
    for table in ("weights", "scales"):
        lines.append("")
        lines.append(f"[model.{table}]")
        for k in FEATURES:
            lines.append(f"{k} = {model[table][k]:.6g}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--cache-tag", default="score0", help="bench/meaning.py cache holding the MQM penalties")
    ap.add_argument("--fit", default="13", help="years whose judgements fit the model (others held out)")
    ap.add_argument("--weights", default="0,0.5,1,2", help="quality weights to report")
    ap.add_argument("--floor-pct", type=float, default=50, help="percentile of fit-year references' utility")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--drop", default="", help="features left out of the fit (comma-separated)")
    ap.add_argument("--spread", type=float, default=0.25, help="softplus width, in standard deviations of the references' utility")
    ap.add_argument("--order", type=int, default=fluency.ORDER)
    ap.add_argument("--vocabulary", type=int, default=VOCABULARY)
    ap.add_argument("--tag", default="", help="feature cache name (default: the cache tag)")
    ap.add_argument("--no-table", action="store_true", help="reuse the shipped class table")
    ap.add_argument("--fresh", action="store_true", help="recompute cached features")
    ap.add_argument("--write", action="store_true", help="write mtqa/data/score/fr-en.toml")
    ap.add_argument("--lexicon-note", default="",
                    help="what $MTQA_DATA's lexical model is, for the written file's header (the features read it)")
    ap.add_argument("--out", default=str(MODEL), help="where --write writes the model (default: the shipped file)")
    ap.add_argument("--loyo", action="store_true",
                    help="also report each year under the model fitted on the two other years")
    args = ap.parse_args()
    data = Path(args.data)
    fr, en = training_pairs(data)
    if not args.no_table:
        build_table(en, args.order, args.vocabulary)
    centre = length_centre(fr, en)
    years = ["12", "13", "14"]
    fit_years = [y for y in args.fit.split(",") if y]
    feats, human_data = {}, {}
    for y in years:
        feats[y] = year_features(data, y, args.cache_tag, centre, args.fresh, args.tag or args.cache_tag)
        human_data[y] = human(year_files(data, y)["pairs"])
    model = fit_model(feats, human_data, fit_years, args.drop, args.l2, args.floor_pct, args.spread, centre)
    if args.loyo:
        leave_one_year_out(feats, human_data, args, centre)
    qm = QualityModel(model)
    print("\n| year | role | weight | system τ | pairs separated | accuracy |")
    print("|---|---|---|---|---|---|")
    for y in years:
        role = "calibration" if y in fit_years else "held out"
        for wt in [float(x) for x in args.weights.split(",")]:
            tau, cov, acc = evaluate(feats[y], human_data[y][1], human_data[y][0], qm, wt)
            print(f"| WMT{y} | {role} | {wt:g} | {tau:.2f} | {cov:.1%} | {acc:.3f} |")
        print(f"| WMT{y} | {role} | u alone | {u_alone_tau(feats[y], human_data[y][0], qm):.2f} | | |")
    if args.write:
        env = f"MTQA_DATA=<{args.lexicon_note or 'a data folder'}> " if os.environ.get("MTQA_DATA") else ""
        write_toml(model, f"{env}.venv/bin/python bench/build_score.py --cache-tag {args.cache_tag} --fit {args.fit} "
                          f"--order {args.order} --vocabulary {args.vocabulary} --floor-pct {args.floor_pct:g} "
                          f"--spread {args.spread:g} --l2 {args.l2:g}" + (f" --drop {args.drop}" if args.drop else "")
                          + " --write", Path(args.out))


if __name__ == "__main__":
    main()
