"""A learned, reference-free estimate of each segment's translation quality.

The MQM penalty counts defects; most translations of a sentence have none, so
it ties them, and it cannot tell a fluent rendering from a word-for-word one.
This module gives every aligned segment a continuous estimate from evidence
mtqa ships as data:

* ``context`` -- under the English class n-gram model
  (:mod:`mtqa.scoring.fluency`), the mean gain of each word class's
  log-probability given the words before it over its frequency alone: word
  order as such, whatever mix of names and common words the sentence has
  (the plain mean log-probability added nothing once this was in);
* ``worst`` -- the lowest log-probability step (one broken spot in an
  otherwise fine sentence);
* ``unknown`` -- share of lower-case target words English has never used
  (wordfreq Zipf 0);
* ``foreign`` -- share of target words that are common in the source language
  but rare in English (an untranslated ``poisson``, ``selon``);
* ``copied`` -- share of target words copied from the source that English does
  not use;
* ``rarity`` -- how far below everyday English (Zipf 4) the lower-case target
  words lie on average (odd word choices, half-translated terms);
* ``length`` -- distance of log(target words / source words) from the ratio of
  human translations;
* ``bg_seen``, ``bg_gain``, ``bg_lp``, ``bg_oov`` -- word-pair evidence from
  the English word bigram counts symspellpy ships
  (:mod:`mtqa.scoring.bigrams`): the share of adjacent word pairs everyday
  English uses, their mean log-probability and what the previous word adds to
  it, and the share of words outside its 82,765-word list. Fitted with the
  others, they lifted the held-out pairwise accuracy and system ranking of the
  quality estimate (README, Scoring > Quality estimate);
* ``adq_recall``, ``adq_precision``, ``adq_ibm1``, ``adq_anchors`` -- what the
  word alignment through the lexical model says of how much of the source the
  translation renders (:func:`adequacy_features`): every other feature reads the
  English alone, so a fluent sentence that drops a clause scores as well as a
  faithful one. **The shipped weights of these are 0**: fitted with the others
  (on features from a lexical model that had not seen the fit years'
  references), they lifted WMT12's system order but lowered the held-out WMT14
  pairwise accuracy and WMT13's order, and they cost about 0.55 ms of CPU per
  segment (README, Scoring > Quality estimate > Adequacy evidence). With all four
  at 0 the model does not align the words (:attr:`QualityModel.reads_source`);
  a ``$MTQA_DATA`` copy of the weights that gives them weight turns them on.

The model was fitted with the MQM penalty per word as one more feature, so its
weights come with an exchange rate: ``per_utility``, the penalty per word one
unit of ``u`` is worth.

A linear model over these (weights and scales in
``mtqa/data/score/fr-en.toml``) was fitted by ``bench/build_score.py`` on the
human pairwise judgements of one WMT year and tested on the others. Its output
``u`` is a log-odds: ``u(a) - u(b)`` estimates how likely a reader prefers
translation a to b of the same sentence. The score turns it into extra penalty
(:func:`quality_penalty`).
"""
from __future__ import annotations

import math
from functools import lru_cache
from typing import Optional

from mtqa.errors import DataError, did_you_mean
from mtqa.model import joined_sources
from mtqa.scoring import bigrams
from mtqa.scoring.fluency import english_model, tokens

ADEQUACY = ("adq_recall", "adq_precision", "adq_ibm1", "adq_anchors")
"""The features that read the source through the word alignment (:func:`adequacy_features`)."""
FEATURES = ("context", "worst", "unknown", "foreign", "copied", "length", "rarity") + bigrams.FEATURES + ADEQUACY
NEUTRAL = {"adq_recall": 1.0, "adq_precision": 1.0, "adq_ibm1": 0.0, "adq_anchors": 0.0}
"""The adequacy features of a pair of languages with no lexical model: nothing known against the translation."""
P_FLOOR = 1e-3
"""The least p(e|f) a target content word counts with in ``adq_ibm1`` (an unlinked word: log 0.001 = -6.9)."""


def _words(toks: list[str]) -> list[str]:
    return [t for t in toks if t[0].isalpha()]


