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

Balance on work *outstanding*, not work handed out: a source seen for the
first time goes to the worker given the least text so far, unless that worker
has more than :data:`SLACK_BATCHES` batches' worth of characters outstanding
(sent and not yet checked) beyond the idlest worker, which then gets it; a
source whose worker has fallen that far behind the idlest moves to the idlest. So a corpus of one source
translated many times still uses every worker, and a worker that falls
behind (its sources cost more per character, or another process shares its
core) gets fewer new sources and gives up some of its own, where a split
fixed by characters handed out kept feeding it its share: with one source
ten times slower per character than the rest, the run took 1.10 times the
ideal on WMT14 in simulated time. Which batches are done is known from the
results the pools read anyway (out of order); while the parent waits for
the next batch in input order, it looks every :data:`PATIENCE` seconds (or,
with a pool that says when any batch ends, at each end: :class:`Progress`) for
others that ended and routes more to a worker with nothing left to do.
Characters, not segments: on WMT14 the checking CPU of each document
(measured serially) splits 5.18 / 5.19 s by characters, 5.04 / 5.33 s by segments.
"""
from __future__ import annotations

import collections
from typing import Callable, Iterator, Optional

from mtqa.errors import UsageError
from mtqa.model import DocumentPair

SLACK_BATCHES = 2
"""Batches' worth of characters a source's worker may have outstanding beyond the least busy worker before the
source moves: more than the one batch by which two workers checking at the same speed differ from moment to moment
(each moves in steps of a batch), so on an even corpus sources stay put and each is analysed once."""
PATIENCE = 0.05
"""Seconds between two looks, while the parent waits for the next batch in order, at whether a worker ran dry."""
READ_AHEAD_BATCHES = 64
"""Batches' worth of segments the parent may read ahead of placing them while a forked pool's zygote checks the
first batch (about 26,000 target segments of 400-segment batches): enough to keep the parent's core busy reading
during the warm-up, a fixed bound on its memory.

Why ahead of *placing*: batches placed (routed to a worker) and sent during the warm-up used to be all of a
corpus up to that bound (the 24,024 WMT14 pairs: all 57 batches), so each worker's share was fixed before either
started, by characters; a worker that ran slower (its core shared with the parent, or with another process)
finished last, by up to 1.5 s of CPU (``bench/parallel_cpu.py``'s tail, loaded host). Read but not placed, the
pairs go out within the steady window as the workers end batches, so the router balances on work done. In
simulated time with each document's measured CPU (24k WMT14 pairs, one worker 3 % slower): 15.37 -> 15.18 s
(6 % slower: 15.77 -> 15.47 s; even speeds: 14.97 -> 14.88 s)."""
READ_AHEAD_CHARS = 16 << 20
"""...and at most this many characters of target text, so very long documents cannot make the read-ahead large."""
HOMES = 65_536
"""Sources remembered (by hash): bounded, a long run meets ever more sources; a forgotten source is
placed again as a new one, which costs only its analysis on one more worker."""


class NotDone(Exception):
    """A wait for a batch ran out of time before the batch was checked: the pools' own signal (their waits raise
    it, :func:`routed_in_order` reads it), never a check's error. With the built-in :class:`TimeoutError` as the
    signal, a check's own (a plug-in's socket timeout), re-raised in the parent, was read as "not done yet"
    after its batch's result had been taken, and the run waited for ever."""


class Progress(NotDone):
    """A wait for one batch ended early because another batch was checked meanwhile: a worker may have room for
    more. A pool that knows when any batch ends (:class:`mtqa.workpool.ForkedPool` reads every result pipe)
    raises it, so the router refills a worker when one ends a batch instead of looking every
    :data:`PATIENCE` seconds."""


