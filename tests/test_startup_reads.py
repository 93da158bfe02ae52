"""What a short run's start reads of its files: the tables' keys resolve each file's real path once per folder
(``compiled._realpath``), and the word tables' SQLite connections are opened immutable (``compiled._read_only``).
The answers must be those of ``os.path.realpath`` and of the table file, whatever links stand on the way."""
import os
import sqlite3
import sys

import pytest

from mtqa import compiled


@pytest.fixture
def tree(tmp_path):
    (tmp_path / "a" / "b" / "c").mkdir(parents=True)
    (tmp_path / "x" / "y").mkdir(parents=True)
    (tmp_path / "a" / "b" / "c" / "f.txt").write_text("f")
    (tmp_path / "x" / "y" / "g.txt").write_text("g")
    os.symlink(tmp_path / "x", tmp_path / "a" / "lx")  # a linked folder
    os.symlink("c/f.txt", tmp_path / "a" / "b" / "lf")  # a linked file, relative
    os.symlink(tmp_path / "a" / "b", tmp_path / "lb")
    os.symlink("loop2", tmp_path / "loop1")  # a loop of links
    os.symlink("loop1", tmp_path / "loop2")
    return tmp_path


CASES = ["a/b/c/f.txt", "a/lx/y/g.txt", "a/b/lf", "lb/c/f.txt", "lb/../x", "a/./b/c", "missing/z", "lb/c/",
         "loop1/x", "a/lx/y/../../b/c/f.txt", "a/b/c/f.txt/under-a-file", "a/b/c"]


@pytest.mark.parametrize("case", CASES)
def test_a_files_real_path_is_realpaths_answer(tree, case, monkeypatch):
    monkeypatch.setattr(compiled, "_REALPATHS", {})
    path = f"{tree}/{case}"
    assert compiled._realpath(path) == os.path.realpath(path)


def test_real_paths_share_their_folders_walk(tree, monkeypatch):
    """Files of one folder resolve it once: the second file costs one lstat, not one per folder on the way."""
    monkeypatch.setattr(compiled, "_REALPATHS", {})
    calls = []
    real_lstat = os.lstat
    monkeypatch.setattr(os, "lstat", lambda p, *a, **k: calls.append(p) or real_lstat(p, *a, **k))
    (tree / "a" / "b" / "c" / "h.txt").write_text("h")
    compiled._realpath(f"{tree}/a/b/c/f.txt")
    calls.clear()
    real = compiled._realpath(f"{tree}/a/b/c/h.txt")
    assert calls == [f"{tree}/a/b/c/h.txt"]
    assert real == os.path.realpath(f"{tree}/a/b/c/h.txt")


def test_a_relinked_folder_is_read_through_its_link(tree, monkeypatch):
    """A file under a linked folder is the link target's file, and the same file's two names agree."""
    monkeypatch.setattr(compiled, "_REALPATHS", {})
    assert compiled._realpath(f"{tree}/lb/c/f.txt") == compiled._realpath(f"{tree}/a/b/c/f.txt") \
        == str((tree / "a" / "b" / "c" / "f.txt").resolve())


def test_a_folder_link_re_pointed_is_followed_for_files_asked_after(tmp_path, monkeypatch):
    """A deployment's ``current`` link re-pointed while a process runs: a file first asked after the switch is
    the new target's (the per-folder shortcut is taken only for folders whose path holds no link)."""
    monkeypatch.setattr(compiled, "_REALPATHS", {})
    for v in ("v1", "v2"):
        (tmp_path / v / "sub").mkdir(parents=True)
        for name in ("a.toml", "b.toml"):
            (tmp_path / v / "sub" / name).write_text(v)
    os.symlink(tmp_path / "v1", tmp_path / "current")
    assert compiled._realpath(f"{tmp_path}/current/sub/a.toml") == f"{tmp_path}/v1/sub/a.toml"
    os.symlink(tmp_path / "v2", tmp_path / "current.new")
    os.replace(tmp_path / "current.new", tmp_path / "current")  # ln -sfn, atomically
    assert compiled._realpath(f"{tmp_path}/current/sub/b.toml") == f"{tmp_path}/v2/sub/b.toml"


def test_the_real_paths_kept_are_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(compiled, "_REALPATHS", {})
    monkeypatch.setattr(compiled, "REALPATHS_KEPT", 50)
    for i in range(200):
        path = f"{tmp_path}/copy{i}/data/list.txt"
        assert compiled._realpath(path) == os.path.realpath(path)
        assert len(compiled._REALPATHS) <= 50


