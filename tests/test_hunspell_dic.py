"""Reading Hunspell ``.dic`` files as Hunspell does, and keeping what was read only while the reader is the same."""
from __future__ import annotations

from pathlib import Path

from mtqa import compiled
from mtqa.langs import hunspell

AFF = "SET UTF-8\nFLAG long\nSFX S. Y 1\nSFX S. 0 s .\n"
"""A French-style affix file: two-character flags, one plural suffix."""

DIC = "4\nmaison/S. po:nomf is:fem\ntoutefois po:adv\nkm\\/h/S.\tpo:sym\nà-peu-près\n"


def _dictionary(tmp_path: Path, dic: str = DIC, aff: str = AFF) -> tuple[Path, Path]:
    (tmp_path / "xx.dic").write_text(dic, encoding="utf-8")
    (tmp_path / "xx.aff").write_text(aff, encoding="utf-8")
    return tmp_path / "xx.dic", tmp_path / "xx.aff"


def test_a_dictionary_table_stored_by_the_parser_of_an_earlier_mtqa_is_not_served(tmp_path, monkeypatch):
    # a cache warmed by an earlier mtqa keyed its dictionary tables on the .dic and .aff files alone: their
    # size and time do not change when only the code reading them does, so a mended parser never reached a
    # machine that had run mtqa before. The stale table here is what a parser storing whole lines kept.
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    dic, aff = _dictionary(tmp_path)
    compiled.table("hunspell-xx-stems", (dic, aff), lambda: {"maison/S. po:nomf is:fem": frozenset()})
    compiled.cached("hunspell-xx-affixes", (dic, aff), lambda: ())
    hs = hunspell.read_hunspell(dic, aff)
    assert hs.lookup("maison") and hs.lookup("maisons") and not hs.lookup("maison/S. po:nomf is:fem")
