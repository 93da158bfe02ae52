"""Every cache of word facts holds at most mtqa's one word-cache size (:data:`mtqa.langs.cache.WORDS`).

A long run meets ever new names and rare words; a cache bounded above that size grows with the
corpus long after the others have stopped (issue 14: peak memory at a million segments).
"""
from __future__ import annotations

from mtqa.config import Config
from mtqa.context import Context
from mtqa.evidence import Evidence
from mtqa.langs.cache import WORDS
from mtqa.meaning import tokens


def _new_words(n: int) -> list[str]:
    letters = "bcdfghjklmnpqrstvz"
    out = []
    for k in range(n):
        word = "ka"
        while k:
            k, r = divmod(k, len(letters))
            word += letters[r] + "o"
        out.append(word)
    return out


def test_the_meaning_tokens_word_caches_stay_within_the_word_bound():
    words = _new_words(WORDS + 500)
    for w in words:
        tokens.stem(w, "fr")
        tokens.plain(w)
    assert WORDS // 2 <= tokens._stems("fr").held() <= WORDS
    assert tokens.plain.__self__.held() <= WORDS


def test_the_evidence_word_votes_stay_within_the_word_bound():
    ev = Evidence.of(Context(Config()))
    words = _new_words(WORDS + 500)
    for k in range(0, len(words), 50):
        ev.source_votes(" ".join(words[k:k + 50]))
    assert 0 < ev._votes.held() <= WORDS and 0 < len(ev._tested) <= WORDS  # the source votes: a select fact


def test_the_evidence_votes_forget_their_least_recent_half_not_a_word_asked_for_all_along():
    # A word asked for after every 100 new words is voted on once, however many new words pass: the
    # tables keep their most recent half when full (they emptied at once, and voted on it again).
    ev = Evidence.of(Context(Config()))
    voted = []
    ev._votes.compute = lambda low: voted.append(low) or Evidence._vote(ev, low)
    words = _new_words(3 * WORDS)
    for k in range(0, len(words), 100):
        ev.source_votes(" ".join(words[k:k + 100]) + " kinshasa")
        ev.vote("Kinshasa")
    assert voted.count("kinshasa") == 1 and Evidence._vote(ev, "kinshasa") == ev.vote("kinshasa")
    assert len(voted) == len(words) + 1  # every other word voted on once
    assert ev._votes.held() <= WORDS and len(ev._tested) <= WORDS
    assert ev._votes.held() >= WORDS // 2  # at least the recent half is held, whenever the young one turned


def test_a_segment_cache_keeps_one_pass_over_a_system_output_and_no_more():
    from mtqa.langs.cache import RUN_MEMO, SEGMENTS
    from mtqa.numbers import has_decimal

    assert SEGMENTS >= 6_006  # the sources and targets of a 3,003-pair system output: a source is met again
    has_decimal.cache_clear()
    for k in range(20_000):
        has_decimal(f"Le texte numéro {k} de la série.")
    assert has_decimal.cache_info().currsize <= RUN_MEMO


def test_a_word_cache_holds_at_most_16384_words():
    from mtqa.langs.text import fold

    for w in _new_words(40_000):
        fold(w)
    assert fold.cache_info().currsize <= 16_384


def test_a_kept_split_holds_its_offsets_in_four_bytes_each():
    """A run keeps up to two generations of 4,096 splits; their offsets (mostly past 256, so each an int
    object in a list: a pointer and 32 bytes) are an array of 4-byte integers."""
    import sys

    from mtqa.words import TextWords

    text = " ".join(_new_words(400))
    split = TextWords(text)
    assert len(split.words) == 400 and split.offsets[2 * 399 + 1] == len(text)
    assert sys.getsizeof(split.offsets) <= 5 * len(split.offsets) + 128  # an array built from an iterator keeps some room


def test_the_run_memo_keeps_one_empty_frozenset_for_every_empty_answer():
    """Most sentences name no place alone and no demonym: each such answer was its own 216-byte set."""
    from mtqa.langs.cache import RunCache

    memo = RunCache()
    answers = [memo.memo("places", f"Phrase {k}.", frozenset) for k in range(1_000)]
    assert len({id(a) for a in answers}) == 1 and answers[0] == frozenset()
    assert memo.memo("places", "Paris.", lambda: frozenset({"Paris"})) == frozenset({"Paris"})


