"""Mistranslation and word sense (A603, A612, A613, A616): a source word rendered by a word of another meaning.

A603 reads a target word that looks like a different source word's translation (a lookalike or a prefix
slip); A612, A613 and A616 read a source word of several senses (``mtqa/data/lexmodel/senses.toml``) rendered
in the sense its context rules out: by the word alone, by a unit beside it, or by the words around it.
"""
from __future__ import annotations

import math
import re
from typing import Iterator, Optional

from mtqa.langs.false_friend_lexicon import screen_text
from mtqa.checks.registry import register
from mtqa.records import record
from mtqa.checks.wording import quoted
from mtqa.langs import language
from mtqa.langs.lexmodel import load_lexmodel, polarity, sense_context, senses
from mtqa.meaning.align import (STEM_FACTS, WordAlignment, aligned_or_alone, cached_alignments, function_stems,
                                target_anchor, usual_renderings)
from mtqa.meaning.tokens import in_compound, plain, source_word
from mtqa.model import DocumentPair, Issue, Severity, joined_sources
from mtqa.langs.cache import SOURCES, TABLES, drop_oldest_quarter, memoize
from mtqa.lazy import lazy_module as _lazy_module
from mtqa.checks.meaning.shared import expected_rendering, MeaningCheck


_DISTANCE = _lazy_module("rapidfuzz.distance")  # imported by the first use (mtqa.lazy), never by two threads at once


def _lookalike(a: str, b: str) -> bool:
    """Two different source stems an engine may confuse: same start, most letters shared."""
    if a == b or len(a) < 3 or len(b) < 3 or a[:2] != b[:2]:
        return False
    Indel = _DISTANCE.Indel  # imported under mtqa.lazy's lock: threads of a Dask worker

    return Indel.normalized_similarity(plain(a), plain(b)) >= 0.7


def _unprefixed(a: str, b: str, prefixes: tuple[str, ...]) -> Optional[str]:
    """The prefix of ``prefixes`` that source stem ``a`` is ``b`` with ("impossibl" is "im" + "possibl"), if any:
    an engine that renders the word by the translation of its base drops the prefix's meaning (a negation)."""
    pa, pb = plain(a), plain(b)
    if len(pb) < 4:
        return None
    return next((p for p in prefixes if pa == plain(p) + pb), None)


def _shared_prefix(a: str, b: str) -> int:
    """Letters two words share at the start (a long one means derivation, not confusion)."""
    a, b = plain(a), plain(b)
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


