"""Gale–Church style alignment of two sequences of texts by length and anchors.

A translation keeps the order of its source and, sentence by sentence, a
fairly steady length ratio. Dynamic programming over "beads" (1-1, 1-0, 0-1,
2-1, 1-2, optionally 2-2) finds the cheapest monotonic segmentation of both
sides, where a bead's cost is how improbable its length ratio is, plus a
penalty for rarer bead types, minus a bonus for shared anchors (numbers,
names; see :mod:`mtqa.align.anchors`). Anchors are what let the DP tell an
omission from a merge when lengths are ambiguous.

The DP only visits a band of cells around the diagonal implied by cumulative
lengths, so cost is O(n * band); if the best path touches the band's edge the
band is doubled and the DP re-run, so the band never silently cuts off the
right answer.

Confidence is the posterior probability of each chosen bead under the same
costs read as negative log-probabilities (forward-backward over the band):
1.0 when no other segmentation is close, lower when alternatives compete.
"""
from __future__ import annotations

import math
from bisect import bisect_right
from typing import Callable, Optional, Sequence

from mtqa.align.anchors import anchor_evidence
from mtqa.model import Link

Similarity = Callable[[str, str], float]

# Length model: English characters per French character (LENGTH_RATIO, "c")
# and the variance of (len_en - c * len_fr) per French character
# (LENGTH_VARIANCE, "s2"). Measured on 13,573 human-translated sentence pairs
# of WMT news-test2008, newssyscomb2009 and newstest2009-2012 (held out from
# the evaluation sets) with
#   .venv/bin/python bench/align_eval.py --estimate
# c = sum(len_en) / sum(len_fr) = 0.896; s2 = sum((len_en - c len_fr)^2) / sum(len_fr)
# = 2.70. The evaluation sets themselves give c = 0.872 / 0.870 and
# s2 = 2.68 / 2.19 (newstest2014 / newstest2013), close enough not to matter.
LENGTH_RATIO = 0.896
LENGTH_VARIANCE = 2.70

ONE_ONE, ONE_ZERO, ZERO_ONE = (1, 1), (1, 0), (0, 1)
TWO_ONE, ONE_TWO, TWO_TWO = (2, 1), (1, 2), (2, 2)
DEFAULT_BEADS: tuple[tuple[int, int], ...] = (ONE_ONE, ONE_ZERO, ZERO_ONE, TWO_ONE, ONE_TWO)

# Prior probability of each bead type. Gale & Church (1993) measured
# 0.89 / 0.0099 / 0.089 / 0.011 for 1-1 / {1-0, 0-1} / {2-1, 1-2} / 2-2 on
# human translations; each pair is split evenly here.
BEAD_PRIOR = {
    ONE_ONE: 0.89,
    ONE_ZERO: 0.01,
    ZERO_ONE: 0.01,
    TWO_ONE: 0.04,
    ONE_TWO: 0.04,
    TWO_TWO: 0.011,
}
# Weight of the built-in anchor log-odds (anchors.anchor_evidence). Below 1
# because anchors in one sentence are not independent (a name and its
# title, a number and its unit); tuned on the dev set newstest2012.
ANCHOR_SCALE = 0.5
# Nats of bonus for a caller-supplied similarity of 1.0 (scaled linearly).
SIMILARITY_WEIGHT = 3.0
# Starting half-width of the band, in cells either side of the diagonal.
MIN_BAND = 8

_INF = math.inf


def _neg_log_tail(z: float) -> float:
    """-log P(|Z| >= z) for a standard normal Z, stable for large z."""
    tail = math.erfc(z / math.sqrt(2.0))
    if tail > 1e-300:
        return -math.log(tail)
    # Asymptotic expansion of erfc: log erfc(x) ~ -x^2 - log(x sqrt(pi)).
    x = z / math.sqrt(2.0)
    return x * x + math.log(x * math.sqrt(math.pi))


