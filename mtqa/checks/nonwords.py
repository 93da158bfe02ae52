"""Non-words (F2xx): tokens that are not English.

A token unknown to both the Hunspell dictionaries and wordfreq is not yet a
defect: news is full of names, rare words and coinages (``planemaker``,
``ecotax``). The check reports an unknown token only with a reason to
believe it is wrong, and says which:

* it is a French word (frequent in French, e.g. ``fillette``), or copied
  from the aligned source;
* it is a French stem with an English ending (``Devancing`` from
  *devancer*, ``legitimity`` from *légitimité*; table in
  ``data/derivation.toml``), the typical calque of a system that has no
  translation for the word;
* it is a name the source writes with a capital (``djermoune``);
* it is an English word with an impossible inflection (``informations``,
  ``injureds``).

Capitalised tokens are names unless they open a sentence and carry a
French-derived ending; hyphenated compounds, acronyms, camel case (left to
F101) and words inside a French fragment (left to the source-text checks)
are not looked at.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterator, Optional

from mtqa.checks.base import SegmentCheck
from mtqa.checks.lowered_names import in_prose, lowered_names
from mtqa.checks.precedence import selected_winners
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.evidence import Evidence, in_source_name
from mtqa.langs import at_sentence_start, fold
from mtqa.langs.text import capital_only_at_openings, whole_word_starts, word_pair_spans
from mtqa.langs.cache import SOME_WORDS, SOURCES, TABLES, WORDS, TwoGenerations, memoize
from mtqa.langs.data import built_from, data_toml
from mtqa.model import Issue, Segment, Severity, joined_sources
from mtqa.records import record
from mtqa.words import ONE_APOSTROPHE_WORD_RE as _WORD_RE

TOKEN_RE = re.compile(r"(?<![\w'’@#/.\-])[^\W\d_]+(?:['’][^\W\d_]+)*(?![\w@/\-]|['’]?-|\.[^\W\d_])")


@memoize(TABLES)
@built_from("derivation.toml")
def _suffixes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    rules = data_toml("derivation.toml")["rule"]
    return tuple(sorted(((r["en"], tuple(r["fr"])) for r in rules), key=lambda kv: -len(kv[0])))


@memoize(SOME_WORDS)
def source_root(word: str, source, target, min_zipf: float = 2.0) -> Optional[str]:
    """The ``source``-language word a ``target`` non-word is built on (``devancing`` -> ``devancer``), or None.

    The source word must differ from the token by more than its accents: a
    source spelling used as such (a name like ``Tsahal``) is not a derivation.
    """
    low = word.lower()
    for en_end, fr_ends in _suffixes():
        if not low.endswith(en_end) or len(low) - len(en_end) < 3:
            continue
        stem = low[: len(low) - len(en_end)]
        for fr_end in fr_ends:
            if stem + fr_end == low:
                continue
            z, spelled = source.zipf_folded(stem + fr_end)
            if z >= min_zipf and fold(spelled) != fold(low) and target.zipf(spelled) < 1.0 and not target.in_dictionary(spelled):
                return spelled
    return None


def _bad_inflection(word: str, lang) -> Optional[str]:
    """``informations`` -> ``information``: a word with an inflection ending (the language
    profile's ``inflection_endings``) its dictionary does not let it take; a word derived from a
    dictionary word (``derivations``: ``billionairess``) is none."""
    low = word.lower()
    if _derived_word(low, lang):
        return None  # "billionairess" (billionaire + ess): a word of its own, not "billionaires" + s
    for end in lang.extra.get("inflection_endings", ()):
        stem = low[: -len(end)]
        if low.endswith(end) and len(stem) >= 4 and lang.in_dictionary(stem) and lang.zipf(stem) >= 3.0:
            return stem
    return None


def _derived_word(low: str, lang) -> bool:
    """A regular derivation of a dictionary word (the language profile's ``derivations``:
    ``billionairess`` from billionaire, ``spoliated`` beside spoliation), which a dictionary may not list;
    none when a row's further endings put on the stem make a dictionary word the form is read as
    instead: the verb the base word is formed on (``confrontated``, confrontation being confront +
    -ation) or a plural misspelt (``bossess``: bosses, not boss + -ess)."""
    for end, base_end, *other_bases in lang.extra.get("derivations", ()):
        stem = low[: -len(end)]
        if low.endswith(end) and len(low) > len(end) + 2 and lang.in_dictionary(stem + base_end) \
                and not any(lang.in_dictionary(stem + v) for v in other_bases):
            return True
    return False


def _function_words(ctx) -> tuple[frozenset, frozenset]:
    """The source's function words the target does not share, and the source's elisions."""
    return ctx.pair.source_only_function_words, ctx.source.word_set("elisions")


def in_source_fragment(text: str, start: int, end: int, ctx, window: int = 3) -> bool:
    """True when a source-language function word or elision is within ``window`` words."""
    src_words, elisions = _function_words(ctx)
    before = _WORD_RE.findall(text[max(0, start - 60):start])[-window:]
    after = _WORD_RE.findall(text[end:end + 60])[:window]
    for w in before + [text[start:end]] + after:
        low = w.lower().replace("’", "'")
        head, apos, _ = low.partition("'")
        if low in src_words or (apos and head in elisions):
            return True
    return False


def _unknown(token: str, max_english_zipf: float, elisions: frozenset, lang) -> bool:
    """A token (possessive aside) of three letters or more, in lowercase or capitalised, that is no
    French elision and that neither the dictionaries nor wordfreq know as English: a non-word
    candidate for :class:`NonWord` (remembered per word: the same words recur in every document)."""
    return _unknown_words(max_english_zipf, elisions, lang)[token]


@memoize(TABLES)
def _unknown_words(max_english_zipf: float, elisions: frozenset, lang) -> TwoGenerations:
    """:func:`_unknown`'s answers for one threshold, elision set and language: a word table of :data:`WORDS`
    words in two generations (:func:`~mtqa.langs.cache.word_memo`'s table), not an LRU cache keyed by the token
    with the threshold, the elisions and the language. Why: a fact of the words of every translation fills its
    bound on a long run, and an LRU entry held a 4-tuple key and a 56-byte link beside its slot (~4 MB at 16,384
    tokens in a census of 30,000 growing pairs, ``bench/memory_census.py``) where this holds the token and its
    slot. Replaying the key stream (``bench/memo_bounds.py``): 41,834 computes against the LRU's 41,594 of
    145,615 calls on those pairs (+240)."""

    def unknown(token: str) -> bool:
        return _is_unknown(token, max_english_zipf, elisions, lang)

    return TwoGenerations(WORDS, unknown)


def _is_unknown(token: str, max_english_zipf: float, elisions: frozenset, lang) -> bool:
    """:func:`_unknown`, computed."""
    word = token[:-2] if token.endswith(("'s", "’s")) else token  # a possessive
    if len(word) < 3 or word.isupper() or not _plain_case(word[1:]):
        return False
    if "'" in word or "’" in word:
        head, apos, _ = word.lower().replace("’", "'").partition("'")
        if apos and head in elisions:
            return False  # l'équipe, d'Elon: source text, reported by the source-text checks
    return not (lang.zipf(word) >= max_english_zipf or lang.in_dictionary(word))  # frequencies first: usually cached


def _whole_word(word: str, text: str) -> Optional[str]:
    r"""``word`` where ``text`` has it as a whole word (no word character either side: ``(?<!\w)word(?!\w)``),
    or None; found with ``str.find`` (:func:`~mtqa.langs.text.whole_word_starts`), not a pattern compiled for
    each word."""
    return word if next(whole_word_starts(text, word), None) is not None else None


def _apostrophe_prefixes(word: str) -> list[str]:
    """``word`` and its beginnings up to each inner apostrophe (``l'homme`` -> ``l``, ``l'homme``)."""
    return [word[:i] for i, ch in enumerate(word) if ch in "'’"] + [word]


def _plain_case(rest: str) -> bool:
    """No capital in ``rest`` (the word after its first letter): not camel case."""
    return rest.islower() or not any(c.isupper() for c in rest)  # islower first: the usual case, at C speed


@register
@record
class NonWord(SegmentCheck):
    """A token that is not an English word: French left in, French-derived or misinflected.

    Why it matters: a non-word stops the reader, and in MT output it is
    almost always a word the system could not translate: a French word
    copied through (``fillette``) or copied with its ending changed
    (``intersyndical`` for « intersyndicale », ``dessalination`` for
    « dessalement »: a rare source word of the aligned source, named in the
    message; one letter away from a single common English word of its length
    that starts with as much of the source word as it does, ``artillary``
    beside « artillerie », it is that word misspelt, minor, with the word as
    the fix: spelling alone, not whether the word renders the source word), a French verb given an English ending
    (``Devancing`` for *devançant*, "ahead of"; also ``precising`` for
    *précisant*, a form the dictionary lists for the rare verb *précis* but
    English news never writes, where the source has the participle it
    copies), or a plural English does not have (``informations``). French-looking tokens are major; the
    others minor. Unknown tokens without such evidence (names, rare words,
    coinages, hyphenated compounds) and words of a phrase the target
    language has borrowed (``homo sovieticus``, ``joie de vivre``) are left
    alone. A copy of a word the source capitalises is a name written in
    lower case, with the capital as the fix, unless the source capitalises
    it only where its sentences begin and its dictionary lists it in lower
    case (« Névé et glacier … » -> "the névé"): the common word copied. A
    token the source writes itself is a copy, never a source word given a
    target ending (« Teltow-Fläming » -> "Teltow - Fläming" is no
    *flamant* + -ing). A rare word outside the source dictionary copied
    with its neighbour, a word of neither language, as the source writes
    the two (« l'enquête mani pulite »), is a third language's phrase the
    translation keeps, not source text. A word the source writes only with
    capitals inside its sentences, and no common word of its dictionary, is
    a name or an acronym however often French news writes it (« (Aqmi) »
    -> "(aqmi)"): a name written in lower case, not a French word. So is
    a word the source's dictionary knows only as a participle or an
    adjective (« le jeune Charmé » -> "young charmé"), while a noun the
    source capitalises by convention (l'État) stays its word; and so is a
    name or acronym the target's word frequencies seem to know, as they
    count its capitalised uses (« la SNCF » -> "the sncf", « le Hamas »
    -> "the hamas"), unless the target writes the word in lower case
    itself (internet). When A205 runs too (the default), a source name
    copied in lower case that A205 reports (montérégie) is its alone, with
    the target's form of the name: one issue, not two.

    Example:
        source: La capsule a atterri.\\n\\nDevançant un projet américain avec Tom Cruise, l'équipe de la SNCF en Montérégie a décollé le 5 octobre.\\n\\nL'intersyndicale a salué ce succès.
        bad: The capsule landed.\\n\\nDevancing an American project with Tom Cruise, the SNCF team in Montérégie took off on October 5.\\n\\nThe joint union front welcomed the success.
        bad: The capsule landed.\\n\\nAhead of an American project with Tom Cruise, the SNCF team in montérégie took off on October 5.\\n\\nThe joint union front welcomed the success.
        bad: The capsule landed.\\n\\nAhead of an American project with Tom Cruise, the sncf team in Montérégie took off on October 5.\\n\\nThe joint union front welcomed the success.
        bad: The capsule landed.\\n\\nAhead of an American project with Tom Cruise, the SNCF team in Montérégie took off on October 5.\\n\\nThe intersyndical welcomed the success.
        good: The capsule landed.\\n\\nAhead of an American project with Tom Cruise, the SNCF team in Montérégie took off on October 5.\\n\\nThe joint union front welcomed the success.
        good: The capsule landed.\\n\\nThe planemaker Embraer, at the Louvre with Laurence des Cars, visited Les Gets.
    """

    code = "F201"
    requires_dictionary = True
    name = "non-word"
    category = "fluency"
    subcategory = "spelling"
    severity = Severity.MAJOR
    max_english_zipf: float = 1.0
    min_french_zipf: float = 2.5
    min_root_zipf: float = 2.0
    max_rare_zipf: float = 1.2
    """Frequency below which a dictionary form built on a source participle the source holds is no word of
    English news (:meth:`_rare_derived`): learned on the newstest 2008-2013 references, the lowest such form a
    human translator wrote being ``contenting`` (1.21; then ``internationalised``, 1.45), while ``precised`` for
    « a précisé » is 1.12 (the WMT12/13 systems: 3 more forms under 1.5, none under 1.0)."""
    min_near_prefix: int = 6
    """Letters a near copy shares with the start of the source word it is built on (:func:`near_source_word`)."""

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        text = segment.text
        _, elisions = _function_words(ctx)

        def unknown(token: str) -> bool:
            return _unknown(token, self.max_english_zipf, elisions, ctx.target)

        # a source name copied in lower case that A205 reports (with the target's form of it: poméranie,
        # Pomerania) is A205's alone when A205 runs (mtqa.checks.precedence); read only when a word is about
        # to be reported (see _Taken): nearly every translation has none
        taken = _Taken(text, sources, self.code, ctx)
        if sources:
            yield from self._known_names_lowered(segment, joined_sources(sources), unknown, ctx, taken)

        # Each token of TOKEN_RE is a word of the evidence's tokeniser, or such a word cut at an
        # apostrophe (``l`` of ``l'homme-``): a text none of whose words has an unknown such piece (the
        # usual case) has no candidate, found with set operations on the text's words, shared with the
        # other checks (each word is tested once per run).
        fact = ("F201.unknown", self.max_english_zipf, ctx.source.code, ctx.target.code)
        selected = Evidence.of(ctx).select(text, fact, lambda w: any(map(unknown, _apostrophe_prefixes(w))))
        if sources:
            yield from self._rare_derived(segment, joined_sources(sources), ctx, taken)
        if not selected:
            return
        # an unknown token is one of those words' pieces (by the same reading): only those are asked again
        pieces = {p for w in selected for p in _apostrophe_prefixes(w)}
        flagged = {t for t in pieces.intersection(TOKEN_RE.findall(text)) if unknown(t)}
        if not flagged:
            return  # every word is English: decided on the cached word tests alone
        source = joined_sources(sources)
        borrowed = Evidence.of(ctx).borrowed_spans(text)
        for m in TOKEN_RE.finditer(text):
            token = m.group(0)
            if token not in flagged or m.start() in taken.starts():
                continue
            if any(a <= m.start() < b for a, b in borrowed):
                continue  # homo sovieticus, joie de vivre: a phrase the target language has borrowed
            if "*" in text[max(0, m.start() - 1):m.end() + 1]:
                continue  # "d**itre": a name starred out on purpose
            word = token[:-2] if token.endswith(("'s", "’s")) else token  # a possessive
            start, end = m.start(), m.start() + len(word)
            capital = word[0].isupper()
            if capital and (not at_sentence_start(text, start) or _after_abbreviation(text, start, ctx.target)):
                continue  # a name ("Dr. Valois": a title's full stop does not end the sentence)
            if in_source_fragment(text, start, end, ctx) or in_source_name(text, start, word, source):
                continue
            found = self._judge(word, capital, source, ctx, text, start)
            if found:
                message, suggestion, severity = found
                yield self.issue(segment, start, end, message, suggestion, severity=severity)

    def _rare_derived(self, segment: Segment, source: str, ctx, taken: "_Taken") -> Iterator[Issue]:
        """A source verb given a target ending where the target's dictionary lists the form but its word
        frequencies never meet it (``precising`` for « précisant »: the dictionary has the rare verb *précis*),
        reported when the source itself writes the stem with the participle ending the target ending copies
        (``participle`` of ``derivation.toml``: « précisant »). Why: such a dictionary word passes
        :func:`_unknown`, yet a form English news does not use, built on a frequent source word the aligned
        source holds, is the source word the system could not translate, as ``Devancing`` is; a rare
        English word the source has no verb for (``précising`` a report) is left alone."""
        text = segment.text
        fact = ("F201.rare-derived", self.max_rare_zipf, ctx.target.code)
        words = Evidence.of(ctx).select(text, fact, lambda w: _rare_suffixed(w, self.max_rare_zipf, ctx.target))
        if not words:
            return
        source_words = None
        for m in TOKEN_RE.finditer(text):
            word = m.group(0)
            if word not in words or m.start() in taken.starts():
                continue
            if word[0].isupper() and not at_sentence_start(text, m.start()):
                continue  # a name
            low = word.lower()
            root = source_root(low, ctx.source, ctx.target, self.min_root_zipf)
            if root is None:
                continue
            if source_words is None:
                source_words = {fold(w.lower()) for w in _PLAIN_WORD.findall(source)}
            if not any(fold(low[:-len(end)] + part) in source_words
                       for end, parts in _participles() if low.endswith(end) for part in parts):
                continue  # the source has not that participle (« reconvertir » -> "reconverting"): English's word
            yield self.issue(segment, m.start(), m.end(),
                             f"{quoted(word)} is not in {ctx.target.name} use: {ctx.source.a_name} word "
                             f"({quoted(root)}) with {ctx.target.a_name} ending.", None, severity=Severity.MAJOR)

    def _known_names_lowered(self, segment: Segment, source: str, unknown, ctx,
                             taken: "Optional[_Taken]" = None) -> Iterator[Issue]:
        """A name or acronym of the source written in lower case where the target's word frequencies know it
        (``sncf``, ``hamas``, ``ump``): the source writes it only with capitals inside its sentences (or in
        capitals), never in lower case, and it is no common noun of the source's dictionary (l'État is its
        word, not a name). Why: wordfreq folds case, so a name's capitalised uses make its lower-case form look
        like an English word and :func:`_unknown` passes it; the target's dictionary keeps the case. A word
        the target's dictionary lists in lower case is the target's own (internet), unless the source writes
        it as an acronym and the target writes it rarely (``ump`` for UMP, not ``can`` for CAN). A name the
        source merely capitalises is reported only where the target's dictionary lists it as a name (Hamas)
        or the source's dictionary knows the word as another part of speech (Désiré, a participle): English
        writes many borrowed names as common nouns (kawaii, chengguan), words neither dictionary knows, and
        the case-folded frequencies cannot tell them apart."""
        text = segment.text
        names = _source_capitals(source)
        if not names or not any(form in text for form in names):
            return
        for m in TOKEN_RE.finditer(text):
            word = m.group()
            spelled = names.get(word)
            if spelled is None or unknown(word) or not word.islower() or (taken is not None and m.start() in taken.starts()):
                continue  # an unknown word is judged by the check's main rule
            acronym = spelled.isupper()
            if ctx.target.in_dictionary(word) and not (acronym and ctx.target.zipf(word) < MAX_ACRONYM_WORD_ZIPF):
                continue
            if not acronym and ctx.source.lists_as_noun(word):
                continue  # l'État, le Nord: a noun the source capitalises by convention is its word
            if not acronym and not (ctx.target.has_proper_stem(spelled) or ctx.source.is_common_word(word)):
                continue  # kawaii, chengguan: English writes many borrowed names as common nouns
            if not in_prose(text, m.start(), m.end()) or in_source_fragment(text, m.start(), m.end(), ctx):
                continue
            yield self.issue(segment, m.start(), m.end(),
                             f"{quoted(word)} is a name written in lowercase; the source writes {quoted(spelled)}.",
                             spelled, severity=Severity.MINOR)

    def _judge(self, word: str, capital: bool, source: str, ctx, text: str, start: int):
        low = word.lower()
        src, tgt = ctx.source.name, ctx.target.name
        # a token the source writes itself (as it stands or capitalised) is copied, not rebuilt from a source
        # word: "Teltow - Fläming" is no French "flamant" with an English ending (the name checks judge a copy)
        root = None if source and (_whole_word(word, source) or _whole_word(word[0].upper() + word[1:], source)) \
            else source_root(low, ctx.source, ctx.target, self.min_root_zipf)
        derived = f"{quoted(word)} is not {tgt}: {ctx.source.a_name} word ({quoted(root)}) with {ctx.target.a_name} ending."
        if capital:
            if root:
                return derived, None, Severity.MAJOR
            return None
        # a source word capitalised only where its sentences begin, which the source dictionary lists in
        # lower case, is that common word copied, not a name (« Névé et glacier … » -> "the névé and …")
        opening = bool(source) and word.islower() and ctx.source.is_common_word(low) \
            and capital_only_at_openings(word[0].upper() + word[1:], source)
        copied = bool(source) and (opening or _whole_word(word, source) is not None)
        if source and not copied and not (ctx.source.is_common_word(low) and ctx.source.lists_as_noun(low)):
            # a word the source writes only with capitals, inside its sentences, and no common noun of the
            # source's dictionary is a name or an acronym however often the source's news writes it
            # (« Al-Qaida au Maghreb islamique (Aqmi) », « la Montérégie »), or a word its dictionary knows
            # as a participle or an adjective only (« le jeune Charmé »): lowered, not a source word; a
            # noun the source capitalises by convention (l'État, l'Assemblée) is still the source's word
            cap = word[0].upper() + word[1:]
            named = (_whole_word(cap, source) and not capital_only_at_openings(cap, source)
                     and cap) or _whole_word(word.upper(), source)
            if named:
                return (f"{quoted(word)} is a name written in lowercase; the source writes {quoted(named)}.",
                        named, Severity.MINOR)
        fr = ctx.source.zipf(low)
        if copied and fr < self.min_french_zipf and not ctx.source.in_dictionary(low) \
                and _copied_foreign_phrase(word, text, start, source, ctx):
            return None  # « l'enquête mani pulite » -> "the mani pulite inquiry": a third language's phrase
        if fr >= self.min_french_zipf or (copied and fr >= 1.0):
            return (f"{quoted(word)} is {src}, not {tgt}" + (" (copied from the source)." if copied else "."),
                    None, Severity.MAJOR)
        if root and not _derived_word(low, ctx.target):  # "spoliated": an English verb's regular form
            return derived, None, Severity.MAJOR
        if source and not opening:
            named = _whole_word(word[0].upper() + word[1:], source)
            if named:
                return (f"{quoted(word)} is a name written in lowercase; the source writes {quoted(named)}.",
                        named, Severity.MINOR)
        stem = _bad_inflection(low, ctx.target)
        if stem:
            return (f"{quoted(word)} is not {ctx.target.a_name} word form ({quoted(stem)} takes no such ending).",
                    stem, Severity.MINOR)
        near = near_source_word(low, source, ctx.source, ctx.target, self.min_near_prefix) if source else None
        if near:
            meant = misspelt_target_word(low, near, ctx.target, self.min_near_prefix)
            if meant:
                # right flag, but no source word rebuilt: the target word the source word is rendered by, one
                # letter wrong ("artillary" beside « artillerie »: artillery) -- the writer's fix is that word
                fix = meant if word.islower() else meant[0].upper() + meant[1:]
                return (f"{quoted(word)} is a misspelling of {quoted(fix)} (one letter differs).", fix,
                        Severity.MINOR)
            rendering = _rendering(near, ctx)
            how = "copied from" if fold(near) == fold(low) else "built on"
            # the usual rendering is no fix where the translation writes it already ("fluocompact bulbs": bulbs)
            fix = rendering if rendering and _whole_word(rendering, text) is None else None
            return (f"{quoted(word)} is not {tgt}: {how} {ctx.source.a_name} word of the source ({quoted(near)})"
                    + (f"; {ctx.target.name} usually writes {quoted(rendering)} for it." if rendering else "."),
                    fix, Severity.MAJOR)
        return None


def _rare_suffixed(word: str, max_zipf: float, lang) -> bool:
    """A lower-case or capitalised word of six letters or more with an ending of ``derivation.toml`` that the
    dictionaries of ``lang`` list but its word frequencies put below ``max_zipf`` (``precising``): a candidate
    for :meth:`NonWord._rare_derived` (a word :func:`_unknown` passes for its dictionary entry)."""
    if len(word) < 6 or not word.isalpha() or not _plain_case(word[1:]):
        return False
    low = word.lower()
    if not any(low.endswith(end) for end, _ in _participles()):
        return False
    return lang.zipf(word) < max_zipf and lang.in_dictionary(word)


def near_source_word(word: str, source: str, src, tgt, min_prefix: int = 6) -> Optional[str]:
    """The word of ``source`` that lower-case ``word``, unknown to ``tgt``, is a near copy of, or None.

    A near copy is the source word itself with its accents dropped or its ending changed (``inexportable``,
    ``intersyndical`` for « intersyndicale », ``satellising`` for « satelliser », ``salvatory`` for
    « salvatrices », ``dessalination`` for « dessalement »): both start with the same ``min_prefix`` letters
    or more (accents aside), and those are half the source word or more; the nearest such word is named, a
    word copied as it stands first. Why: a system without a translation
    for a rare source word keeps its stem and guesses an ending; :func:`source_root` finds only the endings
    ``derivation.toml`` pairs and source words frequent enough to be sure of, where the aligned source itself is
    evidence here. Only a lower-case source word of the source language (its dictionary's, or a prefix of
    ``derivation_prefixes`` before one: in + exportable) that is no target word counts; a token that is a
    prefix of the target's before a target word (anti + constitutional), or one slip from a frequent target
    word that is as near the source word (``responsibe``: responsible), is the target's own formation or
    typo."""
    if not word.isalpha():
        return None  # "victims'bodies": words glued at an apostrophe, not one word rebuilt
    folded = fold(word)
    best = None  # (letters shared, the same word, source word, its folded form): the source word nearest the token
    for spelled, key, known in _source_stock(source, src, tgt, min_prefix):
        shared = _shared_start(folded, key)
        if key == folded and not known:
            return None  # a copy of a word of neither language (« rakfisk », « trifidus »): a third language's
        if known and (key == folded or (shared >= min_prefix and 2 * shared >= len(key))) \
                and (best is None or (shared, key == folded) > best[:2]):
            best = (shared, key == folded, spelled, key)
    if best is None:
        return None
    shared, _, spelled, key = best
    if _target_made(word, tgt, min_prefix) or _target_nearer(word, shared, tgt, min_prefix) \
            or _target_slip(word, key, shared, tgt):
        return None
    return spelled


def misspelt_target_word(word: str, source_word: str, tgt, min_prefix: int = 6) -> Optional[str]:
    """The common word of ``tgt`` that lower-case ``word``, a near copy of ``source_word``
    (:func:`near_source_word`), is with one letter replaced, or None: ``artillary`` beside « artillerie » is
    artillery with an "a" for its "e". Why: a near copy keeps the source word's start and changes its end; a
    token of the target word's length that differs from a common target word in one letter, and starts with at
    least as much of the source word as the token does, is that word mistyped, not the source word rebuilt
    (:func:`_target_slip` silences a doubled or swapped letter before this is asked: those are no near copies
    at all). The words asked are the target's frequent long words (:data:`NEARER_WORD_ZIPF`, ``min_prefix`` + 1
    letters or more) that start with the token's first ``min_prefix`` letters; a word of two or more such
    neighbours is left as it was reported (no one fix to name)."""
    shared = _shared_start(fold(word), fold(source_word))
    starts = _target_starts(tgt, min_prefix + 1, min_prefix)
    head = word[:min_prefix]
    found = []
    i = bisect_left(starts, head)
    while i < len(starts) and starts[i].startswith(head):
        w = starts[i]
        i += 1
        if len(w) != len(word) or sum(a != b for a, b in zip(w, word)) != 1:
            continue
        if _shared_start(fold(w), fold(source_word)) >= shared and tgt.is_common_word(w):
            found.append(w)
    return found[0] if len(found) == 1 else None


def _shared_start(a: str, b: str) -> int:
    """How many letters ``a`` and ``b`` begin with alike."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


@memoize(SOURCES)
def _source_stock(source: str, src, tgt, min_prefix: int) -> tuple[tuple[str, str, bool], ...]:
    """(word, folded word, known) of the lower-case words of ``source`` of ``min_prefix`` letters or more that
    are no word of ``tgt``'s dictionary: what a near copy can be built on (kept per source: every system asks
    again). ``known``: a word of ``src`` (its dictionary's, or one of its ``derivation_prefixes`` before one),
    which a token may be built on or copy; a copy of another (« crématisés », « rakfisk ») is no near copy of a
    known word beside it (« crématorium »): a word of neither dictionary, left to the copy checks (A205)."""
    prefixes = src.extra.get("derivation_prefixes", ())
    stock = {}
    for w in _PLAIN_WORD.findall(source):
        if len(w) < min_prefix or not w.islower() or w in stock or tgt.in_dictionary(w):
            continue
        stock[w] = (fold(w), src.is_common_word(w) or any(
            w.startswith(p) and len(w) - len(p) >= 4 and src.is_common_word(w[len(p):]) for p in prefixes))
    return tuple((w, key, known) for w, (key, known) in stock.items())


def _target_made(word: str, tgt, min_start: int) -> bool:
    """``word`` is made of the target's own words: one of ``tgt``'s ``derivation_prefixes`` before a common
    word of its dictionary, or its plural or past (``interbanking``: inter + banking; ``superjumbos``, ``ecotax``),
    a common word of ``min_start`` letters or more before an ending (``asphaltenes``: asphalt), or two common
    words glued (``strategyif``). A rare base makes no formation of the language's (``intersyndical``:
    syndical is in the dictionary, but English news hardly writes it)."""
    for p in tgt.extra.get("derivation_prefixes", ()):
        if word.startswith(p) and len(word) - len(p) >= 3 and _common(word[len(p):], tgt):
            return True
    for i in range(min_start, len(word)):
        if _common(word[:i], tgt) and (len(word) - i <= 4 or _common(word[i:], tgt)):
            return True
    return False


def _common(word: str, lang) -> bool:
    """``word``, or the word it is an inflection of (``inflection_endings``: jumbos, jumbo), is a common word of
    ``lang``'s dictionary."""
    if lang.zipf(word) >= COMMON_ZIPF and lang.in_dictionary(word):
        return True
    return any(word.endswith(e) and len(word) - len(e) >= 3 and lang.zipf(word[:-len(e)]) >= COMMON_ZIPF
               and lang.in_dictionary(word[:-len(e)]) for e in lang.extra.get("inflection_endings", ()))


COMMON_ZIPF = 3.0
"""Frequency from which a target word is a common one: one of the target's prefixes before it makes a formation of
the target's (``requalify``), and so does the word before an ending or another such word (``asphaltenes``)."""


def _target_nearer(word: str, shared: int, tgt, min_prefix: int) -> bool:
    """A common word of ``tgt``'s dictionary starts with more of ``word`` than the ``shared`` letters the source
    word does: ``word`` is a slip or a coinage on that word (``responsibe``: responsible beside « responsable »;
    ``indignance``: indignant beside « indigner »), not the source word rebuilt. A token that parts from the
    target's words where it follows the source word is the source's (``dessalination``: no English word starts
    with "dessali"). ``min_prefix`` is the setting's shortest shared start, so the words looked up are those one
    letter longer, whatever the setting."""
    if shared >= len(word):
        return False
    starts = _target_starts(tgt, shared + 1, min_prefix)
    head = word[:shared + 1]
    i = bisect_left(starts, head)
    while i < len(starts) and starts[i].startswith(head):
        if tgt.is_common_word(starts[i]):
            return True
        i += 1
    return False


def _target_slip(word: str, source_key: str, shared: int, tgt) -> bool:
    """``word`` is a common word of ``tgt`` with a letter doubled or two letters swapped (``definitiion``,
    ``progresisve``) that starts with as many letters of the source word (folded: ``source_key``) as ``word``
    does: a typo of the target's word. A slip that takes the token away from the source word is the source's
    mark on it (``dessalination``: desalination shares "des" with « dessalement », the token "dessal")."""
    edits = {word[:i] + word[i + 1:] for i in range(len(word))}
    edits |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    edits.discard(word)
    return any(tgt.zipf(e) >= NEARER_WORD_ZIPF and _shared_start(fold(e), source_key) >= shared
               and tgt.is_common_word(e) for e in edits)


NEARER_WORD_ZIPF = 2.5
"""Frequency from which a target word that starts like a near copy makes it the target's (:func:`_target_nearer`):
indignant (2.86) and responsible are such words, names the word frequencies count in lower case (salvatore) are
left out by the dictionary."""


def _target_starts(tgt, length: int, min_prefix: int) -> tuple[str, ...]:
    """The words of ``tgt``'s word frequencies at :data:`NEARER_WORD_ZIPF` or more, in lower-case letters only,
    of ``length`` letters or more, sorted: :func:`_long_target_words` of ``min_prefix`` + 1 letters, the shortest
    start a near copy of that setting has (it shares ``min_prefix`` letters, and one more is looked up). Derived
    from the setting rather than fixed: a fixed bound above a smaller ``min_near_prefix`` would switch the guard
    off without a word."""
    shortest = min_prefix + 1
    return _long_target_words(tgt, shortest) if length >= shortest else ()


@memoize(TABLES)
def _long_target_words(tgt, shortest: int) -> tuple[str, ...]:
    """:func:`_target_starts`' table: at the default setting (7 letters or more) ~30,000 words of English (of
    51,000 at that frequency, all lengths), read once a process per setting and only when a near copy is judged."""
    from mtqa.langs.frequency import wordfreq_rows

    floor = 10 ** (NEARER_WORD_ZIPF - 9)  # Zipf is log10 of the frequency per billion words
    words = []
    for w, freq in wordfreq_rows(tgt.code):
        if freq < floor:
            break  # rows come most frequent first
        if len(w) >= shortest and w.isalpha() and w.islower():
            words.append(w)
    return tuple(sorted(words))


def _rendering(source_word: str, ctx) -> Optional[str]:
    """The lexical model's usual translation of ``source_word`` (one candidate with half its links or more),
    or None."""
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.meaning.tokens import stem

    model = load_lexmodel(ctx.source.code, ctx.target.code)
    if model is None:
        return None
    best = model.dominant(stem(source_word, ctx.source.code), 0.5)
    return model.word(best.stem) if best is not None and best.count >= 2 else None


@memoize(TABLES)
@built_from("derivation.toml")
def _participles() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(English ending, the source participle endings it copies) of the rules of ``derivation.toml`` that have
    them (``ing``: ``ant``)."""
    rules = data_toml("derivation.toml")["rule"]
    return tuple((r["en"], tuple(r["participle"])) for r in rules if r.get("participle"))


MAX_ACRONYM_WORD_ZIPF = 3.5
"""A source acronym copied in lower case that is also a target word (``ump``, umpire: Zipf 3.0 with the
acronym's own uses counted) is reported below this frequency; above it the word is the target's (``can``)."""


class _Taken:
    """The starts of the source names copied in lower case that A205 reports in a translation (its
    :func:`~mtqa.checks.lowered_names.lowered_names`, when A205 runs: :mod:`mtqa.checks.precedence`), read on
    first need. Why not at once: they only silence a word F201 is about to report, and nearly every
    translation has none to report, so the names' screen and the precedence lookup were paid for nothing
    on every segment (the same starts whenever asked: both are pure functions of the segment and the run)."""

    __slots__ = ("text", "sources", "code", "ctx", "_starts")

    def __init__(self, text: str, sources: list, code: str, ctx) -> None:
        self.text, self.sources, self.code, self.ctx = text, sources, code, ctx
        self._starts: Optional[frozenset] = None

    def starts(self) -> frozenset:
        if self._starts is None:
            self._starts = frozenset(n.start for n in lowered_names(self.text, self.sources, self.ctx.pair)) \
                if self.sources and selected_winners(self.code, self.ctx) else frozenset()
        return self._starts


@memoize(SOURCES)
def _source_capitals(source: str) -> dict[str, str]:
    """The source's words of three letters or more written in capitals, or with a capital inside a sentence,
    and never in lower case, by their lower-case form (``sncf`` -> ``SNCF``, ``hamas`` -> ``Hamas``); kept per
    source text, as every system's translation of it asks again."""
    spelled: dict[str, str] = {}
    lower: set[str] = set()
    for w in _PLAIN_WORD.findall(source):
        if len(w) < 3:
            continue
        if w.islower():
            lower.add(w)
        elif w[:1].isupper() and (w.isupper() or _plain_case(w[1:])):
            spelled.setdefault(w.lower(), w)
    # a capital only where the source's sentences begin says nothing of a name (Les, Selon): left out here, so
    # that the screen of the check finds no such word in most translations
    return {k: v for k, v in spelled.items()
            if k not in lower and (v.isupper() or not capital_only_at_openings(v, source))}


_PLAIN_WORD = re.compile(r"(?<![\w@#/.\-])[^\W\d_]+(?![\w@/\-])")
"""A word standing alone or after an elision (l'UMP), not a part of a compound, an address or a handle."""


_WORD_BEFORE = re.compile(r"([^\W\d_]+) +$")
_WORD_AFTER = re.compile(r" +([^\W\d_]+)")


def _copied_foreign_phrase(word: str, text: str, start: int, source: str, ctx) -> bool:
    """``word`` (at ``start`` of ``text``) and a lower-case word beside it are copied from ``source`` as a phrase
    (side by side in both texts), and that word is in neither language's dictionary: a third language's phrase
    both texts write as such (« l'enquête mani pulite » -> "the mani pulite inquiry", « los indignados »), not a
    source word left untranslated. The caller asks it only of a word rare in the source language and absent from
    its dictionary (``pulite``): a source word beside a foreign one (« modeuse Patricia della ») is still one."""
    end = start + len(word)
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end, end + 40)
    for m, first, second in ((before, before and before.group(1), word), (after, word, after and after.group(1))):
        if m is None:
            continue
        other = m.group(1)
        if other.islower() and len(other) >= 2 and not ctx.source.in_dictionary(other) \
                and not ctx.target.in_dictionary(other) and next(word_pair_spans(source, first, second), None):
            return True
    return False


_ABBREVIATION_BEFORE = re.compile(r"([\w.]+)\.\s*$")


def _after_abbreviation(text: str, start: int, lang) -> bool:
    """The word at ``start`` follows an abbreviation of ``lang`` ("Dr.", "U.S."), not a sentence end."""
    m = _ABBREVIATION_BEFORE.search(text, max(0, start - 12), start)
    return bool(m) and m.group(1) in lang.abbreviations
