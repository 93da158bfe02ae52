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
from typing import Iterator, Mapping, NamedTuple, Optional

from mtqa.langs import language
from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import DataError, alternation as _alt, built_from, data_path

_DIGITS = r"\d+(?:[.,\u00a0\u202f ]\d+)*(?:\s?%)?"
"""A figure in digits, with its group and decimal separators ("6 365", "74,000", "47.3%")."""


_SINGLE_WORDS = frozenset({"aged", "part_word", "part_link", "link", "age_old", "adverb_part"})
"""The keys of ``measure_calques`` and ``measure_links`` whose value is one word, not a list: the schema the
readers below rely on, checked in one place (:func:`_table`)."""


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
        single = key in _SINGLE_WORDS
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
    return rf"(?:(?:{_alt(approximations)})\s+)?(?:{_DIGITS}(?![\d.,]?\d)|{said}\b)"


class MeasureAdjective(NamedTuple):
    start: int
    end: int
    adjective: str
    measure: str
    """The figure with its unit ("172 km", "60 members", "58 years")."""
    suggestion: str
    is_age: bool = False
    """The adjective is ``aged``: its source may give the age without an adjective (« 2 filles de 10 et 12 ans »)."""


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def adjective_pattern(lang: str) -> Optional[re.Pattern]:
    """An adjective of a measure, "of" and a figure (or a range of two: "aged of 18 to 21 years") with an optional
    unit (spaced or glued: "300 m", "2.5m") or counted noun: "long of 172 km", "strong of 60 members", "aged of 58
    years (old)". The adjective is read in lower case only: a capitalised "Long", "Strong" or "Wide" before "of"
    and a figure is a surname with an address or a record ("Mr Long of 45 Belmont Road"), not a measure."""
    table = _table(lang, ("adjectives", "aged", "approximations", "age_units", "range_links", "link", "age_old"))
    if table is None:
        return None
    fig = _figure(lang, table["approximations"])
    link, old = re.escape(table["link"]), re.escape(table["age_old"])
    adjectives = _alt(a.lower() for a in (*table["adjectives"], *(table.get("length_adjectives") or ())))
    return re.compile(rf"(?<![\w-])(?P<adj>{adjectives})\s+{link}\s+(?P<measure>{fig}(?:\s+(?:{_alt(table['range_links'])})\s+{fig})?"
                      rf"(?:(?:[\s-]|(?<=\d))(?P<unit>[a-z][\w/]*(?:\s+{old}\b)?))?)(?![\d.,]\d)")


def measure_adjectives(text: str, lang: str) -> Iterator[MeasureAdjective]:
    """Each adjective linked to its measure by "of" in ``text`` (:func:`adjective_pattern`), with the English
    order as its suggestion: the measure before the adjective ("172 km long", "300 m tall", "60 men strong"), a
    bare age after ``aged`` ("aged 58"), and the verb of ``measure_calques.measure_verbs`` before the measure
    where English writes no "N <unit> <adjective>" ("heavy of 3 kg": "weighing 3 kg")."""
    pattern = adjective_pattern(lang)
    if pattern is None or " of " not in text:
        return
    table, determiners, verbs, contracted = _adjective_words(lang)
    if not any(a in text for a in _adjective_literals(lang)):
        return  # none of the pattern's adjectives ("long", "aged", in lower case) is in the text: most with " of "
    units = _unit_words(lang)
    lengths = _length_words(lang)
    for m in pattern.finditer(text):
        adj, measure, unit = m.group("adj"), m.group("measure"), m.group("unit")
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        word = before.group(1).lower().replace("‐", "-").replace("‑", "-") if before else ""
        if adj in lengths[0] and (not (unit and unit.split()[0].lower() in lengths[1]) or word in lengths[2]):
            continue  # "a high of 4.5%", "an all-time high of 10 m": the noun of a peak, not a height
        if word in determiners or word.endswith(_POSSESSIVE) and word[:-2] not in contracted:
            continue  # "the aged of 80 and over", "the season's high of 300 m": the adjective made a noun;
            # "he's aged of 45" is "he is", a contraction (contracted_pronouns), and is read
        end = m.end()
        if unit and not (unit.split()[0].lower() in units or _counted(unit.split()[0], lang)):
            # a word after the figure that is neither a unit nor a counted noun: the measure ends at the figure
            measure, end = measure[: m.start("unit") - m.start("measure")].rstrip(" -"), m.start("unit") - 1
            end = m.start("measure") + len(measure)
        if adj == table["aged"]:
            bare = re.sub(rf"[\s-]+(?:{_alt(table['age_units'])})(?:\s+{re.escape(table['age_old'])})?$", "", measure,
                          flags=re.I)
            suggestion = f"{adj} {bare}"
        elif adj in verbs:
            suggestion = f"{verbs[adj]} {measure}"
        else:
            suggestion = f"{measure} {adj}"
        yield MeasureAdjective(m.start(), end, adj, measure, suggestion, adj == table["aged"])


