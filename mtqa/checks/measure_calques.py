"""A619-A621: measures and counts written in French grammar (« long de 172 km », « un producteur de 58 ans »,
« 12 morts, dont 3 enfants »), read by rules of grammar rather than a list of phrases.

The readings and their evidence are :mod:`mtqa.langs.measures`. Why rules: the phrase entries of A501 reach the
phrases they list (stop 62-66: 0.35 of the calibration calques, 0.19 of an unseen set); « de » before a measure
and « dont » before a figure are the same whatever the adjective, the noun or the figure, and English writes
neither: it puts the measure first ("172 km long", "aged 58", "a 58-year-old producer") and lists a part with
"including" or a verb ("of which three were children").
"""
from __future__ import annotations

from typing import Iterator

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.langs.measures import (aged_nouns, measure_adjectives, part_word, parts_without_verb,
                                 source_has_age, source_has_measure, source_has_part)
from mtqa.model import Issue, Segment, Severity, joined_sources
from mtqa.records import record


@register
@record
class MeasureAdjectiveOf(SegmentCheck):
    """An adjective of a measure linked to its figure by "of", in the French order (« une étape longue de 172
    km » -> "a stage long of 172 km"; « âgé de 58 ans » -> "aged of 58 years").

    Why it matters: French links an adjective to its measure with « de »; English puts the measure before the
    adjective ("172 km long", "60 members strong", "81 years old") and writes a bare age after "aged" ("aged
    58"). "long of", "strong of", "aged of" before a figure are not English: the references of newstest 2008-2013
    and Potet's post-edits write none (27,454 sentences); machine translation does ("aged of 18", "old of 81").
    The rule reads any adjective of ``measure_calques.adjectives`` (``en.toml``), "of" and a figure (digits or
    words, after "about", "nearly" ...), with its unit or counted noun ("300 m", "2.5m", "60 men"), in lower case
    (a capitalised "Long" or "Strong" before "of" and a figure is a surname: "Mr Long of 45 Belmont Road"). "High",
    also a noun of a peak ("a high of 4.5%", "a record high of 6 metres"), only before a unit of length and not
    after a word of a peak, read whole when hyphenated ("an all-time high"), or a possessive ("the season's high";
    a pronoun's "'s" is "is": "he's aged of 45" is read, ``contracted_pronouns``) (``length_adjectives``, stop 74:
    "a lighthouse high of 52 metres"); not "low". With a source, the French must link the same figure to an
    adjective of a measure with « de » (« haute de 300 m »; for "aged", an age « de N ans »): a « de + figure »
    elsewhere in the sentence (« une prime de 500 euros ») is another phrase.

    Example:
        source: Le Tour arrive dans les Alpes avec une étape longue de 172 km.
        bad: The Tour reaches the Alps with a stage long of 172 km.
        good: The Tour reaches the Alps with a 172-km stage.
        good: The stage is 172 km long and the climb is long, of course.
    """

    code = "A619"
    name = "measure-adjective-of"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        found = list(measure_adjectives(segment.text, ctx.target.code))
        if not found:
            return
        source = joined_sources(sources) if sources else None
        for m in found:
            if source is not None and not (source_has_measure(source, ctx.source.code, m.measure)
                                           or (m.is_age and source_has_age(source, ctx.source.code, m.measure))):
                continue
            yield self.issue(segment, m.start, m.end,
                             f"{quoted(m.adjective)} is linked to its measure {quoted(m.measure)} by “of”: French "
                             f"order (« long de 172 km », « âgé de 58 ans »); English puts the measure first "
                             f"(“172 km long”) and writes a bare age after “aged” (“aged 58”)",
                             m.suggestion)


