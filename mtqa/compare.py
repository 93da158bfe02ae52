"""Comparing several translations of the same source (``mtqa compare``).

A desk choosing between MT engines, or a shared task ranking submissions,
wants one table: per system, the MQM score, how many issues of which kind
(absolute and per 100 segments, since systems split sentences differently),
and, when a human reference exists, sacrebleu's BLEU/chrF/TER with their
signatures. This module computes that table; the CLI command only parses
options and picks an output (text, CSV, JSON or an HTML page).

Each system is checked with the same :class:`~mtqa.context.Context` and
streamed document by document, so eight 3,000-segment systems need the
memory of one document plus the counters.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, Optional

from mtqa.model import Document, DocumentPair, DocumentResult, Segment
from mtqa.renderers.base import Totals
from mtqa.scoring.metrics import LABELS, METRICS, CorpusMetrics

SEVERITIES = ("critical", "major", "minor")


@dataclass
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
    return names if len(set(names)) == len(names) else [Path(p).name for p in paths]


def attach_reference_lines(pairs: Iterable[DocumentPair], lines: list[str], path: str) -> Iterator[DocumentPair]:
    """Give line-aligned references to a segment-per-record corpus (the k-th record gets line k)."""
    from mtqa.errors import InputError

    k = 0
    for pair in pairs:
        ref = Document(pair.id, path, pair.target.lang)
        for seg in pair.target.segments:
            if k >= len(lines):
                raise InputError(f"the reference has {len(lines)} lines, fewer than the target's records", path)
            ref.segments.append(Segment(seg.index, lines[k], seg.role, seg.paragraph, k + 1, 0, multiline=False))
            k += 1
        pair.reference = ref
        pair.meta["prealigned"] = True
        yield pair
    if k != len(lines):
        raise InputError(f"the reference has {len(lines)} lines but the target has {k} records", path)


def with_line_references(pairs: Iterable[DocumentPair], path: str) -> Iterator[DocumentPair]:
    """References from a plain-text file with one line per segment of a structured corpus."""
    from mtqa.readers.decoding import read_text

    lines = read_text(path, None).split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return attach_reference_lines(pairs, lines, path)


def evaluate(
    path: str,
    name: str,
    ctx,
    *,
    source: Optional[str] = None,
    reference: Optional[str] = None,
    on_result: Optional[Callable[[DocumentResult], None]] = None,
) -> SystemStats:
    """Check one system's output and total it (``on_result`` sees each document, e.g. for a report)."""
    from mtqa.api import run
    from mtqa.readers import format_of, open_pairs

    from mtqa import readers

    side_files = getattr(readers, "SIDE_FILES", {"text"})  # formats that take --reference as a separate document
    line_ref = reference if reference and format_of(path) not in side_files else None
    pairs = open_pairs(path, ctx.config, source=source, reference=None if line_ref else reference)
    if line_ref:
        pairs = with_line_references(pairs, line_ref)
    stats = SystemStats(name, path)
    corpus = CorpusMetrics()
    for result in run(pairs, ctx):
        stats.add(result)
        corpus.add(result)
        if on_result is not None:
            on_result(result)
    stats.metrics = corpus.summary()
    return stats


def compare(paths: list[str], ctx, *, names: Optional[list[str]] = None, source=None, reference=None,
            on_result=None) -> list[SystemStats]:
    """Evaluate every system, in the order given."""
    names = names or system_names(paths)
    return [
        evaluate(p, n, ctx, source=source, reference=reference,
                 on_result=(lambda r, n=n: on_result(n, r)) if on_result else None)
        for p, n in zip(paths, names)
    ]


def categories(stats: list[SystemStats]) -> list[str]:
    """Categories seen in any system, most frequent first."""
    total = Counter()
    for s in stats:
        total.update(s.by_category)
    return [c for c, _ in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))]


