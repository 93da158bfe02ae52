"""Locale conventions for numbers, times, dates and currencies (L1xx).

French writes ``6,26 %``, ``3 000`` or ``3.000``, ``14h30``, ``le 5 octobre`` and
``3 €``; machine translation often carries those forms into English, where
``3.000`` reads as three, ``12,5`` as a list and ``14h30`` as nothing at all.
Every number of a segment is read once (:func:`findings`) and each defect is
reported by one check, with the English form as the suggestion, formatted
for ``config.locale`` (en-US or en-GB) from ``data/formats.toml``.

Ambiguous forms are judged on evidence, never on the pattern alone: a
space-grouped ``12 500`` is flagged when the aligned French has the same
figure (or without a source, at lower confidence), and ``3.000`` when the
French says three thousand or, without a source, when the words around it
make it a count (``some 3.000 candidates``), so a real ``3.125%`` or
``1.375 percent`` stays quiet.
"""
from __future__ import annotations

import bisect
import re
from typing import Callable, Optional

from mtqa.checks.base import SegmentCheck
from mtqa.checks.precedence import SPAN, selected, winners
from mtqa.checks.registry import register
from mtqa.records import record
from mtqa.regexcache import transient
from mtqa.checks.wording import quoted
from mtqa.langs.data import alternation, built_from, data_toml
from mtqa.model import Issue, Segment, Severity, joined_sources
from mtqa.numbers import conventions as number_conventions, _num, digit_starts, finditer_at, has_decimal, numerals, quantities_of, split_readings
from mtqa.langs.cache import LARGE_TEXTS, TABLES, memoize
from mtqa.words import LOWER, UPPER, ONE_APOSTROPHE_WORD_RE as WORD_RE

_SP = "[ \u00a0\u202f]"
_FRENCH_SPACES = "\u00a0\u202f"

NUMBER_RE = re.compile(
    r"(?<![\w.,])(?:"
    r"(?P<grouped>\d{1,3}(?:(?P<sep>[ \u00a0\u202f.])\d{3})(?:(?P=sep)\d{3})*)(?:,(?P<gfrac>\d+))?"
    r"|(?P<int>\d+),(?P<frac>\d+))"
    r"(?![\w])(?![.,]\d)(?P<pct>[ \u00a0\u202f]?%)?"
)
PERCENT_RE = re.compile(r"(?<![\w.,])(?P<num>\d+(?:[.,]\d+)?)[ \u00a0\u202f]+%")
_AMOUNT = r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
CURRENCY_SPACE_RE = re.compile(rf"(?<![\w$€£¥])(?P<sym>(?:[A-Z]{{1,2}})?[€$£¥]){_SP}+(?P<num>{_AMOUNT})(?![\w]|[.,]\d)")
TIME_RE = re.compile(
    r"(?<![\w.,:/+-])(?P<h>[01]?\d|2[0-4])(?P<sp1>[ \u00a0\u202f]?)h(?:(?P<sp2>[ \u00a0\u202f]?)(?P<m>[0-5]\d))?(?![\w/])"
)
NUMERIC_DATE_RE = re.compile(
    r"(?<![\w./-])(?P<d>[0-3]?\d)(?P<s>[/.])(?P<m>[01]?\d)(?P=s)(?P<y>(?:19|20)\d\d)(?![\w/-]|[.,]\d)"
)
FR_TIME_RE = re.compile(r"(?<![\w])(?P<h>[01]?\d|2[0-4]) ?h ?(?P<m>[0-5]\d)?(?!\w)")
_SYMBOLS = "$€£¥"


@memoize(TABLES)
@built_from("formats.toml")
def conventions() -> dict:
    """``data/formats.toml``, with its word lists as sets."""
    data = data_toml("formats.toml").copy()  # not dict(): a $MTQA_DATA copy keeps its fallback
    words = data["words"]
    # the month names are the locales' language's (numbers/<lang>.toml [months]), owned there once
    languages = {name.split("-")[0] for name in data["locale"]}
    if len(languages) != 1:
        raise ValueError(f"the locales should be of one language (their month names are its), not {sorted(languages)}")
    target_numbers = number_conventions(languages.pop())
    data["_months"] = target_numbers.month_names
    for key in ("approximators", "units", "fractional", "clock_cues", "duration_cues", "duration_after"):
        data[f"_{key}"] = frozenset(w.lower() for w in words[key])
    months = alternation(data["_months"].values())
    # the scale after an amount, abbreviated (French shorthand: "4,5 Md€") or a word ("1.9 billion €"), each
    # with the English word the suggestion writes: the word's singular ("415 millions €" -> "€415 million")
    plurals = data.get("scale_plurals", {})
    data["_scale_words"] = {**data["currency"]["scales"], **plurals, **{one: one for one in plurals.values()}}
    scales = alternation(data["_scale_words"])
    data["_currency_after_re"] = re.compile(  # 3 €, 4,5 Md€, 900 M$, 1.9 billion €: the amount before the symbol
        rf"(?<![\w.,$€£¥])(?P<num>{_AMOUNT}){_SP}?(?P<scale>{scales})?{_SP}?(?P<sym>[€$£¥])(?![\w$€£¥]|{_SP}?\d)"
    )
    # a scale word in the French plural right after a figure ("415 millions", "2.6 billions of dollars")
    data["_scale_plural_re"] = re.compile(
        rf"(?<![\w.,])(?:{_AMOUNT})(?:{_SP}|-)(?P<scale>(?i:{alternation(plurals)}))(?![\w-])"
        rf"(?: (?P<of>(?i:{alternation(target_numbers.words_of('unit_links'))})) (?P<next>[^\W\d_]+))?"
    ) if plurals else None
    data["_partitive"] = frozenset(w.lower() for w in words.get("scale_partitive", ()))
    # currency names in the source's order or a literal word after an amount ("300 million francs CFA")
    # (English name, source forms) by the written form in lower case: every column read here, so that a data copy's
    # row lacking one is reported with the file when the tables are built, not met as a fault mid-run
    renamed = {row["written"].lower(): (str(row["english"]), tuple(str(form).lower() for form in row["source"]))
               for row in data.get("currency_names", ())}
    data["_currency_names"] = renamed
    data["_currency_name_re"] = re.compile(
        rf"(?<![\w.,])(?:{_AMOUNT})(?:{alternation(target_numbers.scale_abbreviations)})?"
        rf"(?: (?:{alternation(target_numbers.scales)}))?(?: (?:{alternation(target_numbers.words_of('unit_links'))}))?"
        rf" (?P<cur>(?i:{alternation(renamed)}))(?!\w)"
    ) if renamed else None
    data["_article_date_re"] = re.compile(
        rf"\b(?P<the>[Tt]he) (?P<d>[0-3]?\d) (?P<mon>{months})\b(?:,? (?P<y>(?:1[89]|20)\d\d)\b)?"
    )
    # the minute (and second) units after a French duration's minutes: "2 h 03 min 38 s", "1 h 30 mins"
    data["_min_sec_re"] = re.compile(
        rf"{_SP}?(?:{alternation(words['minute_units'])})"
        rf"(?:{_SP}?(?P<s>[0-5]\d){_SP}?(?:{alternation(words['second_units'])}))?(?![\w/])"
    )
    invariant = data["currency"].get("invariant_names", ())
    # "150 million takas", "100bn yens", "10 billion Chinese yuans", "100 billion Yens": the French plural of an
    # invariant name after an amount, its scale (the target's [scales] and [scale_abbreviations]), a link word
    # ("3 billion of yuans": unit_links) and a nationality of one or two capitalised words ("South Korean") between
    data["_invariant_plural_re"] = re.compile(
        rf"(?<![\w.,])(?:{_AMOUNT})(?:{alternation(target_numbers.scale_abbreviations)})?"
        rf"(?: (?:{alternation(target_numbers.scales)}))?(?: (?:{alternation(target_numbers.words_of('unit_links'))}))?"
        rf"(?: [{UPPER}][{LOWER}]+){{0,2}} (?P<cur>(?P<name>(?i:{alternation(invariant)}))[sS])\b",
    ) if invariant else None
    # "3 euros", "2.6 million dollars": a spelled currency after an amount and its scale word (the symbol first
    # for a house style that wants it: "$2.6 million")
    data["_spelled_re"] = re.compile(
        rf"(?<![\w.,])(?P<num>{_AMOUNT})(?: (?P<scale>{alternation(set(plurals.values()))}))?"
        rf" (?P<name>{alternation(data['currency']['spelled'])})\b"
    )
    data["_day_month_re"] = re.compile(
        rf"(?<![\w.,])(?P<d>[0-3]?\d) (?P<mon>{months})\b(?:,? (?P<y>(?:1[89]|20)\d\d)\b)?"
    )
    # a day copied with the French shape of its month: "1er February" (le 1er février), "the 14 march";
    # the ending is any letters after the figure, read against the source's own endings in _copied_dates; an
    # article before the day ("the 14 march") is taken into the span there (the search starts at digits)
    data["_copied_date_re"] = re.compile(
        rf"(?<![\w.,])(?P<d>[0-3]?\d)(?P<end>[^\W\d_]{{1,2}})? (?P<mon>(?i:{months}))\b"
        rf"(?:,? (?P<y>(?:1[89]|20)\d\d)\b)?"
    )
    return data


