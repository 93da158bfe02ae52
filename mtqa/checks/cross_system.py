"""Checks across systems: what the other translations of the same source say (``mtqa compare``).

A single translation gives weak evidence of a lost word: a word with no
counterpart may be reworded, and human translators reword freely (A608 keeps
its flags to word-for-word sentences for that reason). Several translations
of the same source give a stronger one. When most other systems render a
source word with a translation or a cognate the lexical model knows, and one
system's translation has nothing for it, that system most likely dropped it:
the word is one translators do not silently absorb into a paraphrase, since
the others kept it.

The checks here run only in ``mtqa compare`` (a single translation has no
peers, so ``mtqa check`` never reports them): after every system is checked,
:class:`CrossPool` holds each aligned segment by its source text and
:func:`cross_issues` judges each translation against the others.
"""
from __future__ import annotations

import functools
import sqlite3
from collections import Counter, defaultdict
from itertools import groupby
from typing import Hashable, Iterable, Iterator, Optional

from mtqa.checks.base import DocumentCheck
from mtqa.meaning.align import target_anchor
from mtqa.meaning.tokens import source_word
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.lazy import lazy_module
from mtqa.langs import language, opens_sentence
from mtqa.langs.lexmodel import load_lexmodel
from mtqa.meaning.align import WordAlignment, function_stems, segment_alignment, usual_renderings
from mtqa.meaning.tokens import plain, stem as stem_of
from mtqa.model import DocumentPair, Issue, Segment, Severity
from mtqa.readers.positions import table_field_at as _table_at  # a segment class's line table among its fields
from mtqa.records import record

pickle = lazy_module("pickle")
"""What the pool (:class:`CrossPool`) stores its segments as, and only ``mtqa compare`` fills a pool: ``mtqa check``
imports this module for its checks' registration and never runs them, and was the one importer of :mod:`pickle`
(with ``_pickle``, ``struct``, ``_compat_pickle``) in a one-line check."""


INNER_LETTERS = 4
"""A word of the translation containing another system's rendering of at least this many letters renders the
source word too (a compound or a negated form: "carpark" holds "park", "nonreligious" holds "religious")."""


@record(frozen=True)
class Agreement:
    """A source word one translation has no counterpart for, and how the others rendered it."""

    entry: int
    """Index of the translation (in the list given to :meth:`CrossSystemOmission.judge`)."""
    token: int
    """Index of the source token."""
    word: str
    """The source word as written."""
    agree: int
    """Other translations that render the word."""
    others: int
    """Other translations compared (clones of the judged system left out)."""
    renderings: tuple[str, ...]
    """The words the others wrote for it (lower case), most frequent first."""
    stand_in: Optional[str] = None
    """An unexplained word of this translation where the source word belongs (a likely mistranslation)."""
    stand_in_span: Optional[tuple[int, int]] = None
    written: tuple[str, ...] = ()
    """``renderings`` as the others write them inside a sentence ("Berlin", "Tuesday"; lower case when they only
    start sentences): what the message shows and the suggestion proposes."""

    @property
    def shown(self) -> tuple[str, ...]:
        return self.written or self.renderings


MIN_PEERS = 2
"""A610's ``min_peers`` by default; A609 passes it too, so that both share one :func:`agreements` (the peer rule
removes only stand-ins, which A609 does not report)."""


