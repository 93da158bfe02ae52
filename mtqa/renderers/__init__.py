"""Renderers write results in one output format each.

All share one lifecycle (``start``, ``document`` per result as it arrives,
``finish`` with the run summary), so streaming formats stream and buffered
ones (HTML, SARIF) buffer. ``RENDERERS`` maps a format name to
``module:Class`` and is imported lazily.
"""
from __future__ import annotations

import importlib

RENDERERS: dict[str, str] = {
    "text": "mtqa.renderers.terminal:TerminalRenderer",
    "json": "mtqa.renderers.json_report:JsonRenderer",
    "jsonl": "mtqa.renderers.json_report:JsonLinesRenderer",
    "html": "mtqa.renderers.html_report:HtmlRenderer",
    "junit": "mtqa.renderers.junit:JunitRenderer",
    "sarif": "mtqa.renderers.sarif:SarifRenderer",
    "github": "mtqa.renderers.github:GithubRenderer",
    "markdown": "mtqa.renderers.markdown:MarkdownRenderer",
    "csv": "mtqa.renderers.csv_report:CsvRenderer",
}


def renderer_class(name: str):
    module, _, cls = RENDERERS[name].partition(":")
    return getattr(importlib.import_module(module), cls)
