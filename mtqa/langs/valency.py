"""Verb valency of a target language (``data/valency.toml``): the owner of the file and of its readings.

French and English verbs that share a meaning often differ in what follows them (« commenter la décision » /
"comment on the decision", « permettre de réduire » / "allow costs to fall", « expliquer à quelqu'un que » /
"explain to someone that"). An engine that keeps the French complement writes English no English writer does; the
English alone shows it, so these readings need no source. Each kind of complement is one reading
(:data:`READINGS`), built from the file's table of that kind into one pattern; a language without a section
has none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator, Optional

from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import alternation, built_from, data_toml


@dataclass(frozen=True)
class Misuse:
    """One verb written with a complement it does not take: the span, the suggestion, what English needs."""

    start: int
    end: int
    suggestion: Optional[str]
    needs: str
    """What the message says English writes instead ("comment on the decision")."""


@dataclass(frozen=True)
class Reading:
    """One kind of complement: its pattern (built from the file's table) and how a match becomes a misuse."""

    kind: str
    pattern: re.Pattern
    misuse: Callable[[re.Match], Optional[Misuse]]
    forms: frozenset = frozenset()
    """The verb forms the pattern reads, lower case."""
    after: frozenset = frozenset()
    """Words one of which every match holds after its verb (the determiners, the wrong prepositions, "to", the
    pronouns), lower case: a text holding a form but none of these holds no match ("said" in most news)."""

    def possible(self, words: frozenset) -> bool:
        """False when no match can be in a text of these distinct (lower-case) words."""
        return not self.forms.isdisjoint(words) and not self.after.isdisjoint(words)


def _words(items) -> str:
    return alternation([str(i).lower() for i in items])


def _lower(items) -> frozenset:
    return frozenset(str(i).lower() for i in items)


def _object(section: dict) -> Optional[Reading]:
    """Verb + determiner + noun where English needs a preposition (``comment the decision``)."""
    rows = section.get("object", [])
    if not rows:
        return None
    needs, unless = {}, {}
    for row in rows:
        for f in row["forms"]:
            needs[f.lower()] = row["needs"]
            unless[f.lower()] = frozenset(w.lower() for w in row.get("unless_next", ()))
    pattern = re.compile(
        rf"(?<![\w'’-])(?P<verb>{_words(needs)})\s+(?P<det>{_words(section['determiners'])})\s+"
        rf"(?P<noun>[^\W\d_][\w'’-]*)", re.IGNORECASE)

    def misuse(m: re.Match) -> Optional[Misuse]:
        verb = m.group("verb").lower()
        if m.group("noun").lower() in unless[verb]:
            return None
        prep = needs[verb]
        return Misuse(m.start(), m.end("det"), f"{m.group('verb')} {prep} {m.group('det')}",
                      section["needs"]["object"].format(verb=verb, prep=prep))
    return Reading("object", pattern, misuse, frozenset(needs), _lower(section["determiners"]))


def _preposition(section: dict) -> Optional[Reading]:
    """Verb + the wrong preposition + determiner (``depends of the``, ``discussed about the``)."""
    rows = section.get("preposition", [])
    if not rows:
        return None
    right, wrong = {}, {}
    for row in rows:
        for f in row["forms"]:
            right[f.lower()] = row["right"]
            wrong[f.lower()] = frozenset(w.lower() for w in row["wrong"])
    every_wrong = {w for row in rows for w in row["wrong"]}
    pattern = re.compile(
        rf"(?<![\w'’-])(?P<verb>{_words(right)})\s+(?P<prep>{_words(every_wrong)})\s+"
        rf"(?P<det>{_words(section['determiners'])})(?![\w'’-])", re.IGNORECASE)

    def misuse(m: re.Match) -> Optional[Misuse]:
        verb = m.group("verb").lower()
        if m.group("prep").lower() not in wrong[verb]:
            return None
        prep = right[verb]
        written = f"{m.group('verb')} {prep}".strip()
        needs = section["needs"]["preposition" if prep else "direct"].format(verb=verb, prep=prep)
        return Misuse(m.start(), m.end("prep"), written, needs)
    return Reading("preposition", pattern, misuse, frozenset(right), _lower(every_wrong))


def _infinitive(section: dict) -> Optional[Reading]:
    """Verb + the infinitive's marker (``infinitive_marker``: "to") + verb with no object between (``allows to
    reduce``)."""
    rows = section.get("infinitive", [])
    if not rows:
        return None
    instead = {f.lower(): s for row in rows for f, s in row["forms"].items()}
    marker = section["infinitive_marker"].lower()
    determiners = _words(section["determiners"])
    pattern = re.compile(
        rf"(?<![\w'’-])(?P<verb>{_words(instead)})\s+{re.escape(marker)}\s+(?!(?:{determiners})\b)(?P<next>[a-z][\w-]*)",
        re.IGNORECASE)

    def misuse(m: re.Match) -> Optional[Misuse]:
        verb = m.group("verb").lower()
        return Misuse(m.start(), m.end(), f"{instead[verb]} {m.group('next')}",
                      section["needs"]["infinitive"].format(verb=verb, instead=instead[verb]))
    return Reading("infinitive", pattern, misuse, frozenset(instead), frozenset({marker}))


def _ing(word: str, rules: dict) -> str:
    """The -ing form of a base verb by the section's ``ing`` rules (say -> saying, make -> making, stop ->
    stopping, die -> dying)."""
    low = word.lower()
    for ending, replaced, least in rules["suffixes"]:
        if low.endswith(ending) and len(low) >= least:
            return word[: len(word) - len(ending)] + replaced
    vowels = rules["vowels"]
    if (len(low) >= 3 and sum(c in vowels for c in low) == 1 and low[-1] in rules["double"]
            and low[-2] in vowels and low[-3] not in vowels):
        return word + word[-1] + "ing"
    return word + "ing"


def _gerund(section: dict) -> Optional[Reading]:
    """Verb + the infinitive's marker + verb where English writes the -ing form (``avoided to say``)."""
    rows = section.get("gerund", [])
    if not rows:
        return None
    forms = {f.lower() for row in rows for f in row["forms"]}
    marker = section["infinitive_marker"].lower()
    others = _words(list(section["determiners"]) + list(section["pronouns"]))
    pattern = re.compile(
        rf"(?<![\w'’-])(?P<verb>{_words(forms)})\s+{re.escape(marker)}\s+(?!(?:{others})\b)"
        rf"(?P<next>(?-i:[a-z])[a-z]+)(?![\w'’-])", re.IGNORECASE)

    def misuse(m: re.Match) -> Optional[Misuse]:
        verb, after = m.group("verb"), m.group("next")
        ing = _ing(after, section["ing"])
        return Misuse(m.start(), m.end(), f"{verb} {ing}",
                      section["needs"]["gerund"].format(verb=verb.lower(), ing=ing))
    return Reading("gerund", pattern, misuse, frozenset(forms), frozenset({marker}))


def _pronoun(section: dict) -> Optional[Reading]:
    """Verb + object pronoun + a clause word where English gives the listener with ``to`` (``explained him that``)
    or a that-clause (``suggested them to``). A capital after "to" is a name, not a verb ("suggested Me Ruby to The
    Canadian Press": a lawyer's French title read as "me")."""
    rows = section.get("pronoun", [])
    if not rows:
        return None
    subjects = {p.lower(): s for p, s in section["pronouns"].items()}
    by_form = {}
    for row in rows:
        for f in row["forms"]:
            by_form[f.lower()] = (frozenset(w.lower() for w in row["then"]), row["suggestion"])
    every_then = {w for row in rows for w in row["then"]}
    marker = section["infinitive_marker"].lower()
    pattern = re.compile(
        rf"(?<![\w'’-])(?P<verb>{_words(by_form)})\s+(?P<pronoun>{_words(subjects)})\s+"
        rf"(?P<then>{_words(every_then)})(?![\w'’-])(?P<capital>\s+(?-i:[A-Z]))?", re.IGNORECASE)

    def misuse(m: re.Match) -> Optional[Misuse]:
        verb, pronoun = m.group("verb"), m.group("pronoun")
        then, template = by_form[verb.lower()]
        if m.group("then").lower() not in then or (m.group("capital") and m.group("then").lower() == marker):
            return None
        subject = subjects[pronoun.lower()]
        suggestion = template.format(verb=verb, pronoun=pronoun.lower(), subject=subject)
        end = m.end("then") if "{subject}" in template else m.end("pronoun")
        needs = section["needs"]["clause" if "{subject}" in template else "listener"].format(
            verb=verb.lower(), suggestion=suggestion)
        return Misuse(m.start(), end, suggestion, needs)
    return Reading("pronoun", pattern, misuse, frozenset(by_form), _lower(subjects))


READINGS: dict[str, Callable[[dict], Optional[Reading]]] = {
    "object": _object,
    "preposition": _preposition,
    "infinitive": _infinitive,
    "gerund": _gerund,
    "pronoun": _pronoun,
}
"""Each kind of table of ``valency.toml`` and the reading built from it."""


@dataclass(frozen=True)
class Valency:
    """A language's readings, a screen every match passes (any listed verb form), and the words that make a
    form a noun."""

    readings: tuple[Reading, ...]
    forms: frozenset
    """Every verb form of the file, lower case: a text none of whose words is one holds no misuse."""
    written: frozenset
    """:attr:`forms` lower case, capitalised and in capitals: the forms a text can write them in."""
    noun_before: frozenset
    noun_forms: frozenset
    reporting: re.Pattern
    """What stands before an inverted reporting verb (:func:`_reporting_pattern`)."""

    def misuses(self, text: str, written: Optional[list] = None) -> Iterator[Misuse]:
        """Every complement of ``text`` its verb does not take, in reading order. ``written``: the text's words
        as written, when the caller holds them (the run's shared split). None of them a listed form in any of
        its three cases (said, Said, SAID), no pattern runs and no word is lower-cased: most texts."""
        if written is None:
            written = _WORD.findall(text)
        if self.written.isdisjoint(written):
            return
        words = frozenset(map(str.lower, written))
        for reading in self.readings:
            if not reading.possible(words):
                continue
            for m in reading.pattern.finditer(text):
                if self.reporting.search(text, max(0, m.start() - 12), m.start()) or self._noun(text, m):
                    continue
                found = reading.misuse(m)
                if found is not None:
                    yield found

    def _noun(self, text: str, m: re.Match) -> bool:
        """The form is a noun here: one of :attr:`noun_forms` after a determiner or adjective of
        ``noun_before`` (his comments the day after, the long wait the families endured)."""
        if m.group("verb").lower() not in self.noun_forms:
            return False
        before = _WORD_BEFORE.search(text, 0, m.start())
        return before is not None and before.group(1).lower() in self.noun_before


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_WORD = re.compile(r"[^\W\d_]+")
def _reporting_pattern(section: dict) -> re.Pattern:
    """A comma, a closing quotation mark or a dash, then one of the section's ``reporting_auxiliaries`` or none, at the end
    of the text before a verb: the verb is an inverted reporting verb ("…," commented the coach; "…" has
    commented the administrator), an order calque of its own (A501), not a missing preposition."""
    return re.compile(rf"[,\"”»–—-]\s*(?:(?:{_words(section.get('reporting_auxiliaries', ()))})\s+)?$", re.IGNORECASE)


@memoize(TABLES)
@built_from("valency.toml")
def valency(lang: str) -> Optional[Valency]:
    """The readings of ``lang`` (its section of ``valency.toml``); None when the file has none."""
    section = data_toml("valency.toml").get(lang)
    if not section:
        return None
    readings = tuple(r for r in (build(section) for build in READINGS.values()) if r is not None)
    if not readings:
        return None
    forms = set()
    for kind in READINGS:
        for row in section.get(kind, []):
            forms.update(f.lower() for f in row["forms"])
    # a form that is also a noun: object-table forms other than the -ed/-ing ones (comment, comments, wait)
    noun_forms = frozenset(f.lower() for row in section.get("object", []) for f in row["forms"]
                           if not f.lower().endswith(("ed", "ing")))
    written = frozenset(v for f in forms for v in (f, f.capitalize(), f.upper()))
    return Valency(readings, frozenset(forms), written, frozenset(w.lower() for w in section.get("noun_before", ())),
                   noun_forms, _reporting_pattern(section))


def examples(lang: str) -> list[tuple[str, str, str]]:
    """(kind, bad, good) of every table row with examples: the tests run them."""
    section = data_toml("valency.toml").get(lang) or {}
    return [(kind, row["example_bad"], row["example_good"]) for kind in READINGS
            for row in section.get(kind, []) if "example_bad" in row]
