"""CPU seconds of the name checks' shared analyses over a .jsonl corpus, measured without a profiler.

Usage: .venv/bin/python bench/name_costs.py FILE.jsonl [--warm OTHER.jsonl]

Runs ``mtqa.api.run`` over FILE (French source, English target) with every default check, and charges
each analysis listed in :data:`STAGES` with the thread's CPU time of its calls (inclusive: a stage that
calls another is charged for both; a memoised function is charged for its hits too, which cost a dict
lookup, and the timing itself: column ``net`` leaves out the stage's own timing). ``--warm`` first runs another file through the same context and forgets its costs (another
system's output of the same sources: the sources analysed, the word tables loaded).

Why not the sampling profile (``bench/cpu_profile.py``): its collapsed stacks are read per line, and a
Python loop over a text's words shows as the hot spot of a name reader where the per-word tests it
guards cost the time (a regex that yields only the capitalised words of WMT14's 3,003 sources took
0.12-0.17 s against 0.05-0.07 s for the plain split it would replace). Before moving an analysis, time
it here: the figures are what a change can save at most.
"""
from __future__ import annotations

import argparse
import collections
import importlib
import time

import checkout  # noqa: F401  (this checkout's mtqa first: bench/checkout.py)
from mtqa.api import run
from mtqa.compiled import freeze_loaded_tables
from mtqa.config import Config
from mtqa.context import Context
from mtqa.readers.jsonl import read_jsonl

STAGES = (
    # (module, attribute as its callers look it up, label): a stage called from two modules has a row for each,
    # under one label
    ("mtqa.names.analysis", "_analyse", "T101 document name analysis (all)"),
    ("mtqa.names.analysis", "segment_mentions", "  target mentions (segment_mentions)"),
    ("mtqa.names.analysis", "looks_like_source", "  untranslated screen (looks_like_source)"),
    ("mtqa.names.analysis", "_judge", "  verdicts (_judge)"),
    ("mtqa.names.analysis", "clusters", "  clusters"),
    ("mtqa.checks.names", "segment_mentions", "T103/T104 source mentions"),
    ("mtqa.checks.name_swaps.swap_readers", "swaps_of", "T106/T110 swaps (swaps_of)"),
    ("mtqa.checks.name_swaps.replaced_throughout", "swaps_of", "T106/T110 swaps (swaps_of)"),
    ("mtqa.checks.name_swaps.swap_readers", "names_written", "  every name written (names_written)"),
    ("mtqa.checks.name_swaps.lost_names", "names_written", "  every name written (names_written)"),
    ("mtqa.checks.name_swaps.lost_names", "_read_names_written", "    first reading (_read_names_written)"),
    ("mtqa.checks.name_swaps.lost_names", "_SourceNameWords", "      source name words (_SourceNameWords)"),
    ("mtqa.checks.name_swaps.swap_readers", "_read_swaps", "  first reading (_read_swaps)"),
    ("mtqa.checks.name_swaps.swap_readers", "_replaced_in_place", "T106 names replaced in place"),
    ("mtqa.checks.name_swaps.swap_readers", "name_alignment", "  word alignment (name_alignment)"),
    ("mtqa.checks.name_swaps.swap_readers", "lost_of", "  lost names (lost_of)"),
    ("mtqa.checks.name_swaps.lost_names", "lost_of", "  lost names (lost_of)"),
    ("mtqa.checks.name_swaps.swap_readers", "_in_name_place", "  word in a lost name's place (_in_name_place)"),
    ("mtqa.checks.name_swaps.translated_as_words", "_may_name_as_words", "T105 source screen (_may_name_as_words)"),
    ("mtqa.checks.exonyms", "_respellable_words", "T201 respellable source words"),
    ("mtqa.checks.exonyms", "present_runs", "T201 table screen (present_runs)"),
)


def _charged(fn, label: str, cost: collections.Counter, calls: collections.Counter):
    def timed(*args, **kwargs):
        start = time.thread_time_ns()
        try:
            return fn(*args, **kwargs)
        finally:
            cost[label] += time.thread_time_ns() - start
            calls[label] += 1

    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--warm", help="a .jsonl run first through the same context; its costs are not counted")
    args = parser.parse_args()

    cost: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()
    for module, attr, label in STAGES:
        mod = importlib.import_module(module)
        setattr(mod, attr, _charged(getattr(mod, attr), label, cost, calls))
    freeze_loaded_tables()  # as the mtqa command does for its process
    ctx = Context(Config())
    if args.warm:
        for _ in run(read_jsonl(args.warm, source_lang="fr", target_lang="en"), ctx):
            pass
        cost.clear()
        calls.clear()
    overhead = _overhead(cost, calls)
    start = time.process_time()
    pairs = sum(len(r.pair.target.segments) for r in run(read_jsonl(args.file, source_lang="fr", target_lang="en"), ctx))
    seconds = time.process_time() - start
    print(f"{pairs:,} pairs: {seconds:.2f} CPU s; timing a call costs {overhead * 1e6:.2f} us "
          f"(column net: less that for the stage's own calls)")
    for label in dict.fromkeys(label for _, _, label in STAGES):
        spent = cost[label] / 1e9
        net = max(0.0, spent - calls[label] * overhead)
        print(f"{label:<48} {spent:7.3f} s {100 * spent / seconds:5.1f} %  net {net:7.3f} s  "
              f"{calls[label]:>7,} calls")


def _overhead(cost: collections.Counter, calls: collections.Counter) -> float:
    """Seconds that :func:`_charged` adds to one call (two reads of the thread's CPU clock and two counts: 1-5 us
    on this machine, measured at the start): on a stage asked 96,000 times (most of them memo hits of ~1.8 us)
    it is most of the figure."""
    probe = _charged(lambda: None, "(probe)", cost, calls)
    start = time.thread_time_ns()
    for _ in range(20_000):
        probe()
    spent = (time.thread_time_ns() - start) / 1e9 / 20_000
    del cost["(probe)"], calls["(probe)"]
    return spent


if __name__ == "__main__":
    main()