def locale_style(locale: str) -> dict:
    styles = conventions()["locale"]
    return styles.get(locale, styles["en-US"])


@record(frozen=True)
class Finding:
    code: str
    start: int
    end: int
    message: str
    suggestion: Optional[str]
    confidence: float = 1.0


# -- number reading and writing -------------------------------------------------


def english_number(int_digits: str, frac_digits: str = "", locale: str = "en-US") -> str:
    """Digits written the English way: ``3000`` -> ``3,000``; ``6`` + ``26`` -> ``6.26``."""
    style = locale_style(locale)
    int_digits = int_digits.lstrip("0") or "0"
    if len(int_digits) > 4 or (len(int_digits) == 4 and style["thousands"]):
        groups = []
        while int_digits:
            groups.insert(0, int_digits[-3:])
            int_digits = int_digits[:-3]
        int_digits = style["thousands"].join(groups)
    return int_digits + (style["decimal"] + frac_digits if frac_digits else "")


def read_amount(text: str, french: bool = False) -> tuple[str, str]:
    """(integer digits, decimal digits) of an amount, read by :func:`mtqa.numbers.split_readings`.

    Unambiguous forms (``14 201,57``, ``6,26``, ``14,201.57``) have one
    reading; of an ambiguous one the target's (decimal point) is taken,
    except that ``1.500`` is read as 1500 when ``french`` says the context is
    the source's notation (``1.500 €``), where a dot groups thousands.
    """
    readings = split_readings(text, ".")
    if not readings:
        return re.sub(r"\D", "", text), ""
    if french and len(readings) == 2 and "." in text:
        return readings[1]
    return readings[0]


def source_values(text: str, lang) -> frozenset:
    """Numeric values written in a source segment, read under the number conventions of
    ``lang`` (a :class:`~mtqa.langs.Language`; in French ``3 000`` and ``3.000`` are 3000)."""
    return _source_values(text, lang.numbers.decimal)


@memoize(LARGE_TEXTS)
def _source_values(text: str, decimal: str) -> frozenset:
    """:func:`source_values`, remembered: a source is read once for all the systems that translate it (only a
    source with figures asks: :data:`~mtqa.langs.cache.LARGE_TEXTS` of them)."""
    return frozenset(_value(*readings[0]) for m in numerals(text) if (readings := split_readings(m.group(), decimal)))


def _value(int_digits: str, frac: str = "") -> float:
    return float(f"{int_digits}.{frac}" if frac else int_digits)


def _words_before(text: str, start: int, n: int = 2) -> list[str]:
    return [w.lower() for w in WORD_RE.findall(text[max(0, start - 40):start])[-n:]]


def _word_after(text: str, end: int) -> str:
    m = re.match(r"[ \u00a0\u202f]+([^\W\d_]+)", text[end:end + 40])
    return m.group(1) if m else ""


def _fractional_after(text: str, end: int) -> bool:
    """A word (or two: "per cent") after a number that customarily takes three decimals."""
    words = WORD_RE.findall(text[end:end + 40])[:2]
    table = conventions()["_fractional"]
    return bool(words) and (words[0].lower() in table or " ".join(words).lower() in table)


_NAME_BEFORE_RE = re.compile(rf"(?<![\w-])(?P<name>[^\W\d_][\w-]*){_SP}+$")


def _copied_designation(text: str, start: int, grouped: str, source: Optional[str]) -> bool:
    """``Boeing 737 800``: digit groups right after a capitalised name, copied with that name from
    the source (the same name, the same digits, spaced the same way), are a model or series
    designation, not a number with a thousands separator."""
    if not source:
        return False
    m = _NAME_BEFORE_RE.search(text, max(0, start - 40), start)
    if not m or not m.group("name")[0].isupper():
        return False
    groups = _SP.join(re.escape(g) for g in re.split(_SP, grouped))
    # built from the checked text: compiled outside the kept-pattern cache
    pattern = rf"(?<![\w-]){re.escape(m.group('name'))}{_SP}+{groups}(?![\w]|[.,]\d)"
    return transient(pattern).search(source) is not None


# a five-digit figure as a source may write a postcode: "75 001", "75001"
_POSTCODE_RE = re.compile(rf"(?<![\w.,])(?P<dept>\d\d){_SP}?(?P<rest>\d{{3}})(?![\w]|[.,]\d)")
_POSTCODE_WINDOW = 8  # words before a source postcode searched for its street


def _name_like(word: str, particles: frozenset) -> bool:
    """A capitalised word, an elided one before a capital (``d'Ulm``) or a name particle (``de``)."""
    tail = re.split(r"['’]", word)[-1]
    return tail[:1].isupper() or word.lower() in particles


