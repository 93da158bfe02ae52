"""The human-readable terminal report (rich in a terminal, plain text in a pipe).

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

Each line is built as styled spans (text, rich style), never as markup, so
nothing from the input is parsed (no ``[bold]``, no ``:fire:`` emoji code).
Where the spans go is :class:`PlainLines` or :class:`RichLines`: importing
rich costs some 20-27 ms of a one-line check's ~200, and in a pipe with no
``COLUMNS`` (a CI job, ``| grep``) rich writes each line's text as it is:
no colour, no wrapping. There the report writes the text itself and imports
rich only for a line rich would change (a tab it expands, a control
character it drops, whitespace it may trim at a line's end); anything that
may make rich style or wrap (a terminal, ``COLUMNS``, ``FORCE_COLOR``,
``TTY_COMPATIBLE``, a Jupyter kernel) keeps rich for the whole report. The
text report's golden file and tests/renderers/test_terminal.py hold the two
to the same bytes.
"""
from __future__ import annotations

import builtins
import os
import re
import textwrap

from mtqa.model import DocumentResult
from mtqa.renderers.base import Renderer, Summary
from mtqa.renderers.escaping import visible

Spans = list  # [(text, style or ""), ...]: one printed line

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


_RICH_ENV = ("FORCE_COLOR", "TTY_COMPATIBLE")
"""Variables that make rich treat any stream as a terminal (colour, width): rich keeps the report."""
_RICH_REWRITES = re.compile(r"[\t\x07\x08\x0b\x0c\x0d]|\s(?:\n|\Z)")
"""What rich changes in a line it writes to a pipe: tabs (expanded), the control codes rich's Text drops, and
whitespace at a line's end (cropped past the console's width)."""


def plain_stream(stream) -> bool:
    """Whether rich would write this report to ``stream`` as plain, unwrapped text (rich's own test:
    not a terminal, nothing in the environment forcing one, no width asked with ``COLUMNS``, no Jupyter)."""
    if any(name in os.environ for name in _RICH_ENV) or os.environ.get("COLUMNS", "").isdigit():
        return False
    if hasattr(builtins, "get_ipython"):  # IPython or Jupyter: rich may display through the kernel
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return isatty is None or not isatty()
    except ValueError:  # a closed file: rich says "not a terminal" too
        return True


class RichLines:
    """Lines printed by rich: styled in a terminal, wrapped to its width."""

    def __init__(self, stream) -> None:
        from rich.console import Console

        # emoji=False: rich would turn ``:fire:`` in a feed title or a warning into an emoji (input obeyed)
        self.console = Console(file=stream, highlight=False, soft_wrap=True, emoji=False)
        self.is_terminal = self.console.is_terminal
        self.width = self.console.width

    def line(self, spans: Spans, *, wrap: bool = False) -> None:
        from rich.text import Text

        self.console.print(Text.assemble(*spans), soft_wrap=not wrap)


class PlainLines:
    """Lines written as rich writes them to a pipe, without importing rich for them.

    ``wrap`` is ignored: with no terminal and no ``COLUMNS`` the report has no width. A line with something
    rich would rewrite (:data:`_RICH_REWRITES`) is handed to rich, imported then, so the bytes stay rich's."""

    is_terminal = False
    width = None

    def __init__(self, stream) -> None:
        self.stream = stream
        self.rich: RichLines | None = None

    def line(self, spans: Spans, *, wrap: bool = False) -> None:
        text = "".join(part[0] if isinstance(part, tuple) else part for part in spans)
        if _RICH_REWRITES.search(text):
            if self.rich is None:
                self.rich = RichLines(self.stream)
            self.rich.line(spans)
            return
        try:
            self.stream.write(text + "\n")
        except UnicodeEncodeError as error:  # rich's hint, as rich gives it
            error.reason = f"{error.reason}\n*** You may need to add PYTHONIOENCODING=utf-8 to your environment ***"
            raise
        self.stream.flush()  # rich flushes after each line too


class TerminalRenderer(Renderer):
    """Readable report; colour only when writing to a terminal."""

    def start(self) -> None:
        self.console = PlainLines(self.stream) if plain_stream(self.stream) else RichLines(self.stream)
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
        label = visible(where if where == result.pair.id or result.pair.id in where else f"{where} [{result.pair.id}]")
        head: Spans = [(label, "bold")]
        if result.pair.meta.title:  # feed items and CSV rows: say which article this is
            head = [(label + " ", "bold"), (visible(result.pair.meta.title), "dim")]
        verdict = ("PASS", "green") if result.passed else ("FAIL", "bold red")
        c.line([*head, f"  score {result.score:.1f}  ", verdict,
                f"  ({plural(len(result.issues), 'issue')}, {plural(result.words, 'word')}, penalty {result.penalty:g})"],
               wrap=self.width is not None)
        for key in ("missing", "unmatched"):
            if getattr(result.pair.meta, key):
                c.line(["  ", (key, "bold red"), f": {visible(str(getattr(result.pair.meta, key)))}"])
        metrics = {k: v for k, v in result.metrics.items() if v is not None and k != "signatures"}
        if metrics:
            c.line(["  " + "  ".join(f"{k.upper()} {v:.1f}" for k, v in metrics.items() if isinstance(v, (int, float)))])
        locs = [visible(location(result, i)) for i in result.issues]  # input text is shown, never obeyed
        loc_w = max(map(len, locs), default=0)
        sev_w = max((len(i.severity.value) for i in result.issues), default=0)
        for loc, i in zip(locs, result.issues):
            head_text = f"{loc:<{loc_w}} {i.code} "
            sev = f"{i.severity.value:<{sev_w}}"
            body = visible(i.message)
            if i.suggestion == "":
                body += " -> (delete)"
            elif i.suggestion:
                body += f" -> {visible(i.suggestion)}"
            lines = self._wrap(body, len(head_text) + len(sev) + 1)
            c.line([(head_text[:len(loc)], "bold"), head_text[len(loc):], (sev, _STYLE[i.severity.value]), " ", lines[0]])
            for more in lines[1:]:
                c.line([more])

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

        c = self.console
        if c.is_terminal:
            progress.clear()
        if self.hidden:
            c.line([(f"{plural(self.hidden, 'passing document')} not shown (--verbose shows them)", "dim")])
        for warning in self.info.warnings:
            c.line([("warning:", "bold yellow"), f" {visible(warning)}"], wrap=self.width is not None)
        sev = summary.by_severity
        c.line([(plural(summary.documents, 'document'), "bold"),
                f": {summary.passed:,} passed, {summary.failed:,} failed; {plural(summary.issues, 'issue')} "
                f"({sev['critical']:,} critical, {sev['major']:,} major, {sev['minor']:,} minor) in {plural(summary.words, 'word')}"],
               wrap=self.width is not None)
        if summary.metrics:  # corpus scores against the reference, each with its sacrebleu signature
            from mtqa.scoring.metrics import LABELS, METRICS

            for key in METRICS:
                c.line([f"{LABELS[key]} {summary.metrics[key]:.2f}  ", (visible(summary.metrics['signatures'][key]), "dim")])
        c.line([(visible(self.info.signature), "dim")])
