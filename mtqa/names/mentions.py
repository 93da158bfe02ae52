"""Finding name mentions: runs of capitalised words in a sentence.

A mention is a run of capitalised words joined by spaces or hyphens, and by
the lower-case particles of names (``Laurence des Cars``, ``Osama bin
Laden``). A capitalised word that starts a sentence is only a name when it
is not a common word of the language (``The``, ``Director``): capitals
carry no evidence there. All-capital words (``ISS``, ``NASA``) are acronyms
and end a mention; single capitals followed by a period are initials and
are kept (``Michael J. Fox``). A French elision glued to a name
(``D'Elon``) is left out of the name it precedes.
"""
from __future__ import annotations

import re
from typing import Optional

from mtqa.langs import language
from mtqa.langs.data import table
from mtqa.langs.cache import LARGE_TEXTS, RARE_SOURCES, TABLES, TRANSLATION_MEMO, memoize
from mtqa.limits import LOOKBACK
from mtqa.records import record
from mtqa.words import LOWER, UPPER, WORD_RE, TextWords, text_words  # the text's one split, read by every name check

_STRIP_BEFORE = " \t\"“‘«([¿¡'—–\u00a0\u202f"
_SENTENCE_END = ".!?:;…"
_SENTENCE_END_CHARS = frozenset(_SENTENCE_END)
_APOSTROPHES = ("'", "’")
_POSSESSIVE_ENDINGS = ("'s", "’s")
COMMON_WORD = 3.5
"""Zipf frequency from which a sentence-initial capitalised word is taken as a common word
(Director, Shortly, Analysts), unless it is a known first name (Laurence des Cars)."""


@record(slots=True, unsafe_hash=True)  # not frozen: a frozen init costs 5x (one per word)
class Token:
    text: str
    start: int
    end: int
    initial: bool = False
    """First word of a sentence (its capital says nothing)."""

    @property
    def is_initial_letter(self) -> bool:
        return len(self.text) == 1


@record(slots=True, unsafe_hash=True)  # not frozen: a frozen init costs 5x (one per word)
class Mention:
    """A run of name words in one segment; ``tokens`` are the capitalised parts."""

    tokens: tuple[Token, ...]
    text: str

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def surname(self) -> Token:
        return self.tokens[-1]


@memoize(TABLES)
def particles() -> frozenset[str]:
    return frozenset(row["particle"].lower() for row in table("name_particles.tsv"))


@memoize(TABLES)
def titled_name_particles() -> frozenset[str]:
    """The particles of ``name_particles.tsv`` marked ``titled_name``: those F302 reads inside a full name after
    a title ("the president Mohammed bin Salman"). A subset of the one table, not a list of its own, so a
    particle is added or spelt in one place."""
    return frozenset(row["particle"] for row in table("name_particles.tsv") if row.get("titled_name") == "yes")


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def words(text: str, abbreviations: frozenset[str] = frozenset()) -> list[Token]:
    """Word tokens with offsets; elisions and possessives trimmed; sentence starts marked.

    A one-letter word followed by a period keeps it (``J.``, ``M.``). A word
    is sentence-initial at the start of the text, after a blank line, or
    after sentence punctuation and a space, unless that punctuation closes
    an initial or an abbreviation of ``abbreviations`` (``Mr. Palmer``).
    """
    return _scan(text, abbreviations)


def split_tokens(split: TextWords) -> tuple[list[str], list[int]]:
    """Every word of ``split`` as :func:`words` makes it a token (elision and possessive trimmed, an
    initial's period kept), as parallel lists of texts and starts; sentence starts are not decided here.
    Only a word with an apostrophe or of one letter can change, so only those are looked at."""
    words, offs = split.words, split.offsets
    texts, starts = list(words), list(offs[0:2 * len(words):2])
    for k in [k for k, w in enumerate(words) if len(w) == 1 or "'" in w or "’" in w]:
        texts[k], starts[k] = _trimmed(split.text, words[k], offs[2 * k], offs[2 * k + 1])
    return texts, starts


