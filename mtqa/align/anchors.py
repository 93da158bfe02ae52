"""Cheap, language-neutral anchors that survive translation.

Length alone cannot tell two sentences of similar length apart, and cannot
tell an omission from a merge. A few things pass through translation almost
unchanged in news: numbers, names (capitalised words in mid-sentence) and
quotations; and French and English share many Latin-derived words, caught
by equal 4-letter prefixes ("cognate stems"). Matching them gives the length
DP a bonus for pairings that share them and a penalty for pairings that
leave them unmatched. Nothing here knows any French or English word: the
rules are about digits, letter case, quote marks and prefixes only.
"""
from __future__ import annotations

import re
from array import array
from collections import Counter
from dataclasses import replace
from collections.abc import Sequence
from typing import NamedTuple

from mtqa.langs import fold
from mtqa.lazy import lazy_module
from mtqa.numbers import digit_key, numerals
from mtqa.langs.cache import SEGMENTS, memoize
from mtqa.records import record

fuzz = lazy_module("rapidfuzz.fuzz")  # imported by the first comparison (mtqa.lazy)

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
# Letters of a lowercase word compared for cognates.
STEM_LENGTH = 4
# How far back to look for a sentence end before a word (keeps the scan linear).
_LOOKBACK = 16


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


@record(frozen=True, slots=True)
class Anchors:
    """The anchors of one text as multisets (key -> count): number keys, name
    keys, a quote count, and the 4-letter stems of its lowercase words (as a
    bag only: they are many, and a long feed holds the anchors of every item)."""

    numbers: dict[str, int]
    names: dict[str, int]
    quotes: int
    size: int
    """Number of anchors (numbers + names + quotes; stems are counted apart)."""
    stem_count: int
    number_bag: frozenset
    name_bag: frozenset
    stem_bag: frozenset
    """The multisets as sets of (key, occurrence) (:func:`_bag`): the size of a multiset
    intersection is then one set intersection in C."""


class Overlap(NamedTuple):
    """What a candidate pair shares: anchors and cognate stems (counts per side)."""

    matched: int
    total: int
    stems_matched: int
    stems_total: int


def _words(text: str) -> tuple[list[str], list[str]]:
    """(names, stems): capitalised words that are not sentence-initial
    (acronyms always count), and stems of lowercase words.

    A stem is the first :data:`STEM_LENGTH` letters of a lowercase word of at
    least that length. French and English share many Latin-derived words
    ("gouvernement"/"government", "technique"/"technical"); equal prefixes
    catch them without a dictionary (Simard, Foster & Isabelle 1992).
    """
    names, stems = [], []
    for match in _WORD.finditer(text):
        word = match.group()
        if "-" in word or "'" in word or "’" in word:  # the _APOSTROPHES: else _strip_clitics leaves it as it is
            word = _strip_clitics(word)
        if len(word) < 2:
            continue
        if not word[0].isupper():
            if len(word) >= STEM_LENGTH:
                head = word[:STEM_LENGTH]
                if head.isalpha():
                    stems.append(fold(head))
            continue
        # an acronym has two capitals and no lowercase letter ("Paris" fails at its second letter)
        is_acronym = not word[1].islower() and (sum(ch.isupper() for ch in word) >= 2
                                                and not any(ch.islower() for ch in word))
        if not is_acronym and _SENTENCE_START.search(text, max(0, match.start() - _LOOKBACK), match.start()):
            continue
        names.append(fold(word))
    return names, stems


@memoize(SEGMENTS)
def extract_anchors(text: str) -> Anchors:
    """Anchors of ``text`` (cached: the DP asks for the same texts many times)."""
    return anchors_of(text, remember=True)


def anchors_of(text: str, *, remember: bool = False) -> Anchors:
    """:func:`extract_anchors` without the shared caches (``remember=False``), for texts read once
    and held by their caller: a long feed's item summaries, whose anchors the feed pairing
    extracts once and keeps in its own lists. Entered in the segment caches, thousands of such
    texts would outlive the pairing, each with its anchors, until the check's segments pushed
    them out."""
    return _assembled(*_found(text, remember))


