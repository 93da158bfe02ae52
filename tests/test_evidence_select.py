"""Evidence.select: the words of a text for which a per-word fact holds, cached per run and bounded."""
from __future__ import annotations

from mtqa import evidence
from mtqa.config import Config
from mtqa.context import Context
from mtqa.evidence import Evidence


def _has_z(word: str) -> bool:
    return "z" in word


def test_answers_stay_exact_across_the_reset_of_the_bounded_caches(monkeypatch):
    # a text whose new word triggers the reset still holds a word tested before it: it must not be lost
    monkeypatch.setattr(evidence, "VOTE_CACHE_SIZE", 3)
    ev = Evidence.of(Context(Config()))
    for text in ["zinc cat", "dog tree lamp", "zinc road", "quiz maze jazz", "doze zinc moon sun"]:
        assert ev.select(text, "has-z", _has_z) == frozenset(w for w in text.split() if _has_z(w)), text
