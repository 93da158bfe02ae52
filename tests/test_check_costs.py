"""bench/check_costs.py --repeat: each check called a second time on the same input, that call's cost apart."""
from __future__ import annotations

import collections
import gc
import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))
import check_costs  # noqa: E402


class _Counting:
    """A check that yields how many times it was called: a second call on the same input differs."""

    code = "X901"

    def __init__(self) -> None:
        self.calls = 0

    def check(self, *args):
        self.calls += 1
        yield self.calls


class _Steady:
    code = "X902"

    def check(self, segment, *args):
        yield segment.upper()


def _wrap(*checks):
    cost, again, differ = collections.Counter(), collections.Counter(), set()
    ctx = SimpleNamespace(checks=list(checks))
    before = list(gc.callbacks)
    check_costs._timed(ctx, cost, again, differ)
    added = [cb for cb in gc.callbacks if cb not in before]
    return ctx, cost, again, differ, added


def test_the_second_call_is_timed_apart_and_the_first_calls_answer_is_kept():
    ctx, cost, again, differ, added = _wrap(_Steady(), _Counting())
    try:
        steady, counting = ctx.checks
        assert steady.check("une phrase") == ["UNE PHRASE"]
        assert counting.check("une phrase") == [1]  # the first call's issues, not the second's
        assert counting.calls == 2
        assert set(again) == {"X901", "X902"} and set(cost) >= {"X901", "X902"}
        assert differ == {"X901"}  # the check that answers otherwise the second time is named
    finally:
        for cb in added:
            gc.callbacks.remove(cb)


def test_without_repeat_each_check_runs_once():
    cost = collections.Counter()
    ctx = SimpleNamespace(checks=[_Counting()])
    before = list(gc.callbacks)
    check_costs._timed(ctx, cost)
    try:
        assert ctx.checks[0].check("x") == [1] and ctx.checks[0].calls == 1
    finally:
        for cb in [cb for cb in gc.callbacks if cb not in before]:
            gc.callbacks.remove(cb)


def test_repeat_prints_the_second_calls_beside_the_first(tmp_path):
    rows = [("La foule a chanté dans une grande liesse.", "The crowd sang in great liesse."),
            ("Le maire de Lyon a inauguré le pont lundi.", "The mayor of Lyon opened the bridge on Monday.")]
    path = tmp_path / "pairs.jsonl"
    path.write_text("".join(json.dumps({"id": n, "doc": "d1", "source": s, "target": t}, ensure_ascii=False) + "\n"
                            for n, (s, t) in enumerate(rows, 1)), encoding="utf-8")
    run = subprocess.run([sys.executable, str(BENCH / "check_costs.py"), str(path), "--repeat", "--top", "200"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    lines = {line.split()[0]: line for line in run.stdout.splitlines()[2:]}
    assert "again" in lines["A205"] and "again" in lines["A201"]
    assert run.stdout.splitlines()[0].startswith("2 pairs:")
