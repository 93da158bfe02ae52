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
        assert set(figures) == {"T105", "T106", "T107", "T110", "sum", "run"}
        assert figures["T106"] > 0  # the replaced name was read
        assert abs(figures["sum"] - sum(figures[c] for c in ("T105", "T106", "T107", "T110"))) < 1e-9
        assert figures["sum"] <= figures["run"]


def test_a_run_charges_the_checks_and_functions_asked_for(bench_on_pairs, tmp_path):
    pairs = [
        {"id": 1, "doc": "d1", "source": "Quand François Hollande reçoit les étudiants de Lyon, il sourit.",
         "target": "When François Holland receives the Etudiants of Lyon, he smiles."},
    ]
    out = tmp_path / "rounds.jsonl"
    done = bench_on_pairs("swap_costs.py", pairs, "--rounds", "1", "--out", str(out), "--all", "--family", "names",
                          "--funcs", "mtqa.checks.source_leak:copied_capitals")
    assert done.returncode == 0, done.stderr[-500:]
    figures = json.loads(out.read_text().splitlines()[0])
    codes = {"T101", "T102", "T103", "T104", "T109", "T201", "T202", "L301"}
    assert set(figures) == codes | {"copied_capitals", "sum", "run"}
    assert figures["T103"] > 0 and figures["copied_capitals"] > 0  # the altered name; A205 runs with --all
    assert abs(figures["sum"] - sum(figures[c] for c in codes)) < 1e-9


def test_codes_times_the_checks_asked_for(bench_on_pairs, tmp_path):
    pairs = [{"id": 1, "doc": "d1", "source": "Il y avait 30 journalistes dans la salle.",
              "target": "There avait30 journalists in the the room."}]
    out = tmp_path / "rounds.jsonl"
    done = bench_on_pairs("swap_costs.py", pairs, "--rounds", "1", "--codes", "A206,F401", "--out", str(out))
    assert done.returncode == 0, done.stderr[-500:]
    figures = json.loads(out.read_text())
    assert set(figures) == {"A206", "F401", "sum", "run"}
    assert figures["A206"] > 0 and figures["F401"] > 0
    assert abs(figures["sum"] - figures["A206"] - figures["F401"]) < 1e-9

