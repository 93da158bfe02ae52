"""The run context handed to every check: configuration, languages, caches.

One context serves a whole run, so expensive resources (word-frequency
tables, compiled lexicons) are loaded once and shared, and counters such as
how many segments reached language identification are collected in one place.
"""
from __future__ import annotations

import collections
import dataclasses
from typing import Any, Optional

from mtqa.checks.base import Check, DocumentCheck, SegmentCheck
from mtqa.checks.registry import all_checks, is_selected
from mtqa.config import Config
from mtqa.errors import ConfigError
from mtqa.langs import LanguageProfile, load_profile
from mtqa.limits import MAX_SEGMENT


MEMO_LIMIT = 20_000
"""Entries per :meth:`Context.memo` table before it is emptied (a document has far fewer segments)."""


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
        self.segment_cap = next((c.max_chars for c in self.checks if c.code == "D900"), MAX_SEGMENT)
        """Longest segment text the checks read (the D900 option; the default cap when D900 is off)."""

    def resource(self, key: str, factory):
        """Return a cached resource, building it with ``factory()`` on first use."""
        if key not in self.cache:
            self.cache[key] = factory()
        return self.cache[key]

    def memo(self, kind: str, key, factory):
        """A per-document analysis (a segment's name tokens, its language screen...) computed once.

        Several checks read the same analysis of a segment; the first one to
        ask computes it with ``factory()`` and the others get the stored value.
        Entries are keyed on content (the text, not a segment index), so a
        value is never stale; :meth:`new_document` drops them all, and
        :func:`mtqa.api.check_pair` calls it for every document, so memory
        holds one document's analyses at a time. A table that grows past
        ``MEMO_LIMIT`` (checks called directly, without ``check_pair``) is
        emptied rather than kept.
        """
        table = self._memo.get(kind)
        if table is None:
            table = self._memo[kind] = {}
        try:
            return table[key]
        except KeyError:
            if len(table) >= MEMO_LIMIT:
                table.clear()
            value = table[key] = factory()
            return value

    def new_document(self) -> None:
        """Forget the per-document analyses of :meth:`memo`."""
        self._memo.clear()


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
