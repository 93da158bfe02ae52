"""A614's gate on a short sentence rendered one for one: the lost figure's own words do not count against it.

A sentence's recall falls when its figure's words are left out, and in a short one they are much of its
content: « Il a passé deux ans et demi en prison. » -> "He spent 2 years in prison." lost the half and must
be read. Two sentences for one, or a sentence whose other words are not rendered, stay behind the gate.
"""
from __future__ import annotations

from mtqa.api import check_texts


def _a614(source: str, target: str) -> list[tuple[str, str]]:
    return [(i.text, i.suggestion) for i in check_texts(target, source=source).issues if i.code == "A614"]


def test_a_short_sentence_that_lost_its_half_is_read():
    assert _a614("Il a passé deux ans et demi en prison.", "He spent 2 years in prison.") == [("2 years", "2.5 years")]


def test_a_long_figure_in_words_lost_in_a_short_sentence_is_read():
    assert _a614("La course fait quatre-vingt-dix-neuf kilomètres et demi.",
                 "The race is 99 kilometres long.") == [("99 kilometres", "99.5 kilometres")]


def test_the_whole_figure_rendered_stays_quiet():
    assert _a614("Il a passé deux ans et demi en prison.", "He spent two and a half years in prison.") == []
    assert _a614("La course fait quatre-vingt-dix-neuf kilomètres et demi.",
                 "The race is 99.5 kilometres long.") == []


def test_a_short_source_rendered_as_two_sentences_stays_behind_the_gate():
    assert _a614("Il a passé deux ans et demi en prison.", "He spent time. Years, in prison.") == []
