"""T105: a source name read as common words and translated (``Pierre`` -> "Stone", ``Marine Le Pen`` ->
"Navy The Pen"), with the readings only it uses: the source's name words a dictionary translates, names after
a determiner or an address, towns and persons of words, compound names.

The evidence is a bilingual dictionary (FreeDict French-English, Debian ``dict-freedict-fra-eng``, read by
:mod:`mtqa.langs.freedict`); without it, only a name's determiner is read (``Les Echos`` -> "the Echos").
"""
from __future__ import annotations

import functools
import re
from typing import Iterator, Optional

from mtqa.checks.base import SegmentCheck
from mtqa.checks.name_swaps.likeness import NAME_HYPHEN, FoldedWords, ReadText, name_present, read_text, segment_text
from mtqa.checks.name_swaps.name_words import (PREV_CAPITAL_WORD, PREV_WORD, capital_neighbours, english_place_names, next_to,
                                               word_before)
from mtqa.checks.name_swaps.word_readings import WORD_READINGS, word_translations
from mtqa.checks.names import name_titles
from mtqa.checks.registry import register
from mtqa.checks.saint_names import saint_titles_translated
from mtqa.langs import at_sentence_start, fold
from mtqa.langs.cache import FEW_SOURCES, SOURCES, SOURCE_MEMO, TABLES, memoize
from mtqa.langs.data import alternation
from mtqa.langs.text import whole_word_starts
from mtqa.limits import LOOKBACK
from mtqa.model import Issue, Segment, Severity
from mtqa.names.mentions import text_words
from mtqa.records import record
from mtqa.regexcache import transient
from mtqa.words import CAPITAL_WORD_BEFORE_RE, ONE_APOSTROPHE_WORD_RE as _WORD, UPPER


SIMILAR_FIRST_NAME = 0.75
""":data:`~mtqa.checks.name_swaps.likeness.SIMILAR` for a first name, short enough to look like many words (Pierre,
painter)."""