@register
@record
class LikelyMistranslation(MeaningCheck):
    """A source word is rendered by the translation of a different source word that looks like it.

    Why it matters: an engine that reads "poisson" (fish) as "poison", or
    "badauds" (onlookers) as something built on "bad", writes a fluent
    sentence that says something else. The lexical model knows how human
    translators render each source word. A source word with a usual
    translation (at least ``dominance`` of its ``min_count`` or more aligned
    uses) that is absent, next to an unlinked target word that the model
    knows as a translation (p >= ``min_backward``, or listed in the
    dictionary) of another source word
    spelled almost the same way, absent from the sentence and sharing none
    of its usual renderings (so not another form of the same word), is
    reported with the expected translation. The source word may also be the
    other word with a negative prefix (``negative_prefixes`` of
    ``lexmodel/polarity.toml``: "impossible" rendered "possible", the
    translation of "possible"), unless a plain negation stands just before the
    suspect word ("not possible") or before the source word (« pas impossible »
    -> "possible": the litotes read plainly); when the expected rendering is the
    suspect word with a negative prefix of the target language (its own
    ``negative_prefixes``: "impossible" for "possible") the translation says
    the opposite and the issue is major. A close synonym of one of the
    source word's usual renderings nearer to where it belongs renders it (the
    target language's thesaurus, built from WordNet; option ``synonyms``):
    nothing is reported.

    Stop 72 (pv72) measured it again and left it in preview: no calibration article defect gained and one flag on a
    clean translation; 0.04-0.32 flags per 100 on the newstest references; 8 of its 18 flags on the 24k WMT14 report
    right (six "red cat" for « chat roux » with the suggestion "wheels").

    Example:
        source: Le poisson du marché était frais ce matin.
        bad: The poison from the market was fresh this morning.
        good: The fish from the market was fresh this morning.
    """

    code = "A603"
    preview = True
    name = "likely-mistranslation"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR
    dominance: float = 0.6
    min_count: int = 10
    min_backward: float = 0.3
    window: int = 2
    synonyms: bool = True
    """A target word that is a close synonym of one of the model's usual translations of the source word renders
    it (the target language's thesaurus, :attr:`mtqa.langs.Language.synonyms`); ``false``: the model alone."""

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        model = load_lexmodel(ctx.config.source_lang, ctx.config.target_lang)
        pol = polarity(ctx.config.source_lang, ctx.config.target_lang)
        prefixes = pol["negative_prefixes"] if pol else ()
        target_prefixes = pol["negative_prefixes_tgt"] if pol else ()
        for index, wa in self.alignments(pair).items():
            free = set(wa.unaligned_target)
            if not free:
                continue
            src_stems = {t.stem for t in wa.source}
            for i in wa.unaligned_source:
                tok = wa.source[i]
                if tok.capitalised or model.source_freq.get(tok.stem, 0) < self.min_count:
                    continue
                best = model.dominant(tok.stem, self.dominance)
                anchor = target_anchor(wa, i)
                if best is None or anchor is None:
                    continue
                near = [j for j in sorted(free, key=lambda k: abs(k - anchor))
                        if abs(j - anchor) <= self.window and not wa.target[j].capitalised]
                for n, j in enumerate(near):
                    other = self.confused_with(model, tok.stem, wa.target[j].stem, src_stems, prefixes)
                    if other is None:
                        continue
                    nearer = [wa.target[k].stem for k in near[:n + 1]]
                    if self.synonyms and self._synonym_before(ctx, model, tok.stem, nearer):
                        break  # a close synonym of a usual rendering, this word or a nearer one: the word is rendered
                    seg = pair.target.segments[index]
                    expected = model.word(best.stem)
                    prefix = _unprefixed(tok.stem, other, prefixes)
                    if prefix is not None and self._negated_before(pol, seg.text, wa, j):
                        break  # "not possible" for "impossible": the negation is rendered apart
                    if prefix is not None and i and self._source_negated(
                            pol, joined_sources(pair.sources_of(index)), wa, i):
                        break  # « pas impossible » -> "possible": the two negations read as one statement
                    what = (f"the {ctx.source.name} word without its prefix {quoted(prefix + '-')}" if prefix
                            else f"a different {ctx.source.name} word")
                    # the expected word is the suspect one with a prefix of its own ("impossible", "possible"):
                    # the translation says the opposite, which is major
                    reversed_ = prefix is not None and \
                        _unprefixed(best.stem, wa.target[j].stem, target_prefixes) is not None
                    yield self.on_token(
                        seg, wa.target[j],
                        f"{quoted(tok.text)} is usually rendered {quoted(expected)}; {quoted(wa.target[j].text)} translates "
                        f"{quoted(model.source_word(other))}, {what}",
                        expected,
                        severity=Severity.MAJOR if reversed_ else None,
                        confidence=best.p_forward,
                    )
                    break

    @staticmethod
    def _negated_before(pol, text: str, wa: WordAlignment, j: int, words: int = 3) -> bool:
        """A plain negation of the target language ("not", "no") among the ``words`` words before token ``j``."""
        start = wa.target[max(0, j - words)].start
        return bool(pol["tgt_strict"].search(text[start:wa.target[j].start]))

    @staticmethod
    def _source_negated(pol, source_text: str, wa: WordAlignment, i: int, words: int = 6) -> bool:
        """A negation of the source language ends right before source token ``i`` (« n'est pas impossible »,
        « jamais impossible »). Why: the negated negative word says the positive, so its base's rendering
        ("possible") keeps the meaning (a litotes read plainly), while a negation elsewhere in the sentence
        (« Rien n'est impossible ») leaves the word's own negation to render."""
        start, end = wa.source[max(0, i - words)].start, wa.source[i - 1].end
        return any(m.end() == end for m in pol["src"].finditer(source_text, start, end))

    @staticmethod
    def _synonym_before(ctx, model, source_stem: str, stems: list[str]) -> bool:
        """One of ``stems`` (the free words up to the suspect one, nearest first) is a close synonym of a usual
        rendering of ``source_stem`` ("run away" for "fui": "run" renders it, "away" is no mistranslation). The
        thesaurus is read here, when a word would be reported, and not on every run."""
        thesaurus = ctx.target.synonyms
        usual = usual_renderings(model, source_stem) if thesaurus else ()
        return bool(usual) and any(thesaurus.renders(s, usual) for s in stems)

    def confused_with(self, model, stem: str, target_stem: str, src_stems: set[str],
                      prefixes: tuple[str, ...] = ()) -> Optional[str]:
        """The look-alike source stem that ``target_stem`` usually translates, if any; of several, the one it
        renders most often (its ``p_backward``), then the first in alphabetical order. Why not the first met:
        the model's backward senses are a set, whose order follows the process's string hash seed, so the
        word the message names ("run" translates « fuit » or « fuir ») changed from one run to the next."""
        related = [plain(t.stem)[:4] for t in model.translations(stem)]
        if plain(target_stem)[:4] in related:  # a derivative of the usual translation ("historical", "history")
            return None
        found: list[tuple[float, str]] = []
        for other in model.backward.get(target_stem, ()):
            if other in src_stems:
                continue
            if _unprefixed(stem, other, prefixes) is None and (not _lookalike(stem, other) or _shared_prefix(stem, other) > 5):
                continue
            theirs = model.translations(other)
            if not any(t.stem == target_stem and (t.p_backward >= self.min_backward or t.dictionary) for t in theirs):
                continue
            if {t.stem for t in theirs[:8]} & {t.stem for t in model.translations(stem)[:8]}:
                continue  # two forms of one word (a tense, a derivative): they share renderings
            found.append((-max(t.p_backward for t in theirs if t.stem == target_stem), other))
        return min(found)[1] if found else None


