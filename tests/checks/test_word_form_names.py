"""T106's name slots for a name the source dictionary reads as a verb form (issue 12): the source language
capitalises no verb mid-sentence, so such a word is a name, and a system that wrote the verb's translation in its
place lost it, even where English writes the name's letters as a word of its own (china) or the name follows a
common noun, when English knows the word as a name (« le télescope Hale »)."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from mtqa.langs import language
from mtqa.checks.name_swaps.name_words import verb_name_at
from tests.checks.accuracy_helpers import aligned_pair, context

needs_fr = pytest.mark.skipif(not language("fr").has_dictionary or not language("en").has_dictionary,
                              reason="hunspell-fr or hunspell-en not installed")


def flags(source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.code, i.text, i.suggestion) for i in check_pair(pair, context(("T1",))).issues]


@needs_fr
@pytest.mark.parametrize("source,target,expected", [
    # « China » read as *chiner*: English writes china as a word, but the capital made it a name in French
    ("Les pluies ont touché les communes de Vestrano, China et Arbolleda.",
     "The rains hit the municipalities of Vestrano, Dyed and Arbolleda.", [("T106", "Dyed", "China")]),
    # after a common noun, a word English knows as a name (Hale, Harper) names the person the thing is named after
    ("Le télescope Hale de l'observatoire a été rénové en mai.",
     "The telescope Tows of the observatory was renovated in May.", [("T106", "Tows", "Hale")]),
    ("Le plan du gouvernement Harper a été publié lundi.",
     "The plan of the government Grip was published on Monday.", [("T106", "Grip", "Harper")]),
])
def test_a_verb_form_name_replaced_by_a_word_in_its_place_is_t106(source, target, expected):
    assert flags(source, target) == expected


@needs_fr
@pytest.mark.parametrize("source,target", [
    # the names kept
    ("Les pluies ont touché les communes de Vestrano, China et Arbolleda.",
     "The rains hit the municipalities of Vestrano, China and Arbolleda."),
    ("Le télescope Hale de l'observatoire a été rénové en mai.",
     "The Hale telescope of the observatory was renovated in May."),
    ("Le plan du gouvernement Harper a été publié lundi.",
     "The plan of the Harper government was published on Monday."),
    # a title opening with a verb after a common noun, which English does not know as a name, may be rendered
    ("Il a lu le livre Apprivoiser la peur hier soir.", "He read the book Taming fear last night."),
])
def test_a_verb_form_name_kept_or_a_title_rendered_is_not_flagged(source, target):
    assert flags(source, target) == []


@needs_fr
def test_a_verb_form_after_a_common_noun_is_a_name_only_where_english_knows_it_as_one():
    src, tgt = language("fr"), language("en")
    text = "Le télescope Hale et le livre Apprivoiser la peur."
    assert verb_name_at(text, text.index("Hale"), "Hale", src, tgt)
    assert not verb_name_at(text, text.index("Apprivoiser"), "Apprivoiser", src, tgt)


@needs_fr
@pytest.mark.parametrize("source,target,expected", [
    # T105's bare noun after a common noun: a word English knows as a name (a brand) is no title's first word
    ("Elle a reçu trois cartes Visa en mai.", "She received three cards Aimed in May.", [("T105", "Aimed", "Visa")]),
])
def test_a_bare_noun_name_english_knows_after_a_common_noun_translated_is_t105(source, target, expected):
    assert flags(source, target) == expected


@needs_fr
@pytest.mark.parametrize("source,target", [
    ("Elle a reçu trois cartes Visa en mai.", "She received three Visa cards in May."),
    ("Elle a reçu trois cartes Visa en mai.", "She received three cards Visa in May."),
    # a title after a common noun, a word English does not know as a name: rendered, and left alone
    ("Il a vu la mer Morte en mai.", "He saw the Dead Sea in May."),
])
def test_a_bare_noun_name_kept_or_a_descriptive_name_rendered_is_not_t105(source, target):
    assert flags(source, target) == []


@needs_fr
def test_a_bare_noun_name_rendered_in_the_other_spelling_of_the_dictionarys_translation_is_t105():
    # FreeDict renders labour "ploughing"; an American translation writes "Plowing": one word, two spellings
    assert flags("Elle a décidé de rejoindre Labour l'an dernier.", "She decided to join Plowing last year.") \
        == [("T105", "Plowing", "Labour")]
    assert flags("Elle a décidé de rejoindre Labour l'an dernier.", "She decided to join Labour last year.") == []


@pytest.mark.skipif(len(language("en").dictionaries) < 2, reason="hunspell en_US and en_GB not both installed")
@pytest.mark.parametrize("word,others", [
    ("plowing", ("ploughing",)), ("ploughing", ("plowing",)), ("colour", ("color",)), ("organise", ("organize",)),
    # a word both dictionaries know has no other spelling, though a group swapped in it spells another word
    ("tower", ()), ("four", ()), ("organize", ()),
])
def test_other_spellings_are_read_from_the_dictionary_that_lacks_the_word(word, others):
    assert language("en").other_spellings(word) == others


@needs_fr
@pytest.mark.parametrize("source,target,expected", [
    # a name the source quotes in English (Harbour and Research are no French words): its Unit is English too,
    # though French writes the letters (il unit), and the word beside the kept part in its place replaced it
    ("Une étude du Harbour Research Unit a été publiée lundi.", "A study of the Harbour Research Links was published on Monday.",
     [("T106", "Links", "Unit")]),
])
def test_a_word_of_a_name_quoted_in_english_replaced_beside_its_kept_part_is_t106(source, target, expected):
    assert flags(source, target) == expected


@needs_fr
@pytest.mark.parametrize("source,target", [
    ("Une étude du Harbour Research Unit a été publiée lundi.", "A study of the Harbour Research Unit was published on Monday."),
    ("Une étude du Harbour Research Unit a été publiée lundi.", "A Harbour Research Unit study was published on Monday."),
    # a name of French words only: its words are French, and English renders them
    ("Une étude de la Commission Nationale Bancaire a été publiée.", "A study of the National Banking Commission was published."),
])
def test_a_name_quoted_in_english_kept_or_a_french_name_rendered_is_not_t106(source, target):
    assert flags(source, target) == []
