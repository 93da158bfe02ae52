"""The leftover-French oracle of bench/recall.py: French English has borrowed whole is no French left in."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import recall  # noqa: E402


def _words(src: str, mt: str, ref: str) -> list[str]:
    return [w for _, _, w in recall.oracle_french(src, mt, ref)]


def test_a_phrase_english_borrowed_is_english_in_the_output():
    src = "Ses toiles respirent la joie de vivre du peintre."
    ref = "His canvases breathe the painter's zest for life."
    assert _words(src, "His canvases breathe the painter's joie de vivre.", ref) == []
    # the same words set apart are still French left in
    assert _words(src, "His canvases breathe the joie of the painter to vivre.", ref) == ["joie", "vivre"]


def test_a_hyphenated_compound_english_lists_is_english():
    src = "Elle a lu son essai d'avant-garde avant le rendez-vous."
    ref = "She read his pioneering essay before the meeting."
    assert _words(src, "She read his avant-garde essay before the rendez-vous.", ref) == []


def test_two_words_alone_may_be_french_grammar():
    src = "Le blocage a détruit de trop nombreux projets."
    ref = "The blockade wrecked too many projects."
    assert _words(src, "The blockade destroyed de trop numerous projects.", ref) == ["trop"]
