"""A625: a French time of day carried over word for word (« en fin de matinée » -> "at the end of the morning",
« dans la nuit de mardi à mercredi » -> "in the night of Tuesday to Wednesday").

The readings and their evidence are :mod:`mtqa.langs.time_phrases`: the French phrase is read in the source and its
word-for-word English in the translation, so an English "at the end of the day" of the translator's own is never
read.
"""
from __future__ import annotations

from typing import Iterator

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.langs.time_phrases import duration_calques, might_hold, period_calques, time_calques
from mtqa.model import Issue, Segment, Severity, joined_sources
from mtqa.records import record


@register
@record
class TimePhraseCalque(SegmentCheck):
    """A French time of day rendered word for word: an edge of a part of the day (« en fin de matinée », « en début
    d'après-midi ») or a night between two days (« dans la nuit de mardi à mercredi »).

    Why it matters: French places an event with an edge noun and no article, and names a night by the two days
    it joins (« la nuit du 13 au 14 juillet »); English news writes an adverb of the edge ("late in the
    morning", "early in the afternoon", "in the early hours" for « en fin de nuit ») and "overnight". The
    word-for-word "at the end of the morning" and "in the night of Tuesday to Wednesday" read as translated.
    The rule reads the edge and part nouns, the days (weekdays, dates or both) and the English forms from data
    (``time_phrases`` of ``fr.toml`` and ``en.toml``), and flags a rendering only when the source holds the same
    French phrase: the same edge of the same part, or a night between the same two days. An edge phrase is read
    only after "at" or "in", the renderings of « en » ("towards / near / by the end of the afternoon" are
    English), not when the part noun modifies the next noun ("the evening news"), and "at the end of the day"
    with its articles is English's own (the literal time and the idiom). « à la fin de la journée », with its
    article, is another phrase and is left alone. The edge of a month or a year is read the same way (stop 74):
    « d'ici fin 2028 », « début mars » written "by end 2028", "beginning March", where English writes "by the end
    of 2028", "at the beginning of March" (``period_suggest`` of ``en.toml``); the newstest 2008-2013 references
    and Potet's post-edits write that bare shape 0 times in 27,454 sentences. "end-March" (hyphenated, finance
    copy), a verb ("will end 2013 with a deficit") and a date ("talks end March 3") are not read. And a duration
    after "since" (stop 74): « depuis un siècle », « depuis plus de dix ans » written "since a century", "since
    more than ten years"; English writes "since" before a point in time only ("for a century", "in a century"
    after a negation). The references write it once in 27,454 sentences, against 134 sources with « depuis » +
    a duration; "since three years ago" (a point in time) is not read.

    Example:
        source: Le texte, attendu depuis plus de dix ans, a été voté en fin de matinée et entrera en vigueur d'ici fin 2028.
        bad: The text, awaited for more than ten years, was passed at the end of the morning and will take effect by the end of 2028.
        bad: The text, awaited for more than ten years, was passed late in the morning and will take effect by end 2028.
        bad: The text, awaited since more than ten years, was passed late in the morning and will take effect by the end of 2028.
        good: The text, awaited for more than ten years, was passed late in the morning and will take effect by the end of 2028.
        good: The text, awaited since 2014, was passed late in the morning and will take effect by the end of 2028.
    """

    code = "A625"
    name = "time-phrase-calque"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR
    requires_source = True

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        langs = (ctx.source.code, ctx.target.code)
        if not sources:
            return
        source = joined_sources(sources)
        if might_hold(segment.text, langs[1]):  # the data's cue words
            yield from self._times(segment, source, langs)
        for found in period_calques(source, segment.text, langs):
            yield self.issue(segment, found.start, found.end,
                             f"{quoted(found.text)} renders « {found.source} » word for word: French names the edge "
                             f"of a month or year with no article and no « de »; English writes "
                             f"{quoted(found.suggestion)}",
                             found.suggestion)
        for found in duration_calques(source, segment.text, langs):
            yield self.issue(segment, found.start, found.end,
                             f"{quoted(found.text)} renders « depuis » + a duration word for word: English "
                             f"writes “since” before a point in time only, and a duration with "
                             f"{quoted(found.suggestion)} (or “in”, after a negation)",
                             found.suggestion)

    def _times(self, segment: Segment, source: str, langs: tuple) -> Iterator[Issue]:
        for found in time_calques(source, segment.text, langs):
            what = ("names a night by its two days in the French order (« la nuit de mardi à mercredi »)"
                    if found.night else
                    "renders « en fin de … » / « en début de … » word for word")
            yield self.issue(segment, found.start, found.end,
                             f"{quoted(found.text)} {what}; English writes {quoted(found.suggestion)}",
                             found.suggestion)
