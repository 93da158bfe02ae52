"""A206 source-word fragments, F104 spaced hyphens, T105/T106 lost names, FreeDict, and the
recall fixes of L101 and T201 (issue 12)."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from mtqa.langs import freedict
from mtqa.langs import language
from tests.checks.accuracy_helpers import aligned_pair, codes_of_pair, context

needs_fr = pytest.mark.skipif(not language("fr").has_dictionary, reason="hunspell-fr not installed")
needs_freedict = pytest.mark.skipif(not freedict.available(), reason="dict-freedict-fra-eng not installed")


def flags(code: str, source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.text, i.suggestion) for i in check_pair(pair, context((code,))).issues if i.code == code]


@needs_fr
@pytest.mark.parametrize("source,target,word", [
    ("Il y avait 30 personnes.", "There avait30 people.", "avait"),
    ("Le billet coûte 20 $ au guichet.", "The ticket costs 20 $au the counter.", "au"),
    ("Le sénateur américain a parlé.", "The senator américain- spoke.", "américain"),
    ("Il est arrivé à Manchester hier.", "He arrived àManchester yesterday.", "à"),
    ("Il s'agit d'une exposition.", "Ils'agit of an exhibition.", "agit"),
    ("Ils ont vendu celles-ci.", "They sold celles - ci.", "ci"),
    ("Ils ont vendu celles-ci.", "They sold those - ci.", "ci"),
    # the source's next word glued to a closing quotation mark by detokenised MT
    ("Elle vend une appli « Smart Shopper » qui compare les prix.",
     "She sells a \"Smart Shopper\"qui app compares prices.", "qui"),
    ("On parle d'une « crise de confiance » ou d'un malaise.", "There is talk of a “crisis of trust”ou a malaise.", "ou"),
])
def test_source_grains_are_flagged(source, target, word):
    assert word in [t for t, _ in flags("A206", source, target)]


@needs_fr
@pytest.mark.parametrize("source,target", [
    ("Il y avait 30 personnes.", "There were 30 people."),
    ("Le coût a été sous-estimé.", "The cost was under - estimated."),  # English halves only
    ("Elle a dit cela à la carte.", "She said it - à la carte - at dinner."),  # not glued, not split
    ("Le groupe Wal-Mart.", "The Wal - Mart group."),  # capitalised: a name, F104's business
    # an English word glued to a closing mark, and French words after an opening one: a quoted title
    ("Il a dit « oui » hier.", "He said \"yes\"yesterday."),
    ("Il a lu « Qui a tué Kennedy ? » hier soir.", "He read \"Qui a tué Kennedy?\" last night."),
])
def test_clean_grains_are_not_flagged(source, target):
    assert flags("A206", source, target) == []


@needs_fr
@pytest.mark.parametrize("source,target,grains", [
    ("Il est resté jusqu'à minuit.", "He stayed jusqu' to midnight.", [("jusqu'", "jusqu'à")]),
    ("Il a dit qu'il viendrait lorsqu'il pourra.", "He said qu' il would come lorsqu' he can.",
     [("qu'", "qu'il"), ("lorsqu'", "lorsqu'il")]),
    ("D'autres pays ont signé l'accord.", "D' autres countries signed the agreement.", [("D'", "D'autres")]),
    ("Il a quitté l'Allemagne.", "He left l’ Germany.", [("l’", "l'Allemagne")]),
    # a soft hyphen (web output's hyphenation hint) between the elided word and its apostrophe, either side
    ("Il a dit qu'il viendrait.", "He said qu\u00ad' il would come.", [("qu\u00ad'", "qu'il")]),
    ("Il a dit qu\u00ad'il viendrait.", "He said qu\u00ad' il would come.", [("qu\u00ad'", "qu'il")]),
])
def test_elided_words_cut_from_their_word_by_a_space_are_flagged(source, target, grains):
    """Tokenised MT detaches French elisions (jusqu' à -> jusqu' to): the elided word is French, and the
    message names the source's word it was cut from."""
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    issues = [i for i in check_pair(pair, context(("A206",))).issues if i.code == "A206"]
    assert [i.text for i in issues] == [g for g, _ in grains]
    assert all(f"“{w}”" in i.message for i, (_, w) in zip(issues, grains))


@needs_fr
@pytest.mark.parametrize("source,target", [
    ("Le syndicat des joueurs s'oppose au plan.", "The players' union opposes the plan."),
    ("C'est du rock'n'roll, dit-il.", "It is rock 'n' roll, he said."),
    ("C'est ce qu'il a dit.", "'Tis what he said."),
    ("La lettre d se prononce, c'est sûr.", "The letter 'd' is sounded, surely."),
    ("Il a joué dans Plan d'attaque.", "He played in 'Plan d' and left."),  # a quotation closed after "d"
    ("Il vit en Côte d'Ivoire.", "He lives in Côte d' Ivoire."),  # a name's particle: T201's, if anyone's
    ("D'Angelo l'a dit.", "D' Angelo said it."),  # a name opening the sentence
    ("Il est resté à minuit.", "He stayed jusqu' to midnight."),  # the source elides no jusqu'
])
def test_english_apostrophes_and_spaced_name_particles_are_not_cut_elisions(source, target):
    assert flags("A206", source, target) == []


@needs_fr
@pytest.mark.parametrize("source,target,grain", [
    ("« Le cadre est établi », ajouta-t-il.", '"The framework is established," ajouta-t-il.', "ajouta-t-il"),
    ("« Le cadre est établi », a déclaré-t-il.", '"The framework is established," said déclaré-t-il.',
     "déclaré-t-il"),
    ("« C'est fini », rapelle-t-elle.", '"It is over," rapelle-t-elle.', "rapelle-t-elle"),  # misspelt verb
    ("« C'est fini », répondit-elle.", '"It is over," répondit-elle.', "répondit-elle"),
    ("La mesure divisera-t-elle les élus ?", "The measure divisera-t-elle the lawmakers?", "divisera-t-elle"),
])
def test_copied_subject_inversions_are_one_grain(source, target, grain):
    """The verb and the pronoun French puts after it are reported together: the pronoun is as French as the verb."""
    assert [t for t, _ in flags("A206", source, target)] == [grain]


@needs_fr
@pytest.mark.parametrize("source,target", [
    ("« C'est fini », a-t-il dit.", '"It is over," he said.'),
    ("Il a acheté un add-on, dit-on.", "He bought an add-on, people say."),  # English compound, no link letter
    ("Kim Jong-il est mort, a-t-on appris.", "Kim Jong-il is dead, it was learned."),  # a name
    ("Il a acheté un add-on.", "He bought an add-on, dit-on."),  # the source inverts no "on"
    ("Il a chanté « Que reste-t-il de nos amours ? »", 'He sang "Que reste-t-il de nos amours?"'),  # a title
])
def test_clean_subject_inversions(source, target):
    assert flags("A206", source, target) == []


@needs_fr
@pytest.mark.parametrize("source,target,grain", [
    ("Ces bosons-là ne sont pas si exotiques.", "These bosons-là are not so exotic.", "bosons-là"),
    ("Ces oiseaux-là ont beaucoup à dire.", "These oiseaux-là have much to say.", "oiseaux-là"),
    ("Ce soutien-là continuera.", "This Support-là will continue.", "Support-là"),  # an English head
    ("Ceux-ci représentaient 11 % des électeurs.", "Ceux-ci accounted for 11% of voters.", "Ceux-ci"),
])
def test_words_copied_with_a_demonstrative_tail_are_one_grain(source, target, grain):
    assert [t for t, _ in flags("A206", source, target)] == [grain]


@needs_fr
def test_a_demonstrative_tail_on_an_english_head_is_named_as_the_tail():
    # "Support-là" is no French word: its tail is
    pair = aligned_pair([("Titre", "Title"), ("Ce soutien-là continuera.", "This Support-là will continue.")])
    [issue] = check_pair(pair, context(("A206",))).issues
    assert issue.message == "“Support-là” carries the French demonstrative tail “-là”, left in the English text."


@needs_fr
@pytest.mark.parametrize("source,target", [
    ("Ces bosons-là ne sont pas si exotiques.", "These bosons are not so exotic."),
    ("Il a chanté « Oh là là ».", "He sang Oh-là-là."),  # no source word with the tail
    ("Ce jour-là, il a chanté « Ces gens-là ».", 'That day, he sang "Ces gens-là".'),  # a title
])
def test_clean_demonstrative_tails(source, target):
    assert flags("A206", source, target) == []


@needs_fr
@pytest.mark.parametrize("source,target,grain", [
    ("C'est un livre d'anti-histoire.", "It is a book of anti-histoire.", "histoire"),
    ("On dit qu'il est un rond-de-cuir.", "They say he is a rond-de-cuir.", "de"),
    ("Le film sous-titrée passe ce soir.", "The sous-titrée film runs tonight.", "titrée"),
])
def test_french_parts_of_a_compound_copied_whole_are_flagged(source, target, grain):
    assert grain in [t for t, _ in flags("A206", source, target)]


@needs_fr
@pytest.mark.parametrize("source,target", [
    ("Un livre d'avant-garde.", "An avant-garde book."),  # borrowed by English
    ("Une ambiance fin-de-siècle à Vienne.", "A fin-de-siècle mood in Vienna."),  # borrowed, hyphenated before a noun
    ("La police est sur le qui-vive.", "The police are on the qui-vive."),  # borrowed (on the qui vive)
    ("Les sans-culottes ont pris les Tuileries.", "The sans-culottes stormed the Tuileries."),
    ("Un croque-monsieur et un mille-feuille.", "A croque-monsieur and a mille-feuille."),  # borrowed dishes
    ("Sous la porte-cochère, un pis-aller.", "Under the porte-cochère, a pis-aller."),
    ("Les pieds-noirs ont quitté l'Algérie.", "The pieds-noirs left Algeria."),
    ("Le « savoir-être » de l'élite.", 'The "savoir-être" of the elite.'),  # a term cited in quotes
    ("FO-pénitentiaire a demandé une grève.", "FO-pénitentiaire asked for a strike."),  # a union's name
    ("Ils se sont vus à l'Hôtel-Dieu.", "They met at the Hôtel-Dieu."),  # a name
    ("Ils se sont vus à l'Hôtel-Dieu.", "They met at the hôtel-dieu."),  # the name, lower-cased by the MT
    ("Le portique de Pont-de-Buis.", "The gantry of pont-de-buis."),
    # an address, a handle or a hashtag is copied as it is spelt
    ("Voir www.saint-denis.fr ou @aix-en-provence.", "See www.saint-denis.fr or @aix-en-provence."),
    ("Suivez #aix-en-provence sur le site aix-en-provence.fr.", "Follow #aix-en-provence on the aix-en-provence.fr site."),
    # the title of a work, quoted or not, as the source writes it
    ("Il a joué « Messieurs les ronds-de-cuir » de Courteline.", 'He played Courteline\'s "Messieurs les ronds-de-cuir".'),
    ("Il a joué « Messieurs les ronds-de-cuir » de Courteline.", "He played Courteline's Messieurs les ronds-de-cuir."),
])
def test_compounds_copied_whole_on_purpose_are_not_flagged(source, target):
    assert flags("A206", source, target) == []


@needs_fr
@pytest.mark.parametrize("source,target", [
    ("Un verre d'eau-de-vie.", "A glass of eau-de-vie."),
    ("Un masque en papier-mâché.", "A papier-mâché mask."),
    ("Une soirée après-ski.", "An après-ski party."),
    ("Un esprit petit-bourgeois.", "A petit-bourgeois mind."),
    ("Le demi-monde parisien.", "The Parisian demi-monde."),
])
def test_more_phrases_english_borrowed_are_not_flagged(source, target):
    """French phrases of the English dictionaries, which English writes hyphenated as often as not: no
    part is a source word left in the text, for the copied-compound route (A206) or the copied words (A205)."""
    for code in ("A205", "A206"):
        assert flags(code, source, target) == [], code


@needs_fr
def test_copied_verb_is_reported_with_its_inverted_pronoun():
    """A205 on the verb gives way to A206 on the verb and pronoun: one issue, the whole grain."""
    pair = aligned_pair([("Titre", "Title"), ("« Le cadre est établi », assura-t-il.",
                                              '"The framework is established," assura-t-il.')])
    found = [(i.code, i.text) for i in check_pair(pair, context(("A205", "A206"))).issues]
    assert found == [("A206", "assura-t-il")]


@pytest.mark.parametrize("source,target,expected", [
    ("Les États-Unis ont signé.", "The States - United signed.", [("States - United", "United States")]),
    ("Le groupe Wal-Mart a ouvert.", "The Wal - Mart group opened.", [("Wal - Mart", "Wal-Mart")]),
    ("En Afrique subsaharienne.", "In sub - Saharan Africa.", [("sub - Saharan", "sub-Saharan")]),
    ("Il boit du Coca-Cola.", "He drinks Coca - Cola.", [("Coca - Cola", "Coca-Cola")]),
    # a spaced dash elsewhere in the source, beside other words, leaves a split prefix reported
    ("En Afrique subsaharienne - et ailleurs.", "In non - Saharan Africa - and elsewhere.", [("non - Saharan", "non-Saharan")]),
    # MT split the compound and moved a word between its pieces: still the split compound (a piece written
    # apart elsewhere is no sign of a dash: real MT output breaks compounds this way)
    ("Le monde post-Kyoto sera différent.", "The post world - Kyoto will be different.",
     [("world - Kyoto", "world-Kyoto")]),
    # a bracket of the source beside other words leaves the split compound reported
    ("Le groupe Wal-Mart (et ses filiales) a ouvert.", "The Wal - Mart group (and its units) opened.",
     [("Wal - Mart", "Wal-Mart")]),
    # a comma of the source between other words leaves it reported
    ("Le groupe Wal-Mart, selon Anna, a ouvert.", "The Wal - Mart group opened, Anna said.", [("Wal - Mart", "Wal-Mart")]),
])
def test_spaced_hyphens(source, target, expected):
    assert flags("F104", source, target) == expected


@pytest.mark.parametrize("source,target", [
    ("Il a parlé à Berlin hier.", "He spoke in Berlin - yesterday - about it."),
    ("Paris et Berlin se sont parlé.", "Paris - Berlin talks went on."),  # no source compound
    # a route between two places, hyphenated in the source
    ("La route Jablunkov-Mosty reste fermée.", "The Jablunkov - Mosty road stays closed."),
    # the source's own dash, before a compound that stays whole (WMT12 2012:1319, five systems)
    ("Une formation contre les émeutes - des mesures anti-terroristes.",
     "Training against the riots - anti-terrorist measures."),
    # a word the source writes beside its own spaced dash (WMT12 2012:1560, WMT13 2013:129)
    ("Qu'ils le veuillent ou non - en échange, le site lit tout.", "Whether they like or non - Exchange, it reads all."),
    ("Certains le font, mais d'autres non - un bout de papier.", "Some do, but others non - one piece of paper."),
    # the output's dashes stand for the source's brackets around an aside (WMT13 JHU 2013:134): a word the
    # source writes right after an opening bracket, though a source compound shares it
    ("Le modèle n'explique pas le vent (ouille!) ni la pluie (re-ouille!).",
     "The model does not explain the wind - ouille! - nor the rain - re-ouille!."),
    # the dash stands for the comma the source writes between the same two words (WMT12 LIUM 2012:689)
    ("Selon BERLIN-ONLINE, Anna Weber a quitté le parti.", "According to BERLIN ONLINE - Anna Weber left the party."),
])
def test_dashes_are_not_spaced_hyphens(source, target):
    assert flags("F104", source, target) == []


@needs_freedict
def test_freedict_lookup():
    assert "stone" in freedict.lookup("pierre")
    assert freedict.lookup("Pierre") == freedict.lookup("pierre")
    assert freedict.lookup("qwxzv") == []
    assert freedict.pair_name("fr", "en") == "fra-eng"


@needs_freedict
def test_first_name_translated_as_word():
    assert flags("T105", "Le maire Pierre Valdarne a parlé.", "Mayor Stone Valdarne spoke.") == [("Stone", "Pierre")]
    assert flags("T105", "Le maire Pierre Valdarne a parlé.", "Mayor Pierre Valdarne spoke of stone.") == []
    # a place word translated with its name is a translation, not a lost first name
    assert flags("T105", "Il habite rue Valdarne.", "He lives on Valdarne Street.") == []


def flag_pairs(codes: tuple[str, ...], source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.code, i.text) for i in check_pair(pair, context(codes)).issues]


