"""A name's class noun left in lower case: « la fondation Edhi » -> "the Edhi foundation" (the Edhi Foundation).

French writes the class noun that heads an institution's or a place's name in lower case (la fondation Edhi, le
ministère des Mines, le parc national de Tsau ǁKhaeb, saint Jérôme); English capitalises it as a word of the
name. MT copies the French case. The nouns are the pair's ``name_class_nouns`` table (kept only where the
human references capitalise them: a Belvedere museum is English too, a Gates foundation is not), and the
evidence is the aligned source: the French noun written with a capitalised name after it, whose word the
translation writes beside the English noun (Edhi, Tsau, Jerome for Jérôme: compared without accents), on the
side where English writes the noun in the name (the table's ``places``: the Edhi Foundation, Saint Jerome; "the
foundation Együtt ..." before a foreign name is an apposition, no name's word). A noun before "of" and a
capitalised word (ministry of Mines) needs only the source's noun with a capitalised complement, the name after
it being translated (« des Mines et de l'Énergie »: of Mines and Energy).

Read by F302 (:class:`mtqa.checks.casing.LowercaseProperName`), which says what English writes.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from mtqa.langs import fold
from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import alternation
from mtqa.model import joined_sources
from mtqa.words import UPPER

_SPACE = r"[ \u00a0]+"
_CAPITALISED = rf"[ǀǁǂǃ]?[{UPPER}][\w'’.-]*"
"""A word whose first letter is a capital (a click letter may open it: ǁKhaeb)."""


class LoweredClass(NamedTuple):
    start: int
    end: int
    noun: str
    """The noun as the translation writes it (``foundation``)."""
    name: str
    """The source's noun and name (``fondation Edhi``): the message's evidence."""


@memoize(TABLES)
def _patterns(pair) -> tuple[dict[str, str], dict[str, frozenset[str]], re.Pattern, re.Pattern,
                              re.Pattern | None] | None:
    """The table (English noun by French noun), the source pattern (a French noun in lower case, an optional
    complement word and article, then a capitalised name of up to four words), the target pattern (an
    English noun in lower case) and the target's complement word with an optional definite article before a
    capital (" of the C...", the target profile's ``complement_words`` and ``definite_articles``; None when it
    lists no complement word), or None for a pair without the table."""
    rows = pair.table("name_class_nouns")
    if not rows:
        return None
    by_french, places = _checked(rows, f"name_class_nouns.{pair.code}.tsv")
    links = sorted(pair.source.word_set("complement_words") | pair.source.word_set("place_articles"))
    link = rf"(?:(?:{alternation(links)})(?:{_SPACE}|['’]))"
    french = alternation(by_french, _spaced)
    source = re.compile(
        rf"(?<![\w'’-])({french})(?:{_SPACE}|['’])"
        rf"(?:{link}{{0,2}})({_CAPITALISED}(?:{_SPACE}{_CAPITALISED}){{0,3}})")
    nouns = sorted(set(by_french.values()))
    target = re.compile(rf"(?<![\w'’-])({alternation(nouns, _spaced)})(?![\w'’-])")
    of, the = pair.target.word_set("complement_words"), pair.target.word_set("definite_articles")
    article = rf"(?:(?:{alternation(sorted(the))}){_SPACE})?" if the else ""
    of_after = re.compile(rf"{_SPACE}(?:{alternation(sorted(of))}){_SPACE}{article}[{UPPER}]") if of else None
    return by_french, places, source, target, of_after


PLACES = frozenset({"after", "of", "before"})
"""The sides on which English writes a class noun inside a name (the table's ``places``): after the name (the Edhi
Foundation), before "of" and a capitalised word (the Ministry of Mines), before the name (Saint Jerome)."""


def _checked(rows, name: str) -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """The table's English noun by French noun and places by English noun; a row with an empty cell, a place not
    of :data:`PLACES`, a French noun given twice or an English noun given two sets of places is a
    :class:`DataError` naming the file and line. Why: F302 reads a noun only on its places, so a row whose places
    are missing or misspelt ("aftr") would leave it blind without a word, and a second row for a noun would
    silently replace the first."""
    by_french: dict[str, str] = {}
    places: dict[str, frozenset[str]] = {}
    for index, row in enumerate(rows):
        french, english = (row.get("french") or "").strip(), (row.get("english") or "").strip()
        where = frozenset((row.get("places") or "").split())
        problem = (
            "a row needs its french noun, english noun and places" if not (french and english and where)
            else f"places {' '.join(sorted(where - PLACES))!r} are none of {' '.join(sorted(PLACES))}"
            if where - PLACES
            else f"the french noun {french!r} has a row already" if french in by_french
            else f"the english noun {english!r} has other places in another row"
            if places.get(english, where) != where else None)
        if problem:
            from mtqa.errors import DataError
            from mtqa.langs.data import data_path, table_line

            raise DataError(problem, path=str(data_path("names", name)), line=table_line(name, index))
        by_french[french] = english
        places[english] = where
    return by_french, places


def _spaced(words: str) -> str:
    """``words`` as a pattern whose spaces match any run of spaces (a no-break one too)."""
    return re.escape(words).replace(r"\ ", _SPACE)


_LAST_WORD_STOPPED = re.compile(r"(?<![\w'’.-])[^\W\d_]{4,}\.$")
"""A last word of four letters or more whose only dot ends it: the sentence's full stop, not an abbreviation's
("Edhi." ends « la fondation Edhi. » where "St." or "U.S." keep theirs)."""


def _without_full_stop(said: str) -> str:
    """The source's noun and name as quoted in the message, without the sentence's full stop that the name pattern
    admits (it keeps the dots of "St. Louis", "J.-P.")."""
    return said[:-1] if _LAST_WORD_STOPPED.search(said) else said


_WORD_BEFORE = re.compile(rf"({_CAPITALISED}){_SPACE}$")
_WORD_AFTER = re.compile(rf"{_SPACE}({_CAPITALISED})")


def lowered_class_nouns(text: str, sources, pair) -> Iterator[LoweredClass]:
    """Each English class noun of the table in lower case in ``text`` beside the name the aligned source gives
    it: right before or after a word of that name, or before "of" and a capitalised word."""
    patterns = _patterns(pair)
    if patterns is None or not sources:
        return
    by_french, places, source_re, target_re, of_after = patterns
    if target_re.search(text) is None:
        return
    evidence: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for m in source_re.finditer(joined_sources(sources)):
        french = " ".join(m.group(1).split())
        words = frozenset(fold(w.strip(".,;:")) for w in m.group(2).split())
        evidence.setdefault(by_french[french], []).append((_without_full_stop(m.group(0)), words))
    if not evidence:
        return
    for m in target_re.finditer(text):
        noun = " ".join(m.group(1).split())
        found = evidence.get(noun)
        if not found:
            continue
        where = places[noun]
        # the name's word before the noun where English writes the noun after the name, and after it where before
        before = _WORD_BEFORE.search(text, max(0, m.start() - 60), m.start()) if "after" in where else None
        after = _WORD_AFTER.match(text, m.end()) if "before" in where else None
        beside = {fold(x.group(1).strip(".,;:")) for x in (before, after) if x}
        said = next((name for name, words in found if beside & words), None)
        if said is None and "of" in where and of_after is not None and of_after.match(text, m.end()):
            said = found[0][0]
        if said is not None:
            yield LoweredClass(m.start(1), m.end(1), m.group(1), said)
