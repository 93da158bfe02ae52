"""The registry of checks: explicit registration, validated at import time, and imported lazily.

A check enters the registry only through :func:`register`, which refuses a
malformed or duplicate code or name and a docstring without its summary,
rationale and example. Nothing is discovered by introspection, so a helper
class can never become a check by accident.

Lazily: a run imports the module of a check it selects, not every family (:data:`mtqa.checks.FAMILIES`).
Which module holds which code, and whether the check is in preview or compares systems (what selection
reads before a class exists), is :func:`index`: the answer of importing every family once, kept in the
cache folder under a key of every mtqa module file's identity (:func:`mtqa.compiled.package_digest`), so
an edited, added or removed module builds it again. Why: importing the 30 families (their classes, tables
and patterns) was some 60-85 ms of a one-line check's ~0.14 s, and a default run never calls ``mtqa
compare``'s checks nor the preview ones; ``mtqa check --select L2`` calls one family. Listing, documenting
or testing every check (:func:`all_checks`) still imports them all.
"""
from __future__ import annotations

import functools
import importlib
import re
from typing import Iterable, NamedTuple

from mtqa.checks.base import Check, DocumentCheck, SegmentCheck
from mtqa.checks.docs import parse_doc

CODE_RE = re.compile(r"^[AFTLSD]\d{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
CATEGORIES = {
    "A": "accuracy",
    "F": "fluency",
    "T": "terminology",
    "L": "locale-convention",
    "S": "style",
    "D": "design",
}

REGISTRY: dict[str, type[Check]] = {}

_DOCUMENTED: dict[str, str] = {}
"""code -> module of each check of the stored :func:`index`: a check whose docstring :func:`register` parsed
when that index was built (its build imports every family), from the very same code (the index is keyed by
every module file's identity, :func:`mtqa.compiled.package_digest`)."""


def register(cls: type[Check]) -> type[Check]:
    """Class decorator adding ``cls`` to the registry after validating it."""
    if not issubclass(cls, (SegmentCheck, DocumentCheck)):
        raise TypeError(f"{cls.__name__} must subclass SegmentCheck or DocumentCheck")
    if "suppressed_by" in vars(cls):
        raise TypeError(f"{cls.__name__}: which check gives way to which is a row of mtqa/checks/precedence.py")
    if not CODE_RE.match(cls.code):
        raise ValueError(f"{cls.__name__}: code {cls.code!r} is not a category letter + 3 digits")
    if CATEGORIES[cls.code[0]] != cls.category:
        raise ValueError(f"{cls.__name__}: code {cls.code} does not match category {cls.category!r}")
    if not NAME_RE.match(cls.name) or cls.name.startswith(("no-", "bad-")):
        raise ValueError(f"{cls.__name__}: name {cls.name!r} must be kebab-case naming the bad pattern")
    if not cls.subcategory:
        raise ValueError(f"{cls.__name__}: missing MQM subcategory")
    if cls.code in REGISTRY:
        raise ValueError(f"duplicate check code {cls.code} ({cls.__name__}, {REGISTRY[cls.code].__name__})")
    if any(other.name == cls.name for other in REGISTRY.values()):
        raise ValueError(f"duplicate check name {cls.name}")
    if _DOCUMENTED.get(cls.code) != cls.__module__:
        parse_doc(cls)  # a check the stored index does not vouch for (a new one, a test's) is read here
    REGISTRY[cls.code] = cls
    return cls


class Entry(NamedTuple):
    """What selection reads of a check before its module is imported (:func:`index`)."""

    module: str
    """The module that defines and registers the check's class."""
    preview: bool
    cross_system: bool


def all_checks() -> list[type[Check]]:
    """Every registered check, sorted by code: every family's module is imported."""
    _import_families()
    return [REGISTRY[c] for c in sorted(REGISTRY)]


def _import_families() -> None:
    from mtqa.checks import FAMILIES

    for family in FAMILIES:
        importlib.import_module(f"mtqa.checks.{family}")


@functools.lru_cache(maxsize=None)
def index() -> dict[str, Entry]:
    """Every check of the families by code, as importing them all registers it, without importing them
    once a run has stored it (see the module's docstring; with no cache folder, every family is imported).

    Kept per process, so a test that edits the package (none does) would need ``index.cache_clear()``.

    Its checks' docstrings are not parsed again when their modules are imported (:data:`_DOCUMENTED`): building
    the index registered each of them, and :func:`register` refuses a check whose docstring lacks a part, so the
    same code cannot hold one that fails. Why: parsing the ~90 docstrings of a run's checks (:func:`parse_doc`,
    ``inspect.cleandoc`` and the example lines) was some 3.5 ms of a one-line check's CPU (stop 72), for a
    check that can no longer fail; the parse that documents a check (``mtqa rules``, the reports, the tests
    of the examples) is made where it is read, as before."""
    from mtqa.compiled import cache_dir, cached, package_digest

    def build() -> dict:
        _import_families()
        return {code: (cls.__module__, bool(cls.preview), bool(cls.cross_system)) for code, cls in REGISTRY.items()
                if cls.__module__.startswith("mtqa.checks.")}

    # no cache folder: built here, without the key (package_digest walks and hashes the package's code)
    rows = build() if cache_dir() is None else cached(f"check-index-{package_digest()}", (), build)
    known = {code: Entry(*row) for code, row in rows.items()}
    _DOCUMENTED.update((code, entry.module) for code, entry in known.items())
    return known


def codes() -> set[str]:
    """Every check code: the families' (:func:`index`, no import) and any registered since (a test's)."""
    return {*index(), *REGISTRY}


def get(code: str) -> type[Check]:
    """The check class of ``code`` (any case); only its own module is imported."""
    code = code.upper()
    if code not in REGISTRY and code in index():
        importlib.import_module(index()[code].module)
    try:
        return REGISTRY[code]
    except KeyError:
        from mtqa.errors import did_you_mean

        raise KeyError(f"unknown check code '{code}'{did_you_mean(code, codes())}; see `mtqa rules`") from None


def enabled_checks(select: Iterable[str], ignore: Iterable[str], preview: bool,
                   cross_system: bool = False) -> list[type[Check]]:
    """The checks a run with this selection calls (:func:`is_enabled`), sorted by code, as
    ``[c for c in all_checks() if is_enabled(c, ...) and c.cross_system == cross_system]`` but importing
    only their modules: the selection is read from :func:`index` first."""
    select, ignore = tuple(select), tuple(ignore)
    known = index()
    chosen = [code for code, e in known.items()
              if e.cross_system == cross_system and _enabled(code, e.preview, select, ignore, preview)]
    for code in chosen:
        if code not in REGISTRY:
            importlib.import_module(known[code].module)
    if any(code not in REGISTRY or Entry(REGISTRY[code].__module__, REGISTRY[code].preview,
                                         REGISTRY[code].cross_system) != known[code] for code in chosen):
        # an index that disagrees with the classes (a module edited within its file's clock tick): the classes decide
        return [c for c in all_checks() if c.cross_system == cross_system and is_enabled(c, select, ignore, preview)]
    chosen += [code for code, cls in REGISTRY.items()
               if code not in known and cls.cross_system == cross_system and is_enabled(cls, select, ignore, preview)]
    return [REGISTRY[c] for c in sorted(chosen)]


def is_selected(code: str, select: Iterable[str], ignore: Iterable[str]) -> bool:
    """flake8-style selection: the longest matching prefix decides; select wins ties.

    With no ``select`` every code is selected unless ignored.
    """
    select = [s for s in select if s]
    ignore = [s for s in ignore if s]
    best_sel = max((len(p) for p in select if code.startswith(p)), default=-1 if select else 0)
    best_ign = max((len(p) for p in ignore if code.startswith(p)), default=-1)
    return best_sel >= 0 and best_sel >= best_ign


def is_enabled(cls: type[Check], select: Iterable[str], ignore: Iterable[str], preview: bool) -> bool:
    """Selected, and out of preview or asked for (``--preview``, or its exact code in ``select``).

    As ruff does with its preview rules: a check still missing its targets
    never joins a run through the default selection or a prefix such as ``A6``.
    """
    return _enabled(cls.code, cls.preview, select, ignore, preview)


def _enabled(code: str, in_preview: bool, select: Iterable[str], ignore: Iterable[str], preview: bool) -> bool:
    if not is_selected(code, select, ignore):
        return False
    return not in_preview or preview or code in select
