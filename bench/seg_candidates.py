"""Which further segment features would lift ``mtqa compare``'s segment preference on human pairwise judgements?

The segment preference (mtqa/scoring/preference.py) values each translation of a source segment by
``v = w . f`` over four features (consensus, quality utility, MQM penalty per word with A609/A610, log words),
fitted on WMT13's judgements by ``bench/meaning.py --segment-model``. This script screens candidates beside
them under the same discipline: every fit on WMT13's judgements only (``--calibrate``), WMT12 and WMT14 reported
as held out, with the paired bootstrap standard error of each change (200 resamples of the judgements). It reads
the per-segment penalties cached by ``bench/meaning.py --tag TAG`` (run that first, same tag).

Candidates, each added to the four and fitted with them (``--report added``):

* ``fam:XX`` -- issues of one check family (code prefix: F2, A2, L1...) per word; ``families``: every family
  with 300 or more issues over the three years, the MQM penalty split so each family gets its own weight;
  ``cross``: the cross-system checks' penalty per word on its own;
* ``q:NAME`` -- each of the quality estimate's own features over its scale (mtqa/scoring/quality.py), and all
  eleven: the preference weighing them beside consensus instead of through the utility fitted without it;
* ``hunspell``: share of lower-case target words (3+ letters) no English Hunspell dictionary accepts;
* ``adequacy``: the adequacy estimate of the run (mtqa/meaning/align.py);
* word support of the other systems' translations of the source: the lowest share of them holding one of its
  content words (``ws_min``), the mean (``ws_mean``), the share of its content words no other one holds
  (``ws_zero``);
* transforms and interactions: consensus squared or logged, its rank or z-score among the source's
  translations, each feature times log words, any issue at all.

``--report splines``: each of the four expanded into hinges ``max(0, x - k)`` at nine quantiles of WMT13 (an
additive non-linear value). ``--report words``: learned preferences for English function words (the language
profile's ``function_words`` list): the count of each in the translation, fitted with the four (an L2 penalty on
the word weights only, chosen from a grid by two-fold cross-validation over WMT13's documents), then reported
once on WMT12 and WMT14.

Usage: .venv/bin/python bench/seg_candidates.py --tag TAG [--years 12,13,14] [--report added,splines,words]
Run at stop 48 (README, Segment preference): nothing beat the shipped four on all three years.
"""
from __future__ import annotations

import argparse
import collections
import math
import pickle
import re
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import meaning as M  # noqa: E402

BASE = ("consensus", "utility", "penalty_per_word", "log_words")
WORD = re.compile(r"[^\W\d_]+")
L2_GRID = (100.0, 500.0, 2000.0)


def cached(out_dir: Path, kind: str, name: str, compute):
    """A per-system table cached beside meaning.py's runs (pickled; delete the files after a model change)."""
    path = out_dir / f"{kind}.{name}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    value = compute()
    path.write_bytes(pickle.dumps(value))
    return value


def quality_features(src: list[str], tgt: list[str]) -> dict[int, dict]:
    from mtqa.scoring.quality import features, quality_model

    model = quality_model("fr", "en")
    out = {}
    for i, (s, t) in enumerate(zip(src, tgt)):
        x = features(s, t, "fr", "en", model.length_centre)
        if x is not None:
            out[i + 1] = {k: v / model.scales[k] for k, v in x.items()}
    return out


def hunspell_shares(tgt: list[str]) -> dict[int, float]:
    from mtqa.langs import hunspell, language

    dicts = language("en").dictionaries
    out = {}
    for i, t in enumerate(tgt):
        words = [w for w in WORD.findall(t) if w.islower() and len(w) > 2]
        if words:
            out[i + 1] = sum(not hunspell.in_dictionary(dicts, w) for w in words) / len(words)
    return out


