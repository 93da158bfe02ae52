"""French « se dire » + an attribute carried over as "said herself …": the one owner of ``self_report`` in
``mtqa/data/langs/<lang>.toml``.

French reports a state with the reflexive « se dire » and an attribute (« la lauréate s'est dite "bouleversée" »,
« l'ONU se dit préoccupée »); English "say" takes no such complement, and reports it with a clause ("said she was
overwhelmed", "says it is worried"). Machine translation writes "said herself overwhelmed". "Declared himself
ready" is English and not read; "he said himself that …" and "as he said himself," are the emphatic reflexive, so
the English reading wants an attribute after the pronoun (a content word, or a quotation mark and one), and the
source must hold « se dire » in the same place (:func:`renders`).
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from mtqa.langs import language
from mtqa.langs.cache import SOURCES, TABLES, memoize
from mtqa.langs.data import DataError, alternation as _alt, data_path, profile_word_list
from mtqa.langs.placing import Place, pair, place as _place


@memoize(TABLES)
def _table(lang: str, side: str) -> Optional[dict]:
    """``lang``'s ``self_report`` for ``side`` ("target": verbs, pronouns, opening_quotes; "source": reflexives,
    auxiliaries, verb_forms), checked (a DataError naming ``<lang>.toml``); None when the language has none."""
    table = language(lang).extra.get("self_report")
    keys = ("verbs", "pronouns", "opening_quotes", "degree_words", "adverb_ending", "not_attributes",
            "adjectives_with_adverb_ending") \
        if side == "target" else ("reflexives", "auxiliaries", "verb_forms")
    if not table or keys[0] not in table:
        return None
    where = f"{data_path('langs', f'{lang}.toml')}: self_report"
    for key in keys:
        if key not in table:
            raise DataError(f"{where}.{key} is missing")
    if side == "target":
        if not isinstance(table["verbs"], dict) or not all(v in ("past", "present") for v in table["verbs"].values()):
            raise DataError(f"{where}.verbs is not a table of verb = \"past\" or \"present\"")
        if not isinstance(table["pronouns"], dict) or not all(
                isinstance(v, list) and len(v) == 3 and all(isinstance(w, str) and w for w in v)
                for v in table["pronouns"].values()):
            raise DataError(f"{where}.pronouns is not a table of pronoun = [subject, past of be, present of be]")
        if not isinstance(table["adverb_ending"], str) or not table["adverb_ending"]:
            raise DataError(f"{where}.adverb_ending is not a word ending")
    for key in keys:
        if isinstance(table[key], list):  # the one reader of a profile's lists of words: a blank word is named
            profile_word_list(table[key], lang, f"self_report.{key}", empty=True)
    out = dict(table)
    for key in ("degree_words", "not_attributes", "adjectives_with_adverb_ending"):
        if key in out:
            out[key] = frozenset(w.lower() for w in out[key])
    return out


@memoize(TABLES)
def _target_pattern(lang: str) -> Optional[re.Pattern]:
    t = _table(lang, "target")
    if t is None:
        return None
    return re.compile(rf"(?<![\w'’-])(?P<verb>{_alt(t['verbs'])})\s+(?P<pronoun>{_alt(t['pronouns'])})\s+"
                      rf"(?P<quote>(?:{_alt(t['opening_quotes'])})\s*)?(?P<degree>(?:(?:{_alt(t['degree_words'])})\s+)*)"
                      rf"(?:(?:{_alt(t['opening_quotes'])})\s*)?(?P<word>[^\W\d_][\w'’-]*)", re.IGNORECASE)


@memoize(TABLES)
def _source_pattern(lang: str) -> Optional[re.Pattern]:
    s = _table(lang, "source")
    if s is None:
        return None
    refl = _alt(s["reflexives"])
    return re.compile(rf"(?<![\w'’-])(?:{refl})(?:(?<=['’])|\s+)(?:(?:{_alt(s['auxiliaries'])})\s+)?"
                      rf"(?:{_alt(s['verb_forms'])})\b", re.IGNORECASE)


@memoize(SOURCES)
def source_self_reports(source_text: str, lang: str) -> tuple[Place, ...]:
    """Each « se dire » of the source, where it stands (:class:`Place`)."""
    pattern = _source_pattern(lang)
    if pattern is None:
        return ()
    return tuple(_place(source_text, m.start(), m.end()) for m in pattern.finditer(source_text))


def renders(target_text: str, found: "list[SelfReport]", sources: tuple[Place, ...]) -> "list[tuple[SelfReport, Place]]":
    """The target's readings (``found``, in order) each paired with the source's « se dire » it renders: one in
    the same place (:func:`mtqa.langs.placing.same_place`: the same clause where both segments have as many,
    otherwise near the same share of the segment), the nearest pairs made first over the whole segment (an earlier
    "said herself" that renders no « se dire » does not take the only one from a later reading beside it), each
    « se dire » rendered by one reading at most (one more "said herself" in the target renders none). Why by place and not by rank: a « se dire » rendered right
    ("said she was") has no reading, so the n-th reading need not render the n-th « se dire » (« Elle s'est dite
    ravie ; il s'est dit prêt. » -> "She said she was delighted; he said himself ready."); and a « se dire »
    elsewhere in the segment says nothing of an English verb that renders another French one (« il l'a répété
    lui-même » -> "he said himself …")."""
    places = [_place(target_text, r.start, r.end) for r in found]
    paired = pair(places, sources)
    return [(r, sources[paired[i]]) for i, r in enumerate(found) if i in paired]


class SelfReport(NamedTuple):
    start: int
    end: int
    """The span: the verb and the reflexive pronoun ("said herself")."""
    suggestion: str
    """The clause English writes there ("said she was")."""


def self_reports(text: str, lang: str) -> list[SelfReport]:
    """Each "said herself" + attribute of ``text``. An attribute is an adjective or a participle, after an
    opening quotation mark and degree words (``degree_words``: "very worried") or not: a lower-case word that is
    no function word ("that"), no adverb (``adverb_ending``: "said himself repeatedly that" is the emphatic
    pronoun; the adjectives with that ending, ``adjectives_with_adverb_ending``: "unlikely", "lonely", are
    attributes) and none of ``not_attributes`` (time words: "said himself yesterday"). The quotation mark may
    stand before the degree words or after them ("said himself very "concerned"")."""
    pattern = _target_pattern(lang)
    if pattern is None:
        return []
    t = _table(lang, "target")
    grammar = language(lang).function_words
    out = []
    for m in pattern.finditer(text):
        word = m.group("word")
        if not word.islower() or word in grammar or word in t["not_attributes"] or word in t["degree_words"] \
                or (word.endswith(t["adverb_ending"]) and word not in t["adjectives_with_adverb_ending"]):
            continue
        verb, pronoun = m.group("verb"), m.group("pronoun")
        subject, past, present = t["pronouns"][pronoun.lower()]
        be = past if t["verbs"][verb.lower()] == "past" else present
        out.append(SelfReport(m.start("verb"), m.end("pronoun"), f"{verb} {subject} {be}"))
    return out
