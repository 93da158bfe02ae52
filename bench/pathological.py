"""Issue 15's pathological inputs through the real CLI: CPU seconds and peak memory of each.

Each shape is one line (a paragraph) of about 100,000 characters in a plain-text
article (or a feed item body), plus a 10,000-word plain-text article checked
with ``--reference`` and a feed item whose body is 2.5 MB. Every case runs as
its own ``python -m mtqa check`` process; CPU time and peak RSS come from
``wait4``, so a busy machine does not inflate the figures.

    .venv/bin/python bench/pathological.py                 # this checkout
    .venv/bin/python bench/pathological.py --code OTHER    # another checkout (before/after)
    .venv/bin/python bench/pathological.py --growth        # CPU growth, n -> 4n, in one process
    .venv/bin/python bench/pathological.py --segments      # 500 -> 2,000-character segment pairs

``--segments`` checks one (source, translation) segment pair of adversarial shapes at 500 and 2,000
characters (a checked segment's cap) through the reader, the checks and the JSON renderer in one
process, best of 3 CPU times each: linear growth is about 4, quadratic 16.

``--growth`` runs the shapes of ``tests/test_linear_time.py`` at 6,000 and 24,000
characters through the reader, the checks and the JSON renderer in one process
(best of 3 CPU times each) and prints the ratio: linear growth is about 4,
quadratic 16. The test counts function calls, which never see the regular
expression engine's own steps; this is where its time shows.

Targets (issue 15): each 100k shape <= 2 s, the --reference article <= 5 s, the
2.5 MB feed item <= 300 MB.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
N = 100_000

SHAPES = {
    "lowercase run a×100k": lambda: "a" * N,
    "Wait....x ×10k": lambda: "Wait....x " * (N // 10),
    "sentences in one paragraph": lambda: "The man went home. " * (N // 19),
    "M. Dupont ×10k": lambda: "M. Dupont " * (N // 10),
    "ignore marker + 100k tabs": lambda: "Text here mtqa: ignore=F401" + "\t" * N + "x",
    "1 000 ×16k": lambda: "1 000 " * (N // 6),
    "a- ×50k (code tokens)": lambda: "a-" * (N // 2),
}


def _feed(body: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
            "<link>https://example.org/</link><description>d</description><language>en</language>"
            f"<item><guid>g</guid><title>A headline</title><description>{body}</description></item>"
            "</channel></rss>\n")


def _sentences(words: int, variant: int) -> str:
    base = ["The council met on Monday and voted to close the pool for the winter.",
            "Residents said they would miss the morning swims before work.",
            "The mayor promised that repairs would start in the spring."]
    out, count, k = [], 0, 0
    while count < words:
        s = base[k % 3]
        if variant and k % 4 == 0:
            s = s.replace("the", "a", 1)
        out.append(s)
        count += len(s.split())
        k += 1
    paragraphs = [" ".join(out[i:i + 5]) for i in range(0, len(out), 5)]
    return "An article about the pool\n\n" + "\n\n".join(paragraphs) + "\n"


def cases(folder: Path) -> list[tuple[str, list[str]]]:
    out = []
    for name, make in SHAPES.items():
        path = folder / f"{len(out)}.txt"
        path.write_text("A headline\n\n" + make() + "\n", encoding="utf-8")
        out.append((name, [str(path)]))
    path = folder / "tags.rss"
    path.write_text(_feed("&lt;a " * (N // 6)), encoding="utf-8")
    out.append(("feed body &lt;a ×16k", [str(path)]))
    target, ref = folder / "long.en.txt", folder / "long.ref.txt"
    target.write_text(_sentences(10_000, 0), encoding="utf-8")
    ref.write_text(_sentences(10_000, 1), encoding="utf-8")
    out.append(("10,000 words with --reference", [str(target), "--reference", str(ref)]))
    path = folder / "big.rss"
    path.write_text(_feed("The council met on Monday. " * (2_500_000 // 27)), encoding="utf-8")
    out.append(("feed item body of 2.5 MB", [str(path)]))
    return out


def measure(code: Path, args: list[str], timeout: float) -> tuple[str, float, float, int]:
    env = dict(os.environ, PYTHONPATH=str(code))
    with tempfile.TemporaryDirectory() as out:
        cmd = [sys.executable, "-m", "mtqa", "check", *args, "--format", "json", "-o", f"{out}/r.json"]
        start = time.time()
        proc = subprocess.Popen(cmd, cwd=out, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        status = "ok"
        while True:
            pid, waited, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.time() - start > timeout:
                proc.kill()
                pid, waited, usage = os.wait4(proc.pid, 0)
                status = f"killed after {timeout:.0f} s"
                break
            time.sleep(0.05)
        code_ = os.waitstatus_to_exitcode(waited)
        if status == "ok":
            status = f"exit {code_}"
        return status, usage.ru_utime + usage.ru_stime, time.time() - start, usage.ru_maxrss // 1024


_GROWTH = """
import io, json, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from test_linear_time import SHAPES, _file
from mtqa.api import run
from mtqa.config import Config
from mtqa.context import Context
from mtqa.readers import open_pairs
from mtqa.renderers.base import RunInfo, render
from mtqa.renderers.json_report import JsonRenderer
ctx = Context(Config())

