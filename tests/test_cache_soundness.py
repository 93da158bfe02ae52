"""The compiled cache stays right when its files change under a build, when a stored table is damaged in the
middle, when its digests cannot be kept, and across threads (mtqa/compiled.py)."""
import marshal
import os
import threading

import pytest

from mtqa import compiled, userdata


def _source(tmp_path, text):
    path = tmp_path / "checkout" / "mtqa" / "data" / "towns.tsv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(userdata, "RACY_NS", 0)  # digests kept at once
    compiled._DIGEST_MEMOS.clear()
    yield tmp_path / "cache"
    compiled._DIGEST_MEMOS.clear()


def test_a_table_built_while_its_file_changed_is_served_but_not_stored_under_the_old_key(tmp_path, cache):
    path = _source(tmp_path, "Aix\tAachen\n")
    old = os.stat(path)

    def build():  # a checkout switched while the run builds: the rows read are the new file's
        path.write_text("Liège\tLuik\n", encoding="utf-8")
        return path.read_text(encoding="utf-8")

    assert compiled.cached("demo", [path], build) == "Liège\tLuik\n"  # what this run read
    path.write_text("Aix\tAachen\n", encoding="utf-8")  # switched back: the old bytes' key again
    os.utime(path, ns=(old.st_atime_ns, old.st_mtime_ns))
    fresh = lambda: path.read_text(encoding="utf-8")  # noqa: E731
    assert compiled.cached("demo", [path], fresh) == "Aix\tAachen\n"


def test_a_disk_table_built_while_its_file_changed_is_not_stored(tmp_path, cache):
    path = _source(tmp_path, "Aix\tAachen\n")

    def build():
        text = path.read_text(encoding="utf-8")
        path.write_text("Liège\tLuik\n", encoding="utf-8")
        return dict(line.split("\t") for line in text.splitlines())

    served = compiled.table("towns", [path], build)  # built again, unstored: the file as it now is
    assert type(served) is dict and served.get("Liège") == "Luik" and "Aix" not in served
    assert not list(cache.glob("towns.*.sqlite"))
    read = lambda: dict(line.split("\t") for line in path.read_text(encoding="utf-8").splitlines())  # noqa: E731
    assert compiled.table("towns", [path], read).get("Liège") == "Luik"
    assert len(list(cache.glob("towns.*.sqlite"))) == 1  # unchanged since: stored


def test_a_table_with_a_zeroed_middle_page_is_answered_from_its_build_and_dropped(tmp_path, cache):
    path = _source(tmp_path, "rows")
    rows = {f"commune-{n:05d}": f"département {n % 101} " * 4 for n in range(20_000)}
    calls = []

    def build():
        calls.append(1)
        return dict(rows)

    compiled.table("communes", [path], build)
    (stored,) = cache.glob("communes.*.sqlite")
    size = stored.stat().st_size
    with open(stored, "r+b") as fh:  # 32 KiB zeroed halfway: the first query still succeeds
        fh.seek(size // 2 // 4096 * 4096)
        fh.write(bytes(32_768))
    for table in list(compiled._OPEN):  # this test's own table only: the process's others serve other tests
        if table._path == stored:
            table.close()
    found = compiled.table("communes", [path], build)
    assert found.readable()
    assert all(found.get(key) == value for key, value in rows.items())
    assert calls == [1, 1]  # built once more, in memory
    assert not stored.exists()  # the next run stores it again
    assert compiled.table("communes", [path], build).get("commune-10000") == rows["commune-10000"]


def test_digests_of_one_path_under_two_stamps_are_both_kept(tmp_path, cache):
    path = _source(tmp_path, "Aix\tAachen\n")
    real = os.path.realpath(path)
    compiled.fingerprint("towns", [path])
    compiled.flush_digests()
    other = (real, (1, 2, 3, 4))  # the same path as another machine sharing the folder sees it
    (stored,) = cache.glob("file-digests.*.marshal")
    kept = marshal.loads(stored.read_bytes())
    kept[other] = "f" * 32
    stored.write_bytes(marshal.dumps(kept))
    compiled._DIGEST_MEMOS.clear()
    path.write_text("Aix\tAken\n", encoding="utf-8")  # this machine's file changes: a digest added
    compiled.fingerprint("towns", [path])
    compiled.flush_digests()
    kept = marshal.loads(stored.read_bytes())
    assert kept[other] == "f" * 32 and len([key for key in kept if key[0] == real]) == 3


def test_a_cache_folder_that_cannot_keep_digests_does_not_rehash_within_the_run(tmp_path, cache, monkeypatch):
    path = _source(tmp_path, "Aix\tAachen\n")
    monkeypatch.setattr(compiled, "store_whole", lambda where, data: False)  # read-only, full
    key = compiled.fingerprint("towns", [path])
    compiled.flush_digests()
    memo = compiled._digest_memo()
    assert memo[0] is None  # not tried again by this run
    reads = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda file, *a, **k: reads.append(os.fspath(file)) or real_open(file, *a, **k))
    assert compiled.fingerprint("towns", [path]) == key
    assert str(path) not in reads


