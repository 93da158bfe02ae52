"""Verb valency (F5xx): a verb written with a complement the target language does not give it.

French complements copied onto English verbs: « commenter la décision » -> "did not comment the decision",
« permet de réduire » -> "allows to reduce", « expliquer aux habitants que » -> "explained them that". The
English alone shows the fault, so the check reads the target only; what each verb takes is data of the target
language (``data/valency.toml``, read by :mod:`mtqa.langs.valency`).
"""
from __future__ import annotations

from typing import Iterator

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.evidence import Evidence
from mtqa.langs.valency import valency
from mtqa.model import Issue, Segment, Severity
from mtqa.records import record


@register
@record
class VerbValency(SegmentCheck):
    """A verb is written with a complement English does not give it.

    Why it matters: French and English verbs that mean the same often
    differ in what follows them. « commenter la décision » takes a direct
    object where English comments on a decision; « permettre de réduire »
    needs no object where English allows something to happen; « expliquer
    à quelqu'un que » gives the listener without a preposition where English
    explains to someone. An engine that keeps the French complement writes
    "did not comment the decision", "allows to reduce", "explained them
    that": English no English writer produces, which a reader notices at
    once. Each kind of complement is one reading of ``data/valency.toml``
    (a verb and a determiner where a preposition is needed, a wrong
    preposition, ``to`` and a verb with no object, an object pronoun before
    a clause); a reporting verb after a comma or a closing quotation mark
    is an inverted one (A501), a form that is also a noun is not read after
    a determiner (his comments the day after), a time after the verb is an
    adverbial (declined to comment this week), and a passive may take what
    its verb refuses (nothing was discussed about the budget).

    Example:
        source: Le président n'a pas commenté la décision de la banque centrale.
        bad: The president did not comment the decision of the central bank.
        good: The president did not comment on the decision of the central bank.
    """

    code = "F501"
    name = "verb-valency"
    category = "fluency"
    subcategory = "grammar"
    severity = Severity.MINOR

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        table = valency(ctx.config.target_lang)
        if table is None:
            return
        text = segment.text
        for m in table.misuses(text, Evidence.of(ctx).words(text)):
            written = text[m.start:m.end]
            yield self.issue(
                segment, m.start, m.end,
                f"{quoted(written)}: {ctx.target.name} needs {m.needs} here; the complement is the "
                f"{ctx.source.name} verb's.",
                m.suggestion)
