"""Numbers: every figure of the source, and only those, in the translation.

A wrong figure in news is a factual error the reader cannot detect: a
casualty count, a price, a date or a time. The three checks compare, per
alignment link, the figures of the source sentence(s) with those of the
translation after reading each side in its own conventions (``mtqa.numbers``:
``3 000`` = ``3,000``, ``1,5 milliard`` = ``1.5 billion``, ``14h30`` =
``2:30 p.m.``, ``25 mai`` = ``May 25``, ``trois`` = ``3``). Figures written in
words, Roman numerals and bracketed conversions only ever *match*; they are
never reported, because a translator may legitimately spell out, convert or
drop them; except a conversion the source gives that the translation copies
in the same unit with another figure, and a number word counting a unit
rendered by another counting the same unit (A401).
"""
from __future__ import annotations

import functools
import math
import re
from typing import Iterator, Optional

from mtqa.checks.base import DocumentCheck
from mtqa.checks.registry import register
from mtqa.langs import language
from mtqa.langs.cache import SOURCES, memoize
from mtqa.langs.data import alternation
from mtqa.langs.wordtrie import trie_alternation
from mtqa.model import DocumentPair, Issue, Segment, Severity, joined_sources
from mtqa.numbers import (_SPACES, Comparison, Quantity, codes_of, compare, conventions, find_quantities,
                          has_decimal, lost_scale, matched_in_order, numerals, quantities_of, split_readings,
                          unit_after)
from mtqa.records import record
from mtqa.regexcache import transient

# Links the aligner is unsure of (posterior below this) are not compared:
# a misalignment would make every figure look missing.
MIN_LINK_CONFIDENCE = 0.5


@record
class _Found:
    """One link's comparison, with the target segment of each target figure."""

    comparison: Comparison
    targets: list[Segment]
    where: dict[int, Segment]


def _comparisons(pair: DocumentPair, ctx) -> list[_Found]:
    """Compare the figures of every confident link once per document (shared by A401-A403)."""
    cached = pair.cache.get("figures")
    if cached is not None and cached[0] is pair.links:
        return cached[1]
    out: list[_Found] = []
    if pair.source is not None:
        src_lang, tgt_lang = ctx.source.code, ctx.target.code
        for link in pair.links:
            if not link.source or not link.target or link.confidence < MIN_LINK_CONFIDENCE:
                continue
            sources = [pair.source.segments[i] for i in link.source]
            targets = [pair.target.segments[i] for i in link.target]
            if not any(has_decimal(seg.text) for seg in (*sources, *targets)):
                # figures in words alone are reported only where one that counts a unit became another
                worded = _changed_words(sources, targets, src_lang, tgt_lang)
                if worded:
                    out.append(_Found(Comparison([], [], [(q, t) for q, t, _ in worded]), targets,
                                      {id(t): seg for _, t, seg in worded}))
                continue
            if [s.text.strip() for s in sources] == [t.text.strip() for t in targets]:
                continue  # a copy of the source has its figures (being untranslated is A2xx's)
            # Each side is read in its own conventions, understanding the other's
            # too: a French "14h30" left in English is a format issue (L1xx), not a
            # different figure.
            src_all = [(s, q) for s in sources for q in quantities_of(s.text, src_lang, tgt_lang)]
            tgt_all: list[tuple[Segment, Quantity]] = []
            seen: set[int] = set()
            for t in targets:
                # a text met twice in one link gets its own objects, so each figure keeps its segment
                repeated = any(id(q) in seen for q in quantities_of(t.text, tgt_lang, src_lang))
                for q in (find_quantities(t.text, tgt_lang, src_lang) if repeated
                          else quantities_of(t.text, tgt_lang, src_lang)):
                    seen.add(id(q))
                    tgt_all.append((t, q))
            src_q, tgt_q = [q for _, q in src_all], [q for _, q in tgt_all]
            mirrored = _changed_conversions(src_all, tgt_all)
            if mirrored:
                # a bracketed conversion the source gives and the translation copies with another figure
                # (« 1 500 lei (environ 78 euros) » -> "1,500 lei (about 87 euros)"): the exact figures may
                # all match, so it is reported on its own, whatever the rest of the link holds
                out.append(_Found(Comparison([], [], [(q, t) for q, t, _ in mirrored]), targets,
                                  {id(t): seg for _, t, seg in mirrored}))
            if matched_in_order(src_q, tgt_q):
                continue  # the same figures in the same order: compare would find nothing (most links)
            comp = compare(src_q, tgt_q)
            if not (comp.missing or comp.added or comp.changed):
                continue  # every figure matched: codes and idioms only set figures aside (_without_idioms)
            # read again knowing the source (rarely: figures differ): a capitalised word after a figure is a
            # name only if the source writes it ("10 minutes to 3 Kings" for "à 3 rois" counts kings)
            source_text = joined_sources(sources)
            tgt_all = [(t, q) for t in targets for q in find_quantities(t.text, tgt_lang, src_lang, source_text)]
            comp = compare([q for _, q in src_all], [q for _, q in tgt_all])
            if not (comp.missing or comp.added or comp.changed):
                continue
            src_codes = codes_of(joined_sources(sources))
            tgt_codes = codes_of(" ".join(t.text for t in targets))
            comp, where = _without_idioms(sources, targets, src_all, tgt_all, src_codes, tgt_codes,
                                          ctx.pair.number_idioms, _currency_codes(src_lang, tgt_lang),
                                          _percent_after(tgt_lang, src_lang), _name_reading(src_lang, tgt_lang))
            if comp is None:
                continue
            if comp.missing or comp.added or comp.changed:
                out.append(_Found(comp, targets, where))
    pair.cache["figures"] = (pair.links, out)
    return out