def test_past_the_bound_only_digests_whose_stamp_is_still_their_files_are_kept(tmp_path, cache, monkeypatch):
    """The reset kept every entry under this checkout, stale stamps included: a file edited 5,000 times kept
    5,000 entries, read and rewritten by every run. Now a stamp its file no longer has is dropped."""
    monkeypatch.setattr(compiled, "DIGESTS_KEPT", 4)
    path = _source(tmp_path, "Aix\tAachen\n")
    live = tmp_path / "live.tsv"
    live.write_text("Bâle\tBasel\n", encoding="utf-8")
    real_live = os.path.realpath(live)
    stale = {(os.path.realpath(path), (1, 2, 3, n)): "a" * 32 for n in range(6)}  # the file's earlier edits
    stored = compiled._digest_memo()[0]
    stored.parent.mkdir(parents=True, exist_ok=True)
    stored.write_bytes(marshal.dumps({**stale, (real_live, compiled._stamp(live)): "b" * 32}))
    compiled._DIGEST_MEMOS.clear()
    compiled.fingerprint("towns", [path])
    compiled.flush_digests()
    kept = marshal.loads(stored.read_bytes())
    assert not set(stale) & set(kept)
    assert (real_live, compiled._stamp(live)) in kept  # another file's live stamp stays
    assert (os.path.realpath(path), compiled._stamp(path)) in kept  # this process's own
    assert len(kept) == 2


def test_a_flush_merges_what_another_process_stored_meanwhile(tmp_path, cache):
    """Each process replaced the file with its own view: of three concurrent runs, or of a parent and its
    workers, only the last writer's digests stayed and the others' files were hashed again by every run."""
    first, second = _source(tmp_path, "Aix\tAachen\n"), tmp_path / "second.tsv"
    second.write_text("Liège\tLuik\n", encoding="utf-8")
    compiled.fingerprint("towns", [first])  # this process's view: read before the other one stored
    stored = compiled._digest_memo()[0]
    other = {(os.path.realpath(second), compiled._stamp(second)): "c" * 32}
    stored.parent.mkdir(parents=True, exist_ok=True)
    stored.write_bytes(marshal.dumps(other))  # another run's store, after this one read the file
    compiled.flush_digests()
    kept = marshal.loads(stored.read_bytes())
    assert set(other) <= set(kept) and (os.path.realpath(first), compiled._stamp(first)) in kept


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forked workers need fork")
@pytest.mark.parametrize("parent_registered", [False, True])
def test_a_forked_childs_digests_are_stored_and_kept(tmp_path, cache, monkeypatch, parent_registered):
    """A forked worker ends with os._exit: one whose parent had not registered the exit flush registered its
    own, never run, and one whose parent had was overwritten by the parent's flush. Both are now kept."""
    monkeypatch.setattr(compiled, "_FLUSH_AT_EXIT", [])
    monkeypatch.setattr(compiled, "_FORKED", False, raising=False)
    parents, childs = _source(tmp_path, "Aix\tAachen\n"), tmp_path / "child.tsv"
    childs.write_text("Liège\tLuik\n", encoding="utf-8")
    if parent_registered:
        compiled.fingerprint("towns", [parents])
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            compiled.fingerprint("towns", [childs])
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    compiled.flush_digests()  # the parent's exit
    (stored,) = cache.glob("file-digests.*.marshal")
    kept = {key[0] for key in marshal.loads(stored.read_bytes())}
    assert os.path.realpath(childs) in kept
    assert (os.path.realpath(parents) in kept) == parent_registered


