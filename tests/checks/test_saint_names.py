"""T105: the title of a saint's name rendered as a common word (``Saint-Quentin`` -> "Holy Quentin"),
issue 12's names translated as words."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from mtqa.checks.saint_names import GAP_WORDS
from mtqa.langs import freedict, language
from tests.checks.accuracy_helpers import aligned_pair, context

needs_dict = pytest.mark.skipif(
    not language("fr").has_dictionary or not freedict.lookup("saint", freedict.pair_name("fr", "en")),
    reason="hunspell-fr or FreeDict fra-eng not installed")

MATCH = "Le club a annoncé mardi que le match se jouerait à Saint-Quentin devant six mille spectateurs."
CHOIR = "La chorale chantera dimanche soir à l'oratoire Saint-Joseph avec les élèves du collège."


def t105(source: str, target: str) -> list[tuple[str, str]]:
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.text, i.suggestion) for i in check_pair(pair, context(("T105",))).issues if i.code == "T105"]


@needs_dict
@pytest.mark.parametrize("target,flagged,suggestion", [
    ("The club announced on Tuesday that the match would be played in Holy Quentin in front of six thousand "
     "spectators.", "Holy Quentin", "Saint-Quentin"),
    # the given name lowered with the title translated: still the saint's name kept
    ("The club announced on Tuesday that the match would be played in Holy quentin in front of six thousand "
     "spectators.", "Holy quentin", "Saint-Quentin"),
    ("The club announced on Tuesday that the match would be played in Sacred-Quentin in front of six thousand "
     "spectators.", "Sacred-Quentin", "Saint-Quentin"),
])
def test_a_saints_title_rendered_as_an_adjective_is_reported(target, flagged, suggestion):
    assert t105(MATCH, target) == [(flagged, suggestion)]


@needs_dict
def test_a_word_between_the_title_and_the_name_is_read_without_a_suggestion():
    """The generic word moved inside the name ("the Holy oratorical joseph"): the title's rendering is still
    beside the kept name, but the fix is not a replacement of the span by the source's name."""
    target = "The choir will sing on Sunday evening at the Holy oratorical joseph with the pupils of the college."
    assert t105(CHOIR, target) == [("Holy oratorical joseph", None)]
    assert GAP_WORDS == 1


@needs_dict
@pytest.mark.parametrize("source,target", [
    # the ways English writes the title
    (MATCH, "The club announced on Tuesday that the match would be played in Saint-Quentin in front of six "
            "thousand spectators."),
    (MATCH, "The club announced on Tuesday that the match would be played in Saint Quentin in front of six "
            "thousand spectators."),
    (MATCH, "The club announced on Tuesday that the match would be played in St Quentin in front of six "
            "thousand spectators."),
    (MATCH, "The club announced on Tuesday that the match would be played in St. Quentin in front of six "
            "thousand spectators."),
    (CHOIR, "The choir will sing on Sunday evening at St Joseph's Oratory with the pupils of the college."),
    # a title before a common noun: a name English translates whole
    ("Les frères de Sainte-Croix ont quitté la ville en novembre après le procès.",
     "The Holy Cross brothers left the town in November after the trial."),
    ("La procession du Saint-Esprit a traversé le village dimanche matin.",
     "The Holy Spirit procession crossed the village on Sunday morning."),
    # "holy" elsewhere in the sentence, not before the kept name
    ("Le pèlerinage de Saint-Quentin passe par la Terre sainte depuis deux siècles.",
     "The Saint-Quentin pilgrimage has passed through the Holy Land for two centuries."),
    # two words between: no longer one rendered name
    (MATCH, "The club announced on Tuesday that the holy match would be played in front of Quentin and six "
            "thousand spectators."),
])
def test_a_title_kept_or_a_name_translated_whole_is_not_reported(source, target):
    assert t105(source, target) == []


@needs_dict
@pytest.mark.parametrize("target,flagged", [
    # the place left out: the replaced-name checks never read it (a first name, a common word)
    ("The club announced on Tuesday that the match would be played in front of six thousand spectators.", True),
    ("The club announced on Tuesday that the match would be played in Saint Quentin in front of six thousand "
     "spectators.", False),
    ("The club announced on Tuesday that the match would be played in St-Quentin in front of six thousand "
     "spectators.", False),
])
def test_a_saints_name_left_out_is_read_by_the_omitted_name_check(target, flagged):
    pair = aligned_pair([("Titre", "Title"), (MATCH, target)])
    issues = [i for i in check_pair(pair, context(("A611",))).issues if i.code == "A611"]
    assert bool(issues) is flagged
    if flagged:
        assert "“Saint-Quentin”" in issues[0].message
