"""The library entry points the CLI (and any script) calls.

``check_pair`` aligns one document pair, runs the selected checks, applies
suppressions and scores the result. ``run`` does that over a stream of pairs
and yields results as they come, so memory holds one document at a time.
"""
from __future__ import annotations

import collections
from typing import Iterable, Iterator, Optional

from mtqa.checks.length_cap import capped
from mtqa.collector import fewer_collections
from mtqa.context import Context
from mtqa.errors import InputError
from mtqa.model import DocumentPair, DocumentResult, Issue, Severity
from mtqa.scoring.mqm import combined_penalty, penalty, quality_score


def align(pair: DocumentPair) -> None:
    """Fill ``pair.links`` when the reader did not pre-align the pair."""
    if pair.source is None or pair.links or pair.meta.prealigned:
        return
    from mtqa.align import align_documents, align_title
    from mtqa.langs import language_pair

    if pair.source_title_only:
        pair.links = align_title(pair.source.segments[0], pair.target,
                                 length=language_pair(pair.source.lang, pair.target.lang).length)
        return
    pair.links = align_documents(pair.source, pair.target)
    if not any(link.source and link.target for link in pair.links):
        # one unusable pair must not end a multi-document run: it is checked
        # without its source, and fails (see check_pair)
        pair.meta.warn(f"{pair.source.path or pair.id}: the source aligns with nothing in the target; "
                       "checked without a source and failed")
        pair.meta.set(UNALIGNED, True)
        pair.source = None
        pair.links = []


READ_AHEAD = 64
"""Segments of a document checked together: their first readings (:attr:`~mtqa.checks.base.Check.first_readings`)
are made first, then each segment check (each entry of :attr:`~mtqa.context.CheckPlan.segments`) is called on
all of them before the next check. Far below the sizes of the caches those readings fill (2,048 texts or
more, of which a full one keeps its newest 1,536), so a reading made ahead is still held when its check
asks it, however long the document; WMT's news documents (17 segments on average, 91 at most) are read
ahead and checked whole.

Why a check over the window, not every check on one segment then the next: some thirty checks a segment, each
with its own code, patterns and tables, replaced each other in the processor's caches at every segment; a
check called on a window's segments in a row finds them at hand. Each segment's issues are then put together in
the checks' order, so the run finds what checking one segment at a time found, in the same order (the checks
are pure functions of the segment, its sources and the run's languages; their caches change no answer). On
WMT14's 24,024 pairs (``mtqa check --format jsonl``, stop 58) the whole run's CPU was 0.94x that of one segment
at a time (6 paired runs, 0.91-0.99), the report byte-identical."""

UNALIGNED = "unaligned"
"""``pair.meta`` fact: the source given aligns with nothing in the target, so the document fails."""


def check_pair(pair: DocumentPair, ctx: Context) -> DocumentResult:
    """Check one document pair and score it."""
    if pair.meta.missing:  # a source item with no translation: nothing to check, and a failure
        return DocumentResult(pair, [], 0.0, 0, 0.0, False)
    align(pair)
    ctx.new_document()
    found: list[Issue] = []
    has_source = pair.source is not None
    view = capped(pair, ctx.segment_cap)  # checks read at most ctx.segment_cap characters of a segment
    plan = ctx.plan
    segment = check = None
    segments = view.target.segments
    readings = plan.readings
    try:
        for first in range(0, len(segments), READ_AHEAD):
            window = [(seg, view.sources_of(seg.index) if has_source else [])
                      for seg in segments[first:first + READ_AHEAD]]
            for check, needs_source in readings:  # each reading for the window's segments together
                for segment, sources in window:
                    if sources or not needs_source:
                        check(segment.text, ctx)
            found_in = [[] for _ in window]  # each segment's issues, in the checks' order
            for screen, checks, needs_source in plan.segments:  # each check over the window's segments together
                for k, (segment, sources) in enumerate(window):
                    if (sources or not needs_source) and (screen is None or screen(segment.text)):
                        into = found_in[k].extend  # one answer of the screen for the checks that share it
                        for check in checks:
                            into(check(segment, sources, ctx))
            for issues in found_in:  # in the segments' order, as one segment checked at a time gave them
                found.extend(issues)
        segment = None
        for check in plan.documents if has_source else plan.documents_without_source:
            found.extend(check(view, ctx))
    except RecursionError as exc:
        raise _too_deep(pair, segment, check, _deepest_text(view, exc.__traceback__)) from None
    issues, hidden = _finalise(found, pair, ctx)
    words = pair.target.words
    adequacy = segment_adequacy(view, ctx.config.adequacy_weight) if has_source else {}  # the capped text, as the checks
    extra = adequacy_penalty(pair, adequacy, ctx.config)
    utilities: dict[int, float] = {}
    if has_source and (ctx.config.quality_weight or ctx.config.tie_break_weight):
        from mtqa.scoring.quality import segment_utilities

        utilities = segment_utilities(view)
    if has_source and ctx.config.quality_weight:
        from mtqa.scoring.quality import quality_penalty

        extra += quality_penalty(view, ctx.config.quality_weight, utilities)
    total, score, passed = verdict(issues, words, ctx.config, extra)
    tied = tie_break(view, ctx.config, utilities) if has_source else 0.0
    total += tied
    passed = passed and not pair.meta.facts.get(UNALIGNED)
    result = DocumentResult(pair, issues, total, words, score, passed, suppressed=len(hidden),
                            suppressed_issues=hidden, adequacy=adequacy, utilities=utilities,
                            tie_break=tied)
    if pair.reference is not None:  # hook: sacrebleu metrics when a human reference exists
        from mtqa.scoring.metrics import scored_document

        result.metrics, result.metric_stats = scored_document(pair)
    return result


