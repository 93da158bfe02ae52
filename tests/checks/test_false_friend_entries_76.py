"""The A501 entries of stop 76: « revue » (journal), « intervient après » (comes), « exposer » (display)."""
from __future__ import annotations

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context


def flags(source, target):
    ctx = Context(Config(select=("A501",)))
    return [(i.text, i.suggestion) for i in check_texts(target, source=source, ctx=ctx).issues]


def test_the_review_a_study_is_published_in_is_a_journal():
    assert flags("L'étude est publiée cette semaine dans la revue Annals of Botany.",
                 "The study is published this week in the review Annals of Botany.") == [("review", "journal")]


def test_a_review_of_something_is_quiet():
    assert flags("L'étude est publiée dans la revue Annals of Botany.",
                 "The study, a review of earlier work, appears in Annals of Botany.") == []


def test_an_event_that_intervenes_after_another_comes():
    assert flags("Cette hausse intervient alors que les salaires stagnent.",
                 "This rise intervenes while wages are stagnating.") == [("intervenes", "comes")]


def test_works_exposed_to_the_public_are_displayed():
    found = flags("Les statues du musée seront exposées au public dès juin.",
                  "The museum's statues will be exposed to the public from June.")
    assert [t for t, _ in found] == ["exposed"]


def test_works_exposed_to_damp_keep_the_english_sense():
    assert flags("Le musée expose des fresques fragiles.",
                 "The museum's fragile frescoes are exposed to damp.") == []