def may_spell_name(split: TextWords, lang: str) -> bool:
    """False when no name word of three letters or more can be among the tokens of the mentions of ``split``'s
    text (:func:`text_mentions`): the words it would read as a name's spellings (``Shkaplerov``; not
    ``J.``, ``UN``) are then none, so a caller that only reads those needs no mentions at all.

    A necessary condition, read from the split's :attr:`~mtqa.words.TextWords.capital` words only: a token
    of a word without an apostrophe is that word, and it is a name word of three letters only if it has
    three letters or more, starts with a capital and is not all capitals (an acronym ends a mention); the
    text's first word opens a sentence, so it is one only if it is no common word of ``lang`` or is a
    first name (:func:`is_name_word`). A word with an apostrophe (``l'Élysée``, ``Obama's``) is let through
    whatever it holds. WMT14's 24,024 translations: 9,009 answered False (of the 9,119 whose mentions hold
    no such word); the capital words are already read in a run of every default check (T108, L301 and
    T201 read them first), and there the screen took 0.05 s of thread CPU against 0.18 s for the mentions
    it spares (this host, in-process).
    """
    words = split.words
    profile = None
    for k in split.capital:
        w = words[k]
        if "'" in w or "’" in w:
            return True
        if len(w) < 3 or not w[:1].isupper() or w.isupper():
            continue
        if k == 0:
            profile = profile or language(lang)
            if profile.zipf(w) >= COMMON_WORD and w.casefold() not in profile.first_names:
                continue  # a common word opening the text (The, According): no name word
        return True
    return False


def _trimmed(text: str, word: str, start: int, end: int) -> tuple[str, int]:
    """A raw word as :func:`words` makes it a token: elision and possessive trimmed, an initial's period
    kept; with its start."""
    if word[1:2] in _APOSTROPHES and word[0] in "dDlL":
        start += 2
        word = word[2:]
    if word[-2:] in _POSSESSIVE_ENDINGS:
        word = word[:-2] or word
    if len(word) == 1 and text[end:end + 1] == ".":
        word += "."
    return word, start


def _scan(text: str, abbreviations: frozenset[str]) -> list[Token]:
    """The tokens of :func:`words`, each word with the one before it (which decides whether it opens a
    sentence); the usual case of :func:`_starts_sentence` (no sentence punctuation or blank line since
    the previous word, which is no initial) decided inline."""
    out: list[Token] = []
    prev_end, prev_text = -1, ""
    for m in WORD_RE.finditer(text):
        word, start = _trimmed(text, m.group(0), m.start(), m.end())
        if prev_end >= 0 and not prev_text.endswith(".") \
                and _SENTENCE_END_CHARS.isdisjoint(gap := text[prev_end:start]) and "\n\n" not in gap:
            initial = False
        else:
            initial = _starts_sentence(text, start, prev_end, prev_text, abbreviations)
        out.append(Token(word, start, start + len(word), initial))
        prev_end, prev_text = start + len(word), word
    return out


def _starts_sentence(text: str, start: int, prev_end: int, prev_text: str, abbreviations: frozenset[str]) -> bool:
    """Whether the word at ``start`` opens a sentence; ``prev_end``/``prev_text`` describe the word
    before it (``prev_end`` -1: there is none)."""
    if prev_end < 0:
        return True
    if "\n\n" in text[prev_end:start]:
        return True
    window = max(0, start - 12)  # only the last few characters matter; avoid copying the whole head
    head = text[window:start].rstrip(_STRIP_BEFORE)
    if not head and window:
        head = text[max(0, start - LOOKBACK):start].rstrip(_STRIP_BEFORE)
    if not head or head[-1] not in _SENTENCE_END or len(head) == start - window:
        return not head
    if head[-1] == "." and text.endswith(prev_text.rstrip(".") + ".", 0, window + len(head)):
        prev = prev_text.rstrip(".")
        if len(prev) == 1 or prev in abbreviations:
            return False
    return True


def is_name_word(token: Token, lang: str) -> bool:
    """A capitalised word that can be part of a name here."""
    word = token.text.rstrip(".")
    if not word or not _capitalised(word):
        return False
    if token.initial and len(word) > 1 and language(lang).zipf(word) >= COMMON_WORD:
        return word.casefold() in language(lang).first_names
    return True


