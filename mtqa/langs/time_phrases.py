"""Time of day written in French grammar, read as grammar: the one owner of ``time_phrases`` in
``mtqa/data/langs/<lang>.toml``.

French places an event in a part of the day with an edge noun and no article (« en fin de matinée », « en début
d'après-midi ») and a night between two days with « la nuit de mardi à mercredi ». Machine translation writes
both word for word ("at the end of the morning", "in the night of Tuesday to Wednesday"); English news writes an
adverb of the edge and the part ("late in the morning", "early in the afternoon") and "overnight". Why a reading
and not a phrase list: the edges, the parts and the days combine (2 x 7 x 49 French phrases), and the source
side decides: "at the end of the day" is English where the French says « à la fin de la journée » or nothing of
the kind, and only a rendering of « en fin de journée » is read.
"""
from __future__ import annotations

import re
import string
from typing import Iterator, NamedTuple, Optional

from mtqa.langs import language
from mtqa.langs.cache import SOURCES, TABLES, memoize
from mtqa.langs.data import DataError, alternation as _alt, built_from, data_path, profile_word_list
from mtqa.langs.literal_expressions import closed_class

_LISTS = {"source": ("lead", "links", "night", "night_links", "night_to"),
          "target": ("leads", "edge_leads", "own_leads", "link", "article", "night", "night_links", "night_to",
                     "ordinal", "after_part")}
"""The keys of ``time_phrases`` that hold a list of words, per side: the schema checked in :func:`_table`."""
_MAPS = {"source": ("edges", "parts"), "target": ("edges", "parts", "suggest", "suggest_night")}
"""The keys that hold a table, per side."""
_SIDE_ONLY = {side: tuple(k for k in _LISTS[side] + _MAPS[side] if k not in _LISTS[other] + _MAPS[other])
              for side, other in (("source", "target"), ("target", "source"))}
"""The keys only one side has: both sides hold ``edges`` and ``parts`` (and ``night``...), so a language written for
the target side (English) would otherwise be read as a source and fail on the source's lists (an English source,
``en-en``); a language with one of a side's own keys and not the others is still a DataError."""


def _table(lang: str, side: str) -> Optional[dict]:
    """``lang``'s ``time_phrases`` with the keys of ``side`` checked (a list of words, or a table), None when the
    language has none or not that side's keys (French has no target side, English no source side); a DataError
    naming ``<lang>.toml`` and the key when a value has the wrong shape, not a silent reading of nothing."""
    table = language(lang).extra.get("time_phrases")
    if not table or not any(k in table for k in _SIDE_ONLY[side]) or not all(k in table for k in _MAPS[side]):
        return None
    where = f"{data_path('langs', f'{lang}.toml')}: time_phrases"
    for key in _LISTS[side]:
        profile_word_list(table.get(key), lang, f"time_phrases.{key}")
    for key in _MAPS[side]:
        value = table.get(key)
        if not (isinstance(value, dict) and value):
            raise DataError(f"{where}.{key} is missing or not a table")
    for key in ("night_suggest", "night_suggest_bare", "night_suggest_dated_bare") if side == "target" else ():
        if not (isinstance(table.get(key), str) and table[key]):
            raise DataError(f"{where}.{key} is missing or not a phrase")
        _placeholders(table[key], ("first", "second"), f"{where}.{key}")
    if side == "target":
        for key in [k for k in table if k == "suggest" or k.startswith("suggest_")]:
            if not isinstance(table[key], dict) or not all(isinstance(v, str) and v for v in table[key].values()):
                raise DataError(f"{where}.{key} is not a table of phrases")
            for edge, template in table[key].items():
                _placeholders(template, ("part",), f"{where}.{key}.{edge}")
        own = table.get("own", {})
        if not (isinstance(own, dict) and all(isinstance(v, list) and all(isinstance(w, str) for w in v)
                                              for v in own.values())):
            raise DataError(f"{where}.own is not a table of lists of parts")
    return table


_FORMATTER = string.Formatter()


def parts_of_day(lang: str) -> tuple[str, ...]:
    """The source side's nouns of a part of the day (the keys of ``time_phrases.parts``: « matin », « soirée »),
    none for a language without that side: the one list of them, which the object order reads too (« jeudi soir un
    homme »: :func:`mtqa.langs.object_order.source_orders`)."""
    table = _table(lang, "source")
    return tuple(table["parts"]) if table is not None else ()