def _source_postcode(grouped: str, source: Optional[str], source_lang) -> bool:
    """``75 001`` copied from a French address: the source writes the same five digits (spaced or not)
    beside a postal word (``BP 12, 75 001``, ``75 008 Paris CEDEX``), or after a street (an address word
    and its name: ``12 rue de Rivoli, 75 001 Paris``) and before a capitalised town, with nothing but the street's name between (``la place de la Concorde
    accueille 12 500 Parisiens`` is a count). A five-digit count in an address-free sentence (``42 660
    Silverado`` recalled) stays a thousands group."""
    parts = re.split(_SP, grouped)
    if not source or len(parts) != 2 or len(parts[0]) != 2:
        return False
    postal = source_lang.word_set("postal_words")
    streets = source_lang.word_set("address_words")
    particles = source_lang.word_set("name_particles")
    for m in _POSTCODE_RE.finditer(source):
        if (m.group("dept"), m.group("rest")) != (parts[0], parts[1]):
            continue
        before = WORD_RE.findall(source[max(0, m.start() - 120):m.start()])[-_POSTCODE_WINDOW:]
        after = WORD_RE.findall(source[m.end():m.end() + 60])[:3]
        if any(w.lower() in postal for w in before[-3:] + after):
            return True
        if not after or not after[0][:1].isupper():
            continue  # no town after it
        # the street right before it: an address word, then only its name (no verb, no common word)
        for i in range(len(before) - 2, -1, -1):
            if not _name_like(before[i + 1], particles):
                break
            if before[i].lower() in streets:
                return True
    return False


# -- the analysis -----------------------------------------------------------------


def findings(text: str, source: Optional[str], locale: str, day_month: bool, spelled: bool,
             languages: tuple) -> tuple[Finding, ...]:
    """Every format defect of one segment, overlapping ones included, in priority order.

    ``languages`` are the source and target :class:`~mtqa.langs.Language`: their
    names for the messages, the source's number conventions to read it.
    """
    names = (languages[0].name, languages[1].name)
    out: list[Finding] = []
    out += _currency(text, locale, names)
    out += _invariant_plurals(text, source, names)
    out += _currency_names(text, source, names)
    out += _scale_plurals(text, names, languages[0].code)
    if spelled:
        out += _spelled(text, locale)
    out += _numbers(text, source, locale, names, languages)
    out += _percent(text, names)
    out += _times(text, source, locale, names, languages[0].code)
    out += _dates(text, source, locale, day_month, names)
    out += _copied_dates(text, source, locale, names, languages[0].code)
    return tuple(out)


def resolve(found: tuple[Finding, ...], enabled: frozenset) -> list[Finding]:
    """Drop findings of disabled checks, then any finding overlapping an earlier one of its own
    check or of a check it gives way to on a span (:mod:`mtqa.checks.precedence`)."""
    kept: list[Finding] = []
    # kept spans per code, sorted: spans of one code never overlap, so sorted by start they are
    # sorted by end too, and one bisect per code tells an overlap (O(k log k), not O(k²))
    spans: dict[str, tuple[list[int], list[int]]] = {}
    for f in found:
        if f.code not in enabled:
            continue
        beaten = winners(f.code, SPAN) | {f.code}
        if any(_overlaps(spans.get(code), f) for code in beaten):
            continue
        starts, ends = spans.setdefault(f.code, ([], []))
        at = bisect.bisect_right(starts, f.start)
        starts.insert(at, f.start)
        ends.insert(at, f.end)
        kept.append(f)
    return kept


def _overlaps(spans: Optional[tuple[list[int], list[int]]], f: Finding) -> bool:
    if not spans:
        return False
    starts, ends = spans
    at = bisect.bisect_right(starts, f.start)
    return bool(at and ends[at - 1] > f.start and starts[at - 1] < f.end) or (at < len(starts) and starts[at] < f.end)


def _currency(text: str, locale: str, names: tuple[str, str]) -> list[Finding]:
    target_name = names[1]
    conv = conventions()["currency"]
    out: list[Finding] = []
    if not any(sym in text for sym in _SYMBOLS):
        return out  # both patterns need a currency symbol (most segments have none)
    for m in finditer_at(conventions()["_currency_after_re"], text, digit_starts(text)):
        int_digits, frac = read_amount(m.group("num"), french=True)
        scale = conventions()["_scale_words"].get(m.group("scale") or "", "")
        fixed = m.group("sym") + english_number(int_digits, frac, locale) + (" " + scale if scale else "")
        out.append(Finding("L106", m.start(), m.end(),
                           f"{target_name} puts the currency symbol before the amount: {_closed(fixed)}", fixed))
    for m in CURRENCY_SPACE_RE.finditer(text):
        int_digits, frac = read_amount(m.group("num"))
        fixed = m.group("sym") + english_number(int_digits, frac, locale)
        out.append(Finding("L106", m.start(), m.end(),
                           f"No space between a currency symbol and the amount in {target_name}: {_closed(fixed)}", fixed))
    return out


def _invariant_plurals(text: str, source: Optional[str], names: tuple[str, str]) -> list[Finding]:
    """A currency name English writes without a plural -s (``invariant_names``: taka, yuan, naira) given the
    source language's plural after an amount (``150 million takas``), which the aligned source writes too
    when there is one: the name is the span, the bare name the suggestion."""
    pattern = conventions()["_invariant_plural_re"]
    if pattern is None:
        return []
    out = []
    for m in finditer_at(pattern, text, digit_starts(text)):
        name = m.group("name").lower()
        if source is not None and not _currency_word_re(name).search(source):
            continue  # the source writes no such currency (« trois restaurants Dongs »): read as a word, in lower case
        out.append(Finding("L106", m.start("cur"), m.end("cur"),
                           f"{quoted(m.group('cur'))} is the {names[0]} plural: {names[1]} writes the {name} "
                           f"unchanged after an amount.", name, 0.7))
    return out


@memoize(TABLES)
def _currency_word_re(name: str) -> re.Pattern:
    """The currency's name as a whole word in lower case, singular or plural (« 3 milliards de yuan(s) »)."""
    return re.compile(rf"(?<!\w){re.escape(name)}s?(?!\w)")


def _currency_names(text: str, source: Optional[str], names: tuple[str, str]) -> list[Finding]:
    """A currency named after an amount in the source's word order or with a literal word where English news
    names it otherwise (``currency_names``: "300 million francs CFA" for « 300 millions de francs CFA », "5
    billion books sterling" for « livres sterling »): the name is the span, the English name the suggestion.
    Where there is a source it must write one of the row's source forms, so that "books" stays a word where
    the source has no pound."""
    conv = conventions()
    pattern = conv["_currency_name_re"]
    if pattern is None:
        return []
    out = []
    for m in finditer_at(pattern, text, digit_starts(text)):
        english, forms = conv["_currency_names"][m.group("cur").lower()]
        if source is not None and not any(_currency_word_re(form).search(source.lower()) for form in forms):
            continue
        out.append(Finding("L106", m.start("cur"), m.end("cur"),
                           f"{quoted(m.group('cur'))} keeps the {names[0]} name of the currency; {names[1]} "
                           f"news writes {_closed(english)}", english))
    return out


@memoize(TABLES)
def _link_after(links: tuple[str, ...]) -> Callable:
    """The match of one of ``links`` (the source language's ``unit_links``: « de », « d' ») as the next word."""
    return re.compile(rf"[ \u00a0](?:{alternation(links)})(?:(?<=['’])|(?!\w))", re.IGNORECASE).match


