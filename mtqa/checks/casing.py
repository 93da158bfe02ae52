"""Case (F3xx): the same common word capitalised differently within a document (F301), and words English
capitalises in every use written in lower case (F302).

MT decides capitalisation sentence by sentence, so one article ends up with
``earth`` and ``Earth``, ``the Cosmonaut`` and ``the cosmonaut``. The check
compares the mid-sentence occurrences of every common word (one the
dictionary knows in lowercase) and flags the minority form, or the form
a style table (``data/case_style.toml``) rules out.

Legitimate differences are not counted: sentence and quotation openings,
title-case headlines, capitalised words inside a multiword name
(``International Space Station``, ``the Orbital Laboratory``; ``the Research
institute``, a name whose later words the output left in lowercase), titles right
before a name (``President Obama`` next to ``the president``), the portfolio after
an office (``the minister of the Health``) and idioms the table lists (``down to
earth``).
"""
from __future__ import annotations

import collections
import os
import re
from typing import Iterator, Optional

from mtqa.checks.base import DocumentCheck, SegmentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.evidence import in_address
from mtqa.langs import at_sentence_start, fold
from mtqa.langs.data import alternation, built_from, data_toml
from mtqa.langs.wordtrie import trie_alternation
from mtqa.model import DocumentPair, Issue, Role, Segment, Severity
from mtqa.names.mentions import name_word, particles, titled_name_particles
from mtqa.names.name_classes import lowered_class_nouns
from mtqa.numbers import conventions as number_conventions
from mtqa.langs.cache import FEW_SOURCES, SOME_WORDS, TABLES, memoize
from mtqa.records import record
from mtqa.segment import headline_like, title_case
from mtqa.words import CASED_WORD_RE as TOKEN_RE, UPPER, text_words


def _token_words(text: str, ctx) -> list[str]:
    """``TOKEN_RE.findall(text)``: without an apostrophe these are the words of the run's split of the text
    (:mod:`mtqa.words`), already made for the other checks."""
    if "'" in text or "’" in text:
        return TOKEN_RE.findall(text)
    return text_words(text, ctx).words


_CAMEL_HEAD = re.compile(r"^[A-Z][^\W\d_A-Z]+")
# a quotation closes with its mark or, left open (a quote running on, a reference that lost the mark),
# at the segment's end
_QUOTED_RE = re.compile(r"[\"“«]([^\"”»]{3,120})(?:[\"”»]|$)")


@memoize(TABLES)
@built_from("case_style.toml")
def style() -> dict:
    data = data_toml("case_style.toml").copy()  # not dict(): a $MTQA_DATA copy keeps its fallback
    data["_descriptive"] = frozenset(data["descriptive_before"])
    # the days and months are the language's calendar names (numbers/<lang>.toml), owned there once; F302
    # reads those that are no other word in lower case ("may", "march", "august" are: calendar_homographs)
    calendar = number_conventions(data["language"])
    data["_temporal"] = frozenset(calendar.calendar_names)
    data["_calendar"] = tuple(name.lower() for name in calendar.calendar_names
                              if name.lower() not in calendar.misc.get("calendar_homographs", ()))
    data["_connectors"] = frozenset(data["connectors"])
    data["_weak"] = frozenset(data["weak_connectors"])
    data["_variable"] = frozenset(data["variable_case"])
    data["_name_heads"] = frozenset(data["name_heads"])
    data["_offices"] = frozenset(data["offices"])
    data["_words"] = {w["lower"]: w for w in data.get("word", [])}
    data["_always_titles"] = frozenset(data["titles_always_capitalised"])
    data["_name_titles"] = frozenset(data["titles_before_names"])
    data["_bare_titles"] = frozenset(data["titles_bare_before_names"])
    data["_title_modifiers"] = frozenset(data["title_modifiers"]) | data["_descriptive"]
    data["_common_phrases"] = tuple(data["nationality_common_phrases"])
    return data



@memoize(SOME_WORDS)
def _countable(word: str, min_length: int) -> bool:
    """Long enough, and not all capitals or camel case (``NASA``, ``iPhone``)."""
    if len(word) < min_length or word.isupper():
        return False
    rest = word[1:]
    return rest.islower() or not any(c.isupper() for c in rest)  # islower first: the usual case, at C speed


@record
class _Occurrence:
    segment: Segment
    start: int
    end: int
    word: str


def _capitalised_words(text: str) -> frozenset:
    """The words of ``text`` written with a capital (kept per text: a source comes back for every system)."""
    return frozenset(w for w in TOKEN_RE.findall(text) if w[0].isupper())


def _mid_capitals(text: str) -> frozenset:
    """The words of ``text`` capitalised in mid-sentence, in lower case without accents (``Loi de
    l'Énergie`` gives ``loi``, ``energie``): words the writer chose to capitalise."""
    out = set()
    for m in TOKEN_RE.finditer(text):
        token = m.group(0)
        if token.islower():
            continue  # no capital anywhere in it, so none opening its part after an elision: most words, at C speed
        word = _ELIDED_RE.sub("", token)  # "l'Énergie": the word after the elision
        if word[:1].isupper() and not at_sentence_start(text, m.start()):
            out.add(fold(word))
    return frozenset(out)


_ELIDED_RE = re.compile(r"^[^\W\d_]+['’]")


COGNATE_PREFIX = 5
"""Letters a capitalised target word and a capitalised source word must begin with alike (without
accents) to be read as one word in two languages (``Energy``/``Énergie``, ``Strategy``/``Stratégie``) ..."""
COGNATE_SHARE = 0.7
"""... and the share of the longer word that common beginning must cover."""


_ENTITY_BEFORE = re.compile(r"&(?:#[0-9]{1,6}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});[ \u00a0]*$")


