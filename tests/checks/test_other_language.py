"""A209: a whole segment in a third language written in Latin letters (German, Spanish text as the English)."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context

HEAD = "Crowds in Berlin\n\n"


def codes(text: str, select=("A209",)) -> list[str]:
    return [i.code for i in check_texts(HEAD + text, ctx=Context(Config(select=select))).issues]


@pytest.mark.parametrize("text,name", [
    ("Heute nahmen dreitausend Menschen an der großen Versammlung vor dem Rathaus teil.", "German"),
    ("Hoy, tres mil personas participaron en la gran manifestación frente al ayuntamiento de Berlín.", "Spanish"),
    ("Oggi tremila persone hanno partecipato alla grande manifestazione davanti al municipio di Berlino.", "Italian"),
])
def test_a_segment_in_a_third_language_is_critical(text, name):
    (issue,) = check_texts(HEAD + text, ctx=Context(Config(select=("A209",)))).issues
    assert issue.code == "A209" and issue.severity.value == "critical" and issue.text == text
    assert f"in {name}, neither English nor French" in issue.message


@pytest.mark.parametrize("text", [
    "Today three thousand people attended the large rally in front of the town hall.",
    "Rafael Nadal, Roger Federer, Novak Djokovic, Andy Murray, Stan Wawrinka and Juan Martin del Potro.",
    "Stocks Rally As Fed Signals Pause, Oil Slides, Dollar Gains Ground Against Yen",
    'The crowd sang "Wir sind das Volk, wir sind ein Volk" in front of the town hall.',
    "Heute nahmen Menschen teil.",
])
def test_english_names_quotes_and_short_text_are_not_another_language(text):
    assert codes(text) == []


def test_a_segment_in_the_source_language_is_left_to_a201():
    text = "Aujourd'hui, trois mille personnes ont participé au grand rassemblement devant la mairie de Berlin."
    assert codes(text, select=("A201", "A209")) == ["A201"]


def test_it_runs_only_when_asked_for():
    german = "Heute nahmen dreitausend Menschen an der großen Versammlung vor dem Rathaus teil."
    assert "A209" not in [i.code for i in check_texts(HEAD + german).issues]
    assert "A209" in [i.code for i in check_texts(HEAD + german, ctx=Context(Config(preview=True))).issues]
