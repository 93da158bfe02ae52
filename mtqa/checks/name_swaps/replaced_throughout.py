"""T110: one source name replaced by the same other name throughout a document (a name the system learned
for it), read on the document's segments together, with the readings only it uses: names and known words that
come back across the document's segments.
"""
from __future__ import annotations

from typing import Iterator

from mtqa.checks.base import DocumentCheck
from mtqa.checks.name_swaps.likeness import FoldedWords, name_present, read_text
from mtqa.checks.name_swaps.lost_names import beyond_latin1, other_names, words_of
from mtqa.checks.name_swaps.name_words import english_place_names, name_words
from mtqa.checks.name_swaps.swap_readers import (KNOWN_ZIPF, POSSESSIVE, paired_names, place_or_people, replacements,
                                                 swaps_of, translates_source)
from mtqa.checks.names import name_titles
from mtqa.checks.registry import register
from mtqa.langs import at_sentence_start, fold
from mtqa.langs.cache import TABLES, memoize
from mtqa.model import DocumentPair, Issue, Severity, joined_sources
from mtqa.names.mentions import text_words
from mtqa.records import record
from mtqa.words import ONE_APOSTROPHE_WORD_RE as _WORD


@register
@record
class NameReplacedThroughout(DocumentCheck):
    """A name of the source is replaced by the same unknown word in several sentences (``Freudenberg`` ->
    "Hilchenbach" all through an article).

    Why it matters: the article now names another firm or person each time,
    an error of fact a reader cannot detect. A system that cannot translate a
    rare name sometimes writes a rare word of its own training data in its
    place, and does so every time the name comes back. T106 pairs a lost
    source name only with a new name the target language knows, since one
    unknown word alone may be a spelling of the source's; this check takes
    the new words the target language does not know at all (below T106's
    ``KNOWN_ZIPF``) when the same one stands in for the same lost source
    name in at least ``min_segments`` sentences of the document, the only
    new word and the only lost name of each. Every such sentence is
    reported, with the source's name as the suggestion.

    A system that takes a name for a word of the source language writes
    that word's translation, a word English knows, each time the name comes
    back (Gaza -> "Gassed", Moleskine -> "Imitation"): reported too when the same
    capitalised word stands in at least ``min_segments_known`` sentences
    that lost the name and in no sentence whose source lacks it, the name
    being one both languages write about as often (not a word of the
    source's own inside a name, le Nouvel An -> New Year's) and no common
    word of the target language, first name, place of the exonym tables
    or people (:func:`_known_words_throughout`). A name that English also
    writes as a word (Vitro: in vitro) but the source language rarely
    (``NAME_WORD_SOURCE_MAX_ZIPF``), a firm's or a product's name, is
    followed too, and only a word that is no common English word, another
    name, stands in for it (Vitro -> "Battelle"): a word English has may
    render the name's sense. A sentence whose word T106 reports in the
    name's very place (a name both dictionaries list, Gaza -> "Gassed") is
    T106's, not reported again here.

    Example:
        source: Titre\\n\\nLa société Moravelli a perdu son procès.\\nMoravelli fera appel lundi.\\nLe carnet Moleskine est facilement reconnaissable.\\nLes clients de Moleskine sont cultivés.\\nLa marque Moleskine a changé de mains.\\nLe groupe Vitro a restructuré sa dette.\\nLes créanciers de Vitro ont perdu en appel.\\nLe tribunal a ignoré la procédure de Vitro.
        bad: Title\\n\\nThe company Quorvik lost its lawsuit.\\nQuorvik will appeal on Monday.\\nThe notebook Moleskine is easily recognised.\\nThe customers of Moleskine are cultivated.\\nThe brand Moleskine has changed hands.\\nThe Vitro group restructured its debt.\\nThe creditors of Vitro lost on appeal.\\nThe court ignored the procedure of Vitro.
        bad: Title\\n\\nThe company Moravelli lost its lawsuit.\\nMoravelli will appeal on Monday.\\nThe notebook Imitation is easily recognised.\\nThe customers of Imitation are cultivated.\\nThe brand Imitation has changed hands.\\nThe Vitro group restructured its debt.\\nThe creditors of Vitro lost on appeal.\\nThe court ignored the procedure of Vitro.
        bad: Title\\n\\nThe company Moravelli lost its lawsuit.\\nMoravelli will appeal on Monday.\\nThe notebook Moleskine is easily recognised.\\nThe customers of Moleskine are cultivated.\\nThe brand Moleskine has changed hands.\\nThe Pemberton group restructured its debt.\\nThe creditors of Pemberton lost on appeal.\\nThe court ignored the procedure of Pemberton.
        good: Title\\n\\nThe company Moravelli lost its lawsuit.\\nMoravelli will appeal on Monday.\\nThe notebook Moleskine is easily recognised.\\nThe customers of Moleskine are cultivated.\\nThe brand Moleskine has changed hands.\\nThe Vitro group restructured its debt.\\nThe creditors of Vitro lost on appeal.\\nThe court ignored the procedure of Vitro.
    """

    code = "T110"
    name = "name-replaced-throughout"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MAJOR
    requires_source = True
    min_segments: int = 2
    min_segments_known: int = 3
    """Sentences in which the same word the target language knows must stand for the same lost name, and no
    other sentence have it, for the second reading (:func:`_known_words_throughout`); 0 turns it off."""

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        found: dict[tuple[str, str], list] = {}
        for segment in pair.target.segments:
            sources = pair.sources_of(segment.index)
            swaps = swaps_of(segment, sources, ctx) if sources else None
            if swaps is None:
                continue
            new, rare, lost_names = swaps
            if new or len(rare) != 1 or len(lost_names) != 1:
                continue  # T106's, or no single word in place of a single name
            for (s, e, word), name in paired_names(rare, lost_names):
                found.setdefault((fold(name), fold(word)), []).append((segment, s, e, word, name))
        reported = set()
        for key, hits in found.items():
            if len({h[0].index for h in hits}) < self.min_segments:
                continue
            reported.add(key)
            for segment, s, e, word, name in hits:
                yield self.issue(
                    segment, s, e,
                    f"“{word}” is not in the {ctx.source.name}, where the name is “{name}”; the translation "
                    f"writes it for that name in {len(hits)} sentences: the name was replaced.",
                    name, confidence=0.7,
                )
        if self.min_segments_known:
            for key, hits in _known_words_throughout(pair, ctx, self.min_segments_known).items():
                if key in reported:
                    continue
                for segment, s, e, word, name in hits:
                    if any((s, e) == r[:2] for r in replacements(segment, pair.sources_of(segment.index), ctx)):
                        continue  # T106 reports this very word (Restall -> "Berg" beside a kept part)
                    yield self.issue(
                        segment, s, e,
                        f"“{word}” is not in the {ctx.source.name}, where the name is “{name}”; the translation "
                        f"writes it for that name in {len({h[0].index for h in hits})} sentences and nowhere "
                        f"else: the name was translated as a word or replaced.",
                        name, confidence=0.7,
                    )


