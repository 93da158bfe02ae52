"""CSV, TSV and JSON-lines records whose fields are named by a column mapping.

Newsrooms export translations from spreadsheets and CMS databases with
their own column names (``title_fr``, ``title_en``, ``guid``). A mapping
such as ``--columns source=title_fr,target=title_en,id=guid`` (or
``columns = {...}`` in the configuration) names them; without one, columns
named like the fields are used. Fields:

* ``target`` (required unless ``target_title`` is given), ``source``,
  ``reference``: the texts;
* ``id``, ``doc``, ``role``, ``ignore``: as in ``.jsonl`` (``ignore`` is a
  comma-separated list of codes or prefixes suppressed for that row);
* ``target_title``, ``source_title``: when given, every row is one news
  item: the title cell is its headline, the ``target``/``source`` cell its
  body (blank lines separate paragraphs), and the two sides are aligned.

Without titles, rows are segments and consecutive rows sharing ``doc``
form one document, exactly like ``.jsonl`` records. Positions: ``line`` is
the line where the row starts; ``start``/``end`` are offsets within the
cell's text. A row with a source but an empty target is a missing
translation (a failing document in item mode, an omitted segment with a
warning otherwise). Rows are streamed with the ``csv`` module, one
document in memory at a time.
"""
from __future__ import annotations

import csv
from typing import Iterable, Iterator, Optional

from mtqa.errors import InputError
from mtqa.model import Document, DocumentPair, Link, PairMeta, Role, Segment
from mtqa.readers.grouping import doc_groups
from mtqa.readers.items import field_segments, prealign
from mtqa.readers.jsonl import json_object
from mtqa.readers.lines import decoded_lines, iter_lines, opened
from mtqa.suppress import add_ignore, field_codes

FIELDS = ("id", "doc", "role", "source", "target", "reference", "source_title", "target_title", "ignore")

Row = tuple[int, dict]
"""(line where the row starts, {field: value}) after applying the mapping."""


def _mapping(columns: Optional[dict], available: Optional[Iterable[str]], path: str) -> dict[str, str]:
    """The effective field -> column mapping, validated against the header when there is one."""
    if columns:
        mapping = dict(columns)
        unknown = sorted(set(mapping) - set(FIELDS))
        if unknown:
            raise InputError(f"--columns: unknown field {unknown[0]!r} (known: {', '.join(FIELDS)})", path)
    else:
        mapping = {f: f for f in FIELDS if available is not None and f in available}
    if "target" not in mapping and "target_title" not in mapping:
        known = f" (columns: {', '.join(available)})" if available is not None else ""
        raise InputError(f"no 'target' column; name it with --columns target=COLUMN{known}", path, 1)
    if available is not None:
        for name, column in mapping.items():
            if column not in available:
                raise InputError(
                    f"no column {column!r} for '{name}' (columns: {', '.join(available)})", path, 1
                )
    return mapping


def _csv_rows(path: str, delimiter: str, encoding: Optional[str], columns: Optional[dict]) -> Iterator[Row]:
    with opened(path) as stream:
        text = (line for _, line in decoded_lines(stream, path, encoding or "utf-8"))
        # TSV has no quoting convention (a field cannot hold a tab or a newline),
        # and news text is full of quotation marks, so quotes are literal there.
        quoting = csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL
        reader = csv.reader(text, delimiter=delimiter, quoting=quoting)
        line = 1
        try:
            header = next(reader, None)
        except csv.Error as exc:
            raise InputError(_csv_error(exc), path, 1) from None
        if header is None:
            raise InputError("input is empty", path)
        header = [h.strip() for h in header]
        mapping = _mapping(columns, header, path)
        index = {name: header.index(column) for name, column in mapping.items()}
        line = reader.line_num + 1
        while True:
            try:
                cells = next(reader, None)
            except csv.Error as exc:
                raise InputError(_csv_error(exc), path, line) from None
            if cells is None:
                break
            start, line = line, reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                raise InputError(f"the row has {len(cells)} fields, the header {len(header)}", path, start)
            yield start, {name: cells[i] for name, i in index.items()}


def _csv_error(exc: Exception) -> str:
    return f"malformed CSV: {exc}"


def _jsonl_rows(path: str, encoding: Optional[str], columns: Optional[dict]) -> Iterator[Row]:
    mapping = _mapping(columns, None, path)
    for lineno, line in iter_lines(path, encoding):
        if not line.strip():
            continue
        record = json_object(line, path, lineno)
        row = {}
        for name, column in mapping.items():
            value = record.get(column)
            if value is None:
                if name in ("target", "target_title"):
                    raise InputError(f"record lacks {column!r} (mapped to '{name}')", path, lineno)
                continue
            if name == "ignore" and isinstance(value, list):
                row[name] = ",".join(str(v) for v in value)
            elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
                row[name] = str(value)
            else:
                raise InputError(f"{column!r} (mapped to '{name}') must be a string", path, lineno)
        yield lineno, row


def _documents(rows: Iterator[Row], path: str, source_lang: str, target_lang: str) -> Iterator[DocumentPair]:
    first = next(rows, None)
    if first is None:
        raise InputError("input has no records", path)
    item_mode = "target_title" in first[1]
    rows = _chain(first, rows)
    if item_mode:
        for line, row in rows:
            yield _item(line, row, path, source_lang, target_lang)
        return
    for group in doc_groups(rows, lambda row: row.get("doc") or None, path,
                            repeated="rows of doc {doc!r} are not contiguous", empty="input has no records"):
        yield _segments(group, path, source_lang, target_lang)


