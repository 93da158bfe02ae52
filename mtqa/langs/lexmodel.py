"""The bilingual lexical model of a language pair, loaded lazily from ``lexmodel/`` of the data folders.

``<source>-<target>.tsv.gz`` holds translation candidates between stems
with their probabilities, learned from word-aligned parallel news and a
dictionary (how it is built: ``bench/build_lexicon.py`` and the folder's
SOURCES.md). It is read once per process, on first use, so runs that never
compare meanings do not pay for it; a pair without a file has no model and
the meaning checks stay silent. Like every data file it is found through the
data folders (:func:`mtqa.langs.data.data_path`), so a ``$MTQA_DATA`` folder
can add a pair's model or replace the shipped one.
"""
from __future__ import annotations

import math
import re
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import field
from functools import partial
from pathlib import Path
from typing import NamedTuple, Optional

from mtqa.langs.cache import SOME_WORDS, TABLES, TwoGenerations, memoize
from mtqa.langs.data import alternation, built_from, data_path, data_toml, read_rows, shipped
from mtqa.records import record


class Translation(NamedTuple):
    """One candidate: the target stem, p(target|source), p(source|target), link count, listed in a dictionary."""

    stem: str
    p_forward: float
    p_backward: float
    count: float
    dictionary: bool


@record
class LexModel:
    """Translation candidates between source and target stems, with stem frequencies."""

    __record_built_once__ = True
    """Built once a language pair and process: the shared ``__init__`` of :func:`mtqa.records.record`, none compiled for it (start-up, issue 14)."""

    pairs: int
    forward: dict[str, tuple[Translation, ...]]
    backward: Mapping[str, frozenset[str]]
    source_freq: dict[str, int]
    target_freq: dict[str, int]
    surface: dict[str, str] = field(default_factory=dict)
    source_surface: dict[str, str] = field(default_factory=dict)
    _weight_memo: Optional[tuple] = field(default=None, repr=False, compare=False)
    """The weights asked for so far (:meth:`_weight_tables`), made on first use."""

    def translations(self, stem: str) -> tuple[Translation, ...]:
        """Candidates for a source stem, most probable first (empty when unknown)."""
        return self.forward.get(stem, ())

    def dominant(self, stem: str, share: float) -> Optional[Translation]:
        """The candidate carrying at least ``share`` of the stem's links, if one does."""
        cands = self.forward.get(stem)
        if cands and cands[0].count > 0 and cands[0].p_forward >= share:
            return cands[0]
        return None

    def source_weight(self, stem: str) -> float:
        """Inverse frequency weight of a source stem: rare words carry more meaning (1 for unseen)."""
        return self._weight_tables()[0][stem]

    def target_weight(self, stem: str) -> float:
        """Inverse frequency weight of a target stem."""
        return self._weight_tables()[1][stem]

    def _weight_tables(self) -> tuple[TwoGenerations, TwoGenerations]:
        """The (source, target) weights asked for so far, each a word table of :data:`WEIGHTS_KEPT` stems.

        Why bounded: one dict keyed by (side, stem) kept every stem of the model a run met for the life of the
        process, bounded by nothing but the model's vocabulary (both frequency tables, 15,029 + 13,559 stems of
        fr-en: up to ~5 MB with its key tuples; the model's row held 1.3-2.0 MB between 15,000 and 105,000
        growing pairs, ``bench/memory_census.py --at``). The aligner keeps a stem's facts, weight included, in
        its own bounded tables (``meaning.align._FACTS``), so this is asked only when those miss, and a stem
        asked again soon stays. Same answers: a weight is a pure function of the stem."""
        tables = self._weight_memo
        if tables is None:
            tables = self._weight_memo = (
                TwoGenerations(WEIGHTS_KEPT, partial(_weight, self.source_freq, self.pairs)),
                TwoGenerations(WEIGHTS_KEPT, partial(_weight, self.target_freq, self.pairs)))
        return tables

    def source_word(self, source_stem: str) -> str:
        """A readable form of a source stem."""
        return self.source_surface.get(source_stem, source_stem)

    def word(self, target_stem: str) -> str:
        """A readable form of a target stem (its most frequent spelling in the training text)."""
        return self.surface.get(target_stem, target_stem)


WEIGHTS_KEPT = SOME_WORDS
"""Stems whose weight each side keeps (:meth:`LexModel._weight_tables`): the aligner asks for a stem's weight
when its own table of the stem's facts (``meaning.align.STEM_FACTS``, of this size) misses, so a weight asked
again is one that table forgot."""


def _weight(freqs: Mapping[str, int], pairs: int, stem: str) -> float:
    """The weight of ``stem`` by its count in ``freqs`` (a partial of it computes a side's weights: no closure
    over the model, so the model and its tables hold no reference cycle)."""
    return _idf(freqs.get(stem, 0), pairs)


