"""Modules imported on first use, for libraries a short run may never call.

Why: ``rapidfuzz`` costs some 10 ms of start-up to import (its package imports every scorer and its
compiled back-ends), and a one-line check calls none of its functions: the checks that compare strings
fuzzily do so only once they have found a candidate (a repeated headline, a name spelt otherwise). A
module-level ``fuzz = lazy_module("rapidfuzz.fuzz")`` reads like the import it replaces; the module is
imported by the first attribute read, and each attribute read once is then kept on the stand-in, so a
check's hot loop reads ``fuzz.ratio`` as it reads a module's attribute, with no import machinery.
"""
from __future__ import annotations

import importlib


class LazyModule:
    """Stands for the module ``name`` until an attribute is read, then imports it."""

    def __init__(self, name: str) -> None:
        self.__dict__["_lazy_name"] = name

    def __getattr__(self, attr: str):
        if attr.startswith("__"):  # copy, pickle and inspect probe dunders: no import for them
            raise AttributeError(attr)
        value = getattr(importlib.import_module(self._lazy_name), attr)
        self.__dict__[attr] = value  # the next read is a plain attribute read
        return value

    def __repr__(self) -> str:
        return f"<module {self._lazy_name!r}, imported on first use>"


def lazy_module(name: str) -> LazyModule:
    """A stand-in for ``import name`` whose import waits for the first attribute read."""
    return LazyModule(name)
