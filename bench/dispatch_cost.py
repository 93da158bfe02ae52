"""What running the segment checks one segment at a time costs, apart from the checks' own work: the ceiling
of any chunk-level execution model (screens run once over many joined segments).

Usage: .venv/bin/python bench/dispatch_cost.py FILE.jsonl [--chunk 1000] [--repeat 5]

Why: each segment check (or its ``screen``) is a Python call per segment, ~30 checks a segment. Running
each screen once over a chunk of segments joined by a separator, and calling a check only on the
segments its screen hit, saves at most what the per-segment path costs beyond the checks' own work. This
script measures that ceiling before anything is built, on the segments and sources ``check_pair`` gives
the checks (aligned, capped), in CPU seconds (``time.process_time``: right on a loaded host):

- ``run``: the whole run of the file (every check), for the shares below;
- ``dispatch``: ``check_pair``'s segment loop as it runs, every screen real, every check replaced by a
  generator that reports nothing (the call, the generator, ``found.extend``), best of ``--repeat``;
  ``plain calls``: the same with plain functions returning ``()``;
- each declared screen alone over every segment (how many pass); a memoised screen (``has_decimal``, the
  number checks') is timed with its memo cold each time, so its line is its first answer's cost;
- for every screen that is a compiled pattern's ``search``, and for ``\\d``, an apostrophe and a capitalised
  word: its per-segment searches against one search over each chunk of ``--chunk`` joined segments (each
  hit mapped back to its segment with ``bisect``, the search resumed at the next segment's start), and
  whether both find the same segments (a pattern that can cross the separator is named: ``MISMATCH``).

On WMT14's 24,024 pairs (stop 44, 2-core host under load): run 13-16 s; dispatch 0.26-0.30 s (~2 %), of
which 0.06 s is the generators (dispatch less plain calls); a joined search costs 1.0-1.6x the per-segment
searches: scanning the characters is the cost, not the call. So a chunk model saves at most ~2 % of the run.
"""
from __future__ import annotations

import argparse
import bisect
import re
import sys
import time
from typing import Callable, Optional

import checkout  # noqa: F401  (this checkout's mtqa first: bench/checkout.py)
from mtqa.api import align, run
from mtqa.checks.length_cap import capped
from mtqa.compiled import freeze_loaded_tables
from mtqa.config import Config
from mtqa.context import Context
from mtqa.readers.jsonl import read_jsonl

SEPARATOR = "\x00"
"""Between two joined segments: a NUL, which no text holds, no letter, digit, mark or space class matches.
No separator is safe for every pattern (``.`` and ``[^x]`` match a NUL; ``^`` and ``$`` need line ends,
which ``\\s`` crosses): each pattern's joined hits are compared with its per-segment hits."""


EXTRA_PATTERNS = {"digit": re.compile(r"\d"), "apostrophe": re.compile("['’]"),
                  "capitalised word": re.compile(r"\b[A-Z][a-z]+")}
"""Patterns timed besides the screens: a digit (the number checks' screen, ``has_decimal``), an apostrophe
(A203's) and a capitalised word (what a name check's screen would be: it hits nearly every segment)."""


def segment_hits(search: Callable, texts: list[str]) -> list[int]:
    """The indices of the texts where ``search`` finds something, one call a text."""
    return [i for i, text in enumerate(texts) if search(text) is not None]


def joined_hits(pattern: re.Pattern, texts: list[str], separator: str = SEPARATOR) -> list[int]:
    """:func:`segment_hits` of ``pattern.search`` found with searches of the texts joined by ``separator``:
    each hit is mapped back to its text by ``bisect`` over the texts' starts, and the search resumes at the
    next text's start (one hit a text is all a screen needs)."""
    starts, at = [], 0
    for text in texts:
        starts.append(at)
        at += len(text) + len(separator)
    joined = separator.join(texts)
    found, search, pos = [], pattern.search, 0
    while True:
        m = search(joined, pos)
        if m is None:
            return found
        i = bisect.bisect_right(starts, m.start()) - 1
        found.append(i)
        if i + 1 == len(starts):
            return found
        pos = starts[i + 1]


