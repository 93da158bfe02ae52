"""The conditional of hearsay, read as grammar: the owner of ``hearsay_conditional`` (a source language's profile,
``mtqa/data/langs/fr.toml``) and ``hearsay_rendering`` (a target language's, ``en.toml``).

French news states an unconfirmed fact in the conditional: « le ministre aurait favorisé plusieurs entreprises »
(allegedly favoured), « l'attaque aurait fait 12 morts » (reportedly killed). English has no such mood: "would have
favoured" is a hypothetical, so a translation that keeps the conditional turns an allegation into a might-have-been.
The same French form is also the conditional of a condition (« s'il pleuvait, il viendrait »), of politeness
(« il voudrait »), of a future in the past (« il a dit qu'il viendrait »), which English does write with "would":
the profile lists the words that make it one of those, and a conditional none of them explains is hearsay.
"""
from __future__ import annotations

import functools
import re
from typing import NamedTuple, Optional

from mtqa.langs import hunspell
from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import DataError, alternation, built_from, data_path
from mtqa.langs import language


class Conditional(NamedTuple):
    """A conditional of hearsay in a source token list."""

    verb: int
    """Index of the token to find in the translation: the participle of a past (« favorisé »), else the verb."""
    finite: int
    """Index of the conditional form itself (« aurait », « résiderait »)."""
    past: bool
    plural: bool


class SourceReading(NamedTuple):
    conditional: object
    """word -> whether the dictionary makes it a conditional (memoised callable)"""
    participle: object
    """word -> whether the dictionary makes it a past participle"""
    endings: tuple
    auxiliaries: frozenset
    reach: int
    modals: frozenset
    modal_participles: frozenset
    condition: Optional[re.Pattern]
    completive: frozenset
    impersonal: frozenset
    present: bool
    passive: frozenset
    hypothesis: frozenset
    antecedents: frozenset
    being: frozenset
    reflexives: frozenset
    being_participles: tuple
    determiners: frozenset
    plans: frozenset
    plan_reach: int


class TargetReading(NamedTuple):
    conditional: frozenset
    perfect: frozenset
    markers: re.Pattern
    adverb: str
    passive: frozenset
    passive_past: tuple
    attributions: Optional[re.Pattern]


def _words(table: dict, key: str, lang: str) -> list:
    value = table.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(f"{data_path('langs', f'{lang}.toml')}: hearsay_conditional.{key} is missing or not a list "
                        f"of words")
    return value


def _count(table: dict, key: str, lang: str) -> int:
    value = table.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise DataError(f"{data_path('langs', f'{lang}.toml')}: hearsay_conditional.{key} should be a whole number "
                        f"of words (1 or more), not {value!r}")
    return value


def _form_test(lang: str, fields: list):
    """A memoised test: the language's dictionaries make a word from a verb stem by a rule carrying ``fields``."""
    profile = language(lang)
    tag = profile.extra.get("dictionary_verb_tag")
    if not tag or not profile.dictionaries:
        return None
    stems = hunspell.stems_tagged(profile.hunspell_names, tag)
    rules = hunspell.tagged_rules(profile.hunspell_names, frozenset(fields))

    @functools.lru_cache(maxsize=4096)
    def made(word: str) -> bool:
        return hunspell.suffix_made(profile.dictionaries, word, stems, rules)

    return made


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def source_reading(lang: str) -> Optional[SourceReading]:
    """The reading of ``lang``'s ``hearsay_conditional`` (None: the language has none, or no dictionary to tell
    a conditional from an imperfect: « entrait » is no « entrerait »)."""
    table = language(lang).extra.get("hearsay_conditional")
    if not table:
        return None
    conditional = _form_test(lang, _words(table, "conditional_fields", lang))
    participle = _form_test(lang, _words(table, "participle_fields", lang))
    if conditional is None or participle is None:
        return None
    conditions = _words(table, "condition_words", lang)
    condition = re.compile(rf"(?i)(?<![\w'’])(?:{alternation(conditions)})(?![\w'’])") if conditions else None
    reach = _count(table, "participle_reach", lang)
    return SourceReading(conditional, participle, tuple(_words(table, "third_endings", lang)),
                         frozenset(_words(table, "past_auxiliaries", lang)), reach,
                         frozenset(_words(table, "modals", lang)),
                         frozenset(_words(table, "modal_participles", lang)), condition,
                         frozenset(_words(table, "completive_words", lang)),
                         frozenset(_words(table, "impersonal_subjects", lang)), bool(table.get("present_tense")),
                         frozenset(_words(table, "passive_participles", lang)),
                         frozenset(_words(table, "hypothesis_adverbs", lang)),
                         frozenset(_words(table, "clause_antecedents", lang)),
                         frozenset(_words(table, "being_auxiliaries", lang)),
                         frozenset(_words(table, "reflexives", lang)),
                         tuple(_words(table, "being_participles", lang)),
                         language(lang).word_set("determiners"),
                         frozenset(_words(table, "plan_nouns", lang)), _count(table, "plan_reach", lang))


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def target_reading(lang: str) -> Optional[TargetReading]:
    """The reading of ``lang``'s ``hearsay_rendering`` (None: the language has none)."""
    table = language(lang).extra.get("hearsay_rendering")
    if not table:
        return None
    for key in ("conditional", "perfect", "markers", "passive", "passive_past"):
        if not isinstance(table.get(key), list) or not table[key]:
            raise DataError(f"{data_path('langs', f'{lang}.toml')}: hearsay_rendering.{key} is missing or not a "
                            f"list of words")
    markers = re.compile(rf"(?i)(?<![\w'’])(?:{alternation(table['markers'])})(?![\w'’])")
    if len(table["passive_past"]) != 2:
        raise DataError(f"{data_path('langs', f'{lang}.toml')}: hearsay_rendering.passive_past should be two words "
                        f"(singular, plural), not {table['passive_past']!r}")
    return TargetReading(frozenset(w.lower() for w in table["conditional"]),
                         frozenset(w.lower() for w in table["perfect"]), markers, str(table.get("adverb", "")),
                         frozenset(w.lower() for w in table["passive"]), tuple(table["passive_past"]),
                         re.compile(rf"(?i)(?<![\w'’])(?:{alternation(table['attributions'])})(?![\w'’])")
                         if table.get("attributions") else None)