def _found(text: str, remember: bool = False) -> tuple[tuple[str, ...], list[str], int, list[str]]:
    """(number keys, names, quotes, stems) of ``text``, each in text order: what its :class:`Anchors`
    are made of (:func:`_assembled`)."""
    found = numerals(text, remember=remember)  # mtqa.numbers reads them
    numbers = tuple(k for k in (digit_key(m.group()) for m in found) if k)
    quotes = min(len(_QUOTED.findall(text)), _MAX_QUOTE_ANCHORS)
    names, stems = _words(text)
    return numbers, names, quotes, stems


def _assembled(numbers: Sequence[str], names: Sequence[str], quotes: int, stems: Sequence[str]) -> Anchors:
    """The :class:`Anchors` of what :func:`_found` read."""
    numbers_, names_, stems_ = dict(Counter(numbers)), dict(Counter(names)), dict(Counter(stems))
    return Anchors(numbers=numbers_, names=names_, quotes=quotes,
                   size=len(numbers) + len(names) + quotes, stem_count=len(stems),
                   number_bag=_bag(numbers_), name_bag=_bag(names_), stem_bag=_bag(stems_))


def packed(a: Anchors) -> Anchors:
    """``a`` to hold for long (a feed's every item summary, held through the whole alignment): its
    stem bag as a tuple, about a sixth of the set's memory (a summary has ~36 stems; their set's
    hash table takes ~2 kB). :func:`unpacked` gives it back usable, just before its comparisons."""
    return a if isinstance(a.stem_bag, tuple) else replace(a, stem_bag=tuple(a.stem_bag))


def unpacked(a: Anchors) -> Anchors:
    """``a`` ready for :func:`overlap_of` (the same anchors as before :func:`packed`)."""
    return replace(a, stem_bag=frozenset(a.stem_bag)) if isinstance(a.stem_bag, tuple) else a


