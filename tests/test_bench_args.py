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
    for script in ("names_copy.py", "recall_wmt.py", "names_lost.py"):
        run = subprocess.run([sys.executable, str(BENCH / script), "--years", "1999", "--data", str(tmp_path)],
                             capture_output=True, text=True)
        assert run.returncode == 2 and "unknown 1999" in run.stderr and "Traceback" not in run.stderr, run.stderr


@pytest.mark.parametrize("args, says", [
    (["--lexicon", "no-such-lexicon.tsv.gz"], "--lexicon: no such file"),
    ([], "WMT data not found"),
])
def test_qe_features_refuses_missing_inputs_in_one_line(tmp_path, args, says):
    """bench/qe_features.py on a fresh clone or with a path typed wrong: one line, exit 2, before any work."""
    run = subprocess.run([sys.executable, str(BENCH / "qe_features.py"), "--data", str(tmp_path), *args],
                         capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and says in run.stderr


def test_qe_features_asks_for_the_meaning_cache_first(tmp_path, monkeypatch):
    import qe_features

    for folder in ("newstest-fren-2008-2015", "potet-fren-postedit", "wmt12-fren", "wmt13-fren", "wmt14-fren"):
        (tmp_path / folder).mkdir()
    monkeypatch.setattr(qe_features, "MEANING_OUT", tmp_path / "meaning")
    assert "run bench/meaning.py --tag t1 first" in qe_features.input_problem(tmp_path, "t1", None, 2, True)
    (tmp_path / "meaning" / "t1").mkdir(parents=True)
    assert qe_features.input_problem(tmp_path, "t1", None, 2, True) is None


@pytest.mark.parametrize("args, says", [
    (["--leave-out", "newstest2099", "--out", "x.tsv.gz"], "not a training set: newstest2099"),
    # a diagnostic lexicon must not replace the shipped one
    (["--leave-out", "newstest2012"], "give --out PATH"),
])
def test_build_lexicon_refuses_a_bad_leave_out_in_one_line(tmp_path, args, says):
    shipped = BENCH.parent / "mtqa" / "data" / "lexmodel" / "fr-en.tsv.gz"
    before = shipped.stat().st_mtime_ns
    run = subprocess.run([sys.executable, str(BENCH / "build_lexicon.py"), "--data", str(tmp_path), *args],
                         capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and says in run.stderr
    assert shipped.stat().st_mtime_ns == before


@pytest.mark.parametrize("script", ["meaning.py", "recall.py", "names_copy.py", "recall_meaning.py", "wmt_flags.py",
                                    "throughput.py", "compare_human.py", "compiled_probe.py", "names_lost.py"])
def test_a_missing_data_folder_is_one_line_and_exit_2(tmp_path, script):
    """The bench scripts on a machine without ../shared/data (or with --data typed wrong): one line naming the
    folder, exit 2 like mtqa's unusable input, not 1 (the code of a run whose documents failed)."""
    run = subprocess.run([sys.executable, str(BENCH / script), "--data", str(tmp_path / "none")],
                         capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and str(tmp_path / "none") in run.stderr


@pytest.mark.parametrize("args, says", [(["--reuse"], "--reuse needs --keep DIR"),
                                        (["--reuse", "--keep", "copy"], "no compiled module under")])
def test_compiled_probe_refuses_to_reuse_a_copy_with_no_compiled_module(tmp_path, args, says):
    """--reuse without a compiled copy timed the pure tree against itself (the empty folder's ``-m mtqa``
    imports the installed package; its import check had no module to check) and printed a speed-up."""
    (tmp_path / "copy" / "mtqa").mkdir(parents=True)
    (tmp_path / "copy" / "mtqa" / "__init__.py").write_text("")
    run = subprocess.run([sys.executable, str(BENCH / "compiled_probe.py"), "--data", str(tmp_path / "none"), *args],
                         capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and says in run.stderr, run.stderr


def test_synonym_effect_passes_its_synonym_window_to_the_checks(monkeypatch, tmp_path):
    """bench/synonym_effect.py --synonym-window N runs A609/A610 with that window (the parameter did nothing)."""
    import synonym_effect

    seen = []

    class Stop(Exception):
        pass

    def cross_flags(files, synonyms, synonym_window=0):
        seen.append(synonym_window)
        raise Stop

    monkeypatch.setattr(synonym_effect, "cross_flags", cross_flags)
    monkeypatch.setattr(synonym_effect, "year_files", lambda data, year: {})
    monkeypatch.setattr(sys, "argv", ["synonym_effect.py", "--years", "12", "--data", str(tmp_path),
                                      "--synonym-window", "3", "--no-a603"])
    with pytest.raises(Stop):
        synonym_effect.main()
    assert seen == [3]


def test_synonym_effect_refuses_a_negative_window(tmp_path):
    run = subprocess.run([sys.executable, str(BENCH / "synonym_effect.py"), "--synonym-window", "-2",
                          "--data", str(tmp_path)], capture_output=True, text=True)
    assert run.returncode == 2 and "Traceback" not in run.stderr and "count of words" in run.stderr


def test_the_judged_report_counts_a_held_out_sets_rows_without_printing_them(monkeypatch, capsys, tmp_path):
    """bench/wmt_flags.py's judged report: a calibration year's changed rows are printed to be read; newstest2015's
    (held out) are only counted, unless --show-held-out asks for them."""
    import wmt_flags

    def entry(text):
        return {"segments": 10, "flags": 1, "judged": 0, "raw": 10.0, "false": 0.0, "low": 0.0, "high": 0.0,
                "gone": [(("x", 3, "T103", text + " gone"), ("false", "why"))],
                "new": [{"line": "7", "code": "A205", "text": text}], "unjudged_strata": []}

    report = {"newstest2013": entry("a read span"), "newstest2015": entry("a held-out span")}
    j = wmt_flags.judged
    monkeypatch.setattr(j, "load", lambda path: ({}, {}))
    monkeypatch.setattr(j, "estimate", lambda *a: report)
    monkeypatch.setattr(j, "label_counts", lambda labels: {})
    monkeypatch.setattr(j, "heldout_draws", lambda labels: [])
    monkeypatch.setattr(wmt_flags, "_set_flags", lambda years, tag: {})
    table = {"2013": ({}, 10), "2015": ({}, 10)}
    wmt_flags.judged_report(tmp_path / "j.tsv", table, "t")
    out = capsys.readouterr().out
    assert "newstest2013 3 T103 'a read span gone'" in out and "newstest2013 7 A205 'a read span'" in out
    assert "held-out span" not in out
    assert "newstest2015: 2 row(s)" in out
    wmt_flags.judged_report(tmp_path / "j.tsv", table, "t", show_held_out=True)
    assert "newstest2015 7 A205 'a held-out span'" in capsys.readouterr().out


def test_throughput_build_makes_the_output_folder(monkeypatch, tmp_path):
    """bench/throughput.py's ``build`` (also compare_speed.py's and parallel.py's) on a fresh clone, where
    bench/out/ does not exist yet: it wrote the joined file before anything made the folder
    (FileNotFoundError)."""
    import throughput

    out = tmp_path / "out"
    one = tmp_path / "one.jsonl"
    one.write_text('{"id": 1, "doc": "d", "source": "Un.", "target": "One."}\n', encoding="utf-8")
    monkeypatch.setattr(throughput, "OUT", out)
    monkeypatch.setattr(throughput, "systems", lambda wmt: {"sysA": None, "reference": None})
    monkeypatch.setattr(throughput, "write_jsonl", lambda wmt, name, target: one)
    path, pairs = throughput.build(tmp_path, 1)
    assert pairs == 1 and path.parent == out
    assert '"doc": "sysA/d"' in path.read_text(encoding="utf-8")


def test_throughput_build_never_leaves_a_half_written_file(monkeypatch, tmp_path):
    """``build`` rebuilds bench/out/wmt14.systemsN.jsonl on every run; written in place, a run that stopped
    half-way (or another bench reading it meanwhile) saw a truncated file. The old file stays whole until the
    new one is complete, and no temporary file is left behind."""
    import throughput

    out = tmp_path / "out"
    out.mkdir()
    (out / "wmt14.systems2.jsonl").write_text("old\n", encoding="utf-8")
    one = tmp_path / "one.jsonl"
    one.write_text('{"id": 1, "doc": "d", "source": "Un.", "target": "One."}\n', encoding="utf-8")

    def second_fails(wmt, name, target):
        if name == "sysB":
            raise OSError("disk full")
        return one

    monkeypatch.setattr(throughput, "OUT", out)
    monkeypatch.setattr(throughput, "systems", lambda wmt: {"sysA": None, "sysB": None, "reference": None})
    monkeypatch.setattr(throughput, "write_jsonl", second_fails)
    with pytest.raises(OSError):
        throughput.build(tmp_path, 2)
    assert (out / "wmt14.systems2.jsonl").read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in out.iterdir()) == ["wmt14.systems2.jsonl"]


def test_parallel_cpu_says_when_the_runs_compile_mtqa_from_source():
    """bench/parallel_cpu.py notes a shell that keeps no bytecode: its runs' start-up is not an install's."""
    import parallel_cpu

    assert "compiles mtqa from source" in parallel_cpu.bytecode_note({"PYTHONDONTWRITEBYTECODE": "1"})
    assert parallel_cpu.bytecode_note({}) is None
    assert parallel_cpu.bytecode_note({"PYTHONDONTWRITEBYTECODE": "1", "PYTHONPYCACHEPREFIX": "/tmp/pyc"}) is None


def test_compiled_probe_lists_what_mypyc_refuses_and_stops_in_one_line(tmp_path, capsys):
    """--compiler mypyc: mypy's errors in the modules compiled are the probe's finding (what would need fixing):
    listed on stdout, then one line on stderr and exit 2, with no compiled copy timed."""
    import compiled_probe

    fake = tmp_path / "mypyc"
    fake.write_text("#!/bin/sh\necho 'mtqa/words.py:3: error: Need type annotation for \"x\"  [var-annotated]'\n"
                    "echo 'mtqa/words.py:9: note: a note'\nexit 1\n")
    fake.chmod(0o755)
    with pytest.raises(SystemExit) as stop:
        compiled_probe.compile_mypyc(tmp_path, ["mtqa/words.py"], compiled_probe._mypyc(str(fake)))
    out, err = capsys.readouterr()
    assert stop.value.code == 2 and out.strip() == 'mtqa/words.py:3: error: Need type annotation for "x"  [var-annotated]'
    assert err.strip() == "bench: mypyc failed (1): 1 errors in the modules compiled (above)"
    with pytest.raises(SystemExit):
        compiled_probe._mypyc(str(tmp_path / "none"))
