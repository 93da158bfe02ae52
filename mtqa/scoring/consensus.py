"""Consensus: how well a translation agrees with the other systems' translations of the same source.

When several translations of one source are checked together (``mtqa
compare``: a desk choosing between engines, a shared task ranking
submissions), each can be scored against the others used as
*pseudo-references*, with no human reference: the output a translation
shares most with its peers is, on average, the one readers prefer (the
expected utility of minimum-Bayes-risk decoding, with chrF as the utility).
MQM issues tie most translations of a sentence; consensus separates nearly
all of them.

Definitions
-----------
* Segments are matched across systems **by their source text**: the text of
  the source segments aligned to a target segment, whitespace collapsed. Two
  systems that split or align a document differently share only the
  segments whose source text is identical.
* The consensus of one system's translation ``x`` of a source is the mean of
  sentence chrF (sacrebleu's definition: character 1- to 6-grams, spaces
  removed, beta 2; here on a 0-1 scale) of ``x`` against each pseudo-reference:
  the translations the **other** systems gave of that source. A system is
  never its own pseudo-reference (its other translations of a repeated source
  sentence are left out too). An output that several other systems wrote
  counts once per system, as votes in minimum-Bayes-risk decoding do (this
  ranked the WMT judgements slightly better than counting it once, see
  :data:`DEDUPE`), but two *clones* -- systems whose translations are
  identical on more than :data:`CLONE_SHARE` of the sources both translated,
  such as one engine submitted twice -- are not each other's
  pseudo-references.
* It needs **at least three systems** with a translation of the source: with
  two, each is the other's only pseudo-reference, the two values are the same
  comparison seen from either side, and nothing is ranked. Such segments get
  no value (``None``) and the run says so.

Cost: per source, ``d(d-1)/2`` set intersections per n-gram order for ``d``
distinct translations (at most ``n(n-1)/2`` for ``n`` systems; both directions
of chrF come from the one match count), on at most :data:`MAX_CHARS`
characters of each translation. 15 systems of 3,003 segments take 16-18 s of
CPU, about half again the checking's own.

The score term (:func:`term`) turns a segment's consensus into extra penalty
relative to the other translations of the same source, so the difficulty of
the sentence cancels out. ``mtqa check`` counts it at ``consensus_weight``
(default 0); ``mtqa compare``'s default order counts it at
``rank_consensus_weight`` (0.125) in the document scores it averages
(:func:`mtqa.compare.consensus_estimate`): pairwise, consensus judges two
translations of a sentence better than anything else mtqa has, but systems
built alike agree with each other, so a larger weight lowers the order's τ. There each other system's
translation counts by that system's place in the order before the term (:func:`rank_weights`), so a family of
alike systems ranked low cannot outvote a good system unlike them. The segment preference
(:mod:`mtqa.scoring.preference`) reads a third value, each other translation weighed by its own sentence's place
by quality utility among the source's translations (:func:`segment_weights`); the consensus column and ``mtqa
check`` read the plain one.
"""
from __future__ import annotations

import math
import sqlite3
from array import array
from collections import Counter, defaultdict
from itertools import groupby
from typing import Hashable, Iterable, Iterator, Optional, Sequence

from mtqa.model import joined_sources

ORDER = 6
"""Character n-gram orders (sacrebleu chrF's default)."""
BETA = 2
"""Recall counts BETA times as much as precision (sacrebleu chrF's default)."""
MIN_SYSTEMS = 3
"""Systems that must have translated a source for its translations to get a consensus."""
MAX_CHARS = 2000
"""Characters of a translation compared (the checks' own segment cap): bounds the cost of a runaway segment."""
DEDUPE = False
"""Count an output that several other systems wrote once per system (an MBR vote), not once: better on the
WMT13 judgements it was chosen on (pairwise accuracy 0.609 vs 0.604) and on WMT12 and WMT14 (bench/meaning.py
--no-dedupe / --dedupe)."""
CLONE_SHARE = 0.9
"""Share of identical translations above which two systems are clones, not each other's pseudo-references
(on WMT12-14 the most alike pair of systems, two submissions of one lab, shares 41 %)."""
SPREAD = 0.05
"""Width of the smooth bend of :func:`term` (0.05 = 5 chrF points), chosen on WMT13 (bench/meaning.py)."""
RANK_POWER = 2
"""Power of the pseudo-reference weights of the ranking's consensus term (:func:`rank_weights`), chosen on WMT13's
judgements (bench/meaning.py's before/after table): the default order's segment score judged 0.6011 of WMT13's
pairs right at power 0 (every reference alike, as before), 0.6046 at 1, 0.6059 at 2, 0.6078 at 3, and at 4 the
order lost a pair of systems (τ 0.82 -> 0.79); 2 rather than 3, whose gain is under two standard errors of a
paired change on WMT13 (about 0.001) and which sits one step from that loss. Held out at 2: WMT12 / WMT14 0.6183
/ 0.6435 (0.6153 / 0.6326 unweighted); system τ 0.81 / 0.82 / 0.93 (0.81 / 0.79 / 0.93)."""