_SENSE_FACTS: dict = {}
"""A612's facts of a source stem (:meth:`WrongSense._facts`), keyed by (model, thresholds, stem), bounded like the
aligner's stem facts (:data:`mtqa.meaning.align.STEM_FACTS`)."""
_MISSING = object()


@register
@record
class WrongSense(MeaningCheck):
    """A source word is rendered in a sense news translators never give it, and its usual news rendering is missing.

    Why it matters: an engine that knows several senses of a polysemous word
    may pick one the context does not allow (« le parquet » of a trial rendered
    "the floor"): the sentence reads well and says something else. The lexical
    model, learned from aligned news and a dictionary, tells the senses news
    uses from the others. A target word linked to a source word only by a
    dictionary sense the aligned news never used (or, when ``rare_count`` of
    ``senses.toml`` is above 0, a learned pair below ``rare_p`` and
    ``rare_count``) is reported when the source word is well known
    (``min_count`` uses) with a dominant learned rendering (``dominance`` of
    its links over ``min_uses`` or more); when none of its usual renderings,
    nor a close synonym of one (the target language's thesaurus), is in the
    sentence; when the translation is close (``min_recall`` of the source
    content linked: a free translation paraphrases); when no other source
    word accounts for the target word; and when the target word has a news
    sense of its own: another source word is its usual origin
    (``origin_share`` of its links, ``origin_uses`` or more: "floor" renders
    « étage » and « sol ») and it is no common word (``max_target_count``).
    A rare synonym of the usual rendering ("seldom" for « rarement ») has no
    origin of its own and is left alone. Thresholds:
    ``mtqa/data/lexmodel/senses.toml``. Strong evidence (``major_dominance``
    over ``major_uses`` links) makes the issue major.

    Stop 72 (pv72) measured it again and left it in preview: no calibration article defect gained and two flags on
    the clean translations; up to 0.23 flags per 100 on the newstest references (2014); 5 of 12 of its 56 flags on
    the 24k WMT14 report read right, several suggestions wrong ("laser" for « las »).

    Example:
        source: Le parquet a requis dix ans de prison contre l'ancien ministre.
        bad: The floor requested ten years in prison against the former minister.
        good: The prosecution requested ten years in prison against the former minister.
    """

    code = "A612"
    preview = True
    name = "wrong-sense"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR
    synonyms: bool = True
    """A target word that is a close synonym of a usual rendering of the source word renders it
    (:attr:`mtqa.langs.Language.synonyms`); ``false``: the model alone."""

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        model = load_lexmodel(ctx.config.source_lang, ctx.config.target_lang)
        table = senses(ctx.config.source_lang)
        if model is None or table is None:
            return
        ftgt = function_stems(ctx.config.source_lang, ctx.config.target_lang)[1]
        plural = language(ctx.config.source_lang).has_plural_ending
        for index, wa in self.alignments(pair).items():
            if wa.recall < table["min_recall"] or not any(
                    kind == "lexicon" and strength < 1.0 for links in wa.links.values() for _, strength, kind in links):
                continue  # a free translation, or every link a usual rendering: no candidate (most sentences)
            seg = pair.target.segments[index]
            source_text = joined_sources(pair.sources_of(index))
            for i, j, best, tr in self.found(ctx, model, table, ftgt, wa):
                tok = wa.source[i]
                expected = expected_rendering(model, best.stem, plural(tok.lower), ctx.config.target_lang)
                what = "a dictionary sense news never used for it" if tr.count == 0 else "a sense news rarely uses"
                major = best.p_forward >= table["major_dominance"] and best.count >= table["major_uses"]
                yield self.on_token(
                    seg, wa.target[j],
                    f"{quoted(source_word(source_text, tok))} rendered {quoted(wa.target[j].text)}, {what}; "
                    f"news usually writes {quoted(expected)}",
                    expected, severity=Severity.MAJOR if major else None, confidence=round(best.p_forward, 2))

    def found(self, ctx, model, table: dict, ftgt: frozenset, wa: WordAlignment):
        """(source token, target token, the source word's dominant rendering, the rare pair) of each wrong sense,
        one per source word. The cheap tests come first: most linked words have a usual rendering linked."""
        target_stems = None
        for i, links in wa.links.items():
            if any(strength >= 1.0 for _, strength, _ in links):
                continue  # a usual rendering (or a copy, a number) is linked: the word is rendered in its news sense
            tok = wa.source[i]
            if tok.capitalised and i > 0:
                continue  # a name: the name checks judge it
            facts = self._facts(model, table, tok.stem)
            if facts is None:
                continue  # no clear news usage
            best, usual, rare = facts
            odd = [(j, rare[wa.target[j].stem]) for j, strength, kind in links
                   if kind == "lexicon" and wa.target[j].stem in rare]
            if not odd or best.stem in ftgt:
                continue
            if target_stems is None:
                target_stems = {t.stem for t in wa.target}
            if target_stems.intersection(usual) or best.stem in target_stems:
                continue  # the news sense is in the sentence
            if self.synonyms and usual and any(ctx.target.synonyms.renders(s, usual) for s in target_stems):
                continue  # a close synonym of a usual rendering renders it
            for j, tr in odd:
                if not self._accounted(wa, i, j) and self._belongs_elsewhere(model, table, tok.stem, wa.target[j].stem):
                    yield i, j, best, tr
                    break

    def _facts(self, model, table: dict, stem: str) -> Optional[tuple]:
        """(dominant learned rendering, usual renderings, rare senses by target stem) of a source stem whose news
        usage is clear, else None; kept per stem for the run (a stem recurs in every system's translation)."""
        kept = _SENSE_FACTS.get((id(model), id(table), stem), _MISSING)
        if kept is not _MISSING:
            return kept
        best = self._dominant(model, stem, table)
        facts = None
        if best is not None:
            rare = {tr.stem: tr for tr in model.translations(stem) if self._rare(tr, table)}
            if rare:
                facts = (best, usual_renderings(model, stem), rare)
        drop_oldest_quarter(_SENSE_FACTS, STEM_FACTS)
        _SENSE_FACTS[(id(model), id(table), stem)] = facts
        return facts

    @staticmethod
    def _rare(tr, table: dict) -> bool:
        """A sense the aligned news never used (a dictionary pair with no link) or rarely did."""
        if tr.count == 0:
            return tr.dictionary
        return tr.p_forward < table["rare_p"] and tr.count <= table["rare_count"]

    @staticmethod
    def _dominant(model, stem: str, table: dict):
        """The source stem's most used learned rendering when news usage is clear, else None."""
        if model.source_freq.get(stem, 0) < table["min_count"]:
            return None
        learned = [tr for tr in model.translations(stem) if tr.count > 0]
        if not learned:
            return None
        best = max(learned, key=lambda tr: tr.p_forward)
        if best.p_forward < table["dominance"] or best.count < table["min_uses"]:
            return None
        return best

    @staticmethod
    def _belongs_elsewhere(model, table: dict, source_stem: str, target_stem: str) -> bool:
        """The target word has a sense of its own in news: another source word is its usual origin ("floor"
        renders « étage » and « sol »), and it is no common word that renders many things. Why: a rare
        synonym of the usual rendering ("seldom" for « rarement ») has no news origin of its own and is a
        choice of style, while a word news knows as another word's translation says something else."""
        if model.target_freq.get(target_stem, 0) > table["max_target_count"]:
            return False
        for other in model.backward.get(target_stem, ()):
            if other == source_stem:
                continue
            for tr in model.translations(other):
                if tr.stem == target_stem and tr.p_backward >= table["origin_share"] and \
                        tr.count >= table["origin_uses"]:
                    return True
        return False

    @staticmethod
    def _accounted(wa: WordAlignment, i: int, j: int) -> bool:
        """Another source word accounts for target token ``j`` (a usual rendering, a copy, a cognate): the
        target word renders that word, not a wrong sense of token ``i``."""
        for k, links in wa.links.items():
            if k == i:
                continue
            for jj, strength, kind in links:
                if jj == j and (kind != "lexicon" or strength >= 1.0):
                    return True
        return False


