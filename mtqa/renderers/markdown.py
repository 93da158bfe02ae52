"""Markdown: a PR comment or a GitHub job summary (``>> $GITHUB_STEP_SUMMARY``).

The verdict and totals come first, then a table of documents, then each
document's issues as a table. Comments and summaries have size limits
(GitHub: 65,536 characters per comment, 1 MiB per summary), so at most
:data:`MAX_DOCUMENT_ROWS` documents and :data:`MAX_ISSUE_ROWS` issues are
listed (failing documents first), with a line saying what was left out;
the machine formats carry everything.

Input text is untrusted: Markdown syntax is backslash-escaped, ``<``,
``>``, ``&`` become entities and ``@`` gets a word joiner, so a translation
can neither inject HTML, break the table nor mention a GitHub user.
"""
from __future__ import annotations

import re

from mtqa.model import DocumentResult
from mtqa.renderers.base import Renderer, Summary
from mtqa.scoring.metrics import LABELS, METRICS

MAX_DOCUMENT_ROWS = 100
MAX_ISSUE_ROWS = 200
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md(value, limit: int = 0) -> str:
    """Escape text for a Markdown table cell (one line, no HTML, no markup)."""
    text = " ".join(str(value).split())
    if limit and len(text) > limit:
        text = text[: limit - 1] + "…"
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("@", "@\u2060")  # no accidental @mention in a PR comment
    return _MD_SPECIAL.sub(r"\\\1", text)


class MarkdownRenderer(Renderer):
    """Buffers a bounded number of rows, writes the summary first."""

    def start(self) -> None:
        self.docs: list[tuple[DocumentResult, str]] = []
        self.total_docs = 0

    def document(self, result: DocumentResult) -> None:
        self.total_docs += 1
        # Keep failing documents preferentially; only the bounded rows are retained.
        self.docs.append((result, result.pair.target.path or result.pair.id))
        if len(self.docs) > MAX_DOCUMENT_ROWS:
            drop = next((k for k in range(len(self.docs) - 1, -1, -1) if self.docs[k][0].passed), len(self.docs) - 1)
            del self.docs[drop]

    def finish(self, summary: Summary) -> None:
        w = self.stream.write
        sev = summary.by_severity
        verdict = "✅ PASS" if summary.failed == 0 else "❌ FAIL"
        w(f"## mtqa: {verdict}\n\n")
        for warning in self.info.warnings:
            w(f"> **Warning:** {md(warning)}\n\n")
        w(f"**{summary.documents}** document{'s' * (summary.documents != 1)}: {summary.passed} passed, "
          f"{summary.failed} failed · **{summary.issues}** issue{'s' * (summary.issues != 1)} "
          f"({sev['critical']} critical, {sev['major']} major, {sev['minor']} minor) · {summary.words} words\n\n")
        if summary.by_category:
            w("| category | issues |\n|---|---:|\n")
            for cat, n in sorted(summary.by_category.items(), key=lambda kv: (-kv[1], kv[0])):
                w(f"| {md(cat)} | {n} |\n")
            w("\n")
        if summary.metrics:
            w("| metric | score | sacrebleu signature |\n|---|---:|---|\n")
            for key in METRICS:
                w(f"| {LABELS[key]} | {summary.metrics[key]:.2f} | `{_pipes(summary.metrics['signatures'][key])}` |\n")
            w("\n")
        has_metrics = any(r.metrics.get(k) is not None for r, _ in self.docs for k in METRICS)
        w("### Documents\n\n")
        head = "| document | verdict | score | critical | major | minor | words |"
        rule = "|---|---|---:|---:|---:|---:|---:|"
        if has_metrics:
            head += " BLEU | chrF | TER |"
            rule += "---:|---:|---:|"
        w(head + "\n" + rule + "\n")
        docs = sorted(self.docs, key=lambda d: d[0].passed)  # stable: failing first, in input order
        for r, where in docs:
            c = {s: sum(1 for i in r.issues if i.severity.value == s) for s in ("critical", "major", "minor")}
            row = (f"| {md(where if r.pair.id in where else f'{where} [{r.pair.id}]', 80)} | {'PASS' if r.passed else '**FAIL**'} "
                   f"| {r.score:.1f} | {c['critical']} | {c['major']} | {c['minor']} | {r.words} |")
            if has_metrics:
                row += "".join(f" {r.metrics[k]:.1f} |" if r.metrics.get(k) is not None else " |" for k in METRICS)
            w(row + "\n")
        if self.total_docs > len(self.docs):
            w(f"\n*{self.total_docs - len(self.docs)} more passing documents not listed.*\n")
        listed = 0
        left = 0
        for r, where in docs:
            if not r.issues:
                continue
            if listed >= MAX_ISSUE_ROWS:
                left += len(r.issues)
                continue
            w(f"\n### {md(r.pair.id, 80)} ({'PASS' if r.passed else 'FAIL'}, score {r.score:.1f})\n\n")
            w("| line:col | code | severity | flagged text | message | suggestion |\n|---|---|---|---|---|---|\n")
            for i in r.issues:
                if listed >= MAX_ISSUE_ROWS:
                    left += 1
                    continue
                listed += 1
                sugg = "*(delete)*" if i.suggestion == "" else (md(i.suggestion, 80) if i.suggestion is not None else "")
                w(f"| {i.line}:{i.start + 1} | `{i.code}` {md(i.name)} | {i.severity.value} | {md(i.text, 80)} "
                  f"| {md(i.message, 200)} | {sugg} |\n")
        if left:
            w(f"\n*{left} more issues not listed; see the JSON, SARIF or HTML report.*\n")
        w(f"\n<sub>`{self.info.signature}`</sub>\n")


def _pipes(code: str) -> str:
    """A code span inside a GFM table cell needs its pipes escaped."""
    return code.replace("|", "\\|")
