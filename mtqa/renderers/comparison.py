"""``mtqa compare`` tables: text, CSV, JSON and a self-contained HTML page.

The comparison itself (per-system totals, ranking) is computed in
:mod:`mtqa.compare`; this module only lays it out.
"""
from __future__ import annotations

import json
import math
from typing import IO

from mtqa.compare import SEVERITIES, SystemStats, categories, consensus_note, cross_records, ranked, ranking
from mtqa.scoring.metrics import LABELS, METRICS


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
    """The comparison as one JSON object (``json.dumps(..., indent=1)``'s layout), written a piece at a time: each
    system's row, then its cross-system issues one record at a time (:func:`~mtqa.compare.cross_records`), then the
    ``segments`` list one record at a time (a run's source segments are read from its store as they are written).

    Why pieces: ``json.dumps`` of the whole object held every cross-system issue of the run three times over at
    once: as its record dict, as the encoder's list of small strings (a few kB an issue at ``indent=1``) and as
    the joined text, so the report's peak grew with the corpus, past the stores kept on disk. Each piece is
    ``json.dumps``'s own text of it, set at its depth (its lines moved in; a JSON string holds no line break)."""
    cats = categories(stats)
    head = json.dumps({"tool": {"name": "mtqa", "signature": signature}, "consensus_note": consensus_note(stats),
                       "systems": []}, ensure_ascii=False, indent=1)
    stream.write(head[:-len("[]\n}")])  # ends with '"systems": '
    systems = ranked(stats)
    stream.write("[" if systems else "[]")
    for n, s in enumerate(systems):
        row = json.dumps({**s.row(cats), "path": s.path, "by_code": dict(sorted(s.by_code.items())),
                          "metrics": s.metrics, "cross_system": []}, ensure_ascii=False, indent=1)
        stream.write(("\n" if n == 0 else ",\n") + _moved(row[:-len("[]\n}")], 2))  # ends with '"cross_system": '
        empty = True
        for record in cross_records(s):  # at depth 4 of the whole object
            stream.write(("[\n    " if empty else ",\n    ") + _indented(record, 4))
            empty = False
        stream.write("[]\n  }" if empty else "\n   ]\n  }")
    if systems:
        stream.write("\n ]")
    segments = segment_records(stats)
    if segments is None:
        stream.write("\n}\n")
        return
    stream.write(',\n "segments": [')
    empty = True
    for record in segments:  # at depth 2 of the whole object
        stream.write(("\n  " if empty else ",\n  ") + _indented(record, 2))
        empty = False
    stream.write("]\n}\n" if empty else "\n ]\n}\n")


def _moved(text: str, depth: int) -> str:
    """``json.dumps(..., indent=1)`` text of a value set ``depth`` levels into the whole object: each line
    ``depth`` spaces further in (a JSON string holds no line break, so every one is the layout's)."""
    return " " * depth + text.replace("\n", "\n" + " " * depth)