def mentions(text: str, lang: str = "en", tokens: Optional[list[Token]] = None,
             abbreviations: frozenset[str] = frozenset()) -> list[Mention]:
    """Name mentions of ``text`` in order."""
    toks = tokens if tokens is not None else words(text, abbreviations)
    parts = particles()
    found: list[Mention] = []
    current: list[Token] = []

    def close():
        if current and any(len(t.text.rstrip(".")) > 1 for t in current):
            found.append(Mention(tuple(current), text[current[0].start:current[-1].end]))
        current.clear()

    bridge = False  # the previous word was a particle inside the current name
    for i, tok in enumerate(toks):
        if tok.text[:1].islower():
            # the usual word: neither an acronym nor a name word (it has a lowercase letter and is not
            # capitalised), so only a particle can continue the name; the same tests as below, cheapest first
            if current and tok.text.lower() in parts and (bridge or _joined(text, current[-1], tok)) \
                    and i + 1 < len(toks) and _capitalised(toks[i + 1].text) and _joined(text, tok, toks[i + 1]):
                bridge = True
            else:
                bridge = False
                if current:
                    close()
            continue
        joined = bool(current) and (bridge or _joined(text, current[-1], tok))
        bridge = False
        word = tok.text.rstrip(".")
        if len(word) > 1 and word.isupper():  # an acronym (ISS, NASA) ends the mention
            close()
        elif word[:1].isupper() and (not tok.initial or len(word) == 1 or is_name_word(tok, lang)):
            # is_name_word, its usual answer decided inline: a capitalised word that is not an acronym
            # is a name word unless it opens a sentence (then the language's frequencies decide)
            if current and not joined:
                close()
            current.append(tok)
        elif joined and tok.text.lower() in parts and i + 1 < len(toks) \
                and _capitalised(toks[i + 1].text) and _joined(text, tok, toks[i + 1]):
            bridge = True  # a particle inside a name: the mention goes on, the particle is no token
        else:
            close()
    close()
    return found


_CAPITAL_ASCII = re.compile(r"[A-Z](?<![A-Za-z][A-Z])[A-Za-z]*(?:'[A-Za-z]+)*")
"""A word of an ASCII text that starts with a capital (from that capital to the word's end). The letter
before is ruled out after the capital is matched: a pattern that opens with a character class is searched
for by that class, twice as fast as one that opens with a lookbehind."""
_CAPITAL = re.compile(rf"[^\W\d_{LOWER}](?<![^\W\d_](?s:.))[^\W\d_]*(?:['’][^\W\d_]+)*")
"""A word of any text that may start with a letter other than a lowercase one: a superset (a lowercase
letter beyond :data:`mtqa.words.LOWER` is let through and tested in Python)."""
_BRIDGED = re.compile(r"[ \-\u00a0]?([^\W\d_]+)[ \-\u00a0]")
"""The gap between two name words that a particle may bridge: a join, one word of letters, a join."""


@memoize(TABLES)
def _bridgeable() -> tuple[frozenset[str], int]:
    """The name particles, and the longest gap :data:`_BRIDGED` can match with one of them in it."""
    keep = particles()
    return keep, 2 + max(map(len, keep), default=0)


def _is_letter(c: str) -> bool:
    """``c`` is a letter of :data:`~mtqa.words.WORD_RE` (``[^\\W\\d_]``: a word character of ``re``, which is
    ``str.isalnum``, that is no decimal digit; ``_`` is not alphanumeric)."""
    return c.isalnum() and not c.isdecimal()


def _word_start(text: str, i: int) -> int:
    """Where the word of :data:`~mtqa.words.WORD_RE` that holds the letter before ``i`` starts: back over its
    letters and the apostrophes between them."""
    while i > 0:
        c = text[i - 1]
        if _is_letter(c) or (c in _APOSTROPHES and i >= 2 and _is_letter(text[i - 2])):
            i -= 1
        else:
            break
    return i


def _opens_sentence(text: str, raw: int, start: int, abbreviations: frozenset[str]) -> bool:
    """The ``initial`` mark :func:`words` gives the word whose raw form starts at ``raw`` (its token at
    ``start``): the text back to the previous word's last letter, and that word only when the gap has
    sentence punctuation or a blank line (the usual gap, a space after a letter, is decided first)."""
    if raw >= 2 and text[raw - 1] == " " and text[raw - 2].isalpha():
        return False
    end = raw
    while end > 0 and not _is_letter(text[end - 1]):
        end -= 1
    if end == 0:
        return True  # no word before
    gap = text[end:raw]
    if _SENTENCE_END_CHARS.isdisjoint(gap) and "\n\n" not in gap:
        return False  # the trimmed ends add no punctuation: an initial's period starts the gap, an elision or a possessive has none
    prev_start = _word_start(text, end)
    prev_text, prev_start = _trimmed(text, text[prev_start:end], prev_start, end)
    return _starts_sentence(text, start, prev_start + len(prev_text), prev_text, abbreviations)


