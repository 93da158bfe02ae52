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
    from mtqa.langs import false_friend_lexicon as ffl
    texts = ["Il est actuellement en poste a Lyon.", "The actual president met the spatial agency.",
             "Le programme spatial européen a été lancé en 2021.", "He is currently the mayor."]
    out, deferred = [], 0
    for entry in ffl.lexicon():
        for field in ("source", "target", "unless_source", "unless_target", "rendered", "without_source"):
            p = getattr(entry, field)
            if p is None:
                continue
            deferred += isinstance(p, regexcache.Deferred)
            plain = re.compile(p.pattern, p.flags)
            assert regexcache.pattern_of(p) == plain and isinstance(regexcache.pattern_of(p), re.Pattern)
            assert pickle.loads(pickle.dumps(p)) == plain
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


@pytest.mark.skipif(not SUPPORTED, reason="the pattern file is installed on 3.11-3.13")
def test_deferred_compiles_at_once_what_the_file_does_not_hold(tmp_path):
    """In this process, with the hook installed as ``mtqa check`` installs it: a pattern the file holds (compiled
    once through the hook) is deferred; one it does not hold is compiled at once, so a faulty one fails where the
    table is read; with no hook (the API, a worker) nothing is deferred."""
    import re

    from mtqa import regexcache
    from tests.conftest import pattern_file_installed

    held, new, broken = r"\bcontournement\w*\s+de\s+Lyon", r"\bp[ée]riph[ée]rique\s+nord\b", r"\b(rocade"
    original_before = regexcache._original  # an earlier in-process run of the command may have installed the hook
    assert not isinstance(regexcache.deferred(held, re.IGNORECASE), regexcache.Deferred)  # no hook
    with pattern_file_installed(tmp_path / "patterns") as installed:
        assert installed
        re.compile(held, re.IGNORECASE)  # through the hook: now held by the file
        assert (held, int(re.IGNORECASE)) in regexcache._known and (new, int(re.IGNORECASE)) not in regexcache._known
        stand_in = regexcache.deferred(held, re.IGNORECASE)
        assert isinstance(stand_in, regexcache.Deferred)
        assert stand_in.search("Le contournement de Lyon est ouvert.").group() == "contournement de Lyon"
        at_once = regexcache.deferred(new, re.IGNORECASE)
        assert type(at_once) is re.Pattern and at_once.search("le Périphérique Nord est fermé")
        with pytest.raises(re.error):
            regexcache.deferred(broken, re.IGNORECASE)
    assert regexcache._original is original_before  # restored as it was before the block


def test_a_deferred_pattern_compiles_once_and_compares_hashes_and_prints_without_compiling(monkeypatch):
    """One compiled object behind every attribute however many other patterns ``re``'s cache saw between two
    reads (it evicts past 512), and equality, hashing and ``repr`` read the arguments alone."""
    import pickle
    import re

    from mtqa import regexcache

    calls = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda *a: calls.append(a) or real(*a))
    pattern = r"\bvolontiers\b"
    stand_in, twin = regexcache.Deferred(pattern, re.IGNORECASE), regexcache.Deferred(pattern, re.IGNORECASE)
    assert stand_in == twin and hash(stand_in) == hash(twin) and stand_in != regexcache.Deferred(pattern, 0)
    assert "volontiers" in repr(stand_in) and {stand_in: 1}[twin] == 1
    assert calls == []  # nothing compiled yet
    search = stand_in.search
    for n in range(700):
        real(rf"\bfiller{n}\b")
    re.purge()
    finditer = stand_in.finditer
    assert search.__self__ is finditer.__self__ is stand_in.compiled() is regexcache.pattern_of(stand_in)
    assert len(calls) == 1
    assert [m.span() for m in finditer("Il accepte Volontiers.")] == [(11, 21)]
    monkeypatch.undo()
    assert pickle.loads(pickle.dumps(stand_in)) == real(pattern, re.IGNORECASE)
    assert regexcache.pattern_of(real("x")) == real("x")