def length_cost(src_len: int, tgt_len: int) -> float:
    """Gale–Church cost of pairing ``src_len`` with ``tgt_len`` characters.

    The spread is scaled by the mean of both lengths (target length mapped
    back to source units), so the cost is symmetric enough for 1-2 and 2-1
    beads and defined when one side is short.
    """
    mean = (src_len + tgt_len / LENGTH_RATIO) / 2.0
    if mean <= 0:
        return 0.0
    z = abs(LENGTH_RATIO * src_len - tgt_len) / math.sqrt(LENGTH_VARIANCE * mean)
    return _neg_log_tail(z)


def _diagonal(src_lens: list[int], tgt_lens: list[int]) -> list[float]:
    """Expected target position after each source prefix, from cumulative lengths."""
    n, m = len(src_lens), len(tgt_lens)
    cum_s = [0]
    for x in src_lens:
        cum_s.append(cum_s[-1] + x + 1)
    cum_t = [0]
    for x in tgt_lens:
        cum_t.append(cum_t[-1] + x + 1)
    out = []
    for i in range(n + 1):
        goal = cum_s[i] / cum_s[n] * cum_t[m]
        j = min(bisect_right(cum_t, goal) - 1, m - 1)
        span = cum_t[j + 1] - cum_t[j]
        out.append(j + (goal - cum_t[j]) / span if span else float(j))
    out[n] = float(m)
    return out


def _band(centre: list[float], width: int, m: int) -> tuple[list[int], list[int]]:
    """Column range [lo, hi] per row, chained so every row is reachable."""
    lo = [max(0, math.floor(c - width)) for c in centre]
    hi = [min(m, math.ceil(c + width)) for c in centre]
    lo[0], hi[-1] = 0, m
    for i in range(1, len(centre)):
        # Row i must start no later than where row i-1 ends, or no bead reaches it.
        lo[i] = min(lo[i], hi[i - 1])
        hi[i] = max(hi[i], lo[i])
    return lo, hi


class _Problem:
    """Bead costs of one alignment problem, memoised across band retries."""

    def __init__(self, source: Sequence[str], target: Sequence[str],
                 similarity: Optional[Similarity], beads: Sequence[tuple[int, int]]):
        self.source, self.target = source, target
        if similarity is None:
            self.bonus = lambda a, b: ANCHOR_SCALE * anchor_evidence(a, b)
        else:
            self.bonus = lambda a, b: SIMILARITY_WEIGHT * similarity(a, b)
        self.beads = tuple(beads)
        self.prior = [-math.log(BEAD_PRIOR[b]) for b in self.beads]
        self.src_cum = [0]
        for text in source:
            self.src_cum.append(self.src_cum[-1] + len(text))
        self.tgt_cum = [0]
        for text in target:
            self.tgt_cum.append(self.tgt_cum[-1] + len(text))
        self._costs: dict[tuple[int, int, int], float] = {}

    def cost(self, i: int, j: int, k: int) -> float:
        """Cost of bead ``k`` starting at cell (i, j)."""
        key = (i, j, k)
        cached = self._costs.get(key)
        if cached is not None:
            return cached
        di, dj = self.beads[k]
        cost = self.prior[k]
        if di and dj:
            ls = self.src_cum[i + di] - self.src_cum[i]
            lt = self.tgt_cum[j + dj] - self.tgt_cum[j]
            cost += length_cost(ls, lt)
            src = " ".join(self.source[i:i + di])
            tgt = " ".join(self.target[j:j + dj])
            cost -= self.bonus(src, tgt)
        self._costs[key] = cost
        return cost


def _logsumexp_neg(values: list[float]) -> float:
    """-log(sum(exp(-v))) over costs ``values``, stable."""
    best = min(values)
    if best == _INF:
        return _INF
    return best - math.log(sum(math.exp(best - v) for v in values))


