"""A list of words as one regex alternation factored by common prefixes (a trie), matched as the flat one is.

Why: ``alternation(words)`` (longest first) makes the regex engine try every word in turn wherever the
pattern is tried, and a figure's readers try theirs at every figure of a text: the units after a figure
(104 French and English units), the scale words and currencies, the number words, the clock words. The
engine skips a case-sensitive word whose first letter differs cheaply, but not a case-blind one, and a
number's patterns are case-blind: every word costs a jump. Factored, a position is tested against the
few letters that can come next, and the words that share a prefix share its test. The same holds for
any case-blind list a pattern tries at every word start: F302's multiword names (~170, phrases whose
escaped spaces the caller widens to any run of spaces) and A632's units, cardinal words and hedges.

The same strings match, with the same spans, wherever the flat alternation is used inside a larger
pattern: the words that match at a position are all prefixes of the text there, so they form a chain
(each a prefix of the next); the flat alternation tries them longest first, and so does the trie, whose
optional tail (``ab(?:c)?``) is tried before the shorter word ends. Case-blind, letters that
``re.IGNORECASE`` equates (``K`` and ``k``) share one branch, so no two branches of a node accept the
same character and the chain is walked in the same order.
"""
from __future__ import annotations

import marshal
import re
from typing import Iterable

from mtqa import regexcache
from mtqa.langs.data import NOTHING, alternation

_END = ""  # the key of a node's "a word ends here" mark (no character is the empty string)


def _same_letter(a: str, b: str, ignorecase: bool) -> bool:
    """Whether the regex engine reads the characters ``a`` and ``b`` as one (itself, or its case twin).

    Two ASCII characters are one case-blind exactly when their lower cases are equal, which a string method
    tells without the regex engine: the numbers' word lists (some 1,400 words a run, every letter compared
    with the letters already at its node) are nearly all ASCII, and asking the engine for each pair was a
    tenth of a one-line check's CPU. Any other character may have twins that ``lower`` does not show (the
    long s, the Kelvin sign): the engine itself is asked, as before."""
    if a == b:
        return True
    if not ignorecase:
        return False
    if a.isascii() and b.isascii():
        return a.lower() == b.lower()
    return re.fullmatch(re.escape(a), b, re.IGNORECASE) is not None


def _insert(root: dict, word: str, ignorecase: bool) -> None:
    """Add ``word`` under ``root``: each letter follows the first branch (in the order they were made) that the
    engine reads as that letter, or makes one.

    A letter that is itself a branch follows it without comparing it with the others: when that branch was made,
    no branch before it read as that letter (else the letter would have followed that one), and branches are never
    removed, so it is the first that does. The others are compared only where the letter is no branch (a new
    branch, or a case twin): the numbers' word lists share most of their prefixes, and comparing every letter with
    every branch of its node was most of a trie's building."""
    node = root
    for ch in word:
        if ch in node:
            node = node[ch]
            continue
        key = next((k for k in node if k and _same_letter(k, ch, ignorecase)), ch) if ignorecase else ch
        node = node.setdefault(key, {})
    node[_END] = {}


def _emit(node: dict) -> str:
    """The node's words after its prefix: the longer ones (its branches) first, then the end here."""
    branches = [re.escape(ch) + _emit(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{alternation(branches, str, ordered=True)})"
    if _END in node:
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


def trie_alternation(items: Iterable[str], *, ignorecase: bool = False) -> str:
    """``alternation(items)`` (escaped words; :data:`NOTHING` when there are none) as a trie: the same
    matches in any pattern, for a pattern compiled with ``re.IGNORECASE`` exactly when ``ignorecase``.
    The result is an alternation: wrap it in a group before adding to it, as for the flat one."""
    words = sorted({i for i in items if i})  # one pattern whatever the order
    if not words:
        return NOTHING
    flags = re.IGNORECASE if ignorecase else 0
    key = _key(words, ignorecase) if regexcache.installed() else None
    if key is not None:
        stored = _MEMO.get(key)
        if stored is None:
            stored = regexcache.stored_source("trie", key, flags)  # sealed and compiled, else None
        if stored is not None:
            _MEMO[key] = stored
            return stored
    root: dict = {}
    for word in sorted(words, key=len, reverse=True):  # longest first, equal lengths in text order (a stable sort)
        _insert(root, word, ignorecase)
    branches = [re.escape(ch) + _emit(child) for ch, child in root.items()]
    pattern = alternation(branches, str, ordered=True)  # (the one joiner of data lists: distinct branches, in order)
    if key is not None:
        regexcache.keep_source("trie", key, pattern)
        if len(_MEMO) >= 4096:  # bounded: tries of ever-new $MTQA_DATA lists in a long-lived process
            _MEMO.clear()
        _MEMO[key] = pattern
    return pattern


_MEMO: dict[bytes, str] = {}
"""Key -> pattern, this process's: a one-line check asks each of its 31 tries about twice."""


def _key(words: list[str], ignorecase: bool) -> bytes:
    """The digest under which a trie's pattern is stored (:func:`mtqa.regexcache.stored_source`): of the sorted
    words, the case flag and mtqa's code (:func:`mtqa.compiled.package_digest`), all the pattern is made from
    (the store's file is keyed by the Python version).

    Why stored: a one-line check asks 64 tries (31 distinct: the numbers' word lists, the false-friend lexicon's
    keys) of data lists that are the same in every run, some 19-21 ms of its CPU (in process, load ~7; the
    words' letters compared and written one by one), where reading the patterns back costs well under a
    millisecond. The pattern read is the one this very code built from these very words, checked by its seal
    and by compiling it (served by the same store)."""
    from mtqa.compiled import package_digest
    from mtqa.digests import blake2b

    return blake2b(marshal.dumps((tuple(words), ignorecase, package_digest())), digest_size=16).digest()
