"""CSV: one row per issue, for spreadsheets and pandas.

Written through pandas so quoting follows one well-tested implementation;
every text cell is quoted (a bare CR or a U+2028 inside a flagged text must
not start a row in any reader) and neutralised for spreadsheets (a leading
``= + - @``, tab or CR gets a ``'``: OWASP's rule against CSV injection).
Rows are streamed a document at a time (the header first), so a large
corpus never sits in memory as one table. ``start`` is 0-based and ``end``
exclusive, as in the JSON report; ``line`` is 1-based; ``path`` is the
file the line belongs to (the source file for an issue on the source side).
"""
from __future__ import annotations

import csv

from mtqa.model import DocumentResult
from mtqa.renderers.base import Renderer, Summary
from mtqa.renderers.escaping import spreadsheet_cell
from mtqa.renderers.sarif import issue_path

COLUMNS = ["document", "path", "line", "start", "end", "code", "name", "category", "subcategory",
           "severity", "text", "message", "suggestion"]


class CsvRenderer(Renderer):
    """Header, then each document's issues."""

    def start(self) -> None:
        import pandas as pd

        self.pd = pd
        pd.DataFrame(columns=COLUMNS).to_csv(self.stream, index=False, lineterminator="\n")
        self.options = {"index": False, "header": False, "lineterminator": "\n", "quoting": csv.QUOTE_NONNUMERIC}

    def document(self, result: DocumentResult) -> None:
        if not result.issues:
            return
        rows = [
            [spreadsheet_cell(cell) for cell in (
                result.pair.id, issue_path(result.pair, i), i.line, i.start, i.end, i.code, i.name, i.category,
                i.subcategory, i.severity.value, i.text, i.message, i.suggestion)]
            for i in result.issues
        ]
        self.pd.DataFrame(rows, columns=COLUMNS).to_csv(self.stream, **self.options)

    def finish(self, summary: Summary) -> None:
        """Run warnings as last rows with severity ``warning`` and no code (filter them on ``code``)."""
        if self.info.warnings:
            rows = [["", "", "", "", "", "", "", "", "", "warning", "", spreadsheet_cell(w), None] for w in self.info.warnings]
            self.pd.DataFrame(rows, columns=COLUMNS).to_csv(self.stream, **self.options)
