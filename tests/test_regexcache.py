"""Compiled regular expressions kept across runs: the same pattern objects, served from the file the next time."""
import marshal
import os
import subprocess
import sys
import textwrap

import pytest

PATTERNS = [
    (r"(?<![\w.,])(?P<day>[0-3]?\d)(?:er|e)?\s+(?P<month>janvier|février|mars)(?!\w)", "re.I"),
    (r"\b(?:l|d|qu)['’](?=[aeiouyhé])", "0"),
    (r"[^\W\d_]+(?:['’][^\W\d_]+)?", "0"),
    (r"(a|b)*?c{2,5}(?=x)|(?P<z>z+)\1?", "re.S | re.M"),
    (rb"\x00+(?P<tail>[\x80-\xff]{1,3})$", "0"),
]
TEXTS = ["Le 3 mars et le 21 février, l'été d’après qu'il vint.", "ccx abacccx zzz", "JANVIER 1er janvier",
         b"ab\x00\x00\x81\x82"]

PROGRAM = textwrap.dedent("""
    import json, re, sys
    from mtqa import regexcache
    regexcache.install()  # as the CLI does before running a command
    out = []
    for pattern, flags in PATTERNS:
        p = re.compile(pattern, eval(flags))
        texts = [t for t in TEXTS if isinstance(t, type(pattern))]
        out.append([p.pattern if isinstance(p.pattern, str) else p.pattern.decode("latin-1"), p.flags, p.groups,
                    sorted(p.groupindex.items()),
                    [[m.span(), [g if g is None or isinstance(g, str) else g.decode("latin-1") for g in m.groups()]]
                     for t in texts for m in p.finditer(t)]])
    served = sum(1 for pattern, flags in PATTERNS if (pattern, int(eval(flags))) in regexcache._used
                 and (pattern, int(eval(flags))) not in regexcache._added)
    print(json.dumps({"patterns": out, "served": served, "installed": regexcache._original is not None}))
""")


def _run(tmp_path, cache):
    code = f"PATTERNS = {PATTERNS!r}\nTEXTS = {TEXTS!r}\n" + PROGRAM
    env = {**os.environ, "MTQA_CACHE_DIR": cache}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    import json

    return json.loads(done.stdout)


@pytest.mark.skipif(sys.version_info[:2] not in ((3, 11), (3, 12), (3, 13)), reason="the cache is installed on 3.11-3.13")
def test_patterns_from_the_cache_are_those_re_compiles(tmp_path):
    cache = str(tmp_path / "cache")
    plain = _run(tmp_path, "off")
    first = _run(tmp_path, cache)
    second = _run(tmp_path, cache)
    assert not plain["installed"] and first["installed"] and second["installed"]
    assert first["served"] == 0 and second["served"] == len(PATTERNS)  # built from the file the second time
    assert first["patterns"] == second["patterns"] == plain["patterns"]
    assert any(m for p in plain["patterns"] for m in p[4])  # the patterns do match something
    assert len(list((tmp_path / "cache").glob("regex-*.marshal"))) == 1


def test_a_damaged_cache_file_is_ignored(tmp_path):
    cache = tmp_path / "cache"
    _run(tmp_path, str(cache))
    for path in cache.glob("regex-*.marshal"):
        path.write_bytes(b"\x00garbage")
    again = _run(tmp_path, str(cache))
    assert again["patterns"] == _run(tmp_path, "off")["patterns"]


def test_a_file_cut_at_its_cap_keeps_the_patterns_used_first(tmp_path, monkeypatch):
    """A run that used more patterns than the file holds kept an arbitrary subset of them (a set's order),
    so the module patterns every start-up compiles could be dropped for patterns built from one input."""
    from mtqa import regexcache

    target = tmp_path / "regex-test.marshal"
    patterns = [f"kept{i}[a-z]+" for i in range(40)]
    monkeypatch.setattr(regexcache, "_path", target)
    monkeypatch.setattr(regexcache, "_known", {})
    monkeypatch.setattr(regexcache, "_added", {})
    monkeypatch.setattr(regexcache, "_used", type(regexcache._used)())
    for p in patterns:  # compiled once: now known
        regexcache._compile(p)
    monkeypatch.setattr(regexcache, "_known", dict(reversed(regexcache._known.items())))
    monkeypatch.setattr(regexcache, "_used", type(regexcache._used)())
    monkeypatch.setattr(regexcache, "MAX_PATTERNS", 20)
    for p in patterns:  # a later run serves them from the file, in this order
        assert regexcache._compile(p).match(f"{p[:-6]}abc")
    regexcache._save()
    assert [key for key, _flags in marshal.loads(target.read_bytes())[0]] == patterns[:20]


