"""Non-words (F2xx): tokens that are not English.

A token unknown to both the Hunspell dictionaries and wordfreq is not yet a
defect: news is full of names, rare words and coinages (``planemaker``,
``ecotax``). The check reports an unknown token only with a reason to
believe it is wrong, and says which:

* it is a French word (frequent in French, e.g. ``fillette``), or copied
  from the aligned source;
* it is a French stem with an English ending (``Devancing`` from
  *devancer*, ``legitimity`` from *légitimité*; table in
  ``data/derivation.toml``), the typical calque of a system that has no
  translation for the word;
* it is a name the source writes with a capital (``djermoune``);
* it is an English word with an impossible inflection (``informations``,
  ``injureds``).

Capitalised tokens are names unless they open a sentence and carry a
French-derived ending; hyphenated compounds, acronyms, camel case (left to
F101) and words inside a French fragment (left to the source-text checks)
are not looked at.
"""
from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from typing import Iterator, Optional

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.lexicon import at_sentence_start, data_toml, fold, in_dictionary, zipf, zipf_folded
from mtqa.model import Issue, Segment, Severity

TOKEN_RE = re.compile(r"(?<![\w'’@#/.\-])[^\W\d_]+(?:['’][^\W\d_]+)*(?![\w@/\-]|['’]?-|\.[^\W\d_])")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@functools.lru_cache(maxsize=None)
def _suffixes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    rules = data_toml("derivation.toml")["rule"]
    return tuple(sorted(((r["en"], tuple(r["fr"])) for r in rules), key=lambda kv: -len(kv[0])))


@functools.lru_cache(maxsize=50_000)
def french_root(word: str, min_zipf: float = 2.0) -> Optional[str]:
    """The French word a non-word is built on (``devancing`` -> ``devancer``), or None.

    The French word must differ from the token by more than its accents: a
    French spelling used as such (a name like ``Tsahal``) is not a derivation.
    """
    low = word.lower()
    for en_end, fr_ends in _suffixes():
        if not low.endswith(en_end) or len(low) - len(en_end) < 3:
            continue
        stem = low[: len(low) - len(en_end)]
        for fr_end in fr_ends:
            if stem + fr_end == low:
                continue
            z, spelled = zipf_folded(stem + fr_end, "fr")
            if z >= min_zipf and fold(spelled) != fold(low) and zipf(spelled) < 1.0 and not in_dictionary(spelled):
                return spelled
    return None


def _bad_inflection(word: str) -> Optional[str]:
    """``informations`` -> ``information``: an English word with an ending it cannot take."""
    low = word.lower()
    for end in ("es", "s", "ed", "d"):
        stem = low[: -len(end)]
        if low.endswith(end) and len(stem) >= 4 and in_dictionary(stem) and zipf(stem) >= 3.0:
            return stem
    return None


def _function_words(ctx) -> tuple[frozenset, frozenset]:
    def build():
        src, tgt = ctx.source.word_set("function_words"), ctx.target.word_set("function_words")
        return src - tgt, ctx.source.word_set("elisions")

    return ctx.resource("nonwords.function_words", build)


def in_source_fragment(text: str, start: int, end: int, ctx, window: int = 3) -> bool:
    """True when a source-language function word or elision is within ``window`` words."""
    src_words, elisions = _function_words(ctx)
    before = _WORD_RE.findall(text[max(0, start - 60):start])[-window:]
    after = _WORD_RE.findall(text[end:end + 60])[:window]
    for w in before + [text[start:end]] + after:
        low = w.lower().replace("’", "'")
        head, apos, _ = low.partition("'")
        if low in src_words or (apos and head in elisions):
            return True
    return False