def rank_weights(best_first: Sequence[Hashable], power: float = RANK_POWER) -> dict[Hashable, float]:
    """Weight of each system as a pseudo-reference of the ranking's consensus term: ``(1 - place / n) ** power``,
    place 0 the best of the ``n`` systems in ``best_first`` (the order before the term).

    Why: consensus counts every other system's translation as one vote, so systems built alike (the WMT
    phrase-based submissions, good and poor alike) outvote a good system unlike them (an online engine), which
    then loses places it had before the term. Weighting each vote by how well its system already ranks
    (weighted minimum-Bayes-risk decoding) makes agreeing with the poor systems count less: on WMT13 the term
    no longer moved online-B below MES-SimplifiedFrench (human win rates 0.597 / 0.515), and it separated the
    judged pairs better on all three WMT years (:data:`RANK_POWER`)."""
    n = len(best_first)
    return {system: (1.0 - place / n) ** power for place, system in enumerate(best_first)}


SEGMENT_POWER = 1
"""Power of the pseudo-reference weights of the segment preference's consensus (:func:`segment_weights`), chosen on
WMT13's judgements (bench/seg_mbr.py, the preference refitted on WMT13 with each): 0.6257 / 0.6275 / 0.6255 of the
judged pairs right at powers 0.5 / 1 / 2, against 0.6235 with every reference alike."""


def segment_weights(utilities: Sequence[Optional[float]], power: float = SEGMENT_POWER) -> list[float]:
    """Weight of each translation of one source as a pseudo-reference of the segment preference's consensus:
    ``(1 - place / n) ** power``, ``place`` the number of the source's ``n`` translations whose learned quality
    utility (:mod:`mtqa.scoring.quality`) is higher (a translation without one: after every other).

    Why the segment's own quality and not its system's place: a vote is worth as much as the translation that
    casts it, sentence by sentence (minimum-Bayes-risk decoding weighs each hypothesis by its probability), and a
    system's place carries the system's level into every one of its sentences. Refitted on WMT13, the preference
    with these weights judged 0.6275 of WMT13's pairs right (0.6235 with every reference alike; WMT12 / WMT14 held
    out 0.6406 / 0.6808 against 0.6400 / 0.6747), while the weights of the ranking's term (:func:`rank_weights`, the
    system's place) gained more on WMT13 (0.6342) and WMT14 and lost WMT12 (0.6315): a system prior, as each one
    tried before (README, Segment preference)."""
    n = len(utilities)
    known = [u if u is not None else -math.inf for u in utilities]
    return [(1.0 - sum(v > u for v in known) / n) ** power for u in known]


def source_key(text: str) -> str:
    """How segments are matched across systems: the source text with whitespace collapsed."""
    return " ".join(text.split())


class Profile:
    """Character n-grams of one translation, ready for exact chrF match counts.

    Per order: the set of distinct n-grams (most occur once, and two sets
    intersect at C speed) and the counts of those that repeat, so that the
    match count, the sum over shared n-grams of the smaller count, is the size
    of the intersection plus a correction for the few repeated n-grams.
    """

    __slots__ = ("grams", "repeats", "totals")

    def __init__(self, text: str):
        line = "".join(text.split())[:MAX_CHARS]
        self.grams: list = []
        self.repeats: list[dict[str, int]] = []
        self.totals: list[int] = []
        for n in range(1, ORDER + 1):
            counts = Counter([line[i:i + n] for i in range(len(line) - n + 1)])
            self.grams.append(counts.keys())
            self.repeats.append({g: c for g, c in counts.items() if c > 1})
            self.totals.append(max(len(line) - n + 1, 0))


