"""A501 false friends and calques: every lexicon entry, source gating, and the seed."""
from __future__ import annotations

import re

import pytest

from mtqa.api import check_pair, check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.langs import false_friend_lexicon as ffl
from mtqa.langs import trap_forms
from mtqa.langs.data import data_toml
from mtqa.langs.false_friend_lexicon import lexicon
from mtqa.model import Document, DocumentPair, Link, Role, Segment
from tests.conftest import SEED, pattern_file_installed


@pytest.fixture(scope="module", autouse=True, params=["compiled", "deferred"])
def lexicon_patterns(request, tmp_path_factory):
    """Every test of this module runs twice: with the lexicon's patterns compiled (the API, a worker) and with the
    stand-ins ``mtqa check`` makes of the patterns its pattern file holds (:class:`mtqa.regexcache.Deferred`), so
    A501 is tested with the objects the command's users get."""
    if request.param == "compiled":
        yield
        return
    with pattern_file_installed(tmp_path_factory.mktemp("patterns")) as installed:
        if not installed:
            pytest.skip("the pattern file is installed on 3.11-3.13 only")
        from mtqa import regexcache

        lexicon()  # a cold file: the patterns compiled through the hook are held from now on
        lexicon.cache_clear()
        entries = lexicon()
        assert sum(isinstance(e.target, regexcache.Deferred) for e in entries) > 0.9 * len(entries)
        yield

RAW = {e["id"]: e for e in data_toml("false_friends.toml")["entry"]}
ENTRIES = {e.id: e for e in lexicon()}


def flags(text, source=None):
    ctx = Context(Config(select=("A501",)))
    target = Document("t", None, "en", [Segment(0, text, Role.BODY, 0, 1, 0, multiline=False)])
    src = Document("t", None, "fr", [Segment(0, source, Role.BODY, 0, 1, 0, multiline=False)]) if source else None
    pair = DocumentPair("t", target, src, links=[Link((0,), (0,))] if source else [], meta={"prealigned": True})
    return [(i.text, i.suggestion, i.severity.value) for i in check_pair(pair, ctx).issues]


def test_every_entry_is_documented():
    keys = {"id", "kind", "source", "target", "suggestion", "note", "example_source", "example_bad", "example_good"}
    for raw in RAW.values():
        assert keys <= set(raw), raw["id"]
        assert raw["kind"] in ffl.KINDS
    assert len(RAW) == len(ENTRIES)


@pytest.mark.parametrize("entry_id", sorted(RAW))
def test_entry_fires_on_its_bad_example(entry_id):
    raw = RAW[entry_id]
    found = list(ENTRIES[entry_id].matches(raw["example_bad"], raw["example_source"]))
    assert found, f"{entry_id} missed {raw['example_bad']!r}"
    assert flags(raw["example_bad"], raw["example_source"]), entry_id


@pytest.mark.parametrize("entry_id", sorted(RAW))
def test_entry_quiet_on_its_good_example(entry_id):
    raw = RAW[entry_id]
    assert list(ENTRIES[entry_id].matches(raw["example_good"], raw["example_source"])) == []


@pytest.mark.parametrize("entry_id", sorted(RAW))
def test_entry_needs_its_source_trigger(entry_id):
    """With a source lacking the trigger, the trap alone does not fire."""
    raw = RAW[entry_id]
    assert list(ENTRIES[entry_id].matches(raw["example_bad"], "Une phrase sans rapport.")) == []


@pytest.mark.parametrize("entry_id", sorted(k for k, v in RAW.items() if v.get("without_source")))
def test_high_precision_entries_fire_without_source(entry_id):
    raw = RAW[entry_id]
    assert list(ENTRIES[entry_id].matches(raw["example_bad"], None)), entry_id
    assert list(ENTRIES[entry_id].matches(raw["example_good"], None)) == []


@pytest.mark.parametrize("text,source,expected", [
    ("Two cosmonauts actually stationed on the ISS.", "Deux cosmonautes actuellement en poste.",
     [("actually", "currently", "major")]),
    ("Environmental militants blocked the road.", "Des militants écologistes ont bloqué la route.",
     [("militants", "activists", "major")]),
    ("The first film in the space to return.", None, [("in the space", "in space", "minor")]),
    ("The film must restore a tarnished coat of arms.", None, [("coat of arms", "image", "minor")]),
    ("This initiative comes in full non-scientific rush.", None, [("in full", "in the midst of", "minor")]),
    ("Eventual candidates must register.", "Les éventuels candidats doivent s'inscrire.",
     [("Eventual", "Possible", "major")]),
    ("There are ten years, the town was small.", "Il y a dix ans, la ville était petite.",
     [("There are ten years", "Ten years ago", "major")]),
    ("The nurse attended the surgeon all night.", "L'infirmière a assisté le chirurgien toute la nuit.",
     [("attended", "assisted", "major")]),
    ("The delay for entries ends in May.", "Le délai d'inscription se termine en mai.",
     [("delay", "deadline", "major")]),
    ("The conductor of the bus braked hard.", "Le conducteur du bus a freiné fort.",
     [("conductor", "driver", "major")]),
    ("On the legal plan, the reform is fragile.", "Sur le plan de la loi, la réforme est fragile.",
     [("On the legal plan", "In terms of", "major")]),
    ("Our new formation starts in June.", "Notre nouvelle formation commence en juin.",
     [("formation", "training", "major")]),
    ("Trade union militants marched to the factory.", "Des militants syndicaux ont marché vers l'usine.",
     [("militants", "activists", "major")]),
    # an explosion in the sentence does not make the monitors' network armed
    ("A network of militants reported the blasts.", "Un réseau de militants a signalé les explosions.",
     [("militants", "activists", "major")]),
    # "à l'évidence" on its own is "clearly"
    ("The striker is in evidence tired.", "Le buteur est à l'évidence fatigué.",
     [("evidence", "clearly", "major")]),
    ("Their publicity budget doubled.", "Leur budget de publicité a doublé.",
     [("publicity", "advertising", "major")]),
    # two publicité words in the source, one rendered right: the other "publicity" is still the trap
    ("Known for loud advertising, the group spends more on publicity.",
     "Connu pour ses campagnes publicitaires criardes, le groupe dépense plus en publicité.",
     [("publicity", "advertising", "major")]),
    # the present tense and the -ant form of blesser and reporter are the verb too
    ("The storm blesses dozens of people every winter.", "La tempête blesse des dizaines de personnes chaque hiver.",
     [("blesses", "injures", "major")]),
    ("The league reports the match to Sunday.", "La ligue reporte le match à dimanche.",
     [("reports", "postpones", "major")]),
    ("The organisers report the concert again.", "Les organisateurs reportent encore le concert.",
     [("report", "postpone", "major")]),
    ("The club, reporting the match to Sunday, apologised.", "Le club, reportant le match à dimanche, s'est excusé.",
     [("reporting", "postponing", "major")]),
])
def test_flagged(text, source, expected):
    assert flags(text, source) == expected


@pytest.mark.parametrize("text,source", [
    ("He actually left.", None),  # no source: "actually" is ordinary English
    ("He actually left.", "Il est en fait parti."),
    ("They saw it in space and in the space of two years.", None),
    ("A parking space: park in the space provided.", None),
    ("The debt was paid in full, in full view of the press, with the party in full swing.", None),
    ("The city's coat of arms shows a lion.", None),
    ("The territory was inhabited by nomads.", "Le territoire était habité par des nomades."),
    ("Armed militants attacked the base.", "Des militants armés ont attaqué la base."),
    ("The militants multiplied raids on police posts.", "Les militants ont multiplié les attaques contre les postes de police."),
    ("The forces of division are very ancient.", "Les forces de division sont très anciennes."),
    ("The city is definitely in his DNA.", "La ville est définitivement dans son ADN."),
    ("After seeking medical advice, they postponed.", "Après avoir demandé un avis médical, ils ont reporté."),
    ("You cannot pretend it is good news.", "On ne peut pas prétendre que c'est une bonne nouvelle."),
    ("The law remains in effect until June.", "En effet, la loi reste en vigueur jusqu'en juin."),
    ("The mayor asked for the results without delay.", "Le maire a demandé les résultats sans délai."),
    ("The study appeared in the journal Annals of Tides.", "L'étude a paru dans le journal Annals of Tides."),
    ("A reader wrote to the Harbour Street Journal.", "Un lecteur a écrit au journal Harbour Street Journal."),
    ("The minister also attended in the main hall.", "Le ministre a assisté aussi dans la grande salle."),
    ("Copper wires are good conductors of heat.", "Les fils de cuivre sont de bons conducteurs de chaleur."),
    ("The senators will vote on the rescue plan.", "Les sénateurs voteront sur le plan de sauvetage."),
    ("The analysts of this formation expect more seats.", "Les analystes de cette formation attendent plus de députés."),
    ("The Lyon formation scored twice.", "La formation lyonnaise a marqué deux fois."),
    ("The militants hid the missiles in a barn.", "Les militants ont caché les missiles dans une grange."),
    ("Its militants want to impose sharia in the north.", "Ses militants veulent imposer la charia dans le nord."),
    ("She anchored the Abend-journal for years.", "Elle a présenté le journal Abend-journal pendant des années."),
    ("The wide publicity given to the case hurt him.", "La large publicité donnée à l'affaire lui a nui."),
    ("Publicity spread this way costs less than television commercials.",
     "La propagande diffusée ainsi coûte moins que les publicités à la télévision."),
    ("Everything we are attending is illegal.", "Tout ce à quoi nous assistons est illégal."),
    ("Limiting democratic engagement to one vote is pointless.", "Limiter l'engagement démocratique à un vote est vain."),
    ("Now there is a new policy of engagement.", "C'est maintenant une nouvelle politique d'engagement."),
    ("The diplomatic engagement of both capitals now covers trade.",
     "L'engagement diplomatique des deux capitales couvre désormais le commerce."),
    # yielding to, denying or facing the obvious: "the evidence" is the English idiom too
    ("The coach finally bowed to the evidence and changed the team.",
     "L'entraîneur s'est enfin rendu à l'évidence et a changé l'équipe."),
    ("Denying the evidence, the mayor kept the old bridge.", "Niant l'évidence, le maire a gardé le vieux pont."),
    ("Resigned to the evidence, the club sold its striker.", "Résigné à l'évidence, le club a vendu son buteur."),
])
def test_not_flagged(text, source):
    assert flags(text, source) == []


def test_seed(seed_title):
    text = (SEED / "article.en.txt").read_text(encoding="utf-8")
    ctx = Context(Config(select=("A501",)))
    issues = check_texts(text, title=seed_title, ctx=ctx).issues
    got = [(i.line, i.text, i.suggestion, i.severity.value) for i in issues]
    assert got[:2] == [(1, "in the space", "in space", "major"), (3, "in the space", "in space", "major")]
    assert (37, "in full", "in the midst of", "minor") in got
    assert (41, "coat of arms", "image", "minor") in got
    assert all(text != "attended" for _, text, _, _ in got)  # needs the source


@pytest.mark.parametrize("entry_id", sorted(RAW))
def test_key_screen_keeps_every_example(entry_id):
    """The substring screen before the regexes (Entry.possible) never drops a documented trap."""
    from mtqa.langs.false_friend_lexicon import target_candidates, screen_text

    raw, entry = RAW[entry_id], ENTRIES[entry_id]
    cases = [(raw["example_bad"], raw["example_source"])]
    if raw.get("without_source"):
        cases.append((raw["example_bad"], None))
    for text, source in cases:
        for target, src in ((text, source), (text.upper(), source and source.upper()), (text.lower(), source)):
            if not list(entry.matches(target, src)):
                continue
            screened = screen_text(target)
            # by id: ENTRIES was read at collection (compiled patterns), the lexicon may now hold stand-ins
            assert entry_id in {e.id for e in target_candidates(screened, src is not None)}, (entry_id, target)
            assert entry.possible(screened, screen_text(src), src is not None), (entry_id, target)


@pytest.mark.parametrize("pattern,texts", [
    (r"\bassist(?:s|ed|ing)?\b(?!\s+(?:with|in)\b)", ["They assisted.", "ASSISTING"]),
    (r"\b[Tt]here\s+(?:is|are)\b", ["There is", "there are"]),
    (r"\bjournal\b|\bjournaux\b", ["le journal", "les journaux"]),
])
def test_keys_read_from_patterns(pattern, texts):
    from mtqa.langs.false_friend_lexicon import _required

    keys = _required(re.compile(pattern, re.IGNORECASE))
    assert keys
    for text in texts:
        assert any(k in text.lower() for k in keys), (keys, text)


def test_no_keys_without_literal_text():
    from mtqa.langs.false_friend_lexicon import _required

    assert _required(re.compile(r"\w+\s\w+")) is None  # nothing literal: the regex alone decides


@pytest.mark.parametrize("source,text", [
    # the French adjective after its noun is English's adjective militant (combative), no false friend
    ("Le ministre a dénoncé l'islam militant et ses réseaux.", "The minister denounced militant Islam and its networks."),
    ("La rhétorique militante du candidat inquiète ses alliés.", "The candidate's militant rhetoric worries his allies."),
    ("Le parti est dominé par son aile la plus militante.", "The party is dominated by its most militant wing."),
])
def test_militant_as_an_adjective_is_not_a_false_friend(source, text):
    assert flags(text, source) == []


@pytest.mark.parametrize("source,text,trap", [
    ("Des militants syndicaux ont bloqué le dépôt.", "Union militants blocked the depot.", "militants"),
    ("Elle est devenue une militante connue de la cause animale.", "She became a known militant of animal rights.",
     "militant"),
    ("Il a longtemps été militant contre le nucléaire.", "He was long a militant against nuclear power.", "a militant"),  # the article is the span's too: "an activist"
    # opening the sentence or an apposition
    ("Militant en 1995 aux côtés du maire, il a ensuite quitté le parti.",
     "Militant in 1995 alongside the mayor, he then left the party.", "Militant"),
    ("La police a arrêté des avocats, militants des droits civiques et journalistes.",
     "Police arrested lawyers, civil rights militants and journalists.", "militants"),    # a number in words, as in figures, counts people: the noun
    ("Deux militants écologistes ont été interpellés devant la préfecture.",
     "Two environmental militants were detained outside the prefecture.", "militants"),
])
def test_militant_as_a_noun_is_still_a_false_friend(source, text, trap):
    assert [f[0] for f in flags(text, source)] == [trap]


def test_assistance_a_is_no_attending():
    # the noun « assistance à » (aid to) is no « assister à »: "assisted" renders « aidé » here
    source = "Le programme d'assistance aux agriculteurs a aidé deux mille familles."
    assert flags("The farmers' assistance programme assisted two thousand families.", source) == []
    # the verb still is
    assert [f[0] for f in flags("The minister assisted the ceremony.", "Le ministre a assisté à la cérémonie.")] == \
        ["assisted"]


@pytest.mark.parametrize("source,text", [
    ("Nous assisterons à la finale dimanche.", "We will assist at the final on Sunday."),
    ("Des centaines de fidèles assistèrent à la messe.", "Hundreds of faithful assisted at the mass."),
    ("Vous assisteriez au procès si vous le pouviez.", "You would assist at the trial if you could."),
])
def test_assister_a_in_every_tense_is_still_a_false_friend(source, text):
    # the verb's pattern lists its forms (not « assistance à »): future, conditional and past historic too
    assert [f[0] for f in flags(text, source)] == ["assist" if "assist " in text else "assisted"]


