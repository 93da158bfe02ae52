"""Gale–Church style alignment of two sequences of texts by length and anchors.

A translation keeps the order of its source and, sentence by sentence, a
fairly steady length ratio. Dynamic programming over "beads" (1-1, 1-0, 0-1,
2-1, 1-2, optionally 2-2) finds the cheapest monotonic segmentation of both
sides, where a bead's cost is how improbable its length ratio is, plus a
penalty for rarer bead types, minus the log-odds that the pair shares its
anchors (numbers, names, quotes, cognate stems; see
:mod:`mtqa.align.anchors`). Anchors are what let the DP tell an omission
from a merge, and which of two similar sentences is missing, when lengths
alone are ambiguous.

Paragraphs (:func:`align_groups`, :func:`align_fenced`) are aligned by the
same DP one level up, a paragraph bead costing the best sentence alignment
inside it, and sentences are then aligned within matched paragraphs.

The DP only visits a band of cells around the diagonal implied by cumulative
lengths, so cost is O(n * band); if the best path touches the band's edge the
band is re-centred on that path, widened, and the DP re-run, so the band
never silently cuts off the right answer.

Confidence is the posterior probability of each chosen bead under the same
costs read as negative log-probabilities (forward-backward over the band):
1.0 when no other segmentation is close, lower when alternatives compete.
"""
from __future__ import annotations

import functools
import math
from bisect import bisect_left, bisect_right
from typing import Callable, Iterable, Optional, Sequence

from mtqa.align.anchors import Anchors, AnchorStore, evidence_of, extract_anchors, unpacked
from mtqa.langs import LengthModel
from mtqa.langs.pair import default_length
from mtqa.model import Link, LinkKind

Similarity = Callable[[str, str], float]

# Length model: target characters per source character and their variance, a
# fact of the language pair (mtqa/data/pairs/<src>-<tgt>.toml, [alignment]),
# given by the caller as a LengthModel; without one, Gale and Church's
# published model (mtqa/data/alignment.toml).

ONE_ONE, ONE_ZERO, ZERO_ONE = (1, 1), (1, 0), (0, 1)
TWO_ONE, ONE_TWO, TWO_TWO = (2, 1), (1, 2), (2, 2)
DEFAULT_BEADS: tuple[tuple[int, int], ...] = (ONE_ONE, ONE_ZERO, ZERO_ONE, TWO_ONE, ONE_TWO)

# Prior probability of each bead type. Gale & Church (1993) measured
# 0.89 / 0.0099 / 0.089 / 0.011 for 1-1 / {1-0, 0-1} / {2-1, 1-2} / 2-2 on
# human translations. Split evenly that gives 0.005 for 1-0 and 0-1; MT
# output and edited news drop more, and 0.01 did better on the dev set
# newstest2012 (bench/align_eval.py --sets dev; 0.005 and 0.02 were worse).
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
# Prior of each bead type between paragraphs (align_groups), on top of the
# costs of the sentences inside: paragraphs are rarely dropped, merged or split.
GROUP_PRIOR = {
    ONE_ONE: 0.95,
    ONE_ZERO: 0.01,
    ZERO_ONE: 0.01,
    TWO_ONE: 0.01,
    ONE_TWO: 0.01,
    TWO_TWO: 0.005,
}
# Starting half-width of the band, in cells either side of the diagonal,
# for sentences and for paragraphs (whose counts differ less).
MIN_BAND = 8
MAX_BAND = 32
"""Widest DP band: a path that strays further from the length diagonal is no alignment worth
the quadratic cost (two unrelated 5,000-sentence texts would otherwise take minutes)."""
FULL_DP_CELLS = 2_500
"""Above this many cells, the best alignment inside a pair of paragraph groups is searched in a
band around their length diagonal, as the document-level alignment is (see :func:`_band`)."""
MIN_GROUP_BAND = 2
# align_fenced: nats by which ignoring paragraph fences must beat honouring
# them before the fences are judged wrong (tuned on newstest2012).
FENCE_MARGIN = 4.0

_INF = math.inf


def _neg_log_tail(z: float) -> float:
    """-log P(|Z| >= z) for a standard normal Z, stable for large z."""
    tail = math.erfc(z / math.sqrt(2.0))
    if tail > 1e-300:
        return -math.log(tail)
    # Asymptotic expansion of erfc: log erfc(x) ~ -x^2 - log(x sqrt(pi)).
    x = z / math.sqrt(2.0)
    return x * x + math.log(x * math.sqrt(math.pi))


