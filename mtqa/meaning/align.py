"""Word alignment of one segment pair, and what it says about meaning.

Each source word is linked to the target words that can render it, strongest
evidence first:

* a number with the same digits (``4,1`` / ``4.1``), or the same word (a name,
  a loanword), weight 1;
* a translation of the lexical model (learned alignments or the dictionary),
  weight 1 when it is a usual rendering (p >= ``USUAL``), else ``RARE_LINK``;
* a cognate: the two words without accents share most of their letters
  (``gouvernement`` / ``government``), weight ``COGNATE_LINK``, for source words
  the model has too little evidence about.

Target words may render several source words. Function words (the most
frequent stems of each language in the training text, see
:func:`function_stems`) take part in links but are never counted as missing or
added. The adequacy estimate is the harmonic mean of the weighted share of
source content words linked (recall of the meaning) and of target content
words linked (nothing invented), words weighted by inverse frequency so that
``réacteur`` counts more than ``dire``.
"""
from __future__ import annotations

import functools
from dataclasses import field
from pathlib import Path
from typing import Optional

from mtqa.langs.cache import SOME_WORDS, drop_oldest_quarter
from mtqa.langs.lexmodel import LexModel, load_lexmodel
from mtqa.meaning.tokens import Token, plain, tokens
from mtqa.model import joined_sources
from mtqa.records import record
from mtqa.lazy import lazy_module as _lazy_module

_DISTANCE = _lazy_module("rapidfuzz.distance")  # imported by the first use (mtqa.lazy), never by two threads at once

USUAL = 0.05
"""A translation at least this probable in either direction is a full-weight link."""
RARE_LINK = 0.6
COGNATE_LINK = 0.8
FUNCTION_SHARE = 0.02
"""A stem found in more than this share of training sentences is a function word."""
COGNATE_MAX_COUNT = 5
"""Cognates link only words the model has seen fewer times than this: for a word it knows well, the
learned translations decide (``poisson`` is not "poison", ``actuellement`` is not "actually")."""
COPY_MIN_COUNT = 3
"""A lower-case source word found unchanged in the target links to it only if the target language
uses the word (seen this often in the training text): a copied word the target language does not
use is an untranslated word, not a translation."""
UNSEEN_WEIGHT = 0.5
"""Weight of a source word the model has never seen (a name, a typo): weak evidence either way."""


@record
class WordAlignment:
    """Links between the words of a source segment (or two) and a target segment."""

    source: list[Token]
    target: list[Token]
    links: dict[int, list[tuple[int, float, str]]] = field(default_factory=dict)
    """Source token index -> [(target token index, strength, kind)]."""
    target_linked: dict[int, float] = field(default_factory=dict)
    """Target token index -> strongest link reaching it."""
    source_content: list[int] = field(default_factory=list)
    target_content: list[int] = field(default_factory=list)
    adequacy: Optional[float] = None
    recall: float = 1.0
    precision: float = 1.0

    def strength(self, i: int) -> float:
        """Strongest link of source token ``i`` (0 when unlinked)."""
        return max((s for _, s, _ in self.links.get(i, ())), default=0.0)

    @property
    def unaligned_source(self) -> list[int]:
        """Source content tokens with no counterpart (omission candidates)."""
        return [i for i in self.source_content if not self.links.get(i)]

    @property
    def unaligned_target(self) -> list[int]:
        """Target content tokens no source word accounts for (addition candidates)."""
        return [j for j in self.target_content if j not in self.target_linked]


@functools.lru_cache(maxsize=8)
def function_stems(source: str, target: str) -> tuple[frozenset[str], frozenset[str]]:
    """Stems frequent enough in the training text to be grammar rather than content, per side.

    Kept compiled (:func:`mtqa.compiled.cached`), keyed on the model's file and the code that reads it. Why: a
    check with no meaning check to run still asks for them (the name checks' slots, :mod:`mtqa.checks.name_swaps`),
    and reading them from the model loaded its compiled copy (3 MB) and unpacked its two frequency tables:
    about 15 ms of CPU of a one-line check and of the seed article, which needed nothing else of the model."""
    from mtqa.langs.data import data_path

    path = data_path("lexmodel", f"{source}-{target}.tsv.gz")
    if not path.is_file():
        return frozenset(), frozenset()
    if not isinstance(path, Path):  # a package read from an archive: no file to key a copy on (as load_lexmodel)
        return _built_function_stems(source, target)
    from mtqa.compiled import cached, code_files

    return cached(f"function-stems-{source}-{target}", [path, *code_files(_built_function_stems)],
                  lambda: _built_function_stems(source, target))