def _chain(first: Row, rest: Iterator[Row]) -> Iterator[Row]:
    yield first
    yield from rest


def _role(row: dict, default: Role, path: str, line: int) -> Role:
    name = (row.get("role") or "").strip()
    if not name:
        return default
    try:
        return Role(name)
    except ValueError:
        raise InputError(f"'role' must be headline or body, not {name!r}", path, line) from None


def _segments(group: list[Row], path: str, source_lang: str, target_lang: str) -> DocumentPair:
    """Rows as segments of one document (the ``.jsonl`` convention)."""
    first_line, first = group[0]
    has_doc = bool(first.get("doc"))
    doc_id = first.get("doc") or first.get("id") or f"line {first_line}"
    target = Document(id=doc_id, path=path, lang=target_lang)
    source = Document(id=doc_id, path=path, lang=source_lang)
    reference = Document(id=doc_id, path=path, lang=target_lang)
    links: list[Link] = []
    warnings: list[str] = []
    codes: list[str] = []
    for n, (line, row) in enumerate(group):
        default = Role.HEADLINE if has_doc and n == 0 and len(group) > 1 else Role.BODY
        role = _role(row, default, path, line)
        text, src = row.get("target", ""), row.get("source") or ""
        s_index = None
        if src.strip():
            s_index = len(source.segments)
            source.segments.append(Segment(s_index, src, role, n, line, 0, multiline=False))
        if text.strip():
            t = Segment(len(target.segments), text, role, n, line, 0, multiline=False)
            target.segments.append(t)
            target.lines[line] = text
            links.append(Link((s_index,) if s_index is not None else (), (t.index,)))
        elif s_index is not None:
            links.append(Link((s_index,), ()))
            warnings.append(f"{path}:{line}: the row has a source but no translation")
        else:
            warnings.append(f"{path}:{line}: the row has no text")
        if (row.get("reference") or "").strip():
            reference.segments.append(Segment(len(reference.segments), row["reference"], role, n, line, 0,
                                              multiline=False))
        codes += field_codes(row.get("ignore"), path, line)
    meta = PairMeta.of({"ids": [r.get("id") for _, r in group]}, prealigned=True, warnings=warnings)
    if not target.segments and source.segments:
        meta.missing = "the source has no translation"
    pair = DocumentPair(
        id=doc_id, target=target, source=source if source.segments else None,
        reference=reference if reference.segments else None,
        links=links if source.segments else [], meta=meta,
    )
    add_ignore(pair, codes)
    return pair


def _item(line: int, row: dict, path: str, source_lang: str, target_lang: str) -> DocumentPair:
    """One row as one news item: title cell + body cell on each side."""
    doc_id = row.get("id") or f"line {line}"
    target = Document(id=doc_id, path=path, lang=target_lang)
    nxt = field_segments(target, row.get("target_title", ""), line, Role.HEADLINE, 0, split=False)
    field_segments(target, row.get("target", ""), line, Role.BODY, nxt, split=True)
    target.lines[line] = row.get("target") or row.get("target_title", "")
    source = None
    if (row.get("source_title") or "").strip() or (row.get("source") or "").strip():
        source = Document(id=doc_id, path=path, lang=source_lang)
        nxt = field_segments(source, row.get("source_title", ""), line, Role.HEADLINE, 0, split=False)
        field_segments(source, row.get("source", ""), line, Role.BODY, nxt, split=True)
    reference = None
    if (row.get("reference") or "").strip():
        reference = Document(id=doc_id, path=path, lang=target_lang)
        field_segments(reference, row["reference"], line, Role.BODY, 0, split=True)
    meta = PairMeta.of({"line": line}, title=(row.get("target_title") or "").strip())
    pair = DocumentPair(id=doc_id, target=target, source=source, reference=reference, meta=meta)
    if not target.segments:
        if source is not None:
            meta.missing = "the source has no translation"
            meta.warn(f"{path}:{line}: item {doc_id!r} has a source but no translation")
        else:
            meta.warn(f"{path}:{line}: item {doc_id!r} has no text")
    elif source is not None:
        prealign(pair, f"{path}:{line}")
    add_ignore(pair, field_codes(row.get("ignore"), path, line))
    return pair


def read_csv(target: str, *, source_lang: str, target_lang: str, encoding: Optional[str] = None,
             columns: Optional[dict] = None) -> Iterator[DocumentPair]:
    """Comma-separated values with a header row."""
    return _documents(_csv_rows(target, ",", encoding, columns), target, source_lang, target_lang)


def read_tsv(target: str, *, source_lang: str, target_lang: str, encoding: Optional[str] = None,
             columns: Optional[dict] = None) -> Iterator[DocumentPair]:
    """Tab-separated values with a header row."""
    return _documents(_csv_rows(target, "\t", encoding, columns), target, source_lang, target_lang)


def read_jsonl_mapped(target: str, *, source_lang: str, target_lang: str, encoding: Optional[str] = None,
                      columns: Optional[dict] = None) -> Iterator[DocumentPair]:
    """JSON lines whose fields are named by ``columns``."""
    return _documents(_jsonl_rows(target, encoding, columns), target, source_lang, target_lang)
