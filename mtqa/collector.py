"""The cyclic garbage collector's policy while checking: collect seldom, since a run's survivors are its caches.

A run keeps many small objects alive on purpose (the bounded memo of analyses, the word caches), so
what survives the collector's young generation during a run is those caches filling up, and each
collection walks them for nothing (see :func:`fewer_collections` for the figures).
"""
from __future__ import annotations

import contextlib
import gc
import threading

RUN_GC_THRESHOLD = 500_000
"""Allocations between two young-generation collections of the cyclic garbage collector during a run
(Python's default is 700)."""


@contextlib.contextmanager
def fewer_collections():
    """Run the cyclic garbage collector less often while checking.

    A run keeps many small objects alive on purpose (the bounded memo of analyses, the word caches),
    and with Python's default thresholds every full collection walks all of them again: on the 24,024
    WMT14 pairs, 9 full collections cost 1.8 s of CPU in a 20 s run (measured with ``gc.callbacks``).
    Reference cycles are rare (over 6,006 pairs the collector freed 359 objects in all), so collecting
    young objects every 500,000 allocations (:data:`RUN_GC_THRESHOLD`) instead of 700 holds garbage a
    little longer (bounded by the threshold) and cuts the collector's cost to about a tenth. The
    previous thresholds are restored when the run ends.

    A first threshold of 50,000 cut the collections' cost by about two thirds, but the 24,024 WMT14
    pairs still saw 9 young collections, 0.28-0.29 s of the collector's CPU (``gc.callbacks``), which
    freed no object at all: what survives a run's young generation is its caches filling up, walked
    for nothing. At 500,000 there is one, 0.17-0.19 s, peak resident memory unchanged (225.6 MB
    against 225.7 MB).

    Runs may overlap (a caller stepping through two systems' :func:`mtqa.api.run` generators together): the
    threshold is raised when the first starts and the caller's put back when the last ends, whatever order
    they end in.
    """
    with _LOCK:
        if not _RUNS[0]:
            _RUNS[1] = previous = gc.get_threshold()  # the caller's thresholds, put back by the last run to end
            if previous[0] and previous[0] < RUN_GC_THRESHOLD:  # 0: collection disabled; higher: the caller's choice
                gc.set_threshold(RUN_GC_THRESHOLD, *previous[1:])
        _RUNS[0] += 1
    try:
        yield
    finally:
        with _LOCK:
            _RUNS[0] -= 1
            if not _RUNS[0]:
                gc.set_threshold(*_RUNS[1])


_LOCK = threading.Lock()
_RUNS: list = [0, None]
"""Runs going on, and the thresholds the caller had before the first of them started."""


def collect_seldom_for_good() -> None:
    """Keep the run's threshold for the rest of the process (the ``mtqa`` command, whose process is its own).

    Why: :func:`fewer_collections` restores the previous threshold when the run ends, and with it the
    young generation allocated since the last collection (up to ``RUN_GC_THRESHOLD`` objects) is walked
    at the very next allocation: on the 24,024 WMT14 pairs that one collection was the run's only one,
    0.17 s of CPU that freed nothing (``gc.callbacks``), just before the command exits. A program that
    calls :func:`mtqa.api.run` itself keeps its own thresholds, restored after each run. A threshold
    already higher, or the collector turned off, is left as it is.
    """
    threshold = gc.get_threshold()
    if 0 < threshold[0] < RUN_GC_THRESHOLD:
        gc.set_threshold(RUN_GC_THRESHOLD, *threshold[1:])
