"""Where a parallel run's CPU goes: the parent, each worker, and the critical path, from /proc.

Usage: .venv/bin/python bench/parallel_cpu.py [--systems N] [--workers W] [--rounds R] [--input FILE]
       [--checkout DIR] [-- EXTRA MTQA ARGS]

Runs ``mtqa check`` serially and with ``--workers W`` on the WMT14 corpus of
``bench/throughput.py`` (JSON lines to a file), polling ``/proc`` every 20 ms
for the CLI process and every process below it (user + system CPU of each).
Wall time on a shared machine says little; CPU seconds per process do not
depend on the load, so this prints a CPU model of the run instead:

- ``pre``: the parent's CPU before its first child appears (start-up, reading
  the configuration; before the zygote, also warming the tables to fork);
- ``zygote``: when the workers are forked from a zygote that warms while the
  parent reads ahead (see ``mtqa/workpool.py``), the phase from the zygote's
  start to its first worker: the longer of the zygote's CPU and the parent's
  in that phase (they run on two cores side by side), shown as ``Z (zygote
  CPU / parent CPU)``;
- ``parent``: the parent's CPU while workers exist (reading, sending batches,
  receiving and merging results, rendering), ``post`` after they are gone;
- each worker's CPU, and the ``tail``: the CPU the busiest worker spent after
  the other one had stopped working for good (the run's idle core);
- ``critical``: the CPU the run needs on a quiet machine with W cores,
  ``pre + zygote + max(busiest worker, (parent + all workers) / W) + post``, and the
  predicted speed-up, serial CPU / critical CPU.

``--input FILE`` checks that JSON lines file instead of the WMT14 corpus (e.g. a corpus skewed on purpose);
``--checkout DIR`` runs another checkout's mtqa (``DIR/.venv/bin/python -m mtqa`` from ``DIR``), to compare
trees with this same script. Extra arguments after ``--`` go to both runs (e.g. ``-- --select F101,L101`` to emulate
cheaper checks). Reports are compared byte for byte.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import build  # noqa: E402
from wmt14 import OUT, ROOT, data_dir  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int):
    """(parent pid, CPU seconds) of ``pid``, or None once it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return None
    rest = raw[raw.rindex(b")") + 2:].split()
    return int(rest[1]), (int(rest[11]) + int(rest[12])) / TICK


def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            out += [int(c) for c in Path(f"/proc/{pid}/task/{task}/children").read_text().split()]
    except OSError:
        pass
    return out


def bytecode_note(env=os.environ) -> str | None:
    """A line for the report when the runs cannot keep mtqa's compiled bytecode, else None.

    With ``PYTHONDONTWRITEBYTECODE`` set (as in some shared shells) and no ``PYTHONPYCACHEPREFIX`` holding
    bytecode, every run compiles mtqa's modules from source: about 0.5 s of CPU in the serial run, in the
    parent's ``pre`` and again in the zygote (the check modules the parent did not import), all of it on
    the critical path, which an installed mtqa (with its ``.pyc`` files) does not pay. Measured on this
    machine: importing mtqa.api, mtqa.context and mtqa.cli took 0.89-0.90 s of CPU without bytecode,
    0.40-0.43 s with it.
    """
    if not env.get("PYTHONDONTWRITEBYTECODE") or env.get("PYTHONPYCACHEPREFIX"):
        return None
    return ("note: PYTHONDONTWRITEBYTECODE is set: each run compiles mtqa from source (~0.5 s of CPU on the "
            "critical path, more than an installed mtqa pays); unset it and set PYTHONPYCACHEPREFIX=DIR "
            "to measure with bytecode")