def _idf(freq: int, pairs: int) -> float:
    return max(0.5, math.log((pairs + 1) / (freq + 1))) if pairs else 1.0


class Senses(Mapping):
    """The model's backward table: a target stem -> the frozenset of source stems it translates.

    Why not a dict of frozensets: 18,979 frozensets of one or two stems each held 8.7 MB for the life of a
    run (a frozenset is 216 bytes before its strings, and the strings were copies of the candidate table's).
    The same facts are read off the candidate table (:attr:`LexModel.forward`) as tuples of its own key
    strings, 1.5 MB, and each lookup builds the small frozenset the callers intersect (``&``) or walk."""

    __slots__ = ("_by",)

    def __init__(self, by: Mapping[str, tuple[str, ...]]) -> None:  # a dict, or the model's table on disk
        self._by = by

    @classmethod
    def of(cls, forward: Mapping[str, tuple]) -> "Senses":
        """The backward table of candidate table ``forward`` (source stem -> candidates, stem first)."""
        by: dict[str, list[str]] = {}
        for source, candidates in forward.items():
            for cand in candidates:
                by.setdefault(cand[0], []).append(source)
        return cls({k: tuple(v) for k, v in by.items()})

    def __getitem__(self, key: str) -> frozenset[str]:
        return frozenset(self._by[key])

    def get(self, key, default=None):
        sources = self._by.get(key)
        return default if sources is None else frozenset(sources)

    def __contains__(self, key) -> bool:
        return key in self._by

    def __iter__(self) -> Iterator[str]:
        by = self._by
        return iter(by if isinstance(by, dict) else dict(by.items()))  # a table on disk: read whole (tests, tools)

    def __len__(self) -> int:
        return len(self._by)


_TABLES = ("forward", "backward", "source_freq", "target_freq", "surface", "source_surface")
"""The model's tables, each kept as its own table on disk (:func:`mtqa.compiled.table`) and read a stem at a
time (:class:`_StoredModel`). The backward table holds each target stem's source stems in the order
:meth:`Senses.of` reads them off the candidates."""


class _Candidates(Mapping):
    """The candidate table (source stem -> :class:`Translation` tuple) answered from its table on disk."""

    __slots__ = ("_table",)

    def __init__(self, stored) -> None:
        self._table = stored

    def get(self, key, default=None):
        found = self._table.get(key)
        return default if found is None else tuple(map(Translation._make, found))

    def __getitem__(self, key: str) -> tuple[Translation, ...]:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key) -> bool:
        return key in self._table

    def __iter__(self) -> Iterator[str]:
        return iter(dict(self._table.items()))

    def __len__(self) -> int:
        return len(self._table)


class _StoredModel(LexModel):
    """A :class:`LexModel` whose tables stay on disk, each a :class:`~mtqa.compiled.DiskTable` read a stem at
    a time (a long run from its mapped packed copy).

    Why: unpacked as Python objects for the life of a run the model held 13.2 MB (candidates 6.7, the two
    frequency tables 2.5, the readable forms 2.4, the backward table 1.5) where a run asks few stems of it
    (the aligners' analyses are cached per segment: ~3,500 candidate lookups on 3,003 WMT14 pairs), and
    every forked worker held its own copy; the pages a run touches of the mapped copies are shared."""

    def __init__(self, pairs: int, tables: dict):  # noqa: D107 - the dataclass's fields come from disk
        self.pairs = pairs
        self._weight_memo = None
        self.forward = _Candidates(tables["forward"])
        self.backward = Senses(tables["backward"])
        self.source_freq = tables["source_freq"]
        self.target_freq = tables["target_freq"]
        self.surface = tables["surface"]
        self.source_surface = tables["source_surface"]


@memoize(TABLES)
def load_lexmodel(source: str, target: str) -> Optional[LexModel]:
    """The model for ``source``->``target``, or None when no data folder has one.

    The parsed tables are kept compiled (:mod:`mtqa.compiled`), each as a table on disk read a stem at a time
    (:class:`_StoredModel`): reading them back costs a fraction of unpacking and parsing the ``.tsv.gz``,
    which a default run paid for a handful of segments (A604's closeness test), and no table is held whole.
    The compiled copies are keyed on the file actually read (its real path, size and modification time), so
    a model from ``$MTQA_DATA`` is never answered with the shipped model's copy."""
    path = data_path("lexmodel", f"{source}-{target}.tsv.gz")
    if not path.is_file():
        return None
    from mtqa.compiled import cache_dir, cached, loaded, table

    if isinstance(path, Path) and cache_dir() is not None:
        sources = [path, Path(__file__)]
        parsed: list = []  # a cold cache parses the file once for all its tables

        def tables() -> dict:
            if not parsed:
                pairs, forward, _, *rest = _parse(path)
                parsed.append(dict(zip(_TABLES, (forward, Senses.of(forward)._by, *rest)), pairs=pairs))
            return parsed[0]

        pairs = cached(f"lexmodel4-{source}-{target}-pairs", sources, lambda: tables()["pairs"])
        stored = {name: table(f"lexmodel4-{source}-{target}-{name}", sources, lambda name=name: tables()[name])
                  for name in _TABLES}
        parsed.clear()
        return _StoredModel(pairs, stored)
    pairs, forward, _, source_freq, target_freq, surface, source_surface = _parse(path)
    make = Translation._make
    forward = {k: tuple(map(make, v)) for k, v in forward.items()}
    model = LexModel(
        pairs,
        forward,
        Senses.of(forward),
        source_freq,
        target_freq,
        surface,
        source_surface,
    )
    return loaded(model)


