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
from typing import Callable, Iterator, Optional

from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import NOTHING, alternation, built_from, data_toml
from mtqa.langs.inflection import inflection
from mtqa.records import record


@record(frozen=True)
class Misuse:
    """One verb written with a complement it does not take: the span, the suggestion, what English needs."""

    start: int
    end: int
    suggestion: Optional[str]
    needs: str
    """What the message says English writes instead ("comment on the decision")."""


@record(frozen=True)
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
    needs, unless, particles = {}, {}, {}
    times = _time_nouns(section)
    for row in rows:
        for f in row["forms"]:
            needs[f.lower()] = row["needs"]
            unless[f.lower()] = frozenset(w.lower() for w in row.get("unless_next", ()))
            particles[f.lower()] = frozenset(w.lower() for w in row.get("unless_particle", ()))
    reach = max(1, int(section.get("object_reach", 1)))
    stops = _lower(section.get("object_stops", ()))
    modifiers = _lower(section.get("time_modifiers", ()))
    pattern = re.compile(
        rf"(?<![\w'’-])(?P<verb>{_words(needs)})\s+(?P<det>{_words(section['determiners'])})\s+"
        rf"(?P<noun>[^\W\d_][\w'’-]*)(?P<rest>(?:[ \t]+[\w'’-]+){{0,{max(reach, 1)}}})", re.IGNORECASE)

    def misuse(m: re.Match) -> Optional[Misuse]:
        verb = m.group("verb").lower()
        after = [m.group("noun").lower(), *m.group("rest").lower().split()][:reach + 1]
        # the word right after the determiner (wait a moment, wait their turn); a time noun heading the phrase (an
        # agonising three hours, this week: an adverbial; not the decision this week, the March results, the
        # results of the day); a particle after the object (wait the crisis out)
        if after[0] in unless[verb] or _time_head(after, times, modifiers, stops) or particles[verb].intersection(after):
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
    right, wrong, unless = {}, {}, {}
    for row in rows:
        for f in row["forms"]:
            right[f.lower()] = row["right"]
            wrong[f.lower()] = frozenset(w.lower() for w in row["wrong"])
            unless[f.lower()] = frozenset(w.lower() for w in row.get("unless_next", ()))
    every_wrong = {w for row in rows for w in row["wrong"]}
    pattern = re.compile(
        rf"(?<![\w'’-])(?P<verb>{_words(right)})\s+(?P<prep>{_words(every_wrong)})\s+"
        rf"(?P<det>{_words(section['determiners'])})(?![\w'’-])(?P<rest>(?:[ \t]+[\w'’-]+){{0,2}})", re.IGNORECASE)

    def misuse(m: re.Match) -> Optional[Misuse]:
        verb = m.group("verb").lower()
        # what greets an entrance: entered to a standing ovation
        if m.group("prep").lower() not in wrong[verb] or unless[verb].intersection(m.group("rest").lower().split()):
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
    no_base = _not_base(section)
    passive = section.get("passive_infinitive", "").lower()
    pronouns = _lower(section["pronouns"])
    participle = tuple(e.lower() for e in section.get("participle_endings", ()))
    pattern = re.compile(
        rf"(?<![\w'’-])(?P<verb>{_words(instead)})\s+{re.escape(marker)}\s+(?!(?:{determiners})\b)"
        rf"(?P<next>(?-i:[a-z])[\w-]*)(?:[ \t]+(?P<then>[\w'’-]+))?", re.IGNORECASE)

    def misuse(m: re.Match) -> Optional[Misuse]:
        verb = m.group("verb").lower()
        following = m.group("next").lower()
        then = (m.group("then") or "").lower()
        # « permettre à quelqu'un de »: "allows to adolescents to tame", "allowing to them to note": the person
        # after "to", then the infinitive; English gives the person as the object ("allows adolescents to")
        if following in pronouns or (no_base(following) and then == marker):
            return Misuse(m.start(), m.end("next"), f"{m.group('verb')} {m.group('next')}",
                          section["needs"]["person"].format(verb=verb, person=following))
        # no verb after "to" (the leeway the law allows to employers), or "to be spent": the object is a relative
        # clause's gap
        if no_base(following) or (passive and following == passive and then
                                  and participle and then.endswith(participle)):
            return None
        return Misuse(m.start(), m.end("next"), f"{instead[verb]} {m.group('next')}",
                      section["needs"]["infinitive"].format(verb=verb, instead=instead[verb]))
    return Reading("infinitive", pattern, misuse, frozenset(instead), frozenset({marker}))