@record
class _CrossSystemCheck(DocumentCheck):
    """What the cross-system checks share: the judgement of one source's translations against each other."""

    requires_source = True
    cross_system = True
    min_agree: int = 3
    min_share: float = 0.75
    major_others: int = 0
    """Report a word every other translation renders, with at least this many others, as major (0: never).
    Off by default: on WMT13 (the calibration year) making unanimous omissions major lowered the system
    tau of ``mtqa compare``'s order from 0.85 to 0.74 (bench/meaning.py)."""
    min_letters: int = 3
    window: int = 2
    synonyms: bool = True
    """A word of this translation no source word explains that is a close synonym of one of the lexical
    model's translations of the source word, or of the others' renderings, renders the word: nothing is
    reported (the target language's thesaurus, :attr:`mtqa.langs.Language.synonyms`). ``false`` judges
    by the lexical model alone (before stop 25)."""
    synonym_window: int = 0
    """Words either side of where the source word belongs within which an unexplained close synonym is accepted
    as its rendering (0: anywhere in the translation, as before stop 26)."""

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        return iter(())  # one translation alone has no peers: mtqa compare calls cross_issues

    def wanted(self, found: Agreement) -> bool:
        """Whether this check reports ``found`` (omission: nothing stands where the word belongs)."""
        raise NotImplementedError

    def judge(self, source_text: str, entries: list[tuple[Hashable, str]], source_lang: str, target_lang: str,
              apart: frozenset = frozenset()) -> list[Agreement]:
        """Every (translation, source word) this check reports among one source's translations.

        ``entries`` are the (system, translation) pairs of one source; ``apart`` the pairs of systems
        (frozensets) that do not vouch for each other (clones, see :func:`mtqa.scoring.consensus.clones`)."""
        return [f for f in agreements(source_text, tuple(entries), source_lang, target_lang, apart,
                                      (self.min_agree, self.min_share, self.min_letters, self.window, self.synonyms,
                                       self.synonym_window, getattr(self, "min_peers", MIN_PEERS)))
                if self.wanted(f)]

    def issue_for(self, segments: tuple[Segment, ...], wa: Optional[WordAlignment], found: Agreement,
                  names) -> Issue:
        """The issue for one :class:`Agreement` on the translation made of ``segments`` (their texts joined by a
        space, as judged; the span lands in the piece holding its start), ``names``: the language names."""
        source_name, _ = names
        shown = "/".join(quoted(w) for w in found.shown[:3])
        if found.stand_in is not None:
            start, end = found.stand_in_span
            said = f"{quoted(found.word)} of the {source_name} is rendered here by {quoted(found.stand_in)}"
        else:
            anchor = target_anchor(wa, found.token) if wa is not None else None
            start, end = (wa.target[anchor].start, wa.target[anchor].end) if anchor is not None \
                else (0, len(segments[0].text))
            said = f"{quoted(found.word)} of the {source_name} has no counterpart here"
        segment, start, end = _piece(segments, start, end)
        return self.issue(
            segment, start, end,
            f"{said}; {found.agree} of {found.others} other translations render it as {shown}",
            found.shown[0],
            severity=self.severity_for(found),
            confidence=round(found.agree / found.others, 2),
        )

    def severity_for(self, found: Agreement) -> Severity:
        """Major when every other translation, ``major_others`` or more, renders the word (an option); else the
        default severity. The strength of the agreement is the issue's confidence: agreeing / compared."""
        unanimous = found.agree == found.others and self.major_others and found.others >= self.major_others
        return Severity.MAJOR if unanimous else self.severity


def _piece(segments: tuple[Segment, ...], start: int, end: int) -> tuple[Segment, int, int]:
    """The segment holding offset ``start`` of ``segments``' texts joined by a space, and the span in it."""
    offset = 0
    for segment in segments[:-1]:
        if start < offset + len(segment.text):
            break
        offset += len(segment.text) + 1
    else:
        segment = segments[-1]
    return segment, start - offset, min(end - offset, len(segment.text))


@register
@record
class CrossSystemOmission(_CrossSystemCheck):
    """A source word most other systems translate has no counterpart in this system's translation.

    Why it matters: when five of six engines render "presque" as "almost" or
    "nearly" and the sixth has neither, the sixth most likely lost the word
    ("almost all" became "all"), a change of meaning no surface check sees.
    The other translations of the same source stand in for a reference: a
    word they keep is one a translator does not absorb into a paraphrase.
    Reported only by ``mtqa compare``, where several translations of one
    source are checked together. A source content word counts when at least
    ``min_agree`` of the other systems' translations (and at least
    ``min_share`` of them) link it to a content word through the lexical
    model (a learned translation, a dictionary entry, a cognate, the same
    name or number), while this translation has no link for it, no word the
    others used, no word sharing the first letters of either, no unexplained
    word that is a close synonym of one of them or of the model's usual
    translations (the target language's thesaurus, built from WordNet, for a
    source word that is not a name: ``synonyms = false`` turns this off;
    ``synonym_window`` N > 0 accepts it only within N words of where the
    source word belongs, 0 anywhere), and
    no unexplained word where it belongs (that is A610).
    Minor (``major_others`` makes a word every other translation renders
    major); the confidence is the share of the others that render it. The
    suggestion is the others' most frequent rendering.

    Example:
        source: Le maire a presque terminé la rénovation du vieux pont de la ville.
        other: The mayor has almost finished the renovation of the old bridge of the city.
        other: The mayor has nearly completed the renovation of the city's old bridge.
        other: The mayor has almost completed renovating the old town bridge.
        other: Mayor has almost finished the renovation of the old city bridge.
        bad: The mayor has finished the renovation of the old bridge of the city.
        good: The mayor has nearly finished the renovation of the old bridge of the city.
    """

    code = "A609"
    name = "dropped-by-one-system"
    category = "accuracy"
    subcategory = "omission"
    severity = Severity.MINOR

    def wanted(self, found: Agreement) -> bool:
        return found.stand_in is None