@needs_freedict
def test_a_first_name_given_its_english_equivalent_is_reported_once_as_t104():
    # the dictionary lists the English equivalent as a word: one defect, named by T104
    assert flag_pairs(("T104", "T105"), "Le ministre Benoît Lavergne a parlé.",
                      "Minister Benedict Lavergne spoke.") == [("T104", "Benedict")]
    # T105 alone still reports it; and a word translation T104 does not flag stays T105's
    assert flag_pairs(("T105",), "Le ministre Benoît Lavergne a parlé.",
                      "Minister Benedict Lavergne spoke.") == [("T105", "Benedict")]
    assert flag_pairs(("T104", "T105"), "Le maire Pierre Valdarne et Étienne Morel ont parlé.",
                      "Mayor Stone Valdarne and Stephen Morel spoke.") == [("T105", "Stone"), ("T104", "Stephen")]


@pytest.mark.parametrize("source,target,expected", [
    # a name opening with a determiner capitalised mid-sentence, its determiner translated
    ("Le chiffre vient, selon Les Échelles, du ministère.", "The figure comes, according to the Échelles, from the ministry.",
     [("the Échelles", "Les Échelles")]),
    ("Les ouvriers ont quitté le chantier de Mes Dornak en mai.", "The workers left the My Dornak site in May.",
     [("My Dornak", "Mes Dornak")]),
    ("Il a enseigné à l'université De La Vassière.", "He taught at the university of The Vassière.",
     [("The Vassière", "La Vassière")]),
    ("Il lit L'Aurovin chaque matin.", "He reads the Aurovin every morning.", [("the Aurovin", "L'Aurovin")]),
    # every occurrence in the segment, not only the first
    ("Il cite Les Échelles puis relit Les Échelles.", "He quotes the Échelles, then rereads the Échelles.",
     [("the Échelles", "Les Échelles"), ("the Échelles", "Les Échelles")]),
    # a title of address half translated: the possessive rendered, the title left in the source language;
    # the suggestion is the whole title in the target language (the titles table's english column)
    ("Le maire a reçu Sa Sainteté en mai.", "The mayor received His Sainteté in May.",
     [("His Sainteté", "His Holiness")]),
    ("Elle a écrit à Son Altesse la princesse.", "She wrote to Her Altesse the princess.",
     [("Her Altesse", "Her Highness")]),
    # ... also at the start of a sentence, where a title of address keeps its capital like anywhere else
    ("Sa Sainteté le dalaï-lama est arrivé hier.", "His Sainteté the Dalai Lama arrived yesterday.",
     [("His Sainteté", "His Holiness")]),
    ("Hier, il a été reçu. Sa Majesté le roi a parlé.", "Yesterday he was received. His Majesté the king spoke.",
     [("His Majesté", "His Majesty")]),
    # a title the target language writes without the source's accent: the accent kept is no English
    ("Il a salué Son Éminence le cardinal.", "He greeted His Éminence the cardinal.",
     [("His Éminence", "His Eminence")]),
    # the possessive follows the title's English form (His Holiness), not the source's grammatical gender
    ("Le maire a reçu Sa Sainteté en mai.", "The mayor received Its Sainteté in May.",
     [("Its Sainteté", "His Holiness")]),
    ("Le maire a reçu Sa Sainteté en mai.", "The mayor received Her Sainteté in May.",
     [("Her Sainteté", "His Holiness")]),
    # ... and keeps the rendered one when the English title takes it (Her Majesty)
    ("Elle a reçu Sa Majesté la reine.", "She received Her Majesté the queen.",
     [("Her Majesté", "Her Majesty")]),
    ("Elle a reçu Sa Majesté la reine.", "She received Its Majesté the queen.",
     [("Its Majesté", "His Majesty")]),
    # the title translated whole, but with a possessive the target's title never takes (the source's
    # possessive agrees with the title's grammatical gender): the usual one is the suggestion
    ("Le maire a reçu Sa Sainteté en mai.", "The mayor received Its Holiness in May.",
     [("Its Holiness", "His Holiness")]),
    ("Elle a reçu Sa Majesté la reine.", "She received its Majesty the queen.",
     [("its Majesty", "his Majesty")]),
    # a surname whose particle is a determiner, after a first name: a person's, however common its word
    ("Selon Marine Le Pen, le gouvernement ment.", "According to Navy The Pen, the government is lying.",
     [("The Pen", "Le Pen")]),
    ("Jean-Marie Le Pen a répondu hier soir.", "Jean-Marie The Pen replied last night.", [("The Pen", "Le Pen")]),
])
def test_determiner_of_a_name_translated(source, target, expected):
    assert flags("T105", source, target) == expected


@needs_freedict
@pytest.mark.parametrize("source,target,expected", [
    # a surname with a determiner particle after a first name, its word translated with the particle
    ("Le ministre Gilles Le Maire a présenté le budget.", "Minister Gilles The Mayor presented the budget.",
     [("The Mayor", "Le Maire")]),
    ("Hier, Sophie Le Chevalier a gagné.", "Yesterday, Sophie The Knight won.", [("The Knight", "Le Chevalier")]),
    # a first name that is a common word too, translated, before the surname kept with its particle
    ("Selon Marine Le Goarant, la mairie ment.", "According to Navy Le Goarant, the town hall is lying.",
     [("Navy", "Marine")]),
    ("Selon Pierre Le Goarant, la mairie ment.", "According to Stone Le Goarant, the town hall is lying.",
     [("Stone", "Pierre")]),
    # the name opens the sentence (or a quotation) on both sides: its capital is the sentence's, but the name goes on
    ("Marine Le Goarant a tenu un meeting à Brest.", "Navy Le Goarant held a rally in Brest.", [("Navy", "Marine")]),
    ("« Pierre Le Goarant ment », a dit le maire.", "\"Stone Le Goarant is lying,\" said the mayor.",
     [("Stone", "Pierre")]),
    ("Pierre Vauclardin expose à Rodez.", "Stone Vauclardin exhibits in Rodez.", [("Stone", "Pierre")]),
])
def test_a_surname_or_first_name_with_a_particle_translated_as_words(source, target, expected):
    assert flags("T105", source, target) == expected


@needs_freedict
@pytest.mark.parametrize("source,target", [
    ("Le ministre Gilles Le Maire a présenté le budget.", "Minister Gilles Le Maire presented the budget."),
    # a title after an article, no first name before it: the title translated is right
    ("Le Maire de la ville a reçu Gilles hier.", "The Mayor of the town received Gilles yesterday."),
    # the title in lower case beside the name: the sentence's own words
    ("Gilles Le Maire, le maire, a parlé.", "Gilles Le Maire, the mayor, spoke."),
    ("Selon Marine Le Goarant, la mairie ment.", "According to Marine Le Goarant, the town hall is lying."),
    ("Marine Le Goarant a tenu un meeting à Brest.", "Marine Le Goarant held a rally in Brest."),
    ("Pierre Vauclardin expose à Rodez.", "Pierre Vauclardin exhibits in Rodez."),
    # a sentence opening with a common word before a name is no first name translated
    ("Marine Le Goarant a répondu.", "Navy officers answered Le Goarant."),
    # a title of address before the surname, or the English form of a first name: not a word translation
    ("Selon Marine Le Goarant, la mairie ment.", "According to Mrs Le Goarant, the town hall is lying."),
])
def test_a_name_with_a_particle_rendered_right_is_not_t105(source, target):
    assert flags("T105", source, target) == []


@pytest.mark.parametrize("source,target", [
    # the name kept whole, or written elsewhere with its determiner
    ("Le chiffre vient, selon Les Échelles, du ministère.", "The figure comes, according to Les Échelles, from the ministry."),
    ("Il lit Les Échelles et cite Les Échelles.", "He reads Les Échelles and quotes the Échelles."),
    # the determiner opens the sentence: its capital says nothing ("Le Kinect" is "the Kinect")
    ("Le Varnix a trois caméras.", "The Varnix has three cameras."),
    ("- Le Varnix a trois caméras.", "- The Varnix has three cameras."),
    # an English word after it: the article may be the English name's own
    ("Le directeur du Le World Forum a parlé.", "The head of The World Forum spoke."),
    # an article in lower case is no part of the name
    ("Le prix du le Dornak a chuté.", "The price of the Dornak fell."),
    # a place with a name of its own in the target language: T201 suggests it (The Hague)
    ("La Cour siège à La Haye depuis 1946.", "The Court has sat in The Haye since 1946."),
    # a name the target language writes with its own article (an anthem, a university, a museum)
    ("La foule a chanté La Marseillaise au stade.", "The crowd sang the Marseillaise at the stadium."),
    ("Les grévistes ont entonné L'Internationale devant l'usine.", "The strikers sang the Internationale outside the plant."),
    ("Il a étudié à La Sorbonne puis au Louvre.", "He studied at the Sorbonne, then at the Louvre."),
    # a title of address after a possessive translated whole is right ("Sa Sainteté" is no name to restore)
    ("Le maire a reçu Sa Sainteté en mai.", "The mayor received His Holiness in May."),
    ("Elle a écrit à Son Altesse la princesse.", "She wrote to Her Highness the princess."),
    ("Il a salué Son Excellence le consul.", "He greeted His Excellency the consul."),
    # a title the target language writes the same way after the possessive is translated, not copied
    ("Il a salué Son Eminence le cardinal.", "He greeted His Eminence the cardinal."),
    # a possessive the title takes; or no title of address in the source (a common word, lower case)
    ("Elle a reçu Sa Majesté la reine.", "She received Her Majesty the queen."),
    ("Le temple garde sa sainteté.", "The temple keeps its Holiness."),
    # the surname with its particle kept; or the particle's word English writes, with no first name before it
    ("Selon Marine Le Pen, le gouvernement ment.", "According to Marine Le Pen, the government is lying."),
    ("Il écrit avec un stylo, Le Pen, depuis mai.", "He writes with a pen, The Pen, since May."),
])
def test_determiner_of_a_name_not_flagged(source, target):
    assert flags("T105", source, target) == []


def test_replaced_name():
    assert flags("T106", "Le juge Paul Tervanelli a tranché.", "Judge Paul Gupta ruled.") == [("Gupta", "Tervanelli")]
    assert flags("T106", "Le juge Paul Tervanelli a tranché.", "Judge Paul Tervanelli ruled.") == []
    # two new names: nothing says which one replaced the lost one
    assert flags("T106", "Le juge Paul Tervanelli a tranché.", "Judge Paul Gupta and Novak ruled.") == []


def test_a_translation_writing_every_capitalised_word_of_its_source_leaves_the_name_lists_unread(monkeypatch):
    # every capitalised word of the source is written in the translation: no name can be lost whatever the
    # three lists of lost-name candidates hold, so none of their tests runs (T106, T110, A611 all ask)
    from mtqa.checks.name_swaps import lost_names, swap_readers

    def unread(*args):
        raise AssertionError("a name list was read")

    for module in (lost_names, swap_readers):  # where the lists are read, and where they are called from
        for name in ("unknown_names", "name_slots", "_names_beside_names", "_is_unknown_name", "_is_name_slot",
                     "is_name_beside_name"):
            monkeypatch.setattr(module, name, unread, raising=False)
    pair = aligned_pair([("Titre", "Title"), ("Le juge Paul Tervanelli a tranché à Rodez.",
                                              "Judge Paul Tervanelli ruled in Rodez.")])
    assert not [i for i in check_pair(pair, context(("T106", "T110", "A611"))).issues]


@pytest.mark.parametrize("source,target", [
    ("Le juge Paul Tervanelli a tranché.", "Judge Paul Gupta ruled."),
    ("Le juge Paul Tervanelli a tranché.", "Judge Paul Tervanelli ruled."),
    ("Selon l'étudiant Brahimo Tazerti, le cours a changé.", "According to the student Gupta, the course changed."),
    ("« Tervanelli a ensuite parlé », dit-il.", "\"Then Gupta spoke,\" he said."),
    ("Kirill Miller et la Commission Charbonneau ont parlé.", "Meerov Miller and the Hozapfel Commission spoke."),
    ("Le maire de Tchéquie, M. Dvořák, a vu Yohan (Cabaye) à Gdansk.", "The mayor of Czechia, Mr Dvořák, saw Yohan (Torres) in Danzig."),
    ("Des hommes et des dieux, avec Lambert Wilson.", "Of Gods and Men, with Lambert Wilson."),
])
def test_the_names_written_test_answers_as_the_three_lists_do(source, target):
    # only the capitalised words the translation does not write are tested, word by word: the answer is the
    # lists' own (every listed word written)
    from mtqa.checks.name_swaps import lost_names, swap_readers
    from mtqa.words import ONE_APOSTROPHE_WORD_RE

    ctx = context(("T106",))
    src, tgt = ctx.source, ctx.target
    listed = {w for read in (lost_names.unknown_names, lost_names.name_slots, swap_readers._names_beside_names)
              for _, _, w in read(source, src, tgt)}
    written = set(ONE_APOSTROPHE_WORD_RE.findall(target))
    assert lost_names.names_written(target, source, ctx) == listed.issubset(written)


@pytest.mark.parametrize("source,target,flagged", [
    ("Elle a expliqué pour Europa Press que son commerce a baissé.",
     "She explained for Europa Close that her business went down.", ("Close", "Press")),
    ("Une enquête publiée par Common Sense Media a montré une explosion.",
     "A survey published by Judicious Common Media showed an explosion.", ("Judicious", "Sense")),
    ("Le tireur, Jared Lee Loughner, est détenu.", "The gunman, Jared The Loughner, is held.", ("The", "Lee")),
    ("Le président de l'Association of Professional Flight Attendants a parlé.",
     "The president of the Association of Professional Flight Waiting spoke.", ("Waiting", "Attendants")),
])
def test_a_name_word_quoted_in_english_translated_as_a_word_is_replaced(source, target, flagged):
    # the source quotes an English name (a common English word French does not have): any capitalised word
    # written in its place beside the kept part of the name replaced it, common word or not
    assert flags("T106", source, target) == [flagged]


@pytest.mark.parametrize("source,target", [
    ("Une enquête publiée par Common Sense Media a montré une explosion.",
     "A survey published by Common Sense Media showed an explosion."),
    ("Elle a expliqué pour Europa Press que son commerce a baissé.",
     "She explained for Europa press that her business went down."),
    # a title in place of a first name names the person again (the newstest2012 reference's Mr. Englund)
    ("« Le conflit devient une guerre entre les usines », écrit Peter Englund.",
     "\"The conflict has become a war between factories,\" Mr. Englund writes."),
    # a French word of a name is the source's own: its translation may be right (Bois de Boulogne)
    ("Il se promenait au Bois de Boulogne avec Marc.", "He walked in the Wood of Boulogne with Marc."),
])
def test_a_name_word_quoted_in_english_kept_or_named_again_is_not_replaced(source, target):
    assert flags("T106", source, target) == []


@pytest.mark.parametrize("source,target,flagged", [
    ("La note a été relevée par Standard & Poor's hier.",
     "The rating was raised by Switchboard & Poor's yesterday.", ("Switchboard", "Standard")),
    ("Selon les analystes de Standard & Poor's, la dette augmente.",
     "According to the analysts of Norm & Poor's, debt is rising.", ("Norm", "Standard")),
])
def test_a_name_word_quoted_in_english_across_an_ampersand_translated_is_replaced(source, target, flagged):
    # « Standard & Poor's »: the words a firm's name joins with "&" are one name, quoted in English
    assert flags("T106", source, target) == [flagged]


@pytest.mark.parametrize("source,target", [
    ("La note a été relevée par Standard & Poor's hier.", "The rating was raised by Standard & Poor's yesterday."),
    ("La note a été relevée par Standard & Poor's hier.", "The rating was raised by S&P yesterday."),
    ("Le magasin Marks & Spencer a fermé.", "The Marks & Spencer store closed."),
])
def test_a_name_across_an_ampersand_kept_is_not_replaced(source, target):
    assert flags("T106", source, target) == []


def test_replaced_name_of_several_words_or_opening_a_quotation():
    # a lost first name and surname are one name, replaced by one new name
    assert flags("T106", "Selon l'étudiant Brahimo Tazerti, le cours a changé.",
                 "According to the student Gupta, the course changed.") == [("Gupta", "Brahimo Tazerti")]
    # a source name opening a quotation counts when the dictionary does not know it
    assert flags("T106", "« Tervanelli a ensuite parlé », dit-il.",
                 "\"Then Gupta spoke,\" he said.") == [("Gupta", "Tervanelli")]
    # two names lost, two new ones: paired in order
    assert flags("T106", "Le juge Tervanelli et l'avocat Brazzolini ont parlé.",
                 "Judge Gupta and lawyer Novak spoke.") == [("Gupta", "Tervanelli"), ("Novak", "Brazzolini")]


