"""T112: a source name replaced in its very place by lower-case common words that render no source word
(issue 12, names a system loses without writing a new name)."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from mtqa.langs import language
from mtqa.model import Severity
from tests.checks.accuracy_helpers import aligned_pair, context

needs_fr = pytest.mark.skipif(not language("fr").has_dictionary, reason="hunspell-fr not installed")


def issues(source: str, target: str, codes=("T112",)):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [i for i in check_pair(pair, context(codes)).issues if i.code in codes]


@needs_fr
@pytest.mark.parametrize("source,target,text,name", [
    # a name the source dictionary reads as a verb (se gausser), rendered as that verb
    ("Il a fêté le titre du championnat avec Gausse, mais seulement à distance, puisqu'il dirigeait déjà la "
     "fédération.",
     "He celebrated the championship title with makes fun, but only at a distance, since he already ran the "
     "federation.", "makes fun", "Gausse"),
    # a rare name at the end of its noun phrase, an adverb in its place
    ("Le groupe Moravelli est le principal actionnaire de la chaîne d'hôtels Vostradi depuis mai.",
     "The Moravelli group has been the main shareholder of the hotel chain flatly since May.", "flatly",
     "Vostradi"),
])
def test_a_name_replaced_by_a_lower_case_word_is_reported_with_the_name_suggested(source, target, text, name):
    [issue] = issues(source, target)
    assert issue.text == text and issue.suggestion == name and f"“{name}”" in issue.message
    assert issue.severity is Severity.MINOR and issue.category == "terminology"


@needs_fr
@pytest.mark.parametrize("source,target", [
    # the name kept
    ("Le groupe Moravelli est le principal actionnaire de la chaîne d'hôtels Vostradi depuis mai.",
     "The Moravelli group has been the main shareholder of the Vostradi hotel chain since May."),
    # nothing in its place: A611's omission, not a stand-in
    ("Le groupe Moravelli est le principal actionnaire de la chaîne d'hôtels Vostradi depuis mai.",
     "The Moravelli group has been the main shareholder of the hotel chain since May."),
    # a capitalised word in its place: a new name, T106's
    ("Le groupe Moravelli est le principal actionnaire de la chaîne d'hôtels Vostradi depuis mai.",
     "The Moravelli group has been the main shareholder of the hotel chain Flatly since May."),
    # a pronoun in the name's place refers to it
    ("Le porte-parole a confirmé mardi que Dravenik quittera le club avant la fin de la saison.",
     "The spokesman confirmed on Tuesday that he will leave the club before the end of the season."),
])
def test_no_stand_in_where_the_name_is_kept_left_out_renamed_or_referred_to(source, target):
    assert issues(source, target) == []


@needs_fr
def test_the_stand_in_is_not_also_reported_as_a_name_left_out():
    """A611 reads an empty place only: the two checks do not report one lost name twice."""
    source = "Le groupe Moravelli est le principal actionnaire de la chaîne d'hôtels Vostradi depuis mai."
    found = issues(source, "The Moravelli group has been the main shareholder of the hotel chain flatly since May.",
                   ("A611", "T112"))
    assert [i.code for i in found] == ["T112"]


@needs_fr
def test_a_lost_part_of_a_name_replaced_beside_the_part_kept():
    """« Berlin-Mitte » -> "Berlin - heartland": the word stands where the lost part stood, beside the kept one."""
    source = "La police a arrêté deux jeunes hommes vendredi soir à Berlin-Mitte après une longue poursuite."
    [issue] = issues(source, "The police arrested two young men on Friday evening in Berlin - heartland after a "
                             "long chase.")
    assert (issue.text, issue.suggestion) == ("heartland", "Mitte")
    # the name shortened to its kept part: nothing stands for the rest
    assert issues(source, "The police arrested two young men on Friday evening in Berlin after a long chase.") == []


@needs_fr
def test_a_word_the_replaced_name_check_reports_is_not_reported_again():
    """T106 reads a word beside a kept part as the name replaced; T112 gives way (mtqa.checks.precedence)."""
    source = "Le contrat a été signé par la société Korvanec Vostradi en mai."
    target = "The contract was signed by the company Korvanec shrewdly in May."
    assert [i.code for i in issues(source, target, ("T106", "T112"))] == ["T106"]
    assert [i.code for i in issues(source, target)] == ["T112"]


@needs_fr
def test_an_unlinked_neighbour_may_have_moved_its_rendering_into_the_place():
    """English puts the adjective before its noun: "murderous" renders « sanguinaire », which the aligner left
    unlinked, not the lost surname (a first name kept alone is A611's reading, not a stand-in)."""
    source = ("Une partie de la société considère à juste titre Ivan Korvanec comme un dictateur sanguinaire, et une "
              "autre le révère comme un héros.")
    target = "Part of the society rightly considers Ivan as a murderous dictator, and another part reveres him as a hero."
    assert issues(source, target) == []


# A definite description of a place in the name's place (review rv66b, section A; item 33): "the" and a class
# noun of the name's kind (mtqa/data/names/class_nouns.en.tsv) refer back to the name, as a translator writes.
@needs_fr
@pytest.mark.parametrize("source,target", [
    ("Le maire de Bordeaux, Alain Juppé, a inauguré samedi le nouveau pont sur la Garonne.",
     "The mayor of the city, Alain Juppé, opened the new bridge over the river on Saturday."),
    ("Le préfet de Lozère a interdit la manifestation prévue samedi devant la mairie.",
     "The prefect of the department banned the demonstration planned for Saturday outside the town hall."),
    ("Les habitants de Marseille ont voté dimanche pour élire leur nouveau maire.",
     "Residents of the city voted on Sunday to elect their new mayor."),
    ("Les habitants de Paris ont voté dimanche pour élire leur nouveau maire.",
     "Residents of the capital voted on Sunday to elect their new mayor."),
    ("Le préfet de Bretagne a interdit la manifestation prévue samedi.",
     "The prefect of the region banned the demonstration planned for Saturday."),
    ("Les habitants de Quimper ont voté dimanche pour élire leur nouveau maire.",
     "Residents of the town voted on Sunday to elect their new mayor."),
    ("Les habitants de Bordeaux ont voté dimanche pour élire leur nouveau maire.",
     "Residents of the city voted on Sunday to elect their new mayor."),
    ("Les habitants de Washington ont voté mardi.", "Residents of the capital voted on Tuesday."),
    ("Le président est arrivé à Moscou dimanche pour une visite de deux jours.",
     "The president arrived in the capital on Sunday for a two-day visit."),
    ("Le maire de Bordeaux a inauguré le pont Chaban-Delmas samedi.",
     "The mayor of the city opened the Chaban-Delmas bridge on Saturday."),
    ("Le maire de Bordeaux a inauguré le pont samedi.",
     "The mayor of the southwestern city opened the bridge on Saturday."),
    ("La police de Rio a tué trois suspects lors d'une opération dans une favela.",
     "Police in the city killed three suspects during an operation in a favela."),
    # our own: a province, after "in the"
    ("Les inondations ont fait douze morts dans le Hubei cette semaine, selon les autorités locales.",
     "The floods killed twelve people in the province this week, according to local authorities."),
    ("Le conseil municipal de Vannes a voté jeudi le budget de la nouvelle piscine.",
     "The council of the town voted on Thursday the budget of the new swimming pool."),
])
def test_a_definite_description_of_the_place_refers_back_to_the_name(source, target):
    assert issues(source, target) == []


@needs_fr
def test_a_class_noun_of_another_kind_than_the_known_place_is_still_a_stand_in():
    """Moscou is a city in the exonym table: "the archipelago" names no city, so it stands in for the name."""
    [issue] = issues("Le président est arrivé à Moscou dimanche pour une visite de deux jours.",
                     "The president arrived in the archipelago on Sunday for a two-day visit.")
    assert issue.suggestion == "Moscow"


# The span and the suggestion read as English once applied (review rv66b, section B; item 34).
@needs_fr
def test_the_span_takes_no_unlinked_function_word_and_the_acronym_takes_its_english_form():
    """« d'Aqmi » -> "of photo": "of" is the preposition's, not the stand-in's; AQMI is AQIM in English."""
    [issue] = issues("Les otages d'Aqmi ont été libérés mardi au Niger.",
                     "The hostages of photo were released on Tuesday in Niger.")
    assert (issue.text, issue.suggestion) == ("photo", "AQIM")
    assert "renders no word of the source" not in issue.message and "“Aqmi”" in issue.message


@needs_fr
def test_the_article_before_a_stand_in_goes_with_it_where_the_name_takes_none():
    """"the harbour" -> "Havre": the suggestion replaces the article too (never "the port of the Havre")."""
    [issue] = issues("Le port du Havre a enregistré une hausse de son trafic de conteneurs en 2013.",
                     "The port of the harbour recorded a rise in its container traffic in 2013.")
    assert issue.text == "the harbour"
    [issue] = issues("Le maire de Korvanec a inauguré le nouveau pont samedi.",
                     "The mayor of the bedbug opened the new bridge on Saturday.")
    assert (issue.text, issue.suggestion) == ("the bedbug", "Korvanec")


@needs_fr
def test_a_hyphenated_compound_is_flagged_whole():
    """A stand-in inside "sexy-natured" is the whole compound: "sexy-Malibu" would be no English."""
    [issue] = issues("Elle a joué pendant trois ans dans la série télévisée sexy Alerte à Malibu avant de devenir "
                     "chanteuse.",
                     "She played for three years in the television series sexy-natured before becoming a singer.")
    assert issue.text == "sexy-natured"
    [issue] = issues("Le groupe Moravelli est le principal actionnaire de la chaîne d'hôtels Vostradi depuis mai.",
                     "The Moravelli group has been the main shareholder of the hotel chain so-flatly since May.")
    assert (issue.text, issue.suggestion) == ("so-flatly", "Vostradi")
