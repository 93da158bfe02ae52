"""F503: a French plural kept on an English mass noun (« des informations » -> "informations", « accusé de
tortures » -> "tortures", « les infrastructures » -> "infrastructures").

French puts many abstract and collective nouns in the plural where English writes a mass noun in the singular.
Which English nouns are mass nouns in news is learned, not listed (``bench/mass_nouns.py`` into
``data/lexmodel/mass_nouns.en.tsv``, read through :mod:`mtqa.langs.mass_nouns`): the plural is rare in English
(wordfreq), the singular a WordNet noun whose plural has no sense of its own ("damages" awarded by a court is not
in the table, nor "arms"), where the French of the training news holds the noun in the plural the human
translators wrote the singular more than once, and nothing shows the noun counts (an irregular plural, a plural
the dictionary writes). The check then asks the source: a French word in the plural whose stem the lexical
model renders by the noun (« tortures » -> "torture"). Without that, an English plural is never read: "the
researches of the 19th century" may be English's own.
"""
from __future__ import annotations

import re
from typing import Iterator

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.langs import language
from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.mass_nouns import is_plural, mass_plurals, verb_singulars, word_list
from mtqa.model import Issue, Segment, Severity, joined_sources
from mtqa.records import record
from mtqa.words import text_words

_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?![\w-])")
_SENTENCE_OPENERS = (".", "?", "!", ":", "\"", "“", "”", "«", "‘", "—")
"""What may end the text before a word that opens a sentence or a quotation: a capital after one is the
sentence's ("Why? Informations are missing."), not a name's."""
MIN_LINK = 0.1
"""The least p(English|French) of a lexical-model link that makes the source word a rendering of the noun (the
counter's threshold, ``bench/mass_nouns.py``)."""


@memoize(TABLES)
def _verb_context(lang: str) -> tuple[frozenset, frozenset]:
    """(words after which an -s form is a verb: "he researches", "which tortures"; determiners, before which it is
    a verb with its object: "supports the plan"), from the profile's ``mass_plural.verb_subjects`` and determiners."""
    subjects = frozenset(word_list(lang, "mass_plural", "verb_subjects"))
    dets = frozenset((*word_list(lang, "reporting_inversion", "determiners"),
                      *(w.lower() for w in language(lang).extra.get("more_determiners", []))))
    return subjects, dets


@memoize(TABLES)
def _plural_governors(lang: str) -> frozenset[str]:
    """The profile's ``mass_plural.plural_governors``: numerals and plural determiners ("two", "these",
    "several", "many"). After one the plural is governed, and the singular swapped in alone is wrong ("two
    information", "these key competence"): English rewrites the phrase ("two pieces of information")."""
    return frozenset(word_list(lang, "mass_plural", "plural_governors"))


def _source_plural_stems(source: str, lang: str, target: str) -> frozenset[str]:
    """The target stems the lexical model renders the source's plural words by (p >= :data:`MIN_LINK`)."""
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.meaning.tokens import stem

    model = load_lexmodel(lang, target)
    if model is None:
        return frozenset()
    out = set()
    for word in set(_WORD.findall(source.lower())):
        if is_plural(word, lang):
            out.update(t.stem for t in model.translations(stem(word, lang)) if t.p_forward >= MIN_LINK)
    return frozenset(out)


def _after_subject(before: list[str], after: list[str], dets: frozenset, lang) -> bool:
    """Whether the -s form of a noun that is a verb too may stand as a verb after a subject of a determiner and
    one word: before a content word ("the laboratory researches rare diseases"), an adverb of the profile's
    ``mass_plural.adverb_endings`` ("the army researches intensively") or the clause's end ("the laboratory
    researches."). A plural noun there is followed by a function word ("the rail transports were", "the new
    researches of"). Why so wide: without parts of speech "the new researches show" (noun, then verb) cannot be
    told from "the laboratory researches rare diseases" (verb, then object), and precision comes first; the
    table's nouns that are no verbs ("informations suggest", "infrastructures need") are never read as verbs."""
    if len(before) < 2 or before[-2].lower().strip("\"“(") not in dets or before[-1].endswith((",", ";", ":")):
        return False
    nxt = after[0].lower().strip("\"”)") if after else ""
    if not nxt or not nxt[:1].isalpha():
        return True  # the clause's end
    word = nxt.rstrip(",.;:!?")
    endings = word_list(lang.code, "mass_plural", "adverb_endings")
    return (bool(endings) and word.endswith(endings)) or word not in lang.function_words