def load_year(data: Path, out_dir: Path, y: str, function_words: frozenset, fams: collections.Counter):
    """(win rates, judgements, judged systems, {system: {line: features}}, documents) of one year."""
    files, win, judgements, names, src = M.judged_year(data, y)
    cons, _ = M.year_consensus(files)
    cross, _, _ = M.year_cross(files)
    outs = {n: M.read_lines(p) for n, p in files["systems"].items()}
    feats = {}
    for n in names:
        key, tgt = f"wmt{y}.{n}", outs[n]
        util = M.cached_utilities(out_dir, key, src, tgt)
        q = cached(out_dir, "qfeat", key, lambda: quality_features(src, tgt))
        hun = cached(out_dir, "hun", key, lambda: hunspell_shares(tgt))
        by_line = {}
        for r in M.load_rows(out_dir / f"{key}.tsv"):
            line, words = r["line"], max(r["words"], 1)
            if line not in cons[n] or line not in util:
                continue
            f = {"consensus": cons[n][line][0], "utility": util[line],
                 "penalty_per_word": (r["penalty"] + cross[n].get(line, 0.0)) / words,
                 "log_words": math.log(words), "cross": cross[n].get(line, 0.0) / words,
                 "adequacy": r["adequacy"] if r["adequacy"] is not None else 0.8, "hunspell": hun.get(line, 0.0)}
            f["c2"], f["logc"] = f["consensus"] ** 2, math.log(f["consensus"] + 0.01)
            f["anyissue"] = float(f["penalty_per_word"] > 0)
            for k in ("consensus", "utility", "penalty_per_word"):
                f[f"{k}*log_words"] = f[k] * f["log_words"]
            for c in (c for c in r["codes"].split(",") if c):
                f["fam:" + c[:2]] = f.get("fam:" + c[:2], 0.0) + 1.0 / words
                fams[c[:2]] += 1
            for k, v in (q.get(line) or {}).items():
                f["q:" + k] = v
            lower = [w.lower() for w in WORD.findall(tgt[line - 1])]
            f["words"] = collections.Counter(w for w in lower if w in function_words)
            by_line[line] = f
        feats[n] = by_line
    for line in range(1, len(src) + 1):
        bags = {n: {w.lower() for w in WORD.findall(o[line - 1])} for n, o in outs.items()}
        group = [(n, feats[n][line]) for n in names if line in feats[n]]
        for n, f in group:
            others = [b for m, b in bags.items() if m != n]
            content = [w.lower() for w in WORD.findall(outs[n][line - 1]) if w.lower() not in function_words]
            sup = [sum(w in b for b in others) / len(others) for w in content] if others and content else [1.0]
            f["ws_min"], f["ws_mean"] = min(sup), sum(sup) / len(sup)
            f["ws_zero"] = sum(x == 0 for x in sup) / len(sup)
        if group:
            order = sorted((f["consensus"], i) for i, (_, f) in enumerate(group))
            mean = sum(f["consensus"] for _, f in group) / len(group)
            sd = (sum((f["consensus"] - mean) ** 2 for _, f in group) / len(group)) ** 0.5
            for rank, (_, i) in enumerate(order):
                f = group[i][1]
                f["crank"] = rank / max(len(group) - 1, 1)
                f["cz"] = (f["consensus"] - mean) / (sd + 0.02)
    return win, judgements, names, feats, files["docs"]


def design(judgements, feats, column, keep=None):
    """Rows of (preferred minus other) feature differences; ``column(f)`` gives one translation's vector."""
    import numpy as np

    rows = []
    for line, better, worse in judgements:
        if keep is not None and not keep(line):
            continue
        a, b = feats.get(better, {}).get(line), feats.get(worse, {}).get(line)
        if a is not None and b is not None:
            rows.append(np.asarray(column(a)) - np.asarray(column(b)))
    return np.asarray(rows, dtype=float)


def fit(x, l2):
    """Logistic model without intercept by Newton's method; ``l2``: a penalty per weight (a vector)."""
    import numpy as np

    w = np.zeros(x.shape[1])
    for _ in range(30):
        s = x @ w
        p = 1.0 / (1.0 + np.exp(-np.clip(s, -30, 30)))
        grad = l2 * w + x.T @ (p - 1.0)
        hess = np.diag(l2) + (x * (p * (1.0 - p))[:, None]).T @ x
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-9:
            break
    return w


def accuracy(margins) -> tuple[float, float]:
    """(separated, accuracy) of the preferred-minus-other value differences."""
    c, d = int((margins > 1e-12).sum()), int((margins < -1e-12).sum())
    return (c + d) / max(len(margins), 1), c / max(c + d, 1)


def paired_se(m0, m1, rounds: int = 200) -> float:
    import numpy as np

    rng = np.random.default_rng(48)
    out = []
    for _ in range(rounds):
        i = rng.integers(0, len(m0), len(m0))
        out.append(accuracy(m1[i])[1] - accuracy(m0[i])[1])
    return float(np.std(out))


