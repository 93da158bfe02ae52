"""Names of a place's inhabitants left in the source language's form.

French names the people of every town and region with a suffix
(``Clermontois``, ``Auvergnats``, ``Franciliens``, ``Toulousains``); most
have no English form, and English news writes "the people of Clermont" or
"Auvergne's people". Machine translation copies the French word, which an
English reader cannot parse. Two dictionaries tell such a word from a name
English uses too (Québécois, Basques, Lyonnais): the source language's
Hunspell dictionary knows it as a common word (French writes demonyms in
lower case as adjectives), the target language's does not, and the target
language barely uses it. The suffixes are language data
(``demonym_endings`` in ``mtqa/data/langs/<lang>.toml``).

Nationalities and the peoples of large regions have English names
(Mexicans, Bosnians, Texan), so for them a table decides instead of the
dictionaries (``demonyms.<pair>.tsv`` in ``mtqa/data/names/``), with the
French combining forms English writes with its adjective (``Germano-Turkish``
for German-Turkish).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator, Optional

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.evidence import in_title, quote_spans
from mtqa.langs import at_sentence_start, fold, hyphen_prefixes
from mtqa.langs.text import word_before
from mtqa.langs.cache import SOURCE_MEMO, TABLES, memoize
from mtqa.langs.data import alternation
from mtqa.model import Issue, Segment, Severity, joined_sources, source_texts
from mtqa.names.exonym_forms import first_runs, may_match
from mtqa.names.mentions import text_words
from mtqa.names.exonym_forms import english_places
from mtqa.names.nationalities import MAX_TARGET_ZIPF, capitalised, demonym_forms
from mtqa.records import record
from mtqa.words import CAPITAL_WORD_BEFORE_RE, LETTERS_RE, LOWER, NEXT_WORD_RE, UPPER

_CAPITALISED = re.compile(rf"(?<![\w'’-])([{UPPER}][{LOWER}]{{3,}})(?![\w'’-])")
_AFTER_WORD = re.compile(rf"(?<![\w'’-])([^\W\d_]+)[ \u00a0]+([{UPPER}][{LOWER}]{{3,}})(?![\w'’-])")
_NEXT = re.compile(rf"[ \u00a0]+([^\W\d_]+)[ \u00a0]+([{UPPER}])")
_PREV = CAPITAL_WORD_BEFORE_RE
_PREV_WORD = re.compile(rf"([{UPPER}][^\W\d_]*(?:-[^\W\d_]+)*)[ \u00a0]+$")
"""The capitalised word before a match, a hyphenated compound whole ("Croix-Rouge Libanaise"): the
source writes the compound, not its last part alone."""


@register
@record
class SourceFormDemonym(SegmentCheck):
    """The source language's name for the inhabitants of a place, copied (``the Clermontois``).

    Why it matters: English has no such word for most towns and regions;
    the reader of "the Clermontois believe" cannot tell who is meant.
    Reported when a capitalised word of the target is copied from the
    aligned source, where it names the inhabitants as a group (after a
    plural determiner, ``les Clermontois``; one person, ``le Lillois``, is
    often a sports player's nickname), ends with one of the source language's demonym
    suffixes, is a word of the source language's dictionary and is neither
    in the target language's dictionary nor frequent in it (below
    ``max_target_zipf``), and is named after a place: its stem, completed as
    place names are (``Clermont``, ``Auvergn-e``), is a name the source
    language writes often that is neither a common word nor a first name
    there. Quoted text is left alone. A demonym inside a longer name (``Olympique
    Lyonnais``, ``Girondins de Bordeaux``) is part of that name and stays.
    The people of a place of two words are reported the same way when the
    target copies the source's compound, hyphenated or after a plural
    determiner there (``les New Yorkais``, ``les démocrates new-yorkais`` ->
    "New Yorkais Democrats", also "new-Yorkais"): a place the source language
    writes often whose last word is a place there too (New York), or a place
    of the exonym table (``Saint-Pétersbourgeois``). The message names the
    place only when its target-language name is known (the exonym table's;
    a last word both languages' dictionaries know as a name: New York); a
    guess such as "Porto Ric" for ``Porto-Ricains``, or the source
    language's own spelling (Tel-Aviv, Saint-Gall), is not named.

    Nationalities and large regions have English names, so a table of them
    (``demonyms.<pair>.tsv``) replaces the dictionaries: any capitalised
    form of the table copied from the source is reported with the English
    name (``the Texane`` -> Texan, ``the Suissesse`` -> Swiss: the table's
    ``feminine_noun`` is read too, ``the Bosniaques`` -> Bosnians, ``the
    Army Mexicaine`` -> Mexican; also without its accents and closing a
    compound: ``Egyptiens``, ``Mexico-Américains``), and so is a French
    combining form before a hyphen (``Germano-Turkish`` -> German-). The
    table also names religious communities and peoples named after no place
    (``the Chiites`` -> Shiites, ``the Talibans`` -> Taliban); so is a form that differs
    from the English name only by accents English never writes (``the Kényans`` -> Kenyans,
    ``a Nigérien`` -> Nigerien: the accent marks the word as copied). Forms English writes too
    (Afghan, Philippine, Canadiens, Monégasque) are not in it, nor the singular of a
    plural English writes (a Canadien win: the club's), nor place names the
    exonym check reports (Corse); a form of a nationality where the source
    language is spoken inside a name kept whole from the source (``Stade
    Français``, ``Union Marocaine``: the institution's own name), in a short
    quotation (a title) or in a quotation copied whole from the source
    stays. Any other nationality in a name kept whole (``the Force Aérienne
    Mexicaine``) shows a name put into the source language, which the
    target language writes its own way (the Mexican Air Force). A compound
    form is also found in lower case (``a sri-lankais refugee``; the table
    names the parts of continents too: ``sud-américains``, ``nord-africaine``), with the adjective where
    the source writes one after its noun (``les élus nord-américains`` -> North American), so is any
    compound adjective a form of the table closes, copied in lower case as
    the source writes it (``mexico-américains`` -> Mexican-American,
    ``germano-turcs`` -> German-Turkish, ``anti-iranien`` -> anti-Iranian),
    and half translated (``Nord-Koreans``, ``North-Coréens``). The suggestion has the
    right number: the plural noun for a plural (the source's plural
    determiner tells it for a form the same in both numbers, when the
    source writes it only there: ``les Néo-Zélandais`` -> New Zealanders); none for one person where the table
    has no singular noun (``un Danois`` is a Dane, not "Danish"), and none
    after a word that makes another place (``demonym_modifiers``:
    ``Sud-Soudanais`` are South Sudanese, not "Sudanese").

    Example:
        source: Titre\\n\\nLes Clermontois aiment leur volcan, la Texane aussi, comme les Chiites et les Nord-Coréens. Les élus new-yorkais, la Suissesse, les Kényans, les Sud-Soudanais et les villes sud-américaines aussi.
        bad: Title\\n\\nThe Clermontois love their volcano.
        bad: Title\\n\\nThe people of Clermont love their volcano, and so does the Texane, like the Shiites and the North Koreans. The New York officials, the Swiss woman, the Kenyans, the South Sudanese and the South American cities too.
        bad: Title\\n\\nThe people of Clermont love their volcano, and so does the Texan, like the Chiites and the North Koreans. The New York officials, the Swiss woman, the Kenyans, the South Sudanese and the South American cities too.
        bad: Title\\n\\nThe people of Clermont love their volcano, and so does the Texan, like the Shiites and the Nord-Koreans. The New York officials, the Swiss woman, the Kenyans, the South Sudanese and the South American cities too.
        bad: Title\\n\\nThe people of Clermont love their volcano, and so does the Texan, like the Shiites and the nord-coréens. The New York officials, the Swiss woman, the Kenyans, the South Sudanese and the South American cities too.
        bad: Title\\n\\nThe people of Clermont love their volcano, and so does the Texan, like the Shiites and the North Koreans. The new-yorkais officials, the Swiss woman, the Kenyans, the South Sudanese and the South American cities too.
        bad: Title\\n\\nThe people of Clermont love their volcano, and so does the Texan, like the Shiites and the North Koreans. The New York officials, the Swiss woman, the Kenyans, the Sud-Soudanais and the South American cities too.
        bad: Title\\n\\nThe people of Clermont love their volcano, and so does the Texan, like the Shiites and the North Koreans. The New York officials, the Swiss woman, the Kenyans, the South Sudanese and the sud-américaines cities too.
        bad: Title\\n\\nThe people of Clermont love their volcano, and so does the Texan, like the Shiites and the North Koreans. The New York officials, the Swiss woman, the Kényans, the South Sudanese and the South American cities too.
        bad: Title\\n\\nThe people of Clermont love their volcano, and so does the Texan, like the Shiites and the North Koreans. The New York officials, the Suissesse, the Kenyans, the South Sudanese and the South American cities too.
        good: Title\\n\\nThe people of Clermont love their volcano, and so does the Texan, like the Shiites and the North Koreans. The New York officials, the Swiss woman, the Kenyans, the South Sudanese and the South American cities too.
        good: Title\\n\\nThe Québécois love their river.
    """

    code = "T109"
    name = "source-form-demonym"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MINOR
    requires_source = True
    max_target_zipf: float = MAX_TARGET_ZIPF

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        if not sources:
            return
        read = _source_readings(sources, ctx)
        compounds = list(self._lower_compounds(segment, sources, ctx, read))
        for issue in self._table_forms(segment, sources, ctx):
            # a combining form the target capitalised inside a lower-case compound (Germano-turcs) is that
            # compound's report (German-Turkish), not a second one
            if not any(c.seg_start <= issue.seg_start and issue.seg_end <= c.seg_end for c in compounds):
                yield issue
        yield from self._place_demonyms(segment, sources, ctx, read)
        yield from self._compound_place_demonyms(segment, sources, ctx, read)
        yield from compounds

    def _table_forms(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        """Nationalities and regions' peoples of the table, and combining forms (``Germano-``)."""
        forms, pattern = _table(ctx.pair)
        text = segment.text
        if pattern is None or not _may_match(text, ctx.pair, ctx):
            return
        pattern = _text_pattern(ctx.pair, text, ctx)
        if pattern is None:
            return
        source_text = elisions = None
        for m in pattern.finditer(text):
            word = m.group(1) or m.group(2)
            if source_text is None:
                source_text = joined_sources(sources)
                elisions = tuple(sorted(ctx.source.word_set("elisions")))
            english, plural, prefix, home, mixed = forms[word]
            if not any(_copied(w, source_text, prefix, elisions) for w in mixed or (word,)) \
                    or in_title(text, m.start(), source_text):
                continue
            if not prefix and not mixed and _kept_name(text, m.start(), m.end(), source_text) \
                    and (home or _local_name(text, m.start(), m.end(), ctx)):
                continue  # Stade Français: a name the source's words make up, kept whole; a foreign
                # nationality there (Force Aérienne Mexicaine) shows a name put into the source language,
                # unless the body is a brand or a place's own (Le Jardin Mexicain, Union Arménienne de Lyon)
            src_name, tgt_name = ctx.source.name, ctx.target.name
            start = None if prefix or mixed else _modifier_start(text, m.start(), _modifiers(ctx.source))
            if start is not None:
                # Sud-Soudanais: the compound is another people (South Sudanese); "Sudanese" would name Sudan's
                end = m.start() + len(word)
                message = (f"{quoted(text[start:end])} is the {src_name} name of a nationality or people; "
                           f"{tgt_name} writes its own form of the whole compound (“{english}” alone is another people).")
                yield self.issue(segment, start, end, message, None, confidence=0.8)
                continue
            if prefix:
                suggestion = english
                message = f"{quoted(word)} is the {src_name} combining form (before a hyphen); {tgt_name} writes “{english}”."
            elif word.islower() and _source_adjective(word, sources, ctx.source):
                # les élus nord-américains, copied as it is: the adjective (North American officials), not
                # the people (North Americans) the same form names when the source writes it as a noun
                suggestion = english
                message = (f"{quoted(word)} is the {src_name} adjective of a nationality or people, in lower case "
                           f"as {src_name} writes it; {tgt_name} writes “{english}”.")
            else:
                suggestion = _suggestion(word, forms, text, m.start() + len(word), source_text, ctx)
                what = (f"mixes the {src_name} and {tgt_name} names of a nationality or people" if mixed
                        else f"is the {src_name} spelling of a nationality or people's name"
                        if fold(word) in {fold(english), fold(plural or english)}  # Nigérien: only the accents differ
                        else f"is the {src_name} name of a nationality or people")
                said = f"“{suggestion}”" if suggestion else _both_forms(english, plural)
                message = f"{quoted(word)} {what}; {tgt_name} writes {said}."
            yield self.issue(segment, m.start(), m.start() + len(word), message, suggestion, confidence=0.8)

    def _place_demonyms(self, segment: Segment, sources: list[Segment], ctx,
                        read: Optional["_SourceReadings"] = None) -> Iterator[Issue]:
        src, tgt = ctx.source, ctx.target
        endings = tuple(src.extra.get("demonym_endings", ()))
        if not endings or not src.has_dictionary:
            return
        text = segment.text
        table_forms = _table(ctx.pair)[0]
        source_words = (read or _source_readings(sources, ctx)).groups()
        if not source_words:
            return  # the source names no group (les Clermontois): nothing can be copied from it
        if "×" not in text and "÷" not in text:
            # a match of _CAPITALISED is a whole word of the split (a run of letters that no letter,
            # apostrophe or hyphen touches) and a capitalised one, unless "×" or "÷" (in its classes) is there
            split = text_words(text, ctx)
            if source_words.isdisjoint(map(split.words.__getitem__, split.capital)):
                return
        particles = src.word_set("name_particles")
        for m in _CAPITALISED.finditer(text):
            word = m.group(1)
            low = word.lower()
            if not low.endswith(endings):
                continue
            if word not in source_words or word in table_forms:
                continue  # not copied from the source, or one person there (« assure le Lillois »)
            if tgt.zipf(word) >= self.max_target_zipf or tgt.in_dictionary(low) or tgt.in_dictionary(word):
                continue  # a form the target language writes (Basques, Bretons)
            if not src.in_dictionary(low):
                continue  # not a common word of the source: a surname or a place (Dubois, Calais)
            if _in_longer_name(text, m.start(1), m.end(1), particles) or _quoted(text, m.start(1)):
                continue  # Girondins de Bordeaux; 'Un Américain à Paris'
            if not _place_of(word, endings, src):
                continue  # no place the word is named after (Libération, Tremplin, Pivoine)
            yield self.issue(
                segment, m.start(1), m.end(1),
                f"{quoted(word)} is the {ctx.source.name} name for the inhabitants of a place; "
                f"{ctx.target.name} says “the people of …” or uses its own form.",
                None, confidence=0.8,
            )


    def _compound_place_demonyms(self, segment: Segment, sources: list[Segment], ctx,
                                 read: Optional["_SourceReadings"] = None) -> Iterator[Issue]:
        """The people of a place whose name has two words, copied (``the New Yorkais``, ``New-Yorkais``):
        the compound as the aligned source writes it (hyphenated, or two capitalised words), its last word
        a demonym ending that the target language neither lists nor writes, named after a place of two
        words that the source language writes often (New York), whose last word alone is a place of its own
        there (York: :func:`_place_of`'s test) and whose first word is no first name (Jean Marais). The
        compound counts in the source only hyphenated or after a plural determiner (:func:`_compounds`)."""
        src, tgt = ctx.source, ctx.target
        endings = tuple(src.extra.get("demonym_endings", ()))
        if not endings:
            return
        compounds = (read or _source_readings(sources, ctx)).compounds(endings)
        if not compounds:
            return
        text = segment.text
        split = text_words(text, ctx)
        lasts = {last for _, last in compounds}
        words = split.runs() if "-" in text else map(split.words.__getitem__, split.capital)
        if lasts.isdisjoint(map(fold, words)):
            return  # no word of the target closes one of the source's compounds (capitalised unless hyphenated)
        table_forms = _table(ctx.pair)[0]
        for m in _COMPOUND.finditer(text):
            first, joint, last = m.group(1), m.group(2), m.group(3)
            if (fold(first), fold(last)) not in compounds or not last.lower().endswith(endings):
                continue
            if not (first[:1].isupper() and last[:1].isupper()) and "-" not in joint:
                continue  # a lower-case word is the compound's only hyphenated (new-Yorkais)
            lower = not last[:1].isupper()
            # néo for a copied "neo": a place modifier; the source's case tells the adjective (les élus
            # new-yorkais) from the noun of people (les New-Yorkais), which the target may copy in lower case
            spelt, adjective = _source_spelling(first, last, sources)
            place = _known_place(spelt, last, endings, ctx.pair)
            if lower and not place and not _proper_noun(spelt, src):
                continue  # all in lower case: a prefix (néo-romains, a style) unless the first word is a name
                # (hong-kongaise) or the two words name a known place (new-yorkais: New York)
            caps = (first[:1].upper() + first[1:], last[:1].upper() + last[1:])
            if "-".join(caps) in table_forms or caps[1] in table_forms:
                continue  # a nationality of the table (Nord-Coréens, Mexico-Américains, anti-iranien): _table_forms'
                # own, or left to the untranslated-word checks in lower case
            if tgt.zipf(last) >= self.max_target_zipf or tgt.in_dictionary(last.lower()) \
                    or fold(first) in ctx.pair.first_names_folded or first.isupper():
                continue  # a form the target writes, a person (Jean Marais), a firm's acronym (SNC-Lavalin)
            if _in_longer_name(text, m.start(1), m.end(3), frozenset()) or _quoted(text, m.start(1)):
                continue
            if not _compound_place(first, last, endings, ctx.pair):
                continue
            word = quoted(text[m.start(1):m.end(3)])
            src_name, tgt_name = ctx.source.name, ctx.target.name
            suggestion = None
            if place and lower and adjective:
                # the source's adjective copied as it is (les élus new-yorkais): the target names the place
                # before the noun; not the noun of people in lower case (les New-Yorkais: "The New York voted")
                suggestion = place
                message = (f"{word} is the {src_name} adjective of {place}; "
                           f"{tgt_name} writes the place's name (“the {place} …”).")
            elif place:
                message = (f"{word} is the {src_name} name for the people of {place}; "
                           f"{tgt_name} says “the people of {place}” or uses its own form.")
            else:  # no known place to name: "Porto-Ricains" is not the people of "Porto Ric"
                message = (f"{word} is the {src_name} name for the inhabitants of a place; "
                           f"{tgt_name} says “the people of …” or uses its own form.")
            yield self.issue(segment, m.start(1), m.end(3), message, suggestion, confidence=0.8)


    def _lower_compounds(self, segment: Segment, sources: list[Segment], ctx,
                         read: Optional["_SourceReadings"] = None) -> Iterator[Issue]:
        """A compound adjective of nationalities copied in lower case from the source, closed by a form of
        the table (``mexico-américains``, ``austro-hongrois``, ``germano-turcs``, ``anti-iranien``): French
        writes the adjective in lower case, English with capitals and its own forms. The suggestion is the
        target's adjective after the first part put into the target language (:func:`_first_part`); none
        when that part cannot be told, or when the source uses the compound as a noun of people
        (``beaucoup de germano-turcs``: German Turks, which no adjective names). A compound of the table
        itself (``latino-américaines``, ``sud-américaines``) is :meth:`_table_forms`' own as written, and
        this method's spaced around its hyphen (``afro - américaines``: African-American); one after a
        word that makes another place the table does not give (``sud-soudanais``) is left to the
        untranslated-word checks."""
        text = segment.text
        if "-" not in text:
            return
        forms, runs, pattern = _lower_tails(ctx.pair)
        if pattern is None or not may_match(text, runs, ctx):
            return
        src = ctx.source
        copied = (read or _source_readings(sources, ctx)).hyphenated()
        table_forms = _table(ctx.pair)[0]
        source_text = None
        for m in pattern.finditer(text):
            before = _FIRST_PART.search(text, max(0, m.start() - 40), m.start())
            if before is None:
                continue
            first, last = before.group(1), m.group(1)
            whole = table_forms.get(capitalised(f"{first}-{last}"))
            if (fold(first), fold(last)) not in copied or (whole and text[before.end(1):m.start(1)] == "-") \
                    or first.lower() in forms or (not whole and fold(first) in _modifiers(src)):
                # not the source's compound, one of the table as written (_table_forms'), or "sud-" making a
                # place the table does not give (sud-soudanais); "sud - américaines" spaced is the table's
                continue
            if source_text is None:
                source_text = joined_sources(sources)
            if in_title(text, before.start(1), source_text):
                continue
            word = quoted(text[before.start(1):m.end(1)])
            if whole:
                # a compound of the table spaced around its hyphen (afro - américaines): the table's whole
                # name, the people's when the source writes a noun of people (African-Americans)
                suggestion = (whole[1] or whole[0]) if _source_noun(first, last, sources, src) else whole[0]
                message = (f"{word} is the {src.name} name of a nationality or people; "
                           f"{ctx.target.name} writes “{suggestion}”.")
                yield self.issue(segment, before.start(1), m.end(1), message, suggestion, confidence=0.8)
                continue
            head = _first_part(first, ctx.pair)
            if head and first[:1].isupper():
                head = head[:1].upper() + head[1:]  # a prefix opening the sentence: "Anti-Iranian sentiment"
            english = forms[last]
            if _source_noun(first, last, sources, src):
                # beaucoup de germano-turcs: the people (German Turks), for whom the adjective is no name
                message = (f"{word} is the {src.name} name of a people of two nationalities; "
                           f"{ctx.target.name} writes its own, with capitals (not “{english}” alone).")
                yield self.issue(segment, before.start(1), m.end(1), message, None, confidence=0.8)
                continue
            suggestion = f"{head}-{english}" if head else None
            said = f"“{suggestion}”" if suggestion else f"it with capitals and its own forms (“{english}”)"
            message = (f"{word} is a {src.name} compound adjective of nationality, in lower case as "
                       f"{src.name} writes it; {ctx.target.name} writes {said}.")
            yield self.issue(segment, before.start(1), m.end(1), message, suggestion, confidence=0.8)


_FIRST_PART = re.compile(r"(?<![\w'’-])([^\W\d_]+)[ \u00a0]*-[ \u00a0]*$")
"""The word hyphenated right before a match of :func:`_lower_tails`' pattern (mexico- of mexico-américains)."""


def _source_noun(first: str, last: str, sources: list[Segment], lang) -> bool:
    """The sources write the compound ``first``-``last`` only where a noun phrase opens
    (:func:`_opens_noun`: beaucoup de germano-turcs, les Germano-turcs, un franco-allemand, 300
    germano-turcs, les jeunes germano-turcs): a noun of people, where an adjective of nationality follows
    its noun (des citoyens germano-turcs), a verb (les relations sont germano-turques), an adverb (très
    franco-allemands) or another adjective it is joined to (irano-américaines et germano-turques):
    words that open no noun phrase."""
    pair, seen = (fold(first), fold(last)), False
    plural = lang.has_plural_ending(last.lower())
    for s in sources:
        for m in _HYPHENATED.finditer(s.text):
            if (fold(m.group(1)), fold(m.group(2))) == pair:
                if not _opens_noun(s.text, m.start(), plural, lang):
                    return False
                seen = True
    return seen


def _source_adjective(word: str, sources: list[Segment], lang) -> bool:
    """The sources write the compound form ``word`` (sud-américains) and not only where a noun phrase opens
    (:func:`_source_noun`): an adjective after its noun (les élus sud-américains)."""
    first, last = word.rsplit("-", 1)
    pair = (fold(first), fold(last))
    if not any((fold(m.group(1)), fold(m.group(2))) == pair for s in sources for m in _HYPHENATED.finditer(s.text)):
        return False
    return not _source_noun(first, last, sources, lang)


_YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")
"""A figure that reads as a year (1963, 2012) rather than a count of people."""
_TWO_BEFORE = re.compile(r"(?:([^\W_]+)(?:[ \u00a0]+|['’]))?([^\W_]+)[ \u00a0]+$")
"""The two words right before a position (the first may be missing), figures included (300 germano-turcs);
the first may be elided onto the second (d'autres germano-turcs: "d", the complement word de)."""


def _opens_noun(text: str, pos: int, plural: bool, lang) -> bool:
    """What comes right before ``pos`` opens a noun phrase (:func:`_determiners`), or counts it: a figure
    before a plural (300 germano-turcs, les 1500 germano-turcs; not a year: les accords de 1963
    franco-allemands) or a cardinal
    written in words (neuf Germano-Turcs: nine; the adjective "neuf", new, agrees with its noun, so
    before a plural it would be "neufs"), or a determiner and one of the adjectives the source language
    writes before their noun (``prenominal_adjectives``: les jeunes germano-turcs, who are young German
    Turks; les élus germano-turcs are German-Turkish officials)."""
    m = _TWO_BEFORE.search(text, max(0, pos - 60), pos)
    if m is None:
        return False
    before, word = (m.group(1) or "").lower(), m.group(2).lower()
    determiners = _determiners(lang)
    if word in determiners:
        return True
    if plural and word.isdigit():
        # le traité de 1963 franco-allemand(s): a date, no count; but right after a plural determiner a
        # figure is a count whatever its size (les 1500 germano-turcs: fifteen hundred people)
        return not _YEAR.fullmatch(word) or before in lang.word_set("plural_determiners")
    if plural and word in _cardinals(lang.code):
        return True
    return (word in lang.word_set("prenominal_adjectives") or (plural and _figure_ordinal(word, lang))) \
        and before in determiners


_FIGURE_ORDINAL = re.compile(r"(\d+)([^\W\d_]+)")


def _figure_ordinal(word: str, lang) -> bool:
    """Lower-case ``word`` is a plural ordinal written in figures (1ers, 2es, 3èmes: premiers, deuxièmes), its
    letters a plural of one of the number data's ``ordinal_suffixes``: an ordinal stands before its noun like
    the prenominal adjectives (les 1ers germano-turcs: the first German Turks, as les premiers germano-turcs)."""
    from mtqa.numbers import conventions

    m = _FIGURE_ORDINAL.fullmatch(word)
    suffixes = conventions(lang.code).ordinal_suffixes
    return m is not None and any(singular in suffixes for singular in lang.singulars(m.group(2)))


@memoize(TABLES)
def _cardinals(code: str) -> frozenset[str]:
    """The cardinal numbers from two up the language writes in words (deux, neuf, cent: the number data's
    ``words``), which count a plural noun after them."""
    from mtqa.numbers import conventions

    return frozenset(w.lower() for w, v in conventions(code).words.items() if isinstance(v, (int, float)) and v >= 2)


@memoize(TABLES)
def _determiners(lang) -> frozenset[str]:
    """The words of ``lang`` that open a noun phrase: its plural determiners (les, des, plusieurs), its
    singular articles (un, la: ``apposition_articles``), its other determiners (quelques, chaque, deux:
    ``noun_determiners``) and the words that join a complement to a noun or a quantifier (beaucoup de:
    ``complement_words``)."""
    return (lang.word_set("plural_determiners") | lang.word_set("apposition_articles")
            | lang.word_set("noun_determiners") | lang.word_set("complement_words"))


def _hyphenated(texts: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """Folded (first, second) words of the sources' hyphenated pairs (mexico-américains), the sources' ``texts``."""
    return frozenset((fold(m.group(1)), fold(m.group(2))) for text in texts for m in _HYPHENATED.finditer(text))


class _SourceReadings:
    """What T109's readings take from a segment's sources (their ``texts``), each read on its first need and
    kept: the groups the source names (:func:`_groups`), its two-word demonyms (:func:`_compounds`) and its
    hyphenated pairs (:func:`_hyphenated`).

    Why one object: each reading was a memo entry of its own, keyed by a tuple of the sources' texts built for
    it, so every segment built two or three tuples and asked the run memo two or three times (WMT14's 24,024
    pairs: ~50,000 asks for 3,003 sources); one entry per source (:func:`_source_readings`) holds all three.
    The same answers: each is its function's, of the same texts, read at most once per source as before."""

    __slots__ = ("texts", "lang", "_groups", "_compounds", "_hyphenated")

    def __init__(self, texts: tuple[str, ...], lang) -> None:
        self.texts, self.lang = texts, lang
        self._groups: Optional[frozenset[str]] = None
        self._compounds: Optional[frozenset[tuple[str, str]]] = None
        self._hyphenated: Optional[frozenset[tuple[str, str]]] = None

    def groups(self) -> frozenset[str]:
        if self._groups is None:
            self._groups = _groups(self.texts, self.lang)
        return self._groups

    def compounds(self, endings: tuple[str, ...]) -> frozenset[tuple[str, str]]:
        """``endings``: the source language's ``demonym_endings`` (the same for every caller of a run)."""
        if self._compounds is None:
            self._compounds = _compounds(self.texts, endings, self.lang)
        return self._compounds

    def hyphenated(self) -> frozenset[tuple[str, str]]:
        if self._hyphenated is None:
            self._hyphenated = _hyphenated(self.texts)
        return self._hyphenated


def _source_readings(sources: list[Segment], ctx) -> _SourceReadings:
    """The :class:`_SourceReadings` of a segment's sources, one per run and source (the run memo)."""
    texts = source_texts(sources)
    return ctx.memo("demonyms.sources", texts, lambda: _SourceReadings(texts, ctx.source), bound=SOURCE_MEMO)


@memoize(TABLES)
def _lower_tails(pair) -> tuple[dict[str, str], frozenset[str], "re.Pattern | None"]:
    """The table's one-word forms (no combining form, no half-translated mix) in lower case, the
    source's adjective -> the target's adjective, the same as a set (:func:`may_match`'s screen), and a
    pattern finding one after a hyphen."""
    forms = {}
    for form, (english, _, prefix, _, mixed) in _table(pair)[0].items():
        if not prefix and not mixed and "-" not in form and not form.islower():
            forms.setdefault(form.lower(), english)
    if not forms:
        return forms, frozenset(), None
    return forms, frozenset(forms), re.compile(rf"(?<=-)[ \u00a0]*({alternation(forms)})(?![\w'’-])")


def _first_part(first: str, pair) -> "str | None":
    """The first part of a compound of nationalities in the target language: the table's adjective for a
    combining form of the source the table lists (germano -> German), a prefix the target joins with a
    hyphen as it is (anti, non: :func:`mtqa.langs.hyphen_prefixes`), one of the target language's own
    combining forms (austro -> Austro, gréco -> Greco: its ``combining_forms``), else, for a form with
    one of the source language's ``combining_form_endings`` (irano, maroco, mexico), the adjective of the
    one nationality of the table whose forms open with what the ending leaves (Iranian, Moroccan,
    Mexican). None otherwise: a stem the table does not tell (cubano: Cubain), another word (bas-normands)
    or a form the target does not write (judéo); a French "-o" form is no English one (not "Irano-")."""
    forms = _table(pair)[0]
    cap = capitalised(first.lower())
    if cap in forms and forms[cap][2]:
        return forms[cap][0]
    if first.lower() in hyphen_prefixes():
        return first.lower()
    own = _target_combining(pair).get(fold(first))
    if own:
        return own
    folded = fold(first)
    ending = next((e for e in pair.source.extra.get("combining_form_endings", ()) if folded.endswith(fold(e))), None)
    stem = folded[:len(folded) - len(ending)] if ending else ""
    if len(stem) < 4:
        return None
    found = {v[0] for f, v in forms.items() if not v[2] and "-" not in f and fold(f).startswith(stem)}
    return found.pop() if len(found) == 1 else None


@memoize(TABLES)
def _target_combining(pair) -> dict[str, str]:
    """Folded -> as written, the target language's own combining forms of nationalities (Greco, Afro)."""
    return {fold(w): w for w in pair.target.extra.get("combining_forms", ())}


_MODIFIER_BEFORE = re.compile(r"(?<![\w'’-])((?:[^\W\d_]+[ \u00a0]*-[ \u00a0]*)+)$")
"""The words hyphenated right before a match, a compound's first words (Sud- of Sud-Soudanais,
Sud-Est- of Sud-Est-Asiatiques): see :func:`_modifier_start`."""

_LETTER_WORD = re.compile(r"[^\W\d_]+")


@memoize(TABLES)
def _modifiers(lang) -> frozenset[str]:
    """The words of ``lang`` that make another place before a nationality (``demonym_modifiers``), accents
    folded: a translation often drops them (Neo-Mexicains for Néo-Mexicains), and built once, not per match."""
    return frozenset(fold(w) for w in lang.word_set("demonym_modifiers"))


def _modifier_start(text: str, end: int, modifiers: frozenset) -> "int | None":
    """Where the run of place modifiers hyphenated right before ``end`` begins (Sud-Est-Asiatiques: at
    Sud, as "Est" and "Sud" both make another place), or None when the word right before is none."""
    m = _MODIFIER_BEFORE.search(text, max(0, end - 40), end)
    if m is None:
        return None
    start = None
    for w in reversed(list(_LETTER_WORD.finditer(text, m.start(1), m.end(1)))):
        if fold(w.group()) not in modifiers:
            break
        start = w.start()
    return start


_COMPOUND = re.compile(rf"(?<![\w'’-])([^\W\d_]{{2,}})(?=([ \u00a0]*-[ \u00a0]*|[ \u00a0]+)([{UPPER}{LOWER}][{LOWER}]{{3,}})(?![\w'’-]))")
"""Two words, spaced or hyphenated (a lookahead: in "the Hong Kongais" "Hong" may open a pair after "the"
has been tried); the caller keeps two capitalised words, or a hyphenated pair in any case (new-Yorkais)."""


def _compounds(texts: tuple[str, ...], endings: tuple[str, ...], lang) -> frozenset[tuple[str, str]]:
    """Folded (first, last) words of the sources' two-word demonyms, the last with a demonym ending:
    hyphenated in lower case (the adjective: les élus new-yorkais) or capitalised after a plural
    determiner (the noun of people: les Hong-Kongais), or two capitalised words after a plural
    determiner (les New Yorkais) whose last is no word of the source language's dictionary alone
    (Marseillais is: les Vrais Marseillais are real people of Marseille). Capitalised words elsewhere
    are as likely a person (Victor Ledin) or, hyphenated, a place (le maire de Saint-Florentin, les vins
    de Saint-Émilion)."""
    determiners = lang.word_set("plural_determiners")
    after_plural = _after_plural(determiners)
    out = set()
    for text in texts:
        # spaced, a demonym the source language's dictionary knows alone is the people of a place of one
        # word, which the first word qualifies (les Vrais Marseillais, les Jeunes Lyonnais): not New York's
        found = [m for m in after_plural.finditer(text) if not lang.in_dictionary(m.group(2).lower())]
        if "-" in text:
            found += (m for m in _HYPHENATED.finditer(text)
                      if m.group(2)[:1].islower() or word_before(text, m.start(), 40) in determiners)
        for m in found:
            first, last = m.groups()
            if last.lower().endswith(endings):
                out.add((fold(first), fold(last)))
    return frozenset(out)


_HYPHENATED = re.compile(r"(?<![\w'’-])([^\W\d_]+)(?=-([^\W\d_]{4,})(?![\w'’-]))")


@memoize(TABLES)
def _after_plural(determiners: frozenset[str]) -> re.Pattern:
    """Two capitalised words after a plural determiner (les New Yorkais)."""
    return re.compile(rf"(?<![\w'’-])(?i:{alternation(determiners)})[ \u00a0]+([{UPPER}][^\W\d_]*)[ \u00a0]+([{UPPER}][^\W\d_]{{3,}})(?![\w'’-])")


def _compound_place(first: str, last: str, endings: tuple[str, ...], pair) -> bool:
    """``first`` + ``last`` names the people of a place of two words (``New``, ``Yorkais``: New York):
    both words are ones the source language writes often, the second a place of its own
    (:func:`_place_named`), or the place is one of the exonym table (Saint-Pétersbourgeois).
    Word by word: a phrase's frequency is no more than its rarer word's, and reading one would load the
    frequency lists' tokenizer for a few candidates."""
    lang = pair.source
    if lang.zipf(first) >= PLACE_ZIPF and _place_named(last, endings, lang):
        return True
    return any(fold(f"{first}-{place}") in _exonym_english(pair) for place in _completions(last, endings))


def _known_place(first: str, last: str, endings: tuple[str, ...], pair) -> "str | None":
    """The place of two words whose people ``first`` + ``last`` name, when it is a known place; else None
    (the message then names none: a guessed "Porto Ric" or "Saint Paule" would mislead). Known: a place of
    the exonym table, named in the target language (Saint-Pétersbourg: St Petersburg), or a place whose
    last word is a proper noun of the source language's dictionary that the target language's dictionary has too (York,
    Kong, Lanka). Only the stem of the longest ending is completed: a shorter one cuts a wrong stem
    (Porto-Ric-ains, not Porto-Rica-ins). After a word that makes another place (``demonym_modifiers``:
    Sud-Tyroliens), the exonym table alone names it. A hyphenated proper noun the source language's
    dictionary alone knows is that language's spelling, not the target's (Tel-Aviv for Tel Aviv,
    Saint-Gall for St. Gallen): it names no place."""
    src, tgt = pair.source, pair.target
    english = _exonym_english(pair)
    # a word that makes another place (Sud-Tyroliens, Néo-Romains): the target translates it, so only
    # the exonym table knows the place's name there (not "Sud Tyrol", "Néo Rome")
    modifier = fold(first) in _modifiers(src)
    first = first[:1].upper() + first[1:]  # a place is named with capitals (new-yorkais: New York)
    for place in _completions(last[:1].upper() + last[1:], endings):
        compound = f"{first}-{place}"
        if fold(compound) in english:
            return english[fold(compound)]
        if modifier:
            continue
        if _proper_noun(place, src) and tgt.in_dictionary(place) and fold(place) not in pair.first_names_folded:
            return f"{first} {place}"
    return None


def _source_spelling(first: str, last: str, sources: list[Segment]) -> tuple[str, bool]:
    """The source's own spelling of ``first`` in its hyphenated compound with ``last`` (the target may drop
    its accents: "neo-romains" for néo-romains), ``first`` when the source has none; and whether the
    source writes that compound as an adjective, its last word in lower case (les élus new-yorkais; les
    New-Yorkais, or spaced les New Yorkais, are the people)."""
    pair = (fold(first), fold(last))
    for s in sources:
        for m in _HYPHENATED.finditer(s.text):
            if (fold(m.group(1)), fold(m.group(2))) == pair:
                return m.group(1), m.group(2)[:1].islower()
    return first, False


def _proper_noun(word: str, lang) -> bool:
    """The language's dictionary knows ``word`` capitalised only: a name (Hong, Sri), not a word (néo, new)."""
    cap = word[:1].upper() + word[1:]
    return lang.in_dictionary(cap) and not lang.in_dictionary(cap.lower())


def _completions(word: str, endings: tuple[str, ...]) -> list[str]:
    """The place names ``word`` may be named after: the stem its longest demonym ending leaves, completed
    as place names are (``_PLACE_ENDINGS``)."""
    low = word.lower()
    ending = max((e for e in endings if low.endswith(e) and len(low) - len(e) >= 3), key=len, default=None)
    if ending is None:
        return []
    stem = word[:len(word) - len(ending)]
    return [stem + tail for tail in _PLACE_ENDINGS]


@memoize(TABLES)
def _exonym_english(pair) -> dict[str, str]:
    """Folded source name (hyphens for spaces) -> target name, of the exonym table's places."""
    return {fold(r["french"].replace(" ", "-")): r["english"] for r in pair.table("exonyms")}


@memoize(TABLES)
def _table(pair) -> tuple[dict[str, tuple[str, str, bool, bool, tuple[str, ...]]], "re.Pattern | None"]:
    """Capitalised forms of the pair's demonym table -> (English name, English plural, is a combining
    form, is a nationality where the source language is spoken, the row's source forms if the form is a
    half-translated mix), and one pattern finding them as whole words (a combining form only before a
    hyphen). A compound form is also found in lower case (``a sri-lankais asylum-seeker``: the source's
    adjective copied as it is), under its own key.

    Every gender and number of a row: masculine and feminine, each with ``-s`` unless it ends in s, x
    or z. A form is dropped when the target language writes it too (equal to the English name after
    folding, in its dictionary, or at least ``MAX_TARGET_ZIPF`` frequent, or its plural that frequent: the
    Canadiens), when it is a first name of either language, or when it is a place of the exonym table
    (Corse is the island). The screened
    table is kept compiled (:func:`mtqa.compiled.cached`, like the exonym table's)."""
    from mtqa.compiled import cached, code_files
    from mtqa.langs import hunspell
    from mtqa.langs.data import data_files, data_path
    from mtqa.langs.frequency import wordfreq_files

    tgt = pair.target
    inputs = [data_path("names", f"{stem}.{pair.code}.tsv") for stem in ("demonyms", "exonyms")]
    inputs += pair.first_name_files
    if not inputs[0].is_file():
        return {}, None
    inputs += [*hunspell.files(tgt.hunspell_names), *code_files(demonym_forms, type(pair), type(tgt))]  # the code that builds the table (exonyms' too)
    inputs += data_files("langs", f"{pair.source.code}.toml")  # the plural suffix, the exonym table's articles
    forms = dict(cached(f"demonyms-{pair.code}", [*inputs, *wordfreq_files(tgt.code)], lambda: demonym_forms(pair)))
    if not forms:
        return forms, None
    for form, value in list(forms.items()):
        if "-" in form and not value[2] and not value[4]:
            forms.setdefault(form.lower(), value)
    return forms, _forms_pattern(frozenset(f for f, v in forms.items() if not v[2]),
                                 frozenset(f for f, v in forms.items() if v[2]))


PATTERNS_KEPT = 1_024
"""Patterns kept per run by :func:`_forms_pattern` (the table's, and one per set of forms that may match in a text)."""


@memoize(PATTERNS_KEPT)
def _forms_pattern(words: frozenset[str], prefixes: frozenset[str]) -> re.Pattern:
    """The pattern finding the table's ``words`` as whole words and its combining forms (``prefixes``)
    before a hyphen: group 1 a word, group 2 a combining form."""
    # a form may close a compound after a hyphen (Mexico-Américains, Afro-Américains), never open one
    return re.compile(rf"(?<![\w'’])(?:({alternation(words)})(?![\w'’]|-\w)"
                      rf"|(?<!-)({alternation(prefixes)})(?=[ \u00a0]*-[ \u00a0]*[^\W\d_]))")


@memoize(TABLES)
def _forms_by_run(pair) -> dict["str | None", tuple[tuple[str, bool], ...]]:
    """The table's forms (each with whether it is a combining form) by their first run of letters
    (``Nord`` of ``Nord-Coréens``; None for a form that starts with no letter)."""
    out: dict["str | None", list[tuple[str, bool]]] = {}
    for form, value in _table(pair)[0].items():
        first = LETTERS_RE.match(form)
        out.setdefault(first.group() if first else None, []).append((form, value[2]))
    return {run: tuple(forms) for run, forms in out.items()}


def _text_pattern(pair, text: str, ctx) -> "re.Pattern | None":
    """The table's pattern cut to the forms whose first run of letters is a run of ``text`` (None: no
    form can match there). Every match starts after a character that is no letter and ends the form's
    first run where the text's ends (a hyphen, a space, the word's end), so that run is one of the text's:
    the other forms never match in it, and the matches are the same as the whole table's, without trying
    some thousand alternatives at every word (0.13 ms a text)."""
    by_run = _forms_by_run(pair)
    chosen = [f for run in {*text_words(text, ctx).runs(), None} for f in by_run.get(run, ())]
    if not chosen:
        return None
    return _forms_pattern(frozenset(f for f, prefix in chosen if not prefix),
                          frozenset(f for f, prefix in chosen if prefix))


@memoize(TABLES)
def _table_runs(pair) -> "frozenset[str] | None":
    """The first run of letters of every capitalised table form (``Nord`` of ``Nord-Coréen``): the
    screen's set; the lower-case compounds have their own (:func:`_lower_runs`)."""
    return first_runs(f for f in _table(pair)[0] if not f.islower())


@memoize(TABLES)
def _lower_runs(pair) -> "frozenset[str] | None":
    """The first run of letters of every lower-case compound form (``sri`` of ``sri-lankais``)."""
    return first_runs(f for f in _table(pair)[0] if f.islower())


def _may_match(text: str, pair, ctx) -> bool:
    """A table form may match in ``text``: a capitalised one (:func:`may_match`'s screen on the
    capitalised runs) or, in a text with a hyphen, a lower-case compound."""
    return may_match(text, _table_runs(pair), ctx) or ("-" in text and may_match(text, _lower_runs(pair), ctx))


def _copied(word: str, source_text: str, prefix: bool, elided: tuple[str, ...] = ()) -> bool:
    """The source writes the form (any case: French adjectives are lower case, « l'armée mexicaine »; with
    or without accents: Egyptiens), alone or closing a compound (Mexico-Américains), also right after one
    of the ``elided`` words, the source language's ``elisions`` (``d'Américains``, ``l'Irakien``,
    ``puisqu'Européens``)."""
    tail = r"[ \u00a0]*-" if prefix else r"(?![\w'’])"
    elision = rf"|(?<![\w'’])(?:{alternation(fold(e) for e in elided)})['’]" if any(elided) else ""
    return re.search(rf"(?:(?<![\w'’]){elision}){re.escape(fold(word))}{tail}", fold(source_text)) is not None


def _suggestion(word: str, forms, text: str, end: int, source_text: str, ctx) -> "str | None":
    """The target language's form for a nationality word used as an adjective or a noun: the adjective
    before a capitalised noun (``Panaméricains Games`` -> Pan-American), the plural noun for a plural
    (``Bosniaques``, or a form the same in both numbers that the source writes after a plural
    determiner, and only there: ``les Néo-Zélandais`` -> New Zealanders), else the adjective when it is the singular
    noun too (the plural is the adjective with -s or the adjective itself: Texan, Texans); None when the
    number cannot be told or the singular noun cannot be derived (``un Danois``: a Dane, not "Danish")."""
    english, plural = forms[word][:2]
    if not plural or _before_noun(text, end, ctx):
        return english
    if _is_plural(word, forms) or (word.endswith(("s", "x", "z")) and _after_plural_determiner(word, source_text, ctx.source)):
        return plural
    if fold(plural) in (fold(english), fold(english + "s")):
        return english
    return None


def _both_forms(english: str, plural: str) -> str:
    """The table's two English forms, for a message without a suggestion."""
    if not plural or fold(plural) == fold(english):
        return f"“{english}”"
    return f"“{english}” (adjective) or “{plural}” (the people)"


_SOURCE_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _after_plural_determiner(word: str, source_text: str, lang) -> bool:
    """The source writes ``word`` (accents and case aside), and each time right after one of its plural
    determiners: a noun of people in the plural. Once elsewhere (``le gouvernement danois`` beside ``les
    Danois``), the target's copy may be the adjective (the Danois government), so the number is not told."""
    determiners = {fold(d) for d in lang.word_set("plural_determiners")}
    target, previous, seen = fold(word), "", False
    for w in _SOURCE_WORD.findall(fold(source_text)):
        if w == target:
            if previous not in determiners:
                return False
            seen = True
        previous = w
    return seen


def _is_plural(word: str, forms) -> bool:
    """The form is a French plural: it ends in -s and the table also has it without (Bosniaques)."""
    return word.endswith("s") and word[:-1] in forms


def _before_noun(text: str, end: int, ctx) -> bool:
    """A capitalised content word follows: the form is an adjective in a name there (Panaméricains Games
    -> Pan-American Games), which English does not inflect; before a verb it is a noun (Bosniaques came)."""
    m = NEXT_WORD_RE.match(text, end)
    return bool(m) and m.group(1)[:1].isupper() and m.group(1).lower() not in ctx.target.function_words


def _kept_name(text: str, start: int, end: int, source_text: str) -> bool:
    """Part of a name the source's own words make up, kept whole (Stade Français, Tour Eiffel): the
    capitalised word before it (not opening the sentence) is also a word of the source, also after an
    elided article there (l'Institut catholique, l'Union marocaine du travail)."""
    prev = _PREV_WORD.search(text, 0, start)
    if not prev or at_sentence_start(text, prev.start(1)):
        return False
    return re.search(rf"(?<![\w-])(?:\w+['’])?{re.escape(prev.group(1))}(?![\w'’])", source_text) is not None


_RUN_BEFORE = re.compile(rf"(?<![\w'’-])(?:([^\W\d_]+)['’])?([{UPPER}][^\W\d_]*)(?:[ \u00a0]+[{UPPER}][^\W\d_]*)*[ \u00a0]+$")
_TAIL = re.compile(rf"(?:[ \u00a0]+[{UPPER}][^\W\d_]*)*[ \u00a0]+([^\W\d_]+)(?:[ \u00a0]+|['’])([{UPPER}][^\W\d_]+)")


def _local_name(text: str, start: int, end: int, ctx) -> bool:
    """A name kept whole around a foreign nationality that is nevertheless the body's own name in the
    source language: a brand or paper opened by the source's capitalised article, not elided (``Le Jardin
    Mexicain``, ``Aux Délices Libanais``), or a body the name ties to a place of the source language's own world
    with its complement word (``Union Sportive Cambodgienne de Lyon``). Such a place is one the source
    language writes often and more than the target language, is no exonym (``de Francfort``: a foreign
    city) and no common word (``de Sécurité``), unless the target language writes it often too (Paris)."""
    src, tgt = ctx.source, ctx.target
    articles = src.word_set("place_articles")
    run = _RUN_BEFORE.search(text, 0, start)
    if run and not run.group(1) and run.group(2).lower() in articles:
        return True  # not after an elision: "L'Union Européenne" is the source's phrase copied whole
    tail = _TAIL.match(text, end)
    if not tail or tail.group(1).lower() not in src.word_set("complement_words"):
        return False
    place = tail.group(2)
    zipf = src.zipf(place)
    return zipf >= PLACE_ZIPF and zipf > tgt.zipf(place) and fold(place) not in english_places(ctx.pair) \
        and (not src.in_dictionary(place.lower()) or tgt.zipf(place) >= PLACE_ZIPF)


def _groups(texts: tuple[str, ...], lang) -> frozenset[str]:
    """Capitalised words of the sources (their ``texts``) after a plural determiner (les Clermontois): the
    source's names of groups, once per source (a source is checked for every system that translated it)."""
    plural = lang.word_set("plural_determiners")
    return frozenset(m.group(2) for text in texts for m in _AFTER_WORD.finditer(text) if m.group(1).lower() in plural)


PLACE_ZIPF = 3.0
"""A place name the source language writes at least this often (Lille, Auvergne, Clermont)."""
_PLACE_ENDINGS = ("", "e", "ie", "ique")
"""What a place name adds to the stem its demonym keeps (Clermont-ois, Auvergn-e, Syr-ie, Améric-ique)."""


def _place_of(word: str, endings: tuple[str, ...], lang) -> bool:
    """The word is named after a place (:func:`_place_named`)."""
    return _place_named(word, endings, lang) is not None


def _place_named(word: str, endings: tuple[str, ...], lang) -> "str | None":
    """The place the word is named after: its stem, completed as place names are, is a name the source
    language writes often and that is no common word nor first name there; else None."""
    low = word.lower()
    for ending in endings:
        if not low.endswith(ending) or len(low) - len(ending) < 3:
            continue
        stem = word[:len(word) - len(ending)]
        for tail in _PLACE_ENDINGS:
            place = stem + tail
            if (place.lower() != low and lang.zipf(place) >= PLACE_ZIPF and not lang.in_dictionary(place.lower())
                    and fold(place) not in lang.first_names_folded):
                return place
    return None


def _quoted(text: str, pos: int) -> bool:
    """Inside quotation marks (a title or a quotation in the source language)."""
    return any(a <= pos < b for a, b in quote_spans(text))


def _in_longer_name(text: str, start: int, end: int, particles: frozenset) -> bool:
    """Part of a longer name: after a capitalised word that does not open the sentence (Olympique
    Lyonnais), or before a name particle and a capitalised word (Girondins de Bordeaux)."""
    prev = _PREV.search(text, 0, start)
    if prev and not at_sentence_start(text, prev.start(1)):
        return True
    nxt = _NEXT.match(text, end)
    return bool(nxt and nxt.group(1).lower() in particles)
