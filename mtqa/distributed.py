"""Checking in parallel: the parent reads, workers check, small results come back.

Reading happens once, in the parent, through :func:`mtqa.readers.open_pairs`:
the same code path as a serial run, with every reader and option (formats,
``--columns``, suppression markers, ``--source``/``--source-title``,
``--reference``, encodings). A parallel run therefore cannot read an input
differently from a serial one; it only moves the checking elsewhere.

The parent cuts the stream of pairs into batches of about
``BATCH_SEGMENTS`` target segments (``DASK_BATCH_SEGMENTS`` on a Dask cluster, whose
tasks cost more; whole documents, so document checks
still see whole documents) and sends each batch to a worker: one of
``--workers N`` local processes, or a task on a ``dask.distributed`` cluster
(``--scheduler``). Each worker gets the documents of one source in its
batches (:mod:`mtqa.routing`; a Dask worker when the scheduler can), so each
source is analysed by one worker. A worker checks the batch with its own
:class:`~mtqa.context.Context` (built once per worker thread: once per process for forked workers) and sends back, per
document, only what checking added: the issues as tuples, the verdict, the
metrics and, when the worker aligned the pair itself, the links. The parent
puts these back onto the pairs it kept, so the pairs cross the process
boundary once and full results never do.

A sliding window keeps a bounded number of batches in flight and yields
results in input order, so the parent's memory stays bounded. An error
(a reader's, at some line; a checker's, in some document) ends the run at
the same document as a serial run would, after the documents before it.

Local workers (Linux) are forked from a zygote that builds the checks and
checks the first batch while the parent reads the next ones (:mod:`mtqa.workpool`).

Interrupts: worker processes ignore SIGINT (the parent decides), die with
their parent (``PR_SET_PDEATHSIG`` on Linux), and are terminated when the
parent stops early for any reason (an exception, a signal, the consumer
closing the stream); SIGTERM becomes ``SystemExit(143)`` in the parent while
workers run, unless someone else already handles it. Dask tasks still
pending are cancelled.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import gc
import json
import numbers
import operator
import os
import signal
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import fields, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from mtqa.config import Config
from mtqa.errors import RunFailure, UsageError
from mtqa.interrupts import raise_if_received
from mtqa.model import DocumentPair, DocumentResult, Issue, Severity

BATCH_SEGMENTS = 400
"""Target segments per batch: about a tenth of a second of checking, small enough to balance two
workers on a short corpus, large enough that sending a batch costs little next to checking it."""
DASK_BATCH_SEGMENTS = 1200
"""Target segments per batch on a Dask cluster (``--scheduler``): three of :data:`BATCH_SEGMENTS`, as each Dask
task costs far more than a local worker's batch, in processes that share the workers' cores.

