"""Text in a script the target language is not written in: a segment or words nobody translated.

A multilingual system can answer in the wrong language (a Russian or Chinese sentence for the English),
and a system that cannot translate a word may leave it in the source's script (``attended 参加``). Neither
is caught by the checks that recognise the *source* language's words (:mod:`mtqa.checks.source_leak`),
since the letters are not French at all. The script of each letter is Unicode's
(:mod:`mtqa.langs.scripts`); which scripts the target writes is its profile's data.

English news carries some letters of other scripts on purpose, and they stay clean: a lone Greek letter
used as a symbol (α-particle, Δ, μs; the profile's ``symbol_scripts``), a name or term given in its own
script in brackets after its English form (``Xi Jinping (习近平)``), foreign words followed by their
translation in brackets, or in quotation marks after a comma, a colon or a dash, and words the aligned source
itself writes in that script.
"""
from __future__ import annotations

import re
from typing import Iterator

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.langs.scripts import SCREEN, Run, foreign_runs
from mtqa.model import Issue, Segment, Severity, joined_sources
from mtqa.records import record

_OPEN, _CLOSE = "([（［", ")]）］"
_PADDING = " \u00a0\u3000\"'“”‘’«»「」『』,，:："


def _screen(text: str) -> bool:
    return not text.isascii() and SCREEN.search(text) is not None


def _groups(text: str, runs: list[Run]) -> list[list[Run]]:
    """Runs with no letter of the target's scripts between them (a sentence of words, a name with its
    spaces) as one group; a group ends at a target-language letter."""
    groups: list[list[Run]] = []
    for run in runs:
        if groups and not any(ch.isalpha() for ch in text[groups[-1][-1].end:run.start]):
            groups[-1].append(run)
        else:
            groups.append([run])
    return groups


class _ForeignScript(SegmentCheck):
    """The analysis both grains share: the groups of foreign-script letters not written on purpose."""

    screen = staticmethod(_screen)

    @staticmethod
    def found(text: str, target) -> tuple[list[list[Run]], int, int]:
        """(groups, foreign letters in them, letters of the target's scripts) of ``text``."""
        if not target.scripts:
            return [], 0, 0  # a profile that does not say which scripts it writes: nothing is foreign to it
        runs, native = foreign_runs(text, target.scripts)
        if not runs:
            return [], 0, native
        groups = [g for g in _groups(text, runs) if not _written_on_purpose(text, g, target)]
        return groups, sum(r.letters for g in groups for r in g), native


def _scripts(groups) -> str:
    return " and ".join(dict.fromkeys(r.script for g in groups for r in g))


def _written_on_purpose(text: str, group: list[Run], target) -> bool:
    """A lone symbol letter, a name in brackets after its English form, or words glossed in brackets or in
    quotation marks after a comma, a colon or a dash."""
    if all(r.letters == 1 and r.script in target.symbol_scripts for r in group):
        return True
    before = text[:group[0].start].rstrip(_PADDING)
    after = text[group[-1].end:].lstrip(_PADDING)
    if before[-1:] and before[-1] in _OPEN and after[:1] and after[0] in _CLOSE:
        return any(ch.isalpha() for ch in before)  # "Xi Jinping (习近平)": the English form comes first
    if after[:1] and after[0] in _OPEN:
        close = min((i for i in (after.find(c) for c in _CLOSE) if i > 0), default=len(after))
        gloss = after[1:close]
        return any(c.isalpha() for c in gloss) and not foreign_runs(gloss, target.scripts)[0]
    m = _QUOTED_GLOSS.match(text, group[-1].end)
    if m is not None:
        gloss = m.group("gloss")
        return any(c.isalpha() for c in gloss) and not foreign_runs(gloss, target.scripts)[0]
    return False


