"""Verb inflection of a target language (``data/inflection.toml``): the one owner of how a verb takes its -s, -ed
and -ing forms and of the verbs that take them otherwise.

Two readers write a verb in the form of another: F501 suggests the -ing form English needs ("avoided to say" ->
"avoided saying", :mod:`mtqa.langs.valency`), and the false-friend checks give their suggestion the form of the
trap ("indicates that" -> "says that", :mod:`mtqa.checks.false_friends`). Regular suffixes alone put an ending on a
spelling that already has one ("saids", "seens"): the irregular verbs are data of the language, listed once here,
and both readers ask this module.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import built_from, data_toml

FORMS = ("s", "ing", "past", "participle")
"""The forms :meth:`Inflection.inflect` makes: the third person (or plural) -s, the -ing form, the past and the
past participle."""


@dataclass(frozen=True)
class Inflection:
    """A language's verb inflection: the suffix rules of each form and the irregular verbs."""

    rules: dict
    """form ("s", "ed", "ing") -> ((ending, replacement, least length), ...)"""
    vowels: str
    double: str
    double_endings: tuple
    irregular: dict
    """base -> (past spellings, participle spellings), the first of each the one written"""
    third_person: dict
    """base -> its -s form where the rules do not make it (have -> has)"""
    bases: dict
    """every irregular form (past, participle, -s form) -> (base, its forms' names), lower case"""

    def base(self, word: str) -> Optional[str]:
        """The base of an irregular verb form (said -> say, seen -> see, has -> have), the word itself when it is
        an irregular verb's base; None otherwise (a regular verb: the rules undo nothing here)."""
        low = word.lower()
        if low in self.irregular:
            return low
        found = self.bases.get(low)
        return found[0] if found else None

    def irregular_form(self, word: str) -> str:
        """"past", "participle" (a spelling of both: "participle" only where it is not the past too, so "said"
        is "past") or "s" for an irregular verb's form; "" for any other word."""
        found = self.bases.get(word.lower())
        if not found:
            return ""
        return "past" if "past" in found[1] else found[1][0]

    def inflect(self, base: str, form: str) -> str:
        """``base`` (a verb's base form) in ``form`` (one of :data:`FORMS`), in the case of ``base``'s first
        letter: the irregular verbs' own forms, else the suffix rules (stop -> stopping, carry -> carries)."""
        low = base.lower()
        if form in ("past", "participle") and low in self.irregular:
            made = self.irregular[low][0 if form == "past" else 1][0]
        elif form == "s" and low in self.third_person:
            made = self.third_person[low]
        else:
            made = self._regular(low, "ed" if form in ("past", "participle") else form)
        return made[:1].upper() + made[1:] if base[:1].isupper() else made

    def _regular(self, low: str, suffix: str) -> str:
        for ending, replaced, least in self.rules.get(suffix, ()):
            if low.endswith(ending) and len(low) >= least:
                return low[: len(low) - len(ending)] + replaced
        if suffix != "s" and self._doubles(low):
            low += low[-1]
        return low + suffix

    def _doubles(self, low: str) -> bool:
        """Whether the last consonant doubles before -ed and -ing: a stressed final syllable (``double_endings``),
        or one vowel before a final consonant of ``double`` after a consonant (stop, plan; not visit, rain)."""
        if low.endswith(self.double_endings):
            return True
        v = self.vowels
        return (len(low) >= 3 and sum(c in v for c in low) == 1 and low[-1] in self.double and low[-2] in v
                and low[-3] not in v)


def _rules(section: dict, form: str, lang: str) -> tuple:
    rules = tuple(tuple(r) for r in section.get(form, {}).get("suffixes", ()))
    for rule in rules:
        if not (len(rule) == 3 and isinstance(rule[0], str) and isinstance(rule[1], str) and isinstance(rule[2], int)):
            raise ValueError(f"[{lang}.{form}] suffixes: {list(rule)!r} is not [ending, replacement, least length]")
    return rules


@memoize(TABLES)
@built_from("inflection.toml")
def inflection(lang: str) -> Optional[Inflection]:
    """The verb inflection of ``lang`` (None without a section in ``inflection.toml``)."""
    section = data_toml("inflection.toml").get(lang)
    if not section:
        return None
    irregular, bases = {}, {}
    for base, (past, participle) in section.get("irregular", {}).items():
        forms = (tuple(str(past).lower().split("/")), tuple(str(participle).lower().split("/")))
        irregular[base.lower()] = forms
        for name, spellings in zip(("past", "participle"), forms):
            for spelling in spellings:
                if spelling != base.lower():  # come, become, run: the participle is the base, read as the base
                    old = bases.get(spelling, (base.lower(), ()))
                    bases[spelling] = (old[0], old[1] + (name,))
    third = {b.lower(): str(s).lower() for b, s in section.get("third_person", {}).items()}
    for base, form in third.items():
        bases.setdefault(form, (base, ("s",)))
    return Inflection({f: _rules(section, f, lang) for f in ("s", "ed", "ing")}, str(section["vowels"]),
                      str(section["double"]), tuple(str(e) for e in section.get("double_endings", ())),
                      irregular, third, bases)
