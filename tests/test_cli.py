"""End-to-end CLI behaviour: the seed, a clean article, exit codes, bad input."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from mtqa.cli import main

from conftest import ROOT, SEED

SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
SEED_TEXT = str(SEED / "article.en.txt")
CLEAN = ROOT / "corpora" / "clean"


def invoke(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def check_json(*args):
    result = invoke("check", *args, "--format", "json")
    report = json.loads(result.output)
    jsonschema.validate(report, SCHEMA)
    return result, report


def test_version():
    assert invoke("--version").output.startswith("mtqa, version ")


def test_seed_with_source_title(seed_title):
    result, report = check_json(SEED_TEXT, "--source-title", seed_title)
    assert result.exit_code == 1
    doc = report["documents"][0]
    assert doc["passed"] is False
    lines = (SEED / "article.en.txt").read_text(encoding="utf-8").split("\n")
    for issue in doc["issues"]:
        assert lines[issue["line"] - 1][issue["start"]:issue["end"]] == issue["text"]
    by_code = {(i["code"], i["line"]) for i in doc["issues"]}
    assert ("A101", 3) in by_code
    assert any(line == 19 for code, line in by_code if code.startswith("A2"))
    dup = next(i for i in doc["issues"] if i["code"] == "A101")
    assert (dup["start"], dup["end"]) == (0, len(lines[2]))
    leak = next(i for i in doc["issues"] if i["line"] == 19 and i["code"].startswith("A2"))
    assert (leak["start"], leak["end"]) == (0, len(lines[18]))
    # every input segment appears in the output
    assert len(doc["segments"]) == 23
    assert report["summary"]["issues"] == len(doc["issues"])


def test_clean_article_passes_with_no_issues():
    result, report = check_json(CLEAN / "article.en.txt", "--source", CLEAN / "article.fr.txt")
    assert report["documents"][0]["issues"] == [], report["documents"][0]["issues"]
    assert result.exit_code == 0


def test_wmt_reference_document_is_clean(shared_data, tmp_path):
    """A real human translation (first WMT14 document) checked against its source."""
    wmt = shared_data / "wmt14-fren"
    docs = [l.split("\t")[1] for l in (wmt / "newstest2014.fr-en.docs.tsv").read_text().splitlines()[1:]]
    n = docs.count(docs[0])
    src = (wmt / "newstest2014.fr-en.src.fr").read_text(encoding="utf-8").splitlines()[:n]
    ref = (wmt / "newstest2014.fr-en.ref.en").read_text(encoding="utf-8").splitlines()[:n]
    (tmp_path / "fr.txt").write_text("\n\n".join(src), encoding="utf-8")
    (tmp_path / "en.txt").write_text("\n\n".join(ref), encoding="utf-8")
    result, report = check_json(tmp_path / "en.txt", "--source", tmp_path / "fr.txt")
    assert result.exit_code == 0, report["documents"][0]["issues"]


def test_stdin_and_jsonl_format(tmp_path):
    result = invoke("check", "-", "--format", "jsonl", input="A headline about rockets\n\nThe rocket flew.")
    doc = json.loads(result.output.splitlines()[0])
    assert doc["id"] == "<stdin>" and result.exit_code == 0


def test_select_and_ignore(seed_title):
    _, report = check_json(SEED_TEXT, "--source-title", seed_title, "--select", "A101")
    assert {i["code"] for i in report["documents"][0]["issues"]} == {"A101"}
    _, report = check_json(SEED_TEXT, "--source-title", seed_title, "--ignore", "A1")
    assert "A101" not in {i["code"] for i in report["documents"][0]["issues"]}


def test_fail_on_and_min_score():
    clean = CLEAN / "article.en.txt"
    assert invoke("check", clean, "--min-score", "100").exit_code == 0
    dup = "Rockets fly high today\n\nRockets fly high today\n\nThey did."
    assert invoke("check", "-", "--select", "A101", "--fail-on", "major", input=dup).exit_code == 1
    assert invoke("check", "-", "--select", "A101", "--fail-on", "none", "--min-score", "0", input=dup).exit_code == 0


def test_rules_and_rule():
    out = invoke("rules").output
    assert "A101" in out and "duplicated-headline" in out
    doc = invoke("rule", "a101")
    assert doc.exit_code == 0 and "Why it matters" in doc.output and "bad:" in doc.output
    assert invoke("rule", "Z999").exit_code == 2


def _run(*args, input_bytes=None):
    """Run the real console entry point, to see stderr and the exit code."""
    proc = subprocess.run([sys.executable, "-m", "mtqa", *map(str, args)], input=input_bytes,
                          capture_output=True, cwd=ROOT)
    return proc.returncode, proc.stderr.decode("utf-8"), proc.stdout.decode("utf-8")


BAD_INPUTS = {
    "missing.txt": None,
    "empty.txt": b"",
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00",
    "latin1.txt": "Titre\n\nCaf\u00e9".encode("latin-1"),
    "notobject.jsonl": b'{"target": "ok"}\n[1, 2]\n',
    "notarget.jsonl": b'{"target": "ok"}\n{"source": "x"}\n',
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_and_exit_2(tmp_path, name):
    path = tmp_path / name
    if BAD_INPUTS[name] is not None:
        path.write_bytes(BAD_INPUTS[name])
    code, err, out = _run("check", path)
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert str(path) in err and "Traceback" not in err
    if name.endswith(".jsonl"):
        assert f"{path}:2:" in err


def test_source_that_aligns_to_nothing(tmp_path):
    (tmp_path / "src.txt").write_bytes(b"   \n")
    code, err, _ = _run("check", CLEAN / "article.en.txt", "--source", tmp_path / "src.txt")
    assert code == 2 and "src.txt" in err and len(err.strip().splitlines()) == 1


def test_bad_config_is_one_line(tmp_path):
    cfg = tmp_path / "mtqa.toml"
    cfg.write_text("thresold = 80\n", encoding="utf-8")
    code, err, _ = _run("check", CLEAN / "article.en.txt", "--config", cfg)
    assert code == 2 and "mtqa.toml" in err and "thresold" in err and len(err.strip().splitlines()) == 1


_QUICK_EXIT = """
import atexit, sys, threading
from pathlib import Path
out = Path(sys.argv[1])
class Torn:
    def __del__(self):  # runs only if the interpreter tears its objects down
        out.joinpath("teardown").write_text("yes")
