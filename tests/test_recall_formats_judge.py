"""The reference's verdict on number-format flags (L1) in bench/recall_wmt.py (bench/recall_formats.py): a WMT
reference rarely rewrites the output's figure as a post-edit does, so "the oracle found it / the judge kept the
characters" left most L1 flags unjudged."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import recall_formats  # noqa: E402
import recall_wmt  # noqa: E402


def verdict(code, text, suggestion, mt, ref, src=""):
    """The verdict on a flag of ``code`` on the first occurrence of ``text`` in ``mt`` (line 0)."""
    start = mt.index(text)
    flag = (code, start, start + len(text), text, suggestion, "")
    return recall_formats.verdict(flag, 0, [src], [mt], [ref], [0])


def test_a_figure_the_reference_writes_the_english_way_is_a_hit():
    mt = "Some 3.000 people came."
    src = "Quelque 3.000 personnes sont venues."
    assert verdict("L102", "3.000", "3,000", mt, "About 3,000 people came.", src) == "hit"
    assert verdict("L102", "3.000", "3,000", mt, "About 3000 people came.", src) == "hit"
    assert verdict("L101", "4,5", "4.5", "It grew 4,5 times.", "It grew 4.5 times.", "4,5 fois") == "hit"
    # the same amount under another scale word
    assert verdict("L101", "1,36", "1.36", "bought for 1,36 billion.", "bought for CAD 1,360 million.",
                   "racheté pour 1,36 milliard") == "hit"
    assert verdict("L102", "3 000 000", "3,000,000", "It cost 3 000 000 euros.", "It cost 3 million euros.",
                   "3 000 000 euros") == "hit"
    assert verdict("L103", "18 %", "18%", "Turnout fell 18 %.", "Turnout fell 18 per cent.", "18 %") == "hit"
    assert verdict("L106", "70 €", "€70", "It costs 70 €.", "It costs 70 euros.", "70 €") == "hit"
    assert verdict("L106", "$ 220", "$220", "worth $ 220 billion", "worth 220 billion dollars", "220 milliards") \
        == "hit"


def test_an_amount_the_reference_writes_without_money_is_no_verdict_on_a_currency_flag():
    # the output made "12,7 millions de pièces" a sum of dollars: the reference's 12.7 says nothing of the symbol
    assert verdict("L106", "$ 12.7", "$12.7", "sales rose to $ 12.7 million pieces.",
                   "sales rose to 12.7 million units.", "12,7 millions de pièces") == "unjudged"
    assert verdict("L106", "$ 8", "$8", "an apartment worth $ 8 million", "an apartment worth eight million",
                   "un appartement valant 8 millions") == "unjudged"


def test_a_time_or_date_the_reference_writes_the_english_way_is_a_hit():
    assert verdict("L104", "22h00", "10 p.m.", "at 22h00 today", "at 10 p.m. today", "à 22h00") == "hit"
    assert verdict("L104", "14h30", "2:30 p.m.", "at 14h30 today", "at 14:30 today", "à 14h30") == "hit"
    assert verdict("L105", "the 5 October", "October 5", "on the 5 October", "on October 5", "le 5 octobre") == "hit"
    assert verdict("L105", "the 5 October", "October 5", "on the 5 October", "on 5 October", "le 5 octobre") == "hit"
    assert verdict("L105", "the 21 December", "December 21", "for the 21 December", "on the 21st of December",
                   "le 21 décembre") == "hit"
    assert verdict("L105", "the 21 December", "December 21", "for the 21 December", "for the 21 December",
                   "le 21 décembre") == "false"


def test_a_form_english_writes_that_the_reference_writes_too_is_false():
    # the source already writes the figure the English way: 40,000 GBP, and so does the reference
    assert verdict("L101", "40,000", "40.000", "a fine of 40,000 GBP", "a fine of 40,000 GBP",
                   "une amende de 40,000 GBP") == "false"
    assert verdict("L105", "25/10/2013", "October 25, 2013", "on 25/10/2013", "on 25/10/2013", "le 25/10/2013") \
        == "false"


def test_a_french_form_the_reference_copies_is_no_verdict():
    # the reference copied the source's typography: its own defect, not a verdict that the form is English
    assert verdict("L101", "4,5", "4.5", "It grew 4,5 times.", "It grew 4,5 times.", "4,5 fois") == "unjudged"
    assert verdict("L101", "47,3%", "47.3%", "of which 47,3% were", "of which 47,3% were", "dont 47,3%") == "unjudged"
    assert verdict("L102", "3 000", "3,000", "Some 3 000 came.", "Some 3 000 came.", "3 000") == "unjudged"
    assert verdict("L104", "22h00", "10 p.m.", "at 22h00 today", "(22h00) today", "à 22h00") == "unjudged"
    assert verdict("L103", "18 %", "18%", "fell 18 %.", "fell 18 %.", "18 %") == "unjudged"


def test_a_figure_the_source_writes_as_another_value_is_false():
    # « 3,125 % » is a decimal: a flag reading 3.125 as three thousand misread it, whatever the reference says
    assert verdict("L102", "3.125", "3,125", "The rate is 3.125 now.", "The rate is now at its low.",
                   "Le taux est à 3,125 %.") == "false"


def test_a_reference_that_says_nothing_of_the_figure_leaves_it_unjudged():
    assert verdict("L102", "3.000", "3,000", "Some 3.000 came.", "Thousands came.", "Quelque 3.000") == "unjudged"
    assert verdict("L104", "22h00", "10 p.m.", "at 22h00 today", "tonight", "à 22h00") == "unjudged"


def test_other_families_are_left_to_the_other_judges():
    assert verdict("F105", ")", "", "a)", "a") is None
    flag = ("L101", 8, 11, "4,5", "4.5", "")
    assert recall_wmt.own_verdict(flag, 0, ["4,5 fois"], ["It grew 4,5 times."], ["It grew 4.5 times."], [0]) == "hit"
    flag = ("F401", 0, 5, "to to", "to", "")
    assert recall_wmt.own_verdict(flag, 0, [""], ["to to go"], ["to go"], [0]) == "hit"
