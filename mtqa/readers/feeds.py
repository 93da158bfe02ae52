"""RSS and Atom feeds: one news item per document, paired across a source and a translated feed.

Each item's title is its headline and its body is ``content:encoded`` /
Atom ``content`` when present, else ``description`` / ``summary``; HTML is
reduced to text (block tags end paragraphs), and the body is split into
sentences. feedparser interprets the feed (RSS 0.9x/1.0/2.0, Atom 0.3/1.0:
which element is the title, the body, the id, whether a field is HTML);
a defusedxml SAX pass (:mod:`mtqa.readers.xmlsafe`) refuses attack payloads
and malformed XML first, and records where each item and field sits in
the file, so issues point at the file:

* ``line`` is the line of the XML file holding the flagged text;
  ``start``/``end`` are columns in that line, mapped back through CDATA,
  entity references (``&amp;``, ``&#8217;``) and HTML markup, so they
  cover the raw text of the flagged span; ``text`` is the decoded text.
* When feedparser's reading of a field differs from the raw element's
  (an exotic encoding such as base64 content), its text is used and every
  position falls back to where the element's content starts;
  ``meta.positions`` says ``approximate``.

Pairing a source feed with its translation: by ``guid``/Atom ``id``, then
by ``link``, then by position, in that order of trust. "Position" is an
order-preserving alignment of the remaining items by length and shared
numbers and names (:func:`mtqa.align.align_sequences`), so one removed item
does not shift every later pair; items it leaves alone on both sides because
their order differs (neighbours swapped) are paired again when their anchors
tie them (:func:`mtqa.align.lengths.repair_moves`). It only considers items that have no key
of a scheme the two feeds demonstrably share: if guids paired some items,
an item whose guid found no partner is unmatched, not re-paired by
position. ``meta.paired_by`` records which rule paired an item. Nothing is
dropped:

* a translated item with no source item is checked target-only, with
  ``meta.unmatched`` and a warning;
* a source item with no translation becomes a document that fails
  (``meta.missing``, score 0, a warning): an untranslated article is a
  defect of a translated feed. A baseline can accept known ones.

A single bilingual feed is read with a column mapping naming item child
elements, e.g. ``--columns source_title=fr:title,source=fr:description``.
"""
from __future__ import annotations

import functools
import io
import re
import sys
from array import array
from dataclasses import field
from typing import TYPE_CHECKING, Callable, Iterator, Optional, Sequence

from mtqa.errors import InputError
from mtqa.langs import LengthModel, language, language_pair
from mtqa.model import Document, DocumentPair, PairMeta, Role
from mtqa.readers import positions as P
from mtqa.readers.decoding import read_bytes
from mtqa.readers.items import prealign
from mtqa.readers.xmlsafe import LineTable, PositionHandler, decode_xml, parse as safe_parse, root_name
from mtqa.records import record
from mtqa.suppress import add_ignore, field_codes, parse_codes

if TYPE_CHECKING:
    from mtqa.align.anchors import AnchorStore

