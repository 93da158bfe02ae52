"""A figure written next to a superscript digit ("4¹") is no crash: ``str.isdigit`` says yes to "¹" but ``int`` does
not read it, so every ``isdigit() … int()`` pair is an ``isdecimal()`` one (found by tests/test_fuzz.py, stop 76)."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_superscript_beside_a_figure_is_read_without_an_internal_error(tmp_path):
    table = tmp_path / "t.tsv"
    # the fuzzer's case, cut down: the source's "4¹" is read as a figure the target names by a word
    table.write_text("doc\tid\tsource\ttarget\nd0\tr0\tRogozine ?4¹ :\tx 000 3.3. met council? a.m.\n",
                     encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "mtqa", "check", str(table), "--format", "json"],
                         capture_output=True, text=True, cwd=ROOT)
    assert "internal error" not in run.stderr, run.stderr
    assert run.returncode in (0, 1), run.stderr
    assert json.loads(run.stdout)["summary"]["documents"] == 1


def test_no_isdigit_guards_an_int_in_the_package():
    import re

    offenders = [f"{p}:{n}" for p in (ROOT / "mtqa").rglob("*.py")
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r"\.isdigit\(\)", line) and "int(" in line]
    assert offenders == []
