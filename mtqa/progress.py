"""A progress bar on stderr for long runs: documents, segments per second and, when known, time left.

Why: a corpus of a hundred thousand segments takes minutes, and a silent
terminal looks like a hung one. The bar goes to stderr, so reports on stdout
stay byte-identical, and the CLI shows it only when stderr is a terminal
(``--progress`` forces it, ``--no-progress`` hides it): CI logs stay clean.
It appears after :data:`DELAY` seconds, so quick runs never flicker, and it
is transient (erased when the run ends).

The total is known without reading the input twice only for ``.jsonl``
corpora, whose records are the segments: their non-empty lines are counted
in one fast binary pass. Other inputs show counts and speed without an ETA.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Iterable, Iterator, Optional

from mtqa.model import DocumentResult

def _delay(default: float = 0.5) -> float:
    try:
        value = float(os.environ.get("MTQA_PROGRESS_DELAY", default))
    except ValueError:
        return default
    return value if 0 <= value < 3600 else default


DELAY = _delay()
"""Seconds before the bar appears (``$MTQA_PROGRESS_DELAY`` changes it, e.g. 0 in tests of short runs)."""


ACTIVE: Optional["Bar"] = None
"""The bar on screen, so a report printing to the same terminal can clear its line first."""


def count_records(paths: list[str]) -> Optional[int]:
    """Non-empty lines of the ``.jsonl`` targets (None when any target is another format)."""
    total = 0
    for path in paths:
        if path == "-" or Path(path).suffix.lower() not in (".jsonl", ".ndjson"):
            return None
        try:
            with open(path, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        except OSError:
            return None
    return total


class Bar:
    """A one-line rich progress display, refreshed from the loop that checks documents (no thread)."""

    def __init__(self, total: Optional[int]):
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        columns = [SpinnerColumn(), TextColumn("[bold]mtqa[/]")]
        if total is not None:
            columns += [BarColumn(bar_width=24), MofNCompleteColumn(), TextColumn("segments")]
        else:
            columns += [TextColumn("{task.completed:,} segments")]
        columns += [TextColumn("{task.fields[docs]:,} documents"), TextColumn("{task.fields[rate]:,.0f} segments/s"),
                    TimeElapsedColumn()]
        if total is not None:
            columns += [TextColumn("ETA"), TimeRemainingColumn()]
        self.console = Console(file=sys.stderr, force_terminal=True)
        self.progress = Progress(*columns, console=self.console, transient=True, auto_refresh=False,
                                 redirect_stdout=False, redirect_stderr=False)
        self.task = self.progress.add_task("check", total=total, docs=0, rate=0.0)
        self.last = 0.0
        self.progress.start()

    def update(self, segments: int, docs: int, elapsed: float) -> None:
        self.progress.update(self.task, completed=segments, docs=docs, rate=segments / max(elapsed, 1e-6))
        now = time.monotonic()
        if now - self.last >= 0.25:
            self.progress.refresh()
            self.last = now

    def clear(self) -> None:
        """Erase the bar's line (it is redrawn at the next update)."""
        self.console.file.write("\r\x1b[2K")
        self.console.file.flush()
        self.last = 0.0

    def stop(self) -> None:
        self.progress.stop()


def clear() -> None:
    """Called by a report about to print to the terminal the bar is on."""
    if ACTIVE is not None:
        ACTIVE.clear()


def with_progress(results: Iterable[DocumentResult], paths: list[str]) -> Iterator[DocumentResult]:
    """Pass ``results`` through, updating a progress bar on stderr once the run has lasted :data:`DELAY`."""
    global ACTIVE
    total = count_records(paths)
    start = time.monotonic()
    docs = segments = 0
    try:
        for result in results:
            docs += 1
            segments += len(result.pair.target.segments)
            elapsed = time.monotonic() - start
            if ACTIVE is None and elapsed >= DELAY:
                ACTIVE = Bar(total)
            if ACTIVE is not None:
                ACTIVE.update(segments, docs, elapsed)
            yield result
    finally:
        if ACTIVE is not None:
            ACTIVE.stop()
            ACTIVE = None