@functools.lru_cache(maxsize=100_000)
def _unknown(token: str, max_english_zipf: float, elisions: frozenset) -> bool:
    """A token (possessive aside) of three letters or more, in lowercase or capitalised, that is no
    French elision and that neither the dictionaries nor wordfreq know as English: a non-word
    candidate for :class:`NonWord` (cached: the same words recur in every document)."""
    word = token[:-2] if token.endswith(("'s", "’s")) else token  # a possessive
    if len(word) < 3 or word.isupper() or not _plain_case(word[1:]):
        return False
    if "'" in word or "’" in word:
        head, apos, _ = word.lower().replace("’", "'").partition("'")
        if apos and head in elisions:
            return False  # l'équipe, d'Elon: source text, reported by the source-text checks
    return not (in_dictionary(word) or zipf(word) >= max_english_zipf)


def _plain_case(rest: str) -> bool:
    """No capital in ``rest`` (the word after its first letter): not camel case."""
    return rest.islower() or not any(c.isupper() for c in rest)  # islower first: the usual case, at C speed


@register
@dataclass
class NonWord(SegmentCheck):
    """A token that is not an English word: French left in, French-derived or misinflected.

    Why it matters: a non-word stops the reader, and in MT output it is
    almost always a word the system could not translate: a French word
    copied through (``fillette``), a French verb given an English ending
    (``Devancing`` for *devançant*, "ahead of"), or a plural English does
    not have (``informations``). French-looking tokens are major; the
    others minor. Unknown tokens without such evidence (names, rare words,
    coinages, hyphenated compounds) are left alone.

    Example:
        bad: The capsule landed.\\n\\nDevancing an American project with Tom Cruise, the team took off on October 5.
        good: The capsule landed.\\n\\nAhead of an American project with Tom Cruise, the team took off on October 5.
        good: The capsule landed.\\n\\nThe planemaker Embraer, at the Louvre with Laurence des Cars, visited Les Gets.
    """

    code = "F201"
    requires_dictionary = True
    name = "non-word"
    category = "fluency"
    subcategory = "spelling"
    severity = Severity.MAJOR
    suppressed_by = ("A201", "A204")
    max_english_zipf: float = 1.0
    min_french_zipf: float = 2.5
    min_root_zipf: float = 2.0

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        text = segment.text
        _, elisions = _function_words(ctx)
        tokens = TOKEN_RE.findall(text)
        if not any(map(_unknown, tokens, itertools.repeat(self.max_english_zipf), itertools.repeat(elisions))):
            return  # every word is English (the usual case): decided on the cached word tests alone
        source = " ".join(s.text for s in sources)
        for m in TOKEN_RE.finditer(text):
            token = m.group(0)
            if not _unknown(token, self.max_english_zipf, elisions):
                continue
            word = token[:-2] if token.endswith(("'s", "’s")) else token  # a possessive
            start, end = m.start(), m.start() + len(word)
            capital = word[0].isupper()
            if capital and not at_sentence_start(text, start):
                continue  # a name
            if in_source_fragment(text, start, end, ctx):
                continue
            found = self._judge(word, capital, source)
            if found:
                message, suggestion, severity = found
                yield self.issue(segment, start, end, message, suggestion, severity=severity)

    def _judge(self, word: str, capital: bool, source: str):
        low = word.lower()
        root = french_root(low, self.min_root_zipf)
        if capital:
            if root:
                return (f"{word!r} is not English: a French word ({root!r}) with an English ending.",
                        None, Severity.MAJOR)
            return None
        copied = bool(source) and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", source) is not None
        fr = zipf(low, "fr")
        if fr >= self.min_french_zipf or (copied and fr >= 1.0):
            return (f"{word!r} is French, not English" + (" (copied from the source)." if copied else "."),
                    None, Severity.MAJOR)
        if root:
            return (f"{word!r} is not English: a French word ({root!r}) with an English ending.",
                    None, Severity.MAJOR)
        if source:
            named = re.search(rf"(?<!\w){re.escape(word[0].upper() + word[1:])}(?!\w)", source)
            if named:
                return (f"{word!r} is a name written in lowercase; the source writes {named.group(0)!r}.",
                        named.group(0), Severity.MINOR)
        stem = _bad_inflection(low)
        if stem:
            return (f"{word!r} is not an English word form ({stem!r} takes no such ending).",
                    stem, Severity.MINOR)
        return None
