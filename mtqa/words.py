"""The words of a text: the word patterns, defined here only, and each text's split, made once per run.

A word is a run of letters, with the letters after an internal apostrophe
kept in it (``l'équipe``, ``aujourd'hui``, ``jusqu'aujourd'hui``); hyphens,
digits and underscores split (``Charles-de-Gaulle`` is three words). That is
:data:`WORD_RE`. Some readers take at most one apostrophe into a word
(:data:`ONE_APOSTROPHE_WORD_RE`: ``jusqu'aujourd`` and ``hui``); their
results were calibrated that way, so the pattern is kept, but it is derived
from the same letters and read from the same split (:attr:`TextWords.one_apostrophe_words`).

Every check that reads a text's words asks :func:`text_words` (the name
checks through :mod:`mtqa.names.mentions`, the language evidence through
:mod:`mtqa.evidence`): the text is split once (one regex pass, in C) and the
words, their offsets and the capitalised ones are shared, a source sentence
checked against eight systems' translations included.
"""
from __future__ import annotations

import re
from array import array
from itertools import accumulate
from typing import Optional

LETTERS = r"[^\W\d_]+"
"""A run of letters (any script): a word character that is neither a digit nor ``_``."""
WORD_RE = re.compile(rf"{LETTERS}(?:['’]{LETTERS})*")
"""A word: letters, with internal apostrophes kept (see the module's docstring)."""
ONE_APOSTROPHE_WORD_RE = re.compile(rf"{LETTERS}(?:['’]{LETTERS})?")
"""A word with at most one apostrophe inside: ``a'b'c`` is read as ``a'b`` and ``c``."""
LETTERS_RE = re.compile(LETTERS)
CASED_WORD_RE = re.compile(rf"{LETTERS}(?:['’](?![sS]\b){LETTERS})?")
"""A word as the casing checks read its capitals: at most one apostrophe inside, not a possessive's
("Obama's" is Obama): without an apostrophe, the words of the run's split."""
_LATIN_EXTENDED = ((0x100, 0x17F), (0x218, 0x21B))
"""Latin Extended-A (Central European, Baltic, Turkish, Maltese letters: Ł, Š, Ž, Ő, Ğ, Ħ) and the Romanian
comma-below letters (Ș, ș, Ț, ț) of Latin Extended-B: the letters of the names European news writes."""


def _cased(test) -> str:
    """The characters of :data:`_LATIN_EXTENDED` that ``test`` (``str.isupper``, ``str.islower``) accepts, each
    written out: a run of literal letters, valid inside a regex class as in ``[^...]``."""
    return "".join(c for first, last in _LATIN_EXTENDED for c in map(chr, range(first, last + 1)) if test(c))


UPPER = "A-ZÀ-ÖØ-Þ" + _cased(str.isupper)
"""The Latin capitals of Latin-1 (every character there that str.isupper() accepts: not ×, U+00D7) and of
:data:`_LATIN_EXTENDED` ("Łukasz", "Šarūnas", "Ștefan", "Žižek", "Őry"), as the body of a regex class: the one
spelling of "a capital letter" in the capital-word patterns of the checks and the name readers (a capitalised
word: ``[{UPPER}]`` then letters), so no module keeps its own range."""
LOWER_BEYOND_ASCII = "ß-öø-ÿ" + _cased(str.islower)
"""The lower-case Latin letters past ASCII (ß, the accented letters of Latin-1 without ÷, U+00F7, and those of
:data:`_LATIN_EXTENDED`: œ, ł, š, ž, ő, ș), as the body of a regex class: what "an accented lower-case letter"
means where ASCII text is ruled out first."""
LOWER = "a-z" + LOWER_BEYOND_ASCII
"""The lower-case Latin letters (ASCII, Latin-1 and :data:`_LATIN_EXTENDED`), as the body of a regex class
(``[{LOWER}]``, ``[^{LOWER}]``): the one spelling of "a lower-case letter" in the patterns of the checks (a
particle, an elided word, the rest of a capitalised word), so no module keeps a range of its own that lets in
÷ or leaves out ß, œ or ł."""

CAPITAL_WORD_BEFORE_RE = re.compile(rf"([{UPPER}][^\W\d_]*)[ \u00a0]+$")
"""The capitalised word right before a place, searched with an end (``search(text, start, end)``): the
demonym, exonym and regnal-name checks each ask whether a name or a title stands before a match."""

