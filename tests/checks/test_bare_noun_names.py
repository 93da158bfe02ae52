"""T105's bare noun names: a source noun capitalised mid-sentence with no determiner before it is a name,
and a capitalised rendering of its letters in the translation is the name read as a word (issue 12)."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from mtqa.langs import language
from tests.checks.accuracy_helpers import aligned_pair, context

needs_fr = pytest.mark.skipif(not language("fr").has_dictionary, reason="hunspell-fr not installed")


def flags(code: str, source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.text, i.suggestion) for i in check_pair(pair, context((code,))).issues if i.code == code]


@needs_fr
@pytest.mark.parametrize("source,target,expected", [
    # a noun of the source language, capitalised mid-sentence with no determiner before it, is a name (an
    # association, a person): the translation wrote the model's or the dictionary's rendering of its letters,
    # with the name's capital
    ("Elle dirige Tremplin depuis 2005 avec succès.", "She has run Springboard since 2005 with success.",
     [("Springboard", "Tremplin")]),
    ("Le caporal Bert Paquet a confirmé l'arrestation hier.", "Corporal Bert Package confirmed the arrest yesterday.",
     [("Package", "Paquet")]),
    ("Le roman a été traduit par Peter Graves en 2011.", "The novel was translated by Peter Serious in 2011.",
     [("Serious", "Graves")]),
    # after a verb's infinitive, which the dictionary lists as a noun too (le devenir), the capital is the object's
    ("Il refuse de devenir Labour malgré tout.", "He refuses to become Ploughing despite everything.",
     [("Ploughing", "Labour")]),
])
def test_a_bare_noun_name_translated_is_t105(source, target, expected):
    assert flags("T105", source, target) == expected


@needs_fr
@pytest.mark.parametrize("source,target", [
    # the name kept
    ("Elle dirige Tremplin depuis 2005 avec succès.", "She has run Tremplin since 2005 with success."),
    ("Le caporal Bert Paquet a confirmé l'arrestation hier.", "Corporal Bert Paquet confirmed the arrest yesterday."),
    # a noun the source capitalises by convention keeps its determiner, before it or before an adjective
    ("La Commission a rendu son avis mardi.", "The Committee gave its opinion on Tuesday."),
    ("Les principales Bourses européennes ont baissé vendredi.", "The main European Stock Exchanges fell on Friday."),
    # a title English writes as a name too (State: a proper stem of the target dictionary)
    ("Le secrétaire d'État a parlé hier soir.", "The Secretary of State spoke last night."),
    # a title or a body's head with its complement, or a body named in the source's words
    ("Il occupe le poste de Chef des Ventes depuis mai.", "He has held the post of Head of Sales since May."),
    ("Ils ont visité la Chambre de Commerce lundi.", "They visited the Chamber of Trade on Monday."),
    # the sector of a body named by its initials
    ("Il est membre de la CGT Santé depuis dix ans.", "He has been a member of CGT Health for ten years."),
    # the head of a longer name, a compound name, a determiner inside a name: English renders them (read on the
    # newstest references 2008 and 2011)
    ("Il possède Bodegas Vega Sicilia depuis 1982.", "He has owned Warehouses Vega Sicilia since 1982."),
    ("Il vit au Royaume-Uni depuis 2001.", "He has lived in the United Kingdom since 2001."),
    ("Le Parti communiste et Europe Ecologie-Les Verts ont voté contre.",
     "The Communist Party and Europe Ecology - the Greens voted against."),
    # the rendering beside another capitalised word the source does not write: a name in English words
    ("Il a acheté une Škoda Fabia Combi neuve.", "He bought a new Skoda Fabia Station Wagon."),
])
def test_a_bare_noun_name_not_flagged(source, target):
    assert flags("T105", source, target) == []


@needs_fr
def test_a_bare_noun_name_translated_in_lower_case_by_a_system_that_lowers_names():
    # the system writes the source's names in lower case ("gastinel", no word of either dictionary): its
    # lower-case rendering of the bare noun name is the name read as a word
    source = "Selon Paul Gastinel, directeur de Tremplin, le projet avance."
    assert flags("T105", source, "According to Paul gastinel, director of springboard, the project is moving.") \
        == [("springboard", "Tremplin")]
    # the names with their capitals: the lower-case word may be the sentence's own
    assert flags("T105", source, "According to Paul Gastinel, director of springboard, the project is moving.") == []
    # the name kept, in lower case too: nothing translated
    assert flags("T105", source, "According to Paul gastinel, director of tremplin, the project is moving.") == []
