"""Which worker checks which document: the documents of one source go to one worker.

Why: a worker's first document on a source pays for analysing that source
(its words, names, figures and votes, memoised per text in the run's
bounded caches); every later document on the same source, another system's
translation of it, finds those analyses ready. A corpus that lists several
systems one after another (WMT14: 8 systems of the same 176 sources) cut
into consecutive batches hands each source to every worker, so each worker
re-does the first analysis of every source. Routed by source, each source
is analysed by one worker: the 24,024 WMT14 pairs split in two halves by
source cost 7.8-8.9 CPU s to check (each half in a process of its own),
against 8.9-10.3 s for two halves made of alternate batches; whole runs of
``mtqa check --workers 2`` take 6-14 % less CPU (paired runs) and peak at
180 MiB instead of 192.

Routing changes only where a document is checked, never its result: every
memoised analysis is keyed by content, so a worker's results do not depend
on what it checked before (the tests compare routed runs with serial ones).

Balance: a source seen for the first time goes to the worker given the
fewest characters of target text so far; a source whose worker is more than
:data:`SLACK` characters ahead of the least loaded one moves to that one, so
a corpus of one source translated many times still uses every worker.
Characters, not segments: a source's share is fixed by its first document
and repeated for every system, so the estimate's error is repeated too; on
WMT14, the checking CPU of each document (measured serially) splits
5.18 / 5.19 s by characters and 5.04 / 5.33 s by segments.
"""
from __future__ import annotations

import collections
from typing import Callable, Iterator, Optional

from mtqa.errors import UsageError
from mtqa.model import DocumentPair

SLACK = 40_000
"""Characters of target text a worker may be ahead of the least loaded one before its sources move
(about 300 segments of news, a tenth of a second of checking: the workers end within that of each other)."""
HOMES = 65_536
"""Sources remembered (by hash): bounded, a long run meets ever more sources; a forgotten source is
placed again as a new one, which costs only its analysis on one more worker."""


class Router:
    """The worker of each document: its source's, or the least loaded one (see the module's docstring)."""

    def __init__(self, workers: int, slack: int = SLACK):
        self.loads = [0] * workers  # characters of target text given to each worker so far
        self.slack = slack
        self._homes: dict[int, int] = {}

    def worker(self, pair: DocumentPair) -> int:
        loads = self.loads
        least = loads.index(min(loads))
        key = source_key(pair)
        home = self._homes.get(key) if key is not None else None
        if home is None or loads[home] - loads[least] > self.slack:
            home = least
            if key is not None:
                if len(self._homes) >= HOMES:
                    self._homes.clear()
                self._homes[key] = home
        loads[home] += sum(len(s.text) for s in pair.target.segments) + 1  # + 1: an empty document weighs
        return home


def source_key(pair: DocumentPair) -> Optional[int]:
    """What the documents of one source share (None without a source): the hash of its segments' texts."""
    if pair.source is None:
        return None
    return hash(tuple(s.text for s in pair.source.segments))


def segments(pair: DocumentPair) -> int:
    """A document's weight in a batch: its target segments, at least one."""
    return max(1, len(pair.target.segments))


class _Batch:
    """Documents bound for one worker; ``task`` once submitted, ``outcomes``/``error`` once back."""

    __slots__ = ("worker", "pairs", "segments", "task", "outcomes", "error")

    def __init__(self, worker: int):
        self.worker, self.pairs, self.segments = worker, [], 0
        self.task = self.outcomes = self.error = None


def routed_in_order(submit: Callable, pairs, workers: int, size: int, window: Callable[[], int],
                    result: Callable, merge: Callable) -> Iterator:
    """Check ``pairs`` in batches routed by source and yield ``merge(pair, outcome)`` in input order.

    ``submit(batch, worker)`` sends a list of pairs to a worker and returns a task; ``result(task)``
    gives ``(outcomes, error)``: one outcome per document checked, and the error that ended the batch
    (or None). Each worker has one open batch, sent when it holds ``size`` target segments, or
    earlier when the next document to yield is in it. At most ``window()`` batches are out, and
    the open batches hold at most ``size`` segments each, so the parent's memory stays bounded.
    A reading error stops the reading; the documents read before it are still checked and yielded,
    then it is raised, as in a serial run; a checking error is raised at its document.
    """
    router = Router(workers)
    open_: list[Optional[_Batch]] = [None] * workers
    queue: collections.deque = collections.deque()  # (pair, its batch, its index there), in input order
    stream = iter(pairs)
    out = 0  # batches submitted and not yet collected
    failure: Optional[UsageError] = None
    reading = True

    def send(batch: _Batch) -> None:
        nonlocal out
        open_[batch.worker] = None
        batch.task = submit(batch.pairs, batch.worker)
        out += 1

    def read() -> None:
        nonlocal failure, reading
        while reading and out < window():
            try:
                pair = next(stream)
            except StopIteration:
                reading = False
            except UsageError as exc:
                failure, reading = exc, False
            if not reading:  # the last batches go out together, so the workers finish together
                for batch in open_:
                    if batch is not None:
                        send(batch)
                return
            w = router.worker(pair)
            batch = open_[w]
            if batch is None:
                batch = open_[w] = _Batch(w)
            queue.append((pair, batch, len(batch.pairs)))
            batch.pairs.append(pair)
            batch.segments += segments(pair)
            if batch.segments >= size:
                send(batch)

    try:
        read()
        while queue:
            pair, batch, index = queue[0]
            if batch.outcomes is None:
                if batch.task is None:
                    send(batch)
                batch.outcomes, batch.error = result(batch.task)
                out -= 1
                read()
            if index >= len(batch.outcomes):  # the batch ended with an error at this document
                raise batch.error
            queue.popleft()
            yield merge(pair, batch.outcomes[index])
    finally:
        for b in {id(b): b for _, b, _ in queue}.values():
            if b.task is not None and b.outcomes is None:
                b.task.cancel()
    if failure is not None:
        raise failure