SHARED_NAME_MARGIN = 1.0
"""Zipf by which the source language may write a name more often than the target language for T110's second
reading to take it as a name both write (Gaza 3.95 / 3.92, Moleskine 2.04 / 2.03); a word the source writes far
more often is its own word, whose translation in a name may be right (Nouvel 4.82 / 2.16, Dieu 5.4 / 2.75)."""


def _known_words_throughout(pair: DocumentPair, ctx, min_segments: int) -> dict[tuple[str, str], list]:
    """(folded name, folded word) -> [(segment, start, end, word, name)] for each source name for which one
    capitalised word the source document does not have stands in at least ``min_segments`` sentences that lost
    the name, and in no sentence whose source lacks the name (T110's second reading). Why: a system that takes a name for a word of the source language renders it as that word
    every time the name comes back (Gaza -> "Gassed", Dallas -> "Paved", Moleskine -> "Imitation", Lima ->
    "Filed", Vitro -> "Battelle"), a word English knows, which T110's first reading (only unknown words)
    and T106 (a word in the name's very place) do not take from one sentence. The document is the evidence:
    the same word for the same name, there only, again and again. The name must be no common word of the
    target language (Commission -> Committee, District -> Region: English has the word, a translation may
    render it), written by the target language nearly as often as by the source's (``SHARED_NAME_MARGIN``:
    a name both write, Gaza, Lima, not a word of the source's own in a name, le Nouvel An -> New Year's),
    no first name (Jean -> John: T104's), no place of the exonym or alternate-names tables and
    no people of the demonym table (Londres -> London, Catalans -> Catalans); the word must be unlike every
    word of its sentence's source, no dictionary translation of one of them, no title, place or people, and a
    word the target language knows (``KNOWN_ZIPF``: an unknown one is the first reading's and T106's). A
    name that opens a sentence or a quotation (a title, a brand: « la série "Dallas" ») counts there when the
    document writes it as a name elsewhere, on either side (:func:`_document_names`)."""
    src, tgt, pair_name = ctx.source, ctx.target, ctx.config.pair
    rows = []
    for segment in pair.target.segments:
        sources = pair.sources_of(segment.index)
        if sources:
            rows.append((segment, joined_sources(sources)))
    if len(rows) < min_segments:
        return {}
    source_folded = None  # the document's source words, folded: made for the first stand-in word read
    places = english_place_names(pair_name)
    texts = tuple(text for _, text in rows)
    names = ctx.memo("swaps.names_throughout", (texts, src.code, tgt.code, min_segments),
                     lambda: _names_throughout(texts, min_segments, ctx), bound=SOURCE_DOCUMENTS)
    out: dict[tuple[str, str], list] = {}
    target_openers = None  # made for the first sentence that lost a name (most documents keep their names)
    target_words: dict[int, FoldedWords] = {}  # the words of each sentence asked about, for every name it may have
    target_caps: dict[int, list] = {}  # and the capitalised words of each that lost one
    for f, (name, ks, common) in names.items():
        counts: dict[str, list] = {}
        named = frozenset(ks)  # the sentences whose source has the name: the word may stand only there
        for k in ks:
            segment, text = rows[k]
            words = target_words.get(k)
            if words is None:  # one per sentence, for every name it is asked about: its folded words read once
                words = target_words[k] = FoldedWords(words_of(segment.text, ctx))
            if name_present(name, words):
                continue  # the name kept in this sentence (maybe lost in others); its words only are read
            src_words = read_text(text, ctx, src.code)
            if target_openers is None:
                target_openers = _document_names([x.text for x, _ in rows], ctx)
            caps = target_caps.get(k)
            if caps is None:  # (the one slot of segment_text would be refilled for each name lost there)
                caps = target_caps[k] = read_text(segment.text, ctx, tgt.code).caps
            for s, e, word in dict.fromkeys((*caps, *target_openers[k])):
                fw = fold(word)
                if len(word) < 3 or word.isupper() or tgt.zipf(word) < KNOWN_ZIPF:
                    continue
                if source_folded is None:  # most documents keep their names: most never need it
                    source_folded = {fold(w) for _, t in rows for w in _WORD.findall(t)}
                if fw in source_folded \
                        or name_present(word, src_words) \
                        or fw in name_titles(ctx.pair, "target") or place_or_people(word, places, pair_name) \
                        or translates_source(POSSESSIVE.sub("", word), src_words, ctx) \
                        or common and _word_of_target(word, tgt):
                    continue  # (a name that is also a word: only a name stands in for it, Vitro -> Battelle)
                counts.setdefault(fw, []).append((segment, s, e, word, name))
        for fw, hits in counts.items():
            where = {h[0].index for h in hits}
            if len(where) >= min_segments and all(
                    k in named for k, (segment, _) in enumerate(rows)
                    if fw in {fold(x) for x in _WORD.findall(segment.text)}):
                out[(f, fw)] = hits
    return out


