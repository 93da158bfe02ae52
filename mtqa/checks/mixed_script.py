"""Words that mix scripts (F106): a Latin word with a Greek or Cyrillic letter that looks like a Latin one.

Copy-paste from Greek or Russian text, OCR and some MT pipelines put a letter of another script in place of
the Latin letter it looks like: ``τhe`` with a Greek tau, ``ΕU`` with a Greek capital Epsilon, ``Moscоw``
with a Cyrillic o. The reader sees nothing wrong, but search, spell-checking, name matching and the other
checks read another word. Which letters look like Latin ones is Unicode's fact
(``mtqa/data/confusables.toml``); which scripts the target language writes, and which it uses as symbols,
is its profile's (``scripts``, ``symbol_scripts``).

The text the foreign-script checks report (:mod:`mtqa.checks.foreign_script`) is another defect: a whole
word in another script (``хватает``, ``ΝΑΤΟ``) was not translated, and a letter of another script that looks
like no Latin letter (``μs``, ``NF-κB``) was written as itself. English also glues Greek letters to names as
symbols (``TNFα``, ``IFNγ``): a symbol-script letter at the edge of a word is read as a homoglyph only when
the word it then spells is one the language knows, in an ordinary case (``τhe``: the; ``ΕU``: EU).
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterator

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import char_class
from mtqa.langs.scripts import lookalikes, script_of
from mtqa.model import Issue, Segment, Severity, joined_sources
from mtqa.records import record
from mtqa.words import LETTERS_RE


@memoize(TABLES)
def _lookalike_re() -> re.Pattern:
    """Any letter of the lookalike table: a segment without one (nearly all) has no homoglyph."""
    return re.compile(char_class(lookalikes()))


def _screen(text: str) -> bool:
    return not text.isascii() and _lookalike_re().search(text) is not None


def _plain_case(word: str) -> bool:
    return word.islower() or word.isupper() or word.istitle()


def _meant_as_letters(word: str, foreign: list[int], fixed: str, target) -> bool:
    """Whether the foreign letters of ``word`` stand for the letters they look like, not for themselves: a
    letter of a script the target does not write as symbols (Cyrillic in English) always does; a symbol
    letter (Greek) does inside the word, or when the word it then spells is one the target knows in an
    ordinary case (``τhe``), not a name with a symbol glued on (``TNFα``)."""
    if any(script_of(word[i]) not in target.symbol_scripts for i in foreign):
        return True
    if any(0 < i < len(word) - 1 for i in foreign):
        return True
    return _plain_case(fixed) and (target.zipf(fixed) > 0 or target.in_dictionary(fixed))


@register
@record
class MixedScriptWord(SegmentCheck):
    """A word written in the target's letters with one or more look-alike letters of another script (``τhe``).

    Why it matters: a Greek or Cyrillic letter that looks like a Latin one (``ΕU`` with a Greek capital
    Epsilon, ``Moscоw`` with a Cyrillic o) is invisible to the reader, but search, spell-checking and name
    matching no longer find the word, and a text that mixes scripts in a word is a known spoofing pattern.
    Copy-paste, OCR and some MT pipelines leave them. It is a fault of the characters that encode the word,
    not of its spelling as read, hence MQM's character encoding, and minor like an invisible character
    (F103). The look-alike letters are Unicode's (``confusables.toml``); the message names each one and the
    suggestion writes the word in the target's letters. Left alone: a whole word in another script (A207 and
    A208's), a letter of another script that looks like no Latin one (``5 μm``), a lone Greek letter
    (``α-particle``), a Greek letter glued to a name as a symbol (``TNFα``), and a word the source writes
    the same way.

    Example:
        bad: The method was simple: order out of chaos, τhe old formula.
        bad: The cutbacks of the southern countries of the ΕU are deep.
        bad: The talks in Moscоw ended on Friday.
        good: The method was simple: order out of chaos, the old formula; α-particles and TNFα at 5 μm.
    """

    code = "F106"
    name = "mixed-script-word"
    category = "fluency"
    subcategory = "character-encoding"
    severity = Severity.MINOR
    screen = staticmethod(_screen)

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        written = ctx.target.scripts
        if not written:
            return  # a profile that does not say which scripts it writes: no word mixes them
        look = lookalikes()
        kept = None
        text = segment.text
        for m in LETTERS_RE.finditer(text):
            word = m.group()
            if word.isascii():
                continue
            foreign = [i for i, ch in enumerate(word) if script_of(ch) not in written]
            if not foreign or len(foreign) == len(word):
                continue  # all the target's letters (accents, ª), or a whole word of another script
            if any(word[i] not in look or script_of(look[word[i]]) not in written for i in foreign):
                continue  # a letter that looks like none of the target's: not a homoglyph
            fixed = "".join(look[ch] if i in foreign else ch for i, ch in enumerate(word))
            if not _meant_as_letters(word, foreign, fixed, ctx.target):
                continue
            if kept is None:
                kept = joined_sources(sources)
            if word in kept:
                continue  # the source writes it so: its own spelling, copied
            letters = dict.fromkeys(word[i] for i in foreign)
            named = ", ".join(f"{ch} ({unicodedata.name(ch)}) for {look[ch]}" for ch in letters)
            scripts = " and ".join(dict.fromkeys(script_of(ch) for ch in letters))
            one = len(letters) == 1
            yield self.issue(
                segment, m.start(), m.end(),
                f"{quoted(word)} has {'a ' if one else ''}{scripts} letter{'' if one else 's'} that only "
                f"look{'s' if one else ''} {script_of(look[next(iter(letters))])}: {named}; searches and "
                f"spell-checkers miss the word. Write {quoted(fixed)}.",
                fixed)
