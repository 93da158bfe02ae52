"""The reference's verdict on name flags (T1, T2) in bench/recall_wmt.py (bench/recall_names.py): a WMT reference
is written afresh, so "the oracle found it / the reference kept every flagged word" left half of WMT12/13's name
flags unjudged."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import recall_names  # noqa: E402
import recall_wmt  # noqa: E402


def verdict(code, text, suggestion, mt, ref, src="", refs=(), docs=None):
    """The verdict on a flag of ``code`` on ``text`` in ``mt`` (line 0); ``refs`` are more lines of the reference."""
    start = mt.index(text)
    flag = (code, start, start + len(text), text, suggestion, "")
    ref_lines = [ref, *refs]
    n = len(ref_lines)
    return recall_names.verdict(flag, 0, [src] * n, [mt] * n, ref_lines, docs or [0] * n)


def test_the_reference_writing_the_suggestion_is_a_hit():
    src = "Le PIB de la Russie a baissé."
    assert verdict("T202", "PIB", "GDP", "The PIB of Russia fell.", "Russia's GDP fell.", src) == "hit"
    assert verdict("T201", "Abou Dhabi", "Abu Dhabi", "He flew to Abou Dhabi.", "He flew to Abu-Dhabi.",
                   "Il est allé à Abou Dhabi.") == "hit"


def test_the_suggestion_without_its_accents_is_a_hit():
    # the output replaced the source's name; the reference writes it as English texts do, unaccented
    assert verdict("T106", "Waiter", "Garzón", "Assange's lawyer, Baltazar Waiter, said.",
                   "Assange's lawyer, Baltazar Garzon, said.", "l'avocat d'Assange, Baltazar Garzón") == "hit"
    # ... but a flagged form that is the suggestion with accents is not fixed by the same letters
    assert verdict("T102", "Sinaï", "Sinai", "In the Sinaï.", "In the Sinaï.", "Dans le Sinaï.") == "unjudged"


def test_another_spelling_of_the_suggested_name_is_a_hit():
    src = "Ioulia Timochenko est en prison."
    assert verdict("T102", "Timochenko", "Timoshenko", "Ioulia Timochenko is in jail.",
                   "Yulia Tymoshenko is in prison.", src) == "hit"
    # ... but not the source's own word, nor the flagged one, however alike
    assert verdict("T103", "Holland", "Hollande", "François Holland said.", "The President said.",
                   "François Hollande a dit.") == "unjudged"


def test_a_form_the_reference_chose_against_the_source_is_false():
    # the output's London for « Londres », flagged as a changed name, is what the reference writes too
    assert verdict("T103", "London", "Londres", "He lives in London.", "He lives in London.",
                   "Il vit à Londres.") == "false"


def test_a_copied_form_english_writes_is_false_and_one_only_french_writes_is_unjudged():
    # English writes Holland more than French does: the translator's copy is a verdict
    assert verdict("T101", "Holland", "the Netherlands", "He left Holland.", "He left Holland.",
                   "Il a quitté la Holland.") == "false"
    # Bachar, PIB: only French writes them; the reference copied the source (a defect of the reference)
    assert verdict("T102", "Bachar", "Bashar", "Bachar al-Assad spoke.", "Bachar al-Assad spoke.",
                   "Bachar al-Assad a parlé.") == "unjudged"
    assert verdict("T202", "PIB", "GDP", "The PIB fell.", "The PIB fell.", "Le PIB a baissé.") == "unjudged"


def test_a_reference_that_contradicts_itself_or_writes_both_is_no_verdict():
    mt, src = "Mubarak's son: Moubarak left.", "Moubarak est parti."
    assert verdict("T102", "Moubarak", "Mubarak", "Moubarak left.", "Moubarak left.", src,
                   refs=("Mubarak's son spoke.",)) == "unjudged"
    assert verdict("T102", "Moubarak", "Mubarak", mt, "Mubarak, or Moubarak, left.", src) == "unjudged"
    assert verdict("T201", "Damas", "Damascus", "He is in Damas.", "He is there.", "Il est à Damas.") \
        == "unjudged"


def test_case_is_part_of_a_name():
    # "the pen" is no "The Pen"; "widen" is no name
    assert verdict("T105", "The Pen", "Le Pen", "The Pen won.", "Le Pen won; the pen is mightier.",
                   "Le Pen a gagné.") == "hit"


def test_other_families_are_left_to_other_judges():
    assert verdict("F101", "((", "(", "a (( b", "a ( b") is None
    flag = ("T202", 4, 7, "PIB", "GDP", "")
    assert recall_wmt.own_verdict(flag, 0, ["Le PIB"], ["The PIB fell."], ["The GDP fell."], [0]) == "hit"
