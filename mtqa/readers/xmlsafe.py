"""Reading untrusted XML: refuse attack payloads, report malformed input, keep positions.

Feeds, XLIFF and TMX files arrive from CMSs and vendors, so they are
untrusted. Every XML input goes through defusedxml's expat reader *before*
feedparser or translate-toolkit see it: entity declarations (the mechanism
of both billion-laughs bombs and XXE file/URL inclusion) and external
references are refused outright, and malformed XML is reported with its
line and column, rather than being "repaired" by a lenient parser that
could silently drop an item. The parse is a streaming SAX pass, so this
costs one linear scan and no tree.

The same pass hands element and comment events, with their (line, column)
positions, to a handler: that is how the feed reader finds where each
item's title and body start in the file. :class:`LineTable` converts
between expat's (line, column) and offsets in the decoded file text, using
expat's own notion of a line break (``\\r\\n``, ``\\r`` or ``\\n``).
"""
from __future__ import annotations

import bisect
import codecs
from array import array
import io
import re
import xml.sax
import xml.sax.handler
from typing import Optional

from mtqa.errors import InputError

_BREAK = re.compile(r"\r\n|\r|\n")
_DECL = re.compile(rb"^<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._\-]+)[\"']")
_ROOT = re.compile(r"<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)")


class LineTable:
    """Line starts of a text, to map offsets <-> (1-based line, 0-based column)."""

    def __init__(self, text: str):
        self.text = text
        self.starts = array("l", [0])
        self.starts.extend(m.end() for m in _BREAK.finditer(text))

    def offset(self, line: int, col: int) -> int:
        return self.starts[line - 1] + col

    def position(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i]

    def line_text(self, line: int) -> str:
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def lines(self, first: int, last: int) -> dict[int, str]:
        return {n: self.line_text(n) for n in range(first, min(last, len(self.starts)) + 1)}

    def part(self, first: int, last: int) -> "LinePart":
        """The lines holding offsets ``first`` to ``last``, answering :meth:`position` for those offsets as this
        table does (a subclass's line numbers too: the part's first line is this table's answer)."""
        lo = max(0, bisect.bisect_right(self.starts, first) - 1)
        hi = max(lo + 1, bisect.bisect_right(self.starts, last))
        return LinePart(self.position(self.starts[lo])[0], self.starts[lo:hi])


class LinePart:
    """A few lines of a :class:`LineTable` (:meth:`LineTable.part`): the starts of those lines and the number of
    the first, without the file's text. What a feed's segment takes to a worker process
    (:meth:`mtqa.readers.positions.MappedSegment.__reduce__`).

    It answers positions only (:meth:`position`, :meth:`part`): no ``line_text``, ``lines`` or ``text``. Why that
    is safe: a segment holds a LinePart only after a pickle, i.e. in a worker of ``mtqa check --workers`` or
    ``--scheduler`` (:func:`mtqa.distributed.check_batch`), where the segment's table is read by
    :meth:`~mtqa.readers.positions.MappedSegment.locate` and ``locate_end`` alone; an issue's end on another
    line is placed from the document's own lines (``pair.target.lines``, :func:`mtqa.api._placed`), which
    travel with the document. The one reader of a segment's ``table.line_text``,
    :func:`mtqa.checks.cross_system._placed`, runs in ``mtqa compare``, which checks every system in its own
    process and keeps the tables it read (its pool pickles each :class:`LineTable` whole, text included). A
    change that sends compare's documents to workers must give this class the lines' lengths first: until
    then a read of ``line_text`` here fails loudly (AttributeError) rather than placing an issue wrong."""

    __slots__ = ("first_line", "starts")

    def __init__(self, first_line: int, starts: array):
        self.first_line = first_line
        self.starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        i = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return self.first_line + i, offset - self.starts[i]

    def part(self, first: int, last: int) -> "LinePart":
        """Itself: a segment unpickled in a worker is pickled again by Dask (to another worker); it already holds
        only its own lines."""
        return self

    def __reduce__(self):
        return LinePart, (self.first_line, self.starts)


def decode_xml(data: bytes, path: str) -> str:
    """Decode XML bytes as expat will: BOM, else the declared encoding, else UTF-8."""
    if not data.strip():
        raise InputError("input is empty", path)
    if data.startswith(codecs.BOM_UTF8):
        encoding, data = "utf-8", data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        match = _DECL.match(data.lstrip())
        encoding = match.group(1).decode("ascii") if match else "utf-8"
    try:
        return data.decode(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r} in the XML declaration", path, 1) from None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"not valid {encoding} (byte 0x{data[exc.start]:02x})", path, line) from None