_CONVERSION_OPEN = 15
"""How far before a figure the bracket of a conversion opens ("(about 78 euros)", "(environ 17 millions"): the
words of an approximation between them; mtqa.numbers softens the figures such a bracket holds after a figure."""
_UNIT_LETTERS = 3
"""The fewest letters of the unit word after a bracketed figure (« 17 millions d'euros »: "euros"; not a stray
letter), read by :func:`mtqa.numbers.unit_after`."""


def _conversion(text: str, q: Quantity) -> Optional[str]:
    """The unit word of the digit figure ``q`` when it is a bracketed conversion (soft), else None."""
    if q.exact or q.kind not in ("number", "percent") or not any(c.isdigit() for c in q.text):
        return None
    opened = text.rfind("(", max(0, q.start - _CONVERSION_OPEN), q.start)
    if opened < 0 or ")" in text[opened:q.start]:
        return None
    return unit_after(text, q.end, _UNIT_LETTERS)


def _changed_words(sources: list[Segment], targets: list[Segment], src_lang: str,
                   tgt_lang: str) -> list[tuple[Quantity, Quantity, Segment]]:
    """:func:`_changed_conversions` of a link written without a digit: its figures in words that count a unit.
    Read only where both sides write a number word above one (:func:`_plural_number_words`): « un », "a" and
    "one" are in most sentences, and reading every figure of every link without a digit doubled the figure
    checks' time."""
    if not any(_says_plural_number(s.text, src_lang, tgt_lang) for s in sources) \
            or not any(_plural_number_words(tgt_lang, src_lang).search(t.text) for t in targets):
        return []  # the source first: its answer is remembered for every system that translates it
    src_all = [(s, q) for s in sources for q in quantities_of(s.text, src_lang, tgt_lang)]
    if not any(_measured_word(q) for _, q in src_all):
        return []
    tgt_all = [(t, q) for t in targets for q in quantities_of(t.text, tgt_lang, src_lang)]
    return _changed_conversions(src_all, tgt_all)


@functools.lru_cache(maxsize=8)
def _plural_number_words(lang: str, fallback: str) -> re.Pattern:
    """Any number word of ``lang``'s conventions (its fallback's understood too) worth two or more, as a whole
    word in any case: the screen of :func:`_changed_words`."""
    words = [w for w, v in conventions(lang, fallback).number_words.items() if isinstance(v, (int, float)) and v >= 2]
    # as a prefix trie (the flat list's matches): searched in every target of a link without a digit (rr76-a: 0.13 s
    # a system's 3,003 segments flat, 0.014 s as a trie)
    return re.compile(rf"(?<!\w)(?:{trie_alternation(words, ignorecase=True)})(?!\w)", re.I) if words \
        else re.compile(r"(?!)")


@memoize(SOURCES)
def _says_plural_number(text: str, lang: str, fallback: str) -> bool:
    """:func:`_plural_number_words` searched in a source text, remembered like ``quantities_of``."""
    return _plural_number_words(lang, fallback).search(text) is not None


def _measured_word(q: Quantity) -> bool:
    """A figure in one number word that counts a unit (« cinq mois », "six months"; hyphens join one word,
    « quatre-vingt-dix »): a measure of its own. Not a phrase: an ordinal or an approximation read with it
    (« les neuf premiers mois », "the first nine months", « une heure trente », « une dizaine ») says its
    figure its own way."""
    return (q.kind == "word" and not q.exact and bool(q.measure) and isinstance(q.value, float) and q.value > 0
            and not any(c.isspace() for c in q.text))


def _same_unit_words(q: Quantity, t: Quantity) -> bool:
    """Two word figures that count the same unit: one dimension and one size of the unit (months and « mois »,
    not « quinze jours » and "two weeks", a fortnight said in days and in weeks)."""
    for dim_a, a in q.measure or ():
        for dim_b, b in t.measure or ():
            if dim_a == dim_b and math.isclose(a / q.value, b / t.value, rel_tol=1e-6):
                return True
    return False


def _changed_conversions(src_all, tgt_all) -> list[tuple[Quantity, Quantity, Segment]]:
    """The soft figures of the source that the translation writes in the same place and unit with another
    value: (source figure, target figure, target segment).

    A conversion in brackets and a figure in words are soft (a translator may convert again, into another unit,
    spell out or drop them), so they are never reported as missing or added. But where the source writes a
    conversion (« 1 500 lei (environ 78 euros) ») and the translation writes one too, in the same place of the
    order and in the same unit, a different figure is a changed figure ("(about 87 euros)"): the reader takes it
    as the source's. So is a figure in one number word that counts a unit (« depuis cinq mois ») rendered by
    another such figure counting the same unit ("for six months", « des dix dernières années » -> "the last five
    years"). Each kind is compared apart, the i-th of each side, when the two sides hold as many; the unit of a
    conversion is the first word after the figure, the same on both sides (euros, dollars), or both figures
    measures of one dimension (the tolerance of a conversion then applies); a word figure's is its measure's
    dimension and size. A conversion into another unit ("(about $85)"), a figure matched anywhere on the other side, and
    a side with more or fewer such figures (« deux ou trois jours » -> "a few days") are renderings, never
    reported."""
    out = []
    others_src = [q for _, q in src_all]
    others_tgt = [q for _, q in tgt_all]
    conversions_src = [(q, _conversion(s.text, q)) for s, q in src_all]
    conversions_tgt = [(q, _conversion(t.text, q), t) for t, q in tgt_all]
    kinds = (
        ([(q, unit) for q, unit in conversions_src if unit is not None],
         [(q, unit, t) for q, unit, t in conversions_tgt if unit is not None]),
        ([(q, None) for _, q in src_all if _measured_word(q)],
         [(q, None, t) for t, q in tgt_all if _measured_word(q)]),
    )
    for src, tgt in kinds:
        if not src or len(src) != len(tgt):
            continue
        for (q, src_unit), (t, tgt_unit, seg) in zip(src, tgt):
            if src_unit is None:  # figures in words
                same_unit = _same_unit_words(q, t)
            else:
                same_unit = src_unit == tgt_unit or bool({d for d, _ in q.measure or ()} & {d for d, _ in t.measure or ()})
            if not same_unit or any(q.matches(o) for o in others_tgt) or any(t.matches(o) for o in others_src):
                continue
            out.append((q, t, seg))
    return out


