"""Reading the name tables shipped in ``mtqa/data/names/``.

Tables are tab-separated with ``#`` comment lines (where each file notes its
source) and a header line. They are read once per process: they are package
data, not user input, so a malformed row is a programming error reported
with its file and line.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources
from typing import Optional

from mtqa.lexicon import table_zipf


def _path(name: str):
    return resources.files("mtqa.data").joinpath("names", name)


def exists(name: str) -> bool:
    return _path(name).is_file()


@functools.lru_cache(maxsize=None)
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``mtqa/data/names/<name>`` as dicts keyed by the header's column names."""
    rows: list[dict[str, str]] = []
    header: Optional[list[str]] = None
    text = _path(name).read_text(encoding="utf-8")
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) < len(header):
            cells += [""] * (len(header) - len(cells))
        if len(cells) > len(header) or not cells[0]:
            raise ValueError(f"mtqa/data/names/{name}:{lineno}: expected {len(header)} tab-separated columns")
        rows.append(dict(zip(header, cells)))
    return tuple(rows)


@functools.lru_cache(maxsize=None)
def pair_table(stem: str, pair: str) -> tuple[dict[str, str], ...]:
    """``<stem>.<pair>.tsv`` (e.g. ``exonyms.fr-en.tsv``), or no rows for a pair without one."""
    name = f"{stem}.{pair}.tsv"
    return table(name) if exists(name) else ()


_LATIN = re.compile(r"[\u0000-\u024f]+")
_PLAIN = {"tokenizer": "regex", "normal_form": "NFC", "remove_marks": False, "dotless_i": False,
          "diacritics_under": None, "transliteration": None, "lookup_transliteration": None}
"""wordfreq's description of a language whose words it reads by NFC normalisation and case folding alone."""


@functools.lru_cache(maxsize=300_000)
def zipf(word: str, lang: str) -> float:
    """wordfreq Zipf frequency of ``word`` in ``lang`` (0 when unseen), cached.

    A word of Latin letters (NFC, case-folding to Latin letters) in a
    language wordfreq only normalises and case-folds is looked up in the table
    :mod:`mtqa.lexicon` holds: the same number as ``zipf_frequency`` (checked
    on every word of the English, French, German and Spanish tables), without
    its tokenizer and without building a second copy of the table. Anything
    else goes through ``zipf_frequency``.
    """
    if word.isalpha() and _plain_language(lang) and unicodedata.is_normalized("NFC", word):
        key = word.casefold()
        if _LATIN.fullmatch(key):
            return table_zipf(key, lang)
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)


@functools.lru_cache(maxsize=None)
def _plain_language(lang: str) -> bool:
    """wordfreq reads a word of this language by NFC and case folding alone (English, French, German...;
    not Turkish, whose dotless i changes case folding, nor Chinese or Japanese). The answer is kept in the
    compiled cache (:mod:`mtqa.compiled`): asking wordfreq imports its language database (0.2 s)."""
    from mtqa.compiled import cached
    from mtqa.lexicon import _wordfreq_files

    def ask() -> bool:
        from wordfreq.language_info import get_language_info

        info = get_language_info(lang)
        return all(info.get(key) == value for key, value in _PLAIN.items())

    return cached(f"wordfreq-plain-{lang}", _wordfreq_files(lang), ask)


def function_words(profile) -> frozenset[str]:
    """The language profile's function words, lower-cased (shared, see ``LanguageProfile.word_set``)."""
    return profile.word_set("function_words")