def test_a_translation_read_for_name_swaps_is_kept_for_its_segment_only():
    from mtqa.api import check_texts

    ctx = Context(Config())
    for k in range(40):
        name = _new_words(k + 1)[-1].capitalize()
        check_texts(f"The mayor {name} met Pierre Brandoux in Lyon on Monday.",
                    source=f"Le maire {name} a rencontré Pierre Brandoux à Lyon lundi.", ctx=ctx)
    memo = ctx.caches._memo
    assert len(memo.get(f"swaps.text.{ctx.target.code}", {})) == 0
    assert len(ctx.resource("swaps.segment_text", dict)) <= 1
    assert len(memo[f"swaps.text.{ctx.source.code}"]) >= 40  # the sources stay in the run memo


def test_a_translation_s_capitalised_words_are_read_once_per_segment_not_again_for_the_document_check(monkeypatch):
    # T110 asks, for every segment of a document after its segment checks, whether every source name is
    # written in the translation: that needs the translation's words only. It rebuilt the translation's
    # name-swap reading (its capitalised words, each tested for a sentence start) for every segment.
    from mtqa.checks.name_swaps import likeness
    from mtqa.api import check_texts

    built = []

    class Counted(likeness.ReadText):
        __slots__ = ()

        def __init__(self, split):
            built.append(split.text)
            super().__init__(split)

    monkeypatch.setattr(likeness, "ReadText", Counted)
    lines = [_new_words(k + 1)[-1].capitalize() for k in range(12)]
    source = "\n".join(f"Le maire {w} a rencontré Pierre Brandoux à Lyon lundi." for w in lines)
    target = "\n".join(f"The mayor {w} met Pierre Brandoux in Lyon on Monday." for w in lines)
    check_texts(target, source=source, ctx=Context(Config()))
    translations = [t for t in built if t.startswith("The mayor")]
    assert len(translations) == len(set(translations)) == len(lines), translations


def _container_bytes(obj, seen=None) -> int:
    """Bytes of the dicts, lists, tuples and slotted objects reachable from ``obj`` (strings and ints, the
    same words and masks either way, left out)."""
    import sys

    seen = set() if seen is None else seen
    if id(obj) in seen or isinstance(obj, (str, int)):
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        return size + sum(_container_bytes(k, seen) + _container_bytes(v, seen) for k, v in obj.items())
    if isinstance(obj, (list, tuple)):
        return size + sum(_container_bytes(v, seen) for v in obj)
    return size + sum(_container_bytes(getattr(obj, s), seen) for s in type(obj).__slots__)


def test_a_source_texts_letter_masks_take_under_80_bytes_a_word_beside_its_words():
    import difflib
    import random

    from mtqa.checks.name_swaps.likeness import FoldedWords, SIMILAR, name_present
    from mtqa.langs import fold

    words = _new_words(300) + [w.capitalize() for w in _new_words(40)]
    text = FoldedWords(words)
    letters = text.letters
    assert _container_bytes(letters) <= 80 * len(text.folded)  # on cfdddef: 169 a word (a dict of bits, 2 tuples a word)
    rng = random.Random(31)
    for _ in range(200):  # the compact masks give difflib's answer
        name = "".join(rng.choice("kabocodofogo") for _ in range(rng.randint(3, 9)))
        expected = any(difflib.SequenceMatcher(None, fold(name), w).ratio() >= SIMILAR for w in text.folded)
        assert name_present(name, text) is expected


def test_kept_splits_share_a_word_met_in_another_text_and_the_sharing_stays_within_the_word_bound():
    # 200 texts of 50 words drawn from 300: one string per distinct word among all the kept splits (a
    # copy per text before); past WORDS distinct words the sharing table starts afresh, never bigger.
    from mtqa.words import Splits

    splits = Splits()
    vocabulary = _new_words(300)
    texts = [" ".join(vocabulary[(7 * k + j) % 300] for j in range(50)) for k in range(200)]
    kept = [splits(t) for t in texts]
    strings = {id(w) for split in kept for w in split.words}
    assert len(strings) == len({w for split in kept for w in split.words}) == 300
    new = _new_words(WORDS + 1000)
    for k in range(0, len(new), 100):
        splits(" ".join(new[k:k + 100]))
    assert 0 < len(splits._words) <= WORDS