class Router:
    """The worker of each document: its source's, or the least loaded one (see the module's docstring)."""

    def __init__(self, workers: int, size: int = 400):
        self.loads = [0] * workers  # characters of target text given to each worker so far
        self.waiting = [0] * workers  # ...and not yet known to be checked
        self._size = size  # target segments per batch
        self._chars = self._segments = 0
        self._homes: dict[int, int] = {}

    @property
    def slack(self) -> float:
        """Outstanding characters beyond the least busy worker that move a source: :data:`SLACK_BATCHES`
        batches of ``size`` segments at the mean length of a segment so far."""
        return SLACK_BATCHES * self._size * self._chars / max(1, self._segments)

    def place(self, pair: DocumentPair) -> tuple[int, int]:
        """(the worker ``pair`` goes to, its weight): the weight counts as outstanding there until :meth:`done`."""
        loads, waiting = self.loads, self.waiting
        slack = self.slack
        idle = min(range(len(loads)), key=lambda w: (waiting[w], loads[w]))
        least = min(range(len(loads)), key=lambda w: (loads[w], waiting[w]))
        key = source_key(pair)
        home = self._homes.get(key) if key is not None else None
        if home is None or waiting[home] - waiting[idle] > slack:
            # the least given so far while it keeps pace (the split of a corpus whose cost is even), else the idlest
            home = least if waiting[least] - waiting[idle] <= slack else idle
            if key is not None:
                if len(self._homes) >= HOMES:
                    self._homes.clear()
                self._homes[key] = home
        chars = sum(len(s.text) for s in pair.target.segments) + 1  # + 1: an empty document weighs
        loads[home] += chars
        waiting[home] += chars
        self._chars += chars
        self._segments += segments(pair)
        return home, chars

    def done(self, worker: int, chars: int) -> None:
        """``chars`` characters sent to ``worker`` are checked."""
        self.waiting[worker] -= chars

    def before_workers(self, worker: int, chars: int) -> None:
        """``chars`` characters placed on ``worker`` are checked before any worker starts (a forked pool's
        zygote checks the first batch: :meth:`mtqa.workpool.ForkedPool._first_batch`): they weigh on none.

        Why: while the zygote checks, the parent reads ahead and places the next sources; counted on the
        worker it was sent to, the first batch made that worker's share of the rest smaller by as much, and
        the other worker, with its full half still to check, ended last."""
        self.loads[worker] -= chars
        self.waiting[worker] -= chars


def source_key(pair: DocumentPair) -> Optional[int]:
    """What the documents of one source share (None without a source): the hash of its segments' texts."""
    if pair.source is None:
        return None
    return hash(tuple(s.text for s in pair.source.segments))


def segments(pair: DocumentPair) -> int:
    """A document's weight in a batch: its target segments, at least one."""
    return max(1, len(pair.target.segments))


def characters(pair: DocumentPair) -> int:
    """A document's target text in characters (what read-ahead holds, besides its source)."""
    return sum(len(s.text) for s in pair.target.segments)


class _Batch:
    """Documents bound for one worker; ``task`` once submitted, ``outcomes``/``error`` once back."""

    __slots__ = ("worker", "pairs", "segments", "chars", "task", "outcomes", "error")

    def __init__(self, worker: int):
        self.worker, self.pairs, self.segments, self.chars = worker, [], 0, 0
        self.task = self.outcomes = self.error = None


