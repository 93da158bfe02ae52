"""Routing documents to workers by source: one source, one worker; balanced loads; results in input order."""
from __future__ import annotations

import pytest

from mtqa.errors import InputError
from mtqa.model import Document, DocumentPair, Segment
from mtqa.routing import Router, routed_in_order, source_key


def _doc(texts, lang):
    return Document(id="d", path=None, lang=lang,
                    segments=[Segment(index=i, text=t, line=i + 1) for i, t in enumerate(texts)])


def _pair(name, source, size=2):
    """A pair named ``name`` whose source is ``source`` (None: no source), with ``size`` target segments."""
    src = None if source is None else _doc([f"{source} phrase {i}" for i in range(size)], "fr")
    return DocumentPair(id=name, target=_doc([f"{name} sentence {i}" for i in range(size)], "en"), source=src)


def test_every_document_of_a_source_goes_to_the_worker_of_its_first():
    router = Router(2)
    systems = [[_pair(f"s{s}d{d}", f"source {d}") for d in range(10, 20)] for s in range(4)]  # equal lengths
    seen: dict = {}
    for system in systems:
        for pair in system:
            seen.setdefault(source_key(pair), set()).add(router.worker(pair))
    assert all(len(workers) == 1 for workers in seen.values())
    assert {w for workers in seen.values() for w in workers} == {0, 1}
    assert router.loads[0] == router.loads[1]  # new sources went to the least loaded worker in turn


def test_a_source_checked_many_times_still_uses_every_worker():
    router = Router(2, slack=100)
    chosen = [router.worker(_pair(f"s{s:02}", "the one source")) for s in range(30)]
    assert set(chosen) == {0, 1}
    assert abs(router.loads[0] - router.loads[1]) <= 100 + len(" s00 sentence 0") * 2 + 1


def test_documents_without_a_source_go_to_the_least_loaded_worker():
    router = Router(3)
    assert [router.worker(_pair(f"d{d}", None)) for d in range(6)] == [0, 1, 2, 0, 1, 2]
    assert source_key(_pair("x", None)) is None


class _Task:
    def __init__(self, value):
        self.value, self.cancelled = value, False

    def cancel(self):
        self.cancelled = True
        return False


def _run(pairs, workers=2, size=4, window=2, fail_at=None):
    """routed_in_order with batches 'checked' on the spot: the outcome of a pair is (its name, worker)."""
    sent = []

    def submit(batch, worker):
        sent.append((worker, [p.id for p in batch]))
        outcomes = []
        for p in batch:
            if p.id == fail_at:
                return _Task((outcomes, ValueError(f"failed at {p.id}")))
            outcomes.append((p.id, worker))
        return _Task((outcomes, None))

    out = routed_in_order(submit, pairs, workers, size, lambda: window, lambda task: task.value,
                          lambda pair, outcome: outcome)
    return out, sent


def test_results_come_in_input_order_and_each_batch_is_checked_by_its_sources_worker():
    pairs = [_pair(f"s{s}d{d}", f"source {d}") for s in range(3) for d in range(7)]
    out, sent = _run(pairs)
    got = list(out)
    assert [name for name, _ in got] == [p.id for p in pairs]
    worker_of = {}
    for name, worker in got:
        worker_of.setdefault(name.split("d")[1], set()).add(worker)
    assert all(len(ws) == 1 for ws in worker_of.values())
    assert sorted(n for _, batch in sent for n in batch) == sorted(p.id for p in pairs)  # each document once


def test_a_checking_error_is_raised_at_its_document_after_every_document_before_it():
    pairs = [_pair(f"s{s}d{d}", f"source {d}") for s in range(2) for d in range(5)]
    out, _ = _run(pairs, fail_at="s1d2")
    seen = []
    with pytest.raises(ValueError, match="failed at s1d2"):
        for name, _ in out:
            seen.append(name)
    assert seen == [p.id for p in pairs][:7]


def test_a_reading_error_comes_after_every_document_read_before_it():
    def pairs():
        for d in range(9):
            yield _pair(f"d{d}", f"source {d % 3}")
        raise InputError("c.jsonl:19: invalid JSON")

    out, _ = _run(pairs(), window=1)
    seen = []
    with pytest.raises(InputError, match="c.jsonl:19"):
        for name, _ in out:
            seen.append(name)
    assert seen == [f"d{d}" for d in range(9)]


def test_the_parent_reads_ahead_only_as_far_as_the_window_allows():
    read = []

    def pairs():
        for d in range(200):
            read.append(d)
            yield _pair(f"d{d}", f"source {d}")

    out, _ = _run(pairs(), size=4, window=2)
    next(out)
    # two batches out (4 segments: 2 documents each) and at most one open batch of each worker
    assert len(read) <= 2 * 2 + 2 * 2
