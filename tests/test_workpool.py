"""Workers forked from a warm zygote: the parent reads while the zygote warms, and holds none of its state.

Every scenario runs in a child Python process: forking is only safe from a
process without threads, and the test process may have some (Dask tests).
"""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the zygote forks (Linux)")


def _in_child(program: str, timeout: float = 300) -> dict:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(program)], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _corpus(tmp_path, docs=200) -> str:
    path = tmp_path / "c.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for d in range(docs):
            for s in range(3):
                f.write(json.dumps({"doc": f"d{d}", "source": f"Le bateau {d} a coulé {s} fois.",
                                    "target": f"Boat {d} sank {s} times."}) + "\n")
    return str(path)


def test_the_parent_reads_ahead_while_the_zygote_warms_and_never_warms_itself(tmp_path):
    # the zygote's first build of the checks waits (up to 20 s) until the parent has read 40 documents, more
    # than the steady window of 6 batches of 4 segments holds: it can only see them if the parent reads while
    # the zygote warms; the old design warmed in the parent before reading anything
    path = _corpus(tmp_path)
    marker = tmp_path / "read40"
    result = _in_child(f"""
        import json, os, time
        from pathlib import Path
        from mtqa import distributed
        from mtqa.api import run
        from mtqa.config import Config
        from mtqa.context import Context
        from mtqa.readers.jsonl import read_jsonl

        marker = Path({str(marker)!r})
        seen = {{}}

        built = distributed._context

        def warm(config):
            if not seen:  # the zygote's first call, before it checks its first batch and forks the workers
                seen["warm"] = True
                deadline = time.monotonic() + 20
                while not marker.exists() and time.monotonic() < deadline:
                    time.sleep(0.01)
                Path({str(tmp_path / "warm.json")!r}).write_text(json.dumps([os.getpid(), marker.exists()]))
            return built(config)

        def pairs():
            for n, pair in enumerate(read_jsonl({path!r}, source_lang="fr", target_lang="en")):
                if n == 40:
                    marker.touch()
                yield pair

        distributed._context = warm
        config = Config(select=("A101", "A401"))
        start = time.monotonic()
        ids = [(r.pair.id, r.score, len(r.issues)) for r in distributed.run_parallel(pairs(), config, workers=2,
                                                                                    batch_segments=4)]
        serial = [(r.pair.id, r.score, len(r.issues)) for r in run(pairs(), Context(config))]
        warm_pid, saw_marker = json.loads(Path({str(tmp_path / "warm.json")!r}).read_text())
        print(json.dumps({{"same": ids == serial, "docs": len(ids), "warm_elsewhere": warm_pid != os.getpid(),
                          "saw_marker": saw_marker, "seconds": time.monotonic() - start}}))
    """)
    assert result["same"] and result["docs"] == 200
    assert result["warm_elsewhere"]
    assert result["saw_marker"] and result["seconds"] < 20


_POOL = """
    import json, os, signal, time
    from mtqa.workpool import ForkedPool, WorkerLost

    def descendants():
        out, todo = [], [os.getpid()]
        while todo:
            pid = todo.pop()
            try:
                kids = [int(p) for p in open(f"/proc/{pid}/task/{pid}/children").read().split()]
            except OSError:
                kids = []
            for kid in kids:
                if open(f"/proc/{kid}/stat").read().split(") ")[1].split()[0] != "Z":
                    out.append(kid)
                    todo.append(kid)
        return out

    def first_said(task, timeout=30):  # what waiting for task said first (its value, or Progress), and when
        from mtqa.routing import Progress

        start = time.monotonic()
        try:
            task.result_or_progress(timeout)
            said = "value"
        except Progress:
            said = "progress"
        return said, time.monotonic() - start
"""