def _opens_after_entity(text: str, start: int) -> bool:
    """The word at ``start`` opens a sentence or a quotation once the HTML character reference written
    before it is read as the mark it stands for (``&quot;You like me?&quot;``: web-scraped MT output
    keeps ``&quot;`` escaped; the ``;`` would otherwise make ``You`` a mid-sentence capital)."""
    if "&" not in text[max(0, start - 42):start]:
        return False
    m = _ENTITY_BEFORE.search(text, max(0, start - 42), start)
    if m is None:
        return False
    import html  # here, not at start-up: a one-line check imports no html (tests/test_startup_imports.py)

    entity = m.group().rstrip(" \u00a0")
    mark = html.unescape(entity)
    if mark.startswith("&"):
        return False  # no character reference HTML knows: the text's own ampersand
    read = text[:m.start()] + mark + text[m.start() + len(entity):start]  # the spaces after it kept
    return at_sentence_start(read + text[start:], len(read))


def _source_capitalises(form: str, source_capitals: frozenset) -> bool:
    """Whether the source capitalises, in mid-sentence, the same word as the target's capitalised
    ``form``, in the source's spelling: the capital follows the source (a law's or a post's name)."""
    word = fold(form)
    if len(word) < COGNATE_PREFIX:
        return False
    for other in source_capitals:
        if other[:COGNATE_PREFIX] != word[:COGNATE_PREFIX]:
            continue
        common = len(os.path.commonprefix([word, other]))
        if common >= COGNATE_SHARE * max(len(word), len(other)):
            return True
    return False


def _positions(words: list[str], wanted: set) -> list[int]:
    """Where the ``wanted`` words are in ``words``, in order (found with ``list.index``, at C speed)."""
    out = []
    for word in wanted.intersection(words):
        i = words.index(word)
        while True:
            out.append(i)
            try:
                i = words.index(word, i + 1)
            except ValueError:
                break
    return sorted(out)


def _may_keep(word: str, data: dict, lang) -> bool:
    """The filters of :meth:`InconsistentCapitalisation._kept` that read the word alone: a common word,
    not a title or a name-like word (unless the style table has it), in the dictionary if capitalised."""
    low = word.lower()
    if not data["_words"].get(low) and (low in data["_variable"] or lang.has_proper_stem(low)):
        return False  # titles, institutions, and words that are also names (French, Martin)
    if not lang.is_common_word(word):
        return False
    return word.islower() or lang.in_dictionary(low)


def _joined(text: str, left: re.Match, right: re.Match) -> bool:
    """Only spaces between two tokens (no punctuation breaking a name), or the apostrophe of a
    possessive (``Women's Institute``: the tokens are ``Women``, ``s``, ``Institute``)."""
    between = text[left.end():right.start()].strip()
    return between in ("", "&") or (between in ("'", "’") and right.group(0) in ("s", "S"))


def _hyphenated(text: str, tok: re.Match) -> bool:
    return text[tok.end():tok.end() + 1] == "-" or text[tok.start() - 1:tok.start()] == "-"


def _capitalised(text: str, tok: re.Match) -> Optional[str]:
    """The capitalised word of a token (``AgencyRussian`` -> ``Agency``), or None."""
    word = tok.group(0)
    if not word[0].isupper():
        return None
    head = _CAMEL_HEAD.match(word)
    return head.group(0) if head else word


def _capital_is_legitimate(text: str, tokens: list[re.Match], i: int, lang) -> bool:
    """A capitalised common word that belongs to a multiword name or is a title before one."""
    data = style()
    # to the left: a capitalised word, possibly across connectors (Court of Appeals)
    j, bridged, weak = i - 1, 0, False
    while j >= 0 and _joined(text, tokens[j], tokens[j + 1]):
        word = _capitalised(text, tokens[j])
        if word:
            if weak and not lang.is_common_word(word):
                break  # "Earth in Kazakhstan": a place after "in", not one name
            # a sentence's first word may be capitalised only as the first: it makes a name only when it
            # is no common word ("Austria's Pavilion" opening a sentence; "Cars of the Future" does not)
            opener = at_sentence_start(text, tokens[j].start()) and lang.is_common_word(word)
            if not (opener and (bridged or word.lower() in data["_descriptive"])):
                return True  # Royal Bank, Pitcairn Island, Court of Appeals
            break
        link = tokens[j].group(0)
        if bridged and link.lower() in data["_offices"] and tokens[j + 1].group(0) in ("of", "for"):
            return True  # the minister of the Health: a portfolio, named as its office's title names it
        if link not in data["_connectors"] or bridged >= 2 or (bridged and tokens[j + 1].group(0) == "the" and link == "and"):
            break  # "Klim Chipenko and the Cosmonaut" is a list, not one name
        weak = weak or link in data["_weak"]
        j, bridged = j - 1, bridged + 1
    # to the right: the head of a name whose later words lost their capitals (the Trade agreement), or
    # the last word of a name its acronym follows (South American-arab Countries (ASPA))
    if _ACRONYM_AFTER.match(text, tokens[i].end()):
        return True
    if i + 1 < len(tokens) and _joined(text, tokens[i], tokens[i + 1]) and tokens[i + 1].group(0) in data["_name_heads"]:
        return True
    j, bridged, weak = i + 1, 0, False
    while j < len(tokens) and _joined(text, tokens[j - 1], tokens[j]):
        word = _capitalised(text, tokens[j])
        if word:
            if word in data["_temporal"]:
                return False  # returned to Earth Sunday
            if weak and not lang.is_common_word(word):
                break
            if bridged or lang.is_common_word(word):
                return True  # Space Agency, Head of State, Bank of Scotland
            # a title right before a name, unless a determiner makes it a description
            k = i - 1
            if k >= 0 and _joined(text, tokens[k], tokens[k + 1]):
                return tokens[k].group(0).lower() not in data["_descriptive"]
            return True
        if tokens[j].group(0) not in data["_connectors"] or bridged >= 2:
            break
        weak = weak or tokens[j].group(0) in data["_weak"]
        j, bridged = j + 1, bridged + 1
    return False