def test_the_evidence_token_lists_stay_within_their_bound_and_keep_a_text_asked_for_again_soon():
    # 6,000 texts tokenised once each: at most TOKENS_KEPT (256) lists are held (4,096 before, the top of a
    # sawtooth of ~16 MB on a growing corpus; then 2,048, ~4.6 MB, and 1,024); a text asked for again after 100
    # others (a source met again by another check of a later document) is tokenised once (it was again after
    # every emptying). A growing corpus asks again within 16 texts.
    from mtqa.evidence import TOKENS_KEPT

    ev = Evidence.of(Context(Config()))
    made = []
    real = ev._tokenise
    ev._tokenise = lambda text, names: made.append(text) or real(text, names)
    words = _new_words(6000)
    held = 0
    for k, word in enumerate(words):
        ev.tokens(f"Le {word} est parti.")
        if k % 100 == 99:
            ev.tokens("Le kinshasa est parti.")
        held = max(held, ev._tokens.held() if hasattr(ev._tokens, "held") else len(ev._tokens))
    assert held <= TOKENS_KEPT <= 256
    assert made.count("Le kinshasa est parti.") == 1 and len(made) == len(words) + 1


def test_the_caches_of_source_analyses_hold_one_system_pass_of_sources_not_two():
    """Five segment caches whose only repeats are a source met again one system output later held 8,192
    texts; replayed on WMT14 and a growing vocabulary, 4,096 lose under 0.5 % of their hits."""
    from mtqa import numbers
    from mtqa.checks import formats
    from mtqa.checks.meaning import shared
    from mtqa.checks.name_swaps import name_words, translated_as_words
    from mtqa.langs.cache import SEGMENTS, SOURCES

    assert SOURCES < SEGMENTS
    numbers.digit_starts.cache_clear()
    for k in range(SEGMENTS + 100):  # distinct texts, each with a figure
        numbers.digit_starts(f"Le texte {k} compte {k} mots.")
    assert numbers.digit_starts.cache_info().currsize == SOURCES
    for cached in (shared.source_negations, translated_as_words._address_in):
        assert cached.cache_info().maxsize == SOURCES
    from mtqa.langs.cache import LARGE_TEXTS

    assert formats._resolved.cache_info().maxsize == LARGE_TEXTS  # only the texts with figures ask
    from mtqa.context import Context

    src = Context().source
    for k in range(SOURCES + 100):  # the name words' own table (asked with the run's split where a caller has it)
        name_words.name_words(f"Le texte {k} cite Zorbanek.", src)
    assert len(name_words._NAME_WORDS) <= SOURCES
    assert name_words.name_words(f"Le texte {SOURCES + 99} cite Zorbanek.", src)[0][2] == "Zorbanek"


def test_a_memo_table_given_its_own_bound_keeps_at_most_that_many_entries():
    from mtqa.langs.cache import RUN_MEMO, RunCache

    memo = RunCache()
    for k in range(3_000):
        memo.memo("small", f"Phrase {k}.", lambda k=k: k, bound=1_000)
        memo.memo("default", f"Phrase {k}.", lambda k=k: k)
    assert len(memo._memo["small"]) <= 1_000 and len(memo._memo["default"]) == min(3_000, RUN_MEMO)
    assert memo.memo("small", "Phrase 2999.", lambda: -1) == 2_999  # the newest are kept