def _without_idioms(sources, targets, src_all, tgt_all, src_codes, tgt_codes, idioms,
                    currencies=(frozenset(), frozenset()), percent: Optional[str] = None,
                    name_reading=(frozenset(), frozenset(), 0)):
    """The comparison of a link once the figures of fixed expressions (``_idiom_spans``) are set
    aside and those of codes excused, with the target segment of each target figure; (None, None)
    when no exact figure is left.

    Only the link's unmatched figures can be reported, and setting figures aside never unmatches
    one: a target figure is set aside only when no source figure matches it, a source figure only
    when no kept target figure matches it, and codes only excuse unmatched figures. So a link whose
    figures all match is done before this (the usual case, which spares the idiom patterns' search
    and the codes)."""
    src_spans, tgt_spans = _idiom_spans(sources, targets, idioms)
    copied, copied_spans = _copied_figures(src_all, targets, percent)
    tgt_q: list[Quantity] = []
    where: dict[int, Segment] = {}
    for t, q in tgt_all:
        # a figure of a target idiom that the source writes anyway is compared as usual
        if _inside(q, tgt_spans.get(id(t), ())) and not any(q.matches(sq) for _, sq in src_all):
            continue
        if _inside(q, copied_spans.get(id(t), ())):
            continue
        where[id(q)] = t
        if q.whole is not None:
            where[id(q.whole)] = t
        tgt_q.append(q)
    # a figure of a source idiom that the translation writes anyway is compared as usual
    src_q = [q for s, q in src_all
             if all(q is not c for c in copied)
             and (not _inside(q, src_spans.get(id(s), ())) or any(q.matches(t) for t in tgt_q))
             and not _named_by_acronym(s.text, q, targets, tgt_q, currencies)
             and not _named_by_word(s.text, q, targets, tgt_q, name_reading)]
    if not any(q.exact for q in src_q) and not any(q.exact for q in tgt_q):
        return None, None
    return compare(src_q, tgt_q, src_codes, tgt_codes), where


_DIGITS_ONLY_RE = re.compile(r"[\d\s.,%\u00a0\u202f]+")


def _copied_figures(src_all, targets: list[Segment], percent: Optional[str] = None) -> tuple[list[Quantity], dict]:
    """The source figures written across a space (``0, 5%``, ``50, 3 %``: a stray space after the
    decimal comma) that the translation copies character for character, and the spans of the copies
    per target segment: the figure is there as the source writes it, however each language reads it
    (its writing is the format checks' business). The digits of a percentage are copied with any
    percent mark of the target after them (``percent``, :func:`_percent_after`): "0, 5 %" and "0, 5
    per cent" copy "0, 5%" too."""
    copied: list[Quantity] = []
    spans: dict[int, list[tuple[int, int]]] = {}
    for _, q in src_all:
        if not q.exact or " " not in q.text or not _DIGITS_ONLY_RE.fullmatch(q.text):
            continue  # (a word copied with it may change the figure: "3 billions" is 10^12 in French)
        digits = q.text.rstrip("%" + _SPACES)
        written = re.escape(q.text) if percent is None or q.kind != "percent" or not digits[-1:].isdigit() \
            else re.escape(digits) + percent
        alone = transient(rf"(?<![\d.,]){written}(?!\d)")  # not a part of "15 000" or "10, 5%"
        for t in targets:
            for m in alone.finditer(t.text):
                if not copied or copied[-1] is not q:
                    copied.append(q)
                spans.setdefault(id(t), []).append((m.start(), m.end()))
    return copied, spans


@functools.lru_cache(maxsize=8)
def _percent_after(lang: str, fallback: str) -> str:
    """A pattern of the percent marks of ``lang`` right after a figure, perhaps after a space ("%", " %",
    " per cent"): how a translation may write the percent sign of a figure it copies."""
    words = conventions(lang, fallback).words_of("percent")
    return rf"[{_SPACES}]?(?:{alternation(words)})(?!\w)" if words else "%"


_ACRONYM_BEFORE_RE = re.compile(r"(?<![\w-])([A-Z][A-Z&]+)[ \u00a0]$")


@functools.lru_cache(maxsize=8)
def _currency_codes(lang: str, fallback: str) -> tuple[frozenset, frozenset]:
    """The currency codes (``USD``) the number conventions of the source know, and the determiners
    that make a code and a figure a name instead (``la COP 21``: COP is also the Colombian peso)."""
    conv = conventions(lang, fallback)
    return (frozenset(conv.misc.get("currency_codes", ())),
            frozenset(w.lower().replace("’", "'") for w in conv.misc.get("name_determiners", ())))


_WORD_BEFORE_RE = re.compile(r"(?:^|[^\w'’])([^\W\d_]+['’]?)[ \u00a0]*$")


