"""JSON and JSON-lines reports, exactly as docs/output-contract.md specifies."""
from __future__ import annotations

import json

from mtqa.model import DocumentResult
from mtqa.renderers.base import SCHEMA_VERSION, Renderer, Summary, document_dict
from mtqa.renderers.escaping import json_line_safe


class JsonRenderer(Renderer):
    """One JSON object with the summary and every document.

    Documents are written as they arrive, and the summary (known only at
    the end) closes the object, so memory does not grow with the corpus.
    """

    def start(self) -> None:
        head = {"schema_version": SCHEMA_VERSION, "tool": self.info.tool()}
        if self.info.warnings:
            head["warnings"] = list(self.info.warnings)
        self.stream.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "documents": [')
        self._first = True

    def document(self, result: DocumentResult) -> None:
        self.stream.write(("\n" if self._first else ",\n") + json_line_safe(json.dumps(document_dict(result), ensure_ascii=False)))
        self._first = False

    def finish(self, summary: Summary) -> None:
        self.stream.write('\n], "summary": ' + json_line_safe(json.dumps(summary.to_dict(), ensure_ascii=False)) + "}\n")


class JsonLinesRenderer(Renderer):
    """One document object per line, streamed; run warnings ride on every line (there is no header)."""

    def document(self, result: DocumentResult) -> None:
        out = document_dict(result)
        if self.info.warnings:
            out["warnings"] = list(self.info.warnings)
        self.stream.write(json_line_safe(json.dumps(out, ensure_ascii=False)) + "\n")
