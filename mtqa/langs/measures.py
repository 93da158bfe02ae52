"""Measures and counts written in French grammar, read as grammar: the one owner of ``measure_calques`` in
``mtqa/data/langs/<lang>.toml``.

French links a measure to what it measures with « de » (« une étape longue de 172 km », « une délégation forte
de 60 membres », « âgé de 58 ans », « un producteur de 58 ans ») and a part to its total with « dont » and no verb
(« 12 morts, dont 3 enfants »). Machine translation keeps both ("a stage long of 172 km", "aged of 58 years", "a
producer of 58 years", "12 dead, of which 3 children"), which English does not write: it puts the measure first
("172 km long", "60-strong", "aged 58", "a 58-year-old producer") and lists the part with "including" ("of which"
needs a verb: "of which three were children"). A list of phrases reaches the words it lists; these readings take
any figure (the figures and units are :mod:`mtqa.numbers`' conventions) with the target language's word classes.
Why these shapes and not others ("a sentence of two years", "a total of 60", "a period of five years" are
English): see ``measure_calques`` in ``en.toml`` for the counts in the references.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple, Optional

from mtqa.langs import language
from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import DataError, alternation as _alt, built_from, data_path

_DIGITS = r"\d+(?:[.,\u00a0\u202f ]\d+)*(?:\s?%)?"
"""A figure in digits, with its group and decimal separators ("6 365", "74,000", "47.3%")."""


def _table(lang: str, keys: tuple, name: str = "measure_calques") -> Optional[dict]:
    """``lang``'s ``measure_calques`` (the target side: the shapes a translation into it copies) or
    ``measure_links`` (the source side: the links it writes), with ``keys`` checked; None when the language has
    none (English has no source side, French no target side). A DataError naming ``<lang>.toml`` when a key is
    missing or of the wrong type (a list, or a string for ``aged``, ``part_word``, ``part_link``): the reading
    would otherwise stop with a KeyError or read nothing silently."""
    table = language(lang).extra.get(name)
    if not table:
        return None
    for key in keys:
        single = key in ("aged", "part_word", "part_link")
        value = table.get(key)
        if not (isinstance(value, str) and value if single else isinstance(value, list) and value):
            kind = "a word" if single else "a list of words"
            raise DataError(f"{data_path('langs', f'{lang}.toml')}: {name}.{key} is missing or not "
                            f"{kind}")
    return table


def _figure(lang: str, approximations: list) -> str:
    """A figure in digits or in words of ``lang``'s number conventions, after an optional approximation."""
    from mtqa.numbers import conventions

    words = sorted((w for w in conventions(lang).words if w.replace("-", "").isalpha()), key=len, reverse=True)
    said = rf"(?:{_alt(words)})(?:[\s-](?:{_alt(words)}))*" if words else r"(?!)"
    return rf"(?:(?:{_alt(approximations)})\s+)?(?:{_DIGITS}|{said})\b"


class MeasureAdjective(NamedTuple):
    start: int
    end: int
    adjective: str
    measure: str
    """The figure with its unit ("172 km", "60 members", "58 years")."""
    suggestion: str


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def adjective_pattern(lang: str) -> Optional[re.Pattern]:
    """An adjective of a measure, "of" and a figure (or a range of two: "aged of 18 to 21 years") with an optional
    unit or counted noun: "long of 172 km", "strong of 60 members", "aged of 58 years (old)"."""
    table = _table(lang, ("adjectives", "aged", "approximations", "age_units", "range_links"))
    if table is None:
        return None
    fig = _figure(lang, table["approximations"])
    return re.compile(rf"(?<![\w-])(?P<adj>{_alt(table['adjectives'])})\s+of\s+(?P<measure>{fig}(?:\s+(?:{_alt(table['range_links'])})\s+{fig})?"
                      rf"(?:[\s-](?P<unit>(?-i:[a-z])[\w/]*(?:\s+old\b)?))?)", re.I)


