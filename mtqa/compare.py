"""Comparing several translations of the same source (``mtqa compare``).

A desk choosing between MT engines, or a shared task ranking submissions,
wants one table: per system, the MQM score, how many issues of which kind
(absolute and per 100 segments, since systems split sentences differently),
and, when a human reference exists, sacrebleu's BLEU/chrF/TER with their
signatures. This module computes that table; :mod:`mtqa.renderers.comparison`
lays it out (text, CSV, JSON or an HTML page), and a reference kept as one
line per record is read by :mod:`mtqa.readers.references`.

Each system is checked with the same :class:`~mtqa.context.Context` and
streamed document by document, so eight 3,000-segment systems need the
memory of one document plus the counters; the consensus column
(:mod:`mtqa.scoring.consensus`: how well each system agrees with the others'
translations of the same source), the segment preference and the cross-system
checks' pool (:class:`~mtqa.checks.cross_system.CrossPool`) keep the run's
aligned segments in SQLite temporary stores, not in memory.
"""
from __future__ import annotations

import math
from array import array
from collections import Counter
from dataclasses import field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Sequence

from mtqa.model import DocumentResult
from mtqa.records import record
from mtqa.scoring.metrics import METRICS, CorpusMetrics
from mtqa.scoring.totals import Totals

SEVERITIES = ("critical", "major", "minor")
RANK_BY = {
    "quality": "the mean document score with the learned quality estimate (rank_quality_weight)",
    "score": "the MQM score (with the consensus term when consensus_weight is above 0)",
    "consensus": "consensus",
    "both": "the mean of each system's place by mean document score and its place by consensus",
}
"""What ``mtqa compare --rank-by`` can order systems by. ``quality`` (the default) ranked the WMT12-14 systems
closest to the human judgements: one model learned on WMT13's human pairwise judgements, held out on WMT12 and
WMT14 (README, Scoring > Quality estimate). ``both`` was the default before it; it needs 3 or more systems."""


