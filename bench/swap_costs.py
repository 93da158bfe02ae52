"""Thread CPU of a family of checks (default: the name-swap checks T105, T106, T107, T110 of
``mtqa/checks/name_swaps/``) over a .jsonl corpus.

Usage: .venv/bin/python bench/swap_costs.py FILE.jsonl [--all] [--rounds N] [--out JSON]
       [--codes T101,T103,... | --family names] [--funcs MODULE:ATTR,...]

Runs ``mtqa.api.run`` over FILE (French source, English target) with the timed checks alone (``--all``:
every default check, as a real run shares its analyses) and charges each check class's ``check`` with the
thread's CPU time of its call, its issues drained inside the timing (a generator's work is done when it is
iterated). ``--codes`` names the checks to time (``--family names``: the name checks T101-T104, T109,
T201, T202, L301); ``--funcs`` times functions too, as their callers look them up (``MODULE:ATTR``:
``mtqa.checks.source_leak:copied_capitals``, the part of A205 that reads capitalised words). A function's
time is also inside its caller's check: the ``sum`` column adds the checks only. Each round runs FILE through a fresh :class:`~mtqa.context.Context` (every run memo cold), after
one untimed warm-up round over FILE's first ``--warm-docs`` documents (tables loaded and compiled). Prints the seconds per check and round, and their
median over the rounds.

Why: the whole-run ratios of ``farm-bench`` on a loaded 2-core host are noise below ~5 %, and the name-swap
checks are ~14 % of a run. For an A/B of two checkouts, run this script from each tree alternately
(``bench/checkout.py`` puts the script's own tree first) and compare the medians, or use ``--out`` and
``bench/swap_ab.py``.
"""
from __future__ import annotations

import argparse
import importlib
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
FAMILIES = {
    "swaps": CODES,
    "names": ("T101", "T102", "T103", "T104", "T109", "T201", "T202", "L301"),
}
"""Families of checks timed together: ``swaps`` (``mtqa/checks/name_swaps/``), ``names`` (the spelling,
altered-name, first-name, demonym, exonym and honorific checks, which read the shared name analysis of
``mtqa/names``)."""


def _drained(fn, label: str, cost: dict):
    """``fn`` charging ``cost[label]`` with the thread CPU of each call, its results drained in the timing."""

    def timed(*args, **kwargs):
        start = time.thread_time_ns()
        found = list(fn(*args, **kwargs))
        cost[label] = cost.get(label, 0) + time.thread_time_ns() - start
        return found

    return timed


def _timed(cls, cost: dict):
    cls.check = _drained(cls.check, cls.code, cost)


def _timed_function(spec: str, cost: dict) -> None:
    module, _, attr = spec.partition(":")
    mod = importlib.import_module(module)
    setattr(mod, attr, _drained(getattr(mod, attr), attr, cost))


def timed_rounds(args, config: Config, cost: dict, totals, labels) -> None:
    """Run ``args.file`` through mtqa ``args.rounds`` + 1 times, each in a fresh Context (the first round over
    ``args.warm_docs`` documents, untimed: tables loaded and compiled), with ``cost`` charged by the timed
    checks; print each round's seconds per label and the ``totals(figures)`` it adds, append them to
    ``args.out`` as a JSON line, then print their medians. Shared by this script and ``leak_costs.py``."""
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
        figures = {c: cost.get(c, 0) / 1e9 for c in labels}
        added = totals(figures)
        figures.update(added, run=whole)
        rounds.append(figures)
        print(f"round {r}: {n} docs, run {whole:.2f} s, " + ", ".join(f"{k} {v:.3f} s" for k, v in added.items())
              + " " + " ".join(f"{c} {figures[c]:.3f}" for c in labels), flush=True)
        if args.out:
            with open(args.out, "a") as fh:
                fh.write(json.dumps(figures) + "\n")
    print("median: " + " ".join(f"{k} {statistics.median(f[k] for f in rounds):.3f}" for k in rounds[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--all", action="store_true", help="every default check, not the name-swap checks alone")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--warm-docs", type=int, default=200, help="documents of FILE in the untimed first round")
    parser.add_argument("--out", help="append the round's figures as a JSON line to this file")
    parser.add_argument("--codes", help="comma-separated check codes to time (default: the name-swap checks)")
    parser.add_argument("--family", choices=sorted(FAMILIES), help="time a family of checks (see FAMILIES)")
    parser.add_argument("--funcs", default="", help="comma-separated MODULE:ATTR functions to time as well")
    args = parser.parse_args()

    from mtqa.checks import registry

    codes = tuple(args.codes.split(",")) if args.codes else FAMILIES[args.family or "swaps"]
    cost: dict = {}
    for code in codes:
        _timed(registry.get(code), cost)
    funcs = [f for f in args.funcs.split(",") if f]
    for spec in funcs:
        _timed_function(spec, cost)
    labels = codes + tuple(f.partition(":")[2] for f in funcs)
    freeze_loaded_tables()
    config = Config() if args.all else Config(select=codes)
    timed_rounds(args, config, cost, lambda figures: {"sum": sum(figures[c] for c in codes)}, labels)

if __name__ == "__main__":
    main()