def _time_head(after: list, times: frozenset, modifiers: frozenset, stops: frozenset) -> bool:
    """The words after a determiner (``after``, lower case) are a phrase of time: a time noun that only modifiers
    or figures precede (``time_modifiers``: an extra hour, an agonising three hours) and that ends the words read
    or stands before a word of ``object_stops`` (this week, an extra hour for the bus; not the March results)."""
    for i, w in enumerate(after):
        if w in times:
            return i + 1 == len(after) or after[i + 1] in stops
        if w not in modifiers and not w.isdigit():
            return False
    return False


def _time_nouns(section: dict) -> frozenset:
    """The section's ``time_nouns`` and the language's month and weekday names (one owner:
    ``numbers/<lang>.toml``), lower case: after a determiner, an adverbial of time, not an object."""
    from mtqa.numbers import conventions

    calendar = conventions(section["_lang"]).calendar_names if section.get("_lang") else ()
    return _lower([*section.get("time_nouns", ()), *calendar])


def _not_base(section: dict) -> Callable[[str], bool]:
    """Whether a lower-case word after "to" is no verb's base form by its ending (``not_base_endings`` unless
    ``base_endings``: employers, not focus)."""
    endings = tuple(e.lower() for e in section.get("not_base_endings", ()))
    kept = tuple(e.lower() for e in section.get("base_endings", ()))
    return lambda word: bool(endings) and word.endswith(endings) and not (kept and word.endswith(kept))


def _gerund(section: dict) -> Optional[Reading]:
    """Verb + the infinitive's marker + verb where English writes the -ing form (``avoided to say``)."""
    rows = section.get("gerund", [])
    verbs = inflection(section["_lang"]) if rows else None
    if verbs is None:
        return None  # no rows, or no inflection to write the -ing form with (data/inflection.toml)
    forms = {f.lower() for row in rows for f in row["forms"]}
    marker = section["infinitive_marker"].lower()
    others = _words(list(section["determiners"]) + list(section["pronouns"]))
    no_base = _not_base(section)
    pattern = re.compile(
        rf"(?<![\w'’-])(?P<verb>{_words(forms)})\s+{re.escape(marker)}\s+(?!(?:{others})\b)"
        rf"(?P<next>(?-i:[a-z])[a-z]+)(?![\w'’-])", re.IGNORECASE)

    def misuse(m: re.Match) -> Optional[Misuse]:
        verb, after = m.group("verb"), m.group("next")
        if no_base(after.lower()):
            return None
        ing = verbs.inflect(after, "ing")
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
    determiner_like = _lower(section.get("noun_before", ())) | _lower(section["determiners"])
    times = _time_nouns(section)
    pattern = re.compile(
        rf"(?<![\w'’-])(?P<verb>{_words(by_form)})\s+(?P<pronoun>{_words(subjects)})\s+"
        rf"(?P<then>{_words(every_then)})(?![\w'’-])(?P<capital>\s+(?-i:[A-Z]))?(?:[ \t]*(?P<next>[\w'’-]+))?",
        re.IGNORECASE)

    def misuse(m: re.Match) -> Optional[Misuse]:
        verb, pronoun = m.group("verb"), m.group("pronoun")
        then, template = by_form[verb.lower()]
        word, following = m.group("then").lower(), (m.group("capital") or "").strip() + (m.group("next") or "")
        following = following.lower()
        if word not in then or (m.group("capital") and word == marker):
            return None
        # "that" as a determiner of time (admitted him that evening), "to" before a noun (proposed her to the
        # assembly): no clause, no infinitive
        if (word in determiner_like and following in times) or (word == marker and following in determiner_like):
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


