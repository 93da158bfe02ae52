"""The false-friend lexicon (``data/false_friends.toml``): its entries read, compiled and screened.

An entry names a French trigger and the English trap it is rendered by word for word (``actuellement`` ->
"actually"), with the senses, exceptions and suggestion that tell a real false friend from the cognate used
rightly. This module reads the table (placeholders expanded from the dictionaries, keys each pattern needs
read once and kept in the compiled cache) and answers which entries a sentence can match, source first
(:func:`source_first`) or by the translation's keys (:func:`target_candidates`). Why here, below the checks:
A501 (:mod:`mtqa.checks.false_friends`) reports the entries, and other checks ask the same lexicon (the
sense checks screen a text with :func:`screen_text`, the gloss-frame check reads the lexical-model links at
:data:`SENSE_LINK` and :func:`related_words`): a language table has one owner that every check imports, never
a check module whose internals the others import.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator, Optional

from mtqa import regexcache
from mtqa.langs.cache import SOME_WORDS, TABLES, memoize
from mtqa.langs.data import alternation, built_from, data_toml
from mtqa.langs.measures import article_agreed
from mtqa.langs.trap_forms import WORD_RUN, auxiliary_before, cased, inflected
from mtqa.langs.wordtrie import trie_alternation
from mtqa.lazy import lazy_module as _lazy_module
from mtqa.meaning.tokens import plain, stem
from mtqa.model import Severity
from mtqa.records import record
from mtqa.regexcache import PatternLike, pattern_of
from mtqa.words import LOWER, UPPER

_DISTANCE = _lazy_module("rapidfuzz.distance")  # imported by the first use (mtqa.lazy), never by two threads at once


try:  # the regular expression parser, to read the literal text a pattern needs (see _required)
    from re import _parser as _sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse


Keys = Optional[tuple[str, ...]]
"""Lower-case strings one of which every match of a pattern contains; None when unknown."""


SENSE_WINDOW = 2
"""Words either side of the trap (and of the source's trigger) read for a sense's cues."""


UNLESS_WINDOW = 4
"""Words either side of a trap's match (the whole match of ``target``) that an entry's ``unless_target`` is read in
by default: an exception counts for a trap only where one of its matches overlaps that neighbourhood. Why: an
exception says what the trap's own phrase is ("a younger audience", "regional spatial policy"); the same
word elsewhere in the segment ("a regional director of the European Spatial Agency") says nothing of it."""


SENSE_LINK = 0.2
"""The least p(target|source) of a lexical-model link for a source neighbour's translation to count as a cue."""


_SENSE_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@record(frozen=True)
class Sense:
    """One sense of an entry's source word, told by the words around it (``[[entry.sense]]`` of the lexicon).

    ``cues`` are target-language words as the lexicon writes them, lower-cased; they and the words read
    around the trap are compared by their stems under the pair's target language
    (:func:`mtqa.meaning.tokens.stem` with the code the check passes, not a language named here); a sense
    holds where one of them is among the ``SENSE_WINDOW`` words either side of the trap, or is a
    lexical-model translation of a word beside the trigger in the source (« formation de glace »: *glace* ->
    ice). ``suggestion`` None is the sense the target's cognate has too (a rock formation, an engagement
    ring): the trap is no error there."""

    suggestion: Optional[str]
    cues: frozenset[str]
    window: int = SENSE_WINDOW
    """Words either side read for the cues. A sense told by a word on the trap itself (« formation politique »,
    "political formation": a party) reads fewer, and none past a punctuation mark: "the reform of the political,
    formation and supervision" lists the two, « la politique de formation » is a training policy."""
    note: Optional[str] = None
    """What the message says of this sense (the entry's ``note`` says what its ``suggestion`` means); None: the
    entry's. Why: a sense that suggests another word must say why that word, not the entry's."""


@record(frozen=True)
class Entry:
    """One false friend or calque of the lexicon, with its patterns compiled.

    A pattern field is a compiled pattern or, under ``mtqa check``, a :class:`~mtqa.regexcache.Deferred` stand-in
    compiled on first use (:data:`~mtqa.regexcache.PatternLike`): read its methods and attributes
    (``entry.source.search(text)``); code that needs the ``re.Pattern`` itself takes
    :func:`~mtqa.regexcache.pattern_of` of it."""

    id: str
    kind: str
    source: PatternLike
    target: PatternLike
    suggestion: str
    note: str
    unless_source: Optional[PatternLike] = None
    unless_target: Optional[PatternLike] = None
    rendered: Optional[PatternLike] = None
    """The right renderings: as many of them in the target as triggers in the source, the trap renders
    another word of the source (``propagande`` -> "publicity" beside "commercials" for ``publicités``)."""
    without_source: Optional[PatternLike] = None
    source_keys: Keys = None
    target_keys: Keys = None
    without_source_keys: Keys = None
    senses: tuple[Sense, ...] = ()
    """The source word's senses told by context, first that holds wins; none holding, ``suggestion``."""
    unless_window: int = UNLESS_WINDOW
    """Words either side of each trap's match in which ``unless_target`` is read (see :data:`UNLESS_WINDOW`)."""
    yields_to_subject: bool = False
    """The entry reads a reporting verb's next noun phrase as its object or explains only a word of it (an
    adverbial before an object, "declared to" -> "told", an inverted verb by a phrase): it gives way where A617,
    when it runs, reads that verb before its SUBJECT (:func:`mtqa.langs.reporting.reads_subject_at`), which the
    grammar decides and A617 reports once with the subject first. Per entry, not per check: an entry naming a
    false friend inside the subject is a second defect and stays."""
    not_in_headlines: bool = False
    """The trap is an article English leaves out only in a headline (« en finale » -> "in final", « en présence
    de » -> "in presence of"): headline English drops its articles ("Senegal beat Morocco in final"), so a headline
    is not read; the body's "in final" is the calque."""
    number_kept: bool = False
    """The trigger is a French noun used in the plural alone (« les urgences » of one hospital): a plural trap copies
    its form, not a number, and the suggestion is kept in the entry's number ("the emergencies of the hospital" ->
    "emergency department"), not made plural after the trap (:func:`~mtqa.langs.trap_forms.inflected`)."""
    place: Optional[str] = None
    """A named group of ``target`` (and of ``source``) holding a name the trap needs to be a place (« jusqu'à
    Genève » rendered "until Geneva"); None: no such need. The trap holds where the target's or the source's name
    is a place of the pair's name tables (``places``, :func:`mtqa.names.exonym_forms.is_place`) or where the
    source's match has a ``route`` group (a verb of going along a way before the trigger, « la route mène
    jusqu'à »). Why: a capitalised word after "until" is as often a time (an event, a feast, a reign) as a place,
    and no list of the times completes; evidence of a place is what makes "until" wrong."""
    same_figure: bool = False
    """The trap renders a figure the source's match holds (« il y a dix ans » -> "there are ten years"): where the
    source line writes a figure of the trap's (``figures``), it holds only where one of the source's matches holds
    it, or where that match holds none to compare (« quelques années »). Why: the source line may hold another construction than the one
    the trap renders (« il y a eu deux heures de retard, il y a trois jours »: "there were two hours delay" renders
    the existential, and the « il y a » + duration that matched is another one): the evidence must be the match the
    trap renders, not the line's."""
    severity: Optional[Severity] = None
    """The entry's severity where a source is aligned; None: the check's (major). A word order copied from the
    source (an adverbial between a verb and its object) keeps the meaning and is minor, as A627 reports the same
    defect read by grammar: one defect, one severity, whichever check reports it."""

    def possible(self, target: Optional[str], source: Optional[str], has_source: bool) -> bool:
        """False when :meth:`matches` certainly finds nothing, judged by plain substring tests.

        ``target`` and ``source`` are the texts as :func:`screen_text` returns them
        (None: no screen possible, the regexes decide). With dozens of entries a segment
        pair would cost over a hundred regex searches; the keys rule out nearly
        all of them, and the regexes run only where every key is present.
        """
        if not has_source:
            return self.without_source is not None and _has_key(target, self.without_source_keys)
        return _has_key(target, self.target_keys) and _has_key(source, self.source_keys)

    def matches(self, target: str, source: Optional[str], links=None,
                lang: Optional[str] = None, renders=None,
                source_read: bool = False, places=None, figures=None) -> Iterator[tuple[int, int, str]]:
        """(start, end, suggestion, note) of each trap in ``target``; ``source`` None means no source; ``note``
        is what the message says the source word means there (the sense's, else the entry's).

        ``links(word)``: the target stems the lexical model links a lower-case source word to (for the
        source side of :class:`Sense` cues); None reads the target's words alone. ``lang``: the code of
        the target language, whose suffix rules stem the cues and the words around the trap (None: the
        words are compared as written). ``renders(word)``: every target stem the lexical model or the
        dictionary gives a lower-case source word (:func:`source_renderings`); a one-word trap is then
        quiet where the source has as many other words it renders as there are traps (« Les fiançailles
        ont été annoncées … son engagement … »: "engagement" renders fiançailles too), as for
        ``rendered``. ``places(name)``: whether a name is a known place (for :attr:`place`; None: none is, and an
        entry with :attr:`place` holds only by a ``route``). ``figures(text, side)``: the values of the figures of a
        ``"source"`` or ``"target"`` text (for :attr:`same_figure`; None: not compared). ``source_read``: the source is known to match ``source`` and not ``unless_source``
        (:func:`_source_candidates` searched both, once per source sentence), so they are not searched again
        for each system's translation of it."""
        if source is None:
            if self.without_source is None:
                return
            regex = self.without_source
        else:
            if not source_read and (not self.source.search(source)
                                    or (self.unless_source and self.unless_source.search(source))):
                return
            regex = self.target
        found = list(regex.finditer(target))  # the trap first: the tests below read more, and most pairs have none
        traps = found  # every trap, exceptions too: the rank that pairs a trap with its source match (_paired)
        if found and self.unless_target:
            exceptions = [e.span() for e in self.unless_target.finditer(target)]
            if exceptions:
                found = [m for m in found if not _excepted(target, m.span(), exceptions, self.unless_window)]
        if found and self.place is not None:
            found = [m for m in found if self._at_place(m, source, places, traps)]
        if found and self.same_figure and source is not None and figures is not None:
            found = [m for m in found if self._figure_held(m, source, figures)]
        if not found:
            return
        if self.rendered and source is not None \
                and len(self.rendered.findall(target)) >= len(self.source.findall(source)):
            return
        if renders is not None and source is not None and lang \
                and self._renders_another(target, source, renders, lang, found):
            return
        for m in found:
            span = "trap" if "trap" in regex.groupindex and m.group("trap") else 0
            start, end = m.start(span), m.end(span)
            text = target[start:end]
            suggestion, note = self.suggestion, self.note
            if self.senses:
                sense = self.sense(target, start, end, source, links, lang)
                if sense is not None:
                    if sense.suggestion is None:
                        continue  # the target language's own sense of the cognate (a rock formation)
                    suggestion, note = sense.suggestion, sense.note or note
            groups = {k: v or "" for k, v in m.groupdict().items()}
            if source is not None:
                for name in _fields(suggestion):
                    kept = _name_in_source(groups.get(name, ""), source)
                    if kept != groups.get(name, ""):
                        if m.end(name) == end:  # the name ended the trap: so does its part the source has
                            end = m.start(name) + len(kept)
                        groups[name] = kept
                text = target[start:end]
            first = _FIRST_FIELD.match(suggestion)
            moved = bool(first and first[1] in regex.groupindex and m.group(first[1]) and m.start(first[1]) != start)
            suggestion = suggestion.format(**groups)
            if not moved:
                # militants -> activists, reports -> postpones, took the head -> took charge; a suggestion that
                # opens with words the trap holds later ("{np} said" for "declared Roger Dow") has no verb of the
                # entry's to inflect there: its first word is the trap's subject, which a name read as a verb
                # would turn ("Roger" -> "Rogered")
                suggestion = inflected(suggestion, text, lang, auxiliary_before(target, start), target[:start],
                                       number=not self.number_kept)
            start, suggestion = article_agreed(target, start, cased(suggestion, text, target, lang), lang)
            yield start, end, suggestion, note


    def _at_place(self, m: re.Match, source: Optional[str], places, found: list) -> bool:
        """The evidence :attr:`place` asks for the trap ``m`` (one of the target's matches ``found``, exceptions kept): its name is a
        place (``places``), or the source match paired with it (:meth:`_paired`) has its ``route`` group or a
        place for its name. Why the pairing: another « jusqu'à » of the line (« la route mène jusqu'à Lyon, et la
        trêve tiendra jusqu'à la COP29 ») says nothing of the trap's name; read as evidence for every "until", it
        flagged "until COP29"."""
        if source is None:
            return False
        name = m.group(self.place) if self.place in m.re.groupindex else None
        if name and places is not None and places(name):
            return True
        s = self._paired(m, name, source, found)
        if s is None:
            return False
        groups = s.groupdict()
        return bool(groups.get("route")) or bool(
            groups.get(self.place) and places is not None and places(groups[self.place]))

    def _figure_held(self, m: re.Match, source: str, figures) -> bool:
        """Whether a source match holds a figure of the trap ``m`` (:attr:`same_figure`), or either side has none, or
        the source line writes none of the trap's figures (the two sides read an approximation apart: "a dozen
        years" and « une douzaine d'années », "half a century" and « un demi-siècle »): only a figure the line
        writes outside every match ties the trap to another construction."""
        trap = figures(m.group(0), "target")
        if not trap or trap.isdisjoint(figures(source, "source")):
            return True
        for s in self.source.finditer(source):
            held = figures(s.group(0), "source")
            if not held or not held.isdisjoint(trap):
                return True
        return False

    def _paired(self, m: re.Match, name: Optional[str], source: str, found: list) -> Optional[re.Match]:
        """The source match of :attr:`source` that the trap ``m`` renders: the one whose :attr:`place` name is the
        trap's ``name`` (each word sharing its first ``NAME_PREFIX`` letters, accents aside: Genève, Geneva), else
        the one in the same rank where source and target hold as many matches; None where neither ties them (no
        evidence rather than another match's)."""
        matches = list(self.source.finditer(source))

        def key(text: str) -> tuple:
            return tuple(plain(w.lower())[:NAME_PREFIX] for w in WORD_RUN.findall(text or ""))

        if name:
            same = [s for s in matches if s.groupdict().get(self.place) and key(s.group(self.place)) == key(name)]
            if same:
                return same[0]
        if len(matches) == len(found):
            return matches[[f.span() for f in found].index(m.span())]
        return None

    def _renders_another(self, target: str, source: str, renders, lang: str, found=None) -> bool:
        """Every one-word trap of ``target`` may be the translation of a source word other than the trigger:
        the source holds at least as many lower-case words outside the trigger's matches whose renderings
        (``renders``) include the trap's stem. Why: the trap word is then the right translation of that other
        word (« fiançailles » -> engagement), and the trigger was rendered elsewhere or left out. ``found``: the
        target pattern's matches in ``target`` when already read (None: read here)."""
        from mtqa.meaning.tokens import stem

        traps = [m.group("trap") if "trap" in self.target.groupindex and m.group("trap") else m.group()
                 for m in (found if found is not None else self.target.finditer(target))]
        if not traps or any(not t.isalpha() for t in traps):
            return False
        wanted = {stem(t.lower(), lang) for t in traps}
        spans = [m.span() for m in self.source.finditer(source)]
        others = [w for w in _SENSE_WORD.finditer(source)
                  if w.group().islower() and not any(a < w.end() and w.start() < b for a, b in spans)
                  and wanted & renders(w.group())]
        return len(others) >= len(traps)

    def sense(self, target: str, start: int, end: int, source: Optional[str], links=None,
              lang: Optional[str] = None) -> Optional[Sense]:
        """The first of :attr:`senses` whose cues stand around the trap ``target[start:end]`` or, through
        ``links``, around the trigger in ``source``; None when no cue is there. Words are stemmed under
        ``lang`` (the target language's code; None: as written)."""
        from mtqa.meaning.tokens import stem

        def key(word: str) -> str:
            return stem(word, lang) if lang else word

        found: dict[int, set[str]] = {}

        def around(window: int) -> set[str]:  # the cues read ``window`` words either side, once per width
            if window not in found:
                phrase = window < SENSE_WINDOW
                cues = {key(w.lower()) for w in _words_around(target, start, end, window, phrase)}
                if source is not None and links is not None:
                    for m in self.source.finditer(source):
                        for w in _words_around(source, m.start(), m.end(), window, phrase):
                            if w.islower():
                                cues.update(links(w))
                found[window] = cues
            return found[window]

        return next((s for s in self.senses if {key(c) for c in s.cues} & around(s.window)), None)


def _excepted(text: str, span: tuple[int, int], exceptions: list, window: int) -> bool:
    """Whether one of the ``exceptions`` (spans of ``unless_target``'s matches in ``text``) overlaps the trap's match
    ``span`` widened by ``window`` words either side (:data:`UNLESS_WINDOW`)."""
    start, end = span
    before = list(WORD_RUN.finditer(text, max(0, start - 30 * window), start))[-window:] if window else []
    after = list(WORD_RUN.finditer(text, end, end + 30 * window))[:window] if window else []
    lo = before[0].start() if before else start
    hi = after[-1].end() if after else end
    return any(a < hi and lo < b or a == b and lo <= a <= hi for a, b in exceptions)


def _fields(template: str) -> list[str]:
    """The names of the ``{name}`` fields of a suggestion template."""
    import string

    return [f for _, f, _, _ in string.Formatter().parse(template) if f]


NAME_PREFIX = 4
"""Letters a name's word shares with a source word to be that word (a name's spelling adapted: Petersburg,
« Pétersbourg »; Moscow, « Moscou »)."""


def _name_in_source(name: str, source: str) -> str:
    """A name of several capitalised words read from the target (``{city}``: "PARIS FALLS" in "PURSE OF PARIS
    FALLS") cut after its last leading word the source has too (names are kept in translation), so that a
    capitalised word after the name (a headline's verb, in capitals or in title case) is not carried into the
    suggestion; kept whole where its first word is not in the source (an exonym: Frankfurt, « Francfort »). A word
    is in the source where a source word shares its first ``NAME_PREFIX`` letters, accents aside (Petersburg:
    « Pétersbourg »)."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return name
    have = {plain(w.lower())[:NAME_PREFIX] for w in WORD_RUN.findall(source)}
    n = 0
    while n < len(words) and all(plain(p.lower())[:NAME_PREFIX] in have for p in WORD_RUN.findall(words[n])):
        n += 1
    if n == 0 or n == len(words):
        return name
    return name[: name.index(words[n - 1], sum(len(w) + 1 for w in words[: n - 1])) + len(words[n - 1])]


def _words_around(text: str, start: int, end: int, window: int = SENSE_WINDOW, phrase: bool = False) -> list[str]:
    """The ``window`` words before ``start`` and after ``end`` in ``text``; with ``phrase``, only those reached
    across spaces (a comma or a bracket ends the trap's phrase: "the political, formation" has no adjective
    on the trap)."""
    before = list(_SENSE_WORD.finditer(text, max(0, start - 80), start))[::-1][:window]
    after = list(_SENSE_WORD.finditer(text, end, end + 80))[:window]
    if phrase:
        before = _joined(text, before, start, lambda m: (m.end(), None))
        after = _joined(text, after, end, lambda m: (None, m.start()))
    return [m.group() for m in before[::-1]] + [m.group() for m in after]


def _joined(text: str, words: list, edge: int, gap) -> list:
    """The leading ``words`` (nearest first) with nothing but spaces between each and the one before it, the
    first counted from ``edge``."""
    kept = []
    for m in words:
        a, b = gap(m)
        between = text[a:edge] if a is not None else text[edge:b]
        if between.strip():
            break
        kept.append(m)
        edge = m.start() if a is not None else m.end()
    return kept


def source_links(src: str, tgt: str, dictionary: bool = False):
    """``links(word)`` for :meth:`Entry.matches`: the target stems the pair's lexical model links a source
    word to with p(target|source) of at least ``SENSE_LINK`` and, with ``dictionary``, those its dictionary
    entries give it too (no aligned count); no model: none."""
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.meaning.tokens import stem

    @memoize(SOME_WORDS)
    def links(word: str) -> frozenset[str]:
        model = load_lexmodel(src, tgt)
        if model is None:
            return frozenset()
        return frozenset(t.stem for t in model.translations(stem(word, src))
                         if t.p_forward >= SENSE_LINK or dictionary and t.count == 0)

    return links


def source_renderings(src: str, tgt: str):
    """``renders(word)`` for :meth:`Entry.matches`: the target stems the pair's lexical model gives a source word
    as its translations: a dictionary entry (no aligned count: « fiançailles » -> engagement, which the news
    rarely aligns), or an aligned one of p(target|source) at least ``SENSE_LINK`` (:func:`source_links` with
    its dictionary entries). Why not every aligned link: the aligner's rare links are noise (« puis » ->
    eventually, twice in 122 links, where the system wrote "eventually" for « éventuellement »)."""
    return source_links(src, tgt, dictionary=True)


def _has_key(text: Optional[str], keys: Keys) -> bool:
    return text is None or keys is None or any(k in text for k in keys)


_CASE_TRAPS = ("İ", "ı", "ſ")
"""Characters ``re.IGNORECASE`` matches to a Latin letter (İ and ı to i, ſ to s) that ``str.lower`` does not
lower to it; a text holding one is not screened."""


HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\ufe63": "-", "\uff0d": "-"})
"""The hyphens other than the ASCII one (the hyphen, the non-breaking hyphen a word processor puts in
« sapeurs‑pompiers », the small and full-width hyphen-minus), each read as "-" by :func:`matchable`."""


def matchable(text: Optional[str]) -> Optional[str]:
    """``text`` as the lexicon's patterns read it: each of :data:`HYPHENS` made the ASCII hyphen, one character for
    one, so a span found in it is the same span of ``text``. Why once here and not in the patterns: every entry
    writes a hyphen as ``-`` (``sapeurs[\\s-]pompiers``), and a text typed with a non-breaking hyphen would slip
    past all of them; the check reads both its texts through this (:class:`mtqa.checks.false_friends.FalseFriend`)."""
    if text is None or text.isascii() or not any(hyphen in text for hyphen in _OTHER_HYPHENS):
        return text  # nothing to change (nearly every text): the same string, not a copy
    return text.translate(HYPHENS)


_OTHER_HYPHENS = tuple(chr(code) for code in HYPHENS)
"""The characters :func:`matchable` changes. Why it looks for them first: ``str.translate`` built a copy of both
texts of every pair A501 and A502 read (a dictionary lookup per character), 1.6 % of a run's CPU on WMT14's 24,024
pairs, and the copy, a new string, was hashed again as the key of each memo the check asks; the source sentence's
own string has its hash kept."""


def screen_text(text: Optional[str]) -> Optional[str]:
    """``text`` lower-cased for the key tests of :meth:`Entry.possible`, or None when the keys cannot decide.

    A key is lower-case Latin text (see :func:`_required`); for such characters
    ``re.IGNORECASE`` equals ``str.lower`` equality except for the characters of
    ``_CASE_TRAPS``, so a text without them contains a key, lower-cased,
    whenever a pattern needing it matches.
    """
    if text is None or any(trap in text for trap in _CASE_TRAPS):
        return None
    return text.lower()


def _required(pattern: Optional[PatternLike]) -> Keys:
    """Lower-case literal strings one of which every match of ``pattern`` contains, or None.

    Read from the parsed pattern: runs of literal characters that every match
    must contain (zero-width assertions such as ``\\b`` do not break a run),
    looking inside mandatory groups and taking one run per branch of an
    alternation; the most selective requirement (longest shortest string) wins.
    Keys are kept only if they are Latin text (see :func:`screen_text`).
    """
    if pattern is None:
        return None
    try:
        found = _sequence_keys(list(_sre_parse.parse(pattern.pattern, pattern.flags)))
    except Exception:  # an unexpected parse tree: no screen, the regex alone decides
        return None
    if found is None or not all(k and all(ord(c) < 0x180 and c not in "µıſİ" for c in k) for k in found):
        return None
    return found


_ZERO_WIDTH = {"AT", "ASSERT", "ASSERT_NOT"}


def _sequence_keys(items) -> Keys:
    """The best key set of a sequence of parsed items (every item must match)."""
    options: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, arg in items:
        name = getattr(op, "name", "")
        if name == "LITERAL":
            run.append(chr(arg).lower())
            continue
        if name in _ZERO_WIDTH:
            continue  # consumes nothing: the literals around it stay adjacent
        if run:
            options.append(("".join(run),))
            run = []
        inner: Keys = None
        if name == "SUBPATTERN":
            inner = _sequence_keys(list(arg[-1]))
        elif name == "BRANCH":
            branches = [_sequence_keys(list(b)) for b in arg[1]]
            if all(branches):
                inner = tuple(dict.fromkeys(k for b in branches for k in b))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and arg[0] >= 1:
            inner = _sequence_keys(list(arg[2]))
        if inner:
            options.append(inner)
    if run:
        options.append(("".join(run),))
    if not options:
        return None
    return max(options, key=lambda keys: min(len(k) for k in keys))


def _compile(pattern: Optional[str]) -> Optional[PatternLike]:
    """``pattern`` compiled case-blind; one the compiled cache holds is compiled on its first use
    (:func:`mtqa.regexcache.deferred`: a sentence needs the few entries whose keys it holds)."""
    return regexcache.deferred(pattern, re.IGNORECASE) if pattern else None


@memoize(TABLES)
@built_from("false_friends.toml")
def lexicon() -> tuple[Entry, ...]:
    """The entries of ``data/false_friends.toml``, compiled once; their keys (:func:`_required`) read from the
    compiled cache (:func:`_stored_keys`)."""
    raws, read = _stored_forms(data_toml("false_friends.toml")["entry"])
    return compile_entries(raws, _stored_keys(raws, read))


def _stored_forms(raws: list) -> tuple[list, list]:
    """:func:`_with_forms` of ``raws`` (the lexicon's entries as read), its expanded entries kept in the compiled
    cache (:func:`mtqa.compiled.cached`) under every file they are expanded from (the list :func:`_with_forms`
    returns, made here without expanding: :func:`_expansion_files`) and the code that expands them.

    Why: the expansion runs seven substitutions over each of ~300 patterns, writes alternations of the reporting
    verbs, the irregular pasts and the calendar names, and parses ``lexmodel/reporting.<lang>.tsv`` (3,000 rows
    since stop 76's person nouns) for two placeholders that only A501's patterns read: some 4 % of a warm seed
    run's CPU, the same on every run. A fault of the files (a misspelt placeholder, a faulty row of the counts)
    changes their key, so the expansion runs again and fails where it did."""
    from mtqa.compiled import cached, code_files

    read = _expansion_files(raws)

    def build() -> list:
        # only the patterns the expansion changed: the rest (notes, examples: half the bytes) is the entries' own
        return [{f: new[f] for f in _PATTERN_FIELDS if f in new and new[f] != raw.get(f)}
                for raw, new in zip(raws, _with_forms(raws)[0])]

    def shaped(stored) -> bool:  # a damaged file marshal still reads is rebuilt, not served
        return isinstance(stored, list) and len(stored) == len(raws) and all(
            isinstance(d, dict) and all(f in raw and isinstance(v, str) for f, v in d.items())
            for raw, d in zip(raws, stored))

    changed = cached("false-friend-entries", [*read, *code_files(build)], build, valid=shaped)
    return [{**raw, **d} if d else raw for raw, d in zip(raws, changed)], read


KINDS = {
    "false friend": "a look-alike of the source word that means something else (« actuellement » -> \"actually\")",
    "calque": "the source's words or construction copied where the target says it otherwise (« dans l'espace »)",
    "wrong sense": "a source word with several senses rendered in the one its context rules out (« le cours du "
                   "pétrole » -> \"course\", « une peine de prison » -> \"sorrow\"): no look-alike involved",
}
"""The kinds of entry the lexicon may declare, each an accuracy/mistranslation error (A501's category); the kind
opens the message (\"Wrong sense: ...\"). A registry, so that a lexicon copy with a misspelt kind is refused by name
rather than printing it in every message."""


def compile_entries(raws: list, keys: Optional[list] = None) -> tuple[Entry, ...]:
    """``raws`` (entries of a lexicon as read, their ``{{...}}`` placeholders expanded by :func:`read_entries`)
    compiled into :class:`Entry` objects; ``keys``: each one's (source, target, without-source) keys, None for no
    key screen (every pattern searched). One owner of the compiling for :func:`lexicon` and for a bench that
    measures a draft lexicon before its entries are added (``bench/false_friend_candidates.py``)."""
    entries = []
    for raw, (source_keys, target_keys, without_source_keys) in zip(raws, keys or [(None, None, None)] * len(raws)):
        if raw["kind"] not in KINDS:
            raise ValueError(f"entry {raw['id']!r}: unknown kind {raw['kind']!r} (one of: {', '.join(KINDS)})")
        source, target = _compile(raw["source"]), _compile(raw["target"])
        entries.append(Entry(
            id=raw["id"], kind=raw["kind"], source=source, target=target,
            suggestion=raw["suggestion"], note=raw["note"],
            unless_source=_compile(raw.get("unless_source")), unless_target=_compile(raw.get("unless_target")),
            rendered=_compile(raw.get("rendered")),
            without_source=_without_source(raw),
            source_keys=source_keys, target_keys=target_keys, without_source_keys=without_source_keys,
            senses=_senses(raw), unless_window=_unless_window(raw),
            yields_to_subject=bool(raw.get("yields_to_subject", False)),
            number_kept=bool(raw.get("number_kept", False)),
            not_in_headlines=_flag(raw, "not_in_headlines"),
            severity=_severity(raw), place=_place(raw, target), same_figure=_flag(raw, "same_figure"),
        ))
    return tuple(entries)


def _flag(raw: dict, key: str) -> bool:
    """The entry's boolean ``key`` (False when absent); a ValueError naming the entry for another value: a string
    "false" would read as true."""
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise ValueError(f"entry {raw['id']!r}: {key} {value!r} is not true or false")
    return value


def _place(raw: dict, target: PatternLike) -> Optional[str]:
    """The entry's ``place`` (a named group of its ``target``), None when it has none; a ValueError naming the entry
    when it is no group of ``target`` (a misspelt name, a number). Why: a name that is no group reads no place, and
    the entry went quiet on every "until Geneva" with no word of the fault (lr76 #3)."""
    value = raw.get("place")
    if value is None:
        return None
    if not isinstance(value, str) or value not in pattern_of(target).groupindex:
        raise ValueError(f"entry {raw['id']!r}: place {value!r} is no named group of its target pattern")
    return value


def _severity(raw: dict) -> Optional[Severity]:
    """The entry's own ``severity`` ("minor", "major" or "critical"), None when it has none; a ValueError naming
    the entry for another value (the lexicon's loader reports it as a data error)."""
    value = raw.get("severity")
    if value is None:
        return None
    if value not in [s.value for s in Severity]:
        raise ValueError(f"entry {raw['id']!r}: unknown severity {value!r} (one of: "
                         f"{', '.join(s.value for s in Severity)})")
    return Severity(value)


def read_entries(path: Path) -> list:
    """The entries of a lexicon file of ``false_friends.toml``'s schema at ``path`` (a draft, read by a bench),
    their ``{{...}}`` placeholders expanded as :func:`lexicon` expands them."""
    import tomllib

    with open(path, "rb") as f:
        return _with_forms(tomllib.load(f)["entry"])[0]


_FIRST_FIELD = re.compile(r"\{(\w+)\}")
"""A suggestion that opens with a named group of the target's match (``{np} said``)."""


_FORMS = re.compile(r"\{\{([a-z]{2,3}):([^\W\d_]+)\}\}")
"""``{{fr:assister}}`` in a pattern of the lexicon: every form of the word in that language's dictionaries."""


_UPPER = "{{UPPER}}"
"""``{{UPPER}}`` in a pattern of the lexicon: the project's capital letters (:data:`mtqa.words.UPPER`, the body of a
character class: ``(?-i:[{{UPPER}}])``), so no entry keeps its own ``A-Z`` that misses « Élysée »."""


_LOWER = "{{LOWER}}"
"""``{{LOWER}}`` in a pattern of the lexicon: the project's lower-case letters (:data:`mtqa.words.LOWER`), as
``{{UPPER}}`` is its capitals: ``(?-i:[{{LOWER}}])`` opens a lower-case word, ß, œ or ł too."""


_CALENDAR = re.compile(r"\{\{CALENDAR:([a-z]{2,3})\}\}")
"""``{{CALENDAR:en}}`` in a pattern of the lexicon: the language's month and weekday names (one owner,
``numbers/<lang>.toml``, read by :attr:`mtqa.numbers.Conventions.calendar_names`), as an alternation."""


_UNITS = re.compile(r"\{\{UNITS:([a-z]{2,3}):([a-z_]+)\}\}")
"""``{{UNITS:fr:lengths}}`` in a pattern of the lexicon: a list of unit words of ``lexmodel/units.toml`` (the
language's ``lengths``: « mètres », « km » ...), as an alternation: the entries on measures (« 30 mètres de long »,
« de profondeur ») read one list instead of each repeating it."""


_PAST = re.compile(r"\{\{PAST:([a-z]{2,3})\}\}")
"""``{{PAST:en}}`` in a pattern of the lexicon: the language's irregular past forms that are not spelt as their
base (met, said, went; not put), from its one owner (``inflection.toml``, :mod:`mtqa.langs.inflection`), as an
alternation: a pattern that must tell a verb after a noun ("the head of the state met") reads them with the
regular "-ed" it writes itself."""


_QUOTE = re.compile(r"\{\{QUOTE_(OPEN|CLOSE):([a-z]{2,3})\}\}")
"""``{{QUOTE_OPEN:en}}`` / ``{{QUOTE_CLOSE:en}}`` in a pattern of the lexicon: an opening or a closing quotation
mark of the language's text, from its one owner (``quotation_marks`` of ``langs/<lang>.toml``,
:meth:`mtqa.langs.language.Language.quotation_edge`), as a group: straight, curly, and the guillemets MT keeps
with or without their inner no-break space, so that no entry's frame goes blind where the marks are French."""


_REPORTING = re.compile(r"\{\{UNINVERTED_REPORTING:([a-z]{2,3})\}\}")
"""``{{UNINVERTED_REPORTING:en}}`` in a pattern of the lexicon: the reporting verbs English does not invert after
a clause, as the counts of ``lexmodel/reporting.<lang>.tsv`` and the profile's ``reporting_inversion`` decide
(:func:`mtqa.langs.reporting.uninverted_verbs`), as an alternation: the entries that read « …, a confié X »
carried in the French order take their verbs from the counts, not from a hand list."""


_SPEECH = re.compile(r"\{\{SPEECH_CLOSE:([a-z]{2,3})\}\}")
"""``{{SPEECH_CLOSE:en}}`` in a pattern of the lexicon: the end of a quotation that is direct speech (a comma or
another speech end at its closing mark, or a clause-long quotation), as a group
(:meth:`mtqa.langs.language.Language.speech_close`): an inverted-verb frame after a quoted name or title
('"Le Monde" revealed the affair') has no inverted subject."""


_QUOTED_VERBS = re.compile(r"\{\{REPORTING_(INVERTED|WRONG_SENSE):([a-z]{2,3})\}\}")
"""``{{REPORTING_INVERTED:en}}`` / ``{{REPORTING_WRONG_SENSE:en}}`` in a pattern of the lexicon: the reporting verbs
English does not invert and no translator of the references inverted either, split by whether the suggestion
keeps the verb (:func:`mtqa.langs.reporting.quotation_calques`): the counts' columns decide which inversions A501
reports (major) and which it leaves to A617 (minor)."""


def _marks(placeholder: str, lang: str, group: str) -> str:
    """``group`` (a quotation edge or a speech end of ``lang``); a ValueError naming ``placeholder`` when it matches
    nothing: a language without ``quotation_marks`` (a misspelt code, a profile not written yet) would leave the
    entry's frame quietly blind."""
    from mtqa.langs.data import NOTHING

    if group == NOTHING:
        raise ValueError(f"{placeholder} names a language without quotation marks (quotation_marks of "
                         f"langs/{lang}.toml)")
    return group


def _counted(placeholder: str, lang: str) -> None:
    """A ValueError naming ``placeholder`` when ``lang`` has no reporting counts: :func:`mtqa.langs.reporting.counts`
    would blame a file the lexicon's author never named."""
    from mtqa.langs.data import data_path

    if not data_path("lexmodel", f"reporting.{lang}.tsv").is_file():
        raise ValueError(f"{placeholder} names a language without reporting counts (lexmodel/reporting.{lang}.tsv)")


def _speech(m: re.Match) -> str:
    from mtqa.langs import language

    return _marks(m.group(), m[1], language(m[1]).speech_close())


def _quoted_verbs(m: re.Match) -> str:
    from mtqa.langs.reporting import quotation_calques

    _counted(m.group(), m[2])
    verbs = quotation_calques(m[2], m[1] == "WRONG_SENSE")
    if not verbs:
        raise ValueError(f"{m.group()}: the reporting counts of {m[2]!r} leave no such verb")
    return "(?:" + alternation(verbs) + ")"


def _quote(m: re.Match) -> str:
    from mtqa.langs import language

    return _marks(m.group(), m[2], language(m[2]).quotation_edge("opening" if m[1] == "OPEN" else "closing"))


def _reporting(m: re.Match) -> str:
    from mtqa.langs.reporting import uninverted_verbs

    _counted(m.group(), m[1])
    verbs = uninverted_verbs(m[1])
    if not verbs:
        raise ValueError(f"{m.group()}: the reporting counts of {m[1]!r} leave no such verb")
    return "(?:" + alternation(verbs) + ")"


_UNKNOWN_PLACEHOLDER = re.compile(r"\{\{(?![a-z]{2,3}:[^{}]+\}\})[^{}]*\}\}")
"""A ``{{...}}`` left after :data:`_UPPER`, :data:`_LOWER` and :data:`_CALENDAR` are replaced that is not a
``{{lang:word}}``."""


def _past(m: re.Match) -> str:
    from mtqa.langs.inflection import inflection

    verbs = inflection(m[1])
    if verbs is None:
        raise ValueError(f"{m.group()} names a language without verb inflection")
    pasts = {p for base, (past, _) in verbs.irregular.items() for p in past if p != base}
    return "(?:" + alternation(sorted(pasts)) + ")"


def _units(m: re.Match) -> str:
    from mtqa.langs.lexmodel import unit_words  # units.toml's owner: a faulty list is a DataError naming the file

    return "(?:" + alternation(unit_words(m[1], m[2])) + ")"


def _calendar(m: re.Match) -> str:
    from mtqa.numbers import conventions

    names = conventions(m[1]).calendar_names
    if not names:
        raise ValueError(f"{m.group()} names a language without month or weekday names")
    return "(?:" + alternation(names) + ")"


_PATTERN_FIELDS = ("source", "unless_source", "target", "unless_target", "rendered", "without_source")


def _placeholder_files(raws: list) -> list:
    """The files the placeholders of ``raws`` (the lexicon's entries as read) are expanded from, besides the
    dictionaries: ``numbers/<lang>.toml`` of each ``{{CALENDAR:<lang>}}`` (a ``$MTQA_DATA`` copy and mtqa's own,
    :func:`mtqa.langs.data.data_files`), ``langs/<lang>.toml`` of each quotation, speech or reporting placeholder
    with the module that reads its marks (:mod:`mtqa.langs.language`), the module of the helpers every expansion
    writes its words with (:func:`mtqa.langs.data.alternation`, :func:`~mtqa.langs.data.char_class`), and the
    module of :data:`mtqa.words.UPPER` and ``LOWER``. A table built
    from the expanded patterns is keyed on them too: a month renamed in a copy, or a capital added to ``UPPER``, changes
    the patterns, so the tables read from them must not be served from the cache."""
    from pathlib import Path

    from mtqa import words
    from mtqa.langs.data import data_files

    text = "\n".join(raw[f] for raw in raws for f in _PATTERN_FIELDS if raw.get(f) and "{{" in raw[f])
    files = [f for lang in dict.fromkeys(_CALENDAR.findall(text)) for f in data_files("numbers", f"{lang}.toml")]
    if _PAST.search(text):  # the irregular pasts are the inflection's (one file for every language)
        files += data_files("inflection.toml")
    if _UNITS.search(text):  # the unit words' lists (one file for every language)
        files += data_files("lexmodel", "units.toml")
    quoted = [m[2] for m in _QUOTED_VERBS.finditer(text)]
    profiled = [*(m[2] for m in _QUOTE.finditer(text)), *_REPORTING.findall(text), *_SPEECH.findall(text), *quoted]
    for lang in dict.fromkeys(profiled):
        files += data_files("langs", f"{lang}.toml")  # the quotation marks, the reporting profile
    if profiled:  # the code that turns the marks into a group (quotation_edge, speech_close)
        import importlib  # ``mtqa.langs.language`` the attribute is the function; the module is wanted

        files.append(Path(importlib.import_module("mtqa.langs.language").__file__))
    for lang in dict.fromkeys([*_REPORTING.findall(text), *quoted]):
        files += data_files("lexmodel", f"reporting.{lang}.tsv")
    if _REPORTING.search(text) or quoted:  # the thresholds that read the counts (REFERENCES_INVERT_MIN ...)
        from mtqa.langs import reporting

        files.append(Path(reporting.__file__))
    if files or _FORMS.search(text):  # every expander above writes its words through alternation() /
        # char_class() of langs/data.py, and so does the ``{{lang:word}}`` forms' (which reads no file listed here):
        # a change of those helpers (the escaping, the order of an alternation) changes the expanded patterns;
        # ``{{UPPER}}`` / ``{{LOWER}}`` alone are pasted as they are
        from mtqa.langs import data

        files.append(Path(data.__file__))
    return files + ([Path(words.__file__)] if _UPPER in text or _LOWER in text else [])


def _with_forms(raws: list) -> tuple[list, list]:
    """``raws`` (the lexicon's entries as read) with each placeholder of a pattern expanded (``{{UPPER}}``,
    ``{{LOWER}}``, ``{{CALENDAR:<lang>}}``, ``{{UNITS:<lang>:<list>}}``, ``{{PAST:<lang>}}``, ``{{QUOTE_OPEN:<lang>}}``, ``{{QUOTE_CLOSE:<lang>}}``,
    ``{{UNINVERTED_REPORTING:<lang>}}``, ``{{SPEECH_CLOSE:<lang>}}``, ``{{REPORTING_INVERTED:<lang>}}``,
    ``{{REPORTING_WRONG_SENSE:<lang>}}``, and each ``{{lang:word}}`` replaced by the word's forms,
    :func:`mtqa.langs.hunspell.suffix_forms`, kept compiled under the lexicon's, the calendar's and the
    dictionaries' files); and the files the expanded patterns were read from, for the key of a table built from
    them (:func:`_stored_keys`). Without the language's dictionary the placeholder is the word alone."""
    read = _expansion_files(raws, expanded=False)
    raws = [{**raw, **{f: _QUOTED_VERBS.sub(_quoted_verbs, _SPEECH.sub(_speech, _REPORTING.sub(_reporting, _QUOTE.sub(
                           _quote, _PAST.sub(_past, _UNITS.sub(_units, _CALENDAR.sub(
                               _calendar, raw[f].replace(_UPPER, UPPER).replace(_LOWER, LOWER))))))))
                       for f in _PATTERN_FIELDS
                       if raw.get(f) and ("{{" in raw[f])}} for raw in raws]
    for raw in raws:
        for f in _PATTERN_FIELDS:
            left = _UNKNOWN_PLACEHOLDER.search(raw.get(f) or "")
            if left:
                # a misspelt placeholder would stay in the pattern as literal text and quietly match nothing
                raise ValueError(f"entry {raw.get('id', '?')!r}: unknown placeholder {left.group()!r} in {f} "
                                 "(known: {{UPPER}}, {{LOWER}}, {{CALENDAR:<lang>}}, {{UNITS:<lang>:<list>}}, "
                                 "{{PAST:<lang>}}, "
                                 "{{QUOTE_OPEN:<lang>}}, {{QUOTE_CLOSE:<lang>}}, {{UNINVERTED_REPORTING:<lang>}}, "
                                 "{{SPEECH_CLOSE:<lang>}}, {{REPORTING_INVERTED:<lang>}}, "
                                 "{{REPORTING_WRONG_SENSE:<lang>}}, "
                                 "{{<lang>:<word>}})")
    wanted = _wanted_forms(raws)
    if not wanted:
        return raws, read
    from mtqa.compiled import cached, code_files
    from mtqa.langs import hunspell, language

    def build() -> dict:
        return {f"{code}:{word}": hunspell.suffix_forms(language(code).dictionaries, word) or (word,)
                for code, word in wanted}

    read += _dictionary_files(wanted)
    # code_files follows build's closure to hunspell.suffix_forms, the code that makes the forms
    forms = cached("false-friend-forms", [*read, *code_files(build)], build)

    def expand(pattern):
        if not pattern:
            return pattern
        return _FORMS.sub(lambda m: "(?:" + alternation(forms[f"{m[1]}:{m[2]}"], ordered=True) + ")", pattern)

    return [{**raw, **{f: expand(raw[f]) for f in _PATTERN_FIELDS if f in raw}} for raw in raws], read


def _wanted_forms(raws: list) -> list[tuple[str, str]]:
    """The (language, word) of each ``{{lang:word}}`` in the patterns of ``raws``, sorted, once each."""
    return sorted({m.groups() for raw in raws for f in _PATTERN_FIELDS if "{{" in (raw.get(f) or "")
                   for m in _FORMS.finditer(raw[f])})


def _dictionary_files(wanted: list[tuple[str, str]]) -> list[Path]:
    """The dictionaries' files the forms of ``wanted`` (:func:`_wanted_forms`) are read from."""
    from mtqa.langs import hunspell, language

    names = [n for code in dict.fromkeys(c for c, _ in wanted) for n in language(code).hunspell_names]
    return hunspell.files(tuple(names))


def _expansion_files(raws: list, expanded: bool = True) -> list[Path]:
    """Every file :func:`_with_forms` expands ``raws`` (the lexicon's entries as read) from, in the order it lists
    them: the lexicon, the placeholders' files (:func:`_placeholder_files`) and, when ``expanded``, the
    dictionaries of the ``{{lang:word}}`` forms. Read from the patterns' text alone, so the key of a stored
    expansion is made without expanding: the placeholders write words, never a ``{{lang:word}}``, so the forms
    wanted are those of the entries as read."""
    from mtqa.langs.data import data_files

    read = [*data_files("false_friends.toml"), *_placeholder_files(raws)]
    if expanded:
        wanted = _wanted_forms(raws)
        if wanted:
            read += _dictionary_files(wanted)
    return read


def _senses(raw: dict) -> tuple[Sense, ...]:
    """The ``[[entry.sense]]`` tables of an entry: ``cues`` (target-language words, lower-cased here; stemmed
    where they are compared, under the pair's target language) and a ``suggestion``, absent for the sense the
    target language's cognate has too; optional ``window`` (words either side read, fewer than ``SENSE_WINDOW``:
    within the trap's phrase) and ``note`` (the message's words for this sense)."""
    return tuple(Sense(t.get("suggestion"), frozenset(c.lower() for c in t["cues"]), t.get("window", SENSE_WINDOW),
                       t.get("note")) for t in raw.get("sense", ()))


def _unless_window(raw: dict) -> int:
    """An entry's ``unless_window`` (words either side of the trap's match where ``unless_target`` is read),
    :data:`UNLESS_WINDOW` when absent."""
    window = raw.get("unless_window", UNLESS_WINDOW)
    if not isinstance(window, int) or isinstance(window, bool) or window < 0:
        raise ValueError(f"entry {raw.get('id', '?')!r}: unless_window {window!r} is not a number of words")
    return window


def _without_source(raw: dict) -> Optional[PatternLike]:
    """The entry's ``without_source`` pattern, compiled as :func:`_compile` compiles (deferred when the file of
    :mod:`mtqa.regexcache` holds it: ~19 patterns of which a sentence needs few), but without ``re.IGNORECASE``:
    these patterns have always been read case-sensitively, and the answers must not change."""
    return regexcache.deferred(raw["without_source"]) if raw.get("without_source") else None


def _stored_keys(raws: list, read: list) -> tuple[tuple[Keys, Keys, Keys], ...]:
    """(source, target, without-source keys) of each entry of ``raws`` (the lexicon's entries, placeholders
    expanded), kept in the compiled cache (:func:`mtqa.compiled.cached`) under ``read`` (every file the expanded
    patterns were read from, :func:`_with_forms`: the lexicon, the calendar names, the dictionaries) and the
    code that reads the keys.

    Why: the keys are read from each pattern's parse tree (:func:`_required`), some 200 patterns parsed by
    ``re``'s parser in Python: about 7 ms of CPU that every run reaching the check paid, a one-line check too
    (whose patterns themselves come compiled: :mod:`mtqa.regexcache`).

    The key also names the file of that parser (its path and stamp, as for every source of the compiled cache):
    the keys are read from the trees it builds, which a Python upgrade may shape otherwise (new node kinds, a
    literal folded another way), and a cache folder is shared by every Python that runs mtqa for the user (two
    virtual environments, a system upgrade). Keys read by another Python's parser could name a literal this
    Python's ``re`` does not require; the screen would then drop entries whose pattern matches."""
    from pathlib import Path

    from mtqa.compiled import cached, code_files

    def build() -> tuple:
        return tuple((_required(_compile(raw["source"])), _required(_compile(raw["target"])),
                      _required(_without_source(raw))) for raw in raws)

    parser = Path(_sre_parse.__file__)
    return cached("false-friend-keys", [*read, *code_files(build), parser], build)


@memoize(TABLES)
def key_index(has_source: bool) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Target key -> positions (in the lexicon) of the entries needing it, and the entries without keys.

    With a source an entry's English trap is ``target``, without one
    ``without_source`` (entries lacking it never fire without a source).
    """
    by_key: dict[str, list[int]] = {}
    always = []
    for n, entry in enumerate(lexicon()):
        if not has_source and entry.without_source is None:
            continue
        keys = entry.target_keys if has_source else entry.without_source_keys
        if keys is None:
            always.append(n)
        for key in keys or ():
            by_key.setdefault(key, []).append(n)
    return {k: tuple(v) for k, v in by_key.items()}, tuple(always)


def target_candidates(target: Optional[str], has_source: bool, keys: Optional[set] = None) -> list[Entry]:
    """The entries whose English trap may be in ``target`` (a :func:`screen_text`), in lexicon order.

    ``keys``: the keys ``target`` holds when already known (see :func:`keys_held`), else None and
    every key is looked for.
    """
    entries = lexicon()
    if target is None:
        return list(entries)
    by_key, always = key_index(has_source)
    found = set(always)
    if keys is None:
        for key, positions in by_key.items():
            if key in target:
                found.update(positions)
    else:
        for key in keys:
            found.update(by_key.get(key, ()))
    return [entries[n] for n in sorted(found)]


@memoize(TABLES)
def keys_by_piece() -> Optional[dict[str, tuple[str, ...]]]:
    """Every target key of the entries that fire without a source (``without_source``) under its longest word,
    or None when a key is not plain lower-case ASCII words separated by spaces. (With a source the entries are
    screened on it first, :func:`source_first`: the translation's keys are then tested on a few entries.)

    Such a key can be in a screened text only if each of its words is inside one of the text's
    words, lower-cased (letters are lower-cased one by one; the texts :func:`screen_text` refuses
    hold the one character whose lower case is two). So the words holding a piece are found once
    per word (:meth:`mtqa.evidence.Evidence.select`), and a text without them holds no key.
    """
    keys = set(key_index(False)[0])
    if not all(re.fullmatch(r"[a-z]+(?: [a-z]+)*", k) for k in keys):
        return None
    out: dict[str, list[str]] = {}
    for k in sorted(keys):
        out.setdefault(max(k.split(" "), key=len), []).append(k)
    return {piece: tuple(ks) for piece, ks in out.items()}


@memoize(TABLES)
def _pieces_re() -> re.Pattern:
    return re.compile(alternation(keys_by_piece(), str))


def holds_piece(word: str) -> bool:
    return _pieces_re().search(word.lower()) is not None


@memoize(SOME_WORDS)
def _pieces_in(low: str) -> tuple[str, ...]:
    return tuple(piece for piece in keys_by_piece() if piece in low)


def keys_held(target: str, words) -> set[str]:
    """The keys ``target`` (a :func:`screen_text`) holds, given its words holding a piece: a
    one-word key is in the text exactly when it is inside one of its words; a longer one is
    looked for in the text."""
    found = set()
    for word in words:
        for piece in _pieces_in(word.lower()):
            found.update(k for k in keys_by_piece()[piece] if " " not in k or k in target)
    return found


@memoize(TABLES)
def _source_key_index() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Source key -> positions (in the lexicon) of the entries needing it, and the entries without source keys,
    whose patterns are searched in every source.

    An entry with many keys (one of 34 reporting verbs after a quotation mark; 14 award verbs or « prix ») is
    indexed as the others: its keys cost nothing more since they are found by one search of a nested pattern
    (:func:`_source_key_finder`). Until stop 68 an entry with more than 12 keys was searched in every source
    instead, and four such patterns were searched in all 3,003 sources of WMT14 where their keys are in 79
    to 2,222 of them (~0.1 s of CPU a run less, the same candidates)."""
    by_key: dict[str, list[int]] = {}
    always = []
    for n, entry in enumerate(lexicon()):
        if entry.source_keys is None:
            always.append(n)
            continue
        for key in entry.source_keys:
            by_key.setdefault(key, []).append(n)
    return {k: tuple(v) for k, v in by_key.items()}, tuple(always)


@memoize(TABLES)
def _source_key_finder() -> tuple[re.Pattern, dict[str, tuple[int, ...]], tuple[int, ...]]:
    """What :func:`_source_candidates` reads a source with: a pattern whose ``findall`` gives, at each position
    of a lower-cased text, the longest source key starting there (:func:`~mtqa.langs.wordtrie.trie_alternation`
    in a lookahead); per key, the positions of the entries needing it or one of its prefixes that is a key
    (every key found where it starts: it is the longest or one of its prefixes); and the entries searched in
    every source (:func:`_source_key_index`).

    Why: ``key in screen`` for each of the lexicon's source keys (473 at stop 68) was a Python loop of one
    substring test per key a source sentence, some 1 % of a run's CPU on WMT14's 24,024 pairs; one search of the nested
    pattern finds the same keys (the same entries, so the same answers) ~3x faster (3,003 sources)."""
    by_key, always = _source_key_index()
    keys = sorted(k for k in by_key if k)  # an empty key (none in mtqa's lexicon) is in every text
    always = tuple(sorted({*always, *by_key.get("", ())}))
    closure = {k: tuple(sorted({n for i in range(1, len(k) + 1) for n in by_key.get(k[:i], ())})) for k in keys}
    return re.compile(f"(?=({trie_alternation(keys)}))"), closure, always


FINDER_AFTER = 64
"""Sources of a process whose keys are looked for one by one before :func:`_source_key_finder` is built.
Why: building it (the nested pattern, its entries per key) costs ~3 ms, some 60 sources' substring tests:
a one-line check or an article paid that for nothing (a one-line check 8 % more CPU with the finder built at
once, stop 68), where a run of thousands of sentences saves ~0.1 ms each."""


_looped = 0
"""Sources of this process looked up one by one so far. A module counter, never reset and not guarded by a lock:
both paths find the same keys and so the same entries (``tests/test_key_finder.py``), so the path a source
takes, which depends on what the process read before, or two threads counting past :data:`FINDER_AFTER`
together, changes the time spent only, never an issue. A test that needs one path sets it (monkeypatch)."""


def source_first(source: str) -> Optional[tuple[int, ...]]:
    """:func:`_source_candidates` of ``source``, or None when its lower case cannot screen it (a character of
    ``_CASE_TRAPS``: the patterns alone decide, on the entries the translation's keys draw)."""
    screen = screen_text(source)
    if screen is None:
        return None
    return _source_candidates(source, screen)


def _source_candidates(source: str, screen: str) -> tuple[int, ...]:
    """Positions (in lexicon order) of the entries whose ``source`` pattern matches ``source`` and no
    ``unless_source`` does: those one of whose source keys ``screen`` (``source``'s :func:`screen_text`)
    holds, or without source keys, and then their patterns.

    Why the source first: an entry can match only where its French trigger is, and the triggers are in few
    source sentences, while the English keys of many entries (weekdays, "years", "million", "here", "state")
    are in many translations. The English keys are then tested on these few entries alone
    (:meth:`Entry.possible`). :class:`FalseFriend` keeps the answer per source sentence, which every system's
    translation of it shares. The keys are looked for one by one (one substring test per source key, 473 of
    them at stop 68): the run's evidence (:meth:`mtqa.evidence.Evidence.select`) is not asked, as it would test each
    source word against every fact the checks ask of translations' words, and a test per word (its pieces,
    kept per word) cost more on a first pass over new sentences. Past a process's first :data:`FINDER_AFTER`
    sources the keys are found by one search of a pattern nested by their prefixes (:func:`_source_key_finder`),
    not one substring test per key; both find the same keys.
    """
    global _looped
    if _looped < FINDER_AFTER:  # a short input: the finder would cost more to build than it saves
        _looped += 1
        by_key, always = _source_key_index()
        found = set(always)
        for key, entries_of_key in by_key.items():
            if key in screen:
                found.update(entries_of_key)
    else:
        finder, entries_of, always = _source_key_finder()
        found = set(always)
        for key in set(finder.findall(screen)):  # each key's longest, one search for all keys (_source_key_finder)
            found.update(entries_of[key])
    entries = lexicon()
    return tuple(n for n in sorted(found) if entries[n].source.search(source)
                 and not (entries[n].unless_source and entries[n].unless_source.search(source)))


def related_words(a: str, b: str) -> bool:
    """Two target-language words of one family: the same first five letters without accents, or 70 % of their
    letters shared (official/officially, internal/interns)."""
    Indel = _DISTANCE.Indel  # imported under mtqa.lazy's lock: threads of a Dask worker

    from mtqa.meaning.tokens import plain

    a, b = plain(a), plain(b)
    n = min(5, len(a), len(b))
    return a[:n] == b[:n] or Indel.normalized_similarity(a, b) >= 0.7