@register
@record
class CrossSystemMistranslation(_CrossSystemCheck):
    """A source word most other systems render alike is rendered here by a word no translation of it explains.

    Why it matters: when most engines write "limit" for "limiter" and one
    writes "reduce", or "heredity" for "hérédité" and one writes
    "offspring", the odd one out has most likely changed the meaning. The
    other translations of the same source stand in for a reference.
    Reported only by ``mtqa compare``. The evidence is that of
    A609 (the word is linked in at least ``min_agree``
    and ``min_share`` of the other translations, not in this one), with a
    content word of this translation that nothing in the source accounts for
    within ``window`` words of where the source word belongs: the stand-in is
    named. A stand-in that translates some source word one of the others'
    words also translates (a pivot through the lexical model: "previous" and
    "former" both render "ancien") is a synonym and not reported, and so is a
    translation holding an unexplained close synonym of the others' words or
    of the model's usual translations ("aspects" where the others write
    "facets"; the target language's thesaurus, built from WordNet, option
    ``synonyms``; ``synonym_window`` as for A609), and so is a stand-in that
    at least ``min_peers`` (2) other engines (clones apart, clones of one
    another once) also wrote there
    with nothing in the source explaining it ("ate" for "mangé": a rendering
    the model lacks; 0 turns this off), unless the source word is a name: capitalised past a
    sentence start, or opening a sentence (any of the segment's) while the others keep it as it is
    ("Pierre" is not rendered by "Rock"). A synonym neither knows looks the
    same as an error, so it is minor
    (``major_others`` as for A609); the suggestion is the others' most
    frequent rendering.

    Example:
        source: Le comité recommande de limiter la vitesse des camions dans le centre.
        other: The committee recommends limiting the speed of trucks in the centre.
        other: The committee recommends to limit the speed of lorries in the centre.
        other: The committee recommends limiting truck speed in the centre.
        other: Committee recommends to limit the speed of the trucks in the centre.
        bad: The committee recommends to shatter the speed of trucks in the centre.
        good: The committee recommends to limit the speed of trucks in the centre.
    """

    code = "A610"
    min_peers: int = MIN_PEERS
    """A stand-in (A610) that at least this many other engines (clones of the judged apart, clones of one another
    counted once) also wrote, with no source word
    explaining it, where the source word belongs, is a rendering the lexical model lacks ("ate" for "mangé",
    "storefront" for "vitrine"): not reported. 0 turns this off. Calibrated on WMT13: with 2, about 7 in 10
    of the flags it removes were false alarms (1: 6 in 10, and twice as many real errors hidden)."""
    name = "mistranslated-against-others"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR

    def wanted(self, found: Agreement) -> bool:
        return found.stand_in is not None