@record
class SystemStats(Totals):
    """Totals of one system's run."""

    name: str
    path: str
    documents: int = 0
    passed: int = 0
    segments: int = 0
    words: int = 0
    issues: int = 0
    penalty: float = 0.0
    score_sum: float = 0.0
    by_severity: Counter = field(default_factory=Counter)
    by_category: Counter = field(default_factory=Counter)
    by_code: Counter = field(default_factory=Counter)
    metrics: dict = field(default_factory=dict)
    consensus: Optional[float] = None
    """Mean consensus of the system's segments, on chrF's 0-100 scale (None: fewer than 3 systems)."""
    consensus_segments: int = 0
    """Segments that had a consensus (their source was translated by 3 or more systems)."""
    consensus_penalty: float = 0.0
    """The weighted consensus term added to the penalty for ranking (0 when the weight is 0)."""
    estimate_sum: Optional[float] = None
    """Sum of the document scores with the quality term at ``rank_quality_weight`` (``--rank-by quality``;
    None: not computed, the ranking then uses the document scores as they are)."""
    rank_by: str = "score"
    """What the ranking follows (:data:`RANK_BY`)."""
    consensus_off: bool = False
    """Consensus was turned off (``--no-consensus``): why the consensus column is empty, whatever the systems."""
    consensus_ranked: bool = False
    """Whether ``estimate_sum`` carries the consensus term at ``rank_consensus_weight`` (:func:`consensus_estimate`)."""
    rank: float = 0.0
    """The system's place under ``rank_by`` (1 = best; a mean of two places with ``both``)."""
    read: "DocumentsRead" = field(default_factory=lambda: DocumentsRead())
    """(penalty, words, penalty with the quality term or None, passed) of each document in reading order: what
    the consensus term (:func:`consensus_estimate`) and the cross-system checks' issues (:func:`cross_check`)
    are added to once every system is in. By place, not by document id: documents that share an id (records
    without ``doc`` whose ``id`` repeats) each keep their own."""
    cross: list = field(default_factory=list)
    """The cross-system checks' issues on this system: (document id, :class:`~mtqa.model.Issue`)."""
    compared_segments: Optional[int] = None
    """Source segments this system and at least one other translated (None: no segment preference, i.e. fewer
    than 2 systems or no model for the language pair; :mod:`mtqa.scoring.preference`)."""
    preferred_segments: Optional[int] = None
    """Of those, the ones where its translation has the highest segment value (the preferred system)."""
    preferences: Optional[Sequence] = None
    """The run's source segments with each system's segment value and the preferred one (shared by every
    system of the run: :class:`mtqa.scoring.preference.Groups`, read from the run's store each time it is looped
    over, open until :func:`release`; None as for ``compared_segments``)."""

    def add(self, result: DocumentResult) -> None:
        super().add(result)
        self.segments += len(result.pair.target.segments)
        self.penalty += result.penalty
        self.score_sum += result.score

    @property
    def mean_score(self) -> float:
        """Mean of the document scores (each document counts once, as a reader sees them)."""
        return round(self.score_sum / self.documents, 2) if self.documents else 100.0

    @property
    def score(self) -> float:
        """The MQM score of the whole system output (penalty over all words)."""
        from mtqa.scoring.mqm import quality_score

        return quality_score(self.penalty, self.words)

    @property
    def ranking_score(self) -> float:
        """What the ranking sorts on: with ``--rank-by quality`` the mean document score with the quality term,
        else the MQM score with the consensus term (the MQM score when it is 0)."""
        from mtqa.scoring.mqm import quality_score

        if self.rank_by == "quality":
            return self.mean_estimate
        return quality_score(self.penalty + self.consensus_penalty, self.words) if self.consensus_penalty \
            else self.score

    @property
    def mean_estimate(self) -> float:
        """Mean document score with the quality term the quality ranking uses (the mean score without it)."""
        if self.estimate_sum is None:
            return self.mean_score
        return round(self.estimate_sum / self.documents, 2) if self.documents else 100.0

    @property
    def ranked_apart(self) -> bool:
        """Whether the ranking follows something other than the score columns (the tables then show it)."""
        return bool(self.consensus_penalty) or (self.rank_by == "quality" and self.estimate_sum is not None)

    def per_100(self, count: float) -> float:
        return round(100.0 * count / self.segments, 2) if self.segments else 0.0

    def row(self, categories: Iterable[str]) -> dict:
        """A flat record for tables and CSV."""
        out = {
            "system": self.name,
            "documents": self.documents,
            "passed": self.passed,
            "segments": self.segments,
            "words": self.words,
            "score": self.score,
            "mean_score": self.mean_score,
            "issues": self.issues,
            "issues_per_100": self.per_100(self.issues),
        }
        for s in SEVERITIES:
            out[s] = self.by_severity.get(s, 0)
        for c in categories:
            out[c] = self.by_category.get(c, 0)
            out[f"{c}_per_100"] = self.per_100(self.by_category.get(c, 0))
        for m in METRICS:
            out[m] = self.metrics.get(m)
        # added after the columns earlier versions wrote, so a CSV read by position keeps its meaning
        out.update(consensus=self.consensus, consensus_segments=self.consensus_segments,
                   ranking_score=self.ranking_score, rank=self.rank)
        if self.compared_segments is not None:  # the segment preference, last again, only when computed
            out.update(preferred_segments=self.preferred_segments, compared_segments=self.compared_segments)
        return out


def system_names(paths: list[str]) -> list[str]:
    """Short names: the file names minus the dot-separated parts all of them share.

    ``wmt14.kit.jsonl`` and ``wmt14.onlineA.jsonl`` become ``kit`` and
    ``onlineA``; a single file keeps its stem.
    """
    parts = [Path(p).name.split(".") for p in paths]
    if len(parts) == 1:
        return [Path(paths[0]).stem]
    head = 0
    while all(len(p) > head + 1 for p in parts) and len({p[head] for p in parts}) == 1:
        head += 1
    tail = 0
    while all(len(p) > head + tail + 1 for p in parts) and len({p[-1 - tail] for p in parts}) == 1:
        tail += 1
    names = [".".join(p[head: len(p) - tail]) for p in parts]
    for candidate in (names, [Path(p).name for p in paths]):
        if len(set(candidate)) == len(candidate):
            return candidate
    return list(paths)  # one file name in several folders (a/out.txt, b/out.txt): the paths as given


