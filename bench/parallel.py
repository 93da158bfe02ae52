"""Serial vs ``--workers 2`` vs a Dask LocalCluster of 2 workers, and what the parent pays.

Usage: .venv/bin/python bench/parallel.py [--data DIR] [--systems N] [--rounds R] [--no-dask]

Builds the WMT14 corpus of ``bench/throughput.py`` (N systems), then runs,
interleaved for R rounds in this one process (serial, local workers, Dask,
serial, ...), the library path the CLI takes, rendering JSON lines to
/dev/null. For each way it prints the median wall time, pairs/s and the
ratio to serial, and for the parallel ways the parent's own CPU time
(``time.process_time``: reading, sending batches, merging results,
rendering) next to what reading and rendering alone cost in a serial run,
so the merge cost is visible. Parallel results are checked to be
byte-identical to the serial output.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import build  # noqa: E402
from wmt14 import data_dir  # noqa: E402

from mtqa.api import run  # noqa: E402
from mtqa.config import Config  # noqa: E402
from mtqa.context import Context, build_checks  # noqa: E402
from mtqa.distributed import run_parallel  # noqa: E402
from mtqa.readers import open_pairs  # noqa: E402
from mtqa.renderers import renderer_class  # noqa: E402
from mtqa.renderers.base import RunInfo, render  # noqa: E402


def _render(results, config) -> str:
    stream = io.StringIO()
    info = RunInfo(config, [c.code for c in build_checks(config)])
    render(renderer_class("jsonl")(stream, info), results)
    return hashlib.sha1(stream.getvalue().encode()).hexdigest()


def _timed(make_results, config) -> tuple[float, float, str]:
    wall, cpu = time.perf_counter(), time.process_time()
    digest = _render(make_results(), config)
    return time.perf_counter() - wall, time.process_time() - cpu, digest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data")
    ap.add_argument("--systems", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-dask", action="store_true")
    args = ap.parse_args()
    path, pairs = build(data_dir(args.data), args.systems)
    config = Config()
    ctx = Context(config)
    _render(run(open_pairs(str(path), config), ctx), config)  # warm the serial tables once
    ways = {
        "serial": lambda: run(open_pairs(str(path), config), ctx),
        "read+render only": lambda: ((_Unchecked(p)) for p in open_pairs(str(path), config)),
        "--workers 2": lambda: run_parallel(open_pairs(str(path), config), config, workers=2),
    }
    cluster = None
    if not args.no_dask:
        from dask.distributed import LocalCluster

        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        ways["dask LocalCluster 2"] = lambda: run_parallel(open_pairs(str(path), config), config,
                                                          scheduler=cluster.scheduler_address)
        _render(ways["dask LocalCluster 2"](), config)  # the workers load their tables once, like a pool's
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in ways}
    digests: dict[str, set] = {name: set() for name in ways}
    try:
        for _ in range(args.rounds):
            for name, make in ways.items():
                wall, cpu, digest = _timed(make, config)
                times[name].append((wall, cpu))
                digests[name].add(digest)
    finally:
        if cluster is not None:
            cluster.close()
    base = statistics.median(w for w, _ in times["serial"])
    print(f"{pairs} segment pairs, {args.rounds} interleaved rounds, medians (the tables already loaded):")
    print(f"{'way':24} {'wall s':>8} {'pairs/s':>9} {'vs serial':>10} {'parent cpu s':>13}")
    for name, runs in times.items():
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        print(f"{name:24} {wall:8.2f} {pairs / wall:9,.0f} {base / wall:9.2f}x {cpu:13.2f}")
    same = all(digests[n] == digests["serial"] for n in ways if n != "read+render only")
    print("parallel output identical to serial:", "yes" if same else "NO")


class _Unchecked:
    """A result with no issues: reading and rendering without checking, the floor of the parent's work."""

    def __new__(cls, pair):
        from mtqa.model import DocumentResult

        return DocumentResult(pair, [], 0.0, pair.target.words, 100.0, True)


if __name__ == "__main__":
    main()