_QUOTED_GLOSS = re.compile(r"[\"'”’»」』]?[ \u00a0]*[,，:：–—-][ \u00a0]*[\"'“‘«「『](?P<gloss>[^\"”»」』]{1,200}?)[\"'”’»」』](?![^\W\d_])")
"""A translation in quotation marks after a comma, a colon or a dash (``Слава Україні, "Glory to Ukraine"``): a
gloss set off by punctuation instead of brackets. The quotation marks are what tell it from the sentence going
on after a comma."""


@register
@record
class ForeignScriptSegment(_ForeignScript):
    """A segment written in a script the target language is not written in: it was not translated.

    Why it matters: an English reader cannot read a Cyrillic, Chinese or Arabic sentence; a multilingual
    system that answered in the wrong language, or a source pasted in place of its translation, is a
    non-translation (MQM's heaviest error, weight 25 in WMT's campaigns). A segment is reported when its
    letters are at least as many in other scripts as in the target's (the profile's ``scripts``; digits,
    punctuation, symbols and emoji belong to no script). Letters written on purpose are not counted: a lone
    letter of a ``symbol_scripts`` script (α, Δ, μs), a name in its own script in brackets after its
    English form, foreign words followed by their translation in brackets.

    Example:
        bad: Crowds in Berlin\\n\\nСегодня в собрании приняли участие 3000 человек.
        bad: 今天有3000人参加了柏林的集会。\\n\\nThe rally was peaceful.
        good: Crowds in Berlin\\n\\nToday 3,000 people attended the rally.
        good: Talks in Beijing\\n\\nXi Jinping (习近平) met Li (李强).
    """

    code = "A207"
    name = "foreign-script-segment"
    category = "accuracy"
    subcategory = "untranslated"
    severity = Severity.CRITICAL

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        groups, foreign, native = self.found(segment.text, ctx.target)
        if groups and foreign >= native:
            yield self.issue(
                segment, 0, len(segment.text),
                f"This segment is written in {_scripts(groups)} script, which {ctx.target.name} is not written "
                f"in: it was not translated ({foreign} of {foreign + native} letters).")


@register
@record
class ForeignScriptPhrase(_ForeignScript):
    """Words in a script the target language is not written in, inside a target-language sentence.

    Why it matters: a system that cannot translate a word may leave it in the source's script (``attended
    参加``); the English reader loses its meaning (MQM's source-language fragment). A run of letters of
    scripts the target does not write (the profile's ``scripts``), with no target-language letter inside
    it, is reported in a segment mostly in the target's script (the whole segment is A207's). English
    news writes some such letters on purpose, and they are left alone: a lone letter of a
    ``symbol_scripts`` script (an α-particle, Δ, μs), a name in its own script in brackets after its
    English form (``Xi Jinping (习近平)``), foreign words followed by their translation in brackets
    (``the slogan Слава Україні (Glory to Ukraine)``) or in quotation marks after a comma, a colon or a dash
    (``Слава Україні, "Glory to Ukraine"``), and words the aligned source writes the same way.

    Example:
        bad: Crowds in Berlin\\n\\nToday 3,000 people attended 参加 the rally.
        bad: Crowds in Berlin\\n\\nThe crowd хватает the banners.
        good: Crowds in Berlin\\n\\nToday 3,000 people attended the rally.
        good: Talks in Beijing\\n\\nXi Jinping (习近平) chanted Слава Україні (Glory to Ukraine); α-particles lasted 5 μs at 20 ℃.
    """

    code = "A208"
    name = "foreign-script-phrase"
    category = "accuracy"
    subcategory = "untranslated"
    severity = Severity.MAJOR

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        groups, foreign, native = self.found(segment.text, ctx.target)
        if not groups or foreign >= native:
            return
        text = segment.text
        kept = joined_sources(sources)
        for group in groups:
            start, end = group[0].start, group[-1].end
            span = text[start:end]
            if span in kept:
                continue  # the source writes it so too: a name or a quotation kept in its own script
            yield self.issue(
                segment, start, end,
                f"{quoted(span)} is in {_scripts([group])} script, which {ctx.target.name} is not written in: words "
                f"left untranslated.")
