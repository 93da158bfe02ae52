"""Checking corpora too big for one process: ``.jsonl`` chunks on local processes or Dask.

The file is cut into byte ranges at document boundaries (never inside a
document, so document checks still see whole documents), each range is
checked by one task, and results come back in input order with a bounded
number of tasks in flight, so the driver's memory stays bounded. With
``--workers N`` the tasks run in N local processes; with ``--scheduler`` they
go to a ``dask.distributed`` cluster (when one machine is not enough) whose
workers must see the same path. Dask is an optional extra: without it the
cluster option explains how to install it.
"""
from __future__ import annotations

import collections
import itertools
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
    """Check a ``.jsonl`` corpus in parallel, yielding results in input order.

    With ``scheduler`` the chunks go to that ``dask.distributed`` cluster;
    otherwise to a pool of ``workers`` local processes, created once for
    the run (each process loads mtqa's tables once).
    """
    chunks = plan_chunks(path, chunk_bytes)
    window = max(2, 2 * workers)
    if scheduler:
        try:
            from dask.distributed import Client
        except ImportError:
            raise UsageError("--scheduler needs Dask: pip install 'mtqa[dask]'", "--scheduler") from None
        client = Client(scheduler)
        try:
            yield from _in_order(lambda c: client.submit(check_chunk, path, c, config, pure=False), chunks, window)
        finally:
            client.close()
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield from _in_order(lambda c: pool.submit(check_chunk, path, c, config), chunks, window)


def _in_order(submit, chunks: list[Chunk], window: int) -> Iterator[DocumentResult]:
    """Keep ``window`` chunks in flight and yield their results in input order.

    A sliding window rather than batches: a slow chunk holds back only the
    output, never the workers, and the driver holds at most ``window``
    chunks of results.
    """
    pending: collections.deque = collections.deque()
    upcoming = iter(chunks)
    for chunk in itertools.islice(upcoming, window):
        pending.append(submit(chunk))
    while pending:
        future = pending.popleft()
        chunk = next(upcoming, None)
        if chunk is not None:
            pending.append(submit(chunk))
        yield from future.result()
