"""A626 noun-compound-calque: a bare French « N1 de N2 » carried over as "N1 of N2" where human translators of
French news compound the head ("unemployment rate"), read off counts of their translations (bench/of_heads.py)."""
from __future__ import annotations

import gzip

import pytest

from mtqa.api import check_texts
from mtqa.checks.of_phrases import compound_calques, compound_sources
from mtqa.config import Config
from mtqa.context import Context
from mtqa.errors import DataError
from mtqa.langs import of_phrases as table_module

LANGS = ("fr", "en")


def _issues(target: str, source: str | None):
    ctx = Context(Config(select=("A626",)))
    return [(i.text, i.suggestion) for i in check_texts(target, source=source, ctx=ctx).issues if i.code == "A626"]


# Real shapes of the WMT12-14 systems' output and the calibration articles (sentences of our own).
@pytest.mark.parametrize("source, target, span, suggestion", [
    ("Le taux de participation a atteint 61 % dimanche.", "The rate of participation reached 61% on Sunday.",
     "rate of participation", "participation rate"),
    ("La banque d'investissement a supprimé 800 postes.", "The bank of investment has cut 800 jobs.",
     "bank of investment", "investment bank"),
    ("Il a passé trois semaines dans un lit d'hôpital.", "He spent three weeks in a bed of hospital.",
     "bed of hospital", "hospital bed"),
    ("Les trafiquants de drogue ont été arrêtés à la frontière.", "The traffickers of drug were arrested at the border.",
     "traffickers of drug", "drug traffickers"),
    ("Le minerai de fer se vend bien.", "The ore of iron sells well.", "ore of iron", "iron ore"),
    ("Les facteurs de risque sont connus.", "The factors of risk are known.", "factors of risk", "risk factors"),
    ("Les services d'entretien des routes ont salé la chaussée.",
     "The services of maintenance of the roads salted the roadway.",
     "services of maintenance", "maintenance services"),
    ("Les cartes d'identité sont obligatoires.", "The cards of identity are compulsory.",
     "cards of identity", "identity cards"),
    ("Les réserves de change ont chuté de 26 %.", "The reserves of exchange fell by 26%.",
     "reserves of exchange", "exchange reserves"),
    ("Le ministre a présenté son plan de paix.", "The minister presented his plan of peace, then left.",
     "plan of peace", "peace plan"),
])
def test_flagged(source, target, span, suggestion):
    assert _issues(target, source) == [(span, suggestion)]


