"""L1xx number, time, date and currency formats: what is flagged, what is not, and the seed."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair, check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.model import Document, DocumentPair, Link, Role, Segment
from tests.conftest import SEED

CODES = ("L101", "L102", "L103", "L104", "L105", "L106")


def flags(text, source=None, *, locale="en-US", options=None, codes=CODES):
    """(code, span, suggestion) of the L1 issues on a one-segment pair (source aligned when given)."""
    ctx = Context(Config(select=codes, locale=locale, options=options or {}))
    target = Document("t", None, "en", [Segment(0, text, Role.BODY, 0, 1, 0, multiline=False)])
    src = Document("t", None, "fr", [Segment(0, source, Role.BODY, 0, 1, 0, multiline=False)]) if source else None
    pair = DocumentPair("t", target, src, links=[Link((0,), (0,))] if source else [], meta={"prealigned": True})
    return [(i.code, i.text, i.suggestion) for i in check_pair(pair, ctx).issues]


@pytest.mark.parametrize("text,source,expected", [
    ("Inflation rose to 6,26% in September.", None, [("L101", "6,26%", "6.26%")]),
    ("Renault (-4,63%) fell.", "Renault (-4,63%) a reculé.", [("L101", "4,63%", "4.63%")]),
    ("The Nikkei closed at 14 201,57 points.", None, [("L101", "14 201,57", "14,201.57")]),
    ("The euro touched 1,3517 dollars.", "L'euro a touché 1,3517 dollar.", [("L101", "1,3517", "1.3517")]),
    ("The index rose 3,125 points.", "L'indice a gagné 3,125 points.", [("L101", "3,125", "3.125")]),
    ("The trail runs 8,412 kilometres, or 3,5 more.", "Le sentier s'étend sur 8,412 kilomètres, soit 3,5 de plus.",
     [("L101", "8,412", "8.412"), ("L101", "3,5", "3.5")]),
    ("A rise of 0,7 % was announced.", None, [("L101", "0,7 %", "0.7%")]),
    ("Chosen from some 3.000 candidates.", None, [("L102", "3.000", "3,000")]),
    ("Some 5.375 opposition fighters died.", None, [("L102", "5.375", "5,375")]),
    ("It covers 836.000 km2.", "Il couvre 836 000 km2.", [("L102", "836.000", "836,000")]),
    ("A fine of 12.500.000 was paid.", None, [("L102", "12.500.000", "12,500,000")]),
    ("An altitude of 10 000 feet.", "Une altitude de 10 000 pieds.", [("L102", "10 000", "10,000")]),
    # a capitalised word before the figure that the source does not have before it: still a thousands group
    ("Paris has 10 000 new flats.", "Paris compte 10 000 nouveaux logements.", [("L102", "10 000", "10,000")]),
    ("The Boeing 10 000 project.", "Le projet Boeing de 10 000.", [("L102", "10 000", "10,000")]),
    # a five-digit group after an address word that is not the figure's street: still a thousands group
    ("The square holds 12 500 Parisians.", "La place de la Concorde accueille 12 500 Parisiens.",
     [("L102", "12 500", "12,500")]),
    ("They built 42 660 Silverado trucks.", "Ils ont construit 42 660 Silverado.", [("L102", "42 660", "42,660")]),
    ("An altitude of 10\u00a0000 feet.", "Une altitude de dix mille pieds.", [("L102", "10\u00a0000", "10,000")]),
    ("Turnout rose by 18 % in ten years.", None, [("L103", "18 %", "18%")]),
    ("The incident took place at 12h30 in Montreal.", None, [("L104", "12h30", "12:30 p.m.")]),
    ("The shares closed at 16 h 35 GMT.", None, [("L104", "16 h 35", "4:35 p.m.")]),
    ("An accident happened towards 5h30 on the ring road.", None, [("L104", "5h30", "5:30 a.m.")]),
    ("The film lasts 2 h 45.", None, [("L104", "2 h 45", "2 hours 45 minutes")]),
    ("The concert should last 2h45 with the interval.", "Le concert durera 2h45 avec l'entracte.",
     [("L104", "2h45", "2 hours 45 minutes")]),
    # the minute and second symbols make it a duration, and the suggestion covers all of it
    ("He won the race in 2 h 03 min 38 s.", "Il a gagné la course en 2 h 03 min 38 s.",
     [("L104", "2 h 03 min 38 s", "2 hours 3 minutes 38 seconds")]),
    ("The film lasts 1 h 30 min.", None, [("L104", "1 h 30 min", "1 hour 30 minutes")]),
    # the plural and spelled minute units too: the suggestion leaves no "mins" or "minutes" behind
    ("The film lasts 1 h 30 mins.", None, [("L104", "1 h 30 mins", "1 hour 30 minutes")]),
    ("The stage took him 4 h 12 minutes.", "L'étape lui a pris 4 h 12 minutes.",
     [("L104", "4 h 12 minutes", "4 hours 12 minutes")]),
    ("She ran it in 2 h 21 mins 05 secs.", None, [("L104", "2 h 21 mins 05 secs", "2 hours 21 minutes 5 seconds")]),
    ("Shortly before 4h, a driver lost control.", None, [("L104", "4h", "4 a.m.")]),
    ("He was on the set of the 20h news.", None, [("L104", "20h", "8 p.m.")]),
    # a span said by the word after it: hours and minutes the French way still get the English span
    ("The train came 2h15 later than planned.", "Le train est arrivé 2h15 plus tard que prévu.",
     [("L104", "2h15", "2 hours 15 minutes")]),
    # ... not after a clock cue: "at 19h ahead of" is a time of day
    ("The shop shuts at 19h ahead of the holidays.", "Le magasin ferme à 19h avant les fêtes.",
     [("L104", "19h", "7 p.m.")]),
    ("The market opens at 7h early on Sundays.", None, [("L104", "7h", "7 a.m.")]),
    ("It happened on the 31 October in Paris.", None, [("L105", "the 31 October", "October 31")]),
    ("The deadline is 25/10/2013.", None, [("L105", "25/10/2013", "October 25, 2013")]),
    ("The deadline is 05.10.2021.", None, [("L105", "05.10.2021", "October 5, 2021")]),
    ("The club offered 900 M$ for the site.", None, [("L106", "900 M$", "$900 million")]),
    ("The consortium paid 4.5 Md$.", None, [("L106", "4.5 Md$", "$4.5 billion")]),
    ("He was fined 1 000 £ for it.", None, [("L106", "1 000 £", "£1,000")]),
    ("A coffee costs 3 €.", None, [("L106", "3 €", "€3")]),
    ("Airlines pay Orbitz $ 10 per ticket.", None, [("L106", "$ 10", "$10")]),
    ("The stock climbed to $ 37,47.", None, [("L106", "$ 37,47", "$37.47")]),
    # dot thousands before a scale word whose decimal reading the source does not have
    ("The state holds 40.000 million in cash.", "L'Etat détient 40.000 millions en liquidités.",
     [("L102", "40.000", "40,000")]),
    ("The rate reached 3,125 per cent.", "Le taux a atteint 3,125 pour cent.", [("L101", "3,125", "3.125")]),
    # the source says the figure with a scale word between its digits
    ("The fund totalled 412.385 dollars.", "Le fonds a atteint 412 mille 385 dollars.", [("L102", "412.385", "412,385")]),
    # a label's number beside a count in the same sentence: the count is still a thousands group
    ("Paragraph 3.120 of the decree applies to 5.000 farms.", "Le paragraphe 3.120 du décret s'applique à 5.000 fermes.",
     [("L102", "5.000", "5,000")]),
    # "release" is a verb here, and the source says a count with no label word before it
    ("The lenders must release 6.000 million for the port.", "Les prêteurs doivent débloquer 6.000 millions pour le port.",
     [("L102", "6.000", "6,000")]),
    # the output's label word does not count when the source writes the figure as a count
    ("The chapter 2.400 pupils read was short.", "Le chapitre que 2.400 élèves ont lu était court.",
     [("L102", "2.400", "2,400")]),
])
def test_flagged(text, source, expected):
    assert flags(text, source) == expected


@pytest.mark.parametrize("text,source", [
    ("The central bank cut its rate to 3.125 percent.", None),
    ("The rate is 1.375% and the score 3.5.", None),
    ("Version 2.0.1 was released on AFP.com and at 192.168.100.200.", None),
    ("The U.S. agency met at 10.30 and at 2:30 p.m.", None),
    ("The stadium holds 3,125 people and cost $12.5 million.", None),
    ("Pages 12,13 and 14 were missing.", "Il manquait les pages 12, 13 et 14."),
    ("The bank will set aside £12-14 000 million for fines.", "La banque provisionnerait 12 à 14 milliards de livres pour les amendes."),
    ("A bad bank covering £38 000 million of assets.", "Une structure regroupant 38 milliards de livres."),
    ("The index lost 1.4% to 3.000 points.", "L'indice a perdu 1,4 % à 3,000 points."),
    # two figures of the source (a list) that the output glued with a dot: no thousands group (A401's)
    ("They ask us 100.200 roubles for tea.", "Ils nous demandent 100, 200 roubles pour du thé."),
    # a version or a provision numbered with a dot: the label's parts, no thousands group, with the source writing
    # the same label or, without a source, after the output's label word
    ("The studio shipped version 3.014 of its game in May.", "Le studio a livré la version 3.014 de son jeu en mai."),
    ("Under article 4.210 of the code the fee doubles.", "En vertu de l'article 4.210 du code, la redevance double."),
    ("The fee is set by art. 1.150 of the decree.", "La redevance est fixée par l'art. 1.150 du décret."),
    ("Version 3.014 was pulled after a day.", None),
    ("Clause 7.250 was struck out by the judges.", None),
    ("The 24h news channel and the 24 h race.", None),
    # whole hours of a span, with the hour symbol: "3h later", as the source writes it
    ("Help arrived 3h too late, he said.", "Les secours sont arrivés, 3h trop tard, a-t-il dit."),
    ("The suitcase costs 90,000 euros.", None),
    # digit groups copied with the capitalised name before them: a model number, not a thousands group
    ("The airline ordered a Boeing 737 800 last week.", "La compagnie a commandé un Boeing 737 800 la semaine dernière."),
    # a French postcode copied from the source's address: after the street and before the town, or by a postal word
    ("Send it to 12 rue de Rivoli, 75 001 Paris.", "Envoyez-le au 12 rue de Rivoli, 75 001 Paris."),
    ("The firm sits at 8 quai d'Orsay, 75 007 Paris.", "La société siège au 8 quai d'Orsay, 75007 Paris."),
    ("Write to BP 40, 69 002 Lyon.", "Écrivez à BP 40, 69 002 Lyon."),
    # a comma before three digits copied from a source that writes no figure the French way
    ("The trail runs 8,412 kilometres.", "Le sentier s'étend sur 8,412 kilomètres."),
    ("The mayor said on Thursday 31 October that the bridge would reopen.", None),
    ("Readers can call 01.42.17.30.00 between 9 a.m. and 5 p.m.", None),
    ("In 2013 200 people attended.", None),
    ("He earns €3, $4.5bn or £2 million.", None),
    # a decimal point before a scale word, the same figure as the source's
    ("The league expects to earn 1.090 billion.", "La ligue prévoit de gagner 1 090 millions."),
    # "per" without "cent" after a comma group copied from the source: a grouping
    ("It spends USD 1,300 per year on it.", "Il y dépense 1,300 dollars US par an."),
])
def test_not_flagged(text, source):
    assert flags(text, source) == []


def test_en_gb_times_and_dates():
    assert flags("The incident took place at 14h30.", locale="en-GB") == [("L104", "14h30", "2.30pm")]
    assert flags("It happened on the 31 October.", locale="en-GB") == [("L105", "the 31 October", "31 October")]
    assert flags("The deadline is 25/10/2013.", locale="en-GB") == []


def test_day_month_order_option():
    text = "It happened on 31 October 2013."
    assert flags(text) == []
    assert flags(text, options={"L105": {"day_month_order": True}}) == [("L105", "31 October 2013", "October 31, 2013")]


def test_spelled_out_currency_option():
    text = "The suitcase costs 90,000 euros."
    assert flags(text, options={"L106": {"flag_spelled_out": True}}) == [("L106", "90,000 euros", "€90,000")]


def test_one_issue_per_number():
    """A French number with several defects yields one issue whose suggestion fixes them all."""
    assert flags("Costs of 1 000 € and 2,45 % were reported.") == [
        ("L106", "1 000 €", "€1,000"), ("L101", "2,45 %", "2.45%")]


def test_seed(seed_title):
    text = (SEED / "article.en.txt").read_text(encoding="utf-8")
    ctx = Context(Config(select=CODES))
    issues = check_texts(text, title=seed_title, ctx=ctx).issues
    assert [(i.code, i.line, i.start, i.text, i.suggestion) for i in issues] == [
        ("L102", 11, 89, "3.000", "3,000")]


CLEAN_ARTICLE = """Pogacar takes the stage in Les Gets