def adequacy_features(source: str, target: str, source_lang: str = "fr", target_lang: str = "en") -> dict[str, float]:
    """What the word alignment (:mod:`mtqa.meaning.align`, through the lexical model) says of how much of the
    source the translation renders; :data:`NEUTRAL` when the pair has no lexical model.

    * ``adq_recall`` / ``adq_precision``: the alignment's inverse-frequency-weighted shares of source content
      words linked (meaning rendered) and of target content words linked (nothing invented);
    * ``adq_ibm1``: the mean over target content words of the log of their best p(e|f) from any source word (1
      for a copied name or figure, :data:`P_FLOOR` at least), an IBM-Model-1-style reading: how usual a
      rendering of this source each target word is, not only whether one exists;
    * ``adq_anchors``: the share of the source's figures and names (capitalised words past its first) that have
      no counterpart in the translation.

    Why beside the fluency evidence: a fluent sentence that drops a clause or says something else scores as
    well as a faithful one on the English models alone."""
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.meaning.align import segment_alignment

    wa = segment_alignment(source, target, source_lang, target_lang)
    if wa is None:
        return dict(NEUTRAL)
    model = load_lexmodel(source_lang, target_lang)
    src, tgt = wa.source, wa.target
    best: dict[str, float] = {}
    for stem in {t.stem for t in src if not t.is_number}:
        for tr in model.translations(stem):
            if tr.p_forward > best.get(tr.stem, 0.0):
                best[tr.stem] = tr.p_forward
    same = {j for links in wa.links.values() for j, _, kind in links if kind in ("same", "number")}
    total = 0.0
    for j in wa.target_content:
        p = 1.0 if j in same else best.get(tgt[j].stem, 0.0)  # the same word or figure: a name, a number
        total += math.log(max(p, P_FLOOR))
    anchors = [i for i, t in enumerate(src) if t.is_number or (i and t.capitalised and len(t.lower) > 1)]
    return {"adq_recall": wa.recall, "adq_precision": wa.precision,
            "adq_ibm1": total / len(wa.target_content) if wa.target_content else 0.0,
            "adq_anchors": sum(1 for i in anchors if not wa.links.get(i)) / len(anchors) if anchors else 0.0}


def data_files(source_lang: str = "fr", target_lang: str = "en") -> list:
    """The data files :func:`features` reads for a pair: the English class model, symspellpy's unigram and bigram
    lists, wordfreq's tables of both languages, and the pair's lexical model when the model weighs the adequacy
    features (those present). Read by the run signature
    (:func:`mtqa.compare.segment_signature`), which digests their bytes: another table (a ``$MTQA_DATA`` copy of
    the class model, a new release of a library's list) changes every segment value, and so the signature."""
    from pathlib import Path

    from mtqa.langs.data import data_path
    from mtqa.langs.frequency import wordfreq_files

    files = [data_path("score", "en-classes.tsv.gz"), *(bigrams._files() or ())]
    model = quality_model(source_lang, target_lang)
    if model is not None and model.reads_source:
        files.append(data_path("lexmodel", f"{source_lang}-{target_lang}.tsv.gz"))
    for lang in dict.fromkeys((source_lang, target_lang)):
        files += [p for p in wordfreq_files(lang) if p.name.endswith(".msgpack.gz")]
    return [Path(str(f)) for f in files if Path(str(f)).is_file()]


def features(source: str, target: str, source_lang: str = "fr",
             target_lang: str = "en", length_centre: float = 0.0,
             adequacy: bool = True) -> Optional[dict[str, float]]:
    """The evidence of one segment (None when the target has no word or a model is missing).

    ``adequacy``: False leaves the word alignment out (the :data:`ADEQUACY` features then take their
    :data:`NEUTRAL` values): a model that gives them no weight (:attr:`QualityModel.reads_source`) skips its cost."""
    model, pairs = english_model(), bigrams.bigram_model()
    if model is None or pairs is None or target_lang != "en":
        return None
    from mtqa.langs import language

    tgt_tokens = tokens(target)
    tgt_words = _words(tgt_tokens)
    if not tgt_words:
        return None
    src_words = _words(tokens(source))
    en, src = language(target_lang), language(source_lang)
    steps, gains = model.logprobs(target)
    lower = [w for w in tgt_words if w.islower() and len(w) > 2]
    source_lower = {w.lower() for w in src_words}
    unknown = foreign = copied = 0
    rarity = 0.0
    for w in lower:
        z_en = en.zipf(w)
        rarity += max(0.0, 4.0 - z_en)
        if z_en == 0:
            unknown += 1
        if z_en < 3 and src.zipf(w) >= max(3.0, z_en + 1):
            foreign += 1
        if z_en < 3 and w in source_lower:
            copied += 1
    n = max(len(lower), 1)
    ratio = math.log((len(tgt_words) + 1) / (len(src_words) + 1))
    return {
        **pairs.features(target),
        "worst": min(steps),
        "context": sum(gains) / len(gains),
        "unknown": unknown / n,
        "foreign": foreign / n,
        "copied": copied / n,
        "length": abs(ratio - length_centre),
        "rarity": rarity / n,
        **(adequacy_features(source, target, source_lang, target_lang) if adequacy else NEUTRAL),
    }


