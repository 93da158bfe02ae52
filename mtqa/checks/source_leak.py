"""Source-language text left in the translation.

Machine translation pipelines sometimes pass a segment through untouched, or
a CMS pastes the source headline into the English body. Readers of the
English cannot understand it, so it is an accuracy error of the heaviest kind.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.langid import detect, screen, words
from mtqa.model import Issue, Segment, Severity


@register
@dataclass
class SourceLanguageSegment(SegmentCheck):
    """A whole sentence or paragraph of the translation is in the source language.

    Why it matters: the reader of the English cannot read it; it usually
    means a segment was never translated or the source was pasted in.
    A cheap screen on function words keeps language identification off
    segments that are plainly in the target language, and ``min_words``
    keeps it off fragments too short to identify reliably.

    Example:
        bad: The capsule landed.\\n\\nL'équipe russe est de retour sur Terre après douze jours dans l'espace.
        good: The capsule landed.\\n\\nThe Russian team is back on Earth after twelve days in space.
    """

    code = "A201"
    name = "source-language-segment"
    category = "accuracy"
    subcategory = "untranslated"
    severity = Severity.CRITICAL
    min_words: int = 4
    min_screen: float = 0.5
    min_probability: float = 0.9

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        if len(words(segment.text)) < self.min_words:
            return
        if screen(segment.text, ctx.source, ctx.target) < self.min_screen:
            return
        ctx.stats["langid_calls"] += 1
        lang, prob = detect(segment.text)
        if lang == ctx.source.code and prob >= self.min_probability:
            yield self.issue(
                segment,
                0,
                len(segment.text),
                f"This segment is in {ctx.source.name}, not {ctx.target.name} "
                f"(language identification {prob:.2f}).",
                None,
                confidence=prob,
            )
