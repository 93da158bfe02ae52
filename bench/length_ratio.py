"""Calibrate the length-ratio bounds of A303/A304 on human translations.

Usage: .venv/bin/python bench/length_ratio.py [--data DIR] [--low 0.1] [--high 99.9]

Reads the line-aligned French/English WMT news test sets 2008-2013 in
../shared/data/newstest-fren-2008-2015/ (newstest2014, the evaluation set of
bench/wmt_flags.py, is held out), computes the character-length ratio
len(English) / len(French) of every pair, and prints, per bin of French
length, the --low and --high percentiles as the ``[length_ratio]`` table of
mtqa/data/pairs/fr-en.toml. It also reports how many newstest2014 pairs the
bounds would flag, as a check on the held-out year.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "newstest-fren-2008-2015"
CALIBRATION = ["news-test2008", "newssyscomb2009", "newstest2009", "newstest2010",
               "newstest2011", "newstest2012", "newstest2013"]
HELD_OUT = ["newstest2014"]
# Upper ends of the French-length bins (characters); the last bin is open.
EDGES = [30, 60, 100, 150, 220, 320]


def pairs(folder: Path, sets: list[str]) -> tuple[np.ndarray, np.ndarray]:
    src, tgt = [], []
    for name in sets:
        fr = (folder / f"{name}.fr").read_text(encoding="utf-8").split("\n")
        en = (folder / f"{name}.en").read_text(encoding="utf-8").split("\n")
        for a, b in zip(fr, en):
            a, b = a.strip(), b.strip()
            if a:
                src.append(len(a))
                tgt.append(len(b))
    return np.array(src, float), np.array(tgt, float)


def bins(src: np.ndarray, tgt: np.ndarray, low: float, high: float) -> list[tuple[int, float, float, int]]:
    out = []
    lo_edge = 0
    for hi_edge in EDGES + [10**9]:
        mask = (src >= lo_edge) & (src < hi_edge)
        ratio = tgt[mask] / src[mask]
        out.append((hi_edge, float(np.percentile(ratio, low)), float(np.percentile(ratio, high)), int(mask.sum())))
        lo_edge = hi_edge
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default=str(DEFAULT))
    ap.add_argument("--low", type=float, default=0.1)
    ap.add_argument("--high", type=float, default=99.9)
    args = ap.parse_args()
    folder = Path(args.data)
    src, tgt = pairs(folder, CALIBRATION)
    table = bins(src, tgt, args.low, args.high)
    print(f"# {len(src)} pairs from {', '.join(CALIBRATION)}; percentiles {args.low}/{args.high}")
    print("bins = [")
    for hi_edge, lo, hi, n in table:
        print(f"  [{hi_edge if hi_edge < 10**9 else 100000}, {lo:.3f}, {hi:.3f}],  # {n} pairs")
    print("]")
    hs, ht = pairs(folder, HELD_OUT)
    flagged = 0
    for s, t in zip(hs, ht):
        for hi_edge, lo, hi, _ in table:
            if s < hi_edge:
                flagged += not (lo <= t / s <= hi)
                break
    print(f"# held-out {HELD_OUT[0]}: {flagged} of {len(hs)} pairs outside the bounds "
          f"({100 * flagged / len(hs):.2f} per 100)")


if __name__ == "__main__":
    main()
