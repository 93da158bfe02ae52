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
import time

import checkout  # noqa: F401  (this checkout's mtqa first: bench/checkout.py)
from mtqa.compiled import freeze_loaded_tables
from mtqa.config import Config
from swap_costs import _timed, timed_rounds  # each check class's check charged with its thread CPU, issues drained

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
    timed_rounds(args, Config(), cost, lambda figures: {"leak": sum(figures[c] for c in LEAK),
                                                        "evidence": sum(figures[c] for c in LEAK + OTHERS)},
                 LEAK + OTHERS)

if __name__ == "__main__":
    main()