@memoize(SOURCES)
def _unit_matches(lang: str, text: str) -> tuple[tuple[dict, re.Match], ...]:
    """The units of ``senses.toml`` (A613) a source text holds, with their matches, kept per text: every system's
    translation of one source asks again. A text is screened first for a word that starts like a unit's head (a
    unit is reported only on its head), then with all units' patterns in one.

    The heads' pattern is asked only of a text whose lower case holds a head (:func:`_unit_heads`), unless
    its lower case cannot tell (:func:`~mtqa.langs.false_friend_lexicon.screen_text`: a character ``re.IGNORECASE``
    matches to a Latin letter that ``str.lower`` does not give): a match of the pattern is a head in the
    lower-cased text, so the answer is the pattern's, and some 50 substring tests cost about a third of its
    search (~19 µs a sentence, once per WMT14 source: most hold no head)."""
    table = senses(lang)
    if table is None:
        return ()
    low = screen_text(text)
    if low is not None and not any(head in low for head in _unit_heads(lang)):
        return ()
    if not table["any_head"].search(text) or not table["any_unit"].search(text):
        return ()
    return tuple((unit, m) for unit in table["units"] if (m := unit["source"].search(text)))


@memoize(TABLES)
def _unit_heads(lang: str) -> tuple[str, ...]:
    """The units' heads (lower case, as :func:`~mtqa.langs.lexmodel.senses` keeps them), each once."""
    table = senses(lang)
    return tuple(dict.fromkeys(unit["head"] for unit in table["units"])) if table is not None else ()