@functools.lru_cache(maxsize=256)
def agreements(source_text: str, entries: tuple[tuple[Hashable, str], ...], source_lang: str, target_lang: str,
               apart: frozenset, bounds: tuple[int, float, int, int, bool, int, int]) -> tuple[Agreement, ...]:
    """Every (translation, source word) with no link in that translation while most other systems link it
    to a content word (``bounds``: least agreeing others, least share of them, least letters of the source
    word, the window where a stand-in is looked for, whether a close synonym counts as a rendering, the window
    where such a synonym is looked for (0: anywhere), the least other systems writing the same stand-in)."""
    min_agree, min_share, min_letters, window, synonyms, synonym_window, min_peers = bounds
    systems = {s for s, _ in entries}
    model = load_lexmodel(source_lang, target_lang)
    if len(systems) - 1 < max(1, min_agree) or model is None:
        return ()  # too few others to agree (mtqa compare a b c): no translation is aligned for nothing
    aligned = {t: _alignment(source_text, t, source_lang, target_lang) for t in {t for _, t in entries}}
    first = next(iter(aligned.values()))
    if first is None:
        return ()
    fsrc, ftgt = function_stems(source_lang, target_lang)
    out = []
    for i in first.source_content:
        tok = first.source[i]
        if len(tok.lower) < min_letters or tok.stem in fsrc:
            continue
        linked: dict[Hashable, bool] = {}
        said: dict[Hashable, dict[str, float]] = defaultdict(dict)  # system -> word -> strongest link
        forms: dict[Hashable, list[tuple[str, str]]] = defaultdict(list)  # system -> (word, as written past the start)
        for system, text in entries:
            wa = aligned[text]
            links = wa.links.get(i, ())
            linked[system] = linked.get(system, False) or bool(links)
            for j, score, _ in links:
                if wa.target[j].stem not in ftgt:
                    word = wa.target[j].lower
                    said[system][word] = max(score, said[system].get(word, 0.0))
                    if j:
                        forms[system].append((word, wa.target[j].text))
        for k, (system, text) in enumerate(entries):
            wa = aligned[text]
            if wa.links.get(i):
                continue
            others = [s for s in linked if s != system and frozenset((s, system)) not in apart]
            agree = [s for s in others if said[s]]
            if not agree or len(agree) < min_agree or len(agree) < min_share * len(others):  # 0 agreeing: no evidence
                continue
            renderings = _renderings([said[s] for s in agree])
            if _rendered_anyway(wa, tok, renderings):
                continue
            name = _a_name(tok, source_text, renderings)
            free = _free_near(wa, i, synonym_window)
            if synonyms and not name and _rendered_by_synonym(wa, free, model, tok.stem, renderings, target_lang):
                continue
            stand_in = _stand_in(wa, i, window)
            if stand_in is not None and _synonym(model, wa.target[stand_in].stem, renderings, target_lang):
                continue  # the stand-in and the others' words translate a common source word: a synonym
            if stand_in is not None and min_peers and not name and \
                    _peers_writing(entries, aligned, k, i, wa.target[stand_in].stem, apart, window) >= min_peers:
                continue  # other systems wrote the same word there on their own: a rendering the model lacks
            out.append(Agreement(k, i, source_word(source_text, tok), len(agree), len(others),
                                 renderings,
                                 None if stand_in is None else wa.target[stand_in].text,
                                 None if stand_in is None else (wa.target[stand_in].start, wa.target[stand_in].end),
                                 _written(renderings, [forms[s] for s in agree])))
    return _one_per_stand_in(out)


def _one_per_stand_in(found: list[Agreement]) -> tuple[Agreement, ...]:
    """One agreement per stand-in word of a translation: several source words lost together all find the same
    nearest unexplained word, which is one mistranslation, reported once (for the best-supported source word:
    the largest share of agreeing others, then the first) and counted once in the penalty."""
    best: dict[tuple[int, tuple[int, int]], Agreement] = {}
    for f in found:
        if f.stand_in_span is not None:
            key = (f.entry, f.stand_in_span)
            if key not in best or f.agree * best[key].others > best[key].agree * f.others:
                best[key] = f
    return tuple(f for f in found if f.stand_in_span is None or best[(f.entry, f.stand_in_span)] is f)


def _renderings(said: list[dict[str, float]]) -> tuple[str, ...]:
    """The words the agreeing others wrote (each a dict word -> link strength), the most frequent first; ties go
    to the stronger links, then the alphabet, so that a report never depends on the order of a set."""
    count: Counter = Counter()
    strength: Counter = Counter()
    for words in said:
        count.update(list(words))
        strength.update(words)  # a mapping: adds the strengths
    return tuple(sorted(count, key=lambda w: (-count[w], -strength[w], w)))


