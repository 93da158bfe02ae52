"""A place and its adjective of the compass or the centre rendered in the source language's order or words.

French puts such an adjective after the place, in lower case (l'Asie centrale, l'Europe occidentale); English
puts it before: capitalised where it names a region (Central Asia, Western Europe: the exonym table's rows), in
lower case where it gives a direction (eastern Ukraine, southern France). MT that cannot build the English name
leaves one of three traces, all read here against the aligned source's own pair (:func:`source_pairs`):

* the French pair copied, or half of it (``Asie centrale``, ``Europe centrale``): the French adjective after
  the place;
* the French order kept with the English adjective (``Europe western``, ``Europe central``, and capitalised
  by truecasing MT: ``Asia Central``), its compass point (``the Ukraine East``: the target profile's
  ``compass_points``, not before "of": France east of the Rhine) or the French adjective without its accents
  (``France Meridional``), hyphenated too where the table has the region (``Virginia-Occidental``): a word
  after the place, where English prose puts one only inside a longer name (an Asia Central Fund, left alone);
* the French adjective written as the English word it resembles, before the place (``oriental Africa``, for
  l'Afrique orientale, East Africa): an English word, but not the English adjective of the name.

The adjectives are the pair data's ``geographic_adjectives``; the place may be the source's form or its
English name by the exonym table (Asie: Asia), and no common word of the source language (Banque centrale
opening a sentence is a bank, Zone centrale an area). Lower-case English style before the place (central Asia,
western Europe) is English, and stays.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from mtqa.langs import fold
from mtqa.langs.cache import SOURCE_MEMO, TABLES, memoize
from mtqa.langs.data import alternation
from mtqa.langs.text import opens_sentence
from mtqa.model import source_texts


class PlaceAdjective(NamedTuple):
    start: int
    end: int
    source: str
    """The source's pair (``Afrique orientale``)."""
    suggestion: str
    """The target name (``Eastern Europe``, or the exonym table's for the whole pair: ``East Africa``)."""


_PLACE = r"[^\W\d_][^\W\d_'’]*"
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_])")
_NEXT_WHOLE_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")


def _compass_points(pair) -> dict[str, str]:
    """The target language's compass points written before a place in a region's name (its profile's
    ``compass_points``: East of East Timor) -> the adjective each stands for (Eastern)."""
    return pair.target.compass_points


@memoize(TABLES)
def _patterns(pair) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    """(the source's pair: place then adjective; the target's place then an adjective; the target's adjective
    then a place), or None without the pair data."""
    adjectives = pair.geographic_adjectives
    if not adjectives:
        return None
    french = alternation(sorted({form for a in adjectives for form in (a, a.capitalize())}))
    # after the place: the source's adjective (its accents kept or dropped: France Meridional), the target's
    # or its compass point (Ukraine East), in lower case or capitalised (Asia Central)
    written = {*adjectives, *(fold(a) for a in adjectives), *adjectives.values(), *_compass_points(pair)}
    after = alternation(sorted({form for a in written for form in (a.lower(), a.capitalize())}))
    before = alternation(sorted({form for a in adjectives for form in (a, fold(a))
                                 if form.lower() != adjectives[a].lower()}))
    sp = r"[ \u00a0]+"
    # a hyphen may join the two as one name (Virginie-Occidentale, "Virginia-Occidental")
    joint = r"(?:[ \u00a0]+|[ \u00a0]*-[ \u00a0]*)"
    # after no letter or hyphen: an elision may stand before the place (l'Asie centrale)
    return (re.compile(rf"(?<![\w-])(?P<place>{_PLACE}){joint}(?P<adj>{french})(?![\w-])"),
            re.compile(rf"(?<![\w-])(?P<place>{_PLACE}){joint}(?P<adj>{after})(?![\w-])"),
            re.compile(rf"(?<![\w-])(?P<adj>{before}){sp}(?P<place>{_PLACE})(?![\w'’-])", re.IGNORECASE))


@memoize(TABLES)
def _source_screen(pair) -> re.Pattern | None:
    """The source's adjective as :func:`_patterns`' first pattern ends with it: after the space, no-break space or
    hyphen its join ends with, and before no word character or hyphen. Every match of that pattern holds a match
    of this one where its ``adj`` group starts, so a text this one does not match has no source pair: nine
    sources in ten are then not searched with the whole pattern, which tries every word as a place (it was
    ~0.7 % of a run's CPU on the 24k WMT14 pairs, the sources read once each). None without the pair data."""
    adjectives = pair.geographic_adjectives
    if not adjectives:
        return None
    french = alternation(sorted({form for a in adjectives for form in (a, a.capitalize())}))
    return re.compile(rf"(?<=[ \u00a0-])(?:{french})(?![\w-])")


