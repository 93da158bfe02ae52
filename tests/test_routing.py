"""Routing documents to workers by source: one source, one worker; balanced loads; results in input order."""
from __future__ import annotations

import pytest

from mtqa.errors import InputError
from mtqa.model import Document, DocumentPair, Segment
from mtqa.routing import READ_AHEAD_BATCHES, NotDone, Router, routed_in_order, source_key


def _doc(texts, lang):
    return Document(id="d", path=None, lang=lang,
                    segments=[Segment(index=i, text=t, line=i + 1) for i, t in enumerate(texts)])


def _pair(name, source, size=2):
    """A pair named ``name`` whose source is ``source`` (None: no source), with ``size`` target segments."""
    src = None if source is None else _doc([f"{source} phrase {i}" for i in range(size)], "fr")
    return DocumentPair(id=name, target=_doc([f"{name} sentence {i}" for i in range(size)], "en"), source=src)


def _placed(router, pair, done=True):
    """Place ``pair``; with ``done``, its worker checks it at once (workers keeping pace)."""
    worker, chars = router.place(pair)
    if done:
        router.done(worker, chars)
    return worker


def test_while_the_workers_keep_pace_each_source_stays_with_its_first_worker_and_new_ones_go_to_the_least_given():
    router = Router(2)
    systems = [[_pair(f"s{s}d{d}", f"source {d}") for d in range(10, 20)] for s in range(4)]  # equal lengths
    seen: dict = {}
    for system in systems:
        for pair in system:
            seen.setdefault(source_key(pair), set()).add(_placed(router, pair))
    assert all(len(workers) == 1 for workers in seen.values())
    assert {w for workers in seen.values() for w in workers} == {0, 1}
    assert router.loads[0] == router.loads[1]  # new sources went to the least given worker in turn
    assert router.waiting == [0, 0]


def test_a_new_source_goes_to_the_idlest_worker_when_the_least_given_one_is_behind_by_more_than_the_slack():
    # "least handed out" alone kept feeding a worker that had fallen behind: its sources cost more, or another
    # process shares its core
    router = Router(2, size=1)  # slack: two segments' worth of characters
    assert _placed(router, _pair("big", "source 0", size=6)) == 0  # given more, and checked at once
    assert _placed(router, _pair("slow", "source 1", size=3), done=False) == 1  # the least given; not checked yet
    assert router.loads[1] < router.loads[0]  # still the least given...
    assert router.waiting[1] - router.waiting[0] > router.slack  # ...but behind the idlest by more than the slack
    assert _placed(router, _pair("new", "a new source")) == 0


def test_a_source_whose_worker_falls_behind_by_more_than_the_slack_moves_to_the_idlest():
    router = Router(2, size=1)
    first = _placed(router, _pair("s0", "the one source"), done=False)
    places = [first]
    while router.waiting[first] - min(router.waiting) <= router.slack:  # its worker checks nothing meanwhile
        places.append(_placed(router, _pair(f"s{len(places)}", "the one source"), done=False))
    assert set(places) == {first}  # within the slack the source stays put: analysed once
    moved = _placed(router, _pair("next", "the one source"), done=False)
    assert moved != first  # more than the slack behind the idlest: the source moves there
    assert _placed(router, _pair("after", "the one source"), done=False) == moved  # and stays at its new home


def test_documents_without_a_source_go_to_the_least_given_worker():
    router = Router(3)
    assert [_placed(router, _pair(f"d{d}", None)) for d in range(6)] == [0, 1, 2, 0, 1, 2]
    assert source_key(_pair("x", None)) is None


class _Task:
    def __init__(self, value):
        self.value, self.cancelled = value, False

    def done(self):
        return True

    def cancel(self):
        self.cancelled = True
        return False


def _run(pairs, workers=2, size=4, window=2, fail_at=None, warming=lambda: False, first=None, first_batches=1):
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

    out = routed_in_order(submit, pairs, workers, size, lambda: window, lambda task, timeout: task.value,
                          lambda pair, outcome: outcome, warming=warming, first=first, first_batches=first_batches)
    return out, sent


