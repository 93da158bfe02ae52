"""Throughput and peak memory of ``mtqa check`` on the WMT14 system outputs.

Usage: .venv/bin/python bench/throughput.py [--data DIR] [--systems N] [--select CODES]

Concatenates N of the 8 WMT14 fr-en system outputs (3,003 segment pairs each,
with sources, one document per newstest document) into one .jsonl file under
bench/out/, then runs the real CLI on it in a child process writing JSON
lines to /dev/null, and prints segment pairs per second and the child's peak
resident memory. Running it with N=1 and N=8 shows whether memory grows with
corpus size (it should not: documents are streamed one at a time).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time

from wmt14 import OUT, ROOT, data_dir, systems, write_jsonl


def build(wmt, count: int):
    """The first ``count`` system outputs as one .jsonl file under bench/out/ (made if missing: it is not in
    a fresh clone, and compare_speed.py and parallel.py call this too), and its number of pairs.

    Written to a file of this process's own and moved into place: each run rebuilds the file, and another
    bench (or an mtqa run of it) reading it at that moment read a half-written file ("invalid JSON")."""
    names = [n for n in systems(wmt) if n != "reference"][:count]
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"wmt14.systems{count}.jsonl"
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    pairs = 0
    try:
        with open(tmp, "w", encoding="utf-8") as out:
            for name in names:
                src = write_jsonl(wmt, name, systems(wmt)[name])
                for line in open(src, encoding="utf-8"):
                    rec = json.loads(line)
                    rec["doc"] = f"{name}/{rec['doc']}"
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    pairs += 1
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path, pairs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data")
    ap.add_argument("--systems", type=int, default=8)
    ap.add_argument("--select", default="")
    args = ap.parse_args()
    wmt = data_dir(args.data)
    path, pairs = build(wmt, args.systems)
    cmd = [sys.executable, "-m", "mtqa", "check", str(path), "--format", "jsonl", "-o", "/dev/null"]
    if args.select:
        cmd += ["--select", args.select]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.exit(f"mtqa failed: {proc.stderr.strip()}")
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{args.systems} system(s), {pairs} segment pairs: {elapsed:.1f} s, "
          f"{pairs / elapsed:,.0f} pairs/s (incl. start-up), peak RSS {peak_mb:.0f} MB"
          f"{' select=' + args.select if args.select else ''}")


if __name__ == "__main__":
    main()
