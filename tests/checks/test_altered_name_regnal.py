"""A regnal number written in the target language's way is no altered name (review rv-chk35): the French
"the First" after a monarch's name (« Juan Carlos Ier », « Albert Ier ») is the Roman numeral I in English, so
T103 must not read "Ier" as a surname rendered as "I"; a different number is T111's, still reported there."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from tests.checks.accuracy_helpers import aligned_pair, context


def codes(source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.code, i.text) for i in check_pair(pair, context(("T103", "T111"))).issues]


@pytest.mark.parametrize("source,target", [
    ("Le roi Juan Carlos Ier a abdiqué en faveur de son fils.", "King Juan Carlos I abdicated in favour of his son."),
    ("Le roi Albert Ier a visité le front en 1914.", "King Albert I visited the front in 1914."),
    # an old French ordinal (« Quint », the fifth) is the Roman numeral V
    ("L'empereur Charles Quint a abdiqué en 1556.", "Emperor Charles V abdicated in 1556."),
])
def test_the_first_rendered_as_a_roman_numeral_is_no_altered_name(source, target):
    assert codes(source, target) == []


def test_a_surname_after_the_same_first_name_is_still_read():
    assert codes("Le ministre Juan Carlos Varela a démissionné.",
                 "Minister Juan Carlos Warela resigned.") == [("T103", "Warela")]


def test_another_regnal_number_is_left_to_t111():
    assert codes("L'empereur Charles Quint a abdiqué en 1556.", "Emperor Charles VI abdicated in 1556.") == [
        ("T111", "VI")]


@pytest.mark.parametrize("source,target,word,numeral", [
    # a regnal number rendered as an English word: the fix is the target's numeral, not the French word
    ("L'empereur Charles Quint a abdiqué en 1556.", "Emperor Charles Fifth abdicated in 1556.", "Fifth", "V"),
    ("Le roi Albert Ier a visité le front en 1914.", "King Albert First visited the front in 1914.", "First", "I"),
])
def test_a_regnal_number_rendered_as_a_word_is_fixed_with_the_numeral(source, target, word, numeral):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    issues = [i for i in check_pair(pair, context(("T103", "T111"))).issues]
    assert [(i.code, i.text, i.suggestion) for i in issues] == [("T103", word, numeral)]
    assert "Roman numeral" in issues[0].message