_ACRONYM_AFTER = re.compile(r"[ \u00a0]*\([ \u00a0]*[A-Z][A-Z&]+[ \u00a0]*\)")
"""A parenthesised acronym right after a word: the word ends the name the acronym shortens."""


def _title_spans(text: str, lang) -> list[tuple[int, int]]:
    """Quoted titles in title case ("Early Puberty in Girls", "Who's Who in the European Union?"): their
    words are not counted."""
    return [m.span(1) for m in _QUOTED_RE.finditer(text)
            if title_case(m.group(1), lang, first_is_start=False) or _every_word_capitalised(m.group(1), lang)]


def _every_word_capitalised(text: str, lang) -> bool:
    """Every word of ``text`` but its function words and single letters capitalised, two at least after the
    first: a title too short in long common words for :func:`title_case` to tell (``Who's Who in the
    European Union?``)."""
    words = TOKEN_RE.findall(text)
    if not words or not words[0][:1].isupper():
        return False
    content = [w for w in words[1:] if len(w) > 1 and w.lower() not in lang.function_words]  # not a possessive's s
    return len(content) >= 2 and all(w[:1].isupper() for w in content)


def _in_phrase(text: str, start: int, end: int, phrases) -> bool:
    low = text.lower()
    for phrase in phrases:
        for m in re.finditer(re.escape(phrase.lower()), low[max(0, start - len(phrase)):end + len(phrase)]):
            a = m.start() + max(0, start - len(phrase))
            if a <= start and a + len(phrase) >= end:
                return True
    return False