@register
@record
class MassNounPlural(SegmentCheck):
    """A French plural kept on a noun English writes as a mass noun (« des informations » -> "informations", « les
    infrastructures » -> "infrastructures", « accusé de tortures » -> "accused of tortures").

    Why it matters: English writes "information", "equipment", "violence" and "infrastructure" in the singular;
    "informations" reads as a French plural copied word for word. Which nouns are read is learned
    (``bench/mass_nouns.py``, ``data/lexmodel/mass_nouns.en.tsv``, 50 nouns): a WordNet noun, no adjective and no
    more a verb than a noun, whose plural wordfreq gives at most a tenth of its singular and rarely at all, whose
    plural is no WordNet lemma of its own ("damages", "arms"), that the translators wrote in the singular for a
    French plural at least twice, and with no positive evidence that it counts: no irregular plural (lives,
    phenomena), no plural the dictionary writes for a noun that is no verb ("bankruptcies", "senates", "radars")
    unless the translators wrote the singular ten times ("equipment", "infrastructure"). The plural is flagged only
    where the source holds a French plural the lexical model renders by the noun; a noun that is a verb too
    ("research", "transport") is left alone where it reads as the verb (after "he", "which", before a
    determiner, or after "the" and a word before a content word, an adverb or the clause's end: "the army
    researches intensively"). After a numeral, a plural determiner or an ordinal ("two informations", "these
    equipments", "the first and second luggages") the singular alone would be wrong: the flag comes without a
    suggestion and says English rewrites the phrase.

    Example:
        source: Les autorités ont publié des informations sur les infrastructures endommagées.
        bad: The authorities published informations on the damaged infrastructures.
        good: The authorities published information on the damaged infrastructure.
    """

    code = "F503"
    name = "mass-noun-plural"
    category = "fluency"
    subcategory = "grammar"
    severity = Severity.MINOR
    requires_source = True

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        if not sources:
            return
        plurals = mass_plurals(ctx.target.code)
        text = segment.text
        split = text_words(text, ctx)
        words = split.words
        if plurals.keys().isdisjoint(words) and not any(w[:1].isupper() and w.lower() in plurals
                                                        for w in map(words.__getitem__, split.capital)):
            return  # no listed plural, in lower case or capitalised (a sentence's first word): most segments;
            # a capitalised word is among the split's words that are not all lower case (``capital``, kept per
            # text for every reader of capitals), so the others are not lowered and looked up one by one
        found = [m for m in _WORD.finditer(text) if m.group().lower() in plurals]
        if not found:
            return
        rendered = _source_plural_stems(joined_sources(sources), ctx.source.code, ctx.target.code)
        if not rendered:
            return
        from mtqa.meaning.tokens import stem

        subjects, dets = _verb_context(ctx.target.code)
        verbs, governors = verb_singulars(ctx.target.code), _plural_governors(ctx.target.code)
        for m in found:
            word = m.group()
            low = word.lower()
            singular = plurals[low]
            if word[:1].isupper() and m.start() > 0 and not text[:m.start()].rstrip().endswith(_SENTENCE_OPENERS):
                continue  # a capital mid-sentence: a name's word ("Resistances Festival")
            if stem(singular, ctx.target.code) not in rendered:
                continue  # no French plural of the noun: the English plural is not its copy
            before = text[:m.start()].split()
            after = text[m.end():].split()
            if singular in verbs and ((before and before[-1].lower().strip("\"“(,") in subjects) or (
                    after and after[0].lower() in dets) or _after_subject(before, after, dets, ctx.target)):
                continue  # "which researches", "researches the market", "the army researches intensively": a verb
            governed = next((w for w in reversed(before[-3:]) if w.lower().strip("\"“(") in governors), None)
            suggestion = None if governed or word.isupper() else (
                singular if word.islower() else singular[:1].upper() + singular[1:])
            advice = (f"; after {quoted(governed)} English rewrites the phrase (\"two pieces of information\", "
                      f"\"these powers\") rather than swap in the singular" if governed else "")
            yield self.issue(
                segment, m.start(), m.end(),
                f"{quoted(word)}: English writes {quoted(singular)} as a mass noun, in the singular; the plural "
                f"copies the French one (« des informations », « les infrastructures »){advice}",
                suggestion, confidence=0.75)
