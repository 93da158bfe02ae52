"""What human translators do with the order of French word pairs, and what English writes: A503's evidence.

``lexmodel/word_order.<source>-<target>.tsv.gz`` holds counts, no text. It is built by
``bench/order_calques.py build`` from the human references of newstest 2008-2013 (see
``lexmodel/SOURCES.md``), and read here once per process, on first use. Two kinds of rows:

* ``unit``: a source unit, ``order X Y`` (two adjacent content words, « administration chinoise ») or
  ``of X Y`` (« taux d'intérêt »), with how often the references render its two words in the same order
  (``a b``; ``a of [the] b``) and reversed (``b a``); ``X`` or ``Y`` may be ``*``: the counts of every unit
  with that first or second word (what the word does in units never seen);
* ``target``: a target-language word pair (``a b``) or ``a of b`` (``a of the b`` counted with it), with
  its count in the references' target side: whether the target language writes the reversed order.

Why counts learned from parallel news rather than a list of phrases: a list lifts the texts it was written
from; the counts say of any French pair seen in the news whether translators reorder it, and of any English
pair whether English writes it, so the check holds on articles nobody read.
"""
from __future__ import annotations

from pathlib import Path
from collections.abc import Mapping
from typing import NamedTuple, Optional

from mtqa.langs.cache import memoize
from mtqa.langs.data import data_path, read_rows


class WordOrders(NamedTuple):
    """The counts of one language pair (see the module docstring)."""

    units: Mapping[str, tuple[int, int]]
    """``"order X Y"`` / ``"of X Y"`` (``*`` for any word) -> (same order, reversed) in the references (a dict,
    or a table on disk that answers ``get`` like one, read whole by a long run)."""
    target: Mapping[str, int]
    """``"a b"`` / ``"a of b"`` (lower case) -> count in the references' target side (a dict, or a table on disk
    that answers ``get`` like one)."""


def _parse(path) -> tuple[dict, dict]:
    """The counts of one file; a row of another shape, or a file that is not gzip-compressed UTF-8 (a
    ``$MTQA_DATA`` copy is the user's input), is a :class:`~mtqa.errors.DataError` naming the file and line
    (:func:`~mtqa.langs.data.read_rows`)."""
    units: dict[str, tuple[int, int]] = {}
    target: dict[str, int] = {}

    def row(parts: list) -> None:
        if parts[0] == "unit" and len(parts) == 4:
            units[parts[1]] = (int(parts[2]), int(parts[3]))
        elif parts[0] == "target" and len(parts) == 3:
            target[parts[1]] = int(parts[2])
        else:
            raise ValueError("expected 'unit<TAB>key<TAB>same<TAB>reversed' or 'target<TAB>pair<TAB>count'")

    read_rows(path, row)
    return units, target


def counts_path(source: str, target: str):
    """The pair's counts file, or None when no data folder has one: whether A503 can read the pair at all,
    asked without loading the counts."""
    path = data_path("lexmodel", f"word_order.{source}-{target}.tsv.gz")
    return path if path.is_file() else None


@memoize(8)
def has_counts(source: str, target: str) -> bool:
    """Whether the pair has counts (:func:`counts_path`), kept per process as :func:`word_orders` is: the check asks
    it of every document (a path built and a file's status read each time: ~0.1 s on WMT14's 24,024 pairs)."""
    return counts_path(source, target) is not None


@memoize(8)
def word_orders(source: str, target: str) -> Optional[WordOrders]:
    """The pair's counts, or None when no file holds them (the check stays silent).

    Both are tables on disk read a key at a time (:func:`mtqa.compiled.table`). The target pairs' counts, twice
    as many rows, are asked only of a span already read as a calque: unmarshalling them was some 6.5 ms of each
    run that loaded the counts. The unit counts are asked of a source's every word pair, so a long run reads
    them whole (``read_whole``: a dict, as they were); a short run asks a few dozen keys, where reading them
    whole from the compiled cache was 8 ms of a one-line check's CPU (535 kB unmarshalled)."""
    path = counts_path(source, target)
    if path is None:
        return None
    if not isinstance(path, Path):
        return WordOrders(*_parse(path))
    from mtqa.compiled import table

    sources = [path, Path(__file__)]
    units = table(f"word-order-units-{source}-{target}", sources, lambda: _parse(path)[0], read_whole=True)
    pairs = table(f"word-order-target-{source}-{target}", sources, lambda: _parse(path)[1])
    return WordOrders(units, pairs)