Why: a task goes through the client's event loop, the scheduler (its graph, its transitions, the result relayed
back) and the worker's event loop and task states; a forked worker reads its batch from a pipe. Measured on the
24,024 WMT14 pairs (LocalCluster of 2 single-threaded workers, per-thread CPU from ``/proc``, interleaved runs,
2 cores at load 2-6): the CPU of everything but the checking (the client process, the workers' event-loop
threads, the scheduler and nannies' process) 1.47-1.58 s a run with 59 tasks of 400 segments, 1.22-1.36 s with
31 of 800, 1.09-1.31 s with 20 of 1200: some 7 ms of CPU a task, which on 2 cores is the workers' time. The
checking itself (the workers' task threads) does not change with the size (every memoised analysis is keyed by
content, and batches still go to their sources' workers), and the two workers' last tasks ended 0.03 and 0.14 s
apart (wall; 0.02-0.6 s with 400: the router's slack grows with the batch, :class:`mtqa.routing.Router`). In
``bench/parallel.py --systems 8 --rounds 3 --checkout base=...`` on a quiet host (two runs, 6 rounds): the CLI
process 0.92-1.03 -> 0.87-0.93 s, the scheduler and nannies' process 0.19-0.24 -> 0.09-0.13 s a run, the Dask run's
wall time 0.92-1.05 of the base's in the same round (median 0.97), and Dask / ``--workers 2`` 1.07-1.10 in every
round (base: 1.04-1.12). What was left of the difference was mostly the client's start before its first task, with
both workers idle (its import of ``distributed``, then reading two batches of 1,200), and its event-loop thread
(~0.15 s); the start is shorter since (:func:`import_client`, :data:`DASK_FIRST_BATCH_SEGMENTS`, the report
header built meanwhile: :func:`run_parallel`): the same bench, 7 rounds on a quiet host, CLI process 0.89-0.98 ->
0.75-0.79 s, Dask / ``--workers 2`` 1.01-1.08 in every round (median 1.03; base 1.06-1.14, median 1.09). Larger
batches were not taken: the window holds three per worker (a fifth of that corpus in flight at 1200), the first result comes
later, and a corpus of a few batches is split more coarsely."""
DASK_FIRST_BATCH_SEGMENTS = BATCH_SEGMENTS
"""Target segments of each Dask worker's first batch (one each; :data:`DASK_BATCH_SEGMENTS` after them).

Why: a Dask cluster's workers are running and idle when the run starts, and each waits for its first batch
while the client reads it. The router hands new sources to the workers in turn, so their first batches fill
side by side and, at 1,200 segments, the first went out once some 2,400 had been read. Measured on the 24,024
WMT14 pairs (LocalCluster of 2, the client's CPU from its connection to each submission, host at load 3): the
two first batches submitted 0.028 and 0.034-0.036 s after it (2 runs), with first batches of 400 segments
0.010-0.013 and 0.013-0.016 s (3 runs): both workers start some 0.02 s sooner, while the client alone works
and a core idles, for one task more a worker (a few milliseconds of CPU, see :data:`DASK_BATCH_SEGMENTS`)."""
FIRST_BATCH_BYTES = 1 << 18
"""The largest first batch (pickled) the local workers' zygote checks itself before forking them
(:meth:`mtqa.workpool.ForkedPool._first`): about 1.7 batches of :data:`BATCH_SEGMENTS` WMT14 segments (a batch
pickles to 130-166 kB), so a run's start waits for at most about a second of checking on one core."""
FIRST_BATCH_SEGMENTS = 25
"""Target segments of the run's first batch, the one the local workers' zygote checks alone before forking them
(:meth:`mtqa.workpool.ForkedPool._first_batch`), while the parent reads ahead on the other core.

Why not :data:`BATCH_SEGMENTS`: that phase is on the critical path with one core checking, and what the
zygote must do there is load what the run's texts need (patterns, tables, first analyses), which the first few
documents mostly do; checking more segments alone, at the run's steady cost, took twice the time it takes once both
workers share it. Measured with instruction counts (valgrind callgrind: load-independent) on the 24,024 WMT14 pairs,
``--workers 2``, first batch of 400 / 100 / 25 segments: the zygote 3.62 / 1.90 / 1.42 G instructions (with the
parent's start-up before the fork, ~0.6 G: what is left is mostly the fixed loading); the whole run 55.5 / 55.3 /
55.0 G (nothing measurable loaded twice by the two workers); each worker's count with its zygote's and the parent's
before it (its critical path) 27.71+27.62 / 26.97+26.52 / 25.91+26.85 G, their mean 27.67 / 26.75 / 26.38 G.
Paired wall times (``--workers 2``, 5 pairs, host at load ~1.5): 25 against 100 segments 0.974 (0.959-0.983),
and 100 against 25 0.995 (0.973-1.000); ``bench/parallel_cpu.py`` (loaded host): the zygote's phase 0.46-0.51 CPU s
at 400, 0.21-0.23 s at 100, about as long as the parent's reading ahead beside it (0.20-0.24 s)."""
PATH_SETTINGS = ("glossary", "do_not_translate")
"""Configuration values that name files: made absolute before they go to a worker with another cwd."""

_ISSUE_FIELDS = tuple(f.name for f in fields(Issue))
_CONTEXTS = threading.local()  # .held: (configuration key, its Context), for this thread alone
_LOADED_DATA: Optional[str] = None
"""The digest of the ``$MTQA_DATA`` files this process's first Dask batch was checked with (its tables are of them)."""


# --- the worker side ------------------------------------------------------------------------------

def check_batch(pairs: list[DocumentPair], config: Config) -> tuple[list[tuple], Optional[Exception]]:
    """Worker task: check ``pairs``; return one compact outcome per document checked.

    An error in a document (a :class:`~mtqa.errors.UsageError`: a source that aligns
    with nothing...; or any other, a check's own) ends the batch there: the outcomes
    before it come back with the error, so the parent yields them before raising it,
    as a serial run would.
    """
    from mtqa.api import UNALIGNED, checked
    from mtqa.collector import fewer_collections

    ctx = _context(config)
    outcomes: list[tuple] = []
    with fewer_collections():  # as a serial run does: full collections would walk the worker's caches
        for pair in pairs:
            links, had_source = pair.links, pair.source is not None
            try:
                result = checked(pair, ctx)
            except BaseException as exc:  # noqa: BLE001 - raised by the parent, after the documents before it;
                # BaseException: asyncio.CancelledError (a plug-in's await) is one, and would kill the worker;
                # so is a KeyboardInterrupt a check raised (workers ignore SIGINT: no Ctrl-C of the user's),
                # which killed a forked worker ("a worker process ended") and hung a Dask task: the parent
                # raises it and stops as a serial run does on Ctrl-C
                from mtqa.workpool import travelling

                return outcomes, travelling(exc)  # as a serial run names it, also when it does not pickle
            # a source that aligns with nothing is dropped, with a warning (mtqa.api.align): the parent's pair too
            unaligned = pair.meta.warnings[-1] if had_source and pair.meta.facts.get(UNALIGNED) else None
            outcomes.append((
                [_packed(i) for i in result.issues],
                result.penalty, result.words, result.score, result.passed, result.metrics,
                [(why, _packed(i)) for why, i in result.suppressed_issues],
                result.metric_stats, None if pair.links is links else pair.links, result.adequacy, unaligned,
                result.tie_break,  # a baseline recomputes the penalty in the parent and adds it back
            ))
    return outcomes, None


def _dask_batch(pairs, config, data: Optional[tuple[str, ...]] = None) -> bytes:
    """Dask task: :func:`check_batch`'s value pickled by the task itself, as a forked worker pickles it
    (:func:`mtqa.workpool._dumps`); read back by :func:`_dask_result`.

    ``pairs`` (a list of documents) and ``config`` come pickled (:func:`_pickled`: bytes) from the client, and
    are unpickled here, after the checks of ``data``. Why: Dask's scheduler unpickles the arguments of every
    task it is sent and pickles them again for the worker; handed documents, the scheduler's process (which must
    then import mtqa) did that for every batch, some 150 kB of small objects each, on the cores the workers
    check on. Bytes pass through it as they are. Values that are not bytes are taken as they are (a caller in
    this process).

    ``data``: the client's :func:`~mtqa.langs.data.fingerprint`, then its :func:`code_identity` (third, so a
    worker of an earlier mtqa that reads the first two still answers). A worker whose mtqa or whose
    ``$MTQA_DATA`` files differ checks nothing and answers the error of :func:`_other_code` or
    :func:`_other_data` (exit 2): checked with other code or data, the run gave other results than a serial
    one, silently.

    Left to Dask, a document's result that cannot be pickled (a plug-in's generator) failed the whole
    batch in Dask's own serialisation: the documents checked before it were lost, and the run printed
    Dask's error with its chained traceback. Pickled here, the outcomes before that document come back
    with one error naming it and the type, as with ``--workers N``. It costs the one pickling Dask did.
    """
    from mtqa.workpool import _dumps, sealed

    if data is not None and len(data) > 2 and data[2] != code_identity():  # first: other code reads data otherwise
        return _dumps((0, ([], _other_code(data[2])), None), pairs)
    if data is not None:
        from mtqa.langs.data import fingerprint

        own = fingerprint()
        if own[1] != data[1]:
            return _dumps((0, ([], _other_data(data[0], own[0])), None), pairs)
        global _LOADED_DATA
        if _LOADED_DATA is None:
            _LOADED_DATA = own[1]
        elif _LOADED_DATA != own[1]:  # its tables, read once per process, are of the files as they were
            return _dumps((0, ([], _changed_data(own[0])), None), pairs)
    if _own_worker_process():
        _collect_seldom_here()
    if isinstance(pairs, bytes) or isinstance(config, bytes):  # as the client sent them (_pickled)
        from distributed.protocol.pickle import loads

        pairs = loads(pairs) if isinstance(pairs, bytes) else pairs
        config = loads(config) if isinstance(config, bytes) else config
    outcomes, error = check_batch(pairs, config)
    # the client may lack the error's class (a plug-in installed on the workers alone): sealed, it comes
    # back as itself or as a stand-in of its name and text, never as the client's failure to unpickle it
    return _dumps((0, (outcomes, None if error is None else sealed(error)), None), pairs)


def _own_worker_process() -> bool:
    """Whether this process was started to be a Dask worker (a nanny's child, as ``dask worker`` and a
    ``LocalCluster`` of processes start them), not a program that runs Dask workers beside its own work
    (``LocalCluster(processes=False)``, a notebook) or in its own process (``dask worker --no-nanny``, whose
    process has no parent process of multiprocessing's): that program keeps its collector as it set it."""
    import multiprocessing

    if multiprocessing.parent_process() is None:
        return False
    try:
        from distributed import get_worker

        get_worker()
    except Exception:  # noqa: BLE001 - not in a Dask worker (ValueError), or no Dask at all
        return False
    return True


@functools.lru_cache(maxsize=1)
def _collect_seldom_here() -> None:
    """A Dask worker process (:func:`_own_worker_process`) that checks mtqa batches collects as mtqa's own worker
    processes do, from its first batch on: the tables it loads are frozen out of the collector's walks
    (:func:`mtqa.compiled.freeze_loaded_tables`) and the young generation is collected every :data:`~mtqa.collector.RUN_GC_THRESHOLD` allocations, not
    every 700 (:func:`~mtqa.collector.collect_seldom_for_good`; a threshold already higher, or the collector
    off, is left as it is).

    Why: :func:`check_batch` raises the threshold for the batch only and puts the worker's back at its end; the
    next allocation then walked everything the batch had left alive (its caches filling) and each batch's
    tables were walked again by the middle collections. On 3,003 WMT14 pairs each of a LocalCluster's two
    workers ran 11-14 young collections, 0.07 s of its thread CPU (``gc.callbacks``), that freed next to
    nothing; with this, 5-7 collections, 0.001 s, as a forked ``--workers`` process (frozen and collecting
    seldom since its start). What a higher threshold costs the worker's other tasks is
    reference cycles freed a little later (at most that many allocations); nothing else changes."""
    from mtqa.collector import collect_seldom_for_good
    from mtqa.compiled import freeze_loaded_tables

    freeze_loaded_tables()
    gc.freeze()  # what this worker holds already (its tables, if an earlier run loaded them)
    collect_seldom_for_good()


@functools.lru_cache(maxsize=1)
def code_identity() -> str:
    """This process's mtqa: its version and a digest of its package's files (:func:`_package_digest`).

    A Dask worker runs the mtqa installed where it was started, not the client's: with another version, or
    the same version number with other code (a checkout a commit behind), it checked silently with other
    rules and gave other results than a serial run. The client sends this with every batch (beside its
    :func:`~mtqa.langs.data.fingerprint`) and a worker whose own differs refuses (:func:`_other_code`).
    Computed once per process (about 2 MB read)."""
    from mtqa import __version__

    return f"{__version__} ({_package_digest(Path(__file__).resolve().parent)[:12]})"


_NOT_RUN = (".md", ".pyc", ".pyo")
"""Files of the package that no worker reads while checking: documentation (the data folders' SOURCES.md,
which say where a table came from) and bytecode (the digest covers its source)."""


def _package_digest(root: Path) -> str:
    """A digest of the files under ``root``: the code and shipped data a worker's results depend on (and the
    report templates, which ship with the code).

    Documentation is left out: a worker checks and the client renders, rule documentation included (from
    the client's own check classes), so a worker whose SOURCES.md differ gives the very same results, and
    counting them refused it for nothing."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                       and p.suffix not in _NOT_RUN):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _other_code(client: str) -> UsageError:
    """The one line of a Dask worker whose mtqa is not the client's."""
    return UsageError(f"the Dask workers run other mtqa code than this run: mtqa {client} here and "
                      f"{code_identity()} on {_where()} (install this mtqa on the workers and restart them, or run "
                      "without --scheduler)")


def _where() -> str:
    try:
        from distributed import get_worker

        return f"worker {get_worker().address}"
    except Exception:  # noqa: BLE001 - only the name of the place
        return "the worker"


def _changed_data(folders: str) -> UsageError:
    """The one line of a Dask worker whose ``$MTQA_DATA`` files changed after it read them for an earlier run."""
    from mtqa.errors import DataError

    return DataError(f"the $MTQA_DATA files ({folders!r}) of Dask {_where()} changed after it read them for an "
                     "earlier run: restart the Dask workers to check with the files as they are now")


def _other_data(client: str, worker: str) -> UsageError:
    """The one line of a Dask worker whose ``$MTQA_DATA`` files are not the client's."""
    from mtqa.errors import DataError

    def named(folders: str) -> str:
        return repr(folders) if folders else "unset"

    return DataError(f"the Dask workers do not have this run's language data: $MTQA_DATA is {named(client)} here "
                     f"and {named(worker)} on {_where()}, with other files (start the workers with the same "
                     "$MTQA_DATA files, or run without --scheduler)")


def _packed(issue: Issue) -> tuple:
    """``issue``'s fields as a tuple of plain values (:func:`_plain`), to travel back from a worker."""
    values = tuple(getattr(issue, name) for name in _ISSUE_FIELDS)
    if all(type(value) in _PLAIN for value in values):
        return values
    return tuple(map(_plain, values))


_PLAIN = frozenset({str, int, float, type(None), Severity})


def _plain(value):
    """``value`` as the built-in type it stands for: a check's issue may hold a str or float of its own class
    (a plug-in's, a numpy scalar), which a Dask client lacking that plug-in or numpy could not unpickle: the
    whole batch failed there ("internal error: ModuleNotFoundError") and its documents were lost. Other values
    are left as they are (they pickle, or :func:`mtqa.workpool._dumps` names them)."""
    if type(value) in _PLAIN:
        return value
    if isinstance(value, str):
        return str.__str__(value)  # the characters, whatever the class's own __str__ says
    if isinstance(value, numbers.Integral):
        return operator.index(value)
    if isinstance(value, numbers.Real):
        return float(value)
    return value


def _context(config: Config):
    """One Context per worker thread and configuration (its tables load once).

    Per thread, not per process: a Context's run caches (the evidence's word sets, the memos) are
    not made for two checks at once, and a Dask worker may run tasks on several threads, or several
    workers may share one process (``LocalCluster(processes=False)``). Once batches were routed to
    every worker by source, two threads used one Context at the same moment and a check failed
    ("dictionary changed size during iteration"). Forked workers are single-threaded: one Context each
    (the zygote's, kept through the fork). Thread-local, not a map of thread ids: the Context of a
    thread that has ended goes with it (a program that runs Dask in-process again and again starts new
    worker threads each time; a map kept every one of their Contexts, tables and all).
    """
    from mtqa.context import Context

    key = json.dumps(config.to_dict(), sort_keys=True, default=str)
    held = getattr(_CONTEXTS, "held", None)
    if held is None or held[0] != key:
        held = _CONTEXTS.held = (key, Context(config))
    return held[1]


def _start_worker(config: Config, parent: int) -> None:
    """Spawned worker start-up: leave interrupts to the parent, die with it, load the tables once."""
    from mtqa.workpool import detach

    detach(parent)
    _context(config)


def warm(config: Config) -> None:
    """Load, in this process, what a worker would otherwise load for itself on its first batch.

    For a long-lived worker before its first run (``client.run(warm, config)`` on a Dask cluster, as
    ``bench/parallel.py`` does): it starts with the check modules imported and the lazily built state of
    the selected checks (compiled patterns, lexicons, number readers, language identification) in place.
    The local workers' zygote no longer runs it: it checks the run's first batch instead, which loads what
    the run needs while doing the run's own work (:meth:`mtqa.workpool.ForkedPool._first`).

    The state is built by checking the selected checks' documented examples with a context of their own; everything it fills is
    keyed by content, so the run's results cannot depend on it. Then the
    large word tables those examples asked about (word frequencies,
    dictionary stems) are mapped as their packed copies
    (:func:`mtqa.compiled.load_asked`): a worker asks them about thousands of
    words without a query, and tables the selected checks never read are not
    mapped at all. Last, this process's :func:`code_identity` (a digest of the package's files, ~0.01 s of
    CPU), which a Dask worker's first batch computed otherwise, on the run's critical path.
    """
    from mtqa.api import check_texts
    from mtqa.checks.docs import parse_doc
    from mtqa.compiled import load_asked
    from mtqa.context import Context

    ctx = Context(config)
    docs = [parse_doc(type(check)) for check in ctx.checks]
    examples = [[(text, doc) for text in (*doc.bad, *doc.good)] for doc in docs]
    firsts = [texts[0] for texts in examples if texts]
    rest = [pair for texts in examples for pair in texts[1:]]
    for n, (text, doc) in enumerate(firsts + rest):
        if n == len(firsts):  # every selected check has read what it reads: the tables asked about, whole
            load_asked()
        try:
            check_texts(text, source=doc.source, title=doc.title, ctx=ctx)
        except Exception:  # noqa: BLE001 - only a head start: the run itself meets and reports any error
            pass
    load_asked()
    code_identity()  # a Dask batch compares it with the client's: its digest read before the first batch


def _start_method() -> str:
    """``fork`` on Linux when this process runs no other thread, else ``spawn``.

    With ``fork`` the workers come from a zygote that checked the run's first batch (:mod:`mtqa.workpool`).

    Forking a process with threads can copy a lock another thread holds; a
    program embedding mtqa may have threads, the CLI has none.
    """
    import multiprocessing

    if sys.platform.startswith("linux") and threading.active_count() == 1 \
            and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def _merge(pair: DocumentPair, outcome: tuple) -> DocumentResult:
    """The parent's side: a worker's compact outcome put back onto the pair the parent kept."""
    issues, penalty, words, score, passed, metrics, hidden, metric_stats, links, adequacy, unaligned, tied = outcome
    if links is not None:
        pair.links = links
    if unaligned is not None:  # as mtqa.api.align left the worker's copy
        from mtqa.api import UNALIGNED

        pair.meta.warn(unaligned)
        pair.meta.set(UNALIGNED, True)
        pair.source = None
    return DocumentResult(pair, [Issue(*values) for values in issues], penalty, words, score, passed,
                          metrics=metrics, suppressed=len(hidden), metric_stats=metric_stats,
                          suppressed_issues=[(why, Issue(*values)) for why, values in hidden], adequacy=adequacy,
                          tie_break=tied)


# --- the parent side ------------------------------------------------------------------------------

def portable(config: Config) -> Config:
    """``config`` with file settings made absolute, for workers whose working directory differs."""
    changes = {name: str(Path(getattr(config, name)).resolve()) for name in PATH_SETTINGS if getattr(config, name)}
    return replace(config, **changes) if changes else config


def run_parallel(
    pairs: Iterable[DocumentPair],
    config: Config,
    *,
    workers: int = 2,
    scheduler: Optional[str] = None,
    batch_segments: Optional[int] = None,
    warn: Optional[Callable[[str], None]] = None,
    meanwhile: Optional[Callable[[], None]] = None,
) -> Iterator[DocumentResult]:
    """Check pairs read by the parent on ``workers`` local processes or a Dask cluster, in input order.

    ``warn`` receives the run's notices (a Dask cluster still without a worker), as the readers' warnings are
    handed over on each document's ``meta.warnings``: the caller shows them (the CLI prints
    ``mtqa: warning: ...``); without it they are Python warnings (:class:`RuntimeWarning`). ``batch_segments``:
    target segments per batch, by default :data:`DASK_BATCH_SEGMENTS` on a Dask cluster and
    :data:`BATCH_SEGMENTS` on local workers. ``meanwhile``: the caller's own work that the batches do not need,
    called once: on a Dask cluster when the first batches are sent (before the first wait for a result; the
    cluster's workers are running and wait for them), with local workers before they start.
    """
    from mtqa import regexcache
    from mtqa.routing import routed_in_order

    regexcache.checked_elsewhere()  # the workers' patterns are not aged out of the file only this process writes
    config = portable(config)
    if batch_segments is None:
        batch_segments = DASK_BATCH_SEGMENTS if scheduler else BATCH_SEGMENTS
    if scheduler:
        from mtqa.langs.data import fingerprint

        data = (*fingerprint(), code_identity())  # a worker with other data or other code refuses
        packed = _pickled(config)  # once: each task carries the same bytes
        waited = []

        def result(task, timeout=None):
            if meanwhile is not None and not waited:  # the first wait: the first batches are out
                waited.append(True)
                meanwhile()
            return _dask_result(task, timeout)

        with _dask(scheduler, warn) as (submit, addresses):
            n = max(1, len(addresses))
            yield from routed_in_order(
                lambda b, w: submit(_dask_batch, _pickled(b), packed, data,
                                    worker=addresses[w] if addresses else None),
                pairs, n, batch_segments, lambda: 3 * n, result, _merge,
                first=min(batch_segments, DASK_FIRST_BATCH_SEGMENTS), first_batches=n)
        return
    if meanwhile is not None:
        meanwhile()
    with _sigterm_exits(), _local_pool(workers, config) as (submit, window, patience, warming):
        result = _result if patience else functools.partial(_result, early=True)
        first = min(batch_segments, FIRST_BATCH_SEGMENTS) if patience is None else None  # forked: a zygote's batch
        yield from routed_in_order(submit, pairs, workers, batch_segments, window, result, _merge, patience, warming,
                                   first)


def _pickled(value) -> bytes:
    """``value`` pickled for a Dask task (:func:`_dask_batch`), so the scheduler passes it on as bytes; by Dask's
    own pickling, as Dask pickled the arguments before (cloudpickle for what plain pickle refuses).

    Measured on the 24,024 WMT14 pairs, ``bench/parallel.py --systems 8`` (LocalCluster of 2, paired rounds against
    the documents as the task's arguments): the cluster process (scheduler and nannies) 0.42-0.53 -> 0.19-0.29 CPU s
    a run (it had imported mtqa to unpickle them), each worker's peak resident memory 233-240 -> 217-220 MB."""
    from distributed.protocol.pickle import dumps

    return dumps(value)


@contextmanager
def _local_pool(workers: int, config: Config):
    """(submit a batch, how many batches may be out now, the router's patience, whether to read ahead now) of a
    pool of worker processes, never left behind.

    On Linux in a process without threads the workers are forked from a
    zygote that builds the checks and checks the first batch (at most
    :data:`FIRST_BATCH_BYTES`) while this process reads (see
    :mod:`mtqa.workpool`); until then, the parent reads ahead (within
    fixed bounds). Otherwise they are spawned and
    each loads its own tables on its first batch.
    """
    window = 3 * max(1, workers)
    if _start_method() == "fork":
        from mtqa.workpool import ForkedPool

        def prepare() -> None:
            _context(config)  # the checks built; what they load, the zygote's first batch loads (workpool)
            # the workers collect as seldom as a serial run does for its whole length: with the default
            # threshold restored after each batch (check_batch's fewer_collections), every batch ended
            # with a young collection and every few batches with a middle-generation one over the
            # worker's own caches (24,024 WMT14 pairs: 0.31-0.33 s of each worker's CPU in collections
            # with gc.callbacks, 0.15-0.19 s with the run's threshold kept)
            from mtqa.collector import collect_seldom_for_good

            collect_seldom_for_good()

        pool = ForkedPool(workers, prepare, lambda batch: check_batch(batch, config), first_bytes=FIRST_BATCH_BYTES)
        warming = pool.warming  # the parent reads ahead, placing nothing, while the zygote warms
        patience = None  # it says when any batch ends (routing.Progress): no looks on a timer
    else:
        pool = _SpawnedPool(workers, config)
        warming = lambda: False  # noqa: E731
        from mtqa.routing import PATIENCE

        patience = PATIENCE
    finished = False
    try:
        yield pool.submit, lambda: window, patience, warming
        finished = True
    finally:
        pool.close() if finished else pool.terminate()


class _SpawnedPool:
    """Spawned worker processes (each loads its own tables), with the ForkedPool's submit/close/terminate."""

    def __init__(self, workers: int, config: Config):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.config = config
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_start_worker, initargs=(config, os.getpid()))

    def submit(self, batch: list[DocumentPair], worker: Optional[int] = None) -> "_Spawned":
        """A spawned pool cannot choose the worker: whoever is free takes the batch."""
        return _Spawned(self.pool.submit(check_batch, batch, self.config))

    def close(self) -> None:
        self.pool.shutdown(wait=True)

    def terminate(self) -> None:
        """What Python 3.14's ProcessPoolExecutor.terminate_workers() does."""
        processes = list((getattr(self.pool, "_processes", None) or {}).values())
        self.pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(5)


class _Spawned:
    """A spawned pool's future whose ``result(timeout)`` raises :class:`~mtqa.routing.NotDone` when the wait
    runs out: the future's own raises the built-in TimeoutError then, as it does for a batch whose check raised
    one, so only the wait's answer can tell them apart."""

    def __init__(self, future: concurrent.futures.Future):
        self.future = future

    def result(self, timeout: Optional[float] = None):
        from mtqa.routing import NotDone

        if not concurrent.futures.wait([self.future], timeout).done:
            raise NotDone
        return self.future.result()

    def done(self) -> bool:
        return self.future.done()

    def cancel(self) -> bool:
        return self.future.cancel()


@contextmanager
def _dask(scheduler: str, warn: Optional[Callable[[str], None]] = None):
    """(submit, the workers' addresses) of a client of the cluster at ``scheduler``; tasks still pending are
    cancelled if the run stops early. ``submit(func, *args, worker=address)`` asks for that worker (see
    :mod:`mtqa.routing`), and lets the scheduler use another if it must (a worker gone, say)."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise UsageError("--scheduler needs Dask: pip install 'mtqa[dask]'", "--scheduler") from None
    try:
        from distributed.comm.addressing import get_address_host_port, parse_address

        protocol = parse_address(scheduler)[0]
        if protocol != "inproc":  # an in-process address has no host nor port
            get_address_host_port(scheduler)  # Dask's own reading of the address (no name looked up), before
            # a client is half built (whose __del__ blocked 40 s in-process)
        _secured(scheduler, protocol)
        client = Client(scheduler, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler ({exc})", "--scheduler") from None
    except ValueError as exc:  # Dask's parsing of the address: "missing port number in address 'foo'"
        raise UsageError(f"{scheduler!r} is no Dask scheduler address, such as tcp://host:8786 ({exc})",
                         "--scheduler") from None
    submitted: list = []

    def submit(func, *args, worker=None):
        future = client.submit(func, *args, pure=False, workers=None if worker is None else [worker],
                               allow_other_workers=worker is not None)  # Dask refuses it without workers=
        submitted.append(future)
        if len(submitted) > 64:
            submitted[:] = [f for f in submitted if not f.done()]
        return _Awaited(future, scheduler)

    finished = False
    try:
        with _sigterm_exits():
            addresses = _workers(client, scheduler, warn)  # a scheduler gone before the run began: lost_scheduler
            yield submit, addresses
        finished = True
    finally:
        try:
            if not finished:
                pending = [f for f in submitted if not f.done()]
                if pending:
                    client.cancel(pending)
            client.close()
        except OSError:  # the scheduler is gone: nothing left there to cancel; the run's own error stands
            pass


def _secured(scheduler: str, protocol: str) -> None:
    """Refuse, in one line naming the address, a scheduler this client's Dask security settings cannot talk
    to, before a client is built: a ``tls://`` address with no TLS settings ended the run with "internal error:
    TypeError: TLS expects a `ssl_context` argument", a ``tcp://`` one under ``require-encryption`` with
    "internal error: RuntimeError", and a certificate file that does not exist with "cannot reach the Dask
    scheduler ([Errno 2] No such file or directory)", naming neither the file nor the setting."""
    from distributed.comm.registry import get_backend
    from distributed.security import Security

    security = Security()
    try:
        args = security.get_connection_args("client")
    except (OSError, ValueError) as exc:  # a certificate or key file missing or unreadable (ssl.SSLError too)
        files = ", ".join(f"{name} {path}" for name, path in (("ca-file", security.tls_ca_file), ("client cert",
                          security.tls_client_cert), ("client key", security.tls_client_key)) if path)
        raise UsageError(f"the Dask TLS settings for {scheduler} cannot be used ({files}): "
                         f"{getattr(exc, 'strerror', None) or exc}", "--scheduler") from None
    connector = get_backend(protocol).get_connector()
    if getattr(connector, "encrypted", False) and args["ssl_context"] is None:  # tls://: Dask's own flag
        raise UsageError(f"{scheduler} is a TLS address and this client has no TLS context: Dask's "
                         "distributed.comm.tls needs a ca-file and a client cert (and key)", "--scheduler")
    encrypted = getattr(connector, "encrypted", _WEBSOCKET_ENCRYPTED.get(protocol))  # inproc: no such notion
    if encrypted is False and args["require_encryption"]:
        raise UsageError(f"{scheduler} is not encrypted and Dask's configuration requires encryption "
                         "(distributed.comm.require-encryption): give a tls:// or wss:// address", "--scheduler")


_WEBSOCKET_ENCRYPTED = {"ws": False, "wss": True}
"""Whether Dask's websocket schemes encrypt. Their connectors carry no ``encrypted`` flag (the TCP ones do) and
do not apply ``require-encryption`` themselves, so a ``ws://`` address under that setting waited for the
connection timeout (20 s) and would have talked in clear to a scheduler that answered. A ``wss://`` one
without Dask TLS settings is no error: the websocket client then checks the scheduler's certificate against
the system's authorities."""


def lost_scheduler(scheduler: str, why) -> RunFailure:
    """The one-line failure of a run whose Dask scheduler went away (stopped, or the network failed): like a
    worker killed, nothing in mtqa or the input to fix, and no report written."""
    reason = getattr(why, "reason", None) or str(why).split("\n")[0] or type(why).__name__
    return RunFailure(f"lost the connection to the Dask scheduler at {scheduler} ({reason}): stopped, or the "
                      "network failed?")


CLIENT_SKIPS = ("numpy", "jinja2")
"""Modules ``import distributed`` loads when they are installed, only for what the ``mtqa`` command's Dask
client never does: numpy to allocate the buffers of large incoming messages (``distributed.protocol.utils``:
uninitialised memory; without it a ``bytearray``, and a batch's results are some 30 kB), jinja2 for the
notebook views of Dask's objects (``dask.widgets``). :func:`import_client` keeps them out of that import.

Why: the command imports ``distributed`` after reading its options and before its first task, with every
worker of the cluster idle: on the critical path of a run. Measured (``time.process_time`` around the import,
in a process that has imported mtqa's command line, 5 runs each, host at load 4): 0.232-0.237 s with both,
0.168-0.173 s without numpy, 0.157-0.164 s without either."""


def import_client(lean: bool = False) -> bool:
    """Import ``distributed`` for a Dask client; False if Dask is not installed.

    ``lean`` (the ``mtqa`` command in its own process, :func:`mtqa.cli.command_line`): without the modules of
    :data:`CLIENT_SKIPS` that are not imported yet. They are held out of ``sys.modules`` during that import only
    (Dask imports both inside ``try``/``except ImportError``), then let in again, so a later import of either
    (jinja2 for an HTML report, numpy for a plug-in) loads it as usual; only those two features of Dask stay as
    without them for the rest of the process. Not for a program that runs the command in-process (a notebook,
    click's test runner): it may show Dask's objects later, so it imports ``distributed`` whole."""
    if "distributed" in sys.modules:
        return True
    held = [name for name in CLIENT_SKIPS if name not in sys.modules] if lean else []
    for name in held:
        sys.modules[name] = None  # an import of it raises ImportError, which Dask's import takes as "not installed"
    try:
        import distributed  # noqa: F401
    except ImportError:
        if not held:
            return False
    else:
        return True
    finally:
        for name in held:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
    return import_client()  # a Dask that needs one of them after all: with them


def quiet_dask_logs() -> Callable[[], None]:
    """Keep the Dask client's own log lines off stderr (for the CLI): it logs a lost scheduler's traceback
    there through handlers of its own, where the run says what happened in one line (:func:`lost_scheduler`).
    Returns what puts the loggers' levels back, for the end of the run: a program that runs the CLI in-process
    keeps Dask's logging as it was."""
    import logging

    if not import_client():  # its logging is set up on import; none: the run says in one line that
        return lambda: None  # --scheduler needs Dask
    loggers = [logging.getLogger(n) for n in list(logging.root.manager.loggerDict)
               if n == "distributed" or n.startswith("distributed.")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)

    def restore() -> None:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)

    return restore


WORKER_WAIT = 10.0
"""Seconds a cluster with no worker yet (still starting) is given to bring its first one before the run starts."""
WORKERS_SETTLE = 1.0
"""...and then how long the number of workers must stay the same before routing counts them (they join one by one)."""


def _workers(client, scheduler: str, warn: Optional[Callable[[str], None]] = None) -> list[str]:
    """The addresses of every worker of the cluster, to route batches to (:mod:`mtqa.routing`).

    Every worker: ``scheduler_info()["workers"]`` held only the first five in distributed 2025.4-2026.6.
    A cluster still starting has none yet: the run would go unrouted for its whole length (the
    addresses are read once), so it waits up to :data:`WORKER_WAIT` seconds for the first worker
    and until the others stop joining. A cluster that brings workers only once tasks come (an
    adaptive one scaled to zero) still has none then, and runs unrouted, as the scheduler
    hands the batches to the workers it starts; the user is told so through ``warn`` (the CLI prints it
    in one line; a scheduler that never gets a worker would otherwise look like a hung run).
    """
    addresses = sorted(_asked(scheduler, client.nthreads))
    if addresses:
        return addresses
    try:
        _asked(scheduler, client.wait_for_workers, 1, timeout=WORKER_WAIT)
    except (TimeoutError, asyncio.TimeoutError):  # none came (asyncio's is the built-in one from Python 3.11 on;
        # dask raises it, or its subclass WorkerStartTimeoutError); a scheduler lost meanwhile is not "no worker"
        addresses = sorted(_asked(scheduler, client.nthreads))
        if not addresses:
            notice = (f"the Dask scheduler at {scheduler} has no worker after {WORKER_WAIT:g} s; "
                      "the batches wait for one to join (Ctrl-C stops the run)")
            if warn is not None:
                warn(notice)
            else:
                import warnings

                warnings.warn(notice, RuntimeWarning, stacklevel=2)
        return addresses
    deadline = time.monotonic() + WORKER_WAIT
    addresses = sorted(_asked(scheduler, client.nthreads))
    stable = time.monotonic()
    while time.monotonic() - stable < WORKERS_SETTLE and time.monotonic() < deadline:
        time.sleep(0.1)
        now = sorted(_asked(scheduler, client.nthreads))
        if now != addresses:
            addresses, stable = now, time.monotonic()
    return addresses


def _asked(scheduler: str, call, *args, **kwargs):
    """``call(*args, **kwargs)``, a request of the Dask client to the scheduler at ``scheduler``: an OSError on
    the way (Dask's CommClosedError, a connection reset, refused or that timed out connecting) is the
    scheduler lost (:func:`lost_scheduler`). A TimeoutError is raised as it is, for the caller to read (the
    wait for a first worker ran out: no worker, not a lost scheduler); so is any error outside these requests
    (an OSError of ``warn`` printing to a closed stderr), which read "lost the connection" when every OSError
    of the wait for workers did."""
    try:
        return call(*args, **kwargs)
    except TimeoutError:
        raise
    except OSError as exc:
        raise lost_scheduler(scheduler, exc) from None


def _when_done(future, call: Callable[[], None]) -> None:
    """``call()`` once the Dask ``future`` is done, from the client's event-loop thread.

    Not ``future.add_done_callback``: that hands each callback to a thread pool of Dask's, one per process
    and never shut down (``Dask-Callback-Thread``), so after a run that thread was alive and the command,
    which ends with ``os._exit`` only when no other thread is (:func:`mtqa.cli.command_line`), went through
    the interpreter's whole shutdown: 0.3-0.4 s of wall time a run freeing the parent's objects one by one.
    Setting an event needs no thread of its own: the client's loop runs Dask's own waiting coroutine
    (``distributed.client.done_callback``, which ``add_done_callback`` schedules the same way) and calls
    ``call`` itself. A future without a client's loop (another Dask, a stand-in) falls back to the callback."""
    try:
        from distributed.client import done_callback

        loop = future.client.loop
    except (ImportError, AttributeError):
        future.add_done_callback(lambda _: call())
        return
    loop.add_callback(done_callback, future, lambda _: call())


class _Awaited:
    """A Dask future whose ``result(timeout)`` waits on an event its completion sets.

    Dask's own ``Future.result(timeout=...)`` goes through ``distributed.utils.sync``, which on
    Python 3.11 can return neither a value nor an error when its internal ``asyncio.wait_for`` is
    cancelled at the moment the timeout fires (seen under heavy load as "internal error:
    UnboundLocalError: cannot access local variable 'result'"). Here the wait is a plain
    :class:`threading.Event` (set when the future is done, :func:`_when_done`), and the result is fetched
    only once the future is done, without a timeout.
    """

    def __init__(self, future, scheduler: str = "?"):
        self.future, self.scheduler = future, scheduler
        self._done = threading.Event()
        _when_done(future, self._done.set)

    def result(self, timeout: Optional[float] = None):
        if not self._done.wait(timeout):
            from mtqa.routing import NotDone

            raise NotDone
        from distributed import KilledWorker
        from distributed.comm import CommClosedError

        try:
            return self.future.result()
        except (concurrent.futures.CancelledError, asyncio.CancelledError, CommClosedError) as exc:
            # not a batch's error (those come back with its outcomes, see check_batch): the client lost its
            # scheduler and cancelled every future (FutureCancelledError, reason "scheduler-connection-lost")
            raise lost_scheduler(self.scheduler, exc) from None
        except KilledWorker as exc:  # the scheduler gave up on a batch whose workers kept dying (memory)
            tries = getattr(exc, "allowed_failures", 0) + 1
            raise RunFailure(f"Dask workers died while checking a batch ({tries} tries; killed, or out of memory? "
                             "their logs say why)") from None

    def done(self) -> bool:
        return self._done.is_set()

    def cancel(self) -> bool:
        return self.future.cancel()


@contextmanager
def _sigterm_exits():
    """While workers run, SIGTERM unwinds the parent (so workers are stopped) with exit code 143.

    Only when nobody else handles SIGTERM (the CLI may have its own handler),
    and only in the main thread, where Python allows signal handlers.
    """

    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) != signal.SIG_DFL:
        yield
        return

    def _exit(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, _exit)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


RESULT_POLL = 0.25
"""Seconds between two looks, while the parent waits for a batch, at whether a signal was recorded."""


def _dask_result(task, timeout: Optional[float] = None):
    """:func:`_result` of a :func:`_dask_batch` task: its ``(outcomes, error)``, unpickled here."""
    import pickle

    _, value, error = pickle.loads(_result(task, timeout))
    if error is not None:
        raise error
    return value


def _result(task, timeout: Optional[float] = None, early: bool = False):
    """The outcome of one batch, waited for in short slices (at most ``timeout`` seconds: then
    :class:`~mtqa.routing.NotDone`; with ``early``, a forked pool's task, as soon as another batch ends:
    :class:`~mtqa.routing.Progress`; an exception of the batch, a TimeoutError included, is raised as it is).

    A signal's exception can be lost when it fires at an unlucky moment in the
    parent (while workers are being forked, or inside a library callback):
    :mod:`mtqa.interrupts` still records it, and between two slices the parent
    asks, so an interrupted run stops its workers at once instead of checking
    the whole corpus first.
    """
    from mtqa.routing import NotDone, Progress

    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        wait = RESULT_POLL if deadline is None else min(RESULT_POLL, max(0.0, deadline - time.monotonic()))
        try:
            return task.result_or_progress(wait) if early else task.result(timeout=wait)
        except NotDone as exc:
            raise_if_received()
            if isinstance(exc, Progress) or deadline is not None and time.monotonic() >= deadline:
                raise
