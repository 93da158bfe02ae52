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


def _parse(uni, bi) -> tuple[dict[str, int], dict[str, int]]:
    unigrams: dict[str, int] = {}
    for line in uni.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2:
            unigrams[parts[0]] = int(parts[1])
    bigrams: dict[str, int] = {}
    for line in bi.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3:
            bigrams[f"{parts[0]} {parts[1]}"] = int(parts[2])
    return unigrams, bigrams


class BigramModel:
    """Counts of English words and word pairs (lower case); see :meth:`features`."""

    def __init__(self, unigrams: dict[str, int], bigrams: dict[str, int]):
        self.unigrams = unigrams
        self.bigrams = bigrams
        self.total = sum(unigrams.values())

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
        unigrams, bigrams, total = self.unigrams, self.bigrams, self.total
        pairs = seen = words = oov = 0
        lp = gain = 0.0
        for chunk in _BREAK.split(text.lower().replace("\u2019", "'")):
            ws = chunk.split()
            for w in ws:
                words += 1
                if w.isalpha() and w not in unigrams:
                    oov += 1
            for a, b in zip(ws, ws[1:]):
                ca, cb = unigrams.get(a), unigrams.get(b)
                if not ca or not cb:
                    continue
                pairs += 1
                pb = cb / total
                c = bigrams.get(f"{a} {b}")
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
