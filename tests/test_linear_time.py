"""Issue 15: work linear in input size on the shapes that were super-linear.

Checked on sizes n and 4n, never against the clock (a test does not time: on a
shared machine a timing test fails for a neighbour's load, and performance
figures live in ``bench/``): each shape is run at n and 4n characters and the
function calls made (Python functions and built-ins, counted by a profile hook)
may grow at most 8-fold (linear growth is 4-fold, quadratic 16-fold). Every
shape goes through the reader, the segmenter, the checks and a renderer, as a
CLI run does. The regular-expression engine's own steps are not calls: the CPU
seconds of the same shapes at both sizes are ``bench/pathological.py --growth``'s.
"""
from __future__ import annotations

import io
import itertools
import sys

import pytest

from mtqa.api import run
from mtqa.config import Config
from mtqa.context import Context
from mtqa.readers import open_pairs
from mtqa.renderers.base import RunInfo, render
from mtqa.renderers.json_report import JsonRenderer

SHAPES = {
    "lowercase run (glued-word split, dictionary lookup)": ("txt", lambda n: "a" * n),
    "dots then a letter (sentence boundaries)": ("txt", lambda n: "Wait....x " * (n // 10)),
    "one long paragraph of sentences (segmenter)": ("txt", lambda n: "The man went home. " * (n // 19)),
    "M. Dupont repeated (abbreviations, honorifics)": ("txt", lambda n: "M. Dupont " * (n // 10)),
    "ignore marker then tabs (suppressions)": ("txt", lambda n: "Text here mtqa: ignore=F401" + "\t" * n + "x"),
    "1 000 repeated (number formats)": ("txt", lambda n: "1 000 " * (n // 6)),
    "word-hyphen runs (code tokens)": ("txt", lambda n: "a-" * (n // 2)),
    "escaped tags in a feed body (HTML layer)": ("rss", lambda n: "&lt;a " * (n // 6)),
}


def _file(tmp_path, kind: str, body: str) -> str:
    path = tmp_path / f"in.{kind}"
    if kind == "txt":
        path.write_text("A headline\n\n" + body + "\n", encoding="utf-8")
    else:
        path.write_text(
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
            "<link>https://example.org/</link><description>d</description><language>en</language>"
            f"<item><guid>g</guid><title>A headline</title><description>{body}</description></item>"
            "</channel></rss>\n", encoding="utf-8")
    return str(path)


def calls(path: str, ctx: Context) -> int:
    """The function calls (Python and built-in) of reading, checking and rendering the file at ``path``."""
    count = 0

    def counted(frame, event, arg):
        nonlocal count
        if event == "call" or event == "c_call":
            count += 1

    pairs = open_pairs(path, ctx.config)
    renderer = JsonRenderer(io.StringIO(), RunInfo(ctx.config, [c.code for c in ctx.checks]))
    previous = sys.getprofile()
    sys.setprofile(counted)
    try:
        render(renderer, run(pairs, ctx))
    finally:
        sys.setprofile(previous)
    return count


@pytest.fixture(scope="module")
def ctx():
    context = Context(Config())
    return context


SMALL, LARGE = 6_000, 24_000


def _grows_linearly(tmp_path, ctx, kind: str, make) -> tuple[bool, str]:
    calls(_file(tmp_path, kind, make(SMALL // 4)), ctx)  # imports and tables built on first use
    small = calls(_file(tmp_path, kind, make(SMALL)), ctx)
    large = calls(_file(tmp_path, kind, make(LARGE)), ctx)
    return large <= 8 * small + 1_000, f"{small:,} calls at {SMALL:,} characters, {large:,} at {LARGE:,}"


@pytest.mark.parametrize("shape", SHAPES)
def test_work_grows_linearly(tmp_path, ctx, shape):
    kind, make = SHAPES[shape]
    linear, said = _grows_linearly(tmp_path, ctx, kind, make)
    assert linear, f"{shape}: {said}"


def test_the_call_count_sees_work_that_grows_with_the_square_of_the_text(tmp_path, ctx, monkeypatch):
    # the measure itself: comparing each sentence of a document with every other (as T108 and name_swaps
    # compared words) makes the count grow 16-fold for 4 times the text, which the bound above refuses
    import mtqa.api as api

    align = api.align

    def quadratic(pair):
        segments = pair.target.segments
        for a in segments:
            for b in segments:
                a.text.startswith(b.text)
        return align(pair)

    monkeypatch.setattr(api, "align", quadratic)
    linear, said = _grows_linearly(tmp_path, ctx, "txt", SHAPES["one long paragraph of sentences (segmenter)"][1])
    assert not linear, said


def _logged_by_check(ctx, log: list, target: str, source: str) -> int:
    """How many entries a patched function appends to `log` while one headline-and-paragraph pair is checked:
    the tests below count work (reads, comparisons) rather than time it, at two sizes of the paragraph."""
    from mtqa.api import check_texts

    log.clear()
    check_texts(f"A headline\n\n{target}\n", source=f"Un titre\n\n{source}\n", ctx=ctx)
    return len(log)


def test_one_first_name_at_every_word_of_a_segment_reads_its_source_once(ctx, monkeypatch):
    # T108 read the whole source for each "first name + capitalised word" of the target: a segment naming
    # "Pierre" at every word, with the same source, took 0.04 s at 500 characters and 0.69 s at 2,000 (the cap
    # of a checked segment), the square of its length. Counted here as the times T108 reads the source's
    # surnames (a test does not time: performance figures live in bench/)
    from mtqa.checks.foreign_first_names import SourceFormForeignFirstName

    reads = []
    surnames = SourceFormForeignFirstName._source_surnames
    monkeypatch.setattr(SourceFormForeignFirstName, "_source_surnames",
                        staticmethod(lambda first, sources: reads.append(first) or surnames(first, sources)))

    def source_reads(chars: int) -> int:
        body = "Pierre " * (chars // 7)
        return _logged_by_check(ctx, reads, f"{body}came home.", f"{body}est venu.")

    small, large = source_reads(500), source_reads(2000)
    assert small and large <= small + 2, (small, large)  # once per name, not once per mention


def test_one_first_name_before_many_surnames_compares_each_surname_with_few_of_the_source(ctx, monkeypatch):
    # T108 compared every surname after a first name with every surname after it in the source, by difflib,
    # though only the first alike one is used: "Pierre Zaaa Pierre Zaab ..." with the same source took 0.013 s
    # at 500 characters and 0.178 s at 1,950, with 16 times the difflib ratios for 4 times the text
    import difflib
    import string

    calls = []
    ratio = difflib.SequenceMatcher.ratio
    monkeypatch.setattr(difflib.SequenceMatcher, "ratio", lambda self: calls.append(1) or ratio(self))

    def ratios(chars: int) -> int:
        names = ("Z" + "".join(p) for p in itertools.product(string.ascii_lowercase, repeat=3))
        body = "".join(f"Pierre {n} " for n in itertools.islice(names, chars // 12))
        return _logged_by_check(ctx, calls, f"{body}came home.", f"{body}est venu.")

    small, large = ratios(500), ratios(2000)
    assert large <= 5 * small + 10, (small, large)


def test_a_run_of_three_digit_groups_reads_each_group_into_few_figure_then_unit_attempts(monkeypatch):
    # A605's figure-then-unit pattern was tried at every run of digits, and on "100 101 102 ..." each
    # attempt read its figure to the end of the run before giving it back group by group looking for a
    # unit: 0.07 s for a 2,000-character segment, with 16 times the work for 4 times the text. Counted
    # here as the characters each attempt's figure spans (what the engine reads, then gives back)
    import re

    import mtqa.checks.meaning.units as meaning

    figure = re.compile(meaning._FIGURE)
    read = []

    class Counted:
        def __init__(self, pattern):
            self.pattern = pattern

        def match(self, text, pos=0):
            read.append(figure.match(text, pos).end() - pos if figure.match(text, pos) else 0)
            return self.pattern.match(text, pos)

    units = meaning._units

    def counted(lang, other):
        found = units(lang, other)
        return (Counted(found[0]), *found[1:])

    monkeypatch.setattr(meaning, "_units", counted)

    def characters(chars: int) -> int:
        text = " ".join(str(100 + i % 900) for i in range(chars // 4)) + ". Il a 12 euros."
        read.clear()
        found = meaning._figures_with_units.__wrapped__(text, "fr", "en")  # not the memo: read each time
        assert [f[:2] for f in found] == [("12", "euro")]  # the run has no unit
        return sum(read)

    small, large = characters(500), characters(2000)
    assert large <= 5 * small + 50, (small, large)


def test_a_segment_of_many_figures_with_units_reads_the_source_figures_once(ctx, monkeypatch):
    # A605 went through every figure-with-unit of the source for each one of the target: "$1 $1 $1 ..." in
    # both took 0.0033 s at 500 characters and 0.0435 s at 2,000, 13 times as long for 4 times the text.
    # Counted here as the source figures A605 reads
    import mtqa.checks.meaning.units as meaning

    read = []

    class Counted(tuple):
        def __iter__(self):
            for item in super().__iter__():
                read.append(1)
                yield item

    figures = meaning._figures_with_units

    def counted(text, lang, other):
        found = figures(text, lang, other)
        return Counted(found) if lang == ctx.config.source_lang else found

    monkeypatch.setattr(meaning, "_figures_with_units", counted)

    def source_figures_read(chars: int) -> int:
        body = "$1 " * (chars // 3)
        return _logged_by_check(ctx, read, body, body)

    small, large = source_figures_read(500), source_figures_read(2000)
    assert small > 0 and large <= 5 * small + 10, (small, large)


def test_names_and_other_capitalised_words_meet_difflib_only_when_its_cheap_bounds_pass(tmp_path, ctx, monkeypatch):
    # The name-swap checks (T105, T106, T110) asked whether each source name is among the target's words and
    # each new target name among the source's, building a difflib matcher for every pair of words of similar
    # length: random capitalised words, different on the two sides, took 0.37 s at 2,000 characters. The
    # letter bound (quick_ratio) is now counted from letters read once per word, so difflib only meets the
    # few pairs that share enough letters. Counted here as the matchers name_swaps builds, against the
    # pairs of words the two sides make
    import random
    import string

    def words(chars: int, seed: int) -> list[str]:
        draw, out = random.Random(seed), []
        while sum(len(w) + 1 for w in out) < chars:
            out.append("".join(draw.choice(string.ascii_lowercase) for _ in range(draw.randint(3, 9))).capitalize())
        return out

    target, source = words(2000, 1), words(2000, 2)
    built = _matchers_built(tmp_path, ctx, monkeypatch, " ".join(target), " ".join(source))
    assert built and built * 20 < len(target) * len(source), (built, len(target) * len(source))


def _matchers_built(tmp_path, ctx, monkeypatch, target: str, source: str) -> int:
    """The difflib matchers name_swaps builds in checking one (target, source) pair."""
    import difflib
    import json
    import types

    from mtqa.checks.name_swaps import likeness, swap_readers

    built = []

    class Counted(difflib.SequenceMatcher):
        def __init__(self, *args, **kwargs):
            built.append(1)
            super().__init__(*args, **kwargs)

    for module in (likeness, swap_readers):  # the two modules that measure a ratio
        monkeypatch.setattr(module, "difflib", types.SimpleNamespace(SequenceMatcher=Counted))
    path = tmp_path / "pair.jsonl"
    path.write_text(json.dumps({"target": target, "source": source}) + "\n", encoding="utf-8")
    list(run(open_pairs(str(path), ctx.config), ctx))
    return len(built)


def test_a_place_with_an_article_builds_its_pattern_once_for_many_segments(monkeypatch):
    # T201's rare path for a place named with its article (au Caire, à La Haye) built and compiled a pattern
    # at every call, leaning on re's own bounded cache. Counted here as the compiles of 200 calls on one form
    import re
    from types import SimpleNamespace

    import mtqa.checks.exonyms as exonyms

    cached = getattr(exonyms, "_article_pattern", None)
    if cached is not None:
        cached.cache_clear()
    compiles = []
    compile_ = re.compile
    monkeypatch.setattr(re, "compile", lambda *a, **k: compiles.append(a[0]) or compile_(*a, **k))
    articles = frozenset({"le", "au", "du"})
    sources = [SimpleNamespace(text=f"Il vit au Caire depuis {n} ans.") for n in range(3)]
    for _ in range(200):
        assert exonyms._with_article("Caire", sources, articles)
        assert not exonyms._with_article("Caire", [SimpleNamespace(text="Caire, mardi.")], articles)
    assert len(compiles) <= 1, len(compiles)


def _anagram_words(chars: int, seed: int) -> list[str]:
    """Capitalised words of the same twelve letters in other orders: every pair passes the shared-letter bound."""
    import random

    draw, out = random.Random(seed), []
    while sum(len(w) + 1 for w in out) < chars:
        letters = list("bcdfghkmnprt")
        draw.shuffle(letters)
        out.append("".join(letters).capitalize())
    return out


def test_names_spelt_with_the_same_letters_in_other_orders_meet_difflib_only_past_the_subsequence_bound(
        tmp_path, ctx, monkeypatch):
    # Words of the same letters in other orders passed the letter bound two by two, so the name-swap checks built
    # a difflib matcher for nearly every pair: 0.49 s for a 2,000-character segment. The longest common
    # subsequence (which bounds difflib's matched letters) now rules them out first. Counted as matchers built,
    # against the pairs of words the two sides make
    target, source = _anagram_words(2000, 1), _anagram_words(2000, 2)
    built = _matchers_built(tmp_path, ctx, monkeypatch, "The " + " ".join(target) + " came.",
                            "Le " + " ".join(source) + " est venu.")
    assert built * 20 < len(target) * len(source), (built, len(target) * len(source))


def _present_by_difflib(name: str, words: list[str], similar: float) -> bool:
    """What ``likeness.name_present`` answers, by difflib on every word: the reference for the bounds."""
    import difflib

    from mtqa.langs import fold

    key = fold(name)
    return name in words or any(difflib.SequenceMatcher(None, key, fold(w)).ratio() >= similar for w in words)


_LETTERS = "abcdeéfghkmnrst"


@pytest.mark.parametrize("similar", [0.6, 0.75])
def test_the_name_swap_bounds_give_difflib_s_answer_on_random_names(similar):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from mtqa.checks.name_swaps.likeness import FoldedWords, name_present

    word = st.text(alphabet=_LETTERS + _LETTERS.upper(), min_size=1, max_size=14)

    @settings(max_examples=3000, deadline=None, derandomize=True)
    @given(word, st.lists(word, max_size=12))
    def same(name, words):
        assert name_present(name, FoldedWords(words), similar) == _present_by_difflib(name, words, similar)

    same()


def test_the_name_swap_bounds_give_difflib_s_answer_on_anagrams_and_near_copies():
    import random

    from mtqa.checks.name_swaps.likeness import FoldedWords, name_present

    draw = random.Random(30)
    for _ in range(2000):
        base = list(draw.choice(["bcdfghkmnprt", "abcabcabc", "aabbccddee", "Kowalczyk", "Piromalli"]))
        words = []
        for _ in range(draw.randint(1, 10)):
            w = base[:]
            for _ in range(draw.randint(0, 6)):
                i, j = draw.randrange(len(w)), draw.randrange(len(w))
                w[i], w[j] = w[j], w[i]
            if draw.random() < 0.3:
                del w[draw.randrange(len(w))]
            words.append("".join(w).capitalize())
        name = words.pop() if len(words) > 1 else "".join(base)
        for similar in (0.6, 0.75):
            assert name_present(name, FoldedWords(words), similar) == _present_by_difflib(name, words, similar), (name, words)


def _figure_work(monkeypatch, chars: int, source_figure: str, target_figure: str) -> int:
    """Figure comparisons and likeness readings of ``numbers.compare`` on segments repeating one figure."""
    import mtqa.numbers as numbers

    work = []
    matches, digits = numbers.Quantity.matches, numbers._digits
    monkeypatch.setattr(numbers.Quantity, "matches", lambda self, other: work.append(1) or matches(self, other))
    monkeypatch.setattr(numbers, "_digits", lambda q: work.append(1) or digits(q))
    n = chars // (len(source_figure) + 1)
    source = numbers.find_quantities(" ".join([source_figure] * n) + ".", "fr", "en")
    target = numbers.find_quantities(" ".join([target_figure] * n) + ".", "en", "fr")
    work.clear()
    comparison = numbers.compare(source, target)
    assert len(comparison.changed) == n  # each figure changed into the other
    return len(work)


@pytest.mark.parametrize("figures", [("13", "12"), ("12 km", "15 km"), ("1 967", "1,697")])
def test_a_segment_repeating_a_changed_figure_compares_each_figure_with_few_of_the_other_side(monkeypatch, figures):
    # numbers.compare tried every source figure against every target figure, then sorted every pair by likeness:
    # "13 13 13 ..." rendered "12 12 12 ..." took 0.19 s at 500 characters and 3.2 s at 2,000. Counted as the
    # figure comparisons and digit readings it makes
    small, large = (_figure_work(monkeypatch, chars, *figures) for chars in (500, 2000))
    assert large <= 5 * small + 20, (small, large)


def _paired_by_sorting(missing, added):
    """numbers.compare's pairing as it was written: every pair of a family sorted by (-likeness, i, j)."""
    import re

    from mtqa.numbers import _family

    def likeness(q, t):
        a, b = re.sub(r"\D", "", q.text), re.sub(r"\D", "", t.text)
        if not a or not b:
            return 0.0
        return sum(min(a.count(d), b.count(d)) for d in set(a)) / max(len(a), len(b))

    candidates = sorted(((i, j) for i, q in enumerate(missing) for j, t in enumerate(added)
                         if _family(t) == _family(q)), key=lambda ij: (-likeness(missing[ij[0]], added[ij[1]]), ij))
    paired, used = {}, set()
    for i, j in candidates:
        if i not in paired and j not in used:
            paired[i] = j
            used.add(j)
    return paired


def test_figures_are_paired_as_by_sorting_every_pair_on_random_figures():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from mtqa.numbers import Quantity, _pair_alike

    figure = st.builds(lambda text, kind: Quantity(0, len(text), text, 0.0, frozenset(), kind, True),
                       st.text(alphabet="0123456789 ,.h:-٣", max_size=7), st.sampled_from(["number", "time", "date"]))

    @settings(max_examples=3000, deadline=None, derandomize=True)
    @given(st.lists(figure, max_size=14), st.lists(figure, max_size=14))
    def same(missing, added):
        assert _pair_alike(missing, added) == _paired_by_sorting(missing, added)

    same()


_FRENCH_FIGURES = ["12", "13", "1 000", "80 000", "5,6 ans", "2e trimestre", "10-13", "14h30", "2,5 millions", "12 km",
                   "245 km", "244 km", "3 kg", "15 %", "1er janvier 2014", "1992", "M23", "467,4", "1 967", "deux"]
_ENGLISH_FIGURES = ["12", "13", "1,000", "80, 000", "80 000", "five or six years", "5.6 years", "3rd quarter", "10-14",
                    "2:30 pm", "2.5 million", "7.5 miles", "245 km", "244 km", "6.6 pounds", "15%", "January 1, 2014",
                    "1992", "M 23", "476.4", "1,697", "two"]


def test_the_figure_index_answers_as_trying_every_figure_on_random_segments():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from mtqa.numbers import _by_whole, _Figures, find_quantities

    @settings(max_examples=1500, deadline=None, derandomize=True)
    @given(st.lists(st.sampled_from(_FRENCH_FIGURES), max_size=12), st.lists(st.sampled_from(_ENGLISH_FIGURES), max_size=12))
    def same(french, english):
        source = find_quantities(" et ".join(french) + ".", "fr", "en")
        target = find_quantities(", ".join(english) + ".", "en", "fr")
        targets, sources = _Figures(target), _Figures(source)
        for q in source:
            assert targets.match(q, whole=False) == any(q.matches(t) and not _by_whole(q, t) for t in target)
            assert targets.first_whole(q) is next((t.whole for t in target if _by_whole(q, t)), None)
        for t in target:
            assert sources.match(t) == any(t.matches(q) for q in source)

    same()


def test_distinct_figures_are_paired_with_one_and_per_two_digit_groups_not_a_min_per_digit(monkeypatch):
    # the likeness of every source group of digits with every target group of the family summed a min per
    # digit written on either side: 150 distinct five-digit figures a side made about 200,000 min calls
    import builtins
    import random

    from mtqa import numbers

    draw = random.Random(14)
    source = " ".join(str(draw.randint(10_000, 99_999)) for _ in range(150))
    target = " ".join(str(draw.randint(10_000, 99_999)) for _ in range(150))
    missing, added = numbers.find_quantities(source, "fr", "en"), numbers.find_quantities(target, "en", "fr")
    expected = _paired_by_sorting(missing, added)
    calls = []
    monkeypatch.setattr(numbers, "min", lambda *a, **k: calls.append(1) or builtins.min(*a, **k), raising=False)
    assert numbers._pair_alike(missing, added) == expected
    assert len(calls) <= len(missing) + len(added), len(calls)


class _ScanLog:
    """A compiled pattern's stand-in that logs how many characters each ``search`` is given."""

    def __init__(self, pattern, log: list):
        self.pattern, self.log = pattern, log

    def search(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        self.log.append(endpos - pos)
        return self.pattern.search(text, pos, endpos)


def test_the_word_before_each_first_name_is_read_near_it_not_from_the_segment_s_start(ctx, monkeypatch):
    # T107 looked for a capitalised word or a title before each mention of a pope's first name by searching
    # the text from its start up to the mention: "Paris François et ..." at every word after « le pape
    # François » took 0.84 s for one segment at the 2,000-character cap, the square of its length. Counted here
    # as the characters those searches are given, at two sizes of the paragraph
    from mtqa.checks.name_swaps import regnal_forms

    scanned = []
    for name in ("PREV_CAPITAL_WORD", "_PREV_NAME_WORD"):
        monkeypatch.setattr(regnal_forms, name, _ScanLog(getattr(regnal_forms, name), scanned))

    def characters(chars: int) -> int:
        count = chars // 19
        _logged_by_check(ctx, scanned, "Pope Francis spoke. " + "Paris François and " * count + "home.",
                         "Le pape François a parlé. " + "Paris François et " * count + "fin.")
        return sum(scanned)

    small, large = characters(500), characters(2000)
    assert small and large <= 5 * small, (small, large)


def test_one_figure_writing_a_digit_thousands_of_times_does_not_widen_every_likeness(monkeypatch):
    # each group's digits became one integer whose fields are as wide as the most times one figure writes a
    # digit, so an AND cost time with the longest figure: under a raised segment cap the pairing grew with the
    # cube of the length (16,000 characters: 1.5 s against 0.67 s for a count per digit). Past a width the
    # counts are used, with the same pairs.
    import random

    from mtqa import numbers

    draw = random.Random(31)
    source = " ".join(str(draw.randint(10_000, 99_999)) for _ in range(100)) + " " + "0" * 6_000
    target = " ".join(str(draw.randint(10_000, 99_999)) for _ in range(100)) + " " + "0" * 5_999
    missing, added = numbers.find_quantities(source, "fr", "en"), numbers.find_quantities(target, "en", "fr")
    widths = []
    unary_counts = numbers._unary_counts

    def measured(keys):
        out = unary_counts(keys)
        widths.extend(bits.bit_length() for bits, _ in (out or {}).values())
        return out

    monkeypatch.setattr(numbers, "_unary_counts", measured)
    assert numbers._pair_alike(missing, added) == _paired_by_sorting(missing, added)
    assert max(widths, default=0) <= 40_000, max(widths)


def test_a_segment_of_many_clock_times_gives_each_its_reading_without_comparing_every_figure(monkeypatch):
    # each hour and minutes of "at 11 a.m. 10", "23 o'clock 30" get the time as a reading (_Scan.replace):
    # the mention was looked up by comparing it field by field with every figure before it, the square of
    # the segment's figures (counted as Quantity comparisons, not timed)
    from mtqa import numbers

    compared = []
    eq = numbers.Quantity.__eq__
    monkeypatch.setattr(numbers.Quantity, "__eq__", lambda self, other: compared.append(1) or eq(self, other))

    def comparisons(chars: int) -> int:
        unit = "At 11 a.m. 10 the 23 o'clock 30 train left, then 9 a.m. 15 and 4 o'clock 45. "
        compared.clear()
        numbers.find_quantities((unit * (chars // len(unit) + 1))[:chars], "en", "fr")
        return len(compared)

    small, large = comparisons(500), comparisons(2000)
    assert large <= 8 * small + 100, (small, large)


def test_the_name_swap_bounds_give_difflib_s_answer_when_letters_share_a_mask_bit():
    # A letter's mask bit is ord(letter) % 29: ``g`` and ``ø``, ``w`` and ``ł`` share one. Counted together,
    # the shared letters can only be over-counted, so the bound lets through every pair difflib accepts.
    import random

    from mtqa.checks.name_swaps.likeness import FoldedWords, _letter_masks, name_present

    assert _letter_masks("g") == _letter_masks("ø") and _letter_masks("w") == _letter_masks("ł")
    assert _letter_masks("gø") == (_letter_masks("g")[0], (_letter_masks("g")[0],))  # one bit, counted twice
    draw = random.Random(39)
    for _ in range(3000):
        words = ["".join(draw.choice("gøwłab") for _ in range(draw.randint(2, 8))) for _ in range(draw.randint(1, 8))]
        name = "".join(draw.choice("gøwłab") for _ in range(draw.randint(2, 8)))
        for similar in (0.6, 0.75):
            assert name_present(name, FoldedWords(words), similar) == _present_by_difflib(name, words, similar), (name, words)


def test_a_word_s_letter_masks_are_read_once_for_all_the_texts_that_hold_it(monkeypatch):
    # The masks are a function of the word alone: a source word met in many texts is read once per run
    # (a bounded cache), not once per text.
    from mtqa.checks.name_swaps.likeness import FoldedWords, _letter_masks

    table, read = _letter_masks.__self__, []
    compute = table.compute
    monkeypatch.setattr(table, "compute", lambda word: read.append(word) or compute(word))
    word = "kowalczykowa"
    for _ in range(5):
        FoldedWords(["Lundi", word.capitalize(), "Paris"]).letters
    read.clear()
    for _ in range(5):
        FoldedWords(["Mardi", word.capitalize(), "Lyon"]).letters
    assert sorted(read) == ["lyon", "mardi"]  # read once each
