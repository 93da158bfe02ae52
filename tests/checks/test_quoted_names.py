"""A word alone in a quotation or bracket opened mid-sentence is a name (issue 12): « la série "Dallas" » -> "the
series "Paved"" lost the series' name, though a capital opening a quotation says nothing by itself."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from mtqa.checks.name_swaps.name_words import quoted_alone
from mtqa.langs import language
from tests.checks.accuracy_helpers import aligned_pair, context

needs_fr = pytest.mark.skipif(not language("fr").has_dictionary, reason="hunspell-fr not installed")


def at(text: str, word: str) -> tuple[str, int, int]:
    start = text.index(word)
    return text, start, start + len(word)


@pytest.mark.parametrize("text,word", [
    ('la série "Dallas" a repris', "Dallas"),
    ("la série « Dallas » a repris", "Dallas"),
    ("la série “Dallas” a repris", "Dallas"),
    ("et Adil (Rami), dit-il", "Rami"),
])
def test_a_word_alone_in_marks_opened_mid_sentence_is_quoted_alone(text, word):
    assert quoted_alone(*at(text, word))


@pytest.mark.parametrize("text,word", [
    ('"Dallas" a repris', "Dallas"),  # the quotation opens the sentence
    ('Il a dit. "Dallas" a repris', "Dallas"),  # ... after a full stop
    ('la série "Dallas revient" a repris', "Dallas"),  # a quoted phrase, not one word
    ("la série Dallas a repris", "Dallas"),  # no quotation at all
    ('elle a dit, "Non", puis', "Non"),  # after a comma: a quoted reply
])
def test_a_quoted_phrase_or_a_quotation_opening_a_sentence_is_not_quoted_alone(text, word):
    assert not quoted_alone(*at(text, word))


def flags(source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.text, i.suggestion) for i in check_pair(pair, context(("T106",))).issues if i.code == "T106"]


@needs_fr
def test_a_quoted_name_replaced_by_a_quoted_word_is_t106():
    assert flags('Elle travaille avec son frère à "Dallas" en hiver.',
                 'She works with her brother in "Paved" in winter.') == [("Paved", "Dallas")]


@needs_fr
@pytest.mark.parametrize("source,target", [
    ('Elle travaille avec son frère à "Dallas" en hiver.', 'She works with her brother in "Dallas" in winter.'),
    ('Elle travaille avec son frère à "Dallas" en hiver.', "She works with her brother in Dallas in winter."),
    # a quoted word no dictionary lists as a name may be a term the translator rewords
    ("Les jeunes disent « Zouk » pour danser.", 'Young people say "Dance" to dance.'),
])
def test_a_quoted_name_kept_or_a_quoted_term_reworded_is_not_t106(source, target):
    assert flags(source, target) == []
