"""A faulty language data file in a ``$MTQA_DATA`` folder ends the run with one line naming the file.

Users correct or extend mtqa's language knowledge by putting their own copy of a data file in a
``$MTQA_DATA`` folder. A typo there (a bracket left open in a pattern, a misspelt key, a row with
one tab too many) is the user's input: it must read ``path[:line]: what is wrong`` with exit code 2,
like a bad input file, not "internal error" with a Python exception's name.

Each case runs the CLI in a fresh process, so no table built from the package's own files is reused.
"""
from __future__ import annotations

import fnmatch
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "mtqa" / "data"


def _run(tmp_path: Path, folder: Path, source: str, target: str) -> subprocess.CompletedProcess:
    doc = tmp_path / "doc.jsonl"
    doc.write_text(json.dumps({"source": source, "target": target}) + "\n", encoding="utf-8")
    env = {**os.environ, "MTQA_DATA": str(folder)}
    env.pop("MTQA_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "mtqa", "check", str(doc), "--format", "json"],
                          capture_output=True, text=True, env=env, timeout=120)


def _one_line_naming(result: subprocess.CompletedProcess, path: Path, line: int | None = None) -> str:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "internal error" not in lines[0] and "Traceback" not in result.stderr
    where = f"{path}:{line}:" if line else f"{path}:"
    assert where in lines[0], lines[0]
    assert result.stdout == ""
    return lines[0]


def test_invalid_toml_names_the_file_and_line(tmp_path):
    folder = tmp_path / "data"
    (folder / "langs").mkdir(parents=True)
    text = (DATA / "langs" / "fr.toml").read_text(encoding="utf-8")
    bad = folder / "langs" / "fr.toml"
    bad.write_text("# my corrections\nname = \"French\n" + text, encoding="utf-8")
    result = _run(tmp_path, folder, "Le ministre est venu.", "The minister came.")
    assert "not valid TOML" in _one_line_naming(result, bad, 2)


def test_a_pattern_that_does_not_compile_names_the_file(tmp_path):
    folder = tmp_path / "data"
    (folder / "pairs").mkdir(parents=True)
    text = (DATA / "pairs" / "fr-en.toml").read_text(encoding="utf-8")
    good = "['\\b4 nages\\b'"
    assert good in text
    bad = folder / "pairs" / "fr-en.toml"
    bad.write_text(text.replace(good, "['\\b4 (nages\\b'"), encoding="utf-8")
    # a figure of the source missing from the target: the number idioms are read to excuse it
    result = _run(tmp_path, folder, "Elle a gagné le 4 nages en 3 minutes.", "She won the medley in 3 minutes.")
    message = _one_line_naming(result, bad)
    assert "regular expression does not compile" in message and "4 (nages" in message


