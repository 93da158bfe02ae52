"""French « se dire » + an attribute carried over as "said herself …": the one owner of ``self_report`` in
``mtqa/data/langs/<lang>.toml``.

French reports a state with the reflexive « se dire » and an attribute (« la lauréate s'est dite "bouleversée" »,
« l'ONU se dit préoccupée »); English "say" takes no such complement, and reports it with a clause ("said she was
overwhelmed", "says it is worried"). Machine translation writes "said herself overwhelmed". "Declared himself
ready" is English and not read; "he said himself that …" and "as he said himself," are the emphatic reflexive, so
the English reading wants an attribute after the pronoun (a content word, or a quotation mark and one), and the
source must hold « se dire » (:func:`source_says_self`).
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from mtqa.langs import language
from mtqa.langs.cache import SOURCES, TABLES, memoize
from mtqa.langs.data import DataError, alternation as _alt, data_path


@memoize(TABLES)
def _table(lang: str, side: str) -> Optional[dict]:
    """``lang``'s ``self_report`` for ``side`` ("target": verbs, pronouns, opening_quotes; "source": reflexives,
    auxiliaries, verb_forms), checked (a DataError naming ``<lang>.toml``); None when the language has none."""
    table = language(lang).extra.get("self_report")
    keys = ("verbs", "pronouns", "opening_quotes") if side == "target" else ("reflexives", "auxiliaries",
                                                                            "verb_forms")
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
    for key in keys:
        if isinstance(table[key], list) and not all(isinstance(v, str) and v for v in table[key]):
            raise DataError(f"{where}.{key} is not a list of words")
    return dict(table)


@memoize(TABLES)
def _target_pattern(lang: str) -> Optional[re.Pattern]:
    t = _table(lang, "target")
    if t is None:
        return None
    return re.compile(rf"(?<![\w'’-])(?P<verb>{_alt(t['verbs'])})\s+(?P<pronoun>{_alt(t['pronouns'])})\s+"
                      rf"(?P<quote>(?:{_alt(t['opening_quotes'])})\s*)?(?P<word>[^\W\d_][\w'’-]*)", re.IGNORECASE)


@memoize(TABLES)
def _source_pattern(lang: str) -> Optional[re.Pattern]:
    s = _table(lang, "source")
    if s is None:
        return None
    refl = _alt(s["reflexives"])
    return re.compile(rf"(?<![\w'’-])(?:{refl})(?:(?<=['’])|\s+)(?:(?:{_alt(s['auxiliaries'])})\s+)?"
                      rf"(?:{_alt(s['verb_forms'])})\b", re.IGNORECASE)


@memoize(SOURCES)
def source_says_self(source_text: str, lang: str) -> Optional[str]:
    """The source's « se dire » as written (« s'est dite »), or None."""
    pattern = _source_pattern(lang)
    m = pattern.search(source_text) if pattern is not None else None
    return m.group() if m else None


class SelfReport(NamedTuple):
    start: int
    end: int
    """The span: the verb and the reflexive pronoun ("said herself")."""
    suggestion: str
    """The clause English writes there ("said she was")."""


def self_reports(text: str, lang: str) -> list[SelfReport]:
    """Each "said herself" + attribute of ``text`` (an attribute: a lower-case word that is no function word,
    after an opening quotation mark or not)."""
    pattern = _target_pattern(lang)
    if pattern is None:
        return []
    t = _table(lang, "target")
    grammar = language(lang).function_words
    out = []
    for m in pattern.finditer(text):
        word = m.group("word")
        if not word.islower() or word in grammar:
            continue
        verb, pronoun = m.group("verb"), m.group("pronoun")
        subject, past, present = t["pronouns"][pronoun.lower()]
        be = past if t["verbs"][verb.lower()] == "past" else present
        out.append(SelfReport(m.start("verb"), m.end("pronoun"), f"{verb} {subject} {be}"))
    return out
