"""A rank in the world written in the French order, read from the source: the one owner of ``world_rank`` in
``mtqa/data/langs/<lang>.toml``.

French ranks with an ordinal before the noun and the relational adjective « mondial » after it, both bound to
the same noun (« premier exportateur mondial », « deuxième agence mondiale », « 8e mondial »); machine
translation keeps both in place ("the first world exporter", "the second world agency", "8th world"). English
ranks with the world's genitive and a superlative ("the world's largest exporter", "the world's second-largest
agency") or, for a player, "world number eight".

The English alone cannot decide: "first world" is also the rich countries ("first world economies"), "the first
world leader who …" is the first in time, "the sixth world water forum" counts editions. So the rank is read from
the SOURCE (:func:`source_ranks`): an ordinal and « mondial » bound to one noun that is a rank (not a war, a
forum or a title: ``not_ranks``, data), not « premier … mondial à + verb » (the first in time: ``first_in_time``);
the English is a copy of it when it writes the same ordinal before "world"/"global" (:func:`ranks`). Only a noun
the references rank by size (``sized``, counted by ``bench/world_rank_refs.py``) gets a computed suggestion.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple, Optional

from mtqa.langs import language
from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import DataError, alternation as _alt, data_path, profile_word_list

_TARGET_KEYS = {"ordinals": dict, "ordinal_endings": list, "world": list, "article": str, "first_in_time": list,
                "verb_endings": list,
                "possessive": str, "superlative": str, "player": str}
_SOURCE_KEYS = {"ordinals": dict, "ordinal_endings": list, "world": list, "max_between": int, "not_ranks": list,
                "first_in_time": list, "sized": list}


@memoize(TABLES)
def _table(lang: str, side: str) -> Optional[dict]:
    """``lang``'s ``world_rank`` for ``side`` ("target" or "source") with its keys checked (a DataError naming
    ``<lang>.toml`` for a missing key or one of the wrong type, rather than a KeyError or a silent empty
    reading), its word lists as lower-case sets; None when the language has none or holds the other side's keys
    only (French is read as a source, English as a target). Read once per language and side."""
    keys = _TARGET_KEYS if side == "target" else _SOURCE_KEYS
    table = language(lang).extra.get("world_rank")
    marker = "possessive" if side == "target" else "max_between"
    if not table or marker not in table:
        return None
    for key, kind in keys.items():
        value = table.get(key)
        if kind is list:  # the one reader of a profile's lists of words: a blank word is named, not read
            profile_word_list(value, lang, f"world_rank.{key}", empty=key in ("not_ranks", "first_in_time", "sized"))
            continue
        if not isinstance(value, kind) or isinstance(value, bool) or (kind is not int and not value):
            raise DataError(f"{data_path('langs', f'{lang}.toml')}: world_rank.{key} is missing or not "
                            f"{'a table' if kind is dict else 'a ' + kind.__name__}")
    if not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in table["ordinals"].values()):
        raise DataError(f"{data_path('langs', f'{lang}.toml')}: world_rank.ordinals is not a table of word = "
                        f"positive number")
    out = dict(table)
    out["ordinals"] = {k.lower(): v for k, v in table["ordinals"].items()}
    for key in ("not_ranks", "first_in_time", "sized"):
        if key in keys:
            out[key] = frozenset(w.lower() for w in table[key])
    return out


class Rank(NamedTuple):
    """A rank of the English written in the French order."""

    start: int
    """Where the span starts: the article or count before the ordinal ("the", "the five"), else the ordinal."""
    end: int
    """Where it ends: after the noun phrase, or after "world" for a player's rank."""
    rank: int
    noun: str
    """The noun phrase after "world" as written ("advertising agency"), or "" for a player's rank ("8th world,")."""
    ordinal: str
    """The ordinal as written ("second", "12th")."""
    count: str = ""
    """A cardinal before the ordinal ("the five first world exporters": the top five), else ""."""


class SourceRank(NamedTuple):
    """A rank of the source: its ordinal's value and the noun it ranks ("" for « 8e mondial »)."""

    rank: int
    noun: str


@memoize(TABLES)
def target_pattern(lang: str) -> Optional[re.Pattern]:
    """An optional article, an ordinal (a word of ``ordinals`` or a figure with one of ``ordinal_endings``), a
    word of ``world`` in lower case ("world", "global"), then up to three lower-case words, or a punctuation
    mark (a player's rank: "8th world,")."""
    table = _table(lang, "target")
    if table is None:
        return None
    words = _alt(sorted(table["ordinals"], key=len, reverse=True))
    endings = _alt(table["ordinal_endings"])
    return re.compile(rf"(?i:\b(?P<the>{re.escape(table['article'])}\s+)?)(?P<ord>(?i:{words})\b|\d{{1,3}}"
                      rf"(?:{endings})\b)\s+(?:{_alt(table['world'])})(?:'s)?\b"
                      rf"(?P<after>(?P<noun>(?:\s+[a-z][a-z-]*\b){{1,3}})|(?=\s*[,;.)]))")


