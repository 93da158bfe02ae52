"""Reading an acronym by its letters: whose expansion's initials it spells, in which language.

French news defines an organisation's acronym once, after its name: « le Conseil de coopération du
Golfe (CCG) ». The letters are the initials of the French words, in French word order. A translation
that renders the name in English but copies the acronym (``the Gulf Cooperation Council (CCG)``) shows
by its own words that the letters are French's: the English name's initials spell another acronym
(GCC), the one English readers know. A French body English refers to by its French acronym (SNCF, CGT,
UMP) is kept by human translators, even after an English gloss of its name; the parallel news shows
which, and :func:`kept_acronyms` reads that table (``acronyms_kept.<pair>.tsv``, built by
``bench/acronym_pairs.py``).

Nothing here is a list of acronyms: the reading works on any acronym a document defines, from the
function words of each language (skipped in initials, as both languages skip them) and the letters.
"""
from __future__ import annotations

import re
from typing import Optional

from mtqa.langs import fold
from mtqa.langs.cache import TABLES, memoize
from mtqa.records import record

_DEFINED = re.compile(r"\(\s*([A-Z]{2,7})\s*\)")
"""An acronym in brackets after the name it stands for: the press's way of defining it."""

_TOKEN = re.compile(r"[^\W\d_]+")
"""Words of a name, split at hyphens and apostrophes (« l'ex-Yougoslavie »: l, ex, Yougoslavie)."""

NAME_CHARS = 160
"""Characters read back from a bracket for the name before it (the longest names of bodies fit)."""

MAX_NAME_WORDS = 12
"""Words read back from the bracket for the name an acronym stands for (with its function words)."""
SOURCE_WINDOW = MAX_NAME_WORDS * 40
"""Characters before a source bracket read for its name: room for MAX_NAME_WORDS words of any news length."""


@record(frozen=True)
class Definition:
    """A name and the acronym a document writes after it."""

    acronym: str
    name: str
    initials: str


def _initials(tokens: list[str], function_words: frozenset[str]) -> str:
    """Initials of the content words (one-letter tokens are elided articles: l', d')."""
    return "".join(fold(t[0]).upper() for t in tokens if len(t) > 1 and t.lower() not in function_words)


def _spells(initials: str, acronym: str) -> bool:
    """``acronym`` is ``initials``, or ``initials`` with one inner word left out (« Tribunal pénal
    international pour l'ex-Yougoslavie »: TPIEY, the prefix ``ex`` unwritten in TPIY)."""
    if initials == acronym:
        return True
    if len(initials) != len(acronym) + 1 or initials[0] != acronym[0] or initials[-1] != acronym[-1]:
        return False
    return any(initials[:i] + initials[i + 1:] == acronym for i in range(1, len(initials) - 1))


def source_name(before: str, acronym: str, function_words: frozenset[str]) -> Optional[str]:
    """The name just before a bracketed ``acronym`` whose content words' initials spell it, or None.

    The name starts at a content word and ends at the bracket; the shortest such name is taken."""
    tokens = list(_TOKEN.finditer(before))[-MAX_NAME_WORDS:]
    words = [t.group(0) for t in tokens]
    for start in range(len(words) - 1, -1, -1):
        first = words[start]
        if len(first) < 2 or first.lower() in function_words:
            continue
        initials = _initials(words[start:], function_words)
        if len(initials) > len(acronym) + 1:
            return None
        if _spells(initials, acronym):
            return before[tokens[start].start():].strip()
    return None