def _written(renderings: tuple[str, ...], forms: list[list[tuple[str, str]]]) -> tuple[str, ...]:
    """Each rendering as the others most often write it past the first word of their translation (a name keeps
    its capital, a sentence-initial capital is not taken for one); the lower-case word when never seen there."""
    seen: dict[str, Counter] = defaultdict(Counter)
    for pairs in forms:
        for word, text in pairs:
            seen[word][text] += 1
    return tuple(min(seen[w], key=lambda t: (-seen[w][t], t)) if seen[w] else w for w in renderings)


def _rendered_anyway(wa: WordAlignment, tok, renderings: tuple[str, ...]) -> bool:
    """The translation holds a word the others used for it, one sharing the first letters of the source word
    or of such a word (a derivative or cognate the model does not link), or one containing such a word
    ("nonreligious", "carpark")."""
    heads = {plain(w)[:5] for w in renderings} | {plain(tok.lower)[:5]}
    heads = tuple(h for h in heads if len(h) >= 4)
    inner = tuple(plain(w) for w in renderings if len(w) >= INNER_LETTERS)
    for t in wa.target:
        low = plain(t.lower)
        if t.lower in renderings or (len(low) >= 4 and low.startswith(heads)) or any(w in low for w in inner):
            return True
    return False


def _a_name(tok, source_text: str, renderings: tuple[str, ...]) -> bool:
    """Source word ``tok`` of ``source_text`` is capitalised past a sentence start, or opens a sentence while the
    others keep it as it is ("Pierre" for "Pierre"): a name, which a synonym does not render ("Rock").

    A sentence start is any, not only the segment's first word: "Limiter" opening a segment's second sentence
    is capitalised whatever it is. A word after an elision (l'URSS), a hyphen (Jean-Marc) or a quote, bracket
    or dash inside the sentence opens nothing: its capital is its own."""
    opens = opens_sentence(source_text, tok.start)
    return tok.capitalised and (not opens
                                or plain(tok.text).lower() in {plain(r).lower() for r in renderings})


def _peers_writing(entries: tuple[tuple[Hashable, str], ...], aligned: dict, k: int, i: int, stem: str,
                   apart: frozenset, window: int) -> int:
    """How many independent systems other than that of ``entries[k]`` (and not its clones) leave source word
    ``i`` unlinked and hold an unexplained word of stem ``stem`` within ``window`` words of where it belongs.

    Peers that are clones of one another are one engine, one opinion: they count once (a group of peers
    joined by clone pairs, whatever the order of the systems)."""
    judged = entries[k][0]
    peers = set()
    for system, text in entries:
        if system == judged or system in peers or frozenset((system, judged)) in apart:
            continue
        wa = aligned[text]
        if wa is None or wa.links.get(i):
            continue
        anchor = target_anchor(wa, i)
        if anchor is not None and any(wa.target[j].stem == stem and abs(j - anchor) <= window
                                      for j in wa.unaligned_target):
            peers.add(system)
    return _engines(peers, apart)


def _engines(systems: set, apart: frozenset) -> int:
    """The number of groups of ``systems`` joined by clone pairs (``apart``): the independent engines among them."""
    groups = 0
    left = set(systems)
    while left:
        groups += 1
        todo = [left.pop()]
        while todo:
            one = todo.pop()
            twins = {s for s in left if frozenset((one, s)) in apart}
            left -= twins
            todo.extend(twins)
    return groups


def _free_near(wa: WordAlignment, i: int, window: int) -> list[int]:
    """The target words no source word explains within ``window`` words of where source word ``i`` belongs
    (all of them when ``window`` is 0 or the place is unknown)."""
    free = wa.unaligned_target
    anchor = target_anchor(wa, i) if window and free else None
    return free if anchor is None else [j for j in free if abs(j - anchor) <= window]


