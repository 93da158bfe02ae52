"""One pipeline: a serial run, ``--workers 2`` and a Dask cluster give the same bytes, through the CLI.

Every reader and reading option that a parallel run could get wrong is run
three ways as a user would run it (a real ``mtqa check`` process): records
with inline suppression markers, ``ignore`` fields and references, records
and CSV rows mapped with ``--columns``, a feed pair with a reference feed,
plain text with a source, a reference and an end-of-line marker, plain text
with only a source title, several targets finding their sources by name,
and a refused option (``--reference`` on
``.jsonl``), whose one-line error and exit code must match too.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"

_PLACES = ["Rennes", "Nantes", "Brest", "Lorient", "Vannes", "Quimper"]


def _records(path: Path) -> None:
    """Sixty short news items, enough segments for more than one batch, with markers and references."""
    with open(path, "w", encoding="utf-8") as out:
        for d in range(60):
            place = _PLACES[d % len(_PLACES)]
            rows = [
                (f"Le marché de {place} ouvre dimanche", f"The market in {place} opens on Sunday"),
                (f"Plus de {d + 2} 000 visiteurs sont attendus.", f"More than {d + 2}.000 visitors are expected."),
                ("Les stands ouvrent à 8 heures.", "The stalls open at 8 am."),
                ("Le maire a salué les bénévoles.", "The mayor praised the volunteers."),
                (f"L'entrée coûte {d % 7 + 1} euros.", f"Entry costs {d % 7 + 1} euros."),
                ("La pluie est annoncée pour lundi.", "Rain is forecast for Monday."),
                ("Le parking sera gratuit.", "Parking will be free."),
                ("Les enfants entrent sans payer.", "Children get in free of charge."),
            ]
            for k, (fr, en) in enumerate(rows):
                record = {"doc": f"market-{d}", "id": f"{d}.{k}", "source": fr, "target": en}
                if k == 1 and d % 3 == 0:
                    record["target"] = en + "  # mtqa: ignore=L102"  # the inline marker
                if k == 1 and d % 3 == 1:
                    record["ignore"] = "L1"  # the field
                if d % 4 == 0:
                    record["reference"] = en.replace("Entry", "Admission")
                out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _mapped(path: Path) -> None:
    """The same kind of records, their fields named otherwise (``--columns``)."""
    with open(path, "w", encoding="utf-8") as out:
        for d in range(50):
            for k in range(9):
                en = f"Item {d} says {k + 1}.500 tonnes were shipped." if k == 2 else f"Line {k} of story {d} is here."
                if k == 2 and d % 2:
                    en += " <!-- mtqa: ignore=L102 -->"
                out.write(json.dumps({"story": f"s{d}", "fr": f"Ligne {k} du sujet {d}.", "en": en}) + "\n")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("equivalence")
    _records(tmp / "records.jsonl")
    _mapped(tmp / "mapped.jsonl")
    article = (ROOT / "corpora" / "clean" / "article.en.txt").read_text(encoding="utf-8").rstrip("\n")
    (tmp / "marked.en.txt").write_text(article + " Il y a 3.000 places.  # mtqa: ignore=L102\n", encoding="utf-8")
    return tmp


@pytest.fixture(scope="module")
def scheduler():
    distributed = pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp://",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        yield cluster.scheduler_address


CASES = {
    "jsonl-markers-references": ["{tmp}/records.jsonl"],
    "jsonl-columns": ["{tmp}/mapped.jsonl", "--columns", "doc=story,source=fr,target=en"],
    "csv-columns": [str(FIXTURES / "tabular" / "titles.csv"),
                    "--columns", "source=title_fr,target=title_en,id=guid,ignore=ignore"],
    "tsv-items": [str(FIXTURES / "tabular" / "items.tsv")],
    "feed-source-reference": ["corpora/feeds/actu.en.xml", "--source", "corpora/feeds/actu.fr.xml",
                              "--reference", "corpora/feeds/actu.en.xml"],
    "text-source-reference-marker": ["{tmp}/marked.en.txt", "--source", "corpora/clean/article.fr.txt",
                                     "--reference", "corpora/clean/article.en.txt"],
    "text-source-title": ["corpora/seed/article.en.txt", "--source-title",
                          (ROOT / "corpora" / "seed" / "article.fr-title.txt").read_text(encoding="utf-8").strip()],
    "several-targets-sources-by-name": ["corpora/clean/article.en.txt", "corpora/seed/article.en.txt"],
    "jsonl-preview-checks-and-adequacy": ["{tmp}/records.jsonl", "--preview"],
    "jsonl-reference-refused": ["{tmp}/records.jsonl", "--reference", "corpora/clean/article.en.txt"],
}


def _mtqa(args: list[str], cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "mtqa", "check", *args], cwd=cwd, env=env,
                          capture_output=True, timeout=300)


@pytest.mark.parametrize("case", sorted(CASES))
def test_serial_workers_and_dask_write_the_same_bytes(case, inputs, scheduler):
    args = [a.format(tmp=inputs) for a in CASES[case]] + ["--format", "json"]
    serial = _mtqa(args)
    assert serial.returncode in (0, 1, 2), serial.stderr
    for extra in (["--workers", "2"], ["--scheduler", scheduler]):
        other = _mtqa(args + extra)
        assert (other.returncode, other.stderr) == (serial.returncode, serial.stderr), extra
        assert other.stdout == serial.stdout, extra
    if case == "jsonl-reference-refused":
        assert serial.returncode == 2 and b"--reference does not apply to jsonl input" in serial.stderr
        return
    docs = json.loads(serial.stdout)["documents"]
    assert docs, case
    if case == "jsonl-markers-references":  # what the three divergences of issue 11 were about
        assert docs[0]["meta"]["ignore"] == ["L102"] and docs[1]["meta"]["ignore"] == ["L1"]
        assert not any(i["code"] == "L102" for i in docs[0]["issues"] + docs[1]["issues"])
        assert any(i["code"] == "L102" for i in docs[2]["issues"])  # no marker there: still flagged
        assert docs[0]["metrics"]["chrf"] is not None
    if case == "jsonl-preview-checks-and-adequacy":  # the meaning checks' alignment gives each segment its estimate
        assert all("adequacy" in seg for seg in docs[0]["segments"])
    if case == "jsonl-columns":
        assert len(docs) == 50 and docs[1]["meta"]["ignore"] == ["L102"]


def test_relative_paths_work_on_a_cluster(inputs, scheduler):
    """Cluster workers run in another directory: nothing they need may be a path relative to the parent's."""
    (inputs / "terms.tsv").write_bytes((FIXTURES / "glossary" / "glossary.tsv").read_bytes())
    (inputs / "mtqa.toml").write_text('glossary = "terms.tsv"\n', encoding="utf-8")
    assert Path.cwd() != inputs  # the cluster's workers (in this process) do not share the CLI's directory
    args = ["records.jsonl", "--config", "mtqa.toml", "--format", "json"]
    serial, on_dask = _mtqa(args, inputs), _mtqa(args + ["--scheduler", scheduler], inputs)
    assert serial.returncode in (0, 1), serial.stderr
    assert (on_dask.returncode, on_dask.stderr, on_dask.stdout) == (serial.returncode, serial.stderr, serial.stdout)