@register
@record
class InconsistentCapitalisation(DocumentCheck):
    """The same word is capitalised in some places and not in others (``earth`` / ``Earth``).

    Why it matters: inconsistent case looks careless and can change meaning
    (``Earth`` the planet, ``earth`` the soil). Every occurrence of the
    minority form is flagged with the majority form as suggestion, unless
    the style table says which form is right for the document's subject
    (``Earth`` in an article about space). Sentence openings, title-case
    headlines, multiword names (also one the output lowercased after its first
    word: ``the Trade agreement``, or one its acronym follows: ``Arab Countries
    (ASPA)``), the portfolio after an office (``the minister of the Health``)
    and titles before names are not counted; a
    quotation mark the output left as an HTML character reference
    (``&quot;You like me?&quot;``) opens its quotation as the mark would.

    Example:
        bad: Crew returns\\n\\nThe capsule returned to earth after 12 days in space. The crew left the space station and landed on Earth in Kazakhstan.
        good: Crew returns\\n\\nThe capsule returned to Earth after 12 days in space. The crew left the International Space Station and landed on Earth in Kazakhstan.
    """

    code = "F301"
    requires_dictionary = True
    name = "inconsistent-capitalisation"
    category = "fluency"
    subcategory = "capitalization"
    severity = Severity.MINOR
    min_length: int = 3

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        segments = pair.target.segments
        # The filters only drop occurrences, so a word written one way throughout
        # the document can never be reported, nor one whose capitalised form is
        # always excused. First, cheaply (whole lists, C speed): the words written
        # in two forms at all.
        seg_words = [_token_words(seg.text, ctx) for seg in segments]
        vocabulary: Optional[collections.Counter] = None  # counted only when a word is about to be reported
        spellings = set().union(*seg_words)
        by_low = self._case_variants(spellings, self.min_length)
        two_ways = [forms_of for forms_of in by_low.values() if len(forms_of) > 1]
        # Then the filters on the capitalised forms (rarer than the lowercase
        # ones), and on the lowercase forms of the words whose capitals survive.
        kept = self._kept(segments, seg_words, {w for forms_of in two_ways for w in forms_of if not w.islower()}, ctx.target)
        lowercase = {occ.word.lower() for _, occ in kept}
        kept += self._kept(segments, seg_words, {w for w in lowercase if w in by_low.get(w, ())}, ctx.target)
        kept.sort(key=lambda item: item[0])  # document order
        kept_forms: dict[str, set[str]] = {}
        for _, occ in kept:
            kept_forms.setdefault(occ.word.lower(), set()).add(occ.word)
        # Last, the headline test (a whole-segment one), only on segments holding a word still written two ways.
        headline: dict[int, bool] = {}
        forms: dict[str, dict[str, list[_Occurrence]]] = {}
        for _, occ in kept:
            low = occ.word.lower()
            if len(kept_forms[low]) < 2:
                continue
            seg = occ.segment
            if seg.index not in headline:
                headline[seg.index] = headline_like(seg, ctx.target)
            if not headline[seg.index]:
                forms.setdefault(low, {}).setdefault(occ.word, []).append(occ)
        source_words: Optional[set[str]] = None
        source_capitals: Optional[frozenset] = None
        for low, by_form in forms.items():
            if len(by_form) < 2:
                continue
            if source_words is None:  # read only when some word is written two ways
                source_words = set().union(*(ctx.memo("casing.capitalised", seg.text, lambda text=seg.text: _capitalised_words(text), bound=FEW_SOURCES)
                                             for seg in (pair.source.segments if pair.source is not None else ())))
            if any(form in source_words for form in by_form if not form.islower()):
                continue  # the source writes it capitalised too: a name (Frontier, Business for Britain)
            if source_capitals is None:
                source_capitals = frozenset().union(*(ctx.memo("casing.mid_capitals", seg.text, lambda text=seg.text: _mid_capitals(text), bound=FEW_SOURCES)
                                                      for seg in (pair.source.segments if pair.source is not None else ())))
            if any(_source_capitalises(form, source_capitals) for form in by_form if not form.islower()):
                continue  # ... in its own spelling (Loi de l'Énergie, Directeur de la Stratégie)
            if vocabulary is None:
                vocabulary = collections.Counter()
                for words in seg_words:
                    vocabulary.update(map(str.lower, words))
            preferred, reason = self._preferred(low, by_form, vocabulary)
            if preferred is None:
                continue
            counts = ", ".join(f"{f} x{len(o)}" for f, o in sorted(by_form.items()))
            for form, occurrences in by_form.items():
                if form == preferred:
                    continue
                for occ in occurrences:
                    yield self.issue(
                        occ.segment, occ.start, occ.end,
                        f"{quoted(form)} is written {quoted(preferred)} elsewhere in this document ({counts}): {reason}.",
                        preferred,
                    )

    @staticmethod
    def _case_variants(spellings: set[str], min_length: int) -> dict[str, list[str]]:
        """lower case -> the :func:`_countable` ones of ``spellings`` that are that word, for every word written
        in two ways or more (some countable). Why from the capitalised spellings: a word written two ways is
        written once at least with a capital (each spelling is a different string with the same lower case,
        and only one of them is that lower case), and the spellings with a capital are those no spelling's lower
        case equals (``str.lower`` is idempotent), found by one set difference at C speed: a document's few
        dozen, where each of its several hundred spellings was lowered, counted and tested in Python."""
        capitalised = spellings.difference(map(str.lower, spellings))
        forms: dict[str, list[str]] = {}
        for word in capitalised:
            forms.setdefault(word.lower(), []).append(word)
        by_low: dict[str, list[str]] = {}
        for low, words in forms.items():
            if low in spellings:
                words.append(low)
            if len(words) > 1:
                countable = [w for w in words if _countable(w, min_length)]
                if countable:
                    by_low[low] = countable
        return by_low

    @staticmethod
    def _kept(segments: list[Segment], seg_words: list[list[str]], wanted: set[str], lang) -> list:
        """((segment position, offset), occurrence) of the ``wanted`` forms that pass every filter but the
        headline test: mid-sentence, not hyphenated, a common word, not in a quoted title, and capitalised
        only where no name or title explains it."""
        data = style()
        # The tests on the word alone first, once per form: the forms failing them are never kept.
        wanted = {word for word in wanted if _may_keep(word, data, lang)}
        kept = []
        for n, (seg, words) in enumerate(zip(segments, seg_words)):
            if wanted.isdisjoint(words):
                continue
            tokens = None  # the matches (for positions), found only when a word needs more than its first
            titles = None
            for i in _positions(words, wanted):
                word = words[i]
                if tokens is None:
                    if i == 0 and at_sentence_start(seg.text, seg.text.find(word)):
                        continue  # the text's first word (no letter before it): no need for the matches
                    tokens = list(TOKEN_RE.finditer(seg.text))
                tok = tokens[i]
                low = word.lower()
                entry = data["_words"].get(low)
                if _hyphenated(seg.text, tok):
                    continue
                if at_sentence_start(seg.text, tok.start()) or _opens_after_entity(seg.text, tok.start()):
                    continue
                titles = _title_spans(seg.text, lang) if titles is None else titles
                if any(a <= tok.start() < b for a, b in titles):
                    continue
                if not word.islower() and _capital_is_legitimate(seg.text, tokens, i, lang):
                    continue
                if entry and _in_phrase(seg.text, tok.start(), tok.end(), entry.get("except_phrases", ())):
                    continue
                kept.append(((n, tok.start()), _Occurrence(seg, tok.start(), tok.end(), word)))
        return kept

    @staticmethod
    def _preferred(low: str, by_form: dict, vocabulary: dict) -> tuple[Optional[str], str]:
        """The right form and why, or (None, "") when nothing says which is right."""
        entry = style()["_words"].get(low)
        if entry:
            context = entry.get("context")
            if not context or sum(vocabulary.get(w, 0) for w in context) >= entry.get("min_mentions", 1):
                return entry["preferred"], entry.get("why", "the house style table prefers it")
        ranked = sorted(by_form.items(), key=lambda kv: -len(kv[1]))
        if len(ranked[0][1]) == len(ranked[1][1]):
            return None, ""  # a tie
        if not ranked[0][0].islower():
            # capitals in the majority: the lowercase uses may be the common noun
            # and the capitalised ones a name the check cannot see; say nothing
            return None, ""
        return ranked[0][0], "keep the majority form"


_NAME_WORD = name_word("-")  # F302 reads a title's name across hyphens only
_SPACE = r"[ \u00a0]+"
_AN = r"(?:[Aa]n?|[Aa]nother)"
"""The indefinite articles after which one more word may come before a head ("a new Gates foundation")."""
_INDEFINITE = r"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ee]ach|[Ee]very)"
"""The determiners that make "university of Tehran" one of several, a description and no name."""
_INDEFINITE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_AN}{_SPACE}(?:[^\W\d_]+{_SPACE})?|{_INDEFINITE}{_SPACE})"
    rf"(?:[{UPPER}][^\W\d_]*{_SPACE})?$")
"""An indefinite determiner right before a class noun or before one name word and it (a Gates foundation); after
"a/an/another", one more word may come first (a new Gates foundation). Not after "each", "every", "one", which open
time adverbials ("Every year Edhi foundation helps"); two lower-case words between are another phrase ("a fresco of
saint Catherine")."""
_DESCRIBED_BEFORE = re.compile(rf"(?<![\w-]){_AN}{_SPACE}((?:[^\W\d_]+{_SPACE}){{1,2}})$")
"""An indefinite article and one or two words before a head (``a famous university of Tehran``). Not "each" or
"every", which open time adverbials more often than a described head (``every summer lake Victoria floods``)."""


def _described(text: str, head_start: int, lang) -> bool:
    """The head is described, not named: an indefinite determiner stands before it with one or two words
    between that are no function words (``a famous university of Tehran``); ``a trip to the sea of Japan``
    still names the sea."""
    m = _DESCRIBED_BEFORE.search(text, max(0, head_start - 60), head_start)
    return m is not None and not any(w.lower() in lang.function_words for w in m.group(1).split())