QUIET = [
    # English's own "of" for the pair: the human English writes it (the table's vetoes)
    ("Le prix de l'or a grimpé, comme le prix de pétrole.", "The price of gold climbed, like the price of oil."),
    ("Le taux d'intérêt a été relevé.", "The rate of interest was raised by the central bank."),
    ("Un plan d'action a été adopté.", "A plan of action was adopted on Monday."),
    ("Le système de santé est à bout.", "The system of health care is at breaking point."),
    ("Il a fait une déclaration de principe.", "He made a statement of principle on Tuesday."),
    ("Le taux de chômage est resté stable au troisième trimestre.",
     "The rate of unemployment remained stable in the third quarter."),
    # no compound in English for the pair: the "of" is English's
    ("Une équipe de bénévoles a nettoyé la plage.", "A team of volunteers cleaned the beach."),
    ("Une équipe de chercheurs a publié l'étude.", "A team of scientists published the study."),
    ("Il a mené une campagne de persécution.", "He waged a campaign of persecution against them."),
    ("Les forces de division sont anciennes ici.", "The forces of division are old here."),
    ("C'est une crise de confiance.", "It is a crisis of conscience for the party."),
    ("Une société de personnes a été créée.", "A society of friends was created."),
    ("Un marché de dupes a été conclu.", "A market of ideas has emerged."),
    ("Ce fut une journée de deuil.", "It was a day of mourning and of anger."),
    ("Le centre de gravité a bougé.", "The centre of gravity has shifted."),
    ("Un conseil de sécurité s'est réuni.", "A council of war met overnight."),
    # « du », « des »: « N1 de la/les N2 », English's own "of (the)"
    ("Les droits des salariés ont été restreints.", "The rights of employees were restricted."),
    ("Il utilise les services des stylistes.", "He uses the services of stylists."),
    ("Le prix du pétrole a baissé.", "The price of oil fell."),
    ("Le taux du livret A a été relevé.", "The rate of savings accounts was raised."),
    ("La banque des règlements internationaux a averti.", "The bank of settlements warned."),
    ("La conférence des évêques s'est tenue à Lourdes.", "The conference of bishops was held in Lourdes."),
    # the noun phrase runs on: the modifier is no compound's first word here
    ("Le taux de chômage partiel a doublé.", "The rate of unemployment insurance claims doubled."),
    ("Le fonds d'investissement a levé 2 milliards.", "The fund of investment funds raised 2 billion."),
    # names, capitalised heads and an article between
    ("La Banque d'Angleterre a relevé son taux.", "The Bank of England raised its rate."),
    ("La Cour d'appel a confirmé la peine.", "The Court of Appeal upheld the sentence."),
    ("Le ministère de la Défense a démenti.", "The Ministry of Defence denied it."),
    ("Le Centre de recherche a fermé.", "The Centre of Research closed."),
    ("La banque d'investissement a licencié.", "The bank of the investment group laid off staff."),
    ("Le taux de la participation a déçu.", "The rate of the participation disappointed."),
    # a head that translators write with "of" as often as not (no table row: « point », « niveau », « nombre »)
    ("Un point de vue a été exprimé.", "A point of view was expressed."),
    ("Le niveau de vie a baissé.", "The level of life has fallen."),
    ("Un grand nombre de personnes sont venues.", "A number of people came."),
    ("Ce type de voiture est rare.", "This type of car is rare."),
    ("Il a parlé d'un manque de confiance.", "He spoke of a lack of confidence."),
    ("C'est une question de temps.", "It is a question of time."),
    # the source holds no bare « N1 de N2 » behind the English "of"
    ("Le chômage a augmenté plus vite que prévu.", "The rate of unemployment rose faster than expected."),
    ("Les investisseurs ont fui.", "The bank of investment advisers fled."),
    ("Il dort à l'hôpital.", "He sleeps in a bed of the hospital ward."),
    ("La drogue circule.", "The traffickers of drug money were caught."),
    ("Ils ont adopté un ajustement.", "They adopted a plan of adjustment."),
    ("On parle de corruption.", "There is talk of a scandal of corruption."),
]


@pytest.mark.parametrize("source, target", QUIET)
def test_quiet(source, target):
    assert " of " in target  # every example passes the check's screen
    assert _issues(target, source) == []


def test_no_source_is_quiet():
    assert _issues("The rate of participation reached 61%.", None) == []


def test_source_reading_keeps_only_bare_de_with_a_counted_head():
    assert compound_sources("Le taux de participation a baissé.", LANGS)
    assert not compound_sources("Le taux de la participation a baissé.", LANGS)
    assert not compound_sources("Les droits des salariés ont été restreints.", LANGS)
    assert not compound_sources("Le nombre de morts a augmenté.", LANGS)  # « nombre »: no compounding head


def test_plural_modifier_of_its_own_is_not_made_singular():
    found = compound_calques("La gestion de biens est rentable.", "The management of goods is profitable.", LANGS)
    assert [f.suggestion for f in found] in ([], ["goods management"])


def test_faulty_row_is_a_data_error(tmp_path, monkeypatch):
    bad = tmp_path / "of_heads.zz-yy.tsv.gz"
    bad.write_bytes(gzip.compress("# header\nH\ttau\ttaux\tmany\t2\n".encode("utf-8")))
    monkeypatch.setattr(table_module, "data_path", lambda *parts: tmp_path / parts[-1])
    with pytest.raises(DataError, match=r"of_heads.zz-yy.tsv.gz:2"):
        table_module.head_table("zz", "yy")


def test_missing_table_is_none(tmp_path, monkeypatch):
    monkeypatch.setattr(table_module, "data_path", lambda *parts: tmp_path / parts[-1])
    assert table_module.head_table("yy", "zz") is None


def test_shipped_table_reads():
    table = table_module.head_table(*LANGS)
    assert table.heads["tau"] > 100 and "nombr" not in table.heads and "typ" not in table.heads
    assert "participation" in table.compounds["rate"] and "volunteers" not in table.compounds["team"]
    assert "oil" in table.vetoes["pric"]
