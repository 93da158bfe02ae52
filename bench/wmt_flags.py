"""Calibration: flags per 100 segments per check on WMT14 reference vs systems.

Usage: .venv/bin/python bench/wmt_flags.py [--select A,L1] [--systems reference,rbmt1] [--tag T]

Runs mtqa over the human reference and the 8 systems of newstest2014 fr-en
(3,003 segments each, with sources), prints one row per check with flags
per 100 segments for each, and writes every flag to bench/out/flags[.TAG].<name>.tsv
so they can be read and judged. The human reference should draw almost none.
"""
from __future__ import annotations

import argparse
import collections
import csv
import time

from wmt14 import OUT, data_dir, systems, write_jsonl

from mtqa.api import run
from mtqa.config import Config
from mtqa.context import Context
from mtqa.readers.jsonl import read_jsonl


def evaluate(name: str, path, config: Config, tag: str = ""):
    ctx = Context(config)
    counts: collections.Counter = collections.Counter()
    serious = 0
    segments = 0
    t0 = time.perf_counter()
    with open(OUT / f"flags.{tag + '.' if tag else ''}{name}.tsv", "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t")
        out.writerow(["line", "code", "severity", "text", "suggestion", "message", "target", "source"])
        for result in run(read_jsonl(str(path), source_lang="fr", target_lang="en"), ctx):
            segments += len(result.pair.target.segments)
            for issue in result.issues:
                counts[issue.code] += 1
                serious += issue.severity.value != "minor"
                seg = result.pair.target.segments[issue.segment]
                src = result.pair.sources_of(issue.segment)
                out.writerow([issue.line, issue.code, issue.severity.value, issue.text, issue.suggestion or "",
                              issue.message, seg.text, src[0].text if src else ""])
    elapsed = time.perf_counter() - t0
    return counts, serious, segments, elapsed, ctx.stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data")
    ap.add_argument("--select", default="")
    ap.add_argument("--ignore", default="")
    ap.add_argument("--systems", default="")
    ap.add_argument("--tag", default="", help="prefix for the flags files (bench/out/flags.TAG.NAME.tsv)")
    args = ap.parse_args()
    wmt = data_dir(args.data)
    wanted = [s for s in args.systems.split(",") if s]
    config = Config(select=tuple(c for c in args.select.split(",") if c),
                    ignore=tuple(c for c in args.ignore.split(",") if c))
    table = {}
    for name, target in systems(wmt).items():
        if wanted and name not in wanted:
            continue
        path = write_jsonl(wmt, name, target)
        counts, serious, segments, elapsed, stats = evaluate(name, path, config, args.tag)
        table[name] = (counts, serious, segments)
        print(f"{name:22s} {segments} segs  {segments / elapsed:8.0f} seg/s  "
              f"flags/100 {100 * sum(counts.values()) / segments:6.2f}  major+critical/100 {100 * serious / segments:6.2f}"
              f"  langid share {stats['langid_calls'] / max(segments, 1):.3f}", flush=True)
    codes = sorted({c for counts, _, _ in table.values() for c in counts})
    names = list(table)
    print("\nflags per 100 segments")
    print(f"{'code':6s} " + " ".join(f"{n[:9]:>9s}" for n in names))
    for code in codes:
        print(f"{code:6s} " + " ".join(f"{100 * table[n][0][code] / table[n][2]:9.2f}" for n in names))


if __name__ == "__main__":
    main()