def target_name(before: str, function_words: frozenset[str]) -> Optional[tuple[str, str]]:
    """The capitalised name just before a bracket in the translation and its capitals' initials
    (``the International Criminal Tribunal for the former Yugoslavia`` -> ICTY), or None.

    Read back from the bracket over capitalised words, function words and one lower-case word between
    capitalised ones (``former``); a leading function word is not part of the name."""
    tokens = list(_TOKEN.finditer(before))[-MAX_NAME_WORDS:]
    if not tokens or not tokens[-1].group(0)[0].isupper() or before[tokens[-1].end():].strip():
        return None
    start = len(tokens) - 1
    i = start - 1
    while i >= 0:
        word = tokens[i].group(0)
        if before[tokens[i].end():tokens[i + 1].start()].strip(" -'’"):
            break  # a comma or a bracket ends the name
        lower = word.lower()
        if word[0].isupper() and lower not in function_words:
            start = i
        elif lower not in function_words and not (
                i > 0 and tokens[i - 1].group(0).lower() in function_words and tokens[i + 1].group(0)[0].isupper()):
            break  # a lower-case word ends the name, but between "for the" and a capital (the former Yugoslavia)
        i -= 1
    words = [t.group(0) for t in tokens[start:]]
    if words and words[0].lower() in function_words:
        return None
    capitals = "".join(w[0] for w in words if w[0].isupper() and w.lower() not in function_words)
    if len(capitals) < 2:
        return None
    return before[tokens[start].start():].strip(), capitals


def definitions(texts, function_words: frozenset[str], pair=None) -> dict[str, Definition]:
    """The acronyms a source document defines after a name whose initials spell them, first name kept; with
    ``pair``, also after a name the ``acronym_bodies`` table gives for that acronym, whatever its initials spell
    (« Communauté économique des États de l'Afrique de l'Ouest (CEDEAO) »: the D of « de » is in the letters,
    which the initials of content words do not spell)."""
    found: dict[str, Definition] = {}
    for text in texts:
        for m in _DEFINED.finditer(text):
            acronym = m.group(1)
            if acronym in found:
                continue
            # the name ends at the bracket and holds at most MAX_NAME_WORDS words: read a window before it, not the
            # whole text before (a long segment with many brackets was read again from its start for each)
            before = text[max(0, m.start() - SOURCE_WINDOW):m.start()]
            name = source_name(before, acronym, function_words)
            if name is None and pair is not None:
                name = _known_name(pair, acronym, before)
            if name is not None:
                found[acronym] = Definition(acronym, name, acronym)
    return found


def copied_name(english: str, french: str) -> bool:
    """The translation's name is mostly the source's own words (« Caisse nationale d'assurance maladie »
    copied): no English name whose initials could differ. More than two thirds of its words, since an
    English name shares cognates with the French one ("African Union", « Union africaine »)."""
    french_words = {fold(w) for w in _TOKEN.findall(french)}
    words = [fold(w) for w in _TOKEN.findall(english) if len(w) > 2]
    return bool(words) and sum(w in french_words for w in words) * 3 > len(words) * 2


@memoize(TABLES)
def kept_acronyms(pair) -> frozenset[str]:
    """Acronyms human translators of the parallel news copy (SNCF, UMP): English keeps their letters."""
    return frozenset(row["french"] for row in pair.table("acronyms_kept"))


@memoize(TABLES)
def _known_bodies(pair) -> dict[tuple[str, tuple[str, ...]], str]:
    """(French acronym, its French name's content words) -> the English acronym (``acronym_bodies`` table)."""
    words = pair.source.function_words
    known = {}
    for index, row in enumerate(pair.table("acronym_bodies")):
        if not (row.get("french") and row.get("french_name") and row.get("english")):
            from mtqa.errors import DataError
            from mtqa.langs.data import data_path, table_line

            name = f"acronym_bodies.{pair.code}.tsv"
            raise DataError(f"a row without its french, french_name or english acronym: {row!r}",
                            path=str(data_path("names", name)), line=table_line(name, index))
        known[row["french"], _name_key(row["french_name"], words)] = row["english"]
    return known


@memoize(TABLES)
def _names_by_acronym(pair) -> dict[str, frozenset[tuple[str, ...]]]:
    """French acronym -> the keys (:func:`_name_key`) of the names the ``acronym_bodies`` table gives it."""
    out: dict[str, set] = {}
    for (acronym, key) in _known_bodies(pair):
        out.setdefault(acronym, set()).add(key)
    return {a: frozenset(keys) for a, keys in out.items()}


