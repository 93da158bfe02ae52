"""The parallel runner: same results as a serial run, in input order, errors where serial raises them."""
from __future__ import annotations

import json
import threading

import pytest

from mtqa.api import run
from mtqa.config import Config
from mtqa.context import Context
from mtqa.distributed import portable, run_parallel
from mtqa.errors import InputError
from mtqa.readers.jsonl import read_jsonl


def _corpus(tmp_path, docs=12, per_doc=5, bad_line=None, systems=1):
    """``docs`` documents; with ``systems`` > 1, that many translations of the same sources one after another
    (as in WMT: routed to workers by source)."""
    path = tmp_path / "c.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        n = 0
        for d in range(docs * systems):
            for s in range(per_doc):
                n += 1
                if n == bad_line:
                    f.write("{not json\n")
                    continue
                target = f"Headline number {d} about the launch" if s == 0 else f"The rocket {d} flew {s} times."
                if d % docs == 3 and s == 2:
                    target = "Headline number 3 about the launch"
                source = f"La fusée {d % docs} a volé {s} fois."
                f.write(json.dumps({"doc": f"d{d}", "source": source, "target": target}) + "\n")
    return str(path)


def _pairs(path):
    return read_jsonl(path, source_lang="fr", target_lang="en")


def _summary(results):
    return [(r.pair.id, r.score, [(i.code, i.line, i.start, i.message) for i in r.issues]) for r in results]


def test_same_results_as_serial(tmp_path):
    path = _corpus(tmp_path)
    config = Config(select=("A101",))
    serial = _summary(run(_pairs(path), Context(config)))
    parallel = _summary(run_parallel(_pairs(path), config, workers=2, batch_segments=7))
    assert parallel == serial
    assert any(doc == "d3" and issues for doc, _, issues in parallel)


@pytest.mark.parametrize("systems", [1, 3])
def test_forked_warm_workers_give_the_serial_results(tmp_path, systems):
    """In a process without threads (the CLI), Linux workers are forked from the warmed parent; the results
    are those of a serial run and of spawned workers, also when several translations of the same sources
    are routed to one worker. Run in a child: the test process may have threads."""
    import subprocess
    import sys
    import textwrap

    if not sys.platform.startswith("linux"):
        pytest.skip("workers are forked on Linux only")
    path = _corpus(tmp_path, systems=systems)
    program = textwrap.dedent(f"""
        import json
        from mtqa import distributed
        from mtqa.api import run
        from mtqa.config import Config
        from mtqa.context import Context
        from mtqa.readers.jsonl import read_jsonl

        def summary(results):
            return [(r.pair.id, r.score, [(i.code, i.line, i.start, i.message) for i in r.issues]) for r in results]

        def pairs():
            return read_jsonl({path!r}, source_lang="fr", target_lang="en")

        config = Config()
        method = distributed._start_method()
        forked = summary(distributed.run_parallel(pairs(), config, workers=2, batch_segments=7))
        serial = summary(run(pairs(), Context(config)))
        distributed._start_method = lambda: "spawn"
        spawned = summary(distributed.run_parallel(pairs(), config, workers=2, batch_segments=7))
        print(json.dumps([method, forked == serial, spawned == serial, sum(len(r[2]) for r in serial)]))
    """)
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=600)
    method, forked_same, spawned_same, issues = json.loads(done.stdout.strip().splitlines()[-1])
    assert method == "fork" and forked_same and spawned_same and issues > 0


@pytest.mark.parametrize("bad_line, size, before", [
    (33, 7, 6),  # in d6, which would open a batch
    (38, 12, 7),  # in d7, in the middle of a batch: d6, read before it, is still checked and reported
])
def test_a_reading_error_comes_after_the_documents_before_it(tmp_path, bad_line, size, before):
    path = _corpus(tmp_path, bad_line=bad_line)
    config = Config(select=("A101",))
    seen = []
    with pytest.raises(InputError, match=rf"c\.jsonl:{bad_line}: invalid JSON"):
        for result in run_parallel(_pairs(path), config, workers=2, batch_segments=size):
            seen.append(result.pair.id)
    assert seen == [f"d{d}" for d in range(before)]


def test_workers_get_absolute_file_settings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = portable(Config(glossary="terms.tsv"))
    assert config.glossary == str(tmp_path / "terms.tsv")


def test_dask_cluster_gives_the_same_results(tmp_path):
    distributed = pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    path = _corpus(tmp_path)
    config = Config(select=("A101",))
    serial = _summary(run(_pairs(path), Context(config)))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        on_dask = _summary(run_parallel(_pairs(path), config, scheduler=cluster.scheduler_address,
                                        batch_segments=7))
    assert on_dask == serial


def test_a_dask_worker_builds_its_context_once_across_batches(tmp_path, monkeypatch):
    """A Dask worker checks every batch of a run with the Context its task thread built for the first one:
    Dask hands each task a fresh unpickled Config, and a Context (its tables, its run caches) rebuilt per
    batch would cost a worker a second or more of CPU each time. Guard of the per-thread reuse in
    mtqa.distributed._context on a real cluster; results stay those of a serial run."""
    distributed = pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    import mtqa.context

    built = []

    class Counted(Context):
        def __init__(self, *args, **kwargs):
            built.append(threading.get_ident())
            super().__init__(*args, **kwargs)

    path = _corpus(tmp_path)
    config = Config(select=("A101",))
    serial = _summary(run(_pairs(path), Context(config)))
    monkeypatch.setattr(mtqa.context, "Context", Counted)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        on_dask = _summary(run_parallel(_pairs(path), config, scheduler=cluster.scheduler_address,
                                        batch_segments=7))  # 12 documents of 5 segments: several batches
    assert on_dask == serial
    assert len(built) == 1, f"{len(built)} Contexts built for one worker thread in one run"


def test_a_warmed_worker_has_its_code_identity_before_its_first_batch():
    from mtqa.distributed import code_identity, warm

    code_identity.cache_clear()
    warm(Config(select=("A101",)))
    assert code_identity.cache_info().currsize == 1