def test_the_analyses_of_a_source_sentence_alone_are_bounded_by_one_system_output_of_sources():
    """A source analysis's repeats are the next system's translation of the same source: SOURCE_MEMO
    entries hold them, where RUN_MEMO let the kinds that few sentences ask for (a sentence's dictionary
    translations, its pieces) keep growing for 100,000 segments of a growing vocabulary."""
    from mtqa.api import check_texts
    from mtqa.langs.cache import SOURCE_MEMO, RunCache

    bounds = {}
    real = RunCache.memo

    def memo(self, kind, key, factory, bound=None, args=()):
        bounds[kind] = bound
        return real(self, kind, key, factory, args=args) if bound is None else \
            real(self, kind, key, factory, bound, args=args)

    ctx = Context(Config())
    ctx.memo = memo.__get__(ctx.caches)
    check_texts("The Czech mayor Tomas Dvorak met the Brandoux-Lyonnais in Leeds on Monday with Mr Pierre Martin, "
                "the Lyonnais President Anne Leroy and the Clermontois.",
                source="Le maire tchèque Tomas Dvorak a rencontré les Brandoux-Lyonnais à Leeds lundi avec "
                       "M. Pierre Martin, la présidente lyonnaise Anne Leroy et les Clermontois.", ctx=ctx)
    source_kinds = {k for k in bounds if k.startswith(("names.pair_screen", "demonyms.", "T201.", "T105.may_report",
                                                            "swaps.alike_words"))}
    assert source_kinds and all(bounds[k] == SOURCE_MEMO for k in source_kinds), bounds


def test_the_words_of_a_source_sentence_read_for_name_swaps_are_bounded_as_a_large_analysis():
    """name_swaps keeps a source sentence's words, folded words and capitals (~3.4 kB) for every system that
    translates it: LARGE_TEXTS of them (the sources some check asks about), not SOURCE_MEMO nor RUN_MEMO."""
    from mtqa.checks.name_swaps import likeness
    from mtqa.langs.cache import LARGE_TEXTS, SOURCE_MEMO

    assert LARGE_TEXTS < SOURCE_MEMO
    ctx = Context(Config())
    for k in range(LARGE_TEXTS + 50):
        likeness.read_text(f"Le maire de Brandouville a reçu {k} visiteurs lundi.", ctx, ctx.source.code)
    assert LARGE_TEXTS // 2 < len(ctx.caches._memo[f"swaps.text.{ctx.source.code}"]) <= LARGE_TEXTS


def test_the_source_languages_name_mentions_are_bounded_as_a_large_analysis():
    """The source language's mentions are asked of source sentences only: LARGE_TEXTS of them (~1.2 kB each);
    the target's (a translation, asked again by its own segment's checks, rarely after) TRANSLATION_MEMO, not
    RUN_MEMO."""
    from mtqa.langs.cache import LARGE_TEXTS, TRANSLATION_MEMO
    from mtqa.names.mentions import segment_mentions

    ctx = Context(Config())
    for k in range(max(LARGE_TEXTS, TRANSLATION_MEMO) + 50):
        segment_mentions(f"Le maire Paul Brandou a reçu {k} visiteurs à Lyon.", ctx.source, ctx)
        segment_mentions(f"Mayor Paul Brandou welcomed {k} visitors in Lyon.", ctx.target, ctx)
    memo = ctx.caches._memo
    assert LARGE_TEXTS // 2 < len(memo[f"names.mentions.{ctx.source.code}"]) <= LARGE_TEXTS
    assert TRANSLATION_MEMO // 2 < len(memo[f"names.mentions.{ctx.target.code}"]) <= TRANSLATION_MEMO


def test_the_facts_of_the_few_words_a_check_looks_at_hold_some_words_not_every_word():
    """A name's English form, its exonym respellings, a doubted source word's root, translations and vote, a
    figure's values: each cache keeps SOME_WORDS entries (its repeats come within a system output), not WORDS."""
    from mtqa.checks import casing, nonwords, source_leak
    from mtqa.langs import false_friend_lexicon as ffl
    from mtqa.langs import freedict
    from mtqa.langs.cache import SOME_WORDS
    from mtqa.names import exonym_forms
    from mtqa.names import translit
    from mtqa import numbers

    assert SOME_WORDS < WORDS
    caches = [exonym_forms.respelt, exonym_forms.respelt_adjective, freedict._lookup, nonwords.source_root,
              casing._countable, numbers._values, numbers._spells_a_word, ffl._pieces_in,
              source_leak.accented_loanword, translit.romanisation_key,
              translit.transliterator("fr", "en").english_form, source_leak._make_lexicon_vote("fr", "en")]
    assert all(c.cache_info().maxsize == SOME_WORDS for c in caches)
    names = [w.capitalize() for w in _new_words(SOME_WORDS + 300)]
    form = translit.transliterator("fr", "en").english_form
    for name in names:
        form(name)
    assert form.cache_info().currsize == SOME_WORDS