@register
@record
class NameTranslatedAsWords(SegmentCheck):
    """A name of the source is translated as common words (``Pierre`` -> "Stone").

    Why it matters: the person disappears and the sentence gains an odd
    capitalised word ("Stone Brandoux said..."). Reported when a first name
    of the source (``first_names.tsv``) is missing from the target, the
    other part of the name next to it (a word the source-language
    dictionary does not know, like a surname) survived, and right next to it
    in the target stands a capitalised word that is one of the missing
    word's translations in the bilingual dictionary, or a close synonym of
    one (WordNet's, the thesaurus the meaning checks read: ``Pierre
    Brandoux`` -> "Rock Brandoux", FreeDict giving stone); this part is
    silent without the dictionary. Where the other part is a surname with a
    particle (``Marine Le Pen``: the particle is a common word, so the
    surname after it is the kept part) and the target writes particle and
    surname as the source does, a rendering of the first name the lexical
    model learned from news will do too (``Navy Le Pen``). A surname whose
    particle is a determiner, after a first name, translated with its
    particle as capitalised words (``Bruno Le Maire`` -> "Bruno The
    Mayor", the bilingual dictionary's rendering of the surname's word) is
    reported like its determiner alone ("Bruno The Maire"), with the
    particle before it when that is rendered too (``Jean de La Fontaine``
    -> "Jean of The Fountain"); an epithet of the source language's
    monarchs (``Louis Le Grand``) is no surname, and English translates it
    (Louis the Great). A first name rendered by a common word that looks
    like it (``Olivier Le Roux`` -> "Olive Le Roux") is read beside the
    surname kept with its particle, not taken for the name's spelling.
    A system that writes names in lower case (a truecaser that lost them)
    is read in lower case: the first name's translation beside the other
    part written in lower case ("stone brandoux"), and a person's two words
    both translated, side by side ("white stone" for ``Pierre Blanc``). A
    human translation keeps the surname's capital, so the surname in
    lower case says the casing went with the system.

    A name's first word may be a determiner: written with a capital
    mid-sentence in the source, it is part of the name (``selon Les
    Échelles``, ``la mine de Mes Dornak``, ``L'Aurovin``), and MT that
    renders it as a word of the sentence ("the Échelles", "my Dornak")
    misnames a newspaper, a place or a firm. Reported when the rest of the
    name is copied right after one of the determiner's renderings (the
    pair's ``name_determiners``) and the source's form is nowhere in the
    target; a word the target language uses often on its own (``The
    World Energy Council``) may carry the target's own article. A title
    of address with only its possessive rendered (``Sa Sainteté`` ->
    "His Sainteté") is reported too, with the whole title in the target
    language as the suggestion ("His Holiness"), and so is a title
    translated whole after a possessive it never takes ("Its Holiness":
    the source's possessive agrees with the title's grammatical gender).

    A name's word that the source language also uses as a common word is
    translated too where the name says it is kept: in a name the source
    quotes in the target language, which another of its words shows
    (``Large Binocular Telescope``: binocular is English, no French word;
    "the Wide Binocular Telescope"), and in a surname after a first name
    of the source's table (``Laurent Blanc`` -> "Laurent white"). Reported
    when the word is not in the target, a part of the name beside it is,
    and right beside that part stands one of the word's bilingual
    dictionary translations, in either case for a quoted name and in
    lower case for a surname (capitalised, "Laurent White", it is T103's
    altered name). A name in the source language's own words (``place
    Tahrir``, ``la Loi Dream Act``) is left alone: English translates its
    generic word (Tahrir Square, the Dream Act law).

    A name of a determiner and one word that is no person's (``selon Le
    Devoir``, ``l'Université La Salle``) is read with its word translated
    too: a rendering of the determiner, then a capitalised translation of
    the word from the bilingual dictionary ("The Duty", "the Room"), the
    word itself nowhere in the target; opening a sentence too (``Le
    Quotidien a publié`` -> "The Daily published": the article's capital
    is the sentence's, the word's the name's), but for a translation
    English capitalises as an institution or a name of its own (``La Ville
    a décidé`` -> "The City decided", ``La Terre`` -> "The Earth"). A longer title (``Le Chemin de
    Damas``, ``Le Petit Prince``) may be translated whole, and a rendering
    followed by another capitalised word is a name the target made of its
    own ("The Left Party"): both are left alone. So is a later part of a
    name of capitalised words joined by hyphens (``l'Hôtel-Dieu``,
    ``Notre-Dame``), translated beside its first part kept ("the
    Hotel-God", "Notre Lady"); a first part translated before a name kept
    (``Nouveau-Brunswick``: New Brunswick) is English usage. A person
    whose surname is a common word loses the whole name where the target
    keeps neither part and writes the surname's translation, capitalised,
    beside a rendering of the first name ("Peter White", "White Stone",
    or its close synonym "White Rock" for ``Pierre Blanc``). So does a town named by a common word (``à Menton``:
    the capitalised word alone after the preposition French puts before a
    town) whose translation the target writes, capitalised ("in Chin").

    A name whose letters the source dictionary reads as a verb and as no
    noun (``Trier``, ``Gausse``: *trier*, *se gausser*) is a name wherever
    the source capitalises it mid-sentence, since the source language never
    capitalises a verb there; where the translation lost it and the word
    alignment links it, through the lexical model, to a capitalised common
    word of the target ("Lars von Sort", "with Mocks"), the system read the
    name as the verb and translated it. The link is read through the verb's
    infinitive and the English word's lemma as well, both from the
    dictionaries' suffix rules: ``Lima`` as *limer* (il lima) rendered
    "Filed", ``Gaza`` as *gazer* rendered "Gassed".

    A place, church or order named after a saint (``Saint-Denis``,
    ``l'oratoire Saint-Joseph``: a title of the source language's
    ``saint_titles``, a hyphen and a given name of either language's
    table) keeps the title in English (Saint-Denis, St Denis, St Joseph's
    Oratory). Reported where the translation keeps the given name, in any
    case, and writes right before it, or one word before it, a common word
    the bilingual dictionary renders the title by, none of the ways the
    target language writes the title (``Saint-Denis`` -> "Holy denis", "the
    Holy oratorical joseph"); the suggestion is the source's name where
    nothing stands between them. Before a common noun the title makes a
    name English translates whole (``Sainte-Croix`` -> Holy Cross,
    ``Saint-Esprit`` -> Holy Spirit): the noun is no given name, and is not
    kept there.

    A noun of the source language, capitalised mid-sentence with no
    determiner before it (``directeur de Tremplin``, ``le caporal Bert
    Paquet``), is a name of its own: the language puts an article before a
    common noun, even one it capitalises by convention (``la Commission``,
    ``l'État``). Where the translation lost it and writes, mid-sentence, a
    capitalised common word that renders its letters (the lexical model's
    or the bilingual dictionary's rendering: "Springboard", "Package"; in
    either of English's spellings, ``rejoindre Labour`` -> "join Plowing"
    where the dictionary writes ploughing), the system read the name as the
    word; where the system writes the source's names in lower case (a name
    word no dictionary has, "christian grapin"), a lower-case rendering
    counts too ("director of springboard"). A title or a body's head with its
    complement (``Chef des Ventes``), the head of a longer name (``Bodegas
    Vega Sicilia``), a part of a compound name (``Royaume-Uni``) and a
    rendering English writes as a name too or beside another new capital
    ("Secretary of State", "Station Wagon") are left alone. After a lower-case
    common noun the capital may open a title that English renders (« le
    livre Apprivoiser la peur »), but a word English knows as a name there
    names the thing's brand or namesake (« trois cartes Visa » -> "three
    cards Aimed", *viser*).

    Example:
        source: Titre\\n\\nLe peintre Pierre Brandoux expose à Rodez, selon Les Échelles, avec Julien Le Boucher. Sa Sainteté viendra. Paul de La Rivière et Olivier Le Guen parleront de Charles Le Chauve. Il a visité le Large Binocular Telescope avec Laurent Blanc. Selon Le Devoir, l'Hôtel-Dieu ferme. Il vit à Menton. Le Quotidien a publié un article. Le cinéaste Lars von Trier tourne un film avec Gausse. La délégation a quitté Lima mardi. Il a joué à Saint-Denis. Elle dirige Tremplin avec Nadia Korvel depuis 2005. Elle a reçu trois cartes Visa en mai. Il a voulu rejoindre Labour en mai.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien The Butcher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Stone Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Rock Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter stone brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to the Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Sainteté will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. Its Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul of The River and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olive Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Wide Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent white. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to The Duty, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hotel-God is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Peter White. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Chin. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. The Daily published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Sort is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Filed on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Holy Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Springboard with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run springboard with Nadia korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three cards Aimed in May. He wanted to join Labour in May.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Plowing in May.
        good: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        good: Title\\n\\nThe painter Pierre Brandoux works with stone, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
        good: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in St Denis. She has run Tremplin with Nadia Korvel since 2005. She received three Visa cards in May. He wanted to join Labour in May.
    """

    code = "T105"
    name = "name-translated-as-words"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MAJOR
    requires_source = True

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        for reading, how in WORD_READINGS:
            for start, end, word, name in reading(segment, sources, ctx):
                yield self.issue(
                    segment, start, end,
                    f"“{word}” translates the name “{name}” of the {ctx.source.name} as a common word{how}; "
                    f"the name keeps its own.",
                    name,
                )
        for start, end, name, suggestion in saint_titles_translated(segment, sources, ctx):
            yield self.issue(
                segment, start, end,
                f"“{segment.text[start:end]}” translates the title of the saint's name “{name}” of the "
                f"{ctx.source.name} as a common word, beside the given name kept; a place or church named "
                f"after a saint keeps the title (Saint, St).",
                suggestion,
            )
        if not any(_may_name_as_words(src.text, ctx) for src in sources):
            return  # the source names nothing T105 reads: the translation is not looked at
        from mtqa.langs import freedict

        target_words = read_text(segment.text, ctx, ctx.target.code)
        # a word of a name the target keeps, translated beside the part kept (may be all lower case)
        for ts, te, word, name in _kept_name_word_translated(segment.text, target_words, sources, ctx):
            yield self.issue(
                segment, ts, te,
                f"“{word}” translates the word “{name}” of a name of the {ctx.source.name} as a common word, "
                f"beside a part of the name the translation kept; the name keeps it.",
                name,
            )
        for ts, te, word, name in _lowered_first_names_translated(segment.text, target_words, sources, ctx):
            yield self.issue(
                segment, ts, te,
                f"“{word}” translates the name “{name}” of the {ctx.source.name} as a common word, beside "
                f"the rest of the name written in lower case; the name keeps its own.",
                name,
            )
        for start, end, name in _person_translated(segment.text, target_words, sources, ctx):
            yield self.issue(
                segment, start, end,
                f"“{segment.text[start:end]}” translates the surname of “{name}” of the {ctx.source.name} as a "
                f"common word, beside the first name rendered too; the person keeps the name.",
                name,
            )
        # (the person reading reads lower-case pairs too: before the capitals' screen)
        target_caps = target_words.caps
        if not target_caps:
            return
        for start, end, word, name in _town_translated(segment.text, target_words, sources, ctx):
            yield self.issue(
                segment, start, end,
                f"“{word}” translates the town “{name}” of the {ctx.source.name} as a common word; the town "
                f"keeps its name.",
                name,
            )
        for start, end, name, title in _determiners_translated(segment.text, sources, ctx):
            if title:
                yield self.issue(
                    segment, start, end,
                    f"“{segment.text[start:end]}” translates only the first word of the title “{name}” of the "
                    f"{ctx.source.name}; the title is translated whole.",
                    title,
                )
                continue
            if segment.text[start:end].split()[-1] != _LETTERS_TAIL.search(name).group():
                yield self.issue(
                    segment, start, end,
                    f"“{segment.text[start:end]}” translates the {'name' if title is None else 'surname'} "
                    f"“{name}” of the {ctx.source.name} as common words; the name keeps its own.",
                    name,
                )
                continue
            yield self.issue(
                segment, start, end,
                f"“{segment.text[start:end]}” translates the first word of the name “{name}” of the "
                f"{ctx.source.name} as a word of the sentence; the name keeps it.",
                name,
            )
        for start, end, title, usual in _possessives_mistaken(segment.text, sources, ctx):
            yield self.issue(
                segment, start, end,
                f"“{segment.text[start:end]}” gives the title “{title}” of the {ctx.source.name} a possessive "
                f"the title never takes in the {ctx.target.name}; the possessive follows the person, not the "
                f"title's grammatical gender.",
                usual,
            )
        pair = freedict.pair_name(ctx.source.code, ctx.target.code)
        opening_target = None
        for src in sources:
            caps, named = _first_names_opening(src.text, ctx)
            for k in named:
                s, e, name = caps[k]
                if name in target_words.words:
                    continue  # copied as it is: name_present below finds it at once, and its folded form in the target
                # a word like the first name (Olivier -> "Olive") may be its rendering as a common word: only
                # beside the surname kept with its particle is that read (Olive Le Roux), not a spelling of it
                alike = name_present(name, target_words, SIMILAR_FIRST_NAME)
                if alike and fold(name) in target_words.folded:
                    continue
                kept = [c for c in capital_neighbours(src.text, caps, k)
                        if not ctx.source.in_dictionary(c.lower()) and name_present(c, target_words)]
                particle = _particle_and_surname(caps, k, ctx.source)
                if particle and not (particle[1] not in kept and name_present(particle[1], target_words)):
                    particle = None
                if not kept and not particle or alike and not particle:
                    continue  # not a person's name whose other part survived (Pierre Brandoux -> Stone Brandoux)
                english = {t.lower() for t in freedict.lookup(name.lower(), pair) if " " not in t}
                if opening_target is None:
                    opening_target = _with_opening_names(segment.text, target_caps)
                source_words = None
                for ts, te, word in opening_target:
                    if source_words is None:
                        source_words = read_text(src.text, ctx, ctx.source.code).folded
                    if fold(word) not in source_words and (
                            word.lower() in english or _close_synonym(word, english, ctx)
                            or (particle and _learned_rendering(name, word, ctx))) and (
                            next_to(segment.text, ts, te, kept) and not alike
                            or _before_particle(segment.text, te, particle)):
                        yield self.issue(
                            segment, ts, te,
                            f"“{word}” translates the name “{name}” of the {ctx.source.name} as a common word.",
                            name,
                        )
                        break


