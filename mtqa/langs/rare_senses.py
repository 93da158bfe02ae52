"""A language's rare words, what they mean and their everyday siblings (``lexmodel/rare_senses.<code>.tsv.gz``).

A509 (rare-look-alike) flags a rare word of the translation that copies a source word. Two facts about the rare
word decide whether it is a slip: what it means, and whether the language has a commoner form of the same word.
The table, built from WordNet by ``bench/build_rare_senses.py`` (the run time never reads WordNet), holds for each
rare word's stem its *sense neighbours* (the stems of its synonyms, of the words one hypernym up and of the words
it is derived from or to: "convoke" -> convene, summon) and its *sibling* (a shorter synonym of the same first
letters the language writes far more often: "exportation" -> export), each read through the language object
(:attr:`mtqa.langs.Language.rare_senses`). A language without a table knows no rare word: every answer is empty.
"""
from __future__ import annotations

from typing import NamedTuple

from mtqa.errors import DataError
from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import data_path


class RareSense(NamedTuple):
    neighbours: frozenset[str]
    """Stems of the words WordNet relates to the rare word (synonyms, hypernyms, derivations)."""
    sibling: str
    """A commoner, shorter synonym with the same first letters ("" when there is none)."""


_NONE = RareSense(frozenset(), "")


class RareSenses:
    """Stem of a rare word -> :class:`RareSense`."""

    def __init__(self, table: dict[str, RareSense]):
        self.table = table

    def __len__(self) -> int:
        return len(self.table)

    def of(self, stem: str) -> RareSense:
        """What the table knows of the rare word of stem ``stem`` (no neighbours, no sibling when unknown)."""
        return self.table.get(stem, _NONE)


@memoize(TABLES)
def load_rare_senses(code: str) -> RareSenses:
    """The rare words of language ``code`` from the data folders (an empty table when there is none).

    Rows are ``stem<TAB>neighbour stems separated by spaces<TAB>sibling`` (either may be empty, not both); lines
    starting with ``#`` are comments. A malformed row or file (in a ``$MTQA_DATA`` folder: the user's input) is a
    :class:`mtqa.errors.DataError` naming it and the line."""
    path = data_path("lexmodel", f"rare_senses.{code}.tsv.gz")
    if not path.is_file():
        return RareSenses({})
    table: dict[str, RareSense] = {}
    number = 0
    try:
        import gzip  # read once, on A509's first doubted word

        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if line.startswith("#") or not line.strip():
                    continue
                fields = line.rstrip("\n").split("\t")
                if len(fields) != 3 or not fields[0] or not (fields[1].split() or fields[2].strip()):
                    raise DataError("expected a stem, a tab, its neighbour stems, a tab and its sibling (one of the "
                                    "two at least)", path=str(path), line=number)
                table[fields[0]] = RareSense(frozenset(fields[1].split()), fields[2].strip())
    except (OSError, EOFError, UnicodeDecodeError) as exc:  # not gzip, cut short, not UTF-8
        raise DataError(f"cannot be read as gzip-compressed UTF-8 text ({exc})", path=str(path),
                        line=number or None) from None
    return RareSenses(table)
