"""What compiling mtqa's own modules, unchanged, with Cython or mypyc buys: an experiment, not a build.

Usage: .venv/bin/python bench/compiled_probe.py [--modules hot|all|PATH,PATH] [--rounds 5] [--systems 8]
       [--keep DIR [--reuse]] [--compiler cython|mypyc] [--cythonize CMD] [--mypyc CMD]

Copies the working tree's ``mtqa`` package into a scratch folder (``--keep DIR``, else a temporary one),
compiles the chosen modules there as they are with ``cythonize -i -3 -X annotation_typing=False`` (Cython's
pure-Python mode: the ``.py`` files are not edited; an extension module is imported before the ``.py`` beside
it). Why the directive: by default Cython turns annotations into checks, and ``frequencies() -> dict``, which
returns a dict-like ``DiskTable``, stopped the run ("TypeError: Expected dict, got DiskTable"). Then:

1. checks that the copy really imports the compiled modules (their ``__file__`` ends in ``.so``);
2. runs ``mtqa check`` once from each tree on the 24,024 WMT14 pairs of ``bench/throughput.py`` (JSON
   lines to a file): this warms each tree's compiled-table cache, and the two reports must be
   byte-identical, or the script stops;
3. times ``mtqa check`` (serial, same flags, JSON lines to /dev/null) from the two trees, A B B A ...
   for ``--rounds`` rounds: wall and CPU seconds (user + system of that child alone, ``os.wait4``),
   and the ratio pure / compiled taken within each round, so that a busy machine's drift falls on both.
   It prints the median, min and max of each.

``--compiler mypyc`` compiles the chosen modules with mypyc instead (``--mypyc CMD``, default: beside this
Python, else on PATH; mypy ships it: install it in a scratch venv of the same Python version, not in the
project's, e.g. ``python3.11 -m venv /tmp/v && /tmp/v/bin/pip install mypy`` and ``--mypyc /tmp/v/bin/mypyc``).
mypyc compiles type-annotated Python to C with native attribute access and calls between the compiled
functions, where Cython's pure-Python mode keeps Python's generic ones; it needs the modules to type-check
(mypy's errors in them stop the build: they are printed, for the list of what would need fixing) and checks
the annotated types at run time (an argument or a value that is not of its annotated type raises TypeError).
The modules they import but which are not compiled, and third-party packages without stubs, are read
silently (``--follow-imports=silent --ignore-missing-imports``). Its run-time support (``librt``, a package of
the mypy venv, when the generated code imports it) is copied beside the package in the scratch folder, so
the project's venv stays as it is.

Stop 59 (mypy 2.4.1's mypyc, gcc 12, Python 3.11.7): of the 37 hot modules below, mypy finds 153 errors in 25
(numbers 45, model 10, punctuation 10, hunspell 9, exonyms 9, formats 8, false_friends 8, evidence 7...); of the
12 that type-check, ``words`` compiles but its ``Splits.__call__ = dict.__getitem__`` is no method of a
compiled class ("'Splits' object is not callable"); the check modules lose their classes' docstrings, which
document the checks (DocError: "docstring lacks a 'Why it matters:' paragraph"); ``langs/text`` is refused by
mypyc itself (a local inferred as None); ``name_words`` and ``lost_names`` stop at run time on an annotation
that is not what they are given (``caps: list``, a tuple); ``likeness`` is refused (exit 1). ``names/mentions``
compiles with ``--mypyc-flags '--disable-error-code operator'`` (``from mtqa.langs import language`` names both
the function and the module ``mtqa/langs/language.py`` for mypy) and ``checks/name_swaps/word_readings`` as it
is: reports byte-identical, CPU pure / compiled 1.011 (1.000-1.013) over 3 rounds (some 3.5 % of the run's self
time is theirs); on their own work (``text_mentions`` and ``words`` over the 48,048 texts) 1.215 -> 0.95 CPU s,
1.28x.

``--modules hot`` is the list below, the modules with the largest self time in a py-spy profile of the
24k pairs (stop 28); ``all`` is every module of the package; or give paths under ``mtqa/``.
Needs Cython (``pip install cython``), a C compiler, and the Python headers (``Python.h``: Debian's
``python3-dev`` for the system Python; pyenv and the python.org builds ship them). Cython 3.3.1 miscompiles
``Evidence._tokenise`` (a bool ``and`` inside an ``or`` in a list comprehension becomes a pointer: the
run dies of SIGSEGV; gcc warns "cast to pointer from integer of different size"); stop 28 compiled
``evidence.py`` with Cython 3.0.12 (``--cythonize '/path/to/venv-with-cython-3.0/bin/cythonize'``).
"""
from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import build  # noqa: E402
from wmt14 import OUT, ROOT, data_dir, refuse  # noqa: E402