def length_cost(src_len: int, tgt_len: int, model: Optional[LengthModel] = None) -> float:
    """Gale–Church cost of pairing ``src_len`` with ``tgt_len`` characters.

    The spread is scaled by the mean of both lengths (target length mapped
    back to source units), so the cost is symmetric enough for 1-2 and 2-1
    beads and defined when one side is short.
    """
    model = model or default_length()
    ratio, variance = model.ratio, model.variance
    mean = (src_len + tgt_len / ratio) / 2.0
    if mean <= 0:
        return 0.0
    z = abs(ratio * src_len - tgt_len) / math.sqrt(variance * mean)
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


class _SentenceCosts:
    """Bead costs over two text sequences, memoised (band retries and the
    paragraph level ask for the same beads many times)."""

    def __init__(self, source: Sequence[str], target: Sequence[str],
                 similarity: Optional[Similarity], beads: Sequence[tuple[int, int]],
                 length: Optional[LengthModel] = None,
                 anchors: Optional[tuple[list[Anchors], list[Anchors]]] = None):
        self.source, self.target = source, target
        self.length = length or default_length()
        self.similarity = similarity
        if similarity is None:
            self.bonus = lambda a, b: ANCHOR_SCALE * evidence_of(extract_anchors(a), extract_anchors(b))
        else:
            self.bonus = lambda a, b: SIMILARITY_WEIGHT * similarity(a, b)
        # anchors of each single text, extracted once (the LRU of extract_anchors holds fewer
        # texts than a long feed has): a 1-1 bead reads them here, a 2-1 bead joins its texts
        self.src_anchors: list[Optional[Anchors]] = anchors[0] if anchors else [None] * len(source)
        self.tgt_anchors: list[Optional[Anchors]] = anchors[1] if anchors else [None] * len(target)
        self.beads = tuple(beads)
        self.prior = [-math.log(BEAD_PRIOR[b]) for b in self.beads]
        self.src_len = [len(t) for t in source]
        self.tgt_len = [len(t) for t in target]
        self.src_cum = _cumulative(self.src_len)
        self.tgt_cum = _cumulative(self.tgt_len)
        self._memo: dict[tuple[int, int, int], float] = {}

    def __call__(self, i: int, j: int, k: int) -> float:
        """Cost of bead ``k`` starting at cell (i, j)."""
        key = (i, j, k)
        cached = self._memo.get(key)
        if cached is not None:
            return cached
        di, dj = self.beads[k]
        cost = self.prior[k]
        if di and dj:
            ls = self.src_cum[i + di] - self.src_cum[i]
            lt = self.tgt_cum[j + dj] - self.tgt_cum[j]
            cost += length_cost(ls, lt, self.length)
            if di == dj == 1 and self.similarity is None:
                a, b = self.src_anchors[i], self.tgt_anchors[j]
                if a is None:
                    a = self.src_anchors[i] = extract_anchors(self.source[i])
                if b is None:
                    b = self.tgt_anchors[j] = extract_anchors(self.target[j])
                cost -= ANCHOR_SCALE * evidence_of(a, b)
            else:
                src = " ".join(self.source[i:i + di])
                tgt = " ".join(self.target[j:j + dj])
                cost -= self.bonus(src, tgt)
        self._memo[key] = cost
        return cost

    def best_cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """Cheapest alignment of source[i0:i1] with target[j0:j1] (full DP, no band)."""
        beads = self.beads
        rows, cols = i1 - i0 + 1, j1 - j0 + 1
        table = [[_INF] * cols for _ in range(rows)]
        table[0][0] = 0.0
        if rows > 1 and cols > 1 and rows * cols > FULL_DP_CELLS:  # long paragraphs: a band, as in _banded
            lo, hi = _band(_diagonal(self.src_len[i0:i1], self.tgt_len[j0:j1]), MIN_BAND, cols - 1)
        else:
            lo, hi = [0] * rows, [cols - 1] * rows
        for a in range(rows):
            row = table[a]
            for b in range(lo[a], hi[a] + 1):
                if a == 0 and b == 0:
                    continue
                best = _INF
                for k, (di, dj) in enumerate(beads):
                    pa, pb = a - di, b - dj
                    if pa < 0 or pb < 0:
                        continue
                    prev = table[pa][pb]
                    if prev == _INF:
                        continue
                    c = prev + self(i0 + pa, j0 + pb, k)
                    if c < best:
                        best = c
                row[b] = best
        return table[-1][-1]


def _cumulative(values) -> list[int]:
    out = [0]
    for v in values:
        out.append(out[-1] + v)
    return out


def _logsumexp_neg(values: list[float]) -> float:
    """-log(sum(exp(-v))) over costs ``values``, stable."""
    best = min(values)
    if best == _INF:
        return _INF
    return best - math.log(sum(math.exp(best - v) for v in values))


