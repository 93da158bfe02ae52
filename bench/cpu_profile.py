"""Where an ``mtqa`` command spends its CPU, sampled by CPU time, not wall time.

Usage: .venv/bin/python bench/cpu_profile.py [--interval MS] [--out FILE] [--top N] -- ARGS...

Runs ``mtqa ARGS`` (``python -m mtqa ARGS`` as one process, this checkout's code) with a
sampler that the kernel wakes every ``--interval`` milliseconds of the process's CPU time
(``ITIMER_PROF``); each sample records the Python stack. It prints the functions with the
largest shares, inclusive and self, and writes the samples as collapsed stacks
(``frame;frame;... count``, one stack a line: flame graph tools read it) to ``--out``.

Why not py-spy: py-spy samples at intervals of wall time, and a process waiting for a CPU
on a loaded host is sampled wherever it was stopped. On the shared 2-core host of stop 42
(load 7-9) a py-spy record of the 24,024 WMT14 pairs put 4.2 % of its samples in
``numbers._word_before``, which takes 0.02 s of the run's 10 s (7,542 calls, timed); here
a process waiting for a CPU uses no CPU time and draws no sample, so the shares are those
of CPU time whatever the host's load.

How to read it: Python runs a signal's handler between bytecodes, so the time of a long
C call (a regex search, a ``re.split``) is charged to the line where the handler next
runs, usually the next call in the same function: functions' shares are right, a line's
may hold the C call just before it. Sampling costs ~1 % at the default interval.
"""
from __future__ import annotations

import argparse
import collections
import os
import re
import signal
import sys
import time

import checkout  # noqa: F401  (this checkout's mtqa first: bench/checkout.py)

ROOT = str(checkout.ROOT)


def _frame_name(frame) -> str:
    code = frame.f_code
    path = code.co_filename
    path = os.path.relpath(path, ROOT) if path.startswith(ROOT + os.sep) else os.path.basename(path)
    return f"{code.co_name} ({path}:{frame.f_lineno})"


class Sampler:
    """Collapsed stacks of the main thread, one sample per ``interval`` seconds of process CPU time."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.stacks: collections.Counter = collections.Counter()

    def _sample(self, signum, frame) -> None:
        names = []
        while frame is not None:
            names.append(_frame_name(frame))
            frame = frame.f_back
        self.stacks[";".join(reversed(names))] += 1

    def __enter__(self) -> "Sampler":
        self._previous = signal.signal(signal.SIGPROF, self._sample)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)
        return self

    def __exit__(self, *exc) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, self._previous)


_LINE = re.compile(r":\d+\)$")


def shares(stacks: collections.Counter) -> tuple[int, collections.Counter, collections.Counter]:
    """(samples, inclusive, self): per function (``name (file)``, lines merged), the samples whose stack
    holds it (once per stack, however deep the recursion) and those where it is the innermost frame."""
    total = 0
    inclusive: collections.Counter = collections.Counter()
    own: collections.Counter = collections.Counter()
    for stack, n in stacks.items():
        total += n
        frames = [_LINE.sub(")", f) for f in stack.split(";")]
        for name in set(frames):
            inclusive[name] += n
        own[frames[-1]] += n
    return total, inclusive, own


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--interval", type=float, default=1.0, help="milliseconds of CPU time between samples")
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "out", "cpu_profile.txt"),
                    help="collapsed stacks written here")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("args", nargs=argparse.REMAINDER, help="-- then the mtqa command's arguments")
    args = ap.parse_args(argv)
    mtqa_args = args.args[1:] if args.args[:1] == ["--"] else args.args
    if not mtqa_args:
        ap.error("give the mtqa command's arguments after --")

    from mtqa import regexcache

    regexcache.install()  # as ``python -m mtqa`` does before its first import
    from mtqa.cli import main as mtqa_main

    sys.argv = ["mtqa", *mtqa_args]
    cpu = time.process_time()
    status = 0
    with Sampler(args.interval / 1000) as sampler:
        try:
            mtqa_main()
        except SystemExit as exc:
            status = exc.code
    cpu = time.process_time() - cpu
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        for stack, n in sorted(sampler.stacks.items()):
            fh.write(f"{stack} {n}\n")
    total, inclusive, own = shares(sampler.stacks)
    out = sys.stderr
    print(f"mtqa exit status {status}; {cpu:.2f} s of CPU, {total} samples; stacks in {args.out}", file=out)
    for title, table in (("inclusive", inclusive), ("self", own)):
        print(f"== {title}", file=out)
        for name, n in table.most_common(args.top):
            print(f"{100 * n / max(total, 1):5.1f} % {name}", file=out)


if __name__ == "__main__":
    main()