def _rendered_by_synonym(wa: WordAlignment, free: list[int], model, source_stem: str, renderings: tuple[str, ...],
                         target_lang: str) -> bool:
    """One of the unexplained words ``free`` of the translation is a close synonym of one of the model's
    usual translations of ``source_stem`` or of the others' ``renderings`` ("aspects" where the model and the
    others have "facets"): the word was rendered, in words the lexical model does not pair with it."""
    if not free:
        return False
    thesaurus = language(target_lang).synonyms  # read here, at the first word in doubt
    if not thesaurus:  # a language without a table
        return False
    wanted = set(usual_renderings(model, source_stem)) | {stem_of(w, target_lang) for w in renderings}
    return any(thesaurus.renders(wa.target[j].stem, wanted) for j in free)


def _synonym(model, stem: str, words: Iterable[str], target_lang: str) -> bool:
    """Whether target stem ``stem`` and one of ``words`` are both translations of some source word in the
    lexical model (a pivot through the source language: "tiredness" and "fatigue" both render "fatigue")."""
    senses = model.backward.get(stem, frozenset())
    return bool(senses) and any(senses & model.backward.get(stem_of(w, target_lang), frozenset()) for w in words)


def _stand_in(wa: WordAlignment, i: int, window: int) -> Optional[int]:
    """The unexplained target content word nearest to where source word ``i`` belongs (None: none within
    ``window`` words)."""
    anchor = target_anchor(wa, i)
    if anchor is None:
        return None
    free = set(wa.unaligned_target)
    near = [j for j in range(anchor - window, anchor + window + 1) if j in free]
    return min(near, key=lambda j: abs(j - anchor)) if near else None


@functools.lru_cache(maxsize=64)
def _alignment(source_text: str, target_text: str, source_lang: str, target_lang: str) -> Optional[WordAlignment]:
    return segment_alignment(source_text, target_text, source_lang, target_lang)


_SCHEMA = """
PRAGMA cache_size = -{cache};
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE keys (kid INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, source TEXT NOT NULL);
CREATE TABLE entries (eid INTEGER PRIMARY KEY, kid INTEGER NOT NULL, system INTEGER NOT NULL, text TEXT NOT NULL,
                      place BLOB NOT NULL);
CREATE TABLE tables (tid INTEGER PRIMARY KEY, blob BLOB NOT NULL);
"""


