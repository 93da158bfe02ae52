"""A name's spelling likeness to a text's words: is a source name, or a respelling of it, among them.

Every name check of :mod:`mtqa.checks.name_swaps` asks it (T105, T106, T110 and the lost-name reading A611
uses), so it has one home: the folded words of a text (:class:`FoldedWords`), a text's capitalised words
(:class:`ReadText`, read once per text and side), and the likeness itself (:func:`name_present`, screened by
letter masks before difflib measures a ratio).
"""
from __future__ import annotations

import difflib
import re
from typing import Optional

from mtqa.langs import at_sentence_start, fold
from mtqa.langs.cache import LARGE_TEXTS, SOME_WORDS, WORDS, drop_oldest_quarter, word_memo
from mtqa.names.mentions import TextWords, text_words
from mtqa.words import ONE_APOSTROPHE_WORD_RE as _WORD, UPPER


SIMILAR = 0.6
"""Folded similarity above which a target word is the same name respelled (Yulia, Ioulia; Pilsen, Plzen)."""


NAME_HYPHEN = re.compile(rf"[{UPPER}][^\W\d_]* ?[-‐‑] ?$")
"""A capitalised word and a hyphen, spaced or not, before a word: the second part of a compound name
(``Marie - Gavin``, ``Jean-Marie``), not the opening of a list item."""


def _capitalised(text: str) -> list[tuple[int, int, str]]:
    """Capitalised words that do not open a sentence: the words a text writes as names."""
    return [(m.start(), m.end(), w) for m in _WORD.finditer(text)
            if (w := m.group())[:1].isupper() and len(w) > 1 and not w.isupper()
            and (not at_sentence_start(text, m.start()) or NAME_HYPHEN.search(text, max(0, m.start() - 40), m.start()))]


class FoldedWords:
    """Words as these checks compare them: folded, each once (see :func:`name_present`)."""

    __slots__ = ("words", "_folded", "_letters")

    def __init__(self, words: list[str]):
        self.words = words
        self._folded: Optional[frozenset[str]] = None
        self._letters: Optional[_Letters] = None

    @property
    def folded(self) -> frozenset[str]:
        if self._folded is None:
            self._folded = frozenset(map(fold, self.words))
        return self._folded

    @property
    def letters(self) -> _Letters:
        if self._letters is None:
            self._letters = _Letters(self.folded)
        return self._letters


class _Letters:
    """Folded words by length, each with its letters as bit masks, one per count: the first holds the
    letters the word has, the next those it has twice or more, and so on. The letters two words share,
    counted with repeats (what difflib's ``quick_ratio`` reads), are the sum, mask by mask, of the bits
    both words' masks have: a letter written 3 times in one word and twice in the other is in both first
    and second masks, 2 shared.

    Why: a word's letters are read once, not once for every name compared with it, and the count for a
    pair is an AND and a bit count instead of a ``SequenceMatcher`` built for it. A letter's bit is a
    fixed function of the letter (:func:`_letter_masks`), so a word's masks are the same in every text:
    they are read once per distinct word of the run (a bounded cache), not once per text that holds it.

    Kept compact, as a source text's letters stay in the run memo (8,192 texts): each length holds three
    flat tuples (words, first masks, repeated masks), not a list of nested pairs per word: about 2.3 KB
    less for the dict and 112 bytes less per word."""

    __slots__ = ("by_length",)

    def __init__(self, words):
        grouped: dict[int, list[str]] = {}
        for w in words:
            grouped.setdefault(len(w), []).append(w)
        self.by_length: dict[int, tuple[tuple[str, ...], tuple[int, ...], tuple[tuple[int, ...], ...]]] = {}
        for length, group in grouped.items():
            masks = list(map(_letter_masks, group))
            self.by_length[length] = (tuple(group), tuple(m[0] for m in masks), tuple(m[1] for m in masks))


_LETTER_BITS = 29
"""Bits of a letter mask: letter ``c`` is bit ``ord(c) % 29`` (a-z: 26 distinct bits; a mask fits one
30-bit digit of a Python int)."""


