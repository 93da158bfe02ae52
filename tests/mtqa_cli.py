"""Test helpers: build small feeds, run the CLI in-process, parse its JSON.

Shared by tests/readers and the root-level config, gating and baseline tests.
"""
from __future__ import annotations

import json
import os
import signal
import tempfile
from pathlib import Path
from typing import Optional
from xml.sax.saxutils import escape

from click.testing import CliRunner

from mtqa.cli import main

ROOT = Path(__file__).resolve().parents[1]
FEEDS = ROOT / "corpora" / "feeds"
FIXTURES = ROOT / "tests" / "fixtures"


def rss(items: list[dict], lang: str = "en", extra: str = "") -> str:
    """An RSS 2.0 document; each item dict may hold title, body (HTML), guid, link, raw."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0">', "<channel>",
           f"<title>Test feed</title><link>https://example.org/</link><description>t</description><language>{lang}</language>"]
    for it in items:
        out.append("<item>")
        if "title" in it:
            out.append(f"<title>{escape(it['title'])}</title>")
        if it.get("guid"):
            out.append(f'<guid isPermaLink="false">{escape(it["guid"])}</guid>')
        if it.get("link"):
            out.append(f"<link>{escape(it['link'])}</link>")
        if "body" in it:
            out.append(f"<description><![CDATA[{it['body']}]]></description>")
        out.append(it.get("raw", ""))
        out.append("</item>")
    out.append(extra)
    out.append("</channel></rss>")
    return "\n".join(out) + "\n"


def default_signals() -> None:
    """``preexec_fn`` for a CLI child a test will signal: the interrupts at their defaults.

    Why: a child inherits ignored signals, and mtqa leaves an ignored signal ignored on purpose (``nohup``).
    A test suite started under ``nohup`` (SIGHUP ignored) or as a background job of a non-interactive shell
    (SIGINT ignored) would then see the run finish instead of stop, and fail for the way it was started.
    """
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_DFL)


def write(tmp: Path, name: str, text: str) -> str:
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return str(path)


class Run:
    def __init__(self, result):
        self.code = result.exit_code
        self.stdout = result.stdout
        self.stderr = result.stderr
        self.exception = result.exception

    def json(self) -> dict:
        return json.loads(self.stdout)

    def docs(self) -> dict:
        return {d["id"]: d for d in self.json()["documents"]}


def mtqa(*args: str, input: Optional[str] = None) -> Run:
    """Run the CLI in-process; the exit code and both streams as a user sees them."""
    runner = CliRunner()
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:  # no stray mtqa.toml / pyproject.toml from the cwd
        os.chdir(tmp)
        try:
            result = runner.invoke(main, list(args), input=input, catch_exceptions=True)
        finally:
            os.chdir(here)
    return Run(result)
