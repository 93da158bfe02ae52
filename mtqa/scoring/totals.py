"""What every run total counts as results stream past, whoever presents it.

The report's summary (:class:`mtqa.renderers.base.Summary`) and ``mtqa
compare``'s per-system stats (:class:`mtqa.compare.SystemStats`) both total
documents; counting here, once, keeps them from disagreeing about what a
result adds, without the comparison depending on a renderer.
"""
from __future__ import annotations

from collections import Counter

from mtqa.model import DocumentResult


class Totals:
    """Counts every run total keeps: documents, passes, words, issues by severity, category and code.

    The report's :class:`Summary` and ``mtqa compare``'s per-system stats
    both total documents as they stream past; counting them here, once,
    keeps the two from disagreeing about what a result adds. Subclasses are
    dataclasses declaring these fields and extending :meth:`add`.
    """

    documents: int
    passed: int
    words: int
    issues: int
    by_severity: Counter
    by_category: Counter
    by_code: Counter

    def add(self, result: DocumentResult) -> None:
        self.documents += 1
        self.passed += result.passed
        self.words += result.words
        for issue in result.issues:
            self.count(issue)

    def count(self, issue) -> None:
        """One more issue in the counts (also an issue added after its document: ``mtqa compare``'s
        cross-system checks)."""
        self.issues += 1
        self.by_severity[issue.severity.value] += 1
        self.by_category[issue.category] += 1
        self.by_code[issue.code] += 1
