"""Compiled copies of the large word tables, so a run does not re-parse them.

Parsing the Hunspell ``.dic``/``.aff`` files and unpacking wordfreq's tables
costs most of a short run's start-up (about half a second for English and
French), while reading the same Python objects back with :mod:`marshal`
costs a few milliseconds. :func:`cached` builds a table once, stores it under
the user's cache folder and returns the stored copy on later runs.

The stored copy is keyed by a digest of the content of the files it was built
from (each file's bytes hashed once and the digest kept in the cache folder
beside its stat, so that a run only ``stat``s its files, as Python's own
bytecode cache does, and never reads megabytes just to find out it may skip
reading them; see :func:`fingerprint`) and of this format's version: an
updated dictionary or wordfreq release gets a new key and the old copy is
simply not used again, while a second checkout of the same code and data
(a clone, a worktree, a CI job) finds the copies the first one stored. When no
cache folder is writable the table is built in memory every time, as before.

``$MTQA_CACHE_DIR`` chooses the folder (default ``$XDG_CACHE_HOME/mtqa`` or
``~/.cache/mtqa``); ``MTQA_CACHE_DIR=off`` turns the cache off.
"""
from __future__ import annotations

import array
import bisect
import contextlib
import gc
import marshal
import os
import stat
import sys
import threading
import time
import weakref
import zlib
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

FORMAT = 1
"""Bumped whenever the shape of a stored table changes."""

KEEP_VERSIONS = 4
"""Versions of each kind of stored table that pruning keeps, whatever their age (see :func:`prune`)."""

PRUNE_AGE = 3600.0
"""Seconds since a version was stored or last used before pruning may remove it (see :func:`prune`)."""


def cache_dir() -> Optional[Path]:
    env = os.environ.get("MTQA_CACHE_DIR")
    if env:
        return None if env.lower() in ("off", "0", "none") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mtqa"


def fingerprint(name: str, sources: Iterable[Path]) -> str:
    """Digest of the table's name, this module's format and each source file's content: its name and a digest
    of its bytes (:func:`_file_digest`, read again only when the file's stat changed), or, for a file of a
    ``$MTQA_DATA`` folder, its path and bytes (:func:`mtqa.userdata.content_digest`).

    A user's data file is small and edited by hand or copied by tools that keep times: rewritten with the same
    size and modification time (``cp -p``, an editor on a file system with a coarse clock), its stat said
    nothing changed and the table built from the old text was served from the cache.

    Why the bytes and not the path, size and modification time (as before) for the package's files and the
    libraries' (dictionaries, frequency lists, mtqa's own code): a table's rows depend on what its files hold,
    not on where they are, and every new checkout of mtqa (a clone, a worktree, a CI job) has its files at a
    new path with new modification times: keyed by them, its first run built every table again (the 24,024
    WMT14 pairs' first run in a new worktree: 34 s of CPU, 44 % of it writing tables) and stored a second copy
    of each. The stat stays the cheap test of the common case: a file whose stat is as when it was hashed is
    not read again (:func:`_file_digest`)."""
    return _keyed(name, sources)[0]


def _keyed(name: str, sources: Iterable[Path]) -> tuple[str, list]:
    """:func:`fingerprint` and the stamps (:func:`_stamp`) its source files had when they were read for it, which
    :func:`_unchanged` compares after a build (see :func:`cached`)."""
    from mtqa.userdata import content_digest, user_folder_prefixes

    from mtqa.digests import blake2b

    h = blake2b(f"{name}\0{FORMAT}".encode(), digest_size=12)
    user = user_folder_prefixes()
    memo = _digest_memo()
    added = memo[3]
    stamps = []
    for path in sources:
        real = _realpath(path)
        if user and (real.startswith(user) or os.path.abspath(path).startswith(user)):
            stamps.append((path, _stamp(path)))  # taken before the bytes are read: a change after it is seen
            h.update(f"\0{real}\0{content_digest(path)}".encode())
            continue
        st = os.stat(path)
        stamps.append((path, _stamp(path, st)))
        h.update(f"\0{os.path.basename(real)}\0{_file_digest(path, real, memo, st)}".encode())
    if memo[3] != added:
        _store_digest_memo(memo)
    return h.hexdigest(), stamps


def _stamp(path, st: Optional[os.stat_result] = None) -> Optional[tuple]:
    """A file's identity as its stat tells it (inode, size, modification and change times), None if it is gone."""
    try:
        st = os.stat(path) if st is None else st
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _unchanged(stamps: list) -> bool:
    """Whether every source file still has the stamp it had when its table's key was made (:func:`_keyed`).

    Why asked after a build and before storing: the key is made from the files' bytes before ``build()`` reads
    them; a file changed in between (a ``git checkout`` or ``pull`` while a long run builds) gave rows of the new
    bytes under the old bytes' key, and that key comes back when the old bytes do (switching back, another
    checkout sharing the cache folder), where the wrong table was then served. Such a build is served to this
    run (it read the files as they are now) and not stored."""
    return all(_stamp(path) == stamp for path, stamp in stamps)


DIGESTS_KEPT = 4_096
"""Digests :func:`_file_digest` keeps in the cache folder; past this many it starts afresh with this checkout's
own files and those this process hashed (a package holds ~200 files a table names)."""

_DIGEST_MEMOS: dict = {}
"""cache folder -> [its digests file's path (None: not to be written), {(real path, stamp): digest}, {the entries
this process added}, how many digests it added, whether a store at exit is due]."""


def _digest_memo() -> list:
    """The digests stored in the cache folder (read once per process and folder): see :func:`_file_digest`."""
    folder = cache_dir()
    memo = _DIGEST_MEMOS.get(folder)
    if memo is None and folder is None:  # no cache folder: digests kept for this process only
        memo = _DIGEST_MEMOS[folder] = [None, {}, {}, 0, False]
    if memo is None:
        from mtqa.digests import blake2b

        key = blake2b(f"file-digests\0{FORMAT}\0by stamp".encode(), digest_size=12).hexdigest()
        path = folder / f"file-digests.{key}.marshal"
        memo = _DIGEST_MEMOS[folder] = [path, _stored_dict(path, mark=True), {}, 0, False]
    return memo


def _stored_dict(path: Path, mark: bool = False) -> dict:
    """The marshalled dict stored at ``path`` (the digests file, the code files' answers), empty when absent or
    damaged; ``mark``: as read by a run's start (:func:`_mark_used`: read by every run, so :func:`prune` must keep
    it)."""
    try:
        with open(path, "rb") as fh:
            stored = marshal.loads(fh.read())
            if mark:
                _mark_used(path, os.fstat(fh.fileno()).st_mtime)
    except (OSError, EOFError, ValueError, TypeError):
        stored = None
    return stored if type(stored) is dict else {}  # absent, or damaged into some other value


def _store_digest_memo(memo: list) -> None:
    """Have the digests ``memo`` holds stored when the process exits (:func:`flush_digests`).

    Why once at the end and not at each fingerprint that added one: the file is written whole, and a cold run
    adds digests table after table (it was rewritten some dozens of times). A forked process (a worker, a
    table built aside; :data:`_FORKED`) stores them at once: it ends with ``os._exit``, which runs no exit
    handler (a child of a parent that had registered none registered its own, never run: a cold
    ``--workers 2`` run kept 196 digests of a serial run's 341, and every warm one hashed 145 files again in
    its worker)."""
    if memo[0] is None:
        return
    memo[4] = True
    if _FORKED or (_FLUSH_AT_EXIT and _FLUSH_AT_EXIT[0] != os.getpid()):
        flush_digests()
    elif not _FLUSH_AT_EXIT:
        import atexit

        atexit.register(flush_digests)
        _FLUSH_AT_EXIT.append(os.getpid())


_FORKED = False
"""Whether this process is a forked child (:func:`_after_fork_in_child`): it stores its digests at once."""

_FLUSH_AT_EXIT: list = []
"""The process that registered :func:`flush_digests` to run at its exit (a child forked from it has not)."""


def flush_digests() -> None:
    """Store every cache folder's digests this process added (whole or not at all). A folder that cannot take
    them (read-only, full) is not tried again by this process, which keeps them in memory for its own
    lookups (:func:`_file_digest`): the next run hashes them again.

    Why the file is read again and merged before it is replaced: other processes store theirs in between (a
    forked worker, a concurrent run, the parent after its workers); replaced with this process's view only,
    the last writer's digests were all that stayed, and the others' files were hashed again by every run.

    Why under a lock (:func:`_locked`): read, merge and replace are three steps, and two processes storing at
    the same moment (the forked workers of one run, which all end together) each read the file before either
    replaced it: the second replacement dropped the first one's additions."""
    for memo in list(_DIGEST_MEMOS.values()):
        if memo[0] is None or not memo[4]:
            continue
        memo[4] = False
        try:
            memo[0].parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass
        with _locked(memo[0].with_suffix(".lock")) as held:
            stored = False  # not held: another process kept the lock LOCK_WAIT seconds, so the store is skipped
            if held:
                merged = _stored_dict(memo[0])
                merged.update(memo[2])
                if len(merged) > DIGESTS_KEPT:
                    merged = _live_digests(merged, memo[2])
                memo[1] = merged
                try:
                    stored = store_whole(memo[0], marshal.dumps(merged))
                except (OSError, ValueError):
                    pass
        if not stored:
            memo[0] = None


LOCK_WAIT = 2.0
"""Seconds a store of digests waits for another process's lock before it skips the store (see :func:`_locked`)."""

LOCK_POLL = 0.02
"""Seconds between two tries of a lock another process holds (:func:`_locked`)."""


@contextlib.contextmanager
def _locked(path: Path):
    """Hold an exclusive ``flock`` on the file ``path`` (made if missing) while the block runs, and yield True;
    yield False when another process held it for :data:`LOCK_WAIT` seconds (the caller skips its store), and when
    the lock file exists but cannot be opened at all (another user's, made under umask 077): that user's store
    may be running, and storing unlocked beside it could drop its digests or ours, so the store is skipped (the
    next run hashes those files again) and the cache stays sound. Yield True unlocked where there is no
    ``fcntl``, the file is missing and cannot be made (a read-only cache folder, where nothing is stored anyway)
    or the file system has no locks.

    Why a file of its own and not the stored file: that one is replaced by a rename, and a process that waited
    on the old file's lock would then hold a lock nobody else asks for. The lock file is named as a version of
    the stored file's kind (``file-digests.<key>.lock``), so :func:`prune` and :func:`clear` know it; they
    remove it only under its lock (:func:`_remove_lock`), and a process that got the lock of a file removed
    meanwhile sees that its path names another file (or none) and locks the path again.

    Why a bounded wait: the lock is held for a read, a merge and a write, but a holder stopped (Ctrl-Z, a
    debugger, a hung network write) kept every other process that added digests waiting as long (a forked
    worker mid-run, as it stores at once). What is skipped is only a cache: the next run hashes those files
    again. Why the file opened read-only when it cannot be opened for writing: it was made by another user (a
    cache folder shared between accounts or containers, mode 0644), and ``flock`` needs no write access;
    unlocked, that user's store could drop the other's additions again."""
    try:
        import fcntl
    except ImportError:  # not POSIX
        yield True
        return
    deadline = time.monotonic() + LOCK_WAIT
    while True:
        fd = _lock_descriptor(path)
        if fd is None:
            yield not os.path.lexists(path)  # another user's unreadable lock: skip; a read-only folder: as before
            return
        try:
            held = _flocked(fcntl, fd, deadline)
            if held and not _same_file(fd, path):  # removed by clear() or prune() since it was opened
                continue  # (closed below)
            yield held is not False  # None: a file system without locks (some network mounts): as before, unlocked
            return
        finally:
            os.close(fd)  # releases the lock


