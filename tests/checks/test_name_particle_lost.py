"""T103's reading past a surname's capitalised particle (issue 12): « M. De Bock » read as French words by a system
("Mr. Of Beer glass", "M. Beer Glass") loses the surname one word further than the word right after the kept title
or first name."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from mtqa.langs import language
from tests.checks.accuracy_helpers import aligned_pair, context

needs_fr = pytest.mark.skipif(not language("fr").has_dictionary, reason="hunspell-fr not installed")


def flags(source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.text, i.suggestion) for i in check_pair(pair, context(("T103",))).issues if i.code == "T103"]


@needs_fr
@pytest.mark.parametrize("source,target,expected", [
    # the particle rendered by a capitalised English grammar word after the courtesy title
    ("Le texte a été signé par M. De Vaart hier soir.", "The text was signed by Mr. Of Wait last night.",
     [("Of Wait", "De Vaart")]),
    # the particle dropped; the title kept as the source writes it (M.)
    ("Le texte a été signé par M. De Vaart hier soir.", "The text was signed by M. Wait last night.",
     [("Wait", "De Vaart")]),
    # after a first name of the table
    ("Selon le conseiller Emmanuel Le Mouton, la rue fermera.", "According to adviser Emmanuel The Sheep, the street will close.",
     [("The Sheep", "Le Mouton")]),
])
def test_a_surname_lost_past_its_capitalised_particle_is_t103(source, target, expected):
    assert flags(source, target) == expected


@needs_fr
@pytest.mark.parametrize("source,target", [
    # the surname kept, with or without its particle
    ("Le texte a été signé par M. De Vaart hier soir.", "The text was signed by Mr De Vaart last night."),
    ("Le texte a été signé par M. De Vaart hier soir.", "The text was signed by Mr. Vaart last night."),
    # the surname written joined to its particle elsewhere: respelt, not lost
    ("Le texte a été signé par M. De Vaart hier soir.", "The text was signed by Mr. Devaart last night."),
    # a lower-case particle is the link of an epithet, which English translates (le Chauve: the Bald)
    ("On doit ce pont à Charles le Chauve, dit-il.", "This bridge is owed to Charles the Bald, he says."),
    # a lower-case word in the surname's place: left alone
    ("Le texte a été signé par M. De Vaart hier soir.", "The text was signed by Mr. Of wait last night."),
])
def test_a_surname_kept_or_an_epithet_translated_is_not_t103(source, target):
    assert flags(source, target) == []


@needs_fr
@pytest.mark.parametrize("target,expected", [
    # the lawyer's title rendered by an English courtesy title, the surname by a word
    ("The report is long, said Ms. Fields yesterday.", [("Fields", "Deschavel")]),
    # the title kept as Quebec papers write it, the surname kept
    ("The report is long, said Me Deschavel yesterday.", []),
    ("The report is long, said Ms. Deschavel yesterday.", []),
])
def test_a_surname_after_a_courtesy_title_no_house_style_rewrites(target, expected):
    assert flags("Le rapport est long, a dit Me Deschavel hier.", target) == expected


@needs_fr
def test_a_word_like_a_courtesy_title_inside_a_name_is_no_title():
    # « Me » inside an English brand name is the word me: what follows it is the brand's, however rendered
    assert flags("Il a fondé la société « Kiss Me I'm Frozen » en 2012.",
                 "He founded the company «Kiss Me I m Frozen» in 2012.") == []
