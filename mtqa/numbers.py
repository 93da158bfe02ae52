"""Numbers, times and dates in text, read under a language's conventions.

A translation must carry every figure of its source, but the two languages
write them differently: French ``3 000``, ``3.000``, ``12,5 %``, ``1,5
milliard``, ``14h30``, ``25 mai``, ``XXe siècle`` are English ``3,000``,
``12.5%``, ``1.5 billion``, ``2:30 p.m.``, ``May 25``, ``20th century``. This
module reads each side with its own conventions (``mtqa/data/numbers/<lang>.toml``)
into comparable values, so a checker can tell a figure that changed from one
that is merely written the other language's way.

Every mention carries all its plausible readings (``alts``): ``3.000`` is 3000
in French and 3.0 in English, ``2:30`` is 2:30 or 14:30, ``3m`` is three
million or three metres. Two mentions match when any readings agree, or when
both are measures of one dimension within ``MEASURE_TOLERANCE`` (``922 kg`` =
``2,032 pounds``), so the comparison errs towards silence on ambiguous text.
Mentions written in words (``trois``, ``une douzaine``, ``first``), Roman
numerals and conversions in brackets (``10 km (6 miles)``) are *soft*: they can
match a figure but are never reported as missing or added themselves.

Public API (stable; other checks may import it):

* :func:`conventions` (lang) -> :class:`Conventions`, the data for a language;
* :func:`parse_numeral` (text, lang) -> float or None: the value of a bare
  numeral (``"3 000"``, ``"12,5"``, ``"3,000"``) under that language's rules;
* :func:`readings` (text) -> dict: the values of a numeral under the
  ``"decimal-comma"`` and ``"decimal-point"`` conventions (where it is valid),
  e.g. ``readings("3.000") == {"decimal-comma": 3000.0, "decimal-point": 3.0}``;
* :func:`find_quantities` (text, lang, fallback=None) -> list of
  :class:`Quantity`; ``fallback`` names a second language whose notations are
  also understood (a French ``14h30`` or ``12,5 Md$`` left in English text is
  a format problem, not a different figure);
* :func:`compare` (source quantities, target quantities, ...) -> :class:`Comparison`;
* :func:`codes` (text) -> set of digit strings glued to letters (``M23``,
  ``A380``), which :func:`compare` uses to excuse ``M 23`` for ``M23``.

Values are floats rounded to 6 significant digits, ``("time", h, m)`` or
``("date", month, day)`` tuples.
"""
from __future__ import annotations

import collections
import functools
import itertools
import math
import operator
import re
from dataclasses import field
from typing import Callable, Iterable, Iterator, Optional, Union

from mtqa.langs.cache import LARGE_TEXTS, SEGMENTS, SOME_WORDS, SOURCES, TABLES, memoize
from mtqa.langs.data import alternation, built_from, data_toml
from mtqa.langs.text import fold, fold_text, whole_word_starts
from mtqa.langs.wordtrie import trie_alternation
from mtqa.limits import LOOKBACK
from mtqa.records import record
from mtqa.words import LETTERS_RE, UPPER

Value = Union[float, tuple]

_SP = "[ \u00a0\u202f]"
_NEXT_WORD_RE = re.compile(r"[ \u00a0\u202f]*([^\W\d_]+['’]?)")
_SPACES = " \u00a0\u202f"
"""The spaces a figure is written with (the space, the no-break space, the narrow no-break space)."""
_CURRENCY = "€$£¥"
_LETTER_RUN = LETTERS_RE
_LETTER_SPLIT = re.compile(f"({LETTERS_RE.pattern})")
"""The text cut at its runs of letters, which the split keeps (every other part)."""
_ASCII_GAPS = str.maketrans({chr(c): " " for c in range(128) if not "a" <= chr(c) <= "z"})
"""Every ASCII character but the lower-case letters, made a space: ``lowered.translate(_ASCII_GAPS).split()``
gives the runs of letters of a lowered ASCII text (whose letters are exactly a-z), as ``re.findall("[a-z]+",
lowered)`` would, in one C pass."""
_NUMERAL_RE = re.compile(
    r"(?<!\d)(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,']\d+)*)"
)
_CODE_TOKEN_RE = re.compile(r"(?<![\w-])[\w-]*\d[\w-]*")  # starts at a token start: linear
_ROMAN_RE = re.compile(
    r"(?<![\w-])(?=[MDCLXVI])(M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))([^\W\d_]{0,3})(?![\w-])"
)
_ROMAN_START_RE = re.compile(r"[MDCLXVI](?<![\w-][MDCLXVI])[MDCLXVI]*[^\W\d_]{0,3}(?![\w-])")
"""Where ``_ROMAN_RE`` may match: a Roman digit after no letter, digit or hyphen (the class first, so
that the engine skips to the capitals at C speed), then Roman digits and at most three letters, the word's
end: what every match of ``_ROMAN_RE`` spans, so that the words a capital starts ("London", "Clinton") are
passed over in C, not tried one by one. (A match is letters alone: no other candidate starts inside it.)"""
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
# A bracket opened this close after a figure holds a conversion: "10 km (6 miles)".
_CONVERSION_GAP = 15
# Measures of one dimension match within this relative difference: conversions
# are rounded (15 m = 49.2 ft, written "50ft"). 6% covers the rounding seen in
# the WMT14 references while keeping "15 m" apart from "20 ft".
MEASURE_TOLERANCE = 0.06
_DURATION = "duration"
"""The dimension of the spans of time in the units tables (days, weeks, months, years)."""
_LISTED_RE = re.compile(r"\d,\d")
_SHARE = "share"
"""Tag of the reading of a percentage (``("share", 50.0)``) that a fraction in words also has."""


def _num(value: float) -> float:
    """``value`` rounded to 6 significant digits. A whole float under a million has at most 6 digits and is
    its own rounding: returned as it is, without the text round trip (most figures are counts and years)."""
    if value.__class__ is float and -1e6 < value < 1e6 and value.is_integer():
        return value
    return float(f"{value:.6g}")


def _word_alt(words, ignorecase: bool) -> str:
    """The words as one alternation, factored by their prefixes (:func:`~mtqa.langs.wordtrie.trie_alternation`:
    the matches of ``alternation(words)``, tried a few letters at a time instead of word by word), for a
    pattern compiled case-blind exactly when ``ignorecase``."""
    return trie_alternation(words, ignorecase=ignorecase)


def _words_pattern(words, template: str) -> re.Pattern:
    """``template`` (one ``{}`` for the alternation of ``words``) compiled case-blind, or a pattern that never
    matches when the language lists no such words: the language data decides whether a rule exists."""
    if not words:
        return re.compile(r"(?!)")
    return re.compile(template.format(_word_alt(words, True)), re.I)


