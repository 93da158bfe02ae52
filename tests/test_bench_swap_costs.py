"""bench/swap_costs.py: a run charges the name-swap checks it times, round by round, and writes the figures asked for."""
from __future__ import annotations

import json


def test_a_run_charges_each_name_swap_check(bench_on_pairs, tmp_path):
    pairs = [
        {"id": 1, "doc": "d1", "source": "Le maire Vostradi a rencontré Pierre Brandoux mardi.",
         "target": "The mayor Patel met Pierre Brandoux on Tuesday."},
        {"id": 2, "doc": "d1", "source": "Selon Vostradi, le projet sera voté en juin.",
         "target": "According to Patel, the project will be voted on in June."},
    ]
    out = tmp_path / "rounds.jsonl"
    done = bench_on_pairs("swap_costs.py", pairs, "--rounds", "2", "--out", str(out))
    assert done.returncode == 0, done.stderr[-500:]
    lines = done.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == ["round 1", "round 2", "median"]
    rounds = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rounds) == 2
    for figures in rounds:
        assert set(figures) == {"T105", "T106", "T107", "T110", "swaps", "run"}
        assert figures["T106"] > 0  # the replaced name was read
        assert abs(figures["swaps"] - sum(figures[c] for c in ("T105", "T106", "T107", "T110"))) < 1e-9
        assert figures["swaps"] <= figures["run"]


def test_codes_times_the_checks_asked_for(bench_on_pairs, tmp_path):
    pairs = [{"id": 1, "doc": "d1", "source": "Il y avait 30 journalistes dans la salle.",
              "target": "There avait30 journalists in the the room."}]
    out = tmp_path / "rounds.jsonl"
    done = bench_on_pairs("swap_costs.py", pairs, "--rounds", "1", "--codes", "A206,F401", "--out", str(out))
    assert done.returncode == 0, done.stderr[-500:]
    figures = json.loads(out.read_text())
    assert set(figures) == {"A206", "F401", "timed", "run"}
    assert figures["A206"] > 0 and figures["F401"] > 0
