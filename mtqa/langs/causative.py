"""A causative verb, its infinitive and then the object, in the French order: the one owner of ``causative`` in
``mtqa/data/langs/<lang>.toml``.

French causative « faire » takes its infinitive at once and the infinitive's subject after it (« les pluies ont
fait déborder la rivière », Grevisse, Le Bon Usage, § 903); English "make" takes the object first and the bare
infinitive after it ("made the river overflow"), and "made overflow the river" is no English. Machine translation
keeps the French order. Why a rule of grammar and not a list of phrases: the order is the same whatever the
infinitive. Why the source must agree: English writes "make" before a word that is a verb's base elsewhere
("made clear the", "make sure the": adjectives there), so the English reading is kept only where the source holds a
form of its causative verb right before a word the lexical model renders by the English infinitive (:func:`calques`).
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from mtqa.langs import language
from mtqa.langs.cache import SOURCES, TABLES, memoize
from mtqa.langs.data import alternation as _alt, profile_word_list
from mtqa.langs.placing import Place, pair, place


@memoize(TABLES)
def _table(lang: str, side: str) -> Optional[dict]:
    """``lang``'s ``causative`` for ``side``: the target's ``verbs`` (bases: "make"), the source's ``verb_forms``
    (every written form: « fait », « faire »), as sets of lower-case words, checked (a DataError naming
    ``<lang>.toml``); None when the language has none for that side."""
    table = language(lang).extra.get("causative")
    key = "verbs" if side == "target" else "verb_forms"
    if not table or key not in table:
        return None
    value = profile_word_list(table[key], lang, f"causative.{key}")
    return {key: frozenset(v.lower() for v in value)}


@memoize(TABLES)
def _target_pattern(lang: str) -> Optional[re.Pattern]:
    """A form of one of the causative ``verbs`` (their -s, past, participle and -ing forms from the language's
    inflection: :mod:`mtqa.langs.inflection`), a lower-case word (the infinitive, tested after) and an object opener
    (A627's: a determiner or a quantity, :func:`mtqa.langs.object_order.openers`)."""
    from mtqa.langs.inflection import inflection
    from mtqa.langs.object_order import openers

    t = _table(lang, "target")
    verbs = inflection(lang)
    opener = openers(lang)
    if t is None or verbs is None or opener is None:
        return None
    forms = {f for base in t["verbs"] for f in
             (base, *(verbs.inflect(base, form) for form in ("s", "past", "participle", "ing")))}
    return re.compile(rf"(?<![\w'’-])(?P<verb>(?i:{_alt(forms)}))\s+(?P<inf>[a-z]+)\s+(?P<obj>(?i:{opener})\s+[\w'’-]+)")


class Causative(NamedTuple):
    start: int
    end: int
    """The span: the causative verb and its infinitive ("made overflow")."""
    verb: str
    infinitive: str
    obj: str
    """The object's opener and first word ("the river")."""
    source: str = ""
    """The source's causative and infinitive (« fait déborder »)."""


def target_causatives(text: str, lang: str) -> list[Causative]:
    """Each causative verb of ``text`` followed at once by a verb's base (:func:`mtqa.langs.reporting.verb_base`:
    a word whose -ing form the dictionaries hold) and an object, in the French order."""
    pattern = _target_pattern(lang)
    if pattern is None:
        return []
    from mtqa.langs.reporting import verb_base

    grammar = language(lang).function_words
    out = []
    for m in pattern.finditer(text):
        inf = m.group("inf")
        if inf in grammar or not verb_base(inf, lang):
            continue
        out.append(Causative(m.start("verb"), m.end("inf"), m.group("verb"), inf, m.group("obj")))
    return out


class SourceCausative(NamedTuple):
    stems: frozenset
    """The target stems the lexical model renders the infinitive by."""
    written: str
    place: Place


@memoize(SOURCES)
def source_causatives(source_text: str, langs: tuple[str, str]) -> tuple[SourceCausative, ...]:
    """Each form of the source's causative verb (``verb_forms``) followed at once by a word the lexical model
    renders (the infinitive: « fait déborder »), with that word's renderings and its place. Kept per source: every
    system's translation of one source asks again."""
    s = _table(langs[0], "source")
    if s is None:
        return ()
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.meaning.tokens import tokens

    model = load_lexmodel(*langs)
    if model is None:
        return ()
    toks = tokens(source_text, langs[0])
    out = []
    for tok, nxt in zip(toks, toks[1:]):
        if tok.lower not in s["verb_forms"] or not source_text[tok.end:nxt.start].isspace():
            continue
        stems = frozenset(c.stem for c in model.translations(nxt.stem))
        if stems:
            out.append(SourceCausative(stems, source_text[tok.start:nxt.end], place(source_text, tok.start, nxt.end)))
    return tuple(out)


def calques(source_text: str, target_text: str, langs: tuple[str, str]) -> list[Causative]:
    """The target's causatives in the French order (:func:`target_causatives`) each paired with a source
    causative in the same place (:func:`mtqa.langs.placing.pair`) whose infinitive the lexical model renders by
    the target's infinitive: the source has the same order, and the English copies it."""
    found = target_causatives(target_text, langs[1])
    if not found:
        return []
    sources = source_causatives(source_text, langs)
    if not sources:
        return []
    from mtqa.meaning.tokens import stem

    stems = [stem(c.infinitive, langs[1]) for c in found]
    paired = pair([place(target_text, c.start, c.end) for c in found], [p.place for p in sources],
                  lambda i, j: stems[i] in sources[j].stems)
    return [c._replace(source=sources[paired[i]].written) for i, c in enumerate(found) if i in paired]