def main() -> None:
    import numpy as np

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(M.DEFAULT_DATA))
    ap.add_argument("--tag", required=True, help="the --tag of the bench/meaning.py run whose caches to read")
    ap.add_argument("--years", default="12,13,14")
    ap.add_argument("--calibrate", default="13")
    ap.add_argument("--report", default="added,splines,words")
    args = ap.parse_args()
    out_dir = M.OUT / args.tag
    years = args.years.split(",")
    reports = set(args.report.split(","))
    from mtqa.langs import language

    function_words = frozenset(w.lower() for w in language("en").function_words)
    vocab = sorted(function_words)
    fams: collections.Counter = collections.Counter()
    per_year = {y: load_year(Path(args.data), out_dir, y, function_words, fams) for y in years}
    cal = per_year[args.calibrate]

    def run(label, column, width, l2):
        """Fit on the calibration year, report every year against the shipped four's own refit."""
        w = fit(design(cal[1], cal[3], column), l2)
        w0 = fit(design(cal[1], cal[3], lambda f: [f[k] for k in BASE]), np.full(len(BASE), 1e-3))
        cells = []
        for y, (_win, judgements, _names, feats, _docs) in per_year.items():
            x = design(judgements, feats, column)
            x0 = design(judgements, feats, lambda f: [f[k] for k in BASE])
            m, m0 = x @ w, x0 @ w0
            sep, acc = accuracy(m)
            change = acc - accuracy(m0)[1]
            cells.append(f"{sep:.1%} / {acc:.4f} ({change:+.4f} ± {paired_se(m0, m):.4f})")
        print(f"| {label} | {width} | " + " | ".join(cells) + " |", flush=True)
        return w

    head = "| added to the four | weights | " + " | ".join(f"WMT{y} sep / acc (change ± se)" for y in years) + " |"
    rule = "|---|---|" + "---|" * len(years)
    if "added" in reports:
        top = [f"fam:{k}" for k, n in fams.most_common() if n >= 300]
        from mtqa.scoring.quality import FEATURES as QF

        cands = {"nothing (the shipped four, refitted)": [], "cross": ["cross"], "families": top,
                 "quality features": [f"q:{k}" for k in QF], "hunspell": ["hunspell"], "adequacy": ["adequacy"],
                 "ws_min": ["ws_min"], "ws_mean": ["ws_mean"], "ws_zero": ["ws_zero"], "crank": ["crank"],
                 "cz": ["cz"], "c2": ["c2"], "logc": ["logc"], "anyissue": ["anyissue"]}
        cands.update({k: [k] for k in ("consensus*log_words", "utility*log_words", "penalty_per_word*log_words")})
        cands.update({k: [k] for k in top})
        cands.update({f"q:{k}": [f"q:{k}"] for k in QF})
        print(f"\nadded features, fitted on WMT{args.calibrate} only")
        print(head)
        print(rule)
        for label, extra in cands.items():
            cols = list(BASE) + extra
            run(label, lambda f, cols=cols: [f.get(k, 0.0) for k in cols], len(cols), np.full(len(cols), 1e-3))
    if "splines" in reports:
        print(f"\nhinge expansions max(0, x - k) at nine quantiles of WMT{args.calibrate}")
        print(head)
        print(rule)
        for label, expand in (("all four", BASE), *((k, (k,)) for k in BASE)):
            knots = {}
            for k in expand:
                v = sorted(f[k] for by in cal[3].values() for f in by.values())
                knots[k] = sorted({v[int(len(v) * (i + 1) / 10)] for i in range(9)})

            def column(f, knots=knots):
                row = []
                for k in BASE:
                    row.append(f[k])
                    row += [max(0.0, f[k] - t) for t in knots.get(k, ())]
                return row
            width = len(BASE) + sum(len(t) for t in knots.values())
            run(label, column, width, np.full(width, 1e-3))
    if "words" in reports:
        def column(f):
            return [f[k] for k in BASE] + [f["words"].get(w, 0) for w in vocab]

        def penalty(l2):
            return np.concatenate([np.full(len(BASE), 1e-3), np.full(len(vocab), l2)])

        docs = cal[4]
        half = lambda line: zlib.crc32(docs[line - 1].encode()) % 2  # noqa: E731
        print(f"\nfunction-word counts ({len(vocab)} words of the English profile): L2 on their weights by two-fold "
              f"cross-validation over WMT{args.calibrate}'s documents")
        base_accs = []
        for k in (0, 1):
            four = lambda f: [f[c] for c in BASE]  # noqa: E731
            w = fit(design(cal[1], cal[3], four, lambda line, k=k: half(line) != k), np.full(len(BASE), 1e-3))
            base_accs.append(accuracy(design(cal[1], cal[3], four, lambda line, k=k: half(line) == k) @ w)[1])
        print(f"the four alone: cross-validated accuracy {sum(base_accs) / 2:.4f}")
        best = None
        for l2 in L2_GRID:
            accs = []
            for k in (0, 1):
                w = fit(design(cal[1], cal[3], column, lambda line, k=k: half(line) != k), penalty(l2))
                accs.append(accuracy(design(cal[1], cal[3], column, lambda line, k=k: half(line) == k) @ w)[1])
            print(f"L2 {l2:g}: cross-validated accuracy {sum(accs) / 2:.4f}")
            if best is None or sum(accs) > best[1]:
                best = (l2, sum(accs))
        print(head)
        print(rule)
        w = run(f"function-word counts, L2 {best[0]:g}", column, len(BASE) + len(vocab), penalty(best[0]))
        ranked = sorted(zip(w[len(BASE):], vocab))
        print("lowest weights: " + ", ".join(f"{v} {x:.3f}" for x, v in ranked[:15]))
        print("highest weights: " + ", ".join(f"{v} {x:.3f}" for x, v in ranked[-15:]))


if __name__ == "__main__":
    main()
