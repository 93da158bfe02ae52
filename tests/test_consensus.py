"""Consensus: agreement of a translation with the other systems' translations of the same source."""
from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from sacrebleu.metrics import CHRF

from mtqa.config import Config, load
from mtqa.errors import ConfigError
from mtqa.renderers.base import RunInfo
from mtqa.scoring import consensus as cons

ROOT = Path(__file__).resolve().parent.parent

SOURCES = ["Le chat dort sur le canapé.", "Il pleut depuis trois jours à Lyon.", "La mairie a fermé le parc."]
SYSTEMS = {
    "alpha": ["The cat is sleeping on the sofa.", "It has been raining for three days in Lyon.",
              "The town hall closed the park."],
    "beta": ["The cat sleeps on the sofa.", "It has rained for three days in Lyon.", "The city hall has closed the park."],
    "gamma": ["The cat is sleeping on the couch.", "It has been raining in Lyon for three days.",
              "The town hall shut the park."],
    # the salad is word soup no check reports (so the consensus term alone tells it apart); "since three days"
    # was its calque until A501 learnt to report it
    "salad": ["Cat sleep the sofa on.", "He rains three days long at Lyon.", "The mayorality has closed the garden."],
}


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "mtqa", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("hyp,ref", [
    ("The cat sleeps on the sofa.", "The cat is sleeping on the sofa."),
    ("aaa aaa b", "aa b b"), ("", "word"), ("word", ""), ("same", "same"), ("x", "y"),
])
def test_chrf_equals_sacrebleu_sentence_chrf(hyp, ref):
    assert cons.chrf(hyp, ref) == pytest.approx(CHRF().sentence_score(hyp, [ref]).score / 100, abs=1e-12)


def test_both_directions_come_from_one_count():
    a, b = cons.Profile("The leaders arrived late."), cons.Profile("Leaders arrived.")
    ab, ba = cons.chrf_both(a, b)
    assert ab == pytest.approx(cons.chrf("The leaders arrived late.", "Leaders arrived."))
    assert ba == pytest.approx(cons.chrf("Leaders arrived.", "The leaders arrived late."))
    assert ab != ba  # recall counts twice as much as precision


def test_fewer_than_three_systems_give_no_value():
    assert cons.pool_consensus([("a", "One text."), ("b", "Another text.")]) == [None, None]
    # one system translating a repeated sentence twice is still one system
    assert cons.pool_consensus([("a", "One."), ("a", "Two."), ("b", "Three.")]) == [None, None, None]


def test_a_system_is_never_its_own_pseudo_reference():
    x, y, z = "The vote was postponed.", "The ballot was delayed.", "They put off the vote."
    # a translated the same source twice (x and y): its own y must not count for its x
    values = cons.pool_consensus([("a", x), ("a", y), ("b", z), ("c", z)])
    assert values[0] == pytest.approx(cons.chrf(x, z))
    assert values[1] == pytest.approx(cons.chrf(y, z))


def test_an_output_shared_by_several_systems_counts_once_per_system():
    x, y = "The vote was postponed.", "They put off the ballot."
    entries = [("a", x), ("b", y), ("c", y), ("d", y)]
    deduped = cons.pool_consensus(entries, dedupe=True)
    plain = cons.pool_consensus(entries)
    assert deduped[0] == pytest.approx(cons.chrf(x, y))  # y once, or three times: the same mean
    assert plain[0] == pytest.approx(cons.chrf(x, y))
    # b's pseudo-references: x, and y twice (c and d wrote it: agreement with other systems counts)
    assert deduped[1] == pytest.approx((cons.chrf(y, x) + 1.0) / 2)
    assert plain[1] == pytest.approx((cons.chrf(y, x) + 2.0) / 3)


def test_clones_are_not_each_others_pseudo_references():
    pool = cons.ConsensusPool()
    for k in range(10):
        source, text = f"Phrase numéro {k}.", f"Sentence number {k}."
        pool.add("engine", source, text)
        pool.add("engine-again", source, text)  # the same engine submitted twice
        pool.add("other", source, f"The sentence {k}.")
        last = pool.add("third", source, f"Line {k} here.")
    pool.compute()
    assert pool.clones == {frozenset(("engine", "engine-again"))}
    assert cons.pool_consensus([("a", "Same words."), ("b", "Same words."), ("c", "Other words.")],
                               apart=frozenset({frozenset("ab")}))[0] == pytest.approx(cons.chrf("Same words.", "Other words."))
    assert pool.value(last) is not None