def watch(cmd: list[str], interval: float = 0.02, cwd: Path = ROOT) -> dict:
    """Run ``cmd`` in ``cwd``; return the wall time and, per process of its tree, [(time, cpu)] samples."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stderr=subprocess.PIPE)
    series: dict[int, list] = {}
    parents: dict[int, int] = {}
    total = None
    while total is None:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            total = usage.ru_utime + usage.ru_stime  # the whole tree: the CLI reaps its workers
            break
        now = time.perf_counter() - t0
        pids = [proc.pid]
        for pid in pids:
            pids.extend(c for c in _children(pid) if c not in pids)
        for pid in pids:
            s = _stat(pid)
            if s is not None:
                series.setdefault(pid, []).append((now, s[1]))
                parents.setdefault(pid, s[0])
        time.sleep(interval)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode()
    if proc.returncode not in (0, 1):
        sys.exit(f"mtqa failed ({proc.returncode}): {err.strip()}")
    return {"wall": wall, "series": series, "parents": parents, "root": proc.pid, "total": total}


def model(run: dict, workers: int) -> dict:
    series, root = run["series"], run["root"]
    parent = series.get(root, [(0.0, 0.0)])
    kids_cpu = sum(s[-1][1] for pid, s in series.items() if pid != root)
    parent_cpu = max(parent[-1][1], run["total"] - kids_cpu)  # its last moments are after the last sample
    zygotes = {pid for pid, ppid in run["parents"].items() if ppid == root
               and any(p == pid for p in run["parents"].values())}
    kids = {pid: s for pid, s in series.items() if pid != root and pid not in zygotes and s[-1][1] > 0.05}
    if not kids:
        return {"wall": run["wall"], "pre": parent_cpu, "zygote": 0.0, "zcpu": 0.0, "zparent": 0.0, "parent": 0.0,
                "post": 0.0, "workers": [], "tail": 0.0, "critical": parent_cpu}
    start = min(s[0][0] for s in kids.values())
    end = max(s[-1][0] for s in kids.values())

    def at(samples, t):
        value = 0.0
        for when, cpu in samples:
            if when > t:
                break
            value = cpu
        return value

    def last_busy(samples):
        """When the worker last gained CPU (it idles, waiting, after its last batch)."""
        final = samples[-1][1]
        for when, cpu in samples:
            if cpu >= final - 0.011:
                return when
        return samples[-1][0]

    zcpu = zparent = zygote = 0.0
    pre = at(parent, start)
    if zygotes:
        born = min(series[z][0][0] for z in zygotes)
        zcpu = sum(at(series[z], start) for z in zygotes)
        zparent = pre - at(parent, born)
        pre -= zparent
        zygote = max(zcpu, zparent)
    post = parent_cpu - at(parent, end)
    during = parent_cpu - pre - zparent - post + sum(series[z][-1][1] - at(series[z], start) for z in zygotes)
    cpus = sorted((s[-1][1] for s in kids.values()), reverse=True)
    stops = sorted(last_busy(s) for s in kids.values())
    busiest = max(kids.values(), key=lambda s: s[-1][1])
    tail = busiest[-1][1] - at(busiest, stops[0]) if len(stops) > 1 else 0.0
    critical = pre + zygote + max(cpus[0], (during + sum(cpus)) / workers) + post
    return {"wall": run["wall"], "pre": pre, "zygote": zygote, "zcpu": zcpu, "zparent": zparent, "parent": during,
            "post": post, "workers": cpus, "tail": tail, "critical": critical}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data")
    ap.add_argument("--systems", type=int, default=8)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--format", default="jsonl")
    ap.add_argument("--serial", type=float, help="serial CPU seconds measured before: skip the serial runs")
    ap.add_argument("--input", type=Path, help="a JSON lines file to check instead of the WMT14 corpus")
    ap.add_argument("--checkout", type=Path, help="another checkout (with its .venv) whose mtqa to run")
    ap.add_argument("extra", nargs="*")
    args = ap.parse_args()
    if args.input:
        path = args.input.resolve()
        with open(path, encoding="utf-8") as f:
            pairs = sum(1 for _ in f)
    else:
        path, pairs = build(data_dir(args.data), args.systems)
    where = args.checkout.resolve() if args.checkout else ROOT
    python = str(where / ".venv" / "bin" / "python") if args.checkout else sys.executable
    OUT.mkdir(parents=True, exist_ok=True)
    ways = {"serial": [], f"--workers {args.workers}": ["--workers", str(args.workers)]}
    if args.serial:
        del ways["serial"]
    rows: dict[str, list] = {name: [] for name in ways}
    digests: set = set()
    for _ in range(args.rounds):
        for name, way in ways.items():
            out = OUT / f"parallel_cpu.{name[:3].strip('-')}.{args.format}"
            cmd = [python, "-m", "mtqa", "check", str(path), *args.extra, *way,
                   "--format", args.format, "-o", str(out.resolve())]
            rows[name].append(model(watch(cmd, cwd=where), args.workers if way else 1))
            digests.add(hashlib.sha1(out.read_bytes()).hexdigest())
    serial = args.serial or statistics.median(r["critical"] for r in rows["serial"])
    print(f"{pairs} pairs from {path.name}, mtqa of {where}, {args.rounds} round(s), extra args {args.extra or 'none'}; "
          "CPU seconds, medians")
    print(f"{'way':12} {'wall':>7} {'pre':>6} {'zygote (cpu/parent)':>20} {'parent':>7} {'post':>6} {'workers':>15} "
          f"{'tail':>6} {'total':>7} {'critical':>9} {'predicted':>10}")
    keys = ("wall", "pre", "zygote", "zcpu", "zparent", "parent", "post", "tail", "critical")
    for name, rs in rows.items():
        med = {k: statistics.median(r[k] for r in rs) for k in keys}
        ws = [statistics.median(r["workers"][i] for r in rs) for i in range(len(rs[0]["workers"]))]
        total = med["pre"] + med["zcpu"] + med["zparent"] + med["parent"] + med["post"] + sum(ws)
        zyg = f"{med['zygote']:.2f} ({med['zcpu']:.2f}/{med['zparent']:.2f})" if med["zygote"] else "-"
        print(f"{name:12} {med['wall']:7.2f} {med['pre']:6.2f} {zyg:>20} {med['parent']:7.2f} {med['post']:6.2f} "
              f"{'/'.join(f'{w:.2f}' for w in ws) or '-':>15} {med['tail']:6.2f} {total:7.2f} "
              f"{med['critical']:9.2f} {serial / med['critical']:9.2f}x")
    for name, rs in rows.items():  # the medians above mix rounds: each round's own critical path, to see the spread
        print(f"{name:12} rounds: " + "; ".join(
            f"pre {r['pre']:.2f} zygote {r['zygote']:.2f} workers {'/'.join(f'{w:.2f}' for w in r['workers']) or '-'} "
            f"post {r['post']:.2f} critical {r['critical']:.2f} ({serial / r['critical']:.2f}x)" for r in rs))
    note = bytecode_note()
    if note:
        print(note)
    print("reports identical:", "yes" if len(digests) == 1 else f"NO ({len(digests)} different)")


if __name__ == "__main__":
    main()