def ranked(stats: list[SystemStats]) -> list[SystemStats]:
    """Best first: higher MQM score, then fewer issues per segment, then name."""
    return sorted(stats, key=lambda s: (-s.score, s.per_100(s.issues), s.name))


def frame(stats: list[SystemStats]):
    """The comparison as a pandas DataFrame, best system first."""
    import pandas as pd

    cats = categories(stats)
    return pd.DataFrame([s.row(cats) for s in ranked(stats)])


def write_csv(stats: list[SystemStats], stream: IO[str]) -> None:
    """System names come from file names or --name: neutralised for spreadsheets, text quoted."""
    import csv

    from mtqa.renderers.escaping import spreadsheet_cell

    table = frame(stats)
    table = table.apply(lambda column: column.map(spreadsheet_cell))
    table.to_csv(stream, index=False, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)


def write_json(stats: list[SystemStats], stream: IO[str], signature: str) -> None:
    cats = categories(stats)
    out = {"tool": {"name": "mtqa", "signature": signature},
           "systems": [{**s.row(cats), "path": s.path, "by_code": dict(sorted(s.by_code.items())),
                        "metrics": s.metrics} for s in ranked(stats)]}
    stream.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")


def write_text(stats: list[SystemStats], stream: IO[str], signature: str) -> None:
    """A terminal table: per system score, issues per 100 segments by category, metrics."""
    from rich.console import Console
    from rich.table import Table

    from mtqa.renderers.escaping import visible

    cats = categories(stats)
    has_metrics = any(s.metrics for s in stats)
    table = Table(box=None, pad_edge=False, header_style="bold")
    for col in ["#", "system", "score", "mean doc", "issues", "/100 seg", *SEVERITIES, *(f"{c} /100" for c in cats)]:
        table.add_column(col, justify="left" if col == "system" else "right")
    if has_metrics:
        for m in METRICS:
            table.add_column(LABELS[m], justify="right")
    for rank, s in enumerate(ranked(stats), 1):
        cells = [str(rank), visible(s.name), f"{s.score:.2f}", f"{s.mean_score:.2f}", str(s.issues), f"{s.per_100(s.issues):.1f}"]
        cells += [str(s.by_severity.get(sev, 0)) for sev in SEVERITIES]
        cells += [f"{s.per_100(s.by_category.get(c, 0)):.1f}" for c in cats]
        if has_metrics:
            cells += [f"{s.metrics[m]:.2f}" if s.metrics.get(m) is not None else "" for m in METRICS]
        table.add_row(*cells)
    console = Console(file=stream, width=max(120, 16 * (len(cats) + 10)), highlight=False, soft_wrap=True)
    console.print(table, markup=False)
    sizes = sorted({s.segments for s in stats})
    each = f"{sizes[0]} segments each" if len(sizes) == 1 else f"{sizes[0]}-{sizes[-1]} segments"
    console.print(f"{len(stats)} systems, {each}; score = MQM over all words; mean doc = mean document score", markup=False)
    sigs = next((s.metrics["signatures"] for s in stats if s.metrics), None)
    if sigs:
        for m in METRICS:
            console.print(f"{LABELS[m]}: {sigs[m]}", markup=False)
    console.print(signature, markup=False)


def write_html(stats: list[SystemStats], stream: IO[str], signature: str) -> None:
    """A self-contained HTML page: the table and bar charts of score and issues per 100 segments."""
    from mtqa.renderers.html_report import render_page

    order = ranked(stats)
    cats = categories(stats)
    top_issues = max([s.per_100(s.issues) for s in stats] + [1.0])
    render_page(
        "compare.html.j2", stream,
        systems=order, categories=cats, severities=SEVERITIES, metrics=METRICS, labels=LABELS,
        has_metrics=any(s.metrics for s in stats), top_issues=top_issues, signature=signature,
        signatures=next((s.metrics["signatures"] for s in stats if s.metrics), None),
    )


WRITERS = {"text": write_text, "csv": lambda stats, stream, signature: write_csv(stats, stream),
           "json": write_json, "html": write_html}
