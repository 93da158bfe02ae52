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


# The registry is lazy (mtqa.checks.registry.index): a run imports the modules of the checks it selects.

_IMPORTED_FAMILIES = """
import sys
from mtqa.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
from mtqa.checks import FAMILIES
print(' '.join(f for f in FAMILIES if 'mtqa.checks.' + f in sys.modules), file=sys.stderr)
"""


def _families_imported_by(tmp_path, *args: str) -> set[str]:
    """The family modules a ``mtqa check`` of a one-line pair imports, in the second of two fresh processes (the
    first fills the cache folder, the check index among it)."""
    import os
    import subprocess
    import sys

    (tmp_path / "one.fr").write_text("Le ministre a signé l'accord : « c'est fait ».\n", encoding="utf-8")
    (tmp_path / "one.en").write_text("The minister signed the agreement: \"it is done\".\n", encoding="utf-8")
    env = {**os.environ, "MTQA_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-c", _IMPORTED_FAMILIES, "check", "one.en", "--source", "one.fr", *args]
    for _ in range(2):
        done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert "1 document" in done.stdout, done.stdout + done.stderr
    return set(done.stderr.strip().splitlines()[-1].split())


def test_a_selected_family_is_the_only_check_module_a_run_imports(tmp_path):
    # length_cap also holds the segment cap every run applies (mtqa.api imports it for that)
    assert _families_imported_by(tmp_path, "--select", "L2") == {"punctuation", "length_cap"}


def test_a_default_run_imports_neither_compares_checks_nor_the_preview_only_families(tmp_path):
    from mtqa.checks import FAMILIES

    imported = _families_imported_by(tmp_path)
    # other_language, field_sense (A623) and hearsay (A622) hold preview checks only: a default run does not pay for
    # them (gloss_frames left the list at stop 72: A630 runs by default); nor does meaning.gaps since meaning.py was
    # split by family at stop 73 (A601, A602, A608 and A615 are all in preview); meaning.constructions (A631) runs by
    # default since fx73b; generic_articles (F505) is in preview since md74a
    assert imported == set(FAMILIES) - {"cross_system", "other_language", "field_sense", "hearsay", "meaning.gaps",
                                        "generic_articles"}


def test_the_index_says_of_every_check_what_its_class_says():
    from mtqa.checks.registry import Entry, index

    classes = {c.code: c for c in all_checks() if c.__module__.startswith("mtqa.checks.")}
    assert index() == {code: Entry(c.__module__, c.preview, c.cross_system) for code, c in classes.items()}


def test_the_index_without_a_cache_folder_is_the_same(tmp_path):
    import os
    import subprocess
    import sys

    from mtqa.checks.registry import index

    code = "from mtqa.checks.registry import index\nprint(sorted((c, tuple(e)) for c, e in index().items()))"
    for cache in ("off", str(tmp_path / "cache"), str(tmp_path / "cache")):  # built, stored, read back
        out = subprocess.run([sys.executable, "-c", code], env={**os.environ, "MTQA_CACHE_DIR": cache},
                             capture_output=True, text=True, check=True).stdout
        assert out.strip() == str(sorted((c, tuple(e)) for c, e in index().items()))


@pytest.mark.parametrize("select,ignore,preview", [
    ((), (), False), ((), (), True), (("A6",), (), False), (("A6",), (), True), (("A601", "L2"), (), False),
    (("A",), ("A2",), False), ((), ("T", "F"), True), (("A609",), (), False), (("T1", "A605"), ("T105",), False),
])
@pytest.mark.parametrize("cross_system", [False, True])
def test_enabled_checks_are_the_eager_selection(select, ignore, preview, cross_system):
    from mtqa.checks.registry import enabled_checks, is_enabled

    eager = [c for c in all_checks() if c.cross_system == cross_system and is_enabled(c, select, ignore, preview)]
    assert enabled_checks(select, ignore, preview, cross_system) == eager


def test_a_check_registered_outside_the_families_is_selected_too(monkeypatch):
    from mtqa.checks.registry import codes, enabled_checks, get

    cls = _make("S990", "lazily-found-thing")
    monkeypatch.setitem(REGISTRY, "S990", cls)
    assert "S990" in codes() and get("s990") is cls
    assert cls in enabled_checks(("S99",), (), False) and cls not in enabled_checks(("S99",), (), False, True)


def test_an_unknown_code_names_the_closest_known_one():
    from mtqa.checks.registry import get

    with pytest.raises(KeyError, match="did you mean 'A501'"):  # no check's module is needed for the hint
        get("a5o1")


def test_a_check_the_stored_index_vouches_for_is_not_parsed_again_but_any_other_is(monkeypatch):
    # the index is built by registering every family, whose register parsed each docstring: the same code
    # (its module and code as the index records them) is not parsed again; a check of another module, or
    # of a code the index lacks, is
    from mtqa.checks import registry

    index = registry.index()
    assert all(registry._DOCUMENTED[code] == entry.module for code, entry in index.items())
    monkeypatch.setattr(registry, "REGISTRY", {})
    vouched = _make("S994", "vouched-thing", doc="Summary only.")
    monkeypatch.setitem(registry._DOCUMENTED, "S994", vouched.__module__)
    assert register(vouched) is vouched  # not read: the index's build read it
    with pytest.raises(DocError):  # the same code from another module is read
        register(_make("S993", "moved-thing", doc="Summary only."))
    monkeypatch.setitem(registry._DOCUMENTED, "S992", "mtqa.checks.elsewhere")
    with pytest.raises(DocError):
        register(_make("S992", "other-module-thing", doc="Summary only."))
