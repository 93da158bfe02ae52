"""A half or a quarter said after a figure (« et demie », « et quart », « ½ ») belongs to that figure
(``numbers._add_fraction``): across its unit (« 12 minutes et demie »), after a figure that holds its unit
(« 3 kilomètres et demi ») and after an hour of the clock (« 2 heures et quart »). The figure's text runs to the
end of the fraction, so a message quotes what the source said, and the suggestion is the whole value. The
sentences are the project's own."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from mtqa.numbers import find_quantities
from tests.checks.accuracy_helpers import aligned_pair, context

NUM = ("A401", "A402", "A403")


def _issues(source: str, target: str):
    return check_pair(aligned_pair([("Le titre", "The title"), (source, target)]), context(NUM)).issues


@pytest.mark.parametrize("source,target,said,suggestion", [
    ("Le coureur a tenu 12 minutes et demie en tête.", "The runner led for 12 minutes.",
     "12 minutes et demie", "12.5"),
    ("Les sauveteurs ont marché 3 kilomètres et demi dans la neige.", "The rescuers walked 3 kilometres in the snow.",
     "3 kilomètres et demi", "3.5"),
    ("La file d'attente s'étirait sur 2 km et demi devant la préfecture.",
     "The queue stretched for 2 km outside the prefecture.", "2 km et demi", "2.5"),
    ("Il a passé 4 ans et demi derrière les barreaux.", "He spent 4 years behind bars.", "4 ans et demi", "4.5"),
    ("Le sentier grimpe sur 4 km ½ avant le col.", "The path climbs for 4 km before the pass.", "4 km ½", "4.5"),
])
def test_a_lost_half_is_quoted_as_the_source_says_it(source, target, said, suggestion):
    [issue] = _issues(source, target)
    assert issue.code == "A401"
    assert f"“{said}”" in issue.message and issue.suggestion == suggestion
    assert "here, not “" + said not in issue.message  # no self-contradicting "“12” here, not “12”"


@pytest.mark.parametrize("source,target", [
    ("Les sauveteurs ont marché 3 kilomètres et demi dans la neige.",
     "The rescuers walked 3.5 kilometres in the snow."),
    ("Les sauveteurs ont marché 3 kilomètres et demi dans la neige.",
     "The rescuers walked three and a half kilometres in the snow."),
    ("La séance a duré 2 heures et quart.", "The session lasted 2.25 hours."),
    ("La séance a duré 2 heures et quart.", "The session lasted two and a quarter hours."),
    ("La séance a duré 2 heures et quart.", "The session lasted 135 minutes."),
    ("La séance reprendra à 10 heures et demie.", "The session will resume at 10:30."),
    ("La séance reprendra à 10 heures et demie.", "The session will resume at half past ten."),
    ("La dette atteint 2 millions et demi d'euros.", "The debt reaches 2.5 million euros."),
])
def test_the_whole_value_in_any_english_form_is_quiet(source, target):
    assert _issues(source, target) == []


def test_an_hour_and_a_quarter_is_no_bare_hour():
    """« 2 heures et quart » is 2:15 or 2.25 hours: "2 hours" lost the quarter (was quiet: 2:00 stayed a
    reading), and the figure is quoted whole."""
    issues = _issues("La séance a duré 2 heures et quart.", "The session lasted 2 hours.")
    assert issues and any("“2 heures et quart”" in i.message for i in issues)


@pytest.mark.parametrize("text,said,value", [
    ("marché 3 kilomètres et demi hier", "3 kilomètres et demi", 3.5),
    ("tenu 12 minutes et demie", "12 minutes et demie", 12.5),
    ("à 10 heures et demie", "10 heures et demie", ("time", 10, 30)),
])
def test_the_figure_runs_to_the_end_of_its_fraction(text, said, value):
    q = find_quantities(text, "fr", "en")[0]
    assert (q.text, q.value, text[q.start:q.end]) == (said, value, said)


@pytest.mark.parametrize("source,target", [
    ("Les pompiers ont lutté 6 heures ½ contre le feu de forêt.", "Firefighters fought the forest fire for 6 hours."),
    ("La séance a duré 2 heures et quart.", "The session lasted 2 hours."),
])
def test_a_time_holding_its_fraction_against_the_whole_hours_is_one_changed_figure(source, target):
    """« 6 heures ½ » is read as a time (6:30) with the duration 6.5 hours among its readings; "6 hours" is a
    count, of another family, which pairing by family left as one figure lost and one added (A402 and A403,
    both minor). The hours without their fraction are one changed figure, with the count of hours suggested."""
    [issue] = _issues(source, target)
    assert issue.code == "A401" and issue.suggestion in ("6.5", "2.25")
    assert "“6 heures ½”" in issue.message or "“2 heures et quart”" in issue.message


def test_a_time_of_day_against_another_time_stays_a_changed_time():
    [issue] = _issues("Le train part à 6 heures ½ chaque matin.", "The train leaves at 7:30 every morning.")
    assert issue.code == "A401" and "“7:30”" in issue.message


def test_a_time_holding_its_fraction_against_the_whole_hours_in_words_is_one_changed_figure():
    """"six hours" is a figure in words, never an exact target figure: the whole hours alone still, so one changed
    figure with the count suggested, not the time reported missing."""
    [issue] = _issues("Les pompiers ont lutté 6 heures ½ contre le feu de forêt.",
                      "Firefighters fought the forest fire for six hours.")
    assert issue.code == "A401" and issue.suggestion == "6.5" and "“six”" in issue.message
