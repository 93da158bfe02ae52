"""`mtqa compare`'s JSON report written a piece at a time: the layout of one ``json.dumps(indent=1)``, without
holding every cross-system issue's record and text at once."""
from __future__ import annotations

import io
import json

import pytest

from mtqa.compare import SystemStats, categories, consensus_note, cross_records, ranked
from mtqa.model import Issue, Severity
from mtqa.renderers import comparison


def _issue(k: int) -> Issue:
    return Issue("A609", "omitted-against-others", "accuracy", "omission", Severity.MINOR, k % 3, 4, 11, k + 1, 4, 11,
                 "harbour", f"“port” of the French has no counterpart here; 3 of 3 other translations render it "
                 f"(“harbour”) — sentence {k}", "harbour", 0.5 + k / 8)


def _stats(issues_each: tuple[int, ...]) -> list[SystemStats]:
    stats = []
    for n, count in enumerate(issues_each):
        s = SystemStats(f"system-{n}", f"/runs/system-{n}.jsonl", documents=2, passed=1, segments=6, words=80,
                        issues=count, penalty=float(count), score_sum=190.5 - n)
        for k in range(count):
            issue = _issue(k)
            s.cross.append((f"doc-{k % 2}", issue))
            s.count(issue)
        stats.append(s)
    return stats


def _whole(stats: list[SystemStats], signature: str) -> str:
    """The report as one ``json.dumps`` of the whole object (how it was written before)."""
    cats = categories(stats)
    out = {"tool": {"name": "mtqa", "signature": signature}, "consensus_note": consensus_note(stats),
           "systems": [{**s.row(cats), "path": s.path, "by_code": dict(sorted(s.by_code.items())),
                        "metrics": s.metrics, "cross_system": list(cross_records(s))} for s in ranked(stats)]}
    return json.dumps(out, ensure_ascii=False, indent=1) + "\n"


@pytest.mark.parametrize("issues_each", [(), (0,), (3,), (0, 2), (2, 0, 1), (1, 1)])
def test_the_pieces_make_the_text_of_one_dump_of_the_whole_report(issues_each):
    stats = _stats(issues_each)
    out = io.StringIO()
    comparison.write_json(stats, out, "sig|é")
    assert out.getvalue() == _whole(stats, "sig|é")


def test_no_piece_holds_more_than_one_cross_system_issue(monkeypatch):
    dumped = []
    real_dumps, real_indented = json.dumps, comparison._indented

    def counting(value, **kw):
        dumped.append(real_dumps(value, **kw).count('"code": "A609"'))
        return real_dumps(value, **kw)

    def counting_records(value, depth):
        text = real_indented(value, depth)
        if depth in (2, 4):  # a record of the report (its own items recurse one level deeper)
            dumped.append(text.count('"code": "A609"'))
        return text

    monkeypatch.setattr(comparison.json, "dumps", counting)
    monkeypatch.setattr(comparison, "_indented", counting_records)
    stats = _stats((4, 3))
    out = io.StringIO()
    comparison.write_json(stats, out, "sig")
    assert out.getvalue().count('"code": "A609"') == 7
    assert max(dumped) == 1


def test_writing_the_records_leaves_no_reference_cycles():
    # json.dumps(indent=1) takes the pure-Python encoder, whose nested functions make a cycle per call: a report
    # of thousands of records left thousands of cycles for the (seldom run) cyclic collector
    import gc

    def cycles(stats) -> int:
        gc.collect()
        gc.disable()
        try:
            comparison.write_json(stats, io.StringIO(), "sig")
            return gc.collect()
        finally:
            gc.enable()

    assert cycles(_stats((40, 30))) == cycles(_stats((0, 0)))  # the head's and the rows' own, not one per record


@pytest.mark.parametrize("value", [
    {}, [], {"a": []}, {"a": {}}, (), [[]], {"a": [{}, []]},
    {"source": "Le « maire » a dit : \"non\" \\ \x01\u2028 é", "preferred": None,
     "systems": [{"system": "b", "doc": "2/7", "segment": 3, "line": 12, "value": 0.1235},
                 {"system": "a", "doc": "2/7", "segment": 3, "line": 12, "value": -0.0}]},
    {"n": 10 ** 30, "t": True, "f": False, "nan": float("nan"), "inf": float("-inf"), "x": 1e-07},
    {1: "a key that is no string", "b": [None, 2.5]}, [1, (2, [3, {"k": ()}])], "plain", 3, None,
    [0.5, 1e16, 1.5e300, -7, 2 ** 63, True, 0, 0.0, float("inf")],
])
@pytest.mark.parametrize("depth", [0, 2, 4])
def test_a_record_is_the_text_json_dumps_gives_it(value, depth):
    expected = comparison._moved(json.dumps(value, ensure_ascii=False, indent=1), depth)[depth:]
    assert comparison._indented(value, depth) == expected
