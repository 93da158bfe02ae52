"""bench/mentions_ab.py: two versions of the name tokeniser compared on every distinct text, and timed."""
from __future__ import annotations

from pathlib import Path

PAIRS = [
    {"id": 1, "doc": "d1", "source": "Le ministre Jean-Yves Le Drian a reçu M. Dupont à l'Élysée.",
     "target": "Minister Jean-Yves Le Drian received Mr. Dupont at the Elysée."},
    {"id": 2, "doc": "d1", "source": "Selon Laurence des Cars, le musée rouvrira lundi.",
     "target": "According to Laurence des Cars, the museum will reopen on Monday."},
]


def test_the_same_module_finds_the_same_mentions(bench_on_pairs):
    tree = str(Path(__file__).resolve().parent.parent)
    done = bench_on_pairs("mentions_ab.py", PAIRS, "--base", tree, "--rounds", "2")
    assert done.returncode == 0, done.stderr[-500:]
    out = done.stdout
    assert "fr: 2 distinct texts, 0 differ" in out and "en: 2 distinct texts, 0 differ" in out
    assert out.count("median ratio new/old") == 2


def test_a_changed_module_is_caught(bench_on_pairs, tmp_path):
    # a copy of the tokeniser that takes every word opening a sentence for a name: its mentions differ
    tree = Path(__file__).resolve().parent.parent
    other = tmp_path / "other" / "mtqa" / "names"
    other.mkdir(parents=True)
    code = (tree / "mtqa" / "names" / "mentions.py").read_text(encoding="utf-8")
    broken = code.replace("COMMON_WORD = 3.5", "COMMON_WORD = 99.0")
    assert broken != code
    (other / "mentions.py").write_text(broken, encoding="utf-8")
    done = bench_on_pairs("mentions_ab.py", PAIRS, "--base", str(tmp_path / "other"), "--rounds", "1")
    assert done.returncode == 0, done.stderr[-500:]
    assert "DIFFER en" in done.stdout  # "According" opening a sentence is a name word to the broken copy


def test_whole_runs_are_timed_with_each_reader(bench_on_pairs):
    # the run's mentions made by each version in turn: a line per round and the median, and the reader restored
    tree = str(Path(__file__).resolve().parent.parent)
    done = bench_on_pairs("mentions_ab.py", PAIRS, "--base", tree, "--rounds", "2", "--no-exact", "--whole-run")
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.count("whole run ") == 2 and "whole run: median ratio new/old" in done.stdout