@record(frozen=True)
class Conventions:
    """How one language writes numbers (from ``data/numbers/<lang>.toml``)."""

    lang: str
    decimal: str = "."
    group: tuple[str, ...] = (",",)
    words: dict = field(default_factory=dict)
    ordinal_words: dict = field(default_factory=dict)
    approximate: dict = field(default_factory=dict)
    scales: dict = field(default_factory=dict)
    scale_abbreviations: dict = field(default_factory=dict)
    fractions: dict = field(default_factory=dict)
    months: dict = field(default_factory=dict)
    weekdays: dict = field(default_factory=dict)
    """The language's own day names, name -> number (1 = Monday): [weekdays] of its file, never a fallback's
    (a day name is read in its own language's text only)."""
    units: dict = field(default_factory=dict)
    word_units: dict = field(default_factory=dict)
    misc: dict = field(default_factory=dict)
    fallback: Optional[str] = None
    """The language whose notations are understood too (see :func:`conventions`), or None."""

    def words_of(self, key: str) -> tuple[str, ...]:
        return tuple(self.misc.get(key, ()))

    def word_patterns(self, key: str) -> tuple[re.Pattern, ...]:
        """One compiled whole-word, case-insensitive pattern per word of ``key``, compiled on the first
        call for that key: the patterns of every word list of ``misc`` were compiled on the first call for
        any (182 patterns for English, 246 for French, of which a run reads those of "noon" and "midnight")."""
        found = self._word_patterns.get(key)
        if found is None:
            words = self.misc.get(key, ())
            found = self._word_patterns[key] = \
                tuple(re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.I) for w in words) \
                if isinstance(words, (list, tuple)) and all(isinstance(w, str) for w in words) else ()
        return found

    @functools.cached_property
    def _word_patterns(self) -> dict[str, tuple[re.Pattern, ...]]:
        """:meth:`word_patterns`' answers so far, by key."""
        return {}

    @functools.cached_property
    def number_words(self) -> dict:
        out = {}
        for table in (self.words, self.ordinal_words, self.approximate, self.scales, self.fractions):
            out.update({k.lower(): v for k, v in table.items()})
        return out

    @functools.cached_property
    def word_heads(self) -> frozenset:
        """The heads (see :func:`heads`) of every number word."""
        return heads(self.number_words)

    @functools.cached_property
    def month_names(self) -> dict[int, str]:
        """Month number -> the full name of the language's own month (:func:`full_name`: "September"), in order:
        what the date formats (L105) write, derived from [months] so no other file lists the months."""
        own = {k: v for k, v in self.months.items() if k in self.misc.get("own_months", ())}
        return {n: full_name(own, n) for n in sorted(set(own.values()))}

    @functools.cached_property
    def weekday_names(self) -> dict[int, str]:
        """Day number (1 = Monday) -> the full name of the day ("Monday"), from [weekdays]."""
        return {n: full_name(self.weekdays, n) for n in sorted(set(self.weekdays.values()))}

    @functools.cached_property
    def calendar_names(self) -> tuple[str, ...]:
        """The full names of the language's own months (in order) and then of its days (Monday first),
        capitalised as :func:`full_name` writes them: the one list of calendar names that the case checks
        (F301, F302) read, derived from [months] and [weekdays] so no file keeps its own."""
        return tuple(self.month_names.values()) + tuple(self.weekday_names.values())

    @functools.cached_property
    def month_heads(self) -> frozenset:
        return heads(self.months)

    def heads_of(self, key: str) -> frozenset:
        """The heads of the words of ``misc[key]`` ("noon", "clock_cues")."""
        return self._heads_of.get(key, frozenset())

    @functools.cached_property
    def noon_heads(self) -> frozenset:
        """The heads of the words for noon and midnight (:func:`_noon`), together."""
        return self.heads_of("noon") | self.heads_of("midnight")

    @functools.cached_property
    def _heads_of(self) -> dict[str, frozenset]:
        return {key: heads(words) for key, words in self.misc.items()
                if isinstance(words, (list, tuple)) and all(isinstance(w, str) for w in words)}

    @functools.cached_property
    def lower_words(self) -> dict[str, frozenset]:
        """``misc``'s word lists in lower case, as sets ("am", "decade_words", "connectors")."""
        return {key: frozenset(w.lower() for w in words) for key, words in self.misc.items()
                if isinstance(words, (list, tuple)) and all(isinstance(w, str) for w in words)}

    @functools.cached_property
    def spaced_colon_after(self) -> re.Pattern:
        """An hour marker or a half of the day right after a time ("6 : 30 du matin", "16 : 10 h"): what
        makes a figure, a spaced colon and two digits a clock time without a cue word before them."""
        words = [*self.words_of("hour_markers"), *self.words_of("oclock_morning"), *self.words_of("oclock_evening")]
        return _words_pattern(words, rf"{_SP}*(?:{{}})(?!\w)")

    @functools.cached_property
    def spaced_colon_cue_re(self) -> re.Pattern:
        """One of ``spaced_colon_cues`` (a word or a phrase: "à", "à partir de") ending a window, before
        spaces: what makes a figure, a spaced colon and two digits right after the window a clock time."""
        return _words_pattern(self.words_of("spaced_colon_cues"), rf"(?<![^\W\d_])(?:{{}}){_SP}+$")

    @functools.cached_property
    def spaced_colon_span_end(self) -> re.Pattern:
        """The second end of a span of hours right after its first ("… à 17"): what makes "de 9 : 00" a
        time in a language that spaces every colon."""
        return _words_pattern(self.words_of("spaced_colon_to"), rf"{_SP}*(?:{{}}){_SP}*\d")

    @functools.cached_property
    def words_re(self) -> re.Pattern:
        """Any number word (a cheap test before the word-by-word scan)."""
        return re.compile(rf"(?<!\w)(?:{_word_alt(self.number_words, True)})(?!\w)", re.I)

    @functools.cached_property
    def word_sets(self) -> tuple[frozenset, ...]:
        """What ``_words`` reads numbers written in words with, in lower case: connectors ("et"),
        indefinite articles, fractions, approximations ("dizaine"), multipliers, unit links ("de")."""
        connectors = frozenset(c.lower() for c in self.words_of("connectors"))
        indefinite = frozenset(c.lower() for c in self.words_of("indefinite"))
        fractions = frozenset(k.lower() for k in self.fractions)
        multipliers = frozenset(self.lower_scales) | self.lower_approximate | fractions
        links = frozenset(w.lower().rstrip("'’") for w in self.words_of("unit_links"))
        return connectors, indefinite, fractions, self.lower_approximate, multipliers, links

    @functools.cached_property
    def lower_ordinals(self) -> frozenset:
        return frozenset(k.lower() for k in self.ordinal_words)

    @functools.cached_property
    def lower_approximate(self) -> frozenset:
        return frozenset(k.lower() for k in self.approximate)

    @functools.cached_property
    def lower_scales(self) -> dict:
        return {k.lower(): float(v) for k, v in self.scales.items()}

    @functools.cached_property
    def ambiguous_scales(self) -> frozenset:
        """Scale words that may be read otherwise ("milles": thousands or miles), lower case."""
        return frozenset(s.lower() for s in self.words_of("ambiguous_scales"))

    def keeps_plain(self, word: str, text: str, end: int, fractional: bool = False, start: int = -1) -> bool:
        """Whether the ambiguous scale ``word`` ending at ``end`` (its figure starting at ``start``) may also
        be read as a plain word: "12 milles des côtes", "26,2 milles" (miles) but "50 milles soldats",
        "118,8 milles de touristes" (thousands only: :meth:`counts_after`), "s'élève à 22,9 milles" (an
        amount: :meth:`amount_before`)."""
        if word.lower() not in self.ambiguous_scales:
            return False
        if self.counts_after(text, end) or self.amount_before(text, start):
            return False
        if fractional:
            return True
        nxt = _next_word(text, end)
        return not nxt or nxt in self.lower_words.get("ambiguous_scale_cues", frozenset())

    @functools.cached_property
    def _amount_cue_re(self) -> Optional[re.Pattern]:
        cues = self.words_of("ambiguous_scale_amount_cues")
        if not cues:
            return None
        def spelt(cue: str) -> str:  # any run of spaces between words, either apostrophe
            return re.escape(cue).replace(r"\ ", "[ \u00a0]+").replace("'", "['’]")

        hedges = self.words_of("ambiguous_scale_amount_hedges")
        hedge = rf"(?:(?:{alternation(hedges, spelt)})[ \u00a0]+)?" if hedges else ""
        return re.compile(rf"(?<![^\W\d_])(?:{alternation(cues, spelt)})[ \u00a0]+{hedge}$", re.IGNORECASE)

    @functools.cached_property
    def _distance_subject_re(self) -> Optional[re.Pattern]:
        nouns = self.words_of("ambiguous_scale_distance_subjects")
        return re.compile(rf"(?<![^\W\d_])(?:{_word_alt(nouns, True)})(?![^\W\d_])", re.IGNORECASE) if nouns else None

    def amount_before(self, text: str, start: int) -> bool:
        """Whether the figure starting at ``start`` comes right after a verb that states an amount
        (``ambiguous_scale_amount_cues``: "s'élève à", "se chiffre à", an approximation allowed between:
        ``ambiguous_scale_amount_hedges``): "le nombre de ces crimes s'élève à
        22,9 milles" is 22,900, whatever the figure's decimals. A length amounts to a figure too: with a noun of length in the
        clause before the verb (``ambiguous_scale_distance_subjects``: "la distance du parcours s'élève à
        26,2 milles") it is no amount here, and both readings stay."""
        pattern = self._amount_cue_re
        if start <= 0 or pattern is None:
            return False
        cue = pattern.search(text, max(0, start - 60), start)
        if cue is None:
            return False
        clause = max(text.rfind(stop, 0, cue.start()) for stop in ".;!?") + 1
        subjects = self._distance_subject_re
        return subjects is None or subjects.search(text, max(clause, cue.start() - 120), cue.start()) is None

    def counts_after(self, text: str, end: int) -> bool:
        """Whether an ambiguous scale word ending at ``end`` is followed by a count's "de" and its
        plural noun ("milles de touristes", "milles d'objets"): the word is then the misspelt
        thousands whatever the figure before it. A distance's "de" brings a place (a capital, a
        determiner: "milles d'Orlando", "milles de l'arrivée"), a singular ("milles de terre",
        "milles de route": what is counted in thousands is plural, ``ambiguous_scale_count_endings``)
        or a plural length word ("milles de côtes"), listed in ``ambiguous_scale_not_counted``."""
        m = _NEXT_WORD_RE.match(text, end)
        if m is None or m.group(1).lower() not in self.lower_words.get("ambiguous_scale_counted", ()):
            return False
        noun = _NEXT_WORD_RE.match(text, m.end())
        if noun is None or not noun.group(1)[0].islower():
            return False
        word = noun.group(1).lower()
        return word.endswith(tuple(self.misc.get("ambiguous_scale_count_endings", ()))) \
            and word not in self.lower_words.get("ambiguous_scale_not_counted", ())

    @functools.cached_property
    def displacement_cues(self) -> frozenset:
        """Words before a one-decimal figure that make it an engine size in litres ("un 1,6"), lower case."""
        return self.lower_words.get("displacement_cues", frozenset())

    @functools.cached_property
    def lower_cardinals(self) -> dict:
        """The cardinal number words (``words``) by their lower-case form, with their values."""
        return {k.lower(): v for k, v in self.words.items()}

    @functools.cached_property
    def multipliers(self) -> frozenset:
        """Words that multiply the unit before them ("quatre-vingts"), lower case."""
        return frozenset(s.lower() for s in self.words_of("multipliers"))

    @functools.cached_property
    def ordinal_suffixes(self) -> frozenset:
        return frozenset(s.lower() for s in self.words_of("ordinal_suffixes"))

    @functools.cached_property
    def lower_units(self) -> dict:
        return {k.lower(): v for k, v in self.units.items()}

    @functools.cached_property
    def suffix_re(self) -> re.Pattern:
        """What may follow a numeral: percent, scale word or abbreviation, unit."""
        return re.compile(
            rf"{_SP}?(?P<pct>{_word_alt(self.words_of('percent'), True)})(?!\w)"
            rf"|(?:{_SP}*[{_CURRENCY}])?(?:{_SP}+|-)"
            rf"(?:(?:{_word_alt([*self.words_of('scale_fillers'), *self.words_of('currency_words')], True)}){_SP}+)?"
            rf"(?P<scale>{_word_alt(self.scales, True)})(?:(?<=\.)|(?!\w))"
            rf"|{_SP}?(?P<abbr>{_word_alt(self.scale_abbreviations, True)})(?:{_SP}?(?=[{_CURRENCY}])|(?=\W|$))",
            re.IGNORECASE,
        )

    def _linking(self, key: str) -> str:
        """A pattern for the linking words of ``key`` ("de", "d'", "of") with what follows them."""
        def linked(w: str) -> str:
            word = re.escape(w).replace("'", "['’]")
            return word if w.endswith("'") else word + rf"{_SP}+"

        return alternation(self.words_of(key), linked, ordered=True)

    @functools.cached_property
    def unit_re(self) -> re.Pattern:
        """A unit after a figure, case-sensitive: "33T" (records) is not 33 t (tonnes); a filler: "les 18
        derniers mois"."""
        return self._unit_pattern(_word_alt(self.units, False))

    def _unit_pattern(self, units: str) -> re.Pattern:
        """A unit after a figure: its link ("de"), a filler ("derniers") and one of ``units``, not followed by a
        letter, nor by an apostrophe and a letter: "4 l'an" is 4 a year, its l the elided article of "an", no
        litre."""
        fillers = self.words_of("unit_fillers")
        filler = rf"(?:(?:{_word_alt(fillers, False)}){_SP}+)?" if fillers else ""
        return re.compile(rf"(?:{_SP}*|-)(?:{self._linking('unit_links')})?{filler}(?P<unit>{units})"
                          r"(?![^\W\d_]|['’][^\W\d_])")

    @functools.cached_property
    def lower_word_units(self) -> dict:
        return {k.lower(): v for k, v in self.word_units.items()}

    @functools.cached_property
    def word_unit_re(self) -> Optional[re.Pattern]:
        """The ``word_units`` (units after a number said in words), linked and filled as :attr:`unit_re`, in any
        case; None for a language without them."""
        if not self.word_units:
            return None
        return self._unit_pattern(f"(?i:{_word_alt(self.word_units, True)})")

    @functools.cached_property
    def article_span_re(self) -> Optional[re.Pattern]:
        """A span of time said with the indefinite article and no figure: "a year", "half a year", "a
        year and a half" (groups ``part``, ``unit``, ``more``); None for a language without the words."""
        spans = [u for u, spec in self.units.items() if spec[0] == _DURATION and u.isalpha()]
        indefinite, fractions = self.words_of("indefinite"), list(self.fractions)
        if not spans or not indefinite or not fractions:
            return None
        ind, frac = _word_alt(indefinite, True), _word_alt(fractions, True)
        # a span word that is also a fraction ("a quarter") is the fraction before a link or before a word
        # it counts a part of (a scale, a counted word, a unit): "a quarter of the votes" is 25 %, "a
        # quarter century" 25 years, "a quarter million" 250,000, "a quarter hour" 15 minutes; "in a
        # quarter" is three months
        shared = [u for u in spans if u.lower() in self.lower_fractions]
        unit = _word_alt([u for u in spans if u.lower() not in self.lower_fractions], True)
        if shared:
            counted = [w for w in (*self.scales, *self.approximate, *self.units) if w.replace(" ", "").isalpha()]
            unit = (rf"{unit}|(?:{_word_alt(shared, True)})(?![\w-])(?!{_SP}+(?:{self._linking('unit_links')}"
                    rf"|(?:{_word_alt(counted, True)})(?![\w-])))")
        return re.compile(
            rf"(?<![\w-])(?:(?P<part>{frac}){_SP}+)?(?:{ind}){_SP}+(?P<unit>{unit})(?![\w-])"
            rf"(?:{_SP}+(?:{_word_alt(self.words_of('connectors'), True)}){_SP}+(?:(?:{ind}){_SP}+)?"
            rf"(?P<more>{frac})(?![\w-]))?",
            re.IGNORECASE,
        )

    @functools.cached_property
    def lower_fractions(self) -> dict[str, float]:
        """The fraction words in lower case with their values (``"demi": 0.5``)."""
        return {k.lower(): float(v) for k, v in self.fractions.items()}

    @functools.cached_property
    def rate_words(self) -> frozenset:
        """Words after which an indefinite article means "per" (``rate_cues``, ``currency_words``), lower case."""
        return self.lower_words.get("rate_cues", frozenset()) | self.lower_words.get("currency_words", frozenset())

    @functools.cached_property
    def half_day_re(self) -> Optional[re.Pattern]:
        """The half of the day said right after a time ("three thirty pm", "six forty-five in the evening":
        ``am`` and ``oclock_morning``, ``pm`` and ``oclock_evening``; groups ``am``, ``pm``); None for a
        language that says neither."""
        morning = [*self.words_of("oclock_morning"), *self.words_of("am")]
        evening = [*self.words_of("oclock_evening"), *self.words_of("pm")]
        if not morning or not evening:
            return None
        return re.compile(rf"{_SP}*(?:(?P<am>{_word_alt(morning, True)})|(?P<pm>{_word_alt(evening, True)}))(?!\w)", re.I)

    @functools.cached_property
    def oclock_re(self) -> Optional[re.Pattern]:
        """An o'clock word right after an hour, with the half of the day said after it (groups ``am``,
        ``pm``); None for a language without ``oclock_words``."""
        words = self.words_of("oclock_words")
        if not words:
            return None
        morning = [*self.words_of("oclock_morning"), *self.words_of("am")]
        evening = [*self.words_of("oclock_evening"), *self.words_of("pm")]
        return re.compile(rf"{_SP}*(?:{_word_alt(words, True)})(?!\w)(?:{_SP}*(?:(?P<am>{_word_alt(morning, True)})"
                          rf"|(?P<pm>{_word_alt(evening, True)}))(?!\w))?", re.I)

    @functools.cached_property
    def time_followers(self) -> frozenset:
        """The words that may follow a time without being counted by its hour: the language's function words
        ("at 20 past 9 on Monday") and the time zones (``zone_words``: "at midnight 15 GMT"), lower case (see
        :func:`_time_alone`, :func:`_clock_words`)."""
        from mtqa.langs import language  # (the language's owner reads these conventions: imported late)

        return language(self.lang).function_words | self.lower_words.get("zone_words", frozenset())

    @functools.cached_property
    def place_articles(self) -> frozenset:
        """The articles a place name may follow ("le Midi"), lower case: a noon or midnight word written with
        a capital after one is a name, no time (see :func:`_noon`)."""
        from mtqa.langs import language  # (the language's owner reads these conventions: imported late)

        return language(self.lang).word_set("place_articles")

    @functools.cached_property
    def oclock_heads(self) -> frozenset:
        """The last run of letters of each o'clock word in lower case ("o'clock" -> "clock"): a text
        without one of them says no o'clock."""
        return frozenset(_LETTER_RUN.findall(w.lower())[-1] for w in self.words_of("oclock_words"))

    @functools.cached_property
    def article_heads(self) -> frozenset:
        """The heads (:func:`heads`) of the words a match of :attr:`article_span_re` starts with: a
        fraction ("half a year") or an indefinite article ("a year")."""
        return heads([*self.fractions, *self.words_of("indefinite")])

    @functools.cached_property
    def span_heads(self) -> frozenset:
        """The span-of-time unit words in lower case (a screen for :func:`_article_spans`)."""
        return frozenset(u.lower() for u, spec in self.units.items() if spec[0] == _DURATION and u.isalpha())

    @functools.cached_property
    def month_re(self) -> Optional[re.Pattern]:
        if not self.months:
            return None
        month = alternation(self.months, lambda m: re.escape(m).replace(r"\.", r"\.?"))
        suf = _word_alt(self.ordinal_suffixes, True)
        return re.compile(
            rf"(?<![\w.,])(?P<d1>[0-3]?\d)(?:{suf})?{_SP}+(?:{self._linking('date_links')})?(?P<m1>{month})(?![\w])"
            rf"|(?<![\w])(?P<m2>{month}){_SP}+(?P<d2>[0-3]?\d)(?:{suf})?(?![\w]|[.,]\d)",
            re.IGNORECASE,
        )

    @functools.cached_property
    def time_res(self) -> list[tuple[str, re.Pattern, frozenset, str]]:
        """(kind, pattern, heads, lead) per time notation, tried in this order.

        A match of a pattern starts at the start of a run of digits or, when ``heads`` is not empty,
        at a word with one of those heads (see :meth:`_Scan.starts`), and holds a run of digits
        that starts with one of ``lead`` (any digit when empty): the scan tries the pattern only
        there, and only in a text with such a run."""
        out = []
        digits = (frozenset(), "")
        ampm = [*self.words_of("am"), *self.words_of("pm")]
        if ampm:
            # the colon spaced as tokenised MT writes it ("6 : 30 a.m."); a figure right after "15: " or "15 : "
            # is the minutes of that time, not an hour of its own ("15: 05 p.m." is 15:05, not 5 p.m.). Seconds
            # may follow the minutes, after a colon or a dot ("7:30:00 p.m.", and MT's "3: 30.00 p.m."): before a
            # half of the day they are a clock's, not a figure's decimals. An hour past 12 with its minutes is the
            # 24-hour clock whatever word follows ("19: 30.00 p.m." is 19:30).
            out.append(("ampm", re.compile(
                rf"(?<![\w.,:])(?<!\d:{_SP})(?<!\d{_SP}:{_SP})(?P<h>1\d|2[0-3]|0?\d)"
                rf"(?:(?:{_SP}?:{_SP}?|\.)(?P<m>[0-5]\d)(?:[:.](?P<s>[0-5]\d))?)?{_SP}?"
                rf"(?P<ap>{_word_alt(ampm, True)})(?![\w])", re.I), *digits))
        # A clock or race time with seconds, spaced or not ("2:03:59", "2 :03 :59", "2: 03: 59"); not one before
        # a half of the day, which the pattern above reads as a time of day ("7:30:00 p.m.").
        half = rf"(?!{_SP}?(?:{_word_alt(ampm, True)})(?![\w]))" if ampm else ""
        out.insert(0, ("hms", re.compile(
            rf"(?<![\w.,:])(?P<h>\d{{1,2}}){_SP}?:{_SP}?(?P<m>[0-5]\d){_SP}?:{_SP}?(?P<s>[0-5]\d)(?![\w:]|[.,]\d){half}",
            re.I), *digits))
        zones = self.words_of("zone_words")
        if zones:  # "1700 GMT": four glued digits before a time zone
            out.append(("zone", re.compile(
                rf"(?<![\w.,:])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d){_SP}?(?:{_word_alt(zones, False)})(?![\w])"), *digits))
        hours, minutes = self.words_of("hour_words"), self.words_of("minute_words")
        joins = self.words_of("connectors")
        if hours and minutes:
            out.append(("duration", re.compile(
                rf"(?<![\w.,])(?P<h>\d{{1,2}}){_SP}?(?:{_word_alt(hours, True)}){_SP}*(?:(?:{_word_alt(joins, True)}){_SP}+)?"
                rf"(?P<m>[0-5]?\d){_SP}?(?:{_word_alt(minutes, True)})(?![\w])", re.I), *digits))
        cues, clock_hours = self.words_of("clock_cues"), self.words_of("clock_hour_words")
        if clock_hours:  # "1530 hours", "from 1000 to 2030 hours"
            out.append(("clock24", re.compile(
                rf"(?<![\w.,:])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?=(?:{_SP}*(?:{_word_alt(self.words_of('range_words'), True)})"
                rf"{_SP}*(?:[01]\d|2[0-3])[0-5]\d)?{_SP}?(?:{_word_alt(clock_hours, True)})(?!\w))", re.I), *digits))
        if cues:  # "at 0530": a leading zero after a time word
            out.append(("clock24", re.compile(
                rf"(?<!\w)(?:{_word_alt(cues, True)}){_SP}+(?P<h>0\d)(?P<m>[0-5]\d)(?![\w:]|[.,]\d)", re.I), heads(cues), "0"))  # "at 0530"
        # spaced on either side of the colon as in "2 :03 :59" above ("6 : 30", "15: 05"); times listed with a
        # bare comma ("21:15,21:19", tokenised MT's list) are two times, not the decimal "15,21" between two figures
        out.append(("colon", re.compile(
            rf"(?<![\w.:])(?<!(?<!:\d\d),)(?<!\d:{_SP})(?<!\d{_SP}:{_SP})(?P<h>[01]?\d|2[0-3]){_SP}?:{_SP}?(?P<m>[0-5]\d)"
            rf"(?![\w:]|\.\d|,\d(?!\d?:[0-5]\d))"), *digits))
        markers = self.words_of("hour_markers")
        if markers:
            # a lower-case letter glued before is a typo of the join ("à7h30"), as for plain numerals; a half
            # of the day glued after the minutes ends the time too ("2h45am": MT's mix of both notations, whose
            # half of the day the reading below takes), else the minutes and the letters read as a figure "45am"
            glued = rf"(?=(?:{_word_alt(ampm, True)})(?![\w]))|" if ampm else ""
            out.append(("hour", re.compile(
                rf"(?<![\d.,:_])(?<!(?-i:[{UPPER}]))(?P<h>[01]?\d|2[0-4]){_SP}?(?:{_word_alt(markers, True)})"
                rf"(?:{_SP}?(?P<m>[0-5]\d)(?:{glued}(?![\w]))|(?![\w]))", re.I), *digits))
        return out

    @functools.cached_property
    def span_re(self) -> Optional[re.Pattern]:
        r"""A span of time written in parts (a race, lap or match time), the parts' marks from ``span_*_marks``
        of [misc]: hours and minutes with or without seconds ("2 h 03 min 59 s", "two hours and 41 minutes"),
        minutes and seconds ("1 min 10 s 270", "1min 10.270sec", "1'10\"270"), seconds with decimals ("10 s 27",
        "10.27 seconds"), or colons with decimals ("1:10.270", "2:03:59.4", and tokenised MT's "3: 32.77": a
        space after the colon, not before it, which French writes after a label: « Étape 4 : 12,5 km »). Digits right after the seconds'
        mark are their decimals (French writes the thousandths after the mark). None for a language without
        marks. The hour and the minutes may be number words ("two hours and 41 minutes", "three minutes and 26
        seconds": the language's ``words``, so that the worded side is one span like the figured one); minutes
        with a bare count of seconds closing the clause are a span too ("3 minutes 45."), and so are hours and
        minutes whose minutes' mark is a quote mark with the seconds glued after it and no mark of their own
        (« 2h03'41 », the marathon's time as French sports pages write it: "2:03:41"; with tenths, « 2h03'41,5 »
        = "2:03:41.5"). The colon form takes
        the language's decimal mark or a point, not a comma in English ("John 3:16,17" cites verses); see
        :func:`_spans`."""
        marks = [self.words_of(f"span_{part}_marks") for part in ("hour", "minute", "second")]
        if not all(marks):
            return None

        def alt(words) -> str:  # a mark of letters ends the word; a quote mark may have a digit glued after
            return alternation(words, lambda w: re.escape(w) + ("(?![^\\W\\d_])" if w[-1:].isalpha() else ""))

        hours, minutes, seconds = (alt(m) for m in marks)
        ampm = [*self.words_of("am"), *self.words_of("pm")]  # "20: 45.00 p.m." is a time of day (see time_res)
        half = rf"(?!{_SP}?(?:{_word_alt(ampm, True)})(?![\w]))" if ampm else ""
        joins = self.words_of("connectors")
        join = rf"(?:,?{_SP}*(?:(?:{_word_alt(joins, True)}){_SP}+)?)" if joins else rf"{_SP}*"
        hour = rf"\d{{1,2}}|{_word_alt(self.span_words(24), True)}" if self.span_words(24) else r"\d{1,2}"
        minute = r"\d{1,2}"
        if self.span_words(59):  # a word, or a compound of two joined by hyphens (« quarante-cinq », « vingt-et-une »)
            # or by the connector (« vingt et une »)
            word = rf"(?:{_word_alt(self.span_words(59), True)})"
            link = rf"|{_SP}(?:{_word_alt(joins, True)}){_SP}" if joins else ""
            minute = rf"\d{{1,2}}|{word}(?:(?:-(?:(?:{_word_alt(joins, True)})-)?{link}){word})?" if joins \
                else rf"\d{{1,2}}|{word}(?:-{word})?"
        point = re.escape("." + (self.decimal if self.decimal != "." else ""))

        def sec(n: str) -> str:
            return (rf"(?P<s{n}>\d{{1,2}})(?:[.,](?P<f{n}>\d{{1,3}}))?{_SP}?(?:{seconds})"
                    rf"(?:{_SP}?(?P<g{n}>\d{{1,3}})(?![\w]|[.,]\d|{_SP}?(?:{minutes}|{seconds})))?")
        return re.compile(
            rf"(?<![\w.,:'’])(?:"
            rf"(?P<h>{hour}){_SP}?(?:{hours}){join}(?P<m>{minute}){_SP}?(?:{minutes})"
            rf"(?:{join}{sec('1')}|(?<=['’])(?P<b1>[0-5]\d)(?:[.,](?P<bf>\d{{1,3}}))?(?![\w'’\"”]|[.,]\d))?"
            rf"|(?P<m2>\d{{3}}|{minute}){_SP}?(?:{minutes})(?:{join}{sec('2')}"
            rf"|{_SP}(?P<b2>[0-5]\d)(?={_SP}?(?:[.;)]|$)(?![.,]\d)))"
            rf"|(?P<s3>\d{{1,2}})(?:[.,](?P<f3>\d{{1,3}}){_SP}?(?:{seconds})|{_SP}?(?:{seconds}){_SP}?(?P<g3>\d{{1,3}})"
            rf"(?![\w]|[.,]\d|{_SP}?(?:{minutes}|{seconds})))"
            rf"|(?:(?P<ch>\d{{1,2}}):{_SP}?)?(?P<cm>\d{{1,2}}):(?P<cg>{_SP}?)(?P<cs>[0-5]\d)(?:[{point}]|,(?!\d{{1,3}}:))"
            rf"(?P<cf>\d{{1,3}})"
            rf"(?!{_SP}?%){half}"
            rf")(?![\w]|[.,]\d)", re.I)

    def span_words(self, most: int) -> tuple:
        """The one-word whole numbers from 1 to ``most`` of the language's ``words`` ("two", "forty"), and the
        articles that count one in a span (``span_one_words`` of [misc]: "an hour and 40 minutes", "a minute and
        20 seconds"), which an hour (``most`` 24) or a count of minutes (59) of :attr:`span_re` may be written with."""
        return (*self.words_of("span_one_words"), *(w for w, v in self._span_numbers if v <= most))

    @functools.cached_property
    def _span_numbers(self) -> tuple:
        return tuple((w, v) for w, v in self.words.items() if isinstance(v, (int, float)) and not isinstance(v, bool)
                     and float(v).is_integer() and 1 <= v <= 59 and w.isalpha())

    @functools.cached_property
    def span_mark_heads(self) -> frozenset:
        """The heads of the hours' and minutes' marks of letters ("hours", "min"): a span may start at a number
        word or an article (:meth:`span_words`) only in a text that has one, so the other texts pay no attempt
        at each "a" and "two"."""
        return heads([w for part in ("hour", "minute") for w in self.words_of(f"span_{part}_marks") if w.isalpha()])

    @functools.cached_property
    def span_hour_heads(self) -> frozenset:
        """The heads of the number words a span of :attr:`span_re` may start with (its hour or its minutes)."""
        return heads(self.span_words(59))

    @functools.cached_property
    def word_time_res(self) -> list[tuple[str, re.Pattern, frozenset, str]]:
        """The time patterns that start at a word (see :attr:`time_res`), in order."""
        return [entry for entry in self.time_res if entry[2]]

    @functools.cached_property
    def time_screen(self) -> re.Pattern:
        """Matches where one of the time patterns that start at a run of digits matches (their
        alternation, names dropped, each with its own flags): tried once at each run of digits, it
        tells a text with no time at all (most texts) without trying every pattern there."""
        parts = []
        for _, pattern, words, _ in self.time_res:
            if not words:
                body = re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern)
                parts.append(f"(?i:{body})" if pattern.flags & re.IGNORECASE else f"(?:{body})")
        return re.compile(alternation(parts, str, ordered=True))

    @functools.cached_property
    def time_prescreen(self) -> tuple[re.Pattern, bool]:
        r"""What every time pattern that starts at a run of digits holds (see :attr:`time_res`): a digit, spaces
        perhaps, then a colon, a dot (``6.30 pm``) or one of the words that may follow an hour's digits (a half
        of the day, a time zone, an hour word or marker, a word of a range of 24-hour times). One search of
        the text, in C, tells most texts with figures but no time before :attr:`time_screen` is tried at
        each run of digits.

        Tried at the starts of the runs of digits (:meth:`_Scan.starts`) rather than searched for: it matches
        after the last digit of a run only (a digit follows any other, and none of the words starts with one),
        so ``\d+`` from the run's start reaches the same place, and the text between the runs is not read.
        A language one of whose words starts with a digit has its pattern searched for (``anchored`` False)."""
        keys = ("am", "pm", "zone_words", "hour_words", "clock_hour_words", "range_words", "hour_markers")
        words = [w for key in keys for w in self.words_of(key)]
        anchored = not any(_DECIMAL_RE.match(w) for w in words)
        return re.compile(rf"\d{'+' if anchored else ''}{_SP}*(?:[:.]|{_word_alt(words, True)})", re.I), anchored

    @functools.cached_property
    def slash_date_re(self) -> Optional[re.Pattern]:
        order = self.misc.get("slash_dates")
        if not order:
            return None
        return re.compile(r"(?<![\w/.,])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![\w/]|[.,]\d)")

    @functools.cached_property
    def range_re(self) -> re.Pattern:
        return re.compile(rf"^{_SP}*(?:{_word_alt(self.words_of('range_words'), True)}){_SP}*[{_CURRENCY}]?{_SP}*$", re.I)

    def month(self, word: str) -> Optional[int]:
        key = word.lower()
        got = self.months.get(key)
        if got is None:
            got = self.months.get(key[:-1] if key.endswith(".") else key + ".")
        return got


def full_name(names: dict, number: int) -> str:
    """How a message names month or day ``number`` in a language: the longest of its names for it in ``names``
    (name -> number: [months], [weekdays]), capitalised ("September", not "sept.")."""
    spelled = [w for w, n in names.items() if n == number and not w.endswith(".")]
    return max(spelled, key=len).capitalize() if spelled else str(number)


def _load(lang: str) -> dict:
    return data_toml("numbers", f"{lang}.toml")


