"""bench/text_reads.py: a run counts the word splits it makes and the text readings of the checks, per caller."""
from __future__ import annotations


def test_a_run_counts_splits_and_readings(bench_on_pairs):
    pairs = [
        {"id": 1, "doc": "d1", "source": "Le ministre a annoncé mardi un plan de 3 milliards d'euros.",
         "target": "The minister announced on Tuesday a plan of 3 billion euros."},
        {"id": 2, "doc": "d1", "source": "Selon Marie Dufresnoy, le projet sera voté en juin.",
         "target": "According to Marie Dufresnoy, the project will be voted on in June."},
    ]
    done = bench_on_pairs("text_reads.py", pairs, "--top", "5")
    assert done.returncode == 0, done.stderr[-500:]
    lines = done.stdout.splitlines()
    assert lines[0].startswith("2 segments: ") and "word splits made" in lines[0]
    made = int(lines[0].split(": ", 1)[1].split(" ", 1)[0].replace(",", ""))
    assert made >= 4  # at least each source and each translation split once
    assert any(line.startswith("str.lower ") for line in lines[1:])
    callers = [line for line in lines if line.startswith(" ") and ":" in line]
    assert len(callers) == 5 and all(float(line.split()[0]) > 0 for line in callers)
