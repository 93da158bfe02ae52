"""A506 look-alike-in-frame: a source word rendered by its look-alike where translators, in that frame, write
another word; the table learned by bench/build_look_alikes.py and its frame classes (mtqa/langs/look_alikes.py)."""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.langs.cognates import cognates
from mtqa.langs.lexmodel import load_lexmodel
from mtqa.langs.look_alikes import frame_classes, look_alike_table, tokens

pytestmark = pytest.mark.skipif(load_lexmodel("fr", "en") is None or not look_alike_table("fr", "en"),
                                reason="no fr-en lexical model or look-alike table")


def flags(source, target):
    ctx = Context(Config(select=("A506",), preview=True))
    return [(i.code, i.text, i.suggestion) for i in check_texts(target, source=source, ctx=ctx).issues]


def frame_of(text, word):
    toks = [t for t, _ in tokens(text)]
    return frame_classes("fr", "en").frame(toks, toks.index(word))


def test_frames_read_the_next_word_and_an_auxiliary_or_a_determiner_before():
    assert frame_of("Les experts estiment que la crise durera.", "estiment") == "que"
    assert frame_of("Le coût est estimé à trois millions.", "estimé") == "+à"
    assert frame_of("Les ventes ont progressé de 9 % en mai.", "progressé") == "+de+num"
    assert frame_of("Il réclame l'intervention de l'État.", "réclame") == "le"
    assert frame_of("La société, elle, refuse.", "société") == "^."
    assert frame_of("Le marché automobile recule.", "marché") == "^_"
    assert frame_of("Des milliers de manifestants ont marché dans Paris.", "marché") == "+dans"
    assert frame_of("Personne ne sait où il est.", "personne") == "ne"
    assert frame_of("Il faut qu'une personne ne reste pas seule.", "personne") == "^ne"
    assert frame_of("Elle a demandé l'annulation du vote.", "annulation") == "^de"


def test_a_union_rendered_syndicate_is_a501s_word_and_a506_gives_way():
    # stop 74 gave A501 a « syndicat » entry: the look-alike is reported once, by the lexicon, plural kept
    source, target = ("Les syndicats ont appelé à une grève de deux jours dans les transports.",
                      "The syndicates have called for a two-day strike in transport.")
    assert flags(source, target) == []
    ctx = Context(Config(select=("A501", "A506"), preview=True))
    assert [(i.code, i.text, i.suggestion) for i in check_texts(target, source=source, ctx=ctx).issues] == [
        ("A501", "syndicates", "unions")]


def test_liberty_before_de_is_freedom():
    assert flags("La liberté de la presse est menacée dans le pays.",
                 "The liberty of the press is threatened in the country.") == [("A506", "liberty", "freedom")]


def test_a_frame_that_excludes_a_look_alike_usual_elsewhere_flags_it():
    # « personne » is "person" in a third of the news; before « ne » (nobody) translators never write it
    assert flags("Selon la police, personne ne sait où se trouve le suspect.",
                 "According to the police, person knows where the suspect is.") == [("A506", "person", "one")]


def test_a_look_alike_usual_elsewhere_and_rare_in_a_frame_by_chance_is_quiet():
    # « affirme » is "affirms" in 9 of 104 sentences; 1 of 22 before a pause is no evidence against it
    assert flags("« Je les ai toujours soutenus », affirme-t-il.", "\"I have always supported them,\" he affirms.") == []
    # « personnes » is "persons" in 6 % of the news: formal, but English
    assert flags("Les pompiers ont secouru quinze personnes.", "Firefighters rescued fifteen persons.") == []


def test_the_usual_rendering_in_the_line_keeps_it_quiet():
    # the line holds "union": the look-alike says something else ("a crime syndicate")
    assert flags("Le syndicat dénonce les liens entre la mafia et les syndicats du port.",
                 "The union denounces the links between the mafia and the port syndicates.") == []


def test_a_look_alike_the_model_never_links_is_left_to_a502():
    from mtqa.checks.false_friends import look_alikes_in_frame

    # « uniquement » -> "uniquely" is A502's reading: the model never links the two
    assert list(look_alikes_in_frame("Le club recrute uniquement des joueurs confirmés.",
                                     "The club is uniquely recruiting experienced players.", "fr", "en")) == []


def test_alike_stems_reads_one_stem_not_close_ones():
    cog = cognates("fr", "en")
    assert cog.alike_stems("affirmé", "affirmed", "affirm", "affirm")
    assert not cog.alike_stems("claires", "claims", "clair", "claim")
    assert not cog.alike_stems("expertise", "expertise", "expertis", "expertis")  # the same word: no look-alike


