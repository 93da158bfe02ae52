"""Local worker processes forked from a warm *zygote* while the parent reads the input.

Why: on a two-core machine, how close ``--workers 2`` comes to twice a serial
run is decided by what only one core can do. Warming the selected checks'
state (about 0.6 s of CPU: compiled patterns, lexicons, word tables) used to
run in the parent before anything else, with the second core idle, and the
parent then carried that state to its exit (about 0.1 s to free it). Here the
parent forks one child, the zygote, as soon as the pool starts; the zygote
builds the workers' context, checks the run's first batch (which loads the
state the run's texts need, while doing work the run needs done: see
:meth:`ForkedPool._first_batch`) and forks the workers, which share that state
copy-on-write. Meanwhile the parent reads ahead on the other core (while :meth:`ForkedPool.warming`; up to
:data:`mtqa.routing.READ_AHEAD_BATCHES` and :data:`~mtqa.routing.READ_AHEAD_CHARS`, bounds that do not grow with
the input), and it never holds the checks' state.

Protocol: one task pipe per worker, so the parent decides which worker
checks which batch (:mod:`mtqa.routing` sends the documents of one source to
one worker, which analyses that source once), and one result pipe per worker,
read by the parent alone. Each task pipe is written by a thread of the parent,
so the parent never blocks writing a batch while a worker blocks writing a
result, and a full pipe of one worker never holds back the batches of another.
A worker's result pipe is also its *life line*: no other process holds its
write end, so if the worker ends for any reason while batches are out, the
parent reads the end of its pipe, even in the middle of a result (a worker
killed while writing one larger than the pipe), and stops with
:class:`WorkerLost` instead of waiting for ever. (With one result pipe shared
by every worker, the other workers held its write end: the parent waited for
the rest of a half-written result that would never come.)

Ending: after the last batch the parent sends one empty task per worker; the
workers leave (``os._exit``: no teardown of their tables), then the zygote,
which the parent reaps. Stopping early (an error, a signal, the consumer
closing the stream), the parent sends SIGTERM to the zygote: the workers die with the zygote (``PR_SET_PDEATHSIG``), as the
zygote dies with the parent, so even a parent killed with SIGKILL leaves
nothing running. Zygote and workers ignore SIGINT: the parent decides.

Linux only (``fork`` and ``prctl``); see :func:`mtqa.distributed._start_method`.
"""
from __future__ import annotations

import gc
import os
import pickle
import queue
import signal
import threading
import time
from multiprocessing import connection, get_context
from typing import Any, Callable, Optional

from mtqa.errors import RunFailure, UsageError
from mtqa.routing import NotDone, Progress

PIPE_BYTES = 1 << 20
"""Capacity asked for the task and result pipes (Linux allows 1 MiB unprivileged): a batch or a result
fits whole, so a worker rarely waits for the parent's thread to write the rest of its next batch."""
POLL_GAP = 0.005
"""Seconds during which one look at the result pipes answers every ``finished()``."""
_INTERRUPTS = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
STOP_WAIT = 5.0
"""Seconds to wait, when stopping early, for every worker's life line to close."""


class WorkerLost(RunFailure):
    """A worker process ended while batches were out (killed, out of memory...)."""


FILES_PER_WORKER = 4
"""Descriptors the parent holds per worker while the zygote forks: both ends of its task pipe and of its result pipe."""


def _files_for(workers: int) -> None:
    """Make room for the pool's pipes under the open-file limit, or refuse ``--workers`` in one line.

    The soft limit is often 1,024 while the hard one is far higher: the soft one is raised (never past the
    hard one) when the pipes would not fit, so ``--workers 256`` runs where it can. Past the hard limit,
    a :class:`~mtqa.errors.UsageError` says so instead of an ``OSError`` from the middle of a pipe.
    """
    import resource

    try:
        open_now = len(os.listdir("/proc/self/fd"))
    except OSError:  # pragma: no cover - no /proc: a generous guess
        open_now = 64
    need = open_now + FILES_PER_WORKER * workers + 16  # + the ready pipe, and a margin
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or soft >= need:
        return
    if hard != resource.RLIM_INFINITY and hard < need:
        raise UsageError(f"{workers} workers need about {need} open files and this process may open {hard} "
                         f"(ulimit -n): use fewer workers", "--workers")
    resource.setrlimit(resource.RLIMIT_NOFILE, (need, hard))