@memoize(TABLES)
@built_from(lambda lang, fallback=None: ("numbers", f"{lang}.toml"))
def conventions(lang: str, fallback: Optional[str] = None) -> Conventions:
    """The number conventions of ``lang``; with ``fallback``, that language's
    notations are understood too (``lang``'s own readings win on conflicts,
    e.g. English ``billion`` stays 10^9 though French ``billion`` is 10^12),
    except a fallback word that spells a word of ``lang`` (``lang``'s
    ``homographs``: English ``cents`` are coins, no French hundreds) or is
    one of the fallback's ``ambiguous_scales``."""
    layers = [_load(lang)] + ([_load(fallback)] if fallback and fallback != lang else [])
    # words of ``lang`` that a fallback's number words spell ("cents": a coin in English, hundreds in French)
    homographs = set(layers[0].get("misc", {}).get("homographs", ()))
    merged: dict = {}
    for key in ("words", "ordinal_words", "approximate", "scales", "scale_abbreviations", "fractions", "units",
                "word_units"):
        table: dict = {}
        for layer in reversed(layers):
            # an ambiguous scale word ("milles") is read in its own language only: copied into
            # another language's text it is a word the reader cannot read as a figure; nor is a fallback's
            # word that is another word of this language ("five cents" is no 500)
            foreign = set(layer.get("misc", {}).get("ambiguous_scales", ())) | homographs \
                if layer is not layers[0] else set()
            table.update({k: v for k, v in layer.get(key, {}).items() if k not in foreign})
        merged[key] = table
    months: dict = {}
    for layer in reversed(layers):
        months.update({k.lower(): v for k, v in layer.get("months", {}).items()})
    misc: dict = {}
    for layer in reversed(layers):
        for k, v in layer.get("misc", {}).items():
            misc[k] = list(v) + list(misc.get(k, ())) if isinstance(v, list) else v
    first = layers[0]
    misc["months_capitalised"] = first.get("misc", {}).get("months_capitalised", False)
    misc["own_months"] = frozenset(k.lower() for k in first.get("months", {}))
    misc["calendar_homographs"] = frozenset(w.lower() for w in first.get("misc", {}).get("calendar_homographs", ()))
    # whether a colon is spaced is the text's own typography: French text copied into English MT keeps
    # English's reading of "6 : 30" (tokenised MT's time)
    for key in ("spaced_colon_cues", "spaced_colon_from", "spaced_colon_to"):
        misc[key] = list(first.get("misc", {}).get(key, ()))
    return Conventions(
        lang=lang,
        decimal=first.get("decimal", "."),
        group=tuple(first.get("group", (",",))),
        months=months,
        weekdays={k.lower(): int(v) for k, v in first.get("weekdays", {}).items()},
        misc=misc,
        fallback=fallback if fallback != lang else None,
        **merged,
    )


# -- bare numerals -----------------------------------------------------------

def _grouped(int_part: str, groups: list[str]) -> bool:
    return 1 <= len(int_part) <= 3 and all(len(g) == 3 for g in groups)


def split_readings(numeral: str, decimal: str) -> list[tuple[str, str]]:
    """Readings of a numeral as (integer digits, decimal digits), the one under ``decimal`` first.

    ``"3.000"`` under ``","`` reads ``[("3000", ""), ("3", "000")]``; ``"1 183,03"``
    reads ``[("1183", "03")]`` whatever ``decimal`` is; [] if malformed. The
    one reader of numerals in mtqa: values, the format checks' amounts and
    the aligner's number anchors all go through it.
    """
    text = numeral
    for sp in _SPACES:
        text = text.replace(sp, "")
    spaced = text != numeral
    seps = [c for c in text if c in ".,'"]
    if not seps:
        return [(text, "")]
    if len(set(seps)) > 1:  # 1.234,5 or 1,234.5: the last separator is the decimal one
        last = seps[-1]
        head, _, frac = text.rpartition(last)
        parts = re.split(r"[.,']", head)
        if last in head or not _grouped(parts[0], parts[1:]):
            return []
        return [("".join(parts), frac)]
    sep = seps[0]
    parts = text.split(sep)
    if spaced:  # "1 183,03": spaces group, the one separator is the decimal one
        return [tuple(parts)] if len(parts) == 2 else []
    if len(parts) > 2:  # 1.000.000
        return [("".join(parts), "")] if _grouped(parts[0], parts[1:]) and sep != "'" else []
    head, frac = parts
    if sep == "'":
        return [(head + frac, "")] if _grouped(head, [frac]) else []
    as_decimal = (head, frac)
    if len(frac) == 3 and _grouped(head, [frac]) and head != "0":
        as_group = (head + frac, "")
        return [as_decimal, as_group] if sep == decimal else [as_group, as_decimal]
    return [as_decimal]


@memoize(SOME_WORDS)
def _values(numeral: str, decimal: str) -> tuple[float, ...]:
    """Readings of a numeral, the one under ``decimal`` first (none if malformed); remembered, as the
    same numerals (years, small counts) recur in every document."""
    return tuple(float(f"{i}.{f}" if f else i) for i, f in split_readings(numeral, decimal))


def numerals(text: str, *, remember: bool = True) -> Iterator[re.Match]:
    """The numerals of a text ("3 000", "12,5", "1.234.567", "2013"), one match each.

    ``remember=False`` for a text read once (a feed item's summary, :func:`mtqa.align.anchors.anchors_of`):
    its digit starts are then found without entering the shared cache, which keeps segments' texts."""
    starts = digit_starts(text) if remember else _digit_starts(text, has_decimal.__wrapped__)
    return finditer_at(_NUMERAL_RE, text, starts)  # a numeral starts a run of digits


_DIGIT_RUN_RE = re.compile(r"\d+")


@memoize(SOURCES)
def digit_starts(text: str) -> tuple[int, ...]:
    r"""Where each run of decimal digits (``\d``) of ``text`` starts, remembered per text.

    Most figure patterns (here and in the format checks) can only match where a run of digits
    starts: they begin with a digit and refuse one before it. Found once per text, these places
    let each pattern be tried there alone (:func:`finditer_at`) instead of at every character."""
    return _digit_starts(text, has_decimal)


def _digit_starts(text: str, decimal: Callable[[str], bool]) -> tuple[int, ...]:
    return tuple(m.start() for m in _DIGIT_RUN_RE.finditer(text)) if decimal(text) else ()


def finditer_at(pattern: re.Pattern, text: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, trying ``pattern`` only at ``starts`` (ascending).

    The same matches whenever every match of ``pattern`` begins at one of ``starts`` and none is
    empty: ``finditer`` tries each position in turn and resumes at the end of a match, and so does
    this, skipping the positions that cannot start one. A match attempt at a position sees the
    text before it, so lookbehinds read as in ``finditer``. Why: a pattern tried at the two or
    three places where a figure starts costs a few per cent of a scan of the whole sentence.
    """
    end = 0
    match = pattern.match
    for at in starts:
        if at >= end:
            m = match(text, at)
            if m is not None:
                yield m
                end = m.end()


def heads(words: Iterable[str]) -> frozenset:
    """The first run of letters of each word, in lower case (``"a.m."`` -> ``"a"``).

    A whole-word, case-insensitive match of one of the words begins a run of letters of the text
    whose lower case is that word's head: a text none of whose runs is a head holds none of
    the words (see :meth:`_Scan.starts`; a word that starts with no letter has the head "")."""
    out = set()
    for word in words:
        m = _LETTER_RUN.match(word)
        out.add(m.group(0).lower() if m else "")
    return frozenset(out)


def digit_key(numeral: str) -> str:
    """Digits only: "3 000", "3.000", "3,000" -> "3000"; "12,5"/"12.5" -> "125".

    A key that sidesteps the swap of '.' and ',' between conventions, at the
    price of equating 12.5 with 125, which is rare within one sentence pair.
    Trailing zeros after a decimal separator are kept ("2.50" != "2.5").
    """
    return "".join(ch for ch in numeral if ch.isdigit())


def parse_numeral(text: str, lang: str) -> Optional[float]:
    """Value of a bare numeral under ``lang``'s conventions, or None if malformed.

    ``parse_numeral("3 000", "fr") == 3000``, ``parse_numeral("12,5", "fr") == 12.5``,
    ``parse_numeral("3.000", "en") == 3.0``, ``parse_numeral("3,000", "en") == 3000``.
    """
    vals = _values(text.strip(), conventions(lang).decimal)
    return vals[0] if vals else None


def readings(text: str) -> dict[str, float]:
    """Values of a numeral under the decimal-comma and decimal-point conventions."""
    out = {}
    for name, dec in (("decimal-comma", ","), ("decimal-point", ".")):
        vals = _values(text.strip(), dec)
        if vals:
            out[name] = vals[0]
    return out


_DIGITS_RE = re.compile(r"\d+")
_YEAR_BEFORE_RE = re.compile(r"((?:19|20)\d\d)[-/–]$")
_RANGE_MARKS = ("-", "/", "–")
"""The last character of every match of :data:`_YEAR_BEFORE_RE` (its window is too short to end in a newline)."""
_LETTERS_BEFORE_RE = re.compile(r"([^\W\d_]*)[-‑]?$")
_NO_LETTERS_BEFORE = frozenset({"", *_SPACES, "(", "[", "$", "€", "£", "¥", '"', "«", "“", "'", "’", "/"})
"""Characters after which :func:`_letters_before` reads nothing, whatever the window (none is a letter, a hyphen
or a newline; "" is the text's start): the usual places of a numeral, told by one set lookup."""


def codes(text: str) -> set[str]:
    """Digit strings that are part of a name or code (``M23``, ``A380``, ``4G``), or of a user name or
    hashtag in any case (``@jemb123``, ``#cop21``: a translation that splits the mark from the name,
    "@ jemb123", has no figure of its own there)."""
    return set(_code_digits(text))


def _code_digits(text: str) -> list[str]:
    """The digit strings of :func:`codes`, once per time the text writes them."""
    out: list[str] = []
    for m in _CODE_TOKEN_RE.finditer(text):
        token = m.group()
        if any(ch.isupper() for ch in token) or (m.start() and text[m.start() - 1] in "@#"):
            out.extend(_DIGITS_RE.findall(token))
    return out


# -- mentions in running text --------------------------------------------------

@record(frozen=True)
class Quantity:
    """One figure mentioned in a text."""

    start: int
    end: int
    text: str
    value: Value
    alts: frozenset
    """Every plausible reading, ``value`` included."""
    kind: str
    """number, percent, year, ordinal, decade, time, date, word, roman."""
    exact: bool
    """Written with digits and not a bracketed conversion: a claim that must be matched."""
    measure: Optional[tuple] = None
    """When a unit follows, one (dimension, value in the base unit) per reading: (("mass", 922.0),)."""
    scale: float = 1.0
    whole: Optional["Quantity"] = None
    """For a part of a figure split by a stray space (``80, 000``), the whole figure (kind ``spaced``):
    a source figure only the whole matches was written wrongly (see :func:`compare`)."""
    either: tuple = ()
    """Two consecutive one-digit numbers joined by a comma where the comma is also the decimal mark
    (``5,6 ans``): 5.6, or a list, "five or six years". The list reading holds when the other side
    has both (see :func:`compare`)."""

    def __init__(self, start: int, end: int, text: str, value: Value, alts: frozenset, kind: str, exact: bool,
                 measure: Optional[tuple] = None, scale: float = 1.0, whole: Optional["Quantity"] = None,
                 either: tuple = ()):
        """The fields stored straight into the instance's dict: the ``__init__`` a frozen dataclass generates
        sets each field through ``object.__setattr__`` (its guard against assignment), 2.6 instead of 7 us a
        mention here, and a text's scan makes a few of them per figure. Equality, hashing, ``repr`` and the
        refusal of assignment stay the dataclass's (an ``__init__`` written in the class is kept by it)."""
        fields = self.__dict__
        fields["start"] = start
        fields["end"] = end
        fields["text"] = text
        fields["value"] = value
        fields["alts"] = alts
        fields["kind"] = kind
        fields["exact"] = exact
        fields["measure"] = measure
        fields["scale"] = scale
        fields["whole"] = whole
        fields["either"] = either

    def matches(self, other: "Quantity") -> bool:
        """Whether the two mentions can denote the same figure."""
        if self.kind == "date" and other.kind == "date":
            return self.value == other.value
        if not self.alts.isdisjoint(other.alts):
            return True
        for dim_a, a in self.measure or ():
            for dim_b, b in other.measure or ():
                if dim_a == dim_b and abs(a - b) <= MEASURE_TOLERANCE * max(abs(a), abs(b)) \
                        and not self._same_unit(a, other, b):
                    return True
        return False

    def _same_unit(self, a: float, other: "Quantity", b: float) -> bool:
        """Two different figures in one unit (245 km, 244 km): the tolerance is for conversions only."""
        x, y = self.value, other.value
        if a == b or not isinstance(x, float) or not isinstance(y, float) or not (x and y and b):
            return False
        return abs(x / y - a / b) <= 1e-9 * abs(a / b)

    def with_(self, **changes) -> "Quantity":
        fields = {f: getattr(self, f) for f in self.__dataclass_fields__}
        fields.update(changes)
        return Quantity(**fields)


class _Scan:
    """Mentions found so far in one text, and which characters they cover."""

    def __init__(self, text: str):
        self.text = text
        self.taken = bytearray(len(text))
        self.found: list[Quantity] = []
        self.digits = digit_starts(text)
        # the text this one translates, when known (find_quantities), folded: a name the source writes in
        # capitals or with accents (selon John MILLS) is still the one the translation writes (Mills)
        self.source: Optional[str] = None
        # the runs of letters in lower case, for the word screens (exact: the text reaches here with the
        # letters re.IGNORECASE folds unlike str.lower already read as their twins, see _CASE_TWINS).
        # An ASCII text is lowered whole, once: str.lower maps each ASCII letter to one letter and
        # leaves every other character as it is, so the runs of the lowered text are the lowered runs
        # at the same places (not so beyond ASCII: a final sigma is lowered by what follows it).
        # Its letters are then a-z, read with a plain class (matched faster than ``[^\W\d_]``).
        # The runs' set comes from one C pass either way: an ASCII text's lowered copy with every other
        # character made a space and split on the spaces (no match object or regex step per character);
        # another text's split into runs and gaps, kept for :attr:`words` (one scan of its letters, not two).
        self._lower = text.lower() if text.isascii() else None
        self._parts: Optional[list[str]] = None
        if self._lower is not None:
            self._gaps = self._lower.translate(_ASCII_GAPS)  # kept for :attr:`words`
            self.lowered = frozenset(self._gaps.split())
        else:
            self._parts = _LETTER_SPLIT.split(text)
            self._runs = list(map(str.lower, self._parts[1::2]))
            self.lowered = frozenset(self._runs)
        self._words: Optional[list[tuple[int, int, str]]] = None
        self._where: dict[int, int] = {}  # id of a mention of ``found`` -> its index (see replace)
        self._newer: dict[int, tuple[Quantity, Quantity]] = {}  # id of a replaced mention -> (it, its replacement)

    @property
    def words(self) -> list[tuple[int, int, str]]:
        """(start, end, lower case) of every run of letters (read when first asked for), from one split
        of the text (:data:`_LETTER_SPLIT`: runs and the gaps between them, whose lengths give the
        offsets) rather than a match object per run."""
        if self._words is None:
            if self._parts is None:
                # an ASCII text: the lowered copy whose every character but a-z is a space, cut at each
                # space; the k-th piece starts after the k pieces and k spaces before it (C iterators
                # throughout, no second regex pass over the text)
                pieces = self._gaps.split(" ")
                starts = list(itertools.compress(
                    map(operator.add, itertools.accumulate(map(len, pieces), initial=0), itertools.count()), pieces))
                runs = list(filter(None, pieces))
                self._words = list(zip(starts, map(operator.add, starts, map(len, runs)), runs))
            else:
                offsets = list(itertools.accumulate(map(len, self._parts)))
                self._words = list(zip(offsets[0::2], offsets[1::2], self._runs))
        return self._words

    def has_any(self, words: frozenset) -> bool:
        """Whether the text may hold one of the words whose heads are ``words`` (:func:`heads`)."""
        return not words.isdisjoint(self.lowered)

    def starts(self, digits: bool, words: frozenset = frozenset()) -> list[int]:
        """Where a pattern may match, in order: the starts of the runs of digits (with ``digits``)
        and of the runs of letters whose lower case is in ``words`` (heads, see :func:`heads`)."""
        at = list(self.digits) if digits else []
        if words:
            present = words & self.lowered
            if present:
                at.extend(s for s, _, w in self.words if w in present)
                if digits:
                    at.sort()
        return at

    def leads(self, digits: str) -> bool:
        """Whether a run of digits of the text starts with one of ``digits``."""
        text = self.text
        return any(text[at] in digits for at in self.digits)

    def matches(self, pattern: re.Pattern, digits: bool, words: frozenset = frozenset()) -> Iterator[re.Match]:
        """``pattern.finditer`` over the text, for a pattern whose matches start where :meth:`starts` says."""
        return finditer_at(pattern, self.text, self.starts(digits, words))

    def free(self, a: int, b: int) -> bool:
        return 1 not in self.taken[a:b]

    def take(self, q: Quantity) -> None:
        self.taken[q.start:q.end] = b"\x01" * (q.end - q.start)
        self._where[id(q)] = len(self.found)
        self.found.append(q)

    def replace(self, old: Quantity, new: Quantity) -> None:
        """Put ``new`` where ``old`` is. Found by identity, from an index of ``found`` rebuilt only when it is
        stale (``found`` sorted or rewritten since): a search of the list compared every mention before
        ``old`` field by field, so a text with many clock times (whose hour and minutes each get a reading
        here, :func:`_clock_words`, :func:`_half_day_minutes`) was read in the square of its mentions."""
        old = self.current(old)  # a mention a loop already replaced ("10" of "11 o'clock 10 o'clock 20")
        at = self._where.get(id(old))
        if at is None or at >= len(self.found) or self.found[at] is not old:
            self._where = {id(q): i for i, q in enumerate(self.found)}
            at = self._where[id(old)]
        self.found[at] = new
        self._where[id(new)] = at
        self._newer[id(old)] = (old, new)

    def current(self, q: Quantity) -> Quantity:
        """``q`` as it now stands in ``found``: its last replacement, when a loop over a copy of ``found``
        replaced it already (the minutes of one time that are the hour of the next, "at 11 o'clock 10 o'clock
        20": read from the copy, the second replacement searched for a mention no longer there)."""
        while (newer := self._newer.get(id(q))) is not None and newer[0] is q:
            q = newer[1]
        return q


@memoize(LARGE_TEXTS)
def quantities_of(text: str, lang: str, fallback: Optional[str] = None) -> tuple[Quantity, ...]:
    """:func:`find_quantities`, remembered for the last texts read: a source sentence is read
    once for all the systems that translate it (the quantities are immutable). Kept for
    :data:`~mtqa.langs.cache.LARGE_TEXTS` texts: ~1.4 kB a text's figures."""
    return tuple(find_quantities(text, lang, fallback))


@memoize(SOURCES)
def codes_of(text: str) -> tuple[str, ...]:
    """The digit strings of :func:`codes`, once per time the text writes them (what :func:`compare`
    counts), remembered like :func:`quantities_of`."""
    return tuple(_code_digits(text))


def find_quantities(text: str, lang: str, fallback: Optional[str] = None, source: Optional[str] = None) -> list[Quantity]:
    """Every number, time and date in ``text`` read with ``lang``'s conventions. With ``source``, the
    text ``text`` translates, a capitalised word after a figure is read as a name only when the source
    writes it too (names are kept in translation: "past 9 Mills said" for "selon Mills"); without it,
    the dictionaries decide (:func:`_counts_next`)."""
    conv = conventions(lang, fallback)
    scan = _Scan(_untwinned(text))
    scan.source = fold_text(source) if source is not None else None
    _spans(scan, conv)  # before the other readings; a span may be all words ("two hours and three minutes")
    if has_digit(text):
        _times(scan, conv)
        _fractions(scan)
        _feet_inches(scan)
        _dates(scan, conv)
        _numerals(scan, conv)
        _ranges(scan, conv)
        _compounds(scan, conv)
        _elliptical_scales(scan)
        _unit_fractions(scan, conv)
    _romans(scan, conv)
    _article_spans(scan, conv)
    _words(scan, conv)
    _noon(scan, conv)
    _clock_words(scan, conv)
    _half_day_minutes(scan, conv)
    _spoken_clock(scan, conv)
    _oclock(scan, conv)
    _past_to(scan, conv)
    _spoken_parts(scan, conv)
    scan.found.sort(key=_START)
    return _soften_conversions(text, scan.found)


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
_CASE_TWINS = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u212a": "K"})
"""The four letters outside ASCII that ``re.IGNORECASE`` matches to an ASCII letter (dotted I, dotless
i, long s, Kelvin sign): patterns would find ``milliardſ`` and the tables keyed by the lower-cased
word would not, so the reader sees their ASCII twins (one character each: spans are unchanged)."""


def _untwinned(text: str) -> str:
    """``text`` with :data:`_CASE_TWINS` read as their twins. Four substring searches tell a text that
    holds none (nearly all): ``str.translate`` looks each character of a text beyond ASCII up in the table."""
    if text.isascii() or not any(twin in text for twin in _TWINS):
        return text
    return text.translate(_CASE_TWINS)


_TWINS = tuple(map(chr, _CASE_TWINS))
_DECIMAL_RE = re.compile(r"\d")


@memoize(SEGMENTS)
def has_decimal(text: str) -> bool:
    r"""Whether ``text`` holds a decimal digit (``\d``), remembered per text: the number, format and
    unit checks all ask it of every segment. An ASCII text is tested with ten substring searches,
    several times cheaper than a ``\d`` search (which looks up every character's category)."""
    if text.isascii():
        return any(map(text.__contains__, _ASCII_DIGITS))  # a C loop: no generator step per digit
    return _DECIMAL_RE.search(text) is not None


_ASCII_DIGITS = "0123456789"


def has_digit(text: str) -> bool:
    r"""``any(ch.isdigit() for ch in text)``, at C speed for the usual texts: a decimal digit (``\d``)
    is a digit, and ASCII has no other; only a non-ASCII text without one is read character by
    character (``²``, ``①`` are digits too)."""
    if has_decimal(text):
        return True
    return not text.isascii() and any(map(str.isdigit, text))  # a C loop over the characters


def _times(scan: _Scan, conv: Conventions) -> None:
    text = scan.text
    am = conv.lower_words.get("am", frozenset())
    colon = ":" in text
    screen = conv.time_screen.match
    prescreen, anchored = conv.time_prescreen
    # The runs of digits where some time pattern matches (the screen is their alternation): each pattern
    # that starts at a run of digits is tried there alone, as a match of it is one of the screen's. The
    # same matches as a try at every run (:func:`finditer_at` passes over a place where nothing matches).
    clock = [at for at in scan.digits if screen(text, at)] if (
        any(map(prescreen.match, itertools.repeat(text), scan.digits)) if anchored
        else prescreen.search(text) is not None) else []
    for kind, pattern, words, lead in conv.time_res if clock else conv.word_time_res:
        if (not colon and kind in _COLON_KINDS) or (lead and not scan.leads(lead)):
            continue
        for m in scan.matches(pattern, False, words) if words else finditer_at(pattern, text, clock):
            if not scan.free(m.start(), m.end()):
                continue
            h, mins = int(m.group("h")), int(m.group("m") or 0)
            if kind == "colon" and text[m.end("h")] in _SPACES and _counts_on(text, m.start("m"), m.end(), conv,
                                                                               scan.source):
                continue  # "Question 3 : 45 %", "Étape 4 : 12 km": the colon French spaces after a label, no time's
            if kind == "colon" and text[m.end("h")] in _SPACES and text[m.start("m") - 1] in _SPACES \
                    and not _spaced_colon_time(text, m.start(), m.end(), conv):
                continue  # "le score de 21 : 14": a score or a label in a language that spaces every colon
            if kind == "clock24":  # "0530", "1530 hours": a time, or still a plain figure
                value = ("time", h, mins)
                alts = frozenset({value, float(m.group("h") + m.group("m"))})
                scan.take(Quantity(m.start("h"), m.end(), m.group()[m.start("h") - m.start():], value, alts, "time", True))
                continue
            if kind == "hms":  # a duration: the same three figures on both sides, or the span they add up to
                value = ("clock", h, mins, int(m.group("s")))
                alts = frozenset({value, (_SPAN, float(h * 3600 + mins * 60 + int(m.group("s"))))})
                scan.take(Quantity(m.start(), m.end(), m.group(), value, alts, "time", True))
                continue
            if kind == "ampm":
                if h > 12 and m.group("m") is None:
                    continue  # "15 p.m.": no hour of a 12-hour clock; other readings may take the figure
                h24 = h if h > 12 else (h % 12) + (0 if m.group("ap").lower() in am else 12)
                alts = {("time", h24, mins)}
                if m.group("s"):  # "2:08:17 a.m." for « 2:08:17 »: the same clock reading as the source's seconds
                    alts.add(("clock", h24, mins, int(m.group("s"))))
                if not mins:  # "1 a.m." for "une heure du matin"
                    alts.add(float(h))
                elif _titled_half_day(text, m, conv):  # "16.45 PM Cameron": the figure 16.45 before the title
                    alts.add(_num(float(f"{m.group('h')}.{m.group('m')}")))
            elif kind in ("colon", "zone"):
                h24 = h
                alts = {("time", h, mins)}
                if h <= 12:
                    alts.add(("time", (h + 12) % 24, mins))
            else:  # 14h30, 14 heures, 2 hours 45 minutes: a time of day or a duration
                h24 = h % 24
                alts = {("time", h24, mins), _num(h + mins / 60)}
                if _said_in_minutes(text, m.start(), m.end(), h, conv):  # a short duration, also said in the minutes
                    alts.add(_num(h * 60 + mins))  # it adds up to (« le match a duré 1 h 30 »: "90 minutes")
                if h < 12:
                    alts.add(("time", h + 12, mins))
            half = conv.half_day_re.match(text, m.end()) if kind != "ampm" and conv.half_day_re else None
            if half and 0 < h <= 12:  # "11 heures 10 du matin", "8 heures du soir": that half of the day alone
                h24 = h % 12 + (12 if half.group("pm") else 0)
                alts = {a for a in alts if not (isinstance(a, tuple) and a[0] == "time")}
            value = ("time", h24, mins)
            alts.add(value)
            scan.take(Quantity(m.start(), m.end(), m.group(), value, frozenset(alts), "time", True))


def _spans(scan: _Scan, conv: Conventions) -> None:
    """Spans of time written in parts (:attr:`Conventions.span_re`: "1 min 10 s 270", "1min 10.270sec",
    "2 h 03 min 59 s", "1:10.270"), each read as one value, the seconds it adds up to (``("span", 70.27)``),
    so that a race or lap time is compared as one figure in both languages' notations, not as the loose
    figures 1, 10 and 270 of one side against 1 and 10.27 of the other (a correct translation flagged
    twice). A changed part changes the value: "1:10.720" for « 1 min 10 s 270 » is still a changed figure.

    Other readings are kept where a part may be read alone: seconds with decimals are also that figure
    ("10.27" for « 10 s 27 »), and hours and minutes without seconds are also a time of day and a count of
    hours, as :func:`_times` reads "2 heures 45 minutes" (2:45, 2.75)."""
    pattern = conv.span_re
    if pattern is None:
        return
    text = scan.text
    worded = scan.has_any(conv.span_mark_heads)
    if not worded and not scan.digits:
        return
    for m in scan.matches(pattern, True, conv.span_hour_heads if worded else frozenset()):
        if not scan.free(m.start(), m.end()):
            continue
        start, whole = m.start(), None
        if text[start].isalpha() and _inside_number_words(text, start, conv):
            # « quarante-cinq minutes », "twenty-one minutes": the span's first word ends a longer number, read whole
            start, whole = _number_words_before(text, start, conv)
            if whole is None or not scan.free(start, m.end()):
                continue
        g = m.group
        alts = set()
        if g("h") is not None:
            h, mins, sec, frac = _count(conv, g("h")), _count(conv, g("m")), g("s1") or g("b1"), g("f1") or g("g1") or g("bf")
            if whole is not None:
                if whole > 24:
                    continue
                h = int(whole)
            if sec is None:  # "2 heures 45 minutes", "two hours and 41 minutes": also 2:45 and 2.75 hours, and
                alts.update({("time", h % 24, mins), _num(h + mins / 60)})
                if _said_in_minutes(text, start, m.end(), h, conv):  # the minutes a short one adds up to ("165 minutes")
                    alts.add(_num(h * 60 + mins))
                if h < 12:
                    alts.add(("time", h + 12, mins))
            elif not frac:
                alts.add(("clock", h, mins, int(sec)))  # what "2:03:59" reads
        elif g("m2") is not None:
            h, mins, sec, frac = 0, _count(conv, g("m2")), g("s2") or g("b2"), g("f2") or g("g2")
            if whole is not None:
                mins = int(whole)
            if not frac and not _LETTER_RUN.search(text, m.end("m2"), m.start("s2") if g("s2") else m.start("b2")):
                continue  # 6'7", 6' 11: feet and inches (:func:`_feet_inches`); a race time in quote marks has decimals
            if not frac and mins < 24:
                alts.add(("time", mins, int(sec)))  # "3:45" for « 3 min 45 s » (read as a clock by :func:`_times`)
        elif g("s3") is not None or whole is not None:
            if whole is not None:
                continue  # a number in words before seconds with figures: not a span this reading knows
            h, mins, sec, frac = 0, 0, g("s3"), g("f3") or g("g3")
            if g("g3") and text[m.end("s3")].isalpha() and not text[m.end("s3") + 1:m.start("g3")].strip(_SPACES):
                continue  # "the 20s 2": a decade, not 20.2 seconds (a race time spaces a one-letter mark, « 10 s 27 »,
                # or glues a quote mark, « 9"58 », which no decade is written with)
            if g("g3") and not text[m.end("s3"):m.start("g3")].strip(_SPACES)[-1:].isalpha() \
                    and text[m.start("g3") - 1] in _SPACES:
                continue  # « Antenne 2" 20 h »: a closing quote mark, then another figure (the decimals glue to it)
        else:
            if conv.unit_re.match(text, m.end()) or (g("cg") and _labelled(text, m.start())):
                continue  # "4: 12.5 km", "Stage 4: 12.5": a label and a measure, not 4 min 12.5 s
            if g("cf") and _LISTED_TIME.match(text, m.start("cf") - 1):
                continue  # « à 21:15,21:19 »: two clock times listed with a bare comma, not 21 min 15.21 s
            if text[m.start("cf") - 1] != "." and conv.decimal == "." and not g("ch") \
                    and not (scan.source and m.group() in scan.source):
                continue  # "John 3:16,17": a comma in a decimal-point language is a race time's only with its hours
                # ("2:03:59,4") or where the source writes the same time (a copy of « 1:10,27 »)
            h, mins, sec, frac = int(g("ch") or 0), int(g("cm")), g("cs"), g("cf")
        seconds = float(f"{int(sec or 0)}.{frac or 0}")
        span = (_SPAN, round(h * 3600 + mins * 60 + seconds, 3))
        alts.add(span)
        if not h and not mins:  # "10.27" for « 10 s 27 »: a figure too, paired with a plain one when changed
            value = _num(seconds)
            alts.add(value)
            scan.take(Quantity(start, m.end(), text[start:m.end()], value, frozenset(alts), "number", True))
        else:
            scan.take(Quantity(start, m.end(), text[start:m.end()], span, frozenset(alts), "time", True))


_NUMBER_WORD_BEFORE = re.compile(rf"([^\W\d_]+)(?:-|{_SP}+)(?:([^\W\d_]+){_SP}+)?$")


def _inside_number_words(text: str, at: int, conv: Conventions) -> bool:
    """Whether the number word starting a span at ``at`` ends a longer number written in words: a hyphen after a
    word (« quarante-cinq »), or a number word of the language right before it, directly or across one of its
    ``connectors`` (« vingt et une », "twenty one"). The span would read only its last word (5 for 45)."""
    if text[at - 1:at] == "-" and text[at - 2:at - 1].isalpha():
        return True
    m = _NUMBER_WORD_BEFORE.search(text, max(0, at - 40), at)
    if not m:
        return False
    first, second = m.group(1).lower(), (m.group(2) or "").lower()

    def number(word: str) -> bool:
        value = conv.words.get(word)
        return isinstance(value, (int, float)) and not isinstance(value, bool)

    if second:
        return number(second) or (second in conv.words_of("connectors") and number(first))
    return number(first)


_NUMBER_RUN_BEFORE = re.compile(rf"(?:[^\W\d_]+(?:-|{_SP}+))+$")


def _number_words_before(text: str, at: int, conv: Conventions) -> tuple[int, Optional[float]]:
    """The start and value of the longer number in words whose last word starts a span at ``at`` (see
    :func:`_inside_number_words`): the number words and connectors right before it, joined by hyphens or spaces,
    composed as :func:`_words` composes them (« quarante-cinq » 45, « vingt et une » 21); None when they do
    not compose."""
    m = _NUMBER_RUN_BEFORE.search(text, max(0, at - 60), at)
    if not m:
        return at, None
    connectors, indefinite, fractions = conv.word_sets[:3]
    pieces = [(w.start(), w.group()) for w in _LETTER_RUN.finditer(text, m.start(), m.end())]
    first_word = _LETTER_RUN.match(text, at)
    words = [(at, first_word.group())] if first_word else []
    for begin, word in reversed(pieces):  # back from the span's word while the words are numbers or links
        low = word.lower()
        if low in conv.number_words or (low in connectors and words and words[0][1].lower() in conv.number_words):
            words.insert(0, (begin, word))
            continue
        break
    while words and words[0][1].lower() in connectors:
        words.pop(0)
    if len(words) < 2:
        return at, None
    value = _compose([w.lower() for _, w in words], conv, connectors, indefinite, fractions)
    if value is None or value != int(value) or not 1 <= value <= 59:
        return at, None
    return words[0][0], value


MINUTES_SAID_UNDER = 5
"""Hours under which a duration in hours and minutes is also read as the minutes it adds up to: news writes a
match, a film or a rescue in minutes ("90 minutes" for « 1 h 30 », "161 minutes"), not a time of day (« 20h30 »
is no "1230 minutes"); a figure of five hours or more in minutes is rare enough to stay a changed figure. Only
a duration the words before it say is one (:func:`_said_in_minutes`)."""

_LISTED_TIME = re.compile(r"[.,]\d{1,2}:[0-5]\d(?!\d)")
"""A decimal mark, then another clock time ("21:15,21:19"): the figures after the mark are the next time's hours."""

_WORD_RUN_BEFORE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]*)?")