_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:[-‐‑][^\W\d_]+)*(?:['’]s)?)\s+$")
"""The word before an adjective, a hyphenated one whole ("all-time", the peak words' own spelling) and with its
possessive "'s" ("the season's high": a determiner, so "high" is the noun of a peak)."""
_POSSESSIVE = ("'s", "’s")


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def _adjective_words(lang: str) -> tuple[dict, frozenset, dict, frozenset]:
    """(``measure_calques`` of ``lang``, its ``determiners``, the keys of its ``measure_verbs`` and its
    ``contracted_pronouns``, in lower case) for :func:`measure_adjectives`, read once per language. Why: they were
    read again for every segment with " of " and a measure adjective's match (most translations), a set and a dict
    built each time for the same answers."""
    table = _table(lang, ("determiners",))
    return (table, frozenset(d.lower() for d in table["determiners"]),
            {k.lower(): v for k, v in (table.get("measure_verbs") or {}).items()},
            frozenset(w.lower() for w in table.get("contracted_pronouns") or ()))


def _counted(word: str, lang: str) -> bool:
    """Whether ``word`` after a figure is a plural noun counted by it ("60 men", "3,000 people", "60 members"):
    the language's one plural rule (:meth:`Language.is_plural_noun`), so the suggestion carries the noun with its
    figure ("60 men strong") instead of leaving it after the adjective ("60 strong men")."""
    return word[:1].islower() and language(lang).is_plural_noun(word.lower())


@memoize(TABLES)
def _adjective_literals(lang: str) -> tuple[str, ...]:
    """The adjectives :func:`adjective_pattern` opens with, in lower case as it reads them: one of them is in
    every text it matches, so a text holding none is not scanned. Why: the pattern tries its adjectives at
    every position of each translation with " of " (most of them), and substring searches (in C) rule out
    nearly all of those texts first."""
    table = _table(lang, ("adjectives",))
    return tuple(sorted({a.lower() for a in (*table["adjectives"], *(table.get("length_adjectives") or ())) if a}))


@memoize(TABLES)
def _length_words(lang: str) -> tuple[frozenset, frozenset, frozenset]:
    """(``measure_calques.length_adjectives``, the units of length, ``length_peak_words``): the adjectives that are
    nouns of a peak too ("a high of 4.5%", "a record high of 10 m"), read as the adjective of a height only before
    a unit of length and not after a word of a peak ("high of 17 metres": "17 metres high"). The units are :mod:`mtqa.numbers`' units of the language whose
    dimension is ``length`` and the symbols of ``measure_calques.length_symbols`` ("m")."""
    from mtqa.numbers import conventions

    table = _table(lang, ()) or {}
    units = {u.lower() for u, spec in conventions(lang).units.items() if spec and spec[0] == "length"}
    units.update(s.lower() for s in table.get("length_symbols") or ())
    return (frozenset(a.lower() for a in table.get("length_adjectives") or ()), frozenset(units),
            frozenset(w.lower() for w in table.get("length_peak_words") or ()))


@memoize(TABLES)
def _unit_words(lang: str) -> frozenset:
    """The units a measure keeps with its figure: :mod:`mtqa.numbers`' units of the language and the symbols of
    ``measure_calques.units`` that it does not list as words of a figure ("300 m", "3 g"): without them the unit
    would be cut off the suggestion ("300 tall" for "tall of 300 m")."""
    from mtqa.numbers import conventions

    extra = (_table(lang, ()) or {}).get("units") or ()
    return frozenset(u.lower().split()[0] for u in (*conventions(lang).units, *extra))


class AgedNoun(NamedTuple):
    start: int
    end: int
    noun: str
    age: str
    suggestion: str
    unit_compound: str = "year"
    """The unit of the age in its compound ("year", "month"), which the source's unit must agree with."""


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def aged_noun_pattern(lang: str) -> Optional[re.Pattern]:
    """An indefinite article, a noun (one adjective may stand before it), "of", a figure and a unit of age, not
    followed by what makes it a span ("of age", "ago", "of service"): "a producer of 58 years", "A boy of seven
    years old"."""
    table = _table(lang, ("age_nouns", "age_suffixes", "age_units", "articles", "link", "age_old", "age_span_after"))
    if table is None:
        return None
    words = _alt(table["articles"])
    fig = _figure(lang, [])
    return re.compile(rf"\b(?P<art>{words})\s+(?P<adj>[^\W\d_][\w-]+\s+)?(?P<noun>[^\W\d_][\w-]+)\s+{re.escape(table['link'])}\s+"
                      rf"(?P<age>{fig})[\s-](?P<unit>{_alt(table['age_units'])})(?P<old>\s+{re.escape(table['age_old'])})?\b(?![’'])"
                      rf"(?!\s+(?:{_alt(table['age_span_after'], str, ordered=True)})\b)",
                      re.I)


def aged_nouns(text: str, lang: str) -> Iterator[AgedNoun]:
    """Each person given an age by "of <n> years" (or months) in ``text`` (:func:`aged_noun_pattern`), with the
    compound English writes as its suggestion ("a 58-year-old producer", "an 18-month-old baby"); an adjective
    the age makes redundant ("young", "teenage", "old": ``age_adjectives``) is left out of it."""
    pattern = aged_noun_pattern(lang)
    if pattern is None or " of " not in text:
        return
    table = _table(lang, ())
    lowered = text.lower()
    if not any(unit in lowered for unit in _age_units(lang)):
        return  # no unit of age at all (most segments): the pattern, tried at every article, cannot match
    nouns, suffixes, redundant, compounds = _age_words(lang)
    for m in pattern.finditer(text):
        noun = m.group("noun")
        low = noun.lower()
        if low not in nouns and not (len(low) > 5 and low.endswith(suffixes)) and not noun[:1].isupper():
            continue  # a capitalised noun is a person or a name given an age ("an Australian", "a Boeing")
        if (m.group("adj") or "")[:1].isupper() and not noun[:1].islower():
            continue  # two capitalised words are a name ("a Long Island"), read only before a common noun
        age = m.group("age")
        adj = m.group("adj") or ""
        if adj.strip().lower() in redundant:  # "an old man of 93 years": "a 93-year-old man"
            adj = ""
        unit = compounds.get(m.group("unit").lower(), m.group("unit").lower())
        article = _article(adj or age, m.group("art"), lang)
        yield AgedNoun(m.start(), m.end(), noun, age, f"{article} {adj}{age}-{unit}-{table['age_old']} {noun}", unit)


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def _age_units(lang: str) -> tuple[str, ...]:
    """``measure_calques.age_units`` of ``lang`` in lower case, in order: :func:`aged_nouns`' screen of every
    segment with " of ", lowered once per language instead of once per segment."""
    return tuple(unit.lower() for unit in _table(lang, ())["age_units"])


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def _age_words(lang: str) -> tuple[frozenset, tuple, frozenset, Mapping]:
    """(age nouns, age suffixes, adjectives an age makes redundant, unit compounds keyed in lower case) of
    ``lang``'s ``measure_calques``, read by :func:`aged_nouns` once per language (they were built again for every
    segment holding a unit of age). Every part is read-only (the compounds a ``MappingProxyType``): the one
    object is shared by every caller of the run."""
    from types import MappingProxyType

    table = _table(lang, ())
    return (frozenset(n.lower() for n in table["age_nouns"]), tuple(table["age_suffixes"]),
            frozenset(a.lower() for a in _words_list(lang, "age_adjectives")),
            MappingProxyType({k.lower(): v for k, v in (table.get("age_unit_compounds") or {}).items()}))


def _words_list(lang: str, key: str) -> tuple:
    """``measure_calques.<key>`` of ``lang``, a list of words (empty when absent); a DataError naming the file when
    it is there and not a list (a string would be read one letter at a time)."""
    value = (_table(lang, ()) or {}).get(key, [])
    if not isinstance(value, list):
        raise DataError(f"{data_path('langs', f'{lang}.toml')}: measure_calques.{key} is not a list of words")
    return tuple(value)


@memoize(TABLES)
def _article_patterns(lang: str) -> tuple:
    """(said with a vowel, written with a vowel but said with a consonant): ``an_before`` and ``a_before`` of the
    language compiled once; English chooses "a" or "an" by the sound ("an 18-", "a one-year-old"), not the letter."""
    return (re.compile(_alt(_words_list(lang, "an_before"), lambda p: f"(?:{p})", ordered=True)),
            re.compile(_alt(_words_list(lang, "a_before"), lambda p: f"(?:{p})", ordered=True)))


def indefinite_article(word: str, written: str, lang: str = "en") -> str:
    """The indefinite article ``lang`` writes before ``word`` ("an" before "outcry", "a" before "one-off", "union"),
    in the case of the article ``written`` in the text: the one reader of ``an_before`` / ``a_before`` for the
    checks that put a word of their own after an article already written (an A501 suggestion after "a")."""
    article = _article(word, written, lang)
    return article.upper() if len(written) > 1 and written.isupper() else article


_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“‘]))(an?)\s+$", re.IGNORECASE)