class ForkedPool:
    """``workers`` processes forked from a zygote that ran ``prepare`` first; ``serve(batch)`` runs in them.

    ``first_bytes``: the zygote itself serves the first batch submitted, if it pickles to no more than this,
    before forking the workers (:meth:`_first_batch`; its task's ``early`` is true); 0: never.

    ``submit(batch)`` returns a task whose ``result(timeout)`` gives
    ``serve(batch)``'s value (or raises its exception, or :class:`~mtqa.routing.NotDone` when the wait ran out);
    ``warming()`` says whether the zygote still runs ``prepare`` and its first batch (the parent reads ahead meanwhile).
    """

    def __init__(self, workers: int, prepare: Callable[[], None], serve: Callable[[Any], Any], first_bytes: int = 0):
        ctx = get_context("fork")
        self.workers = workers
        self.first_bytes = first_bytes
        _files_for(workers)
        self._tasks = [ctx.Pipe(duplex=False) for _ in range(workers)]  # (read end, write end) per worker
        self._results = [ctx.Pipe(duplex=False) for _ in range(workers)]  # the same; each worker's life line too
        # the zygote's first batch, or an empty message: none (too large, or the run sent no batch)
        self._first = ctx.Pipe(duplex=False) if first_bytes else None
        for conn in (*(w for _, w in self._tasks), *(w for _, w in self._results), *(self._first or ())[1:]):
            _widen(conn.fileno())
        self._ready_r, ready_w = os.pipe()
        parent = os.getpid()
        # no interrupt may raise in the child before it has its own handlers (it would unwind the parent's code)
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, _INTERRUPTS)
        try:
            pid = os.fork()
        except BaseException:  # no zygote (a process limit...): the interrupts as they were, no pipe left open
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
            for conn in (end for pipe in (*self._tasks, *self._results, *(self._first,) * bool(self._first))
                         for end in pipe):
                conn.close()
            for fd in (self._ready_r, ready_w):
                os.close(fd)
            raise
        if pid == 0:  # the zygote: never returns
            self._zygote(parent, prepare, serve, ready_w, mask)
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        try:
            self._zygote_pid = pid
            for (r, _), (_, w) in zip(self._tasks, self._results):
                r.close()
                w.close()
            if self._first:
                self._first[0].close()
                self._first = self._first[1]  # its write end, until the first batch (or none) is sent
            os.close(ready_w)
            self._lines = [r for r, _ in self._results]  # results, and the end of each worker
            self._is_ready = False
            self._next = 0
            self._done: dict[int, tuple] = {}
            self._polled = 0.0  # when finished() last looked at the result pipes
            self._outboxes = [queue.SimpleQueue() for _ in range(workers)]
            self._senders = [threading.Thread(target=self._send, args=(n,), name=f"mtqa-batches-{n}", daemon=True)
                             for n in range(workers)]
            for sender in self._senders:
                sender.start()
            self._closed = False
        except BaseException:  # a signal right after the fork: the zygote must not outlive the pool
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            raise

    # --- the parent -------------------------------------------------------------------------------

    def submit(self, batch, worker: Optional[int] = None) -> "_Task":
        """Send ``batch`` to worker number ``worker`` (by default, the workers in turn)."""
        seq, self._next = self._next, self._next + 1
        data = pickle.dumps((seq, batch), pickle.HIGHEST_PROTOCOL)  # pickled here, on this core
        outbox = self._outboxes[seq % self.workers if worker is None else worker]
        if self._first is not None:  # the zygote waits for this batch, or for word that it checks none
            first, self._first = self._first, None
            early = len(data) <= self.first_bytes
            outbox.put((first, data if early else b""))  # this worker's sender: before its later batches
            if early:
                return _Task(self, seq, early=True)
        outbox.put(data)
        return _Task(self, seq)

    def ready(self) -> bool:
        """Whether the zygote has finished ``prepare`` and its first batch (or ended)."""
        if not self._is_ready and connection.wait([self._ready_r], 0):
            self._is_ready = True
        return self._is_ready

    def warming(self) -> bool:
        """Whether the zygote still runs ``prepare`` and its first batch: the parent reads ahead meanwhile
        (:func:`mtqa.routing.routed_in_order`), placing what it read on the workers only as they take batches."""
        return not self.ready()

    def _send(self, worker: int) -> None:
        outbox, tasks = self._outboxes[worker], self._tasks[worker][1]
        while True:
            data = outbox.get()
            if data is None:
                return
            pipe = tasks
            if isinstance(data, tuple):  # (the zygote's first-batch pipe, its one message)
                pipe, data = data
            try:
                pipe.send_bytes(data)
            except OSError:  # the worker is gone: the parent learns it from its life line
                return
            finally:
                if pipe is not tasks:
                    pipe.close()

    def outcome(self, seq: int, timeout: float, early: bool = False):
        """``serve``'s value for batch ``seq``, waiting at most ``timeout`` seconds for it (then
        :class:`~mtqa.routing.NotDone`) and, if ``early``, no longer than until another batch's result comes
        in (then :class:`~mtqa.routing.Progress`: its worker may take more).

        Why: the router, while it reads, used to wait in slices of :data:`~mtqa.routing.PATIENCE` (50 ms) to
        look for a worker that ran dry; once the input outgrew the read-ahead, those looks cost the parent
        about 0.25 s of CPU per 24,024 WMT14 pairs (1.41-1.46 s in all against 1.18-1.21 s, reading ahead 6
        batches, paired runs), CPU the parent shares with the workers. The result pipes say when a batch ends: the router now
        waits for that (:func:`mtqa.distributed.run_parallel` passes no patience)."""
        deadline = time.monotonic() + timeout
        while seq not in self._done:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise NotDone
            if self._collect(remaining) and early and seq not in self._done:
                raise Progress
        value, error = self._done.pop(seq)
        if error is not None:
            raise error
        return value

    def finished(self, seq: int) -> bool:
        """Whether batch ``seq`` is checked (its outcome here), without waiting: the pipes are looked at
        once per :data:`POLL_GAP` (the router asks about every batch out, one after another)."""
        if seq not in self._done and time.monotonic() - self._polled >= POLL_GAP:
            self._collect(0)
            self._polled = time.monotonic()
        return seq in self._done

    def _collect(self, timeout: float) -> int:
        """Read the results that come within ``timeout`` seconds, in whatever order the workers end them;
        how many came."""
        ready = connection.wait(self._lines, timeout)
        for line in ready:
            try:  # a whole result, or the end of the worker: only it holds the write end
                done, value, error = pickle.loads(line.recv_bytes())
            except (EOFError, OSError):  # OSError: it ended in the middle of a result
                raise WorkerLost("a worker process ended before the run did (killed, or out of memory?)") from None
            self._done[done] = (value, error)
        return len(ready)

    def close(self) -> None:
        """After the last batch: let the workers and the zygote leave, and reap the zygote."""
        if self._closed:
            return
        if self._first is not None:  # no batch at all: the zygote forks the workers, which end at once
            first, self._first = self._first, None
            self._outboxes[0].put((first, b""))
        for outbox in self._outboxes:
            outbox.put(b"")
            outbox.put(None)
        for sender in self._senders:
            sender.join()
        os.waitpid(self._zygote_pid, 0)
        self._release()

    def terminate(self) -> None:
        """Stop at once: the zygote is terminated, its workers die with it; wait for their life lines."""
        if self._closed:
            return
        try:
            os.kill(self._zygote_pid, signal.SIGTERM)
        except ProcessLookupError:  # pragma: no cover - already gone
            pass
        for outbox in self._outboxes:
            outbox.put(None)
        deadline = time.monotonic() + STOP_WAIT
        lines = list(self._lines)
        while lines and time.monotonic() < deadline:
            ready = connection.wait(lines, deadline - time.monotonic())
            lines = [r for r in lines if r not in ready or _drain(r)]
        os.waitpid(self._zygote_pid, 0)
        for sender in self._senders:
            sender.join(1.0)  # its write fails once no worker holds its task pipe
        self._release()

    def _release(self) -> None:
        self._closed = True
        for line in self._lines:
            line.close()
        for (_, w), sender in zip(self._tasks, self._senders):
            if not sender.is_alive():  # never close a pipe a thread may still be writing to
                w.close()
        if self._first is not None:  # never handed to a sender
            self._first.close()
        os.close(self._ready_r)

    # --- the zygote and the workers ---------------------------------------------------------------

    def _zygote(self, parent: int, prepare, serve, ready_w: int, mask) -> None:
        code = 1
        try:
            detach(parent)
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
            for (_, w), (r, _) in zip(self._tasks, self._results):
                w.close()
                r.close()
            if self._first:
                self._first[1].close()
            os.close(self._ready_r)
            try:
                prepare()
            except Exception:  # noqa: BLE001 - only a head start: the workers meet and report any error
                pass
            if self._first:
                self._first_batch(serve)
            gc.freeze()  # what the workers inherit is never collected: their collections do not walk it
            # (each walk would also copy the pages it touches)
            os.write(ready_w, b"r")
            os.close(ready_w)
            me = os.getpid()
            children = []
            for n, (_, w) in enumerate(self._results):
                child = os.fork()
                if child == 0:
                    for _, other in self._results[n + 1:]:  # its result pipe is its life line: its own alone
                        other.close()
                    for m, (r, _) in enumerate(self._tasks):  # the others' batches are not this worker's:
                        if m != n:  # a sender writing to a worker that ended must fail, not block
                            r.close()
                    self._work(me, serve, self._tasks[n][0], w)  # never returns
                children.append(child)
                w.close()
            for r, _ in self._tasks:
                r.close()
            for child in children:
                os.waitpid(child, 0)
            code = 0
        finally:
            os._exit(code)

    def _first_batch(self, serve) -> None:
        """In the zygote, before the workers are forked: check the run's first batch, if the parent sent it
        here (no larger than ``first_bytes`` pickled), and answer it on the first result pipe.

        Why: the workers share, copy-on-write, whatever the zygote loaded before forking them, and a real
        batch loads what the run needs (the patterns, tables and analyses its texts ask for) while doing
        work the run needs done. The checks' documented examples, checked instead (:func:`mtqa.distributed.warm`),
        took 1.7 s of CPU on the critical path, with only the parent's reading on the other core, and saved
        the workers less than that: on the first 3,003 WMT14 pairs, warm-up and check took 2.1-2.2 s and
        4.6-4.7 s, against 1.4 s for the first batch and 4.8 s for the rest after it.
        A larger first batch (a long document) goes to its worker, forked at once, so one long document
        never holds back the others."""
        pipe = self._first[0]
        try:
            data = pipe.recv_bytes()
        except EOFError:  # the parent is gone, or stopped before sending anything
            data = b""
        pipe.close()
        if data:
            _answer(serve, data, self._results[0][1])

    def _work(self, zygote: int, serve, tasks, results) -> None:
        code = 1
        try:
            detach(zygote)
            while True:
                try:
                    data = tasks.recv_bytes()
                except EOFError:
                    break
                if not data:
                    break
                _answer(serve, data, results)
            code = 0
        finally:
            os._exit(code)


