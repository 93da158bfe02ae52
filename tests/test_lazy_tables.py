"""Tables read later than they were (stop 70, issue 14's start-up): the false-friend lexicon's patterns compiled on
first use (:func:`mtqa.regexcache.deferred`), the given names read from the compiled cache
(:func:`mtqa.langs.language._first_names`). The same answers, and a faulty ``$MTQA_DATA`` copy still ends the run
with one line naming the file (and line), exit 2 and no report, also on a cache warmed by the shipped files.
Sentences written for these tests."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "mtqa" / "data"
SUPPORTED = sys.version_info[:2] in ((3, 11), (3, 12), (3, 13))
SOURCE = "La mairie de Lille a présenté jeudi un plan de 40 millions d'euros pour rénover les écoles du centre."
TARGET = "Lille city hall on Thursday presented a 40 million euro plan to renovate schools in the centre."


def _check(tmp_path: Path, cache: Path, folder: Path | None = None) -> tuple[subprocess.CompletedProcess, Path]:
    """``mtqa check`` of one pair with the cache folder ``cache`` and ``$MTQA_DATA`` ``folder``, its JSON report
    written to a file (-o): (the run, the report's path)."""
    doc = tmp_path / "doc.jsonl"
    doc.write_text(json.dumps({"source": SOURCE, "target": TARGET}) + "\n", encoding="utf-8")
    report = tmp_path / "report.json"
    if report.exists():
        report.unlink()
    env = {**os.environ, "MTQA_CACHE_DIR": str(cache)}
    env.pop("MTQA_DEBUG", None)
    env.pop("MTQA_DATA", None)
    if folder is not None:
        env["MTQA_DATA"] = str(folder)
    done = subprocess.run([sys.executable, "-m", "mtqa", "check", str(doc), "--format", "json", "-o", str(report)],
                          capture_output=True, text=True, env=env, timeout=180)
    return done, report


def _one_line_no_report(done: subprocess.CompletedProcess, report: Path, where: str) -> str:
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "internal error" not in lines[0] and "Traceback" not in done.stderr, done.stderr
    assert where in lines[0], lines[0]
    assert not report.exists()  # no partial report
    return lines[0]


def _copy_with(tmp_path: Path, parts: tuple[str, ...], old: str, new: str) -> tuple[Path, Path]:
    folder = tmp_path / "data"
    text = DATA.joinpath(*parts).read_text(encoding="utf-8")
    assert old in text
    bad = folder.joinpath(*parts)
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder, bad


def test_a_faulty_pattern_of_an_entry_the_sentence_never_asks_still_ends_a_warm_run(tmp_path):
    # the shipped lexicon's patterns are in the warm cache's pattern file, so they are compiled on first use; the
    # copy's broken pattern is not in it, so it is compiled where the lexicon is read, and fails there, although the
    # sentence holds no key of its entry (« spatial »)
    cache = tmp_path / "cache"
    done, report = _check(tmp_path, cache)
    assert done.returncode in (0, 1), done.stderr
    assert report.is_file()
    folder, bad = _copy_with(tmp_path, ("false_friends.toml",), "target = '\\b(?P<trap>spatial)\\s+(?:",
                             "target = '\\b(?P<trap>spatial)\\s+((?:")
    done, report = _check(tmp_path, cache, folder)
    message = _one_line_no_report(done, report, f"{bad}:")
    assert "regular expression does not compile" in message


def test_a_faulty_row_of_a_first_names_copy_ends_a_warm_run_with_its_file_and_line(tmp_path):
    cache = tmp_path / "cache"
    done, report = _check(tmp_path, cache)
    assert done.returncode in (0, 1) and report.is_file(), done.stderr
    header = next(line for line in (DATA / "names" / "first_names.tsv").read_text(encoding="utf-8").splitlines()
                  if line.strip() and not line.startswith("#"))
    cells = len(header.split("\t"))
    folder = tmp_path / "data"
    (folder / "names").mkdir(parents=True)
    bad = folder / "names" / "first_names.tsv"
    bad.write_text(f"# my names\n{header}\nMaud\n" + "\t".join(["Anouk"] * (cells + 1)) + "\n", encoding="utf-8")
    done, report = _check(tmp_path, cache, folder)
    message = _one_line_no_report(done, report, f"{bad}:4:")
    assert f"expected {cells} tab-separated columns" in message


def test_a_first_names_copy_is_read_instead_of_the_stored_sets(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    header = next(line for line in (DATA / "names" / "first_names.tsv").read_text(encoding="utf-8").splitlines()
                  if line.strip() and not line.startswith("#"))
    program = textwrap.dedent("""
        import json
        from mtqa.langs import language
        fr = language("fr")
        print(json.dumps(["gaëlle" in fr.first_names, "gaelle" in fr.first_names_folded, len(fr.first_names)]))
    """)
    env = {**os.environ, "MTQA_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("MTQA_DATA", None)
    run = lambda: json.loads(subprocess.run([sys.executable, "-c", program], env=env, capture_output=True,
                                            text=True, check=True).stdout)
    shipped = run()
    assert shipped[2] > 1000
    folder = tmp_path / "data"
    (folder / "names").mkdir(parents=True)
    (folder / "names" / "first_names.tsv").write_text(f"{header}\nGaëlle\nAnouk\n", encoding="utf-8")
    env["MTQA_DATA"] = str(folder)
    assert run() == [True, True, 2]  # the copy's two names, not the stored sets of the shipped table
    del env["MTQA_DATA"]
    assert run() == shipped


DEFERRED = textwrap.dedent("""
    import copy, json, pickle, re
    from mtqa import regexcache
    regexcache.install()
    from mtqa.checks import false_friends as ff
    texts = ["Il est actuellement en poste a Lyon.", "The actual president met the spatial agency.",
             "Le programme spatial européen a été lancé en 2021.", "He is currently the mayor."]
    out, deferred = [], 0
    for entry in ff.lexicon():
        for field in ("source", "target", "unless_source", "unless_target", "rendered", "without_source"):
            p = getattr(entry, field)
            if p is None:
                continue
            deferred += isinstance(p, regexcache.Deferred)
            plain = re.compile(p.pattern, p.flags)
            assert p == plain and hash(p) == hash(plain) and pickle.loads(pickle.dumps(p)) == plain
            assert copy.deepcopy(p) == plain and p.groupindex == plain.groupindex
            out.append([[m.span() for m in p.finditer(t)] == [m.span() for m in plain.finditer(t)]
                        and p.findall(t) == plain.findall(t) and bool(p.search(t)) == bool(plain.search(t))
                        for t in texts])
    print(json.dumps({"deferred": deferred, "all": len(out), "same": all(all(r) for r in out)}))
""")


@pytest.mark.skipif(not SUPPORTED, reason="the pattern file is installed on 3.11-3.13")
def test_lexicon_patterns_held_by_the_pattern_file_are_deferred_and_answer_as_compiled(tmp_path):
    env = {**os.environ, "MTQA_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("MTQA_DATA", None)
    run = lambda: json.loads(subprocess.run([sys.executable, "-c", DEFERRED], env=env, capture_output=True,
                                            text=True, check=True).stdout)
    cold, warm = run(), run()
    # a cold cache: the patterns are compiled at once (the keys' build compiles most of them first, in this process,
    # which holds them from then on), and kept for the next run
    assert cold["same"] and cold["all"] == warm["all"]
    assert warm["deferred"] > 0.9 * warm["all"] > 500 and warm["same"]  # (the 19 without_source patterns: at once)
    env["MTQA_CACHE_DIR"] = "off"
    off = run()
    assert off["deferred"] == 0 and off["all"] == warm["all"]


def test_deferred_compiles_at_once_what_the_file_does_not_hold():
    from mtqa import regexcache

    # this process's pattern file is not installed (tests run without the CLI's hook): nothing is deferred
    if regexcache._original is None:
        assert not isinstance(regexcache.deferred(r"\bactuel\w*", 2), regexcache.Deferred)
    with pytest.raises(Exception):
        regexcache.deferred(r"\b(actuel", 2)
