"""T106's reading of a foreign name's word replaced beside the part kept (issue 12): a name whose other part is no
word of the source language is copied whole, so a word of it both languages write, lost, with another capitalised
word in its very place beside the kept part, was read as a source-language word and replaced."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from mtqa.langs import language
from tests.checks.accuracy_helpers import aligned_pair, context

needs_fr = pytest.mark.skipif(not language("fr").has_dictionary, reason="hunspell-fr not installed")


def flags(source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.text, i.suggestion) for i in check_pair(pair, context(("T106",))).issues if i.code == "T106"]


@needs_fr
@pytest.mark.parametrize("source,target,expected", [
    # the word after the kept part (a brand no French word: Vizor)
    ("Elle a présenté la Vizor Glass mardi à Lyon.", "She presented the Vizor Knell on Tuesday in Lyon.",
     [("Knell", "Glass")]),
    # the word before the kept part (a place no French word nor name of the French dictionary: Kelworth), here
    # rendered by its bilingual dictionary translation (fort: strong)
    ("Il est cantonné à Fort Kelworth depuis mai.", "He has been stationed at Strong Kelworth since May.",
     [("Strong", "Fort")]),
    # a particle of the name's own language between the parts (del: no French word)
    ("La fête a lieu à Rancho del Bravo chaque été.", "The party takes place in Rancho del Cheer every summer.",
     [("Cheer", "Bravo")]),
    # a nickname before a first name of the table
    ("Les enfants adorent Super Mario depuis des années.", "Children have loved Great Mario for years.",
     [("Great", "Super")]),
    # the name opening a sentence of the source and of the translation: the word opening it stands in its place
    ("Fort Kelworth a fermé en mai.", "Strong Kelworth closed in May.", [("Strong", "Fort")]),
    # an address word beside a part English writes as its own word: the address is English already
    ("Ils se retrouvent à Harbour Square chaque soir.", "They meet at Harbour Small every evening.",
     [("Small", "Square")]),
    # ... or opening a quotation in both
    ('Le jeu "Super Kelworth Land" sort lundi.', 'The game "Great Kelworth Land" comes out on Monday.',
     [("Great", "Super")]),
])
def test_a_foreign_names_word_replaced_beside_its_kept_part_is_t106(source, target, expected):
    assert flags(source, target) == expected


@needs_fr
@pytest.mark.parametrize("source,target", [
    # the name kept whole
    ("Il est cantonné à Fort Kelworth depuis mai.", "He has been stationed at Fort Kelworth since May."),
    ("La fête a lieu à Rancho del Bravo chaque été.", "The party takes place in Rancho del Bravo every summer."),
    # a French generic word English writes little and translates (lac: Lake), in the same place
    ("Ils naviguent sur le Lac Kelworth en été.", "They sail on Lake Kelworth in summer."),
    # the generic word English puts after the name: another side of the kept part
    ("Ils manifestent sur la Place Kelworth depuis lundi.", "They have been demonstrating in Kelworth Square since Monday."),
    # a title of the target in the word's place: the person named again
    ("Le prix revient à Major Kelworth cette année.", "The prize goes to Mr Kelworth this year."),
    # the word written short
    ("Il a succédé à son père, Thomas Kelworth Junior, en mai.", "He succeeded his father, Thomas Kelworth Jr, in May."),
    # a particle of the source language joins words a translation renders (de: Chambre de Commerce)
    ("Il dirige la Banque de Kelworth depuis mai.", "He has run the Bank of Kelworth since May."),
    # the word opening a sentence the source's name does not open: its capital says nothing
    ("En mai, Fort Kelworth a fermé.", "Strong Kelworth closed in May."),
    # a grammar word opening the translation where the name opened the source's sentence
    ("Fort Kelworth a fermé en mai.", "The Kelworth closed in May."),
    # the name kept whole at the opening
    ("Fort Kelworth a fermé en mai.", "Fort Kelworth closed in May."),
])
def test_a_foreign_name_kept_or_translated_as_english_does_is_not_t106(source, target):
    assert flags(source, target) == []


@needs_fr
@pytest.mark.parametrize("source,target", [
    # a word of an address English translates and moves (rue: Street)
    ("Ils habitent au numéro 12 de Rue Kelworth depuis mai.", "They have lived at number 12 of Street Kelworth since May."),
    # beside a place the source language knows itself, the word's dictionary rendering is English usage
    ("Il a visité le Grand Montréal en mai.", "He visited Greater Montréal in May."),
])
def test_a_word_english_translates_beside_the_name_is_not_t106(source, target):
    assert flags(source, target) == []


@needs_fr
def test_a_rank_replaced_beside_the_name_kept_is_reported_as_a_rank():
    pair = aligned_pair([("Titre", "Title"), ("Le contingent est dirigé par le Major Tomasz Kelworth depuis mai.",
                                              "The contingent has been led by the Officer Tomasz Kelworth since May.")])
    found = [i for i in check_pair(pair, context(("T106",))).issues if i.code == "T106"]
    assert [(i.text, i.suggestion) for i in found] == [("Officer", "Major")]
    assert "rank" in found[0].message


@needs_fr
def test_a_rank_kept_before_the_name_is_not_t106():
    assert flags("Le contingent est dirigé par le Major Tomasz Kelworth depuis mai.",
                 "The contingent has been led by Major Tomasz Kelworth since May.") == []


@needs_fr
def test_a_system_that_writes_names_in_lower_case_is_read_in_lower_case():
    # the kept part in lower case (no English word): the system lost the casing, the word beside it counts
    source = "Il est cantonné à Fort Kelworth depuis mai."
    assert flags(source, "He has been stationed at strong kelworth since May.") == [("strong", "Fort")]
    # the word after the kept part
    assert flags("Elle a présenté la Vizor Glass mardi à Lyon.", "She presented the vizor knell on Tuesday in Lyon.") \
        == [("knell", "Glass")]
    # the name kept in lower case, or a grammar word beside the lower-case part: nothing replaced
    assert flags(source, "He has been stationed at fort kelworth since May.") == []
    assert flags(source, "He has been stationed at kelworth since May.") == []
    # the part with its capital: a lower-case word beside it is the sentence's own
    assert flags(source, "He has been stationed at strong Kelworth since May.") == []
    # a kept part English has as a word: in lower case it may be the sentence's own word
    assert flags("Il est cantonné à Fort Stone depuis mai.", "He has been stationed at strong stone since May.") == []
    assert flags("Il est cantonné à Fort Stone depuis mai.", "He has been stationed at Strong Stone since May.") \
        == [("Strong", "Fort")]