Step = tuple[int, int, int, int, float]  # (i, j, di, dj, posterior)


def _solve(cost: Callable[[int, int, int], float], beads: Sequence[tuple[int, int]],
           n: int, m: int, lo: list[int], hi: list[int]) -> tuple[list[Step], bool, float]:
    """Viterbi path, its bead posteriors and its cost within the band; flags edge contact.

    ``cost(i, j, k)`` is the cost of bead ``beads[k]`` starting at (i, j).
    """
    bead_range = list(enumerate(beads))
    viterbi = [[_INF] * (hi[i] - lo[i] + 1) for i in range(n + 1)]
    forward = [[_INF] * (hi[i] - lo[i] + 1) for i in range(n + 1)]
    back = [[-1] * (hi[i] - lo[i] + 1) for i in range(n + 1)]
    viterbi[0][0] = forward[0][0] = 0.0

    for i in range(n + 1):
        lo_i = lo[i]
        v_row, f_row, b_row = viterbi[i], forward[i], back[i]
        for j in range(lo_i, hi[i] + 1):
            if i == 0 and j == 0:
                continue
            best, arg = _INF, -1
            paths = []
            for k, (di, dj) in bead_range:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < lo[pi] or pj > hi[pi]:
                    continue
                pv = viterbi[pi][pj - lo[pi]]
                if pv == _INF:
                    continue
                c = cost(pi, pj, k)
                if pv + c < best:
                    best, arg = pv + c, k
                paths.append(forward[pi][pj - lo[pi]] + c)
            v_row[j - lo_i] = best
            b_row[j - lo_i] = arg
            if paths:
                f_row[j - lo_i] = paths[0] if len(paths) == 1 else _logsumexp_neg(paths)

    backward = [[_INF] * (hi[i] - lo[i] + 1) for i in range(n + 1)]
    backward[n][m - lo[n]] = 0.0
    for i in range(n, -1, -1):
        lo_i = lo[i]
        row, f_row = backward[i], forward[i]
        for j in range(hi[i], lo_i - 1, -1):
            if (i == n and j == m) or f_row[j - lo_i] == _INF:
                continue  # the end, or a cell no path reaches
            paths = []
            for k, (di, dj) in bead_range:
                ni, nj = i + di, j + dj
                if ni > n or nj < lo[ni] or nj > hi[ni]:
                    continue
                after = backward[ni][nj - lo[ni]]
                if after == _INF:
                    continue
                paths.append(cost(i, j, k) + after)
            if paths:
                row[j - lo_i] = paths[0] if len(paths) == 1 else _logsumexp_neg(paths)

    total = forward[n][m - lo[n]]
    steps: list[Step] = []
    touched = False
    i, j = n, m
    while i or j:
        if (j == lo[i] and lo[i] > 0) or (j == hi[i] and hi[i] < m):
            touched = True
        k = back[i][j - lo[i]]
        di, dj = beads[k]
        pi, pj = i - di, j - dj
        score = forward[pi][pj - lo[pi]] + cost(pi, pj, k) + backward[i][j - lo[i]] - total
        posterior = min(1.0, max(0.0, math.exp(-score)))
        steps.append((pi, pj, di, dj, posterior))
        i, j = pi, pj
    steps.reverse()
    return steps, touched, viterbi[n][m - lo[n]]


def _banded(cost, beads, src_lens: list[int], tgt_lens: list[int],
            band: Optional[int], start: int, cap: Optional[int] = None) -> tuple[list[Step], float]:
    """Run :func:`_solve` in a band around the length diagonal.

    While the best path hugs the band's edge, the band is re-centred on that
    path (the length ratio drifts along a long document, so the path is a
    better guide than the diagonal), and doubled every other try. With
    ``cap``, the band stops growing at that half-width (two more re-centred
    tries are allowed there), so the cost stays linear in the lengths.
    """
    n, m = len(src_lens), len(tgt_lens)
    centre = _diagonal(src_lens, tgt_lens)
    width = band if band is not None else start
    tries = capped = 0
    while True:
        lo, hi = _band(centre, width, m)
        steps, touched, best = _solve(cost, beads, n, m, lo, hi)
        if band is not None or not touched or width >= min(max(n, m), MAX_BAND):
            return steps, best
        if cap is not None and width >= cap:
            capped += 1
            if capped > 2:
                return steps, best
        tries += 1
        centre = _path_centre(steps, n, m)
        if tries % 2 == 0 and (cap is None or width < cap):
            width = width * 2 if cap is None else min(width * 2, cap)


