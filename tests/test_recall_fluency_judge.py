"""The reference's verdict on fluency flags in bench/recall_wmt.py (bench/recall_fluency.py): every reference
writes "(" and "the", so "the reference writes the flagged text too" judged no bracket and no repeat."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import recall  # noqa: E402
import recall_fluency  # noqa: E402
import recall_wmt  # noqa: E402


def verdict(code, text, suggestion, mt, ref, src="", others=()):
    """The verdict on a flag of ``code`` on the first occurrence of ``text`` in ``mt`` (line 0 of a document
    whose other reference lines are ``others``)."""
    start = mt.index(text)
    flag = (code, start, start + len(text), text, suggestion, "")
    refs = [ref, *others]
    return recall_fluency.verdict(flag, 0, [src] * len(refs), [mt] * len(refs), refs, [0] * len(refs))


def test_an_unpaired_bracket_is_judged_by_the_reference_s_brackets():
    mt = "These two projects were for military use of rocket engines)."
    assert verdict("F105", ")", "", mt, "Both projects were for military use of rocket engines.") == "hit"
    assert verdict("F105", ")", "", mt, "Both projects (Argo and Kinect) were for military use.") == "hit"
    # the reference leaves the same bracket unpaired: a list's "1)", no lost partner
    assert verdict("F105", ")", "", "1) the projects were military).", "1) the projects were military.") == "false"
    assert verdict("F105", '"', "", 'He said " we stay.', "He said that they stay.") == "hit"
    # a reference with an odd count of quotation marks (often its own lost mark) decides nothing
    assert verdict("F105", '"', "", 'He said " we stay.', 'He said "we stay.') == "unjudged"
    # an apostrophe is no quotation mark
    assert verdict("F105", "'", "", "He said ' we stay.", "He said they're staying at the students' flat.") == "hit"


def test_a_repeated_word_is_false_only_where_the_reference_repeats_it():
    assert verdict("F401", "to to", "to", "They got used to to seeing it.", "They got used to seeing it.") == "hit"
    assert verdict("F401", "had had", "had", "She had had enough.", "She had had enough of it.") == "false"


def test_a_case_flag_follows_the_reference_s_case_away_from_openings():
    mt = "The Festival welcomes 20 choirs."
    assert verdict("F301", "Festival", "festival", mt, "The festival welcomes twenty choirs.") == "hit"
    assert verdict("F301", "earth", "Earth", "Life on earth.", "Nobody on earth could tell.") == "false"
    # a capital that opens a sentence or a quotation says nothing: the document's other lines decide
    assert verdict("F301", "Festival", "festival", mt, "Festival choirs sing.",
                   others=["The festival ends on Sunday."]) == "hit"
    # a capital in a headline (no final punctuation) says nothing either
    assert verdict("F301", "Festival", "festival", mt, "Choirs at the Festival", others=["Choirs sing."]) == "unjudged"
    assert verdict("F301", "Research", "research", "at the Research institute.",
                   "at the Children's Research Institute.") == "false"


def test_a_spaced_hyphen_is_judged_by_the_reference_s_compound_or_dash():
    assert verdict("F104", "jet - set", "jet-set", "the idol of the jet - set.", "idol of the jet-set.") == "hit"
    assert verdict("F104", "pre - diabetes", "pre-diabetes", "even pre - diabetes.", "and even prediabetes.") == "hit"
    assert verdict("F104", "Paris - Lyon", "Paris-Lyon", "the Paris - Lyon train.", "the Paris - Lyon train.") == "false"
    # no spaced dash in the source or the reference: the output's can only be a split compound
    assert verdict("F104", "plan - internal", "plan-internal", "a plan - internal crisis.",
                   "an internal crisis plan.", src="un plan-crise interne.") == "hit"
    # the source has a spaced dash: the output's may be that punctuation
    assert verdict("F104", "riots - anti", "riots-anti", "against the riots - anti-terrorist measures.",
                   "disorder training, counterterrorism measures.", src="contre les émeutes - des mesures.") == "unjudged"


def test_glued_words_doubled_spaces_and_invisible_characters():
    assert verdict("F101", "antiGerman", "anti-German", "many antiGerman feelings.", "various anti-German feelings.") == "hit"
    assert verdict("F101", "bodycare", "body care", "a bodycare line.", "a new bodycare line.") == "false"
    assert verdict("F101", "forcebeing", "force being", "after forcebeing forced.", "after being forced.") == "unjudged"
    assert verdict("F102", "  ", " ", "very  few shops.", "very few shops.") == "hit"
    assert verdict("F102", "  ", " ", "very  few shops.", "very  few shops.") == "false"
    assert verdict("F103", "\u200b", "", "the area of \u200bKrabi.", "the Krabi area.") == "hit"
    assert verdict("F103", "\u200b", "", "the area of \u200bKrabi.", "the \u200bKrabi area.") == "unjudged"
    assert verdict("F106", "\u03c4he", "the", "order out of chaos, \u03c4he old formula.", "the old formula.") == "hit"
    assert verdict("F106", "\u03c4he", "the", "\u03c4he old formula.", "\u03c4he old formula.") == "unjudged"
    assert verdict("F201", "tcheliabinsk", "", "in tcheliabinsk.", "in Chelyabinsk.") is None  # not this judge's


def test_evaluate_takes_the_judge_s_verdict_and_recall_wmt_prints_the_fluency_families():
    src = ["Ces deux projets (militaires) avaient pour finalité un usage militaire."]
    mt = ["These two projects were military use rocket engines)."]
    ref = ["Both projects (military ones) were destined for military use of rocket engines."]
    flag = ("F105", mt[0].index(")"), mt[0].index(")") + 1, ")", "", "Unpaired brackets")
    # the usual verdict: the reference writes ")" too, a "false alarm"
    _, verdicts, false = recall.evaluate("sys", src, mt, ref, {0: [flag]}, [0], kept=recall_wmt.kept_by_reference)
    assert verdicts["F1"] == {"false": 1}
    _, verdicts, false = recall.evaluate("sys", src, mt, ref, {0: [flag]}, [0], kept=recall_wmt.kept_by_reference,
                                         docs=[0], judge=recall_fluency.verdict)
    assert verdicts["F1"] == {"hit": 1} and false == []
    assert {"F1", "F3", "F4"} <= set(recall_wmt.FAMILIES)


def test_the_hand_check_sample_draws_decided_calibration_flags_per_family():
    rows = [(year, "sys", k, code, "x", "", v, "", "", "")
            for k, (year, code, v) in enumerate([("2012", "F105", "hit"), ("2013", "F301", "false"),
                                                 ("2012", "F401", "unjudged"), ("2014r", "F401", "hit"),
                                                 ("2013", "F401", "hit")])]
    sample = recall_wmt.fluency_sample(rows, 5)
    assert sorted(r[2] for r in sample) == [0, 1, 4]
    assert recall_wmt.fluency_sample(rows, 5) == sample  # seeded


def test_the_hand_check_is_read_per_family():
    hand = recall_fluency.handcheck_precision()
    assert set(hand) == {*recall_fluency.FAMILIES, "L1", "T1", "T2"}  # the number-format and name judges share the file
    assert all(total == 30 and 0 < good <= total for good, total in hand.values())
