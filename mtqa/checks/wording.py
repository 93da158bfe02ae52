"""Shared wording for issue messages."""

from __future__ import annotations


def quoted(text: object) -> str:
    """Return ``text`` between typographic double quotes: ``quoted("earth")`` is ``“earth”``.

    Every issue message quotes flagged text and suggestions this one way, so
    messages from different checks read alike. Curly double quotes stay
    readable in terminals and reports, and unlike ``repr`` or straight single
    quotes they do not clash with the apostrophes of the text itself
    (``one's``, ``D'Elon``) or add backslash escapes.
    """
    return f"“{text}”"
