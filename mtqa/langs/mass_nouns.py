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
from mtqa.langs.data import data_path

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


@memoize(TABLES)
def mass_plurals(lang: str = "en") -> dict[str, str]:
    """The plurals of the learned mass nouns of ``lang``, each with its singular (``informations``:
    ``information``); empty when no table is shipped."""
    path = data_path("lexmodel", f"mass_nouns.{lang}.tsv")
    if not path.is_file():
        return {}
    out: dict[str, str] = {}
    header = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) != len(header) or not cells[0].isalpha() or not cells[1].isalpha():
            raise DataError(f"{path}:{number}: expected {len(header)} tab-separated cells, a singular and a plural first")
        out[cells[1]] = cells[0]
    return out


@memoize(TABLES)
def verb_singulars(lang: str = "en") -> frozenset[str]:
    """The learned mass nouns that are verbs too (the table's ``verb`` column: "research", "transport"): only
    their -s form may be a verb's, so only for them does F503 read the context for a verb."""
    path = data_path("lexmodel", f"mass_nouns.{lang}.tsv")
    if not path.is_file():
        return frozenset()
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    if not rows or "verb" not in rows[0]:
        return frozenset()
    column = rows[0].index("verb")
    mass_plurals(lang)  # the rows' shape is checked there (a DataError naming the line)
    return frozenset(row[0] for row in rows[1:] if row[column] == "yes")


def word_list(lang: str, section: str, key: str) -> tuple[str, ...]:
    """The profile's ``<section>.<key>`` as lower-case words: a list of strings, or a DataError naming the file
    and key (a string there would be read as its letters)."""
    found = language(lang).extra.get(section, {}).get(key, [])
    if not isinstance(found, list) or not all(isinstance(w, str) and w.strip() for w in found):
        raise DataError(f"{data_path('langs', f'{lang}.toml')}: {section}.{key} is not a list of words")
    return tuple(w.lower() for w in found)
