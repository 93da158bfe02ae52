"""A subject put after its verb in a clause opened by "where" or "when", in the French order: the one owner of
``relative_inversion`` in ``mtqa/data/langs/<lang>.toml``.

French inverts the subject of a relative or temporal clause freely (« la Patagonie, où ont été mis au jour certains
des plus grands dinosaures », « lorsqu'a été signé le traité »; Grevisse, Le Bon Usage, § 386); English keeps the
subject before the verb ("where some of the largest dinosaurs have been unearthed"). Machine translation keeps the
French order: "where were unearthed some of the largest dinosaurs". Why a rule of grammar and not a list of phrases:
the order is the same whatever the verb. Why "where" and "when" only: after "which", "that" or "who" the same words
are English (a subject relative: "which have taken the decision", "who was elected the first mayor"). Why the
source must agree: a clause of the source opened by its relative word and an auxiliary at once (the subject after
them), in the same place (:func:`calques`), keeps out an English question or quotation ("Where was found the …?"
is no clause the source inverts).
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from mtqa.langs import language
from mtqa.langs.cache import SOURCES, TABLES, memoize
from mtqa.langs.data import DataError, alternation as _alt, data_path, profile_word_list
from mtqa.langs.placing import Place, pair, place

_KEYS = {"target": ("relatives", "auxiliaries", "more_openers"), "source": ("relatives", "auxiliaries")}


@memoize(TABLES)
def _table(lang: str, side: str) -> Optional[dict]:
    """``lang``'s ``relative_inversion`` for ``side`` ("target": ``relatives``, ``auxiliaries``, ``more_openers``;
    "source": ``relatives``, ``auxiliaries``), lists of words checked (a DataError naming ``<lang>.toml``); None when
    the language has none or only the other side's keys (English is read as a target, French as a source)."""
    table = language(lang).extra.get("relative_inversion")
    if table is not None and not isinstance(table, dict):  # a list or a word would turn the check off unsaid
        raise DataError(f"{data_path('langs', f'{lang}.toml')}: relative_inversion is not a table")
    keys = _KEYS[side]
    if not table or keys[-1] not in table:
        return None
    out = {}
    for key in keys:
        out[key] = [v.lower() for v in profile_word_list(table.get(key), lang, f"relative_inversion.{key}")]
    if side == "target":
        for key in _QUESTION_KEYS:
            out[key] = tuple(profile_word_list(table.get(key, []), lang, f"relative_inversion.{key}", empty=True))
    return out


_QUESTION_KEYS = ("sentence_ends", "question_marks", "speech_openers")
"""The target's optional marks that tell a direct question from a relative clause (:func:`_question`)."""


@memoize(TABLES)
def _target_pattern(lang: str) -> Optional[re.Pattern]:
    """A relative word, one or two auxiliaries ("were", "have been"), a word (the participle, tested after) and the
    subject's opener (A627's object openers, :func:`mtqa.langs.object_order.openers`, or one of ``more_openers``)."""
    from mtqa.langs.object_order import openers

    t = _table(lang, "target")
    opener = openers(lang)
    if t is None or opener is None:
        return None
    aux = _alt(t["auxiliaries"])
    return re.compile(rf"(?<![\w'’-])(?P<rel>(?i:{_alt(t['relatives'])}))\s+(?P<aux>(?:{aux})(?:\s+(?:{aux}))?)\s+"
                      rf"(?P<verb>[a-z]+)\s+(?P<subject>(?i:{opener}|{_alt(t['more_openers'])})\s+[\w'’-]+)")


def _participle(word: str, lang: str) -> bool:
    """``word`` is a past participle: an irregular verb's (the inflection tables: "found", "held"), one of a verb
    made by a prefix of the table's before an irregular verb ("overheard", "misheard", "resold": the prefix and the
    table's own form, as :meth:`~mtqa.langs.inflection.Inflection.inflect` makes them), or a regular one's (the
    inflection's -ed rules undone to a verb's base: "unearthed", "signed", "stopped", "panicked").

    Since the regular reading undoes the table's rules (stop 77) rather than stripping "-d"/"-ed" by hand, a word
    that only looked like an -ed form is no longer read (find, hard, child, amend: "fin", "har", "chil", "amen"
    were taken for verbs); the prefixed irregular participles, which the hand-made endings had read only by
    accident (overhear-d, resol-d), are read from the irregular forms instead. A participle spelt as its base
    ("overcome", "upset", "overrun") is read too, and a regular verb of its own that opens with a prefix and an
    irregular form ("rebound": re + bound) is not (:meth:`~mtqa.langs.inflection.Inflection.participle_spelling`)."""
    from mtqa.langs.inflection import inflection
    from mtqa.langs.reporting import verb_base

    verbs = inflection(lang)
    if verbs is None:
        return False
    if verbs.participle_spelling(word.lower(), pasts=True):
        return True
    return any(verb_base(base, lang) for base in verbs.regular_bases(word, "participle"))