@register
@record
class WrongSenseInContext(MeaningCheck):
    """A source word that takes a sense of its own in a fixed context is rendered word for word.

    Why it matters: some French words change sense with their neighbours, and
    news English has its own words for them: « guide suprême » is the Supreme
    Leader, « après prolongation » is after extra time, « foyers » near
    firefighters are fires, « juger » a crime is to try it. An engine that
    renders the word in its everyday sense ("supreme guide", "after
    extension", "homes", "judges") writes a sentence that reads well and says
    something else, and the training text holds these units too rarely for
    the lexical model to read them. The units are data
    (``[[fr.unit]]`` of ``mtqa/data/lexmodel/senses.toml``): a pattern on
    the source sentence, the head word an engine renders word for word, and
    the words that render the unit in news usage. A unit is reported when
    the source sentence matches, a target word renders the head (the word
    alignment's link, or the free word where the head belongs within
    ``window`` words when the model knows no rendering of the head or the word
    starts like the head or one of its renderings), and none of
    the unit's renderings is in the target sentence.

    Example:
        source: Le guide suprême iranien a salué mardi l'accord conclu avec les voisins du Golfe.
        bad: The Iranian supreme guide on Tuesday welcomed the agreement reached with the Gulf neighbours.
        good: Iran's Supreme Leader on Tuesday welcomed the agreement reached with the Gulf neighbours.
    """

    code = "A613"
    name = "wrong-sense-in-context"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR
    window: int = 1

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        table = senses(ctx.config.source_lang)
        if table is None or not table["units"] or pair.source is None or pair.source_title_only:
            return
        model = load_lexmodel(ctx.config.source_lang, ctx.config.target_lang)
        if model is None:
            return
        aligned = cached_alignments(pair)
        for seg in pair.target.segments:
            sources = pair.sources_of(seg.index)
            if not sources:
                continue
            source_text = joined_sources(sources)
            matches = _unit_matches(ctx.config.source_lang, source_text)
            if not matches:
                continue
            # only this sentence is aligned when no other check aligned the document: a unit is rare, and aligning
            # a whole document for it cost a default run 15 % of its checking CPU (24k WMT14 pairs)
            wa = aligned_or_alone(aligned, seg.index, source_text, seg.text, pair.source.lang, pair.target.lang)
            if wa is None:
                continue
            target_low = {t.lower for t in wa.target} | {t.stem for t in wa.target}
            reported: set[int] = set()
            for unit, match in matches:
                if any(r in target_low for r in unit["renderings"]):
                    continue  # the unit's news rendering is there
                found = self.rendering(model, (ctx.config.source_lang, ctx.config.target_lang), wa, unit, match)
                if found is None or found[1] in reported:
                    continue
                i, j = found
                reported.add(j)
                yield self.on_token(
                    seg, wa.target[j],
                    f"{quoted(source_word(source_text, wa.source[i]))} rendered {quoted(wa.target[j].text)}, its sense "
                    f"out of context; news writes {quoted(unit['suggestion'])} for {quoted(match.group())}",
                    unit["suggestion"])

    def rendering(self, model, langs: tuple[str, str], wa: WordAlignment, unit: dict,
                  match: re.Match) -> Optional[tuple[int, int]]:
        """(source token, target token) of the unit's head and the word that renders it word for word, if any (a
        content word: a grammar word linked to the head, one of the target language's function words, is a loose
        link)."""
        grammar = language(langs[1]).function_words
        for i, tok in enumerate(wa.source):
            if not (match.start() <= tok.start < match.end() and tok.lower.startswith(unit["head"])):
                continue
            found = [j for j, _, kind in wa.links.get(i, ()) if kind in ("lexicon", "same", "cognate")
                     and wa.target[j].lower not in grammar]  # "the", "is": a loose link, not the head's rendering
            if not found:
                # no link: the free word where the head belongs renders it, when the model knows no rendering of the
                # head (« prolongation »: "extension") or the word starts like the head or one of its renderings
                # (« durement »: "hardly", a derivative of "hard"; « posée »: "poses"), not any neighbour
                anchor = target_anchor(wa, i)
                if anchor is not None:
                    known = model.translations(tok.stem)
                    starts = {plain(tok.lower)[:4]} | {plain(model.word(t.stem))[:4] for t in known}
                    found = sorted((j for j in wa.unaligned_target if abs(j - anchor) <= self.window and (
                        not known or plain(wa.target[j].lower)[:4] in starts) and wa.target[j].lower not in grammar),
                                   key=lambda j: abs(j - anchor))
            return (i, found[0]) if found else None
        return None