def article_agreed(target: str, start: int, suggestion: str, lang: Optional[str]) -> tuple[int, str]:
    """(start, suggestion) with the indefinite article written just before the trap made the one the suggestion's
    first word takes, the span widened over it: "a sorrow" -> "an outcry", "an enveloppe" -> "a budget". Why: the
    article stands outside the trap (and outside the phrase A626 turns round: "an agreement of lithium" -> "a lithium
    agreement"), and a suggestion pasted after it as written breaks the sentence ("a outcry"); which article a word
    takes is the language's (:func:`indefinite_article`). A suggestion that opens with a function word of the language ("the spotlight") is left to the entry. A capital "A" is read
    as the article only at a sentence's start: elsewhere it names something ("Plan A militants", "the list A
    militant"), and the span never takes in an article before a plural suggestion ("activists")."""
    if not lang or not suggestion or not suggestion[:1].isalnum():
        return start, suggestion
    m = _ARTICLE_BEFORE.search(target, 0, start)
    if m is None:
        return start, suggestion
    written = m.group(1)
    if written[:1].isupper():
        before = target[:m.start(1)].rstrip(" \t\"“‘(«")
        if before and before[-1] not in ".!?:…":
            return start, suggestion  # "Plan A militants": a letter that names the plan, no article
    words = suggestion.split(" ")
    first, profile = words[0], language(lang)
    if first.lower() in profile.function_words or profile.is_plural_noun(words[-1].lower()):
        return start, suggestion
    article = indefinite_article(first, written, lang)
    if article.lower() == written.lower():
        return start, suggestion
    return m.start(1), f"{article} {suggestion}"


