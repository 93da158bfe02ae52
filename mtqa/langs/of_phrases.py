"""Where English writes no "N1 of N2": the heads and compounds counted by ``bench/of_phrases.py`` (A507).

The one owner of ``mtqa/data/lexmodel/of_phrases.<lang>.tsv``: ``H`` rows are heads English follows with "for"
but (nearly) never with "of" ("spokesman for the government"), ``P`` rows are compounds English writes whose head
it rarely builds with "of" ("tobacco industry", "money laundering", "police spokesman"), ``Q`` rows are nouns of a
quality, a state, a measure or a time ("standing", "courage", "year") after which a person head's "of" is English's
own ("a reporter of rare courage"). A faulty row is a :class:`DataError` naming the
file and line; a language without the file has no table (A507 is then silent).
"""
from __future__ import annotations

from typing import NamedTuple, Optional

from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import data_path, read_rows


class OfTable(NamedTuple):
    heads: dict[str, int]
    """Head noun -> its "head for" count in the books: English writes "for" after it, not "of"."""
    compounds: dict[tuple[str, str], int]
    """(modifier, head) -> the compound's count in the books: English writes "modifier head"."""
    pair_heads: frozenset[str]
    """The heads of ``compounds``: a phrase whose head is none of them and no ``heads`` entry is not read further
    (made once with the table: A507 asks it of every "of" of every segment)."""
    qualities: frozenset[str] = frozenset()
    """Nouns of a quality, state, measure or time: "for" is never suggested before them."""
    nouns: frozenset[str] = frozenset()
    """Every noun the table names (heads, both words of the compounds, qualities): a word after the complement
    that is one of them continues the noun phrase ("of car batteries"), so the complement is no compound's
    modifier."""

    @classmethod
    def of(cls, heads: dict[str, int], compounds: dict[tuple[str, str], int],
           qualities: frozenset[str] = frozenset()) -> "OfTable":
        """The table with its derived sets made once (A507 asks them of every "of" of every segment)."""
        nouns = frozenset(heads) | {w for pair in compounds for w in pair} | qualities
        return cls(heads, compounds, frozenset(h for _, h in compounds), frozenset(qualities), nouns)


@memoize(TABLES)
def of_table(lang: str) -> Optional[OfTable]:
    """The table of ``lang`` (None when the language has none)."""
    path = data_path("lexmodel", f"of_phrases.{lang}.tsv")
    if not path.is_file():
        return None
    heads: dict[str, int] = {}
    compounds: dict[tuple[str, str], int] = {}
    qualities: set[str] = set()

    def row(cells: list) -> None:  # a ValueError is read_rows's DataError naming the file and line
        if cells[0] == "H" and len(cells) == 5:
            heads[cells[1]] = int(cells[2])
        elif cells[0] == "P" and len(cells) == 7:
            compounds[(cells[1], cells[2])] = int(cells[3])
        elif cells[0] == "Q" and len(cells) == 3 and cells[1].isalpha():
            qualities.add(cells[1])
        else:
            raise ValueError("a row is H<TAB>head<TAB>three counts, P<TAB>modifier<TAB>head<TAB>four fields "
                             "or Q<TAB>noun<TAB>WordNet file")

    read_rows(path, row)
    return OfTable.of(heads, compounds, frozenset(qualities))