def _built_function_stems(source: str, target: str) -> tuple[frozenset[str], frozenset[str]]:
    """:func:`function_stems`, read from the model."""
    model = load_lexmodel(source, target)
    if model is None:
        return frozenset(), frozenset()
    limit = FUNCTION_SHARE * model.pairs
    return (frozenset(s for s, c in model.source_freq.items() if c > limit),
            frozenset(s for s, c in model.target_freq.items() if c > limit))


def _cognate(a: str, b: str) -> bool:
    """Same first letter and most letters shared, on words of five letters or more."""
    if len(a) < 5 or len(b) < 5 or a[0] != b[0]:
        return False
    pa, pb = plain(a), plain(b)
    if pa == pb:
        return True
    Indel = _DISTANCE.Indel  # imported under mtqa.lazy's lock: threads of a Dask worker

    return Indel.normalized_similarity(pa, pb) >= 0.8


def _strength(tr) -> float:
    """Link weight of a lexicon candidate: full for a usual rendering, less for a rare one."""
    p = max(tr.p_forward, tr.p_backward)
    if p >= USUAL:
        return 1.0
    return max(RARE_LINK, 0.7) if tr.dictionary else RARE_LINK


def usual_renderings(model: LexModel, stem: str) -> tuple[str, ...]:
    """The target stems the model gives as usual renderings of source ``stem`` (p >= ``USUAL`` either way):
    what a close synonym may stand for (:attr:`mtqa.langs.Language.synonyms`). A rare or dictionary-only
    candidate is left out: a synonym of a synonym of a rare sense ("show" for "accusée" through "charge"
    at p 0.01) would hide real mistranslations."""
    return tuple(t.stem for t in model.translations(stem) if max(t.p_forward, t.p_backward) >= USUAL)


def align_tokens(src: list[Token], tgt: list[Token], model: LexModel, source: str, target: str) -> WordAlignment:
    """Link ``src`` to ``tgt`` through ``model``; fill coverage and the adequacy estimate.

    What the model says of a stem (its candidates' stems and link strengths, its frequencies and weight) is
    read through :func:`_source_facts` and :func:`_target_facts`, kept per stem: the same answers as asking
    the model, in the same order."""
    fsrc, ftgt = function_stems(source, target)
    source_facts, target_facts = _facts_of(model)
    wa = WordAlignment(src, tgt)
    by_stem: dict[str, list[int]] = {}
    by_plain: dict[str, list[int]] = {}
    for j, t in enumerate(tgt):
        by_stem.setdefault(t.stem, []).append(j)
        by_plain.setdefault(plain(t.lower), []).append(j)
    cognate_candidates = None
    weights = []  # each source content token's weight, for the estimate
    for i, s in enumerate(src):
        found: list[tuple[int, float, str]] = []
        if s.is_number:
            found = [(j, 1.0, "number") for j in by_stem.get(s.stem, ())]
        else:
            facts = source_facts.get(s.stem)
            if facts is None:
                facts = _source_facts(model, s.stem, source_facts)
            links, target_count, source_count, weight = facts
            if len(s.lower) > 2 and (s.capitalised or target_count >= COPY_MIN_COUNT):
                found = [(j, 1.0, "same") for j in by_plain.get(plain(s.lower), ())]
            for stem, strength in links:
                hits = by_stem.get(stem)
                if hits:
                    found.extend((j, strength, "lexicon") for j in hits)
            if not found and s.stem not in fsrc and source_count < COGNATE_MAX_COUNT:
                if cognate_candidates is None:
                    cognate_candidates = [(j, t.lower) for j, t in enumerate(tgt) if not t.is_number and len(t.lower) >= 5]
                found = [(j, COGNATE_LINK, "cognate") for j, low in cognate_candidates if _cognate(s.lower, low)]
        if found:
            wa.links[i] = found
            for j, strength, _ in found:
                if strength > wa.target_linked.get(j, 0.0):
                    wa.target_linked[j] = strength
        if not s.is_number and s.stem not in fsrc and len(s.lower) > 1:
            wa.source_content.append(i)
            weights.append(weight)
    target_weights = []
    for j, t in enumerate(tgt):
        if not t.is_number and t.stem not in ftgt and len(t.lower) > 1:
            wa.target_content.append(j)
            facts = target_facts.get(t.stem)
            if facts is None:
                facts = _target_facts(model, t.stem, target_facts)
            target_weights.append(facts)
    # target words whose own translations back into the source exist there (a link missed
    # from the source side because the source stem's candidate list was cut)
    src_stems = {s.stem for s in src}
    for j, (senses, _) in zip(wa.target_content, target_weights):
        if j not in wa.target_linked and senses & src_stems:
            wa.target_linked[j] = RARE_LINK
    _estimate(wa, weights, [w for _, w in target_weights])
    return wa