class Inversion(NamedTuple):
    start: int
    end: int
    """The span: the relative word, its auxiliaries and the participle ("where were unearthed")."""
    relative: str
    aux: str
    verb: str
    subject: str
    """The subject's opener and first word ("some of")."""
    source: str = ""
    """The source's relative word and auxiliary (« où ont »)."""
    question: bool = False
    """The relative word opens a direct question ("Where were unearthed the remains?"), which English writes with
    its first auxiliary before the subject."""

    def english_order(self) -> str:
        """The clause in the English order, the subject's end left open: "where the remains … were unearthed", or
        for a direct question "Where were the remains … unearthed?" (Quirk et al. 11.14: the operator, the first
        auxiliary, before the subject; the rest of the verb after it)."""
        if not self.question:
            return f"{self.relative} {self.subject} … {self.aux} {self.verb}"
        first, _, rest = self.aux.partition(" ")
        rest = " ".join(rest.split())
        return f"{self.relative} {first} {self.subject} … {rest + ' ' if rest else ''}{self.verb}?"


def _question(text: str, start: int, end: int, t: dict, lang: str) -> bool:
    """The relative word at ``start`` opens a sentence (nothing before it but spaces since the text's start, a
    sentence end or a speech opener) and the sentence, read on from ``end``, ends with a question mark. The period
    of an abbreviation of ``lang``'s profile ("Mr.") ends no sentence (:func:`mtqa.segment.abbreviation_period`)."""
    before, opened = text[:start].rstrip(), False
    while before and before[-1] in t["speech_openers"]:
        before, opened = before[:-1].rstrip(), True
    if before and not opened and before[-1] not in t["sentence_ends"]:
        return False
    from mtqa.segment import abbreviation_period

    profile = language(lang)
    for i in range(end, len(text)):
        mark = next((m for m in t["sentence_ends"] if text.startswith(m, i)), None)
        if mark is not None and not abbreviation_period(text, i, profile):
            return any(mark.startswith(q) for q in t["question_marks"])
    return False


def target_inversions(text: str, lang: str) -> list[Inversion]:
    """Each "where"/"when" clause of ``text`` whose subject follows its auxiliaries and participle."""
    pattern = _target_pattern(lang)
    if pattern is None:
        return []
    t = _table(lang, "target")
    out = []
    for m in pattern.finditer(text):
        if not _participle(m.group("verb"), lang):
            continue
        out.append(Inversion(m.start("rel"), m.end("verb"), m.group("rel"), m.group("aux"), m.group("verb"),
                             m.group("subject"), question=_question(text, m.start("rel"), m.end("verb"), t, lang)))
    return out


@memoize(TABLES)
def _source_pattern(lang: str) -> Optional[re.Pattern]:
    s = _table(lang, "source")
    if s is None:
        return None
    return re.compile(rf"(?<![\w'’-])(?:{_alt(s['relatives'])})(?:['’]|\s+)(?:{_alt(s['auxiliaries'])})\b",
                      re.IGNORECASE)


@memoize(SOURCES)
def source_inversions(source_text: str, lang: str) -> tuple[Place, ...]:
    """Each relative word of the source followed at once by an auxiliary (« où ont », « lorsqu'a »): its subject
    comes after the verb."""
    pattern = _source_pattern(lang)
    if pattern is None:
        return ()
    return tuple(place(source_text, m.start(), m.end()) for m in pattern.finditer(source_text))


def calques(source_text: str, target_text: str, langs: tuple[str, str]) -> list[Inversion]:
    """The target's inverted clauses (:func:`target_inversions`), each paired with an inverted clause of the
    source in the same place (:func:`mtqa.langs.placing.pair`)."""
    found = target_inversions(target_text, langs[1])
    if not found:
        return []
    sources = source_inversions(source_text, langs[0])
    if not sources:
        return []
    paired = pair([place(target_text, i.start, i.end) for i in found], list(sources))
    return [i._replace(source=sources[paired[k]].text) for k, i in enumerate(found) if k in paired]
