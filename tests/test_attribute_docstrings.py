"""Attribute docstrings stay beside their attribute."""
import ast
from pathlib import Path

import mtqa


def _is_text(node) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)


def test_no_docstring_follows_another_where_it_documents_nothing():
    """A string under an attribute (or a constant) is its documentation; a field added between an attribute and
    its docstring leaves that docstring after the new field's own, where it documents nothing (the Hunspell
    dictionary's ``longest_suffix``/``longest_prefix`` lost theirs to ``suffix_groups``)."""
    stray = []
    for path in sorted(Path(mtqa.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            body = getattr(node, "body", None)
            if isinstance(body, list):
                stray += [f"{path.name}:{b.lineno}" for a, b in zip(body, body[1:]) if _is_text(a) and _is_text(b)]
    assert not stray, stray