def _lock_descriptor(path: Path) -> Optional[int]:
    """A descriptor of the lock file ``path`` (made if missing; read-only when another user made it), else None."""
    cloexec = getattr(os, "O_CLOEXEC", 0)
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | cloexec, 0o644)
    except OSError:
        pass
    try:
        return os.open(path, os.O_RDONLY | cloexec)
    except OSError:
        return None


def _flocked(fcntl, fd: int, deadline: float) -> Optional[bool]:
    """Take an exclusive ``flock`` on ``fd``, trying until ``deadline`` (:func:`time.monotonic`): True once
    held, False when another process still holds it then, None where the file system has no locks."""
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:  # held by another process
            if time.monotonic() >= deadline:
                return False
            time.sleep(LOCK_POLL)
        except OSError:
            return None


def _same_file(fd: int, path: Path) -> bool:
    """Whether ``path`` still names the file open as ``fd``."""
    try:
        st, opened = os.stat(path), os.fstat(fd)
    except OSError:
        return False
    return (st.st_dev, st.st_ino) == (opened.st_dev, opened.st_ino)


def _remove_lock(path: Path) -> bool:
    """Remove the lock file ``path`` unless a process holds its lock (a live run storing); True when it is gone.

    Why under the lock: removed while held, the next process would make a new file and lock that one, and two
    processes would store at once. One waiting on the removed file notices it (:func:`_locked`). Why the path
    checked once locked (as :func:`_locked` does): another clear or prune may have removed the file this one
    locked, and a run made and now holds a new one at the path; that one is read again, not unlinked."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock taken anywhere
        fcntl = None
    while True:
        fd = _lock_descriptor(path) if fcntl is not None and os.path.exists(path) else None
        try:
            if fd is not None and _flocked(fcntl, fd, 0.0) is False:
                return False
            if fd is not None and not _same_file(fd, path):
                continue  # removed meanwhile: the path names another file (or none), read again (closed below)
            path.unlink()
            return True
        except FileNotFoundError:
            return True  # another process removed it first
        except OSError:
            return False  # a read-only folder: left for later
        finally:
            if fd is not None:
                os.close(fd)


def _live_digests(digests: dict, own: dict) -> dict:
    """``digests`` past :data:`DIGESTS_KEPT`, started afresh: the entries whose stamp is still their file's (a
    ``stat`` each) and ``own``, this process's. Why by the stamp: a file edited or checked out again leaves its
    old stamps behind, which can never match again; kept because they lay under this checkout, 5,000 stale
    stamps of one file stayed 5,000, and every run read and rewrote them. Still past the bound (more live files
    than it), only ``own`` stays."""
    live = {key: digest for key, digest in digests.items()
            if type(key) is tuple and len(key) == 2 and type(key[0]) is str and _stamp(key[0]) == key[1]}
    live.update(own)
    return live if len(live) <= DIGESTS_KEPT else dict(own)


def _file_digest(path, real: str, memo: list, st: Optional[os.stat_result] = None) -> str:
    """A digest of the bytes of the file ``path`` (real path ``real``), read again only when its stat (inode,
    size, modification and change times) differs from when it was hashed.

    Why kept in the cache folder: a run keys some 180 files (its tables name the code files of the language
    classes again and again); a ``stat`` and a lookup each cost what the stat key cost, where reading and
    hashing them all would cost every run some 30 ms. A digest taken within :data:`mtqa.userdata.RACY_NS` of
    the file's last change is not kept (the file may change again with the same stat, as git treats a "racily
    clean" entry), nor is one the cache folder cannot take: the file is hashed again by the next run.

    Why keyed by the path and the stamp together, not by the path holding one stamp: two machines sharing one
    cache folder under one checkout path (a network home) see other inodes for the same files, and each
    overwrote the other's stamp, so every run of either hashed the ~23 MB of dictionaries and lists again; a
    path now holds one entry per stamp, each machine's found by its own."""
    from mtqa.userdata import RACY_NS

    st = os.stat(path) if st is None else st  # a stat the caller already has (a folder's walk)
    key = (real, (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
    kept = memo[1].get(key)
    if type(kept) is str:
        return kept
    from mtqa.digests import blake2b

    hashed_at = time.time_ns()
    with open(path, "rb") as fh:
        digest = blake2b(fh.read(), digest_size=16).hexdigest()
    if hashed_at - max(st.st_mtime_ns, st.st_ctime_ns) > RACY_NS:
        memo[1][key] = memo[2][key] = digest
        memo[3] += 1
    return digest


_REALPATHS: dict[str, str] = {}
REALPATHS_KEPT = 4_096
"""Paths (files and folders) :func:`_realpath` keeps at most, then starts afresh, as :mod:`mtqa.userdata` keeps
digests: a long-lived process (an API service, a Dask worker) meets ever-new ``$MTQA_DATA`` folders."""


def _realpath(path) -> str:
    """``os.path.realpath(path)``, kept per process for an absolute path. Why: the tables of a one-line check key
    183 source files, 52 distinct (each table names the code files of the language classes again), and resolving
    one takes an ``lstat`` of each folder on its way: some 15 ms of that start-up at load 7, where a lookup is
    nothing. A path once resolved is not watched: a link re-pointed while a process runs is read as it was
    for the paths (files, and the folders of :func:`_resolved`) this process had resolved before; a file first
    asked after the switch is resolved anew, unless its folder's path holds no link at all."""
    path = os.fspath(path)
    real = _REALPATHS.get(path)
    if real is None:
        real = _resolved(path)
        if os.path.isabs(path):
            if len(_REALPATHS) >= REALPATHS_KEPT:
                _REALPATHS.clear()
            _REALPATHS[path] = real
    return real


def _resolved(path: str) -> str:
    """``os.path.realpath(path)``: for a file that is no link in a folder whose path holds no link (the folder's
    real path, kept by :func:`_realpath`, is its path), the path itself after one ``lstat``. Why: ``realpath``
    takes an ``lstat`` of every folder on the way, again for each file: the seed article's tables key 170
    distinct files in a dozen folders, 1,611 ``lstat`` calls, where one ``lstat`` a file and one walk a folder
    answer the same. Anything else (a link, ``.`` or ``..``, a relative or missing path, and every file of a
    folder reached through a link, such as a ``current`` link re-pointed at each deployment) is left to
    ``realpath`` itself, so a file first asked after a link was re-pointed is read through the new target.
    A folder of real directories only would have to be replaced by a link to be misread: no deployment does
    that while a process runs."""
    if not os.path.isabs(path):
        return os.path.realpath(path)
    head, tail = os.path.split(path)
    if not tail or tail in (".", "..") or head == path:
        return os.path.realpath(path)
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode):
            return os.path.realpath(path)
    except OSError:
        return os.path.realpath(path)
    if _realpath(head) != head:  # a link on the folder's way: resolved whole, as it may be re-pointed
        return os.path.realpath(path)
    return os.path.join(head, tail)


_PACKAGE = str(Path(__file__).resolve().parent)


_PACKAGE_DIGESTS: dict[tuple, str] = {}


def package_digest() -> str:
    """Digest of the content of every Python file of the mtqa package (each file's path inside the package and a
    digest of its bytes, :func:`_file_digest`), read once per process: the key of what depends on mtqa's code
    alone (the check index of :func:`mtqa.checks.registry.index`, the evidence's prebuilt facts, the tries'
    stored patterns), as Python's own bytecode cache keys a module by its source.

    Why every file, not those an answer was read from: which files an answer depends on is itself read from
    the code (a module that starts to import another, a submodule added to a package), so only a key over all
    of them cannot miss the next such change. It costs one ``stat`` per file (~140) and a lookup of the digest
    kept for that stat; the Python version is part of it, since the compiler's names and constants differ
    between versions. Why the content and not the files' paths and modification times: a second checkout of the
    same code (a clone, a worktree, a CI job) then finds what the first stored (the evidence's prebuilt facts
    are some 6 s of CPU to build), where the path and times made every checkout build them again."""
    return _package_digest(True)


def _checkout_digest() -> str:
    """Digest of the identity (path, size, modification time) of every Python file of this checkout of mtqa: the
    key of what holds this checkout's own paths (:func:`code_files`' answers name its files)."""
    return _package_digest(False)


def _package_digest(content: bool) -> str:
    """:func:`package_digest` (``content``) or :func:`_checkout_digest`: both made by one walk of the package
    (a walk is ~140 ``stat`` calls, some 7 ms of a warm seed run's 0.25 s of CPU; a run asks for both)."""
    digest = _PACKAGE_DIGESTS.get((_PACKAGE, content))
    if digest is None:
        from mtqa.digests import blake2b

        memo = _digest_memo()
        added = memo[3]
        folders = [_PACKAGE]
        by_content, by_checkout = [], []
        while folders:
            with os.scandir(folders.pop()) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        if entry.name != "__pycache__":
                            folders.append(entry.path)
                    elif entry.name.endswith(".py"):
                        st = entry.stat()
                        by_checkout.append(f"{entry.path}\0{st.st_size}\0{st.st_mtime_ns}")
                        by_content.append(f"{entry.path[len(_PACKAGE):]}\0{_file_digest(entry.path, entry.path, memo, st)}")
        if memo[3] != added:
            _store_digest_memo(memo)
        for kind, where, rows in ((True, "", by_content), (False, _PACKAGE, by_checkout)):
            h = blake2b(f"{where}\0{FORMAT}\0{sys.version_info[:2]}".encode(), digest_size=12)
            h.update("\0\0".join(sorted(rows)).encode())
            _PACKAGE_DIGESTS[(_PACKAGE, kind)] = h.hexdigest()
        digest = _PACKAGE_DIGESTS[(_PACKAGE, content)]
    return digest


def code_files(*functions: Callable) -> list[Path]:
    """The files of mtqa's modules whose code ``functions`` may run, for the key of a table they build
    (:func:`_followed_files`), kept in the cache folder under :func:`_checkout_digest` (the answers name this
    checkout's files).

    Why kept: following the code costs a few milliseconds a table (6 tables, some 6-15 ms of a one-line check's
    start-up, depending on the load), and its answer depends only on mtqa's code, which the key covers: on the
    next run of the same code it is one dictionary lookup. A call is known by what the walk reads of its
    arguments (:func:`_identity`): the function's code (file, first line, qualified name) and the functions,
    classes and modules its closure holds; one it cannot name so (a class defined in a function) is followed
    every time."""
    key = _identity(functions)
    folder = cache_dir() if key is not None else None
    if folder is None:
        return _followed_files(*functions)
    memo = _code_files_memo(folder)
    files = memo.get(key)
    if files is None:
        files = memo[key] = tuple(map(str, _followed_files(*functions)))
        try:
            folder.mkdir(parents=True, exist_ok=True)
            store_whole(folder / f"code-files.{_checkout_digest()}.marshal", marshal.dumps(memo))
        except (OSError, ValueError):
            pass
    return [Path(p) for p in files]


_CODE_FILES: dict[tuple, dict] = {}
"""(cache folder, package folder) -> the stored answers of :func:`code_files`, as read or written by this process."""


def _code_files_memo(folder: Path) -> dict:
    """This package's stored :func:`code_files` answers (read once per process and cache folder)."""
    memo = _CODE_FILES.get((folder, _PACKAGE))
    if memo is None:
        memo = _CODE_FILES[(folder, _PACKAGE)] = _stored_dict(folder / f"code-files.{_checkout_digest()}.marshal",
                                                              mark=True)
    return memo


def _identity(obj: Any, depth: int = 0) -> Optional[tuple]:
    """What :func:`_followed_files` reads of ``obj`` besides mtqa's code (which :func:`package_digest` keys),
    as plain data; None where that cannot be said (a class or a chain of closures defined in a function).

    The walk follows a function's code, its module's names and the functions, classes and modules its closure
    cells hold (other cell values it passes over), and a class's methods: two closures made by one function
    from different modules or helpers are told apart by those cells."""
    import inspect
    import types

    if isinstance(obj, tuple):
        parts = tuple(_identity(o, depth) for o in obj)
        return None if None in parts else parts
    if depth > 4:
        return None
    if isinstance(obj, types.ModuleType):
        return ("module", obj.__name__)
    if isinstance(obj, type):
        qualname = getattr(obj, "__qualname__", "")
        return None if "<locals>" in qualname else ("class", obj.__module__, qualname)
    if not (isinstance(obj, types.FunctionType) or hasattr(obj, "__wrapped__")):
        return ("other",) if depth else None  # a cell's plain value: the walk passes over it
    f = inspect.unwrap(obj)
    code = getattr(f, "__code__", None)
    if code is None:
        return ("code-less", repr(type(f)))
    cells = []
    for cell in getattr(f, "__closure__", None) or ():
        try:
            value = cell.cell_contents
        except ValueError:  # a cell not filled yet: the walk passes over it
            cells.append(("empty",))
            continue
        ident = _identity(value, depth + 1)
        if ident is None:
            return None
        cells.append(ident)
    return ("function", code.co_filename, code.co_firstlineno, code.co_qualname, tuple(cells))


def _followed_files(*functions: Callable) -> list[Path]:
    """The files of mtqa's modules whose code ``functions`` may run, read by following their code.
    A class among ``functions`` stands for its methods: the code a builder reaches through an object
    (``pair.source.plural``), which following names alone cannot see.

    Each function's own module, and, followed through their code in turn, the mtqa functions it names
    (a global of its module, a name imported inside it: ``from mtqa.names.compounds import
    half_translated``, or a variable of the function it was defined in, read through its closure: a
    ``build`` nested in a loader that imported ``hunspell`` calls ``hunspell.suffix_forms``) and the mtqa
    modules and classes it names. Why: a table built by code of two modules and keyed on one stayed stale
    when the other changed (the demonym and exonym tables each call the other's module), and a list
    written by hand misses the next such call."""
    import inspect
    import types

    files: set[str] = set()
    seen: set = set()
    todo = list(functions)
    while todo:
        f = todo.pop()
        if isinstance(f, type):  # a class whose methods the code calls on an object (pair.source.plural)
            if f not in seen and getattr(sys.modules.get(f.__module__), "__file__", "").startswith(_PACKAGE):
                seen.add(f)
                for member in vars(f).values():
                    member = getattr(member, "func", None) or getattr(member, "fget", None) or member
                    if isinstance(member, (staticmethod, classmethod)):
                        member = member.__func__
                    if callable(member):
                        todo.append(member)
            continue
        f = inspect.unwrap(f)
        code = getattr(f, "__code__", None)
        if code is None or code in seen or not code.co_filename.startswith(_PACKAGE):
            continue
        seen.add(code)
        files.add(code.co_filename)
        spaces, names, codes = [f.__globals__], set(), [code]
        while codes:  # the function's code and the code of the functions defined in it
            c = codes.pop()
            names.update(c.co_names)
            codes.extend(k for k in c.co_consts if isinstance(k, types.CodeType))
        # the variables of the enclosing function it reads (a module imported there, a helper defined there):
        # held in closure cells, named by co_freevars, never in co_names
        closure = {}
        for name, cell in zip(code.co_freevars, getattr(f, "__closure__", None) or ()):
            try:
                closure[name] = cell.cell_contents
            except ValueError:  # a cell not filled yet
                continue
        if closure:
            names.update(closure)
            spaces.append(closure)
        for obj in closure.values():  # a module read through a cell is read as one imported inside the function
            if isinstance(obj, types.ModuleType) and (getattr(obj, "__file__", None) or "").startswith(_PACKAGE):
                files.add(obj.__file__)
                spaces.append(vars(obj))
        for name in names:  # an import inside the function names its module: its names are looked up there too
            module = _imported(name)
            if module is not None and getattr(module, "__file__", None) and module.__file__.startswith(_PACKAGE):
                files.add(module.__file__)
                spaces.append(vars(module))
        for space in spaces:
            package = _package_folder(space)
            for name in names:
                obj = space.get(name)
                if obj is None and package is not None:  # a submodule not imported yet: see _package_folder
                    where = _submodule_file(package, name)
                    if where is not None:
                        files.add(where)
                    continue
                if isinstance(obj, types.FunctionType) or hasattr(obj, "__wrapped__"):
                    todo.append(obj)
                elif isinstance(obj, (type, types.ModuleType)):
                    module = sys.modules.get(obj.__module__) if isinstance(obj, type) else obj
                    where = getattr(module, "__file__", None)
                    if where and where.startswith(_PACKAGE):
                        files.add(where)
    return [Path(p) for p in sorted(files)]


def _imported(name: str):
    """The module ``name`` of an import inside a function (``from mtqa.numbers import conventions`` names
    ``mtqa.numbers``), imported now if it is mtqa's and not imported yet. Why: the key of a table must not
    depend on what the process happened to import before it asked for the table; read from
    ``sys.modules`` alone, the votes table was keyed without ``numbers.py`` by a process that had not
    imported it and with it by the ``mtqa`` command, and built once per key (~1.3 s and a file each)."""
    module = sys.modules.get(name)
    if module is not None or not name.startswith("mtqa."):
        return module
    parts = name.split(".")[1:]
    base = os.path.join(_PACKAGE, *parts)
    if not (os.path.isfile(base + ".py") or os.path.isfile(os.path.join(base, "__init__.py"))):
        return None
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _package_folder(space: dict) -> Optional[str]:
    """The folder of the mtqa package whose namespace ``space`` is, else None. Why: importing a submodule
    sets it as an attribute of its package, so a name looked up there (``language`` in ``mtqa.langs``)
    found the submodule only in a process that had imported it; it is looked up on disk instead."""
    path = space.get("__path__")
    where = space.get("__file__")
    if path is None or not where or not where.startswith(_PACKAGE):
        return None
    return os.path.dirname(where)


def _submodule_file(folder: str, name: str) -> Optional[str]:
    """The file of the submodule ``name`` of the package in ``folder``, if there is one."""
    if not name.isidentifier():
        return None
    for where in (os.path.join(folder, name + ".py"), os.path.join(folder, name, "__init__.py")):
        if os.path.isfile(where):
            return where
    return None


_FREEZE_LOADED = False


def freeze_loaded_tables(on: bool = True) -> None:
    """From now on, move what is alive to the collector's permanent generation after each table load.

    Why: the word tables, dictionaries and models are read lazily, in the middle of a run, and live as
    long as the process. Every object they hold (a model of 37,000 candidate tuples, a dictionary's
    rules) was otherwise walked by the next young collection of the cyclic
    garbage collector and again by the next middle one: on the 24,024 WMT14 pairs, 0.5 s of collections
    became 0.3 s, and the middle collection (0.2 s over 270,000 objects) went away. Frozen objects are
    still freed by reference counting; only a reference cycle among them would never be collected,
    and a run makes almost none (every collection of that run found nothing to free). So this is the
    ``mtqa`` command's choice for its own process (:func:`mtqa.cli.command_line`), not the library's:
    a program that imports mtqa keeps its collector as it set it.
    """
    global _FREEZE_LOADED
    _FREEZE_LOADED = on


def loaded(value: Any) -> Any:
    """``value``, a table just loaded for the life of the process (see :func:`freeze_loaded_tables`)."""
    if _FREEZE_LOADED:
        gc.freeze()
    return value


_BUILD_ASIDE = False
_IN_BUILDER = False
"""Whether this process is a child of :func:`_built_aside` (its tables are built where they are asked for)."""


_BUILDING = threading.local()
"""Table builds running in this thread, nested (its ``depth``, see :func:`building`). Why per thread: a
process-wide counter told every thread of a threaded service that it was building while any one thread built a
table (their askings went uncounted), and its ``+=`` from two threads at once could lose a step and stay above
zero for the process's life."""


@contextlib.contextmanager
def _building():
    """Marks a table's build run in this thread (:func:`building`)."""
    _BUILDING.depth = getattr(_BUILDING, "depth", 0) + 1
    try:
        yield
    finally:
        _BUILDING.depth -= 1


def building() -> bool:
    """Whether a table of the compiled cache is being built: in this process (:func:`cached`, :func:`table`),
    or this process is the child a build was forked into (:func:`_built_aside`).

    Why: a shortcut built only for a long run counts what the run asks (:mod:`mtqa.langs.answered` counts
    first askings of the dictionaries); a builder asks thousands of words once, for its own table (the exonyms'
    respellings ask the English dictionaries about every respelt name), and on a cold cache its askings passed
    the count, so the seed article's first run also built the 30,000-word answers table (~2 s of CPU, a third of
    what its cold run spent building over a run without a cache) that no short run opens. What a builder asks is
    not the run's demand."""
    return _IN_BUILDER or getattr(_BUILDING, "depth", 0) > 0


def build_tables_aside(on: bool = True) -> None:
    """From now on, build a table missing from the cache in a forked child, which stores it, and read the stored
    copy back here, as a run on a warm cache does (:func:`_built_aside`).

    Why: a first run after an installation, an upgrade or a code change builds its compiled tables while it
    checks. A build parses dictionaries and word lists into millions of short-lived objects; freed, they leave
    the process's memory arenas fragmented and the checking's own objects spread over them, so such a run peaked
    higher than every later one on the same input (stop 56: 296 MB against 270 MB for 1M HTML segments). Built in
    a child, that garbage goes with the child, and the checking process holds what a warm run holds. The
    ``mtqa`` command's choice for its own process (:func:`mtqa.cli.command_line`), as
    :func:`freeze_loaded_tables` is: a program that imports mtqa is not forked behind its back."""
    global _BUILD_ASIDE
    _BUILD_ASIDE = on


def _built_aside(store: Callable[[], Any], folder: Path) -> bool:
    """Run ``store()`` (build a table and store it in the cache ``folder``) in a forked child; whether it stored it.

    False, and nothing done, when building aside is off (:func:`build_tables_aside`), in such a child itself
    (a table built from another is built there), where ``fork`` is missing, or in a process running other
    threads (a fork copies only the calling thread, and a lock another thread held stays held in the child:
    the progress bar's refresh thread, a Dask client's loop), nor when ``folder`` cannot be written (the child
    could not store what it built, and the table would be built twice on every run): the caller then builds in
    its own process, as before. A child that fails for any reason (the build's own error included) answers False too, and the
    caller's own build meets that error where a serial build met it. The child ends with ``os._exit``: no exit
    handler of the parent's runs twice, and no buffered output is written twice."""
    global _IN_BUILDER
    if not _BUILD_ASIDE or _IN_BUILDER or not hasattr(os, "fork"):
        return False
    import threading

    if threading.active_count() != 1 or not _writable(folder):
        return False
    try:
        pid = os.fork()
    except OSError:  # a process limit: built here
        return False
    if pid == 0:  # pragma: no cover - the child (coverage is not collected across os._exit)
        code = 1
        try:
            _IN_BUILDER = True
            store()
            code = 0
        except BaseException:  # noqa: BLE001 - the parent builds again, and meets the error itself
            pass
        finally:
            os._exit(code)
    try:
        _, status = os.waitpid(pid, 0)
    except BaseException:  # an interrupt while waiting: the child must not outlive the run
        try:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        except OSError:
            pass
        raise
    return os.waitstatus_to_exitcode(status) == 0


OUTLINE_DEPTH = 2
"""Levels of a stored table that :func:`_outline` describes (the table, its parts, their first members)."""
OUTLINE_RECORD = 6
"""A tuple of at most this many members is outlined member by member (a record: ``(heads, compounds, qualities)``);
a longer one by its first member (a sequence)."""


def _outline(value: Any, depth: int = OUTLINE_DEPTH) -> Any:
    """The types of a stored table's top levels, in a few microseconds: its type, and for a dict its first key and
    value, for a list or a long tuple its first member, for a short tuple each member, ``depth`` levels down.

    Why: :func:`cached` stores it beside the table and serves the table only when the table read back has the
    outline stored with it. A file damaged into data that marshal still decodes, of the right name but of
    another shape (``(name, 5)``), was served, and the caller's first use of it ended the run with ``mtqa:
    internal error: TypeError`` (rv72b1); the hunspell and "of"-phrase tables, like most, have no ``valid``
    of their own. Read back and outlined again, such a table is a damaged entry: rebuilt from its sources.
    Sets are outlined by their type only: their order differs from one process to the next."""
    kind = type(value)
    if depth <= 0:
        return kind.__name__
    if kind is dict:
        return ("dict", *map(lambda v: _outline(v, depth - 1), next(iter(value.items()), ())))
    if kind is tuple and len(value) <= OUTLINE_RECORD:
        return ("tuple", *(_outline(v, depth - 1) for v in value))
    if kind is tuple or kind is list:
        return (kind.__name__, "*", _outline(value[0], depth - 1) if value else None)
    return kind.__name__


def _read_named(path: Path, name: str) -> Any:
    """The table stored by :func:`cached` at ``path`` (``_MISSING`` when absent, damaged or another's): the file
    holds ``(name, outline, table)`` and the table is served when it has that outline (:func:`_outline`)."""
    try:
        with open(path, "rb") as fh:
            stored = marshal.loads(fh.read())  # marshal.load(fh) reads the file in small pieces: 5x slower
            _mark_used(path, os.fstat(fh.fileno()).st_mtime)
        if type(stored) is tuple and len(stored) == 3 and stored[0] == name and stored[1] == _outline(stored[2]):
            return stored[2]
    except (OSError, EOFError, ValueError, TypeError):
        pass
    return _MISSING


def _store_named(folder: Path, path: Path, name: str, table: Any) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return store_whole(path, marshal.dumps((name, _outline(table), table)))
    except (OSError, ValueError):
        return False


def _stored_or_fail(stored: bool) -> None:
    if not stored:
        raise OSError("not stored")


def cached(name: str, sources: Iterable[Path], build: Callable[[], Any],
           valid: Optional[Callable[[Any], bool]] = None) -> Any:
    """The table ``build()`` returns, read from the cache when ``sources`` have not changed.

    ``build`` must return plain data that :mod:`marshal` can store (dicts,
    tuples, strings, numbers, frozensets).

    The file holds ``(name, outline, table)`` and is used only when it reads back as such, the table of that
    outline (:func:`_outline`): a file overwritten with other data that marshal still decodes (a number, another
    table, the right name over a number) was served as the table and ended every run with an internal error until
    the user deleted it; it is now rebuilt like a truncated one.
    ``valid`` (optional) is asked of a stored table before it is served: a table of the right name but of another
    shape (a damaged file that marshal still reads) is rebuilt and stored again likewise, where the caller would
    have failed on it or, worse, read it as other data (a string read as a set of its letters).
    """
    folder = cache_dir()
    if folder is None:
        return loaded(build())
    try:
        # not an earlier version's raw table (.marshal) nor its copy without an outline (.named.marshal)
        key, stamps = _keyed(name, sources)
        path = folder / f"{name}.{key}.named2.marshal"
    except OSError:
        return loaded(build())
    def read() -> Any:
        stored = _read_named(path, name)
        return _MISSING if stored is not _MISSING and valid is not None and not valid(stored) else stored

    stored = read()
    if stored is _MISSING and _built_aside(
            lambda: _stored_or_fail(_store_built(folder, path, name, build(), stamps)), folder):
        stored = read()  # as a warm run reads it (see build_tables_aside)
    if stored is not _MISSING:
        return loaded(stored)
    with _building():
        table = build()
    _store_built(folder, path, name, table, stamps)
    return loaded(table)


def _store_built(folder: Path, path: Path, name: str, table: Any, stamps: list) -> bool:
    """Store a table :func:`cached` built, if its sources are as when its key was made (:func:`_unchanged`)."""
    return _unchanged(stamps) and _store_named(folder, path, name, table)


LONG_RUN_BYTES = 1 << 20
"""Input bytes from which the ``mtqa check`` command runs as a long run (:func:`long_run`): 1 MiB of news is some
5,000 segments, whose busiest tables each pass :attr:`DiskTable.PACKED_AFTER` lookups within the first few hundred
segments and stay mapped for the rest of the run anyway."""

_LONG_RUN = False

_PACKING = threading.Lock()
"""Held while a table is packed (:meth:`DiskTable.pack`): one packing at a time in a process. A fork's child gets a
lock of its own (:func:`_after_fork_in_child`), as one held by a thread of the parent at the fork would never be
released there."""


@contextlib.contextmanager
def long_run(on: bool = True):
    """While ``on``, a disk table opened or asked during the block maps its packed copy at its first lookup,
    not after :attr:`DiskTable.PACKED_AFTER` SQLite queries: for a run known to be long (the ``mtqa check``
    command's input holds :data:`LONG_RUN_BYTES` or more), whose busy tables would be mapped after those queries
    anyway.

    Why: on WMT14's 24,024 pairs the twenty tables the run reads made ~5,700 queries before packing (~12 us
    each against ~2 us a packed lookup), and each SQLite connection kept the pages those queries read in its
    own page cache for the rest of the run: mapped from the first lookup, the run's peak resident memory was
    5.8 MiB lower (181.9 against 187.7 MiB, six paired runs) and its CPU ~1.5 % lower (median of the pairs'
    ratios 0.985). The bound stays for a
    short run, where mapping a table it asks a few hundred words costs more resident memory than the queries
    (see :attr:`DiskTable.PACKED_AFTER`). The answers are the table's either way. Blocks nest: the flag is put
    back as it was."""
    global _LONG_RUN
    previous = _LONG_RUN
    _LONG_RUN = previous or bool(on)
    try:
        yield
    finally:
        _LONG_RUN = previous


PAGE_CACHE_KIB = 256
"""SQLite's page cache per read-only table connection (:func:`_read_only`), in KiB; SQLite's default is 2,000.

Why: each table's connection stays open for the run and SQLite keeps the pages its queries read in the
connection's own cache up to that size, though a long run answers from the table's mapped packed copy
(:class:`PackedTable`) after its first lookups. In a run of 126,000 growing pairs (``bench/startup_memory.py
memory --vocabulary growing``) while other runs were rebuilding tables of the same cache folder, the 25 open
tables' caches held 26.1 MB of the process's heap (ten of them full, 2,050 kB each: tables scanned whole, read in
bulk or packed; ``sqlite3_db_status``) for the rest of the run; on a warm cache SQLite held 2.7 MB in all.
At 256 KiB the pages an index lookup walks (a table is 3-4 levels deep) stay cached for a short run's queries,
and the others are read again from the operating system's page cache. The answers are the table's either way."""


def _read_only(path: Path):
    """A read-only SQLite connection to the table file at ``path``, its page cache bounded (:data:`PAGE_CACHE_KIB`),
    opened as immutable.

    Why immutable: a table's file is never written in place: :func:`_write_table` writes a temporary file and
    renames it over the path, so an open connection keeps reading the file it opened, whole. Without the flag
    SQLite takes and drops a shared lock and reads the file's header again at every query, and drops its page
    cache whenever it cannot prove the file unchanged: ~18-40 us a lookup on this host against ~5-12 us
    immutable (the seed article's ~1,400 lookups before its tables are packed, measured in one process on the
    English frequency list). The answers are the file's either way; a damaged file is still told by
    :meth:`DiskTable.readable`.

    Why a connection open across a rebuild cannot read another version of the table: a path only ever names one
    table (its name carries the sources' :func:`fingerprint`), every writer (:func:`_write_table`,
    :func:`store_whole`) renames a whole new file over it, and a connection reads the inode it opened: the old
    file, whole, which holds the same rows (the same sources, the same code) or is the damaged copy
    :meth:`DiskTable.readable` already refused, in which case :func:`table` closed it before writing the new
    one. A forked child opens the path again (:meth:`DiskTable._reopen`). Nothing of mtqa writes a table file in
    place; a file rewritten in place by hand is read as a plain connection reads it (tests/test_startup_reads.py:
    the flag's one difference is that no lock is taken, so a writer's exclusive lock does not stop a lookup)."""
    import sqlite3

    db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    try:
        db.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")  # negative: KiB, whatever the file's page size
    except sqlite3.DatabaseError:  # a damaged file: DiskTable.readable tells, and table() builds it again
        pass
    return db


def _database_errors() -> tuple:
    """SQLite's error for a damaged file, named in an ``except`` clause (evaluated only when something is raised,
    so a run that reads no table does not import :mod:`sqlite3` for it)."""
    import sqlite3

    return (sqlite3.DatabaseError,)


class DiskTable:
    """A read-only ``str -> value`` table kept in an SQLite file, read a key at a time.

    A short run asks about a few dozen words: opening the file and looking
    them up costs about 10 µs each, where loading a 300,000-entry table into
    a dict costs a third of a second. A long run asks about many words, so
    after ``PACKED_AFTER`` lookups (a short article asks about 2,000 words in
    all tables together, at most ~400 of one) it answers from its packed copy (:class:`PackedTable`),
    mapped from disk: about 2 µs a lookup, and no copy of the table among the
    process's objects (the three Hunspell stem tables read whole cost 25 MB of
    resident memory on the WMT14 corpus). Values are stored with :mod:`marshal`.
    It answers ``in``, ``get``, ``[]``, ``items`` and ``len`` like the dict it
    replaces (``items`` and ``len`` read the whole table).
    """

    PACKED_AFTER = 500
    """Lookups after which a table still on disk maps its :class:`PackedTable` and answers from it, with no
    more queries (a long run asks about thousands of words, a short one never pays for the mapping).

    Why 500 and not 1,000 (as it was): a long run made ~1,000 SQLite queries (~12 µs each; a packed lookup
    ~2 µs) on each of the ten tables WMT14's run packs before mapping them, while mapping a stored packed copy
    costs 0.1-0.5 ms; at 500 it makes half as many (~0.06 s of CPU on the 24k WMT14 pairs). Not lower: the seed
    article asks its busiest tables 150 to 404 words each, and a mapped frequency list becomes resident page
    by page (64 at the bound would map six tables: +23 MB peak resident memory for the seed, 48 -> 71 MB,
    for ~1 % of its CPU). The answers are the table's either way.

    Lookups made while a table is being built (:func:`building`) are not counted. Why: on a cold cache the
    builders ask the dictionaries and frequency lists thousands of words once each (the exonyms' respellings),
    and their lookups packed wordfreq's English and French lists and both English dictionaries' stems (1.4 s
    of the seed article's cold CPU, ~0.55 s each frequency list) that the same run on a warm cache never packs;
    a long run still packs them at its first lookup (:func:`long_run`)."""

    def __init__(self, path: Path, load: Optional[Callable[[], dict]] = None, read_whole: bool = False,
                 rebuild: Optional[Callable[[], dict]] = None):
        self._path = path
        self._rebuild = rebuild  # the table's build, for a file found damaged past its first query (_damaged)
        self._read_whole = read_whole  # past PACKED_AFTER (a long run: at once), read whole, not packed (table())
        self._db = _read_only(path)
        _OPEN.add(self)
        self._dict: Optional[dict] = None
        self._asked = 0
        self._by_builds = 0  # of _asked, those made while a table was built (building()): they never pack it
        self._loader = load
        self._read: dict = {}  # answers read from disk (absent keys too), kept for keys asked again
        self._packed: Optional[PackedTable] = None
        self._filled: Optional[bool] = None  # whether the table has a row, asked once (it is read-only)

    def _load(self) -> dict:
        if self._dict is None:
            if self._loader is not None:  # the library's own (cached) dict: one copy in memory, not two
                self._dict = loaded(self._loader())
            else:
                whole = self._guarded(self._whole, lambda: None)
                if self._dict is None:  # not turned to the built table by a damaged page (_guarded)
                    self._dict = loaded(whole)
        return self._dict

    def _guarded(self, read: Callable[[], Any], instead: Callable[[], Any]) -> Any:
        """``read()``, or, when the file fails it with a damaged page, ``instead()`` once the table answers from
        its build in memory (:meth:`_damaged`); the error stands when there is no build to turn to.

        Why one guard for every reader of the file (a lookup, packing, reading it whole, counting): each wrote
        out its own ``try``, and one left out (packing, called by :func:`load_asked` in the Dask worker's
        warm-up) ended the worker with "database disk image is malformed"."""
        try:
            return read()
        except _database_errors():
            if not self._damaged():
                raise
            return instead()

    def _whole(self) -> dict:
        """The whole table: from its one-piece copy (a single read, 4x faster than row by row), made on
        the first such read."""
        whole = self._path.with_suffix(".whole2.marshal")  # (stamp, dict); earlier versions' .whole.marshal: the dict
        stamp = self._db.execute("PRAGMA user_version").fetchone()[0]  # this very table's (see PackedTable)
        try:
            with open(whole, "rb") as fh:
                stored = marshal.loads(fh.read())
            if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == stamp and isinstance(stored[1], dict):
                return stored[1]
        except (OSError, EOFError, ValueError, TypeError):
            pass
        shared: dict = {}  # equal values stored once (a dictionary's few hundred distinct flag sets)
        data = {k: shared.setdefault(value, value)
                for k, value in ((k, marshal.loads(v)) for k, v in self._db.execute("SELECT k, v FROM t"))}
        try:
            store_whole(whole, marshal.dumps((stamp, data)))  # shared values stay shared (marshal keeps references)
        except ValueError:
            pass
        return data

    def read_whole(self) -> dict:
        """The table read whole into a dict (``read_whole`` of :func:`table`), answering from it from now on.

        The file's connection and the answers read key by key are no longer needed then: closed and dropped
        (a process holds no file handle and no page cache for it, as when the table was a dict)."""
        whole = self._load()
        if self._db is not None:
            _OPEN.discard(self)
            self._db.close()
            self._db = None
        self._read = {}
        return whole

    def pack(self) -> None:
        """Answer from the packed copy from now on (see :class:`PackedTable`).

        One thread of a process packs a table at a time (:data:`_PACKING`): the threads of a Dask worker
        share this table and its connection, and two of them packing it at once deadlocked (one holds the
        connection's mutex while SQLite calls the packing's hash function, which waits for the interpreter
        lock the other holds while it registers that function on the same connection)."""
        if self._packed is None and self._dict is None:
            self._guarded(self._pack, lambda: None)  # damaged: answers from the built table (_dict) instead

    def _pack(self) -> None:
        with _PACKING:
            if self._packed is None:
                packed = loaded(PackedTable.of(self._path, self._db))  # for the process's life (see loaded)
                self._read = {}  # from now on the packed copy's recent answers (RECENT_ANSWERS), see get
                self._packed = packed

    def _damaged(self) -> bool:
        """The file failed a query past the first (:meth:`readable` tries only that one): answer from the table
        built in memory from now on, and drop the file (and its copies) so that the next run stores it again.
        False when there is no build to turn to (the caller's error then stands).

        Why: a page damaged in the middle of a large table (a disk error, a copy cut short) ended every run that
        asked a key on it with "internal error: DatabaseError: database disk image is malformed" until the
        user found and deleted the file. The answers are the built table's, as a cold run's."""
        if self._rebuild is None:
            return False
        self.close()
        for copy in (self._path, self._path.with_suffix(".packed"), self._path.with_suffix(".whole2.marshal")):
            try:
                copy.unlink(missing_ok=True)
            except OSError:
                pass
        with _building():
            self._dict = loaded(self._rebuild())
        self._packed, self._read = None, {}
        return True

    def _reopen(self) -> None:
        """A forked child's own connection: SQLite connections must not be used across ``fork``."""
        if self._db is not None and self._dict is None:
            _INHERITED.append(self._db)  # the parent's, left open: closing it here could disturb the parent
            self._db = _read_only(self._path)

    def get(self, key: str, default: Any = None) -> Any:
        """The value stored for ``key``, else ``default``.

        From the packed copy, the last :data:`RECENT_ANSWERS` keys' answers are kept (absent keys too) and
        a key asked again is answered from them. Why: different readers ask a table about the same word
        close together (the aligner and the meaning checks ask the lexical model's tables about the stems
        of one segment, several times each; the dictionaries' acceptance and common-word tests the same
        word): on WMT14's 24,024 pairs 117,660 packed lookups (~2 us each: a binary search of the mapped
        hashes, then unmarshalling the value) asked 73,000 distinct keys, and 28,566 of them had been asked
        within the table's last 1,024 keys (replaying each table's key stream). The answers are the
        packed copy's own, so the same as before; as values read before packing (``_read``), a value asked
        twice is the same object, which callers only read."""
        if self._dict is not None:
            return self._dict.get(key, default)
        packed = self._packed
        if packed is not None:
            value = self._read.get(key, _UNREAD)
            if value is _UNREAD:
                value = packed.get(key, _MISSING)
                if len(self._read) >= RECENT_ANSWERS:  # bounded: started afresh, as READ_MEMO
                    self._read.clear()
                self._read[key] = value
            return default if value is _MISSING else value
        self._asked += 1
        if not _LONG_RUN and building():  # a builder's lookups: not the run's demand (see _by_builds); tested
            self._by_builds += 1  # after _LONG_RUN: a long run packs at its first lookup, a builder's too (the
        elif _LONG_RUN or self._asked - self._by_builds > self.PACKED_AFTER:  # run's own would pack it next)
            if self._read_whole:
                return self.read_whole().get(key, default)
            self.pack()
            return self.get(key, default)
        value = self._read.get(key, _UNREAD)
        if value is _UNREAD:
            row = self._guarded(lambda: self._db.execute("SELECT v FROM t WHERE k = ?", (key,)).fetchone(),
                                lambda: _DAMAGED)
            if row is _DAMAGED:
                return self._dict.get(key, default)
            value = _MISSING if row is None else marshal.loads(row[0])
            if len(self._read) >= READ_MEMO:  # bounded: a long run meets ever more words
                self._read.clear()
            self._read[key] = value
        return default if value is _MISSING else value

    def in_memory(self, key: str, default: Any = None) -> Any:
        """What :meth:`get` answers for ``key`` when it can tell without querying the disk (the whole
        table, its packed copy, an answer read before), else :data:`ON_DISK`. Counts as no lookup."""
        if self._dict is not None:
            return self._dict.get(key, default)
        if self._packed is not None:
            return self.get(key, default)
        if key in self._read:
            value = self._read[key]
            return default if value is _MISSING else value
        return ON_DISK

    def __contains__(self, key: str) -> bool:
        return self.get(key, _MISSING) is not _MISSING

    def __getitem__(self, key: str) -> Any:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def items(self):
        return self._load().items()

    def __len__(self) -> int:
        return len(self._load())

    def count(self) -> int:
        """The number of rows, asked of the disk (``len`` reads the whole table)."""
        if self._dict is not None:
            return len(self._dict)
        return self._guarded(lambda: self._db.execute("SELECT count(*) FROM t").fetchone()[0],
                             lambda: len(self._dict))

    def __bool__(self) -> bool:
        """Whether the table has a row, without loading it; asked of the disk once. Why: a table is read-only,
        so the answer never changes, and callers test it on every word (``bool(verbs) and ...`` in
        :meth:`~mtqa.langs.language.Language.is_finite_verb_form`): one SQLite query per call was ~0.3 %
        of a WMT14 run."""
        if self._dict is not None:
            return bool(self._dict)
        if self._filled is None:
            self._filled = self._db.execute("SELECT 1 FROM t LIMIT 1").fetchone() is not None
        return self._filled

    def readable(self) -> bool:
        """Whether SQLite can read the table's file and it is the one written for its path (see
        :func:`_file_id`): its first query (:meth:`__bool__`'s, whose answer is
        kept) succeeds. Why: tables are written whole and renamed into place, but a file damaged later (a
        cache folder copied while being written, a truncated disk image) made every run end with
        "internal error: DatabaseError: database disk image is malformed" until the user found and
        deleted the file; :func:`table` rebuilds it instead. Costs one query per table per run."""
        import sqlite3

        try:
            bool(self)
            # and that it is this table: another table's file copied over it (a tool restoring or syncing a
            # cache folder) reads as a table too, and served, a word table answered the votes' questions with
            # frequencies: every long run ended with "internal error: TypeError" until the cache was deleted
            return self._db.execute("PRAGMA application_id").fetchone()[0] == _file_id(self._path)
        except sqlite3.DatabaseError:
            return False

    def close(self) -> None:
        """Close the file's connection (a damaged table about to be rebuilt under the same name)."""
        _OPEN.discard(self)
        if self._db is not None:
            self._db.close()
            self._db = None

    def __getstate__(self):  # sent to worker processes as the plain dict
        return self._load()

    def __setstate__(self, state: dict) -> None:
        self._db, self._dict, self._asked, self._path, self._packed = None, state, 0, None, None
        self._by_builds = 0
        self._rebuild = None
        self._filled = None


_bisect_left, _loads = bisect.bisect_left, marshal.loads
""":meth:`PackedTable.get`'s C functions, bound once: a long run makes ~86,000 lookups (WMT14's 24,024 pairs)."""


class PackedTable:
    """A :class:`DiskTable`'s keys and values packed in one file, memory-mapped: the table's answers
    without SQLite.

    A long run asks the big word tables (frequency lists, dictionary stems) about thousands of words;
    an SQLite query costs 10-30 µs (the WMT14 corpus made ~8,700 of them, 0.2-0.3 s of CPU), a lookup
    here about 2 µs, and the copy needs no reading: forked workers share its pages with no copy of the
    table in each (see :func:`load_asked`). It replaces the most frequent words each frequency list
    held in memory before (a "head": ~5 MB of Python objects per language). Entries are sorted by the CRC-32 of
    the key's UTF-8 bytes: a binary search finds the key's hash, then the stored key bytes are compared
    (a hash may be shared), and its value is the table's own marshal'd bytes. So every answer is the
    table's, for present and absent keys alike.

    Layout (this machine's byte order; the file is the machine's cache): ``MAGIC``, the entry count
    ``n``, the table's stamp (its SQLite ``user_version``, drawn at random by :func:`_write_table`: a copy
    is used only beside the very table it was made from, whoever wrote it and when), ``n`` hashes,
    ``n + 1`` key offsets, ``n + 1`` value offsets (4 bytes each), the keys' bytes,
    the values' bytes. Built from the table on first use and kept beside it (``<table>.packed``), so it
    follows the table's own fingerprint. The mapping costs no read at start and is shared by forked
    workers through the page cache; only the pages a run touches become resident.
    """

    MAGIC = b"MTQPACK1"

    def __init__(self, data) -> None:
        n = int.from_bytes(data[8:12], sys.byteorder)
        if len(data) < 16 + 12 * n + 8:  # cut short, or a garbled count: its arrays would not fit
            raise ValueError("packed table of the wrong length")
        view = memoryview(data)
        at = 16
        self._hashes = view[at:at + 4 * n].cast("I")
        at += 4 * n
        self._key_at = view[at:at + 4 * (n + 1)].cast("I")
        at += 4 * (n + 1)
        self._value_at = view[at:at + 4 * (n + 1)].cast("I")
        at += 4 * (n + 1)
        self._keys_start = at
        self._values_start = at + self._key_at[n]
        if len(data) != self._values_start + self._value_at[n]:
            raise ValueError("packed table of the wrong length")
        self._data = data
        self._n = n
        self.stamp = int.from_bytes(data[12:16], sys.byteorder)

    @staticmethod
    def hash(key: bytes) -> int:
        return zlib.crc32(key)

    SEARCH_WINDOW = 1_024
    """Entries on either side of a key's expected place that the binary search starts from (see :meth:`get`)."""

    def get(self, key: str, default: Any = None) -> Any:
        """The value stored for ``key``, else ``default``.

        The hashes are sorted CRC-32s, spread evenly over 32 bits, so a key's hash ``h`` stands near entry
        ``h * n / 2**32``: the binary search starts within ``SEARCH_WINDOW`` entries of that place when the
        entries at the window's edges show the hash cannot stand outside it, and over the whole table
        otherwise (the same index either way). Why: each step of the search reads one hash of the mapped
        array (a Python int made each time), and a lookup was about half search; on the largest table a run
        reads (wordfreq's 321,180 English words) a key stands at most 423 entries from its expected place
        (20,000 WMT14 words), so 11 steps and two edge reads replace 19 steps (~0.27 us of ~2.3 us a lookup)."""
        raw = key.encode("utf-8", "surrogatepass")  # a lone surrogate matches no stored key (valid UTF-8)
        h = self.hash(raw)
        hashes = self._hashes
        n = self._n
        at, window = (h * n) >> 32, self.SEARCH_WINDOW  # at < n: h < 2**32
        lo = at - window if at > window else 0
        hi = at + window if at + window < n else n
        if (lo and hashes[lo - 1] >= h) or (hi < n and hashes[hi] < h):
            lo, hi = 0, n  # the first entry of hash >= h is not within the window
        i = _bisect_left(hashes, h, lo, hi)
        if i < n and hashes[i] == h:  # the key's hash is stored (most keys asked): its entries compared
            data, key_at, keys_start = self._data, self._key_at, self._keys_start
            while True:
                if data[keys_start + key_at[i]:keys_start + key_at[i + 1]] == raw:
                    value_at, values_start = self._value_at, self._values_start
                    return _loads(data[values_start + value_at[i]:values_start + value_at[i + 1]])
                i += 1
                if i >= n or hashes[i] != h:
                    break
        return default

    def __len__(self) -> int:
        return self._n

    @classmethod
    def pack(cls, rows: Iterable[tuple[str, bytes]], stamp: int = 0) -> bytes:
        """The file's bytes for the (key, marshal'd value) ``rows`` of a table stamped ``stamp``."""
        entries = sorted((cls.hash(raw), raw, value) for raw, value in
                         ((k.encode("utf-8", "surrogatepass"), v) for k, v in rows))
        hashes, key_at, value_at = array.array("I"), array.array("I", [0]), array.array("I", [0])
        for h, raw, value in entries:
            hashes.append(h)
            key_at.append(key_at[-1] + len(raw))
            value_at.append(value_at[-1] + len(value))
        n = len(entries)
        return b"".join([cls.MAGIC, n.to_bytes(4, sys.byteorder), stamp.to_bytes(4, sys.byteorder),
                         hashes.tobytes(), key_at.tobytes(),
                         value_at.tobytes(), *(raw for _, raw, _ in entries), *(v for _, _, v in entries)])

    @classmethod
    def of(cls, path: Path, db) -> "PackedTable":
        """The packed copy of the table at ``path`` (open as ``db``): mapped from ``<path>.packed``, or
        built and stored there (or, when it cannot be stored, held in memory)."""
        import mmap

        stored = path.with_suffix(".packed")
        stamp = db.execute("PRAGMA user_version").fetchone()[0] & 0xFFFFFFFF
        read = ReadTable.open(stored, stamp)
        if read is not None:
            return read
        try:
            with open(stored, "rb") as fh:
                data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            if data[:8] == cls.MAGIC:
                packed = cls(data)
                if packed.stamp == stamp:
                    return packed
        except (OSError, ValueError):
            pass
        if cls._written_aside(stored, path, stamp) or cls.write(stored, db, stamp):
            read = ReadTable.open(stored, stamp)
            if read is not None:
                return read
            try:
                with open(stored, "rb") as fh:
                    packed = cls(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ))
                if packed.stamp == stamp:
                    return packed
            except (OSError, ValueError):
                pass
        # a read-only or full cache folder: answered from a copy in memory all the same
        return cls(cls.pack(((k, bytes(v)) for k, v in db.execute("SELECT k, v FROM t")), stamp))

    @classmethod
    def _written_aside(cls, stored: Path, path: Path, stamp: int) -> bool:
        """:meth:`write` run in a child (:func:`_built_aside`: its hashes and offsets, SQLite's sort and page cache
        stay out of this process), on a connection of its own: one opened before a fork is not to be used in the
        child."""
        def store() -> None:
            import sqlite3

            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                if not cls.write(stored, db, stamp):
                    raise OSError("not stored")
            finally:
                db.close()

        return _built_aside(store, stored.parent)

    @classmethod
    def write(cls, path: Path, db, stamp: int) -> bool:
        """Write the bytes :meth:`pack` makes of ``db``'s table to ``path``, row by row, whole or not at all
        (False: nothing is left behind, as :func:`store_whole`).

        Why not ``pack``: it sorts a tuple per entry in memory (a few hundred bytes an entry), and the run
        then holds the whole file's bytes for its life. A first long run packs every big table it reads,
        Russian word frequencies too (27 MB packed, held for the run as bytes before). Here SQLite sorts the rows by hash (spilling to its temporary files, as it does for any large
        ``ORDER BY``), keys are written as they come and values through a temporary file, and only the
        hashes and offsets (12 bytes an entry) are held; the run then maps the stored file like any other.
        Equal hashes keep the keys' byte order, as ``pack``'s sort does: SQLite's ``BINARY`` collation
        compares the UTF-8 bytes."""
        import shutil
        import sqlite3
        import tempfile

        n = db.execute("SELECT count(*) FROM t").fetchone()[0]
        db.create_function("mtqa_pack_hash", 1, lambda k: cls.hash(k.encode("utf-8", "surrogatepass")),
                           deterministic=True)
        hashes, key_at, value_at = array.array("I"), array.array("I", [0]), array.array("I", [0])
        tmp = _own_tmp(path)
        try:
            with open(tmp, "xb") as out, tempfile.TemporaryFile(dir=path.parent) as values:
                out.seek(16 + 12 * n + 8)
                for k, v in db.execute("SELECT k, v FROM t ORDER BY mtqa_pack_hash(k), k"):
                    raw = k.encode("utf-8", "surrogatepass")
                    hashes.append(cls.hash(raw))
                    key_at.append(key_at[-1] + len(raw))
                    value_at.append(value_at[-1] + len(v))
                    out.write(raw)
                    values.write(v)
                if len(hashes) != n:
                    raise ValueError("the table changed while it was packed")
                values.seek(0)
                shutil.copyfileobj(values, out)
                out.seek(0)
                out.write(b"".join([cls.MAGIC, n.to_bytes(4, sys.byteorder), stamp.to_bytes(4, sys.byteorder),
                                    hashes.tobytes(), key_at.tobytes(), value_at.tobytes()]))
            os.replace(tmp, path)
            return True
        except (OSError, ValueError, sqlite3.Error):
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
            return False