@record(frozen=True)
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
    reporting_forms: frozenset = frozenset()
    """The forms the rows list in ``reporting``: the only ones read as inverted after a comma or a quotation."""
    participle_forms: frozenset = frozenset()
    """The forms of the rows marked ``participle``: their passive or adjective takes the complement."""
    participle_before: re.Pattern = re.compile(NOTHING)
    """A word of ``participle_before`` up to two words before the verb (was discussed, the most widely discussed)."""
    to_adverbial: re.Pattern = re.compile(NOTHING)
    """"to" opening an adverbial (to a lesser extent, to the letter, to date), matched right after the verb."""

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
                verb = m.group("verb").lower()
                if ((verb in self.reporting_forms and self.reporting.search(text, max(0, m.start() - 12), m.start()))
                        or self._noun(text, m) or self.to_adverbial.match(text, m.end("verb"))
                        or (verb in self.participle_forms
                            and self.participle_before.search(text, max(0, m.start() - 40), m.start()))):
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
    section = {**section, "_lang": lang}
    _validate(section)
    readings = tuple(r for r in (build(section) for build in READINGS.values()) if r is not None)
    if not readings:
        return None
    forms, reporting, participle = set(), set(), set()
    for kind in READINGS:
        for row in section.get(kind, []):
            forms.update(f.lower() for f in row["forms"])
            reporting.update(str(f).lower() for f in row.get("reporting", ()))
            if row.get("participle"):
                # only a past participle is a passive or an adjective ("was discussed about"); the -ing forms of the
                # row are a progressive ("are discussing about"), the verb itself
                endings = tuple(e.lower() for e in section.get("participle_endings", ()))
                participle.update(f.lower() for f in row["forms"] if f.lower().endswith(endings))
    # a form that is also a noun: object-table forms other than the -ed/-ing ones (comment, comments, wait)
    noun_forms = frozenset(f.lower() for row in section.get("object", []) for f in row["forms"]
                           if not f.lower().endswith(("ed", "ing")))
    written = frozenset(v for f in forms for v in (f, f.capitalize(), f.upper()))
    marker = re.escape(section["infinitive_marker"].lower())
    return Valency(readings, frozenset(forms), written, frozenset(w.lower() for w in section.get("noun_before", ())),
                   noun_forms, _reporting_pattern(section), frozenset(reporting), frozenset(participle),
                   re.compile(rf"(?<![\w'’-])(?:{_words(section.get('participle_before', ()))})"
                              rf"(?:\s+[\w'’-]+)?\s+$", re.IGNORECASE),
                   re.compile(rf"\s+{marker}\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_words(section.get('to_adverbials', ()))})"
                              rf"(?![\w'’-])", re.IGNORECASE))


_TEMPLATE_FIELDS = {"verb": "v", "prep": "p", "instead": "i", "suggestion": "s", "ing": "g", "pronoun": "r",
                    "subject": "t", "person": "o"}


def _validate(section: dict) -> None:
    """Read every template and rule of ``section`` once, so that a ``$MTQA_DATA`` copy's fault (a placeholder
    the readings do not fill) is a DataError naming the
    file when the table is built (:func:`built_from`), not a KeyError in the middle of a run."""
    for template in section["needs"].values():
        str(template).format(**_TEMPLATE_FIELDS)
    for row in section.get("pronoun", []):
        str(row["suggestion"]).format(**_TEMPLATE_FIELDS)


def examples(lang: str) -> list[tuple[str, str, str]]:
    """(kind, bad, good) of every table row with examples: the tests run them."""
    section = data_toml("valency.toml").get(lang) or {}
    return [(kind, row["example_bad"], row["example_good"]) for kind in READINGS
            for row in section.get(kind, []) if "example_bad" in row]