def test_an_entry_unused_through_max_age_writes_is_dropped(tmp_path, monkeypatch):
    """The file only grew to its cap, and every run reads it whole (4,000 patterns, 3.6 MB on a development
    machine, where a run uses ~1,000): an entry no run used through MAX_AGE writes is dropped, one used (compiled
    from the file, or deferred: the run relies on the file holding it) is written young again."""
    from mtqa import regexcache

    target = tmp_path / "regex-test.marshal"
    monkeypatch.setattr(regexcache, "_path", target)
    monkeypatch.setattr(regexcache, "MAX_AGE", 2)
    monkeypatch.setattr(regexcache, "_elsewhere", False)  # a parallel run earlier in this process turns ageing off
    if regexcache._original is None:  # as installed (deferred() serves only then); re's own compile is untouched
        from re import _compiler
        monkeypatch.setattr(regexcache, "_original", _compiler.compile)
    for name in ("_known", "_added", "_ages"):
        monkeypatch.setattr(regexcache, name, {})
    monkeypatch.setattr(regexcache, "_used", {})
    for p in ("old[a-z]+", "used[0-9]+", "lexicon[xy]+"):
        regexcache._compile(p)
    regexcache._save()
    ages = []
    for write in range(3):  # three later runs, each compiling a new pattern (so each writes the file)
        table, stored = regexcache._load(target)
        monkeypatch.setattr(regexcache, "_known", dict(table))
        monkeypatch.setattr(regexcache, "_ages", dict(stored))
        monkeypatch.setattr(regexcache, "_used", {})
        monkeypatch.setattr(regexcache, "_added", {})
        assert regexcache._compile("used[0-9]+").match("used42")
        assert isinstance(regexcache.deferred("lexicon[xy]+"), regexcache.Deferred)
        regexcache._compile(f"new{write}[a-z]+")
        regexcache._save()
        ages.append(regexcache._load(target)[1])
    assert [a.get(("old[a-z]+", 0)) for a in ages] == [1, 2, None]  # dropped past MAX_AGE
    assert all(a[("used[0-9]+", 0)] == 0 and a[("lexicon[xy]+", 0)] == 0 for a in ages)
    assert ("old[a-z]+", 0) not in regexcache._read(target) and ages[-1][("new0[a-z]+", 0)] == 2