def test_a_wait_for_one_batch_ends_as_soon_as_another_batch_ends_first():
    # the router, while reading, waits for the next batch in order but must refill a worker that ended a
    # batch meanwhile: the forked pool says so at once (Progress), where the router used to look every 50 ms
    result = _in_child(_POOL + """
    pool = ForkedPool(2, lambda: None, lambda seconds: time.sleep(seconds) or seconds)
    slow, quick = pool.submit(3.0, worker=0), pool.submit(0.0, worker=1)
    said, waited = first_said(slow)
    value, other = slow.result(30), quick.result(30)
    pool.close()
    print(json.dumps({"said": said, "waited": waited, "values": [value, other]}))
    """)
    assert result["said"] == "progress" and result["waited"] < 2.5
    assert result["values"] == [3.0, 0.0]


def test_results_come_back_by_batch_and_a_workers_exception_is_raised_in_the_parent():
    result = _in_child(_POOL + """
    def serve(batch):
        if batch == "bad":
            raise ValueError("bad batch")
        return [x * 2 for x in batch], os.getpid()

    pool = ForkedPool(2, lambda: None, serve)
    tasks = [pool.submit(list(range(n))) for n in range(20)]
    bad = pool.submit("bad")
    values = [t.result(60) for t in reversed(tasks)][::-1]
    try:
        bad.result(60)
        error = None
    except ValueError as exc:
        error = str(exc)
    deadline = time.monotonic() + 30  # the zygote may still be forking the second worker
    while len(descendants()) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    during = len(descendants())
    pool.close()
    print(json.dumps({"values": [v for v, _ in values], "pids": len({p for _, p in values}) <= 2,
                      "error": error, "during": during, "after": descendants()}))
    """)
    assert result["values"] == [[x * 2 for x in range(n)] for n in range(20)]
    assert result["pids"] and result["error"] == "bad batch"
    assert result["during"] == 3  # the zygote and two workers
    assert result["after"] == []


def test_a_worker_that_dies_ends_the_wait_with_an_error():
    result = _in_child(_POOL + """
    def serve(batch):
        if batch == "die":
            os._exit(9)
        return batch

    pool = ForkedPool(2, lambda: None, serve)
    pool.submit("fine").result(60)
    dying = pool.submit("die")
    start = time.monotonic()
    try:
        dying.result(60)
        error = None
    except WorkerLost as exc:
        error = str(exc)
    waited = time.monotonic() - start
    pool.terminate()
    print(json.dumps({"error": error, "waited": waited, "after": descendants()}))
    """)
    assert result["error"] and "worker" in result["error"]
    assert result["waited"] < 30
    assert result["after"] == []


def test_stopping_early_leaves_no_process_even_while_the_zygote_warms_or_workers_are_busy():
    result = _in_child(_POOL + """
    stuck_warming = ForkedPool(2, lambda: time.sleep(60), lambda batch: batch)
    time.sleep(0.3)
    start = time.monotonic()
    stuck_warming.terminate()
    warming = time.monotonic() - start

    busy = ForkedPool(2, lambda: None, lambda batch: time.sleep(60))
    for _ in range(4):
        busy.submit(None)
    while not busy.ready():
        time.sleep(0.05)
    deadline = time.monotonic() + 30
    while len(descendants()) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    count = len(descendants())
    start = time.monotonic()
    busy.terminate()
    print(json.dumps({"warming": warming, "busy": time.monotonic() - start, "count": count,
                      "after": descendants()}))
    """)
    assert result["count"] == 3
    assert result["warming"] < 5 and result["busy"] < 5
    assert result["after"] == []


def test_the_pool_says_it_is_warming_until_the_zygote_is_ready():
    """The parent reads ahead (placing nothing: :func:`mtqa.routing.routed_in_order`) while ``warming()``."""
    result = _in_child(_POOL + """
    warming = ForkedPool(2, lambda: time.sleep(60), len)
    during = warming.warming()
    warming.terminate()

    warm = ForkedPool(2, lambda: None, len)
    deadline = time.monotonic() + 30
    while not warm.ready() and time.monotonic() < deadline:
        time.sleep(0.05)
    after = warm.warming()
    warm.close()
    print(json.dumps({"during": during, "after": after, "left": descendants()}))
    """)
    assert result["during"] is True and result["after"] is False
    assert result["left"] == []