def _may_name_as_words(src_text: str, ctx) -> bool:
    """Whether T105 can report anything on a translation of the source text ``src_text``, as far as the
    source alone tells: it names a name that opens with a determiner (:func:`_determined_names`), a title
    of address (:func:`_address_in`), or a first name of the source's table among its capitalised words
    (those of :func:`_with_opening_names`), or a word of a name that a translation keeps (:func:`_name_words_kept`),
    or a town named by a common word (:func:`_towns_of_words`).
    Each of T105's four readings starts from one of these and
    reports nothing without it (:func:`_determiners_translated` and :func:`_possessives_mistaken` walk the
    first two, the first-name loop skips every other word), so where all three are empty the check ends
    before it reads the translation. Kept per source text (run memo, :data:`SOURCE_MEMO`).

    Why: a source sentence comes back once per system that translated it, and on WMT14's 3,003 sources
    only 333 name any of the three: the other translations had their capitalised words read (the target's
    :class:`ReadText`, the largest share of T105's cost) and each source's capitalised words walked again, for
    nothing.

    The analyses are asked only where :func:`_may_name_screen` finds in the source's one split a word
    they start from.
    """
    def build() -> bool:
        if not _may_name_screen(src_text, ctx):
            return False
        if _determined_names(src_text, ctx) or _address_in(src_text, ctx.pair) or _name_words_kept(src_text, ctx) \
                or _towns_of_words(src_text, ctx) or _opening_determined_names(src_text, ctx):
            return True
        return bool(_first_names_opening(src_text, ctx)[1])

    return ctx.memo("T105.may_report", (src_text, ctx.source.code, ctx.target.code), build, bound=SOURCE_MEMO)


def _first_names_opening(src_text: str, ctx) -> tuple[list, tuple[int, ...]]:
    """The source text's capitalised words with the words opening a sentence before a name
    (:func:`_with_opening_names`), and the indices among them of the first names of the source's table:
    what T105's first-name reading walks, for every translation of the text. Kept per source text (run memo);
    readers must not change it. Why: each translation read the source's capitalised words again, looked for
    the word opening a sentence before each, and folded each to find the first names (WMT14's 24,024
    pairs: 3,270 translations of 409 sources)."""
    def build() -> tuple[list, tuple[int, ...]]:
        first_names = ctx.source.first_names_folded
        caps = _with_opening_names(src_text, read_text(src_text, ctx, ctx.source.code).caps)
        return caps, tuple(k for k, (_, _, name) in enumerate(caps) if fold(name) in first_names)

    return ctx.memo("T105.first_names", (src_text, ctx.source.code), build, bound=FEW_SOURCES)


def _may_name_screen(src_text: str, ctx) -> bool:
    """False when :func:`_may_name_as_words`'s analyses can find nothing in ``src_text``, read from the words
    of its one split (:func:`~mtqa.names.mentions.text_words`): no capitalised word of it (nor a run of
    letters of one from a capital on, which a name opening a sentence may be: ``l'Union``) is a first name of
    the source's table; none of its capitalised mid-sentence words opens with a determiner of
    ``name_determiners`` (:func:`_determined_names`), nor is such a determiner followed by a capitalised word
    wherever it stands (:func:`_opening_determined_names`); no capitalised word stands one space after a
    ``town_prepositions`` word (:func:`_towns_of_words`), nor one space after another capitalised word where
    either is a word only the target language has (:func:`_name_words_kept`'s quoted names; its persons
    start from a first name); no capitals are joined by a hyphen (:func:`_compound_words_kept`); no title
    of address (:func:`_address_in`). Each analysis reports only from such a word, so each is empty here.

    Why: the analyses build the source's :class:`ReadText` (where each capitalised word stands in its
    sentence) and ask the dictionaries about its words, for every source, and on WMT14's 3,003 sources
    nearly nine in ten name nothing they read; these tests are set lookups on the few capitalised words.
    A text whose split reads a word with two apostrophes (``chained``) is not screened (:class:`ReadText` reads
    it with ``_WORD``)."""
    split = text_words(src_text, ctx)
    if split.chained:
        return True
    src, tgt = ctx.source, ctx.target
    first_names = src.first_names_folded
    determiners = ctx.pair.name_determiners
    prepositions = src.word_set("town_prepositions")
    words, offs = split.words, split.offsets
    for k in split.capital:
        w = words[k]
        if any(fold(x) in first_names for x in _capital_parts(w)):
            return True
        if not w[:1].isupper():
            continue
        start = offs[2 * k]
        if w.replace("’", "'").partition("'")[0].lower() in determiners and len(w) > 1 and not w.isupper() \
                and (not at_sentence_start(src_text, start) or NAME_HYPHEN.search(src_text, max(0, start - 40), start)):
            return True
        if w.lower() in determiners and k + 1 < len(words) and words[k + 1][:1].isupper():
            return True  # an article before a capitalised word, opening a sentence (_opening_determined_names)
        if k and offs[2 * k - 1] + 1 == start and src_text[start - 1] == " ":
            before = words[k - 1]
            if before.lower() in prepositions:
                return True
            if not before.islower() and any(_english_only_word(x, src, tgt)
                                            for x in (*_capital_parts(before), *_capital_parts(w))):
                return True
    return ("-" in src_text or "‐" in src_text or "‑" in src_text) and _COMPOUND_NAME.search(src_text) is not None \
        or bool(_address_in(src_text, ctx.pair))


def _capital_parts(word: str) -> list[str]:
    """``word`` and each run of its letters from a capital letter to the word's end or its next apostrophe
    (``l'Union``: Union; ``McDonald``: McDonald, Donald): what :func:`_with_opening_names` may read as a
    word opening a sentence (a capitalised run of letters ending the word before a name)."""
    if word[1:].islower() and "'" not in word and "’" not in word:
        return [word]  # most words: one capital, opening the word
    out = [word]
    for i, c in enumerate(word):
        if c.isupper():
            j = i + 1
            while j < len(word) and word[j] not in "'’":
                j += 1
            out.append(word[i:j])
    return out