def evaluate(
    path: str,
    name: str,
    ctx,
    *,
    source: Optional[str] = None,
    reference: Optional[str] = None,
    on_result: Optional[Callable[[DocumentResult], None]] = None,
    estimate: Optional[Callable[[DocumentResult], float]] = None,
) -> SystemStats:
    """Check one system's output and total it (``on_result`` sees each document, e.g. for a report;
    ``estimate`` gives the document penalty whose score the quality ranking sums)."""
    from mtqa.api import run
    from mtqa.readers.references import open_system

    from mtqa.scoring.mqm import quality_score

    pairs = open_system(path, ctx.config, source=source, reference=reference)
    stats = SystemStats(name, path)
    if estimate is not None:
        stats.estimate_sum = 0.0
    corpus = CorpusMetrics()
    for result in run(pairs, ctx):
        stats.add(result)
        ranked_penalty = None
        if estimate is not None:
            ranked_penalty = estimate(result)
            stats.estimate_sum += quality_score(ranked_penalty, result.words)
        stats.read.append(result.penalty, result.words, ranked_penalty, result.passed)
        corpus.add(result)
        if on_result is not None:
            on_result(result)
    stats.metrics = corpus.summary()
    return stats


def compare(paths: list[str], ctx, *, names: Optional[list[str]] = None, source=None, reference=None,
            on_result=None, consensus: bool = True, rank_by: str = "quality") -> list[SystemStats]:
    """Evaluate every system, in the order given; then each one's consensus with the others (``consensus``)."""
    from mtqa.scoring.consensus import RunConsensus

    from mtqa.checks.cross_system import CrossPool

    names = names or system_names(paths)
    run = RunConsensus() if consensus and len(paths) > 1 else None
    cross = CrossPool() if ctx.cross_checks and len(paths) > 1 else None
    prefer = segment_preference(ctx, len(paths))
    by_doc = [ConsensusEntries() for _ in paths]  # per system (by place), each document's consensus entries
    places = [0] * len(paths)  # documents read so far, per system
    utilities = LastUtilities(ctx.segment_cap)  # each document's segment utilities, computed once for both readers

    def seen(k, name, result):
        entries = None
        if run is not None:
            # by place, as the cross pool: a name given twice is still two systems; with the segment preference,
            # each segment's quality utility weighs it as a pseudo-reference of the preference's consensus
            votes = utilities(result) if prefer is not None and _has_body_source(result) else None
            entries = run.add(k, result, votes)
            by_doc[k].append(entries)
        if prefer is not None:
            prefer.add(k, places[k], result, {index: handle for handle, index, _ in entries or ()}, utilities(result))
            places[k] += 1
        if cross is not None:
            cross.add(k, result)  # by place: two systems given the same name stay two systems
        if on_result is not None:
            on_result(name, result)

    try:
        estimate = quality_estimate(ctx, utilities) if rank_by == "quality" else None
        stats = [evaluate(p, n, ctx, source=source, reference=reference,
                          on_result=lambda r, k=k, n=n: seen(k, n, r), estimate=estimate)
                 for k, (p, n) in enumerate(zip(paths, names))]
        if cross is not None:  # first: the consensus term's pseudo-references are weighed by the order with them
            try:
                cross_check(stats, cross, ctx, prefer)
            finally:
                cross.close()  # the translations it held are no longer needed; SQLite deletes its file
        if run is not None and estimate is not None and ctx.config.rank_consensus_weight:
            run.weigh(quality_weights(stats))
            consensus_estimate(stats, run, by_doc, ctx.config.rank_consensus_weight)
        if run is not None:
            agree(stats, run, by_doc, ctx.config.consensus_weight)
        if prefer is not None:
            preferred(stats, prefer, run)
        for s in stats:
            s.consensus_off = not consensus
        place(stats, rank_by)
    except BaseException:
        if cross is not None:
            cross.close()
        if prefer is not None:
            prefer.close()  # its temporary file goes with it: a failed run leaves nothing behind
        raise
    return stats


