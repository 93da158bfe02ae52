"""Issue 15: each defect found by the fuzzing campaign, its repro as a test.

Reports complete or absent (exit 2, interrupts, a full disk, concurrent
runs), exit codes of interrupts, setting files that cannot stall a run,
documents that cannot be aligned, escaping in every output, SARIF
fingerprints that ignore line numbers, and inputs that used to crash.
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mtqa_cli import default_signals, mtqa, rss, write

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "Pool closes for winter\n\nThe council met on Monday and voted to close the pool.\n"


def _cli(*args, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mtqa", *args], cwd=kw.pop("cwd", ROOT), capture_output=True,
                          text=True, timeout=kw.pop("timeout", 120), **kw)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# -- reports complete or absent -----------------------------------------------------------------

def test_unusable_input_leaves_the_previous_report_untouched(tmp_path):
    out = tmp_path / "report.json"
    out.write_text("previous report\n", encoding="utf-8")
    r = mtqa("check", str(tmp_path / "missing.txt"), "--format", "json", "-o", str(out))
    assert r.code == 2
    assert out.read_text(encoding="utf-8") == "previous report\n"
    assert _leftovers(tmp_path) == []


def test_nothing_is_written_on_exit_2(tmp_path):
    bad = write(tmp_path, "bad.jsonl", '{"doc": "a", "target": "fine"}\n{not json\n')
    out = tmp_path / "report.html"
    r = mtqa("check", bad, "--format", "html", "-o", str(out))
    assert r.code == 2 and not out.exists() and _leftovers(tmp_path) == []


def test_report_replaced_only_when_complete(tmp_path):
    article = write(tmp_path, "a.en.txt", ARTICLE)
    out = tmp_path / "report.json"
    out.write_text("old", encoding="utf-8")
    r = mtqa("check", article, "--format", "json", "-o", str(out))
    assert r.code in (0, 1)
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["documents"] == 1
    assert _leftovers(tmp_path) == []


def test_concurrent_runs_on_one_output_leave_valid_json(tmp_path):
    lines = [json.dumps({"doc": f"d{k // 5}", "target": f"The council met on Monday to vote number {k}."})
             for k in range(400)]
    corpus = write(tmp_path, "c.jsonl", "\n".join(lines) + "\n")
    out = tmp_path / "report.json"
    procs = [subprocess.Popen([sys.executable, "-m", "mtqa", "check", corpus, "--format", "json", "-o", str(out)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for _ in range(3)]
    for p in procs:
        p.wait(timeout=300)
        assert p.returncode == 1, p.stderr.read()
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["documents"] == 80
    assert _leftovers(tmp_path) == []


def _tmpfs_available() -> str:
    if os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("mount"):
        return "needs root and unshare(1) for a private tmpfs"
    probe = subprocess.run(["unshare", "-m", "--propagation", "private", "true"], capture_output=True)
    return "" if probe.returncode == 0 else f"unshare -m not permitted here: {probe.stderr.decode().strip()}"


@pytest.mark.skipif(bool(_tmpfs_available()), reason=_tmpfs_available() or "tmpfs available")
def test_full_disk_is_one_line_and_keeps_the_previous_report(tmp_path):
    lines = [json.dumps({"doc": f"d{k}", "target": "The the council met on Monday and and voted."}) for k in range(300)]
    corpus = write(tmp_path, "c.jsonl", "\n".join(lines) + "\n")
    disk = tmp_path / "disk"
    disk.mkdir()
    script = (f"mount -t tmpfs -o size=64k tmpfs {disk} && printf 'previous' > {disk}/r.json && "
              f"{sys.executable} -m mtqa check {corpus} --format json -o {disk}/r.json; echo \"rc=$?\"; "
              f"cat {disk}/r.json; echo; ls -a {disk}")
    r = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", script], cwd=ROOT,
                       capture_output=True, text=True, timeout=300)
    assert "rc=2" in r.stdout, (r.stdout, r.stderr)
    assert "previous" in r.stdout and ".tmp" not in r.stdout
    errors = [line for line in r.stderr.splitlines() if line.startswith("mtqa: error:")]
    assert len(errors) == 1 and "cannot write output (No space left on device)" in errors[0], r.stderr
    assert "Traceback" not in r.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_device_written_through_is_one_line_naming_it(tmp_path):
    """/dev/full is no regular file: the report is written through, not renamed, and its ENOSPC still names it."""
    corpus = write(tmp_path, "c.txt", "The council met on Monday and voted.\n")
    r = subprocess.run([sys.executable, "-m", "mtqa", "check", corpus, "--format", "json", "-o", "/dev/full"],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2, r.stderr
    assert r.stderr.strip() == "mtqa: error: /dev/full: cannot write output (No space left on device)", r.stderr


# -- interrupts -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sig,code", [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_interrupt_exit_code_and_previous_report(tmp_path, sig, code):
    lines = [json.dumps({"doc": f"d{k // 10}", "target": f"The council met on Monday and voted {k} times."})
             for k in range(60_000)]
    corpus = write(tmp_path, "big.jsonl", "\n".join(lines) + "\n")
    out = tmp_path / "report.json"
    out.write_text("previous report", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "mtqa", "check", corpus, "--format", "json", "-o", str(out)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=default_signals)
    deadline = time.time() + 120
    while not _leftovers(tmp_path) and proc.poll() is None and time.time() < deadline:
        time.sleep(0.05)  # the temporary report exists once the run has started checking
    assert proc.poll() is None, "the run ended before it could be interrupted"
    time.sleep(0.3)
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == code, stderr
    assert "Traceback" not in stderr and "Aborted!" not in stderr
    assert stderr.strip().splitlines()[-1].startswith("mtqa: interrupted by")
    assert out.read_text(encoding="utf-8") == "previous report"
    assert _leftovers(tmp_path) == []


# -- settings ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["device", "fifo", "folder", "oversize"])
def test_setting_files_that_are_not_small_regular_files_are_refused(tmp_path, kind, monkeypatch):
    if kind == "device":
        target = "/dev/zero"
    elif kind == "fifo":
        target = str(tmp_path / "pipe")
        os.mkfifo(target)  # nobody writes to it: reading it would block forever
    elif kind == "folder":
        target = str(tmp_path)
    else:
        target = write(tmp_path, "big.tsv", "Paris\tParis\n" * 20)
        monkeypatch.setattr("mtqa.safefile.MAX_CONFIG_FILE", 100)
    config = write(tmp_path, "mtqa.toml", f'glossary = "{target}"\n')
    source = write(tmp_path, "a.fr.txt", "La piscine ferme\n\nLe conseil a voté lundi la fermeture de la piscine.\n")
    article = write(tmp_path, "a.en.txt", ARTICLE)
    started = time.time()
    r = mtqa("check", article, "--source", source, "--config", config)
    assert time.time() - started < 30
    assert r.code == 2 and r.stderr.count("\n") == 1, r.stderr
    expected = "larger than" if kind == "oversize" else "not a regular file"
    assert expected in r.stderr and "terminology file" in r.stderr


def test_unalignable_document_fails_without_ending_the_run(tmp_path):
    source = write(tmp_path, "s.fr.txt", "Titre\n\nOui.\n")
    target = write(tmp_path, "t.en.txt", "The council met on Monday and voted to close the pool for the winter. " * 30 + "\n")
    r = mtqa("check", target, "--source", source, "--format", "json")
    assert r.code == 1, r.stderr
    assert r.json()["summary"]["failed"] == 1
    assert "aligns with nothing" in r.stderr


# -- escaping -------------------------------------------------------------------------------------

def _records(tmp_path, *records) -> str:
    return write(tmp_path, "r.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")


def test_csv_cells_are_neutralised_and_line_breaks_quoted(tmp_path):
    corpus = _records(tmp_path, {"doc": "=HYPERLINK(\"http://x\")", "target": "The the council met.\rNext, voted."},
                      {"doc": "@SUM(A1)", "target": "And and they left."})
    r = mtqa("check", corpus, "--format", "csv")
    rows = list(csv.reader(io.StringIO(r.stdout, newline="")))
    assert rows[0][0] == "document" and len({len(row) for row in rows}) == 1
    ids = {row[0] for row in rows[1:]}
    assert ids == {"'=HYPERLINK(\"http://x\")", "'@SUM(A1)"}
    for line in r.stdout.split("\n")[1:]:
        assert not line or line.startswith('"'), line  # no row starts inside a broken cell


def test_terminal_shows_escape_sequences_instead_of_sending_them(tmp_path):
    corpus = _records(tmp_path, {"doc": "a\x1b]0;owned\x07\x1b[2J", "target": "The the council met."})
    r = mtqa("check", corpus)
    assert "\x1b" not in r.stdout and "\x07" not in r.stdout
    assert "\\x1b]0;owned\\x07" in r.stdout


def test_jsonl_escapes_line_separators(tmp_path):
    corpus = _records(tmp_path, {"doc": "line\u2028sep\u2029x", "target": "The the council met."})
    r = mtqa("check", corpus, "--format", "jsonl")
    assert "\u2028" not in r.stdout and "\u2029" not in r.stdout
    assert len(r.stdout.splitlines()) == 1
    assert json.loads(r.stdout)["id"] == "line\u2028sep\u2029x"


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "csv", "html", "junit", "sarif", "markdown", "github"])
def test_lone_surrogate_is_one_line_at_the_reader(tmp_path, fmt):
    corpus = write(tmp_path, "s.jsonl", '{"doc": "\\ud800", "target": "Hello there."}\n')
    out = tmp_path / "out"
    r = mtqa("check", corpus, "--format", fmt, "-o", str(out))
    assert r.code == 2 and r.stderr.count("\n") == 1 and "lone surrogate" in r.stderr and ":1:" in r.stderr
    assert not out.exists()


# -- SARIF fingerprints ---------------------------------------------------------------------------

def _fingerprints(tmp_path, items) -> dict:
    feed = write(tmp_path, "f.rss", rss(items))
    data = json.loads(mtqa("check", feed, "--format", "sarif").stdout)
    return {(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]):
            r["partialFingerprints"] for r in data["runs"][0]["results"]}


def test_sarif_fingerprints_survive_an_item_added_on_top(tmp_path):
    item = {"guid": "g2", "title": "Pool closes", "body": "<p>The the council met on Monday and and voted.</p>"}
    before = _fingerprints(tmp_path, [item])
    after = _fingerprints(tmp_path, [{"guid": "g1", "title": "New story", "body": "<p>A new item on top.</p>"}, item])
    assert before and all(after[key] == value for key, value in before.items())
    assert all(":" not in v["mtqa/v2"].split(":")[0] and len(v["mtqa/v2"].split(":")[0]) == 32
               for v in before.values())


# -- inputs that used to crash ------------------------------------------------------------------------

@pytest.mark.parametrize("name,content,message", [
    ("deep.jsonl", '{"doc": ' + "[" * 50_000 + "]" * 50_000 + ', "target": "x"}\n', "nested too deeply"),
    ("digits.jsonl", "9" * 5000 + "\n", "a number with too many digits"),  # found by bench/fuzz.py
    ("utf7.rss", '<?xml version="1.0" encoding="UTF-7"?>\n<rss version="2.0"><channel><title>t</title>'
                 "</channel></rss>\n", "write it in UTF-8"),
])
def test_inputs_that_crashed_are_one_line(tmp_path, name, content, message):
    r = mtqa("check", write(tmp_path, name, content))
    assert r.code == 2 and r.stderr.count("\n") == 1 and message in r.stderr, r.stderr
    assert "internal error" not in r.stderr


def test_compare_csv_neutralises_system_names(tmp_path):
    a = write(tmp_path, "a.en.txt", ARTICLE)
    b = write(tmp_path, "b.en.txt", ARTICLE.replace("voted", "voted voted"))
    r = mtqa("compare", a, b, "--name", "=2+5", "--name", "-sys\x1b[2J", "--format", "csv")
    rows = list(csv.reader(io.StringIO(r.stdout, newline="")))
    names = {row[rows[0].index("system")] for row in rows[1:]}
    assert names == {"'=2+5", "'-sys\x1b[2J"}
    text = mtqa("compare", a, b, "--name", "=2+5", "--name", "-sys\x1b[2J")
    assert "\x1b" not in text.stdout and "\\x1b[2J" in text.stdout


def test_output_through_a_symlink_or_to_a_device(tmp_path):
    article = write(tmp_path, "a.en.txt", ARTICLE)
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert mtqa("check", article, "--format", "json", "-o", str(link)).code in (0, 1)
    assert link.is_symlink() and json.loads(real.read_text(encoding="utf-8"))["summary"]["documents"] == 1
    assert real.stat().st_mode & 0o777 == 0o640
    r = _cli("check", article, "--format", "json", "-o", "/dev/stdout")
    assert r.returncode in (0, 1) and json.loads(r.stdout)["summary"]["documents"] == 1


def test_arguments_that_are_not_utf8_are_one_line(tmp_path):
    """A Latin-1 file name or option reaches Python as lone surrogates, which no report can hold."""
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    for args in ([str(tmp_path / name)], [write(tmp_path, "a.en.txt", ARTICLE), "--source-title", os.fsdecode(b"Titre \xff")]):
        out = tmp_path / "out.md"
        r = mtqa("check", *args, "--format", "markdown", "-o", str(out))
        assert r.code == 2 and r.stderr.count("\n") == 1 and "is not valid UTF-8" in r.stderr, r.stderr
        assert "\\xe9" in r.stderr or "\\xff" in r.stderr
        assert not out.exists()


def test_a_signal_whose_exception_was_lost_still_ends_the_run_and_keeps_the_report(tmp_path):
    """An interrupt raised where Python only prints "Exception ignored" must not let the run finish normally."""
    from mtqa.interrupts import Interrupted, signal_handlers
    from mtqa.output import atomic_output

    out = tmp_path / "report.json"
    out.write_text("previous report", encoding="utf-8")
    with pytest.raises(Interrupted) as caught:
        with signal_handlers():
            try:
                os.kill(os.getpid(), signal.SIGTERM)
                time.sleep(1)  # the handler runs here
            except KeyboardInterrupt:
                pass  # lost, as inside a finaliser
            with atomic_output(str(out)) as handle:
                handle.write("new report")
    assert caught.value.signum == signal.SIGTERM
    assert out.read_text(encoding="utf-8") == "previous report"
    assert _leftovers(tmp_path) == []
