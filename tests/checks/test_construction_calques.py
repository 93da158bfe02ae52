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


# md76a (review rv76a): what the first round read too widely, and the severities


def issues(text, source):
    ctx = Context(Config(select=("A501",)))
    target = Document("t", None, "en", [Segment(0, text, Role.BODY, 0, 1, 0, multiline=False)])
    src = Document("t", None, "fr", [Segment(0, source, Role.BODY, 0, 1, 0, multiline=False)])
    pair = DocumentPair("t", target, src, links=[Link((0,), (0,))], meta={"prealigned": True})
    return check_pair(pair, ctx).issues


@pytest.mark.parametrize("source, good", [
    # il-y-a: the existential with its own subject, the duration elsewhere
    ("Il y a des rassemblements depuis deux semaines.", "There have been rallies for two weeks."),
    ("Il y avait 800 élèves il y a cinq ans.", "There were 800 pupils five years ago."),
    ("Il y a eu des inondations ces dernières années.", "There have been floods in recent years."),
    # jusqu-a-lieu: a time named by an event, a feast, a reign, a person
    ("Les discussions se prolongeront jusqu'à la COP29.", "Discussions will go on until COP29."),
    ("La décision est repoussée jusqu'au G7.", "The decision is put off until the G7."),
    ("L'attaquant est forfait jusqu'à Wimbledon.", "The striker is out until Wimbledon."),
    ("Le sélectionneur restera en place jusqu'à l'Euro 2028.", "The manager will stay until Euro 2028."),
    ("Les promotions durent jusqu'au Black Friday.", "The offers run until Black Friday."),
    ("La coutume a survécu jusqu'à Louis XV.", "The custom survived until Louis XV."),
    ("Les travaux sont suspendus jusqu'à la Toussaint.", "Work is halted until All Saints' Day."),
    # une-centaine-de: a part of a whole given by a figure
    ("Une centaine de sénateurs sur 348 ont signé.", "One hundred of 348 senators signed."),
    # de-long / de-haut: the dimension's word does not end the phrase
    ("La file fait 2 km de long ; il y a 2 km de longues files.", "The line is 2 km long; 2 km of long queues."),
    ("Une antenne de 30 mètres de haut et 300 mètres de câble à haute tension.",
     "A 30-metre-high mast and 300 metres of high-voltage cable."),
])
def test_reviewed_english_quiet(source, good):
    assert flags(good, source) == []


@pytest.mark.parametrize("source, bad, span, suggestion", [
    ("Il y a deux ans et trois mois, l'usine a fermé.", "There are two years and three months, the plant closed.",
     "There are two years and three months", "Two years and three months ago"),
    ("Il y a six ans déjà que l'usine a fermé.", "There are six years ago that the plant closed.",
     "There are six years ago", "Six years ago"),
    ("Le train a roulé jusqu'à Genève sans arrêt.", "The train ran until Geneva without a stop.", "until", "to"),
    ("La piste mène jusqu'à Ouarzazate.", "The track leads until Ouarzazate.", "until", "to"),
    ("Le tramway sera prolongé jusqu'à Ouarzazate.", "The tramway will be extended until Ouarzazate.", "until", "to"),
    ("Les ventes ont progressé de 9 % en mai.", "Sales progressed of 9% in May.", "progressed of", "rose by"),
    ("Le chômage a reculé de 2 %.", "Unemployment has retreated of 2%.", "retreated of", "fallen by"),
    ("Le séisme a eu lieu à 35 km de profondeur.", "The quake happened at 35 km of depth.", "35 km of depth",
     "a depth of 35 km"),
])
def test_reviewed_calque_flagged(source, bad, span, suggestion):
    assert (span, suggestion) in flags(bad, source), flags(bad, source)


@pytest.mark.parametrize("source, bad, severity", [
    ("Les ventes ont bondi de 12 %.", "Sales jumped of 12%.", "minor"),
    ("Le mur fait 10 mètres de haut.", "The wall is 10 metres of height.", "minor"),
    ("La digue fait 2 km de long.", "The dyke is 2 km of length.", "minor"),
    ("Une trentaine de manifestants ont été arrêtés.", "A thirtyish protesters were arrested.", "minor"),
    ("Une centaine de maisons ont brûlé.", "A hundred of houses burned.", "minor"),
    ("Le stade est fermé jusqu'à nouvel ordre.", "The stadium is closed until new order.", "minor"),
    ("Il y a dix ans, la ville comptait 3 000 habitants.", "There are ten years, the town had 3,000 inhabitants.",
     "major"),
    ("Le train a roulé jusqu'à Genève.", "The train ran until Geneva.", "major"),
])
def test_reviewed_severity(source, bad, severity):
    found = issues(bad, source)
    assert found and {i.severity.value for i in found} == {severity}, found