def _path_centre(steps: list[Step], n: int, m: int) -> list[float]:
    """Per row, the middle of the columns the path visits (a row jumped by a
    2-x bead gets the middle of that bead)."""
    lo = [math.inf] * (n + 1)
    hi = [-math.inf] * (n + 1)
    for i, j, di, dj, _ in steps + [(n, m, 0, 0, 1.0)]:
        lo[i], hi[i] = min(lo[i], j), max(hi[i], j)
        for r in range(i + 1, i + di):
            lo[r] = hi[r] = j + dj / 2.0
    return [(a + b) / 2.0 for a, b in zip(lo, hi)]


def _links(steps: list[Step], i0: int = 0, j0: int = 0) -> list[Link]:
    return [
        Link(tuple(range(i0 + i, i0 + i + di)), tuple(range(j0 + j, j0 + j + dj)), round(p, 4))
        for i, j, di, dj, p in steps
    ]


def _check_beads(beads: Sequence[tuple[int, int]]) -> None:
    unknown = [b for b in beads if b not in BEAD_PRIOR]
    if unknown or ONE_ZERO not in beads or ZERO_ONE not in beads:
        raise ValueError(f"beads must include 1-0 and 0-1 and come from {sorted(BEAD_PRIOR)}")


def _null_links(n: int, m: int, confidence: float = 1.0) -> list[Link]:
    return [Link((i,), (), confidence) for i in range(n)] + [Link((), (j,), confidence) for j in range(m)]


def align_sequences(source: Sequence[str], target: Sequence[str], *,
                    similarity: Optional[Similarity] = None,
                    beads: Sequence[tuple[int, int]] = DEFAULT_BEADS,
                    band: Optional[int] = None,
                    length: Optional[LengthModel] = None,
                    anchors: Optional[tuple[list[Anchors], list[Anchors]]] = None) -> list[Link]:
    """Align two sequences of texts; links index into ``source``/``target``.

    By default shared anchors reward a pairing and unshared ones penalise it
    (:func:`~mtqa.align.anchors.anchor_evidence`). A caller may instead pass
    ``similarity(src_text, tgt_text) -> [0, 1]``, used as a bonus of up to
    :data:`SIMILARITY_WEIGHT` nats (``lambda a, b: 0.0`` gives pure
    Gale–Church length alignment). ``band`` fixes the half-width of the DP
    band; by default it starts at :data:`MIN_BAND` and widens as needed.
    ``length`` is the pair's length model (``language_pair(...).length``). ``anchors``: the
    texts' anchors already extracted (one sequence per side: lists of
    :func:`~mtqa.align.anchors.anchors_of`, packed or not (:func:`~mtqa.align.anchors.packed`), or
    :class:`~mtqa.align.anchors.AnchorStore` objects).

    Every index of both sequences appears in exactly one link, links are in
    order and never empty on both sides.
    """
    _check_beads(beads)
    n, m = len(source), len(target)
    if n == 0 or m == 0:
        return _null_links(n, m)
    if band is None and min(n, m) > ANCHORED_ABOVE:
        return _align_between(source, target, similarity, beads, length, anchors)
    cost = _SentenceCosts(source, target, similarity, beads, length,
                          ([unpacked(a) for a in anchors[0]], [unpacked(a) for a in anchors[1]]) if anchors else None)
    steps, _ = _banded(cost, cost.beads, [len(t) for t in source], [len(t) for t in target],
                       band, MIN_BAND)
    return _links(steps)


ANCHORED_ABOVE = 400
"""Sequences longer than this on both sides are cut at sure pairs first (long feeds without keys)."""
MIN_SURE_SUPPORT = 2
"""Anchors (numbers, names) a sure pair must share that occur nowhere else on either side."""
MAX_KEY_REPEATS = 4
"""An anchor repeated more often than this (a recurring name) ties nothing."""
MAX_BAND_BETWEEN = 16
"""Half-width at which the band stops growing between sure pairs (items a feed moved further are
reported unmatched rather than searched for over the whole matrix)."""