def _scale_plurals(text: str, names: tuple[str, str], source_code: str) -> list[Finding]:
    """A scale word in the plural right after a figure (``415 millions``, ``1.3 millions of viewers``): French
    pluralises « millions », « milliards » after a number, English never does (L107). With "of" and a noun
    after it (« de » copied: "5 millions of dollars") the span takes "of" in and the suggestion drops it;
    before a determiner ("2 millions of the voters") only the scale word is wrong. Before the source
    language's own link word (« 420 millions d'euros ») the words are the source's sentence left in the
    output, the untranslated-text checks' case, not an English plural."""
    conv = conventions()
    pattern = conv["_scale_plural_re"]
    if pattern is None:
        return []
    source_link = _link_after(number_conventions(source_code).words_of("unit_links"))
    out = []
    for m in finditer_at(pattern, text, digit_starts(text)):
        if source_link(text.replace("’", "'"), m.end("scale")):
            continue  # « 420 millions d'euros »: the source's own text left in the output (A2xx's), not a plural
        word = m.group("scale")
        one = conv["scale_plurals"][word.lower()]
        one = one.upper() if word.isupper() else one.capitalize() if word[0].isupper() else one
        end = m.end("scale")
        if m.group("of") and m.group("next").lower() not in conv["_partitive"]:
            end = m.end("of")
        shown = text[m.start("scale"):end]
        what = "plural and its link word" if end != m.end("scale") else "plural"
        out.append(Finding("L107", m.start("scale"), end,
                           f"{quoted(shown)} after a figure is the {names[0]} {what}; {names[1]} writes "
                           f"{_closed(one)}", one))
    return out


def _closed(sentence_end: str) -> str:
    """The end of a message with its full stop, unless the text already ends with one ("10:30 a.m.")."""
    return sentence_end if sentence_end.endswith(".") else sentence_end + "."


def _spelled(text: str, locale: str) -> list[Finding]:
    """Amounts with a spelled-out currency (``3 euros``), for a house style that wants the symbol."""
    conv = conventions()["currency"]
    out = []
    for m in conventions()["_spelled_re"].finditer(text):
        int_digits, frac = read_amount(m.group("num"), french=True)
        scale = m.group("scale")
        fixed = conv["spelled"][m.group("name")] + english_number(int_digits, frac, locale) + (f" {scale}" if scale else "")
        out.append(Finding("L106", m.start(), m.end(), f"House style writes amounts as {_closed(fixed)}", fixed))
    return out


def _count_context(text: str, start: int, end: int) -> bool:
    """Words around a number that make it a count of things (an integer)."""
    conv = conventions()
    after = _word_after(text, end)
    if after.lower() in conv["_units"] or text[end:end + 2].strip().startswith("%"):
        return False  # a measurement: "3.125 percent", "1.375%"
    before = _words_before(text, start)
    if before and before[-1] in conv["_approximators"]:
        return True
    return bool(after) and after.islower() and len(after) > 2


_ENGLISH_FIGURE = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3}){2,}(?![\d,])|(?<![\d,.])\d+\.\d{1,2}(?![\d.])")


# A figure only French notation writes: a decimal comma with one or two decimals
# (``1,5``, ``0,38``), or thousands grouped by a space or a dot (``3 000``, ``3.000``).
_FRENCH_FIGURE = re.compile(r"(?<![\d,.])\d+,\d{1,2}(?![\d,])|(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?![\d,])")


def _english_in_source(source: str, frac: str) -> bool:
    """The source itself writes figures the English way: ``40,000 GBP`` (no French writer puts
    three zero decimals on forty), ``1,250,000`` or a decimal point elsewhere in the text."""
    return frac == "000" or _ENGLISH_FIGURE.search(source) is not None


def _scaled_decimal_in_source(text: str, grouped: str, end: int, source: str, languages: tuple) -> bool:
    """``1.090 billion`` for ``1 090 millions``: the dot is a decimal point before a scale word,
    and that decimal times the scale is a figure of the source."""
    scale = languages[1].numbers.lower_scales.get(_word_after(text, end).lower())
    if not scale:
        return False
    return _source_figure(_value(*grouped.split(".")) * float(scale), source, languages)


def _scale_dropped(text: str, start: int, end: int, source: str, languages: tuple) -> bool:
    """``1.168 crimes`` for « 1,168 mille crimes »: the figure at ``text[start:end]`` keeps a scaled source
    figure's digits, its dot the source's decimal comma, while the scale word is gone; A401 reports it with
    both readings of the source (:func:`mtqa.numbers.lost_scale`), among them the French-thousands one.

    Why L102 gives way there: its reading (a French dot between thousands, "write 1,168") is one of the two
    the source allows, and under the other (1,168 thousand) its suggestion is a thousand times off; A401's
    message already names both. A dot figure no source figure reads the same way (``17.280.000``, two dots;
    « 74 mille » written ``74.000``) is a format of its own, and L102's."""
    from mtqa.numbers import compare, lost_scale

    src, tgt = languages[0].code, languages[1].code
    target = [t for t in quantities_of(text, tgt, src) if t.start == start and t.end == end]
    if not target:
        return False
    changed = compare(list(quantities_of(source, src, tgt)), list(quantities_of(text, tgt, src))).changed
    return any(t.start == start and t.end == end and lost_scale(q, t) for q, t in changed)


def _source_list(grouped: str, values: frozenset) -> bool:
    """``100.200`` where the source writes 100 and 200 as figures of their own and never 100,200 (« 100, 200
    roubles », a list the output glued with a dot): the dot joins two figures, it groups no thousands, so
    "write 100,200" would put a figure in the text that no one wrote. The figure is changed all the same, which
    A401 reports against the source. A right-hand group that opens with 0 is no figure of its own (``3.050``)."""
    left, right = grouped.split(".")
    return not right.startswith("0") and _value(left) in values and _value(right) in values


def _designation(text: str, start: int, grouped: str, source: Optional[str], languages: tuple) -> bool:
    """``Version 2.013``, ``article 2.100``: a dotted figure right after a word that puts a number as a label
    (``designation_words`` of the language: version, article, section...) numbers a version or a provision; its
    dot separates the parts of a label, not thousands, and "write 2,013" would name another version. With a
    source, the source's own form decides: it writes the same dotted figure right after one of its own
    designation words (« la version 2.013 »), so the output's words around it do not matter (``release 8.000
    millions`` for « débloquer 8.000 millions » is a verb and a count). Without one, the output's word right
    before the figure does."""
    if source is not None:
        words = languages[0].word_set("designation_words")
        if not words or grouped not in source:
            return False
        pattern = rf"(?<![\w-])(?P<word>[^\W\d_]+)\.?{_SP}*{re.escape(grouped)}(?![\w]|[.,]\d)"
        return any(m.group("word").lower() in words for m in transient(pattern).finditer(source))
    m = _LABEL_BEFORE_RE.search(text, max(0, start - 40), start)
    return m is not None and m.group("word").lower() in languages[1].word_set("designation_words")


