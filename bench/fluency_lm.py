"""Probe: does a target-side n-gram fluency term lift mtqa's reference-free system ranking?

Builds a word trigram model (interpolated absolute discounting) from English news
that none of the evaluated years uses: newstest references 2008-2011
(news-test2008, newssyscomb2009, newstest2009-2011) and the Potet post-edits.
Each system segment gets its mean per-word log-probability lp; the segment's
penalty becomes ``penalty + W * words * max(0, F - lp)`` where F is a
percentile (--floor-pct, default the median) of the newstest2013 human
reference's lp (so a human-like segment pays nothing). W is chosen on WMT13 only; WMT12 and WMT14 are reported as held out.
Uses the per-segment penalties cached by ``bench/meaning.py --tag TAG``.

Usage: .venv/bin/python bench/fluency_lm.py [--tag gate] [--weights 0,0.5,1,2,4] [--floor-pct 50]
"""
from __future__ import annotations

import argparse
import collections
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from compare_human import kendall_tau_b  # noqa: E402
from meaning import DEFAULT_DATA, OUT, human, load_rows, pairwise, read_lines, year_files  # noqa: E402

TRAIN = ("news-test2008", "newssyscomb2009", "newstest2009", "newstest2010", "newstest2011")
TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]", re.UNICODE)
D = 0.75


def toks(line: str) -> list[str]:
    return ["<s>", "<s>"] + [t.lower() for t in TOKEN.findall(line)] + ["</s>"]


class Trigram:
    def __init__(self, lines):
        self.c3, self.c2, self.c1 = collections.Counter(), collections.Counter(), collections.Counter()
        self.h2, self.h1 = collections.Counter(), collections.Counter()  # history counts
        self.n2, self.n1 = collections.Counter(), collections.Counter()  # distinct continuations
        for line in lines:
            t = toks(line)
            for i in range(2, len(t)):
                self.c3[(t[i - 2], t[i - 1], t[i])] += 1
                self.c2[(t[i - 1], t[i])] += 1
                self.c1[t[i]] += 1
        for (a, b, _c) in self.c3:
            self.n2[(a, b)] += 1
        for (a, b, c), k in self.c3.items():
            self.h2[(a, b)] += k
        for (a, b), k in self.c2.items():
            self.h1[a] += k
            self.n1[a] += 1
        self.total = sum(self.c1.values())
        self.vocab = len(self.c1) + 1

    def p1(self, w):
        return (self.c1.get(w, 0) + 0.1) / (self.total + 0.1 * self.vocab)

    def p2(self, a, w):
        h = self.h1.get(a, 0)
        if not h:
            return self.p1(w)
        return max(self.c2.get((a, w), 0) - D, 0) / h + D * self.n1[a] / h * self.p1(w)

    def p3(self, a, b, w):
        h = self.h2.get((a, b), 0)
        if not h:
            return self.p2(b, w)
        return max(self.c3.get((a, b, w), 0) - D, 0) / h + D * self.n2[(a, b)] / h * self.p2(b, w)

    def lp(self, line: str) -> float:
        t = toks(line)
        n = len(t) - 2
        return sum(math.log(self.p3(t[i - 2], t[i - 1], t[i])) for i in range(2, len(t))) / max(n, 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tag", default="gate")
    ap.add_argument("--weights", default="0,0.25,0.5,1,2,4")
    ap.add_argument("--floor-pct", type=float, default=50, help="percentile of the newstest2013 reference lp used as F")
    args = ap.parse_args()
    data = DEFAULT_DATA
    folder = data / "newstest-fren-2008-2015"
    lines = [l for s in TRAIN for l in read_lines(folder / f"{s}.en")]
    lines += read_lines(data / "potet-fren-postedit" / "pe.en")
    lm = Trigram(lines)
    ref13 = sorted(lm.lp(l) for l in read_lines(folder / "newstest2013.en"))
    floor = ref13[min(len(ref13) - 1, int(len(ref13) * args.floor_pct / 100))]
    print(f"trained on {len(lines)} sentences, {len(lm.c1)} word types; "
          f"floor F = {floor:.3f} (percentile {args.floor_pct:g} of the newstest2013 reference)")
    from mtqa.scoring.mqm import quality_score

    cache = OUT / args.tag
    years = {}
    for y in ("12", "13", "14"):
        files = year_files(data, y)
        win, judgements = human(files["pairs"])
        names = [n for n in files["systems"] if n in win]
        rows = {n: load_rows(cache / f"wmt{y}.{n}.tsv") for n in names}
        lps = {n: [lm.lp(l) for l in read_lines(files["systems"][n])] for n in names}
        years[y] = (win, judgements, names, rows, lps)
    # the language model alone, as a system score
    print("\n| weight | WMT12 τ | WMT13 τ (calibration) | WMT14 τ | WMT12 pairs sep/acc | WMT13 | WMT14 |")
    print("|---|---|---|---|---|---|---|")
    for w in (float(x) for x in args.weights.split(",")):
        cells, pcells = [], []
        for y, (win, judgements, names, rows, lps) in years.items():
            means, segs = [], {}
            for n in names:
                docs, seg = {}, {}
                for r in rows[n]:
                    lp = lps[n][r["line"] - 1]
                    pen = r["penalty"] + w * r["words"] * max(0.0, floor - lp)
                    d = docs.setdefault(r["doc"], [0.0, 0])
                    d[0] += pen
                    d[1] += r["words"]
                    seg[r["line"]] = -pen / max(r["words"], 1)
                means.append(sum(quality_score(p, k) for p, k in docs.values()) / len(docs))
                segs[n] = seg
            cells.append(f"{kendall_tau_b(means, [win[n] for n in names]):.2f}")
            cov, acc, _ = pairwise(judgements, segs)
            pcells.append(f"{cov:.0%} / {acc:.3f}")
        print(f"| {w:g} | " + " | ".join(cells) + " | " + " | ".join(pcells) + " |")
    print("\n| year | τ of the mean lp alone |")
    for y, (win, _j, names, _r, lps) in years.items():
        print(f"| WMT{y} | {kendall_tau_b([sum(lps[n]) / len(lps[n]) for n in names], [win[n] for n in names]):.2f} |")


if __name__ == "__main__":
    main()
