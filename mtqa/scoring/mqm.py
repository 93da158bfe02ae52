"""MQM-style scoring: a weighted penalty per issue, normalised by word count.

Absolute penalty = sum of the severity weights of the issues. The quality
score is ``100 * (1 - penalty / words)`` clipped to [0, 100], the MQM "raw
quality score" normalised per evaluated word. Weights and pass threshold
are configuration, not code.
"""
from __future__ import annotations

from typing import Iterable

from mtqa.model import Issue


def penalty(issues: Iterable[Issue], weights: dict[str, float]) -> float:
    """Sum of severity weights."""
    return float(sum(weights[i.severity.value] for i in issues))


def quality_score(total_penalty: float, words: int) -> float:
    """0-100 score; a document with no words scores 100 only if it has no penalty."""
    if words <= 0:
        return 100.0 if total_penalty == 0 else 0.0
    return round(max(0.0, min(100.0, 100.0 * (1.0 - total_penalty / words))), 2)