def _name_words_kept(src_text: str, ctx) -> tuple[tuple[str, frozenset[str], tuple[str, ...], bool], ...]:
    """(word, its bilingual dictionary translations, the name's parts beside it, person) of each capitalised word of
    ``src_text`` that is a common word of the source language's dictionary (it has translations) but that a
    translation keeps as it is, because the name it belongs to says so:

    - a name the source quotes in the target language: another word of the same run of capitalised words
      (one space apart) is a word of the target language the source language does not have (``Large Hadron
      Collider``, ``Central Park``, ``Common Cause``, ``U.S. Census Bureau``: collider, park, common and
      census are English words, no French ones), so the whole name is the target language's own and a word
      of it that both languages spell alike (large, central, cause, bureau) is no French word to translate.
      A word only the source language writes so (``la Loi Dream Act``: loi) is the source's own word before
      the quoted name, which a translation renders ("the Dream Act law"); a grammar word (``Le Run``, ``Son
      Eminence``) may take the target's article or possessive; and a surname after a first name (``Helmut Kohl``) is no sign the name is
      the target language's, whatever the word means in it;
    - a surname after a first name of the source's table (``Laurent Blanc``, ``Victoria Principal``):
      ``person`` is true, and the part beside it is the first name.

    A first name of the table is read by the first-name reading, not here. Kept per source text (run memo).

    Why: a system that reads such a word as one of the source language writes its translation beside the
    part of the name it kept ("the Wide Hadron Collider", "Exchange Park", "Laurent white"), a well-spelt
    English word that no spelling or name check sees. The source alone says the word is a name's: an English
    word among the name's words, or a first name before it; a name of the source language's own words
    (``place Tahrir``, ``lac Saint-Jean``) has neither and is left alone, as English translates its
    generic word (Tahrir Square, Lake Saint-Jean)."""
    def build():
        from mtqa.langs import freedict

        src, tgt = ctx.source, ctx.target
        pair = freedict.pair_name(src.code, tgt.code)
        first_names = src.first_names_folded
        compounds = tuple(_compound_words_kept(src_text, src, first_names, pair))
        caps = read_text(src_text, ctx, src.code).caps
        if not caps:
            return compounds
        caps = _with_opening_names(src_text, caps)  # the first name opening a sentence (Victoria Principal, ...)
        if len(caps) < 2:
            return compounds
        runs, run = [], [0]
        for k in range(1, len(caps)):
            if caps[k - 1][1] + 1 == caps[k][0] and src_text[caps[k - 1][1]] == " ":
                run.append(k)
            else:
                runs.append(run)
                run = [k]
        runs.append(run)
        out = []
        for run in runs:
            if len(run) < 2:
                continue
            words = [caps[k][2] for k in run]
            # an English word after a first name is a surname (Helmut Kohl), no sign the name is English
            quoted = any(_english_only_word(w, src, tgt) and fold(w) not in first_names
                         and not (j and fold(words[j - 1]) in first_names) for j, w in enumerate(words))
            for i, w in enumerate(words):
                if not _translatable_word(w, src, first_names):
                    continue
                person = i > 0 and fold(words[i - 1]) in first_names and not quoted
                if not (quoted and tgt.in_dictionary(w.lower()) or person):
                    continue
                english = word_translations(w, pair)
                if english:
                    parts = (words[i - 1],) if person else tuple(words[j] for j in (i - 1, i + 1) if 0 <= j < len(words))
                    out.append((w, english, parts, person))
        return tuple(out) + compounds

    return ctx.memo("T105.kept_words", (src_text, ctx.source.code, ctx.target.code), build, bound=FEW_SOURCES)


def _towns_of_words(src_text: str, ctx) -> tuple[tuple[str, frozenset[str]], ...]:
    """(town, its translations as common words) of each capitalised word that stands alone after one of the
    source language's ``town_prepositions``, one space on, mid-sentence (``à Menton``, ``à Rennes``), that is
    a common word of its dictionary (:func:`_translatable_word`), for :func:`_town_translated`. A word
    followed by a hyphen, another capitalised word or one of the language's ``name_particles`` starts a
    longer name or a title (``à Monsieur le maire``: to the Mayor; :func:`_name_ends`). Kept per source text
    (run memo)."""
    def build() -> tuple:
        from mtqa.langs import freedict

        src = ctx.source
        prepositions = src.word_set("town_prepositions")
        if not prepositions:
            return ()
        pair = freedict.pair_name(src.code, ctx.target.code)
        particles = src.word_set("name_particles")
        out = []
        for s, e, w in read_text(src_text, ctx, src.code).caps:
            before = word_before(src_text, s)
            if before is None or before[2].lower() not in prepositions or not _name_ends(src_text, e, particles) \
                    or src_text[e:e + 1] in "-‐‑'’" and e < len(src_text) \
                    or not _translatable_word(w, src, src.first_names_folded):
                continue
            # ``grâce à Dieu``: a translation the dictionary also writes as a name (God) the target capitalises
            english = word_translations(w, pair, common=True) - word_translations(w, pair, named=True)
            if english:
                out.append((w, english))
        return tuple(out)

    return ctx.memo("T105.towns", (src_text, ctx.source.code, ctx.target.code), build, bound=FEW_SOURCES)


def _town_translated(text: str, target_words: ReadText, sources: list[Segment],
                     ctx) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, target word, source town) of each town of the source named by a common word
    (:func:`_towns_of_words`: ``à Menton``) that the target does not write (nor a word like it,
    ``SIMILAR_FIRST_NAME``) and for which it writes, capitalised in mid-sentence, one of the word's
    translations ("to Chin", "in Reindeer") that is no word of the source.

    Why: the capital after the preposition is all that says the word is a town; a system that reads it as
    the common word writes its translation and keeps the capital, and the town is gone."""
    for src in sources:
        towns = _towns_of_words(src.text, ctx)
        if not towns:
            continue
        src_words = read_text(src.text, ctx, ctx.source.code).folded
        for town, english in towns:
            if name_present(town, target_words, SIMILAR_FIRST_NAME):
                continue
            for s, e, word in target_words.caps:
                if word.lower() in english and fold(word) not in src_words:
                    yield s, e, word, town
                    break


def _persons_of_words(src_text: str, ctx) -> tuple[tuple[str, str, frozenset[str], frozenset[str]], ...]:
    """(first name, surname, the surname's translations, the first name's) of each person of ``src_text``
    named by a first name of the source's table and, one space after it, a surname that is a common word of
    the source language (``Pierre Blanc``, ``Laurent Blanc``), for :func:`_person_translated`. The
    translations are the bilingual dictionary's common-word ones (:func:`word_translations`); a surname
    without any is left out. Kept per source text (run memo)."""
    def build() -> tuple:
        from mtqa.langs import freedict

        src = ctx.source
        first_names = src.first_names_folded
        pair = freedict.pair_name(src.code, ctx.target.code)
        caps = _first_names_opening(src_text, ctx)[0]
        out = []
        for (s, e, first), (s2, e2, surname) in zip(caps, caps[1:]):
            if fold(first) not in first_names or s2 != e + 1 or src_text[e] != " " \
                    or not _translatable_word(surname, src, first_names):
                continue
            english = word_translations(surname, pair, common=True)
            if english:
                out.append((first, surname, english, word_translations(first, pair, common=True)))
        return tuple(out)

    return ctx.memo("T105.persons", (src_text, ctx.source.code, ctx.target.code), build, bound=FEW_SOURCES)


def _person_translated(text: str, target_words: ReadText, sources: list[Segment],
                       ctx) -> Iterator[tuple[int, int, str]]:
    """(start, end, "first name surname") of each person of the source named by a first name and a surname
    that is a common word (:func:`_persons_of_words`) whom the target names by neither, but by the
    surname's translation, capitalised, right beside a rendering of the first name: one of its bilingual
    dictionary translations, capitalised ("White Stone" for ``Pierre Blanc``), a close synonym of one
    (:func:`_close_synonym`: "White Rock", as the first-name reading reads "Rock Nora"), or a first name of
    the table other than the source's ("Peter White").

    Why: the surname's translation beside the source's own first name ("Pierre White") is T103's altered
    name and a lower-case one beside it ("Laurent white") the kept-word reading's; a system that reads the
    whole name as words keeps neither part, so nothing kept anchors those readings, and the person becomes
    a well-spelt stranger. The two capitalised words side by side, one the surname's translation and the
    other standing for the first name, are the sign."""
    target_first = ctx.target.first_names_folded
    for src in sources:
        for first, surname, english, first_english in _persons_of_words(src.text, ctx):
            if name_present(first, target_words, SIMILAR_FIRST_NAME) or name_present(surname, target_words, SIMILAR_FIRST_NAME):
                continue
            for m in _WORD.finditer(text):
                word = m.group()
                if word.lower() not in english:
                    continue
                lowered = word.islower()  # both words in lower case: a system that lost the casing
                if not lowered and not word[:1].isupper():
                    continue
                for near_start, near_end, other in _neighbour_words(text, m.start(), m.end()):
                    if (other.islower() if lowered else other[:1].isupper()) and (
                            other.lower() in first_english or not lowered and fold(other) in target_first
                            or _close_synonym(other, first_english, ctx)):
                        start, end = min(m.start(), near_start), max(m.end(), near_end)
                        yield start, end, f"{first} {surname}"
                        break
                else:
                    continue
                break


def _lowered_first_names_translated(text: str, target_words: ReadText, sources: list[Segment],
                                    ctx) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, word, first name) of each first name of the source's table (``Pierre Noizat``) that the
    target lost where it writes the other part of the name, a word neither language's dictionary knows, in
    lower case ("noizat"; in lower case a word of the target, like stone, may be the sentence's own), and right
    beside it, in lower case too, one of the first name's bilingual dictionary
    translations or a close synonym of one ("stone noizat"), no word of the source itself.

    Why: the first-name reading looks for a capitalised translation beside the part kept ("Stone Noizat"); a
    system that writes its output in lower case (a truecaser that lost the names) writes both in lower case, and
    the capital that read the name is gone. The kept part written in lower case is the sign that the casing went
    with the system, not the translator: a human translation writes the surname with its capital, and the
    translation of a first name beside a surname it keeps in lower case names no one."""
    from mtqa.langs import freedict

    pair = None
    for src in sources:
        caps, named = _first_names_opening(src.text, ctx)
        source_words = None
        for k in named:
            name = caps[k][2]
            if name_present(name, target_words, SIMILAR_FIRST_NAME):
                continue
            lowered = [c.lower() for c in capital_neighbours(src.text, caps, k)
                       if not ctx.source.in_dictionary(c.lower()) and c.lower() in target_words.words
                       and not ctx.target.in_dictionary(c.lower())]
            if not lowered:
                continue  # the other part is not in the target in lower case
            if pair is None:
                pair = freedict.pair_name(ctx.source.code, ctx.target.code)
            english = {t.lower() for t in freedict.lookup(name.lower(), pair) if " " not in t}
            if not english:
                continue
            if source_words is None:
                source_words = read_text(src.text, ctx, ctx.source.code).folded
            found = None
            for part in lowered:
                for at in whole_word_starts(text, part, "'’-"):
                    for ns, ne, other in _neighbour_words(text, at, at + len(part)):
                        if other.islower() and fold(other) not in source_words and (
                                other in english or _close_synonym(other, english, ctx)):
                            found = ns, ne, other, name
                            break
                    if found:
                        break
                if found:
                    break
            if found:
                yield found


