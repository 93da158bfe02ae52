"""The alignment's per-stem model facts (meaning/align.py: _source_facts, _target_facts; issue 14's CPU).

The kept facts answer as the model does, and belong to the model they were read from: a second model with
other candidates for the same stems gets its own links, not the first model's.
"""
from __future__ import annotations

from mtqa.langs.lexmodel import LexModel, Senses, Translation
from mtqa.meaning import align
from mtqa.meaning.tokens import tokens


def _model(rendering: str, p: float) -> LexModel:
    forward = {"conseil": (Translation("council", p, p, 10.0, False),),
               "vote": (Translation(rendering, p, p, 10.0, False),)}
    return LexModel(200, forward, Senses.of(forward), {"conseil": 9, "vote": 7}, {"council": 8, rendering: 6})


def _links(model: LexModel) -> dict:
    src = tokens("Le conseil vote le texte.", "fr")
    tgt = tokens("The council votes on the text.", "en")
    return align.align_tokens(src, tgt, model, "fr", "en").links


def test_each_model_answers_with_its_own_candidates():
    first = _links(_model("vot", 0.9))
    second = _links(_model("ballot", 0.01))  # the same stems, another model: "vote" no longer renders vot
    assert any(kind == "lexicon" for links in first.values() for _, _, kind in links)
    assert first != second
    assert _links(_model("vot", 0.9)) == first


def test_kept_facts_are_the_models_answers():
    model = _model("vot", 0.9)
    _links(model)
    source_facts, target_facts = align._facts_of(model)
    links, target_count, source_count, weight = source_facts["conseil"]
    assert links == tuple((t.stem, align._strength(t)) for t in model.translations("conseil"))
    assert (target_count, source_count) == (model.target_freq.get("conseil", 0), model.source_freq["conseil"])
    assert weight == model.source_weight("conseil")
    senses, target_weight = target_facts["council"]
    assert senses == model.backward.get("council") and target_weight == model.target_weight("council")


def test_the_kept_facts_stay_within_their_bound(monkeypatch):
    monkeypatch.setattr(align, "STEM_FACTS", 8)
    model = _model("vot", 0.9)
    table: dict = {}
    for k in range(40):
        align._source_facts(model, f"mot{k}", table)
    assert len(table) <= 8 and "mot39" in table


def test_a_check_takes_the_documents_alignment_when_computed_else_aligns_its_sentence_alone(monkeypatch):
    """aligned_or_alone: the document's alignments answer when a check computed them (a segment without one has
    none, nothing is aligned); else the one sentence is aligned, as segment_alignment would."""
    source, target = "Le conseil vote le texte.", "The council votes on the text."
    computed = align.segment_alignment(source, target, "fr", "en")
    aligned = []
    real = align.segment_alignment

    def counted(*texts):
        aligned.append(texts)
        return real(*texts)

    monkeypatch.setattr(align, "segment_alignment", counted)
    assert align.aligned_or_alone({3: computed}, 3, source, target, "fr", "en") is computed
    assert align.aligned_or_alone({3: computed}, 4, source, target, "fr", "en") is None and not aligned
    alone = align.aligned_or_alone(None, 3, source, target, "fr", "en")
    assert aligned == [(source, target, "fr", "en")]
    assert alone.links == computed.links and alone.adequacy == computed.adequacy
