"""Plain-text inputs: a target file, optionally a source and a reference file."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, Optional

from mtqa.model import DocumentPair
from mtqa.readers.decoding import read_text
from mtqa.readers.text import parse_text


def _doc_id(path: str) -> str:
    return "<stdin>" if path == "-" else Path(path).name


def read_plain(
    target: str,
    *,
    source: Optional[str] = None,
    reference: Optional[str] = None,
    source_lang: str,
    target_lang: str,
    encoding: Optional[str] = None,
) -> Iterator[DocumentPair]:
    """Yield the single document pair of plain-text inputs."""
    doc_id = _doc_id(target)
    tgt = parse_text(read_text(target, encoding), doc_id=doc_id, path=target, lang=target_lang)
    src = ref = None
    if source is not None:
        src = parse_text(read_text(source, encoding), doc_id=doc_id, path=source, lang=source_lang)
    if reference is not None:
        ref = parse_text(read_text(reference, encoding), doc_id=doc_id, path=reference, lang=target_lang)
    yield DocumentPair(id=doc_id, target=tgt, source=src, reference=ref)