STOPPED = "the run stops there with no complete report (a report file (-o) is left as it was)"
"""How a run a check ended says what became of its report: "no report is written" was untrue of
``--format jsonl`` on standard output, which has already streamed the documents checked before."""


def _too_deep(pair: DocumentPair, segment, check, found: Optional[tuple] = None) -> InputError:
    """The error for a check that met a RecursionError: one line naming the file, the segment's line and
    the check, exit 2 in every mode. It said "internal error: RecursionError" and named nothing, so a user
    could not tell which of a million segments to look at (a hostile segment is input, as a bad row is).
    ``found``: the (document, segment) whose text the recursion was reading (:func:`_deepest_text`), which
    may be a source sentence, in the source file; else the segment being checked, in the target file."""
    code = getattr(getattr(check, "__self__", check), "code", "") or getattr(check, "__qualname__", "a check")
    doc = pair.target
    if found is not None:
        doc, segment = found
    if doc is not pair.target and doc.path is None:  # a source title (--source-title, NAME.fr-title.txt): no
        # file of its own, and its line 1 is no line of the target's file
        return InputError(f"check {code} could not read the source title of document {pair.id!r}: it nests "
                          f"deeper than Python's recursion limit (RecursionError); {STOPPED}",
                          pair.target.path or pair.id)
    where = "this segment" if segment is not None else f"document {pair.id!r}"
    side = " of the source" if doc is not pair.target else ""
    return InputError(f"check {code} could not read {where}{side}: it nests deeper than Python's recursion limit "
                      f"(RecursionError); {STOPPED}",
                      (doc.path if doc is not None else None) or pair.target.path or pair.id,
                      segment.line if segment is not None else None)


def _deepest_text(view: DocumentPair, tb) -> Optional[tuple]:
    """The (document, segment) of ``view`` whose text the innermost frame of the recursion in the traceback
    ``tb`` holds (a recursive reader's ``text`` argument), or None. Why: the check was given the target segment
    and its sources, and the text too deep to read may be either; naming the target's file and line for a
    source sentence sent the user to a line with nothing wrong on it.

    Only the frames of the recursion are read (functions met more than once in ``tb``): the frames around it
    hold texts they are not recursing on (a check that read the source sentence before recursing on the
    target's characters; ``check_pair``'s last target text during a document check), and naming one of those
    would be a guess. When the recursion holds no whole text, the caller names what it was checking."""
    texts: dict[str, tuple] = {}
    for doc in (view.source, view.target):  # the target last: its own text wins when both sides are equal
        for seg in doc.segments if doc is not None else ():
            texts[seg.text] = (doc, seg)
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    calls = collections.Counter(frame.f_code for frame in frames)
    for frame in reversed(frames):
        if calls[frame.f_code] < 2:
            continue
        for value in frame.f_locals.values():
            if type(value) is str and value in texts:
                return texts[value]
    return None