def test_the_keys_of_the_lexicon_are_read_back_without_parsing_its_patterns(tmp_path, monkeypatch):
    from mtqa.langs import false_friend_lexicon as ffl

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    ffl.lexicon.cache_clear()
    built = [(e.source_keys, e.target_keys, e.without_source_keys) for e in ffl.lexicon()]
    assert built == [(ffl._required(e.source), ffl._required(e.target),
                      ffl._required(e.without_source)) for e in ffl.lexicon()]

    def parsed(pattern):
        raise AssertionError("a pattern parsed again")

    ffl.lexicon.cache_clear()  # a new process: the keys come from the compiled cache
    monkeypatch.setattr(ffl, "_required", parsed)
    try:
        assert [(e.source_keys, e.target_keys, e.without_source_keys) for e in ffl.lexicon()] == built
    finally:
        ffl.lexicon.cache_clear()


@pytest.mark.parametrize("source,target", [
    ("Une formation rocheuse domine la vallée du Verdon.", "A rock formation overlooks the Verdon valley."),
    ("La formation de glace sur les ailes a retardé le décollage.", "Ice formation on the wings delayed take-off."),
    ("Il a offert une bague de fiançailles en gage de son engagement.", "He gave her an engagement ring."),
    ("Toute manifestation de racisme sera sanctionnée par la ligue.", "Any manifestation of racism will be punished by the league."),
    ("Le ministre a rappelé son engagement envers l'Iran.", "The minister recalled his engagement with Iran."),
])
def test_a_sense_the_english_cognate_has_too_is_no_false_friend(source, target):
    # the lexicon knows the pair, but English uses the cognate in this very sense: a sense table cue
    # (rock, ice, ring) or English's own construction (a manifestation of a feeling, engagement with)
    assert flags(target, source) == []


@pytest.mark.parametrize("source,target,suggestion", [
    ("La formation des enseignants sera revue l'an prochain.", "Teacher formation will be reviewed next year.", "training"),
    ("Une manifestation d'agriculteurs a bloqué la rocade.", "A manifestation of farmers blocked the ring road.", "demonstration"),
    ("Une manifestation culturelle aura lieu samedi au parc.", "A manifestation will take place on Saturday in the park.", "An event"),  # the article agrees with the suggestion
    ("Les manifestations sportives du week-end sont annulées.", "The weekend's sporting manifestations are cancelled.", "events"),
    ("Le ministre a tenu son engagement envers les électeurs.", "The minister kept his engagement to voters.", "commitment"),
])
def test_the_false_friend_sense_is_still_flagged_with_the_sense_s_word(source, target, suggestion):
    # the event sense is read off the source's « culturelle » through the lexical model when the English drops it
    assert [s for _, s, _ in flags(target, source)] == [suggestion]


def test_a_manifestation_of_a_quoted_name_is_still_the_march():
    source = "Les participants des manifestations du « Lundi rouge » réclamaient des hausses de salaire."
    assert [s for _, s, _ in flags("The participants of the manifestations of the \"red Monday\" asked for raises.",
                                   source)] == ["demonstrations"]


@pytest.mark.parametrize("source,target", [
    ("Ils assistèrent le médecin pendant toute l'opération.", "They attended the doctor during the whole operation."),
    ("Je l'assistais chaque matin à l'atelier.", "I attended him every morning at the workshop."),
    ("Elle les assisterait volontiers si on le lui demandait.", "She would gladly attend them if asked."),
    ("Les bénévoles assistèrent aux funérailles.", "The volunteers assisted at the funeral."),
])
def test_assister_is_read_in_every_form_of_the_verb(source, target):
    # the trigger lists the verb's forms from the French dictionary's morphology, not a hand-made subset
    assert len(flags(target, source)) == 1


def test_a_forms_placeholder_expands_to_the_dictionary_s_forms():
    from mtqa.langs import hunspell, language

    forms = hunspell.suffix_forms(language("fr").dictionaries, "assister")
    if not forms:
        pytest.skip("no French dictionary installed")
    assert {"assister", "assistèrent", "assisterions", "assistâmes", "assistées"} <= set(forms)
    assert "{{" not in ENTRIES["assister-qqn"].source.pattern and "assistèrent" in ENTRIES["assister-a"].source.pattern


@pytest.mark.parametrize("source,target,expected", [
    ("La soirée électorale a duré jusqu'à l'aube.", "The electoral soirée lasted until dawn.", ["evening"]),
    ("Une soirée de gala a réuni 300 invités.", "A gala soirée brought together 300 guests.", []),
])
def test_an_accented_loanword_in_the_source_s_sense_is_a_false_friend(source, target, expected):
    # A205 excuses soirée as an English loanword; in French's sense (evening) it is a false friend, in English's
    # own (a party) not. Not début nor matériel: English's "the debut of the new car" (its launch) and
    # "tactics and materiel" (beside battles) are their sense too, and newstest references wrote them so
    assert [s for _, s, _ in flags(target, source)] == expected


@pytest.mark.parametrize("source,target,suggestion", [
    ("Une manifestation du Hamas a eu lieu à Gaza.", "A manifestation of Hamas took place in Gaza.", "demonstration"),
    # "to film" a march is no cue of the event sense (the verb, not a film festival)
    ("Ils sont venus filmer une manifestation du Hezbollah.", "They came to film a manifestation of Hezbollah.", "demonstration"),
    ("Une manifestation des opposants au péage a eu lieu.", "A manifestation of the toll opponents took place.", "demonstration"),
    ("La firme a signé des engagements d'achat avec 12 clients.", "The firm signed purchase engagements with 12 clients.", "commitments"),
])
def test_the_cognate_s_english_constructions_need_their_english_complement(source, target, suggestion):
    # "a manifestation of" a lower-case abstract noun, "engagement with" a named country: not a name, not people
    # nor a number of clients
    assert [s for _, s, _ in flags(target, source)] == [suggestion]


def test_the_stored_keys_are_read_again_by_another_pythons_parser(tmp_path, monkeypatch):
    # a cache folder shared by two Pythons (two virtual environments): keys read from one parser's trees are not
    # served to the other, whose trees may be shaped otherwise
    import types
    from pathlib import Path

    from mtqa.langs import false_friend_lexicon as ffl

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    ffl.lexicon.cache_clear()
    built = [(e.source_keys, e.target_keys, e.without_source_keys) for e in ffl.lexicon()]
    other = tmp_path / "python3.99" / "re" / "_parser.py"  # another installation's parser
    other.parent.mkdir(parents=True)
    # another installation's parser differs in its bytes: stored tables are keyed by their files' content, not their
    # paths, and the same parser code elsewhere is the same parser
    other.write_text(Path(ffl._sre_parse.__file__).read_text(encoding="utf-8") + "\n# another build\n",
                     encoding="utf-8")
    monkeypatch.setattr(ffl, "_sre_parse",
                        types.SimpleNamespace(parse=ffl._sre_parse.parse, __file__=str(other)))
    parsed = []
    required = ffl._required
    monkeypatch.setattr(ffl, "_required", lambda pattern: parsed.append(pattern) or required(pattern))
    ffl.lexicon.cache_clear()  # a new process of the other Python
    try:
        assert [(e.source_keys, e.target_keys, e.without_source_keys) for e in ffl.lexicon()] == built
        assert parsed, "keys read by another Python's parser were served from the cache"
    finally:
        ffl.lexicon.cache_clear()


def test_the_expanded_forms_are_kept_under_the_code_that_makes_them(monkeypatch):
    # the {{fr:word}} forms are made by mtqa.langs.hunspell.suffix_forms, reached through the builder's
    # closure: a change there must rebuild them, as a change of the lexicon or the dictionary does
    import mtqa.compiled
    from mtqa.langs import false_friend_lexicon as ffl

    keyed = {}
    real = mtqa.compiled.cached
    monkeypatch.setattr(mtqa.compiled, "cached",
                        lambda name, files, build: keyed.setdefault(name, [str(f) for f in files]) and real(name, files, build))
    ffl._with_forms([{"source": r"\b{{fr:assister}}\s+à"}])
    assert any(f.endswith("mtqa/langs/false_friend_lexicon.py") for f in keyed["false-friend-forms"])
    assert any(f.endswith("mtqa/langs/hunspell.py") for f in keyed["false-friend-forms"])


def test_the_lexicon_s_tables_are_keyed_on_the_files_its_placeholders_read(monkeypatch):
    # {{CALENDAR:en}} reads numbers/en.toml and {{UPPER}} mtqa/words.py: the forms and the keys built from the
    # expanded patterns are kept under those files too, not under false_friends.toml alone
    import mtqa.compiled
    from mtqa.langs import false_friend_lexicon as ffl

    keyed = {}
    real = mtqa.compiled.cached
    monkeypatch.setattr(mtqa.compiled, "cached",
                        lambda name, files, build: keyed.setdefault(name, [str(f) for f in files]) and real(name, files, build))
    raws, read = ffl._with_forms([{"source": r"\b{{fr:assister}}\s+à",
                                             "target": r"\bthe\s+(?-i:[{{UPPER}}])\w+\s+(?:{{CALENDAR:en}})\b"}])
    ffl._stored_keys(raws, read)
    for name in ("false-friend-forms", "false-friend-keys"):
        assert any(f.endswith("mtqa/data/numbers/en.toml") for f in keyed[name]), name
        assert any(f.endswith("mtqa/words.py") for f in keyed[name]), name
    assert not any(f.endswith("numbers/fr.toml") for f in keyed["false-friend-keys"])  # only the languages named


@pytest.mark.parametrize("source,target,suggestion", [
    # the English complement is lower case and no person noun, but the source names a group (« des ») or a name
    ("La manifestation des taxis a paralysé la capitale.", "The manifestation of taxis paralysed the capital.", "demonstration"),
    ("Elle défilera à la manifestation des infirmières.", "She will march in the manifestation of the nurses.", "demonstration"),
    ("Il brillera à la manifestation du Grand Prix d'été.", "He will shine at the manifestation of the summer grand prix.", "demonstration"),
    ("Les manifestations des syndicats ont réuni 9 000 personnes.", "The manifestations of the unions drew 9,000 people.", "demonstrations"),
])
def test_a_manifestation_whose_source_complement_is_a_group_or_a_name_is_the_march(source, target, suggestion):
    assert [s for _, s, _ in flags(target, source)] == [suggestion]


@pytest.mark.parametrize("source,target", [
    ("La manifestation du racisme dans les tribunes inquiète la ligue.", "The manifestation of racism in the stands worries the league."),
    ("Les manifestations de colère se sont multipliées.", "Manifestations of anger multiplied."),
])
def test_a_manifestation_of_a_feeling_stays_english_s_own_sense(source, target):
    assert flags(target, source) == []


def test_sense_cues_are_stemmed_under_the_target_language_the_check_passes(monkeypatch):
    # the cues and the words around the trap are stemmed by the pair's target language (ctx.target.code), not
    # by a language code written in the check: another target language's suffix rules must be the ones read
    import mtqa.meaning.tokens as tokens

    langs = set()
    real = tokens.stem

    def spy(word, lang):
        langs.add(lang)
        return real(word, "en")

    monkeypatch.setattr(tokens, "stem", spy)
    entry = ENTRIES["formation"]
    source = "Un pilote a photographié une formation de glace au-dessus du lac."
    assert list(entry.matches("A pilot photographed an ice formation above the lake.", source, None, "xx")) == []
    assert langs == {"xx"}
    langs.clear()
    assert flags("A pilot photographed an ice formation above the lake.", source) == []
    assert "en" in langs and "xx" not in langs  # the target's code; the source words linked are stemmed as French


@pytest.mark.parametrize("source,target", [
    # aircraft or ships in formation: English's own sense of the cognate
    ("Quatre chasseurs ont survolé la tribune en formation serrée.", "Four fighters flew over the stand in tight formation."),
    # a thing that has or takes manifestations shows itself in them: the outward signs
    ("L'antisémitisme a de multiples manifestations en Europe.", "Anti-Semitism has many manifestations in Europe."),
    ("Cette maladie prend plusieurs manifestations chez l'enfant.", "This disease takes several manifestations in children."),
    # the trap renders another word of the source (« fiançailles » -> engagement), by the lexical model
    ("Leurs fiançailles ont été annoncées hier ; le maire a tenu son engagement.",
     "Their engagement was announced yesterday; the mayor kept his word."),
])
def test_english_s_own_sense_or_another_word_rendered_stays_clean(source, target):
    assert flags(target, source) == []


@pytest.mark.parametrize("source,target,suggestion", [
    # « formation politique » is a party: the sense's cue, on the English side or read off the source
    ("Le maire a quitté sa formation politique en mars.", "The mayor left his political formation in March.", "party"),
    ("Cette formation politique a remporté douze sièges.", "This formation won twelve seats.", "party"),
    # a word of the subject's state between « assister » and « à »
    ("Les pompiers ont assisté impuissants à l'effondrement du toit.",
     "The firefighters assisted helplessly at the collapse of the roof.", "attended"),
    # a march that is held, or a commitment alone in the source, is still reported
    ("Les syndicats ont organisé de nombreuses manifestations.", "The unions have organised many manifestations.",
     "demonstrations"),
    ("Leurs fiançailles ont été annoncées ; le maire a tenu son engagement.",
     "Their engagement was announced yesterday; the mayor kept his engagement.", "commitment"),
])
def test_a_party_a_witness_a_march_and_a_commitment_are_reported(source, target, suggestion):
    assert [s for _, s, _ in flags(target, source)][-1:] == [suggestion]


@pytest.mark.parametrize("source,target", [
    # a determiner, a pronoun or a name after the verb is its object: helping, not attending
    ("Il a assisté les victimes à Lyon.", "He assisted the victims in Lyon."),
    ("Elle a assisté Paul à la cuisine.", "She assisted Paul in the kitchen."),
])
def test_assister_with_an_object_before_a_stays_helping(source, target):
    assert flags(target, source) == []


def test_a_rare_aligned_link_of_another_source_word_is_no_rendering():
    # « puis » -> eventually is a rare link of the aligner (then, and, later first): the trap still renders
    # « éventuellement »
    source = "Les prix vont ralentir, puis éventuellement baisser."
    assert [s for _, s, _ in flags("Prices will slow, then eventually fall.", source)] == ["possibly"]


@pytest.mark.parametrize("source,target,suggestion", [
    # « politiques » and "political" elsewhere in the sentence, past a comma: the word itself is training
    ("Le ministre a annoncé la réforme des politiques, de la formation et de la supervision.",
     "The minister announced the reform of the political, formation and supervision.", "training"),
    # a training policy (« politique de formation »): the adjective is not on the word
    ("La politique de formation des enseignants est vivement critiquée.",
     "The teacher formation policy is strongly criticised.", "training"),
    # the adjective on the word itself, on either side: a party
    ("La formation politique de M. Mélenchon a recueilli 11 % des voix.",
     "Mr Mélenchon's political formation won 11% of the vote.", "party"),
])
def test_the_party_sense_needs_the_adjective_on_the_word_and_the_message_names_it(source, target, suggestion):
    [issue] = _issues(target, source)
    assert issue.suggestion == suggestion
    # the message says what the suggested word means, not another sense's
    assert ("party" in issue.message) == (suggestion == "party")
    assert ("training" in issue.message) == (suggestion == "training")


def _issues(text, source):
    ctx = Context(Config(select=("A501",)))
    target = Document("t", None, "en", [Segment(0, text, Role.BODY, 0, 1, 0, multiline=False)])
    src = Document("t", None, "fr", [Segment(0, source, Role.BODY, 0, 1, 0, multiline=False)])
    pair = DocumentPair("t", target, src, links=[Link((0,), (0,))], meta={"prealigned": True})
    return check_pair(pair, ctx).issues