def test_replaced_name_opening_the_sentence():
    # the source's lost name opens its quotation, the new one opens the target's
    assert flags("T106", "« Tervanelli a ensuite dénoncé la réforme », dit-il.",
                 "\"Gupta then denounced the reform,\" he said.") == [("Gupta", "Tervanelli")]
    # a name that stands mid-sentence in the source is not paired with a target opener
    assert flags("T106", "Les gaufres de Karlovy Vary sont connues.", "Carlsbad wafers are famous.") == []
    # a dictionary word opening the sentence is no name
    assert flags("T106", "« Tervanelli a ensuite dénoncé la réforme », dit-il.",
                 "\"Then he denounced the reform,\" he said.") == []


def test_replacing_first_name_before_a_name_is_a_person_not_a_place():
    assert flags("T106", "L'étudiant Brahimo Tazerti est parti.",
                 "The student Jordan Martin left.") == [("Jordan", "Brahimo")]  # Martin reads as Tazerti respelled
    # the surname kept: the first name is that person's, rendered (Jacobo -> James)
    assert flags("T106", "L'étudiant Brahimo Tazerti est parti.", "The student Jordan Tazerti left.") == []
    # alone, the same word is the country of the exonym table
    assert flags("T106", "L'étudiant Brahimo Tazerti est parti.", "The student Tazerti left for Jordan.") == []


def test_replaced_name_after_a_spaced_hyphen():
    # the part after a tokeniser's spaced hyphen continues a compound name, it opens nothing
    assert flags("T106", "Personne n'a parlé, a dit la juge, Marie-Laure Dorvillière.",
                 "Nobody spoke, said the judge, Marie - Gavin.") == [("Gavin", "Dorvillière")]
    assert flags("T106", "Personne n'a parlé, a dit la juge, Marie-Laure Dorvillière.",
                 "Nobody spoke, said the judge, Marie - Laure Dorvillière.") == []
    # a list item after a dash still opens a sentence
    assert flags("T106", "Le jury a choisi Dorvillière pour la ville.", "The jury: - Gavin for the city.") == []


def test_replaced_name_alone_in_brackets():
    # a team sheet's surnames in brackets: the bracket opens the word, but it is a name there too
    assert flags("T106", "Il a aligné Yann (Dorvillière) et Paul (Debuchy) au centre.",
                 "He fielded Yann (Gavin) and Paul (Debuchy) in the centre.") == [("Gavin", "Dorvillière")]
    assert flags("T106", "Il a aligné Yann (Dorvillière) et Paul (Debuchy) au centre.",
                 "He fielded Yann (Dorvillière) and Paul (Debuchy) in the centre.") == []
    # a common word in the bracketed name's very place: the name is lost there, as in mid-sentence ("said
    # Ministry"), since a name alone in brackets is a name slot (lost_names._alone_in_brackets)
    assert flags("T106", "Il a aligné Yann (Dorvillière) au centre.", "He fielded Yann (Thursday) in the centre.") \
        == [("Thursday", "Dorvillière")]
    # a common word elsewhere is no replacing name
    assert flags("T106", "Il a aligné Yann (Dorvillière) au centre.", "He fielded Yann (Dorvillière) on Thursday.") == []


def test_replaced_name_quiet_on_third_language_spellings_and_name_heads():
    # a name spelt with Central European letters may have an English exonym of its own
    assert flags("T106", "Les villages de Zlinšsko sont calmes.", "The villages of Gupta are calm.") == []
    # ... and so is every word of that name
    assert flags("T106", "Il a perdu le Zlinšské Královstvo.", "He lost the Moravian Kingdom.") == []
    # (Latin-1 accents are no such evidence: a Spanish surname replaced is still caught)
    assert flags("T106", "« Il faut agir », affirme Tomasón.", "\"We must act,\" says Gupta.") == [("Gupta", "Tomasón")]
    assert flags("T106", "Les villages de Zlinsko sont calmes.", "The villages of Gupta are calm.") == [
        ("Gupta", "Zlinsko")]
    # the new word is the head of the lost compound name
    assert flags("T106", "Le village de Tatragebirge attire les touristes.", "The Tatra village attracts tourists.") == []
    assert flags("T106", "Le village de Tatragebirge attire les touristes.", "The Gupta village attracts tourists.") == [
        ("Gupta", "Tatragebirge")]


def test_replacing_word_unknown_to_the_target_language_beside_a_kept_part_of_the_name():
    # a word English never writes stands where the surname was, beside the first name kept
    assert flags("T106", "Le juge Paul Tervanelli a tranché.", "Judge Paul Quorvik ruled.") == [
        ("Quorvik", "Tervanelli")]
    assert flags("T106", "Le groupe Tervanelli Industries a perdu.", "The group Quorvik Industries lost.") == [
        ("Quorvik", "Tervanelli")]
    # alone, one unknown word may be a spelling of the source's: left to T110's repeated pairing
    assert flags("T106", "Le juge Tervanelli a tranché.", "Judge Quorvik ruled.") == []
    # a third-language spelling beside the kept part is no such word
    assert flags("T106", "Le juge Paul Tervanelli a tranché.", "Judge Paul Kralověc ruled.") == []


def test_replaced_name_after_an_elided_word():
    assert flags("T106", "Le rôle d’Ambrevanelli a changé.", "The role of Gupta changed.") == [("Gupta", "Ambrevanelli")]
    assert flags("T106", "Le personnage d'Orvanelli est presque tué.", "The character of Gupta is nearly killed.") == [
        ("Gupta", "Orvanelli")]
    assert flags("T106", "Le personnage d'Orvanelli est presque tué.",
                 "The character of Orvanelli is nearly killed.") == []


def doc_flags(code: str, rows: list[tuple[str, str]]):
    pair = aligned_pair([("Titre", "Title"), *rows])
    return [(i.text, i.suggestion) for i in check_pair(pair, context((code,))).issues if i.code == code]


def swap_flags(rows: list[tuple[str, str]]):
    """T106's and T110's reports together, in document order: T110 leaves to T106 a word T106 reports in
    the name's very place, so a name replaced throughout is reported by one or the other in each sentence."""
    pair = aligned_pair([("Titre", "Title"), *rows])
    return [(i.text, i.suggestion) for i in check_pair(pair, context(("T106", "T110"))).issues]


def test_name_replaced_by_the_same_unknown_word_in_several_sentences():
    rows = [("La société Orvanelli a perdu son procès.", "The company Quorvik lost its lawsuit."),
            ("Le juge a donné raison à la partie adverse.", "The judge ruled for the other side."),
            ("Orvanelli fera appel lundi.", "Quorvik will appeal on Monday.")]
    assert doc_flags("T110", rows) == [("Quorvik", "Orvanelli"), ("Quorvik", "Orvanelli")]
    # once only: one unknown word may be a spelling of the name
    assert doc_flags("T110", rows[:2]) == []
    # the name kept in one sentence: that sentence is clean, the other lone pairing is not enough
    assert doc_flags("T110", [rows[0], ("Orvanelli fera appel lundi.", "Orvanelli will appeal on Monday.")]) == []
    # a different unknown word each time: no repeated pairing
    assert doc_flags("T110", [rows[0], ("Orvanelli fera appel lundi.", "Zembrak will appeal on Monday.")]) == []
    # a known name is T106's, not repeated here
    assert doc_flags("T110", [("La société Orvanelli a perdu.", "The company Gupta lost."),
                              ("Orvanelli fera appel.", "Gupta will appeal.")]) == []


GAZA = [("Les frappes ont repris à Gaza lundi.", "The strikes resumed in Gassed on Monday."),
        ("Le Hamas contrôle Gaza depuis 2007.", "Hamas has controlled Gassed since 2007."),
        ("L'ONU demande une trêve.", "The UN calls for a truce."),
        ("Les habitants de Gaza manquent d'eau.", "The inhabitants of Gassed lack water.")]


MOLESKINE_MID = [("Le carnet Moleskine est facilement reconnaissable.", "The notebook Imitation is easily recognised."),
                 ("Les clients de Moleskine sont cultivés.", "The customers of Imitation are cultivated."),
                 ("Une journaliste le confirme.", "A journalist confirms it."),
                 ("La marque Moleskine a changé de mains.", "The brand Imitation has changed hands.")]


def test_name_translated_as_the_same_known_word_in_three_sentences():
    # a system took the name for a word of the source (moleskine: imitation leather) every time it came back
    assert doc_flags("T110", MOLESKINE_MID) == [("Imitation", "Moleskine")] * 3
    # the name kept in one sentence: the two others still stand in for it, but two are not enough
    kept = [MOLESKINE_MID[0], (MOLESKINE_MID[1][0], "The customers of Moleskine are cultivated."), *MOLESKINE_MID[2:]]
    assert doc_flags("T110", kept) == []
    # a name both dictionaries list (gaza: a form of gazer) is read in each sentence by T106 where the word
    # stands in its very place; T110 reports the sentence T106 leaves, so each is reported once
    assert swap_flags(GAZA) == [("Gassed", "Gaza")] * 3
    assert len(doc_flags("T106", GAZA)) == 2


def test_a_known_word_also_in_a_sentence_whose_source_has_the_name_is_still_its_stand_in():
    # the word stands outside the three sentences that lost the name only in one whose source has the name
    # (kept there once, lost once): no sentence without the name writes it, which is all the reading asks
    both = ("Moleskine vend des carnets et Moleskine vend des sacs.", "Moleskine sells notebooks and Imitation sells bags.")
    assert doc_flags("T110", MOLESKINE_MID + [both]) == [("Imitation", "Moleskine")] * 3


DALLAS = [("Il a joué dans la série \"Dallas\" pendant des années.", "He played in the series \"Paved\" for years."),
          ("Il est mort dans un hôpital de Dallas.", "He died in a hospital of Paved."),
          ("\"Dallas\" a été un grand succès.", "\"Paved\" was a great success."),
          ("Larry est revenu vivre à Dallas.", "Larry came back to live in Paved.")]
MOLESKINE = [("« Moleskine a remis au goût du jour un objet oublié », dit-elle.",
              "\"Imitation leather brought a forgotten object back into fashion,\" she says."),
             ("Le carnet Moleskine est facilement reconnaissable.", "The notebook Imitation leather is easily recognised."),
             ("À l'image de Moleskine, ses clients sont cultivés.", "Just like Imitation leather, its customers are cultivated.")]


@pytest.mark.parametrize("rows, expected", [(DALLAS, [("Paved", "Dallas")] * 4),
                                             (MOLESKINE, [("Imitation", "Moleskine")] * 3)])
def test_a_name_opening_a_quotation_is_read_as_the_name_the_document_writes_elsewhere(rows, expected):
    # a title or brand opening a quotation, which the dictionary knows as a word (dallas, moleskine), is the
    # name the document writes mid-sentence elsewhere: the sentences that quote it lost it too (T110; T106
    # reports the mid-sentence ones of a name both dictionaries list, Dallas, in the name's very place)
    assert swap_flags(rows) == expected


VELDRO = [("Le groupe Veldro a restructuré sa dette au Mexique.", "The Pemberton group restructured its debt in Mexico."),
          ("Les créanciers de Veldro ont perdu en appel.", "The creditors of Pemberton lost on appeal."),
          ("Le tribunal a ignoré la procédure suivie par Veldro.", "The court ignored the procedure followed by Pemberton.")]


def test_a_name_english_also_writes_as_a_word_replaced_throughout_by_another_name():
    # Vitro (in vitro) is a common word of English, so a translation may render it: only another name (no
    # word of English) in its place in every sentence that lost it is a replacement (WMT13: Vitro -> Battelle)
    from mtqa.checks.name_swaps import replaced_throughout

    ctx = context(("T110",))
    assert ctx.target.is_common_word("vitro")
    rows = [(s.replace("Veldro", "Vitro"), t) for s, t in VELDRO]
    assert doc_flags("T110", rows) == [("Pemberton", "Vitro")] * 3
    assert doc_flags("T110", [(s, t.replace("Pemberton", "Vitro")) for s, t in rows]) == []
    # a word of English in its place may render the word's sense: left alone
    assert doc_flags("T110", [(s, t.replace("Pemberton", "Glass")) for s, t in rows]) == []
    # an institution of the source's own words, frequent in the source language, is no such name
    assert not replaced_throughout._name_word_of_both("Commission", ctx.source, ctx.target)
    assert replaced_throughout._name_word_of_both("Vitro", ctx.source, ctx.target)


def test_a_word_t106_reports_is_not_reported_again_by_t110():
    # "Berg" for Restall: T106 reports it beside the kept first name and where it stands in the name's place;
    # T110's second reading, which the same word in four sentences vouches for, adds only the sentence T106 left
    rows = [("Le professeur Matthew Restall enseigne l'histoire.", "Professor Matthew Berg teaches history."),
            ("Restall a déclaré que le cours était complet.", "Berg said that the course was full."),
            ("Selon Restall, rien ne change.", "According to Berg, nothing changes."),
            ("Le cours de Restall a été complet en deux heures.", "The course of Berg was full in two hours.")]
    issues = check_pair(aligned_pair([("Titre", "Title"), *rows]), context(("T106", "T110"))).issues
    spans = [(i.line, i.start, i.end) for i in issues]
    assert len(spans) == len(set(spans)) == 4
    assert [i.code for i in issues if i.code == "T110"] == ["T110"]


@pytest.mark.parametrize("rows", [
    # only ever opening a quotation: nothing tells the name from a word
    [(DALLAS[0][0], DALLAS[0][1]), (DALLAS[2][0], DALLAS[2][1]),
     ("Il a quitté \"Dallas\" en 1991.", "He left \"Paved\" in 1991.")],
    # written as a word in the document too: the quoted capital may be the word's
    MOLESKINE + [("Le sac est en moleskine noire.", "The bag is made of black Imitation leather.")],
])
def test_a_quoted_opener_the_document_does_not_write_as_a_name_is_not_read_as_one(rows):
    assert doc_flags("T110", rows) == []


@pytest.mark.parametrize("rows", [
    # the word also stands where the source has no such name: a word of the sentence, not the name's stand-in
    GAZA + [("Les rues ont été gazées hier.", "The streets were Gassed yesterday.")],
    # a common word of English (Commission -> Committee) and a word of the source's own in a name (Nouvel An)
    [("La Commission a voté lundi.", "The Committee voted on Monday."),
     ("La Commission se réunit jeudi.", "The Committee meets on Thursday."),
     ("Selon la Commission, rien ne change.", "According to the Committee, nothing changes.")],
    [("Il veut passer le Nouvel An à la montagne.", "He wants to spend New Year's in the mountains."),
     ("Les hôtels proposent des séjours pour le Nouvel An.", "Hotels offer stays for New Year's."),
     ("Il reste des places pour le Nouvel An.", "There are places left for New Year's.")],
])
def test_a_known_word_standing_for_no_name_alone_is_not_reported(rows):
    assert doc_flags("T110", rows) == []


@needs_freedict
def test_replacing_word_that_translates_a_source_word_is_not_a_name():
    assert flags("T106", "Le chef hongrois Vartoki a parlé.", "The Hungarian chef Vartoki spoke.") == []
    assert flags("T106", "Le chef Vartoki, hongrois, a parlé.", "The chef, Hungarian, spoke.") == []


def test_decimal_comma_quiet_when_the_source_writes_english_figures():
    assert flags("L101", "Ceux qui gagnent plus de 40,000 GBP par an.", "Those earning over 40,000 GBP a year.") == []
    assert flags("L101", "Le taux est de 3,125 %.", "The rate is 3,125%.") != []


def test_exonym_inside_a_split_compound():
    assert flags("T201", "La Grande-Bretagne vote.", "The Grande - Bretagne votes.") == [
        ("Grande - Bretagne", "Great Britain")]
    assert flags("T201", "La Bretagne vote.", "The Bretagne votes.") == [("Bretagne", "Brittany")]


@pytest.mark.parametrize("source,target,expected", [
    ("Le pape Benoît XVI est venu.", "Pope Benoît XVI came.", [("Benoît", "Benedict")]),
    ("Le pape Benoît a béni la foule.", "Pope Benoît blessed the crowd.", [("Benoît", "Benedict")]),
    ("La reine Élisabeth II a parlé.", "Queen Elizabeth II spoke.", []),
    ("Benoît Pelletier a présidé le comité.", "Benoît Pelletier chaired the committee.", []),
    ("Louis XIV a bâti Versailles.", "Louis XIV built Versailles.", []),  # English writes Louis itself
])
def test_regnal_names(source, target, expected):
    assert flags("T107", source, target) == expected