def _has_body_source(result: DocumentResult) -> bool:
    """Whether a document has source segments its translation is aligned to (a source title alone has none):
    only then do its segments get a consensus, and their utilities are worth computing."""
    return result.pair.source is not None and not result.pair.source_title_only


def release(stats: list[SystemStats]) -> None:
    """Close the run's segment preference store once its reports are written (SQLite deletes its temporary
    file; :class:`mtqa.scoring.preference.RunPreference`). The segment records cannot be read after it."""
    groups = stats[0].preferences if stats else None
    if groups is not None:
        groups.close()


def segment_preference(ctx, systems: int):
    """The segment preference of a run of ``systems`` systems (:mod:`mtqa.scoring.preference`), or None when
    :func:`_preference_model` has none. A bad weights file in a ``$MTQA_DATA`` folder ends the run here, before
    any system is checked."""
    model = _preference_model(ctx, systems)
    if model is None:
        return None
    from mtqa.scoring.preference import RunPreference

    return RunPreference(model, ctx.config.source_lang, ctx.config.target_lang, ctx.config.weights,
                         ctx.segment_cap)


def _preference_model(ctx, systems: int):
    """The segment preference weights a run of ``systems`` systems values its segments with, or None: with
    fewer than 2 systems there is nothing to prefer, ``compare_segments = false`` turns it off, and a pair
    without shipped weights has no model. Nor does a pair without a quality model (``score/<src>-<tgt>.toml``,
    e.g. a ``$MTQA_DATA`` folder giving a new pair preference weights only): every value reads a segment's
    quality utility, so no segment could be valued, and a report of 0 preferred of 0 compared segments would
    read as a run in which no system translated a sentence the others did. Read by the run and by its
    signature (:func:`segment_signature`), which must not open a store to learn this."""
    if systems < 2 or not ctx.config.compare_segments:
        return None
    from mtqa.scoring.preference import preference_model
    from mtqa.scoring.quality import quality_model

    model = preference_model(ctx.config.source_lang, ctx.config.target_lang)
    if model is None or quality_model(ctx.config.source_lang, ctx.config.target_lang) is None:
        return None
    return model


def consensus_signature(consensus: bool, systems: int) -> str:
    """The run signature's part for ``--no-consensus``: ``|no-consensus`` when it turned off the consensus of a run
    of two or more systems, else nothing. Why: without consensus the order's consensus term and the segment values'
    consensus feature are left out (the values then come from the weights without consensus), so such a report's
    ``ranking_score`` and segment values differ from a default run's, and its signature must too."""
    return "|no-consensus" if not consensus and systems > 1 else ""


def segment_signature(ctx, systems: int) -> str:
    """The run signature's part for the segment preference: ``|segments:off`` when none is computed (one system,
    ``compare_segments = false``), ``|segments:none`` for a pair without its weights or quality model, else a
    digest of what a segment value reads, the preference weights, the quality model, as read, and the segment cap
    (D900's ``max_chars``: the values read the capped text): a ``$MTQA_DATA``
    copy that changes a number of either has its own, one that only leaves keys out (they are mtqa's) has mtqa's.
    So two reports whose per-segment values differ by configuration or weights are told apart by their
    signatures, and two whose values are the same are not told apart by the bytes of a file."""
    import hashlib

    if systems < 2 or not ctx.config.compare_segments:
        return "|segments:off"
    model = _preference_model(ctx, systems)
    if model is None:
        return "|segments:none"
    from mtqa.scoring.quality import quality_model

    from mtqa.scoring.quality import data_files
    from mtqa.userdata import content_digest

    quality = quality_model(ctx.config.source_lang, ctx.config.target_lang)
    # the segment cap (D900's max_chars) too: the values read the capped text, so a cap changes them; and the
    # bytes of the data files the quality features read (by name, not place: a copy elsewhere reads alike)
    tables = tuple((f.name, content_digest(f)) for f in data_files(ctx.config.source_lang, ctx.config.target_lang))
    read = (model.weights, quality.weights, quality.scales, quality.length_centre, quality.floor, quality.spread,
            quality.per_utility, ctx.segment_cap, tables)
    return f"|segments:{hashlib.blake2b(repr(read).encode(), digest_size=4).hexdigest()}"