def _parse(path) -> tuple:
    """The model file's tables as plain data (:mod:`marshal` stores them): candidates as tuples.

    The candidates' stems and figures are shared objects (one string per stem, one float per value, where
    the file repeats them), and :mod:`marshal` keeps an object written twice as one: the loaded candidate
    table holds 6 MB instead of 10.8 (37,612 candidates, 35,265 distinct strings and values)."""
    shared: dict = {}
    one = shared.setdefault
    pairs = 0
    forward: dict[str, list[tuple]] = {}
    backward: dict[str, set[str]] = {}
    source_freq: dict[str, int] = {}
    target_freq: dict[str, int] = {}
    surface: dict[str, str] = {}
    source_surface: dict[str, str] = {}
    import gzip  # a cold cache only: a run reads the compiled copy

    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        for line in f:
            rec = line.rstrip("\n").split("\t")
            kind = rec[0]
            if kind == "T":
                _, src, tgt, count, pf, pb, dic = rec
                src, tgt, pf, pb, count = one(src, src), one(tgt, tgt), float(pf), float(pb), float(count)
                cand = (tgt, one(pf, pf), one(pb, pb), one(count, count), dic == "1")
                forward.setdefault(src, []).append(cand)
                backward.setdefault(tgt, set()).add(src)
            elif kind == "F":
                source_freq[rec[1]] = int(rec[2])
                if len(rec) > 3 and rec[3] != rec[1]:
                    source_surface[rec[1]] = rec[3]
            elif kind == "E":
                target_freq[rec[1]] = int(rec[2])
                if len(rec) > 3 and rec[3] != rec[1]:
                    surface[rec[1]] = rec[3]
            elif kind == "N":
                pairs = int(rec[1])
    return (
        pairs,
        {k: tuple(v) for k, v in forward.items()},  # the file lists each word's candidates most probable first
        {k: frozenset(v) for k, v in backward.items()},
        source_freq,
        target_freq,
        surface,
        source_surface,
    )


@memoize(TABLES)
@built_from("lexmodel", "strong_words.toml")
def strong_words(source: str) -> Optional[dict]:
    """``lexmodel/strong_words.toml`` for ``source`` (frequent meaning words, number words, words to skip,
    fixed expressions, extra renderings), read for A608 omitted-word; None for a language without a table.

    Read through the data folders like every other data file, so a ``$MTQA_DATA`` folder can add a
    language or correct a list without touching the package."""
    table = data_toml("lexmodel", "strong_words.toml").get(source)
    if not table:
        return None
    return {
        "frequent": frozenset(table.get("frequent", ())),
        "numbers": frozenset(table.get("numbers", ())),
        "skip": frozenset(table.get("skip", ())),
        "fixed": re.compile(table["fixed"]) if table.get("fixed") else None,
        "renderings": {w: tuple(r.lower() for r in rs) for w, rs in table.get("renderings", {}).items()},
    }


_POLARITY_SOURCE = ("negation", "negation_broad", "screen")
_POLARITY_TARGET = ("negation", "negation_strict")