def _names_throughout(texts: tuple[str, ...], min_segments: int, ctx) -> dict[str, tuple[str, list[int]]]:
    """The source names :func:`_known_words_throughout` follows through a document whose aligned sources are
    ``texts`` (one per target sentence that has a source): folded name -> (the name as written, the indices of
    the texts that write it, at least ``min_segments``), for a name that is no common word of the target
    language, that the target writes nearly as often as the source (``SHARED_NAME_MARGIN``), and no first name,
    place, other name of the tables or people. A function of the source document alone, kept per document
    (``SOURCE_DOCUMENTS``): each system's translation of it asked again (~0.04 s of CPU on WMT14's 24k pairs,
    the 176 source documents read eight times). Callers must not modify it."""
    src, tgt, pair_name = ctx.source, ctx.target, ctx.config.pair
    first_names, places, others = ctx.pair.first_names_folded, english_place_names(pair_name), other_names(pair_name)
    peoples = _source_peoples(ctx.pair)
    seen: dict[str, tuple[str, list[int]]] = {}
    source_openers = ctx.memo("swaps.document_openers", (texts, src.code), lambda: _document_names(list(texts), ctx),
                              bound=SOURCE_DOCUMENTS)
    for k, text in enumerate(texts):
        for _, _, w in name_words(text, src) + source_openers[k]:
            f = fold(w)
            if f in seen:
                if seen[f][1][-1] != k:
                    seen[f][1].append(k)
                continue
            seen[f] = (w, [k])
    out = {}
    for f, (w, ks) in seen.items():
        if len(ks) >= min_segments and len(w) > 2 and w[1:].islower() and not beyond_latin1(w, frozenset()) \
                and tgt.zipf(w) >= src.zipf(w) - SHARED_NAME_MARGIN \
                and f not in first_names and f not in places and f not in others and f not in peoples:
            common = tgt.is_common_word(w.lower())
            if not common or _name_word_of_both(w, src, tgt):
                out[f] = (w, ks, common)
    return out