class CrossPool:
    """Every aligned segment of a ``mtqa compare`` run by source text, for the cross-system checks.

    ``add`` takes one checked document of one system; :func:`cross_issues` then judges each translation
    against the others of the same source (:meth:`groups`, one source at a time), and :meth:`close` lets go.

    Why a database: every system's translations, their segments and source texts must wait until the last
    system is in, which was the whole run's text (and each document's line table) in memory. They wait in
    SQLite's private temporary database instead, as the consensus pool's
    (:class:`mtqa.scoring.consensus.ConsensusPool`: :data:`~mtqa.scoring.preference.CACHE_KB` of it in memory,
    the rest in a file SQLite deletes itself), put in :data:`BATCH` at a time under each source's number (the
    order sources were first met), read back one source at a time. A segment is stored as its fields
    (:func:`_packed`); the line table a document's mapped segments share is stored once per document."""

    BATCH = 1024
    """Translations buffered before they go into the store in one statement."""

    def __init__(self):
        self._db = None  # opened at the first flush
        self._pending: list[tuple[str, str, int, str, bytes]] = []  # (key, source, system number, text, place)
        self._numbers: dict[Hashable, int] = {}  # each system's number in the store
        self._systems: list[Hashable] = []  # and back
        self._tables = 0  # line tables stored
        self._classes: dict[type, int] = {}  # each segment class's number in the store (:func:`_packed`)
        self._kinds: list[type] = []  # and back
        self.documents: Counter = Counter()
        """Documents put in per system so far."""

    def add(self, system: Hashable, result) -> None:
        """Put in one checked document: each translation of a source segment (or group of segments), the
        target segments aligned to the same source joined in one, so that a system that splits a source
        sentence in two is judged on both pieces together, not each piece on the words of the other."""
        from mtqa.scoring.consensus import aligned_segments, source_key

        pair = result.pair
        place = self.documents[system]
        self.documents[system] += 1
        number = self._numbers.get(system)
        if number is None:
            number = self._numbers[system] = len(self._systems)
            self._systems.append(system)
        pieces: dict[tuple[int, ...], list[Segment]] = {}
        sources: dict[tuple[int, ...], str] = {}
        for index, source, _target, _words in aligned_segments(result):
            at = tuple(s.index for s in pair.sources_of(index))
            pieces.setdefault(at, []).append(pair.target.segments[index])
            sources[at] = source
        tables: dict[int, tuple[int, object]] = {}  # id of a line table of this document -> (its number, it)
        ignore = tuple(pair.meta.ignore or ())
        for at, segments in pieces.items():
            packed = tuple(_packed(seg, tables, self) for seg in segments)
            self._pending.append((source_key(sources[at]), sources[at], number,
                                  " ".join(seg.text for seg in segments),
                                  pickle.dumps((pair.id, place, packed, ignore), pickle.HIGHEST_PROTOCOL)))
        if tables:
            self._store_tables([(tid, pickle.dumps(table, pickle.HIGHEST_PROTOCOL)) for tid, table in tables.values()])
        if len(self._pending) >= self.BATCH:
            self._flush()

    def _open(self):
        from mtqa.scoring.preference import CACHE_KB

        if self._db is None:
            self._db = sqlite3.connect("")
            self._db.executescript(_SCHEMA.format(cache=CACHE_KB))
        return self._db

    def _store_tables(self, rows: list[tuple[int, bytes]]) -> None:
        from mtqa.scoring.preference import _room

        with _room("cross"):
            self._open().executemany("INSERT INTO tables (tid, blob) VALUES (?, ?)", rows)

    def _flush(self) -> None:
        """The buffered translations into the store (opened at the first)."""
        from mtqa.scoring.preference import _room

        if not self._pending:
            return
        with _room("cross"):
            db = self._open()
            db.executemany("INSERT OR IGNORE INTO keys (key, source) VALUES (?, ?)",
                           [(row[0], row[1]) for row in self._pending])
            db.executemany("INSERT INTO entries (kid, system, text, place) SELECT kid, ?, ?, ? FROM keys WHERE key = ?",
                           [(n, t, w, k) for k, _, n, t, w in self._pending])
        self._pending = []

    def groups(self) -> Iterator[tuple[str, list[tuple[Hashable, str]], list[bytes]]]:
        """Each source in the order first met: (its text, its translations as (system, text) in the order
        added, each translation's stored place, read by :meth:`place`), one source in memory at a time."""
        self._flush()
        if self._db is None:
            return
        from mtqa.scoring.preference import _room

        with _room("cross"):
            self._db.execute("CREATE INDEX IF NOT EXISTS entries_kid ON entries (kid, eid)")
            rows = self._db.execute("SELECT e.kid, k.source, e.system, e.text, e.place FROM entries e "
                                    "JOIN keys k ON k.kid = e.kid ORDER BY e.kid, e.eid")
            systems = self._systems
            for _, group in groupby(rows, key=lambda row: row[0]):
                group = list(group)
                yield group[0][1], [(systems[n], text) for _, _, n, text, _ in group], [row[4] for row in group]

    def place(self, stored: bytes) -> tuple[str, int, tuple[Segment, ...], tuple[str, ...]]:
        """A translation's document id, the document's place among its system's (records without ``doc`` whose
        ``id`` repeats are documents sharing an id), the target segments joined and the codes the item ignores
        (its ``ignore`` field or inline marker, :mod:`mtqa.suppress`)."""
        doc, at, packed, ignore = pickle.loads(stored)
        return doc, at, tuple(_unpacked(fields, self._kinds, self._table) for fields in packed), ignore

    def _table(self, tid: int):
        from mtqa.scoring.preference import _room

        with _room("cross"):
            blob = self._db.execute("SELECT blob FROM tables WHERE tid = ?", (tid,)).fetchone()[0]
        return pickle.loads(blob)

    def close(self) -> None:
        """Let the store go (SQLite deletes its file); the pool cannot be read after."""
        self._pending = []
        if self._db is not None:
            self._db.close()
            self._db = None


