"""A623 wrong-sense-for-field: a word rendered in the sense news gives it outside the story's field, read off the
field table learned from the aligned news (mtqa/data/lexmodel/fields.fr-en.tsv.gz, bench/build_fields.py)."""
from __future__ import annotations

import gzip

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.errors import DataError

MARKETS = ("La Bourse de Paris a clôturé en baisse, l'indice CAC 40 reculant de 1,5 % et les investisseurs vendant "
           "les valeurs bancaires.",
           "The Paris stock exchange closed lower, with the CAC 40 index down 1.5% and investors selling bank "
           "stocks.")
COURT = ("Le tribunal correctionnel de Lyon a condamné jeudi l'ancien maire à deux ans de prison, a indiqué le "
         "procureur, l'avocat de la défense annonçant un appel du jugement.",
         "The Lyon criminal court on Thursday sentenced the former mayor to two years in prison, the prosecutor "
         "said, with the defence lawyer announcing an appeal against the ruling.")
SPORT = ("L'entraîneur a salué la victoire de ses joueurs en championnat, le match s'étant joué devant 40 000 "
         "supporteurs au stade de France, avant la finale de la coupe.",
         "The coach praised his players' league win, the match having been played before 40,000 fans at the "
         "Stade de France, ahead of the cup final.")
PLAIN = ("Le gouvernement a présenté mercredi son projet de loi sur le logement, qui prévoit la construction de "
         "500 000 nouveaux logements en cinq ans.",
         "The government on Wednesday presented its housing bill, which provides for the construction of 500,000 "
         "new homes over five years.")


def _issues(context: tuple[str, str], source: str, target: str):
    ctx = Context(Config(select=("A623",), preview=True))
    return check_texts(f"{context[1]}\n\n{target}\n", source=f"{context[0]}\n\n{source}\n", ctx=ctx).issues


def test_a_markets_word_in_its_everyday_sense_is_reported_with_the_fields_rendering():
    [issue] = _issues(MARKETS, "L'indice Nikkei a perdu 2 % à Tokyo après l'avertissement de Sony.",
                      "The Nikkei indication lost 2% in Tokyo after Sony's warning.")
    assert issue.code == "A623" and issue.text == "indication"
    assert issue.suggestion == "index"
    assert "“indice”" in issue.message and "markets" in issue.message


def test_the_suggestion_takes_the_number_of_the_source_word():
    [issue] = _issues(COURT, "Les deux affaires seront jugées ensemble en appel.",
                      "The two businesses will be tried together on appeal.")
    assert issue.text == "businesses" and issue.suggestion == "cases"


def test_a_court_word_in_its_everyday_sense_is_reported():
    [issue] = _issues(COURT, "Le juge a renvoyé l'affaire au mois de mars, faute de témoins.",
                      "The judge adjourned the business until March, for lack of witnesses.")
    assert issue.text == "business" and issue.suggestion == "case"


def test_outside_the_field_the_everyday_sense_stands():
    # the same words in a story of no field: « indice » is an indication, « affaire » a business
    assert _issues(PLAIN, "Cette baisse est un indice de la crise du logement, selon les maires.",
                   "This fall is an indication of the housing crisis, according to mayors.") == []
    assert _issues(PLAIN, "Le promoteur a fait une bonne affaire en rachetant les terrains de la commune.",
                   "The developer did good business by buying the town's land.") == []