@memoize(TABLES)
@built_from("lexmodel", "polarity.toml")
def polarity(source: str, target: str) -> Optional[dict]:
    """``lexmodel/polarity.toml`` for a pair, compiled: negation, opposite and comparison patterns of
    each side, read for A604-A606, the target's negative polarity items and what licenses them (A604:
    "any" alone is no negation) and its affixed look-alikes of a negation ("international"), the source's
    reach of a negation, its negation words and its verbs negative in themselves (A604: whether such a
    look-alike renders the negation), and the negative prefixes of each side, read by A603; None unless
    both languages have a table.

    Read through the data folders, so a ``$MTQA_DATA`` folder can correct a pattern or add a pair."""
    data = data_toml("lexmodel", "polarity.toml")
    src, tgt = data.get(source), data.get(target)
    # A language's table may hold only the patterns of the side it has been used on (English: target
    # patterns only); a pair whose source or target lacks its side's patterns is left unchecked.
    if not src or not tgt or any(k not in src for k in _POLARITY_SOURCE) or any(k not in tgt for k in _POLARITY_TARGET):
        return None

    def optional(table: dict, key: str) -> Optional[re.Pattern]:
        return re.compile(table[key], re.IGNORECASE) if table.get(key) else None

    # the screen is a test every sentence the package's ``negation`` matches passes: a copy that changes
    # ``negation`` (widens it: a negation word of its own) and leaves the screen to mtqa's file would hide
    # its new negations behind the old screen; the full pattern then runs on every sentence
    screen = src["screen"]
    if src["negation"] != shipped(src, "negation") and screen == shipped(src, "screen"):
        screen = None

    return {
        "src": re.compile(src["negation"], re.IGNORECASE),
        "src_not": optional(src, "not_negation"),
        "src_broad": re.compile(src["negation_broad"], re.IGNORECASE),
        "src_screen": re.compile(screen, re.IGNORECASE) if screen else None,
        "tgt": re.compile(tgt["negation"], re.IGNORECASE),
        "tgt_sure": _sure_negation(tgt),
        "tgt_sure_words": frozenset(w.lower() for w in tgt.get("negation_sure_words", ()) if w.isascii())
        if "negation_sure" not in tgt else frozenset(),
        "src_reach": optional(src, "negated_reach"),
        "src_words": optional(src, "negation_words") or re.compile(r"(?!)"),
        "src_double": optional(src, "double_negation"),
        "tgt_affixed": optional(tgt, "negation_affixed"),
        "tgt_items": {w.lower(): fix for w, fix in tgt.get("negation_polarity_items", {}).items()},
        "tgt_licensors": optional(tgt, "polarity_licensors"),
        "tgt_strict": re.compile(tgt["negation_strict"], re.IGNORECASE),
        "tgt_not": optional(tgt, "not_negation"),
        "opposite_src": optional(src, "opposite"),
        "opposite_tgt": optional(tgt, "opposite"),
        "opposite_fix": tgt.get("opposite_suggestion"),
        "examples": tuple(tgt.get("negation_examples", ())),
        "contrast_src": optional(src, "contrast"),
        "contrast_tgt": optional(tgt, "contrast_wrong"),
        "contrast_fix": tgt.get("contrast_suggestion", ""),
        "negative_prefixes": tuple(src.get("negative_prefixes", ())),
        "negative_prefixes_tgt": tuple(tgt.get("negative_prefixes", ())),
    }


def _sure_negation(table: dict) -> Optional[re.Pattern]:
    """A language's quick negation test: its ``negation_sure_words`` as whole words and its
    ``negation_sure_endings`` at a word's end, one pattern (case ignored); a copy's own ``negation_sure``
    pattern (the earlier form of the table) instead, if it has one; None without either. Why the words as a
    list: A604 looks them up among a sentence's words (``tgt_sure_words``, the list's ASCII words in lower
    case) before it runs the pattern, and both are made of the one list."""
    if table.get("negation_sure"):
        return re.compile(table["negation_sure"], re.IGNORECASE)
    words, endings = table.get("negation_sure_words", ()), table.get("negation_sure_endings", ())
    if not any(words) and not any(endings):
        return None
    return re.compile(rf"\b(?:{alternation(words)})\b|(?:{alternation(endings)})\b", re.IGNORECASE)


@memoize(TABLES)
def units(lang: str) -> Optional[tuple[dict[str, str], dict[str, str], dict[str, str]]]:
    """``lexmodel/units.toml`` for ``lang``: (unit -> pattern written after a figure, unit -> pattern
    written before one, unit -> kind), read for A605; None for a language without a table.

    The check builds its figure patterns around these (:func:`mtqa.checks.meaning.units._units`)."""
    data = data_toml("lexmodel", "units.toml")
    table = data.get(lang)
    if not table:
        return None
    return dict(table.get("after", {})), dict(table.get("before", {})), data.get("kinds", {})


def unit_words(lang: str, name: str) -> tuple[str, ...]:
    """The list ``name`` of ``lang``'s table in ``lexmodel/units.toml`` (``lengths``: the unit words of lengths), for
    the false-friend lexicon's ``{{UNITS:<lang>:<name>}}`` placeholder.

    Why here: this module owns units.toml, and a list that is missing, empty, not a list or holds a blank word (a
    ``$MTQA_DATA`` copy is the user's input) must be a :class:`~mtqa.errors.DataError` naming the file and the key,
    which the lexicon's own reading turned into an internal error naming no file."""
    from mtqa.langs.data import profile_word_list

    table = data_toml("lexmodel", "units.toml").get(lang)
    words = table.get(name) if isinstance(table, dict) else None
    return tuple(profile_word_list(words, lang, f"[{lang}] {name}", path=data_path("lexmodel", "units.toml")))