def _article(figure: str, written: str, lang: str = "en") -> str:
    """The indefinite article before a figure or an adjective as it is said: "an 18-year-old", "an eight-year-old",
    "a 58-year-old", "an old", "a one-year-old" (``an_before`` and ``a_before`` of the language)."""
    low = figure.lower()
    vowel, consonant = _article_patterns(lang)
    article = "an" if vowel.match(low) and not consonant.match(low) else "a"
    return article.capitalize() if written[:1].isupper() else article


class PartWithoutVerb(NamedTuple):
    start: int
    end: int
    link: str
    part: str
    suggestion: str = ""
    """What English writes for the link and the part ("including 3 children", "12 of them seriously")."""


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def part_pattern(lang: str) -> Optional[re.Pattern]:
    """A comma, a link of a part (the target's ``part_links``, or the source's ``part_link``), a figure and the
    rest of its sentence up to a semicolon, a colon, a quotation mark or the sentence's end: commas and brackets
    do not end it here, because an aside between them ("of which one, the Aurora, sank") leaves the part's verb
    after it (:func:`_clause`)."""
    source = _source_side(lang)
    table = _table(lang, ("part_link" if source else "part_links", "approximations", "finite_words"),
                   _name(lang))
    if table is None:
        return None
    links = [table["part_link"]] if source else table["part_links"]
    fig = _figure(lang, table["approximations"])
    openers = table.get("part_openers") or ()
    opener = rf"|(?:{_alt(openers)})\s+(?=[^\W\d_])|(?-i:[A-Z])(?=[\w'’-]*[^\W\d_])" if openers else ""
    return re.compile(rf",\s+(?P<link>{_alt(links)})\s+(?P<part>(?:{fig}{opener})(?:(?![;:\"“”«»]|[.!?](?:\s|$)).)*)",
                      re.I)