def _said_in_minutes(text: str, start: int, end: int, h: int, conv: Conventions) -> bool:
    """Whether the hours and minutes at ``text[start:end]`` are a duration that may be said in the minutes it
    adds up to ("90 minutes" for « le match a duré 1 h 30 »): under ``MINUTES_SAID_UNDER`` hours, after one of the
    language's ``minutes_cues`` among the few words before it (« a duré », « pendant », « en », « au bout de »), the
    nearest of them no preposition of a time of day (``minutes_not_after``: « à », « vers », « dès ») and no half of
    the day after it
    (« du matin »). Why: the same « 4 h 30 » is a clock time of the small hours (« vers 4 h 30 du matin ») as
    often as a duration, and "270 minutes" for a time of day is a changed fact (stop 71's review, C2)."""
    if h >= MINUTES_SAID_UNDER:
        return False
    cues = conv.lower_words.get("minutes_cues", frozenset())
    words = [w.lower().replace("’", "'") for w in _WORD_RUN_BEFORE.findall(text, max(0, start - 40), start)][-4:]
    if not words or not cues.intersection(words) or words[-1] in conv.lower_words.get("minutes_not_after", ()):
        return False
    return not (conv.half_day_re and conv.half_day_re.match(text, end))


_SPAN = "span"
"""Tag of the reading of a span of time in parts, in seconds (:func:`_spans`)."""

_LABEL_BEFORE = re.compile(rf"([^\W\d_]+){_SP}+$")
"""A capitalised word right before a figure ("Stage 4: 12.5", "Figure 2: 10.5 million"): a label, numbered, whose
colon English spaces after (as tokenised MT spaces a race time's, "(3: 34.55)"), so the colon form there is no span."""


def _labelled(text: str, at: int) -> bool:
    """Whether the word right before ``at`` is capitalised (see :data:`_LABEL_BEFORE`)."""
    m = _LABEL_BEFORE.search(text, max(0, at - 40), at)
    return bool(m) and m.group(1)[0].isupper()


def _count(conv: Conventions, part: str) -> int:
    """A part of a span, in figures or in one of the language's number words ("two", "three")."""
    word = part.lower()
    if word.isdigit():
        return int(word)
    if word in conv.lower_words.get("span_one_words", ()):
        return 1
    if not word.isalpha():  # « quarante-cinq », « vingt et une », "forty-five": composed as :func:`_words` does
        value = _compose(re.split(rf"[-{_SPACES}]+", word), conv, *conv.word_sets[:3])
        return int(value) if value is not None and float(value).is_integer() else 0
    return int(conv.words.get(word, conv.number_words.get(word, 0)))


_NAME_AFTER = re.compile(rf"{_SP}+[^\W\d_]")


def _titled_half_day(text: str, m: re.Match, conv: Conventions) -> bool:
    """The half of the day after a dotted figure is written as the language's title abbreviation it
    doubles as (``title_half_days``: "PM", Prime Minister), before a capitalised word: "16.45 PM Cameron"
    may be the figure 16.45 and the title as much as a time, so the figure keeps its plain reading too.
    Not after a colon ("4:45 PM Cameron" is a time) nor with seconds."""
    if m.group("s") or text[m.end("h"):m.start("m")] != "." or m.group("ap") not in conv.words_of("title_half_days"):
        return False
    after = _NAME_AFTER.match(text, m.end())
    return after is not None and after.group()[-1].isupper()


def _noon(scan: _Scan, conv: Conventions) -> None:
    """Noon and midnight said in words (``noon``, ``midnight``: "at noon" for "à 12 heures"), in a text with
    digits or without: the other side may write the hour in figures."""
    if not scan.has_any(conv.noon_heads):
        return  # neither word (the usual case), told by one test
    for key, hm in (("noon", (12, 0)), ("midnight", (0, 0))):
        patterns = conv.word_patterns(key)
        if not patterns or not scan.has_any(conv.heads_of(key)):
            continue  # none of the words (the usual case)
        for pattern in patterns:
            for m in scan.matches(pattern, False, conv.heads_of(key)):
                if scan.free(m.start(), m.end()) and not _named(scan.text, m, conv):
                    value = ("time", *hm)
                    scan.take(Quantity(m.start(), m.end(), m.group(), value, frozenset({value}), "time", False))


def _named(text: str, m: re.Match, conv: Conventions) -> bool:
    """Whether a noon or midnight word is a name: a capital after an article ("dans le Midi", the region)."""
    return m.group()[:1].isupper() and \
        _word_before(text[max(0, m.start() - LOOKBACK):m.start()]).lower() in conv.place_articles


_COLON_KINDS = frozenset({"hms", "colon"})
"""Time patterns with a mandatory ``:`` (see :attr:`Conventions.time_res`): not tried on a text without one."""


@functools.lru_cache(maxsize=64)
def _any_word(words: tuple[str, ...]) -> re.Pattern:
    """One case-insensitive pattern matching wherever one of :meth:`Conventions.word_patterns`' patterns
    for ``words`` matches (a word, whole): the alternation backtracks to the next word where one fails."""
    return re.compile(rf"(?<!\w)(?:{_word_alt(words, True)})(?!\w)", re.IGNORECASE)


_FRACTION_RE = re.compile(r"(?<![\w/.,])(?P<n>\d+)(?:(?:[ \u00a0]|-)(?P<a>[13])/(?P<b>[24])|[ \u00a0]?(?P<u>[½¼¾]))(?![\w/])")
_UNICODE_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}


def _fractions(scan: _Scan) -> None:
    """"5 1/2", "5½": a whole number and a simple fraction."""
    if "/" not in scan.text and not any(map(scan.text.__contains__, _UNICODE_FRACTIONS)):
        return
    for m in finditer_at(_FRACTION_RE, scan.text, scan.digits):
        if m.group("u"):
            frac = _UNICODE_FRACTIONS[m.group("u")]
        elif int(m.group("a")) < int(m.group("b")):
            frac = int(m.group("a")) / int(m.group("b"))
        else:
            continue
        value = _num(int(m.group("n")) + frac)
        scan.take(Quantity(m.start(), m.end(), m.group(), value, frozenset({value}), "number", True))


_LONE_FRACTION_RE = re.compile(r"(?<![\w/])[½¼¾](?![\w/])")
_UNIT_GAP_RE = re.compile(r"[ \u00a0\u202f]*(?:[^\W\d_]+\.?[ \u00a0\u202f]+)?")
"""One word (a unit) between a figure and a fraction sign after it, spaces around: "18 miles ½"."""


def _unit_fractions(scan: _Scan, conv: Conventions) -> None:
    """A fraction sign standing after a figure and its unit adds to the figure, as a fraction said in
    words does ("18 miles ½" = 18.5 miles, as "18 miles et demi"; "2 heures ½" = 2.5 hours or 2:30): the
    other text may write "18 ½ miles" (:func:`_add_fraction`)."""
    if not any(map(scan.text.__contains__, _UNICODE_FRACTIONS)):
        return
    for m in _LONE_FRACTION_RE.finditer(scan.text):
        before = [q for q in scan.found if q.end <= m.start()]
        if before and scan.free(m.start(), m.end()) and \
                _UNIT_GAP_RE.fullmatch(scan.text, max(before, key=_END).end, m.start()):
            _add_fraction(scan, m.start(), _UNICODE_FRACTIONS[m.group()], conv, m.end())


_FEET_INCHES_RE = re.compile(r"(?<![\w.,'’′])(?P<ft>\d{1,2})['’′] ?(?P<in>1[01]|\d)(?:\"|”|″|'')")


def _feet_inches(scan: _Scan) -> None:
    """"6'7\"", "5′11″": a height in feet and inches, a length (6 ft 7 in = 2.01 m) like "deux mètres"."""
    if "'" not in scan.text and "’" not in scan.text and "′" not in scan.text:
        return
    for m in finditer_at(_FEET_INCHES_RE, scan.text, scan.digits):
        if not scan.free(m.start(), m.end()):
            continue  # 1'10"270: a race time (:func:`_spans`)
        inches = 12 * int(m.group("ft")) + int(m.group("in"))
        value = float(inches)
        scan.take(Quantity(m.start(), m.end(), m.group(), value, frozenset({value}), "number", True,
                           (("length", inches * 0.0254),)))


