"""Reference-based metrics (BLEU, chrF, TER) from sacrebleu, when a human reference exists.

mtqa finds defects without a reference; when one is given, the standard
metrics tell a reader how close the output is overall, and their sacrebleu
signatures make the numbers reproducible. Nothing is reimplemented: the
statistics and scores come from sacrebleu's ``BLEU``/``CHRF``/``TER``.

Which strings are compared:

* a pre-aligned document (``.jsonl``: one record per segment, the reference
  on the same record) is compared segment by segment, so corpus scores equal
  ``sacrebleu`` run on the line-aligned files;
* any other document (plain text, whose reference is split into sentences
  independently and need not match one to one) is first aligned to its
  reference with the document aligner (the same length-based alignment that
  pairs source and target sentences), and each aligned group of sentences is
  one metric segment; a sentence with no counterpart is compared with the
  empty string. Scoring the whole article as one segment would make TER,
  whose shift search grows faster than the square of the segment length,
  take minutes and gigabytes on a long article.

Streaming: every sacrebleu corpus score is a function of the *sum* of its
segment statistics (that is how sacrebleu's own bootstrap resampling works),
so each document's statistics are extracted once, scored for the document,
and added to running corpus totals. Memory stays constant and TER, the slow
one, is never computed twice.

Document scores use BLEU with effective order (as sacrebleu's sentence BLEU
does) because a short document often has no 4-gram match; the corpus score
uses standard BLEU. Both signatures are reported.
"""
from __future__ import annotations

from typing import Optional

from mtqa.model import DocumentPair, DocumentResult

METRICS = ("bleu", "chrf", "ter")
LABELS = {"bleu": "BLEU", "chrf": "chrF", "ter": "TER"}
EMPTY = {"bleu": None, "chrf": None, "ter": None}


def scorers(document_level: bool = False) -> dict:
    """Fresh sacrebleu metric objects with their default (signature-documented) settings."""
    from sacrebleu.metrics import BLEU, CHRF, TER

    return {"bleu": BLEU(effective_order=document_level), "chrf": CHRF(), "ter": TER()}


def metric_segments(pair: DocumentPair) -> tuple[list[str], list[str]]:
    """The (hypotheses, references) a document contributes; empty without a reference."""
    ref = pair.reference
    if ref is None or not ref.segments:
        return [], []
    target = pair.target.segments
    if pair.meta.prealigned:
        hyps, refs = [], []
        for seg in ref.segments:
            if 0 <= seg.index < len(target):
                hyps.append(target[seg.index].text)
                refs.append(seg.text)
        return hyps, refs
    from mtqa.align import align_documents

    hyps, refs = [], []
    for link in align_documents(ref, pair.target):
        hyp = _join(target[j] for j in link.target)
        gold = _join(ref.segments[i] for i in link.source)
        if hyp or gold:
            for h, r in _pieces(hyp, gold):
                hyps.append(h)
                refs.append(r)
    return hyps, refs


MAX_METRIC_WORDS = 200
"""Longest metric segment, in words; longer aligned groups are cut into proportional pieces."""


