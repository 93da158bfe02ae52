"""Feeds too large to hold whole: an index of item offsets, each item read back when needed.

The feed reader (:mod:`mtqa.readers.feeds`) reads a feed whole: its bytes,
its decoded text and feedparser's reading of every entry, about 13 kB of
memory per item on top of the file. A feed of hundreds of thousands of
items, or a pair of them, would not fit. Above :data:`INDEX_ABOVE` bytes a
feed is read in two passes instead:

1. one streaming pass of the same defusedxml parser over the file (the same
   refusals and the same one-line errors with the line), which keeps only
   where each item starts and ends (bytes and lines);
2. each item, read back from the file, is parsed on its own, wrapped in the
   feed's own head (the XML declaration, the root and channel start tags with
   their namespaces, everything before the first item) and the closing tags
   of its ancestors, by the very code that reads a whole feed: the same
   locator, feedparser on the same element with the same namespaces, the same
   field extraction. An item's positions are those of the file.

Pairing needs only the keys (guid, link, title) and a short summary of each
item (its length and anchors), which the index keeps; the documents are built one pair at a time, each
item read back again then. That second reading only locates the item's
elements: what feedparser made of its title and body (their type and a digest
of their text) is kept from the index's reading, and an element whose text
does not match it (feedparser decoded something the XML does not show, such
as base64 content) is read by feedparser again. So memory holds the index
(about 0.5 kB an item; 0.8 kB with the summary's anchors of an item without keys) and one
pair of items, and feedparser reads each item once.

The index is used only where it is exact: UTF-8 input (offsets in bytes and
characters translate through the item's own bytes), every item on lines of
its own (no other item shares its first or last line, so an item's lines can
be read back whole) and every item under the same ancestors. Anything else
(a feed written on one line, another encoding) is read whole, as before.
"""
from __future__ import annotations

import codecs
import re
from array import array
from dataclasses import field
from typing import Optional

from mtqa.errors import InputError
from mtqa.readers.xmlsafe import LineTable, PositionHandler, parse_stream
from mtqa.records import record

INDEX_ABOVE = 4 * 2**20
"""Feeds larger than this many bytes are indexed rather than read whole. A whole read holds 7 to 12
times the file at its peak (bytes, text, every item located, feedparser's entries: about 550 MB for
a 47 MB feed of 100,000 items); the index about 1 kB an item or less. Reading through the index
costs a few per cent more CPU (a streaming pass to find the items, and each item located twice),
so small feeds, where memory does not matter, are still read whole."""

