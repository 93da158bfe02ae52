"""bench/build_first_names.py: which given names of the French dictionary join the first-name table."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))
import build_first_names  # noqa: E402


def _screens():
    from mtqa.langs import fold, freedict, language, language_pair

    fr, en = language("fr"), language("en")
    db = freedict.database(freedict.pair_name("fr", "en"))
    if not (fr.has_dictionary and en.has_dictionary and db is not None):
        pytest.skip("needs the French and English Hunspell dictionaries and FreeDict French-English")
    pair = language_pair("fr", "en")
    return fr, en, {"exonym": {fold(r["french"]).casefold() for r in pair.table("exonyms")},
                    "regnal": set(pair.regnal_names), "freedict": db}


@pytest.mark.parametrize("name,why", [
    ("Summer", "common"),      # a month's season, an English common word
    ("Constance", "common"),   # French common noun (constancy)
    ("Jo", "short"),
    ("June", "date"),          # a month's name
    ("YHWH", "shape"),         # not written as a given name is
    ("Hérodote", "exonym"),    # a figure English writes Herodotus (exonym table)
    ("Zeus", "dictionary"),    # FreeDict lists the god: a figure named alone
    ("Anne-Sophie", ""),       # a compound is read whole, not as anne + sophie
    ("Gwenaëlle", ""),
])
def test_screens(name, why):
    fr, en, screens = _screens()
    assert build_first_names.reason_left_out(name, fr, en, screens) == why


def test_hand_rows_are_kept_and_the_written_part_replaced(tmp_path, monkeypatch):
    table = tmp_path / "first_names.tsv"
    table.write_text("# hand comment\nname\nAlain\n\n" + build_first_names.MARKER + "\n# old note\nOld\n", encoding="utf-8")
    monkeypatch.setattr(build_first_names, "TABLE", table)
    text = build_first_names.render(["Gwenaëlle", "Yannick"], 10)
    assert text.startswith("# hand comment\nname\nAlain\n" + build_first_names.MARKER + "\n")
    assert text.endswith("\nGwenaëlle\nYannick\n") and "Old" not in text
    table.write_text(text, encoding="utf-8")
    assert build_first_names.render(["Gwenaëlle", "Yannick"], 10) == text  # written again: the same file


def test_every_written_row_passes_the_screens():
    fr, en, screens = _screens()
    text = build_first_names.TABLE.read_text(encoding="utf-8")
    rows = [line for line in text.split(build_first_names.MARKER, 1)[1].splitlines() if line and not line.startswith("#")]
    assert len(rows) > 1000
    tagged = fr.dictionary_first_names
    from mtqa.langs import fold

    assert all(fold(n) in tagged and build_first_names.reason_left_out(n, fr, en, screens) == "" for n in rows)