def test_a_missing_key_names_the_file(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    text = (DATA / "false_friends.toml").read_text(encoding="utf-8")
    first = text.index("\ntarget = ")
    bad = folder / "false_friends.toml"
    bad.write_text(text[:first] + "\ntargets = " + text[first + len("\ntarget = "):], encoding="utf-8")
    result = _run(tmp_path, folder, "Il a eu une attitude très sensible.", "He had a very sensible attitude.")
    assert "missing key 'target'" in _one_line_naming(result, bad)


def test_an_unknown_kind_of_false_friend_names_the_file(tmp_path):
    """A kind opens every message of its entries: a misspelt one in a user's copy is refused by name."""
    folder = tmp_path / "data"
    folder.mkdir()
    text = (DATA / "false_friends.toml").read_text(encoding="utf-8")
    bad = folder / "false_friends.toml"
    bad.write_text(text.replace('kind = "wrong sense"', 'kind = "wrong-sense"', 1), encoding="utf-8")
    result = _run(tmp_path, folder, "Le cours du pétrole a chuté de 4 %.", "The course of oil fell 4%.")
    assert "unknown kind 'wrong-sense'" in _one_line_naming(result, bad)


def test_a_table_row_with_too_many_cells_names_the_file_and_line(tmp_path):
    folder = tmp_path / "data"
    (folder / "names").mkdir(parents=True)
    header = next(line for line in (DATA / "names" / "exonyms.fr-en.tsv").read_text(encoding="utf-8").splitlines()
                  if line.strip() and not line.startswith("#"))
    cells = len(header.split("\t"))
    bad = folder / "names" / "exonyms.fr-en.tsv"
    bad.write_text("# my exonyms\n" + header + "\n" + "\t".join(["Londres"] * (cells + 1)) + "\n", encoding="utf-8")
    result = _run(tmp_path, folder, "Il est arrivé à Londres.", "He arrived in Londres.")
    assert f"expected {cells} tab-separated columns" in _one_line_naming(result, bad, 3)


@pytest.mark.parametrize("name", ["punctuation.toml", "glued.toml", "formats.toml", "case_style.toml",
                                  "repeated_words.toml", "derivation.toml", "confusables.toml"])
def test_the_shipped_files_build(name):
    """The guard only renames faults: the package's own files must build without raising one."""
    from mtqa.checks import casing, formats, glued, nonwords, punctuation, repetition
    from mtqa.langs import scripts

    builders = {"confusables.toml": scripts.lookalikes, "punctuation.toml": punctuation.rules, "glued.toml": glued._data, "formats.toml": formats.conventions,
                "case_style.toml": casing.style, "repeated_words.toml": repetition.object_then_subject,
                "derivation.toml": nonwords._suffixes}
    assert builders[name]()


@pytest.mark.parametrize("entry, said", [
    ('"GREEK CAPITAL LETTER EPSILONN" = "E"', "is not a Unicode character name"),
    ('"GREEK CAPITAL LETTER EPSILON" = "EU"', "should be the one letter it looks like"),
])
def test_a_lookalike_that_is_no_letter_names_the_file(tmp_path, entry, said):
    # the table is keyed by character names (the glyphs look alike): a misspelt name is the copy's fault
    folder = tmp_path / "data"
    folder.mkdir()
    bad = folder / "confusables.toml"
    bad.write_text(f"[lookalikes]\n{entry}\n", encoding="utf-8")
    result = _run(tmp_path, folder, "Il a quitté la ville.", "He left τhe city.")
    assert said in _one_line_naming(result, bad)


def test_a_table_header_lacking_a_column_names_the_file_and_line(tmp_path):
    """A column renamed in a copy ("french" misspelt) is said at the header, not met later as a KeyError
    by whichever check first reads a row."""
    folder = tmp_path / "data"
    (folder / "names").mkdir(parents=True)
    header = next(line for line in (DATA / "names" / "exonyms.fr-en.tsv").read_text(encoding="utf-8").splitlines()
                  if line.strip() and not line.startswith("#"))
    assert header.startswith("french\t")
    bad = folder / "names" / "exonyms.fr-en.tsv"
    bad.write_text("# my exonyms\n" + header.replace("french", "frnch", 1) + "\nLondres\tLondon\tcity\n", encoding="utf-8")
    result = _run(tmp_path, folder, "Il est arrivé à Londres.", "He arrived in Londres.")
    assert "lacks the column 'french'" in _one_line_naming(result, bad, 2)


def test_a_table_copy_with_the_shipped_columns_and_one_more_is_read(tmp_path):
    folder = tmp_path / "data"
    (folder / "names").mkdir(parents=True)
    lines = [line for line in (DATA / "names" / "exonyms.fr-en.tsv").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    (folder / "names" / "exonyms.fr-en.tsv").write_text("\n".join([lines[0] + "\tnote"] + lines[1:]) + "\n", encoding="utf-8")
    result = _run(tmp_path, folder, "Il est arrivé à Londres.", "He arrived in Londres.")
    assert result.returncode in (0, 1) and result.stderr == "", result.stderr
    issues = [(i["code"], i["text"]) for doc in json.loads(result.stdout)["documents"] for i in doc["issues"]]
    assert ("T201", "Londres") in issues


@pytest.mark.parametrize("name,good,bad,says", [
    # read long after the tables are built (a pattern compiled on the first figure met): said at the start
    ("fr.toml", 'unit_links = ["de", "d\'"]', "unit_links = 5", "misc.unit_links should be an array"),
    ("fr.toml", 'unit_links = ["de", "d\'"]', 'unit_links = ["de", 5]', "misc.unit_links should be an array of strings"),
    # the line is that of the key in its own table, not of the same word in an earlier one ([fractions] quarter)
    ("en.toml", 'quarter = ["duration", 91.3125]', 'quarter = "duration"', "units.quarter should be an array"),
    # a new key of a table whose values are all of one kind is held to it
    ("en.toml", 'quarter = ["duration", 91.3125]', "fortnight = 14", "units.fortnight should be an array"),
])
def test_a_value_of_another_kind_names_the_file_and_line(tmp_path, name, good, bad, says):
    folder = tmp_path / "data"
    (folder / "numbers").mkdir(parents=True)
    text = (DATA / "numbers" / name).read_text(encoding="utf-8")
    assert text.count(good) == 1
    copy = folder / "numbers" / name
    copy.write_text(text.replace(good, bad), encoding="utf-8")
    line = copy.read_text(encoding="utf-8")[:copy.read_text(encoding="utf-8").index(bad)].count("\n") + 1
    result = _run(tmp_path, folder, "Les ventes ont reculé de 3 000 euros en 2 trimestres.",
                  "Sales fell by 3,000 euros in two quarters.")
    assert says in _one_line_naming(result, copy, line)


def test_a_copy_with_values_of_the_same_kinds_is_read(tmp_path):
    folder = tmp_path / "data"
    (folder / "numbers").mkdir(parents=True)
    text = (DATA / "numbers" / "en.toml").read_text(encoding="utf-8")
    good = 'quarter = ["duration", 91.3125]'
    (folder / "numbers" / "en.toml").write_text(text.replace(good, good + '\nfortnight = ["duration", 14]'), encoding="utf-8")
    result = _run(tmp_path, folder, "Le chantier a duré 14 jours.", "The works lasted a fortnight.")
    assert result.stderr == "" and result.returncode in (0, 1), result.stderr
    issues = [i["code"] for doc in json.loads(result.stdout)["documents"] for i in doc["issues"]]
    assert not any(code.startswith("A40") for code in issues), issues  # the copy's new span is read


def test_a_fault_met_with_mtqa_s_own_file_stays_a_programming_error(tmp_path, monkeypatch):
    """The guard renames a fault only when the file is a user's copy: with the package's own file in
    use, a KeyError is a fault of mtqa (a misspelt key in its code), reported as an internal error,
    not as a data error the user is asked to fix in a file they cannot edit."""
    from mtqa.errors import DataError
    from mtqa.langs.data import built_from

    @built_from("glued.toml")
    def build():
        raise KeyError("hyphen_prefixs")

    monkeypatch.delenv("MTQA_DATA", raising=False)
    with pytest.raises(KeyError):
        build()
    (tmp_path / "glued.toml").write_text((DATA / "glued.toml").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv("MTQA_DATA", str(tmp_path))
    with pytest.raises(DataError, match="missing key 'hyphen_prefixs'"):
        build()


def test_a_copy_saved_in_another_encoding_names_the_file_and_line(tmp_path):
    folder = tmp_path / "data"
    (folder / "langs").mkdir(parents=True)
    text = (DATA / "langs" / "fr.toml").read_text(encoding="utf-8")
    bad = folder / "langs" / "fr.toml"
    bad.write_bytes(text.encode("latin-1", errors="replace"))
    first = next(n for n, line in enumerate(text.splitlines(), 1) if not line.isascii())
    result = _run(tmp_path, folder, "Le ministre est venu.", "The minister came.")
    assert "not UTF-8" in _one_line_naming(result, bad, first)


def _run_texts(tmp_path: Path, folder: Path, source: str, target: str, config: str = "") -> subprocess.CompletedProcess:
    """A source and a target file checked together (so the aligner reads the pair's length model)."""
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    (work / "doc.src.txt").write_text(source, encoding="utf-8")
    (work / "doc.tgt.txt").write_text(target, encoding="utf-8")
    if config:
        (work / "mtqa.toml").write_text(config, encoding="utf-8")
    env = {**os.environ, "MTQA_DATA": str(folder)}
    env.pop("MTQA_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "mtqa", "check", "doc.tgt.txt", "--source", "doc.src.txt",
                           "--format", "json"], capture_output=True, text=True, env=env, timeout=120, cwd=work)


def _issues(result: subprocess.CompletedProcess) -> list:
    return [(i["code"], i["line"], i["message"]) for doc in json.loads(result.stdout)["documents"] for i in doc["issues"]]


SOURCE = "Le ministre a annoncé 3 500 emplois à Lyon.\n\nIl a quitté Moscou mardi.\n"
TARGET = "The minister announced 3,500 jobs in Lyon.\n\nHe left Moscow on Tuesday.\n"


def test_a_copy_that_leaves_out_a_key_mtqa_reads_takes_mtqa_s_own_value(tmp_path):
    # "internal error: KeyError: 'variance'": the aligner read the pair's length model outside any guarded builder
    folder = tmp_path / "data"
    (folder / "pairs").mkdir(parents=True)
    text = (DATA / "pairs" / "fr-en.toml").read_text(encoding="utf-8")
    assert text.count("\nvariance = ") == 1
    trimmed = "".join(line for line in text.splitlines(keepends=True) if not line.startswith("variance = "))
    (folder / "pairs" / "fr-en.toml").write_text(trimmed, encoding="utf-8")
    result = _run_texts(tmp_path, folder, SOURCE, TARGET)
    assert result.returncode in (0, 1) and result.stderr == "", result.stderr
    own = _run_texts(tmp_path, tmp_path / "none", SOURCE, TARGET)
    assert _issues(result) == _issues(own)


def test_a_trimmed_copy_still_has_its_values_kinds_checked(tmp_path):
    folder = tmp_path / "data"
    (folder / "pairs").mkdir(parents=True)
    text = (DATA / "pairs" / "fr-en.toml").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines(keepends=True) if not line.startswith("variance = ")]
    n = next(i for i, line in enumerate(lines) if line.startswith("ratio = "))
    lines[n] = 'ratio = "0.9"\n'
    copy = folder / "pairs" / "fr-en.toml"
    copy.write_text("".join(lines), encoding="utf-8")
    result = _run_texts(tmp_path, folder, SOURCE, TARGET)
    assert "alignment.ratio should be a number" in _one_line_naming(result, copy, n + 1)


def test_a_key_mtqa_reads_that_neither_the_copy_nor_mtqa_s_own_files_have_names_the_file(tmp_path):
    # a pair mtqa has no file for (English into French): its [alignment] without "variance"
    folder = tmp_path / "data"
    (folder / "pairs").mkdir(parents=True)
    bad = folder / "pairs" / "en-fr.toml"
    bad.write_text("[alignment]\nratio = 1.1\n", encoding="utf-8")
    result = _run_texts(tmp_path, folder, TARGET, SOURCE, config='[tool.mtqa]\nsource_lang = "en"\ntarget_lang = "fr"\n')
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if "warning" not in line]
    assert lines == [f"mtqa: error: {bad}: missing key 'variance' in [alignment]"], result.stderr
    assert result.stdout == ""


