"""Checking corpora too big for one process: ``.jsonl`` chunks on Dask.

The file is cut into byte ranges at document boundaries (never inside a
document, so document checks still see whole documents), each range is
checked by a Dask task, and results come back in input order, a window of
tasks at a time so the driver's memory stays bounded. Without an address
the local multi-process scheduler is used; with ``--scheduler`` the tasks go
to a ``dask.distributed`` cluster whose workers must see the same path.
Dask is an optional extra: without it this module explains how to install it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterator, Optional

from mtqa.config import Config
from mtqa.errors import InputError, UsageError
from mtqa.model import DocumentResult

DEFAULT_CHUNK_BYTES = 2_000_000
_CONTEXTS: dict = {}


@dataclass(frozen=True)
class Chunk:
    """A byte range of the input holding whole documents, and its first line number."""

    start: int
    end: int
    first_line: int


def _doc_of(raw: bytes):
    try:
        record = json.loads(raw)
    except ValueError:
        return object()  # a bad line ends a chunk; the reader reports it with its line
    return record.get("doc", object()) if isinstance(record, dict) else object()


def plan_chunks(path: str, chunk_bytes: int = DEFAULT_CHUNK_BYTES) -> list[Chunk]:
    """Cut ``path`` into ranges of about ``chunk_bytes`` that end between documents."""
    chunks: list[Chunk] = []
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", path) from None
    with handle:
        start = pos = 0
        first_line = line_no = 1
        pending_doc = None
        cutting = False
        for raw in handle:
            if cutting:
                doc = _doc_of(raw)
                if doc != pending_doc or not isinstance(doc, str):
                    chunks.append(Chunk(start, pos, first_line))
                    start, first_line, cutting = pos, line_no, False
                else:
                    pending_doc = doc
            pos += len(raw)
            line_no += 1
            if not cutting and pos - start >= chunk_bytes:
                cutting, pending_doc = True, _doc_of(raw)
        if pos > start:
            chunks.append(Chunk(start, pos, first_line))
    if not chunks:
        raise InputError("input is empty", path)
    return chunks


def check_chunk(path: str, chunk: Chunk, config: Config) -> list[DocumentResult]:
    """Worker task: read one chunk and check its documents (one Context per process)."""
    from mtqa.api import run
    from mtqa.context import Context
    from mtqa.readers.jsonl import read_jsonl

    key = json.dumps(config.to_dict(), sort_keys=True, default=str)
    ctx = _CONTEXTS.get(key)
    if ctx is None:
        ctx = _CONTEXTS[key] = Context(config)
    with open(path, "rb") as handle:
        handle.seek(chunk.start)
        data = handle.read(chunk.end - chunk.start)
    lines = []
    for n, raw in enumerate(data.splitlines(), chunk.first_line):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})", path, n) from None
        lines.append((n, text.lstrip("\ufeff") if n == 1 else text))
    pairs = read_jsonl(path, source_lang=config.source_lang, target_lang=config.target_lang, lines=lines)
    return list(run(pairs, ctx))


def run_distributed(
    path: str,
    config: Config,
    *,
    workers: int = 2,
    scheduler: Optional[str] = None,
    chunk_bytes: int = DEFAULT_CHUNK_BYTES,
) -> Iterator[DocumentResult]:
    """Check a ``.jsonl`` corpus on Dask, yielding results in input order."""
    try:
        import dask
    except ImportError:
        raise UsageError("parallel checking needs Dask: pip install 'mtqa[dask]'", "--workers") from None
    chunks = plan_chunks(path, chunk_bytes)
    tasks = [dask.delayed(check_chunk)(path, c, config) for c in chunks]
    window = max(2, 2 * workers)
    if scheduler:
        try:
            from dask.distributed import Client
        except ImportError:
            raise UsageError("--scheduler needs dask.distributed: pip install 'dask[distributed]'", "--scheduler") from None
        client = Client(scheduler)
        try:
            for i in range(0, len(tasks), window):
                for future in client.compute(tasks[i : i + window]):
                    yield from future.result()
        finally:
            client.close()
        return
    # One pool for the whole run: dask.compute would otherwise start fresh processes for every
    # window, and each would import mtqa and load its dictionaries and tables again.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context(dask.config.get("multiprocessing.context", "spawn"))
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        for i in range(0, len(tasks), window):
            for results in dask.compute(*tasks[i : i + window], scheduler="processes", pool=pool):
                yield from results
