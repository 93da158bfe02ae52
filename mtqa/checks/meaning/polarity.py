"""Polarity (A604, A606, A607): a negation lost, a negation added, a contrast read as an opposition.

The negation words and the source's comparison words are data (``mtqa/data/lexmodel/polarity.toml``); a
sentence's negations are read once (:func:`mtqa.checks.meaning.shared.source_negations`).
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from mtqa.checks.registry import register
from mtqa.records import record
from mtqa.regexcache import transient
from mtqa.checks.wording import quoted
from mtqa.langs.lexmodel import polarity
from mtqa.meaning.align import WordAlignment, aligned_or_alone, cached_alignments, segment_alignment
from mtqa.meaning.tokens import plain
from mtqa.model import DocumentPair, Issue, Segment, Severity, joined_sources
from mtqa.words import TextWords, text_words
from mtqa.checks.meaning.shared import MeaningCheck, negations, source_negations


def negative(pol: dict, text: str, words: Optional[TextWords] = None) -> bool:
    """The text has a negation (``negation``): one of the plain words of ``negation_sure_words`` among the
    text's ``words`` (its split, when given), else the quick pattern those words and ``negation_sure_endings``
    make, else a match of the full pattern that is no negative polarity item (``negation_polarity_items``:
    "any", "ever"), else such an item with a licensor in the text (``polarity_licensors``: a question, "if",
    "than ever"). Why the items wait for a licensor: alone in an affirmative sentence they are the trace of a
    dropped negation ("ne rencontra aucun problème" -> "encountered any problems"), not a negation. Public: the
    meaning recall bench's polarity oracle reads MT and post-edit negations through it, as A604 does."""
    return _negations_found(pol, text, words) is not None


def _negations_found(pol: dict, text: str, words: Optional[TextWords] = None) -> Optional[list[re.Match]]:
    """How :func:`negative` finds the text negative: None when it is not, [] when a sure word or the quick
    pattern says so, else the full pattern's matches. Why the matches: A604 reads them again (are they all
    look-alikes negated by an affix?), and a second pass of the full pattern over every negative sentence cost
    more than the rest of that reading."""
    if words is not None and _sure_word(words, pol["tgt_sure_words"]):
        return []
    sure = pol["tgt_sure"]
    if sure is not None and sure.search(text) is not None:
        return []
    found = list(pol["tgt"].finditer(text))
    if not found:
        return None
    items = pol["tgt_items"]
    if not items or any(m.group().lower() not in items for m in found):  # an item is a whole match (\bany\b)
        return found
    licensors = pol["tgt_licensors"]
    return found if licensors is None or licensors.search(text) is not None else None


def _polarity_item(pol: dict, text: str) -> Optional[re.Match]:
    """The first negative polarity item of ``text`` (``negation_polarity_items``: "any", "ever"), a match of
    the ``negation`` pattern; asked of a text :func:`negative` found not negative, where no item is licensed."""
    items = pol["tgt_items"]
    if not items:
        return None
    return next((m for m in pol["tgt"].finditer(text) if m.group().lower() in items), None)


def _only_affixed(pol: dict, found: list[re.Match]) -> list[re.Match]:
    """The negations ``found`` by the full pattern in a negative text (:func:`_negations_found`) when every one
    is a word negated by an affix (``negation_affixed``: "unknown", "careless", "illegal"; no polarity item),
    else []. Why: the affix pattern also takes "international", "information", "unions", whose look of a
    negation hid dropped ones from A604."""
    affixed = pol["tgt_affixed"]
    if affixed is None or not found or any(m.group().lower() in pol["tgt_items"] or not affixed.fullmatch(m.group())
                                           for m in found):
        return []
    return found


def _negated_spans(pol: dict, source_text: str, src_neg: tuple[re.Match, ...]) -> list[tuple[int, int]]:
    """Each source negation with the words it governs (``negated_reach``: "sans contact", "n'a pas été
    blessé"), as spans of ``source_text``."""
    reach = pol["src_reach"]
    spans = []
    for m in src_neg:
        after = reach.match(source_text, m.end()) if reach is not None else None
        spans.append((m.start(), after.end() if after else m.end()))
    return spans


