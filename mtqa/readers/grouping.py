"""Grouping streamed records into documents by their document id.

``.jsonl`` records, CSV/TSV rows and TMX/XLIFF/PO units all follow one
convention: consecutive records sharing a document id form one document.
Readers stream, holding one document at a time, so an id that comes back
after another document is refused rather than silently splitting the
document in two; the rule is written here once so the formats cannot drift
apart.
"""
from __future__ import annotations

from typing import Callable, Hashable, Iterable, Iterator, Optional, TypeVar

from mtqa.errors import InputError

R = TypeVar("R")


def doc_groups(
    records: Iterable[tuple[int, R]],
    doc_of: Callable[[R], Optional[Hashable]],
    path: str,
    *,
    repeated: str,
    empty: str,
) -> Iterator[list[tuple[int, R]]]:
    """Yield runs of (line, record) sharing ``doc_of(record)``; a record whose id is None stands alone.

    ``repeated`` is the error for an id seen again after another document,
    with ``{doc!r}`` for the id (raised at the line where it comes back);
    ``empty`` the error when there are no records at all.
    """
    group: list[tuple[int, R]] = []
    current: object = None
    seen: set[int] = set()  # hash(doc): ~70 bytes a document, where the ids themselves took ~150 (see below)
    for line, record in records:
        doc = doc_of(record)
        key = ("doc", doc) if doc is not None else ("line", line)
        if group and key != current:
            yield group
            group = []
        if key != current and doc is not None:
            # the ids' 64-bit hashes: equal ids have equal ones (1 and 1.0 are one id, as in a set of ids), the
            # error names the id read again, and two ids of one input share a hash with a chance of about one
            # in 40 million for a million documents
            h = hash(doc)
            if h in seen:
                raise InputError(repeated.format(doc=doc), path, line)
            seen.add(h)
        current = key
        group.append((line, record))
    if not group:
        raise InputError(empty, path)
    yield group
