"""The one cache policy of mtqa's language services: bounded, per kind of key.

Language knowledge is asked for again and again with the same keys (the same
words recur in every document), so lookups are memoised; but a long run over
many documents meets an unbounded number of distinct words, so every cache has
a size limit and evicts the least recently used entries beyond it.

Three kinds of keys, three sizes, decided here and nowhere else:

* ``WORDS``: a word or short token (frequency, dictionary, folding). The
  vocabulary of a year of news fits; memory stays in the tens of megabytes.
* ``SEGMENTS``: a whole segment or sentence (its analyses are larger; the
  aligner asks for the same sentences many times within a document, and the
  sentences of a long document must fit).
* ``TABLES``: a data file or a language (one entry per language or table
  name: a handful in any run, kept for the life of the process).

``RECENT_WORDS`` is a fourth, small size for a word cache whose repeats come close together.
``SOURCES`` is a fifth, for a segment analysis only a source sentence met again asks for.
``SOME_WORDS`` is a sixth, for a word fact asked about the words one check looks at, not every token.
``WINDOW_TEXTS`` is a seventh, for a segment's reading two checks make one after the other within a window.
"""
from __future__ import annotations

import functools
import itertools

WORDS = 16_384
"""Per cache of word facts. A year of news has hundreds of thousands of distinct tokens (names,
numbers, typos), so this bound, not the corpus, decides these caches' size on a long run: about
150-250 bytes an entry (key, LRU link, value) times some twenty caches. Words recur by Zipf's law:
the most recent 16,384 cover nearly every lookup. On WMT14's 24,000 pairs only folding (18,211
distinct words) and English word frequency (19,250) meet more than that, and the word caches together
miss 230 more times than at 32,768, of 1.07 million lookups (a first run, which also builds the
compiled tables, folds 33,202 words and misses ~2,000 more). On 30,000 pairs of a vocabulary that
grows (``bench/startup_memory.py memory --vocabulary growing``) every word cache reaches its bound and
they miss 6 % more (848,814 against 800,808 of 4.1 million lookups, no CPU difference measurable on
a loaded machine) for a peak 30 MiB lower (364 against 394 MiB). The reports are the same at both."""
SOME_WORDS = 4_096
"""Per cache of a fact a check asks about the few words it looks at (a name's English form or exonym
respelling, a figure's values, a source word it doubts: its root, its dictionary translations, its vote),
not about every token. Their keys recur within a document and, on WMT's order, one system output later
(the same source names): replaying each cache's key stream (``bench/memo_bounds.py``), on WMT14's first
12,012 pairs each of them meets at most 3,082 distinct words and misses exactly as often at 4,096 as at
:data:`WORDS`; on 10,000 pairs of a growing vocabulary (``bench/startup_memory.py memory --vocabulary
growing``) 83 more misses of 166,000 lookups (a name's English form +41 of 14,446, dictionary translations
+42 of 16,249). What it saves is a long run's: at :data:`WORDS` the nine of them whose keys grow with the corpus
fill with its every name, figure and doubted word (230-590 bytes an entry in a census of 10,000 growing
pairs: up to ~36 MB more at that bound). The reports are the same
at any size: these are pure functions. Every-token facts (folding, frequency, stems) stay at ``WORDS``:
they miss far more at 4,096 (stems +31 % on the growing corpus)."""
SEGMENTS = 8_192
"""Per cache of segment analyses. Their repeats are a source sentence met again in each system's
translation of it (one pass over a 3,000-pair system output away: ~6,000 source and target texts,
as :data:`RUN_MEMO`) and the same sentence asked again by the aligner and the checks of one
segment. 8,192 keeps both; at 32,768 these caches of whole sentences' analyses held ~45 MB more on
a long run of new text and served no more repeats (WMT14's 24,000 pairs: the same misses)."""
SOURCES = 4_096
"""Per cache of a segment analysis whose repeats are the same text asked again within its segment or a
source sentence met again one system output later, not a translation met again: one newstest's 3,003
sources fit, where :data:`SEGMENTS` keeps sources and translations. Measured by recording each cache's key stream over a whole run and replaying it
through an LRU of each size: for the five caches of this size (meaning's source negations, formats'
resolved figures, name_swaps' addresses and name words, numbers' digit starts), 4,096 instead of 8,192
costs +18 misses on WMT14's 24,024 pairs (formats' figures, 0.35 % of its 5,123; the others none) and +4
on 10,000 pairs of a growing vocabulary (negations, 0.04 % of 9,532); at 2,048 the negations would miss
8 times as often on WMT14. The reports are the same at any size: these are pure functions.
The figures' codes of a text (``numbers.codes_of``) are of this size too: on WMT14's first 6,006 pairs (two
system outputs) they miss exactly as often at 4,096 as at 8,192. Its other figure readings (``quantities_of``,
formats' source values, meaning's figures with units) were too, until a census of a long run of new text
(~1.4 kB a text's quantities; ``quantities_of`` alone held ~12 MB at 8,192) moved them to :data:`LARGE_TEXTS`."""
TABLES = 64
WINDOW_TEXTS = 256
"""Per cache of a segment's reading that two checks of the same segment both make, one after the other over a
window of segments (``mtqa.api.READ_AHEAD``, 64: each check is called on the window's segments before the next),
so a repeat comes at most 64 texts later; nothing asks again past that. 256 keeps every such repeat with room to
spare (a window's texts of both sides), and holds a few hundred small entries whatever the corpus."""
RECENT_WORDS = 1_024
"""Per cache that only serves the same word asked again by another fact of the same segment (a Hunspell
dictionary's lookups: acceptance asks ``Walked`` and ``walked``, the common-word test ``walked`` again).
Those repeats come within a few dozen lookups; repeats across documents are answered by the facts'
own ``WORDS`` caches before they reach it. On 6,000 WMT14 pairs 1,024 answers per dictionary catch
90 % of the repeats that an unbounded memo catches (64 already 87 %), where ``WORDS`` would hold about
8 MB per dictionary on a corpus of many distinct words for 10 % more."""


