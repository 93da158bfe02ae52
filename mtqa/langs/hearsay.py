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
from mtqa.langs.data import DataError, alternation, built_from, data_path, profile_word_list
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
    relatives: frozenset
    """the relative pronouns after which a plan noun or a clause is the antecedent (« qui », « lequel », « dont »)"""
    negative_subjects: frozenset
    """subjects that make the conditional a might-have-been (« personne n'aurait cru »)"""
    marks: tuple
    """sentence marks of a question or an exclamation (« Qui l'aurait cru ! »): no report"""
    not_conditions: Optional[re.Pattern]
    """fixed phrases with a condition word that set no condition (« sans doute », « si l'on en croit »)"""
    third_plural_endings: tuple
    """the endings of a plural conditional (« auraient »)"""


class TargetReading(NamedTuple):
    conditional: frozenset
    """the words of the conditional ("would", "'d": a contraction as the apostrophe and the token after it)"""
    perfect: frozenset
    """the auxiliary of its past ("have", "'ve")"""
    markers: re.Pattern
    """a word or phrase that says the fact is reported: the sentence is left alone"""
    adverb: str
    """the hedge the suggestion writes ("reportedly")"""
    passive: frozenset
    """the participle of the passive after the perfect ("been")"""
    passive_past: tuple
    """the past of "be" for a singular and a plural subject"""
    attributions: Optional[re.Pattern]
    """a phrase that names who claims ("according to"): the suggestion is the indicative alone"""
    between: frozenset
    """adverbs that may stand between the auxiliaries ("not", "also", "'t")"""


def _words(table: dict, key: str, lang: str, name: str = "hearsay_conditional", empty: bool = True) -> list:
    """``table[key]`` checked: a list of non-empty words (and not empty itself unless ``empty``); a profile that
    writes a word where a list is due, or an empty string, is a DataError naming its file, not a rule that
    silently reads every letter or nothing."""
    return profile_word_list(table.get(key), lang, f"{name}.{key}", empty=empty)


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
    # a hyphen is part of the word: « lui-même », « sans-abri » set no condition
    condition = re.compile(rf"(?i)(?<![\w'’-])(?:{alternation(conditions)})(?![\w'’-])") if conditions else None
    fixed = _words(table, "not_conditions", lang)
    not_conditions = re.compile(rf"(?i)(?<![\w'’-])(?:{alternation(fixed)})(?![\w'’-])") if fixed else None
    reach = _count(table, "participle_reach", lang)
    present = table.get("present_tense")
    if not isinstance(present, bool):
        raise DataError(f"{data_path('langs', f'{lang}.toml')}: hearsay_conditional.present_tense should be true or "
                        f"false, not {present!r}")
    return SourceReading(conditional, participle, tuple(_words(table, "third_endings", lang, empty=False)),
                         frozenset(_words(table, "past_auxiliaries", lang)), reach,
                         frozenset(_words(table, "modals", lang)),
                         frozenset(_words(table, "modal_participles", lang)), condition,
                         frozenset(_words(table, "completive_words", lang)),
                         frozenset(_words(table, "impersonal_subjects", lang)), present,
                         frozenset(_words(table, "passive_participles", lang)),
                         frozenset(_words(table, "hypothesis_adverbs", lang)),
                         frozenset(_words(table, "clause_antecedents", lang)),
                         frozenset(_words(table, "being_auxiliaries", lang)),
                         frozenset(_words(table, "reflexives", lang)),
                         tuple(_words(table, "being_participles", lang)),
                         language(lang).word_set("determiners"),
                         frozenset(_words(table, "plan_nouns", lang)), _count(table, "plan_reach", lang),
                         frozenset(_words(table, "relatives", lang)),
                         frozenset(_words(table, "negative_subjects", lang)),
                         tuple(_words(table, "sentence_marks", lang)), not_conditions,
                         tuple(_words(table, "third_plural_endings", lang, empty=False)))


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def target_reading(lang: str) -> Optional[TargetReading]:
    """The reading of ``lang``'s ``hearsay_rendering`` (None: the language has none)."""
    table = language(lang).extra.get("hearsay_rendering")
    if not table:
        return None
    words = {key: _words(table, key, lang, "hearsay_rendering", empty=False)
             for key in ("conditional", "perfect", "markers", "passive", "passive_past")}
    between = _words(table, "between", lang, "hearsay_rendering")
    attributions = _words(table, "attributions", lang, "hearsay_rendering")
    adverb = table.get("adverb")
    if not isinstance(adverb, str) or not adverb.strip():
        raise DataError(f"{data_path('langs', f'{lang}.toml')}: hearsay_rendering.adverb should be one word, not "
                        f"{adverb!r}")
    if len(words["passive_past"]) != 2:
        raise DataError(f"{data_path('langs', f'{lang}.toml')}: hearsay_rendering.passive_past should be two words "
                        f"(singular, plural), not {words['passive_past']!r}")

    def folded(key_words: list) -> frozenset:
        return frozenset(w.lower().replace("’", "'") for w in key_words)

    markers = re.compile(rf"(?i)(?<![\w'’])(?:{alternation(words['markers'])})(?![\w'’])")
    return TargetReading(folded(words["conditional"]), folded(words["perfect"]), markers, adverb,
                         folded(words["passive"]), tuple(words["passive_past"]),
                         re.compile(rf"(?i)(?<![\w'’])(?:{alternation(attributions)})(?![\w'’])")
                         if attributions else None, folded(between))


def conditionals(reading: SourceReading, text: str, toks: list) -> list[Conditional]:
    """The conditionals of hearsay among ``toks`` (the tokens of ``text``): third-person conditionals that no
    condition, modal, completive « que » or impersonal subject explains (see ``fr.toml``)."""
    candidates = [i for i, t in enumerate(toks) if t.lower.endswith(reading.endings)]
    if not candidates:
        return []  # nearly every sentence: no word ends like a third-person conditional
    if any(m in text for m in reading.marks):
        return []  # a question or an exclamation (« Qui l'aurait cru ! »): no report
    plain = reading.not_conditions.sub(lambda m: " " * len(m.group()), text) if reading.not_conditions else text
    if reading.condition is not None and reading.condition.search(plain):
        return []  # a condition anywhere in the sentence: the conditional is its consequence
    out = []
    for i in candidates:
        word = toks[i].lower
        if word in reading.modals or not (word in reading.auxiliaries or reading.conditional(word)):
            continue  # the auxiliaries are listed: the dictionary writes « serait » as a word of its own
        if any(t.lower in reading.completive for t in toks[:i]):
            continue  # after « que »: a future in the past or an opinion (« il a dit qu'il viendrait »)
        if i > 0 and toks[i - 1].lower in reading.impersonal:
            continue  # « ce serait », « cela coûterait »: a comment on a supposition
        if any(t.lower in reading.negative_subjects for t in toks[max(0, i - 3):i]):
            continue  # « personne n'aurait parié », « personne ne l'aurait cru »: what nobody would have done
        if i > 1 and toks[i - 1].lower in reading.relatives and toks[i - 2].lower in reading.antecedents:
            continue  # « ce qui aurait permis »: the consequence of the clause before
        rel = next((r for r in range(i - 1, max(-1, i - 4), -1) if toks[r].lower in reading.relatives), None)
        if rel is not None and any(t.lower in reading.plans for t in toks[max(0, rel - reading.plan_reach):rel]):
            continue  # « un projet … qui/lequel aurait porté sur », « dont la construction aurait coûté »
        plural = word.endswith(reading.third_plural_endings)
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