def test_a_fork_that_fails_leaves_the_interrupts_unblocked_and_no_pipe_open():
    # os.fork can fail (EAGAIN: a process limit); the interrupts blocked around it stayed blocked in the
    # parent (Ctrl-C ignored from then on) and the pool's pipes stayed open
    result = _in_child(_POOL + """
    import errno

    def fds():
        return sorted(os.listdir("/proc/self/fd"))

    before = fds()

    def no_fork():
        raise OSError(errno.EAGAIN, "Resource temporarily unavailable")

    os.fork = no_fork
    try:
        ForkedPool(2, lambda: None, len)
        raised = False
    except OSError:
        raised = True
    blocked = sorted(int(s) for s in signal.pthread_sigmask(signal.SIG_BLOCK, []))
    print(json.dumps({"raised": raised, "blocked": blocked, "leaked": len(fds()) - len(before)}))
    """)
    assert result["raised"]
    assert result["blocked"] == []
    assert result["leaked"] == 0


def test_a_batch_sent_to_a_worker_is_served_by_that_worker_only():
    # the routing of documents by source (mtqa.routing) relies on it: one source's batches, one worker's caches
    result = _in_child(_POOL + """
    pool = ForkedPool(2, lambda: None, lambda batch: os.getpid())
    tasks = [(n % 2, pool.submit(n, worker=n % 2)) for n in range(12)]
    pids = {0: set(), 1: set()}
    for worker, task in tasks:
        pids[worker].add(task.result(60))
    pool.close()
    print(json.dumps({"pids": {w: sorted(p) for w, p in pids.items()}, "after": descendants()}))
    """)
    pids = result["pids"]
    assert len(pids["0"]) == 1 and len(pids["1"]) == 1 and pids["0"] != pids["1"]
    assert result["after"] == []


def test_many_workers_fit_in_a_low_open_file_limit_or_are_refused_in_one_line(tmp_path):
    # a pipe of tasks and a life line per worker: 4 descriptors each while the zygote forks. Under a soft
    # limit of 64 open files (the hard one higher, as usual) 20 workers must still run, as they did with one
    # shared task pipe; past the hard limit, one line names --workers, never an internal error
    import resource

    path = _corpus(tmp_path, docs=12)

    def mtqa(*args, soft, hard=None):
        def limit():
            resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard or resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
        return subprocess.run([sys.executable, "-m", "mtqa", "check", path, "--format", "jsonl", *args],
                              cwd=ROOT, capture_output=True, text=True, timeout=300, preexec_fn=limit)

    serial = mtqa(soft=64)
    many = mtqa("--workers", "20", soft=64)
    assert many.returncode == serial.returncode, many.stderr
    assert many.stdout == serial.stdout
    refused = mtqa("--workers", "40", soft=64, hard=64)
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "--workers" in refused.stderr and "internal" not in refused.stderr


def test_a_worker_lost_in_a_cli_run_is_one_line_and_exit_2_not_an_internal_error(tmp_path, monkeypatch):
    """A worker killed by the out-of-memory killer (or by hand) is no bug of mtqa: the run ends with one
    line saying what happened, exit 2, and the report file is not written; before, it was reported as
    "internal error: WorkerLost"."""
    from click.testing import CliRunner

    from mtqa import distributed
    from mtqa.cli import main
    from mtqa.workpool import WorkerLost

    def lost(pairs, conf, **_kwargs):
        for _pair in pairs:
            raise WorkerLost("a worker process ended before the run did (killed, or out of memory?)")
        yield from ()

    monkeypatch.setattr(distributed, "run_parallel", lost)
    target, out = tmp_path / "a.en.txt", tmp_path / "report.json"
    target.write_text("Title\n\nThe minister spoke on Tuesday.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(target), "--workers", "2", "--format", "json", "-o", str(out)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mtqa: error: a worker process ended"), result.output
    assert "internal error" not in result.output and not out.exists()