def _placeholders(template: str, allowed: tuple[str, ...], where: str) -> None:
    """A DataError naming the key when ``template`` holds a placeholder other than ``allowed`` or a broken brace:
    found when the table is read, not as a KeyError at the first flag of a run."""
    try:
        fields = [(name, spec, conversion) for _, name, spec, conversion in _FORMATTER.parse(template)
                  if name is not None]
    except ValueError as exc:
        raise DataError(f"{where}: {exc} in {template!r}") from None
    names = {name for name, _, _ in fields}
    shaped = next((f"{{{n}{'!' + c if c else ''}{':' + f if f else ''}}}" for n, f, c in fields if f or c), None)
    if shaped:  # "{part!x}", "{part:d}": a conversion or format a word cannot take fails at the first flag
        raise DataError(f"{where}: placeholder {shaped} in {template!r} has a conversion or format; write the "
                        "bare placeholder")
    wrong = sorted(n for n in names if n not in allowed)
    if wrong:
        raise DataError(f"{where}: placeholder {{{wrong[0]}}} in {template!r}; the placeholders are "
                        + ", ".join(f"{{{a}}}" for a in allowed))


@memoize(TABLES)
def _pair(source: str, target: str) -> bool:
    """Whether the two sides' tables agree: every edge and part the source side names is a key of the target
    side's edges and parts. A DataError naming the source file and key when one is not (a French part with no
    English counterpart would make the rule silently stop reading it); False when either side has no table."""
    src, tgt = _table(source, "source"), _table(target, "target")
    if src is None or tgt is None:
        return False
    where = f"{data_path('langs', f'{source}.toml')}: time_phrases"
    for key in ("edges", "parts"):
        for word, value in src[key].items():
            if value not in tgt[key]:
                raise DataError(f"{where}.{key}: {word!r} = {value!r} is no key of "
                                f"{data_path('langs', f'{target}.toml')}'s time_phrases.{key}")
    return True


@memoize(TABLES)
def _weekdays(lang: str) -> dict[str, int]:
    """``lang``'s day names (numbers/<lang>.toml [weekdays]), lower case -> number (1 = Monday); built once per
    language, not per segment (the caller must not change it)."""
    from mtqa.numbers import conventions

    return {w.lower(): n for w, n in conventions(lang).weekdays.items()}


class SourceTimes(NamedTuple):
    edges: frozenset[tuple[str, str]]
    """(edge, part) of each « en fin/début de <part> » of the source: ("end", "morning")."""
    nights: frozenset[tuple[tuple, tuple]]
    """(first day, second day) of each « nuit de <day> à <day> », a day (weekday number or None, date or None):
    ((2, None), (3, None)) for Tuesday to Wednesday, ((None, 13), (None, 14)) for « du 13 au 14 »."""


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def _source_patterns(lang: str) -> Optional[tuple[re.Pattern, re.Pattern, dict, dict]]:
    """The source language's edge phrase (« en fin de matinée ») and night phrase (« nuit de mardi à mercredi »),
    with its table and its edge and part keys lower-cased; None when the language has no source side."""
    table = _table(lang, "source")
    if table is None:
        return None
    days = _day(_alt(_weekdays(lang)), "")
    edge = re.compile(rf"(?<![\w-])(?:{_alt(table['lead'])})\s+(?P<edge>{_alt(table['edges'])})\s+"
                      rf"(?:{_alt(table['links'])})\s*(?P<part>{_alt(table['parts'])})(?![\w-])", re.I)
    night = re.compile(rf"(?<![\w-])(?:{_alt(table['night'])})\s+(?:{_alt(table['night_links'])})\s+"
                       rf"(?P<first>{days})\s+(?:{_alt(table['night_to'])})\s+(?P<second>{days})(?![\w-])", re.I)
    keys = {key: {k.lower(): v for k, v in table[key].items()} for key in ("edges", "parts")}
    return edge, night, table, keys


def _day(weekdays: str, ordinal: str) -> str:
    """A day of a night phrase: a weekday, a date's figure (with an ordinal's letters after it or not), or the
    weekday and the date (« samedi 3 », "Saturday 3"); the figure is read by :func:`_day_key`."""
    date = rf"\d{{1,2}}(?:{ordinal})?" if ordinal else r"\d{1,2}"
    return rf"(?:(?:{weekdays})(?:\s+{date})?|{date}(?![\d,.:]))"


