"""bench/articles.py: gold spans found on their lines, recall per family, false alarms, and a gold row that does
not point at its text refused with one line (exit 2) rather than counted."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))
import articles  # noqa: E402

SOURCE = ("La ministre a visité Moscou mardi.\n\n"
          "Elle a rencontré 3 000 agriculteurs dans la région.\n")
TARGET = ("The minister visited Moscou on Tuesday.\n\n"
          "She met 3.000 farmers in the region.\n")
CLEAN = ("The minister visited Moscow on Tuesday.\n\n"
         "She met 3,000 farmers in the region.\n")
GOLD = ("# split: held-out\n"
        "line\ttext\tcategory\tfamily\texpected\tnote\n"
        "1\tMoscou\tterminology\texonym\tMoscow\t\n"
        "3\t3.000\tlocale-convention\tnumber-format\t3,000\t\n"
        "3\tfarmers in the region\taccuracy\tinvented\t\ta span no check can see\n")


def write(folder: Path, gold: str = GOLD, clean: str = CLEAN) -> Path:
    folder.mkdir(parents=True)
    (folder / "source.fr.txt").write_text(SOURCE, encoding="utf-8")
    (folder / "target.en.txt").write_text(TARGET, encoding="utf-8")
    (folder / "gold.tsv").write_text(gold, encoding="utf-8")
    (folder / "clean.en.txt").write_text(clean, encoding="utf-8")
    return folder


def test_gold_rows_are_placed_on_their_line(tmp_path):
    folder = write(tmp_path / "a")
    split, rows = articles.read_gold(folder, TARGET.split("\n"))
    assert split == "held-out"
    assert [(r["line"], r["start"], r["end"], r["family"]) for r in rows] == [
        (1, 21, 27, "exonym"), (3, 8, 13, "number-format"), (3, 14, 35, "invented")]


def test_report_counts_recall_per_family_and_clean_flags(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(articles, "OUT", tmp_path / "out")
    write(tmp_path / "arts" / "a")
    assert articles.main(["--dir", str(tmp_path / "arts"), "--tag", "t"]) == 0
    out = capsys.readouterr().out
    assert "3 gold defects" in out
    assert any(line.split()[:4] == ["exonym", "1", "1", "1.00"] for line in out.splitlines())
    assert any(line.split()[:4] == ["invented", "1", "0", "0.00"] for line in out.splitlines())
    assert "clean translations: 1, flags on them: 0" in out
    misses = (tmp_path / "out" / "articles.t.misses.tsv").read_text(encoding="utf-8").splitlines()
    assert len(misses) == 2 and "farmers in the region" in misses[1]


def test_split_filter(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(articles, "OUT", tmp_path / "out")
    write(tmp_path / "arts" / "a")
    assert articles.main(["--dir", str(tmp_path / "arts"), "--split", "calibration"]) == 0
    assert "no calibration articles among 1" in capsys.readouterr().out


def test_a_gold_row_off_its_line_exits_2(tmp_path):
    write(tmp_path / "a", gold=GOLD.replace("1\tMoscou", "3\tMoscou"))
    run = subprocess.run([sys.executable, str(BENCH / "articles.py"), "--dir", str(tmp_path / "a")],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr and "'Moscou' is not on line 3" in run.stderr


@pytest.mark.parametrize("folder", articles.articles([BENCH / "articles"]), ids=lambda p: p.name)
def test_shipped_articles_gold_points_at_text(folder):
    """Every shipped article's gold rows find their text (a typo would silently drop a defect from recall)."""
    target = (folder / "target.en.txt").read_text(encoding="utf-8")
    split, rows = articles.read_gold(folder, target.split("\n"))
    assert split in ("calibration", "held-out") and rows
    assert (folder / "source.fr.txt").exists()


def test_an_issue_covers_the_row_it_shares_most_of():
    """One flag never counts for two defects: ``Poutine`` goes to the transliteration row, not the honorific row
    ``M.Poutine`` around it, whatever the rows' order."""
    class Flag:
        line, start, end = 1, 2, 9
    rows = [{"line": 1, "start": 0, "end": 9, "family": "honorific"},
            {"line": 1, "start": 2, "end": 9, "family": "transliteration"}]
    flag = Flag()
    assert articles.assign([flag], rows) == {1: [flag]}
    assert articles.assign([flag], rows[::-1]) == {0: [flag]}
    assert articles.assign([Flag()], [{"line": 2, "start": 0, "end": 9}]) == {}


def test_an_issue_goes_first_to_the_row_it_is_anchored_on():
    """A quotation-mark issue spans the whole « … » quotation: it covers the « row it starts on, not a wrongly
    rendered phrase inside the quotation that it happens to share more characters with."""
    class Flag:
        line, start, end = 5, 0, 60
    rows = [{"line": 5, "start": 0, "end": 1, "family": "typography"},
            {"line": 5, "start": 20, "end": 37, "family": "mistranslation"},
            {"line": 5, "start": 59, "end": 60, "family": "typography"}]
    flag = Flag()
    assert articles.assign([flag], rows) == {0: [flag]}
    assert articles.assign([flag], rows[1:]) == {1: [flag]}  # anchored on the closing mark too


def test_an_issue_whose_fix_rewrites_both_ends_covers_both_rows():
    """« contests firmly » flagged whole, with the suggestion "contests firmly": the gold's « row and » row are
    both fixed by it. A calque issue whose suggestion moves a clause but keeps the words of the row at its other
    end ("reacted" still written) covers only the row it is anchored on, and so does an issue over a row of
    another family."""
    class Flag:
        line, start, end = 7, 10, 29
        text, suggestion = "« contests firmly »", '"contests firmly"'
    rows = [{"line": 7, "start": 10, "end": 11, "family": "typography", "text": "«"},
            {"line": 7, "start": 12, "end": 27, "family": "word-order", "text": "contests firmly"},
            {"line": 7, "start": 28, "end": 29, "family": "typography", "text": "»"}]
    flag = Flag()
    assert articles.assign([flag], rows) == {0: [flag], 2: [flag]}
    other = [dict(rows[0]), dict(rows[2], family="punctuation")]
    assert articles.assign([flag], other) == {0: [flag]}

    class Moved:
        line, start, end = 3, 0, 30
        text, suggestion = "reacted the mayor of the town", "the mayor of the town reacted"
    rows = [{"line": 3, "start": 0, "end": 7, "family": "calque", "text": "reacted"},
            {"line": 3, "start": 8, "end": 30, "family": "calque", "text": "the mayor of the town"}]
    moved = Moved()
    assert articles.assign([moved], rows) == {1: [moved]}