def approximations(lang: str) -> tuple[str, ...]:
    """``lang``'s words before a figure that make it approximate (``measure_calques.approximations``: "more than",
    "nearly"), () when the language has no ``measure_calques``: read by A627's and A629's object openers too
    ("had seen flourish more than 11,000 shops"), one list of them."""
    table = _table(lang, ("approximations",))
    return tuple(table["approximations"]) if table else ()


@memoize(TABLES)
def _figure_at(lang: str) -> re.Pattern:
    """The figure that opens a part ("12", "one", "about 40%"), to read the words after it."""
    return re.compile(_figure(lang, _table(lang, ("approximations",), _name(lang))["approximations"]), re.I)


def _name(lang: str) -> str:
    return "measure_links" if _source_side(lang) else "measure_calques"


def _source_side(lang: str) -> bool:
    """Whether ``lang`` is read on the source side only (its table is ``measure_links``)."""
    extra = language(lang).extra
    return not extra.get("measure_calques") and bool(extra.get("measure_links"))


class _Verbs(NamedTuple):
    finite: frozenset
    endings: tuple
    least: int
    exceptions: tuple
    scale: frozenset
    followers: frozenset


@memoize(TABLES)
def _verbs(lang: str) -> _Verbs:
    """The language's knowledge of a finite clause, read once: ``finite_words`` with the simple pasts of its
    irregular verbs (``inflection.toml``: "of which 12 won prizes"), ``finite_endings`` (longer than
    ``finite_ending_least`` letters, not ending in ``finite_ending_exceptions``), and the ``scale_words`` and
    ``noun_followers`` the reading of a verb after the figure needs (:func:`_verb_after_figure`)."""
    from mtqa.langs.inflection import inflection

    table = _table(lang, ("finite_words",), _name(lang))
    words = {w.lower() for w in table["finite_words"]}
    verbs = inflection(lang)
    if verbs is not None:
        words.update(past for pasts, _ in verbs.irregular.values() for past in pasts)
    lower = lambda key: tuple(str(w).lower() for w in table.get(key) or ())
    return _Verbs(frozenset(words), lower("finite_endings"), int(table.get("finite_ending_least", 4)),
                  lower("finite_ending_exceptions"), frozenset(lower("scale_words")), frozenset(lower("noun_followers")))