def test_stored_given_names_are_keyed_on_the_python_and_unicode_version(monkeypatch):
    """The folded names follow ``casefold`` and NFKD, which follow Python's Unicode data: another Python (or
    Unicode version) must not read this one's stored sets."""
    import unicodedata

    from mtqa import compiled
    import importlib

    from mtqa.langs import language

    language_module = importlib.import_module("mtqa.langs.language")  # the package names the function so

    names = []
    real = compiled.cached
    monkeypatch.setattr(compiled, "cached", lambda name, *a, **k: (name.startswith("first-names") and names.append(name))
                        or real(name, *a, **k))
    table = language("fr").first_names_table
    first = language_module._first_names.__wrapped__(table)
    monkeypatch.setattr(unicodedata, "unidata_version", "0.0.1")
    assert language_module._first_names.__wrapped__(table) == first
    assert len(names) == 2 and names[0] != names[1] and "0.0.1" in names[1] and unicodedata.unidata_version in names[1]
    monkeypatch.undo()
    assert unicodedata.unidata_version in names[0]


@pytest.mark.parametrize("damage", ["a number", "two strings", "sets of numbers", "one set"])
def test_a_damaged_but_readable_given_names_file_is_rebuilt(tmp_path, monkeypatch, damage):
    """A stored file of the right name whose table has another shape (marshal still reads it) is a cache miss:
    rebuilt and stored again, never an internal error (a number unpacked) nor wrong data (a string read as a set
    of its letters)."""
    import marshal

    import importlib

    from mtqa.langs import language

    language_module = importlib.import_module("mtqa.langs.language")  # the package names the function so

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    table = language("fr").first_names_table
    good = language_module._first_names.__wrapped__(table)
    assert len(good[0]) > 1000 and "gaelle" in good[1]
    (path,) = (tmp_path / "cache").glob("first-names-*.named2.marshal")
    name = marshal.loads(path.read_bytes())[0]
    from mtqa.compiled import _outline
    bad = {"a number": 5, "two strings": ("ab", "cd"), "sets of numbers": (frozenset({1}), frozenset({2})),
           "one set": (frozenset({"ab"}),)}[damage]
    path.write_bytes(marshal.dumps((name, _outline(bad), bad)))  # its outline agrees: only the shape check sees it
    assert language_module._first_names.__wrapped__(table) == good
    assert marshal.loads(path.read_bytes())[::2] == (name, good)  # stored again


EXPANDED = textwrap.dedent("""
    import json
    from mtqa.langs import false_friend_lexicon as ffl
    expansions = []
    real_forms = ffl._with_forms
    ffl._with_forms = lambda raws: expansions.append(1) or real_forms(raws)
    entries = ffl.lexicon()
    counted = len(expansions)
    raws = ffl.data_toml("false_friends.toml")["entry"]
    same = ffl._stored_forms(raws) == real_forms(raws)
    print(json.dumps({"expansions": counted, "entries": len(entries), "same": same}))
""")