def test_pool_matches_segments_by_source_text_and_gives_medians():
    pool = cons.ConsensusPool()
    handles = {name: [pool.add(name, s, t) for s, t in zip(SOURCES, outs)] for name, outs in SYSTEMS.items()}
    odd = pool.add("alpha", "Une phrase que personne d'autre n'a traduite.", "A sentence nobody else translated.")
    spaced = pool.add("extra", "  Le chat dort  sur le canapé. ", "The cat is asleep on the sofa.")
    pool.compute()
    assert pool.value(odd) is None and pool.centre(odd) is None
    assert pool.value(spaced) is not None  # whitespace does not split a source
    for k in range(len(SOURCES)):
        assert pool.value(handles["salad"][k]) < min(pool.value(handles[n][k]) for n in ("alpha", "beta", "gamma"))
        values = sorted(pool.value(h[k]) for h in handles.values())
        assert pool.centre(handles["alpha"][k]) >= values[0]


def test_term_is_smooth_relative_and_zero_without_value():
    assert cons.term(None, 0.5) == 0.0 and cons.term(0.5, None) == 0.0
    assert cons.term(0.5, 0.5) == pytest.approx(cons.SPREAD * math.log(2))
    assert cons.term(0.2, 0.5) > cons.term(0.4, 0.5) > cons.term(0.6, 0.5) > 0.0
    assert cons.term(0.1, 0.6) == pytest.approx(0.5, abs=1e-4)  # well below the median: the distance itself
    assert cons.term(0.9, 0.2) < 1e-6


@pytest.fixture
def four(tmp_path):
    paths = []
    for name, outs in SYSTEMS.items():
        p = tmp_path / f"run.{name}.jsonl"
        # two documents, so segment indices repeat across documents (0, 1 then 0)
        p.write_text("".join(json.dumps({"doc": f"d{k // 2}", "source": s, "target": t}) + "\n"
                             for k, (s, t) in enumerate(zip(SOURCES, outs))), encoding="utf-8")
        paths.append(str(p))
    return paths


def test_compare_gives_a_consensus_column(four):
    data = json.loads(run("compare", *four, "--rank-by", "both", "--format", "json").stdout)
    by = {s["system"]: s for s in data["systems"]}
    assert by["salad"]["consensus"] < min(by[n]["consensus"] for n in ("alpha", "beta", "gamma"))
    assert all(s["consensus_segments"] == 3 and s["ranking_score"] == s["score"] for s in data["systems"])
    assert "matched by source text" in data["consensus_note"] and "place by consensus" in data["consensus_note"]
    text = run("compare", *four).stdout
    assert "consensus" in text.splitlines()[0]
    assert data["systems"][-1]["system"] == "salad" and data["systems"][-1]["rank"] == 4
    # ranked by the score alone, the MQM score ties every system here; consensus breaks the tie
    by_score = json.loads(run("compare", *four, "--rank-by", "score", "--format", "json").stdout)
    assert by_score["systems"][-1]["system"] == "salad" and "consensus breaks ties" in by_score["consensus_note"]


def test_compare_with_two_systems_says_there_is_no_signal(four):
    data = json.loads(run("compare", *four[:2], "--format", "json").stdout)
    assert all(s["consensus"] is None and s["consensus_segments"] == 0 for s in data["systems"])
    assert "needs 3 or more systems" in data["consensus_note"]
    assert "needs 3 or more systems" in run("compare", *four[:2]).stdout
    off = json.loads(run("compare", *four, "--no-consensus", "--format", "json").stdout)
    assert all(s["consensus"] is None for s in off["systems"])
    # four systems translate every source: "no source segment was translated by 3 or more" was untrue
    assert off["consensus_note"].startswith("consensus: turned off (--no-consensus)"), off["consensus_note"]