def routed_in_order(submit: Callable, pairs, workers: int, size: int, window: Callable[[], int],
                    result: Callable, merge: Callable, patience: Optional[float] = PATIENCE,
                    warming: Callable[[], bool] = lambda: False, first: Optional[int] = None,
                    first_batches: int = 1) -> Iterator:
    """Check ``pairs`` in batches routed by source and yield ``merge(pair, outcome)`` in input order.

    ``submit(batch, worker)`` sends a list of pairs to a worker and returns a task (with ``done()`` and
    ``cancel()``, and ``early`` true if it is checked before the workers start: it then weighs on none);
    ``result(task, timeout)`` gives ``(outcomes, error)`` (one outcome per document checked, and the error that ended the batch, or None), or raises :class:`NotDone` after ``timeout``
    seconds (None: no limit) or when another batch ended meanwhile (:class:`Progress`); any other exception
    is the batch's, raised as it is. While reading, the wait for the next batch in order is ``patience``
    seconds (None: until that batch or another ends, for a pool that raises :class:`Progress`). Each worker has one open batch, sent when it holds ``size`` target
    segments, or earlier when the next document to yield is in it. At most ``window()`` batches are
    being checked, at most twice that many are not yet yielded, and the open batches hold at most
    ``size`` segments each, so the parent's memory stays bounded. While ``warming()`` (a forked pool's zygote
    checking the first batch), the parent also reads ahead of placing: at most :data:`READ_AHEAD_BATCHES` batches'
    worth of segments and :data:`READ_AHEAD_CHARS` characters of target text, placed as the window lets them
    out, so the workers are balanced on what they have done (see :data:`READ_AHEAD_BATCHES`). ``first``: the run's
    first batch is sent at that many target segments instead of ``size`` (a forked pool's zygote checks it alone,
    before the workers exist: :data:`mtqa.distributed.FIRST_BATCH_SEGMENTS`); with ``first_batches``, the first
    that many batches (a Dask cluster's: one for each worker, which waits idle for it,
    :data:`mtqa.distributed.DASK_FIRST_BATCH_SEGMENTS`). A reading error stops the reading;
    the documents read before it are still checked and yielded, then it is raised, as in a serial run;
    a checking error is raised at its document.
    """
    router = Router(workers, size=size)
    open_: list[Optional[_Batch]] = [None] * workers
    queue: collections.deque = collections.deque()  # (pair, its batch, its index there), in input order
    stream = iter(pairs)
    checking: list[_Batch] = []  # submitted, not known to be done
    held = 0  # submitted, not yet collected
    failure: Optional[UsageError] = None
    reading = True
    ahead: collections.deque = collections.deque()  # read while warming, not yet placed (input order)
    ahead_segments = ahead_chars = 0
    full = size if first is None else first  # segments at which an open batch is sent: ``first`` until
    firsts = first_batches  # ...that many are

    def send(batch: _Batch) -> None:
        nonlocal held, full, firsts
        firsts -= 1
        if firsts <= 0:
            full = size
        open_[batch.worker] = None
        batch.task = submit(batch.pairs, batch.worker)
        if getattr(batch.task, "early", False):
            router.before_workers(batch.worker, batch.chars)
            batch.chars = 0
        checking.append(batch)
        held += 1

    def finished(batch: _Batch) -> None:
        if batch in checking:
            checking.remove(batch)
            router.done(batch.worker, batch.chars)

    def next_read() -> Optional[DocumentPair]:
        """The next pair of the input; None at its end or at a reading error (then kept for the end)."""
        nonlocal failure, reading
        if reading:
            try:
                return next(stream)
            except StopIteration:
                reading = False
            except UsageError as exc:
                failure, reading = exc, False
        return None

    def read() -> None:
        nonlocal ahead_segments, ahead_chars
        for batch in [b for b in checking if b.task.done()]:
            finished(batch)
        while len(checking) < window() and held < 2 * window():
            if ahead:
                pair = ahead.popleft()
                ahead_segments -= segments(pair)
                ahead_chars -= characters(pair)
            else:
                pair = next_read()
            if pair is None:  # the last batches go out together, so the workers finish together
                for batch in open_:
                    if batch is not None:
                        send(batch)
                break
            w, chars = router.place(pair)
            batch = open_[w]
            if batch is None:
                batch = open_[w] = _Batch(w)
            queue.append((pair, batch, len(batch.pairs)))
            batch.pairs.append(pair)
            batch.segments += segments(pair)
            batch.chars += chars
            if batch.segments >= full:
                send(batch)
        while reading and ahead_segments < READ_AHEAD_BATCHES * size and ahead_chars < READ_AHEAD_CHARS \
                and warming():
            pair = next_read()
            if pair is not None:
                ahead.append(pair)
                ahead_segments += segments(pair)
                ahead_chars += characters(pair)

    try:
        read()
        while queue or ahead:
            if not queue:  # every pair placed so far is yielded: place more
                read()
                continue
            pair, batch, index = queue[0]
            if batch.outcomes is None:
                if batch.task is None:
                    send(batch)
                while batch.outcomes is None:
                    try:
                        batch.outcomes, batch.error = result(batch.task, patience if reading or ahead else None)
                    except NotDone:  # others may have ended meanwhile: more for a worker that ran dry
                        read()
                held -= 1
                finished(batch)
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
