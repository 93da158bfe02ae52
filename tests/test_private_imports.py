"""A helper several checks share has one public owner (mtqa/langs, mtqa/names, mtqa/meaning, mtqa/evidence,
mtqa/segment...), never a check module whose private name another check imports: such an import ties
one check to another's internals, which a change made for that check alone then breaks. The benches
(bench/) are held to the same rule: a bench that imports a check's private helper breaks, unseen by the
tests, when that check is reworked."""
import re
from pathlib import Path

import mtqa

_ROOT = Path(mtqa.__file__).parent
_FROM = re.compile(r"from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)")
"""An import, absolute (from mtqa.checks.meaning.senses import ...) or relative (from .shared import ...,
from ..wording import ...), its module dotted to any depth and its names on one line or in parentheses over
several."""


def _check_module(dots: str, name: str, package: str) -> str:
    """The check module an import names, dotted below mtqa.checks (meaning.senses), or "" for one outside the
    checks; a relative import is resolved from ``package``, the importing file's package."""
    if dots:
        base = package.split(".")
        base = base[:len(base) - (len(dots) - 1)] if len(dots) > 1 else base
        name = ".".join(base + ([name] if name else []))
    return name[len("mtqa.checks."):] if name.startswith("mtqa.checks.") else ""


def private_imports(text: str, module: str = "", label: str = "", package: str = "mtqa.checks") -> list[str]:
    """The private names ``text`` imports from a check module other than ``module`` itself (dotted below
    mtqa.checks: meaning.senses); ``package``: the importing file's package, which relative imports start from."""
    found = []
    for m in _FROM.finditer(text):
        source = _check_module(m.group(1), m.group(2), package)
        if not source or source == module:
            continue
        body = re.sub(r"#[^\n]*", "", m.group(3)).strip("()")
        names = [n.strip().split(" as ")[0].strip() for n in body.split(",")]
        found += [f"{label}: {source}.{n}" for n in names if n.startswith("_")]
    return found


def test_the_scan_reads_every_form_of_import():
    assert private_imports("from mtqa.checks.meaning import _glued, plain") == [": meaning._glued"]
    assert private_imports("from mtqa.checks.meaning import (plain,\n    _glued,  # why\n    _x as y)\n") == [
        ": meaning._glued", ": meaning._x"]
    assert private_imports("from .demonyms import _forms") == [": demonyms._forms"]
    assert private_imports("from mtqa.checks.meaning import target_words") == []
    # a module of a family package, absolute or relative, and a module outside the checks
    assert private_imports("from mtqa.checks.meaning.units import _figures") == [": meaning.units._figures"]
    assert private_imports("from .shared import _cue", "meaning.senses", "", "mtqa.checks.meaning") == [
        ": meaning.shared._cue"]
    assert private_imports("from ..wording import _quote", "", "", "mtqa.checks.meaning") == [": wording._quote"]
    assert private_imports("from .units import _figures", "meaning.units", "", "mtqa.checks.meaning") == []
    assert private_imports("from mtqa.langs.text import _words") == []


def test_no_module_imports_a_private_name_of_a_check():
    files = sorted(_ROOT.rglob("*.py")) + sorted((_ROOT.parent / "bench").glob("*.py"))
    found = []
    checks = _ROOT / "checks"
    for path in files:
        inside = path.is_relative_to(checks)
        own = ".".join(path.relative_to(checks).with_suffix("").parts) if inside else ""
        package = ".".join(("mtqa",) + path.relative_to(_ROOT).parent.parts) if path.is_relative_to(_ROOT) else ""
        found += private_imports(path.read_text(encoding="utf-8"), own, str(path.relative_to(_ROOT.parent)), package)
    assert found == []


def test_the_analyses_below_the_checks_import_no_check():
    """The shared analyses (evidence, words, segments, numbers, languages, names, meaning, alignment) are
    what the checks build on: one that imports a check (evidence.in_address read punctuation's marker
    test) makes that check part of every other check's foundation, and a late import hid the loop."""
    import ast

    below = [_ROOT / f for f in ("evidence.py", "words.py", "segment.py", "numbers.py")]
    below += [p for d in ("langs", "names", "meaning", "align") for p in (_ROOT / d).glob("*.py")]
    found = []
    for path in below:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
                [a.name for a in node.names] if isinstance(node, ast.Import) else []
            found += [f"{path.relative_to(_ROOT)}: {n}" for n in names
                      if n == "mtqa.checks" or n.startswith("mtqa.checks.")]
    assert found == []
