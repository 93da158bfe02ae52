"""``mtqa check`` serial vs ``--workers 2`` vs ``--scheduler`` (a Dask LocalCluster of 2 workers).

Usage: .venv/bin/python bench/parallel.py [--data DIR] [--systems N] [--rounds R] [--no-dask] [--dask-profile]
       [--dask-defaults] [--checkout NAME=DIR]

Builds the WMT14 corpus of ``bench/throughput.py`` (N systems), starts a
LocalCluster of 2 single-threaded worker processes in a child process, then
runs the real CLI in child processes, interleaved for R rounds (serial,
workers, Dask, serial, ...), each writing JSON lines to a file. Before each
Dask run the cluster's workers are restarted and warmed with the checks'
documented examples (a long-lived cluster is warm): a cluster kept warm
between rounds had every analysis of the same texts memoised from the round
before. Prints, per way, the median wall time, pairs/s, the ratio to serial,
and the CPU of the CLI process and its children (for ``--workers`` that
includes the workers; for Dask, the CPU the cluster's workers used during the
run, asked of each worker, is added), then each Dask worker's peak resident
memory in the last round. Checks that the reports are byte-identical. Each Dask run's line also gives its task timeline
(:func:`task_timeline`: when the first task started, when each worker's last one ended), and each worker's CPU
split between its task thread, the checking, and its other threads (:func:`threads_cpu`).
``--checkout NAME=DIR`` also runs the three
ways from another checkout (run from that folder, so ``-m mtqa`` imports its
package; its own LocalCluster is started from there too, so its workers import
it), interleaved in the same rounds.

The cluster is configured as its owner would for batch work (:data:`BATCH_SETTINGS`, the README's Dask
paragraph): Dask's statistical profiler off, and its periodic health and memory readings taken less
often. Dask's defaults suit an interactive cluster watched on its dashboard; each of their timers wakes
every worker's, nanny's and the scheduler's event loop, which on 2 cores takes its time from the
checking. The profiler samples the running task's stack 100 times a second in the worker's event-loop
thread: on mtqa's stacks about a fifth of that thread's CPU (stop 41: 0.51 of 2.6 s per worker on the
24,024 WMT14 pairs, 0.14 ms a sample). The tick (event-loop health, every 20 ms), the system monitor (every
0.5 s) and the memory monitors of workers and nannies (every 0.1 s) took, with the profiler already off,
0.29 s of each worker's event-loop thread and 0.71 s of the cluster process (scheduler and nannies) per run
of those pairs; with these settings 0.20 s and 0.54 s (stop 42: medians of 7 interleaved runs, load 6-9). ``--dask-profile``
turns the profiler back on (stop 40's setting); ``--dask-defaults`` starts the cluster with Dask's own
defaults, as stops 39-40 measured.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
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


def _run(args: list[str], out: Path, folder: Path = ROOT) -> tuple[float, float, str]:
    cmd = [sys.executable, "-m", "mtqa", "check", *args, "--format", "jsonl", "-o", str(out)]
    cpu, wall = _cpu(), time.perf_counter()
    proc = subprocess.run(cmd, cwd=folder, stderr=subprocess.PIPE, text=True)
    wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    if proc.returncode not in (0, 1):
        sys.exit(f"mtqa failed: {proc.stderr.strip()}")
    return wall, cpu, hashlib.sha1(out.read_bytes()).hexdigest()


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) the threads of process ``pid`` have used so far, its children not counted:
    for the bench's cluster process, its scheduler and nannies (the workers are the nannies' children)."""
    fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _cluster_cpu(client) -> float:
    """CPU seconds the cluster's worker processes have used so far (asked of each worker)."""
    return sum(_workers_cpu(client).values())


def _workers_cpu(client) -> dict:
    """CPU seconds each of the cluster's worker processes has used so far, by address."""
    return client.run(_own_cpu)


TASK_THREADS = "Dask-Default-Threads"
"""What the name of a Dask worker's task thread holds (``ThreadPoolExecutor`` names them ``N-Dask-Default-Threads-PID-K``)."""


