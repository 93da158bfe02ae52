"""The regnal number of a pope or monarch, compared between the source and the translation (T111).

A regnal number names the person: Louis XIV and Louis XV are two kings, Jean-Paul II and John Paul I two
popes. The figure checks (A4xx) never report a Roman numeral, since a translator may spell out or drop a
figure written so; a regnal number is neither spelt out nor dropped in news, and a wrong one is a wrong
person. The source's numbers are read after a first name (the languages' first-name tables, the pair's
given-name and regnal-name tables: Benoît, Jean-Paul) as Roman numerals (:func:`mtqa.numbers.regnal_value`)
or the source language's "the First" (``regnal_first``: François Ier) or old ordinals (``regnal_ordinals``:
Charles Quint); the translation's after the same
name in either language's form (Benedict for Benoît, John Paul for Jean-Paul), as a Roman numeral or in
figures (Benedict 16). Another number there is a wrong person; the same number in figures is reported as
the target language's style where its profile says it writes regnal numbers in Roman numerals
(``regnal_numerals``), with a lower severity.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.langs import fold
from mtqa.langs.cache import SOURCE_MEMO, TABLES, memoize
from mtqa.langs.data import alternation
from mtqa.model import Issue, Segment, Severity, source_texts
from mtqa.numbers import conventions, quantities_of, regnal_value, regnal_words, roman_numeral, roman_value
from mtqa.records import record
from mtqa.words import UPPER

_NAME = rf"[{UPPER}][^\W\d_]*(?:-[{UPPER}][^\W\d_]*)*"
_SP = r"[ \u00a0]+"


class Regnal(NamedTuple):
    names: frozenset[str]
    """The name as either language may write it, folded, hyphens as spaces (jean paul, john paul)."""
    written: str
    """The source's name and number (Jean-Paul II)."""
    value: int


def _key(name: str) -> str:
    return fold(name).replace("-", " ")


@memoize(TABLES)
def _source_pattern(lang) -> re.Pattern:
    """A capitalised name, then a Roman numeral or the language's "the First" or an old ordinal (François Ier,
    Charles Quint: :func:`mtqa.numbers.regnal_words`)."""
    first = alternation(regnal_words(lang))
    firsts = f"|(?P<first>{first})" if first else ""
    return re.compile(rf"(?<![\w-])(?P<name>{_NAME}){_SP}(?:(?P<roman>[IVXLC]+){firsts})(?![\w-])")


@memoize(TABLES)
def _target_pattern(lang) -> re.Pattern:
    """Up to three capitalised words (Pope John Paul), then a Roman numeral or a figure with or without the
    language's ordinal suffix (Benedict 16, Benedict 16th)."""
    suffixes = alternation(conventions(lang.code).ordinal_suffixes)
    return re.compile(rf"(?<![\w-])(?P<name>{_NAME}(?:{_SP}{_NAME}){{0,2}}){_SP}"
                      rf"(?:(?P<roman>[IVXLC]+)|(?P<figure>\d{{1,2}})(?:{suffixes})?)(?![\w-])")


@memoize(SOURCE_MEMO)
def source_regnals(texts: tuple[str, ...], pair) -> tuple[Regnal, ...]:
    """The source's first names followed by a regnal number, with the forms the target may give the name
    (its own, the given-name table's, the regnal-name table's): read once per source text, every system's
    translation of it asks again."""
    src, tgt = pair.source, pair.target
    given, regnal_only = pair.given_names, pair.regnal_names
    out = []
    for text in texts:
        for m in _source_pattern(src).finditer(text):
            name = m.group("name")
            key = fold(name)
            value = regnal_value(m.group("first") or m.group("roman"), src)
            if value is None or not (key in src.first_names_folded or key in given or key in regnal_only
                                     or key in tgt.first_names_folded):
                continue  # « Chapitre IV », « Vatican II »: no person's number
            forms = {_key(name)} | {_key(f) for f in (given.get(key), regnal_only.get(key)) if f}
            out.append(Regnal(frozenset(forms), m.group(), value))
    return tuple(out)