def _year_after_label(digits: str, source: str, languages: tuple) -> bool:
    """The source writes ``digits``, four of them, as a bare year right after a noun that names a thing by its
    year (the source language's ``year_label_words``: « l'édition 2013 », « la version 2014 »). Why: such a
    figure is a year, which no language groups, so the output's ``2.013`` is the year broken by a dot, and the
    thousands reading's "write 2,013" would print a count nobody wrote; the fix is the year as written."""
    words = languages[0].word_set("year_label_words")
    if len(digits) != 4 or not words or digits not in source:
        return False
    pattern = rf"(?<![\w-])(?P<word>[^\W\d_]+){_SP}+{digits}(?![\w]|[.,]\d)"
    return any(m.group("word").lower() in words for m in transient(pattern).finditer(source))


_LABEL_BEFORE_RE = re.compile(rf"(?<![\w-])(?P<word>[^\W\d_]+)\.?{_SP}+$")
"""The word right before a figure, an abbreviation's dot allowed (``art. 2.100``)."""


def _source_figure(value: float, source: str, languages: tuple) -> bool:
    """A figure of the source as the number reader sees it, scale words included (``630 mille 697``)."""
    value = _num(value)
    return any(value == q.value for q in quantities_of(source, languages[0].code, languages[1].code))


def _numbers(text: str, source: Optional[str], locale: str, names: tuple[str, str], languages: tuple) -> list[Finding]:
    source_name, target_name = names
    source_lang = languages[0]
    values = source_values(source, source_lang) if source is not None else None
    out = []
    for m in finditer_at(NUMBER_RE, text, digit_starts(text)):
        pct = "%" if m.group("pct") else ""
        end = m.end()
        shown = m.group(0)
        if m.group("grouped"):
            sep = m.group("sep")
            int_digits = re.sub(r"[ \u00a0\u202f.]", "", m.group("grouped"))
            frac = m.group("gfrac") or ""
            fixed = english_number(int_digits, frac, locale) + pct
            if frac:
                out.append(Finding("L101", m.start(), end,
                                   f"{source_name} number format {quoted(shown.strip())}: {target_name} uses a decimal point "
                                   f"and comma thousands separators ({fixed}).", fixed))
                continue
            value = _value(int_digits)
            if sep == ".":
                if _designation(text, m.start(), m.group("grouped"), source, languages):
                    continue  # "Version 2.013", "article 2.100": a label's parts, no thousands group
                groups = m.group("grouped").count(".")
                if groups >= 2:
                    if groups == 3 and all(int(g) <= 255 for g in m.group("grouped").split(".")):
                        continue  # an IP address
                    confidence = 1.0
                elif source is not None and _scaled_decimal_in_source(text, m.group("grouped"), m.end("grouped"),
                                                                      source, languages):
                    continue
                elif source is not None and _scale_dropped(text, m.start(), m.end("grouped"), source, languages):
                    continue  # 1.168 for « 1,168 mille »: the scale word lost, A401's
                elif source is not None and groups == 1 and _year_after_label(int_digits, source, languages):
                    # « l'édition 2013 » -> "the 2.013 edition": the source's year broken, not a count to group
                    out.append(Finding("L102", m.start(), m.end("grouped"),
                                       f"{quoted(m.group('grouped'))} splits the year {int_digits} of the "
                                       f"{source_name} with a dot; a year takes no separator. Write {int_digits}.",
                                       int_digits, 1.0))
                    continue
                elif values is not None and (value in values or _source_figure(value, source, languages)):
                    confidence = 1.0  # the source's figure: 3 000, or in words (630 mille 697)
                elif values is not None and _value(*m.group("grouped").split(".")) in values:
                    continue  # the source has the same decimal: 3,125 -> 3.125
                elif values is not None and _source_list(m.group("grouped"), values):
                    continue  # "100.200 roubles" for « 100, 200 roubles »: two figures of the source joined
                elif _count_context(text, m.start(), m.end("grouped")):
                    confidence = 0.7
                else:
                    continue
                out.append(Finding("L102", m.start(), m.end("grouped"),
                                   f"{quoted(m.group('grouped'))} uses a dot as thousands separator ({source_name} style); "
                                   f"{target_name} reads it as a decimal. Write {english_number(int_digits, '', locale)}.",
                                   english_number(int_digits, "", locale), confidence))
            else:
                if _copied_designation(text, m.start(), m.group("grouped"), source):
                    continue  # "Boeing 737 800": a model number copied with its name
                if _source_postcode(m.group("grouped"), source, source_lang):
                    continue  # "75 001 Paris": a French postcode copied from the source's address
                if sep in _FRENCH_SPACES:
                    confidence = 1.0
                elif values is None:
                    confidence = 0.6
                elif value in values:
                    confidence = 0.9
                else:
                    continue
                out.append(Finding("L102", m.start(), m.end("grouped"),
                                   f"{quoted(m.group('grouped'))} uses a space as thousands separator ({source_name} style); "
                                   f"{target_name} writes {english_number(int_digits, '', locale)}.",
                                   english_number(int_digits, "", locale), confidence))
        else:
            int_digits, frac = m.group("int"), m.group("frac")
            raw = f"{int_digits},{frac}"
            in_source = source is not None and transient(rf"(?<![\d,.]){re.escape(raw)}(?!\d)").search(source) is not None
            if len(frac) == 3:
                if not in_source or _english_in_source(source, frac):
                    continue  # English thousands separator, in the translation and (so written) in the source
                if (int_digits != "0" and not pct and not _FRENCH_FIGURE.search(source)
                        and not _fractional_after(text, m.end())):
                    continue  # "8,733 km" copied from a source that writes no figure the French way: a grouping
                confidence = 0.8
            elif in_source or source is None or pct:
                confidence = 1.0
            else:
                after = _word_after(text, m.end())
                if after.lower() not in conventions()["_units"]:
                    continue  # "pages 12,13": a list, not a decimal
                confidence = 0.8
            fixed = english_number(int_digits, frac, locale) + pct
            out.append(Finding("L101", m.start(), end,
                               f"Decimal comma in {quoted(shown.strip())}: {target_name} writes {_closed(fixed)}", fixed, confidence))
    return out


def _percent(text: str, names: tuple[str, str]) -> list[Finding]:
    target_name = names[1]
    out = []
    if "%" not in text:
        return out
    for m in finditer_at(PERCENT_RE, text, digit_starts(text)):
        fixed = m.group("num") + "%"
        out.append(Finding("L103", m.start(), m.end(), f"No space before % in {target_name}: {_closed(fixed)}", fixed))
    return out


def clock_time(hour: int, minute: int, locale: str) -> str:
    """A 24-hour time written for English readers (``14``, ``30`` -> ``2:30 p.m.`` in en-US)."""
    style = locale_style(locale)
    if minute == 0 and hour == 12:
        return style["noon"]
    if minute == 0 and hour in (0, 24):
        return style["midnight"]
    h12 = hour % 12 or 12
    ampm = style["am"] if hour < 12 or hour == 24 else style["pm"]
    if minute == 0:
        return style["time_on_the_hour"].format(h=h12, ampm=ampm)
    return style["time"].format(h=h12, mm=f"{minute:02d}", ampm=ampm)