RSS_NS = {"", "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/", "http://backend.userland.com/rss2"}
ATOM_NS = {"http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#"}
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
FEED_ROOTS = {"rss", "rdf", "feed"}
COLUMN_FIELDS = ("id", "target_title", "target", "source_title", "source", "ignore")
_QNAME = re.compile(r"<([^\s/>]+)")
_START_TAG = re.compile(r"<[^\s/>]+(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
_TAG_LIKE = re.compile(r"<[A-Za-z/!]|&\w+;|&#")


@record(slots=True)
class Child:
    """A direct child element of an item, located in the decoded file text."""

    uri: str
    local: str
    qname: str
    attrs: dict
    tag_start: int
    content_start: int = 0
    content_end: int = 0


@record(slots=True)
class Item:
    """One ``<item>``/``<entry>``: where it is and what feedparser made of it."""

    index: int
    line: int
    end_line: int = 0
    children: list[Child] = field(default_factory=list)
    comments: list[tuple[str, int]] = field(default_factory=list)
    entry: Optional[dict] = None
    id: Optional[str] = None
    link: Optional[str] = None
    title: str = ""
    anchored: Optional[int] = None
    """An indexed feed's item with neither guid nor link: where its feed's :attr:`Feed.anchors` hold
    its :func:`_summary_text`'s length and anchors, from the index's reading of it (pairing by
    position needs them, and would read the item back again)."""
    expect: Optional[tuple] = None
    """An item read back from an indexed feed: what feedparser made of its title and body, kept from
    the index's reading as the type and digest of the expected text of each (:func:`_expectation`;
    the feed holds them flat for all its items, :class:`_Expectations`), so reading the item back to
    build its document needs no second feedparser reading."""

    @property
    def key(self) -> str:
        return self.id or self.link or f"item {self.index + 1}"

    def child(self, *names: tuple[Optional[set], str]) -> Optional[Child]:
        """First child matching one of (namespaces or None for any, local name), in the given order."""
        for uris, local in names:
            for c in self.children:
                if c.local == local and (uris is None or c.uri in uris):
                    return c
        return None

    def named(self, name: str) -> Optional[Child]:
        """The child written ``name`` (qualified as in the file, or a local name)."""
        for c in self.children:
            if c.qname == name:
                return c
        for c in self.children:
            if c.local == name:
                return c
        return None


@record
class Feed:
    path: str
    table: LineTable
    items: list[Item]
    version: str = ""
    origin: Optional["IndexedFeed"] = None
    """The indexed feed these items were read back from without feedparser (:meth:`IndexedFeed.view`)."""
    anchors: Optional["AnchorStore"] = None
    """An indexed feed's: the summaries' lengths and anchors of its items without keys (:attr:`Item.anchored`)."""

    def view(self, item: Item, interpret: bool = False) -> tuple["Feed", Item]:
        """The feed to read ``item``'s text from, and the item with its fields located in it
        (``interpret``: as feedparser read it too)."""
        if interpret and self.origin is not None and item.entry is None:
            return self.origin.view(item.index, interpret=True)
        return self, item


class IndexedFeed(Feed):
    """A feed too large to hold (:mod:`mtqa.readers.feed_index`): ``items`` hold the keys (guid,
    link) and lines, and the feed their titles (:meth:`title`: an item read back by :meth:`view`
    has its own); for an item with neither guid nor link, :attr:`anchors` hold what
    pairing reads of its summary (its length and anchors: ~130 bytes, not the ~550 of the text), and
    :meth:`view` reads an item back from the file, located as in a whole read.

    The keys are read :data:`~mtqa.readers.feed_index.BATCH` items at a time (one feedparser call
    for a run of neighbouring items), each batch checked item by item against the index: where
    anything differs (an item feedparser could not read, a batch that is not items and white space
    only), that batch is read item by item. :meth:`view` reads ahead the same way when items are
    asked for in the feed's order (building the documents of a translated feed), and one at a time
    otherwise (a source feed paired by guids in another order). Items read back are located, not
    interpreted: feedparser's reading of them is the index's (:attr:`Item.expect`, held by the
    feed in flat arrays)."""

    def __init__(self, path: str, index) -> None:
        from mtqa.align.anchors import AnchorStore
        from mtqa.readers.feed_index import BATCH

        super().__init__(path, None, [], anchors=AnchorStore())
        self.index = index
        self._reads = {True: _ReadAhead(), False: _ReadAhead()}  # view's read-ahead, per kind of reading
        # the items' titles, one after another in UTF-8: only the documents built from items read
        # back (meta, messages about unmatched items) name them; held as strings, each took ~235
        # bytes (a French title with one accent is two bytes a character), a fifth of the index
        self._titles = bytearray()
        self._title_ends = array("Q", [0])
        self._expected = _Expectations()  # what feedparser made of each item's title and body
        for first in range(0, len(index.spans), BATCH):
            last = min(first + BATCH, len(index.spans)) - 1
            batch = self._batch(first, last, True)
            if batch is None:
                batch = [self._one(k, True) for k in range(first, last + 1)]
            for feed, item in batch:
                if not item.id and not item.link:  # only pairing by position can pair it: by its summary
                    item.anchored = len(self.anchors)
                    self.anchors.add(_summary_text(item, feed))
                self._expected.append(_expectation(item, feed.table.text))
                self._titles += item.title.encode("utf-8", "surrogatepass")
                self._title_ends.append(len(self._titles))
                item.title = ""
                item.children, item.comments, item.entry = (), (), None  # the shared empty tuple
                self.items.append(item)

    def _batch(self, first: int, last: int, interpret: bool) -> Optional[list[tuple[Feed, Item]]]:
        """Items ``first`` to ``last`` read in one wrapper, as :meth:`view` reads each (None: read each);
        ``interpret``: feedparser reads them too (else the items are located only)."""
        from mtqa.readers.feed_index import RegionTable, batch_source

        wrapped = batch_source(self.index, first, last) if last > first else None
        if wrapped is None:
            return None
        data, region_line, lines = wrapped
        shift = self.index.spans[first].line - region_line
        text = decode_xml(data, self.path)
        feed = _located(data, self.path, LineTable(text), interpret)
        spans = self.index.spans[first:last + 1]
        if len(feed.items) != len(spans) or (interpret and any(it.entry is None for it in feed.items)):
            return None  # feedparser read the batch otherwise than the items alone: one by one
        for k, (item, span) in enumerate(zip(feed.items, spans), first):
            item.index, item.line, item.end_line = k, item.line + shift, item.end_line + shift
            if item.line != span.line or item.end_line != span.end_line:
                return None
            if not interpret:
                self._known(item)
        feed.table = RegionTable(text, shift, lines)
        feed.origin = None if interpret else self
        return [(feed, item) for item in feed.items]

    def title(self, k: int) -> str:
        """Item ``k``'s title, as feedparser read it when the index was built."""
        ends = self._title_ends
        return self._titles[ends[k]:ends[k + 1]].decode("utf-8", "surrogatepass")

    def _known(self, item: Item) -> None:
        """Give an item read back without feedparser what the index's reading made of it."""
        held = self.items[item.index]
        item.id, item.link, item.title, item.expect = held.id, held.link, self.title(item.index), self._expected[item.index]

    def view(self, item, interpret: bool = False) -> tuple[Feed, Item]:
        """Item ``item`` (or its index) read back from the file. Located only, by default: its
        title's and body's text are checked against the index's reading (:attr:`Item.expect`), and
        the item read again with feedparser where they differ (:func:`item_document`);
        ``interpret``: read by feedparser too."""
        from mtqa.readers.feed_index import BATCH

        k = item if isinstance(item, int) else item.index
        reads = self._reads[interpret]
        ahead = reads.ahead.pop(k, None)
        if ahead is None and k == reads.next and k > reads.alone_until and k + 1 < len(self.index.spans):
            last = min(k + BATCH, len(self.index.spans)) - 1  # asked for in order: read the next ones too
            batch = self._batch(k, last, interpret)
            if batch is None:
                reads.alone_until = last
            else:
                ahead = batch[0]
                reads.ahead = {one.index: (feed, one) for feed, one in batch[1:]}
        reads.next = k + 1
        return ahead if ahead is not None else self._one(k, interpret)

    def _one(self, k: int, interpret: bool) -> tuple[Feed, Item]:
        """Item ``k`` read back on its own."""
        from mtqa.readers.feed_index import RegionTable, item_source

        data, region_line, lines = item_source(self.index, k)
        text = decode_xml(data, self.path)
        shift = self.index.spans[k].line - region_line
        feed = _located(data, self.path, LineTable(text), interpret)
        one = feed.items[0] if len(feed.items) == 1 else None
        if one is None:
            raise InputError("an item could not be read back on its own", self.path, self.index.spans[k].line)
        one.index, one.line, one.end_line = k, one.line + shift, one.end_line + shift
        if not interpret:
            self._known(one)
        feed.table = RegionTable(text, shift, lines)
        feed.origin = None if interpret else self
        return feed, one


@record
class _ReadAhead:
    """Items :meth:`IndexedFeed.view` read ahead, not yet asked for, and where it expects the next."""

    ahead: dict = field(default_factory=dict)
    next: int = 0  # the item expected next when items are asked for in order
    alone_until: int = -1  # items up to this one are read one by one (their batch was refused)


class _Locator(PositionHandler):
    """Records items, their direct children and comments, with file offsets."""

    def __init__(self, table: LineTable):
        self.table = table
        self.items: list[Item] = []
        self.depth = 0
        self.item: Optional[Item] = None
        self.item_depth = 0
        self.current: Optional[Child] = None

    def _offset(self) -> int:
        return self.table.offset(*self.here())

    def startElementNS(self, name, qname, attrs):
        self.depth += 1
        uri, local = name[0] or "", name[1]
        if self.item is None:
            if _is_item(uri, local):
                self.item = Item(len(self.items), self.here()[0])
                self.item_depth = self.depth
        elif self.depth == self.item_depth + 1:
            plain = {k[1]: v for k, v in attrs.items() if not k[0]}
            at = self._offset()
            written = _QNAME.match(self.table.text, at)  # SAX gives no qname: read it as written
            self.current = Child(uri, local, written.group(1) if written else local, plain, at)
            self.item.children.append(self.current)

    def endElementNS(self, name, qname):
        if self.item is not None:
            if self.depth == self.item_depth + 1 and self.current is not None:
                child, text = self.current, self.table.text
                m = _START_TAG.match(text, child.tag_start)
                child.content_start = m.end() if m else child.tag_start
                empty = m is None or text[m.end() - 2] == "/"
                child.content_end = child.content_start if empty else self._offset()
                self.current = None
            elif self.depth == self.item_depth:
                self.item.end_line = self.here()[0]
                self.items.append(self.item)
                self.item = None
        self.depth -= 1

    def comment(self, text):
        if self.item is not None:
            self.item.comments.append((text, self._offset()))


def _is_item(uri: str, local: str) -> bool:
    return (local == "item" and uri in RSS_NS) or (local == "entry" and uri in ATOM_NS)


def load_feed(path: str, encoding: Optional[str] = None) -> Feed:
    """Read, validate and locate a feed; feedparser interprets its entries.

    A feed larger than :data:`~mtqa.readers.feed_index.INDEX_ABOVE` bytes is
    indexed and its items read back one at a time (:class:`IndexedFeed`).
    """
    if encoding:
        raise InputError("--encoding does not apply to XML input (the XML declaration gives the encoding)", path)
    from mtqa.readers import feed_index

    if path != "-" and _size(path) > feed_index.INDEX_ABOVE:
        with open(path, "rb") as fh:
            head = fh.read(1 << 16)
        root = root_name(head.decode("utf-8", "replace"))
        if root not in FEED_ROOTS:
            raise InputError(f"not an RSS or Atom feed (root element <{root or '?'}>)", path)
        index = feed_index.build_index(path, _is_item)
        if index is not None:
            return IndexedFeed(path, index)
    data = read_bytes(path)
    text = decode_xml(data, path)
    root = root_name(text)
    if root not in FEED_ROOTS:
        raise InputError(f"not an RSS or Atom feed (root element <{root or '?'}>)", path)
    return _located(data, path, LineTable(text))


def _size(path: str) -> int:
    import os

    try:
        return os.path.getsize(path)
    except OSError:
        return 0  # the whole read reports it


def _located(data: bytes, path: str, table: LineTable, interpret: bool = True) -> Feed:
    """The feed of ``data`` (decoded in ``table``), items located and (``interpret``) interpreted
    by feedparser; located only, items have no keys (an indexed feed gives them its own)."""
    locator = _Locator(table)
    safe_parse(data, path, locator)
    if not locator.items:
        raise InputError("the feed has no items", path)
    feed = Feed(path, table, locator.items)
    if not interpret:
        return feed
    parsed = _feedparser(data)
    entries = parsed.get("entries") if parsed else None
    if entries is not None and len(entries) == len(feed.items):
        feed.version = parsed.get("version", "")
        for item, entry in zip(feed.items, entries):
            item.entry = _slim(entry)
    del parsed, entries  # keep only what the documents need: feedparser's dicts are large
    for item in feed.items:
        _keys(item, table.text)
    return feed


def _feedparser(data: bytes) -> Optional[dict]:
    import feedparser

    try:  # a stream, never a string: feedparser treats strings as URLs or file names
        return feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    except Exception:  # feedparser's own failure: fall back on the located elements
        return None


def _slim(entry: dict) -> dict:
    """The few fields of a feedparser entry that mtqa reads (type and value of title and body)."""
    def detail(d):
        return {"type": d.get("type", ""), "value": d.get("value")} if d else None

    out = {"id": entry.get("id"), "link": entry.get("link"), "title": entry.get("title", ""),
           "title_detail": detail(entry.get("title_detail")), "summary_detail": detail(entry.get("summary_detail"))}
    if entry.get("content"):
        out["content"] = [detail(entry["content"][0])]
    return out


def _raw_text(text: str, child: Optional[Child]) -> str:
    if child is None:
        return ""
    return P.collapse(P.xml_content(text, child.content_start, child.content_end)).text


def _keys(item: Item, text: str) -> None:
    """Id, link and plain title, from feedparser when it read the item, else from the XML."""
    entry = item.entry
    if entry is not None:
        item.id = (entry.get("id") or "").strip() or None
        item.link = (entry.get("link") or "").strip() or None
        detail = entry.get("title_detail") or {}
        value = entry.get("title", "")
        item.title = " ".join(P.strip_all(value)) if "html" in detail.get("type", "") else " ".join(value.split())
        return
    item.id = _raw_text(text, item.child((RSS_NS, "guid"), (ATOM_NS, "id"))) or None
    link = item.child((RSS_NS, "link"))
    if link is not None:
        item.link = _raw_text(text, link) or None
    else:
        links = [c for c in item.children if c.local == "link" and c.uri in ATOM_NS]
        alt = next((c for c in links if c.attrs.get("rel", "alternate") == "alternate"), None)
        item.link = alt.attrs.get("href") if alt is not None else None
    item.title = " ".join(P.strip_all(_raw_text(text, item.child((None, "title")))))


# --- fields -------------------------------------------------------------------


@record
class _Field:
    paragraphs: list[P.PText]
    exact: bool = True


def _is_html(child: Child, detail: Optional[dict], text: str) -> bool:
    if detail is not None and detail.get("type"):
        return "html" in detail["type"] or "xml" in detail["type"]
    kind = child.attrs.get("type", "")
    if kind:
        return "html" in kind
    return child.local in ("description", "encoded") or bool(
        _TAG_LIKE.search(text, child.content_start, child.content_end)
    )


def _extract(feed: Feed, child: Child, detail: Optional[dict], comments: list, *, headline: bool) -> _Field:
    """Decode one field with positions; cross-check against feedparser's value when there is one."""
    text = feed.table.text
    html = _is_html(child, detail, text)
    decoded = P.xml_content(text, child.content_start, child.content_end, comments)
    if html:
        decoded = P.html_text(decoded, comments)
    paras = [P.trim(P.collapse(decoded))] if headline else P.paragraphs(decoded)
    paras = [p for p in paras if p.text]
    if detail is not None and "digest" in detail:  # an indexed item's: the index read the value
        if _digest([p.text for p in paras]) == detail["digest"]:
            return _Field(paras)
        raise _Unconfirmed  # feedparser read otherwise than the element: its value is needed
    if detail is None or detail.get("value") is None:
        return _Field(paras)
    expected = _expected(detail["value"], html, headline)
    if [p.text for p in paras] == expected:
        return _Field(paras)
    return _Field([P.approximate(t, child.content_start) for t in expected], exact=False)


def _expected(value: str, html: bool, headline: bool) -> list[str]:
    """The paragraphs of a field as feedparser read it (its value), for comparison with the element's."""
    expected = list(_stripped(value)) if html else P.plain_paragraphs(value)
    if headline:
        expected = [" ".join(expected)] if expected else []
    return expected


@functools.lru_cache(maxsize=2)
def _stripped(value: str) -> tuple[str, ...]:
    """The paragraphs of an HTML value: an indexed item's body is read for its summary and for its
    expectation (:func:`_expectation`), once."""
    return tuple(P.strip_all(value))


_DIGEST_SIZE = 16


def _digest(texts: list[str]) -> bytes:
    import hashlib

    h = hashlib.blake2b(digest_size=_DIGEST_SIZE)
    for t in texts:
        raw = t.encode("utf-8", "surrogatepass")
        h.update(len(raw).to_bytes(8, "little") + raw)
    return h.digest()


class _Unconfirmed(Exception):
    """An indexed item's field located otherwise than the index's feedparser reading said."""


_NOT_READ = (None, None, None, None)


def _expectation(item: Item, text: str) -> tuple:
    """What an indexed item's document needs of feedparser's reading, kept by the index so reading
    the item back needs none: for the title, then the body, its type (None: no detail) and the
    digest of its expected paragraphs (None when there is no value), in one flat tuple (an indexed
    feed holds them in arrays, :class:`_Expectations`). All None when
    feedparser did not read the item (the whole read then takes every field from the XML)."""
    if item.entry is None:
        return _NOT_READ
    title, title_detail, body, body_detail = _default_fields(item)
    out: list = []
    for child, detail, headline in ((title, title_detail, True), (body, body_detail, False)):
        if detail is None:
            out += (None, None)
            continue
        kind = sys.intern(detail.get("type") or "")
        if child is None or detail.get("value") is None:
            out += (kind, None)
        else:
            html = _is_html(child, detail, text)
            out += (kind, _digest(_expected(detail["value"], html, headline)))
    return tuple(out)


class _Expectations:
    """The :func:`_expectation` of every item of an indexed feed, flat: per item and field, a code
    in one array (0: no type; else 2 × (the type's place among the distinct types + 1), plus 1
    when there is a digest) and a 16-byte digest in one buffer (zeros when none). 36 bytes an item,
    where a tuple per item took 186 (the tuple, two bytes objects); ``expectations[k]`` gives item
    ``k``'s tuple back, equal to the one held."""

    def __init__(self) -> None:
        self._kinds: list[str] = []
        self._codes = array("H")
        self._digests = bytearray()

    def append(self, expect: tuple) -> None:
        for kind, digest in (expect[:2], expect[2:]):
            if kind is None:
                code = 0
            else:
                if kind not in self._kinds:
                    self._kinds.append(kind)
                code = 2 * self._kinds.index(kind) + 2 + (digest is not None)
            self._codes.append(code)
            self._digests += digest if digest is not None else bytes(_DIGEST_SIZE)

    def __len__(self) -> int:
        return len(self._codes) // 2

    def __getitem__(self, k: int) -> tuple:
        out: tuple = ()
        for field_ in (2 * k, 2 * k + 1):
            code = self._codes[field_]
            if code == 0:
                out += (None, None)
                continue
            digest = bytes(self._digests[field_ * _DIGEST_SIZE:(field_ + 1) * _DIGEST_SIZE]) if code & 1 else None
            out += (self._kinds[code // 2 - 1], digest)
        return out


def _held(kind: Optional[str], digest: Optional[bytes]) -> Optional[dict]:
    """The detail :func:`_extract` reads, from the type and digest an :func:`_expectation` holds of a field."""
    if kind is None:
        return None
    return {"type": kind, "value": None} if digest is None else {"type": kind, "value": None, "digest": digest}


def _default_fields(item: Item) -> tuple[Optional[Child], Optional[dict], Optional[Child], Optional[dict]]:
    """(title element, its feedparser detail, body element, its detail); an item read back from an
    index without feedparser has its details from the index's reading (:func:`_expectation`)."""
    title = item.child((RSS_NS, "title"), (ATOM_NS, "title"))
    content = item.child(({CONTENT_NS}, "encoded"), (ATOM_NS, "content"))
    body = content if content is not None else item.child((RSS_NS, "description"), (ATOM_NS, "summary"))
    entry = item.entry
    if entry is None:
        if item.expect is not None:
            return title, _held(*item.expect[:2]), body, _held(*item.expect[2:])
        return title, None, body, None
    body_detail = (entry.get("content") or [None])[0] if content is not None else entry.get("summary_detail")
    return title, entry.get("title_detail"), body, body_detail


def item_document(
    feed: Feed,
    item: Item,
    lang: str,
    doc_id: str,
    warnings: list[str],
    comments: list,
    *,
    title_name: Optional[str] = None,
    body_name: Optional[str] = None,
) -> tuple[Document, bool]:
    """The :class:`Document` of one side of an item; returns (document, positions exact)."""
    held, said = len(comments), len(warnings)
    try:
        return _item_document(feed, item, lang, doc_id, warnings, comments,
                              title_name=title_name, body_name=body_name)
    except _Unconfirmed:  # an indexed item feedparser reads otherwise: read it again, with feedparser
        del comments[held:], warnings[said:]
        feed, item = feed.view(item, interpret=True)
        return _item_document(feed, item, lang, doc_id, warnings, comments,
                              title_name=title_name, body_name=body_name)


def _item_document(
    feed: Feed,
    item: Item,
    lang: str,
    doc_id: str,
    warnings: list[str],
    comments: list,
    *,
    title_name: Optional[str] = None,
    body_name: Optional[str] = None,
) -> tuple[Document, bool]:
    from mtqa.segment import sentence_spans

    if title_name or body_name:
        title = item.named(title_name) if title_name else None
        body = item.named(body_name) if body_name else None
        for name, child in ((title_name, title), (body_name, body)):
            if name and child is None:
                warnings.append(f"{feed.path}:{item.line}: item {item.key!r} has no <{name}> element")
        title_detail = body_detail = None
    else:
        title, title_detail, body, body_detail = _default_fields(item)
    table = feed.table
    doc = Document(id=doc_id, path=feed.path, lang=lang)
    doc.lines = table.lines(item.line, item.end_line)
    exact = True
    segments = []
    if title is not None:
        head = _extract(feed, title, title_detail, comments, headline=True)
        exact &= head.exact
        for para in head.paragraphs:
            segments.append(P.mapped_segment(0, para, Role.HEADLINE, 0, table))
    if body is not None:
        profile = language(lang)
        content = _extract(feed, body, body_detail, comments, headline=False)
        exact &= content.exact
        for n, para in enumerate(content.paragraphs, 1):
            for a, b in sentence_spans(para.text, profile):
                segments.append(P.mapped_segment(len(segments), para.slice(a, b), Role.BODY, n, table))
    doc.segments = segments
    doc.meta = {"line": item.line, "guid": item.id, "link": item.link}
    return doc, exact


# --- pairing ------------------------------------------------------------------


@record(slots=True)
class Pairing:
    source: Optional[Item]
    target: Optional[Item]
    how: Optional[str] = None
    confidence: Optional[float] = None


def _unique(items: Sequence[Item], key: Callable[[Item], Optional[str]]) -> dict[str, Item]:
    seen: dict[str, Item] = {}
    dup: set[str] = set()
    for it in items:
        k = key(it)
        if not k:
            continue
        if k in seen:
            dup.add(k)
        seen[k] = it
    return {k: v for k, v in seen.items() if k not in dup}


def _summary_text(item: Item, feed: Feed) -> str:
    """Title plus the start of the body, for order-preserving alignment."""
    feed, item = feed.view(item, interpret=True)
    _, _, body, detail = _default_fields(item)
    if body is None:
        return item.title
    if detail is not None and detail.get("value") is not None:
        text = " ".join(_stripped(detail["value"]))
    else:
        text = " ".join(P.strip_all(_raw_text(feed.table.text, body)))
    return f"{item.title} {text[:400]}".strip()


def pair_items(source: Feed, target: Feed, length: Optional[LengthModel] = None) -> list[Pairing]:
    """Pair items by guid, then link, then aligned position (``length``: the pair's length model); report the leftovers."""
    matched: dict[int, Pairing] = {}  # target index -> pairing
    used: set[int] = set()
    for how, key in (("guid", lambda it: it.id), ("link", lambda it: _norm_link(it.link))):
        left_s = [s for s in source.items if s.index not in used]
        left_t = [t for t in target.items if t.index not in matched]
        by_key = _unique(left_s, key)
        for k, t in _unique(left_t, key).items():
            s = by_key.get(k)
            if s is not None:
                matched[t.index] = Pairing(s, t, how, 1.0)
                used.add(s.index)
    # A key scheme that paired anything is shared by the feeds: an item that
    # has such a key and found no partner is genuinely unmatched, and pairing
    # it by position would compare two different articles.
    hows = {p.how for p in matched.values()}

    def keyless(it: Item) -> bool:
        return not ("guid" in hows and it.id) and not ("link" in hows and it.link)

    left_s = [s for s in source.items if s.index not in used and keyless(s)]
    left_t = [t for t in target.items if t.index not in matched and keyless(t)]
    if left_s and left_t:
        from mtqa.align import align_sequences
        from mtqa.align.lengths import repair_moves

        src_texts, src_anchors = _summaries(left_s, source)
        tgt_texts, tgt_anchors = _summaries(left_t, target, like=src_anchors)
        anchors = (src_anchors, tgt_anchors)
        links = align_sequences(src_texts, tgt_texts, beads=((1, 1), (1, 0), (0, 1)), length=length,
                                anchors=anchors)
        # items whose order differs (neighbours swapped) are left alone or mis-paired by the
        # order-preserving alignment: paired again when their anchors tie them
        for i, j, confidence in repair_moves(_handed(links), src_texts, tgt_texts, length, anchors):
            s, t = left_s[i], left_t[j]
            matched[t.index] = Pairing(s, t, "position", confidence)
            used.add(s.index)
    out: list[Pairing] = []
    pending = iter(sorted(s.index for s in source.items if s.index not in used))
    nxt = next(pending, None)
    for t in target.items:
        p = matched.get(t.index)
        if p is not None:
            while nxt is not None and nxt < p.source.index:
                out.append(Pairing(source.items[nxt], None))
                nxt = next(pending, None)
            out.append(p)
        else:
            out.append(Pairing(None, t))
    while nxt is not None:
        out.append(Pairing(source.items[nxt], None))
        nxt = next(pending, None)
    return out


def _handed(links: list) -> Iterator:
    """``links`` in order, each taken out of the list as it is handed on: :func:`repair_moves
    <mtqa.align.lengths.repair_moves>` reads each once, into tables of its own, so the Link objects
    (a Link and two tuples a bead, ~120 bytes an item of a long feed) are let go as it reads them,
    not held through its pairing again of the lone items."""
    links.reverse()
    while links:
        yield links.pop()


def _summaries(items: list[Item], feed: Feed, like=None) -> tuple[Sequence, "AnchorStore"]:
    """What pairing by position reads of ``items``' summaries: the texts (or their lengths only) and
    their anchors, one :class:`~mtqa.align.anchors.AnchorStore` (sharing ``like``'s strings).

    An indexed feed holds them for its items without keys. Otherwise each summary's anchors are
    extracted once here, for the alignment and the repair, and dropped with them: not in the
    caches the check's segments use (they would hold the summaries on); all are held at once, so
    in a store (about 200 bytes a summary, not 1.7 kB)."""
    from mtqa.align.anchors import AnchorStore

    if feed.anchors is not None and all(it.anchored is not None for it in items):
        held = feed.anchors.select([it.anchored for it in items])
        return held.lengths(), held
    store = AnchorStore(like=like)
    texts = [_summary_text(it, feed) for it in items]
    for text in texts:
        store.add(text)
    return texts, store


def _norm_link(link: Optional[str]) -> Optional[str]:
    return link.strip().rstrip("/") if link else None


# --- the reader ---------------------------------------------------------------


def _parse_columns(columns, path: str) -> dict[str, str]:
    if not columns:
        return {}
    mapping = dict(columns)
    unknown = sorted(set(mapping) - set(COLUMN_FIELDS))
    if unknown:
        raise InputError(
            f"--columns: unknown field {unknown[0]!r} for feeds (known: {', '.join(COLUMN_FIELDS)})", path
        )
    return mapping


def read_feed(
    target: str,
    *,
    source: Optional[str] = None,
    reference: Optional[str] = None,
    source_lang: str,
    target_lang: str,
    encoding: Optional[str] = None,
    columns: Optional[dict] = None,
) -> Iterator[DocumentPair]:
    """Yield one document pair per item of the translated feed (plus one per missing item)."""
    mapping = _parse_columns(columns, target)
    bilingual = "source_title" in mapping or "source" in mapping
    if bilingual and source:
        raise InputError("--columns maps source fields inside the feed; do not also pass --source", source)
    tfeed = load_feed(target, encoding)
    sfeed = load_feed(source, encoding) if source else None
    rfeed = load_feed(reference, encoding) if reference else None
    if sfeed is not None:
        plan = pair_items(sfeed, tfeed, language_pair(source_lang, target_lang).length)
    else:
        plan = [Pairing(t if bilingual else None, t, "item" if bilingual else None) for t in tfeed.items]
    ref_of: dict[int, Item] = {}
    if rfeed is not None:
        ref_of = {p.target.index: p.source for p in pair_items(rfeed, tfeed, language_pair(target_lang, target_lang).length) if p.source and p.target}
    for p in plan:
        yield _build(p, tfeed, sfeed or (tfeed if bilingual else None), rfeed, ref_of, mapping,
                     source_lang, target_lang, bilingual)


def _build(p: Pairing, tfeed: Feed, sfeed: Optional[Feed], rfeed: Optional[Feed], ref_of: dict,
           mapping: dict, source_lang: str, target_lang: str, bilingual: bool) -> DocumentPair:
    warnings: list[str] = []
    comments: list = []
    t, s = p.target, p.source
    if t is not None:  # an indexed feed reads the item back from its file here, one pair at a time
        tfeed, t = tfeed.view(t)
    if s is not None and sfeed is not None:
        sfeed, s = sfeed.view(s)
    meta = PairMeta()
    if t is not None:
        doc_id = _mapped_id(t, tfeed, mapping) or t.key
        meta.facts.update(item=t.index + 1, line=t.line, guid=t.id, link=t.link)
        meta.title = t.title
    else:
        doc_id = s.key
        meta.facts.update(item=None, guid=s.id, link=s.link)
        meta.title = s.title
    meta.paired_by = p.how
    if p.how == "position":
        meta.facts["pairing_confidence"] = p.confidence
    if sfeed is not None and s is not None and not bilingual:
        meta.facts["source_item"] = {"item": s.index + 1, "line": s.line, "guid": s.id, "title": s.title}
    exact = True
    target_doc = Document(id=doc_id, path=tfeed.path, lang=target_lang)
    if t is not None:
        target_doc, ok = item_document(
            tfeed, t, target_lang, doc_id, warnings, comments,
            title_name=mapping.get("target_title"), body_name=mapping.get("target"),
        )
        exact &= ok
    source_doc = None
    if s is not None and sfeed is not None:
        src_comments: list = []
        if bilingual:
            source_doc, ok = item_document(
                sfeed, s, source_lang, doc_id, warnings, src_comments,
                title_name=mapping.get("source_title"), body_name=mapping.get("source"),
            )
        else:
            source_doc, ok = item_document(sfeed, s, source_lang, doc_id, warnings, src_comments)
        exact &= ok
        if not source_doc.segments:
            warnings.append(f"{sfeed.path}:{s.line}: source item {s.key!r} has no text")
            source_doc = None
    reference_doc = None
    if t is not None and t.index in ref_of:
        reference_doc, _ = item_document(*rfeed.view(ref_of[t.index]), target_lang, doc_id, warnings, [])
    pair = DocumentPair(id=doc_id, target=target_doc, source=source_doc, reference=reference_doc, meta=meta)
    if t is None or not target_doc.segments:
        where = f"{sfeed.path}:{s.line}" if s is not None and sfeed is not None else f"{tfeed.path}:{t.line}"
        if s is not None and sfeed is not None:
            meta.missing = "the source item has no translation" if t is None else "the translated item is empty"
            warnings.append(f"{where}: item {s.key!r} ({_short(s.title)}) has no translation in {tfeed.path}")
        else:
            warnings.append(f"{where}: item {t.key!r} has no text")
    elif sfeed is not None and s is None:
        meta.unmatched = "no source item"
        warnings.append(
            f"{tfeed.path}:{t.line}: item {t.key!r} ({_short(t.title)}) has no source item in {sfeed.path}; "
            "checked without a source"
        )
    if not exact:
        meta.facts["positions"] = "approximate"
    if t is not None:
        for text, offset in [*t.comments, *comments]:
            add_ignore(pair, parse_codes(text, tfeed.path, tfeed.table.position(offset)[0]))
        if "ignore" in mapping:
            child = t.named(mapping["ignore"])
            add_ignore(pair, field_codes(_raw_text(tfeed.table.text, child), tfeed.path, t.line))
    meta.warnings.extend(warnings)
    if source_doc is not None and target_doc.segments:
        prealign(pair, f"{tfeed.path}:{t.line}")
    return pair


def _mapped_id(item: Item, feed: Feed, mapping: dict) -> Optional[str]:
    if "id" not in mapping:
        return None
    return _raw_text(feed.table.text, item.named(mapping["id"])) or None


def _short(text: str, n: int = 60) -> str:
    text = text or "untitled"
    return text if len(text) <= n else text[: n - 1] + "…"


__all__ = ["read_feed", "load_feed", "pair_items", "Feed", "Item"]