@memoize(TABLES)
def _lowercase_patterns() -> tuple[frozenset, re.Pattern, re.Pattern, re.Pattern]:
    """The trigger words and the three readings of :class:`LowercaseProperName`, built from ``case_style.toml``."""
    data = style()
    calendar = alternation(data["_calendar"])
    heads = alternation(data["name_heads_of"])
    title_alts = alternation(set(data["titles_before_names"]) | set(data["titles_always_capitalised"]),
                             lambda t: re.escape(t).replace(r"\ ", _SPACE))
    particles = alternation(titled_name_particles())  # the names owner's table (name_particles.tsv)
    # a given name and up to three more name words (``Jean-Marie Le Pen``, ``Salman bin Hamad Al Khalifa``):
    # the message and suggestion name the whole name; :func:`_words_end` trims a day or function word after it
    more = rf"{_SPACE}(?:(?:{particles})[ \u00a0-])?{_NAME_WORD}"
    full_name = rf"(?P<first>{_NAME_WORD})(?:{more}){{1,4}}"
    # one word of every reading, as the run's split writes it: a segment whose words hold none is skipped
    triggers = frozenset(data["_calendar"]) | frozenset(data["name_heads_of"]) | frozenset(
        data["name_heads_before"]) | frozenset(
        t.split()[-1] for t in (*data["titles_before_names"], *data["titles_always_capitalised"]) if t.split())
    calendar_re = re.compile(rf"(?<![\w@#/.'’-])(?:{calendar})(?![\w@/'’-])")
    before = alternation(data["name_heads_before"])
    head_re = re.compile(rf"(?<![\w-])(?P<article>{_INDEFINITE}{_SPACE})?"
                         rf"(?:(?P<head>{heads}){_SPACE}of{_SPACE}(?:the{_SPACE})?|(?P<before>{before}){_SPACE})"
                         rf"(?P<name>{_NAME_WORD}(?:{_SPACE}{_NAME_WORD})*)")
    title_re = re.compile(rf"(?<![\w-])(?P<article>[Tt]he{_SPACE})?(?P<title>{title_alts}){_SPACE}{full_name}")
    bare = alternation(data["titles_bare_before_names"], lambda t: re.escape(t).replace(r"\ ", _SPACE))
    bare_re = re.compile(rf"(?<![\w-])(?P<title>{bare}){_SPACE}(?P<first>{_NAME_WORD})(?:{more}){{0,4}}")
    triggers |= frozenset(t.split()[-1] for t in data["titles_bare_before_names"])
    return triggers, calendar_re, head_re, title_re, bare_re


@memoize(TABLES)
def lowercase_demonyms(pair) -> frozenset:
    """The English nationality and people adjectives of the demonym table (``data/names/demonyms.<pair>.tsv``,
    the names owner's) in lower case. Those the target's dictionary also knows in lower case (a word of its
    own there: ``polish``, ``french`` the verb, ``catholic``, ``orthodox``) are left out where one is found
    (:meth:`LowercaseProperName.check`), not here: asking the dictionary of every row would build its affix
    tables in a run that meets none of them."""
    out = set()
    for row in pair.table("demonyms"):
        english = row.get("english") or ""
        if english[:1].isupper() and " " not in english:
            out.add(english.lower())
    return frozenset(out)


@memoize(TABLES)
def language_name_words(lang) -> frozenset:
    """The language names of ``data/language_names.toml`` in lower case (``arabic``, ``hebrew``, ``urdu``), read
    when the target is the language that file writes them in (English): English capitalises a language's name
    in every use, and French writes it in lower case (« il parle arabe »)."""
    if lang.code != style()["language"]:
        return frozenset()
    from mtqa.source_language import language_names

    return frozenset(name.lower() for name in language_names().values() if " " not in name)


@memoize(TABLES)
def _demonym_words(pair, lang) -> frozenset:
    """:func:`lowercase_demonyms` and :func:`language_name_words` in one set: the words F302 looks for in every
    segment. Why kept: the union was built anew for each segment (~280 words, ~5 µs), some 0.5 % of a run's CPU
    on WMT14's 24,024 pairs, to be intersected with a sentence's ~20 words."""
    return lowercase_demonyms(pair) | language_name_words(lang)


@memoize(TABLES)
def _demonym_sources(pair) -> dict:
    """For each English nationality or people adjective of the demonym table (``nationality`` and ``region``
    rows: not religious communities, whose words English also writes in lower case, ``catholic``, ``orthodox``),
    in lower case, the source forms that say the source wrote that nationality or language (``french`` <-
    français, française, françaises): the evidence that a lower-case ``french`` the dictionary also knows
    (the verb, ``french fries``) stands for the nationality."""
    out: dict = {}
    for row in pair.table("demonyms"):
        english = row.get("english") or ""
        if row.get("kind") not in ("nationality", "region") or not english[:1].isupper() or " " in english:
            continue
        forms = out.setdefault(english.lower(), set())
        for form in (row.get("masculine"), row.get("feminine")):
            if form:
                forms.add(form)
                forms.add(form if form[-1] in "sxz" else form + "s")
    return {k: frozenset(v) for k, v in out.items()}