def _indented(value, depth: int) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=1)``'s text of a record set ``depth`` levels into the whole
    object (its first line not indented: the caller writes that), for the records the report writes one at a time.

    Why not ``json.dumps`` itself: with ``indent`` it takes the pure-Python encoder, whose nested functions refer
    to each other, so every call left a reference cycle of 33 objects (about 2.5 kB, Python 3.11) that only the
    cyclic collector frees. A report writes one record per source segment and per cross-system issue, and the ``mtqa``
    command collects seldom (:func:`mtqa.collector.collect_seldom_for_good`): the cycles piled up by the thousand
    between two collections, and compare's peak grew with the corpus (tracemalloc, 6,000 pairs of 4 systems: 7.6
    MB of the encoder's function objects and cells alive after the 8,895 segment records, 26 MB at the report's
    traced peak). Here the containers are laid out as the encoder lays them out (``{``, each item on its own
    line one space further in, ``": "`` and ``","`` as separators) and each scalar is the C encoder's text of it
    (no cycle); a value of any other shape (a key that is not a string, a type of the encoder's ``default``)
    falls back to ``json.dumps`` for that value."""
    kind = type(value)
    if kind is str:
        return _string(value)
    if kind is dict:
        if not value:
            return "{}"
        if not all(type(key) is str for key in value):
            return _moved(json.dumps(value, ensure_ascii=False, indent=1), depth)[depth:]
        inner = "\n" + " " * (depth + 1)
        return "{" + inner + ("," + inner).join(f"{_string(key)}: {_indented(item, depth + 1)}"
                                              for key, item in value.items()) + "\n" + " " * depth + "}"
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = "\n" + " " * (depth + 1)
        return "[" + inner + ("," + inner).join(_indented(item, depth + 1) for item in value) + "\n" + " " * depth + "]"
    if isinstance(value, (dict, list, tuple)):  # a subclass: as the encoder sees it, whatever it adds
        return _moved(json.dumps(value, ensure_ascii=False, indent=1), depth)[depth:]
    return _scalar(value, kind)


def _scalar(value, kind: type) -> str:
    """The encoder's text of a number, None or a bool: the plain types written as the encoder writes them
    (``int.__repr__``, a finite float's ``float.__repr__``, null/true/false), anything else (NaN, a subclass)
    by the C encoder itself. Why: ``json.dumps(value, ensure_ascii=False)`` builds an encoder for each call,
    ~2 us a scalar, and a compare record holds a dozen of them (a record took 1.7x json.dumps(indent=1)'s
    time)."""
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float and math.isfinite(value):
        return float.__repr__(value)
    return json.dumps(value, ensure_ascii=False)  # the C encoder's text, no cycle


_string = json.encoder.encode_basestring
"""The text of a JSON string without escaping non-ASCII characters (``json.dumps(text, ensure_ascii=False)``)."""


class SegmentRecords:
    """The segment preference as report records (:func:`segment_records`), made one at a time as a report loops
    over them: the run's groups are read from its store (:class:`mtqa.scoring.preference.Groups`), so a page or
    a JSON file of a million source segments holds a chunk of them, not the list."""

    def __init__(self, stats: list[SystemStats]):
        self.stats = stats
        self.groups = stats[0].preferences

    def __len__(self) -> int:
        return len(self.groups)

    def __iter__(self):
        names = [s.name for s in self.stats]
        for group in self.groups:
            entries = sorted(group.entries, key=lambda e: (-e.value, e.system))
            yield {"source": group.source,
                   "preferred": None if group.preferred is None else names[group.preferred],
                   "systems": [{"system": names[e.system], "doc": e.doc, "segment": e.segment,
                                "line": e.line, "value": round(e.value, VALUE_DIGITS)} for e in entries]}


VALUE_DIGITS = 4
"""Decimals of a segment value in every report: the records round it once here, and the HTML page shows each
record's value with these decimals (it showed 3 decimals of the 4-decimal value, rounding twice: a value the JSON
gave as 0.1235 could read 0.123 on the page, the JSON's 0.1235 rounded again, or 0.124)."""


def segment_records(stats: list[SystemStats]):
    """The segment preference as report records (None: not computed, fewer than 2 systems): per source segment
    that 2 or more systems translated, in reading order, its source text, the preferred system (None: tied)
    and each system's translation of it, highest value first (:class:`SegmentRecords`, a sequence made as it
    is read)."""
    if not stats or stats[0].preferences is None:
        return None
    return SegmentRecords(stats)


def preference_note(stats: list[SystemStats]) -> str:
    """One line for the text and HTML reports: what the ``preferred`` column counts ("" when not computed)."""
    if not stats or stats[0].preferences is None:
        return ""
    return (f"preferred = source segments on which the system's translation has the highest segment value, of those "
            f"it shares with another system ({len(stats[0].preferences)} source segments; a per-segment judgement "
            "learned from WMT13's human pairwise judgements, not the order; every value: --format json or html)")


def preferred_cell(s: SystemStats) -> str:
    return f"{s.preferred_segments}/{s.compared_segments}"


def write_text(stats: list[SystemStats], stream: IO[str], signature: str) -> None:
    """A terminal table: per system score, issues per 100 segments by category, metrics."""
    from rich.console import Console
    from rich.table import Table

    from mtqa.renderers.escaping import visible

    cats = categories(stats)
    has_metrics = any(s.metrics for s in stats)
    table = Table(box=None, pad_edge=False, header_style="bold")
    consensus = any(s.consensus_segments for s in stats)
    weighted = any(s.ranked_apart for s in stats)
    preference = preference_note(stats)
    extra = (["consensus"] if consensus else []) + (["ranked on"] if weighted else []) + \
        (["preferred"] if preference else [])
    for col in ["#", "system", "score", "mean doc", *extra, "issues", "/100 seg", *SEVERITIES, *(f"{c} /100" for c in cats)]:
        table.add_column(col, justify="left" if col == "system" else "right")
    if has_metrics:
        for m in METRICS:
            table.add_column(LABELS[m], justify="right")
    for rank, s in enumerate(ranked(stats), 1):
        cells = [str(rank), visible(s.name), f"{s.score:.2f}", f"{s.mean_score:.2f}"]
        if consensus:
            cells.append(f"{s.consensus:.2f}" if s.consensus is not None else "")
        if weighted:
            cells.append(f"{s.ranking_score:.2f}")
        if preference:
            cells.append(preferred_cell(s))
        cells += [str(s.issues), f"{s.per_100(s.issues):.1f}"]
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
    console.print(consensus_note(stats), markup=False)
    if preference:
        console.print(preference, markup=False)
    sigs = next((s.metrics["signatures"] for s in stats if s.metrics), None)
    if sigs:
        for m in METRICS:
            console.print(f"{LABELS[m]}: {sigs[m]}", markup=False)
    _write_cross(stats, console)
    console.print(signature, markup=False)


CROSS_SHOWN = 20
"""Cross-system issues the text table lists per system (all of them are in the JSON and HTML reports)."""


def _write_cross(stats: list[SystemStats], console) -> None:
    """The cross-system checks' issues, per system, best system first: where, the code and the message."""
    from mtqa.renderers.escaping import visible

    if not any(s.cross for s in stats):
        return
    console.print("\nagainst the other systems (cross-system checks; every issue is in --format json/html):",
                  markup=False)
    for s in ranked(stats):
        if not s.cross:
            continue
        console.print(f"{visible(s.name)}: {len(s.cross)}", markup=False)
        for doc, issue in s.cross[:CROSS_SHOWN]:
            console.print(f"  {visible(str(doc))}:{issue.line}:{issue.start + 1} {issue.code} {issue.severity.value} "
                          f"{visible(issue.message)}", markup=False)
        if len(s.cross) > CROSS_SHOWN:
            console.print(f"  ... {len(s.cross) - CROSS_SHOWN} more", markup=False)


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
        has_consensus=any(s.consensus_segments for s in stats), weighted=any(s.ranked_apart for s in stats),
        consensus_note=consensus_note(stats), ranking=ranking(stats),
        preference_note=preference_note(stats), segments=segment_records(stats), value_digits=VALUE_DIGITS,
        signatures=next((s.metrics["signatures"] for s in stats if s.metrics), None),
    )


WRITERS = {"text": write_text, "csv": lambda stats, stream, signature: write_csv(stats, stream),
           "json": write_json, "html": write_html}
