"""Command-line conventions a CI user expects from ruff, flake8 or pytest.

Several targets and folders, several reports from one run (each identical to
its own run), --exit-zero, -V, configuration found from the targets' folder,
"did you mean", examples and exit codes in --help, a terminal report whose
lines editors can jump to, a progress bar only on a terminal, and the run's
warnings carried by every report format.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.mtqa_cli import FEEDS, ROOT, mtqa, write

SEED = ROOT / "corpora" / "seed"
TARGET = str(SEED / "article.en.txt")
TITLE = (SEED / "article.fr-title.txt").read_text(encoding="utf-8").strip()


def run(*args, env=None, **kw) -> subprocess.CompletedProcess:
    full = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-m", "mtqa", *args], cwd=ROOT, capture_output=True, text=True,
                          env=full, timeout=300, **kw)


def test_one_run_writes_several_reports_each_identical_to_its_own_run(tmp_path):
    feed, source = str(FEEDS / "actu.en.xml"), str(FEEDS / "actu.fr.xml")
    formats = {"sarif": "r.sarif", "junit": "r.xml", "html": "r.html", "json": "r.json"}
    together = tmp_path / "together"
    together.mkdir()
    args = [a for fmt, name in formats.items() for a in ("--output-format", f"{fmt}:{together / name}")]
    both = mtqa("check", feed, "--source", source, *args)
    assert both.code == 1 and both.stdout == "", both.stderr
    for fmt, name in formats.items():
        alone = tmp_path / f"alone-{name}"
        single = mtqa("check", feed, "--source", source, "--format", fmt, "-o", str(alone))
        assert single.code == both.code
        assert (together / name).read_bytes() == alone.read_bytes(), fmt


def test_output_format_mistakes_are_usage_errors(tmp_path):
    r = mtqa("check", TARGET, "--output-format", "sarf:x.sarif")
    assert r.code == 2 and "did you mean 'sarif'?" in r.stderr
    r = mtqa("check", TARGET, "--output-format", "json", "--output-format", "csv")
    assert r.code == 2 and "stdout" in r.stderr
    out = str(tmp_path / "same")
    r = mtqa("check", TARGET, "--output-format", f"json:{out}", "--output-format", f"csv:{out}")
    assert r.code == 2 and "same file" in r.stderr


def test_exit_zero_and_version():
    assert mtqa("check", TARGET, "--source-title", TITLE).code == 1
    assert mtqa("check", TARGET, "--source-title", TITLE, "--exit-zero").code == 0
    assert mtqa("check", "/no/such/file.en.txt", "--exit-zero").code == 2
    for flag in ("-V", "--version"):
        r = mtqa(flag)
        assert r.code == 0 and re.search(r"mtqa, version \d", r.stdout)


def test_help_has_examples_and_exit_codes():
    text = mtqa("check", "--help").stdout
    assert "Examples:" in text and "--output-format sarif:mtqa.sarif" in text
    assert re.search(r"^\s+2\s+the input or the configuration could not be used", text, re.M)
    assert "--exit-zero" in text and "--quiet" in text


def test_configuration_is_found_from_the_targets_folder(tmp_path):
    folder = tmp_path / "desk" / "today"
    folder.mkdir(parents=True)
    (tmp_path / "desk" / "mtqa.toml").write_text('ignore = ["T1"]\nfail_on = "none"\n', encoding="utf-8")
    target = folder / "article.en.txt"
    target.write_text(SEED.joinpath("article.en.txt").read_text(encoding="utf-8"), encoding="utf-8")
    r = mtqa("check", str(target), "--source-title", TITLE, "--format", "json")  # cwd is elsewhere
    codes = {i["code"] for d in r.json()["documents"] for i in d["issues"]}
    assert codes and not any(c.startswith("T1") for c in codes)
    assert "fail_on:none" in r.json()["tool"]["signature"]


def test_folders_and_several_targets_pair_sources_by_name(tmp_path):
    (tmp_path / "a.en.txt").write_text("Prices rise again\n\nPrices rose by 3.000 euros in May.\n", encoding="utf-8")
    (tmp_path / "a.fr.txt").write_text("Les prix montent encore\n\nLes prix ont augmenté de 3.000 euros en mai.\n",
                                       encoding="utf-8")
    sub = tmp_path / "more"
    sub.mkdir()
    (sub / "b.en.txt").write_text("The mayor speaks\n\nThe mayor spoke on Monday.\n", encoding="utf-8")
    (sub / "b.fr-title.txt").write_text("Le maire parle\n", encoding="utf-8")
    (sub / "notes.txt").write_text("not a translation\n", encoding="utf-8")
    r = mtqa("check", str(tmp_path), "--format", "json")
    docs = r.json()["documents"]
    assert [Path(d["path"]).name for d in docs] == ["a.en.txt", "b.en.txt"]
    assert docs[0]["source"]["title_only"] is False and docs[0]["source"]["path"].endswith("a.fr.txt")
    assert docs[1]["source"]["title_only"] is True
    listed = mtqa("check", str(tmp_path / "a.en.txt"), str(sub / "b.en.txt"), "--format", "json")
    assert [d["path"] for d in listed.json()["documents"]] == [d["path"] for d in docs]
    bad = mtqa("check", str(tmp_path / "a.en.txt"), str(sub / "b.en.txt"), "--source", str(tmp_path / "a.fr.txt"))
    assert bad.code == 2 and "single TARGET" in bad.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    r = mtqa("check", str(empty))
    assert r.code == 2 and r.stderr.count("\n") == 1 and "NAME.en.EXT" in r.stderr


def test_did_you_mean_for_codes():
    r = mtqa("rule", "F3O1")  # a letter O for the zero
    assert r.code == 2 and "did you mean 'F301'?" in r.stderr
    r = mtqa("rule", "X999")
    assert r.code == 2 and r.stderr.count("'") % 2 == 0 and "X999" in r.stderr
    r = mtqa("check", TARGET, "--select", "A10")
    assert r.code != 2  # a prefix is fine
    r = mtqa("check", TARGET, "--ignore", "Q101")
    assert r.code == 2 and "matches no check" in r.stderr


def test_terminal_report_at_80_columns_is_jumpable_and_wrapped():
    r = run("check", "corpora/seed/article.en.txt", "--source-title", TITLE, env={"COLUMNS": "80"})
    lines = r.stdout.splitlines()
    assert max(len(line) for line in lines[:-1]) <= 80  # the last line is the signature, never broken
    issue_lines = [line for line in lines if not line.startswith((" ", "corpora/seed/article.en.txt ")) and ":" in line]
    data = json.loads(run("check", "corpora/seed/article.en.txt", "--source-title", TITLE, "--format", "json").stdout)
    issues = data["documents"][0]["issues"]
    starts = [line for line in lines if line.startswith("corpora/seed/article.en.txt:")]
    assert len(starts) == len(issues)
    for line, issue in zip(starts, issues):
        assert line.startswith(f"corpora/seed/article.en.txt:{issue['line']}:{issue['start'] + 1}: ")
        assert f" {issue['code']} {issue['severity']}" in line
    message_cols = {line.index(i["code"]) for line, i in zip(starts, issues)}
    assert len(message_cols) == 1, "the code column is aligned"
    assert issue_lines
    assert "1 document: 0 passed, 1 failed; 40 issues" in r.stdout or re.search(r"1 document: .* issues", r.stdout)
    assert "1 issues" not in r.stdout and "1 documents" not in r.stdout


def test_terminal_report_in_a_pipe_keeps_one_line_per_issue():
    r = run("check", "corpora/seed/article.en.txt", "--source-title", TITLE, env={"COLUMNS": ""})
    data = json.loads(run("check", "corpora/seed/article.en.txt", "--source-title", TITLE, "--format", "json").stdout)
    assert sum(line.startswith("corpora/seed/article.en.txt:") for line in r.stdout.splitlines()) == \
        len(data["documents"][0]["issues"])
    assert not any(line.startswith("    ") for line in r.stdout.splitlines())


def _many(tmp_path: Path, n_clean: int) -> str:
    lines = []
    for k in range(n_clean):
        lines.append(json.dumps({"doc": f"clean{k}", "id": f"c{k}", "target": "The council met on Tuesday to vote."}))
    lines.append(json.dumps({"doc": "bad", "id": "b0", "target": "The council met on Tuesday. The the vote was 3.000 to 2."}))
    lines.append(json.dumps({"doc": "bad", "id": "b1", "target": "Ioulia Peressild said nothing of the vote."}))
    return write(tmp_path, "many.jsonl", "\n".join(lines) + "\n")


def test_many_documents_show_only_the_failing_ones_unless_verbose(tmp_path):
    path = _many(tmp_path, 30)
    default = mtqa("check", path, "--fail-on", "minor")
    assert "[clean3]" not in default.stdout and "bad" in default.stdout
    assert "30 passing documents not shown (--verbose shows them)" in default.stdout
    verbose = mtqa("check", path, "--fail-on", "minor", "--verbose")
    assert "[clean3]" in verbose.stdout and "not shown" not in verbose.stdout
    quiet = mtqa("check", path, "--fail-on", "minor", "--quiet")
    assert quiet.code == 1 and "bad" not in quiet.stdout and quiet.stdout.startswith("31 documents: 30 passed, 1 failed")
    few = mtqa("check", _many(tmp_path, 3), "--fail-on", "minor")
    assert "[clean2]" in few.stdout  # a handful of documents: all of them


def test_progress_only_on_a_terminal(tmp_path):
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for k in range(1500):
            f.write(json.dumps({"doc": f"d{k // 5}", "id": str(k), "target": f"Sentence {k} says the council met on Tuesday."}) + "\n")
    piped = run("check", str(path), "--quiet")
    assert piped.stderr == "" and "segments/s" not in piped.stdout
    import pty

    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "mtqa", "check", str(path), "--quiet"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=slave,
                            # the terminal a user has: a "dumb" one (TERM=dumb, as .ci/replay-readme sets) gets no bar
                            env=dict(os.environ, COLUMNS="120", MTQA_PROGRESS_DELAY="0", TERM="xterm"))
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    out, _ = proc.communicate(timeout=300)
    os.close(master)
    terminal = b"".join(chunks).decode("utf-8", "replace")
    assert "segments/s" in terminal and "/1,500" in terminal.replace("1500", "1,500") and "documents" in terminal
    assert "segments/s" not in out.decode()  # the report stream is untouched
    assert out.decode() == piped.stdout


def test_warning_when_dictionary_checks_cannot_run_in_every_format(tmp_path, monkeypatch):
    import mtqa.langs.hunspell as hunspell

    monkeypatch.setattr(hunspell, "installed", lambda names: ())
    for fmt in ("text", "json", "jsonl", "csv", "html", "junit", "sarif", "markdown", "github"):
        r = mtqa("check", TARGET, "--format", fmt)
        assert "F101" in r.stdout and "did not run" in r.stdout, fmt
        assert "|dict:none" in r.stdout or fmt in ("csv", "jsonl"), fmt
    monkeypatch.undo()
    r = mtqa("check", TARGET, "--format", "json")
    assert "warnings" not in r.json() and "|dict:en_US" in r.json()["tool"]["signature"]
    assert "|fail_on:critical|" in r.json()["tool"]["signature"]


def test_rules_fit_100_columns():
    r = run("rules", env={"COLUMNS": "200"})
    assert r.returncode == 0 and max(len(line) for line in r.stdout.splitlines()) <= 100
    assert "A101" in r.stdout and "duplicated-headline" in r.stdout
