"""mtqa.regexcache.ONCE: possessive where Python's ``re`` has it, the plain ``+`` elsewhere (the package supports 3.10)."""
import re
import sys

from mtqa.regexcache import ONCE


def test_once_is_possessive_only_where_re_reads_it():
    assert ONCE == ("++" if sys.version_info >= (3, 11) else "+")
    # it compiles on this Python and gives the plain quantifier's matches before a class it cannot take
    text = "police arrested yesterday a suspect"
    assert [m.span() for m in re.finditer(rf"[a-z]{ONCE}\s", text)] == [m.span() for m in re.finditer(r"[a-z]+\s", text)]


def test_no_pattern_in_the_package_writes_a_possessive_quantifier_by_hand():
    # a literal "++" or "*+" in a pattern fails to compile on Python 3.10, which pyproject.toml still supports
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "mtqa"
    offenders = [str(p) for p in root.rglob("*.py")
                 if re.search(r"""\]\+\+\)|\}\+\+\)|\]\*\+\)""", p.read_text(encoding="utf-8"))]
    assert offenders == []
