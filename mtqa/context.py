"""The run context handed to every check: configuration, languages, caches.

One context serves a whole run: the languages (``source``, ``target``,
``pair``: everything mtqa knows about them, see :mod:`mtqa.langs`), the run's
caches (``resource``, ``memo``, see :class:`mtqa.langs.cache.RunCache`), and
counters such as how many segments reached language identification.
"""
from __future__ import annotations

import collections
import dataclasses
from typing import Any, Optional

from mtqa.checks.base import Check, DocumentCheck, SegmentCheck
from mtqa.checks.registry import enabled_checks
from mtqa.config import Config
from mtqa.errors import ConfigError
from mtqa.langs import Language, LanguagePair, language_pair
from mtqa.langs.cache import RunCache
from mtqa.limits import MAX_SEGMENT
from mtqa.words import Splits


class Context:
    """Shared state for one run."""

    def __init__(self, config: Optional[Config] = None):
        self.config = config or Config()
        self.pair: LanguagePair = language_pair(self.config.source_lang, self.config.target_lang)
        """The language pair's facts (length model, name tables, glosses...)."""
        self.source: Language = self.pair.source
        self.target: Language = self.pair.target
        self.stats: collections.Counter = collections.Counter()
        self.caches = RunCache()
        """The run's caches (policy in :mod:`mtqa.langs.cache`): ``resource``, ``memo``, ``new_document``."""
        self.resource = self.caches.resource
        self.memo = self.caches.memo
        self.new_document = self.caches.new_document
        self.splits: Splits = Splits.of(self)
        """The run's split of each text (:func:`mtqa.words.text_words`), the resource itself held as an attribute:
        every word reader asks for it (264,000 times on WMT14's 24,024 pairs), and the call to ``resource``
        was a third of an answer's cost."""
        self.evidence = None
        """The run's :class:`~mtqa.evidence.Evidence` once :meth:`~mtqa.evidence.Evidence.of` built it (the
        resource, held as an attribute for the same reason as :attr:`splits`: 197,000 asks)."""
        self.checks: list[Check] = build_checks(self.config)
        self._cross_checks: Optional[list[Check]] = None
        running = [c for c in self.checks if c.runs(self.config)]  # a check that cannot report is not called
        self.segment_checks = [c for c in running if isinstance(c, SegmentCheck)]
        self.document_checks = [c for c in running if isinstance(c, DocumentCheck)]
        self.segment_cap = next((c.max_chars for c in self.checks if c.code == "D900"), MAX_SEGMENT)
        """Longest segment text the checks read (the D900 option; the default cap when D900 is off)."""
        self._plan: Optional[CheckPlan] = None

    @property
    def cross_checks(self) -> list[Check]:
        """The selected checks that compare several translations of one source (run by ``mtqa compare``), built
        on the first read: a single-translation run never reads them, nor imports their module (~57 ms of
        ``-X importtime`` at load 3, its alignment and lexical model code)."""
        if self._cross_checks is None:
            self._cross_checks = build_checks(self.config, cross_system=True)
        return self._cross_checks

    @property
    def plan(self) -> "CheckPlan":
        """The running checks as :func:`mtqa.api.check_pair` calls them, built on the first call (not
        here: a caller may still wrap a check's ``check`` after building the context, as
        ``bench/check_costs.py`` does)."""
        if self._plan is None:
            self._plan = CheckPlan(self.segment_checks, self.document_checks)
        return self._plan


class CheckPlan:
    """The running checks split once per run by whether they need a source, each held as its bound
    ``check`` (with its ``screen`` for a segment check): a run asks nothing else of a check per segment."""

    __slots__ = ("segments", "documents", "documents_without_source", "readings")

    def __init__(self, segment_checks: list[SegmentCheck], document_checks: list[DocumentCheck]):
        self.segments = screened(segment_checks)
        """(screen or None, checks, needs a source) of the segment checks, in order: each run of consecutive
        checks with the same screen (or none) and the same :attr:`~mtqa.checks.base.Check.requires_source`
        shares one entry (:func:`screened`); an entry that needs a source is skipped for a segment with none."""
        self.documents = tuple(c.check for c in document_checks)
        self.documents_without_source = tuple(c.check for c in document_checks if not c.requires_source)
        running = [*segment_checks, *document_checks]
        without_source = {r for c in running if not c.requires_source for r in c.first_readings}
        self.readings = tuple((r, r not in without_source)
                              for r in dict.fromkeys(r for c in running for r in c.first_readings))
        """(reading, needs a source) of the running checks' :attr:`~mtqa.checks.base.Check.first_readings`,
        each once, in the checks' order: "needs a source" when only checks that require a source declare it
        (a segment with no aligned source is not read ahead for them, since they are not called on it)."""


def screened(segment_checks: list[SegmentCheck]) -> tuple[tuple[Any, tuple, bool], ...]:
    """The bound ``check`` of each segment check, in order, grouped into (screen or None, checks, needs a
    source): a run of consecutive checks whose :attr:`~mtqa.checks.base.SegmentCheck.screen` is the same
    function (or who have none) and that all require a source or all do not is one entry, its screen asked
    once per segment for all of them.

    Why: the seven number-format checks (L101-L107) share :func:`mtqa.numbers.has_decimal`, and the two foreign
    script checks (A207, A208) one screen; asked once per check, they were ~0.1 s of a run's ~9 s on WMT14's
    24,024 pairs (a screen is a pure function of the text: one answer serves every check behind it). Only
    consecutive checks are grouped, so each check is still called in the order of the checks, as before."""
    groups: list[tuple[Any, list, bool]] = []
    for c in segment_checks:
        screen, needs = c.screen, c.requires_source
        if groups and groups[-1][0] is screen and groups[-1][2] == needs:
            groups[-1][1].append(c.check)
        else:
            groups.append((screen, [c.check], needs))
    return tuple((screen, tuple(checks), needs) for screen, checks, needs in groups)


def build_checks(config: Config, cross_system: bool = False) -> list[Check]:
    """Instantiate the selected checks with their configured options: those that read one translation, or
    with ``cross_system`` those that compare several translations of one source (``mtqa compare`` alone)."""
    checks = []
    for cls in enabled_checks(config.select, config.ignore, config.preview, cross_system):  # their modules alone
        options = config.options.get(cls.code, {})
        try:
            checks.append(cls(**options))
        except TypeError as exc:
            raise ConfigError(f"bad options for {cls.code}: {exc}", config.path) from None
    return checks


def check_options(cls: type[Check]) -> dict[str, Any]:
    """The options of a check class with their defaults."""
    return {f.name: f.default for f in dataclasses.fields(cls)}