def _f(prec: float, rec: float, beta: float) -> float:
    """F-beta of a mean precision and a mean recall (sacrebleu's chrF averages them over the orders first)."""
    factor = beta * beta
    return (1 + factor) * prec * rec / (factor * prec + rec) if prec + rec else 0.0


def chrf_both(a: Profile, b: Profile, beta: float = BETA) -> tuple[float, float]:
    """(chrF of a against reference b, chrF of b against reference a), from one match count per order.

    The match count of an order is the sum over shared n-grams of the smaller count: the size of the
    intersection of the distinct n-grams, plus ``min - 1`` for those both sides repeat. An order counts
    only when both sides have n-grams of it (sacrebleu's effective order), the same for both directions,
    so a's precision sum is b's recall sum and the reverse.
    """
    ab = ba = 0.0  # sums of match / a's n-grams and match / b's n-grams
    effective = 0
    for ga, gb, ra, rb, ta, tb in zip(a.grams, b.grams, a.repeats, b.repeats, a.totals, b.totals):
        if not (ta and tb):
            continue
        match = len(ga & gb)
        if ra and rb:
            small, big = (ra, rb) if len(ra) <= len(rb) else (rb, ra)
            for gram, count in small.items():
                other = big.get(gram)
                if other:
                    match += (count if count < other else other) - 1
        ab += match / ta
        ba += match / tb
        effective += 1
    if not effective:
        return 0.0, 0.0
    return _f(ab / effective, ba / effective, beta), _f(ba / effective, ab / effective, beta)


def chrf(hypothesis: str, reference: str) -> float:
    """Sentence chrF of one translation against one reference, 0-1 (equals sacrebleu's CHRF()/100)."""
    return chrf_both(Profile(hypothesis), Profile(reference))[0]


def pool_consensus(entries: list[tuple[Hashable, str]], dedupe: bool = DEDUPE, beta: float = BETA,
                   apart: frozenset = frozenset(), weights: Optional[dict] = None) -> list[Optional[float]]:
    """Consensus of each (system, translation) entry of one source, in the order given.

    ``entries`` are all translations of one source text, tagged by the system
    that wrote them. None for every entry when fewer than MIN_SYSTEMS systems
    took part. Every other system's translation is a pseudo-reference, so an
    output that several systems wrote weighs as many votes (``dedupe=True``:
    one); ``apart`` holds pairs (frozensets) of systems that are not each
    other's pseudo-references (see :func:`clones`). With ``weights`` (system ->
    weight, :func:`rank_weights`) each pseudo-reference counts by its system's
    weight, and identical translations then share the highest value any copy
    got: otherwise a copy of a better-ranked system's output, which has that
    system among its references, would be valued above the original.
    """
    plain, weighed = pool_values(entries, dedupe, beta, apart, weights)
    return plain if weighed is None else weighed


def pool_values(entries: list[tuple[Hashable, str]], dedupe: bool = DEDUPE, beta: float = BETA,
                apart: frozenset = frozenset(), weights: Optional[dict] = None
                ) -> tuple[list[Optional[float]], Optional[list[Optional[float]]]]:
    """:func:`pool_consensus` of one source without weights and with ``weights`` (None without them), from one
    set of chrF comparisons: a pool that needs both (:class:`ConsensusPool` with ``rank_weights``) compares the
    translations once."""
    plain, weighed, _ = pool_all(entries, dedupe, beta, apart, weights)
    return plain, weighed