def test_a_source_figure_reading_keeps_one_newstests_sources_not_two_system_outputs():
    """The figures of a text (and its codes, its source values, its figures with units) are read again only
    for the same text within its segment or a source met again one system output later: they keep
    :data:`~mtqa.langs.cache.SOURCES` texts, not :data:`~mtqa.langs.cache.SEGMENTS` (quantities_of held
    ~12 MB at 8,192 on a growing corpus)."""
    from mtqa.checks.formats import _source_values
    from mtqa.checks.meaning.units import _figures_with_units
    from mtqa.langs.cache import LARGE_TEXTS, SOURCES
    from mtqa.numbers import codes_of, quantities_of

    readers = (lambda t: quantities_of(t, "fr", "en"), codes_of, lambda t: _source_values(t, ","),
               lambda t: _figures_with_units(t, "fr", "en"))
    caches = (quantities_of, codes_of, _source_values, _figures_with_units)
    for cache in caches:
        cache.cache_clear()
    for k in range(SOURCES + 600):
        text = f"Le chantier {k} a coûté {k + 3} millions d'euros et duré {k % 7 + 2} ans."
        for read in readers:
            read(text)
    assert all(0 < cache.cache_info().currsize <= SOURCES for cache in caches)
    # ~1.4 kB a text's quantities; the other readings only texts with figures ask for: LARGE_TEXTS of them
    assert all(cache.cache_info().currsize <= LARGE_TEXTS for cache in (quantities_of, _source_values, _figures_with_units))


def test_a_source_s_names_read_for_lowered_copies_are_kept_for_few_sources():
    """lowered_names' screen (kept per source) reads a source's names once; only a translation holding one of
    their forms reads them again: FEW_SOURCES of them."""
    from mtqa.checks import lowered_names
    from mtqa.langs.cache import FEW_SOURCES

    lowered_names._source_names.cache_clear()
    for k in range(FEW_SOURCES + 300):
        lowered_names._lowered_forms((f"Le maire de Brandouville{k} a reçu Paul Durand{k} lundi.",))
    assert FEW_SOURCES // 2 < lowered_names._source_names.cache_info().currsize <= FEW_SOURCES


def _bound_recording_context() -> tuple[Context, dict[str, set]]:
    """A run context whose memo records, per kind, the bounds the checks ask it with (and then answers as
    usual)."""
    from mtqa.langs.cache import RUN_MEMO

    bounds: dict[str, set] = {}
    ctx = Context(Config())
    real = ctx.memo

    def memo(kind, key, factory, bound=RUN_MEMO, args=()):
        bounds.setdefault(kind, set()).add(bound)
        return real(kind, key, factory, bound, args=args)

    ctx.memo = memo
    return ctx, bounds


def test_a_seldom_asked_source_analysis_keeps_few_sources():
    """``fragments.pieces`` (a source's lower-cased pieces), ``swaps.translations`` (its words' dictionary
    translations), A205's and casing's source words are asked for by few segments and hold up to ~3.9 kB a
    source: their memo tables are bounded by
    :data:`~mtqa.langs.cache.FEW_SOURCES`, not left to fill towards :data:`~mtqa.langs.cache.SOURCE_MEMO`
    over hundreds of thousands of segments; those only a rare translation asks for by
    :data:`~mtqa.langs.cache.RARE_SOURCES`."""
    from mtqa.api import check_texts
    from mtqa.langs.cache import FEW_SOURCES, RARE_SOURCES, SOURCE_MEMO

    assert RARE_SOURCES < FEW_SOURCES < SOURCE_MEMO
    ctx, bounds = _bound_recording_context()
    check_texts("The mayor of Lyon signed the deal2012 avec Hungary on Monday.",
                source="Le maire de Lyon a signé l'accord de 2012 avec la Hongrie lundi.", ctx=ctx)
    check_texts("According to Smithwick, the plan failed.", source="Selon Durandeau, le plan a échoué.", ctx=ctx)
    check_texts("The party Avenir won the Franco-German vote in Lyon on Monday.",
                source="Le parti Avenir a gagné le vote franco-allemand à Lyon lundi.", ctx=ctx)
    check_texts("Prices of Gas rose sharply in March.\nThe price of gas fell in April.",
                source="Les prix du gaz ont fortement augmenté en mars.\nLe prix du gaz a baissé en avril.", ctx=ctx)
    for kind in ("fragments.compounds", "casing.capitalised", "casing.mid_capitals"):
        assert bounds.get(kind) == {FEW_SOURCES}, kind
    for kind in ("fragments.pieces", "swaps.translations", "A205.common_in_source", "A205.source_letters",
                 "A205.after_capital_article"):
        assert bounds.get(kind) == {RARE_SOURCES}, kind


