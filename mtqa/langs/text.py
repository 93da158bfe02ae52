"""Folding text for comparison: one definition of "the same letters".

A name or word is often written with and without its accents (``Pékin`` /
``Pekin``, ``États`` / ``Etats``), in other case (``GERARD``), with a ligature
(``cœur`` / ``coeur``) or a compatibility form (``ﬁ``, ``²``). Every service
that compares words folds them with :func:`fold`, so two modules never
disagree on whether two spellings meet.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from mtqa.langs.cache import WORDS, memoize

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})


def without_ligatures(text: str) -> str:
    """``text`` with its ligatures written out (``œuvre`` -> ``oeuvre``, ``Æ`` -> ``AE``), nothing else changed:
    a reading keyed by accented stems (A504's expressions) meets both spellings of « main-d'œuvre »."""
    return text.translate(_LIGATURES) if not text.isascii() else text


APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
"""``str.translate`` table writing every apostrophe as the ASCII one (``d’Or`` -> ``d'Or``)."""


def _slow_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# The Latin letters with diacritics (U+00C0-U+024F) whose fold is plain ASCII,
# mapped in one str.translate: most accented words then need no decomposition.
_LATIN_TABLE = str.maketrans({ch: folded for ch in map(chr, range(0xC0, 0x250))
                              if (folded := _slow_fold(ch)) != ch and folded.isascii()})


def fold_text(text: str, keep_case: bool = False) -> str:
    """``text`` without diacritics or ligatures, case-folded unless ``keep_case`` (not memoised:
    for building tables over a whole word list; everything else calls :func:`fold`)."""
    if not text.isascii():
        text = text.translate(_LATIN_TABLE)
        if not text.isascii():
            text = _slow_fold(text)
    return text if keep_case else text.casefold()


@memoize(WORDS)
def fold(text: str, keep_case: bool = False) -> str:
    """``text`` without diacritics or ligatures, case-folded unless ``keep_case``.

    ``Fédérateur`` -> ``federateur``, ``cœur`` -> ``coeur``; with
    ``keep_case`` ``Pékin`` -> ``Pekin``. Compatibility forms are decomposed
    (NFKD) and combining marks dropped.
    """
    return fold_text(text, keep_case)


_OPENERS = "\"'“‘«‹([{¿¡*•–—-"


def capital_only_at_openings(word: str, text: str) -> bool:
    """``text`` writes ``word`` as a whole word, and only where a sentence begins (:func:`opens_sentence`): its
    capital is the place's, no evidence that the word is a name (the source's « Névé et glacier fondent » says
    nothing of a name Névé). Not :func:`at_sentence_start`, which also counts a quotation or an aside opened
    inside a sentence: there a word keeps the capital it has anywhere (« il est devenu "Franco-Américain" »,
    a name copied in lower case, went unreported with it). Plain searches, nothing compiled."""
    found = False
    for at in whole_word_starts(text, word):
        if not opens_sentence(text, at):
            return False
        found = True
    return found


def at_sentence_start(text: str, start: int) -> bool:
    """True when the word at ``start`` begins a sentence, a quotation, a bracket or a list item.

    Such a word is capitalised whatever it is, so its case says nothing. A closing quotation mark or
    bracket before it (:func:`_closes`) opens nothing: what stands before the mark decides ("« Non. »
    Pierre" begins a sentence, 'said "no" Pierre' does not; see :func:`_before_closers` for brackets).
    """
    if 2 <= start <= len(text) and text[start - 1] == " " and (c := text[start - 2]) not in _MARKS and not c.isspace():
        return False  # most words: one space after a letter, a digit or a comma (what _opens_read answers)
    return _opens_read(text, start)


def _opens_read(text: str, start: int) -> bool:
    """:func:`at_sentence_start`, read step by step: the mark before the word, and what a closing mark closes.

    Why apart: most words of a text follow a space after a letter, a digit or a comma, which opens nothing;
    :func:`at_sentence_start` answers those from the two characters before the word, without these steps
    (189,000 calls on WMT14's 24k pairs, most from the name-swap checks' capitalised words)."""
    i = min(start, len(text))
    while i > 0 and text[i - 1].isspace():  # the last character before the word that is not a space
        i -= 1
    if i and _closes(text, i - 1):
        before = _answered(_before_closers(text, i), text, {})
        return before is not None and (not before or text[before - 1] in _OPENERS or _ends_sentence(text, before))
    if not i:
        return True
    return text[i - 1] in _OPENERS or text[i - 1] in _SENTENCE_ENDS


_SENTENCE_ENDS = ".!?:…\n"
_JOINERS = "'’-‐"
"""An apostrophe or hyphen right after a letter joins the word to it (l'URSS, Jean-Marc): it opens nothing."""
_BRACKETS = {")": "(", "]": "[", "}": "{"}
_CLOSERS = "»”›" + "".join(_BRACKETS)
"""Marks that only close a quotation or a bracket."""
_QUOTES = "\"'’"
"""Marks that open or close a quotation (or are apostrophes): one closes when it follows a character that is
not a space and a space or another closing mark follows it ('said "no" Pierre', "the Bleus' match"), unless
it elides a one-letter word (:func:`_elided`)."""
_MARKS = frozenset(_OPENERS + _SENTENCE_ENDS + _CLOSERS + _QUOTES)
"""Every character :func:`at_sentence_start` reads as more than a word's last letter: after any other
one (not a space), the word does not open a sentence."""


def _closes(text: str, k: int, after: Optional[int] = None) -> bool:
    """Whether the mark at ``k`` closes a quotation or a bracket (:data:`_CLOSERS`, :data:`_QUOTES`). A quote
    mark right before another closing mark closes too: a quotation inside a quotation ends with both
    ('said "She said 'no.'" Pierre', "« Il a dit “ non. ” » Pierre")."""
    ch = text[k]
    if ch in _CLOSERS:
        return True
    if ch not in _QUOTES or not k or text[k - 1].isspace() or _elided(text, k):
        return False
    # the marks after it are walked in a loop, not a call each: a run of quote marks as long as a segment
    # is input to report on, not a RecursionError; one after a mark follows no space and elides nothing.
    # ``after``: where that run ends, when the caller knows it (:func:`_before_closers`, walking back a run)
    j = _run_end(text, k + 1) if after is None else after
    return j == len(text) or text[j].isspace() or text[j] in _CLOSERS


def _run_end(text: str, j: int) -> int:
    """The first position from ``j`` on that holds no quote mark."""
    while j < len(text) and text[j] in _QUOTES:
        j += 1
    return j


def _elided(text: str, k: int) -> bool:
    """Whether the apostrophe at ``k`` follows a word of one letter: an elision ("l' Nebula", "d' Ulm" with a
    stray space), which closes nothing. A double quotation mark elides nothing: 'rated "A" Pierre' closes."""
    return text[k] in _APOSTROPHE_MARKS and text[k - 1].isalpha() and (k == 1 or not text[k - 2].isalnum())


_APOSTROPHE_MARKS = "'’"
"""The marks of :data:`_QUOTES` that may also be an apostrophe (an elision)."""


def _before_closers(text: str, i: int):
    """The position right after the last character before ``i`` that is neither a space nor a closing mark;
    None when one of the marks closes a bracket opened inside a sentence: an aside, whose own stop ends no
    sentence ("roaches (who knows?) Have" goes on; "(At the same time, ... .) But" starts one).

    A generator run by :func:`_answered`: it yields the position of each bracket's opener and is sent
    whether that opener starts a sentence."""
    after = None  # where the run of quote marks from ``i`` on ends, once known: walking back a run of
    # quote marks asked each mark where the run after it ends, in time growing with the square of its length
    while i > 0 and (text[i - 1].isspace() or _closes(text, i - 1, after)):
        if text[i - 1] in _BRACKETS:
            opened = text.rfind(_BRACKETS[text[i - 1]], 0, i - 1)
            if opened < 0 or not (yield opened):
                return None
        if text[i - 1] in _QUOTES:
            after = _run_end(text, i) if after is None else after
        else:
            after = i - 1
        i -= 1
    return i


def _ends_sentence(text: str, i: int) -> bool:
    """Whether position ``i`` is the segment's start or follows a sentence end."""
    return not i or text[i - 1] in _SENTENCE_ENDS


def opens_sentence(text: str, start: int, memo: Optional[dict] = None) -> bool:
    """True when the word at ``start`` begins a sentence: the segment's first word, or the first after a
    sentence end, quotes, brackets or a list dash in between ("... fin. « Limiter", "« Non. » Pierre").
    Unlike :func:`at_sentence_start`, a word opening a quotation, a bracket or an aside inside a sentence
    ("dit « Bouygues", "– Pierre –") or joined by an elision or a hyphen (l'Allemagne, Jean-Marc) does not:
    for a check that asks whether a capital is the sentence's, not whether it could be.

    ``memo`` (position -> answer, one per top-level call): each closing bracket asks about its opener and
    the text before it, so without it "() () () ... Pierre" took time doubling with every pair."""
    if memo is None:
        memo = {}
    if start not in memo:
        memo[start] = _answered(_opens_sentence(text, start), text, memo)
    return memo[start]


def _opens_sentence(text: str, start: int):
    """:func:`opens_sentence` as a generator run by :func:`_answered`: it yields each earlier position
    whose answer it needs and is sent that answer."""
    i = min(start, len(text))
    while i > 0 and (text[i - 1].isspace() or text[i - 1] in _OPENERS):
        if text[i - 1] in _JOINERS and i > 1 and text[i - 2].isalpha():
            return False
        i -= 1
    if i and _closes(text, i - 1):
        before = yield from _before_closers(text, i)
        return before is not None and (_ends_sentence(text, before) or (yield before))
    return _ends_sentence(text, i)


def _answered(steps, text: str, memo: dict):
    """Run ``steps`` (a generator of :func:`_opens_sentence` or :func:`_before_closers`) to its value.

    Each position a generator yields is answered from ``memo`` or by a generator of its own pushed on a
    list, not by a call: the chain of questions is as long as the run of brackets before the word, and a
    segment with 600 "()" before a name, as a call each, ended the run with a RecursionError."""
    stack = [(None, steps)]
    answer = None
    while True:
        position, step = stack[-1]
        try:
            needed = step.send(answer)
        except StopIteration as done:
            stack.pop()
            if not stack:
                return done.value
            memo[position] = answer = done.value
            continue
        answer = memo.get(needed)
        if answer is None:
            stack.append((needed, _opens_sentence(text, needed)))


_NAME_SPACES = " \u00a0"


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+$")


def word_before(text: str, pos: int, reach: int) -> str:
    """The word of letters that ends right before ``pos`` with only spaces or no-break spaces between,
    in lower case, looked for among the ``reach`` characters before ``pos``; "" when there is none.
    Several checks ask what word precedes a name or a word (a nationality, a determiner, a verb); one
    definition keeps them reading the same word."""
    m = _WORD_BEFORE.search(text, max(0, pos - reach), pos)
    return m.group(1).lower() if m else ""


def word_starts(text: str, word: str, joiners: str = "-"):
    """Where ``word`` (case as given) starts in ``text`` with no letter, digit, underscore or one of
    ``joiners`` right before it: the start of a whole word or name. A plain search, so a check looking
    up the words of each segment compiles no pattern per segment."""
    i = text.find(word)
    while i >= 0:
        if not i or not (text[i - 1].isalnum() or text[i - 1] == "_" or text[i - 1] in joiners):
            yield i
        i = text.find(word, i + 1)


def whole_word_starts(text: str, word: str, joiners: str = ""):
    r"""Where ``word`` (case as given) stands in ``text`` as a whole word: :func:`word_starts`, with no letter,
    digit, underscore or one of ``joiners`` right after it either (``(?<!\w)word(?!\w)`` by default). Why:
    the checks that ask whether a source writes a word or a name (nonwords, numbers, the capitals of
    sentence openings) each searched for it so, with a loop of their own; one definition keeps them alike."""
    for i in word_starts(text, word, joiners):
        end = i + len(word)
        if end == len(text) or not (text[end].isalnum() or text[end] == "_" or text[end] in joiners):
            yield i


def word_pair_spans(text: str, first: str, second: str, joiners: str = "-"):
    """(start, end) of each ``first`` + spaces + ``second`` in ``text`` standing as whole words (no letter,
    digit, underscore or one of ``joiners`` on either side): a first name and a surname (Luc Ibáñez)."""
    for i in word_starts(text, first, joiners):
        k = j = i + len(first)
        while k < len(text) and text[k] in _NAME_SPACES:
            k += 1
        end = k + len(second)
        if k > j and text.startswith(second, k) and \
                (end == len(text) or not (text[end].isalnum() or text[end] == "_" or text[end] in joiners)):
            yield i, end
