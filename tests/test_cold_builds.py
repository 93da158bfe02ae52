"""A cold cache builds the big word tables from a stream of rows: the table is never held whole in memory
(issue 14: wordfreq's Russian list read whole and kept by wordfreq's caches raised a first run's peak)."""
import marshal
import sqlite3
import sys
import tracemalloc

import pytest
import wordfreq

from mtqa import compiled
from mtqa.langs import frequency


class _Once:
    """An iterator of rows that fails if it is read a second time or turned into a sized collection."""

    def __init__(self, rows):
        self._rows, self.read = rows, 0

    def __iter__(self):
        if self.read:
            raise AssertionError("the rows were read twice")
        for row in self._rows:
            self.read += 1
            yield row


def _no_build():
    raise AssertionError("the whole table was built although its rows were given")


def _rows_of(path):
    return dict(sqlite3.connect(path).execute("SELECT k, v FROM t"))


def test_a_table_given_its_rows_is_written_from_them_once_and_answers_like_the_dict(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "words.txt"
    src.write_text("maison chat maison", encoding="utf-8")
    rows = _Once([("maison", 1.5), ("chat", 2.0), ("maison", 3.0)])  # a later pair replaces, as in a dict
    got = compiled.table("demo", [src], _no_build, rows=lambda: iter(rows))
    assert rows.read == 3
    assert isinstance(got, compiled.DiskTable)
    assert got.get("maison") == 3.0 and got["chat"] == 2.0 and "chien" not in got
    assert got.count() == 2


def test_writing_a_large_table_from_its_rows_holds_no_copy_of_it(tmp_path, monkeypatch):
    """200,000 rows made as they are read: the writer's traced peak stays far below what a dict of them costs
    (~25 MB with their strings), so it never gathered them."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "words.txt"
    src.write_text("x", encoding="utf-8")
    n = 200_000

    def rows():
        return ((f"mot{i:07d}-{'é' * (i % 7)}", i / 7) for i in range(n))

    tracemalloc.start()
    try:
        got = compiled.table("large", [src], _no_build, rows=rows)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    whole = {k: v for k, v in rows()}
    assert got.count() == n and got.get("mot0000008-é") == whole["mot0000008-é"]
    size_of_dict = sys.getsizeof(whole) + sum(sys.getsizeof(k) + sys.getsizeof(v) for k, v in whole.items())
    assert peak < size_of_dict / 4


@pytest.mark.parametrize("lang", ["fr", "is"])
def test_wordfreq_rows_are_wordfreqs_own_dict_in_its_order(lang):
    assert list(frequency.wordfreq_rows(lang)) == list(wordfreq.get_frequency_dict(lang).items())


@pytest.fixture
def cold(tmp_path, monkeypatch):
    """An empty cache folder, fresh table memos, and wordfreq's whole-list readers forbidden."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    for fn in (frequency.frequencies, frequency._folded_frequencies):
        fn.cache_clear()
    whole = {lang: wordfreq.get_frequency_dict(lang) for lang in ("fr", "is")}

    def forbidden(*args, **kwargs):
        raise AssertionError("wordfreq's list was read whole")

    monkeypatch.setattr(wordfreq, "get_frequency_dict", forbidden)
    monkeypatch.setattr(wordfreq, "get_frequency_list", forbidden)
    yield whole
    for fn in (frequency.frequencies, frequency._folded_frequencies):
        fn.cache_clear()


def test_a_cold_cache_builds_the_frequency_tables_without_reading_wordfreqs_list_whole(cold):
    freqs = frequency.frequencies("is")
    assert isinstance(freqs, compiled.DiskTable)
    assert _rows_of(freqs._path) == {k: marshal.dumps(v) for k, v in cold["is"].items()}
    word = next(iter(cold["is"]))
    assert freqs.get(word) == cold["is"][word] and freqs._dict is None


def _folded(pairs):
    out = {}
    for word, freq in pairs:
        if not word.isascii():
            key = frequency.fold_text(word)
            if key not in out or out[key][0] < freq:
                out[key] = (freq, word)
    return out


def test_the_folded_table_of_a_cold_cache_is_the_one_folded_from_the_whole_dict(cold):
    folded = frequency._folded_frequencies("fr")
    assert isinstance(folded, compiled.DiskTable)
    assert frequency.frequencies("fr")._dict is None  # the run does not keep the whole list either
    expected = _folded(cold["fr"].items())
    assert folded.count() == len(expected)
    assert all(folded.get(k) == v for k, v in expected.items())
    assert frequency.zipf_folded("eleve", "fr") == (frequency._zipf(expected["eleve"][0]), expected["eleve"][1])


def test_a_word_listed_twice_folds_as_the_dict_does(cold, monkeypatch):
    """A later bucket's entry of a word replaces the earlier one in wordfreq's dict, keeping the first's place:
    the stream's order would differ, so the folded table is then made from the whole table."""
    rows = [("élève", 0.5), ("élevé", 0.5), ("élève", 0.1), ("plus", 0.3)]
    monkeypatch.setattr(frequency, "wordfreq_rows", lambda lang: iter(rows))
    monkeypatch.setattr(wordfreq, "get_frequency_dict", lambda lang: dict(rows))  # what wordfreq would make
    folded = frequency._folded_frequencies("fr")
    assert frequency.frequencies("fr").count() == 3
    assert folded.get("eleve") == _folded(dict(rows).items())["eleve"] == (0.5, "élevé")


def test_a_file_in_a_format_the_stream_does_not_know_is_left_to_wordfreqs_own_reader(tmp_path, monkeypatch):
    """Another wordfreq's file (a header of another version): the stream defers to wordfreq's reader, which
    may know it, instead of answering an empty table that would be cached as wordfreq's."""
    import gzip

    import msgpack

    path = tmp_path / "large_fr.msgpack.gz"
    with gzip.open(path, "wb") as fh:
        fh.write(msgpack.packb([{"format": "cB", "version": 2}, [], ["maison", "chat"]]))
    monkeypatch.setattr(wordfreq, "available_languages", lambda wordlist="best": {"fr": str(path)})
    read = {"maison": 0.001, "chat": 0.0005}  # what that wordfreq would read from it
    monkeypatch.setattr(wordfreq, "get_frequency_dict", lambda lang: dict(read))
    assert list(frequency.wordfreq_rows("fr")) == list(read.items())


@pytest.mark.parametrize("code", ["zz", "x-not!a-tag"])
def test_a_code_wordfreq_has_no_list_for_is_an_empty_table_as_before(tmp_path, monkeypatch, code):
    """An unknown language and a string that is no language tag at all: wordfreq raises LookupError or
    ValueError, which ``frequencies`` answers with an empty table; the stream does the same (a malformed tag
    raised langcodes' error out of the table)."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    frequency.frequencies.cache_clear()
    try:
        assert list(frequency.wordfreq_rows(code)) == []
        freqs = frequency.frequencies(code)
        assert not freqs and freqs.get("maison") is None
    finally:
        frequency.frequencies.cache_clear()


def test_langdetects_profiles_are_compiled_without_its_loader_and_as_it_loads_them(tmp_path, monkeypatch):
    """A cold cache writes langdetect's n-gram table a profile at a time (langdetect's own loader holds all 55
    profiles' dense rows: +56 MB on a first run's peak); the table is the one made from that loader's map."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    from mtqa import langid

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    expected = {gram: tuple(x for i, p in enumerate(row) if p for x in (i, p))
                for gram, row in factory.word_lang_prob_map.items()}
    expected[langid._Profiles._LANGS] = tuple(factory.langlist)
    del factory

    def forbidden(*args, **kwargs):
        raise AssertionError("langdetect's profiles were loaded whole")

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(DetectorFactory, "load_profile", forbidden)
    got = langid._profile_table()
    assert isinstance(got, compiled.DiskTable)
    assert got.count() == len(expected)
    assert {k: marshal.loads(v) for k, v in _rows_of(got._path).items()} == expected  # values: marshal's
    # FLAG_REF bit depends on reference counts, not on the value