@memoize(TABLES)
def _multiword_names(pair) -> tuple[frozenset, dict, Optional[re.Pattern]]:
    """The multiword proper names the pair's tables give in the target language, every word but the linking
    ones capitalised (the exonym table's English names, ``National Assembly``, ``United Nations``, ``White
    House``, and the acronym bodies' full names, ``International Criminal Court``): the lower-case words
    that screen a segment, each name by its lower-case form, and one pattern finding any of them in any case."""
    links = frozenset(style()["name_links"])
    names = set()
    for table, column in (("exonyms", "english"), ("acronym_bodies", "english_name")):
        for row in pair.table(table):
            name = " ".join((row.get(column) or "").split())
            words = name.split()
            if len(words) > 1 and all(w in links or w[:1].isupper() for w in words):
                names.add(name)
    if not names:
        return frozenset(), {}, None
    by_lower = {n.lower(): n for n in sorted(names)}
    screen = frozenset(w for n in by_lower for w in n.split() if w not in links)
    # factored by prefixes (:func:`trie_alternation`): the same matches as the flat list, but a case-blind flat
    # alternation of the ~170 names was tried name by name at every word start of most segments, two thirds of
    # F302's own time (stop 76); an escaped space (the only one re.escape writes) becomes any run of spaces
    alts = trie_alternation(by_lower, ignorecase=True).replace(r"\ ", _SPACE)
    return screen, by_lower, re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


def bare_title_context(text: str, start: int, lang, describers: frozenset = frozenset()) -> bool:
    """A title at ``start`` is used bare, as English writes a formal title before a name: it opens no sentence,
    and the word before it is punctuation, a function word or a past verb in -ed, and no determiner,
    possessive or modifier (``style()["title_modifiers"]``), not capitalised (``French president``, ``US
    President``) nor one of ``describers`` (the pair's nationality adjectives in lower case: ``the french president
    Emmanuel Macron``, whose ``french`` F302 flags itself); news style writes a title either way there. Read by F302's bare-title reading and by
    ``bench/case_survey.py``, which measured the titles the references capitalise in this context."""
    if at_sentence_start(text, start):
        return False
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return True  # after a comma, a bracket, a colon: no word describes the title
    word = m.group(1)
    low = word.lower()
    if word[0].isupper() or low in style()["_title_modifiers"] or low in describers:
        return False
    # a preposition or conjunction (``with president Assad``, ``and queen Camilla``) or a past verb
    # (``received pope Francis``): not an adjective or noun describing the title (``socialist president``,
    # ``psychology professor``), whose case news style leaves to the writer
    return low in lang.function_words or (low.endswith("ed") and not lang.is_dictionary_noun(low))


_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0]+$")


def _words_end(text: str, start: int, end: int, data: dict, lang, keep: int = 1) -> int:
    """Where a name read from ``start`` to ``end`` ends: before the first capitalised word after its first
    ``keep`` words that is a function word or a day or month (``the university of Cairo On Monday``, ``the
    president Ebrahim Raisi Tuesday``: a new sentence's word or a date, not the name's)."""
    out = start
    for count, word in enumerate(re.finditer(r"\S+", text[start:end])):
        if count >= keep and (word.group(0) in data["_temporal"] or word.group(0).lower() in lang.function_words):
            break
        out = start + word.end()
    return out


def _person_end(text: str, start: int, end: int, data: dict, lang) -> int:
    """Where a person's name after a title ends: its first two words, then further words through a name particle
    (``Jean-Marie Le Pen``, ``Salman bin Hamad Al Khalifa``) or that are no common word of the language nor an
    acronym (``Recep Tayyip Erdogan``, ``Andrés Manuel López Obrador``), so that the capitalised words after a
    name are not read as more of it (``the president Barack Obama White House aides``: "white" is a word,
    ``Mahmoud Abbas PLO``: an acronym); a day or a function word ends it as in :func:`_words_end`."""
    joins = particles()
    out, previous = start, ""
    for count, word in enumerate(re.finditer(r"\S+", text[start:_words_end(text, start, end, data, lang, keep=2)])):
        low = word.group(0).lower()
        if count >= 2 and previous not in joins and low not in joins and (
                word.group(0).isupper() or lang.in_dictionary(low)):
            break
        out, previous = start + word.end(), low
    if previous in joins and out > start:  # a particle closing the name after a cut: not part of it
        out = start + text[start:out].rstrip().rfind(" ")
    return out


def _name_end(m: re.Match, data: dict, lang) -> int:
    """Where the name after a head's "of" ends (:func:`_words_end`)."""
    return _words_end(m.string, m.start("name"), m.end("name"), data, lang)


