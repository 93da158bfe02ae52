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
    real = json.dumps

    def counting(value, **kw):
        dumped.append(real(value, **kw).count('"code": "A609"'))
        return real(value, **kw)

    monkeypatch.setattr(comparison.json, "dumps", counting)
    stats = _stats((4, 3))
    out = io.StringIO()
    comparison.write_json(stats, out, "sig")
    assert out.getvalue().count('"code": "A609"') == 7
    assert max(dumped) == 1