def _affixed_render_elsewhere(pol: dict, affixed: list[re.Match], source_text: str, target_text: str,
                              src_neg: tuple[re.Match, ...], ctx) -> bool:
    """Every affixed word of ``affixed`` renders only source words outside the source's negations and the words
    they govern ("international" for "internationale"), and the word each negation bears on is rendered (the
    translation kept the negated word and lost its negation) and is no verb negative in itself
    (``double_negation``: "n'a pas cessé" may be rendered "continued", its link no literal rendering): the
    affixed words then express none of the source's negations. A word linked to nothing, or to a word of a
    negation ("contactless" for "sans contact", "unhurt" for "n'a pas été blessé"), or made of one
    (:func:`_base_in`: "unpolished" for "non poli"), is the negation rendered."""
    wa = segment_alignment(source_text, target_text, ctx.config.source_lang, ctx.config.target_lang)
    if wa is None:
        return False
    spans = _negated_spans(pol, source_text, src_neg)

    def inside(i: int) -> bool:
        return any(a <= wa.source[i].start < b for a, b in spans)

    sources_of: dict[int, list[int]] = {}
    for i, links in wa.links.items():
        for j, _, _ in links:
            sources_of.setdefault(j, []).append(i)
    reach = [plain(wa.source[i].lower) for i in wa.source_content if inside(i)]
    for m in affixed:
        linked = [i for j, t in enumerate(wa.target) if m.start() <= t.start < m.end() for i in sources_of.get(j, ())]
        if not linked or any(inside(i) for i in linked) or _base_in(pol, m.group(), reach):
            return False
    heads = _negated_words(pol, wa, src_neg)
    double = pol["src_double"]
    return bool(heads) and all(wa.links.get(i) and not (double and double.match(wa.source[i].text)) for i in heads)


def _base_in(pol: dict, word: str, reach: list[str]) -> bool:
    """``word`` less a negative prefix (``negative_prefixes``) starts as a word of a negation's reach does
    (first four letters, accents dropped): "unpolished" for "non poli", "illegal" for "pas légal", even
    where the alignment linked the word elsewhere."""
    low = plain(word.lower())
    for prefix in pol["negative_prefixes_tgt"]:
        if low.startswith(prefix) and len(low) - len(prefix) >= 4:
            base = low[len(prefix):len(prefix) + 4]
            if any(w[:4] == base for w in reach if len(w) >= 4):
                return True
    return False


def _negated_words(pol: dict, wa: WordAlignment, src_neg: tuple[re.Match, ...]) -> list[int]:
    """The source content tokens each negation bears on: its content words that are no negation word
    ("ne manquera pas": "manquera"), else the first content word after it ("n'a pas cessé": "cessé")."""
    heads = []
    for m in src_neg:
        inside = [i for i in wa.source_content if m.start() <= wa.source[i].start < m.end()
                  and not pol["src_words"].fullmatch(wa.source[i].text)]
        heads += inside or [i for i in wa.source_content if wa.source[i].start >= m.end()][:1]
    return heads


def _sure_word(words: TextWords, sure: frozenset[str]) -> bool:
    """A word of the split is one of ``sure`` (ASCII words in lower case) where the quick pattern finds it
    (``\\bnot\\b``, case ignored): the word is ASCII and the characters around it are no word characters
    (``\\w``: a digit or ``_`` touching it is one). Why: the pattern tried its words at every position of
    the sentence (~20 us a sentence on a slow core, for the ~85 % of A604's sentences that have one), where the
    sentence's words, split once for every check, are looked up in one set operation and the few found
    checked by hand. False says nothing: the patterns decide (a word with an apostrophe holds its runs)."""
    if not sure or sure.isdisjoint(map(str.lower, words.words)):
        return False
    text = words.text
    for start, end, word in words.spans():
        if word.isascii() and word.lower() in sure and (start == 0 or not _word_char(text[start - 1])) and (
                end == len(text) or not _word_char(text[end])):
            return True
    return False


def _word_char(char: str) -> bool:
    """``char`` is a character of ``\\w`` (str patterns): a letter, a digit or a number of Unicode, or ``_``."""
    return char.isalnum() or char == "_"


def _in_source(match: re.Match, target_text: str, source_text: str) -> bool:
    """The target's negation word (the whole word around ``match``, so "don't" for "n't") is also in
    the source: copied text (a quotation in the original language), not a rendering."""
    start, end = match.start(), match.end()
    while start > 0 and (target_text[start - 1].isalpha() or target_text[start - 1] in "'’"):
        start -= 1
    while end < len(target_text) and target_text[end].isalpha():
        end += 1
    word = target_text[start:end].replace("’", "'")
    return transient(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE).search(source_text.replace("’", "'")) is not None