def preferred(stats: list[SystemStats], prefer, run) -> None:
    """Each source segment's values and preferred system, and per system how many it was preferred on.

    Reported beside the order, never in it: no score, place or verdict reads them (README, Compare)."""
    groups = prefer.compute(run)
    for s in stats:
        s.preferences, s.compared_segments, s.preferred_segments = groups, 0, 0
    for group in groups:
        for e in group.entries:
            stats[e.system].compared_segments += 1
        if group.preferred is not None:
            stats[group.preferred].preferred_segments += 1


def quality_weights(stats: list[SystemStats]) -> dict[int, float]:
    """Each system's weight (by its place in ``stats``) as a pseudo-reference of the ranking's consensus term:
    from its place in the quality order before that term (the quality term and the cross-system checks'
    issues; :func:`mtqa.scoring.consensus.rank_weights` says why)."""
    from mtqa.scoring.consensus import rank_weights

    order = sorted(range(len(stats)), key=lambda k: _quality_key(stats[k]))
    return rank_weights(order)


def consensus_estimate(stats: list[SystemStats], run, by_doc: Sequence["ConsensusEntries"], weight: float) -> None:
    """Add the consensus term at ``rank_consensus_weight`` to the document scores ``--rank-by quality`` averages.

    Why: the quality estimate decides nearly every pair of translations of one sentence but only 58-61 % of the
    human judgements right; agreement with the other systems' translations of the same source (consensus) is
    the better judge of a pair, the worse one of a whole system (systems built alike agree). A small weight
    lifts the pairs and leaves the order of systems where the quality term put it (README, Scoring >
    Consensus). Segments whose source fewer than 3 systems translated add nothing; the reported scores and
    pass/fail do not change. Its pseudo-references are weighed by their system's place in the order before the
    term (:func:`quality_weights`, set on ``run`` before), so agreeing with the systems ranked low counts less and a
    good system unlike the rest is not outvoted by a family of alike ones. ``by_doc`` holds, per system (by its
    place in ``stats``), the consensus entries of
    each document in reading order (``SystemStats.read``'s order), so documents sharing an id each get their own
    term."""
    from mtqa.scoring.mqm import quality_score

    for s, documents in zip(stats, by_doc):
        for at, found in enumerate(documents):
            _, words, ranked_penalty, _ = s.read[at]
            if ranked_penalty is None:
                continue
            s.consensus_ranked = s.consensus_ranked or any(v is not None for v in run.each(found))
            extra = weight * run.ranked_penalty(found)
            if extra:
                s.estimate_sum += quality_score(ranked_penalty + extra, words) - quality_score(ranked_penalty, words)
                s.read.add_ranked(at, extra)


