"""Making untrusted text safe for each place a report puts it.

Document ids, feed titles, flagged text and suggestions come from the input,
which mtqa does not trust. Each output has its own hazard:

* a terminal obeys escape sequences (clear the screen, set the window title,
  OSC-8 links that hide their target), so control characters are shown as
  visible escapes (``\\x1b``) instead of being sent;
* a spreadsheet runs a cell that starts with ``=``, ``+``, ``-``, ``@``,
  tab or CR as a formula (OWASP "CSV injection"), so such cells get a
  leading ``'``;
* JavaScript and many line-splitting JSON readers treat U+2028/U+2029 as
  line ends, so JSON output writes them as ``\\u2028``/``\\u2029``.
"""
from __future__ import annotations

import re

# C0 and C1 controls (tab and newline included: one report line per item),
# DEL, and the bidirectional overrides that reorder what a reader sees.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _escape_char(m: re.Match) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` with every control or direction-override character written as an escape."""
    return _INVISIBLE.sub(_escape_char, text) if _INVISIBLE.search(text) else text


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value):
    """A CSV cell a spreadsheet will not evaluate: ``'`` before a leading = + - @ tab or CR."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def json_line_safe(dumped: str) -> str:
    """JSON text (from ``json.dumps(ensure_ascii=False)``) with U+2028/U+2029 escaped.

    Both can only occur inside JSON strings, where ``\\u2028`` means the same.
    """
    if "\u2028" in dumped or "\u2029" in dumped:
        return dumped.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return dumped
