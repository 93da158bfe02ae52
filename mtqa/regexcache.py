"""Compiled regular expressions kept from one run to the next.

A check run compiles about 900 regular expressions (module patterns at
import, data-file patterns on first use): some 0.06 s of CPU, a fifth of a
one-line check. Python's ``re`` parses and compiles each pattern in pure
Python to the matching engine's code, a list of integers, then hands that
list to the engine's own constructor (``_sre.compile``). This module keeps,
per (pattern, flags), the arguments of that last call in one file of the
compiled cache folder (:func:`mtqa.compiled.cache_dir`), and builds later
runs' patterns from them with the same constructor: the objects are those
``re.compile`` returns, built without parsing.

It hooks ``re``'s compile step (``re._compiler.compile``, which ``re`` calls
only when its own in-process cache misses), so every pattern, mtqa's and its
libraries', is served. The hook is installed only on the Python versions
whose ``re`` internals it reproduces (3.11 to 3.13, whose ``_compiler.compile``
is the same function); elsewhere, or with the cache turned off
(``MTQA_CACHE_DIR=off``), ``re`` works as it always does. The file is keyed by
Python's version and the engine's magic number, written once at exit when a
run compiled patterns it did not hold, and capped at :data:`MAX_PATTERNS`
(patterns built from user data, such as a glossary's, must not grow it
without bound).

Patterns built from the text being checked (a name, a figure, a word of the
segment) go through :func:`transient`: compiled as ``re`` does, never kept
here nor written to the file. They rarely recur from one run to the next,
and kept they filled the file to its cap (4,000 patterns, 2.8 MB that every
run loaded; about 2,400 of them per-name patterns by their shape, after runs
on a growing vocabulary) and this process's table by as much.

The same file keeps the *sources* of patterns that are costly to write and
the same in every run (:func:`stored_source` / :func:`keep_source`: the
word-list tries of :func:`mtqa.langs.wordtrie.trie_alternation`), under the
same policy: read with the file, the entries a run used kept first at the
cap, written once at exit. A source is sealed with a digest of its key and
text and checked to compile before it is served, so damage that marshal
still decodes is read as absent and the source is built again.
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from typing import Union

MAX_PATTERNS = 4_000
"""Patterns kept in the file at most (mtqa's own are about 1,000)."""

_SUPPORTED = ((3, 11), (3, 12), (3, 13))
_CODE = "I"
"""The engine's code words are unsigned 32-bit integers (``_sre.CODESIZE`` 4): kept as an ``array`` of them."""

FORMAT = 5
"""Bumped whenever the shape or the contents' policy of the file changes (3: no per-text pattern, so a file
filled with them by an older version is not loaded; 4: neither the figures nor the names four more sites built
from the text, which had filled a long run's file with ~400 of them; 5: each entry's age, :data:`MAX_AGE`)."""

MAX_AGE = 16
"""Writes of the file an entry may go through unused before it is dropped (its age: writes since a run last used
it). Why: a file only grew to :data:`MAX_PATTERNS`, and every run reads it whole: the development machine's held
4,000 patterns (3.6 MB, ~6 ms of a one-line check's CPU to read; one run uses ~1,000) left by tests' throw-away
patterns, other checkouts and data files since edited, none of which any run asked again. Only a run that compiled
something new writes the file, so a warm cache ages nothing, nor does a run on workers (:func:`checked_elsewhere`:
only this process writes, and it does not know what the workers used); a pattern dropped is compiled again on its next
use and kept anew."""

_known: dict = {}
_added: dict = {}
_used: dict = {}
"""Keys this run used, in the order of first use (a dict as an ordered set): module patterns, compiled at
import, come before those built from the input, so a file cut at :data:`MAX_PATTERNS` keeps them."""
_ages: dict = {}
"""Each entry's age as read from the file (:data:`MAX_AGE`); an entry this run used is written with age 0."""
_elsewhere = False
"""Whether this run's checks ran in other processes too (:func:`checked_elsewhere`): its write then ages nothing."""
_path = None
_original = None
_transient = 0
"""How many :func:`transient` calls are compiling: while above 0, a compile is neither served nor kept."""


def install() -> None:
    """Serve ``re``'s compiles from the file when this Python's internals are the ones reproduced here."""
    global _original, _path
    if _original is not None or sys.version_info[:2] not in _SUPPORTED:
        return
    from array import array
    from re import _compiler

    import _sre

    if array(_CODE).itemsize != _sre.CODESIZE:
        return

    from mtqa.compiled import cache_dir

    folder = cache_dir()
    if folder is None:
        return
    _path = folder / f"regex-{FORMAT}.{sys.implementation.cache_tag}-{sys.version_info.micro}-{_sre.MAGIC}.marshal"
    table, ages = _load(_path)
    _known.update(table)
    _ages.update(ages)
    _original = _compiler.compile
    _compiler.compile = _compile
    atexit.register(_save)


def installed() -> bool:
    """Whether this process serves compiles (and kept sources) from the file (:func:`install`)."""
    return _original is not None


def checked_elsewhere() -> None:
    """Say that this run's checks run in other processes as well (``--workers``, a Dask cluster): its write of the
    file then ages no entry, and drops none.

    Why: only this process writes the file, and it knows only the patterns it used itself. The workers' patterns
    (nearly all of a parallel run's: its parent holds no check's state) were aged by every write of a parallel
    run and dropped after :data:`MAX_AGE` of them, and since a worker never writes the file, they were then
    compiled again in every worker of every run (rv72b1 D1: 1.00-1.07 s of CPU against 0.67-0.77 s with the
    full file, ``--workers 2`` on 400 documents). Not ageing is the one answer that is right for forked, spawned
    and Dask workers alike, threads or processes, with nothing sent back: an entry the workers may have used
    is not counted as unused. What the parent used is still written young, and what a parallel run left unused
    ages in the next serial run that writes the file."""
    global _elsewhere
    _elsewhere = True


def _read(path) -> dict:
    """The file's table, or an empty one when it is absent or damaged into some other value."""
    return _load(path)[0]


def _load(path) -> tuple[dict, dict]:
    """The file's (table, each entry's age), or empty ones when it is absent or damaged into some other value."""
    try:
        with open(path, "rb") as fh:
            stored = marshal.loads(fh.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}, {}
    if type(stored) is tuple and len(stored) == 2 and isinstance(stored[0], dict) and isinstance(stored[1], dict):
        return stored
    return {}, {}


def _seal(key: tuple, text: str) -> bytes:
    """The digest a kept source carries: of its key and its text (marshal has no checksum of its own)."""
    from mtqa.digests import blake2b

    return blake2b(marshal.dumps((key, text)), digest_size=16).digest()


def stored_source(kind: str, key: bytes, flags: int = 0):
    """The pattern source :func:`keep_source` kept for ``(kind, key)``, else None; marked used by this run.

    Served only when its seal matches (:func:`_seal`) and it compiles with ``flags`` (served from this file
    too once compiled): a damaged entry is dropped and the caller builds the source again, never an error.
    ``key`` is the caller's digest of everything the source is made from, mtqa's code included (this file is
    keyed by the Python and the engine only). None when the store is not installed (:func:`install`)."""
    if _original is None:
        return None
    k = (kind, key)
    kept = _known.get(k)
    if kept is None:
        return None
    try:
        text, seal = kept
        if type(text) is str and seal == _seal(k, text):
            _compiler_compile(text, flags)
            _used.setdefault(k)
            return text
    except Exception:  # damaged: not a pair, a wrong seal, or a source that does not compile
        pass
    _known.pop(k, None)  # (another thread may have dropped it first)
    return None


def _compiler_compile(text: str, flags: int) -> None:
    """Compile ``text`` through the hook (no entry of ``re``'s own cache; served from the file once kept)."""
    from re import _compiler

    _compiler.compile(text, flags)


def keep_source(kind: str, key: bytes, text: str) -> None:
    """Keep the pattern source ``text`` for ``(kind, key)`` (:func:`stored_source`), written at exit."""
    if _original is None:
        return
    k = (kind, key)
    if len(_added) < MAX_PATTERNS:
        _known[k] = _added[k] = (text, _seal(k, text))
        _used.setdefault(k)


def transient(pattern, flags=0) -> re.Pattern:
    """``re.compile`` for a pattern built from the text being checked: not kept by this module nor saved.

    ``re``'s own bounded cache still serves its repeats within the run. A pattern made of the module's or
    the data files' text (the same in every run) goes through ``re.compile`` and is kept as before. A plain
    compile another thread runs meanwhile is only not kept (the counter is per process): never wrong."""
    global _transient
    _transient += 1
    try:
        return re.compile(pattern, flags)
    finally:
        _transient -= 1


class Deferred:
    """A pattern this module's file holds, compiled once, on the first reading of one of its attributes.

    Why: the false-friend lexicon's 664 patterns were compiled as it was read (~11-18 ms of CPU, served by this
    module: ~5 % of a one-line check), where a sentence needs the few whose keys it holds. A pattern is deferred only
    when the file holds it (:func:`deferred`): it compiled in an earlier run of this Python and engine, so it cannot
    fail now, and a faulty pattern of a ``$MTQA_DATA`` copy still fails where the table is read, as a
    :class:`~mtqa.errors.DataError` naming its file.

    It is no ``re.Pattern`` (that type cannot be subclassed): it serves the pattern's attributes and methods
    (``search``, ``finditer``, ``pattern``, ``flags`` ...), which is how mtqa reads a table's patterns
    (:data:`PatternLike`); ``re.search(stand_in, text)`` or ``isinstance(stand_in, re.Pattern)`` does not accept it,
    so code that needs the real object calls :func:`pattern_of`. The compiled pattern is made once and kept
    (``_compiled``: every attribute is read from that one object), and each attribute read once is kept on the
    stand-in too (as :class:`mtqa.lazy.LazyModule` keeps a module's), so a hot loop's ``entry.source.search`` is one
    attribute read and the compiled pattern's own method. It pickles and copies as the compiled pattern. It compares
    and hashes by its arguments, and its ``repr`` names them, without compiling: two stand-ins of the same arguments
    are equal (a stand-in and a compiled pattern are not, as two ``re.Pattern`` of other flags are not)."""

    __slots__ = ("__dict__", "_args", "_compiled")

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, int(flags))
        self._compiled = None

    def __getattr__(self, attr: str):
        if attr.startswith("__"):  # copy, pickle and inspect probe dunders: no compile for them
            raise AttributeError(attr)
        value = getattr(self.compiled(), attr)
        self.__dict__[attr] = value  # the next read is a plain attribute read
        return value

    def compiled(self) -> re.Pattern:
        """The compiled pattern: made on the first call, the same object on every later one."""
        found = self._compiled
        if found is None:
            found = self._compiled = re.compile(*self._args)
        return found

    def __reduce__(self):
        return re.compile, self._args

    def __eq__(self, other) -> bool:
        if isinstance(other, Deferred):
            return self._args == other._args
        return NotImplemented

    def __hash__(self) -> int:
        return hash((Deferred, self._args))

    def __repr__(self) -> str:
        return f"<deferred re.compile({self._args[0]!r}, {self._args[1]})>"


