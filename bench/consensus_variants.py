"""Variants of consensus measured against the human judgements (stop 45; ``bench/meaning.py --consensus-variants``).

Why a module of its own: every variant needs the chrF of every system's translation of a line against every
other's, and recomputing that per variant would cost minutes each. Here it is computed once per year (about
50 s of CPU for WMT12-14) as per-pair sums of the character n-gram precisions, from which sentence chrF of any
``beta`` (and chrF++ with word uni- and bigrams) follows in numpy; a variant is then a weighting of that matrix.

Rows (WMT13 the calibration year, WMT12 and WMT14 held out):

* consensus alone under other similarities (chrF beta 1 and 3, chrF++), the highest agreement instead of the mean;
* weighted minimum-Bayes-risk consensus: each pseudo-reference weighted by its system's quality, from an
  iterative fixed point (weights = the systems' mean consensus, raised to a power) or from the place of the
  system in ``mtqa compare``'s quality estimate (MQM with A609/A610 and the quality term, before consensus);
* the same consensus as the default order's consensus term (τ and the order's segment score);
* the segment preference (``mtqa compare``'s per-segment value, refitted on WMT13 as ``--segment-model`` does)
  with the document's quality term per word as a fifth feature: a document-level prior whose system order is the
  quality estimate's, not consensus's.

Nothing here is used by mtqa; the figures are in the README (Scoring > Consensus) and stop 45's cons45 note.
"""
from __future__ import annotations

import collections
import re

import numpy as np

ORDERS = 6
"""Character n-gram orders of chrF."""
WORD_ORDERS = 2
"""Word n-gram orders chrF++ adds."""
WORD = re.compile(r"\w+|[^\w\s]")


def profile(text: str) -> list[tuple[collections.Counter, int]]:
    """Character 1-6-grams (spaces removed, as sacrebleu) and word 1-2-grams of one translation, with totals."""
    from mtqa.scoring.consensus import MAX_CHARS

    line = "".join(text.split())[:MAX_CHARS]
    out = [(collections.Counter(line[i:i + n] for i in range(len(line) - n + 1)), max(len(line) - n + 1, 0))
           for n in range(1, ORDERS + 1)]
    words = WORD.findall(text[:MAX_CHARS])
    out += [(collections.Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1)), max(len(words) - n + 1, 0))
            for n in range(1, WORD_ORDERS + 1)]
    return out


def precision_sums(a: list, b: list) -> tuple[float, float, int, float, float, int]:
    """(character precision sum of a against b, of b against a, effective character orders, the same three for
    words): a precision sum of one side is the other's recall sum, so one match count serves both directions."""
    out = [0.0, 0.0, 0, 0.0, 0.0, 0]
    for k, ((ca, ta), (cb, tb)) in enumerate(zip(a, b)):
        if not (ta and tb):
            continue
        small, big = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
        match = sum(min(c, big[g]) for g, c in small.items() if g in big)
        at = 0 if k < ORDERS else 3
        out[at] += match / ta
        out[at + 1] += match / tb
        out[at + 2] += 1
    return tuple(out)


def matrices(outputs: list[list[str]]) -> dict[str, np.ndarray]:
    """Per line and ordered pair of systems (i, j): i's summed precisions against j and the effective orders.

    ``outputs[i][line]`` is system i's translation of a line. Returns arrays of shape (lines, n, n): ``P`` and
    ``E`` for characters, ``W`` and ``WE`` for words (j's precision against i is i's recall against j)."""
    n, lines = len(outputs), len(outputs[0])
    arrays = {k: np.zeros((lines, n, n), np.float32) for k in ("P", "E", "W", "WE")}
    for line in range(lines):
        texts = [out[line] for out in outputs]
        distinct = sorted(set(texts))
        at = {t: k for k, t in enumerate(distinct)}
        profiles = [profile(t) for t in distinct]
        sums = {}
        for a in range(len(distinct)):
            for b in range(a, len(distinct)):
                sums[a, b] = precision_sums(profiles[a], profiles[b])
        for i in range(n):
            for j in range(n):
                a, b = at[texts[i]], at[texts[j]]
                s = sums[a, b] if a <= b else sums[b, a]
                mine, theirs = (0, 3) if a <= b else (1, 4)
                arrays["P"][line, i, j], arrays["W"][line, i, j] = s[mine], s[theirs]
                arrays["E"][line, i, j], arrays["WE"][line, i, j] = s[2], s[5]
    return arrays