def test_the_first_batch_is_sent_at_its_own_smaller_size_and_the_others_at_the_usual_one():
    """A forked pool's zygote checks the first batch alone (mtqa.distributed.FIRST_BATCH_SEGMENTS): it is cut
    smaller; every later batch is the usual size, and the results are those of a run without it."""
    pairs = [_pair(f"s{s}d{d}", f"source {d}") for s in range(4) for d in range(6)]
    out, sent = _run(pairs, size=4, window=3, first=1)
    got = list(out)
    plain, usual = _run(pairs, size=4, window=3)
    assert [name for name, _ in got] == [name for name, _ in list(plain)] == [p.id for p in pairs]
    assert len(sent[0][1]) == 1 and len(usual[0][1]) == 2  # one 2-segment document, where 4 segments make a batch
    assert max(len(batch) for _, batch in sent[1:]) == 2  # the later batches at the usual size


def test_each_workers_first_batch_can_be_sent_at_the_smaller_size():
    """A Dask cluster's workers all wait idle for their first batch (mtqa.distributed.DASK_FIRST_BATCH_SEGMENTS):
    with first_batches, the first that many batches are cut smaller, one for each worker; then the usual size."""
    pairs = [_pair(f"s{s}d{d}", f"source {d}") for s in range(4) for d in range(6)]
    out, sent = _run(pairs, size=4, window=3, first=2, first_batches=2)
    assert [name for name, _ in out] == [p.id for p in pairs]
    assert [len(batch) for _, batch in sent[:2]] == [1, 1] and {w for w, _ in sent[:2]} == {0, 1}
    assert max(len(batch) for _, batch in sent[2:]) == 2  # 4 segments: two 2-segment documents
    plain, once = _run(pairs, size=4, window=3, first=2)  # without: the second worker's first batch is a usual one
    assert [name for name, _ in plain] == [p.id for p in pairs]
    assert len(once[0][1]) == 1 and len(once[1][1]) == 2


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


def test_while_the_workers_warm_the_parent_reads_ahead_but_places_only_what_the_window_lets_out():
    read, warm = [], [True]

    def pairs():
        for d in range(1000):
            read.append(d)
            yield _pair(f"d{d}", f"source {d}")

    out, sent = _run(pairs(), size=4, window=2, warming=lambda: warm[0])
    first = next(out)
    bound = READ_AHEAD_BATCHES * 4 // 2  # segments read ahead, in documents of two segments
    assert bound + 2 * 2 <= len(read) <= bound + 2 * 2 + 2 * 2  # the window's and the open batches', and the bound
    assert len(sent) <= 2 + 2  # placed: no more than before the warm-up, whatever was read
    warm[0] = False  # the zygote is ready: what was read goes out, then the rest, all in input order
    assert [name for name, _ in [first, *out]] == [f"d{d}" for d in range(1000)]
    assert sorted(n for _, batch in sent for n in batch) == sorted(f"d{d}" for d in range(1000))  # each once


def test_what_was_read_ahead_is_checked_in_order_and_a_reading_error_still_comes_after_it():
    def pairs():
        for d in range(30):
            yield _pair(f"d{d}", f"source {d % 7}")
        raise InputError("c.jsonl:61: invalid JSON")

    out, sent = _run(pairs(), size=4, window=2, warming=lambda: True)  # the whole input is read ahead at once
    seen = []
    with pytest.raises(InputError, match="c.jsonl:61"):
        for name, _ in out:
            seen.append(name)
    assert seen == [f"d{d}" for d in range(30)]
    assert sorted(n for _, batch in sent for n in batch) == sorted(seen)  # each document once


class _SimulatedWorkers:
    """Workers in simulated time: worker ``w`` checks a character in ``slowness[w]`` x 0.1 ms (a batch of 40 segments
    in about 0.1 s, as a real batch of 400), one batch after another in the order sent; the parent costs nothing.
    No clock is read, so the outcome does not depend on the machine's load."""

    def __init__(self, slowness):
        self.now, self.slowness = 0.0, slowness
        self.free = [0.0] * len(slowness)
        self.sources: dict = {}  # source -> the workers that checked a document of it

    def submit(self, batch, worker):
        chars = sum(len(s.text) + 1 for p in batch for s in p.target.segments)
        self.free[worker] = max(self.free[worker], self.now) + chars * self.slowness[worker] * 1e-4
        for p in batch:
            self.sources.setdefault(source_key(p), set()).add(worker)
        return _SimulatedTask(self, self.free[worker], [(p.id, worker) for p in batch])

    def result(self, task, timeout=None):
        if timeout is not None and task.end > self.now + timeout:
            self.now += timeout
            raise NotDone
        self.now = max(self.now, task.end)
        return task.value, None

    def run(self, pairs, size=40, window=6, warm_window=None):
        """``warm_window``: the parent reads ahead until the first result, placing that many batches (None: placing
        only the steady ``window``, as :func:`routed_in_order` does while ``warming()``)."""
        if warm_window is None:
            steady, warming = (lambda: window), (lambda: self.now == 0)
        else:
            steady, warming = (lambda: warm_window if self.now == 0 else window), (lambda: False)
        out = routed_in_order(self.submit, pairs, len(self.slowness), size, steady, self.result,
                              lambda pair, outcome: outcome, warming=warming)
        names = [name for name, _ in out]
        ideal = sum(len(s.text) + 1 for p in pairs for s in p.target.segments) * 1e-4 / sum(
            1 / k for k in self.slowness)
        return names, max(max(self.free), self.now) / ideal


