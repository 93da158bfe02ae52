"""mtqa against pofilter and a regex floor, interleaved in one session on the same pairs.

Usage: .venv/bin/python bench/compare_speed.py [--data DIR] [--systems 8] [--rounds 3] [--select CODES]
       [--checkout NAME=DIR] [--checkout-workers NAME=DIR]

Builds the 8 WMT14 fr-en system outputs (3,003 segment pairs each, 24,024 in
all) as one .jsonl file and the same (source, MT) pairs as one PO file under
bench/out/, then runs, round after round and in a rotating order so that the
machine's drift falls on every contestant alike:

- ``mtqa check`` serial, JSON lines to /dev/null;
- ``mtqa check --workers 2``;
- translate-toolkit's ``pofilter`` (its default checks) on the PO file;
- the floor: a Python process that reads the .jsonl and regex-tokenises both
  sides, i.e. what any checker must pay before checking anything.

Each run is a whole child process (start-up included), timed by wall clock;
the table gives the median pairs/s of each and the median of the per-round
ratios (ratios taken within a round, so a busy machine moves both sides).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from throughput import build
from wmt14 import OUT, ROOT, data_dir, refuse

CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
"""Children may use bytecode caches, as installed tools do."""

FLOOR = r"""
import json, re, sys
word = re.compile(r"\w+|[^\w\s]")
n = 0
with open(sys.argv[1], encoding="utf-8") as fh:
    for line in fh:
        rec = json.loads(line)
        n += len(word.findall(rec["source"])) + len(word.findall(rec["target"]))
print(n)
"""


def _po_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\n", "\\n") + '"'


def build_po(jsonl: Path) -> Path:
    """The same (source, MT) pairs as PO units; msgctxt keeps repeated sources distinct."""
    path = jsonl.with_suffix(".po")
    if path.exists() and path.stat().st_mtime >= jsonl.stat().st_mtime:
        return path
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with open(jsonl, encoding="utf-8") as fh, open(tmp, "w", encoding="utf-8") as out:
        out.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n')
        for line in fh:
            rec = json.loads(line)
            out.write(f"msgctxt {_po_string(str(rec['doc']) + '#' + str(rec['id']))}\n"
                      f"msgid {_po_string(rec['source'])}\nmsgstr {_po_string(rec['target'])}\n\n")
    os.replace(tmp, path)
    return path


def timed(cmd: list[str], cwd: Path = ROOT) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=CHILD_ENV)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"bench: {' '.join(cmd[:4])} ... failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data")
    ap.add_argument("--systems", type=int, default=8)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--select", default="", help="restrict mtqa to these codes")
    ap.add_argument("--skip", default="", help="comma-separated contestants to leave out (e.g. workers2)")
    ap.add_argument("--checkout", action="append", default=[], metavar="NAME=DIR",
                    help="also run mtqa serial from another checkout (e.g. before=/tmp/mtqa-main), same session")
    ap.add_argument("--checkout-workers", action="append", default=[], metavar="NAME=DIR",
                    help="also run mtqa --workers 2 from another checkout, same session")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    jsonl, pairs = build(data_dir(args.data), args.systems)
    po = build_po(jsonl)
    pofilter = shutil.which("pofilter", path=str(Path(sys.executable).parent)) or shutil.which("pofilter")
    if not pofilter:
        refuse("bench: pofilter not found (pip install translate-toolkit)")
    mtqa = [sys.executable, "-m", "mtqa", "check", str(jsonl), "--format", "jsonl", "-o", os.devnull]
    if args.select:
        mtqa += ["--select", args.select]
    contestants = {
        "mtqa": mtqa,
        "workers2": mtqa + ["--workers", "2"],
        "pofilter": [pofilter, "--progress=none", str(po), str(OUT / "pofilter.out.po")],
        "floor": [sys.executable, "-c", FLOOR, str(jsonl)],
    }
    folders: dict[str, Path] = {}
    for spec, way in [(s, []) for s in args.checkout] + [(s, ["--workers", "2"]) for s in args.checkout_workers]:
        name, _, folder = spec.partition("=")
        contestants[name] = [sys.executable, "-m", "mtqa", *mtqa[3:], *way]
        folders[name] = Path(folder).resolve()  # run from there: ``-m`` imports the package of the working folder
    for name in filter(None, args.skip.split(",")):
        contestants.pop(name, None)
    names = list(contestants)
    seconds: dict[str, list[float]] = {n: [] for n in names}
    for r in range(args.rounds):
        order = names[r % len(names):] + names[:r % len(names)]
        for name in order:
            seconds[name].append(timed(contestants[name], folders.get(name, ROOT)))
        print(f"round {r + 1}: " + ", ".join(f"{n} {seconds[n][-1]:.2f} s" for n in names), flush=True)

    print(f"\n{pairs:,} (source, MT) pairs, {args.rounds} interleaved rounds"
          f"{', mtqa --select ' + args.select if args.select else ''}")
    print(f"{'run':10s} {'median s':>9s} {'pairs/s':>9s}  " + "  ".join(f"{'/' + n:>10s}" for n in names))
    for a in names:
        med = statistics.median(seconds[a])
        ratios = [statistics.median(b_s / a_s for a_s, b_s in zip(seconds[a], seconds[b])) for b in names]
        print(f"{a:10s} {med:9.2f} {pairs / med:9,.0f}  " + "  ".join(f"{x:10.2f}" for x in ratios))
    print("(ratio column /X = speed relative to X, i.e. X's time / this run's time, median over rounds)")
    (OUT / "compare_speed.json").write_text(json.dumps({"pairs": pairs, "seconds": seconds}) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
