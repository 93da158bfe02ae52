"""The registry of checks: explicit registration, validated at import time.

A check enters the registry only through :func:`register`, which refuses a
malformed or duplicate code or name and a docstring without its summary,
rationale and example. Nothing is discovered by introspection, so a helper
class can never become a check by accident.
"""
from __future__ import annotations

import re
from typing import Iterable

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
    parse_doc(cls)
    REGISTRY[cls.code] = cls
    return cls


def all_checks() -> list[type[Check]]:
    """Every registered check, sorted by code."""
    import mtqa.checks  # noqa: F401  (imports the family modules, which register)

    return [REGISTRY[c] for c in sorted(REGISTRY)]


def get(code: str) -> type[Check]:
    all_checks()
    try:
        return REGISTRY[code.upper()]
    except KeyError:
        from mtqa.errors import did_you_mean

        raise KeyError(f"unknown check code '{code}'{did_you_mean(code.upper(), REGISTRY)}; see `mtqa rules`") from None


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
    if not is_selected(cls.code, select, ignore):
        return False
    return not cls.preview or preview or cls.code in select
