"""T106: a source name replaced by another name in one segment (``Piromalli`` -> "Patel", ``Yonath`` ->
"Darwin"), as systems that copy names from their training data do. Its readings are shared with T110
(:mod:`~mtqa.checks.name_swaps.swap_readers`); this module holds the check and what only it uses.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from mtqa.checks.base import SegmentCheck
from mtqa.checks.name_swaps.likeness import FoldedWords, name_present, read_text
from mtqa.checks.name_swaps.lost_names import target_language_name_word
from mtqa.checks.name_swaps.name_words import name_words, word_before
from mtqa.checks.name_swaps.swap_readers import replacements
from mtqa.checks.names import name_titles
from mtqa.checks.registry import register
from mtqa.langs import at_sentence_start, fold
from mtqa.langs.cache import SOURCE_MEMO, TABLES, memoize
from mtqa.limits import LOOKBACK
from mtqa.model import Issue, Segment, Severity
from mtqa.records import record
from mtqa.words import CAPITAL_WORD_JUST_AFTER_RE, CAPITAL_WORD_JUST_BEFORE_RE, LOWER


@register
@record
class ReplacedName(SegmentCheck):
    """A name of the source is replaced by a different name (``Piromalli`` -> "Patel").

    Why it matters: the translation now names someone else, an error of fact
    a reader cannot detect. Reported when one unknown name of the aligned
    source (capitalised mid-sentence, or opening a sentence or quotation
    when the source dictionary does not know it; rare as a word in both
    languages; the words of one name, like a first name and surname, count
    once) is missing from the target, and exactly one capitalised
    mid-sentence target word is not in the source, not similar to any
    source word, not a common word of the target language and not the
    bilingual dictionary's translation of a source word (``hongrois`` ->
    Hungarian). Two lost names and two new ones are paired in order. A
    first name of the target language's table before another capitalised
    word is a person's, however frequent it is alone (``Ebrahim`` ->
    "Jordan Martin", not the country). A word the target language does not
    know at all counts only beside a part of the name the target kept (the
    source's ``Kent Craver`` -> "Kent Walld"); elsewhere only a document
    that pairs it with the same lost name again vouches for it (T110).
    Beside a kept part, such a word also replaces a name word frequent
    enough to be a word somewhere (``Kirill Miller`` -> "Meerov Miller",
    ``la Commission Charbonneau`` -> "the Commission Hozapfel"), when no
    rarer name is lost: the name's own rendering is a word the target
    knows (Cyril). A first name the target language gives itself
    (``Stephanie Vartoki``), whose only English form is its own, is
    replaced there by another first name too ("Monica Vartoki"). A name word the source quotes in the target language (a
    common word of the target language that the source language does not
    have: ``Europa Press``, ``Common Sense Media``, ``Jared Lee Loughner``)
    is copied by any translation, so beside a kept part of its name any
    capitalised word in its place replaces it, common word or not (the
    system translated it as a word of the source: "Europa Close",
    "Judicious Common Media", "Jared The Loughner"), but a title of the
    target language (``Peter Englund`` -> "Mr. Englund": the person named
    again). So is any plain word of a name the source quotes in the target
    language, which another of its words shows (Economist of
    ``l'Economist Intelligence Unit``), though the source language writes
    its letters too (*il unit*: "Economist Intelligence Links"); a first
    name shows nothing (``Benjamin Crump``), and a word English does not
    write is none of English's (``Financial Times Deutschland``: Germany).
    The words a firm's name joins with an ampersand are one name
    (``Standard & Poor's``: Poor, with the English possessive, shows the
    name is quoted in English), so "Switchboard & Poor's" replaced Standard.
    The same name in another accepted romanisation (Kirill,
    its Ukrainian spelling Kyrylo; Grigori, Hryhoriy) is the name kept. A
    name after an elided word of the source (``d'Hagman``) is read without
    it. A word
    after a capitalised word and a hyphen, spaced or not (``Anne - Patel``),
    is the second part of a compound name, not the opening of a sentence.
    When the lost name opens the source segment, the word opening the
    target segment counts too if the target language's dictionary does not
    know it (``« Mercandelli a dénoncé`` ->
    "Marx denounced"), and so, where the lost name stands alone in
    brackets, does such a word alone in brackets (``Yohan (Cabavelli)`` ->
    "Yohan (Torres)"). A name both languages' dictionaries list, alone in
    a quotation or bracket opened mid-sentence, is read as any name
    mid-sentence, whatever the source dictionary also makes of its letters
    (``la série "Dallas"`` -> "the series "Paved""; another quoted word
    may be a term a translator rewords: « Wesh » -> "Hey"); a headline's place (``Karlovy Vary`` -> Carlsbad)
    stands mid-sentence in its source and is not paired so. A place that
    English also knows by another name (an endonym, another official
    language's name, a former name: ``alternate_names.<pair>.tsv``), named
    on its own (not the judge ``Michael Lemberg``), is not lost where the
    target writes that other name (``Gdansk`` -> Danzig,
    ``Bressanone`` -> Brixen, ``Karlovy Vary`` -> Carlsbad), unless the
    target writes the source's own name too (``Gdansk et Szczecin`` ->
    "Gdansk and Danzig": Danzig replaced Szczecin).

    When no new name pairs with it, the one name the target lost is still
    reported when the word alignment puts a single word in its very place:
    the source words on both sides of the name are rendered right on both
    sides of that word (past a grammar word the translation leaves
    unrendered: ``la chute de Goma a amené`` -> "the fall of Gummed
    brought"; or both end their sentence; on one side the same
    clause mark after or before both will do: ``l'oeuvre de Michaux,
    s'est imposée`` -> "the work of Midwhitewash, has dominated"), and the word is an
    English word or a name English knows that no source word accounts for
    (``a déclaré Restall.`` -> "said Berg.", ``Vladimir Sychev.`` ->
    "Vladimir air."), or a word neither language knows whose letters are
    unlike the name's (``UEFA, Zubizarreta mentionné`` -> "UEFA, Ascasibar
    mentioned"; a look-alike of a source word that the translation renders
    elsewhere is no copy of it: ``Djermoune, son fondateur`` -> "Donedat, its
    founder"), even where the name opens a sentence, a quotation or a line
    of dialogue, and even for a first name (``- Kirill, pourquoi`` -> "-
    Meerov, why"): a respelling of the name shares most of its letters, and
    a word spelt beyond Latin-1 may be a Central European form of it; a first name or a place in English form
    (Isabel -> Elizabeth, Deutschland -> Germany; but a rare name no place of the exonym table has no English
    form: ``communes de General Zarvento, Tula`` -> "municipalities of Australia, Tula", where the name's
    capitalised head, neither written nor rendered, went with it), the full form of a Russian
    first name for its diminutive or the reverse (``Pétia`` -> Pyotr,
    ``Volodia`` -> Vladimir, ``russian_diminutives.tsv``) and a lower-case word for
    a frequent name (``le Honda Jazz`` -> "the previous Jazz") may be a
    translator's choice and are left alone, and so is an abbreviated title
    before a name the target keeps (``Melle. Nathiri`` -> "Miss. Nathiri").
    A person replaced by another whole, first name and all (``le ministre
    Laurent Fabius a reçu`` -> "Minister Jean-Marc Ayrault received"), is read
    past the new first name, and each of two names lost in one sentence in
    its own place (``ont déclaré Ravanelli et Moratoki`` -> "said Berg and
    Hansen"). A name both languages' dictionaries list as a proper noun
    (Cuba, Gaza) is read so too, though the source dictionary also makes
    a word form of its letters (« cuber », « gazer »), and past a
    preposition the aligner left unlinked on both sides (``aura lieu lundi
    à Cuba`` -> "will take place on Monday in Gauged"). A word spelt like
    grammar words of the source only (``avec``, ``s'est``) is no rendering
    of them, as a word spelt like a content word may be (a cognate): ``avec
    son frère à Dallas en hiver`` -> "with her brother in Paved in winter".
    A name the source dictionary reads as a verb and as no noun (``Gausse``,
    *se gausser*), capitalised mid-sentence where the source language
    writes no verb so, is read as a name too (``le titre avec Gausse, mais``
    -> "the title with Laugh, but"), even where English writes its letters
    as a word (« Vestrano, China et Arbolleda », *chiner*: "Vestrano, Dyed
    and Arbolleda"), and after a common noun where English knows the word
    as a name (« le télescope Hale », *haler*: "the telescope Tows"; a
    title opening with a verb there, « le livre Apprivoiser la peur », may
    be rendered: English does not name anyone Apprivoiser).
    A professional translator may also name the same thing otherwise: a
    well-known place by another name (``avec Ottawa`` -> "with Canada",
    Myanmar -> Burma), a country or a people (``les six pour cent hongrois``
    -> "Hungary's six percent", ``la Generalitat`` -> "the Catalan
    government": no new name pairs with a lost one) or a leader French calls by the first name by the
    surname (Bachar -> Assad); only a lower-case word, a word English writes
    in lower case capitalised bare (``au nord de Goma`` -> "north of
    Gummed"; "said the Treasury", with its article, names an institution),
    or a word neither language knows and unlike the name, in their place is
    reported. A
    headline, which drops articles, may describe the person by a bare common
    noun (``Depardieu devient russe`` -> "Actor becomes Russian"): only a
    name or an unknown word replaces the name there.

    A name whose other part is no word of the source language (``Google
    Glass``, ``Fort Leavenworth``, ``Valle del Bravo``, ``Super Mario``:
    Google, Leavenworth, Valle and Mario are no French words, and ``del``
    is no French particle) is no phrase of the source language, and a
    translation copies it whole; its word that both languages write, and
    that English writes often itself (glass, fort, bravo, super; not lac
    or mont, which English translates: Lake Ontario, Mount Blanc), is
    English too. Where the translation writes the other part letter for
    letter and, right beside it on the same side, another capitalised
    word mid-sentence in the word's place ("Google Knell", "Strong
    Leavenworth", "Valle del Cheer", "Great Mario"), the system took the
    word for one of the source language: the name is reported lost. Where
    the name opens a sentence or a quotation of the source (« Super Mario
    a lutté », « "Super Mario 3D Land" »), the word opening the
    translation's in that place counts too, a grammar word excepted ("The
    Leavenworth"): a capital says nothing there, but the name's own word
    stood there ("Great Mario fought"). Where the translation writes the
    kept part in lower case only, a word neither language's dictionary
    has ("strong leavenworth"), the system lost the casing of names: a
    lower-case content word beside it in the word's place counts too. A
    title or first name of the target in that place (a person named
    again: "Mr", "Dr"), the word written short (``Thomas Watson Junior`` ->
    "Jr"), a word on the other side of the part (``Place Tahrir`` ->
    "Tahrir Square": English puts the generic word after the name), a word
    of an address (``Rue Balmes`` -> "Balmes Street"; but beside a part
    English writes as a word of its own the address is English already
    and keeps its word: ``Times Square`` -> "Times Small" is reported), the bilingual
    dictionary's rendering of the word beside a name the source
    dictionary knows itself (``Grand Montréal`` -> "Greater Montréal":
    French writes its own words around a name it knows) and a headline
    in title case are left alone. A military rank so replaced (``le
    Major Jaime Martinez`` -> "the Officer Jaime Martinez") is no name
    lost but a rank translated wrongly: the message says so and suggests
    the rank's English form before a name (``ranks.<pair>.tsv``).

    Example:
        source: Titre\\n\\nLa chimiste Anne-Ada Moravelli a reçu le prix hier.\\nLe jury était présidé par Ivo Dravenik.\\nL'équipe alignait Karel (Vostradi) en attaque.\\nLe prix est financé par Common Sense Media.\\nLa cérémonie aura lieu lundi à Cuba.\\nElle travaille avec son frère à Dallas en hiver.\\nIl a fêté le titre avec Gausse, mais de loin.\\nLe prix a été remis par Stephanie Vartoki.\\nIl est cantonné à Fort Kelworth depuis mai.\\nFort Zelvik a fermé en mai.\\nIl regarde la série "Dallas" chaque soir.\\nLes pluies ont touché Vestrano, China et Arbolleda.\\nLe télescope Hale a été rénové en mai.\\nUne étude du Harbour Research Unit a été publiée lundi.\\nLa note vient de Standard & Poor's.
        bad: Title\\n\\nThe chemist Anne-Ada Patel received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.\\nFort Zelvik closed in May.\\nHe watches the series "Dallas" every evening.\\nThe rains hit Vestrano, China and Arbolleda.\\nThe Hale telescope was renovated in May.\\nA study of the Harbour Research Unit was published on Monday.\\nThe rating comes from Standard & Poor's.
        bad: Title\\n\\nThe chemist Anne - Patel received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.\\nFort Zelvik closed in May.\\nHe watches the series "Dallas" every evening.\\nThe rains hit Vestrano, China and Arbolleda.\\nThe Hale telescope was renovated in May.\\nA study of the Harbour Research Unit was published on Monday.\\nThe rating comes from Standard & Poor's.
        bad: Title\\n\\nThe chemist Anne-Ada Quorvik received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.\\nFort Zelvik closed in May.\\nHe watches the series "Dallas" every evening.\\nThe rains hit Vestrano, China and Arbolleda.\\nThe Hale telescope was renovated in May.\\nA study of the Harbour Research Unit was published on Monday.\\nThe rating comes from Standard & Poor's.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo sand.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.\\nFort Zelvik closed in May.\\nHe watches the series "Dallas" every evening.\\nThe rains hit Vestrano, China and Arbolleda.\\nThe Hale telescope was renovated in May.\\nA study of the Harbour Research Unit was published on Monday.\\nThe rating comes from Standard & Poor's.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Moreno) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.\\nFort Zelvik closed in May.\\nHe watches the series "Dallas" every evening.\\nThe rains hit Vestrano, China and Arbolleda.\\nThe Hale telescope was renovated in May.\\nA study of the Harbour Research Unit was published on Monday.\\nThe rating comes from Standard & Poor's.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Judicious Common Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.\\nFort Zelvik closed in May.\\nHe watches the series "Dallas" every evening.\\nThe rains hit Vestrano, China and Arbolleda.\\nThe Hale telescope was renovated in May.\\nA study of the Harbour Research Unit was published on Monday.\\nThe rating comes from Standard & Poor's.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Gauged.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.\\nFort Zelvik closed in May.\\nHe watches the series "Dallas" every evening.\\nThe rains hit Vestrano, China and Arbolleda.\\nThe Hale telescope was renovated in May.\\nA study of the Harbour Research Unit was published on Monday.\\nThe rating comes from Standard & Poor's.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Paved in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.\\nFort Zelvik closed in May.\\nHe watches the series "Dallas" every evening.\\nThe rains hit Vestrano, China and Arbolleda.\\nThe Hale telescope was renovated in May.\\nA study of the Harbour Research Unit was published on Monday.\\nThe rating comes from Standard & Poor's.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Laugh, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.\\nFort Zelvik closed in May.\\nHe watches the series "Dallas" every evening.\\nThe rains hit Vestrano, China and Arbolleda.\\nThe Hale telescope was renovated in May.\\nA study of the Harbour Research Unit was published on Monday.\\nThe rating comes from Standard & Poor's.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Monica Vartoki.\\nHe has been stationed at Fort Kelworth since May.\\nFort Zelvik closed in May.\\nHe watches the series "Dallas" every evening.\\nThe rains hit Vestrano, China and Arbolleda.\\nThe Hale telescope was renovated in May.\\nA study of the Harbour Research Unit was published on Monday.\\nThe rating comes from Standard & Poor's.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Strong Kelworth since May.\\nFort Zelvik closed in May.\\nHe watches the series "Dallas" every evening.\\nThe rains hit Vestrano, China and Arbolleda.\\nThe Hale telescope was renovated in May.\\nA study of the Harbour Research Unit was published on Monday.\\nThe rating comes from Standard & Poor's.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at strong kelworth since May.\\nFort Zelvik closed in May.\\nHe watches the series "Dallas" every evening.\\nThe rains hit Vestrano, China and Arbolleda.\\nThe Hale telescope was renovated in May.\\nA study of the Harbour Research Unit was published on Monday.\\nThe rating comes from Standard & Poor's.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.\\nStrong Zelvik closed in May.\\nHe watches the series "Dallas" every evening.\\nThe rains hit Vestrano, China and Arbolleda.\\nThe Hale telescope was renovated in May.\\nA study of the Harbour Research Unit was published on Monday.\\nThe rating comes from Standard & Poor's.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.\\nFort Zelvik closed in May.\\nHe watches the series "Paved" every evening.\\nThe rains hit Vestrano, China and Arbolleda.\\nThe Hale telescope was renovated in May.\\nA study of the Harbour Research Unit was published on Monday.\\nThe rating comes from Standard & Poor's.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.\\nFort Zelvik closed in May.\\nHe watches the series "Dallas" every evening.\\nThe rains hit Vestrano, Dyed and Arbolleda.\\nThe Hale telescope was renovated in May.\\nA study of the Harbour Research Unit was published on Monday.\\nThe rating comes from Standard & Poor's.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.\\nFort Zelvik closed in May.\\nHe watches the series "Dallas" every evening.\\nThe rains hit Vestrano, China and Arbolleda.\\nThe telescope Tows was renovated in May.\\nA study of the Harbour Research Unit was published on Monday.\\nThe rating comes from Standard & Poor's.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.\\nFort Zelvik closed in May.\\nHe watches the series "Dallas" every evening.\\nThe rains hit Vestrano, China and Arbolleda.\\nThe Hale telescope was renovated in May.\\nA study of the Harbour Research Links was published on Monday.\\nThe rating comes from Standard & Poor's.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.\\nFort Zelvik closed in May.\\nHe watches the series "Dallas" every evening.\\nThe rains hit Vestrano, China and Arbolleda.\\nThe Hale telescope was renovated in May.\\nA study of the Harbour Research Unit was published on Monday.\\nThe rating comes from Switchboard & Poor's.
        good: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.\\nFort Zelvik closed in May.\\nHe watches the series "Dallas" every evening.\\nThe rains hit Vestrano, China and Arbolleda.\\nThe Hale telescope was renovated in May.\\nA study of the Harbour Research Unit was published on Monday.\\nThe rating comes from Standard & Poor's.
    """

    code = "T106"
    name = "replaced-name"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MAJOR
    requires_source = True

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        reported = set()
        for s, e, word, name, paired in replacements(segment, sources, ctx):
            from mtqa.names.exonym_forms import target_form  # the suggestion: the name as the target writes it (Quebec)

            reported.add(s)

            if paired:
                yield self.issue(
                    segment, s, e,
                    f"“{word}” is not in the {ctx.source.name}, where the name is “{name}”: the name was "
                    f"replaced.",
                    target_form(ctx.pair, name), confidence=0.7,
                )
                continue
            if _common_word(word, ctx.target):
                message = (f"The name “{name}” of the {ctx.source.name} is lost: the translation writes the "
                           f"common word “{word}” in its place, which names nobody: write the name.")
            else:
                message = (f"“{segment.text[s:e]}” stands where the {ctx.source.name} has the name “{name}”, which "
                           f"the translation lost: the name was replaced.")
            yield self.issue(segment, s, e, message, target_form(ctx.pair, name), confidence=0.7)
        ranks = None
        for s, e, word, name, part in _replaced_beside_foreign_part(segment, sources, ctx):
            if s in reported:
                continue
            ranks = rank_forms(ctx.pair) if ranks is None else ranks
            english = ranks.get(fold(name))
            if english is not None:  # « le Major Jaime Martinez » -> "the Officer Jaime Martinez": a rank, not a name
                yield self.issue(
                    segment, s, e,
                    f"The rank “{name}” before “{part}” is translated as “{word}”, another rank or none: "
                    f"the {ctx.target.name} form of the rank before a name is “{english}”.",
                    english, confidence=0.7,
                )
            else:
                yield self.issue(
                    segment, s, e,
                    f"The name “{name}” of the {ctx.source.name} is lost: the translation writes “{word}” in its "
                    f"place, beside “{part}”, the part of the name it kept; the name keeps its word as it is.",
                    name, confidence=0.7,
                )


@memoize(TABLES)
def rank_forms(pair) -> dict[str, str]:
    """Folded source rank -> its target form before a name (``ranks.<pair>.tsv``: major -> Major, capitaine ->
    Captain): a rank the foreign-name reading finds replaced is reported as a rank translated wrongly."""
    return {fold(row["french"]): row["english"] for row in pair.table("ranks")}


ALIKE_WORD_ZIPF = 3.5
"""A word of a foreign name that the target language writes this often (Zipf) is a word of its own, which a
translation copies with the name (glass 4.9, fort 4.5, bravo 3.8); a French generic word English writes little
(lac 3.3, mont 3.5 less a hair, pont 3.1) is one English translates in a place's name (Lake Ontario)."""
SIMILAR_NEW_WORD = 0.75
"""Folded similarity above which the word standing in a lost name word's place is a source word respelled, not a
replacement (likeness's ``SIMILAR`` is too loose for short words there: Knell like elle)."""


def _alike_words_of_foreign_names(src_text: str, ctx) -> tuple[tuple[str, str, str, bool, bool], ...]:
    """(word, part, frame, part before, part known) for each word of a name of ``src_text`` that both languages write alike
    and that stands beside a part of the same name the source language does not have: ``word`` is a
    capitalised name word (:func:`name_words`) that the source and the target dictionaries both know in lower
    case and that the target language writes often itself (``ALIKE_WORD_ZIPF``: glass, fort, super, bravo;
    not lac nor mont, French generic words English writes little and translates, Lake Ontario, Mount Blanc),
    no first name of the source's table, grammar word, title of the source nor word of an address
    (``address_words``: ``Rue Balmes``, which English writes Balmes Street) unless the part is a word of the
    target language the source language does not write
    (:func:`~mtqa.checks.name_swaps.lost_names.target_language_name_word`: ``Times Square``, an English
    address); ``part`` is the capitalised
    word one space before or after it, none of the source dictionary's words nor a common word of the source
    language (Google, Leavenworth, Mario), with a lower-case particle between them that is no word of the
    source language either (``Valle del Bravo``); ``frame`` is the text from the part to the word, the word
    left out ("Google", "Valle del"); ``part known``: the source dictionary lists the part as a proper noun
    (Google, Montréal; not Leavenworth), read by :func:`_replaced_beside_foreign_part`. Kept per source text
    (run memo).

    Why: a name whose other part is no word of the source language is no phrase of it: a translation copies
    it whole (``Google Glass``, ``Fort Leavenworth``, ``Super Mario``), and its word that the target language
    writes too is the target's word as well. A system that took the word for one of the source language wrote
    another word in its place beside the part it kept ("Google Knell", "Strong Leavenworth", "Valle del
    Cheer"), which no check of names saw: every word of it is good English."""
    def build() -> tuple:
        src, tgt = ctx.source, ctx.target
        caps = name_words(src_text, src)
        if not caps:
            return ()
        first_names, titles = src.first_names_folded, name_titles(ctx.pair, "source")
        addresses = src.word_set("address_words")
        out = []

        def alike(w: str) -> bool:
            low = w.lower()
            return not (len(w) < 3 or not w[1:].islower() or fold(w) in first_names or fold(w) in titles
                        or low in src.function_words or not src.in_dictionary(low)
                        or not tgt.in_dictionary(low) or tgt.zipf(low) < ALIKE_WORD_ZIPF)

        def foreign(part: str, w: str) -> bool:
            # an address word beside a name the target language does not write as its own word is one English
            # translates and moves (Rue Balmes: Balmes Street); beside an English word the address is English
            # already (Times Square), and its word is kept
            if w.lower() in addresses and not target_language_name_word(part, src, tgt):
                return False
            return not (src.in_dictionary(part.lower()) or src.is_common_word(part) or not part[1:].islower())

        for k, (s, e, w) in enumerate(caps):
            # the word before a name word that opens a sentence or a quotation, which name_words leaves out as a
            # capital there says nothing (« Super Mario a lutté », « "Super Mario 3D Land" »)
            before = word_before(src_text, s)
            if before is not None and before[2][:1].isupper() and at_sentence_start(src_text, before[0]) \
                    and alike(before[2]) and foreign(w, before[2]):
                out.append((before[2], w, w, False, src.has_proper_stem(w)))
            if not alike(w):
                continue
            for j in (k - 1, k + 1):
                if not 0 <= j < len(caps):
                    continue
                ps, pe, part = caps[j]
                if not foreign(part, w):
                    continue
                between = src_text[pe:s] if j < k else src_text[e:ps]
                if between != " " and not _foreign_particle(between, src):
                    continue
                out.append((w, part, src_text[ps:s].rstrip() if j < k else src_text[e:pe].lstrip(), j < k,
                            src.has_proper_stem(part)))
        return tuple(out)

    return ctx.memo("swaps.alike_words", (src_text, ctx.source.code, ctx.target.code), build, bound=SOURCE_MEMO)


_PARTICLE_BETWEEN = re.compile(rf" ([{LOWER}]{{1,3}}) ")
"""One short lower-case word between two words of a name, a space on each side (Valle del Bravo)."""


def _foreign_particle(between: str, src) -> bool:
    """``between``, the text between two words of a name, is one short lower-case word the source language does
    not have (``del``, ``von``, ``da``): a particle of the name's own language, which a translation copies
    with the name; a particle of the source language (``de``: ``Chambre de Commerce``) joins words a
    translation renders."""
    m = _PARTICLE_BETWEEN.fullmatch(between)
    return m is not None and not src.in_dictionary(m.group(1)) and not src.is_common_word(m.group(1))


def _replaced_beside_foreign_part(segment: Segment, sources: list[Segment], ctx) \
        -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, target word, source word, kept part) where a word of a foreign name that both languages
    write alike (:func:`_alike_words_of_foreign_names`: ``Google Glass``) is missing from the translation (nor
    a word like it, likeness's ``SIMILAR``: Glass, glasses; ``Mono Lake``, "Monkey Lake" in a reference),
    which writes the name's other part letter for letter, on the same side, with one space, and a different
    capitalised word right beside it in the word's place ("Google Knell", "Strong Leavenworth", "Valle del
    Cheer"): no word of the source nor like one (``SIMILAR``), no title nor first name of the target's, not
    opening a sentence or a quotation. A headline in title case is left alone, as a capital says nothing
    there, and so is a word on the other side of the part (``Place Tahrir`` -> "Tahrir Square": English puts
    the generic word after the name; the word replaced stands where the source's stood). Beside a part the
    source language knows as a name of its own (its dictionary's proper noun: Montréal), a bilingual dictionary
    rendering of the word is the word translated as English does (``Grand Montréal`` -> "Greater Montréal",
    :func:`_renders`): the source writes its own words around a name it knows; beside a name it does not know
    (Leavenworth) the word is the foreign name's, and its rendering ("Strong Leavenworth") lost the name."""
    target_words = None
    for src in sources:
        found = _alike_words_of_foreign_names(src.text, ctx)
        if not found:
            continue
        if target_words is None:
            from mtqa.segment import headline_like

            if headline_like(segment, ctx.target):
                return
            target_words = read_text(segment.text, ctx, ctx.target.code)
        text = segment.text
        src_words = read_text(src.text, ctx, ctx.source.code)
        for word, part, frame, before, known in found:
            if fold(part) not in target_words.folded or name_present(word, target_words):
                continue
            opening = not before and _opens_in_source(src.text, f"{word} {frame}")
            for at in _frames(text, frame):
                if before:
                    m = CAPITAL_WORD_JUST_AFTER_RE.match(text, at + len(frame))
                    hit = (m.start(1), m.end(1), m.group(1)) if m else None
                else:
                    m = CAPITAL_WORD_JUST_BEFORE_RE.search(text, max(0, at - LOOKBACK), at)
                    hit = (m.start(1), m.end(1), m.group(1)) if m else None
                if hit and _stands_for_name_word(hit[2], text, hit[0], src_words, ctx, opening) \
                        and not _abbreviation_of(hit[2], word) and not (known and _renders(hit[2], word, ctx)):
                    yield (*hit, word, part)
                    break
            else:
                hit = _lowered_beside(text, frame, part, before, src_words, ctx)
                if hit and not _abbreviation_of(hit[2], word) and not (known and _renders(hit[2], word, ctx)):
                    yield (*hit, word, part)


def _lowered_beside(text: str, frame: str, part: str, before: bool, src_words: FoldedWords, ctx) \
        -> Optional[tuple[int, int, str]]:
    """(start, end, word) of the lower-case word right beside the kept part of a foreign name (``frame``) where
    the translation writes that part in lower case only ("strong leavenworth" for ``Fort Leavenworth``), on the
    side the lost word stood (after it when ``before``), one space away: a content word of the target (no
    grammar word, no title nor first name), no word of the source nor much like one (``SIMILAR_NEW_WORD``). The
    kept ``part`` must be no word of the target's dictionary: in lower case, a word English has (Telescope of
    ``European Extremely Large Telescope``, Response) may be the sentence's own ("a huge telescope" rendering
    « un très grand télescope »), not the name's part.

    Why: a system that writes names in lower case (a truecaser that lost them) writes the word it put for the
    name's in lower case too, and the capital the reading looks for is gone; the kept part in lower case is the
    sign the casing went with the system. A human translation writes the part with its capital, so this reads
    no reference."""
    lowered = frame.lower()
    if lowered == frame or frame in text:
        return None
    tgt = ctx.target
    if tgt.in_dictionary(part.lower()):
        return None
    for at in _frames(text, lowered):
        if before:
            m = _LOWER_WORD_AFTER.match(text, at + len(lowered))
            hit = (m.start(1), m.end(1), m.group(1)) if m else None
        else:
            hit = word_before(text, at)
        if hit is None:
            continue
        word = hit[2]
        if not word.islower() or len(word) < 3 or word in tgt.function_words \
                or name_present(word, src_words, SIMILAR_NEW_WORD) or fold(word) in name_titles(ctx.pair, "target") \
                or fold(word) in ctx.pair.first_names_folded:
            continue
        return hit
    return None


_LOWER_WORD_AFTER = re.compile(r" ([^\W\d_]+)\b")
"""The word right after a place, one space away (the lower-case reading of a kept part's neighbour)."""


def _renders(word: str, name_word: str, ctx) -> bool:
    """``word`` of the translation, or a lemma the target dictionary's suffix rules make of it ("Greater": great),
    is one of the bilingual dictionary's translations of the source word ``name_word`` (grand: great)."""
    from mtqa.langs import freedict, hunspell

    english = {t.lower() for t in freedict.lookup(name_word.lower(), freedict.pair_name(ctx.source.code,
                                                                                        ctx.target.code))}
    low = word.lower()
    return low in english or any(lemma in english for lemma in hunspell.suffix_stems(ctx.target.dictionaries, low))


def _frames(text: str, frame: str) -> Iterator[int]:
    """Where ``frame`` (the kept part of a name, with its particle) stands in ``text`` as whole words."""
    at = text.find(frame)
    while at >= 0:
        end = at + len(frame)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield at
        at = text.find(frame, at + 1)


def _abbreviation_of(short: str, word: str) -> bool:
    """``short`` is an abbreviation of ``word``: shorter, its first letter, then letters of ``word`` in order
    (``Jr`` of Junior, ``Sq`` of Square): the name word written short, as English writes it, not replaced."""
    short, word = fold(short), fold(word)
    if len(short) >= len(word) or short[:1] != word[:1]:
        return False
    rest = iter(word[1:])
    return all(c in rest for c in short[1:])


def _stands_for_name_word(word: str, text: str, start: int, src_words: FoldedWords, ctx,
                          opening: bool = False) -> bool:
    """``word`` at ``start`` of the translation may be what a system wrote for a lost name word: capitalised
    in lower case after its capital, mid-sentence (not opening a sentence or a quotation, where a capital
    says nothing), no word of the source nor much like one (``SIMILAR_NEW_WORD``: a short word looks like
    too many at ``SIMILAR``, Knell like elle), no title nor first name of the target's (``Mr``
    before a surname names the person again; a first name for a first name is the given-names check's).
    Where the name opens a sentence or a quotation of the source too (``opening``: « Super Mario a lutté »,
    « dans "Super Mario 3D Land" »), the word opening the target's in its place counts as well, unless it
    is a grammar word of the target ("The Leavenworth"): the name's own word stood at that opening, so a
    content word there, before the kept part, stands for it ("Great Mario fought")."""
    if not (len(word) > 1 and word[1:].islower()) or name_present(word, src_words, SIMILAR_NEW_WORD) \
            or fold(word) in name_titles(ctx.pair, "target") or fold(word) in ctx.pair.first_names_folded:
        return False
    if at_sentence_start(text, start):
        return opening and word.lower() not in ctx.target.function_words
    return True


def _opens_in_source(src_text: str, name: str) -> bool:
    """The words ``name`` (a foreign name's word and the part after it: "Super Mario") open a sentence or a
    quotation of ``src_text`` somewhere (« Super Mario a lutté », « "Super Mario 3D Land" »), as whole
    words."""
    return any(at_sentence_start(src_text, at) for at in _frames(src_text, name))


def _common_word(word: str, tgt) -> bool:
    """``word`` is a common word of the target language, not a name: written in lower case, or capitalised
    but known to the dictionary only as a common word (no proper stem: Ministry, Gummed; not Berg, Smith).
    Why: "said Ministry" for « a déclaré Ravanelli » is no other person named, but a name lost and a word
    left in its place; the message says so rather than calling the word a replacing name."""
    if not tgt.in_dictionary(word.lower()):
        return False
    return not word[:1].isupper() or not tgt.has_proper_stem(word)
