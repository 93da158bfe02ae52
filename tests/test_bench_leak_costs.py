"""bench/leak_costs.py: a run charges the evidence path's checks and first reading, round by round."""
from __future__ import annotations

import json

LEAK = ("A201", "A202", "A203", "A205", "read_source_votes")


def test_a_run_charges_the_evidence_readers(bench_on_pairs, tmp_path):
    pairs = [
        {"id": 1, "doc": "d1", "source": "La police a dispersé la rixe devant la mairie de Brest.",
         "target": "The police broke up the rixe in front of Brest town hall."},
        {"id": 2, "doc": "d1", "source": "Le maire a salué le calme revenu dans la soirée.",
         "target": "The mayor praised the calm that returned in the evening."},
    ]
    out = tmp_path / "rounds.jsonl"
    done = bench_on_pairs("leak_costs.py", pairs, "--rounds", "2", "--out", str(out))
    assert done.returncode == 0, done.stderr[-500:]
    assert [line.split(":")[0] for line in done.stdout.splitlines()] == ["round 1", "round 2", "median"]
    rounds = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rounds) == 2
    for figures in rounds:
        assert figures["A205"] > 0 and figures["read_source_votes"] > 0
        assert abs(figures["leak"] - sum(figures[c] for c in LEAK)) < 1e-9
        assert figures["leak"] <= figures["evidence"] <= figures["run"]
