"""English mass nouns and French plurals: the knowledge F503 reads (``bench/mass_nouns.py`` learns the table).

French puts many nouns in the plural that English writes as mass nouns (« les infrastructures », « des
informations », « accusé de tortures », « ses comportements »); MT keeps the plural ("infrastructures",
"informations", "tortures", "behaviours"). Which English nouns are mass nouns in news is counted, not listed
(``data/lexmodel/mass_nouns.<lang>.tsv``); whether a source word is a plural is read here, the same way for the
counter and the check.
"""
from __future__ import annotations

from mtqa.errors import DataError
from mtqa.langs import language
from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import data_path, read_rows

MIN_SINGULAR_ZIPF = 2.5
"""How common (wordfreq Zipf) the singular of a word ending like a plural must be for the word to be read as that
singular's plural (« tortures »: « torture »; not « progrès », whose « progrè » is no word)."""


def is_plural(word: str, lang: str) -> bool:
    """Whether lower-case ``word`` is a regular plural of ``lang``: it ends like one (the profile's
    ``plural.endings``) and one of its singulars is a common word (:data:`MIN_SINGULAR_ZIPF`)."""
    from mtqa.langs.frequency import zipf

    profile = language(lang)
    return profile.has_plural_ending(word) and any(
        s != word and zipf(s, lang) >= MIN_SINGULAR_ZIPF for s in profile.singulars(word))


def _rows(lang: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The header and the rows of ``lexmodel/mass_nouns.<lang>.tsv`` (none when no table is shipped), read by
    the one reader of learned tables (:func:`mtqa.langs.data.read_rows`): a row of another shape, or whose
    singular and plural are not words, is a DataError naming the file and line. Not memoised: its two readers
    are, and each reads it once a process."""
    path = data_path("lexmodel", f"mass_nouns.{lang}.tsv")
    if not path.is_file():
        return (), ()
    header: list[tuple[str, ...]] = []
    rows: list[tuple[str, ...]] = []

    def row(cells: list) -> None:
        if not header:
            header.append(tuple(cells))
        elif len(cells) != len(header[0]) or not cells[0].isalpha() or not cells[1].isalpha():
            raise ValueError(f"expected {len(header[0])} tab-separated cells, a singular and a plural first")
        else:
            rows.append(tuple(cells))

    read_rows(path, row)
    return (header[0] if header else ()), tuple(rows)


@memoize(TABLES)
def mass_plurals(lang: str = "en") -> dict[str, str]:
    """The plurals of the learned mass nouns of ``lang``, each with its singular (``informations``:
    ``information``); empty when no table is shipped."""
    return {cells[1]: cells[0] for cells in _rows(lang)[1]}


@memoize(TABLES)
def verb_singulars(lang: str = "en") -> frozenset[str]:
    """The learned mass nouns that are verbs too (the table's ``verb`` column: "research", "transport"): only
    their -s form may be a verb's, so only for them does F503 read the context for a verb."""
    header, rows = _rows(lang)
    if "verb" not in header:
        return frozenset()
    column = header.index("verb")
    return frozenset(cells[0] for cells in rows if cells[column] == "yes")


def word_list(lang: str, section: str, key: str) -> tuple[str, ...]:
    """The profile's ``<section>.<key>`` as lower-case words (:meth:`Language.profile_words`)."""
    return language(lang).profile_words(section, key)