def pool_all(entries: list[tuple[Hashable, str]], dedupe: bool = DEDUPE, beta: float = BETA,
             apart: frozenset = frozenset(), weights: Optional[dict] = None, votes: Optional[Sequence[float]] = None
             ) -> tuple[list[Optional[float]], Optional[list[Optional[float]]], Optional[list[Optional[float]]]]:
    """:func:`pool_values`, plus the consensus with each *entry* weighed as a pseudo-reference by ``votes`` (one
    weight per entry, :func:`segment_weights`; None without them), from the same chrF comparisons. Identical
    translations share the highest weighed value, as with ``weights``."""
    systems = {system for system, _ in entries}
    if len(systems) < MIN_SYSTEMS:
        return ([None] * len(entries), (None if weights is None else [None] * len(entries)),
                (None if votes is None else [None] * len(entries)))
    texts = sorted({text for _, text in entries})
    index = {text: i for i, text in enumerate(texts)}
    profiles = [Profile(t) for t in texts]
    d = len(texts)
    score = [[1.0] * d for _ in range(d)]
    for i in range(d):
        for j in range(i + 1, d):
            score[i][j], score[j][i] = chrf_both(profiles[i], profiles[j], beta)
    plain: list[Optional[float]] = []
    weighed: list[Optional[float]] = []
    voted: list[Optional[float]] = []
    for system, text in entries:
        others = [(k, s, index[t]) for k, (s, t) in enumerate(entries)
                  if s != system and frozenset((s, system)) not in apart]
        i = index[text]
        refs = sorted({j for _, _, j in others}) if dedupe else [j for _, _, j in others]
        plain.append(sum(score[i][j] for j in refs) / len(refs) if refs else None)
        if weights is not None:
            weighed.append(_weighed(score[i], [(weights.get(s, 1.0), j) for _, s, j in others]))
        if votes is not None:
            voted.append(_weighed(score[i], [(votes[k], j) for k, _, j in others]))
    return (plain, None if weights is None else _shared_best(entries, weighed),
            None if votes is None else _shared_best(entries, voted))


def _weighed(scores: list[float], votes: list[tuple[float, int]]) -> Optional[float]:
    """The weighted mean of one translation's chrF against its pseudo-references, ``votes`` (weight, reference)."""
    total = sum(w for w, _ in votes)
    return sum(w * scores[j] for w, j in votes) / total if total > 0 else None


def _shared_best(entries: list[tuple[Hashable, str]], values: list[Optional[float]]) -> list[Optional[float]]:
    """Weighed values with identical translations sharing the highest any copy got: otherwise a copy of a better
    output, which has that output among its references, would be valued above the original."""
    best: dict[str, float] = {}
    for (_, text), value in zip(entries, values):
        if value is not None and value > best.get(text, -1.0):
            best[text] = value
    return [best.get(text) if value is not None else None for (_, text), value in zip(entries, values)]


def clones(by_key: dict[str, list[tuple[Hashable, str]]]) -> frozenset:
    """Pairs of systems whose translations are identical on more than CLONE_SHARE of the sources both translated.

    Two submissions of one engine would otherwise be each other's perfect
    pseudo-reference on every segment and lift each other above the rest.
    """
    shared: Counter = Counter()
    same: Counter = Counter()
    for entries in by_key.values():
        systems = sorted({s for s, _ in entries}, key=repr)
        if len(systems) < 2:
            continue
        texts: dict[Hashable, set] = defaultdict(set)
        for s, t in entries:
            texts[s].add(t)
        for a in range(len(systems)):
            for b in range(a + 1, len(systems)):
                pair = frozenset((systems[a], systems[b]))
                shared[pair] += 1
                same[pair] += texts[systems[a]] == texts[systems[b]]
    return frozenset(p for p, n in shared.items() if same[p] > CLONE_SHARE * n)