@memoize(TABLES)
def stem_rules(lang: str) -> tuple[int, tuple[tuple[str, str], ...]]:
    """``lexmodel/stems.toml`` for ``lang``: (shortest stem kept, (suffix, replacement) rules in
    order), used by :func:`mtqa.meaning.tokens.stem`; (3, ()) for a language without rules."""
    table = data_toml("lexmodel", "stems.toml").get(lang, {})
    return int(table.get("min_stem", 3)), tuple((s, r) for s, r in table.get("rules", ()))


@memoize(TABLES)
def scale_words(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``lexmodel/units.toml`` for ``lang``: (scale words that may stand between a figure and its unit,
    words that may join them to the unit), read for A605; empty for a language without a table."""
    table = data_toml("lexmodel", "units.toml").get(lang) or {}
    return tuple(table.get("scales", ())), tuple(table.get("scale_joiners", ()))


class _Compiled(dict):
    """A table whose patterns are compiled when first read (``table[key]``), not when it is loaded: ``patterns``
    maps each such key to its ``re.compile`` arguments, ``compile`` compiles them (the loader's, so that a
    pattern of a ``$MTQA_DATA`` file that does not compile is a :class:`~mtqa.errors.DataError` naming the file,
    raised at its first read). Why: :func:`senses` holds some 50 patterns, and a run whose sources hold none of
    the units' heads (a one-line check, most articles) never reads one of them; compiled at load they cost every
    run with a source ~12 ms (~2 ms when served from :mod:`mtqa.regexcache`)."""

    __slots__ = ("_patterns", "_compile")

    def __init__(self, values: dict, patterns: dict, compile) -> None:
        super().__init__(values)
        self._patterns = patterns
        self._compile = compile

    def __missing__(self, key):
        if key not in self._patterns:
            raise KeyError(key)
        value = self[key] = self._compile(*self._patterns[key])
        return value


@built_from("lexmodel", "senses.toml")
def _senses_pattern(pattern: str, flags: int) -> re.Pattern:
    return re.compile(pattern, flags)


@memoize(TABLES)
@built_from("lexmodel", "senses.toml")
def senses(source: str) -> Optional[dict]:
    """``lexmodel/senses.toml`` for ``source``: the thresholds A612 (wrong-sense) reads the lexical model with
    (what a rare sense and a dominant news rendering are) and the multiword units whose words take a sense of
    their own, each with its ``source`` pattern compiled, ``any_unit``, all the patterns in one (a sentence
    that matches none is not read further), and ``any_head``, a word starting like a unit's head (a cheaper
    screen: no unit is reported without its head); None for a language without a table. The patterns are
    compiled on first read (:class:`_Compiled`).

    Why a data file: the thresholds say how the model's counts are read for one language pair and the units
    are language knowledge, both kept apart from the check's code like the other lexmodel tables."""
    table = data_toml("lexmodel", "senses.toml").get(source)
    if not table:
        return None
    raw = table.get("unit", ())
    units = tuple(_Compiled({"head": u["head"].lower(), "renderings": tuple(r.lower() for r in u["renderings"]),
                             "suggestion": u["suggestion"]}, {"source": (u["source"], re.IGNORECASE)}, _senses_pattern)
                  for u in raw)
    numbers = {k: v for k, v in table.items() if k != "unit"}
    return _Compiled({**numbers, "units": units}, {
        "any_unit": (alternation((u["source"] for u in raw), lambda p: f"(?:{p})"), re.IGNORECASE),
        "any_head": (rf"\b(?:{alternation(u['head'] for u in units)})", re.IGNORECASE)}, _senses_pattern)


def _weekdays(source: dict, target: dict) -> Optional[tuple]:
    """The source's day names as one pattern, with each side's day -> number table; None unless both have days."""
    if not source or not target:
        return None
    firsts = re.escape("".join(sorted({w[0] for w in source})))
    # the lookahead on the names' first letters: 2-3x faster a sentence than the bare alternation
    return re.compile(rf"(?i)\b(?=[{firsts}])(?:{alternation(source)})\b"), source, target


def _value(value, where: str) -> float:
    """``value`` (a key or value of ``figure_words.toml``) as a number; a ValueError naming the table and the
    value otherwise, which :func:`built_from` reports with the file's name ("[en.fractions]: 'a quarter' is
    not a number"), so a user's copy says where to look rather than what Python could not convert."""
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{where}: {value!r} is not a number") from None


