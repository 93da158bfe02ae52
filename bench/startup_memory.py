"""Start-up time and peak memory of the ``mtqa`` command.

Usage:
    .venv/bin/python bench/startup_memory.py startup [--runs 11]
    .venv/bin/python bench/startup_memory.py memory [--sizes 10000,100000,1000000] [--formats json,jsonl,html]
        [--vocabulary cycled|growing] [--sample-every 20]
    .venv/bin/python bench/startup_memory.py compare [--sizes 25000,100000] [--formats json,html] [--systems 4]
        [--select CODES]
    (each also takes --checkout DIR: measure that mtqa checkout, e.g. a base commit's worktree)

``startup`` times whole processes, interleaved run after run: ``mtqa --version``,
a one-line check (one French line, one English line), and the seed article
(corpora/seed, with its French headline); it prints min/median/max wall seconds
per command. The median is the figure to quote.

``memory`` writes a .jsonl corpus of N segment pairs under bench/out/ (WMT14
system outputs with their sources, cycled; one document per newstest
document, renamed on each cycle so documents stay small and numerous), runs
``mtqa check`` on it for each output format to a file, and prints the child's
peak resident memory (``ru_maxrss`` of that child alone, from ``os.wait4``)
and its wall time. Streaming output should keep the peak flat as N grows.

``--vocabulary growing``: the cycled corpus meets the same words again and
again, so its word caches stop growing after the first cycle and its peak
underestimates a real stream of news, where every day brings new names,
figures and rare words. In the growing corpus every block of 3,003 pairs (one
newstest's worth) has its own vocabulary: each name (a capitalised word not
first in its text), each word of nine letters or more and each figure is
respelt by that block's own letter and digit permutation, the same in source
and target, so a name copied into the translation stays copied and a figure
stays equal. ``--sample-every S`` also prints the child's resident memory every
S seconds with the size of the report written so far (the growth curve of one long run), split into its
anonymous part (the heap: caches, tables read) and its mapped files' pages (the compiled tables on disk,
``mtqa.compiled``: how many of their pages are resident depends on the kernel's page cache and read-ahead,
not on the run alone, so two runs of the same corpus differ by several MB there).

``compare`` measures ``mtqa compare`` the same way: it writes one .jsonl file per
system (the first ``--systems`` WMT14 systems, in name order) of N segment pairs,
newstest 2014 repeated; every repetition's sources and translations end with the
repetition's number in brackets, so each repetition is N/3,003 new source texts
that the systems share (as a long shared task would), not the same sentence met
again. It prints the child's peak RSS per size and format. ``--select`` restricts
the checks (the memory of compare's own store and report, the checks cost CPU).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import string
import statistics
import subprocess
import sys
import time
from pathlib import Path

from wmt14 import OUT, ROOT, data_dir, systems, write_jsonl

SEED = ROOT / "corpora" / "seed"
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
"""Children may write and read bytecode caches, as an installed mtqa does (a shell that sets
PYTHONDONTWRITEBYTECODE would otherwise time Python compiling mtqa's source on every start)."""
CHECKOUT = ROOT
"""The mtqa checkout the children run (``--checkout``): their working directory and PYTHONPATH, so one copy
of this script measures another checkout (a base commit) on the same corpus files, written once here."""


def run_child(cmd: list[str], stdout=subprocess.DEVNULL) -> tuple[float, int, float]:
    """(wall seconds, peak RSS in kB, CPU seconds) of one child process."""
    start = time.perf_counter()
    env = {**CHILD_ENV, "PYTHONPATH": str(CHECKOUT)} if CHECKOUT != ROOT else CHILD_ENV
    proc = subprocess.Popen(cmd, cwd=CHECKOUT, stdout=stdout, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        sys.exit(f"bench: {' '.join(cmd[:5])} ... failed ({proc.returncode}): {err.strip()[-500:]}")
    return elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def startup(runs: int) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    one_fr, one_en = OUT / "oneline.fr.txt", OUT / "oneline.en.txt"
    one_fr.write_text("Le président a rencontré 3 ministres à Paris.\n", encoding="utf-8")
    one_en.write_text("The president met 3 ministers in Paris.\n", encoding="utf-8")
    title = (SEED / "article.fr-title.txt").read_text(encoding="utf-8").strip()
    mtqa = [sys.executable, "-m", "mtqa"]
    commands = {
        "mtqa --version": mtqa + ["--version"],
        "one-line check": mtqa + ["check", str(one_en), "--source", str(one_fr)],
        "seed article": mtqa + ["check", str(SEED / "article.en.txt"), "--source-title", title],
    }
    times: dict[str, list[float]] = {k: [] for k in commands}
    cpu: dict[str, list[float]] = {k: [] for k in commands}
    for name, cmd in commands.items():  # warm-up: page cache, compiled caches
        run_child(cmd)
    for _ in range(runs):
        for name, cmd in commands.items():
            wall, _, secs = run_child(cmd)
            times[name].append(wall)
            cpu[name].append(secs)
    print(f"start-up, {runs} interleaved runs each (seconds, whole process; CPU = user + system)")
    print(f"{'command':16s} {'wall min':>8s} {'median':>7s} {'max':>7s}  {'CPU median':>10s}")
    for name, ts in times.items():
        print(f"{name:16s} {min(ts):8.3f} {statistics.median(ts):7.3f} {max(ts):7.3f}  "
              f"{statistics.median(cpu[name]):10.3f}")


BLOCK = 3003
"""Pairs per vocabulary in the growing corpus: one newstest's worth."""
_VARIED = re.compile(r"(?<=\S )[A-ZÀ-Ý][\w'-]*|\b[^\W\d_]{9,}\b|\d+")


def respeller(block: int):
    """The growing corpus's respelling of a name, long word or figure in ``block`` (0: unchanged)."""
    if block == 0:
        return lambda text: text
    rnd = random.Random(block)
    table = {}
    for group in ("aeiouy", "bcdfghjklmnpqrstvwxz", string.digits[1:]):  # vowels stay vowels: words stay sayable
        shuffled = rnd.sample(group, len(group))
        table.update(zip(group, shuffled))
        table.update(zip(group.upper(), (c.upper() for c in shuffled)))
    trans = str.maketrans(table)
    return lambda text: _VARIED.sub(lambda m: m.group().translate(trans), text)


def corpus(wmt: Path, size: int, vocabulary: str = "cycled") -> Path:
    """N segment pairs of WMT14 system output, documents renamed on each cycle (and respelt per block)."""
    growing = vocabulary == "growing"
    path = OUT / f"memory.{size}{'.growing' if growing else ''}.jsonl"
    if path.exists():
        return path
    records = []
    for name, target in systems(wmt).items():
        if name == "reference":
            continue
        with open(write_jsonl(wmt, name, target), encoding="utf-8") as fh:
            records.extend((name, json.loads(line)) for line in fh)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as out:
        for k in range(size):
            name, rec = records[k % len(records)]
            cycle = k // len(records)
            rec = {**rec, "id": k + 1, "doc": f"{cycle}/{name}/{rec['doc']}"}
            if growing:
                if k % BLOCK == 0:
                    respell = respeller(k // BLOCK)
                rec["source"], rec["target"] = respell(rec["source"]), respell(rec["target"])
                rec["doc"] = f"{k // BLOCK}/{rec['doc']}"
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    return path


def sampled(cmd: list[str], report: Path, every: float) -> tuple[float, int, float]:
    """:func:`run_child`, printing the child's resident MB and the pairs reported so far every ``every`` s."""
    import threading

    start = time.perf_counter()

    def watch(pid: int) -> None:
        while True:
            time.sleep(every)
            try:
                with open(f"/proc/{pid}/status") as fh:
                    status = {k: int(v.split()[0]) for k, _, v in (l.partition(":") for l in fh) if v.strip().endswith("kB")}
                rss, anon, files = status["VmRSS"], status.get("RssAnon", 0), status.get("RssFile", 0)
            except (OSError, KeyError, ValueError):
                return
            written = sum(tmp.stat().st_size for tmp in report.parent.glob(f".{report.name}.*.tmp"))
            print(f"  sample: {time.perf_counter() - start:7.0f} s {rss / 1024:7.0f} MB RSS ({anon / 1024:.0f} anonymous, "
                  f"{files / 1024:.0f} mapped files), {written / 1e6:.1f} MB of report written", flush=True)

    real_popen = subprocess.Popen

    def popen(*a, **kw):
        proc = real_popen(*a, **kw)
        threading.Thread(target=watch, args=(proc.pid,), daemon=True).start()
        return proc

    subprocess.Popen = popen
    try:
        return run_child(cmd)
    finally:
        subprocess.Popen = real_popen


def measured(cmd: list[str], report: Path, select: str, run) -> tuple[float, int, float]:
    """One measured run of ``cmd`` (``--select`` added when given) by ``run``; its report is removed after it,
    so the check and compare tables share one rule for the files they leave behind."""
    if select:
        cmd = [*cmd, "--select", select]
    result = run(cmd)
    report.unlink(missing_ok=True)
    return result


def memory(wmt: Path, sizes: list[int], formats: list[str], select: str,
           vocabulary: str = "cycled", every: float = 0) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"vocabulary: {vocabulary}")
    print(f"{'segments':>9s} {'format':6s} {'peak RSS MB':>11s} {'wall s':>8s} {'seg/s':>8s}")
    for size in sizes:
        path = corpus(wmt, size, vocabulary)
        for fmt in formats:
            report = OUT / f"memory.{size}.report.{fmt}"
            cmd = [sys.executable, "-m", "mtqa", "check", str(path), "--format", fmt, "-o", str(report)]
            secs, kb, _cpu = measured(cmd, report, select,
                                      (lambda c: sampled(c, report, every)) if every else run_child)
            print(f"{size:9d} {fmt:6s} {kb / 1024:11.0f} {secs:8.1f} {size / secs:8.0f}", flush=True)


def compare_corpus(wmt: Path, size: int, count: int) -> list[Path]:
    """``count`` systems' .jsonl files of ``size`` pairs each: newstest 2014 repeated, each repetition marked."""
    names = sorted(n for n in systems(wmt) if n != "reference")[:count]
    out = []
    for name in names:
        path = OUT / f"compare.{size}.{name}.jsonl"
        out.append(path)
        if path.exists():
            continue
        with open(write_jsonl(wmt, name, systems(wmt)[name]), encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh]
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with open(tmp, "w", encoding="utf-8") as fh:
            for k in range(size):
                rec, cycle = records[k % len(records)], k // len(records)
                mark = f" ({cycle})" if cycle else ""
                fh.write(json.dumps({**rec, "id": k + 1, "doc": f"{cycle}/{rec['doc']}",
                                     "source": rec["source"] + mark, "target": rec["target"] + mark},
                                    ensure_ascii=False) + "\n")
        os.replace(tmp, path)
    return out


def compare_memory(wmt: Path, sizes: list[int], formats: list[str], count: int, select: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"mtqa compare, {count} systems")
    print(f"{'segments':>9s} {'format':6s} {'peak RSS MB':>11s} {'wall s':>8s} {'CPU s':>8s}")
    for size in sizes:
        paths = compare_corpus(wmt, size, count)
        for fmt in formats:
            report = OUT / f"compare.{size}.report.{fmt}"
            cmd = [sys.executable, "-m", "mtqa", "compare", *map(str, paths), "--format", fmt, "-o", str(report)]
            secs, kb, cpu = measured(cmd, report, select, run_child)
            print(f"{size:9d} {fmt:6s} {kb / 1024:11.0f} {secs:8.1f} {cpu:8.1f}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    s = sub.add_parser("startup")
    s.add_argument("--runs", type=int, default=11)
    m = sub.add_parser("memory")
    m.add_argument("--data")
    m.add_argument("--sizes", default="10000,100000,1000000")
    m.add_argument("--formats", default="json,jsonl,html")
    m.add_argument("--select", default="", help="restrict the checks (memory of the report path only)")
    m.add_argument("--vocabulary", choices=("cycled", "growing"), default="cycled",
                   help="growing: every block of 3,003 pairs has its own names, long words and figures")
    m.add_argument("--sample-every", type=float, default=0, help="print resident memory every S seconds")
    c = sub.add_parser("compare")
    c.add_argument("--data")
    c.add_argument("--sizes", default="25000,100000", help="segments per system")
    c.add_argument("--formats", default="json,html")
    c.add_argument("--systems", type=int, default=4)
    c.add_argument("--select", default="", help="restrict the checks (memory of compare's store and report)")
    for p in (s, m, c):
        p.add_argument("--checkout", type=Path, default=ROOT,
                       help="run this mtqa checkout (default: this one); corpora stay under this one's bench/out")
    args = ap.parse_args()
    global CHECKOUT
    CHECKOUT = args.checkout.resolve()
    if args.what == "startup":
        startup(args.runs)
    elif args.what == "compare":
        compare_memory(data_dir(args.data), [int(x) for x in args.sizes.split(",")], args.formats.split(","),
                       args.systems, args.select)
    else:
        memory(data_dir(args.data), [int(x) for x in args.sizes.split(",")], args.formats.split(","), args.select,
               args.vocabulary, args.sample_every)


if __name__ == "__main__":
    main()