def _neighbour_words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of the words right before and right after text[start:end], one space away."""
    out = []
    before = word_before(text, start)
    if before:
        out.append(before)
    after = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    if after:
        out.append((after.start(), after.end(), after.group()))
    return out


def _translatable_word(word: str, src, first_names: frozenset[str]) -> bool:
    """``word`` is a common word of the source language's dictionary, not a grammar word nor a first name of
    its table (whose translation the first-name reading reads): a word a translation may render as a noun."""
    low = word.lower()  # (the dictionary first: most capitalised words are names it lacks, no grammar word to look up)
    return fold(word) not in first_names and low not in src.function_words \
        and src.in_dictionary(low) and not src.is_dictionary_grammar_word(low)


_COMPOUND_NAME = re.compile(rf"(?<![^\W\d_])[{UPPER}][^\W\d_]*(?:[-‐‑][{UPPER}][^\W\d_]*)+(?![^\W\d_])")
"""Capitalised words joined by hyphens (``Hôtel-Dieu``, ``Notre-Dame``, ``Centre-Ville``, after ``l'`` too)."""


def _compound_words_kept(src_text: str, src, first_names: frozenset[str],
                         pair: str) -> Iterator[tuple[str, frozenset[str], tuple[str, ...], bool]]:
    """(word, its bilingual dictionary translations, (the part before it,), False) of each common word that is
    a later part of a name of capitalised words joined by hyphens (``l'Hôtel-Dieu``, ``Notre-Dame``), for
    :func:`_name_words_kept`.

    Why: the source language writes a common compound in lower case (centre-ville, arc-en-ciel); capitals on
    every part joined by hyphens make one name of them, a hospital, a church, a hotel, whose words English
    keeps (the Hôtel-Dieu). A system that keeps the first part and translates the next one as a noun ("the
    Hotel-God", "the hotel god") lost the name. Only a later part is read: English does translate a place's
    first word where the rest is a name it keeps (``Nouveau-Brunswick``: New Brunswick; ``Haute-Volta``:
    Upper Volta), never the other way round. A part in capitals throughout (``SNCF-RATP``) is an acronym, and
    a first name (``Saint-Pierre``, ``Jean-Marie``) is the first-name reading's: English names saints in its
    own words (Saint Peter's). The part before the word must be a common word too, and none the dictionary
    also lists as a name: a place's district (``Amiens-Nord``: Amiens North) or a pair of places
    (``France-Inde``) is a name that English writes with its own words."""
    for m in _COMPOUND_NAME.finditer(src_text):
        parts = re.split("[-‐‑]", m.group())
        if any(p.isupper() for p in parts):
            continue
        for i in range(1, len(parts)):
            w, before = parts[i], parts[i - 1]
            if _translatable_word(w, src, first_names) and src.in_dictionary(before.lower()) \
                    and not src.has_proper_stem(before):
                english = word_translations(w, pair, common=True)
                if english:
                    yield w, english, (parts[i - 1],), False


def _english_only_word(word: str, src, tgt) -> bool:
    """``word`` is a common word of the target language's dictionary that the source language's dictionary
    does not know (collider, park, census: not ``Hadron``, which French dictionaries list, nor a proper name
    like Leavenworth or Ontario, which says nothing about the words beside it: ``Lac Ontario`` is Lake Ontario)."""
    low = word.lower()
    return len(word) > 2 and tgt.in_dictionary(low) and not src.in_dictionary(low) and not src.in_dictionary(word)


def _kept_name_word_translated(text: str, target_words: ReadText, sources: list[Segment],
                               ctx) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, target word, source word) of each word of a name the target should keep
    (:func:`_name_words_kept`) that it translated instead: the source word is not in the target (nor a word
    much like it, ``SIMILAR_FIRST_NAME``: Centre, Center; a short word looks like too many at ``SIMILAR``, Large
    like Laurent), a part of its name beside it is, letter for letter, and right beside that part
    stands one of the word's bilingual dictionary translations that is no word of the source ("Wide Hadron
    Collider", "Exchange Park", "Laurent white"). A surname's capitalised translation ("Laurent White") is
    T103's altered name, so a person's is read in lower case only."""
    lowered = None
    for src in sources:
        found = _name_words_kept(src.text, ctx)
        if not found:
            continue
        src_words = read_text(src.text, ctx, ctx.source.code)
        for name, english, parts, person in found:
            if lowered is None:
                lowered = {w.lower() for w in target_words.words}
            if not english & lowered or name_present(name, target_words, SIMILAR_FIRST_NAME):
                continue
            kept = [p for p in parts if fold(p) in target_words.folded]
            if not kept:
                continue
            for m in _WORD.finditer(text):
                word = m.group()
                if word.lower() in english and fold(word) not in src_words.folded \
                        and not (person and word[:1].isupper()) and next_to(text, m.start(), m.end(), kept):
                    yield m.start(), m.end(), word, name
                    break


_LETTERS_TAIL = re.compile(r"[^\W\d_]+$")
"""The last word of a name (``Maire`` of Le Maire, ``Aurovin`` of L'Aurovin): the word a rendering must keep."""

NAME_WORD_MAX_ZIPF = 3.5
"""A name's word the target language uses this often is a word of its own (``The World Energy
Council`` for ``Le World Energy Council``, ``The Run``): the article before it may be the target's."""


def _determiners_translated(text: str, sources: list[Segment], ctx) -> Iterator[tuple[int, int, str, Optional[str]]]:
    """(start, end, source name, "") of each target ``the Echos`` / ``my Aynak``: a name that opens with a
    determiner capitalised mid-sentence in the source (``selon Les Echos``, ``L'Express``; the pair's
    ``name_determiners``), its next word copied into the target right after one of the determiner's
    renderings, and the source's own form nowhere in the target. A place the exonym table lists with
    its article (``La Haye``) has a target name of its own, which T201 suggests; a name the target
    writes with its own article (the pair's ``names_with_target_article``: "the Marseillaise", "the
    Sorbonne") is translated right, and so is a title after a possessive (``Sa Majesté``: His Majesty).
    A surname whose particle is a determiner (``Marine Le Pen``: after a first name of the source's table,
    :func:`_first_name_before`) is a person's whatever the target makes of its word (``Navy The Pen``,
    ``Jean-Marie The Pen``), so the frequency of that word ("pen") does not excuse it.
    A title of address whose possessive alone was rendered (``His Sainteté``) is no name to restore
    either: its 4-tuple ends with the target title to use instead ("His Holiness", the titles table's
    ``english`` column, after a possessive the title takes: ``Its Sainteté`` -> "His Holiness", the
    ``possessives`` column), also at the start of a sentence. A title copied with an accent the target's
    form has not (``His Éminence``) is reported as well. A name of a determiner and one word whose word the
    target translated too ("The Duty" for ``Le Devoir``, :func:`_name_word_translated`) ends its 4-tuple
    with ``None``: no title to suggest, and no surname. Every occurrence in the target is reported, not only
    the first."""
    if not ctx.pair.name_determiners:
        return
    seen = set()
    for src in sources:
        for form, name, renderings, surname, particle, whole in _determined_names(src.text, ctx):
            if form in text:
                continue
            if name in text:  # the pattern holds the name as written: no match without it
                for m in _rendered(renderings, name).finditer(text):
                    if m.start() not in seen:
                        seen.add(m.start())
                        yield m.start(), m.end(), form, ""
            if surname:  # its word translated ("Bruno The Mayor"): the name itself need not be in the target
                yield from _surname_translated(text, renderings, name, form, seen, ctx, particle)
            elif whole:  # a paper's, a place's or a school's one word translated ("The Duty" for Le Devoir)
                yield from _name_word_translated(text, renderings, name, form, seen, ctx,
                                                 read_text(src.text, ctx, ctx.source.code))
        # « Le Devoir a tenté » -> "The Duty has tried": the same name opening a sentence, its word translated
        for form, name, renderings in _opening_determined_names(src.text, ctx):
            if form not in text:
                yield from _name_word_translated(text, renderings, name, form, seen, ctx,
                                                 read_text(src.text, ctx, ctx.source.code), _names_of_target(name, ctx))
    for det, name, english, possessives, renderings in _address_in_source(sources, ctx):
        form = f"{det} {name}"
        if english.lower() == name.lower() or form in text or name not in text:
            continue  # (His Eminence: the target's title too; His Éminence keeps an accent it has not)
        for m in _rendered(tuple(renderings), name).finditer(text):
            if m.start() not in seen:
                seen.add(m.start())
                rendered = m.group(0).split(" ")[0]
                possessive = rendered if rendered.lower() in possessives or not possessives else _usual(possessives, rendered)
                yield m.start(), m.end(), form, f"{possessive} {english}"


def _surname_translated(text: str, renderings: tuple[str, ...], name: str, form: str, seen: set,
                        ctx, particle: str = "") -> Iterator[tuple[int, int, str, str]]:
    """(start, end, source surname, "") of each target ``The Mayor`` for a surname with a determiner particle
    after a first name (``Bruno Le Maire``), its word rendered by one of its bilingual dictionary
    translations, capitalised, right after a capitalised word (the first name, kept or not). A surname
    whose determiner follows a lower-case particle of the source (``particle``: ``Jean de La Fontaine``)
    is reported where the particle is rendered too, by one of its bilingual dictionary translations
    between the first name and the rest ("Jean of The Fountain"): the span and the suggestion then take
    the particle in ("de La Fontaine").

    Why: the particle's rendering alone ("Bruno The Maire") is read above; a system that takes the particle
    for an article takes the next word for a noun and translates it too. The capitals and the first name
    before them say the words are still the person's name, so a title the source language writes after an
    article (le maire) is no title here. A lower-case rendering ("the mayor") may be the sentence's own
    words and is left alone."""
    from mtqa.langs import freedict

    pair = freedict.pair_name(ctx.source.code, ctx.target.code)
    english = {t for t in freedict.lookup(name.lower(), pair) if " " not in t and t.isalpha()}
    between = {t.lower() for t in freedict.lookup(particle, pair) if t.isalpha()} if particle else set()
    for word in sorted(english):
        word = word[:1].upper() + word[1:]
        if word == name or word not in text:
            continue  # (the pattern holds the word as written: no match without it)
        for m in _rendered(renderings, word).finditer(text):
            if m.start() in seen:
                continue
            start = m.start()
            if particle:  # Jean of The Fountain: the particle's rendering, then the first name
                p = PREV_WORD.search(text, max(0, start - LOOKBACK), start)
                if p is None or p.group(1).lower() not in between:
                    continue
                start = p.start(1)
            if PREV_CAPITAL_WORD.search(text, max(0, start - LOOKBACK), start):
                seen.add(m.start())
                yield start, m.end(), f"{particle} {form}" if particle else form, ""


def _name_ends(text: str, end: int, particles: frozenset[str]) -> bool:
    """The name of a determiner and one word ending at ``end`` of ``text`` ends there: no capitalised word
    follows it (``Le Petit Prince``), nor one of the language's ``name_particles`` that goes on with a title's
    or a place's other words (``La Mort en cendres``, ``Le Chemin de Damas``, ``Le Seigneur des anneaux``).

    Why: a title of several words is a work's, which English often translates whole (The Lord of the Rings,
    The Little Prince): a capitalised rendering of its first word is no sign of a name lost. A determiner and
    one word (``Le Devoir``, ``l'Université La Salle``, ``selon Les Echos``) names a paper, a place or a
    school, which English keeps in the source's words."""
    if _goes_on(text, end):
        return False
    m = _NEXT_WORD.match(text, end)
    return m is None or m.group(1).lower() not in particles


_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")
"""The word right after a place, one or more spaces on: whether a name goes on past its first word."""


def _goes_on(text: str, end: int) -> bool:
    """A capitalised word follows ``end`` of ``text``, one or more spaces on: the words before it are the
    first of a longer name ("The Left Party")."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1)[:1].isupper()


def _name_word_translated(text: str, renderings: tuple[str, ...], name: str, form: str, seen: set, ctx,
                          source_words: FoldedWords, institutions: frozenset[str] = frozenset()) \
        -> Iterator[tuple[int, int, str, None]]:
    """(start, end, source name, None: no title, no surname) of each target ``The Duty`` for a name of a
    determiner and one word that is no person's (``Le Devoir``, ``l'Université La Salle``:
    :func:`_determined_names`, where it ends with the word, :func:`_name_ends`): a rendering of the
    determiner, either case, then one of the word's bilingual dictionary translations as a common word
    (:func:`word_translations`), capitalised ("The Duty", "University the Room"), where the target has
    neither the name's word nor one like it (``SIMILAR_FIRST_NAME``) and the translation is no word of the
    source.

    Why: a system that takes the determiner for an article takes the next word for a noun and translates it.
    Its capital, kept from the source, is what says the words still stand for the name (a paper, a school, a
    town); the name itself is gone, and no spelling or name check sees "The Duty". A lower-case rendering
    ("the duty") may be the sentence's own words and is left alone, as is the rendering of a name the
    target writes with its own article (``names_with_target_article``, read in :func:`_determined_names`),
    and a translation that the dictionary also lists capitalised, as a name of the target's own (« Mon
    Dieu »: My God).
    So is a rendering that a capitalised word follows (``le parti La Gauche`` -> "The Left Party"): the
    target made a name of its own of the translation, as English does with parties and movements, and so is
    a translation among ``institutions`` (lower case) for a name opening a sentence
    (:func:`_opening_determined_names`)."""
    from mtqa.langs import freedict

    words = segment_text(text, ctx)
    if name_present(name, words, SIMILAR_FIRST_NAME):
        return
    pair = freedict.pair_name(ctx.source.code, ctx.target.code)
    # « Mon Dieu »: a translation the dictionary also writes as a name (God) is one the target capitalises
    for word in sorted(word_translations(name, pair, common=True) - word_translations(name, pair, named=True)
                       - institutions):
        word = word[:1].upper() + word[1:]
        if word == name or word not in text or fold(word) in source_words.folded:
            continue  # (the pattern holds the word as written: no match without it)
        for m in _rendered(renderings, word).finditer(text):
            if m.start() not in seen and not _goes_on(text, m.end()):
                seen.add(m.start())
                yield m.start(), m.end(), form, None


def _with_opening_names(text: str, caps: list) -> list:
    """``caps`` (a text's capitalised mid-sentence words) and each word that opens a sentence, a quotation or a
    headline right before one of them, one space apart: the first name of ``Marine Le Pen a dit`` or of
    "Navy Le Pen said". Its capital alone says nothing, but a name goes on after it, so it is that name's
    first word as much as mid-sentence; the first-name readings need it where the subject opens the sentence."""
    out = []
    for k, cap in enumerate(caps):
        s = cap[0]
        m = CAPITAL_WORD_BEFORE_RE.search(text, max(0, s - 40), s)
        if m and m.end() == s and s - m.start(1) - len(m.group(1)) == 1 and (not k or caps[k - 1][1] < m.start(1)) \
                and len(m.group(1)) > 1 and at_sentence_start(text, m.start(1)):
            out.append((m.start(1), m.start(1) + len(m.group(1)), m.group(1)))
        out.append(cap)
    return out


def _particle_and_surname(caps: list, k: int, lang) -> Optional[tuple[str, str]]:
    """(particle, surname) when the ``k``-th capitalised word is followed by a capitalised particle of the
    language's names (``name_particles``: Le, La, De) and a capitalised word, all one space apart: the
    surname of ``Marine Le Pen``, whose particle is a common word of the language and so no kept part."""
    if k + 2 >= len(caps):
        return None
    (_, e, _), (ps, pe, particle), (ss, _, surname) = caps[k], caps[k + 1], caps[k + 2]
    if ps != e + 1 or ss != pe + 1 or particle.lower() not in lang.word_set("name_particles"):
        return None
    return particle, surname


def _before_particle(text: str, end: int, particle: Optional[tuple[str, str]]) -> bool:
    """Right after ``end`` the target writes the surname with its particle as the source does (" Le Pen")."""
    if not particle:
        return False
    return text.startswith(f" {particle[0]} {particle[1]}", end)


def _close_synonym(word: str, english: set[str], ctx) -> bool:
    """Target ``word`` is a close synonym (:attr:`~mtqa.langs.language.Language.synonyms`, from WordNet) of one of
    the bilingual dictionary's translations ``english`` of a first name that is also a common word, and no
    first name of either language's table (``Pierre Nora`` -> "Rock Nora": FreeDict gives stone, WordNet puts
    rock and stone in one synset).

    Why: a system that reads the first name as a word may choose any rendering of that word, and FreeDict lists
    one or two; the thesaurus the meaning checks read adds the close synonyms, still beside the surname kept."""
    from mtqa.meaning.tokens import stem

    if not english or fold(word) in ctx.pair.first_names_folded or not ctx.target.is_common_word(word.lower()):
        return False
    code = ctx.target.code
    return ctx.target.synonyms.renders(stem(word.lower(), code), [stem(t, code) for t in english])


def _learned_rendering(name: str, word: str, ctx) -> bool:
    """Target ``word`` is one of the lexical model's renderings of the source word ``name`` (a first name
    that is also a common word: Marine -> navy), and no first name of either language's table.

    Why only beside a surname kept with its particle: the model learned its pairs from news, so it lists
    renderings FreeDict does not (navy for marine), but also names aligned with names; a first name put for
    a first name (Jean -> John) is the given-names check's (T104), and a common word in the place of the
    first name right before the source's own particle and surname (``Navy Le Pen``) is no other reading."""
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.meaning.tokens import stem

    if fold(word) in ctx.pair.first_names_folded or not ctx.target.in_dictionary(word.lower()):
        return False
    model = load_lexmodel(ctx.source.code, ctx.target.code)
    if model is None:
        return False
    target_stem = stem(word.lower(), ctx.target.code)
    return any(t.stem == target_stem for t in model.translations(stem(name.lower(), ctx.source.code)))