STEM_FACTS = SOME_WORDS
"""Stems whose model facts :func:`_source_facts` and :func:`_target_facts` keep, per side (oldest quarter
dropped at the bound). Why a bound this size: a run aligns a few segments per document (WMT14's 24,024
pairs: 362 alignments, ~9,000 source tokens), and a kept entry holds a stem's candidate stems."""

_FACTS: dict = {"model": None, "source": {}, "target": {}}
"""The model the kept facts were read from and its two tables (stem -> facts): a new model starts them afresh."""


def _facts_of(model: LexModel) -> tuple[dict, dict]:
    """The kept (source, target) facts tables of ``model``."""
    if _FACTS["model"] is not model:
        _FACTS.update(model=model, source={}, target={})
    return _FACTS["source"], _FACTS["target"]


def _source_facts(model: LexModel, stem: str, table: dict) -> tuple:
    """(its candidates' (target stem, link strength) in the model's order, its count in the target's training
    text, its count in the source's, its weight for the estimate) of source ``stem``, kept in ``table``.

    Why kept: each alignment read every token's candidates off the model's table on disk and built a
    :class:`~mtqa.langs.lexmodel.Translation` for each (a third of an alignment's CPU), and the stems of a
    source recur in every system's translation of it, and grammar words in every sentence."""
    links = tuple((tr.stem, _strength(tr)) for tr in model.translations(stem))
    facts = (links, model.target_freq.get(stem, 0), model.source_freq.get(stem, 0),
             model.source_weight(stem) if stem in model.source_freq else UNSEEN_WEIGHT)
    drop_oldest_quarter(table, STEM_FACTS)
    table[stem] = facts
    return facts


def _target_facts(model: LexModel, stem: str, table: dict) -> tuple:
    """(the source stems it translates, its weight for the estimate) of target ``stem``, kept in ``table``."""
    facts = (model.backward.get(stem, frozenset()),
             model.target_weight(stem) if stem in model.target_freq else UNSEEN_WEIGHT)
    drop_oldest_quarter(table, STEM_FACTS)
    table[stem] = facts
    return facts


def _estimate(wa: WordAlignment, source_weights: list[float], target_weights: list[float]) -> None:
    """Recall, precision and adequacy of ``wa`` from its content tokens' weights (``source_content`` and
    ``target_content`` order)."""
    got = total = 0.0
    for i, w in zip(wa.source_content, source_weights):
        total += w
        got += w * wa.strength(i)
    recall = got / total if total else None
    got = total = 0.0
    for j, w in zip(wa.target_content, target_weights):
        total += w
        got += w * wa.target_linked.get(j, 0.0)
    precision = got / total if total else None
    if recall is None and precision is None:
        return
    wa.recall = 1.0 if recall is None else recall
    wa.precision = 1.0 if precision is None else precision
    r, p = wa.recall, wa.precision
    wa.adequacy = round(2 * r * p / (r + p), 4) if r + p else 0.0