def conditionals(reading: SourceReading, text: str, toks: list) -> list[Conditional]:
    """The conditionals of hearsay among ``toks`` (the tokens of ``text``): third-person conditionals that no
    condition, modal, completive « que » or impersonal subject explains (see ``fr.toml``)."""
    candidates = [i for i, t in enumerate(toks) if t.lower.endswith(reading.endings)]
    if not candidates:
        return []  # nearly every sentence: no word ends like a third-person conditional
    if "?" in text or (reading.condition is not None and reading.condition.search(text)):
        return []  # a question, or a condition anywhere in the sentence: the conditional is its consequence
    out = []
    for i in candidates:
        word = toks[i].lower
        if word in reading.modals or not (word in reading.auxiliaries or reading.conditional(word)):
            continue  # the auxiliaries are listed: the dictionary writes « serait » as a word of its own
        if any(t.lower in reading.completive for t in toks[:i]):
            continue  # after « que »: a future in the past or an opinion (« il a dit qu'il viendrait »)
        if i > 0 and toks[i - 1].lower in reading.impersonal:
            continue  # « ce serait », « cela coûterait »: a comment on a supposition
        if i > 1 and toks[i - 1].lower == "qui" and toks[i - 2].lower in reading.antecedents:
            continue  # « ce qui aurait permis »: the consequence of the clause before
        if i > 1 and toks[i - 1].lower == "qui" and \
                any(t.lower in reading.plans for t in toks[max(0, i - 1 - reading.plan_reach):i - 1]):
            continue  # « un projet … qui aurait porté sur »: what a plan would have done
        plural = word.endswith("ent")
        if word in reading.auxiliaries:
            after = []
            for k in range(i + 1, min(len(toks), i + 2 + reading.reach)):
                if toks[k].lower in reading.determiners:
                    break  # « auraient le profil »: avoir with its object, no past
                if reading.participle(toks[k].lower):
                    after.append(k)
            if after:
                if any(toks[k].lower in reading.modal_participles for k in after):
                    continue  # « aurait dû », « aurait pu »: should have, could have
                if any(t.lower in reading.hypothesis for t in toks[i + 1:after[0]]):
                    continue  # « aurait tout fait », « aurait bien vite engendré »: a might-have-been
                k = after[0]
                if word in reading.being and not (i > 0 and toks[i - 1].lower in reading.reflexives) and \
                        not _being_participle(reading, toks[k].lower):
                    continue  # « le personnel serait réduit »: the present passive of a consequence
                if toks[k].lower in reading.passive and len(after) > 1:
                    k = after[1]  # « aurait été tué »: the participle of the passive is the fact
                out.append(Conditional(k, i, True, plural))
                continue
        if reading.present:
            out.append(Conditional(i, i, False, plural))
    return out


def _being_participle(reading: SourceReading, word: str) -> bool:
    """``word`` is a participle of a verb that takes être (« mort », « arrivées »): the listed form, or it with a
    feminine or plural ending."""
    return any(word.startswith(p) and len(word) - len(p) <= 2 and word[len(p):] in ("", "e", "s", "es")
               for p in reading.being_participles)


def attributed(reading: TargetReading, text: str) -> bool:
    """The target sentence names who makes the claim ("according to the police")."""
    return reading.attributions is not None and bool(reading.attributions.search(text))


def marked(reading: TargetReading, text: str) -> bool:
    """The target sentence says in its own words that a fact is reported or alleged."""
    return bool(reading.markers.search(text))