def duration(hours: int, minutes: int, seconds: int = 0) -> str:
    text = f"{hours} hour{'s' if hours != 1 else ''}"
    text += f" {minutes} minute{'s' if minutes != 1 else ''}" if minutes else ""
    return text + (f" {seconds} second{'s' if seconds != 1 else ''}" if seconds else "")


def _source_duration(source: Optional[str], hour: int, minute: Optional[int], lang: str) -> Optional[bool]:
    """Does the source (language ``lang``) show the same time as a duration (``dure 2h45``)? None if absent."""
    if not source:
        return None
    cues = frozenset(conventions().get("source_cues", {}).get(lang, {}).get("duration", ()))
    for m in finditer_at(FR_TIME_RE, source, digit_starts(source)):
        if int(m.group("h")) != hour or (int(m.group("m")) if m.group("m") else None) != minute:
            continue
        return any(w in cues for w in _words_before(source, m.start(), 3))
    return None


def _times(text: str, source: Optional[str], locale: str, names: tuple[str, str], source_lang: str) -> list[Finding]:
    source_name, target_name = names
    conv = conventions()
    out = []
    for m in finditer_at(TIME_RE, text, digit_starts(text)):
        hour = int(m.group("h"))
        minute = int(m.group("m")) if m.group("m") else None
        before = _words_before(text, m.start(), 1)
        cue = before[-1] if before else ""
        src = _source_duration(source, hour, minute, source_lang)
        # a span said by the word after it ("6h too late"), unless a clock cue says a time ("at 7h early on")
        span = cue not in conv["_clock_cues"] and _word_after(text, m.end()).lower() in conv["_duration_after"]
        if minute is None and (hour == 24 or span or (m.group("sp1") and cue not in conv["_clock_cues"] and src is None)):
            continue  # "24 h", "24h", "6h too late": the SI hour symbol of a span, not a French clock time
        # "2 h 03 min 38 s", "1 h 30 mins": the minute unit makes it a duration, and the fix covers it all
        symbols = conv["_min_sec_re"].match(text, m.end()) if minute is not None else None
        if symbols:
            seconds = int(symbols.group("s") or 0)
            fixed = duration(hour, minute, seconds)
            shown = text[m.start():symbols.end()]
            out.append(Finding("L104", m.start(), symbols.end(),
                               f"{source_name} duration format {quoted(shown)}; {target_name} writes {_closed(fixed)}", fixed))
            continue
        if cue in conv["_clock_cues"] or (src is False and hour <= 24 and not span) \
                or (cue not in conv["_duration_cues"] and not src and not span and hour >= 13):
            fixed: Optional[str] = clock_time(hour, minute or 0, locale)
            what = "time"
        elif cue in conv["_duration_cues"] or src or span:
            fixed = duration(hour, minute or 0)  # (span: "6h too late", "3h later")
            what = "duration"
        else:
            fixed = f"{hour}:{minute:02d}" if minute is not None else None
            what = "time or duration"
        out.append(Finding("L104", m.start(), m.end(),
                           f"{source_name} {what} format {quoted(m.group(0))}" + (f"; {target_name} writes {_closed(fixed)}" if fixed else "."),
                           fixed))
    return out


def _format_date(locale: str, day: int, month: str, year: Optional[str]) -> str:
    style = locale_style(locale)
    if year:
        return style["date"].format(day=day, month=month, year=year)
    return style["date_no_year"].format(day=day, month=month)


def _dates(text: str, source: Optional[str], locale: str, day_month: bool, names: tuple[str, str]) -> list[Finding]:
    source_name, target_name = names
    conv = conventions()
    style = locale_style(locale)
    out = []
    # "the 5 October": the day starts a run of digits four characters after "The"/"the"
    starts = [at - 4 for at in digit_starts(text) if text[max(0, at - 4):at] in ("the ", "The ")]
    for m in finditer_at(conv["_article_date_re"], text, starts):
        day = int(m.group("d"))
        if not 1 <= day <= 31:
            continue
        fixed = _format_date(locale, day, m.group("mon"), m.group("y"))
        out.append(Finding("L105", m.start(), m.end(),
                           f"{source_name} date order {quoted(m.group(0))} (le {day} …); {target_name} writes {_closed(fixed)}", fixed))
    for m in finditer_at(NUMERIC_DATE_RE, text, digit_starts(text)):
        day, month = int(m.group("d")), int(m.group("m"))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        dotted = m.group("s") == "."
        in_source = source is not None and m.group(0) in source
        if not dotted and not (style["day_month_order_is_foreign"] and (day > 12 or in_source)):
            continue
        if month not in conv["_months"]:
            continue  # a data copy whose [months] lacks it: no name to write
        fixed = _format_date(locale, day, conv["_months"][month], m.group("y"))
        out.append(Finding("L105", m.start(), m.end(),
                           f"Day-first numeric date {quoted(m.group(0))}; {target_name} news writes {_closed(fixed)}", fixed))
    if day_month and style["day_month_order_is_foreign"]:
        for m in finditer_at(conv["_day_month_re"], text, digit_starts(text)):
            day = int(m.group("d"))
            if not 1 <= day <= 31:
                continue
            fixed = _format_date(locale, day, m.group("mon"), m.group("y"))
            out.append(Finding("L105", m.start(), m.end(),
                               f"Day-month order {quoted(m.group(0))} is British; {locale} writes {_closed(fixed)}", fixed, 0.8))
    return out


def _copied_dates(text: str, source: Optional[str], locale: str, names: tuple[str, str], source_code: str) -> list[Finding]:
    """Dates that keep the source language's own marks (L105): the ordinal ending of the first day
    (``1er February``: le 1er février; the endings are the source's ``first_day_endings``), or a month name
    in lower case after a bare day whose date the aligned source writes (``the 14 march``: le 14 mars).
    English capitalises month names; the source is needed for the second, and a month name that is also an
    everyday word (the target's ``word_months``: may, march) counts only where no lower-case word follows it,
    since a news sentence may give a date and a count of the same number ("On May 14, 14 people lodged an
    appeal; the 14 may appeal again": the modal, not a month). A day range before the day ("from 14 to 16
    july", the target's ``range_words``) is taken into the span, so that the suggestion reads "July 14 to 16",
    as is an article (``date_articles``: "the 14 march")."""
    conv = conventions()
    source_conv = number_conventions(source_code)
    target_conv = number_conventions(languages_of_locale(locale))
    endings = frozenset(source_conv.words_of("first_day_endings"))
    first_word = next(iter(source_conv.words_of("first_day_word")), "")
    word_months = frozenset(w.lower() for w in target_conv.words_of("word_months"))
    source_months = source_conv.months
    out = []
    for m in finditer_at(conv["_copied_date_re"], text, digit_starts(text)):
        day, month = int(m.group("d")), m.group("mon")
        number = next((n for n, name in conv["_months"].items() if name.lower() == month.lower()), None)
        if number is None or not 1 <= day <= 31:
            continue
        ending = m.group("end")
        if ending:
            if day != 1 or ending not in endings:
                continue
            what = f"the {names[0]} ordinal “{day}{ending}”" + (f" ({first_word})" if first_word else "")
        elif month[0].islower() and source is not None and _source_has_date(source, day, number, source_months):
            after = _LOWER_WORD_NEXT.match(text, m.end())
            if month.lower() in word_months and not m.group("y") and after \
                    and after.group(1).lower() not in target_conv.words_of("month_followers"):
                continue  # "the 14 may appeal", "a 3 march through Paris": the word, not the month
            what = "a month name in lower case"
        else:
            continue
        start, days = m.start(), str(day)
        before = _range_before(target_conv.words_of("range_words"))(text[max(0, start - 12):start])
        if before and not ending and 1 <= int(before.group("d")) < day:
            start, days = start - len(before.group(0)), f"{int(before.group('d'))}{before.group('link')}{day}"
        fixed = _format_date(locale, days, conv["_months"][number], m.group("y"))
        article = _article_before(target_conv.words_of("date_articles"))(text[max(0, start - 8):start])
        if article:
            start -= len(article.group(0))
        out.append(Finding("L105", start, m.end(),
                           f"{names[0]} date {quoted(text[start:m.end()])} keeps {what}; {names[1]} writes {_closed(fixed)}",
                           fixed))
    return out