def test_compare_weight_moves_the_ranking_score(four, tmp_path):
    conf = tmp_path / "mtqa.toml"
    conf.write_text("consensus_weight = 2\n", encoding="utf-8")
    data = json.loads(run("compare", *four, "--config", str(conf), "--rank-by", "score", "--format", "json").stdout)
    by = {s["system"]: s for s in data["systems"]}
    assert by["salad"]["ranking_score"] < by["alpha"]["ranking_score"] < by["alpha"]["score"]
    assert data["systems"][-1]["system"] == "salad" and "|consensus:2|segments:" in data["tool"]["signature"]
    assert "with the consensus term" in data["consensus_note"]
    html = tmp_path / "cmp.html"
    assert run("compare", *four, "--config", str(conf), "--rank-by", "score", "--format", "html",
               "-o", str(html)).returncode == 0
    assert "ranked on" in html.read_text(encoding="utf-8")


def _system(name, mean_score, consensus):
    from mtqa.compare import SystemStats

    s = SystemStats(name, name, documents=1, score_sum=mean_score, words=100, segments=10,
                    penalty=100 - mean_score, consensus=consensus, consensus_segments=10 if consensus else 0)
    return s


def test_place_by_score_consensus_or_both():
    from mtqa.compare import place, ranked

    stats = [_system("clean-odd", 99.0, 40.0), _system("fluent", 98.0, 60.0), _system("middle", 97.0, 50.0),
             _system("poor", 90.0, 30.0)]
    place(stats, "score")
    assert [s.name for s in ranked(stats)] == ["clean-odd", "fluent", "middle", "poor"]
    place(stats, "consensus")
    assert [s.name for s in ranked(stats)] == ["fluent", "middle", "clean-odd", "poor"]
    place(stats, "both")  # places (1+3)/2, (2+1)/2, (3+2)/2, (4+4)/2; the tie goes to the better score
    assert [s.name for s in ranked(stats)] == ["fluent", "clean-odd", "middle", "poor"]
    assert [s.rank for s in ranked(stats)] == [1.5, 2.0, 2.5, 4.0]
    two = [_system("a", 99.0, None), _system("b", 98.0, None)]
    place(two, "both")  # no consensus: the score decides
    assert [s.name for s in ranked(two)] == ["a", "b"] and two[0].rank_by == "score"
    with pytest.raises(ValueError):
        place(stats, "bleu")


def test_check_counts_consensus_across_files_only_when_weighted(four, tmp_path):
    (tmp_path / "conf").mkdir()
    conf = tmp_path / "conf" / "mtqa.toml"  # not beside the targets, where the unweighted run would find it
    conf.write_text("consensus_weight = 1\n", encoding="utf-8")
    weighted = json.loads(run("check", *four, "--format", "json", "--exit-zero", "--config", str(conf)).stdout)
    docs = {Path(d["path"]).name: d for d in weighted["documents"]}
    salad = docs["run.salad.jsonl"]
    assert all(0 <= s["consensus"] <= 1 for s in salad["segments"])
    assert salad["penalty"] > docs["run.alpha.jsonl"]["penalty"] > 0 and salad["score"] < 95 and not salad["passed"]
    parallel = json.loads(run("check", *four, "--format", "json", "--exit-zero", "--config", str(conf),
                              "--workers", "2").stdout)
    assert parallel["documents"] == weighted["documents"]  # workers return the results; the parent adds the term
    unweighted = json.loads(run("check", *four, "--format", "json", "--exit-zero").stdout)
    assert all("consensus" not in s for d in unweighted["documents"] for s in d["segments"])
    assert all(d["penalty"] == 0 for d in unweighted["documents"])


def test_check_with_one_file_warns_and_keeps_the_score(four, tmp_path):
    conf = tmp_path / "mtqa.toml"
    conf.write_text("consensus_weight = 1\n", encoding="utf-8")
    proc = run("check", four[3], "--format", "json", "--exit-zero", "--config", str(conf))
    assert "needs 3 or more systems" in proc.stderr
    doc = json.loads(proc.stdout)["documents"][0]
    assert doc["penalty"] == 0 and "consensus" not in doc["segments"][0]


