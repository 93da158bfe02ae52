"""The run context handed to every check: configuration, languages, caches.

One context serves a whole run, so expensive resources (word-frequency
tables, compiled lexicons) are loaded once and shared, and counters such as
how many segments reached language identification are collected in one place.
"""
from __future__ import annotations

import collections
import dataclasses
import itertools
from typing import Any, Optional

from mtqa.checks.base import Check, DocumentCheck, SegmentCheck
from mtqa.checks.registry import all_checks, is_selected
from mtqa.config import Config
from mtqa.errors import ConfigError
from mtqa.langs import LanguageProfile, load_profile


MEMO_LIMIT = 20_000
"""Entries per :meth:`Context.memo` table; past it the oldest quarter is dropped."""


class Context:
    """Shared state for one run."""

    def __init__(self, config: Optional[Config] = None):
        self.config = config or Config()
        self.source: LanguageProfile = load_profile(self.config.source_lang)
        self.target: LanguageProfile = load_profile(self.config.target_lang)
        self.stats: collections.Counter = collections.Counter()
        self.cache: dict[str, Any] = {}
        self._memo: dict[str, dict] = {}
        self.checks: list[Check] = build_checks(self.config)
        self.segment_checks = [c for c in self.checks if isinstance(c, SegmentCheck)]
        self.document_checks = [c for c in self.checks if isinstance(c, DocumentCheck)]

    def resource(self, key: str, factory):
        """Return a cached resource, building it with ``factory()`` on first use."""
        if key not in self.cache:
            self.cache[key] = factory()
        return self.cache[key]

    def memo(self, kind: str, key, factory):
        """An analysis of a text (a segment's name tokens, its language screen...) computed once per run.

        Several checks read the same analysis of a segment; the first one to
        ask computes it with ``factory()`` and the others get the stored value.
        Entries are keyed on content (the text, not a segment index), so a
        value is never stale and is shared across documents: a source
        sentence checked against several systems' translations, or a
        boiler-plate line repeated in every article, is analysed once.
        Each table keeps at most ``MEMO_LIMIT`` entries, dropping the
        oldest quarter when full, so memory stays bounded on any corpus.
        Callers must not modify the values.
        """
        table = self._memo.get(kind)
        if table is None:
            table = self._memo[kind] = {}
        try:
            return table[key]
        except KeyError:
            if len(table) >= MEMO_LIMIT:
                for old in list(itertools.islice(table, MEMO_LIMIT // 4)):
                    del table[old]
            value = table[key] = factory()
            return value

    def new_document(self) -> None:
        """Called before each document; the memo outlives documents (it is keyed by content)."""


def build_checks(config: Config) -> list[Check]:
    """Instantiate the selected checks with their configured options."""
    checks = []
    for cls in all_checks():
        if not is_selected(cls.code, config.select, config.ignore):
            continue
        options = config.options.get(cls.code, {})
        try:
            checks.append(cls(**options))
        except TypeError as exc:
            raise ConfigError(f"bad options for {cls.code}: {exc}", config.path) from None
    return checks


def check_options(cls: type[Check]) -> dict[str, Any]:
    """The options of a check class with their defaults."""
    return {f.name: f.default for f in dataclasses.fields(cls)}
