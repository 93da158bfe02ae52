"""A631 construction-sense: a verb before « que » rendered in the sense its construction takes before a quantity
(mtqa/checks/meaning/constructions.py, table mtqa/data/lexmodel/constructions.fr-en.tsv)."""
from __future__ import annotations

import subprocess
import sys

from mtqa.api import check_texts
from mtqa.checks.meaning import constructions as module
from mtqa.config import Config
from mtqa.context import Context


def _issues(source: str, target: str):
    ctx = Context(Config(select=("A631",)))
    return check_texts(f"Title\n\n{target}\n", source=f"Titre\n\n{source}\n", ctx=ctx).issues


OPINION = "Le maire de la ville estime que la fermeture de l'école serait injuste pour les familles."


def test_the_verb_in_its_figure_sense_is_reported_with_what_the_references_write():
    issues = _issues(OPINION, "The town's mayor estimates that closing the school would be unfair to families.")
    assert [i.code for i in issues] == ["A631"]
    assert issues[0].suggestion == "believes"
    message = issues[0].message
    # the counts are the references' own, said as such, not read as what "news writes"
    assert "the references write “estimates” in 5 of 68 opinion sentences, 15 of 27 before a figure" in message


def test_a_verb_after_an_apposition_is_still_read_as_the_verb():
    source = "Mme Lefort, la directrice de l'hôpital, estime que la fermeture du service serait une erreur."
    target = "Mrs Lefort, the hospital's director, estimates that closing the ward would be a mistake."
    assert [i.code for i in _issues(source, target)] == ["A631"]


def test_the_noun_after_a_determiner_renders_no_verb():
    target = "By her estimate, closing the school would be unfair to families."
    assert _issues(OPINION.replace("Le maire de la ville", "Elle"), target) == []


def test_the_noun_opening_a_clause_before_its_verb_renders_no_verb():
    target = "The town's mayor says closing the school would be unfair to families, estimates suggest."
    assert _issues(OPINION, target) == []


def test_a_word_the_alignment_does_not_link_to_the_verb_is_not_reported(monkeypatch):
    # the same sentence as the reported one, with the verb's links taken out of its alignment: the stem alone
    # no longer makes the flag, only a word that renders the verb does
    target = "The town's mayor estimates that closing the school would be unfair to families."
    real = module.ConstructionSense.alignments

    def unlinked(self, pair):
        out = real(self, pair)
        for wa in out.values():
            for i, tok in enumerate(wa.source):
                if tok.lower.startswith("estim"):
                    wa.links.pop(i, None)
        return out

    monkeypatch.setattr(module.ConstructionSense, "alignments", unlinked)
    assert _issues(OPINION, target) == []


def test_a_user_table_that_is_no_utf8_is_a_data_error_naming_it(tmp_path):
    folder = tmp_path / "lexmodel"
    folder.mkdir()
    table = folder / "constructions.fr-en.tsv"
    table.write_bytes(b"estim\testimat\t68\t5\t27\t15\tbeliev\tbeli\xe8ve\n")
    (tmp_path / "a.fr.txt").write_text(f"Titre\n\n{OPINION}\n", encoding="utf-8")
    (tmp_path / "a.en.txt").write_text("Title\n\nThe mayor estimates that closing the school is unfair.\n",
                                       encoding="utf-8")
    env = {**__import__("os").environ, "MTQA_DATA": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "mtqa", "check", str(tmp_path / "a.en.txt"), "--source",
                           str(tmp_path / "a.fr.txt")], capture_output=True, text=True, env=env)
    assert done.returncode == 2
    assert str(table) in done.stderr and "internal error" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
