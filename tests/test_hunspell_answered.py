"""The dictionaries' prebuilt answers for frequent forms (mtqa.langs.answered): the analysis's own answers, one
lookup each, opened and built only by a long run, rebuilt when a dictionary changes, never fatal when damaged."""
from __future__ import annotations

from pathlib import Path

import pytest

from mtqa import compiled
from mtqa.langs import answered, hunspell
from mtqa.langs.language import Language
from mtqa.langs.pair import LanguagePair

AFF = "SET UTF-8\nSFX S Y 1\nSFX S 0 s .\nPFX U Y 1\nPFX U 0 un .\n"
"""A plural suffix and a negative prefix, both crossing."""

DIC = "5\nkettle/S\nlock/SU\nOslo\nbrew/S\nteapot\n"

FORMS = ("kettles", "Kettles", "unlocks", "Unlocks", "oslo", "Oslo", "teapots", "brewing", "KETTLE", "lock’s")
"""Forms of every kind the answers tell apart: a plural, a prefixed plural, a name only capitalised, a form no
rule makes, capitals, a curly apostrophe."""


@pytest.fixture
def small_language(tmp_path, monkeypatch):
    """A language ``xx`` with the dictionary above, a cache folder of its own and FORMS as its frequent forms."""
    folder = tmp_path / "dicts"
    folder.mkdir()
    (folder / "xx.dic").write_text(DIC, encoding="utf-8")
    (folder / "xx.aff").write_text(AFF, encoding="utf-8")
    monkeypatch.setenv("MTQA_HUNSPELL_DIR", str(folder))
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(answered, "forms", lambda lists: iter(FORMS))
    for memo in (hunspell.dictionary, hunspell._read_files):
        memo.cache_clear()
    yield lambda: Language("xx", {"hunspell": ["xx"]})
    for memo in (hunspell.dictionary, hunspell._read_files):
        memo.cache_clear()


def _analysis(lang: Language, word: str) -> tuple[bool, bool]:
    return hunspell.in_dictionary(lang.dictionaries, word), hunspell.is_common_word(lang.dictionaries, word)


def _tables(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache").glob("hunspell-answers-*.sqlite"))


def test_a_held_form_is_answered_from_the_table_with_the_analysis_answers(small_language, monkeypatch):
    lang = small_language()
    expected = {w: _analysis(lang, w) for w in FORMS}
    assert expected["Kettles"] == (True, True) and expected["unlocks"] == (True, True)
    assert expected["oslo"] == (False, False) and expected["Oslo"] == (True, False)
    lang._answered._table = lang._answered._open(stored_only=False)
    assert lang._answered._table.count() == len(FORMS)

    def analysed(*_):
        raise AssertionError("a form the table holds was analysed")

    monkeypatch.setattr(hunspell, "in_dictionary", analysed)
    monkeypatch.setattr(hunspell, "is_common_word", analysed)
    assert {w: (lang._in_dictionary(w), lang._is_common_word(w)) for w in FORMS} == expected
    with pytest.raises(AssertionError):  # any other word is analysed as before
        lang._in_dictionary("kettled")


def test_a_short_run_builds_nothing_and_a_long_one_builds_then_later_runs_open_it(small_language, tmp_path):
    lang = small_language()
    for _ in range(answered.BUILT_AFTER // 2):  # both questions count: BUILT_AFTER askings in all
        assert lang._in_dictionary("Kettles") and not lang._is_common_word("Oslo")
    assert lang._answered._table is None and not _tables(tmp_path)  # probed from STORED_AFTER, nothing stored
    lang._in_dictionary("Kettles")
    assert lang._answered._table and len(_tables(tmp_path)) == 1
    later = small_language()
    for _ in range(answered.STORED_AFTER + 1):
        later._is_common_word("teapots")
    assert later._answered._table and later._answered._table.get("Oslo") == answered.IN_DICTIONARY


def test_a_changed_dictionary_gets_a_new_table(small_language, tmp_path):
    lang = small_language()
    assert lang._answered._open(stored_only=False).get("oslo") == 0
    dic = Path(hunspell.files(("xx",))[0])
    dic.write_text(DIC.replace("5\n", "6\n") + "oslo\n", encoding="utf-8")
    for memo in (hunspell.dictionary, hunspell._read_files):
        memo.cache_clear()
    again = small_language()
    assert again._answered._open(stored_only=False).get("oslo") == answered.IN_DICTIONARY | answered.COMMON_WORD
    assert len(_tables(tmp_path)) == 2


def test_a_damaged_table_is_never_fatal(small_language, tmp_path):
    small_language()._answered._open(stored_only=False)
    (table,) = _tables(tmp_path)
    table.write_bytes(b"not a table at all" * 100)
    lang = small_language()
    assert lang._answered._open(stored_only=True) is None  # not served, not built
    rebuilt = lang._answered._open(stored_only=False)
    assert rebuilt is not None and rebuilt.get("Unlocks") == answered.IN_DICTIONARY | answered.COMMON_WORD


def test_without_a_cache_folder_nothing_is_built(small_language, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", "off")
    lang = small_language()
    assert lang._answered._open(stored_only=False) is None
    for _ in range(answered.BUILT_AFTER + 1):
        assert lang._in_dictionary("unlocks")


def test_a_pair_gives_each_language_the_others_frequent_forms():
    source, target = Language("fr", {"hunspell": []}), Language("en", {"hunspell": []})
    LanguagePair(source, target)
    assert source._answered.lists() == target._answered.lists() == ("en", "fr")
    assert Language("en", {"hunspell": []})._answered.lists() == ("en",)


def test_the_table_is_keyed_by_the_dictionary_code_it_answers_with(small_language):
    # the answers depend on the parser and the case rules: hunspell.py's code is among the table's sources
    lang = small_language()
    files = compiled.code_files(hunspell.in_dictionary, hunspell.is_common_word, hunspell.dictionaries)
    assert Path(hunspell.__file__).resolve() in {Path(f).resolve() for f in files}
    assert lang._answered._open(stored_only=False) is not None