def _day_key(day: str, weekdays: dict[str, int]) -> tuple:
    """(weekday number or None, date or None) of a day as :func:`_day` reads it."""
    words = day.split()
    weekday = weekdays.get(words[0].lower())
    figure = re.match(r"\d+", words[-1])
    return weekday, int(figure.group()) if figure else None


@memoize(SOURCES)
def source_times(source: str, lang: str) -> SourceTimes:
    """The time phrases of a source, kept per source: every system's translation of it asks again."""
    found = _source_patterns(lang)
    if found is None:
        return SourceTimes(frozenset(), frozenset())
    edge, night, _, keys = found
    edges, parts = keys["edges"], keys["parts"]  # lower-cased once per language, not per source
    days = _weekdays(lang)
    return SourceTimes(
        frozenset((edges[m["edge"].lower()], parts[m["part"].lower()]) for m in edge.finditer(source)),
        frozenset((_day_key(m["first"], days), _day_key(m["second"], days)) for m in night.finditer(source)
                  if _dated_night(m, source, lang, days)))


_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")


@memoize(TABLES)
def _months(lang: str) -> frozenset[str]:
    """``lang``'s month names (numbers/<lang>.toml [months]), lower case: the word a dated night may end with."""
    from mtqa.numbers import conventions

    return frozenset(w.lower() for w in conventions(lang).months)


def _dated_night(m: re.Match, text: str, lang: str, days: dict[str, int]) -> bool:
    """Whether a night read between two figures is one: a date-only second day followed by a word other than a
    month is a span of something else (« une nuit de 7 à 8 heures de sommeil », "a night of 7 to 8 hours"), and
    the two dates of a night follow each other (the 13th to the 14th, the 31st to the 1st)."""
    first, second = _day_key(m["first"], days), _day_key(m["second"], days)
    if second[0] is not None or second[1] is None:
        return True
    word = _WORD_AFTER.match(text, m.end())
    if word and word.group(1).lower() not in _months(lang):
        return False
    return first[1] is None or second[1] == first[1] + 1 or (second[1] == 1 and first[1] >= 28)


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def _target_patterns(lang: str) -> Optional[tuple[re.Pattern, re.Pattern, dict, dict, dict, re.Pattern]]:
    """The target language's word-for-word renderings ("at the end of the morning", "in the night of Tuesday to
    Wednesday") with its table and the nouns' edge and part keys, and the edge phrase after any lead (the shape
    :func:`reads` tests); None when the language has no target side.
    An edge phrase is read only after a preposition of ``edge_leads`` (a time adverbial; "the end of the day was calm"
    is a noun phrase whose rewording is no adverb); the night phrase with or without one (a subject: "The night of
    Monday to Tuesday was chosen"). The prepositions and the edge noun are read in any case (a sentence starts "At
    the end of"); the days only as the language writes them (capitalised in English)."""
    table = _table(lang, "target")
    if table is None:
        return None
    edge_of = {w.lower(): key for key, words in table["edges"].items() for w in words}
    part_of = {w.lower(): key for key, words in table["parts"].items() for w in words}
    article = _alt(table["article"])
    days = _day(_alt(sorted({w.capitalize() for w in _weekdays(lang)})), _alt(table["ordinal"]))
    edge, any_lead = (re.compile(rf"(?<![\w-])(?i:{_alt(leads)})\s+(?P<article>(?:{article})\s+)?"
                                 rf"(?P<edge>(?i:{_alt(edge_of)}))\s+(?:{_alt(table['link'])})\s+"
                                 rf"(?P<part_article>(?:{article})\s+)?"
                                 rf"(?P<part>{_alt(part_of)})(?![\w-])(?P<next>['\u2019]s\b|\s+[a-z]+\b)?")
                      for leads in (table["edge_leads"], table["leads"]))
    night = re.compile(rf"(?<![\w-])(?:(?P<lead>(?i:{_alt(table['leads'])}))\s+)?(?:(?i:{article})\s+)?"
                       rf"(?i:{_alt(table['night'])})\s+(?:{_alt(table['night_links'])})\s+(?P<first>{days})\s+"
                       rf"(?:{_alt(table['night_to'])})\s+(?P<second>{days})(?![\w-])")
    return edge, night, table, edge_of, part_of, any_lead


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def _cues(lang: str) -> tuple[str, ...]:
    """Strings one of which every reading holds ("end of", "beginning of", "night "), lower case as the phrases
    are written mid-sentence: a segment holding none is not searched. Why: the patterns start with a preposition,
    tried at every position of every segment with "of", most of this reading's cost on the WMT14 pairs."""
    patterns = _target_patterns(lang)
    if patterns is None:
        return ()
    table = patterns[2]
    edges = [f"{w} {link}" for words in table["edges"].values() for w in words for link in table["link"]]
    return tuple(edges + [f"{w} " for w in table["night"]])