HOT = """
evidence numbers words checks/name_swaps/likeness checks/name_swaps/name_words checks/name_swaps/lost_names
checks/name_swaps/swap_readers checks/name_swaps/replaced checks/name_swaps/replaced_throughout
checks/name_swaps/translated_as_words checks/name_swaps/word_readings checks/name_swaps/regnal_forms
checks/fragments names/mentions compiled api langs/cache
checks/nonwords checks/duplication checks/casing checks/demonyms names/analysis checks/source_leak
checks/names langs/hunspell checks/false_friends checks/repetition checks/omission model checks/exonyms
langs/frequency checks/punctuation checks/formats checks/meaning readers/jsonl langs/text checks/glued
""".split()
"""Modules by self time in a py-spy profile of a serial run on the 24k pairs (83 % of its samples; py-spy
without --native counts the C calls a line makes, regex and dict look-ups, as that line's); checks/name_swaps
was one module then, and is here by all its modules."""

CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _cythonize(given: str | None) -> list[str]:
    if given:
        return shlex.split(given)
    beside = Path(sys.executable).parent / "cythonize"
    found = str(beside) if beside.exists() else shutil.which("cythonize")
    if not found:
        refuse("bench: cythonize not found (pip install cython, or give --cythonize CMD)")
    return [found]


def _mypyc(given: str | None) -> list[str]:
    if given:
        command = shlex.split(given)
        if not command or not (shutil.which(command[0]) or Path(command[0]).is_file()):
            refuse(f"bench: no mypyc at {given!r} (pip install mypy in a scratch venv, and give its bin/mypyc)")
        return command
    beside = Path(sys.executable).parent / "mypyc"
    found = str(beside) if beside.exists() else shutil.which("mypyc")
    if not found:
        refuse("bench: mypyc not found (pip install mypy in a scratch venv, and give --mypyc CMD)")
    return [found]


MYPYC_FLAGS = ["--follow-imports=silent", "--ignore-missing-imports"]
"""mypy's reading of what is not compiled: the modules the compiled ones import are read for their types
without their own errors, and third-party packages without stubs (click, Dask, numpy) count as ``Any``."""


def compile_mypyc(scratch: Path, files: list[str], mypyc: list[str], flags: list[str] = ()) -> None:
    """Compile ``files`` (paths under ``scratch``) with mypyc in place (``flags``: more of mypy's, such as
    ``--disable-error-code operator``); its run-time support beside them."""
    proc = subprocess.run([*mypyc, *MYPYC_FLAGS, *flags, *files], cwd=scratch, capture_output=True, text=True)
    if proc.returncode:  # what mypyc refuses, listed on stdout: the input to "what would need fixing"
        errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
        print("\n".join(errors) if errors else (proc.stdout + proc.stderr).strip()[-1500:])
        refuse(f"bench: mypyc failed ({proc.returncode}): {len(errors)} errors in the modules compiled (above)")
    python = Path(mypyc[0]).parent / "python"  # the mypy venv's: its librt
    support = subprocess.run([str(python), "-c", "import librt, os; print(os.path.dirname(librt.__file__))"],
                             capture_output=True, text=True) if python.exists() else None
    if support is not None and support.returncode == 0 and support.stdout.strip():  # the generated code may import it
        target = scratch / "librt"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(support.stdout.strip(), target, ignore=shutil.ignore_patterns("__pycache__"))


