"""T105 (a name translated as common words): a surname's particle rendered with it, a first name rendered by
a common word that looks like it, and a monarch's epithet, which English translates (issue 12)."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from mtqa.langs import freedict
from tests.checks.accuracy_helpers import aligned_pair, context

needs_freedict = pytest.mark.skipif(not freedict.available(), reason="dict-freedict-fra-eng not installed")


def flags(code: str, source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.text, i.suggestion) for i in check_pair(pair, context((code,))).issues if i.code == code]


@needs_freedict
def test_surname_after_a_lower_case_particle_translated_with_it():
    # de La Rivière: the particle "de" rendered ("of") before the determiner and the surname's word
    source = "Le poète Paul de La Rivière a lu ses vers au marché."
    assert flags("T105", source, "The poet Paul of The River read his verses at the market.") \
        == [("of The River", "de La Rivière")]
    assert flags("T105", source, "The poet Paul of the River read his verses at the market.") \
        == [("of the River", "de La Rivière")]
    assert flags("T105", source, "The poet Paul de La Rivière read his verses at the market.") == []
    # a lower-case river of the sentence's own is no name
    assert flags("T105", source, "The poet Paul de La Rivière read his verses by the river.") == []


def test_first_name_rendered_by_a_common_word_like_it_before_the_kept_particle():
    # Olivier -> "Olive" is close enough in spelling to pass for the name, but it is the lexical model's
    # rendering of the word (olive tree), right before the surname kept with its particle
    source = "Le maire Olivier Le Guen a signé le budget."
    assert flags("T105", source, "Mayor Olive Le Guen signed the budget.") == [("Olive", "Olivier")]
    assert flags("T105", source, "Mayor Olivier Le Guen signed the budget.") == []
    # without the surname kept with its particle, a word like the name is left alone
    assert flags("T105", "Le maire Olivier Guen a signé le budget.", "Mayor Olive Guen signed the budget.") == []


@needs_freedict
def test_epithet_after_a_first_name_is_translated():
    # Le Chauve after a monarch's first name is the epithet (regnal_epithets), which English translates
    source = "Le livre raconte la vie de Charles Le Chauve et de ses fils."
    assert flags("T105", source, "The book tells the life of Charles the Bald and his sons.") == []
    # a surname with a determiner particle that is no epithet is still the person's
    assert flags("T105", "Le ministre Paul Le Chêne a parlé hier.", "Minister Paul The Oak spoke yesterday.") \
        == [("The Oak", "Le Chêne")]


def test_foreign_persons_own_first_name_is_no_anglicised_one():
    # the French form of a Spanish dancer's first name (Bayón: Spanish letters) restored as her own
    source = "La danseuse Isabelle Bayón ouvre le festival de Nîmes."
    assert flags("T104", source, "The dancer Isabel Bayón opens the Nîmes festival.") == []
    assert flags("T104", source, "The dancer Isabel Bayon opens the Nîmes festival.") == []
    # a French person's first name anglicised is still reported
    assert flags("T104", "La danseuse Isabelle Garnier ouvre le festival de Nîmes.",
                 "The dancer Isabel Garnier opens the Nîmes festival.") == [("Isabel", "Isabelle")]


def test_a_source_naming_nothing_t105_reads_leaves_the_translation_unread(monkeypatch):
    # no name opening with a determiner, no title of address, no first name of the table in the source:
    # T105 ends before it reads the translation's capitalised words (once per source text, shared by
    # every system's translation of it)
    from mtqa.checks.name_swaps import likeness, translated_as_words

    def unread(text, ctx):
        raise AssertionError(f"the translation {text!r} was read")

    for module in (likeness, translated_as_words):  # where it is read, and where T105 calls it
        monkeypatch.setattr(module, "segment_text", unread)
    assert flags("T105", "Le conseil de Rodez a voté le budget hier.",
                 "The Rodez council voted the budget yesterday.") == []


def test_the_source_screen_lets_every_documented_source_through():
    # each reading of T105 starts from what the screen looks for: the docstring's sources (a determiner's
    # name, a title of address, first names) all pass it, each sentence on its own
    from mtqa.checks.name_swaps import translated_as_words

    ctx = context(("T105",))
    for sentence in ("Selon Les Échelles, le marché ouvre.", "Sa Sainteté viendra.",
                     "Le peintre Pierre Brandoux expose à Rodez.", "Il parle avec Julien Le Boucher.",
                     "Paul de La Rivière parlera."):
        assert translated_as_words._may_name_as_words(sentence, ctx), sentence
    assert not translated_as_words._may_name_as_words("Le conseil de Rodez a voté le budget hier.", ctx)


def test_the_title_of_address_screen_reads_words_not_the_folded_text(monkeypatch):
    # the screen folds the words that may be a title (one cached fold each), never the whole text, and lets
    # every title through: accented or not, after a no-break space, opening the sentence or mid-sentence
    from mtqa.checks.name_swaps import translated_as_words

    def whole(*args, **kwargs):
        raise AssertionError("the whole text was folded")

    monkeypatch.setattr(translated_as_words, "fold_text", whole, raising=False)
    pair = context(("T105",)).pair
    translated_as_words._address_in.cache_clear()
    for text, title in (("Sa Sainteté viendra à Rodez.", "Sainteté"), ("Hier, Sa Saintete est venue.", "Saintete"),
                        ("Il a vu Sa\u00a0Sainteté hier.", "Sainteté")):
        assert [(det, name) for det, name, *_ in translated_as_words._address_in(text, pair)] == [("Sa", title)], text
    assert translated_as_words._address_in("Le conseil de Rodez a voté le budget hier.", pair) == ()


@needs_freedict
def test_word_of_a_name_quoted_in_english_translated_beside_its_kept_part():
    # Collider is an English word French has not: the whole name is English, its "Large" stays as written
    source = "Les physiciens du Large Hadron Collider publient leurs mesures lundi."
    assert flags("T105", source, "The physicists of the Wide Hadron Collider publish their measurements on Monday.") \
        == [("Wide", "Large")]
    assert flags("T105", source, "The physicists of the broad hadron collider publish their measurements on Monday.") \
        == [("broad", "Large")]
    assert flags("T105", source, "The physicists of the Large Hadron Collider publish their measurements on Monday.") \
        == []
    assert flags("T105", "Le concert aura lieu à Central Park samedi.", "The concert will take place in Exchange Park "
                 "on Saturday.") == [("Exchange", "Central")]
    assert flags("T105", "Le concert aura lieu à Central Park samedi.", "The concert will take place in Central Park "
                 "on Saturday.") == []


@needs_freedict
def test_name_in_the_source_languages_own_words_may_have_its_generic_word_translated():
    # place, lac, loi: French words before a name; English puts its own generic word (Square, Lake, law)
    assert flags("T105", "Les manifestants sont revenus sur la Place Tahrir vendredi.",
                 "The protesters returned to Tahrir Square on Friday.") == []
    assert flags("T105", "Il pêche chaque été au Lac Saint-Jean.", "He fishes on Lake Saint-Jean every summer.") == []
    assert flags("T105", "Le vote de la Loi Dream Act est encore reporté.",
                 "The vote on the law Dream Act is postponed again.") == []
    # a grammar word of a quoted name may take the target's article; an English surname says nothing of the name
    assert flags("T105", "Le jeu Le Run sort en novembre.", "The game The Run comes out in November.") == []
    assert flags("T105", "Il a cité Helmut Kohl Mais pas son successeur.",
                 "He quoted Helmut Kohl but not his successor.") == []


@needs_freedict
def test_surname_of_common_words_translated_in_lower_case_beside_the_first_name():
    source = "« Nous avons bien joué », a déclaré Laurent Blanc après le match."
    assert flags("T105", source, '"We played well," said Laurent white after the match.') == [("white", "Blanc")]
    assert flags("T105", source, '"We played well," said Laurent Blanc after the match.') == []
    # capitalised, the surname is T103's altered name, not reported twice
    assert flags("T105", source, '"We played well," said Laurent White after the match.') == []
    assert flags("T103", source, '"We played well," said Laurent White after the match.') == [("White", "Blanc")]
    # the first name opening the sentence is read too
    assert flags("T105", "Victoria Principal, actrice de la série, a parlé vendredi.",
                 "Victoria main, actress of the series, spoke on Friday.") == [("main", "Principal")]


@needs_freedict
def test_name_of_a_determiner_and_one_word_translated_whole():
    # a Montreal paper's name: the determiner rendered and its one word translated, capitalised
    source = "Le ministre a répondu aux questions et, selon Le Devoir, il partira en mai."
    assert flags("T105", source, "The minister answered questions and, according to The Duty, "
                                 "he will leave in May.") == [("The Duty", "Le Devoir")]
    assert flags("T105", source, "The minister answered questions and, according to Le Devoir, "
                                 "he will leave in May.") == []
    # a school's name after its generic noun, the article in lower case
    assert flags("T105", "Elle enseigne à l'Université La Salle depuis dix ans.",
                 "She has taught at the University the Room for ten years.") == [("the Room", "La Salle")]
    # a word the target capitalises as a name of its own (dieu: God) keeps its capital in any translation
    assert flags("T105", "Elle a crié Mon Dieu quand elle a lu la lettre.",
                 "She cried My God when she read the letter.") == []
    # in lower case the words may be the sentence's own
    assert flags("T105", source, "The minister answered questions and, according to the duty, "
                                 "he will leave in May.") == []


@needs_freedict
@pytest.mark.parametrize("source,target,expected", [
    # a paper's name opening the sentence: the article's capital is the sentence's, the word's is the name's
    ("Le Devoir a publié hier une longue enquête.", "The Duty published a long investigation yesterday.",
     [("The Duty", "Le Devoir")]),
    ("Le juge a parlé. Le Devoir a publié la décision.", "The judge spoke. The Duty published the decision.",
     [("The Duty", "Le Devoir")]),
    ("Le Devoir a publié hier une longue enquête.", "Le Devoir published a long investigation yesterday.", []),
    # in lower case the words may be the sentence's own
    ("Le Devoir a publié hier une longue enquête.", "The duty published a long investigation yesterday.", []),
    # an institution French capitalises after its article is named by its translation in English, a cognate
    # (the Senate: a word like the name's) or not (the City, the Fund: words news style capitalises so)
    ("Le Sénat a rejeté la demande du ministre.", "The Senate rejected the minister's request.", []),
    ("La Ville a rejeté la demande du promoteur.", "The City rejected the developer's request.", []),
    ("Le Fonds a accordé un prêt au pays.", "The Fund granted a loan to the country.", []),
    # French capitalises a planet or a star after its article, as English does (the Earth, the Sun)
    ("La Terre se réchauffe plus vite que prévu.", "The Earth is warming faster than expected.", []),
    # an ordinal in capitals is no word of a name (le VIe sommet: the sixth summit)
    ("Le VIe sommet des pays andins a pris fin.", "The Life summit of the Andean countries ended.", []),
    # a title that goes on past its first word may be translated whole
    ("Le Devoir de mémoire a été lu en classe.", "The Duty of Remembrance was read in class.", []),
])
def test_name_of_an_article_and_one_word_opening_the_sentence_translated_whole(source, target, expected):
    assert flags("T105", source, target) == expected


@needs_freedict
def test_longer_titles_and_target_made_names_keep_their_translation():
    # a title that goes on past its first word (a particle, a capitalised word) is often translated whole
    assert flags("T105", "Il a lu Le Chemin de Damas pendant l'été.",
                 "He read The Road to Damascus during the summer.") == []
    assert flags("T105", "Il relit Le Petit Prince chaque hiver.",
                 "He rereads The Little Prince every winter.") == []
    # a translation the target makes a name of its own with a capitalised word after it
    assert flags("T105", "Hier, le parti La Gauche a voté contre le budget.",
                 "Yesterday, The Left Party voted against the budget.") == []


@needs_freedict
def test_later_part_of_a_hyphenated_name_translated_beside_the_kept_first_part():
    source = "Les urgences de l'Hôtel-Dieu fermeront à minuit, selon la direction."
    assert flags("T105", source, "The emergency unit of the Hotel-God will close at midnight, according to the "
                                 "management.") == [("God", "Dieu")]
    assert flags("T105", source, "The emergency unit of the hotel god will close at midnight, according to the "
                                 "management.") == [("god", "Dieu")]
    assert flags("T105", source, "The emergency unit of the Hôtel-Dieu will close at midnight, according to the "
                                 "management.") == []
    # English translates a place's first word before the part it keeps (New Brunswick), and a name translated
    # whole keeps none of its parts
    assert flags("T105", "Il est né au Nouveau-Brunswick en 1950.", "He was born in New Brunswick in 1950.") == []
    assert flags("T105", "La messe a lieu à Notre-Dame ce soir.", "Mass takes place at Our Lady tonight.") == []
    # a town's district: English names the direction in its own words
    assert flags("T105", "L'usine d'Arras-Nord fermera en juin.", "The Arras North factory will close in June.") == []
    # a part whose dictionary sense is a name (inde: India) is rendered by the target's own name for it
    assert flags("T105", "Un sommet Brésil-Inde aura lieu à Brasilia.", "A Brazil-India summit will be held in "
                                                                      "Brasilia.") == []
    assert flags("T105", "Un sommet Japon-Inde aura lieu à Tokyo.", "A Japon-India summit will be held in "
                                                                  "Tokyo.") == []
    assert flags("T105", "La messe a lieu à Notre-Dame ce soir.", "Mass takes place at Notre Lady tonight.") \
        == [("Lady", "Dame")]


@needs_freedict
def test_person_whose_first_name_and_surname_are_both_rendered():
    # a surname that is a common word, translated beside the first name rendered too: nothing of the name kept
    source = "« La saison sera longue », estime Pierre Blanc, entraîneur du club."
    assert flags("T105", source, "\"The season will be long,\" says Peter White, the club's coach.") \
        == [("Peter White", "Pierre Blanc")]
    assert flags("T105", source, "\"The season will be long,\" says White Stone, the club's coach.") \
        == [("White Stone", "Pierre Blanc")]
    # a close synonym of the first name's translation (WordNet: rock, stone)
    assert flags("T105", source, "\"The season will be long,\" says White Rock, the club's coach.") \
        == [("White Rock", "Pierre Blanc")]
    assert flags("T105", source, "\"The season will be long,\" says Pierre Blanc, the club's coach.") == []
    # beside a word that renders neither the first name nor any first name: no person's
    assert flags("T105", source, "\"The season will be long,\" says White Horse, the club's coach.") == []
    # a capitalised translation with no first name beside it is no person's
    assert flags("T105", source, "\"The season will be long,\" says the coach of White Club.") == []


@needs_freedict
def test_names_written_in_lower_case_by_the_system_are_read_in_lower_case():
    # a system that lost the casing: the first name's translation beside the surname kept in lower case
    source = "« Le protocole tient bon », assure Pierre Gastinel, qui dirige la start-up."
    assert flags("T105", source, "\"The protocol holds,\" says stone gastinel, who runs the start-up.") \
        == [("stone", "Pierre")]
    assert flags("T105", source, "\"The protocol holds,\" says rock gastinel, who runs the start-up.") \
        == [("rock", "Pierre")]
    # the surname with its capital: a lower-case word beside it is the sentence's own, not the first name
    assert flags("T105", source, "\"The protocol holds,\" says stone Gastinel, who runs the start-up.") == []
    assert flags("T105", source, "\"The protocol holds,\" says pierre gastinel, who runs the start-up.") == []
    # a word beside the lower-case surname that renders no first name
    assert flags("T105", source, "\"The protocol holds,\" says mr gastinel, who runs the start-up.") == []
    # both words of a person of common words translated in lower case, side by side
    person = "« La saison sera longue », estime Pierre Blanc, entraîneur du club."
    assert flags("T105", person, "\"The season will be long,\" says white stone, the club's coach.") \
        == [("white stone", "Pierre Blanc")]
    # one of them capitalised and the other not: no system's lower case, no person
    assert flags("T105", person, "\"The season will be long,\" says white Stone, the club's coach.") == []
    # a lower-case translation of the surname beside a word that renders no first name
    assert flags("T105", person, "\"The season will be long,\" says the white team's coach.") == []


@needs_freedict
def test_town_named_by_a_common_word_translated():
    # « à Menton »: a capitalised word alone after the town preposition is the town, chin or not
    source = "Les anciens combattants ont défilé à Menton dimanche."
    assert flags("T105", source, "The veterans marched in Chin on Sunday.") == [("Chin", "Menton")]
    assert flags("T105", source, "The veterans marched in Menton on Sunday.") == []
    # a word whose translation the target capitalises as a name of its own (dieu: God) is left alone
    assert flags("T105", "Il a rendu grâce à Dieu après la course.", "He gave thanks to God after the race.") == []
    # a word that goes on with a particle is a title or a longer name, which English may translate
    assert flags("T105", "La lettre était adressée à Monsieur le maire.",
                 "The letter was addressed to Mister Mayor.") == []