def test_the_name_swap_readings_of_the_few_sources_with_a_name_are_bounded_by_few_sources():
    """T105's and the swap checks' readings of a source's names (its first names, kept words, towns and persons;
    its determined names, places standing alone, unknown names, name slots, names beside names) are asked only
    for a source with a name to read: on WMT14's first 12,012 pairs at most 873 distinct sources each, so
    FEW_SOURCES keeps every repeat, where SOURCE_MEMO let them fill over a long run of new sources."""
    from mtqa.api import check_texts
    from mtqa.langs.cache import FEW_SOURCES

    ctx, bounds = _bound_recording_context()
    check_texts("The Czech mayor Tomas Dvorak met the Brandoux-Lyonnais in Leeds on Monday with Mr Pierre Martin, "
                "the Lyonnais President Anne Leroy and the Clermontois.",
                source="Le maire tchèque Tomas Dvorak a rencontré les Brandoux-Lyonnais à Leeds lundi avec "
                       "M. Pierre Martin, la présidente lyonnaise Anne Leroy et les Clermontois.", ctx=ctx)
    check_texts("Yesterday Martin told the Dupont that Lyon and Nantes would sign.",
                source="Hier, le Martin a dit aux Dupont que Lyon et Nantes signeraient.", ctx=ctx)
    kinds = ("T105.first_names", "T105.kept_words", "T105.towns", "T105.persons", "swaps.determined",
             "swaps.opening_determined", "swaps.places_alone", "swaps.unknown", "swaps.slots", "swaps.beside")
    asked = [kind for kind in kinds if kind in bounds]
    assert len(asked) >= 5, bounds
    for kind in asked:
        assert bounds[kind] == {FEW_SOURCES}, kind


def test_a_word_fact_of_every_token_costs_its_dict_slot_not_an_lru_link():
    # A word fact every token asks (a Language's frequency and dictionary answers, a word's plain form and
    # letter masks) fills its bound on a long run of news: what an entry costs beside its word is what the
    # table holds at that bound. An LRU entry adds a 56-byte link object to its dict slot; a word memo
    # (two generations of a dict) holds the slot alone.
    import tracemalloc

    from mtqa.checks.name_swaps.likeness import _letter_masks
    from mtqa.langs import language
    from mtqa.langs.cache import TwoGenerations, word_memo

    lang = language("en")
    for fact in (lang.zipf, lang.zipf_folded, lang.in_dictionary, lang.is_common_word, lang.has_proper_stem,
                 lang.common_spelling, lang.is_finite_verb_form, tokens.plain, _letter_masks):
        assert isinstance(fact.__self__, TwoGenerations) and fact.__self__.half * 2 == WORDS
    words = _new_words(6000)
    fact = word_memo(WORDS)(lambda word: len(word) > 9)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for w in words:
            fact(w)
        per_word = (tracemalloc.get_traced_memory()[0] - before) / len(words)
    finally:
        tracemalloc.stop()
    assert fact.__self__.held() == len(words) and [fact(w) for w in words[:3]] == [len(w) > 9 for w in words[:3]]
    assert per_word < 60  # ~30-45 bytes a word (the dict's slot, amortised); an LRU cache of the same: ~110


