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