def might_hold(target: str, lang: str) -> bool:
    """Whether ``target`` holds one of the strings every reading holds (:func:`_cues`, read from the data): the
    check's screen before it joins the sources."""
    return any(cue in target for cue in _cues(lang))


class TimeCalque(NamedTuple):
    start: int
    end: int
    text: str
    suggestion: str
    night: bool
    """The night between two days ("in the night of Tuesday to Wednesday"), not an edge of a part of the day."""


def _cased(suggestion: str, text: str, start: int) -> str:
    """The suggestion capitalised where it replaces a sentence's first word."""
    return suggestion[:1].upper() + suggestion[1:] if not text[:start].strip(" \"'\u201c\u00ab") else suggestion


def time_calques(source: str, target: str, langs: tuple[str, str]) -> Iterator[TimeCalque]:
    """The word-for-word renderings in ``target`` of a time phrase ``source`` holds: the same edge of the same part
    of the day, or a night between the same two days. A rendering with no such phrase in the source is the
    translator's English ("at the end of the day" for « finalement », "the night of Tuesday" for « mardi soir »)."""
    patterns = _target_patterns(langs[1])
    if patterns is None or not might_hold(target, langs[1]) or not _pair(*langs):
        return
    edge, night, table, edge_of, part_of, _ = patterns
    grammar = closed_class(langs[1])
    src: Optional[SourceTimes] = None
    for m in edge.finditer(target):
        after = m["next"]
        if after and (after[0] in "'\u2019" or (after.strip() not in grammar
                                                 and after.strip() not in table["after_part"])):
            continue  # the part noun modifies the next noun: "the evening news", "the afternoon's session"
            # (a time word after it modifies nothing: "at the end of the morning yesterday")
        key = (edge_of[m["edge"].lower()], part_of[m["part"]])
        if (m["article"] and m["part_article"] and key[1] in table.get("own", {}).get(key[0], ())
                and m.group().split(None, 1)[0].lower() in table["own_leads"]):
            continue  # English's own phrase with the article: "at the end of the day" (not "in the end of the day")
        src = src or source_times(source, langs[0])
        if key not in src.edges:
            continue
        part = table["parts"][key[1]][0]
        template = table.get(f"suggest_{key[1]}", table["suggest"])
        if key[0] not in template:
            continue
        end = m.end("part")
        yield TimeCalque(m.start(), end, target[m.start():end],
                         _cased(template[key[0]].format(part=part), target, m.start()), False)
    days = _weekdays(langs[1])
    for m in night.finditer(target):
        if not _dated_night(m, target, langs[1], days):
            continue
        src = src or source_times(source, langs[0])
        first, second = _day_key(m["first"], days), _day_key(m["second"], days)
        if (first, second) not in src.nights:
            continue
        if m["lead"]:
            template = table["night_suggest"]
        else:
            template = table["night_suggest_bare" if first[0] is not None else "night_suggest_dated_bare"]
        suggestion = template.format(first=m["first"], second=m["second"])
        yield TimeCalque(m.start(), m.end(), m.group(), _cased(suggestion, target, m.start()), True)


def reads(target: str, lang: str) -> bool:
    """Whether ``target`` holds a shape the reading takes (an edge phrase after a preposition of ``leads``, or a
    night between two days), whatever the source: the test that a quiet example reaches the rule's decisions
    (its lead, its article, the word after the part, the source; bench/quiet_screens.py)."""
    patterns = _target_patterns(lang)
    return patterns is not None and any(p.search(target) for p in (patterns[5], patterns[1]))


