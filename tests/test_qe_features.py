"""The candidate quality-estimation features of bench/qe_features.py: the news word LM, IBM-1, the fit and the folds."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import qe_features as qe  # noqa: E402

from mtqa.langs.lexmodel import LexModel, Translation  # noqa: E402
from mtqa.meaning.tokens import tokens  # noqa: E402

CORPUS = [
    "The council approved the new budget on Tuesday.",
    "The council rejected the new plan on Monday.",
    "The mayor said the new budget would cut taxes.",
    "The new plan would raise taxes for small shops.",
    "On Tuesday the mayor approved the plan.",
    "Small shops said the budget was fair.",
] * 3


def test_lm_scores_a_fluent_sentence_above_its_scrambled_words():
    lm = qe.NewsLM(CORPUS)
    fluent = lm.features("The council approved the new plan on Monday.")
    scrambled = lm.features("plan the Monday council new on approved the.")
    assert fluent["lm_lp"] > scrambled["lm_lp"]
    assert fluent["lm_gain"] > scrambled["lm_gain"]
    assert fluent["lm_worst"] > scrambled["lm_worst"]


def test_lm_counts_unseen_words_and_is_a_distribution():
    lm = qe.NewsLM(CORPUS)
    assert lm.features("The council approved the budget.")["lm_oov"] == 0
    assert lm.features("The zorblat approved the quuxes.")["lm_oov"] == pytest.approx(2 / 7)  # 5 words, ".", end of sentence
    vocabulary = list(lm.n1) + ["<unseen>"]
    for history in (("the", "new"), ("<s>", "<s>"), ("nobody", "said")):
        total = sum(lm.p3(*history, w) for w in vocabulary)
        assert total <= 1.0 + 1e-9 and total > 0.95


def test_pruning_rare_trigrams_keeps_the_model_usable():
    full, pruned = qe.NewsLM(CORPUS[:6]), qe.NewsLM(CORPUS[:6], min_count=2)
    assert len(pruned.c3) < len(full.c3)
    assert pruned.features("The council approved the new budget.")["lm_lp"] < 0


def _model() -> LexModel:
    pairs = [("conseil", "council", 0.8, 0.9), ("approuv", "approv", 0.7, 0.8), ("budget", "budget", 0.9, 0.9),
             ("nouveau", "new", 0.6, 0.7), ("hier", "yesterday", 0.9, 0.9)]
    forward = {f: (Translation(e, pf, pb, 10.0, False),) for f, e, pf, pb in pairs}
    backward = {e: frozenset({f}) for f, e, _, _ in pairs}
    return LexModel(100, forward, backward, {f: 5 for f, *_ in pairs}, {e: 5 for _, e, *_ in pairs})


def _ibm(fr: str, en: str) -> dict[str, float]:
    model = _model()
    src = [t for t in tokens(fr, "fr")]
    tgt = [t for t in tokens(en, "en")]
    for t in src:  # the test lexicon is keyed by the stems the tokenizer gives
        t.stem = {"conseil": "conseil", "approuvé": "approuv", "budget": "budget", "nouveau": "nouveau",
                  "hier": "hier"}.get(t.lower, t.stem)
    for t in tgt:
        t.stem = {"approved": "approv"}.get(t.lower, t.stem)
    return qe.ibm1(src, tgt, model)


def test_ibm1_prefers_a_translation_to_an_unrelated_sentence_both_ways():
    good = _ibm("conseil approuvé nouveau budget hier", "council approved new budget yesterday")
    other = _ibm("conseil approuvé nouveau budget hier", "weather stays cold near coast")
    for k in qe.LEX_FEATURES:
        assert good[k] > other[k], k
    assert other["max_f"] == pytest.approx(np.log(qe.FLOOR))


def test_ibm1_counts_copied_names_and_numbers_as_links():
    with_name = _ibm("Dupont 42", "Dupont 42")
    assert with_name["max_f"] == pytest.approx(0.0) and with_name["max_b"] == pytest.approx(0.0)
    assert qe.ibm1([], tokens("anything", "en"), _model()) == dict.fromkeys(qe.LEX_FEATURES, 0.0)


def _rows(rng, n_lines=60, systems=("a", "b", "c")):
    """Synthetic cached rows: feature 0 (context) carries the quality, the rest is noise."""
    quality = {s: q for s, q in zip(systems, (1.0, 0.0, -1.0))}
    rows = {}
    for s in systems:
        rs = []
        for line in range(1, n_lines + 1):
            vec = list(rng.normal(0, 1, len(qe.ALL)))
            vec[0] = quality[s] + rng.normal(0, 0.5)
            rs.append((line, f"doc{line % 7}", 10, 0.0, vec))
        rows[s] = rs
    rows["_reference"] = [(line, None, 0, 0.0, list(rng.normal(0, 1, len(qe.ALL)))) for line in range(1, 20)]
    judgements = []
    for line in range(1, n_lines + 1):
        a, b = sorted(systems, key=lambda s: -next(r[4][0] for r in rows[s] if r[0] == line))[:2]
        judgements.append((line, a, b))
    return rows, judgements


def test_fit_is_reproducible_and_finds_the_informative_feature():
    rows, judgements = _rows(np.random.default_rng(3))
    names = list(qe.FEATURES)
    m1, m2 = qe.fitted(rows, judgements, names), qe.fitted(rows, judgements, names)
    assert np.array_equal(m1["w"], m2["w"]) and m1["floor"] == m2["floor"]
    assert np.argmax(np.abs(m1["w"])) == 0 and m1["w"][0] > 0


def test_cross_validation_folds_by_document_and_beats_chance_on_a_real_signal():
    rows, judgements = _rows(np.random.default_rng(4))
    acc = qe.cross_validated(rows, judgements, list(qe.FEATURES))
    assert acc > 0.8
    assert acc == qe.cross_validated(rows, judgements, list(qe.FEATURES))


def test_build_lexicon_leaves_out_named_sets(tmp_path):
    import build_lexicon

    folder = tmp_path / "newstest-fren-2008-2015"
    folder.mkdir()
    for stem in build_lexicon.TRAIN_SETS:
        (folder / f"{stem}.fr").write_text(f"phrase de {stem}\n", encoding="utf-8")
        (folder / f"{stem}.en").write_text(f"sentence of {stem}\n", encoding="utf-8")
    potet = tmp_path / "potet-fren-postedit"
    potet.mkdir()
    (potet / "src.fr").write_text("bonjour\n", encoding="utf-8")
    (potet / "pe.en").write_text("hello\n", encoding="utf-8")
    every = build_lexicon.corpus(tmp_path)
    fewer = build_lexicon.corpus(tmp_path, frozenset({"newstest2012", "newstest2013"}))
    assert len(every) - len(fewer) == 2
    assert not any("2012" in e or "2013" in e for _, e in fewer)


def test_surface_features_of_a_faithful_and_a_careless_rendering():
    source = "Le maire a dit « 42 % des électeurs » hier à Lyon."
    faithful = qe.surface(source, 'The mayor said "42% of voters" yesterday in Lyon.')
    careless = qe.surface(source, "the mayor said most of the the the voters yesterday")
    assert faithful["num_miss"] == 0 and careless["num_miss"] == 1.0
    assert faithful["quote_diff"] == 0 and careless["quote_diff"] > 0
    assert faithful["cap_diff"] < careless["cap_diff"]
    assert faithful["ttr"] > careless["ttr"]
    assert faithful["punct_diff"] < careless["punct_diff"]


def test_bootstrap_interval_of_tau_over_documents():
    import meaning

    docs = {f"d{i}": 0.0 for i in range(12)}
    clear = [{k: 3.0 + (i % 2) for i, k in enumerate(docs)}, {k: 2.0 for k in docs}, {k: 1.0 for k in docs}]
    assert meaning.bootstrap_tau(clear, [0.6, 0.5, 0.4], 50) == (1.0, 1.0)
    # two systems a hair apart on noisy documents: the interval spans both orders
    close = [{k: 2.0 + (1 if i % 2 else -1) for i, k in enumerate(docs)}, {k: 2.01 for k in docs},
             {k: 0.0 for k in docs}]
    low, high = meaning.bootstrap_tau(close, [0.6, 0.5, 0.4], 200)
    assert low < 1.0 and high == 1.0
    assert meaning.bootstrap_tau(close, [0.6, 0.5, 0.4], 200) == (low, high)


def test_bootstrap_rounds_must_be_a_count():
    import argparse

    import meaning

    assert meaning.rounds("0") == 0 and meaning.rounds("50") == 50
    for bad in ("-1", "many"):
        with pytest.raises(argparse.ArgumentTypeError):
            meaning.rounds(bad)


def test_omission_features_count_a_strong_word_lost_from_a_literal_sentence():
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.meaning.align import segment_alignment

    lead_fr = ("Selon le rapport publié mardi par le ministère des transports, le directeur de la société "
               "nationale des chemins de fer a déjà signé le contrat des grandes usines de la région.")
    lead_en = ("According to the report published on Tuesday by the transport ministry, the director of the "
               "national railway company has {}signed the contract of the large factories of the region.")
    model = load_lexmodel("fr", "en")
    lost, kept = lead_en.format(""), lead_en.format("already ")
    f_lost = qe.omissions(lead_fr, lost, segment_alignment(lead_fr, lost, "fr", "en"), model)
    f_kept = qe.omissions(lead_fr, kept, segment_alignment(lead_fr, kept, "fr", "en"), model)
    assert f_lost["omit_n"] == 1.0 and f_lost["omit_any"] > 0
    assert f_kept == {"omit_n": 0.0, "omit_any": 0.0}


def test_a_fit_on_two_years_stacks_their_pairs_and_their_references():
    """--fit 12,13: each year's pairs against its own systems, one model; the floor from both years' references."""
    rows_a, judged_a = _rows(np.random.default_rng(5))
    rows_b, judged_b = _rows(np.random.default_rng(6), n_lines=40)
    names = list(qe.FEATURES)
    d, docs = qe.design([rows_a, rows_b], [judged_a, judged_b], names)
    assert d.shape[0] == len(judged_a) + len(judged_b) == len(docs)
    assert np.array_equal(d[:len(judged_a)], qe.design(rows_a, judged_a, names)[0])
    both = qe.fitted([rows_a, rows_b], [judged_a, judged_b], names)
    alone = qe.fitted(rows_a, judged_a, names)
    assert not np.array_equal(both["w"], alone["w"]) and both["w"][0] > 0
    refs = np.array([[r[4][i] for i in both["idx"]] for rs in (rows_a, rows_b) for r in rs["_reference"]]) @ both["w"]
    assert both["floor"] == pytest.approx(float(np.percentile(refs, 50)))
    assert qe.cross_validated([rows_a, rows_b], [judged_a, judged_b], names) > 0.8


def test_the_lm_training_sets_are_chosen_and_name_their_own_cache(tmp_path):
    folder = tmp_path / "newstest-fren-2008-2015"
    folder.mkdir()
    (folder / "setA.en").write_text("the council met on tuesday .\n", encoding="utf-8")
    (tmp_path / "potet-fren-postedit").mkdir()
    (tmp_path / "potet-fren-postedit" / "pe.en").write_text("the mayor spoke .\n", encoding="utf-8")
    lm = qe.build_lm(tmp_path, 1, ("setA",))
    assert "council" in lm.n1 and "mayor" in lm.n1
    assert qe.feature_cache("t", None, 2, ("setA",)) != qe.feature_cache("t", None, 2)
    assert qe.feature_cache("t", None, 2, qe.LM_TRAIN) == qe.feature_cache("t", None, 2)
    for year in ("wmt12-fren", "wmt13-fren", "wmt14-fren"):
        (tmp_path / year).mkdir()
    assert "--lm-train: no setB.en" in qe.input_problem(tmp_path, "t", None, 2, True, ("setA", "setB"))


def test_own_year_out_leaves_only_the_scored_year_reference_out_of_the_lm():
    train = ("newstest2011", "newstest2012", "newstest2013")
    assert qe.lm_sets(train, "12", True) == ("newstest2011", "newstest2013")
    assert qe.lm_sets(train, "14", True) == train
    assert qe.lm_sets(train, "12", False) == train
    assert qe.feature_cache("t", None, 2, train, True) != qe.feature_cache("t", None, 2, train)


def test_consensus_feature_is_the_segment_above_its_source_median_and_0_without_one():
    rows = {"a": [(1, "d", 5, 0.0, [0.5]), (2, "d", 5, 0.0, [0.5])], "_reference": [(1, None, 0, 0.0, [0.1])]}
    cons = {"a": {1: (0.70, 0.60)}}
    out = qe.with_consensus(rows, cons)
    assert out["a"][0][4] == [0.5, pytest.approx(0.10)] and out["a"][1][4] == [0.5, 0.0]
    assert out["_reference"][0][4] == [0.1, 0.0] and rows["a"][0][4] == [0.5]
    assert qe.ALL[-1] == qe.CONSENSUS