def test_what_a_partial_copy_reads_from_mtqa_s_own_file_and_what_it_keeps_as_it_is(tmp_path):
    folder = tmp_path / "data"
    (folder / "pairs").mkdir(parents=True)
    (folder / "pairs" / "fr-en.toml").write_text('[elision_gloss]\nl = "the"\n\n[length_ratio]\n', encoding="utf-8")
    program = """
import json
from mtqa.langs.data import data_toml
copy = data_toml("pairs", "fr-en.toml")
print(json.dumps({
    "alignment": copy.get("alignment"),  # a table left out: mtqa's
    "variance": copy["alignment"]["variance"],
    "glosses": sorted(copy["elision_gloss"]),  # a word table: the copy's entries alone
    "d": copy["elision_gloss"].get("d"),
    "bins": copy["length_ratio"].get("bins"),  # an empty table of settings: mtqa's settings
}))
"""
    env = {**os.environ, "MTQA_DATA": str(folder)}
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    read = json.loads(done.stdout)
    assert read["alignment"] == {"ratio": 0.896, "variance": 2.7} and read["variance"] == 2.7
    assert read["glosses"] == ["l"] and read["d"] is None and len(read["bins"]) > 3


def _emptied(path: Path, header: str) -> str:
    """The text of a TOML data file with the entries of its table ``header`` left out (the header kept)."""
    kept, table = [], None
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.startswith("["):
            table = line.strip()
        elif table == header and line.strip() and not line.startswith("#"):
            continue
        kept.append(line)
    return "".join(kept)


def test_an_empty_unit_table_in_a_copy_means_no_unit_not_an_internal_error(tmp_path):
    # an empty [fr.after] made the figure-then-unit pattern "(?:)", which matches with no unit named:
    # "internal error: RuntimeError: generator raised StopIteration"
    folder = tmp_path / "data"
    (folder / "lexmodel").mkdir(parents=True)
    (folder / "lexmodel" / "units.toml").write_text(_emptied(DATA / "lexmodel" / "units.toml", "[fr.after]"),
                                                     encoding="utf-8")
    doc = tmp_path / "doc.jsonl"
    doc.write_text(json.dumps({"source": "Le prix a atteint 82 cents.", "target": "The price reached 82 dollars."}) + "\n",
                   encoding="utf-8")
    env = {**os.environ, "MTQA_DATA": str(folder)}
    env.pop("MTQA_DEBUG", None)
    result = subprocess.run([sys.executable, "-m", "mtqa", "check", str(doc), "--select", "A605", "--format", "json"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode in (0, 1) and result.stderr == "", result.stderr
    assert _issues(result) == []  # no unit written after a French figure: nothing to compare


def test_an_empty_month_table_in_a_numbers_copy_means_no_month_for_the_date_formats(tmp_path):
    # the date formats (L105) read the month names of numbers/en.toml: an empty alternation matched everywhere
    # (bogus L105 "the 5 " for every "the" + figure), as an empty list in formats.toml once did
    folder = tmp_path / "data"
    (folder / "numbers").mkdir(parents=True)
    (folder / "numbers" / "en.toml").write_text(_emptied(DATA / "numbers" / "en.toml", "[months]"), encoding="utf-8")
    result = _run_texts(tmp_path, folder, "Il est venu le 5 mai 2020 et reparti le 6.\n",
                        "He came on the 5 May 2020 and left the 6 then.\n", "")
    assert result.returncode in (0, 1) and result.stderr == "", result.stderr
    assert [i for i in _issues(result) if i[0] == "L105"] == []


@pytest.mark.parametrize("line, replacement, config, source, target", [
    # an empty name list matched the empty string: "missing key ''" for the currency table
    ("spelled = {", "spelled = {}\nold_spelled = {", "[checks.L106]\nflag_spelled_out = true\n",
     "Il a payé 3 euros pour 2 pommes.", "He paid 3 euros for 2 apples."),
])
def test_an_empty_word_list_in_a_formats_copy_means_none(tmp_path, line, replacement, config, source, target):
    folder = tmp_path / "data"
    folder.mkdir()
    text = (DATA / "formats.toml").read_text(encoding="utf-8")
    assert line in text
    (folder / "formats.toml").write_text(text.replace(line, replacement, 1), encoding="utf-8")
    result = _run_texts(tmp_path, folder, source + "\n", target + "\n", config)
    assert result.returncode in (0, 1) and result.stderr == "", result.stderr
    assert [i for i in _issues(result) if i[0] in ("L105", "L106")] == []


BORROWED_SOURCE = ("Titre\n\nLe ministre a donné le coup de grâce au projet avec une certaine joie de vivre.\n\n"
                   "Elle avait carte blanche pour le cordon sanitaire.\n")
BORROWED_TARGET = ("Title\n\nThe minister gave the coup de grâce to the project with a certain joie de vivre.\n\n"
                   "She had carte blanche for the cordon sanitaire.\n")


def test_a_language_profile_copy_that_leaves_out_a_table_takes_mtqa_s_own(tmp_path):
    # Language copied its profile into a plain dict, which lost the copy's fallback to mtqa's own file: a copy of
    # langs/en.toml without [borrowed_phrases] flagged "coup de grâce", "carte blanche"... as untranslated (A202)
    # and as copied capitals (A205), silently
    folder = tmp_path / "data"
    (folder / "langs").mkdir(parents=True)
    text = (DATA / "langs" / "en.toml").read_text(encoding="utf-8")
    assert text.count("\n[borrowed_phrases]") == 1
    (folder / "langs" / "en.toml").write_text(text[:text.index("\n[borrowed_phrases]") + 1], encoding="utf-8")
    result = _run_texts(tmp_path, folder, BORROWED_SOURCE, BORROWED_TARGET)
    assert result.returncode in (0, 1) and result.stderr == "", result.stderr
    own = _run_texts(tmp_path, tmp_path / "none", BORROWED_SOURCE, BORROWED_TARGET)
    assert _issues(result) == _issues(own)
    assert not any(code in ("A202", "A205") for code, _, _ in _issues(own))


def test_a_language_profile_copy_that_leaves_out_every_table_still_takes_mtqa_s_tables(tmp_path):
    # an empty profile (a copy holding only a comment) is falsy: "data.copy() if data else {}" gave the plain {},
    # so every table it leaves out was none instead of mtqa's, and the borrowed phrases came back as A202/A205
    folder = tmp_path / "data"
    (folder / "langs").mkdir(parents=True)
    (folder / "langs" / "en.toml").write_text("# my copy of the English profile: nothing changed yet\n",
                                               encoding="utf-8")
    result = _run_texts(tmp_path, folder, BORROWED_SOURCE, BORROWED_TARGET)
    assert result.returncode in (0, 1) and "error" not in result.stderr, result.stderr
    assert [i for i in _issues(result) if i[0] in ("A202", "A205")] == []
    # Since the copy's settings are filled from mtqa's file (_partial), the run above no longer reaches an empty
    # table; the profile's own contract is tested directly: an empty partial table is still a table with its
    # fallback (with "if data" it became a plain {} and every table left out, read by name, a KeyError)
    import tomllib

    from mtqa.langs.data import _Partial
    from mtqa.langs.language import Language

    own = tomllib.loads((DATA / "langs" / "en.toml").read_text(encoding="utf-8"))
    english = Language("en", _Partial({}, own, str(folder / "langs" / "en.toml"), ()))
    assert english.extra["borrowed_phrases"] == own["borrowed_phrases"]
    assert english.extra.path == str(folder / "langs" / "en.toml")


def _compare(tmp_path: Path, folder: Path) -> subprocess.CompletedProcess:
    """Two translations of ``SOURCE`` compared (ranked by the learned quality estimate, the default)."""
    work = tmp_path / "compare"
    work.mkdir(exist_ok=True)
    (work / "src.txt").write_text(SOURCE, encoding="utf-8")
    (work / "a.txt").write_text(TARGET, encoding="utf-8")
    (work / "b.txt").write_text(TARGET.replace("on Tuesday", "Tuesday on").replace("announced", "announce"),
                                encoding="utf-8")
    env = {**os.environ, "MTQA_DATA": str(folder)}
    env.pop("MTQA_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "mtqa", "compare", "a.txt", "b.txt", "--source", "src.txt",
                           "--format", "json"], capture_output=True, text=True, env=env, timeout=120, cwd=work)


def _score_copy(tmp_path: Path, drop) -> Path:
    """A copy of score/fr-en.toml without the lines ``drop`` picks (by line and the table it is in)."""
    folder = tmp_path / "data"
    (folder / "score").mkdir(parents=True, exist_ok=True)
    lines, table = [], ""
    for line in (DATA / "score" / "fr-en.toml").read_text(encoding="utf-8").splitlines(keepends=True):
        table = line.strip() if line.startswith("[") else table
        if not drop(table, line):
            lines.append(line)
    (folder / "score" / "fr-en.toml").write_text("".join(lines), encoding="utf-8")
    return folder / "score" / "fr-en.toml"


@pytest.mark.parametrize("drop", [
    lambda table, line: table == "[model.scales]" and line.startswith("rarity = "),
    lambda table, line: table == "[model.weights]" and line.startswith("context = "),
    lambda table, line: table == "[model]" and line.startswith("length_centre = "),
], ids=["a scale", "a weight", "the length centre"])
def test_a_score_copy_that_leaves_out_a_key_takes_mtqa_s_own_value(tmp_path, drop):
    # QualityModel copied [model.weights] and [model.scales] with dict(), which lost the copy's fallback to mtqa's
    # own file: a scale left out was "internal error: KeyError: 'rarity'" naming no file, and no report; a weight
    # left out silently dropped its feature from the model, as the length centre left out became 0
    text = (DATA / "score" / "fr-en.toml").read_text(encoding="utf-8")
    copy = _score_copy(tmp_path, drop)
    assert len(copy.read_text(encoding="utf-8")) < len(text)
    result = _compare(tmp_path, tmp_path / "data")
    assert result.returncode in (0, 1) and result.stderr == "", result.stderr
    own = _compare(tmp_path, tmp_path / "none")
    assert json.loads(result.stdout) == json.loads(own.stdout)


def test_a_score_copy_naming_a_feature_the_model_does_not_have_names_the_file(tmp_path):
    # a typo in a weight's name must not leave mtqa's own weight in force without a word
    copy = _score_copy(tmp_path, lambda table, line: False)
    copy.write_text(copy.read_text(encoding="utf-8").replace("\nrarity = ", "\nrarty = ", 1), encoding="utf-8")
    result = _compare(tmp_path, tmp_path / "data")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"mtqa: error: {copy}: unknown feature 'rarty' in [model.weights] (did you mean 'rarity'?)"], result.stderr


