"""Where English writes no "N1 of N2": the heads and compounds counted by ``bench/of_phrases.py`` (A507).

The one owner of ``mtqa/data/lexmodel/of_phrases.<lang>.tsv``: ``H`` rows are heads English follows with "for"
but (nearly) never with "of" ("spokesman for the government"), ``P`` rows are compounds English writes whose head
it rarely builds with "of" ("tobacco industry", "money laundering", "police spokesman"), ``Q`` rows are nouns of a
quality, a state, a measure or a time ("standing", "courage", "year") after which a person head's "of" is English's
own ("a reporter of rare courage"). A faulty row is a :class:`DataError` naming the
file and line; a language without the file has no table (A507 is then silent). Also the owner of
``mtqa/data/lexmodel/of_heads.<src>-<tgt>.tsv.gz`` (A626, counted by ``bench/of_heads.py``): the source heads of a bare
« N1 de N2 » that human translators write as a compound ("unemployment rate" for « taux de chômage »), the
bare "E1 of E2" pairs their English writes, and the heads of a « N1 de Name » they write with the name first
("the Lyon station" for « la gare de Lyon »).
"""
from __future__ import annotations

from typing import Iterator, NamedTuple, Optional, Sequence

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
    """The table of ``lang`` (None when the language has none), read from the compiled cache (:func:`_kept`)."""
    path = data_path("lexmodel", f"of_phrases.{lang}.tsv")
    if not path.is_file():
        return None
    heads, compounds, qualities = _kept(f"of-phrases-{lang}", path, _of_rows, _of_rows)
    return OfTable.of(heads, compounds, qualities)


def _kept(name: str, path, read, builder):
    """``read(path)`` (plain data: dicts, tuples, frozensets), kept in the compiled cache (:func:`mtqa.compiled.cached`)
    under the file and the code of ``builder`` (the function that reads it), read back while neither changes.

    Why: a run whose segment has an "of" or a « de » parsed these files row by row (A626's heads: ~5.7 ms of a
    one-line check's CPU, A507's ~1.5 ms; stop 72), for the same tables each time. A faulty row of a user's copy is
    still the :class:`DataError` of :func:`read_rows`, raised where the table is first read: nothing is stored
    for it. A package read from an archive (no file to key a copy on) is read as before."""
    from pathlib import Path

    if not isinstance(path, Path):
        return read(path)
    from mtqa.compiled import cached, code_files

    return cached(name, [path, *code_files(builder)], lambda: read(path))


def _of_rows(path) -> tuple[dict[str, int], dict[tuple[str, str], int], frozenset[str]]:
    """(heads, compounds, qualities) of ``of_phrases.<lang>.tsv`` (:func:`of_table`)."""
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
    return heads, compounds, frozenset(qualities)


class HeadTable(NamedTuple):
    heads: dict[str, int]
    """Source-language head stem -> how often human translators compounded it ("taux" -> 195: "unemployment
    rate")."""
    vetoes: dict[str, frozenset[str]]
    """Head stem -> the modifier stems of a bare "E1 of E2" the human English writes: English's own "of" for the
    pair ("pric" -> "oil", ...)."""
    compounds: dict[str, frozenset[str]]
    """Head, as written, lower case -> the modifiers English writes before it ("rate" -> "participation", ...): the
    compounds whose head renders a compounding head, the only suggestions A626 makes. Its keys are also the words
    that continue a noun phrase after "E1 of E2"."""
    modifiers: frozenset[str] = frozenset()
    """Every modifier of ``compounds``: a plural English writes as a modifier ("goods", "savings") is its own word,
    not to be made singular ("management of goods" is no "good management")."""
    names: dict[str, tuple[int, int, int, int, int]] = {}
    """Source head, as written in lower case -> how the human translators rendered its « N1 de Name »: (name
    first, the name's possessive, N1 "in" the name, N1 "at" the name, "N1 of the name"), for the heads they never
    wrote with "of" in at least 5 readings (« tribunal » -> (5, 0, 3, 0, 0): "the Gomel court", "a court in
    Gomel"). A form, not a stem: « hauteurs du Golan » is "the Golan Heights", « à hauteur de Hoeilaart » is no
    height."""


