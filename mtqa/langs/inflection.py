"""Verb inflection of a target language (``data/inflection.toml``): the one owner of how a verb takes its -s, -ed
and -ing forms and of the verbs that take them otherwise.

Two readers write a verb in the form of another: F501 suggests the -ing form English needs ("avoided to say" ->
"avoided saying", :mod:`mtqa.langs.valency`), and the false-friend checks give their suggestion the form of the
trap ("indicates that" -> "says that", :mod:`mtqa.checks.false_friends`). Regular suffixes alone put an ending on a
spelling that already has one ("saids", "seens"): the irregular verbs are data of the language, listed once here,
and both readers ask this module.
"""
from __future__ import annotations

from dataclasses import dataclass, field
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
    """every irregular form (past, participle, ``third_person``, ``other_forms``) -> (base, its forms' names),
    lower case"""
    lang: str = ""
    """the language's code, whose Hunspell dictionaries judge the rules' spelling ("" reads the rules alone)"""
    written: str = ""
    """the dictionary whose spelling is written where the installed dictionaries differ (en_GB: travelled)"""
    consonant_groups: tuple = ()
    """letter groups whose vowel counts as a consonant (qu: quit -> quitting)"""
    double_final_l: bool = False
    """a final l after one vowel letter doubles whatever the stress (British travel -> travelled)"""
    participle_after: tuple = ()
    """the bases of the auxiliaries after which an -ed form is a past participle (has taken, was held)"""
    plural_before: tuple = ()
    """words after which an -s form is a plural noun, not a third person (forces of order)"""
    made: dict = field(default_factory=dict, compare=False, repr=False)
    """(base, suffix) -> the spelling written, kept once judged by the dictionaries"""

    def base(self, word: str) -> Optional[str]:
        """The base of an irregular verb form (said -> say, seen -> see, has -> have, are -> be, lying -> lie,
        does -> do), the word itself when it is an irregular verb's base; None otherwise (a regular verb: the
        rules undo nothing here)."""
        low = word.lower()
        if low in self.irregular:
            return low
        found = self.bases.get(low)
        return found[0] if found else None

    def irregular_form(self, word: str) -> str:
        """"past", "participle" (a spelling of both: "participle" only where it is not the past too, so "said"
        is "past"), "s" or "ing" for an irregular verb's form; "" for any other word, and for a present written
        as the base in every other verb (are)."""
        found = self.bases.get(word.lower())
        if not found:
            return ""
        return "past" if "past" in found[1] else found[1][0]

    def inflect(self, base: str, form: str) -> str:
        """``base`` (a verb's base form) in ``form`` (one of :data:`FORMS`), in the case of ``base``'s first
        letter: the irregular verbs' own forms, else the suffix rules (stop -> stopping, carry -> carries), their
        spelling judged by the language's dictionaries where installed (format -> formatting)."""
        low = base.lower()
        if form in ("past", "participle") and low in self.irregular:
            made = self.irregular[low][0 if form == "past" else 1][0]
        elif form == "s" and low in self.third_person:
            made = self.third_person[low]
        else:
            suffix = "ed" if form in ("past", "participle") else form
            if (low, suffix) not in self.made:
                self.made[(low, suffix)] = self._judged(self._candidates(low, suffix))
            made = self.made[(low, suffix)]
        return made[:1].upper() + made[1:] if base[:1].isupper() else made

    def _regular(self, low: str, suffix: str) -> str:
        for ending, replaced, least in self.rules.get(suffix, ()):
            if low.endswith(ending) and len(low) >= least:
                return low[: len(low) - len(ending)] + replaced
        if suffix != "s" and self._doubles(low):
            low += low[-1]
        return low + suffix

    def _candidates(self, low: str, suffix: str) -> tuple:
        """The rules' spelling of ``low`` + ``suffix`` first, then the other regular spellings a dictionary may
        hold instead: the e kept before -ing (singeing: "singing" is sing's), the last consonant doubled or not
        (formatting, travelled; focused), -ck after a final c, -es after a final consonant (quizzes)."""
        ruled = self._regular(low, suffix)
        out = [low + "ing"] if suffix == "ing" and low.endswith("e") and len(low) >= 3 else []
        out.append(ruled)
        if suffix == "s":
            out += [low + "es", low + low[-1:] + "es"]
        else:
            out += [low + low[-1:] + suffix, low + suffix] + ([low + "k" + suffix] if low.endswith("c") else [])
        return tuple(dict.fromkeys(out))

    def _judged(self, candidates: tuple) -> str:
        """The first of ``candidates`` the ``written`` dictionary holds, else the first another holds, else the
        rules' own (the first that is not the e kept before -ing): the dictionaries know the forms (formatting,
        singeing, panicked) that rules of letters cannot tell from their look (format is not stressed)."""
        dicts = _dictionaries(self.lang)
        ruled = candidates[1] if len(candidates) > 1 and candidates[0].endswith("eing") else candidates[0]
        if not dicts:
            return ruled
        from mtqa.langs.hunspell import in_dictionary

        ordered = sorted(dicts, key=lambda d: d.name != self.written)
        for group in ([ordered[0]], ordered[1:]):
            for made in candidates:
                if group and in_dictionary(tuple(group), made):
                    return made
        return ruled

    def _doubles(self, low: str) -> bool:
        """Whether the last consonant doubles before -ed and -ing: a stressed final syllable (``double_endings``),
        one vowel before a final consonant of ``double`` after a consonant (stop, plan, quit; not visit, rain),
        or, with ``double_final_l``, a final l after one vowel letter after a consonant (travel, label)."""
        if low.endswith(self.double_endings):
            return True
        v = self.vowels
        read = low
        for group in self.consonant_groups:  # qu: its u is no vowel (quit, quiz)
            read = read.replace(group, group[0] + "w")
        if (self.double_final_l and len(read) >= 4 and read[-1] == "l" and read[-2] in v and read[-3] not in v
                and sum(c in v for c in read) >= 2):
            return True
        return (len(read) >= 3 and sum(c in v for c in read) == 1 and read[-1] in self.double and read[-2] in v
                and read[-3] not in v)


def _dictionaries(lang: str) -> tuple:
    """The installed Hunspell dictionaries of ``lang`` (empty without one, or without a language)."""
    if not lang:
        return ()
    from mtqa.langs import language

    try:
        return language(lang).dictionaries
    except (KeyError, ValueError):
        return ()


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
    for spelling, row in section.get("other_forms", {}).items():
        if not (isinstance(row, list) and len(row) == 2 and row[1] in ("", "s", "past", "participle", "ing")):
            raise ValueError(f"[{lang}.other_forms] {spelling}: {row!r} is not [base, form]")
        bases.setdefault(spelling.lower(), (str(row[0]).lower(), (row[1],)))
    made = Inflection({f: _rules(section, f, lang) for f in ("s", "ed", "ing")}, str(section["vowels"]),
                      str(section["double"]), tuple(str(e) for e in section.get("double_endings", ())),
                      irregular, third, bases, lang, str(section.get("written", "")),
                      tuple(str(g) for g in section.get("consonant_groups", ())),
                      bool(section.get("double_final_l", False)),
                      tuple(str(a).lower() for a in section.get("participle_after", ())),
                      tuple(str(a).lower() for a in section.get("plural_before", ())))
    return made