kept = Torn()
atexit.register(lambda: out.joinpath("atexit").write_text("yes"))
if sys.argv[2] == "thread":  # alive until the interpreter's shutdown stops the main thread, however slow the command
    main = threading.main_thread()
    threading.Thread(target=lambda: [__import__("time").sleep(0.01) for _ in iter(main.is_alive, False)]).start()
sys.argv = ["mtqa", *sys.argv[3:]]
from mtqa.cli import command_line
command_line()
"""


@pytest.mark.parametrize("args, status", [(["--version"], 0), (["check", "missing.txt"], 2), (["rule", "Z999"], 2)])
def test_the_command_ends_without_tearing_its_objects_down(tmp_path, args, status):
    """The console entry point runs the exit handlers, flushes its output and ends with the command's
    status without the interpreter freeing every object one by one (a long run's tables and caches); with
    another thread alive it takes the usual shutdown, which waits for that thread."""
    for mode in ("quick", "thread"):
        folder = tmp_path / mode
        folder.mkdir()
        proc = subprocess.run([sys.executable, "-c", _QUICK_EXIT, str(folder), mode, *args],
                              capture_output=True, cwd=ROOT, text=True)
        assert proc.returncode == status, proc.stderr
        assert (proc.stdout + proc.stderr).strip()  # the command's output came out before the end
        assert (folder / "atexit").exists()
        assert (folder / "teardown").exists() == (mode == "thread")


def test_an_internal_error_whose_text_holds_a_traceback_is_said_in_one_line(monkeypatch, tmp_path):
    # a library's exception may carry a chained traceback in its text (Dask's "Could not serialize object of type
    # list" did, about 25 lines): "internal error: {exc}" printed it whole, where the user gets one line
    import mtqa.api as api

    def check_pair(pair, ctx):
        raise TypeError("Could not serialize object of type list\nTraceback (most recent call last):\n"
                        '  File "pickle.py", line 63, in dumps\nTypeError: cannot pickle \'generator\' object\n')

    monkeypatch.setattr(api, "check_pair", check_pair)
    monkeypatch.delenv("MTQA_DEBUG", raising=False)
    (tmp_path / "a.txt").write_text("Title\n\nThe minister spoke.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "mtqa: internal error: TypeError: Could not serialize object of type list (set MTQA_DEBUG=1 for details)"]


def test_rule_prints_a_wrapped_summary_whole():
    """A summary that wraps over two docstring lines is one paragraph: `mtqa rule` printed its first line, a
    blank line, then its tail as if it opened the body ("172" / "km »" for A619)."""
    out = invoke("rule", "A619").output
    paragraphs = out.split("\n\n")
    assert "longue de 172 km" in " ".join(paragraphs[1].split())
    assert paragraphs[2].startswith("Why it matters:")


def test_a_language_without_its_reporting_counts_is_one_line_naming_the_file(monkeypatch, tmp_path):
    """A target whose profile reads reporting verbs but which ships no ``lexmodel/reporting.<lang>.tsv``: A617's
    subject reading and the object order's inverted subjects (:mod:`mtqa.langs.object_order`) ask the counts,
    which answer with the file's name and exit 2, never a traceback nor a silent empty table."""
    import mtqa.langs.reporting as reporting

    missing = tmp_path / "reporting.en.tsv"
    real = reporting.data_path
    monkeypatch.setattr(reporting, "data_path", lambda *parts: missing if parts[-1].startswith("reporting.")
                        else real(*parts))
    reporting.counts.cache_clear()
    try:
        result = invoke("check", "-", "--select", "A617,A627",
                        input="The deal is dead, declared on Friday the minister of finance.\n")
    finally:
        reporting.counts.cache_clear()
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and str(missing) in lines[0] and "Traceback" not in result.output


def test_rules_lists_a_summary_s_first_sentence_and_rule_prints_it_whole():
    """The listing's summary cell is some 28 columns wide: A505's whole paragraph (two clauses, a literal) wrapped
    to 19 lines there. The listing stops at its first sentence; `mtqa rule A505` keeps the paragraph."""
    listing = " ".join(invoke("rules").output.split())
    assert '"qualified the remarks of lies").' in listing
    assert "target_not_after" not in listing and "existential" not in listing
    whole = " ".join(invoke("rule", "A505").output.split("\n\n")[1].split())
    assert whole.endswith("(``target_not_after``: \"there exists a solution\", English's existential, is English).")


@pytest.mark.parametrize("summary, first", [
    ("A verb before its subject (« a dit le ministre » -> \"said the minister\"); never after a quote.",
     "A verb before its subject (« a dit le ministre » -> \"said the minister\")."),
    ("A name (``U.S. Army``; ``Mr. Smith``) kept. Then more.", "A name (``U.S. Army``; ``Mr. Smith``) kept."),
    ("A literal ``a; b`` and the U.S. State Department, e.g. This one; the rest.",
     "A literal ``a; b`` and the U.S. State Department, e.g. This one."),
    ("One sentence with no end", "One sentence with no end"),
])
def test_the_first_sentence_of_a_summary_skips_brackets_literals_and_abbreviations(summary, first):
    from mtqa.checks.docs import first_sentence

    assert first_sentence(summary) == first