def _known_name(pair, acronym: str, before: str) -> Optional[str]:
    """The end of ``before`` that is a name the ``acronym_bodies`` table gives ``acronym``, as written; None
    when it ends with none."""
    keys = _names_by_acronym(pair).get(acronym)
    if not keys:
        return None
    words = pair.source.function_words
    for t in reversed(list(_TOKEN.finditer(before))[-MAX_NAME_WORDS:]):
        if _name_key(before[t.start():], words) in keys:
            return before[t.start():].strip()
    return None


def _name_key(name: str, function_words: frozenset[str]) -> tuple[str, ...]:
    return tuple(fold(t).lower() for t in _TOKEN.findall(name) if len(t) > 1 and t.lower() not in function_words)


def known_body(pair, acronym: str, name: str) -> Optional[str]:
    """The English acronym of the body the source defines as « ``name`` (``acronym``) », when the
    ``acronym_bodies`` table knows that body (GRC, Gendarmerie royale du Canada: RCMP), else None. Why: the initials
    of a word-for-word English name are no evidence that English has that acronym (a "Police Force of the Canada"
    spells PFC); a body's known English acronym is. The French acronym itself is returned for a body English
    calls by its French letters (CAF)."""
    return _known_bodies(pair).get((acronym, _name_key(name, pair.source.function_words)))


SCOPES = frozenset({"own", "home", "beyond"})
"""The scopes a row of the ``acronym_scope`` table may give a word (see :func:`scope`)."""


@memoize(TABLES)
def scope_words(pair) -> dict[str, str]:
    """Folded words of a source name and the scope they give it (``acronym_scope`` table's words and their
    plurals, then the demonyms table's: ``home`` rows ``own``, regions ``beyond``, other nationalities
    ``foreign``); see :func:`scope`."""
    words: dict[str, str] = {}
    for row in pair.table("acronym_scope"):
        if row["scope"] not in SCOPES:
            from mtqa.errors import DataError
            from mtqa.langs.data import data_path

            raise DataError(f"scope {row['scope']!r} of {row['word']!r} is none of {', '.join(sorted(SCOPES))}",
                            path=str(data_path("names", f"acronym_scope.{pair.code}.tsv")))
        for form in (fold(row["word"]), fold(pair.source.plural(row["word"]))):
            words.setdefault(form, row["scope"])
    for row in pair.table("demonyms"):
        if row["kind"] == "prefix":
            continue
        scope = "own" if row.get("home") == "yes" else "beyond" if row["kind"] == "region" else "foreign"
        for base in (row["masculine"], row["feminine"]):
            if base:
                for form in (fold(base), fold(pair.source.plural(base))):
                    words.setdefault(form, scope)
    return words


def scope(name: str, pair) -> str:
    """Whose body the source name names, as far as its words tell: ``home`` when English keeps its letters (a
    nationality whose institutions are named in French or another Romance language: sénégalaise, espagnol; else
    the word national), ``beyond`` when English names it in English with letters of its own (international,
    Golfe, africaine, or another nationality: « Armée syrienne libre », FSA), ``proper`` when a proper noun stands
    inside a name otherwise in lower case (« Organisation de coopération de Shanghai »: a body named after a
    place, which English names in English unless its letters are English's already), else ``""`` (« Ligue des
    droits de l'homme »: nothing says that English has letters of its own, and a French body keeps its letters
    in English)."""
    words = scope_words(pair)
    tokens = [t for t in _TOKEN.findall(name) if len(t) > 1]
    found = {words.get(fold(t)) for t in tokens}
    if "own" in found:
        return "home"
    if "beyond" in found or "foreign" in found:
        return "beyond"
    if "home" in found:
        return "home"
    rest = [t for t in tokens[1:] if t.lower() not in pair.source.function_words]
    if any(t[0].isupper() for t in rest) and any(t[0].islower() for t in rest):
        return "proper"
    return ""
