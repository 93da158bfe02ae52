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
     "spokesperson of the army", "spokesperson for the army"),
    ("Un journaliste du quotidien a été arrêté, selon un reporter de la chaîne.",
     "A journalist from the daily was arrested, according to a reporter of the channel.",
     "reporter of the channel", "reporter for the channel"),
    ("Les porte-parole de la police ont refusé de commenter.",
     "The spokesmen of the police declined to comment.",
     "spokesmen of the police", "spokesmen for the police"),
    ("Le blanchiment d'argent est puni de dix ans de prison.",
     "The laundering of money is punished by ten years in prison.",
     "laundering of money", "money laundering"),
    ("Le virus de la grippe circule dans tout le pays.",
     "The virus of the flu is circulating across the country.",
     "virus of the flu", "flu virus"),
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
    ("Le porte-parole de la Maison Blanche est arrivé.", "The White House spokesman arrived."),
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
    ("La porte-parole du gouvernement a démenti.", "The government spokeswoman denied it."),
    ("Le porte-parole de l'armée a confirmé.", "The spokesman for the army confirmed it."),
    ("Un porte-parole de la police a parlé.", "A police spokesman spoke."),
    ("Un reporter du journal a été blessé.", "A reporter for the newspaper was wounded."),
    ("Le consultant de la banque a été entendu.", "The bank's consultant was heard."),
    ("Le porte-parole, fils d'un diplomate, a démissionné.", "The spokesman, son of a diplomat, resigned."),
    # an "of" the source does not hold: the translator's own
    ("Le porte-parole a parlé pendant des heures.", "The spokesman spoke for hours of questions."),
    ("Il a rencontré un reporter venu d'Allemagne.", "He met a reporter, one of several from Germany."),
    ("Les deux hommes, dont le porte-parole, ont été relâchés.", "Both men, the spokesman among them, were freed."),
    ("Elle a parlé à un porte-parole.", "She spoke to a spokesman of sorts."),
    # an "of" after a reporting head that belongs to the next phrase
    ("Un porte-parole a parlé de la crise.", "A spokesman spoke of the crisis."),
    ("Un reporter a été témoin des combats.", "A reporter was a witness of the fighting."),
    ("Le porte-parole a fait part de ses doutes.", "The spokesman spoke of his doubts."),
]


@pytest.mark.parametrize("source, target", QUIET)
def test_quiet(source, target):
    assert _issues(target, source) == []


def test_no_source_is_quiet():
    assert _issues("The spokeswoman of the government denied it.", None) == []


def test_compound_suggestion_from_a_pair_row():
    table = OfTable.of({}, {("car", "industry"): 10})
    found = of_phrases("L'industrie de l'automobile souffre.", "The industry of cars is suffering.", ("fr", "en"), table)
    assert [(f.kind, f.suggestion) for f in found] == [("compound", "car industry")]


def test_compound_needs_the_noun_to_end_the_phrase():
    table = OfTable.of({}, {("car", "industry"): 10})
    assert of_phrases("L'industrie de l'automobile électrique souffre.", "The industry of car batteries suffers.",
                      ("fr", "en"), table) == []


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