def _in_copy(tmp_path: Path, files: dict, program: str):
    """What ``program`` (Python, printing JSON) prints with a ``$MTQA_DATA`` folder holding ``files`` (relative
    path -> text), and what it prints with mtqa's own data alone."""
    folder = tmp_path / "data"
    for rel, text in files.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text, encoding="utf-8")
    out = []
    for data in (str(folder), str(tmp_path / "none")):
        env = {**os.environ, "MTQA_DATA": data}
        done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        out.append(json.loads(done.stdout))
    return out


@pytest.mark.parametrize("rel, text, read", [
    # A604-A606 were off: the copy's [en] lacked the target patterns the check reads with "in" and .get
    ("lexmodel/polarity.toml", '[en]\ncontrast_suggestion = "compared with"\n',
     "from mtqa.langs.lexmodel import polarity\np = polarity('fr', 'en')\n"
     "print(json.dumps(p and sorted(k for k, v in p.items() if v)))"),
    # the French stemming rules were none: "rules" is read with a default
    ("lexmodel/stems.toml", "[fr]\nmin_stem = 3\n",
     "from mtqa.langs.lexmodel import stem_rules\nprint(json.dumps(stem_rules('fr')))"),
    # English dates were read day first: [misc]'s settings are read by iterating the table
    ("numbers/en.toml", '[misc]\nsecond_words = ["sec", "s", "seconds", "second"]\n',
     "from mtqa.numbers import conventions\nmisc = conventions('en').misc\n"
     "print(json.dumps([misc.get(k) for k in ('slash_dates', 'decade_suffix', 'months_capitalised', 'unit_links')]))"),
    # the French dictionaries were looked for as "fr" alone
    ("langs/fr.toml", 'name = "French"\n',
     "from mtqa.langs.language import load_language\nprint(json.dumps(load_language('fr').hunspell_names))"),
])
def test_a_setting_a_copy_leaves_out_is_mtqa_s_however_it_is_read(tmp_path, rel, text, read):
    copy, own = _in_copy(tmp_path, {rel: text}, "import json\n" + read)
    assert copy == own and own not in (None, [], [None] * 4)


def test_a_polarity_copy_holding_one_setting_keeps_the_check_on(tmp_path):
    folder = tmp_path / "data"
    (folder / "lexmodel").mkdir(parents=True)
    (folder / "lexmodel" / "polarity.toml").write_text('[en]\nopposite_suggestion = "not any more"\n', encoding="utf-8")
    result = _run(tmp_path, folder, "La boutique ne vend plus de pain frais le dimanche depuis le départ du boulanger.",
                  "The shop sells more fresh bread on Sundays since the baker left.")
    assert result.returncode in (0, 1) and result.stderr == "", result.stderr
    found = [(i["code"], i["text"], i.get("suggestion")) for doc in json.loads(result.stdout)["documents"]
             for i in doc["issues"] if i["code"].startswith("A60")]
    assert found == [("A604", "more", "not any more")]


def test_a_polarity_copy_that_widens_negation_is_not_screened_by_mtqa_s_screen(data_folder):
    # a partial copy adding a negation of its own ("zéro fois") took mtqa's ``screen`` from the package file, which
    # no sentence holding only the new negation passes: the copy's negation was never looked for
    import tomllib

    from mtqa.checks.meaning.shared import source_negations as _source_negations
    from mtqa.langs.lexmodel import polarity

    own = tomllib.loads((DATA / "lexmodel" / "polarity.toml").read_text(encoding="utf-8"))["fr"]
    text = "L'équipe a gagné zéro fois cette saison à domicile."
    widened = own["negation"].rstrip("\n") + "\n  | \\bzéro\\s+fois\\b\n"
    quoted = "'" * 3
    data_folder("lexmodel/polarity.toml", f"[fr]\nnegation = {quoted}{widened}{quoted}\n", polarity, _source_negations)
    assert [m.group() for m in _source_negations("fr", "en", text)] == ["zéro fois"]
    # the copy's own screen, when it gives one, is its own to keep; mtqa's negation keeps mtqa's screen
    data_folder("lexmodel/polarity.toml", f"[fr]\nnegation = {quoted}{widened}{quoted}\nscreen = 'jamais'\n", polarity,
                _source_negations)
    assert _source_negations("fr", "en", text) == () and polarity("fr", "en")["src_screen"].pattern == "jamais"
    data_folder("lexmodel/polarity.toml", '[fr]\nopposite = "plus"\n', polarity, _source_negations)
    assert polarity("fr", "en")["src_screen"].pattern == own["screen"]