class TwoGenerations(dict):
    """A word table of at most ``size`` entries that forgets its least recent half, not everything.

    The dict itself is the young generation (lookups of a word already in it cost a plain dict lookup);
    a word not in it is taken back from the old generation, else computed by ``compute(word)``, and
    stored in the young one; when the young one holds ``size // 2`` words it becomes the old one and the
    old one is dropped. A table emptied at once when full (what Evidence's word votes did) re-computes
    the commonest words right after every reset; here a word asked for again within ``size // 2`` new
    words is kept, and the table never holds more than ``size`` words, as before. Read it with ``[]``
    (``get`` and ``in`` see the young generation only).
    """

    __slots__ = ("old", "half", "compute")

    def __init__(self, size: int, compute) -> None:
        super().__init__()
        self.old: dict = {}
        self.half = max(1, size // 2)
        self.compute = compute

    def __missing__(self, key):
        value = self.old.pop(key, _ABSENT)
        if value is _ABSENT:
            value = self.compute(key)
        if len(self) >= self.half:
            self.old = dict(self)
            self.clear()
        self[key] = value
        return value

    def held(self) -> int:
        """Words held in both generations."""
        return len(self) + len(self.old)


_ABSENT = object()


def memoize(size: int):
    """Decorate a pure function of hashable arguments with a cache of at most ``size`` entries."""
    return functools.lru_cache(maxsize=size)


def word_memo(size: int):
    """Decorate a pure function of one word (called with that one argument, always positionally) with a
    :class:`TwoGenerations` table of at most ``size`` words; the result is the table's ``__getitem__``
    (the table is its ``__self__``).

    Why not :func:`memoize`: an LRU entry of ``functools.lru_cache`` is a 56-byte link object (its key,
    value, hash and two neighbours) besides the dict slot that finds it, and at its bound the table holds
    all ``size`` words, while here an entry is the dict slot alone and the table holds between ``size // 2``
    and ``size`` words. A fact of every token (a word's frequency, its dictionary answer) fills its bound
    on any long run of news, so at ``WORDS`` that link is ~1 MB a table, a dozen such tables per run. A
    hit is a dict lookup (no reordering of a list), so it costs less than an LRU hit; a word comes back
    from the old half when asked again. Same answers: these are pure functions."""
    return lambda fn: TwoGenerations(size, fn).__getitem__


def drop_oldest_quarter(table: dict, bound: int) -> None:
    """Make room in a bounded table keyed by content: once it holds ``bound`` entries, its oldest quarter
    (in insertion order) goes. Why one rule: the run memo's tables, the evidence's per-text tables and the
    name-swap checks' name words all keep what the next system's translation of the same source asks again,
    and a quarter dropped at a time keeps the rest of a pass without a reset that recomputes everything."""
    if len(table) >= bound:
        for old in list(itertools.islice(table, bound // 4)):
            del table[old]


RUN_MEMO = 8_192
"""Entries per memo table; past it the oldest quarter is dropped. Enough for a source sentence to be
found again after one pass over a 3,000-pair system output (its ~6,000 source and target texts), small
enough that token lists of a million-segment run stay within tens of megabytes."""


SOURCE_MEMO = SOURCES
"""Entries per memo table of an analysis of source text alone (its names, places, pieces, capitalised
words). Its repeats are the same source met again in the next system's translation of it, one pass over
a system output away: at most the 3,003 sources of a newstest, not its ~6,000 source and target texts.
Measured by replaying each memo kind's key stream (``bench/memo_bounds.py``): on WMT14's 24,024 pairs
every such kind misses exactly as often at 4,096 as at 8,192 (the distinct sources: 3,003 or fewer).
What it saves shows on a corpus whose vocabulary grows (``bench/startup_memory.py memory --vocabulary
growing``): the kinds asked for only by some sentences fill slowly and hold large values (a sentence's
dictionary translations, ~3.7 kB; its lower-cased pieces, ~3.5 kB), so at :data:`RUN_MEMO` they would
still be growing past 100,000 segments towards ~30 MB each."""


TRANSLATION_MEMO = 2_048
"""Entries per memo table of an analysis keyed by a translation (the target text is in its key) whose values
are large: a translation's name renderings (``names.renderings``, asked by T103 and then T104), its
name-swap reading (``swaps.segment``) and its name mentions (``names.mentions`` of the target language: see
:func:`mtqa.names.mentions.segment_mentions`). Their repeats are the checks of the same segment asking again, a few
entries apart, and, on WMT's order, another system's identical translation one system output later; so at
:data:`RUN_MEMO` they filled with ~1 kB entries (7-8 MB each at 8,192 in a census of growing pairs: entries
that a long run of new translations never asks for again). Replaying their key streams
(``bench/memo_bounds.py``): on WMT14's 24,024 pairs ``names.renderings`` misses 8,565 times at 2,048 against
8,367 at 8,192 (17,312 calls; +198 computes at ~0.045 ms each: ~9 ms of a ~12 s run) and ``swaps.segment``
2,692 against 2,662 (5,536 calls; +30 at ~0.12 ms); on 30,000 pairs of a growing vocabulary (from its
300,000th) both miss exactly as often at 256 as at 16,384. The reports are the same at any size: these are
pure functions of their keys."""


LARGE_TEXTS = 2_048
"""Entries per table of an analysis of a whole text that (nearly) every segment asks for and whose values are
large: name_swaps' reading of a source's words (``swaps.text``, ~3.4 kB each with its folded words and letter
masks), the source language's name mentions (``names.mentions`` of a source, ~1.2 kB) and a text's figures
(``numbers.quantities_of``, either side, ~1.4 kB): ~6 kB a text together, so each 1,000 entries of their bound
are ~6 MB of a long run's peak (a census of 30,000 growing pairs, ``bench/memory_census.py``). Their repeats are
the checks of one segment asking again and a source met again one system output later, but only the sources
that ask: replaying their key streams (``bench/memo_bounds.py``), on WMT14's 24,024 pairs ``swaps.text`` meets
1,134 distinct sources and the French mentions 1,082, and each misses exactly as often at 2,048 as at
:data:`SOURCE_MEMO` (4,096); ``quantities_of`` misses 5,931 times against 5,887 (+44 of 15,952 calls). On
30,000 pairs of a growing vocabulary (``bench/startup_memory.py memory --vocabulary growing``): +5 of 54,039
calls, +2 of 10,804 and +28 of 19,968. Of this size too, the other readings of a text's figures, which only
the texts with figures ask for (formats' resolved findings and source values, meaning's figures with units,
~0.4-0.6 kB each): on WMT14's 24,024 pairs ``formats._resolved`` misses 5,194 times at 2,048 against 5,141 at
4,096 (+53 of 31,656 calls), the other two exactly as often; on 30,000 growing pairs +0, +23 and +24 (of 39,564,
6,593 and 8,269). The reports are the same at any size: these are pure functions of the text."""


FEW_SOURCES = 1_024
"""Entries per memo table of a source analysis that only a few translations ask for (a fragment that may be
a source word left in: ``fragments.pieces``; a capitalised word that may replace a name: ``swaps.translations``)
and whose values are large (a sentence's lower-cased pieces or dictionary translations, ~3.4 kB each in a census
of 10,000 growing pairs). Few calls fill a table slowly, so at :data:`SOURCE_MEMO` such a table was still
growing past 100,000 segments towards ~14 MB each. Replaying their key streams (``bench/memo_bounds.py``):
on WMT14's first 12,012 pairs ``fragments.pieces`` is asked 484 times for 202 sources, ``swaps.translations``
19 times for 17, and on 10,000 growing pairs 407 and 1,533 times (407 and 801 distinct): each misses exactly
as often at 256 as at 8,192, so 1,024 keeps every repeat of both streams with room to spare. Of this size
too, for the same reasons: A205's source analyses (``A205.source_letters``, ~3.9 kB a source; ``common_in_source``,
~1.4 kB; ``after_capital_article``), casing's source words (``casing.capitalised``, ~640 bytes;
``casing.mid_capitals``) and fragments' source compounds (``fragments.compounds``): on WMT14's 12,012 pairs each
misses exactly as often at 1,024 as at 8,192 (186, 111, 185, 1,400, 962 and 1,321 calls), on 10,000 growing
pairs too but for one miss of compounds' 1,114 calls. A205's letters fill towards ~16 MB at :data:`SOURCE_MEMO`
only after ~650,000 growing segments (62 calls per 10,000): a bound a million-segment run meets. Of this size
too: lowered_names' reading of a source's names (``_source_names``, ~0.8 kB), read once per source by its
screen (itself kept per source) and again only by a translation that holds one of the source's name forms:
on WMT14's 24,024 pairs 3,078 computes at 1,024 against 3,003 at 4,096 (+75 of 3,628 calls), on 30,000 growing
pairs exactly as many. Of this size
too: the name-swap checks' readings of a source's names, asked only for a source with a name to read (T105's
first names, kept words, towns and persons; the swaps' determined names, names after an opening, places
standing alone, unknown names, name slots and names beside names). On WMT14's first 12,012 pairs each meets
at most 873 distinct sources (of 3,003) and misses exactly as often at 1,024 as at 4,096 or 8,192; on 10,000
pairs of a growing vocabulary, whose sources are nearly all new (9,532 of 10,000), six of them miss exactly as
often at 1,024 as at 8,192 and the other four 1 or 2 times more (places alone, unknown names and name slots
2,658 against 2,656 misses, names beside names 1,651 against 1,650: 753-2,656 distinct keys, no repeats to
keep), so at :data:`SOURCE_MEMO` they only filled with entries never asked again (~0.3-0.9 kB each with its
source text: ~11 MB for the ten at 10,000 growing pairs, in a census that counts a text once per table, and
filling towards 4,096 entries each). The reports are the same at any size: these are pure functions of the source.
Of those named above, the ones only a rare translation asks for (``fragments.pieces``, ``swaps.translations``,
A205's letters, common words and titles of a source) are kept for :data:`RARE_SOURCES` since: see there."""


RARE_SOURCES = 256
"""Entries per memo table of a source analysis that only a rare translation asks for and whose values are large
(several kB): a sentence's dictionary translations (``swaps.translations``, ~3.8 kB), A205's letters of a source
(``A205.source_letters``, ~3.5 kB) and its common words (``A205.common_in_source``) and titles
(``A205.after_capital_article``), the name words of a text a changed name asks about (``names.words``, ~4.7 kB)
and fragments' lower-cased source pieces (``fragments.pieces``, ~3.4 kB). They are asked a few times per thousand
segments, so their tables fill slowly and reach :data:`FEW_SOURCES` only on a long run (``names.words``: 311
entries after 30,000 growing pairs), where they would hold ~2.6-3.6 MB each (a census of 30,000 growing pairs,
``bench/memory_census.py``). Replaying their key streams (``bench/memo_bounds.py``): on WMT14's 24,024 pairs each
meets at most 256 distinct sources (61, 256, 74, 118, 69 and 50) and misses exactly as often at 256 as at 1,024;
on 30,000 pairs of a growing vocabulary (``bench/startup_memory.py memory --vocabulary growing``) +6 of 6,517
calls (translations), +3 of 997 (letters), +1 of 319 (name words) and none for the other three. The reports are
the same at any size: these are pure functions of their keys."""


_NOTHING = frozenset()
"""The one empty frozenset the memo stores: an empty ``frozenset()`` is a new 216-byte object each time
(CPython keeps no single empty one), and three kinds of source analyses (places named alone, demonym
groups and compounds) are empty for nearly every sentence: 5 MB at their bounds, now nothing."""


class RunCache:
    """The caches of one run, held by its :class:`~mtqa.context.Context`.

    ``resource``: values built once per run from the run's configuration (a
    compiled glossary, the evidence scorer); one entry per key, and the keys
    are a fixed handful. ``memo``: analyses (a segment's name
    tokens, its language screen) keyed on content, kept across documents
    and bounded by :data:`RUN_MEMO`.
    """

    def __init__(self) -> None:
        self._resources: dict = {}
        self._memo: dict[str, dict] = {}

    def resource(self, key: str, factory, *args):
        """Return the run's value for ``key``, building it with ``factory(*args)`` on first use.

        ``args``: what the factory needs (the run's context), so that a caller asking on every segment passes
        a function it has, not a ``lambda`` made anew at each call (:meth:`mtqa.evidence.Evidence.of`: 173,000
        asks on WMT14's 24,024 pairs)."""
        try:
            return self._resources[key]
        except KeyError:
            value = self._resources[key] = factory(*args)
            return value

    def memo(self, kind: str, key, factory, bound: int = RUN_MEMO, args: tuple = ()):
        """An analysis of a text computed once per run; the first caller computes it with ``factory(*args)``
        (``args``: as :meth:`resource`'s, a function the caller has rather than a ``lambda`` made at each ask).

        Keys are contents (a segment's text), so a value is never stale and is
        shared across documents: a source sentence checked against several
        systems' translations, or a line repeated in every article, is
        analysed once. A table past ``bound`` entries (:data:`RUN_MEMO`) drops its oldest
        quarter, so memory stays bounded on any corpus. An analysis of a source text only (its key holds
        no translation) passes :data:`SOURCE_MEMO`: see there.
        """
        try:  # the kind's table (a subscript, not a method call: some 400,000 asks on WMT14's 24,024 pairs,
            table = self._memo[kind]  # all but a few dozen of them for a table that exists)
        except KeyError:
            table = self._memo[kind] = {}
        value = table.get(key, _ABSENT)
        if value is not _ABSENT:
            return value
        # a miss (some 85,000 of WMT14's 480,000 asks): no KeyError raised and caught, and the bound tested
        # here, the oldest quarter dropped only when it is reached (drop_oldest_quarter's own rule)
        if len(table) >= bound:
            drop_oldest_quarter(table, bound)
        value = factory(*args)
        if not value and type(value) is frozenset:
            value = _NOTHING
        table[key] = value
        return value

    def new_document(self) -> None:
        """Called before each document; the memo outlives documents (it is keyed by content)."""