def run(pairs: Iterable[DocumentPair], ctx: Context) -> Iterator[DocumentResult]:
    """Check a stream of pairs, yielding one result per document."""
    with fewer_collections():
        for pair in pairs:
            yield checked(pair, ctx)


def checked(pair: DocumentPair, ctx: Context) -> DocumentResult:
    """:func:`check_pair` as a run calls it, serial or on workers (:func:`mtqa.distributed.check_batch`).

    A check that raises SystemExit (a plug-in's ``sys.exit``) would end a serial run with its exit code,
    0 included, and no report, and kill a worker or hang a Dask task: it ends the run in every mode with
    one :class:`~mtqa.errors.RunFailure` naming the document. (KeyboardInterrupt stays what it is: Ctrl-C
    in a serial run; a worker hands it to the parent, which stops as on Ctrl-C.)"""
    try:
        return check_pair(pair, ctx)
    except SystemExit as exc:
        from mtqa.errors import RunFailure

        raise RunFailure(f"checking document {pair.id!r} raised SystemExit({exc.code!r}) (a check called sys.exit): "
                         f"{STOPPED}") from None


def check_texts(
    target: str,
    *,
    source: Optional[str] = None,
    title: Optional[str] = None,
    ctx: Optional[Context] = None,
    doc_id: str = "<text>",
) -> DocumentResult:
    """Check texts held in memory (plain-text conventions: headline, paragraphs).

    A source that is not in the source language (a German original, the English itself) is no defect of the
    translation but makes every comparison with it meaningless, so it is reported as the CLI reports it:
    once on the result (``result.pair.meta.warnings``, what a report's ``meta`` shows) and once to the
    caller, as a :class:`~mtqa.source_language.SourceLanguageWarning` through :mod:`warnings` (the CLI's
    line on standard error), which a caller can filter or turn into an error."""
    import warnings

    from mtqa.readers import attach_title
    from mtqa.readers.text import parse_text
    from mtqa.source_language import SourceLanguageWarning, source_warning

    ctx = ctx or Context()
    conf = ctx.config
    pair = DocumentPair(
        id=doc_id,
        target=parse_text(target, doc_id=doc_id, path=None, lang=conf.target_lang),
        source=parse_text(source, doc_id=doc_id, path=None, lang=conf.source_lang) if source else None,
    )
    if title:
        attach_title(pair, title, conf.source_lang)
    warning = source_warning(pair)
    if warning is not None:
        pair.meta.warn(warning)
        warnings.warn(warning, SourceLanguageWarning, stacklevel=2)
    return check_pair(pair, ctx)


def segment_adequacy(pair: DocumentPair, weight: float) -> dict[int, float]:
    """Adequacy estimate of each target segment with an aligned source (see :mod:`mtqa.meaning`).

    The word aligner costs about half a run's CPU, so it runs for the score only when the
    adequacy weight is above 0; with weight 0 the estimate is reported only if a (preview)
    meaning check already aligned the document, and is otherwise left out.
    """
    if pair.source_title_only:
        return {}
    from mtqa.meaning.align import align_segments, cached_alignments

    alignments = align_segments(pair) if weight else cached_alignments(pair)
    return {i: wa.adequacy for i, wa in (alignments or {}).items() if wa.adequacy is not None}


def adequacy_penalty(pair: DocumentPair, adequacy: dict[int, float], config) -> float:
    """The adequacy term of the document's penalty (0 when the weight is 0)."""
    weight = getattr(config, "adequacy_weight", 0.0)
    if not weight or not adequacy:
        return 0.0
    segments = pair.target.segments
    return sum(combined_penalty(0.0, a, segments[i].words, weight) for i, a in adequacy.items())


def tie_break(pair: DocumentPair, config, utilities: Optional[dict[int, float]] = None) -> float:
    """The tie-breaker of the document's penalty: the learned quality term at ``tie_break_weight``.

    It is added to the penalty only, after the score and the verdict are formed: at its weight it orders the
    translations that the MQM penalty ties (no issue, or the same issues) and never outweighs an issue, but even
    a shift far below 0.01 of the score could round a 95.00 to 94.99 and fail a document, so the score and
    pass/fail stay those of the terms before it. 0 with ``quality_weight`` above 0 (that term is then counted in
    full) or ``tie_break_weight`` 0 (the penalty of the issues alone, as before it existed)."""
    weight = config.tie_break_weight
    if not weight or config.quality_weight:
        return 0.0
    from mtqa.scoring.quality import quality_penalty

    return quality_penalty(pair, weight, utilities)


