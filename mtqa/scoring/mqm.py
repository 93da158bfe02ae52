"""MQM-style scoring: a weighted penalty per issue, normalised by word count.

Absolute penalty = sum of the severity weights of the issues. The quality
score is ``100 * (1 - penalty / words)`` clipped to [0, 100], the MQM "raw
quality score" normalised per evaluated word. Weights and pass threshold
are configuration, not code.
"""
from __future__ import annotations

from typing import Iterable, Optional

from mtqa.model import Issue


def penalty(issues: Iterable[Issue], weights: dict[str, float]) -> float:
    """Sum of severity weights."""
    return float(sum(weights[i.severity.value] for i in issues))


def quality_score(total_penalty: float, words: int) -> float:
    """0-100 score; a document with no words scores 100 only if it has no penalty."""
    if words <= 0:
        return 100.0 if total_penalty == 0 else 0.0
    return round(max(0.0, min(100.0, 100.0 * (1.0 - total_penalty / words))), 2)


def combined_penalty(mqm_penalty: float, adequacy: Optional[float], words: int, weight: float) -> float:
    """Penalty of one segment once its adequacy estimate is counted.

    ``penalty + weight * words * (1 - adequacy)``: a segment whose meaning
    is only half found in the target costs ``weight`` penalty points per two
    words, as if one word in two carried a minor issue when ``weight`` is 1.
    With ``weight`` 0, or no estimate (no source, nothing to align), it is
    the MQM penalty alone, i.e. the score mtqa gave before adequacy existed.
    """
    if not weight or adequacy is None:
        return mqm_penalty
    return mqm_penalty + weight * words * (1.0 - adequacy)