def _answer(serve, data: bytes, results) -> None:
    """Check one pickled batch and send ``serve``'s value (or its exception) back on ``results``."""
    seq, batch = pickle.loads(data)
    try:
        message = (seq, serve(batch), None)
    except Exception as exc:  # noqa: BLE001 - the parent raises it where a serial run would
        message = (seq, None, exc)
    results.send_bytes(_dumps(message, batch))


class _Task:
    """One submitted batch, with the ``result``/``done``/``cancel`` of a future; ``early``: the zygote checks it
    before the workers exist (:meth:`ForkedPool._first_batch`), so it holds back no worker's other batches."""

    def __init__(self, pool: ForkedPool, seq: int, early: bool = False):
        self.pool, self.seq, self.early = pool, seq, early

    def done(self) -> bool:
        return self.pool.finished(self.seq)

    def result(self, timeout: Optional[float] = None):
        return self.pool.outcome(self.seq, 1e9 if timeout is None else timeout)

    def result_or_progress(self, timeout: float):
        """:meth:`result`, or :class:`~mtqa.routing.Progress` as soon as another batch ends first."""
        return self.pool.outcome(self.seq, timeout, early=True)

    def cancel(self) -> bool:  # the pool as a whole is stopped (ForkedPool.terminate)
        return False