def _table(path, rows):
    compiled._write_table(path, dict(rows))
    return compiled.DiskTable(path)


def test_an_immutable_connection_reads_the_table_it_opened_after_a_rewrite(tmp_path):
    """A table is replaced by a rename, never written in place: a connection open before the rename answers from
    the file it opened (whole and consistent), a new one from the new file."""
    path = tmp_path / "words.sqlite"
    old = _table(path, {"maire": 1, "gare": 2})
    assert old.get("maire") == 1 and old.readable()
    new = _table(path, {"maire": 7, "logement": 3})
    assert old.get("gare") == 2 and old.get("logement") is None
    assert new.get("maire") == 7 and new.get("gare") is None and new.readable()


def test_an_immutable_connection_is_read_only(tmp_path):
    path = tmp_path / "words.sqlite"
    table = _table(path, {"maire": 1})
    with pytest.raises(sqlite3.OperationalError):
        table._db.execute("INSERT INTO t VALUES ('gare', x'00')")
    assert table.get("gare") is None


def test_an_immutable_connection_answers_while_another_holds_the_file_locked(tmp_path):
    """Immutable: no lock is taken, so a lookup answers while another connection holds ``BEGIN EXCLUSIVE`` on the
    file, where a plain read-only connection fails with "database is locked" (a header re-read and a shared lock
    a query, the cost the flag saves)."""
    path = tmp_path / "words.sqlite"
    table = _table(path, {"maire": 1})
    writer = sqlite3.connect(str(path), timeout=0)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        assert table.get("maire") == 1
        plain = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            plain.execute("SELECT v FROM t WHERE k = 'maire'").fetchone()
        plain.close()
    finally:
        writer.rollback()
        writer.close()


def test_a_damaged_table_is_still_told(tmp_path):
    """Immutable or not, a file cut short is not readable (``compiled.table`` then builds it again)."""
    path = tmp_path / "words.sqlite"
    compiled._write_table(path, {f"mot{i}": i for i in range(5000)})
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    table = compiled.DiskTable(path)
    assert not table.readable()


def test_a_read_whole_table_answers_from_disk_then_whole(tmp_path, monkeypatch):
    """``read_whole``: a short run's few lookups are queries; past PACKED_AFTER (a long run: at once) the table
    is read whole into a dict, never packed and mapped; the answers are the same throughout."""
    rows = {f"order mot{i} autre{i}": (i, 2 * i) for i in range(300)}
    path = tmp_path / "units.sqlite"
    compiled._write_table(path, rows)
    monkeypatch.setattr(compiled.DiskTable, "PACKED_AFTER", 10)
    short = compiled.DiskTable(path, read_whole=True)
    asked = [f"order mot{i} autre{i}" for i in range(0, 300, 7)] + ["order absent pair"]
    answers = [short.get(k, (0, 0)) for k in asked[:10]]
    assert short._dict is None and short._packed is None  # ten lookups: still on disk
    answers += [short.get(k, (0, 0)) for k in asked[10:]]
    assert isinstance(short._dict, dict) and short._packed is None  # read whole, not packed
    assert answers == [rows.get(k, (0, 0)) for k in asked]
    with compiled.long_run():
        long = compiled.DiskTable(path, read_whole=True)
        assert long.get(asked[0]) == rows[asked[0]] and isinstance(long._dict, dict) and long._packed is None


def test_a_read_whole_table_closes_its_file_once_read(tmp_path, monkeypatch):
    """Read whole, the table needs neither its connection nor its key-by-key answers: both are let go."""
    rows = {f"order mot{i} autre{i}": (i, 2 * i) for i in range(50)}
    path = tmp_path / "units.sqlite"
    compiled._write_table(path, rows)
    monkeypatch.setattr(compiled.DiskTable, "PACKED_AFTER", 3)
    table = compiled.DiskTable(path, read_whole=True)
    answers = [table.get(k) for k in list(rows)[:10]]
    assert answers == list(rows.values())[:10]
    assert table._db is None and table._read == {} and table not in compiled._OPEN
    assert table.get("absent", 0) == 0 and len(table) == 50 and bool(table)