CAPITAL_WORD_JUST_BEFORE_RE = re.compile(rf"([{UPPER}][^\W\d_]*)[ \u00a0]$")
"""The capitalised word exactly one space before a place, searched with an end: a word right beside a name
(T105's reading of a title before a name, T106's word beside a name's kept part), where
:data:`CAPITAL_WORD_BEFORE_RE` also takes a word a run of spaces away."""
CAPITAL_WORD_JUST_AFTER_RE = re.compile(rf"[ \u00a0]([{UPPER}][^\W\d_]*)")
"""The capitalised word exactly one space after a place (a match at a word's end): the word right after a name's
kept part."""

NEXT_WORD_RE = re.compile(r"[ \u00a0]+([^\W\d_]+)")
"""The word after spaces (a match at a word's end): what follows a form, a particle or a name."""
_SPLIT = re.compile(rf"({LETTERS}(?:['’]{LETTERS})*+)")
r""":data:`WORD_RE` as a split's group. Its apostrophe parts are repeated possessively (``*+``): nothing follows
them in the pattern, so a match never gives one back and every match is :data:`WORD_RE`'s, but the engine
keeps no backtracking state per part (the ASCII split below 15 % faster on WMT14's texts)."""
_SPLIT_ASCII = re.compile(r"([A-Za-z]+(?:'[A-Za-z]+)*+)")
r"""The same split for an ASCII text (most targets), whose letters are exactly A-Z and a-z: a plain class is
matched faster than ``[^\W\d_]``."""


class TextWords:
    """The words of a text, found once: one regex split (in C) shared by every check that reads the text.

    ``words`` are the :data:`WORD_RE` matches in order (``WORD_RE.findall``);
    word ``k`` spans ``offsets[2k]:offsets[2k + 1]``. No per-word Python
    object is built here: a check looks at the few words it needs (the
    capitalised ones, mostly) by index. The offsets are an unsigned-int
    :class:`array.array`: a run keeps up to 8,192 splits (:class:`Splits`),
    and a list of offsets past 256 held a pointer and an int object each
    (40 bytes) where the array holds 4.
    """

    __slots__ = ("text", "words", "offsets", "_capital", "_capital_runs", "_one_apostrophe", "_chained")

    def __init__(self, text: str, shared: Optional[dict] = None):
        parts = (_SPLIT_ASCII if text.isascii() else _SPLIT).split(text)
        self.text = text
        words = parts[1::2]
        if shared is not None:  # a word already held by another kept split: that same string, not a copy
            words = list(map(shared.setdefault, words, words))
        self.words: list[str] = words
        self.offsets: array = array("I", accumulate(map(len, parts)))  # 4 bytes an offset, not a pointer and an int
        self._capital: Optional[list[int]] = None
        self._capital_runs: Optional[frozenset[str]] = None
        self._one_apostrophe: Optional[list[str]] = None
        self._chained: Optional[bool] = None

    @property
    def chained(self) -> bool:
        """A word of the split has two apostrophes or more (``a'b'Cd``): the readers of a word with at most
        one apostrophe part (:data:`ONE_APOSTROPHE_WORD_RE`, two words there) see other words. Kept once
        read: asked ~75,000 times for ~26,000 splits on WMT14's 24,024 pairs, each counting the text's
        apostrophes again."""
        chained = self._chained
        if chained is None:
            text = self.text
            chained = self._chained = text.count("'") + text.count("’") >= 2 and any(
                w.count("'") + w.count("’") > 1 for w in self.words if "'" in w or "’" in w)
        return chained

    @property
    def one_apostrophe_words(self) -> list[str]:
        """``ONE_APOSTROPHE_WORD_RE.findall(text)``: the split's words, a chained word cut after each
        second letter run (its matches never cross a word of the split)."""
        if self._one_apostrophe is None:
            self._one_apostrophe = ([w for word in self.words for w in ONE_APOSTROPHE_WORD_RE.findall(word)]
                                    if self.chained else self.words)
        return self._one_apostrophe

    def start(self, k: int) -> int:
        return self.offsets[2 * k]

    def end(self, k: int) -> int:
        return self.offsets[2 * k + 1]

    def spans(self):
        """(start, end, word) of every word, in order (``WORD_RE.finditer`` without match objects)."""
        offs = self.offsets
        return zip(offs[0::2], offs[1::2], self.words)

    @property
    def capital(self) -> list[int]:
        """Indices of the words that are not all lower case (every word with a capital letter, or with
        no cased letter at all): the only words that can be, or start, a name."""
        if self._capital is None:
            self._capital = [k for k, w in enumerate(self.words) if not w.islower()]
        return self._capital

    def runs(self) -> list[str]:
        """The runs of letters of the text in order (``LETTERS_RE.findall``): its words, a word with
        apostrophes cut at them (every run of letters is inside one word of the split). Not kept: held
        in the run's splits, a copy per text would cost memory (and collector time) for one reader."""
        if "'" not in self.text and "’" not in self.text:
            return self.words
        return [run for w in self.words for run in (w.replace("’", "'").split("'") if "'" in w or "’" in w else (w,))]

    @property
    def capital_runs(self) -> frozenset[str]:
        """The runs of letters (a word's parts between apostrophes: ``l'Otan`` has ``l`` and ``Otan``) of
        the :attr:`capital` words: every run of the text that has a capital letter is one of them."""
        if self._capital_runs is None:
            runs = set()
            for w in map(self.words.__getitem__, self.capital):
                if "'" in w or "’" in w:
                    runs.update(w.replace("’", "'").split("'"))
                else:
                    runs.add(w)
            self._capital_runs = frozenset(runs)
        return self._capital_runs


