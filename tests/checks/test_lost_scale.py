"""A401 on a figure whose digits stay while the source's scale word is lost or changed."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.numbers import find_quantities, lost_scale
from tests.checks.accuracy_helpers import aligned_pair, codes_of_pair

NUM = ("A401", "A402", "A403")


def _codes(source: str, target: str) -> list[str]:
    return codes_of_pair(aligned_pair([("Le titre", "The title"), (source, target)]), NUM)


@pytest.mark.parametrize("source, target", [
    # the scale word dropped: "1.168" still matches by reading its dot as a French thousands separator
    ("Au total, 1,168 mille délits ont été enregistrés sur la période.",
     "In all, 1.168 offences were recorded over the period."),
    # an abbreviated scale changed: the bare 4.1 of « 4,1 Md$ » (M is also a unit) matched the 4.1 of "$4.1M"
    ("Le groupe a perdu 4,1 Md$ l'an dernier.", "The group lost $4.1M last year."),
    ("La dette atteint 2,5 M€ cette année.", "The debt reaches €2.5k this year."),
    # the French billion (10^12) written as the English one (10^9)
    ("L'État a investi 17,28 billions de pesos.", "The state invested 17.28 billion pesos."),
])
def test_digits_kept_without_their_scale_are_a_changed_figure(source, target):
    assert _codes(source, target) == ["A401"]


@pytest.mark.parametrize("source, target", [
    # the scale said as the source says it, or written out in figures
    ("Au total, 1,168 mille délits ont été enregistrés sur la période.",
     "In all, 1.168 thousand offences were recorded over the period."),
    ("Au total, 1,168 mille délits ont été enregistrés sur la période.",
     "In all, 1,168 offences were recorded over the period."),
    ("Au total, 1,168 mille délits ont été enregistrés sur la période.",
     "In all, 1,168,000 offences were recorded over the period."),
    ("Le groupe a perdu 4,1 Md$ l'an dernier.", "The group lost $4.1bn last year."),
    ("Le groupe a perdu 4,1 Md$ l'an dernier.", "The group lost 4.1 billion dollars last year."),
    # one scale said once for two figures: "24 more" after "$40 billion", "0.5 - 1 billion"
    ("La Fed mettra 40 milliards en vente et 24 milliards à la disposition des banques.",
     "The Fed will sell $40 billion and make 24 more available to the banks."),
    ("La population tomberait entre 1 et 0,5 milliard d'individus.",
     "The population would fall to 0.5 - 1 billion people."),
    # a unit, not a scale: « 26,2 milles » may be miles
    ("Le marathon fait 26,2 milles.", "The marathon is 26.2 miles long."),
])
def test_a_scale_kept_or_shared_is_no_changed_figure(source, target):
    assert _codes(source, target) == []


def test_lost_scale_compares_the_digits_read_the_same_way():
    (q,) = find_quantities("1,168 mille délits", "fr", "en")
    (dropped,) = find_quantities("1.168 offences", "en", "fr")
    (written_out,) = find_quantities("74.000 offences", "en", "fr")
    (kept,) = find_quantities("1.168 thousand offences", "en", "fr")
    assert lost_scale(q, dropped)
    assert not lost_scale(q, kept)
    (q74,) = find_quantities("74 mille chômeurs", "fr", "en")
    assert not lost_scale(q74, written_out)  # the digits differ: a French format, L102's


def test_the_message_names_the_scale_word_and_both_values():
    ctx = Context(Config(select=("A401",)))
    result = check_texts("The title\n\nThe group lost $4.1M last year.",
                         source="Le titre\n\nLe groupe a perdu 4,1 Md$ l'an dernier.", ctx=ctx)
    (issue,) = result.issues
    assert "“4,1 Md”" in issue.message and "4.1 billion" in issue.message and "4.1 million" in issue.message
    assert issue.suggestion == "4.1 billion"


def test_a_dropped_scale_word_is_named():
    ctx = Context(Config(select=("A401",)))
    result = check_texts("The title\n\nIn all, 1.168 offences were recorded over the period.",
                         source="Le titre\n\nAu total, 1,168 mille délits ont été enregistrés sur la période.", ctx=ctx)
    (issue,) = result.issues
    # « 1,168 » reads 1.168 (a decimal comma) or 1168 (a comma between thousands): both said, neither suggested
    assert "drops the scale word “mille”" in issue.message
    assert "the source says 1,168 or 1.168 million, the translation 1.168." in issue.message
    assert issue.suggestion is None
    result = check_texts("The title\n\nThe reserve fell to 2.37 euros.",
                         source="Le titre\n\nLa réserve est tombée à 2,37 millions d'euros.", ctx=ctx)
    (issue,) = result.issues
    assert "drops the scale word “millions”" in issue.message and issue.suggestion == "2.37 million"


def test_a_currency_sign_inside_the_source_figure_is_no_digit():
    """« 440$ millions » reads as one scaled figure whose span holds the sign: the message reads its digits."""
    ctx = Context(Config(select=("A401",)))
    result = check_texts("The title\n\nThe bank held deposits of 440 dollars.",
                         source="Le titre\n\nLa banque détenait 440$ millions de dépôts.", ctx=ctx)
    assert [(i.code, i.suggestion) for i in result.issues] == [("A401", "440 million")]


@pytest.mark.parametrize("source, target, expected", [
    # the scale word dropped: A401 names both readings of the source; L102's French-thousands reading is one
    # of them, and under the other its "1,168" is a thousand times off: one flag for the figure, A401's
    ("Au total, 1,168 mille délits ont été enregistrés sur la période.",
     "In all, 1.168 offences were recorded over the period.", ["A401"]),
    # a figure whose dots no source figure reads the same way is a French format of its own: L102 stays
    ("Le secteur a perdu 17,280 millions de pesos.", "The sector lost 17.280.000 pesos.", ["L102"]),
    ("Au total, 3,5 mille délits ont été enregistrés.", "In all, 3.500 offences were recorded.", ["L102"]),
])
def test_l102_gives_way_to_a401_on_a_figure_whose_scale_word_was_dropped(source, target, expected):
    codes = codes_of_pair(aligned_pair([("Le titre", "The title"), (source, target)]), ("A401", "L102"))
    assert codes == expected