def test_word_tables_are_the_copy_s_alone_and_every_other_table_is_settings(tmp_path):
    # a copy's word table keeps its deletions; the schema names every word table of the shipped files: a
    # table of one kind of value (however few its names: two diaereses, one surname alphabet) is a word table or
    # one of these settings tables, and every pattern of the schema names a shipped table
    from mtqa.langs.data import WORD_TABLES, is_word_table

    settings = {("formats.toml", ("words",)), ("lexmodel/polarity.toml", ("fr",)),
                ("lexmodel/polarity.toml", ("en",)), ("numbers/fr.toml", ("misc",)),
                ("lexmodel/clauses.toml", ("fr",)), ("lexmodel/clauses.toml", ("en",)),
                ("lexmodel/look_alikes.toml", ("fr-en",)),
                ("score/fr-en.toml", ("model", "weights")), ("score/fr-en.toml", ("model", "scales")),
                ("score/fr-en.preference.toml", ("model", "with_consensus")),
                ("score/fr-en.preference.toml", ("model", "without_consensus")),
                ("alignment.toml", ("length",)), ("pairs/fr-en.toml", ("alignment",)),
                ("formats.toml", ("source_cues", "fr")), ("langs/en.toml", ("borrowed_phrases",)),
                ("pairs/fr-en.toml", ("names_with_target_article",)), ("pairs/fr-en.toml", ("length_ratio",)),
                ("pairs/fr-en.toml", ("shared_words",)), ("pairs/fr-en.toml", ("number_idioms",)),
                ("pairs/fr-en.toml", ("surname_suffixes",)),
                ("pairs/fr-en.toml", ("name_endings",)),
                ("repeated_words.toml", ("object_then_subject",)), ("langs/en.toml", ("plural",)),
                ("langs/en.toml", ("reporting_inversion",)), ("langs/en.toml", ("quotation_marks",)), ("langs/en.toml", ("reporting_inversion", "recipient")),
                ("langs/en.toml", ("title_article",)), ("langs/en.toml", ("mass_plural",)),
                ("langs/en.toml", ("construction_sense",)),
                ("langs/en.toml", ("generic_article",)), ("langs/fr.toml", ("generic_article",)),
                ("langs/fr.toml", ("object_order",)), ("langs/fr.toml", ("self_report",)),
                ("langs/en.toml", ("causative",)), ("langs/fr.toml", ("causative",)),
                ("langs/en.toml", ("relative_inversion",)), ("langs/fr.toml", ("relative_inversion",)),
                ("langs/en.toml", ("time_phrases", "suggest")), ("langs/en.toml", ("time_phrases", "suggest_night")),
                ("langs/en.toml", ("time_phrases", "suggest_day")),
                ("valency.toml", ("en", "pronouns")), ("valency.toml", ("en", "needs")),
                ("inflection.toml", ("en", "ing")), ("inflection.toml", ("en", "ed")), ("inflection.toml", ("en", "s")),
                ("lexmodel/fields.toml", ("fr", "seeds")),  # read by bench/build_fields.py only, never by a run
                # a script's group: its countries, marks and shared letters are each a setting of the group
                *{("pairs/fr-en.toml", ("transliteration", "scripts", script))
                  for script in ("arabic", "persian", "amharic", "turkic", "japanese")}}
    import tomllib

    def tables(value, keys=()):
        if isinstance(value, dict):
            yield keys, value
            for k, v in value.items():
                yield from tables(v, keys + (k,))

    shipped = set()
    for path in sorted(DATA.rglob("*.toml")):
        rel = path.relative_to(DATA).as_posix()
        for keys, table in tables(tomllib.loads(path.read_text(encoding="utf-8"))):
            one_kind = table and len({type(v) for v in table.values()}) == 1 and not isinstance(
                next(iter(table.values())), dict)
            if one_kind and keys:
                assert is_word_table(rel, keys) != ((rel, keys) in settings), (rel, keys)
            if keys and is_word_table(rel, keys):
                shipped.add(next((f, t) for f, ts in WORD_TABLES.items() for t in ts
                                 if fnmatch.fnmatchcase(rel, f) and fnmatch.fnmatchcase(".".join(keys), t)))
    assert shipped == {(f, t) for f, ts in WORD_TABLES.items() for t in ts}
    copy, own = _in_copy(tmp_path, {"numbers/fr.toml": "[months]\njanvier = 1\n\n[misc]\nslash_dates = \"day-month\"\n"},
                         "import json\nfrom mtqa.langs.data import data_toml\nd = data_toml('numbers', 'fr.toml')\n"
                         "print(json.dumps([sorted(d['months']), 'minus_words' in d['misc']]))")
    assert copy == [["janvier"], True] and len(own[0]) > 1


@pytest.mark.parametrize("rel, table, source, target", [
    # "[]+" does not compile: "a regular expression does not compile" for a copy with no invisible character
    ("glued.toml", "invisible", "Il est venu.", "He\u200b came."),
    # "(?P<open>[])..." swallowed the rest of the pattern: the same, for a copy with no foreign quotation mark
    ("punctuation.toml", "foreign_quotes", "Il a dit « bonjour » puis il est parti.", "He said « hello » then he left."),
    # the mixed-script words' screen is a class of the look-alike letters: none, no word mixes scripts
    ("confusables.toml", "lookalikes", "Il a quitté la ville.", "He left τhe city."),
])
def test_a_copy_that_empties_a_set_of_characters_means_none(tmp_path, rel, table, source, target):
    import tomllib

    folder = tmp_path / "data"
    folder.mkdir()
    data = tomllib.loads((DATA / rel).read_text(encoding="utf-8"))
    data[table] = {}
    (folder / rel).write_text("".join(f"{k} = {json.dumps(v, ensure_ascii=False)}\n" for k, v in data.items()
                                      if isinstance(v, list)) + f"[{table}]\n", encoding="utf-8")
    result = _run_texts(tmp_path, folder, source + "\n", target + "\n")
    assert result.returncode in (0, 1) and result.stderr == "", result.stderr
    assert _issues(result) == []  # no mark is one to flag: nothing


def test_every_alternation_of_a_data_list_is_built_by_the_one_helper():
    # hand-joined alternations gave the empty pattern, which matches everywhere, when a copy emptied the list
    from mtqa.langs.data import NOTHING, alternation, char_class

    assert alternation([]) == alternation([""]) == char_class([]) == NOTHING
    assert re.fullmatch(f"(?:{alternation(['M.', 'Mme', 'M'])})", "Mme") and alternation(["M", "Mme"]) == "Mme|M"
    assert alternation(["b", "a"], ordered=True) == "b|a" and re.search(NOTHING, "any text") is None
    assert re.fullmatch(char_class(["«", "»"]) + "+", "«»") and char_class(["", ""]) == NOTHING
    package = Path(__file__).resolve().parents[1] / "mtqa"
    joined = [f"{path.relative_to(package)}:{n}" for path in sorted(package.rglob("*.py")) if path.name != "data.py"
              for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if re.search(r"""["']\|["']\.join|\[\{["']{2}\.join""", line) and "report_hash" not in line]
    assert joined == []


@pytest.mark.parametrize("entry", ["mile = []", 'mile = ["length"]', "mile = [1609.344]"])
def test_a_unit_of_another_shape_than_mtqa_s_names_the_file_and_line(tmp_path, entry):
    # "mile = []" in a copy: "internal error: IndexError: list index out of range" on every run
    folder = tmp_path / "data"
    (folder / "numbers").mkdir(parents=True)
    text = (DATA / "numbers" / "en.toml").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    n = next(i for i, line in enumerate(lines) if line.startswith("mile = "))
    lines[n] = entry + "\n"
    copy = folder / "numbers" / "en.toml"
    copy.write_text("".join(lines), encoding="utf-8")
    result = _run_texts(tmp_path, folder, SOURCE, TARGET)
    assert "units.mile should be an array like ['length', 1609.344]" in _one_line_naming(result, copy, n + 1)


def _score_copy_setting(tmp_path, table: str, key: str, value: str):
    """A score copy whose ``key`` of ``table`` is set to ``value`` (written as TOML)."""
    copy = _score_copy(tmp_path, lambda table, line: False)
    text = copy.read_text(encoding="utf-8")
    start = text.index(f"\n{key} = ", text.index(table)) + 1
    copy.write_text(text[:start] + f"{key} = {value}\n" + text[text.index("\n", start) + 1:], encoding="utf-8")
    return copy


