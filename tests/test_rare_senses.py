"""The rare words' table A509 reads (mtqa/langs/rare_senses.py): shipped rows, a data folder's copy, bad data."""
from __future__ import annotations

import gzip

import pytest

from mtqa.errors import DataError
from mtqa.langs import language, language_pair
from mtqa.langs.rare_senses import load_rare_senses
from mtqa.meaning.tokens import stem


@pytest.fixture
def data_folder(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    (folder / "lexmodel").mkdir(parents=True)
    monkeypatch.setenv("MTQA_DATA", str(folder))
    _forget()
    yield folder / "lexmodel"
    _forget()


def _forget() -> None:
    for cached in (load_rare_senses, language, language_pair):
        cached.cache_clear()


def _write(path, text: str) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(text)


def test_the_shipped_table_knows_senses_and_siblings():
    senses = language("en").rare_senses
    assert stem("summon", "en") in senses.of(stem("convoke", "en")).neighbours
    assert senses.of(stem("exportation", "en")).sibling == "export"
    assert senses.of(stem("thermic", "en")).sibling == "thermal"
    # a spelling of the same word is no sibling
    assert senses.of(stem("internationalise", "en")).sibling == ""
    assert senses.of("no-such-stem") == (frozenset(), "")


def test_a_data_folder_table_replaces_the_shipped_one(data_folder):
    _write(data_folder / "rare_senses.en.tsv.gz", "# a comment\nconvok\tsummon conven\t\ntraumatism\t\ttrauma\n")
    senses = load_rare_senses("en")
    assert len(senses) == 2 and senses.of("convok").neighbours == {"summon", "conven"}
    assert senses.of("traumatism").sibling == "trauma" and not senses.of("exportation").neighbours


@pytest.mark.parametrize("row", ["convok\tsummon\n", "convok\t\t\n", "\tsummon\t\n"])
def test_a_malformed_row_is_a_data_error_naming_file_and_line(data_folder, row):
    path = data_folder / "rare_senses.en.tsv.gz"
    _write(path, "traumatism\t\ttrauma\n" + row)
    with pytest.raises(DataError, match="expected a stem, a tab") as raised:
        load_rare_senses("en")
    assert (raised.value.path, raised.value.line) == (str(path), 2)


def test_a_file_that_is_not_gzip_is_a_data_error(data_folder):
    (data_folder / "rare_senses.en.tsv.gz").write_text("convok\tsummon\t\n", encoding="utf-8")
    with pytest.raises(DataError, match="cannot be read as gzip"):
        load_rare_senses("en")


def test_a_gzip_file_whose_body_is_damaged_is_a_data_error_naming_it(data_folder):
    path = data_folder / "rare_senses.en.tsv.gz"
    whole = gzip.compress("convok\tsummon conven\t\n".encode("utf-8") * 50)
    path.write_bytes(whole[:10] + b"\xff" * 20 + whole[30:])  # a gzip header over a deflate stream that is not one
    with pytest.raises(DataError, match="cannot be read as gzip") as raised:
        load_rare_senses("en")
    assert raised.value.path == str(path)


def test_the_rows_are_kept_in_the_compiled_cache_and_read_again_when_the_file_changes(data_folder, tmp_path,
                                                                                      monkeypatch):
    from mtqa.langs import rare_senses

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    parsed = []
    real = rare_senses._sense_rows
    monkeypatch.setattr(rare_senses, "_sense_rows", lambda path: parsed.append(path) or real(path))
    path = data_folder / "rare_senses.en.tsv.gz"
    _write(path, "convok\tsummon conven\t\n")
    assert load_rare_senses("en").of("convok").neighbours == {"summon", "conven"}
    _forget()  # a second process: the table comes from the cache, not from the file's rows
    assert load_rare_senses("en").of("convok") == (frozenset({"summon", "conven"}), "")
    assert parsed == [path]
    _write(path, "traumatism\t\ttrauma\n")
    _forget()
    senses = load_rare_senses("en")
    assert senses.of("traumatism").sibling == "trauma" and not senses.of("convok").neighbours and len(parsed) == 2
