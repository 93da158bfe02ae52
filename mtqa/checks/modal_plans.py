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
from mtqa.langs.modal_plans import obligations, plan_frames, plan_wording, source_reading, target_reading
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
    """A French « devoir » of a plan (« le chantier doit créer 3 000 emplois ») rendered by "must" ("must create").

    Why it matters: French writes a forecast or a timetable with « devoir » + infinitive (« les sirènes doivent être
    testées samedi »); English writes "is expected to", "is due to", "is to". "Must" turns what is planned into what
    is required: the reader hears a duty or a deadline imposed on someone. The rule reads the frame in the source
    (``plan_modal`` of ``fr.toml``): a present « doit/doivent » + infinitive followed in its clause by a point in
    time still to come (« samedi », « l'an prochain », « en mars », « le 12 juin », « en 2030 ») or followed by a
    figure to reach (« créer plus de 10 000 emplois »); a sum of money or the figure of a verb of paying (« doit verser
    20 000 euros à la victime ») is what an obligation sets as often as a plan, and no evidence. A deadline is no evidence: « d'ici 2030 », « avant le 12
    juin » is what an obligation sets (« le ministre doit présenter un budget d'ici trois semaines » is "must" in a
    correct translation), so « doit être achevé d'ici 2030 » is left alone; so is a "must" whose own clause sets a
    deadline ("the elections, which must be held by June 2010": ``deadline_leads`` of ``en.toml`` before a month,
    a weekday or a year), the translator's reading of an obligation with a date a law or a rule sets, which the
    source's time still to come cannot tell from a schedule. So is a sentence with a word of
    constraint or rule (« car », « puisque », « chaque », « impérativement »), a purpose the act is needed for
    (« doit gagner samedi pour se qualifier », « afin de boucler son budget »), a negated modal or another verb of
    obligation. On the newstest references 2008-2013 the frame holds in 11 sentences: the references write "is
    to", "is set to", "is due to", "should" in 7, "has to" in 2, and "must" once, for « car l'Italie doit placer
    d'ici avril 2012 » (a constraint, which « car » now excludes); the WMT12/13 systems write "must" in 46 of 75.
    Only a target whose "must" can render nothing else is flagged (no more "must" than frames), and "must have"
    (a deduction) or "must not" are not read. The suggestion (``plan_modal_rendering`` of ``en.toml``) replaces
    the English verb, so it agrees with the English subject read before "must" ("the police are expected to",
    "the work is expected to"); a subject it cannot read gets "expected to" alone, to follow the subject's form of
    "be"; at a sentence's start it is capitalised.

    Example:
        source: Selon le ministère, le chantier doit créer 3 000 emplois en 2030.
        bad: According to the ministry, the project must create 3,000 jobs in 2030.
        good: According to the ministry, the project is expected to create 3,000 jobs in 2030.
        good: According to the ministry, the project is due to create 3,000 jobs in 2030.
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
        # one "must" per frame pairs them in order; with fewer "must" than frames nothing says which frame a "must"
        # renders, so no frame is quoted rather than a wrong one
        paired = frames if len(found) == len(frames) else [None] * len(found)
        for match, frame in zip(found, paired):
            suggestion = plan_wording(target, segment.text, match)
            how = (quoted(suggestion) if suggestion.lower() != target.bare.lower() else
                   f"{quoted(suggestion)} after the subject's form of “be”")
            lemma = source_reading(ctx.source.code).lemma
            said = (f"« {self._said(sources, frame)} » is the {ctx.source.name} « {lemma} » of a plan "
                    f"(« {frame.evidence} » is still to come)" if frame is not None else
                    f"the {ctx.source.name} « {lemma} » here is one of a plan (a time still to come or a figure to "
                    f"reach)")
            yield self.issue(
                segment, match.start(), match.end(),
                f"{said}; {quoted(match.group())} makes it an obligation: {ctx.target.name} writes {how}", suggestion)

    @staticmethod
    def _said(sources: list[Segment], frame) -> str:
        return joined_sources(sources)[frame.start:frame.end]