@memoize(TABLES)
@built_from("lexmodel", "figure_words.toml")
def figure_words(source: str, target: str) -> Optional[dict]:
    """``lexmodel/figure_words.toml`` for a pair, compiled: the source's screen (a sentence with no number word
    is not read), its fixed expressions whose number word is no figure (``skip``), the words that introduce a
    time, age or duration phrase (``before``, named in the message) and the least value reported, and the
    target's renderings of a value that are not figures ("twice", "dozen"), read by A614 (omitted-figure-word);
    None unless the source has its patterns and the target a table.

    Why a data file: which number words are idioms and how a value is said without a figure is language
    knowledge, kept apart from the check's code like the other lexmodel tables."""
    from mtqa.numbers import conventions

    data = data_toml("lexmodel", "figure_words.toml")
    src, tgt = data.get(source), data.get(target)
    if not src or not tgt or not all(src.get(key) for key in ("screen", "cardinal", "fact")):
        return None  # English holds only a target's tables: English as the source is not read
    return {
        "screen": re.compile(src["screen"]),
        "skip": re.compile(src["skip"]) if src.get("skip") else None,
        "before": re.compile(src["before"]) if src.get("before") else None,
        "cardinal": re.compile(src["cardinal"]),
        "fact": re.compile(src["fact"]),
        "collectives": {w.lower(): _value(f, f"[{source}.collectives] {w}") for w, f in src.get("collectives", {}).items()},
        "month_intro": re.compile(src["month_intro"]) if src.get("month_intro") else None,
        "weekday_intro": re.compile(src["weekday_intro"]) if src.get("weekday_intro") else None,
        # the day names are each language's calendar (numbers/*.toml [weekdays], beside [months])
        "weekdays": _weekdays(dict(conventions(source).weekdays), dict(conventions(target).weekdays)),
        "min_value": float(src.get("min_value", 2)),
        "renderings": {_value(value, f"[{target}.renderings]"): frozenset(w.lower() for w in words)
                       for value, words in tgt.get("renderings", {}).items()},
        "fractions": {_value(value, f"[{target}.fractions]"): said for value, said in tgt.get("fractions", {}).items()},
        "fraction_after_unit": frozenset(w.lower() for w in tgt.get("fraction_after_unit", ())),
        "fraction_words": frozenset(w.lower() for w in tgt.get("fraction_words", ())),
        "fraction_reach": int(tgt.get("fraction_reach", 4)),
    }


@memoize(TABLES)
@built_from("lexmodel", "clauses.toml")
def clauses(source: str, target: str) -> Optional[dict]:
    """``lexmodel/clauses.toml`` for a pair, compiled: the pattern of a participle coordinated after "puis"
    (its group ``word``) and the target's words that chain a second event (``then_word``, the first of them, is
    the one a message suggests: "then"), read by A615
    (omitted-then-clause); None unless both languages have a table.

    Why a data file: how a language chains a second event on one subject is grammar, kept apart from the check's
    code like the other lexmodel tables."""
    data = data_toml("lexmodel", "clauses.toml")
    src, tgt = data.get(source), data.get(target)
    if not src or not tgt or not src.get("then_participle"):
        return None
    words = tuple(w.lower() for w in tgt.get("then_words", ()))
    return {"then_participle": re.compile(src["then_participle"]), "then_words": frozenset(words),
            "then_word": words[0] if words else ""}


class SenseContext(NamedTuple):
    """The news senses of one source stem and the context stems that tell them apart (A616).

    ``senses``: each sense's link count in the aligned news and its renderings (target stems, most used first);
    ``cues``: a context stem -> ((sense, log-odds), ...), the senses it goes with more often than news at large."""

    senses: tuple[tuple[float, tuple[str, ...]], ...]
    cues: dict[str, tuple[tuple[int, float], ...]]


class _SenseTable(Mapping):
    """The sense contexts of a pair, each stem's rows kept as read and parsed on first use (:class:`SenseContext`).

    Why: parsed whole, the 201,169 cues held 45 MB of small tuples and took 0.4 s to build, while a run asks for
    the few hundred stems its sentences hold; the rows of a stem as one string are a few MB for the table."""

    __slots__ = ("_rows", "_parsed", "_path")

    def __init__(self, rows: dict[str, str], path) -> None:
        self._rows, self._parsed, self._path = rows, {}, path

    def __getitem__(self, stem: str) -> SenseContext:
        found = self._parsed.get(stem)
        if found is None:
            found = self._parsed[stem] = _sense_rows(stem, self._rows[stem], self._path)
        return found

    def __contains__(self, stem) -> bool:
        return stem in self._rows

    @property
    def stems(self) -> Mapping[str, str]:
        """The stems the table holds, for membership tests at dict speed (a sentence asks for each of its words)."""
        return self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def _sense_rows(stem: str, rows: str, path) -> SenseContext:
    """A stem's ``S`` and ``C`` rows (without the stem), parsed; a fault is a :class:`~mtqa.errors.DataError`."""
    from mtqa.errors import DataError

    senses_of: list = []
    cues: dict[str, list] = {}
    try:
        for row in rows.split("\n"):
            rec = row.split("\t")
            if rec[0] == "S" and len(rec) == 4:
                if int(rec[1]) != len(senses_of):
                    raise DataError(f"senses of {stem!r} must be numbered 0, 1, ... in order", path=str(path))
                senses_of.append((float(rec[2]), tuple(rec[3].split())))
            elif rec[0] == "C" and len(rec) == 5:
                if int(rec[1]) >= len(senses_of):
                    raise DataError(f"a context row of {stem!r} names a sense not listed above it", path=str(path))
                cues.setdefault(rec[2], []).append((int(rec[1]), float(rec[4])))
            else:
                raise DataError(f"expected an S (sense) or C (context) row for {stem!r}", path=str(path))
    except ValueError as exc:
        raise DataError(f"a row of {stem!r} cannot be read ({exc})", path=str(path)) from None
    return SenseContext(tuple(senses_of), {c: tuple(v) for c, v in cues.items()})


