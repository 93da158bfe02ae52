"""Compiled copies of the large word tables, so a run does not re-parse them.

Parsing the Hunspell ``.dic``/``.aff`` files and unpacking wordfreq's tables
costs most of a short run's start-up (about half a second for English and
French), while reading the same Python objects back with :mod:`marshal`
costs a few milliseconds. :func:`cached` builds a table once, stores it under
the user's cache folder and returns the stored copy on later runs.

The stored copy is keyed by a digest of the files it was built from (path,
size and modification time of each, as Python's own bytecode cache does, so
that a check never reads megabytes just to find out it may skip reading
them) and of this format's version: an updated dictionary or wordfreq
release gets a new key and the old copy is simply not used again. When no
cache folder is writable the table is built in memory every time, as before.

``$MTQA_CACHE_DIR`` chooses the folder (default ``$XDG_CACHE_HOME/mtqa`` or
``~/.cache/mtqa``); ``MTQA_CACHE_DIR=off`` turns the cache off.
"""
from __future__ import annotations

import array
import bisect
import gc
import marshal
import os
import weakref
import zlib
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

FORMAT = 1
"""Bumped whenever the shape of a stored table changes."""


def cache_dir() -> Optional[Path]:
    env = os.environ.get("MTQA_CACHE_DIR")
    if env:
        return None if env.lower() in ("off", "0", "none") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mtqa"


def fingerprint(name: str, sources: Iterable[Path]) -> str:
    """Digest of the table's name, this module's format and each source file's identity."""
    import hashlib

    h = hashlib.blake2b(f"{name}\0{FORMAT}".encode(), digest_size=12)
    for path in sources:
        st = os.stat(path)
        h.update(f"\0{os.path.realpath(path)}\0{st.st_size}\0{st.st_mtime_ns}".encode())
    return h.hexdigest()


_FREEZE_LOADED = False


