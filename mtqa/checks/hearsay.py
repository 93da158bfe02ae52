"""A622: the French conditional of hearsay rendered by the English conditional ("would have favoured").

The grammar is :mod:`mtqa.langs.hearsay` (the source's conditionals of hearsay, the target's words of the
conditional and of hearsay); the word alignment (:mod:`mtqa.meaning.align`) finds where the source verb is
rendered.
"""
from __future__ import annotations

from typing import Iterator, Optional

from mtqa.checks.base import DocumentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.langs.cache import SOURCES, memoize
from mtqa.langs.hearsay import attributed, conditionals, marked, source_reading, target_reading
from mtqa.langs.inflection import inflection
from mtqa.meaning.align import align_segments
from mtqa.meaning.tokens import tokens
from mtqa.model import DocumentPair, Issue, Severity, joined_sources
from mtqa.records import record


@memoize(SOURCES)
def _source_conditionals(lang: str, text: str) -> tuple:
    """The conditionals of hearsay of a source text, with its tokens, kept per text: every system's translation
    of one source asks again."""
    reading = source_reading(lang)
    if reading is None:
        return ()
    toks = tokens(text, lang)
    found = conditionals(reading, text, toks)
    return tuple((c, text[toks[c.finite].start:toks[c.verb].end]) for c in found)


