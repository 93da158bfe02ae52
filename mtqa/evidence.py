"""Word-level evidence of which of two languages a stretch of text is in.

Language identification works on sentences; it is unreliable on a phrase or
a single word, and it is fooled by proper names (``Tour de France``,
``Laurence des Cars``, ``Le Baiser de la femme araignée``), which a French to
English translation keeps in French on purpose. This module gives each word a
vote instead, from evidence that works on short text:

* the closed-class words and elisions of each language (language profiles);
* wordfreq Zipf frequencies of the word in both languages (a word frequent in
  the source language and rare in the target language is source evidence);
* letters the target language does not write (``é`` in an unknown word).

and marks the words that must not count: words inside quotation marks (titles
of works, quoted speech), capitalised words (names), name particles directly
before a capitalised word (``de`` in ``Rue de Rivoli``) and phrases the target
language has borrowed (``joie de vivre``). The checks of
:mod:`mtqa.checks.source_leak` and :mod:`mtqa.checks.untranslated` read these
votes; nothing here knows French or English, only the two profiles.

API: ``Evidence.of(ctx)`` (one per run), ``Evidence.tokens(text)`` ->
list of :class:`Token`, ``Evidence.tally(tokens)`` -> (source, target) counts.
Cheap screens for the checks, computed once per text and shared:
``Evidence.words(text)`` (the text's words: the run's one split of it, see
:mod:`mtqa.words`), ``Evidence.source_votes(text)``,
``Evidence.select(text, fact, test)`` (the words of a text passing a per-word
test, decided once per word) and ``Evidence.names(texts)``. The exemption the
word checks (F201, A203, A205) share for a lower-case word the translation
keeps inside a name as the source writes it is :func:`in_source_name`.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from operator import methodcaller
from typing import Callable, Optional

from mtqa.langs import Language, at_sentence_start, fold, language_pair
from mtqa.langs.cache import WORDS, TwoGenerations, drop_oldest_quarter
from mtqa.langs.data import alternation, data_toml
from mtqa.langs.text import fold_text
from mtqa.records import record
from mtqa.regexcache import transient
from mtqa.words import NEXT_WORD_RE, WORD_RE, Splits

SOURCE, NEUTRAL, TARGET = 1, 0, -1

# Quoted stretches: titles of works and quoted speech are not judged.
# ASCII single quotes open after a non-word character and close before one;
# an apostrophe followed by a letter inside (L'Éveil) does not close.
QUOTE_RE = re.compile(
    r"\"[^\"\n]*\"|“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]|‘(?:[^’\n]|’(?=\w))*’"
    r"|(?<![\w'’])'(?=[^\s'])(?:[^'\n]|'(?=\w))*?(?<=\S)'(?!\w)"
)
_SENTENCE_GAP = re.compile(r"[.!?:;…\"“«(\[—–]")
_COMPOUND = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")
"""A word of letters joined by hyphens to others (``pince-nez``), as a dictionary would list it."""
_JOIN_GAP = re.compile(r"^[ \u00a0\-'’]*$")

# Zipf thresholds (wordfreq's scale: 3 = once per million words). A word is
# target-language evidence when it is common in the target (>= TARGET_ZIPF) and
# not much more common in the source; source evidence when it is common in the
# source (>= SOURCE_ZIPF) and at least SOURCE_GAP more frequent there. Chosen on
# the WMT14 reference and system outputs (bench/wmt_flags.py --select A2).
TARGET_ZIPF = 3.0
TARGET_MARGIN = 1.0
SOURCE_ZIPF = 2.5
SOURCE_GAP = 2.0
# A target function word at least this frequent in the source language too
# (English "a", "on", "me" are French "has", "one", "me") votes for neither.
AMBIGUOUS_ZIPF = 5.0
# A word with a letter the target does not write counts as source evidence
# when the target language barely knows it (loanwords like café are known).
SPECIAL_LETTER_MAX_TARGET_ZIPF = 2.0
# Lower-case words read as the rest of a name after a capitalised word.
NAME_CONTINUATION = 8
# Words' votes kept (in two generations: the least recent half is forgotten, see TwoGenerations), and
# the word sets tested against the facts kept before they are forgotten at once: mtqa's word-cache
# size, as every other cache of word facts (200,000 held ~60 MB more on a corpus of
# many new names; WMT14's 24,000 pairs ask about fewer than 16,000 distinct words).
VOTE_CACHE_SIZE = WORDS
# Precomputed votes (see Evidence._precomputed_votes): the first PRECOMPUTED_WORDS words of each language's
# frequency list (wordfreq's order, most frequent first; ~86,000 distinct words for French and English), voted
# once into the compiled cache, and read only after PRECOMPUTED_AFTER words of the run were voted on: a short
# run (one line, an article) never opens the table (a 2.4 MB packed file, mapped: 13-17 ms to key and open,
# ~1 us a lookup; stop 37), a long one asks most of its words' votes of it instead of computing each (~17 us
# a word: two frequency lookups and the tests below).
PRECOMPUTED_WORDS = 50_000
PRECOMPUTED_AFTER = 3_000
# Prebuilt word facts (see Evidence._prebuilt_facts): the first PREBUILT_FACT_WORDS words of each language's
# frequency list, lower-case and capitalised (~105,000 forms for French and English), tested once against every
# fact the run's checks gave Evidence.select, into one table of the compiled cache, read only after
# PREBUILT_FACTS_AFTER words were tested: a short run never opens it, nor builds it (~25 s of CPU on a slow
# core, once per change of mtqa's code or data and of the facts a run asks). On WMT14's 24,024 pairs 12,760 of
# the 15,826 words select tests are such forms (13,858 at 50,000 words a list, for a table 1.6 times larger).
PREBUILT_FACT_WORDS = 30_000
PREBUILT_FACTS_AFTER = 3_000
# ...but a table an earlier run stored is opened from STORED_AFTER words tested (and the precomputed votes from
# STORED_AFTER words voted), never built there: a long run's words from the 500th to the 3,000th were each tested
# in Python (~100 us on a slow core) for a table on disk (~2 us a lookup). Not from the first word: keying and
# opening a table costs 13-17 ms, more than a one-line check or a short article tests in all (the same bound as
# the disk tables' mapping, DiskTable.PACKED_AFTER). Probed again only when the run's facts changed since.
STORED_AFTER = 500
# Texts whose source-vote counts and name sets are kept (forgotten at once when full).
TOKEN_CACHE_SIZE = 4096
# Token lists kept, in two generations (see TwoGenerations): the repeats of tokens() are the other checks of
# the same segment and, on WMT's order (system after system), a source met again one system later. Measured
# (distinct texts tokenised in between): on 12,000 growing-vocabulary pairs every repeat within 16; on the
# 24,024 WMT14 pairs (the eight systems in one run) 90 % within 16, and 2,302 lists made for 2,289 texts
# whether 1,024 or 2,048 are kept (stop 37: the same 13 repeats lost at either bound). Each list is
# ~40 Tokens (~4 KB): emptied at once at 4,096 lists, the table's top held ~16 MB on a growing corpus; at
# 2,048 lists ~4.6 MB. Replaying the table's key stream (bench/memo_bounds.py, stop 56): on WMT14's 24,024 pairs
# 2,180 lists made at 256 against 2,164 at 1,024 (+16 of 4,703 asks), on 30,000 growing pairs 2,035 against
# 2,032, where a census of those pairs (bench/memory_census.py) found 1,010 lists holding 4.7 MB at 1,024.
TOKENS_KEPT = 256
# Word lists per text (the words, their set and the sets read off them, ~2.2 kB a text in a census of 30,000
# growing pairs): kept for the checks of one document (its segment and document checks), up to a document of
# 256 segments, whose texts' words a document check reads again. Replaying the table's key stream
# (bench/memo_bounds.py): on WMT14's 24,024 pairs 25,557 entries made at 256 or 1,024 against 25,552 at 2,048
# (of 247,289 asks), on 30,000 growing pairs 37,176 against 37,171 (of 335,193): at 2,048 it held ~4.5 MB for
# five repeats. An entry made again is the text's kept split read again (its words), so a longer document
# costs a few microseconds a text, not another answer.
WORDS_CACHE_SIZE = 512
# Name sets per text: small, and kept long enough for a source sentence to be found again after a
# pass over a 3,000-pair system output (its ~6,000 source and target texts).
NAMES_CACHE_SIZE = 8192
_SOURCE_VOTE = ("source vote",)
"""The :meth:`Evidence.select` fact of a word voting for the source language (:meth:`Evidence.source_votes`)."""


@record(slots=True, unsafe_hash=True)  # not frozen: a frozen init costs 5x (one per word)
class Token:
    """A word of a segment with its language vote and its role in the sentence."""

    start: int
    end: int
    text: str
    vote: int
    """SOURCE, NEUTRAL or TARGET for the lower-cased word."""
    function: bool
    """A closed-class word or elision of the source language."""
    capital: bool
    """Upper-case first letter (after an elided prefix: D'Elon -> Elon)."""
    initial: bool
    """First word of a sentence, where a capital says nothing about names."""
    quoted: bool
    particle: bool
    """A source name particle directly before a capitalised word (Tour *de* France)."""
    borrowed: bool
    """Inside a phrase the target language has borrowed (joie de vivre)."""
    elided: str
    """The elided prefix as written (``D`` of ``D'Elon``), or ''."""

    in_name: bool = False
    """A lower-case word continuing a name (Commission *scolaire de la* Région)."""
    address: bool = False
    """Inside a web or mail address, a handle or a hashtag (``http://www.ville-saint-denis.fr``): spelt as it
    is, whatever language its words are in (:func:`in_address`)."""

    @property
    def name_like(self) -> bool:
        """Part of a proper name: capitalised mid-sentence, a particle, or a name's continuation."""
        return (self.capital and not self.initial) or self.particle or self.in_name

    @property
    def counted(self) -> bool:
        """Whether the word is judged at all (not quoted, not a name, not borrowed)."""
        return not (self.quoted or self.name_like or self.borrowed or self.address)


def _phrase_pattern(phrase: str) -> str:
    """A pattern for a borrowed phrase, either apostrophe; a phrase of several words also matches
    without its accents, as the target language often writes it (``coup d'etat``, ``creme brulee``,
    ``the coup d'Etat``). A single word keeps them: ``departement`` without its accent is no
    borrowing but the source's word left in. A space and a hyphen between words match either,
    since English hyphenates a borrowed phrase used before a noun (``a fin-de-siècle mood``) and
    French writes some with hyphens (``laissez faire``, ``laissez-faire``)."""
    if not re.search(r"[\s'’-]", phrase):
        return re.escape(phrase)
    out = []
    for ch in phrase:
        base = unicodedata.normalize("NFD", ch)[0]
        out.append("['’]" if ch in "'’" else "[ -]" if ch in " -" else f"[{ch}{base}]" if base != ch and base.isalpha()
                   else re.escape(ch))
    return "".join(out)


_RUN = re.compile(r"\w+")
r"""A run of word characters: what ``(?<!\w)`` and ``(?!\w)`` delimit in the borrowed-phrase pattern."""


def _head_key(run: str) -> str:
    """A run of word characters as the borrowed-phrase screen compares it: folded (:func:`fold`: no case,
    no accents, ligatures spelled out), dotless i as i. Any character the case-insensitive phrase pattern
    matches to a phrase's character folds as that character does: case twins, an accented letter and its
    base (the pattern's accent-optional classes), and the letters Python's ``re.IGNORECASE`` matches to an
    ASCII letter (Kelvin sign and long s decompose to k and s, dotted capital I to I; dotless i is mapped)."""
    return fold(run.replace("ı", "i"))


def _phrase_heads(phrases: list[str]) -> Optional[frozenset[str]]:
    r"""Each phrase's head: its first two runs of word characters (:func:`_head_key`, joined by a space), its
    only one for a phrase of one run; None (no screen) when a phrase opens with no word character or a head
    does not fold to ASCII (its letters' case twins are then not all known to fold alike).

    Why it is exact: the pattern matches only after a non-word character and each phrase's run ends where
    the phrase's does (at a space, hyphen, apostrophe or other non-word character, or at the phrase's end
    with ``(?!\w)``), and a word character matches only a word character; so a text holding a phrase has
    its first run, and the next one, as whole consecutive runs, in some case and accents, whose keys are the
    head's. Two runs, as one would be no screen: "à la carte", "de facto", "en route" start with words
    English writes in every sentence (a, de, en). Searching every text with the pattern (hundreds of
    phrases, case-insensitive, tried at every character) was the costliest part of the tokens."""
    heads = set()
    for p in phrases:
        if _RUN.match(p) is None:
            return None
        key = " ".join(map(_head_key, _RUN.findall(p)[:2]))
        if not key.isascii():
            return None
        heads.add(key)
    return frozenset(heads)


def _may_have_phrase(text: str, heads: Optional[frozenset[str]]) -> bool:
    """False when no borrowed phrase can be in ``text``: none of its runs of word characters, nor two
    consecutive ones, is a phrase's head (:func:`_phrase_heads`)."""
    if heads is None:
        return True
    runs = _RUN.findall(text.lower()) if text.isascii() else list(map(_head_key, _RUN.findall(text)))
    if not heads.isdisjoint(runs):
        return True
    return not heads.isdisjoint(map(" ".join, zip(runs, runs[1:])))


class Evidence:
    """Votes on words for one (source, target) language pair; build once per run."""

    def __init__(self, source: Language, target: Language, splits: Optional[Splits] = None):
        self.source = source
        self.split = splits if splits is not None else Splits()
        """The words of a text (:class:`mtqa.words.TextWords`), shared with the other checks of the run."""
        self.target = target
        self.src_function = source.word_set("function_words")
        self.tgt_function = target.word_set("function_words")
        self.elisions = source.word_set("elisions")  # the profile's lists, read through its one accessor
        self.particles = source.word_set("name_particles")
        self.special = frozenset(source.extra.get("special_letters", ""))
        self.apostrophe_words = frozenset(
            w.lower().replace("’", "'") for w in target.extra.get("apostrophe_words", ())
        )
        borrowed = target.extra.get("borrowed_phrases", {}).get(source.code, ())
        self.borrowed_re: Optional[re.Pattern] = None
        phrases = [p.lower().replace("’", "'") for p in borrowed]
        if any(phrases):
            self.borrowed_re = re.compile(rf"(?<!\w)(?:{alternation(phrases, _phrase_pattern)})(?!\w)", re.IGNORECASE)
        self.borrowed_heads: Optional[frozenset[str]] = _phrase_heads(phrases) if self.borrowed_re else None
        """The borrowed phrases' heads (:func:`_phrase_heads`): a text that has none has no borrowed phrase,
        and the phrase pattern is not searched in it (None: always searched)."""
        self._votes: TwoGenerations = TwoGenerations(VOTE_CACHE_SIZE, self._first_vote)  # lower-cased word -> vote
        self._voted = 0  # words voted on by :meth:`_vote` so far, until the precomputed votes are read
        self._precomputed = None  # the precomputed votes' table (see _precomputed_votes), once read
        self._shared_votes: dict = {}  # each distinct vote read from that table, held once
        self._tokens: TwoGenerations = TwoGenerations(TOKENS_KEPT, self._tokenise_key)  # (text, names) -> tokens
        self._source_votes: dict[str, int] = {}
        self._names: dict[tuple[str, ...], frozenset] = {}
        self._words: dict[str, list] = {}
        self._text_names: dict[str, frozenset] = {}
        self._facts: dict[object, tuple[object, set]] = {}  # fact -> (its test, the words it holds for)
        self._plain: set = set()  # words tested against every fact, none holding
        self._tested: set = set()
        self._plain_epoch = object()  # changes whenever those sets start afresh
        self._fact_table = None  # (prebuilt facts' table, fact -> its bit) once read; False: none to be had
        self._facts_tested = 0  # words tested against the facts, until the prebuilt facts are read
        self._facts_probed = None  # the facts for which a stored table was looked for last (STORED_AFTER)
        self._fact_slots = None  # (fact count, table, tests, their bits, all in the table) for _test_words
        self._fact_sources = None  # the files keying the prebuilt facts' table, listed on the first probe (False: none)
        self._votes_probed = False  # whether a stored votes table was looked for (STORED_AFTER)

    @classmethod
    def of(cls, ctx) -> "Evidence":
        """The run's shared instance (cached in the context).

        Read from ``ctx.evidence`` once a run's :class:`~mtqa.context.Context` holds it: asked some 197,000
        times on WMT14's 24,024 pairs, and the call to ``resource`` was a third of each ask. The resource
        stays the one instance (a context of another kind is asked for it every time)."""
        try:
            ev = ctx.evidence
        except AttributeError:
            ev = None
        if ev is None:
            ev = ctx.resource("evidence", _new_evidence, cls, ctx)  # no lambda made per call: asked per segment
            if hasattr(ctx, "evidence"):
                ctx.evidence = ev
        return ev

    # -- single words -------------------------------------------------------
    def vote(self, word: str) -> tuple[int, bool]:
        """(vote, is_source_function_word) for a word, case-insensitive."""
        return self._votes[word.lower().replace("’", "'")]  # bounded: memory must not grow with the corpus

    def _votes_for_source(self, word: str) -> bool:
        """``word`` (as written) votes for the source language: the fact :meth:`source_votes` selects."""
        return self.vote(word)[0] == SOURCE

    def _first_vote(self, low: str) -> tuple[int, bool]:
        """:meth:`_vote` of a word not held by the votes' cache: from the precomputed votes once the run has
        voted on ``PRECOMPUTED_AFTER`` words (the same answer: the table is :meth:`_vote`'s own, keyed by
        everything it reads), else computed."""
        table = self._precomputed
        if table is None:
            self._voted += 1
            if self._voted > STORED_AFTER and not self._votes_probed:
                self._votes_probed = True
                table = self._precomputed_votes(stored_only=True)
                if table is not None:
                    self._precomputed = table
            if table is None:
                if self._voted <= PRECOMPUTED_AFTER:
                    return self._vote(low)
                table = self._precomputed = self._precomputed_votes()
        hit = table.get(low)
        if hit is None:
            return self._vote(low)
        return self._shared_votes.setdefault(hit, hit)  # the packed table answers a new tuple each time

    def _precomputed_votes(self, stored_only: bool = False):
        """:meth:`_vote` of the first ``PRECOMPUTED_WORDS`` words of both languages' frequency lists, as a
        table of the compiled cache answered from its memory-mapped packed copy (:class:`~mtqa.compiled.PackedTable`;
        {} without a cache folder, or one that cannot keep it: built every run, it would cost more than it
        saves).

        Keyed by what a vote reads: the frequency lists' files, the code of this class, of the frequencies and
        of :class:`Language`, and (in the name) the profiles' word lists the votes test, which a ``$MTQA_DATA``
        profile may change. Why: a long run computed each new word's vote in Python (two frequency lookups and
        the profile tests, ~17 us), the largest share of A201's source-vote screen; ~86,000 words of news
        French and English are looked up instead (~2 us each). Why packed and not a dict: the dict and its
        86,000 key strings were ~6.8 MiB of every long run's objects, loaded again by each worker; the
        mapped file is read only where a run asks, and forked workers share its pages.

        ``stored_only``: the table if an earlier run stored it, else None (nothing built: see STORED_AFTER)."""
        from mtqa.compiled import code_files, table
        from mtqa.digests import blake2b
        from mtqa.langs import frequency

        source, target = self.source.code, self.target.code
        lists = (self.src_function, self.tgt_function, self.elisions, self.apostrophe_words, self.special)
        digest = blake2b(repr([sorted(x) for x in lists]).encode(), digest_size=8).hexdigest()

        def rows():
            seen: set = set()  # each word as the votes' cache is asked it (lower case, straight apostrophe), once
            for lang in (source, target):
                for w, _ in itertools.islice(frequency.wordfreq_rows(lang), PRECOMPUTED_WORDS):
                    low = w.lower().replace("’", "'")
                    if low not in seen:
                        seen.add(low)
                        yield low, self._vote(low)

        try:
            sources = [*frequency.wordfreq_files(source), *frequency.wordfreq_files(target),
                       *code_files(Evidence, frequency.zipf, frequency.zipf_bound, frequency.wordfreq_rows,
                                   type(self.source), type(self.target))]
        except (OSError, AttributeError, TypeError):  # no wordfreq data found: nothing precomputed
            return None if stored_only else {}
        # optional: a cache folder that cannot keep the table (read-only) would build it (~1.3 s) every long run
        found = table(f"votes-{source}-{target}-{PRECOMPUTED_WORDS}-{digest}", sources,
                      lambda: dict(rows()), rows=rows, optional=True, stored_only=stored_only)
        if found is None:
            return None if stored_only else {}
        if not hasattr(found, "pack"):  # the cache could not take it after all: the dict built this once
            return found
        found.pack()  # asked only by a long run (PRECOMPUTED_AFTER), about thousands of words
        return found

    def _vote(self, low: str) -> tuple[int, bool]:
        if "'" in low:
            if low in self.apostrophe_words:
                return TARGET, False
            head = low.partition("'")[0]
            if head in self.elisions:
                return SOURCE, True
        tgt = self.target.zipf(low)
        # The source frequency is read only where the decision needs it: an upper bound known without
        # reading the disk (see Language.zipf_bound) settles most words of a translation, which are
        # rare in the source language. Each test below is the one on the exact figure, decided from
        # the bound only when the bound already gives its answer.
        bound = self.source.zipf_bound(low)
        src = None
        if low in self.tgt_function:
            if bound is not None and bound < AMBIGUOUS_ZIPF:
                return TARGET, False
            src = self.source.zipf(low)
            if src >= AMBIGUOUS_ZIPF and src >= tgt - TARGET_MARGIN / 2:
                return NEUTRAL, False  # "a", "on", "me": as common in both languages
            return TARGET, False
        if low in self.src_function:
            return SOURCE, True
        if tgt >= TARGET_ZIPF:
            if bound is not None and tgt >= bound - TARGET_MARGIN:
                return TARGET, False  # src - margin <= bound - margin <= tgt
            src = self.source.zipf(low)
            if tgt >= src - TARGET_MARGIN:
                return TARGET, False
        if bound is None or (bound >= SOURCE_ZIPF and bound - tgt >= SOURCE_GAP):
            if src is None:
                src = self.source.zipf(low)
            if src >= SOURCE_ZIPF and src - tgt >= SOURCE_GAP:
                return SOURCE, False
        if tgt < SPECIAL_LETTER_MAX_TARGET_ZIPF and any(ch in self.special for ch in low):
            return SOURCE, False
        return NEUTRAL, False

    def elided_prefix(self, word: str) -> str:
        """The source elision a word starts with (``D`` for ``D'Elon``), or ''."""
        head, apos, rest = word.replace("’", "'").partition("'")
        if apos and rest and head.lower() in self.elisions and word.lower().replace("’", "'") not in self.apostrophe_words:
            return head
        return ""

    def _body(self, word: str) -> tuple[str, str]:
        """(elided prefix, the rest): ``('l', 'équipe')`` for ``l'équipe``, ``('', word)`` without an elision."""
        pre = self.elided_prefix(word) if ("'" in word or "’" in word) else ""  # '' without an apostrophe
        return pre, (word[len(pre) + 1:] if pre else word)

    # -- whole segments -----------------------------------------------------
    def words(self, text: str) -> list[str]:
        """The words of ``text`` as written (:data:`mtqa.words.WORD_RE`), the run's one split of the text."""
        entry = self._words.get(text)  # _word_entry's answer when held, without its call (47,000 asks on WMT14's 24k)
        return (entry if entry is not None else self._word_entry(text))[0]

    def lower_words(self, text: str) -> frozenset:
        """The distinct words of ``text``, lower-cased."""
        entry = self._word_entry(text)
        if entry[2] is None:
            entry[2] = frozenset(map(str.lower, entry[1]))
        return entry[2]

    def _word_entry(self, text: str) -> list:
        """[words, their set, then (None until asked) their lower-cased set, :meth:`lower_bodies`,
        :meth:`word_roles`, the epoch and words of :meth:`select`, and :meth:`borrowed_spans`] of ``text``."""
        hit = self._words.get(text)
        if hit is None:
            if len(self._words) >= WORDS_CACHE_SIZE:  # drop_oldest_quarter's own test, without its call per text
                drop_oldest_quarter(self._words, WORDS_CACHE_SIZE)
            words = self.split(text).words
            hit = self._words[text] = [words, frozenset(words), None, None, None, None, None, None]
        return hit

    def select(self, text: str, fact, test) -> frozenset:
        """The distinct words of ``text`` for which ``test(word)`` holds.

        ``test`` must be a pure function of the word, named by ``fact``: a
        hashable key that spells the test and every parameter it reads (a
        tuple: ``("F201.unknown", max_zipf, source code, target code)``),
        since the first ``test`` given for a key is the one used. Each word is tested
        once per run against every fact asked for so far, and the words for
        which none holds (nearly all) are kept in one set: a text is then
        answered with one set difference for all the facts together, computed
        once per text, instead of a Python call per word and fact. A long
        run reads most words' answers to all the facts from one prebuilt table
        (:meth:`_prebuilt_facts`) instead of testing them. Bounded
        by the votes' size (``VOTE_CACHE_SIZE`` words tested), but forgotten
        at once when full: the votes keep their newer half (:class:`TwoGenerations`),
        these share one epoch across the facts' sets.
        """
        facts = self._facts
        held = facts.get(fact)  # (its test, the words it holds for): one lookup of the fact's key (a tuple, hashed anew)
        if held is None:  # a new fact: every word is tested again, with it too
            held = facts[fact] = (test, set())
            self._forget_plain()
        entry = self._words.get(text)  # _word_entry's answer when held: no call (some 140,000 asks on WMT14's 24k)
        if entry is None:
            entry = self._word_entry(text)
        if entry[5] is not self._plain_epoch:
            rest = entry[1].difference(self._plain)
            new = rest.difference(self._tested) if rest else rest
            if new:
                if len(self._tested) + len(new) > VOTE_CACHE_SIZE:  # (strict: the source votes' bound too)
                    for _, yes in facts.values():
                        yes.clear()
                    self._forget_plain()
                    new = entry[1]  # the reset forgot what this text's other words held: test them all again
                self._test_words(new)
                # what this text holds is now decided word by word: of the words not plain before, those not
                # plain after (the facts did not change since, so a word plain before is plain still)
                rest = rest.difference(self._plain) if new is not entry[1] else entry[1].difference(self._plain)
            entry[5], entry[6] = self._plain_epoch, rest
        rest = entry[6]
        return rest.intersection(held[1]) if rest else rest  # its set: emptied in place on a reset, never replaced

    def _test_words(self, new) -> None:
        """Test each word of ``new`` against every fact: a word of the prebuilt facts' table
        (:meth:`_prebuilt_facts`) by one lookup for the facts it holds, a fact given after it was built by the
        fact's test; any other word by each fact's test."""
        facts = self._facts
        prebuilt = self._fact_table
        if prebuilt is None:
            self._facts_tested += len(new)
            if self._facts_tested > PREBUILT_FACTS_AFTER:
                prebuilt = self._fact_table = self._prebuilt_facts() or False
            elif self._facts_tested > STORED_AFTER and self._facts_probed != len(facts):
                self._facts_probed = len(facts)  # facts are only added: a new count is a new set
                prebuilt = self._prebuilt_facts(stored_only=True)
                if prebuilt is not None:
                    self._fact_table = prebuilt
        plain = self._plain
        if prebuilt:
            table, bits = prebuilt
            reading = self._fact_slots
            if reading is None or reading[0] != len(facts) or reading[1] is not table:
                # each fact's bit in the table (-1: given after it was built), read again only when a fact is
                # added (facts are only added: a new count is a new set): 7,600 calls on WMT14's 24k, 8 facts
                tests = list(facts.values())
                slots = [bits.get(f, -1) for f in facts]
                reading = self._fact_slots = (len(facts), table, tests, slots, -1 not in slots)
            tests, slots, every = reading[2], reading[3], reading[4]  # every: a word holding none is one lookup
        for w in new:
            mask = table.get(w) if prebuilt else None
            if mask is None:
                held = False
                for held_by, yes in facts.values():
                    if held_by(w):
                        yes.add(w)
                        held = True
            elif every and not mask:
                held = False
            else:
                held = False
                for (held_by, yes), bit in zip(tests, slots):
                    if (mask >> bit) & 1 if bit >= 0 else held_by(w):
                        yes.add(w)
                        held = True
            if not held:
                plain.add(w)
        self._tested.update(new)

    def _prebuilt_facts(self, stored_only: bool = False):
        """(table, fact -> bit) of the facts given to :meth:`select` so far, for the first
        ``PREBUILT_FACT_WORDS`` words of both languages' frequency lists as written in lower case and
        capitalised (the forms :data:`mtqa.words.WORD_RE` splits): each form's value has bit ``i`` set
        where the ``i``-th fact (in the order of their keys' ``repr``) holds for it. A table of the compiled
        cache, answered from its memory-mapped packed copy; None without a cache folder that can keep it.

        Keyed by everything a fact's test may read: the facts' keys (which spell their tests' parameters,
        :meth:`select`'s rule), mtqa's code (:func:`~mtqa.compiled.package_digest`, in the name), both
        languages' frequency lists and dictionaries, and every data file of the data folders. Why: a long run
        met ~16,000 new words, each tested by every fact in Python (the frequencies, the dictionaries and the
        checks' rules: ~100 us a word on a slow core, the first reading of most of them); a word of the
        table is one lookup (~2 us) for all of them. The same answers: the table is the tests' own. So a
        fact's test must read nothing outside that key (a fact of another input, an installed lexicon or
        model, needs it added here). A test that fails on a word of the table leaves the run without it
        (None), as before it: the run meets only its own words, which may not include that one.

        ``stored_only``: the table only if an earlier run stored it for these facts, else None (nothing built:
        see STORED_AFTER).

        The key's files are listed on the first call of a run and kept for its later ones (``_fact_sources``): the
        seed article probes for a stored table four times as its checks add facts, and each listing of the data
        folders (every file's ``is_file``) took ~0.9 ms of its CPU; the files' identities are still read at every
        call (:func:`~mtqa.compiled.fingerprint`), so an edited file keys a new table as before."""
        from mtqa.compiled import package_digest, table
        from mtqa.digests import blake2b
        from mtqa.langs import frequency, hunspell
        from mtqa.langs.data import every_data_file

        facts = self._facts
        order = sorted(facts, key=repr)
        source, target = self.source.code, self.target.code
        sources = self._fact_sources
        if sources is None:  # the files of the key, listed once a run (a run probes for the table a few times)
            data = every_data_file()
            try:
                sources = [*frequency.wordfreq_files(source), *frequency.wordfreq_files(target),
                           *hunspell.files(self.source.hunspell_names), *hunspell.files(self.target.hunspell_names),
                           *data] if data is not None else False
            except (OSError, AttributeError, TypeError):  # no wordfreq data found: nothing prebuilt
                sources = False
            self._fact_sources = sources
        if sources is False:
            return None
        digest = blake2b(repr((order, package_digest())).encode(), digest_size=8).hexdigest()
        tests = [facts[f][0] for f in order]

        def rows():
            seen: set = set()
            for lang in (source, target):
                for w, _ in itertools.islice(frequency.wordfreq_rows(lang), PREBUILT_FACT_WORDS):
                    for form in (w, w[:1].upper() + w[1:]):
                        if form not in seen and WORD_RE.fullmatch(form):
                            seen.add(form)
                            yield form, sum(1 << i for i, test in enumerate(tests) if test(form))

        try:
            found = table(f"facts-{source}-{target}-{PREBUILT_FACT_WORDS}-{digest}", sources,
                          lambda: dict(rows()), rows=rows, optional=True, stored_only=stored_only)
        except Exception:  # a test failing on a word this run may never meet: no table, the words tested
            return None
        if found is None:
            return None
        if hasattr(found, "pack"):
            found.pack()
        return found, {f: i for i, f in enumerate(order)}

    def _forget_plain(self) -> None:
        """Start the tested and plain words afresh (and the texts' answers computed from them)."""
        self._plain, self._tested = set(), set()
        self._plain_epoch = object()

    def source_votes(self, text: str) -> int:
        """Words of ``text`` voting for the source language, counted or not.

        An upper bound of ``tally(tokens(text, names))[0]`` for any ``names``,
        computed without the full analysis of :meth:`tokens` (names,
        particles, quotes): the checks skip the many segments where it is
        already too low, which on target-language text is nearly all.
        """
        hit = self._source_votes.get(text)
        if hit is None:
            if len(self._source_votes) >= TOKEN_CACHE_SIZE:
                self._source_votes.clear()
            # the text's distinct words voting for the source, by select (each word decided once with the other
            # facts, the usual text answered by its set operations), then their places counted in one C-level
            # pass. Why not a table of every word as written: bounded at the word-cache size, it forgot and
            # voted again on most of a WMT run's words (83,000 misses for 15,826 words of the 24,024 pairs)
            voting = self.select(text, _SOURCE_VOTE, self._votes_for_source)
            hit = sum(map(voting.__contains__, self.words(text))) if voting else 0
            self._source_votes[text] = hit
        return hit

    def names(self, texts) -> frozenset:
        """Lower-cased words written as names (capitalised mid-sentence) in ``texts``.

        Passed to :meth:`tokens` for the translation of those texts, so that a
        name a system lower-cased (``l'hôtel-dieu`` for ``l'Hôtel-Dieu``) is
        still read as a name rather than as source-language words.
        """
        texts = tuple(texts)
        hit = self._names.get(texts)  # the same sources come back for every system that translated them
        if hit is None:
            if len(self._names) >= TOKEN_CACHE_SIZE:
                self._names.clear()
            hit = self._names[texts] = frozenset().union(*map(self._names_of, texts))
        return hit

    def _names_of(self, text: str) -> frozenset:
        """The names of one text: what :meth:`tokens` marks ``capital and not initial`` (no ``names``
        given), without building its tokens; kept per text (a source comes back for every system)."""
        hit = self._text_names.get(text)
        if hit is None:
            drop_oldest_quarter(self._text_names, NAMES_CACHE_SIZE)
            out = set()
            prev_end = 0
            for i, (start, end, word) in enumerate(self.split(text).spans()):
                _, body = self._body(word)
                if body[:1].isupper() and not (i == 0 or _SENTENCE_GAP.search(text, prev_end, start)):
                    out.add(body.lower())
                prev_end = end
            hit = self._text_names[text] = frozenset(out)
        return hit

    def tokens(self, text: str, names: frozenset = frozenset()) -> list[Token]:
        """Every word of ``text`` with its vote and role.

        ``names``: lower-cased words known to be names (see :meth:`names`);
        such words count as capitalised whatever their case here. Results are
        cached (several checks tokenise the same segment).
        """
        if names and names.isdisjoint(self.lower_bodies(text)):
            names = frozenset()  # no word it would make a name: the same tokens as without it
        return self._tokens[(text, names)]  # bounded: TOKENS_KEPT lists at most

    def _tokenise_key(self, key: tuple[str, frozenset]) -> list[Token]:
        """:meth:`_tokenise` of a ``(text, names)`` key of the token table."""
        return self._tokenise(*key)

    def lower_bodies(self, text: str) -> frozenset:
        """The words of ``text`` not capitalised, lower-cased, each without its elided prefix
        (``équipe`` of ``l'équipe``): the words a set of ``names`` can turn into names (see :meth:`tokens`)."""
        entry = self._word_entry(text)
        if entry[3] is None:
            out = set()
            for w in entry[1]:
                _, body = self._body(w)
                if not body[:1].isupper():
                    out.add(body.lower())
            entry[3] = frozenset(out)
        return entry[3]

    def word_roles(self, text: str) -> tuple[frozenset, frozenset, frozenset]:
        """(words, bodies of elided words, words not capitalised) of ``text``, all lower-cased: what
        :meth:`tokens` (without names) says of each word's text, elision and capital, without the
        votes and roles (a source text whose words need not be voted on)."""
        entry = self._word_entry(text)
        if entry[4] is None:
            elided, lower = set(), set()
            for w in entry[1]:
                pre, body = self._body(w)
                if pre:
                    elided.add(body.lower())
                if not body[:1].isupper():
                    lower.add(w.lower())
            entry[4] = (self.lower_words(text), frozenset(elided), frozenset(lower))
        return entry[4]

    def _tokenise(self, text: str, names: frozenset) -> list[Token]:
        quotes = quote_spans(text)
        borrowed: tuple[tuple[int, int], ...] = ()
        split = self.split(text)
        raw = list(split.spans())
        # :meth:`vote` of each word, without a Python call or frame per word: the votes' table read by C-level
        # maps (a text without a curly apostrophe has no word to straighten)
        lows = map(str.lower, split.words)
        if "’" in text:
            lows = map(methodcaller("replace", "’", "'"), lows)
        votes = list(map(self._votes.__getitem__, lows))
        # Not only where a word votes for the source: A205 also counts words only the dictionaries call
        # source-language (``croque`` of croque-monsieur votes neutral), so a borrowed phrase must be
        # known whenever any word is not plainly the target's.
        if any(v != TARGET for v, _ in votes):
            borrowed = self.borrowed_spans(text)
        n = len(raw)
        body = self._body
        bodies = [body(w) if "'" in w or "’" in w else ("", w) for _, _, w in raw]  # _body's answer without an apostrophe
        elided = [pre for pre, _ in bodies]
        capital = [body[:1].isupper() or (bool(names) and body.lower() in names) for _, body in bodies]
        # a sentence mark between the previous word and this one (the marks found once, not searched per word)
        gaps = [m.start() for m in _SENTENCE_GAP.finditer(text)]
        initial = []
        prev_end = 0
        for i, (s, e, _) in enumerate(raw):
            j = bisect.bisect_left(gaps, prev_end)
            initial.append(i == 0 or (j < len(gaps) and gaps[j] < s))
            prev_end = e
        particle = [False] * n
        for i in range(n - 2, -1, -1):
            s, e, w = raw[i]
            low = (elided[i] or w).lower()
            if elided[i]:
                continue  # d'Orsay: the particle is glued to the name itself
            if low not in self.particles or (capital[i] and not initial[i]):
                continue
            nxt_start = raw[i + 1][0]
            if not _JOIN_GAP.match(text[e:nxt_start]):
                continue
            if (capital[i + 1] and not initial[i + 1]) or particle[i + 1] or (
                elided[i + 1] and capital[i + 1]
            ):
                particle[i] = True
        quoted = [_inside(s, e, quotes) for s, e, _ in raw] if quotes else [False] * n
        in_name = self._name_continuations(raw, votes, capital, initial, particle, quoted, text)
        addressed = _ADDRESS_HINT.search(text) is not None
        return [
            Token(s, e, w, votes[i][0], votes[i][1], capital[i], initial[i], quoted[i], particle[i],
                  bool(borrowed) and _inside(s, e, borrowed), elided[i], in_name[i],
                  addressed and in_address(text, s, e))
            for i, (s, e, w) in enumerate(raw)
        ]

    def borrowed_spans(self, text: str) -> tuple[tuple[int, int], ...]:
        """Where ``text`` has French the target language borrowed: a phrase of its ``borrowed_phrases``
        (any apostrophe, hyphen or space between words, accents optional: :func:`_phrase_pattern`) or a
        hyphenated compound its dictionary lists whole. The one answer every leftover-French check reads
        (through :attr:`Token.borrowed` or directly), found once per text and kept with its words: the
        phrase pattern (hundreds of phrases, accents optional) is the costly part of the tokens, and A206,
        F201 and the tokens of A202-A205 asked it again for the same translation (a tuple: read, not changed)."""
        entry = self._word_entry(text)
        if entry[7] is None:
            entry[7] = self._borrowed_spans(text)
        return entry[7]

    def _borrowed_spans(self, text: str) -> tuple[tuple[int, int], ...]:
        spans = [m.span() for m in self.borrowed_re.finditer(text)] \
            if self.borrowed_re is not None and _may_have_phrase(text, self.borrowed_heads) else []
        if "-" in text:
            spans += self._listed_compounds(text)
        return tuple(spans)

    def _listed_compounds(self, text: str) -> list[tuple[int, int]]:
        """Hyphenated compounds the target language's dictionary lists whole (``pince-nez``, ``après-ski``,
        ``bas-relief`` in Debian's en_GB Hunspell list): borrowed long ago, English now. Only the whole
        compound counts; its parts alone (``nez``, ``bas``) stay the source's. Frequencies are no such
        evidence: wordfreq splits a compound at its hyphens and rates ``garde-à-vous`` above ``prie-dieu``."""
        return [m.span() for m in _COMPOUND.finditer(text) if self.target.in_dictionary(m.group())]

    def _name_continuations(self, raw, votes, capital, initial, particle, quoted, text) -> list[bool]:
        """Lower-case words that continue a capitalised name to their left.

        French names of organisations run on in lower case after their first
        word (``Agence nationale de la recherche``,
        ``École des sciences de la gestion``). After a capitalised word, up to
        ``NAME_CONTINUATION`` source-language words, particles, and target
        content words between two source function words are read as part of
        the name, as long as nothing but a space, hyphen or apostrophe
        separates them. Other function words (``qui``, ``dans``) end a name:
        ``La Bretagne qui se vide`` is a French clause, not a name. Such a
        name opens with a common word of the source language among its
        capitalised words (``Agence``, ``Radio`` of ``Radio France
        internationale``): after a run of proper names alone (``Larry Hagman
        connut``, ``Jesus marcha``, ``the Arlberg enneigé``) the lower-case
        word is the sentence's verb or adjective left untranslated, no name's.
        So is a finite form a verb takes after a named subject right after the capitalised run, whatever
        its words (``Macron annonce``: macron, the accent, is a common word too); a participle there may
        still end the name, as an adjective does (``Le Canard enchaîné``, ``Réseau ferré de France``).
        An article alone opens no name before such a form either, unless the dictionaries also list it as a
        noun: a title run on in lower case goes on with its noun (``La vie en rose``), while a capitalised
        ``La`` before a participle (``the assessment of La devenue apparente``) is the source's sentence,
        copied.
        """
        n = len(raw)
        out = [False] * n
        steps = None
        headed = False  # the capitalised run so far holds a common word of the source language
        person = False  # the capitalised run so far opens with a first name
        bare = False  # the capitalised run so far is function words alone (La, Les)
        for i in range(n):
            if quoted[i]:
                steps = None
                continue
            if capital[i] and not initial[i]:
                run_on = i > 0 and capital[i - 1] and _JOIN_GAP.match(text[raw[i - 1][1]:raw[i][0]]) is not None
                if run_on and person:  # « Pierre Dubois graphiste »: a person's names open no body's name
                    headed = False
                else:
                    headed = (run_on and headed) or self.name_head(raw[i][2])
                    person = not run_on and self.first_name(raw[i][2])
                bare = (bare or not run_on) and votes[i][1]
                steps = 0 if headed else None
                continue
            if capital[i]:  # a sentence's first word: no name of its own, but it may head the run after it
                headed = self.name_head(raw[i][2])
                person = self.first_name(raw[i][2])
                bare = votes[i][1]
            if steps is None:
                continue  # not after a name: nothing below can mark the word
            joined = i > 0 and _JOIN_GAP.match(text[raw[i - 1][1]:raw[i][0]]) is not None
            vote, function = votes[i]
            sandwiched = (
                vote == TARGET and not function and 0 < i < n - 1
                and votes[i - 1] == (SOURCE, True) and votes[i + 1][1]
            )
            word = raw[i][2].lower().replace("’", "'")
            if steps == 0 and self.source.is_finite_verb_form(word):
                steps = None  # « le président Macron annonce »: the verb after its subject, whatever the name
                continue
            if steps == 0 and bare and self.source.is_subject_verb_form(word) \
                    and not self.source.lists_as_noun(word):
                steps = None  # « La devenue apparente »: an article before a participle heads no name
                continue
            name_word = vote == SOURCE and (
                not function or word in self.particles or word.partition("'")[0] in self.particles
            )
            if steps is not None and joined and steps < NAME_CONTINUATION and (
                name_word or particle[i] or sandwiched
            ):
                out[i] = True
                steps += 1
            else:
                steps = None
        return out

    @functools.cached_property
    def _first_names(self) -> frozenset[str]:
        # the pair's own union of both languages' tables (its one owner), not a second copy of it
        return language_pair(self.source.code, self.target.code).first_names_folded

    def first_name(self, word: str) -> bool:
        """A capitalised word is a given name of either language's table (Pierre, Jean-Luc, Pavel): a run of
        capitalised words it opens names a person, and a person's names open no body's name, so a lower-case
        word right after them is the person's trade or the sentence's verb, left in the source language."""
        return fold(word.strip(_RUN_PUNCT)) in self._first_names

    def name_head(self, word: str) -> bool:
        """A capitalised word that may open a name run on in lower case: a common word of the source
        language (``Agence``, ``l'École``), its elided article set aside, also as a source that drops
        accents on capitals writes it (``Energie`` for énergie, by the word frequencies' most frequent
        spelling of its letters). Only an elided article is set aside: the part after any other apostrophe
        is no word of its own (``Friday's`` is the target's possessive, whose ``s`` French also elides, and
        heads no name: "Friday's essais libres" is a French phrase left in, no body's name)."""
        word = word.replace("’", "'")
        head, _, rest = word.partition("'")
        return bool(self.source.common_spelling(rest if rest and head.lower() in self.elisions else word))

    @staticmethod
    def tally(tokens: list[Token]) -> tuple[int, int]:
        """(source votes, target votes) over the counted words."""
        src = tgt = 0
        for t in tokens:
            if not t.counted:
                continue
            if t.vote == SOURCE:
                src += 1
            elif t.vote == TARGET:
                tgt += 1
        return src, tgt


def _new_evidence(cls, ctx) -> Evidence:
    """The run's :class:`Evidence` (:meth:`Evidence.of`'s factory)."""
    return cls(ctx.source, ctx.target, Splits.of(ctx))


def read_source_votes(text: str, ctx) -> None:
    """:meth:`Evidence.source_votes` of a translation, made ahead of its segment's checks (a
    :attr:`~mtqa.checks.base.Check.first_readings` of A201, whose screen it is, and of A205): the text's split
    and the votes of its words met for the first time."""
    Evidence.of(ctx).source_votes(text)


_WORDS_BEFORE = re.compile(r"((?:[\w'’-]+\s+){1,4})$")
_NON_SPACE = re.compile(r"\S+")
_RUN_PUNCT = "\"“”«»‘’'()[],;:.!?"
"""Punctuation around a word of the words before a name's continuation, set aside to read the word."""


_ADDRESS_HINT = re.compile(r"[@#/]|www\.|\.[a-z]{2,}\b")
"""Something of an address somewhere in the text: without it no word is inside one (a cheap screen)."""

_DOMAIN_TAIL = re.compile(r"[\w-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/?#:]\S*)?[.,;:!?)\"'»”]*$")
"""What follows a word of a host name: the rest of its label and ``.fr``, ``.gouv.fr/page`` (``ville-de-paris.fr``)."""


def marked_address(text: str, start: int, end: int) -> bool:
    """The span sits in a URL, domain or e-mail token: its space-delimited token holds one of the address
    markers of ``punctuation.toml`` (``://``, ``www.``, ``@``). Here, below the checks, so that the
    punctuation checks and :func:`in_address` read one definition and this module imports no check."""
    left = text.rfind(" ", 0, start) + 1
    right = text.find(" ", end)
    token = text[left:right if right != -1 else len(text)].lower()
    return any(marker in token for marker in data_toml("punctuation.toml").get("address_markers", ()))


def in_address(text: str, start: int, end: int) -> bool:
    """The span is written inside an address, a handle or a hashtag (``http://www.ville-saint-denis.fr``,
    ``@aix-en-provence``, ``#aix-en-provence``, ``ville-de-paris.fr``): copied as spelt on purpose,
    whatever language its words are in. The one test every leftover-French check reads (through
    :attr:`Token.address` or directly)."""
    left = text.rfind(" ", 0, start) + 1
    right = text.find(" ", end)
    token = text[left:right if right != -1 else len(text)]
    return marked_address(text, start, end) or token.lstrip("(\"'«“").startswith("#") \
        or bool(_DOMAIN_TAIL.match(text[end:left + len(token)]))


_PARTICLE_NAME = re.compile(r"(?<![^\W\d_'’])([^\W\d_]+)[ \u00a0]+([^\W\d_]{1,2})['’]([^\W\d_]{2,})")


def person_particles(source: str, lang, titles: frozenset, first_names: frozenset = frozenset()) -> frozenset:
    """The elided name particles the source writes as part of a person's family name, lower-cased with a
    straight apostrophe (``d'arenberg``, ``d'estaing``): an elided particle of the language's
    ``name_particles`` before a capitalised word, after a title of a person (``titles``, folded:
    « la princesse d'Arenberg ») or after a capitalised word that does not open the sentence where
    neither that word nor the one after the particle is a word of the language's dictionary
    (« Rodrigue d'Arenberg », « Giscard d'Estaing »). Such a particle is no leftover elision wherever
    the translation writes it with its name (``acknowledges d'Arenberg``), while « Côte d'Ivoire »,
    « Quai d'Orsay » (a common word before it) and « la région d'Aquitaine » make no person's name,
    nor does a particle that opens a person's names (a given name of ``first_names``, folded, or a
    further capitalised word after it: « la note de Morgan Stanley d'Adam Jonas » is Adam Jonas's).
    Without the language's dictionary only titles are read."""
    if "'" not in source and "’" not in source:
        return frozenset()
    particles = lang.word_set("name_particles") & lang.word_set("elisions")
    found = set()
    for m in _PARTICLE_NAME.finditer(source):
        prev, head, body = m.groups()
        if head.lower() not in particles or not body[:1].isupper() or body[1:] != body[1:].lower():
            continue
        nxt = NEXT_WORD_RE.match(source, m.end())
        if fold(body.lower()) in first_names or (nxt is not None and nxt.group(1)[:1].isupper()):
            continue  # « Morgan Stanley d'Adam Jonas »: "of" before a person's names, not a family name
        if fold(prev.lower()) in titles or (
                lang.has_dictionary and prev[:1].isupper() and not at_sentence_start(source, m.start(1))
                and not lang.in_dictionary(prev.lower()) and not lang.in_dictionary(body.lower())):
            found.add(f"{head.lower()}'{body.lower()}")
    return frozenset(found)


def source_person_particles(ctx, source: str) -> frozenset:
    """:func:`person_particles` of an aligned source text, with the pair's source titles; once per source."""
    if "'" not in source and "’" not in source:
        return frozenset()
    titles = ctx.resource("person_particles.titles", lambda: frozenset(
        fold(row["word"]) for row in ctx.pair.table("titles") if row["side"] == "source"))
    return ctx.memo("person_particles", source,
                    lambda: person_particles(source, ctx.source, titles, ctx.pair.first_names_folded))


def in_source_name(text: str, start: int, word: str, source: str,
                   opens_name: Optional[Callable[[str], bool]] = None,
                   noun: Optional[Callable[[str], bool]] = None,
                   verb: Optional[Callable[[str], bool]] = None,
                   first_name: Optional[Callable[[str], bool]] = None) -> bool:
    """A lower-case word kept with the capitalised word before it (up to three lower-case words
    between), as the source writes them: part of a name ("the Energie gestion consortium" for "le
    consortium Énergie gestion", "the Union fédérale autonome pénitentiaire"). With ``opens_name``
    (see :meth:`Evidence.name_head`), one of the capitalised words that run up to it must open such a
    name: after proper names alone ("Larry Hagman connut") the word is the sentence's, not a name's,
    unless it follows them at once and ``noun`` says it is a noun of the source language ("France
    télévisions", "Nantes métropole": a brand or a body named by a place or a name and a common noun).
    The noun ends such a name after one proper name only (a place's, a title's: "Charlie hebdo"): after a
    person's names ("Jakub Polanka graphiste of fashion") it is an apposition, the person's trade, left
    untranslated. A word ``verb`` says a verb takes after a named subject, right after the capitalised
    words, is the sentence's verb whatever they are (« le président Macron annonce »: macron is a common
    word too); pass a test of finite forms, a participle may end a name (« Le Canard enchaîné »). With
    ``first_name`` (see :meth:`Evidence.first_name`), capitalised words opened by a first name are a
    person's names whatever their words (Pierre, the stone; Le Maire): the word right after them is no
    part of a name."""
    m = _WORDS_BEFORE.search(text, max(0, start - 80), start)
    if not m or not source:
        return False
    spans = [(w.start(), w.group()) for w in _NON_SPACE.finditer(m.group(1))]
    heads = [i for i, (_, w) in enumerate(spans) if w[:1].isupper()]
    if not heads or at_sentence_start(text, m.start(1) + spans[heads[-1]][0]):
        return False  # no capitalised head, or one that only opens the sentence
    if verb is not None and heads[-1] == len(spans) - 1 and verb(word.lower()):
        return False
    first = heads[-1]
    while first > 0 and spans[first - 1][1][:1].isupper():
        first -= 1
    if first_name is not None and first < heads[-1] == len(spans) - 1 \
            and first_name(spans[first][1].strip(_RUN_PUNCT)):
        return False  # "Pierre Dubois graphiste": a person's names, then the person's trade
    if opens_name is not None:
        if not any(opens_name(w.strip(_RUN_PUNCT)) for _, w in spans[first:heads[-1] + 1]) \
                and not (noun is not None and heads[-1] == len(spans) - 1 and first == heads[-1]
                         and noun(word.lower())):
            return False
    head, *rest = [w for _, w in spans[heads[-1]:]] + [word]
    # the source writes the head capitalised too (a common noun the translation capitalised is no name)
    head = fold(head, keep_case=True)
    source = fold_text(source, keep_case=True)
    if head not in source:  # the head is matched as written: a source without it needs no pattern
        return False
    # the words after the head as the source writes them, case and all: a word the source capitalises and
    # the translation does not ("Annette lennartz" for "Annette Lennartz") is a surname lost in lower case
    pattern = rf"(?<!\w){re.escape(head)}" + "".join(rf"\s+{re.escape(fold(w, keep_case=True))}" for w in rest) + r"(?!\w)"
    return transient(pattern).search(source) is not None


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The quoted stretches of ``text`` (titles of works, quoted speech), which checks leave alone."""
    return [m.span() for m in QUOTE_RE.finditer(text)] if _has_quote(text) else []


TITLE_WORDS = 4
"""A quotation this short is a title or a cited word (« Les Mexicaines »); a longer one is speech,
which is translated like the rest."""


def in_title(text: str, pos: int, source_text: str) -> bool:
    """Inside a short quotation (a title or a word cited in the source language) or a quotation copied
    whole from the source (speech kept in its own language, which the untranslated-text checks judge):
    where the name checks (T109, A205) leave a source word copied into the translation alone."""
    for a, b in quote_spans(text):
        if a <= pos < b:
            inner = _quote_words(text[a:b])
            if len(inner.split()) <= TITLE_WORDS or quote_copied(text[a:b], source_text):
                return True
    return False


def quote_copied(quotation: str, source_text: str) -> bool:
    """A quotation the source writes word for word (``"Merci beaucoup, thank you very much"``): speech
    kept in the language it was spoken in, not translated, whatever that language is."""
    inner = _quote_words(quotation)
    return bool(inner) and inner in " ".join(source_text.split())


def _quote_words(quotation: str) -> str:
    return " ".join(quotation.strip("\"“”«»„‘’' .,;:!?").split())


def _has_quote(text: str) -> bool:
    return any(ch in text for ch in "\"“«„‘'")


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    for a, b in spans:
        if a <= start and end <= b:
            return True
    return False
