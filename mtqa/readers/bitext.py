"""Bilingual translation files: XLIFF 1.2 and 2.0, TMX, PO, through translate-toolkit.

These are what CAT tools and MT vendors exchange, so a news desk gets its
machine translation back in them. Each translation unit becomes one
segment pair, already aligned (``source`` -> ``target``). Units form
documents the way their format groups them: an XLIFF ``<file>``, a PO file,
a TMX ``<tu>`` on its own unless ``<prop type="x-doc">`` groups several (the
same convention as ``doc`` in ``.jsonl``). As in ``.jsonl``, the first unit
of a multi-unit document is its headline.

Positions follow the ``.jsonl`` convention: ``line`` is the line where the
unit's target text starts in the file (``<target>``/``<seg>``/``msgstr``),
``start``/``end`` are offsets in the unit's target text. Unit notes
(XLIFF ``<note>``, TMX ``<note>``, PO translator and extracted comments)
are kept in ``meta.notes``; an ``mtqa: ignore=CODES`` marker in a note
suppresses those codes for the document. Units with no target are listed in
``meta.untranslated`` with a warning (work in progress, not a defect of the
translation); fuzzy PO entries in ``meta.fuzzy``.

XML formats pass :func:`mtqa.readers.xmlsafe.parse` (defusedxml) before
translate-toolkit sees a byte, so attack payloads and malformed XML end the
run with one line naming the file and line.
"""
from __future__ import annotations

import io
import re
from dataclasses import field
from pathlib import Path
from typing import Iterator, Optional

from mtqa.errors import InputError
from mtqa.model import Document, DocumentPair, Link, PairMeta, Role, Segment
from mtqa.readers.decoding import read_bytes
from mtqa.readers.grouping import doc_groups
from mtqa.readers.xmlsafe import decode_xml, parse as safe_parse, root_name
from mtqa.records import record
from mtqa.suppress import add_ignore, parse_codes

XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0"


@record
class Unit:
    """One translation unit, reduced to what the checks and the report need."""

    id: str
    source: str
    target: str
    line: int
    doc: str
    notes: str = ""
    fuzzy: bool = False


@record
class _Doc:
    id: str
    units: list[Unit] = field(default_factory=list)


def _xml_store(path: str, kind: str):
    data = read_bytes(path)
    text = decode_xml(data, path)
    safe_parse(data, path)
    root = root_name(text)
    expected = {"xliff": "xliff", "tmx": "tmx"}[kind]
    if root != expected:
        raise InputError(f"not a {kind.upper()} file (root element <{root or '?'}>)", path)
    try:
        if kind == "tmx":
            from translate.storage.tmx import tmxfile

            return tmxfile(io.BytesIO(data))
        if _xliff2(text):
            from translate.storage.xliff2 import Xliff2File

            return Xliff2File(io.BytesIO(data))
        from translate.storage.xliff import xlifffile

        return xlifffile(io.BytesIO(data))
    except InputError:
        raise
    except Exception as exc:  # translate-toolkit's own complaint, on one line
        raise InputError(f"cannot read as {kind.upper()}: {_one_line(exc)}", path) from None


def _xliff2(text: str) -> bool:
    head = text[:4096]
    return XLIFF2_NS in head or bool(re.search(r"<(?:\w+:)?xliff[^>]*\bversion\s*=\s*[\"']2\.", head))


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _line_of(element) -> int:
    return int(getattr(element, "sourceline", None) or 1)


def _lisa_units(store, path: str, kind: str) -> Iterator[Unit]:
    for n, unit in enumerate(store.units, 1):
        if hasattr(unit, "isheader") and unit.isheader():
            continue
        el = unit.xmlelement
        if kind == "tmx":
            segs = [s for s in el.iter() if isinstance(s.tag, str) and s.tag.endswith("seg")]
            line = _line_of(segs[1]) if len(segs) > 1 else _line_of(el)
            doc = next((p.text or "" for p in el.iter() if isinstance(p.tag, str) and p.tag.endswith("prop")
                        and p.get("type") in ("x-doc", "doc")), "")
            uid = el.get("tuid") or f"tu {n}"
            doc = doc.strip() or uid
        else:
            target = next((t for t in el.iter() if isinstance(t.tag, str) and t.tag.endswith("}target")), None)
            line = _line_of(target if target is not None else el)
            file_el = next((a for a in el.iterancestors() if isinstance(a.tag, str) and a.tag.endswith("}file")), None)
            doc = (file_el.get("original") or file_el.get("id") or "") if file_el is not None else ""
            doc = doc or Path(path).name
            uid = el.get("id") or el.get("resname") or f"unit {n}"
            notes = unit.getnotes() or ""
            if el.tag.endswith("}segment"):  # XLIFF 2: segments live inside units, notes on the unit
                parent = el.getparent()
                uid = (parent.get("id") if parent is not None else None) or uid
                if el.get("id"):
                    uid = f"{uid}::{el.get('id')}"
                if parent is not None and not notes:
                    notes = "\n".join(n.text or "" for n in parent.iter()
                                      if isinstance(n.tag, str) and n.tag.endswith("}note") and n.text)
        if kind == "tmx":
            notes = unit.getnotes() or ""
        yield Unit(uid, _text(unit.source), _text(unit.target), line, doc, notes)


def _text(value) -> str:
    return "" if value is None else str(value)