class ConsensusPool:
    """All translations of a run, by source text; consensus of each once every system is in.

    ``add`` returns a handle; after ``compute``, ``value(handle)`` is the
    consensus of that translation (or None) and ``centre(handle)`` the median
    consensus of all systems' translations of the same source.

    Why a database: every translation and its source text must be held until the last system is in, which was
    the text of the whole run in memory (some 300 bytes per translated segment at WMT14's lengths). They wait in
    SQLite's private temporary database instead (as the segment preference store,
    :class:`mtqa.scoring.preference.RunPreference`: :data:`~mtqa.scoring.preference.CACHE_KB` of it in memory,
    the rest in a file SQLite deletes itself), put in :data:`BATCH` at a time, read back one source text at a
    time by :meth:`compute`, which then closes it. What stays in memory is two floats per handle (its value and
    its source's median; two more with ``rank_weights``, one more with utilities) and one entry per system.
    """

    BATCH = 1024
    """Translations buffered before they go into the store in one statement."""

    def __init__(self, dedupe: bool = DEDUPE, beta: float = BETA):
        self.dedupe = dedupe
        self.beta = beta
        self.rank_weights: Optional[dict] = None
        """Set before :meth:`compute` (system -> weight, :func:`rank_weights`): it then also computes each
        translation's weighted consensus and its source's median of them (:meth:`ranked_value`,
        :meth:`ranked_centre`), from the same chrF comparisons."""
        self.voted = False
        """Whether a translation came with its quality utility (:meth:`add`): :meth:`compute` then also computes
        each translation's consensus with the source's translations weighed by :func:`segment_weights`
        (:meth:`voted_value`), the segment preference's, from the same chrF comparisons."""
        self._db = None  # opened at the first add
        # (handle, system number, source key, translation, quality utility or None)
        self._pending: list[tuple[int, int, str, str, Optional[float]]] = []
        self._numbers: dict[Hashable, int] = {}  # each system's number in the store
        self._systems: list[Hashable] = []  # and back
        self._count = 0  # handles given
        self._most = 0  # most systems that translated one source (after compute)
        self._values = array("d")  # by handle; NaN: none
        self._centres = array("d")
        self._ranked = array("d")  # the same with rank_weights (empty without)
        self._ranked_centres = array("d")
        self._voted = array("d")  # the consensus with segment_weights (empty without)

    def add(self, system: Hashable, source: str, target: str, utility: Optional[float] = None) -> int:
        """Put one translation in; ``utility``: its learned quality utility, which weighs it as a pseudo-reference
        of the segment preference's consensus (:meth:`voted_value`)."""
        number = self._numbers.get(system)
        if number is None:
            number = self._numbers[system] = len(self._systems)
            self._systems.append(system)
        handle = self._count
        self._count += 1
        self._pending.append((handle, number, source_key(source), target, utility))
        self.voted = self.voted or utility is not None
        if len(self._pending) >= self.BATCH:
            self._flush()
        return handle

    def _flush(self) -> None:
        """The buffered translations into the store (opened at the first)."""
        from mtqa.scoring.preference import CACHE_KB, _room

        if not self._pending:
            return
        with _room("consensus"):
            if self._db is None:
                self._db = sqlite3.connect("")
                self._db.executescript(_SCHEMA.format(cache=CACHE_KB))
            db = self._db
            db.executemany("INSERT OR IGNORE INTO keys (key) VALUES (?)", [(row[2],) for row in self._pending])
            db.executemany("INSERT INTO entries (handle, kid, system, text, utility) SELECT ?, kid, ?, ?, ? FROM keys"
                           " WHERE key = ?", [(h, n, t, u, k) for h, n, k, t, u in self._pending])
        self._pending = []

    def _by_key(self) -> Iterator[list[tuple[Hashable, str, int, Optional[float]]]]:
        """Each source text's translations, (system, translation, handle, utility) in the order added."""
        if self._db is None:
            return
        from mtqa.scoring.preference import _room

        with _room("consensus"):
            rows = self._db.execute("SELECT kid, system, text, handle, utility FROM entries ORDER BY kid, handle")
            systems = self._systems
            for _, group in groupby(rows, key=lambda row: row[0]):
                yield [(systems[n], text, handle, utility) for _, n, text, handle, utility in group]

    @property
    def systems(self) -> int:
        """Most systems that translated any one source."""
        if self._db is None and not self._pending:
            return self._most
        self._flush()
        return self._db.execute("SELECT max(n) FROM (SELECT count(DISTINCT system) AS n FROM entries GROUP BY kid)"
                                ).fetchone()[0] or 0

    def compute(self) -> None:
        self._flush()
        self._values = array("d", [math.nan]) * self._count
        self._centres = array("d", [math.nan]) * self._count
        if self.rank_weights is not None:
            self._ranked = array("d", [math.nan]) * self._count
            self._ranked_centres = array("d", [math.nan]) * self._count
        if self.voted:
            self._voted = array("d", [math.nan]) * self._count
        if self._db is None:
            self.clones = frozenset()
            return
        from mtqa.scoring.preference import _room

        try:
            with _room("consensus"):
                self._db.execute("CREATE INDEX entries_kid ON entries (kid, handle)")
            self.clones = clones(_Translations(self))
            most = 0
            for group in self._by_key():
                entries = [(system, text) for system, text, _, _ in group]
                most = max(most, len({system for system, _ in entries}))
                votes = segment_weights([utility for *_, utility in group]) if self.voted else None
                plain, weighed, voted = pool_all(entries, self.dedupe, self.beta, self.clones, self.rank_weights,
                                                 votes)
                self._store(group, plain, self._values, self._centres)
                if weighed is not None:
                    self._store(group, weighed, self._ranked, self._ranked_centres)
                if voted is not None:
                    for (_, _, handle, _), value in zip(group, voted):
                        self._voted[handle] = math.nan if value is None else value
            self._most = most
        finally:  # on every path (a full disk, an error in a value): the texts are no longer needed
            self.close()

    @staticmethod
    def _store(group: list, values: list[Optional[float]], into: array, centres: array) -> None:
        """One source's values by handle, and the median of those known as each one's centre."""
        known = sorted(v for v in values if v is not None)
        centre = median(known) if known else math.nan
        for (_, _, handle, _), value in zip(group, values):
            into[handle] = math.nan if value is None else value
            centres[handle] = centre

    def close(self) -> None:
        """Close the store (SQLite deletes its file), also when :meth:`compute` failed half-way: a caller that
        goes on (a library, a test) must not keep an open connection and its temporary file until the garbage
        collector finds them (an exception's traceback keeps the frames that refer to them)."""
        db, self._db, self._pending = self._db, None, []
        if db is not None:
            db.close()

    def value(self, handle: int) -> Optional[float]:
        value = self._values[handle]
        return None if value != value else value

    def centre(self, handle: int) -> Optional[float]:
        centre = self._centres[handle]
        return None if centre != centre else centre

    def ranked_value(self, handle: int) -> Optional[float]:
        """The consensus with :attr:`rank_weights` (the plain one when none were set)."""
        if not self._ranked:
            return self.value(handle)
        value = self._ranked[handle]
        return None if value != value else value

    def voted_value(self, handle: int) -> Optional[float]:
        """The consensus with the source's translations weighed by their quality utility (:func:`segment_weights`;
        the plain one when no translation came with a utility)."""
        if not self._voted:
            return self.value(handle)
        value = self._voted[handle]
        return None if value != value else value

    def ranked_centre(self, handle: int) -> Optional[float]:
        """The median of the weighted consensus of the same source (the plain one when no weights were set)."""
        if not self._ranked:
            return self.centre(handle)
        centre = self._ranked_centres[handle]
        return None if centre != centre else centre


