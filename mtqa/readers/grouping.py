"""Grouping streamed records into documents by their document id.

``.jsonl`` records, CSV/TSV rows and TMX/XLIFF/PO units all follow one
convention: consecutive records sharing a document id form one document.
Readers stream, holding one document at a time, so an id that comes back
after another document is refused rather than silently splitting the
document in two; the rule is written here once so the formats cannot drift
apart.
"""
from __future__ import annotations

from array import array
from typing import Callable, Hashable, Iterable, Iterator, Optional, TypeVar

from mtqa.errors import InputError

R = TypeVar("R")

_MIX = 0x9E3779B97F4A7C15
"""Odd 64-bit multiplier (2**64 / golden ratio) that spreads a hash's bits over a slot index: ``hash()`` of an
int is the int itself, so ids 1, 2, 3... would otherwise fill neighbouring slots."""
_MASK64 = (1 << 64) - 1


class SeenHashes:
    """The 64-bit hashes of the document ids read so far, in one flat table of 8-byte slots.

    Why not a ``set`` of the hashes: each is a 32-byte int object besides its set slot, ~70 bytes a
    document (66 MB for a million one-segment documents, the memory of a whole run's caches). Here a hash
    is its slot alone: open addressing in an ``array('q')`` (0 marks an empty slot; a zero hash has its
    own flag), linear probing from a mixed index, the table doubled when two thirds full: 12-24 bytes a
    document (~31 at the peak of a doubling, old and new table held), for ~0.9 µs an id where the set took
    ~0.3, on a loop that runs once per document.
    """

    __slots__ = ("_slots", "_mask", "_shift", "_count", "_zero")

    def __init__(self, bits: int = 10) -> None:
        self._count = 0
        self._zero = False
        self._table(bits)

    def _table(self, bits: int) -> None:
        self._slots = array("q", (0,)) * (1 << bits)  # not array(bytes(...)): no second copy while it is made
        self._mask = (1 << bits) - 1
        self._shift = 64 - bits

    def add(self, h: int) -> bool:
        """Record the hash ``h``; False when it was recorded before."""
        if not h:
            seen, self._zero = self._zero, True
            return not seen
        slots, mask = self._slots, self._mask
        i = (h * _MIX & _MASK64) >> self._shift
        held = slots[i]
        while held:
            if held == h:
                return False
            i = (i + 1) & mask
            held = slots[i]
        slots[i] = h
        self._count += 1
        if 3 * self._count > 2 * mask:
            self._grow()
        return True

    def _grow(self) -> None:
        old = self._slots
        self._table(65 - self._shift)
        slots, mask, shift = self._slots, self._mask, self._shift
        for h in old:
            if h:
                i = (h * _MIX & _MASK64) >> shift
                while slots[i]:
                    i = (i + 1) & mask
                slots[i] = h

    def __len__(self) -> int:
        return self._count + self._zero


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
    seen = SeenHashes()  # hash(doc): 12-24 bytes a document, where the ids themselves took ~150 (see below)
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
            if not seen.add(hash(doc)):
                raise InputError(repeated.format(doc=doc), path, line)
        current = key
        group.append((line, record))
    if not group:
        raise InputError(empty, path)
    yield group