def test_a_build_in_another_thread_is_not_this_threads():
    inside, done = threading.Event(), threading.Event()

    def other():
        with compiled._building():
            inside.set()
            done.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    try:
        assert inside.wait(5)
        assert not compiled.building()
        with compiled._building():
            assert compiled.building()
    finally:
        done.set()
        thread.join()
    assert not compiled.building()


def test_a_cacheless_run_does_not_key_the_check_index(monkeypatch):
    from mtqa.checks import registry

    monkeypatch.setenv("MTQA_CACHE_DIR", "off")

    def walked():
        raise AssertionError("package_digest computed without a cache folder")

    monkeypatch.setattr(compiled, "package_digest", walked)
    assert "A631" in registry.index()


def test_a_store_of_digests_waits_for_another_and_keeps_what_it_stored(tmp_path, cache, monkeypatch):
    """Two processes storing their digests at once (a run's workers ending together): the second waits for the
    first's lock, then merges the file the first wrote, so neither's digests are lost."""
    import fcntl
    import threading

    monkeypatch.setattr(compiled, "LOCK_WAIT", 600.0)  # this holder lets go: the store waits for it
    path = _source(tmp_path, "Aix\tAachen\n")
    compiled.fingerprint("towns", [path])
    memo = compiled._digest_memo()
    cache.mkdir(parents=True, exist_ok=True)
    lock = os.open(memo[0].with_suffix(".lock"), os.O_RDWR | os.O_CREAT)
    fcntl.flock(lock, fcntl.LOCK_EX)  # another process, between reading the file and replacing it
    storing = threading.Thread(target=compiled.flush_digests)
    storing.start()
    storing.join(0.5)
    waited = storing.is_alive()
    other = ("/elsewhere/words.txt", (1, 2, 3, 4))
    memo[0].write_bytes(marshal.dumps({other: "e" * 32}))  # what the other process stores, then unlocks
    os.close(lock)
    storing.join()
    kept = marshal.loads(memo[0].read_bytes())
    assert waited and kept[other] == "e" * 32 and os.path.realpath(path) in {key[0] for key in kept}


