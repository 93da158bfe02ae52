"""Golden tests: every registered format renders the hand-built fixture run exactly as stored.

Volatile fields (mtqa's version and run signature) are normalised. After an
intended change, regenerate with ``MTQA_UPDATE_GOLDEN=1 .venv/bin/python -m
pytest tests/renderers`` and review the diff of ``tests/renderers/golden/``.
"""
from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from mtqa import __version__
from mtqa.renderers import RENDERERS, renderer_class
from . import fixture

GOLDEN = Path(__file__).parent / "golden"
EXTENSIONS = {"text": "txt", "json": "json", "jsonl": "jsonl", "csv": "csv", "html": "html", "junit": "xml",
              "sarif": "sarif", "markdown": "md", "github": "github.txt"}
UPDATE = os.environ.get("MTQA_UPDATE_GOLDEN") == "1"


def render(fmt: str) -> str:
    """Render the fixture run in ``fmt`` with volatile fields normalised."""
    info = fixture.run_info()
    docs = fixture.results()
    out = io.StringIO()
    renderer = renderer_class(fmt)(out, info)
    renderer.start()
    for r in docs:
        renderer.document(r)
    renderer.finish(fixture.summary(docs))
    return normalise(out.getvalue(), info.signature)


def normalise(text: str, signature: str) -> str:
    text = text.replace(signature, "SIGNATURE")
    for pattern in ('"version": "{}"', '"semanticVersion": "{}"', "mtqa {}"):
        text = text.replace(pattern.format(__version__), pattern.format("VERSION"))
    return text


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_golden(fmt, monkeypatch):
    fixture.fake_registry(monkeypatch)
    got = render(fmt)
    path = GOLDEN / f"fixture.{EXTENSIONS.get(fmt, fmt)}"
    if UPDATE or not path.exists():
        path.write_text(got, encoding="utf-8", newline="")
        if not UPDATE:
            pytest.fail(f"golden {path.name} was missing and has been written; review and commit it")
    assert got == path.read_text(encoding="utf-8"), f"{fmt} output differs from {path.name} (MTQA_UPDATE_GOLDEN=1 to accept)"


def test_every_format_has_a_golden_file():
    assert {f"fixture.{EXTENSIONS.get(f, f)}" for f in RENDERERS} <= {p.name for p in GOLDEN.iterdir()}
