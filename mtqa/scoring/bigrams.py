"""An English word bigram model from the counts the ``symspellpy`` package ships.

The word-class model (:mod:`mtqa.scoring.fluency`) sees word order but not
word choice: "heavy rain" and "strong rain" are the same classes. symspellpy
(MIT) ships, as package data, the 82,765 most frequent English words and the
242,342 most frequent English word pairs with their counts in Google Books
n-grams. Together they give the probability of a word after the word before
it for everyday English, with nothing to download: the files are read with
:mod:`importlib.resources` once and kept in mtqa's compiled cache.

Only the quality estimate (:mod:`mtqa.scoring.quality`) reads it, so a run
whose quality weight is 0 never loads it.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional

UNIGRAMS = "frequency_dictionary_en_82_765.txt"
BIGRAMS = "frequency_bigramdictionary_en_243_342.txt"
BACKOFF = 0.4
"""Weight of the unigram probability for a pair the table does not list (Brants et al.'s stupid backoff)."""
FEATURES = ("bg_seen", "bg_gain", "bg_lp", "bg_oov")

_BREAK = re.compile(r"[^\w\s']+")


def _files():
    """symspellpy's own frequency lists: a library's resource, not mtqa language data, so they are
    found in that package rather than through :mod:`mtqa.langs` and ``$MTQA_DATA``."""
    from importlib import resources

    try:
        base = resources.files("symspellpy")
    except ModuleNotFoundError:
        return None
    uni, bi = base / UNIGRAMS, base / BIGRAMS
    return (uni, bi) if uni.is_file() and bi.is_file() else None


def _parse(uni, bi) -> tuple[dict[str, int], int, bytes, bytes, bytes, bytes]:
    """The two lists as :class:`BigramModel`'s arguments: each word's number (the word list's words first, in
    its order, then any word only the pair list names), the word list's counts, and the pairs grouped by their
    first word's number, sorted by their second's (:class:`PairCounts`); the arrays as bytes, which
    :mod:`marshal` (the compiled cache) stores. A word or pair listed twice keeps its last count, as a dict
    read line by line would."""
    from array import array

    unigrams: dict[str, int] = {}
    for line in uni.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2:
            unigrams[parts[0]] = int(parts[1])
    ids = {w: k for k, w in enumerate(unigrams)}
    listed = len(ids)
    pairs: dict[tuple[int, int], int] = {}
    for line in bi.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3:
            a = ids.setdefault(parts[0], len(ids))
            b = ids.setdefault(parts[1], len(ids))
            pairs[a, b] = int(parts[2])
    starts, seconds, counts = array("i", [0] * (len(ids) + 1)), array("i"), array("q")
    for (a, b), count in sorted(pairs.items()):
        seconds.append(b)
        counts.append(count)
        starts[a + 1] += 1
    for k in range(len(ids)):
        starts[k + 1] += starts[k]
    return (ids, listed, array("q", unigrams.values()).tobytes(), starts.tobytes(), seconds.tobytes(),
            counts.tobytes())


class PairCounts:
    """The pair list's counts, held as three flat arrays (about 16 bytes a pair) rather than a dict of
    "first second" strings (about 120 bytes a pair: the 242,342 pairs took 27 MB of every run's memory that
    reads the quality estimate, a tenth of a long run's peak, for the whole run).

    A pair (a, b) of word numbers is found among ``seconds[starts[a]:starts[a + 1]]`` (the second words of
    a's pairs, sorted) by a binary search of those few entries; its count is at the same place in
    ``counts``."""

    __slots__ = ("ids", "starts", "seconds", "counts")

    def __init__(self, ids: dict[str, int], starts, seconds, counts):
        self.ids, self.starts, self.seconds, self.counts = ids, starts, seconds, counts

    def _at(self, a: int, b: int) -> int:
        """Where the pair of word numbers (a, b) is in ``seconds`` and ``counts``, -1 when not listed."""
        lo, hi = self.starts[a], self.starts[a + 1]
        k = bisect_left(self.seconds, b, lo, hi)
        return k if k < hi and self.seconds[k] == b else -1

    def count(self, a: int, b: int) -> int:
        """The count of the pair of word numbers (a, b), 0 when not listed."""
        k = self._at(a, b)
        return self.counts[k] if k >= 0 else 0

    def __contains__(self, pair: str) -> bool:
        """Whether "first second" (two words and one space) is a listed pair."""
        first, _, second = pair.partition(" ")
        a, b = self.ids.get(first), self.ids.get(second)
        return a is not None and b is not None and self._at(a, b) >= 0

    def __len__(self) -> int:
        return len(self.seconds)


class BigramModel:
    """Counts of English words and word pairs (lower case); see :meth:`features`.

    Words are numbered (``ids``); the first ``listed`` numbers are the word list's, whose counts are
    ``unigram_counts`` in that order; ``bigrams`` holds the pairs' counts (:class:`PairCounts`)."""

    def __init__(self, ids: dict[str, int], listed: int, unigram_counts: bytes, starts: bytes, seconds: bytes,
                 counts: bytes):
        from array import array

        self.ids = ids
        self.listed = listed
        self.unigram_counts = array("q")
        self.unigram_counts.frombytes(unigram_counts)
        arrays = array("i"), array("i"), array("q")
        for arr, raw in zip(arrays, (starts, seconds, counts)):
            arr.frombytes(raw)
        self.bigrams = PairCounts(ids, *arrays)
        self.total = sum(self.unigram_counts)

    def unigram(self, word: str) -> Optional[int]:
        """The word list's count of ``word``, None when it does not list it."""
        k = self.ids.get(word)
        return self.unigram_counts[k] if k is not None and k < self.listed else None

    def features(self, text: str) -> dict[str, float]:
        """Word-pair evidence of one English text.

        Pairs are adjacent lower-cased words within a stretch without
        punctuation, both in the word list. ``bg_seen``: share of those pairs
        the table lists; ``bg_lp``: their mean log p(word | previous word)
        (``BACKOFF`` times p(word) for a pair not listed); ``bg_gain``: the
        mean of that log-probability minus log p(word), what the previous word
        adds; ``bg_oov``: alphabetic words not in the word list, as a share of
        all the tokens between spaces and punctuation (numbers included: the model's
        weights were fitted on this definition).
        """
        ids, listed, unigram_counts, total = self.ids, self.listed, self.unigram_counts, self.total
        pair_count = self.bigrams.count
        pairs = seen = words = oov = 0
        lp = gain = 0.0
        for chunk in _BREAK.split(text.lower().replace("\u2019", "'")):
            ws = chunk.split()
            known = []  # each word's number when the word list lists it, else None
            for w in ws:
                words += 1
                k = ids.get(w)
                if k is None or k >= listed:
                    k = None
                    if w.isalpha():
                        oov += 1
                known.append(k)
            for a, b in zip(known, known[1:]):
                if a is None or b is None:
                    continue
                ca, cb = unigram_counts[a], unigram_counts[b]
                if not ca or not cb:
                    continue
                pairs += 1
                pb = cb / total
                c = pair_count(a, b)
                if c:
                    seen += 1
                    p = c / ca
                else:
                    p = BACKOFF * pb
                logp = math.log(p)
                lp += logp
                gain += logp - math.log(pb)
        oov_share = oov / words if words else 0.0
        if not pairs:
            return {"bg_seen": 0.0, "bg_gain": 0.0, "bg_lp": 0.0, "bg_oov": oov_share}
        return {"bg_seen": seen / pairs, "bg_gain": gain / pairs, "bg_lp": lp / pairs, "bg_oov": oov_share}


@lru_cache(maxsize=None)
def bigram_model() -> Optional[BigramModel]:
    """The English model from symspellpy's data files, or None when the package is not installed."""
    files = _files()
    if files is None:
        return None
    from pathlib import Path

    from mtqa.compiled import cached

    uni, bi = files
    sources = [Path(str(uni)), Path(str(bi)), Path(__file__)]
    return BigramModel(*cached("score-en-bigrams", sources, lambda: _parse(uni, bi)))