@pytest.mark.parametrize("key, table", [("rarity", "[model.scales]"), ("spread", "[model]")])
def test_a_score_copy_whose_divisor_is_zero_names_the_file(tmp_path, key, table):
    # a scale or the spread set to 0 in a copy was "internal error: ZeroDivisionError: float division by zero",
    # naming no file, at the first segment scored
    copy = _score_copy_setting(tmp_path, table, key, "0")
    result = _compare(tmp_path, tmp_path / "data")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [f"mtqa: error: {copy}: {key} in {table} must be above 0 (it divides), not 0.0"]


@pytest.mark.parametrize("key, table, value", [
    ("floor", "[model]", "nan"), ("spread", "[model]", "inf"), ("per_utility", "[model]", "-inf"),
    ("length_centre", "[model]", "nan"), ("context", "[model.weights]", "nan"), ("rarity", "[model.scales]", "inf")])
def test_a_score_copy_with_a_number_that_is_not_finite_names_the_file(tmp_path, key, table, value):
    # TOML allows nan and inf: a copy with "floor = nan" scored every document 100 with "penalty": NaN (not JSON),
    # "spread = inf" ranked every system 0.0, both with exit 0 and no word
    copy = _score_copy_setting(tmp_path, table, key, value)
    result = _compare(tmp_path, tmp_path / "data")
    assert result.returncode == 2 and result.stdout == ""
    shown = str(float(value))
    assert result.stderr.splitlines() == [f"mtqa: error: {copy}: {key} in {table} must be a finite number, not {shown}"]


def test_a_unit_of_a_shape_another_language_s_file_has_is_read_and_one_of_no_shape_still_named(tmp_path):
    # French has no unit with an offset, English has ("°F" = ["temperature", 0.5555556, -32.0]) and the code reads
    # both shapes for every language: a French copy adding one was refused as "should be an array like ['length', ...]"
    folder = tmp_path / "data"
    (folder / "numbers").mkdir(parents=True)
    copy = folder / "numbers" / "fr.toml"
    lines = (DATA / "numbers" / "fr.toml").read_text(encoding="utf-8").splitlines(keepends=True)
    n = next(i for i, line in enumerate(lines) if line.startswith('"°C" = '))
    offset = '"degrés Fahrenheit" = ["temperature", 0.5555556, -32.0]\n'
    copy.write_text("".join(lines[:n + 1] + [offset] + lines[n + 1:]), encoding="utf-8")
    result = _run_texts(tmp_path, folder, "Il faisait 50 degrés Fahrenheit à Paris.\n", "It was 50 degrees Fahrenheit in Paris.\n")
    assert result.returncode in (0, 1) and result.stderr == "", result.stderr
    copy.write_text("".join(lines[:n + 1] + ['"degrés Fahrenheit" = ["temperature"]\n'] + lines[n + 1:]), encoding="utf-8")
    result = _run_texts(tmp_path, folder, SOURCE, TARGET)
    assert "should be an array like" in _one_line_naming(result, copy, n + 2)


def test_an_emptied_list_in_the_patterns_robust12_fixed_by_reasoning_matches_nothing():
    # These two had no test: joined by hand, an empty list made "(?:)", which matches at any word edge.
    # numbers: a copy emptying [misc] hour_words read "2 millions et demi" as a time too ("deux heures et demie")
    from types import SimpleNamespace

    from mtqa.checks.exonyms import _with_article
    from mtqa.numbers import _any_word

    assert _any_word(()).search(" ") is None and _any_word(("heures",)).search(" heures ")
    # exonyms: a copy emptying place_articles read a place after a comma in the source as one with its article
    sources = [SimpleNamespace(text="Le président a quitté la capitale, Caire, mardi.")]
    assert not _with_article("Caire", sources, frozenset())
    assert _with_article("Caire", [SimpleNamespace(text="Il vit au Caire.")], frozenset({"le", "au"}))


def test_the_compiled_exonym_table_of_a_partial_profile_copy_is_keyed_on_mtqa_s_profile_too(tmp_path):
    # a copy of langs/fr.toml without place_articles reads mtqa's list (settings left out are mtqa's), but the
    # compiled exonym table, built from it, was keyed on the copy alone: a change of mtqa's list was never seen
    program = """
import mtqa.compiled
seen = {}
def spy(name, sources, build):
    seen[name] = [str(p) for p in sources]
    return {}
mtqa.compiled.cached = spy
from importlib import resources
from mtqa.names.exonym_forms import exonym_rows
from mtqa.langs import language_pair
exonym_rows(language_pair("fr", "en"))
print(json.dumps([str(resources.files("mtqa.data").joinpath("langs", "fr.toml")), seen["exonyms-fr-en"]]))
"""
    copy, own = _in_copy(tmp_path, {"langs/fr.toml": 'name = "French"\n'}, "import json\n" + program)
    assert copy[0] in copy[1] and str(tmp_path / "data" / "langs" / "fr.toml") in copy[1]
    assert own[0] in own[1]


def test_the_compiled_demonym_and_exonym_tables_are_keyed_on_the_code_of_both_modules():
    # each table's build calls code of another module (the demonym forms' mixes: names.compounds.half_translated;
    # exonyms' dictionary rows: names.nationalities.demonym_forms), but each key had its own module only: an
    # edit of the other kept a stale table
    import mtqa.compiled
    from mtqa.checks.demonyms import _table
    from mtqa.names.exonym_forms import exonym_rows
    from mtqa.langs import language_pair

    seen = {}

    def spy(name, sources, build):
        seen[name] = [Path(p).as_posix() for p in sources]
        return {}

    pair = language_pair("fr", "en")
    real, mtqa.compiled.cached = mtqa.compiled.cached, spy
    try:
        _table.__wrapped__(pair)  # past the in-process memos
        exonym_rows.__wrapped__(pair)
    finally:
        mtqa.compiled.cached = real
    for name in ("demonyms-fr-en", "exonyms-fr-en"):
        assert {"mtqa/names/nationalities.py", "mtqa/names/compounds.py"} <= {p[p.rfind("mtqa/"):] for p in seen[name]}, name


def test_the_compiled_demonym_table_is_keyed_on_the_source_profile_it_reads():
    # its forms take the source profile's plural.suffix (Américain, Américains) and leave out the exonym table's
    # places, built from the profile's articles; its key had no profile, so a changed suffix kept the old forms
    import mtqa.compiled
    from mtqa.checks.demonyms import _table
    from mtqa.langs import language_pair
    from mtqa.langs.data import data_path

    seen = {}

    def spy(name, sources, build):
        seen[name] = [str(p) for p in sources]
        return {}

    pair = language_pair("fr", "en")
    real, mtqa.compiled.cached = mtqa.compiled.cached, spy
    try:
        _table.__wrapped__(pair)  # past the in-process memo
    finally:
        mtqa.compiled.cached = real
    assert str(data_path("langs", "fr.toml")) in seen["demonyms-fr-en"]


@pytest.mark.parametrize("text, line, message", [
    ('words = ["uno"]\n', 1, "words should be a table, as in mtqa's own numbers files, not an array"),
    ('[misc]\nunit_links = 5\n', 2, "misc.unit_links should be an array, as in mtqa's own numbers files, not a number"),
    ('[units]\nmilla = []\n', 2, "units.milla should be an array like"),
    ('[units]\nmilla = ["length", "x"]\n', 2, "units.milla should be an array like"),
])
def test_a_new_language_s_numbers_file_is_held_to_the_kinds_of_mtqa_s_numbers_files(data_folder, text, line, message):
    # numbers/es.toml has no counterpart in the package: its values went unchecked, and the number reader
    # failed on them ("internal error: AttributeError: 'list' object has no attribute 'items'", IndexError...);
    # it is read by the same code as numbers/en.toml and fr.toml, so it is held to the kinds those agree on
    from mtqa.errors import DataError
    from mtqa.numbers import conventions, find_quantities

    data_folder("numbers/es.toml", text, conventions)
    with pytest.raises(DataError) as err:
        conventions("es", "en")
        find_quantities("Corrió 5 millas.", "es", "en")
    assert f"numbers/es.toml:{line}: {message}" in str(err.value), str(err.value)