def root_name(text: str) -> str:
    """Local name of the root element (after the prolog), lower-cased; '' if none."""
    pos = 0
    while True:
        lt = text.find("<", pos)
        if lt == -1:
            return ""
        if text.startswith("<?", lt):
            pos = text.find("?>", lt) + 2
        elif text.startswith("<!--", lt):
            pos = text.find("-->", lt) + 3
        elif text.startswith("<!", lt):  # DOCTYPE, possibly with an internal subset
            close = text.find("]>", lt) if "[" in text[lt:text.find(">", lt)] else -1
            pos = (close + 2) if close != -1 else text.find(">", lt) + 1
        else:
            match = _ROOT.match(text, lt)
            return match.group(2).lower() if match else ""
        if pos <= 1:
            return ""


class PositionHandler(xml.sax.handler.ContentHandler):
    """A SAX content handler that can ask where the parser is.

    Subclasses call :meth:`here` inside an event: for a start or end tag it
    is the position of its ``<``; for character data, the first character.
    ``comment(text)`` is called for XML comments when defined.
    """

    def setDocumentLocator(self, locator) -> None:
        self._locator = locator

    def here(self) -> tuple[int, int]:
        return self._locator.getLineNumber(), self._locator.getColumnNumber()

    def skippedEntity(self, name: str) -> None:
        # An entity defined in an external DTD, which is never read: refuse
        # rather than silently drop its text.
        raise _Skipped(name)


class _Skipped(Exception):
    pass


class _Lexical(xml.sax.handler.LexicalHandler):
    """Forwards comments to the content handler; ignores the other lexical events."""

    def __init__(self, target):
        self.target = target

    def comment(self, text):
        self.target.comment(text)

    def startDTD(self, *args):
        pass

    def endDTD(self):
        pass

    def startCDATA(self):
        pass

    def endCDATA(self):
        pass


def parse(data: bytes, path: str, handler: Optional[xml.sax.handler.ContentHandler] = None) -> None:
    """Parse ``data`` with defusedxml, calling ``handler``; refuse attacks and malformed XML.

    Raises :class:`InputError` (one line, with the line number) for entity
    declarations, external references and anything not well-formed.
    """
    if not data.strip():
        raise InputError("input is empty", path)
    parse_stream(io.BytesIO(data), path, handler)


def parse_stream(stream, path: str, handler: Optional[xml.sax.handler.ContentHandler] = None) -> None:
    """:func:`parse` reading a binary stream (a file too large to hold: expat reads it in blocks)."""
    from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
    from defusedxml.expatreader import create_parser

    handler = handler or PositionHandler()
    # Entity declarations are refused outright. An external DTD reference
    # (<!DOCTYPE tmx SYSTEM "tmx14.dtd">) is allowed but never fetched
    # (external_ges/pes off); an entity it would have defined is refused
    # by PositionHandler.skippedEntity.
    parser = create_parser(namespaceHandling=1, forbid_dtd=False, forbid_entities=True, forbid_external=False)
    parser.setFeature(xml.sax.handler.feature_external_ges, False)
    parser.setFeature(xml.sax.handler.feature_external_pes, False)
    parser.setContentHandler(handler)
    if hasattr(handler, "comment"):
        parser.setProperty(xml.sax.handler.property_lexical_handler, _Lexical(handler))
    source = xml.sax.xmlreader.InputSource(path)
    source.setByteStream(stream)
    try:
        parser.parse(source)
    except xml.sax.SAXParseException as exc:
        raise InputError(
            f"malformed XML: {exc.getMessage()} (column {exc.getColumnNumber() + 1})", path, exc.getLineNumber()
        ) from None
    except EntitiesForbidden as exc:
        raise InputError(
            f"refused: the XML declares entity {exc.name!r}; entity declarations are how "
            "entity-expansion (billion laughs) and external-entity (XXE) attacks work",
            path, _line(parser),
        ) from None
    except ExternalReferenceForbidden as exc:
        raise InputError(
            f"refused: the XML refers to an external resource ({exc.sysid or exc.pubid}); "
            "external references (XXE) are never fetched", path, _line(parser),
        ) from None
    except _Skipped as exc:
        raise InputError(
            f"refused: entity &{exc.args[0]}; is not defined in the document (an external DTD is never "
            "read, so its text would be lost); write the character itself or a character reference",
            path, _line(parser),
        ) from None
    except (DTDForbidden, DefusedXmlException) as exc:
        raise InputError(f"refused: {exc}", path, _line(parser)) from None
    except UnicodeError as exc:
        raise InputError(f"cannot decode the XML ({exc})", path) from None
    except ValueError as exc:  # expat: "multi-byte encodings are not supported" (UTF-7, Shift-JIS...)
        raise InputError(f"cannot read the XML ({exc}); write it in UTF-8", path, 1) from None


def _line(parser) -> Optional[int]:
    try:
        return parser.getLineNumber()
    except Exception:  # pragma: no cover - parser already torn down
        return None