@memoize(TABLES)
def _english_adjective(pair) -> dict[str, str]:
    """Each adjective a translation may write after or before the place, in lower case (the source's, every
    form, with or without its accents; the target's; the target's compass points) -> the target adjective:
    one map per pair, not one per segment."""
    adjectives = pair.geographic_adjectives
    return {**{fold(a): e for a, e in adjectives.items()}, **adjectives,
            **{a.lower(): a for a in adjectives.values()},
            **{c.lower(): a for c, a in _compass_points(pair).items()}}


@memoize(TABLES)
def _relation_words(pair) -> frozenset[str]:
    """The target words after which a compass point gives a direction from the place, not a region of it (the
    pair's gloss of ``de``: "France east of the Rhine")."""
    return frozenset(g.split()[0].lower() for g in pair.name_particle_gloss.values() if g.split())


@memoize(SOURCE_MEMO)
def source_pairs(texts: tuple[str, ...], pair, english_of) -> dict[tuple[str, str], tuple[str, str]]:
    """The source's places followed by an adjective of the compass or the centre: (folded place as the
    target may write it, target adjective) -> (the source's pair, the target name). The place is read as
    written and by its English name (``english_of(pair, form)``: the exonym table's; a module function,
    so that the memo's key stays one per source). The target name is the table's for the whole pair when
    it has one: a region English names with a capital (Asie centrale: Central Asia; Afrique orientale: East
    Africa); without a row the pair is a direction, which English writes in lower case before the place's
    English name (Ukraine occidentale: western Ukraine). A place the source language also writes as a
    common word (Java, a dance) counts only as a row's pair. Kept per source text: every system's
    translation of a sentence asks again."""
    patterns = _patterns(pair)
    if patterns is None:
        return {}
    adjectives = pair.geographic_adjectives
    out: dict[tuple[str, str], tuple[str, str]] = {}
    screen = _source_screen(pair)
    for text in texts:
        if screen is not None and screen.search(text) is None:
            continue  # no source adjective after a join: no pair (see _source_screen)
        for m in patterns[0].finditer(text):
            place, adj = m.group("place"), m.group("adj")
            whole = f"{place} {adj.lower()}"
            region = english_of(pair, m.group()) or english_of(pair, whole)  # Virginie-Occidentale, Asie centrale
            if not place[:1].isupper() or place.isupper() \
                    or (pair.source.is_common_word(place.lower()) and not region):
                continue  # a common noun (la banque centrale, and Banque centrale where a sentence begins)
            if (adj[:1].isupper() or "-" in m.group()) and not region:
                continue  # a name of its own, no region of the table (Radio Centrale, the Pyrénées-Orientales)
            whole = m.group() if "-" in m.group() else whole
            english_adj = adjectives[adj.lower()]
            place_en = english_of(pair, place) or place
            name = region or f"{english_adj.lower()} {place_en}"
            for form in {place, place_en}:
                out.setdefault((fold(form), english_adj), (whole, name))
    return out


def _capital_follows(text: str, end: int) -> bool:
    """The word after ``end`` is capitalised: the words before it may open a longer name."""
    m = _NEXT_WORD.match(text, end)
    return bool(m) and m.group(1).isupper()


def _before_relation(text: str, end: int, pair) -> bool:
    """The word after ``end`` is one of :func:`_relation_words` (of)."""
    m = _NEXT_WHOLE_WORD.match(text, end)
    return bool(m) and m.group(1).lower() in _relation_words(pair)


def place_adjectives(text: str, sources: list, pair, english_of) -> Iterator[PlaceAdjective]:
    """The places of ``text`` rendered with their adjective in the source's order or words (see the module
    docstring), where the aligned source writes that place with that adjective."""
    patterns = _patterns(pair)
    if patterns is None or not sources:
        return
    wanted = source_pairs(source_texts(sources), pair, english_of)
    if not wanted:
        return
    adjectives = _english_adjective(pair)
    compass = {c.lower() for c in _compass_points(pair)}
    seen = set()
    for pattern in patterns[1:]:
        for m in pattern.finditer(text):
            place, adj = m.group("place"), m.group("adj")
            if not place[:1].isupper():
                continue
            if pattern is patterns[1] and not adj.islower() and _capital_follows(text, m.end()):
                continue  # a longer name goes on (an "Asia Central Fund"): the pair is not all it names
            if adj.lower() in compass and _before_relation(text, m.end(), pair):
                continue  # a direction from the place (France East of the Rhine), no region of it
            found = wanted.get((fold(place), adjectives.get(adj.lower())))
            if found and m.start() not in seen:
                seen.add(m.start())
                source, name = found
                if opens_sentence(text, m.start()):
                    name = name[:1].upper() + name[1:]  # "Eastern Ukraine" where a sentence begins
                yield PlaceAdjective(m.start(), m.end(), source, name)