def threads_cpu() -> tuple[float, float]:
    """(its task threads, its other threads): CPU seconds this process's threads have used so far, from
    ``/proc/self/task`` (asked of each Dask worker; (0, 0) off Linux).

    Why: issue 14 compared a Dask worker's busy time (the wall time its tasks took, from the task stream) with a
    forked ``--workers`` worker's CPU, and found the Dask one 0.15-0.45 s longer. Wall against CPU: on 2 cores a
    task's wall time also holds the time its thread waited for a core while the CLI process, the scheduler and
    the workers' event loops ran. Split by thread, the checking's own CPU can be set beside a forked worker's
    (stop 61b: the same, 3.8-4.0 s a worker on the 24,024 WMT14 pairs on either way), and what the event loop
    takes beside it is seen apart."""
    import threading

    task = other = 0.0
    names = {t.native_id: t.name for t in threading.enumerate()}
    try:
        tids = os.listdir("/proc/self/task")
        hz = os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, AttributeError):
        return 0.0, 0.0
    for tid in tids:
        try:
            fields = Path(f"/proc/self/task/{tid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
        except OSError:  # the thread ended meanwhile
            continue
        used = (int(fields[11]) + int(fields[12])) / hz
        if TASK_THREADS in names.get(int(tid), ""):
            task += used
        else:
            other += used
    return task, other


def _threads_split(before: dict, after: dict) -> str:
    """Each worker's task-thread and other-thread CPU between two :func:`threads_cpu` readings, by address."""
    spent = [(a[0] - before.get(w, (0.0, 0.0))[0], a[1] - before.get(w, (0.0, 0.0))[1]) for w, a in sorted(after.items())]
    return (f"task threads {'/'.join(f'{t:.2f}' for t, _ in spent)} s, "
            f"other threads {'/'.join(f'{o:.2f}' for _, o in spent)} s")


BATCH_SETTINGS = {
    "distributed.worker.profile.enabled": False,  # no stack sampling 100 times a second
    "distributed.admin.tick.interval": "1s",  # event-loop health: every second, not every 20 ms (warns at 3 s)
    "distributed.admin.system-monitor.interval": "5s",  # the dashboard's CPU/memory/network plots: every 5 s
    "distributed.worker.memory.monitor-interval": "1s",  # spill/pause/terminate thresholds: every second
}
"""Dask settings of the bench's cluster (see the module's docstring): those a cluster owner would choose for
batch work, each a plain Dask configuration value (README, Dask paragraph)."""

CLUSTER = """
import json
import sys
import dask
from dask.distributed import LocalCluster
dask.config.set(json.loads(sys.argv[1]))  # the nannies pass the configuration on to the workers they start
cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
print(cluster.scheduler_address, flush=True)
sys.stdin.read()
cluster.close()
"""


def cluster_settings(profile: bool = False, defaults: bool = False) -> dict:
    """The Dask settings of the bench's cluster: :data:`BATCH_SETTINGS`, none with ``defaults`` (Dask's own), and
    Dask's statistical profiler left on with ``profile``."""
    settings = {} if defaults else dict(BATCH_SETTINGS)
    if profile:
        settings.pop("distributed.worker.profile.enabled", None)
    return settings


def _cluster_in(folder: Path, profile: bool = False, defaults: bool = False) -> tuple[subprocess.Popen, str]:
    """A LocalCluster of 2 workers started from ``folder`` (its workers import that folder's mtqa), with
    :func:`cluster_settings` (see the module's docstring)."""
    proc = subprocess.Popen([sys.executable, "-c", CLUSTER, json.dumps(cluster_settings(profile, defaults))],
                            cwd=folder,
                            stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    return proc, proc.stdout.readline().strip()


def _peak_rss() -> tuple[float, float]:
    """(peak, current) resident memory of this process in MB (asked of each Dask worker)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        current = next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:")) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, current


def _warm_worker() -> None:
    """What a long-lived worker holds before a new corpus comes: its tables, loaded by the checks' documented
    examples, none of this corpus's texts in its caches.

    Run in a Dask worker, which imports the mtqa of the folder its cluster started in (:func:`_cluster_in`),
    so it imports nothing of ``bench/``: the worker's path has no ``bench/`` (``import checkout`` here
    ended every Dask way with ModuleNotFoundError), and bench/checkout.py would put this checkout's mtqa
    before a ``--checkout`` cluster's own."""
    from mtqa.config import Config
    from mtqa.distributed import warm

    warm(Config())


RESTART_TIMEOUT = 900
"""Seconds a restart of the cluster's workers may take before the bench gives up."""


def _fresh(client) -> None:
    """Restart the cluster's workers and warm them: a run after an identical one found every analysis of
    the same texts memoised in the workers (half the CPU of ``--workers 2``, which starts cold each time).
    The wait is :data:`RESTART_TIMEOUT`, not Dask's default: on a loaded host two new workers importing
    Dask were not back within it (dask36, load 44: the bench ended with a TimeoutError)."""
    client.restart(timeout=RESTART_TIMEOUT)
    client.wait_for_workers(2, timeout=RESTART_TIMEOUT)
    client.run(_warm_worker)


def task_timeline(records: list, t0: float) -> str:
    """One line on a Dask run's tasks, from the scheduler's task stream (``client.get_task_stream``) and the time
    the CLI started (``time.time()``): each worker's tasks, when its first task started and its last one ended
    (seconds after the start), and how far apart the two workers' last tasks ended.

    Why: issue 14's bad rounds were put down to the workers' uneven finish at the end of the input; the wall time
    alone cannot tell an uneven end (one worker idle while the other checks its last batch) from a late start
    or a slower checking. Stop 61 read it this way: on a quiet host the last tasks ended 0.12-0.15 s apart
    (whole 1,200-segment batches to the end), the first started 0.26-0.30 s after the CLI did."""
    spans: dict[str, list] = {}
    for record in records:
        for span in record.get("startstops", ()):
            if span.get("action") == "compute":
                spans.setdefault(record["worker"], []).append((span["start"] - t0, span["stop"] - t0))
    if not spans:
        return "tasks: none recorded"
    workers = sorted(spans)
    firsts = [min(start for start, _ in spans[w]) for w in workers]
    lasts = [max(stop for _, stop in spans[w]) for w in workers]
    return (f"tasks {'/'.join(str(len(spans[w])) for w in workers)}, first start {min(firsts):.2f} s, "
            f"last ends {'/'.join(f'{t:.2f}' for t in lasts)} s (apart {max(lasts) - min(lasts):.2f} s)")


def _mtqa_file() -> str:
    import mtqa

    return mtqa.__file__


def rounds_ratio(runs: dict, a: str, b: str) -> list[float]:
    """a's wall time / b's in each round, in order: the issue's target is on every round, not only the median."""
    return [x[0] / y[0] for x, y in zip(runs[a], runs[b])]


def _per_round(runs: dict, a: str, b: str) -> float:
    """Median over rounds of a's wall time / b's in the same round (a busy machine moves both)."""
    return statistics.median(rounds_ratio(runs, a, b))


def identical(runs: dict, tags: list[str]) -> dict[str, int]:
    """For each checkout's tag, how many different reports its ways wrote ("": this checkout).

    Why per checkout: the three ways of one checkout must agree byte for byte, while two checkouts of
    different code may rightly write different reports (a message changed between them); one count
    over all runs said "NO" for a base checkout of older code whose own three ways agreed."""
    def owner(name: str) -> str:
        return next((t for t in tags if t and name.startswith(t)), "")
    digests: dict[str, set] = {t: set() for t in tags}
    for name, rs in runs.items():
        digests[owner(name)].update(r[2] for r in rs)
    return {t: len(d) for t, d in digests.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data")
    ap.add_argument("--systems", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--dask-profile", action="store_true",
                    help="keep Dask's statistical profiler on in the cluster's workers (Dask's default)")
    ap.add_argument("--dask-defaults", action="store_true",
                    help="start the cluster with Dask's own defaults, not the batch settings (BATCH_SETTINGS)")
    ap.add_argument("--checkout", action="append", default=[], metavar="NAME=DIR",
                    help="also run the three ways from another checkout, same rounds")
    args = ap.parse_args()
    path, pairs = build(data_dir(args.data), args.systems)
    checkouts = [("", ROOT)] + [(n + " ", Path(d).resolve()) for n, _, d in (c.partition("=") for c in args.checkout)]
    ways: dict[str, tuple[list[str], Path]] = {}
    clusters, clients = [], {}
    cluster_pid: dict[str, int] = {}
    try:
        for tag, folder in checkouts:
            ways[tag + "serial"] = ([str(path)], folder)
            ways[tag + "--workers 2"] = ([str(path), "--workers", "2"], folder)
            if not args.no_dask:
                from dask.distributed import Client

                proc, address = _cluster_in(folder, args.dask_profile, args.dask_defaults)
                clusters.append(proc)
                name = tag + "--scheduler (2 workers)"
                cluster_pid[name] = proc.pid
                ways[name] = ([str(path), "--scheduler", address], folder)
                clients[name] = Client(address)
                where = set(clients[name].run(_mtqa_file).values())
                settings = cluster_settings(args.dask_profile, args.dask_defaults)
                print(f"{name}: workers import {', '.join(sorted(where))}; Dask settings: "
                      f"{', '.join(f'{k}={v}' for k, v in settings.items()) or 'Dask defaults'}", flush=True)
        runs: dict[str, list] = {name: [] for name in ways}
        rss: dict[str, list] = {}
        for r in range(args.rounds):
            for k, (name, (way, folder)) in enumerate(ways.items()):
                client = clients.get(name)
                if client:
                    _fresh(client)
                before = _workers_cpu(client) if client else {}
                threads_before = client.run(threads_cpu) if client else {}
                if client:
                    client.get_task_stream()  # the scheduler records its task stream from here (its plugin)
                started = time.time()
                scheduler_before = process_cpu(cluster_pid[name]) if client and sys.platform == "linux" else None
                # the way's place in the rounds names its file: the same files each invocation, one per way
                # (str hashes change per process: each invocation had left new files, two ways could share one)
                wall, cpu, digest = _run(way, OUT / f"parallel.{len(runs[name]) % 2}.{k}.jsonl", folder)
                each = []
                if client:  # the workers are not the CLI's children: add their CPU
                    each = sorted((c - before.get(a, 0.0) for a, c in _workers_cpu(client).items()), reverse=True)
                    split = _threads_split(threads_before, client.run(threads_cpu))
                    # the critical path on 2 quiet cores: the busiest worker, or the whole CPU shared by two
                    # the cluster process (scheduler and nannies) is printed, not added: the CPU column stays
                    # comparable with earlier stops'; on 2 cores it is time the workers do not get all the same
                    beside = "" if scheduler_before is None else \
                        f", cluster process (scheduler, nannies) {process_cpu(cluster_pid[name]) - scheduler_before:.2f} s"
                    print(f"  {name}: CLI process {cpu:.2f} s, workers {'/'.join(f'{c:.2f}' for c in each)} s, "
                          f"critical {max(each[0], (cpu + sum(each)) / 2):.2f} s ({split}){beside}; "
                          f"{task_timeline(client.get_task_stream(start=started - 1), started)}", flush=True)
                    cpu += sum(each)
                runs[name].append((wall, cpu, digest))
                if client:  # each worker's peak since its restart: one run's
                    rss[name] = sorted(client.run(_peak_rss).values())
            print(f"round {r + 1}: " + ", ".join(f"{n} {runs[n][-1][0]:.2f}/{runs[n][-1][1]:.2f} s" for n in ways),
                  flush=True)
    finally:
        for client in clients.values():
            client.close()
        for proc in clusters:
            proc.stdin.close()
            proc.wait(timeout=60)
    print(f"{pairs} segment pairs, {args.rounds} interleaved rounds, whole CLI processes, medians:")
    print(f"{'way':34} {'wall s':>8} {'pairs/s':>9} {'vs serial':>10} {'per round':>10} "
          f"{'cpu s (process+workers)':>26}")
    for tag, _ in checkouts:
        base = statistics.median(r[0] for r in runs[tag + "serial"])
        for name, rs in runs.items():
            if not name.startswith(tag) or (not tag and any(name.startswith(t) for t, _ in checkouts if t)):
                continue
            wall = statistics.median(r[0] for r in rs)
            cpu = statistics.median(r[1] for r in rs)
            print(f"{name:34} {wall:8.2f} {pairs / wall:9,.0f} {base / wall:9.2f}x "
                  f"{_per_round(runs, tag + 'serial', name):9.2f}x {cpu:26.2f}")
        dask = tag + "--scheduler (2 workers)"
        if dask in runs:  # the done-when line: a LocalCluster of 2 within 10 % of --workers 2
            cpu = statistics.median(x[1] / y[1] for x, y in zip(runs[dask], runs[tag + "--workers 2"]))
            print(f"{tag or 'this checkout '}Dask vs --workers 2, median of per-round ratios: wall "
                  f"{_per_round(runs, dask, tag + '--workers 2'):.2f}x, cpu {cpu:.2f}x (above 1: Dask slower); "
                  f"each round's wall ratio: {' '.join(f'{r:.2f}' for r in rounds_ratio(runs, dask, tag + '--workers 2'))}")
    for name, values in rss.items():
        print(f"{name}: workers' peak / current RSS after the last run: "
              + ", ".join(f"{peak:.0f} / {now:.0f} MB" for peak, now in values))
    for tag, count in identical(runs, [t for t, _ in checkouts]).items():
        print(f"{tag or 'this checkout '}reports identical (serial, --workers, Dask):",
              "yes" if count == 1 else f"NO ({count} different)")


if __name__ == "__main__":
    main()