def _an_amount(text: str, code: re.Match, currencies: tuple[frozenset, frozenset]) -> bool:
    """Whether the acronym ``code`` before a figure is a currency code there (``coûte USD 100``), not
    the head of a name that a determiner introduces (``la COP 21``, ``le CAC 40``)."""
    codes, determiners = currencies
    if code.group(1) not in codes:
        return False
    before = _WORD_BEFORE_RE.search(text, max(0, code.start(1) - 20), code.start(1))
    return before is None or before.group(1).lower().replace("’", "'") not in determiners


def _named_by_acronym(text: str, q: Quantity, targets: list[Segment], tgt_q: list[Quantity],
                      currencies: tuple[frozenset, frozenset] = (frozenset(), frozenset())) -> bool:
    """Whether the source figure ``q`` is part of a name made of an acronym and a number (``FTSE
    100``, ``CAC 40``, ``GBBO 2015``) that the translation names by its acronym alone or with the
    number glued (``the FTSE index``, ``GBBO15``): the number belongs to the name, not to the facts.
    Not when the acronym stands before another figure in the translation (``USD 120`` for ``USD
    100`` is a changed amount), nor when a target figure matches it (then it is matched anyway)."""
    m = _ACRONYM_BEFORE_RE.search(text, max(0, q.start - 12), q.start)
    if m is None or q.kind not in ("number", "year") or _an_amount(text, m, currencies) \
            or any(q.matches(t) for t in tgt_q):
        return False  # (a currency code before an amount, "USD 100", is no name)
    named = re.compile(rf"(?<![\w-]){re.escape(m.group(1))}(?![^\W\d_])(?![ \u00a0]\d)")
    return any(named.search(t.text) for t in targets)


_NAME_WORD_BEFORE_RE = re.compile(r"(?:(?<=\b[^\W\d_]['’])|(?<![\w'’-]))([^\W\d_]+(?:-[^\W\d_]+)*)[ \u00a0]$")
"""The word right before a figure, standing alone or after an elided determiner (« l'Open 13 »)."""
_NAME_AFTER_FIGURE_RE = re.compile(r"[ \u00a0]+([^\W\d_]+['’]?)(?:[ \u00a0]*([^\W\d_]+(?:-[^\W\d_]+)*))?")


@functools.lru_cache(maxsize=8)
def _name_reading(lang: str, fallback: str) -> tuple[frozenset, frozenset, int]:
    """What :func:`_named_by_word` reads a name with: the source's ``name_place_links`` (numbers/<lang>.toml: « de »
    in « Masters 1000 de Paris »), each apostrophe folded to "'" as the text's word is (« d’Aix » and « d'Aix » are
    one link: the data lists one spelling, and a list written with "’" still matches), its ``name_tier_words``
    (« Masters », « Open »: the name words whose figure is a tier), in lower case, and its ``name_edition_from``
    (the first figure read as an edition's year, not a tier: a fact of the series' naming, kept beside the tier
    words it bounds; a DataError naming the file when tier words come without it)."""
    conv = conventions(lang, fallback)
    words = conv.lower_words
    tiers = words.get("name_tier_words", frozenset())
    edition_from = conv.misc.get("name_edition_from", 0)
    if tiers and (not isinstance(edition_from, int) or isinstance(edition_from, bool) or edition_from <= 0):
        from mtqa.langs.data import DataError, data_path

        raise DataError(f"{data_path('numbers', f'{lang}.toml')}: name_edition_from is missing or not a whole "
                        "number above 0 (the first figure after a tier word read as an edition's year)")
    return frozenset(w.replace("’", "'") for w in words.get("name_place_links", ())), tiers, edition_from


@functools.lru_cache(maxsize=512)
def _bare_name_word(word: str) -> re.Pattern:
    """``word`` standing alone with no figure after it ("the Paris Masters", not "Masters 500"): compiled once per
    word, not per figure and segment (the name words of a run are few and repeat); :func:`transient`, as a word of
    the checked text is no pattern to keep in the compiled cache."""
    return transient(rf"(?<![\w-]){re.escape(word)}(?![\w-])(?![ \u00a0]*\d)")


@functools.lru_cache(maxsize=512)
def _name_word(word: str) -> re.Pattern:
    """``word`` as a whole word (the name's other word, "Paris" of "the Paris Masters"), compiled once per word; the
    hyphens of a compound place may be spaces (« Monte-Carlo » = "Monte Carlo": English drops them)."""
    parts = (re.escape(p) for p in word.split("-"))
    return transient(rf"(?<![\w-]){'[- ]'.join(parts)}(?![\w-])")