def freeze_loaded_tables(on: bool = True) -> None:
    """From now on, move what is alive to the collector's permanent generation after each table load.

    Why: the word tables, dictionaries and models are read lazily, in the middle of a run, and live as
    long as the process. Every object they hold (a model of 37,000 candidate tuples, a dictionary's
    rules, a frequency list's head) was otherwise walked by the next young collection of the cyclic
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


def cached(name: str, sources: Iterable[Path], build: Callable[[], Any]) -> Any:
    """The table ``build()`` returns, read from the cache when ``sources`` have not changed.

    ``build`` must return plain data that :mod:`marshal` can store (dicts,
    tuples, strings, numbers, frozensets).
    """
    folder = cache_dir()
    if folder is None:
        return loaded(build())
    try:
        path = folder / f"{name}.{fingerprint(name, sources)}.marshal"
    except OSError:
        return loaded(build())
    try:
        with open(path, "rb") as fh:
            return loaded(marshal.loads(fh.read()))  # marshal.load(fh) reads the file in small pieces: 5x slower
    except (OSError, EOFError, ValueError, TypeError):
        pass
    table = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with open(tmp, "wb") as fh:
            marshal.dump(table, fh)
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass
    return loaded(table)


class DiskTable:
    """A read-only ``str -> value`` table kept in an SQLite file, read a key at a time.

    A short run asks about a few dozen words: opening the file and looking
    them up costs about 10 µs each, where loading a 300,000-entry table into
    a dict costs a third of a second. A long run asks about many words, so
    after ``PROMOTE_AFTER`` lookups (a short article asks about 2,000 words in all tables together) the whole table is read into a dict once
    and later lookups cost what a dict's do. Values are stored with
    :mod:`marshal`. It answers ``in``, ``get``, ``[]``, ``items`` and ``len``
    like the dict it replaces.
    """

    PROMOTE_AFTER = 3_000
    HEAD_AFTER = 1_000
    """Lookups after which a table kept on disk reads its head (``head`` of :func:`table`): past this many
    the ~10 ms of reading it are repaid by the queries it saves (~20 µs each), and a short run never pays."""
    KEYS_AFTER = 1_000
    """Lookups after which a table still on disk reads its :class:`KeyHashes` (the table's keys' hashes):
    after that a key the table does not hold is answered without a query (a long run asks about many
    such words: names, numbers, typos; about half the queries on the WMT14 corpus)."""

    def __init__(self, path: Path, load: Optional[Callable[[], dict]] = None, promote: bool = True,
                 head: Optional[Callable[[], dict]] = None):
        import sqlite3

        self._path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        _OPEN.add(self)
        self._dict: Optional[dict] = None
        self._asked = 0
        self._loader = load
        self._promote = promote
        self._head_loader = head
        self._head: dict = {}
        self._read: dict = {}  # answers read from disk (absent keys too), kept for keys asked again
        self._keys: Optional[KeyHashes] = None

    def _load(self) -> dict:
        if self._dict is None:
            if self._loader is not None:  # the library's own (cached) dict: one copy in memory, not two
                self._dict = loaded(self._loader())
            else:
                self._dict = loaded(self._whole())
        return self._dict

    def _whole(self) -> dict:
        """The whole table: from its one-piece copy (a single read, 4x faster than row by row), made on
        the first such read."""
        whole = self._path.with_suffix(".whole.marshal")
        try:
            with open(whole, "rb") as fh:
                data = marshal.loads(fh.read())
            if isinstance(data, dict):
                return data
        except (OSError, EOFError, ValueError, TypeError):
            pass
        shared: dict = {}  # equal values stored once (a dictionary's few hundred distinct flag sets)
        data = {k: shared.setdefault(value, value)
                for k, value in ((k, marshal.loads(v)) for k, v in self._db.execute("SELECT k, v FROM t"))}
        tmp = whole.with_suffix(f".tmp{os.getpid()}")
        try:
            with open(tmp, "wb") as fh:
                fh.write(marshal.dumps(data))  # shared values stay shared (marshal keeps references)
            os.replace(tmp, whole)
        except (OSError, ValueError):
            pass
        return data

    def load(self) -> None:
        """Read the whole table into memory now (a process about to fork workers that will all need it)."""
        self._load()

    def _reopen(self) -> None:
        """A forked child's own connection: SQLite connections must not be used across ``fork``."""
        import sqlite3

        if self._db is not None and self._dict is None:
            _INHERITED.append(self._db)  # the parent's, left open: closing it here could disturb the parent
            self._db = sqlite3.connect(f"file:{self._path}?mode=ro", uri=True, check_same_thread=False)

    def get(self, key: str, default: Any = None) -> Any:
        if self._dict is not None:
            return self._dict.get(key, default)
        value = self._head.get(key, _MISSING)
        if value is not _MISSING:
            return value
        self._asked += 1
        if self._asked > self.HEAD_AFTER and self._head_loader is not None:
            self._head = self._head_loader()  # the table's most asked keys, in memory from now on
            self._head_loader = None
            value = self._head.get(key, _MISSING)
            if value is not _MISSING:
                return value
        if self._promote and self._asked > self.PROMOTE_AFTER:
            return self._load().get(key, default)
        value = self._read.get(key, _UNREAD)
        if value is _UNREAD:
            keys = self._keys
            if keys is None and self._asked > self.KEYS_AFTER:
                keys = self._keys = KeyHashes.of(self._path, self._db)
            if keys is not None and not keys.may_hold(key):
                return default  # certainly absent: every key of the table has its hash there
            row = self._db.execute("SELECT v FROM t WHERE k = ?", (key,)).fetchone()
            value = _MISSING if row is None else marshal.loads(row[0])
            if len(self._read) >= READ_MEMO:  # bounded: a long run meets ever more words
                self._read.clear()
            self._read[key] = value
        return default if value is _MISSING else value

    def in_memory(self, key: str, default: Any = None) -> Any:
        """What :meth:`get` answers for ``key`` when it can tell without reading the disk (the whole
        table, its head, an answer read before, or the key hashes ruling the key out), else
        :data:`ON_DISK`. Counts as no lookup."""
        if self._dict is not None:
            return self._dict.get(key, default)
        value = self._head.get(key, _MISSING)
        if value is not _MISSING:
            return value
        if key in self._read:
            value = self._read[key]
            return default if value is _MISSING else value
        if self._keys is not None and not self._keys.may_hold(key):
            return default
        return ON_DISK

    @property
    def head(self) -> dict:
        """The head read so far (``head`` of :func:`table`; empty until :attr:`HEAD_AFTER` lookups)."""
        return self._head

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

    def __bool__(self) -> bool:  # without loading the table
        if self._dict is not None:
            return bool(self._dict)
        return self._db.execute("SELECT 1 FROM t LIMIT 1").fetchone() is not None

    def __getstate__(self):  # sent to worker processes as the plain dict
        return self._load()

    def __setstate__(self, state: dict) -> None:
        self._db, self._dict, self._asked, self._path, self._keys = None, state, 0, None, None