@register
@record
class AgeOfYears(SegmentCheck):
    """A person given an age by "of <n> years", in the French order (« un producteur de 58 ans » -> "a producer of
    58 years").

    Why it matters: French gives a person's age with « de … ans » after the noun; English writes a compound before
    it ("a 58-year-old producer") or "aged 58" after it. "A man of 58" is an old literary turn and "a woman of 52
    years" is not news English: the newstest references write "-year-old" before a person and one "of … years"
    after a person (a gentleman of 50 years, translated from Spanish), while WMT12-14 systems write it over a
    hundred times. The rule reads an indefinite article, a person noun of ``measure_calques.age_nouns``
    (``en.toml``; or one ending in "-ist", "-ician"), "of", a figure and "year(s)" (with "old" or not), but not
    "of … years" followed by "of", "ago", "earlier" (a span: "a veteran of 20 years of service"); spans English
    writes so ("a sentence of 20 years", "a period of five years", "his wife of 30 years") have no person noun
    or no indefinite article. With a source, the French must give the same figure as an age with « de » and
    its unit (« un employé de 25 ans », « un bébé de 18 mois »): "a loyal employee of 25 years" from « employé
    fidèle depuis 25 ans » is a length of service, English, and quiet, whatever other « de + figure » the
    sentence holds.

    Example:
        source: Un producteur de 58 ans venu de Kericho a vendu sa récolte.
        bad: A producer of 58 years from Kericho sold his harvest.
        good: A 58-year-old producer from Kericho sold his harvest.
        good: He was sentenced to a term of 20 years after a trial of six weeks.
    """

    code = "A620"
    name = "age-of-years"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        found = list(aged_nouns(segment.text, ctx.target.code))
        if not found:
            return
        source = joined_sources(sources) if sources else None
        for m in found:
            if source is not None and not source_has_age(source, ctx.source.code, m.age, m.unit_compound):
                continue
            yield self.issue(segment, m.start, m.end,
                             f"the age of {quoted(m.noun)} is given by “of {m.age} years”: French order (« un "
                             f"producteur de 58 ans »); English writes {quoted(m.suggestion)} or “aged {m.age}”",
                             m.suggestion)


@register
@record
class PartWithoutVerb(SegmentCheck):
    """A part of a total introduced by "of which" or "of whom" with a figure and no verb, in the French order
    (« 12 morts, dont 3 enfants » -> "12 dead, of which 3 children").

    Why it matters: « dont » lists a part of a total without a verb; English "of which" and "of whom" open a
    relative clause that needs one ("of which three were children") and list a part with "including" ("12 dead,
    including 3 children"). The references that keep "of which" after a figure give it a verb ("of which two
    had been manufactured", "of which 47.3% were motivated"). The rule reads a comma, "of which" or "of whom", a
    figure and the rest of its clause without a verb: an auxiliary (``measure_calques.finite_words`` of
    ``en.toml``), a finite ending ("-ed"), or a verb after the figure read by the inflection dictionary ("of
    whom 200 face charges", "of which 40% ends up"); brackets are asides, and a figure standing alone before a
    comma is read past the aside to its verb ("of which one, the Aurora, sank"). With a source, the French must
    write « dont » and a figure without a verb (``fr.toml``: its auxiliaries, endings and Hunspell's third
    persons, « sert », « finit »). The span ends at the counted noun; a figure with an adverb alone takes "12 of
    them seriously". Since stop 74 the link may be "among which" or "among whom" too, and the part may open
    without a figure, with an indefinite article or a name (``part_openers``: « dont un médaillé mondial » ->
    "of which a world medallist", « dont Moody's » -> "of which Moody's"); such a part is read to its first comma
    and has a verb only in a finite word in lower case or an -s form ("of which a part goes to China"), or a
    base form after a quantity that counts a plural (``plural_quantities``: "of which a handful remain"), never a
    capitalised word (a name: « Chine »).

    Example:
        source: L'accident a fait 12 morts, dont 3 enfants.
        bad: The accident left 12 dead, of which 3 children.
        good: The accident left 12 dead, including 3 children.
        good: The accident left 12 dead, of which three were children.
        bad: The accident left 12 dead, among which 3 children.
    """

    code = "A621"
    name = "part-without-verb"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        text = segment.text
        if " wh" not in text:  # "of which", "among whom": every part link of English ends in a "wh-" relative
            return
        lang = ctx.target.code
        found = list(parts_without_verb(text, lang))
        if not found or (sources and not source_has_part(joined_sources(sources), ctx.source.code)):
            return
        word = part_word(lang)
        for m in found:
            yield self.issue(segment, m.start, m.end,
                             f"{quoted(m.link)} introduces the part {quoted(m.part)} without a verb: French order "
                             f"(« 12 morts, dont 3 enfants »); English lists a part with “{word}” or gives "
                             f"“{m.link}” a verb (“{m.link} three were children”)",
                             m.suggestion or None)
