"""The row counts mtqa/data/lexmodel/SOURCES.md states for a built table are the shipped file's: a builder run
again (a row dropped, stems added) must not leave the description saying another number."""
from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest

LEXMODEL = Path(__file__).resolve().parents[1] / "mtqa" / "data" / "lexmodel"


def _row(name: str) -> str:
    return next(line for line in (LEXMODEL / "SOURCES.md").read_text(encoding="utf-8").splitlines()
                if line.startswith(f"| `{name}` |"))


def _lines(name: str) -> list[str]:
    path = LEXMODEL / name
    raw = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
    return [line for line in raw.decode("utf-8").splitlines() if line and not line.startswith("#")]


@pytest.mark.parametrize("name, said, kinds", [
    ("of_measures.fr-en.tsv", r"\((\d+) rows:", ("M", "T")),
    ("reflexives.en.tsv.gz", r"\((\d+) stems:", ("S",)),
    ("noun_compounds.en.tsv.gz", r"\((\d+) compounds,", ("W",)),
    ("noun_compounds.en.tsv.gz", r"(\d+) nouns of matter,", ("M",)),
    ("noun_compounds.en.tsv.gz", r"(\d+) measure heads:", ("P",)),
])
def test_the_stated_count_is_the_shipped_file_s(name, said, kinds):
    stated = re.search(said, _row(name))
    assert stated, _row(name)[:200]
    assert int(stated[1]) == sum(line.split("\t", 1)[0] in kinds for line in _lines(name))


def test_the_measure_row_names_both_hedge_lists_the_builder_reads():
    row = _row("of_measures.fr-en.tsv")
    assert "`ambiguous_scale_amount_hedges`" in row and "`range_approximators`" in row