@word_memo(WORDS)
def _letter_masks(word: str) -> tuple[int, tuple[int, ...]]:
    """``word``'s letter masks (see :class:`_Letters`): the first holds bit ``ord(c) % 29`` of each letter
    ``c``, the next those of the letters written twice or more, and so on.

    Two letters may share a bit (``a`` and the digit ``2``, or two letters outside a-z): they are then
    counted as one letter written as often as both together, so the bits two words share count at least
    the letters they share, never fewer, and the count stays an upper
    bound of difflib's ``quick_ratio``, and :func:`name_present` answers the same (a pair it lets through is
    then measured, as any other, by the exact tests). A pure function of the word: cached per distinct
    word, bounded (:data:`~mtqa.langs.cache.WORDS`)."""
    seen: dict[int, int] = {}  # a bit's count so far: letters sharing a bit are counted together
    masks: list[int] = []
    for c in word:
        bit = 1 << (ord(c) % _LETTER_BITS)
        j = seen[bit] = seen.get(bit, -1) + 1
        if j == len(masks):
            masks.append(0)
        masks[j] |= bit
    return (masks[0] if masks else 0), tuple(masks[1:])


class ReadText(FoldedWords):
    """A text's capitalised mid-sentence words, and its words (folded on first use); one per text and
    side (``ctx.memo``): a source sentence is read once for every system that translated it. Both come
    from the text's one split (:func:`~mtqa.names.mentions.text_words`): ``_WORD`` takes at most one
    apostrophe into a word and the split any number, so the two agree unless a word has two (``a'b'Cd``),
    where the text is read again with ``_WORD``."""

    __slots__ = ("text", "caps")

    def __init__(self, split: TextWords):
        text = self.text = split.text
        self._folded = self._letters = None
        if split.chained:
            self.caps = _capitalised(text)
            return
        self.words = split.words
        words, offs = split.words, split.offsets
        caps = []
        for k in split.capital:
            w = words[k]
            if w[:1].isupper() and len(w) > 1 and not w.isupper():
                start = offs[2 * k]
                if not at_sentence_start(text, start) or NAME_HYPHEN.search(text, max(0, start - 40), start):
                    caps.append((start, offs[2 * k + 1], w))
        self.caps = caps

    def __getattr__(self, name: str):  # ``words`` of a text read with ``_WORD``: filled on first use
        if name != "words":
            raise AttributeError(name)
        self.words = _WORD.findall(self.text)
        return self.words


def read_text(text: str, ctx, side: str) -> ReadText:
    """The :class:`ReadText` of ``text`` in the language ``side`` (the source's or the target's code).

    A source text's is kept in the run memo: a source sentence comes back for every system that
    translated it (WMT14's 8 systems: 86,599 of 99,162 asks found it from another document). A
    translation's is kept for its segment only (:func:`segment_text`): of WMT14's 71,229 asks, 44,811
    come from the same segment's checks and 4,007 (identical translations of two systems) from another
    document, so the run memo held 8,192 translations' words, folded words and letter masks (30 MB on a
    corpus of new words) for a few thousand cheap rebuilds. A source text's repeats are one system output
    of sources away, and only the sources some check asks about come back (WMT14's 1,134 of 3,003), so it is
    bounded at :data:`~mtqa.langs.cache.LARGE_TEXTS` (2,048: the same misses as at 4,096 on WMT14; ~3.4 kB
    each, ~14 MB at 4,096 on a corpus of new sentences)."""
    if side == ctx.target.code and side != ctx.source.code:
        return segment_text(text, ctx)
    return ctx.memo(f"swaps.text.{side}", text, lambda: ReadText(text_words(text, ctx)), bound=LARGE_TEXTS)


def segment_text(text: str, ctx) -> ReadText:
    """The :class:`ReadText` of the translation being checked: one slot per run, replaced by the next text.
    The checks of a segment all run before the next segment's (:func:`mtqa.api.check_pair`), and T110 reads
    its segments' answers from the ``swaps.segment`` memo, so one slot serves every repeat a segment has."""
    slot = ctx.resource("swaps.segment_text", dict)
    found = slot.get(text)
    if found is None:
        slot.clear()
        found = slot[text] = ReadText(text_words(text, ctx))
    return found