# Every quiet sentence holds one of the table's trap words in the source (« affaire », « fille », « indice »,
# « stade »), so that it reaches the check's rules (stop 70: 34 of 46 held none). Proved by mutation: without the
# field's reading (a trap is read in any story), the test of the field's own word in the sentence, or the other
# source word that renders the trap, sentences here are flagged. The cognate test cannot be reached by the four
# traps shipped (no trap is spelled like its French word), nor the name test by a correct sentence.
QUIET = [
    # markets stories, the words in the field's sense or the English words for other French words
    (MARKETS, "Les actions de Renault ont chuté de 5 % jeudi, pesant sur l'indice.",
     "Renault's shares fell 5% on Thursday, weighing on the index."),
    (MARKETS, "Les actes de gestion du conseil, qui ont fait chuter l'indice, seront examinés par l'autorité des marchés.",
     "The board's acts of management, which sent the index down, will be examined by the market authority."),
    (MARKETS, "Le régulateur a jugé ces actes contraires aux règles du marché, sans donner d'indice sur la sanction.",
     "The regulator judged these acts contrary to market rules, without giving any hint of the penalty."),
    (MARKETS, "L'indice Dow Jones a progressé de 0,8 % à New York.", "The Dow Jones index rose 0.8% in New York."),
    (MARKETS, "Aucune indication n'a été donnée sur la date de l'introduction en Bourse, l'indice restant stable.",
     "No indication was given of the date of the stock market listing, with the index holding steady."),
    (MARKETS, "Le ministre a dit qu'il agirait vite pour rassurer les marchés, l'indice ayant perdu 3 %.",
     "The minister said he would act quickly to reassure the markets, with the index down 3%."),
    (MARKETS, "Les valeurs technologiques ont entraîné l'indice à la baisse.",
     "Technology stocks dragged the index down."),
    (MARKETS, "Le titre a gagné 3 % après l'annonce du rachat de ses propres actions, premier indice d'une reprise.",
     "The stock gained 3% after the announcement of a buyback of its own shares, a first sign of a recovery."),
    (MARKETS, "Les analystes jugent que la banque doit agir avant la fin de l'année, les indices européens ayant reculé.",
     "Analysts believe the bank must act before the end of the year, with European indices down."),
    (MARKETS, "Le marché obligataire a progressé, les taux reculant légèrement, et l'indice des prix est resté stable.",
     "The bond market progressed, with rates easing slightly, and the price index held steady."),
    (MARKETS, "Les investisseurs ont acheté des actions européennes toute la séance, portant l'indice Stoxx 600 à un record.",
     "Investors bought European shares throughout the session, taking the Stoxx 600 index to a record."),
    (MARKETS, "Cet indice de confiance des ménages a surpris les courtiers.",
     "This household confidence index surprised brokers."),
    (MARKETS, "La réunion des ministres des finances n'a pas rassuré les investisseurs, qui y cherchaient un indice de fermeté.",
     "The meeting of finance ministers did not reassure investors, who were looking for a sign of resolve."),
    (MARKETS, "Les entreprises du secteur ont publié des résultats décevants, et l'indice sectoriel a reculé.",
     "The sector's businesses published disappointing results, and the sector index fell."),
    # court stories
    (COURT, "Le juge a renvoyé l'affaire au mois de mars.", "The judge adjourned the case until March."),
    (COURT, "Sa fille a témoigné à l'audience.", "His daughter testified at the hearing."),
    (COURT, "L'accusé dirigeait une entreprise de transport à Villeurbanne, au cœur de l'affaire.",
     "The defendant ran a transport business in Villeurbanne, at the heart of the case."),
    (COURT, "Le viol a eu lieu en 2019, selon l'acte d'accusation, et la fille de l'accusé a témoigné.",
     "The rape took place in 2019, according to the indictment, and the defendant's daughter testified."),
    (COURT, "Il a été reconnu coupable d'un vol violent commis en 2020, une affaire qui avait choqué la ville.",
     "He was found guilty of a violent robbery committed in 2020, a case that had shocked the town."),
    (COURT, "L'avocat a dénoncé une affaire montée de toutes pièces.",
     "The lawyer denounced a case built from scratch."),
    (COURT, "L'homme d'affaires a été condamné à trois ans de prison.",
     "The businessman was sentenced to three years in prison."),
    (COURT, "Le procès s'est ouvert dans une salle comble, l'affaire passionnant la région.",
     "The trial opened in a packed room, the case having gripped the region."),
    (COURT, "Le prévenu a expliqué qu'il voulait développer son entreprise, une affaire familiale.",
     "The defendant explained that he wanted to develop his business, a family firm."),
    (COURT, "Les deux affaires seront jugées ensemble en appel.", "The two cases will be tried together on appeal."),
    (COURT, "La mère de la victime a assisté à toutes les audiences avec ses filles.",
     "The victim's mother attended every hearing with her daughters."),
    (COURT, "Le procureur a requis une peine de cinq ans contre le chef d'entreprise dans cette affaire de fraude.",
     "The prosecutor sought a five-year sentence against the business owner in the fraud case."),
    (COURT, "Le jury a délibéré pendant six heures avant de rendre son verdict dans l'affaire.",
     "The jury deliberated for six hours before returning its verdict in the case."),
    (COURT, "Les violences ont éclaté à la sortie du tribunal, où la fille de la victime était entendue.",
     "Violence broke out outside the court, where the victim's daughter was giving evidence."),
    # the field's word and the trap both in the sentence: the field's sense is there
    (COURT, "Dans cette affaire, le tribunal a examiné comment il avait mené ses opérations.",
     "In the case, the court examined how he had run the business."),
    # sport stories
    (SPORT, "Le stade était plein pour la finale.", "The stadium was full for the final."),
    (SPORT, "Le ballon a franchi la ligne avant l'arrêt de jeu, devant un stade médusé.",
     "The ball crossed the line before stoppage time, in front of a stunned stadium."),
    (SPORT, "Les champions du monde ont perdu leur premier match dans un stade à moitié vide.",
     "The world champions lost their first match in a half-empty stadium."),
    (SPORT, "Le gardien a sorti le ballon du bout des doigts, sous les vivats du stade.",
     "The goalkeeper tipped the ball away with his fingertips, to cheers around the ground."),
    (SPORT, "Le nouveau stade sera inauguré en septembre.", "The new stadium will be opened in September."),
    (SPORT, "L'équipe a remporté le championnat pour la troisième fois, dans son propre stade.",
     "The team won the league for the third time, at its own ground."),
    (SPORT, "Le club a engagé un nouvel entraîneur pour la saison prochaine, avant de s'installer dans son nouveau stade.",
     "The club has hired a new coach for next season, before moving into its new stadium."),
    (SPORT, "Le match a été arrêté à la mi-temps à cause de la pluie qui inondait le stade.",
     "The match was stopped at half-time because of rain flooding the ground."),
    (SPORT, "Le champion olympique a annoncé sa retraite au Stade de France.",
     "The Olympic champion announced his retirement at the Stade de France."),
    (SPORT, "Les supporteurs ont envahi la pelouse du stade après le coup de sifflet final.",
     "Fans invaded the stadium's pitch after the final whistle."),
    (SPORT, "Le joueur a signé un contrat de trois ans avec le club, dont le stade compte 50 000 places.",
     "The player signed a three-year contract with the club, whose stadium holds 50,000."),
    (SPORT, "Le sélectionneur a retenu vingt-trois joueurs pour la coupe du monde, qui se jouera dans douze stades.",
     "The national coach has picked twenty-three players for the World Cup, which will be played in twelve stadiums."),
    # stories of no field: the everyday senses (the trap word is the right one outside the field)
    (PLAIN, "L'entraîneur du cheval a été félicité après la course, une belle affaire pour son propriétaire.",
     "The horse's trainer was congratulated after the race, good business for its owner."),
    (PLAIN, "Une rencontre des ministres est prévue lundi à Bruxelles pour régler l'affaire.",
     "A meeting of ministers is planned in Brussels on Monday to settle the matter."),
    (PLAIN, "Les enfants ont joué au ballon dans la cour de l'école avec une fille du village.",
     "The children played ball in the school yard with a girl from the village."),
    (PLAIN, "Les agriculteurs ont récolté le blé dans les champs, indice d'un été précoce.",
     "The farmers harvested the wheat in the fields, an indication of an early summer."),
    (PLAIN, "Le projet en est encore au stade de l'étude.", "The project is still at the study stage."),
    (PLAIN, "La chambre d'hôtel coûtait 120 euros la nuit, une affaire pour Paris.",
     "The hotel room cost 120 euros a night, a bargain for Paris."),
]


