"""bench/name_costs.py: every stage it times exists where it looks for it, and a run prints each one's line."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))
import name_costs  # noqa: E402


def test_every_stage_is_a_function_its_callers_look_up():
    for module, attr, label in name_costs.STAGES:
        assert callable(getattr(importlib.import_module(module), attr, None)), (module, attr, label)


def test_a_run_charges_the_stages(bench_on_pairs):
    pairs = [
        {"id": 1, "doc": "d1", "source": "Marie Dufresnoy a rencontré le maire de Villebrune mardi.",
         "target": "Marie Dufresnoy met the mayor of Villebrune on Tuesday."},
        {"id": 2, "doc": "d1", "source": "Selon Marie Dufresnoy, le projet sera voté en juin.",
         "target": "According to Marie Dufresnay, the project will be voted on in June."},
    ]
    done = bench_on_pairs("name_costs.py", pairs)
    assert done.returncode == 0, done.stderr[-500:]
    lines = done.stdout.splitlines()
    assert lines[0].startswith("2 pairs:")
    for _, _, label in name_costs.STAGES:
        assert any(line.startswith(label + " ") for line in lines[1:]), label
    analysed = next(line for line in lines if line.startswith(name_costs.STAGES[0][2]))
    assert analysed.rstrip().endswith("1 calls")  # one document: T101's analysis runs once