def _determined_names(src_text: str, ctx) -> tuple[tuple[str, str, tuple[str, ...], bool, str, bool], ...]:
    """(form, name, the determiner's renderings, whether it is a surname after a first name, the lower-case
    particle before that surname, whether a name that is no surname ends with its one word, :func:`_name_ends`)
    of each name of a source text that opens with a determiner of the pair's ``name_determiners`` and that
    :func:`_determiners_translated` reports when a translation writes a rendering of the determiner before
    the name and not the form itself: every test of the source alone, in the text's order. Kept per source text (run memo, :data:`FEW_SOURCES`). Why: every system's
    translation of a source walked its capitalised words again, with a word frequency and four folds each."""
    def build() -> tuple:
        table = ctx.pair.name_determiners
        places = english_place_names(ctx.config.pair)
        own_article = ctx.pair.names_with_target_article
        titles = name_titles(ctx.pair, "source")
        address = _address_titles(ctx.pair)
        epithets = _epithets(ctx.source)
        particles = ctx.source.word_set("name_particles")
        caps = read_text(src_text, ctx, ctx.source.code).caps
        out = []
        for k, (s, e, w) in enumerate(caps):
            head, apos, rest = w.replace("’", "'").partition("'")
            if apos:
                det, name, form = head.lower(), rest, w
            elif k + 1 < len(caps) and caps[k + 1][0] == e + 1:
                det, name, form = w.lower(), caps[k + 1][2], src_text[s:caps[k + 1][1]]
            else:
                continue
            renderings = table.get(det)
            if not renderings or not name[:1].isupper():
                continue
            if fold(name) in address:
                continue  # a title of address: _address_in_source's, wherever it stands
            particle = _first_name_before(src_text, s, ctx.source)
            person = particle is not None
            surname = person and not apos  # (Bruno Le Maire: a surname whose particle is a word of its own)
            if (ctx.target.zipf(name) >= NAME_WORD_MAX_ZIPF and not person) \
                    or fold(form) in places or fold(name) in own_article or (fold(name) in titles and not surname):
                continue  # (La Haye: the target's own name, The Hague, is T201's suggestion)
            if surname and not particle and fold(form) in epithets:
                continue  # Louis Le Grand: an epithet, which the target translates (Louis the Great)
            end = caps[k][1] if apos else caps[k + 1][1]
            out.append((form, name, tuple(renderings), surname, particle or "",
                        not surname and _name_ends(src_text, end, particles)))
        return tuple(out)

    return ctx.memo("swaps.determined", (src_text, ctx.source.code, ctx.target.code), build, bound=FEW_SOURCES)