class _Translations:
    """The pool's translations by source text as :func:`clones` reads a dict of them (``values()``), read
    from the store."""

    def __init__(self, pool: ConsensusPool):
        self.pool = pool

    def values(self) -> Iterator[list[tuple[Hashable, str]]]:
        for group in self.pool._by_key():
            yield [(system, text) for system, text, _, _ in group]


_SCHEMA = """
PRAGMA cache_size = -{cache};
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE keys (kid INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
CREATE TABLE entries (handle INTEGER PRIMARY KEY, kid INTEGER, system INTEGER, text TEXT, utility REAL);
"""


def median(values: list[float]) -> float:
    """Median of a sorted non-empty list."""
    n = len(values)
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2


def term(consensus: Optional[float], centre: Optional[float], spread: float = SPREAD) -> float:
    """Extra penalty per word of a segment: ``spread * softplus((centre - consensus) / spread)``.

    ``centre`` is the median consensus of all translations of the same source,
    so what is penalised is agreeing less with the others than the typical
    system does on *this* sentence. About 0 for a translation well above the
    median, about ``centre - consensus`` per word well below it (one unit = the
    whole chrF scale), ``spread * ln 2`` at the median; smooth, so that close
    calls still rank. 0 when the segment has no consensus.
    """
    if consensus is None or centre is None:
        return 0.0
    z = (centre - consensus) / spread
    return spread * (math.log1p(math.exp(z)) if z < 30 else z)


def system_means(values: Iterable[Optional[float]]) -> tuple[Optional[float], int]:
    """(mean consensus, segments that had one) of one system's segments."""
    known = [v for v in values if v is not None]
    return (sum(known) / len(known) if known else None), len(known)


def aligned_segments(result) -> Iterator[tuple[int, str, str, int]]:
    """(segment index, source text, target text, words) of each target segment with an aligned source."""
    pair = result.pair
    if pair.source is None or pair.source_title_only:
        return
    for segment in pair.target.segments:
        sources = pair.sources_of(segment.index)
        if sources and segment.words:
            yield segment.index, joined_sources(sources), segment.text, segment.words


