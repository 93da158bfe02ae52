"""A505's, T203's, A501's and F501's data in a ``$MTQA_DATA`` folder: a faulty frames.toml, learned frames table,
acronym scope table or inflection.toml ends the run with one line naming the file (and line), exit 2, not an internal
error; a day renamed in a numbers/<lang>.toml copy reaches the false-friend lexicon's cached keys. Sentences written
for these tests."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "mtqa" / "data"
SOURCE = "Le pays a connu une grave crise financière en 2009."
TARGET = "The country has known a serious financial crisis in 2009."


def _run(tmp_path: Path, folder: Path, code: str = "A505", source: str = SOURCE,
         target: str = TARGET, cache: Path | None = None) -> subprocess.CompletedProcess:
    doc = tmp_path / "doc.jsonl"
    doc.write_text(json.dumps({"source": source, "target": target}) + "\n", encoding="utf-8")
    env = {**os.environ, "MTQA_DATA": str(folder), **({"MTQA_CACHE_DIR": str(cache)} if cache else {})}
    env.pop("MTQA_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "mtqa", "check", str(doc), "--format", "json", "--select", code],
                          capture_output=True, text=True, env=env, timeout=120)


def _copy_with(tmp_path: Path, name: str, old: str, new: str) -> tuple[Path, Path]:
    """A data folder holding a copy of the shipped file ``name`` with ``old`` (which it must hold) made ``new``:
    (the folder, the copy)."""
    folder = tmp_path / "data"
    folder.mkdir()
    text = (DATA / name).read_text(encoding="utf-8")
    assert old in text
    bad = folder / name
    bad.write_text(text.replace(old, new), encoding="utf-8")
    return folder, bad


def _one_line(result: subprocess.CompletedProcess, where: str) -> str:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "internal error" not in lines[0] and "Traceback" not in result.stderr, result.stderr
    assert where in lines[0], lines[0]
    return lines[0]


def test_the_shipped_frames_flag_the_test_sentence(tmp_path):
    result = _run(tmp_path, tmp_path / "empty")
    assert result.returncode == 1, result.stderr
    assert "A505" in result.stdout


def test_a_frame_pattern_that_does_not_compile_names_the_file(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    text = (DATA / "frames.toml").read_text(encoding="utf-8")
    marker = "(?P<verb>"
    assert marker in text
    bad = folder / "frames.toml"
    bad.write_text(text.replace(marker, "(?P<verb", 1), encoding="utf-8")
    assert "regular expression does not compile" in _one_line(_run(tmp_path, folder), f"{bad}:")


def test_a_learned_row_of_another_shape_names_the_file_and_line(tmp_path):
    folder = tmp_path / "data"
    (folder / "lexmodel").mkdir(parents=True)
    lines = (DATA / "lexmodel" / "frames.fr-en.tsv").read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("S\t"))
    lines[first] = "\t".join(lines[first].split("\t")[:4])
    bad = folder / "lexmodel" / "frames.fr-en.tsv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert "tab-separated fields" in _one_line(_run(tmp_path, folder), f"{bad}:{first + 1}:")


# a body the acronym_bodies table does not know, so the check reads the scope table
ACRONYM_SOURCE = ("Îles\n\nLa Commission de l'océan Indien (COI) s'est réunie vendredi à Port-Louis."
                  "\n\nLa COI a publié un communiqué.")
ACRONYM_TARGET = ("Islands\n\nThe Indian Ocean Commission (COI) met in Port Louis on Friday."
                  "\n\nThe COI issued a statement.")


def test_a_row_of_the_bodies_table_without_its_english_acronym_names_the_file(tmp_path):
    folder = tmp_path / "data"
    (folder / "names").mkdir(parents=True)
    text = (DATA / "names" / "acronym_bodies.fr-en.tsv").read_text(encoding="utf-8")
    assert "\tGCC\t" in text
    bad = folder / "names" / "acronym_bodies.fr-en.tsv"
    bad.write_text(text.replace("\tGCC\t", "\t\t", 1), encoding="utf-8")
    source = "Sommet\n\nLes dirigeants du Conseil de coopération du Golfe (CCG) se sont réunis à Doha."
    target = "Summit\n\nThe leaders of the Gulf Cooperation Council (CCG) met in Doha."
    assert "english acronym" in _one_line(_run(tmp_path, folder, "T203", source, target), f"{bad}:")


def test_a_scope_the_acronym_check_does_not_know_names_the_file(tmp_path):
    folder = tmp_path / "data"
    (folder / "names").mkdir(parents=True)
    text = (DATA / "names" / "acronym_scope.fr-en.tsv").read_text(encoding="utf-8")
    assert "\tbeyond\n" in text
    bad = folder / "names" / "acronym_scope.fr-en.tsv"
    bad.write_text(text.replace("\tbeyond\n", "\tbeyon\n", 1), encoding="utf-8")
    assert "'beyon'" in _one_line(_run(tmp_path, folder, "T203", ACRONYM_SOURCE, ACRONYM_TARGET), f"{bad}:")


def test_a_misspelt_placeholder_in_a_lexicon_copy_names_the_file(tmp_path):
    folder, bad = _copy_with(tmp_path, "false_friends.toml", "{{CALENDAR:en}}", "{{CALENDAR:EN}}")
    result = _run(tmp_path, folder, "A501", "Les dirigeants se sont réunis au palais Akorda.",
                  "The leaders met at the palace Akorda.")
    assert "unknown placeholder '{{CALENDAR:EN}}'" in _one_line(result, f"{bad}:")


CALENDAR_ENTRY = """[[entry]]
id = "weekday-test"
kind = "false friend"
source = '\\blundi\\b'
target = '\\bon\\s+(?P<trap>{{CALENDAR:en}})\\b'
suggestion = "Monday"
note = "a test entry: the English weekday of « lundi »"
"""


def test_a_month_or_day_renamed_in_a_copy_rebuilds_the_lexicon_s_cached_keys(tmp_path):
    # the lexicon's keys (the screen) are read from its patterns after {{CALENDAR:en}} is expanded from
    # numbers/en.toml: renaming a day in a copy must change the answer, not serve the keys cached before
    folder = tmp_path / "data"
    (folder / "numbers").mkdir(parents=True)
    (folder / "false_friends.toml").write_text(CALENDAR_ENTRY, encoding="utf-8")
    numbers = folder / "numbers" / "en.toml"
    shipped = (DATA / "numbers" / "en.toml").read_text(encoding="utf-8")
    assert "\nmonday = 1\n" in shipped
    cache = tmp_path / "cache"

    def flagged() -> bool:
        result = _run(tmp_path, folder, "A501", "La réunion aura lieu lundi.", "The meeting is on Moonday.", cache)
        assert result.returncode in (0, 1), result.stderr
        return "weekday-test" in result.stdout or "Moonday" in result.stdout

    numbers.write_text(shipped, encoding="utf-8")
    assert not flagged()
    numbers.write_text(shipped.replace("\nmonday = 1\n", "\nmoonday = 1\n"), encoding="utf-8")
    assert flagged()


def test_a_suffix_rule_of_another_shape_in_an_inflection_copy_names_the_file(tmp_path):
    # English verb inflection (data/inflection.toml, F501's -ing suggestion and the false friends' forms)
    folder, bad = _copy_with(tmp_path, "inflection.toml", '["e", "ing", 3]', '["e", "ing"]')
    result = _run(tmp_path, folder, "F501", "Le directeur a évité de dire au revoir.",
                  "The director avoided to say goodbye.")
    assert "least length" in _one_line(result, f"{bad}:")


def test_an_agreeing_row_of_another_shape_in_an_inflection_copy_names_the_file(tmp_path):
    # stop 66: the forms of "be" that agree with their subject (data/inflection.toml [en.agreeing])
    folder, bad = _copy_with(tmp_path, "inflection.toml", '"p" = ["are", "were"]', '"p" = "are"')
    result = _run(tmp_path, folder, "A501", "Les pays font partie de l'Union.", "The countries make part of the Union.")
    assert "agreeing" in _one_line(result, f"{bad}:")


def test_an_agreeing_row_without_its_third_person_in_an_inflection_copy_names_the_file(tmp_path):
    # fx66b: "3s" is the form of a person a row leaves out; a row without it was an internal error
    folder, bad = _copy_with(tmp_path, "inflection.toml",
                             'be = { "1s" = ["am", "was"], "3s" = ["is", "was"], "p" = ["are", "were"] }',
                             'be = { "1s" = ["am", "was"] }')
    result = _run(tmp_path, folder, "A501", "Les pays font partie de l'Union.", "The countries make part of the Union.")
    assert "3s" in _one_line(result, f"{bad}:")


def test_an_unless_window_that_is_no_number_in_a_lexicon_copy_names_the_file(tmp_path):
    # stop 66: the words either side of a trap where its exceptions are read (false_friends.toml)
    folder, bad = _copy_with(tmp_path, "false_friends.toml", 'id = "spatial"\n', 'id = "spatial"\nunless_window = "near"\n')
    result = _run(tmp_path, folder, "A501", "La Pologne a rejoint l'Agence spatiale européenne.",
                  "Poland joined the European Spatial Agency.")
    assert "unless_window" in _one_line(result, f"{bad}:")


@pytest.mark.parametrize("old, new", [
    ("{{QUOTE_CLOSE:en}}", "{{QUOTE_CLOSE:xx}}"),  # no profile, no marks: the frame would match nothing
    ("{{SPEECH_CLOSE:en}}", "{{SPEECH_CLOSE:xx}}"),
    ("{{REPORTING_INVERTED:en}}", "{{REPORTING_INVERTED:de}}"),  # a profile, but no reporting counts
    ("{{UNINVERTED_REPORTING:en}}", "{{UNINVERTED_REPORTING:de}}"),
])
def test_a_placeholder_naming_a_language_without_its_data_names_the_placeholder_and_the_lexicon(tmp_path, old, new):
    folder, bad = _copy_with(tmp_path, "false_friends.toml", old, new)
    result = _run(tmp_path, folder, "A501", "« C'est fini », a confié le skipper.", "\"It is over,\" confided the skipper.")
    assert new in _one_line(result, f"{bad}")


QUOTE_ENTRY = """[[entry]]
id = "quoted-test"
kind = "false friend"
source = '\\bzorg\\b'
target = '(?P<trap>{{QUOTE_OPEN:en}}zorg{{QUOTE_CLOSE:en}})'
suggestion = "zorg"
note = "a test entry: a word read only between the profile's quotation marks"
"""


def test_quotation_marks_changed_in_a_profile_copy_rebuild_the_lexicon_s_cached_keys(tmp_path):
    # {{QUOTE_OPEN:en}} is expanded from langs/en.toml's quotation_marks: a copy whose marks change must change
    # the answer on a warm cache, as a cold one gives it, not serve the patterns compiled before
    folder = tmp_path / "data"
    (folder / "langs").mkdir(parents=True)
    (folder / "false_friends.toml").write_text(QUOTE_ENTRY, encoding="utf-8")
    shipped = (DATA / "langs" / "en.toml").read_text(encoding="utf-8")
    curly = 'quotation_marks.opening = ["\\"", "“", "«"]\nquotation_marks.closing = ["\\"", "”", "»"]\n'
    straight = 'quotation_marks.opening = ["\\""]\nquotation_marks.closing = ["\\""]\n'
    assert curly in shipped
    profile = folder / "langs" / "en.toml"
    cache = tmp_path / "cache"

    def flagged() -> bool:
        result = _run(tmp_path, folder, "A501", "Il a dit zorg deux fois.", "He said “zorg” twice.", cache)
        assert result.returncode in (0, 1), result.stderr
        return "read only between the profile" in result.stdout  # the entry's note, its message

    profile.write_text(shipped.replace(curly, straight), encoding="utf-8")
    assert not flagged()
    profile.write_text(shipped, encoding="utf-8")
    assert flagged()


@pytest.mark.parametrize("old, new", [("AMA\tWADA\tno\tnamed", "AMA\tWADA\tno\tnmaed"),
                                      ("OTAN\tNATO\tyes\tno", "OTAN\tNATO\tYes\tno")])
def test_an_acronym_row_s_misspelt_flag_names_the_file_and_line(tmp_path, old, new):
    """md76f: T202's ``source`` (no, yes, named) and ``titlecase`` (yes, no) values are checked; a misspelt "named"
    was read as "no" and flagged another body's letters wherever they stood."""
    folder = tmp_path / "data"
    (folder / "names").mkdir(parents=True)
    text = (DATA / "names" / "acronyms.fr-en.tsv").read_text(encoding="utf-8")
    assert old in text
    (folder / "names" / "acronyms.fr-en.tsv").write_text(text.replace(old, new), encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith(old))
    result = _run(tmp_path, folder, "T202", "L'OTAN se réunit.", "The OTAN meets.")
    _one_line(result, f"acronyms.fr-en.tsv:{line}")