QUIET = [
    ("Les syndicats ont appelé à une grève de deux jours.", "The unions have called for a two-day strike."),
    ("Le syndicat des enseignants rejette la réforme.", "The teachers' union rejects the reform."),
    ("Le coût est estimé à trois millions d'euros.", "The cost is estimated at three million euros."),
    ("Les experts estiment que la reprise sera lente.", "The experts believe the recovery will be slow."),
    ("Il a affirmé que le projet serait terminé en mai.", "He said the project would be finished in May."),
    ("Elle a réaffirmé son soutien au président.", "She reaffirmed her support for the president."),
    ("Le ministre a assuré que les salaires seraient versés.", "The minister assured that wages would be paid."),
    ("La police doit assurer la sécurité du sommet.", "The police must ensure the security of the summit."),
    ("La liberté de la presse recule dans le pays.", "Press freedom is declining in the country."),
    ("La Statue de la Liberté a rouvert ses portes.", "The Statue of Liberty has reopened."),
    ("Il a été remis en liberté sous caution.", "He was released on bail."),
    ("Dans le domaine de la santé, les dépenses augmentent.", "In the area of health, spending is rising."),
    ("Le nom de domaine du site a été suspendu.", "The site's domain name has been suspended."),
    ("Le domaine viticole a été vendu à un investisseur chinois.", "The wine estate was sold to a Chinese investor."),
    ("Plus de 200 personnes ont été évacuées.", "More than 200 people were evacuated."),
    ("Personne ne sait où se trouve le suspect.", "No one knows where the suspect is."),
    ("Une personne a été arrêtée samedi.", "One person was arrested on Saturday."),
    ("La nécessité de réformer les retraites fait débat.", "The need to reform pensions is debated."),
    ("Il n'y a aucune nécessité de fermer l'école.", "There is no need to close the school."),
    ("Peu importe le résultat, il restera en poste.", "Whatever the result, he will stay in office."),
    ("Le pays importe la moitié de son gaz.", "The country imports half of its gas."),
    ("L'entreprise dispose de deux usines en France.", "The company has two factories in France."),
    ("Les opposants au régime ont manifesté à Minsk.", "Opponents of the regime demonstrated in Minsk."),
    ("Le gouvernement a annoncé des réductions d'impôts.", "The government announced tax cuts."),
    ("Les réductions d'émissions restent insuffisantes.", "The reductions in emissions remain insufficient."),
    ("La difficulté réside dans le financement.", "The difficulty lies in the funding."),
    ("L'ancien ministre réside à Genève depuis 2010.", "The former minister has lived in Geneva since 2010."),
    ("Le juge lui a infligé une amende de 500 euros.", "The judge fined him 500 euros."),
    ("Le marché a reculé de 2 % vendredi.", "The market fell 2% on Friday."),
    ("Des milliers de personnes ont marché dans Paris.", "Thousands of people marched in Paris."),
    ("L'équipe de France a battu l'Italie.", "France's team beat Italy."),
    ("Le véhicule est équipé d'un moteur électrique.", "The vehicle is equipped with an electric motor."),
    ("Le ministre a envisagé de démissionner.", "The minister considered resigning."),
    ("La société a annoncé des pertes au premier trimestre.", "The company announced losses in the first quarter."),
    ("La société française reste divisée sur la question.", "French society remains divided on the question."),
    ("Les électeurs sont appelés aux urnes dimanche.", "Voters are called to the polls on Sunday."),
    ("Les obligations d'État ont reculé mardi.", "Government bonds fell on Tuesday."),
    ("Il a respecté ses obligations envers ses clients.", "He met his obligations to his clients."),
    ("Le tribunal a jugé que la décision était illégale.", "The court ruled that the decision was illegal."),
    ("Le procès s'ouvrira lundi à Paris.", "The trial will open on Monday in Paris."),
    ("Le conducteur du camion a été blessé.", "The lorry driver was injured."),
    ("Les frontières restent fermées aux voyageurs.", "The borders remain closed to travellers."),
    ("Le chef de l'opposition a signalé que le vote serait reporté.", "The opposition leader reported that the vote would be postponed."),
    ("Les usagers du métro ont été évacués.", "Metro passengers were evacuated."),
    ("Cela permet de vérifier qu'une personne ne tente pas d'usurper une identité.",
     "This makes it possible to check that a person is not trying to steal an identity."),
    ("Les assemblées législatives des États ont voté la loi.", "The state legislatures passed the law."),
    ("Les sociétés bancaires ont annoncé des pertes.", "The banking companies announced losses."),
    ("La liberté absolue n'existe pas, a-t-il dit.", "There is no such thing as absolute freedom, he said."),
    ("Le gouvernement envisage de relever les impôts.", "The government is considering raising taxes."),
]
"""(French source, correct English): correct, idiomatic news sentences using the words A506 reads, in their
legitimate senses (written for this test: « estimé à », « assurer la sécurité », « la Statue de la Liberté »,
« importe » the verb, « ont marché », « la société française »...)."""


@pytest.mark.parametrize("source, target", QUIET)
def test_correct_news_english_is_quiet(source, target):
    assert flags(source, target) == []


def _run(folder: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    doc = tmp_path / "doc.jsonl"
    doc.write_text(json.dumps({"source": "La liberté de la presse est menacée.",
                               "target": "The liberty of the press is threatened."}) + "\n", encoding="utf-8")
    env = {**os.environ, "MTQA_DATA": str(folder)}
    env.pop("MTQA_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "mtqa", "check", str(doc), "--format", "json", "--select", "A506"],
                          capture_output=True, text=True, env=env, timeout=120)


def test_the_shipped_table_flags_through_the_command_line(tmp_path):
    result = _run(tmp_path / "empty", tmp_path)
    assert result.returncode == 1, result.stderr
    assert "A506" in result.stdout and "freedom" in result.stdout


def test_a_faulty_table_row_is_a_data_error_naming_file_and_line(tmp_path):
    folder = tmp_path / "data" / "lexmodel"
    folder.mkdir(parents=True)
    bad = folder / "look_alikes.fr-en.tsv.gz"
    with gzip.open(bad, "wt", encoding="utf-8") as fh:
        fh.write("# a header\nsyndicats\t*\t80\tunion:78\t-\nsyndicats\t_\tmany\tunion:12\t-\n")
    result = _run(tmp_path / "data", tmp_path)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"{bad}:3:" in lines[0], lines[0]
