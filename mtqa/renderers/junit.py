"""JUnit XML: every CI system can show it as a test report.

One ``<testcase>`` per document (classname: the input file, name: the
document id); a failing document gets a ``<failure>`` whose text lists its
issues, a passing document with issues lists them in ``<system-out>``. Score,
penalty and metrics are ``<properties>``, the run signature is a property of
the suite. The suite's counts head the file, so test cases are buffered as
small elements until :meth:`finish`.

Input text can hold characters XML 1.0 forbids (control characters in a
scraped feed); they are replaced so the report always parses.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from mtqa.model import DocumentResult
from mtqa.renderers.base import Renderer, Summary
from mtqa.renderers.sarif import issue_path

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(value) -> str:
    """A string safe for XML 1.0 (illegal characters become U+FFFD)."""
    return _XML_ILLEGAL.sub("\ufffd", str(value))


def issue_line(issue) -> str:
    """``path:line:col CODE severity message -> suggestion  "text"`` (one issue per line)."""
    sugg = f" -> {issue.suggestion!r}" if issue.suggestion is not None else ""
    return f"{issue.line}:{issue.start + 1} {issue.code} {issue.name} [{issue.severity.value}] {issue.message}{sugg}  \"{issue.text}\""


class JunitRenderer(Renderer):
    """A ``<testsuites>`` document with one suite for the run."""

    def start(self) -> None:
        self.cases: list[ET.Element] = []

    def document(self, result: DocumentResult) -> None:
        pair = result.pair
        case = ET.Element("testcase", {
            "classname": xml_text(pair.target.path or pair.id),
            "name": xml_text(pair.id),
            "time": "0",
        })
        props = ET.SubElement(case, "properties")
        values = {"score": result.score, "penalty": result.penalty, "words": result.words, "issues": len(result.issues)}
        values.update({k: v for k, v in (result.metrics or {}).items() if v is not None and k in ("bleu", "chrf", "ter")})
        for key, value in values.items():
            ET.SubElement(props, "property", {"name": key, "value": f"{value:g}" if isinstance(value, float) else str(value)})
        lines = "\n".join(xml_text(f"{issue_path(pair, i)}:{issue_line(i)}") for i in result.issues)
        if not result.passed:
            worst = max((i.severity.rank for i in result.issues), default=0)
            sev = next((i.severity.value for i in result.issues if i.severity.rank == worst), "none")
            failure = ET.SubElement(case, "failure", {
                "message": xml_text(f"score {result.score:g} with {len(result.issues)} issue"
                                    f"{'s' * (len(result.issues) != 1)} (worst: {sev})"),
                "type": "mtqa.quality",
            })
            failure.text = lines or f"score {result.score:g} below the pass mark"
        elif lines:
            ET.SubElement(case, "system-out").text = lines
        self.cases.append(case)

    def finish(self, summary: Summary) -> None:
        root = ET.Element("testsuites", {
            "name": "mtqa", "tests": str(summary.documents), "failures": str(summary.failed), "errors": "0", "time": "0",
        })
        suite = ET.SubElement(root, "testsuite", {
            "name": xml_text(f"mtqa {self.info.target or ''}".strip()),
            "tests": str(summary.documents), "failures": str(summary.failed), "errors": "0", "skipped": "0", "time": "0",
        })
        props = ET.SubElement(suite, "properties")
        ET.SubElement(props, "property", {"name": "signature", "value": self.info.signature})
        for warning in self.info.warnings:
            ET.SubElement(props, "property", {"name": "warning", "value": xml_text(warning)})
        for key in ("bleu", "chrf", "ter"):
            if summary.metrics.get(key) is not None:
                ET.SubElement(props, "property", {"name": key, "value": f"{summary.metrics[key]:g}"})
                ET.SubElement(props, "property", {"name": f"{key}_signature", "value": summary.metrics["signatures"][key]})
        suite.extend(self.cases)
        if self.info.warnings:
            ET.SubElement(suite, "system-err").text = xml_text("\n".join(f"warning: {w}" for w in self.info.warnings))
        ET.indent(root, space="  ")
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.stream.write(ET.tostring(root, encoding="unicode"))
        self.stream.write("\n")
