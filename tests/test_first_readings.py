"""The first readings of a document's translations are made ahead of its segment checks, a window at a time.

A check declares the readings of a translation it is the first to ask (``first_readings``); the run makes them
for the next :data:`mtqa.api.READ_AHEAD` segments together, then checks those segments. These tests pin the
window (never more than ``READ_AHEAD`` segments ahead, so a reading made ahead is still held by its cache when
asked, however long the document), the source condition (a reading only checks that require a source declare
is not made for a segment without one), and that the reports are those of a run that reads nothing ahead.
"""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from mtqa import api
from mtqa.api import READ_AHEAD, check_texts
from mtqa.checks.base import SegmentCheck
from mtqa.config import Config
from mtqa.context import CheckPlan, Context


def _recorder(log: list, requires: bool):
    def reading(text: str, ctx) -> None:
        log.append(("read", text))

    @dataclass
    class Recorder(SegmentCheck):
        code = "X999"
        name = "recorder"
        category = "fluency"
        requires_source = requires
        first_readings = (reading,)

        def check(self, segment, sources, ctx):
            log.append(("check", segment.text))
            return ()

    return Recorder()


def _texts(n: int) -> list[str]:
    return [f"Paragraph number {k} of the test." for k in range(n)]


@pytest.mark.parametrize("n", [1, READ_AHEAD - 1, READ_AHEAD, 2 * READ_AHEAD + 5])
def test_readings_are_made_a_window_ahead_once_per_segment(n):
    log: list = []
    ctx = Context(Config(select=("F101",)))
    ctx._plan = CheckPlan([_recorder(log, requires=False)], [])
    texts = _texts(n)
    check_texts("\n\n".join(texts), ctx=ctx)
    reads = [t for kind, t in log if kind == "read"]
    checks = [t for kind, t in log if kind == "check"]
    assert reads == checks == texts  # each segment read once, in order, and checked
    for k, text in enumerate(texts):
        read_at, checked_at = log.index(("read", text)), log.index(("check", text))
        window = k // READ_AHEAD
        # read before it is checked, and before the window's first segment is checked
        assert read_at < log.index(("check", texts[window * READ_AHEAD])) <= checked_at
        if window:  # never before the previous window's segments are all checked
            assert read_at > log.index(("check", texts[window * READ_AHEAD - 1]))


def test_a_reading_of_checks_needing_a_source_is_made_only_with_a_source():
    for requires, source, expected in ((True, None, 0), (True, "Un paragraphe.", 1), (False, None, 1)):
        log: list = []
        ctx = Context(Config(select=("F101",)))
        ctx._plan = CheckPlan([_recorder(log, requires=requires)], [])
        check_texts("One paragraph.", source=source, ctx=ctx)
        assert [k for k, _ in log].count("read") == expected
        assert [k for k, _ in log].count("check") == (1 if source or not requires else 0)


def test_the_reading_checks_declare_them():
    plan = Context(Config()).plan
    names = {reading.__name__: needs for reading, needs in plan.readings}
    # A201 (no source needed) and A205 (a source needed) both ask the votes first: read once, with or without a source
    assert names == {"read_source_votes": False}


_DOCUMENTS = [
    ("Titre\n\nAnton Chkaplerov a commandé le vol.\n\nL'équipe russe est de retour sur Terre après douze jours "
     "dans l'espace.\n\nChkaplerov a dit que tout allait bien.",
     "Crew lands\n\nAnton Chkaplerov commanded the flight.\n\nL'équipe russe est revenue sur Terre après douze "
     "jours dans l'espace.\n\nShkaplerov said all was well."),
    ("La capsule est revenue\n\nLa police a dispersé la rixe des étudiants devant le stade en liesse.\n\n"
     "Marc Lefort du FC Lorient a salué le calme revenu grâce à la police à Amiens-Nord.",
     "The capsule came back\n\nThe police broke up the brawl of the Etudiants in front of the stadium in liesse.\n\n"
     "Marc Lefort du FC Lorient praised the calm restored grâce to the police in amiens-nord."),
]


@pytest.mark.parametrize("source, target", _DOCUMENTS)
def test_reports_are_those_of_a_run_reading_nothing_ahead(source, target, monkeypatch):
    def issues(read_ahead: bool):
        ctx = Context(Config())
        if not read_ahead:
            ctx.plan.readings = ()
        result = check_texts(target, source=source, ctx=ctx)
        return [(i.code, i.segment, i.seg_start, i.seg_end, i.message, i.suggestion) for i in result.issues]

    with_readings = issues(True)
    assert with_readings  # the documents hold errors those checks report
    assert with_readings == issues(False)