@pytest.mark.parametrize("source,target,expected", [
    # a regnal row whose forms differ only by an accent English does not write (Napoléon: Napoleon): the
    # English form folds like the French one, and English usage tells which one was copied
    ("L'empereur Napoléon III a fait percer les boulevards.", "Emperor Napoleon III had the boulevards cut.", []),
    ("L'empereur Napoléon III a fait percer les boulevards.", "Emperor Napoléon III had the boulevards cut.",
     [("Napoléon", "Napoleon")]),
    ("Le roi Léopold II régnait sur le Congo.", "King Leopold II ruled the Congo.", []),
    ("Le roi Léopold II régnait sur le Congo.", "King Léopold II ruled the Congo.", [("Léopold", "Leopold")]),
    # a living bearer keeps the accent (no regnal number, title or epithet)
    ("Léopold Sédar Senghor a écrit ce poème.", "Léopold Sédar Senghor wrote this poem.", []),
])
def test_a_regnal_name_that_differs_only_by_an_accent(source, target, expected):
    assert flags("T107", source, target) == expected


def test_race_times_and_scales_read_alike():
    from mtqa.numbers import find_quantities

    def values(text, lang):
        return [q.value for q in find_quantities(text, lang)]

    assert values("en 2 :03 :59", "fr") == values("in 2: 03: 59", "en")
    assert values("100 autres milliards", "fr") == values("another 100 billion", "en")
    assert values("à 17H00 GMT", "fr") == values("at 1700 GMT", "en")
    assert values("en 2heures et 4minutes", "fr") == values("in 2 hours and 4 minutes", "en")


def test_two_wordings_with_one_translation_are_not_a_repeat():
    from mtqa.api import check_pair as run_pair

    said = "The town council denies any mistake in the matter."
    rows = [("Titre", "Headline"),
            ("Le conseil municipal affirme n'avoir commis aucune erreur dans ce dossier.", said),
            ("La séance a été levée à midi.", "The meeting closed at noon."),
            ("Selon le conseil municipal, aucune erreur n'a été commise dans ce dossier.", said)]
    codes = [i.code for i in run_pair(aligned_pair(rows), context(("A102",))).issues]
    assert codes == []
    rows[3] = ("Les travaux du pont reprendront au printemps prochain.", said)  # a lost sentence
    codes = [i.code for i in run_pair(aligned_pair(rows), context(("A102",))).issues]
    assert codes == ["A102"]


@pytest.mark.parametrize("source,target,expected", [
    ("Il a signé (avec réticence) le texte.", "He signed (reluctantly the text.", ["("]),
    ("Il a signé (avec réticence) le texte.", "He signed (reluctantly) the text.", []),
    ("Il a dit : « nous restons ».", "He said: ' we stay \".", ["'"]),
    ("Il a dit : « nous restons ».", "He said: \"we stay\".", []),
    # a quotation running over two sentences in the source too
    ("« Nous restons, a-t-il dit.", "\"We stay, he said.", []),
    # a typing slip without tokenisation traces is left to proofreading
    ("Il a dit : « nous restons ».", "He said: we stay\".", []),
    # an opening mark curled and its closing one left straight (WMT12 onlineF): one quotation
    ("Ce qu'on appelle la \"placovka\" ou sac.", "What one calls the “placovka \" or bag.", []),
    ("« Jouez avec ça », a-t-il souligné.", "“Play with that \" he underlined.", []),
    # a straight mark before the curled opening one closes nothing
    ("Ce qu'on appelle la \"placovka\" ou sac.", "What one \" calls the “placovka or bag.", ['"']),
])
def test_unbalanced_marks(source, target, expected):
    assert [t for t, _ in flags("F105", source, target)] == expected


@pytest.mark.parametrize("source,target,expected", [
    ("Georges Bush a quitté Washington.", "Georges Bush left Washington.", [("Georges", "George")]),
    ("Le prix Nobel Alexandre Soljenitsyne est mort.", "The Nobel laureate Alexandre Solzhenitsyn died.",
     [("Alexandre", "Alexander")]),
    ("Le régime d'Alexandre Loukachenko tient bon.", "The regime of Alexandre Lukashenko holds.",
     [("Alexandre", "Alexander")]),
    ("Georges Bush a quitté Washington.", "George Bush left Washington.", []),
    ("Georges Pompidou a inauguré le centre.", "Georges Pompidou opened the centre.", []),  # a French person
    ("Alexandre Dumas a écrit ce roman.", "Alexandre Dumas wrote this novel.", []),
    ("Le chef Alexandre Pitoux cuisine.", "The chef Alexandre Pitoux cooks.", []),  # no Slavic surname
    ("Georges et Bush sont venus.", "Georges Bush came.", []),  # the source does not write the pair
    # a surname spelt with Spanish letters: the person's own Spanish first name, before any frequency
    ("Le matador Léonard Quintería a salué.", "The matador Léonard Quintería bowed.", [("Léonard", "Leonardo")]),
    ("La danseuse Isabelle Carbayón répète.", "The dancer Isabelle Carbayon rehearses.", [("Isabelle", "Isabel")]),
    ("Le coureur Georges Peñalba gagne.", "The runner Georges Peñalba wins.", [("Georges", "Jorge")]),
    ("Le matador Léonard Quintería a salué.", "The matador Leonardo Quintería bowed.", []),
    # the French é is no Spanish evidence, nor is a Spanish-looking name spelt without the letters
    ("Le maire Léonard Ferrère a parlé.", "Mayor Léonard Ferrère spoke.", []),
    ("Le maire Dominique Quinteria a parlé.", "Mayor Dominique Quinteria spoke.", []),
    # a form that Catalan or Portuguese speakers, or Spanish-speaking America, give as it is: the
    # person's own first name, whatever letters the surname has
    ("Le pilote Marc Vilaró a gagné.", "The rider Marc Vilaró won.", []),
    ("Le défenseur Gerard Ortíz a signé.", "The defender Gerard Ortíz signed.", []),
    ("Le chanteur Michel Quintó remplit le stade.", "The singer Michel Quintó fills the stadium.", []),
    ("Le candidat Henri Falcón a perdu.", "The candidate Henri Falcón lost.", []),
    ("Le joueur André Sá a perdu.", "The player André Sá lost.", []),
    ("Le procureur Jean Ramírez a été arrêté.", "The prosecutor Jean Ramírez was arrested.", []),
    # the source calls the person by a nationality where French is spoken: the first name is their own
    ("Le pâtissier français Luc Ibáñez ouvre à Lille.", "The French pastry chef Luc Ibáñez opens in Lille.", []),
    ("Le pâtissier Luc Ibáñez, un Belge, ouvre à Lille.", "The pastry chef Luc Ibáñez, a Belgian, opens in Lille.", []),
    ("Le pâtissier Luc Ibáñez ouvre à Lille.", "The pastry chef Luc Ibáñez opens in Lille.", [("Luc", "Lucas")]),
    # ... a nationality elsewhere in the sentence, after the clause, says nothing of the person
    ("Le pâtissier Luc Ibáñez ouvre. Le public français applaudit.", "The pastry chef Luc Ibáñez opens. The French public applauds.", [("Luc", "Lucas")]),
    # ... nor one that qualifies another word, names a language or another person
    ("Le jury français a primé Luc Ibáñez.", "The French jury awarded Luc Ibáñez.", [("Luc", "Lucas")]),
    ("Luc Ibáñez parle français à Lille.", "Luc Ibáñez speaks French in Lille.", [("Luc", "Lucas")]),
    ("Luc Ibáñez, vainqueur du Français Yves Dupont, jubile.", "Luc Ibáñez, winner over Frenchman Yves Dupont, rejoices.",
     [("Luc", "Lucas")]),
    ("Luc Ibáñez, dépassé par le Belge Marc Dubois, ralentit.",
     "Luc Ibáñez, overtaken by the Belgian Marc Dubois, slows down.", [("Luc", "Lucas")]),
    # ... nor one inside an aside that it does not head (a language, another word's adjective)
    ("Luc Ibáñez, qui enseigne le français, ouvre à Lille.", "Luc Ibáñez, who teaches French, opens in Lille.",
     [("Luc", "Lucas")]),
    ("Luc Ibáñez, ami du prince belge, ouvre à Lille.", "Luc Ibáñez, a friend of the Belgian prince, opens in Lille.",
     [("Luc", "Lucas")]),
    ("Luc Ibáñez, Belge de naissance, ouvre à Lille.", "Luc Ibáñez, Belgian by birth, opens in Lille.", []),
    ("Luc Ibáñez, l'Ivoirien du groupe, ouvre à Lille.", "Luc Ibáñez, the Ivorian of the band, opens in Lille.", []),
    ("Les chefs suisses Luc Ibáñez et Paul Roy ouvrent.", "The Swiss chefs Luc Ibáñez and Paul Roy open.", []),
    ("Le Belge Luc Ibáñez ouvre à Lille.", "Belgian Luc Ibáñez opens in Lille.", []),
    ("Luc Ibáñez (belge) ouvre à Lille.", "Luc Ibáñez (Belgian) opens in Lille.", []),
    ("Les Belges Luc Ibáñez et Paul Roy ouvrent.", "Belgians Luc Ibáñez and Paul Roy open.", []),  # plural noun
    # every home place of the table's source (the Francophonie's French-speaking members and governments)
    ("Le chanteur québécois Luc Ibáñez ouvre à Lille.", "The Quebec singer Luc Ibáñez opens in Lille.", []),
    ("Le chanteur Luc Ibáñez, un Québécois, ouvre à Lille.", "The singer Luc Ibáñez, a Quebecer, opens in Lille.", []),
    ("Le chanteur togolais Luc Ibáñez ouvre à Lille.", "The Togolese singer Luc Ibáñez opens in Lille.", []),
    ("Le chanteur brésilien Luc Ibáñez ouvre à Lille.", "The Brazilian singer Luc Ibáñez opens in Lille.", [("Luc", "Lucas")]),
])
def test_foreign_first_names(source, target, expected):
    assert flags("T108", source, target) == expected


def test_home_nationalities_take_the_source_languages_one_plural_rule():
    """T108's home forms are made by the source language's plural (Language.plural), as T109's: no junk."""
    from mtqa.checks.foreign_first_names import _home_nationalities
    from mtqa.langs import language_pair

    home = _home_nationalities(language_pair("fr", "en"))
    assert {"belge", "belges", "français", "suisses", "canadiennes"} <= home
    assert not {"belgex", "françaisx", "françaiss", "suissex", "canadienx"} & home


@needs_fr
@pytest.mark.parametrize("source,target,expected", [
    ("Les Clermontois aiment leur volcan.", "The Clermontois love their volcano.", ["Clermontois"]),
    ("Selon lui, les Toulousaines votent tôt.", "According to him, the Toulousaines vote early.", ["Toulousaines"]),
    # one person (often a player's nickname) rather than the inhabitants; a word named after no place
    ("Je veux avancer, assure le Toulousain.", "I want to go forward, says the Toulousain.", []),
    ("Les Tremplins ont gagné.", "The Tremplins won.", []),
    ("Les Clermontois aiment leur volcan.", "The people of Clermont love their volcano.", []),
    # forms English writes too, and demonyms inside a longer name
    ("Les Québécois aiment le hockey.", "The Québécois love hockey.", []),
    ("Les Basques aiment la pelote.", "The Basques love pelota.", []),
    ("Les Girondins de Bordeaux ont gagné.", "The Girondins de Bordeaux won.", []),
    ("L'Olympique Lyonnais a perdu.", "The Olympique Lyonnais lost.", []),
    # not copied from the source, or a surname rather than a common word
    ("Les habitants de Clermont aiment leur volcan.", "The Clermontois love their volcano.", []),
    ("Le maire Dubois a parlé.", "Mayor Dubois spoke.", []),
])
def test_source_form_demonym(source, target, expected):
    assert [t for t, _ in flags("T109", source, target)] == expected


def test_regions_of_europe_in_their_english_form():
    assert flags("T201", "Les vins de Vénétie et du Piémont sont réputés.",
                 "The wines of Vénétie and Piémont are renowned.") == [("Vénétie", "Veneto"), ("Piémont", "Piedmont")]
    assert flags("T201", "Les vins de Vénétie et du Piémont sont réputés.",
                 "The wines of Veneto and Piedmont are renowned.") == []


def test_without_freedict_t105_still_reads_a_names_determiner(monkeypatch):
    # only the first-name half of T105 needs FreeDict: the warning must not say that T105 did not run
    from mtqa.config import Config
    from mtqa.renderers.base import dictionary_warnings

    monkeypatch.setattr(freedict, "available", lambda pair="fra-eng": False)
    monkeypatch.setattr(freedict, "lookup", lambda word, pair="fra-eng": [])
    assert flags("T105", "Il lit L'Aurovin chaque matin.", "He reads the Aurovin every morning.") \
        == [("the Aurovin", "L'Aurovin")]
    warning = [w for w in dictionary_warnings(Config(), ["T105"]) if "FreeDict" in w]
    assert len(warning) == 1 and "did not run" not in warning[0] and "first names" in warning[0]


@pytest.mark.parametrize("source, target, expected", [
    ("Les Togolais ont voté mardi.", "The Togolais voted on Tuesday.", [("Togolais", "Togolese")]),
    ("Les Malgaches ont voté mardi.", "The Malgaches voted on Tuesday.", [("Malgaches", "Malagasy")]),
    ("Les Acadiens ont voté mardi.", "The Acadiens voted on Tuesday.", [("Acadiens", "Acadians")]),
    ("Les Québécois ont voté mardi.", "The Québécois voted on Tuesday.", []),  # English writes it (Zipf 2.4)
])
def test_the_francophonies_nationalities_copied_are_t109s(source, target, expected):
    """The rows that complete the demonym table's home places are nationalities like the others for T109."""
    assert flags("T109", source, target) == expected


def test_replaced_name_beside_a_kept_part_even_when_the_name_is_frequent():
    # Kirill and Tremblay are frequent enough to be words somewhere, yet a word English does not know
    # at all, standing beside the part of the name the translation kept, replaced them
    assert flags("T106", "Le peintre Kirill Volkov expose à Lyon.", "The painter Brovik Volkov exhibits in Lyon.") == [
        ("Brovik", "Kirill")]
    assert flags("T106", "La Commission Tremblay a rendu son rapport.",
                 "The Commission Zarquon has delivered its report.") == [("Zarquon", "Tremblay")]
    # the name's own renderings are words English knows or spellings of it; a name with no part kept is
    # left alone
    assert flags("T106", "Le peintre Kirill Volkov expose à Lyon.", "The painter Cyril Volkov exhibits in Lyon.") == []
    assert flags("T106", "Le peintre Kirill Volkov expose à Lyon.", "The painter Kiril Volkov exhibits in Lyon.") == []
    assert flags("T106", "Le maire Tremblay a rendu son rapport.", "Mayor Zarquon has delivered his report.") == []


@pytest.mark.parametrize("target,expected", [
    # a first name English gives itself has no other English form: another first name in its place beside
    # the kept surname, alone or opening a compound, names someone else
    ("According to Monica Vartoki, the reform is urgent.", [("Monica", "Stephanie")]),
    ("According to Monica-Jane Vartoki, the reform is urgent.", [("Monica", "Stephanie")]),
    ("According to Stephanie Vartoki, the reform is urgent.", []),
    ("According to Stefanie Vartoki, the reform is urgent.", []),  # a respelling: T102's and T108's
])
def test_another_first_name_beside_the_kept_surname_replaces_a_target_language_first_name(target, expected):
    assert flags("T106", "Selon Stephanie Vartoki, la réforme est urgente.", target) == expected


def test_a_first_name_s_own_forms_are_no_other_first_name():
    from mtqa.checks.name_swaps import swap_readers

    ctx = context(("T106",))
    # a first name the target language does not give itself may have an English form no table lists
    # (Kirill: Cyril): not read; Stephanie is English's own
    assert not swap_readers._target_first_name("Kirill", ctx) and not swap_readers._target_first_name("Étienne", ctx)
    assert swap_readers._target_first_name("Stephanie", ctx)
    # the given names' English forms (Étienne: Stephen, Steve), the same Russian first name full or
    # diminutive (Volodia: Vladimir) and a common word are no other first name
    assert not swap_readers._other_first_name("Steve", ["Étienne"], ctx)
    assert not swap_readers._other_first_name("Vladimir", ["Volodia"], ctx)
    assert not swap_readers._other_first_name("Grace", ["Stephanie"], ctx)  # a word too: it may render one
    assert swap_readers._other_first_name("Monica", ["Stephanie"], ctx)
    assert swap_readers._other_first_name("Boris", ["Volodia"], ctx)
    assert flags("T106", "Le peintre Étienne Volkov expose à Lyon.", "The painter Steve Volkov exhibits in Lyon.") == []