def sure_pairs(source: Sequence[str], target: Sequence[str],
               anchors: Optional[tuple[list[Anchors], list[Anchors]]] = None) -> list[tuple[int, int]]:
    """Pairs (i, j) that can only be translations of each other, in increasing order of both.

    A number or a name that occurs as many times (at most
    :data:`MAX_KEY_REPEATS`) in the source texts as in the target texts ties
    its k-th source text to its k-th target text; a pair tied by at least
    :data:`MIN_SURE_SUPPORT` such anchors, each the other's only strongly tied
    partner, is taken as sure. The longest chain of them increasing on both
    sides is kept (a pair out of order is a coincidence or a moved item, left
    to the DP). The stretches between two sure pairs are searched again the
    same way, counting anchors inside the stretch only: a name that recurs
    across a long feed (and so tied nothing) is often unique between two
    neighbouring sure pairs. Repeated until no stretch yields a new pair, so
    sure pairs end up a few texts apart and the DP between them is small.
    Cost: one anchor extraction per text (``anchors``: already extracted, one
    list per side) and, per round, a pass over the anchors of the stretches
    still open, whatever the lengths.
    """
    if anchors is None:
        anchors = ([extract_anchors(t) for t in source], [extract_anchors(t) for t in target])
    src_keys, tgt_keys = _sure_keys(anchors[0]), _sure_keys(anchors[1])
    out: list[tuple[int, int]] = []
    open_ = [(0, len(source), 0, len(target))]
    while open_:
        i0, i1, j0, j1 = open_.pop()
        chain = _tied(src_keys, tgt_keys, i0, i1, j0, j1)
        out.extend(chain)
        bounds = [(i0 - 1, j0 - 1)] + chain + [(i1, j1)]
        if chain:
            open_.extend((a0 + 1, a1, b0 + 1, b1) for (a0, b0), (a1, b1) in zip(bounds, bounds[1:])
                         if a1 - a0 > 2 and b1 - b0 > 2)  # two texts or more on each side
    return sorted(out)


def _sure_keys(anchors: Sequence[Anchors]) -> list[tuple[str, ...]]:
    """The anchors of each text that can tie a sure pair: numbers of two digits or more, names of three
    letters or more.

    The keys are the anchors' own strings, not copies, each once (a number's key is digits only and
    a name's starts with a letter, so the two kinds never meet), in a tuple: a long feed's texts
    are all held at once, and :func:`_tied` reads a text's keys in any order to the same pairs. An
    :class:`~mtqa.align.anchors.AnchorStore` gives them without building each text's anchors."""
    if isinstance(anchors, AnchorStore):
        found = (anchors.keys(k) for k in range(len(anchors)))
    else:
        found = ((a.numbers, a.names) for a in anchors)
    return [tuple([k for k in numbers if len(k) >= 2] + [k for k in names if len(k) >= 3])
            for numbers, names in found]


def _tied(src_keys: list[tuple[str, ...]], tgt_keys: list[tuple[str, ...]], i0: int, i1: int, j0: int,
          j1: int) -> list[tuple[int, int]]:
    """Sure pairs of source[i0:i1] with target[j0:j1], anchors counted inside these ranges only."""
    from collections import Counter

    def positions(all_keys, lo, hi) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for pos in range(lo, hi):
            for k in all_keys[pos]:
                out.setdefault(k, []).append(pos)
        return out

    src_at, tgt_at = positions(src_keys, i0, i1), positions(tgt_keys, j0, j1)
    support: Counter = Counter()
    for k, where in src_at.items():
        there = tgt_at.get(k)
        if there is not None and len(where) == len(there) <= MAX_KEY_REPEATS:
            support.update(zip(where, there))
    strong = [(i, j) for (i, j), c in support.items() if c >= MIN_SURE_SUPPORT]
    per_src, per_tgt = Counter(i for i, _ in strong), Counter(j for _, j in strong)
    candidates = sorted((i, j) for i, j in strong if per_src[i] == 1 and per_tgt[j] == 1)
    return _increasing_chain(candidates)