def test_warming_loads_only_the_tables_the_selected_checks_read(tmp_path):
    """A selection that reads no word frequencies forks workers without the frequency tables in memory
    (mapped packed: they are kept out of memory by design). Run in a child: the test process's tables
    may already be loaded by other tests."""
    import subprocess
    import sys
    import textwrap

    program = textwrap.dedent("""
        from mtqa import compiled
        from mtqa.config import Config
        from mtqa.distributed import warm

        def loaded():
            return sorted(t._path.name.split(".")[0] for t in compiled._OPEN
                          if t._dict is not None or t._packed is not None)

        warm(Config(select=("L101",)))
        print(loaded())
        warm(Config())
        print(loaded())
    """)
    env = {**__import__("os").environ, "MTQA_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True, env=env)
    narrow, full = out.stdout.splitlines()
    assert "wordfreq-en" not in narrow and "wordfreq-fr" not in narrow
    assert "wordfreq-en" in full and "wordfreq-fr" in full


class _RacyFuture:
    """Stands for a Dask future whose result(timeout=...) hits distributed.utils.sync's race (Python 3.11)."""

    def __init__(self):
        self.callbacks = []
        self.finished = False

    def add_done_callback(self, fn):
        self.callbacks.append(fn)

    def finish(self):
        self.finished = True
        for fn in self.callbacks:
            fn(self)

    def result(self, timeout=None):
        if timeout is not None:
            raise UnboundLocalError("cannot access local variable 'result' where it is not associated with a value")
        assert self.finished
        return ([("outcome",)], None)

    def cancel(self):
        return True


def test_a_dask_batch_is_waited_for_without_the_clients_timeout_machinery():
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    import threading

    from mtqa import distributed

    racy = _RacyFuture()
    waited = distributed._Awaited(racy)
    threading.Timer(0.6, racy.finish).start()  # done after two polls of the wait
    assert distributed._result(waited) == ([("outcome",)], None)


def test_a_worker_s_result_keeps_the_tie_breaker_that_a_baseline_adds_back(tmp_path):
    # a baseline recomputes the penalty in the parent and adds the tie-breaker back (mtqa.baseline): a worker's
    # compact outcome that dropped it gave --workers a lower penalty than a serial run
    import pickle

    from mtqa.api import check_pair
    from mtqa.distributed import _merge, check_batch
    from mtqa.readers import open_pairs

    source = tmp_path / "s.fr.txt"
    source.write_text("La mairie a fermé la piscine pour l'hiver.\n", encoding="utf-8")
    target = tmp_path / "t.en.txt"
    target.write_text("The town hall has closed the swimming pool for the winter.\n", encoding="utf-8")
    config = Config(tie_break_weight=0.0001)
    pair = next(open_pairs(str(target), config, source=str(source)))
    serial = check_pair(pickle.loads(pickle.dumps(pair)), Context(config))
    outcomes, error = check_batch([pickle.loads(pickle.dumps(pair))], config)
    assert error is None
    merged = _merge(pair, outcomes[0])
    assert serial.tie_break > 0
    assert merged.tie_break == serial.tie_break and merged.penalty == serial.penalty


def test_a_source_that_aligns_with_nothing_is_reported_as_a_serial_run_reports_it(tmp_path):
    # a worker's check drops such a source and warns on the pair's meta: the parent's pair must learn it too
    # (with --workers the report kept the source block, and neither the warning nor the "unaligned" fact)
    import pickle

    from mtqa.api import check_pair
    from mtqa.distributed import _merge, check_batch
    from mtqa.readers import open_pairs

    source = tmp_path / "s.fr.txt"
    source.write_text("Titre\n\nOui.\n", encoding="utf-8")
    target = tmp_path / "t.en.txt"
    target.write_text("The council met on Monday and voted to close the pool for the winter. " * 30 + "\n",
                      encoding="utf-8")
    config = Config(select=("A101",))
    pair = next(open_pairs(str(target), config, source=str(source)))
    serial = check_pair(pickle.loads(pickle.dumps(pair)), Context(config))
    outcomes, error = check_batch([pickle.loads(pickle.dumps(pair))], config)  # the worker's copy
    assert error is None
    merged = _merge(pair, outcomes[0])
    assert serial.pair.source is None and serial.pair.meta.warnings and not serial.passed
    assert merged.pair.source is None
    assert merged.pair.meta.warnings == serial.pair.meta.warnings
    assert merged.pair.meta.facts == serial.pair.meta.facts
    assert merged.passed == serial.passed


def test_each_worker_thread_checks_with_a_context_of_its_own():
    # a Dask worker may run batches on several threads (or several workers share a process): a Context's
    # run caches are not made for two checks at once
    import threading

    from mtqa.distributed import _context

    config = Config(select=("A101",))
    mine = _context(config)
    theirs = []
    t = threading.Thread(target=lambda: theirs.append(_context(config)))
    t.start()
    t.join()
    assert _context(config) is mine
    assert theirs[0] is not mine
    assert _context(Config(select=("A102",))) is not mine


def test_a_context_goes_with_its_thread():
    # a process that runs Dask in-process (LocalCluster(processes=False)) again and again starts new worker
    # threads each time: the Context of a thread that has ended must not be kept for ever (each holds tables)
    import gc
    import threading
    import weakref

    from mtqa.distributed import _context

    config = Config(select=("A101",))
    held = []
    for _ in range(3):
        t = threading.Thread(target=lambda: held.append(weakref.ref(_context(config))))
        t.start()
        t.join()
    gc.collect()
    assert [ref() for ref in held] == [None, None, None]


def test_a_wait_that_another_batch_ended_is_handed_to_the_router_at_once():
    # the router refills a worker when a forked pool says another batch ended (Progress): the waits in
    # slices must pass it on, not wait on until their deadline
    import time

    from mtqa.distributed import _result
    from mtqa.routing import NotDone, Progress

    class Task:
        calls = 0

        def result_or_progress(self, timeout):
            Task.calls += 1
            raise Progress

        def result(self, timeout=None):
            time.sleep(timeout)
            raise NotDone

    start = time.monotonic()
    with pytest.raises(Progress):
        _result(Task(), 30, early=True)
    assert Task.calls == 1 and time.monotonic() - start < 1
    with pytest.raises(NotDone):  # a pool that does not say so: the wait runs to its deadline
        _result(Task(), 0.3)


def test_a_forked_worker_keeps_the_context_its_zygote_built():
    # the zygote builds the Context before it forks the workers: a worker must check with that one,
    # not build its own (the tables it loaded are shared copy-on-write)
    import os

    from mtqa.distributed import _context

    config = Config(select=("A101",))
    before = id(_context(config))
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.write(w, b"1" if id(_context(config)) == before else b"0")
        os._exit(0)
    os.close(w)
    same = os.read(r, 1)
    os.close(r)
    os.waitpid(pid, 0)
    assert same == b"1"


def test_dask_batches_are_routed_to_every_worker_of_a_large_cluster(monkeypatch):
    # distributed 2025.4 to 2026.6 (within our lower bound) listed only the first five workers in
    # Client.scheduler_info() unless asked for more: routing must still know every worker
    distributed = pytest.importorskip("dask.distributed")
    from mtqa.distributed import _dask

    listed = distributed.Client.scheduler_info

    def five_by_default(self, n_workers=5, **kwargs):
        info = dict(listed(self, **kwargs))
        if n_workers >= 0:
            info["workers"] = dict(list(info["workers"].items())[:n_workers])
        return info

    monkeypatch.setattr(distributed.Client, "scheduler_info", five_by_default)
    with distributed.LocalCluster(n_workers=6, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        with _dask(cluster.scheduler_address) as (_, addresses):
            assert sorted(addresses) == sorted(cluster.scheduler_info["workers"])
            assert len(addresses) == 6


def test_a_batch_dask_gave_up_on_is_a_run_failure_not_an_internal_error():
    """The scheduler raises KilledWorker when the workers running a batch keep dying (memory): the CLI
    says so in one line (RunFailure, exit 2) instead of "internal error: KilledWorker"."""
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    from types import SimpleNamespace

    from distributed import KilledWorker

    from mtqa.distributed import _Awaited
    from mtqa.errors import RunFailure

    class Future:
        def add_done_callback(self, callback):
            callback(self)

        def result(self):
            raise KilledWorker("check-batch-7", SimpleNamespace(address="tcp://127.0.0.1:1"), 3)

    with pytest.raises(RunFailure, match="Dask workers died while checking a batch [(]4 tries"):
        _Awaited(Future()).result(1)


def test_a_cluster_with_no_worker_yet_is_waited_for_and_the_run_routed_to_every_worker_it_brings():
    # a cluster still starting when the run connects: the addresses were read once, found empty, and the
    # whole run went unrouted (and with the window of one worker)
    distributed = pytest.importorskip("dask.distributed")
    from mtqa.distributed import _dask

    with distributed.LocalCluster(n_workers=0, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        timer = threading.Timer(0.5, lambda: cluster.scale(2))
        timer.start()
        try:
            with _dask(cluster.scheduler_address) as (_, addresses):
                assert len(addresses) == 2
                assert sorted(addresses) == sorted(cluster.scheduler_info["workers"])
        finally:
            timer.cancel()


def test_a_cluster_still_without_a_worker_after_the_wait_is_told_and_its_batches_wait_for_one(
        tmp_path, monkeypatch, capsys):
    # the unrouted submission asked Dask for allow_other_workers without workers=: "internal error: ValueError"
    # after the wait; and a scheduler that never gets a worker would have left the user waiting without a word
    distributed = pytest.importorskip("dask.distributed")
    from mtqa import distributed as mtqa_distributed

    monkeypatch.setattr(mtqa_distributed, "WORKER_WAIT", 0.3)
    path = _corpus(tmp_path)
    config = Config(select=("A101",))
    serial = _summary(run(_pairs(path), Context(config)))
    timers = []

    def workers_then_one_joins(client, scheduler, warn):
        addresses = wait_for(client, scheduler, warn)  # the wait ends with none; only then does a worker come
        timers.append(threading.Timer(0.5, lambda: cluster.scale(1)))
        timers[-1].start()
        return addresses

    wait_for = mtqa_distributed._workers
    monkeypatch.setattr(mtqa_distributed, "_workers", workers_then_one_joins)
    with distributed.LocalCluster(n_workers=0, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        try:
            told: list = []
            on_dask = _summary(run_parallel(_pairs(path), config, scheduler=cluster.scheduler_address,
                                            batch_segments=7, warn=told.append))
        finally:
            for timer in timers:
                timer.cancel()
    assert len(timers) == 1
    assert on_dask == serial
    assert len(told) == 1 and "no worker" in told[0] and cluster.scheduler_address in told[0]
    assert "no worker" not in capsys.readouterr().err  # the caller's to show (the CLI prints it)


def test_a_timeout_raised_by_a_check_on_dask_reads_as_in_a_serial_run(tmp_path, monkeypatch):
    # Dask's wait raised TimeoutError for "not done yet": a check's own was wrapped in the worker to get through,
    # so the run said "RuntimeError: TimeoutError: ..." where a serial run says "TimeoutError: ..."
    distributed = pytest.importorskip("dask.distributed")
    import mtqa.api as api

    checked = api.check_pair

    def check_pair(pair, ctx):
        if pair.id == "d3":
            raise TimeoutError("a plug-in's socket timed out")
        return checked(pair, ctx)

    monkeypatch.setattr(api, "check_pair", check_pair)
    path = _corpus(tmp_path)
    config = Config(select=("A101",))

    def said(results):
        seen = []
        with pytest.raises(Exception) as raised:
            for r in results:
                seen.append(r.pair.id)
        return type(raised.value).__name__, str(raised.value), seen

    serial = said(api.run(_pairs(path), Context(config)))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        on_dask = said(run_parallel(_pairs(path), config, scheduler=cluster.scheduler_address, batch_segments=7))
    assert on_dask == serial == ("TimeoutError", "a plug-in's socket timed out", ["d0", "d1", "d2"])


def test_a_spawned_workers_timeout_is_its_error_not_a_wait_that_ran_out():
    # a spawned pool's futures raise concurrent.futures.TimeoutError (the built-in one) both when a wait runs out
    # and when the batch itself raised it: the wait's own answer must decide, not the exception's type
    import concurrent.futures

    from mtqa.distributed import _result, _Spawned

    future = concurrent.futures.Future()
    future.set_exception(TimeoutError("a plug-in's socket timed out"))
    with pytest.raises(TimeoutError, match="a plug-in's socket timed out"):
        _result(_Spawned(future), 0.1)


def test_a_scheduler_lost_mid_run_is_a_run_failure_naming_it_not_an_internal_error(tmp_path):
    # the client cancels every future when it loses its scheduler: "internal error: FutureCancelledError" (two lines,
    # after the Dask client's own traceback on stderr)
    distributed = pytest.importorskip("dask.distributed")
    from mtqa.errors import RunFailure

    path = _corpus(tmp_path, docs=40)
    config = Config(select=("A101",))
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None)
    seen = []
    try:
        with pytest.raises(RunFailure, match=f"lost the connection to the Dask scheduler at {cluster.scheduler_address}"):
            for r in run_parallel(_pairs(path), config, scheduler=cluster.scheduler_address, batch_segments=5):
                seen.append(r.pair.id)
                if len(seen) == 1:
                    cluster.close()  # mid-run: every batch after the first one's is still out
    finally:
        cluster.close()
    assert 1 <= len(seen) < 40


_LOST_SCHEDULER = """
import sys
import mtqa.api as api
import warnings
from dask.distributed import LocalCluster

with warnings.catch_warnings():  # the test's own cluster, not the run, may warn about a port in use
    warnings.simplefilter("ignore")
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None)
checked, seen = api.check_pair, []

def check_pair(pair, ctx):
    seen.append(pair.id)
    if len(seen) == 10:
        import threading
        threading.Thread(target=cluster.close).start()  # the scheduler goes while batches are out
    return checked(pair, ctx)

api.check_pair = check_pair
from mtqa.cli import main

main([*sys.argv[1:], "--scheduler", cluster.scheduler_address], prog_name="mtqa")
"""


_ENDS_QUICKLY = """
import sys
import mtqa.cli as cli

usual = cli._usual_shutdown

def said(status):
    print("usual shutdown", file=sys.stderr)
    usual(status)

cli._usual_shutdown = said
sys.argv = ["mtqa", *sys.argv[1:]]
cli.command_line()
"""


def test_a_cli_run_on_a_dask_cluster_leaves_no_thread_and_ends_without_the_interpreters_shutdown(tmp_path):
    """The command ends with os._exit when no other thread is alive (mtqa.cli.command_line); a Dask run left
    Dask's callback thread behind (Future.add_done_callback's pool), and went through the interpreter's whole
    shutdown, freeing the parent's objects one by one (24k WMT14 pairs: 0.13 s of the CLI's CPU)."""
    import os
    import subprocess
    import sys

    distributed = pytest.importorskip("dask.distributed")
    path, out = _corpus(tmp_path), tmp_path / "report.jsonl"
    env = {k: v for k, v in os.environ.items() if k != "MTQA_DEBUG"}
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None) as cluster:  # the CLI is another process
        done = subprocess.run([sys.executable, "-c", _ENDS_QUICKLY, "check", path, "--select", "A101",
                               "--scheduler", cluster.scheduler_address, "--format", "jsonl", "-o", str(out)],
                              capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode in (0, 1), done.stderr
    assert "usual shutdown" not in done.stderr
    assert out.read_text(encoding="utf-8").count("\n") == 12  # the report, whole


_LEAN = """
import atexit
import sys
from mtqa.distributed import CLIENT_SKIPS

atexit.register(lambda: print("loaded:", *sorted(m for m in CLIENT_SKIPS if m in sys.modules), file=sys.stderr))
import mtqa.cli as cli

sys.argv = ["mtqa", *sys.argv[1:]]
cli.command_line()
"""


def test_the_commands_dask_client_imports_distributed_without_what_it_never_uses(tmp_path):
    """The ``mtqa`` command's own process imports ``distributed`` without numpy and jinja2 (CLIENT_SKIPS: an
    import on the run's critical path, every worker idle), and writes the serial run's report."""
    import os
    import subprocess
    import sys

    distributed = pytest.importorskip("dask.distributed")
    path, out, serial = _corpus(tmp_path), tmp_path / "report.jsonl", tmp_path / "serial.jsonl"
    env = {k: v for k, v in os.environ.items() if k != "MTQA_DEBUG"}
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None) as cluster:  # the CLI is another process
        done = subprocess.run([sys.executable, "-c", _LEAN, "check", path, "--scheduler", cluster.scheduler_address,
                               "--format", "jsonl", "-o", str(out)], capture_output=True, text=True, timeout=300,
                              env=env)
    assert done.returncode in (0, 1), done.stderr
    assert done.stderr.strip().splitlines()[-1] == "loaded:"
    alone = subprocess.run([sys.executable, "-m", "mtqa", "check", path, "--format", "jsonl", "-o", str(serial)],
                           capture_output=True, text=True, timeout=300, env=env)
    assert alone.returncode == done.returncode, alone.stderr
    assert out.read_bytes() == serial.read_bytes()


def test_a_dask_runs_meanwhile_comes_once_after_its_first_batches_are_sent(tmp_path):
    """run_parallel's ``meanwhile`` (the CLI's report header: building the checks only to name them) runs while the
    cluster's workers check the first batches, not before them: they wait idle until their first batch comes."""
    distributed = pytest.importorskip("dask.distributed")
    path = _corpus(tmp_path, docs=40)
    config = Config(select=("A101",))
    sent, calls = [], []
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            submit = type(client).submit

            def spy(self, *args, **kwargs):
                sent.append(len(calls))
                return submit(self, *args, **kwargs)

            client_class = type(client)
            client_class.submit = spy
            try:
                got = _summary(run_parallel(_pairs(path), config, scheduler=cluster.scheduler_address,
                                            batch_segments=20, meanwhile=lambda: calls.append(len(sent))))
            finally:
                client_class.submit = submit
    assert got == _summary(run(_pairs(path), Context(config)))
    assert len(calls) == 1 and calls[0] >= 2  # once, with a batch out for each worker
    assert sent[:2] == [0, 0]


def test_a_cli_run_on_dask_says_the_same_warnings_and_writes_the_same_report(tmp_path):
    """The report header (the checks' codes, the warnings) is built while the Dask workers check the first batches:
    the same lines on stderr and the same report as a run on local workers."""
    distributed = pytest.importorskip("dask.distributed")
    from click.testing import CliRunner

    from mtqa.cli import main

    path = _corpus(tmp_path, docs=30)
    args = ["check", path, "--select", "A101", "--select", "A609", "--format", "json"]
    local = CliRunner().invoke(main, [*args, "-o", str(tmp_path / "local.json"), "--workers", "2"])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        dask = CliRunner().invoke(main, [*args, "-o", str(tmp_path / "dask.json"),
                                         "--scheduler", cluster.scheduler_address])
    assert dask.exit_code == local.exit_code, dask.output
    assert "A609" in local.stderr and dask.stderr == local.stderr
    assert (tmp_path / "dask.json").read_bytes() == (tmp_path / "local.json").read_bytes()


_IMPORTS = """
import sys
from mtqa.distributed import CLIENT_SKIPS, import_client

assert "distributed" not in sys.modules
print(import_client(lean=True), "distributed" in sys.modules, *sorted(m for m in CLIENT_SKIPS if m in sys.modules))
import jinja2  # noqa: F401 - held out of that import only: the HTML report still imports it
print("jinja2" in sys.modules)
"""


def test_a_lean_client_import_holds_its_modules_out_of_that_import_only():
    import subprocess
    import sys

    pytest.importorskip("dask.distributed")
    done = subprocess.run([sys.executable, "-c", _IMPORTS], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True", "True"]


def test_a_cli_run_whose_scheduler_is_lost_says_so_in_one_line_exit_2_and_no_report(tmp_path):
    import os
    import subprocess
    import sys

    pytest.importorskip("dask.distributed")
    path, out = _corpus(tmp_path, docs=60), tmp_path / "report.json"
    env = {k: v for k, v in os.environ.items() if k != "MTQA_DEBUG"}
    done = subprocess.run([sys.executable, "-c", _LOST_SCHEDULER, "check", path, "--select", "A101",
                           "--format", "json", "-o", str(out)], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mtqa: error: lost the connection to the Dask scheduler"), done.stderr
    assert not out.exists()


def test_a_scheduler_lost_while_waiting_for_the_first_worker_is_said_as_such(monkeypatch, capsys):
    # the wait for a first worker caught every exception: a scheduler gone during the wait fell into "the batches
    # wait for a worker to join"
    distributed = pytest.importorskip("dask.distributed")
    from mtqa import distributed as mtqa_distributed
    from mtqa.errors import RunFailure

    monkeypatch.setattr(mtqa_distributed, "WORKER_WAIT", 30.0)
    cluster = distributed.LocalCluster(n_workers=0, threads_per_worker=1, processes=False, dashboard_address=None)
    timer = threading.Timer(1.0, cluster.close)
    timer.start()
    try:
        with pytest.raises(RunFailure, match=f"lost the connection to the Dask scheduler at {cluster.scheduler_address}"):
            with mtqa_distributed._dask(cluster.scheduler_address):
                pass
    finally:
        timer.cancel()
        cluster.close()
    assert "no worker" not in capsys.readouterr().err


def test_only_the_waits_own_timeout_means_no_worker_came(capsys):
    # the wait caught every exception: a connection lost during the wait (its client still answering from what it
    # knew) was told as "no worker after 10 s; the batches wait for one", and the run waited
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    from distributed.comm import CommClosedError

    from mtqa.distributed import _workers
    from mtqa.errors import RunFailure

    class Client:
        def nthreads(self):
            return {}

        def wait_for_workers(self, n, timeout):
            raise CommClosedError("in <TCP (closed)>: ConnectionResetError")

    with pytest.raises(RunFailure, match="lost the connection to the Dask scheduler"):
        _workers(Client(), "tcp://scheduler:8786")
    assert "no worker" not in capsys.readouterr().err


class _NoWorkerComes:
    def nthreads(self):
        return {}

    def wait_for_workers(self, n, timeout):
        raise TimeoutError(f"Only 0/{n} workers arrived after {timeout}")


def test_the_no_worker_notice_reaches_a_python_caller_as_a_warning_not_on_stderr(capsys):
    # mtqa.distributed printed it on stderr itself: a program calling run_parallel could neither catch nor
    # silence it; the CLI passes a callback that prints it as its other warnings
    from mtqa.distributed import _workers

    told: list = []
    assert _workers(_NoWorkerComes(), "tcp://scheduler:8786", told.append) == []
    assert len(told) == 1 and told[0].startswith("the Dask scheduler at tcp://scheduler:8786 has no worker")
    with pytest.warns(RuntimeWarning, match="the Dask scheduler at tcp://scheduler:8786 has no worker"):
        assert _workers(_NoWorkerComes(), "tcp://scheduler:8786") == []
    assert capsys.readouterr().err == ""


def test_a_cli_run_on_a_scheduler_leaves_the_dask_loggers_as_it_found_them(tmp_path):
    # the CLI quietens the Dask client's own log lines for a --scheduler run (a lost scheduler is said in one
    # line): it raised the loggers' level for good, so a program or test session that runs the CLI in-process
    # (click's CliRunner, main(standalone_mode=False)) lost Dask's log lines for the rest of its life
    import logging

    distributed = pytest.importorskip("dask.distributed")
    from click.testing import CliRunner

    from mtqa.cli import main

    names = ("distributed", "distributed.client", "distributed.core")
    before = {name: logging.getLogger(name).level for name in names}
    path, out = _corpus(tmp_path, docs=3), tmp_path / "report.json"
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        done = CliRunner().invoke(main, ["check", path, "--select", "A101", "--format", "json", "-o", str(out),
                                         "--scheduler", cluster.scheduler_address])
    assert done.exit_code in (0, 1), done.output
    assert out.exists()
    assert {name: logging.getLogger(name).level for name in names} == before


def test_a_result_that_cannot_be_pickled_ends_a_dask_run_as_it_ends_a_run_on_local_workers(tmp_path, monkeypatch):
    # Dask pickled check_batch's value itself: a document's result holding a generator (a plug-in's) lost the whole
    # batch and printed Dask's "Could not serialize object of type list" with its chained traceback (25 lines),
    # where --workers 2 yields the documents before it, then one error naming the document and the type
    distributed = pytest.importorskip("dask.distributed")
    import mtqa.api as api

    checked = api.check_pair

    def check_pair(pair, ctx):
        result = checked(pair, ctx)
        if pair.id == "d3":
            result.metrics = {"plug-in": (n for n in range(3))}  # a generator: no pickling it
        return result

    monkeypatch.setattr(api, "check_pair", check_pair)
    path = _corpus(tmp_path)
    seen = []
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        with pytest.raises(RuntimeError) as raised:
            for r in run_parallel(_pairs(path), Config(select=("A101",)), scheduler=cluster.scheduler_address,
                                  batch_segments=7):
                seen.append(r.pair.id)
    assert str(raised.value) == ("the result of document 'd3' cannot be sent back from its worker: it holds a "
                                 "generator (cannot pickle 'generator' object)")
    assert seen == ["d0", "d1", "d2"]


def test_what_a_dask_task_hands_to_dask_always_pickles(tmp_path, monkeypatch):
    # processes=False above passes values without pickling them; a cluster of worker processes pickles each task's
    # value: it is bytes, whatever a result holds, and the parent reads the outcomes and the error from them
    import pickle

    import mtqa.api as api
    from mtqa.distributed import _dask_batch, _dask_result

    checked = api.check_pair

    def check_pair(pair, ctx):
        result = checked(pair, ctx)
        if pair.id == "d1":
            result.metrics = {"plug-in": (n for n in range(3))}
        return result

    monkeypatch.setattr(api, "check_pair", check_pair)
    batch = list(_pairs(_corpus(tmp_path, docs=3)))
    sent = _dask_batch(batch, Config(select=("A101",)))
    assert isinstance(sent, bytes)
    pickle.dumps(sent)

    class Done:
        def result(self, timeout=None):
            return sent

    outcomes, error = _dask_result(Done())
    assert len(outcomes) == 1 and isinstance(error, RuntimeError) and "'d1'" in str(error)


def test_only_a_lost_connection_while_waiting_for_workers_reads_as_a_lost_scheduler(monkeypatch):
    # every OSError of the wait for workers read "lost the connection to the Dask scheduler": also one raised by
    # the caller's own notice (printing to a closed stderr), and a TimeoutError is an OSError too
    distributed = pytest.importorskip("dask.distributed")
    from distributed.comm import CommClosedError

    from mtqa.distributed import _dask
    from mtqa.errors import RunFailure

    class Client(_NoWorkerComes):
        def __init__(self, scheduler, timeout):
            pass

        def close(self):
            pass

    class Lost(Client):
        def wait_for_workers(self, n, timeout):
            raise CommClosedError("in <TCP (closed)>: ConnectionResetError")

    def warn(notice):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(distributed, "Client", Client)
    with pytest.raises(BrokenPipeError):
        with _dask("tcp://scheduler:8786", warn):
            pass
    monkeypatch.setattr(distributed, "Client", Lost)
    with pytest.raises(RunFailure, match="lost the connection to the Dask scheduler at tcp://scheduler:8786"):
        with _dask("tcp://scheduler:8786", warn):
            pass


def test_an_error_whose_class_only_the_dask_worker_has_reads_as_in_a_serial_run(tmp_path, monkeypatch):
    # a plug-in installed on the workers alone raises its own exception: the client, without the plug-in's
    # module, failed to unpickle the batch and said "internal error: AttributeError: Can't get attribute
    # 'PluginFault'" (ModuleNotFoundError without the module), losing the documents checked before it
    import sys
    import types

    import mtqa.api as api
    from mtqa.distributed import _dask_batch, _dask_result

    plugin = types.ModuleType("mtqa_worker_only_plugin")
    plugin.PluginFault = type("PluginFault", (Exception,), {"__module__": plugin.__name__})
    monkeypatch.setitem(sys.modules, plugin.__name__, plugin)
    checked = api.check_pair

    def check_pair(pair, ctx):
        if pair.id == "d2":
            raise plugin.PluginFault("the plug-in's table is empty")
        return checked(pair, ctx)

    monkeypatch.setattr(api, "check_pair", check_pair)
    sent = _dask_batch(list(_pairs(_corpus(tmp_path, docs=3))), Config(select=("A101",)))

    class Done:
        def result(self, timeout=None):
            return sent

    outcomes, error = _dask_result(Done())  # the worker's own process: the error itself
    assert len(outcomes) == 2 and type(error) is plugin.PluginFault
    del plugin.PluginFault  # the client: the module without the class, then no module at all
    for lacking in (lambda: None, lambda: sys.modules.pop(plugin.__name__)):
        lacking()
        outcomes, error = _dask_result(Done())
        assert len(outcomes) == 2
        assert (type(error).__name__, str(error)) == ("PluginFault", "the plug-in's table is empty")


@pytest.mark.parametrize("address", ["localhost", "tcp://127.0.0.1:port", "udp://127.0.0.1:8786"])
def test_a_scheduler_address_dask_cannot_parse_is_one_line_naming_the_option(tmp_path, address):
    # Dask's parser raises ValueError ("missing port number in address 'localhost'"), which the CLI said as
    # "internal error: ValueError: ..."; a mistyped option is the user's input: one line, exit 2, no report
    from click.testing import CliRunner

    from mtqa.cli import main

    pytest.importorskip("dask.distributed")
    out = tmp_path / "report.json"
    done = CliRunner().invoke(main, ["check", _corpus(tmp_path, docs=2), "--select", "A101", "--scheduler", address,
                                     "-o", str(out)])
    lines = done.output.strip().splitlines()
    assert done.exit_code == 2 and len(lines) == 1, done.output
    assert lines[0].startswith(f"mtqa: error: --scheduler: {address!r} is no Dask scheduler address"), lines[0]
    assert not out.exists()


_CHECK_ENDS_RUN = """
import sys
import mtqa.api as api

raised, mode = sys.argv[1], sys.argv[2]
checked = api.check_pair

def check_pair(pair, ctx):
    if pair.id == "d5":
        raise KeyboardInterrupt if raised == "KeyboardInterrupt" else SystemExit(3)
    return checked(pair, ctx)

api.check_pair = check_pair
extra = {"serial": [], "workers": ["--workers", "2"]}.get(mode)
if extra is None:
    import warnings
    from dask.distributed import LocalCluster

    with warnings.catch_warnings():  # the test's own cluster may warn about a port in use
        warnings.simplefilter("ignore")
        cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None)
    extra = ["--scheduler", cluster.scheduler_address]
from mtqa.cli import main

main([*sys.argv[3:], *extra], prog_name="mtqa")
"""


@pytest.mark.parametrize("mode", ["serial", "workers", "dask"])
@pytest.mark.parametrize("raised, code, said", [
    ("KeyboardInterrupt", 130, "mtqa: interrupted by SIGINT; a report file (-o) is left as it was"),
    ("SystemExit", 2, "mtqa: error: checking document 'd5' raised SystemExit(3) (a check called sys.exit): the run "
                      "stops there with no complete report (a report file (-o) is left as it was)"),
])
def test_a_check_that_raises_keyboardinterrupt_or_systemexit_ends_every_mode_alike(tmp_path, mode, raised, code, said):
    # a check's KeyboardInterrupt killed a forked worker ("a worker process ended...", exit 2) and hung a Dask run
    # with a traceback; its SystemExit(3) ended a serial run with exit 3 and no word (SystemExit(None): exit 0, a
    # CI job passed with no report); now one line per case, the same in every mode, and the old report untouched
    import os
    import subprocess
    import sys

    if mode.startswith("dask"):
        pytest.importorskip("dask.distributed")
    path, out = _corpus(tmp_path), tmp_path / "report.json"
    out.write_text("the previous report\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "MTQA_DEBUG"}
    done = subprocess.run([sys.executable, "-c", _CHECK_ENDS_RUN, raised, mode, "check", path, "--select", "A101",
                           "--format", "json", "-o", str(out)], capture_output=True, text=True, timeout=120, env=env)
    assert (done.returncode, done.stderr.strip().splitlines()) == (code, [said])
    assert out.read_text(encoding="utf-8") == "the previous report\n"
    assert sorted(os.listdir(tmp_path)) == ["c.jsonl", "report.json"]  # no temporary report left beside it


def test_a_dask_worker_running_other_mtqa_code_refuses_in_one_line(tmp_path):
    # a worker started from another mtqa (another version, or the same version number with other code) checked
    # silently with its own rules: the client now sends its code identity beside its data fingerprint
    from mtqa.distributed import _dask_batch, _dask_result, code_identity
    from mtqa.errors import UsageError
    from mtqa.langs.data import fingerprint

    batch = list(_pairs(_corpus(tmp_path, docs=2)))

    class Done:
        def __init__(self, sent):
            self.sent = sent

        def result(self, timeout=None):
            return self.sent

    outcomes, error = _dask_result(Done(_dask_batch(batch, Config(select=("A101",)), (*fingerprint(), code_identity()))))
    assert len(outcomes) == 2 and error is None
    other = "0.0.9 (0123456789ab)"
    outcomes, error = _dask_result(Done(_dask_batch(batch, Config(select=("A101",)), (*fingerprint(), other))))
    assert outcomes == [] and isinstance(error, UsageError) and "\n" not in str(error)
    assert str(error).startswith(f"the Dask workers run other mtqa code than this run: mtqa {other} here and "
                                 f"{code_identity()} on ")
    import mtqa

    assert code_identity().startswith(mtqa.__version__ + " (") and code_identity.cache_info().currsize == 1


_CHECK_TOO_DEEP = """
import sys
from mtqa.checks import registry

mode, _, real = sys.argv[1].partition("+")
cls = registry.get(sys.argv[2])
checked = cls.check

def deeper(at):  # a real recursion: the error's traceback then holds about a thousand frames
    return deeper(at + 1)

def check(self, segment, *args):
    if "rocket 5 flew 2" in segment.text:  # a segment too deep for one of the checks
        if real:
            deeper(0)
        raise RecursionError("maximum recursion depth exceeded")
    return checked(self, segment, *args)

cls.check = check
extra = {"serial": [], "workers": ["--workers", "2"]}.get(mode)
if extra is None:
    import warnings
    from dask.distributed import LocalCluster

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None)
    extra = ["--scheduler", cluster.scheduler_address]
from mtqa.cli import main

main([*sys.argv[3:], *extra], prog_name="mtqa")
"""


@pytest.mark.parametrize("mode", ["serial", "workers", "dask", "dask+recursion"])
def test_a_check_too_deep_for_a_segment_names_the_file_line_and_check_in_every_mode(tmp_path, mode):
    # a RecursionError in a check (a segment nesting brackets deeper than a call per bracket allows) said
    # "internal error: RecursionError: maximum recursion depth exceeded" and named neither the input nor the check.
    # dask+recursion: a real recursion in an in-process Dask worker said "internal error: InputError: ...", as
    # Dask's traceback pickling (tblib) recursed again on the error's chained RecursionError and its frames
    import os
    import subprocess
    import sys

    if mode.startswith("dask"):
        pytest.importorskip("dask.distributed")
    path, out = _corpus(tmp_path), tmp_path / "report.json"
    out.write_text("the previous report\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "MTQA_DEBUG"}
    done = subprocess.run([sys.executable, "-c", _CHECK_TOO_DEEP, mode, "L101", "check", path, "--select", "L101",
                           "--format", "json", "-o", str(out)], capture_output=True, text=True, timeout=120, env=env)
    line = next(n for n, text in enumerate(open(path, encoding="utf-8"), 1) if "rocket 5 flew 2" in text)
    assert (done.returncode, done.stderr.strip().splitlines()) == (2, [
        f"mtqa: error: {path}:{line}: check L101 could not read this segment: it nests deeper than Python's recursion "
        "limit (RecursionError); the run stops there with no complete report (a report file (-o) is left as it was)"])
    assert out.read_text(encoding="utf-8") == "the previous report\n"


@pytest.mark.parametrize("address, settings, said", [
    ("tls://127.0.0.1:1", {}, "tls://127.0.0.1:1 is a TLS address and this client has no TLS context"),
    ("tls://127.0.0.1:1", {"distributed.comm.tls.ca-file": "/no/such/ca.pem"},  # no client cert
     "tls://127.0.0.1:1 is a TLS address and this client has no TLS context"),
    ("tcp://127.0.0.1:1", {"distributed.comm.require-encryption": True},
     "tcp://127.0.0.1:1 is not encrypted and Dask's configuration requires encryption"),
    ("ws://127.0.0.1:1", {"distributed.comm.require-encryption": True},  # waited 20 s for the connection timeout
     "ws://127.0.0.1:1 is not encrypted and Dask's configuration requires encryption"),
    ("tls://127.0.0.1:1", {"distributed.comm.tls.ca-file": "/no/such/ca.pem",
                           "distributed.comm.tls.client.cert": "/no/such/client.pem"},
     "the Dask TLS settings for tls://127.0.0.1:1 cannot be used (ca-file /no/such/ca.pem, client cert "
     "/no/such/client.pem): No such file or directory"),
])
def test_a_scheduler_this_client_cannot_secure_is_one_line_naming_the_address(tmp_path, address, settings, said):
    # a tls:// address with no TLS settings said "internal error: TypeError: TLS expects a `ssl_context` argument",
    # a tcp:// one under require-encryption "internal error: RuntimeError", a missing certificate file "cannot reach
    # the Dask scheduler ([Errno 2] No such file or directory)"
    from click.testing import CliRunner

    pytest.importorskip("dask.distributed")
    import dask

    from mtqa.cli import main

    out = tmp_path / "report.json"
    with dask.config.set(settings):
        done = CliRunner().invoke(main, ["check", _corpus(tmp_path, docs=2), "--select", "A101", "--scheduler",
                                         address, "-o", str(out)])
    lines = done.output.strip().splitlines()
    assert done.exit_code == 2 and len(lines) == 1, done.output
    assert lines[0].startswith(f"mtqa: error: --scheduler: {said}"), lines[0]
    assert not out.exists()


def test_websocket_addresses_are_judged_for_encryption_before_any_connection():
    # Dask's websocket connectors have no "encrypted" flag and never apply require-encryption: a ws:// address
    # under it went on to connect (in clear to a scheduler that answered, else 20 s until the timeout)
    pytest.importorskip("dask.distributed")
    import dask

    from mtqa.distributed import _secured
    from mtqa.errors import UsageError

    with dask.config.set({"distributed.comm.require-encryption": True}):
        with pytest.raises(UsageError, match="ws://127.0.0.1:1 is not encrypted"):
            _secured("ws://127.0.0.1:1", "ws")
        _secured("wss://127.0.0.1:1", "wss")  # encrypted; the system's authorities check the certificate
    with dask.config.set({"distributed.comm.require-encryption": False}):
        _secured("ws://127.0.0.1:1", "ws")
        _secured("wss://127.0.0.1:1", "wss")


def test_an_issue_holding_values_whose_class_only_the_dask_worker_has_reads_as_in_a_serial_run(tmp_path, monkeypatch):
    # a plug-in installed on the workers alone may write an issue's text as its own str subclass, its confidence as
    # its own float (a numpy scalar on a client without numpy): the client failed to unpickle the whole batch and
    # said "internal error: ModuleNotFoundError", losing every document of it
    import dataclasses
    import sys
    import types

    import threading

    import mtqa.distributed as distributed
    from mtqa.checks import registry
    from mtqa.distributed import _dask_batch, _dask_result, _merge

    monkeypatch.setattr(distributed, "_CONTEXTS", threading.local())  # a Context of its own: its checks patched

    plugin = types.ModuleType("mtqa_worker_only_values")
    plugin.Text = type("Text", (str,), {"__module__": plugin.__name__})
    plugin.Score = type("Score", (float,), {"__module__": plugin.__name__})
    monkeypatch.setitem(sys.modules, plugin.__name__, plugin)
    cls = registry.get("A101")
    checked = cls.check

    def check(self, *args):
        return [dataclasses.replace(i, message=plugin.Text(i.message), text=plugin.Text(i.text),
                                    suggestion=plugin.Text("a fix"), confidence=plugin.Score(0.75))
                for i in checked(self, *args)]

    monkeypatch.setattr(cls, "check", check)
    pairs = list(_pairs(_corpus(tmp_path, docs=4)))
    sent = _dask_batch(pairs, Config(select=("A101",)))
    monkeypatch.setattr(cls, "check", checked)
    del plugin.Text, plugin.Score  # the client: the module without the classes, then no module at all

    class Done:
        def result(self, timeout=None):
            return sent

    for lacking in (lambda: None, lambda: sys.modules.pop(plugin.__name__)):
        lacking()
        outcomes, error = _dask_result(Done())
        assert error is None and len(outcomes) == 4
        issues = [i for pair, outcome in zip(pairs, outcomes) for i in _merge(pair, outcome).issues]
        assert [(i.code, i.suggestion, i.confidence) for i in issues] == [("A101", "a fix", 0.75)]
        assert all(type(getattr(i, f)) in (str, float, int) or f == "severity" for i in issues
                   for f in ("message", "text", "suggestion", "confidence", "line"))


def test_the_dask_code_identity_covers_code_and_data_not_documentation(tmp_path):
    # a worker checks and the client renders the report (rule documentation from its own classes): a worker whose
    # package differed only in a data folder's SOURCES.md gave the same results but was refused as "other mtqa code"
    from pathlib import Path

    from mtqa.distributed import _package_digest, code_identity

    import mtqa

    root = tmp_path / "mtqa"
    (root / "data" / "names").mkdir(parents=True)
    files = {"checks.py": "RULES = 1\n", "data/names/table.tsv": "a\tb\n", "data/names/SOURCES.md": "# From X\n"}
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    first = _package_digest(root)
    (root / "data" / "names" / "SOURCES.md").write_text("# From X, fetched again\n", encoding="utf-8")
    assert _package_digest(root) == first
    for name in ("checks.py", "data/names/table.tsv"):
        (root / name).write_text(files[name] + "more\n", encoding="utf-8")
        assert _package_digest(root) != first
        first = _package_digest(root)
    assert code_identity() == f"{mtqa.__version__} ({_package_digest(Path(mtqa.__file__).resolve().parent)[:12]})"


def test_a_check_too_deep_mid_stream_does_not_deny_the_documents_jsonl_already_wrote(tmp_path):
    # --format jsonl on standard output streams each document as it is checked: the error line said "no report
    # is written" under the five documents it had written before the segment too deep for a check
    import os
    import subprocess
    import sys

    path = _corpus(tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "MTQA_DEBUG"}
    done = subprocess.run([sys.executable, "-c", _CHECK_TOO_DEEP, "serial", "L101", "check", path, "--select", "L101",
                           "--format", "jsonl"], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 2 and [json.loads(line)["id"] for line in done.stdout.splitlines()] == [
        f"d{d}" for d in range(5)]
    assert done.stderr.strip().endswith("; the run stops there with no complete report (a report file (-o) is left "
                                        "as it was)"), done.stderr


def test_a_source_sentence_too_deep_for_a_check_is_named_by_the_source_file_and_line(tmp_path, monkeypatch):
    # a check that recursed on a source sentence was reported at the target segment's file and line, where
    # nothing is wrong. The check here reads each source text with a call per opening bracket (a real recursion)
    def recurse(segment, sources, *args):
        for s in sources:
            if "(" in s.text:
                _depth(s.text, s.text.index("("))

    line, _, source = _too_deep_line(
        tmp_path, monkeypatch, "L101", recurse, "It voted 12 to 3" + ", then 12 to 3" * 90 + ".",
        "Il a voté 12 contre 3" + ", puis 12 contre 3" * 40 + " " + "(" * 1100 + ".")
    assert line.splitlines() == [
        f"mtqa: error: {source}:5: check L101 could not read this segment of the source: it nests deeper than "
        "Python's recursion limit (RecursionError); the run stops there with no complete report (a report file "
        "(-o) is left as it was)"], line


def test_a_source_title_too_deep_for_a_check_is_named_as_the_title_not_as_a_line_of_the_target(tmp_path,
                                                                                                 monkeypatch):
    # a source given as a title alone (--source-title, NAME.fr-title.txt) has no file: the error said
    # "a.en.txt:1: ... could not read this segment of the source", a line of the target that is no source
    from click.testing import CliRunner

    from mtqa.checks import registry
    from mtqa.cli import main

    def check(self, segment, sources, *args):
        for s in sources:
            if "(" in s.text:
                _depth(s.text, s.text.index("("))  # a call per opening bracket of the text
        return checked(self, segment, sources, *args)

    cls = registry.get("L101")
    checked = cls.check
    monkeypatch.setattr(cls, "check", check)
    target = tmp_path / "a.en.txt"
    target.write_text("A headline 12.5\n\nThe council met 12.5 times.\n", encoding="utf-8")
    done = CliRunner().invoke(main, ["check", str(target), "--source-title", "Un titre 12,5 " + "(" * 1100,
                                     "--select", "L101", "-o", str(tmp_path / "r.json")])
    assert done.exit_code == 2, done.output
    assert done.output.strip().splitlines() == [
        f"mtqa: error: {target}: check L101 could not read the source title of document 'a.en.txt': it nests "
        "deeper than Python's recursion limit (RecursionError); the run stops there with no complete report (a "
        "report file (-o) is left as it was)"], done.output


def _too_deep_line(tmp_path, monkeypatch, code, recurse, target_text, source_text):
    """The one error line of checking a three-segment pair whose check ``code`` runs ``recurse(self, *args)``
    first."""
    from click.testing import CliRunner

    from mtqa.checks import registry
    from mtqa.cli import main

    cls = registry.get(code)
    checked = cls.check

    def check(self, *args):
        recurse(*args)
        return checked(self, *args)

    monkeypatch.setattr(cls, "check", check)
    target, source = tmp_path / "a.en.txt", tmp_path / "a.fr.txt"
    target.write_text(f"A headline\n\nThe council met.\n\n{target_text}\n", encoding="utf-8")
    source.write_text(f"Un titre\n\nLe conseil s'est réuni.\n\n{source_text}\n", encoding="utf-8")
    done = CliRunner().invoke(main, ["check", str(target), "--source", str(source), "--select", code,
                                     "-o", str(tmp_path / "r.json")])
    assert done.exit_code == 2, done.output
    return done.output.strip(), target, source


def _depth(items, at: int = 0) -> int:
    """A real recursion, one call per "(" of ``items`` (a text, or its characters as a list)."""
    return _depth(items, at + 1) if at < len(items) and items[at] == "(" else at


def test_a_check_reading_both_texts_too_deep_on_the_target_names_the_target(tmp_path, monkeypatch):
    # the error line was placed at the first text any frame held, here the source sentence the check had read
    # before it recursed on the target's characters: "a.fr.txt:5: ... this segment of the source", a line with
    # nothing wrong on it
    def recurse(segment, sources, *args):
        source_text = sources[0].text if sources else ""
        target_text = segment.text
        if "(" in target_text and source_text:
            _depth(list(target_text), target_text.index("("))

    line, target, _ = _too_deep_line(
        tmp_path, monkeypatch, "L101", recurse,
        "It voted 12,5 to 3" + ", then 12 to 3" * 60 + " " + "(" * 1100 + ".",
        "Il a voté 12 contre 3" + ", puis 12 contre 3" * 60 + ".")
    assert line.startswith(f"mtqa: error: {target}:5: check L101 could not read this segment: "), line


def test_a_document_check_too_deep_on_no_text_names_the_document(tmp_path, monkeypatch):
    # a document check's RecursionError was placed at the last target segment ("a.en.txt:5: ... this
    # segment"), whose text the loop over segments had left in a variable, not at the document it was reading
    def recurse(pair, ctx):
        _depth(["("] * 1100)

    line, target, _ = _too_deep_line(tmp_path, monkeypatch, "A401", recurse, "It voted 12 to 3.",
                                     "Il a voté 12 contre 3.")
    assert line.startswith(f"mtqa: error: {target}: check A401 could not read document "), line


def _collector_after_a_dask_batch(tmp_path, monkeypatch, own_process: bool):
    import gc

    from mtqa import compiled, distributed

    monkeypatch.setattr(compiled, "_FREEZE_LOADED", False)
    monkeypatch.setattr(distributed, "_own_worker_process", lambda: own_process)
    distributed._collect_seldom_here.cache_clear()
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        distributed._dask_batch(list(_pairs(_corpus(tmp_path, docs=2))), Config(select=("A101",)))
        return gc.get_threshold()[0], compiled._FREEZE_LOADED
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()
        distributed._collect_seldom_here.cache_clear()


def test_a_dask_worker_process_collects_as_seldom_as_a_forked_worker(tmp_path, monkeypatch):
    # check_batch raised the threshold for its batch only: the worker's own came back at its end and the next
    # allocation walked what the batch left alive; its tables were walked again by the middle collections
    from mtqa.collector import RUN_GC_THRESHOLD

    assert _collector_after_a_dask_batch(tmp_path, monkeypatch, own_process=True) == (RUN_GC_THRESHOLD, True)


def test_a_program_running_dask_workers_in_its_own_process_keeps_its_collector(tmp_path, monkeypatch):
    assert _collector_after_a_dask_batch(tmp_path, monkeypatch, own_process=False) == (700, False)


def test_a_process_outside_any_dask_worker_is_not_a_worker_process():
    from mtqa.distributed import _own_worker_process

    assert not _own_worker_process()


class _Finished:
    """A Dask future whose task has already run: what a fake cluster's ``submit`` hands back."""

    def __init__(self, value):
        self.value = value

    def result(self, timeout=None):
        return self.value

    def done(self):
        return True

    def cancel(self):
        return False


def test_a_dask_task_carries_its_documents_and_configuration_as_bytes(tmp_path, monkeypatch):
    # Dask's scheduler unpickles every task's arguments and pickles them again for the worker: handed documents,
    # it did so for every batch (and had to import mtqa). Pickled by the client, they pass through it as bytes,
    # and the worker's results are those of a serial run. The pickling is Dask's own: without the dask extra, skip.
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from contextlib import contextmanager

    import mtqa.distributed as mtqa_distributed

    sent = []

    @contextmanager
    def cluster(scheduler, warn=None):
        def submit(func, *args, worker=None):
            sent.append(args)
            return _Finished(func(*args))

        yield submit, ["tcp://a:1", "tcp://b:1"]

    monkeypatch.setattr(mtqa_distributed, "_dask", cluster)
    path = _corpus(tmp_path, systems=2)
    config = Config(select=("A101",))
    serial = _summary(run(_pairs(path), Context(config)))
    on_dask = _summary(run_parallel(_pairs(path), config, scheduler="tcp://a:1", batch_segments=7))
    assert on_dask == serial and len(sent) > 2
    assert all(isinstance(pairs, bytes) and isinstance(conf, bytes) and all(isinstance(v, str) for v in data)
               for pairs, conf, data in sent)


def test_a_dask_run_sends_batches_of_its_own_size_and_a_local_run_of_the_local_one(tmp_path, monkeypatch):
    # each Dask task costs milliseconds of CPU in the client, the scheduler and the worker's event loop, where a
    # forked worker reads its batch from a pipe: by default a Dask run cuts larger batches (DASK_BATCH_SEGMENTS)
    # than local workers (BATCH_SEGMENTS); a size the caller gives is used by both
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    import pickle
    from contextlib import contextmanager

    import mtqa.distributed as mtqa_distributed
    import mtqa.routing as routing

    sizes = []

    @contextmanager
    def cluster(scheduler, warn=None):
        def submit(func, pairs, *args, worker=None):
            sizes.append(sum(len(p.target.segments) for p in pickle.loads(pairs)))
            return _Finished(func(pairs, *args))

        yield submit, ["tcp://a:1", "tcp://b:1"]

    seen = []
    routed = routing.routed_in_order

    def spy(submit, pairs, workers, size, *args, **kwargs):
        seen.append(size)
        return routed(submit, pairs, workers, size, *args, **kwargs)

    monkeypatch.setattr(mtqa_distributed, "_dask", cluster)
    monkeypatch.setattr(routing, "routed_in_order", spy)
    monkeypatch.setattr(mtqa_distributed, "DASK_BATCH_SEGMENTS", 15)
    monkeypatch.setattr(mtqa_distributed, "BATCH_SEGMENTS", 5)
    path = _corpus(tmp_path, docs=12, per_doc=5)  # 60 segments
    config = Config(select=("A101",))
    serial = _summary(run(_pairs(path), Context(config)))
    assert _summary(run_parallel(_pairs(path), config, scheduler="tcp://a:1")) == serial
    assert seen == [15] and sum(sizes) == 60 and max(sizes) == 15 and len(sizes) < 12
    sizes.clear()
    assert _summary(run_parallel(_pairs(path), config, scheduler="tcp://a:1", batch_segments=5)) == serial
    assert seen == [15, 5] and max(sizes) == 5 and len(sizes) == 12
    assert _summary(run_parallel(_pairs(path), config, workers=2)) == serial
    assert seen == [15, 5, 5]
