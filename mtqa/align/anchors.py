"""Cheap, language-neutral anchors that survive translation.

Length alone cannot tell two sentences of similar length apart, and cannot
tell an omission from a merge. A few things pass through translation almost
unchanged in news: numbers, names (capitalised words in mid-sentence) and
quotations. Matching them gives the length DP a bonus for pairings that share
them. Nothing here knows any French or English word: the rules are about
digits, letter case and quote marks only.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

# A number: either grouped by (narrow/no-break) spaces in threes, "3 000 000",
# or digits with '.'/',' separators, "3,000", "12,5", "1.234.567".
_NUMBER = re.compile(
    r"(?<!\d)(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)*)"
)
# A word: a letter, then letters/digits/apostrophes/hyphens.
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# Text before a word that makes it sentence-initial: nothing, or a sentence
# end (plus closing quotes/brackets), then any opening quotes/dashes.
_SENTENCE_START = re.compile(r"(?:^|[.!?…:;][\"'»”’)\]]*)[\s\"'«“‘(\[\-–—]*$")
_APOSTROPHES = "'’"
# Quoted spans in the usual news conventions.
_QUOTED = re.compile(r"«[^«»]{1,400}»|“[^“”]{1,400}”|\"[^\"]{1,400}\"")
# Looser matching for names transliterated or adapted ("Moscou"/"Moscow").
_NAME_FUZZY_MIN = 80.0
# Cap on quote anchors, so a quote-heavy paragraph does not drown the rest.
_MAX_QUOTE_ANCHORS = 8
# How far back to look for a sentence end before a word (keeps the scan linear).
_LOOKBACK = 16


def _fold(text: str) -> str:
    """Casefold and strip accents, so "Etats"/"États" and case variants meet."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def number_key(token: str) -> str:
    """Digits only: "3 000", "3.000", "3,000" -> "3000"; "12,5"/"12.5" -> "125".

    Dropping separators sidesteps the French/English swap of '.' and ','
    at the price of equating 12.5 with 125, which is rare within one pair.
    Trailing zeros after a decimal separator are kept ("2.50" != "2.5").
    """
    return "".join(ch for ch in token if ch.isdigit())


def _strip_clitics(word: str) -> str:
    """Drop a lowercase elided prefix ("d'Edward") and a possessive ("Obama's").

    Written without word lists: a lowercase chunk before an apostrophe is a
    clitic in French ("l'", "qu'", "jusqu'"); a lone "s" after one is the
    English possessive.
    """
    for mark in _APOSTROPHES:
        if mark in word:
            parts = word.split(mark)
            while len(parts) > 1 and parts[0].islower() and len(parts[0]) <= 6:
                parts = parts[1:]
            if len(parts) > 1 and parts[-1] in ("s", ""):
                parts = parts[:-1]
            word = mark.join(parts)
    return word.strip("-")


@dataclass(frozen=True, slots=True)
class Anchors:
    """The anchors of one text: number keys, name keys and a quote count."""

    numbers: tuple[str, ...]
    names: tuple[str, ...]
    quotes: int

    @property
    def size(self) -> int:
        return len(self.numbers) + len(self.names) + self.quotes


def _names(text: str) -> list[str]:
    """Capitalised words that are not sentence-initial (acronyms always count)."""
    out = []
    for match in _WORD.finditer(text):
        word = _strip_clitics(match.group())
        if len(word) < 2 or not word[0].isupper():
            continue
        is_acronym = sum(ch.isupper() for ch in word) >= 2 and not any(ch.islower() for ch in word)
        if not is_acronym and _SENTENCE_START.search(text, max(0, match.start() - _LOOKBACK), match.start()):
            continue
        out.append(_fold(word))
    return out


@lru_cache(maxsize=8192)
def extract_anchors(text: str) -> Anchors:
    """Anchors of ``text`` (cached: the DP asks for the same texts many times)."""
    numbers = tuple(k for k in (number_key(m.group()) for m in _NUMBER.finditer(text)) if k)
    quotes = min(len(_QUOTED.findall(text)), _MAX_QUOTE_ANCHORS)
    return Anchors(numbers=numbers, names=tuple(_names(text)), quotes=quotes)


def _multiset_overlap(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[int, Counter, Counter]:
    ca, cb = Counter(a), Counter(b)
    common = ca & cb
    return sum(common.values()), ca - common, cb - common


def _fuzzy_overlap(left: Counter, right: Counter) -> int:
    """Greedy one-to-one matching of leftover names by rapidfuzz ratio."""
    if not left or not right:
        return 0
    pool = list(right.elements())
    matched = 0
    for name in left.elements():
        best, best_at = 0.0, -1
        for k, other in enumerate(pool):
            score = fuzz.ratio(name, other)
            if score > best:
                best, best_at = score, k
        if best >= _NAME_FUZZY_MIN:
            matched += 1
            pool.pop(best_at)
            if not pool:
                break
    return matched


def anchor_overlap(src_text: str, tgt_text: str) -> tuple[int, int]:
    """(matched anchors, total anchors on both sides) for a candidate pair."""
    a, b = extract_anchors(src_text), extract_anchors(tgt_text)
    total = a.size + b.size
    if total == 0:
        return 0, 0
    num_hits, _, _ = _multiset_overlap(a.numbers, b.numbers)
    name_hits, rest_a, rest_b = _multiset_overlap(a.names, b.names)
    name_hits += _fuzzy_overlap(rest_a, rest_b)
    quote_hits = min(a.quotes, b.quotes)
    return num_hits + name_hits + quote_hits, total


# Log-odds that a candidate pairing is a translation, per anchor, measured on
# 13,573 true sentence pairs of WMT news-test2008..newstest2012 against the
# same sentences paired with their neighbour (python snippet in
# bench/align_eval.py --estimate): 71.5% of anchors (counted on both sides)
# find a partner in a true pair, 8.3% in a wrong one. So each matched anchor
# is worth log(0.715/0.083) = +2.15 nats and each unmatched one
# log(0.285/0.917) = -1.17 nats, before damping for their dependence.
MATCHED_ANCHOR_NATS = 2.15
UNMATCHED_ANCHOR_NATS = -1.17


def anchor_evidence(src_text: str, tgt_text: str) -> float:
    """Log-odds (nats) that the texts translate each other, from anchors alone.

    Unlike :func:`anchor_similarity` this is signed: anchors left without a
    partner count against the pairing, which is what tells "this source
    sentence was dropped" from "it was merged into its neighbour".
    0.0 when neither side has anchors (no evidence either way).
    """
    matched, total = anchor_overlap(src_text, tgt_text)
    hits = 2 * matched
    return MATCHED_ANCHOR_NATS * hits + UNMATCHED_ANCHOR_NATS * (total - hits)


def anchor_similarity(src_text: str, tgt_text: str) -> float:
    """Dice coefficient over anchors, in [0, 1]; 0.0 when neither side has any.

    Dice (not Jaccard) so that one shared anchor out of one on each side
    scores 1.0; a pairing that leaves anchors unmatched on either side
    (a wrong partner, or a merge that pulls in foreign material) scores less.
    """
    matched, total = anchor_overlap(src_text, tgt_text)
    return 2.0 * matched / total if total else 0.0