def _increasing_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest subsequence of ``pairs`` (sorted by i, distinct i) with increasing j (patience sorting)."""
    tails: list[int] = []  # tails[L]: smallest j ending a chain of length L+1
    tail_at: list[int] = []
    parent = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[pos], tail_at[pos] = j, k
        parent[k] = tail_at[pos - 1] if pos else -1
    chain = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        chain.append(pairs[k])
        k = parent[k]
    return chain[::-1]


def _align_between(source: Sequence[str], target: Sequence[str], similarity: Optional[Similarity],
                   beads: Sequence[tuple[int, int]], length: Optional["LengthModel"] = None,
                   anchors: Optional[tuple[list[Anchors], list[Anchors]]] = None) -> list[Link]:
    """Cut both sequences at their sure pairs (:func:`sure_pairs`) and align the stretches between
    them separately (each pair starts a stretch), on anchors extracted once per text."""
    if anchors is None:  # extracted outside the shared caches (a long feed has more texts than they hold)
        first = AnchorStore()
        anchors = (first, AnchorStore(like=first))
        for store, texts in zip(anchors, (source, target)):
            for text in texts:
                store.add(text)
    cuts = sure_pairs(source, target, anchors)
    links: list[Link] = []
    bounds = [(0, 0)] + [c for c in cuts if c != (0, 0)] + [(len(source), len(target))]
    last = len(bounds) - 2
    for k, ((i0, j0), (i1, j1)) in enumerate(zip(bounds, bounds[1:])):
        a, b = i1 - i0, j1 - j0
        if not a or not b:
            links.extend(Link(tuple(i0 + k for k in link.source), tuple(j0 + k for k in link.target),
                              link.confidence) for link in _null_links(a, b))
            continue
        # the band may stop growing, but never below what the stretch's own imbalance needs; the
        # first and last stretches (items added or dropped at either end of a feed) are not capped
        cap = None if k in (0, last) else MAX_BAND_BETWEEN + abs(a - b)
        start = MIN_BAND + abs(a - b)  # wide enough for every item the stretch adds or drops
        # a cost table per stretch (memory stays that of one stretch), on the anchors extracted above
        costs = _SentenceCosts(source[i0:i1], target[j0:j1], similarity, beads, length,
                               ([unpacked(a) for a in anchors[0][i0:i1]], [unpacked(a) for a in anchors[1][j0:j1]]))
        steps, _ = _banded(costs, costs.beads, costs.src_len, costs.tgt_len, None, start, cap)
        links.extend(_links(steps, i0, j0))
    return links


MOVED_WINDOW = 3
"""How far (in positions) from where its aligned neighbours' partners put it a text left unmatched
by the alignment looks for a moved partner (:func:`repair_moves`)."""
MOVED_EVIDENCE = 5.0
"""Anchor log-odds (nats, :func:`~mtqa.align.anchors.anchor_evidence`) a moved pair must reach. On
the first half of the Potet feed items (1,813 items of title and body), 98 % of true pairs reach
it and 2.6 % of items paired with one of their next four neighbours (the same story, often the
same names); a true pair was the best of its window (three items either side) for 1,811 items."""


def repair_moves(links: Iterable[Link], source: Sequence[str], target: Sequence[str],
                 length: Optional[LengthModel] = None,
                 anchors: Optional[tuple[Sequence[Anchors], Sequence[Anchors]]] = None
                 ) -> list[tuple[int, int, float]]:
    """The pairs (i, j, confidence) of an alignment made of 1-1, 1-0 and 0-1 links, with the texts
    whose order differs (two neighbours swapped, one item moved a few places) paired again.

    An order-preserving alignment leaves such a text alone (a 1-0 link), or pairs it with a
    neighbour's partner when that was the only partner left in order. A text has a window on the
    other side: the positions within :data:`MOVED_WINDOW` of where its aligned neighbours'
    partners are. A source text left alone is paired with the best target text of its window
    (highest anchor evidence) when it is that text's best source over its own window too, that
    evidence reaches :data:`MOVED_EVIDENCE`, and their 1-1 bead costs less than leaving both
    alone; if the target was paired with a source it ties less, that source is left alone and
    gets its own turn. The confidence of a new pair is the probability of its 1-1 bead against
    the two null beads, from the same costs. Cost: a few comparisons per lone text. ``anchors``:
    the texts' anchors as :func:`align_sequences` was given them (else extracted, cached).
    ``links`` are read once, in order, before anything else (a caller may let each go as it is read).
    """
    from collections import deque

    model = length or default_length()
    n, m = len(source), len(target)
    src_partner, tgt_partner = [-1] * n, [-1] * m
    pair_of: dict[int, tuple[int, float]] = {}  # target -> (source, confidence)
    lone: deque[int] = deque()
    for link in links:
        if len(link.source) > 1 or len(link.target) > 1:
            raise ValueError("repair_moves takes 1-1, 1-0 and 0-1 links only")
        if link.source and link.target:
            i, j = link.source[0], link.target[0]
            src_partner[i], tgt_partner[j] = j, i
            pair_of[j] = (i, link.confidence)
        elif link.source:
            lone.append(link.source[0])
    if lone:
        src_window, tgt_window = _windows(src_partner, m), _windows(tgt_partner, n)
        evidence_at: dict[tuple[int, int], float] = {}

        if anchors is not None:
            # a store builds a text's anchors each time it is asked: the recent ones are kept (a lone
            # text is compared with the few texts of its window, and its neighbours with the same)
            src_anchor = functools.lru_cache(maxsize=64)(lambda i: unpacked(anchors[0][i]))
            tgt_anchor = functools.lru_cache(maxsize=64)(lambda j: unpacked(anchors[1][j]))
        else:
            src_anchor, tgt_anchor = (lambda i: extract_anchors(source[i])), (lambda j: extract_anchors(target[j]))

        def evidence(i: int, j: int) -> float:
            if (i, j) not in evidence_at:
                evidence_at[i, j] = evidence_of(src_anchor(i), tgt_anchor(j))
            return evidence_at[i, j]

        null = -math.log(BEAD_PRIOR[ONE_ZERO]) - math.log(BEAD_PRIOR[ZERO_ONE])
        while lone:
            i = lone.popleft()
            near = src_window(i)
            if not near:
                continue
            j = max(near, key=lambda j: evidence(i, j))  # the first best on a tie
            best = evidence(i, j)
            if best < MOVED_EVIDENCE or max(tgt_window(j), key=lambda k: evidence(k, j)) != i:
                continue
            current = pair_of.get(j)
            if current is not None and evidence(current[0], j) >= best:
                continue
            cost = (-math.log(BEAD_PRIOR[ONE_ONE]) + length_cost(len(source[i]), len(target[j]), model)
                    - ANCHOR_SCALE * best)
            if cost >= null:
                continue
            if current is not None:  # a pairing the order forced: that source is left alone
                lone.append(current[0])
            pair_of[j] = (i, round(1.0 / (1.0 + math.exp(cost - null)), 4))
    return sorted((i, j, confidence) for j, (i, confidence) in pair_of.items())


def _windows(partner: list[int], size: int) -> Callable[[int], list[int]]:
    """For a text of one side, the positions of the other side (``size`` of them) within
    :data:`MOVED_WINDOW` of where the partners of its nearest aligned neighbours are."""
    n = len(partner)
    before, after = [-1] * n, [size] * n
    last = -1
    for i in range(n):
        before[i] = last
        if partner[i] >= 0:
            last = partner[i]
    last = size
    for i in range(n - 1, -1, -1):
        after[i] = last
        if partner[i] >= 0:
            last = partner[i]

    def window(i: int) -> list[int]:
        lo, hi = before[i] + 1, after[i] - 1  # the slot between the neighbours' partners
        near = set(range(max(0, lo - MOVED_WINDOW), min(size, lo + MOVED_WINDOW + 1)))
        near.update(range(max(0, hi - MOVED_WINDOW), min(size, hi + MOVED_WINDOW + 1)))
        return sorted(near)

    return window


def align_groups(source: Sequence[Sequence[str]], target: Sequence[Sequence[str]], *,
                 similarity: Optional[Similarity] = None,
                 beads: Sequence[tuple[int, int]] = DEFAULT_BEADS,
                 length: Optional[LengthModel] = None) -> list[tuple[Link, list[Link]]]:
    """Align groups (paragraphs) of texts, then the texts inside matched groups.

    A group bead costs what the best sentence alignment inside it costs, plus
    a group prior. Scoring paragraphs by their sentences, not by their total
    length, is what keeps a paragraph with one omitted sentence paired with
    its translation instead of being split into a 1-0 and a 0-1.

    Returns, in order, ``(group link, sentence links)`` where the group link
    indexes groups and the sentence links index the texts of the
    concatenated groups (source texts of all groups in order, likewise target).
    A sentence link's confidence is its posterior within its group, or, for
    the sentences of an unmatched group, the group's posterior. (Multiplying
    by the group posterior would undersell it: rival paragraph groupings,
    say 1-1 + 1-1 against 2-2, usually imply the same sentence links.)
    """
    _check_beads(beads)
    costs = _SentenceCosts([t for g in source for t in g], [t for g in target for t in g],
                           similarity, beads, length)
    return _grouped(costs, source, target)[0]


def align_fenced(source: Sequence[Sequence[str]], target: Sequence[Sequence[str]], *,
                 similarity: Optional[Similarity] = None,
                 beads: Sequence[tuple[int, int]] = DEFAULT_BEADS,
                 length: Optional[LengthModel] = None) -> list[Link]:
    """Sentence links over the concatenated groups, using groups as fences where they agree.

    Paragraph fences help only where both sides are paragraphed alike. When
    the paragraph-constrained alignment has anything but 1-1 links, the
    sentences are also aligned with no fences. Wherever the two alignments
    part ways, the unfenced one is taken if it is cheaper by more than
    :data:`FENCE_MARGIN` nats: there the paragraphing disagrees (a boundary
    moved by a sentence, say). Deciding region by region keeps one bad
    boundary from discarding the fences of a whole long document.
    """
    _check_beads(beads)
    flat_src = [t for g in source for t in g]
    flat_tgt = [t for g in target for t in g]
    costs = _SentenceCosts(flat_src, flat_tgt, similarity, beads, length)
    groups, fenced = _grouped(costs, source, target)
    if not flat_src or not flat_tgt or all(g.kind is LinkKind.ONE_ONE for g, _ in groups) and all(
            di == 1 and dj == 1 for _, _, di, dj, _ in fenced):
        return _links(fenced)
    unfenced, _ = _banded(costs, costs.beads, costs.src_len, costs.tgt_len, None, MIN_BAND)
    return _links(_splice(costs, fenced, unfenced, FENCE_MARGIN))


def _splice(costs: _SentenceCosts, preferred: list[Step], other: list[Step],
            margin: float) -> list[Step]:
    """Merge two paths: between the cells both pass through, keep ``preferred``
    unless ``other`` is cheaper there by more than ``margin``."""
    def cost(steps: list[Step]) -> float:
        return sum(costs(i, j, costs.beads.index((di, dj))) for i, j, di, dj, _ in steps)

    common = {(i, j) for i, j, *_ in preferred} & {(i, j) for i, j, *_ in other}
    out: list[Step] = []
    a = b = 0
    while a < len(preferred):
        # Both paths are at the same cell here; advance each to the next shared cell.
        a_end, b_end = a + 1, b + 1
        while a_end < len(preferred) and preferred[a_end][:2] not in common:
            a_end += 1
        while b_end < len(other) and other[b_end][:2] not in common:
            b_end += 1
        mine, theirs = preferred[a:a_end], other[b:b_end]
        if mine != theirs and cost(theirs) + margin < cost(mine):
            out.extend(theirs)
        else:
            out.extend(mine)
        a, b = a_end, b_end
    return out


def _grouped(costs: _SentenceCosts, source: Sequence[Sequence[str]],
             target: Sequence[Sequence[str]]) -> tuple[list[tuple[Link, list[Link]]], list[Step]]:
    """align_groups over shared sentence costs; also returns the sentence
    path (steps over the concatenated texts)."""
    beads = costs.beads
    src_start = _cumulative(len(g) for g in source)
    tgt_start = _cumulative(len(g) for g in target)
    null_src = costs.prior[beads.index(ONE_ZERO)]
    null_tgt = costs.prior[beads.index(ZERO_ONE)]
    group_prior = [-math.log(GROUP_PRIOR[b]) for b in beads]
    memo: dict[tuple[int, int, int], float] = {}

    def inner_cost(i: int, j: int, k: int) -> float:
        key = (i, j, k)
        if key not in memo:
            di, dj = beads[k]
            i0, i1 = src_start[i], src_start[i + di]
            j0, j1 = tgt_start[j], tgt_start[j + dj]
            if i0 == i1 or j0 == j1:
                memo[key] = (i1 - i0) * null_src + (j1 - j0) * null_tgt
            else:
                memo[key] = costs.best_cost(i0, i1, j0, j1)
        return memo[key]

    def group_cost(i: int, j: int, k: int) -> float:
        return group_prior[k] + inner_cost(i, j, k)

    n, m = len(source), len(target)
    if n == 0 or m == 0:
        steps = [(i, 0, 1, 0, 1.0) for i in range(n)] + [(0, j, 0, 1, 1.0) for j in range(m)]
    else:
        src_lens = [sum(len(t) + 1 for t in g) for g in source]
        tgt_lens = [sum(len(t) + 1 for t in g) for g in target]
        steps, _ = _banded(group_cost, beads, src_lens, tgt_lens, None, MIN_GROUP_BAND)
    out = []
    path: list[Step] = []
    for i, j, di, dj, p in steps:
        glink = Link(tuple(range(i, i + di)), tuple(range(j, j + dj)), round(p, 4))
        i0, i1 = src_start[i], src_start[i + di]
        j0, j1 = tgt_start[j], tgt_start[j + dj]
        if i0 == i1 or j0 == j1:
            sub_steps = [(i0 + a, j0, 1, 0, p) for a in range(i1 - i0)]
            sub_steps += [(i1, j0 + b, 0, 1, p) for b in range(j1 - j0)]
        else:
            window = _SubCosts(costs, i0, j0)
            local, _ = _banded(window, beads, costs.src_len[i0:i1], costs.tgt_len[j0:j1],
                               None, MIN_BAND)
            sub_steps = [(i0 + a, j0 + b, da, db, q) for a, b, da, db, q in local]
        path.extend(sub_steps)
        out.append((glink, _links(sub_steps)))
    return out, path


class _SubCosts:
    """A window onto shared sentence costs, with local indices."""

    def __init__(self, costs: _SentenceCosts, i0: int, j0: int):
        self.costs, self.i0, self.j0 = costs, i0, j0

    def __call__(self, i: int, j: int, k: int) -> float:
        return self.costs(self.i0 + i, self.j0 + j, k)