class QualityModel:
    """The fitted linear model: ``u = sum_k w_k x_k / scale_k`` (scale: mean absolute pairwise difference of x_k)."""

    def __init__(self, data: dict):
        # Each value read by name, never the tables copied with dict(): a partial $MTQA_DATA copy of the score file
        # then takes what it leaves out from mtqa's own file (mtqa.langs.data._Partial), and a key neither file has
        # is a MissingKey naming the file. A feature's weight is a parameter of the fitted model, not an entry of a
        # word table: one left out is mtqa's, and a weight of 0 is how a copy turns a feature off.
        weights, scales = data["weights"], data["scales"]
        for table, values in (("weights", weights), ("scales", scales)):
            unknown = next((k for k in values if k not in FEATURES), None)
            if unknown is not None:
                raise DataError(f"unknown feature {unknown!r} in [model.{table}]{did_you_mean(unknown, FEATURES)}",
                                path=getattr(values, "path", None))
        self.weights: dict[str, float] = {k: float(weights[k]) for k in FEATURES}
        self.scales: dict[str, float] = {k: float(scales[k]) for k in FEATURES}
        try:
            centre = data["length_centre"]
        except KeyError:  # in neither file (a new pair's): lengths are measured from an even ratio
            centre = 0.0
        self.length_centre: float = float(centre)
        self.reads_source: bool = any(self.weights[k] for k in ADEQUACY)
        """Whether the model weighs the adequacy features: if not, :meth:`segment_utility` does not align the
        words (the same utility, without the cost of the alignment)."""
        self.floor: float = float(data["floor"])
        self.spread: float = float(data["spread"])
        self.per_utility: float = float(data["per_utility"])
        # every number is the user's to fix when a copy gives nan or inf (TOML allows both): taken as it came, a nan
        # floor scored every document 100 and wrote "NaN" into the JSON report. Said with the file, as a 0 divisor is.
        # The scales and the spread also divide: 0 or a negative one there is refused too, not a ZeroDivisionError.
        numbers = [*((k, v, weights, "[model.weights]") for k, v in self.weights.items()),
                   *((k, v, scales, "[model.scales]") for k, v in self.scales.items()),
                   *((k, getattr(self, k), data, "[model]") for k in ("length_centre", "floor", "spread", "per_utility"))]
        for name, value, table, where in numbers:
            if not math.isfinite(value):
                raise DataError(f"{name} in {where} must be a finite number, not {value}", path=getattr(table, "path", None))
        for name, value, table, where in numbers:
            if (table is scales or name == "spread") and not value > 0:
                raise DataError(f"{name} in {where} must be above 0 (it divides), not {value}",
                                path=getattr(table, "path", None))

    def utility(self, x: dict[str, float]) -> float:
        return sum(w * x[k] / self.scales[k] for k, w in self.weights.items())

    def segment_utility(self, source: str, target: str, source_lang: str = "fr",
                        target_lang: str = "en") -> Optional[float]:
        x = features(source, target, source_lang, target_lang, self.length_centre, self.reads_source)
        return None if x is None else self.utility(x)

    def badness(self, utility: float) -> float:
        """Extra penalty per word of a segment: ``per_utility * spread * softplus((floor - u) / spread)``.

        About 0 well above ``floor`` (the median utility of human references of
        the fit year), ``per_utility`` per unit of ``u`` well below it, and
        smooth in between (over about ``spread``) so that close calls still
        rank instead of tying at 0.
        """
        z = (self.floor - utility) / self.spread
        return self.per_utility * self.spread * (math.log1p(math.exp(z)) if z < 30 else z)


@lru_cache(maxsize=None)
def quality_model(source_lang: str, target_lang: str) -> Optional[QualityModel]:
    """The shipped model of a language pair (``data/score/<src>-<tgt>.toml``), or None."""
    from mtqa.langs.data import data_toml

    data = data_toml("score", f"{source_lang}-{target_lang}.toml")
    return QualityModel(data["model"]) if data.get("model") else None


def segment_utilities(pair) -> dict[int, float]:
    """The utility ``u`` of each aligned target segment with words, by segment index (in reading order).

    A target segment is compared with the text of all the source segments aligned to it. Empty when the pair
    has only a source headline or no model is shipped for its languages. Computed once per document and read
    by both the ranking's quality term (:func:`quality_penalty`) and ``mtqa compare``'s segment preference
    (:mod:`mtqa.scoring.preference`): the features are the costly part."""
    if pair.source is None or pair.source_title_only:
        return {}
    model = quality_model(pair.source.lang, pair.target.lang)
    if model is None:
        return {}
    out = {}
    for segment in pair.target.segments:
        sources = pair.sources_of(segment.index)
        if not sources or not segment.words:
            continue
        u = model.segment_utility(joined_sources(sources), segment.text,
                                  pair.source.lang, pair.target.lang)
        if u is not None:
            out[segment.index] = u
    return out


def quality_penalty(pair, weight: float, utilities: Optional[dict[int, float]] = None) -> float:
    """The quality term of a document's penalty: ``weight * sum(words * badness(u))`` over aligned segments.

    0 when the weight is 0, the pair has only a source headline, or no model is
    shipped for its languages. ``utilities``: :func:`segment_utilities` of ``pair``
    when the caller already has them."""
    if not weight or pair.source is None or pair.source_title_only:
        return 0.0
    model = quality_model(pair.source.lang, pair.target.lang)
    if model is None:
        return 0.0
    if utilities is None:
        utilities = segment_utilities(pair)
    total = 0.0
    for segment in pair.target.segments:
        u = utilities.get(segment.index)
        if u is not None:
            total += segment.words * model.badness(u)
    return weight * total
