"""Fixtures for reader tests (helpers live in tests/mtqa_cli.py)."""
from __future__ import annotations

import pytest

from mtqa_cli import FEEDS, FIXTURES, ROOT, Run, mtqa, rss, write  # noqa: F401


@pytest.fixture
def run():
    return mtqa
