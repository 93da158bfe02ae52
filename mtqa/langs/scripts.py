"""Writing systems: which script a letter belongs to, and the runs of a text a language does not write.

A language profile names the scripts its text is written in (``scripts = ["Latin"]``) and those whose lone
letters it uses as symbols (``symbol_scripts = ["Greek"]``: an α-particle, Δ, μs). Letters of any other
script in an English translation are text nobody translated: a Russian or Chinese segment, or a word of it
left inside an English sentence. Digits, punctuation, symbols (℃, €, ±) and emoji are letters of no script,
and neither are letter-like signs with no script in their Unicode name (ª, ℓ, the micro sign µ).

Python's :mod:`unicodedata` has no script property; a letter's script is the first word of its Unicode
name (``CYRILLIC SMALL LETTER A``), with the few names that say it otherwise mapped here (``CJK UNIFIED
IDEOGRAPH``: Han; ``HIRAGANA``, ``KATAKANA``: Japanese kana). This is Unicode's knowledge, not a
language's, so it lives in code; which scripts a language writes is data.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple, Optional

from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import built_from, data_toml

SCRIPTS = frozenset({
    "LATIN", "GREEK", "COPTIC", "CYRILLIC", "ARMENIAN", "HEBREW", "ARABIC", "SYRIAC", "THAANA", "NKO",
    "DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "ORIYA", "TAMIL", "TELUGU", "KANNADA", "MALAYALAM",
    "SINHALA", "THAI", "LAO", "TIBETAN", "MYANMAR", "GEORGIAN", "HANGUL", "ETHIOPIC", "CHEROKEE",
    "KHMER", "MONGOLIAN", "HIRAGANA", "KATAKANA", "BOPOMOFO", "YI", "TIFINAGH", "GLAGOLITIC",
})
"""First words of Unicode letter names that name a script (as spelled in the names)."""
_ALIASES = {"CJK": "Han", "HIRAGANA": "Kana", "KATAKANA": "Kana", "KATAKANA-HIRAGANA": "Kana", "NKO": "N'Ko"}

SCREEN = re.compile(
    "[\u0370-\u1dff\u2c00-\u2dff\u2e80-\ua6ff\ua800-\ud7ff\uf900-\ufaff\ufb1d-\ufdff\ufe70-\ufefc"
    "\U00010000-\U0001bfff\U00020000-\U0003ffff]")
"""A character that may be a letter of a script other than Latin: a text without one (nearly every English
segment) has no foreign script, whatever the language writes, and is not read a character at a time."""


@functools.lru_cache(maxsize=4096)
def script_of(ch: str) -> Optional[str]:
    """The script of a letter (``"Cyrillic"``, ``"Han"``, ``"Latin"``), or None for a character that is no
    letter of a named script (a digit, a mark, a symbol, ª)."""
    if not ch.isalpha():
        return None
    first = unicodedata.name(ch, "").partition(" ")[0]
    if first in _ALIASES:
        return _ALIASES[first]
    return first.title() if first in SCRIPTS else None


def writes_script(text: str, script: str) -> bool:
    """``text`` holds a letter of ``script`` (``"Cyrillic"``): the one test of a letter's script, so readers of
    a table that mixes Latin and Cyrillic keys (the transliteration markers, the press forms) ask Unicode's
    names here instead of each hard-coding a block of code points."""
    return any(script_of(ch) == script for ch in text)


class Run(NamedTuple):
    """Letters of one script a language does not write, ``text[start:end]``, and how many letters."""

    start: int
    end: int
    script: str
    letters: int


_MARK = ("Mn", "Mc", "Me")


def foreign_runs(text: str, written: frozenset[str]) -> tuple[list[Run], int]:
    """The runs of letters of scripts not in ``written`` (a run joins letters of one script and the marks
    on them; it ends at any other character), and the number of letters of ``written`` scripts in the text.

    A text the :data:`SCREEN` finds nothing in has no run (and its letters are not counted: 0).
    """
    if text.isascii() or not SCREEN.search(text):
        return [], 0
    runs: list[Run] = []
    native = 0
    start = -1
    script = None
    letters = 0
    for i, ch in enumerate(text):
        if start != -1 and unicodedata.category(ch) in _MARK:
            continue  # a vowel sign or accent stays in its letter's run (Devanagari, Thai)
        s = script_of(ch)
        if s is not None and s not in written:
            if start != -1 and s == script:
                letters += 1
                continue
            if start != -1:
                runs.append(Run(start, i, script, letters))
            start, script, letters = i, s, 1
            continue
        if start != -1:
            runs.append(Run(start, i, script, letters))
            start = -1
        if s is not None:
            native += 1
    if start != -1:
        runs.append(Run(start, len(text), script, letters))
    return runs, native


@memoize(TABLES)
@built_from("confusables.toml")
def lookalikes() -> dict[str, str]:
    """Letters of other scripts that look like a letter of another (Greek capital Epsilon -> ``E``, Cyrillic
    small o -> ``o``): ``confusables.toml``'s ``lookalikes``, keyed there by Unicode character name and here
    by the letter itself. A key that is no character name, or a value that is not one letter, is the
    file's fault (a :class:`~mtqa.errors.DataError` naming it)."""
    out: dict[str, str] = {}
    for name, letter in data_toml("confusables.toml")["lookalikes"].items():
        try:
            char = unicodedata.lookup(name)
        except KeyError:
            raise ValueError(f"{name!r} is not a Unicode character name") from None
        if not (isinstance(letter, str) and len(letter) == 1 and letter.isalpha()):
            raise ValueError(f"{name}: {letter!r} should be the one letter it looks like")
        out[char] = letter
    return out