def test_load_asked_reads_a_read_whole_table_whole_never_packed(tmp_path):
    """The Dask warm-up (``load_asked``) reads a ``read_whole`` table whole, as its own lookups would: no packed
    copy is made of it, while another table asked is packed as before."""
    units = tmp_path / "units.sqlite"
    other = tmp_path / "other.sqlite"
    compiled._write_table(units, {"order a b": (1, 0)})
    compiled._write_table(other, {"mot": 3})
    whole = compiled.DiskTable(units, read_whole=True)
    packed = compiled.DiskTable(other)
    assert whole.get("order a b") == (1, 0) and packed.get("mot") == 3
    compiled.load_asked()
    assert isinstance(whole._dict, dict) and whole._packed is None and whole._db is None
    assert not list(tmp_path.glob("units*.packed*"))
    assert packed._packed is not None


def test_the_word_order_units_are_not_read_whole_by_a_short_run(tmp_path, monkeypatch):
    """A one-line check asks the unit counts a few keys: they stay on disk (reading them whole was ~8 ms of its
    CPU); a long run reads them whole; both answer as the counts file says."""
    from mtqa.langs.word_order import _parse, counts_path, word_orders

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))  # built in the test's own folder

    if compiled.cache_dir() is None:
        pytest.skip("no cache folder")
    word_orders.cache_clear()
    try:
        units = word_orders("fr", "en").units
        expected = _parse(counts_path("fr", "en"))[0]
        keys = [k for k in list(expected)[:40]] + ["order pas une-paire"]
        assert [units.get(k, (0, 0)) for k in keys] == [expected.get(k, (0, 0)) for k in keys]
        assert isinstance(units, compiled.DiskTable) and units._dict is None and units._packed is None
    finally:
        word_orders.cache_clear()


WORDS = ["kilomètres", "kilo", "km", "milles", "mille", "heures", "h", "Kelvin", "ſecondes", "minutes", "min"]

needs_hook = pytest.mark.skipif(sys.version_info[:2] not in ((3, 11), (3, 12), (3, 13)),
                                reason="regexcache is installed on 3.11-3.13")


@pytest.fixture
def store(tmp_path, monkeypatch):
    """regexcache installed on a file of the test's own, as a process that has read nothing yet; ``reopen()``
    is the next run: the file saved and read again."""
    from re import _compiler

    from mtqa import regexcache
    from mtqa.langs import wordtrie

    path = tmp_path / "regex-test.marshal"
    original = regexcache._original or _compiler.compile
    for name in ("_known", "_added", "_used"):
        monkeypatch.setattr(regexcache, name, {})
    monkeypatch.setattr(regexcache, "_path", path)
    monkeypatch.setattr(regexcache, "_original", original)
    monkeypatch.setattr(_compiler, "compile", regexcache._compile)
    monkeypatch.setattr(wordtrie, "_MEMO", {})

    def reopen():
        regexcache._save()
        for name in ("_known", "_added", "_used"):
            getattr(regexcache, name).clear()
        regexcache._known.update(regexcache._read(path))
        wordtrie._MEMO.clear()

    regexcache.reopen = reopen
    yield regexcache
    del regexcache.reopen


def _computed(words, ignorecase, monkeypatch):
    from mtqa import regexcache
    from mtqa.langs import wordtrie

    with monkeypatch.context() as m:
        m.setattr(regexcache, "_original", None)  # not installed: built
        m.setattr(wordtrie, "_MEMO", {})
        return wordtrie.trie_alternation(words, ignorecase=ignorecase)


def _built_again(monkeypatch):
    from mtqa.langs import wordtrie

    def built_again(*args):
        raise RuntimeError("built again")

    monkeypatch.setattr(wordtrie, "_insert", built_again)


@needs_hook
@pytest.mark.parametrize("ignorecase", [False, True])
def test_a_stored_trie_is_the_one_built_and_is_read_back(store, monkeypatch, ignorecase):
    from mtqa.langs import wordtrie

    built = _computed(WORDS, ignorecase, monkeypatch)
    assert wordtrie.trie_alternation(WORDS, ignorecase=ignorecase) == built
    store.reopen()
    _built_again(monkeypatch)
    assert wordtrie.trie_alternation(reversed(WORDS), ignorecase=ignorecase) == built  # any order, one key
    assert wordtrie.trie_alternation(set(WORDS), ignorecase=ignorecase) == built
    with pytest.raises(RuntimeError):  # not the other case flag's pattern, nor another list's
        wordtrie.trie_alternation(WORDS, ignorecase=not ignorecase)
    with pytest.raises(RuntimeError):
        wordtrie.trie_alternation(WORDS[:-1], ignorecase=ignorecase)


def _trie_keys(store):
    return [k for k in store._known if isinstance(k, tuple) and k and k[0] == "trie"]


