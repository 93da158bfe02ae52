"""What a check is: a small class with static metadata and a ``check`` method.

Metadata (code, name, MQM category, default severity) are class variables so
they exist before anything runs and can be listed, documented and exported
to SARIF. Options are dataclass fields, so configuration can set them by
keyword and unknown keys are refused. Every check module decorates its checks
with :func:`mtqa.records.record`, a dataclass without the compiled methods a
check does not need (a check without options of its own is not decorated again). The docstring is the user
documentation, and its ``Example:`` block is executed by the test suite.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, ClassVar, Iterable, Optional

from mtqa.model import DocumentPair, Issue, Segment, Severity
from mtqa.records import record

if TYPE_CHECKING:  # pragma: no cover
    from mtqa.context import Context


@record
class Check:
    """Base of every check; subclass :class:`SegmentCheck` or :class:`DocumentCheck`."""

    __record_built_once__ = True
    """A check is built once a run (and once a worker): :func:`mtqa.records.record` gives it the shared
    ``__init__`` instead of compiling one for each check that declares options (start-up, issue 14)."""

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    category: ClassVar[str] = ""
    subcategory: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.MINOR
    scope: ClassVar[str] = ""
    requires_source: ClassVar[bool] = False
    """True when the check compares with the source and is skipped without one."""
    requires_dictionary: ClassVar[bool] = False
    """True when the check needs the target language's Hunspell dictionaries and is silent without them."""
    cross_system: ClassVar[bool] = False
    """True when the check judges a translation against other systems' translations of the same source: it
    runs only in ``mtqa compare`` (:mod:`mtqa.checks.cross_system`), never in a single-translation run."""
    preview: ClassVar[bool] = False
    """True while the check has not met its measured targets: it runs only with ``--preview`` (``preview = true``)
    or when selected by its exact code, never through a prefix or the default selection."""

    first_readings: ClassVar[tuple[Callable[[str, "Context"], object], ...]] = ()
    """Readings of one translation's text (``reading(text, ctx)``) that the check is the first to ask of every
    segment it is called on: each a pure function of the text (and the run's languages), memoised per text by
    the run's caches. The run makes them for the next segments of a document together, before checking those
    segments (:data:`mtqa.api.READ_AHEAD`), so that the check then finds them made. A reading of the source
    side, or one a check asks only of some segments, is not declared here: read ahead, it would be made for
    segments that never ask it.

    Why: most of a run's time is the first reading of each new translation and word (the split, the word
    votes, the word facts, the name mentions), made one segment at a time between thirty checks that each
    fill the processor's caches with their own code and tables; made in one loop over a few segments, the
    same reading finds its code and tables at hand. The answers do not change, only when they are made."""

    def runs(self, config) -> bool:
        """Whether the check can report anything in a run with ``config``; a check that cannot (a glossary
        check with no glossary) is not called for every segment (:class:`~mtqa.context.Context`)."""
        return True

    def issue(
        self,
        segment: Segment,
        start: int,
        end: int,
        message: str,
        suggestion: Optional[str] = None,
        *,
        severity: Optional[Severity] = None,
        confidence: float = 1.0,
    ) -> Issue:
        """Build an :class:`Issue` for ``segment.text[start:end]`` located in the input."""
        text = segment.text
        start = max(0, min(start, len(text)))
        end = max(start, min(end, len(text)))
        nl = text.find("\n", start, end) if segment.multiline else -1
        if nl != -1:  # a span must stay on one input line (JSON contract)
            end = nl
        line, col = segment.locate(start)
        return Issue(
            code=self.code,
            name=self.name,
            category=self.category,
            subcategory=self.subcategory,
            severity=severity or self.severity,
            segment=segment.index,
            seg_start=start,
            seg_end=end,
            line=line,
            start=col,
            end=col + (end - start),
            text=text[start:end],
            message=message,
            suggestion=suggestion,
            confidence=confidence,
        )


class SegmentCheck(Check):
    """A check that looks at one target segment and the source segments aligned to it."""

    scope: ClassVar[str] = "segment"
    screen: ClassVar[Optional[Callable[[str], bool]]] = None
    """A cheap test of a segment's text, false only where the check cannot report anything (a
    ``staticmethod``; ``None``: always called). A run does not call the check on a segment that
    fails it: most segments have no digit for the number formats, no guillemet for L202."""

    def check(self, segment: Segment, sources: list[Segment], ctx: "Context") -> Iterable[Issue]:
        raise NotImplementedError


class DocumentCheck(Check):
    """A check that needs the whole document (repeats, spelling consistency)."""

    scope: ClassVar[str] = "document"

    def check(self, pair: DocumentPair, ctx: "Context") -> Iterable[Issue]:
        raise NotImplementedError