The Tour de France reached Les Gets on Saturday, where the Slovenian rider won the stage in 4 hours 12 minutes, 3.5 seconds ahead of his rival. Some 3,000 spectators lined the final climb, and the U.S. team's leader finished 12th.

In Paris, Laurence des Cars, president of the Louvre, said the Venus de Milo would stay in the museum during the works, which will cost €12 million, or 6.5% of the budget. "All is well," she told AFP.com at 10:30 a.m. on October 5.

The museum's website, louvre.fr, had 1,250 visits a minute; version 2.0.1 of its app, e.g. the ticket module, was praised. The Louvre said the works would end in 2025."""

ALL_CODES = ("L101", "L102", "L103", "L104", "L105", "L106", "L201", "L202", "L203", "L204", "L205",
             "F101", "F102", "F103", "F201", "F301", "F401", "A501")


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
def test_clean_article_gets_no_flag(locale):
    ctx = Context(Config(select=ALL_CODES, locale=locale))
    assert check_texts(CLEAN_ARTICLE, ctx=ctx).issues == []


def test_year_after_a_label_word_broken_by_a_dot_is_restored_as_the_year():
    # « l'édition 2013 »: a year, which takes no separator; "2,013" would print a count nobody wrote
    source = "L'édition 2013 du salon a attiré 4 200 exposants."
    assert flags("The 2.013 edition of the fair drew 4,200 exhibitors.", source) == [("L102", "2.013", "2013")]
    assert flags("The fair's edition 2.013 drew 4,200 exhibitors.", source) == [("L102", "2.013", "2013")]
    assert flags("The 2013 edition of the fair drew 4,200 exhibitors.", source) == []
    assert flags("Version 2.014 of the app is free.", "La version 2014 de l'application est gratuite.") \
        == [("L102", "2.014", "2014")]
    # the source's own dotted label stays a label, and a count of the source is still grouped the English way
    assert flags("Version 2.014 of the app is free.", "La version 2.014 de l'application est gratuite.") == []
    assert flags("Some 2.013 exhibitors came.", "Quelque 2 013 exposants sont venus.") \
        == [("L102", "2.013", "2,013")]