def similarity(m: dict[str, np.ndarray], beta: float = 2.0, words: bool = False) -> np.ndarray:
    """S[line, i, j]: sentence chrF (0-1) of i against reference j; chrF++ with ``words`` (sacrebleu averages
    the precisions and recalls over all orders, character and word, before the F-score)."""
    prec, rec, eff = m["P"], m["P"].transpose(0, 2, 1), m["E"]
    if words:
        prec, rec, eff = prec + m["W"], rec + m["W"].transpose(0, 2, 1), eff + m["WE"]
    safe = np.where(eff > 0, eff, 1)
    p, r = prec / safe, rec / safe
    f = beta * beta
    den = f * p + r
    return np.where((eff > 0) & (den > 0), (1 + f) * p * r / np.where(den > 0, den, 1), 0.0)


def weighted_consensus(s: np.ndarray, allowed: np.ndarray, weights: np.ndarray | None = None,
                       how: str = "mean") -> np.ndarray:
    """C[line, i]: the (weighted) mean, or the highest, of i's chrF against its pseudo-references.

    ``allowed[i, j]`` is 1 where j may be i's pseudo-reference (not i itself, not its clone); ``weights[j]``
    (or ``weights[line, j]``) weighs reference j, as weighted minimum-Bayes-risk decoding weighs hypotheses by
    their probability."""
    w = np.broadcast_to(allowed[None], s.shape).astype(float)
    if weights is not None:
        w = w * (weights[None, None, :] if weights.ndim == 1 else weights[:, None, :])
    if how == "max":
        return np.where(w > 0, s, -1.0).max(2)
    return (s * w).sum(2) / np.maximum(w.sum(2), 1e-12)


def fixed_point(s: np.ndarray, allowed: np.ndarray, power: float, rounds: int = 10) -> np.ndarray:
    """Weights of the pseudo-references from the systems' own mean consensus, iterated: ``w = (m / max m) ^ power``."""
    w = np.ones(s.shape[1])
    for _ in range(rounds):
        m = weighted_consensus(s, allowed, w).mean(0)
        w = (m / m.max()) ** power
    return w


def rank_weights(estimate: np.ndarray, power: float = 1.0) -> np.ndarray:
    """Weights from a system-level estimate (higher is better): ``(1 - place / n) ^ power``, place 0 the best."""
    place = np.argsort(np.argsort(-estimate))
    return (1.0 - place / len(estimate)) ** power


def softplus_term(c: np.ndarray, centre: np.ndarray, spread: float) -> np.ndarray:
    """mtqa.scoring.consensus.term over arrays."""
    z = (centre - c) / spread
    return spread * np.where(z < 30, np.log1p(np.exp(np.minimum(z, 30))), z)


def judged_pairs(values: np.ndarray, lines: np.ndarray, better: np.ndarray, worse: np.ndarray) -> tuple[float, float]:
    """(share separated, accuracy on those) of a value per (line, system) on the judgements."""
    diff = values[lines, better] - values[lines, worse]
    concordant, discordant = int((diff > 1e-12).sum()), int((diff < -1e-12).sum())
    return (concordant + discordant) / len(diff), concordant / max(concordant + discordant, 1)


def shared(values: np.ndarray, same: np.ndarray) -> np.ndarray:
    """Identical translations of a line share the highest value any copy got (as the segment preference does)."""
    return np.where(same, values[:, None, :], -np.inf).max(2)