@register
@record
class HearsayConditional(DocumentCheck):
    """The French conditional of hearsay (« le ministre aurait favorisé », « l'attaque aurait fait 12 morts ») is
    rendered by the English conditional ("would have favoured", "would have killed").

    Why it matters: French news states an unconfirmed fact in the conditional; English has no such mood, and
    "would have favoured" reads as a hypothetical (he would have, had he been able) or a future in the past: the
    allegation becomes something else. News translators write "reportedly", "allegedly", "is said to" or
    "according to": on the newstest references 2008-2013 (``bench/hearsay.py``), of the 61 past conditionals
    of hearsay this rule reads, the reference writes a hearsay word in 31, the indicative or a rewording in 27,
    and "would" with no hearsay word in 3. The rule reads the source with grammar (``hearsay_conditional``
    of ``fr.toml``): a third-person past conditional (« aurait/auraient » and a participle by the French
    dictionary's rules; « serait/seraient » with the participle of a verb taking être or after « se »: « le
    personnel serait réduit » is a present passive, "would be cut"), not after « que » (a reported future: « il a
    dit qu'il viendrait » is "he would come"), not in a sentence with a condition (« si », « au cas où »,
    « sans », « même »), not a modal (« aurait dû », « aurait pu »), not a comment (« ce serait », « ce qui
    aurait permis ») and not with an adverb of a might-have-been between the auxiliary and its participle
    (« aurait tout fait », « aurait bien vite »). The target must render the participle (word alignment) right
    after "would have" (``hearsay_rendering`` of ``en.toml``) and say nowhere in the sentence that the fact is
    reported ("reportedly", "allegedly", "said to", "may have"). "According to" does not silence it: it names who
    makes the claim, which English then writes in the indicative (11 of the 13 references that write "according
    to" for such a sentence); the suggestion there is the indicative alone. The present conditional
    (« l'accord comprendrait ») is left out: in the references it is the consequence of a plan ("would include")
    as often as a report. The suggestion puts "reportedly" before the verb in the past.

    Stop 72 (pv72) measured it again and left it in preview: on the gates' own figures it passes (1 more calibration
    article defect, no false alarm, no clean flag; its two newstest reference flags, 2008 and 2014, are judged
    defects; 20 of 20 of its 42 flags on the 24k WMT14 report right), but that report is in-sample (``plan_nouns``
    was written from newstest2014) and the out-of-sample measure above (Potet, 3 of 13 right) has not been redone
    nor mended.

    Example:
        source: Le ministre aurait favorisé plusieurs entreprises lors de l'attribution des marchés.
        bad: The minister would have favoured several companies when the contracts were awarded.
        good: The minister allegedly favoured several companies when the contracts were awarded.
        good: The minister reportedly favoured several companies when the contracts were awarded.
    """

    code = "A622"
    name = "hearsay-conditional"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR
    requires_source = True
    preview = True
    """In preview (review rv69b): an implied condition with no « si » (« Avec un meilleur gardien, l'équipe
    aurait gagné », « Dix ans plus tôt », a conditional subject « Un taux plus élevé aurait ébranlé »), a rejected
    bill or a cancelled plan, an anniversary of the dead and a poll's hypothetical are read as hearsay: 10 of the 12
    flags on the Potet post-edits (human English) and 62 of 102 correct counterfactuals written for the review
    are false. Grammar alone cannot tell the two conditionals apart; it stays out of default runs until it can."""
    reach: int = 2
    """How many adverbs ("not", "also") may stand between "would" and "have", or "have" and its participle."""

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        if pair.source is None or pair.source_title_only:
            return
        src_lang, tgt_lang = ctx.config.source_lang, ctx.config.target_lang
        target = target_reading(tgt_lang)
        if target is None or source_reading(src_lang) is None:
            return
        alignments = None
        for index, seg in enumerate(pair.target.segments):
            low = seg.text.lower()
            if not any(w in low for w in target.conditional):
                continue  # no "would" nor "'d" in the translation: most segments (the apostrophe kept: "d" alone
                # is in nearly every segment)
            sources = pair.sources_of(index)
            if not sources:
                continue
            found = _source_conditionals(src_lang, joined_sources(sources))
            if not found or marked(target, seg.text):
                continue
            if alignments is None:
                alignments = align_segments(pair)  # shared with the meaning checks: one per document
            wa = alignments.get(index)
            if wa is None:
                continue
            for cond, said in found:
                where = self.rendered(wa, cond.verb, target, seg.text)
                if where is None and len(found) == 1:
                    where = self.only(wa, target, seg.text)  # the participle not linked (« écrasé »: "crashed")
                if where is None:
                    continue
                start, end, participle, passive, between = where
                yield self.issue(
                    seg, wa.target[start].start, wa.target[end].end,
                    f"« {said} » is the French conditional of hearsay (an unconfirmed, reported fact); "
                    f"{quoted(seg.text[wa.target[start].start:wa.target[end].end])} reads as a hypothetical: "
                    f"English says “reportedly” or “allegedly”",
                    None if between else self.suggestion(participle, passive, cond.plural, target, tgt_lang,
                                                         attributed(target, seg.text)))

    def rendered(self, wa, source_index: int, target, text: str) -> Optional[tuple]:
        """(first, last target token, the participle, passive, adverbs between) of "would have [been] <participle>"
        where the source verb is linked, or None: the verb rendered otherwise ("reportedly killed", "had
        favoured")."""
        for j, _, _ in wa.links.get(source_index, ()):
            where = self._before(wa, j, target, text)
            if where is not None:
                return where
        return None

    def _before(self, wa, j: int, target, text: str) -> Optional[tuple]:
        """"would have [been]" right before target token ``j``, read backwards: (first, last token, the
        participle, passive, whether adverbs stand between). The contractions ("he'd have", "would've",
        "wouldn't have") are tokens after an apostrophe (``d``, ``ve``, ``t``), read as "'d", "'ve", "'t"; up to
        ``reach`` words of ``hearsay_rendering.between`` ("not", "also", "never") may stand between the
        auxiliaries: "would not have been arrested" is the same conditional. With one of them there is no
        suggestion: where the adverb goes in the indicative ("was reportedly not arrested") is the writer's."""
        toks = wa.target

        def word(i: int) -> str:
            low = toks[i].lower
            return "'" + low if toks[i].start > 0 and text[toks[i].start - 1] in "'’" else low

        if word(j) in target.perfect or word(j) in target.passive:
            return None
        i = j - 1
        passive = i >= 0 and word(i) in target.passive
        if passive:
            i -= 1
        between = False
        for want in (target.perfect, target.conditional):
            skipped = 0
            while i >= 0 and word(i) in target.between and skipped < self.reach:
                i, skipped, between = i - 1, skipped + 1, True
            if i < 0 or word(i) not in want:
                return None
            i -= 1
        return i + 1, j, toks[j].text, passive, between

    def only(self, wa, target, text: str) -> Optional[tuple]:
        """The one "would have [been] <word>" of the target, when it has exactly one: with one conditional of
        hearsay in the source, that is its rendering even where the lexical model does not link the verb."""
        hits = [where for j in range(2, len(wa.target)) if wa.target[j].text[:1].isalpha()
                for where in [self._before(wa, j, target, text)] if where is not None]
        if len(hits) != 1 or not self._participle(hits[0][2]):
            return None  # none, several, or "would have the profile": no verb of a past there
        return hits[0]

    @staticmethod
    def _participle(word: str) -> bool:
        """``word`` reads as an English past participle: an irregular verb's, or a regular "-ed" form."""
        infl = inflection("en")
        low = word.lower()
        if infl is None:
            return low.endswith("ed")
        return infl.irregular_form(low) in ("past", "participle") or (low.endswith("ed") and len(low) > 3)

    @staticmethod
    def suggestion(participle: str, passive: bool, plural: bool, target, lang: str,
                   attributed: bool = False) -> Optional[str]:
        """"reportedly killed" for "would have killed", "was reportedly killed" for "would have been killed"; the
        indicative alone ("killed", "was killed") where the sentence already names who claims it ("according to")."""
        adverb = "" if attributed else target.adverb
        if not adverb and not attributed:
            return None
        lead = f"{adverb} " if adverb else ""
        if passive:
            return f"{target.passive_past[1 if plural else 0]} {lead}{participle}"
        infl = inflection(lang)
        base = infl.base(participle) if infl is not None else None
        past = infl.inflect(base, "past") if base else participle
        return f"{lead}{past}"
