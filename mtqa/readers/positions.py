"""Text extracted from markup, with every character's place in the file.

A feed item's body is XML-escaped HTML: ``l&#8217;&#233;quipe``, ``<p>``,
CDATA sections. Checks must see the decoded text ("l’équipe"), but the
report must point at the file, so each decoded character keeps the offsets
of the raw text it came from (``starts[i]``, ``ends[i]`` in the decoded file
text). The two decoding layers (XML, then HTML) and whitespace collapsing
all carry these arrays along; :class:`MappedSegment` then answers
:meth:`~mtqa.model.Segment.locate` through them instead of assuming that
text offsets and file columns move together.

Arrays of machine ints (not lists of Python ints) keep a 10,000-item feed
small, and only one item's text is decoded at a time.
"""
from __future__ import annotations

import functools
import re
from array import array
from dataclasses import field
from typing import TYPE_CHECKING, Optional

from mtqa.lazy import lazy_module
from mtqa.model import Segment
from mtqa.records import record

if TYPE_CHECKING:  # pragma: no cover
    from mtqa.readers.xmlsafe import LineTable

html = lazy_module("html")
"""Read for the entities of an HTML body (a feed item's). Why lazy, and the line table's class named for type
checkers only: this module is imported with the cross-system checks by every ``mtqa check`` (a segment class's
line table, :func:`table_field_at`), and with it :mod:`html` (its table of entities) and, through
:mod:`mtqa.readers.xmlsafe`, :mod:`xml.sax`, which a plain-text or JSONL input never reads."""

_TYPECODE = "i"

_COUNTING = array(_TYPECODE)
"""0, 1, 2, ...: offsets copied one-to-one are slices of it (:func:`counting`), grown as needed up to
:data:`_COUNTING_MAX`."""
_COUNTING_MAX = 1 << 18
"""Offsets below this are sliced out of :data:`_COUNTING` (at most 1 MiB, held for the run); beyond it
(a whole-read feed of megabytes: its later items' offsets) they are counted as before."""


def counting(start: int, stop: int) -> array:
    """``array(_TYPECODE, range(start, stop))``, as a slice of :data:`_COUNTING` when it fits.

    Why: an array built from a ``range`` converts every integer in Python, a slice copies machine
    integers (600 offsets: 103 µs against 2 µs of CPU on the slow host of stop 50). Every character
    copied verbatim from a file gets its two offsets this way: a feed's titles and bodies, read
    for their documents and, with no positions kept, for their summaries and for comparison with
    feedparser's value (:func:`strip_all`, :func:`plain_paragraphs`), where building them was a
    tenth of an indexed 10,000-item feed's reading."""
    if stop > len(_COUNTING):
        if stop > _COUNTING_MAX:
            return array(_TYPECODE, range(start, stop))
        _COUNTING.extend(range(len(_COUNTING), min(_COUNTING_MAX, max(stop, 2 * len(_COUNTING), 4096))))
    return _COUNTING[start:stop]


class PText:
    """A string plus, per character, the raw [start, end) offsets it came from."""

    __slots__ = ("text", "starts", "ends")

    def __init__(self, text: str = "", starts: Optional[array] = None, ends: Optional[array] = None):
        self.text = text
        self.starts = starts if starts is not None else array(_TYPECODE)
        self.ends = ends if ends is not None else array(_TYPECODE)

    @classmethod
    def plain(cls, text: str, origin: int = 0) -> "PText":
        """``text`` copied verbatim from the file at offset ``origin``."""
        return cls(text, counting(origin, origin + len(text)), counting(origin + 1, origin + len(text) + 1))

    def __len__(self) -> int:
        return len(self.text)

    def slice(self, a: int, b: int) -> "PText":
        return PText(self.text[a:b], self.starts[a:b], self.ends[a:b])


class Builder:
    """Accumulates a :class:`PText` piece by piece."""

    def __init__(self):
        self.parts: list[str] = []
        self.starts = array(_TYPECODE)
        self.ends = array(_TYPECODE)

    def verbatim(self, text: str, origin: int) -> None:
        """Characters copied one-to-one from the raw text at ``origin``."""
        if text:
            self.parts.append(text)
            self.starts.extend(counting(origin, origin + len(text)))
            self.ends.extend(counting(origin + 1, origin + len(text) + 1))

    def replaced(self, text: str, start: int, end: int) -> None:
        """Characters standing for the whole raw span [start, end) (an entity, collapsed space)."""
        if text:
            self.parts.append(text)
            self.starts.extend([start] * len(text))
            self.ends.extend([end] * len(text))

    def copy(self, source: PText, a: int, b: int) -> None:
        """A slice of an already positioned text."""
        if b > a:
            self.parts.append(source.text[a:b])
            self.starts.extend(source.starts[a:b])
            self.ends.extend(source.ends[a:b])

    def build(self) -> PText:
        return PText("".join(self.parts), self.starts, self.ends)