def _capitalised_phrase(text: str) -> str:
    """Every word of a title or a name capitalised but its linking words (``crown prince`` -> ``Crown Prince``,
    ``sea of Japan`` -> ``Sea of Japan``)."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0) if m.group(0) in _LINKS else m.group(0)[0].upper() + m.group(0)[1:], text)


_LINKS = frozenset({"of", "the"})


@register
@record
class LowercaseProperName(SegmentCheck):
    """A word that English capitalises in every use is written in lower case (``october``, ``mexican``, ``the
    sea of Japan``, ``the president Ebrahim Raisi``, ``the national Assembly``).

    French writes months and days, the head noun of a geographic or institutional name and a title before a
    name in lower case (« en octobre », « la mer du Japon », « l'université de Téhéran », « le président
    Ebrahim Raïssi », « l'ayatollah Ali Khamenei », « les autorités mexicaines »); MT copies the French case,
    and the translation reads as careless or foreign. Seven readings, each a list of ``data/case_style.toml``
    or a table of the names owner:

    * a month or day name in lower case that is no other English word (``october``, ``sunday``; not ``may``,
      ``march``, ``august``), outside addresses and handles;
    * a nationality or people adjective of the demonym table, or a language name of
      ``data/language_names.toml``, in lower case (``the mexican authorities``, ``he speaks arabic``); one the
      dictionary also knows in lower case (``french`` the verb, ``polish``, ``dutch``) only where the aligned
      source writes that nationality or language (``he spoke french`` for « il a parlé français »), outside
      the phrases English writes in lower case (``french fries``, ``go dutch``), and never a religious
      community's word (``catholic``, ``orthodox``: English writes those in lower case too);
    * the head of a name built "head of Name" in lower case (``sea of Japan``, ``gulf of Aden``, ``university
      of Tehran``) or written before the name (``mount Palomar``, ``lake Victoria``), unless an indefinite
      article, with or without a describing word, makes it a description (``a university of Tehran``, ``a
      famous university of Tehran``); with no suggestion for a sea named for a
      compass point (``sea of the North`` is the North Sea);
    * a title before a person's full name: after ``the``, a title English writes capitalised and bare before
      a name (``the president Ebrahim Raisi`` -> ``President Ebrahim Raisi``, ``the crown prince Mohammed bin
      Salman``), and, with or without ``the``, a title that is never a description (``ayatollah Ali Khamenei``).
      Not a nationality before the title (``the Russian president Vladimir Putin``), ``former president Jimmy
      Carter``, a title before a family name alone, nor a capitalised title after ``the``: human references
      write those. The suggestion is the title capitalised before the name as written;
    * a title of ``titles_bare_before_names`` in lower case directly before a name with no article, after a
      preposition, a conjunction or a past verb (``met with chancellor Angela Merkel``, ``received king
      Abdullah``): the titles the human references capitalise there in 90 % of uses or more
      (``bench/case_survey.py``); not after ``former`` or another modifier, a determiner, a capitalised or
      nationality word (``the German chancellor Olaf Scholz``), nor a title with a comma before the name.
    * a multiword name of the pair's tables (the exonyms' English names, the acronym bodies' full names) with
      a word in lower case before a capitalised one (``the national Assembly``, ``the united Nations``,
      ``the supreme Court``: « l'Assemblée nationale » copied), not a direction opening a region
      (``central Europe``, ``western Europe``), nor a name capitalised first and lower case after
      (``European parliament``, a British house style).
    * a class noun of the pair's ``name_class_nouns`` table in lower case beside the name the aligned source
      writes it with (``the Edhi foundation`` for « la fondation Edhi », ``the ministry of Mines`` for « le
      ministère des Mines », ``saint Jerome`` for « saint Jérôme »), on the side where English writes it in
      the name (:mod:`mtqa.names.name_classes`); not after an indefinite determiner (``a Gates foundation``),
      nor before a foreign name in apposition (``the foundation Együtt ...``).

    Each list was measured on the newstest human references 2008-2013 and the read half of 2014 before it
    was kept: one hit at most a year, each read (calques in translations of the years whose sources were
    themselves translated: ``the president George Bush``, ``the chancellor Angela Merkel``, ``the
    university of Western Ontario``).

    Why it matters: a proper noun in lower case is a visible slip in published news, and a title with
    its article before a name is a word-for-word copy of the French that English news style never writes.

    Example:
        source: Pourparlers du Golfe\\n\\nLes pourparlers ont repris en octobre à Bagdad. Des navires patrouillent en mer du Japon. Le président Ebrahim Raïssi a parlé mercredi avec le chancelier Olaf Scholz aux Nations unies. La fondation Edhi a publié un bilan.
        bad: Gulf talks\\n\\nThe talks resumed in october in Baghdad. Warships patrol the sea of Japan. The president Ebrahim Raisi spoke on Wednesday with chancellor Olaf Scholz at the united Nations. The Edhi Foundation published a toll.
        bad: Gulf talks\\n\\nThe talks resumed in October in Baghdad. Warships patrol the Sea of Japan. President Ebrahim Raisi spoke on Wednesday with Chancellor Olaf Scholz at the United Nations. The Edhi foundation published a toll.
        good: Gulf talks\\n\\nThe talks resumed in October in Baghdad. Warships patrol the Sea of Japan. President Ebrahim Raisi spoke on Wednesday with Chancellor Olaf Scholz at the United Nations. The Edhi Foundation published a toll.
    """

    code = "F302"
    name = "lowercase-proper-name"
    category = "fluency"
    subcategory = "capitalization"
    severity = Severity.MINOR

    def _demonyms(self, segment: Segment, found: set, languages: frozenset = frozenset(),
                  nationalities: frozenset = frozenset(), named=()) -> Iterator[Issue]:
        text = segment.text
        common = list(named) + [m.span() for p in style()["_common_phrases"] if p.split()[0] in found or p.split()[-1] in found
                  for m in re.finditer(rf"(?<![\w-]){re.escape(p)}(?![\w-])", text)]
        for word in sorted(found):
            for m in re.finditer(rf"(?<![\w'’@#/.-]){re.escape(word)}(?![\w'’-])", text):
                if in_address(text, m.start(), m.end()) or any(a <= m.start() < b for a, b in common):
                    continue  # "french fries": English writes the phrase in lower case; "european Commission":
                    # the half-capitalised name's issue says it
                kind = "a language name" if word in languages and word not in nationalities \
                    else "a nationality or people adjective"
                yield self.issue(segment, m.start(), m.end(), f"{quoted(word)} is {kind}: English capitalises it.",
                                 word[0].upper() + word[1:])

    def check(self, segment: Segment, sources, ctx) -> Iterator[Issue]:
        text = segment.text
        triggers, calendar_re, head_re, title_re, bare_re = _lowercase_patterns()
        words = text_words(text, ctx).words
        names = list(self._half_capitalised(segment, words, ctx))
        yield from names
        yield from self._class_nouns(segment, sources, ctx)
        nationalities, languages = lowercase_demonyms(ctx.pair), language_name_words(ctx.target)
        present = _demonym_words(ctx.pair, ctx.target).intersection(words)
        if present:
            demonyms = {w for w in present if not ctx.target.in_dictionary(w)}
            # a word the dictionary also knows in lower case (``french`` the verb, ``polish``) only where the
            # source writes that nationality or language (« il parle français »): the evidence it stands for it
            ambiguous = present - demonyms
            if ambiguous:
                forms = _demonym_sources(ctx.pair)
                said = {w for s in sources for w in text_words(s.text.lower(), ctx).words}
                demonyms |= {w for w in ambiguous if not forms.get(w, frozenset()).isdisjoint(said)}
            if demonyms:
                yield from self._demonyms(segment, demonyms, languages, nationalities,
                                          [(i.seg_start, i.seg_end) for i in names])
        if triggers.isdisjoint(words):
            return  # no month, head or title word (the run's split, made for the other checks): most segments
        data = style()
        for m in calendar_re.finditer(text):
            if in_address(text, m.start(), m.end()):
                continue
            word = m.group(0)
            yield self.issue(segment, m.start(), m.end(),
                             f"{quoted(word)} is a month or day name: English capitalises it.", word.capitalize())
        for m in head_re.finditer(text):
            head = "head" if m.group("head") else "before"
            if m.group("article") or _described(text, m.start(head), ctx.target) \
                    or in_address(text, m.start(), m.end()):
                continue  # "a university of Tehran", "a famous university of Tehran": one of several, a description
            first = m.group("name").split()[0]
            if first in data["_temporal"] or first.lower() in ctx.target.function_words:
                continue  # "the lake In ...": no name follows
            end = _name_end(m, data, ctx.target)
            phrase = text[m.start(head):end]
            compass = head == "head" and first in ctx.target.compass_points  # the profile's (langs/<code>.toml)
            yield self.issue(segment, m.start(head), end,
                             f"{quoted(phrase)} is a proper name: English capitalises its head word "
                             f"{quoted(m.group(head))}" + (" (and writes a sea named for a compass point with "
                                                             "the point first: North Sea)." if compass else "."),
                             None if compass else _capitalised_phrase(phrase))
        always = data["_always_titles"]
        before = data["_name_titles"]
        for m in title_re.finditer(text):
            title = " ".join(m.group("title").split())
            first = m.group("first")
            if first in data["_temporal"] or first.lower() in ctx.target.function_words:
                continue  # "the president Monday", "the king The ...": no name follows
            if title not in always and not (m.group("article") and title in before):
                continue
            start = m.start("article") if m.group("article") else m.start("title")
            end = _person_end(text, m.start("first"), m.end(), data, ctx.target)
            name = text[m.end("title"):end].strip()
            yield self.issue(segment, start, end,
                             f"{quoted(text[start:m.end('title')])} before the name {quoted(name)}: English writes "
                             f"the title capitalised and without an article before a name.",
                             f"{_capitalised_phrase(m.group('title'))} {name}")
        yield from self._bare_titles(segment, bare_re, data, ctx)

    def _half_capitalised(self, segment: Segment, words, ctx) -> Iterator[Issue]:
        """A multiword name of the pair's tables (:func:`_multiword_names`) with a word in lower case before
        a capitalised one (``the national Assembly``, ``the united Nations``): the French « l'Assemblée
        nationale » case copied word for word. Not a direction opening it (``central Europe``, ``western
        Europe``: English describes a region so), nor a name capitalised first and lower case after
        (``European parliament``), which some British house styles write."""
        screen, by_lower, pattern = _multiword_names(ctx.pair)
        if pattern is None or screen.isdisjoint(words):
            return  # no word of a name written in lower case: most segments
        data = style()
        links = frozenset(data["name_links"])
        directions = frozenset(data["name_direction_words"]) | frozenset(
            w.lower() for kv in ctx.target.compass_points.items() for w in kv)
        text = segment.text
        for m in pattern.finditer(text):
            content = [w for w in m.group(0).split() if w.lower() not in links]
            low = [i for i, w in enumerate(content) if w.islower()]
            if not low or not any(w[:1].isupper() for w in content[low[0] + 1:]):
                continue  # all capitalised, all lower case, or capitalised first: no half-capitalised name here
            if content[low[0]] in directions or in_address(text, m.start(), m.end()):
                continue
            name = by_lower[" ".join(m.group(0).lower().split())]
            yield self.issue(segment, m.start(), m.end(),
                             f"{quoted(m.group(0))} is the name {quoted(name)} half capitalised: English "
                             f"capitalises every word of it.", name)

    def _class_nouns(self, segment: Segment, sources, ctx) -> Iterator[Issue]:
        """A name's class noun in lower case beside the name the aligned source writes it with (``the Edhi
        foundation`` for « la fondation Edhi », ``saint Jerome`` for « saint Jérôme »:
        :func:`mtqa.names.name_classes.lowered_class_nouns`), unless an indefinite determiner makes it a
        description (``a Gates foundation``)."""
        text = segment.text
        for c in lowered_class_nouns(text, sources, ctx.pair):
            if _INDEFINITE_BEFORE.search(text, max(0, c.start - 40), c.start):
                continue
            yield self.issue(segment, c.start, c.end,
                             f"{quoted(c.noun)} is the class noun of the name the source writes "
                             f"{quoted(c.name)}: English capitalises it as a word of the name.",
                             _capitalised_phrase(c.noun))

    def _bare_titles(self, segment: Segment, bare_re, data: dict, ctx) -> Iterator[Issue]:
        """A title of ``titles_bare_before_names`` in lower case right before a name, used bare
        (:func:`bare_title_context`: ``received pope Francis``, ``with chancellor Angela Merkel``)."""
        text = segment.text
        for m in bare_re.finditer(text):
            title = m.group("title")
            first = m.group("first")
            if not title.islower() or first in data["_temporal"] or first.lower() in ctx.target.function_words:
                continue
            if not bare_title_context(text, m.start(), ctx.target, lowercase_demonyms(ctx.pair)):
                continue  # "former chancellor Gerhard Schröder", "the french prime minister": a description
            end = _person_end(text, m.start("first"), m.end(), data, ctx.target)
            name = text[m.end("title"):end].strip()
            yield self.issue(segment, m.start(), end,
                             f"{quoted(title)} before the name {quoted(name)}: English capitalises a title used "
                             f"directly before a name.",
                             f"{_capitalised_phrase(title)} {name}")
