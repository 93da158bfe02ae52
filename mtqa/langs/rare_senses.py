"""A language's rare words, what they mean and their everyday siblings (``lexmodel/rare_senses.<code>.tsv.gz``).

A509 (rare-look-alike) flags a rare word of the translation that copies a source word. Two facts about the rare
word decide whether it is a slip: what it means, and whether the language has a commoner form of the same word.
The table, built from WordNet by ``bench/build_rare_senses.py`` (the run time never reads WordNet), holds for each
rare word's stem its *sense neighbours* (the stems of its synonyms and of the words one hypernym up: "convoke" ->
convene, summon; derivations are left out, see the builder) and its *sibling* (a shorter synonym of the same first
letters the language writes far more often: "exportation" -> export), each read through the language object
(:attr:`mtqa.langs.Language.rare_senses`). A language without a table knows no rare word: every answer is empty.
"""
from __future__ import annotations

from typing import NamedTuple

from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import data_path, read_rows


class RareSense(NamedTuple):
    neighbours: frozenset[str]
    """Stems of the words WordNet relates to the rare word (synonyms and hypernyms; the builder leaves derivations
    out)."""
    sibling: str
    """A commoner, shorter synonym with the same first letters ("" when there is none)."""


_NONE = RareSense(frozenset(), "")


class RareSenses:
    """Stem of a rare word -> :class:`RareSense`."""

    def __init__(self, table: dict[str, tuple[str, str]]):
        # stem -> (neighbour stems joined by spaces, sibling): strings, which the compiled cache reads back
        # faster than 30,000 sets; a RareSense is made for the stem asked
        self.table = table

    def __len__(self) -> int:
        return len(self.table)

    def of(self, stem: str) -> RareSense:
        """What the table knows of the rare word of stem ``stem`` (no neighbours, no sibling when unknown)."""
        found = self.table.get(stem)
        return _NONE if found is None else RareSense(frozenset(found[0].split()), found[1])


@memoize(TABLES)
def load_rare_senses(code: str) -> RareSenses:
    """The rare words of language ``code`` from the data folders (an empty table when there is none).

    Rows are ``stem<TAB>neighbour stems separated by spaces<TAB>sibling`` (either may be empty, not both); lines
    starting with ``#`` are comments. A malformed row or file (in a ``$MTQA_DATA`` folder: the user's input) is a
    :class:`mtqa.errors.DataError` naming it and the line, raised by the one reader of such tables
    (:func:`mtqa.langs.data.read_rows`, which knows every way a gzip file fails: a copy of its own missed zlib's).

    The parsed rows are kept in the compiled cache (:func:`mtqa.compiled.cached`) under the file and the code of
    :func:`_sense_rows`, as the noun compounds are: parsing the ~30,000 rows cost 0.3-0.4 s of every process whose
    A509 doubted a word, reading them back ~0.07 s (the neighbours kept as one string each, a set made per stem
    asked). A faulty copy raises before anything is stored."""
    from pathlib import Path

    path = data_path("lexmodel", f"rare_senses.{code}.tsv.gz")
    if not path.is_file():
        return RareSenses({})
    if not isinstance(path, Path):  # inside an archive: no file to key a copy on
        return RareSenses(_sense_rows(path))
    from mtqa.compiled import cached, code_files

    return RareSenses(cached(f"rare-senses-{code}", [path, *code_files(_sense_rows)], lambda: _sense_rows(path)))


def _sense_rows(path) -> dict[str, tuple[str, str]]:
    """stem -> (neighbour stems joined by single spaces, sibling) of a ``rare_senses.<code>.tsv.gz``
    (:func:`load_rare_senses`): plain data the compiled cache can store."""
    table: dict[str, tuple[str, str]] = {}

    def row(fields: list) -> None:  # a ValueError is read_rows's DataError naming the file and line
        if len(fields) != 3 or not fields[0] or not (fields[1].split() or fields[2].strip()):
            raise ValueError("expected a stem, a tab, its neighbour stems, a tab and its sibling (one of the two at "
                             "least)")
        table[fields[0]] = (" ".join(fields[1].split()), fields[2].strip())

    read_rows(path, row)
    return table