def _dates(scan: _Scan, conv: Conventions) -> None:
    if conv.slash_date_re is not None and "/" in scan.text:  # 9/11 (month/day in US English)
        month_first = conv.misc.get("slash_dates") == "month-day"
        for m in finditer_at(conv.slash_date_re, scan.text, scan.digits):
            a, b = int(m.group("a")), int(m.group("b"))
            month, day = (a, b) if month_first else (b, a)
            if 1 <= month <= 12 and 1 <= day <= 31 and scan.free(m.start(), m.end()):
                value = ("date", month, day)
                alts = frozenset({value, float(a), float(b)})
                scan.take(Quantity(m.start(), m.end(), m.group(), value, alts, "date", True))
    pattern = conv.month_re
    if pattern is None or not scan.has_any(conv.month_heads):
        return  # both of its forms name a month
    capitalised = conv.misc.get("months_capitalised", False)
    for m in scan.matches(pattern, True, conv.month_heads):  # "25 mai" starts at the day, "May 25" at the month
        name = m.group("m1") or m.group("m2")
        day = int(m.group("d1") or m.group("d2"))
        if capitalised and not name[:1].isupper() and name.lower() in conv.misc.get("own_months", ()):
            continue  # "may", "march": English capitalises its months
        month = conv.month(name)
        if month is None or not 1 <= day <= 31 or not scan.free(m.start(), m.end()):
            continue
        if m.group("m2") and _scaled_count_next(scan.text, m.end(), conv):
            continue  # "until September 5 thousand 352 pesos": a figure with its scale word, no day of the month
        value = ("date", month, day)
        scan.take(Quantity(m.start(), m.end(), m.group(), value, frozenset({value, float(day)}), "date", True))


def _scaled_count_next(text: str, end: int, conv: Conventions) -> bool:
    """Whether a scale word after ``end`` makes the figure before it a count ("September 5 thousand 352
    pesos"), not the start of an indefinite number that a date line opens ("On September 5 thousands of
    people marched", "On March 2 millions of voters": the scale word with a ``count_followers`` word after
    it counts nothing before it, and the figure is the month's day)."""
    scale = _NEXT_WORD_RE.match(text, end)
    if scale is None or scale.group(1).lower() not in conv.lower_scales:
        return False
    return _next_word(text, scale.end()) not in conv.lower_words.get("count_followers", frozenset())