PatternLike = Union[re.Pattern, Deferred]
"""What :func:`deferred` returns: a compiled pattern or its stand-in; read its attributes and methods only."""


def pattern_of(pattern: PatternLike) -> re.Pattern:
    """The compiled pattern behind ``pattern`` (itself when it is one): for ``re.sub(...)``, ``isinstance``."""
    return pattern.compiled() if isinstance(pattern, Deferred) else pattern


def deferred(pattern: str, flags: int = 0) -> PatternLike:
    """``re.compile(pattern, flags)``, or a :class:`Deferred` stand-in when this run's file holds the pattern.

    For a table of many patterns of which a run uses few (a lexicon's entries): a pattern the file does not hold
    (a new or edited data file, the cache turned off, an unsupported Python) is compiled at once, so its faults
    are found where the table is read."""
    key = (pattern, int(flags))
    if _original is None or _transient or key not in _known:
        return re.compile(pattern, flags)
    _used.setdefault(key)  # the run relies on the file holding it (a faulty one would fail later): kept young
    return Deferred(pattern, flags)


def _compile(p, flags=0):
    """``re._compiler.compile``: from the kept arguments when known, else compiled as ``re`` does and kept."""
    import _sre
    from array import array

    if _transient or not isinstance(p, (str, bytes)) or flags & re.DEBUG:
        return _original(p, flags)
    key = (p, int(flags))
    kept = _known.get(key)
    if kept is not None:
        try:
            final_flags, code, groups, groupindex, indexgroup = kept
            compiled = _sre.compile(p, final_flags, array(_CODE, code).tolist(), groups, groupindex, indexgroup)
            _used.setdefault(key)
            return compiled
        except Exception:  # a damaged file: compile as re does
            del _known[key]
    from re import _compiler, _parser

    parsed = _parser.parse(p, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    code = [int(c) for c in code]  # opcodes are int subclasses
    final_flags, groups = int(flags | parsed.state.flags), parsed.state.groups - 1
    compiled = _sre.compile(p, final_flags, code, groups, dict(groupindex), tuple(indexgroup))
    if len(_added) < MAX_PATTERNS:  # bounded however many patterns a long run builds from its input
        # the code as machine words: the file loads by copying bytes
        _known[key] = _added[key] = (final_flags, array(_CODE, code).tobytes(), groups, dict(groupindex),
                                     tuple(indexgroup))
        _used.setdefault(key)
    return compiled


def _save() -> None:
    """Write the file when this run compiled patterns it did not hold (atomically; failures ignored).

    An entry unused through :data:`MAX_AGE` writes is dropped (a run on workers ages none: :func:`checked_elsewhere`). Past :data:`MAX_PATTERNS` the patterns (and sources)
    this run used are kept first, in the order of first
    use, so patterns of old data files or other inputs make way for current ones, and a run that built
    thousands of patterns from its input (a glossary, T109's per-text forms, a test's throw-away tries) still
    keeps mtqa's own module patterns and tries.
    """
    if not _added or _path is None:
        return
    # an entry deleted as damaged (_compile, stored_source) and not kept again (past MAX_PATTERNS) may still be
    # marked used, by deferred() or before the damage was found: it has nothing to write
    ages = {k: 0 for k in _used if k in _known}
    step = 0 if _elsewhere else 1  # workers' uses are unknown here: a parallel run ages nothing (checked_elsewhere)
    for k in _known:  # an entry this run did not use ages by one write; past MAX_AGE it is dropped
        if k not in ages:
            age = _ages.get(k, 0)
            if type(age) is int and age + step <= MAX_AGE:
                ages[k] = age + step
    keys = list(ages)[:MAX_PATTERNS]
    from mtqa.compiled import store_whole  # at exit only: start-up never pays for the module
    try:
        data = marshal.dumps(({k: _known[k] for k in keys}, {k: ages[k] for k in keys}))
        _path.parent.mkdir(parents=True, exist_ok=True)
    except (OSError, ValueError):
        pass
    else:
        store_whole(_path, data)  # this writer's own exclusive temporary name, removed on failure
    _added.clear()
