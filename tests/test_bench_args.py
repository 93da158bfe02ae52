"""The bench scripts' --years: known years only, an unknown one a usage error (exit 2), not a traceback or an empty run."""
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


def test_listed_years_of_the_recall_scripts(tmp_path):
    """bench/recall.py's ``listed``: names from the known ones, an unknown one a usage error (exit 2) in
    names_copy.py and recall_wmt.py, not a KeyError or an empty run."""
    import recall

    parse = recall.listed(("2012", "2013"))
    assert parse("2012, 2013") == ["2012", "2013"]
    with pytest.raises(Exception, match="unknown 2011"):
        parse("2011")
    for script in ("names_copy.py", "recall_wmt.py"):
        run = subprocess.run([sys.executable, str(BENCH / script), "--years", "1999", "--data", str(tmp_path)],
                             capture_output=True, text=True)
        assert run.returncode == 2 and "unknown 1999" in run.stderr and "Traceback" not in run.stderr, run.stderr
