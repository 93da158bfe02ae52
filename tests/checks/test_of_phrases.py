"""A507 of-phrase-calque: a French « N1 de N2 » carried over as "N1 of the N2" where English writes "for" or a
compound, read off counts of English not translated from French."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.errors import DataError
from mtqa.langs import of_phrases as table_module
from mtqa.langs.of_phrases import OfTable
from mtqa.checks.of_phrases import _singulars, of_phrases


def _issues(target: str, source: str | None):
    ctx = Context(Config(select=("A507",)))
    return [(i.text, i.suggestion) for i in check_texts(target, source=source, ctx=ctx).issues if i.code == "A507"]


@pytest.mark.parametrize("source, target, span, suggestion", [
    ("La porte-parole du gouvernement a démenti toute fuite du document.",
     "The spokeswoman of the government denied any leak of the document.",
     "spokeswoman of the government", "spokeswoman for the government"),
    ("Le porte-parole des garde-côtes chinois a accusé Manille de provocation.",
     "The spokesman of the Chinese coast guards accused Manila of provocation.",
     "spokesman of the Chinese", "spokesman for the Chinese"),
    ("Une porte-parole de l'armée a confirmé la frappe.",
     "A spokesperson of the army confirmed the strike.",
     "spokesperson of the army", "army spokesperson"),
    ("Un journaliste du quotidien a été arrêté, selon un reporter de la chaîne.",
     "A journalist from the daily was arrested, according to a reporter of the channel.",
     "reporter of the channel", "reporter for the channel"),
    ("Les porte-parole de la police ont refusé de commenter.",
     "The spokesmen of the police declined to comment.",
     "spokesmen of the police", "police spokesmen"),
    ("Le blanchiment d'argent est puni de dix ans de prison.",
     "The laundering of money is punished by ten years in prison.",
     "laundering of money", "money laundering"),
    ("L'industrie du tabac souffre des nouvelles taxes.",
     "The industry of tobacco suffers from the new taxes.",
     "industry of tobacco", "tobacco industry"),
    # a person head's compound when the table holds it (news English writes "police spokesman")
    ("Le porte-parole de la police a confirmé l'arrestation.",
     "The spokesman of the police confirmed the arrest.",
     "spokesman of the police", "police spokesman"),
    # a capitalised person head: at the sentence start, and in title case inside a noun phrase; the compound
    # keeps the capital only at the start
    ("Le porte-parole de l'armée a confirmé la frappe.",
     "Spokesman of the army Colonel Ahmed confirmed the strike.",
     "Spokesman of the army", "Army spokesman"),
    ("Selon la porte-parole de l'armée, la frappe a eu lieu.",
     "According to the Spokesperson of the army, the strike took place.",
     "Spokesperson of the army", "army spokesperson"),
    ("Le porte-parole du gouvernement Olivier Véran a démenti.",
     "Spokesman of the government Olivier Véran denied it.",
     "Spokesman of the government", "Spokesman for the government"),
    ("La porte-parole de la TSA a confirmé la fouille.",
     "The Spokesperson of the TSA confirmed the search.",
     "Spokesperson of the TSA", "Spokesperson for the TSA"),
    # a name's span and suggestion run over its capitalised words
    ("Les reporters du Monde ont été expulsés.", "The reporters of Le Monde were expelled.",
     "reporters of Le Monde", "reporters for Le Monde"),
    # an acronym renders the source's acronym though the letters differ
    ("Un porte-parole de l'ASFC a confirmé la saisie.",
     "A spokesman of the CBSA confirmed the seizure.",
     "spokesman of the CBSA", "spokesman for the CBSA"),
    ("Un porte-parole de l'ARS a démenti les accusations.",
     "A spokesman of the LRA denied the accusations.",
     "spokesman of the LRA", "spokesman for the LRA"),
])
def test_flagged(source, target, span, suggestion):
    assert _issues(target, source) == [(span, suggestion)]


QUIET = [
    # names keep "of" and the check never reads a capitalised head
    ("La Banque d'Angleterre a relevé ses taux.", "The Bank of England raised its rates."),
    ("Les navires ont croisé en mer du Japon.", "The ships sailed in the Sea of Japan."),
    ("Le ministre des Finances a présenté le budget.", "The Minister of Finance presented the budget."),
    ("Le ministre des finances a présenté le budget.", "The minister of finance presented the budget."),
    ("L'Université de Paris a fermé ses portes.", "The University of Paris closed its doors."),
    ("Le ministère de la Défense a publié un communiqué.", "The Ministry of Defence issued a statement."),
    # heads English builds with "of" freely
    ("La fin de la guerre a été annoncée.", "The end of the war was announced."),
    ("Un membre du gouvernement a démissionné.", "A member of the government resigned."),
    ("Le prix du pétrole a chuté lundi.", "The price of oil fell on Monday."),
    ("Les prix du pétrole ont chuté lundi.", "The prices of oil fell on Monday."),
    ("Le chef de l'État a parlé.", "The head of state spoke."),
    ("Le président de la commission a démissionné.", "The chairman of the commission resigned."),
    ("Le directeur de l'agence a été limogé.", "The director of the agency was dismissed."),
    ("La capitale du pays est calme.", "The capital of the country is calm."),
    ("Le taux de chômage a augmenté.", "The rate of unemployment rose."),
    ("Le secrétaire général de l'ONU est attendu.", "The secretary general of the UN is expected."),
    ("Le chef de la police a démissionné.", "The chief of police resigned."),
    ("Le reste du monde regarde.", "The rest of the world is watching."),
    ("La moitié des électeurs se sont abstenus.", "Half of the voters stayed at home."),
    ("Le nombre de morts s'élève à 12.", "The number of dead stands at 12."),
    ("Le début de la saison est prévu en mars.", "The start of the season is due in March."),
    ("La majorité des députés a voté contre.", "The majority of MPs voted against."),
    ("Le centre de la ville a été bouclé.", "The centre of the city was sealed off."),
    ("La politique du gouvernement est critiquée.", "The policy of the government is criticised."),
    ("Le leader de l'opposition a réagi.", "The leader of the opposition reacted."),
    ("Les habitants du village ont fui.", "The residents of the village fled."),
    ("La question de la dette reste ouverte.", "The question of the debt remains open."),
    ("Le sort des otages reste inconnu.", "The fate of the hostages remains unknown."),
    ("La hausse des prix inquiète.", "The rise of prices is worrying."),
    # compound heads with an "of" English writes, or a complement the table does not pair with them
    ("L'industrie du futur sera numérique.", "The industry of the future will be digital."),
    ("La technologie de demain est là.", "The technology of tomorrow is here."),
    ("L'équipement de l'armée est vétuste.", "The equipment of the army is outdated."),
    ("La vidéo de l'attaque a circulé.", "The video of the attack circulated."),
    ("L'industrie de la France souffre.", "The industry of France is suffering."),
    ("Les données de la société ont fuité hier.", "The data of the company leaked yesterday."),
    # the person heads in their legitimate forms
    ("Le porte-parole, fils d'un diplomate, a démissionné.", "The spokesman, son of a diplomat, resigned."),
    # an "of" the source does not hold: the translator's own
    ("Le porte-parole a parlé pendant des heures.", "The spokesman spoke for hours of questions."),
    ("Il a rencontré un reporter venu d'Allemagne.", "He met a reporter, one of several from Germany."),
    ("Elle a parlé à un porte-parole.", "She spoke to a spokesman of sorts."),
    # an "of" after a reporting head that belongs to the next phrase
    ("Un porte-parole a parlé de la crise.", "A spokesman spoke of the crisis."),
    ("Un reporter a été témoin des combats.", "A reporter was a witness of the fighting."),
    ("Le porte-parole a fait part de ses doutes.", "The spokesman spoke of his doubts."),
    # the reviewer's (rv68a): "of" with a noun of quality, state or time after a person head is English's own
    ("Le consultant de longue date de la Banque mondiale a démissionné.",
     "The consultant of long standing at the World Bank resigned."),
    ("Un reporter d'un rare courage a couvert la guerre.", "A reporter of rare courage covered the war."),
    ("Le reporter du prix de l'année a été honoré.", "The reporter of the year award was honoured."),
    ("Le porte-parole de l'année, selon le magazine, est un ministre.",
     "The spokesman of the year, according to the magazine, is a minister."),
    ("Les grands reporters de type d'avant-guerre comme Albert Londres.",
     "The great reporters of pre-war type like Albert Londres."),
    # action nouns and the "business of the city" sense: no compound the table attests
    ("Le logement des étudiants dans des hôtels a coûté 2 millions d'euros à la ville.",
     "The housing of students in hotels cost the city 2 million euros."),
    ("Les affaires de la ville sont gérées par le conseil.", "The business of the city is run by the council."),
    # the same phrase is read alike whatever word follows it
    ("Les données de l'entreprise ont été volées.", "The data of the company were stolen."),
    ("Les données de l'entreprise ont fuité hier.", "The data of the company leaked yesterday."),
    # our own correct news English around the same heads and compounds
    ("Un consultant d'une grande expérience a été recruté.", "A consultant of great experience was hired."),
    ("Le reporter de talent a reçu un prix.", "The reporter of great talent received a prize."),
    ("Un porte-parole de longue date du parti a pris sa retraite.",
     "A spokesman of many years for the party retired."),
    ("Le reporter du mois a été choisi par les lecteurs.", "The reporter of the month was chosen by readers."),
    ("Un reporter d'une grande honnêteté a refusé.", "A reporter of great honesty refused."),
    ("La porte-parole, d'une voix calme, a répondu.", "The spokeswoman, of calm voice, answered."),
    ("Le porte-parole du moment a parlé.", "The spokesman of the moment spoke."),
    ("Un reporter de l'ancienne école a écrit le livre.", "A reporter of the old school wrote the book."),
    ("Le ministre de l'Intérieur a parlé.", "The Minister of the Interior spoke."),
    ("La Cour des comptes a publié son rapport.", "The Court of Auditors published its report."),
    ("Le maire de la ville a démissionné.", "The mayor of the city resigned."),
    ("Le président de la commission a parlé.", "The chairman of the committee spoke."),
    ("Le chef de l'armée a été limogé.", "The head of the army was dismissed."),
    ("La mort du reporter a choqué le pays.", "The death of the reporter shocked the country."),
    ("Le salaire du consultant a fait scandale.", "The salary of the consultant caused a scandal."),
    ("Le départ de la porte-parole a surpris.", "The departure of the spokeswoman came as a surprise."),
    ("Le nombre de reporters tués a augmenté.", "The number of reporters killed has risen."),
    ("Le rôle de porte-parole lui revient.", "The role of spokesman falls to him."),
    ("Le Conseil de sécurité s'est réuni.", "The Security Council of the United Nations met."),
    ("L'histoire de l'industrie du tabac est longue.", "The history of the tobacco industry is long."),
    ("Le coût du blanchiment d'argent est élevé.", "The cost of money laundering is high."),
    # -- stop 70: each sentence below holds a table head right before "of" (it reaches the rule) and is
    # quiet for the reason its group names; proved by mutation (README, A507): with the guard named taken out
    # of of_phrases(), the sentences of its group are flagged. They replace 21 sentences without "of", which
    # the check left before its rules.
    # a person head with "of" and a quality, a time or a rank after it: English's own "of" (_names_a_body; the
    # source holds « porte-parole de » / « reporter de » and its complement)
    ("Un porte-parole d'une grande expérience a été nommé par l'armée.",
     "A spokesman of great experience was appointed by the army."),
    ("Un reporter de renom a couvert le procès pour le journal.", "A reporter of renown covered the trial for the paper."),
    ("Une consultante de haut niveau a conseillé le ministère.", "A consultant of high standing advised the ministry."),
    ("Le porte-parole de la semaine a été le ministre de l'Intérieur.",
     "The spokesman of the week was the interior minister."),
    ("Une porte-parole de la dernière heure a lu le communiqué.",
     "A spokeswoman of the last hour read out the statement."),
    ("Le reporter de l'année a reçu son prix à Londres.", "The reporter of the year received his prize in London."),
    # a determiner after "of" and no article: no body the person acts for (_names_a_body, the grammar words)
    ("On trouve rarement un reporter de son calibre.", "A reporter of his calibre is rarely found."),
    ("Une porte-parole de cette trempe manquait au parti.", "A spokeswoman of this mettle was what the party lacked."),
    ("Le parti cherche un consultant de ce genre.", "The party is looking for a consultant of that kind."),
    # an "of" the source does not hold: the translator's own (the source's heads and tails)
    ("Il est reporter depuis trente ans au Caire.", "He is a reporter of thirty years' standing in Cairo."),
    ("Le ministère a choisi lui-même son consultant.", "The ministry picked a consultant of its own choosing."),
    ("Gouverner un pays est une affaire sérieuse.", "The business of running a country is serious."),
    ("Elle a parlé, en quelque sorte, au nom du parti.", "She acted as a spokeswoman of sorts for the party."),
    # a compound head with a complement the table does not pair with it (_compound)
    ("L'industrie de la guerre a prospéré.", "The industry of war thrived."),
    ("La technologie de l'époque ne le permettait pas.", "The technology of the time did not allow it."),
    ("L'équipement de l'époque était rudimentaire.", "The equipment of the period was rudimentary."),
    ("Les affaires de l'État sont gérées par le gouvernement.", "The business of the state is run by the government."),
    # a capitalised compound head: a name ("Technology of the Year")
    ("La Technologie de l'année a été décernée à un fabricant de batteries.",
     "Technology of the Year went to a battery maker."),
    ("L'Industrie du futur est un programme national.", "Industry of the Future is a national programme."),
    # the complement's noun phrase runs on ("car batteries", "drug money"): no compound of the table (_compound)
    ("L'industrie des batteries de voiture est en plein essor.", "The industry of car batteries is booming."),
    ("Le blanchiment d'argent sale de la drogue a été révélé.", "The laundering of drug money was exposed."),
]


@pytest.mark.parametrize("source, target", QUIET)
def test_quiet(source, target):
    assert _issues(target, source) == []


def test_no_source_is_quiet():
    assert _issues("The spokeswoman of the government denied it.", None) == []


def test_compound_suggestion_from_a_shipped_pair_row():
    found = of_phrases("L'industrie du tabac souffre.", "The industry of tobacco is suffering.", ("fr", "en"),
                       table_module.of_table("en"))
    assert [(f.kind, f.suggestion) for f in found] == [("compound", "tobacco industry")]


def test_compound_needs_the_noun_to_end_the_phrase():
    table = OfTable.of({}, {("car", "industry"): 10, ("car", "battery"): 10})
    assert of_phrases("L'industrie des batteries de voiture souffre.", "The industry of car batteries suffers.",
                      ("fr", "en"), table) == []


def test_for_needs_a_body_not_a_quality():
    table = OfTable.of({"reporter": 5}, {}, frozenset({"courage", "year"}))
    src = "Un reporter de l'armée et un reporter du courage de l'année."
    assert [f.suggestion for f in of_phrases(src, "A reporter of the army.", ("fr", "en"), table)] \
        == ["reporter for the army"]
    assert of_phrases(src, "A reporter of the year.", ("fr", "en"), table) == []
    assert of_phrases(src, "A reporter of courage.", ("fr", "en"), table) == []


def test_shipped_table_has_no_spam_or_names():
    table = table_module.of_table("en")
    for mod, head in table.compounds:
        assert mod not in {"adams", "aaron", "atlanta", "wichita", "price", "family"} or head != "viagra"
    words = {w for pair in table.compounds for w in pair}
    assert not words & {"viagra", "bondage", "porn", "poker", "incest", "adams", "aaron", "atlanta", "wichita"}
    assert ("money", "laundering") in table.compounds and ("police", "spokesman") in table.compounds
    assert ("army", "spokesman") in table.compounds and ("army", "spokeswoman") in table.compounds


def test_singulars():
    assert _singulars("spokesmen")[:2] == ("spokesmen", "spokesman")
    assert "guard" in _singulars("guards") and "industry" in _singulars("industries")
    assert _singulars("press") == ("press",)


def test_faulty_row_is_a_data_error(tmp_path, monkeypatch):
    bad = tmp_path / "of_phrases.zz.tsv"
    bad.write_text("# header\nH\tspokesman\tmany\t0\t1\n", encoding="utf-8")
    monkeypatch.setattr(table_module, "data_path", lambda *parts: tmp_path / parts[-1])
    with pytest.raises(DataError, match=r"of_phrases.zz.tsv:2"):
        table_module.of_table("zz")


def test_missing_table_is_none(tmp_path, monkeypatch):
    monkeypatch.setattr(table_module, "data_path", lambda *parts: tmp_path / parts[-1])
    assert table_module.of_table("yy") is None


def test_shipped_table_reads():
    table = table_module.of_table("en")
    assert "spokesman" in table.heads and "member" not in table.heads and "end" not in table.pair_heads
    assert {"year", "courage", "standing"} <= table.qualities and "army" not in table.qualities


def test_the_tables_are_read_back_from_the_compiled_cache_as_parsed(tmp_path, monkeypatch):
    # the two tables were parsed row by row on every run with an "of" or a « de »: stored once, read back equal,
    # and a changed file is parsed again (its key is the file and the parsing code)
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    rows = []
    read_rows = table_module.read_rows
    monkeypatch.setattr(table_module, "read_rows", lambda path, row: rows.append(path.name) or read_rows(path, row))
    parsed = []
    for _ in range(2):
        table_module.of_table.cache_clear()
        table_module.head_table.cache_clear()
        parsed.append((table_module.of_table("en"), table_module.head_table("fr", "en")))
    assert parsed[0] == parsed[1] and rows == ["of_phrases.en.tsv", "of_heads.fr-en.tsv.gz"]
    first = parsed[1][1].compounds
    shared = [w for words in first.values() for w in words if w == "oil"]
    assert len(shared) > 1 and all(w is shared[0] for w in shared)  # a modifier of many heads: one string
    copy = tmp_path / "of_phrases.zz.tsv"
    copy.write_text("# header\nH\tspokesman\t1\t0\t1\n", encoding="utf-8")
    monkeypatch.setattr(table_module, "data_path", lambda *parts: tmp_path / parts[-1])
    assert table_module.of_table("zz").heads == {"spokesman": 1}
    copy.write_text("# header\nH\tspokesman\t2\t0\t1\nH\tenvoy\t3\t0\t1\n", encoding="utf-8")
    table_module.of_table.cache_clear()
    assert table_module.of_table("zz").heads == {"spokesman": 2, "envoy": 3}
    table_module.of_table.cache_clear()
    table_module.head_table.cache_clear()


@pytest.mark.parametrize("text", [
    "The rate of unemployment rose, the level of debt of the city of Paris too.",
    "A growth of of jobs of the region: the end of 2014 of the plan of Macron.",
    "The x-rate of growth and the well-being of children of Lyon.",
    "Rate of participation reached 61% in the department of Gironde.",
    "l'heure of truth, 9am of June, abc_of of debt and the strategy of Obama of the United States",
])
def test_complement_anchored_reading_finds_what_finditer_finds(text):
    # A626 and its name route try their pattern only at the word before each " of " (_before_complements): the
    # same matches, in order, as the pattern's finditer over the whole text
    from mtqa.checks.of_phrases import _bare_of, _before_complements, _name_of

    pair, _, complements = _bare_of("en")
    for pattern in (pair, _name_of("en")):
        assert [(m.span(), m.groups()) for m in _before_complements(pattern, text, complements)] == \
               [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert list(pattern.finditer(text))  # each sentence holds a match: the comparison is not of two empty lists
