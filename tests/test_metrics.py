"""sacrebleu metrics when a reference exists: per document, per corpus, with signatures.

The corpus scores are computed from summed per-document statistics (so a
stream needs constant memory); these tests pin them to sacrebleu's own
``corpus_score`` on the same segments, which would catch a change in
sacrebleu's internals.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sacrebleu.metrics import BLEU, CHRF, TER

from mtqa.model import Document, DocumentPair, DocumentResult, Segment
from mtqa.scoring.metrics import EMPTY, MAX_METRIC_WORDS, CorpusMetrics, document_metrics, metric_segments

ROOT = Path(__file__).resolve().parent.parent
HYPS = [["The cat sat on the mat .", "It was very happy today ."],
        ["Paris hosts a big summit on Monday", "Leaders agreed on climate", "Nothing else happened"]]
REFS = [["The cat sat on a mat .", "It was happy today ."],
        ["Paris to host summit on Monday", "Leaders agreed on the climate", "Nothing more happened"]]


def pair(hyps, refs, prealigned=True, doc_id="d") -> DocumentPair:
    target = Document(doc_id, "t.jsonl", "en", [Segment(k, h, line=k + 1, multiline=False) for k, h in enumerate(hyps)])
    ref = Document(doc_id, "t.jsonl", "en", [Segment(k, r, line=k + 1, multiline=False) for k, r in enumerate(refs)])
    return DocumentPair(doc_id, target, reference=ref, meta={"prealigned": prealigned})


def result(p: DocumentPair) -> DocumentResult:
    r = DocumentResult(p, [], 0.0, p.target.words, 100.0, True)
    r.metrics = document_metrics(p)
    return r


def test_document_metrics_equal_sacrebleu_on_the_document():
    got = document_metrics(pair(HYPS[1], REFS[1]))
    assert got["bleu"] == round(BLEU(effective_order=True).corpus_score(HYPS[1], [REFS[1]]).score, 2)
    assert got["chrf"] == round(CHRF().corpus_score(HYPS[1], [REFS[1]]).score, 2)
    assert got["ter"] == round(TER().corpus_score(HYPS[1], [REFS[1]]).score, 2)


def test_corpus_metrics_from_streamed_statistics_equal_sacrebleu_corpus_score():
    corpus = CorpusMetrics()
    for k in range(2):
        corpus.add(result(pair(HYPS[k], REFS[k], doc_id=f"d{k}")))
    summary = corpus.summary()
    hyps, refs = HYPS[0] + HYPS[1], REFS[0] + REFS[1]
    for name, metric in (("bleu", BLEU()), ("chrf", CHRF()), ("ter", TER())):
        assert summary[name] == round(metric.corpus_score(hyps, [refs]).score, 2), name
        assert summary["signatures"][name] == str(metric.get_signature())
    assert summary["segments"] == 5 and summary["documents"] == 2
    assert "eff:no" in summary["signatures"]["bleu"] and "eff:yes" in summary["document_signatures"]["bleu"]


def test_statistics_are_recomputed_when_not_cached():
    p = pair(HYPS[0], REFS[0])
    corpus = CorpusMetrics()
    corpus.add(DocumentResult(p, [], 0.0, 1, 100.0, True))  # no document_metrics call, no cache
    assert corpus.summary()["bleu"] == round(BLEU().corpus_score(HYPS[0], [REFS[0]]).score, 2)


def test_plain_text_documents_compare_aligned_sentences():
    p = pair(["The first sentence is here.", "A second  one follows it.", "Third."],
             ["The first sentence is here.", "The second one follows.", "And a third."], prealigned=False)
    assert metric_segments(p) == (["The first sentence is here.", "A second one follows it.", "Third."],
                                  ["The first sentence is here.", "The second one follows.", "And a third."])


def test_plain_text_reference_is_not_one_segment_per_article():
    """Issue 15: a 10,000-word article against its reference was one TER segment (minutes, gigabytes)."""
    sentence = "The council met on Monday and voted to close the pool for the winter."
    p = pair([sentence] * 700, [sentence.replace("voted", "decided")] * 700, prealigned=False)
    hyps, refs = metric_segments(p)
    assert len(hyps) == len(refs) >= 600
    assert max(len(h.split()) for h in hyps + refs) <= 3 * len(sentence.split())


def test_long_aligned_groups_are_cut_into_bounded_pieces():
    words = " ".join(f"w{k}" for k in range(1000))
    p = pair([words], [words], prealigned=False)
    hyps, refs = metric_segments(p)
    assert " ".join(hyps) == words and " ".join(refs) == words
    assert max(len(h.split()) for h in hyps) <= MAX_METRIC_WORDS


def test_no_reference_means_no_metrics():
    p = DocumentPair("d", Document("d", None, "en", [Segment(0, "Hello.")]))
    assert document_metrics(p) == EMPTY
    corpus = CorpusMetrics()
    corpus.add(DocumentResult(p, [], 0.0, 1, 100.0, True))
    assert corpus.summary() == {}


def test_partial_references_in_jsonl_compare_only_referenced_records():
    p = pair(["A b c d e.", "F g h."], ["A b c d e."])
    assert metric_segments(p) == (["A b c d e."], ["A b c d e."])


def run(*args):
    return subprocess.run([sys.executable, "-m", "mtqa", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_cli_plain_text_reference_in_json_and_text(tmp_path):
    target, ref = tmp_path / "t.en.txt", tmp_path / "r.en.txt"
    target.write_text("Markets rise in Paris\n\nShares rose on Monday in Paris after the news.\n", encoding="utf-8")
    ref.write_text("Markets climb in Paris\n\nShares climbed on Monday in Paris after the announcement.\n", encoding="utf-8")
    proc = run("check", str(target), "--reference", str(ref), "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    data = json.loads(proc.stdout)
    metrics = data["documents"][0]["metrics"]
    assert set(metrics) == {"bleu", "chrf", "ter"} and all(isinstance(v, float) for v in metrics.values())
    summary = data["summary"]["metrics"]
    assert set(summary["signatures"]) == {"bleu", "chrf", "ter"} and summary["documents"] == 1
    text = run("check", str(target), "--reference", str(ref)).stdout
    assert "BLEU" in text and "nrefs:1|case:mixed|eff:no|tok:13a" in text


def test_cli_jsonl_reference_records(tmp_path):
    path = tmp_path / "c.jsonl"
    rows = [{"doc": "a", "target": "Markets rise", "reference": "Markets climb", "source": "Les marchés montent"},
            {"doc": "a", "target": "Shares rose on Monday.", "reference": "Shares climbed on Monday.",
             "source": "Les actions ont monté lundi."}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    data = json.loads(run("check", str(path), "--format", "json").stdout)
    assert data["documents"][0]["metrics"]["chrf"] is not None
    assert data["summary"]["metrics"]["segments"] == 2
    none = json.loads(run("check", "corpora/seed/article.en.txt", "--format", "json").stdout)
    assert none["documents"][0]["metrics"] == {"bleu": None, "chrf": None, "ter": None}
    assert "metrics" not in none["summary"]
