"""The name-swap checks' screens and shared answers (name_swaps: issue 14's CPU, output unchanged).

- ``_may_name_screen``: T105's source analyses are read only where the source's split has a word one of them
  starts from; where it says False every analysis is empty (the check reports nothing either way).
- ``_ALIKE``: a word found alike with a name in one text answers for another text that has it; a text
  without such a word is still searched in full.
- ``_replacements``: where every source name is written, neither T106 reading is asked.
"""
from __future__ import annotations

import pytest

import mtqa.checks.name_swaps as name_swaps
from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.langs import fold


def test_a_segment_that_writes_every_source_name_asks_neither_reading(monkeypatch):
    def refused(*args):
        raise AssertionError("asked although every name is written")

    monkeypatch.setattr(name_swaps, "_swaps", refused)
    monkeypatch.setattr(name_swaps, "_replaced_in_place", refused)
    result = check_texts("The mayor Vostradi met the minister Dravenik yesterday.",
                         source="Le maire Vostradi a rencontré le ministre Dravenik hier.",
                         ctx=Context(Config(select=("T106",))))
    assert not result.issues