_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def _finite_word(word: str, lang: str) -> bool:
    """Whether ``word`` alone makes a clause finite: a word of ``finite_words`` or an irregular past, a word with
    a ``finite_ending``, or a finite form of the language's dictionaries (French Hunspell's third persons:
    « sert », « finit », « couvre », « font »; :meth:`Language.is_finite_verb_form`)."""
    table, low = _verbs(lang), word.lower()
    if low in table.followers:
        return False  # "aged", "including": a word that follows a noun, whatever its ending
    if low in table.finite:
        return True
    if len(low) >= table.least and low.endswith(table.endings) and not low.endswith(table.exceptions):
        return True
    return language(lang).is_finite_verb_form(low)


def _verb_after_figure(words: list, lang: str) -> bool:
    """Whether the first word after the figure (and its ``scale_words``: "1 billion funds") is the part's verb, read
    with the inflection dictionary (``inflection.toml`` and Hunspell, not a list): a lower-case word that is a
    verb's base or -s form (its past is a word of the dictionaries, or it is an irregular verb's form), and either
    not a plural noun (a plural figure counts a plural noun, so a base form after it is a verb: "of whom 200
    face", "of whom 80% pay"), or an -s form after a scale word ("of which 2 million comes from"), or followed by a
    word that follows no counted noun ("of which 40% ends up", "covers pensions"; not "3 cases of flu", "60 seats
    in Paris", "3 cases." at the clause's end)."""
    from mtqa.langs.inflection import inflection

    verbs = inflection(lang)
    table = _verbs(lang)
    low = [w.lower() for w in words]
    at = 0
    while at < len(low) and low[at] in table.scale:
        at += 1
    if verbs is None or at >= len(low) or not words[at][:1].islower():
        return False
    word = low[at]
    if verbs.base(word) is None:
        stems = [word] + ([word[:-1], word[:-2], word[:-3] + "y"] if word.endswith("s") else [])
        dictionaries = language(lang).dictionaries
        if not any(len(stem) > 2 and (past := verbs.inflect(stem, "past")) != stem
                   and any(d.lookup(past) for d in dictionaries) for stem in stems):
            return False
    if not language(lang).is_plural_noun(word) or (at and word.endswith("s")):
        return True  # a base form after a plural figure; an -s form after "million", "billion": a singular amount
    return at + 1 < len(low) and low[at + 1] not in table.followers


def _clause(part: str) -> list:
    """The words of the part's clause: brackets are asides and left out ("of which 60 (half) are held"); the words
    to the first comma, and where a comma closes an aside ("of which one, the Aurora, sank") the words after the
    aside as well, which hold the verb an aside puts off."""
    part = re.sub(r"\([^)]*\)?", " ", part)
    pieces = re.split(r",(?!\d)", part)  # not the comma of a figure ("74,000")
    words = _WORDS.findall(pieces[0])
    return words, [_WORDS.findall(p) for p in pieces[2:3]]


def _has_verb(part: str, lang: str) -> bool:
    """Whether the part's clause is finite: a finite word anywhere in it (:func:`_finite_word`), the verb after
    its figure (:func:`_verb_after_figure`), or, where the figure stands alone before an aside, a clause after the
    aside that opens with a finite word, a verb or an adverb ("of which one, the Aurora, sank"; "of whom two, both
    children, seriously"). A figure with a noun or an adverb before the comma is a whole part, and what follows
    the comma is the sentence's ("of which one seriously, evacuated by ..., has added")."""
    words, after = _clause(part)
    figure = _figure_at(lang).match(part)
    if figure is None:
        return _noun_part_has_verb(words, lang)
    if any(w[:1].islower() and _finite_word(w, lang) for w in words) or _verb_after_figure(words, lang):
        return True  # a capitalised word is a name, not a verb (« dont 40 % vers la Chine »: not « chiner »)
    if figure and _WORDS.search(re.split(r",(?!\d)|\(", part[figure.end():], 1)[0]):
        return False  # a figure with its noun or adverb before the comma is a whole part ("of which 855 civilians,
        #  65 policemen ..."; "of which one seriously, evacuated ..."): what follows is not its verb
    table = _table(lang, (), _name(lang))
    adverbs = tuple(table.get("adverb_endings") or ())
    for rest in after:
        if rest and (_finite_word(rest[0], lang) or _verb_after_figure(rest, lang)
                     or (adverbs and rest[0].lower().endswith(adverbs) and len(rest) == 1)):
            return True
    return False