_LOWER_WORD_NEXT = re.compile(rf"[ \u00a0]+([{LOWER}][^\W\d_]*)")


def languages_of_locale(locale: str) -> str:
    """The language of a target locale ("en-US" -> "en"): the owner of its number words."""
    return locale.split("-")[0]


@memoize(TABLES)
def _range_before(links: tuple[str, ...]) -> Callable:
    """The search for a first day and a range word just before a day ("14 to ", "14-"), from the target's
    ``range_words``; the link kept as written between the two days in the suggestion."""
    return re.compile(rf"(?<![\w.,])(?P<d>[0-3]?\d)(?P<link>[ \u00a0]?(?:{alternation(links)})[ \u00a0]?)$").search


@memoize(TABLES)
def _article_before(articles: tuple[str, ...]) -> Callable:
    """The search for a date article just before a date ("the "), from the target's ``date_articles``."""
    return re.compile(rf"(?<!\w)(?i:{alternation(articles)})[ \u00a0]$").search


@memoize(LARGE_TEXTS)
def _source_date_re(day: int, names: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<![\w.,]){day}[^\W\d_]{{0,2}} (?:{alternation(names)})(?!\w)", re.IGNORECASE)


def _source_has_date(source: str, day: int, number: int, source_months: dict) -> bool:
    """The source writes ``day`` followed by a name of month ``number`` (« 14 mars », « 1er févr. »)."""
    names = tuple(sorted(name for name, n in source_months.items() if n == number))
    return bool(names) and _source_date_re(day, names).search(source) is not None


# -- the checks -------------------------------------------------------------------


@memoize(LARGE_TEXTS)
def _resolved(text: str, source: Optional[str], locale: str, day_month: bool, spelled: bool, languages: tuple,
              enabled: frozenset) -> dict[str, list[Finding]]:
    """The findings of a segment that survive :func:`resolve`, per check code: worked out once for
    the six checks of this module, which each take their own (kept for :data:`~mtqa.langs.cache.LARGE_TEXTS`
    texts: the texts with figures)."""
    out: dict[str, list[Finding]] = {}
    for f in resolve(findings(text, source, locale, day_month, spelled, languages), enabled):
        out.setdefault(f.code, []).append(f)
    return out


def _segment_findings(chk: SegmentCheck, segment: Segment, sources: list[Segment], ctx) -> list[Issue]:
    def build():
        enabled = selected(ctx)
        opts = {c.code: c for c in ctx.checks}
        day_month = bool(getattr(opts.get("L105"), "day_month_order", False))
        spelled = bool(getattr(opts.get("L106"), "flag_spelled_out", False))
        return enabled, day_month, spelled

    if not has_decimal(segment.text):
        return []  # every pattern of findings() needs a digit: most segments stop here
    enabled, day_month, spelled = ctx.resource("formats.options", build)
    source = joined_sources(sources) if sources else None
    found = _resolved(segment.text, source, ctx.config.locale, day_month, spelled, (ctx.source, ctx.target), enabled)
    return [chk.issue(segment, f.start, f.end, f.message, f.suggestion, confidence=f.confidence,
                      severity=Severity.MINOR if f.confidence < 0.75 and chk.severity is not Severity.MINOR else None)
            for f in found.get(chk.code, ())]


@register
@record
class DecimalComma(SegmentCheck):
    """A number is written with a French decimal comma (``6,26%``, ``14 201,57``).

    Why it matters: English readers take the comma for a thousands separator
    or a list, so ``12,5`` may be read as 125 or as "12 and 5"; the value
    itself is misreported. Three digits after the comma (``3,125``) are
    flagged only when the aligned French has the same figure, since in
    English that is a thousands separator.

    Example:
        bad: Inflation rose to 6,26% in September.
        good: Inflation rose to 6.26% in September.
        good: The stadium holds 3,125 people.
    """

    code = "L101"
    name = "decimal-comma"
    category = "locale-convention"
    subcategory = "number-format"
    screen = staticmethod(has_decimal)  # every pattern of findings() needs a digit
    severity = Severity.MAJOR

    def check(self, segment: Segment, sources: list[Segment], ctx) -> list[Issue]:
        return _segment_findings(self, segment, sources, ctx)


@register
@record
class ForeignThousandsSeparator(SegmentCheck):
    """A number uses a dot or a space as thousands separator (``3.000``, ``10 000``).

    Why it matters: ``3.000`` reads as three in English, a thousandfold error;
    a space splits one number into two. A single dot group is flagged only
    on evidence that the number is a count (the French source says three
    thousand, or words like ``some``/``about`` or a counted noun surround
    it), so ``3.125%`` stays quiet, and a dot before a scale word is a
    decimal point when that decimal is the source's figure (``1.090 billion``
    for ``1 090 millions``). A dot figure that keeps the digits of a scaled
    source figure whose scale word it lost (``1.168 crimes`` for « 1,168
    mille crimes ») is A401's, whose message gives both readings of the
    source, and so is a dot that joins two figures the source writes apart
    (``100.200 roubles`` for the list « 100, 200 roubles »): it groups no
    thousands, and "write 100,200" would be a figure nobody wrote. A space
    group needs the same figure in
    the aligned source (or no source at all), French non-breaking spaces
    always count. A five-digit group the source writes in a postal address
    (``12 rue de Rivoli, 75 001 Paris``, ``BP 40, 69 002 Lyon``) is a
    postcode, and a group copied with the capitalised name before it
    (``Boeing 737 800``) a designation: neither is flagged. Nor is a dotted
    figure that numbers a version or a provision (``version 2.013``,
    ``article 4.210``): the source writes it after its own label word, or,
    without a source, a label word of the output stands right before it.
    A year the source writes after a noun that names a thing by its year
    (« l'édition 2013 », « la version 2014 ») and the output splits with a
    dot (``the 2.013 edition``) is the year broken, not a count: the
    suggestion is the year as the source writes it (2013), not 2,013.

    Example:
        bad: The film's lead was chosen from some 3.000 candidates.
        good: The film's lead was chosen from some 3,000 candidates.
        good: The central bank cut its rate to 3.125 percent.
        good: The studio shipped version 3.014 of its game in May.
    """

    code = "L102"
    name = "foreign-thousands-separator"
    category = "locale-convention"
    subcategory = "number-format"
    screen = staticmethod(has_decimal)  # every pattern of findings() needs a digit
    severity = Severity.MAJOR

    def check(self, segment: Segment, sources: list[Segment], ctx) -> list[Issue]:
        return _segment_findings(self, segment, sources, ctx)