def _source_counts(texts: tuple[str, ...], lang: str) -> frozenset[float]:
    """The values the source writes as counts, in figures or words (« 2 gardes », « Vingt ans »), not as
    Roman numerals: a figure of the translation with such a value after a regnal name may be that count
    ("John Paul 2 guards had", "Louis 20 years later"), which a garbled word order put there."""
    return frozenset(q.value for text in texts for q in quantities_of(text, lang) if q.kind != "roman")


def _named(words: str, regnals: tuple[Regnal, ...]) -> list[Regnal]:
    """The regnal names the capitalised words before a number end with (Pope John Paul: john paul), the
    longest form only: John Paul is Jean-Paul II's, not Paul VI's when the source names both."""
    key = _key(words)
    lengths = {r: max((len(n) for n in r.names if key == n or key.endswith(" " + n)), default=0) for r in regnals}
    longest = max(lengths.values(), default=0)
    return [r for r in regnals if longest and lengths[r] == longest]


@register
@record
class RegnalNumber(SegmentCheck):
    """A pope's or monarch's regnal number differs from the source's (``Louis XIV`` -> "Louis XV").

    Why it matters: the number names the person; Louis XV is another king
    than Louis XIV, John Paul I another pope than Jean-Paul II. The figure
    checks never report a Roman numeral (a translator may drop or spell out
    such a figure), so a changed regnal number went unseen. The source's
    number is read after a first name of the tables (Louis, Benoît,
    Jean-Paul: not « Chapitre IV ») as a Roman numeral, the source
    language's "the First" (François Ier) or one of its old ordinals
    (``regnal_ordinals``: Charles Quint is Charles V); the translation's after the
    same name in either language's form (Louis, Benedict, John Paul). A
    different number is reported with the source's as the suggestion; the
    same number in figures (Benedict 16) is reported, minor, where the
    target language writes regnal numbers in Roman numerals (its profile's
    ``regnal_numerals``: English news style, AP and Reuters), as is a
    figure with an ordinal suffix (Benedict 16th). A number the source also
    gives the same name elsewhere in the sentence (Louis XIV et Louis XV)
    is no change, and neither is a bare figure whose value the source
    writes as a count (« Vingt ans plus tard » -> "Louis 20 years later"):
    that figure may be the count, moved by a garbled word order.

    Example:
        source: Titre\\n\\nLe pape Benoît XVI a reçu les descendants de Louis XIV et de Charles Quint.
        bad: Title\\n\\nPope Benedict XVI received the descendants of Louis XV and of Charles V.
        bad: Title\\n\\nPope Benedict 16 received the descendants of Louis XIV and of Charles V.
        bad: Title\\n\\nPope Benedict XVI received the descendants of Louis XIV and of Charles VI.
        good: Title\\n\\nPope Benedict XVI received the descendants of Louis XIV and of Charles V.
    """

    code = "T111"
    name = "regnal-number"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MAJOR
    requires_source = True

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        if not sources:
            return
        regnals = source_regnals(source_texts(sources), ctx.pair)
        if not regnals:
            return
        text = segment.text
        roman_style = ctx.target.extra.get("regnal_numerals") == "roman"
        for m in _target_pattern(ctx.target).finditer(text):
            named = _named(m.group("name"), regnals)
            if not named:
                continue
            figure = m.group("figure")
            value = int(figure) if figure else roman_value(m.group("roman"))
            if value is None:
                continue
            if figure and m.end() == m.end("figure") \
                    and value in _source_counts(source_texts(sources), ctx.source.code):
                continue  # a bare figure the source writes as a count: maybe that count, not the number
            start = m.start("figure") if figure else m.start("roman")
            said = text[start:m.end()]
            values = {r.value for r in named}
            if value in values:
                if figure and roman_style:
                    yield self.issue(
                        segment, start, m.end(),
                        f"“{said}” writes a regnal number in figures; {ctx.target.name} writes it in Roman "
                        f"numerals ({roman_numeral(value)}).", roman_numeral(value), severity=Severity.MINOR,
                        confidence=0.8)
                continue
            wanted = sorted(values)
            source_said = " or ".join(dict.fromkeys(f"“{r.written}”" for r in named))
            yield self.issue(
                segment, start, m.end(),
                f"“{said}” is not the regnal number of the source's {source_said}: another person.",
                roman_numeral(wanted[0]) if len(wanted) == 1 else None, confidence=0.85)