class Year:
    """One WMT year as arrays over (line, system): the translations' chrF matrix and the cached mtqa runs."""

    def __init__(self, data, year: str, out_dir):
        import meaning
        from mtqa.scoring.consensus import clones, source_key
        from mtqa.scoring.quality import quality_model

        files, self.win, judgements, self.judged, src = meaning.judged_year(data, year)
        self.names = list(files["systems"])
        at = {n: k for k, n in enumerate(self.names)}
        outputs = [meaning.read_lines(files["systems"][n]) for n in self.names]
        self.m = matrices(outputs)
        n, lines = len(self.names), len(src)
        by_key: dict[str, list] = collections.defaultdict(list)
        for line, s in enumerate(src):
            by_key[source_key(s)] += [(name, out[line]) for name, out in zip(self.names, outputs)]
        self.allowed = 1.0 - np.eye(n)
        for pair in clones(by_key):
            a, b = (at[x] for x in pair)
            self.allowed[a, b] = self.allowed[b, a] = 0.0
        self.same = np.array([[[a[line] == b[line] for b in outputs] for a in outputs] for line in range(lines)])
        self.lines = np.array([line - 1 for line, _, _ in judgements])
        self.better = np.array([at[b] for _, b, _ in judgements])
        self.worse = np.array([at[w] for _, _, w in judgements])
        self.judged_at = np.array([at[x] for x in self.judged])
        # the cached mtqa runs: words, MQM penalty with A609/A610, quality badness, documents
        cross, _, _ = meaning.year_cross(files)
        model = quality_model("fr", "en")
        self.words, self.penalty, self.bad = (np.zeros((lines, n)) for _ in range(3))
        self.utility = np.full((lines, n), np.nan)
        docs: dict[str, set] = collections.defaultdict(set)
        for name in self.names:
            i = at[name]
            rows = meaning.load_rows(out_dir / f"wmt{year}.{name}.tsv")
            util = meaning.cached_utilities(out_dir, f"wmt{year}.{name}", src, outputs[i])
            for r in rows:
                line = r["line"] - 1
                self.words[line, i] = r["words"]
                self.penalty[line, i] = r["penalty"] + cross[name].get(r["line"], 0.0)
                if r["line"] in util:
                    self.utility[line, i] = util[r["line"]]
                    self.bad[line, i] = model.badness(util[r["line"]])
                docs[r["doc"]].add(line)
        self.docs = [np.array(sorted(v)) for v in docs.values()]

    def pairs(self, values: np.ndarray) -> tuple[float, float]:
        return judged_pairs(values, self.lines, self.better, self.worse)

    def tau(self, per_system) -> float:
        from compare_human import kendall_tau_b

        return kendall_tau_b([float(per_system[i]) for i in self.judged_at], [self.win[x] for x in self.judged])

    def doc_mean(self, x: np.ndarray) -> np.ndarray:
        """Each line's value replaced by the word-weighted mean over its document (per system)."""
        out = np.zeros_like(x)
        for lines in self.docs:
            w = self.words[lines]
            out[lines] = (x[lines] * w).sum(0, keepdims=True) / np.maximum(w.sum(0, keepdims=True), 1)
        return out

    def order(self, consensus: np.ndarray | None, quality_weight: float, consensus_weight: float,
              spread: float) -> tuple[np.ndarray, np.ndarray]:
        """(mean document score per system, segment score) of ``mtqa compare``'s default order (quality term at
        ``quality_weight``, consensus term at ``consensus_weight`` around the median of the line)."""
        from mtqa.scoring.mqm import quality_score

        pen = self.penalty + quality_weight * self.words * self.bad
        if consensus is not None and consensus_weight:
            pen = pen + consensus_weight * self.words * softplus_term(consensus, np.median(consensus, 1, keepdims=True),
                                                                      spread)
        means = np.array([np.mean([quality_score(float(pen[d, i].sum()), int(self.words[d, i].sum()))
                                   for d in self.docs]) for i in range(pen.shape[1])])
        return means, -pen / np.maximum(self.words, 1)