@pytest.mark.parametrize("source_name,target_name,expected", [
    # the same first name in another accepted romanisation (Ukrainian Kyrylo, Hryhoriy, Yevhen for the
    # Russian Kirill, Grigori, Ievgueni in French form) is the name kept, not a name replaced
    ("Kirill", "Kyrylo", []),
    ("Grigori", "Hryhoriy", []),
    ("Ievgueni", "Yevhen", []),
    ("Mikhaïl", "Mykhailo", []),
    # another name whose consonants agree is still another name
    ("Kirill", "Korlov", [("Korlov", "Kirill")]),
])
def test_a_name_in_another_romanisation_is_no_replaced_name(source_name, target_name, expected):
    assert flags("T106", f"Le peintre {source_name} Volkov expose à Lyon.",
                 f"The painter {target_name} Volkov exhibits in Lyon.") == expected


@pytest.mark.parametrize("source,target,expected", [
    # a Russian first name's diminutive rendered by the full name, or the reverse, or another diminutive
    # of it: the same person, called as the translator chose (a novel's dialogue, a portrait in the news)
    ("- Pétia, tu as encore oublié tes clés ?", "- Pyotr, have you forgotten your keys again?", []),
    ("Sa mère appelait Volodia depuis le balcon.", "His mother was calling Vladimir from the balcony.", []),
    ("Sa mère appelait Volodia depuis le balcon.", "His mother was calling Vova from the balcony.", []),
    ("Il a souvent écrit à Sonietchka pendant la guerre.", "He often wrote to Sonya during the war.", []),
    ("Le vieux Vladimir a ri de bon cœur.", "Old Volodya laughed heartily.", []),
    ("Elle a confié les enfants à Sacha pour la soirée.", "She left the children with Alexander for the evening.",
     []),
    ("Elle a confié les enfants à Aliocha pour la soirée.", "She left the children with Alexei for the evening.",
     []),
    # another Russian first name in its place is still a replaced name, diminutive or full
    ("Sa mère appelait Volodia depuis le balcon.", "His mother was calling Boris from the balcony.",
     [("Boris", "Volodia")]),
    ("- Pétia, tu as encore oublié tes clés ?", "- Misha, have you forgotten your keys again?",
     [("Misha", "Pétia")]),
])
def test_a_russian_diminutive_for_its_full_name_is_no_replaced_name(source, target, expected):
    assert flags("T106", source, target) == expected


def test_a_word_the_source_writes_is_no_other_romanisation_of_a_lost_name():
    # Miles shares Melissa's romanisation key, but the source writes Miles: he is another person, and
    # Melissa is still replaced
    assert flags("T106", "La chanteuse Melissa Volkov a chanté avec Miles Davis.",
                 "The singer Zarquon Volkov sang with Miles Davis.") == [("Zarquon", "Melissa")]
    assert flags("T106", "La chanteuse Kirill Volkov a chanté avec Miles Davis.",
                 "The singer Kyrylo Volkov sang with Miles Davis.") == []


@pytest.mark.parametrize("source,target,expected", [
    # the word alignment puts one word in the lost name's very place: the words on both sides of the
    # name are rendered on both sides of it
    ("L'examen aura lieu la veille, a déclaré Restall.", "The exam will take place the day before, said Berg.",
     [("Berg", "Restall")]),  # Berg: a word English knows, which the pairing of new names leaves out
    ("Le problème est lié, explique le directeur Vladimir Sychev.",
     "The problem is related, explains the director Vladimir air.", [("air", "Sychev")]),
    ("« Certaines personnes préfèrent l'aquavit », ajoute Havard.",
     "\"Some people prefer aquavit,\" adds Hansen.", [("Hansen", "Havard")]),  # Havard: frequent somewhere
    # the name kept, or no word in its place
    ("L'examen aura lieu la veille, a déclaré Restall.", "The exam will take place the day before, said Restall.", []),
    ("L'examen aura lieu la veille, a déclaré Restall.", "The exam will take place the day before, he said.", []),
    # a word spelt beyond Latin-1 may be a Central European form of the name: left alone
    ("L'examen aura lieu la veille, a déclaré Restall.",
     "The exam will take place the day before, said Řehořek.", []),
    # a first name or a place in English form, and a word for a frequent name, may be a translator's choice
    ("Je profite de la compagnie de mon épouse, Isabel.", "I enjoy the company of my wife, Elizabeth.", []),
    ("Comme l'écrit le journal Financial Times Deutschland.", "As the newspaper Financial Times Germany writes.", []),
    ("Une solution adoptée pour le Honda Jazz.", "A solution adopted in the previous Jazz.", []),
    # a rare name no place of the exonym table has no English form: a place English knows in its place is
    # another place; a capitalised head of the name the translation neither writes nor renders went with it
    ("Les fouilles ont eu lieu dans les communes de Zarvento, Tula et Ocampo.",
     "The excavations took place in the municipalities of Australia, Tula and Ocampo.", [("Australia", "Zarvento")]),
    ("Les fouilles ont eu lieu dans les communes de General Zarvento, Tula et Ocampo.",
     "The excavations took place in the municipalities of Australia, Tula and Ocampo.",
     [("Australia", "General Zarvento")]),
    ("Les fouilles ont eu lieu dans les communes de General Zarvento, Tula et Ocampo.",
     "The excavations took place in the municipalities of General Zarvento, Tula and Ocampo.", []),
    # a rare spelling of a place of the table (Autrische for Autriche) is that place: its English form renders it
    ("Les fouilles ont eu lieu dans les communes de Autrische, Tula et Ocampo.",
     "The excavations took place in the municipalities of Austria, Tula and Ocampo.", []),
    # a head written in lower case is no part of the name: unrendered, it leaves the name's place unknown
    ("Les fouilles ont eu lieu dans les communes du général Zarvento, Tula et Ocampo.",
     "The excavations took place in the municipalities of Australia, Tula and Ocampo.", []),
])
def test_a_lost_name_with_a_word_in_its_place_is_replaced(source, target, expected):
    assert flags("T106", source, target) == expected


@needs_fr
@pytest.mark.parametrize("source,target,expected", [
    # a lower-case string no language knows, unlike the name, in its very place: no rendering of anything,
    # however frequent the name (Garnier: Zipf 3.6 in French), where a lower-case word may be a free one
    # (WMT13 RWTH: « ajoute Havard. » -> "adds rlnd.")
    ("« Le marché ouvrira de nouveau lundi », précise Garnier.",
     "\"The market will open again on Monday,\" says xqtlm.", [("xqtlm", "Garnier")]),
    ("« Le marché ouvrira de nouveau lundi », précise Brekvold.",
     "\"The market will open again on Monday,\" says xqtlm.", [("xqtlm", "Brekvold")]),
    # the name respelt (its letters kept): T102's and T108's, not a replacement
    ("« Le marché ouvrira de nouveau lundi », précise Garnier.",
     "\"The market will open again on Monday,\" says garnyer.", []),
])
def test_a_string_no_language_knows_in_a_lost_name_s_place_replaces_it(source, target, expected):
    assert flags("T106", source, target) == expected


@needs_fr
@pytest.mark.parametrize("source,target,expected", [
    # a frequent name after an elided word (« qu' »): its capital is its own, not a quotation's opening
    ("Les chiffres montrent qu'Ibrahimovic marque beaucoup de buts cette saison.",
     "The figures show that Brandt scores many goals this season.", [("Brandt", "Ibrahimovic")]),
    ("Les chiffres montrent qu'Ibrahimovic marque beaucoup de buts cette saison.",
     "The figures show that Ibrahimovic scores many goals this season.", []),
    # a common word whose capital dropped its accent (« l'Eglise »: église) is rendered as a word
    ("Elle n'est tolérée que depuis 1963 par l'Eglise catholique, ce qui a limité son influence.",
     "It is tolerated only since 1963 by the Roman Catholic Church, which limited its influence.", []),
])
def test_a_name_after_an_elided_word_is_read_in_its_place(source, target, expected):
    assert flags("T106", source, target) == expected


@pytest.mark.parametrize("source,target,expected", [
    # a word neither language knows, in the lost name's very place, with letters unlike the name's: another
    # name the system wrote for it (WMT12 RWTH: Zubizarreta -> "Ascasibar")
    ("Casillas et Xavi ont été reconnus par UEFA, Zubizarreta mentionné ci-dessus avec 126.",
     "Casillas and Xavi were recognized by UEFA, Ascasibar mentioned above with 126.",
     [("Ascasibar", "Zubizarreta")]),
    ("L'examen aura lieu la veille, a déclaré Restall.",
     "The exam will take place the day before, said Quorvik.", [("Quorvik", "Restall")]),
    # a spelling of the name itself shares most of its letters: T102/T108's, not a replacement
    ("Le problème est lié, explique le directeur Vladimir Sychev.",
     "The problem is related, explains the director Vladimir Sichev.", []),
    ("Le problème est lié, explique le directeur Vladimir Tchebotarev.",
     "The problem is related, explains the director Vladimir Chebotaryov.", []),
    # a Russian name romanised the French way shares few letters with its English form (Ioujine / Yuzhin 46)
    # but is the same name once romanised the English way
    ("« Nous allons gagner », a déclaré Ioujine.", '"We are going to win," said Yuzhin.', []),
    # the surname alone for a first name and a surname: compared with each word of the name
    ("« Nous allons gagner », a déclaré Iouri Ioujine.", '"We are going to win," said Yuzhin.', []),
    # a name opening a quotation or a line of dialogue, and a first name, are lost names too when such a
    # word takes their place (WMT13 RWTH: Valentino -> "Teliszewsky", Kirill -> "Meerov")
    ("« Valentino préfère l'élégance à la notoriété »", '"Teliszewsky prefers elegance to fame"',
     [("Teliszewsky", "Valentino")]),
    ("- Kirill, pourquoi te promènes-tu en ville tout en rouge ?",
     "- Meerov, why do you walk around the city all in red?", [("Meerov", "Kirill")]),
    # the name kept, its English form, another romanisation of it, or a pronoun in its place
    ("« Valentino préfère l'élégance à la notoriété »", '"Valentino prefers elegance to fame"', []),
    ("- Kirill, pourquoi te promènes-tu en ville tout en rouge ?",
     "- Cyril, why do you walk around the city all in red?", []),
    ("- Kirill, pourquoi te promènes-tu en ville tout en rouge ?",
     "- Kyrylo, why do you walk around the city all in red?", []),
    ("Montebourg a annoncé lundi la fermeture du site.", "He announced on Monday the closure of the site.", []),
    # a frequent word opening the sentence (which the dictionary may miss) and a word quoted mid-sentence
    # are no names: the translator rewords them (newstest 2009-2014 references)
    ("Toutefois, le président a souligné le besoin de transparence.",
     "Moreover, the president stressed the need for transparency.", []),
    ("Peu avant 4h, un automobiliste a perdu le contrôle de son véhicule.",
     "Just before 4am, a driver lost control of his vehicle.", []),
    ("Les pierres sont devenues des « Mäuerle » ou des bordures de jardin.",
     "The stones became walls or garden borders.", []),
    ("Les jeunes disent « Wesh » pour se saluer.", 'Young people say "Hey" to greet each other.', []),
    # a Russian name French spells its way, kept in its English spelling, which English knows as a name
    # (Jenia is Женя, Zhenya): no replacement, wherever it stands; another name in its place still is
    ("- Jenia, tu viens avec nous ?", "- Zhenya, are you coming with us?", []),
    ("Jenia est venue hier soir.", "Zhenya came last night.", []),
    ("Il a appelé Jenia hier soir.", "He called Zhenya last night.", []),
    ("- Jenia, tu viens avec nous ?", "- Meerov, are you coming with us?", [("Meerov", "Jenia")]),
    # the same clause mark after the name and after the word stands for a neighbour the alignment left
    # unlinked (the elided pronoun of "s'est"; WMT14 rbmt4: Michaux -> "Midwhitewash")
    ("La danseuse, au lieu d'aller vers l'oeuvre de Michaux, s'est imposée avec ses tics.",
     "The dancer, instead of going towards the work of Midwhitewash, has imposed herself with her tics.",
     [("Midwhitewash", "Michaux")]),
    ("La danseuse, au lieu d'aller vers l'oeuvre de Michaux, s'est imposée avec ses tics.",
     "The dancer, instead of going towards the work of Michaux, has imposed herself with her tics.", []),
    ("La danseuse, au lieu d'aller vers l'oeuvre de Michaux, s'est imposée avec ses tics.",
     "The dancer, instead of exploring the poet's work, has imposed herself with her tics.", []),
    # a word with both neighbours linked comes before one that has a clause mark on one side only (WMT14:
    # "The Gnossiennes, after the intermission," where "intermission," also ends on the comma)
    ("Les Gymnopédies, après l'entracte, sont plus riches.",
     "The Gnossiennes, after the intermission, are richer.", [("Gnossiennes", "Gymnopédies")]),
    # a word spelt like a source word that the translation renders elsewhere (directeur -> director) is no
    # copy of it: in the name's place it replaces the name (WMT14: Djermoune, son fondateur -> "Donedat,
    # its founder"); the name respelt, or the look-alike away from the name's place, is not reported
    ("Selon Karim Belhoumi, son directeur, le projet avance.",
     "According to Karim Directel, its director, the project is moving forward.", [("Directel", "Belhoumi")]),
    ("Selon Karim Belhoumi, son directeur, le projet avance.",
     "According to Karim Belhoumy, its director, the project is moving forward.", []),
    ("Selon Karim Belhoumi, son directeur, le projet avance.",
     "According to Karim, its Directel, the project is moving forward.", []),
    # an English word spelt like a source word may be its cognate rendering, wherever the alignment links
    # that source word (newstest2009 syscomb reference: « un Daspo … interdit » -> "the Interior")
    ("Et le Viminal les avait en effet tous contrôlés: parmi ceux qui sont partis pour Sofia, aucun n'avait un "
     "Kalvo en cours, aucun n'avait été interdit de fréquenter un stade.",
     "And the Ministry of the Interior at Viminale had in fact checked them all: among those going to Sofia none "
     "was banned, none had been forbidden to frequent a stadium.", []),
    # a grammar word the translation leaves unrendered beside the name (the auxiliary of a compound tense)
    # does not hide its place: the word past it is the neighbour (WMT14 rbmt1: "The fall of Gummed brought")
    ("La défaite de Bukavu a inquiété le gouvernement.", "The defeat of Buckled worried the government.",
     [("Buckled", "Bukavu")]),
    ("La défaite de Bukavu a inquiété le gouvernement.", "The defeat of the city worried the government.", []),
])
def test_an_unknown_word_unlike_the_lost_name_in_its_place_is_a_replacement(source, target, expected):
    assert flags("T106", source, target) == expected


@pytest.mark.parametrize("source,target,expected", [
    # a headline drops the article that shows a description in running text ("The actor becomes..."):
    # a common noun in a name's place there describes the person; a name, known or not, still replaces it
    ("Depardieu devient russe", "Actor becomes Russian", []),
    ("Kerviel condamné en appel", "Trader convicted on appeal", []),
    ("Prison ferme pour Ravelonjato", "Prison for banker", []),
    ("Prison ferme pour Ravelonjato", "Prison for Berg", [("Berg", "Ravelonjato")]),
    ("Ravelonjato condamné à cinq ans de prison", "Smith sentenced to five years in prison",
     [("Smith", "Ravelonjato")]),
    ("Ravelonjato condamné à cinq ans de prison", "Teliszewsky sentenced to five years in prison",
     [("Teliszewsky", "Ravelonjato")]),
])
def test_a_headline_may_describe_the_person_it_names_by_a_bare_common_noun(source, target, expected):
    pair = aligned_pair([(source, target), ("Il a parlé hier devant la presse.", "He spoke to the press yesterday.")])
    assert [(i.text, i.suggestion) for i in check_pair(pair, context(("T106",))).issues if i.code == "T106"] == expected


def test_an_abbreviated_title_before_a_kept_name_is_no_lost_name():
    # "Melle." (Mademoiselle misspelt) before the kept surname is a title the target renders "Miss."
    assert flags("T106", "« Une vraie fierté civique », a déclaré Melle. Nathiri.",
                 "\"A real civic pride,\" said Miss. Nathiri.") == []
    # a sentence that ends with the name and a next one that does not keep its first word is still read
    assert flags("T106", "L'examen aura lieu la veille, a déclaré Restall. Il a souri.",
                 "The exam will take place the day before, said Berg. He smiled.") == [("Berg", "Restall")]