def test_langdetects_table_is_keyed_on_the_code_that_builds_it(monkeypatch):
    """profile_rows (mtqa.langid) re-does langdetect's loading: a mended or changed builder must write a new table,
    not find the one an earlier mtqa wrote under the same key (langdetect's files alone did not change)."""
    from pathlib import Path

    from mtqa import langid

    keyed = []
    monkeypatch.setattr(compiled, "table", lambda name, sources, *a, **k: keyed.extend(sources) or {})
    langid._profile_table()
    assert Path(langid.__file__) in keyed


def test_rows_whose_writing_fails_are_closed_before_the_error_goes_on(tmp_path, monkeypatch):
    """A generator of rows holds an open file (a Hunspell .dic) or a temporary SQLite database (langdetect's
    profiles): when the table cannot be written, it is closed there, not kept open by the traceback while the
    caller falls back to building the table in memory."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "words.txt"
    src.write_text("x", encoding="utf-8")
    closed = []

    def rows():
        try:
            yield "maison", 1.5
            yield "chat", object()  # marshal cannot store it: the write fails here
            yield "chien", 2.0
        finally:
            closed.append(True)

    with pytest.raises(ValueError) as failed:
        compiled.table("failing", [src], _no_build, rows=rows)
    assert closed and failed.value is not None
    assert not list((tmp_path / "cache").glob("failing*"))  # and no partial table left
