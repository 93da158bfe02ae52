"""The long fuzzing campaign of issue 15: 100,000+ generated and mutated inputs over every reader format.

Runs the strategies of ``tests/fuzzing.py`` (valid documents and byte
mutations for text, text with a source, .jsonl, mapped .jsonl, CSV, TSV,
RSS, Atom, XLIFF, TMX and PO) through the real CLI in-process, in chunks of
hypothesis examples with a fresh seed each, round-robin over formats so an
interrupted campaign is still balanced. After every chunk the running totals
go to ``bench/out/fuzz.json`` (inputs, exit codes, tracebacks, internal
errors, inputs over 10 s, lost segments, slowest input, seconds per input
size), and every failing input is kept under ``bench/out/fuzz-failures/``.

    .venv/bin/python bench/fuzz.py --inputs 100000 --jobs 2
    .venv/bin/python bench/fuzz.py --inputs 2000 --max-repeat 60     # a quick look

Exit status 1 when any input broke a property.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

OUT = REPO / "bench" / "out"
SLOW = 10.0
"""An input taking more than this many CPU seconds breaks the campaign's property."""


def _job(args) -> dict:
    job, quota, chunk, max_repeat, seed0, limit, tag = args
    from hypothesis import HealthCheck, Phase, given, seed, settings

    import fuzzing

    folder = fuzzing.scratch_folder()
    failures = OUT / "fuzz-failures"
    totals: Counter = Counter()
    by_format: dict[str, Counter] = {}
    slowest = (0.0, None, 0)
    per_kb: list[float] = []
    done = 0
    round_ = 0
    kinds = [(fmt, kind) for fmt in fuzzing.FORMATS for kind in ("valid", "mutated")]
    while done < quota:
        fmt, kind = kinds[(round_ + job) % len(kinds)]
        n = min(chunk, quota - done)
        # one chunk in four uses the long repetitions (up to max_repeat copies of a pathological shape),
        # the others short documents (up to 20 copies), which keeps the campaign fast
        repeat = max_repeat if round_ % 4 == 3 else min(20, max_repeat)
        strategy = fuzzing.valid_case(fmt, repeat) if kind == "valid" else fuzzing.mutated_case(fmt, repeat)
        counts = by_format.setdefault(f"{fmt}/{kind}", Counter())

        @seed(seed0 + 1_000_003 * job + round_)
        @settings(max_examples=n, deadline=None, database=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @given(strategy)
        def one(case):
            nonlocal slowest
            outcome = fuzzing.run_case(case, folder, limit=limit)
            counts["inputs"] += 1
            counts[f"exit {outcome.code}"] += 1
            totals["inputs"] += 1
            totals["bytes"] += case.size
            if outcome.seconds > slowest[0]:
                slowest = (outcome.seconds, f"{fmt}/{kind}", case.size)
            if case.size >= 2000:
                per_kb.append(outcome.seconds / case.size * 1000)
            if outcome.seconds > SLOW:
                totals["over 10 s"] += 1
            for problem in outcome.problems:
                key = problem.split(":")[0].split(" without")[0]
                totals[key] += 1
                counts[key] += 1
            if outcome.problems or outcome.seconds > SLOW:
                where = failures / f"{tag}job{job}-{totals['inputs']}-{fmt}-{kind}"
                where.mkdir(parents=True, exist_ok=True)
                for name, data in case.files.items():
                    (where / name).write_bytes(data)
                (where / "problems.json").write_text(json.dumps(
                    {"args": case.args, "problems": outcome.problems, "seconds": outcome.seconds}, indent=1))

        one()
        done += n
        round_ += 1
        _save(tag, job, totals, by_format, slowest, per_kb)
    return _save(tag, job, totals, by_format, slowest, per_kb)


def _save(tag, job, totals, by_format, slowest, per_kb) -> dict:
    per_kb = sorted(per_kb)
    state = {
        "totals": dict(totals),
        "by_format": {k: dict(v) for k, v in by_format.items()},
        "slowest": {"seconds": round(slowest[0], 3), "case": slowest[1], "bytes": slowest[2]},
        "seconds_per_kb_over_2kb": {"median": round(per_kb[len(per_kb) // 2], 4) if per_kb else None,
                                    "max": round(per_kb[-1], 4) if per_kb else None},
        "updated": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime()),
    }
    (OUT / f"fuzz{tag}-job{job}.json").write_text(json.dumps(state, indent=1))
    return state


def merge(states: list[dict]) -> dict:
    totals: Counter = Counter()
    by_format: dict[str, Counter] = {}
    for s in states:
        totals.update(s["totals"])
        for k, v in s["by_format"].items():
            by_format.setdefault(k, Counter()).update(v)
    slowest = max((s["slowest"] for s in states), key=lambda x: x["seconds"])
    return {"totals": dict(totals), "by_format": {k: dict(v) for k, v in sorted(by_format.items())},
            "slowest": slowest}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--inputs", type=int, default=100_000)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--chunk", type=int, default=200, help="hypothesis examples per seed and format")
    ap.add_argument("--max-repeat", type=int, default=400, help="longest repetition of a pathological shape")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--limit", type=float, default=60.0, help="abandon one input after this many CPU seconds")
    ap.add_argument("--tag", default="", help="names this campaign's files (bench/out/fuzzTAG-jobN.json)")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    start = time.time()
    quotas = [args.inputs // args.jobs + (1 if j < args.inputs % args.jobs else 0) for j in range(args.jobs)]
    work = [(j, q, args.chunk, args.max_repeat, args.seed, args.limit, args.tag) for j, q in enumerate(quotas)]
    if args.jobs == 1:
        states = [_job(work[0])]
    else:
        with multiprocessing.get_context("spawn").Pool(args.jobs) as pool:
            states = pool.map(_job, work)
    result = merge(states)
    result["seconds"] = round(time.time() - start, 1)
    result["command"] = " ".join(["bench/fuzz.py", *sys.argv[1:]])
    (OUT / f"fuzz{args.tag}.json").write_text(json.dumps(result, indent=1))
    t = result["totals"]
    broken = sum(v for k, v in t.items() if k not in ("inputs", "bytes"))
    print(f"{t.get('inputs', 0)} inputs ({t.get('bytes', 0):,} bytes) in {result['seconds']} s; "
          f"slowest {result['slowest']}; problems: {broken} "
          f"{ {k: v for k, v in t.items() if k not in ('inputs', 'bytes')} }")
    return 1 if broken else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