def _first_name_before(text: str, start: int, lang) -> Optional[str]:
    """"" when the word right before ``start`` is a first name of the language's table (``Marine Le Pen``,
    ``Jean-Marie Le Pen``), the particle when a lower-case particle of the language's names stands between
    them (``Jean de La Fontaine``: "de"), None otherwise. The determiner at ``start`` is then a person's
    surname particle, which the target never replaces by its own article, however common the surname's
    word is there (Pen, Maire, Fontaine)."""
    m = PREV_CAPITAL_WORD.search(text, max(0, start - LOOKBACK), start)
    if m is not None:
        return "" if fold(m.group(1)) in lang.first_names_folded else None
    p = PREV_WORD.search(text, max(0, start - LOOKBACK), start)
    if p is None or p.group(1) not in lang.word_set("name_particles"):
        return None
    m = PREV_CAPITAL_WORD.search(text, max(0, p.start() - LOOKBACK), p.start())
    return p.group(1) if m is not None and fold(m.group(1)) in lang.first_names_folded else None


def _opening_determined_names(src_text: str, ctx) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(form, name, the article's renderings) of each name of an article and one word that opens a sentence of
    ``src_text`` (``Le Devoir a tenté``: one of the pair's ``name_determiners`` that the target renders by its
    article, ``place_articles``), for :func:`_name_word_translated`: its word capitalised mid-sentence, one
    space after the article, and the name ending there (:func:`_name_ends`: no title of several words; no
    hyphen or apostrophe after it; a word in lower case after its capital: ``Le VIe sommet`` is an ordinal).
    Left out as :func:`_determined_names` leaves them out: a word the target
    language writes often (``NAME_WORD_MAX_ZIPF``), a place of the exonym table, a name the target writes with
    its own article, a title or a title of address. Kept per source text (run memo, :data:`FEW_SOURCES`).

    Why: mid-sentence the article's capital says it is the name's (``selon Le Devoir``); opening a sentence
    the capital is the sentence's, and :func:`_determined_names` does not read it. The next word's capital
    still says the two words are a name (French writes ``le devoir`` for the common noun), so a translation
    that writes the article and the word's translation, capitalised ("The Duty has tried"), lost a paper's
    name. An institution French capitalises after its article (``La Ville``, ``Le Fonds``) is named so too,
    and English names it by its translation ("The City decided", "The Fund granted"): such translations are
    left alone (:func:`_institution_words`), as is a rendering like the name (Sénat, Senate), which
    :func:`_name_word_translated` reads as the name kept."""
    def build() -> tuple:
        table = ctx.pair.name_determiners
        articles = ctx.target.word_set("place_articles")
        caps = read_text(src_text, ctx, ctx.source.code).caps if table and articles else ()
        if not caps:
            return ()
        out = []
        particles = ctx.source.word_set("name_particles")
        for s, e, name in caps:
            before = word_before(src_text, s)
            if before is None or not before[2][:1].isupper() or not at_sentence_start(src_text, before[0]):
                continue  # (nearly every name: the tables below are read for the few an article opens)
            renderings = table.get(before[2].lower())
            if not renderings or not set(renderings) <= articles:
                continue
            form = f"{before[2]} {name}"
            if not name[1:].islower() or fold(name) in _address_titles(ctx.pair) or ctx.target.zipf(name) >= NAME_WORD_MAX_ZIPF \
                    or fold(form) in english_place_names(ctx.config.pair) or fold(name) in ctx.pair.names_with_target_article \
                    or fold(name) in name_titles(ctx.pair, "source") \
                    or src_text[e:e + 1] in ("-", "‐", "‑", "'", "’") or not _name_ends(src_text, e, particles):
                continue
            out.append((form, name, tuple(renderings)))
        return tuple(out)

    return ctx.memo("swaps.opening_determined", (src_text, ctx.source.code, ctx.target.code), build,
                    bound=FEW_SOURCES)


def _names_of_target(name: str, ctx) -> frozenset[str]:
    """The translations of ``name`` (lower case) that English may write capitalised after its article for the
    thing itself, where ``name`` opens a sentence (:func:`_opening_determined_names`): the words news style
    capitalises for an office or a body (:func:`_institution_words`: ``La Ville`` -> "The City") and those the
    target dictionary lists as names (``La Terre est en danger`` -> "The Earth is in danger", the Sun, the
    Left). Why: French capitalises a planet, a star or a political camp after its article as English does,
    so only a translation English writes as a common word ("The Duty", "The Daily") is a name lost."""
    from mtqa.langs import freedict

    pair = freedict.pair_name(ctx.source.code, ctx.target.code)
    return _institution_words() | frozenset(t for t in word_translations(name, pair, common=True)
                                            if ctx.target.has_proper_stem(t))


@functools.lru_cache(maxsize=None)
def _institution_words() -> frozenset[str]:
    """The English words news style capitalises as the name of one office or body (``case_style.toml``:
    ``variable_case``, ``name_heads``, ``offices``: city, fund, navy, council, world...): the translation of
    an institution's word that French capitalises after its article (``La Ville a décidé`` -> "The City
    decided") names the institution, no lost name (:func:`_opening_determined_names`)."""
    from mtqa.checks.casing import style

    data = style()
    return data["_variable"] | data["_name_heads"] | data["_offices"]


@memoize(TABLES)
def _epithets(lang) -> frozenset[str]:
    """The folded epithets of monarchs and ancient figures of the language (``regnal_epithets``: le Grand,
    le Conquérant). Why: after a first name, a capitalised ``Le Grand`` is as likely the epithet (Louis Le
    Grand, the school's spelling of Louis le Grand) as a family's name, and the epithet is translated
    (Louis the Great), so T105 does not read its translation as a surname's."""
    return frozenset(fold(f) for f in lang.extra.get("regnal_epithets", ()))


def _possessives_mistaken(text: str, sources: list[Segment], ctx) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, source title, suggestion) of each target title of address translated whole after a
    possessive the target's title never takes (``Sa Sainteté`` -> "Its Holiness"; ``Sa Majesté`` -> "Its
    Majesty"): the source's possessive agrees with the title's grammatical gender, the target's with the
    person. Only for a title of address the aligned source names (a possessive and the title, both
    capitalised); the suggestion is the title with the usual possessive (the ``possessives`` column's
    first)."""
    seen = set()
    for det, name, english, possessives, renderings in _address_in_source(sources, ctx):
        wrong = tuple(r for r in renderings if r.lower() not in possessives)
        if not possessives or not wrong:
            continue
        if english not in text:  # the pattern holds the title as written
            continue
        for m in _rendered(wrong, english).finditer(text):
            if m.start() not in seen:
                seen.add(m.start())
                yield m.start(), m.end(), f"{det} {name}", f"{_usual(possessives, m.group(0))} {english}"


def _usual(possessives: tuple[str, ...], rendered: str) -> str:
    """The title's usual possessive, with the rendered one's initial case."""
    return possessives[0].capitalize() if rendered[:1].isupper() else possessives[0]


def _address_in_source(sources: list[Segment], ctx) -> Iterator[tuple[str, str, str, tuple[str, ...], tuple]]:
    """(possessive, title, target title, possessives it takes, the possessive's renderings) of each title of
    address in the sources (``Sa Sainteté``: both words capitalised, wherever they stand)."""
    for src in sources:
        yield from _address_in(src.text, ctx.pair)


@memoize(SOURCES)
def _address_in(text: str, pair) -> tuple:
    """:func:`_address_in_source` for one source text, read once per text: T105 asks twice per target
    segment, and every system's translation of one source asks again."""
    address = _address_titles(pair)
    if not any(fold(w) in address for w in _AFTER_SPACE.findall(text) if w[:1].isupper()):
        return ()  # the word-by-word scan below only for a source that names a title of address
    table = pair.name_determiners
    found = []
    for d in _WORD_AND_NEXT.finditer(text):
        det, name = d.group(1), d.group(2)
        english, possessives = address.get(fold(name), (None, ()))
        renderings = table.get(det.lower())
        if english is not None and renderings and det[:1].isupper() and name[:1].isupper():
            found.append((det, name, english, possessives, tuple(renderings)))
    return tuple(found)


_WORD_AND_NEXT = re.compile(r"(?<![\w'’])([^\W\d_]+)(?=[ \u00a0]+([^\W\d_]+))")
"""A word and the next (a lookahead, so every word is a first one): ``Sa Sainteté`` wherever it stands, a
sentence's start included (a title of address keeps its capitals there like anywhere else)."""
_AFTER_SPACE = re.compile(r"(?<=[ \u00a0])[^\W\d_]+")
"""The words ``_WORD_AND_NEXT`` may read as a title (its second group: the letters right after a space),
for :func:`_address_in`'s screen: a capitalised one whose fold is a title of address, else no title is
found. Why: the screen folded the whole text first (a translation table over every character: 0.8 % of
WMT14's 24,024 pairs), where a word's fold is one lookup in :func:`~mtqa.langs.fold`'s cache."""


@memoize(TABLES)
def _address_titles(pair) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Folded source titles of address (sainteté, altesse) -> the target's title (Holiness, Highness) and the
    target possessives it takes, lower case, the usual first (("his",), ("his", "her")): the source's
    possessive agrees with the title's grammatical gender, the target's with the person (His Holiness)."""
    return {fold(row["word"]): (row["english"], tuple(p.strip().lower() for p in (row.get("possessives") or "").split("|")
                                                     if p.strip()))
            for row in pair.table("titles") if row["side"] == "source" and row.get("english")}


@functools.lru_cache(maxsize=1024)
def _rendered(renderings: tuple[str, ...], name: str) -> re.Pattern:
    """``the Echos``, ``The Echos``: a rendering of a determiner, either case, and the name as written."""
    words = alternation(renderings)
    return transient(rf"(?<![\w'’])(?i:{words}) {re.escape(name)}(?![\w'’])")
