"""``.jsonl`` corpora: one record per line, grouped into documents by ``doc``.

Record fields (see docs/output-contract): ``target`` (required), ``source``,
``reference``, ``id``, ``doc``; mtqa also reads ``role`` (``headline`` or
``body``) and ``ignore`` (codes to suppress for that record). Consecutive
records sharing ``doc`` form one document; the first record of a document
with a ``doc`` id is its headline unless ``role`` says otherwise. Records
are streamed: only one document is held in memory at a time, so a ``doc``
id that reappears after another document is an error rather than a
silent re-ordering.
"""
from __future__ import annotations

import json
import re
from typing import Iterable, Iterator, Optional

from mtqa.errors import InputError
from mtqa.model import Document, DocumentPair, Link, PairMeta, Role, Segment
from mtqa.readers.grouping import doc_groups
from mtqa.readers.lines import iter_lines


def read_jsonl(
    path: str,
    *,
    source_lang: str,
    target_lang: str,
    encoding: Optional[str] = None,
    lines: Optional[Iterable[tuple[int, str]]] = None,
) -> Iterator[DocumentPair]:
    """Stream document pairs from a JSON-lines file.

    ``lines`` (numbered lines) replaces reading ``path`` when a caller already
    holds a slice of the file, as the Dask driver does for its chunks.
    """
    numbered = lines if lines is not None else iter_lines(path, encoding)
    records = ((lineno, _parse(line, path, lineno)) for lineno, line in numbered if line.strip())
    for group in doc_groups(records, lambda record: record.get("doc", None), path,
                            repeated="records of doc {doc!r} are not contiguous", empty="input has no records"):
        yield _build(group, path, source_lang, target_lang)


def json_object(line: str, path: str, lineno: int) -> dict:
    """One line parsed as a JSON object, or a one-line error naming the line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        where = "column" if exc.msg.endswith(" at") else "at column"  # "Unterminated string starting at": no "at at"
        raise InputError(f"invalid JSON ({exc.msg} {where} {exc.colno})", path, lineno) from None
    except RecursionError:
        raise InputError("invalid JSON (nested too deeply)", path, lineno) from None
    except ValueError:  # Python's cap on integer digits (CVE-2020-10735): a 5,000-digit number
        raise InputError("invalid JSON (a number with too many digits)", path, lineno) from None
    if not isinstance(record, dict):
        raise InputError("record is not a JSON object", path, lineno)
    if "\\u" in line and _has_surrogate(record):
        # "\ud800" alone is valid JSON but no Unicode text: it cannot be written to any report
        raise InputError("a string holds a lone surrogate escape (\\ud800-\\udfff), which is not valid Unicode",
                         path, lineno)
    return record


_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_surrogate(value) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _parse(line: str, path: str, lineno: int) -> dict:
    """One ``.jsonl`` record, the types of the fields it gives meaning to checked."""
    record = json_object(line, path, lineno)
    if not isinstance(record.get("target"), str):
        raise InputError("record lacks a string 'target' field", path, lineno)
    for key in ("source", "reference"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InputError(f"'{key}' must be a string", path, lineno)
    ignore = record.get("ignore")
    if ignore is not None and not (isinstance(ignore, (str, list))):
        raise InputError("'ignore' must be a string or a list of codes", path, lineno)
    return record


_ROLES = {role.value: role for role in Role}
"""A record's ``role`` field to its :class:`~mtqa.model.Role`: a dict lookup per record, where ``Role(name)``
went through the enum's call (~1 us, once per record)."""


def _build(records: list[tuple[int, dict]], path: str, source_lang: str, target_lang: str) -> DocumentPair:
    first_line, first = records[0]
    doc_id = str(first.get("doc") if first.get("doc") is not None else first.get("id", f"line {first_line}"))
    has_doc = first.get("doc") is not None
    target = Document(id=doc_id, path=path, lang=target_lang)
    source = Document(id=doc_id, path=path, lang=source_lang)
    reference = Document(id=doc_id, path=path, lang=target_lang)
    links: list[Link] = []
    ignore: set[str] = set()
    for n, (lineno, record) in enumerate(records):
        role_name = record.get("role") or ("headline" if has_doc and n == 0 and len(records) > 1 else "body")
        role = _ROLES.get(role_name) if type(role_name) is str else None
        if role is None:
            raise InputError(f"'role' must be headline or body, not {role_name!r}", path, lineno)
        # the fields in order, not by keyword: a frozen dataclass's __init__ is ~20 % cheaper so (48,000 a run of
        # WMT14's 24,024 pairs)
        t = Segment(n, record["target"], role, n, lineno, 0, False)
        target.segments.append(t)
        target.lines[lineno] = record["target"]
        if record.get("source") is not None:
            s = Segment(len(source.segments), record["source"], role, n, lineno, 0, False)
            source.segments.append(s)
            links.append(Link((s.index,), (n,)))
        else:
            links.append(Link((), (n,)))
        if record.get("reference") is not None:
            reference.segments.append(Segment(n, record["reference"], role, n, lineno, 0, False))
        codes = record.get("ignore") or []
        ignore.update([codes] if isinstance(codes, str) else codes)
    pair = DocumentPair(
        id=doc_id,
        target=target,
        source=source if source.segments else None,
        reference=reference if reference.segments else None,
        links=links if source.segments else [],
        meta=PairMeta.of({"ids": [r.get("id") for _, r in records]}, prealigned=True,
                         ignore=sorted(c.upper() for c in ignore)),
    )
    return pair
