"""bench/build_frames.py rebuilds the shipped frame table from the parallel news (skipped without ../shared/data or
WordNet)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "newstest-fren-2008-2015"
SHIPPED = ROOT / "mtqa" / "data" / "lexmodel" / "frames.fr-en.tsv"


@pytest.mark.skipif(not DATA.is_dir() or not Path("/usr/share/wordnet/index.verb").is_file(),
                    reason="no ../shared/data (parallel news) or no WordNet (Debian wordnet-base)")
def test_the_shipped_table_is_what_the_builder_makes(tmp_path):
    out = tmp_path / "frames.tsv"
    subprocess.run([sys.executable, str(ROOT / "bench" / "build_frames.py"), "--out", str(out)], check=True,
                   cwd=ROOT, capture_output=True)
    assert out.read_text(encoding="utf-8") == SHIPPED.read_text(encoding="utf-8")


def test_the_learned_rows_are_well_formed():
    seen = {}
    for line in SHIPPED.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        cols = line.split("\t")
        if cols[0] == "S":
            assert len(cols) == 6 and int(cols[3]) >= 5 and cols[4] and cols[5]
            assert cols[4] == "-" or cols[4] == cols[5].split(",")[0]
            seen[cols[1], cols[2]] = int(cols[3])
        else:
            assert cols[0] == "R" and len(cols) == 6
            assert 0 < int(cols[4]) <= seen[cols[1], cols[2]]
