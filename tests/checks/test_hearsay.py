"""A622 (hearsay-conditional): the French conditional of hearsay rendered by the English conditional, read with
grammar (mtqa.langs.hearsay) and the word alignment; and A402's lost age placed on the noun it qualifies."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.errors import DataError
from mtqa.langs import hearsay
from mtqa.langs.hearsay import conditionals, source_reading
from mtqa.meaning.tokens import tokens


def _issues(target: str, source: str, codes: tuple = ("A622",)):
    ctx = Context(Config(select=codes, preview=True))
    return [i for i in check_texts(target, source=source, ctx=ctx).issues if i.code in codes]


needs_dictionary = pytest.mark.skipif(source_reading("fr") is None, reason="the French Hunspell dictionary is needed")


# -- flagged: a report of the source turned into a hypothetical ---------------------------------------------------

@needs_dictionary
@pytest.mark.parametrize("source, target, span, suggestion", [
    ("Le ministre aurait favorisé plusieurs entreprises lors de l'attribution des marchés publics.",
     "The minister would have favoured several companies when the public contracts were awarded.",
     "would have favoured", "reportedly favoured"),
    ("L'attaque aurait fait au moins douze morts dans le nord du pays.",
     "The attack would have made at least twelve dead in the north of the country.",
     "would have made", "reportedly made"),
    ("Le suspect aurait été arrêté mardi soir dans un hôtel de Marseille.",
     "The suspect would have been arrested on Tuesday evening in a hotel in Marseille.",
     "would have been arrested", "was reportedly arrested"),
    ("Les deux otages auraient été libérés contre une rançon de plusieurs millions.",
     "The two hostages would have been released against a ransom of several million.",
     "would have been released", "were reportedly released"),
    ("L'ancien maire aurait détourné près de deux millions d'euros entre 2015 et 2019.",
     "The former mayor would have diverted nearly two million euros between 2015 and 2019.",
     "would have diverted", "reportedly diverted"),
    ("Le footballeur aurait signé un contrat de cinq ans avec le club espagnol.",
     "The footballer would have signed a five-year contract with the Spanish club.",
     "would have signed", "reportedly signed"),
    ("Le chef rebelle, qui aurait quitté le pays en mars, reste introuvable.",
     "The rebel leader, who would have left the country in March, remains nowhere to be found.",
     "would have left", "reportedly left"),
    ("L'hélicoptère se serait écrasé peu après son décollage de Kaboul.",
     "The helicopter would have crashed shortly after taking off from Kabul.",
     "would have crashed", "reportedly crashed"),
    # "according to" names who claims it; the claim is then written in the indicative
    ("Selon la police, l'incendie aurait été provoqué par une cigarette mal éteinte.",
     "According to the police, the fire would have been caused by a badly stubbed-out cigarette.",
     "would have been caused", "was caused"),
    ("Plusieurs documents confidentiels auraient disparu du ministère pendant le week-end.",
     "Several confidential documents would have disappeared from the ministry during the weekend.",
     "would have disappeared", "reportedly disappeared"),
])
def test_flagged(source, target, span, suggestion):
    found = _issues(target, source)
    assert [(i.text, i.suggestion) for i in found] == [(span, suggestion)]
    assert "conditional of hearsay" in found[0].message


@needs_dictionary
@pytest.mark.parametrize("source, target, span", [
    # the conditional with an adverb between its auxiliaries, or contracted: the same rendering, no suggestion
    ("Le suspect n'aurait pas été interpellé avant jeudi matin, selon nos informations.",
     "The suspect would not have been arrested before Thursday morning.", "would not have been arrested"),
    ("Le joueur aurait également reçu une offre du club anglais cet été.",
     "The player would also have received an offer from the English club this summer.",
     "would also have received"),
    ("L'ancien trésorier aurait détourné les fonds du parti pendant dix ans.",
     "The former treasurer'd have diverted the party's funds for ten years.", "'d have diverted"),
    ("Le pilote aurait perdu le contrôle de l'appareil au-dessus de la mer.",
     "The pilot would've lost control of the aircraft over the sea.", "would've lost"),
    # « lui-même » sets no condition
    ("Le ministre aurait lui-même ordonné la destruction des archives.",
     "The minister himself would have ordered the destruction of the archives.",
     "would have ordered"),
])
def test_flagged_without_suggestion(source, target, span):
    found = _issues(target, source)
    assert len(found) == 1 and found[0].text.endswith(span.split()[-1])
    if " not " in span or " also " in span:
        assert found[0].suggestion is None


# -- quiet: correct translations of the same constructions, and the conditionals English writes "would" for ------

QUIET = [
    # a rhetorical question or exclamation, and what nobody would have done
    ("Qui l'aurait cru il y a seulement un an !", "Who would have believed it only a year ago!"),
    ("À l'époque, personne n'aurait parié un euro sur ce jeune entraîneur.",
     "At the time, nobody would have bet a euro on this young coach."),
    ("Personne ne l'aurait imaginé au début de la saison.", "Nobody would have imagined it at the start of the season."),
    ("Rien n'aurait changé pour les habitants du quartier, assure le maire.",
     "Nothing would have changed for the residents of the district, the mayor says."),
    # what a rejected proposal would have done, after « lequel », « laquelle », « dont »
    ("Le Sénat a rejeté la proposition du groupe centriste, laquelle aurait fixé le salaire minimum à 1 500 euros.",
     "The Senate rejected the centrist group's proposal, which would have set the minimum wage at 1,500 euros."),
    ("Les députés ont repoussé l'amendement, lequel aurait supprimé cette niche fiscale.",
     "MPs rejected the amendment, which would have abolished this tax loophole."),
    ("Le nouveau projet, dont la construction aurait coûté 400 millions d'euros, a été abandonné.",
     "The new project, whose construction would have cost 400 million euros, has been abandoned."),
    # the hearsay rendered as news English does; each target also writes "would have" for the comment after it
    # (« ce qui aurait enfreint »), so the check reads past its screen and the hearsay word keeps it quiet
    # (stop 70: without ``marked``, these are flagged on the comment's "would have")
    ("Le ministre aurait favorisé plusieurs entreprises lors de l'attribution des marchés, ce qui aurait enfreint les règles.",
     "The minister allegedly favoured several companies when the contracts were awarded, which would have breached the rules."),
    ("L'attaque aurait fait au moins douze morts dans le nord du pays, ce qui en aurait fait la plus meurtrière de l'année.",
     "The attack reportedly killed at least twelve people in the north of the country, which would have made it the deadliest of the year."),
    ("Le suspect aurait été arrêté mardi soir dans un hôtel de Marseille, ce qui aurait mis fin à une cavale de trois mois.",
     "The suspect is said to have been arrested on Tuesday evening in a hotel in Marseille, which would have ended three months on the run."),
    ("Les deux otages auraient été libérés contre une rançon, ce qui aurait contredit la ligne officielle.",
     "The two hostages are believed to have been freed in exchange for a ransom, which would have contradicted the official line."),
    ("Selon la police, l'incendie aurait été provoqué par une cigarette mal éteinte.",
     "According to the police, the fire was caused by a badly stubbed-out cigarette."),
    ("L'ancien maire aurait détourné près de deux millions d'euros.",
     "The former mayor is accused of diverting nearly two million euros."),
    ("Le footballeur aurait signé un contrat de cinq ans avec le club espagnol, ce qui aurait surpris ses supporteurs.",
     "The footballer has signed a five-year contract with the Spanish club, sources say, which would have surprised his fans."),
    ("Le chef rebelle aurait quitté le pays en mars, ce qui aurait affaibli son mouvement.",
     "The rebel leader may have left the country in March, which would have weakened his movement."),
    ("Plusieurs documents auraient disparu du ministère pendant le week-end, ce qui aurait alarmé les enquêteurs.",
     "Several documents apparently went missing from the ministry over the weekend, which would have alarmed investigators."),
    ("L'épidémie aurait débuté dans un marché de la ville, ce qui aurait expliqué sa propagation rapide.",
     "The outbreak is thought to have started in a market in the city, which would have explained its rapid spread."),
    ("Le pilote aurait perdu le contrôle de l'appareil peu après le décollage, ce qui aurait causé l'accident.",
     "The pilot reportedly lost control of the aircraft shortly after take-off, which would have caused the crash."),
    ("Le groupe aurait versé des pots-de-vin à plusieurs fonctionnaires, ce qui aurait faussé les appels d'offres.",
     "The group allegedly paid bribes to several officials, which would have rigged the tenders."),
    # a condition: the conditional is its consequence
    ("Si le gouvernement avait agi plus tôt, l'entreprise aurait survécu à la crise.",
     "If the government had acted sooner, the company would have survived the crisis."),
    ("S'il avait plu, le match aurait été reporté à dimanche.",
     "If it had rained, the match would have been postponed until Sunday."),
    ("Sans l'intervention des pompiers, le feu aurait détruit tout le quartier.",
     "Without the firefighters, the fire would have destroyed the whole district."),
    ("Au cas où la grève serait reconduite, la direction fermerait l'usine.",
     "Should the strike be extended, management would close the plant."),
    ("Même avec une majorité, le parti aurait eu du mal à faire passer la réforme.",
     "Even with a majority, the party would have struggled to pass the reform."),
    ("Le pont aurait cédé sinon, a expliqué l'ingénieur.",
     "Otherwise the bridge would have given way, the engineer explained."),
    ("En cas de victoire, l'équipe aurait été qualifiée pour la finale.",
     "With a win, the team would have qualified for the final."),
    # modals and politeness (the modal and the comment after it: without the source's modal test, flagged)
    ("Le président aurait dû démissionner après le scandale, ce qui aurait apaisé la colère.",
     "The president should have resigned after the scandal, which would have calmed the anger."),
    ("La police aurait pu éviter le drame, estime la famille, ce qui aurait sauvé deux vies.",
     "The police could have prevented the tragedy, the family believes, which would have saved two lives."),
    ("Il aurait fallu trois jours pour évacuer la ville.",
     "It would have taken three days to evacuate the city."),
    ("Le ministre aurait voulu annoncer la mesure lui-même.",
     "The minister would have liked to announce the measure himself."),
    ("La direction voudrait rencontrer les syndicats la semaine prochaine.",
     "Management would like to meet the unions next week."),
    ("L'entraîneur aimerait prolonger son contrat d'un an.",
     "The coach would like to extend his contract by a year."),
    ("Le projet aurait permis de créer deux cents emplois.",
     "The project would have made it possible to create two hundred jobs."),
    # a reported future, an opinion after « que »
    ("Il a dit qu'il aurait terminé le rapport avant la fin du mois.",
     "He said he would have finished the report by the end of the month."),
    ("Le maire a annoncé qu'il se représenterait aux élections.",
     "The mayor announced that he would stand for election again."),
    ("Les syndicats ont prévenu que la grève durerait au moins une semaine.",
     "The unions warned that the strike would last at least a week."),
    ("Elle estime que le gouvernement aurait gagné à attendre.",
     "She believes the government would have done better to wait."),
    ("Le porte-parole a assuré que la compagnie rembourserait tous les passagers.",
     "The spokesman said the airline would refund all the passengers."),
    # a comment on a supposition, a hypothetical consequence
    ("Ce serait une erreur de baisser les impôts maintenant.",
     "It would be a mistake to cut taxes now."),
    ("Une telle mesure coûterait plus de trois milliards d'euros par an.",
     "Such a measure would cost more than three billion euros a year."),
    ("Le nouveau tracé réduirait le trajet de vingt minutes.",
     "The new route would cut the journey by twenty minutes."),
    ("Les sondés voteraient majoritairement pour le candidat sortant.",
     "Most of those polled would vote for the incumbent."),
    ("Elle aurait tout fait pour protéger ses enfants.",
     "She would have done anything to protect her children."),
    ("Ils auraient bien été surpris de voir le résultat.",
     "They would have been surprised to see the result."),
    ("La réforme, qui aurait probablement repoussé la décision à 2013, a été abandonnée.",
     "The reform, which would probably have pushed the decision back to 2013, was dropped."),
    ("Les partis voulaient changer le texte, ce qui aurait entraîné de nouveaux débats.",
     "The parties wanted to change the text, which would have led to new debates."),
    ("Avec ce plan, le personnel administratif serait réduit d'un tiers.",
     "Under this plan, administrative staff would be cut by a third."),
    ("Dans le cas où le vol aurait été annulé, les passagers seraient remboursés.",
     "If the flight had been cancelled, passengers would have been refunded."),
    ("Le Sénat a approuvé l'an dernier un projet pilote qui aurait porté sur dix mille voitures.",
     "The Senate approved a pilot project last year that would have involved ten thousand cars."),
    # questions
    ("Que se serait-il passé si le barrage avait cédé ?",
     "What would have happened if the dam had burst?"),
    ("Pourquoi le ministre aurait-il menti aux députés ?",
     "Why would the minister have lied to the deputies?"),
    # "would" of habit, from the French imperfect
    ("Chaque dimanche, il allait pêcher avec son père au bord du lac.",
     "Every Sunday he would go fishing with his father by the lake."),
    ("Enfant, elle passait des heures à lire dans la bibliothèque du village.",
     "As a child she would spend hours reading in the village library."),
    ("Le vieux pêcheur racontait souvent la tempête de 1953.",
     "The old fisherman would often tell the story of the 1953 storm."),
    # the conditional in an imperfect look-alike and a noun ending in -rait
    ("Il entrait dans la salle quand la panne est survenue.",
     "He was entering the room when the power cut happened."),
    ("Le portrait du président a été retiré de la mairie.",
     "The portrait of the president was taken down at the town hall."),
]


@needs_dictionary
@pytest.mark.parametrize("source, target", QUIET)
def test_quiet(source, target):
    assert _issues(target, source) == []


def test_the_check_is_preview_and_off_by_default():
    """A622 reads implied conditions (« Avec un meilleur gardien, l'équipe aurait gagné la finale ») as hearsay: it
    runs only with --preview, and a default run of a correct counterfactual says nothing."""
    from mtqa.checks.registry import REGISTRY

    assert REGISTRY["A622"].preview
    assert "A622" not in {c.code for c in Context(Config()).checks}
    source = "Avec un meilleur gardien, l'équipe aurait gagné la finale."
    target = "With a better goalkeeper, the team would have won the final."
    assert [i for i in check_texts(target, source=source).issues if i.code == "A622"] == []


# -- the source reading itself ------------------------------------------------------------------------------------

@needs_dictionary
@pytest.mark.parametrize("text, read", [
    ("L'accusé aurait menacé plusieurs témoins.", ["aurait menacé"]),
    ("Le navire aurait été coulé par une mine.", ["aurait été coulé"]),
    ("Les rebelles auraient pris le contrôle de la ville.", ["auraient pris"]),
    ("L'avion se serait écrasé peu après le décollage.", ["serait écrasé"]),
    ("Le directeur aurait dû prévenir la police.", []),
    ("Il a affirmé qu'il aurait voté contre.", []),
    ("Il retirait son argent chaque mois.", []),  # the imperfect of retirer, no conditional
    ("Le projet créerait cinq cents emplois.", []),  # the present conditional is not read (see fr.toml)
])
def test_source_reading(text, read):
    toks = tokens(text, "fr")
    found = conditionals(source_reading("fr"), text, toks)
    assert [text[toks[c.finite].start:toks[c.verb].end] for c in found] == read


def test_bad_profile_is_a_data_error(monkeypatch):
    """A malformed hearsay_conditional is a DataError naming fr.toml, not a fault deep in the check."""
    from mtqa.langs import language as language_module

    profile = language_module("fr")
    bad = dict(profile.extra["hearsay_conditional"], modals="pourrait")  # a word, not a list
    monkeypatch.setitem(profile.extra, "hearsay_conditional", bad)
    hearsay.source_reading.cache_clear()
    try:
        with pytest.raises(DataError, match=r"fr\.toml: hearsay_conditional\.modals"):
            hearsay.source_reading("fr")
    finally:
        monkeypatch.undo()
        hearsay.source_reading.cache_clear()


def test_bad_rendering_is_a_data_error(monkeypatch):
    from mtqa.langs import language as language_module

    profile = language_module("en")
    bad = dict(profile.extra["hearsay_rendering"], passive_past=["was"])
    monkeypatch.setitem(profile.extra, "hearsay_rendering", bad)
    hearsay.target_reading.cache_clear()
    try:
        with pytest.raises(DataError, match=r"en\.toml: hearsay_rendering\.passive_past"):
            hearsay.target_reading("en")
    finally:
        monkeypatch.undo()
        hearsay.target_reading.cache_clear()


@pytest.mark.parametrize("name, key, value, message", [
    ("en", "hearsay_rendering", {"attributions": "according to"}, r"en\.toml: hearsay_rendering\.attributions"),
    ("en", "hearsay_rendering", {"adverb": ["reportedly"]}, r"en\.toml: hearsay_rendering\.adverb"),
    ("en", "hearsay_rendering", {"markers": ["reportedly", ""]}, r"en\.toml: hearsay_rendering\.markers"),
    ("fr", "hearsay_conditional", {"present_tense": "false"}, r"fr\.toml: hearsay_conditional\.present_tense"),
    ("fr", "hearsay_conditional", {"third_endings": []}, r"fr\.toml: hearsay_conditional\.third_endings"),
    ("fr", "hearsay_conditional", {"relatives": ["qui", " "]}, r"fr\.toml: hearsay_conditional\.relatives"),
])
def test_bad_table_values_are_data_errors(monkeypatch, name, key, value, message):
    """A word where a list is due, an empty word, a string for a boolean: a DataError naming the file, not a rule
    that reads every letter as a word or is silently off."""
    from mtqa.langs import language as language_module

    profile = language_module(name)
    if key not in profile.extra:
        pytest.skip("the profile has no such table")
    monkeypatch.setitem(profile.extra, key, dict(profile.extra[key], **value))
    reader = hearsay.target_reading if name == "en" else hearsay.source_reading
    reader.cache_clear()
    try:
        if name == "fr" and hearsay.language("fr").extra.get("dictionary_verb_tag") and \
                not language_module("fr").dictionaries:
            pytest.skip("the French Hunspell dictionary is needed")
        with pytest.raises(DataError, match=message):
            reader(name)
    finally:
        monkeypatch.undo()
        reader.cache_clear()


# -- A402: a lost age or measure is placed on the noun it qualifies ------------------------------------------------

@pytest.mark.parametrize("source, target, span, phrase", [
    ("« On ne peut plus payer », a déclaré Chinedu Okafor, 34 ans, chauffeur de moto-taxi à Lagos.",
     "\"We can no longer pay,\" said Chinedu Okafor, a motorcycle taxi driver in Lagos.",
     "Okafor", "Okafor, 34 ans"),
    ("Le corps d'un Soudanais de 22 ans a été retrouvé sur la plage de Sfax.",
     "The body of a Sudanese was found on the beach at Sfax.",
     "Sudanese", "Soudanais de 22 ans"),
])
def test_lost_age_on_its_noun(source, target, span, phrase):
    found = _issues(target, source, ("A402",))
    assert [i.text for i in found] == [span]
    assert f"« {phrase} »" in found[0].message


def test_lost_figure_without_a_noun_keeps_the_sentence():
    source = "Le vaisseau a décollé le 5 octobre avec 3 000 litres de carburant."
    target = "The ship took off on October 5 with fuel."
    found = _issues(target, source, ("A402",))
    assert [i.text for i in found] == [target]


@pytest.mark.parametrize("source, target", [
    # a fronted adverbial's comma is no apposition, and the figure is no age
    ("Lors de la réunion de mardi, 300 délégués ont voté la motion.", "At Tuesday's meeting, delegates voted for the motion."),
    ("En France, 12 000 emplois seront supprimés d'ici à 2015.", "In France, jobs will be cut by 2015."),
    ("Dans la nuit de samedi à dimanche, 4 voitures ont brûlé à Strasbourg.", "On Saturday night, cars burned in Strasbourg."),
    # a measure that is not an age, and the head of a noun-of-noun phrase
    ("Le budget de la ville, 12 millions d'euros, a été voté lundi.", "The city budget was approved on Monday."),
    ("Un bateau de pêche de 44 mètres a coulé au large de Brest.", "A fishing boat sank off Brest."),
    ("Le patron de la banque, 58 ans, a démissionné jeudi.", "The bank's boss resigned on Thursday."),
    # a hyphenated noun, a sentence in years, a range, the noun itself dropped
    ("Une grand-mère de 52 ans a été blessée dans l'incendie.", "A grandmother was injured in the fire."),
    ("Il a été condamné à une peine de 10 ans de prison ferme.", "He was sentenced to a prison term."),
    ("Les produits contenaient de l'ADN de cheval à hauteur de 1 à 5 %.", "The products contained horse DNA up to 5%."),
    ("Le conducteur, âgé de 34 ans, a été placé en garde à vue.", "He was taken into custody."),
])
def test_lost_figure_keeps_the_sentence_where_its_noun_is_not_sure(source, target):
    found = _issues(target, source, ("A402",))
    assert [i.text for i in found] == [target]
    assert "«" not in found[0].message


def test_lost_age_in_an_apposition_between_commas():
    source = "Le patron de la banque, 58 ans, et son adjoint, 45 ans, ont démissionné."
    target = "The bank's boss, 58, and his deputy have resigned."
    found = _issues(target, source, ("A402",))
    assert [i.text for i in found] == ["deputy"]
    assert "« adjoint, 45 ans »" in found[0].message


def test_lost_age_on_a_noun_the_lexical_model_does_not_link():
    """« passagère » (feminine) has no link: the free word where the alignment puts it renders it."""
    source = ("« Tout le monde est tombé », a raconté à la télévision publique une passagère de 34 ans, qui voyageait "
              "avec sa fille.")
    target = "\"Everybody fell,\" a passenger, who was travelling with her daughter, told public television."
    found = _issues(target, source, ("A402",))
    assert len(found) == 1 and found[0].text in ("passenger", target)
    if found[0].text == "passenger":
        assert "« passagère de 34 ans »" in found[0].message


# -- stop 75: the calibration miss « aurait été offerte » (A622 read it; the check is in preview) -------------------

@needs_dictionary
@pytest.mark.parametrize("source, target, span", [
    ("Le tableau aurait été offert au roi par un marchand génois.",
     "The painting would have been offered to the king by a Genoese merchant.", "would have been offered"),
    ("La statue aurait déjà été vendue à un collectionneur privé.",
     "The statue would have already been sold to a private collector.", "would have already been sold"),
])
def test_a_passive_with_or_without_an_adverb_is_read(source, target, span):
    assert [target[i.start:i.end] for i in _issues(target, source)] == [span]