def test_miss_before_a_kept_name_is_a_title_not_a_replaced_name():
    # "Melle" (Mademoiselle misspelt) rendered by the English courtesy title before the kept surname
    assert flags("T106", "« Une vraie fierté civique », a déclaré Melle Nathiri.",
                 "\"A real civic pride,\" said Miss Nathiri.") == []


@needs_fr
def test_a_copied_compound_nationality_is_reported_once_with_its_english_name():
    """A206 on a part of "sud-américaines" gives way to T109, which names the English adjective."""
    pair = aligned_pair([("Titre", "Title"), ("Les villes sud-américaines ont voté.", "The sud-américaines cities voted.")])
    found = codes_of_pair(pair, ("A206", "T109"))
    assert found == ["T109"]


def test_a_sources_name_words_are_read_once_for_all_its_translations(monkeypatch):
    # T106 and T110 read a source's names four ways, one of them for every translation, and each read
    # scanned the source again (1.4 CPU s of 9.5 over the 24,024 WMT14 pairs): now once per text
    from mtqa.checks.name_swaps import name_words

    source = "Le maire Zorbanek a rencontré Quiltrow à Vandermeer."
    scans = []
    real = name_words._read_name_words

    def counting(text, *args):
        scans.append(text)
        return real(text, *args)

    monkeypatch.setattr(name_words, "_read_name_words", counting)
    targets = ["Mayor Zorbanek met Quiltrow in Vandermeer.", "The mayor Zorbanek met Quiltrow at Vandermeer.",
               "Mayor Zorbanek has met Quiltrow in Vandermeer."]
    pair = aligned_pair([("Titre", "Title")] + [(source, t) for t in targets])
    assert codes_of_pair(pair, ("T106", "T110")) == []
    assert scans.count(source) == 1


def test_a_source_documents_openers_are_read_once_for_all_its_translations(monkeypatch):
    # T110's second reading reads the sentence and quotation openers of a document's sources; the same source
    # document comes back with every system's translation of it, and was read again each time
    from mtqa.checks.name_swaps import replaced_throughout

    calls = []
    real = replaced_throughout._document_names
    monkeypatch.setattr(replaced_throughout, "_document_names",
                        lambda texts, ctx: calls.append(tuple(texts)) or real(texts, ctx))
    sources = ["Le club Vorstrandel a gagné hier.", "Vorstrandel jouera samedi à Quenbury.",
               "Les joueurs de Vorstrandel sont prêts."]
    for targets in (["The Vorstrandel club won yesterday.", "Vorstrandel will play in Quenbury on Saturday.",
                     "The Vorstrandel players are ready."],
                    ["Club Vorstrandel won yesterday.", "Vorstrandel plays Saturday in Quenbury.",
                     "Vorstrandel's players are ready."]):
        pair = aligned_pair([("Titre", "Title")] + list(zip(sources, targets)))
        assert codes_of_pair(pair, ("T110",)) == []
    assert len([texts for texts in calls if sources[1] in texts]) == 1


def test_t106_and_t110_share_one_reading_of_each_translation(monkeypatch):
    # both checks asked what names a translation lost and read the segment twice
    from mtqa.checks.name_swaps import swap_readers

    read = []
    real = swap_readers._replaced_beside_kept
    monkeypatch.setattr(swap_readers, "_replaced_beside_kept",
                        lambda segment, *args: read.append(segment.text) or real(segment, *args))
    # Kirill is lost beside a kept Dupont: the sentence is read (Cyril is the name's own rendering)
    pair = aligned_pair([("Titre", "Title"), ("Le maire Kirill Dupont a parlé.", "Mayor Cyril Dupont spoke at Wexlow.")])
    assert codes_of_pair(pair, ("T106", "T110")) == []
    assert read.count("Mayor Cyril Dupont spoke at Wexlow.") == 1


def test_t106_and_t110_read_nothing_more_when_the_translation_writes_every_source_name(monkeypatch):
    # a translation that copies every name of its source lost none, yet each of its sentences was read
    # twice for lost names (new names, then names in place): one set inclusion answers it
    from mtqa.checks.name_swaps import lost_names, swap_readers

    asked = []
    real = lost_names.lost_of
    for module in (lost_names, swap_readers):  # A611's reading and T106/T110's
        monkeypatch.setattr(module, "lost_of", lambda found, target_words, *args: asked.append(target_words.text)
                            or real(found, target_words, *args))
    source = "La chimiste Anne-Ada Moravelli a reçu le prix à Brovkino, avec Ivo Dravenik."
    kept = "The chemist Anne-Ada Moravelli received the prize in Brovkino, with Ivo Dravenik."
    lost = "The chemist Anne-Ada Patel received the prize in Brovkino, with Ivo Dravenik."
    pair = aligned_pair([("Titre", "Title"), (source, kept)])
    assert codes_of_pair(pair, ("T106", "T110")) == []
    assert kept not in asked
    assert flags("T106", source, lost) == [("Patel", "Moravelli")]  # a lost name still is
    assert lost in asked


def test_t106_reads_no_kept_parts_when_no_name_beside_a_name_was_lost(monkeypatch):
    # the kept parts of a lost name were read for every sentence, though only a lost name has any
    from mtqa.checks.name_swaps import swap_readers

    asked = []
    real = swap_readers._kept_parts
    monkeypatch.setattr(swap_readers, "_kept_parts", lambda src_text, src, lost: asked.append(lost) or real(src_text, src, lost))
    pair = aligned_pair([("Titre", "Title"), ("Le maire Jean Dupont a parlé à Lyon.", "Mayor Jean Dupont spoke in Lyon.")])
    assert codes_of_pair(pair, ("T106", "T110")) == []
    assert [lost for lost in asked if not lost] == []
    assert flags("T106", "Le peintre Kirill Volkov expose à Lyon.", "The painter Brovik Volkov exhibits in Lyon.") == [
        ("Brovik", "Kirill")]  # a lost part beside a kept one still is


@pytest.mark.parametrize("source,target,expected", [
    # a name the French dictionary lists (a capital, a country, a company) rendered by another name of the
    # same thing: a professional translator's metonymy or the country's other name, no lost name
    ("Les relations avec Ottawa sont tendues.", "Relations with Canada are tense.", []),
    ("Les relations avec Islamabad sont tendues.", "Relations with Pakistan are tense.", []),
    ("Il est arrivé au Myanmar hier.", "He arrived in Burma yesterday.", []),
    ("Il est arrivé au Swaziland hier.", "He arrived in Eswatini yesterday.", []),
    ("Il travaille chez Facebook depuis 2010.", "He has worked at Meta since 2010.", []),
    # a lower-case word in the place of such a name is still a lost name
    ("L'accident a eu lieu à hauteur de la sortie Hoeilaart.", "The accident took place at the exit drive.",
     [("drive", "Hoeilaart")]),
])
def test_a_well_known_name_rendered_by_another_name_of_the_same_thing_is_no_replacement(source, target, expected):
    assert flags("T106", source, target) == expected


@pytest.mark.parametrize("source,target,expected", [
    # French news names some leaders by their first name alone; English names them by their surname
    ("« Tout va bien », a ajouté Bachar.", "\"All is well,\" added Assad.", []),
    ("Il a rencontré Benyamin hier.", "He met Netanyahu yesterday.", []),
    # a surname lost for another one is still reported
    ("L'examen aura lieu la veille, a déclaré Restall.", "The exam will take place the day before, said Berg.",
     [("Berg", "Restall")]),
])
def test_a_first_name_used_alone_rendered_by_the_surname_is_no_replacement(source, target, expected):
    assert flags("T106", source, target) == expected


@pytest.mark.parametrize("source,target,expected", [
    # a word English writes in lower case, capitalised bare where the source has a well-known name, is the
    # system's translation of the name as a word (Goma read as "gommer"), not another name of the place
    ("Les rebelles ont pris Goma, chef-lieu du Nord-Kivu, en novembre.",
     "The rebels took Gummed, chief town of North-Kivu, in November.", [("Gummed", "Goma")]),
    ("Le camp se trouve à 30 km au nord de Goma.", "The camp lies 30 km north of Gummed.", [("Gummed", "Goma")]),
    ("« Nous tiendrons », a répété Bachar.", "\"We will hold,\" repeated Nothing.", [("Nothing", "Bachar")]),
    # names of the same place or person, and an institution named with its article, stay clean
    ("Le camp se trouve à 30 km au nord de Goma.", "The camp lies 30 km north of Goma.", []),
    ("Les relations avec Ottawa se sont tendues.", "Relations with Canada have grown tense.", []),
    ("« Nous tiendrons », a répété Bachar.", "\"We will hold,\" repeated Assad.", []),
    ("La réforme, a indiqué Bercy, sera prête lundi.", "The reform, said the Treasury, will be ready on Monday.", []),
    ("La réforme, a indiqué Matignon, sera prête lundi.", "The reform, said the Ministry, will be ready on Monday.", []),
    ("La réforme, a indiqué Matignon, sera prête lundi.",
     "The reform, said the Prime Minister, will be ready on Monday.", []),
])
def test_a_lower_case_english_word_in_a_well_known_names_place_is_no_rename(source, target, expected):
    assert flags("T106", source, target) == expected


@pytest.mark.parametrize("source,target,expected", [
    # a name both dictionaries list as a proper noun is a name slot, though the source dictionary also reads
    # its letters as a verb form (Cuba: « cuber », Gaza: « gazer »): a word of English capitalised bare in its
    # place is the name translated as that verb, past a preposition each side leaves to itself
    ("Les deux délégations se retrouveront lundi à Cuba.", "The two delegations will meet on Monday to Gauged.",
     [("Gauged", "Cuba")]),
    ("Le convoi humanitaire est arrivé hier soir à Gaza.", "The humanitarian convoy arrived last night in Gassed.",
     [("Gassed", "Gaza")]),
    # the name kept, named otherwise, or given more words stays clean
    ("Les deux délégations se retrouveront lundi à Cuba.", "The two delegations will meet on Monday in Cuba.", []),
    ("Les deux délégations se retrouveront lundi à Cuba.", "The two delegations will meet on Monday in Havana.", []),
    ("Le convoi humanitaire est arrivé hier soir à Gaza.",
     "The humanitarian convoy arrived last night in the Gaza Strip.", []),
])
def test_a_name_of_both_languages_read_as_a_source_word_form(source, target, expected):
    assert flags("T106", source, target) == expected


@needs_freedict
@pytest.mark.parametrize("source,target,expected", [
    # a close synonym (WordNet) of the dictionary's translation of a first name, beside the surname kept
    ("Selon l'historien Pierre Valdoux, la crise est finie.",
     "According to the historian Rock Valdoux, the crisis is over.", [("Rock", "Pierre")]),
    ("Selon l'historien Pierre Valdoux, la crise est finie.",
     "According to the historian Stone Valdoux, the crisis is over.", [("Stone", "Pierre")]),
    # the name kept or given its English equivalent, and the word elsewhere in a name of its own, stay clean
    ("Selon l'historien Pierre Valdoux, la crise est finie.",
     "According to the historian Pierre Valdoux, the crisis is over.", []),
    ("Selon l'historien Pierre Valdoux, la crise est finie.",
     "According to the historian Peter Valdoux, the crisis is over.", []),
    ("L'historien Pierre Valdoux vit à Rock Hill.", "The historian Pierre Valdoux lives in Rock Hill.", []),
])
def test_a_first_name_rendered_by_a_close_synonym_of_its_translation(source, target, expected):
    assert flags("T105", source, target) == expected


def test_a205_reads_the_source_particles_once_per_run_not_per_segment(monkeypatch):
    # which complement words ("du", "des") are no English word was asked of the dictionary for every segment
    from mtqa.config import Config
    from mtqa.context import Context

    ctx = Context(Config(select=("A205",)))
    asked = []
    real = ctx.target.is_common_word
    monkeypatch.setattr(ctx.target, "is_common_word", lambda w: asked.append(w) or real(w))
    rows = [("Le maire a parlé lundi.", "The mayor spoke on Monday."),
            ("La Banque du Canada a relevé son taux.", "The Bank du Canada raised its rate."),
            ("Le conseil a voté mardi.", "The council voted on Tuesday.")]
    found = [[(i.text, i.suggestion) for i in check_pair(aligned_pair([("Titre", "Title"), row]), ctx).issues]
             for row in rows]
    assert found == [[], [("du", None)], []]
    particles = {"du", "des"}
    # asked once when the compiled set is built, or never when a warm cache holds it: never per segment
    assert sorted(w for w in asked if w in particles) in ([], ["des", "du"])


@pytest.mark.parametrize("source,target,expected", [
    # the source's "du" left between words the translation put into English: a title, a bank, a senator's state
    ("Mais l'Attorney General du Texas a fait appel.", "But the Attorney General du Texas appealed.", [("du", None)]),
    ("La Banque du Canada a relevé son taux.", "The Bank du Canada raised its rate.", [("du", None)]),
    ("But the Attorney General of Texas appealed.", "But the Attorney General of Texas appealed.", []),
    # names the source language wrote keep their particle: a word around it is no English word
    ("Il vit rue du Bac.", "He lives on the Rue du Bac.", []),
    ("Ils se sont vus au Café du Monde.", "They met at the Café du Monde.", []),
    ("Ils se sont vus au Café du Monde.", "They met at the Cafe du Monde.", []),
    ("Le Cirque du Soleil joue à Montréal.", "The Cirque du Soleil plays in Montreal.", []),
    # a French name the translation kept whole, its words English-looking: English news writes it so
    ("Le concert a eu lieu à la Place des Arts.", "The concert took place at Place des Arts.", []),
    ("Il a dormi à l'Hôtel du Louvre.", "He slept at the Hotel du Louvre.", []),
    ("Le Restaurant du Village a fermé.", "The Restaurant du Village has closed.", []),
    # ... also where the source drops the name's accent (Hotel for Hôtel, Cafe for Café)
    ("Il a dormi à l'Hotel du Louvre hier soir.", "He slept at the Hotel du Louvre last night.", []),
    ("Ils ont dîné au Cafe du Commerce samedi.", "They dined at the Cafe du Commerce on Saturday.", []),
    # ... but not where a word of the name is no French word, accented or not
    ("L'Attorney General du Texas a fait appel lundi.", "The Attorney General du Texas appealed on Monday.",
     [("du", None)]),
    # copied whole too, but the word before "du" is no French word: a surname, then "of" a place
    ("Le sénateur Chris Murphy du Connecticut a parlé.", "The senator Chris Murphy du Connecticut spoke.",
     [("du", None)]),
    # the source's "of the" between a person's names and their party or club (the word after an acronym, a
    # word with an inner capital or a French common noun), or after a lower-case word the system translated
    ("Son rival Tomas Ferreiro du PRD a été élu.", "His rival Tomas Ferreiro du PRD was elected.", [("du", None)]),
    ("Outre Mario Kovacic du VfB Stuttgart, remplacé à la pause.",
     "Besides Mario Kovacic du VfB Stuttgart, replaced at half-time.", [("du", None)]),
    ("Il a rencontré Pierre Garnaud du Mouvement citoyen.", "He met Pierre Garnaud du Mouvement Citizen.",
     [("du", None), ("Mouvement", None)]),
    # ... also after a first name the tables lack, before a French common noun no English list has
    ("Le candidat Fausto Vallejo du Parti Vert est en tête.", "Candidate Fausto Vallejo du Parti Vert leads.",
     [("du", None)]),
    ("Le candidat Fausto Vallejo du Parti Vert est en tête.", "Candidate Fausto Vallejo of the Green Party leads.",
     []),
    ("Il siège au Comité National d'Ethique du Funéraire.", "He sits on the Comité National d'Ethique du Funéraire.",
     []),
    ("Les scellés sont à la disposition du juge du District.",
     "The seals are at the disposal of the judge du District.", [("du", None)]),
    # ... but a person's own particle (after a first name, or a name alone), a surname after a title, a
    # surname that is a common word, and names and phrases the source wrote whole stay clean
    ("Les poèmes de Joachim du Bellay sont lus.", "The poems of Joachim du Bellay are read.", []),
    ("Bertrand du Guesclin est mort devant Châteauneuf.", "Bertrand du Guesclin died outside Châteauneuf.", []),
    ("Pierre Samuel du Pont est arrivé.", "Pierre Samuel du Pont arrived.", []),
    ("Jean Baptiste Point du Sable a fondé Chicago.", "Jean Baptiste Point du Sable founded Chicago.", []),
    ("Les poèmes de du Bellay sont lus.", "The poems of du Bellay are read.", []),
    ("Le capitaine du Plessis a marqué.", "The captain du Plessis scored.", []),
    ("Le roman de Daphne du Maurier.", "The novel by Daphne du Maurier.", []),
    ("Ils ont visité le Pont du Gard.", "They visited the Pont du Gard.", []),
    ("Ils ont descendu le canal du Midi.", "They sailed down the canal du Midi.", []),
    ("Ils ont dormi à l'hôtel du Parc.", "They slept at the hotel du Parc.", []),
    ("Le juge du District a tranché.", "The judge of the District ruled.", []),
    # inside speech the system translated, as A205's other words; a title kept in French stays clean
    ("Il a dit : « le procureur général du Texas a démissionné ».",
     "He said: \"the Attorney General du Texas resigned\".", [("du", None)]),
    ("Il a cité « Café du Monde » hier.", "He cited \"Café du Monde\" yesterday.", []),
])
def test_a_source_particle_between_target_words_is_flagged(source, target, expected):
    assert flags("A205", source, target) == expected


