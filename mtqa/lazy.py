"""Modules imported on first use, for libraries a short run may never call.

Why: ``rapidfuzz`` costs some 10 ms of start-up to import (its package imports every scorer and its
compiled back-ends), and a one-line check calls none of its functions: the checks that compare strings
fuzzily do so only once they have found a candidate (a repeated headline, a name spelt otherwise). A
module-level ``fuzz = lazy_module("rapidfuzz.fuzz")`` reads like the import it replaces; the module is
imported by the first attribute read, and each attribute read once is then kept on the stand-in, so a
check's hot loop reads ``fuzz.ratio`` as it reads a module's attribute, with no import machinery.

Why not :class:`importlib.util.LazyLoader` (weighed in stop 34; it too keeps each attribute after the first
read, since the module it makes becomes a plain module then): its recipe needs the module's spec up front,
and ``importlib.util.find_spec("rapidfuzz.fuzz")`` imports the parent package ``rapidfuzz`` to read its
``__path__``. rapidfuzz's ``__init__`` is the part that imports the scorers and their compiled back-ends
(12-17 ms of ``python -X importtime -c "import rapidfuzz"`` at load ~20), so the stand-in built that way
would pay at start-up the very import it exists to defer, for seven of its nine uses.
Making the parent lazy too does not help: reading its ``__path__`` is a first use. Two smaller
differences: a name with no module gives ``find_spec`` ``None``
when the stand-in is made, so mtqa would fail on import instead of at the first TOML file, where the
error belongs; and LazyLoader puts the half-made module in :data:`sys.modules` at once, so "was it
imported?" (``tests/test_startup_imports.py``) could no longer be read there. This stand-in defers
the whole import, raises the import's own error (``ModuleNotFoundError: No module named ...``) at the
first attribute read, and costs one object.
"""
from __future__ import annotations

import importlib
import os
import threading

_IMPORTING = threading.RLock()
"""Held while a stand-in imports its module. Why: two threads of a Dask worker reading ``fuzz.WRatio`` at
once on a fresh worker each ran ``import rapidfuzz.fuzz``; Python's per-module import locks broke the
apparent deadlock between the package and its submodule by handing one thread the half-made module
("cannot import name 'WRatio' from partially initialized module 'rapidfuzz.fuzz'"). One import at a time
through the stand-ins, the second thread finds the module whole. Re-entrant: a module imported this way may
itself read a stand-in while it is imported."""


def _fresh_lock() -> None:
    global _IMPORTING
    _IMPORTING = threading.RLock()  # a forked child does not have the thread that may hold the parent's


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_fresh_lock)


class LazyModule:
    """Stands for the module ``name`` until an attribute is read, then imports it."""

    def __init__(self, name: str) -> None:
        self.__dict__["_lazy_name"] = name

    def __getattr__(self, attr: str):
        if attr.startswith("__"):  # copy, pickle and inspect probe dunders: no import for them
            raise AttributeError(attr)
        with _IMPORTING:
            module = importlib.import_module(self._lazy_name)
        value = getattr(module, attr)
        self.__dict__[attr] = value  # the next read is a plain attribute read
        return value

    def __repr__(self) -> str:
        return f"<module {self._lazy_name!r}, imported on first use>"


def lazy_module(name: str) -> LazyModule:
    """A stand-in for ``import name`` whose import waits for the first attribute read."""
    return LazyModule(name)