def _named_by_word(text: str, q: Quantity, targets: list[Segment], tgt_q: list[Quantity],
                   reading: tuple[frozenset, frozenset, int] = (frozenset(), frozenset(), 0)) -> bool:
    """Whether the source figure ``q`` is a tier inside a name that the translation names by its words alone: it
    stands right after a capitalised tier word of ``name_tier_words`` (numbers/<lang>.toml: « Masters », « Open »)
    and right before another capitalised word or a place link and a capitalised place (« le Masters 1000 de
    Paris »), and the translation writes both name words, the first with no figure after it ("the Paris Masters").
    ``reading`` is :func:`_name_reading`'s (place links, tier words, first edition year).

    Why a list of tier words: the figure inside a name is a tier only in a graded event series, where the figure
    grades the series and the place names the event (« Masters 1000 », « Open 13 »); after any other name word it
    is the name's identity, a model's (« l'Airbus 380 d'Emirates » -> "the Emirates Airbus" loses 380, and so does
    "the Ryanair Boeing" for « le Boeing 737 de Ryanair »), or a count after a place (« Au Canada 40 Tesla ont pris
    feu » -> "In Canada Tesla cars" loses 40). Nothing else tells them apart (stop 72, fx72a): a determiner comes
    before a model as before a tier (« l'Airbus », « le Masters ») and a tier may have none or another (« son
    premier Masters 1000 », « cet Open 13 », « en finale de Masters 1000 »); « au »/« du » also open a place; the
    figures' shapes overlap (13, 1000 / 110, 380, 737); and newstest 2008-2015's and Potet's sources hold no tier
    between two capitalised words, only identities (« la Résolution 1559 du Conseil », « la Peugeot 207 SW »).
    Reporting is the side to err on: a lost model number is a real loss, "the Paris Masters" the rarer case.

    Why so narrow otherwise: a figure that ends a name is its identity, a model's, a mission's or an edition's
    (« le Boeing 737 », « la mission Apollo 11 », « Paris 2024 », « Roland-Garros 2022 »), and so is "the Boeing
    MAX" for « Boeing 737 MAX » (an all-capital word after the figure is a model's suffix, not a name word around
    it); a figure from 1900 on is an edition's year even after a tier word (« l'Open 2023 de Marseille »: the
    series' tiers are far below); a word after the figure that is neither capitalised nor a place link makes the
    figure a count or a score (« à l'Open 13 joueurs », « Lyon 3 à 1 »). The figure must be whole and plain (no
    grouped thousands, decimal or unit). "Masters 500" for « Masters 1000 » is a changed tier, which a matching
    target figure shows anyway (then the figure is matched, and this is not asked)."""
    if q.kind not in ("number", "year") or any(q.matches(t) for t in tgt_q):
        return False
    links, tiers, edition_from = reading
    if not q.text.isdecimal() or int(q.text) >= edition_from:
        return False  # a grouped, decimal or unit figure ("3 000", "1,5", "20 %") is a quantity; 2023 an edition
    m = _NAME_WORD_BEFORE_RE.search(text, max(0, q.start - 40), q.start)
    if m is None or not m.group(1)[:1].isupper() or m.group(1).lower() not in tiers:
        return False  # a model's number, a count after a place, or an acronym's (« CAC 40 »: _named_by_acronym)
    after = _NAME_AFTER_FIGURE_RE.match(text, q.end)
    if after is None:
        return False  # the figure ends the name (or the sentence): « son premier Masters 1000. » keeps no place
    nxt, place = after.group(1), after.group(2)
    if nxt.lower().replace("’", "'") in links:
        other = place if place and place[:1].isupper() else None  # « de Paris »
    else:
        other = nxt if nxt[:1].isupper() and not nxt.isupper() else None  # a title-case name word (not « MAX »)
    if other is None:
        return False
    return any(_bare_name_word(m.group(1)).search(t.text) for t in targets) \
        and any(_name_word(other).search(t.text) for t in targets)


def _idiom_spans(sources: list[Segment], targets: list[Segment], idioms) -> tuple[dict, dict]:
    """Spans, per segment, of the fixed expressions with figures (``8es de finale`` = ``last 16``)
    found on both sides of a link (or, for a target-only idiom such as ``24/7``, on the target)."""
    src_spans: dict[int, list[tuple[int, int]]] = {}
    tgt_spans: dict[int, list[tuple[int, int]]] = {}
    screen = _any_target_idiom(idioms)
    if not idioms or (screen is not None and not any(screen.search(t.text) for t in targets)):
        return src_spans, tgt_spans  # no target idiom at all (the usual case): one search per segment
    for src_re, tgt_re in idioms:
        tgt_hits = [(t, m.span()) for t in targets for m in tgt_re.finditer(t.text)]
        if not tgt_hits:
            continue
        src_hits = [(s, m.span()) for s in sources for m in src_re.finditer(s.text)] if src_re else []
        if src_re and not src_hits:
            continue
        for seg, span in src_hits:
            src_spans.setdefault(id(seg), []).append(span)
        for seg, span in tgt_hits:
            tgt_spans.setdefault(id(seg), []).append(span)
    return src_spans, tgt_spans


@functools.lru_cache(maxsize=8)
def _any_target_idiom(idioms) -> Optional[re.Pattern]:
    """One pattern matching wherever one of the idioms' target patterns matches (their alternation;
    all are compiled case-insensitive), or None when they cannot be joined (named groups)."""
    try:
        return re.compile(alternation((tgt_re.pattern for _, tgt_re in idioms), "(?:{})".format, ordered=True),
                          re.IGNORECASE)
    except re.error:
        return None


def _inside(q: Quantity, spans) -> bool:
    return any(a <= q.start and q.end <= b for a, b in spans)


def _said(q: Quantity) -> str:
    """A figure as a message quotes it, each line break (with the spaces around it) made one space: a
    phrase such as "15 minutes past 9" may wrap across lines of a paragraph, and a message is one line.
    Other spaces stay as written ("4,4\u00a0Md", "61\u202f067": the figure's own spaces)."""
    lines = q.text.splitlines()
    return q.text if len(lines) < 2 else " ".join(line.strip(" \t") for line in lines)


def _grouped(value: float) -> str:
    """A value with English thousands separators and no needless decimals (``1,168``, ``2.5``): how both
    suggestions (:func:`_plain`) and scale messages (:func:`_say_value`) write a figure under a million."""
    return f"{int(value):,}" if value.is_integer() else f"{value:,}"


