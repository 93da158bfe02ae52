"""The check registry: codes, names, docs, and flake8-style selection."""
from __future__ import annotations

import dataclasses

import pytest

from mtqa.checks.base import SegmentCheck
from mtqa.checks.docs import DocError, parse_doc
from mtqa.checks.registry import CATEGORIES, CODE_RE, REGISTRY, all_checks, is_selected, register
from mtqa.model import Severity


def test_every_check_is_well_formed():
    checks = all_checks()
    assert len(checks) >= 2
    names = [c.name for c in checks]
    assert len(names) == len(set(names))
    for cls in checks:
        assert CODE_RE.match(cls.code)
        assert CATEGORIES[cls.code[0]] == cls.category
        assert isinstance(cls.severity, Severity)
        doc = parse_doc(cls)
        assert doc.summary and doc.why and doc.bad and doc.good


def _make(code, name, category=None, doc='''Summary.\n\n    Why it matters: x.\n\n    Example:\n        bad: a\n        good: b\n    '''):
    cls = type("Tmp", (SegmentCheck,), {"code": code, "name": name, "category": category or CATEGORIES.get(code[0], "style"),
                                        "subcategory": "x", "__doc__": doc})
    return dataclasses.dataclass(cls)


def test_register_refuses_duplicates_and_missing_docs():
    existing = all_checks()[0]
    with pytest.raises(ValueError, match="duplicate check code"):
        register(_make(existing.code, "some-new-name"))
    with pytest.raises(ValueError, match="duplicate check name"):
        register(_make("S999", existing.name))
    with pytest.raises(ValueError, match="letter"):
        register(_make("X12", "odd-code"))
    with pytest.raises(DocError):
        register(_make("S998", "undocumented-thing", doc="Summary only."))
    with pytest.raises(DocError):
        register(_make("S997", "exampleless-thing", doc="Summary.\n\nWhy it matters: y."))
    assert "S999" not in REGISTRY and "S998" not in REGISTRY


@pytest.mark.parametrize(
    "select,ignore,code,expected",
    [
        ((), (), "A101", True),
        (("A",), (), "A101", True),
        (("A",), (), "F101", False),
        ((), ("A",), "A101", False),
        (("A",), ("A1",), "A101", False),
        (("A",), ("A1",), "A201", True),
        (("A101",), ("A",), "A101", True),
        (("A1",), ("A1",), "A101", True),
        ((), ("A101",), "A102", True),
    ],
)
def test_selection_longest_prefix_wins(select, ignore, code, expected):
    assert is_selected(code, select, ignore) is expected