def cross_check(stats: list[SystemStats], pool, ctx, prefer=None) -> None:
    """Run the cross-system checks (:mod:`mtqa.checks.cross_system`) on every source several systems translated;
    each issue counts in its system's totals, penalty and document scores like any other issue (and in its
    segment's penalty for the segment preference, ``prefer``). ``pool`` holds each system under its place in
    ``stats``."""
    from mtqa.checks.cross_system import cross_issues
    from mtqa.scoring.mqm import quality_score

    extra: dict[tuple[int, int], float] = Counter()  # (system, document's place) -> penalty added
    gate = ctx.config.fail_on
    failing: set[tuple[int, int]] = set()  # documents with an issue at or above fail_on, which fails them
    places: dict[int, list[int]] = {k: [] for k in range(len(stats))}  # each s.cross issue's document place
    for system, doc, at, issue in cross_issues(pool, ctx.cross_checks, ctx.config.source_lang,
                                               ctx.config.target_lang, (ctx.source.name, ctx.target.name),
                                               ctx.config.severity):
        s = stats[system]
        s.cross.append((doc, issue))
        places[system].append(at)
        s.count(issue)
        weight = ctx.config.weights[issue.severity.value]
        s.penalty += weight
        extra[system, at] += weight
        if prefer is not None:
            prefer.add_issue(system, at, issue.segment, weight)
        if gate is not None and issue.severity.rank >= gate.rank:
            failing.add((system, at))
    for k, s in enumerate(stats):  # as each document reads, not as the first system given met the sources
        order = sorted(range(len(s.cross)), key=lambda i: (places[k][i], s.cross[i][1].segment,
                                                           s.cross[i][1].seg_start))
        s.cross = [s.cross[i] for i in order]
    for (system, at), added in extra.items():
        s = stats[system]
        penalty, words, ranked_penalty, passed = s.read[at]
        before, after = quality_score(penalty, words), quality_score(penalty + added, words)
        s.score_sum += after - before
        if ranked_penalty is not None:
            s.estimate_sum += quality_score(ranked_penalty + added, words) - quality_score(ranked_penalty, words)
            s.read.add_ranked(at, added)  # a later term (consensus) then scores from the penalty with them
        if passed and (after < ctx.config.threshold or (system, at) in failing):
            s.passed -= 1


def place(stats: list[SystemStats], rank_by: str = "score") -> None:
    """Give each system its place under ``rank_by`` (for ``consensus`` and ``both``: the score's order when no
    system has a consensus)."""
    if rank_by not in RANK_BY:
        raise ValueError(f"rank_by: {rank_by!r} is not one of {', '.join(RANK_BY)}")
    if rank_by in ("consensus", "both") and not any(s.consensus_segments for s in stats):
        rank_by = "score"
    for s in stats:
        s.rank_by = rank_by
    by_quality = {id(s): k for k, s in enumerate(sorted(stats, key=_quality_key), 1)}
    by_score = {id(s): k for k, s in enumerate(sorted(stats, key=_score_key), 1)}
    by_consensus = {id(s): k for k, s in enumerate(sorted(stats, key=_consensus_key), 1)}
    by_documents = {id(s): k for k, s in enumerate(sorted(stats, key=lambda s: (-s.mean_score, _score_key(s))), 1)}
    for s in stats:
        s.rank = {"quality": by_quality[id(s)], "score": by_score[id(s)], "consensus": by_consensus[id(s)],
                  "both": (by_documents[id(s)] + by_consensus[id(s)]) / 2}[rank_by]


class LastUtilities:
    """The segment utilities (:func:`mtqa.scoring.quality.segment_utilities`) of the capped pair of the document
    read last. The ranking's quality term and the segment preference both read them for each document, one right
    after the other; the features behind them are the costly part, so they are computed once (one document held)."""

    def __init__(self, cap: Optional[int]):
        self.cap = cap
        self.result: Optional[DocumentResult] = None
        self.values: dict[int, float] = {}

    def __call__(self, result: DocumentResult) -> dict[int, float]:
        if result is not self.result:
            from mtqa.checks.length_cap import capped
            from mtqa.scoring.quality import segment_utilities

            # the run's own, when its score computed them (the tie-breaker): the same capped pair
            self.result, self.values = result, result.utilities or segment_utilities(capped(result.pair, self.cap))
        return self.values


