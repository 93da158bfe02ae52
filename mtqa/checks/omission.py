"""Omission and addition: what the translation lost or gained, sentence by sentence.

The aligner (``mtqa.align``) links source and target sentences; a source
sentence linked to nothing (a ``1-0`` link) was dropped, a target sentence
linked to nothing (``0-1``) was added, and a linked pair whose length ratio
lies far outside what human translators produce lost or gained part of its
content. The ratio bounds come from data (``[length_ratio]`` in
``mtqa/data/pairs/<source>-<target>.toml``, calibrated by
``bench/length_ratio.py`` on WMT human translations), so they are per
language pair and documented where they are measured.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from mtqa.checks.base import DocumentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.model import DocumentPair, Issue, Segment, Severity
from mtqa.records import record

# Links the aligner is unsure of are not judged: a doubtful bead is as likely
# to be an alignment error as a translation error.
MIN_LINK_CONFIDENCE = 0.5
# Bracketed text: a gloss a translator adds for English readers (acronyms).
_BRACKETS = re.compile(r"\s*\([^()]*\)")


def _nearest_target(pair: DocumentPair, position: int) -> tuple[Optional[Segment], str]:
    """The target segment before the link at ``position`` ("after" it), else the one after it ("before" it)."""
    for link in reversed(pair.links[:position]):
        if link.target:
            return pair.target.segments[link.target[-1]], "after"
    for link in pair.links[position + 1:]:
        if link.target:
            return pair.target.segments[link.target[0]], "before"
    return None, ""


def _quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@register
@record
class OmittedSegment(DocumentCheck):
    """A source sentence has no counterpart in the translation.

    Why it matters: a whole sentence of the story is missing from the
    English, and nothing in the English shows it. The aligner links it to no
    target sentence (a 1-0 link, with confidence at least 0.5). An issue
    needs a place in the target, so it is reported on the target sentence
    after which the missing one belongs (the one before the gap; the first
    one when the gap opens the text), quoting the source sentence in the
    message. Source sentences of fewer than ``min_words`` words (datelines,
    credits) are skipped.

    Example:
        source: Le vaisseau est revenu\\n\\nLa capsule a atterri dimanche matin au Kazakhstan. Les trois membres d'équipage sont en bonne santé. Le directeur de l'agence les a accueillis.\\n\\nIls rentreront à Moscou demain.
        bad: The ship came back\\n\\nThe capsule landed on Sunday morning in Kazakhstan. The head of the agency welcomed them.\\n\\nThey will return to Moscow tomorrow.
        good: The ship came back\\n\\nThe capsule landed on Sunday morning in Kazakhstan. The three crew members are in good health. The head of the agency welcomed them.\\n\\nThey will return to Moscow tomorrow.
    """

    code = "A301"
    name = "omitted-segment"
    category = "accuracy"
    subcategory = "omission"
    severity = Severity.MAJOR
    requires_source = True
    min_words: int = 4

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        if pair.source is None or pair.source_title_only:
            return
        for pos, link in enumerate(pair.links):
            if link.target or not link.source or link.confidence < MIN_LINK_CONFIDENCE:
                continue
            missing = [pair.source.segments[i] for i in link.source]
            if sum(s.words for s in missing) < self.min_words:
                continue
            where, side = _nearest_target(pair, pos)
            if where is None:
                continue
            first = missing[0]
            place = f"{side} this sentence"
            yield self.issue(
                where,
                0,
                len(where.text),
                f"The source sentence on line {first.line} has no translation {place}: “{_quote(first.text)}”.",
                None,
                confidence=link.confidence,
            )


@register
@record
class AddedSegment(DocumentCheck):
    """A target sentence has no counterpart in the source.

    Why it matters: the English says something the source does not: an
    inserted sentence, a leftover from another article, a hallucination.
    The aligner links it to no source sentence (a 0-1 link, with confidence
    at least 0.5); sentences of fewer than ``min_words`` words are skipped.
    Repeats of the headline or of another sentence and pasted source text
    are reported by A101, A102 and A204 instead. Needs a full source: with
    only the source headline, a body sentence's source is unknown, not
    absent.

    Example:
        source: Le vaisseau est revenu\\n\\nLa capsule a atterri dimanche matin au Kazakhstan.\\n\\nIls rentreront à Moscou demain.
        bad: The ship came back\\n\\nThe capsule landed on Sunday morning in Kazakhstan.\\n\\nShares in the company rose sharply on the stock exchange after the announcement of record profits.\\n\\nThey will return to Moscow tomorrow.
        good: The ship came back\\n\\nThe capsule landed on Sunday morning in Kazakhstan.\\n\\nThey will return to Moscow tomorrow.
    """

    code = "A302"
    name = "added-segment"
    category = "accuracy"
    subcategory = "addition"
    severity = Severity.MAJOR
    requires_source = True
    min_words: int = 4

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        if pair.source is None or pair.source_title_only:
            return
        for link in pair.links:
            if link.source or not link.target or link.confidence < MIN_LINK_CONFIDENCE:
                continue
            for i in link.target:
                seg = pair.target.segments[i]
                if seg.words < self.min_words:
                    continue
                yield self.issue(
                    seg,
                    0,
                    len(seg.text),
                    "This sentence has no counterpart in the source.",
                    None,
                    confidence=link.confidence,
                )


class _LengthRatio(DocumentCheck):
    """Shared part of A303/A304: the ratio of each confident link against the bounds."""

    too_short: bool = True

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        if pair.source is None:
            return
        bins = ctx.pair.length_ratio_bins
        if not bins:
            return
        for targets, src_text, tgt_text, confidence in _linked_texts(pair):
            issue = self._judge(targets, src_text, tgt_text, confidence, bins, ctx.target.function_words,
                                (ctx.source.code, ctx.target.code))
            if issue is not None:
                yield issue

    def _judge(self, targets: list[Segment], src_text: str, tgt_text: str, confidence: float, bins,
               function_words: frozenset = frozenset(), langs: tuple[str, str] = ("", "")) -> Optional[Issue]:
        if not self.too_short and "(" in tgt_text and _BRACKETS.search(tgt_text) and not _BRACKETS.search(src_text):
            # "the SNCF (the French state railway)": a translator's gloss
            tgt_text = _BRACKETS.sub("", tgt_text)
        src_len, tgt_len = len(src_text), len(tgt_text)
        if src_len == 0:
            return None
        if self.too_short and src_text.endswith(_FULL_STOPS) and _headline_style(tgt_text, function_words):
            # a source sentence made a headline ("Grave-tenders robbed" for a full sentence ending
            # in a full stop): the translator chose headline style, which drops what it likes
            return None
        low, high = next(((lo, hi) for edge, lo, hi in bins if src_len < edge), bins[-1][1:])
        ratio = tgt_len / src_len
        if self.too_short:
            if ratio >= low or src_len - tgt_len < self.min_chars:
                return None
            bound, side = low, "at least"
            uncovered = _uncovered_source_words(src_text, tgt_text, *langs)
            if uncovered == []:
                # every content word of the source has a counterpart: shorter wording of all of it
                # (a paraphrase), not a dropped part
                return None
        else:
            if ratio <= high or tgt_len - src_len < self.min_chars:
                return None
            bound, side = high, "at most"
        seg = targets[0]
        return self.issue(
            seg,
            0,
            len(seg.text),
            f"This translation is {100 * ratio:.0f}% of the length of its source ({tgt_len} vs {src_len} "
            f"characters); human translations of a sentence this long are {side} {100 * bound:.0f}%: "
            + (f"part of the source may be missing{_naming(uncovered)}." if self.too_short else "it may add content."),
            None,
            confidence=confidence,
        )


def _uncovered_source_words(src_text: str, tgt_text: str, source: str, target: str) -> Optional[list[str]]:
    """The source content words the word alignment (:mod:`mtqa.meaning.align`) finds no counterpart of in
    the target (translation, cognate, number or copied name), in source order, each once; None when the
    language pair has no lexical model or the source no content word. Aligned here, for the one pair the ratio already judged short: the
    document's alignments are computed only when a meaning check or the score asks for them."""
    from mtqa.meaning.align import segment_alignment
    from mtqa.meaning.tokens import source_word

    wa = segment_alignment(src_text, tgt_text, source, target) if source and target else None
    if wa is None or not wa.source_content:
        return None  # no model, or no content word: no evidence either way
    unaligned = wa.unaligned_source
    if unaligned:
        short = _short_form_stems(tgt_text, target)
        if short:
            unaligned = [i for i in unaligned if not _rendered_short(wa.source[i].stem, short, source, target)]
    return list(dict.fromkeys(source_word(src_text, wa.source[i]) for i in unaligned))


