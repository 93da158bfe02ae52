"""A language's close synonyms, between the lexical model's stems (``lexmodel/synonyms.<code>.tsv.gz``).

The lexical model lists how translators rendered each source word in its
training text; a translation that uses a close synonym of one of those
renderings ("maintained" where the model knows "upheld", "aspects" where it
knows "facets") rendered the word, and the meaning checks must not take it
for a mistranslation. The table is built from WordNet by
``bench/build_synonyms.py`` (synset members and "similar to" adjectives, each
word's most frequent senses only; its SOURCES.md says how), keyed by the
stems of :mod:`mtqa.meaning.tokens`, and read once per process through the
language object (:attr:`mtqa.langs.Language.synonyms`). A language without a
table has no synonyms: every test below answers as if the word were unknown.
"""
from __future__ import annotations

from typing import Iterable

from mtqa.errors import DataError
from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import data_path


class Thesaurus:
    """Stem -> the stems of its close synonyms (symmetric)."""

    def __init__(self, table: dict[str, frozenset[str]]):
        self.table = table

    def __len__(self) -> int:
        return len(self.table)

    def of(self, stem: str) -> frozenset[str]:
        """The close synonyms of ``stem`` (empty when it has none or is unknown)."""
        return self.table.get(stem, frozenset())

    def renders(self, stem: str, renderings: Iterable[str]) -> bool:
        """``stem`` is one of ``renderings`` (stems) or a close synonym of one."""
        synonyms = self.table.get(stem)
        return any(r == stem or (synonyms is not None and r in synonyms) for r in renderings)


@memoize(TABLES)
def load_synonyms(code: str) -> Thesaurus:
    """The thesaurus of language ``code`` from the data folders (an empty one when there is no table).

    Rows are ``stem<TAB>synonym synonym ...``; lines starting with ``#`` are comments. A malformed row or
    file (in a ``$MTQA_DATA`` folder: the user's input) is a :class:`mtqa.errors.DataError` naming it."""
    path = data_path("lexmodel", f"synonyms.{code}.tsv.gz")
    if not path.is_file():
        return Thesaurus({})
    table: dict[str, frozenset[str]] = {}
    number = 0
    try:
        import gzip  # read once, on first use of the synonyms

        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if line.startswith("#") or not line.strip():
                    continue
                stem, sep, words = line.rstrip("\n").partition("\t")
                if not sep or not stem or not words.split():
                    raise DataError("expected a stem, a tab and its synonyms separated by spaces", path=str(path),
                                    line=number)
                table[stem] = frozenset(words.split())
    except (OSError, EOFError, UnicodeDecodeError) as exc:  # not gzip, cut short, not UTF-8
        raise DataError(f"cannot be read as gzip-compressed UTF-8 text ({exc})", path=str(path),
                        line=number or None) from None
    return Thesaurus(table)
