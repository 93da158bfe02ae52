"""The human-readable terminal report (rich).

One line per issue, ``path:line:col: CODE severity message -> suggestion``,
the form ruff, flake8 and pytest print, so terminals and editors can jump to
the spot. Columns are aligned within a document (location, code, severity),
messages wrap to the terminal width with a hanging indent under the message
column, and nothing wraps in a pipe (one issue = one line for ``grep``)
unless ``COLUMNS`` asks for a width.

Which documents are shown: all of them up to :data:`MANY` documents; above
that only the failing ones with their issues (a corpus of thousands of clean
items must not bury the few bad ones), with a count of those left out.
``--verbose`` shows every document, ``--quiet`` the summary only. To decide
"many" without holding the corpus, the first :data:`MANY` documents are
held back, then either all printed (the run ended) or filtered.
"""
from __future__ import annotations

import os
import textwrap

from rich.console import Console
from rich.markup import escape as _markup_escape
from rich.text import Text

from mtqa.model import DocumentResult
from mtqa.renderers.base import Renderer, Summary
from mtqa.renderers.escaping import visible


def escape(text: str) -> str:
    """Rich markup escaped, and control characters from the input shown, never sent to the terminal."""
    return _markup_escape(visible(text))


_STYLE = {"critical": "bold red", "major": "yellow", "minor": "cyan"}
MANY = 10
"""Above this many documents, the default report shows only failing documents."""
MIN_MESSAGE_WIDTH = 40
"""Narrowest message column worth aligning to; below it continuation lines get a short indent."""


def plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def location(result: DocumentResult, issue) -> str:
    """``path:line:col:`` of an issue (the source file for an issue on the source side)."""
    from mtqa.renderers.sarif import issue_path

    path = issue_path(result.pair, issue) or result.pair.id
    return f"{path}:{issue.line}:{issue.start + 1}:"


class TerminalRenderer(Renderer):
    """Readable report; colour only when writing to a terminal."""

    def start(self) -> None:
        # emoji=False: rich would turn ``:fire:`` in a feed title or a warning into an emoji (input obeyed)
        self.console = Console(file=self.stream, highlight=False, soft_wrap=True, emoji=False)
        if self.console.is_terminal or os.environ.get("COLUMNS", "").isdigit():
            self.width = max(40, self.console.width)
        else:
            self.width = None  # a pipe: one line per issue
        self.verbosity = getattr(self.info, "verbosity", 0)
        self.held: list[DocumentResult] = []
        self.filtering = False
        self.hidden = 0

    def document(self, result: DocumentResult) -> None:
        if self.verbosity < 0:
            return
        if self.verbosity > 0:
            self._print(result)
            return
        if not self.filtering:
            self.held.append(result)
            if len(self.held) > MANY:
                self.filtering = True
                for held in self.held:
                    self._show_if_failed(held)
                self.held = []
            return
        self._show_if_failed(result)

    def _show_if_failed(self, result: DocumentResult) -> None:
        if result.passed:
            self.hidden += 1
        else:
            self._print(result)

    def _print(self, result: DocumentResult) -> None:
        from mtqa import progress

        if self.console.is_terminal:
            progress.clear()
        c = self.console
        where = result.pair.target.path if result.pair.target.path not in (None, "-") else result.pair.id
        label = escape(where if where == result.pair.id or result.pair.id in where else f"{where} [{result.pair.id}]")
        if result.pair.meta.title:  # feed items and CSV rows: say which article this is
            label += f" [/][dim]{escape(result.pair.meta.title)}[/][bold]"
        verdict = "[green]PASS[/]" if result.passed else "[bold red]FAIL[/]"
        c.print(
            f"[bold]{label}[/]  score {result.score:.1f}  {verdict}  "
            f"({plural(len(result.issues), 'issue')}, {plural(result.words, 'word')}, penalty {result.penalty:g})",
            soft_wrap=self.width is None,
        )
        for key in ("missing", "unmatched"):
            if getattr(result.pair.meta, key):
                c.print(f"  [bold red]{key}[/]: {escape(str(getattr(result.pair.meta, key)))}")
        metrics = {k: v for k, v in result.metrics.items() if v is not None and k != "signatures"}
        if metrics:
            c.print("  " + "  ".join(f"{k.upper()} {v:.1f}" for k, v in metrics.items() if isinstance(v, (int, float))))
        locs = [visible(location(result, i)) for i in result.issues]  # input text is shown, never obeyed
        loc_w = max(map(len, locs), default=0)
        sev_w = max((len(i.severity.value) for i in result.issues), default=0)
        for loc, i in zip(locs, result.issues):
            head = f"{loc:<{loc_w}} {i.code} "
            sev = f"{i.severity.value:<{sev_w}}"
            body = visible(i.message)
            if i.suggestion == "":
                body += " -> (delete)"
            elif i.suggestion:
                body += f" -> {visible(i.suggestion)}"
            lines = self._wrap(body, len(head) + len(sev) + 1)
            first = Text.assemble((head[:len(loc)], "bold"), head[len(loc):], (sev, _STYLE[i.severity.value]), " ", lines[0])
            c.print(first, soft_wrap=True)
            for more in lines[1:]:
                c.print(Text(more), soft_wrap=True)

    def _wrap(self, body: str, column: int) -> list[str]:
        """The message as lines: the first after the columns, the others indented under it."""
        body = " ".join(body.split())  # a message never spans lines of its own
        if self.width is None:
            return [body]
        indent = column if self.width - column >= MIN_MESSAGE_WIDTH else 4
        first_width = max(self.width - column, 10)
        first = textwrap.wrap(body, first_width, break_long_words=False, break_on_hyphens=False) or [""]
        rest = " ".join(body.split()[len(first[0].split()):])
        if not rest:
            return first[:1]
        return [first[0]] + textwrap.wrap(rest, self.width, initial_indent=" " * indent, subsequent_indent=" " * indent,
                                          break_long_words=False, break_on_hyphens=False)

    def finish(self, summary: Summary) -> None:
        for held in self.held:  # a short run: every document
            self._print(held)
        from mtqa import progress

        if self.console.is_terminal:
            progress.clear()
        if self.hidden:
            self.console.print(f"[dim]{plural(self.hidden, 'passing document')} not shown (--verbose shows them)[/]")
        for warning in self.info.warnings:
            self.console.print(f"[bold yellow]warning:[/] {escape(warning)}", soft_wrap=self.width is None)
        sev = summary.by_severity
        self.console.print(
            f"[bold]{plural(summary.documents, 'document')}[/]: "
            f"{summary.passed:,} passed, {summary.failed:,} failed; {plural(summary.issues, 'issue')} "
            f"({sev['critical']:,} critical, {sev['major']:,} major, {sev['minor']:,} minor) in {plural(summary.words, 'word')}",
            soft_wrap=self.width is None,
        )
        if summary.metrics:  # corpus scores against the reference, each with its sacrebleu signature
            from mtqa.scoring.metrics import LABELS, METRICS

            for key in METRICS:
                self.console.print(f"{LABELS[key]} {summary.metrics[key]:.2f}  [dim]{escape(summary.metrics['signatures'][key])}[/]")
        self.console.print(f"[dim]{escape(self.info.signature)}[/]")