def test_config_refuses_bad_weights_and_signs_the_run(tmp_path):
    path = tmp_path / "mtqa.toml"
    path.write_text("consensus_weight = 0.5\n", encoding="utf-8")
    assert load(str(path)).consensus_weight == 0.5
    for bad in ("-1", "nan", "inf", "101", '"high"'):
        path.write_text(f"consensus_weight = {bad}\n", encoding="utf-8")
        with pytest.raises(ConfigError):
            load(str(path))
    assert RunInfo(Config(consensus_weight=0.5), ["A101"]).signature.endswith("|consensus:0.5")
    assert "consensus" not in RunInfo(Config(), ["A101"]).signature


def test_plain_text_systems_are_matched_by_their_aligned_source_sentences(tmp_path):
    source = "Le chat dort\n\nLe chat dort sur le canapé. Il pleut depuis trois jours à Lyon.\n"
    targets = {
        "a": "The cat sleeps\n\nThe cat is sleeping on the sofa. It has been raining for three days in Lyon.\n",
        "b": "Cat sleeping\n\nThe cat sleeps on the sofa. It has rained for three days in Lyon.\n",
        "c": "The cat sleeps\n\nThe cat sleeps on the couch. It has been raining in Lyon for three days.\n",
    }
    for name, text in targets.items():
        folder = tmp_path / name
        folder.mkdir()
        (folder / "story.en.txt").write_text(text, encoding="utf-8")
        (folder / "story.fr.txt").write_text(source, encoding="utf-8")
    (tmp_path / "conf").mkdir()
    conf = tmp_path / "conf" / "mtqa.toml"
    conf.write_text("consensus_weight = 1\n", encoding="utf-8")
    proc = run("check", *(str(tmp_path / n) for n in targets), "--format", "json", "--exit-zero", "--config", str(conf))
    assert proc.returncode == 0, proc.stderr
    docs = json.loads(proc.stdout)["documents"]
    assert len(docs) == 3
    for doc in docs:
        assert [("consensus" in s) for s in doc["segments"]] == [True] * len(doc["segments"])
    headline = {Path(d["path"]).parent.name: d["segments"][0]["consensus"] for d in docs}
    assert headline["a"] == headline["c"] > headline["b"]  # two systems wrote the same headline


def test_a_reading_error_keeps_the_documents_read_before_it(four):
    from mtqa.api import run as check_run
    from mtqa.context import Context
    from mtqa.errors import InputError
    from mtqa.readers.jsonl import read_jsonl

    conf = Config(consensus_weight=1)
    ctx = Context(conf)
    done = [r for path in four for r in check_run(read_jsonl(path, source_lang="fr", target_lang="en"), ctx)]

    def then_fail():
        yield from done
        raise InputError("run.broken.jsonl:1: not JSON")

    got = []
    with pytest.raises(InputError):
        for result in cons.with_consensus(then_fail(), conf):
            got.append(result)
    assert got == done and any(r.consensus for r in got)


def test_a_baseline_leaves_the_consensus_term_out_of_every_document(four, tmp_path):
    (tmp_path / "conf").mkdir()
    conf = tmp_path / "conf" / "mtqa.toml"
    conf.write_text("consensus_weight = 1\n", encoding="utf-8")
    base = tmp_path / "base.json"
    run("check", *four, "--exit-zero", "--config", str(conf), "--write-baseline", str(base))
    out = json.loads(run("check", *four, "--format", "json", "--exit-zero", "--config", str(conf),
                         "--baseline", str(base)).stdout)
    plain = json.loads(run("check", *four, "--format", "json", "--exit-zero").stdout)
    # with every issue baselined, each document is judged on what is new, as without the weight
    assert [d["penalty"] for d in out["documents"]] == [d["penalty"] for d in plain["documents"]]


def _held_by_a_pool(translations: int) -> int:
    """Bytes of Python memory a consensus pool holds once ``translations`` translations of as many sources (by
    4 systems) are in, before its compute: what a run holds until its last system is in."""
    import gc
    import tracemalloc

    tracemalloc.start()
    try:
        pool = cons.ConsensusPool()
        for k in range(translations):
            pool.add(f"system {k % 4}", f"Le conseil municipal a voté la motion numéro {k // 4}, dit le maire.",
                     f"The town council passed motion number {k // 4} by {k} votes, the mayor said.")
        gc.collect()
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    pool.compute()
    return held