# --- XML layer -------------------------------------------------------------

_XML_TOKEN = re.compile(
    r"<!\[CDATA\[(?P<cdata>.*?)\]\]>"
    r"|<!--(?P<comment>.*?)-->"
    r"|<\?.*?\?>"
    r"|<(?P<tag>/?[A-Za-z_][^\s/>]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>"
    r"|&(?P<ref>#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_][\w.\-]*);"
    r"|\r\n?",
    re.S,
)
_XML_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def xml_content(raw: str, start: int, end: int, comments: Optional[list] = None) -> PText:
    """Decode the content of an element, raw[start:end], as XML does.

    CDATA is taken literally, character and predefined entity references
    are decoded, line breaks normalised, comments and processing
    instructions dropped (comments are appended to ``comments`` as
    ``(text, offset)``). Nested tags (Atom ``type="xhtml"``) are kept
    verbatim for the HTML layer. The input is already known to be
    well-formed, so this never has to recover from errors.
    """
    out = Builder()
    pos = start
    for m in _XML_TOKEN.finditer(raw, start, end):
        out.verbatim(raw[pos:m.start()], pos)
        pos = m.end()
        if m.group("cdata") is not None:
            out.verbatim(m.group("cdata"), m.start("cdata"))
        elif m.group("comment") is not None:
            if comments is not None:
                comments.append((m.group("comment"), m.start()))
        elif m.group("tag") is not None:
            out.verbatim(m.group(), m.start())
        elif m.group("ref") is not None:
            out.replaced(_xml_ref(m.group("ref")), m.start(), m.end())
        elif m.group().startswith("\r"):
            out.replaced("\n", m.start(), m.end())
    out.verbatim(raw[pos:end], pos)
    return out.build()


def _xml_ref(ref: str) -> str:
    if ref.startswith("#x"):
        return chr(int(ref[2:], 16))
    if ref.startswith("#"):
        return chr(int(ref[1:]))
    return _XML_ENTITIES.get(ref, f"&{ref};")


# --- HTML layer ------------------------------------------------------------

_BLOCK = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td th thead tr ul".split()
)
# A tag or declaration never spans a "<": without that rule "<a <a <a ..." (escaped
# markup in a feed body) makes every "<" scan to the end of the text, quadratic time.
_HTML_TOKEN = re.compile(
    r"<!--(?P<comment>.*?)(?:-->|$)"
    r"|<(?P<skip>script|style)\b.*?(?:</(?P=skip)\s*>|$)"
    r"|<(?P<close>/?)(?P<name>[A-Za-z][\w:\-]*)(?:[^<>\"']|\"[^<\"]*\"|'[^<']*')*>"
    r"|<![^<>]*>"
    r"|&(?:#[xX][0-9A-Fa-f]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)",
    re.S | re.I,
)
PARAGRAPH = "\n\n"


def html_text(source: PText, comments: Optional[list] = None) -> PText:
    """Strip HTML from a positioned text: tags removed, block tags become paragraph breaks.

    ``script``/``style`` content is dropped, entities decoded, comments
    collected into ``comments`` as ``(text, offset)``.
    """
    out = Builder()
    text = source.text
    pos = 0
    for m in _HTML_TOKEN.finditer(text):
        out.copy(source, pos, m.start())
        pos = m.end()
        token = m.group()
        if m.group("comment") is not None:
            if comments is not None:
                comments.append((m.group("comment"), source.starts[m.start()] if len(source) else 0))
        elif m.group("name") is not None:
            if m.group("name").lower() in _BLOCK:
                at = source.starts[m.start()]
                out.replaced(PARAGRAPH, at, at)
        elif token.startswith("&"):
            decoded = html.unescape(token)
            if decoded == token:
                out.copy(source, m.start(), m.end())
            else:
                out.replaced(decoded, source.starts[m.start()], source.ends[m.end() - 1])
    out.copy(source, pos, len(text))
    return out.build()


# --- paragraphs and whitespace ----------------------------------------------

_ASCII_SPACE = " \t\n\r\f\v"
_SPACE_RUN = re.compile(r"[ \t\n\r\f\v]{2,}|[\t\n\r\f\v]")
_PARA_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def paragraphs(source: PText) -> list[PText]:
    """Split at blank lines (and block tags, which :func:`html_text` made
    blank lines), then collapse runs of ASCII whitespace to one space.

    No-break spaces are kept: French typography uses them, and the checks
    need to see them.
    """
    text = source.text
    out: list[PText] = []
    pos = 0
    for m in [*_PARA_BREAK.finditer(text), None]:
        a, b = pos, (m.start() if m else len(text))
        pos = m.end() if m else len(text)
        para = trim(collapse(source.slice(a, b)))
        if para.text:
            out.append(para)
    return out