class KeyHashes:
    """The CRC-32 of every key of a :class:`DiskTable`, sorted: a key whose hash is not among them is
    certainly not in the table (a hash found may be another key's, so the table itself then answers).

    It answers in about 1.5 µs where a query costs 15-30 µs, and weighs four bytes a key (1.2 MB for a
    300,000-word frequency list). Built from the table on first use and kept beside it
    (``<table>.keys``), so it follows the table's own fingerprint.
    """

    def __init__(self, hashes: "array.array") -> None:
        self._hashes = hashes
        self._n = len(hashes)

    @staticmethod
    def hash(key: str) -> int:
        return zlib.crc32(key.encode("utf-8", "surrogatepass"))

    def may_hold(self, key: str) -> bool:
        h = zlib.crc32(key.encode("utf-8", "surrogatepass"))
        i = bisect.bisect_left(self._hashes, h)
        return i < self._n and self._hashes[i] == h

    @classmethod
    def of(cls, path: Path, db) -> "KeyHashes":
        """The hashes of the table at ``path`` (open as ``db``): read from ``<path>.keys``, or built and
        stored there."""
        stored = path.with_suffix(".keys")
        hashes = array.array("I")  # CRC-32 values fit; the file is this machine's, in its byte order
        try:
            with open(stored, "rb") as fh:
                data = fh.read()
            if len(data) % hashes.itemsize == 0:
                hashes.frombytes(data)
                return cls(hashes)
        except OSError:
            pass
        hashes.extend(sorted({cls.hash(k) for (k,) in db.execute("SELECT k FROM t")}))
        tmp = stored.with_suffix(f".tmp{os.getpid()}")
        try:
            with open(tmp, "wb") as fh:
                fh.write(hashes.tobytes())
            os.replace(tmp, stored)
        except OSError:
            pass
        return cls(hashes)


ON_DISK = object()
"""What :meth:`DiskTable.in_memory` answers for a key only the disk can tell about."""
READ_MEMO = 50_000
"""Answers read from disk that a table remembers; past this many it starts afresh."""
_MISSING = object()
_UNREAD = object()
"""Not in :attr:`DiskTable._read` (where ``_MISSING`` records a key read and found absent)."""
_INHERITED: list = []
_OPEN: "weakref.WeakSet[DiskTable]" = weakref.WeakSet()
"""Disk tables of this process, given new connections in a forked child (see :meth:`DiskTable._reopen`)."""


def load_asked() -> None:
    """Read whole every disk table of this process that has been asked about.

    For a process about to fork workers, once it has run the checks on a few
    texts: the tables those checks read are the ones every worker will ask
    about, thousands of times in a long run, and a copy read once here is
    shared by all of them; tables no selected check reads stay on disk, and
    so do those kept on disk by design (``promote=False``: asked rarely, or
    too large for their lookups' worth), unless their library keeps its own
    copy in memory anyway (``shared``).
    """
    for disk_table in list(_OPEN):
        if disk_table._dict is None and disk_table._asked and (disk_table._promote or disk_table._loader):
            disk_table.load()


def _after_fork_in_child() -> None:
    for disk_table in list(_OPEN):
        disk_table._reopen()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def table(name: str, sources: Iterable[Path], build: Callable[[], dict], shared: bool = False,
          promote: bool = True, head: Optional[Callable[[dict], dict]] = None):
    """The ``str -> value`` table ``build()`` returns, as a :class:`DiskTable` when it can be cached.

    Built once per change of ``sources`` (see :func:`fingerprint`); without
    a writable cache folder the dict itself is returned. ``shared``: ``build``
    returns a dict its library caches and uses itself (wordfreq's tables), so
    a long run promotes to that very dict rather than to a second copy.
    ``promote=False``: always read from disk (a table asked about rarely,
    whose copy in memory would cost more than its lookups). ``head``: for
    such a table, picks from the whole table the few entries most lookups
    hit (a frequency list's most frequent words); they are stored once as a
    compiled copy of their own (:func:`cached`) and read, a few megabytes,
    after :attr:`DiskTable.HEAD_AFTER` lookups, which they then answer from
    memory; the other keys are still read from disk. Same answers either way.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    sources = list(sources)
    try:
        path = folder / f"{name}.{fingerprint(name, sources)}.sqlite"
        if not path.is_file():
            _write_table(path, build())
        hot = None if head is None else (lambda: cached(f"{name}-head", sources, lambda: head(build())))
        return DiskTable(path, build if shared else None, promote, hot)
    except OSError:
        return build()
    except Exception as exc:  # sqlite3.Error and friends: the cache is an optimisation only
        if type(exc).__module__ == "sqlite3":
            return build()
        raise


def _write_table(path: Path, data: dict) -> None:
    import sqlite3

    path.parent.mkdir(parents=True, exist_ok=True)
    path.with_suffix(".keys").unlink(missing_ok=True)  # the key hashes of an earlier copy, if any
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    try:
        db.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID")
        db.executemany("INSERT OR REPLACE INTO t VALUES (?, ?)", ((k, marshal.dumps(v)) for k, v in data.items()))
        db.commit()
    finally:
        db.close()
    os.replace(tmp, path)