def cpu(path):
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        render(JsonRenderer(io.StringIO(), RunInfo(ctx.config, [c.code for c in ctx.checks])),
               run(open_pairs(path, ctx.config), ctx))
        best = min(best, time.process_time() - start)
    return best

only = sys.argv[2]
with tempfile.TemporaryDirectory() as tmp:
    for shape, (kind, make) in SHAPES.items():
        if only and only not in shape:
            continue
        cpu(_file(Path(tmp), kind, make(1_500)))
        small, large = cpu(_file(Path(tmp), kind, make(6_000))), cpu(_file(Path(tmp), kind, make(24_000)))
        print(json.dumps([shape, small, large]), flush=True)
"""


_SEGMENTS = """
import io, json, random, string, sys, tempfile, time
from pathlib import Path
from mtqa.api import run
from mtqa.config import Config
from mtqa.context import Context
from mtqa.readers import open_pairs
from mtqa.renderers.base import RunInfo, render
from mtqa.renderers.json_report import JsonRenderer

def words(chars, seed, make):
    draw, out = random.Random(seed), []
    while sum(len(w) + 1 for w in out) < chars:
        out.append(make(draw))
    return " ".join(out)

def capitalised(draw):
    return "".join(draw.choice(string.ascii_lowercase) for _ in range(draw.randint(3, 9))).capitalize()

def anagram(draw):
    letters = list("bcdfghkmnprt")
    draw.shuffle(letters)
    return "".join(letters).capitalize()

def figures(make):
    return lambda chars, side: words(chars, side, make)

