"""A rank in the world written in the French order, read as grammar: the one owner of ``world_rank`` in
``mtqa/data/langs/<lang>.toml``.

French ranks with an ordinal before the noun and the relational adjective « mondial » after it (« premier
exportateur mondial », « deuxième économie mondiale », « 8e mondial »); machine translation keeps both in place
("the first world exporter", "the second world economy", "8th world"). English ranks with the world's genitive and
a superlative ("the world's largest exporter", "the world's second-largest economy") or, for a player, "world
number eight". The reading takes any ordinal and any agent noun (its suffix) rather than a list of phrases, so
it reaches "the third world importer of rice" as well as the exporters it was written from; the source, when
there is one, must rank the same way, with the same ordinal.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple, Optional

from mtqa.langs import language
from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import DataError, alternation as _alt, data_path

_TARGET_KEYS = {"ordinals": dict, "ordinal_endings": list, "world": str, "agent_endings": list,
                "ranked_nouns": list, "possessives": list, "names": list, "possessive": str, "superlative": str,
                "player": str}
_SOURCE_KEYS = {"ordinals": dict, "ordinal_endings": list, "world": list, "max_between": int}


def _table(lang: str, keys: dict) -> Optional[dict]:
    """``lang``'s ``world_rank`` with ``keys`` checked (a DataError naming ``<lang>.toml`` for a missing key or
    one of the wrong type, rather than a KeyError or a silent empty reading); None when the language has none
    or holds the other side's keys only (French is read as a source, English as a target)."""
    table = language(lang).extra.get("world_rank")
    side = "agent_endings" if keys is _TARGET_KEYS else "max_between"
    if not table or side not in table:
        return None  # the language's table is the other side's, or it has none
    for key, kind in keys.items():
        value = table.get(key)
        if not isinstance(value, kind) or isinstance(value, bool) or (kind is not int and not value):
            raise DataError(f"{data_path('langs', f'{lang}.toml')}: world_rank.{key} is missing or not "
                            f"{'a table' if kind is dict else 'a list' if kind is list else 'a ' + kind.__name__}")
    if not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in table["ordinals"].values()):
        raise DataError(f"{data_path('langs', f'{lang}.toml')}: world_rank.ordinals is not a table of word = "
                        f"positive number")
    return table


class Rank(NamedTuple):
    start: int
    end: int
    rank: int
    noun: str
    """The ranked noun as written ("exporter"), or "" for a player's rank ("8th world,")."""
    suggestion: str
    named: bool = False
    """The ordinal and "world" are also a name of English's (``ordinal_names``: "third world" farmers): the rank is
    read only when a source ranks the same way."""


@memoize(TABLES)
def target_pattern(lang: str) -> Optional[re.Pattern]:
    """An optional "the", an ordinal (a word of ``ordinals`` or a figure with one of ``ordinal_endings``),
    ``world`` in lower case, then the next word, if any, and what follows it."""
    table = _table(lang, _TARGET_KEYS)
    if table is None:
        return None
    words = _alt(sorted(table["ordinals"], key=len, reverse=True))
    endings = _alt(table["ordinal_endings"])
    return re.compile(rf"(?i:\b(?P<the>the\s+)?)(?P<ord>(?i:{words})\b|\d{{1,2}}(?:{endings})\b)\s+"
                      rf"{re.escape(table['world'])}\b(?P<after>\s+(?P<noun>[a-z][a-z-]*)\b|(?=\s*[,;.)]))")


def ranks(text: str, lang: str) -> Iterator[Rank]:
    """Every rank of ``text`` written with the ordinal before "world" and a ranked noun (or none, after a figure's
    ordinal), with the suggestion in English's order."""
    pattern = target_pattern(lang)
    if pattern is None:
        return
    table = _table(lang, _TARGET_KEYS)
    ordinals = {k.lower(): v for k, v in table["ordinals"].items()}
    agents = tuple(table["agent_endings"])
    ranked, names = set(table["ranked_nouns"]), set(table["names"])
    possessives = set(table["possessives"])
    ordinal_names = {n.lower() for n in table.get("ordinal_names", ())}
    for m in pattern.finditer(text):
        before = re.findall(r"[^\W\d_]+", text[:m.start()])
        if before and before[-1].lower() in possessives:
            continue  # "his first world title": the first of his titles, no rank
        word = m.group("ord")
        rank = int(re.match(r"\d+", word).group()) if word[:1].isdigit() else ordinals[word.lower()]
        noun = m.group("noun") or ""
        if noun:
            if noun in names or not (noun.endswith(agents) or noun in ranked):
                continue  # "the second world war", "the first world title", "the third world countries"
            rest = text[m.end():]
            if re.match(r"\s+to\s+[a-z]", rest):
                continue  # "the first world leader to visit Kyiv": the first in time, no rank
            place = "" if rank == 1 else f"{_ordinal_word(rank, ordinals)}-"
            start = m.start()
            named = f"{word} {table['world']}".lower() in ordinal_names
            count = re.search(r"\b(?i:the)\s+(\S+)\s+$", text[:m.start()]) if not m.group("the") else None
            if count and _cardinal(count.group(1), lang):  # "the five first world exporters": the top five
                start, place = count.start(), f"{count.group(1)} "
            suggestion = f"{table['possessive']} {place}{table['superlative']} {noun}"
            yield Rank(start, m.end(), rank, noun, suggestion, named)
            continue
        elif word[:1].isdigit():
            suggestion = f"{table['player']} {rank}"
        else:
            continue  # "the first world," without a noun and in words: nothing ranked
        yield Rank(m.start(), m.end(), rank, noun, suggestion)


def _cardinal(word: str, lang: str) -> bool:
    """``word`` is a cardinal number of ``lang`` in figures or words ("5", "five")."""
    from mtqa.numbers import conventions

    return word.isdigit() or word.lower() in {w.lower() for w in conventions(lang).words}


def _ordinal_word(rank: int, ordinals: dict) -> str:
    """The ordinal word of ``rank`` ("second"), or the figure when the table has none."""
    return next((w for w, v in ordinals.items() if v == rank), str(rank))


@memoize(TABLES)
def source_pattern(lang: str) -> Optional[re.Pattern]:
    """A source rank: an ordinal word or figure, at most ``max_between`` words, then ``world`` (« premier
    exportateur mondial », « 8e mondial »); None when ``lang`` has no source side."""
    table = _table(lang, _SOURCE_KEYS)
    if table is None:
        return None
    words = _alt(sorted(table["ordinals"], key=len, reverse=True))
    endings = _alt(sorted(table["ordinal_endings"], key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w-])(?P<ord>{words}|\d{{1,2}}(?:{endings}))(?:\s+[^\W\d_][\w'’-]*)"
                      rf"{{0,{table['max_between']}}}\s+(?:{_alt(table['world'])})\b")


def source_ranks(source: str, lang: str) -> Optional[set]:
    """The ranks ``source`` writes in its language's order (« deuxième producteur mondial » -> {2}); None when
    the language has no source side (the English is then read alone)."""
    pattern = source_pattern(lang)
    if pattern is None:
        return None
    table = _table(lang, _SOURCE_KEYS)
    ordinals = {k.lower(): v for k, v in table["ordinals"].items()}
    found = set()
    for m in pattern.finditer(source):
        word = m.group("ord").lower()
        found.add(ordinals[word] if word in ordinals else int(re.match(r"\d+", word).group()))
    return found