@register
@record
class SpaceBeforePercent(SegmentCheck):
    """A space separates a number from its percent sign (``18 %``).

    Why it matters: French typography puts a (non-breaking) space before
    ``%``; English news style (AP, Guardian, Chicago) writes ``18%``, and a
    plain space lets the sign wrap to the next line on its own.

    Example:
        bad: Turnout fell by 18 % in the northern districts.
        good: Turnout fell by 18% in the northern districts.
    """

    code = "L103"
    name = "space-before-percent"
    category = "locale-convention"
    subcategory = "number-format"
    screen = staticmethod(has_decimal)  # every pattern of findings() needs a digit
    severity = Severity.MINOR

    def check(self, segment: Segment, sources: list[Segment], ctx) -> list[Issue]:
        return _segment_findings(self, segment, sources, ctx)


@register
@record
class FrenchTimeFormat(SegmentCheck):
    """A time or duration is written the French way (``14h30``, ``10 h 30``, ``2h45``).

    Why it matters: ``12h30`` is not an English notation; the reader has to
    guess whether it is a time or a duration and, for a time, whether it is
    morning or afternoon. The suggestion follows ``config.locale`` (en-US
    ``2:30 p.m.``, en-GB ``2.30pm``) and reads the words before it, or the
    French source, to tell a clock time from a duration (``lasts 2h45``).
    A lone ``24h`` or ``24 h`` (the SI hour symbol) needs such a cue.

    Example:
        bad: The incident took place at 12h30 in Montreal.
        good: The incident took place at 12:30 p.m. in Montreal.
        good: The incident took place at 10.30 in Montreal.
    """

    code = "L104"
    name = "french-time-format"
    category = "locale-convention"
    subcategory = "time-format"
    screen = staticmethod(has_decimal)  # every pattern of findings() needs a digit
    severity = Severity.MAJOR

    def check(self, segment: Segment, sources: list[Segment], ctx) -> list[Issue]:
        return _segment_findings(self, segment, sources, ctx)


@register
@record
class FrenchDateFormat(SegmentCheck):
    """A date keeps a French shape (``the 5 October``, ``05.10.2021``, ``25/10/2013`` in en-US).

    Why it matters: ``the 5 October`` is a word-for-word ``le 5 octobre``;
    dotted dates are not English; and in en-US a day-first numeric date is
    read month-first, so ``05/10/2021`` becomes May 10. Day-first slashed
    dates are flagged in en-US only when unambiguous (day above 12) or
    found in the French. ``day_month_order`` also flags ``5 October`` in
    en-US (off by default: British order is common and correct in much
    English news). A date that keeps a French mark is flagged too: the
    ordinal ending of the first day (``1er February``: le 1er février) and,
    where the aligned source dates the same day, a month name in lower case
    (``the 14 march``: le 14 mars; "the 14 may appeal" has no such source).

    Example:
        bad: Officials announced on the 31 October that a case had been detected.
        bad: The new tariff applies from 1er February.
        good: Officials announced on October 31 that a case had been detected.
        good: Officials announced on 31 October that a case had been detected.
    """

    code = "L105"
    name = "french-date-format"
    category = "locale-convention"
    subcategory = "date-format"
    screen = staticmethod(has_decimal)  # every pattern of findings() needs a digit
    severity = Severity.MINOR
    day_month_order: bool = False

    def check(self, segment: Segment, sources: list[Segment], ctx) -> list[Issue]:
        return _segment_findings(self, segment, sources, ctx)


@register
@record
class CurrencySymbolPlacement(SegmentCheck):
    """A currency symbol follows the amount or is spaced from it (``3 €``, ``900 M$``, ``$ 2``).

    Why it matters: English writes the symbol first and glued (``€3``,
    ``$900 million``); ``4.5 Md$`` is French shorthand an English reader
    does not know. A scale word between the amount and the symbol is read
    too (``1.9 billion €`` -> ``€1.9 billion``), and a currency named after
    an amount in the source's order or with a literal word where English news
    names it otherwise (``formats.toml`` ``currency_names``: ``francs CFA``
    -> ``CFA francs``, ``books sterling`` -> ``pounds sterling``) where the
    aligned source writes that currency. Spelled-out amounts (``3 euros``,
    ``2.6 million dollars``) are correct English and only flagged when
    ``flag_spelled_out`` is set for a house style.

    Example:
        bad: The club paid 900 M$ for its new stadium.
        bad: The merger is worth 1.9 billion € over ten years.
        bad: The league owes 300 million francs CFA to its clubs.
        good: The club paid $900 million for its new stadium.
        good: The suitcase costs 90,000 euros.
        good: The league owes 300 million CFA francs to its clubs.
    """

    code = "L106"
    name = "currency-symbol-placement"
    category = "locale-convention"
    subcategory = "currency-format"
    screen = staticmethod(has_decimal)  # every pattern of findings() needs a digit
    severity = Severity.MINOR
    flag_spelled_out: bool = False

    def check(self, segment: Segment, sources: list[Segment], ctx) -> list[Issue]:
        return _segment_findings(self, segment, sources, ctx)


@register
@record
class FrenchScalePlural(SegmentCheck):
    """A scale word takes the French plural after a figure (``415 millions``, ``2.6 billions of dollars``).

    Why it matters: French writes « 415 millions d'euros », « 2,6 milliards »; English news writes
    "415 million euros" and "$2.6 billion" (AP, Guardian, Chicago alike), and the plural with "of" after
    a figure ("5 millions of dollars") is « de » copied word for word. The words are `formats.toml`'s
    ``scale_plurals``: "millions of euros" and "tens of millions" (no figure before) are English and never
    read, and "hundreds" is left out (after a figure it is mostly « cents » rendered as hundreds, where the
    singular would be a wrong fix). Before a determiner ("2 millions of the voters") only the scale word
    is the span; otherwise "of" goes with it.

    Example:
        bad: The Commission fined the chipmakers 415 millions euros on Friday.
        bad: Oracle's chief gave up a bonus of 1.2 millions of dollars.
        good: The Commission fined the chipmakers 415 million euros on Friday.
        good: Millions of euros were lost and tens of millions more are at risk.
    """

    code = "L107"
    name = "french-scale-plural"
    category = "locale-convention"
    subcategory = "number-format"
    screen = staticmethod(has_decimal)  # every pattern of findings() needs a digit
    severity = Severity.MINOR

    def check(self, segment: Segment, sources: list[Segment], ctx) -> list[Issue]:
        return _segment_findings(self, segment, sources, ctx)