@pytest.mark.parametrize("source,target,suggestion", [
    # the suggestion takes the trap's own ending: no "attendeds" for "assists", no past form for "assisting"
    ("Il assiste régulièrement aux réunions du conseil.", "He regularly assists at council meetings.", "attends"),
    ("Des milliers de personnes ont assisté à la cérémonie.", "Thousands of people assisted at the ceremony.",
     "attended"),
    ("Elle aime assister aux concerts.", "She likes to assist at concerts.", "attend"),
    ("L'infirmière assiste le chirurgien.", "The nurse attends the surgeon.", "assists"),
])
def test_a_verb_trap_s_suggestion_takes_its_ending(source, target, suggestion):
    assert [s for _, s, _ in flags(target, source)] == [suggestion]


def test_assister_a_domicile_is_helping_at_home_with_or_without_a_word_between():
    # « à domicile » is where the help is given, no event attended: the word allowed between « assister » and
    # « à » (« a assisté impuissant à ») must not turn an adverb of the help into attending
    assert flags("The association assists disabled people at home on a voluntary basis.",
                 "L'association assiste bénévolement à domicile les personnes handicapées.") == []
    assert flags("The nurses assist the elderly at home.", "Les infirmières assistent à domicile les personnes âgées.") == []
    # attending is still read after the same adverb
    assert [s for _, s, _ in flags("He regularly assists at council meetings.",
                                   "Il assiste régulièrement aux réunions du conseil.")] == ["attends"]


@pytest.mark.parametrize("text,source,expected", [
    # the suggestion takes the trap's inflection from the English dictionaries (an entry writes it once,
    # often as a participle): never "postponeds" or "completeds"
    ("Each winter the club reports its home games.", "Chaque hiver, le club reportait ses matchs à domicile.",
     [("reports", "postpones", "major")]),
    ("The mayor is reporting the council meeting.", "Le maire reportait la séance du conseil.",
     [("reporting", "postponing", "major")]),
    ("The builders will achieve the bridge in May.", "Les ouvriers achèveront le pont en mai.",
     [("achieve", "complete", "major")]),
    ("The firm achieves its new depot this week.", "L'entreprise achève son nouveau dépôt cette semaine.",
     [("achieves", "completes", "major")]),
    ("A falling branch blesses two walkers.", "Une branche en tombant a blessé deux promeneurs.",
     [("blesses", "injures", "major")]),
    ("The fall was blessing her knee.", "La chute lui blessait le genou.",
     [("blessing", "injuring", "major")]),
    ("The ferry was blessed by the storm, two sailors too.", "Le ferry a été endommagé par la tempête, deux marins blessés.",
     [("blessed", "injured", "major")]),
    ("The driver pretended to have seen nothing.", "Le chauffeur a prétendu n'avoir rien vu.",
     [("pretended", "claimed", "major")]),
])
def test_suggestion_takes_the_traps_inflection(text, source, expected):
    assert flags(text, source) == expected


def test_a_translation_holding_no_key_is_settled_before_the_lexicon_is_read(monkeypatch):
    """Without a source, a text none of whose words holds a key's piece draws no candidate entry: A501 returns
    before reading the lexicon's candidates, and a text that holds one still reads them and is reported."""
    from mtqa.checks import false_friends

    read = []
    real = false_friends.target_candidates
    monkeypatch.setattr(false_friends, "target_candidates", lambda *a: read.append(a) or real(*a))
    assert flags("The mayor opened the new bridge over the river at dawn.") == []
    assert read == []
    assert flags("The probe will land in the space to study the rocks.")
    assert read


def test_a_source_without_a_french_trigger_settles_the_pair_before_the_translation_is_read(monkeypatch):
    """With a source, the entries are screened on it first: a translation full of the English keys of common
    entries (weekdays, "years", "million", "here") whose source holds no French trigger reads no entry, and
    a source that holds one still reads its entries and is reported."""
    from mtqa.checks import false_friends

    read = []
    real = false_friends.FalseFriend._found
    monkeypatch.setattr(false_friends.FalseFriend, "_found", lambda self, *a: read.append(a) or real(self, *a))
    assert flags("Here on Monday the state plan passed after two years of debates.",
                 "Lundi, le projet de l'État a été adopté après deux ans de débats.") == []
    assert read == []
    assert flags("Two cosmonauts actually stationed on the station will appear.",
                 "Deux cosmonautes actuellement en poste sur la station apparaîtront.")
    assert read


def test_the_source_screen_keeps_exactly_the_entries_whose_source_pattern_matches():
    """The source screen (its keys read by words, then the patterns) is the patterns' own answer: on every
    documented source, and on every source upper- and lower-cased, it keeps an entry exactly where its
    ``source`` matches and no ``unless_source`` does."""
    from mtqa.langs.false_friend_lexicon import source_first, lexicon

    entries = lexicon()
    for raw in RAW.values():
        for src in (raw["example_source"], raw["example_source"].upper(), raw["example_source"].lower()):
            first = source_first(src)
            assert first is not None
            expected = tuple(n for n, e in enumerate(entries) if e.source.search(src)
                             and not (e.unless_source and e.unless_source.search(src)))
            assert first == expected, (raw["id"], src)


@pytest.mark.parametrize("text, source, expected", [
    # a reporting verb inverted after a plain clause, with a weekday and an appositive name
    ("Fighting resumed near the border overnight, indicated on Friday the regional governor, Olena Marchuk.",
     "Les combats ont repris près de la frontière dans la nuit, a indiqué vendredi le gouverneur régional, Olena Martchouk.",
     [("indicated on Friday the regional governor", "the regional governor indicated on Friday", "major")]),
    # an adverbial between the verb and its object, the object a name followed by "of"
    ("Lithuania accused Monday Belarus of pushing migrants over the border.",
     "La Lituanie a accusé lundi le Bélarus de pousser des migrants vers la frontière.",
     [("accused Monday Belarus", "accused Belarus … Monday", "minor")]),
    ("The rebels have been holding since 2019 a strip of the coast.",
     "Les rebelles tiennent depuis 2019 une bande du littoral.",
     [("holding since 2019 a strip", "holding a strip … since 2019", "minor")]),
    ("The town hall voted 2 billion of euros for the tramway.",
     "La mairie a voté 2 milliards d'euros pour le tramway.",
     [("2 billion of", "2 billion", "major")]),
    ("The Belgian foreign minister met his counterpart of Senegal in Dakar.",
     "Le ministre belge des Affaires étrangères a rencontré son homologue du Sénégal à Dakar.",
     [("his counterpart of Senegal", "his Senegal counterpart", "major")]),
])
def test_structural_calques_fire(text, source, expected):
    assert flags(text, source) == expected


@pytest.mark.parametrize("text, source", [
    # inversion after a quotation is English news usage ("…," added Mr Sorel)
    ('"We will not give up," announced the union leader.', "« Nous ne lâcherons rien », a annoncé le syndicaliste."),
    # the subject before the verb, the French inverted: the English is right
    ("The talks will resume next week, the Iraqi ministry announced.",
     "Les discussions reprendront la semaine prochaine, a annoncé le ministère irakien."),
    # a reporting verb takes a clause after the weekday: no object moved
    ("The company said on Tuesday the plant would close.", "L'entreprise a indiqué mardi que l'usine fermerait."),
    # "of" before a determiner, and after a currency sign, is English
    ("Only 2 million of the 5 million voters turned out.", "Seuls 2 millions des 5 millions d'électeurs se sont déplacés."),
    ("The bank holds $450 billion of assets.", "La banque détient 450 milliards de dollars d'actifs."),
    # a sentence of ten years is no person's age
    ("He was given a sentence of 10 years in prison.", "Il a été condamné à une peine de 10 ans de prison."),
    ("A 42-year-old teacher was injured.", "Une enseignante de 42 ans a été blessée."),
])
def test_structural_calques_stay_quiet_on_english_order(text, source):
    assert flags(text, source) == []


@pytest.mark.parametrize("text, source, expected", [
    # a place phrase between the verb and its object, the verb a phrasal one
    ("Rescuers pulled out near Lens the body of a miner.",
     "Les secouristes ont sorti près de Lens le corps d'un mineur.",
     [("pulled out near Lens the body", "pulled out the body … near Lens", "minor")]),
    ("The council approved between 2019 and 2021 the budgets of the port.",
     "Le conseil a approuvé entre 2019 et 2021 les budgets du port.",
     [("approved between 2019 and 2021 the budgets", "approved the budgets … between 2019 and 2021", "minor")]),
    # an object whose noun a participle follows inside the phrase is still an object
    ("The museum reopened in May the renovated hall of the castle.",
     "Le musée a rouvert en mai la salle rénovée du château.",
     [("reopened in May the renovated", "reopened the renovated … in May", "minor")]),
    # a reporting verb inverted after a quotation, the subject a title and a name
    ("\"The dyke will hold,\" hammered the prefect Anne Morel at a briefing.",
     "« La digue tiendra », a martelé la préfète Anne Morel lors d'un point presse.",
     [("hammered the prefect Anne Morel", "the prefect Anne Morel said", "major")]),
    ("The landslide had made nearly 200 dead in 1999.",
     "Le glissement de terrain avait fait près de 200 morts en 1999.",
     [("made nearly 200 dead", "killed nearly 200 people", "major")]),
    ("The club paid 40 millions of euros for the striker.",
     "Le club a payé 40 millions d'euros pour l'attaquant.",
     [("40 millions of", "40 million", "major")]),
    ("The former mayor got three years of jail.",
     "L'ancien maire a écopé de trois ans de prison.",
     [("three years of jail", "three years in prison", "major")]),
    ("The union called the drivers to a new strike on Monday.",
     "Le syndicat a appelé les chauffeurs à une nouvelle grève lundi.",
     [("called the drivers to", "called on the drivers to", "major")]),
    ("The village has had no doctor since two years.",
     "Le village n'a plus de médecin depuis deux ans.",
     [("since two years", "for two years", "major")]),
    ("The driver, Marc Petit, 34 years, was unhurt.",
     "Le conducteur, Marc Petit, 34 ans, est indemne.",
     [("34 years", "34", "major")]),
])
def test_structural_calques_of_stop_63_fire(text, source, expected):
    assert flags(text, source) == expected


@pytest.mark.parametrize("text, source", [
    # the object right after the verb, the place phrase after it: English order
    ("Rescuers pulled the body of a miner out near Lens.",
     "Les secouristes ont sorti près de Lens le corps d'un mineur."),
    # the phrase after the adverbial is the subject of a clause the verb takes without "that" (a finite verb
    # follows it): no object was moved (newstest2014's reference wrote the first)
    ("The judge had ruled in August the city violated the Constitution.",
     "Le juge avait estimé en août que la ville avait violé la Constitution."),
    ("The court decided on appeal the mayor was not liable.",
     "La cour a jugé en appel que le maire n'était pas responsable."),
    ("Inspectors concluded in March the company had hidden the leak.",
     "Les inspecteurs ont conclu en mars que l'entreprise avait caché la fuite."),
    ("The panel found in its report the agency ignored the warnings.",
     "La commission a constaté dans son rapport que l'agence avait ignoré les alertes."),
    # a passive verb with a time phrase after its place: no object moved
    ("The suspect was arrested in Lyon the same day.",
     "Le suspect a été arrêté à Lyon le jour même."),
    # a time phrase after the place ("in Paris the next day"), no object
    ("The minister arrived in Paris the next morning.",
     "Le ministre est arrivé à Paris le lendemain matin."),
    # "said" and "added" after a quotation are English's own inversion
    ("\"The dyke will hold,\" said the prefect Anne Morel.",
     "« La digue tiendra », a assuré la préfète Anne Morel."),
    # "caused 12 deaths" and "left 12 dead" are English
    ("The floods caused at least 12 deaths in the south.",
     "Les inondations ont fait au moins 12 morts dans le sud."),
    # "tens of millions of" is English: no figure before millions
    ("The club paid tens of millions of euros for the striker.",
     "Le club a payé des dizaines de millions d'euros pour l'attaquant."),
    # "called the meeting to order" and "called him to the stand" are English
    ("The chairman called the meeting to order.",
     "Le président a appelé la réunion à l'ordre."),
    # "since 2019": a point in time
    ("The village has had no doctor since 2019.",
     "Le village n'a plus de médecin depuis deux ans, soit depuis 2019."),
    ("The driver, Marc Petit, 34, was unhurt.",
     "Le conducteur, Marc Petit, 34 ans, est indemne."),
])
def test_structural_calques_of_stop_63_quiet_in_english_order(text, source):
    assert flags(text, source) == []


def test_a_noun_in_eed_is_no_verb_before_a_place_phrase():
    """"speed between Lyon and the coast" is a noun and its phrase: words in -eed are no past tense."""
    assert flags("The train ran at high speed between Lyon and the coast.",
                 "Le train a circulé à grande vitesse entre Lyon et la côte.") == []


@pytest.mark.parametrize("text, source, expected", [
    ("The minister promised a financial aid to the farmers.",
     "Le ministre a promis une aide financière aux agriculteurs.",
     [("a financial aid", "financial aid", "major")]),
    ("The referee denounced a \"violent behaviour\" of the fans.",
     "L'arbitre a dénoncé un « comportement violent » des supporters.",
     [("a \"violent behaviour", "\"violent behaviour", "major")]),
])
def test_an_uncountable_noun_counted_as_in_french(text, source, expected):
    assert flags(text, source) == expected


@pytest.mark.parametrize("text, source", [
    # a noun after it makes the phrase countable: an aid convoy, a research project
    ("The army escorted an aid convoy to the border.", "L'armée a escorté un convoi d'aide jusqu'à la frontière."),
    ("She leads a research project on glaciers.", "Elle dirige un projet de recherche sur les glaciers."),
    ("The minister promised financial aid to the farmers.", "Le ministre a promis une aide financière aux agriculteurs."),
])
def test_an_uncountable_noun_quiet_where_english_counts_it(text, source):
    assert flags(text, source) == []


# stop 64 review of kind-before-name and rate-for-one-unit: correct English they flagged, quiet now
@pytest.mark.parametrize("source, text", [
    ("Le club a été cédé pour un euro symbolique.", "The club was sold for one euro."),
    ("Il appelle à une vraie réforme, vendue pour un euro.", "He calls for a real reform."),
    ("La banque Barclays, où j'ai travaillé, a fermé.", "The bank I worked for, Barclays, has closed."),
    ("Le stade Vélodrome est plein quand Marseille gagne.", "Fans Pack The Stadium As Marseille Wins"),
    # a day name after the kind is the sentence's date (numbers/en.toml's weekdays, through {{CALENDAR:en}})
    ("La banque Barclays a annoncé mardi des suppressions de postes.", "The bank Tuesday announced job cuts."),
])
def test_review_sentences_of_the_structural_entries_stay_quiet(source, text):
    assert flags(text, source) == [], text


def test_a_rate_and_a_name_with_an_accented_capital_are_still_read():
    assert [f[:2] for f in flags("The lira traded at 38.92 lira for one dollar.",
                                 "La livre s'échangeait à 38,92 livres pour un dollar.")] == [
        ("for one dollar", "to the dollar")]
    assert [f[:2] for f in flags("The leaders met at the palace Élysée on Monday.",
                                 "Les dirigeants se sont réunis au palais Élysée lundi.")] == [
        ("the palace Élysée", "the Élysée palace")]


