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

FEATURES = ("context", "worst", "unknown", "foreign", "copied", "length", "rarity") + bigrams.FEATURES


def _words(toks: list[str]) -> list[str]:
    return [t for t in toks if t[0].isalpha()]


def data_files(source_lang: str = "fr", target_lang: str = "en") -> list:
    """The data files :func:`features` reads for a pair: the English class model, symspellpy's unigram and bigram
    lists, wordfreq's tables of both languages (those present). Read by the run signature
    (:func:`mtqa.compare.segment_signature`), which digests their bytes: another table (a ``$MTQA_DATA`` copy of
    the class model, a new release of a library's list) changes every segment value, and so the signature."""
    from pathlib import Path

    from mtqa.langs.data import data_path
    from mtqa.langs.frequency import wordfreq_files

    files = [data_path("score", "en-classes.tsv.gz"), *(bigrams._files() or ())]
    for lang in dict.fromkeys((source_lang, target_lang)):
        files += [p for p in wordfreq_files(lang) if p.name.endswith(".msgpack.gz")]
    return [Path(str(f)) for f in files if Path(str(f)).is_file()]


def features(source: str, target: str, source_lang: str = "fr",
             target_lang: str = "en", length_centre: float = 0.0) -> Optional[dict[str, float]]:
    """The evidence of one segment (None when the target has no word or a model is missing)."""
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
        x = features(source, target, source_lang, target_lang, self.length_centre)
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
