"""Compiled code of the methods :mod:`dataclasses` writes, kept from one run to the next.

A check run defines about a hundred dataclasses at import (the checks and their options, the model,
the readers' records...), and :mod:`dataclasses` writes each one's ``__init__``, ``__repr__`` and
``__eq__`` as Python source and compiles it with :func:`exec`: some 40 ms of CPU at start-up on a busy
machine, a third of importing mtqa and a tenth of a one-line check. This module keeps the compiled code
objects per source text in one file of the compiled cache folder (:func:`mtqa.compiled.cache_dir`) and
lets later runs execute them without compiling.

It puts its own ``exec`` into the :mod:`dataclasses` module's namespace (the name the module's single
``exec(txt, globals, ns)`` looks up before the builtin): a source text it holds is executed from its code
object, any other is compiled exactly as ``exec`` compiles a string (:func:`compile` with the file name
``<string>``, no inherited future flags: dataclasses.py has none) and kept. Code depends on nothing but
its text and the interpreter, so the file is keyed by Python's version and bytecode magic number; it is
written once at exit when a run compiled texts it did not hold, and capped at :data:`MAX_TEXTS` (a
program that imports mtqa may define dataclasses of its own). With the cache turned off
(``MTQA_CACHE_DIR=off``) nothing is installed and :mod:`dataclasses` compiles as it always does.
"""
from __future__ import annotations

import atexit
import builtins
import marshal
import sys

MAX_TEXTS = 2_000
"""Source texts kept in the file at most (mtqa's own dataclasses write about 300)."""
FORMAT = 1

_known: dict = {}
_added: dict = {}
_path = None


def install() -> None:
    """Serve :mod:`dataclasses`' compiles from the file (once per process; not with the cache off)."""
    global _path
    if _path is not None:
        return
    import dataclasses
    from importlib.util import MAGIC_NUMBER

    from mtqa.compiled import cache_dir

    folder = cache_dir()
    if folder is None or "exec" in vars(dataclasses):  # no cache, or someone else's exec already there
        return
    _path = folder / f"dataclass-code-{FORMAT}.{sys.implementation.cache_tag}-{sys.version_info.micro}-{MAGIC_NUMBER.hex()}.marshal"
    try:
        with open(_path, "rb") as fh:
            table = marshal.loads(fh.read())
        if isinstance(table, dict):
            _known.update(table)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    dataclasses.exec = _exec
    atexit.register(_save)


def _exec(source, globals=None, locals=None, /):
    """:func:`exec` as :mod:`dataclasses` calls it, with a source text compiled once across runs."""
    if type(source) is str:
        code = _known.get(source)
        if code is None:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            if len(_added) < MAX_TEXTS:
                _known[source] = _added[source] = code
        source = code
    return builtins.exec(source, globals, locals)


def _save() -> None:
    """Write the file when this run compiled texts it did not hold (atomically; failures ignored)."""
    if not _added or _path is None:
        return
    from mtqa.compiled import store_whole

    keep = dict(list(_known.items())[-MAX_TEXTS:])  # the newest when full: this run's texts came last
    try:
        data = marshal.dumps(keep)
        _path.parent.mkdir(parents=True, exist_ok=True)
    except (OSError, ValueError):
        pass
    else:
        store_whole(_path, data)
    _added.clear()
