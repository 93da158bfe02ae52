"""The accuracy checks on the user's sample article: the three defects, nothing else."""
from __future__ import annotations

import csv

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from tests.conftest import SEED

ACCURACY = ("A1", "A2", "A3", "A4")


def _run(title: bool = True):
    text = (SEED / "article.en.txt").read_text(encoding="utf-8")
    source_title = (SEED / "article.fr-title.txt").read_text(encoding="utf-8").strip() if title else None
    return check_texts(text, title=source_title, ctx=Context(Config(select=ACCURACY))).issues


def _gold():
    with open(SEED / "article.gold.tsv", encoding="utf-8") as f:
        return list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"))


def test_seed_with_source_title():
    lines = (SEED / "article.en.txt").read_text(encoding="utf-8").split("\n")
    issues = _run()
    got = [(i.code, i.line, i.start, i.end, i.text) for i in issues]
    assert got == [
        ("A101", 3, 0, len(lines[2]), lines[2]),
        ("A204", 19, 0, len(lines[18]), lines[18]),
        ("A203", 27, lines[26].index("D'Elon"), lines[26].index("D'Elon") + 6, "D'Elon"),
    ]
    assert issues[2].suggestion == "of Elon"


def test_seed_issues_all_in_gold():
    gold = {(int(g["line"]), g["text"]) for g in _gold()}
    for issue in _run():
        assert any(line == issue.line and (text in issue.text or issue.text in text) for line, text in gold), issue


def test_seed_without_title_still_finds_the_french_headline():
    got = [(i.code, i.line) for i in _run(title=False)]
    assert got == [("A101", 3), ("A201", 19), ("A203", 27)]
