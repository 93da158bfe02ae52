"""Thread CPU of the name-swap checks (T105, T106, T107, T110: ``mtqa/checks/name_swaps.py``) over a .jsonl corpus.

Usage: .venv/bin/python bench/swap_costs.py FILE.jsonl [--all] [--rounds N] [--out JSON] [--codes A401,A206,...]

Runs ``mtqa.api.run`` over FILE (French source, English target) with the name-swap checks alone (``--all``:
every default check, as a real run shares its analyses) and charges each check class's ``check`` with the
thread's CPU time of its call, its issues drained inside the timing (a generator's work is done when it is
iterated). Each round runs FILE through a fresh :class:`~mtqa.context.Context` (every run memo cold), after
one untimed warm-up round over FILE's first ``--warm-docs`` documents (tables loaded and compiled). Prints the seconds per check and round, and their
median over the rounds.

Why: the whole-run ratios of ``farm-bench`` on a loaded 2-core host are noise below ~5 %, and the name-swap
checks are ~14 % of a run. For an A/B of two checkouts, run this script from each tree alternately
(``bench/checkout.py`` puts the script's own tree first) and compare the medians, or use ``--out`` and
``bench/swap_ab.py``. ``--codes`` times other checks the same way (any registered codes; their sum is
``timed`` instead of ``swaps``): the figures, numbers, fragments and nonwords checks of issue 14 are
``--codes A401,A402,A403,A206,F104,F201,F301,A101,A102,F401,L101,L102,L103,L104,L105,L106``.
"""
from __future__ import annotations

import argparse
import itertools
import json
import statistics
import time

import checkout  # noqa: F401  (this checkout's mtqa first: bench/checkout.py)
from mtqa.api import run
from mtqa.compiled import freeze_loaded_tables
from mtqa.config import Config
from mtqa.context import Context
from mtqa.readers.jsonl import read_jsonl

CODES = ("T105", "T106", "T107", "T110")


def _timed(cls, cost: dict):
    fn = cls.check
    code = cls.code

    def check(self, *args):
        start = time.thread_time_ns()
        found = list(fn(self, *args))
        cost[code] = cost.get(code, 0) + time.thread_time_ns() - start
        return found

    cls.check = check


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--all", action="store_true", help="every default check, not the name-swap checks alone")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--warm-docs", type=int, default=200, help="documents of FILE in the untimed first round")
    parser.add_argument("--out", help="append the round's figures as a JSON line to this file")
    parser.add_argument("--codes", help="comma-separated check codes to time instead of the name-swap checks")
    args = parser.parse_args()

    from mtqa.checks.registry import REGISTRY, all_checks

    all_checks()  # every family imported: its classes registered
    codes = tuple(args.codes.split(",")) if args.codes else CODES
    total = "timed" if args.codes else "swaps"
    cost: dict = {}
    for code in codes:
        _timed(REGISTRY[code], cost)
    freeze_loaded_tables()
    config = Config() if args.all else Config(select=codes)
    rounds = []
    for r in range(args.rounds + 1):
        cost.clear()
        ctx = Context(config)
        start = time.thread_time()
        docs = read_jsonl(args.file, source_lang="fr", target_lang="en")
        n = sum(1 for _ in run(itertools.islice(docs, args.warm_docs) if r == 0 else docs, ctx))
        whole = time.thread_time() - start
        if r == 0:
            continue  # warm-up: tables loaded and compiled
        figures = {c: cost.get(c, 0) / 1e9 for c in codes}
        figures[total] = sum(figures[c] for c in codes)
        figures["run"] = whole
        rounds.append(figures)
        print(f"round {r}: {n} docs, run {whole:.2f} s, {total} {figures[total]:.3f} s "
              + " ".join(f"{c} {figures[c]:.3f}" for c in codes), flush=True)
        if args.out:
            with open(args.out, "a") as fh:
                fh.write(json.dumps(figures) + "\n")
    print("median: " + " ".join(f"{k} {statistics.median(f[k] for f in rounds):.3f}" for k in rounds[0]))


if __name__ == "__main__":
    main()
