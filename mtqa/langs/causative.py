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
from mtqa.langs.data import DataError, alternation as _alt, data_path, profile_word_list
from mtqa.langs.placing import Place, pair, place


@memoize(TABLES)
def _table(lang: str, side: str) -> Optional[dict]:
    """``lang``'s ``causative`` for ``side``: the target's ``verbs`` (bases: "make"), the source's ``verb_forms``
    (every written form: « fait », « faire »), as sets of lower-case words, checked (a DataError naming
    ``<lang>.toml``); None when the language has none for that side."""
    table = language(lang).extra.get("causative")
    if table is not None and not isinstance(table, dict):  # a list or a word would turn the check off unsaid
        raise DataError(f"{data_path('langs', f'{lang}.toml')}: causative is not a table")
    key = "verbs" if side == "target" else "verb_forms"
    if not table or key not in table:
        return None
    out = {}
    optional = ("more_openers",) if side == "target" else ("reflexives", "adverbs", "infinitive_endings")
    for name in (key, *optional):
        value = table[name] if name == key else table.get(name, [])
        out[name] = frozenset(v.lower() for v in profile_word_list(value, lang, f"causative.{name}",
                                                                    empty=name != key))
    if side == "source":
        ending, most = table.get("adverb_ending", ""), table.get("max_adverbs", 0)
        if not isinstance(ending, str) or not isinstance(most, int) or isinstance(most, bool) or most < 0:
            raise DataError(f"{data_path('langs', f'{lang}.toml')}: causative.adverb_ending is not a word or "
                            f"causative.max_adverbs not a count")
        out["adverb_ending"], out["max_adverbs"] = ending.lower(), most
    return out


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
    more = rf"|{_alt(t['more_openers'])}" if t["more_openers"] else ""
    return re.compile(rf"(?<![\w'’-])(?P<verb>(?i:{_alt(forms)}))\s+(?P<inf>[a-z]+)\s+"
                      rf"(?P<obj>(?i:{opener}{more})\s+[\w'’-]+)")


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
    # text in capitals (a headline, a shouted quote) is read in lower case: the infinitive is asked to be lower case
    # only so that a name ("made Obama …") is not read as one, and capitals tell no name there
    lower = text.lower()
    read = lower if not any(ch.islower() for ch in text) and len(lower) == len(text) else text
    out = []
    for m in pattern.finditer(read):
        inf = m.group("inf")
        if inf in grammar or not verb_base(inf, lang):
            continue
        out.append(Causative(m.start("verb"), m.end("inf"), text[m.start("verb"):m.end("verb")],
                             text[m.start("inf"):m.end("inf")], text[m.start("obj"):m.end("obj")]))
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
    grammar = language(langs[0]).function_words
    out = []
    for i, tok in enumerate(toks):
        if tok.lower not in s["verb_forms"]:
            continue
        inf = _infinitive(source_text, toks, i, s, grammar)
        if inf is None:
            continue
        stems = frozenset(c.stem for c in model.translations(inf.stem))
        if stems:
            out.append(SourceCausative(stems, source_text[tok.start:inf.end], place(source_text, tok.start, inf.end)))
    return tuple(out)


def _infinitive(text: str, toks, i: int, s: dict, grammar):
    """The infinitive after the causative verb ``toks[i]``, or None: the next word, over at most ``max_adverbs``
    adverbs (« fait encore baisser ») and then a reflexive pronoun (« vu s'effondrer »), with nothing but spaces (and
    the reflexive's apostrophe) between; a word with an infinitive ending that is no function word. Why the ending:
    the lexical model renders an adverb too (« clairement »: "clear"), and "made clear his opposition" is English."""
    adverbs = 0
    for j in range(i + 1, len(toks)):
        tok, gap = toks[j], text[toks[j - 1].end:toks[j].start]
        if not gap.isspace() and not (j > i + 1 and text[toks[j - 1].start:tok.start].strip().lower() in s["reflexives"]):
            return None
        word = tok.lower
        if j + 1 < len(toks) and text[tok.start:toks[j + 1].start].strip().lower() in s["reflexives"]:
            continue  # the reflexive pronoun, then its infinitive
        if adverbs < s["max_adverbs"] and word in s["adverbs"]:
            adverbs += 1
            continue
        if word.endswith(tuple(s["infinitive_endings"])) and word not in grammar and len(word) > 3:
            return tok
        if adverbs < s["max_adverbs"] and s["adverb_ending"] and word.endswith(s["adverb_ending"]):
            adverbs += 1
            continue
        return None
    return None


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

    stems = [stem(c.infinitive.lower(), langs[1]) for c in found]
    paired = pair([place(target_text, c.start, c.end) for c in found], [p.place for p in sources],
                  lambda i, j: stems[i] in sources[j].stems)
    return [c._replace(source=sources[paired[i]].written) for i, c in enumerate(found) if i in paired]