def _plain(q: Quantity, near: Optional[Quantity] = None) -> Optional[str]:
    """The source figure written the English way, when that is unambiguous; of an ambiguous figure
    (``1,967``: 1.967 or 1967) the reading nearest the translation's figure ``near``."""
    if not isinstance(q.value, float) or q.kind not in ("number", "percent", "year"):
        return None
    v = q.value
    if near is not None and isinstance(near.value, float) and near.value > 0 and q.kind == "number":
        options = sorted({a for a in q.alts if isinstance(a, float) and a > 0})
        if len(options) == 2 and math.isclose(options[1], options[0] * 1000, rel_tol=1e-6):
            v = min(options, key=lambda a: abs(math.log(a / near.value)))
    if abs(v) >= 1e6:
        return None  # scale words (million, billion) are the writer's choice
    text = _grouped(v)
    if q.kind == "year":
        text = str(int(v))
    return text + ("%" if q.kind == "percent" else "")


def _hours(q: Quantity, near: Quantity) -> Optional[str]:
    """A source time that holds a fraction of an hour (« 6 heures ½ ») as the count of hours the translation's
    figure ``near`` gives ("6" hours → "6.5"): the reading of the time as a duration; None for other figures."""
    if q.kind != "time" or near.kind not in ("number", "word") or not isinstance(near.value, float):
        return None
    hours = [a for a in q.alts if isinstance(a, float) and not a.is_integer() and int(a) == near.value]
    if len(hours) != 1 or not (hours[0] * 4).is_integer():
        return None  # « 9 heures 20 » is 9.333 hours: no count a writer would put; a half or a quarter is
    return _grouped(hours[0])


_UNIT_TAIL = re.compile(r"(?<=\d)[\s\u00a0]*[^\W\d_]+$")
"""Letters after a figure's last digit inside its span: a unit (``200m``, ``5 km``) or a scale word."""


def _figure_end(text: str, q: Quantity, src: Quantity) -> int:
    """Where the digits of the target figure ``q`` end, when a unit glued or spaced after them is in its
    span and the digits alone are one of its readings: the suggestion, digits only, replaces the digits and
    keeps the unit ("He ran 100m", not "He ran 100"). The letters are a unit when either figure is read
    as a measure (``200m`` for the source's ``100 m``: 200 metres); a scale word is no unit (``30
    thousand``, ``800m`` for the source's ``800 000``: the suggestion replaces the whole). Only for an
    issue with a suggestion: without one the span stays the figure as written."""
    tail = _UNIT_TAIL.search(text, q.start, q.end)
    if tail is None or q.kind != "number" or not isinstance(q.value, float) or not (q.measure or src.measure):
        return q.end
    try:
        digits = float(text[q.start:tail.start()].replace(",", ""))
    except ValueError:
        return q.end
    readings = [q.value, *(a for a in q.alts if isinstance(a, float))]  # 200m: 200 million or 200 metres
    return tail.start() if any(math.isclose(digits, v) for v in readings) else q.end


_SCALE_TAIL = re.compile(r"[^\W\d_]+\.?$")
"""The scale word or abbreviation that ends a scaled figure's span (``mille``, ``Md``, ``mil.``)."""


@functools.lru_cache(maxsize=8)
def _scale_words(lang: str) -> tuple[tuple[float, str], ...]:
    """(value, word) of each scale of ``lang`` (its first word per value: thousand, million, billion...),
    largest first: how a message and a suggestion say a scaled value in the translation's language."""
    first: dict[float, str] = {}
    for word, value in conventions(lang).scales.items():
        first.setdefault(float(value), word)
    return tuple(sorted(first.items(), reverse=True))


def _say_value(value: float, lang: str) -> str:
    """A value written the way of ``lang``'s news: figures under a million with separators (``1,168``),
    larger ones with a scale word (``4.1 billion``)."""
    if abs(value) < 1e6:
        return _grouped(value)
    scale, word = next(((s, w) for s, w in _scale_words(lang) if abs(value) >= s), (1.0, ""))
    return f"{value / scale:,.6g} {word}".strip()


def _rescaled_message(src: Quantity, tgt: Quantity, lang: str, src_lang: str) -> tuple[str, Optional[str]]:
    """The message and suggestion of a figure whose digits stay while the scale word of the source is lost
    or changed (:func:`mtqa.numbers.lost_scale`). The source's digits may read two ways (« 1,168 mille »:
    1,168, or 1,168,000 if the comma groups thousands): the message then says both and suggests neither."""
    word = _SCALE_TAIL.search(_said(src))
    numeral = next(numerals(src.text), None)  # the digits alone ("440" of "440$ millions")
    readings = [float(f"{i}.{f}" if f else i) * src.scale
                for i, f in split_readings(numeral.group(), conventions(src_lang, lang).decimal)] if numeral else []
    said = " or ".join(dict.fromkeys(_say_value(v, lang) for v in readings or [src.value]))
    values = f"the source says {said}, the translation {_say_value(tgt.value, lang)}."
    if tgt.scale == 1.0 and word:
        message = f"“{_said(tgt)}” drops the scale word “{word.group()}” of the source's “{_said(src)}”: {values}"
    else:
        message = f"“{_said(tgt)}” writes the digits of the source's “{_said(src)}” on another scale: {values}"
    return message, (_say_value(src.value, lang) if len(readings) < 2 else None)


