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


class Context:
    """Shared state for one run."""

    def __init__(self, config: Optional[Config] = None):
        self.config = config or Config()
        self.source: LanguageProfile = load_profile(self.config.source_lang)
        self.target: LanguageProfile = load_profile(self.config.target_lang)
        self.stats: collections.Counter = collections.Counter()
        self.cache: dict[str, Any] = {}
        self.checks: list[Check] = build_checks(self.config)
        self.segment_checks = [c for c in self.checks if isinstance(c, SegmentCheck)]
        self.document_checks = [c for c in self.checks if isinstance(c, DocumentCheck)]

    def resource(self, key: str, factory):
        """Return a cached resource, building it with ``factory()`` on first use."""
        if key not in self.cache:
            self.cache[key] = factory()
        return self.cache[key]


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