@register
@record
class WrongSenseByContext(MeaningCheck):
    """A source word is rendered in a sense its sentence rules out: the context words go with another sense.

    Why it matters: news renders many French words in several senses (« recettes »: "revenues" or "recipes";
    « vol »: "flight" or "theft"; « voix »: "voice" or "votes"; « livre »: "book" or "pound"), and an engine
    that picks the sense the sentence rules out writes good English that says something else ("tax recipes
    rose"). No list of such words holds on articles it was not written from; the evidence is learned instead
    (``bench/build_senses.py``): in the word-aligned news, each sense of a word (its renderings, grouped by
    shared letters, close synonyms and WordNet; nouns only) comes with the words of its sentences, counted once
    a story, and a context word that goes with one sense far more than with news at large is a cue for it, with
    its log-odds (``mtqa/data/lexmodel/sense_context.fr-en.tsv.gz``). A target word the alignment links to such
    a source word is reported when the cues of the source sentence add up, for another sense that carries
    ``min_share`` of the word's news uses, to ``strong`` or more from at least ``min_cues`` words (each counted
    up to ``cap``), beat the rendered sense's own cues (at most ``weak``) plus the log of the two senses' news
    counts by ``margin``, no other word of the sentence usually renders that sense (« appareils portables »:
    "portable" is the neighbour's word), and none of its renderings, nor a close synonym of one, is in the
    sentence. A rendering linked to the word ``unseen_count`` times or fewer in news (a dictionary sense) is
    reported only when it has a news sense of its own elsewhere (another source word is its usual origin:
    "floor" renders « sol »). A word of a hyphenated compound (« quatre-vingt-dix ») and a capitalised word
    inside a sentence (a name) are left alone. Thresholds: ``[fr.context]`` of
    ``mtqa/data/lexmodel/senses.toml``; cues summing to ``major`` or more make the issue major. In preview: the
    aligned news holds a few stories per sense, and many cues are still a story's words rather than a usage
    (README, A616).

    Stop 72 (pv72) measured it again and left it in preview: no calibration article defect gained; 0.20 flags per
    100 on newstest2010's reference ("earning power", "passenger transportation": right English); 4 of its 9 flags
    on the 24k WMT14 report right ("hand luggage" -> "deposits" five times, wrong).

    Example:
        source: Les recettes fiscales de l'Etat ont progressé de 4 % l'an dernier, grâce aux impôts sur les bénéfices, selon le budget.
        bad: State tax recipes rose by 4% last year, thanks to taxes on profits, according to the budget.
        good: State tax revenues rose by 4% last year, thanks to taxes on profits, according to the budget.
    """

    code = "A616"
    preview = True
    name = "wrong-sense-by-context"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        src_lang, tgt_lang = ctx.config.source_lang, ctx.config.target_lang
        table = senses(src_lang)
        rules = table.get("context") if table is not None else None
        if not rules:
            return
        contexts = sense_context(src_lang, tgt_lang)
        model = load_lexmodel(src_lang, tgt_lang)
        if not contexts or model is None:
            return
        fsrc, ftgt = function_stems(src_lang, tgt_lang)
        stems = getattr(contexts, "stems", contexts)
        for index, wa in self.alignments(pair).items():
            source_text = joined_sources(pair.sources_of(index))
            candidates = [i for i in wa.links if wa.source[i].stem in stems
                          and not (wa.source[i].capitalised and i > 0) and not in_compound(source_text, wa.source[i])]
            if not candidates:
                continue  # no word of the sentence has senses news tells apart (most sentences)
            seg = pair.target.segments[index]
            context = {t.stem for t in wa.source if not t.is_number and t.stem not in fsrc}
            target_stems = {t.stem for t in wa.target}
            reported: set[int] = set()
            for i in candidates:
                found = self.found(ctx, model, table, contexts[wa.source[i].stem], wa, i, context, target_stems,
                                   ftgt)
                if found is None or found[0] in reported:
                    continue
                j, expected, evidence, cues, learned = found
                reported.add(j)
                what = "a sense its context rules out" if learned else "a sense news never gives it"
                yield self.on_token(
                    seg, wa.target[j],
                    f"{quoted(source_word(source_text, wa.source[i]))} rendered {quoted(wa.target[j].text)}, {what}: "
                    f"{', '.join(quoted(model.source_word(c)) for c in cues)} go with {quoted(expected)} in news",
                    expected, severity=Severity.MAJOR if evidence >= rules["major"] else None,
                    confidence=round(min(1.0, evidence / (2 * rules["major"])), 2))

    def found(self, ctx, model, table: dict, entry, wa: WordAlignment, i: int, context: set, target_stems: set,
              ftgt: frozenset) -> Optional[tuple[int, str, float, list[str], bool]]:
        """(target token, expected rendering, the other sense's evidence, its cue words strongest first, whether
        the rendering is a news sense of the word) when the word linked to source token ``i`` renders a sense its
        context rules out, else None."""
        rules = table["context"]
        f = wa.source[i].stem
        if len(entry.senses) == 1 and all(kind != "lexicon" or wa.target[j].stem in entry.senses[0][1]
                                          for j, _, kind in wa.links[i]):
            return None  # one news sense, and the word is rendered in it or not by the model (most words): no sum
        evidence = [0.0] * len(entry.senses)
        cues: list[list[tuple[float, str]]] = [[] for _ in entry.senses]
        for c in context:
            if c == f:
                continue
            for k, weight in entry.cues.get(c, ()):
                weight = min(weight, rules["cap"])
                evidence[k] += weight
                cues[k].append((weight, c))
        best = max(range(len(evidence)), key=lambda k: evidence[k])
        if evidence[best] < rules["strong"] or len(cues[best]) < rules["min_cues"]:
            return None  # the context says nothing clear
        count, renderings = entry.senses[best]
        if count < rules["min_share"] * sum(n for n, _ in entry.senses):
            return None  # a sense news seldom gives the word: its cues are a few stories' words, no usage
        if target_stems.intersection(renderings) or any(ctx.target.synonyms.renders(s, renderings)
                                                        for s in target_stems):
            return None  # the sense the context asks for is in the sentence
        if any(k != i and renderings[0] in usual_renderings(model, t.stem) for k, t in enumerate(wa.source)):
            return None  # another word of the sentence renders so (« appareils portables »: "portable" is not a sense
            # of « appareils » but its neighbour's word, linked to it in the training text)
        for j, _, kind in wa.links[i]:
            stem = wa.target[j].stem
            if kind != "lexicon" or stem in ftgt:
                continue
            mine = next((k for k, (_, rs) in enumerate(entry.senses) if stem in rs or ctx.target.synonyms.renders(
                stem, rs)), None)
            if mine == best:
                return None
            if mine is None:
                tr = next((t for t in model.translations(f) if t.stem == stem), None)
                if tr is None or tr.count > rules["unseen_count"] or not WrongSense._belongs_elsewhere(
                        model, table, f, stem):
                    continue  # a rendering news uses for the word, or a word of no sense of its own
                margin = evidence[best]
            elif evidence[mine] > rules["weak"]:
                continue  # the context speaks for the rendered sense too
            else:
                margin = evidence[best] - evidence[mine] + math.log(count / entry.senses[mine][0])
            if margin >= rules["margin"]:
                words = [c for _, c in sorted(cues[best], reverse=True)[:3]]
                plural = language(ctx.config.source_lang).has_plural_ending(wa.source[i].lower)
                return (j, expected_rendering(model, renderings[0], plural, ctx.config.target_lang), evidence[best], words,
                        mine is not None)
        return None
