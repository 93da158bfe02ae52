"""The bench scripts measure the checkout they live in (bench/checkout.py).

A script run as ``python bench/X.py`` from a second worktree or an archived
base used to import the ``mtqa`` that the virtual environment's editable
install points to, and so timed or counted another tree's code without a word.
The probe copies ``bench/`` next to a stand-in ``mtqa`` package that only
prints a marker: every script whose module body imports ``mtqa`` must reach
the stand-in, not the installed package.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
MARKER = "stand-in mtqa of the copied checkout"


def _imports_mtqa_at_module_level(path: Path) -> bool:
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "mtqa":
            return True
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "mtqa" for a in node.names):
            return True
    return False


SCRIPTS = sorted(p.name for p in BENCH.glob("*.py") if _imports_mtqa_at_module_level(p))


def test_the_probe_has_scripts_to_run():
    assert "wmt_flags.py" in SCRIPTS and "recall.py" in SCRIPTS


@pytest.fixture(scope="module")
def copied_checkout(tmp_path_factory):
    root = tmp_path_factory.mktemp("checkout")
    shutil.copytree(BENCH, root / "bench", ignore=shutil.ignore_patterns("out", "__pycache__"))
    (root / "mtqa").mkdir()
    (root / "mtqa" / "__init__.py").write_text(
        f"import sys\nprint({MARKER!r})\nsys.exit(0)\n", encoding="utf-8"
    )
    return root


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_bench_script_imports_the_mtqa_of_its_own_checkout(copied_checkout, script):
    done = subprocess.run(
        [sys.executable, str(copied_checkout / "bench" / script), "--help"],
        cwd=copied_checkout.parent, capture_output=True, text=True, timeout=120,
    )
    assert MARKER in done.stdout, (script, done.stdout[-300:], done.stderr[-300:])


def test_the_dask_workers_warm_up_imports_nothing_of_bench(tmp_path):
    """bench/parallel.py's ``_warm_worker`` runs in Dask workers started from a checkout's root (the
    folder of their cluster, whose mtqa they must import): their path has that root and no ``bench/``.
    It imported bench/checkout.py there, and every Dask way ended with ModuleNotFoundError."""
    cloudpickle = pytest.importorskip("cloudpickle", reason="the dask extra is not installed")

    sys.path.insert(0, str(BENCH))
    import parallel

    (tmp_path / "mtqa").mkdir()
    (tmp_path / "mtqa" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "mtqa" / "config.py").write_text("class Config:\n    pass\n", encoding="utf-8")
    (tmp_path / "mtqa" / "distributed.py").write_text(f"def warm(config):\n    print({MARKER!r})\n",
                                                      encoding="utf-8")
    cloudpickle.register_pickle_by_value(parallel)  # as Dask sends a function of the script it runs
    try:
        sent = cloudpickle.dumps(parallel._warm_worker)
    finally:
        cloudpickle.unregister_pickle_by_value(parallel)
    done = subprocess.run(
        [sys.executable, "-c", "import pickle, sys; pickle.loads(sys.stdin.buffer.read())()"],
        cwd=tmp_path, input=sent, capture_output=True, timeout=120,
    )
    assert MARKER in done.stdout.decode(), done.stderr.decode()[-500:]
