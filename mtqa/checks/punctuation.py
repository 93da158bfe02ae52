"""Punctuation and quotes (L2xx): French typography carried into English.

French puts a space before ``: ; ! ?``, quotes with ``« »`` and MT joins
sentences without a space (``cosmonaut.Two``) or stacks terminal marks
around a closing quote (``"All is well!".``). Each pattern here is narrow on
purpose: abbreviations (``U.S.``, ``e.g.``), initials, decimals, domains
(``AFP.com``) and URLs never match, because a checker that flags correct
punctuation is switched off by its users.
"""
from __future__ import annotations

import re
from typing import Iterator

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.evidence import marked_address
from mtqa.langs.data import built_from, char_class, data_toml
from mtqa.model import Issue, Segment, Severity
from mtqa.langs.cache import TABLES, memoize
from mtqa.records import record
from mtqa.words import LETTERS_RE as _WORD_RE

_SPACES = "[ \u00a0\u202f\u2009]"


@memoize(TABLES)
@built_from("punctuation.toml")
def rules() -> dict:
    data = data_toml("punctuation.toml").copy()  # not dict(): a $MTQA_DATA copy keeps its fallback
    quotes = "".join(re.escape(q) for q in data["foreign_quotes"])
    data["_space_before_re"] = re.compile(
        rf"(?<=[^\s\d\-–—(\[«‹„\"“'‘/])(?P<space>{_SPACES}+)(?P<mark>{char_class(data['spaced_marks'])}+)(?=[\s\"”»’')\]]|$)"
    )
    opening = char_class(q for q in data["foreign_quotes"] if q in "«‹„")
    closing = char_class(q for q in data["foreign_quotes"] if q in "»›“")
    data["_pair_re"] = re.compile(  # "[^...]" of no quotes is any character but a line break, as it should be
        rf"(?P<open>{opening}){_SPACES}*(?P<inner>[^{quotes}\n]*?){_SPACES}*(?P<close>{closing})"
    )
    data["_mark_chars"] = tuple(dict.fromkeys("".join(data["spaced_marks"])))
    data["_quote_chars"] = tuple(dict.fromkeys("".join(data["foreign_quotes"])))
    data["_lone_re"] = re.compile(rf"(?P<open>{opening}){_SPACES}*|{_SPACES}*(?P<close>{closing})")
    return data