@pytest.mark.parametrize("source,target,expected", [
    # a place English also knows by another name (endonym, another official language's, a former one):
    # the translation named the same place (newstest2009 and 2011 human references: Brixen, Carlsbad)
    ("Des pauses seront faites à Bressanone, et à Holzkirchen, avant Munich.",
     "They stop in Brixen and in Holzkirchen, before Munich.", []),
    ("Dans la région de Karlovy Vary, les routes étaient praticables.", "In the Carlsbad region, the roads were usable.", []),
    ("Le port de Gdansk a été fermé hier.", "The port of Danzig was closed yesterday.", []),
    ("Il est né à Lwów en 1920.", "He was born in Lviv in 1920.", []),
    ("Il est né à Lwów en 1920.", "He was born in Lemberg in 1920.", []),
    ("Les pèlerins vont à Bénarès chaque année.", "Pilgrims go to Varanasi every year.", []),
    # a former name (Soviet Leninakan, today's Gyumri)
    ("Le séisme a détruit Leninakan en 1988, a rappelé Petrossian.",
     "The earthquake destroyed Gyumri in 1988, recalled Petrosyan.", []),
    # the exonym table's French form is read through its English form (Dantzig -> Gdansk -> Danzig)
    ("Le port de Dantzig a été fermé hier.", "The port of Danzig was closed yesterday.", []),
    # another place, even one with other names of its own, is still a replacement
    ("Le port de Gdansk a été fermé hier.", "The port of Stettin was closed yesterday.", [("Stettin", "Gdansk")]),
    ("Le port de Gdansk a été fermé hier.", "The port of Rotterdam was closed yesterday.", [("Rotterdam", "Gdansk")]),
    ("Le port de Gdansk a été fermé hier, a déclaré Restall.", "The port of Danzig was closed yesterday, said Berg.",
     [("Berg", "Restall")]),
])
def test_a_place_rendered_by_another_name_of_its_own_is_no_replacement(source, target, expected):
    assert flags("T106", source, target) == expected


def test_no_other_name_of_a_place_is_a_french_form_the_exonym_table_flags():
    # T201 flags the exonym table's French forms in a translation, T106 accepts the other names of a place:
    # the two tables must not disagree about one form
    from mtqa.langs import fold
    from mtqa.langs.data import pair_table

    french = {fold(row["french"]) for row in pair_table("exonyms", "fr-en")}
    forms = {fold(form) for row in pair_table("alternate_names", "fr-en") for form in row["names"].split("|")}
    assert forms and not forms & french


@pytest.mark.parametrize("source,target,expected", [
    # a title before a first name and a family name names a person, whose first name English keeps
    # (WMT13 2540: the reference writes "Prince Edouard de Ligne")
    ("C'était au château de mon cousin, le prince Edouard de Ligne.",
     "It was at the castle of my cousin, Prince Edouard de Ligne.", []),
    ("C'était au château de mon cousin, le prince Edouard de Ligne.",
     "It was at the castle of my cousin, Prince Edouard Line.", []),
    # the family name broken or translated by the output: the source still shows it
    ("Le bal du prince Edouard de Ligne a eu lieu hier.", "The ball of Prince Edouard of Line took place yesterday.",
     []),
    ("Le bal du prince Edouard de Ligne a eu lieu hier.", "The ball of Prince Edouard, Line) took place yesterday.",
     []),
    # a target keeping the source's word after "of" reads it as a royal's territorial title, no family name
    ("Le prince Guillaume de Cambridge est arrivé.", "Prince Guillaume of Cambridge arrived.",
     [("Guillaume", "William")]),
    # a source naming the first name alone too may mean a monarch by it
    ("Le roi Édouard a reçu le prince Édouard de Ligne.", "King Édouard received Prince Edward of Line.",
     [("Édouard", "Edward")]),
    # a monarch's place after "of", an elided particle, an epithet or a second first name is no family name
    ("Le prince Guillaume d'Orange est venu.", "Prince Guillaume of Orange came.", [("Guillaume", "William")]),
    ("Le prince Guillaume d'Orange est venu.", "Prince Guillaume d'Orange came.", [("Guillaume", "William")]),
    ("La statue de Guillaume le Conquérant.", "The statue of Guillaume le Conquérant.", [("Guillaume", "William")]),
    ("Le roi Édouard a parlé.", "King Édouard spoke.", [("Édouard", "Edward")]),
])
def test_a_title_before_a_first_name_and_a_family_name_names_a_person_not_a_monarch(source, target, expected):
    assert flags("T107", source, target) == expected


@pytest.mark.parametrize("source,target,expected", [
    # a saint's first name is English's own even before a family name or a place kept in French
    ("Il prie saint Benoît de Nursie.", "He prays to Saint Benoît de Nursie.", [("Benoît", "Benedict")]),
    ("Il prie saint Étienne Harding.", "He prays to Saint Étienne Harding.", [("Étienne", "Stephen")]),
    # a noble's is not
    ("C'était chez le prince Edouard de Ligne.", "It was at Prince Edouard de Ligne's.", []),
])
def test_a_saint_named_with_a_family_name_still_takes_the_english_first_name(source, target, expected):
    assert flags("T107", source, target) == expected


def test_a_foreign_first_name_is_read_with_the_source_s_own_spelling_of_the_surname():
    # two people with one first name: the target's Ibáñez is the source's Ibáñez, not the Belgian Ibanes
    # whose surname is merely similar and comes first (the first similar one was taken, and his nationality
    # kept the Spaniard's French first name)
    assert flags("T108", "Luc Ibanes, un Belge, a rencontré Luc Ibáñez.",
                 "Luc Ibanes, a Belgian, met Luc Ibáñez.") == [("Luc", "Lucas")]
    # a similar spelling still stands for the source's surname when the source has no exact one
    assert flags("T108", "Le torero Luc Ibáñez a annulé.", "The bullfighter Luc Ibañez cancelled.") == [("Luc", "Lucas")]


@pytest.mark.parametrize("source,target,expected", [
    # Danzig is Gdansk's other name, but the translation writes Gdansk itself: Danzig stands for the
    # other city, a replacement (it was read as Gdansk's other name and the swap went unreported)
    ("Gdansk et Szczecin ont signé un accord.", "Gdansk and Danzig signed an agreement.", [("Danzig", "Szczecin")]),
    # each city by its other name is still no replacement
    ("Gdansk et Szczecin ont signé un accord.", "Danzig and Stettin signed an agreement.", []),
])
def test_another_name_of_a_place_the_target_writes_itself_stands_for_another_name(source, target, expected):
    assert flags("T106", source, target) == expected


@pytest.mark.parametrize("source,target,expected", [
    # Lemberg is Lviv's other name, but here a judge's surname: a place's other name does not render a
    # person named after it (the swap went unreported)
    ("Le juge Michael Lemberg a statué hier.", "Judge Michael Lviv ruled yesterday.", [("Lviv", "Lemberg")]),
    # the place on its own, a sentence's opening function word beside it, is still rendered by its other name
    ("À Gdansk, le port a fermé hier.", "In Danzig, the port closed yesterday.", []),
])
def test_a_place_s_other_name_does_not_render_a_person_named_like_the_place(source, target, expected):
    assert flags("T106", source, target) == expected


@pytest.mark.parametrize("source,target,expected", [
    # a sovereign's first name is English's own before a family name, a one-word epithet or a kept "de"
    # and a country, as a saint's is (these were read as a noble's family name and went unreported)
    ("Le roi Étienne Báthory a battu les Russes.", "King Étienne Báthory defeated the Russians.",
     [("Étienne", "Stephen")]),
    ("Le roi Frédéric de Prusse a régné longtemps.", "King Frédéric de Prusse reigned long.",
     [("Frédéric", "Frederick")]),
    ("L'empereur Frédéric Barberousse est mort en 1190.", "Emperor Frédéric Barberousse died in 1190.",
     [("Frédéric", "Frederick")]),
    # a prince with a family name is still a person
    ("C'était chez le prince Edouard de Ligne.", "It was at Prince Edouard de Ligne's.", []),
])
def test_a_sovereign_named_with_a_family_name_still_takes_the_english_first_name(source, target, expected):
    assert flags("T107", source, target) == expected


@pytest.mark.parametrize("source,target,expected", [
    # "de" kept before a country the exonym table names: a prince of that realm, not a family name (the
    # French first name went unreported)
    ("Le prince Frédéric de Danemark est arrivé.", "Prince Frédéric de Danemark arrived.", [("Frédéric", "Frederick")]),
    ("Le prince Guillaume de Suède est arrivé.", "Prince Guillaume de Sweden arrived.", [("Guillaume", "William")]),
    # a family name after the particle still names a person
    ("C'était chez le prince Edouard de Ligne.", "It was at Prince Edouard de Ligne's.", []),
])
def test_a_prince_of_a_country_the_exonym_table_names_takes_the_english_first_name(source, target, expected):
    assert flags("T107", source, target) == expected


@pytest.mark.parametrize("source,target,expected", [
    # a pope's first name is English's own even where English often writes the French form for other
    # people (François Hollande, Jean Chrétien) or as a common word (pie): these went unreported
    ("Le pape François recevra les évêques en mars.", "The pope François will receive the bishops in March.",
     [("François", "Francis")]),
    ("L'encyclique du pape Pie XI a été relue.", "The encyclical of Pope Pie XI was reread.", [("Pie", "Pius")]),
    ("Le pape Jean a ouvert le concile.", "Pope Jean opened the council.", [("Jean", "John")]),
    # a compound first name is read whole: John Paul II, not John-Paul II
    ("Le pape Jean-Paul II a visité la Pologne.", "Pope Jean-Paul II visited Poland.", [("Jean-Paul", "John Paul")]),
    ("Jean-Paul Belmondo a salué le pape Jean-Paul II.", "Jean-Paul Belmondo greeted Pope John Paul II.", []),
    ("Le pape François recevra les évêques en mars.", "Pope Francis will receive the bishops in March.", []),
    # a king's or a saint's often-written French form is one English uses for them too
    ("Le roi Louis a reçu l'ambassadeur.", "King Louis received the ambassador.", []),
    ("Le roi Henri IV a signé l'édit.", "King Henri IV signed the edict.", []),
    # a living François keeps his first name
    ("François Hollande a parlé au pape.", "François Hollande spoke to the pope.", []),
    # the source also names an untitled François beside the pope: only the target's name after a title is
    # the pope's (the child keeps his name)
    ("Le pape François a béni un enfant nommé François.", "Pope Francis blessed a child named François.", []),
    ("Le pape François a béni un enfant nommé François.", "Pope François blessed a child named François.",
     [("François", "Francis")]),
])
def test_a_pope_s_first_name_is_english_s_own_however_often_english_writes_the_french_form(
        source, target, expected):
    assert flags("T107", source, target) == expected


def _document_flags(code: str, rows: list[tuple[str, str]]) -> list[tuple[int, str, str]]:
    pair = aligned_pair([("Titre", "Title")] + rows)
    return [(i.segment, i.text, i.suggestion) for i in check_pair(pair, context((code,))).issues if i.code == code]


@pytest.mark.parametrize("rows,expected", [
    # a pope named by the first name alone after the document named him with the title: still Francis
    # (each later sentence went unreported, as it has no title of its own)
    ([("Le pape François réunira les évêques en mars.", "Pope Francis will gather the bishops in March."),
      ("Depuis son élection, François a surpris les fidèles.", "Since his election, François has surprised the faithful.")],
     [(2, "François", "Francis")]),
    ([("Le pape Benoît XVI a renoncé à sa charge.", "Pope Benedict XVI gave up his office."),
      ("Benoît vivra désormais dans un monastère.", "Benoît will now live in a monastery.")],
     [(2, "Benoît", "Benedict")]),
    # a function word opening the sentence is no name before him
    ([("Le pape François réunira les évêques en mars.", "Pope Francis will gather the bishops in March."),
      ("Mais François a refusé de commenter.", "But François declined to comment.")],
     [(2, "François", "Francis")]),
    # an aside introducing him (an age, a noun after an article) makes him a person the article quotes; one
    # naming the title is the pope's
    ([("Le pape François réunira les évêques en mars.", "Pope Francis will gather the bishops in March."),
      ("« C'est un grand jour », dit François, 45 ans, venu de Lyon.", '"It is a great day," says François, 45, from Lyon.'),
      ("François, un pèlerin breton, a prié.", "François, a pilgrim from Brittany, prayed."),
      ("François, le pape argentin, a souri.", "François, the Argentine pope, smiled.")],
     [(4, "François", "Francis")]),
    # no pope in the document: a François alone is a living person, who keeps his first name
    ([("François Hollande a visité l'usine.", "François Hollande visited the factory."),
      ("Ensuite, François a salué les ouvriers.", "Then François greeted the workers.")], []),
    # a pope in the document, but this François has a surname in both texts
    ([("Le pape François a écrit à François Hollande.", "Pope Francis wrote to François Hollande."),
      ("François Hollande lui a répondu.", "François Hollande answered him.")], []),
    # a pope in the document, but a title before this François names another bearer: a cardinal, a friar
    ([("Le pape François a nommé de nouveaux cardinaux.", "Pope Francis named new cardinals."),
      ("Le cardinal François est né à Pau.", "Cardinal François was born in Pau.")], []),
    ([("Le pape François a nommé de nouveaux cardinaux.", "Pope Francis named new cardinals."),
      ("Selon frère François, la messe était belle.", "According to brother François, the mass was beautiful.")],
     []),
])
def test_a_pope_named_alone_after_the_document_named_him_with_the_title(rows, expected):
    assert _document_flags("T107", rows) == expected


@needs_fr
def test_t106_asks_whether_a_name_was_lost_once_per_word_of_a_segment(monkeypatch):
    """T106 reads a lost name twice per segment (the source's unknown names, then its name slots); each word's
    answer is asked once per segment and is the same answer: the report does not change."""
    from mtqa.checks.name_swaps import lost_names

    asked = []
    real = lost_names._lost

    def counted(name, *args):
        asked.append(name)
        return real(name, *args)

    monkeypatch.setattr(lost_names, "_lost", counted)
    source, target = "Selon le maire Albertine Quessaro, la route rouvrira lundi.", "According to mayor Albertine Wilson, the road will reopen Monday."
    found = flags("T106", source, target)
    assert found == [("Wilson", "Quessaro")]
    assert asked and len(asked) == len(set(asked))


def test_a_country_or_a_people_is_no_replacing_name():
    # the translation writes the sentence otherwise: a country (possessive too) or a demonym stands
    # where the lost name was, no name a system swapped in for it
    assert flags("T106", "Le ministre Varkonyi et les trois pour cent hongrois.",
                 "The minister and Hungary's three percent.") == []
    assert flags("T106", "Le porte-parole de la Generalitat a répondu lundi.",
                 "The spokesman of the Catalan government replied on Monday.") == []
    # a name in the same place is still one
    assert flags("T106", "Le porte-parole de la Generalitat a répondu lundi.",
                 "The spokesman of the Gupta replied on Monday.") == [("Gupta", "Generalitat")]


