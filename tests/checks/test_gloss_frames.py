"""A630 gloss-out-of-frame: a source word rendered by its usual gloss next to a neighbour that rules the gloss out;
the table learned by bench/build_gloss_frames.py and its frames (mtqa/langs/gloss_frames.py)."""
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
from mtqa.langs.gloss_frames import frame_reader, gloss_frame_table
from mtqa.langs.lexmodel import load_lexmodel
from mtqa.langs.look_alikes import tokens

pytestmark = pytest.mark.skipif(load_lexmodel("fr", "en") is None or not gloss_frame_table("fr", "en"),
                                reason="no fr-en lexical model or gloss-frame table")


def flags(source, target):
    ctx = Context(Config(select=("A630",), preview=True))
    return [(i.code, i.text, i.suggestion) for i in check_texts(target, source=source, ctx=ctx).issues]


def frames_of(text, word):
    toks = tokens(text)
    return frame_reader("fr", "en").frames(text, toks, [t for t, _ in toks].index(word))


def test_frames_read_the_content_word_either_side_a_figure_a_clock_time_and_a_capital():
    assert frames_of("Les réserves d'eau douce baissent.", "douce") == ("<eau", ">baissent")
    assert frames_of("Le typhon a touché terre vers 22h00 samedi.", "vers") == ("<terre", ">#h")
    assert frames_of("Il est arrivé vers 15 heures.", "vers") == ("<arrivé", ">#h")
    assert frames_of("On compte encore 14 disparus.", "disparus") == ("<#",)
    assert frames_of("Elle vit vers 2030 une autre crise.", "vers") == ("<vit", ">#")
    assert frames_of("Les titres ont reculé à la Bourse de Paris.", "bourse") == ("Cap",)


def test_a_grammar_word_or_an_apostrophe_is_no_frame_and_a_capital_opening_a_sentence_is_no_name():
    assert frames_of("Il a vendu ses biens.", "biens") == ()
    assert frames_of("Bourse : les valeurs reculent.", "bourse") == ()
    assert frames_of("« Maison de retraite », dit-il.", "maison") == ()
    assert frames_of("C'est l'usine.", "usine") == ()


@pytest.mark.parametrize("source, target, flagged", [
    ("Les organisations de la société civile ont dénoncé la nouvelle loi sur les associations.",
     "Civil company organisations have denounced the new law on associations.", ("A630", "company", "society")),
    ("La Maison Blanche a refusé de commenter ces informations mardi soir.",
     "The White Home refused to comment on the reports on Tuesday evening.", ("A630", "Home", "House")),
    ("Le candidat sortant a obtenu 4 200 voix au second tour, contre 3 900 pour son rival.",
     "The outgoing candidate won 4,200 voices in the second round, against 3,900 for his rival.",
     ("A630", "voices", "votes")),
    ("Les partisans du libre échange ont salué la signature du traité.",
     "Supporters of free exchange welcomed the signing of the treaty.", ("A630", "exchange", "trade")),
    ("La politique étrangère du pays n'a guère changé depuis dix ans.",
     "The country's foreign political stance has hardly changed in ten years.", ("A630", "political", "policy")),
    ("La réforme a été adoptée jeudi par la Chambre, malgré l'opposition des syndicats.",
     "The reform was adopted on Thursday by the Room, despite opposition from the unions.", ("A630", "Room", "House")),
])
def test_a_usual_gloss_next_to_a_neighbour_that_rules_it_out_is_flagged(source, target, flagged):
    assert flags(source, target) == [flagged]


def test_the_word_elsewhere_in_the_source_in_a_frame_that_allows_the_gloss_keeps_it_quiet():
    # « société » twice: the second (« la société a ») may be rendered "company"
    assert flags("La société civile critique la société, qui a licencié 300 salariés.",
                 "Civil society criticises the company, which laid off 300 employees.") == []
    assert flags("La société civile critique la société, qui a licencié 300 salariés.",
                 "Civil company criticises the company, which laid off 300 employees.") == []