def quality_estimate(ctx, utilities: Optional[LastUtilities] = None) -> Optional[Callable[[DocumentResult], float]]:
    """The document penalty whose score ``--rank-by quality`` averages: the penalty with the learned quality term
    (:mod:`mtqa.scoring.quality`) at ``rank_quality_weight`` (``utilities``: a memo shared with another reader of
    the segment utilities).

    None when that weight is 0, or when ``quality_weight`` is above 0 (the documents' own scores then already
    carry the term at the user's weight): the ranking then follows the mean document score as it is."""
    weight = ctx.config.rank_quality_weight
    if not weight or ctx.config.quality_weight:
        return None
    from mtqa.checks.length_cap import capped
    from mtqa.scoring.quality import quality_penalty

    def estimate(result: DocumentResult) -> float:
        term = quality_penalty(capped(result.pair, ctx.segment_cap), weight,
                               utilities(result) if utilities is not None else None) if result.words else 0.0
        return result.penalty + term

    return estimate


def _score_key(s: SystemStats) -> tuple:
    return (-s.ranking_score, s.per_100(s.issues), -(s.consensus if s.consensus is not None else -1.0), s.name)


def _quality_key(s: SystemStats) -> tuple:
    """The ``--rank-by quality`` order, best first: also the order that weighs the consensus term's
    pseudo-references (:func:`quality_weights`), so the two cannot drift apart."""
    return (-s.mean_estimate, _score_key(s))


def _consensus_key(s: SystemStats) -> tuple:
    return (-(s.consensus if s.consensus is not None else -1.0), -s.ranking_score, s.name)


def agree(stats: list[SystemStats], run, by_doc: Sequence["ConsensusEntries"], weight: float) -> None:
    """Fill each system's consensus (mean over its segments, 0-100) and its weighted consensus term (``by_doc``:
    each system's consensus entries, by its place in ``stats``)."""
    from mtqa.scoring.consensus import system_means

    for s, entries in zip(stats, by_doc):
        mean, count = system_means(run.each(entries.every()))
        s.consensus = None if mean is None else round(100 * mean, 2)
        s.consensus_segments = count
        s.consensus_penalty = weight * run.penalty(entries.every()) if weight and count else 0.0


class DocumentsRead:
    """What each document of one system leaves for the steps that wait until every system is in (the consensus
    term, the cross-system issues): its penalty, words, penalty with the quality term (or None) and whether it
    passed, by its place in the system's reading order.

    Why arrays: a list of four Python objects per document was some 170 bytes a document, all held to the end of
    the run; a document of one record (a .jsonl without ``doc``) is one segment, so that grew with the corpus.
    Four flat arrays hold 25 bytes a document; a float goes in and comes out the same number."""

    __slots__ = ("penalties", "words", "ranked", "passed")

    def __init__(self):
        self.penalties = array("d")
        self.words = array("q")
        self.ranked = array("d")  # NaN: no quality term (None)
        self.passed = array("b")

    def append(self, penalty: float, words: int, ranked_penalty: Optional[float], passed: bool) -> None:
        self.penalties.append(penalty)
        self.words.append(words)
        self.ranked.append(math.nan if ranked_penalty is None else ranked_penalty)
        self.passed.append(passed)

    def __len__(self) -> int:
        return len(self.penalties)

    def __getitem__(self, at: int) -> tuple[float, int, Optional[float], bool]:
        ranked = self.ranked[at]
        return self.penalties[at], self.words[at], None if ranked != ranked else ranked, bool(self.passed[at])

    def __iter__(self) -> Iterator[tuple[float, int, Optional[float], bool]]:
        return (self[at] for at in range(len(self)))

    def add_ranked(self, at: int, extra: float) -> None:
        """Add ``extra`` to the penalty with the quality term of the document at ``at`` (it has one)."""
        self.ranked[at] += extra


