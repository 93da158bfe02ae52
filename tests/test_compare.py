"""``mtqa compare``: one row per system with score, issues per category and metrics."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from mtqa.compare import SystemStats, system_names
from mtqa.readers.references import attach_reference_lines
from mtqa.errors import InputError

ROOT = Path(__file__).resolve().parent.parent


def run(*args):
    return subprocess.run([sys.executable, "-m", "mtqa", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_system_names_strip_shared_parts():
    assert system_names(["out/wmt14.kit.jsonl", "out/wmt14.onlineA.jsonl"]) == ["kit", "onlineA"]
    assert system_names(["a/sys1.en.txt", "b/sys2.en.txt"]) == ["sys1", "sys2"]
    assert system_names(["only.en.txt"]) == ["only.en"]
    # one file name in two folders: the paths tell them apart (two systems under one name were merged
    # in the consensus column)
    assert system_names(["x/same.txt", "y/same.txt"]) == ["x/same.txt", "y/same.txt"]


@pytest.fixture
def systems(tmp_path):
    """Two systems of a two-document jsonl corpus (one with French left in), and a line-aligned reference."""
    src = ["Les marchés montent", "Les actions ont progressé lundi à Paris.", "Le sommet s'ouvre", "Les dirigeants sont arrivés."]
    good = ["Markets rise", "Shares rose on Monday in Paris.", "Summit opens", "The leaders arrived."]
    bad = ["Markets rise", "Les actions ont progressé lundi à Paris.", "Summit opens", "The leaders arrived."]
    ref = ["Markets climb", "Shares climbed on Monday in Paris.", "Summit begins", "Leaders arrived."]
    paths = []
    for name, tgt in (("good", good), ("bad", bad)):
        p = tmp_path / f"run.{name}.jsonl"
        p.write_text("".join(json.dumps({"doc": f"d{k // 2}", "source": s, "target": t}) + "\n"
                             for k, (s, t) in enumerate(zip(src, tgt))), encoding="utf-8")
        paths.append(str(p))
    reference = tmp_path / "ref.en"
    reference.write_text("\n".join(ref) + "\n", encoding="utf-8")
    return paths, str(reference)


def test_compare_csv_ranks_systems_and_adds_metrics(systems):
    paths, reference = systems
    proc = run("compare", *paths, "--reference", reference, "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert [r["system"] for r in rows] == ["good", "bad"]
    good, bad = rows
    assert good["segments"] == bad["segments"] == "4" and good["documents"] == "2"
    assert int(bad["issues"]) > int(good["issues"]) and float(bad["score"]) < float(good["score"])
    assert float(bad["accuracy_per_100"]) >= 25.0, "the French sentence is an accuracy issue on 1 of 4 segments"
    assert float(good["bleu"]) > float(bad["bleu"]) and good["chrf"] and good["ter"]


def test_compare_text_json_and_html(systems, tmp_path):
    paths, reference = systems
    text = run("compare", *paths, "--reference", reference, "--name", "A", "--name", "B")
    assert text.returncode == 0, text.stderr
    assert "A" in text.stdout and "BLEU" in text.stdout and "nrefs:1" in text.stdout
    data = json.loads(run("compare", *paths, "--format", "json").stdout)
    assert [s["system"] for s in data["systems"]] == ["good", "bad"] and data["systems"][0]["bleu"] is None
    out = tmp_path / "cmp.html"
    assert run("compare", *paths, "--reference", reference, "--format", "html", "-o", str(out)).returncode == 0
    html = out.read_text(encoding="utf-8")
    assert "<script" not in html and "good" in html and "BLEU" in html and "https://" not in html
    # the order may be a mean of places (--rank-by both), where a lower number ranks better
    assert "higher is better" not in html and "the first row ranks best" in html


def test_compare_refuses_mismatched_names_and_references(systems, tmp_path):
    paths, reference = systems
    proc = run("compare", *paths, "--name", "only-one")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    names = ["same"] * len(paths)  # one name for two systems: their rows and consensus would be merged
    proc = run("compare", *paths, *[a for n in names for a in ("--name", n)])
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "'same'" in proc.stderr
    short = tmp_path / "short.en"
    short.write_text("one line\n", encoding="utf-8")
    proc = run("compare", *paths, "--reference", str(short))
    assert proc.returncode == 2 and "reference" in proc.stderr


def test_attach_reference_lines_counts_records():
    from mtqa.model import Document, DocumentPair, Segment

    pairs = [DocumentPair("d", Document("d", "x.jsonl", "en", [Segment(0, "a", line=1), Segment(1, "b", line=2)]))]
    with pytest.raises(InputError):
        list(attach_reference_lines(iter(pairs), ["r1", "r2", "r3"], "ref"))


def test_per_100_and_scores():
    s = SystemStats("x", "x.jsonl", documents=2, segments=50, words=1000, issues=5, penalty=10.0, score_sum=190.0)
    assert s.per_100(5) == 10.0 and s.mean_score == 95.0 and s.score == 99.0


def test_the_reports_do_not_claim_a_quality_estimate_the_ranking_did_not_use(systems, tmp_path):
    # rank_quality_weight = 0 (or quality_weight above 0): --rank-by quality follows the mean document score as
    # it is, and the reports said "with the learned quality estimate (rank_quality_weight)" all the same
    paths, _ = systems
    for setting in ("rank_quality_weight = 0\n", "quality_weight = 1.0\n"):
        config = tmp_path / "mtqa.toml"
        config.write_text(setting, encoding="utf-8")
        proc = run("compare", *paths, "--format", "json", "--config", str(config))
        assert proc.returncode == 0, proc.stderr
        data = json.loads(proc.stdout)
        assert [s["ranking_score"] for s in data["systems"]] == [s["mean_score"] for s in data["systems"]]
        assert "quality estimate" not in data["consensus_note"] and "mean document score" in data["consensus_note"]
        out = tmp_path / "cmp.html"
        assert run("compare", *paths, "--format", "html", "--config", str(config), "-o", str(out)).returncode == 0
        assert "quality estimate" not in out.read_text(encoding="utf-8")
    proc = run("compare", *paths, "--format", "json")  # the default: the estimate is used, and said
    assert "learned quality estimate" in json.loads(proc.stdout)["consensus_note"]


def test_what_a_document_leaves_until_every_system_is_in_comes_back_as_it_went_in():
    """Each document's totals and consensus entries wait in flat arrays: the same numbers come back, a missing
    quality penalty stays missing, and a document's entries are the tuples that went in."""
    from mtqa.compare import ConsensusEntries, DocumentsRead

    read = DocumentsRead()
    read.append(0.1 + 0.2, 17, None, True)
    read.append(2.5, 0, 1 / 3, False)
    read.add_ranked(1, 0.7)
    assert list(read) == [(0.1 + 0.2, 17, None, True), (2.5, 0, 1 / 3 + 0.7, False)]
    entries = ConsensusEntries()
    for doc in ([(300, 0, 12), (301, 2, 9)], [], [(302, 0, 30)]):
        entries.append(doc)
    assert list(entries) == [[(300, 0, 12), (301, 2, 9)], [], [(302, 0, 30)]]
    assert list(entries.every()) == [(300, 0, 12), (301, 2, 9), (302, 0, 30)]


def _bytes_held_per_segment(segments: int) -> float:
    """Python memory per segment of what one system's one-segment documents leave until every system is in."""
    import gc
    import tracemalloc

    from mtqa.compare import ConsensusEntries, SystemStats

    tracemalloc.start()
    try:
        stats, entries = SystemStats("a", "a.jsonl"), ConsensusEntries()
        for k in range(segments):
            stats.read.append(3.0 + k, 20 + k % 7, 4.5 + k, k % 3 > 0)
            entries.append([(100_000 + k, 0, 20 + k % 7)])
        gc.collect()
        return tracemalloc.get_traced_memory()[0] / segments
    finally:
        tracemalloc.stop()


def test_a_run_of_one_segment_documents_holds_a_few_bytes_per_segment_until_every_system_is_in():
    """A list of four numbers per document and a list of tuples per document held some 310 bytes per
    one-segment document (a .jsonl without ``doc``) to the end of the run; flat arrays hold about 60."""
    assert _bytes_held_per_segment(20_000) < 80
