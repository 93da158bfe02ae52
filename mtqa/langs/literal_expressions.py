"""French fixed expressions that human translators never render word by word: A504's evidence.

``lexmodel/literal.<source>-<target>.tsv.gz`` holds one expression a line, no sentence: its source stems, the
target stems each of its content words is rendered by on its own (its *slots*: the word-by-word gloss), the
renderings human translators gave the whole, and the counts that kept it. It is learned by
``bench/literal_expressions.py`` from the word-aligned newstest 2008-2013 references and Potet's post-edits
(see ``lexmodel/SOURCES.md``), and read here once per process, on first use.

Why learned rather than listed: the hand-written phrase entries of A501 lifted the articles they were read
from and barely the others; the parallel news says of every expression seen often enough whether translators
render it word by word (« taux directeur » is "key rate", never "director rate"), so the check holds on
articles nobody read. The one reading of a gloss in a target (:func:`gloss_window`) is shared by the builder
and the check, so the builder's counts are the check's own behaviour on the human side.
"""
from __future__ import annotations

import itertools
from typing import NamedTuple, Optional, Sequence

from mtqa.langs import language
from mtqa.langs.cache import memoize
from mtqa.langs.data import data_path, read_rows

WINDOW_EXTRA = 2
"""The gloss's words stand within ``slots + WINDOW_EXTRA`` target tokens, in any order ("director rate",
"rate of the director")."""
COPY_ZIPF = 3.0
"""A source word copied into an English text and rarer than this in English is left untranslated (« claqué »,
« natalité »): the check leaves it to the untranslated-word checks, and the builder keeps it in a strict slot (an
English word of the same letters, "main" for « main », is another word, kept only when the news renders by it)."""
_PRODUCT_MAX = 4096
"""Assignments of slot words tried at most (a slot word repeated all over a long sentence)."""


@memoize(8)
def closed_class(lang: str) -> frozenset[str]:
    """The grammar words of ``lang``'s profile (``mtqa/data/langs``): its function words and elisions, and the
    prepositions and determiners kept out of the function-word list because they are no evidence of the
    language (``more_prepositions``: « pendant »; ``more_determiners``: "another"). The builder reads no
    expression word or rendering word into them; the check reads the window's other words against them."""
    profile = language(lang)
    return (profile.function_words | profile.word_set("elisions") | profile.word_set("more_prepositions")
            | profile.word_set("more_determiners"))


def hyphen_joined(gap: str) -> bool:
    """The text between two words joins them into one compound (a hyphen, no space: « quatre-vingt-dix »,
    « israélo-palestinien »): an expression's words never begin or end inside such a compound, in the builder
    (a piece of a compound is no expression) and in the check (its source reading is the builder's)."""
    return gap.strip("\u00ad") in ("-", "\u2011", "\u2010")


class Expression(NamedTuple):
    """One learned expression (see the module docstring)."""

    text: str
    """Its usual written form in the source, lower case (« taux directeur »)."""
    stems: tuple[str, ...]
    slots: tuple[frozenset[str], ...]
    renderings: tuple[str, ...]
    """The human renderings, most frequent first ("key rate")."""
    seen: int
    literal: int
    """Training sentences holding it, and of them those whose human side holds the gloss."""
    mt: int
    """WMT12/13 system sentences on a source holding it that write the gloss (confirmation, not training)."""


def gloss_window(slots: Sequence[frozenset[str]], stems: Sequence[str],
                 extra: int = WINDOW_EXTRA) -> Optional[tuple[int, int]]:
    """(first, last) index in ``stems`` of the narrowest span holding a word of every slot, each slot its own
    word, no wider than ``len(slots) + extra`` tokens; None when there is none."""
    places = []
    for slot in slots:
        found = [j for j, s in enumerate(stems) if s in slot]
        if not found:
            return None
        places.append(found)
    width = len(slots) + extra
    best: Optional[tuple[int, int]] = None
    for tried, combo in enumerate(itertools.product(*places)):
        if tried >= _PRODUCT_MAX:
            break
        lo, hi = min(combo), max(combo)
        if hi - lo < width and len(set(combo)) == len(combo) and (best is None or hi - lo < best[1] - best[0]):
            best = (lo, hi)
    return best


def _parse(path) -> dict[str, tuple[Expression, ...]]:
    """The expressions of one file, indexed by their first stem; a row of another shape, or a file that is not
    gzip-compressed UTF-8, is a :class:`~mtqa.errors.DataError` naming the file and line (:func:`read_rows`)."""
    by_first: dict[str, list[Expression]] = {}

    def row(parts: list) -> None:
        if len(parts) != 8:
            raise ValueError("expected 8 tab-separated fields: expression, stems, slots, renderings, "
                             "seen, literal, elsewhere, mt")
        stems = tuple(parts[1].split())
        slots = tuple(frozenset(s.split("|")) for s in parts[2].split(";"))
        if len(stems) < 2 or len(slots) < 2:
            raise ValueError("an expression needs two stems and two slots")
        exp = Expression(parts[0], stems, slots, tuple(r for r in parts[3].split("|") if r),
                         int(parts[4]), int(parts[5]), int(parts[7]))
        by_first.setdefault(stems[0], []).append(exp)

    read_rows(path, row)
    return {k: tuple(v) for k, v in by_first.items()}


@memoize(8)
def literal_expressions(source: str, target: str) -> Optional[dict[str, tuple[Expression, ...]]]:
    """The pair's expressions by first source stem, or None when no file holds them (the check stays silent)."""
    path = data_path("lexmodel", f"literal.{source}-{target}.tsv.gz")
    if not path.is_file():
        return None
    return _parse(path)  # a few hundred rows: parsed in milliseconds, no compiled copy needed
