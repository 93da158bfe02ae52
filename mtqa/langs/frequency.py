"""Word frequency: wordfreq's Zipf scale (0 = unseen, 3 = once per million words, 7 = "the").

Read from the tables wordfreq ships (nothing is downloaded). wordfreq's own
``zipf_frequency`` tokenises every word it is given, which is most of its
cost; a plain word (letters only, NFC, of Latin script, in a language wordfreq
reads by normalisation and case folding alone) is looked up in its table
directly, which gives the same number (checked on every word of the English,
French, German and Spanish tables). Anything else (apostrophes, hyphens,
other scripts, languages with special case rules) goes through
``zipf_frequency``. One table per language is held in memory.
"""
from __future__ import annotations

import math
import re
import unicodedata

from mtqa.langs.cache import TABLES, WORDS, memoize
from mtqa.langs.text import fold, fold_text

_LATIN = re.compile(r"[\u0000-\u024f]+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_PLAIN = {"tokenizer": "regex", "normal_form": "NFC", "remove_marks": False, "dotless_i": False,
          "diacritics_under": None, "transliteration": None, "lookup_transliteration": None}
"""wordfreq's description of a language whose words it reads by NFC normalisation and case folding alone."""


@memoize(TABLES)
def frequencies(lang: str) -> dict[str, float]:
    """wordfreq's word -> frequency table of a language ('best' list), loaded once; {} if it has none.

    Kept in the compiled cache (:mod:`mtqa.compiled`): a short run reads the
    few words it needs from disk; a long one ends up with wordfreq's own dict
    (the one ``zipf_frequency`` uses too, so one copy in memory).
    """
    from mtqa.compiled import table

    def build() -> dict[str, float]:
        from wordfreq import get_frequency_dict

        try:
            return get_frequency_dict(lang)
        except (LookupError, ValueError):
            return {}

    return table(f"wordfreq-{lang}", wordfreq_files(lang), build, shared=True)


def wordfreq_files(lang: str) -> list:
    """wordfreq's bundled table files of ``lang`` and its code (found without importing wordfreq)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("wordfreq")
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    return sorted(folder.glob(f"*_{lang}.msgpack.gz")) + [folder.parent / "__init__.py"]


@memoize(TABLES)
def _plain_language(lang: str) -> bool:
    """wordfreq reads a word of this language by NFC and case folding alone (English, French, German...;
    not Turkish, whose dotless i changes case folding, nor Chinese or Japanese). The answer is kept in the
    compiled cache: asking wordfreq imports its language database (0.2 s)."""
    from mtqa.compiled import cached

    def ask() -> bool:
        from wordfreq.language_info import get_language_info

        info = get_language_info(lang)
        return all(info.get(key) == value for key, value in _PLAIN.items())

    return cached(f"wordfreq-plain-{lang}", wordfreq_files(lang), ask)


def _zipf(freq: float) -> float:
    return round(math.log10(freq) + 9, 2) if freq > 0 else 0.0


def zipf(word: str, lang: str) -> float:
    """Zipf frequency of ``word`` in ``lang`` (any case; 0 when unseen)."""
    if word.isalpha() and _plain_language(lang) and unicodedata.is_normalized("NFC", word):
        key = word.casefold()
        if _LATIN.fullmatch(key):
            return _zipf(frequencies(lang).get(key, 0.0))
    if not frequencies(lang):
        return 0.0
    from wordfreq import zipf_frequency

    return zipf_frequency(word.translate(_APOSTROPHES), lang)


@memoize(TABLES)
def _folded_frequencies(lang: str) -> dict[str, tuple[float, str]]:
    """Accented words of the table by their folded form, the most frequent spelling kept (compiled cache)."""
    from pathlib import Path

    from mtqa.compiled import table

    def build() -> dict[str, tuple[float, str]]:
        folded: dict[str, tuple[float, str]] = {}
        for word, freq in frequencies(lang).items():
            if word.isascii():
                continue  # found by direct lookup
            key = fold_text(word)
            if key not in folded or folded[key][0] < freq:
                folded[key] = (freq, word)
        return folded

    from mtqa.langs import text

    # asked only about words no dictionary knows: read from disk, never held in memory
    return table(f"wordfreq-folded-{lang}", wordfreq_files(lang) + [Path(text.__file__)], build, promote=False)


def zipf_folded(word: str, lang: str) -> tuple[float, str]:
    """Zipf frequency and spelling of the most frequent word of ``lang`` that
    matches ``word`` when accents are ignored (``federateur`` -> fédérateur)."""
    key = fold(word)
    best = (frequencies(lang).get(key, 0.0), key)
    accented = _folded_frequencies(lang).get(key)
    if accented and accented[0] > best[0]:
        best = accented
    if not best[0]:
        return 0.0, ""
    return _zipf(best[0]), best[1]
