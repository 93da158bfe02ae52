"""A helper several checks share has one public owner (mtqa/langs, mtqa/names, mtqa/meaning, mtqa/evidence,
mtqa/segment...), never a check module whose private name another check imports: such an import ties
one check to another's internals, which a change made for that check alone then breaks. The benches
(bench/) are held to the same rule: a bench that imports a check's private helper breaks, unseen by the
tests, when that check is reworked."""
import re
from pathlib import Path

import mtqa

_ROOT = Path(mtqa.__file__).parent
_FROM_CHECK = re.compile(r"from[ \t]+(?:mtqa\.checks\.|\.)(\w+)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)")
"""An import from a check module, absolute (from mtqa.checks.meaning import ...) or relative from a sibling
(from .meaning import ...), its names on one line or in parentheses over several."""


def private_imports(text: str, module: str = "", label: str = "") -> list[str]:
    """The private names ``text`` imports from a check module other than ``module`` itself."""
    found = []
    for m in _FROM_CHECK.finditer(text):
        if m.group(1) == module:
            continue
        body = re.sub(r"#[^\n]*", "", m.group(2)).strip("()")
        names = [n.strip().split(" as ")[0].strip() for n in body.split(",")]
        found += [f"{label}: {m.group(1)}.{n}" for n in names if n.startswith("_")]
    return found


def test_the_scan_reads_every_form_of_import():
    assert private_imports("from mtqa.checks.meaning import _glued, plain") == [": meaning._glued"]
    assert private_imports("from mtqa.checks.meaning import (plain,\n    _glued,  # why\n    _x as y)\n") == [
        ": meaning._glued", ": meaning._x"]
    assert private_imports("from .demonyms import _forms") == [": demonyms._forms"]
    assert private_imports("from mtqa.checks.meaning import target_words") == []


def test_no_module_imports_a_private_name_of_a_check():
    files = sorted(_ROOT.rglob("*.py")) + sorted((_ROOT.parent / "bench").glob("*.py"))
    found = []
    for path in files:
        own = path.stem if path.parent.name == "checks" else ""
        found += private_imports(path.read_text(encoding="utf-8"), own, str(path.relative_to(_ROOT.parent)))
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