@memoize(TABLES)
def sense_context(source: str, target: str) -> Mapping[str, SenseContext]:
    """``lexmodel/sense_context.<source>-<target>.tsv.gz`` (``bench/build_senses.py``): for each source stem
    whose aligned renderings in news split into senses, the senses and the context words learned with each;
    empty for a pair without a table.

    Read on first use only (a run that never asks the context of a sense does not pay for it), each stem's rows
    parsed when it is first asked (:class:`_SenseTable`). Rows are ``S stem sense count renderings`` and
    ``C stem sense context count log-odds``; a malformed row or file (in a ``$MTQA_DATA`` folder: the user's
    input) is a :class:`mtqa.errors.DataError` naming it."""
    path = data_path("lexmodel", f"sense_context.{source}-{target}.tsv.gz")
    if not path.is_file():
        return {}
    if not isinstance(path, Path):  # a package read from an archive: no file to key a copy on (as load_lexmodel)
        return _SenseTable(_sense_file_rows(path), path)
    from mtqa.compiled import cached, code_files

    # kept compiled: unpacking and splitting the file cost a --preview one-line check 0.2 s and ~30 MB at its peak
    return _SenseTable(cached(f"sense-context-{source}-{target}", [path, *code_files(_sense_file_rows)],
                              lambda: _sense_file_rows(path)), path)


def _sense_file_rows(path) -> dict[str, str]:
    """The sense table's rows by stem (each stem's rows, without the stem, as one string); stems with no cue
    are left out. A malformed file is a :class:`~mtqa.errors.DataError` naming it."""
    from mtqa.errors import DataError

    rows: dict[str, list[str]] = {}
    number = 0
    try:
        import gzip  # read once, on first use

        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                kind, sep, rest = line.rstrip("\n").partition("\t")
                if kind in ("S", "C"):
                    stem, sep, rest = rest.partition("\t")
                    if not sep:
                        raise DataError("expected a stem and its fields after the row's kind", path=str(path),
                                        line=number)
                    rows.setdefault(stem, []).append(f"{kind}\t{rest}")
                elif kind not in ("N", "#", ""):
                    raise DataError("expected an S (sense) or C (context) row", path=str(path), line=number)
    except (OSError, EOFError, UnicodeDecodeError, zlib.error) as exc:  # not gzip, cut short, corrupt, not UTF-8
        raise DataError(f"cannot be read as the table of sense contexts ({exc})", path=str(path),
                        line=number or None) from None
    return {stem: "\n".join(found) for stem, found in rows.items() if any(r.startswith("C") for r in found)}


def field_word(lower: str) -> str:
    """The key of a French word form in the field table: the lower-case form with a plural -s or -x set aside
    (« actions » and « action » are one word; « actes » is another, though the stemmer gives them one stem)."""
    return lower[:-1] if len(lower) > 4 and lower.endswith(("s", "x")) else lower


class FieldTable(NamedTuple):
    """The fields of news stories and the renderings a field rules out (A623, ``bench/build_fields.py``).

    ``cues``: a source stem -> ((field, log-odds), ...), the fields whose stories hold it more than news at large;
    ``traps``: (field, source word, :func:`field_word`) -> ((trap stem, field stem, field word), ...), a rendering translators write
    for the word outside the field and (almost) never inside it, the one they write inside and its spelling;
    ``classify``: ``[<source>.classify]`` of ``fields.toml`` (window, cap, min_score, margin)."""

    cues: dict[str, tuple[tuple[str, float], ...]]
    traps: dict[tuple[str, str], tuple[tuple[str, str, str], ...]]
    classify: dict

    def field_of(self, stems) -> str:
        """The field whose capped cues over the distinct ``stems`` sum to ``min_score`` or more, ``margin``
        above the next field's; '' when no field stands out (most stories: politics, society, culture)."""
        score: dict[str, float] = {}
        cap = self.classify["cap"]
        for s in sorted(stems):  # one order in every process: a float sum (and a tie) must not follow a set's
            # order, which the hash seed of each process (serial, --workers, Dask) decides
            for f, w in self.cues.get(s, ()):
                score[f] = score.get(f, 0.0) + min(w, cap)
        if not score:
            return ""
        ranked = sorted(score.values(), reverse=True)
        best = max(score, key=score.get)
        second = ranked[1] if len(ranked) > 1 else 0.0
        return best if ranked[0] >= self.classify["min_score"] and ranked[0] - second >= self.classify["margin"] \
            else ""


