"""The compiled cache of word tables: same answers as the dict it replaces, rebuilt when its sources change."""
import os
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa import compiled


def _source(tmp_path, text):
    path = tmp_path / "words.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _build(path):
    calls = []

    def build():
        calls.append(1)
        return {w: float(len(w)) for w in path.read_text(encoding="utf-8").split()}

    return build, calls


def test_table_answers_like_a_dict_and_is_built_once(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    src = _source(tmp_path, "chat chien souris")
    build, calls = _build(src)
    first = compiled.table("demo", [src], build)
    again = compiled.table("demo", [src], build)
    assert len(calls) == 1
    assert isinstance(again, compiled.DiskTable)
    assert again.get("chien") == 5.0 and again.get("loup") is None and again.get("loup", 0.0) == 0.0
    assert "souris" in again and "loup" not in again and again["chat"] == 4.0
    assert dict(again.items()) == dict(first.items()) == {"chat": 4.0, "chien": 5.0, "souris": 6.0}


def test_table_is_rebuilt_when_a_source_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    src = _source(tmp_path, "chat")
    build, calls = _build(src)
    assert compiled.table("demo", [src], build).get("chat") == 4.0
    src.write_text("chat cheval", encoding="utf-8")
    os.utime(src, ns=(1, 1))  # a different modification time, as any edit gives
    table = compiled.table("demo", [src], build)
    assert len(calls) == 2 and table.get("cheval") == 6.0


def test_many_lookups_switch_to_the_packed_copy(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    src = _source(tmp_path, "a bb ccc")
    build, _ = _build(src)
    compiled.table("demo", [src], build)
    table = compiled.table("demo", [src], build)
    monkeypatch.setattr(compiled.DiskTable, "PACKED_AFTER", 3)
    answers = [table.get(w) for w in ("a", "bb", "zz", "ccc", "a", "zz")]
    assert answers == [1.0, 2.0, None, 3.0, 1.0, None]
    assert table._packed is not None and table._dict is None  # no copy of the table in memory
    assert dict(table.items()) == {"a": 1.0, "bb": 2.0, "ccc": 3.0}


def test_cache_off_gives_the_built_dict(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", "off")
    src = _source(tmp_path, "chat")
    build, calls = _build(src)
    assert compiled.table("demo", [src], build) == {"chat": 4.0}
    assert compiled.cached("demo-small", [src], lambda: (1, "x")) == (1, "x")
    assert len(calls) == 1


def test_small_objects_round_trip(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    src = _source(tmp_path, "chat")
    value = (("SFX", "S", "", "s", "[^sxz]", True), frozenset("AB"))
    assert compiled.cached("demo-small", [src], lambda: value) == value
    assert compiled.cached("demo-small", [src], lambda: None) == value


_LANGID_TEXTS = [
    "Le conseil municipal votera le budget de la piscine jeudi prochain.",
    "The town council will vote on the swimming-pool budget next Thursday.",
    "Der Stadtrat stimmt am Donnerstag über das Budget ab.",
    "El ayuntamiento votará el presupuesto el jueves.",
    "Merci beaucoup",
    "OK",
    "« Nous verrons », a-t-il dit.",
]


def _langdetect_own(text):
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return "unknown", 0.0
    return best.lang, best.prob


def test_language_identification_from_the_compiled_profiles_gives_langdetects_own_probabilities(tmp_path, monkeypatch):
    from mtqa import langid

    for setting in (str(tmp_path / "cache"), "off"):
        monkeypatch.setenv("MTQA_CACHE_DIR", setting)
        monkeypatch.setattr(langid, "_ready", None)
        assert [langid.detect(t) for t in _LANGID_TEXTS + ["", "1234"]] == \
            [_langdetect_own(t) for t in _LANGID_TEXTS + ["", "1234"]]
    assert langid.detect("") == ("unknown", 0.0)
    assert list(tmp_path.glob("cache/langdetect-profiles.*.sqlite"))


def test_load_asked_maps_only_the_tables_asked_about(tmp_path, monkeypatch):
    """Before forking workers: the tables the checks read are mapped packed once; the others stay on disk."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    asked_src, idle_src = _source(tmp_path, "chat chien"), tmp_path / "other.txt"
    idle_src.write_text("loup", encoding="utf-8")
    compiled.table("asked", [asked_src], _build(asked_src)[0])
    compiled.table("idle", [idle_src], _build(idle_src)[0])
    asked = compiled.table("asked", [asked_src], _build(asked_src)[0])
    idle = compiled.table("idle", [idle_src], _build(idle_src)[0])
    assert asked.get("chat") == 4.0 and asked._packed is None
    compiled.load_asked()
    assert asked._packed is not None and asked._dict is None and list(tmp_path.glob("cache/asked.*.packed"))
    assert idle._packed is None and idle.get("loup") == 4.0 and idle._packed is None
    assert [asked.get(w) for w in ("chat", "chien", "loup")] == [4.0, 5.0, None]


def test_after_many_lookups_the_packed_copy_answers_without_queries(tmp_path, monkeypatch):
    """Past PACKED_AFTER lookups the table maps its packed copy: the same answers, no more queries."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    words = "chat chien souris loup-garou Œdipe naïve l'été".split()
    src = tmp_path / "words.txt"
    src.write_text("", encoding="utf-8")
    build = lambda: {w: (len(w), w.upper()) if len(w) % 2 else float(len(w)) for w in words}  # noqa: E731
    compiled.table("demo", [src], build)
    table = compiled.table("demo", [src], build)
    monkeypatch.setattr(compiled.DiskTable, "PACKED_AFTER", 2)
    asked = words + ["cheval", "CHAT", "chat ", "", "été", "\ud800"] * 2
    queries = []
    real = table._db
    table._db = type("Spy", (), {"execute": lambda self, sql, args=(): queries.append(args) or real.execute(sql, args),
                                 "create_function": lambda self, *a, **kw: real.create_function(*a, **kw)})()
    assert [table.get(w) for w in asked] == [build().get(w) for w in asked]
    assert [table.in_memory(w, -1) for w in asked] == [build().get(w, -1) for w in asked]
    assert table._packed is not None and list(tmp_path.glob("cache/demo.*.packed"))
    lookups = [args[0] for args in queries if args]  # (the packed copy is built with queries without arguments)
    assert lookups == asked[:2]  # then no query at all
    again = compiled.table("demo", [src], build)  # a new process maps the stored copy
    monkeypatch.setattr(compiled.DiskTable, "PACKED_AFTER", 0)
    assert [again.get(w, -1.0) for w in asked] == [build().get(w, -1.0) for w in asked]
    assert len(again._packed) == len(words)


def test_a_long_run_maps_a_table_at_its_first_lookup_and_a_short_one_after_packed_after(tmp_path, monkeypatch):
    """Inside long_run(), a disk table answers its first lookup from its packed copy (no query); outside it, or
    with long_run(False), the usual PACKED_AFTER queries come first; the flag is put back as it was."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(compiled.DiskTable, "PACKED_AFTER", 3)
    src = tmp_path / "words.txt"
    src.write_text("", encoding="utf-8")
    build = lambda: {"chat": 1.0, "chien": 2.0}  # noqa: E731
    compiled.table("pets", [src], build)
    short, long = compiled.table("pets", [src], build), compiled.table("pets", [src], build)
    with compiled.long_run(False):
        assert [short.get(w) for w in ("chat", "loup")] == [1.0, None] and short._packed is None
    with compiled.long_run():
        with compiled.long_run(False):  # an inner block does not end the outer one
            assert long.get("chien") == 2.0 and long._packed is not None
        assert compiled._LONG_RUN
    assert not compiled._LONG_RUN
    assert [short.get(w) for w in ("chien", "chat")] == [2.0, 1.0] and short._packed is not None  # its 4th lookup


def test_a_builders_lookups_pack_in_a_long_run_only_and_load_asked_skips_them(tmp_path, monkeypatch):
    """A builder's lookups (building()) are not the run's demand: outside a long run they never pack a table,
    and load_asked leaves a table only builders asked; inside long_run() a builder's first lookup packs it, as
    the run's own would at its next."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(compiled.DiskTable, "PACKED_AFTER", 0)
    src = tmp_path / "words.txt"
    src.write_text("", encoding="utf-8")
    build = lambda: {"chat": 1.0, "chien": 2.0}  # noqa: E731
    compiled.table("pets", [src], build)
    short, long = compiled.table("pets", [src], build), compiled.table("pets", [src], build)
    with compiled.long_run(False), compiled._building():
        assert [short.get(w) for w in ("chat", "loup")] == [1.0, None] and short._packed is None
    compiled.load_asked()
    assert short._packed is None and short._dict is None
    with compiled.long_run(), compiled._building():
        assert long.get("chien") == 2.0 and long._packed is not None
    with compiled.long_run(False):
        assert short.get("chien") == 2.0 and short._packed is not None  # the run's own first lookup


def test_the_check_command_runs_long_from_a_megabyte_of_input(tmp_path):
    from types import SimpleNamespace

    from mtqa.cli import _long_input

    small, big = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    small.write_bytes(b"x" * 1000)
    big.write_bytes(b"x" * (compiled.LONG_RUN_BYTES - 1000))
    assert not _long_input([SimpleNamespace(path=str(small))])
    assert not _long_input([SimpleNamespace(path=str(big)), SimpleNamespace(path="-")])
    assert _long_input([SimpleNamespace(path=str(big)), SimpleNamespace(path=str(small))])


def test_a_table_rewritten_drops_its_stale_packed_copy(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(compiled.DiskTable, "PACKED_AFTER", 0)
    path = tmp_path / "t.sqlite"
    compiled._write_table(path, {"chat": 1})
    assert compiled.DiskTable(path).get("chat") == 1 and path.with_suffix(".packed").is_file()
    compiled._write_table(path, {"chat": 2})
    assert compiled.DiskTable(path).get("chat") == 2


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.text(max_size=6), st.one_of(st.floats(allow_nan=False), st.integers(), st.text(max_size=3),
                                                      st.tuples(st.integers(), st.text(max_size=2)))),
       st.lists(st.text(max_size=6), max_size=20), st.integers(1, 7))
def test_a_packed_table_answers_exactly_like_its_dict(data, others, buckets):
    """Every key and non-key, with hashes forced to collide (``buckets`` distinct hashes only), as the dict."""
    import marshal
    from unittest import mock

    with mock.patch.object(compiled.PackedTable, "hash", staticmethod(lambda raw: zlib.crc32(raw) % buckets)):
        packed = compiled.PackedTable(compiled.PackedTable.pack((k, marshal.dumps(v)) for k, v in data.items()))
        assert len(packed) == len(data)
        for key in list(data) + others:
            assert packed.get(key, _ABSENT) == data.get(key, _ABSENT)


_ABSENT = object()


class _CountedReads:
    """A packed table's hash array whose item reads are counted (``bisect`` reads items one by one)."""

    def __init__(self, items) -> None:
        self.items, self.reads = items, 0

    def __getitem__(self, i):
        self.reads += 1
        return self.items[i]

    def __len__(self) -> int:
        return len(self.items)


def test_a_packed_table_searches_near_a_keys_expected_place_and_answers_the_same_anywhere():
    """CRC-32s are spread evenly: a key's hash is searched for within SEARCH_WINDOW entries of where its value
    puts it (far fewer reads of the mapped hashes than a search of the whole table), and where the window's
    edges show it is not there (a window of 2 entries on 100,000), over the whole table: every answer the dict's."""
    import marshal
    from unittest import mock

    data = {f"w{i}": i for i in range(100_000)}
    packed = compiled.PackedTable(compiled.PackedTable.pack((k, marshal.dumps(v)) for k, v in data.items()))
    asked = [f"w{i}" for i in range(0, 100_000, 97)] + ["absent", "w100000", "", "W1"]
    counted = packed._hashes = _CountedReads(packed._hashes)
    assert [packed.get(k, _ABSENT) for k in asked] == [data.get(k, _ABSENT) for k in asked]
    assert counted.reads / len(asked) < 15.5  # a search of all 100,000 reads 17-18 (and one more to compare)
    with mock.patch.object(compiled.PackedTable, "SEARCH_WINDOW", 2):
        assert [packed.get(k, _ABSENT) for k in asked] == [data.get(k, _ABSENT) for k in asked]
    with mock.patch.object(compiled.PackedTable, "hash", staticmethod(lambda raw: 2 ** 32 - 1 - zlib.crc32(raw) % 7)):
        skewed = compiled.PackedTable(compiled.PackedTable.pack((k, marshal.dumps(v)) for k, v in data.items()))
        assert [skewed.get(k, _ABSENT) for k in asked] == [data.get(k, _ABSENT) for k in asked]


def test_loaded_tables_are_frozen_only_when_the_command_asks(tmp_path, monkeypatch):
    """The command's process moves what a table load leaves alive out of the collector's walks; a
    program that imports mtqa keeps its collector untouched."""
    import gc

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    src = _source(tmp_path, "chat")
    gc.unfreeze()
    try:
        compiled.cached("demo-small", [src], lambda: {"chat": (1, 2)})
        assert gc.get_freeze_count() == 0
        compiled.freeze_loaded_tables()
        assert compiled.cached("demo-small", [src], lambda: None) == {"chat": (1, 2)}
        assert gc.get_freeze_count() > 0
    finally:
        compiled.freeze_loaded_tables(False)
        gc.unfreeze()


def test_an_absent_key_read_from_disk_is_not_queried_again(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    src = _source(tmp_path, "chat chien")
    build, _ = _build(src)
    compiled.table("demo", [src], build)
    table = compiled.table("demo", [src], build)
    queries = []
    real = table._db
    table._db = type("Spy", (), {"execute": lambda self, sql, args=(): queries.append(args) or real.execute(sql, args),
                                 "create_function": lambda self, *a, **kw: real.create_function(*a, **kw)})()
    assert [table.get(w) for w in ("loup", "chat", "loup", "chat")] == [None, 4.0, None, 4.0]
    assert queries == [("loup",), ("chat",)]


def test_a_key_asked_again_of_the_packed_copy_is_answered_from_its_recent_answers(tmp_path, monkeypatch):
    """Once packed, a key asked again (present or absent) is not looked up in the packed copy again while it is
    among the last RECENT_ANSWERS keys; past that bound the answers start afresh, and they never change."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    src = _source(tmp_path, "chat chien souris")
    build, _ = _build(src)
    compiled.table("demo", [src], build)
    table = compiled.table("demo", [src], build)
    table.pack()
    looked_up = []
    packed = table._packed
    real_get = packed.get
    monkeypatch.setattr(packed, "get", lambda key, default=None: looked_up.append(key) or real_get(key, default),
                        raising=False)
    asked = ["chat", "loup", "chat", "loup", "chien"]
    assert [table.get(w) for w in asked] == [4.0, None, 4.0, None, 5.0]
    assert ["chat" in table, "loup" in table, table["chien"], table.in_memory("loup", -1)] == [True, False, 5.0, -1]
    assert looked_up == ["chat", "loup", "chien"]  # each key once
    monkeypatch.setattr(compiled, "RECENT_ANSWERS", 2)
    looked_up.clear()
    assert [table.get(w) for w in ("souris", "chat", "souris")] == [6.0, 4.0, 6.0]
    assert looked_up == ["souris", "chat"]  # full at 3 keys: started afresh with "souris", then "chat" new again
    assert len(table._read) <= 2


def test_a_truncated_or_garbled_packed_copy_is_rebuilt_not_fatal(tmp_path, monkeypatch):
    """A packed copy cut short (a copied or restored cache, a crash before the data reached the disk)
    or with a wrong header is built again from the table: the same answers, no exception."""
    monkeypatch.setattr(compiled.DiskTable, "PACKED_AFTER", 0)
    path = tmp_path / "t.sqlite"
    data = {f"mot{i}": (i, "é" * (i % 5)) for i in range(200)}
    compiled._write_table(path, data)
    compiled.DiskTable(path).get("mot1")
    packed = path.with_suffix(".packed")
    whole = packed.read_bytes()
    huge = (2 ** 31 + 1).to_bytes(4, "little") + (2 ** 31 + 1).to_bytes(4, "big")
    for broken in (whole[:len(whole) // 2], whole[:len(whole) // 2 + 1], whole[:40], whole[:17], whole[:10],
                   whole[:8] + huge + whole[16:]):
        packed.write_bytes(broken)
        table = compiled.DiskTable(path)
        assert [table.get(k) for k in data] == list(data.values()) and table.get("absent") is None


def test_a_full_disk_leaves_no_partial_packed_file_behind(tmp_path):
    """When the packed copy cannot be written whole (no space left, a file size limit), the run answers
    from the copy in memory and leaves no partial temporary file in the cache folder (every later run
    would leave another)."""
    import subprocess
    import sys

    path = tmp_path / "t.sqlite"
    data = {f"mot{i}": "x" * 50 for i in range(2_000)}
    compiled._write_table(path, data)
    code = ("import resource, signal, sys; from pathlib import Path; from mtqa import compiled\n"
            "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
            "resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))  # a write past 20 kB fails: EFBIG\n"
            "compiled.DiskTable.PACKED_AFTER = 0\n"
            "table = compiled.DiskTable(Path(sys.argv[1]))\n"
            "assert table.get('mot7') == 'x' * 50 and table.get('absent') is None and table._packed is not None\n")
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.sqlite"]


def test_a_packed_copy_writer_never_opens_another_writers_temporary_file(tmp_path, monkeypatch):
    """Two writers of one packed copy at once: another thread of this process, or a process of another
    container with the same process id on a shared cache folder. Neither may truncate the file the other
    is writing (and then publish it half written): each writes a file of its own."""
    monkeypatch.setattr(compiled.DiskTable, "PACKED_AFTER", 0)
    path = tmp_path / "t.sqlite"
    compiled._write_table(path, {"chat": 1, "chien": 2})
    other = path.with_suffix(".packed").with_suffix(f".tmp{os.getpid()}")  # the name a writer of this pid used
    other.write_bytes(b"another writer's bytes")
    table = compiled.DiskTable(path)
    assert table.get("chien") == 2 and table.get("loup") is None
    assert other.read_bytes() == b"another writer's bytes"
    assert compiled.DiskTable(path).get("chat") == 1 and path.with_suffix(".packed").read_bytes().startswith(b"MTQPACK")


def test_a_packed_copy_of_an_earlier_table_at_the_same_path_is_not_used(tmp_path, monkeypatch):
    """The packed copy must be the copy of the very table it sits beside, whoever wrote it: a process
    still holding the earlier table may publish its copy after another process has rewritten the table
    (and removed the copy then present); a cache folder may be assembled from two sources."""
    monkeypatch.setattr(compiled.DiskTable, "PACKED_AFTER", 0)
    path = tmp_path / "t.sqlite"
    compiled._write_table(path, {"chat": 1, "chien": 2})
    compiled.DiskTable(path).get("chat")
    earlier = path.with_suffix(".packed").read_bytes()
    compiled._write_table(path, {"chat": 3, "loup": 4})
    path.with_suffix(".packed").write_bytes(earlier)  # published late by the process holding the earlier table
    table = compiled.DiskTable(path)
    assert [table.get(w) for w in ("chat", "chien", "loup")] == [3, None, 4]
    assert [compiled.DiskTable(path).get(w) for w in ("chat", "chien", "loup")] == [3, None, 4]


def test_items_and_len_of_a_rewritten_table_are_the_new_tables(tmp_path):
    """``items``/``len`` read the table's one-piece copy (``.whole2.marshal``): never an earlier table's."""
    path = tmp_path / "t.sqlite"
    compiled._write_table(path, {"chat": 1})
    assert dict(compiled.DiskTable(path).items()) == {"chat": 1}
    earlier = path.with_suffix(".whole2.marshal").read_bytes()
    compiled._write_table(path, {"chien": 2, "loup": 3})
    assert dict(compiled.DiskTable(path).items()) == {"chien": 2, "loup": 3} and len(compiled.DiskTable(path)) == 2
    path.with_suffix(".whole2.marshal").write_bytes(earlier)  # published late by a process holding the earlier table
    assert dict(compiled.DiskTable(path).items()) == {"chien": 2, "loup": 3}


def test_a_table_writer_never_removes_another_writers_temporary_table(tmp_path):
    """Like the packed copy's writers: a table written at the same time by a process with the same id
    (another container sharing the cache folder) keeps its temporary file, so neither publishes the
    other's half-written table."""
    path = tmp_path / "t.sqlite"
    other = path.with_suffix(f".tmp{os.getpid()}")  # the name a writer of this pid used
    other.write_bytes(b"another writer's table")
    compiled._write_table(path, {"chat": 1})
    assert other.read_bytes() == b"another writer's table" and compiled.DiskTable(path).get("chat") == 1


def test_a_full_disk_leaves_no_partial_table_behind(tmp_path):
    """A table that cannot be written whole is built in memory, and no partial file stays behind."""
    import subprocess
    import sys

    src = _source(tmp_path, "chat")
    code = ("import resource, signal, sys; from pathlib import Path; from mtqa import compiled\n"
            "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
            "resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))  # a write past 20 kB fails: EFBIG\n"
            "words = {f'mot{i}': 'x' * 50 for i in range(2_000)}\n"
            "assert compiled.table('demo', [Path(sys.argv[1])], lambda: dict(words)) == words\n")
    subprocess.run([sys.executable, "-c", code, str(src)], check=True,
                   env={**os.environ, "MTQA_CACHE_DIR": str(tmp_path / "cache")})
    assert list((tmp_path / "cache").iterdir()) == []


def test_mapping_a_packed_copy_counts_as_a_table_load_for_the_collector(tmp_path, monkeypatch):
    """The command's process freezes what is alive after each table load; mapping a packed copy is one
    (it replaced the mid-run loads of heads and whole tables, and their freezes)."""
    import gc

    monkeypatch.setattr(compiled.DiskTable, "PACKED_AFTER", 0)
    path = tmp_path / "t.sqlite"
    compiled._write_table(path, {"chat": 1})
    table = compiled.DiskTable(path)
    gc.unfreeze()
    try:
        compiled.freeze_loaded_tables()
        assert gc.get_freeze_count() == 0
        assert table.get("chat") == 1 and table._packed is not None
        assert gc.get_freeze_count() > 0
    finally:
        compiled.freeze_loaded_tables(False)
        gc.unfreeze()


def test_a_cached_copy_that_cannot_be_stored_leaves_no_partial_file(tmp_path, monkeypatch):
    """compiled.cached and the whole-table copy write through store_whole: a failed rename (a full or
    read-only folder) still gives the built value, and no temporary file stays in the cache folder."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("MTQA_CACHE_DIR", str(cache))
    src = _source(tmp_path, "chat chien")

    def refuse(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(compiled.os, "replace", refuse)
    assert compiled.cached("demo-small", [src], lambda: {"chat": 1}) == {"chat": 1}
    assert not any(cache.glob("*.tmp")) and not any(cache.glob("demo-small*"))


def test_code_files_follows_the_methods_of_a_class_given_beside_the_builder():
    # a builder that reaches code through an object (pair.source.plural) names no function of language.py: the
    # demonym table's key missed the file, and a changed Language.plural was served from the stale cached table
    from mtqa.compiled import code_files
    from mtqa.langs.language import Language
    from mtqa.names.nationalities import demonym_forms

    assert "language.py" not in {p.name for p in code_files(demonym_forms)}
    with_class = {p.name for p in code_files(demonym_forms, Language)}
    assert {"language.py", "nationalities.py", "compounds.py", "hunspell.py", "frequency.py"} <= with_class


def test_the_demonym_and_exonym_tables_are_keyed_on_the_language_code_they_call(monkeypatch):
    import mtqa.compiled as compiled
    from mtqa.checks import demonyms
    from mtqa.langs import language_pair
    from mtqa.names import exonym_forms

    keys = {}
    real = compiled.cached

    def spy(name, inputs, build, *rest):  # rest: a shape check (first names', built within on a cold cache)
        keys[name.split("-")[0]] = {p.name for p in inputs}
        return real(name, inputs, build, *rest)

    monkeypatch.setattr(compiled, "cached", spy)
    pair = language_pair("fr", "en")
    demonyms._table.__wrapped__(pair) if hasattr(demonyms._table, "__wrapped__") else demonyms._table(pair)
    exonym_forms.exonym_rows.__wrapped__(pair) if hasattr(exonym_forms.exonym_rows, "__wrapped__") else exonym_forms.exonym_rows(pair)
    assert "language.py" in keys["demonyms"] and "pair.py" in keys["demonyms"]
    assert "language.py" in keys["exonyms"]


def test_whether_a_table_on_disk_has_rows_is_asked_of_the_disk_once(tmp_path, monkeypatch):
    """``bool(table)`` is tested on every word by some readers (a language's verb forms): a read-only table's
    emptiness is read once, and the answer is the same for a table with rows and for an empty one."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    for text, filled in (("chat chien", True), ("", False)):
        src = _source(tmp_path, text)
        build, _ = _build(src)
        name = f"demo{int(filled)}"
        compiled.table(name, [src], build)
        table = compiled.table(name, [src], build)
        assert isinstance(table, compiled.DiskTable)
        table._filled = None  # table() already asked once (its readable() probe): ask afresh, spied
        queries = []
        real = table._db
        table._db = type("Spy", (), {"execute": lambda self, sql, args=(): queries.append(sql) or real.execute(sql, args)})()
        assert [bool(table) for _ in range(5)] == [filled] * 5
        assert len(queries) == 1


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.text(min_size=1, max_size=6), st.one_of(st.integers(), st.text(max_size=3))), st.integers(1, 7))
def test_a_packed_copy_written_row_by_row_has_the_bytes_pack_makes(data, buckets):
    """The stored copy is written from SQLite's rows sorted by hash, not from a sorted list in memory: the
    same file, byte for byte, hashes forced to collide (equal hashes keep the keys' byte order)."""
    import marshal
    import sqlite3
    import tempfile
    from unittest import mock

    data = {k: v for k, v in data.items() if "\x00" not in k and not any(0xD800 <= ord(c) <= 0xDFFF for c in k)}
    with tempfile.TemporaryDirectory() as folder, \
            mock.patch.object(compiled.PackedTable, "hash", staticmethod(lambda raw: zlib.crc32(raw) % buckets)):
        path = Path(folder) / "t.packed"
        db = sqlite3.connect(":memory:")
        db.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID")
        db.executemany("INSERT INTO t VALUES (?, ?)", [(k, marshal.dumps(v)) for k, v in data.items()])
        assert compiled.PackedTable.write(path, db, 12345)
        assert path.read_bytes() == compiled.PackedTable.pack(((k, marshal.dumps(v)) for k, v in data.items()), 12345)
        assert [p.name for p in Path(folder).iterdir()] == ["t.packed"]


def test_a_packed_copy_built_in_a_run_is_answered_from_the_stored_file_not_a_copy_in_memory(tmp_path, monkeypatch):
    """A first long run builds the packed copies of the big tables: it maps the file it has just stored
    (its pages are the page cache's), as every later run does, instead of keeping the file's bytes."""
    import mmap

    monkeypatch.setattr(compiled.DiskTable, "PACKED_AFTER", 0)
    path = tmp_path / "t.sqlite"
    compiled._write_table(path, {f"mot{i}": (i, "é" * (i % 5)) for i in range(500)})
    table = compiled.DiskTable(path)
    assert table.get("mot7") == (7, "é" * 2) and table.get("absent") is None
    assert isinstance(table._packed._data, mmap.mmap)


def test_langdetects_rows_are_kept_for_the_last_words_worth_of_n_grams_only():
    """Each n-gram a text holds is read from the compiled profiles once and kept as a dense row of ~500 bytes;
    a long run of new names meets all 87,000 n-grams of the profiles and more that miss: the rows kept are
    bounded like a word cache, and a row read again after it was dropped is the same."""
    from mtqa import langid
    from mtqa.langs.cache import WORDS

    grams = [chr(0x4E00 + k // 64) + chr(0x61 + k % 26) + chr(0x30 + k % 10) for k in range(3 * WORDS)]
    table = {g: (k % 3, 0.25, 5, 0.5) for k, g in enumerate(grams[::2])}  # every other n-gram is in a profile
    profiles = langid._Profiles(table, 6)
    for g in grams:
        _ = g in profiles
    held = profiles._rows
    assert len(held) + len(getattr(held, "old", ())) <= WORDS
    assert profiles[grams[0]] == [0.25, 0.0, 0.0, 0.0, 0.0, 0.5]
    assert profiles[grams[2]][5] == 0.5 and grams[1] not in profiles


def test_a_damaged_table_file_is_rebuilt_not_an_internal_error(tmp_path, monkeypatch):
    """A table's SQLite file damaged after it was written (cut short, overwritten) used to end every later
    run with "internal error: DatabaseError: database disk image is malformed"; it is built again."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    src = _source(tmp_path, "chat chien souris")
    build, calls = _build(src)
    compiled.table("demo", [src], build)
    (stored,) = (tmp_path / "cache").glob("demo.*.sqlite")
    for damage in (stored.read_bytes()[:100], b"\0" * 4096, b"not a database at all" * 50):
        stored.write_bytes(damage)
        table = compiled.table("demo", [src], build)
        assert isinstance(table, compiled.DiskTable)
        assert table.get("chien") == 5.0 and "loup" not in table and table["souris"] == 6.0
    assert len(calls) == 4


@pytest.mark.parametrize("other", [7, {"another": "table"}, ("wrong-name", {"a": 1}), b"\x00\x01", None])
def test_a_cached_table_overwritten_with_other_decodable_data_is_rebuilt(tmp_path, monkeypatch, other):
    """A cached copy that marshal still decodes but that is not the table stored under this name (a file
    overwritten by a tool, another table copied over it) is built again, not served: served, it ended
    every later run with an internal error until the user deleted the cache."""
    import marshal

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path))
    source = tmp_path / "words.txt"
    source.write_text("a b c\n", encoding="utf-8")
    build = lambda: {"a": 1, "b": 2}  # noqa: E731
    assert compiled.cached("probe-table", [source], build) == {"a": 1, "b": 2}
    [path] = tmp_path.glob("probe-table.*.marshal")
    path.write_bytes(marshal.dumps(other))
    assert compiled.cached("probe-table", [source], build) == {"a": 1, "b": 2}
    assert compiled.cached("probe-table", [source], lambda: {"built": "again"}) == {"a": 1, "b": 2}  # stored again


@pytest.mark.parametrize("damage", ["the table", "the outline", "an earlier copy"])
def test_a_cached_table_read_back_in_another_shape_is_rebuilt(tmp_path, monkeypatch, damage):
    """The right name over a table of another shape (``(name, 5)``) was served, and the caller's first use of it ended
    the run with an internal TypeError (rv72b1): a table is served only with the outline stored beside it."""
    import marshal

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path))
    source = tmp_path / "heads.tsv"
    source.write_text("house\t3\n", encoding="utf-8")
    build = lambda: ({"house": 3}, {("court", "appeal"): 2}, frozenset({"quality"}))  # noqa: E731
    assert compiled.cached("probe-heads", [source], build) == build()
    [path] = tmp_path.glob("probe-heads.*.marshal")
    name, outline, table = marshal.loads(path.read_bytes())
    assert outline == ("tuple", ("dict", "str", "int"), ("dict", "tuple", "int"), "frozenset")
    forged = {"the table": (name, outline, 5), "the outline": (name, ("dict", "str", "int"), table),
              "an earlier copy": (name, 5)}[damage]
    path.write_bytes(marshal.dumps(forged))
    assert compiled.cached("probe-heads", [source], build) == build()  # rebuilt from the sources...
    assert compiled.cached("probe-heads", [source], lambda: 5) == build()  # ...and stored again
    [again] = tmp_path.glob("probe-heads.*.marshal")
    assert again == path and marshal.loads(path.read_bytes()) == (name, outline, table)


def _closure_builder(tmp_path, monkeypatch, files: dict, loader: str):
    """The builder a throw-away ``loader`` module returns, with ``files`` (name -> text) written beside it
    and this folder taken for the package whose code keys the tables; the modules are forgotten after."""
    import importlib
    import sys

    import mtqa.compiled as compiled

    for name, text in files.items():
        path = tmp_path / name
        if text is None:
            path.mkdir()  # a namespace package: a folder without __init__.py
        else:
            path.write_text(text)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(compiled, "_PACKAGE", str(tmp_path))
    for name in [n.removesuffix(".py") for n in files] + [loader]:
        # recorded as absent, so monkeypatch takes the module out again after the test
        monkeypatch.setitem(sys.modules, name, None)
        del sys.modules[name]
    return importlib.import_module(loader).loader()


def test_code_files_follows_what_a_nested_builder_reads_through_its_closure(tmp_path, monkeypatch):
    # a builder defined inside a loader reads the loader's import (a module) and helper (a function) through
    # closure cells, not through its globals or co_names: the files of that code must key the table too, or
    # a change there is served from the stale cached table
    import mtqa.compiled as compiled

    build = _closure_builder(tmp_path, monkeypatch, {
        "cl_forms.py": "def make(word):\n    return word + 's'\n",
        "cl_rules.py": "def rule(word):\n    return word.upper()\n",
        "cl_loader.py": ("def loader():\n"
                         "    import cl_forms\n"
                         "    from cl_rules import rule\n"
                         "    def build():\n"
                         "        return cl_forms.make(rule('x'))\n"
                         "    return build\n"),
    }, "cl_loader")
    assert build() == "Xs"
    assert {p.name for p in compiled.code_files(build)} == {"cl_loader.py", "cl_forms.py", "cl_rules.py"}


def test_code_files_passes_over_a_namespace_package_read_through_a_closure(tmp_path, monkeypatch):
    # a namespace package (a folder without __init__.py) has __file__ None: the closure's module test read
    # it as a string and raised AttributeError, which evidence.py's caller takes for "no wordfreq data"
    import mtqa.compiled as compiled

    build = _closure_builder(tmp_path, monkeypatch, {
        "cl_space": None,
        "cl_space_loader.py": ("def loader():\n"
                               "    import cl_space\n"
                               "    def build():\n"
                               "        return cl_space.__name__\n"
                               "    return build\n"),
    }, "cl_space_loader")
    assert build() == "cl_space"
    assert [p.name for p in compiled.code_files(build)] == ["cl_space_loader.py"]


_VOTES_KEY_FILES = """
import sys
from mtqa.compiled import _followed_files as code_files  # the walk itself, not its stored answer
from mtqa.evidence import Evidence
from mtqa.langs import frequency, language
fr, en = language("fr"), language("en")
print("\\n".join(str(p) for p in code_files(Evidence, frequency.zipf, frequency.zipf_bound, frequency.wordfreq_rows,
                                             type(fr), type(en))))
"""


def test_the_votes_tables_key_does_not_depend_on_what_the_process_imported_before():
    # the key's code files were read from sys.modules and from packages' attributes, which hold a submodule only
    # once imported: a process that had imported only the evidence module keyed the votes table without
    # numbers.py, the mtqa command (which imports every check) with it, and each built its own table (~1.3 s and
    # a file) from the same tree
    import subprocess
    import sys

    import mtqa.numbers  # noqa: F401
    from mtqa.checks.registry import all_checks
    from mtqa.compiled import _followed_files as code_files

    all_checks()  # every check's module, as a run that selects them all imports them
    from mtqa.evidence import Evidence
    from mtqa.langs import frequency, language

    root = Path(compiled.__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    fresh = subprocess.run([sys.executable, "-c", _VOTES_KEY_FILES], cwd=root, env=env, capture_output=True,
                           text=True, check=True).stdout.split()
    fr, en = language("fr"), language("en")
    here = [str(p) for p in code_files(Evidence, frequency.zipf, frequency.zipf_bound, frequency.wordfreq_rows,
                                       type(fr), type(en))]
    assert fresh == here
    assert any(p.endswith("numbers.py") for p in here)


def test_another_tables_file_copied_over_a_table_is_rebuilt_not_served(tmp_path, monkeypatch):
    """A table's SQLite file overwritten with another table's (a backup restored, a folder synced) is still a
    readable table: served, the votes table answered with word frequencies and every long run ended with
    "internal error: TypeError" until the user deleted the cache. It is built again."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    src = _source(tmp_path, "chat chien souris")
    compiled.table("demo", [src], lambda: {"chat": (1, True), "chien": (2, False)})
    compiled.table("other", [src], lambda: {"chat": 0.5, "loup": 0.25})
    (mine,) = (tmp_path / "cache").glob("demo.*.sqlite")
    (theirs,) = (tmp_path / "cache").glob("other.*.sqlite")
    mine.write_bytes(theirs.read_bytes())
    table = compiled.table("demo", [src], lambda: {"chat": (1, True), "chien": (2, False)})
    assert table.get("chat") == (1, True) and table.get("chien") == (2, False) and "loup" not in table
    assert compiled.table("other", [src], lambda: {}).get("loup") == 0.25  # the other table itself stays as it is


def _mapped(path) -> bool:
    """Whether this process maps ``path`` (Linux's /proc/self/maps)."""
    with open("/proc/self/maps", encoding="utf-8") as fh:
        return any(line.rstrip("\n").endswith(" " + str(path)) for line in fh)


@pytest.mark.skipif(not os.path.exists("/proc/self/maps"), reason="reads Linux's list of mappings")
def test_a_big_packed_table_is_read_a_lookup_at_a_time_not_mapped(tmp_path, monkeypatch):
    """A packed table larger than READ_FROM (the Russian frequency list) answers through pread: the same
    answers as its dict, and none of its file mapped into the process, whose pages a long run of new names
    made resident one by one (with the kernel's neighbours of each)."""
    monkeypatch.setattr(compiled.DiskTable, "PACKED_AFTER", 0)
    monkeypatch.setattr(compiled.ReadTable, "READ_FROM", 1000)
    path = tmp_path / "t.sqlite"
    words = {f"слово{i}": (i, "é" * (i % 7)) for i in range(3000)}
    words.update({"": 0.5, "Œdipe": 1.0, "l'été": 2.0})
    compiled._write_table(path, words)
    asked = list(words) + ["absent", "слово", "Œdipe ", "\ud800", "слово3000"]
    for _ in range(2):  # the copy built in this run, then the stored copy a later run opens
        table = compiled.DiskTable(path)
        assert [table.get(w, -1) for w in asked] == [words.get(w, -1) for w in asked]
        assert isinstance(table._packed, compiled.ReadTable) and len(table._packed) == len(words)
        assert not _mapped(path.with_suffix(".packed"))
    monkeypatch.setattr(compiled.ReadTable, "READ_FROM", 10 ** 9)  # a small table stays mapped
    table = compiled.DiskTable(path)
    assert [table.get(w, -1) for w in asked] == [words.get(w, -1) for w in asked]
    assert not isinstance(table._packed, compiled.ReadTable) and _mapped(path.with_suffix(".packed"))


@given(st.dictionaries(st.text(max_size=6), st.integers(), max_size=60), st.lists(st.text(max_size=6), max_size=20))
@settings(max_examples=40, deadline=None)
def test_a_table_read_by_pread_answers_exactly_like_the_mapped_one(data, others):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.packed"
        path.write_bytes(compiled.PackedTable.pack(((k, marshal_dumps(v)) for k, v in data.items()), stamp=7))
        fd = os.open(path, os.O_RDONLY)
        try:
            read = compiled.ReadTable(fd)
            mapped = compiled.PackedTable(path.read_bytes())
            for key in list(data) + others:
                assert read.get(key, "none") == mapped.get(key, "none") == data.get(key, "none")
            assert read.stamp == 7 and len(read) == len(data)
        finally:
            os.close(fd)


def marshal_dumps(value):
    import marshal

    return marshal.dumps(value)


def test_code_files_answers_are_kept_under_the_packages_digest(tmp_path, monkeypatch):
    # following the code costs milliseconds a table at every start; its answer depends on mtqa's code alone, so it
    # is stored under a digest of every module file's identity and read back, and a changed package walks again
    import mtqa.compiled as compiled
    from mtqa.evidence import Evidence
    from mtqa.langs import frequency, language

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    args = (Evidence, frequency.zipf, type(language("fr")))
    walked = compiled._followed_files(*args)
    assert compiled.code_files(*args) == walked and any(p.name == "evidence.py" for p in walked)
    assert list((tmp_path / "cache").glob("code-files.*.marshal"))
    monkeypatch.setattr(compiled, "_CODE_FILES", {})  # a new process: only the stored answer is left

    def no_walk(*functions):
        raise AssertionError("walked again")

    monkeypatch.setattr(compiled, "_followed_files", no_walk)
    assert compiled.code_files(*args) == walked
    monkeypatch.setattr(compiled, "_CODE_FILES", {})
    monkeypatch.setitem(compiled._PACKAGE_DIGESTS, (compiled._PACKAGE, False), "an-edited-package")
    with pytest.raises(AssertionError, match="walked again"):
        compiled.code_files(*args)


def test_the_package_digest_changes_with_a_module_file(tmp_path, monkeypatch):
    import mtqa.compiled as compiled

    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "__pycache__").mkdir()
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "sub" / "b.py").write_text("y = 2\n")
    monkeypatch.setattr(compiled, "_PACKAGE", str(tmp_path))
    monkeypatch.setattr(compiled, "_PACKAGE_DIGESTS", {})

    def digest():
        compiled._PACKAGE_DIGESTS.clear()
        return compiled.package_digest()

    first = digest()
    (tmp_path / "sub" / "__pycache__" / "b.cpython-311.pyc").write_bytes(b"compiled")
    (tmp_path / "notes.txt").write_text("not code")
    assert digest() == first  # bytecode and data files are not the package's code
    (tmp_path / "sub" / "b.py").write_text("y = 22\n")
    second = digest()
    assert second != first
    (tmp_path / "sub" / "c.py").write_text("")
    assert digest() not in (first, second)  # a module added


def test_two_closures_of_one_builder_are_told_apart_by_what_they_hold():
    # code_files follows the functions and modules a closure holds: two builds made by one loader from different
    # helpers may reach different files, so their stored answers must not be shared
    import json
    import os.path

    import mtqa.compiled as compiled

    def loader(helper):
        def build():
            return helper("x")
        return build

    a, b, c = loader(json.dumps), loader(os.path.basename), loader(json.dumps)
    assert compiled._identity((a,)) != compiled._identity((b,))
    assert compiled._identity((a,)) == compiled._identity((c,))

    class Local:  # a class made in a function: not named by its qualified name alone, never stored
        pass

    assert compiled._identity((Local,)) is None


def test_a_stored_only_table_is_served_when_stored_and_never_built(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    src = _source(tmp_path, "chat chien souris")
    build, calls = _build(src)
    assert compiled.table("demo", [src], build, optional=True, stored_only=True) is None and calls == []
    assert not list(tmp_path.joinpath("cache").glob("demo.*"))
    compiled.table("demo", [src], build, optional=True)
    assert calls == [1]
    found = compiled.table("demo", [src], build, optional=True, stored_only=True)
    assert found.get("chien") == 5.0 and calls == [1]
    monkeypatch.setenv("MTQA_CACHE_DIR", "off")
    assert compiled.table("demo", [src], build, stored_only=True) is None and calls == [1]


@pytest.fixture
def aside():
    compiled.build_tables_aside()
    try:
        yield
    finally:
        compiled.build_tables_aside(False)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="building aside needs fork")
def test_a_missing_table_is_built_in_a_child_and_read_back_as_a_warm_run_reads_it(tmp_path, monkeypatch, aside):
    """The command builds a table missing from the cache in a forked child (its garbage leaves with it) and
    answers from the stored copy; the build's side effects stay in the child."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    src = _source(tmp_path, "chat chien souris")
    builders = []

    def build():
        builders.append(os.getpid())
        (tmp_path / f"built-by-{os.getpid()}").touch()
        return {"chat": (1, "un"), "chien": frozenset({"deux"})}

    assert compiled.cached("aside-demo", [src], build) == {"chat": (1, "un"), "chien": frozenset({"deux"})}
    assert builders == []  # not built in this process
    made = [p.name for p in tmp_path.glob("built-by-*")]
    assert len(made) == 1 and made[0] != f"built-by-{os.getpid()}"
    words, calls = _build(src)
    table = compiled.table("aside-words", [src], words)
    assert calls == [] and isinstance(table, compiled.DiskTable)
    for _ in range(compiled.DiskTable.PACKED_AFTER + 1):  # the packed copy is written aside too
        assert table.get("chien") == 5.0 and table.get("loup") is None
    assert table._packed is not None and (table._path.with_suffix(".packed")).is_file()
    assert dict(table.items()) == {"chat": 4.0, "chien": 5.0, "souris": 6.0}


@pytest.mark.skipif(not hasattr(os, "fork"), reason="building aside needs fork")
def test_a_build_that_fails_aside_is_built_here_and_raises_its_own_error(tmp_path, monkeypatch, aside):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    src = _source(tmp_path, "chat")
    calls = []

    def broken():
        calls.append(os.getpid())
        raise ValueError("a line of the dictionary cannot be read")

    with pytest.raises(ValueError, match="cannot be read"):
        compiled.cached("aside-broken", [src], broken)
    assert calls == [os.getpid()]  # the child's attempt left no trace here; this process's own raised
    with pytest.raises(ValueError, match="cannot be read"):
        compiled.table("aside-broken-table", [src], broken)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="building aside needs fork")
def test_a_cache_folder_that_cannot_be_written_builds_once_here_not_aside_then_here(tmp_path, monkeypatch, aside):
    """A child could not store what it built: the table would be built twice on every run."""
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "a-file" / "cache"))  # no folder can be made there
    src = _source(tmp_path, "chat")
    marks = tmp_path / "marks"
    marks.mkdir()

    def build():
        (marks / str(os.getpid())).touch()
        return {"chat": 1}

    assert compiled.cached("aside-read-only", [src], build) == {"chat": 1}
    assert compiled.table("aside-read-only-table", [src], build) == {"chat": 1}
    assert sorted(p.name for p in marks.iterdir()) == [str(os.getpid())]  # built here alone


@pytest.mark.skipif(not hasattr(os, "fork"), reason="building aside needs fork")
def test_a_process_running_other_threads_builds_its_tables_itself(tmp_path, monkeypatch, aside):
    """fork copies only the calling thread (a lock another holds would stay held in the child): no child then."""
    import threading

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    src = _source(tmp_path, "chat")
    calls = []
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert compiled.cached("aside-threads", [src], lambda: calls.append(1) or {"chat": 1}) == {"chat": 1}
    finally:
        stop.set()
        other.join()
    assert calls == [1]
    assert compiled.cached("aside-threads", [src], lambda: calls.append(2)) == {"chat": 1}  # stored all the same


def test_threads_sharing_a_table_pack_it_once_and_all_answer(tmp_path, monkeypatch):
    """A Dask worker's threads share one table and its connection: two of them packing it at once deadlocked
    (a run on a fresh cache with --scheduler never ended). One packs; the other waits and reads its copy."""
    import threading
    import time

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(compiled.DiskTable, "PACKED_AFTER", 0)
    path = tmp_path / "t.sqlite"
    compiled._write_table(path, {f"mot{k}": k for k in range(200)})
    table = compiled.DiskTable(path)
    original, calls = compiled.PackedTable.of, []

    def slow_of(*args):
        calls.append(1)
        time.sleep(0.2)  # both threads are inside pack() while the first builds the copy
        return original(*args)

    monkeypatch.setattr(compiled.PackedTable, "of", staticmethod(slow_of))
    start, answers = threading.Barrier(2), []

    def ask(key):
        start.wait()
        answers.append(table.get(key))

    threads = [threading.Thread(target=ask, args=(f"mot{k}",), daemon=True) for k in (3, 7)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not any(t.is_alive() for t in threads)
    assert sorted(answers) == [3, 7] and len(calls) == 1


def test_a_table_connection_keeps_a_bounded_page_cache(tmp_path, monkeypatch):
    """Each open table's connection kept up to SQLite's default 2,000 KiB of pages for the whole run (26 MB
    for a long run's 25 tables, ten of them full), though a long run answers from the mapped packed copy."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "t.sqlite"
    compiled._write_table(path, {f"mot{k}": k for k in range(3000)})
    table = compiled.DiskTable(path)
    assert table.get("mot2999") == 2999 and table.get("absent") is None
    assert table._db.execute("PRAGMA cache_size").fetchone()[0] == -compiled.PAGE_CACHE_KIB
    assert compiled.PAGE_CACHE_KIB <= 256
    table._reopen()  # a forked child's own connection: bounded the same way
    assert table._db.execute("PRAGMA cache_size").fetchone()[0] == -compiled.PAGE_CACHE_KIB


def test_a_page_damaged_mid_table_is_rebuilt_when_the_workers_warm_up_packs_it(tmp_path, monkeypatch):
    """``load_asked`` (the Dask worker's warm-up) packed the asked tables with no guard: a page zeroed in the
    middle of a large table, which the first lookups never reached, ended the worker with "database disk image
    is malformed". Every reader of the file now goes through one guard: the table answers from its build."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    src = _source(tmp_path, " ".join(f"mot{i:05d}" for i in range(30_000)))
    build, calls = _build(src)
    compiled.table("demo", [src], build).close()
    (stored,) = (tmp_path / "cache").glob("demo.*.sqlite")
    with open(stored, "r+b") as fh:
        fh.seek(stored.stat().st_size // 2 & ~4095)
        fh.write(b"\0" * 32768)
    table = compiled.table("demo", [src], build)
    assert table.get("mot00001") == 8.0  # read from a sound page: the table is kept
    compiled.load_asked()
    assert table.get("mot15000") == 8.0 and "loup" not in table and len(calls) == 2
    assert not stored.exists()  # dropped: the next run stores it again


def test_lookups_made_while_a_table_is_built_do_not_pack_another(tmp_path, monkeypatch):
    """A builder's lookups (the exonyms' respellings asking a dictionary about every name) are not the run's
    demand: past PACKED_AFTER of them the table still answers from its file and writes no packed copy; the
    run's own lookups count from zero and pack it past the bound."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    src = _source(tmp_path, "chat chien souris loup-garou naïve")
    build, _calls = _build(src)
    compiled.table("stems", [src], build)
    stems = compiled.table("stems", [src], build)
    monkeypatch.setattr(compiled.DiskTable, "PACKED_AFTER", 2)
    words = ["chat", "loup-garou", "cheval", "naïve", "été"]

    def respellings():
        return {w: stems.get(w, 0.0) for w in words}

    (tmp_path / "other").mkdir()
    names = _source(tmp_path / "other", "Chat Loup")
    assert compiled.table("respellings", [names], respellings)  # built here: asks stems five words
    assert stems._packed is None and not list(tmp_path.glob("cache/stems.*.packed"))
    assert [stems.get(w) for w in words[:2]] == [build().get(w) for w in words[:2]]
    assert stems._packed is None  # two of the run's own: not past the bound yet
    assert stems.get("souris") == build()["souris"] and stems._packed is not None