def test_a_new_language_s_numbers_file_of_the_right_kinds_is_read(data_folder):
    from mtqa.numbers import conventions, find_quantities

    data_folder("numbers/es.toml", '[words]\nuno = 1\ndos = 2\n[units]\nmilla = ["length", 1609.344]\n', conventions)
    assert [q.value for q in find_quantities("Corrió dos millas.", "es", "en")] == [2.0]


@pytest.mark.parametrize("old, new", [
    # a placeholder the readings do not fill was a KeyError at the first match
    ('object = "“{verb} {prep}” before its object"', 'object = "“{verb} {preposition}” before its object"'),
    # (a suffix rule of two cells: the -ing rules are inflection.toml's now, tested in
    # tests/test_data_errors_frames_acronyms.py)
])
def test_a_valency_copy_with_a_bad_template_or_rule_names_the_file(tmp_path, old, new):
    folder = tmp_path / "data"
    folder.mkdir()
    text = (DATA / "valency.toml").read_text(encoding="utf-8")
    assert old in text
    bad = folder / "valency.toml"
    bad.write_text(text.replace(old, new), encoding="utf-8")
    result = _run(tmp_path, folder, "Le ministre n'a pas commenté la décision.",
                  "The minister did not comment the decision.")
    _one_line_naming(result, bad)


@pytest.mark.parametrize("good,bad", [
    ("Me\t\t\tMaître\tsource\t", "Me\t\t\tMaître\tsources\t"),  # a misspelt match value
    ("Me\t\t\tMaître\tsource\t", "Me\t\tMaître\tsource\t"),  # a tab lost: the match column reads "source"'s left one
])
def test_an_honorific_with_a_match_of_no_kind_names_the_file(tmp_path, good, bad):
    """A title read as another kind than meant (Me as a `word` title, flagged with no source in "Tell Me Lies")
    is refused by name, never read silently."""
    folder = tmp_path / "data"
    (folder / "names").mkdir(parents=True)
    text = (DATA / "names" / "honorifics.fr-en.tsv").read_text(encoding="utf-8")
    assert text.count(good) == 1
    copy = folder / "names" / "honorifics.fr-en.tsv"
    copy.write_text(text.replace(good, bad), encoding="utf-8")
    result = _run(tmp_path, folder, "Tell Me Lies est son nouveau roman.", "Tell Me Lies is her new novel.")
    assert "has match" in _one_line_naming(result, copy)


@pytest.mark.parametrize("rel,good,bad,says", [
    ("formats.toml", "invariant_names = [", 'invariant_names = "taka"\nx = [', "currency.invariant_names should be an array"),
    ("numbers/en.toml", 'word_months = ["may", "march", "august"]', 'word_months = "may"', "misc.word_months should be an array"),
    ("numbers/en.toml", "month_followers = [", 'month_followers = 3\nx = [', "misc.month_followers should be an array"),
    ("numbers/en.toml", 'date_articles = ["the"]', 'date_articles = "the"', "misc.date_articles should be an array"),
    ("numbers/fr.toml", 'first_day_word = ["premier"]', 'first_day_word = ["premier", 1]', "misc.first_day_word should be an array of strings"),
])
def test_the_copied_marks_settings_of_another_kind_name_the_file(tmp_path, rel, good, bad, says):
    """The settings L105 and L106 read (a string where a list is read would be an alternation over its
    letters: "as" read as a currency plural) are held to the kinds of mtqa's own."""
    folder = tmp_path / "data"
    copy = folder / rel
    copy.parent.mkdir(parents=True)
    text = (DATA / rel).read_text(encoding="utf-8")
    assert text.count(good) == 1
    copy.write_text(text.replace(good, bad), encoding="utf-8")
    result = _run(tmp_path, folder, "Il a payé 3 millions de takas le 14 mai.", "He paid 3 million takas on 14 may.")
    assert says in _one_line_naming(result, copy)


def test_a_profile_section_that_is_no_table_is_a_data_error_naming_the_file(monkeypatch):
    """profile_words reads "<section>.<key>": a section written as a string is one line naming the file, not an
    AttributeError (final read of stop 71)."""
    from mtqa.errors import DataError
    from mtqa.langs import language

    lang = language("en")
    monkeypatch.setitem(lang.extra, "mass_plural", "x")
    with pytest.raises(DataError, match=r"en\.toml: mass_plural is not a table"):
        lang.profile_words("mass_plural", "adverb_endings")


# -- fx72f (lr72a D8): values a loader refuses after reading the file ----------------------------------------