def _hold_lock(path, held, release):
    """A child process's body: hold the lock file ``path`` until ``release`` is set (a stopped run's store)."""
    import fcntl

    fd = os.open(path, os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    held.set()
    release.wait(60)
    os.close(fd)


@pytest.fixture
def holder():
    """Start a child process holding a lock file; ``hold(path)`` returns a function that lets it go, which
    the end of the test calls too."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    releases = []

    def hold(path):
        held, release = context.Event(), context.Event()
        child = context.Process(target=_hold_lock, args=(path, held, release), daemon=True)
        child.start()

        def let_go():
            release.set()
            child.join(30)

        releases.append(let_go)
        assert held.wait(30)
        return let_go

    yield hold
    for let_go in releases:
        let_go()


def _flush_within_bound():
    """flush_digests in a thread; False when it is still waiting long after LOCK_WAIT (the bound is far
    beyond any load: the test holds the lock until it ends)."""
    storing = threading.Thread(target=compiled.flush_digests, daemon=True)
    storing.start()
    storing.join(30)
    return not storing.is_alive()


def test_a_store_of_digests_gives_up_on_a_lock_held_too_long(tmp_path, cache, holder, monkeypatch):
    """A holder that never lets go (stopped with Ctrl-Z, a debugger): the store is skipped after LOCK_WAIT, not
    waited for, and this process stops trying (it is only a cache)."""
    monkeypatch.setattr(compiled, "LOCK_WAIT", 0.05)
    path = _source(tmp_path, "Aix\tAachen\n")
    compiled.fingerprint("towns", [path])
    memo = compiled._digest_memo()
    cache.mkdir(parents=True, exist_ok=True)
    stored_at = memo[0]
    holder(stored_at.with_suffix(".lock"))
    assert _flush_within_bound()
    assert not stored_at.exists() and memo[0] is None
    assert compiled.fingerprint("towns", [path])  # still answered, from memory


def test_a_lock_file_another_user_made_is_locked_read_only(tmp_path, cache, holder, monkeypatch):
    """A shared cache folder: the lock file was made by another account (mode 0644), so it cannot be opened for
    writing here; it is opened read-only and locked, not skipped (unlocked, the two stores could lose digests)."""
    monkeypatch.setattr(compiled, "LOCK_WAIT", 0.05)
    path = _source(tmp_path, "Aix\tAachen\n")
    compiled.fingerprint("towns", [path])
    memo = compiled._digest_memo()
    cache.mkdir(parents=True, exist_ok=True)
    stored_at, lock = memo[0], memo[0].with_suffix(".lock")
    holder(lock)
    real_open = os.open

    def open_as_another_user(name, flags, *args, **kwargs):
        if str(name) == str(lock) and flags & (os.O_RDWR | os.O_WRONLY):
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_as_another_user)
    assert _flush_within_bound()
    monkeypatch.setattr(os, "open", real_open)
    assert not stored_at.exists()  # the other account's lock was seen: the store waited, then gave up


def test_a_lock_file_that_cannot_be_opened_at_all_skips_the_store(tmp_path, cache, monkeypatch):
    """Another account's lock file made under umask 077 (mode 0600): not even read-only here. That account may be
    storing now, so this store is skipped rather than run unlocked beside it (lr74 item 4b)."""
    path = _source(tmp_path, "Aix\tAachen\n")
    compiled.fingerprint("towns", [path])
    memo = compiled._digest_memo()
    cache.mkdir(parents=True, exist_ok=True)
    stored_at, lock = memo[0], memo[0].with_suffix(".lock")
    lock.write_bytes(b"")
    real_open = os.open

    def closed_to_us(name, flags, *args, **kwargs):
        if str(name) == str(lock):
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", closed_to_us)
    assert _flush_within_bound()
    monkeypatch.setattr(os, "open", real_open)
    assert not stored_at.exists()


def test_a_lock_replaced_while_clear_locks_it_is_not_unlinked_under_its_new_holder(tmp_path, holder):
    """Two clears overlap a run: the other clear removed the file this one is locking, and a run made and holds a
    new one at the path. This clear must see the path names another file and leave it (lr74 item 4a)."""
    lock = tmp_path / "file-digests.000000000000000000000000.lock"
    lock.write_bytes(b"")
    real = compiled._flocked
    calls = []

    def replaced_first(module, fd, deadline):
        if not calls:
            lock.unlink()  # the other clear
            holder(lock)  # a run makes the lock file again and holds it
        calls.append(fd)
        return real(module, fd, deadline)

    compiled._flocked, saved = replaced_first, compiled._flocked
    try:
        assert compiled._remove_lock(lock) is False
    finally:
        compiled._flocked = saved
    assert lock.exists() and len(calls) == 2


def test_a_lock_removed_while_waited_on_is_taken_again_on_its_path(tmp_path):
    """clear() removes a lock file between a process's open and its lock: the process must lock the file the
    path names now, or a third process would make a new one and store at the same time."""
    import fcntl

    lock = tmp_path / "file-digests.000000000000000000000000.lock"
    real = compiled._flocked
    calls = []

    def removed_first(module, fd, deadline):
        if not calls:
            lock.unlink()  # what clear() does (under the lock) just before this process locks
        calls.append(fd)
        return real(module, fd, deadline)

    compiled._flocked, saved = removed_first, compiled._flocked
    try:
        with compiled._locked(lock) as held:
            other = os.open(lock, os.O_RDWR)
            try:
                with pytest.raises(BlockingIOError):
                    fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)  # the path's file is the one held
            finally:
                os.close(other)
    finally:
        compiled._flocked = saved
    assert held and len(calls) == 2


def test_clear_leaves_a_lock_file_a_live_run_holds(tmp_path, holder):
    """Removed while held, the next run would lock a new file beside the holder: clear() leaves it, and
    removes it once free."""
    lock = tmp_path / "file-digests.000000000000000000000000.lock"
    lock.write_bytes(b"")
    (tmp_path / "file-digests.000000000000000000000000.marshal").write_bytes(b"")
    let_go = holder(lock)
    assert compiled.clear(tmp_path) == 1 and lock.exists()
    let_go()
    assert compiled.clear(tmp_path) == 1 and not lock.exists()