def paired_change(base: np.ndarray, sign: np.ndarray, rng, resamples: int = 500) -> str:
    """`` (+change ± its standard error)`` of the share of judged pairs right (``sign`` > 0 among those not 0:
    +1 a pair the value orders as the judges did, -1 against them, 0 a tie) of ``sign`` over ``base``, the same
    judged pairs valued another way; the error is a paired bootstrap (both valuations resampled together), so
    what the two share cancels out."""
    def right(s: np.ndarray) -> float:
        return (s > 0).sum() / max((s != 0).sum(), 1)

    n = len(sign)
    changes = []
    for _ in range(resamples):
        k = rng.integers(0, n, n)
        changes.append(right(sign[k]) - right(base[k]))
    return f" ({right(sign) - right(base):+.4f} ± {np.std(changes):.4f})"


def report(data, years: list[str], out_dir, calibrate: str = "13") -> None:
    """Print the tables of the module docstring."""
    import meaning
    from mtqa.config import Config

    config = Config()
    qw, cw = config.rank_quality_weight, config.rank_consensus_weight
    from mtqa.scoring.consensus import SPREAD

    ys = {y: Year(data, y, out_dir) for y in years}
    for y in ys.values():
        y.s = similarity(y.m)
        y.estimate = y.order(None, qw, 0.0, SPREAD)[0]  # the quality estimate's system level, before consensus
    variants = {
        "consensus (shipped: mean sentence chrF, beta 2)": lambda y: weighted_consensus(y.s, y.allowed),
        "chrF beta 1": lambda y: weighted_consensus(similarity(y.m, 1.0), y.allowed),
        "chrF beta 3": lambda y: weighted_consensus(similarity(y.m, 3.0), y.allowed),
        "chrF++ (word 1-2-grams too)": lambda y: weighted_consensus(similarity(y.m, words=True), y.allowed),
        "highest chrF against any one other system": lambda y: weighted_consensus(y.s, y.allowed, how="max"),
        "weighted MBR, fixed point, power 2": lambda y: weighted_consensus(y.s, y.allowed, fixed_point(y.s, y.allowed, 2)),
        "weighted MBR, fixed point, power 10": lambda y: weighted_consensus(y.s, y.allowed, fixed_point(y.s, y.allowed, 10)),
        "weighted MBR, quality-estimate place, power 1": lambda y: weighted_consensus(y.s, y.allowed, rank_weights(y.estimate)),
        "weighted MBR, quality-estimate place, power 2": lambda y: weighted_consensus(y.s, y.allowed, rank_weights(y.estimate, 2)),
    }
    print(f"\nconsensus variants (WMT{calibrate} calibration, the others held out): consensus alone = pairs separated / "
          "accuracy, τ of its system mean | in the default order (consensus term at "
          f"{cw:g}, quality term at {qw:g}): τ, its segment score's pairs")
    print("| variant | " + " | ".join(f"WMT{y} alone | WMT{y} order" for y in ys) + " |")
    print("|---|" + "---|---|" * len(ys))
    for label, fn in variants.items():
        cells = []
        for y in ys.values():
            c = fn(y)
            cov, acc = y.pairs(shared(c, y.same))
            means, seg = y.order(c, qw, cw, SPREAD)
            ocov, oacc = y.pairs(seg)
            cells += [f"{cov:.1%} / {acc:.4f}, τ {y.tau(c.mean(0)):.2f}", f"τ {y.tau(means):.2f}, {ocov:.1%} / {oacc:.4f}"]
        print(f"| {label} | " + " | ".join(cells) + " |")

    print("\nthe default order's segment score, where the MQM penalty (with A609/A610) of the two sides differs and "
          "where it ties: share of the pairs, accuracy of the order / of MQM / of consensus / of the quality utility")
    print("| year | MQM differs | MQM ties |")
    print("|---|---|---|")
    for key, y in ys.items():
        c = weighted_consensus(y.s, y.allowed)
        _, seg = y.order(c, qw, cw, SPREAD)
        mqm = -y.penalty / np.maximum(y.words, 1)
        util = np.nan_to_num(y.utility, nan=-9.0)
        differs = np.abs(mqm[y.lines, y.better] - mqm[y.lines, y.worse]) > 1e-12
        cells = []
        for sel in (differs, ~differs):
            accs = [judged_pairs(v, y.lines[sel], y.better[sel], y.worse[sel])[1] for v in (seg, mqm, c, util)]
            cells.append(f"{sel.mean():.1%}: " + " / ".join(f"{a:.3f}" for a in accs))
        print(f"| WMT{key} | " + " | ".join(cells) + " |")

    print("\nthe quality term spread evenly over each document's words (same document scores, same order; the "
          "segment score is the only thing that moves -- a diagnostic, not a change mtqa could ship)")
    print("| quality term per segment | " + " | ".join(f"WMT{y}" for y in ys) + " |")
    print("|---|" + "---|" * len(ys))
    for keep in (1.0, 0.5, 0.0):
        cells = []
        for y in ys.values():
            c = weighted_consensus(y.s, y.allowed)
            saved = y.bad
            y.bad = keep * saved + (1 - keep) * y.doc_mean(saved)
            means, seg = y.order(c, qw, cw, SPREAD)
            y.bad = saved
            cov, acc = y.pairs(seg)
            cells.append(f"τ {y.tau(means):.2f}, {cov:.1%} / {acc:.4f}")
        print(f"| {keep:g} its own, {1 - keep:g} its document's mean | " + " | ".join(cells) + " |")

    print(f"\nsegment preference refitted on WMT{calibrate} (meaning.fit_preference), identical translations sharing "
          "the highest value; ± the paired bootstrap standard error of the change (500 resamples of the judgements)")
    features = {}
    for y in ys.values():
        valid = ~np.isnan(y.utility) & (y.words > 0)
        ppw = y.penalty / np.maximum(y.words, 1)
        features[y] = valid, {"consensus": weighted_consensus(y.s, y.allowed), "utility": np.nan_to_num(y.utility),
                              "penalty_per_word": ppw, "log_words": np.log(np.maximum(y.words, 1)),
                              "document quality term per word": y.doc_mean(y.bad),
                              "document MQM + quality term per word": y.doc_mean(ppw + qw * y.bad)}
    shipped = ["consensus", "utility", "penalty_per_word", "log_words"]
    sets = {"shipped features": shipped,
            "+ the document's quality term per word": shipped + ["document quality term per word"],
            "+ the document's MQM and quality term per word": shipped + ["document MQM + quality term per word"]}

    def values(y, names, w):
        valid, f = features[y]
        v = np.where(valid, np.stack([f[k] for k in names], -1) @ w, -1e9)
        return shared(v, y.same)

    fitted = {}
    for label, names in sets.items():
        y = ys[calibrate]
        valid, f = features[y]
        x = np.stack([f[k] for k in names], -1)
        ok = valid[y.lines, y.better] & valid[y.lines, y.worse]
        diffs = (x[y.lines, y.better] - x[y.lines, y.worse])[ok]
        fitted[label] = np.array(meaning.fit_preference(diffs.tolist()))
    rng = np.random.default_rng(7)
    print("| features | " + " | ".join(f"WMT{y}" for y in ys) + " | weights |")
    print("|---|" + "---|" * len(ys) + "---|")
    base = {key: None for key in ys}
    for label, names in sets.items():
        cells = []
        for key, y in ys.items():
            v = values(y, names, fitted[label])
            cov, acc = y.pairs(v)
            d = v[y.lines, y.better] - v[y.lines, y.worse]
            sign = np.where(np.abs(d) < 1e-12, 0, np.sign(d))
            cell = f"{cov:.1%} / {acc:.4f}"
            if base[key] is None:
                base[key] = sign
            else:
                cell += paired_change(base[key], sign, rng)
            cells.append(cell)
        print(f"| {label} | " + " | ".join(cells) + " | " + " ".join(f"{w:.3g}" for w in fitted[label]) + " |")
