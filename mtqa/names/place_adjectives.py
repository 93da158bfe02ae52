"""A place and its adjective of the compass or the centre rendered in the source language's order or words.

French puts such an adjective after the place, in lower case (l'Asie centrale, l'Europe occidentale); English
puts it before, capitalised (Central Asia, Western Europe). MT that cannot build the English name leaves one
of three traces, all read here against the aligned source's own pair (:func:`source_pairs`):

* the French pair copied, or half of it (``Asie centrale``, ``Europe centrale``): the French adjective after
  the place;
* the French order kept with the English adjective (``Europe western``, ``Europe central``): an English
  adjective in lower case after the place, where English prose never puts it;
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


class PlaceAdjective(NamedTuple):
    start: int
    end: int
    source: str
    """The source's pair (``Afrique orientale``)."""
    suggestion: str
    """The target name (``Eastern Europe``, or the exonym table's for the whole pair: ``East Africa``)."""


_PLACE = r"[^\W\d_][^\W\d_'’]*"


@memoize(TABLES)
def _patterns(pair) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    """(the source's pair: place then adjective; the target's place then an adjective; the target's adjective
    then a place), or None without the pair data."""
    adjectives = pair.geographic_adjectives
    if not adjectives:
        return None
    french = alternation(sorted(adjectives))
    after = alternation(sorted(set(adjectives) | {a.lower() for a in adjectives.values()}))
    before = alternation(sorted(a for a in adjectives if a.lower() != adjectives[a].lower()))
    sp = r"[ \u00a0]+"
    # after no letter or hyphen: an elision may stand before the place (l'Asie centrale)
    return (re.compile(rf"(?<![\w-])(?P<place>{_PLACE}){sp}(?P<adj>{french})(?![\w-])"),
            re.compile(rf"(?<![\w-])(?P<place>{_PLACE}){sp}(?P<adj>{after})(?![\w-])"),
            re.compile(rf"(?<![\w-])(?P<adj>{before}){sp}(?P<place>{_PLACE})(?![\w'’-])", re.IGNORECASE))


@memoize(TABLES)
def _english_adjective(pair) -> dict[str, str]:
    """Each adjective a translation may write after or before the place (the source's, every form, and the
    target's in lower case) -> the target adjective: one map per pair, not one per segment."""
    adjectives = pair.geographic_adjectives
    return {**adjectives, **{a.lower(): a for a in adjectives.values()}}


def source_pairs(texts: tuple[str, ...], pair, english_of) -> dict[tuple[str, str], tuple[str, str]]:
    """The source's places followed by an adjective of the compass or the centre: (folded place as the
    target may write it, target adjective) -> (the source's pair, the target name). The place is read as
    written and by its English name (``english_of(pair, form)``: the exonym table's; a module function,
    so that the memo's key stays one per source); the target name is the table's
    for the whole pair when it has one (Afrique orientale: East Africa), else the adjective before the
    place's English name. Kept per source text: every system's translation of a sentence asks again."""
    return _source_pairs(texts, pair, english_of)


@memoize(SOURCE_MEMO)
def _source_pairs(texts: tuple[str, ...], pair, english_of) -> dict[tuple[str, str], tuple[str, str]]:
    patterns = _patterns(pair)
    if patterns is None:
        return {}
    adjectives = pair.geographic_adjectives
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for text in texts:
        for m in patterns[0].finditer(text):
            place = m.group("place")
            if not place[:1].isupper() or place.isupper() or pair.source.is_common_word(place.lower()):
                continue  # a common noun (la banque centrale, and Banque centrale where a sentence begins)
            english_adj = adjectives[m.group("adj")]
            whole = f"{place} {m.group('adj')}"
            place_en = english_of(pair, place) or place
            name = english_of(pair, whole) or f"{english_adj} {place_en}"
            for form in {place, place_en}:
                out.setdefault((fold(form), english_adj), (whole, name))
    return out


def place_adjectives(text: str, sources: list, pair, english_of) -> Iterator[PlaceAdjective]:
    """The places of ``text`` rendered with their adjective in the source's order or words (see the module
    docstring), where the aligned source writes that place with that adjective."""
    patterns = _patterns(pair)
    if patterns is None or not sources:
        return
    wanted = source_pairs(tuple(s.text for s in sources), pair, english_of)
    if not wanted:
        return
    adjectives = _english_adjective(pair)
    seen = set()
    for pattern in patterns[1:]:
        for m in pattern.finditer(text):
            place, adj = m.group("place"), m.group("adj")
            if not place[:1].isupper() or (pattern is patterns[1] and not adj.islower()):
                continue
            found = wanted.get((fold(place), adjectives.get(adj) or adjectives.get(adj.lower())))
            if found and m.start() not in seen:
                seen.add(m.start())
                yield PlaceAdjective(m.start(), m.end(), *found)