class ReadTable(PackedTable):
    """A :class:`PackedTable`'s file read with ``pread`` at each lookup instead of mapped: none of its pages
    become the process's resident memory.

    Why: a mapped table's pages count in the process's resident memory once touched, and the kernel maps a
    page's neighbours too (fault-around, 64 kB), so a few hundred lookups at random make a table resident
    whole, and dropping its pages (``MADV_DONTNEED``) every 2,000 lookups kept the frequency lists as
    resident as before. A table of more than ``READ_FROM`` bytes is asked few words in a run (the Russian
    frequency list, 27 MB, read for names' transliterations) yet became resident page by page as a long run
    of news brought new names: 10 MB of it after 30,000 pairs of the growing memory corpus
    (``bench/startup_memory.py memory --vocabulary growing``), still growing. A lookup here costs a binary
    search of ``pread`` calls (~20 µs), the same answers from the same file."""

    READ_FROM = 16 * 1024 * 1024
    """Packed files larger than this are read a lookup at a time (:meth:`DiskTable.pack`)."""

    def __init__(self, fd: int) -> None:
        head = os.pread(fd, 16, 0)
        if head[:8] != self.MAGIC:
            raise ValueError("not a packed table")
        n = int.from_bytes(head[8:12], sys.byteorder)
        self._fd, self._n, self.stamp = fd, n, int.from_bytes(head[12:16], sys.byteorder)
        self._key_at_at = 16 + 4 * n
        self._value_at_at = self._key_at_at + 4 * (n + 1)
        self._keys_start = self._value_at_at + 4 * (n + 1)
        self._values_start = self._keys_start + self._uint(self._key_at_at + 4 * n)
        if os.fstat(fd).st_size != self._values_start + self._uint(self._value_at_at + 4 * n):
            raise ValueError("packed table of the wrong length")

    def _read(self, at: int, size: int) -> bytes:
        data = os.pread(self._fd, size, at)
        if len(data) != size:
            raise ValueError("packed table cut short")
        return data

    def _uint(self, at: int) -> int:
        return int.from_bytes(self._read(at, 4), sys.byteorder)

    def _span(self, at: int) -> tuple[int, int]:
        both = self._read(at, 8)
        return int.from_bytes(both[:4], sys.byteorder), int.from_bytes(both[4:], sys.byteorder)

    def get(self, key: str, default: Any = None) -> Any:
        raw = key.encode("utf-8", "surrogatepass")
        h = self.hash(raw)
        lo, hi = 0, self._n
        while lo < hi:  # bisect_left over the stored hashes
            mid = (lo + hi) // 2
            if self._uint(16 + 4 * mid) < h:
                lo = mid + 1
            else:
                hi = mid
        i = lo
        while i < self._n and self._uint(16 + 4 * i) == h:
            start, end = self._span(self._key_at_at + 4 * i)
            if self._read(self._keys_start + start, end - start) == raw:
                start, end = self._span(self._value_at_at + 4 * i)
                return marshal.loads(self._read(self._values_start + start, end - start))
            i += 1
        return default

    @classmethod
    def open(cls, path: Path, stamp: int) -> Optional["ReadTable"]:
        """The table stored at ``path`` when it is this table's (``stamp``) and larger than ``READ_FROM``."""
        try:
            if os.stat(path).st_size <= cls.READ_FROM:
                return None
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return None
        try:
            found = cls(fd)
            if found.stamp == stamp:
                return found
        except (OSError, ValueError):
            pass
        os.close(fd)
        return None