def _noun_part_has_verb(words: list, lang: str) -> bool:
    """Whether a part that opens with no figure (« dont des figurines mayas », "of which Moody's", "of which a
    world medallist") holds a verb: a finite word in lower case (a capitalised word there is a name: « Chine »,
    not a form of « chiner »), or an -s form read as the verb after a figure is ("of which a part goes to China";
    not "Aztec masks", a plural at the clause's end, nor "figurines and"). A base form is no verb here: it would
    follow a singular noun ("a large part towards China"). The words are those before the first comma: a noun
    phrase there is a whole part, and what follows the comma is the sentence's ("of which Moody's, warned"). After
    an opener and a noun of ``plural_quantities`` ("a handful", "a dozen") the next word is read as after a plural
    figure: "of which a handful remain" has its verb."""
    table = _table(lang, (), _name(lang))
    if len(words) > 2 and words[0].lower() in (table.get("part_openers") or ()) and \
            words[1].lower() in (table.get("plural_quantities") or ()) and _verb_after_figure(words[2:], lang):
        return True
    for at, word in enumerate(words):
        if not word[:1].islower():
            continue
        if _finite_word(word, lang) or (at and word.endswith("s") and _verb_after_figure(words[at:], lang)):
            return True
    return False


def parts_without_verb(text: str, lang: str) -> Iterator[PartWithoutVerb]:
    """Each part of a total introduced by "of which" (« dont ») with a figure and no verb in ``text``. The span is
    the link, the figure and its counted noun, up to the first of ``noun_followers`` after that noun or a comma
    ("of which 10 seizures" of "of which 10 seizures of cocaine for a total of 44 kilos"; "of whom 74,000 in
    Paris" has no noun and is kept whole), which is all the suggestion
    replaces; a part that is a figure and an adverb takes ``adverb_part`` ("12 of them seriously")."""
    pattern = part_pattern(lang)
    if pattern is None:
        return
    table = _table(lang, (), _name(lang))
    followers = _verbs(lang).followers
    adverbs = tuple(table.get("adverb_endings") or ())
    word = table.get("part_word", "")
    for m in pattern.finditer(text):
        part = m.group("part")
        if _has_verb(part, lang):
            continue
        head = re.split(r",(?!\d)|\(", part, 1)[0]
        cut = len(head)
        for n, w in enumerate(_WORDS.finditer(head)):
            if w.group().lower() in followers and n > 0:  # after the counted noun, not "74,000 in Paris"
                cut = w.start()
                break
        head = head[:cut].rstrip()
        figure = _figure_at(lang).match(head)
        words = _WORDS.findall(head[figure.end():] if figure else head)
        if figure and adverbs and len(words) == 1 and words[0].lower().endswith(adverbs) and table.get("adverb_part"):
            suggestion = f"{head[: head.rindex(words[0])].rstrip()} {table['adverb_part']} {words[0]}"
        elif not figure and adverbs and len(words) == 2 and words[1].lower().endswith(adverbs):
            suggestion = ""  # an article for a figure and an adverb ("of which a seriously", « dont une
            # grièvement »): the article stands for "one", which the reading cannot know; no rewrite is offered
        else:
            suggestion = f"{word} {head}"
        yield PartWithoutVerb(m.start("link"), m.start("part") + len(head), m.group("link"), head, suggestion)


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def source_measure_pattern(lang: str) -> Optional[re.Pattern]:
    """The source's adjective of a measure linked to its figure (« longue de 172 km », « forte d'environ 60 »):
    the French shape "long of 172 km" copies, read where it stands, not any « de + figure » of the sentence
    (« une prime de 500 euros », « plus de 20 guerres »)."""
    table = _table(lang, ("measure_link", "approximations", "adjectives"), "measure_links")
    if table is None:
        return None
    return re.compile(rf"(?<!\w)(?:{_alt(table['adjectives'])})\s+(?:{_alt(table['measure_link'])})\s*"
                      rf"(?P<figure>{_figure(lang, table['approximations'])})", re.I)


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def source_age_pattern(lang: str) -> Optional[re.Pattern]:
    """The source's age linked to what it qualifies (« un employé de 25 ans », « un bébé de 18 mois »): the link,
    a figure and a unit of age, not after a word that makes the link part of an approximation (« plus de 80
    ans » is no age given to a noun); « depuis 25 ans » (a length of service) has no link."""
    table = _table(lang, ("measure_link", "approximations", "age_units", "range_links", "age_not_before"),
                   "measure_links")
    if table is None:
        return None
    links = table["measure_link"]
    fig = _figure(lang, [])
    leading = sorted({a.rsplit(None, 1)[0] for a in table["approximations"]
                      if " " in a and a.rsplit(None, 1)[1] in links}, key=len, reverse=True)
    behind = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in leading)
    return re.compile(rf"{behind}(?<!\w)(?:{_alt(links)})\s*(?P<figure>{fig}(?:\s+(?:{_alt(table['range_links'])})\s+{fig})?)"
                      rf"[\s-]+(?P<unit>{_alt(table['age_units'])})\b(?!\s*(?:{_alt(table['age_not_before'])})(?!\w))",
                      re.I)


