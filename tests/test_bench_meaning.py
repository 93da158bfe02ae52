"""bench/meaning.py's --years: two- or four-digit years, an unknown year a usage error (exit 2), not a KeyError."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))
import meaning  # noqa: E402


def test_years_accept_two_and_four_digits():
    assert meaning.year_list("2012, 13,14") == ["12", "13", "14"]


def test_an_unknown_year_is_refused():
    with pytest.raises(Exception, match="no data for year '2011'"):
        meaning.year_list("2011")


def test_an_unknown_year_exits_2_with_one_line(tmp_path):
    run = subprocess.run([sys.executable, str(BENCH / "meaning.py"), "--years", "2011", "--data", str(tmp_path)],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr and "no data for year '2011'" in run.stderr