def text_mentions(text: str, lang: str = "en", abbreviations: frozenset[str] = frozenset()) -> list[Mention]:
    """``mentions(text, lang, words(text, abbreviations))``, from the words that may start with a capital only.

    One regex pass (in C) finds the words that may open with a capital; the other words (three in four)
    are never tokens here. That changes no mention: :func:`mentions` reads a word that is not a name word
    (a lowercase word, an acronym, an uncased word, a common word opening a sentence) only to close the
    current mention, and the next name word after it is not joined to that mention anyway (letters stand
    between them), nor is there a next one at the end. The one lowercase word that can join two name
    words, a particle (``Laurence des Cars``), is read in the gap between them (:data:`_BRIDGED`). A word
    joined to the mention before it never opens a sentence (the gap is a join: no sentence punctuation,
    and an initial's period is no sentence end), so its sentence-start mark is only read for the others
    (:func:`_opens_sentence`, the usual gap, a space after a letter, decided inline).
    """
    found: list[Mention] = []
    cur: list[Token] = []
    spelled = False  # a token of cur has two letters or more
    last_end = 0  # the end of cur's last token
    last_period = False  # cur's last token is an initial (J.)
    profile = None
    keep, bridge_len = _bridgeable()
    for m in (_CAPITAL_ASCII if text.isascii() else _CAPITAL).finditer(text):
        raw, end = m.span()
        word = m.group()
        if raw > 1 and text[raw - 1] in _APOSTROPHES and _is_letter(text[raw - 2]):
            raw = _word_start(text, raw - 1)  # after an apostrophe inside a word (l'Obama): the whole word
            word, start = _trimmed(text, text[raw:end], raw, end)
            if not word[:1].isupper():
                continue
        elif len(word) == 1 or "'" in word or "’" in word:
            word, start = _trimmed(text, word, raw, end)
            if not word[:1].isupper():
                continue  # l'affaire
        elif not word[0].isupper():
            continue  # a lowercase letter beyond LOWER, an uncased letter: no name word
        else:
            start = raw
        spelling = len(word) > 1 and word[1] != "."  # not one letter (A), nor an initial (J.)
        if spelling and word.isupper():
            continue  # an acronym (ISS, NASA): see above
        if cur:
            gap = text[last_end:start]
            joined = gap == " " or (gap == "" if last_period else gap in ("-", "\u00a0"))
            if not joined and len(gap) <= bridge_len and (b := _BRIDGED.fullmatch(gap)) is not None:
                # a particle between the mention and this word (bin in Osama bin Laden), joined on both sides
                particle, before = b.group(1), gap[:b.start(1)]
                joined = particle[:1].islower() and particle.lower() in keep and _capitalised(word) \
                    and (before in (" ", "") if last_period else before in (" ", "-", "\u00a0"))
        else:
            joined = False
        if joined:
            initial = False
        else:
            if raw > 1 and text[raw - 1] == " " and text[raw - 2].isalpha():
                initial = False
            else:
                initial = _opens_sentence(text, raw, start, abbreviations)
                if initial and spelling:
                    # is_name_word of a word opening a sentence: a common word is not a name (The, According),
                    # unless it is a known first name (Laurence)
                    profile = profile or language(lang)
                    if profile.zipf(word) >= COMMON_WORD and word.casefold() not in profile.first_names:
                        continue
            if cur:
                if spelled:
                    found.append(Mention(tuple(cur), text[cur[0].start:last_end]))
                cur = []
                spelled = False
        last_end = start + len(word)
        cur.append(Token(word, start, last_end, initial))
        last_period = word[-1] == "."
        spelled = spelled or spelling
    if spelled:
        found.append(Mention(tuple(cur), text[cur[0].start:last_end]))
    return found


