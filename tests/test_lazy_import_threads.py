"""Stand-ins of :mod:`mtqa.lazy` read by several threads at once on a fresh interpreter (a fresh Dask worker with
two threads): each module is imported whole, never handed half-made to a second thread."""
import os
import subprocess
import sys
import textwrap

import pytest

PROGRAM = textwrap.dedent("""
    import sys, threading
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, inside the imports too
    from mtqa.lazy import lazy_module
    reads = [("rapidfuzz.fuzz", "WRatio"), ("rapidfuzz.distance", "Indel"), ("rapidfuzz.fuzz", "ratio"),
             ("rapidfuzz.distance", "Levenshtein")]
    gate = threading.Barrier(len(reads))
    errors = []
    def read(name, attr):
        gate.wait()
        try:
            getattr(lazy_module(name), attr)
        except Exception as e:
            errors.append(repr(e))
    threads = [threading.Thread(target=read, args=r) for r in reads]
    [t.start() for t in threads]
    [t.join() for t in threads]
    print(len(errors), errors[:1])
""")


def test_threads_reading_rapidfuzz_at_once_all_get_it():
    """Without the import lock, 6 of 6 fresh interpreters failed here ("cannot import name 'WRatio' from
    partially initialized module 'rapidfuzz.fuzz'", or a _DeadlockError), the error a fresh Dask worker met."""
    pytest.importorskip("rapidfuzz")
    env = {**os.environ}
    for _ in range(4):
        done = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "0 []", done.stdout


def test_no_module_imports_rapidfuzz_outside_a_stand_in():
    """Every rapidfuzz import goes through a stand-in (imported under its lock): a plain ``from rapidfuzz ...``
    in a function raced a stand-in's import in another thread."""
    import pathlib

    root = pathlib.Path(__file__).resolve().parent.parent / "mtqa"
    found = [f"{p}:{n}" for p in root.rglob("*.py") for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if line.lstrip().startswith(("from rapidfuzz", "import rapidfuzz"))]
    assert found == []