def test_place_evidence_reads_the_tables_not_the_capital():
    """A capitalised word after "until" with no place of the tables, no verb of a way and no way is no evidence."""
    assert flags("The rally will pass through Erfoud until Ouarzazate.",
                 "Le rallye passera par Erfoud jusqu'à Ouarzazate.") == []
    assert flags("The rally will pass through Erfoud until Tangier.",
                 "Le rallye passera par Erfoud jusqu'à Tanger.") == [("until", "to")]


def test_place_evidence_is_the_paired_source_match():
    """md76f (lr76 #1): a way or a place on another « jusqu'à » of the line is no evidence for this "until": the
    source match paired with the trap (by its name, else by its rank) must carry it."""
    source = "La route mène jusqu'à Lyon, et la trêve tiendra jusqu'à la COP29."
    assert flags("The road leads to Lyon, and the truce will hold until COP29.", source) == []
    assert flags("The road leads until Lyon, and the truce will hold until COP29.", source) == [("until", "to")]
    assert flags("The truce will hold until COP29 and the road leads until Ouarzazate.",
                 "La trêve tiendra jusqu'à la COP29 et la route mène jusqu'à Ouarzazate.") == [("until", "to")]


@pytest.mark.parametrize("source, good", [
    ("Il y a eu deux heures de retard à la gare.", "There were two hours delay at the station."),
    ("Il y a trois heures d'attente aux urgences.", "There are three hours waiting at the emergency room."),
    ("Il y avait eu deux jours de grève.", "There had been two days strike."),
])
def test_existential_il_y_a_is_no_ago(source, good):
    """md76f (lr76 #5): « il y a eu » and a duration measuring a noun (« N heures de retard ») are the existential:
    "ago" would change the meaning."""
    assert flags(good, source) == []


def test_il_y_a_de_cela_still_dates():
    assert flags("There are two years, the plant closed.", "Il y a deux ans de cela, l'usine a fermé.") == [
        ("There are two years", "Two years ago")]


def test_the_duration_trap_renders_the_source_match_s_figure():
    """fx77: the « il y a » + duration that matched must hold the trap's figure; another of the line is no
    evidence for an existential rendered with its own noun."""
    source = "Il y a eu deux heures de retard à la gare, il y a trois jours."
    assert flags("There were two hours delay at the station, three days ago.", source) == []
    assert flags("There were two hours delay at the station, there are three days.", source) == [
        ("there are three days", "three days ago")]
    # a hedge with no figure on either side is still read (« quelques », "a few")
    assert flags("There are a few years, the town was quiet.", "Il y a quelques années, la ville était calme.") == [
        ("There are a few years", "A few years ago")]


def test_same_figure_must_be_true_or_false():
    from mtqa.langs.false_friend_lexicon import compile_entries

    raw = {"id": "x", "kind": "calque", "source": r"\bil y a\b", "target": r"\bthere are\b", "suggestion": "ago",
           "note": "n", "same_figure": "false"}
    with pytest.raises(ValueError, match="'x'.*same_figure"):
        compile_entries([raw])


def test_the_measure_entries_read_one_list_of_units():
    """fx77: the « N mètres de long/large/haut/profondeur » entries read lexmodel/units.toml's lengths through
    ``{{UNITS:<lang>:lengths}}`` instead of repeating the list; a list that is not there is a data error."""
    import re

    from mtqa.langs import false_friend_lexicon as lexicon

    text = open(lexicon.__file__.replace("langs/false_friend_lexicon.py", "data/false_friends.toml"),
                encoding="utf-8").read()
    assert "centimètres?|cm" not in text and text.count("{{UNITS:fr:lengths}}") >= 5
    expanded = lexicon._UNITS.sub(lexicon._units, r"\d+\s*{{UNITS:en:lengths}}\s+of\s+depth")
    assert re.search(expanded, "at 35 kilometres of depth") and re.search(expanded, "a 12 cm of depth")
    assert not re.search(expanded, "at 35 miles of depth")
    from mtqa.errors import DataError

    with pytest.raises(DataError, match=r"units\.toml: \[en\] widths is missing"):  # md77b: named as units.toml's
        lexicon._UNITS.sub(lexicon._units, "{{UNITS:en:widths}}")
    assert flags("The quake struck at 35 kilometres of depth.", "Le séisme a frappé à 35 kilomètres de profondeur.")
