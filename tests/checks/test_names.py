"""T101 inconsistent-name-spelling, T103 altered-name, T104 anglicised-first-name."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair, check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.model import Document, DocumentPair, Link, Role, Segment
from mtqa.names.cluster import skeleton
from mtqa.langs.data import pair_table
from mtqa.langs import fold


def pair(*rows: tuple[str, str]) -> DocumentPair:
    """A pre-aligned pair, one (source, target) sentence per row, as the .jsonl reader builds it."""
    src, tgt = Document("t", None, "fr"), Document("t", None, "en")
    for n, (s, t) in enumerate(rows):
        role = Role.HEADLINE if n == 0 and len(rows) > 1 else Role.BODY
        src.segments.append(Segment(n, s, role, n, n + 1, 0, multiline=False))
        tgt.segments.append(Segment(n, t, role, n, n + 1, 0, multiline=False))
        tgt.lines[n + 1] = t
    links = [Link((n,), (n,)) for n in range(len(rows))]
    return DocumentPair("t", tgt, src, links=links, meta={"prealigned": True})


def issues(p: DocumentPair, *codes: str):
    return [(i.code, i.text, i.suggestion) for i in check_pair(p, Context(Config(select=codes))).issues]


# -- T101 -------------------------------------------------------------------------------------------

def test_inconsistent_spelling_flags_every_non_english_occurrence():
    text = ("Crew lands\n\nAnton Chkaplerov commanded.\n\nChkaplerov flew.\n\nM.Shkaplerov smiled.\n\n"
            "The cosmonaut Chkaplerov waved.")
    found = [(i.line, i.text, i.suggestion) for i in check_texts(text, ctx=Context(Config(select=("T101",)))).issues]
    assert found == [(3, "Chkaplerov", "Shkaplerov"), (5, "Chkaplerov", "Shkaplerov"), (9, "Chkaplerov", "Shkaplerov")]


@pytest.mark.parametrize("a,b,preferred", [
    ("Rogozine", "Rogozin", "Rogozin"),  # English usage decides, whatever the majority
    ("Sarborough", "Scarborough", "Scarborough"),  # a misspelling of a known name
    ("Moubarak", "Mubarak", "Mubarak"),
])
def test_preferred_spelling(a, b, preferred):
    text = f"News\n\nHe met {a} on Monday.\n\nThen {a} left.\n\nLater {b} spoke."
    found = {(i.text, i.suggestion) for i in check_texts(text, ctx=Context(Config(select=("T101",)))).issues}
    other = a if preferred == b else b
    assert found == {(other, preferred)}


@pytest.mark.parametrize("a,b", [
    ("Johnson", "Johnston"),  # two established names
    ("Hurston", "Hurstons"),  # an inflection
    ("Murcia", "Murcian"),
    ("Copé", "Cope"),  # accents only
    ("Landesbank", "Landesbanken"),
])
def test_not_inconsistent(a, b):
    text = f"News\n\nHe met {a} on Monday.\n\nLater {b} spoke."
    assert check_texts(text, ctx=Context(Config(select=("T101",)))).issues == []


def test_skeleton():
    assert skeleton("Shkaplyerov") == skeleton("SHKAPLIEROV") == "shkaplierov"


# -- T103 -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("source,target,bad,good", [
    ("Quand François Hollande reçoit Angela Merkel.", "When François Holland receives Angela Merkel.",
     "Holland", "Hollande"),
    ("après Jacques Chirac, François Hollande", "after Jacques Chirac, François Netherlands", "Netherlands", "Hollande"),
    ("Selon M. Palmer, le budget sera voté en mars", "According to Mr. Caliper, the budget will be voted in March",
     "Caliper", "Palmer"),
    ("M. Montebourg a visité l'usine lundi.", "Mr Jospin visited the factory on Monday.", "Jospin", "Montebourg"),
    ("la députée Stéphanie Vallée affirme", "delegate Stéphanie Valley asserts", "Valley", "Vallée"),
    # a real name swapped for a more common one that both languages prefer: no misspelling restored
    ("Selon Michel Barnier, le texte est prêt.", "According to Michel Bernier, the text is ready.",
     "Bernier", "Barnier"),
    ("Le maire Anton Schmid a répondu.", "Mayor Anton Schmidt replied.", "Schmidt", "Schmid"),
    ("Selon M. Smit, il pleut.", "According to Mr Smith, it is raining.", "Smith", "Smit"),
    # other vowels, but no romanisation's: another name
    ("Selon François Fillon, la loi passera.", "According to François Fallon, the law will pass.",
     "Fallon", "Fillon"),
    ("La société de Claire Audette recrute.", "Claire Audetto's company is hiring.", "Audetto", "Audette"),
    # romanisation vowels, but an English name (no romanisation) or a swap for a better-known name
    ("Le président George Bush a parlé hier.", "President George Bosh spoke yesterday.", "Bosh", "Bush"),
    ("La chanteuse Marie Miller a chanté hier.", "The singer Marie Meller sang yesterday.", "Meller", "Miller"),
    ("Le skieur Jean-Claude Killy a gagné hier.", "The skier Jean-Claude Kelly won yesterday.", "Kelly", "Killy"),
    # a name of English-language news the source kept as it is, swapped for a name French knows better
    ("La ministre Kathleen Sebelius a reconnu des erreurs.", "Minister Kathleen Sibelius acknowledged mistakes.",
     "Sibelius", "Sebelius"),
    # a name glued by its own spelling, cut short: not every part is in the translation
    ("Elle a appelé Marine LeBreton hier.", "She called Marine Le yesterday.", "Le", "LeBreton"),
    ("Elle pleure Marine LanceMaximilian Kerrigan.", "She mourns Marine Lance Peter Kerrigan.",
     "Lance", "LanceMaximilian"),
    # common accented French first names make the pair a person's name too (first_names.tsv)
    ("Quand Chloé Boulanger reçoit le ministre, elle sourit.", "When Chloé Baker receives the minister, she smiles.",
     "Baker", "Boulanger"),
    ("Quand Zoé Boulanger reçoit le ministre, elle sourit.", "When Zoé Baker receives the minister, she smiles.",
     "Baker", "Boulanger"),
])
def test_altered_name(source, target, bad, good):
    assert ("T103", bad, good) in issues(pair((source, target)), "T103")


@pytest.mark.parametrize("source,target", [
    ("Quand François Hollande arrive.", "When François Hollande arrives."),
    ("Quand François Hollande arrive.", "When Francois Hollande arrives."),
    ("Le président François Hollande a dit.", "President Hollande said."),
    ("Vladimir Poutine a dit.", "Vladimir Putin said."),  # an English transliteration
    ("rester à Amiens Nord plus de quatre ans", "remain in Amiens North for four years"),  # a place
    ("les filles de M. Abbott", "Mr Abbott's daughters"),
    ("Christine Chrsitine a dit.", "Christine Christine said."),  # a typo of the source, fixed
    # a misspelling French knows less than the right name (Zipf 0 vs 3.1 in French): the name restored
    ("Selon Mark Zuckerburg, le réseau grandit.", "According to Mark Zuckerberg, the network is growing."),
    ("Le président Jean-Claude Junker a parlé.", "President Jean-Claude Juncker spoke."),
    ("Mme Michaux a dit.", "Ms Michaux said."),
    ("Nous voici, M. le Président, et", "Here we are, Mr. Speaker, and"),  # a title, not a name
    ("M. Moustapha Dupont a dit.", "Mr Mustafa Dupont said."),  # another transliteration
    ("Il a demandé à Pierre Dupont.", "He asked Pierre. Then he left."),  # a sentence ends after the name
    # another English romanisation of an Arabic name (o for u)
    ("Le président Mohamed Morsi a limogé deux généraux.", "President Mohamed Mursi dismissed two generals."),
    # the source glued two words (a missing space) that the translation writes apart
    ("Elle pleure le Caporal Marine LanceMaximilian Kerrigan, tué en mai.",
     "She mourns Marine Lance Cpl. Maximilian Kerrigan, killed in May."),
])
def test_not_altered(source, target):
    assert issues(pair((source, target)), "T103") == []


# T103: a neighbour the sentence repeats (two persons after « M. », two of the same first name): the place of
# the lost part is the one whose word the source does not have, not the first rendering of the neighbour
@pytest.mark.parametrize("source,target,bad,good", [
    ("M. Duval et M. Boulanger ont signé hier.", "Mr. Duval and Mr. Baker signed yesterday.", "Baker", "Boulanger"),
    ("Mme Duval et M. Boulanger ont signé hier.", "Ms. Duval and Mr. Baker signed yesterday.", "Baker", "Boulanger"),
    ("Luc Duval a écrit avec Luc Vigneron.", "Luc Duval wrote with Luc others.", "others", "Vigneron"),
    ("Le roman de Paul Ferrand, traduit par Paul Lenoir, paraît.", "Paul Ferrand's novel, translated by Paul "
     "Black, comes out.", "Black", "Lenoir"),
])
def test_altered_name_after_a_repeated_neighbour(source, target, bad, good):
    assert ("T103", bad, good) in issues(pair((source, target)), "T103")


@pytest.mark.parametrize("source,target", [
    ("M. Duval et M. Boulanger ont signé hier.", "Mr. Duval and Mr. Boulanger signed yesterday."),
    ("M. Duval et M. Poutine ont parlé hier.", "Mr. Duval and Mr. Putin spoke yesterday."),  # a transliteration
    ("Luc Duval a écrit avec Luc Vigneron.", "Luc Duval wrote with Luc."),  # nothing after the second Luc
    ("M. Duval et M. Boulanger ont signé hier.", "Mr. Duval and Mr. Duval signed yesterday."),  # the source's word
])
def test_not_altered_after_a_repeated_neighbour(source, target):
    assert issues(pair((source, target)), "T103") == []


# T103: a one-word name after a lower-case word of address or kin (« le frère Soumis », « sa sœur Rose »):
# the word of address is the kept neighbour that finds the name's place
@pytest.mark.parametrize("source,target,bad,good", [
    ("Le frère Vigneron enseignait le latin.", "Brother Winegrower taught Latin.", "Winegrower", "Vigneron"),
    ("Elle cite la sœur Fauvette, infirmière.", "She quotes Sister Warbler, a nurse.", "Warbler", "Fauvette"),
    ("Sa sœur Rose est actrice.", "His sister Pink is an actress.", "Pink", "Rose"),
])
def test_altered_name_after_a_word_of_address(source, target, bad, good):
    assert ("T103", bad, good) in issues(pair((source, target)), "T103")


@pytest.mark.parametrize("source,target", [
    ("Le frère Vigneron enseignait le latin.", "Brother Vigneron taught Latin."),
    ("Sa sœur Penélope est actrice.", "His sister Penelope is an actress."),  # the accent dropped
    ("Son frère Wladimir a gagné.", "His brother Vladimir won."),  # a Russian first name, another romanisation
    ("M. Wladimir a gagné.", "Mr. Vladimir won."),
    ("Le Père Noël arrive.", "Father Christmas arrives."),  # père is no word of address the check reads
    ("Les frères Klitschko ont gagné.", "The Klitschko brothers won."),  # nor a plural
])
def test_not_altered_after_a_word_of_address(source, target):
    assert issues(pair((source, target)), "T103") == []


# T103: a surname lost, a lower-case word standing where it was, right after the kept first name or title
@pytest.mark.parametrize("source,target,bad,good", [
    # the surname read as a common word and translated
    ("Selon la botaniste Sophie Pommier, la récolte sera bonne.",
     "According to the botanist Sophie apple, the harvest will be good.", "apple", "Pommier"),
    ("Chantal Boulanger a présenté le budget hier.", "Chantal baker presented the budget yesterday.",
     "baker", "Boulanger"),
    # replaced by a word of the system's own, after a courtesy title rendered the target's way
    ("M. Vardanelli a démissionné jeudi.", "Mr. rotation resigned on Thursday.", "rotation", "Vardanelli"),
    ("Que fera la ville, demande Mme Letourneau?", "What will the city do, asks Ms. municipal?",
     "municipal", "Letourneau"),
])
def test_surname_lost_as_word(source, target, bad, good):
    assert ("T103", bad, good) in issues(pair((source, target)), "T103")


@pytest.mark.parametrize("source,target", [
    ("Angela Merkel a dit non.", "Angela said no."),  # a grammar word after the first name: the sentence goes on
    ("Sophie Pommier et Paul Martin sont venus.", "Sophie and Paul came."),
    ("Richard Cœur de Lion est mort en 1199.", "Richard the Lionheart died in 1199."),  # an epithet, with its article
    ("Vladimir Poutine est arrivé.", "Vladimir putin arrived."),  # the name kept, lower case (another check's)
    ("Vladimir Sytchev est arrivé.", "Vladimir sychev arrived."),  # ... and respelt
    ("La chanteuse Sophie Pommier chante du jazz.", "The singer Sophie jazz sings."),  # a word the source has
    ("Le président Pommier a parlé.", "The president apple spoke."),  # no first name, no courtesy title before
    ("Un type nommé Guy Lebrun est venu.", "A guy Lebrun came."),  # the kept word is no name in the target
])
def test_surname_not_lost_as_word(source, target):
    assert issues(pair((source, target)), "T103") == []


# T103: a first name lost, a lower-case word standing where it was, right before the kept surname
@pytest.mark.parametrize("source,target,bad,good", [
    # the first name read as a common word and translated
    ("Selon Marine Delorme, la réforme sera votée.", "According to navy Delorme, the reform will be passed.",
     "navy", "Marine"),
    ("Le livre de Rose Dubreuil paraît demain.", "The book by pink Dubreuil comes out tomorrow.", "pink", "Rose"),
    ("Le discours de Pierre Vannier a duré une heure.", "The speech of stone Vannier lasted one hour.",
     "stone", "Pierre"),
])
def test_first_name_lost_as_word(source, target, bad, good):
    assert ("T103", bad, good) in issues(pair((source, target)), "T103")


@pytest.mark.parametrize("source,target", [
    ("« Nous voterons », a affirmé Pierre Vannier.", '"We will vote," affirmed Vannier.'),  # the verb's rendering
    ("Le député Pierre Vannier votera contre.", "The deputy Vannier will vote against."),  # the title's
    ("Le jeune Pierre Vannier votera contre.", "The young Vannier will vote against."),  # an adjective's
    ("Le socialiste Pierre Vannier votera contre.", "The socialist Vannier will vote against."),
    ("Le discours de Pierre Vannier a duré une heure.", "The speech of Vannier lasted one hour."),  # a grammar word
    ("Le discours de Pierre Vannier a duré une heure.", "The speech of pierre Vannier lasted one hour."),  # kept
    ("Le discours de Hans Vannier a duré une heure.", "The speech of hans Vannier lasted one hour."),
    ("La chanteuse Rose Dubreuil chante le blues.", "The singer blues Dubreuil sings."),  # a word the source has
    ("Le livre de Rose Dubreuil paraît demain.", "The book by pink dubreuil comes out tomorrow."),  # no name kept
    # a source verb's cognate, moved before the surname when the sentence was reordered (a newstest reference)
    ("L'émission spéciale a retracé le rétablissement de Marine Delorme depuis la fusillade.",
     "The special traced Delorme's recovery since the shooting."),
    # a word of the sentence the model does not list for its source form, before a surname whose first name the
    # translation dropped (newstest references): no rendering of the name, so no lost name
    ("Une interview récemment redécouverte de Thomas Garnier sera projetée.",
     "A recently rediscovered Garnier interview will be screened."),
    ("Le comité a recommandé de démettre Julie Vasseur de ses fonctions.",
     "The committee recommended dismissing Vasseur from her post."),
])
def test_first_name_not_lost_as_word(source, target):
    assert issues(pair((source, target)), "T103") == []


# T103: a word of a name of its own (no word of either language) lost, a lower-case word right after the kept part
@pytest.mark.parametrize("source,target,bad,good", [
    ("Le concert aura lieu au Teatro Zandonai samedi.", "The concert will take place at the Teatro hinges on Saturday.",
     "hinges", "Zandonai"),
    ("Il a acheté des actions de Goldman Sachs hier.", "He bought shares of Goldman bags yesterday.", "bags", "Sachs"),
])
def test_name_word_lost_as_word(source, target, bad, good):
    assert ("T103", bad, good) in issues(pair((source, target)), "T103")


@pytest.mark.parametrize("source,target", [
    ("Il habite à Amiens Nord depuis dix ans.", "He has lived in Amiens north for ten years."),  # a generic word
    ("Le train arrive à la Gare du Nord ce soir.", "The train arrives at the Gare du north tonight."),
    ("Il a acheté des actions de Goldman Sachs hier.", "He bought shares of Goldman sachs yesterday."),  # kept
    ("Le concert aura lieu au Teatro Zandonai samedi.", "The concert will take place at the Teatro on Saturday."),
])
def test_name_word_not_lost_as_word(source, target):
    assert issues(pair((source, target)), "T103") == []


# T103: a first name replaced by a capitalised common word before the kept surname
@pytest.mark.parametrize("source,target,bad,good", [
    # Ben is a given name the French dictionary tags, left out of the first-name table (ben is a word)
    ("Le film de l'acteur Ben Morvan sort demain.", "The film of the actor Well Morvan comes out tomorrow.",
     "Well", "Ben"),
    ("« C'est fini », a déclaré Benjamin Roussel, l'avocat de la famille.",
     '"It is over," declared Junior Roussel, the family\'s lawyer.', "Junior", "Benjamin"),
    # "Well" looks like « Elle », a grammar word, which has no capitalised cognate to stand before a surname
    ("Elle a épousé l'avocat Ben Morvan en 1931.", "She married the lawyer Well Morvan in 1931.", "Well", "Ben"),
])
def test_first_name_replaced_by_a_capitalised_word(source, target, bad, good):
    assert ("T103", bad, good) in issues(pair((source, target)), "T103")


@pytest.mark.parametrize("source,target", [
    ("Selon Angela Vasseur, rien ne change.", "According to Chancellor Vasseur, nothing changes."),  # a title
    ("Selon Ben Morvan, rien ne change.", "According to Benjamin Morvan, nothing changes."),  # another given name
    ("Selon Ben Morvan, rien ne change.", "According to Ben Morvan, nothing changes."),  # kept
    ("Le chef Oussama Ben Laden est mort.", "The leader Osama Bin Laden is dead."),  # respelt
    # Blanche ends the name of a building, and Bill is a given name: no first name stood before the kept word
    ("Le chef de cabinet de la Maison Blanche Bill Daley a démissionné.",
     "White House Chief of Staff Bill Daley resigned."),
    ("Le ministre Ben Morvan votera contre.", "Minister Morvan will vote against."),  # the title's rendering
])
def test_first_name_not_replaced_by_a_capitalised_word(source, target):
    assert issues(pair((source, target)), "T103") == []


def test_first_name_lost_as_a_word_between_the_renderings_of_its_neighbours():
    """No model rendering of Hans gives "grunts", but "by" renders « par » right before it: the word stands where
    the first name stood."""
    source = "La lunette aurait été inventée en 1608 par Hans Kessler, un opticien."
    target = "The telescope would have been invented in 1608 by grunts Kessler, an optician."
    assert ("T103", "grunts", "Hans") in issues(pair((source, target)), "T103")
    # a word of the sentence moved before the surname: "Schalke" renders no « avoué »
    assert issues(pair(("C'était magique, a avoué Jens Kessler, partisan de Schalke, après le match.",
                        "It was magic, admitted Schalke supporter Kessler, after the match.")), "T103") == []


@pytest.mark.parametrize("source,target,bad,good", [
    # the source writes the team's name in English; "Warriors" is no French word to render
    ("Il joue avec les Golden State Warriors depuis 2019.", "He has played with the Golden State Fighters since 2019.",
     "Fighters", "Warriors"),
])
def test_name_in_english_words_changed(source, target, bad, good):
    assert ("T103", bad, good) in issues(pair((source, target)), "T103")


@pytest.mark.parametrize("source,target", [
    ("Il étudie à Normale Sup depuis un an.", "He has studied at Normale Supérieure for a year."),  # written out
    ("Il joue avec les Golden State Warriors depuis 2019.", "He has played with the Golden State Warriors since 2019."),
    ("Il vit à Amiens Nord depuis dix ans.", "He has lived in Amiens North for ten years."),  # a French word
])
def test_name_in_english_words_kept_or_generic(source, target):
    assert issues(pair((source, target)), "T103") == []


# -- T104 -------------------------------------------------------------------------------------------

def given_rows():
    return [(r["french"], r["english"]) for r in pair_table("given_names", "fr-en") if " " not in r["english"]]


@pytest.mark.parametrize("french,english", given_rows())
def test_every_given_name_equivalent(french, english):
    p = pair((f"Il a rencontré {french} Dupont hier.", f"He met {english} Dupont yesterday."))
    assert issues(p, "T104") == [("T104", english, french)]


@pytest.mark.parametrize("source,target", [
    ("Le pape François Bergoglio a parlé.", "Pope Francis Bergoglio spoke."),
    ("La reine Élisabeth Windsor a parlé.", "Queen Elizabeth Windsor spoke."),
    ("Louis XIV a dit.", "Louis XIV said."),
    # a place named after a pope: French hyphenates the regnal number into the name
    ("L'hôpital Jean-Paul-II de Cracovie a fermé.", "The John Paul II Hospital in Krakow closed."),
    ("Guillaume Renaud, 42 ans, est maire.", "Guillaume Renaud, 42, is mayor."),
])
def test_first_name_conventions(source, target):
    assert issues(pair((source, target)), "T104") == []


@pytest.mark.parametrize("source, target, english, french", [
    # a minister, a mayor or a president keeps the own first name: only popes, monarchs and saints take
    # the target's form
    ("Le ministre Étienne Morel a présenté le budget.", "Minister Stephen Morel presented the budget.",
     "Stephen", "Étienne"),
    ("Le maire Guillaume Renaud a inauguré le pont.", "Mayor William Renaud opened the bridge.",
     "William", "Guillaume"),
])
def test_a_first_name_after_an_office_title_is_still_anglicised(source, target, english, french):
    assert issues(pair((source, target)), "T104") == [("T104", english, french)]


def test_given_names_table_has_no_accent_only_pairs():
    for french, english in given_rows():
        assert fold(french) != fold(english), french


def test_the_convention_titles_are_read_from_the_table_once():
    """T104 asks for the convention titles on every segment: they are built once per language pair (a new
    set per segment cost ~5 % of a WMT14 run)."""
    from mtqa.checks.names import convention_titles

    pair = Context(Config()).pair
    assert convention_titles(pair) is convention_titles(pair)
    assert "pape" in convention_titles(pair) and "ministre" not in convention_titles(pair)


def test_a_source_common_word_copied_and_its_misspelt_copy_are_no_name_spellings():
    # « l'ex-Première Ministre » and a source typo « l'ex-Premère Ministre », both copied: English's première
    # (a film's) is no usage of a name, and "Première" no spelling to suggest
    text = ("Vote in Kiev\n\nMPs refused to free the ex-Première Minister in second reading.\n\n"
            "The paragraph under which the ex-Premère Minister was sentenced stays.")
    assert check_texts(text, ctx=Context(Config(select=("T101",)))).issues == []



def test_renderings_of_a_source_naming_no_one_in_two_words_are_not_kept():
    # T103 and T104 compare a source's names of two words with the translation: a source that may name none
    # (no two capitalised words together) answers no rendering before the pair of texts is memoised, while a
    # source naming someone still has its renderings kept for T104 to read
    ctx = Context(Config(select=("T103", "T104")))
    p = pair(("Titre", "Title"), ("Le conseil a voté le budget hier soir.", "The council voted the budget last night."),
             ("Le maire Pierre Durand a voté.", "Mayor Peter Durand voted."))
    found = [(i.code, i.text) for i in check_pair(p, ctx).issues]
    assert found == [("T104", "Peter")]
    kept = ctx.caches._memo.get("names.renderings", {})
    assert [target for target, _ in kept] == ["Mayor Peter Durand voted."]