class RunConsensus:
    """The consensus of a whole run: every document of every system goes in, then each is read back.

    A *system* is whatever the caller says (``mtqa compare``: one TARGET; ``mtqa
    check``: one input file). Every aligned segment's text waits until the last
    system is in, in the pool's SQLite store (:class:`ConsensusPool`), not in memory.
    """

    def __init__(self):
        self.pool = ConsensusPool()
        self._done = False

    def add(self, system: Hashable, result, utilities: Optional[dict[int, float]] = None
            ) -> list[tuple[int, int, int]]:
        """Put one document's segments in; returns its entries (handle, segment index, words). ``utilities``: each
        segment's learned quality utility by segment index, which weighs it as a pseudo-reference of the segment
        preference's consensus (:meth:`ConsensusPool.voted_value`)."""
        utilities = utilities or {}
        return [(self.pool.add(system, source, target, utilities.get(index)), index, words)
                for index, source, target, words in aligned_segments(result)]

    def compute(self) -> None:
        if not self._done:
            self.pool.compute()
            self._done = True

    @property
    def systems(self) -> int:
        return self.pool.systems

    def each(self, entries: list[tuple[int, int, int]]) -> list[Optional[float]]:
        """Consensus (0-1, or None) of each entry, in order (entries of several documents may be mixed)."""
        self.compute()
        return [self.pool.value(handle) for handle, _, _ in entries]

    def values(self, entries: list[tuple[int, int, int]]) -> dict[int, float]:
        """Consensus (0-1) of each segment of ONE document that has one, by segment index."""
        self.compute()
        out = {}
        for handle, index, _ in entries:
            value = self.pool.value(handle)
            if value is not None:
                out[index] = round(value, 4)
        return out

    def penalty(self, entries: list[tuple[int, int, int]], spread: float = SPREAD) -> float:
        """Unweighted consensus term of these segments: ``sum(words * term(consensus, median))``."""
        self.compute()
        return sum(words * term(self.pool.value(h), self.pool.centre(h), spread) for h, _, words in entries)

    def weigh(self, weights: dict) -> None:
        """Weigh each system's translations as pseudo-references by ``weights`` (:func:`rank_weights`) in
        :meth:`ranked_penalty`; before the first value is read (the chrF comparisons are made once, for both)."""
        if self._done:
            raise RuntimeError("consensus already computed: weigh the systems before reading a value")
        self.pool.rank_weights = dict(weights)

    def ranked_penalty(self, entries: list[tuple[int, int, int]], spread: float = SPREAD) -> float:
        """The consensus term of these segments with the pseudo-references weighed (:meth:`weigh`; without
        weights, :meth:`penalty`)."""
        self.compute()
        pool = self.pool
        return sum(words * term(pool.ranked_value(h), pool.ranked_centre(h), spread) for h, _, words in entries)


def with_consensus(results: Iterable, config) -> Iterator:
    """``mtqa check`` with ``consensus_weight`` above 0: the run's results with the consensus term in their score.

    Each input file is one system. The whole run is held until its last
    document is checked (consensus needs every translation of a source), then
    each document's penalty gains ``consensus_weight * sum(words * term)``
    over its segments, its score is recomputed, and it fails if that score
    is under the pass mark. Segments whose source fewer than 3 files
    translated add nothing.
    """
    from mtqa.errors import UsageError

    run = RunConsensus()
    held = []
    try:
        for result in results:
            held.append((result, run.add(result.pair.target.path or "<stdin>", result)))
    except UsageError:
        # an unreadable input ends the run, as in a serial run: the documents read before it are
        # still reported (with the consensus of what was read) before the error
        yield from _scored(held, run, config)
        raise
    yield from _scored(held, run, config)


def _scored(held: list, run: "RunConsensus", config) -> Iterator:
    """The held results with their consensus values and, when weighted, the consensus term in their score."""
    from mtqa.scoring.mqm import quality_score

    for result, entries in held:
        result.consensus = run.values(entries)
        extra = config.consensus_weight * run.penalty(entries)
        if extra:
            result.penalty += extra
            result.score = quality_score(result.penalty, result.words)
            result.passed = result.passed and result.score >= config.threshold
    if held and not any(result.consensus for result, _ in held):
        held[0][0].pair.meta.warn(needs_more(len({r.pair.target.path for r, _ in held})))
    for result, _ in held:
        yield result


def needs_more(given: int) -> str:
    """The sentence a report shows when no segment got a consensus (``given`` systems in the run)."""
    if given < MIN_SYSTEMS:
        return (f"consensus: needs {MIN_SYSTEMS} or more systems translating the same source; with {given} "
                "there is nothing to compare each with, so it is not computed")
    return (f"consensus: no source segment was translated by {MIN_SYSTEMS} or more of the {given} systems "
            "(segments are matched by their source text), so it is not computed")