def _packed(seg: Segment, tables: dict, pool: CrossPool) -> tuple:
    """A segment for the store: its class's number in the pool, every field's value (:meth:`Segment.fields`,
    the class's own list: a field added to it is carried too) and, for a segment with a line table (a
    :class:`~mtqa.readers.positions.MappedSegment`'s, shared by its document's segments), the table's number
    with the table left out of the fields; the table itself is put in ``tables`` once."""
    kind = type(seg)
    number = pool._classes.get(kind)
    if number is None:
        number = pool._classes[kind] = len(pool._kinds)
        pool._kinds.append(kind)
    values = seg.fields()
    table = getattr(seg, "table", None)
    if table is None:
        return number, values, None
    known = tables.get(id(table))
    if known is None:
        pool._tables += 1
        known = tables[id(table)] = (pool._tables, table)
    at = _table_at(kind)
    return number, values[:at] + (None,) + values[at + 1:], known[0]


def _unpacked(packed: tuple, kinds: list, table) -> Segment:
    """The segment :func:`_packed` stored (``kinds``: the pool's classes by number; ``table(number)``: a stored
    line table)."""
    number, values, tid = packed
    kind = kinds[number]
    if tid is not None:
        at = _table_at(kind)
        values = values[:at] + (table(tid),) + values[at + 1:]
    return kind(*values)


def cross_issues(pool: CrossPool, checks: Iterable[DocumentCheck], source_lang: str, target_lang: str,
                 names: tuple[str, str], severity: Optional[dict[str, Severity]] = None,
                 ) -> Iterator[tuple[Hashable, str, int, Issue]]:
    """(system, document id, the document's place among the system's, issue) of every cross-system check on
    every source several systems translated (the place tells apart documents that share an id).

    As for the issues of one document (:func:`mtqa.api.check_pair`): an item that ignores the code gets none,
    and ``severity`` (the configuration's ``[severity]`` table, code -> severity) overrides the check's."""
    from dataclasses import replace

    from mtqa.checks.registry import is_selected
    from mtqa.scoring.consensus import clones

    severity = severity or {}

    checks = [c for c in checks if getattr(c, "cross_system", False)]
    if not checks:
        return
    apart = clones(_Translations(pool))
    for source, entries, stored in pool.groups():
        if len({s for s, _ in entries}) < 2:
            continue
        for check in checks:
            for found in check.judge(source, entries, source_lang, target_lang, apart):
                system, text = entries[found.entry]
                doc, place, segments, ignore = pool.place(stored[found.entry])
                if ignore and not is_selected(check.code, (), ignore):
                    continue
                wa = _alignment(source, text, source_lang, target_lang)
                issue = check.issue_for(segments, wa, found, names)
                issue = _placed(issue, segments)
                if check.code in severity:
                    issue = replace(issue, severity=severity[check.code])
                yield system, doc, place, issue


class _Translations:
    """The pool's translations by source text as :func:`mtqa.scoring.consensus.clones` reads a dict of them
    (``values()``), read from the store."""

    def __init__(self, pool: CrossPool):
        self.pool = pool

    def values(self) -> Iterator[list[tuple[Hashable, str]]]:
        for _, entries, _ in self.pool.groups():
            yield entries


def _placed(issue: Issue, segments: tuple[Segment, ...]) -> Issue:
    """The issue's end column placed through its segment's offset map (feeds: entities, CDATA), as
    :func:`mtqa.api.check_pair` places every other issue's; a span running onto another line ends at that
    line's end, read from the segment's own line table (the pool keeps segments, not documents)."""
    from mtqa.api import placed_in

    seg = next((s for s in segments if s.index == issue.segment), None)
    table = getattr(seg, "table", None)
    if seg is None or table is None:
        return issue
    return placed_in(issue, seg, table.line_text)


def check_translations(source: str, translations: dict[Hashable, str], ctx) -> list[tuple[Hashable, Issue]]:
    """(system, issue) of the cross-system checks of ``ctx`` on several translations of one ``source`` text,
    each checked as ``mtqa compare`` checks a system's document (as in the checks' documented examples)."""
    from mtqa.api import check_texts

    pool = CrossPool()
    try:
        for system, text in translations.items():
            pool.add(system, check_texts(text, source=source, ctx=ctx))
        return [(system, issue) for system, _, _, issue in cross_issues(pool, ctx.cross_checks,
                                                                      ctx.config.source_lang, ctx.config.target_lang,
                                                                      (ctx.source.name, ctx.target.name),
                                                                      ctx.config.severity)]
    finally:
        pool.close()
