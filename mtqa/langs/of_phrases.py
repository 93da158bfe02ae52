"""Where English writes no "N1 of N2": the heads and compounds counted by ``bench/of_phrases.py`` (A507).

The one owner of ``mtqa/data/lexmodel/of_phrases.<lang>.tsv``: ``H`` rows are heads English follows with "for"
but (nearly) never with "of" ("spokesman for the government"), ``P`` rows are compounds English writes whose head
it rarely builds with "of" ("retirement age", "car industry"). A faulty row is a :class:`DataError` naming the
file and line; a language without the file has no table (A507 is then silent).
"""
from __future__ import annotations

from typing import NamedTuple, Optional

from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import DataError, data_path


class OfTable(NamedTuple):
    heads: dict[str, int]
    """Head noun -> its "head for" count in the books: English writes "for" after it, not "of"."""
    compounds: dict[tuple[str, str], int]
    """(modifier, head) -> the compound's count in the books: English writes "modifier head"."""
    pair_heads: frozenset[str]
    """The heads of ``compounds``: a phrase whose head is none of them and no ``heads`` entry is not read further
    (made once with the table: A507 asks it of every "of" of every segment)."""

    @classmethod
    def of(cls, heads: dict[str, int], compounds: dict[tuple[str, str], int]) -> "OfTable":
        return cls(heads, compounds, frozenset(h for _, h in compounds))


@memoize(TABLES)
def of_table(lang: str) -> Optional[OfTable]:
    """The table of ``lang`` (None when the language has none)."""
    path = data_path("lexmodel", f"of_phrases.{lang}.tsv")
    if not path.is_file():
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read the of-phrase counts ({exc})") from None
    heads: dict[str, int] = {}
    compounds: dict[tuple[str, str], int] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        try:
            if cells[0] == "H" and len(cells) == 5:
                heads[cells[1]] = int(cells[2])
            elif cells[0] == "P" and len(cells) == 7:
                compounds[(cells[1], cells[2])] = int(cells[3])
            else:
                raise ValueError("a row is H<TAB>head<TAB>three counts or P<TAB>modifier<TAB>head<TAB>four fields")
        except ValueError as exc:
            raise DataError(f"{path}:{n}: {exc}") from None
    return OfTable.of(heads, compounds)