# --- the false friends added at stop 65: each one's trap in a sentence of its own, and the English uses of the
# cognate that its exclusions keep quiet (measured on the WMT references, where translators write them)
@pytest.mark.parametrize("source,text,trap,suggestion", [
    ("Les Français partent en vacances en août.", "The French go on vacancies in August.", "vacancies", "holidays"),
    ("La chaîne sera diffusée en numérique dès lundi.", "The channel will be broadcast in numeric from Monday.",
     "numeric", "digital"),
    ("Monti a échoué dans son essai pour former un gouvernement.",
     "Monti failed in his essay to form a government.", "essay", "test"),
    ("Les commandes d'avions ont reculé de 15 %.", "Aircraft commands fell by 15%.", "commands", "orders"),
    ("L'audience a été reportée à mardi par le juge.", "The audience was postponed to Tuesday by the judge.",
     "audience", "hearing"),
    ("Les navettes spatiales ne volent plus.", "The spatial shuttles no longer fly.", "spatial", "space"),
    ("Les syndicats réclament la démission du ministre.", "The unions claim the resignation of the minister.",
     "claim", "demand"),
    ("Le comité réclame que les hôpitaux travaillent ensemble.",
     "The committee claims that hospitals work together.", "claims", "demands"),
    ("L'indice de la Bourse de Tokyo a perdu 2 %.", "The Tokyo purse index lost 2%.", "purse", "stock market"),
    ("Les valeurs pétrolières ont progressé.", "Oil values rose.", "values", "stocks"),
    ("Le parquet de Paris a fait appel.", "The Paris floor has appealed.", "floor", "prosecutor's office"),
    ("L'expert dépêché par le parquet exclut un attentat.", "The expert sent by the parquet floor rules out an attack.",
     "parquet floor", "prosecutor's office"),
    ("La chute a été mortelle.", "The fall was mortal.", "mortal", "fatal"),
    ("Il partira à la retraite en juin.", "He will leave for retreat in June.", "retreat", "retirement"),
])
def test_a_stop_65_false_friend_is_flagged(source, text, trap, suggestion):
    found = flags(text, source)
    assert [(t, s) for t, s, _ in found] == [(trap, suggestion)]


@pytest.mark.parametrize("source,text", [
    ("L'opposition dénonce la supériorité numérique des islamistes.",
     "The opposition denounces the numerical superiority of the Islamists."),
    ("Son dernier livre rassemble des essais sur la politique.", "His latest book collects essays on politics."),
    ("Le pilote a repris les commandes de l'appareil.", "The pilot took back the controls and the command."),
    ("Le futur se commandera par le geste et la voix.", "In future we will command by gesture and voice."),
    ("La chaîne a battu son record d'audience.", "The channel broke its audience record."),
    ("Nous avons bouleversé la configuration spatiale classique.",
     "We turned the classic spatial configuration upside down."),
    ("Les victimes réclament des indemnités.", "The victims claim compensation."),
    ("La Norvège a su garder les cordons de sa bourse bien serrés.", "Norway kept its purse strings tight."),
    ("Il a reçu une bourse d'études.", "He received a purse to study."),
    ("Les valeurs de la République sont menacées.", "The values of the Republic are threatened."),
    ("Ils ont posé un parquet en chêne.", "They laid an oak floor."),
    ("Ce n'est pas à la portée du simple mortel.", "It is beyond the reach of the mere mortal."),
    ("Les troupes ont dû battre en retraite.", "The troops had to beat a retreat."),
    ("Un poste vacant au conseil sera pourvu.", "A vacancy on the council will be filled."),
])
def test_a_stop_65_false_friend_is_quiet_where_english_uses_the_cognate(source, text):
    assert flags(text, source) == []


def test_the_lower_placeholder_reads_every_lower_case_latin_letter():
    # {{LOWER}} is mtqa.words.LOWER: « assister » + a lower-case word opening with œ or ł + « à » is read whole
    from mtqa.langs import false_friend_lexicon as ffl
    from mtqa.words import LOWER

    raws, _ = ffl._with_forms([{"source": r"\b(?-i:[{{LOWER}}]+)\b"}])
    assert raws[0]["source"] == rf"\b(?-i:[{LOWER}]+)\b"
    assert re.fullmatch(raws[0]["source"], "œuvre") and re.fullmatch(raws[0]["source"], "łódź")


# stop 65 (cq65): calques of French fixed expressions, each read with its French licence in the source
@pytest.mark.parametrize("text, source, expected", [
    ("Among the guests, one counts three former ministers.",
     "Parmi les invités, on compte trois anciens ministres.", ("one counts", "we count")),
    ("The meeting will unroll on Friday in Lyon.",
     "La réunion se déroulera vendredi à Lyon.", ("unroll", "take place")),
    ("The concert begins at 20 hours on the main square.",
     "Le concert commence à 20 heures sur la place principale.", ("20 hours", "20:00")),
    ("A dozen of states have passed the law.",
     "Une douzaine d'États ont adopté la loi.", ("A dozen of", "A dozen")),
    ("The village lies near of 3,000 metres up.",
     "Le village se trouve à près de 3 000 mètres d'altitude.", ("near of", "nearly")),
    ("The village lies near of the border.",
     "Le village se trouve près de la frontière.", ("near of", "near")),
    ("The strike took end on Thursday.", "La grève a pris fin jeudi.", ("took end", "ended")),
    ("The author of the shooting fled.", "L'auteur des coups de feu a pris la fuite.", ("author", "perpetrator")),
    ("They lost their jobs on October 7 last.",
     "Ils ont perdu leur emploi le 7 octobre dernier.", ("October 7 last", "October 7")),
])
def test_fixed_expression_calques_of_stop_65_fire(text, source, expected):
    assert [f[:2] for f in flags(text, source)] == [expected]


@pytest.mark.parametrize("text, source", [
    # English uses of the same words: an agent that acts, a likeness, a length of time, a maxim's one
    ("The central bank acted swiftly; it acts as a lender of last resort.",
     "Il s'agit d'une banque centrale qui agit vite."),
    ("The town was rebuilt in the image of the old capital.",
     "La ville a été reconstruite à l'image de l'ancienne capitale."),
    ("The suspect was released after 24 hours.", "Le suspect a été relâché vers 10 heures après 24 heures."),
    ("It was then that his career began.", "C'est alors que sa carrière a commencé, alors qu'il avait 20 ans."),
    ("These latter were escorted by police.", "Ces derniers ont été escortés par la police."),
    ("The company sells itself as the third provider in the world.",
     "Le groupe se présente comme le troisième fournisseur au monde, et se vend bien."),
    ("A dozen of them were arrested.", "Une douzaine d'entre eux ont été arrêtés."),
    ("When one sees who wins, one laughs.", "Quand on voit qui gagne, on rit."),
    ("He was the author of a report on the crime.", "Il était l'auteur d'un rapport sur le crime."),
    ("It remains a mystery.", "Il reste un mystère."),
])
def test_fixed_expression_calques_of_stop_65_quiet_on_english(text, source):
    assert flags(text, source) == [], text


# --- mends of stop 65 (review rv65a): the stop's A501 entries on correct English. Each sentence is English's own
# use of the trap's words beside the French trigger (a large audience, an essay entitled, Africa Command, the ground
# floor, a purse of $10 million, "the one of the founders who", "had he tried", "from 24 hours to 48 hours", ...)
@pytest.mark.parametrize("text, source", [
    ('During the parliamentary holidays, the vacancy at the head of the agency was not filled.',
     "Pendant les vacances parlementaires, la vacance à la tête de l'agence n'a pas été comblée."),
    ('Enter your four-digit numeric code on the keypad before the holidays.',
     'Saisissez votre code numérique à quatre chiffres sur le clavier.'),
    ('The digital economy relies on numerical models to forecast demand.',
     "L'économie numérique s'appuie sur des modèles mathématiques pour prévoir la demande."),
    ('In an essay entitled The End of History, Fukuyama argued that liberal democracy had won.',
     "Dans un essai intitulé La Fin de l'histoire, Fukuyama soutenait que la démocratie libérale avait gagné."),
    ('Africa Command said the order for drones had been delayed.',
     'Africom a indiqué que la commande de drones avait été retardée.'),
    ('The order is executed from the command line.',
     'La commande est exécutée depuis la ligne de commande.'),
    ('The Iranian president granted an audience to the envoy on Tuesday.',
     "Le président iranien a accordé une audience à l'émissaire mardi."),
    ('The concert drew a large audience on the Champs de Mars.',
     'Le concert a réuni une large audience sur le Champ-de-Mars.'),
    ('The speech was aimed at a younger audience.',
     'Le discours visait une audience plus jeune.'),
    ("The European Commission's spatial policy aims to reduce disparities between regions.",
     'La politique spatiale de la Commission européenne vise à réduire les disparités entre les régions.'),
    ('The unions, which are demanding pay rises, claim that the government should have acted sooner.',
     'Les syndicats, qui réclament des hausses de salaire, affirment que le gouvernement aurait dû agir plus tôt.'),
    ('Protesters demanded his resignation, but the minister claims that he did nothing wrong and will not leave.',
     "Les manifestants réclamaient sa démission, mais le ministre affirme qu'il n'a rien fait de mal et ne partira pas."),
    ('The rebels claimed the release of the hostages as a victory.',
     "Les rebelles, qui réclamaient la libération des otages, l'ont présentée comme une victoire."),
    ('The opposition claims the inquiry was rigged.',
     "L'opposition, qui réclame une nouvelle commission, estime que l'enquête a été truquée."),
    ('The government was forced to retreat on pension reform.',
     'Le gouvernement a dû reculer sur la réforme des retraites.'),
    ('Pension funds suffered from the retreat of equity markets.',
     "Les caisses de retraite ont souffert du repli des marchés d'actions."),
    ('The fight carries a purse of 10 million dollars.',
     "Le combat est doté d'une bourse de 10 millions de dollars."),
    ('The reform will weigh on the public purse, the Bourse fears.',
     'La réforme pèsera sur les finances publiques, craint la Bourse.'),
    ("The prosecutor's office has asked for a floor on sentences.",
     'Le parquet a réclamé des peines planchers.'),
    ('The virus poses a mortal risk to the elderly, the fatal cases show.',
     'Le virus présente un risque mortel pour les personnes âgées.'),
    ('The fatal crash left the driver mortally injured.',
     "L'accident mortel a laissé le conducteur grièvement blessé."),
    ("The prosecutor's office said the fire started on the ground floor.",
     "Selon le parquet, l'incendie s'est déclaré au rez-de-chaussée."),
    ("The prosecutor's office said the bill would reach the Senate floor next week.",
     'Le parquet a indiqué que le texte serait examiné au Sénat la semaine prochaine.'),
    ('The minister was the object of fierce criticism from the opposition.',
     "Le ministre a fait l'objet de vives critiques de la part de l'opposition."),
    ('The missing aircraft is the object of an intensive search.',
     "L'avion disparu fait l'objet de recherches intensives."),
    ("Victims' families file complaint against airline",
     'Les familles des victimes portent plainte contre la compagnie'),
    ('It is a drug that acts directly on the brain.',
     "Il s'agit d'un médicament qui agit directement sur le cerveau."),
    ('This is a hormone that acts quickly; it acts mainly on the liver.',
     "Il s'agit d'une hormone qui agit vite ; elle agit surtout sur le foie."),
    ('It is not the kind of thing that one says lightly, the minister knows.',
     "Ce n'est pas le genre de chose qu'on dit à la légère, le ministre le sait."),
    ('Two letters arrived: one says the deal is off, the other that it stands.',
     "On sait que deux lettres sont arrivées : l'une dit que l'accord est annulé, l'autre qu'il tient."),
    ('Officials must hold themselves ready for the summit, which will be held in Paris.',
     'Les responsables doivent se tenir prêts pour le sommet, qui se tiendra à Paris.'),
    ('The leaders hold themselves responsible for the defeat.',
     'Les dirigeants se tiennent pour responsables de la défaite.'),
    ('What is happening is serious: fraudsters are passing themselves off as police officers.',
     'Ce qui se passe est grave : des escrocs se font passer pour des policiers.'),
    ('The party is losing ground, but it remains three points ahead of its rival.',
     'Le parti perd du terrain, mais il reste trois points devant son rival.'),
    ('The walk from here to the end of the pier takes ten minutes.',
     "La promenade d'ici au bout de la jetée prend dix minutes."),
    ('The convoy will leave from here tomorrow morning.',
     "Le convoi partira d'ici demain matin."),
    ('He did part of his military service in Germany, where he was part of a tank unit.',
     "Il a fait une partie de son service militaire en Allemagne, où il faisait partie d'une unité de chars."),
    ('In Paris, narrow lanes gave place to broad boulevards.',
     'À Paris, les ruelles étroites ont laissé place à de grands boulevards, ce qui a donné lieu à des expropriations.'),
    ('The country is opening up again to new and innovative ideas.',
     "Le pays s'ouvre à nouveau aux idées nouvelles et innovantes."),
    ('Investors are again turning to new, riskier assets.',
     'Les investisseurs se tournent de nouveau vers des actifs nouveaux et plus risqués.'),
    ('It was only then that the government reacted.',
     "Ce n'est qu'alors que le gouvernement a réagi, alors que la crise durait depuis des mois."),
    ('As for the reform, citizens want a say in what concerns them.',
     'En ce qui concerne la réforme, les citoyens veulent avoir leur mot à dire dans ce qui les concerne.'),
    ('Police custody, which began at 2 pm, was extended from 24 hours to 48 hours.',
     'La garde à vue, commencée à 14 heures, a été prolongée de 24 heures à 48 heures.'),
    ('The curfew runs from 22:00; shops will be closed until 24 hours have passed.',
     'Le couvre-feu commence à 22 heures ; les magasins resteront fermés pendant 24 heures.'),
    ('Workers take end-of-year leave as the strike comes to an end.',
     "Les ouvriers prennent leurs congés de fin d'année alors que la grève prend fin."),
    ('The defeat deals a blow to morale; the captain carried an ankle injury into the match.',
     "La défaite porte un coup au moral ; le capitaine souffrait d'une blessure à la cheville."),
    ('He has trouble walking because he has pain in his knee.',
     'Il a du mal à marcher car il a mal au genou.'),
    ('The head of state dismissed the head of the state health service.',
     "Le chef de l'État a limogé le directeur du service public de santé de l'État."),
    ('The head of state met the head of the state Democratic Party.',
     "Le chef de l'État a rencontré le chef du Parti démocrate de l'État."),
    ('Employees on strike took part in strike action across the country.',
     'Les employés en grève ont participé au mouvement dans tout le pays.'),
    ('The author of the crime novel, Fred Vargas, was awarded the prize.',
     "L'auteur du roman policier, Fred Vargas, a reçu le prix."),
    ("A dozen of Europe's top clubs have backed the plan.",
     'Une douzaine des plus grands clubs européens ont soutenu le projet.'),
    ("Half a dozen of Britain's leading scientists signed the letter.",
     'Une demi-douzaine des plus éminents scientifiques britanniques ont signé la lettre.'),
    ('The accident cost the life of a young mother.',
     "L'accident a coûté la vie à une jeune mère."),
    ('He would have won, had he tried, he admitted.',
     "Il aurait gagné s'il avait essayé, a-t-il reconnu."),
    ('Nobody knows how long these last, and the latter said so.',
     'Personne ne sait combien de temps ces derniers dureront.'),
    ('He was the one of the founders who stayed.',
     "Il est l'un des fondateurs, le seul à être resté."),
    ('Of the three, she is the one of the leaders who voted against.',
     "Des trois, elle est l'une des dirigeantes, celle qui a voté contre."),
    ('The wreck lies on the bottom of the sea, amid a crisis.',
     "Sur fond de crise, l'épave repose au fond de la mer."),
    ('At the approach of winter, the homeless shelters fill up.',
     "À l'approche de l'hiver, les centres d'hébergement se remplissent."),
    ("Mr Smith's commands were ignored, and the order for 10 planes stands.",
     'Les ordres de M. Smith ont été ignorés, et la commande de 10 avions tient toujours.'),
    ('The nuclear test was condemned in an essay by the former minister.',
     "L'essai nucléaire a été condamné dans une tribune par l'ancien ministre."),
    ('We are all mortal, said the doctor after the fatal accident.',
     "Nous sommes tous mortels, a déclaré le médecin après l'accident mortel."),
    ('The holidays ended and job vacancies rose.',
     "Les vacances se sont terminées et les offres d'emploi ont augmenté."),
    ('Stock markets fell, and shoppers kept a tight grip on their purses.',
     'Les Bourses ont reculé, et les consommateurs ont serré les cordons de leur porte-monnaie.'),
    ('Retirement age rises as the army makes a strategic retreat.',
     "L'âge de la retraite augmente alors que l'armée effectue un repli stratégique."),
    ("The prosecutor's office opened an inquiry; the trading floor was evacuated.",
     'Le parquet a ouvert une enquête ; la salle des marchés a été évacuée.'),
    ('The waves rose to the height of 10 metres.',
     'Les vagues se sont élevées à hauteur de 10 mètres.'),
    ("Climate change is the biggest threat to the world, according to the world's largest insurer.",
     'Le changement climatique est la plus grande menace pour la planète, selon le plus grand assureur au monde.'),
    ('China was the first to open up to the world, and remains the largest exporter in the world.',
     "La Chine a été la première à s'ouvrir, et reste le plus grand exportateur au monde."),
    ('Dockers on strike blocked ships in strike-hit Marseille.',
     'Les dockers en grève ont bloqué des navires à Marseille.'),
    ('The officer, mortally injured in the deadly attack, died in hospital.',
     "Le policier, mortellement blessé lors de cette attaque mortelle, est mort à l'hôpital."),
    ('Among the guests, we find several ministers; one finds that surprising.',
     'Parmi les invités, on trouve plusieurs ministres.'),
    ('The rugby team scored a try; the coach later wrote an essay about the match.',
     "L'équipe a marqué un essai ; l'entraîneur a ensuite écrit un texte sur le match."),
    ('The report, which highlights the lack of investment, says the city put in light rail only in 2010.',
     "Le rapport, qui met en lumière le manque d'investissement, indique que la ville n'a mis en service son tramway qu'en 2010."),
])
def test_stop_65_entries_stay_quiet_on_correct_english(text, source):
    assert flags(text, source) == [], text


