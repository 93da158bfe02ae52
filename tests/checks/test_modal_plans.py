"""A633 (plan-as-obligation): a French « devoir » of a plan rendered by "must", read with grammar
(mtqa.langs.modal_plans); and stop 75's A501 entries of a word's usual rendering in the wrong frame."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.langs.modal_plans import plan_frames, source_reading


def _issues(target: str, source: str, codes: tuple = ("A633",)):
    ctx = Context(Config(select=codes))
    return [i for i in check_texts(target, source=source, ctx=ctx).issues if i.code in codes]


# -- flagged: a schedule or a forecast made a duty -----------------------------------------------------------------

@pytest.mark.parametrize("source, target, suggestion", [
    ("Les essais du nouveau métro doivent commencer lundi prochain sur la ligne 4.",
     "The trials of the new metro must begin next Monday on line 4.", "are expected to"),
    # the English subject's number, not the French verb's: « la police doit » -> "the police are", « les travaux
    # doivent » -> "the work is"
    ("La police doit rendre ses conclusions vendredi.", "The police must deliver their findings on Friday.",
     "are expected to"),
    ("Les travaux doivent commencer lundi prochain.", "The work must start next Monday.", "is expected to"),
    # a subject after the verb (or none read): the plan's words without "be", capitalised at the sentence's start
    ("Les sirènes doivent être testées samedi.", "Must be tested on Saturday the sirens.", "Expected to"),
    ("Le conseil, qui doit se réunir mardi, hésite.", "The council, which must meet on Tuesday, hesitates.",
     "expected to"),
    # months and days of a month are points in time still to come
    ("Le procès doit s'ouvrir en mars devant la cour d'assises.", "The trial must open in March before the court.",
     "is expected to"),
    ("La nouvelle ligne doit être mise en service le 12 juin.", "The new line must be put into service on 12 June.",
     "is expected to"),
    ("La centrale doit produire plus de 400 mégawatts à partir de 2027, selon l'exploitant.",
     "The plant must produce more than 400 megawatts from 2027, according to the operator.", "is expected to"),
    ("Le tunnel doit rouvrir courant 2026.", "The tunnel must reopen during 2026.", "is expected to"),
    ("Le nouveau terminal doit être inauguré en septembre 2026.",
     "The new terminal must be opened in September 2026.", "is expected to"),
    ("L'usine doit embaucher 1 200 salariés, a indiqué la direction.",
     "The factory must hire 1,200 employees, management said.", "is expected to"),
    ("Le sommet doit en effet se tenir jeudi à Genève.",
     "The summit must indeed be held on Thursday in Geneva.", "is expected to"),
    # a currency word after other words than a scale is no sum of money: « emplois francs » (a job scheme), and bare
    # « livres » are books
    ("Le plan doit créer plus de 25 000 emplois francs.", "The plan must create more than 25,000 jobs.",
     "is expected to"),
    ("L'éditeur doit publier plus de 40 livres.", "The publisher must publish more than 40 books.",
     "is expected to"),
])
def test_a_plan_rendered_by_must_is_flagged(source, target, suggestion):
    found = _issues(target, source)
    assert [(target[i.start:i.end].lower(), i.suggestion) for i in found] == [("must", suggestion)]
    assert "« devoir » of a plan" in found[0].message and "is still to come" in found[0].message


# -- quiet: an obligation, or a "must" that is not the plan's ------------------------------------------------------

@pytest.mark.parametrize("source, target", [
    # no time to come and no figure: a rule
    ("Les entreprises doivent déclarer leurs comptes au fisc.", "Companies must declare their accounts to the tax office."),
    # a cause makes it a constraint
    ("La ville doit fermer deux écoles dès lundi, car le budget est épuisé.",
     "The city must close two schools from Monday, because the budget is exhausted."),
    # a deadline, not a date: what an obligation sets
    ("Après ce revers, la maire doit soumettre un nouveau plan d'ici dix jours.",
     "After this setback, the mayor must submit a new plan within ten days."),
    # a rule addressed to everyone
    ("Chaque candidat doit déposer son dossier d'ici vendredi.", "Each candidate must file an application by Friday."),
    # a prohibition
    ("Le chantier ne doit pas reprendre avant 2027.", "The work must not resume before 2027."),
    # a purpose: what the act is needed for, an obligation
    ("L'équipe doit gagner samedi pour se qualifier.", "The team must win on Saturday to qualify."),
    ("L'État doit trouver 10 milliards d'euros l'an prochain afin de boucler son budget.",
     "The state must find 10 billion euros next year to balance its budget."),
    # a deadline, a date included, is what an obligation sets
    ("Le stade doit être achevé d'ici 2030.", "The stadium must be completed by 2030."),
    ("Le dossier doit être déposé avant le 12 juin.", "The file must be submitted before 12 June."),
    ("Le rapport doit être remis d'ici lundi prochain.", "The report must be handed in by next Monday."),
    # another obligation in the sentence that "must" may render
    ("Il faut que le pont soit réparé : il doit rouvrir en mars 2026.",
     "The bridge must be repaired: it is due to reopen in March 2026."),
    # a sum of money, or the figure of a verb of paying, is what an obligation sets
    ("Le condamné doit verser 20 000 euros à la victime.", "The convicted man must pay 20,000 euros to the victim."),
    ("La banque doit rembourser 500 millions d'euros.", "The bank must repay 500 million euros."),
    ("Le club doit trouver 3 000 € avant la reprise.", "The club must find €3,000 before the restart."),
    ("La commune doit payer 40 amendes.", "The town must pay 40 fines."),
    # the noun « courant » (power, a current of thought) is no time; « courant 2026 » is
    ("EDF doit rétablir le courant dans la soirée.", "EDF must restore power in the evening."),
    ("Le parti doit suivre le courant libéral.", "The party must follow the liberal current."),
    # more "must" than plans
    ("Le rapport doit être publié mardi.", "The report must be ready and must be published on Tuesday."),
    # a deduction, not an obligation
    ("Le navire doit arriver demain à Marseille.", "The ship must have left already and arrives tomorrow in Marseille."),
    # the plan's own English
    ("Le navire doit arriver demain à Marseille.", "The ship is due to arrive in Marseille tomorrow."),
    # the time belongs to another clause
    ("Mardi, le ministre a rappelé que les banques doivent respecter les règles.",
     "On Tuesday, the minister recalled that banks must respect the rules."),
])
def test_an_obligation_or_another_must_is_quiet(source, target):
    assert _issues(target, source) == []


def test_fewer_must_than_frames_quote_no_frame():
    # two plans, one "must": which frame it renders is not read, so neither is quoted (not « doit partir »)
    source = "Le ministre doit partir en mars et la ligne doit ouvrir en juin."
    target = "The minister will leave in March and the line must open in June."
    found = _issues(target, source)
    assert [target[i.start:i.end] for i in found] == ["must"]
    assert "doit partir" not in found[0].message and "en mars" not in found[0].message
    assert "« devoir » here is one of a plan" in found[0].message


def test_frames_quote_their_evidence():
    reading = source_reading("fr")
    found = plan_frames(reading, "Selon le ministère, les travaux doivent débuter à partir de 2030.")
    assert [f.evidence for f in found] == ["à partir de 2030"]
    found = plan_frames(reading, "Le groupe doit produire 40 millions d'unités.")
    assert [f.evidence for f in found] == ["40 millions d'unités"]
    # a whole figure, its lead and its word, without the full stop
    found = plan_frames(reading, "L'usine doit créer plus de 10 000 emplois.")
    assert [f.evidence for f in found] == ["plus de 10 000 emplois"]
    found = plan_frames(reading, "Le site doit embaucher 3\u202f000 personnes d'ici 2030.")
    assert [f.evidence for f in found] == ["3\u202f000 personnes"]
    assert plan_frames(reading, "Le groupe doit investir davantage.") == []
    assert plan_frames(reading, "Il ne doit pas investir avant 2030.") is None


# -- A501: the entries of stop 75 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("source, target, span, suggestion", [
    ("La police l'a surpris en train de voler une voiture.", "The police caught him in the process of stealing a car.",
     "in the process of stealing", "stealing"),
    ("Les photographes ont surpris l'acteur en train de quitter l'hôtel par une porte de service.",
     "Photographers caught the actor in the process of leaving the hotel by a service door.",
     "in the process of leaving", "leaving"),
    ("L'opposition a d'ores et déjà rejeté le texte.", "The opposition has from now on rejected the text.",
     "from now on", "already"),
    ("Selon le dernier sondage de l'institut, le maire sortant reste en tête.",
     "According to the institute's last poll, the outgoing mayor remains ahead.", "last", "latest"),
    # a participle alone does not close the series
    ("Selon les dernières mesures effectuées par drone, le glacier recule.",
     "According to the last measurements taken by drone, the glacier is retreating.", "last", "latest"),
    # a verb of showing: « représentant X en train de »
    ("Le musée expose une toile représentant un moine en train de lire.",
     "The museum shows a canvas depicting a monk in the process of reading.", "in the process of reading", "reading"),
])
def test_wrong_frame_entries_flag(source, target, span, suggestion):
    found = _issues(target, source, ("A501",))
    assert [(target[i.start:i.end], i.suggestion) for i in found] == [(span, suggestion)]


@pytest.mark.parametrize("source, target", [
    # after "be", "in the process of" is English's own progressive
    ("Les secouristes étaient en train de dégager la route quand l'orage a éclaté.",
     "The rescuers were still in the process of clearing the road when the storm broke."),
    # after a noun alone, or after "remain", "in the process of" is English's own (no verb of seeing or catching)
    ("Un pays en train de se reconstruire a besoin d'aide.", "A country in the process of rebuilding needs help."),
    ("Le pays reste en train de se reconstruire.", "The country remains in the process of rebuilding."),
    # « représente » is "represents" and « vu » also "given": the noun after them is English's own frame
    ("Cette réforme représente un pays en train de changer.",
     "This reform represents a country in the process of changing."),
    ("Vu le nombre d'usines en train de fermer, le ministre s'inquiète.",
     "Given the number of factories in the process of closing, the minister is worried."),
    # « désormais » is the "from now on"
    ("Le club a d'ores et déjà recruté deux joueurs et jouera désormais à domicile.",
     "The club has already signed two players and will play at home from now on."),
    # a closed, dated series: "last known" is the references' own choice
    ("Les derniers chiffres connus, qui datent de 2019, font état de 300 cas.",
     "The last known figures, from 2019, showed 300 cases."),
    # the last of a period that is over
    ("Le dernier sondage de la campagne donnait le maire en tête.",
     "The last poll of the campaign put the mayor ahead."),
    # a participle or a relative restricts the series: the last ones of that kind
    ("Les derniers sondages publiés avant le scrutin donnent le maire en tête.",
     "The last polls published before the vote put the mayor ahead."),
    ("Le dernier sondage réalisé avant le premier tour plaçait la maire en tête.",
     "The last poll taken before the first round put the mayor ahead."),
])
def test_wrong_frame_entries_quiet(source, target):
    assert _issues(target, source, ("A501",)) == []


# -- a malformed profile is the user's data fault, named with its file ---------------------------------------------

@pytest.mark.parametrize("lang, table, key, value", [
    ("fr", "plan_modal", "forms", "doit"),            # a word, not a list
    ("fr", "plan_modal", "reach", "deux"),            # not a number of words
    ("fr", "plan_modal", "duty_words", []),           # an empty list would read nothing as a duty
    ("en", "plan_modal_rendering", "singular", ""),   # no wording for the suggestion
    ("en", "plan_modal_rendering", "deadline_reach", "three"),  # not a number of words
    ("en", "plan_modal_rendering", "deadline_fillers", "the"),  # a word, not a list
])
def test_bad_profile_is_a_data_error(monkeypatch, lang, table, key, value):
    from mtqa.errors import DataError
    from mtqa.langs import language as language_module
    from mtqa.langs import modal_plans

    reader = modal_plans.source_reading if lang == "fr" else modal_plans.target_reading
    profile = language_module(lang)
    monkeypatch.setitem(profile.extra, table, dict(profile.extra[table], **{key: value}))
    reader.cache_clear()
    try:
        with pytest.raises(DataError, match=rf"{lang}\.toml: {table}\.{key}"):
            reader(lang)
    finally:
        monkeypatch.undo()
        reader.cache_clear()


def test_a_profile_needs_no_plural_forms(monkeypatch):
    # the suggestion follows the English subject: the French verb's number is read nowhere, so a profile copy
    # without ``plural_forms`` reads as before
    from mtqa.langs import language as language_module
    from mtqa.langs import modal_plans

    profile = language_module("fr")
    table = {k: v for k, v in profile.extra["plan_modal"].items() if k != "plural_forms"}
    monkeypatch.setitem(profile.extra, "plan_modal", table)
    modal_plans.source_reading.cache_clear()
    try:
        reading = modal_plans.source_reading("fr")
        assert [f.evidence for f in plan_frames(reading, "Les travaux doivent commencer lundi.")] == ["lundi"]
    finally:
        monkeypatch.undo()
        modal_plans.source_reading.cache_clear()


@pytest.mark.parametrize("source, target, span, suggestion", [
    # before a bare clause "made known" is stilted: one verb, inflected as the trap, reads in every frame
    ("Il a fait savoir qu'il viendrait.", "He made know he would come.", "made know", "announced"),
    ("Le club fait savoir sa décision.", "The club makes know its decision.", "makes know", "announces"),
])
def test_faire_savoir_suggests_one_verb(source, target, span, suggestion):
    found = _issues(target, source, ("A501",))
    assert [(i.text, i.suggestion) for i in found] == [(span, suggestion)]


# -- a deadline the translation sets: the translator's reading of an obligation (stop 75's known false alarm) ------

@pytest.mark.parametrize("source, target", [
    # the law sets the date: "by June 2010" is the translator's, and the frame cannot tell it from a schedule
    ("Le Premier ministre a esquivé les choix jusqu'aux élections, qui doivent se tenir en juin 2010.",
     "The Prime Minister dodged the choices until the elections, which must be held by June 2010."),
    ("Le nouveau stade doit ouvrir en septembre 2014.",
     "The new stadium must open no later than the end of September 2014."),
    ("Le rapport doit être remis vendredi au ministre.",
     "The report must be handed to the minister before Friday."),
    # "before" starts clauses too, but here it leads the deadline; a year before "at the latest" is still a year
    ("Le chantier doit être terminé en 2013.", "The work must be finished before 2013."),
    ("Le chantier doit être terminé en 2013.", "The work must be finished by 2013 at the latest."),
])
def test_a_deadline_the_translation_sets_is_quiet(source, target):
    assert _issues(target, source) == []


@pytest.mark.parametrize("source, target", [
    # "by" bringing a passive's agent, then the plan's time: no deadline
    ("Le texte doit être adopté par le Parlement en mars.", "The text must be adopted by Parliament in March."),
    # "until" ends the source's own span (« jusqu'en 2012 »): a schedule, no deadline the translation sets
    ("Le chantier est en cours et doit se poursuivre jusqu'en 2012.",
     "The construction is under way and must continue until 2012."),
    # a deadline in another clause is not this "must"'s
    ("Les élections doivent se tenir en juin 2010.", "The elections must be held in June 2010; polls close by June."),
    # the clause ends at a comma or at a word that starts another clause: the later date is not "must"'s
    ("Le nouveau pont doit ouvrir en mars, et le tunnel sera fini en 2012.",
     "The new bridge must open in March, and the tunnel will be finished by 2012."),
    ("La piscine doit rouvrir en mai selon le maire, qui sera candidat en juin 2015.",
     "The pool must reopen in May according to the mayor, who will stand before June 2015."),
    ("La ligne doit être prolongée l'an prochain et la gare sera rénovée d'ici 2016.",
     "The line must be extended next year and the station will be renovated by 2016."),
    # four digits that count the noun after them are no year: "by" brings the passive's agent
    ("Le nouveau pont doit être inauguré en mars par 2000 invités.",
     "The new bridge must be opened in March by 2000 guests."),
])
def test_a_deadline_needs_its_lead_and_a_date_in_the_modal_s_clause(source, target):
    assert [i.code for i in _issues(target, source)] == ["A633"]


def test_an_empty_filler_list_means_none(monkeypatch):
    # README: an empty word list of a data copy means none, not a data error: only a day's number is then read
    # between the lead and the point ("by 12 June"), not "the end of"
    from mtqa.langs import language as language_module
    from mtqa.langs import modal_plans

    profile = language_module("en")
    table = dict(profile.extra["plan_modal_rendering"], deadline_fillers=[])
    monkeypatch.setitem(profile.extra, "plan_modal_rendering", table)
    modal_plans.target_reading.cache_clear()
    try:
        reading = modal_plans.target_reading("en")
        assert reading.deadline.search("must open by 12 June")
        assert not reading.deadline.search("must open by the end of June")
    finally:
        monkeypatch.undo()
        modal_plans.target_reading.cache_clear()