@needs_hook
@pytest.mark.parametrize("damage", ["(", "", "flip", "pair", "resealed-paren", "file"])
def test_a_damaged_stored_trie_is_built_again(store, monkeypatch, damage):
    """What marshal still decodes is not trusted: a value changed to ``(`` (it ended every run with an internal
    error), to ``""`` (a false A402 on every run), a flipped letter, a value of another shape, and even a
    correctly sealed source that does not compile, are built again from the words; so is a damaged file."""
    import marshal

    from mtqa.langs import wordtrie

    built = _computed(WORDS, True, monkeypatch)
    wordtrie.trie_alternation(WORDS, ignorecase=True)
    store.reopen()
    [key] = _trie_keys(store)
    text, seal = store._known[key]
    if damage == "flip":
        store._known[key] = (text.replace("k", "q", 1), seal)
    elif damage == "pair":
        store._known[key] = text
    elif damage == "resealed-paren":
        store._known[key] = ("(", store._seal(key, "("))
    elif damage == "file":
        store._known.clear()
    else:
        store._known[key] = (damage, seal)
    store._added[("x", b"x")] = ("x", b"")  # a write is due
    store.reopen()
    if damage == "file":
        data = store._path.read_bytes()
        store._path.write_bytes(data[:-9])
        store._known.clear()
        store._known.update(store._read(store._path))
    assert wordtrie.trie_alternation(WORDS, ignorecase=True) == built
    store.reopen()  # and stored right again
    assert store.stored_source("trie", key[1], 2) == built


@needs_hook
def test_a_full_store_keeps_the_tries_a_run_used(store, monkeypatch):
    """Past the cap, the tries (and patterns) this run used are kept first: a process that built a thousand
    throw-away tries does not push out the ones every run reads."""
    from mtqa.langs import wordtrie

    built = wordtrie.trie_alternation(WORDS, ignorecase=True)
    store.reopen()
    monkeypatch.setattr(store, "MAX_PATTERNS", 20)
    assert wordtrie.trie_alternation(WORDS, ignorecase=True) == built  # read: used by this run
    for i in range(40):
        wordtrie.trie_alternation([f"mot{i}", f"mots{i}", f"motif{i}"])
    store.reopen()
    assert len(store._known) <= 20
    _built_again(monkeypatch)
    assert wordtrie.trie_alternation(WORDS, ignorecase=True) == built


@needs_hook
def test_no_trie_is_stored_without_the_store(monkeypatch):
    from mtqa import regexcache
    from mtqa.langs import wordtrie

    monkeypatch.setattr(regexcache, "_original", None)
    monkeypatch.setattr(regexcache, "_added", {})
    monkeypatch.setattr(wordtrie, "_MEMO", {})
    assert wordtrie.trie_alternation(["a", "ab"]) == "ab?"
    assert regexcache._added == {}


def test_a_read_code_files_store_is_marked_used(tmp_path, monkeypatch):
    """Every run reads the code-files store: reading it refreshes its date, so prune() keeps it."""
    import time

    folder = tmp_path / "cache"
    folder.mkdir()
    path = folder / f"code-files.{compiled._checkout_digest()}.marshal"
    path.write_bytes(__import__("marshal").dumps({}))
    old = time.time() - 3 * compiled.PRUNE_AGE
    os.utime(path, (old, old))
    monkeypatch.setattr(compiled, "_CODE_FILES", {})
    compiled._code_files_memo(folder)
    assert time.time() - path.stat().st_mtime < compiled.PRUNE_AGE


def _check(tmp_path, env_extra: dict, *args: str):
    import json
    import subprocess
    import sys

    doc = tmp_path / "doc.jsonl"
    doc.write_text(json.dumps({"source": "Depuis 2010, la crise de la dette pèse sur les transports publics.",
                               "target": "Since 2010, the debt crisis has weighed on the transport public."}) + "\n", encoding="utf-8")
    out = tmp_path / "report.json"
    env = {**os.environ, **env_extra}
    env.pop("MTQA_DEBUG", None)
    result = subprocess.run([sys.executable, "-m", "mtqa", "check", str(doc), "--format", "json", "-o", str(out),
                             *args], capture_output=True, text=True, env=env, timeout=300)
    return result, out


