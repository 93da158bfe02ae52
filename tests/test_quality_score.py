"""The learned quality term of the score (mtqa.scoring.quality, mtqa.scoring.fluency)."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.config import Config, load
from mtqa.errors import ConfigError
from mtqa.context import Context
from mtqa.renderers.base import RunInfo
from mtqa.scoring.fluency import classes, english_model
from mtqa.scoring.quality import FEATURES, features, quality_model

SOURCE = "Le maire a présenté hier un nouveau plan pour les transports de la ville."
FLUENT = "The mayor presented a new plan for the city's transport yesterday."
SCRAMBLED = "The mayor presented yesterday a plan new for the transports of the city."
HALF_TRANSLATED = "The maire presented hier a nouveau plan for the transports of the ville."


def test_model_and_table_are_shipped():
    model = quality_model("fr", "en")
    assert model is not None and set(model.weights) == set(FEATURES)
    assert english_model() is not None
    assert quality_model("fr", "xx") is None


def test_classes_keep_frequent_words_and_reduce_the_rest_to_their_shape():
    vocab = frozenset({"the", "of"})
    assert classes("The cost of 12 bridges rose quickly in Paris.", vocab) == [
        "the", "<w>", "of", "<num>", "<-s>", "<w>", "<-ly>", "<w>", "<Cap>", "."]


def test_word_order_and_untranslated_words_show_in_the_features():
    good = features(SOURCE, FLUENT)
    scrambled = features(SOURCE, SCRAMBLED)
    half = features(SOURCE, HALF_TRANSLATED)
    assert scrambled["context"] < good["context"]
    assert half["foreign"] > 0 and half["copied"] > 0 and good["foreign"] == good["copied"] == 0
    assert features(SOURCE, "12 345") is None  # no word to judge


def test_the_model_prefers_the_fluent_translation():
    model = quality_model("fr", "en")
    u = {name: model.segment_utility(SOURCE, text)
         for name, text in (("fluent", FLUENT), ("scrambled", SCRAMBLED), ("half", HALF_TRANSLATED))}
    assert u["fluent"] > u["scrambled"] > u["half"]
    assert model.badness(u["fluent"]) < model.badness(u["scrambled"]) < model.badness(u["half"])
    assert 0 < model.badness(u["fluent"])  # smooth: never exactly 0, so close calls still rank


def test_weight_zero_is_the_mqm_score_and_a_weight_adds_the_term():
    plain = check_texts(SCRAMBLED, source=SOURCE, ctx=Context(Config(quality_weight=0.0, tie_break_weight=0.0)))
    weighted = check_texts(SCRAMBLED, source=SOURCE, ctx=Context(Config(quality_weight=1.0)))
    doubled = check_texts(SCRAMBLED, source=SOURCE, ctx=Context(Config(quality_weight=2.0)))
    issues = sum({"minor": 1, "major": 5, "critical": 25}[i.severity.value] for i in plain.issues)
    assert plain.penalty == issues
    extra = weighted.penalty - plain.penalty
    assert extra > 0
    assert doubled.penalty - plain.penalty == pytest.approx(2 * extra)
    assert weighted.score < plain.score


def test_no_source_no_term():
    alone = check_texts(SCRAMBLED, ctx=Context(Config(quality_weight=1.0)))
    assert alone.penalty == check_texts(SCRAMBLED, ctx=Context(Config())).penalty


@pytest.mark.parametrize("key", ["quality_weight", "rank_quality_weight", "rank_consensus_weight"])
def test_weight_keys_are_validated(tmp_path, key):
    path = tmp_path / "mtqa.toml"
    path.write_text(f"{key} = 0.5\n", encoding="utf-8")
    assert getattr(load(str(path)), key) == 0.5
    for bad in ("nan", "-1", "101", '"high"', "true"):
        path.write_text(f"{key} = {bad}\n", encoding="utf-8")
        with pytest.raises(ConfigError):
            load(str(path))


def test_quality_weight_is_named_in_the_signature():
    assert RunInfo(Config(quality_weight=0.5), ["A101"]).signature.endswith("|quality:0.5")
    assert "quality" not in RunInfo(Config(quality_weight=0.0), ["A101"]).signature


WORD_SALAD = "Mayor the plan new yesterday presented city for the of transport."


def test_everyday_word_pairs_show_in_the_bigram_features():
    from mtqa.scoring.bigrams import FEATURES as PAIR_FEATURES, bigram_model

    model = bigram_model()
    assert model is not None and set(PAIR_FEATURES) <= set(FEATURES)
    good, salad = model.features(FLUENT), model.features(WORD_SALAD)
    assert good["bg_seen"] > salad["bg_seen"] and good["bg_lp"] > salad["bg_lp"]
    assert good["bg_oov"] == 0 < model.features("The glorbish council met.")["bg_oov"]
    # punctuation breaks a pair: "plan. For" is not a word pair
    assert model.features("It rained. Yes.")["bg_seen"] == model.features("It rained.")["bg_seen"]


def test_bigram_counts_are_read_from_the_flat_pair_table(tmp_path):
    """The pair list is held as flat arrays of word numbers (mtqa.scoring.bigrams.PairCounts): every count
    and every membership answer is the lists' own, a pair listed twice keeps its last count, and a word
    that only the pair list names is no word of the word list (an out-of-list word for bg_oov)."""
    import math

    from mtqa.scoring.bigrams import BACKOFF, BigramModel, _parse

    uni, bi = tmp_path / "words.txt", tmp_path / "pairs.txt"
    uni.write_text("the 600\ncouncil 100\nvoted 50\nbudget 200\nthe 500\n", encoding="utf-8")
    bi.write_text("the council 40\ncouncil voted 5\nthe budget 30\ncouncil voted 10\nmunicipal council 7\n",
                  encoding="utf-8")
    model = BigramModel(*_parse(uni, bi))
    assert model.total == 850 and model.unigram("the") == 500 and model.unigram("municipal") is None
    assert "council voted" in model.bigrams and "the council" in model.bigrams
    assert "municipal council" in model.bigrams  # listed, though "municipal" is no word of the word list
    assert "voted the" not in model.bigrams and "budget council" not in model.bigrams
    assert "the" not in model.bigrams and "the glorbish" not in model.bigrams and len(model.bigrams) == 4
    got = model.features("The council voted the budget.")
    # pairs: the council (40/500), council voted (10/100, the later count), voted the (unlisted: backoff),
    # the budget (30/500)
    steps = [(40 / 500, 100 / 850), (10 / 100, 50 / 850), (BACKOFF * 500 / 850, 500 / 850), (30 / 500, 200 / 850)]
    assert got["bg_seen"] == 3 / 4
    assert got["bg_lp"] == pytest.approx(sum(math.log(p) for p, _ in steps) / 4)
    assert got["bg_gain"] == pytest.approx(sum(math.log(p) - math.log(q) for p, q in steps) / 4)
    assert got["bg_oov"] == 0
    assert model.features("The municipal council met.")["bg_oov"] == 2 / 4  # "municipal" and "met"


def _systems(tmp_path):
    outputs = {"fluent": FLUENT, "scrambled": SCRAMBLED, "salad": WORD_SALAD}
    paths = []
    for name, text in outputs.items():
        p = tmp_path / f"run.{name}.jsonl"
        p.write_text(f'{{"doc": "d1", "source": "{SOURCE}", "target": "{text}"}}\n', encoding="utf-8")
        paths.append(str(p))
    return paths


def test_compare_ranks_by_the_quality_estimate_by_default(tmp_path):
    from mtqa.compare import compare, ranked

    paths = _systems(tmp_path)
    stats = compare(paths, Context(Config()), consensus=False)
    order = [s.name for s in ranked(stats)]
    assert order[0] == "fluent" and order[-1] == "salad"
    assert all(s.rank_by == "quality" and s.ranking_score == s.mean_estimate < s.mean_score for s in stats)
    # weight 0: the mean document score as it is, no quality model asked
    plain = compare(paths, Context(Config(rank_quality_weight=0.0)), consensus=False)
    assert all(s.estimate_sum is None and s.ranking_score == s.mean_score for s in plain)
    # a quality_weight of the user's already in the documents' scores: ranked on them, not counted twice
    own = compare(paths, Context(Config(quality_weight=0.5)), consensus=False)
    assert all(s.estimate_sum is None and s.ranking_score == s.mean_score for s in own)
    assert [s.mean_score for s in own] == [s.mean_estimate for s in stats]
    by_score = compare(paths, Context(Config()), consensus=False, rank_by="score")
    assert all(s.estimate_sum is None and s.ranking_score == s.score for s in by_score)



COUNCIL = ("Le conseil municipal de Lyon a voté mardi un budget de 45 millions d'euros pour rénover trois écoles du "
           "quartier nord.")
COUNCIL_FULL = "Lyon city council on Tuesday voted a budget of 45 million euros to renovate three schools in the northern district."
COUNCIL_CUT = "Lyon city council on Tuesday voted a budget."
COUNCIL_VAGUE = "The city council voted a budget of millions of euros to renovate three schools in the northern district."
COUNCIL_PADDED = (COUNCIL_FULL[:-1] + ", despite fierce protests from angry shopkeepers and farmers.")


def test_adequacy_features_read_what_the_translation_renders_of_the_source():
    from mtqa.scoring.quality import ADEQUACY, adequacy_features

    full, cut = adequacy_features(COUNCIL, COUNCIL_FULL), adequacy_features(COUNCIL, COUNCIL_CUT)
    vague, padded = adequacy_features(COUNCIL, COUNCIL_VAGUE), adequacy_features(COUNCIL, COUNCIL_PADDED)
    assert set(full) == set(ADEQUACY) <= set(FEATURES)
    assert full["adq_recall"] > vague["adq_recall"] > cut["adq_recall"]  # a dropped clause, then a dropped name
    assert padded["adq_precision"] < full["adq_precision"] == 1.0  # words no source word accounts for
    assert padded["adq_ibm1"] < full["adq_ibm1"] < 0  # a mean log-probability: invented words at the floor
    assert full["adq_anchors"] == 0 and vague["adq_anchors"] == 1.0  # Lyon and 45 both gone
    assert 0 < cut["adq_anchors"] < 1  # Lyon kept, 45 gone
    assert features(COUNCIL, COUNCIL_CUT)["adq_recall"] == cut["adq_recall"]  # part of the quality evidence


def test_adequacy_features_are_neutral_without_a_lexical_model():
    from mtqa.scoring.quality import NEUTRAL, adequacy_features

    assert adequacy_features("Der Rat hat gestern gestimmt.", "The council voted yesterday.", "de", "en") == NEUTRAL


def test_a_model_that_weighs_adequacy_prefers_the_translation_that_keeps_the_clause():
    from mtqa.scoring.quality import ADEQUACY, QualityModel

    shipped = quality_model("fr", "en")
    data = {"weights": {**shipped.weights, "adq_recall": 0.12}, "scales": {**shipped.scales, "adq_recall": 0.08},
            "length_centre": shipped.length_centre, "floor": shipped.floor, "spread": shipped.spread,
            "per_utility": shipped.per_utility}
    reading = QualityModel(data)
    assert reading.reads_source and set(ADEQUACY) <= set(reading.weights)
    gap = reading.segment_utility(COUNCIL, COUNCIL_FULL) - reading.segment_utility(COUNCIL, COUNCIL_CUT)
    plain_gap = shipped.segment_utility(COUNCIL, COUNCIL_FULL) - shipped.segment_utility(COUNCIL, COUNCIL_CUT)
    assert gap > plain_gap  # the dropped clause costs more once the model reads the source


def test_the_shipped_model_gives_adequacy_no_weight_and_so_does_not_align(monkeypatch):
    from mtqa.scoring import quality

    model = quality_model("fr", "en")
    assert not model.reads_source and all(model.weights[k] == 0 for k in quality.ADEQUACY)
    before = model.segment_utility(COUNCIL, COUNCIL_CUT)
    monkeypatch.setattr(quality, "adequacy_features", lambda *a: pytest.fail("aligned for a model that ignores it"))
    assert model.segment_utility(COUNCIL, COUNCIL_CUT) == before
    assert not any(f.parent.name == "lexmodel" for f in quality.data_files("fr", "en"))