@pytest.mark.parametrize("text, source, kept", [
    # one of two traps is English's own: the hexagon-shaped stadium (a whole compound), the origin of a coordinate
    # system, "in fall of 2008" (a year, not a figure); the other is still read
    ("The hexagon-shaped stadium and the Hexagon's economy.",
     "Le stade en forme d'hexagone et l'économie de l'Hexagone.", "the Hexagon"),
    ("The galaxy is at the origin of the signal, which is at the origin of the coordinate system.",
     "La galaxie est à l'origine du signal, qui se trouve à l'origine du repère.", "at the origin of"),
    ("In fall of 2008 the index was in decline by 3% a month.",
     "À l'automne 2008, l'indice était en baisse de 3 % par mois.", "in decline by"),
])
def test_stop_65_entries_keep_the_real_trap_beside_english_use(text, source, kept):
    assert [f[0] for f in flags(text, source)] == [kept]


@pytest.mark.parametrize("text, source, expected", [
    # the suggestion fits the trap: the "be" of "will be held itself" is in the trap, a past takes "was held",
    # a number of two digits or more is "nearly", the weapon is named in the singular before the blow
    ("The show in Glasgow will be held itself on November 21st.",
     "Le spectacle à Glasgow se tiendra le 21 novembre.", ("be held itself", "be held")),
    ("The summit held itself in Glasgow in November.",
     "Le sommet s'est tenu à Glasgow en novembre.", ("held itself", "was held")),
    ("The legislative elections held themselves on Sunday.",
     "Les élections législatives se sont tenues dimanche.", ("held themselves", "were held")),
    ("Near of 40% of voters abstained.", "Près de 40 % des électeurs se sont abstenus.", ("Near of", "Nearly")),
    ("They were entrenched at near of 2000 meters of altitude.",
     "Ils étaient retranchés à près de 2000 mètres d'altitude.", ("near of", "nearly")),
    ("Police fired shots of gun into the air.", "La police a tiré des coups de feu en l'air.",
     ("shots of gun", "gunshots")),
    ("He received blows of fists in the face.", "Il a reçu des coups de poing au visage.",
     ("blows of fists", "fist blows")),
    ("He received a blow of knife in the back.", "Il a reçu un coup de couteau dans le dos.",
     ("blow of knife", "knife blow")),
    ("He was hit with kicks of boots.", "Il a été frappé à coups de botte.", ("kicks of boots", "kicks")),
    ("The Purse of Paris closed down 2%.", "La Bourse de Paris a clôturé en baisse de 2 %.",
     ("Purse of Paris", "Paris stock exchange")),
    # the real catches the mends keep
    ("The expert sent by the floor rules out an attack.", "L'expert dépêché par le parquet exclut un attentat.",
     ("floor", "prosecutor's office")),
    ("Mortal accidents increased last year.", "Les accidents mortels ont augmenté l'an dernier.",
     ("Mortal", "Fatal")),
    ("He will not die and will not retreat.", "Il ne mourra pas et ne prendra pas sa retraite.",
     ("retreat", "retirement")),
    ("Bombardier, the biggest rail builder to the world, said so.",
     "Bombardier, le plus grand constructeur ferroviaire au monde, l'a dit.", ("to the world", "in the world")),
    ("Among the dead, one estimates that 2,202 were deserters.",
     "Parmi les morts, on estime que 2 202 étaient des déserteurs.", ("one estimates", "we estimate")),
    ("It marks the launch of the one of the biggest projects of Europe.",
     "Cela marque le lancement de l'un des plus grands projets d'Europe.", ("the one of", "one of")),
    ("The current head of the state, who regained weight, is well.",
     "L'actuel chef de l'État, qui a repris du poids, va bien.", ("head of the state", "head of state")),
    ("The committee claims that governments, healthcare institutions and doctors work together.",
     "Le comité réclame que les gouvernements, les institutions de soins et les médecins travaillent ensemble.",
     ("claims", "demands")),
])
def test_stop_65_entries_suggest_what_fits_the_trap(text, source, expected):
    assert [f[:2] for f in flags(text, source)] == [expected]


@pytest.mark.parametrize("text, source, trap", [
    # « met en œuvre », « met en relief » (the present), and the reflexive with its auxiliary (« s'est produit »)
    ("The state puts in work a new plan.", "L'État met en œuvre un nouveau plan.", "puts in work"),
    ("The study puts in relief the slowdown.", "L'étude met en relief le ralentissement.", "puts in relief"),
    ("The incidents that produced themselves worried the party.",
     "Les incidents qui se sont produits ont inquiété le parti.", "produced themselves"),
    ("He said it acted of an excess of zeal.", "Il a dit qu'il s'agissait d'un excès de zèle.", "it acted"),
])
def test_stop_65_triggers_read_the_present_and_the_auxiliary(text, source, trap):
    assert [f[0] for f in flags(text, source)] == [trap]


@pytest.mark.parametrize("text, source", [
    # « réclamations qui » is a noun, no « réclamer que »; the hold of English's reflexive stays quiet in the past
    ("They could stake out claims that will be arbitrated next week.",
     "Ils pourront faire des réclamations qui seront étudiées la semaine suivante."),
    ("The leaders held themselves responsible for the defeat.",
     "Les dirigeants se sont tenus pour responsables de la défaite."),
])
def test_stop_65_triggers_tied_to_the_sense_stay_quiet(text, source):
    assert flags(text, source) == [], text


@pytest.mark.parametrize("text, source, expected", [
    # one trap word in -s is as often a plural noun as a verb: no verb rule inflects the suggestion, and a plural
    # noun trap makes the noun phrase's head plural (md74b: "stock market" pasted here read "purses fell" wrong)
    ("The European purses fell sharply on Monday.", "Les Bourses européennes ont chuté lundi.",
     ("purses", "stock markets")),
    # the suggestion's auxiliary written before the trap already: only the rest is suggested
    ("The summit was held itself in Glasgow.", "Le sommet s'est tenu à Glasgow.", ("held itself", "held")),
    # a city of several words stays whole
    ("The Purse of New York fell 2%.", "La Bourse de New York a perdu 2 %.",
     ("Purse of New York", "New York stock exchange")),
])
def test_stop_65_second_review_suggestions(text, source, expected):
    assert [f[:2] for f in flags(text, source)] == [expected]


def test_an_empty_trap_keeps_the_suggestion():
    from mtqa.langs import trap_forms
    assert trap_forms._phrase_inflected("take charge", "  ", "en") == "take charge"


# --- stop 66: the second review of stop 65's entries (rb66). Each reviewer sentence, and one of ours of the
# same shape, with the flag (or its absence) and the suggestion the grammar asks for.

@pytest.mark.parametrize("source,text,expected", [
    # « selon le parquet »: "to the floor" of a source is the prosecution, not a place reached
    ("Selon le parquet, l'homme a été arrêté mardi.", "According to the floor, the man was arrested on Tuesday.",
     [("floor", "prosecutor's office", "major")]),
    ("Selon des sources proches du parquet, le maire a avoué.", "According to sources close to the floor, the mayor confessed.",
     [("floor", "prosecutor's office", "major")]),
    # a verb after « chef de l'État » in an irregular past ({{PAST:en}})
    ("Le chef de l'État a rencontré les syndicats.", "The head of the state met the unions.",
     [("head of the state", "head of state", "major")]),
    ("Le chef de l'État s'est rendu à Lyon jeudi.", "The head of the state went to Lyon on Thursday.",
     [("head of the state", "head of state", "major")]),
    # an audience that is scheduled or set is a hearing, "new" or not
    ("Une nouvelle audience est prévue le 12 mars.", "A new audience is scheduled for 12 March.",
     [("audience", "hearing", "major")]),
    ("Une nouvelle audience a été fixée au 3 mai.", "A new audience was set for 3 May.",
     [("audience", "hearing", "major")]),
    # "that" after a verb of saying opens a clause: « on compte » reports there too
    ("Les responsables ont indiqué qu'on compte 12 morts.", "Officials said that one counts 12 dead.",
     [("one counts", "we count", "major")]),
    ("La police a indiqué qu'on recense trois blessés.", "The police reported that one records three injured.",
     [("one records", "we record", "major")]),
    # « d'ici mars »: a month (or a date) straight after "from here"
    ("Le chantier sera terminé d'ici mars.", "The work will be finished from here March.", [("from here", "by", "major")]),
    ("Le rapport sera publié d'ici le 15 juin.", "The report will be published from here 15 June.",
     [("from here", "by", "major")]),
    # « la bourse de Paris » in lower case, and a city of two words
    ("La bourse de Paris a reculé de 2 %.", "The purse of Paris fell by 2%.",
     [("purse of Paris", "Paris stock exchange", "major")]),
    ("La Bourse de New York a ouvert en hausse.", "The Purse of New York opened higher.",
     [("Purse of New York", "New York stock exchange", "major")]),
])
def test_review_66_silenced_calques_now_flag(source, text, expected):
    assert flags(text, source) == expected


@pytest.mark.parametrize("source,text", [
    # the exact conditions keep English's own uses quiet
    ("Le corps a été retrouvé sur le parquet du salon.", "The body was found on the floor of the living room."),
    ("Il est tombé sur le parquet, a indiqué le parquet.", "He fell to the floor, the prosecution said."),
    ("La chaîne cherche une nouvelle audience.", "The channel is looking for a new audience."),
    ("C'est une chose qu'on dit souvent.", "It is a thing that one says often."),
    ("Le bus part d'ici mardi et jeudi.", "The bus leaves from here on Tuesday and Thursday."),
    # « dès la 12e minute » for a state that runs from then on (a clean held-out article's sentence shape)
    ("Mené au score dès la 12e minute, Lens a renversé Nantes.", "Trailing from the 12th minute, Lens came back to beat Nantes."),
    ("Les Lions ont été menés au score dès la 12e minute.", "The Lions were led to the score from the 12th minute."),
])
def test_review_66_english_uses_stay_quiet(source, text):
    assert flags(text, source) == []


@pytest.mark.parametrize("source,text,expected", [
    # the calque of « dès la 12e minute » is "from" after an event of one moment (a goal, the lead taken)
    ("Il a marqué dès la 12e minute.", "He scored from the 12th minute.",
     [("from the 12th minute", "as early as the 12th minute", "major")]),
    ("Lyon a pris l'avantage dès la 8e minute.", "Lyon took the lead from the 8th minute through Lacazette.",
     [("from the 8th minute", "as early as the 8th minute", "major")]),
])
def test_review_66_from_the_nth_minute_after_an_event_of_one_moment(source, text, expected):
    assert flags(text, source) == expected


def test_review_66_an_exception_is_read_only_near_its_trap():
    # "regional" four words or more from the trap says nothing of it; beside it, it is spatial planning
    assert flags("The regional director of the European Spatial Agency spoke on Monday.",
                 "Le directeur régional de l'Agence spatiale européenne a parlé lundi.") == [("Spatial", "Space", "major")]
    assert flags("The regional spatial policy of the Union was adopted.",
                 "La politique spatiale régionale de l'Union a été adoptée.") == []
    # "metres" in another clause does not make a sum a height; beside the number it does
    assert flags("The bill rose to the height of 3 billion euros, for a tower of 300 metres.",
                 "La facture s'est élevée à hauteur de 3 milliards d'euros, pour une tour de 300 mètres.") != []
    assert flags("The plane flew at a height of 3,000 metres.", "L'avion volait à une hauteur de 3 000 mètres.") == []


def test_review_66_the_exception_window_is_the_entry_s_field(tmp_path):
    from mtqa.langs.false_friend_lexicon import _excepted, _unless_window
    text = "The regional director of the European Spatial Agency spoke."
    span = (text.index("Spatial"), text.index(" spoke"))
    regional = [(text.index("regional"), text.index("regional") + 8)]
    assert not _excepted(text, span, regional, 4)
    assert _excepted(text, span, regional, 5)
    assert _unless_window({"id": "x"}) == 4 and _unless_window({"id": "x", "unless_window": 0}) == 0
    with pytest.raises(ValueError, match="unless_window"):
        _unless_window({"id": "x", "unless_window": "near"})


