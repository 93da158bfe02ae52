"""A633: a French « devoir » of a plan rendered by the English modal of obligation (« le chantier doit créer 3 000
emplois d'ici 2030 » -> "the project must create 3,000 jobs by 2030").

The grammar is :mod:`mtqa.langs.modal_plans` (the source's plan frames, the target's modal and the plan's wording).
"""
from __future__ import annotations

from typing import Iterator

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.langs.cache import SOURCES, memoize
from mtqa.langs.modal_plans import obligations, plan_frames, source_reading, target_reading
from mtqa.model import Issue, Segment, Severity, joined_sources
from mtqa.records import record


@memoize(SOURCES)
def _frames(lang: str, text: str):
    """The plan frames of a source text, kept per text: every system's translation of one source asks again."""
    reading = source_reading(lang)
    return None if reading is None else plan_frames(reading, text)


@register
@record
class PlanAsObligation(SegmentCheck):
    """A French « devoir » of a plan or a schedule (« le chantier doit créer 3 000 emplois », « les sirènes
    doivent être testées samedi ») rendered by the English modal of obligation ("must create", "must be tested").

    Why it matters: French writes a forecast or a timetable with « devoir » + infinitive; English writes "is
    expected to", "is due to", "is to". "Must" turns what is planned into what is required: the reader hears a
    duty or a deadline imposed on someone. The rule reads the frame in the source (``plan_modal`` of
    ``fr.toml``): a present « doit/doivent » + infinitive followed in its clause by a time still to come
    (« samedi », « l'an prochain », « d'ici 2030 ») or followed by a figure to reach (« créer 3 000 emplois »),
    in a sentence with no word of constraint or rule (« car », « puisque », « chaque », « impérativement »), no
    negated modal and no other verb of obligation. On the newstest references 2008-2013 the frame holds in 11
    sentences: the references write "is to", "is set to", "is due to", "should" in 7, "has to" in 2, and "must"
    once, for « car l'Italie doit placer d'ici avril 2012 » (a constraint, which « car » now excludes); the
    WMT12/13 systems write "must" in 46 of 75. Only a target whose "must" can render nothing else is flagged (no
    more "must" than frames), and "must have" (a deduction) or "must not" are not read. The suggestion is "is
    expected to" or "are expected to" (``plan_modal_rendering`` of ``en.toml``), by the French verb's number.

    Example:
        source: Selon le ministère, le chantier doit créer 3 000 emplois d'ici 2030.
        bad: According to the ministry, the project must create 3,000 jobs by 2030.
        good: According to the ministry, the project is expected to create 3,000 jobs by 2030.
        good: According to the ministry, the project is due to create 3,000 jobs by 2030.
    """

    code = "A633"
    name = "plan-as-obligation"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR
    requires_source = True

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        if not sources:
            return
        target = target_reading(ctx.target.code)
        if target is None:
            return
        found = obligations(target, segment.text)
        if not found:
            return  # nearly every segment: no "must"
        frames = _frames(ctx.source.code, joined_sources(sources))
        if not frames or len(found) > len(frames):
            return  # no plan, an obligation beside it, or more "must" than plans: one may render something else
        for match, frame in zip(found, frames):
            suggestion = target.plural if frame.plural else target.singular
            yield self.issue(
                segment, match.start(), match.end(),
                f"« {self._said(sources, frame)} » is the {ctx.source.name} « devoir » of a plan (« {frame.evidence} » "
                f"is still to come); {quoted(match.group())} makes it an obligation: {ctx.target.name} writes "
                f"{quoted(suggestion)}",
                suggestion)

    @staticmethod
    def _said(sources: list[Segment], frame) -> str:
        return joined_sources(sources)[frame.start:frame.end]