def prepare(scratch: Path, modules: list[str], cythonize: list[str], compiler: str = "cython",
            flags: list[str] = ()) -> list[str]:
    """Copy the package into ``scratch`` and compile ``modules`` there (``cythonize`` is the command of the
    ``compiler``: cythonize's or mypyc's); the dotted names compiled."""
    include = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not include.exists():
        refuse(f"bench: {include} is missing: install the Python headers (Debian: apt-get install python3-dev)")
    target = scratch / "mtqa"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(ROOT / "mtqa", target, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.c"))
    files = sorted(str(p.relative_to(scratch)) for p in target.rglob("*.py")  # ``-m mtqa`` needs a .py __main__
                   if p.name != "__main__.py") if modules == ["all"] else [
        f"mtqa/{m.removeprefix('mtqa/').removesuffix('.py')}.py" for m in modules]
    missing = [f for f in files if not (scratch / f).exists()]
    if missing:
        refuse(f"bench: no such module: {', '.join(missing)}")
    start = time.perf_counter()
    if compiler == "mypyc":
        compile_mypyc(scratch, files, cythonize, flags)
    else:
        proc = subprocess.run([*cythonize, "-i", "-3", "-j", "2", "-X", "annotation_typing=False", *files], cwd=scratch,
                              capture_output=True, text=True)
        if proc.returncode:
            refuse(f"bench: cythonize failed ({proc.returncode}): {proc.stderr.strip()[-1500:]}")
    print(f"compiled {len(files)} modules with {compiler} in {time.perf_counter() - start:.0f} s (wall) into {scratch}")
    return [f.removesuffix(".py").replace("/", ".").removesuffix(".__init__") for f in files]


def check_loaded(scratch: Path, names: list[str]) -> None:
    code = ("import importlib, sys\n"
            "bad = [n for n in sys.argv[1:] if not importlib.import_module(n).__file__.endswith('.so')]\n"
            "print(' '.join(bad))")
    proc = subprocess.run([sys.executable, "-c", code, *names], cwd=scratch, capture_output=True, text=True)
    if proc.returncode or proc.stdout.strip():
        refuse(f"bench: the copy did not import its compiled modules: {proc.stdout.strip() or proc.stderr[-800:]}")


def run(cwd: Path, args: list[str], out: str) -> tuple[float, float]:
    """Wall and CPU seconds of one ``mtqa check`` child run from ``cwd`` (``-m`` imports that tree's package)."""
    cmd = [sys.executable, "-m", "mtqa", "check", *args, "--format", "jsonl", "-o", out]
    start = time.perf_counter()
    with open(os.devnull, "w") as sink, tempfile.TemporaryFile() as err:
        child = subprocess.Popen(cmd, cwd=cwd, stdout=sink, stderr=err, env=CHILD_ENV)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - start
        if child.returncode < 0:  # e.g. SIGSEGV: Cython 3.3.1 miscompiled evidence.py (see the note of stop 28)
            refuse(f"bench: mtqa from {cwd} was killed by signal {-child.returncode}: a miscompiled module? "
                   f"(run it with python -X faulthandler -m mtqa ... to see where)")
        if child.returncode not in (0, 1):
            err.seek(0)
            refuse(f"bench: mtqa from {cwd} failed ({child.returncode}): {err.read().decode()[-800:]}")
    return wall, usage.ru_utime + usage.ru_stime


def reused(keep: Path | None) -> list[str]:
    """The dotted names of the compiled modules of the copy in ``keep`` (``--reuse``). A copy with none would
    time the pure tree against itself (``-m mtqa`` from a folder without the package imports the installed
    one) and print that as the compiled tree's speed-up: refused in one line, before the data is read."""
    if keep is None:
        refuse("bench: --reuse needs --keep DIR, the folder of a copy compiled by an earlier run")
    keep = keep.resolve()
    names = sorted(str(p.relative_to(keep)).split(".")[0].replace("/", ".").removesuffix(".__init__")
                   for p in (keep / "mtqa").rglob("*.so"))
    if not names:
        refuse(f"bench: no compiled module under {keep / 'mtqa'}: run once without --reuse to compile the copy")
    return names


def spread(values: list[float], fmt: str = "{:.2f}") -> str:
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data")
    ap.add_argument("--systems", type=int, default=8)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--modules", default="hot", help="hot, all, or comma-separated paths under mtqa/")
    ap.add_argument("--keep", type=Path, help="scratch folder to compile into and keep (default: a temporary one)")
    ap.add_argument("--reuse", action="store_true", help="use the compiled copy already in --keep as it is")
    ap.add_argument("--compiler", choices=("cython", "mypyc"), default="cython")
    ap.add_argument("--cythonize", help="the cythonize command (default: beside this Python, else on PATH)")
    ap.add_argument("--mypyc", help="the mypyc command (default: beside this Python, else on PATH)")
    ap.add_argument("--mypyc-flags", default="", help="more mypy flags for mypyc, e.g. '--disable-error-code operator'")
    ap.add_argument("--select", default="", help="restrict the checks in both trees")
    args = ap.parse_args()
    modules = HOT if args.modules == "hot" else ["all"] if args.modules == "all" else args.modules.split(",")
    names = reused(args.keep) if args.reuse else []
    OUT.mkdir(parents=True, exist_ok=True)
    corpus, pairs = build(data_dir(args.data), args.systems)
    flags = [str(corpus)] + (["--select", args.select] if args.select else [])
    temp = None if args.keep else tempfile.TemporaryDirectory(prefix="mtqa-compiled-")
    scratch = (args.keep or Path(temp.name)).resolve()
    scratch.mkdir(parents=True, exist_ok=True)
    if not args.reuse:
        command = _mypyc(args.mypyc) if args.compiler == "mypyc" else _cythonize(args.cythonize)
        names = prepare(scratch, modules, command, args.compiler, shlex.split(args.mypyc_flags))
    check_loaded(scratch, names)
    trees = {"pure": ROOT, "compiled": scratch}
    reports = {}
    for name, tree in trees.items():  # warm each tree's table cache; the reports must agree byte for byte
        reports[name] = OUT / f"compiled_probe.{name}.jsonl"
        run(tree, flags, str(reports[name]))
    if reports["pure"].read_bytes() != reports["compiled"].read_bytes():
        refuse(f"bench: the compiled tree's report differs: diff {reports['pure']} {reports['compiled']}")
    print(f"identical reports ({reports['pure'].stat().st_size:,} bytes) on {pairs:,} pairs")
    wall: dict[str, list[float]] = {n: [] for n in trees}
    cpu: dict[str, list[float]] = {n: [] for n in trees}
    for r in range(args.rounds):
        for name in (list(trees) if r % 2 == 0 else list(trees)[::-1]):
            w, c = run(trees[name], flags, os.devnull)
            wall[name].append(w)
            cpu[name].append(c)
        print(f"round {r + 1}: " + ", ".join(f"{n} {wall[n][-1]:.2f} s wall / {cpu[n][-1]:.2f} s CPU" for n in trees),
              flush=True)
    print(f"\n{pairs:,} pairs, {args.rounds} interleaved rounds, {len(names)} compiled modules; median (min–max)")
    for name in trees:
        print(f"{name:9s} wall {spread(wall[name])} s = {spread([pairs / w for w in wall[name]], '{:,.0f}')} pairs/s,"
              f" CPU {spread(cpu[name])} s")
    print(f"speed-up, pure / compiled within a round: wall {spread([a / b for a, b in zip(wall['pure'], wall['compiled'])], '{:.3f}')},"
          f" CPU {spread([a / b for a, b in zip(cpu['pure'], cpu['compiled'])], '{:.3f}')}")
    if temp:
        temp.cleanup()


if __name__ == "__main__":
    main()