@pytest.mark.parametrize("workers", [None, "2"])
def test_a_faulty_word_order_copy_still_ends_the_run_with_one_line(tmp_path, workers):
    """The unit counts are now a table on disk (read a key at a time by a short run): a ``$MTQA_DATA`` copy's bad
    row still ends the run with one line naming the file and line, exit 2, no report, on a fresh cache folder
    (built by the run) and with ``--workers 2``."""
    import gzip

    folder = tmp_path / "data" / "lexmodel"
    folder.mkdir(parents=True)
    bad = folder / "word_order.fr-en.tsv.gz"
    with gzip.open(bad, "wt", encoding="utf-8") as f:
        f.write("# counts\nunit\torder transport public\t0\t12\nunit\torder dette publique\tmany\t1\n")
    extra = ("--workers", workers) if workers else ()
    result, out = _check(tmp_path, {"MTQA_DATA": str(tmp_path / "data"), "MTQA_CACHE_DIR": str(tmp_path / "c")},
                         "--select", "A503", *extra)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr and "internal error" not in lines[0], result.stderr
    assert f"{bad}:3:" in lines[0], lines[0]
    assert not out.exists() or out.stat().st_size == 0


def test_two_first_runs_at_once_share_a_fresh_cache_and_answer_alike(tmp_path):
    """Two runs started together on an empty cache folder (one with ``--workers 2``) both store tables, tries and
    patterns; both reports, and a third run's from the filled folder, are those of a run without a cache."""
    import subprocess
    import sys

    cache = tmp_path / "cache"
    reports = []
    procs = []
    for n, extra in enumerate([(), ("--workers", "2")]):
        work = tmp_path / f"run{n}"
        work.mkdir()
        doc = work / "doc.jsonl"
        doc.write_text('{"source": "Depuis 2010, la crise de la dette pèse sur les transports publics.", '
                       '"target": "Since 2010, the debt crisis has weighed on the transport public."}\n', encoding="utf-8")
        out = work / "report.json"
        env = {**os.environ, "MTQA_CACHE_DIR": str(cache)}
        env.pop("MTQA_DEBUG", None)
        procs.append(subprocess.Popen([sys.executable, "-m", "mtqa", "check", str(doc), "--format", "json", "-o",
                                       str(out), *extra], env=env, stderr=subprocess.PIPE, text=True))
        reports.append(out)
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode in (0, 1), err
    (tmp_path / "warm").mkdir()
    (tmp_path / "off").mkdir()
    third, out3 = _check(tmp_path / "warm", {"MTQA_CACHE_DIR": str(cache)})
    off, out_off = _check(tmp_path / "off", {"MTQA_CACHE_DIR": "off"})
    assert third.returncode == off.returncode == 1, (third.stderr, off.stderr)
    texts = {p.read_text(encoding="utf-8").replace(str(p.parent), "RUN") for p in (*reports, out3, out_off)}
    assert len(texts) == 1 and '"A503"' in texts.pop()
    assert list(cache.glob("regex-*.marshal"))


def test_the_frequency_and_dictionary_files_of_a_tables_key_are_found_once_per_process(tmp_path, monkeypatch):
    """The keys of the tables built from frequencies and dictionaries name their files: found once per process
    (per language, per dictionaries and ``$MTQA_HUNSPELL_DIR``), each call a new list of the same files."""
    import importlib.util

    from mtqa.langs import frequency, hunspell

    found = []
    find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: found.append(name) or find_spec(name, *a))
    frequency._wordfreq_files.cache_clear()
    first = frequency.wordfreq_files("fr")
    first.append("a caller's own")
    again = frequency.wordfreq_files("fr")
    assert found == ["wordfreq"] and again == first[:-1] and again[-1].name == "__init__.py"
    assert any(p.name.endswith("_fr.msgpack.gz") for p in again)
    for name in ("xx", "yy"):
        (tmp_path / f"{name}.dic").write_text("1\nmaison\n", encoding="utf-8")
        (tmp_path / f"{name}.aff").write_text("SET UTF-8\n", encoding="utf-8")
    monkeypatch.setenv("MTQA_HUNSPELL_DIR", str(tmp_path))
    listed = []
    monkeypatch.setattr(hunspell, "_hunspell_dirs", lambda: listed.append(1) or [tmp_path])
    assert hunspell.files(("xx",)) == hunspell.files(("xx",)) == [tmp_path / "xx.dic", tmp_path / "xx.aff"]
    assert len(listed) == 1
    monkeypatch.setenv("MTQA_HUNSPELL_DIR", str(tmp_path / "elsewhere"))  # another folder asked: found anew
    hunspell.files(("xx",))
    assert len(listed) == 2
