"""A631 construction-sense: a verb before « que » rendered in the sense news gives it before a quantity when its
clause states none; the table learned by bench/build_constructions.py (mtqa.langs.lexmodel.constructions)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from mtqa.api import check_texts
from mtqa.checks.meaning import constructions as module
from mtqa.config import Config
from mtqa.context import Context
from mtqa.langs.lexmodel import constructions, load_lexmodel

pytestmark = pytest.mark.skipif(load_lexmodel("fr", "en") is None or constructions("fr", "en") is None,
                                reason="no fr-en lexical model or construction table")


def flags(source, target):
    ctx = Context(Config(select=("A631",), preview=True))
    return [(i.code, i.text, i.suggestion) for i in check_texts(target, source=source, ctx=ctx).issues]


def test_the_learned_table_holds_estimer_with_believe_as_the_opinion_frames_rendering():
    rows = constructions("fr", "en")["traps"]["estim"]
    row = next(r for r in rows if r.trap == "estimat")
    assert row.usual == "believ" and row.opinion_with_trap <= 0.1 * row.opinion
    assert row.figure_with_trap >= 0.3 * row.figure


def test_an_opinion_rendered_as_an_estimate_is_reported_in_the_form_written():
    src = "Les économistes de la banque estiment que la hausse des taux arrive trop tard pour freiner les prix."
    assert flags(src, "The bank's economists estimate that the rate rise comes too late to curb prices.") == [
        ("A631", "estimate", "believe")]
    src = "Le maire a estimé que la fermeture de l'usine serait un coup dur pour la commune."
    assert flags(src, "The mayor estimated that closing the plant would be a blow to the town.") == [
        ("A631", "estimated", "believed")]


def test_an_adverb_between_the_verb_and_que_keeps_the_frame():
    src = "Les analystes estiment toutefois que le secteur a appris à vivre avec la sécheresse."
    assert flags(src, "Analysts estimate however that the sector has learned to live with the drought.") == [
        ("A631", "estimate", "believe")]


def test_a_clause_that_states_a_quantity_keeps_the_estimate():
    src = "Les syndicats estiment que 400 emplois seront supprimés d'ici la fin de l'année."
    assert flags(src, "The unions estimate that 400 jobs will be cut by the end of the year.") == []
    src = "Les secours estiment que plusieurs milliers de personnes ont dû quitter leur maison."
    assert flags(src, "Rescuers estimate that several thousand people had to leave their homes.") == []


def test_the_opinion_rendering_in_the_sentence_or_another_word_that_renders_estimate_keeps_it_quiet():
    src = "Les économistes estiment que la reprise sera lente, selon les estimations de la banque centrale."
    assert flags(src, "Economists estimate that the recovery will be slow, according to central bank estimates.") == []
    src = "Les juges estiment que la loi est claire."
    assert flags(src, "The judges believe that the law is clear, as they estimate it.") == []


def test_the_right_rendering_is_quiet():
    src = "Les économistes de la banque estiment que la hausse des taux arrive trop tard pour freiner les prix."
    assert flags(src, "The bank's economists believe that the rate rise comes too late to curb prices.") == []


def test_a_malformed_row_of_a_user_table_is_one_line_naming_the_file_and_line_and_exit_2(tmp_path):
    folder = tmp_path / "data" / "lexmodel"
    folder.mkdir(parents=True)
    (folder / "constructions.fr-en.tsv").write_text(
        "# a header\nestim\testimat\t57\t5\t27\t15\tbeliev\tbelieve\nestim\testimat\tmany\n", encoding="utf-8")
    doc = tmp_path / "doc.jsonl"
    doc.write_text(json.dumps({"source": "Les juges estiment que la loi est claire.",
                               "target": "The judges estimate that the law is clear."}) + "\n", encoding="utf-8")
    env = {**os.environ, "MTQA_DATA": str(tmp_path / "data")}
    env.pop("MTQA_DEBUG", None)
    result = subprocess.run([sys.executable, "-m", "mtqa", "check", str(doc), "--select", "A631", "--preview"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2, result.stderr
    assert "constructions.fr-en.tsv:3: expected verb, trap, four counts" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def _builder():
    from pathlib import Path

    bench = str(Path(__file__).resolve().parents[2] / "bench")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    import build_constructions

    return build_constructions


def test_the_fisher_tail_tells_a_class_that_decides_from_a_small_sample():
    fisher = _builder().fisher_greater
    assert fisher(15, 27, 5, 68) < 1e-5  # « estimer » -> "estimate": the clause's class decides
    assert 0.05 < fisher(4, 13, 2, 24) < 0.15  # « préciser » -> "specify": four of thirteen is no evidence
    assert fisher(0, 10, 5, 50) == 1.0  # never in figure sentences: nothing to tell


def test_every_learned_row_clears_the_chance_test_of_the_builder_thresholds():
    from mtqa.langs.data import data_toml

    limit = data_toml("lexmodel", "constructions.toml")["fr"]["learn"]["max_p_value"]
    fisher = _builder().fisher_greater
    rows = [r for found in constructions("fr", "en")["traps"].values() for r in found]
    assert rows
    for r in rows:
        assert fisher(r.figure_with_trap, r.figure, r.opinion_with_trap, r.opinion) <= limit, r


def test_specified_that_for_precise_que_is_not_flagged_by_the_learned_table():
    src = "Le ministère a précisé que la décision serait annoncée la semaine prochaine."
    assert flags(src, "The ministry specified that the decision would be announced next week.") == []


# md73a: the flagged word renders the verb; the message; a user table that is no UTF-8; the builder's exits
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


# md73e (lr73 item 2): the word after the trap decides everywhere, not only after a clause mark; a noun's
# modifier before it ("council", "own", "the teachers'") is no determiner.
TEACHERS = "Les enseignants estiment que la fermeture de l'école serait injuste pour les familles."


@pytest.mark.parametrize("target", [
    "Council estimates say closing the school would be unfair to families.",
    "Their own estimates say closing the school would be unfair to families.",
    "The teachers' estimates say closing the school would be unfair to families.",
    "By council estimates, closing the school would be unfair to families.",
])
def test_the_noun_after_a_modifier_that_is_no_determiner_renders_no_verb(target):
    assert _issues(TEACHERS, target) == []


@pytest.mark.parametrize("target", [
    "The teachers estimate that closing the school would be unfair to families.",
    "Teachers estimate the closure of the school would be unfair to families.",
    "Teachers, for their part, estimate it would be unfair to families to close the school.",
    "Teachers estimate, however, that closing the school would be unfair to families.",
])
def test_the_verb_followed_by_that_a_determiner_or_a_pronoun_is_still_reported(target):
    assert [i.suggestion for i in _issues(TEACHERS, target)] == ["believe"]


def test_a_word_the_alignment_does_not_link_to_the_verb_is_not_reported(monkeypatch):
    # the same sentence as the reported one, with the verb's links taken out of its alignment: the stem alone
    # no longer makes the flag, only a word that renders the verb does
    target = "The town's mayor estimates that closing the school would be unfair to families."
    from mtqa.meaning import align

    real = align.segment_alignment  # the check aligns the segments holding a frame, one by one (aligned_or_alone)

    def unlinked(*args):
        wa = real(*args)
        for i, tok in enumerate(wa.source):
            if tok.lower.startswith("estim"):
                wa.links.pop(i, None)
        return wa

    assert _issues(OPINION, target) != []  # linked, the same sentence is reported
    monkeypatch.setattr(align, "segment_alignment", unlinked)
    assert _issues(OPINION, target) == []


def test_a_user_table_that_is_no_utf8_is_a_data_error_naming_it(tmp_path):
    folder = tmp_path / "lexmodel"
    folder.mkdir()
    table = folder / "constructions.fr-en.tsv"
    table.write_bytes(b"estim\testimat\t68\t5\t27\t15\tbeliev\tbeli\xe8ve\n")
    (tmp_path / "a.fr.txt").write_text(f"Titre\n\n{OPINION}\n", encoding="utf-8")
    (tmp_path / "a.en.txt").write_text("Title\n\nThe mayor estimates that closing the school is unfair.\n",
                                       encoding="utf-8")
    env = {**os.environ, "MTQA_DATA": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "mtqa", "check", str(tmp_path / "a.en.txt"), "--source",
                           str(tmp_path / "a.fr.txt")], capture_output=True, text=True, env=env)
    assert done.returncode == 2
    assert str(table) in done.stderr and "internal error" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_the_builder_without_its_data_is_one_line_and_exit_2_not_differs(tmp_path):
    script = str(_builder().__file__)
    for data in (tmp_path / "missing", tmp_path):  # no folder; a folder without the training news
        result = subprocess.run([sys.executable, script, "--data", str(data), "--check"], capture_output=True,
                                text=True, timeout=120)
        assert result.returncode == 2, result.stderr  # exit 1 is --check's "differs" alone
        assert str(data) in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_frame_aligns_its_own_sentence_only_and_the_run_reports_no_adequacy_it_did_not_ask_for():
    # two sentences, one with the frame: the check reads the alignment of that one, and with the adequacy weight
    # at 0 nothing aligned the document, so the result carries no adequacy (the whole document once did)
    source = ("Titre\n\nLes syndicats estiment que la réforme est injuste pour les salariés.\n\n"
              "La grève commencera lundi dans les transports publics.\n")
    target = ("Title\n\nThe unions estimate that the reform is unfair to employees.\n\n"
              "The strike will start on Monday in public transport.\n")
    ctx = Context(Config(select=("A631",), preview=True, adequacy_weight=0.0))
    result = check_texts(target, source=source, ctx=ctx)
    assert [i.code for i in result.issues] == ["A631"]
    assert result.adequacy == {}