# The edge of a month or a year (stop 74, cq74b): « fin 2028 », « début mars » -> "end 2028", "beginning March".


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def _period_source(lang: str) -> Optional[tuple[re.Pattern, dict]]:
    """The source's edge noun right before a month or a year, no article and no « de » between (« fin 2028 », « d'ici
    fin mars », « début juillet »), with its edge keys; None for a language without the source side. The months
    are the full names of numbers/<lang>.toml [months] (not « sept. », whose dot would end a sentence)."""
    from mtqa.numbers import conventions

    table = _table(lang, "source")
    if table is None:
        return None
    months = [w for w in conventions(lang).months if w.isalpha()]
    edge = re.compile(rf"(?<![\w-])(?P<edge>{_alt(table['edges'])})\s+(?P<period>{_alt(months)}|\d{{4}})(?![\w-])",
                      re.I)
    return edge, {k.lower(): v for k, v in table["edges"].items()}


def _period_key(period: str, lang: str) -> object:
    """A month's number or a year's figure: what a source's period and its English must share."""
    from mtqa.numbers import conventions

    return int(period) if period.isdecimal() else conventions(lang).month(period)


@memoize(SOURCES)
def source_periods(source: str, lang: str) -> dict:
    """(edge, month number or year) -> the source's words, for each « fin/début + month or year » of a source,
    kept per source (the caller must not change it)."""
    found = _period_source(lang)
    if found is None:
        return {}
    edge, keys = found
    return {(keys[m["edge"].lower()], _period_key(m["period"], lang)): m.group() for m in edge.finditer(source)}


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def _period_target(lang: str) -> Optional[tuple[re.Pattern, dict, str, str, frozenset]]:
    """The target's bare edge noun before a month (capitalised, as English writes it) or a year: "end 2028",
    "beginning July", not hyphenated ("end-March", finance copy's), not after one of ``period_not_after`` (a verb:
    "will end 2013 with"), and not a month with a day's figure after it (a date: "talks end March 3"); with its
    edge keys, ``period_suggest`` (after one of ``period_leads``), ``period_suggest_bare`` (after any other word)
    and the leads. None without the target side or those keys."""
    from mtqa.numbers import conventions

    table = _table(lang, "target")
    keys = ("period_suggest", "period_suggest_bare", "period_not_after", "period_leads")
    if table is None or not all(table.get(k) for k in keys):
        return None
    for key in keys[:2]:
        _placeholders(table[key], ("edge", "period"), f"{data_path('langs', f'{lang}.toml')}: time_phrases.{key}")
    edge_of = {w.lower(): key for key, words in table["edges"].items() for w in words}
    months = [m for m in conventions(lang).month_names.values()]
    behind = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in table["period_not_after"])
    # the edge word looked ahead for before the ~20 lookbehinds of period_not_after: the same matches, but a
    # position that opens no edge word (nearly all) fails on one test, not on twenty (stop 76: A625's bare periods
    # 2.7 times faster)
    edges = _alt(edge_of)
    pattern = re.compile(rf"(?<![\w-])(?=(?i:{edges})){behind}(?P<edge>(?i:{edges}))\s+"
                         rf"(?P<period>{_alt(months)}|\d{{4}})"
                         rf"(?![\w-])(?!\s+\d)")
    return (pattern, edge_of, table["period_suggest"], table["period_suggest_bare"],
            frozenset(w.lower() for w in table["period_leads"]))


_WORD_BEFORE_END = re.compile(r"([^\W\d_]+)\s+$")


class PeriodCalque(NamedTuple):
    start: int
    end: int
    text: str
    suggestion: str
    source: str
    """The source's words the rendering copies (« fin 2028 »)."""


def period_calques(source: str, target: str, langs: tuple[str, str]) -> Iterator[PeriodCalque]:
    """The bare "end/beginning/start + month or year" of ``target`` where ``source`` has the same edge of the same
    month or year (« fin 2028 » -> "end 2028"): a "start 2014" the source does not write bare is not its copy."""
    found = _period_target(langs[1])
    if found is None or not _pair(*langs):
        return
    _, edge_of, template, bare, leads = found
    src = None
    for m in bare_periods(target, langs[1]):
        if src is None:
            src = source_periods(source, langs[0])
            if not src:
                return
        words = src.get((edge_of[m["edge"].lower()], _period_key(m["period"], langs[1])))
        if words is None:
            continue
        before = _WORD_BEFORE_END.search(target, 0, m.start())
        lead = before is not None and before.group(1).lower() in leads
        suggestion = (template if lead else bare).format(edge=m["edge"].lower(), period=m["period"])
        yield PeriodCalque(m.start(), m.end(), m.group(), _cased(suggestion, target, m.start()), words)


