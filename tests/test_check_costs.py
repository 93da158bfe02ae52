"""bench/check_costs.py --repeat: each check called a second time on the same input, that call's cost apart."""
from __future__ import annotations

import collections
import gc
import json
import os
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


class _CollectingTheSecondTime:
    """A check whose second call on the same input runs a garbage collection."""

    code = "X903"

    def __init__(self) -> None:
        self.calls = 0

    def check(self, *args):
        self.calls += 1
        if self.calls == 2:
            garbage = [[i] for i in range(200_000)]
            gc.collect()
            del garbage
        yield "same"


def test_the_second_calls_garbage_collection_is_not_the_runs():
    # with --repeat the second call's collections went to cost["(gc)"], the line of the run's (first calls')
    enabled = gc.isenabled()
    gc.disable()  # only the check's own collection
    ctx, cost, again, differ, added = _wrap(_CollectingTheSecondTime())
    try:
        assert ctx.checks[0].check("x") == ["same"]
        assert again[check_costs.GC] > 0 and cost[check_costs.GC] == 0
    finally:
        for cb in added:
            gc.callbacks.remove(cb)
        if enabled:
            gc.enable()


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


class _Facts:
    """A stand-in module of fact functions: one answers by its word, one by how often it was asked."""

    def __init__(self) -> None:
        self.asked = 0

    def length(self, word, lang="en"):
        return len(word)

    def drifting(self, word):
        self.asked += 1
        return self.asked


def test_word_facts_are_counted_timed_and_restored(monkeypatch):
    facts = _Facts()
    monkeypatch.setitem(sys.modules, "mtqa_test_facts", facts)
    original = facts.length
    with check_costs.watching_word_facts((("mtqa_test_facts", "length"),)) as logs:
        assert facts.length is not original
        assert [facts.length(w, lang="fr") for w in ("chat", "chien", "chat")] == [4, 5, 4]
        assert facts.length(("un", "chat")) == 2  # a tuple argument is its own key
    assert facts.length == original  # restored on leaving
    log = logs["length"]
    assert log.calls == 4 and len(log.answers) == 3  # "chat" in French asked twice, kept once
    times, differ = check_costs.replay_word_facts(logs)
    assert differ == set() and set(times) == {"length"}


def test_unhashable_arguments_are_kept_by_identity(monkeypatch):
    facts = _Facts()
    monkeypatch.setitem(sys.modules, "mtqa_test_facts", facts)
    dicts = ([1], [2])  # like a tuple of Hunspell dictionaries: not hashable
    with check_costs.watching_word_facts((("mtqa_test_facts", "length"),)) as logs:
        assert facts.length(dicts) == 2 and facts.length(dicts) == 2
    assert logs["length"].calls == 2 and len(logs["length"].answers) == 1


def test_a_fact_that_answers_otherwise_when_asked_again_is_named(monkeypatch):
    facts = _Facts()
    monkeypatch.setitem(sys.modules, "mtqa_test_facts", facts)
    with check_costs.watching_word_facts((("mtqa_test_facts", "drifting"), ("mtqa_test_facts", "length"))) as logs:
        facts.drifting("chat")
        facts.length("chat")
    _, differ = check_costs.replay_word_facts(logs)
    assert differ == {"drifting"}


def test_a_bound_not_yet_known_agrees_with_the_later_figure(monkeypatch):
    facts = _Facts()
    facts.zipf_bound = lambda word: None if facts.asked == 0 else 4.2  # on disk during the run
    monkeypatch.setitem(sys.modules, "mtqa_test_facts", facts)
    with check_costs.watching_word_facts((("mtqa_test_facts", "zipf_bound"),)) as logs:
        assert facts.zipf_bound("chat") is None
    facts.asked = 1
    assert check_costs.replay_word_facts(logs)[1] == set()


def test_word_facts_prints_each_function_and_the_share_of_the_run(tmp_path):
    rows = [("La foule a chanté dans une grande liesse.", "The crowd sang in great liesse."),
            ("Le maire de Lyon a inauguré le pont lundi.", "The mayor of Lyon opened the bridge on Monday.")]
    path = tmp_path / "pairs.jsonl"
    path.write_text("".join(json.dumps({"id": n, "doc": "d1", "source": s, "target": t}, ensure_ascii=False) + "\n"
                            for n, (s, t) in enumerate(rows, 1)), encoding="utf-8")
    run = subprocess.run([sys.executable, str(BENCH / "check_costs.py"), str(path), "--word-facts", "--top", "3"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    lines = {line.split()[0]: line.split() for line in run.stdout.splitlines() if line.split()}
    assert {name for _, name in check_costs.WORD_FACTS} <= set(lines)
    assert int(lines["zipf"][1].replace(",", "")) > 0  # the run asked frequencies
    assert "of the run's CPU" in run.stdout
    plain = subprocess.run([sys.executable, str(BENCH / "check_costs.py"), str(path), "--top", "3"],
                           capture_output=True, text=True)
    assert "per-word facts:" not in plain.stdout  # the table's header (a cold-cache note may name them)


def test_a_run_on_a_cold_cache_says_that_it_built_tables(tmp_path):
    # on a cold compiled-table cache the "in run" figures count the facts asked while tables are built
    path = tmp_path / "pairs.jsonl"
    path.write_text(json.dumps({"id": 1, "doc": "d1", "source": "Le maire de Lyon a parlé.",
                                "target": "The mayor of Lyon spoke."}) + "\n", encoding="utf-8")
    env = {**os.environ, "MTQA_CACHE_DIR": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, str(BENCH / "check_costs.py"), str(path), "--top", "1"],
                           capture_output=True, text=True, env=env) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr
    assert "cold cache" in runs[0].stdout and "cold cache" not in runs[1].stdout