def _pieces(hyp: str, ref: str) -> list[tuple[str, str]]:
    """``(hyp, ref)``, or the two cut into as many equal word spans as keep each under the cap.

    An aligned group this long is a paragraph without sentence punctuation;
    cutting it approximates its scores and keeps TER's cost bounded.
    """
    h, r = hyp.split(), ref.split()
    count = -(-max(len(h), len(r)) // MAX_METRIC_WORDS)
    if count <= 1:
        return [(hyp, ref)]
    return [(" ".join(h[k * len(h) // count:(k + 1) * len(h) // count]),
             " ".join(r[k * len(r) // count:(k + 1) * len(r) // count])) for k in range(count)]


def _join(segments) -> str:
    return " ".join(" ".join(s.text.split()) for s in segments)


def statistics(hyps: list[str], refs: list[str], metrics: dict) -> dict:
    """Summed sufficient statistics of each metric over the given segments."""
    out = {}
    for name, metric in metrics.items():
        rows = metric._extract_corpus_statistics(hyps, [refs])
        out[name] = [sum(col) for col in zip(*rows)]
    return out


def from_statistics(stats: dict, metrics: dict) -> dict:
    """Scores (rounded to 2 decimals) from summed statistics."""
    return {name: round(float(metrics[name]._compute_score_from_stats(stats[name]).score), 2) for name in stats}


def signatures(metrics: dict) -> dict:
    """sacrebleu signature strings (a metric knows its signature once it has scored something)."""
    return {name: str(m.get_signature()) for name, m in metrics.items()}


def score(hyps: list[str], refs: list[str], *, document_level: bool = False) -> tuple[dict, dict]:
    """Scores and signatures of one set of segments through sacrebleu's public corpus API."""
    if not hyps:
        return dict(EMPTY), {}
    metrics = scorers(document_level)
    values = {name: round(m.corpus_score(hyps, [refs]).score, 2) for name, m in metrics.items()}
    return values, signatures(metrics)


def document_metrics(pair: DocumentPair) -> dict:
    """The contract's per-document ``metrics`` object (all None without a reference)."""
    return scored_document(pair)[0]


def scored_document(pair: DocumentPair) -> tuple[dict, Optional[tuple]]:
    """:func:`document_metrics` and the summed statistics behind it (kept in
    ``DocumentResult.metric_stats``, so :class:`CorpusMetrics` need not recompute them)."""
    hyps, refs = metric_segments(pair)
    if not hyps:
        return dict(EMPTY), None
    metrics = scorers(document_level=True)
    stats = statistics(hyps, refs, metrics)
    return from_statistics(stats, metrics), (len(hyps), stats)


class CorpusMetrics:
    """Running corpus totals over a streamed run; :meth:`summary` scores them."""

    def __init__(self) -> None:
        self._metrics: Optional[dict] = None
        self.totals: Optional[dict] = None
        self.segments = 0
        self.documents = 0

    @property
    def metrics(self) -> dict:
        """The sacrebleu scorers, made when the first reference arrives (importing sacrebleu costs
        a tenth of a second, which a run without references should not pay)."""
        if self._metrics is None:
            self._metrics = scorers()
        return self._metrics

    def add(self, result: DocumentResult) -> None:
        pair = result.pair
        cached = result.metric_stats
        if cached is None:
            hyps, refs = metric_segments(pair)
            if not hyps:
                return
            cached = (len(hyps), statistics(hyps, refs, self.metrics))
        count, stats = cached
        self.segments += count
        self.documents += 1
        if self.totals is None:
            self.totals = {k: list(v) for k, v in stats.items()}
        else:
            for name, values in stats.items():
                self.totals[name] = [a + b for a, b in zip(self.totals[name], values)]

    def summary(self) -> dict:
        """Corpus scores with signatures, or ``{}`` when no document had a reference."""
        if self.totals is None:
            return {}
        values = from_statistics(self.totals, self.metrics)
        doc_metrics = scorers(document_level=True)
        for m in doc_metrics.values():  # a signature exists only after one evaluation
            m.corpus_score(["x"], [["x"]])
        for m in self.metrics.values():
            m.corpus_score(["x"], [["x"]])
        return {
            **values,
            "segments": self.segments,
            "documents": self.documents,
            "signatures": signatures(self.metrics),
            "document_signatures": signatures(doc_metrics),
        }


def format_metrics(metrics: Optional[dict]) -> str:
    """``BLEU 34.5  chrF 60.8  TER 52.8`` (empty when there is nothing to show)."""
    if not metrics:
        return ""
    return "  ".join(f"{LABELS[k]} {metrics[k]:.1f}" for k in METRICS if metrics.get(k) is not None)