def segment_alignment(source_text: str, target_text: str, source: str, target: str) -> Optional[WordAlignment]:
    """Align two texts in ``source``/``target``; None when the pair has no lexical model."""
    model = load_lexmodel(source, target)
    if model is None:
        return None
    return align_tokens(tokens(source_text, source), tokens(target_text, target), model, source, target)


def cached_alignments(pair) -> Optional[dict[int, WordAlignment]]:
    """The word alignments :func:`align_segments` already computed for ``pair`` (None: not computed)."""
    cache = pair.cache.get("word_alignments")
    return cache[1] if cache is not None and cache[0] is pair.links else None


def aligned_or_alone(cached: Optional[dict[int, WordAlignment]], index: int, source_text: str, target_text: str,
                     source: str, target: str) -> Optional[WordAlignment]:
    """The word alignment of target segment ``index`` for a check that needs one sentence: the document's when a
    check computed them (``cached``, from :func:`cached_alignments`), else this segment's source and target
    texts aligned alone and kept nowhere.

    Why alone: the checks that need it (numbers, polarity, senses, A631's constructions) ask about rare
    sentences, and aligning whole documents for them cost a default run 5-15 % of its CPU (24k WMT14 pairs).
    Why kept nowhere: stored on the pair, it would make the report carry an adequacy the run did not ask for.
    Called with what the caller has, so nothing (no ``lambda``) is made per segment."""
    if cached is not None:
        return cached.get(index)
    return segment_alignment(source_text, target_text, source, target)


def align_segments(pair, ctx=None) -> dict[int, WordAlignment]:
    """Word alignments of every target segment that has aligned source segments, cached on the pair.

    Checks of the meaning family and the score share one computation per document.
    """
    cached = cached_alignments(pair)
    if cached is not None:
        return cached
    out: dict[int, WordAlignment] = {}
    if pair.source is not None:
        src_lang, tgt_lang = pair.source.lang, pair.target.lang
        if load_lexmodel(src_lang, tgt_lang) is not None:
            for seg in pair.target.segments:
                sources = pair.sources_of(seg.index)
                if not sources:
                    continue
                text = joined_sources(sources)
                wa = segment_alignment(text, seg.text, src_lang, tgt_lang)
                if wa is not None:
                    out[seg.index] = wa
    pair.cache["word_alignments"] = (pair.links, out)
    return out


def target_anchor(wa: WordAlignment, source_index: int) -> Optional[int]:
    """The target token where source token ``source_index`` would be rendered (next to a linked neighbour).

    The closest content word before it (after it, at the start) that has a link gives the place;
    among its links, the one nearest to the proportional position. Function words link
    everywhere ("the", "of") and are used only when they have a single link.
    """
    scale = len(wa.target) / max(len(wa.source), 1)
    content = set(wa.source_content)
    order = list(range(source_index - 1, -1, -1)) + list(range(source_index + 1, len(wa.source)))
    for k in order:
        links = wa.links.get(k)
        if links and (k in content or wa.source[k].is_number or len(links) == 1):
            j = min((j for j, _, _ in links), key=lambda j: abs(j - k * scale))
            return max(0, min(len(wa.target) - 1, j + (1 if k < source_index else -1)))
    return None


def glued_piece(wa: WordAlignment, source_text: str, i: int) -> bool:
    """Token ``i`` is one piece of a word joined by an apostrophe or hyphen to a linked piece:
    the word was rendered as a whole (``lui-même``, ``aujourd'hui``). The meaning checks and the meaning
    recall bench ask it before calling a source token unrendered."""
    for k in (i - 1, i + 1):
        if 0 <= k < len(wa.source) and wa.links.get(k):
            a, b = (wa.source[k], wa.source[i]) if k < i else (wa.source[i], wa.source[k])
            if source_text[a.end:b.start] in ("'", "’", "-"):
                return True
    return False