class AnchorStore(Sequence):
    """The anchors of many texts, held compactly: a long feed's every item summary, all held through
    the pairing of two feeds without keys.

    Held as :class:`Anchors`, a summary's anchors take about 1.7 kB (dicts and sets of their own,
    and a string for each of its ~38 stems); with a 100,000-item feed on each side that was most of
    the pairing's 800 MB. Here each distinct string (number key, name, stem) is held once, in a pool
    that the stores of both feeds share (``like``), and a text's anchors are its ``quotes`` and the
    pool ids of its numbers and names in text order, in one flat 32-bit array, and the ids of its
    stems, from a pool of their own, in a 16-bit one: about 130 bytes a text. Stems are most of a
    text's anchors (~38 of ~45), and 4-letter stems are few (some thousands), so their ids fit in
    16 bits; a store that meets more takes 32-bit stem ids from then on. ``store[k]`` gives text ``k``'s :class:`Anchors` back, built by the same code
    from the same lists (:func:`_assembled`), so they equal :func:`anchors_of`'s; a slice gives a
    list of them (one stretch of a feed at a time)."""

    def __init__(self, like: "AnchorStore | None" = None):
        self._ids: dict[str, int] = like._ids if like is not None else {}
        self._strings: list[str] = like._strings if like is not None else []
        self._stem_ids: dict[str, int] = like._stem_ids if like is not None else {}
        self._stem_strings: list[str] = like._stem_strings if like is not None else []
        self._data = array("I")
        self._starts = array("Q", [0])  # where each text's record starts in _data, and the end
        self._stems = array("H")  # the texts' stem ids, one text after another
        self._stem_starts = array("Q", [0])
        self._lengths = array("I")  # each text's length
        self._order: "array | None" = None  # a selection's records (:meth:`select`)

    def add(self, text: str) -> None:
        """Extract ``text``'s anchors (outside the shared caches, as :func:`anchors_of`) and hold them."""
        if self._order is not None:
            raise TypeError("a selection of a store holds no texts of its own")
        self._lengths.append(len(text))
        numbers, names, quotes, stems = _found(text)
        ids, strings = self._ids, self._strings
        record = [quotes, len(numbers), len(names)]
        for key in (*numbers, *names):
            at = ids.get(key)
            if at is None:
                at = ids[key] = len(strings)
                strings.append(key)
            record.append(at)
        self._data.extend(record)
        self._starts.append(len(self._data))
        ids, strings = self._stem_ids, self._stem_strings
        record = []
        for key in stems:
            at = ids.get(key)
            if at is None:
                at = ids[key] = len(strings)
                strings.append(key)
            record.append(at)
        if len(strings) > 0xFFFF and self._stems.typecode == "H":
            self._stems = array("I", self._stems)
        self._stems.extend(record)
        self._stem_starts.append(len(self._stems))

    def select(self, records: Sequence[int]) -> "AnchorStore":
        """The store's texts ``records``, in that order, as a store of their own (sharing this one's
        memory: 4 bytes a text; this one is not added to after)."""
        out = AnchorStore(like=self)
        out._data, out._starts, out._lengths = self._data, self._starts, self._lengths
        out._stems, out._stem_starts = self._stems, self._stem_starts
        out._order = array("I", records)
        return out

    def lengths(self) -> "_Lengths":
        """The texts' lengths, as stand-ins for the texts: what the alignment reads of a text
        besides its anchors (a sequence of :class:`TextLength`, made as they are read)."""
        return _Lengths(self)

    def __len__(self) -> int:
        return len(self._starts) - 1 if self._order is None else len(self._order)

    def _at(self, k: int) -> int:
        """The record of text ``k``."""
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError(k)
        return k if self._order is None else self._order[k]

    def _record(self, k: int) -> tuple[int, list[str], list[str], list[str]]:
        k = self._at(k)
        data, strings = self._data, self._strings
        start = self._starts[k]
        quotes, n_numbers, n_names = data[start:start + 3]
        words = [strings[at] for at in data[start + 3:self._starts[k + 1]]]
        stem_strings = self._stem_strings
        stems = [stem_strings[at] for at in self._stems[self._stem_starts[k]:self._stem_starts[k + 1]]]
        return quotes, words[:n_numbers], words[n_numbers:], stems

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        quotes, numbers, names, stems = self._record(k)
        return _assembled(numbers, names, quotes, stems)

    def keys(self, k: int) -> tuple[list[str], list[str]]:
        """Text ``k``'s distinct number keys and names (the keys of its :class:`Anchors`' ``numbers``
        and ``names``, in the same order), without building its anchors."""
        _, numbers, names, _ = self._record(k)
        return list(dict.fromkeys(numbers)), list(dict.fromkeys(names))


class TextLength:
    """A text known by its length only, for :func:`~mtqa.align.align_sequences` given the text's
    anchors: with beads 1-1, 1-0 and 0-1 that is all it reads of the text. A long feed's item
    summaries are held so, their anchors in an :class:`AnchorStore`, not as text (~550 bytes
    each). Anything that reads more of it than its length fails."""

    __slots__ = ("length",)

    def __init__(self, length: int):
        self.length = length

    def __len__(self) -> int:
        return self.length


class _Lengths(Sequence):
    """An :class:`AnchorStore`'s texts as :class:`TextLength` stand-ins, each made when read (not
    held: 56 bytes a text, for every item of a long feed)."""

    def __init__(self, store: AnchorStore):
        self._store = store

    def __len__(self) -> int:
        return len(self._store)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        return TextLength(self._store._lengths[self._store._at(k)])


def _bag(counts: dict[str, int]) -> frozenset:
    """A multiset as a set: a key seen c times gives the key itself and (key, 1) .. (key, c - 1),
    so ``len(_bag(a) & _bag(b))`` is the size of the multiset intersection (the sum over keys of
    the smaller count)."""
    bag = frozenset(counts)
    if len(counts) == sum(counts.values()):  # each key once, as is usual
        return bag
    return bag.union([(key, k) for key, count in counts.items() if count > 1 for k in range(1, count)])