@pytest.mark.parametrize("source,text,expected", [
    # "be" agrees with the subject read before the trap, in the trap's tense
    ("Les pays font partie de l'Union.", "The countries make part of the Union.", [("make part", "are part", "major")]),
    ("Les pays faisaient partie de l'Union.", "The countries made part of the Union.", [("made part", "were part", "major")]),
    ("Le pays faisait partie de l'Union.", "The country made part of the Union.", [("made part", "was part", "major")]),
    ("Nous faisons aussi partie du groupe.", "We also make part of the group.", [("make part", "are part", "major")]),
    ("Les membres du club qui font partie du bureau votent.", "The members of the club who make part of the board vote.",
     [("make part", "are part", "major")]),
    ("Il veut faire partie de l'équipe.", "He wants to make part of the team.", [("make part", "be part", "major")]),
    # passives keep their auxiliary and participle: "taken care of"
    ("Les frais sont pris en charge par l'État.", "The costs are taken in charge by the state.",
     [("taken in charge", "taken care of", "major")]),
    ("L'hôpital prend en charge les blessés.", "The hospital takes in charge the injured.",
     [("takes in charge", "takes care of", "major")]),
    # the trap's modal or perfect auxiliary stays, the object pronoun after the verb
    ("Ce but lui vaudra une place en finale.", "This goal will be worth him a place in the final.",
     [("will be worth him", "will earn him", "major")]),
    ("Ce but leur a valu une place en finale.", "This goal has been worth them a place in the final.",
     [("has been worth them", "has earned them", "major")]),
    ("Ce but lui a valu une place en finale.", "This goal was worth her a place in the final.",
     [("was worth her", "earned her", "major")]),
    # one case for every suggestion: capitals after capitals, title case in a title-case line
    ("LA BOURSE DE PARIS RECULE", "PURSE OF PARIS FALLS", [("PURSE OF PARIS", "PARIS STOCK EXCHANGE", "major")]),
    ("La Bourse De Paris Recule", "The Purse Of Paris Falls", [("Purse Of Paris", "Paris Stock Exchange", "major")]),
    ("LE PARQUET OUVRE UNE ENQUÊTE", "THE FLOOR OPENS AN INQUIRY", [("FLOOR", "PROSECUTOR'S OFFICE", "major")]),
    # « fait part de »: the verb takes the object straight, "expressed" a feeling, "announced" a fact
    ("Le ministre a fait part de son inquiétude.", "The minister made part of his concern.",
     [("made part of", "expressed", "major")]),
    ("Le joueur a fait part de sa décision de partir.", "The player made part of his decision to leave.",
     [("made part of", "announced", "major")]),
    ("Les syndicats font part de leur colère.", "The unions make part of their anger.", [("make part of", "express", "major")]),
    # « pronostic vital engagé »: the life is in danger; the noun alone is the condition
    ("Son pronostic vital est engagé.", "His vital prognosis is engaged.",
     [("vital prognosis is engaged", "life is in danger", "major")]),
    ("Son pronostic vital n'est plus engagé.", "Her vital prognosis is no longer committed.",
     [("vital prognosis is no longer committed", "life is no longer in danger", "major")]),
    ("Le pronostic vital du blessé reste réservé.", "The vital prognosis of the injured man remains guarded.",
     [("vital prognosis", "condition", "major")]),
    # « se dérouler » in every tense, the suggestion in the trap's form (unfold is read as a verb)
    ("Le match se déroulera à Paris.", "The match will be unfolding itself in Paris.",
     [("unfolding itself", "taking place", "major")]),
    ("La cérémonie s'est déroulée à Paris.", "The ceremony unfolded itself in Paris.",
     [("unfolded itself", "took place", "major")]),
    ("Les combats se déroulent au nord.", "The fighting unfolds itself in the north.",
     [("unfolds itself", "takes place", "major")]),
])
def test_review_66_suggestions(source, text, expected):
    assert flags(text, source) == expected


def test_review_66_a_name_from_the_target_keeps_the_words_the_source_has():
    from mtqa.langs.false_friend_lexicon import _name_in_source

    assert _name_in_source("PARIS FALLS", "LA BOURSE DE PARIS RECULE") == "PARIS"
    assert _name_in_source("Saint Petersburg", "la Bourse de Saint-Pétersbourg") == "Saint Petersburg"
    assert _name_in_source("New York", "La Bourse de New York") == "New York"
    assert _name_in_source("Frankfurt Opens", "La Bourse de Francfort ouvre") == "Frankfurt"  # first letters shared
    assert _name_in_source("Cologne Opens", "La Bourse de Köln ouvre") == "Cologne Opens"  # an exonym: kept whole
    assert _name_in_source("Paris", "PARIS") == "Paris"


# stop 66: the "wrong sense" kind, a polysemous news word rendered in the sense its context rules out
def test_wrong_sense_message_names_its_kind():
    raw = RAW["cours-prix"]
    ctx = Context(Config(select=("A501",)))
    target = Document("t", None, "en", [Segment(0, raw["example_bad"], Role.BODY, 0, 1, 0, multiline=False)])
    src = Document("t", None, "fr", [Segment(0, raw["example_source"], Role.BODY, 0, 1, 0, multiline=False)])
    pair = DocumentPair("t", target, src, links=[Link((0,), (0,))], meta={"prealigned": True})
    issues = check_pair(pair, ctx).issues
    assert [i.message.split(":")[0] for i in issues] == ["Wrong sense"]
    assert (issues[0].category, issues[0].subcategory) == ("accuracy", "mistranslation")


def test_every_kind_is_registered():
    """A kind opens the message; one the registry lacks would print a misspelling in every issue."""
    assert {raw["kind"] for raw in RAW.values()} <= set(ffl.KINDS)
    with pytest.raises(ValueError, match="unknown kind 'wrong-sense'"):
        ffl.compile_entries([{**RAW["cours-prix"], "kind": "wrong-sense"}])


@pytest.mark.parametrize("source,target", [
    # « au cours de » is "during": English's course of the year beside the price of oil
    ("Au cours de l'année, le cours du pétrole a doublé.", "Over the course of the year, the price of oil doubled."),
    # legal action is English's action; the shares are rendered right
    ("Les syndicats ont lancé une action en justice contre le groupe, dont les actions ont perdu 5 %.",
     "The unions took legal action against the group, whose shares lost 5%."),
    # verbal aggression is English's own phrase: the trap is a physical or sexual attack called aggression
    ("Les agressions verbales contre les enseignants ont augmenté de 10 %.",
     "Verbal aggression against teachers has risen by 10%."),
    # trees knocked down by the storm that struck: the trap is a verb of felling *on* a place
    ("Une violente tempête s'est abattue sur la Bretagne, où des centaines d'arbres sont tombés.",
     "A violent storm hit Brittany, where hundreds of trees were knocked down."),
    # the Tour de France is no election round
    ("Il a remporté deux étapes du Tour de France et le premier tour du Critérium.",
     "He won two stages of the Tour de France and the first round of the Critérium."),
    # a death toll rendered as such, and « à peine » is barely
    ("Le bilan s'est alourdi à 12 morts, à peine deux heures après l'explosion.",
     "The death toll rose to 12 dead, barely two hours after the explosion."),
])
def test_wrong_sense_quiet_on_right_english(source, target):
    assert [f for f in flags(target, source) if f] == []


def _can_fire(source: str, target: str) -> bool:
    """Whether some entry's trigger is in ``source`` and its trap in ``target``: a quiet case is a test only then."""
    return any(e.source.search(source) and (e.target.search(target)) for e in lexicon())


# rv66a's correct English (each sentence fired in m66 or was read quiet by the reviewer): the trap word renders
# another source word, a second sense of the trigger, an English idiom, or a verb read as the noun
RV66A_QUIET = [
    # "home to" (a place where people live) is English, not a home *of* tension
    ("La ville, siège de deux universités, est un foyer de tension.",
     "The city, home to two universities, is a focus of tension."),  # foyer, fx66c
    ("Le cours du pétrole a chuté de 4 %, obligeant l'OPEP à changer de cap.",
     "The price of oil fell 4%, forcing OPEC to change course."),  # cours1
    ("Le cours de l'or a grimpé pendant que les élèves reprenaient les cours.",
     "The price of gold rose as pupils went back to classes."),  # cours2
    ("Les actions de la banque ont chuté de 8 % en attendant une réaction du gouvernement.",
     "The bank's shares fell 8% pending government action."),  # action1
    ("Les actions d'Air France ont reculé de 3 % ; les syndicats menacent de se mobiliser.",
     "Air France shares fell 3%; unions threaten action."),  # action2
    ("Le titre a perdu 3 % après un article du Financial Times intitulé « La fin d'un empire ».",
     "The stock lost 3% after a Financial Times article under the title \"The end of an empire\"."),  # titre1
    ("Selon une première évaluation de la protection civile régionale, le bilan s'est alourdi à 14 morts.",
     "According to an initial assessment by the regional civil protection agency, the death toll has risen to 14."),  # bilan1
    ("Le bilan provisoire est de 12 morts et l'équilibre des forces reste fragile.",
     "The provisional toll is 12 dead and the balance of power remains fragile."),  # bilan2
    ("La saga s'est vendue à plus de 400 millions de livres dans le monde.",
     "The saga has sold more than 400 million books worldwide."),  # livre1
    ("L'école a reçu 5 000 livres grâce à la collecte.",
     "The school received 5,000 books thanks to the collection."),  # livre2
    ("La livre sterling a reculé de 2 % alors que les traders clôturaient leurs comptes de l'année.",
     "The pound fell 2% as traders closed their books for the year."),  # livre3
    ("Le conteneur, plombé par la douane, a été ouvert à Rotterdam.",
     "The container, sealed by customs, was opened in Rotterdam."),  # plomb1
    ("Condamné à une peine de 20 ans de prison, l'accusé n'a exprimé aucun regret, tandis que la famille de la victime disait sa douleur.",
     "Sentenced to 20 years in prison, the defendant expressed no remorse, while the victim's family spoke of their pain."),  # peine1
    ("Il purge sa peine dans une prison où les détenus vivent dans une grande précarité.",
     "He is serving his sentence in a prison where inmates live in great hardship."),  # peine2
    ("La deuxième manche a été décisive : Nadal sait gérer la pression.",
     "The second set was decisive: Nadal knows how to handle pressure."),  # manche1
    ("Éliminé au premier tour, le joueur entame sa deuxième tournée en Asie.",
     "Knocked out in the first round, the player begins his second tour of Asia."),  # tour1
    ("Au second tour, il affrontera le maire sortant, qui brigue un troisième mandat.",
     "In the run-off, he will face the outgoing mayor, who is seeking a third term."),  # tour2
    ("Les foyers de contamination se multiplient et les autorités demandent aux habitants de rester chez eux.",
     "Clusters of infection are multiplying and the authorities are asking residents to stay at home."),  # foyer1
    ("Un nouveau foyer de grippe aviaire a été découvert ; 3 000 ménages sont concernés.",
     "A new outbreak of bird flu has been found; 3,000 households are affected."),  # foyer2
    ("Après le sinistre, la ville offre un spectacle sinistre.",
     "After the disaster, the town is a sinister sight."),  # sinistre1
    ("Le lauréat du prix Goncourt verra ses ventes tripler, même à prix plein.",
     "The winner of the Goncourt Prize will see his sales triple, even at full price."),  # prix1
    ("Le prix Nobel de la paix a été décerné à une ONG qui lutte contre la hausse des prix alimentaires.",
     "The Nobel Peace Prize was awarded to an NGO fighting rising food prices."),  # prix2
    ("L'exposition de photographies au musée joue sur des temps de pose très longs.",
     "The exhibition of photographs at the museum plays with very long exposures."),  # expo1
    ("Les évacués ont pu regagner leur domicile, tandis que le marché regagnait du terrain.",
     "Evacuees were able to return home, while the market regained ground."),  # regagner1
    ("Le chômage a reculé de 0,3 point, et le gouvernement n'a pas reculé sur sa réforme.",
     "Unemployment fell 0.3 points, and the government did not back down on its reform."),  # recul1
    ("Les ventes ont reculé de 3 %, selon une étude soutenue par des syndicats.",
     "Sales fell 3%, according to a study backed by unions."),  # recul2
    ("Il s'est dit touché par les aides reçues après l'incendie.",
     "He said he was touched by the help he received after the fire."),  # toucher1
    ("Les agressions verbales contre les enseignants ont augmenté de 10 %.",
     "Verbal aggression against teachers has risen by 10%."),  # agress1
    ("La caisse de retraite des cheminots est déficitaire ; dans ce cas, l'État comble le trou.",
     "The railway workers' pension fund is in deficit; in that case, the state makes up the shortfall."),  # caisse1
    ("La caisse de retraite a été condamnée dans deux affaires de fraude.",
     "The pension fund was convicted in two fraud cases."),  # caisse2
    ("Le bénéfice net a progressé de 12 %, la société profitant des synergies de la fusion.",
     "Net profit rose 12%, as the company reaped the benefits of the merger."),  # benef1
    ("Les urgences de l'hôpital sont saturées et les médecins ne traitent plus que les urgences vitales.",
     "The hospital's emergency department is overwhelmed and doctors are now treating only life-threatening emergencies."),  # urg1
    ("Le rendement des obligations grecques a bondi alors qu'Athènes peine à honorer ses engagements.",
     "Greek bond yields jumped as Athens struggled to meet its obligations."),  # oblig1
    ("Le rendement des obligations à 10 ans a grimpé après des chiffres décevants de la production industrielle.",
     "The yield on 10-year bonds climbed after disappointing industrial output figures."),  # rend1
    ("Le rendement des obligations allemandes à 10 ans a baissé malgré la bonne performance de la Bourse.",
     "The yield on German 10-year bonds fell despite the stock market's strong performance."),  # rend2
    ("Le public a interprété différemment la scène finale du film.",
     "Audiences interpreted the film's final scene differently."),  # interp1
    ("Recherché pour vol à main armée, il a été arrêté alors qu'il s'apprêtait à prendre un vol pour Madrid.",
     "Wanted for armed robbery, he was arrested as he was about to board a flight to Madrid."),  # vol1
    ("Le suspect de vols de voitures a pris la fuite.",
     "The car theft suspect took flight."),  # vol2
    ("Les effectifs seront réduits de 10 %, une solution jugée plus rentable.",
     "Staff numbers will be cut by 10%, a solution deemed more cost-effective."),  # eff1
    ("Les effectifs de police ont été renforcés, une mesure que le ministre juge efficace.",
     "Police numbers have been increased, a measure the minister considers effective."),  # eff2
    ("L'acteur, qui a eu 30 ans pendant le tournage, a quitté le plateau.",
     "The actor, who turned 30 during filming, has left the set."),  # tourn1
    ("Le tournage a été interrompu quand la star s'est retournée contre le réalisateur.",
     "Filming was halted when the star turned on the director."),  # tourn2
    ("Après le tournage, l'actrice a tourné son attention vers le théâtre.",
     "After filming, the actress turned her attention to the theatre."),  # tourn3
    ("Le cadre réglementaire a été conçu pour orienter le débat.",
     "The regulatory framework was designed to frame the debate."),  # cadre1
    ("Les élus municipaux ont accueilli les candidats élus dimanche.",
     "Municipal councillors welcomed the elected candidates on Sunday."),  # elu1
    ("Les élus de l'opposition rappellent que le Sénat n'est pas élu au suffrage direct, contrairement à la chambre élue.",
     "Opposition politicians point out that the Senate is not directly elected, unlike the elected chamber."),  # elu2
    ("Le groupe pharmaceutique a licencié 300 salariés ; son médicament phare, autorisé en 2010, perd son brevet.",
     "The drug group has laid off 300 employees; its flagship drug, licensed in 2010, is losing its patent."),  # licen1
    ("Le groupe a annoncé 1 200 licenciements dans sa division de gestion des brevets.",
     "The group announced 1,200 job cuts in its patent licensing division."),  # licen2
    ("Une violente tempête s'est abattue sur la Bretagne, où des centaines d'arbres sont tombés.",
     "A violent storm hit Brittany, where hundreds of trees were knocked down."),  # abat1
    ("La grêle s'est abattue sur les vignes ; des lignes électriques sont tombées.",
     "Hail battered the vineyards; power lines were brought down."),  # abat2
    ("La nouvelle souche de grippe se propage et les stocks de vaccins s'épuisent.",
     "The new flu strain is spreading and vaccine stocks are running out."),  # souche1
    ("Cette souche du virus provient d'oiseaux sauvages.",
     "This strain of the virus stems from wild birds."),  # souche2
    ("Selon le parquet, le corps gisait près du sol de la cuisine.",
     "According to the prosecutor's office, the body was lying close to the floor of the kitchen."),  # parquet1
    ("Le parquet indique que la victime a été retrouvée allongée, la tête près du sol.",
     "Prosecutors said the victim was found lying down, her head close to the floor."),  # parquet2
    ("Une large audience est attendue pour le concert de samedi.",
     "A large audience is expected at Saturday's concert."),  # aud1
    ("Le festival espère qu'une nouvelle audience sera au rendez-vous cette année.",
     "The festival hopes a new audience will be held by its programme this year."),  # aud2
    ("Lyon a marqué dès la 12e minute et a dominé le match.",
     "Lyon dominated the match from the 12th minute onwards after scoring early."),  # minute1
    ("Le gouvernement a donné son feu vert au projet malgré les critiques.",
     "The government gave the project the green light despite fire from critics."),  # feu1
    ("La nappe phréatique a baissé ; les agriculteurs ont reçu des fiches d'information.",
     "The water table has fallen; farmers have received information sheets."),  # nappe1
    ("Les recettes fiscales ont progressé de 5 %.",
     "Tax revenue rose by 5%."),  # recettes1
]