_DECL_ENCODING = re.compile(rb"^<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._\-]+)[\"']")
_QNAME = re.compile(rb"<([^\s/>]+)")
_START_TAG = re.compile(rb"<[^\s/>]+(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
_BLOCK = 1 << 16
_PEEK = 256
"""Bytes read at an item's end tag to find its ">" (more, up to :data:`_BLOCK`, only if it is not
there): reading a whole block at every item read 64 KiB an item, some 140 times a news feed's size."""


@record(slots=True)
class _Span:
    start: int  # byte offset of the item's "<"
    line: int
    end_tag: int  # byte offset of its end tag's "<" (its start tag's, when empty)
    end_line: int
    ancestors: tuple[int, ...]  # byte offsets of the open ancestors' start tags
    end: int = 0  # byte offset just after the item


class _Spans:
    """The spans of a feed's items, held as five arrays of 64-bit integers (40 bytes an item: a
    :class:`_Span` object with its integers and ancestors' tuple takes about 280, and an index holds
    every item of a large feed). ``spans[k]`` gives item ``k``'s :class:`_Span` (a copy: write an
    end through :attr:`end`); a slice, a list of them. The items' ancestors are held once, the
    first item's, and :attr:`same_ancestors` says whether every item has them (else the feed is
    read whole)."""

    def __init__(self) -> None:
        self.start, self.line, self.end_tag, self.end_line, self.end = (array("q") for _ in range(5))
        self.ancestors: tuple[int, ...] = ()
        self.same_ancestors = True

    def append(self, start: int, line: int, end_tag: int, end_line: int, ancestors: tuple[int, ...]) -> None:
        if not self.start:
            self.ancestors = ancestors
        elif ancestors != self.ancestors:
            self.same_ancestors = False
        self.start.append(start)
        self.line.append(line)
        self.end_tag.append(end_tag)
        self.end_line.append(end_line)
        self.end.append(0)

    def __len__(self) -> int:
        return len(self.start)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        return _Span(self.start[k], self.line[k], self.end_tag[k], self.end_line[k], self.ancestors, self.end[k])


class _Scanner(PositionHandler):
    """The item spans of a feed, from one streaming pass (no text kept)."""

    def __init__(self, is_item) -> None:
        self.is_item = is_item
        self.spans = _Spans()
        self.open: list[int] = []  # byte offsets of the open elements
        self.item_depth = 0
        self.pending: Optional[tuple[int, int, tuple]] = None

    def _byte(self) -> int:
        return self._locator._ref._parser.CurrentByteIndex  # the SAX locator holds a proxy of its reader

    def startElementNS(self, name, qname, attrs):
        at = self._byte()
        if self.pending is None and self.is_item(name[0] or "", name[1]):
            self.pending = (at, self.here()[0], tuple(self.open))
            self.item_depth = len(self.open) + 1
        self.open.append(at)

    def endElementNS(self, name, qname):
        if self.pending is not None and len(self.open) == self.item_depth:
            start, line, ancestors = self.pending
            self.spans.append(start, line, self._byte(), self.here()[0], ancestors)
            self.pending = None
        self.open.pop()


@record
class FeedIndex:
    """Where the items of a large feed are, and the head that makes one of them a feed of its own."""

    path: str
    head: bytes
    """Everything before the first item, then a line break."""
    tail: bytes
    """The closing tags of the items' ancestors."""
    spans: _Spans = field(default_factory=_Spans)
    size: int = 0

    def region(self, k: int, last: Optional[int] = None) -> tuple[bytes, int, int]:
        """(bytes of the whole lines holding item ``k`` (through item ``last``), offset of the item in
        them, offset of the end of the last)."""
        span, end = self.spans[k], self.spans[k if last is None else last]
        low = self.spans[k - 1].end if k else 0
        after_last = k if last is None else last
        high = self.spans[after_last + 1].start if after_last + 1 < len(self.spans) else self.size
        with open(self.path, "rb") as fh:
            first = _line_start(fh, span.start, low)
            fh.seek(first)
            data = fh.read(end.end - first)
            after = fh.read(high - end.end)
        brk = min((i for i in (after.find(b"\n"), after.find(b"\r")) if i != -1), default=len(after))
        return data + after[:brk], span.start - first, end.end - first


def _line_start(fh, at: int, low: int) -> int:
    """Offset just after the last line break before ``at`` (never before ``low``)."""
    pos = at
    while pos > low:
        size = min(_BLOCK, pos - low)
        fh.seek(pos - size)
        block = fh.read(size)
        cut = max(block.rfind(b"\n"), block.rfind(b"\r"))
        if cut != -1:
            return pos - size + cut + 1
        pos -= size
    return low


def build_index(path: str, is_item) -> Optional[FeedIndex]:
    """The item index of the feed at ``path``, or None when the feed must be read whole (see the module)."""
    import os

    try:
        size = os.path.getsize(path)
        fh = open(path, "rb")
    except OSError:
        return None  # the whole read reports it
    with fh:
        start = fh.read(4096)
        if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return None
        declared = _DECL_ENCODING.match(start.removeprefix(codecs.BOM_UTF8).lstrip())
        if declared and declared.group(1).decode("ascii").lower().replace("_", "-") not in ("utf-8", "utf8", "us-ascii", "ascii"):
            return None
        fh.seek(0)
        scanner = _Scanner(is_item)
        parse_stream(fh, path, scanner)
    spans = scanner.spans
    if not spans:
        raise InputError("the feed has no items", path)
    with open(path, "rb") as fh:
        head = fh.read(spans[0].start)
        names = []
        for at in spans[0].ancestors:
            fh.seek(at)
            m = _QNAME.match(fh.read(1024))
            if m is None:
                return None
            names.append(m.group(1))
        for k, (start, end_tag) in enumerate(zip(spans.start, spans.end_tag)):
            fh.seek(end_tag)
            chunk = fh.read(_PEEK)
            if chunk.startswith(b"</"):
                close = chunk.find(b">")
                if close == -1 and len(chunk) == _PEEK:
                    chunk += fh.read(_BLOCK - _PEEK)
                    close = chunk.find(b">")
                if close == -1:
                    return None
                spans.end[k] = end_tag + close + 1
            else:  # an empty item, <item/>
                fh.seek(start)
                m = _START_TAG.match(fh.read(_BLOCK))
                if m is None:
                    return None
                spans.end[k] = start + m.end()
    if not spans.same_ancestors or any(line <= end_line for line, end_line in zip(spans.line[1:], spans.end_line)):
        return None  # items sharing a line, or under different parents: read whole
    tail = b"".join(b"</" + n + b">" for n in reversed(names))
    return FeedIndex(path, head + (b"\r\n" if head.endswith(b"\r") else b"\n"), tail, spans, size)


class RegionTable(LineTable):
    """A :class:`LineTable` over an item read back on its own, answering in the file's line numbers.

    ``text`` is the item wrapped in the feed's head (its own lines are blanked
    outside the item, character for character, so columns stay those of the
    file); ``shift`` turns the wrapper's line numbers into the file's; the
    lines' text is the file's own (``original``).
    """

    def __init__(self, text: str, shift: int, original: dict[int, str]):
        super().__init__(text)
        self.shift = shift
        self.original = original

    def offset(self, line: int, col: int) -> int:
        return super().offset(line - self.shift, col)

    def position(self, offset: int) -> tuple[int, int]:
        line, col = super().position(offset)
        return line + self.shift, col

    def line_text(self, line: int) -> str:
        if line in self.original:
            return self.original[line]
        return super().line_text(line - self.shift)

    def lines(self, first: int, last: int) -> dict[int, str]:
        return {n: self.line_text(n) for n in range(first, last + 1)}


BATCH = 64
"""Items read together when the index is built (:func:`batch_source`): feedparser's reading of a
wrapped item costs about four times its share of a whole feed's reading, most of it per call."""


def batch_source(index: FeedIndex, first: int, last: int) -> Optional[tuple[bytes, int, dict[int, str]]]:
    """Items ``first`` to ``last`` as a feed of their own (bytes), the line of the first item's first
    line in it and their lines' text, as :func:`item_source` wraps one item; None when anything but
    white space stands between two of them (a comment, another element: they are read one by one)."""
    region, at, end = index.region(first, last)
    base = index.spans[first].start - at
    for prev, span in zip(index.spans[first:last], index.spans[first + 1:last + 1]):
        if region[prev.end - base:span.start - base].strip():
            return None
    return _wrapped(index, first, region, at, end)


def _wrapped(index: FeedIndex, k: int, region: bytes, at: int, end: int) -> tuple[bytes, int, dict[int, str]]:
    """The wrapper of the items in ``region[at:end]``, item ``k`` first (see :func:`item_source`)."""
    before = region[:at].decode("utf-8", "replace")
    inner = region[at:end].decode("utf-8")
    after = region[end:].decode("utf-8", "replace")
    original = before + inner + after
    blanked = (" " * len(before)) + inner + (" " * len(after))
    first_line = index.spans[k].line
    lines = dict(enumerate(LineTable(original).lines(1, 1 << 30).values(), first_line))
    data = index.head + blanked.encode("utf-8") + index.tail
    head_lines = LineTable(index.head.decode("utf-8", "replace")).starts
    return data, len(head_lines), lines


def item_source(index: FeedIndex, k: int) -> tuple[bytes, int, dict[int, str]]:
    """Item ``k`` as a feed of its own (bytes), the line of its first line in that feed, and its lines' text.

    The wrapper is the feed's head, the item's lines with whatever else they
    hold blanked (same number of characters), and its ancestors' end tags.
    """
    region, at, end = index.region(k)
    return _wrapped(index, k, region, at, end)