def name_present(name: str, words: FoldedWords, similar: float = SIMILAR) -> bool:
    """``name`` or a word similar to it (folded ``SequenceMatcher`` ratio >= ``similar``) is among ``words``.

    The ratio is only computed for words whose cheaper upper bounds (``real_quick_ratio``: the lengths;
    ``quick_ratio``: the letters) reach ``similar``: the same answer, most words ruled out without it.
    Why: a segment of many capitalised words compared each of its names with every word of the other side,
    building a ``SequenceMatcher`` for each pair, in time growing with the square of its length. A length
    the first bound rules out is now skipped whole, and the second bound is counted from letter masks read
    once per word (:class:`_Letters`): difflib only meets the pairs that share enough letters. A word found
    alike with the name in an earlier text (:data:`_ALIKE`) answers first, without the masks.
    """
    if name in words.words:  # the word itself (most names are copied): no need to fold every word
        return True
    key = fold(name)
    folded = words.folded
    if key in folded:
        return True
    alike = _ALIKE.get((key, similar))
    if alike is not None and not alike.isdisjoint(folded):
        return True  # a word found alike before, in another text (the name respelled alike by several systems)
    n = len(key)
    letters = words.letters
    masks = None  # the key's letters, read on the first length that may be alike
    places = None  # where each letter stands in the key, read on the first pair past the letter bound
    for length, (others, firsts, repeats) in letters.by_length.items():
        total = n + length
        if 2.0 * min(n, length) / total < similar:  # real_quick_ratio
            continue
        if masks is None:
            first, repeated = masks = _letter_masks(key)
        for other, other_first, other_repeated in zip(others, firsts, repeats):
            shared = (first & other_first).bit_count()
            if repeated and other_repeated:
                for a, b in zip(repeated, other_repeated):
                    shared += (a & b).bit_count()
            if 2.0 * shared / total < similar:  # quick_ratio
                continue
            if places is None:
                places = _places_of(key)
            if 2.0 * _common_subsequence(places, n, other) / total >= similar \
                    and difflib.SequenceMatcher(None, key, other).ratio() >= similar:
                if alike is None:
                    drop_oldest_quarter(_ALIKE, SOME_WORDS)
                    alike = _ALIKE[(key, similar)] = set()
                if len(alike) < SIMILAR_KEPT:
                    alike.add(other)
                return True
    return False


_ALIKE: dict[tuple[str, float], set[str]] = {}
"""(folded name, threshold) -> the folded words :func:`name_present` found alike with it (the ratio measured by
difflib), in any text: a pure fact of the two words, so a text holding one of them has the name present,
without its letter masks read (:class:`_Letters`) or the ratio measured again. Why: a name one system respells
another system respells the same way (on WMT14's 24,024 pairs, 2,717 ratios measured for 303 distinct pairs,
nearly all alike: the name kept in another spelling), and the masks of each translation were read for that one
answer. At most ``SIMILAR_KEPT`` words a name, and :data:`~mtqa.langs.cache.SOME_WORDS` names: past them the oldest
quarter goes (:func:`~mtqa.langs.cache.drop_oldest_quarter`). Its repeats are another system's translation of the
same source, one system output later (WMT14's 24,024 pairs: 303 names in all); a run of ever new names filled it
towards ``WORDS`` (4,197 names after 30,000 growing pairs, ~390 bytes a name with its words: ~6.4 MB at 16,384,
then emptied at once), where the names of a source a system output ago are kept at ~1.6 MB.
"""
SIMILAR_KEPT = 16
"""Words :data:`_ALIKE` keeps for one name (a name has a few respellings; past these it is searched as before)."""


def _places_of(word: str) -> dict[str, int]:
    """Each letter of ``word`` and the bit mask of the places where it stands (for :func:`_common_subsequence`)."""
    places: dict[str, int] = {}
    for k, c in enumerate(word):
        places[c] = places.get(c, 0) | 1 << k
    return places


def _common_subsequence(places: dict[str, int], n: int, other: str) -> int:
    """The length of the longest common subsequence of a word of ``n`` letters (its :func:`_places_of`) and
    ``other``, counted with one bit per letter of the word (Hyyrö's bit-parallel rows).

    Why: it bounds difflib's ratio from above, closer than the shared letters do. The blocks difflib
    matches follow each other in both words, so together they are a common subsequence: a pair whose
    longest one is too short cannot reach the ratio either. Words with the same letters in other orders
    (Bcdfghkmnprt, Tdgcbkfmhnrp, ...) pass the letter bound two by two and built a matcher for every
    pair, 0.49 s for a 2,000-character segment of them; this bound rules most out in a dozen integer steps."""
    row = (1 << n) - 1
    for c in other:
        match = row & places.get(c, 0)
        row = (row + match) | (row - match)
    return n - (row & ((1 << n) - 1)).bit_count()