def _memo_bounds_of_name_checks() -> dict[str, set]:
    """The bound each memo kind is asked with while the name checks read a few translations of names."""
    from mtqa.api import check_texts

    ctx, bounds = _bound_recording_context()
    for target, source in (
            ("The minister Peter Dupond met John Smith in Paris.",
             "Le ministre Pierre Dupont a rencontré Jean Martin à Paris."),
            ("Mr Pierre Durand said that Mr Jacques Blanc would come.",
             "M. Pierre Durand a dit que M. Jacques White viendrait.")):
        check_texts(target, source=source, ctx=ctx)
    return bounds


def test_an_analysis_of_a_translation_s_names_keeps_translation_memo_entries_not_run_memo():
    """A translation's name renderings (T103/T104) and its name-swap reading (T106/T110) are asked again by
    the checks of its own segment, and rarely after: :data:`~mtqa.langs.cache.TRANSLATION_MEMO` of them, not
    :data:`~mtqa.langs.cache.RUN_MEMO` entries of ~1 kB that a long run of new translations never reads again."""
    from mtqa.langs.cache import RUN_MEMO, TRANSLATION_MEMO

    assert TRANSLATION_MEMO < RUN_MEMO
    bounds = _memo_bounds_of_name_checks()
    for kind in ("names.renderings", "swaps.segment"):
        assert bounds.get(kind) == {TRANSLATION_MEMO}, (kind, bounds.get(kind))


def test_the_words_of_a_text_read_for_a_changed_name_keep_few_texts():
    """``names.words`` (a text's tokens, ~3.3 kB) is asked for a few texts, a changed person's name or a glued
    word: bounded at :data:`~mtqa.langs.cache.RARE_SOURCES`, where at RUN_MEMO it was still filling after a
    million segments of a growing vocabulary."""
    from mtqa.langs.cache import RARE_SOURCES

    assert _memo_bounds_of_name_checks().get("names.words") == {RARE_SOURCES}


def test_a_memo_answers_a_stored_falsy_value_and_builds_each_key_once_at_and_past_its_bound():
    # a miss is told from a stored value by a sentinel, not by the value: None, 0 and "" are answers too
    from mtqa.langs.cache import RunCache

    memo = RunCache()
    built = []
    for key in [0, 1, 2, 0, 1, 2]:
        assert memo.memo("falsy", key, lambda key=key: built.append(key) or [None, 0, ""][key], bound=8) == [None, 0, ""][key]
    assert built == [0, 1, 2]
    for key in range(100):  # past its bound the table drops its oldest quarter, never holds more
        memo.memo("bounded", key, lambda key=key: key * 2, bound=8)
        assert len(memo._memo["bounded"]) <= 8
    assert memo.memo("bounded", 99, lambda: -1, bound=8) == 198  # the newest kept


def test_a_run_resource_is_built_once_from_the_arguments_its_caller_passes():
    from mtqa.langs.cache import RunCache

    caches = RunCache()
    made = []

    def factory(a, b):
        made.append((a, b))
        return object()

    first = caches.resource("r", factory, 1, "x")
    assert caches.resource("r", factory, 2, "y") is first and made == [(1, "x")]
    assert caches.resource("plain", list) == []  # a factory without arguments, as before


def test_the_evidence_keeps_the_words_of_one_documents_texts_not_a_system_output():
    """The evidence's words of a text (~2.2 kB with their sets) are asked again by the checks of its segment and
    its document: WORDS_CACHE_SIZE (512) texts, a document of 256 segments, not 2,048 (~4.5 MB for five
    repeats on WMT14's 24,024 pairs)."""
    from mtqa import evidence

    assert evidence.WORDS_CACHE_SIZE == 512
    ev = Evidence.of(Context(Config()))
    for k, word in enumerate(_new_words(2_000)):
        ev.words(f"Le {word} est parti.")
        assert len(ev._words) <= evidence.WORDS_CACHE_SIZE
    assert ev.words("Le kinshasa est parti.") == ["Le", "kinshasa", "est", "parti"]


