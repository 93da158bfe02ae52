"""The renderer lifecycle and the pieces every format shares."""
from __future__ import annotations

from collections import Counter
from dataclasses import field
from typing import IO, Iterable, Optional

from mtqa import __version__
from mtqa.config import Config
from mtqa.model import DocumentResult
from mtqa.records import record
from mtqa.scoring.totals import Totals

SCHEMA_VERSION = 1


@record
class RunInfo:
    """What a report needs to know about the run that produced it."""

    __record_built_once__ = True
    """Built once a run: the shared ``__init__`` of :func:`mtqa.records.record`, none compiled for it (start-up, issue 14)."""

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
        from mtqa.digests import sha1
        from mtqa.langs import language

        w = self.config.weights
        digest = sha1(",".join(self.codes).encode()).hexdigest()[:8]
        fail_on = self.config.fail_on.value if self.config.fail_on else "none"
        dicts = "+".join(language(self.config.target_lang).dictionary_names()) or "none"
        # the adequacy term changes scores only when opted into: named then, so runs that differ are told apart
        adequacy = f"|adequacy:{self.config.adequacy_weight:g}" if self.config.adequacy_weight else ""
        if self.config.quality_weight:
            adequacy += f"|quality:{self.config.quality_weight:g}"
        if self.config.consensus_weight:
            adequacy += f"|consensus:{self.config.consensus_weight:g}"
        return (
            f"mtqa:{__version__}|pair:{self.config.pair}|checks:{len(self.codes)}-{digest}"
            f"|mqm:{w['minor']:g}/{w['major']:g}/{w['critical']:g}|threshold:{self.config.threshold:g}"
            f"|fail_on:{fail_on}|locale:{self.config.locale}|dict:{dicts}{adequacy}"
        )

    def tool(self) -> dict:
        return {"name": "mtqa", "version": __version__, "signature": self.signature}


def dictionary_warnings(config: Config, codes: Iterable[str]) -> list[str]:
    """A warning when checks that need the Hunspell dictionaries are selected but none is installed."""
    from mtqa.checks.registry import codes as registered, get
    from mtqa.langs import language

    out = _source_data_warnings(config, codes)
    known = registered()
    needing = [c for c in codes if c in known and get(c).requires_dictionary]  # the run's checks: imported
    lang = config.target_lang
    if not needing or language(lang).dictionary_names():
        return out
    return [f"no Hunspell dictionary for '{lang}': the dictionary-based checks {', '.join(needing)} did not run "
            f"(Debian: apt-get install hunspell-{lang}-us hunspell-{lang}-gb)"] + out


def compare_only_warnings(config: Config) -> list[str]:
    """A warning when the selection names, by exact code, checks that compare several systems' translations
    (:mod:`mtqa.checks.cross_system`): ``mtqa check`` has one translation per source and cannot run them.
    A prefix (``A6``, ``A``) asks for a family, not for them: no warning on every run of such a selection."""
    from mtqa.checks.registry import codes as registered, get

    if not config.select:
        return []
    known = registered()
    # a code selected exactly is enabled whatever else is selected or ignored: the classes of those alone are read
    codes = sorted(c for c in set(config.select) if c in known and get(c).cross_system)
    if not codes:
        return []
    return [f"{', '.join(codes)} judge a translation against other systems' translations of the same source: "
            f"they run only in `mtqa compare`, not here"]


def _source_data_warnings(config: Config, codes: Iterable[str]) -> list[str]:
    """The source-language dictionary (A206, A205) and the bilingual dictionary (T105), when absent."""
    from mtqa.langs import freedict, language

    codes = set(codes)
    out = []
    src, tgt = config.source_lang, config.target_lang
    if codes & {"A205", "A206"} and not language(src).dictionary_names():
        out.append(f"no Hunspell dictionary for '{src}': source-word fragments (A206) and copied words (A205) "
                   f"are judged on word frequencies alone (Debian: apt-get install hunspell-{src})")
    pair = freedict.pair_name(src, tgt)
    if "T105" in codes and not freedict.available(pair):
        out.append(f"no FreeDict {pair} dictionary: first names translated as words (T105) were not checked "
                   f"(Debian: apt-get install dict-freedict-{pair})")
    return out


@record
class Summary(Totals):
    """Run totals, accumulated as documents stream past."""

    __record_built_once__ = True
    """Built once a run: the shared ``__init__`` of :func:`mtqa.records.record`, none compiled for it (start-up, issue 14)."""

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
        if seg.index in result.adequacy:
            entry["adequacy"] = result.adequacy[seg.index]
        if seg.index in result.consensus:
            entry["consensus"] = result.consensus[seg.index]
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
    extra = pair.meta.to_dict()
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