QUIET = [
    ("Les organisations de la société civile ont dénoncé le projet de loi.",
     "Civil society organisations have denounced the bill."),
    ("La société a annoncé la suppression de 300 emplois.", "The company announced 300 job cuts."),
    ("La Maison Blanche a démenti toute négociation secrète.", "The White House denied any secret negotiations."),
    ("Il a quitté la maison de ses parents à dix-huit ans.", "He left his parents' home at eighteen."),
    ("Les Maisons de la culture ferment pour l'été.", "The arts centres close for the summer."),
    ("Le maire a été réélu avec 1 250 voix d'avance.", "The mayor was re-elected with a lead of 1,250 votes."),
    ("La chanteuse a une voix grave et douce.", "The singer has a deep, gentle voice."),
    ("Les voix des victimes doivent être entendues.", "The voices of the victims must be heard."),
    ("Le libre échange profite surtout aux grands exportateurs.", "Free trade benefits mostly the big exporters."),
    ("Un échange de prisonniers a eu lieu à la frontière.", "A prisoner exchange took place at the border."),
    ("La politique étrangère de la France sera au cœur du débat.", "France's foreign policy will be at the heart of the debate."),
    ("La vie politique du pays reste très agitée.", "The country's political life remains very turbulent."),
    ("Les partis politiques ont jusqu'à lundi pour déposer leurs listes.",
     "Political parties have until Monday to file their lists."),
    ("Le Premier ministre a présenté son gouvernement mardi.", "The Prime Minister presented his government on Tuesday."),
    ("Son premier enfant est né en 2019.", "Her first child was born in 2019."),
    ("C'est le premier semestre en hausse depuis 2015.", "It is the first half-year of growth since 2015."),
    ("La Chambre des représentants a adopté le texte jeudi.", "The House of Representatives passed the bill on Thursday."),
    ("La chambre était vide quand la police est arrivée.", "The room was empty when the police arrived."),
    ("Le ministre des Affaires étrangères est attendu à Berlin.", "The Foreign Minister is expected in Berlin."),
    ("Les affaires reprennent lentement dans le centre-ville.", "Business is slowly picking up in the town centre."),
    ("La Cour suprême a rejeté le recours du gouverneur.", "The Supreme Court rejected the governor's appeal."),
    ("Le délai est trop court pour organiser un scrutin.", "The deadline is too short to organise a vote."),
    ("Le ministère de l'Intérieur a interdit la manifestation.", "The Interior Ministry banned the protest."),
    ("À l'intérieur du bâtiment, les pompiers ont trouvé deux blessés.",
     "Inside the building, firefighters found two injured people."),
    ("Le conflit au Moyen-Orient inquiète les marchés.", "The conflict in the Middle East worries the markets."),
    ("Le salaire moyen a augmenté de 3 % sur un an.", "The average wage rose 3% year on year."),
    ("À moyen terme, la croissance devrait ralentir.", "In the medium term, growth is expected to slow."),
    ("Le sommet a eu lieu à Genève en présence de dix chefs d'État.",
     "The summit took place in Geneva with ten heads of state present."),
    ("Au lieu de baisser, les prix ont encore grimpé.", "Instead of falling, prices climbed again."),
    ("Le second tour aura lieu le 7 mai.", "The run-off will be held on 7 May."),
    ("Le Tour de France partira de Florence.", "The Tour de France will start from Florence."),
    ("Une ligne à grande vitesse reliera les deux villes.", "A high-speed line will link the two cities."),
    ("Une grande partie de la ville est privée d'électricité.", "A large part of the city is without power."),
    ("Le secteur privé a créé 20 000 emplois en mars.", "The private sector created 20,000 jobs in March."),
    ("Le Conseil de sécurité nationale s'est réuni dimanche.", "The National Security Council met on Sunday."),
    ("La sécurité des passagers n'a jamais été menacée.", "The passengers' safety was never at risk."),
    ("Le prix Nobel de la paix sera annoncé vendredi.", "The Nobel Peace Prize will be announced on Friday."),
    ("Le prix du pain a doublé en un an.", "The price of bread has doubled in a year."),
    ("Une jeune fille de 15 ans a été blessée.", "A 15-year-old girl was injured."),
    ("Sa fille a témoigné devant le tribunal.", "His daughter testified before the court."),
    ("Un jeune homme a été interpellé près de la gare.", "A young man was arrested near the station."),
    ("Les droits de l'homme sont au cœur du rapport.", "Human rights are at the heart of the report."),
    ("Tous les salariés, y compris les cadres, sont concernés.", "All employees, including managers, are affected."),
    ("Il a compris que la partie était perdue.", "He understood that the game was lost."),
    ("Bien entendu, rien n'est encore décidé.", "Of course, nothing has been decided yet."),
    ("Je n'ai jamais entendu parler de cette entreprise.", "I had never heard of this company."),
    ("C'est la dernière fois qu'il se présente.", "It is the last time he is standing."),
    ("Une fois de plus, le vote a été reporté.", "Once again, the vote has been postponed."),
    ("Les prix sont plus chers qu'il y a deux ans.", "Prices are more expensive than two years ago."),
    ("Au cours des cinq dernières années, le chômage a reculé.", "Over the past five years, unemployment has fallen."),
    ("Ses dernières déclarations ont surpris ses alliés.", "His latest statements surprised his allies."),
    ("Le petit déjeuner est servi à partir de 7 heures.", "Breakfast is served from 7 a.m."),
    ("Un petit groupe de manifestants s'est rassemblé devant la mairie.",
     "A small group of protesters gathered in front of the town hall."),
    ("Il a acheté un appareil photo d'occasion.", "He bought a second-hand camera."),
    ("Cet appareil mesure la pollution de l'air.", "This device measures air pollution."),
    ("Son nouveau roman paraîtra en septembre.", "Her new novel will come out in September."),
    ("Le Stade de France accueillera la finale.", "The Stade de France will host the final."),
    ("Le projet en est encore au stade des études.", "The project is still at the study stage."),
    ("L'Histoire jugera cette décision.", "History will judge this decision."),
    ("Il raconte une histoire de famille.", "He tells a family story."),
    ("Les heures supplémentaires seront mieux payées.", "Overtime will be better paid."),
    ("Le pays a besoin de moyens supplémentaires.", "The country needs additional resources."),
    ("Il l'a écrit dans une lettre à ses électeurs.", "He wrote it in a letter to his voters."),
    ("Il est peu probable que le texte soit adopté.", "The bill is unlikely to be passed."),
]
"""(French source, correct English): correct, idiomatic news sentences using the words of A630's table in their
legitimate senses, the trap next to a frame that allows it or the frame's own rendering (written for this test:
« la société » the company, « la maison » the home, « la voix » of a singer, « la chambre » a room, « les
affaires » business, « court » short, « à l'intérieur » inside, « le salaire moyen » average, « au lieu de »
instead, « au stade des » stage...)."""