def ranks(text: str, lang: str) -> Iterator[Rank]:
    """Every place ``text`` writes an ordinal before "world"/"global", with the noun phrase after it (up to a
    function word of the language or a past form, ``verb_endings``: "the first world exporter of phosphate" ->
    "exporter", "the third world economic power joined" -> "economic power"), or none after a
    figure's ordinal ("8th world,"); not before ``first_in_time`` ("the first world power to industrialise": the
    first in time). Whether it is a rank at all is the source's to say (:func:`source_ranks`): "her first world
    title" is quiet because « son premier titre mondial » names a title (``not_ranks``), not by a list of English
    possessives."""
    pattern = target_pattern(lang)
    if pattern is None:
        return
    table = _table(lang, "target")
    if not any(w in text for w in table["world"]):
        return  # the pattern's one literal ("world", "global", in lower case) absent: most texts, no scan
    function = language(lang).function_words
    verbs = tuple(table["verb_endings"])
    for m in pattern.finditer(text):
        word = m.group("ord")
        rank = int(re.match(r"\d+", word).group()) if word[:1].isdecimal() else table["ordinals"][word.lower()]
        end, noun = m.end(), ""
        if m.group("noun"):
            kept = []
            for w in re.finditer(r"[a-z][a-z-]*", m.group("noun")):
                if w.group() in function or (kept and len(w.group()) > 4 and w.group().endswith(verbs)):
                    break  # "the third world economic power joined …": the noun phrase ends before the verb
                kept.append(w.group())
                end = m.start("noun") + w.end()
            if not kept:
                continue  # "the first world to …": no noun ranked
            after = re.match(r"\s+([^\W\d_]+)\s+[a-z]", text[end:])
            if after and after.group(1).lower() in table["first_in_time"]:
                continue  # "the first world power to industrialise": the first in time, no rank
            noun = " ".join(kept)
        start, count = m.start(), ""
        if not m.group("the"):
            found = _count_before(lang).search(text, 0, m.start())
            if found and _cardinal(found.group(1), lang):  # "the five first world exporters": the top five
                start, count = found.start(), found.group(1)
        yield Rank(start, end, rank, noun, word, count)


@memoize(TABLES)
def _count_before(lang: str) -> re.Pattern:
    """The language's article and one word right before a rank ("the five first world exporters"), compiled once
    a language, searched up to the rank's start (the end position stands for the end of the text)."""
    article = _table(lang, "target")["article"]
    return re.compile(rf"\b(?i:{re.escape(article)})\s+(\S+)\s+$")


def suggestion(r: Rank, text: str, lang: str) -> str:
    """English's order for a rank the source ranks by size: "the world's second-largest agency", "the world's
    12th-largest producer" (the ordinal as written), "the world's five largest exporters"; "world number 8" for a
    player's rank. Capitalised where the span is."""
    table = _table(lang, "target")
    if not r.noun:
        out = f"{table['player']} {r.rank}"
    else:
        place = f"{r.count} " if r.count else "" if r.rank == 1 else f"{r.ordinal.lower()}-"
        out = f"{table['possessive']} {place}{table['superlative']} {r.noun}"
    return out[:1].upper() + out[1:] if text[r.start:r.start + 1].isupper() else out


def _cardinal(word: str, lang: str) -> bool:
    """``word`` is a cardinal number of ``lang`` in figures or words ("5", "five")."""
    return word.isdigit() or word.lower() in _number_words(lang)


@memoize(TABLES)
def _number_words(lang: str) -> frozenset:
    """The number words of ``lang`` in lower case, read once."""
    from mtqa.numbers import conventions

    return frozenset(w.lower() for w in conventions(lang).words)


@memoize(TABLES)
def source_pattern(lang: str) -> Optional[re.Pattern]:
    """A source rank: an ordinal word or figure, at most ``max_between`` words (the noun first), then a word of
    ``world`` in lower case (« premier exportateur mondial », « 8e mondial »; not « premier Mondial », the World
    Cup), then what follows (for ``first_in_time``); None when ``lang`` has no source side."""
    table = _table(lang, "source")
    if table is None:
        return None
    words = _alt(sorted(table["ordinals"], key=len, reverse=True))
    endings = _alt(sorted(table["ordinal_endings"], key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<ord>(?i:{words})|\d{{1,3}}(?:{endings}))(?P<between>(?:\s+[^\W\d_][\w'’-]*)"
                      rf"{{0,{table['max_between']}}})\s+(?:{_alt(table['world'])})\b(?P<next>\s+[^\W\d_]+)?")


def source_ranks_bound(source: str, lang: str) -> Iterator[SourceRank]:
    """Every rank ``source`` writes in its language's order, with its noun: the ordinal and the world word bound
    to one noun that is a rank (« deuxième agence mondiale » -> (2, "agence")); not a noun of ``not_ranks``
    (« Première Guerre mondiale », « premier forum mondial »: names and editions), not one followed by a word
    of ``first_in_time`` (« le premier dirigeant mondial à féliciter »: the first in time)."""
    pattern = source_pattern(lang)
    if pattern is None:
        return
    table = _table(lang, "source")
    for m in pattern.finditer(source):
        between = m.group("between").split()
        noun = between[0].lower() if between else ""
        word = m.group("ord").lower()
        rank = table["ordinals"][word] if word in table["ordinals"] else int(re.match(r"\d+", word).group())
        if not between and rank == 1 and not word[:1].isdigit():
            continue  # « une première mondiale »: a world first (a noun), not a player's rank « 1er mondial »
        if any(w.lower() in table["not_ranks"] for w in between):
            continue
        following = (m.group("next") or "").strip().lower()
        if following in table["first_in_time"]:
            continue
        yield SourceRank(rank, noun)


def source_ranks(source: str, lang: str) -> Optional[dict]:
    """The ranks ``source`` writes in its language's order, each with the nouns it ranks (« deuxième producteur
    mondial » -> {2: {"producteur"}}); None when the language has no source side."""
    if source_pattern(lang) is None:
        return None
    found: dict = {}
    for r in source_ranks_bound(source, lang):
        found.setdefault(r.rank, set()).add(r.noun)
    return found


def sized(nouns, lang: str) -> bool:
    """One of the source ``nouns`` is ranked by size in the references (``sized``), so "the world's Nth-largest"
    is their rendering; a player's rank ("") is always ranked."""
    table = _table(lang, "source")
    return any(n == "" or n in table["sized"] for n in nouns)