def _dumps(message: tuple, batch=()) -> bytes:
    """``message`` (``(seq, serve's value, its exception)``) pickled; what cannot be pickled becomes an error the
    parent raises where a serial run would have gone on.

    An exception that cannot be pickled travels as its type name and text. A value is ``(outcomes, error)``
    (:func:`mtqa.routing.routed_in_order`'s contract, one outcome per item of ``batch``): the outcomes before the
    first that cannot be pickled go back, with an error naming that item (its ``id``: the document) and the type
    of the part that cannot be pickled, so the run ends at that document as on any other fault there."""
    try:
        return pickle.dumps(message, pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - any pickling failure: a type without pickling, a local function...
        pass
    seq, value, exc = message
    if exc is not None or not (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], list)):
        shown = travelling(exc) if exc is not None else RuntimeError(
            f"a batch's result cannot be sent back from its worker: it holds {_unpicklable(value)}")
        return pickle.dumps((seq, None, shown), pickle.HIGHEST_PROTOCOL)
    outcomes, error = value
    for index, outcome in enumerate(outcomes):
        if _unpicklable(outcome) is not None:
            item = batch[index] if index < len(batch) else None
            name = repr(getattr(item, "id", index))
            error = RuntimeError(f"the result of document {name} cannot be sent back from its worker: it holds "
                                 f"{_unpicklable(outcome)}")
            outcomes = outcomes[:index]
            break
    else:  # the outcomes pickle: the error that ended the batch does not
        error = travelling(error)
    return pickle.dumps((seq, (outcomes, error), None), pickle.HIGHEST_PROTOCOL)