@pytest.mark.parametrize("source, target", QUIET)
def test_correct_news_english_is_quiet(source, target):
    assert flags(source, target) == []


def _run(folder: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    doc = tmp_path / "doc.jsonl"
    doc.write_text(json.dumps({"source": "La société civile a manifesté samedi.",
                               "target": "Civil company demonstrated on Saturday."}) + "\n", encoding="utf-8")
    env = {**os.environ, "MTQA_DATA": str(folder)}
    env.pop("MTQA_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "mtqa", "check", str(doc), "--format", "json", "--select", "A630",
                           "--preview"], capture_output=True, text=True, env=env, timeout=120)


def test_the_shipped_table_flags_through_the_command_line(tmp_path):
    result = _run(tmp_path / "empty", tmp_path)
    assert result.returncode == 1, result.stderr
    assert "A630" in result.stdout and "society" in result.stdout


def test_a_faulty_table_row_is_a_data_error_naming_file_and_line(tmp_path):
    folder = tmp_path / "data" / "lexmodel"
    folder.mkdir(parents=True)
    bad = folder / "gloss_frames.fr-en.tsv.gz"
    with gzip.open(bad, "wt", encoding="utf-8") as fh:
        fh.write("# a header\nsociété\t>civile\t27\tcompany:0\tsociety:23\tsociety\n"
                 "société\tCap\tmany\tcompany:0\tsociety:9\tsociety\n")
    result = _run(tmp_path / "data", tmp_path)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"{bad}:3:" in lines[0], lines[0]


def _reaches(source, target):
    """The rule's decision is reached: a source word stands in a frame of the table whose trap is in the line
    (what the quieting logic under test must then rule on)."""
    from mtqa.checks.gloss_frames import gloss_heads
    from mtqa.meaning.tokens import stem

    stems = {stem(w.lower(), "en") for w in target.replace(",", " ").replace(".", " ").replace("'", " ").split()}
    return any(ts in stems for _, _, frames in gloss_heads(source, "fr", "en") for _, c in frames for ts in c.traps)


REACHING_QUIET = [
    # the gloss makes an English word pair (symspellpy) with the word after it or ends its phrase after one
    ("Il a perdu sa jeune fille de trois ans dans l'accident.",
     "He lost his young daughter, aged three, in the accident."),
    ("Elle a rencontré la jeune fille de son voisin.", "She met her neighbour's young daughter."),
    ("Les négociateurs cherchent un moyen terme.", "The negotiators are looking for a middle ground."),
    ("Le libre échange d'informations est menacé.", "The free exchange of information is under threat."),
    ("Ils veulent le libre échange des données.", "They want the free exchange of data."),
    ("Les heures supplémentaires seront payées davantage.", "Additional hours worked will be paid more."),
    # the line holds the frame's rendering and the gloss renders another source word
    ("Les représentants de la société civile ont rencontré des chefs d'entreprise.",
     "Civil society representatives met company bosses."),
    ("La sécurité nationale exige des règles de sûreté strictes.", "National security requires strict safety rules."),
]


