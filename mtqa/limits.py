"""Caps that keep every run linear in the size of its input.

mtqa reads untrusted text (feeds, CSV and XLIFF from other teams) in CI, so
no input may make a run take minutes or gigabytes. Most analyses are linear
by construction; where one is not (a dictionary split of one token tries
every cut, a check compares each finding of a segment with the others) its
input is capped here, in one place, and a capped document says so with a
warning issue rather than failing silently.
"""
from __future__ import annotations

LOOKBACK = 64
"""Characters looked at before a position for "the word before" (no word of a real text is longer)."""

MAX_TOKEN = 64
"""Longest token given to dictionary analyses (Hunspell's own limit is 100; English words stay under 40)."""

MAX_SEGMENT = 2_000
"""Longest segment, in characters, given to the checks (a news sentence has a few hundred).

Longer segments (a paragraph without punctuation, a pasted table, a
generated string) are checked on their first ``MAX_SEGMENT`` characters and
reported with a ``D900`` warning; they stay whole in the report.
"""

MAX_CONFIG_FILE = 20_000_000
"""Largest file a path setting (glossary, do-not-translate list, baseline) may name, in bytes."""
