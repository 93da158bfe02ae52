"""T106: a source name replaced by another name in one segment (``Piromalli`` -> "Patel", ``Yonath`` ->
"Darwin"), as systems that copy names from their training data do. Its readings are shared with T110
(:mod:`~mtqa.checks.name_swaps.swap_readers`); this module holds the check and what only it uses.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from mtqa.checks.base import SegmentCheck
from mtqa.checks.name_swaps.swap_readers import replacements
from mtqa.checks.registry import register
from mtqa.model import Issue, Segment, Severity


@register
@dataclass
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
    again). The same name in another accepted romanisation (Kirill,
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
    "Yohan (Torres)"); a headline's place (``Karlovy Vary`` -> Carlsbad)
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
    -> "the title with Laugh, but").
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

    Example:
        source: Titre\\n\\nLa chimiste Anne-Ada Moravelli a reçu le prix hier.\\nLe jury était présidé par Ivo Dravenik.\\nL'équipe alignait Karel (Vostradi) en attaque.\\nLe prix est financé par Common Sense Media.\\nLa cérémonie aura lieu lundi à Cuba.\\nElle travaille avec son frère à Dallas en hiver.\\nIl a fêté le titre avec Gausse, mais de loin.\\nLe prix a été remis par Stephanie Vartoki.
        bad: Title\\n\\nThe chemist Anne-Ada Patel received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.
        bad: Title\\n\\nThe chemist Anne - Patel received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.
        bad: Title\\n\\nThe chemist Anne-Ada Quorvik received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo sand.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Moreno) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Judicious Common Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Gauged.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Paved in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Laugh, but from afar.\\nThe prize was presented by Stephanie Vartoki.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Monica Vartoki.
        good: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.
    """

    code = "T106"
    name = "replaced-name"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MAJOR
    requires_source = True

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        for s, e, word, name, paired in replacements(segment, sources, ctx):
            from mtqa.checks.exonyms import target_form  # the suggestion: the name as the target writes it (Quebec)

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


def _common_word(word: str, tgt) -> bool:
    """``word`` is a common word of the target language, not a name: written in lower case, or capitalised
    but known to the dictionary only as a common word (no proper stem: Ministry, Gummed; not Berg, Smith).
    Why: "said Ministry" for « a déclaré Ravanelli » is no other person named, but a name lost and a word
    left in its place; the message says so rather than calling the word a replacing name."""
    if not tgt.in_dictionary(word.lower()):
        return False
    return not word[:1].isupper() or not tgt.has_proper_stem(word)
