"""bench/literal_expressions.py: the candidate expressions it reads off a French sentence, and its corpus labels."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))
import literal_expressions as build  # noqa: E402

from mtqa.meaning.tokens import tokens  # noqa: E402

FSRC = build.function_words()


def spans(text):
    toks = tokens(text, "fr")
    return [" ".join(t.lower for t in toks[a:b]) for a, b in build.ngrams(toks, text, FSRC)]


def test_candidates_open_and_close_on_content_words():
    found = spans("Le conseil a relevé son taux directeur de deux points.")
    assert "taux directeur" in found
    assert "relevé son taux" in found  # a function word inside is kept, the span still ends on a content word
    assert not any(s.startswith(("le ", "son ")) or s.endswith((" son", " de")) for s in found)


def test_candidates_stop_at_punctuation_figures_and_names():
    assert "taux directeur" not in spans("Le taux, directeur ou non, baisse.")
    assert not any("2" in s for s in spans("Le taux directeur 2 fois plus haut."))
    assert not any("paris" in s for s in spans("Les transports en commun Paris ferment."))


def test_an_elided_article_is_grammar_inside_an_expression():
    assert "garder l anonymat" in spans("Il a souhaité garder l'anonymat.")


@pytest.mark.skipif(not (build.DEFAULT_DATA / "newstest-fren-2008-2015").is_dir(), reason="../shared/data absent")
def test_every_training_pair_has_its_set():
    assert len(build.corpus_sets(build.DEFAULT_DATA)) == len(build.corpus(build.DEFAULT_DATA))


def test_no_piece_of_a_hyphenated_compound():
    found = spans("Ils sont quatre-vingt-dix dans le conflit israélo-palestinien.")
    assert "quatre vingt dix" in found
    assert "vingt dix" not in found and "quatre vingt" not in found and "conflit israélo" not in found


def test_prepositions_of_the_profile_are_grammar():
    # « pendant », « durant » are kept out of fr.toml's function_words (English writes "pendant") but are listed
    # as more_prepositions: no expression opens or closes on them
    assert not any(s.startswith(("pendant", "durant")) for s in spans("Pendant la crise et durant la journée."))


def test_an_earlier_table_is_read_as_written(tmp_path):
    import gzip

    path = tmp_path / "literal.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("# expression\tstems\tslots\trenderings\tseen\tliteral\telsewhere\tmt\n")
        fh.write("taux directeur\ttau directeur\trat;director\tkey rate\t9\t0\t0\t0\n")
        fh.write("mise en examen\tmis en examen\tput;examination\t\t11\t0\t0\t0\n")
    assert build.read_table(path) == [["taux directeur", "tau directeur", "rat;director", "key rate", 9, 0, 0, 0],
                                      ["mise en examen", "mis en examen", "put;examination", "", 11, 0, 0, 0]]


@pytest.mark.parametrize("body", [b"not gzip", None])
def test_a_broken_earlier_table_is_one_line_and_exit_2(tmp_path, capsys, body):
    import gzip

    path = tmp_path / "literal.tsv.gz"
    if body is None:  # gzip, but a row of three fields
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            fh.write("# header\ntaux directeur\ttau directeur\trat\n")
    else:
        path.write_bytes(body)
    with pytest.raises(SystemExit) as stop:
        build.read_table(path)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert str(path) in err and err.count("\n") == 1
    if body is None:
        assert "line 2" in err


def test_a_missing_phrase_file_is_one_line_and_exit_2(tmp_path):
    import subprocess

    run = subprocess.run([sys.executable, str(BENCH / "literal_expressions.py"), "--why", str(tmp_path / "none.txt")],
                         capture_output=True, text=True)
    assert run.returncode == 2 and run.stderr.strip().count("\n") == 0 and "none.txt" in run.stderr