def _po_units(path: str) -> Iterator[Unit]:
    data = read_bytes(path)
    if not data.strip():
        raise InputError("input is empty", path)
    try:
        from translate.storage.pypo import pofile

        store = pofile(io.BytesIO(data))
    except Exception as exc:
        raise InputError(f"cannot read as PO: {_one_line(exc)}", path) from None
    text = data.decode("utf-8", errors="replace")
    msgstr_lines = [n for n, line in enumerate(text.splitlines(), 1) if re.match(r"msgstr(\[0\])?\s", line)]
    units = [u for u in store.units if not u.isobsolete()]
    if len(msgstr_lines) != len(units):
        msgstr_lines = [0] * len(units)
    name = Path(path).name
    for n, (unit, line) in enumerate(zip(units, msgstr_lines), 1):
        if unit.isheader():
            continue
        ctx = unit.getcontext()
        uid = f"{ctx}|{unit.source}" if ctx else _text(unit.source)
        yield Unit(uid[:80], _text(unit.source), _text(unit.target), line or 1, name, unit.getnotes() or "",
                   unit.isfuzzy())


def _group(units: Iterator[Unit], path: str) -> Iterator[_Doc]:
    groups = doc_groups(((unit.line, unit) for unit in units), lambda unit: unit.doc, path,
                        repeated="the units of document {doc!r} are not contiguous",
                        empty="the file has no translation units")
    for group in groups:
        yield _Doc(group[0][1].doc, [unit for _, unit in group])


def _pair(doc: _Doc, path: str, source_lang: str, target_lang: str) -> DocumentPair:
    target = Document(id=doc.id, path=path, lang=target_lang)
    source = Document(id=doc.id, path=path, lang=source_lang)
    links: list[Link] = []
    meta = PairMeta.of({"ids": [u.id for u in doc.units]}, prealigned=True)
    notes: dict[str, str] = {}
    untranslated: list[str] = []
    fuzzy: list[str] = []
    warnings: list[str] = []
    codes: list[str] = []
    multi = len(doc.units) > 1
    for n, unit in enumerate(doc.units):
        role = Role.HEADLINE if multi and n == 0 else Role.BODY
        src_index = None
        if unit.source.strip():
            src_index = len(source.segments)
            source.segments.append(Segment(src_index, unit.source, role, n, unit.line, 0, multiline=False))
        if unit.target.strip():
            t = Segment(len(target.segments), unit.target, role, n, unit.line, 0, multiline=False)
            target.segments.append(t)
            target.lines.setdefault(unit.line, unit.target)
            links.append(Link((src_index,) if src_index is not None else (), (t.index,)))
        else:
            untranslated.append(unit.id)
            warnings.append(f"{path}:{unit.line}: unit {unit.id!r} has no translation")
            if src_index is not None:
                links.append(Link((src_index,), ()))
        if unit.notes:
            notes[unit.id] = unit.notes
            codes += parse_codes(unit.notes, path, unit.line)
        if unit.fuzzy:
            fuzzy.append(unit.id)
    for key, value in (("notes", notes), ("untranslated", untranslated), ("fuzzy", fuzzy), ("warnings", warnings)):
        if value:
            meta.set(key, value)
    if not target.segments and source.segments:
        meta.missing = "no unit of this document is translated"
    pair = DocumentPair(id=doc.id, target=target, source=source if source.segments else None,
                        links=links if source.segments else [], meta=meta)
    add_ignore(pair, codes)
    return pair


def _read(units: Iterator[Unit], path: str, source_lang: str, target_lang: str) -> Iterator[DocumentPair]:
    for doc in _group(units, path):
        yield _pair(doc, path, source_lang, target_lang)


def _no_encoding(encoding: Optional[str], path: str) -> None:
    if encoding:
        raise InputError("--encoding does not apply to this format (the file declares its encoding)", path)


def read_xliff(target: str, *, source_lang: str, target_lang: str, encoding: Optional[str] = None) -> Iterator[DocumentPair]:
    """XLIFF 1.2 or 2.0: one document per ``<file>``."""
    _no_encoding(encoding, target)
    store = _xml_store(target, "xliff")
    yield from _read(_lisa_units(store, target, "xliff"), target, source_lang, target_lang)


def read_tmx(target: str, *, source_lang: str, target_lang: str, encoding: Optional[str] = None) -> Iterator[DocumentPair]:
    """TMX: one document per ``<tu>``, or per ``x-doc`` property value."""
    _no_encoding(encoding, target)
    store = _xml_store(target, "tmx")
    yield from _read(_lisa_units(store, target, "tmx"), target, source_lang, target_lang)


def read_po(target: str, *, source_lang: str, target_lang: str, encoding: Optional[str] = None) -> Iterator[DocumentPair]:
    """Gettext PO: one document per file."""
    _no_encoding(encoding, target)
    yield from _read(_po_units(target), target, source_lang, target_lang)


def read_xml(
    target: str,
    *,
    source: Optional[str] = None,
    reference: Optional[str] = None,
    source_lang: str,
    target_lang: str,
    encoding: Optional[str] = None,
    columns: Optional[dict] = None,
) -> Iterator[DocumentPair]:
    """An ``.xml`` file: a feed, XLIFF or TMX, told apart by its root element."""
    data = read_bytes(target)
    root = root_name(decode_xml(data, target))
    if root in ("rss", "rdf", "feed"):
        from mtqa.readers.feeds import read_feed

        yield from read_feed(target, source=source, reference=reference, source_lang=source_lang,
                             target_lang=target_lang, encoding=encoding, columns=columns)
        return
    readers = {"xliff": read_xliff, "tmx": read_tmx}
    if root not in readers:
        raise InputError(f"unrecognised XML (root element <{root or '?'}>; expected rss, RDF, feed, xliff or tmx)",
                         target)
    for name, value in (("source", source), ("reference", reference), ("columns", columns)):
        if value:
            raise InputError(f"--{name} does not apply to {root.upper()} input: the file holds both sides", target)
    yield from readers[root](target, source_lang=source_lang, target_lang=target_lang, encoding=encoding)