def _numerals(scan: _Scan, conv: Conventions) -> None:
    text = scan.text
    decades = _written(conv.lower_words.get("decade_words", frozenset()), scan)
    decade_suffix = conv.misc.get("decade_suffix", "")
    for m in finditer_at(_NUMERAL_RE, text, scan.digits):
        start, end = m.span()
        numeral = m.group()
        if not scan.free(start, end):
            continue
        # (most numerals follow a space or a bracket: no letters before them, and no window to read)
        letters_before = "" if text[start - 1:start] in _NO_LETTERS_BEFORE else \
            _letters_before(text[max(0, start - 12):start])
        if letters_before and not letters_before.islower():
            continue  # A380, MS-18, COVID-19: part of a name or code
        if letters_before and text[start - len(letters_before) - 1:start - len(letters_before)] in ("@", "#"):
            continue  # @jean75, #rentree2013: part of a user name or a hashtag
        if letters_before and conv.unit_re.fullmatch(text, start - len(letters_before), end):
            continue  # km2, m3: the exponent of a unit
        # (lower-case letters glued before: "de1 000", "terminal-2": a typo, read on)
        vals = _values(numeral, conv.decimal)
        if not vals and _numeric_date(scan, start, numeral):
            continue  # 20.12.2012, 28.8.09: a day, a month and a year
        if not vals:  # 1.2.3, 1.23.456: not one number; read the digit runs alone
            for part in re.finditer(r"\d+", numeral):
                v = float(part.group())
                scan.take(Quantity(start + part.start(), start + part.end(), part.group(), v,
                                   frozenset({v}), "number", True))
            continue
        kind, scale, keep_unscaled, tail = "number", 1.0, False, end
        glued = _LETTER_RUN.match(text, end)  # no copy of the rest of the text per numeral
        if glued:
            letters = glued.group()
            after = text[end + len(letters):end + len(letters) + 1]
            if after.isdigit() and not conv.unit_re.match(text, end):
                if letters != "x":
                    continue  # 3G4: a code (but 47km2 is an area)
                # 4x4, 3x1, 4x100: figures joined by a lower-case x (a format, a programme, a relay) are each
                # read, as a translation that spaces them ("3 x 1") writes them; "4X4" stays a code
                letters = ""
            unit_here = conv.unit_re.match(text, end)
            if letters.lower() in conv.ordinal_suffixes and (letters.islower() or len(letters) == 1):
                kind = "ordinal"
            elif unit_here and unit_here.end() > end + len(letters):
                letters = ""  # 500m2, 210km/h: a unit longer than the letters, read below
            elif letters in conv.scale_abbreviations:
                scale, keep_unscaled = float(conv.scale_abbreviations[letters]), True
            elif letters.lower() in conv.lower_scales:
                scale = conv.lower_scales[letters.lower()]
                keep_unscaled = conv.keeps_plain(letters, text, end + len(letters), not vals[0].is_integer(), start)
            elif decade_suffix and letters == decade_suffix and len(numeral) in (2, 4):
                kind = "decade"
            elif unit_here:
                letters = ""  # 50ft: the unit is read below
            elif any(ch.isupper() for ch in letters):
                continue  # 4G, 300ER: a code
            tail = end + len(letters)
        else:
            suffix = conv.suffix_re.match(text, end)
            if suffix and suffix.group("abbr"):  # "3 M€", "$1.2 B": a spaced abbreviation needs a currency
                currency_before = text[max(0, start - 2):start].strip(_SPACES)[-1:] in _CURRENCY
                currency_after = text[suffix.end():suffix.end() + 2].lstrip(_SPACES)[:1] in _CURRENCY
                if not (currency_before or currency_after):
                    suffix = None
            if suffix:
                if suffix.group("pct"):
                    kind = "percent"
                elif suffix.group("scale"):
                    scale = conv.lower_scales[suffix.group("scale").lower()]
                    keep_unscaled = conv.keeps_plain(suffix.group("scale"), text, suffix.end(),
                                                     not vals[0].is_integer(), start)
                else:
                    scale, keep_unscaled = float(conv.scale_abbreviations.get(suffix.group("abbr"), 1.0)), True
                tail = suffix.end()
        measure = None
        unit = conv.unit_re.match(text, tail) if kind in ("number", "year") else None
        if unit:
            spec = conv.units.get(unit.group("unit")) or conv.lower_units.get(unit.group("unit").lower())
            if spec:
                factor, offset = float(spec[1]), float(spec[2]) if len(spec) > 2 else 0.0
                measure = tuple((spec[0], (v * scale + offset) * factor) for v in vals)
                kind = "number"
                if tail == end and spec[0] != _DURATION:
                    tail = unit.end()  # (a span of time keeps the figure's span: "37" of "37 ans")
        alts = {_num(v * scale) for v in vals}
        if keep_unscaled:
            alts.update(_num(v) for v in vals)
        n = vals[0]
        if kind == "number" and scale == 1.0 and measure is None and n.is_integer() and 1000 <= n <= 2100 \
                and len(numeral) == 4:
            kind = "year"
        if kind == "decade" or (decades and _word_before(text[max(0, start - LOOKBACK):start]).lower() in decades):
            # (a language without decade words, English, reads no word before: nothing is in an empty set)
            if n < 100:
                alts.update({1900.0 + n, 2000.0 + n})
            elif n.is_integer():
                alts.add(float(n % 100))
        if len(numeral) == 2 and n.is_integer():
            before = text[start - 1:start]  # (the pattern's window ends with its dash or slash)
            year_range = _YEAR_BEFORE_RE.search(text[max(0, start - 5):start]) if before in _RANGE_MARKS else None
            if year_range:  # 2013-14, "2013-" ends here
                alts.add(float(int(year_range.group(1)) // 100 * 100 + n))
            elif before in ("'", "’", "/"):  # '15, Q1/15
                alts.update({1900.0 + n, 2000.0 + n})
        if kind == "number" and scale == 1.0 and "." in numeral and _BRITISH_TIME_RE.fullmatch(numeral):
            h, mm = (int(x) for x in numeral.split("."))
            if h <= 23:  # "at 6.30": a British time
                alts.update({("time", h, mm), ("time", (h + 12) % 24, mm)})
        if kind == "number" and scale == 1.0 and len(numeral) == 3 and _DISPLACEMENT_RE.fullmatch(numeral) \
                and 0.6 <= n <= 8 \
                and (measure and measure[0][0] == "volume"
                     or _word_before(text[max(0, start - LOOKBACK):start]).lower() in conv.displacement_cues):
            alts.add(_num(n * 1000))  # "un 1,6", "a 1.6-litre engine": an engine of 1600 cc
        value = _num(n * scale)
        alts.add(value)
        if kind == "percent":
            alts.add((_SHARE, value))  # "50 %" = "half" (see _words)
        either = ()
        if kind == "number" and scale == 1.0 and len(numeral) == 3 and _LISTED_RE.fullmatch(numeral) \
                and numeral[1] == conv.decimal \
                and int(numeral[2]) == int(numeral[0]) + 1:
            either = (float(numeral[0]), float(numeral[2]))  # "5,6 ans": 5.6 years, or five or six
        scan.take(Quantity(start, tail, text[start:tail], value, frozenset(alts), kind, True, measure, scale,
                           either=either))


def _written(words: frozenset, scan: _Scan) -> frozenset:
    """``words`` (lower case) if the text may hold one of them, else the empty set: the word before each
    numeral is then not read (``années``, the decade words, of every numeral of a text that has none; an
    English text's ASCII cannot hold them). Exact: the word before a numeral is a piece of the text, so
    its lower case is a piece of the text's, and a word that the text's lower case does not contain is
    none of them. (Not for a word with a Greek sigma, whose lower case depends on the letter after it.)"""
    if not words or _has_sigma(words):
        return words
    low = scan.text.lower() if scan._lower is None else scan._lower
    return words if any(map(low.__contains__, words)) else frozenset()


@functools.lru_cache(maxsize=64)
def _has_sigma(words: frozenset) -> bool:
    return not _SIGMAS.isdisjoint("".join(words))


_SIGMAS = frozenset("σςΣ")


_NUMERIC_DATE_RE = re.compile(r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d\d|(?:1[89]|20)\d\d)")


def _numeric_date(scan: _Scan, start: int, numeral: str) -> bool:
    """Read ``20.12.2012`` or ``28.8.09`` (day, month, year with dots, the European order) as the
    date ``20 décembre`` and the year ``2012`` (a two-digit year also as 19xx and 20xx), so that a
    translation writing the date in figures matches a source writing the month in words. True when
    read."""
    m = _NUMERIC_DATE_RE.fullmatch(numeral)
    if not m or not (1 <= int(m.group("d")) <= 31 and 1 <= int(m.group("m")) <= 12):
        return False
    date = ("date", int(m.group("m")), int(m.group("d")))
    scan.take(Quantity(start, start + m.end("m"), numeral[:m.end("m")], date,
                       frozenset({date, float(m.group("d"))}), "date", True))
    year = m.group("y")
    n = float(year)
    alts = {n} | ({1900.0 + n, 2000.0 + n} if len(year) == 2 else set())
    scan.take(Quantity(start + m.start("y"), start + m.end("y"), year, n, frozenset(alts), "year", True))
    return True


def _ranges(scan: _Scan, conv: Conventions) -> None:
    """"4 à 5 millions", "entre 325 et 340 M$": the second end's scale and unit apply to the first."""
    if all(q.scale == 1.0 and q.measure is None for q in scan.found):
        return  # no figure with a scale or a unit to lend (most texts): no pair below reads on
    found = sorted(scan.found, key=lambda q: q.start)
    for first, second in zip(found, found[1:]):
        if first.kind not in ("number", "year") or first.scale != 1.0 or first.measure is not None:
            continue
        if second.scale == 1.0 and second.measure is None:
            continue
        if not conv.range_re.match(scan.text[first.end:second.start]):
            continue
        value = first.value
        alts = set(first.alts) | {_num(value * second.scale)}
        measure = None
        if second.measure is not None and second.value:
            measure = tuple((dim, si * value / float(second.value)) for dim, si in second.measure)
        scan.replace(first, first.with_(alts=frozenset(alts), measure=measure, kind="number"))


def _compounds(scan: _Scan, conv: Conventions) -> None:
    """"630 mille 697", "5 millions 143 mille 312": digits and scale words of one figure, read as one.

    Each part is an integer count of a scale larger than everything after it,
    and only spaces or a connector separate the parts (``3 millions et 600
    mille``: a range's second end is not smaller than its scale); a unit
    after the last part measures the whole (``9 mille 200 pieds``). A
    leading ``0``, or a whole number before a percentage, and a figure after
    a comma and one space (``0, 5%``, ``50, 3%``) are a decimal typed with a
    stray space. In a decimal-point language, one to three digits, a comma, one
    space and three digits (``80, 000``) may be a thousands comma typed with a
    stray space: both parts keep their values and know the whole (``whole``).
    """
    if len(scan.found) < 2:  # no two parts to join: the figures in order, as the loop leaves them
        scan.found.sort(key=_START)
        return
    found = sorted(scan.found, key=_START)
    merged: list[Quantity] = []
    joins = conv.lower_words.get("connectors", frozenset()) | {""}  # a connector, or spaces alone
    for q in found:
        head = merged[-1] if merged else None
        if (head is not None and head.kind == "number" and q.kind == "number" and head.scale > 1.0
                and scan.text[head.end:q.start].strip(_SPACES).lower() in joins
                and float(head.value) % head.scale == 0 and head.measure is None
                and 0 < float(q.value) < head.scale and q.value == int(q.value)):
            total = _num(float(head.value) + float(q.value))
            measure = q.measure and tuple((dim, si * total / float(q.value)) for dim, si in q.measure)
            merged[-1] = Quantity(head.start, q.end, scan.text[head.start:q.end], total, frozenset({total}),
                                  "number", True, measure, min(head.scale, q.scale))
        elif (head is not None and conv.decimal == "," and head.kind == "number"
              and (head.text == "0" or (q.kind == "percent" and head.text.isdigit() and len(head.text) <= 3))
              and q.kind in ("number", "percent") and q.scale == 1.0 and scan.text[head.end:q.start] == ", "
              and q.text[:1].isdecimal() and q.value == int(q.value)):
            # "0, 5%", "50, 3%": a decimal comma with a stray space (a leading zero never stands alone,
            # a percent sign ends one figure)
            digits = _DIGIT_RUN_RE.match(q.text).group()
            value = _num(float(head.text + "." + digits))
            merged[-1] = q.with_(start=head.start, text=scan.text[head.start:q.end], value=value,
                                 alts=q.alts | {value})
        elif (head is not None and head.kind == "number" == q.kind and head.scale == q.scale == 1.0
              and head.measure is None and len(q.text) == 2 and q.text.isdigit()
              and scan.text[head.end:q.start].strip(_SPACES + ".").lower() in conv.lower_words.get("second_words", ())
              and head.text.isdigit()):
            # "20 sec 53": a race time in seconds and hundredths, 20.53
            value = _num(float(f"{head.text}.{q.text}"))
            merged[-1] = Quantity(head.start, q.end, scan.text[head.start:q.end], value, frozenset({value}),
                                  "number", True)
        elif (head is not None and conv.decimal == "." and head.kind == "number" == q.kind and q.scale == 1.0
              and head.scale == 1.0 and scan.text[head.end:q.start] == ", " and _GROUP_PIECES_RE.fullmatch(
                  scan.text, head.start, q.end)):
            # "80, 000": a thousands comma typed with a stray space; a list "80, 150" reads
            # the same, so both parts keep their own value beside the whole (see :func:`compare`)
            value = _num(float(head.text + q.text))
            whole = Quantity(head.start, q.end, scan.text[head.start:q.end], value, frozenset({value}), "spaced", True)
            merged[-1] = head.with_(alts=head.alts | {value}, whole=whole)
            merged.append(q.with_(alts=q.alts | {value}, whole=whole))
        else:
            merged.append(q)
    scan.found[:] = merged


_GROUP_PIECES_RE = re.compile(r"[1-9]\d{0,2}, \d{3}")


def _elliptical_scales(scan: _Scan) -> None:
    """"9 millions, face aux 5,2 reçus", "pas 60 000 millions mais 95 000": a bare figure after a
    scaled one in the same text may carry its scale, left out as understood; read both ways. So may
    a bare amount with decimals before one ("$7.3 against $12.3 million": 7.3 counts nothing
    whole)."""
    if not any(q.kind == "number" and q.scale > 1.0 for q in scan.found):
        return  # no scaled figure whose scale another may carry (most texts): both loops below read nothing
    ordered = sorted(scan.found, key=_START)
    later = 1.0
    for q in reversed(ordered):
        if q.kind == "number" and q.scale > 1.0:
            later = q.scale
        elif later > 1.0 and q.kind == "number" and q.scale == 1.0 and q.measure is None and q.exact \
                and isinstance(q.value, float) and not q.value.is_integer():
            scan.replace(q, q.with_(alts=q.alts | {_num(float(q.value) * later)}))
    scale, unit = 1.0, None
    for q in sorted(scan.found, key=_START):
        if q.kind == "number" and q.scale > 1.0:
            scale, unit = q.scale, unit_after(scan.text, q.end)
        elif scale > 1.0 and q.kind == "number" and q.scale == 1.0 and q.measure is None and q.exact:
            if unit and unit_after(scan.text, q.end) == unit:
                continue  # "450 milliards de dollars ... 600 dollars": the unit said again, without the scale
            scan.replace(q, q.with_(alts=q.alts | {_num(float(q.value) * scale)}))


_UNIT_AFTER = re.compile(r"[ \u00a0\u202f]+(?:[^\W\d_]{1,2}['’ \u00a0\u202f][ \u00a0\u202f]*)?([^\W\d_]+)")
"""The word after a figure, past a short link (``de``, ``d'``): ``milliards de dollars`` -> dollars. Any space French
typesetting puts there may follow the link, the no-break ones too (« 450 millions de\u00a0euros »): A401's bracketed
conversions read those before the two readings were made one, and a link closed by a plain space only lost them."""


def unit_after(text: str, end: int, shortest: int = 1) -> Optional[str]:
    """The word after the figure that ends at ``end`` in ``text`` (:data:`_UNIT_AFTER`: past one short linking
    word of either language, « 17 millions d'euros » -> "euros"), lower case, when it has ``shortest`` letters or
    more; else None. One reading of "the unit a figure counts" for the scale carried between figures here and for
    A401's bracketed conversions (:mod:`mtqa.checks.numbers`), which kept a near twin of the pattern."""
    m = _UNIT_AFTER.match(text, end)
    return m.group(1).lower() if m and len(m.group(1)) >= shortest else None


def _romans(scan: _Scan, conv: Conventions) -> None:
    text = scan.text
    for m in finditer_at(_ROMAN_RE, text, [m.start() for m in _ROMAN_START_RE.finditer(text)]):
        roman, suffix = m.group(1), m.group(2)
        if not roman or (suffix and suffix.lower() not in conv.ordinal_suffixes):
            continue
        if (len(roman) < 2 and not suffix) or not scan.free(m.start(), m.end()):
            continue  # "I", "V": a pronoun or a letter
        if len(roman) < 2 and _spells_a_word(m.group(), conv.lang):
            continue  # « Le », « Ce », « De », « Inde », « Mère »: a word, not 50th, 100th, 500th, 1st, 1000th
        value = float(_roman_total(roman))
        scan.take(Quantity(m.start(), m.end(), m.group(), value, frozenset({value}), "roman", False))


def roman_value(numeral: str) -> Optional[int]:
    """The value of ``numeral`` written whole as a Roman numeral in capitals (``XIV``: 14), or None (``IIX``,
    ``XIVe``: not a numeral alone). The one reading of :func:`_romans`, for checks that compare numerals
    outside a figure's comparison (the regnal numbers of names)."""
    m = _ROMAN_RE.fullmatch(numeral)
    if not m or not m.group(1) or m.group(2):
        return None
    return _roman_total(m.group(1))


def regnal_value(word: str, lang) -> Optional[int]:
    """The value of ``word`` read as a regnal number of the language ``lang`` (a :class:`Language`): its "the
    First" (the profile's ``regnal_first``: « Ier », 1), one of its old ordinals (``regnal_ordinals``: « Charles
    Quint », 5) or a Roman numeral (``XIV``: 14); None for any other word. The one reading of a monarch's
    number, for T103 (Juan Carlos Ier -> "Juan Carlos I", Charles Quint -> "Charles V" are no changed names)
    and T111 (the number compared)."""
    if word in lang.extra.get("regnal_first", ()):
        return 1
    ordinal = lang.extra.get("regnal_ordinals", {}).get(word)
    return ordinal if ordinal is not None else roman_value(word)


def regnal_words(lang) -> tuple[str, ...]:
    """The words of the language ``lang`` that :func:`regnal_value` reads as a regnal number besides the Roman
    numerals: its "the First" (``regnal_first``) and its old ordinals (``regnal_ordinals``: Quint)."""
    return (*lang.extra.get("regnal_first", ()), *lang.extra.get("regnal_ordinals", {}))


def _roman_total(roman: str) -> int:
    """The value of the well-formed numeral ``roman`` (a digit before a greater one is subtracted)."""
    total = 0
    for a, b in zip(roman, roman[1:] + " "):
        v = _ROMAN[a]
        total += -v if b != " " and _ROMAN[b] > v else v
    return total


def roman_numeral(value: int) -> str:
    """``value`` (1 to 3999) written as a Roman numeral (14: ``XIV``): a suggestion's form."""
    out = []
    for v, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                       (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        n, value = divmod(value, v)
        out.append(letters * n)
    return "".join(out)


def roman_ordinal(word: str, lang: str) -> bool:
    """``word`` is, whole, a Roman numeral with one of the language's ordinal suffixes, read as a figure
    (:func:`_romans`: « Vème », « XIXe », « Ier »; not « Le », « Mère », which spell words): a figure,
    never a name, though it is capitalised and written in lower case after its capital."""
    m = _ROMAN_RE.fullmatch(word)
    if not m or not m.group(1) or not m.group(2):
        return False
    conv = conventions(lang)
    return m.group(2).lower() in conv.ordinal_suffixes \
        and not (len(m.group(1)) < 2 and _spells_a_word(word, conv.lang))


@memoize(SOME_WORDS)
def _spells_a_word(numeral: str, lang: str) -> bool:
    """A one-letter Roman numeral and its ordinal suffix spell a common word of the language's dictionaries
    (``Le``, ``Ce``, ``De``, ``Inde``, ``Mère`` in French; ``Ind`` in English), which is what a capitalised
    word at a sentence's or a name's start is: not the 50th, 100th, 500th, 1st or 1000th. An ordinal that
    spells no word (Ve, Xe, Ier) stays a numeral, and so does one the language writes as its "First"
    (``regnal_first``: « Ire » is 1re, la Ire Armée, Élisabeth Ire; the rare word « ire » is written in lower case)."""
    from mtqa.langs import language  # (the language's owner knows its words: imported late, as time_followers)

    owner = language(lang)
    if numeral in owner.extra.get("regnal_first", ()):
        return False
    return owner.is_common_word(numeral.lower())


_PREV_WORD_RE = re.compile(rf"([^\W\d_]+){_SP}+$")
_DISPLACEMENT_RE = re.compile(r"\d[.,]\d")
"""A figure with one decimal, as engine sizes in litres are written (``1,6``, ``2.0``)."""
_BRITISH_TIME_RE = re.compile(r"\d{1,2}\.[0-5]\d")


def _final_letters(text: str) -> str:
    """The run of letters that ends ``text`` ("" if it ends otherwise), read on the reversed text."""
    m = _LETTER_RUN.match(text[::-1])
    return text[len(text) - m.end():] if m else ""


def _letters_before(window: str) -> str:
    """``_LETTERS_BEFORE_RE.search(window).group(1)``: the letters that end the window, or that end it
    before one hyphen ("MS-" -> "MS"), read backwards instead of tried at every position."""
    if window.endswith("\n"):  # where ``$`` also matches before the newline: the pattern itself
        return _LETTERS_BEFORE_RE.search(window).group(1)
    return _final_letters(window[:-1] if window.endswith(("-", "‑")) else window)


def _word_before(window: str) -> str:
    """The word that ends the window before one or more spaces ("années " -> "années"), else "":
    ``_PREV_WORD_RE.search(window).group(1)``, read backwards."""
    if window.endswith("\n"):
        m = _PREV_WORD_RE.search(window)
        return m.group(1) if m else ""
    body = window.rstrip(_SPACES)
    return _final_letters(body) if len(body) < len(window) else ""


def _words(scan: _Scan, conv: Conventions) -> None:
    text = scan.text
    table = conv.number_words
    if not table or next(scan.matches(conv.words_re, False, conv.word_heads), None) is None:
        return  # no number word (a whole word, any case): the usual case
    connectors, indefinite, fractions, approximate, multipliers, links = conv.word_sets
    tokens = scan.words
    i = 0
    # a number starts at a number word or an indefinite article: the other words are passed over
    for i_start in [k for k, token in enumerate(tokens) if token[2] in table or token[2] in indefinite]:
        if i_start < i:
            continue
        i = i_start
        s, e, w = tokens[i]
        starts = w in table or (w in indefinite and i + 1 < len(tokens) and tokens[i + 1][2] in multipliers)
        if not starts or not scan.free(s, e):
            i += 1
            continue
        seq = [i]
        j = i + 1
        while j < len(tokens):
            gap = text[tokens[j - 1][1]:tokens[j][0]]
            w2 = tokens[j][2]
            if gap.strip(" -\u00a0") or not scan.free(tokens[j][0], tokens[j][1]):
                break
            nxt = tokens[j + 1][2] if j + 1 < len(tokens) else ""
            if (w2 in fractions or w2 in approximate) and tokens[j - 1][2] in conv.lower_ordinals:
                break  # "the second quarter", "le troisième trimestre": a period named by its rank, no product
            if w2 in table and not _adds_on(tokens[j - 1][2], w2, conv):
                break  # "three thirty", "ten fifteen": a second number (a time, a list), not 33 or 25
            if w2 in table or (w2 in indefinite and nxt in multipliers) or (
                w2 in connectors and _joins(tokens[j - 1][2], nxt, conv, indefinite, fractions)
            ):
                seq.append(j)
                j += 1
                continue
            if w2 in links and tokens[j - 1][2] in approximate and nxt in conv.lower_scales:
                j += 1  # "une centaine de milliards" = about 100 billion: the link is skipped
                continue
            break
        words = [tokens[k][2] for k in seq]
        # "for decades", "des siècles": a plural span word with no number before it counts nothing
        value = None if words[0] in conv.lower_words.get("counted_only", ()) else \
            _compose(words, conv, connectors, indefinite, fractions)
        a, b = tokens[seq[0]][0], tokens[seq[-1]][1]
        # « demi-finale », « demi-fond », « demi-heure »: a fraction word at the head of a hyphenated word
        # is part of that word, no fraction of the figure before it (« 3e du 1 500 m et demi-finaliste »
        # is no 1,500.5 m); where the word is a unit it is what the fraction measures (« une demi-heure »)
        compound = words[-1] in fractions and text[b:b + 1] == "-" and text[b + 1:b + 2].isalpha()
        measure = None if value is None else \
            _unit_measure(f"{text[:b]} {text[b + 1:]}" if compound else text, b, value, conv)
        if value is not None:
            # a unit after the hyphen still adds ("an hour and half-hour" = 1.5 hours); « demi-finaliste » never
            # (« trois minutes et une demi-heure » is no 3.5 minutes: only a half of the figure's own unit adds)
            if value < 1 and any(wd in fractions for wd in words) and (
                    not compound or (measure and _own_unit(scan, a, value, measure))):
                _add_fraction(scan, a, value, conv, b)  # "deux ans et demi", "12 ans trois quarts"
            alts = {_num(value)}
            if value < 1 and all(wd in fractions or wd in table or wd in indefinite for wd in words):
                # a fraction said in words is also a share in percent: "half" = "50 %", "a third" = "33 %"
                alts.update({(_SHARE, round(value * 100, 1)), (_SHARE, float(round(value * 100)))})
            if value >= 1 and len(words) > 2 and words[-1] in fractions and words[-2] in connectors:
                # « deux millions et demi » is 2.5 million; the whole alone (2 million) stays a reading for the
                # checks that ask only whether a target figure is said in the source (A403): the loss of the half
                # is A614's, which owns figures in words and reads the sum alone ("two million" is reported once)
                whole = _compose(words[:-2], conv, connectors, indefinite, fractions)
                if whole is not None:
                    alts.add(_num(whole))
            if conv.keeps_plain(words[-1], text, b, start=a):  # "cent milles des côtes": 100,000 or 100 miles
                plain = _compose([wd for wd in words if wd not in conv.ambiguous_scales], conv,
                                 connectors, indefinite, fractions)
                if plain is not None:
                    alts.add(_num(plain))
            scan.take(Quantity(a, b, text[a:b], _num(value), frozenset(alts), "word", False,
                               measure))
        i = max(j, i + 1)


def _own_unit(scan: _Scan, at: int, value: float, measure: tuple) -> bool:
    """Whether the unit of a hyphenated fraction (« une demi-heure » at ``at``, worth ``value`` of it, measuring
    ``measure``) is the unit of the figure before it (« deux heures et une demi-heure » = 2.5 hours). Why: the
    half adds to that figure only then; « trois minutes et une demi-heure » is 33 minutes, never 3.5 minutes,
    and a figure without a unit says nothing of what the half is of."""
    before = [q for q in scan.found if q.end <= at]
    if not before or not value:
        return False
    last = max(before, key=lambda q: q.end)
    if not last.measure or not isinstance(last.value, float) or not last.value:
        return False
    return any(d == e and math.isclose(v / last.value, w / value, rel_tol=1e-6)
               for d, v in last.measure for e, w in measure)


def _adds_on(before: str, word: str, conv: Conventions) -> bool:
    """Whether the cardinal ``word`` may be added to the cardinal ``before`` in one number. The parts of a
    number said in words fall in place value, tens before units ("thirty-three", "vingt-trois",
    "soixante-quinze", "dix-sept"), so a cardinal below a hundred followed by one no smaller starts a second
    number ("three thirty" is a time or two counts, not 33; "ten fifteen" is no 25), unless the word
    multiplies the unit before it (``multipliers``: "quatre-vingts"). Scales, hundreds, fractions and
    approximations compose by their own rules."""
    cardinals = conv.lower_cardinals
    if before not in cardinals or word not in cardinals or word in conv.multipliers:
        return True
    first, second = float(cardinals[before]), float(cardinals[word])
    return not (first < 100 and second < 100 and second >= first)


def _spoken_clock(scan: _Scan, conv: Conventions) -> None:
    """A time of the twelve-hour clock said as an hour in words and its minutes in words right after it,
    no word between: "three thirty" = 3:30, "ten fifteen" = 10:15, "six forty-five" = 6:45 (``misc``'s
    ``clock_spoken_minutes``: the least minutes said so; "three five" is no time). Only at the end of a
    clause, before a word that may follow a time (``time_followers``) or before a capitalised word that the
    minutes do not count (:func:`_counts_next`: "before three-thirty Kelly said"), or before the half of the
    day (:attr:`Conventions.half_day_re`: "two thirty pm" is 14:30 alone): "three thirty-litre drums", "ten
    fifteen players" are counts. The hour's mention gets the time, on both halves of the day, as a
    reading (the other side may say "15h30"); its count stays."""
    least = conv.misc.get("clock_spoken_minutes")
    if not least or len(scan.found) < 2:
        return
    if sum(not q.exact and q.kind == "word" for q in scan.found) < 2:
        return  # no two figures in words to be an hour and its minutes
    found = sorted(scan.found, key=_START)
    for hour, minutes in zip(found, found[1:]):
        if hour.exact or minutes.exact or hour.kind != "word" or minutes.kind != "word":
            continue
        h, m = hour.value, minutes.value
        if not (isinstance(h, float) and h.is_integer() and 1 <= h <= 12
                and isinstance(m, float) and m.is_integer() and least <= m < 60):
            continue
        if scan.text[hour.end:minutes.start] not in (" ", "-", "\u00a0") or scan.text[minutes.end:minutes.end + 1] == "-":
            continue  # "three, thirty"; "three thirty-year-olds"
        half = conv.half_day_re.match(scan.text, minutes.end) if conv.half_day_re else None
        if half:  # "two thirty pm": that half of the day alone
            times = {("time", int(h) % 12 + (12 if half.group("pm") else 0), int(m))}
            scan.replace(hour, hour.with_(alts=hour.alts | times))
            continue
        after = _next_word(scan.text, minutes.end).rstrip("'’")
        named = scan.text[minutes.end:minutes.end + 2].strip(_SPACES)[:1].isupper()  # "three-thirty Kelly said"
        if (after and after not in conv.time_followers and not named) or _counts_next(
                scan.text, minutes.start, minutes.end, conv, scan.source):
            continue
        times = {("time", int(h) % 12, int(m)), ("time", int(h) % 12 + 12, int(m))}
        scan.replace(hour, hour.with_(alts=hour.alts | times))


def _clock_words(scan: _Scan, conv: Conventions) -> None:
    """A time said in words: "neuf heures vingt" = 9:20, "neuf heures moins vingt" = 8:40, "neuf
    heures moins le quart" = 8:45 (``misc.minus_words`` before the minutes count back from the hour),
    "deux heures et quart" = 2:15 (``misc.plus_words`` count on from it, before a share of the hour
    only: "deux heures et deux jours" is no time). Noon and midnight said in words are hours too, with
    no hour word after them: "midi et quart" = 12:15, "minuit moins le quart" = 23:45, "midi et demi"
    = 12:30 (one time each; "entre midi et deux" is no 12:02: a count needs ``minus_words``), and
    with the minutes right after them, nothing between: "midi trente" = 12:30, "minuit 15" = 0:15
    (not "à midi, 30 personnes", nor "à midi 45 manifestants": only the end, punctuation or a function word
    may follow such minutes, and not one that makes the figure a count, :func:`_counts_next`, "at midnight 2
    of the hostages"). An hour in figures, its o'clock word and its minutes are that time too ("23 o'clock
    30", :func:`_oclock_then_minutes`). The hour's mention gets the time as a reading."""
    hours = conv.lower_words.get("hour_words", frozenset())
    minus = conv.lower_words.get("minus_words", frozenset())
    plus = conv.lower_words.get("plus_words", frozenset())
    oclock = conv.oclock_re if scan.has_any(conv.oclock_heads) else None
    if not (hours and scan.has_any(hours)) and oclock is None \
            and not any(not q.exact and q.value in _NOON_MIDNIGHT for q in scan.found):
        return  # (the figures are looked at last: the word tests rule out most texts)
    fillers = minus | plus | conv.lower_words.get("clock_articles", frozenset())
    found = sorted(scan.found, key=_START)
    for hour, minutes in zip(found, found[1:]):
        hour = scan.current(hour)  # the minutes of the time before ("11 hours 10 hours 20"), with their reading
        said = hour.value in _NOON_MIDNIGHT and not hour.exact  # "midi", "minuit"
        if not said and (not isinstance(hour.value, float) or not hour.value.is_integer() or not 0 < hour.value <= 24):
            continue
        if not isinstance(minutes.value, float) or not 0 < minutes.value < 60:
            continue
        between = [w.lower() for w in _LETTER_RUN.findall(scan.text[hour.end:minutes.start])]
        if said and not between:  # "midi trente", "minuit 15": the minutes right after, a count, no punctuation
            if scan.text[hour.end:minutes.start].strip(" \u00a0") or minutes.value < 1:
                continue  # "à midi, 30 personnes"
            after = _next_word(scan.text, minutes.end).rstrip("'’")
            if (after and after not in conv.time_followers) or _counts_next(scan.text, minutes.start,
                                                                             minutes.end, conv):
                continue  # "à midi 45 manifestants", "at midnight 2 of the hostages": the figure counts what follows
            link = ""
        elif said:
            if between[0] not in minus | plus or not set(between) <= fillers:
                continue
            link = between[0]
        elif _oclock_then_minutes(scan.text, hour, minutes, oclock, conv):
            link = ""  # "23 o'clock 30": a word-for-word "23 heures 30"
        else:
            if not between or between[0] not in hours or not set(between[1:]) <= fillers:
                continue
            link = between[1] if len(between) > 1 else ""
        if link in plus and not 0 < minutes.value < 1:
            continue  # "et" before a count joins two things ("entre midi et deux"); a share is the time's
        m = round(minutes.value * 60) if minutes.value < 1 else int(minutes.value)  # "quart" = 0.25 hour
        h = hour.value[1] if said else int(hour.value)
        if link in minus:
            h, m = h - 1, 60 - m
        times = {("time", h % 24, m)} if said else {("time", h % 24, m), ("time", (h + 12) % 24, m)}
        if not said and link not in minus and _said_in_minutes(scan.text, hour.start, minutes.end, h, conv):
            times.add(_num(h * 60 + m))  # « le film dure deux heures quarante-cinq »: "165 minutes"
        scan.replace(hour, hour.with_(alts=hour.alts | times))
        if minutes.exact:  # "11 hours 10" (a word-for-word "11 heures 10"): the 10 is the time's minutes
            scan.replace(minutes, minutes.with_(alts=minutes.alts | times))


def _oclock_then_minutes(text: str, hour: Quantity, minutes: Quantity, oclock: Optional[re.Pattern],
                         conv: Conventions) -> bool:
    """Whether ``minutes`` follow an hour and its o'clock word, nothing else between ("at 23 o'clock 30", "11
    o'clock 10 in the morning": the French "23 heures 30" word for word), and count nothing after them
    (:func:`_counts_next`: "at 5 o'clock 30 people gathered" counts people)."""
    if oclock is None or not hour.exact:
        return False
    m = oclock.match(text, hour.end)
    return (m is not None and not (m.group("am") or m.group("pm")) and not text[m.end():minutes.start].strip(_SPACES)
            and minutes.kind == "number" and not _counts_next(text, minutes.start, minutes.end, conv))


def _half_day_minutes(scan: _Scan, conv: Conventions) -> None:
    """An hour with its half of the day, then its minutes in two figures, nothing between ("at 11 a.m. 10",
    "1 a.m. 20": a word-for-word "11 heures 10" whose hour word became the half of the day) is that time, as
    "23 o'clock 30" is (:func:`_oclock_then_minutes`), unless the minutes count what follows
    (:func:`_counts_next`: "at 9 a.m. 15 protesters gathered"). Both figures get the time as a reading."""
    if len(scan.found) < 2 or conv.half_day_re is None or all(q.kind != "time" for q in scan.found):
        return  # (no time to be the hour: a replacement below keeps its mention's kind)
    found = sorted(scan.found, key=_START)
    for hour, minutes in zip(found, found[1:]):
        hour = scan.current(hour)  # (as in _clock_words)
        if not (hour.kind == "time" and hour.exact and isinstance(hour.value, tuple) and hour.value[0] == "time"
                and hour.value[2] == 0 and minutes.exact and minutes.kind == "number" and len(minutes.text) == 2
                and minutes.text.isdecimal() and 0 < int(minutes.text) < 60):
            continue
        digits = _DIGITS_RE.match(hour.text)
        if digits is None or not conv.half_day_re.fullmatch(hour.text, digits.end()):
            continue  # "11:00 p.m. 10", "11 hours": not an hour with its half of the day alone
        if scan.text[hour.end:minutes.start].strip(_SPACES) or _counts_next(scan.text, minutes.start,
                                                                             minutes.end, conv, scan.source):
            continue
        times = {("time", hour.value[1], int(minutes.text))}
        scan.replace(hour, hour.with_(alts=hour.alts | times))
        scan.replace(minutes, minutes.with_(alts=minutes.alts | times))


def _oclock(scan: _Scan, conv: Conventions) -> None:
    """An hour said with "o'clock" (``oclock_words``: "five o'clock", "5 o'clock in the afternoon") is a
    time on the twelve-hour clock: both halves of the day are its readings, as the other text may say
    "17 heures", unless the words after it name the half (``oclock_morning``, ``oclock_evening``, am/pm)."""
    if not scan.has_any(conv.oclock_heads):  # (none without o'clock words: the pattern is not built)
        return
    after = conv.oclock_re
    for q in list(scan.found):
        m = None
        if isinstance(q.value, float) and q.value.is_integer() and 1 <= q.value <= 12:
            m = after.match(scan.text, q.end)
        if m:
            h = int(q.value) % 12
            # "five o'clock in the morning" is 5:00 only, "in the afternoon" 17:00 only
            halves = {h} if m.group("am") else {h + 12} if m.group("pm") else {h, h + 12}
            scan.replace(q, q.with_(alts=q.alts | {("time", hour, 0) for hour in halves}))


def _past_to(scan: _Scan, conv: Conventions) -> None:
    """A time said as minutes past or to an hour of the twelve-hour clock (``clock_past``, ``clock_to``):
    "a quarter past nine" = 9:15, "half past 9" = 9:30, "twenty to ten" = 9:40, "five of ten" = 9:55
    (a word that also shares out a count, ``clock_loose``, only between numbers in words or after a minute
    word, and one of ``clock_bare_only`` only between numbers in words), or to noon or midnight
    said in words ("a quarter to midnight" = 23:45, "half past noon" = 12:30). The minutes are a fraction
    of the hour (a quarter, a half) or a count (``minute_words`` may follow it); the hour's mention gets
    the time, on both halves of the day, as the other side may say "21 h 15". When the words make it sure
    ("past", or a minute word: "15 minutes to 9") and nothing reads them as counts (:func:`_time_alone`), the
    hour is that time only, so "9 heures" differs from it."""
    past = conv.lower_words.get("clock_past", frozenset())
    to = conv.lower_words.get("clock_to", frozenset())
    if len(scan.found) < 2 or not (scan.has_any(past) or scan.has_any(to)):
        return
    fillers = conv.lower_words.get("minute_words", frozenset())
    loose = conv.lower_words.get("clock_loose", frozenset())
    bare_only = conv.lower_words.get("clock_bare_only", frozenset())
    units = fillers | conv.lower_words.get("hour_words", frozenset())
    found = sorted(scan.found, key=_START)
    for i in range(len(found) - 1):
        minutes, hour = found[i], found[i + 1]  # found[i] as the pair before may have replaced it
        said = hour.value in _NOON_MIDNIGHT and not hour.exact  # "a quarter to midnight", "half past noon"
        if not said and (not isinstance(hour.value, float) or not hour.value.is_integer() or not 1 <= hour.value <= 12):
            continue
        if not said and (hour.measure is not None or _next_word(scan.text, hour.end) in units):
            continue  # "from 20 minutes to 2 hours": an hour with a unit after it is a duration
        between = [w.lower() for w in _LETTER_RUN.findall(scan.text[minutes.end:hour.start])]
        if not between or between[-1] not in past | to or not set(between[:-1]) <= fillers:
            continue
        if not _bare_minutes(scan.text, minutes, len(between) > 1):
            continue  # "gained 6% after 3 days", "$5 past 9": an amount, no minutes
        if between[-1] in loose and len(between) == 1 and _DIGITS_RE.search(scan.text[minutes.start:hour.end]):
            continue  # "won 3 to 4 after 2 hours": "after" between figures orders events
        if between[-1] in bare_only and len(between) > 1:
            continue  # "20 minutes of 1 match", "5 minutes of 2nd half": a part of what follows, no time
        parts = [a for a in minutes.alts if isinstance(a, float) and 0 < a < 1]
        if parts:  # "a quarter", "half": a share of the hour
            m = round(min(parts) * 60)
        elif isinstance(minutes.value, float) and minutes.value.is_integer() and 0 < minutes.value < 60:
            m = int(minutes.value)
        else:
            continue
        if said:  # one hour of the day: 23:45 for "a quarter to midnight"
            h = hour.value[1]
            if between[-1] in to:
                h, m = (h - 1) % 24, 60 - m
            times = {("time", h, m)}
        else:
            h = int(hour.value) % 12
            if between[-1] in to:
                h, m = (h - 1) % 12, 60 - m
            times = {("time", h, m), ("time", h + 12, m)}
        # "won 15 to 9" may be a score; "15 past 9" is a time, unless the hour counts a word after it or
        # the minutes open a range (_time_alone)
        sure = (between[-1] in past or len(between) > 1) and _time_alone(scan.text, minutes, hour, between[-1] in to, conv,
                                                                        scan.source)
        # a sure time is that time only (the bare hour would let "9 heures" match "15 past 9"); the bare
        # hour stays a reading for "N to M" alone and for a time that may be counts (_time_alone)
        # a sure time's mention is the whole phrase, the one a message quotes ("15 minutes past 9", not "9")
        found[i + 1] = (hour.with_(value=min(times), alts=frozenset(times), kind="time", start=minutes.start,
                                   text=scan.text[minutes.start:hour.end]) if sure
                        else hour.with_(alts=hour.alts | times))
        scan.replace(hour, found[i + 1])
        if minutes.exact and sure:
            # "15 minutes past 9": the minutes in figures are part of the time, no figure of their own
            # (a count before "to" alone stays one: a score, "won 15 to 9")
            found[i] = minutes.with_(exact=False)
            scan.replace(minutes, found[i])


def _time_alone(text: str, minutes: Quantity, hour: Quantity, to: bool, conv: Conventions,
                source: Optional[str] = None) -> bool:
    """Whether minutes past or to an hour can only be a time of day. Not when the hour counts the word
    after it (:func:`_counts_next`: "20 minutes after 9 calls", "10 minutes to 3 players", "after 9 of
    the hostages"); any other word leaves it a time ("15 minutes past 9 yesterday", "... GMT", "... sharp").
    Nor when "to" closes a range the minutes open (``range_openers``, perhaps before an approximator,
    ``range_approximators``: "cut from about 15 minutes to 10", the second unit left out). Such a pair
    keeps the bare hour as a reading. ``source``: see :func:`_counts_next`."""
    if _counts_next(text, hour.start, hour.end, conv, source):
        return False
    if not to:
        return True
    openers = conv.lower_words.get("range_openers", frozenset())
    approximators = conv.lower_words.get("range_approximators", frozenset())
    end = minutes.start
    for _ in range(3):  # "from about", "from nearly": the opener, past a word or two of approximation
        word = _word_before(text[max(0, end - LOOKBACK):end])
        if word.lower() in openers:
            return False
        if not word or word.lower() not in approximators:
            return True
        end = text.rindex(word, 0, end)
    return True


def _writes(text: str, word: str) -> bool:
    """``word`` stands in ``text`` as a whole word: a plain search, no pattern compiled per name."""
    return next(whole_word_starts(text, word), None) is not None


def counts_next(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the figure from ``start`` to ``end`` of ``lang`` text counts the word after it ("by 2000 guests",
    not "by 2012 at the latest"): :func:`_counts_next` with the language's conventions, for readers outside this
    module that must tell a count from a year."""
    return _counts_next(text, start, end, conventions(lang))


def _counts_next(text: str, start: int, end: int, conv: Conventions, source: Optional[str] = None) -> bool:
    """Whether the number ending at ``end`` counts the word after it: a word that marks a count
    (``count_followers``: "9 of the hostages", "9 more calls", "9 other players") or a plural noun (not a
    function word, and a plural by the language's own rule, :meth:`~mtqa.langs.Language.is_plural_noun`:
    "calls", "players", "companies"). A word that is neither ("yesterday", "GMT", "sharp", "o'clock",
    "it's") is not counted, nor a capitalised one the dictionaries list as a name of its own ("Carmen",
    "Mills": a speaker or a place, whatever plural its lower case would make: "carman" + -en, "mill" + s)
    where a capital tells a name: in prose, the word before the figure in lower case ("past 9 Carmen"), not
    in a headline's title case or capitals ("After 9 Banks Closed", "AFTER 9 BANKS CLOSED"), where every
    word has one. Given the ``source`` the text translates, such a name must be one the source writes too
    (a translation keeps names: "selon Mills" -> "Mills said"; compared without case or accents, as French
    may write a surname in capitals: "selon John MILLS"); one it does not write is a common plural
    the translation capitalised ("10 minutes to 3 Kings" for "à 3 rois"), which the figure counts.
    ``start`` and ``end`` bound the figure."""
    m = _NEXT_WORD_RE.match(text, end)
    if not m:
        return False
    written = m.group(1).rstrip("'’")
    word = written.lower()
    if word in conv.lower_words.get("count_followers", frozenset()):
        return True
    if not word or word in conv.time_followers:
        return False
    from mtqa.langs import language  # (the language's owner knows its plurals: imported late, as time_followers)

    # the text's own rule alone: the fallback's rule is about the fallback's words, and its singulars looked up
    # in this language's dictionaries are nonsense (French -x on English text: "Fox" a plural of "fo", "max" of
    # "ma", "six" of "si"); a French text's "jeux", "appels" are French plurals by French's own rule
    lang = language(conv.lang)
    window = text[max(0, start - LOOKBACK):start]
    before = window.rstrip()  # any space, a line break too: a wrapped paragraph breaks "past\n9 Carmen"
    if (written[:1].isupper() and len(before) < len(window) and _final_letters(before)[:1].islower()  # "past 9"
            and lang.has_proper_stem(written)  # not "After 9", "AFTER 9": a headline's capitals
            and (source is None or _writes(source, fold(written)))):
        return False  # "20 minutes past 9 Carmen said": a name, which counts nothing (Americans are no entry)
    return lang.is_plural_noun(word)


def _spaced_colon_time(text: str, start: int, end: int, conv: Conventions) -> bool:
    """Whether "H : MM" from ``start`` to ``end``, spaced on both sides of its colon, is a clock time. A
    language whose typography spaces every colon (its ``spaced_colon_cues``, French) writes a score or a
    label so too ("le score de 21 : 14", "remporté 23 : 17"), so there a time needs one of those cue
    words or phrases right before it ("à 16 : 10", "à partir de 9 : 00") or an hour marker or half of
    the day right after it ("6 : 30 du matin"). Without the list (English) a spaced colon is tokenised
    MT's own and stays a time ("6 : 30")."""
    if not conv.lower_words.get("spaced_colon_cues"):
        return True
    window = text[max(0, start - 40):start]
    if conv.spaced_colon_cue_re.search(window):
        return True  # "à 16 : 10", "à partir de 9 : 00"
    before = _word_before(window).lower()
    if before in conv.lower_words.get("spaced_colon_from", ()) and conv.spaced_colon_span_end.match(text, end):
        return True  # "de 9 : 00 à 17 : 00"
    return conv.spaced_colon_after.match(text, end) is not None


def _counts_on(text: str, start: int, end: int, conv: Conventions, source: Optional[str] = None) -> bool:
    """Whether the figure from ``start`` to ``end`` goes on into a count rather than ending a clock time: a
    group of digits follows ("2 : 15 000 euros"), a percent mark, scale word or unit (``suffix_re``,
    ``unit_re``: "3 : 45 %", "4 : 12 km") or a word it counts (:func:`_counts_next`: "2 : 15 teams"). A
    colon with a space before it is a label's in French typography ("Question 3 : 45 % des sondés"), and a
    tokenised MT copies it so; only the minutes of a time end there ("at 16 : 10.", "6 : 30 du matin")."""
    if text[end:].lstrip(_SPACES)[:1].isdigit():
        return True
    if conv.suffix_re.match(text, end) or conv.unit_re.match(text, end):
        return True
    return _counts_next(text, start, end, conv, source)


def _next_word(text: str, end: int) -> str:
    """The word right after position ``end`` (spaces skipped), lower case; "" when none."""
    m = _NEXT_WORD_RE.match(text, end)
    return m.group(1).lower() if m else ""


def _bare_minutes(text: str, minutes: Quantity, minute_word: bool) -> bool:
    """Whether a figure can be the minutes of a time: a bare count (or a share of the hour said in words),
    with no percent, currency or unit of its own; a unit is allowed only when it is the minute word
    (``minute_word``: "15 minutes past 9")."""
    if minutes.kind not in ("number", "word"):
        return False  # "6%", a year, an ordinal
    share = any(isinstance(a, float) and 0 < a < 1 for a in minutes.alts)  # "a quarter" (also a span word)
    if minutes.measure is not None and not minute_word and not share:
        return False  # "5 km after 3 days"
    before = text[max(0, minutes.start - 2):minutes.start].strip(_SPACES)[-1:]
    after = text[minutes.end:minutes.end + 2].lstrip(_SPACES)[:1]
    return not (before and before in _CURRENCY) and not (after and after in _CURRENCY)


_NOON_MIDNIGHT = frozenset({("time", 12, 0), ("time", 0, 0)})
"""The values :func:`_noon` gives noon and midnight said in words: an hour minutes may be past or to."""


def _spoken_parts(scan: _Scan, conv: Conventions) -> None:
    """Two figures that say one number the way it is spoken: "1000 and 1" = 1001 (a round hundred or
    thousand, ``connectors``, a number under 100: both parts get the sum as a reading); "a hundred or
    two" = 100 or 200 (a scale word in words, ``alternative_words``, a one-digit number in words: the
    second counts the first's scale)."""
    joins = conv.lower_words.get("connectors", frozenset())
    alternatives = conv.lower_words.get("alternative_words", frozenset())
    if len(scan.found) < 2 or not (scan.has_any(joins) or scan.has_any(alternatives)):
        return
    found = sorted(scan.found, key=_START)
    for first, second in zip(found, found[1:]):
        a, b = first.value, second.value
        if not isinstance(a, float) or not isinstance(b, float) or not b.is_integer():
            continue
        between = scan.text[first.end:second.start].strip(_SPACES).lower()
        if between in joins and first.exact and second.exact and first.kind in ("number", "year") \
                and second.kind == "number" and a >= 100 and a % 100 == 0 and 0 < b < 100:
            for q in (first, second):
                scan.replace(q, q.with_(alts=q.alts | {_num(a + b)}))
        elif between in alternatives and first.kind == second.kind == "word" and 1 < b < 10 \
                and _counts_scale(first.text.split()[-1].lower(), conv):
            scan.replace(second, second.with_(alts=second.alts | {_num(a * b)}))


_LAST_WORD = re.compile(r"[^\W\d_]+$")


def _article_spans(scan: _Scan, conv: Conventions) -> None:
    """Spans of time said with the indefinite article (``a year``, ``half a year``, ``a year and a half``):
    a count of one of the unit, or of a fraction, read as a measure so that the other side's ``12 mois``,
    ``2 semestres`` or ``18 mois`` is matched. Like every figure in words they claim nothing themselves.
    After an amount or a count of times ("2% a year", "30,000 euros a year", "twice a year": the ``rate_cues``
    and ``currency_words``) the article means "per": a rate, which says nothing of how long."""
    pattern = conv.article_span_re
    if pattern is None or not scan.has_any(conv.span_heads):
        return
    text = scan.text
    fractions, rate = conv.lower_fractions, conv.rate_words
    for m in scan.matches(pattern, False, conv.article_heads):  # a match starts at a fraction or an article
        if not scan.free(m.start(), m.end()):
            continue
        before = text[:m.start()].rstrip()
        last = _LAST_WORD.search(before)
        if not m.group("part") and before and (not scan.free(len(before) - 1, len(before))
                                               or (last is not None and last.group().lower() in rate)):
            continue  # a rate: 2% a year, twice a year
        value = 1.0
        if m.group("part"):
            value = fractions[m.group("part").lower()]
        elif m.group("more"):
            value += fractions[m.group("more").lower()]
        spec = conv.lower_units[m.group("unit").lower()]
        # a span word that is also a fraction said alone ("he won a quarter") may still be the fraction
        alts = {_num(value)}
        if not m.group("part") and not m.group("more") and m.group("unit").lower() in fractions:
            part = fractions[m.group("unit").lower()]
            alts.update({_num(part), (_SHARE, round(part * 100, 1)), (_SHARE, float(round(part * 100)))})
        scan.take(Quantity(m.start(), m.end(), m.group(0), _num(value), frozenset(alts), "word", False,
                           ((spec[0], value * float(spec[1])),)))


def _counts_scale(word: str, conv: Conventions) -> bool:
    """Whether a number word is a scale ("hundred", "thousand", "million") that another number may count."""
    return word in conv.lower_scales or float(conv.number_words.get(word, 0)) in (100.0, 1000.0)


def _joins(before: str, after: str, conv: Conventions, indefinite, fractions) -> bool:
    """Whether "et"/"and" between two words is inside one number.

    It is in "vingt et un", "one hundred and five", "two and a half"; it is
    not in "cinq et dix", "deux cent et quatre cent" (two numbers).
    """
    if after in indefinite or after in fractions:
        return True
    table = conv.number_words
    if after not in table or before not in table:
        return False
    allowed = conv.lower_words.get("connector_next", frozenset())
    if allowed:
        return after in allowed
    return float(table[before]) >= 100 and float(table[after]) < 100


def _unit_measure(text: str, at: int, value: float, conv: Conventions) -> Optional[tuple]:
    """The measure of a number word followed by a unit ("two ounces" = 56.7 g), as for digits, or by one of
    the ``word_units`` (units after a number in words only: "trois heures" is three hours, "17 heures" a time)."""
    unit = conv.unit_re.match(text, at)
    spec = unit and (conv.units.get(unit.group("unit")) or conv.lower_units.get(unit.group("unit").lower()))
    if not spec and conv.word_unit_re is not None:
        unit = conv.word_unit_re.match(text, at)
        spec = unit and conv.lower_word_units.get(unit.group("unit").lower())
    if not spec:
        return None
    factor, offset = float(spec[1]), float(spec[2]) if len(spec) > 2 else 0.0
    return ((spec[0], (value + offset) * factor),)


def _unit_then_connector(between: str, conv: Conventions) -> bool:
    """Whether ``between`` (the text from a figure to a fraction word) is one word and one of the language's
    ``connectors`` (« minutes et », "weeks and"): the fraction adds to the figure across its unit."""
    words = between.split()
    return len(words) == 2 and words[0].isalpha() and words[1].lower() in conv.words_of("connectors")


def _add_fraction(scan: _Scan, at: int, fraction: float, conv: Conventions, end: Optional[int] = None) -> None:
    """Add the fraction said at ``at`` (« et demie », « ½ »; ``end`` where it ends) to the figure before it.

    Where the half is the figure's own, its value becomes the sum and its text runs to the end of the fraction,
    so that a message quotes what the source said (« 12 minutes et demie », not a "12" whose value is 12.5):
    across the unit (« 12 minutes et demie »), after a figure that holds its unit (« 3 kilomètres et demi »: the
    connector alone between), after a scaled figure (« 2 millions et demi » is 2.5 million, the half of the scale,
    as :func:`_compose` reads « deux millions et demi ») and after an hour of the clock (« 2 heures et quart » is
    2:15 or 2.25 hours, never 2:00). Elsewhere the sum is one more reading ("dix heures et demie" said in words).
    A fraction word heading a hyphenated word (« demi-finale ») never comes here (:func:`_words`)."""
    before = [q for q in scan.found if q.end <= at]
    if not before:
        return
    last = max(before, key=lambda q: q.end)
    between = scan.text[last.end:at]
    across_unit = _unit_then_connector(between, conv) and _unit_measure(scan.text, last.end, 1.0, conv)
    joined = _only_connector(between, conv) or (not between.strip() and scan.text[at] in _UNICODE_FRACTIONS)
    with_unit = bool(last.measure) and joined  # « 3 kilomètres et demi », « 6 heures ½ »
    if at - last.end >= 12 and not across_unit:
        return  # far from the fraction, unless a unit and the connector alone stand between: a long unit word
        # puts « 12 minutes et demie », « 3 semaines et demie » as far as that, and is 12.5, 3.5 ("11 deputies
        # and half of the votes" is no 11.5: deputies are no unit)
    stop = max(end, last.end) if end is not None else last.end
    said = scan.text[last.start:stop]
    if (across_unit or with_unit) and isinstance(last.value, float) and last.exact and last.scale == 1:
        # « 12 minutes et demie » is 12.5 only: "12 minutes" drops the half, a changed figure (stop 71's review, C12)
        whole = _num(last.value + fraction)
        measure = last.measure and tuple((dim, v * (last.value + fraction) / last.value) for dim, v in last.measure) \
            if last.value else last.measure  # its measure too: 12.5 minutes, not 12 (a unit measure matches alone)
        scan.replace(last, last.with_(end=stop, text=said, value=whole, alts=frozenset({whole}), measure=measure))
        return
    if isinstance(last.value, float) and last.scale != 1 and last.exact and joined:
        # « 2 millions et demi » = 2.5 million, the half of the scale, held by its figure as the words' « deux
        # millions et demi » is (quoted whole; the whole kept as a reading for the checks that ask only whether
        # a figure is said)
        whole = _num(last.value + fraction * last.scale)
        scan.replace(last, last.with_(end=stop, text=said, value=whole, alts=frozenset({whole})))
        return
    if isinstance(last.value, float):
        # "2 millions et demi" = 2.5 million: the half is of the scale
        alts = {_num(last.value + fraction * last.scale)}
        if last.value.is_integer() and last.value < 24 and _any_word(conv.words_of("hour_words")).search(between):
            alts.add(("time", int(last.value), round(fraction * 60)))  # "dix heures et demie" = 10:30
            alts.add(_num((last.value + fraction) * 60))  # "une heure et quart" = 75 minutes
        if across_unit and last.kind == "word" and last.scale == 1 and last.measure:
            # « deux ans et demi » said in words holds its half as the digits do: 2.5 years, quoted whole, so
            # that A614 (which owns figures in words) reads the sum; the whole stays a reading, as before, for
            # the checks that only ask whether a target figure is in the source at all
            whole = _num(last.value + fraction)
            measure = tuple((dim, v * (last.value + fraction) / last.value) for dim, v in last.measure) \
                if last.value else last.measure
            alts |= {("time", (a[1] + 12) % 24, a[2]) for a in alts if isinstance(a, tuple)}  # the other half
            # of the day, which the pairing of an hour word with its minutes no longer adds once they are one
            scan.replace(last, last.with_(end=stop, text=said, value=whole, alts=last.alts | alts, measure=measure))
            return
        scan.replace(last, last.with_(alts=last.alts | alts))
    elif last.kind == "time" and len(last.value) == 3 and last.value[2] == 0 and last.exact and joined:
        # « 10 heures et demie » = 10:30 (a time) or 10.5 hours (a duration), never 10:00 nor 10 hours
        h, mins = last.value[1], round(fraction * 60)
        value = ("time", h, mins)
        scan.replace(last, last.with_(end=stop, text=said, value=value, alts=frozenset(
            {value, ("time", (h + 12) % 24, mins), _num(h + fraction), _num((h + fraction) * 60)})))
    elif last.kind == "time" and len(last.value) == 3 and last.value[2] == 0:
        h, mins = last.value[1], round(fraction * 60)
        scan.replace(last, last.with_(alts=last.alts | {("time", h, mins), ("time", (h + 12) % 24, mins),
                                                          _num(h + fraction), _num((h + fraction) * 60)}))


def _only_connector(between: str, conv: Conventions) -> bool:
    """Whether ``between`` (the text from a figure to a fraction word) is one of the language's ``connectors``
    alone (« et », "and"): the fraction follows the figure and the unit it holds (a fraction sign needs none:
    « 6 heures ½ »)."""
    words = between.split()
    return len(words) == 1 and words[0].lower() in conv.words_of("connectors")


def _compose(words: list[str], conv: Conventions, connectors, indefinite, fractions) -> Optional[float]:
    total = current = unit = 0.0  # unit: the value the previous word added, for "quatre-vingts"
    seen = False
    joined = False  # the previous word was "et"/"and"/"a": a fraction after it is added
    if len(words) == 2 and words[1] in conv.words_of("decade_names"):
        century = conv.number_words.get(words[0])
        if century is not None and 10 <= float(century) < 100:  # "nineteen seventies" = the 1970s
            return float(century) * 100 + float(conv.number_words[words[1]])
    scale = 0.0  # the scale or thousand the previous word closed (« deux millions »), which a half after it divides
    for w in words:
        if w in connectors or w in indefinite:
            joined = True
            continue
        v = float(conv.number_words[w])
        if w in conv.lower_scales:
            total += (current or 1.0) * v
            current = 0.0
        elif w in fractions and joined and scale and current == 0:
            # « deux millions et demi » = 2,500,000, « trois mille et demi » = 3,500: the half is of the scale, as
            # for the digits' « 2 millions et demi », not a half added to the total
            total += v * scale
        elif w in fractions:
            current = current + v if (joined or current == 0) else current * v
        elif w in conv.lower_approximate:
            current = (current or 1.0) * v
        elif v == 100:
            current = (current or 1.0) * 100
        elif v == 1000:
            total += (current or 1.0) * 1000
            current = 0.0
        elif 0 < unit < 10 and w in conv.multipliers:
            # quatre-vingt(s): a vigesimal word multiplies the unit just before it, also after a
            # hundred ("cent quatre-vingts" = 180; data: misc.multipliers)
            current += unit * (v - 1)
        else:
            current += v
            unit = v
            joined = False
            seen = True
            scale = 0.0
            continue
        scale = v if w in conv.lower_scales or v == 1000 else 0.0
        unit = 0.0
        joined = False
        seen = True
    return total + current if seen else None


def _soften_conversions(text: str, found: list[Quantity]) -> list[Quantity]:
    """A figure in brackets right after another figure is a conversion, not a claim. (A text without an
    opening bracket has none: its figures are returned as they are, no bracket searched for each.)"""
    if "(" not in text:
        return found
    out = []
    last_end = -10**9
    for q in found:
        opened = text.rfind("(", 0, q.start)
        if q.exact and opened >= last_end and opened - last_end <= _CONVERSION_GAP \
                and ")" not in text[opened:q.start]:
            q = q.with_(exact=False)
        out.append(q)
        if q.kind != "word":
            last_end = q.end
    return out


# -- comparing two sides -------------------------------------------------------

@record
class Comparison:
    """Figures of the source and target that do not correspond."""

    missing: list[Quantity]
    """Exact source figures with no matching target mention."""
    added: list[Quantity]
    """Exact target figures with no matching source mention."""
    changed: list[tuple[Quantity, Quantity]]
    """(source, target) pairs: an unmatched figure on each side, of the same family."""


def _family(q: Quantity) -> str:
    return q.kind if q.kind in ("time", "date") else "number"


def _digits(q: Quantity) -> str:
    return re.sub(r"\D", "", q.text)


def compare(
    source: list[Quantity],
    target: list[Quantity],
    source_codes: Iterable[str] = (),
    target_codes: Iterable[str] = (),
) -> Comparison:
    """Match figures across languages; report what vanished, appeared or changed.

    ``source_codes``/``target_codes`` (from :func:`codes`, or :func:`codes_of` with repeats) excuse a
    figure whose digits are part of a code on the other side (``M23`` / ``M 23``). A figure written
    apart from a code is excused only when its own side writes that code less often: a code carried
    over whole leaves the figure one of its own (``24 candidats #cop24`` rendered "candidates #cop24"
    lost the 24).
    """
    src_codes, tgt_codes = collections.Counter(source_codes), collections.Counter(target_codes)
    targets, sources = _Figures(target), _Figures(source)
    missing = [q for q in source if q.exact and not targets.match(q, whole=False)
               and not _in_code(q, tgt_codes, src_codes)]
    # "5,6 ans" rendered "five or six years": the list reading, when the target has both numbers
    listed = [q for q in missing if q.either and all(v in targets.by_alt for v in q.either)]
    listed_ids = {id(q) for q in listed}
    missing = [q for q in missing if id(q) not in listed_ids]
    either = frozenset(v for q in listed for v in q.either)
    added = [t for t in target if t.exact and not sources.match(t)
             and t.alts.isdisjoint(either)
             and not _in_code(t, src_codes, tgt_codes)]
    # "80, 000" for "80 000": the source figure is there, split by a stray space: a changed writing
    split = []
    for q in missing:
        whole = targets.first_whole(q)
        if whole is not None:
            split.append((q, whole))
    split_ids = {id(q) for q, _ in split}
    missing = [q for q in missing if id(q) not in split_ids]
    paired = _pair_alike(missing, added)
    used = set(paired.values())
    changed = split + [(q, added[paired[i]]) for i, q in enumerate(missing) if i in paired]
    missing = [q for i, q in enumerate(missing) if i not in paired]
    added = [t for j, t in enumerate(added) if j not in used]
    if missing:
        changed, missing = _claimed_by_words(missing, changed, source, target)
    if missing:
        # the target's figures in words are no exact figures, so never added; "six hours" for « 6 heures ½ » is
        # as much the whole hours alone as "6 hours"
        worded = [t for t in target if t.kind == "word" and not t.exact]
        changed, missing = _hours_without_fraction(missing, changed, added + worded)
        taken = {id(t) for _, t in changed}
        added = [t for t in added if id(t) not in taken]
    changed = changed + _rescaled(source, target, sources, changed)
    return Comparison(missing, added, changed)


def matched_in_order(source: list[Quantity], target: list[Quantity]) -> bool:
    """Whether :func:`compare` of the two sides finds nothing (no figure missing, added or changed), known
    from the exact figures taken in order: the i-th exact source figure matches the i-th exact target
    figure (not only by its whole, :func:`_by_whole`) and that one matches it back, as many on each side,
    and no exact source number has a scale (only such a figure can be :func:`_rescaled`). False says
    nothing: :func:`compare` must be asked.

    Why: that is how most translations write their figures (the same ones, in the same order), and
    :func:`compare` indexes both sides (:class:`_Figures`) to answer in any order. Exact: every source
    figure is then matched (so none is missing, split or claimed by a word), every target figure matches a
    source figure (none is added), and with nothing missing or added nothing pairs as changed."""
    exact_source = [q for q in source if q.exact]
    exact_target = [t for t in target if t.exact]
    if len(exact_source) != len(exact_target):
        return False
    for q, t in zip(exact_source, exact_target):
        if q.kind == "number" and q.scale > 1.0:
            return False
        if not q.matches(t) or not t.matches(q) or _by_whole(q, t):
            return False
    return True


def lost_scale(q: Quantity, t: Quantity) -> bool:
    """Whether the target figure ``t`` writes the digits of the source figure ``q``, read the same way,
    under another scale than the source's scale word: ``1.168`` for « 1,168 mille » (1,168), ``$4.1M`` for
    « 4,1 Md$ » (4.1 billion), ``17.28 billion`` for « 17,28 billions » (French "billion" is 10^12).

    Why: such a figure can still *match* the source by a second reading of one side (``1.168`` with a
    French dot between thousands is 1,168; « 4,1 Md$ » keeps the bare 4.1 because ``M`` is also a unit),
    so :func:`compare` found nothing wrong while the reader of the translation reads a figure a thousand
    times off. Only when the target's own first reading (its digits in its conventions, times its own
    scale) is no reading of the source, and the digits are the same, left to right."""
    if q.kind != "number" or t.kind != "number" or not t.exact or q.scale <= 1.0 or t.scale == q.scale:
        return False
    if not isinstance(q.value, float) or not isinstance(t.value, float) or t.value in q.alts or not t.value:
        return False
    if _digits(q) != _digits(t):
        return False  # "74.000" for « 74 mille »: the scale written out in digits (the format is L1xx's)
    return math.isclose(t.value / t.scale, q.value / q.scale, rel_tol=1e-9)


def _rescaled(source: list[Quantity], target: list[Quantity], sources: "_Figures",
              changed: list[tuple[Quantity, Quantity]]) -> list[tuple[Quantity, Quantity]]:
    """(source, target) pairs of figures matched only by a second reading while the target's scale is not
    the source's (:func:`lost_scale`): changed figures. Not when a target figure matching the source figure
    reads as one of its values, when another source figure reads as the target's figure, nor when a scaled
    figure beside it in the translation lends the target figure that scale ("$40 billion ... and 24 more",
    "0.5 - 1 billion": the scale said once for both)."""
    out: list[tuple[Quantity, Quantity]] = []
    taken = {id(t) for _, t in changed}
    for q in source:
        if q.scale <= 1.0 or not q.exact or q.kind != "number":
            continue  # (most figures: one comparison of a float)
        matching = [t for t in target if t.exact and q.matches(t)]
        if not matching or any(t.value in q.alts for t in matching):
            continue
        for t in matching:
            if id(t) in taken or not lost_scale(q, t) or sources.match_value(t.value):
                continue
            if any(o is not t and o.scale > 1.0 and _num(t.value * o.scale) in q.alts for o in target):
                continue
            taken.add(id(t))
            out.append((q, t))
            break
    return out


def _digit_set(q: Quantity) -> tuple[str, str]:
    """A figure's family and its digits in sorted order: all that its likeness to another reads."""
    return _family(q), "".join(sorted(_digits(q)))


class _Figures:
    """The figures of one side of :func:`compare`, indexed to answer "does one of them match this figure?"
    without trying each: by reading (``alts``), by date, by a unit's dimension, and by the whole of a
    figure split by a stray space. Figures that compare alike (the same kind, readings, measure and
    whole) are tried once, and so is each question.

    Why: :func:`compare` asked every figure of one side against every figure of the other; a segment of
    many figures took time growing with the square of its length (666 figures a side, 2,000
    characters: 443,556 comparisons, three times per link). A figure ``q`` can only match a figure with
    one of its readings, a date of its value, or a measure of one of its dimensions (see
    :meth:`Quantity.matches`): only those are tried, each with :meth:`Quantity.matches` itself, so the
    answers are unchanged."""

    def __init__(self, figures: list[Quantity]):
        self.by_alt: dict = {}
        self.by_date: dict = {}
        self.by_dimension: dict[str, list[Quantity]] = {}
        self.wholes: dict = {}
        self._answers: dict = {}
        seen: set = set()
        for k, t in enumerate(figures):
            if t.whole is not None:
                self.wholes.setdefault(t.whole.value, []).append((k, t))
            key = self._key(t, t.whole.value if t.whole is not None else None)
            if key is not None and key in seen:
                continue
            if key is not None:
                seen.add(key)
            for v in t.alts:
                self.by_alt.setdefault(v, []).append(t)
            if t.kind == "date":
                self.by_date.setdefault(self._hashable(t.value), []).append(t)
            for dim in {dim for dim, _ in t.measure or ()}:
                self.by_dimension.setdefault(dim, []).append(t)

    @staticmethod
    def _hashable(value):
        try:
            hash(value)
        except TypeError:
            return repr(value)
        return value

    @staticmethod
    def _key(q: Quantity, extra) -> Optional[tuple]:
        """What :meth:`Quantity.matches` and :func:`_by_whole` read of a figure, or None if unhashable."""
        key = (q.kind, q.value, q.alts, q.measure, extra)
        try:
            hash(key)
        except TypeError:
            return None
        return key

    def _candidates(self, q: Quantity) -> Iterator[Quantity]:
        for v in q.alts:
            yield from self.by_alt.get(v, ())
        if q.kind == "date":
            yield from self.by_date.get(self._hashable(q.value), ())
        for dim in {dim for dim, _ in q.measure or ()}:
            yield from self.by_dimension.get(dim, ())

    def match(self, q: Quantity, whole: bool = True) -> bool:
        """``any(q.matches(t) for t in figures)``; with ``whole=False``, leaving out a ``t`` that ``q``
        matches only by its whole (:func:`_by_whole`)."""
        key = self._key(q, whole)
        if key is not None and key in self._answers:
            return self._answers[key]
        found = any(q.matches(t) and (whole or not _by_whole(q, t)) for t in self._candidates(q))
        if key is not None:
            self._answers[key] = found
        return found

    def match_value(self, value) -> bool:
        """Whether one of the figures reads as ``value``."""
        return value in self.by_alt

    def first_whole(self, q: Quantity) -> Optional[Quantity]:
        """``next((t.whole for t in figures if _by_whole(q, t)), None)``."""
        found = sorted((kt for v in q.alts for kt in self.wholes.get(v, ())), key=operator.itemgetter(0))
        return next((t.whole for _, t in found if _by_whole(q, t)), None)


def _claimed_by_words(missing: list, changed: list, source: list, target: list) -> tuple[list, list]:
    """An exact source figure left unmatched because the word right after it took its target figure
    (``2e trimestre`` rendered "3rd quarter": ``trimestre`` = 3 matches the ``3rd``) paired with that
    target figure as changed: the translation's figure renders the phrase whose rank the source
    writes in digits, and a digit changed must not show as one lost (a word's own figure is never
    reported). A target figure an exact source figure matches, or a word apart from the figure
    (``10 mois, soit un an`` rendered "12 months"), claims nothing; nor does the word after a count,
    which is no rank (``2 trimestres`` rendered "3 months" lost the 2, it did not become 3)."""
    out = []
    for q in missing:
        words = [w for w in source if not w.exact and 0 <= w.start - q.end <= 1] if q.kind == "ordinal" else []
        t = next((t for t in target if t.exact and _family(t) == _family(q)
                  and any(t.matches(w) for w in words)
                  and all(not o.exact for o in source if t.matches(o))
                  and all(t is not c for _, c in changed)), None)
        if t is None:
            out.append(q)
        else:
            changed = changed + [(q, t)]
    return changed, out


def _hours_without_fraction(missing: list, changed: list, added: list) -> tuple[list, list]:
    """A source time of the clock that holds a fraction said after its hour word (« 6 heures ½ », « 10 heures et
    demie »: 6:30, or 6.5 hours) paired as changed with a target count of hours that keeps the whole hour alone
    ("6 hours"): the families differ (a time, a number), so :func:`_pair_alike` leaves them apart, and the
    translation would show one figure lost and one added where it dropped the half. Only a target figure that
    measures the whole hours in any unit of time ("6 hours", "60 minutes" for « 1 heure et demie »), that is no
    time itself ("9 hours 50", a word-for-word
    « 9 heures 50 », is read as 9:50 too: it compares as a time) and that nothing else claimed. ``added`` holds the
    target's figures in words too ("six hours"): those are never exact, so never added, yet say the whole alone."""
    out = []
    for q in missing:
        halves = [a for a in q.alts if isinstance(a, float) and not a.is_integer() and a < 24] \
            if q.kind == "time" and q.exact else []
        t = next((t for t in added if t.kind in ("number", "word") and isinstance(t.value, float)
                  and all(isinstance(a, float) for a in t.alts)  # "9 hours 50" is also read as 9:50: a time
                  and any(dim == "duration" and any(math.isclose(v * 24, int(h)) for h in halves)
                          for dim, v in t.measure or ())
                  and all(t is not c for _, c in changed)), None)
        if t is None:
            out.append(q)
        else:
            changed = changed + [(q, t)]
    return changed, out


def _by_whole(q: Quantity, t: Quantity) -> bool:
    """Whether the source figure ``q`` matches ``t``, a part of a figure split by a stray space, only
    by the whole (80 000 and the ``80`` of ``80, 000``; not 80 and the ``80`` of a list ``80, 150``)."""
    return t.whole is not None and t.whole.value in q.alts and q.alts.isdisjoint(t.alts - {t.whole.value})


def _in_code(q: Quantity, codes: collections.Counter, own: collections.Counter) -> bool:
    """Whether the figure's digits are those of a code on the other side (``M 23`` for ``M23``), or
    the figure is a year whose two last digits a code writes (``1992`` for ``JO-92``); a figure
    written apart from a code needs the other side to write the code more often than its own does."""
    itself = bool(_code_digits(q.text))  # "2000E": the figure is the code
    digits = _digits(q)

    def coded(d: str) -> bool:
        return codes[d] > own[d] or (itself and codes[d] > 0)

    return coded(digits) or (q.kind == "year" and len(digits) == 4 and coded(digits[2:]))


def _unary_counts(keys) -> Optional[dict[tuple, tuple[int, int]]]:
    """Each (family, sorted digits) key's digits as one integer, and their number: a field of bits per digit
    written in any key, as wide as the most times a key writes one digit, holding as many low ones as the key
    has of that digit. The digits two keys share, counted with repeats (a multiset's intersection), are then
    the ones both integers have: one AND and a bit count. None when the integers would be wider than
    :data:`UNARY_BITS`.

    Why: :func:`_pair_alike` reckons the likeness of every source group with every target group of its family,
    and summed a ``min`` per digit for each (98,000 pairs and ten digits each for 340 distinct five-digit
    figures a side, 2,000 characters: 0.12 s of a segment's 0.36 s)."""
    columns = {d: k for k, d in enumerate(sorted({d for _, digits in keys for d in digits}))}
    width = max((digits.count(d) for _, digits in keys for d in set(digits)), default=1)
    if width * len(columns) > UNARY_BITS:
        return None
    out = {}
    for key in keys:
        bits = 0
        for d in set(key[1]):
            bits |= ((1 << key[1].count(d)) - 1) << (columns[d] * width)
        out[key] = (bits, len(key[1]))
    return out


UNARY_BITS = 1 << 15
"""Widest integer :func:`_unary_counts` makes. An AND costs time with the integers' width, and one figure
writing a digit thousands of times sets that width for every group of the segment, so with a raised segment
cap the pairing grew with the cube of the length: 16,000 characters, half of them one such figure and half
distinct figures, paired in 1.5 s with the integers and 0.67 s with a count per digit column. Past this width
(where the two cost about the same: 4,000 vs 8,000 such characters) the counts are used."""


def _pair_alike(missing: list[Quantity], added: list[Quantity]) -> dict[int, int]:
    """Each unmatched source figure paired with the most alike unmatched target figure of its family (1,967
    with 1,697 rather than with an earlier 10): {index in ``missing``: index in ``added``}. Likeness is the
    share of digits two figures have in common (as multisets, over the longer one's digits), so that a swap
    of two digits (1,967 / 1,697) or one digit changed (467.4 / 476.4) pairs before figures with nothing in
    common.

    The pairs are taken greedily, the likest first, then in the order of the source and target figures;
    the answer is that of sorting every (source, target) pair by (-likeness, source, target) and taking
    each pair whose figures are both still free. Why not so: likeness depends only on a figure's family
    and digits (as a multiset), and a segment repeating its figures ("12 12 12 ..." for "13 13 13 ...",
    666 each) made 443,556 pairs to sort, each reading both figures' digits (3.2 s for 2,000
    characters). Figures are grouped by family and digit multiset here (:func:`_digit_set`; there are
    220 of three digits): likeness is reckoned once per two groups, and within a group the target
    figures are taken in order, so a group's next free one is a pointer (each choice takes the first
    free figure of the groups at that likeness, so the taken ones are always a group's first)."""
    groups: dict[tuple, list[int]] = {}
    for j, t in enumerate(added):
        groups.setdefault(_digit_set(t), []).append(j)
    if not groups:
        return {}
    own: dict[tuple, list[int]] = {}
    for i, q in enumerate(missing):
        own.setdefault(_digit_set(q), []).append(i)
    # each group's digits as one integer of unary counts (:func:`_unary_counts`), and their number; or, when
    # those would be too wide, as counts, one per digit written on either side
    keys = {*groups, *own}
    counts = _unary_counts(keys)
    unary = counts is not None
    if not unary:
        columns = sorted({d for _, digits in keys for d in digits})
        counts = {key: (tuple(map(key[1].count, columns)), len(key[1])) for key in keys}
    by_family: dict[str, list[tuple]] = {}
    for key in groups:
        by_family.setdefault(key[0], []).append((key, *counts[key]))
    # per source group, the target groups at each likeness
    at: dict[tuple, dict[float, list[tuple]]] = {}
    levels: set[float] = set()
    for key in own:
        a, la = counts[key]
        by_level: dict[float, list[tuple]] = {}
        for other, b, lb in by_family.get(key[0], ()):
            shared = (a & b).bit_count() if unary else sum(map(min, a, b))
            like = shared / (la if la > lb else lb) if la and lb else 0.0
            by_level.setdefault(like, []).append(other)
        at[key] = by_level
        levels.update(by_level)
    group_of = [_digit_set(q) for q in missing]
    front = dict.fromkeys(groups, 0)
    paired: dict[int, int] = {}
    for level in sorted(levels, reverse=True):
        for i in range(len(missing)):
            if i in paired:
                continue
            best = None
            for other in at[group_of[i]].get(level, ()):
                k = front[other]
                if k < len(groups[other]) and (best is None or groups[other][k] < groups[best][front[best]]):
                    best = other
            if best is not None:
                paired[i] = groups[best][front[best]]
                front[best] += 1
    return paired
