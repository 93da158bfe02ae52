"""CPU seconds spent in each check over a .jsonl corpus, in one process.

Usage: .venv/bin/python bench/check_costs.py FILE.jsonl [--warm OTHER.jsonl] [--top 30] [--repeat]

Runs ``mtqa.api.run`` over FILE (French source, English target) with every
default check and charges each check's calls with the thread's CPU time
(``time.thread_time_ns``: CPU, not wall, so the figures hold on a loaded
machine). ``--warm`` first runs another file through the same context and
forgets its costs: with another system's output of the same sources it
leaves the word tables loaded and the sources analysed, as in the middle of
a long run, so what is printed is the steady per-segment cost.

A check's first calls also pay for what it loads (a table, a dictionary):
compare two checkouts on the same file, not one check with another. A
segment check is charged only for the segments that pass its ``screen``
(``SegmentCheck.screen``): the screen itself runs in ``check_pair``, outside
every check, so compare whole runs' CPU too.
``--repeat`` calls every check a second time on the same segment (or document), at once, and
prints that call's cost beside the first one's (column ``again``): every analysis the check
memoises is then in memory, so ``again`` is what the check costs beyond what it reads from the
run's shared analyses (a text's words, its votes, the per-word facts of ``Evidence.select``), and
the difference is the first reading of those. It bounds what sharing one more analysis among
checks can save: a check cannot cost less than ``again`` by reading a memo. The second call must
find the same issues (a check that does not is named, and the script exits 1). The first calls'
figures are those of a run without ``--repeat``.
``bench/wmt14.py`` writes the WMT14 files (``bench/out/wmt14.<system>.jsonl``).
"""
from __future__ import annotations

import argparse
import collections
import gc
import sys
import time
from typing import Optional

from mtqa.api import run
from mtqa.compiled import freeze_loaded_tables
from mtqa.config import Config
from mtqa.context import Context
from mtqa.readers.jsonl import read_jsonl


GC = "(gc)"
"""The line of the cyclic garbage collector's time: a collection runs inside whichever check happens to
allocate when the threshold is reached (a middle-generation one can take a quarter of a second), so its
time is taken out of that check and shown on its own line."""


def _timed(ctx: Context, cost: collections.Counter, again: Optional[collections.Counter] = None,
           differ: Optional[set] = None) -> None:
    clock = time.thread_time_ns
    collecting = [0, 0]  # start of the collection under way, nanoseconds spent collecting so far

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            collecting[0] = clock()
        else:
            collecting[1] += clock() - collecting[0]

    gc.callbacks.append(on_gc)
    for chk in ctx.checks:
        def wrapped(*args, _check=chk.check, _code=chk.code):
            start, collected = clock(), collecting[1]
            out = list(_check(*args))
            in_gc = collecting[1] - collected
            cost[_code] += clock() - start - in_gc
            cost[GC] += in_gc
            if again is not None:  # --repeat: the same call with every memo of the check filled
                start, collected = clock(), collecting[1]
                second = list(_check(*args))
                in_gc = collecting[1] - collected
                again[_code] += clock() - start - in_gc
                cost[GC] += in_gc
                if second != out:
                    differ.add(_code)
            return out
        object.__setattr__(chk, "check", wrapped)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file")
    ap.add_argument("--warm", help="a .jsonl run first, its costs not counted")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--repeat", action="store_true", help="call each check twice and print the second call's cost")
    args = ap.parse_args()
    freeze_loaded_tables()  # as the mtqa command does for its process (the (gc) line is then the command's)
    ctx = Context(Config())
    cost: collections.Counter = collections.Counter()
    again: Optional[collections.Counter] = collections.Counter() if args.repeat else None
    differ: set = set()
    _timed(ctx, cost, again, differ)
    if args.warm:
        for _ in run(read_jsonl(args.warm, source_lang="fr", target_lang="en"), ctx):
            pass
        cost.clear()
        if again is not None:
            again.clear()
    start = time.process_time()
    pairs = sum(len(r.pair.target.segments) for r in run(read_jsonl(args.file, source_lang="fr", target_lang="en"), ctx))
    seconds = time.process_time() - start
    checks = sum(cost.values()) / 1e9
    print(f"{pairs:,} pairs: {seconds:.2f} CPU s ({pairs / seconds:,.0f} pairs per CPU second), "
          f"{checks:.2f} s in checks (of which {cost[GC] / 1e9:.2f} s collecting garbage, line {GC})")
    if again is not None:
        print(f"(the CPU figure includes the second calls; {sum(again.values()) / 1e9:.2f} s of them: column again)")
    for code, ns in cost.most_common(args.top):
        second = f"   again {again[code] / 1e9:6.2f} s" if again is not None and code != GC else ""
        print(f"{code:6s} {ns / 1e9:7.2f} s {100 * ns / 1e9 / checks:5.1f} %{second}")
    if differ:
        sys.exit(f"check_costs: a second call on the same input found other issues: {', '.join(sorted(differ))}")


if __name__ == "__main__":
    main()