def _leftover(a: dict[str, int], b: dict[str, int]) -> list[str]:
    """Elements of multiset ``a`` not covered by ``b``."""
    return [key for key, count in a.items() for _ in range(count - min(count, b.get(key, 0)))]


def _fuzzy_overlap(left: list[str], pool: list[str]) -> int:
    """Greedy one-to-one matching of leftover names by rapidfuzz ratio."""
    if not left or not pool:
        return 0
    matched = 0
    for name in left:
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


def anchor_overlap(src_text: str, tgt_text: str) -> Overlap:
    """Shared anchors and cognate stems of a candidate pair."""
    return overlap_of(extract_anchors(src_text), extract_anchors(tgt_text))


def overlap_of(a: Anchors, b: Anchors) -> Overlap:
    """:func:`anchor_overlap` of two texts' extracted anchors."""
    stems_total = a.stem_count + b.stem_count
    stems_matched = len(a.stem_bag & b.stem_bag) if a.stem_bag and b.stem_bag else 0
    total = a.size + b.size
    if not a.size or not b.size:
        return Overlap(0, total, stems_matched, stems_total)
    num_hits = len(a.number_bag & b.number_bag) if a.numbers and b.numbers else 0
    name_hits = 0
    if a.names and b.names:
        name_hits = len(a.name_bag & b.name_bag)
        if name_hits < min(sum(a.names.values()), sum(b.names.values())):
            name_hits += _fuzzy_overlap(_leftover(a.names, b.names), _leftover(b.names, a.names))
    quote_hits = min(a.quotes, b.quotes)
    return Overlap(num_hits + name_hits + quote_hits, total, stems_matched, stems_total)


# Log-odds that a candidate pairing is a translation, per anchor or stem
# (counted on both sides), measured on the 13,573 true sentence pairs of WMT
# news-test2008..newstest2012 against the same sentences each paired with the
# next one's translation (`.venv/bin/python bench/align_eval.py --estimate`):
# anchors find a partner 71.5% of the time in a true pair and 8.3% in a wrong
# one, stems (of lowercase words) 21.2% and 2.5%. Hence log(0.715/0.083) = +2.15 nats per matched
# anchor, log(0.285/0.917) = -1.17 per unmatched one, and +2.13 / -0.21 for
# stems. They are added as if independent; the DP damps the sum
# (lengths.ANCHOR_SCALE) because they are not.
MATCHED_ANCHOR_NATS = 2.15
UNMATCHED_ANCHOR_NATS = -1.17
MATCHED_STEM_NATS = 2.13
UNMATCHED_STEM_NATS = -0.21


def anchor_evidence(src_text: str, tgt_text: str) -> float:
    """Log-odds (nats) that the texts translate each other, from anchors and stems.

    Unlike :func:`anchor_similarity` this is signed: anchors left without a
    partner count against the pairing, which is what tells "this source
    sentence was dropped" from "it was merged into its neighbour".
    0.0 when neither side has anchors or stems (no evidence either way).
    """
    return evidence_of(extract_anchors(src_text), extract_anchors(tgt_text))


def evidence_of(a: Anchors, b: Anchors) -> float:
    """:func:`anchor_evidence` of two texts' extracted anchors."""
    o = overlap_of(a, b)
    hits, stem_hits = 2 * o.matched, 2 * o.stems_matched
    return (MATCHED_ANCHOR_NATS * hits + UNMATCHED_ANCHOR_NATS * (o.total - hits)
            + MATCHED_STEM_NATS * stem_hits + UNMATCHED_STEM_NATS * (o.stems_total - stem_hits))


def anchor_similarity(src_text: str, tgt_text: str) -> float:
    """Dice coefficient over anchors (not stems), in [0, 1]; 0.0 when neither side has any.

    Dice (not Jaccard) so that one shared anchor out of one on each side
    scores 1.0; a pairing that leaves anchors unmatched on either side
    (a wrong partner, or a merge that pulls in foreign material) scores less.
    """
    o = anchor_overlap(src_text, tgt_text)
    return 2.0 * o.matched / o.total if o.total else 0.0
