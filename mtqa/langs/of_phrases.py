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
("the Lyon station" for « la gare de Lyon »); and of ``mtqa/data/lexmodel/noun_compounds.<lang>.tsv.gz`` (A626 too,
made by ``bench/noun_compounds.py`` from WordNet): the compounds English lists as one noun ("snowstorm", "heat
wave"), its nouns of matter ("lithium") and its heads that measure matter out ("cup"), evidence that needs no
count in the parallel news.
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


class MeasureTable(NamedTuple):
    heads: dict[str, tuple[int, int, int]]
    """French head, as written in lower case -> how the human translators rendered its « N1 de [hedge] NUM UNIT »:
    ("E1 of NUM UNIT", the measure before E1, E1 with the measure elsewhere), for the heads they wrote with "of"
    in at most one reading in ten (« homme » -> (1, 15, 1): "a 45-year-old man", "a man aged 45"; one slip)."""
    complements: dict[str, tuple[int, int, str, int]]
    """French complement, as written in lower case -> how they rendered its « NUM UNIT de N2 »: ("UNIT of E2", the
    unit then E2 at once, their most frequent other words after the unit, its count), for the complements they
    wrote after "UNIT of" in at most one reading in ten (« prison » -> (1, 7, "in prison", 8))."""


@memoize(TABLES)
def measure_table(source: str, target: str) -> Optional[MeasureTable]:
    """The measure phrases of ``source`` into ``target`` counted by ``bench/of_measures.py`` (A632); None when the
    pair has no file (``lexmodel/of_measures.<src>-<tgt>.tsv``)."""
    path = data_path("lexmodel", f"of_measures.{source}-{target}.tsv")
    if not path.is_file():
        return None
    heads, complements = _kept(f"of-measures-{source}-{target}", path, _measure_rows, _measure_rows)
    return MeasureTable(heads, complements)


def _measure_rows(path) -> tuple[dict[str, tuple[int, int, int]], dict[str, tuple[int, int, str, int]]]:
    """(heads, complements) of ``of_measures.<src>-<tgt>.tsv`` (:func:`measure_table`)."""
    heads: dict[str, tuple[int, int, int]] = {}
    complements: dict[str, tuple[int, int, str, int]] = {}

    def row(cells: list) -> None:  # a ValueError is read_rows's DataError naming the file and line
        if cells[0] == "M" and len(cells) == 5 and all(c.isdigit() for c in cells[2:]) and cells[1]:
            heads[cells[1]] = (int(cells[2]), int(cells[3]), int(cells[4]))
        elif cells[0] == "T" and len(cells) == 6 and cells[2].isdigit() and cells[3].isdigit() \
                and cells[5].isdigit() and cells[1]:
            complements[cells[1]] = (int(cells[2]), int(cells[3]), cells[4], int(cells[5]))
        else:
            raise ValueError("a row is M<TAB>word<TAB>three counts or T<TAB>word<TAB>two counts<TAB>words<TAB>count")

    read_rows(path, row)
    return heads, complements


class Measures(NamedTuple):
    units: frozenset[str]
    """The units of one word of the language's ``numbers/<lang>.toml`` (``units`` and ``word_units``), lower case."""
    cardinals: frozenset[str]
    """Its cardinal number words, lower case."""
    hedges: tuple[tuple[str, ...], ...]
    """Its hedges before an amount (``ambiguous_scale_amount_hedges``: « près de ») and before a range
    (``range_approximators``: "almost"), as lower-case token tuples."""
    hedge_words: frozenset[str] = frozenset()
    """The first words of the hedges (« plus », « près »): one before « de » opens a hedge, it is no head (« plus
    d'une heure », where the elided « d' » is no hedge's « de »)."""


@memoize(TABLES)
def measures(lang: str) -> Measures:
    """The measure words of ``lang`` (:class:`Measures`), from its number conventions (one owner of units)."""
    from mtqa.numbers import conventions

    conv = conventions(lang)
    units = frozenset(u for u in (*conv.lower_units, *conv.lower_word_units) if u.isalpha())
    hedges = tuple(tuple(h.lower().split()) for h in (*conv.words_of("ambiguous_scale_amount_hedges"),
                                                       *conv.words_of("range_approximators")))
    return Measures(units, frozenset(conv.lower_cardinals), hedges, frozenset(h[0] for h in hedges if h))


def after_hedge(lows: Sequence[str], i: int, hedges: tuple[tuple[str, ...], ...]) -> int:
    """The index after a hedge that starts at ``i`` (« près de », "almost"), ``i`` when none does."""
    for h in hedges:
        if tuple(lows[i:i + len(h)]) == h:
            return i + len(h)
    return i


def measure_frames(toks: Sequence, lang: str) -> Iterator[tuple[str, int]]:
    """("M", index of N1) for every « N1 de [hedge] NUM UNIT » and ("T", index of N2) for every « NUM UNIT de N2 »
    of the tokens ``toks`` (of :func:`mtqa.meaning.tokens.tokens`) in ``lang``: « de » a ``bare_complement_words``
    of the profile, NUM a figure or a cardinal word, UNIT a unit of :func:`measures`, N1 and N2 lower-case words of
    letters.

    Why one reader: ``bench/of_measures.py`` counts how the human English renders these phrases and A632 reads the
    same phrases in a source to flag (as :func:`name_complements`). Each caller adds its own test of the noun."""
    from mtqa.langs import language

    de = language(lang).word_set("bare_complement_words")
    m = measures(lang)
    lows = [t.lower for t in toks]
    for i in range(1, len(toks) - 1):
        if lows[i] not in de:
            continue
        k = after_hedge(lows, i + 1, m.hedges)
        if k + 1 < len(toks) and (toks[k].is_number or lows[k] in m.cardinals) and lows[k + 1] in m.units \
                and toks[i - 1].text.isalpha() and toks[i - 1].text.islower() \
                and lows[i - 1] not in m.hedge_words:  # « plus d'une heure » opens a hedge: no head
            yield "M", i - 1
        if i >= 2 and lows[i - 1] in m.units and (toks[i - 2].is_number or lows[i - 2] in m.cardinals) \
                and toks[i + 1].text.isalpha() and toks[i + 1].text.islower():
            yield "T", i + 1


class NounCompounds(NamedTuple):
    written: dict[tuple[str, str], str]
    """(modifier, head) -> the compound as English writes it, one word or two ("snow", "storm") -> "snowstorm",
    ("heat", "wave") -> "heat wave": compounds WordNet lists whose "head of modifier" it does not list and the
    human English of the calibration years never writes."""
    matter: frozenset[str]
    """Nouns of matter ("lithium", "coffee", "eucalyptus"): a modifier English puts before a head it compounds."""
    partitive: frozenset[str] = frozenset()
    """Heads that measure out matter ("cup", "sheet", "tonne"): English keeps their "of" ("a sheet of paper")."""
    nouns: frozenset[str] = frozenset()
    """Every word of the table (both words of each compound, the nouns of matter): one after "E1 of E2" continues
    the noun phrase ("a wave of heat records"), so E2 is no modifier of E1."""


@memoize(TABLES)
def noun_compounds(lang: str) -> Optional[NounCompounds]:
    """The lexicalised compounds, nouns of matter and measure heads of ``lang`` made by ``bench/noun_compounds.py``
    (A626); None when the language has no ``lexmodel/noun_compounds.<lang>.tsv.gz``. A third file of this owner:
    the compounds English has whatever the parallel news saw ("storms of snow" is "snowstorms" though « tempête »
    was read too seldom to be an ``H`` row)."""
    path = data_path("lexmodel", f"noun_compounds.{lang}.tsv.gz")
    if not path.is_file():
        return None
    written, matter, partitive = _kept(f"noun-compounds-{lang}", path, _compound_rows, _compound_rows)
    return NounCompounds(written, matter, partitive, frozenset(w for pair in written for w in pair) | matter)


def _compound_rows(path) -> tuple[dict[tuple[str, str], str], frozenset[str], frozenset[str]]:
    """(written, matter, partitive) of ``noun_compounds.<lang>.tsv.gz`` (:func:`noun_compounds`)."""
    written: dict[tuple[str, str], str] = {}
    matter: set[str] = set()
    partitive: set[str] = set()

    def row(cells: list) -> None:  # a ValueError is read_rows's DataError naming the file and line
        if cells[0] == "W" and len(cells) == 4 and all(cells[1:]):
            written[(cells[1], cells[2])] = cells[3]
        elif cells[0] in ("M", "P") and len(cells) == 2 and cells[1].isalpha():
            (matter if cells[0] == "M" else partitive).add(cells[1])
        else:
            raise ValueError("a row is W<TAB>modifier<TAB>head<TAB>compound, M<TAB>noun or P<TAB>noun")

    read_rows(path, row)
    return written, frozenset(matter), frozenset(partitive)
