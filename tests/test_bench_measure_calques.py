"""bench/measure_calques.py counts the shapes A619-A621 and A625 (stop 74) read, as the checks read them, in the references."""
from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
import measure_calques  # noqa: E402


def test_each_shape_is_counted_as_the_checks_read_it():
    found = measure_calques.count([
        "The stage, long of 172 km, ends on a climb.",
        "A producer of 58 years sold his tea; a sentence of two years was passed.",
        "Twelve died, of which 3 children, and 40 were hurt, of whom ten were children.",
        "The stage is 172 km long.",
        "Works must end by end 2028; the tower, high of 17 metres, stood there since a century.",
        "Twelve banks, among which Barclays; it has stood since three years ago, and talks end March 3.",
    ])
    assert found == {
        "A619 adjective of a measure": ["long of 172 km", "high of 17 metres"],
        "A620 person of <n> years": ["producer of 58 years"],
        "A621 part without a verb": ["of which 3 children", "among which Barclays"],
        "A625 bare edge of a period": ["end 2028"],
        "A625 since + a duration": ["since a century"],
    }


def test_without_data_it_says_so_and_stops(tmp_path, capsys):
    assert measure_calques.main(["--data", str(tmp_path)]) == 2
    assert "no parallel news" in capsys.readouterr().err