@register
@record
class NumberChanged(DocumentCheck):
    """A figure of the source appears with a different value in the translation.

    Why it matters: a wrong number, date or time is a factual error the
    reader cannot detect (``1,5 milliard`` rendered ``1.5 million``,
    ``25 mai`` rendered ``June 25``). Both sides are read in their own
    conventions first, so ``3 000`` and ``3,000`` or ``14h30`` and ``2:30
    p.m.`` agree, and so do a duration and the minutes it adds up to
    (``1 h 30``, ``90 minutes``), a half said after the unit
    (``12 minutes et demie``, ``3 kilomètres et demi``, ``12.5 minutes``;
    quoted whole when lost; after a scale, a half of the scale: ``2 millions
    et demi`` is ``2.5 million``, and ``2 million`` is reported; « demi- »
    heading a word, ``1 500 m et demi-finaliste``, is no half) and a race time
    (``2h03'41``, ``2:03:41``; ``2h03'41,5``, ``2:03:41.5``). Reported when a source figure has no match and the same
    sentence has an unmatched figure of the same family (number, time, date)
    or, for hours holding a fraction (``6 heures ½``), a count of the whole
    hours alone (``6 hours``: the suggestion is ``6.5``),
    and when the translation keeps a scaled figure's digits but not its scale
    word (``1.168`` for ``1,168 mille``, ``$4.1M`` for ``4,1 Md$``), even
    where a second reading of one side would make the figures agree: the
    reader reads the translation's own figure, a thousand times off. A
    conversion in brackets the source gives (« 1 500 lei (environ 78 euros)
    ») that the translation copies in the same unit with another figure
    ("(about 87 euros)") is changed too; one into another unit ("(about
    $85)") is the translator's and never reported. So is a number word
    counting a unit rendered by another counting the same unit (« depuis
    cinq mois » -> "for six months"), not one in another unit (« quinze
    jours », "two weeks") or read with an ordinal ("the first nine months").

    Example:
        source: Le budget a été fixé\\n\\nLe budget atteint 1,5 milliard d'euros et la dette 4,1 Md€.
        bad: The budget has been set\\n\\nThe budget reaches 1.5 million euros and the debt €4.1bn.
        bad: The budget has been set\\n\\nThe budget reaches 1.5 billion euros and the debt €4.1M.
        good: The budget has been set\\n\\nThe budget reaches 1.5 billion euros and the debt €4.1bn.
    """

    code = "A401"
    name = "number-changed"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MAJOR
    requires_source = True

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        for found in _comparisons(pair, ctx):
            for src, tgt in found.comparison.changed:
                seg = found.where[id(tgt)]
                if lost_scale(src, tgt):
                    message, fix = _rescaled_message(src, tgt, ctx.target.code, ctx.source.code)
                    yield self.issue(seg, tgt.start, tgt.end, message, fix)
                    continue
                message = (f"“{_said(tgt)}” splits the source's figure “{_said(src)}” with a stray space."
                           if tgt.kind == "spaced" else f"The source has “{_said(src)}” here, not “{_said(tgt)}”.")
                fix = _plain(src, tgt) or _hours(src, tgt)
                yield self.issue(seg, tgt.start, _figure_end(seg.text, tgt, src) if fix else tgt.end, message, fix)