def trim(source: PText) -> PText:
    """Drop any whitespace at the edges, no-break spaces included (CMS spacer ``&nbsp;``)."""
    lead = len(source.text) - len(source.text.lstrip())
    end = len(source.text.rstrip())
    if lead == 0 and end == len(source.text):
        return source
    return source.slice(lead, max(lead, end))


def collapse(source: PText) -> PText:
    """Trim and collapse ASCII whitespace runs to a single space (keeping positions).

    Only runs that are not already one plain space are rewritten, so the
    common case (words separated by single spaces) costs one regex scan.
    """
    text = source.text
    a, b = len(text) - len(text.lstrip(_ASCII_SPACE)), len(text.rstrip(_ASCII_SPACE))
    if a or b < len(text):
        source = source.slice(a, max(a, b))
        text = source.text
    if not _SPACE_RUN.search(text):
        return source
    out = Builder()
    pos = 0
    for m in _SPACE_RUN.finditer(text):
        out.copy(source, pos, m.start())
        pos = m.end()
        out.replaced(" ", source.starts[m.start()], source.ends[m.end() - 1])
    out.copy(source, pos, len(text))
    return out.build()


def approximate(text: str, offset: int) -> PText:
    """A text whose every character is placed at ``offset`` (exact mapping unknown)."""
    return PText(text, array(_TYPECODE, [offset]) * len(text), array(_TYPECODE, [offset]) * len(text))


# --- segments ----------------------------------------------------------------


@record(frozen=True, slots=True)
class MappedSegment(Segment):
    """A segment whose characters map to file positions through offset arrays.

    ``locate`` gives the start of a character; ``locate_end`` the end of the
    character before an offset, so a span ``[a, b)`` covers the raw text
    ``locate(a) .. locate_end(b)`` even across entities and markup.
    """

    starts: array = field(default_factory=lambda: array(_TYPECODE), compare=False, repr=False)
    ends: array = field(default_factory=lambda: array(_TYPECODE), compare=False, repr=False)
    table: Optional[LineTable] = field(default=None, compare=False, repr=False)

    def locate(self, offset: int) -> tuple[int, int]:
        if not self.starts or self.table is None:
            return self.line, self.col
        offset = max(0, min(offset, len(self.starts)))
        raw = self.starts[offset] if offset < len(self.starts) else self.ends[-1]
        return self.table.position(raw)

    def locate_end(self, offset: int) -> tuple[int, int]:
        if not self.starts or self.table is None:
            return self.line, self.col
        offset = max(0, min(offset, len(self.ends)))
        raw = self.ends[offset - 1] if offset > 0 else self.starts[0]
        return self.table.position(raw)

    def __reduce__(self):
        """Every field (:meth:`~mtqa.model.Segment.fields`), the line table cut to the lines this segment's
        offsets fall on (:meth:`~mtqa.readers.xmlsafe.LineTable.part`): :meth:`locate` and :meth:`locate_end`
        answer the same.

        Why: the table is the whole file's (its text and every line start), shared by the feed's segments. A
        worker's batch pickled it once per batch, so a feed of n items sent n/130 copies of the file: a 0.5 MB
        feed of 2,000 items pickled 158 MB of batches (2.6 MB when a segment travelled without its table) and
        a large feed grew with the square of its size. The worker needs only :meth:`position` at the
        segment's own offsets."""
        cls = type(self)
        values = self.fields()
        table = self.table
        if table is None or not self.starts or not self.ends:
            return cls, values
        first, last = min(min(self.starts), min(self.ends)), max(max(self.starts), max(self.ends))
        at = table_field_at(cls)
        return cls, values[:at] + (table.part(first, last),) + values[at + 1:]


@functools.cache
def table_field_at(cls: type) -> int:
    """Where a segment class's ``table`` field sits among its fields (:meth:`~mtqa.model.Segment.fields`)."""
    from dataclasses import fields

    return [f.name for f in fields(cls)].index("table")


def mapped_segment(index: int, text: PText, role, paragraph: int, table: LineTable) -> MappedSegment:
    line, col = table.position(text.starts[0]) if len(text) else (1, 0)
    return MappedSegment(index, text.text, role, paragraph, line, col, False, text.starts, text.ends, table)


def strip_all(text: str) -> list[str]:
    """The paragraphs of an HTML string as plain text (no positions kept)."""
    return [p.text for p in paragraphs(html_text(PText.plain(text)))]


def plain_paragraphs(text: str) -> list[str]:
    return [p.text for p in paragraphs(PText.plain(text))]
