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


ADEQUACY_FLOOR = 0.6
"""Adequacy below which a segment is penalised (calibrated on WMT13, see bench/meaning.py).

Human translations paraphrase, so their word-level adequacy is rarely near 1
(mean 0.8 on newstest references); only a segment that lost much of the
source's content falls below 0.6."""


def combined_penalty(mqm_penalty: float, adequacy: Optional[float], words: int, weight: float) -> float:
    """Penalty of one segment once its adequacy estimate is counted.

    ``penalty + weight * words * max(0, FLOOR - adequacy) / FLOOR``: a segment
    at or above the floor costs nothing more; one whose content was not found
    at all costs ``weight`` per word (with weight 1, as if every word carried
    a minor issue), and linearly in between. With ``weight`` 0, or no
    estimate (no source, no lexical model), it is the MQM penalty alone,
    i.e. the score mtqa gave before adequacy existed.
    """
    if not weight or adequacy is None:
        return mqm_penalty
    return mqm_penalty + weight * words * max(0.0, ADEQUACY_FLOOR - adequacy) / ADEQUACY_FLOOR