def measure_adjectives(text: str, lang: str) -> Iterator[MeasureAdjective]:
    """Each adjective linked to its measure by "of" in ``text`` (:func:`adjective_pattern`), with the English
    order as its suggestion: the measure before the adjective ("172 km long", "60 members strong"), and a bare
    age after ``aged`` ("aged 58")."""
    pattern = adjective_pattern(lang)
    if pattern is None or " of " not in text:
        return
    table = _table(lang, ("determiners",))
    determiners = frozenset(d.lower() for d in table["determiners"])
    units = _unit_words(lang)
    for m in pattern.finditer(text):
        adj, measure, unit = m.group("adj"), m.group("measure"), m.group("unit")
        before = re.search(r"([^\W\d_]+)\s+$", text[: m.start()])
        if before and before.group(1).lower() in determiners:
            continue  # "the aged of 80 and over", "the old of the village": the adjective made a noun
        end = m.end()
        if unit and unit.split()[0].lower() not in units and not unit.endswith("s"):
            measure, end = measure[: m.start("unit") - m.start("measure")].rstrip(" -"), m.start("unit") - 1
        if adj.lower() == table["aged"]:
            bare = re.sub(rf"[\s-]+(?:{_alt(table['age_units'])})(?:\s+old)?$", "", measure, flags=re.I)
            suggestion = f"{adj} {bare}"
        else:
            suggestion = f"{measure} {adj}"
        yield MeasureAdjective(m.start(), end, adj, measure, suggestion)


@memoize(TABLES)
def _unit_words(lang: str) -> frozenset:
    from mtqa.numbers import conventions

    return frozenset(u.lower().split()[0] for u in conventions(lang).units)


class AgedNoun(NamedTuple):
    start: int
    end: int
    noun: str
    age: str
    suggestion: str


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def aged_noun_pattern(lang: str) -> Optional[re.Pattern]:
    """An indefinite article, a noun (one adjective may stand before it), "of", a figure and a unit of age, not
    followed by what makes it a span ("of age", "ago", "of service"): "a producer of 58 years", "A boy of seven
    years old"."""
    table = _table(lang, ("age_nouns", "age_suffixes", "age_units", "articles"))
    if table is None:
        return None
    words = _alt(table["articles"])
    fig = _figure(lang, [])
    return re.compile(rf"\b(?P<art>{words})\s+(?P<adj>(?-i:[a-z])[\w-]+\s+)?(?P<noun>[^\W\d_][\w-]+)\s+of\s+"
                      rf"(?P<age>{fig})[\s-](?:{_alt(table['age_units'])})(?P<old>\s+old)?\b(?![’'])"
                      rf"(?!\s+(?:of|ago|earlier|later|before|after|in|at|on|with|as|to|and\s+\w+\s+months?)\b)",
                      re.I)


def aged_nouns(text: str, lang: str) -> Iterator[AgedNoun]:
    """Each person given an age by "of <n> years" in ``text`` (:func:`aged_noun_pattern`), with the compound
    English writes as its suggestion ("a 58-year-old producer")."""
    pattern = aged_noun_pattern(lang)
    if pattern is None or " of " not in text:
        return
    table = _table(lang, ())
    nouns = frozenset(n.lower() for n in table["age_nouns"])
    suffixes = tuple(table["age_suffixes"])
    redundant = frozenset(a.lower() for a in table.get("age_adjectives", ()))
    for m in pattern.finditer(text):
        noun = m.group("noun")
        low = noun.lower()
        if low not in nouns and not (len(low) > 5 and low.endswith(suffixes)) and not noun[:1].isupper():
            continue  # a capitalised noun is a person or a name given an age ("an Australian", "a Boeing")
        age = m.group("age")
        adj = m.group("adj") or ""
        if adj.strip().lower() in redundant:  # "an old man of 93 years": "a 93-year-old man"
            adj = ""
        article = _article(adj or age, m.group("art"))
        yield AgedNoun(m.start(), m.end(), noun, age, f"{article} {adj}{age}-year-old {noun}")


def _article(figure: str, written: str) -> str:
    """The indefinite article before a figure or an adjective as it is said: "an 18-year-old", "an eight-year-old",
    "a 58-year-old", "an old"."""
    low = figure.lower()
    vowel = bool(re.match(r"(?:8|11(?!\d)|11\d\d(?!\d)|18(?!\d)|18\d\d(?!\d)|eight|eleven|[aeio]|un(?!i))", low))
    article = "an" if vowel else "a"
    return article.capitalize() if written[:1].isupper() else article