def travelling(error: BaseException) -> BaseException:
    """``error``, or a stand-in of the same class name and text when it would not come back whole from a worker:
    one that cannot be pickled (it holds a generator...), or whose class cannot be rebuilt from its pickle (an
    ``__init__`` that wants other arguments than the text raises TypeError in the parent, naming another fault).
    The run then says what a serial run says (``BadInit: ...``).

    An error that does not pickle with its history is tried again without it (its traceback and the errors
    chained to it, which the parent does not show): where Dask is loaded, exceptions pickle with their
    tracebacks (tblib), and the RecursionError chained to a check's "nests deeper" error carries a frame per
    call, whose pickling recursed in turn; that run said "internal error: InputError" for the one-line error."""
    for attempt in (error, _without_history(error)):
        try:
            pickle.loads(pickle.dumps(attempt, pickle.HIGHEST_PROTOCOL))
            return attempt
        except Exception:  # noqa: BLE001 - any failure either way
            pass
    return _stand_in(type(error).__name__, str(error))


def _without_history(error: BaseException) -> BaseException:
    """``error`` with no traceback and no chained errors (changed in place: it is on its way out of the worker)."""
    error.__traceback__ = error.__context__ = error.__cause__ = None
    return error


class _Travelled(Exception):
    """The base of :func:`travelling`'s stand-ins: pickled as their class name and text."""

    def __reduce__(self):
        return _stand_in, (type(self).__name__, str(self))


