"""The run's check plan: consecutive segment checks with one screen share one answer of it per segment.

:func:`mtqa.context.screened` groups a run of consecutive checks whose ``screen`` is the same function (the six
number-format checks' :func:`mtqa.numbers.has_decimal`); :func:`mtqa.api.check_pair` asks the screen once for the
group. These tests pin the grouping (only consecutive checks, order kept), the one call per segment, and that a
run's reports are those of a plan with one entry a check.
"""
from __future__ import annotations

from dataclasses import dataclass

from mtqa.api import check_texts
from mtqa.checks.base import SegmentCheck
from mtqa.config import Config
from mtqa.context import CheckPlan, Context, screened
from mtqa.numbers import has_decimal


def _recorder(log: list, code: str, screen):
    @dataclass
    class Recorder(SegmentCheck):
        name = "recorder"
        category = "fluency"

        def check(self, segment, sources, ctx):
            log.append((self.code, segment.text))
            return ()

    Recorder.code = code
    Recorder.screen = staticmethod(screen) if screen is not None else None
    return Recorder()


def test_only_consecutive_checks_with_the_same_screen_are_grouped():
    def digits(text: str) -> bool:
        return any(ch.isdigit() for ch in text)

    def other(text: str) -> bool:
        return "x" in text

    log: list = []
    checks = [_recorder(log, code, screen) for code, screen in
              (("X1", None), ("X2", None), ("X3", digits), ("X4", digits), ("X5", other), ("X6", digits))]
    groups = screened(checks)
    assert [(screen, [c.__self__.code for c in calls]) for screen, calls, _ in groups] == \
        [(None, ["X1", "X2"]), (digits, ["X3", "X4"]), (other, ["X5"]), (digits, ["X6"])]


def test_a_shared_screen_is_asked_once_per_segment_and_each_check_runs_over_the_window():
    asked: list = []
    log: list = []

    def digits(text: str) -> bool:
        asked.append(text)
        return any(ch.isdigit() for ch in text)

    ctx = Context(Config(select=("F101",)))
    ctx._plan = CheckPlan([_recorder(log, "X1", digits), _recorder(log, "X2", digits), _recorder(log, "X3", None)],
                          [])
    texts = ["Twelve people came.", "Then 12 more came."]
    check_texts("\n\n".join(texts), ctx=ctx)
    assert asked == texts  # once a segment, not once a check
    # each entry of the plan over the window's segments together (a check's code and tables at hand)
    assert log == [("X1", texts[1]), ("X2", texts[1]), ("X3", texts[0]), ("X3", texts[1])]


def test_the_number_format_checks_share_one_screen():
    plan = Context(Config()).plan
    codes = {screen: [c.__self__.code for c in calls] for screen, calls, _ in plan.segments if screen is not None}
    assert codes[has_decimal] == ["L101", "L102", "L103", "L104", "L105", "L106", "L107"]
    # every segment check is in the plan once, in the checks' order
    flat = [c.__self__.code for _, calls, _ in plan.segments for c in calls]
    assert flat == [c.code for c in Context(Config()).segment_checks]


def test_reports_are_those_of_a_plan_with_one_entry_a_check():
    source = ("Le prix est passé de 3,5 millions à 4 millions d'euros le 12 mars.\n\n"
              "La police a dispersé 1 200 manifestants à 14h30.")
    target = ("The price went from 3.5 million to 4,5 million euros on 12 March.\n\n"
              "The police dispersed 1 200 demonstrators at 14h30.")

    def issues(grouped: bool):
        ctx = Context(Config())
        if not grouped:
            ctx.plan.segments = tuple((c.screen, (c.check,), c.requires_source) for c in ctx.segment_checks)
        result = check_texts(target, source=source, ctx=ctx)
        return [(i.code, i.segment, i.seg_start, i.seg_end, i.message, i.suggestion) for i in result.issues]

    grouped = issues(True)
    assert {code for code, *_ in grouped} & {"L101", "L102", "L103", "L104", "L105", "L106"}  # the format checks report
    assert grouped == issues(False)


def test_reports_are_those_of_checking_one_segment_at_a_time(monkeypatch):
    """A window of one segment is the order of a run that checks each segment with every check before the
    next segment: the same issues, in the same order, as checking each check over the window."""
    from mtqa import api

    source = ("La capsule est revenue\n\nLa police a dispersé la rixe des étudiants devant le stade en liesse.\n\n"
              "Le prix est passé de 3,5 millions à 4 millions d'euros le 12 mars.\n\n"
              "Marc Lefort du FC Lorient a salué le calme revenu grâce à la police à Amiens-Nord.")
    target = ("The capsule came back\n\nThe police broke up the brawl of the Etudiants in front of the stadium in "
              "liesse.\n\nThe price went from 3.5 million to 4,5 million euros on 12 March.\n\n"
              "Marc Lefort du FC Lorient praised the the calm restored grâce to the police in amiens-nord.")

    def issues():
        result = check_texts(target, source=source, ctx=Context(Config()))
        return [(i.code, i.segment, i.seg_start, i.seg_end, i.message, i.suggestion) for i in result.issues] + \
            [(why, i.code, i.segment, i.seg_start) for why, i in result.suppressed_issues]

    window = issues()
    assert len({code for code, *_ in window}) >= 4  # several checks report on several segments
    monkeypatch.setattr(api, "READ_AHEAD", 1)
    assert issues() == window
