"""A French clock time with an English half of the day glued after its minutes (issue 12, fa44): "2h45am" is
2:45 a.m., the time (or the 2 h 45 duration) of the source's « 2h45 », not the figure "45am" (WMT14 2014r:1372,
the two false A4 flags left on WMT systems: "the film finally 2h45am lasted" for « le film dure 2h45 »)."""
from __future__ import annotations

from mtqa.api import check_pair
from mtqa.numbers import find_quantities
from tests.checks.accuracy_helpers import aligned_pair, context


def a4(source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.code, i.text) for i in check_pair(pair, context(("A401", "A402", "A403"))).issues]


def test_a_glued_half_of_the_day_keeps_the_time():
    assert a4("Il semblerait que le film dure finalement 2h45.",
              "It seems that the film finally 2h45am lasted.") == []
    assert a4("Il est arrivé à 14h45.", "He arrived at 2h45pm.") == []
    assert a4("Il est arrivé à 2h45.", "He arrived at 2h45a.m. sharp.") == []


def test_the_glued_half_is_read_so_a_wrong_time_is_still_reported():
    assert [c for c, _ in a4("Il est arrivé à 14h45.", "He arrived at 2h45am.")] == ["A401"]
    assert [c for c, _ in a4("Il est arrivé à 14h45.", "He arrived at 3h45pm.")] == ["A401"]


def test_the_reading():
    def read(text):
        return [(q.text, q.value) for q in find_quantities(text, "en", "fr")]
    assert read("it lasted 2h45am") == [("2h45", ("time", 2, 45))]
    assert read("at 2h45pm") == [("2h45", ("time", 14, 45))]
    assert read("at 2h45 pm") == [("2h45", ("time", 14, 45))]  # spaced, as before
    # letters that are no half of the day still end no time
    assert [t for t, _ in read("room 2h45b")] != ["2h45"]