# A duration after "since" (stop 74, cq74b): « depuis un siècle » -> "since a century".


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def _duration_pattern(lang: str) -> Optional[re.Pattern]:
    """``since`` of ``lang``'s time_phrases, an approximation or not, a figure (digits or the language's number
    words) or a quantifier, and a unit of a duration: « depuis plus de dix ans », "since a century". None when the
    language has no such keys. The figure and its words are :mod:`mtqa.langs.measures`' reading of a figure."""
    from mtqa.langs.measures import figure_pattern

    table = language(lang).extra.get("time_phrases") or {}
    keys = ("since", "duration_quantifiers", "duration_approximations", "duration_units")
    if not all(table.get(k) for k in keys):
        return None
    for key in keys:
        profile_word_list(table[key], lang, f"time_phrases.{key}")
    count = rf"(?:{figure_pattern(lang, [])}|(?:{_alt(table['duration_quantifiers'])})\b)"
    return re.compile(rf"(?<![\w-])(?P<since>{_alt(table['since'])})\s+"
                      rf"(?P<duration>(?:(?:{_alt(table['duration_approximations'])})(?:\s+|(?<=['’])))?{count}\s+"
                      rf"(?P<unit>{_alt(table['duration_units'])}))(?![\w-])", re.I)


@memoize(SOURCES)
def source_durations(source: str, lang: str) -> bool:
    """Whether a source measures a time with ``since`` and a duration (« depuis un siècle »), kept per source."""
    pattern = _duration_pattern(lang)
    return pattern is not None and pattern.search(source) is not None


@memoize(TABLES)
def _duration_target(lang: str) -> Optional[tuple[re.Pattern, tuple[str, ...], frozenset[str]]]:
    """:func:`_duration_pattern` with the profile's ``since`` words in lower case (the screen: a text holding none
    is not searched) and its ``duration_not_after`` words; None when the language has no such keys."""
    pattern = _duration_pattern(lang)
    if pattern is None:
        return None
    table = language(lang).extra["time_phrases"]
    return (pattern, tuple(w.lower() for w in table["since"]),
            frozenset(w.lower() for w in table.get("duration_not_after") or ()))


def since_durations(text: str, lang: str) -> Iterator[re.Match]:
    """Each "since" + a duration of ``text`` ("since a century", "since more than ten years"), the words the
    profile's ``time_phrases.since`` gives, and not when a word of ``duration_not_after`` follows the unit: then the
    phrase is a point in time ("since three years ago", "since two years earlier") or a noun's modifier ("since a
    year of talks"). The one reader of the English shape for A625 (:func:`duration_calques`) and its counter
    (``bench/measure_calques.py``)."""
    found = _duration_target(lang)
    if found is None:
        return
    pattern, screen, not_after = found
    lowered = text.lower()
    if not any(word in lowered for word in screen):
        return
    for m in pattern.finditer(text):
        after = _WORD_AFTER.match(text, m.end())
        if not (after and after.group(1).lower() in not_after):
            yield m


def bare_periods(text: str, lang: str) -> Iterator[re.Match]:
    """Each bare edge of a month or year of ``text`` ("end 2028", "beginning July"; :func:`_period_target`), read
    without a source: the one reader of the English shape for A625 (:func:`period_calques`) and its counter
    (``bench/measure_calques.py``)."""
    found = _period_target(lang)
    if found is not None:
        yield from found[0].finditer(text)


class DurationCalque(NamedTuple):
    start: int
    end: int
    text: str
    suggestion: str


def duration_calques(source: str, target: str, langs: tuple[str, str]) -> Iterator[DurationCalque]:
    """"since" + a duration in ``target`` (:func:`since_durations`), where ``source`` has « depuis » + a
    duration."""
    word = (language(langs[1]).extra.get("time_phrases") or {}).get("since_suggest")
    if not word:
        return
    for m in since_durations(target, langs[1]):
        if not source_durations(source, langs[0]):
            return
        suggestion = f"{word} {m['duration']}"
        yield DurationCalque(m.start(), m.end(), m.group(), _cased(suggestion, target, m.start()))
