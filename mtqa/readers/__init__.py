"""Readers turn input files into :class:`~mtqa.model.DocumentPair` streams.

``READERS`` maps a format name to ``module:function``; formats are chosen by
file extension and imported lazily, so a heavy optional reader costs nothing
unless used. Each reader yields pairs one document at a time.
"""
from __future__ import annotations

import importlib
import inspect
from pathlib import Path
from typing import Callable, Iterator, Optional

from mtqa.config import Config
from mtqa.errors import InputError
from mtqa.model import Document, DocumentPair, Role, Segment
from mtqa.suppress import strip_trailing_markers

READERS: dict[str, str] = {
    "text": "mtqa.readers.plain:read_plain",
    "jsonl": "mtqa.readers.jsonl:read_jsonl",
    "jsonl-mapped": "mtqa.readers.tabular:read_jsonl_mapped",
    "csv": "mtqa.readers.tabular:read_csv",
    "tsv": "mtqa.readers.tabular:read_tsv",
    "feed": "mtqa.readers.feeds:read_feed",
    "xliff": "mtqa.readers.bitext:read_xliff",
    "tmx": "mtqa.readers.bitext:read_tmx",
    "po": "mtqa.readers.bitext:read_po",
    "xml": "mtqa.readers.bitext:read_xml",
}
EXTENSIONS: dict[str, str] = {
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv",
    ".rss": "feed", ".atom": "feed",
    ".xlf": "xliff", ".xliff": "xliff", ".tmx": "tmx", ".po": "po",
    ".xml": "xml",  # a feed, XLIFF or TMX: the root element decides
}
SIDE_FILES = {"text", "feed", "xml"}
"""Formats whose source and reference come in separate files (--source, --reference)."""
MARKERS_IN_TEXT = {"text", "jsonl", "jsonl-mapped", "csv", "tsv"}
"""Formats whose text may end a line with an ``mtqa: ignore=`` marker (see mtqa.suppress)."""


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
    options = {k: v for k, v in options.items() if v is not None}
    if options.get("columns") is None and config.columns:
        options["columns"] = dict(config.columns)
    if options.get("columns") and fmt == "jsonl":
        fmt = "jsonl-mapped"  # records whose fields are named otherwise
    read = reader(fmt)
    accepted = inspect.signature(read).parameters
    for name in options:
        if name not in accepted:
            raise InputError(f"--{name} does not apply to {fmt} input", target)
    sides = {"source": source, "reference": reference}
    for name, value in sides.items():
        if value is not None and fmt not in SIDE_FILES:
            raise InputError(f"--{name} does not apply to {fmt} input: put the {name} text in the file itself", value)
    if fmt in SIDE_FILES:
        options.update(sides)
    from mtqa.source_language import source_warning

    pairs = read(target, source_lang=config.source_lang, target_lang=config.target_lang, encoding=encoding, **options)
    for pair in pairs:
        if fmt in MARKERS_IN_TEXT:
            strip_trailing_markers(pair)
        if source_title is not None:
            attach_title(pair, source_title, config.source_lang)
        warning = source_warning(pair)
        if warning is not None:
            pair.meta.warn(warning)
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
