"""References given apart from a structured corpus: one line of plain text per record.

``mtqa compare --reference ref.txt`` scores ``.jsonl``/CSV systems against a
human translation kept as a plain-text file with one line per record (the
WMT layout). The k-th record of the corpus gets line k; a count that differs
is an error naming the file, since a shifted reference would score every
segment against its neighbour's translation. Formats whose reference is a
whole document (plain text, feeds) take it through their reader instead.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

from mtqa.config import Config
from mtqa.errors import InputError
from mtqa.model import Document, DocumentPair, Segment


def open_system(path: str, config: Config, *, source: Optional[str] = None,
                reference: Optional[str] = None) -> Iterator[DocumentPair]:
    """One system's pairs, with its reference read the way its format takes one."""
    from mtqa.readers import SIDE_FILES, format_of, open_pairs

    if reference is None or format_of(path) in SIDE_FILES:
        return open_pairs(path, config, source=source, reference=reference)
    return with_line_references(open_pairs(path, config, source=source), reference)


def attach_reference_lines(pairs: Iterable[DocumentPair], lines: list[str], path: str) -> Iterator[DocumentPair]:
    """Give line-aligned references to a segment-per-record corpus (the k-th record gets line k)."""
    k = 0
    for pair in pairs:
        ref = Document(pair.id, path, pair.target.lang)
        for seg in pair.target.segments:
            if k >= len(lines):
                raise InputError(f"the reference has {len(lines)} lines, fewer than the target's records", path)
            ref.segments.append(Segment(seg.index, lines[k], seg.role, seg.paragraph, k + 1, 0, multiline=False))
            k += 1
        pair.reference = ref
        pair.meta.prealigned = True
        yield pair
    if k != len(lines):
        raise InputError(f"the reference has {len(lines)} lines but the target has {k} records", path)


def with_line_references(pairs: Iterable[DocumentPair], path: str) -> Iterator[DocumentPair]:
    """References from a plain-text file with one line per segment of a structured corpus."""
    from mtqa.readers.decoding import read_text

    lines = read_text(path, None).split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return attach_reference_lines(pairs, lines, path)
