"""GitHub Actions workflow commands: issues appear as annotations on the changed files.

``::error file=F,line=L,col=C,endColumn=E,title=CODE name::message`` per
issue (critical and major are errors, minor warnings), one error per failing
document naming its score, and a closing notice with the run totals.
Columns are 1-based; ``endColumn`` is the last flagged column (inclusive).
Values are escaped as the runner's command parser expects (``%``, CR, LF,
and in properties also ``:`` and ``,``), so a message can never start a
second command.
"""
from __future__ import annotations

from mtqa.model import DocumentResult
from mtqa.renderers.base import Renderer, Summary
from mtqa.renderers.sarif import issue_path, suggestion_text

LEVELS = {"critical": "error", "major": "error", "minor": "warning"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **props) -> str:
    """One workflow command line."""
    fields = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{level} {fields}::{escape_data(message)}\n" if fields else f"::{level}::{escape_data(message)}\n"


class GithubRenderer(Renderer):
    """Streams one annotation per issue."""

    def document(self, result: DocumentResult) -> None:
        path = result.pair.target.path or result.pair.id
        for i in result.issues:
            self.stream.write(command(
                LEVELS[i.severity.value], i.message + suggestion_text(i.suggestion),
                file=issue_path(result.pair, i), line=i.line, col=i.start + 1, endColumn=max(i.start + 1, i.end),
                title=f"{i.code} {i.name}",
            ))
        if not result.passed:
            self.stream.write(command(
                "error", f"{result.pair.id}: quality score {result.score:g} with {len(result.issues)} issue"
                f"{'s' * (len(result.issues) != 1)}: the document fails.",
                file=path, title="mtqa document failed",
            ))

    def finish(self, summary: Summary) -> None:
        sev = summary.by_severity
        text = (f"{summary.documents} document{'s' * (summary.documents != 1)}: {summary.passed} passed, "
                f"{summary.failed} failed; {summary.issues} issues ({sev['critical']} critical, {sev['major']} major, "
                f"{sev['minor']} minor) in {summary.words} words. {self.info.signature}")
        for warning in self.info.warnings:
            self.stream.write(command("warning", warning, title="mtqa"))
        self.stream.write(command("notice", text, title="mtqa"))