@register
@record
class NumberMissing(DocumentCheck):
    """A figure of the source is missing from the translation.

    Why it matters: a dropped figure (an amount, a date, a score) is an
    omission of fact. Matching tolerates the usual rewritings (``trois`` =
    ``three`` = ``3``, ``années 90`` = ``1990s``, ``XXe`` = ``20th``, ``2
    ans et demi`` = ``2.5 years``). The issue is placed on the whole aligned
    target sentence, since the figure has no position there; except an age
    right after the noun or name it qualifies where that reading is sure
    (« une passagère de 34 ans », « Chinedu Okafor, 34 ans, »: see ``head``),
    placed on the word that renders that noun ("a passenger", "Okafor").
    A plain figure between the tier word of a graded event series
    (numbers/fr.toml's ``name_tier_words``: « Masters », « Open ») and the
    event's place is the series' tier (« son premier Masters 1000 de Paris »,
    « cet Open 13 de Marseille »), which a translation that keeps the name's
    words may leave out ("his first Paris Masters"), whatever comes before
    the tier word. After any other name word the figure is reported: it is
    a model's identity (« l'Airbus 380 d'Emirates » -> "the Emirates Airbus"
    loses 380) or a count after a place (« Au Canada 40 Tesla ont pris feu »
    -> "In Canada Tesla cars caught fire" loses 40), as is a figure that
    ends a name (« la mission Artemis 2 », « le Boeing 737 », « Paris 2024
    »: "the Artemis ship" loses it), an edition's year after a tier word
    (« l'Open 2023 de Marseille ») and a figure that counts the word after
    it (« à Paris 300 manifestants »).

    Example:
        source: Le vainqueur est rentré\\n\\nL'Airbus 380 d'Emirates a ramené à Nice le vainqueur du Masters 1000 de Paris.
        bad: The winner came home\\n\\nThe Emirates Airbus brought the Paris Masters winner back to Nice.
        good: The winner came home\\n\\nThe Emirates Airbus 380 brought the Paris Masters winner back to Nice.
    """

    code = "A402"
    name = "number-missing"
    category = "accuracy"
    subcategory = "omission"
    severity = Severity.MINOR
    requires_source = True

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        for found in _comparisons(pair, ctx):
            if not found.comparison.missing:
                continue
            seg = found.targets[0]
            names = ", ".join(f"“{_said(q)}”" for q in found.comparison.missing)
            plural = "s" if len(found.comparison.missing) > 1 else ""
            head = self.head(pair, seg, found.comparison.missing, ctx) if not plural else None
            if head is not None:
                start, end, phrase = head
                yield self.issue(seg, start, end, f"The source figure {names} of « {phrase} » is missing from this "
                                                  f"translation.", None)
                continue
            yield self.issue(
                seg,
                0,
                len(seg.text),
                f"The source figure{plural} {names} {'are' if plural else 'is'} missing from this translation.",
                None,
            )

    @staticmethod
    def _unlinked_rendering(wa, k: int) -> Optional[int]:
        """The target word that renders source noun ``k`` the lexical model does not link (« passagère », a
        feminine form it lacks): at the place the alignment gives it (``target_anchor``) or right after it (past
        "a"), a content word that no source word accounts for; else None (the noun dropped: « Le conducteur, âgé
        de 34 ans, a été placé » -> "The driver was taken", whose place is "was", no rendering)."""
        from mtqa.meaning.align import target_anchor  # mtqa.meaning imports this module

        if k not in wa.source_content:
            return None
        j = target_anchor(wa, k)
        if j is None:
            return None
        free = set(wa.unaligned_target)
        return next((i for i in (j, j + 1) if i in free and wa.target[i].text.isalpha()), None)

    @staticmethod
    def head(pair: DocumentPair, seg: Segment, missing: list, ctx) -> Optional[tuple]:
        """(start, end in ``seg``, the source phrase) of the word that renders the noun or name a lost age
        qualifies, or None. Why: an age after its noun (« un Soudanais de 22 ans », « Chinedu Okafor, 34 ans, »)
        is dropped with the noun kept ("a Sudanese man"); the issue belongs on that noun, where the figure was
        to be written. Only where that reading is sure (review rv69b: 11 of 25 re-placed spans were on the wrong
        word): the figure is an age or a length (its unit one of ``figure_head_units``, not followed by a word of
        ``measure_links.age_not_before``: « 10 ans de prison » is a sentence), linked to the word right before it
        by ``figure_head_links`` (« de », or a comma whose apposition closes with a comma or the sentence end: a
        fronted adverbial « En France, 12 000 emplois » is no apposition); that word is a whole word (not a part
        of « petit-fils ») and the head of its phrase (not the complement in « le patron de la banque, 58 ans »:
        no ``figure_head_complements`` word among the two before it); and a target word renders it (linked by the
        alignment, or the free word where the alignment puts it: a dropped noun has no right place). Anything else keeps the whole-sentence span."""
        lang = language(ctx.source.code)
        links = lang.word_set("figure_head_links")
        units = lang.word_set("figure_head_units")
        sources = pair.sources_of(seg.index)
        if not links or not units or len(sources) != 1 or pair.source_title_only:
            return None
        q = missing[0]
        text = sources[0].text
        if text[q.start:q.end] != q.text:
            return None
        unit = re.match(r"[ \u00a0]+([^\W\d_]+)\b(?![-'’])", text[q.end:])
        if unit is None or unit.group(1).lower() not in units:
            return None
        after = text[q.end + unit.end():]
        nxt = re.match(r"\s*([^\W\d_]+(?:['’])?)", after)
        not_before = {w.lower() for w in lang.extra.get("measure_links", {}).get("age_not_before", ())}
        if nxt and nxt.group(1).lower() in not_before:
            return None
        before = text[:q.start].rstrip()
        link = next((w for w in sorted(links, key=len, reverse=True) if before.lower().endswith(w)
                     and (not w[-1].isalpha() or not before[-len(w) - 1:-len(w)].isalpha())), None)
        if link is None:
            return None
        if not link[-1].isalpha() and not re.match(r"\s*(?:,|[.!?]?\s*$)", after):
            return None  # a comma that opens no apposition: « En France, 12 000 emplois »
        from mtqa.meaning.align import aligned_or_alone, cached_alignments  # mtqa.meaning imports this module

        # the meaning checks' alignments when they ran; else this one alone, not stored on the pair
        wa = aligned_or_alone(cached_alignments(pair), seg.index, text, seg.text, ctx.source.code, ctx.target.code)
        if wa is None:
            return None
        cut = len(before) - len(link)
        k = max((i for i, t in enumerate(wa.source) if t.end <= cut), default=None)
        if k is None or not wa.source[k].text.isalpha():
            return None
        word = wa.source[k]
        if text[word.start - 1:word.start] in "-‑" and word.start > 0 or text[word.end:word.end + 1] in ("-", "‑"):
            return None  # a part of a hyphenated noun (« petit-fils »): its head is the whole
        complements = lang.word_set("figure_head_complements")
        if any(t.text.lower() in complements for t in wa.source[max(k - 2, 0):k]):
            return None  # « le patron de la banque, 58 ans »: the age is the patron's, not the bank's
        if wa.links.get(k):
            scale = len(wa.target) / max(len(wa.source), 1)
            j = min((j for j, _, _ in wa.links[k]), key=lambda j: abs(j - k * scale))
        else:
            j = NumberMissing._unlinked_rendering(wa, k)
            if j is None:
                return None
        tok = wa.target[j]
        return tok.start, tok.end, text[word.start:q.end + unit.end()]


@register
@record
class NumberAdded(DocumentCheck):
    """The translation has a figure that is not in the source.

    Why it matters: an invented or garbled figure (a year, an amount) is a
    factual addition; it often betrays a misread number (``3.000`` kept as
    three). Figures in brackets right after another figure are conversions
    (``10 km (6 miles)``) and are not reported. A time the source says in
    words is that time in figures (``midi et quart`` is 12:15, ``minuit
    moins le quart`` 23:45, ``a quarter past nine`` 9:15).

    Example:
        source: Le vaisseau a été lancé\\n\\nLe vaisseau a décollé à midi et quart avec des réservoirs pleins.
        bad: The ship was launched\\n\\nThe ship took off at 12:15 with 12 full tanks.
        bad: The ship was launched\\n\\nThe ship took off at 12:45 with full tanks.
        good: The ship was launched\\n\\nThe ship took off at 12:15 with full tanks.
    """

    code = "A403"
    name = "number-added"
    category = "accuracy"
    subcategory = "addition"
    severity = Severity.MINOR
    requires_source = True

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        for found in _comparisons(pair, ctx):
            for q in found.comparison.added:
                seg = found.where[id(q)]
                yield self.issue(seg, q.start, q.end, f"“{_said(q)}” is not in the source.", None)
