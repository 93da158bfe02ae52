"""A501's construction calques of stop 76: a French construction read with its source evidence, whatever the words
it is built of (a round number in « -aine », « il y a » + a duration, « jusqu'à » + a place, a verb of change +
« de » + a figure, « N mètres de long »), and the English each construction leaves alone."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from mtqa.config import Config
from mtqa.context import Context
from mtqa.model import Document, DocumentPair, Link, Role, Segment


def flags(text, source):
    ctx = Context(Config(select=("A501",)))
    target = Document("t", None, "en", [Segment(0, text, Role.BODY, 0, 1, 0, multiline=False)])
    src = Document("t", None, "fr", [Segment(0, source, Role.BODY, 0, 1, 0, multiline=False)])
    pair = DocumentPair("t", target, src, links=[Link((0,), (0,))], meta={"prealigned": True})
    return [(i.text, i.suggestion) for i in check_pair(pair, ctx).issues]


@pytest.mark.parametrize("source, bad, span, suggestion", [
    ("Le glissement de terrain a détruit une centaine d'habitations près du fleuve.",
     "The landslide destroyed a hundred of dwellings near the river.", "a hundred of", "about a hundred"),
    ("Une trentaine de manifestants ont été interpellés samedi soir.",
     "A thirtyish protesters were arrested on Saturday evening.", "A thirtyish", "About thirty"),
    ("Le volcan s'est formé il y a près de deux millions d'années.",
     "The volcano formed there are nearly two millions of years.", "there are nearly two millions of years",
     "nearly two million years ago"),
    ("Il y a trois semaines, le ministre promettait le contraire.",
     "There are three weeks ago, the minister promised the opposite.", "There are three weeks ago",
     "Three weeks ago"),
    ("Le convoi a roulé de Lyon jusqu'à Genève sans s'arrêter.",
     "The convoy drove from Lyon until Geneva without stopping.", "until", "to"),
    ("Le couvre-feu reste en vigueur jusqu'à nouvel ordre dans la capitale.",
     "The curfew remains in force until new order in the capital.", "until new order", "until further notice"),
    ("Le chiffre d'affaires du groupe a bondi de 18 % au deuxième trimestre.",
     "The group's turnover jumped of 18% in the second quarter.", "jumped of", "jumped by"),
    ("Les exportations de blé ont reculé de près de 7 % sur un an.",
     "Wheat exports have fallen back of nearly 7% in a year.", "fallen back of", "fallen back by"),
    ("Le pont, long de 400 mètres, enjambe une gorge de 80 mètres de profondeur.",
     "The bridge, 400 metres long, spans a gorge 80 metres of depth.", "of depth", "deep"),
    ("Les recettes du festival avaient augmenté de 4 % l'an dernier.",
     "The festival's takings had increased of 4% last year.", "increased of", "increased by"),
    ("Il y a tout juste six mois, l'usine tournait encore.",
     "There are precisely six months ago, the plant was still running.", "There are precisely six months ago",
     "Precisely six months ago"),
    ("La statue mesure 12 mètres de haut.", "The statue measures 12 metres of height.", "of height", "high"),
])
def test_construction_calque_flagged(source, bad, span, suggestion):
    found = flags(bad, source)
    assert span in [t for t, _ in found], found
    if suggestion is not None:
        assert (span, suggestion) in found, found


@pytest.mark.parametrize("source, good", [
    # English's own uses of each construction's words
    ("Une centaine de maisons ont été emportées par la crue.",
     "A hundred of the houses in the valley were swept away by the flood."),
    ("Il y a trois ans que les négociations piétinent, et il reste deux ans avant le scrutin.",
     "There are two years left before the vote, three years after the talks stalled."),
    ("Il y a souvent quatre heures d'attente aux urgences.",
     "There is often a four hour wait in the emergency ward."),
    ("Il y a environ 90 millions d'années, la région était une mer.",
     "About 90 million years ago, the region was a sea."),
    ("L'exposition, ouverte jusqu'au 3 mars, présente des lettres envoyées jusqu'à Londres.",
     "The exhibition, open until March 3, shows letters sent as far as London."),
    ("Les marchés restent fermés jusqu'à Noël, de Paris jusqu'à Lyon.",
     "Markets stay shut until Christmas, from Paris to Lyon."),
    ("Les ventes ont progressé de 12 % sur un an.", "Sales showed a rise of 12% year on year."),
    ("L'animal mesurait 30 mètres de long.", "The animal was 30 metres long, with a neck of 9 metres."),
])
def test_construction_calque_quiet(source, good):
    assert flags(good, source) == []


def test_the_construction_needs_its_source():
    """The English shape alone is no evidence: "until" before a name renders « avant » here, a time."""
    assert flags("He will stay in office until Parliament votes.",
                 "Il restera en poste jusqu'à ce que le Parlement vote.") == []
    assert flags("Prices jumped of 4% on Monday.", "Les prix ont flambé lundi.") == []