class _PolarityCheck(MeaningCheck):
    """Shared by the two directions of a polarity change: the negation data and the closeness test."""

    def close_rendering(self, pair: DocumentPair, seg: Segment, source_text: str, ctx, threshold: float) -> bool:
        """True when the rest of the sentence is rendered word for word (a paraphrase may move a negation).

        Uses the document's alignments when a check already computed them, else aligns this one
        segment (so a default run does not align whole documents for a rare mismatch).
        """
        wa = aligned_or_alone(cached_alignments(pair), seg.index, source_text, seg.text, ctx.config.source_lang,
                              ctx.config.target_lang)
        return wa is not None and wa.recall >= threshold and wa.precision >= threshold

    def sentences(self, pair: DocumentPair, ctx) -> Iterator[tuple[Segment, str, tuple[re.Match, ...], dict]]:
        """(target segment, source text, source negations) of every aligned segment."""
        pol = polarity(ctx.config.source_lang, ctx.config.target_lang)
        if pol is None or pair.source is None or pair.source_title_only:
            return
        for seg in pair.target.segments:
            sources = pair.sources_of(seg.index)
            if not sources:
                continue
            text = joined_sources(sources)
            src_neg = source_negations(ctx.config.source_lang, ctx.config.target_lang, text)
            yield seg, text, src_neg, pol


@register
@record
class PolarityFlipped(_PolarityCheck):
    """The source sentence is negative and the translation has no negation.

    Why it matters: a lost "ne ... pas" turns "the minister will not resign"
    into "the minister will resign"; "ne ... plus" (no longer) read as "more"
    turns "they are no longer ready" into "they are more ready". The
    negation words of each language are data (``polarity.toml``: "ne ...
    pas/plus/jamais/rien", "sans", "aucun", "not", "n't", "no", "never",
    "without" ...), with the look-alikes that do not negate ("ne ... que",
    "à jamais", "un pas"). A negative source sentence whose translation has
    no negation word is reported when the rest of the sentence is a close
    rendering (at least ``min_recall`` of the content linked both ways: a
    free translation may express a negation with other words, "failed",
    "out of fashion"); when the source's negation is one an engine reads as
    its positive look-alike and the translation has that look-alike,
    ``min_recall_opposite`` is enough, and the look-alike is reported with
    the fix. "any", "ever", "anything" (negative polarity items) negate
    nothing alone: with no negation, question, "if", "than" or superlative
    to lean on, they are what is left of a dropped "ne ... aucun/jamais/rien"
    ("has ever visited"), reported on the word with its negative counterpart
    as the fix, also from ``min_recall_opposite`` (the item renders the
    negation word, so the closeness counts it). A word that merely looks
    negated by an affix ("international", "information": ``negation_affixed``)
    is no negation when the alignment links it only to source words outside
    the negations, and the negated word itself is rendered (not a verb
    negative in itself: "n'a pas cessé" may be "continued").

    Example:
        source: Le ministre ne signera pas d'accord avec les ouvriers.
        bad: The minister will sign an agreement with the workers.
        bad: The minister will sign any agreement with the workers.
        good: The minister will not sign any agreement with the workers.
    """

    code = "A604"
    name = "polarity-flipped"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MAJOR
    min_recall: float = 0.9
    min_recall_opposite: float = 0.75

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        for seg, text, src_neg, pol in self.sentences(pair, ctx):
            if not src_neg:
                continue
            words = text_words(seg.text, ctx)
            affixed: list[re.Match] = []
            found = _negations_found(pol, seg.text, words)
            if found is not None:
                affixed = _only_affixed(pol, found)
                if not affixed or not _affixed_render_elsewhere(pol, affixed, text, seg.text, src_neg, ctx):
                    continue
            word = src_neg[0].group().strip()
            opposite = None
            if pol["opposite_src"] and pol["opposite_tgt"] and any(pol["opposite_src"].search(m.group()) for m in src_neg):
                opposite = pol["opposite_tgt"].search(seg.text)
            # a polarity item with no licensor (the text has no negation, so any item there has none)
            item = None if opposite else _polarity_item(pol, seg.text)
            if not self.close_rendering(pair, seg, text, ctx,
                                        self.min_recall_opposite if opposite or item else self.min_recall):
                continue
            if item:
                fix = pol["tgt_items"][item.group().lower()]
                yield self.issue(
                    seg, item.start(), item.end(),
                    f"the {ctx.source.name} is negative ({quoted(word)}) and the {ctx.target.name} has no negation: "
                    f"{quoted(item.group())} is left without one (expected {quoted(fix)})",
                    fix,
                )
            elif opposite:
                yield self.issue(
                    seg, opposite.start(), opposite.end(),
                    f"the {ctx.source.name} is negative ({quoted(word)}) and the {ctx.target.name} has no negation: "
                    f"{quoted(opposite.group())} reads it as its opposite (expected {quoted(pol['opposite_fix'])})",
                    pol["opposite_fix"],
                )
            else:
                examples = " or ".join(quoted(w) for w in pol["examples"])
                looks = (f"; {', '.join(quoted(m.group()) for m in affixed)} "
                         f"{'renders' if len(affixed) == 1 else 'render'} other words") if affixed else ""
                yield self.issue(
                    seg, 0, len(seg.text),
                    f"the {ctx.source.name} is negative ({quoted(word)}) and the {ctx.target.name} has no negation"
                    + (f" (expected one such as {examples}{looks})" if examples else
                       f" ({looks[2:]})" if looks else ""),
                )