def _wait_writing(pid: int, seconds: float = 60) -> bool:
    """Whether process ``pid`` is blocked writing into a pipe (``/proc``'s wait channel), within ``seconds``."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if "pipe_write" in Path(f"/proc/{pid}/wchan").read_text():
                return True
        except OSError:
            return False
        time.sleep(0.01)
    return False


def test_a_worker_killed_in_the_middle_of_writing_a_large_result_ends_the_wait_not_hangs(tmp_path):
    # one result larger than the result pipe: the worker blocks half-way through writing it (the parent is not
    # reading yet) and is killed there. The parent then reads a partial message; before, it waited for the
    # rest for ever, because the other worker (idle) still held the shared result pipe's write end
    pidfile = tmp_path / "pid"
    result = _in_child(_POOL + f"""
    from pathlib import Path
    import sys
    sys.path.insert(0, {str(Path(__file__).parent)!r})
    from test_workpool import _wait_writing

    def serve(batch):
        if batch == "big":
            Path({str(pidfile)!r}).write_text(str(os.getpid()))
            return b"x" * (16 << 20)  # far more than a pipe holds
        return batch

    pool = ForkedPool(2, lambda: None, serve)
    pool.submit("fine", worker=1).result(60)  # the other worker is up, idle
    big = pool.submit("big", worker=0)
    deadline = time.monotonic() + 60
    while not Path({str(pidfile)!r}).exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    pid = int(Path({str(pidfile)!r}).read_text())
    writing = _wait_writing(pid)
    os.kill(pid, signal.SIGKILL)
    start = time.monotonic()
    try:
        big.result(60)
        error = None
    except WorkerLost as exc:
        error = str(exc)
    waited = time.monotonic() - start
    pool.terminate()
    print(json.dumps({{"writing": writing, "error": error, "waited": waited, "after": descendants()}}))
    """, timeout=120)
    assert result["writing"]  # the kill really came in the middle of the write
    assert result["error"] and "worker" in result["error"]
    assert result["waited"] < 30
    assert result["after"] == []


_HALF_WRITE = """
    import os, struct, sys
    from multiprocessing import connection

    parent, marker = os.getpid(), sys.argv[1]
    send_bytes = connection.Connection.send_bytes

    def half_then_die(self, buf, offset=0, size=None):
        # in the first worker to send a result: half of it, framed as a whole one, then death
        if os.getpid() != parent:
            try:
                os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            except FileExistsError:
                pass
            else:
                data = bytes(buf)
                os.write(self.fileno(), struct.pack("!i", len(data)) + data[:len(data) // 2])
                os._exit(9)
        return send_bytes(self, buf, offset, size)

    connection.Connection.send_bytes = half_then_die
    from mtqa.cli import main

    main(sys.argv[2:], prog_name="mtqa")
"""


def test_a_cli_run_whose_worker_dies_half_way_through_a_result_is_one_line_exit_2_and_no_report(tmp_path):
    # a test-only hook (Connection.send_bytes replaced in the run's process, inherited by its workers): the
    # first worker to answer writes half of its result and dies; the other worker lives on. Before, the parent
    # read the half and waited for the rest for ever
    path, out = _corpus(tmp_path, docs=40), tmp_path / "report.json"
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(_HALF_WRITE), str(tmp_path / "died"), "check", path,
                           "--workers", "2", "--format", "json", "-o", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert (tmp_path / "died").exists()
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mtqa: error: a worker process ended"), done.stderr
    assert not out.exists()


def test_a_timeout_raised_by_a_check_in_a_worker_ends_the_run_not_hangs_and_reads_as_in_a_serial_run(tmp_path):
    # the pool's and Dask's waits raised TimeoutError for "not done yet": a worker's own TimeoutError, re-raised in
    # the parent, was read as that, after its batch's result had been taken, and the run waited for ever. Then the
    # worker wrapped it ("RuntimeError: TimeoutError: ..."), so a parallel run said something else than a serial
    # one; the waits now have a signal of their own, and the check's error comes through as it is
    path = _corpus(tmp_path, docs=12)
    result = _in_child(f"""
        import json
        import mtqa.api as api
        from mtqa import distributed
        from mtqa.config import Config
        from mtqa.context import Context
        from mtqa.readers.jsonl import read_jsonl

        checked = api.check_pair

        def check_pair(pair, ctx):
            if pair.id == "d3":
                raise TimeoutError("a plug-in's socket timed out")
            return checked(pair, ctx)

        api.check_pair = check_pair
        config = Config(select=("A101",))
        said = {{}}
        for mode in ("parallel", "serial"):  # parallel first: a fork from a process without threads
            pairs = read_jsonl({path!r}, source_lang="fr", target_lang="en")
            seen = []
            try:
                results = (distributed.run_parallel(pairs, config, workers=2, batch_segments=3) if mode == "parallel"
                           else api.run(pairs, Context(config)))
                for r in results:
                    seen.append(r.pair.id)
                said[mode] = None
            except Exception as exc:
                said[mode] = [type(exc).__name__, str(exc), seen]
        print(json.dumps(said))
    """, timeout=60)
    assert result["parallel"] == result["serial"] == ["TimeoutError", "a plug-in's socket timed out", ["d0", "d1", "d2"]]


def test_stopping_a_pool_whose_result_pipe_cannot_be_read_ends_cleanly(tmp_path):
    # terminate() drains each worker's result pipe until its end: an OSError from that read (EIO...) escaped
    # from the stop as a traceback, in place of the error that stopped the run, and left the zygote unreaped
    result = _in_child("""
        import errno, json, os, time
        from mtqa.workpool import ForkedPool

        pool = ForkedPool(2, lambda: None, lambda batch: [x * 2 for x in batch])
        pool.submit([1, 2, 3], 0).result(60)
        pool.submit(list(range(100_000)), 1)  # a result in the pipe, or on its way, when the pool stops
        time.sleep(0.2)

        def unreadable(fd, n):
            raise OSError(errno.EIO, "Input/output error")

        os.read = unreadable
        try:
            pool.terminate()
            said = None
        except Exception as exc:
            said = repr(exc)
        try:
            os.waitpid(-1, os.WNOHANG)
            children = True
        except ChildProcessError:
            children = False
        print(json.dumps({"raised": said, "children": children}))
    """, timeout=60)
    assert result == {"raised": None, "children": False}


def test_a_result_that_cannot_be_pickled_names_its_document_and_the_type_and_ends_as_any_fault(tmp_path):
    # the worker's fallback took the message's error slot, empty for a result: "RuntimeError: NoneType: None"
    path = _corpus(tmp_path, docs=12)
    result = _in_child(f"""
        import json
        import mtqa.api as api
        from mtqa import distributed
        from mtqa.config import Config
        from mtqa.readers.jsonl import read_jsonl

        checked = api.check_pair

        def check_pair(pair, ctx):
            result = checked(pair, ctx)
            if pair.id == "d3":
                result.metrics = {{"plug-in": (n for n in range(3))}}  # a generator: no pickling it
            return result

        api.check_pair = check_pair
        seen = []
        try:
            for r in distributed.run_parallel(read_jsonl({path!r}, source_lang="fr", target_lang="en"),
                                              Config(select=("A101",)), workers=2, batch_segments=6):
                seen.append(r.pair.id)
            said = None
        except Exception as exc:
            said = [type(exc).__name__, str(exc)]
        print(json.dumps({{"said": said, "seen": seen}}))
    """, timeout=60)
    kind, message = result["said"]
    assert kind == "RuntimeError" and "'d3'" in message and "generator" in message, message
    assert result["seen"] == ["d0", "d1", "d2"]


def test_a_check_raising_a_cancelled_error_reads_the_same_serial_and_in_workers_in_one_line(tmp_path):
    # asyncio.CancelledError is a BaseException, not an Exception: a check (a plug-in awaiting a service) that
    # raised one escaped the worker's catch, so the worker died and the run said "a worker process ended ...
    # (killed, or out of memory?)", and a serial CLI run printed a traceback (exit 1); both now end as any
    # other fault of a check, after the documents before it, in one line
    path = _corpus(tmp_path, docs=12)
    program = f"""
        import asyncio, json, sys
        import mtqa.api as api

        checked = api.check_pair

        def check_pair(pair, ctx):
            if pair.id == "d3":
                raise asyncio.CancelledError("the plug-in's call was cancelled")
            return checked(pair, ctx)

        api.check_pair = check_pair
        from mtqa.cli import main
        sys.argv = ["mtqa", "check", {path!r}, "--select", "A101", "--format", "jsonl"] + sys.argv[1:]
        main()
    """
    runs = {}
    for mode, extra in (("serial", []), ("workers", ["--workers", "2"])):
        done = subprocess.run([sys.executable, "-c", textwrap.dedent(program), *extra], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
        ids = [json.loads(line)["id"] for line in done.stdout.splitlines() if line.startswith("{")]
        runs[mode] = (done.returncode, done.stderr, ids)
    assert runs["serial"] == runs["workers"]
    assert runs["serial"][0] == 2
    assert runs["serial"][1].splitlines() == [
        "mtqa: internal error: CancelledError: the plug-in's call was cancelled (set MTQA_DEBUG=1 for details)"]


def test_a_checks_error_that_does_not_travel_back_reads_as_in_a_serial_run(tmp_path):
    # a check's exception whose class needs other arguments than its text (it pickles, but unpickling in the parent
    # raised "TypeError: BadInit.__init__() missing 1 required positional argument"), or that holds what cannot be
    # pickled (said as "RuntimeError: Unpick: ..."): a parallel run named another error than a serial one
    path = _corpus(tmp_path, docs=12)
    result = _in_child(f"""
        import json
        import mtqa.api as api
        from mtqa import distributed
        from mtqa.config import Config
        from mtqa.context import Context
        from mtqa.readers.jsonl import read_jsonl

        class BadInit(Exception):
            def __init__(self, what, why):
                super().__init__(f"{{what}}: {{why}}")

        class Unpick(Exception):
            def __init__(self, text):
                super().__init__(text)
                self.pending = (n for n in range(3))

        checked = api.check_pair
        said = {{}}
        for error in (BadInit("the plug-in", "no answer"), Unpick("the plug-in holds a generator")):
            def check_pair(pair, ctx, error=error):
                if pair.id == "d3":
                    raise error
                return checked(pair, ctx)

            api.check_pair = check_pair
            config = Config(select=("A101",))
            for mode in ("parallel", "serial"):  # parallel first: a fork from a process without threads
                pairs = read_jsonl({path!r}, source_lang="fr", target_lang="en")
                seen = []
                try:
                    results = (distributed.run_parallel(pairs, config, workers=2, batch_segments=3)
                               if mode == "parallel" else api.run(pairs, Context(config)))
                    for r in results:
                        seen.append(r.pair.id)
                    said[type(error).__name__ + " " + mode] = None
                except Exception as exc:
                    said[type(error).__name__ + " " + mode] = [type(exc).__name__, str(exc), seen]
        print(json.dumps(said))
    """, timeout=120)
    assert result["BadInit parallel"] == result["BadInit serial"] == ["BadInit", "the plug-in: no answer",
                                                                      ["d0", "d1", "d2"]]
    assert result["Unpick parallel"] == result["Unpick serial"] == ["Unpick", "the plug-in holds a generator",
                                                                    ["d0", "d1", "d2"]]


def test_the_zygote_checks_a_small_first_batch_itself_before_forking_the_workers():
    # the first batch the parent sends is checked in the zygote (what it loads is then shared by the workers),
    # its result comes back like any other, and the workers are forked only once it is done
    result = _in_child(_POOL + """
    def serve(batch):
        me = os.getpid()
        return batch, me, len(open(f"/proc/{me}/task/{me}/children").read().split())

    pool = ForkedPool(2, lambda: None, serve, first_bytes=1000)
    first = pool.submit("first", worker=1)
    early = first.early
    value, first_pid, children = first.result(60)
    rest = [pool.submit(n, worker=n % 2) for n in range(6)]
    values = [t.result(60) for t in rest]
    pool.close()
    print(json.dumps({"value": value, "early": early, "by_zygote": first_pid == pool._zygote_pid, "children": children,
                      "values": [v for v, _, _ in values],
                      "workers": sorted({p for _, p, _ in values} - {first_pid}), "after": descendants()}))
    """)
    assert result["value"] == "first" and result["early"]
    assert result["by_zygote"] and result["children"] == 0
    assert result["values"] == list(range(6)) and len(result["workers"]) == 2
    assert result["after"] == []


def test_a_large_first_batch_goes_to_its_worker_and_the_others_start_at_once():
    # one long document first must not hold back the rest of the run on one core: past first_bytes the
    # batch goes to its worker, the zygote forks at once, and a batch of the other worker ends first
    result = _in_child(_POOL + """
    def serve(batch):
        if len(batch) > 100:
            time.sleep(3)
        return len(batch), os.getpid()

    pool = ForkedPool(2, lambda: None, serve, first_bytes=100)
    long = pool.submit("x" * 5000, worker=0)
    short = pool.submit("y", worker=1)
    early = [long.early, short.early]
    said, waited = first_said(long)
    (n, long_pid), (m, short_pid) = long.result(30), short.result(30)
    pool.close()
    print(json.dumps({"said": said, "waited": waited, "sizes": [n, m], "zygote": pool._zygote_pid, "early": early,
                      "pids": [long_pid, short_pid], "after": descendants()}))
    """)
    assert result["said"] == "progress" and result["waited"] < 2.5
    assert result["sizes"] == [5000, 1] and result["zygote"] not in result["pids"]
    assert result["early"] == [False, False]  # only the first batch may go to the zygote
    assert len(set(result["pids"])) == 2 and result["after"] == []


def test_the_first_batchs_error_or_an_empty_run_end_as_in_a_pool_without_it():
    # the zygote's first batch raises in the parent like any worker's; a run that sends no batch at all
    # (its end comes first) closes without forking a worker that would wait for ever
    result = _in_child(_POOL + """
    def serve(batch):
        if batch == "bad":
            raise ValueError("bad first batch")
        return batch

    pool = ForkedPool(2, lambda: None, serve, first_bytes=1000)
    try:
        pool.submit("bad").result(60)
        error = None
    except ValueError as exc:
        error = str(exc)
    later = pool.submit("fine", worker=0).result(60)
    pool.close()

    empty = ForkedPool(2, lambda: None, serve, first_bytes=1000)
    start = time.monotonic()
    empty.close()
    print(json.dumps({"error": error, "later": later, "closed": time.monotonic() - start,
                      "after": descendants()}))
    """)
    assert result["error"] == "bad first batch" and result["later"] == "fine"
    assert result["closed"] < 30 and result["after"] == []


def test_stopping_or_losing_the_zygote_while_it_checks_the_first_batch_leaves_no_process():
    result = _in_child(_POOL + """
    stuck = ForkedPool(2, lambda: None, lambda batch: time.sleep(60), first_bytes=1000)
    stuck.submit(None)
    time.sleep(0.5)
    start = time.monotonic()
    stuck.terminate()
    stopped = time.monotonic() - start
    left = descendants()

    dying = ForkedPool(2, lambda: None, lambda batch: os._exit(9), first_bytes=1000)
    start = time.monotonic()
    try:
        dying.submit(None).result(60)
        error = None
    except WorkerLost as exc:
        error = str(exc)
    waited = time.monotonic() - start
    dying.terminate()
    print(json.dumps({"stopped": stopped, "left": left, "error": error, "waited": waited,
                      "after": descendants()}))
    """)
    assert result["stopped"] < 5 and result["left"] == []
    assert result["error"] and result["waited"] < 30 and result["after"] == []
