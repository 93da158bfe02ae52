"""What a short run's start reads of its files: the tables' keys resolve each file's real path once per folder
(``compiled._realpath``), and the word tables' SQLite connections are opened immutable (``compiled._read_only``).
The answers must be those of ``os.path.realpath`` and of the table file, whatever links stand on the way."""
import os
import sqlite3

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


def test_the_word_order_units_are_not_read_whole_by_a_short_run():
    """A one-line check asks the unit counts a few keys: they stay on disk (reading them whole was ~8 ms of its
    CPU); a long run reads them whole; both answer as the counts file says."""
    from mtqa.langs.word_order import _parse, counts_path, word_orders

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


@pytest.fixture
def answers(tmp_path, monkeypatch):
    """A cache folder of the test's own, and a process that has read no stored answers yet."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(compiled, "_ANSWERS", {})
    monkeypatch.setattr(compiled, "_NEW_ANSWERS", {})
    monkeypatch.setattr(compiled, "_ANSWERS_SAVED_AT_EXIT", [True])  # saved by the test, not at its exit
    return tmp_path / "cache"


def _computed(words, ignorecase, monkeypatch):
    from mtqa.langs import wordtrie

    with monkeypatch.context() as m:
        m.setenv("MTQA_CACHE_DIR", "off")
        return wordtrie.trie_alternation(words, ignorecase=ignorecase)


@pytest.mark.parametrize("ignorecase", [False, True])
def test_a_stored_trie_is_the_one_built_and_is_read_back(answers, monkeypatch, ignorecase):
    from mtqa.langs import wordtrie

    built = _computed(WORDS, ignorecase, monkeypatch)
    assert wordtrie.trie_alternation(WORDS, ignorecase=ignorecase) == built
    compiled._save_answers()
    monkeypatch.setattr(compiled, "_ANSWERS", {})  # as the next run: from the file
    def built_again(*args):
        raise RuntimeError("built again")

    monkeypatch.setattr(wordtrie, "_insert", built_again)
    assert wordtrie.trie_alternation(reversed(WORDS), ignorecase=ignorecase) == built  # any order, one key
    assert wordtrie.trie_alternation(set(WORDS), ignorecase=ignorecase) == built
    with pytest.raises(RuntimeError):  # not the other case flag's pattern, nor another list's
        wordtrie.trie_alternation(WORDS, ignorecase=not ignorecase)
    with pytest.raises(RuntimeError):
        wordtrie.trie_alternation(WORDS[:-1], ignorecase=ignorecase)


@pytest.mark.parametrize("damage", [b"", b"\x00garbage\xff", None, "list", "values"])
def test_a_damaged_store_is_built_again(answers, monkeypatch, damage):
    import marshal

    from mtqa.langs import wordtrie

    built = _computed(WORDS, True, monkeypatch)
    wordtrie.trie_alternation(WORDS, ignorecase=True)
    compiled._save_answers()
    [path] = answers.glob("trie-patterns.*.marshal")
    if damage == "list":
        data = marshal.dumps(["not", "a", "dict"])
    elif damage == "values":  # readable, but the answers are not patterns
        data = marshal.dumps({k: 12 for k in marshal.loads(path.read_bytes())})
    elif damage is None:
        data = path.read_bytes()[:-7]  # cut short
    else:
        data = damage
    path.write_bytes(data)
    monkeypatch.setattr(compiled, "_ANSWERS", {})
    assert wordtrie.trie_alternation(WORDS, ignorecase=True) == built
    compiled._save_answers()  # and stored right again
    monkeypatch.setattr(compiled, "_ANSWERS", {})
    assert compiled.stored_answer("trie-patterns", wordtrie._key(sorted(set(WORDS)), True)) == built


def test_two_first_runs_keep_both_their_answers(answers):
    """Each process merges its new answers with the file as it is when it saves: neither loses the other's."""
    compiled.keep_answer("kind-a", b"one", "1")
    compiled._save_answers()
    compiled._ANSWERS.clear()  # the other process read the file before the first saved
    compiled._NEW_ANSWERS.clear()
    compiled._ANSWERS[("kind-a", answers, compiled._PACKAGE)] = {}
    compiled.keep_answer("kind-a", b"two", "2")
    compiled._save_answers()
    compiled._ANSWERS.clear()
    assert compiled.stored_answer("kind-a", b"one") == "1" and compiled.stored_answer("kind-a", b"two") == "2"
    assert not [p for p in answers.iterdir() if p.name.endswith(".tmp")]  # written whole, renamed into place


def test_stored_answers_are_bounded(answers, monkeypatch):
    monkeypatch.setattr(compiled, "ANSWERS_KEPT", 3)
    for i in range(5):
        compiled.keep_answer("kind-b", b"k%d" % i, str(i))
    compiled._save_answers()
    compiled._ANSWERS.clear()
    assert [compiled.stored_answer("kind-b", b"k%d" % i) for i in range(5)] == [None, None, "2", "3", "4"]


def test_no_cache_folder_stores_nothing(monkeypatch):
    from mtqa.langs import wordtrie

    monkeypatch.setenv("MTQA_CACHE_DIR", "off")
    monkeypatch.setattr(compiled, "_NEW_ANSWERS", {})
    assert wordtrie.trie_alternation(["a", "ab"]) == "ab?"
    assert compiled._NEW_ANSWERS == {}


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
    assert str(bad) in lines[0] and "3" in lines[0], lines[0]
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
    assert list(cache.glob("trie-patterns.*.marshal"))
