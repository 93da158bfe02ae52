"""Look-alike words of a language pair (``data/cognates.toml``): the owner of the suffix correspondences.

A translation engine that does not know a source word's sense in context writes its look-alike (« uniquement »
-> "uniquely", « habituel » -> "habitual"). To tell such a target word from the source word, the two are folded
the same way: accents dropped, and the source word's ending rewritten by the pair's first suffix row it ends
with (French -ment is English -ly), then compared by their first letters and by their share of common letters.
The rows and thresholds are data of the pair, not code: another pair brings its own table.
"""
from __future__ import annotations

from typing import Optional

from mtqa.langs.cache import SOME_WORDS, TABLES, memoize
from mtqa.langs.data import data_toml
from mtqa.records import record
from mtqa.lazy import lazy_module as _lazy_module

_DISTANCE = _lazy_module("rapidfuzz.distance")  # imported by the first use (mtqa.lazy), never by two threads at once


@record(frozen=True)
class Cognates:
    """The look-alike test of one language pair (see the module's docstring)."""

    prefix: int
    similarity: float
    min_length: int
    suffixes: tuple[tuple[str, str], ...]

    def folded(self, source_word: str) -> str:
        """A lower-case source word without accents, its ending rewritten by the first suffix row it ends with
        (keeping at least ``prefix`` letters before it)."""
        from mtqa.meaning.tokens import plain

        p = plain(source_word)
        for a, b in self.suffixes:
            if p.endswith(a) and len(p) - len(a) >= self.prefix:
                return p[: len(p) - len(a)] + b
        return p

    def alike(self, source_word: str, target_word: str) -> bool:
        """Lower-case ``source_word`` and ``target_word`` look alike: both of ``min_length`` letters or more,
        the same first ``prefix`` letters without accents, and ``similarity`` of their letters shared, the
        source word folded (:meth:`folded`) or as written."""
        if len(source_word) < self.min_length or len(target_word) < self.min_length:
            return False
        from mtqa.meaning.tokens import plain

        ps, pt = plain(source_word), plain(target_word)
        if ps[: self.prefix] != pt[: self.prefix] or ps == pt:
            return False
        return self.closeness(source_word, target_word) >= self.similarity

    def alike_stems(self, source_word: str, target_word: str, source_stem: str, target_stem: str) -> bool:
        """:meth:`alike`, or the two words' stems (``mtqa/meaning/tokens.py``) the same without accents, the words
        themselves of ``min_length`` letters or more and not the same word. Why: the inflections of the two
        languages differ, and the words' endings can hide a look-alike their stems show (« affirmé » and
        "affirmed": one stem). Stems that are merely close are no evidence: « claires » and "claims" (clair,
        claim) share four letters and no sense."""
        if self.alike(source_word, target_word):
            return True
        if len(source_word) < self.min_length or len(target_word) < self.min_length:
            return False
        from mtqa.meaning.tokens import plain

        ps = plain(source_stem)
        return len(ps) >= self.prefix and ps == plain(target_stem) and plain(source_word) != plain(target_word)

    def closeness(self, source_word: str, target_word: str) -> float:
        """The share of letters the two words have in common (the better of the folded and the written source)."""
        Indel = _DISTANCE.Indel  # imported under mtqa.lazy's lock: threads of a Dask worker

        from mtqa.meaning.tokens import plain

        pt = plain(target_word)
        return max(Indel.normalized_similarity(self.folded(source_word), pt),
                   Indel.normalized_similarity(plain(source_word), pt))


@memoize(TABLES)
def cognates(source: str, target: str) -> Optional[Cognates]:
    """The look-alike test of ``source``-``target`` from ``data/cognates.toml``; None when the pair has no row."""
    row = data_toml("cognates.toml").get(f"{source}-{target}")
    if not row:
        return None
    return Cognates(int(row["prefix"]), float(row["similarity"]), int(row["min_length"]),
                    tuple((plain_suffix(a), b) for a, b in row["suffixes"]))


@memoize(SOME_WORDS)
def plain_suffix(suffix: str) -> str:
    from mtqa.meaning.tokens import plain

    return plain(suffix)
