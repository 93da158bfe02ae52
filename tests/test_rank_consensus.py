"""`mtqa compare`'s default order counts the consensus term at rank_consensus_weight (3 or more systems)."""
from __future__ import annotations

import json

from mtqa.compare import compare, ranking
from mtqa.config import Config
from mtqa.context import Context

SOURCES = ["Le maire a présenté hier un nouveau plan pour les transports de la ville.",
           "Les travaux commenceront au printemps prochain."]
OUTPUTS = {
    "a": ["The mayor presented a new plan for the city's transport yesterday.",
          "The work will begin next spring."],
    "b": ["The mayor presented a new plan for city transport yesterday.",
          "Work will begin next spring."],
    "c": ["Yesterday the mayor presented a new plan for the city's transport.",
          "The works will start next spring."],
    "odd": ["A fresh scheme for urban travel was unveiled by the town's leader.",
            "Construction gets going when winter ends."],
}


def _systems(tmp_path, names=OUTPUTS, outputs=OUTPUTS):
    """One run.NAME.jsonl per system name, its translations of SOURCES from ``outputs``, one document."""
    paths = []
    for name in names:
        p = tmp_path / f"run.{name}.jsonl"
        p.write_text("".join(json.dumps({"doc": "d1", "source": s, "target": t}, ensure_ascii=False) + "\n"
                             for s, t in zip(SOURCES, outputs[name])), encoding="utf-8")
        paths.append(str(p))
    return paths


def test_the_system_that_agrees_least_loses_ranking_score_and_nothing_else(tmp_path):
    paths = _systems(tmp_path)
    now = {s.name: s for s in compare(paths, Context(Config()))}
    before = {s.name: s for s in compare(paths, Context(Config(rank_consensus_weight=0.0)))}
    assert now["odd"].mean_estimate < before["odd"].mean_estimate
    drop = {n: before[n].mean_estimate - now[n].mean_estimate for n in now}
    assert drop["odd"] > max(drop["a"], drop["b"], drop["c"])
    for n in now:  # the reported scores and verdicts are mtqa check's
        assert (now[n].score, now[n].mean_score, now[n].passed) == (before[n].score, before[n].mean_score,
                                                                    before[n].passed)
    assert all(s.consensus_ranked for s in now.values()) and "consensus term" in ranking(list(now.values()))
    assert not any(s.consensus_ranked for s in before.values())
    assert "consensus term" not in ranking(list(before.values()))


def test_weight_zero_and_no_consensus_rank_as_the_quality_term_alone(tmp_path):
    paths = _systems(tmp_path)
    zero = [s.mean_estimate for s in compare(paths, Context(Config(rank_consensus_weight=0.0)))]
    assert zero == [s.mean_estimate for s in compare(paths, Context(Config()), consensus=False)]


def test_two_systems_have_no_consensus_to_count(tmp_path):
    paths = _systems(tmp_path, ["a", "odd"])
    stats = compare(paths, Context(Config()))
    assert [s.mean_estimate for s in stats] == [s.mean_estimate for s in
                                                compare(paths, Context(Config(rank_consensus_weight=0.0)))]
    assert not any(s.consensus_ranked for s in stats) and "consensus term" not in ranking(stats)



def _records(tmp_path, ids):
    """Each system as records without "doc": one document per record, named by its "id"."""
    paths = []
    for name in OUTPUTS:
        p = tmp_path / f"{'-'.join(map(str, ids))}.{name}.jsonl"
        p.write_text("".join(json.dumps({"id": i, "source": s, "target": t}, ensure_ascii=False) + "\n"
                             for i, s, t in zip(ids, SOURCES, OUTPUTS[name])), encoding="utf-8")
        paths.append(str(p))
    return paths


def test_documents_sharing_an_id_each_get_their_own_term(tmp_path):
    def estimates(ids, **config):  # without A609/A610 (which count by place as well): the consensus term alone
        return [(s.documents, s.mean_estimate) for s in
                compare(_records(tmp_path, ids), Context(Config(ignore=("A609", "A610"), **config)))]

    assert estimates([1, 1]) == estimates([1, 2]) != estimates([1, 2], rank_consensus_weight=0.0)
    assert [documents for documents, _ in estimates([1, 1])] == [2, 2, 2, 2]


def test_the_pseudo_references_are_weighed_by_the_order_before_the_term(tmp_path):
    from mtqa.compare import quality_weights

    paths = _systems(tmp_path)
    before = compare(paths, Context(Config(rank_consensus_weight=0.0)))
    weights = quality_weights(before)
    best = max(range(len(before)), key=lambda k: before[k].mean_estimate)
    worst = min(range(len(before)), key=lambda k: before[k].mean_estimate)
    assert weights[best] == 1.0 and weights[worst] == min(weights.values()) < 1.0
    # by place in that order, not by the order the systems were given: reversed, each keeps its estimate
    given = {s.name: s.mean_estimate for s in compare(paths, Context(Config()))}
    reverse = {s.name: s.mean_estimate for s in compare(paths[::-1], Context(Config()))}
    assert given == reverse


def test_the_cross_system_issues_and_the_consensus_term_add_up_to_one_ranked_penalty(tmp_path):
    # the cross-system checks now run before the consensus term and add to the penalty it scores from, so a
    # document's ranked score is the score of its whole penalty, not a sum of differences scored apart
    from mtqa.scoring.mqm import quality_score

    stats = compare(_systems(tmp_path), Context(Config()))
    assert any(s.cross for s in stats)  # "odd" leaves words out that the three others keep (A610)
    for s in stats:
        ranked = [s.read[at] for at in range(len(s.read))]
        assert abs(s.estimate_sum - sum(quality_score(r, words) for _, words, r, _ in ranked)) < 1e-9