def test_a_pool_does_not_hold_the_texts_of_the_run():
    """Four times the translations, measured in a fresh process: the pool holds about the same memory (it held
    every source text and translation, some 150 bytes a translation here: 900 kB more), as the texts wait in
    its SQLite store; what grows is two floats per handle at compute."""
    import subprocess
    import sys
    from pathlib import Path

    code = "from tests.test_consensus import _held_by_a_pool as h; print(h(2000), h(8000))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr
    small, large = map(int, done.stdout.split()[-2:])
    assert large - small < 150_000, (small, large)


def test_a_pool_gives_the_values_of_the_texts_held_in_memory():
    """The store changes where the translations wait, not the values: each one's consensus and median equal
    those computed from the same translations of each source at once (pool_consensus), whatever the batch."""
    texts = {"a": ["The mayor resigned on Monday.", "Prices rose by 3 %."],
             "b": ["The mayor quit on Monday.", "Prices went up 3 %."],
             "c": ["On Monday the mayor resigned.", "Prices rose 3 percent."],
             "d": ["The mayor resigned Monday.", "Prices rose by 3 %."]}
    sources = ["Le maire a démissionné lundi.", "Les prix ont augmenté de 3 %."]
    for batch in (1, 3, 1024):
        pool = cons.ConsensusPool()
        pool.BATCH = batch
        handles = {name: [pool.add(name, s, t) for s, t in zip(sources, outs)] for name, outs in texts.items()}
        pool.compute()
        for k in range(2):
            expected = cons.pool_consensus([(name, outs[k]) for name, outs in texts.items()])
            got = [pool.value(handles[name][k]) for name in texts]
            assert got == expected
            assert pool.centre(handles["a"][k]) == cons.median(sorted(expected))


def test_the_pool_store_is_closed_when_a_value_fails_half_way(monkeypatch):
    """An error while the values are computed (here the second source's) still closes the pool's SQLite store."""
    pool = cons.ConsensusPool()
    for system, words in (("a", "the mayor opened the school"), ("b", "the mayor has opened the school"),
                          ("c", "the mayor inaugurated the school")):
        pool.add(system, "Le maire a inauguré l'école.", words)
        pool.add(system, "Le pont est fermé.", words.replace("school", "bridge"))
    pool._flush()
    db = pool._db
    calls = []

    def failing(entries, *args):
        calls.append(entries)
        if len(calls) == 2:
            raise RuntimeError("a value failed")
        return [0.5] * len(entries), None, None

    monkeypatch.setattr(cons, "pool_all", failing)
    with pytest.raises(RuntimeError):
        pool.compute()
    assert pool._db is None
    with pytest.raises(cons.sqlite3.ProgrammingError):  # closed, not left to the garbage collector
        db.execute("SELECT 1")


def test_rank_weights_fall_with_the_place_before_the_term():
    weights = cons.rank_weights(["first", "second", "third", "fourth"], power=2)
    assert weights == {"first": 1.0, "second": 0.5625, "third": 0.25, "fourth": 0.0625}
    assert cons.rank_weights(["x", "y"], power=1) == {"x": 1.0, "y": 0.5}


def test_a_weighed_pool_values_agreeing_with_the_better_ranked_systems():
    # "lone" agrees with "top" only, "herd" with the two look-alikes ranked low: unweighted, the two votes of the
    # look-alikes lift "herd"; weighed by places (top first, the look-alikes last) "lone" comes out ahead
    entries = [("top", "The committee approved the budget on Tuesday evening."),
               ("lone", "The committee approved the budget on Tuesday night."),
               ("herd", "Committee has approve budget Tuesday in evening."),
               ("alike1", "Committee has approve the budget Tuesday in evening."),
               ("alike2", "Committee has approve budget the Tuesday in evening.")]
    plain = dict(zip([s for s, _ in entries], cons.pool_consensus(entries)))
    assert plain["herd"] > plain["lone"]
    weights = cons.rank_weights(["top", "lone", "herd", "alike1", "alike2"])
    weighed = dict(zip([s for s, _ in entries], cons.pool_consensus(entries, weights=weights)))
    assert weighed["lone"] > weighed["herd"]