@pytest.mark.parametrize("context,source,target", QUIET, ids=[q[2][:40] for q in QUIET])
def test_correct_news_sentences_are_quiet(context, source, target):
    assert _issues(context, source, target) == []


def test_the_cognate_of_the_word_itself_is_no_trap():
    from mtqa.checks.field_sense import _cognate

    assert _cognate("actes", "acts") and _cognate("indices", "indices")
    assert not _cognate("indice", "indication") and not _cognate("affaire", "business")
    # one ending at most is set aside, on either word: « casse » (breakage) is not "case", « presse » is "press"
    assert not _cognate("casse", "case") and not _cognate("masses", "ma")
    assert _cognate("presse", "press") and _cognate("cas", "case") and _cognate("stades", "stade")


def test_the_field_is_read_from_the_learned_cues():
    from mtqa.langs.lexmodel import fields
    from mtqa.meaning.tokens import tokens

    table = fields("fr", "en")

    def field(text: str) -> str:
        return table.field_of({t.stem for t in tokens(text, "fr")})

    assert field(MARKETS[0]) == "markets"
    assert field(COURT[0]) == "justice"
    assert field(SPORT[0]) == "sport"
    assert field(PLAIN[0]) == ""
    assert fields("xx", "en") is None


def test_the_check_is_preview_and_off_by_default():
    from mtqa.checks.registry import REGISTRY
    import mtqa.checks.field_sense  # noqa: F401  (registers A623)

    assert REGISTRY["A623"].preview
    assert "A623" not in {c.code for c in Context(Config()).checks}


def test_a_malformed_table_in_a_data_folder_is_a_data_error(tmp_path, monkeypatch):
    from mtqa.langs import lexmodel

    folder = tmp_path / "lexmodel"
    folder.mkdir()
    with gzip.open(folder / "fields.fr-en.tsv.gz", "wt", encoding="utf-8") as f:
        f.write("N\t10\tsport=1\nW\tsport\tmatch\tnot-a-number\n")
    monkeypatch.setattr(lexmodel, "data_path", lambda *parts: tmp_path.joinpath(*parts))
    build = getattr(lexmodel.fields, "__wrapped__", lexmodel.fields)  # not the run's kept table
    with pytest.raises(DataError) as err:
        build("fr", "en")
    assert "fields.fr-en.tsv.gz" in str(err.value)
    with gzip.open(folder / "fields.fr-en.tsv.gz", "wt", encoding="utf-8") as f:
        f.write("N\t10\tsport=1\nT\tsport\tstad\n")  # a trap row cut short
    with pytest.raises(DataError):
        build("fr", "en")
    packed = gzip.compress(b"N\t10\tsport=1\n" * 200)
    (folder / "fields.fr-en.tsv.gz").write_bytes(packed[:10] + b"\xff" * 40 + packed[50:])  # deflate data broken
    with pytest.raises(DataError, match="cannot be read"):  # zlib's own error, not a traceback
        build("fr", "en")