def test_a_save_that_cannot_be_renamed_leaves_no_temporary_file(tmp_path, monkeypatch):
    """The pattern file is written like every cached copy: under this writer's own exclusive temporary
    name, removed when the rename fails (a full or read-only folder), so no partial file stays behind and
    two writers with one process id (two containers on a shared cache) never write the same file."""
    from mtqa import compiled, regexcache

    target = tmp_path / "cache" / "regex-test.marshal"
    monkeypatch.setattr(regexcache, "_path", target)
    monkeypatch.setattr(regexcache, "_added", {("x", 0): (0, b"", 0, {}, (None,))})
    monkeypatch.setattr(regexcache, "_known", dict(regexcache._added))
    monkeypatch.setattr(regexcache, "_used", {})
    names = []
    real_open = open

    def watch(path, mode="r", *args, **kwargs):
        names.append((str(path), mode))
        return real_open(path, mode, *args, **kwargs)

    def refuse(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("builtins.open", watch)
    monkeypatch.setattr(compiled.os, "replace", refuse)
    regexcache._save()
    assert [mode for _name, mode in names] == ["xb"]  # opened exclusively, never truncating another's file
    assert os.path.basename(names[0][0]) != f"regex-test.tmp{os.getpid()}"
    assert list((tmp_path / "cache").iterdir()) == []


SITES = textwrap.dedent("""
    import re
    from mtqa import regexcache
    regexcache.install()
    from mtqa.checks import exonyms, formats, meaning
    from mtqa.names import exonym_forms
    from mtqa.checks.name_swaps import regnal_forms, translated_as_words
    fixed = re.compile(r"fixed[q-z]+(?=kept)")  # a module's pattern: the same in every run
    # the patterns these build embed a word of the text checked (an invented name: Zorvanq)
    assert exonym_forms.standalone_in("ZORVANQ").search("le ZORVANQ")
    assert exonyms._article_pattern("Zorvanq", frozenset({"le", "la"})).search("la zorvanq")
    assert exonyms._after_complement(("ville",), ("de",), "zorvanq").search("ville de zorvanq")
    assert exonyms._same_order("Zorvanq", "Ulmek", "à Zorvanq-Ulmek")
    assert regnal_forms._after_title("le pape Zorvanq", "Zorvanq", frozenset({"pape"}))
    assert translated_as_words._rendered(("the",), "Zorvanq").search("the Zorvanq")
    from types import SimpleNamespace as Seg
    assert regnal_forms._untitled_namesake("Ulmek Zorvanq", len("Ulmek"), "Ulmek", [Seg(text="Ulmek Zorvanq a dit")],
                                         frozenset({"pape"}))
    from mtqa.checks import numbers as figures  # a figure of the text, written across a space
    assert figures._copied_figures([(0, Seg(exact=True, text="7 391", kind="number"))], [Seg(text="some 7 391 seen")])[0]
    from mtqa.checks import word_order  # a unit's screen: the renderings of the source's two words
    assert word_order._adjacent("orvanqs of the ulmek", "of", ("orvanq",), ("ulmek",), "en")
    import json
    print(json.dumps({"known": [k[0] for k in regexcache._known if isinstance(k[0], str)],
                      "installed": regexcache._original is not None}))
""")


@pytest.mark.skipif(sys.version_info[:2] not in ((3, 11), (3, 12), (3, 13)), reason="the cache is installed on 3.11-3.13")
def test_patterns_built_from_the_checked_text_are_neither_kept_nor_saved(tmp_path):
    """A growing vocabulary's per-name patterns filled the file to its 4,000 cap (2.5 MB loaded by every run)
    and this process's table by as much; a module's own pattern is still kept and saved."""
    cache = tmp_path / "cache"
    env = {**os.environ, "MTQA_CACHE_DIR": str(cache)}
    import json

    done = json.loads(subprocess.run([sys.executable, "-c", SITES], env=env, capture_output=True, text=True,
                                     check=True).stdout)
    assert done["installed"]
    saved = [key for key, _flags in marshal.loads(next(cache.glob("regex-*.marshal")).read_bytes())[0]
             if isinstance(key, str)]
    assert r"fixed[q-z]+(?=kept)" in done["known"] and r"fixed[q-z]+(?=kept)" in saved
    assert [p for p in done["known"] + saved if "orvanq" in p.lower() or "7\\ 391" in p] == []


def test_a_transient_pattern_is_the_one_re_compiles():
    import re

    from mtqa import regexcache

    p = regexcache.transient(r"(?<!\w)Zorvanq\s+(?P<n>\d+)(?!\w)", re.IGNORECASE)
    assert p.pattern == r"(?<!\w)Zorvanq\s+(?P<n>\d+)(?!\w)" and p.flags & re.IGNORECASE
    assert p.search("à zorvanq 12 fois").group("n") == "12" and regexcache._transient == 0


def _fresh_state(monkeypatch, target):
    """This module's state as a run that read ``target`` has it (installed, so deferred() serves)."""
    from mtqa import regexcache

    monkeypatch.setattr(regexcache, "_path", target)
    if regexcache._original is None:
        from re import _compiler
        monkeypatch.setattr(regexcache, "_original", _compiler.compile)
    table, stored = regexcache._load(target)
    monkeypatch.setattr(regexcache, "_known", dict(table))
    monkeypatch.setattr(regexcache, "_ages", dict(stored))
    for name in ("_added", "_used"):
        monkeypatch.setattr(regexcache, name, {})
    monkeypatch.setattr(regexcache, "_elsewhere", False, raising=False)


def test_a_run_on_workers_leaves_the_workers_patterns_young(tmp_path, monkeypatch):
    """Only the parent writes the file and it holds no check's state: the patterns its workers compiled from the
    file were aged by each write of a parallel run and dropped after MAX_AGE of them (rv72b1 D1), then compiled
    again by the workers of every later run. A run on workers ages nothing; what the parent used is kept young."""
    from mtqa import regexcache

    target = tmp_path / "regex-test.marshal"
    _fresh_state(monkeypatch, target)
    for p in (r"\bsept\s+ans\b", r"(?i)\bmille\b", r"[A-Z][a-z]+-sur-[A-Z][a-z]+"):  # a serial run's checks
        regexcache._compile(p)
    regexcache._save()
    for run in range(3):  # runs on workers: the parent reads the input and compiles a new pattern of its own
        _fresh_state(monkeypatch, target)
        regexcache.checked_elsewhere()
        regexcache._compile(rf"reader{run}\s*;")
        regexcache._save()
    table, ages = regexcache._load(target)
    assert ages[(r"(?i)\bmille\b", 0)] == ages[(r"\bsept\s+ans\b", 0)] == 0
    assert ages[(r"reader0\s*;", 0)] == 0 and len(table) == 6
    _fresh_state(monkeypatch, target)  # a serial run after them ages what it did not use, as before
    regexcache._compile(r"\bsept\s+ans\b")
    regexcache._compile(r"serial\d+")
    regexcache._save()
    ages = regexcache._load(target)[1]
    assert ages[(r"(?i)\bmille\b", 0)] == 1 and ages[(r"\bsept\s+ans\b", 0)] == 0


def test_a_parallel_run_says_so_before_its_first_batch(monkeypatch):
    """run_parallel is where a run's checks leave this process (forked, spawned or Dask workers)."""
    import contextlib

    from mtqa import distributed, regexcache
    from mtqa.config import Config

    monkeypatch.setattr(regexcache, "_elsewhere", False)

    @contextlib.contextmanager
    def no_pool(workers, config):
        yield (lambda batch, worker=None: None), (lambda: 2), None, (lambda: False)

    monkeypatch.setattr(distributed, "_local_pool", no_pool)
    assert list(distributed.run_parallel(iter(()), Config(), workers=2)) == []
    assert regexcache._elsewhere


def test_a_damaged_entry_marked_used_past_the_cap_is_not_written(tmp_path, monkeypatch):
    """deferred() marks its pattern used; if the entry is then found damaged it is deleted, and kept again only
    below MAX_PATTERNS: the write at exit raised KeyError (a traceback, no file) in a run past the cap (rv72b1 D2)."""
    from mtqa import regexcache

    target = tmp_path / "regex-test.marshal"
    _fresh_state(monkeypatch, target)
    regexcache._compile(r"\bvingt\b")
    regexcache._compile(r"\btrente\b")
    regexcache._save()
    _fresh_state(monkeypatch, target)
    monkeypatch.setattr(regexcache, "MAX_PATTERNS", 1)
    regexcache._known[(r"\bvingt\b", 0)] = ("damaged",)
    stand_in = regexcache.deferred(r"\bvingt\b")
    assert isinstance(stand_in, regexcache.Deferred) and (r"\bvingt\b", 0) in regexcache._used
    regexcache._compile(r"\bquarante\b")  # the run's one new pattern fills the cap
    assert regexcache._compile(r"\bvingt\b").search("il a vingt ans").group() == "vingt"  # as re does, not kept
    monkeypatch.setattr(regexcache, "MAX_PATTERNS", 10)  # the file's cut is not the point here
    regexcache._save()
    table, ages = regexcache._load(target)
    assert (r"\bvingt\b", 0) not in table and set(table) == set(ages)
    assert table[(r"\bquarante\b", 0)] and (r"\btrente\b", 0) in table