SHAPES = {
    "random capitalised words (name swaps)": lambda n: ("The " + words(n, 1, capitalised) + " came.",
                                                        "Le " + words(n, 2, capitalised) + " est venu."),
    "names of the same letters (name swaps)": lambda n: ("The " + words(n, 1, anagram) + " came.",
                                                         "Le " + words(n, 2, anagram) + " est venu."),
    "one figure repeated, changed (figures)": lambda n: ("Figures: " + "12 " * (n // 3) + ".",
                                                         "Chiffres : " + "13 " * (n // 3) + "."),
    "distinct figures (figures)": lambda n: ("Figures: " + words(n, 1, lambda d: str(d.randint(10, 99999))) + ".",
                                             "Chiffres : " + words(n, 2, lambda d: str(d.randint(10, 99999))) + "."),
    "ranges (figures)": lambda n: ("Figures: " + " ".join(f"{i}-{i + 3}" for i in range(10, 10 + n // 8)) + ".",
                                   "Chiffres : " + " ".join(f"{i}-{i + 4}" for i in range(10, 10 + n // 8)) + "."),
    "figures with units (figures)": lambda n: (
        "Figures: " + words(n, 1, lambda d: f"{d.randint(1, 999)} {d.choice(['km', 'kg', 'miles', '%'])}") + ".",
        "Chiffres : " + words(n, 2, lambda d: f"{d.randint(1, 999)} {d.choice(['km', 'kg', 'milles', '%'])}") + "."),
    "times (figures)": lambda n: ("At " + words(n, 1, lambda d: f"{d.randint(0, 23)}:{d.randint(10, 59)}") + ".",
                                  "À " + words(n, 2, lambda d: f"{d.randint(0, 23)}h{d.randint(10, 59)}") + "."),
}
def cpu(folder, target, source):
    best = float("inf")
    path = folder / "pair.jsonl"
    path.write_text(json.dumps({"target": target, "source": source}) + "\\n")
    for k in range(3):
        ctx = Context(Config())  # each time a new one: the run's memo must not answer
        start = time.process_time()
        render(JsonRenderer(io.StringIO(), RunInfo(ctx.config, [c.code for c in ctx.checks])),
               run(open_pairs(str(path), ctx.config), ctx))
        best = min(best, time.process_time() - start)
    return best

only = sys.argv[1]
with tempfile.TemporaryDirectory() as tmp:
    cpu(Path(tmp), *SHAPES["times (figures)"](200))
    for shape, make in SHAPES.items():
        if only and only not in shape:
            continue
        print(json.dumps([shape, cpu(Path(tmp), *make(500)), cpu(Path(tmp), *make(2000))]), flush=True)
"""


def segments(code: Path, only: str) -> int:
    """``--segments``: each adversarial segment pair at 500 and 2,000 characters, CPU seconds and ratio."""
    return _ratios(code, [_SEGMENTS, only or ""], "| segment pair | CPU s at 500 | CPU s at 2,000 | ratio |")


def growth(code: Path, only: str) -> int:
    """``--growth``: each shape of the linear-time test at n and 4n characters, CPU seconds and ratio."""
    return _ratios(code, [_GROWTH, str(REPO / "tests"), only or ""],
                   "| shape | CPU s at 6,000 | CPU s at 24,000 | ratio |")


def _ratios(code: Path, script: list[str], header: str) -> int:
    """Run ``python -c SCRIPT ARGS...`` on the checkout ``code``; print its [shape, small, large] lines as a table."""
    env = dict(os.environ, PYTHONPATH=str(code))
    with tempfile.TemporaryDirectory() as cwd:  # not this checkout's folder, which -c would put first on the path
        proc = subprocess.run([sys.executable, "-c", *script], env=env, stdout=subprocess.PIPE, text=True,
                              check=True, cwd=cwd)
    print(header + "\n|---|---|---|---|")
    for line in proc.stdout.splitlines():
        shape, small, large = json.loads(line)
        print(f"| {shape} | {small:.4f} | {large:.4f} | {large / max(small, 1e-6):.1f} |")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--code", default=str(REPO), help="checkout whose mtqa package to run")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--only", help="run the cases whose name contains this text")
    ap.add_argument("--growth", action="store_true", help="CPU seconds of the linear-time test's shapes at n and 4n")
    ap.add_argument("--segments", action="store_true", help="CPU seconds of adversarial segment pairs at 500 and 2,000")
    args = ap.parse_args()
    if args.segments:
        return segments(Path(args.code), args.only)
    if args.growth:
        return growth(Path(args.code), args.only)
    with tempfile.TemporaryDirectory() as tmp:
        print(f"| input | result | CPU s | wall s | peak RSS MB |\n|---|---|---|---|---|")
        for name, argv in cases(Path(tmp)):
            if args.only and args.only not in name:
                continue
            status, cpu, wall, rss = measure(Path(args.code), argv, args.timeout)
            print(f"| {name} | {status} | {cpu:.2f} | {wall:.2f} | {rss} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
