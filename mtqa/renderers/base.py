"""The renderer lifecycle and the pieces every format shares."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Iterable, Optional

from mtqa import __version__
from mtqa.config import Config
from mtqa.model import DocumentResult

SCHEMA_VERSION = 1


@dataclass
class RunInfo:
    """What a report needs to know about the run that produced it."""

    config: Config
    codes: list[str]
    target: Optional[str] = None
    source: Optional[str] = None
    reference: Optional[str] = None
    warnings: list[str] = field(default_factory=list)
    """Run-level warnings every format carries (e.g. dictionary-based checks that could not run)."""
    verbosity: int = 0
    """-1 summary only (--quiet), 0 default, 1 everything (--verbose); read by the terminal report."""

    @property
    def signature(self) -> str:
        """sacrebleu-style signature: everything needed to reproduce a score and a verdict."""
        import hashlib

        from mtqa.langs import language

        w = self.config.weights
        digest = hashlib.sha1(",".join(self.codes).encode()).hexdigest()[:8]
        fail_on = self.config.fail_on.value if self.config.fail_on else "none"
        dicts = "+".join(language(self.config.target_lang).dictionary_names()) or "none"
        return (
            f"mtqa:{__version__}|pair:{self.config.pair}|checks:{len(self.codes)}-{digest}"
            f"|mqm:{w['minor']:g}/{w['major']:g}/{w['critical']:g}|threshold:{self.config.threshold:g}"
            f"|fail_on:{fail_on}|locale:{self.config.locale}|dict:{dicts}"
        )

    def tool(self) -> dict:
        return {"name": "mtqa", "version": __version__, "signature": self.signature}


def dictionary_warnings(config: Config, codes: Iterable[str]) -> list[str]:
    """A warning when checks that need the Hunspell dictionaries are selected but none is installed."""
    from mtqa.checks.registry import REGISTRY
    from mtqa.langs import language

    needing = [c for c in codes if c in REGISTRY and REGISTRY[c].requires_dictionary]
    lang = config.target_lang
    if not needing or language(lang).dictionary_names():
        return []
    return [f"no Hunspell dictionary for '{lang}': the dictionary-based checks {', '.join(needing)} did not run "
            f"(Debian: apt-get install hunspell-{lang}-us hunspell-{lang}-gb)"]


class Totals:
    """Counts every run total keeps: documents, passes, words, issues by severity, category and code.

    The report's :class:`Summary` and ``mtqa compare``'s per-system stats
    both total documents as they stream past; counting them here, once,
    keeps the two from disagreeing about what a result adds. Subclasses are
    dataclasses declaring these fields and extending :meth:`add`.
    """

    documents: int
    passed: int
    words: int
    issues: int
    by_severity: Counter
    by_category: Counter
    by_code: Counter

    def add(self, result: DocumentResult) -> None:
        self.documents += 1
        self.passed += result.passed
        self.words += result.words
        self.issues += len(result.issues)
        for issue in result.issues:
            self.by_severity[issue.severity.value] += 1
            self.by_category[issue.category] += 1
            self.by_code[issue.code] += 1


@dataclass
class Summary(Totals):
    """Run totals, accumulated as documents stream past."""

    documents: int = 0
    passed: int = 0
    failed: int = 0
    issues: int = 0
    words: int = 0
    by_severity: Counter = field(default_factory=lambda: Counter({"minor": 0, "major": 0, "critical": 0}))
    by_category: Counter = field(default_factory=Counter)
    by_code: Counter = field(default_factory=Counter)
    metrics: dict = field(default_factory=dict)

    def add(self, result: DocumentResult) -> None:
        super().add(result)
        self.failed += not result.passed

    def to_dict(self) -> dict:
        out = {
            "documents": self.documents,
            "passed": self.passed,
            "failed": self.failed,
            "issues": self.issues,
            "words": self.words,
            "by_severity": dict(self.by_severity),
            "by_category": dict(sorted(self.by_category.items())),
            "by_code": dict(sorted(self.by_code.items())),
        }
        if self.metrics:
            out["metrics"] = self.metrics
        return out


def document_dict(result: DocumentResult) -> dict:
    """The contract's JSON object for one document."""
    pair = result.pair
    target = pair.target
    source_of: dict[int, int] = {}
    for link in pair.links:
        for t in link.target:
            if link.source:
                source_of[t] = link.source[0]
    segments = []
    for seg in target.segments:
        entry = {
            "index": seg.index,
            "line": seg.line,
            "role": seg.role.value,
            "source_index": source_of.get(seg.index),
        }
        segments.append(entry)
    out = {
        "id": pair.id,
        "path": target.path,
        "passed": result.passed,
        "score": result.score,
        "penalty": result.penalty,
        "words": result.words,
        "metrics": result.metrics,
        "segments": segments,
        "issues": [i.to_dict() for i in result.issues],
    }
    if pair.source is not None:
        out["source"] = {
            "path": pair.source.path,
            "title_only": pair.source_title_only,
            "segments": len(pair.source.segments),
            "unaligned": [
                link.source[0] for link in pair.links if link.source and not link.target
            ],
        }
    extra = {k: v for k, v in pair.meta.items() if not k.startswith("_") and k not in ("prealigned",)}
    if extra:
        out["meta"] = extra
    if result.suppressed:
        out["suppressed"] = result.suppressed
    return out


class Renderer:
    """Base renderer: subclasses override the three lifecycle hooks."""

    def __init__(self, stream: IO[str], info: RunInfo):
        self.stream = stream
        self.info = info

    def start(self) -> None:
        """Called once before the first document."""

    def document(self, result: DocumentResult) -> None:
        """Called for each checked document, in input order."""

    def finish(self, summary: Summary) -> None:
        """Called once after the last document."""


def render(renderer: Renderer, results: Iterable[DocumentResult]) -> Summary:
    """Stream ``results`` through ``renderer``'s lifecycle; return the summary it was finished with.

    Every report, whoever writes it (``mtqa check``, the benchmarks), ends
    with the same totals and corpus metrics, so they are counted here once.
    """
    from mtqa.scoring.metrics import CorpusMetrics

    summary = Summary()
    corpus = CorpusMetrics()
    renderer.start()
    for result in results:
        summary.add(result)
        corpus.add(result)
        renderer.document(result)
    summary.metrics = corpus.summary()
    renderer.finish(summary)
    return summary