class ConsensusEntries:
    """The consensus entries (:meth:`mtqa.scoring.consensus.RunConsensus.add`: handle, segment index, words) of
    each document of one system, in reading order, kept until every system is in.

    Why arrays: as a list of tuples they were some 100 bytes a segment, all held to the end of the run; as three
    flat arrays and each document's first entry, 24 bytes a segment and 8 a document (beside the pool's two
    floats per handle). A document's entries come back as the tuples that went in, one document at a time."""

    __slots__ = ("handles", "indexes", "words", "starts")

    def __init__(self):
        self.handles = array("q")
        self.indexes = array("q")
        self.words = array("q")
        self.starts = array("q")  # each document's first entry

    def append(self, entries: Iterable[tuple[int, int, int]]) -> None:
        """One more document's entries."""
        self.starts.append(len(self.handles))
        for handle, index, words in entries:
            self.handles.append(handle)
            self.indexes.append(index)
            self.words.append(words)

    def __len__(self) -> int:
        return len(self.starts)

    def document(self, at: int) -> list[tuple[int, int, int]]:
        """The entries of the document at ``at``."""
        start = self.starts[at]
        end = self.starts[at + 1] if at + 1 < len(self.starts) else len(self.handles)
        return list(zip(self.handles[start:end], self.indexes[start:end], self.words[start:end]))

    def __iter__(self) -> Iterator[list[tuple[int, int, int]]]:
        return (self.document(at) for at in range(len(self)))

    def every(self) -> Iterator[tuple[int, int, int]]:
        """Every entry of every document, in order, one at a time."""
        return zip(self.handles, self.indexes, self.words)


def cross_records(s: SystemStats) -> Iterator[dict]:
    """The cross-system issues of one system as report records, made one at a time: the document id, then the
    issue's JSON fields. One at a time because the JSON report writes each as it is made
    (:func:`mtqa.renderers.comparison.write_json`), never holding every record of a run at once."""
    return ({"doc": doc, **issue.to_dict()} for doc, issue in s.cross)


def categories(stats: list[SystemStats]) -> list[str]:
    """Categories seen in any system, most frequent first."""
    total = Counter()
    for s in stats:
        total.update(s.by_category)
    return [c for c, _ in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))]


def ranked(stats: list[SystemStats]) -> list[SystemStats]:
    """Best first, by the place :func:`place` gave (ties: the score's order).

    The score's order: higher ranking score (the MQM score, with the consensus
    term when weighted), then fewer issues per segment, then higher consensus,
    then name."""
    return sorted(stats, key=lambda s: (s.rank, _score_key(s)))


def ranking(stats: list[SystemStats]) -> str:
    """What the order of the table follows, in words."""
    rank_by = stats[0].rank_by if stats else "score"
    if rank_by == "score":
        return "MQM score over all words" + (", with the consensus term" if any(s.consensus_penalty for s in stats)
                                             else "")
    return _rank_words(stats, rank_by)


def _rank_words(stats: list[SystemStats], rank_by: str) -> str:
    """:data:`RANK_BY`'s words for ``rank_by``; ``quality`` without an estimate (``rank_quality_weight`` 0, or
    ``quality_weight`` above 0) follows the mean document score as it is, and says so."""
    if rank_by == "quality" and not any(s.estimate_sum is not None for s in stats):
        return "the mean document score"
    if rank_by == "quality" and any(s.consensus_ranked for s in stats):
        return RANK_BY[rank_by] + " and the consensus term (rank_consensus_weight)"
    return RANK_BY[rank_by]


def consensus_note(stats: list[SystemStats]) -> str:
    """One line for the reports: what the consensus column holds, or why it is empty."""
    from mtqa.scoring.consensus import needs_more

    rank_by = stats[0].rank_by if stats else "score"
    if not any(s.consensus_segments for s in stats):
        why = ("consensus: turned off (--no-consensus), so it is not computed" if stats and stats[0].consensus_off
               else needs_more(len(stats)))
        return why + (f"; ranked by {_rank_words(stats, rank_by)}" if rank_by == "quality" else "")
    if rank_by != "score":
        ranking = f"ranked by {_rank_words(stats, rank_by)}"
    elif any(s.consensus_penalty for s in stats):
        ranking = "ranked by the MQM score with the consensus term (its weight: consensus in the signature)"
    else:
        ranking = "ranked by the MQM score; consensus breaks ties"
    return ("consensus = mean chrF of each segment against the other systems' translations of the same "
            f"source (matched by source text); {ranking}")
