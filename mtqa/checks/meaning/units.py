"""Units (A605): a figure whose unit of measure changed between the source and the translation.

The units and their kinds, and the scale words a figure may carry before its unit, are
``mtqa/data/lexmodel/units.toml``'s.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator, Optional

from mtqa.checks.registry import register
from mtqa.records import record
from mtqa.checks.wording import quoted
from mtqa.langs.lexmodel import scale_words, units as unit_table
from mtqa.model import DocumentPair, Issue, Severity, joined_sources
from mtqa.langs.cache import LARGE_TEXTS, memoize
from mtqa.langs.data import alternation
from mtqa.numbers import digit_starts, has_decimal, has_digit
from mtqa.checks.meaning.shared import MeaningCheck


_FIGURE_START = r"(?<![\w.,])"
"""No letter, digit, point or comma right before a figure."""
_FIGURE = _FIGURE_START + r"(?P<num>\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?)"


def _scale(*langs: str) -> str:
    """The optional scale word (and joining word) between a figure and its unit, in any of ``langs``
    (units.toml's ``scales`` and ``scale_joiners``)."""
    words = {w for lang in langs for w in scale_words(lang)[0]}
    joiners = {w for lang in langs for w in scale_words(lang)[1]}
    if not words:
        return ""
    joined = rf"(?:\s+(?:{alternation(joiners)}))?" if joiners else ""
    return rf"(?:\s*(?:{alternation(words)})\b{joined})?"


@functools.lru_cache(maxsize=None)
def _units(lang: str, other: str) -> Optional[tuple[re.Pattern, re.Pattern, dict]]:
    """(figure-then-unit regex, unit-then-figure regex, unit -> kind) for ``lang``, paired with ``other``
    (whose scale words are read too: see units.toml)."""
    table = unit_table(lang)  # units.toml, read by the language owner
    if table is None:
        return None
    # an empty table (a $MTQA_DATA copy's "[fr.after]" with no unit) matches nothing: "(?:)" matched with no unit
    after = alternation((f"(?P<a_{u}>{rx})" for u, rx in table[0].items()), str, ordered=True)
    before = alternation((f"(?P<b_{u}>{rx})" for u, rx in table[1].items()), str, ordered=True)
    unit = _scale(lang, other) + r"\s*(?:" + after + ")"
    return (re.compile(_FIGURE + unit, re.IGNORECASE),
            re.compile(r"(?:" + before + r")\s*" + _FIGURE),
            table[2],
            re.compile(unit, re.IGNORECASE))


_GROUP_SEPARATORS = "\u00a0\u202f "
"""The separators of _FIGURE's 3-digit groups that its lookbehind lets a figure start after."""
_STARTS_FIGURE = re.compile(_FIGURE_START)


def _figures_then_units(after: re.Pattern, unit: re.Pattern, text: str) -> Iterator[re.Match]:
    """``after.finditer(text)`` (a figure, then its unit; ``unit`` is the part after the figure), trying
    only the starts that can begin a match.

    Why: on a run of 3-digit groups ("100 101 102 ...") each start's figure took every group to the run's
    end and gave them back one by one looking for a unit, in time growing with the square of the run.
    When the attempt at a run of digits that may start a figure fails, a 3-digit group that follows it (one separator on) in that
    figure ends its own figure at the same places, which all failed, or after its first or second digit:
    the group is tried only if ``unit`` matches there. A group's figure that goes on past 3 digits
    ("100 1000") is always tried."""
    end = 0  # where finditer resumes: the end of the last match
    chain = -2  # the end of the last failed attempt's figure chain so far (a run, then 3-digit groups)
    for at in digit_starts(text):
        if at < end:
            continue
        run_end = at + 1  # \d is a decimal digit (str.isdecimal)
        while run_end < len(text) and text[run_end].isdecimal():
            run_end += 1
        if at == chain + 1 and text[chain] in _GROUP_SEPARATORS and run_end - at == 3 and \
                unit.match(text, at + 1) is None and unit.match(text, at + 2) is None:
            chain = run_end  # a group of the failed figure: its attempt fails too
            continue
        m = after.match(text, at)
        if m is not None:
            yield m
            end, chain = m.end(), -2
        elif _STARTS_FIGURE.match(text, at):  # the figure was read and found no unit
            chain = run_end
        else:
            chain = -2


@memoize(LARGE_TEXTS)
def _figures_with_units(text: str, lang: str, other: str) -> tuple[tuple[str, str, int, int], ...]:
    """(digits, unit, start, end) of every figure written with a unit in ``text`` (in ``lang``, paired
    with ``other``); remembered, as a source is read again for every system that translates it (only the
    texts with figures ask: :data:`~mtqa.langs.cache.LARGE_TEXTS` of them)."""
    units = _units(lang, other)
    if units is None or not has_decimal(text):
        return ()  # both patterns need a figure
    after, before = units[0], units[1]
    # a figure followed by its unit starts at a run of digits: tried there only
    found = [*_figures_then_units(after, units[3], text), *before.finditer(text)]
    return tuple(("".join(c for c in m.group("num") if c.isdigit()),
                  next(k[2:] for k, v in m.groupdict().items() if v is not None and k[:2] in ("a_", "b_")),
                  m.start(), m.end()) for m in found)


@register
@record
class UnitChanged(MeaningCheck):
    """A figure keeps its digits but changes its unit (cents to dollars, points to percent).

    Why it matters: "82 ¢" rendered "$82" multiplies a price by a hundred; a
    rise of "2 points" rendered "2 percent" changes the size of a change; "50
    euros" rendered "$50" changes the currency. The digits are right, so a
    comparison of figures sees nothing. Units written next to figures are
    data (``mtqa/data/lexmodel/units.toml``); a target figure with the same
    digits as a source figure, a unit of the same kind (money, ratio,
    length, weight) and a different unit is reported, unless the source's
    unit is also given with those digits (a conversion in brackets).

    Example:
        source: Le litre d'essence a atteint 82 ¢ lundi.
        bad: A litre of petrol reached $82 on Monday.
        good: A litre of petrol reached 82 cents on Monday.
    """

    code = "A605"
    name = "unit-changed"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MAJOR

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        if pair.source is None or pair.source_title_only:
            return
        src_lang, tgt_lang = ctx.config.source_lang, ctx.config.target_lang
        kinds = _units(tgt_lang, src_lang)[2] if _units(tgt_lang, src_lang) else {}
        for seg in pair.target.segments:
            if not has_digit(seg.text):
                continue
            sources = pair.sources_of(seg.index)
            if not sources:
                continue
            src = _figures_with_units(joined_sources(sources), src_lang, tgt_lang)
            if not src:
                continue
            tgt = _figures_with_units(seg.text, tgt_lang, src_lang)
            have = {(d, u) for d, u, _, _ in tgt}
            # the source's units by digits, each once in the order first written: read once per segment, not
            # once per target figure (a segment of "$1 $1 $1 ..." compared each figure with every source figure)
            src_units: dict[str, dict[str, None]] = {}
            for d, u, _, _ in src:
                src_units.setdefault(d, {})[u] = None
            for digits, unit, start, end in tgt:
                written = src_units.get(digits, {})
                expected = [u for u in written if u != unit
                            and kinds.get(u) is not None and kinds.get(u) == kinds.get(unit)]
                if not expected or any((digits, u) in have for u in expected) or unit in written:
                    continue
                yield self.issue(
                    seg, start, end,
                    f"{quoted(seg.text[start:end])} has the digits of the {ctx.source.name} figure but its unit is "
                    f"{unit}, where the {ctx.source.name} has {expected[0]}",
                )
