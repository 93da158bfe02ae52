"""One definition of "the text writes this word as a whole word" (langs.text.whole_word_starts), read by
nonwords (a copy of a source word), numbers (a source writes the word) and the capitals of sentence openings
(« Névé et glacier … »): each had its own str.find loop. Pinned here against the regex it stands for."""
from __future__ import annotations

import re

import pytest

from mtqa.langs.text import capital_only_at_openings, whole_word_starts

TEXTS = [
    "Névé et glacier fondent. Le névé recule.",
    "Névés et névé_2 ; (Névé) « Névé » Névé-Sud",
    "Le 3Névé, Névé3, Névé. Névé",
    "",
    "Névé",
    "Saint-Denis et Denis, Denis-Paul, Denis",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("word", ["Névé", "névé", "Denis", "é"])
def test_whole_word_starts_is_the_word_boundary_regex(text, word):
    expected = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
    assert list(whole_word_starts(text, word)) == expected


def test_joiners_count_as_word_characters_on_both_sides():
    text = "Saint-Denis et Denis, Denis-Paul, Denis"
    assert list(whole_word_starts(text, "Denis", "-")) == [15, 34]


def test_the_checks_read_the_one_definition():
    from mtqa.checks.nonwords import _whole_word
    from mtqa.numbers import _writes

    for text in TEXTS:
        for word in ("Névé", "Denis"):
            found = bool(list(whole_word_starts(text, word)))
            assert (_whole_word(word, text) is not None) == found == _writes(text, word)
    assert capital_only_at_openings("Névé", "Névé et glacier fondent. (Névé) recule. Névés")
    assert not capital_only_at_openings("Névé", "Névé et glacier fondent. Le Névé recule.")
    assert not capital_only_at_openings("Névé", "Les Névés fondent.")  # not written as a whole word
