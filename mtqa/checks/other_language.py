"""A segment in a third language written in the target's own letters: German or Spanish text as the "English".

A multilingual system may answer in the wrong language, and a feed may carry an item its desk never
translated from a third language. The letters are the target's (Latin), so the script test of
:mod:`mtqa.checks.foreign_script` cannot see it, and the words are not the source language's, so A201
does not either. Precision comes first, so only a segment that holds up on every count is reported: long
enough, almost none of the target's function words, mostly words the target's dictionaries do not know
(names, quotations and borrowed phrases left out, as :mod:`mtqa.evidence` tells them), and language
identification sure it is a third language.
"""
from __future__ import annotations

from typing import Iterator

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.evidence import Evidence
from mtqa.langs.cache import WORDS, TwoGenerations
from mtqa.model import Issue, Segment, Severity
from mtqa.records import record


def _function_votes(ctx) -> TwoGenerations:
    """Word as written -> 1 when it is a function word of the target, else 0 (bounded like the word votes)."""
    def build() -> TwoGenerations:
        function = ctx.target.function_words
        return TwoGenerations(WORDS, lambda word: int(word.lower() in function))

    return ctx.resource("A209.function-votes", build)


@register
@record
class OtherLanguageSegment(SegmentCheck):
    """A whole segment is in a third language, neither the target nor the source (German text as English).

    Why it matters: the reader of the English cannot read it; the segment was not translated into the
    target language (a non-translation, MQM's heaviest error). Each count must agree, so English text is
    never taken for another language: at least ``min_words`` words that are not names, quotations or
    borrowed phrases, at most ``max_function_share`` of them the target's function words (English
    sentences of this length hold several: the, of, and), at least ``min_unknown`` of the lower-case ones
    unknown to the target's Hunspell dictionaries (German writes its nouns with a capital, read as names), and language identification naming a language other
    than the target and the source with ``min_probability``. A segment in the source language is A201's.
    In preview: it runs with ``--preview`` or when selected by its code.

    Stop 72 (pv72) measured it again and left it in preview: no flag anywhere (calibration articles, every newstest
    reference 2008-2015, the 24k WMT14 report), so no precision to weigh against its pass over every segment's words
    (about 1.5 % of a run's CPU).

    Example:
        bad: Crowds in Berlin\\n\\nHeute nahmen dreitausend Menschen an der großen Versammlung vor dem Rathaus teil.
        good: Crowds in Berlin\\n\\nToday three thousand people attended the large rally in front of the town hall.
        good: Crowds in Berlin\\n\\nThe crowd sang "Wir sind das Volk" in front of the Rathaus Schöneberg.
    """

    code = "A209"
    name = "other-language-segment"
    category = "accuracy"
    subcategory = "untranslated"
    severity = Severity.CRITICAL
    requires_dictionary = True
    preview = True
    """Its one pass over every segment's words costs about 1.5 % of a run's CPU (WMT14's 24,024 pairs, paired
    whole-process runs), for a defect no calibration system shows: asked for with ``--preview`` or ``--select A209``."""
    min_words: int = 8
    max_function_share: float = 0.15
    min_unknown: float = 0.3
    min_probability: float = 0.99

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        ev = Evidence.of(ctx)
        words = ev.words(segment.text)
        if len(words) < self.min_words:
            return
        if sum(map(_function_votes(ctx).__getitem__, words)) > self.max_function_share * len(words):
            return  # the cheap screen, one C-level pass over the run's split: target text is full of them
        function = ctx.target.function_words
        counted = [t for t in ev.tokens(segment.text) if t.counted]
        if len(counted) < self.min_words:
            return
        if sum(t.text.lower() in function for t in counted) > self.max_function_share * len(counted):
            return
        lower = [t.text for t in counted if t.text.islower()]
        if not lower:
            return
        unknown = sum(not ctx.target.in_dictionary(w) for w in lower)
        if unknown < self.min_unknown * len(lower):
            return
        from mtqa.langid import detect
        from mtqa.source_language import language_names

        ctx.stats["langid_calls"] += 1
        lang, prob = detect(segment.text)
        if lang in ("unknown", ctx.target.code, ctx.source.code) or prob < self.min_probability:
            return
        name = language_names().get(lang, lang)
        yield self.issue(
            segment, 0, len(segment.text),
            f"This segment is in {name}, neither {ctx.target.name} nor {ctx.source.name}: it was not translated "
            f"({unknown} of {len(lower)} lower-case words unknown to {ctx.target.name}; language identification "
            f"{prob:.2f}).",
            confidence=prob)