ON_DISK = object()
"""What :meth:`DiskTable.in_memory` answers for a key only the disk can tell about."""
READ_MEMO = 50_000
"""Answers read from disk that a table remembers; past this many it starts afresh."""
RECENT_ANSWERS = 1_024
"""Answers of its packed copy that a table remembers (see :meth:`DiskTable.get`); past this many it starts
afresh. Replaying each table's key stream of WMT14's 24,024 pairs: 22,348 of 117,660 lookups are answered
again at 256, 28,566 at 1,024, 34,424 at 4,096; at 1,024 about 1.5 MB for the ten tables a run packs,
whatever the corpus."""
_MISSING = object()
_UNREAD = object()
"""Not in :attr:`DiskTable._read` (where ``_MISSING`` records a key read and found absent)."""
_DAMAGED = object()
"""What :meth:`DiskTable._guarded` answers for a lookup the damaged file failed (the built table answers it)."""
_INHERITED: list = []
_OPEN: "weakref.WeakSet[DiskTable]" = weakref.WeakSet()
"""Disk tables of this process, given new connections in a forked child (see :meth:`DiskTable._reopen`)."""


def load_asked() -> None:
    """Map the packed copy of every disk table of this process that has been asked about.

    For a process about to fork workers, once it has run the checks on a few
    texts: the tables those checks read are the ones every worker will ask
    about, thousands of times in a long run, and a copy mapped once here
    (:class:`PackedTable`) is shared by all of them through the page cache,
    with nothing read: reading the frequency lists whole took 0.1-0.2 s each,
    the dictionaries' stems 0.02 s each. Tables no selected check reads stay
    on disk. A table made ``read_whole`` (:func:`table`) is read whole into a dict instead, as its own
    lookups would read it: it is never packed. A table asked only by builders (:func:`building`) is not the
    checks' demand, as in :meth:`DiskTable.get`, and stays on disk too.
    """
    for disk_table in list(_OPEN):
        if disk_table._dict is None and disk_table._asked > disk_table._by_builds:
            if disk_table._read_whole:  # never packed: read whole, as its own lookups would read it (table())
                disk_table.read_whole()
            else:
                disk_table.pack()


