"""Reading a check's documentation out of its docstring.

The docstring has a summary (its first paragraph, which may wrap over several lines: it is read as one
line), a paragraph starting ``Why it
matters:``, and an ``Example:`` block of ``key: value`` lines where key is
``source`` (the full source text), ``title`` (only the source headline),
``bad``, ``good``, ``config`` (``option=value`` pairs for the check) or
``other`` (another system's translation of the source, for the checks that
compare translations in ``mtqa compare``; may repeat), and
``\\n`` inside a value stands for a line break (``\\n\\n`` separates
paragraphs). ``bad`` and ``good`` may repeat.
"""
from __future__ import annotations

import inspect
from dataclasses import field
from typing import Optional

from mtqa.records import record

_KEYS = ("source", "title", "bad", "good", "config", "other")


@record
class CheckDoc:
    """The parts of a check's documentation."""

    summary: str
    why: str
    body: str
    source: Optional[str] = None
    title: Optional[str] = None
    bad: list[str] = field(default_factory=list)
    good: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    """Other systems' translations of ``source`` (``other``; for the checks that compare translations)."""
    config: dict[str, str] = field(default_factory=dict)


class DocError(ValueError):
    """A check's docstring lacks a required part."""


def parse_doc(cls: type) -> CheckDoc:
    """Parse ``cls.__doc__``; raise :class:`DocError` when a part is missing."""
    raw = inspect.cleandoc(cls.__doc__ or "")
    if not raw:
        raise DocError(f"{cls.__name__} has no docstring")
    # the summary is the whole first paragraph: a summary wrapped at the docstring's width is one sentence, and
    # cutting it at its first line break left its tail as the body's opening ("172" / "km »" in `mtqa rule A619`)
    summary, _, rest = raw.partition("\n\n")
    summary = " ".join(summary.split())
    paragraphs = [p.strip() for p in rest.split("\n\n") if p.strip()]
    why = next((p for p in paragraphs if p.startswith("Why it matters:")), "")
    if not why:
        raise DocError(f"{cls.__name__} docstring lacks a 'Why it matters:' paragraph")
    head, sep, example = rest.partition("Example:")
    if not sep:
        raise DocError(f"{cls.__name__} docstring lacks an 'Example:' block")
    doc = CheckDoc(summary=summary.strip(), why=why, body=head.strip())
    for line in example.splitlines():
        key, colon, value = line.strip().partition(":")
        if not colon or key not in _KEYS:
            continue
        value = value.strip().replace("\\n", "\n")
        if key in ("bad", "good"):
            getattr(doc, key).append(value)
        elif key == "other":
            doc.others.append(value)
        elif key == "config":
            for item in value.split(","):
                k, _, v = item.partition("=")
                doc.config[k.strip()] = v.strip()
        else:
            setattr(doc, key, value)
    if not doc.bad or not doc.good:
        raise DocError(f"{cls.__name__} example needs at least one 'bad:' and one 'good:' line")
    return doc


def first_sentence(summary: str) -> str:
    """The first sentence of ``summary``, as ``mtqa rules`` lists it: up to the first full stop, question or
    exclamation mark or semicolon that stands outside brackets and ````literals```` and is followed by a space (a
    full stop only before a capital or a quotation mark and after none of English's abbreviations, initials or
    dotted acronyms, as the sentence splitter reads them: :func:`mtqa.segment.abbreviation_period`). A semicolon
    ends it with a full stop. Why: the listing gives each check one cell some 28 columns wide; the whole paragraph
    (``mtqa rule CODE`` prints it) wrapped A505's 485 characters to 19 lines, qualifications and markup included."""
    from mtqa.langs import language
    from mtqa.segment import abbreviation_period

    depth, literal, i = 0, False, 0
    while i < len(summary):
        if summary.startswith("``", i):
            literal, i = not literal, i + 2
            continue
        c = summary[i]
        if not literal:
            if c in "([":
                depth += 1
            elif c in ")]":
                depth = max(depth - 1, 0)
            elif depth == 0 and c in ".;!?" and summary[i + 1:i + 2].isspace():
                rest = summary[i + 1:].lstrip()
                if c != "." or ((rest[:1].isupper() or rest[:1] in "\"'«“")
                                and not abbreviation_period(summary, i, language("en"))):
                    return summary[:i] + ("." if c == ";" else c)
        i += 1
    return summary
