"""Reflexive calques (A508): a source pronominal verb copied as a target verb with a reflexive pronoun.

« l'entreprise s'est engagée à acheter » -> "the company engaged itself to buy", « la situation s'est dégradée »
-> "the situation degraded itself": French marks many intransitive or passive meanings with « se », English does
not. Which English verbs do take the pronoun ("prided himself", "availed themselves", "found himself") is learned
from English data by ``bench/reflexive_verbs.py`` and read through :mod:`mtqa.langs.reflexives`, never listed
here; the per-verb entries of ``false_friends.toml`` (A501: « se tenir », « se produire ») win where both read
the same span (``mtqa/checks/precedence.py``).
"""
from __future__ import annotations

from typing import Iterator

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.langs.reflexives import pronominal_uses, reflexive_pronouns, reflexives
from mtqa.meaning.tokens import stem
from mtqa.model import Issue, Segment, Severity, joined_sources
from mtqa.records import record

_END = frozenset(".,;:!?)\"”»")


@register
@record
class ReflexiveCalque(SegmentCheck):
    """A verb takes a reflexive pronoun English does not give it, copied from a source pronominal verb.

    Why it matters: French writes many verbs with « se » where English has
    a plain intransitive or passive verb: « la situation s'est dégradée »
    is "the situation deteriorated", « les prix se sont envolés » "prices
    soared". An engine that copies the clitic writes "degraded itself",
    "flew themselves away": English no writer produces, which reads as a
    machine's. The check reads a verb followed by "itself", "himself",
    "themselves" ... when the aligned source holds a pronominal verb of the
    same person and the verb is none English writes with the pronoun
    (learned from the books' word pairs and the news references, beyond
    chance). A verb English does write so ("prided himself", "found
    themselves"), an attribute after the pronoun ("declared himself
    ready"), or a form read as a noun ("the building itself") is quiet;
    so is the verb's own prepositional frame, where the books' passives
    show it takes a complement with that preposition ("limit itself to",
    "devoted herself to", "separating itself from"; not "to" before a
    bare infinitive, "engaged itself to buy"), and a part of the body
    after the preposition ("shooting itself in the foot").
    The translators' counts of the source verb are read for its own
    construction: with an attribute after it (« se révéler efficace »,
    "prove effective") or alone (« elle se révélait »), since a linking
    verb's translations drop the pronoun where the verb alone may keep it.
    The suggestion drops the pronoun where the verb stands without it in
    that frame in English data; otherwise a human picks the verb.

    Example:
        source: L'entreprise s'est engagée à racheter deux usines en Lorraine.
        bad: The company engaged itself to buy back two factories in Lorraine.
        good: The company committed to buying back two factories in Lorraine.
    """

    code = "A508"
    name = "reflexive-calque"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR
    requires_source = True
    strong_uses: int = 20
    """A target verb the references write this many times and never once with a reflexive pronoun (nor the books
    list it so): English evidence enough on its own, when the source verb was never seen pronominal."""
    min_sources: int = 2
    """A source verb seen pronominal fewer times in the training news is no evidence (the table keeps stems seen
    twice or more: « se dégrader », 0 of 2, is evidence; a rarer verb is left to the English side)."""
    kept_share: float = 0.2
    """A source verb whose human translations hold a reflexive pronoun this often is one English renders with the
    pronoun too (« se blesser » -> "hurt himself"): quiet."""
    frame_lift: float = 4.0
    """A verb whose ``-ed`` forms the books write before the preposition after the pronoun this many times more
    often than all verbs' do ("limited to" 4.1, "devoted to" 8.4, "separated from" 21) takes a complement with that
    preposition, so a reflexive object before it is English ("limit itself to the borders"); below it, the
    preposition is no more the verb's than a place's or a time's ("imposed in" 0.7, "produced in" 1.5,
    "addressed to" 2.3). Set between those on the newstest 2008-2013 reference flags and the WordNet gloss
    examples; the WMT14 systems were read after."""
    major_sources: int = 5
    """Both sides strong (the target verb as for ``strong_uses``, the source verb this many times pronominal and
    never rendered with the pronoun): the calque is major."""

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        if not sources:
            return
        low = segment.text.lower()
        if not any(p in low for p in reflexive_pronouns(ctx.config.target_lang)):
            return  # the same screen as below, asked before the learned table is loaded
        table = reflexives(ctx.config.target_lang)
        if table is None:
            return
        text = segment.text
        low = text.lower()
        if not any(p in low for p in table.pronouns):
            return
        source = None
        for m in table.pattern.finditer(text):
            verb, pronoun = m.group("verb"), m.group("pronoun").lower()
            form = table.forms.get(verb.lower())
            if (form is None or form.lemma in table.learned or verb.lower() in table.not_verbs
                    or not self._verb(table, form, text, m, pronoun)):
                continue
            after = m.group("after").strip()
            first = after.split()[0].lower() if after else ""
            if first.strip("".join(_END)) in table.attributes or any(
                    after.lower().startswith(s) for s in table.attribute_starts):
                continue
            if self._own_frame(table, form, text, m):
                continue
            if source is None:
                source = pronominal_uses(joined_sources(sources), ctx.config.source_lang)
            person = table.pronouns[pronoun]
            stems = [(s, use.attribute) for use in source if use.person == person
                     and (s := stem(use.verb, ctx.config.source_lang)) and self._renders(ctx, s, use.verb, verb, form)]
            if not stems:
                continue  # no pronominal verb of the source that this verb renders: not its copy
            # the source verb's own construction: with an attribute (« se révéler efficace ») translators render a
            # linking verb, alone (« se révéler ») they may keep the pronoun; each is read on its own counts
            evidence = [e for e in (table.source_evidence(s, attribute=a) for s, a in stems)
                        if e[1] >= self.min_sources]
            if any(kept >= self.kept_share * seen for kept, seen in evidence):
                continue  # the translators of that verb write the pronoun: English's own reflexive
            seen_en, uses = table.strength.get(form.lemma, (0, 0))
            never = seen_en == 0 and uses >= self.strong_uses
            if not evidence and not never:
                continue  # a source verb never seen, a target verb seen too little: no evidence either way
            if first[:1] in _END or not first:
                suggestion = verb if form.bare else None
            else:
                suggestion = verb if first in form.particles else None
            dropped = sum(seen - kept for kept, seen in evidence)
            sure = never and any(kept == 0 and seen >= self.major_sources for kept, seen in evidence)
            human = (f"; human translators drop it in {dropped} of {sum(seen for _, seen in evidence)} "
                     f"sentences with this {ctx.source.name} verb" if evidence else "")
            yield self.issue(
                segment, m.start("verb"), m.end("pronoun"),
                f"{quoted(text[m.start('verb'):m.end('pronoun')])} copies a {ctx.source.name} pronominal verb: "
                f"{ctx.target.name} does not write {quoted(form.lemma)} with a reflexive pronoun (not in the books' "
                f"word pairs; {seen_en} of its {uses} uses in the news references{human})",
                suggestion,
                severity=Severity.MAJOR if sure else None)

    @staticmethod
    def _renders(ctx, source_stem: str, source_word: str, verb: str, form) -> bool:
        """Whether the target verb renders the source verb: a link of the lexical model (« imposer » ->
        "impose") or a look-alike (« dégrader » -> "degrade"). A calque renders the verb word for word; a reflexive
        pronoun after another verb of the sentence is no copy of this one."""
        from mtqa.langs.cognates import cognates
        from mtqa.langs.lexmodel import load_lexmodel

        src, tgt = ctx.config.source_lang, ctx.config.target_lang
        model = load_lexmodel(src, tgt)
        if model is not None:
            targets = {stem(verb.lower(), tgt), stem(form.lemma, tgt)}
            if any(t.stem in targets for t in model.translations(source_stem)):
                return True
        cog = cognates(src, tgt)
        return cog is not None and (cog.alike(source_word, verb.lower()) or cog.alike(source_word, form.lemma))

    @classmethod
    def _own_frame(cls, table, form, text: str, m) -> bool:
        """Whether the pronoun is the object of a frame English gives the verb, where French's « se » and English's
        reflexive meet: a preposition the verb takes a complement with ("devoted itself to the project",
        "separating itself from Georgia", "confine themselves to French"), unless "to" opens a bare infinitive
        (« s'engager à acheter » -> "engaged itself to buy": English "engage" takes no such complement); or a
        part of the body after the preposition ("shooting itself in the foot": the self is the patient of a
        physical act), ending its phrase (not "at the head of", "in the face of", "on the vessel admiral")."""
        words = [w.lower().strip("".join(_END) + "'\"“”") for w in text[m.end("pronoun"):].split()[:4]]
        if not words or words[0] not in table.prepositions:
            return False
        following = words[1] if len(words) > 1 else ""
        if len(words) > 2 and following in table.determiners and (
                words[2] in table.body_forms):
            ends = text[m.end("pronoun"):].split()[2][-1:] in _END
            if ends or len(words) < 4 or (words[3] in table.prepositions and words[3] not in table.continuations):
                return True  # the noun ends its phrase: "in the leg, unless", not "on the vessel admiral"
        if table.frames.get((form.lemma, words[0]), 0.0) < cls.frame_lift:
            return False
        after = table.forms.get(following)
        return not (words[0] in table.infinitive_markers and after is not None and after.kind == "base")

    @staticmethod
    def _verb(table, form, text: str, m, pronoun: str) -> bool:
        """Whether the word before the pronoun is read as a verb, not a noun with an emphatic pronoun."""
        before = text[:m.start("verb")].split()
        prev = before[-1].lower().strip(",;:\"“”") if before else ""
        if prev in table.determiners:
            return False
        if form.kind in ("ed", "ing"):
            return True
        if form.kind == "s" and pronoun in table.singular:
            return True
        return prev in table.verb_cues