def test_the_grammar_words_t106_looks_past_are_the_source_profiles(monkeypatch):
    # the Zipf bound of a grammar word is language data (the profile's grammar_zipf), not a literal of T106
    from mtqa.langs.language import Language

    assert language("fr").grammar_zipf == 6.0 and language("en").grammar_zipf == 6.0
    assert Language("xx", {}).grammar_zipf == float("inf")  # a profile without it counts no word as grammar
    from mtqa.errors import DataError

    with pytest.raises(DataError, match="grammar_zipf"):
        _ = Language("xx", {"grammar_zipf": "high"}).grammar_zipf
    source, target = "La défaite de Bukavu a inquiété le gouvernement.", "The defeat of Buckled worried the government."
    assert flags("T106", source, target) == [("Buckled", "Bukavu")]
    # with no French word counted as grammar, the unrendered auxiliary hides the name's place again
    monkeypatch.setitem(language("fr").__dict__, "grammar_zipf", float("inf"))
    assert flags("T106", source, target) == []


@pytest.mark.parametrize("source,target", [
    ("Hmmm.", "Wouaah."),
    ("« Hmmm », a-t-il répondu en haussant les épaules.", "\"Brrr,\" he replied with a shrug."),
    ("Ouaaah, quel match !", "Wooow, what a game!"),
])
def test_a_sound_drawn_out_is_no_lost_name(source, target):
    # a letter tripled marks an interjection (the profile's expressive_repeat), which names nobody
    assert flags("T106", source, target) == []


def test_a_name_beside_a_sound_drawn_out_is_still_read():
    assert flags("T106", "Hmmm, le juge Paul Tervanelli a tranché.",
                 "Hmmm, Judge Paul Gupta ruled.") == [("Gupta", "Tervanelli")]


def test_expressive_repeat_is_the_profiles():
    from mtqa.errors import DataError
    from mtqa.langs.language import Language

    fr = language("fr")
    assert fr.expressive_repeat == 3 and fr.expressive("Hmmm") and fr.expressive("Ouaaah")
    assert not fr.expressive("Hoffmann") and not fr.expressive("Grasse") and not fr.expressive("Mm")
    assert not Language("xx", {}).expressive("Hmmm")  # a profile without it marks no word
    with pytest.raises(DataError, match="expressive_repeat"):
        _ = Language("xx", {"expressive_repeat": "three"}).expressive_repeat


def messages(code: str, source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.text, i.message) for i in check_pair(pair, context((code,))).issues if i.code == code]


def test_a_common_word_in_a_lost_names_place_is_called_a_word_not_a_replacing_name():
    # "said Ministry" names nobody: the message says the name is lost and a common word stands there
    [(word, message)] = messages("T106", "Le projet sera annulé, a déclaré Ravanelli.",
                                 "The project will be cancelled, said Ministry.")
    assert word == "Ministry" and "“Ravanelli”" in message and "common word “Ministry”" in message
    assert "replaced" not in message
    # a name in the place is another person: the message says the name was replaced
    [(word, message)] = messages("T106", "Le projet sera annulé, a déclaré Ravanelli.",
                                 "The project will be cancelled, said Berg.")
    assert word == "Berg" and "the name was replaced" in message and "common word" not in message


@pytest.mark.parametrize("target,expected", [
    # two names lost in one sentence, each with a word in its own place: both reported
    ("The project will be cancelled, said Berg and Hansen.", [("Berg", "Ravanelli"), ("Hansen", "Moratoki")]),
    ("The project will be cancelled, said Ministry and Hansen.", [("Ministry", "Ravanelli"), ("Hansen", "Moratoki")]),
    # one of the two kept: the other is still read in its place
    ("The project will be cancelled, said Berg and Moratoki.", [("Berg", "Ravanelli")]),
    ("The project will be cancelled, said Ravanelli and Moratoki.", []),
    ("The project will be cancelled, said the two men.", []),
])
def test_each_of_two_names_lost_in_one_sentence_is_read_in_its_own_place(target, expected):
    assert flags("T106", "Le projet sera annulé, ont déclaré Ravanelli et Moratoki.", target) == expected


@pytest.mark.parametrize("source,target,expected", [
    # a person replaced by another known person, first name and all: the new first name before the new
    # surname does not hide the surname's place, mid-sentence or opening the sentence
    ("Le ministre Laurent Fabius a reçu l'ambassadeur mardi.", "Minister Jean-Marc Ayrault received the ambassador on Tuesday.",
     [("Jean-Marc Ayrault", "Laurent Fabius")]),
    ("Laurent Fabius, ministre des affaires étrangères, recevra l'ambassadeur mardi.",
     "Jean-marc Ayrault, foreign minister, will receive the ambassador on Tuesday.", [("Jean-marc Ayrault", "Laurent Fabius")]),
    ("Le projet sera annulé, a déclaré Ravanelli.", "The project will be cancelled, said John Berg.",
     [("John Berg", "Ravanelli")]),
    # the name kept, with or without a first name the source does not write, or only paraphrased
    ("Le ministre Laurent Fabius a reçu l'ambassadeur mardi.", "Minister Laurent Fabius received the ambassador on Tuesday.", []),
    ("Le ministre Fabius a reçu l'ambassadeur mardi.", "Minister Laurent Fabius received the ambassador on Tuesday.", []),
    ("Le ministre Laurent Fabius a reçu l'ambassadeur mardi.", "The minister received the ambassador on Tuesday.", []),
    ("Le projet sera annulé, a déclaré Ravanelli.", "The project will be cancelled, said John Ravanelli.", []),
])
def test_a_name_replaced_with_its_first_name_is_read_past_the_new_first_name(source, target, expected):
    assert flags("T106", source, target) == expected


def test_the_new_first_names_of_a_translation_are_read_once_for_all_its_lost_names(monkeypatch):
    # the target's first names no source word is linked to are the sentence's: read once, not once per lost name
    from mtqa.checks.name_swaps import swap_readers

    calls = []
    real = swap_readers._new_first_names
    monkeypatch.setattr(swap_readers, "_new_first_names", lambda wa, names: calls.append(1) or real(wa, names))
    assert flags("T106", "Le projet sera suspendu, ont annoncé Castellani et Vorobin.",
                 "The project will be suspended, announced Berg and Hansen.") == [("Berg", "Castellani"), ("Hansen", "Vorobin")]
    assert len(calls) == 1


@pytest.mark.parametrize("source,target,fixed", [
    ("Le ministre Laurent Fabius a reçu l'ambassadeur mardi.", "Minister Jean-Marc Ayrault received the ambassador on Tuesday.",
     "Minister Laurent Fabius received the ambassador on Tuesday."),
    ("Laurent Fabius, ministre des affaires étrangères, recevra l'ambassadeur mardi.",
     "Jean-marc Ayrault, foreign minister, will receive the ambassador on Tuesday.",
     "Laurent Fabius, foreign minister, will receive the ambassador on Tuesday."),
    ("Le projet sera annulé, a déclaré Ravanelli.", "The project will be cancelled, said John Berg.",
     "The project will be cancelled, said Ravanelli."),
    # the first name kept: only the surname is replaced
    ("Le ministre Laurent Fabius a reçu l'ambassadeur mardi.", "Minister Laurent Ayrault received the ambassador on Tuesday.",
     "Minister Laurent Fabius received the ambassador on Tuesday."),
])
def test_a_person_replaced_whole_is_fixed_whole_by_the_suggestion(source, target, fixed):
    # the suggestion replaces the new first name with the surname, and names the first name the source lost
    # beside it: the surname alone replaced gave "Minister Jean-Marc Laurent Fabius", "Jean-marc Fabius"
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    [issue] = [i for i in check_pair(pair, context(("T106",))).issues if i.code == "T106"]
    text = pair.target.segments[1].text
    assert text[:issue.start] + issue.suggestion + text[issue.end:] == fixed
    assert f"“{text[issue.start:issue.end]}” stands where" in issue.message


def test_t105_reads_each_source_once_and_searches_no_translation_without_the_name(monkeypatch):
    # every system's translation of a source walked the source's capitalised words again, and the
    # determiner's renderings were searched in a translation that does not write the name at all
    from mtqa.checks.name_swaps import translated_as_words, word_readings

    searched, walked = [], []
    real_rendered, real_titles = translated_as_words._rendered, translated_as_words.name_titles
    monkeypatch.setattr(translated_as_words, "_rendered", lambda renderings, name: searched.append(name)
                        or real_rendered(renderings, name))
    # the source's names are read against the titles table once per source walk (T105's two modules)
    for module in (translated_as_words, word_readings):
        monkeypatch.setattr(module, "name_titles", lambda pair, side: walked.append(side) or real_titles(pair, side))
    source = "Le chiffre vient, selon Les Varnelles, du ministère."
    targets = ["The figure comes from the Ministry of Labour.", "The figure comes, says Le Monde, from the ministry.",
               "The figure comes, according to the Varnelles, from the ministry."]
    pair = aligned_pair([("Titre", "Title")] + [(source, t) for t in targets])
    issues = [(i.text, i.suggestion) for i in check_pair(pair, context(("T105",))).issues if i.code == "T105"]
    assert issues == [("the Varnelles", "Les Varnelles")]  # the one translation that writes it still is flagged
    assert searched == ["Varnelles"]
    assert walked == ["source"]


@needs_freedict
def test_t105_searches_no_rendering_of_a_surname_the_translation_does_not_write(monkeypatch):
    # the surname's word translated ("Gilles The Mayor") is searched only where the translation writes
    # that word: a pattern per dictionary rendering compiled and run over every translation was wasted
    from mtqa.checks.name_swaps import translated_as_words

    searched = []
    real_rendered = translated_as_words._rendered
    monkeypatch.setattr(translated_as_words, "_rendered", lambda renderings, name: searched.append(name)
                        or real_rendered(renderings, name))
    source = "Le ministre Gilles Le Maire a présenté le budget."
    assert flags("T105", source, "Minister Gilles presented the budget.") == []
    assert searched == []
    assert flags("T105", source, "Minister Gilles The Mayor presented the budget.") == [("The Mayor", "Le Maire")]
    assert searched == ["Mayor"]


@needs_fr
@pytest.mark.parametrize("source,target,expected", [
    # the source dictionary reads the name as a verb (se gausser, trier), the lexical model links it to its
    # English rendering, and the translation kept the name's capital on it
    ("Le club a gagné le titre avec Gausse en 1988.", "The club won the title with Mocks in 1988.",
     [("Mocks", "Gausse")]),
    ("Le cinéaste Lars von Trier tourne un nouveau film au Danemark.",
     "The filmmaker Lars von Sort is shooting a new film in Denmark.", [("Sort", "Trier")]),
])
def test_a_name_read_as_a_verb_and_translated_is_t105(source, target, expected):
    assert flags("T105", source, target) == expected


@needs_fr
@pytest.mark.parametrize("source,target", [
    # the name kept
    ("Le cinéaste Lars von Trier tourne un nouveau film au Danemark.",
     "The filmmaker Lars von Trier is shooting a new film in Denmark."),
    ("Selon le journal, Gausse rejoindra l'équipe.", "According to the paper, Gausse will join the team."),
    # a capital after a common noun opens the title of a work, which a translation may render (read on WMT14)
    ("Elle a écrit le livre Apprivoiser la peur en 2010.", "She wrote the book Taming Fear in 2010."),
    # the verb written as a verb: no capital in the source, none in the translation
    ("Il faut trier les déchets avant lundi.", "We must sort the waste before Monday."),
    # a capitalised noun is a name's generic word a translation may render (la Commission): no verb
    ("La Commission a rendu son avis mardi.", "The Committee gave its opinion on Tuesday."),
])
def test_a_name_read_as_a_verb_not_flagged(source, target):
    assert flags("T105", source, target) == []


@needs_fr
@pytest.mark.parametrize("source,target,expected", [
    # the name's letters are an inflected form (il lima, il gaza): the model knows the verb by its infinitive
    # (limer: file; gazer: gas), read through the French suffix rules, and the English word by its lemma
    # (gassed: gas), read through the English ones
    ("La délégation péruvienne a quitté Lima mardi pour la conférence.",
     "The Peruvian delegation left Filed on Tuesday for the conference.", [("Filed", "Lima")]),
    ("Le convoi est arrivé hier soir à Gaza après trois jours de route.",
     "The convoy arrived last night in Gassed after three days on the road.", [("Gassed", "Gaza")]),
])
def test_a_name_read_as_an_inflected_verb_is_found_through_the_lemmas(source, target, expected):
    assert flags("T105", source, target) == expected


@needs_fr
@pytest.mark.parametrize("source,target", [
    # the name kept, or written the English way
    ("La délégation péruvienne a quitté Lima mardi pour la conférence.",
     "The Peruvian delegation left Lima on Tuesday for the conference."),
    # a capitalised rendering of the verb that does not stand for the name: the name is kept beside it
    ("Le convoi est arrivé à Gaza, selon le Comité.", "The convoy arrived in Gaza, according to the Committee."),
])
def test_a_name_read_as_an_inflected_verb_kept_is_not_flagged(source, target):
    assert flags("T105", source, target) == []


def test_suffix_stems_reads_a_form_back_to_its_entries():
    from mtqa.langs import hunspell, language

    fr, en = language("fr"), language("en")
    if not fr.has_dictionary or not en.has_dictionary:
        pytest.skip("needs the French and English Hunspell dictionaries")
    assert "limer" in hunspell.suffix_stems(fr.dictionaries, "lima")
    assert "gas" in hunspell.suffix_stems(en.dictionaries, "gassed")
    assert "file" in hunspell.suffix_stems(en.dictionaries, "filed")
    assert hunspell.suffix_stems(en.dictionaries, "qzxv") == ()


@needs_fr
def test_a_name_read_as_a_verb_in_a_title_case_headline_is_left_alone():
    # every word of a title-case headline has a capital, so the capital says nothing of a name
    pair = aligned_pair([("Lars von Trier tourne un nouveau film au Danemark", "Lars Von Sort Shoots A New Film In Denmark"),
                         ("Le tournage commence lundi.", "Shooting starts on Monday.")])
    assert [i.text for i in check_pair(pair, context(("T105",))).issues] == []


@needs_fr
def test_a_word_spelt_like_grammar_words_only_stands_in_the_name_place():
    # "Paved" looks like « avec » only: a grammar word has no capitalised cognate, so the word is T106's
    source = "Elle travaille avec son frère à Dallas en hiver."
    assert flags("T106", source, "She works with her brother in Paved in winter.") == [("Paved", "Dallas")]
    assert flags("T106", source, "She works with her brother in Dallas in winter.") == []
    assert flags("T106", "Pour GDF Suez, le chantier s'est achevé en mars.",
                 "For GDF Sweat, the site was completed in March.") == [("Sweat", "Suez")]


@needs_fr
def test_a_name_read_as_a_verb_is_not_reported_on_a_word_the_source_writes():
    # an English title quoted in the source (have: a form of French haver); the model links have to "Wanna"
    # too, which the source writes itself: no translation of the name (a false alarm read on WMT12)
    source = "Le public a chanté « Girls Wanna Have Fun » avec elle."
    assert flags("T105", source, "The audience sang \"Girls Wanna Cuts Fun\" with her.") == []


@needs_fr
def test_a_participle_ending_a_descriptive_name_is_no_verb_name():
    # « la mer Morte »: morte, a participle of mourir, ends the name as an adjective, and English translates it
    # (the Dead Sea): neither T105 nor T106 reads it as a name lost (false alarms read on WMT13)
    source = "Les rouleaux de la mer Morte, découverts près de Qumrân, sont exposés à Jérusalem."
    target = "The Dead Sea Scrolls, discovered near Qumran, are on display in Jerusalem."
    assert flags("T105", source, target) == []
    assert flags("T106", source, target) == []


@needs_fr
def test_a_name_read_as_a_verb_is_a_t106_name_slot():
    # « gausse » (se gausser) kept the name out of T106's slots; a word in its very place that the model does
    # not link to it is T106's, capitalised or not
    source = "Il a fêté le titre avec Gausse, mais de loin."
    assert flags("T106", source, "He celebrated the title with Laugh, but from afar.") == [("Laugh", "Gausse")]
    assert flags("T106", source, "He celebrated the title with Gausse, but from afar.") == []
    assert flags("T106", "Il disait que Gausse allait nous aider à gagner.",
                 "He said that respect would help us win.") == [("respect", "Gausse")]


@needs_fr
@pytest.mark.parametrize("source,target", [
    # a line of dialogue opened by a backquote: the verb opens its sentence (newstest2009's reference)
    ("`Courir!' Courir et garder les places au fond de la salle.", "`Run!' Run and keep the seats at the back of the hall."),
    ("`Montrer aux gardiens que nous sommes calmes!", "`Show the guards that we are calm!"),
])
def test_a_verb_opening_a_line_of_dialogue_is_no_name(source, target):
    assert flags("T105", source, target) == []
    assert flags("T106", source, target) == []
