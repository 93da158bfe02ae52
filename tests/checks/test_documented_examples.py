"""Every check's documented bad example is flagged and its good example is not."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.checks.docs import parse_doc
from mtqa.checks.registry import all_checks
from mtqa.config import Config
from mtqa.context import Context


def _context(cls, doc) -> Context:
    options = {}
    for key, value in doc.config.items():
        default = getattr(cls, key, None)
        if isinstance(default, bool):
            options[key] = value.lower() in ("1", "true", "yes")
        elif isinstance(default, (int, float)):
            options[key] = type(default)(value)
        else:
            options[key] = value
    return Context(Config(select=(cls.code,), options={cls.code: options} if options else {}))


def _codes(cls, doc, text):
    ctx = _context(cls, doc)
    if cls.cross_system:  # judged against the other systems' translations of the source, as mtqa compare does
        from mtqa.checks.cross_system import check_translations

        others = {f"other {k}": other for k, other in enumerate(doc.others, 1)}
        assert others, f"{cls.code} compares translations: its example needs 'other:' translations"
        return {i.code for system, i in check_translations(doc.source, {**others, "checked": text}, ctx)
                if system == "checked"}
    result = check_texts(text, source=doc.source, title=doc.title, ctx=ctx)
    return {i.code for i in result.issues}


EXAMPLES = [(cls, i, "bad") for cls in all_checks() for i in range(len(parse_doc(cls).bad))] + [
    (cls, i, "good") for cls in all_checks() for i in range(len(parse_doc(cls).good))
]


@pytest.mark.parametrize("cls,index,kind", EXAMPLES, ids=lambda v: getattr(v, "code", str(v)))
def test_documented_example(cls, index, kind):
    doc = parse_doc(cls)
    text = getattr(doc, kind)[index]
    codes = _codes(cls, doc, text)
    if kind == "bad":
        assert cls.code in codes, f"{cls.code} missed its documented bad example: {text!r}"
    else:
        assert cls.code not in codes, f"{cls.code} flagged its documented good example: {text!r}"
