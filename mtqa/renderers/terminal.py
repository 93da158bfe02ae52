"""The human-readable terminal report (rich).

Per document: path or id, score and verdict; then one line per issue as
``line:col CODE severity message -> suggestion`` followed by the flagged
text, so a reviewer can jump to the spot in an editor.
"""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape as _markup_escape

from mtqa.model import DocumentResult
from mtqa.renderers.base import Renderer, Summary
from mtqa.renderers.escaping import visible

def escape(text: str) -> str:
    """Rich markup escaped, and control characters from the input shown, never sent to the terminal."""
    return _markup_escape(visible(text))


_STYLE = {"critical": "bold red", "major": "yellow", "minor": "cyan"}


class TerminalRenderer(Renderer):
    """Readable report; colour only when writing to a terminal."""

    def start(self) -> None:
        self.console = Console(file=self.stream, highlight=False, soft_wrap=True)

    def document(self, result: DocumentResult) -> None:
        c = self.console
        where = result.pair.target.path if result.pair.target.path not in (None, "-") else result.pair.id
        label = escape(where if where == result.pair.id or result.pair.id in where else f"{where} [{result.pair.id}]")
        if result.pair.meta.get("title"):  # feed items and CSV rows: say which article this is
            label += f" [/][dim]{escape(result.pair.meta['title'])}[/][bold]"
        verdict = "[green]PASS[/]" if result.passed else "[bold red]FAIL[/]"
        c.print(
            f"[bold]{label}[/]  score {result.score:.1f}  {verdict}  "
            f"({len(result.issues)} issue{'s' * (len(result.issues) != 1)}, {result.words} words, penalty {result.penalty:g})"
        )
        for key in ("missing", "unmatched"):
            if result.pair.meta.get(key):
                c.print(f"  [bold red]{key}[/]: {escape(str(result.pair.meta[key]))}")
        metrics = {k: v for k, v in result.metrics.items() if v is not None and k != "signatures"}
        if metrics:
            c.print("  " + "  ".join(f"{k.upper()} {v:.1f}" for k, v in metrics.items() if isinstance(v, (int, float))))
        for i in result.issues:
            sev = f"[{_STYLE[i.severity.value]}]{i.severity.value:<8}[/]"
            if i.suggestion == "":
                sugg = " [green]-> (delete)[/]"
            else:
                sugg = f" [green]-> {escape(i.suggestion)}[/]" if i.suggestion else ""
            c.print(f"  {i.line}:{i.start + 1:<4} [bold]{i.code}[/] {sev} {escape(i.message)}{sugg}")
            snippet = i.text if len(i.text) <= 100 else i.text[:97] + "..."
            c.print(f"           [dim]{escape(repr(snippet)[1:-1])}[/]")

    def finish(self, summary: Summary) -> None:
        sev = summary.by_severity
        self.console.print(
            f"[bold]{summary.documents} document{'s' * (summary.documents != 1)}[/]: "
            f"{summary.passed} passed, {summary.failed} failed; {summary.issues} issues "
            f"({sev['critical']} critical, {sev['major']} major, {sev['minor']} minor) in {summary.words} words"
        )
        if summary.metrics:  # corpus scores against the reference, each with its sacrebleu signature
            from mtqa.scoring.metrics import LABELS, METRICS

            for key in METRICS:
                self.console.print(f"{LABELS[key]} {summary.metrics[key]:.2f}  [dim]{escape(summary.metrics['signatures'][key])}[/]")
        self.console.print(f"[dim]{escape(self.info.signature)}[/]")