def test_a_misspelt_severity_of_a_false_friend_names_the_file(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    text = (DATA / "false_friends.toml").read_text(encoding="utf-8")
    bad = folder / "false_friends.toml"
    bad.write_text(text.replace('severity = "minor"', 'severity = "minr"', 1), encoding="utf-8")
    result = _run(tmp_path, folder, "Le cours du pétrole a chuté de 4 %.", "The course of oil fell 4%.")
    assert "unknown severity 'minr'" in _one_line_naming(result, bad)


def test_a_fraction_that_is_no_number_names_the_file(tmp_path):
    folder = tmp_path / "data"
    (folder / "lexmodel").mkdir(parents=True)
    text = (DATA / "lexmodel" / "figure_words.toml").read_text(encoding="utf-8")
    bad = folder / "lexmodel" / "figure_words.toml"
    bad.write_text(text.replace('"0.25" = "and a quarter"', '"a quarter" = "and a quarter"', 1), encoding="utf-8")
    result = _run(tmp_path, folder, "Il a passé deux ans et demi en prison avant son procès.",
                  "He spent two years in prison before his trial.")
    assert "[en.fractions]: 'a quarter' is not a number" in _one_line_naming(result, bad)


def test_a_known_body_row_lacking_its_english_acronym_names_the_file_and_line(tmp_path):
    folder = tmp_path / "data"
    (folder / "names").mkdir(parents=True)
    lines = (DATA / "names" / "acronym_bodies.fr-en.tsv").read_text(encoding="utf-8").splitlines()
    header = next(i for i, line in enumerate(lines) if line.strip() and not line.startswith("#"))
    kept = lines[:header + 2] + ["OEB\tOffice européen des brevets\t\tEuropean Patent Office"]
    bad = folder / "names" / "acronym_bodies.fr-en.tsv"
    bad.write_text("\n".join(kept) + "\n", encoding="utf-8")
    result = _run(tmp_path, folder, "L'Office européen des brevets (OEB) a tranché. L'OEB a refusé.",
                  "The European Patent Office (OEB) ruled. The OEB refused.")
    assert "without its french, french_name or english" in _one_line_naming(result, bad, len(kept))


def test_a_currency_name_row_without_its_english_name_names_the_file(tmp_path):
    """A [[currency_names]] row of a data copy lacking a column is reported when the tables are built, whatever the
    text: one line naming the file and the row, exit 2 (read only where the name matched, a faulty copy passed
    every text that names no such currency)."""
    folder = tmp_path / "data"
    folder.mkdir()
    text = (DATA / "formats.toml").read_text(encoding="utf-8")
    row = 'written = "francs CFA"\nenglish = "CFA francs"\n'
    assert row in text
    (folder / "formats.toml").write_text(text.replace(row, 'written = "francs CFA"\n', 1), encoding="utf-8")
    result = _run(tmp_path, folder, "La ligue doit 300 millions d'euros aux clubs.",
                  "The league owes 300 million euros to the clubs.")
    line = _one_line_naming(result, folder / "formats.toml")
    assert "english" in line and "[[currency_names]]" in line


# A blank word in a profile copy's list of words ("" or " ") became an empty branch of the check's alternation or a
# word no lookup reaches: A629/A634 read such a copy without a word and flagged nothing (fr76-b), while
# plan_modal refused it. Every list of words of a profile goes through mtqa.langs.data.profile_word_list.
_CAUSATIVE = ("Les orages de la nuit ont fait déborder la Garonne à Agen.",
              "The storms of the night made overflow the Garonne in Agen.")
_INVERSION = ("Le village où ont été trouvées les pièces romaines est près de Nîmes.",
              "The village where were found the Roman coins lies near Nîmes.")
_PLAN = ("Les essais du nouveau métro doivent commencer lundi prochain sur la ligne 4.",
         "The trials of the new metro must begin next Monday on line 4.")


@pytest.mark.parametrize("lang, key, blank, texts", [
    ("en", "causative.verbs", '["make", " ", "hear"]', _CAUSATIVE),
    ("fr", "causative.verb_forms", '["fait", ""]', _CAUSATIVE),
    ("en", "relative_inversion.auxiliaries", '[" "]', _INVERSION),
    ("en", "relative_inversion.more_openers", '["some", "\\t"]', _INVERSION),
    ("fr", "relative_inversion.relatives", '["où", "  "]', _INVERSION),
    ("fr", "relative_inversion.auxiliaries", '["ont", " "]', _INVERSION),
    ("fr", "plan_modal.forms", '["doivent", " "]', _PLAN),
    ("en", "plan_modal_rendering.obligation", '[" "]', _PLAN),
])
def test_a_blank_word_in_a_profile_list_names_the_file_and_key(tmp_path, lang, key, blank, texts):
    folder = tmp_path / "data"
    (folder / "langs").mkdir(parents=True)
    copy = folder / "langs" / f"{lang}.toml"
    copy.write_text(f"{key} = {blank}\n", encoding="utf-8")
    line = _one_line_naming(_run(tmp_path, folder, *texts), copy)
    assert f"{key} holds a blank word" in line, line


def test_the_profile_word_lists_say_what_is_wrong_in_one_shape(monkeypatch):
    from mtqa.errors import DataError
    from mtqa.langs.data import profile_word_list

    assert profile_word_list(["make", "see"], "en", "causative.verbs") == ["make", "see"]
    assert profile_word_list([], "en", "title_article.titles", empty=True) == []
    for value, said in ((None, "is missing"), ("make", "is a string"), ([], "is empty"),
                        (["make", 3], "holds a number (item 2)"), (["make", " "], "holds a blank word (item 2)")):
        with pytest.raises(DataError, match=r"en\.toml: causative\.verbs " + re.escape(said)
                           + r": a list of words is due \(one or more\)$"):
            profile_word_list(value, "en", "causative.verbs")


@pytest.mark.parametrize("module, table, key", [
    ("object_order", "object_order", "day_prepositions"), ("world_rank", "world_rank", "world"),
    ("self_report", "self_report", "opening_quotes"),
])
def test_a_blank_word_in_the_other_profile_tables_names_the_file_and_key(monkeypatch, module, table, key):
    # these tables tested "v" where a blank word needs "v.strip()": " " passed and matched nothing
    import importlib

    from mtqa.errors import DataError
    from mtqa.langs import language

    profile = language("en")
    monkeypatch.setitem(profile.extra, table, {**profile.extra[table], key: ["on", " "]})
    reader = importlib.import_module(f"mtqa.langs.{module}")._table
    raw = getattr(reader, "__wrapped__", reader)
    with pytest.raises(DataError, match=rf"en\.toml: {table}\.{key} holds a blank word \(item 2\)"):
        raw("en", "target")


@pytest.mark.parametrize("value", ['"nmae"', "3"])
def test_a_false_friend_place_that_is_no_group_of_its_target_names_the_file(tmp_path, value):
    """md76f (lr76 #3): ``place`` must name a group of the entry's target; a misspelt one read no place and the entry
    went quiet on every "until Geneva" with exit 0."""
    folder = tmp_path / "data"
    folder.mkdir()
    text = (DATA / "false_friends.toml").read_text(encoding="utf-8")
    bad = folder / "false_friends.toml"
    assert 'place = "name"' in text
    bad.write_text(text.replace('place = "name"', f"place = {value}", 1), encoding="utf-8")
    result = _run(tmp_path, folder, "Le train a roulé jusqu'à Genève.", "The train ran until Geneva.")
    assert "jusqu-a-lieu" in _one_line_naming(result, bad)


def test_an_emptied_unit_word_list_of_a_units_copy_names_the_file_and_the_list(tmp_path):
    # the false-friend lexicon's {{UNITS:fr:lengths}} reads the list through units.toml's owner (lexmodel.unit_words)
    folder = tmp_path / "data"
    (folder / "lexmodel").mkdir(parents=True)
    copy = folder / "lexmodel" / "units.toml"
    text = (DATA / "lexmodel" / "units.toml").read_text(encoding="utf-8")
    copy.write_text(re.sub(r"^lengths = \[[^\]]*\]", "lengths = []", text, count=1, flags=re.M), encoding="utf-8")
    result = _run(tmp_path, folder, "Le pont mesure 40 mètres de long.", "The bridge is 40 metres long.")
    assert "[fr] lengths is empty" in _one_line_naming(result, copy)


def test_a_rare_senses_copy_with_a_damaged_gzip_body_names_the_file(tmp_path):
    import gzip

    folder = tmp_path / "data"
    (folder / "lexmodel").mkdir(parents=True)
    copy = folder / "lexmodel" / "rare_senses.en.tsv.gz"
    whole = gzip.compress(b"exportation\t\texport\n" * 50)
    copy.write_bytes(whole[:10] + b"\xff" * 20 + whole[30:])  # zlib's error, which gzip does not turn into OSError
    result = _run(tmp_path, folder, "Les exportations ont baissé.", "The exportations fell.")
    assert "cannot be read as gzip" in _one_line_naming(result, copy)


@pytest.mark.parametrize("old, new, fault", [
    # a mark of two items (no `where`): was an IndexError naming no file
    ('["dj", "j", "any"], ["ss", "s", "between_vowels"]', '["dj", "j"], ["ss", "s", "between_vowels"]',
     "is not [French letters, English letters, where]"),
    # a `where` no mark can have: was the mark silently switched off
    ('["dj", "j", "any"], ["ss", "s", "between_vowels"]', '["dj", "j", "anywhere"], ["ss", "s", "between_vowels"]',
     "where 'anywhere'"),
])
def test_a_bad_script_mark_names_the_pair_file(tmp_path, old, new, fault):
    folder = tmp_path / "data"
    (folder / "pairs").mkdir(parents=True)
    text = (DATA / "pairs" / "fr-en.toml").read_text(encoding="utf-8")
    assert old in text
    bad = folder / "pairs" / "fr-en.toml"
    bad.write_text(text.replace(old, new, 1), encoding="utf-8")
    doc = tmp_path / "doc.jsonl"
    rows = [{"doc": "d1", "source": "Égypte : le procès reprend", "target": "Egypt: the trial resumes"},
            {"doc": "d1", "source": "L'avocat Achraf a plaidé lundi.", "target": "Lawyer Achraf pleaded on Monday."}]
    doc.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    env = {**os.environ, "MTQA_DATA": str(folder)}
    env.pop("MTQA_DEBUG", None)
    result = subprocess.run([sys.executable, "-m", "mtqa", "check", str(doc), "--format", "json"],
                            capture_output=True, text=True, env=env, timeout=120)
    line = _one_line_naming(result, bad)
    assert "transliteration.scripts.persian.marks" in line and fault in line  # the first such row is Persian's
