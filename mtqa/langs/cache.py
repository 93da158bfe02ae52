"""The one cache policy of mtqa's language services: bounded, per kind of key.

Language knowledge is asked for again and again with the same keys (the same
words recur in every document), so lookups are memoised; but a long run over
many documents meets an unbounded number of distinct words, so every cache has
a size limit and evicts the least recently used entries beyond it.

Three kinds of keys, three sizes, decided here and nowhere else:

* ``WORDS``: a word or short token (frequency, dictionary, folding). The
  vocabulary of a year of news fits; memory stays in the tens of megabytes.
* ``SEGMENTS``: a whole segment or span of text (its analyses are larger and
  are rarely asked for again once the document is done).
* ``TABLES``: a data file or a language (one entry per language or table
  name: a handful in any run, kept for the life of the process).
"""
from __future__ import annotations

import functools

WORDS = 200_000
SEGMENTS = 4096
TABLES = 64


def memoize(size: int):
    """Decorate a pure function of hashable arguments with a cache of at most ``size`` entries."""
    return functools.lru_cache(maxsize=size)
