"""Readers turn input files into :class:`~mtqa.model.DocumentPair` streams.

``READERS`` maps a format name to ``module:function``; formats are chosen by
file extension and imported lazily, so a heavy optional reader costs nothing
unless used. Each reader yields pairs one document at a time.
"""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import Callable, Iterator, Optional

from mtqa.config import Config
from mtqa.errors import InputError
from mtqa.model import Document, DocumentPair, Role, Segment

READERS: dict[str, str] = {
    "text": "mtqa.readers.plain:read_plain",
    "jsonl": "mtqa.readers.jsonl:read_jsonl",
}
EXTENSIONS: dict[str, str] = {".jsonl": "jsonl", ".ndjson": "jsonl"}


def format_of(path: str, explicit: Optional[str] = None) -> str:
    """The reader name for ``path`` (plain text unless the extension says otherwise)."""
    if explicit:
        if explicit not in READERS:
            raise InputError(f"unknown input format {explicit!r} (known: {', '.join(sorted(READERS))})", path)
        return explicit
    return EXTENSIONS.get(Path(path).suffix.lower(), "text")


def reader(name: str) -> Callable[..., Iterator[DocumentPair]]:
    module, _, func = READERS[name].partition(":")
    return getattr(importlib.import_module(module), func)


def open_pairs(
    target: str,
    config: Config,
    *,
    source: Optional[str] = None,
    source_title: Optional[str] = None,
    reference: Optional[str] = None,
    input_format: Optional[str] = None,
    encoding: Optional[str] = None,
    **options,
) -> Iterator[DocumentPair]:
    """Stream the document pairs of a run, whatever the input format."""
    fmt = format_of(target, input_format)
    read = reader(fmt)
    pairs = read(
        target,
        source=source,
        reference=reference,
        source_lang=config.source_lang,
        target_lang=config.target_lang,
        encoding=encoding,
        **options,
    ) if fmt == "text" else read(target, source_lang=config.source_lang, target_lang=config.target_lang, encoding=encoding, **options)
    for pair in pairs:
        if source_title is not None:
            attach_title(pair, source_title, config.source_lang)
        yield pair


def attach_title(pair: DocumentPair, title: str, lang: str) -> None:
    """Give a pair a source holding only its headline (the feed-title case)."""
    title = title.strip()
    if not title:
        raise InputError("--source-title is empty", "--source-title")
    doc = Document(id=pair.id, path=None, lang=lang)
    doc.segments = [Segment(0, title, Role.HEADLINE, 0, 1, 0, multiline=False)]
    doc.lines = {1: title}
    pair.source = doc
    pair.source_title_only = True
    pair.links = []