def test_a_warm_run_reads_the_lexicons_expanded_entries_instead_of_expanding_them(tmp_path):
    """Stop 76 (issue 14's seed article): A501's placeholders (the reporting verbs from the 3,000-row counts, the
    irregular pasts, the calendar, the dictionaries' forms) are expanded once into the compiled cache; a warm run
    reads the expansion back (:func:`mtqa.langs.false_friend_lexicon._stored_forms`) and it equals a fresh one,
    with the file list the keys' table is keyed on."""
    env = {**os.environ, "MTQA_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("MTQA_DATA", None)
    run = lambda: json.loads(subprocess.run([sys.executable, "-c", EXPANDED], env=env, capture_output=True,
                                            text=True, check=True).stdout)
    cold, warm = run(), run()
    assert cold["expansions"] == 1 and cold["same"]
    assert warm["expansions"] == 0 and warm["same"] and warm["entries"] == cold["entries"] > 500
    env["MTQA_CACHE_DIR"] = "off"
    assert run()["expansions"] == 1


def test_the_expansion_files_are_those_the_expansion_lists():
    """The key of the stored expansion is made without expanding (:func:`_expansion_files`): the same files, in the
    same order, as :func:`_with_forms` returns, so the keys' table keeps its key too."""
    from mtqa.langs import false_friend_lexicon as ffl
    from mtqa.langs.data import data_toml

    raws = data_toml("false_friends.toml")["entry"]
    expanded, read = ffl._with_forms(raws)
    assert ffl._expansion_files(raws) == read and any(p.name == "reporting.en.tsv" for p in read)
    assert ffl._wanted_forms(raws) == ffl._wanted_forms(expanded + raws)  # the placeholders write no {{lang:word}}


def test_a_faulty_row_of_a_reporting_counts_copy_ends_a_warm_run_with_its_file_and_line(tmp_path):
    # the counts are read only to expand A501's placeholders, whose expansion a warm cache holds: the copy is one
    # of the files the stored expansion is keyed on, so the run expands again and meets the row
    cache = tmp_path / "cache"
    done, report = _check(tmp_path, cache)
    assert done.returncode in (0, 1) and report.is_file(), done.stderr
    parts = ("lexmodel", "reporting.en.tsv")
    row = next(line for line in DATA.joinpath(*parts).read_text(encoding="utf-8").splitlines()
               if line.startswith("V\t"))
    folder, bad = _copy_with(tmp_path, parts, row, row.rsplit("\t", 1)[0] + "\tmany")
    done, report = _check(tmp_path, cache, folder)
    line = DATA.joinpath(*parts).read_text(encoding="utf-8").splitlines().index(row) + 1
    _one_line_no_report(done, report, f"{bad}:{line}:")


ALTERNATIVES = textwrap.dedent("""
    import json
    from mtqa.checks import exonyms
    from mtqa.langs import language_pair
    escaped = []
    real = exonyms._alternative
    exonyms._alternative = lambda form: escaped.append(form) or real(form)
    pair = language_pair("fr", "en")
    table = exonyms._exonym_alternatives(pair)
    print(json.dumps({"escaped": len(escaped), "runs": len(table), "londres": table.get("Londres")}))
""")


def test_a_warm_run_reads_t201s_alternatives_instead_of_escaping_every_form(tmp_path):
    """T201's index of its forms by first run of letters (each form escaped, the whole sorted by length) is kept
    compiled under the exonym rows' key; a warm run escapes no form, and reads the same index."""
    env = {**os.environ, "MTQA_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("MTQA_DATA", None)
    run = lambda: json.loads(subprocess.run([sys.executable, "-c", ALTERNATIVES], env=env, capture_output=True,
                                            text=True, check=True).stdout)
    cold, warm = run(), run()
    assert cold["escaped"] > 1000 and warm["escaped"] == 0
    assert warm["runs"] == cold["runs"] and warm["londres"] == cold["londres"] and cold["londres"][0][1] == "Londres"


def test_the_dictionarys_given_names_are_read_from_the_compiled_cache_when_warm(tmp_path, monkeypatch):
    # reading the French .dic's tagged given names costs ~0.3 s; a warm run must not parse it again (stop 76: T102
    # asks for them in every article whose source names Russia or Ukraine)
    import subprocess
    import sys

    code = ("import mtqa.langs.hunspell as h\nfrom mtqa.langs import language\n"
            "calls = []\n"
            "real = h.tagged_stems\n"
            "h.tagged_stems = lambda *a, **k: calls.append(1) or real(*a, **k)\n"
            "names = language('fr').dictionary_first_names\n"
            "print(len(calls), len(names))\n")
    env = {**__import__("os").environ, "MTQA_CACHE_DIR": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    cold_calls, cold_names = map(int, first.stdout.split())
    warm_calls, warm_names = map(int, second.stdout.split())
    assert cold_names == warm_names and warm_names > 0
    if cold_calls:  # a machine with the French dictionary: built once, then read back
        assert warm_calls == 0
