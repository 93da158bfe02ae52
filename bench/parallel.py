"""``mtqa check`` serial vs ``--workers 2`` vs ``--scheduler`` (a Dask LocalCluster of 2 workers).

Usage: .venv/bin/python bench/parallel.py [--data DIR] [--systems N] [--rounds R] [--no-dask]

Builds the WMT14 corpus of ``bench/throughput.py`` (N systems), starts a
LocalCluster of 2 single-threaded worker processes (kept warm between
rounds, as a cluster is), then runs the real CLI in child processes,
interleaved for R rounds (serial, workers, Dask, serial, ...), each writing
JSON lines to a file. Prints, per way, the median wall time, pairs/s, the
ratio to serial, and the CPU of the CLI process and its children (for
``--workers`` that includes the workers; for Dask, the CPU the cluster's
workers used during the run, asked of each worker, is added). Checks that the
three reports are byte-identical.
"""
from __future__ import annotations

import argparse
import hashlib
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import build  # noqa: E402
from wmt14 import OUT, ROOT, data_dir  # noqa: E402


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(args: list[str], out: Path) -> tuple[float, float, str]:
    cmd = [sys.executable, "-m", "mtqa", "check", *args, "--format", "jsonl", "-o", str(out)]
    cpu, wall = _cpu(), time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    if proc.returncode not in (0, 1):
        sys.exit(f"mtqa failed: {proc.stderr.strip()}")
    return wall, cpu, hashlib.sha1(out.read_bytes()).hexdigest()


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _cluster_cpu(client) -> float:
    """CPU seconds the cluster's worker processes have used so far (asked of each worker)."""
    return sum(client.run(_own_cpu).values())


def _per_round(runs: dict, a: str, b: str) -> float:
    """Median over rounds of a's wall time / b's in the same round (a busy machine moves both)."""
    return statistics.median(x[0] / y[0] for x, y in zip(runs[a], runs[b]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data")
    ap.add_argument("--systems", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-dask", action="store_true")
    args = ap.parse_args()
    path, pairs = build(data_dir(args.data), args.systems)
    ways = {"serial": [str(path)], "--workers 2": [str(path), "--workers", "2"]}
    cluster = None
    if not args.no_dask:
        from dask.distributed import LocalCluster

        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        ways["--scheduler (2 workers)"] = [str(path), "--scheduler", cluster.scheduler_address]
        _run(ways["--scheduler (2 workers)"], OUT / "parallel.warm.jsonl")  # a cluster's workers stay warm
    runs: dict[str, list] = {name: [] for name in ways}
    client = None
    if cluster is not None:
        from dask.distributed import Client

        client = Client(cluster)
    try:
        for _ in range(args.rounds):
            for name, way in ways.items():
                before = _cluster_cpu(client) if name.startswith("--scheduler") else 0.0
                wall, cpu, digest = _run(way, OUT / f"parallel.{len(runs[name]) % 2}.{name[:3].strip('-')}.jsonl")
                if name.startswith("--scheduler"):  # the workers are not the CLI's children: add their CPU
                    cpu += _cluster_cpu(client) - before
                runs[name].append((wall, cpu, digest))
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    base = statistics.median(r[0] for r in runs["serial"])
    print(f"{pairs} segment pairs, {args.rounds} interleaved rounds, whole CLI processes, medians:")
    print(f"{'way':26} {'wall s':>8} {'pairs/s':>9} {'vs serial':>10} {'per round':>10} "
          f"{'cpu s (process+workers)':>26}")
    for name, rs in runs.items():
        wall = statistics.median(r[0] for r in rs)
        cpu = statistics.median(r[1] for r in rs)
        print(f"{name:26} {wall:8.2f} {pairs / wall:9,.0f} {base / wall:9.2f}x {_per_round(runs, 'serial', name):9.2f}x "
              f"{cpu:26.2f}")
    dask = next((name for name in runs if name.startswith("--scheduler")), None)
    if dask:  # the done-when line: a LocalCluster of 2 within 10 % of --workers 2
        print(f"Dask vs --workers 2 (wall, median of per-round ratios): {_per_round(runs, dask, '--workers 2'):.2f}x "
              "(above 1: Dask slower)")
    digests = {r[2] for rs in runs.values() for r in rs}
    print("reports identical:", "yes" if len(digests) == 1 else f"NO ({len(digests)} different)")


if __name__ == "__main__":
    main()
