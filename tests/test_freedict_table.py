"""FreeDict lookups answered from a compiled table on disk, not from the database read whole."""
import pytest

from mtqa.langs import freedict

pytestmark = pytest.mark.skipif(not freedict.available(), reason="dict-freedict-fra-eng not installed")


def _fresh() -> None:
    for name in ("_lookup", "_compiled", "database"):
        if hasattr(freedict, name):
            getattr(freedict, name).cache_clear()


def test_lookups_read_the_compiled_table_and_answer_as_the_database(tmp_path, monkeypatch):
    """A warm cache answers every lookup from the table without reading the database (its index and entries
    held ~2.4 MB for a run's life); the answers are the database's own, with the cache and without it."""
    db = freedict.FreeDict(*freedict._files("fra-eng"))
    words = ["pierre", "Pierre", "le", "Vérone", "no such word", *list(db._index)[::300]]
    expected = {w: db.translations(w) for w in words}
    assert any(expected.values())
    for cache, reads in ((str(tmp_path), 1), (str(tmp_path), 0), ("off", 1)):  # built, read back, no cache
        monkeypatch.setenv("MTQA_CACHE_DIR", cache)
        _fresh()
        assert {w: freedict.lookup(w) for w in words} == expected
        assert freedict.database.cache_info().misses == reads, cache
    _fresh()