def _short_form_stems(text: str, lang: str) -> frozenset[str]:
    """The stems of the words the symbols and abbreviations in ``text`` stand for (``$`` dollar, ``Co``
    company: the target language's ``short_forms``). A symbol counts anywhere; an abbreviation only as a
    word of its own, in its own case ("Co", "Co.", not "co-" or "CO")."""
    from mtqa.langs import language
    from mtqa.meaning.tokens import stem

    forms = language(lang).short_forms
    if not forms:
        return frozenset()
    words = set(_WORD_RE.findall(text))
    return frozenset(stem(w, lang) for short, meant in forms.items()
                     if (short in words if short[:1].isalpha() else short in text) for w in meant)


_WORD_RE = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w-])")


def _rendered_short(source_stem: str, short: frozenset[str], source: str, target: str) -> bool:
    """Whether one of the usual translations of the source stem is a word a short form of the target stands
    for: « dollars » rendered by "$", « compagnie » by "Co". The word aligner links words to words; a symbol
    is no word and an abbreviation is no translation it has learnt, so they leave such a word unrendered."""
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.meaning.align import usual_renderings

    model = load_lexmodel(source, target)
    return model is not None and any(r in short for r in usual_renderings(model, source_stem))


MAX_NAMED = 6
"""Uncovered source words an A303 message names, at most (a longer list ends in "…")."""