def test_the_glued_and_non_word_readings_of_a_token_are_word_tables_of_the_word_bound():
    """F101's and F201's token readings are asked of nearly every new word of a translation: each is a
    two-generation word table (a token and its slot an entry) of at most WORDS tokens, one per language pair and
    thresholds, not an LRU cache keyed by the token with the languages (a key tuple and a link more per token)."""
    from mtqa.checks import glued, nonwords
    from mtqa.langs.cache import TwoGenerations

    ctx = Context(Config())
    words = _new_words(WORDS + 500)
    for w in words:
        glued.split_glued(w, ctx.target, ctx.source, 3.0, 1.5)
        nonwords._unknown(w, 1.0, frozenset({"l", "d"}), ctx.target)
    tables = (glued._glued_readings(ctx.target, ctx.source, 3.0, 1.5),
              nonwords._unknown_words(1.0, frozenset({"l", "d"}), ctx.target))
    assert all(isinstance(t, TwoGenerations) and WORDS // 2 <= t.held() <= WORDS for t in tables)
    assert words[-1] in tables[0] and words[-1] in tables[1]  # the newest tokens are held
    assert nonwords._unknown(words[-1], 1.0, frozenset({"l", "d"}), ctx.target) is True  # a word of no language


def test_the_lexical_model_s_stem_weights_keep_weights_kept_stems_a_side_not_every_stem_met():
    """A model's stem weights were one dict for the life of the process, filled by every stem a run met (both
    frequency tables at most, ~5 MB with their key tuples) and still growing past 100,000 growing pairs: each
    side now keeps :data:`~mtqa.langs.lexmodel.WEIGHTS_KEPT` stems in two generations, with the same answers."""
    from mtqa.langs.lexmodel import WEIGHTS_KEPT, LexModel, Senses, _idf

    stems = _new_words(3 * WEIGHTS_KEPT)
    source_freq = {w: k % 50 for k, w in enumerate(stems[::2])}
    model = LexModel(100_000, {}, Senses({}), source_freq, {"council": 40, "vote": 3})
    for w in stems:
        assert model.source_weight(w) == _idf(source_freq.get(w, 0), 100_000)
    assert model.target_weight("council") == _idf(40, 100_000) < model.target_weight("vote")
    source, target = model._weight_memo
    assert WEIGHTS_KEPT // 2 <= source.held() <= WEIGHTS_KEPT and target.held() == 2
    assert stems[-1] in source  # the latest stem is kept, the first ones forgotten
    assert stems[0] not in source and stems[0] not in source.old


def test_the_names_a_source_document_writes_after_a_title_keep_rare_sources_documents():
    """``regnal_forms._titled_names`` is keyed by a whole source document (~5.9 kB an entry with its texts) and
    asked only for the documents whose translation needs it: at FEW_SOURCES it filled slowly and still grew past
    100,000 growing pairs. It keeps :data:`~mtqa.langs.cache.RARE_SOURCES` documents, and past them no more."""
    from mtqa.checks.name_swaps.regnal_forms import _titled_names
    from mtqa.langs.cache import RARE_SOURCES

    titles = frozenset({"pape", "roi"})
    _titled_names.cache_clear()
    for k, name in enumerate(_new_words(RARE_SOURCES + 40)):
        doc = (f"Le pape {name.capitalize()} a reçu le maire.", f"Le texte {k} a été voté lundi.")
        assert _titled_names(doc, titles) == frozenset({name})
    assert _titled_names.cache_info().currsize == RARE_SOURCES
    _titled_names.cache_clear()


def test_a_memo_calls_its_factory_with_the_args_given():
    """memo(..., args=...): the caller passes a function it has and its arguments, no lambda made per ask; a
    key asked again is not built again."""
    from mtqa.langs.cache import RunCache

    memo = RunCache()
    built = []

    def frames(text, lang):
        built.append((text, lang))
        return (text.lower(), lang)

    assert memo.memo("frames", ("fr", "Il estime que"), frames, args=("Il estime que", "fr")) == ("il estime que", "fr")
    assert memo.memo("frames", ("fr", "Il estime que"), frames, args=("Il estime que", "fr")) == ("il estime que", "fr")
    assert built == [("Il estime que", "fr")]