def test_identical_translations_share_one_weighed_value():
    # "copy" wrote what "top" wrote: unweighted both have the same value; weighed, the copy would have "top" (weight
    # 1) among its references and the original only the copy (weight 0.25): they share the higher value
    entries = [("top", "Rain fell all day over Lyon."), ("mid", "It rained all day long in Lyon."),
               ("copy", "Rain fell all day over Lyon."), ("low", "The rain was falling in Lyon all the day.")]
    weights = cons.rank_weights(["top", "mid", "copy", "low"])
    values = cons.pool_consensus(entries, weights=weights)
    assert values[0] == values[2]
    alone = [cons.pool_consensus(entries, weights=weights)[k] for k in (1, 3)]
    assert all(v is not None and v < values[0] for v in alone)


def test_a_run_weighs_the_ranked_term_only_before_its_first_value():
    run = cons.RunConsensus()
    pool = run.pool
    handles = [pool.add(s, SOURCES[0], SYSTEMS[s][0]) for s in SYSTEMS]
    run.weigh(cons.rank_weights(list(SYSTEMS)))
    entries = [(h, 0, 6) for h in handles]
    plain = [run.penalty([e]) for e in entries]
    ranked = [run.ranked_penalty([e]) for e in entries]
    assert plain != ranked and all(p >= 0 and r >= 0 for p, r in zip(plain, ranked))
    assert ranked[-1] == max(ranked)  # the word salad, last of the order, still agrees least
    with pytest.raises(RuntimeError):
        run.weigh({})


def test_one_comparison_gives_the_plain_and_the_weighed_values():
    entries = [(s, SYSTEMS[s][1]) for s in SYSTEMS] + [("gamma", SYSTEMS["alpha"][1])]  # a repeated source
    weights = cons.rank_weights(["beta", "alpha", "gamma", "salad"])
    plain, weighed = cons.pool_values(entries, weights=weights)
    assert plain == cons.pool_consensus(entries) and weighed == cons.pool_consensus(entries, weights=weights)
    assert plain != weighed and cons.pool_values(entries) == (plain, None)


def test_segment_weights_fall_with_the_place_by_utility():
    # places among the source's translations by quality utility: ties share the better place, none is last
    assert cons.segment_weights([0.2, 0.5, None, 0.5]) == [0.5, 1.0, 0.25, 1.0]
    assert cons.segment_weights([0.3, 0.1], power=2) == [1.0, 0.25]


def test_a_pool_with_utilities_weighs_each_translation_by_its_own():
    # "herd" agrees with two look-alikes whose sentences the quality estimate finds poor, "lone" with the one it
    # finds good: unweighted the look-alikes' two votes lift "herd"; weighed by utility "lone" comes out ahead. The
    # plain values (the consensus column, the ranking's term) do not move
    entries = [("top", "The committee approved the budget on Tuesday evening.", 2.0),
               ("lone", "The committee approved the budget on Tuesday night.", 1.5),
               ("herd", "Committee has approve budget Tuesday in evening.", 0.5),
               ("alike1", "Committee has approve the budget Tuesday in evening.", 0.2),
               ("alike2", "Committee has approve budget the Tuesday in evening.", 0.1)]
    with_votes, without = cons.ConsensusPool(), cons.ConsensusPool()
    source = "Le comité a approuvé le budget mardi soir."
    voted = {s: with_votes.add(s, source, t, u) for s, t, u in entries}
    plain = {s: without.add(s, source, t) for s, t, _ in entries}
    with_votes.compute()
    without.compute()
    assert with_votes.voted and not without.voted
    assert with_votes.value(voted["herd"]) > with_votes.value(voted["lone"])
    assert with_votes.voted_value(voted["lone"]) > with_votes.voted_value(voted["herd"])
    assert all(with_votes.value(voted[s]) == without.value(plain[s]) == without.voted_value(plain[s]) for s in plain)
    expected = cons.pool_all([(s, t) for s, t, _ in entries], votes=cons.segment_weights([u for *_, u in entries]))[2]
    assert [with_votes.voted_value(voted[s]) for s, _, _ in entries] == expected