def verdict(issues: list[Issue], words: int, config, extra: float = 0.0) -> tuple[float, float, bool]:
    """(penalty, score, passed) of a document's issues under ``config`` (also used by baselines).

    ``extra`` is penalty from outside the issues (the adequacy and quality terms).
    """
    total = penalty(issues, config.weights) + extra
    score = quality_score(total, words)
    return total, score, score >= config.threshold and not _at_or_above(issues, config.fail_on)


def _at_or_above(issues: list[Issue], level: Optional[Severity]) -> bool:
    return level is not None and any(i.severity.rank >= level.rank for i in issues)


def _finalise(found: list[Issue], pair: DocumentPair, ctx: Context) -> tuple[list[Issue], list[tuple[str, Issue]]]:
    """Apply suppressions and severity overrides; order issues by position.

    Returns the issues kept and the suppressed ones with the reason (the HTML
    report lets a reviewer see what was not counted)."""
    from mtqa.checks.precedence import HEAD, OVERLAP, SEGMENT, winners
    from mtqa.checks.registry import is_selected

    ignore = pair.meta.ignore
    by_segment: dict[int, set[str]] = {}
    spans: dict[tuple[int, str], list[tuple[int, int]]] = {}
    for issue in found:
        by_segment.setdefault(issue.segment, set()).add(issue.code)
        spans.setdefault((issue.segment, issue.code), []).append((issue.seg_start, issue.seg_end))
    kept: list[Issue] = []
    hidden: list[tuple[str, Issue]] = []
    overrides = ctx.config.severity
    for issue in found:
        if ignore and not is_selected(issue.code, (), ignore):
            hidden.append((f"ignore={','.join(ignore)} on this item", issue))
            continue
        by = sorted(winners(issue.code, SEGMENT) & by_segment[issue.segment])
        by += sorted(code for code in winners(issue.code, OVERLAP) & by_segment[issue.segment]
                     if any(s < issue.seg_end and issue.seg_start < e for s, e in spans[issue.segment, code]))
        by += sorted(code for code in winners(issue.code, HEAD) & by_segment[issue.segment]
                     if any(s <= issue.seg_start < e for s, e in spans[issue.segment, code]))
        if by:
            hidden.append((f"{', '.join(by)} reports this sentence", issue))
            continue
        if issue.code in overrides:
            issue = _with_severity(issue, overrides[issue.code])
        kept.append(_placed(issue, pair))
    kept.sort(key=lambda i: (i.line, i.start, i.code))
    return _dedupe(kept), hidden


def _placed(issue: Issue, pair: DocumentPair) -> Issue:
    """Place the end of a span through the segment's own offset map, when it has one.

    Readers of markup (feeds: entities, tags, CDATA) give segments a
    ``locate_end`` because text offsets and file columns do not move
    together there; a span that runs onto another line ends at its line's end.
    """
    if issue.side != "target" or issue.segment >= len(pair.target.segments):
        return issue
    return placed_in(issue, pair.target.segments[issue.segment], lambda n: pair.target.lines.get(n, ""))


def placed_in(issue: Issue, seg, line_text) -> Issue:
    """:func:`_placed` for an issue of the segment ``seg``, ``line_text(n)`` giving the input's line ``n``
    (the document's lines, or the segment's own line table when the document is not at hand: the
    cross-system checks of ``mtqa compare`` keep the segments, not the documents)."""
    locate_end = getattr(seg, "locate_end", None)
    if locate_end is None:
        return issue
    line, end = locate_end(issue.seg_end) if issue.seg_end > issue.seg_start else (issue.line, issue.start)
    if line != issue.line:
        end = len(line_text(issue.line))
    from dataclasses import replace

    return replace(issue, end=max(end, issue.start))


def _with_severity(issue: Issue, severity: Severity) -> Issue:
    from dataclasses import replace

    return replace(issue, severity=severity)


def _dedupe(issues: list[Issue]) -> list[Issue]:
    seen = set()
    out = []
    for i in issues:
        key = (i.code, i.line, i.start, i.end)
        if key not in seen:
            seen.add(key)
            out.append(i)
    return out
