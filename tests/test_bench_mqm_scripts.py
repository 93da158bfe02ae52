"""bench/mqm_scripts.py: the gold spans it reads out of MQM rows, and a clean skip without the data."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import mqm_scripts  # noqa: E402


def test_marked_spans_are_read_in_the_plain_text():
    text, spans = mqm_scripts.plain("Today <v>参加</v> people and <v>Beijing</v>.")
    assert text == "Today 参加 people and Beijing."
    assert [text[a:b] for a, b in spans] == ["参加", "Beijing"]


def test_an_unclosed_mark_runs_to_the_end():
    text, spans = mqm_scripts.plain("He said <v>хватает")
    assert [text[a:b] for a, b in spans] == ["хватает"]


def test_a_rows_gold_is_only_the_untranslated_categories(tmp_path):
    path = tmp_path / "m.tsv"
    path.write_text("system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity\n"
                    "s\td\t1\t1\tr1\t源\tA <v>参加</v> b\tAccuracy/Source language fragment\tMajor\n"
                    "s\td\t1\t1\tr2\t源\tA 参加 <v>b</v>\tFluency/Grammar\tMinor\n", encoding="utf-8")
    segs, skipped = mqm_scripts.read(path)
    assert segs == {("s", "d", "1"): ["A 参加 b", [(2, 4)]]} and skipped == 0
    assert mqm_scripts.foreign_letter("参加") and not mqm_scripts.foreign_letter("Beijing")


def test_without_the_data_the_bench_says_so(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["mqm_scripts.py", "--data", str(tmp_path)])
    assert mqm_scripts.main() is None
    assert "nothing measured" in capsys.readouterr().out
