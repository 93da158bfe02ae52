"""Choosing the default pass threshold from data.

Usage: .venv/bin/python bench/threshold.py [--data DIR]

Scores every newstest2014 document (176) for the human reference and the 8
systems with the default checks, prints score percentiles and the share of
documents passing at candidate thresholds. The default threshold should let
(almost) every human reference document pass while failing the documents
that carry real damage.
"""
from __future__ import annotations

import argparse
import statistics

from wmt14 import data_dir, systems, write_jsonl

import checkout  # noqa: F401  (this checkout's mtqa first: bench/checkout.py)
from mtqa.api import run
from mtqa.config import Config
from mtqa.context import Context
from mtqa.readers.jsonl import read_jsonl

CANDIDATES = (80, 85, 90, 92, 95, 97, 98)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data")
    args = ap.parse_args()
    wmt = data_dir(args.data)
    config = Config(fail_on=None, threshold=0)
    ctx = Context(config)
    print(f"{'system':20s} {'min':>6s} {'p1':>6s} {'p5':>6s} {'median':>6s}  " + " ".join(f"pass@{t}" for t in CANDIDATES))
    for name, target in systems(wmt).items():
        path = write_jsonl(wmt, name, target)
        scores = sorted(r.score for r in run(read_jsonl(str(path), source_lang="fr", target_lang="en"), ctx))
        q = statistics.quantiles(scores, n=100)
        share = [sum(s >= t for s in scores) / len(scores) for t in CANDIDATES]
        print(f"{name:20s} {scores[0]:6.1f} {q[0]:6.1f} {q[4]:6.1f} {statistics.median(scores):6.1f}  "
              + " ".join(f"{100 * s:6.1f}" for s in share))


if __name__ == "__main__":
    main()