def _same_figure(source_figure: str, target_figure: str) -> bool:
    """Whether two figures can be one: their digits agree where both are written in digits (1,90 and 1.90; 3 000
    and 3,000); a figure in words is not compared (huit, eight)."""
    a, b = (re.sub(r"\D", "", f.group()) if f else "" for f in map(_FIRST_NUMBER.search, (source_figure, target_figure)))
    return not a or not b or a == b


_FIRST_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
"""The first figure in digits of a measure ("18" of "18 to 21 years", "3,000" of "3,000 people")."""


def source_has_measure(source: str, lang: str, figure: str = "") -> bool:
    """Whether ``source`` links an adjective to ``figure`` with its language's ``measure_link`` (« longue de 172
    km »): the French shape the English copies (without a source, or for a language without the table, True:
    the English shape is read alone)."""
    pattern = source_measure_pattern(lang)
    return pattern is None or any(_same_figure(m.group("figure"), figure) for m in pattern.finditer(source))


def source_has_age(source: str, lang: str, figure: str = "", unit: str = "") -> bool:
    """Whether ``source`` gives an age ``figure`` in ``unit`` (the target's unit compound: "year", "month") with
    its ``measure_link`` (« un employé de 25 ans »; True without the table)."""
    pattern = source_age_pattern(lang)
    if pattern is None:
        return True
    compounds = {k.lower(): v for k, v in (_table(lang, (), "measure_links").get("age_unit_compounds") or {}).items()}
    return any(_same_figure(m.group("figure"), figure)
               and (not unit or compounds.get(m.group("unit").lower(), unit) == unit)
               for m in pattern.finditer(source))


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


def figure_pattern(lang: str, approximations: list) -> str:
    """The regular expression of a figure in digits or in ``lang``'s number words, after one of ``approximations``
    or not: the one reading of a figure other owners share (the durations of :mod:`mtqa.langs.time_phrases`)."""
    return _figure(lang, approximations)
