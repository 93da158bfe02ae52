"""mtqa against the hand-written gold annotation of the user's sample.

The gold (corpora/seed/article.gold.tsv) was written by reading the article;
the code has to reach it by itself. An issue matches a gold defect when it is
on the same line and the spans overlap. The floors rise as check families land.
"""
from __future__ import annotations

import csv

import pytest

from mtqa.api import check_texts
from mtqa.context import Context

from conftest import SEED

RECALL_FLOOR = 0.9
PRECISION_FLOOR = 1.0
# Every family that can be seen without the full French source must be found
# in full; "mistranslation" and "false-friend" need the source sentence.
REQUIRED_FAMILIES = {
    "duplication", "source-text", "transliteration", "honorific", "glued",
    "number-format", "case", "non-word", "punctuation", "calque",
}
REQUIRED_SPANS = {(3, "duplication"), (19, "source-text")}


def load_gold():
    lines = (SEED / "article.en.txt").read_text(encoding="utf-8").split("\n")
    rows = []
    with open(SEED / "article.gold.tsv", encoding="utf-8") as f:
        reader = csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t")
        for row in reader:
            line = int(row["line"])
            start = lines[line - 1].index(row["text"])
            rows.append({**row, "line": line, "start": start, "end": start + len(row["text"])})
    return rows


@pytest.fixture(scope="module")
def seed_run():
    title = (SEED / "article.fr-title.txt").read_text(encoding="utf-8").strip()
    text = (SEED / "article.en.txt").read_text(encoding="utf-8")
    return check_texts(text, title=title, ctx=Context()).issues, load_gold()


def _overlap(issue, gold):
    return issue.line == gold["line"] and issue.start < gold["end"] and gold["start"] < issue.end


def test_gold_spans_exist():
    assert len(load_gold()) >= 30


SUGGESTIONS = {
    "Ioulia Peressild": "Yulia Peresild", "Chipenko": "Shipenko", "Dmitri Rogozine": "Dmitry Rogozin",
    "Iouri": "Yuri", "Baikonour": "Baikonur", "Novitski": "Novitsky", "Chkaplerov": "Shkaplerov",
    "3.000": "3,000", "AgencyRussian": "Agency Russian", "cosmonaut.Two": "cosmonaut. Two", "earth": "Earth",
    "Cosmonaut": "cosmonaut", "in the space": "in space", "M.Rogozine": "Mr Rogozin", "D'Elon": "of Elon",
}


def test_suggestions(seed_run):
    """Each flagged span of these kinds carries the English form as its suggestion."""
    issues, _ = seed_run
    seen = set()
    for issue in issues:
        if issue.text in SUGGESTIONS:
            assert issue.suggestion == SUGGESTIONS[issue.text], (issue.code, issue.line, issue.text, issue.suggestion)
            seen.add(issue.text)
    assert seen == set(SUGGESTIONS)


def test_precision_and_recall_floor(seed_run):
    issues, gold = seed_run
    false = [i for i in issues if not any(_overlap(i, g) for g in gold)]
    found = [g for g in gold if any(_overlap(i, g) for i in issues)]
    precision = 1 - len(false) / max(len(issues), 1)
    recall = len(found) / len(gold)
    assert precision >= PRECISION_FLOOR, [(i.code, i.line, i.text) for i in false]
    assert recall >= RECALL_FLOOR, f"recall {recall:.2f}"


def test_required_defects_found(seed_run):
    issues, gold = seed_run
    for line, family in sorted(REQUIRED_SPANS):
        g = next(g for g in gold if g["line"] == line and g["family"] == family)
        assert any(_overlap(i, g) for i in issues), f"missed {family} on line {line}"
    for family in REQUIRED_FAMILIES:
        rows = [g for g in gold if g["family"] == family]
        missed = [g for g in rows if not any(_overlap(i, g) for i in issues)]
        assert not missed, f"missed {family}: {[(g['line'], g['text']) for g in missed]}"