NAME_WORD_SOURCE_MAX_ZIPF = 3.5
"""A capitalised name that the target language also writes as a common word is followed through a document
(:func:`_name_word_of_both`) when the source language writes it this rarely (Zipf): a firm's or a product's
name (Vitro 3.3, Meteor 2.5), not an institution of its own words (Commission 4.9, Conseil 5.1, Sénat 4.4)."""


def _name_word_of_both(name: str, src, tgt) -> bool:
    """``name``, a common word of the target language (:func:`_names_throughout`), is still a name of the source
    document whose replacement T110's second reading may follow: the source language writes it rarely
    (``NAME_WORD_SOURCE_MAX_ZIPF``), a firm's or a product's name (``le groupe Vitro``, the word of in vitro
    beside it), not an institution named by a word of its own (la Commission, la Bourse). Only a word that is no common word of the target language then
    stands in for it (:func:`_word_of_target`): a word the target writes may render the name's sense (Commission
    -> Committee), another name cannot (Vitro -> "Battelle" in every sentence of an article)."""
    return src.zipf(name) < NAME_WORD_SOURCE_MAX_ZIPF


def _word_of_target(word: str, tgt) -> bool:
    """``word`` (a possessive ending aside) is a common word of the target language: it may render the sense
    of a name that is a word too, so it is no other name put in its place (:func:`_name_word_of_both`)."""
    return tgt.is_common_word(POSSESSIVE.sub("", word).lower())


SOURCE_DOCUMENTS = 512
"""Source documents whose sentence and quotation openers :func:`_document_names` keeps (T110's second reading):
a source document comes back with the next system's translation of it, one system output away (the 176
documents of a WMT14 output), and the table holds only the key's texts, which the sentence analyses hold
already, and a few openers a document."""


def _document_names(texts: list[str], ctx) -> list[tuple[tuple[int, int, str], ...]]:
    """For each text, (start, end, word) of the words that open a sentence or a quotation there and that the
    document writes capitalised mid-sentence at least once and never in lowercase: names of that document,
    even where one opens a sentence or a quotation. Why: a title or brand the document quotes (« la série
    "Dallas" », « " Moleskine a remis au goût du jour... ») has a capital there that the quotation explains, and
    :func:`name_words` drops such an opener when the dictionary knows it as a word (dallas, moleskine), so
    T110's second reading lost those sentences; the same word written as a name mid-sentence elsewhere
    (« à Dallas », « le carnet Moleskine ») and never as a word tells them apart from a sentence's opening
    word (« Pourtant », « Créé »: lowercase elsewhere, or only ever at openings). Read from each text's one
    split (:func:`~mtqa.words.text_words`), which the other name readings share. The document's lowercase
    words are folded only when an opener is also written mid-sentence, and each distinct word once: that
    reading is most of the cost, and most documents need none of it."""
    mid: set[str] = set()
    opening: list[list[tuple[int, int, str]]] = []
    splits = []
    for text in texts:
        split = text_words(text, ctx)
        words = split.words
        splits.append(words)
        found = []
        for k in split.capital:
            w = words[k]
            if len(w) < 2 or not w[:1].isupper() or w.isupper():
                continue
            start = split.start(k)
            if at_sentence_start(text, start):
                found.append((start, split.end(k), w))
            else:
                mid.add(fold(w))
        opening.append(found)
    names = {fold(x[2]) for found in opening for x in found} & mid
    if names:
        written = set()
        for words in splits:
            written.update(words)
        names.difference_update(fold(w) for w in written if w[:1].islower())
    return [tuple(x for x in found if fold(x[2]) in names) for found in opening]


@memoize(TABLES)
def _source_peoples(pair) -> frozenset[str]:
    """Folded source forms of the demonym table (mexicain, mexicaine, and their plurals by the source
    language's own rule): a people, which a translation renders by its English name."""
    out = set()
    for r in pair.table("demonyms"):
        for base in (r["masculine"], r["feminine"]):
            if base:
                out.update((fold(base), fold(pair.source.plural(base))))
    return frozenset(out)