def _naming(words: Optional[list[str]]) -> str:
    """The message's tail naming ``words``, the source words nothing in the translation renders."""
    if not words:
        return ""
    named = ", ".join(quoted(w) for w in words[:MAX_NAMED]) + (", …" if len(words) > MAX_NAMED else "")
    return f" (no counterpart of {named})"


_FULL_STOPS = (".", "!", "?")
_ENDINGS = (*_FULL_STOPS, ":", ";", "…", ",", "-", "\"", "”", "»", "'", "’", ")")
"""What ends a sentence, and anything that may end a segment not written as a headline."""


def _headline_style(text: str, function_words: frozenset = frozenset()) -> bool:
    """A short text with no final stop, opened by a capital word that is no function word and closed
    by a word of at least four letters: a headline or subheading (``Grave-tenders robbed``), not a
    sentence cut short (``The chairman then resigned and``, ``And most of them end``, ``The President
    of the Republic announced``: headlines drop the article a sentence opens with)."""
    words = text.split()
    return (0 < len(words) <= HEADLINE_MAX_WORDS and not text.endswith(_ENDINGS) and words[0][:1].isupper()
            and words[0].lower() not in function_words and len(words[-1]) >= 4 and words[-1].isalpha())


HEADLINE_MAX_WORDS = 6
"""Headlines of news run to about six words; a longer text without a final stop is a sentence."""


def _linked_texts(pair: DocumentPair) -> list[tuple[list[Segment], str, str, float]]:
    """(target segments, source text, target text, confidence) of every confident link with both
    sides, once per document: A303 and A304 read the same texts."""
    cached = pair.cache.get("linked_texts")
    if cached is not None and cached[0] is pair.links:
        return cached[1]
    out = []
    for link in pair.links:
        if not link.source or not link.target or link.confidence < MIN_LINK_CONFIDENCE:
            continue
        targets = [pair.target.segments[i] for i in link.target]
        out.append((targets, " ".join(pair.source.segments[i].text.strip() for i in link.source),
                    " ".join(t.text.strip() for t in targets), link.confidence))
    pair.cache["linked_texts"] = (pair.links, out)
    return out


@register
@record
class TranslationTooShort(_LengthRatio):
    """A translated sentence is far shorter than human translations of its source.

    Why it matters: a translation that drops a clause, a list item or the
    end of a sentence reads fluently, so only its length betrays it. The
    ratio len(target) / len(source) in characters is compared with the 0.1th
    percentile of human translations of sources of that length (pair data,
    measured by ``bench/length_ratio.py``); the gap must also be at least
    ``min_chars`` characters so that short headlines do not trip it. A source
    sentence rendered as a headline (no final stop where the source has one)
    in a short text closed by a word is left alone: headline style drops
    words on purpose. Where the language pair has a lexical model, the word
    alignment (:mod:`mtqa.meaning.align`) decides between an omission and a
    paraphrase: a short translation in which every content word of the
    source has a counterpart (a translation, a cognate, a name, a number, or
    a symbol or abbreviation of a translation: ``$`` for « dollars », ``Co``
    for « compagnie ») says all of it in fewer words and is left alone;
    otherwise the message
    names the source content words with no counterpart: where to look for
    what was dropped.

    Example:
        title: Le directeur de l'agence spatiale a accueilli les trois membres de l'équipage à leur descente de la capsule
        bad: The director welcomed them\\n\\nThe capsule landed on Sunday.
        good: The head of the space agency welcomed the three crew members as they stepped out of the capsule\\n\\nThe capsule landed on Sunday.
    """

    code = "A303"
    name = "translation-too-short"
    category = "accuracy"
    subcategory = "omission"
    severity = Severity.MAJOR
    requires_source = True
    too_short = True
    min_chars: int = 20


@register
@record
class TranslationTooLong(_LengthRatio):
    """A translated sentence is far longer than human translations of its source.

    Why it matters: a translation much longer than its source usually
    carries something the source does not say: a repeated clause, a
    hallucinated continuation, text merged from the next sentence. The
    ratio is compared with the 99.9th percentile of human translations of
    sources of that length, and the excess must be at least ``min_chars``
    characters. Bracketed text the source does not have is not counted: it
    is the translator's gloss of an acronym or a name.

    Example:
        title: Le vaisseau est revenu sur Terre
        bad: The ship came back to Earth after a long journey through space, its crew tired but happy to be home again with their families\\n\\nThe capsule landed on Sunday.
        good: The ship came back to Earth\\n\\nThe capsule landed on Sunday.
    """

    code = "A304"
    name = "translation-too-long"
    category = "accuracy"
    subcategory = "addition"
    severity = Severity.MAJOR
    requires_source = True
    too_short = False
    min_chars: int = 20