@register
@record
class NegationAdded(_PolarityCheck):
    """The translation negates a sentence that has nothing negative in the source.

    Why it matters: "the council approved the plan" rendered "the council
    did not approve the plan" says the opposite. A plain negation of the
    translation ("not", "n't", "never", "without", "nothing" ...; not the
    idioms "not only", "if not", "not far from", listed in
    ``polarity.toml``) is reported when the source has no word that may
    carry a negative meaning (the broad list: "ne", "sans", "peu", "refus",
    "évit" ...), the rest of the sentence is a close rendering (at least
    ``min_recall`` of the content linked both ways), and the source does not
    itself hold the negation word (a quotation left in the original). It is
    a preview check: on MT with human post-edits it found no error the
    source-negative direction (A604) did not, and on newstest references its
    flags were a source typo and a reference's own slip.

    Stop 72 (pv72) measured it again and left it in preview: two false alarms on the calibration articles ("without"
    in two articles whose gold marks no defect there), no clean flag; one flag each on newstest2008 and 2011 (the
    latter a reference defect: « Il le faut afin d'embarrasser » -> "You must not embarrass"); no flag on the 24k
    WMT14 report, so its precision there is unmeasured.

    Example:
        source: Les ouvriers ont signé le nouveau contrat hier.
        bad: The workers did not sign the new contract yesterday.
        good: The workers signed the new contract yesterday.
    """

    code = "A607"
    preview = True
    name = "negation-added"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MAJOR
    min_recall: float = 0.9

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        for seg, text, src_neg, pol in self.sentences(pair, ctx):
            if src_neg or pol["src_broad"].search(text):
                continue
            strict = [m for m in negations(pol["tgt_strict"], pol["tgt_not"], seg.text)
                      if not _in_source(m, seg.text, text)]
            if strict and self.close_rendering(pair, seg, text, ctx, self.min_recall):
                m = strict[0]
                yield self.issue(
                    seg, m.start(), m.end(),
                    f"{quoted(m.group())} negates a sentence that is not negative in the {ctx.source.name} "
                    f"(expected no negation)",
                )


@register
@record
class ContrastAsOpposition(MeaningCheck):
    """Figures compared with "contre" are rendered with "against", which reads as opposition.

    Why it matters: "53 % contre 47 %" compares two figures ("53% compared
    with 47%"); "against" can read as one side opposing the other. It is a
    preview check: human references and post-editors often write "against"
    there too (measured on newstest references and the Potet post-edits),
    so it is a matter of house style rather than a clear error. The
    comparison pattern and the fix are data (``polarity.toml``: ``contrast``,
    ``contrast_wrong``, ``contrast_suggestion``).

    Stop 72 (pv72) measured it again and left it in preview: no calibration article defect gained; 0.20 flags per
    100 on newstest2010's reference ("49% against 44%", as the references write it); its 4 flags on the 24k WMT14
    report are the same "53% against 47%", a usage English news shares.

    Example:
        source: Les électeurs ont choisi le oui à 53 % contre 47 % pour le non.
        bad: Voters chose yes by 53% against 47% for no.
        good: Voters chose yes by 53% compared with 47% for no.
    """

    code = "A606"
    preview = True
    name = "contrast-as-opposition"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        pol = polarity(ctx.config.source_lang, ctx.config.target_lang)
        if pol is None or pair.source is None or pair.source_title_only \
                or not (pol["contrast_src"] and pol["contrast_tgt"]):
            return
        for seg in pair.target.segments:
            sources = pair.sources_of(seg.index)
            compared = pol["contrast_src"].search(joined_sources(sources)) if sources else None
            if compared is None:
                continue
            said = f" ({quoted(compared.group('word'))} in the {ctx.source.name})" \
                if "word" in compared.re.groupindex else f" in the {ctx.source.name}"
            for m in pol["contrast_tgt"].finditer(seg.text):
                span = m.span("trap")
                yield self.issue(
                    seg, span[0], span[1],
                    f"{quoted(m.group('trap'))} renders a comparison of figures{said}; "
                    f"it means {quoted(pol['contrast_fix'])} here",
                    pol["contrast_fix"],
                )