@pytest.mark.parametrize("source,target", RV66A_QUIET)
def test_wrong_sense_quiet_on_the_reviewers_right_english(source, target):
    assert [f for f in flags(target, source) if f] == []


def test_the_reviewers_cases_mostly_reach_an_entry():
    """Most of rv66a's cases hold both a trigger and a trap word, so they test the entries' exceptions
    (``rendered``, ``unless_source``, ``unless_target``); the rest test a narrowed trap (a verb, "stay at home")."""
    assert sum(bool(_can_fire(s, t)) for s, t in RV66A_QUIET) >= 35


@pytest.mark.parametrize("source,target,trap,suggestion", [
    ("La livre turque a perdu 3 % face au dollar, à 38 livres pour un euro.",
     "The Turkish book lost 3% against the dollar.", "book", "lira"),
    # the other currencies of the name are pounds in English
    ("La livre égyptienne a encore perdu 2 % cette semaine.", "The Egyptian book lost another 2% this week.", "book",
     "pound"),
    ("Il a été condamné à une peine de six ans de prison ferme.",
     "He was sentenced to a grief of six years in prison.", "grief", "sentence"),
    ("Les pompiers ont conduit une dizaine de blessés aux urgences de l'hôpital de Lyon.",
     "Firefighters took about ten injured people to the emergencies of the Lyon hospital.", "emergencies",
     "emergency department"),
    ("Le rendement des obligations allemandes à 10 ans est tombé à 1,2 %.",
     "The output of German 10-year obligations fell to 1.2%.", "output", "yield"),
    # rv66a B1: the suggestion is the regular verb, so no tense of it reads as "to fell" (felled)
    ("Les ventes ont reculé de 3 %.", "Sales receded by 3%.", "receded", "dropped"),
    ("Les ventes ont reculé de 3 %.", "Sales have backed 3%.", "backed", "dropped"),
    ("Les ventes ont reculé de 3 %.", "Sales backed by 3%.", "backed", "dropped"),
    # rv66a B2: the modal stays and takes the base ("will strike"), never a passive ("will be struck")
    ("Un orage s'abattra sur Paris demain.", "A storm will be felled on Paris tomorrow.", "will be felled on",
     "will strike"),
    # the exceptions keep the real errors: a stock exchange renders no share, sterling no pound
    ("Ses actions ont perdu 12 % à la Bourse de Paris.", "His actions lost 12% on the Paris stock exchange.",
     "actions", "shares"),
    ("Le cours des actions a reculé de 8 % à la Bourse de Toronto.",
     "The actions have fallen 8% on the Stock-Exchange of Toronto.", "actions", "shares"),
    ("Le prix a été fixé à 5 livres sterling.", "The price was set at 5 books sterling.", "books", "pounds"),
    ("La caisse de retraite est déficitaire.", "The retirement box is in deficit.", "box", "fund"),
    ("Le cours du pétrole a chuté de 4 % après l'annonce de l'Opep.",
     "The course of oil fell 4% after OPEC's announcement.", "course", "price"),
    ("Le tournage du film a commencé à Téhéran en mars.", "The turning of the film began in Tehran in March.",
     "turning", "filming"),
])
def test_wrong_sense_fires_in_other_sentences(source, target, trap, suggestion):
    found = flags(target, source)
    assert (trap, suggestion, "major") in found, found


# fx72b: one defect, one severity -- an adverbial between a verb and its object is minor whether A501's structural
# entries or A627's grammar reports it (a word order copied from the source keeps the meaning)
@pytest.mark.parametrize("source, target", [
    ("La marine a tiré jeudi un obus d'avertissement.", "The navy fired Thursday a warning shell."),
    ("L'entreprise a inauguré près de Rennes un entrepôt géant.", "The firm inaugurated near Rennes a giant warehouse."),
])
def test_the_word_order_entries_are_minor_like_a627(source, target):
    ctx = Context(Config(select=("A501",)))
    [issue] = [i for i in check_texts(target, source=source, ctx=ctx).issues if i.code == "A501"]
    assert issue.severity.value == "minor"
    from mtqa.checks.grammar_calques import AdverbialBeforeObject
    assert AdverbialBeforeObject.severity == issue.severity


def test_a_false_friend_keeps_the_check_severity_and_a_bad_one_is_refused():
    ctx = Context(Config(select=("A501",)))
    [issue] = [i for i in check_texts("The actual president met the press.",
                                      source="Le président actuel a rencontré la presse.", ctx=ctx).issues
               if i.code == "A501"]
    assert issue.severity.value == "major"
    with pytest.raises(ValueError, match="unknown severity 'small'"):
        ffl.compile_entries([{**RAW["cours-prix"], "severity": "small"}])


@pytest.mark.parametrize("entry_id, text, source", [
    # English idioms that share words with a fixed expression's trap (stop 74): the trap is no English, these are
    ("faire-le-point", "The minister made the point that the deficit was shrinking.",
     "Le ministre a fait le point sur le déficit, qui se réduit."),
    ("lever-le-voile", "The inquiry lifts the veil on the group's methods.",
     "L'enquête lève le voile sur les méthodes du groupe."),
    ("mise-en-place", "The government has put in place a new system.",
     "La mise en place du nouveau système par le gouvernement est achevée."),
    ("en-cours", "The results will be published in due course.",
     "Les résultats seront publiés en cours d'année."),
    ("en-revanche", "He burned the house in revenge for the killing.",
     "En revanche, il a incendié la maison."),
    ("prendre-la-fuite", "The suspect took the flight to Istanbul before the raid.",
     "Le suspect a pris la fuite vers Istanbul avant le raid."),
    ("donner-raison", "The figures give reason to believe that growth will return.",
     "Les chiffres donnent raison aux optimistes."),
    ("a-peine", "The minister was at pains to reassure the markets.",
     "Le ministre a à peine rassuré les marchés."),
    ("sur-la-touche", "The deal was sealed at the touch of a button.",
     "Le joueur reste sur la touche."),
    ("mettre-fin-a", "The agreement puts an end to ten years of conflict.",
     "L'accord met fin à dix ans de conflit."),
    ("dans-l-attente-de", "Investors bought in the expectation of higher rates.",
     "Les investisseurs ont acheté dans l'attente d'une hausse des taux."),
    ("nuit-de-x-a-y", "The fire broke out in the night from Saturday to Sunday.",
     "L'incendie s'est déclaré dans la nuit de samedi à dimanche."),
])
def test_fixed_expression_traps_leave_the_english_idiom_alone(entry_id, text, source):
    assert list(ENTRIES[entry_id].matches(text, source)) == []


# ff74: the news false friends of stop 74 keep quiet on the English that shares the French word's sense, each
# case the shape of a human reference line the trap first fired on (written afresh here)
@pytest.mark.parametrize("entry_id, source, target", [
    ("mandat-term", "Le mandat unique de la banque centrale porte sur l'inflation.",
     "The single mandate of the central bank is inflation."),
    ("mandat-term", "Il briguera un nouveau mandat en mars.", "He will seek a new mandate in March."),
    ("societe-company", "Le chômage pèse sur la société française.", "Unemployment weighs on French society."),
    ("tutelle-supervision", "L'équipe, sous la tutelle de son entraîneur légendaire, a fini deuxième.",
     "The team, under the tutelage of its legendary coach, finished second."),
    ("college-school", "Il veut revenir dans sa ville après le collège.", "He wants to come back to his town after college."),
    ("college-school", "Il est entré au Collège de l'Air à vingt ans.", "He entered the College of the Air at twenty."),
    ("organisme-body", "Les organismes pourraient utiliser d'autres éléments.",
     "Organisms might be able to use other elements."),
    ("texte-bill", "Le texte, voté hier par l'Assemblée constituante, compte 234 articles.",
     "The text, voted on yesterday by the Constituent Assembly, has 234 articles."),
    ("proces-trial", "Lorsque le procès de concentration des banques a commencé, plusieurs ont refusé.",
     "When the process of concentration of the banks began, several refused."),
    ("paysans-farmers", "Ce sont les paysans afghans qui ont payé.", "It is the Afghan peasants who paid."),
    ("patronat-employers", "Nous voulons vivre sous le patronat des États-Unis.",
     "We want to live under the patronage of the United States."),
    ("saluer-welcome", "Je salue le courage dont vous avez fait preuve.", "I salute the courage you have shown."),
    ("ministere-public", "L'agent du Ministère Public l'a interrogé quatre heures.",
     "The agent of the Public Ministry questioned him for four hours."),
    ("disparus-missing", "Deux randonneurs ont disparu dans la crue.", "Two hikers disappeared in the flood."),
])
def test_a_stop_74_trap_is_quiet_on_english_that_shares_the_sense(entry_id, source, target):
    assert list(ENTRIES[entry_id].matches(target, source)) == []


@pytest.mark.parametrize("entry_id, source, target, trap", [
    # the participle after its noun and the noun after a quantity are the same false friends
    ("saluer-welcome", "un effort salué mais jugé insuffisant", "an effort saluted but judged insufficient", "saluted"),
    ("disparus-missing", "a fait 23 morts et des dizaines de disparus", "left 23 dead and dozens of disappeared",
     "disappeared"),
    # a vote count names a chamber: the text voted on is a bill
    ("texte-bill", "Le texte a recueilli 182 voix pour et 201 contre.", "The text got 182 votes for and 201 against.",
     "text"),
])
def test_a_stop_74_trap_reads_its_other_constructions(entry_id, source, target, trap):
    [(start, end, _, _)] = list(ENTRIES[entry_id].matches(target, source))
    assert target[start:end] == trap


@pytest.mark.parametrize("source, target", [
    ("La préfecture a appelé les automobilistes à reporter leurs déplacements.",
     "The prefecture asked drivers to report their journeys."),
    ("Les organisateurs ont dû reporter cette réunion.", "The organisers had to report this meeting."),
])
def test_reporter_is_read_before_every_determiner_of_its_object(source, target):
    # the infinitive before « leurs », « cette », « nos »: the same postponing as before « les »
    assert list(ENTRIES["reporter"].matches(target, source))


# ---- md74b: the stop-74 entries mended after review rv74a

@pytest.mark.parametrize("entry_id, source, target", [
    # the margins of a society are English; only a meeting's margins are its sidelines
    ("en-marge-de", "Ces familles survivent en marge de la société depuis des années.",
     "These families have survived at the margins of society for years."),
    # plural social movements are a society's causes unless a labour dispute is in the sentence
    ("mouvement-social", "Les mouvements sociaux nés sur les réseaux ont bousculé les partis.",
     "Social movements born on social networks have shaken up the parties."),
    # an interview beside the upkeep of the roads renders « entretien » once each
    ("entretien-interview", "Dans un entretien, la maire a défendu l'entretien des trottoirs.",
     "In an interview, the mayor defended the maintenance of the pavements."),
    # a rating agency named in the sentence is not the word's object
    ("degradation-downgrade", "La dégradation des sols préoccupe aussi les analystes de Moody's.",
     "Soil degradation also worries Moody's analysts."),
    # a train's alarm pulled by a traveller is the literal act
    ("tirer-la-sonnette-d-alarme", "Une voyageuse a tiré la sonnette d'alarme entre deux gares.",
     "A traveller pulled the alarm bell between two stations."),
    # a death found suspicious: English's own verb
    ("trouver-la-mort", "Le légiste a trouvé la mort du détenu étrange.",
     "The coroner found the death of the inmate strange."),
    ("trouver-la-mort", "Le légiste a trouvé la mort suspecte.", "The coroner found the death suspicious."),
    # "in a state of maximum alert" is English as it stands
    ("alerte-maximale", "La police est en état d'alerte maximale avant le match.",
     "Police are in a state of maximum alert before the match."),
])
def test_a_mended_stop_74_entry_is_quiet_on_english_that_is_right(entry_id, source, target):
    assert list(ENTRIES[entry_id].matches(target, source)) == []


@pytest.mark.parametrize("entry_id, source, target, trap", [
    ("en-marge-de", "Ils se sont parlé en marge du sommet européen.", "They spoke at the margins of the European summit.",
     "at the margins of"),
    ("mouvement-social", "Des mouvements sociaux perturbent le trafic des trains.",
     "Social movements are disrupting train traffic.", "Social movements"),
    ("degradation-downgrade", "Fitch a dégradé la note de la Grèce.", "Fitch degraded Greece's rating.", "degraded"),
    ("trouver-la-mort", "Deux mineurs ont trouvé la mort dans l'effondrement.", "Two miners found death in the collapse.",
     "found death"),
    ("alerte-maximale", "Les pompiers sont en alerte maximale.", "Firefighters are in maximum alert.",
     "in maximum alert"),
])
def test_a_mended_stop_74_entry_still_finds_its_calque(entry_id, source, target, trap):
    [(start, end, _, _)] = list(ENTRIES[entry_id].matches(target, source))
    assert target[start:end] == trap


def test_no_example_good_of_the_lexicon_is_flagged_by_another_entry():
    # a good example is the English a reader should write: no entry of the lexicon may flag it (« Le texte a été
    # adopté » was rendered "The text", which texte-bill flags)
    flagged = [raw["id"] for raw in RAW.values() if flags(raw["example_good"], raw["example_source"])]
    assert flagged == []


def test_a_trap_ends_before_the_space_its_lookahead_reads():
    # the span applied as written leaves the sentence whole: "take stock on", not "take stockon"
    text = "The unions will make the point with the employers on Monday."
    [(start, end, suggestion, _)] = list(ENTRIES["faire-le-point"].matches(
        text, "Les syndicats vont faire le point avec le patronat lundi.", lang="en"))
    assert text[start:end] == "make the point"
    assert text[:start] + suggestion + text[end:] == "The unions will take stock with the employers on Monday."


def test_a_suspended_sentence_is_suggested_for_the_whole_phrase():
    text = "The mayor got eighteen months in jail with reprieve."
    found = flags(text, "Le maire a écopé de dix-huit mois de prison avec sursis.")
    assert found == [("in jail with reprieve", "suspended", "major")]