def _has_any(text: str, chars: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``chars`` (a pre-screen: one substring scan per character)."""
    for char in chars:
        if char in text:
            return True
    return False


def _stands_alone(text: str, m: re.Match) -> bool:
    """Whether the question or exclamation marks after a sentence closed by a full stop stand on their
    own (``It was sold. ?!?``, a reader's puzzled reply): marks of their own, not marks spaced off their
    word. After an ellipsis they still end the sentence (``So big… !!`` is French spacing)."""
    before = text[:m.start()]
    return before.endswith(".") and not before.endswith("..") \
        and not set(m.group("mark")) & set(rules()["clause_marks"])


def _emoticon(text: str, m: re.Match) -> bool:
    """The spaced mark opens an emoticon standing as a word of its own (``pleased ;)``, ``:-(``); a face
    ending with a closing bracket is that bracket when an opened one waits for it (``(or was it ;)``)."""
    at = m.start("mark")
    for face in rules()["emoticons"]:
        if text.startswith(face, at):
            end = at + len(face)
            if face.endswith(")") and text.count("(", 0, at) > text.count(")", 0, at):
                return False
            return end == len(text) or text[end].isspace()
    return False


def _any_mark(text: str) -> bool:
    return _has_any(text, rules()["_mark_chars"])


def _any_quote(text: str) -> bool:
    return _has_any(text, rules()["_quote_chars"])


@register
@record
class SpaceBeforePunctuation(SegmentCheck):
    """French spacing before a colon, semicolon, question or exclamation mark (``said :``).

    Why it matters: English sets ``: ; ! ?`` against the word before them;
    the French space looks like a typing error to English readers and lets
    the mark wrap to the next line. Numbers on both sides (``2 : 1``),
    marks after an opening bracket, quote or dash, and emoticons set off as
    words (``;)``, data: ``emoticons``) are left alone.

    Example:
        bad: Why did the team land so early ? Nobody knows.
        good: Why did the team land so early? Nobody knows.
    """

    code = "L201"
    name = "space-before-punctuation"
    category = "locale-convention"
    subcategory = "punctuation"
    severity = Severity.MINOR
    screen = staticmethod(_any_mark)

    def check(self, segment: Segment, sources: list[Segment], ctx) -> list[Issue]:
        text = segment.text
        out: list[Issue] = []
        if not _any_mark(text):
            return out  # no colon, semicolon, question or exclamation mark at all
        for m in rules()["_space_before_re"].finditer(text):
            if marked_address(text, m.start(), m.end()) or _stands_alone(text, m) or _emoticon(text, m):
                continue
            out.append(self.issue(segment, m.start(), m.end(),
                             f"{ctx.source.name} spacing before {quoted(m.group('mark'))}: {ctx.target.name} has no space there.",
                             m.group("mark")))
        return out


@register
@record
class ForeignQuotationMarks(SegmentCheck):
    """French quotation marks (``« »``) in English text.

    Why it matters: guillemets are not English punctuation; English news
    quotes with double quotation marks, and the French spaces inside the
    guillemets come along (``« effervescence »``). The whole quotation is
    the span, so the suggestion replaces both marks and drops the spaces;
    an unpaired mark (a quote running over several sentences) is flagged
    alone.

    Example:
        bad: The researchers said the mice «were calmer» afterwards.
        good: The researchers said the mice "were calmer" afterwards.
    """

    code = "L202"
    name = "foreign-quotation-marks"
    category = "locale-convention"
    subcategory = "punctuation"
    severity = Severity.MINOR
    screen = staticmethod(_any_quote)

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        if not _any_quote(segment.text):
            return ()  # no guillemet or other foreign quotation mark: both patterns need one
        return self._issues(segment, ctx)

    def _issues(self, segment: Segment, ctx) -> Iterator[Issue]:
        text = segment.text
        table = rules()["foreign_quotes"]
        covered = []
        for m in rules()["_pair_re"].finditer(text):
            fixed = table[m.group("open")] + m.group("inner") + table[m.group("close")]
            covered.append((m.start(), m.end()))
            yield self.issue(segment, m.start(), m.end(),
                             f"{ctx.source.name} quotation marks: {ctx.target.name} uses double quotation marks without inner spaces.",
                             fixed)
        for m in rules()["_lone_re"].finditer(text):
            if any(a <= m.start() < b for a, b in covered):
                continue
            mark = m.group("open") or m.group("close")
            yield self.issue(segment, m.start(), m.end(),
                             f"{ctx.source.name} quotation mark {quoted(mark)}: {ctx.target.name} uses double quotation marks.",
                             table[mark])


_SENTENCE_GLUE_RE = re.compile(
    r"(?<![\w.@/#&'’-])(?P<before>[^\W\d_]*[^\W\d_A-Z]{2})(?P<mark>[.!?]+)(?P<quote>[\"”’)]?)"
    r"(?P<after>[A-Z][^\W\d_]*(?:['’][^\W\d_]+)?(?![\w.@/])|[A-Z][^\W\d_]{0,2}(?=\.[ \u00a0]?[A-Z][^\W\d_]))"
)
"""A lowercase word of two letters or more, terminal marks, an optional closing quote and a capitalised word: either
a whole word (no full stop, address or further word character after it: ``news.Yahoo.com`` is a domain) or a
title or an initial of up to three letters whose own full stop starts a name (``family.M.Poutine``,
``talks.Mr.Smith``: two sentences run together where the second opens with an abbreviated title)."""
_CLAUSE_GLUE_RE = re.compile(
    r"(?<![\w.@/#&-])(?P<before>[^\W\d_]{2,}[\"”)]?)(?P<mark>[,;])(?P<after>[\"“(]?[^\W\d_]{2,})(?![\w.@/])"
)


# Substrings every match of the patterns above contains: a cheap search rules most segments out.
_SENTENCE_GLUE_SCREEN = re.compile(r"[.!?][\"”’)]?[A-Z]")
_CLAUSE_GLUE_SCREEN = re.compile(r"[,;][\"“(]?[^\W\d_]")


def _glue_screen(text: str) -> bool:
    return _SENTENCE_GLUE_SCREEN.search(text) is not None or _CLAUSE_GLUE_SCREEN.search(text) is not None


_CLAUSE_END_RE = re.compile(r"[,;:.!?]")


def _quote_balance(text: str) -> int:
    return text.count('"') + text.count("”") + text.count("»") - text.count("“") - text.count("«")


def _closes_quote(text: str, index: int, reporting: frozenset[str]) -> bool:
    """True when the straight or curly double quote at ``index`` closes a quotation.

    An odd number of quotes before it opens a quotation it closes; an odd
    number after it holds its partner, so it opens one. A quote with no
    partner in the segment (the quotation began or goes on in another
    segment) closes when a speech tag follows it in the same clause
    (``too,"Köhler said.``) and opens otherwise.
    """
    if text[index] == "“":
        return False
    before = text[:index]
    if (before.count('"') + before.count("“") - before.count("”")) % 2 == 1:
        return True
    after = text[index + 1:]
    if _quote_balance(after) % 2 == 1:
        return False
    clause = _CLAUSE_END_RE.split(after, 1)[0]
    return any(w.lower() in reporting for w in _WORD_RE.findall(clause)[:4])


def _source_abbreviates(m: re.Match, sources: list[Segment]) -> bool:
    """The source writes the same capitalised word, a full stop and the same next word: an abbreviation
    inside a name, not two sentences run together."""
    before, after = m.group("before"), m.group("after")
    if not before[:1].isupper():
        return False
    for source in sources:  # what (?<!\w)before\.\s*after(?!\w), ignoring case, finds; no pattern built per glue
        text = source.text
        for stop in _STOPPED_WORD.finditer(text):
            end = stop.end() + len(after)
            if len(stop.group(1)) == len(before) and end <= len(text) and not _WORD_CHAR.match(text, end) \
                    and _same_ignoring_case(stop.group(1), before) and _same_ignoring_case(text[stop.end():end], after):
                return True
    return False


_STOPPED_WORD = re.compile(r"(?<!\w)([^\W\d_]+)\.\s*")
"""A word of letters, a full stop and the spaces after it: where a source can write ``Arch. design``."""
_WORD_CHAR = re.compile(r"\w")


def _same_ignoring_case(a: str, b: str) -> bool:
    """``a`` and ``b`` are equal as ``re.IGNORECASE`` compares them (beyond ASCII it also pairs letters
    whose ``lower`` differ, ``ſ`` and ``s``: asked of the pattern itself there)."""
    if a.isascii() and b.isascii():
        return a.lower() == b.lower()
    return re.fullmatch(re.escape(a), b, re.IGNORECASE) is not None


@register
@record
class MissingSpaceAfterPunctuation(SegmentCheck):
    """No space after a full stop, question mark, comma or semicolon (``cosmonaut.Two``).

    Why it matters: two sentences or clauses run together read as one
    garbled token, and are usually a segment-joining error of the MT or
    CMS pipeline. A full stop needs a lowercase word of two letters or more
    before it and a capitalised word after it, so abbreviations and initials
    (``U.S.Army``, ``J.K.``, ``e.g.``), decimals (``3.5``), domains
    (``AFP.com``) and URLs never match; a word after the mark may be an
    abbreviated title or an initial of up to three letters with its own full
    stop before a name (``family.M.Poutine``: the next sentence opens with a
    French title); a comma or semicolon needs letters
    on both sides, so ``3,000`` never does. Honorifics glued to a name
    (``M.Rogozine``) are left to the honorific checks, and a capitalised word,
    a full stop and a word that the aligned source writes the same way
    (``Arch.Design`` for ``Arch. design``) are an abbreviation inside a
    name. When a quote sits
    between the mark and the word, the suggested space goes after a closing
    quote (``too," Weber said``) and before an opening one (``wrote, "she``);
    a quote with no partner in the segment closes when a verb of saying
    (``reporting_verbs`` of the target language) follows in its clause.

    Example:
        bad: She will save the life of a cosmonaut.Two Russian cosmonauts will appear in the film.
        bad: The Kremlin wrote to the widow.Mr.Dupont will reply on Friday.
        good: She will save the life of a cosmonaut. Two Russian cosmonauts will appear in the film.
        good: The U.S. agency told AFP.com on Sunday that it was 3.5 times larger, i.e. bigger.
    """

    code = "L203"
    name = "missing-space-after-punctuation"
    category = "locale-convention"
    subcategory = "punctuation"
    severity = Severity.MINOR
    screen = staticmethod(_glue_screen)

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        if not _glue_screen(segment.text):
            return ()  # the usual case
        return self._issues(segment, sources, ctx)

    def _issues(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        text = segment.text
        abbreviations = ctx.target.abbreviations_lower
        reporting = ctx.target.word_set("reporting_verbs")
        for regex, screen in ((_SENTENCE_GLUE_RE, _SENTENCE_GLUE_SCREEN), (_CLAUSE_GLUE_RE, _CLAUSE_GLUE_SCREEN)):
            if not screen.search(text):
                continue
            for m in regex.finditer(text):
                if marked_address(text, m.start(), m.end()):
                    continue
                if m.group("mark") == "." and m.group("before").lower() in abbreviations:
                    continue
                if m.group("mark") == "." and sources and _source_abbreviates(m, sources):
                    continue  # "Arch.Design" for the source's "Arch. design": an abbreviation in a name
                head = m.group("before") + m.group("mark") + (m.groupdict().get("quote") or "")
                after = m.group("after")
                if after[:1] in "\"“" and _closes_quote(text, m.start("after"), reporting):
                    head, after = head + after[0], after[1:]  # stability,"said -> stability," said
                yield self.issue(segment, m.start(), m.end(),
                                 f"No space after {quoted(m.group('mark'))}: two words run together.",
                                 head + " " + after)


_QUOTE_STACK_RE = re.compile(r"(?P<keep>(?:[!?]|(?<=[a-z])\.)[\"”’»])(?P<extra>\.)(?!\.)")
_DOUBLED_RE = re.compile(r"(?<![.])(?P<keep>\.)(?P<extra>\.)(?![.])|(?P<keep2>[,;!?])(?P<extra2>[,;.])(?!\.)")
_DOUBLED_SCREEN = re.compile(r"[\"”’».,;!?](?:(?<=[\"”’»])\.|(?<=[.,;!?])[,;.])")
"""Where a substring of every match of the two patterns above is: ``".`` or two of ``.,;!?`` (one class
first, so the engine skips to the marks at C speed)."""


@register
@record
class DoubledPunctuation(SegmentCheck):
    """Two terminal marks where English uses one (``"All is well!".``, ``..``, ``,,``).

    Why it matters: a sentence ends once. When a quotation ends with its own
    ``!``, ``?`` or ``.``, English adds no full stop after the closing
    quote; a doubled full stop or comma is a typing or joining error. The
    ellipsis (``...``), an abbreviation's period followed by a comma
    (``Inc.,``) and letters dotted out of a word on purpose (``f..king``;
    not after a whole function word, ``ran to..the house``, nor between two
    words, ``I am..tired``) are not doubled punctuation.

    Example:
        bad: The cosmonaut was greeted by the head of Roscosmos, to whom he called out: "All is well!".
        good: The cosmonaut was greeted by the head of Roscosmos, to whom he called out: "All is well!"
        good: Wait... the U.S. team, Acme Inc., arrived.
    """

    code = "L204"
    name = "doubled-punctuation"
    category = "locale-convention"
    subcategory = "punctuation"
    severity = Severity.MINOR
    screen = staticmethod(_DOUBLED_SCREEN.search)

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        if not _DOUBLED_SCREEN.search(segment.text):
            return ()
        return self._issues(segment, ctx.target.word_set("function_words"), ctx.target)

    def _issues(self, segment: Segment, function_words: frozenset, lang=None) -> Iterator[Issue]:
        text = segment.text
        seen = set()
        for m in _QUOTE_STACK_RE.finditer(text):
            seen.add(m.start("extra"))
            yield self.issue(segment, m.start(), m.end(),
                             "A full stop after a quotation that already ends with its own mark.", m.group("keep"))
        for m in _DOUBLED_RE.finditer(text):
            keep = m.group("keep") or m.group("keep2")
            start = m.start()
            if start + 1 in seen or start in seen:
                continue
            if m.group("keep2") and m.group("keep2") in "!?" and m.group("extra2") != ".":
                continue  # "?!" style emphasis and "Yahoo!," are not doubled marks
            if m.group("keep") and _censored(text, start, m.end(), function_words, lang):
                continue  # "a f..king plate": letters dotted out of a word on purpose
            yield self.issue(segment, start, m.end(), f"Doubled punctuation {quoted(m.group(0))}.", keep)


CENSORED_HEAD_MAX = 3
"""A word censored with dots keeps at most its first few letters before them (``f..king``, ``put..n``):
a longer run before two dots is a whole word run into the next (``anything..then``)."""


def _censored(text: str, start: int, end: int, function_words: frozenset = frozenset(), lang=None) -> bool:
    """Two dots between lower-case letters of one word, after its first one to three letters; a
    function word before them is a whole word run into the next (``to..the``, ``it..so``), and so
    are two dictionary words of two letters or more (``am..tired``: a censored word keeps a part of
    itself that is no word on one side, ``f..king``, ``put..n``) when the head is also a word of
    everyday use (``WHOLE_HEAD_MIN_ZIPF``): a dictionary lists short abbreviations too, which a
    censored word's first letters often spell (``fu..king``, ``di..head``, ``bu..shit``)."""
    head = len(text[:start]) - len(text[:start].rstrip("abcdefghijklmnopqrstuvwxyz"))
    if not (0 < head <= CENSORED_HEAD_MAX and text[end:end + 1].islower()
            and (start - head == 0 or not text[start - head - 1].isalnum())
            and text[start - head:start] not in function_words):
        return False
    if lang is None or head < 2:
        return True
    tail = _LOWER_RUN_RE.match(text, end).group(0)
    word = text[start - head:start]
    return not (len(tail) >= 2 and lang.in_dictionary(word) and lang.zipf(word) >= WHOLE_HEAD_MIN_ZIPF
                and lang.in_dictionary(tail))


WHOLE_HEAD_MIN_ZIPF = 5.5
"""How often the target language uses a short head before two dots for it to be a whole word run into
the next (am 5.8, go 6.0, see 6.1, got 5.9) rather than the kept letters of a censored word, which the
dictionary may list as abbreviations (fu 3.9, di 4.3, bu 3.5, co 5.2, st 5.2)."""


_LOWER_RUN_RE = re.compile(r"[a-z]*")


_SPACE_BEFORE_COMMA_RE = re.compile(
    rf"(?<=[\w\"”’)\]%]){_SPACES}+(?P<mark>[,.])(?=[\s\"”’)]|$|(?P<glued>(?<=,)[^\W\d_]))"
)
_SPACE_BEFORE_COMMA_SCREEN = re.compile(rf"{_SPACES}[,.]")


@register
@record
class SpaceBeforeCommaOrPeriod(SegmentCheck):
    """A space before a comma or a full stop (``heater , said``, ``in the market .``).

    Why it matters: it is a tokenisation artefact of the MT pipeline, not
    English typography, and it lets the mark wrap to the start of a line.
    A period that starts a token (``.NET``, ``.22 rifle``, ``...``) is not
    matched.

    Example:
        bad: The fire was caused by a gas leak from a faulty water heater , said the prosecutor .
        good: The fire was caused by a gas leak from a faulty water heater, said the prosecutor.
        good: The company uses .NET and sells a .22 rifle.
    """

    code = "L205"
    name = "space-before-comma-or-period"
    category = "locale-convention"
    subcategory = "punctuation"
    severity = Severity.MINOR
    screen = staticmethod(_SPACE_BEFORE_COMMA_SCREEN.search)

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        if not _SPACE_BEFORE_COMMA_SCREEN.search(segment.text):
            return ()
        return self._issues(segment)

    def _issues(self, segment: Segment) -> Iterator[Issue]:
        text = segment.text
        for m in _SPACE_BEFORE_COMMA_RE.finditer(text):
            fixed = m.group("mark") + (" " if m.group("glued") else "")
            yield self.issue(segment, m.start(), m.end(), f"Space before {quoted(m.group('mark'))}.", fixed)