class PartWithoutVerb(NamedTuple):
    start: int
    end: int
    link: str
    part: str


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def part_pattern(lang: str) -> Optional[re.Pattern]:
    """A comma, a link of a part (the target's ``part_links``, or the source's ``part_link``), a figure and the
    rest of its clause, up to a comma, a semicolon, a colon, a bracket, a quotation mark, the end of the sentence,
    or "and" before a second figure."""
    source = _source_side(lang)
    table = _table(lang, ("part_link" if source else "part_links", "approximations", "finite_words"),
                   "measure_links" if source else "measure_calques")
    if table is None:
        return None
    links = [table["part_link"]] if source else table["part_links"]
    fig = _figure(lang, table["approximations"])
    return re.compile(rf",\s+(?P<link>{_alt(links)})\s+(?P<part>{fig}(?:(?![,;:()\"“”«»]|[.!?](?:\s|$)).)*)",
                      re.I)


def _source_side(lang: str) -> bool:
    """Whether ``lang`` is read on the source side only (its table is ``measure_links``)."""
    extra = language(lang).extra
    return not extra.get("measure_calques") and bool(extra.get("measure_links"))


@memoize(TABLES)
def _finite(lang: str) -> frozenset:
    """The language's ``finite_words`` and the simple pasts of its irregular verbs (``inflection.toml``: "of
    which 12 won prizes", "of whom two fled"), which no ending shows."""
    from mtqa.langs.inflection import inflection

    words = {w.lower() for w in _table(lang, ("finite_words",),
                                       "measure_links" if _source_side(lang) else "measure_calques")["finite_words"]}
    verbs = inflection(lang)
    if verbs is not None:
        words.update(past for pasts, _ in verbs.irregular.values() for past in pasts)
    return frozenset(words)


def _has_verb(part: str, lang: str) -> bool:
    """Whether the words of ``part`` make a finite clause: one of the language's ``finite_words`` or irregular
    pasts, or an ending of
    a finite verb (English "-ed": "were killed", "motivated"; French third persons "-ent", "-ait", "-aient", not
    "-ment")."""
    finite = _finite(lang)
    for word in re.findall(r"[^\W\d_][\w'’]*", part):
        low = word.lower()
        if low in finite or (lang == "en" and len(low) > 3 and low.endswith("ed")):
            return True
        if lang == "fr" and len(low) > 4 and (low.endswith(("aient", "ait")) or
                                             (low.endswith("ent") and not low.endswith("ment"))):
            return True
    return False


def parts_without_verb(text: str, lang: str) -> Iterator[PartWithoutVerb]:
    """Each part of a total introduced by "of which" (« dont ») with a figure and no verb in ``text``."""
    pattern = part_pattern(lang)
    if pattern is None:
        return
    for m in pattern.finditer(text):
        part = m.group("part").rstrip()
        if not _has_verb(part, lang):
            yield PartWithoutVerb(m.start("link"), m.start("part") + len(part), m.group("link"), part)


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def source_measure_pattern(lang: str) -> Optional[re.Pattern]:
    """The source's link of a measure before a figure (« de 172 km », « d'environ 300 », « de 58 ans »)."""
    table = _table(lang, ("measure_link", "approximations"), "measure_links")
    if table is None:
        return None
    return re.compile(rf"(?<!\w)(?:{_alt(table['measure_link'])})\s*{_figure(lang, table['approximations'])}", re.I)


def source_has_measure(source: str, lang: str) -> bool:
    """Whether ``source`` links a figure with its language's ``measure_link``: the French shape the English
    copies (without a source, or for a language without the table, True: the English shape is read alone)."""
    pattern = source_measure_pattern(lang)
    return pattern is None or bool(pattern.search(source))


def source_has_part(source: str, lang: str) -> bool:
    """Whether ``source`` introduces a part with its ``part_link`` and a figure and no verb (« dont 3 enfants »)."""
    if not _source_side(lang):
        return True
    return any(True for _ in parts_without_verb(source, lang))


__all__ = ["measure_adjectives", "aged_nouns", "parts_without_verb", "part_word", "source_has_measure", "source_has_part",
           "DataError"]


def part_word(lang: str) -> str:
    """What ``lang`` writes for a part of a total instead of "of which" ("including")."""
    table = _table(lang, ("part_word",))
    return table["part_word"] if table else ""