def _after_fork_in_child() -> None:
    global _PACKING, _FORKED
    _FORKED = True  # ends with os._exit (a worker, a table built aside): its digests are stored at once
    _PACKING = threading.Lock()  # the parent's may be held by one of its threads, which the child does not have
    for disk_table in list(_OPEN):
        disk_table._reopen()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def table(name: str, sources: Iterable[Path], build: Callable[[], dict], shared: bool = False,
          rows: Optional[Callable[[], Iterable[tuple[str, Any]]]] = None, optional: bool = False,
          stored_only: bool = False, read_whole: bool = False):
    """The ``str -> value`` table ``build()`` returns, as a :class:`DiskTable` when it can be cached.

    ``rows``: the same table's ``(key, value)`` pairs as an iterator (a later pair of a key replaces an
    earlier one, as in a dict), which a cold cache writes to SQLite as they come. Why: ``build()`` holds
    the whole table in memory while it is written; wordfreq's Russian list (713,000 words) read whole,
    as its list of buckets and its dict, both kept by wordfreq's own caches for the rest of the run,
    raised a first run's peak resident memory by ~100 MB over a run on a warm cache.

    Built once per change of ``sources`` (see :func:`fingerprint`); without
    a writable cache folder the dict itself is returned. ``shared``: ``build``
    returns a dict its library caches and uses itself (wordfreq's tables), so
    reading the whole table (``items``) gives that very dict rather than a
    second copy. A long run answers from the packed copy
    (:class:`PackedTable`). Same answers either way.

    ``optional``: the table only saves work when it is kept (a precomputed shortcut, see
    :meth:`~mtqa.evidence.Evidence._precomputed_votes`): when it is not stored yet and there is no cache
    folder or it cannot take the table (read-only, under a file), None is returned and nothing is built
    (built on every run to be thrown away, it would cost more than it saves); a table already stored (a
    cache filled, then mounted read-only) is served.

    ``stored_only``: the table is served only when it is already stored, never built (None otherwise). Why: a
    shortcut worth building only for a long run (:meth:`~mtqa.evidence.Evidence._prebuilt_facts`, after
    thousands of words) is worth opening far sooner when an earlier run stored it: each word asked before is
    answered in Python instead.

    ``read_whole``: a table a long run asks on every segment, small enough to hold (some 10^5 rows): a short
    run asks it a few keys on disk, and past :attr:`DiskTable.PACKED_AFTER` lookups (a long run: from the
    first, see :func:`long_run`) it is read whole into a dict (its one-piece copy, one read) instead of
    packed, so a long run answers in a dict lookup as when the table was a dict from :func:`cached`.
    """
    folder = cache_dir()
    if folder is None:
        return None if optional or stored_only else build()
    sources = list(sources)
    try:
        key, stamps = _keyed(name, sources)
        path = folder / f"{name}.{key}.sqlite"
        if not _stored_file(path):
            if stored_only or (optional and not _writable(folder)):
                return None
            if not (_built_aside(lambda: _write_table(path, build() if rows is None else rows(), stamps), folder)
                    and _stored_file(path)):
                with _building():
                    _write_table(path, build() if rows is None else rows(), stamps)
        found = DiskTable(path, build if shared else None, read_whole, build)
        if not found.readable():  # damaged since it was written (a truncated copy, a disk error): rebuilt once
            found.close()
            if stored_only:
                return None
            with _building():
                _write_table(path, build() if rows is None else rows(), stamps)
            found = DiskTable(path, build if shared else None, read_whole, build)
        return found
    except SourcesChanged:
        with _building():
            return build()
    except OSError:
        return build()
    except Exception as exc:  # sqlite3.Error and friends: the cache is an optimisation only
        if type(exc).__module__ == "sqlite3":
            return build()
        raise