GENERATION = 4_096
"""Texts per generation of :class:`Splits`. A source sentence is met again after a pass over a 3,000-pair system
output (its ~6,000 source and target texts), so two generations of 4,096 lose some of those repeats; but a split
is cheap to make again (one regex pass in C), and the readers that cost more keep their own answers per source
text (the run memo). Replaying the splits' key stream (``bench/memo_bounds.py``): on WMT14's 24,024 pairs 27,532
splits made of 292,935 asks against 26,588 at 8,192 a generation (+944, ~0.3 % of the asks), on 30,000 pairs of
a growing vocabulary (``bench/startup_memory.py memory --vocabulary growing``) 58,831 against 57,714 of 496,911
(+1,117). What it saves is half the splits a long run holds: ~1.1 kB each with its text (a census of 30,000
growing pairs, ``bench/memory_census.py``), ~9 MB at 8,192 a generation. The answers are the same: a split is a
pure function of its text."""


_RESOURCE = "words.splits"


class Splits(dict):
    """The :class:`TextWords` of the texts of a run, bounded in two generations.

    A text is looked up in the young generation, then in the old one, from
    which it moves back to the young; when the young one is full it becomes
    the old one and the old one is dropped. A text asked for again within a
    generation (a source sentence, once per system that translated it) stays,
    whatever the number of texts asked for once (the targets), with one table
    for both sides; memory is at most two generations (a news sentence's
    split is ~1.1 kB with its text: ~9 MB at most, whatever the corpus).

    The young generation is the dict itself, and a call is its ``[]``: a text held is found by the dict's
    own lookup, with no Python call (only a text not held reaches :meth:`__missing__`). Why: every word
    reader asks for its text's split, some 260,000 times on WMT14's 24,024 pairs for ~30,000 splits made,
    and a Python ``__call__`` was a third of what :func:`text_words` cost.

    The kept splits share their word strings: a word met in a text already
    kept (``the``, ``Obama``) is that text's string, not a new copy of it
    (``_words``, at most :data:`~mtqa.langs.cache.WORDS` words, started afresh
    when full; sharing changes no answer). Words recur by Zipf's law: 16,384
    splits of a growing-vocabulary corpus held 29.3 MB, 14.1 MB shared
    (``sys.intern`` would do the same, but Python 3.12 keeps interned strings
    for the life of the process: a corpus of ever new words would grow it).
    """

    __slots__ = ("_old", "_words", "_words_kept")

    def __init__(self) -> None:
        from mtqa.langs.cache import WORDS  # here: mtqa.langs imports this module

        super().__init__()
        self._old: dict[str, TextWords] = {}
        self._words: dict[str, str] = {}
        self._words_kept = WORDS

    __call__ = dict.__getitem__
    """``splits(text)``: the text's :class:`TextWords` (``__missing__`` makes one not held)."""

    def __missing__(self, text: str) -> TextWords:
        split = self._old.pop(text, None)
        if split is None:
            if len(self._words) >= self._words_kept:
                self._words.clear()
            split = TextWords(text, self._words)
        if len(self) >= GENERATION:
            self._old = dict(self)
            self.clear()
        self[text] = split
        return split

    @classmethod
    def of(cls, ctx) -> "Splits":
        """The run's splits (one per run context)."""
        return ctx.resource(_RESOURCE, cls)


def text_words(text: str, ctx) -> TextWords:
    """The :class:`TextWords` of ``text``, split once per run (see :class:`Splits`).

    A run's :class:`~mtqa.context.Context` holds its splits as ``ctx.splits`` (the resource itself): read
    with no call, as every word reader asks (264,000 times on WMT14's 24,024 pairs); another context (a
    caller's own) is asked for the resource."""
    try:
        splits = ctx.splits
    except AttributeError:
        splits = ctx.resource(_RESOURCE, Splits)  # Splits.of(ctx), one call fewer
    return splits[text]