class _SimulatedTask:
    def __init__(self, sim, end, value):
        self.sim, self.end, self.value = sim, end, value

    def done(self):
        return self.end <= self.sim.now

    def cancel(self):
        return False


def _systems(systems=6, sources=60):
    """``systems`` translations of ``sources`` sources, one system after another (as WMT lists them), of uneven lengths."""
    return [_pair(f"s{s}d{d}", f"source {d}", size=5 + d % 11) for s in range(systems) for d in range(sources)]


def test_a_worker_that_falls_behind_gets_less_work_and_the_run_ends_near_the_ideal():
    # worker 0 checks three times slower (its sources cost more, or another process shares its core). Routing by
    # characters handed out split the work in halves: the run took twice the ideal (0.5 x 3 against 3/4)
    pairs = _systems()
    names, ratio = _SimulatedWorkers([3.0, 1.0]).run(pairs)
    assert names == [p.id for p in pairs]
    assert ratio < 1.2


def test_what_is_read_while_the_workers_warm_is_placed_as_they_work_so_a_slower_worker_gets_less_of_it():
    # placed as it was read during the warm-up, a whole corpus was split before either worker started: the slower
    # one (its core shared with the parent) ended last by its whole lag
    pairs = _systems()
    names, placed_late = _SimulatedWorkers([1.1, 1.0]).run(pairs)
    assert names == [p.id for p in pairs]
    _, placed_early = _SimulatedWorkers([1.1, 1.0]).run(pairs, warm_window=len(pairs))
    assert placed_late < 1.03 < placed_early


def test_on_workers_of_one_speed_every_source_stays_with_one_worker_and_the_loads_even_out():
    pairs = _systems()
    sim = _SimulatedWorkers([1.0, 1.0])
    names, ratio = sim.run(pairs)
    assert names == [p.id for p in pairs]
    assert all(len(workers) == 1 for workers in sim.sources.values())
    assert ratio < 1.05


class _Pending:
    """A task still being checked while the parent reads ahead; ``early`` as a forked pool's first batch."""

    def __init__(self, value, early=False):
        self.value, self.early = value, early

    def done(self):
        return False

    def cancel(self):
        return False


@pytest.mark.parametrize("early", [False, True])
def test_a_first_batch_checked_before_the_workers_start_weighs_on_no_worker(early):
    # a forked pool's zygote checks the first batch while the parent reads the rest ahead and places it: that
    # batch counted on its worker left it a smaller share of the rest, and the other worker ended last
    pairs = [_pair(f"d{d}", f"source {d}") for d in range(40)]  # of one length: the split is by documents
    sent = []

    def submit(batch, worker):
        sent.append((worker, len(batch)))
        return _Pending(([(p.id, worker) for p in batch], None), early=early and len(sent) == 1)

    out = routed_in_order(submit, pairs, 2, 4, lambda: 100, lambda task, timeout: task.value,
                          lambda pair, outcome: outcome)
    assert [name for name, _ in out] == [p.id for p in pairs]
    first, rest = sent[0], sent[1:]
    after = [sum(n for w, n in rest if w == worker) for worker in (0, 1)]
    if early:  # the rest split evenly: both workers end together
        assert after[0] == after[1] == (40 - first[1]) // 2
    else:  # the first batch counted: its worker has as much less of the rest
        assert after[1 - first[0]] - after[first[0]] == first[1]