def name_word(joiners: str = "-") -> str:
    """Regex source of one capitalised name word (``Raisi``, ``Jean-Marc``, with ``joiners`` "-'’" also
    ``Dell'Utri``): a capital (:data:`mtqa.words.UPPER`), letters, and parts joined by one of ``joiners`` whose capital
    may be missing (``Al-assad`` as MT writes it). Each reader names its joiners: F302 reads a title's name
    across hyphens only, the honorifics also across apostrophes (``M. Dell'Utri``)."""
    return rf"[{UPPER}][^\W\d_]+(?:[{joiners}][{UPPER}]?[^\W\d_]+)*"


_RAW_WORD = r"[^\W\d_]*(?:['’][^\W\d_]+)*"
_JOIN = r"(?:[ \-\u00a0]|\. ?)"
_NAME_PAIR = re.compile(
    rf"[{UPPER}]{_RAW_WORD}{_JOIN}(?:[^\W\d_]{_RAW_WORD}{_JOIN})?[{UPPER}]"
)
_BEYOND_LATIN1 = re.compile(r"[^\x00-\xff]")


def may_have_name_pair(text: str) -> bool:
    """False when no mention of :func:`mentions` in ``text`` can have two words (a cheap screen).

    Two name words of one mention are consecutive words (or have one particle
    between them), each starting with a capital, with only ``_joined`` gaps
    between them; ``_NAME_PAIR`` matches any such stretch, and more. It knows
    the Latin-1 capitals only, so a text with any other capital letter is
    always let through.
    """
    if any(c.isupper() for c in _BEYOND_LATIN1.findall(text)):
        return True
    return _NAME_PAIR.search(text) is not None


def _joined(text: str, left: Token, right: Token) -> bool:
    """Two words are parts of one name when only a space or a hyphen separates them."""
    gap = text[left.end:right.start]
    if left.text.endswith("."):  # "J. Fox": the period is part of the initial
        return gap in (" ", "")
    return gap in (" ", "-", "\u00a0")


def segment_words(text: str, profile, ctx) -> list[Token]:
    """:func:`words` of a segment in ``profile``'s language, computed once per document.

    The name checks (T101-T104, T201, L301) all read the same segments; the
    run context keeps the tokens for the document (:meth:`Context.memo`).
    Callers must not modify the list.

    Few segments ask (a changed person's name, a glued word: WMT14's 24,024 pairs 56 calls for 30 texts; 46 for
    46 in 30,000 pairs of a growing vocabulary), each keeping ~3.3 kB of tokens, so at
    :data:`~mtqa.langs.cache.RUN_MEMO` the table was still filling a million segments on (~0.5 MB per 100,000
    growing pairs): bounded at :data:`~mtqa.langs.cache.RARE_SOURCES` (256), which misses exactly as often as
    16,384 on WMT14 and once more of 319 calls on 30,000 growing pairs (``bench/memo_bounds.py``).
    """
    return ctx.memo("names.words", (text, profile.abbreviations), lambda: words(text, profile.abbreviations),
                    bound=RARE_SOURCES)


def segment_mentions(text: str, profile, ctx) -> list[Mention]:
    """:func:`mentions` of a segment in ``profile``'s language, computed once per document (see
    :func:`segment_words`). Callers must not modify the list.

    The source language's mentions are asked of source sentences only, whose repeats are one system output
    of sources away: bounded at :data:`~mtqa.langs.cache.LARGE_TEXTS` (WMT14's 1,082 source texts asked miss as
    often at 2,048 as at 8,192; ~1.2 kB each on a corpus of new sentences). A translation's are asked again by the other name checks of its segment and, for the few
    translations another system wrote word for word, one system output later: kept for
    :data:`~mtqa.langs.cache.TRANSLATION_MEMO` translations, not :data:`~mtqa.langs.cache.RUN_MEMO` (~780 bytes
    each: ~6 MB at 8,192; on WMT14's 24,024 pairs 24,019 computes of 24,097 calls at 2,048 against 23,187 at
    8,192, ~25 ms of a ~12 s run; on 30,000 growing pairs 29,993 against 29,632)."""
    source_only = profile.code == ctx.source.code and profile.code != ctx.target.code
    return ctx.memo(f"names.mentions.{profile.code}", (text, profile.abbreviations),
                    lambda: text_mentions(text, profile.code, profile.abbreviations),
                    bound=LARGE_TEXTS if source_only else TRANSLATION_MEMO)