@pytest.mark.parametrize("source, text, expected", [
    # a plural trap of several words (or a plural one-word trap for a suggestion of several) asks for the plural
    ("Des cellules de crise ont été ouvertes dans trois villes.", "Crisis cells were opened in three cities.",
     ("Crisis cells", "Crisis units")),
    ("Les fonctionnaires réclament une hausse.", "The functionaries demand a raise.",
     ("functionaries", "civil servants")),
    ("Les agresseurs portaient des armes blanches.", "The attackers carried white weapons.",
     ("white weapons", "knives")),
    ("Des sapeurs-pompiers venus du Var sont arrivés.", "Sappers-firemen from the Var have arrived.",
     ("Sappers-firemen", "Firefighters")),
    # the singular keeps the entry's word
    ("Une cellule de crise a été ouverte.", "A crisis cell was opened.", ("crisis cell", "crisis unit")),
])
def test_a_suggestion_of_a_plural_noun_phrase_is_plural(source, text, expected):
    assert [f[:2] for f in flags(text, source)] == [expected]


@pytest.mark.parametrize("source, text, expected", [
    ("Il a perdu la vie sur la route.", "He lost the life on the road.", "lost his life"),
    ("Elle a perdu la vie en mer.", "She lost the life at sea.", "lost her life"),
    ("Nous avons tous perdu la vie dans la crue.", "We all lost the life in the flood.", "lost our lives"),
    ("Trois randonneurs ont perdu la vie.", "Three hikers lost the life.", "lost their lives"),
])
def test_a_possessive_suggestion_agrees_with_a_subject_pronoun(source, text, expected):
    assert [f[1] for f in flags(text, source)] == [expected]


def test_a_non_breaking_hyphen_is_read_as_a_hyphen():
    # « sapeurs‑pompiers » typed with U+2011 on both sides: the same entry, the span the segment's own
    text = "Forty sappers\u2011firemen fought the blaze."
    assert flags(text, "Quarante sapeurs\u2011pompiers ont combattu l'incendie.") == [
        ("sappers\u2011firemen", "firefighters", "major")]


@pytest.mark.parametrize("text", [
    "The mayor said on Monday that the work would last two years.",  # ASCII
    "Le maire a déclaré lundi que les travaux dureraient deux ans.",  # accents, no other hyphen
    "Les sapeurs-pompiers sont arrivés à l'aube.",  # the ASCII hyphen already
])
def test_a_text_without_another_hyphen_is_read_as_it_is(text):
    # the same string, not a copy: the check's memos then find the source sentence's key by its kept hash
    assert ffl.matchable(text) is text


@pytest.mark.parametrize("hyphen", ["\u2010", "\u2011", "\ufe63", "\uff0d"])
def test_each_other_hyphen_is_read_as_the_ascii_one(hyphen):
    assert ffl.matchable(f"Les sapeurs{hyphen}pompiers sont arrivés.") == "Les sapeurs-pompiers sont arrivés."
    assert ffl.matchable(f"fire{hyphen}fighters") == "fire-fighters"
    assert ffl.matchable(None) is None


def _a501(source: str, target: str) -> list:
    ctx = Context(Config(select=("A501",)))
    return [(i.text, i.suggestion) for i in check_texts(target, source=source, ctx=ctx).issues if i.code == "A501"]


@pytest.mark.parametrize("source, target", [
    # intervient-apres-comes: a force that steps in does intervene; another "intervene" of the line is not the trap
    ("La police intervient après un appel des voisins.", "Police intervene after a call from neighbours."),
    ("L'armée est intervenue peu après l'attaque.", "The army intervened shortly after the attack."),
    ("Les pompiers sont intervenus deux heures après le début de l'incendie.",
     "Firefighters intervened two hours after the fire started."),
    ("Cette décision intervient après le refus de l'ONU d'intervenir en Syrie.",
     "This decision comes after the UN's refusal to intervene in Syria."),
    # exposer-display: the other sense, with words between the verb and "to"; no artwork shown
    ("L'artiste s'est exposé aux critiques en exposant au musée.",
     "The artist exposed himself to criticism by exhibiting at the museum."),
    ("Le musée a exposé ses visiteurs à un risque d'incendie.", "The museum exposed its visitors to a risk of fire."),
    ("Le rapport sur le musée expose les failles de la sécurité.", "The report on the museum exposes the security flaws."),
    ("La galerie expose des photos qui exposent la corruption.", "The gallery shows photos exposing corruption."),
    # revue-journal: a journal's own name, peer review, another review of the line
    ("L'étude a été publiée dans la revue Harvard Business Review.",
     "The study was published in the Harvard Business Review."),
    ("L'étude, parue dans la revue Nature, a été relue par des pairs.",
     "The study, which appeared in the journal Nature, was subject to peer review."),
    ("L'étude a été publiée dans la revue Nature.", "The study was published in Nature, and a review found similar results."),
])
def test_a_mended_stop_76_entry_is_quiet_on_english_that_is_right(source, target):
    assert _a501(source, target) == []


@pytest.mark.parametrize("source, target, expected", [
    # the suggestion takes the trap's inflection
    ("La fermeture intervient deux ans après le rachat.", "The closure intervened two years after the takeover.",
     ("intervened", "came")),
    ("La fermeture intervient deux ans après le rachat.", "The closure is intervening two years after the takeover.",
     ("intervening", "coming")),
    ("Le départ du ministre intervient alors que le gouvernement hésite.",
     "The minister's departure intervenes as the government hesitates.", ("intervenes", "comes")),
    ("Des architectes ou des artistes exposent leur propre carnet.", "Architects or artists expose their own notebook.",
     ("expose", "display")),
    ("Les portraits exposés à la galerie seront publiés.", "The portraits exposed at the gallery will be published.",
     ("exposed", "displayed")),
    # a museum piece is shown as an artwork is
    ("Le musée de la vallée, qui expose le squelette d'un mammouth, a rouvert.",
     "The valley museum, which exposes the skeleton of a mammoth, has reopened.", ("exposes", "displays")),
    ("Les expériences sont décrites dans la revue Science Translational Medicine.",
     "The experiments are described in the review Science Translational Medicine.", ("review", "journal")),
    ("Les résultats ont paru dans la revue Nature.", "The results appeared in the review Nature, and a peer review followed.",
     ("review", "journal")),
])
def test_a_mended_stop_76_entry_still_finds_its_trap(source, target, expected):
    assert _a501(source, target) == [expected]


# ff77: « réclamer » + an act someone else must carry out, qualified, quoted or after an aside
@pytest.mark.parametrize("source,text,trap,suggestion", [
    ("Le maire réclame l'intervention de l'armée dans le quartier.",
     "The mayor claims the intervention of the army in the district.", "claims", "demands"),
    ("Les riverains réclament une étude d'impact indépendante.",
     "The residents reclaim an independent impact study.", "reclaim", "demand"),
    ("Le syndicat a réclamé, dans un communiqué, la suspension des licenciements.",
     "The union claimed, in a statement, the suspension of the layoffs.", "claimed", "demanded"),
    ("L'opposition a réclamé « la fin immédiate » des frappes.",
     'The opposition claimed "the immediate end" of the strikes.', "claimed", "demanded"),
])
def test_reclamer_reads_a_qualified_quoted_or_delayed_act(source, text, trap, suggestion):
    assert [(t, s) for t, s, _ in flags(text, source)] == [(trap, suggestion)]


@pytest.mark.parametrize("source,text", [
    ("Il réclame une contre-expertise et affirme que l'analyse était faussée.",
     "He demands a second opinion and claims the analysis was flawed."),
    ("Le club a réclamé la victoire après la décision de l'arbitre.",
     "The club claimed the victory after the referee's decision."),
])
def test_reclamer_leaves_an_assertion_or_a_thing_one_owns(source, text):
    assert flags(text, source) == []


# ff77: « estimer que » gives an opinion; "estimate that" reckons a quantity
@pytest.mark.parametrize("source,text,trap,suggestion", [
    ("Les juges ont estimé que les accusés connaissaient les fissures de la digue.",
     "The judges estimated that the accused knew about the cracks in the dike.", "estimated", "believed"),
    ("Les scientifiques estiment que le réchauffement des océans renforce les ouragans.",
     "Scientists estimate that warmer oceans strengthen hurricanes.", "estimate", "believe"),
    # "no one" is a pronoun, not a count (md77b)
    ("Le directeur a estimé que personne ne voudrait de ce poste.",
     "The director estimated that no one would want the job.", "estimated", "believed"),
])
def test_estimer_que_with_an_opinion_is_flagged(source, text, trap, suggestion):
    assert [(t, s) for t, s, _ in flags(text, source)] == [(trap, suggestion)]


@pytest.mark.parametrize("source,text", [
    ("Les secours estiment que 3 000 personnes ont péri dans le séisme.",
     "Rescuers estimate that 3,000 people died in the earthquake."),
    ("La banque centrale estime que la croissance atteindra deux pour cent.",
     "The central bank estimates that growth will reach two percent."),
    ("Les médecins estiment qu'une personne sur cinq est touchée.",
     "Doctors estimate that one person in five is affected."),
    ("Les juges ont considéré que les accusés connaissaient les fissures.",
     "Experts estimate that the accused knew about the cracks."),
])
def test_estimate_that_with_a_quantity_or_without_estimer_is_quiet(source, text):
    assert flags(text, source) == []


# ff77: « la société » + a firm's name
@pytest.mark.parametrize("source,text", [
    ("Les salariés de la société Renault ont voté la grève.",
     "The employees of the society Renault voted to strike."),
    ("L'exploitant, la société mongolo-canadienne Khan Altai Resources, affirme puiser son eau dans une nappe.",
     "The operator, the Mongolian-Canadian society Khan Altai Resources, says it draws its water from an aquifer."),
])
def test_societe_before_a_firm_s_name_is_a_company(source, text):
    assert [(t, s) for t, s, _ in flags(text, source)] == [("society", "company")]


@pytest.mark.parametrize("source,text", [
    ("La Société polonaise d'astronautique a été fondée en 1954.",
     "The society Polish Astronautics was founded in 1954."),
    ("La société française a changé, selon Renault.", "French society has changed, according to Renault."),
    ("La Royal Society a publié la société des savants.", "The Royal Society published the society of scholars."),
])
def test_societe_written_as_a_society_s_name_or_without_one_is_quiet(source, text):
    assert flags(text, source) == []


# md77c (rv77a item 4): estimer-que gives way to A631 on the same verb; it speaks where A631 does not read the frame
def _a501_a631(source: str, target: str) -> list:
    ctx = Context(Config(select=("A501", "A631")))
    return [(i.code, i.text, i.suggestion) for i in check_texts(target, source=source, ctx=ctx).issues]


def test_estimer_que_is_reported_once_where_a631_reads_the_same_verb():
    assert _a501_a631("Le ministre a estimé que la réforme était nécessaire.",
                      "The minister estimated that the reform was necessary.") == [("A631", "estimated", "believed")]


def test_estimer_que_still_speaks_where_a631_does_not_read_the_frame():
    # « même » between the verb and « que » is no adverb of A631's frame
    assert _a501_a631("Le directeur de l'usine estime même que le siècle sera numérique.",
                      "The plant's director even estimates that the century will be digital.") == [
        ("A501", "estimates", "believes")]


@pytest.mark.parametrize("source,text,quiet", [
    ("Elle estime que personne ne l'a écoutée.", "She estimates that no one listened to her.", False),
    ("Ils estiment que l'un des accusés a menti.", "They estimate that one of the defendants lied.", False),
    ("Les experts estiment que la plupart des arbres sont morts.", "Experts estimate that most of the trees are dead.",
     True),
    ("Les experts estiment que la majorité des logements sont détruits.",
     "Experts estimate that the majority of homes are destroyed.", True),
    ("Les médecins estiment qu'un adulte sur cinq est obèse.", "Doctors estimate that one adult in five is obese.",
     True),
])
def test_estimer_que_reads_a_share_as_a_quantity_and_no_one_as_none(source, text, quiet):
    assert (flags(text, source) == []) is quiet


# md77c (rv77a item 5): a clause verb after the act's noun phrase asserts; "reclaim" one's own (lost) thing takes it back
@pytest.mark.parametrize("source,text", [
    ("Les ONG réclament un audit; le ministre a affirmé que l'audit interne était suffisant.",
     "The NGOs are calling for an audit; the minister claimed the internal audit report was sufficient."),
    ("Il a réclamé un cessez-le-feu et affirmé que la fin de la guerre était proche.",
     "He called for a ceasefire and claimed the end of the war was near."),
    ("Les grévistes, qui réclament des hausses, veulent rattraper le temps perdu.",
     "The strikers, who are demanding raises, want to reclaim their lost time."),
    ("Les manifestants, qui réclament des élections, veulent reprendre leur temps de parole.",
     "The protesters, who are demanding elections, want to reclaim their speaking time."),
])
def test_reclamer_leaves_an_asserted_clause_and_a_thing_taken_back(source, text):
    assert flags(text, source) == []


def test_reclamer_still_flags_the_act_and_says_what_reclaim_means():
    assert [(t, s) for t, s, _ in flags("The families are claiming the immediate end of the fighting.",
                                        "Les familles réclament la fin des combats.")] == [("claiming", "demanding")]
    ctx = Context(Config(select=("A501",)))
    issues = check_texts("The NGOs reclaim an independent impact study.",
                         source="Les ONG réclament une étude d'impact indépendante.", ctx=ctx).issues
    assert [(i.text, i.suggestion) for i in issues] == [("reclaim", "demand")]
    assert "to reclaim to take back" in issues[0].message


# md77c (rv77a item 6): « société » before a clause whose subject is a name is the society; « d'Etat » qualifies a firm
@pytest.mark.parametrize("source,text", [
    ("C'est la société dont Emmanuel Macron rêve.", "This is the society Emmanuel Macron dreams of."),
    ("La société que Poutine construit est fermée.", "The society Putin is building is closed."),
    ("Voilà la société où Jean Dupont a grandi.", "This is the society Jean Dupont grew up in."),
])
def test_societe_opening_a_clause_before_a_name_is_the_society(source, text):
    assert flags(text, source) == []


def test_societe_d_etat_before_a_firm_s_name_is_a_company():
    assert [(t, s) for t, s, _ in flags("The state society Gazprom raised its prices.",
                                        "La société d'Etat Gazprom a relevé ses prix.")] == [("society", "company")]


# lr77 item 12: a noun's possessive before the act is another's act, called for even after "reclaim"; a clause verb
# after a noun phrase of any length, before the clause ends, asserts
@pytest.mark.parametrize("source,text,trap,suggestion", [
    ("Les syndicats réclament la démission de leur ministre.",
     "The unions reclaimed their minister's resignation.", "reclaimed", "demanded"),
    ("Les syndicats réclament la démission de leur ministre.",
     "The unions claimed their minister's resignation.", "claimed", "demanded"),
    ("Les syndicats réclament la fin de la grève qui paralyse le port.",
     "The unions claim the end of the strike that was crippling the port.", "claim", "demand"),
])
def test_reclamer_reads_another_s_act_and_a_relative_ends_the_clause(source, text, trap, suggestion):
    assert [(t, s) for t, s, _ in flags(text, source)] == [(trap, suggestion)]


@pytest.mark.parametrize("source,text", [
    ("Il a réclamé une trêve et affirmé que la fin de la longue grève était proche.",
     "He called for a truce and claimed the end of the long strike was near."),
    ("Elle a réclamé une enquête et affirmé que la libération des prisonniers détenus depuis mai était due.",
     "She demanded an inquiry and claimed the release of the prisoners held since May was overdue."),
    ("Les grévistes veulent reprendre leur temps.", "The strikers want to reclaim their time."),
])
def test_reclamer_leaves_a_long_asserted_clause_and_one_s_own_time(source, text):
    assert flags(text, source) == []