def _writable(folder: Path) -> bool:
    """Whether ``folder`` exists, or can be made, and can be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


WRITE_PRAGMAS = ("PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF", "PRAGMA cache_size = -65536")
"""How :func:`_write_table` sets up the connection that writes a new table's temporary file.

Why: the file is private to its writer until it is renamed into place, whole, after the commit, so SQLite's rollback
journal and its ``fsync`` calls protect nothing (a writer that dies leaves a ``.tmp`` that is never read and that
:func:`prune` removes); the one sync that matters, of the whole file before its rename, :func:`_write_table` makes
itself (the seed article's cold run: the same CPU, 12.68 against 12.55 s, three pairs). And a table's keys come in the order of its
source (a frequency list by frequency), so each insert lands at a random place of the B-tree: with SQLite's
default page cache (2 MB) the pages of a large table are written out and read back again and again. With 64 MB
the B-tree of every table mtqa builds stays in memory until the commit writes it once (Russian word frequencies,
713,000 rows, 24 MB: 2.9 s of CPU to write before, 2.0 s after, in a child process that exits after building
it, see :func:`build_tables_aside`). The file's bytes and the answers are the same either way."""


class SourcesChanged(OSError):
    """A table's source files changed while it was built (:func:`_unchanged`): it is not stored."""


def _write_table(path: Path, data, stamps: Optional[list] = None) -> None:
    """Store ``data`` (a dict, or an iterator of its ``(key, value)`` pairs, consumed once as it comes), if the
    sources are still as ``stamps`` tells (:func:`_unchanged`), else raise :class:`SourcesChanged`.

    The file is synced before it is renamed into place. Why: with SQLite's own syncs off (:data:`WRITE_PRAGMAS`)
    a power loss after the rename could leave a file of zeroed pages under the table's name, which a later run
    reads as "database disk image is malformed" (:meth:`DiskTable.get` then builds the table in memory and
    drops the file). One ``fsync`` per table written, on a cold run only."""
    import sqlite3

    pairs = data.items() if isinstance(data, dict) else data

    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in (".packed", ".whole2.marshal", ".keys", ".whole.marshal"):  # an earlier table's copies (the last
        # two: earlier versions')
        path.with_suffix(stale).unlink(missing_ok=True)
    tmp = _own_tmp(path)
    try:
        db = sqlite3.connect(tmp)
        try:
            for pragma in WRITE_PRAGMAS:
                db.execute(pragma)
            db.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID")
            db.execute(f"PRAGMA user_version = {int.from_bytes(os.urandom(4), 'big') >> 1}")  # see PackedTable
            db.execute(f"PRAGMA application_id = {_file_id(path)}")  # see DiskTable.readable
            db.executemany("INSERT OR REPLACE INTO t VALUES (?, ?)",
                           ((k, marshal.dumps(v)) for k, v in pairs))
            db.commit()
        finally:
            db.close()
        if stamps is not None and not _unchanged(stamps):
            raise SourcesChanged(f"{path.name}: its sources changed while it was built")
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        _stored(path)
    except BaseException:  # a full disk, an interrupt: leave no partial table behind
        close = getattr(data, "close", None)
        if close is not None:  # the rows' generator, stopped where it is: its files and temporary databases closed
            close()  # now (langid.profile_rows, hunspell.text_lines), not when the traceback is let go (table()
            # falls back to build() inside its except clause: the generator's would be held while that runs)
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass
        raise


def _file_id(path: Path) -> int:
    """The number a table's SQLite file carries for its name (the table's name and key, see :func:`table`), so
    that a file copied over it from another name is known (a table written before it carried one is written
    again, once)."""
    return zlib.crc32(path.name.encode("utf-8", "surrogatepass")) >> 1


def store_whole(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` whole or not at all: through a temporary file of this writer's own
    (:func:`_own_tmp`, opened exclusively, so never another writer's), renamed into place. A failure (a
    read-only or full cache folder) leaves no partial file and is answered False: every cached copy is
    an optimisation, rebuilt by the next run."""
    tmp = _own_tmp(path)
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        _stored(path)
        return True
    except OSError:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        return False


def _stored_file(path: Path) -> bool:
    """Whether a copy is stored at ``path`` (a regular file), marking it used (:func:`_mark_used`)."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    _mark_used(path, st.st_mtime)
    return (st.st_mode & 0o170000) == 0o100000  # S_ISREG, without importing stat at start-up


def _mark_used(path: Path, mtime: float) -> None:
    """Give a stored copy read now a fresh modification time when its own is over :data:`PRUNE_AGE` old.

    Why the modification time: pruning must tell the versions still in use from those an upgrade or an edited
    data file left behind, and most file systems are mounted ``relatime`` or ``noatime``, so the time a file
    was last read is not kept reliably. Touching at most once per :data:`PRUNE_AGE` costs a run one ``stat``
    per table it opens; a failure (a read-only cache) only leaves the time as it was."""
    if time.time() - mtime > PRUNE_AGE:
        try:
            os.utime(path)
        except OSError:
            pass


_PRUNED: set[str] = set()
"""Cache folders this process has pruned (once each, on its first new copy there)."""


def _stored(path: Path) -> None:
    """A new copy was just stored at ``path``: prune its folder once per process (see :func:`prune`).

    Why after a store: a new copy is what an upgrade, an edited data file or another checkout brings, so a
    process that found every table in place has nothing new to make room for and pays nothing."""
    folder = str(path.parent)
    if folder in _PRUNED:
        return
    _PRUNED.add(folder)
    try:
        prune(path.parent)
    except OSError:
        pass


_VERSIONED = None
"""Compiled lazily: ``NAME.KEY.REST``, KEY the 24 hexadecimal digits of :func:`fingerprint` (or of
:func:`package_digest`), NAME possibly holding dots (``toml-score-fr-en.toml``) and digests of its own."""


def _versioned():
    global _VERSIONED
    if _VERSIONED is None:
        import re

        _VERSIONED = (re.compile(r"(.+)\.([0-9a-f]{24})\.[A-Za-z].*\Z", re.S), re.compile(r"[0-9a-f]{16,}"))
    return _VERSIONED


def prune(folder: Path, keep: int = KEEP_VERSIONS, age: float = PRUNE_AGE,
          now: Optional[float] = None) -> list[Path]:
    """Remove the stored copies of versions nobody uses any more from the cache ``folder``; return their paths.

    Why: every copy is keyed by the files it was built from (:func:`fingerprint`), so an upgrade, an edited
    data file or another checkout of mtqa stores a new version of each table beside the old ones, which no run
    asks for again. Nothing removed them: a development machine's folder held 3,779 files (2.4 GB) after one
    day, where one version of every table takes ~140 MB.

    A *kind* is a table's name with any digest inside it blanked (``check-index-<digest>`` names one kind); a
    *version* is one key of a kind, all its files (``.sqlite``, ``.packed``, ``.whole2.marshal`` …), dated by
    the newest of their modification times (stored, or marked used by :func:`_mark_used`). Of each kind the
    ``keep`` newest versions stay, and so does any version dated within ``age`` seconds: several checkouts or
    installations used side by side keep theirs, and a version removed while a run has it open is only built
    again by the next run that needs it (POSIX keeps an open file readable). A writer's temporary file
    (``….tmp``, an SQLite journal) older than ``age`` is the leftover of a process that died while writing.
    A version that holds only its lock file (``file-digests.<key>.lock`` whose store failed) takes none of the
    ``keep`` places and goes once older than ``age``; a lock file goes only while no run holds it
    (:func:`_remove_lock`). Files whose names mtqa does not write are never touched.

    Two kinds of copy no run reads again whatever their version, also removed once older than ``age``: a copy
    beside a newer form of itself in the same version (``.named.marshal`` beside ``.named2.marshal``: a reader
    asks for the newest form only), and the regular expressions' store of an earlier :data:`mtqa.regexcache.FORMAT`
    (``regex-4.…`` once the format is 5: the name carries the format, so a bump leaves the old file behind)."""
    import re

    from mtqa.regexcache import FORMAT as REGEX_FORMAT

    versioned, digest = _versioned()
    now = time.time() if now is None else now
    kinds: dict[str, dict[str, list]] = {}
    forms: dict[tuple[str, str], list[tuple[Path, float]]] = {}
    removed: list[Path] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                mtime = entry.stat(follow_symlinks=False).st_mtime
            except OSError:
                continue
            if name.endswith((".tmp", ".tmp-journal")):
                if now - mtime > age and versioned.match(name):
                    removed.append(Path(entry.path))
                continue
            regex = re.match(_REGEX_STORE, name)
            if regex is not None:
                if int(regex.group(1)) < REGEX_FORMAT and now - mtime > age:
                    removed.append(Path(entry.path))
                continue
            found = versioned.match(name)
            if found is None:
                continue
            version = kinds.setdefault(digest.sub("#", found.group(1)), {}).setdefault(found.group(2), [0.0, []])
            version[0] = max(version[0], mtime)
            version[1].append(Path(entry.path))
            forms.setdefault(found.group(1, 2), []).append((Path(entry.path), mtime))
    for copies in forms.values():
        removed.extend(_superseded(copies, now, age))
    for versions in kinds.values():
        slots = 0
        for newest, paths in sorted(versions.values(), key=lambda v: v[0], reverse=True):
            if all(path.suffix == ".lock" for path in paths):  # a lock alone (its store failed): no version to keep
                if now - newest > age:
                    removed.extend(paths)
                continue
            slots += 1
            if slots > keep and now - newest > age:
                removed.extend(paths)
    gone = []
    for path in dict.fromkeys(removed):  # a superseded copy of an old version is named twice
        if path.suffix == ".lock":
            if _remove_lock(path):  # not while a live run holds it
                gone.append(path)
            continue
        try:
            path.unlink()
            gone.append(path)
        except FileNotFoundError:
            gone.append(path)  # another process pruned it first
        except OSError:
            pass  # held open where that forbids removal (Windows), or a read-only folder: left for later
    return gone


_REGEX_STORE = r"regex-(\d+)\..*\.marshal\Z"
"""The regular expressions' store (:mod:`mtqa.regexcache`): ``regex-<format>.<python>.marshal``."""

_FORM = r"\.[0-9a-f]{24}\.([A-Za-z]+?)(\d*)\.marshal\Z"
"""The form of a copy after its version's key: ``named`` (1) or ``named2`` (2) of ``….<key>.named2.marshal``."""


def _superseded(copies: list[tuple[Path, float]], now: float, age: float) -> list[Path]:
    """Of one version's files (path, date), the copies older than ``age`` beside a newer form of themselves: the
    same form name with a higher number (``.named.marshal`` beside ``.named2.marshal``)."""
    import re

    newest: dict[str, int] = {}
    for path, _ in copies:
        form = re.search(_FORM, path.name)
        if form is not None:
            newest[form.group(1)] = max(newest.get(form.group(1), 0), int(form.group(2) or 1))
    out = []
    for path, mtime in copies:
        form = re.search(_FORM, path.name)
        if form is not None and int(form.group(2) or 1) < newest[form.group(1)] and now - mtime > age:
            out.append(path)
    return out


def _ours(name: str) -> bool:
    """Whether a file of the cache folder is one mtqa writes: a versioned table, a writer's temporary file,
    or the regular expressions' store of one Python (:mod:`mtqa.regexcache`)."""
    return _versioned()[0].match(name) is not None or (name.startswith("regex-") and name.endswith(".marshal"))


def usage(folder: Path) -> dict:
    """What the cache ``folder`` holds of mtqa's: files, bytes, kinds of table and versions of them."""
    versioned, digest = _versioned()
    files = size = 0
    versions: set = set()
    with os.scandir(folder) as entries:
        for entry in entries:
            if not _ours(entry.name) or not entry.is_file(follow_symlinks=False):
                continue
            files += 1
            size += entry.stat(follow_symlinks=False).st_size
            found = versioned.match(entry.name)
            if found is not None and not entry.name.endswith((".tmp", ".tmp-journal")):
                versions.add((digest.sub("#", found.group(1)), found.group(2)))
    return {"folder": str(folder), "files": files, "bytes": size,
            "kinds": len({kind for kind, _ in versions}), "versions": len(versions)}


def clear(folder: Path) -> int:
    """Remove every file of mtqa's from the cache ``folder`` (the next run builds what it needs); return how
    many. Other files are left, and so is the folder, and so is a lock file a live run holds (:func:`_remove_lock`)."""
    gone = 0
    with os.scandir(folder) as entries:
        for entry in entries:
            if _ours(entry.name) and entry.is_file(follow_symlinks=False):
                if entry.name.endswith(".lock"):  # not while a live run holds it (_remove_lock)
                    gone += _remove_lock(Path(entry.path))
                    continue
                try:
                    os.unlink(entry.path)
                    gone += 1
                except FileNotFoundError:
                    pass
    return gone


def _own_tmp(path: Path) -> Path:
    """A temporary name beside ``path`` that no other writer uses: another thread, or a process with the
    same id in another container sharing the cache folder, may be writing ``path`` at the same time."""
    return path.with_name(f"{path.name}.{os.getpid()}-{os.urandom(6).hex()}.tmp")
