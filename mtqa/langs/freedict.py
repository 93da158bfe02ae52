"""A bilingual dictionary read from FreeDict's dictd files (Debian ``dict-freedict-fra-eng``).

FreeDict ships each dictionary as a dictd database: an ``.index`` text file
(``headword<TAB>offset<TAB>length``, offsets and lengths in dictd's base-64
digits) and the entries in a ``.dict.dz`` file, which is dictzip: a gzip
file with random-access chunks. The French-English one is small (about
400 KB unpacked), so it is decompressed once with :mod:`gzip` and entries are
sliced out by the index; no dict server is started and nothing is downloaded.

An entry looks like ``pierre /pjɛʀ/ <n, masc>\\nstone\\n`` or, with several
senses, ``le /lə/ <art>\\n1. the\\n2. him\\n``; :func:`lookup` returns the
translations of every sense, in order, without duplicates.

The folder is ``$MTQA_FREEDICT_DIR`` or the places dictd packages install to.
Without the files every lookup is empty and :func:`available` is False, so
the checks that use this evidence go quiet (with a warning from the caller).

API: ``lookup("pierre") -> ["stone"]``, ``available() -> bool``, ``database(pair).headwords()``.
"""
from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from typing import Optional

from mtqa.langs.cache import SOME_WORDS, TABLES, memoize

DICTD_DIRS = ("/usr/share/dictd", "/usr/local/share/dictd", "/usr/share/freedict")
"""Where Debian's dict-freedict-* packages and most distributions put dictd databases."""

_B64 = {c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}
_SENSE = re.compile(r"^\s*\d+\.\s*")


def _number(digits: str) -> int:
    """A dictd base-64 number (``BDoH``) as an int."""
    n = 0
    for c in digits:
        n = n * 64 + _B64[c]
    return n


class FreeDict:
    """One dictd database: headword (lower-case) -> entry texts."""

    def __init__(self, index: Path, data: Path):
        import gzip  # a run that looks nothing up in FreeDict never imports it

        self._data = gzip.decompress(data.read_bytes())
        self._index: dict[str, list[tuple[int, int]]] = {}
        for line in index.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) != 3 or parts[0].startswith("00database"):
                continue
            try:
                span = (_number(parts[1]), _number(parts[2]))
            except KeyError:
                continue
            self._index.setdefault(parts[0].lower(), []).append(span)

    def entries(self, word: str) -> list[str]:
        return [self._data[o:o + n].decode("utf-8", "replace") for o, n in self._index.get(word.lower(), ())]

    def headwords(self) -> list[str]:
        """Every headword as the dictionary writes it (case kept: ``Vérone``, ``pierre``), in index order."""
        out: list[str] = []
        for spans in self._index.values():
            for o, n in spans:
                first = self._data[o:o + n].decode("utf-8", "replace").split("\n", 1)[0]
                head = first.split(" /", 1)[0].split(" <", 1)[0].strip()
                if head:
                    out.append(head)
        return list(dict.fromkeys(out))

    def translations(self, word: str) -> list[str]:
        out: list[str] = []
        for entry in self.entries(word):
            for line in entry.splitlines()[1:]:  # the first line is headword, pronunciation, part of speech
                line = _SENSE.sub("", line).strip()
                for t in line.split(","):
                    t = t.strip()
                    if t and t not in out:
                        out.append(t)
        return out


ISO3 = {"fr": "fra", "en": "eng", "de": "deu", "es": "spa", "it": "ita", "pt": "por", "nl": "nld"}
"""ISO 639-1 -> 639-3 codes of languages FreeDict has dictionaries for (it names databases by the latter)."""


def pair_name(source: str, target: str) -> str:
    """FreeDict's name of a language pair: ``fr``, ``en`` -> ``fra-eng``."""
    return f"{ISO3.get(source, source)}-{ISO3.get(target, target)}"


def _dirs() -> list[Path]:
    env = os.environ.get("MTQA_FREEDICT_DIR")
    return [Path(p) for p in ([env] if env else []) + list(DICTD_DIRS)]


def _files(pair: str) -> Optional[tuple[Path, Path]]:
    """The index and data files of ``freedict-<pair>`` in the first folder holding both, or None."""
    for folder in _dirs():
        index, data = folder / f"freedict-{pair}.index", folder / f"freedict-{pair}.dict.dz"
        if index.is_file() and data.is_file():
            return index, data
    return None


@functools.lru_cache(maxsize=None)
def database(pair: str = "fra-eng") -> Optional[FreeDict]:
    """The FreeDict database ``freedict-<pair>``, or None when it is not installed."""
    files = _files(pair)
    return FreeDict(*files) if files else None


def available(pair: str = "fra-eng") -> bool:
    """Whether the database is installed, without reading it (the warning about a missing one asks)."""
    return _files(pair) is not None


def files(pair: str = "fra-eng") -> list[Path]:
    """The database's index and data files, or [] when not installed: the inputs of a table built from
    it and kept compiled (:func:`mtqa.compiled.cached`)."""
    found = _files(pair)
    return list(found) if found else []


@memoize(TABLES)
def _compiled(pair: str):
    """Every headword's translations (lower-cased headword -> tuple of :meth:`FreeDict.translations`), kept as
    a table on disk (:func:`mtqa.compiled.table`, keyed on the database's files and this module), or None
    when the database is not installed or there is no cache folder (then :func:`database` answers).

    Why: the database read whole (its index as a dict of spans, its entries unpacked) held ~2.4 MB for a run's
    life, and reading it cost every run that looked up one word some 30 ms, where a run looks up a few
    thousand doubted words at most; the table answers each from disk (a long run: its mapped packed copy)."""
    from mtqa.compiled import cache_dir, table

    found = _files(pair)
    if found is None or cache_dir() is None:
        return None

    def build() -> dict[str, tuple[str, ...]]:
        db = database(pair)
        return {word: tuple(db.translations(word)) for word in db._index}

    return table(f"freedict-{pair}", [*found, Path(__file__)], build)


@memoize(SOME_WORDS)  # a doubted source word's translations (see SOME_WORDS)
def _lookup(word: str, pair: str) -> tuple[str, ...]:
    stored = _compiled(pair)
    if stored is not None:
        return stored.get(word.lower(), ())
    db = database(pair)
    return tuple(db.translations(word)) if db is not None else ()


def lookup(word: str, pair: str = "fra-eng") -> list[str]:
    """English translations of a French word (``pierre`` -> ``["stone"]``); [] when unknown or not installed."""
    return list(_lookup(word, pair))