def _pattern_of(screen) -> Optional[re.Pattern]:
    """The compiled pattern whose ``search`` the screen is, else None."""
    owner = getattr(screen, "__self__", None)
    return owner if isinstance(owner, re.Pattern) and getattr(screen, "__name__", "") == "search" else None


def _views(path: str, ctx: Context) -> list[list[tuple]]:
    """Every document's (segment, sources) as ``check_pair`` hands them to the segment checks."""
    docs = []
    for pair in read_jsonl(path, source_lang="fr", target_lang="en"):
        align(pair)
        view = capped(pair, ctx.segment_cap)
        has_source = pair.source is not None
        docs.append([(s, view.sources_of(s.index) if has_source else []) for s in view.target.segments])
    return docs


def _dispatch(docs, plan_segments, check, ctx, repeat: int) -> float:
    """Best CPU seconds of ``check_pair``'s segment loop with every check replaced by ``check``: each entry of the
    plan over a document's window of segments (:data:`mtqa.api.READ_AHEAD`), each segment's findings kept apart."""
    from mtqa.api import READ_AHEAD

    checks = tuple((screen, (check,) * len(calls), needs) for screen, calls, needs in plan_segments)  # the plan's groups
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        found: list = []
        for doc in docs:
            for first in range(0, len(doc), READ_AHEAD):
                window = doc[first:first + READ_AHEAD]
                found_in = [[] for _ in window]
                for screen, calls, needs in checks:
                    for k, (segment, sources) in enumerate(window):
                        if (sources or not needs) and (screen is None or screen(segment.text)):
                            into = found_in[k].extend
                            for call in calls:
                                into(call(segment, sources, ctx))
                for issues in found_in:
                    found.extend(issues)
        best = min(best, time.process_time() - start)
    return best


def _nothing_found(segment, sources, ctx):
    return
    yield  # a generator, as the checks are


def _nothing(segment, sources, ctx):
    return ()


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file")
    ap.add_argument("--chunk", type=int, default=1000, help="segments joined for one search")
    ap.add_argument("--repeat", type=int, default=5, help="loops timed; the best is printed")
    args = ap.parse_args(argv)
    freeze_loaded_tables()
    ctx = Context(Config())
    start = time.process_time()
    for _ in run(read_jsonl(args.file, source_lang="fr", target_lang="en"), ctx):
        pass
    whole = time.process_time() - start
    docs = _views(args.file, ctx)
    texts = [segment.text for doc in docs for segment, _ in doc]
    plan = ctx.plan.segments
    print(f"{len(texts):,d} segments, {sum(len(calls) for _, calls, _ in plan)} segment checks; run {whole:.2f} s CPU")
    for label, check in (("dispatch", _nothing_found), ("plain calls", _nothing)):
        spent = _dispatch(docs, plan, check, ctx, args.repeat)
        print(f"{label:12s} {spent:7.3f} s  {100 * spent / whole:5.1f} % of the run")
    patterns = dict(EXTRA_PATTERNS)
    print("screens alone (every segment):")
    for c in ctx.segment_checks:
        if c.screen is None:
            continue
        start = time.process_time()
        passed = sum(1 for text in texts if c.screen(text))
        print(f"  {c.code}  {1000 * (time.process_time() - start):7.1f} ms  pass {passed:,d}")
        pattern = _pattern_of(c.screen)
        if pattern is not None:
            patterns[f"{c.code} screen"] = pattern
    chunks = [texts[i:i + args.chunk] for i in range(0, len(texts), args.chunk)]
    print(f"one search over {args.chunk} joined segments against a search a segment:")
    mismatched = 0
    for name, pattern in patterns.items():
        times = {}
        for how, find in (("segment", lambda c, p=pattern: segment_hits(p.search, c)),
                          ("joined", lambda c, p=pattern: joined_hits(p, c))):
            start = time.process_time()
            times[how] = ([find(chunk) for chunk in chunks], time.process_time() - start)
        same = times["segment"][0] == times["joined"][0]
        mismatched += not same
        hits = sum(map(len, times["segment"][0]))
        print(f"  {name:18s} hits {hits:7,d}  segment {1000 * times['segment'][1]:7.1f} ms  "
              f"joined {1000 * times['joined'][1]:7.1f} ms  {'same' if same else 'MISMATCH'}")
    return 1 if mismatched else 0


if __name__ == "__main__":
    sys.exit(main())
