"""A614 reads a figure in words that holds a fraction said after its unit (« deux ans et demi »): the number
reader joins the half to its figure (value 2.5, text up to the half), so a translation keeping the whole part alone
("two years") is reported, quoted whole, with the fraction put back; any writing of the sum stays quiet. The
sentences are the project's own."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.numbers import quantities_of


def _issues(source: str, target: str):
    return check_texts(target, source=source, ctx=Context(Config(select=("A614",)))).issues


@pytest.mark.parametrize("source,target,said,kept,fix", [
    ("Le militant a passé deux ans et demi en prison avant son procès.",
     "The activist spent two years in prison before his trial.", "deux ans et demi", "two years",
     "two and a half years"),
    ("L'audience a duré une heure et demie malgré les protestations.",
     "The hearing lasted an hour despite the protests.", "une heure et demie", "an hour", "an hour and a half"),
    ("Les travaux du pont ont duré trois mois et demi cet hiver.",
     "The work on the bridge lasted three months this winter.", "trois mois et demi", "three months",
     "three and a half months"),
])
def test_a_lost_half_is_reported_with_the_fraction_put_back(source, target, said, kept, fix):
    [issue] = _issues(source, target)
    assert f"“{said}”" in issue.message and f"“{kept}”" in issue.message
    assert issue.suggestion == fix


@pytest.mark.parametrize("kept", ["two and a half years", "2.5 years", "30 months"])
def test_the_sum_however_written_is_quiet(kept):
    source = "Le militant a passé deux ans et demi en prison avant son procès."
    assert _issues(source, f"The activist spent {kept} in prison before his trial.") == []


@pytest.mark.parametrize("kept", ["an hour and a half", "90 minutes", "one and a half hours"])
def test_an_hour_and_a_half_however_written_is_quiet(kept):
    source = "L'audience a duré une heure et demie malgré les protestations."
    assert _issues(source, f"The hearing lasted {kept} despite the protests.") == []


def test_a_time_of_day_said_in_words_is_quiet_as_a_time():
    source = "La séance reprendra à dix heures et demie au ministère, a indiqué le porte-parole."
    for kept in ("half past ten", "10:30", "10.30 am"):
        assert _issues(source, f"The session will resume at {kept} at the ministry, the spokesman said.") == [], kept


def test_the_reader_holds_the_half_in_words_with_its_measure():
    [q] = [q for q in quantities_of("Il a attendu trois semaines et demie.", "fr", "en") if q.value != 0.5]
    assert q.text == "trois semaines et demie" and q.value == 3.5
    assert q.measure[0][0] == "duration" and q.measure[0][1] == pytest.approx(24.5)
    assert 3.0 in q.alts  # the whole stays a reading for the checks that ask if a figure is in the source