@pytest.mark.parametrize("source, target", REACHING_QUIET)
def test_a_gloss_english_where_it_stands_is_quiet_though_the_frame_rules_it_out(source, target):
    assert _reaches(source, target)  # the trap is in a frame that rules it out: the veto under test decides
    assert flags(source, target) == []


def test_the_veto_does_not_reach_a_pair_that_runs_on_into_a_calque():
    source = "Ils veulent créer une zone de libre échange avec Kiev."
    assert flags(source, "They want to create a free exchange zone with Kiev.") == [("A630", "exchange", "trade")]
    # "room of", "safety in": a grammar word is no partner of the pair veto
    assert flags("La réforme a été adoptée par la Chambre des députés jeudi.",
                 "The reform was adopted by the Room of deputies on Thursday.") == [("A630", "Room", "House")]


def test_a_capitalised_word_in_a_longer_name_has_no_capital_frame():
    assert "Cap" not in frames_of("Il habite à Pont-de-Buis depuis dix ans.", "pont")
    assert "Cap" not in frames_of("Le Pont Jacques-Cartier a été fermé.", "pont")
    assert "Cap" in frames_of("La réforme a été adoptée par la Chambre jeudi.", "chambre")
    assert "Cap" in frames_of("Le concert aura lieu au Stade National dimanche.", "stade")  # an adjective, no name
    assert flags("Il habite à Pont-de-Buis depuis dix ans.", "He has lived in Bridge-of-Boxwood for ten years.") == []
    assert flags("Le Pont Jacques-Cartier a été fermé.", "The Jacques Cartier Bridge was closed.") == []


@pytest.mark.parametrize("source, target, flagged", [
    # a row the neighbour's own translation kept dead before (the line always held "player"); the other such
    # row, « assurance maladie » -> "Disease insurance", is A501's word since stop 74 (ff74's entry): see below
    ("Il a acheté un lecteur mp3 la semaine dernière.", "He bought an MP3 reader last week.",
     ("A630", "reader", "player")),
])
def test_a_row_whose_rendering_was_the_neighbours_translation_now_fires(source, target, flagged):
    assert flags(source, target) == [flagged]


def test_no_rendering_of_the_table_is_a_grammar_word_or_a_stronger_link_of_the_neighbour():
    from mtqa.langs import language
    from mtqa.meaning.tokens import stem

    model = load_lexmodel("fr", "en")
    profile = language("en")
    grammar = {stem(w, "en") for w in profile.function_words | profile.word_set("more_determiners")}

    def strength(src_word, t):
        return max((c.p_forward for c in model.translations(stem(src_word, "fr")) if c.stem == t), default=0.0)

    for word, rows in gloss_frame_table("fr", "en").items():
        for frame, row in rows.items():
            assert not {t for t, _ in row.renderings} & grammar, (word, frame, row.renderings)
            if frame[0] in "<>" and frame[1:][0].isalpha():
                best = row.renderings[0][0]
                assert strength(word, best) >= strength(frame[1:], best), (word, frame, best)


def test_the_builder_does_not_count_the_neighbours_translation():
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from build_gloss_frames import learn

    pairs = [("Le ministre des Affaires étrangères est arrivé à Berlin.", "The Foreign Minister arrived in Berlin."),
             ("Le ministre des Affaires étrangères a démenti.", "The Foreign Affairs Minister denied it.")] * 5
    seen, rend, _, _ = learn(pairs, min_count=0)
    got = {t for (w, f, t) in rend if w == "affaires" and f == ">étrangères"}
    assert seen["affaires", ">étrangères"] == 10
    from mtqa.meaning.tokens import stem

    assert stem("affairs", "en") in got and stem("minister", "en") not in got, got


def test_a_default_run_reports_it_now_that_it_left_preview():
    # stop 72 (pv72): on by default; a run with neither --preview nor a selection must report the gloss
    source = "Le texte a été rejeté jeudi par la Chambre, où l'opposition détient la majorité."
    target = "The text was rejected on Thursday by the Room, where the opposition holds the majority."
    issues = check_texts(target, source=source, ctx=Context()).issues
    assert ("A630", "Room", "House") in [(i.code, i.text, i.suggestion) for i in issues]


def test_a_pair_the_lexicon_holds_is_reported_by_a501_and_a630_gives_way():
    source, target = "L'assurance maladie rembourse ce médicament.", "Disease insurance reimburses this drug."
    assert flags(source, target) == []
    issues = check_texts(target, source=source, ctx=Context(Config(select=("A501", "A630")))).issues
    assert [(i.code, i.text, i.suggestion) for i in issues] == [("A501", "Disease", "Health")]