@memoize(TABLES)
def head_table(source: str, target: str) -> Optional[HeadTable]:
    """The compounding heads of ``source`` into ``target`` counted by ``bench/of_heads.py`` (A626); None when the
    pair has no file. The second owner's file of this module: ``lexmodel/of_heads.<src>-<tgt>.tsv.gz``, a row a
    head (its modifiers in the row): read at a run's first segment with "of", so few rows to split."""
    path = data_path("lexmodel", f"of_heads.{source}-{target}.tsv.gz")
    if not path.is_file():
        return None
    heads, vetoes, compounds, names = _kept(f"of-heads-{source}-{target}", path, _head_rows, _head_rows)
    return HeadTable(heads, vetoes, compounds, frozenset().union(*compounds.values()), names)


def _head_rows(path) -> tuple[dict[str, int], dict[str, frozenset[str]], dict[str, frozenset[str]],
                              dict[str, tuple[int, int, int, int, int]]]:
    """(heads, vetoes, compounds, names) of ``of_heads.<src>-<tgt>.tsv.gz`` (:func:`head_table`). A modifier named by many
    heads is one string object (15,700 modifiers, 4,400 distinct): the stored copy names it once (168 -> 120 kB,
    read back in ~1.6 ms instead of ~2.6)."""
    heads: dict[str, int] = {}
    vetoes: dict[str, frozenset[str]] = {}
    compounds: dict[str, frozenset[str]] = {}
    names: dict[str, tuple[int, int, int, int, int]] = {}
    one = {}.setdefault

    def row(cells: list) -> None:  # a ValueError is read_rows's DataError naming the file and line
        if cells[0] == "H" and len(cells) == 5 and cells[3].isdigit() and cells[4].isdigit():
            heads[one(cells[1], cells[1])] = int(cells[3])
        elif cells[0] == "C" and len(cells) >= 3 and all(cells[1:]):
            compounds[one(cells[1], cells[1])] = frozenset(one(w, w) for w in cells[2:])
        elif cells[0] == "V" and len(cells) >= 3 and all(cells[1:]):
            vetoes[one(cells[1], cells[1])] = frozenset(one(w, w) for w in cells[2:])
        elif cells[0] == "N" and len(cells) == 7 and all(c.isdigit() for c in cells[2:]):
            names[cells[1]] = tuple(int(c) for c in cells[2:])
        else:
            raise ValueError("a row is H<TAB>stem<TAB>word<TAB>compounds<TAB>of-phrases, C<TAB>head<TAB>modifiers, "
                             "V<TAB>head<TAB>modifiers or N<TAB>word<TAB>five counts")

    read_rows(path, row)
    return heads, vetoes, compounds, names


def name_complements(toks: Sequence, lang: str) -> Iterator[tuple[int, int]]:
    """(index of N1, index of the name) of every « N1 de [article] Name » of the tokens ``toks`` (of
    :func:`mtqa.meaning.tokens.tokens`) in ``lang``: N1 in lower case, a complement word of the profile (« de »,
    « d' », « du », « des »), an optional definite article of the profile, then a name that is one capitalised
    word of letters and no acronym (« l'hôpital d'Évry », not « la banque de la BCE »).

    Why one reader: ``bench/of_heads.py`` counts how the human English renders these phrases and A626
    (:func:`mtqa.checks.of_phrases.name_sources`) reads the same phrases in a source to flag; read two ways,
    the check would ask about phrases the counts never saw, or miss ones they did. Each caller adds its own
    test of N1 (a noun of the dictionary for the counts, a head of the table for the check)."""
    from mtqa.langs import language

    profile = language(lang)
    de, articles = profile.word_set("complement_words"), profile.word_set("definite_articles")
    for i in range(1, len(toks) - 1):
        if toks[i].lower not in de or not toks[i - 1].text.islower():
            continue
        k = i + 2 if toks[i + 1].lower in articles and i + 2 < len(toks) else i + 1
        name = toks[k].text
        if name[:1].isupper() and not name.isupper() and name.isalpha():
            yield i - 1, k
