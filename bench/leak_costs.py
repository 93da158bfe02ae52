"""Thread CPU of the language-evidence path (``mtqa/evidence.py`` and the checks that read it) over a .jsonl corpus.

Usage: .venv/bin/python bench/leak_costs.py FILE.jsonl [--rounds N] [--out JSON] [--warm-docs N]

Runs ``mtqa.api.run`` over FILE (French source, English target) with every default check (the evidence is
shared: whichever check first asks a text's split, votes or per-word facts pays for them, so the checks are
timed together in a real run) and charges each check class's ``check`` of the evidence readers (A201-A206,
F101, F201, A501, A209, plus :func:`mtqa.evidence.read_source_votes`, the first reading of A201 and A205) with
the thread's CPU time of its call, its issues drained inside the timing. Each round runs FILE through a fresh
:class:`~mtqa.context.Context` (every run memo cold) after one untimed warm-up round over FILE's first
``--warm-docs`` documents. Prints seconds per reader and round: ``leak`` (A201-A205 and the first reading),
``evidence`` (every reader timed), ``run`` (the whole round), and their medians.

Why: whole-run ratios of ``farm-bench`` on a loaded 2-core host are noise below ~5 %; the evidence path is
~25 % of a run. For an A/B of two checkouts run this script from each tree alternately (``bench/checkout.py``
puts the script's own tree first: copy it into the other tree's ``bench/`` to time that one) and compare the
medians of the rounds.
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
from swap_costs import _timed  # each check class's check charged with its thread CPU, issues drained

LEAK = ("A201", "A202", "A203", "A205", "read_source_votes")
OTHERS = ("A204", "A206", "F101", "F201", "A501", "A209")
MODULES = ("source_leak", "untranslated", "fragments", "glued", "nonwords", "false_friends", "other_language")


def _timed_reading(cost: dict) -> None:
    """Time :func:`read_source_votes` where the checks declare it (the plan reads the class attribute)."""
    from mtqa import evidence
    from mtqa.checks import source_leak

    fn = evidence.read_source_votes

    def reading(text, ctx):
        start = time.thread_time_ns()
        fn(text, ctx)
        cost["read_source_votes"] = cost.get("read_source_votes", 0) + time.thread_time_ns() - start

    for cls in (source_leak.SourceLanguageSegment, source_leak.UntranslatedWord):
        cls.first_readings = tuple(reading if r is fn else r for r in cls.first_readings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--warm-docs", type=int, default=200, help="documents of FILE in the untimed first round")
    parser.add_argument("--out", help="append each round's figures as a JSON line to this file")
    args = parser.parse_args()

    cost: dict = {}
    for name in MODULES:
        module = importlib.import_module(f"mtqa.checks.{name}")
        for cls in vars(module).values():
            if isinstance(cls, type) and cls.__module__ == module.__name__ and getattr(cls, "code", "") in LEAK + OTHERS:
                _timed(cls, cost)
    _timed_reading(cost)
    from mtqa.langid import detect

    detect("Le conseil municipal a voté le budget de la ville mardi soir.")  # its profiles loaded untimed (A201)
    freeze_loaded_tables()
    rounds = []
    for r in range(args.rounds + 1):
        cost.clear()
        ctx = Context(Config())
        start = time.thread_time()
        docs = read_jsonl(args.file, source_lang="fr", target_lang="en")
        n = sum(1 for _ in run(itertools.islice(docs, args.warm_docs) if r == 0 else docs, ctx))
        whole = time.thread_time() - start
        if r == 0:
            continue  # warm-up: tables loaded and compiled
        figures = {c: cost.get(c, 0) / 1e9 for c in LEAK + OTHERS}
        figures["leak"] = sum(figures[c] for c in LEAK)
        figures["evidence"] = sum(figures[c] for c in LEAK + OTHERS)
        figures["run"] = whole
        rounds.append(figures)
        print(f"round {r}: {n} docs, run {whole:.2f} s, leak {figures['leak']:.3f} s, evidence {figures['evidence']:.3f} s "
              + " ".join(f"{c} {figures[c]:.3f}" for c in LEAK + OTHERS), flush=True)
        if args.out:
            with open(args.out, "a") as fh:
                fh.write(json.dumps(figures) + "\n")
    print("median: " + " ".join(f"{k} {statistics.median(f[k] for f in rounds):.3f}" for k in rounds[0]))


if __name__ == "__main__":
    main()