def _solve(prob: _Problem, n: int, m: int, lo: list[int], hi: list[int]):
    """Viterbi path plus bead posteriors within the band; flags edge contact."""
    beads = prob.beads
    nb = len(beads)
    viterbi = [[_INF] * (hi[i] - lo[i] + 1) for i in range(n + 1)]
    forward = [[_INF] * (hi[i] - lo[i] + 1) for i in range(n + 1)]
    back = [[-1] * (hi[i] - lo[i] + 1) for i in range(n + 1)]
    viterbi[0][0] = forward[0][0] = 0.0

    def inside(i: int, j: int) -> bool:
        return 0 <= i <= n and lo[i] <= j <= hi[i]

    for i in range(n + 1):
        for j in range(lo[i], hi[i] + 1):
            if i == 0 and j == 0:
                continue
            best, arg = _INF, -1
            paths = []
            for k in range(nb):
                di, dj = beads[k]
                pi, pj = i - di, j - dj
                if pj < 0 or not inside(pi, pj):
                    continue
                pv = viterbi[pi][pj - lo[pi]]
                if pv == _INF:
                    continue
                c = prob.cost(pi, pj, k)
                if pv + c < best:
                    best, arg = pv + c, k
                paths.append(forward[pi][pj - lo[pi]] + c)
            viterbi[i][j - lo[i]] = best
            back[i][j - lo[i]] = arg
            if paths:
                forward[i][j - lo[i]] = _logsumexp_neg(paths)

    backward = [[_INF] * (hi[i] - lo[i] + 1) for i in range(n + 1)]
    backward[n][m - lo[n]] = 0.0
    for i in range(n, -1, -1):
        for j in range(hi[i], lo[i] - 1, -1):
            if i == n and j == m:
                continue
            paths = []
            for k in range(nb):
                di, dj = beads[k]
                ni, nj = i + di, j + dj
                if nj > m or not inside(ni, nj):
                    continue
                after = backward[ni][nj - lo[ni]]
                if after == _INF:
                    continue
                paths.append(prob.cost(i, j, k) + after)
            if paths:
                backward[i][j - lo[i]] = _logsumexp_neg(paths)

    total = forward[n][m - lo[n]]
    steps = []
    touched = False
    i, j = n, m
    while i or j:
        if (j == lo[i] and lo[i] > 0) or (j == hi[i] and hi[i] < m):
            touched = True
        k = back[i][j - lo[i]]
        di, dj = beads[k]
        pi, pj = i - di, j - dj
        score = forward[pi][pj - lo[pi]] + prob.cost(pi, pj, k) + backward[i][j - lo[i]] - total
        posterior = min(1.0, max(0.0, math.exp(-score)))
        steps.append((pi, pj, di, dj, posterior))
        i, j = pi, pj
    steps.reverse()
    return steps, touched


def align_sequences(source: Sequence[str], target: Sequence[str], *,
                    similarity: Optional[Similarity] = None,
                    beads: Sequence[tuple[int, int]] = DEFAULT_BEADS,
                    band: Optional[int] = None) -> list[Link]:
    """Align two sequences of texts; links index into ``source``/``target``.

    By default shared anchors reward a pairing and unshared ones penalise it
    (:func:`~mtqa.align.anchors.anchor_evidence`). A caller may instead pass
    ``similarity(src_text, tgt_text) -> [0, 1]``, used as a bonus of up to
    :data:`SIMILARITY_WEIGHT` nats (``lambda a, b: 0.0`` gives pure
    Gale–Church length alignment). ``band`` fixes the half-width of the DP band;
    by default it starts at :data:`MIN_BAND` and widens as needed.

    Every index of both sequences appears in exactly one link, links are in
    order and never empty on both sides.
    """
    n, m = len(source), len(target)
    if n == 0 or m == 0:
        return [Link((i,), (), 1.0) for i in range(n)] + [Link((), (j,), 1.0) for j in range(m)]
    unknown = [b for b in beads if b not in BEAD_PRIOR]
    if unknown or ONE_ZERO not in beads or ZERO_ONE not in beads:
        raise ValueError(f"beads must include 1-0 and 0-1 and come from {sorted(BEAD_PRIOR)}")
    prob = _Problem(source, target, similarity, beads)
    centre = _diagonal([len(t) for t in source], [len(t) for t in target])
    width = band if band is not None else MIN_BAND
    while True:
        lo, hi = _band(centre, width, m)
        steps, touched = _solve(prob, n, m, lo, hi)
        if band is not None or not touched or width >= max(n, m):
            break
        width *= 2
    return [
        Link(tuple(range(i, i + di)), tuple(range(j, j + dj)), round(p, 4))
        for i, j, di, dj, p in steps
    ]