def _stand_in(name: str, text: str) -> Exception:
    return type(name, (_Travelled,), {"__module__": __name__})(text)


class _Sealed:
    """An error on its way from a worker to a parent that may lack its class: pickled as its class name, its
    text and its own pickle, and rebuilt by :func:`_unsealed`."""

    __slots__ = ("name", "text", "blob")

    def __init__(self, name: str, text: str, blob: bytes):
        self.name, self.text, self.blob = name, text, blob

    def __reduce__(self):
        return _unsealed, (self.name, self.text, self.blob)


def sealed(error: BaseException):
    """``error`` as it should travel to a parent that runs other code: a Dask client does not have the modules
    a worker has (a plug-in installed on the workers alone), and unpickling the error there raised
    AttributeError or ModuleNotFoundError in place of the run's error, losing the documents checked before
    it. Unpickled, it is the error itself where its class can be found, else a stand-in of the same class
    name and text (:func:`travelling`), so the run still says what a serial run says."""
    error = travelling(error)
    return _Sealed(type(error).__name__, str(error), pickle.dumps(error, pickle.HIGHEST_PROTOCOL))


def _unsealed(name: str, text: str, blob: bytes) -> BaseException:
    try:
        return pickle.loads(blob)
    except Exception:  # noqa: BLE001 - a class or module this process lacks, or any other failure to rebuild it
        return _stand_in(name, text)


def _unpicklable(value, depth: int = 0) -> Optional[str]:
    """The smallest part of ``value`` that cannot be pickled, said as "a <type> (<pickle's reason>)"; None
    if ``value`` pickles. Looks into tuples, lists, dicts and objects' attributes."""
    try:
        pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        return None
    except Exception as exc:  # noqa: BLE001
        reason = exc
    if depth < 20:
        if isinstance(value, dict):
            parts = [*value.keys(), *value.values()]
        elif isinstance(value, (tuple, list, set, frozenset)):
            parts = list(value)
        else:
            parts = list(getattr(value, "__dict__", {}).values())
        for part in parts:
            inner = _unpicklable(part, depth + 1)
            if inner is not None:
                return inner
    kind = type(value).__name__
    return f"{'an' if kind[:1].lower() in 'aeiou' else 'a'} {kind} ({reason})"


def _drain(line) -> bool:
    """Read and drop what a stopping worker's result pipe holds; whether it is still open (not at its end).

    A pipe that cannot be read (an OSError) counts as ended: the pool is stopping, and the error that stopped
    it (or the signal) is what the user must see, not a traceback from the stop."""
    try:
        return bool(os.read(line.fileno(), 1 << 16))
    except OSError:
        return False


def _widen(fd: int) -> None:
    try:
        import fcntl

        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), PIPE_BYTES)
    except (OSError, ImportError):  # a lower limit: only more round trips through the sender thread
        pass


def detach(parent: int) -> None:
    """In a new child: leave interrupts to the parent, die with it, and leave at once if it is already gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for signum in (signal.SIGTERM, signal.SIGHUP):  # a forked child inherits the parent's handlers
        signal.signal(signum, signal.SIG_DFL)
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - no libc: terminate() and the pipes still apply
        pass
    if os.getppid() != parent:
        os._exit(1)