@memoize(TABLES)
def fields(source: str, target: str) -> Optional[FieldTable]:
    """``lexmodel/fields.<source>-<target>.tsv.gz`` (``bench/build_fields.py``) with ``[<source>.classify]`` of
    ``lexmodel/fields.toml``; None for a pair without them. Rows are ``N stories labelled``, ``W field stem
    weight`` and ``T field stem trap field-stem field-word inside outside trap-inside trap-outside p``; a
    malformed row or file is a :class:`mtqa.errors.DataError` naming it and its line.

    Why a data file: which words tell a story's field and which renderings a field rules out are counts of the
    aligned news, learned by a script, not rules of the check."""
    from mtqa.errors import DataError

    config = data_toml("lexmodel", "fields.toml").get(source)
    path = data_path("lexmodel", f"fields.{source}-{target}.tsv.gz")
    if not config or not config.get("classify") or not path.is_file():
        return None
    try:
        classify = {key: float(config["classify"][key]) for key in ("window", "cap", "min_score", "margin")}
    except (KeyError, TypeError, ValueError) as exc:
        raise DataError(f"[{source}.classify] needs numbers window, cap, min_score and margin ({exc})",
                        path=str(data_path("lexmodel", "fields.toml"))) from None
    cues: dict[str, list] = {}
    traps: dict[tuple[str, str], list] = {}
    number = 0
    try:
        import gzip

        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                rec = line.rstrip("\n").split("\t")
                if rec[0] == "W" and len(rec) == 4:
                    cues.setdefault(rec[2], []).append((rec[1], float(rec[3])))
                elif rec[0] == "T" and len(rec) == 11:
                    traps.setdefault((rec[1], rec[2]), []).append((rec[3], rec[4], rec[5]))
                elif rec[0] not in ("N", "#", ""):
                    raise DataError("expected an N, W (cue) or T (trap) row with its fields", path=str(path),
                                    line=number)
    except ValueError as exc:
        raise DataError(f"a cue's weight is no number ({exc})", path=str(path), line=number) from None
    except (OSError, EOFError, UnicodeDecodeError, zlib.error) as exc:  # not gzip, cut short, corrupt, not UTF-8
        raise DataError(f"cannot be read as the table of fields ({exc})", path=str(path),
                        line=number or None) from None
    return FieldTable({s: tuple(v) for s, v in cues.items()}, {k: tuple(v) for k, v in traps.items()}, classify)


class ConstructionTrap(NamedTuple):
    """One learned row of ``constructions.<pair>.tsv``: a rendering of a verb before its complementiser that news
    writes before a quantity and seldom before an opinion, with its counts and the opinion frame's usual word."""

    trap: str
    opinion: int
    opinion_with_trap: int
    figure: int
    figure_with_trap: int
    usual: str
    spelling: str


@memoize(TABLES)
@built_from("lexmodel", "constructions.toml")
def constructions(source: str, target: str) -> Optional[dict]:
    """``lexmodel/constructions.toml`` compiled with the learned ``constructions.<source>-<target>.tsv``
    (``bench/build_constructions.py``): the frame of a verb before its complementiser, the pattern that makes
    its clause a figure clause, how much of the clause is read, and per verb stem its traps; read by A631
    (construction-sense); None for a pair without both files.

    Why a data file: which words open a clause and which state a quantity is the source language's grammar, and
    which renderings the clause's class rules out is learned from news, both kept apart from the check's code.
    A malformed row (in a ``$MTQA_DATA`` folder: the user's input) is a DataError naming the file and line."""

    src = data_toml("lexmodel", "constructions.toml").get(source)
    path = data_path("lexmodel", f"constructions.{source}-{target}.tsv")
    if not src or not path.is_file():
        return None
    traps: dict[str, list[ConstructionTrap]] = {}

    def row(cells: list) -> None:  # a ValueError is read_rows's DataError naming the file and line
        if len(cells) != 8 or not all(c.isdigit() for c in cells[2:6]):
            raise ValueError("expected verb, trap, four counts, usual stem and spelling (8 tab-separated fields)")
        traps.setdefault(cells[0], []).append(
            ConstructionTrap(cells[1], *(int(c) for c in cells[2:6]), cells[6], cells[7]))

    # read_rows, not read_text: a user's copy that is no UTF-8 is the DataError naming the file (exit 2), where
    # @built_from names only the TOML and so re-raised it as an internal error
    read_rows(path, row)
    return {"frame": re.compile(src["frame"]), "quantity": re.compile(src["quantity"]),
            "clause_chars": int(src["clause_chars"]), "traps": traps}
