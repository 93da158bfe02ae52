"""French names of places, institutions and feasts left in the English text (T201).

English has its own names for many places (London, Beijing, Brussels); the French forms (Londres, Pékin) are
opaque to English readers. The table is ``exonyms.<pair>.tsv`` in ``mtqa/data/names/``, read by
:mod:`mtqa.names.exonym_forms`; it leaves out names English shares with French (Nice, Tours, Orange) and forms
that are also English words or names. French acronyms (OTAN, ONU) are :mod:`mtqa.checks.acronyms`'.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from mtqa.checks.base import SegmentCheck
from mtqa.checks.names import name_titles
from mtqa.checks.registry import register
from mtqa.evidence import in_title
from mtqa.langs import fold
from mtqa.langs.cache import SOURCE_MEMO, TABLES, WORDS, memoize
from mtqa.langs.data import alternation
from mtqa.langs.text import fold_text, whole_word_starts, word_pair_spans
from mtqa.limits import LOOKBACK
from mtqa.model import Issue, Segment, Severity, joined_sources, source_texts
from mtqa.names.exonym_forms import (VARIANT_MIN_LENGTH, accent_respelt, compiled_for_pair, english_name,
                                     exonym_rows, first_runs,
                                     present_runs, respelt, respelt_adjective, spelling_variant, standalone_in,
                                     without_article)
from mtqa.names.datelines import dateline_view
from mtqa.names.mentions import Token, segment_mentions
from mtqa.names.place_adjectives import place_adjectives
from mtqa.records import record
from mtqa.regexcache import transient
from mtqa.words import CAPITAL_WORD_BEFORE_RE, LETTERS_RE, NEXT_WORD_RE, UPPER


@memoize(TABLES)
def _exonym_pattern_all(pair) -> Optional[re.Pattern]:
    """Every form in one alternation, longest first (None: no forms); :func:`_exonym_pattern` cuts it
    to what may match in a text, so this one serves only when a form does not start with a letter."""
    forms = exonym_rows(pair)
    return _compile_forms([_alternative(f) for f in _by_length(forms)]) if forms else None


def _by_length(forms: dict) -> list[str]:
    return sorted(forms, key=len, reverse=True)


def _alternative(form: str) -> str:
    # a hyphenated name matches with its hyphen spaced too (tokenised MT: Mecklembourg - Poméranie)
    return re.escape(form).replace(r"\-", _ANY_HYPHEN)


def _compile_forms(alternatives: list[str]) -> re.Pattern:
    # a hyphen may join the form to another word (Russie-Ukraine, Londres-based): the check decides
    return re.compile(rf"(?<!\w)(?:{alternation(alternatives, str, ordered=True)})(?!\w)")


def _with_article(form: str, sources, articles: frozenset[str]) -> bool:
    """A text of ``sources`` writes the name with an article or its contraction (au Caire, à La Haye).

    In the aligned source it shows the article-less form names the place, not a person who bears the word
    (the boxer Haye); in the translation itself it shows French words copied around the name (a book
    title, Le complot du Caire), not a name whose article the translation dropped."""
    pattern = _article_pattern(form, articles)
    return any(pattern.search(fold_text(s.text)) for s in sources)  # accents folded: Careme for the source's Carême


@memoize(WORDS)
def _article_pattern(form: str, articles: frozenset[str]) -> re.Pattern:
    """The pattern :func:`_with_article` searches for ``form`` after one of ``articles``, built once per form.

    Why: the pattern was built and compiled at every call (a string of all the articles, then a lookup in
    ``re``'s own cache, itself bounded and shared with every other pattern of the run)."""
    return transient(rf"(?<!\w)(?:{alternation(articles)})(?:[ \u00a0]+|['’]){re.escape(fold(form))}(?!\w)", re.IGNORECASE)


_ANY_HYPHEN = r"[ \u00a0]*-[ \u00a0]*"


_SPACED_HYPHEN = re.compile(_ANY_HYPHEN)


@memoize(TABLES)
def _exonym_runs(pair) -> Optional[frozenset[str]]:
    return first_runs(exonym_rows(pair))


PATTERNS_KEPT = 4_096
"""Patterns kept per run by :func:`_exonym_pattern` (one per set of forms that may match in a text)."""


@memoize(TABLES)
def _exonym_alternatives(pair) -> dict[str, tuple[tuple[int, str, str], ...]]:
    """By first run of letters: (place in the big pattern, literal head, alternative) of its forms.

    The head is the form up to its first hyphen (the whole form without one): the pattern writes it
    as it is, so the text holds it wherever the form matches.

    Kept compiled under the exonym rows' own key and this code (:func:`compiled_for_pair`): escaping and
    sorting the ~1,500 forms was some 4 ms of every run that reaches T201 (the seed article's 1 %), the same
    on every run."""
    def build() -> dict[str, tuple[tuple[int, str, str], ...]]:
        out: dict[str, list[tuple[int, str, str]]] = {}
        for k, form in enumerate(_by_length(exonym_rows(pair))):
            out.setdefault(LETTERS_RE.match(form).group(0), []).append((k, form.split("-", 1)[0], _alternative(form)))
        return {run: tuple(alts) for run, alts in out.items()}

    return compiled_for_pair(pair, "exonym-alternatives", build)


def _exonym_pattern(pair, text: str, present: frozenset[str]) -> Optional[re.Pattern]:
    """The big pattern cut to the forms that can match in ``text`` (None: none can): their first run
    of letters is one of the text's (``present``, see :func:`may_match`) and the text holds their head.
    The other alternatives never match there, so the matches are the same, for a fraction of the work."""
    table = _exonym_alternatives(pair)
    alts = sorted(a for run in present for a in table.get(run, ()) if a[1] in text)
    return _compiled_alternatives(tuple(alt for _, _, alt in alts)) if alts else None


@memoize(PATTERNS_KEPT)
def _compiled_alternatives(alternatives: tuple[str, ...]) -> re.Pattern:
    return _compile_forms(list(alternatives))


@register
@record
class FrenchExonym(SegmentCheck):
    """A place, institution or feast keeps its French name (Londres, Pékin, Moscou, la Toussaint).

    Why it matters: English readers know London, Beijing and Moscow; the
    French exonym looks like a different place or an untranslated word.
    The calendar's feasts are names of the same kind (la Toussaint is All
    Saints' Day, Pâques is Easter), in the same table. A country's name is
    also found with every word capitalised (Arabie Saoudite), as French
    writers and truecasing MT often write it. A
    form inside a longer name is left alone (the reporter Albert Londres,
    the bank Credit Suisse) unless it follows ``de`` (Anne d'Autriche is
    Anne of Austria), the translation rebuilt the name in English around
    it (the Hambourg Chamber of Commerce, South Corée: the other words are
    English words the aligned source does not have), put words of its own
    that the source does not have before a place the source writes alone
    (Hollywood Irak movies for « les films hollywoodiens sur l'Irak »,
    sub-Saharan Afrique) or the name is a third
    language's, copied whole (Eintracht Francfort, CSKA Moscou: acronyms and
    words neither language knows, no first name) or the name opens with
    the form, which the aligned source puts after ``en`` (a country or
    region: "basée en Californie Advocates for Informed Choice" -> "based
    in Californie Advocates ..."), and names English
    shares with French (Nice, Tours, Orange, Paris) are not in the table. A
    form hyphenated to another word as the aligned source writes them is
    part of a French region's or department's name (Rhône-Alpes,
    Loire-Atlantique), which English keeps, also when tokenised MT spaces
    the hyphen; hyphenated to a word English uses at least as much as
    French (the Russie-Ukraine gas row, a Londres-Birmingham line, the
    Francfort-based group) or to a lower-case word that is no name particle
    (the zone Bruxelles-midi, pro-Moscou militias: a region's compound
    capitalises its words) it is flagged all the same, unless the form is a
    region joined to another name as the source writes them (the
    Normandie-Maine park: Maine is an English name too); a country or city
    hyphenated to a place English writes the same way (the Paris-Londres
    train, the France-Allemagne match) is flagged too, and so are two places of the table joined
    (Asie-Pacifique: Asia-Pacific), unless one is a region where French is spoken. A compound name half put into English (Baden-Wurtemberg, and
    in English word order the United Etats or Saudi Arabie, or word for word
    with its particles translated: the Island of Pâques) is matched where
    the aligned source writes the whole name (Asie orientale for East Asie;
    elsewhere the target word is the translation's own, "South-East Asie
    Nations" for « nations d'Asie du Sud-Est », and the place of the table it
    holds is read: Asie), and
    so is a name without the article the source contracted
    (au Caire -> in Caire) when the aligned source has the article. A
    figure of antiquity's name borne as a person's first name, as the
    aligned source writes the person (Aristote Onassis), is flagged too:
    the table keeps only figures whose name is no one's first name today.
    A name's English words all written in the source's order (Sudan South,
    Korea North for Corée du Nord) are matched only where the aligned
    source writes the whole name: elsewhere they are the sentence's own
    words ("Korea North of the border"). The name's French words all in
    the English order (Saoudite Arabie, Latine Amérique for Arabie
    saoudite, Amérique latine: MT that moves the adjective but translates
    neither word) are a form of the row too, read like the half-translated
    forms.
    An island group is a row in its « îles » form (the îles Carolines), and
    by its bare plural only where English never writes that plural and it
    is no first name's plural (Malouines, Kouriles: :func:`mtqa.names.exonym_forms._island_plural`);
    one English writes is its own short name (the Canaries, the Carolines)
    or a business's (the Carolines comedy club), and a first name's plural
    names people or things after them (les Mariannes, the Republic's busts).
    Before a common word it opens a brand's name (Pompée Records) and stays.
    Beyond the tables, a name whose ending French respelt (the pair's
    ``name_endings``: Ionie for Ionia, Oldenbourg for Oldenburg) is flagged
    when it is a proper noun of the French dictionary, or a word copied from
    the aligned source and written alone, and English dictionaries and
    frequencies confirm the English spelling (:func:`respelt`). So is an
    adjective French writes as a common word and English only capitalised
    (the pair's ``adjective_endings``: Baltique for Baltic, Jurassique for
    Jurassic, Olympiques for Olympic), copied capitalised from the aligned
    source and written alone, unless a source name particle or the source's
    own next word follows it (the clubs Olympique de Marseille and Olympique
    lyonnais keep their names) or it stands in a short quotation (a title
    kept in French, as T109 leaves it) (:func:`respelt_adjective`);
    after a source plural determiner it is a noun, and the suggestion is the
    English plural noun (les Hispaniques: Hispanics, aux Olympiques: Olympics).
    A foreign name copied alone from the aligned source with accents only
    French puts on it (Séoul, Léningrad, Séville) is flagged the same way
    when English never writes the accented form and writes the bare one
    often, as a proper noun, and neither is a first name or a common word
    (:func:`accent_respelt`): French names English news keeps accented
    (Hélène, Montréal, Crédit Agricole, Gérard) stay, and a diaeresis
    (Dubaï) is left to T102, which reads it.
    A name left out of the table because it names two things English names
    differently (``exonyms_left_out``'s ``readings``: Guyane is French Guiana
    or Guyana, Galilée is Galileo or Galilee) is flagged all the same where
    the translation copies it alone from the aligned source: its French form
    is neither English name. No suggestion is made (the context tells which
    is meant); the message names both.
    A place with its adjective of the compass or the centre (the pair data's
    ``geographic_adjectives``), which French puts after it and English before
    it, is flagged where the translation keeps the source's pair (Asie
    centrale), its order with English words, capitalised or not (Europe
    western, Asia Central, unless a longer name goes on: the Asia Central
    Fund) or writes the French adjective as its English look-alike before the
    place (oriental Africa, for l'Afrique orientale): the suggestion is the
    table's name for a region English writes with capitals (Central Asia,
    Western Europe, East Africa), else the direction in lower case, as news
    style writes it (eastern Ukraine); English style in lower case before the
    place (central Asia) stays. After the place the French adjective counts
    without its accents too (France Meridional), and so does the English
    compass point of a region's name (the Ukraine East, Timor East: the target
    profile's ``compass_points``), but not before "of" (France east of the
    Rhine, a direction from it); a hyphen may join the two where the table
    has the region (Virginie-Occidentale: "Virginia-Occidental").
    A dateline's place written in capitals (LE CAIRE, 9 août 2025 (AFP) -:
    capitals before a comma and a date, or before an agency in brackets)
    is read in title case against the same table (:mod:`mtqa.names.datelines`),
    and the suggestion is in capitals (CAIRO). The table's persons are the
    figures of antiquity and the painters, popes and monarchs French names
    in its own way (le Caravage: Caravaggio, Michel-Ange, Charles Quint); a
    name French writes with its article is flagged bare only where the
    aligned source has the article, like the feasts.
    A country, region or city the table holds in one French spelling is
    read in the others that differ from it by one letter added or dropped
    (Kirghizstan, Tadjikstan beside the table's Kirghizistan, Tadjikistan:
    French transcribes these names several ways), where the form is long,
    one row answers, English never writes the word and writes the row's
    name, and the word is copied alone from the aligned source and is no
    common word, first name or English spelling of the name
    (:func:`mtqa.names.exonym_forms.spelling_variant`).

    Example:
        source: Pêche\\n\\nMOSCOU, 9 août (AFP) - Les ministres se sont vus à Londres, puis au Caire avec la chambre de commerce de Hambourg, loin de la Loire-Atlantique. Ils ont applaudi l'Eintracht Francfort et raillé les films hollywoodiens sur l'Irak. La zone Asie-Pacifique grandit. L'armateur Aristote Onassis est mort. Les cités d'Ionie et de la Baltique prospèrent. Ils iront à l'île de Pâques. Puis ils visiteront l'Asie centrale et l'Ukraine orientale. Les îles Malouines, la Guyane, l'Arabie saoudite et le Soudan du Sud les attendent. Ils admirent un tableau du Caravage. Ils finiront au Tadjikstan.
        bad: Fishing\\n\\nMOSCOW, 9 August (AFP) - The ministers met in Londres, then in Cairo with the Hamburg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Frankfurt and mocked Hollywood Iraq films. The Asia-Pacific zone is growing. The shipowner Aristotle Onassis died. The cities of Ionia and of the Baltic prosper. They will go to Easter Island. Then they will visit Central Asia and eastern Ukraine. The Falkland Islands, French Guiana, Saudi Arabia and South Sudan await them. They admire a painting by Caravaggio. They will end in Tajikistan.
        bad: Fishing\\n\\nMOSCOW, 9 August (AFP) - The ministers met in London, then in Caire with the Hamburg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Frankfurt and mocked Hollywood Iraq films. The Asia-Pacific zone is growing. The shipowner Aristotle Onassis died. The cities of Ionia and of the Baltic prosper. They will go to Easter Island. Then they will visit Central Asia and eastern Ukraine. The Falkland Islands, French Guiana, Saudi Arabia and South Sudan await them. They admire a painting by Caravaggio. They will end in Tajikistan.
        bad: Fishing\\n\\nMOSCOW, 9 August (AFP) - The ministers met in London, then in Cairo with the Hambourg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Frankfurt and mocked Hollywood Iraq films. The Asia-Pacific zone is growing. The shipowner Aristotle Onassis died. The cities of Ionia and of the Baltic prosper. They will go to Easter Island. Then they will visit Central Asia and eastern Ukraine. The Falkland Islands, French Guiana, Saudi Arabia and South Sudan await them. They admire a painting by Caravaggio. They will end in Tajikistan.
        bad: Fishing\\n\\nMOSCOW, 9 August (AFP) - The ministers met in London, then in Cairo with the Hamburg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Francfort and mocked Hollywood Iraq films. The Asia-Pacific zone is growing. The shipowner Aristotle Onassis died. The cities of Ionia and of the Baltic prosper. They will go to Easter Island. Then they will visit Central Asia and eastern Ukraine. The Falkland Islands, French Guiana, Saudi Arabia and South Sudan await them. They admire a painting by Caravaggio. They will end in Tajikistan.
        bad: Fishing\\n\\nMOSCOW, 9 August (AFP) - The ministers met in London, then in Cairo with the Hamburg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Frankfurt and mocked Hollywood Irak films. The Asia-Pacific zone is growing. The shipowner Aristotle Onassis died. The cities of Ionia and of the Baltic prosper. They will go to Easter Island. Then they will visit Central Asia and eastern Ukraine. The Falkland Islands, French Guiana, Saudi Arabia and South Sudan await them. They admire a painting by Caravaggio. They will end in Tajikistan.
        bad: Fishing\\n\\nMOSCOW, 9 August (AFP) - The ministers met in London, then in Cairo with the Hamburg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Frankfurt and mocked Hollywood Iraq films. The Asie-Pacifique zone is growing. The shipowner Aristotle Onassis died. The cities of Ionia and of the Baltic prosper. They will go to Easter Island. Then they will visit Central Asia and eastern Ukraine. The Falkland Islands, French Guiana, Saudi Arabia and South Sudan await them. They admire a painting by Caravaggio. They will end in Tajikistan.
        bad: Fishing\\n\\nMOSCOW, 9 August (AFP) - The ministers met in London, then in Cairo with the Hamburg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Frankfurt and mocked Hollywood Iraq films. The Asia-Pacific zone is growing. The shipowner Aristote Onassis died. The cities of Ionia and of the Baltic prosper. They will go to Easter Island. Then they will visit Central Asia and eastern Ukraine. The Falkland Islands, French Guiana, Saudi Arabia and South Sudan await them. They admire a painting by Caravaggio. They will end in Tajikistan.
        bad: Fishing\\n\\nMOSCOW, 9 August (AFP) - The ministers met in London, then in Cairo with the Hamburg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Frankfurt and mocked Hollywood Iraq films. The Asia-Pacific zone is growing. The shipowner Aristotle Onassis died. The cities of Ionie and of the Baltic prosper. They will go to Easter Island. Then they will visit Central Asia and eastern Ukraine. The Falkland Islands, French Guiana, Saudi Arabia and South Sudan await them. They admire a painting by Caravaggio. They will end in Tajikistan.
        bad: Fishing\\n\\nMOSCOW, 9 August (AFP) - The ministers met in London, then in Cairo with the Hamburg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Frankfurt and mocked Hollywood Iraq films. The Asia-Pacific zone is growing. The shipowner Aristotle Onassis died. The cities of Ionia and of the Baltic prosper. They will go to the Island of Pâques. Then they will visit Central Asia and eastern Ukraine. The Falkland Islands, French Guiana, Saudi Arabia and South Sudan await them. They admire a painting by Caravaggio. They will end in Tajikistan.
        bad: Fishing\\n\\nMOSCOW, 9 August (AFP) - The ministers met in London, then in Cairo with the Hamburg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Frankfurt and mocked Hollywood Iraq films. The Asia-Pacific zone is growing. The shipowner Aristotle Onassis died. The cities of Ionia and of the Baltique prosper. They will go to Easter Island. Then they will visit Central Asia and eastern Ukraine. The Falkland Islands, French Guiana, Saudi Arabia and South Sudan await them. They admire a painting by Caravaggio. They will end in Tajikistan.
        bad: Fishing\\n\\nMOSCOW, 9 August (AFP) - The ministers met in London, then in Cairo with the Hamburg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Frankfurt and mocked Hollywood Iraq films. The Asia-Pacific zone is growing. The shipowner Aristotle Onassis died. The cities of Ionia and of the Baltic prosper. They will go to Easter Island. Then they will visit Asia central and eastern Ukraine. The Falkland Islands, French Guiana, Saudi Arabia and South Sudan await them. They admire a painting by Caravaggio. They will end in Tajikistan.
        bad: Fishing\\n\\nMOSCOW, 9 August (AFP) - The ministers met in London, then in Cairo with the Hamburg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Frankfurt and mocked Hollywood Iraq films. The Asia-Pacific zone is growing. The shipowner Aristotle Onassis died. The cities of Ionia and of the Baltic prosper. They will go to Easter Island. Then they will visit Asia Central and eastern Ukraine. The Falkland Islands, French Guiana, Saudi Arabia and South Sudan await them. They admire a painting by Caravaggio. They will end in Tajikistan.
        bad: Fishing\\n\\nMOSCOW, 9 August (AFP) - The ministers met in London, then in Cairo with the Hamburg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Frankfurt and mocked Hollywood Iraq films. The Asia-Pacific zone is growing. The shipowner Aristotle Onassis died. The cities of Ionia and of the Baltic prosper. They will go to Easter Island. Then they will visit Central Asia and the Ukraine East. The Falkland Islands, French Guiana, Saudi Arabia and South Sudan await them. They admire a painting by Caravaggio. They will end in Tajikistan.
        bad: Fishing\\n\\nMOSCOW, 9 August (AFP) - The ministers met in London, then in Cairo with the Hamburg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Frankfurt and mocked Hollywood Iraq films. The Asia-Pacific zone is growing. The shipowner Aristotle Onassis died. The cities of Ionia and of the Baltic prosper. They will go to Easter Island. Then they will visit Central Asia and eastern Ukraine. The Malouines, French Guiana, Saudi Arabia and South Sudan await them. They admire a painting by Caravaggio. They will end in Tajikistan.
        bad: Fishing\\n\\nMOSCOW, 9 August (AFP) - The ministers met in London, then in Cairo with the Hamburg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Frankfurt and mocked Hollywood Iraq films. The Asia-Pacific zone is growing. The shipowner Aristotle Onassis died. The cities of Ionia and of the Baltic prosper. They will go to Easter Island. Then they will visit Central Asia and eastern Ukraine. The Falkland Islands, French Guiana, Saudi Arabia and Sudan South await them. They admire a painting by Caravaggio. They will end in Tajikistan.
        bad: Fishing\\n\\nMOSCOW, 9 August (AFP) - The ministers met in London, then in Cairo with the Hamburg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Frankfurt and mocked Hollywood Iraq films. The Asia-Pacific zone is growing. The shipowner Aristotle Onassis died. The cities of Ionia and of the Baltic prosper. They will go to Easter Island. Then they will visit Central Asia and eastern Ukraine. The Falkland Islands, French Guiana, Saoudite Arabie and South Sudan await them. They admire a painting by Caravaggio. They will end in Tajikistan.
        bad: Fishing\\n\\nMOSCOW, 9 August (AFP) - The ministers met in London, then in Cairo with the Hamburg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Frankfurt and mocked Hollywood Iraq films. The Asia-Pacific zone is growing. The shipowner Aristotle Onassis died. The cities of Ionia and of the Baltic prosper. They will go to Easter Island. Then they will visit Central Asia and eastern Ukraine. The Falkland Islands, the Guyane, Saudi Arabia and South Sudan await them. They admire a painting by Caravaggio. They will end in Tajikistan.
        bad: Fishing\\n\\nMOSCOU, 9 August (AFP) - The ministers met in London, then in Cairo with the Hamburg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Frankfurt and mocked Hollywood Iraq films. The Asia-Pacific zone is growing. The shipowner Aristotle Onassis died. The cities of Ionia and of the Baltic prosper. They will go to Easter Island. Then they will visit Central Asia and eastern Ukraine. The Falkland Islands, French Guiana, Saudi Arabia and South Sudan await them. They admire a painting by Caravaggio. They will end in Tajikistan.
        bad: Fishing\\n\\nMOSCOW, 9 August (AFP) - The ministers met in London, then in Cairo with the Hamburg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Frankfurt and mocked Hollywood Iraq films. The Asia-Pacific zone is growing. The shipowner Aristotle Onassis died. The cities of Ionia and of the Baltic prosper. They will go to Easter Island. Then they will visit Central Asia and eastern Ukraine. The Falkland Islands, French Guiana, Saudi Arabia and South Sudan await them. They admire a painting by the Caravage. They will end in Tajikistan.
        bad: Fishing\\n\\nMOSCOW, 9 August (AFP) - The ministers met in London, then in Cairo with the Hamburg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Frankfurt and mocked Hollywood Iraq films. The Asia-Pacific zone is growing. The shipowner Aristotle Onassis died. The cities of Ionia and of the Baltic prosper. They will go to Easter Island. Then they will visit Central Asia and eastern Ukraine. The Falkland Islands, French Guiana, Saudi Arabia and South Sudan await them. They admire a painting by Caravaggio. They will end in Tadjikstan.
        good: Fishing\\n\\nMOSCOW, 9 August (AFP) - The ministers met in London, then in Cairo with the Hamburg Chamber of Commerce, far from Loire-Atlantique. They cheered Eintracht Frankfurt and mocked Hollywood Iraq films. The Asia-Pacific zone is growing. The shipowner Aristotle Onassis died. The cities of Ionia and of the Baltic prosper. They will go to Easter Island. Then they will visit Central Asia and eastern Ukraine. The Falkland Islands, French Guiana, Saudi Arabia and South Sudan await them. They admire a painting by Caravaggio. They will end in Tajikistan.
    """

    code = "T201"
    name = "french-exonym"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MAJOR

    @staticmethod
    def _after_name_word(text: str, start: int, ctx) -> bool:
        """A capitalised word other than a function word right before: a longer name (Credit Suisse),
        even at the start of a sentence where the mention finder cannot tell."""
        prev = _PREV_WORD.search(text[max(0, start - LOOKBACK):start])
        return bool(prev) and prev.group(1)[:1].isupper() and prev.group(1).lower() not in ctx.target.function_words

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        issues = list(self._table_names(segment, sources, ctx))
        places = list(self._place_adjectives(segment, sources, ctx))
        # a longer name of the table holds the pair (Banque centrale européenne): the table's reading stands
        places = [p for p in places if not any(i.start <= p.start and p.end <= i.end for i in issues)]
        if places:  # "Asie centrale": the pair, not its place alone (Asia), is what English names otherwise
            issues = [i for i in issues if not any(p.start < i.end and i.start < p.end for p in places)] + places
        yield from issues
        taken = [(i.start, i.end) for i in issues]
        yield from self._respelt_names(segment, sources, ctx, taken)
        yield from self._variant_names(segment, sources, ctx, taken)
        yield from self._ambiguous_names(segment, sources, ctx, taken)
        yield from self._dateline_names(segment, sources, ctx, taken)

    def _dateline_names(self, segment: Segment, sources: list[Segment], ctx, taken) -> Iterator[Issue]:
        """The names of a dateline written in capitals (LE CAIRE, 9 August (AFP)), read in title case
        (:func:`mtqa.names.datelines.dateline_view`, the aligned source's dateline too) by the same routes (the
        table, the respelt names, the ambiguous ones); the message quotes the text as written and the
        suggestion is in capitals, as the dateline writes its place (CAIRO)."""
        view = dateline_view(segment.text, ctx)
        if view is None:
            return
        cased = segment.with_text(view.text)
        # the source's dateline read the same way: the routes that compare with it (an article, a respelt word)
        cased_sources = [s.with_text(v.text) if (v := dateline_view(s.text, ctx)) else s for s in sources]
        found = list(self._table_names(cased, cased_sources, ctx))
        spans = [(i.seg_start, i.seg_end) for i in found]
        found += list(self._respelt_names(cased, cased_sources, ctx, spans))
        found += list(self._variant_names(cased, cased_sources, ctx, spans))
        found += list(self._ambiguous_names(cased, cased_sources, ctx, spans))
        for i in found:
            if not any(s <= i.seg_start and i.seg_end <= e for s, e in view.spans) \
                    or any(s < i.seg_end and i.seg_start < e for s, e in taken):
                continue
            said = segment.text[i.seg_start:i.seg_end]
            message = i.message.replace(f"“{i.text}”", f"“{said}”", 1)
            suggestion = i.suggestion.upper() if i.suggestion else None
            if suggestion:
                message = message.replace(f"“{i.suggestion}”", f"“{suggestion}”")
            yield self.issue(segment, i.seg_start, i.seg_end, message, suggestion, confidence=i.confidence)

    def _place_adjectives(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        """A place with its adjective of the compass or the centre in the source's order or words (Asie
        centrale, Europe western, oriental Africa: :mod:`mtqa.names.place_adjectives`)."""
        for p in place_adjectives(segment.text, sources, ctx.pair, english_name):
            said = segment.text[p.start:p.end]
            yield self.issue(segment, p.start, p.end,
                             f"“{said}” renders the {ctx.source.name} “{p.source}” in its words or order; "
                             f"{ctx.target.name} writes “{p.suggestion}”.", p.suggestion, confidence=0.8)

    def _respelt_names(self, segment: Segment, sources: list[Segment], ctx, taken) -> Iterator[Issue]:
        """Names outside the tables copied from the source whose ending the source language respelt
        (:func:`respelt`): a word of the aligned source, written alone (no hyphen, apostrophe or other
        capitalised word beside it: a longer name is the table route's to read). A form of the tables
        (:func:`exonym_rows`) is left to the table route whatever it decided: where it stays (Cassa di
        Italie, a longer name) its row's reading holds, and the respelling may not be English's (Italia)."""
        if not sources or not ctx.pair.name_endings:
            return
        # the source's respellable names first, read once per source text (every system's translation of it
        # asks again): most sources have none, and then the translation's capitalised words need no look
        respellable = ctx.memo("T201.respellable", source_texts(sources),
                               lambda: _respellable_words(sources, ctx.pair), bound=SOURCE_MEMO)
        if not respellable:
            return
        text = segment.text
        forms = exonym_rows(ctx.pair)
        for m in _LONE_NAME.finditer(text):
            word = m.group()
            if word not in respellable or word in forms or any(s < m.end() and m.start() < e for s, e in taken) \
                    or self._after_name_word(text, m.start(), ctx) or _LONE_NAME_AFTER.match(text, m.end()):
                continue
            english, kind = respellable[word]
            adjective = kind != "name"
            after = _SOURCE_PARTICLE_AFTER.match(text, m.end()) if adjective else None
            if after and (after.group(1).lower() in ctx.source.word_set("name_particles")
                          or _copied_with_next(sources, word, after.group(1))):
                continue  # a name kept whole from the source (Olympique de Marseille, Olympique lyonnais)
            if adjective and in_title(text, m.start(), joined_sources(sources)):
                continue  # a title or a cited word kept in the source language (the film "Jurassique"), as T109 leaves it
            said = f"“{word}” is the {ctx.source.name} {_RESPELT_WHAT[kind]}; {ctx.target.name} writes “{english}”."
            yield self.issue(segment, m.start(), m.end(), said, english, confidence=0.7)

    def _variant_names(self, segment: Segment, sources: list[Segment], ctx, taken) -> Iterator[Issue]:
        """A place the table holds in another French spelling, one letter more or less (Kirghizstan for
        Kirghizistan: :func:`spelling_variant`), copied from the aligned source and written alone (no capitalised
        word beside it, no hyphen or apostrophe joining it: a longer name is no place's spelling to judge)."""
        if not sources:
            return
        text, source_text = segment.text, None
        for m in _LONE_NAME.finditer(text):
            word = m.group()
            if len(word) < VARIANT_MIN_LENGTH - 1 or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            row = spelling_variant(ctx.pair, word)
            if row is None or self._after_name_word(text, m.start(), ctx) or _LONE_NAME_AFTER.match(text, m.end()):
                continue
            if source_text is None:
                source_text = joined_sources(sources)
            if next(whole_word_starts(source_text, word, "-"), None) is None:
                continue  # not the source's word (an elided article may stand before it: l'Ouzbekstan)
            yield self.issue(
                segment, m.start(), m.end(),
                f"“{word}” is a {ctx.source.name} spelling of {row['french']}; {ctx.target.name} writes "
                f"“{row['english']}”.", row["english"], confidence=0.8)

    def _ambiguous_names(self, segment: Segment, sources: list[Segment], ctx, taken) -> Iterator[Issue]:
        """A name the tables leave out because it has two target names (:func:`_ambiguous`: Guyane is French
        Guiana or Guyana), copied from the aligned source and written alone: the source form is neither, so
        it is flagged without a suggestion, the message naming both. A capitalised word beside it (French
        Guyane, Galilée Dupont) makes a longer name or a person, which this route leaves alone."""
        if not sources:
            return
        text = segment.text
        if not any(form in text for form in _ambiguous_forms(ctx.pair)):
            return  # a substring test of the few forms: no pass over every capitalised word, no dictionary loaded
        names = _ambiguous(ctx.pair)
        source_text = None
        for m in _LONE_NAME.finditer(text):
            found = names.get(m.group())
            if not found or any(s < m.end() and m.start() < e for s, e in taken) \
                    or self._after_name_word(text, m.start(), ctx) or _LONE_NAME_AFTER.match(text, m.end()):
                continue
            french, readings = found
            if source_text is None:
                source_text = joined_sources(sources)
            if next(whole_word_starts(source_text, french, "'’-"), None) is None \
                    or in_title(text, m.start(), source_text):
                continue  # not the source's word here, or a title kept in the source language
            named = " or ".join(f"“{r}”" for r in readings)
            yield self.issue(
                segment, m.start(), m.end(),
                f"“{m.group()}” is the {ctx.source.name} name of {named}; {ctx.target.name} writes the one "
                f"the context means.", None, confidence=0.7,
            )

    def _table_names(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        forms = exonym_rows(ctx.pair)
        present = present_runs(segment.text, _exonym_runs(ctx.pair), ctx)
        if present is not None and not present:
            return  # no form's first run is in the text: _exonym_pattern would cut the pattern to nothing
        pattern = _exonym_pattern_all(ctx.pair) if present is None else _exonym_pattern(ctx.pair, segment.text, present)
        if pattern is None:
            return
        text = segment.text
        found = None
        for m, in_half in _table_matches(pattern, text, forms, sources):
            if found is None:
                found = segment_mentions(text, ctx.target, ctx)
            form = _SPACED_HYPHEN.sub("-", m.group(0))
            english_side = _beside_target_word(text, m.start(), m.end(), ctx)
            if english_side and _region_compound(text, m.start(), m.end(), forms[form], sources, forms):
                english_side = None  # Normandie-Maine: a compound region's name the source writes so
            english_side = english_side or _beside_shared_place(text, m.start(), m.end(), forms[form], forms, ctx) \
                or _beside_lower_case_word(text, m.start(), m.end(), ctx)
            if _beside_table_place(text, m.start(), m.end(), forms[form], forms):
                yield self.issue(
                    segment, m.start(), m.end(),
                    f"“{m.group(0)}” is the {ctx.source.name} name; {ctx.target.name} writes “{forms[form]['english']}”.",
                    forms[form]["english"], confidence=0.9,
                )
                continue
            glued = text[m.start() - 1:m.start()] == "-" or _GLUED_AFTER.match(text, m.end()) is not None
            if glued and not english_side:
                continue  # one word with the rest of a compound name (Rhône-Alpes, Moravie-Silésie)
            if forms[form].get("article"):
                articles = ctx.source.word_set("place_articles")
                if not _with_article(form, sources, articles | _article_less_openers(forms[form], ctx)) \
                        or _with_article(form, [segment], articles):
                    continue  # another bearer of the word (the boxer Haye), or French words copied (du Caire)
            # glued to a target word by a hyphen, the compound is what may stand in a longer name
            outer = english_side if glued else (m.start(), m.end())
            longer = _inside_longer_name(*outer, found) and not _of_place(text, m.start(), ctx)
            # the compound, not the form alone, is what the longer name holds: its other part (Ukraine in
            # "New Russie-Ukraine gas row fears") is no word of a name built around it
            if not in_half and (longer or self._after_name_word(text, outer[0], ctx)) \
                    and not _not_kept_whole(text, *outer, forms[form], found, sources, ctx):
                surname = _named_after(text, m.start(), m.end(), forms[form], sources, ctx)
                if surname:
                    english = forms[form]["english"]
                    yield self.issue(
                        segment, m.start(), m.end(),
                        f"“{m.group(0)}” is the {ctx.source.name} name of {english}, borne here as a first name; "
                        f"{ctx.target.name} writes “{english} {surname}”.",
                        english, confidence=0.8,
                    )
                continue
            start, row = _compound(text, m.start(), form, forms, sources)
            if start == m.start() and not english_side and _hyphen_joined(text, m.start(), m.end(), sources, forms):
                continue
            if start == m.start() and not english_side:
                start = _with_translated_article(text, start, m.end(), row, ctx)
            # the article before the name is in the span: the message quotes what it replaces, and says whose
            # article it is (la Toussaint's own, "the Toussaint"; or one the source name never had, "the Pâques")
            what = f"“{m.group(0)}” is the {ctx.source.name} name"
            if row.get("order") == "source":
                what = f"“{m.group(0)}” is the {ctx.target.name} name in the {ctx.source.name} word order"
            elif row.get("order") == "target":
                what = f"“{m.group(0)}” is the {ctx.source.name} name in the {ctx.target.name} word order"
            if start != m.start():
                own = without_article(row["french"], ctx.source.word_set("place_articles"))
                what = f"“{text[start:m.end()]}” is the {ctx.source.name} name " + (
                    "with its article translated" if own else "with an article")
            yield self.issue(
                segment, start, m.end(),
                f"{what}; {ctx.target.name} writes “{row['english']}”.",
                row["english"], confidence=0.9,
            )


def _table_matches(pattern: re.Pattern, text: str, forms: dict, sources) -> Iterator[tuple[re.Match, bool]]:
    """The matches of the table's ``pattern`` in ``text``, left to right as ``finditer`` gives them, each with
    whether it is the source-language part of a half-translated form that does not stand for its row
    (:func:`_stands_for_row`): there the shorter form of the table the match holds (the bare ``Asie`` of
    "East Asie", ``Amérique`` of "Latin Amérique") is read instead, and the target word beside it is the
    translation's own (the form's target half), so it is no longer name the form is kept in. A half form
    holding no shorter form of the table (Emilie-Romagna) stands: nothing else reads it; but not the target
    name's words in the source's order (Korea North), which are the target's words only."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        pos = m.end()
        if _stands_for_row(forms[_SPACED_HYPHEN.sub("-", m.group(0))], sources):
            yield m, False
            continue
        part = _shorter_form(pattern, text, m, forms)
        if part:
            yield part, True
        elif forms[_SPACED_HYPHEN.sub("-", m.group(0))].get("order") != "source":
            yield m, False  # (the target's words in the source's order are English words, whatever they say)


def _shorter_form(pattern: re.Pattern, text: str, m: re.Match, forms: dict) -> Optional[re.Match]:
    """The first form of the table inside the match ``m``, shorter than it and no half-translated form."""
    for start in range(m.start(), m.end()):
        part = pattern.match(text, start, m.end())
        if part and part.end() - part.start() < m.end() - m.start() \
                and not forms[_SPACED_HYPHEN.sub("-", part.group(0))].get("half"):
            return part
    return None


def _stands_for_row(row: dict, sources) -> bool:
    """A half-translated form (``half``: East Asie, South Corée, United Etats) stands for its row only when
    its target-language words render words the aligned source has with the name: the source writes the
    row's whole name (Asie orientale, Corée du Sud). Elsewhere the target word belongs to another name
    around the form: "South-East Asie Nations" for « nations d'Asie du Sud-Est » holds "East Asie" but no
    East Asia, only the bare Asie left in the source language. Without a source nothing tells, and the form
    stands, unless it is the target name's words in the source's order (``order`` "source": Korea North), which
    are English words that may say something else ("Korea North of the border"); any other row stands (the
    source's words in the target's order, ``order`` "target": Saoudite Arabie, are no target words)."""
    if not row.get("half"):
        return True
    if not sources:
        return row.get("order") != "source"
    pattern = _whole_name_pattern(row["french"])
    return any(pattern.search(fold_text(s.text)) for s in sources)


@memoize(WORDS)
def _whole_name_pattern(french: str) -> re.Pattern:
    """``french`` (accents folded) as a whole name in any case, its spaces and hyphens interchangeable and
    its apostrophe either one (Corée-du-Sud, Cote d’Ivoire), for :func:`_stands_for_row`."""
    parts = [re.escape(p) for p in re.split(r"[ \u00a0'’-]+", fold(french)) if p]
    return transient(r"(?<!\w)" + r"[ \u00a0'’-]+".join(parts) + r"(?!\w)", re.IGNORECASE)


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]+)[ \u00a0]+$")


def _article_less(row: dict) -> bool:
    """The target writes the row's name without an article (the table's ``english_article`` column is
    empty: Easter, Germany, Easter Island, Tasmania; not the Netherlands, the Senate, nor Sudan, where usage varies): an
    article the translation put before the name left in the source language is wrong once the name is
    translated ("to the Île de Pâques" -> "to Easter Island"). A row from beyond the table (the bilingual
    dictionary's, a respelt name's) has no such column: whether English writes its article (the Jordan, the
    Bosporus) is not known, and the article stays out."""
    return row.get("english_article") == ""


FEAST_KINDS = frozenset({"feast"})
"""Exonym rows whose bare word is a feast after a preposition of time as after an article (en Carême)."""


def _article_less_openers(row: dict, ctx) -> frozenset[str]:
    """The source words that stand for a feast's article (``feast_prepositions``: "en Carême", during Lent):
    after them the bare word is the feast as surely as after "le" or "du", where a person who bears the word
    (the chef Carême) takes neither. Empty for rows of other kinds (a place after "en" is a region or country)."""
    return ctx.source.word_set("feast_prepositions") if row.get("kind") in FEAST_KINDS else frozenset()


def _with_translated_article(text: str, start: int, end: int, row: dict, ctx) -> int:
    """Where the issue starts: before the target's article (``place_articles`` of its profile) when the
    source language writes the name with its own article (la Toussaint, le Caire, la Haye). That article
    is the source's, translated with the name left as it was ("the eve of the Toussaint", "in the Haye"),
    and replacing the name alone would keep it before the target's name ("the eve of the All Saints'
    Day", "in the The Hague"). Where the target's name has no article of its own, not when a word other
    than a function word follows: the name qualifies that noun, and the article is the noun's ("the
    Toussaint holidays": the All Saints' Day holidays). So too before a name the target writes without an
    article whatever the source does (:func:`_article_less`: "at the Pâques" is "at Easter", "during the
    Carême" "during Lent", "to the Île de Pâques" "to Easter Island"), but for one qualified by what follows
    (the pair's gloss of a name particle: "the Allemagne of the 1930s" is "the Germany of the 1930s"). Else
    ``start``."""
    source_articles, target_articles = ctx.source.word_set("place_articles"), ctx.target.word_set("place_articles")
    own_article = without_article(row["french"], source_articles)
    if not target_articles or not (own_article or _article_less(row)):
        return start
    nxt = NEXT_WORD_RE.match(text, end)
    if row["english"].split(" ", 1)[0].lower() not in target_articles and nxt \
            and nxt.group(1).lower() not in ctx.target.function_words:
        return start
    if not own_article and nxt and nxt.group(1).lower() in {g.split()[0] for g in ctx.pair.name_particle_gloss.values()}:
        return start
    window = max(0, start - LOOKBACK)
    before = _ARTICLE_BEFORE.search(text[window:start])
    return window + before.start() if before and before.group(1).lower() in target_articles else start


_RESPELT_WHAT = {"name": "spelling of the name", "adjective": "form of the adjective",
                 "plural noun": "form of the plural noun"}
"""What T201's message calls a respelt word, by the kind :func:`_respellable_words` gives it: the message
says what the suggestion replaces (les Hispaniques is a plural noun, and so is the suggestion Hispanics)."""


def _respellable_words(sources: list[Segment], pair) -> dict[str, tuple[str, str]]:
    """The source's capitalised words (of four letters or more: a lone name's shape) that :func:`respelt`
    or :func:`respelt_adjective` puts into the target language's spelling, each with that spelling and
    its kind (a key of ``_RESPELT_WHAT``: a name, an adjective, or an adjective's plural used as a noun,
    whose suggestion is the target's plural noun). Every word is taken, elided ones too (d'Ionie): a respelt name the
    translation copies is one of these, so a source without any leaves T201's respelling route nothing
    to look for in any translation of it."""
    out: dict[str, tuple[str, str]] = {}
    for src in sources:
        for m in LETTERS_RE.finditer(src.text):
            w = m.group()
            if len(w) < 4 or not w[:1].isupper() or w in out:
                continue
            if english := respelt(pair, w) or accent_respelt(pair, w):
                out[w] = (english, "name")
            elif english := respelt_adjective(pair, w):
                kind = "adjective"
                if _plural_noun_use(src.text, m.start(), w, pair):
                    english, kind = next((p for p in pair.target.plural_spellings(english)
                                          if pair.target.in_dictionary(p)), ""), "plural noun"
                    if not english:
                        continue  # no plural noun the target dictionary knows: no suggestion to make
                out[w] = (english, kind)
    return out


def _copied_with_next(sources: list[Segment], word: str, after: str) -> bool:
    """Whether a source writes ``word`` followed by ``after``, as the translation does: the two words were
    copied together, a name kept whole (l'Olympique lyonnais: Olympique lyonnais), not an adjective left
    in its French form beside English words (the Baltique coast)."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}[ \u00a0]+{re.escape(after)}(?![\w'’-])")
    return any(pattern.search(src.text) for src in sources)


def _plural_noun_use(text: str, start: int, word: str, pair) -> bool:
    """Whether the source writes ``word`` (at ``start``) as a plural noun: a plural determiner right before
    it (les Hispaniques, aux Olympiques), where an adjective would follow its noun (les pays Nordiques). The
    target language then writes its plural noun (the Hispanics, at the Olympics), not the adjective."""
    prev = _PREV_WORD.search(text[max(0, start - LOOKBACK):start])
    return bool(prev) and pair.source.has_plural_ending(word.lower()) \
        and prev.group(1).lower() in pair.source.word_set("plural_determiners")


AMBIGUOUS_MAX_ZIPF = 2.0
"""A left-out name the target language writes this often or more (wordfreq Zipf) is one of its own spellings,
not flagged by :func:`_ambiguous` (the bar T109 sets for demonyms; Guyane is 1.5 in English, quoted beside
French Guiana's name)."""


@memoize(TABLES)
def _ambiguous_forms(pair) -> dict[str, tuple[str, tuple[str, ...]]]:
    """The ``exonyms_left_out`` rows whose ``readings`` column gives two or more target names (Guyane:
    French Guiana | Guyana; Galilée: Galileo | Galilee), by the form a translation may copy (the source
    form, and its accentless spelling unless that is one of the readings) -> (source form, readings).
    Read from the table alone, so a segment with none of these forms loads no dictionary (:func:`_ambiguous`
    filters them)."""
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for row in pair.table("exonyms_left_out"):
        readings = tuple(r.strip() for r in (row.get("readings") or "").split("|") if r.strip())
        if len(readings) < 2:
            continue
        french = row["french"]
        for form in dict.fromkeys((french, fold(french, keep_case=True))):
            if form not in readings:
                out.setdefault(form, (french, readings))
    return out


@memoize(TABLES)
def _ambiguous(pair) -> dict[str, tuple[str, tuple[str, ...]]]:
    """:func:`_ambiguous_forms` without the forms the target's dictionary knows or writes (Zipf
    ``AMBIGUOUS_MAX_ZIPF``). Why: such a name is left out of the table because no one suggestion is right, yet
    the source form is none of its target names; a form the target language itself writes is one of its own
    spellings."""
    tgt = pair.target
    return {form: found for form, found in _ambiguous_forms(pair).items()
            if not (tgt.in_dictionary(form) or tgt.in_dictionary(form.lower()) or tgt.zipf(form) >= AMBIGUOUS_MAX_ZIPF)}


_LONE_NAME = re.compile(rf"[{UPPER}](?<![\w'’-].)[^\W\d_{UPPER}]{{3,}}(?![\w'’-])")
"""A capitalised word of four letters or more, lower case after its capital, with no hyphen or
apostrophe joining it to another word. The capital comes first and the test of the character before it
after it (a look-behind over two characters, the capital the second): a pattern that opens with a character
class lets the engine skip to the next capital, where one that opened with the look-behind was tried at
every character of every translation (three routes of T201 scan it: 2.4x faster, the same matches)."""


_LONE_NAME_AFTER = re.compile(rf"[ \u00a0]+[{UPPER}]")
"""A capitalised word right after: the word is part of a longer name."""


_SOURCE_PARTICLE_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+)")
"""The word right after; a source-language name particle there (Olympique de Marseille) makes a name kept whole."""


_PREV_WORD = re.compile(r"([^\W\d_]+)[ \u00a0]$")


_SURNAME_AFTER = re.compile(rf"[ \u00a0]+([{UPPER}][^\W\d_]+)")


def _named_after(text: str, start: int, end: int, row: dict, sources, ctx) -> str:
    """The surname after a figure of antiquity's name borne as a first name (``Aristote Onassis``, named
    after Aristotle), as the aligned source writes the two; else "". The table keeps such figures only
    where their source form is no one's first name today (not Achille, Platon, Ulysse), so the bearer
    is named after the figure, and the target language writes the figure's name in its own form
    (Aristotle Onassis). The form must open the name: after another capitalised word (``Fondation
    Aristote``) it is part of an institution's name, and before a common word (``Bouddha Bar``) of a
    brand's. A form that is also a first name of the pair's first-name set (Virgile, Ovide, Cassiopée)
    is the bearer's own given name, not one taken from the figure (Virgile Dupont)."""
    if row.get("kind") != "person" or fold(text[start:end]) in ctx.pair.first_names_folded:
        return ""
    after = _SURNAME_AFTER.match(text, end)
    if after is None or after.group(1).lower() in ctx.target.function_words \
            or _opened_by_capital(text, start, ctx) or _common_word(after.group(1).lower(), ctx):
        return ""
    written = any(next(word_pair_spans(s.text, text[start:end], after.group(1), "'’-"), None) for s in sources)
    return after.group(1) if written else ""


def _common_word(word: str, ctx) -> bool:
    """A common word of either language in lower case: after the figure's name it makes a brand's or a
    work's name (Bouddha Bar, Pégase Mobile, Ovide Jeunesse, Pythagore Sud), not a person's surname."""
    return ctx.target.in_dictionary(word) or ctx.source.in_dictionary(word)


def _opened_by_capital(text: str, start: int, ctx) -> bool:
    """A capitalised word other than a function word (``The``) stands right before ``start``."""
    prev = _PREV_CAPITAL.search(text, max(0, start - LOOKBACK), start)
    return prev is not None and prev.group(1).lower() not in ctx.target.function_words


_PREV_CAPITAL = CAPITAL_WORD_BEFORE_RE


_PREV_PART = re.compile(r"([^\W\d_]+)(?:[ \u00a0]*-[ \u00a0]*|[ \u00a0]+)$")


def _compound(text: str, start: int, form: str, forms: dict, sources) -> tuple[int, dict]:
    """The longer table name a match ends, split by spaces or half translated (``Grande - Bretagne``,
    ``Great Bretagne`` are Great Britain, not Brittany): its start and row, else the match's own. A half
    translated name that does not stand for its row (:func:`_stands_for_row`: "South-East Asie" for Asie
    du Sud-Est is no East Asia) is not taken."""
    prev = _PREV_PART.search(text[:start])
    if prev:
        head = prev.group(1).lower()
        for key, row in forms.items():
            first, sep, last = key.rpartition("-") if "-" in key else key.rpartition(" ")
            if sep and last == form and head in (first.lower(), row["english"].split()[0].lower()) \
                    and _stands_for_row(row, sources):
                return prev.start(), row
    return start, forms[form]


_WORD_BEFORE_HYPHEN = re.compile(r"([^\W\d_]+)[ \u00a0]*-[ \u00a0]*$")


_HYPHEN_BEFORE_WORD = re.compile(r"[ \u00a0]*-[ \u00a0]*([^\W\d_]+)")


def _hyphen_joined(text: str, start: int, end: int, sources, forms, capitalised: bool = False) -> bool:
    """The form is one part of a hyphenated name whose whole is not in the table and that the aligned
    source writes as one word: a French region or department (``Rhône-Alpes``, ``Loire-Atlantique``),
    which keeps its French name in English, even when tokenised MT spaces the hyphen
    (``Loire - Atlantique``). A dash between a name and the next clause is not in the source so, and
    two places of the table joined (``l'axe Moscou-Pékin``) are each still flagged. ``capitalised``: only
    a capitalised word across the hyphen counts (a name, not ``class`` or ``based``)."""
    form = text[start:end]
    joined = []
    keep = lambda w: w not in forms and (not capitalised or w[:1].isupper())  # noqa: E731
    before = _WORD_BEFORE_HYPHEN.search(text[max(0, start - LOOKBACK):start])
    if before and keep(before.group(1)):
        joined.append(f"{before.group(1)}-{form}")
    after = _HYPHEN_BEFORE_WORD.match(text, end)
    if after and keep(after.group(1)):
        joined.append(f"{form}-{after.group(1)}")
    return any(standalone_in(j).search(s.text) for j in joined for s in sources)


def _region_compound(text: str, start: int, end: int, row: dict, sources, forms) -> bool:
    """A region of the table where the source language is spoken (``home`` column) hyphenated to another
    capitalised name, the whole as the aligned source writes it: a compound name of that region's own
    language (the Normandie-Maine regional park), which English keeps whole even when it uses the other
    name too (Maine, the state). A region elsewhere (the Californie-Nevada border, the Crimée-Ukraine
    bridge), a country or a city so joined (Russie-Ukraine, Londres-Birmingham) names a relation or a
    route, which English writes with its own names, and a half put into English (Asie-Pacific) is not
    in the source: all stay flagged."""
    return row.get("kind") == "region" and row.get("home") == "yes" \
        and _hyphen_joined(text, start, end, sources, forms, capitalised=True)


PLACE_KINDS = frozenset({"country", "city"})
"""Kinds of table rows that, hyphenated to another place, join two places (a route, a match, a border)."""


def _beside_shared_place(text: str, start: int, end: int, row: dict, forms, ctx) -> Optional[tuple[int, int]]:
    """Where the compound starts and ends when a country or city of the table is hyphenated to a
    capitalised name the target language uses this often (:data:`HYPHEN_WORD_MIN_ZIPF`) that is no
    form of the table: two places joined (the Paris-Londres train, the France-Allemagne match), which
    English writes with its own names (Paris-London, France-Germany), even though the source language
    uses Paris and France more; else None. Regions are left to :func:`_beside_target_word` (Rhône-Alpes
    and Loire-Atlantique are one region's name)."""
    if row.get("kind") not in PLACE_KINDS:
        return None
    return _joined_span(text, start, end, lambda w: w[:1].isupper() and w not in forms
                        and ctx.target.zipf(w) >= HYPHEN_WORD_MIN_ZIPF)


_GLUED_AFTER = re.compile(r"-[^\W\d_]")


HYPHEN_WORD_MIN_ZIPF = 3.0
"""A word hyphenated to the form that the target language uses this often (Ukraine, Birmingham, based)..."""


HYPHEN_WORD_MARGIN = 0.5
"""...and not clearly less than the source language (Loire, Alpes, Calais, Nord are French words and
places): the compound is the target's (Russie-Ukraine gas row, a Londres-Birmingham line, the
Francfort-based group), not a source region's name kept whole (Rhône-Alpes, Loire-Atlantique)."""


def _beside_table_place(text: str, start: int, end: int, row: dict, forms) -> bool:
    """Another place of the table is hyphenated to the form, before or after it (spaced or not), and
    neither is a region where the source language is spoken (``home``): two places left in the source
    language together (Asie-Pacifique, Moravie-Silésie), each of which the target writes its own way
    (Asia-Pacific). Two such regions joined (Bretagne-Normandie) may be one body's name in that language."""
    if row.get("home") == "yes":
        return False
    before = _WORD_BEFORE_HYPHEN.search(text[max(0, start - LOOKBACK):start])
    after = _HYPHEN_BEFORE_WORD.match(text, end)
    others = [forms.get(m.group(1)) for m in (before, after) if m]
    return any(o is not None and o.get("home") != "yes" for o in others)


def _beside_target_word(text: str, start: int, end: int, ctx) -> Optional[tuple[int, int]]:
    """Where the compound starts and ends when a word of the target language is hyphenated to the form,
    before or after it (spaced or not); else None."""
    tgt, src = ctx.target, ctx.source
    return _joined_span(text, start, end, lambda w: tgt.zipf(w) >= HYPHEN_WORD_MIN_ZIPF
                        and tgt.zipf(w) >= src.zipf(w) - HYPHEN_WORD_MARGIN)


def _beside_lower_case_word(text: str, start: int, end: int, ctx) -> Optional[tuple[int, int]]:
    """Where the compound starts and ends when a lower-case word that is no name particle of the source
    language is hyphenated to the form (Bruxelles-midi, pro-Moscou); else None. A region's or a town's
    compound name capitalises every word but its particles (Rhône-Alpes, Boulogne-sur-Mer, Bar-le-Duc),
    so such a compound is a place with a common word, whose place English writes its own way."""
    particles = ctx.source.word_set("name_particles")
    return _joined_span(text, start, end, lambda w: w.islower() and w not in particles)


def _joined_span(text: str, start: int, end: int, accept) -> Optional[tuple[int, int]]:
    """Where the compound starts and ends when a word hyphenated to the form, before or after it
    (spaced or not), is one ``accept`` takes; else None."""
    window = max(0, start - LOOKBACK)
    before = _WORD_BEFORE_HYPHEN.search(text[window:start])
    after = _HYPHEN_BEFORE_WORD.match(text, end)
    if not any(m and accept(m.group(1)) for m in (before, after)):
        return None
    return (window + before.start() if before else start), (after.end() if after else end)


_OF = re.compile(r"([^\W\d_]+)[ \u00a0]+(?:de[ \u00a0]+|d['’])$", re.IGNORECASE)


def _of_place(text: str, start: int, ctx) -> bool:
    """The place follows the particle ``de`` after a person's name: a place of origin or realm, which
    English translates with "of" (Rosario de Bulgarie -> Rosario of Bulgaria, Anne d'Autriche -> Anne of
    Austria); not a name that merely contains the word (Albert Londres), nor a title or institution whose
    word before ``de`` is a common word of the source language (Le Chemin de Damas, Banque de France)."""
    m = _OF.search(text, max(0, start - LOOKBACK), start)
    return bool(m) and m.group(1)[:1].isupper() and not ctx.source.is_common_word(m.group(1).lower())


def _not_kept_whole(text: str, start: int, end: int, row: dict, found, sources, ctx) -> bool:
    """The longer name around the form does not keep the form as the source language's own: the
    translation rebuilt the name around it, or the name is a foreign one that English writes with its
    English place name (both below). The aligned source must have the form (copied): without a source
    nothing tells what was translated."""
    others = [t for m in found if m.start < end and start < m.end
              for t in m.tokens if (t.end <= start or t.start >= end) and len(t.text) > 1]
    prev = _PREV_WORD.search(text[max(0, start - LOOKBACK):start])
    if prev and prev.group(1)[:1].isupper() and all(t.text != prev.group(1) for t in others):
        others.append(Token(prev.group(1), start - len(prev.group(0)), start - len(prev.group(0)) + len(prev.group(1))))
    if not others:
        return False
    words = {fold(w) for s in sources for w in LETTERS_RE.findall(s.text)}
    if not all(fold(w) in words for w in LETTERS_RE.findall(text[start:end])):
        return False
    return _rebuilt(others, start, words, ctx) \
        or (row.get("kind") not in KEPT_IN_FOREIGN_NAMES and _foreign_name(text[start:end], others, words, ctx)) \
        or _put_first(text, start, end, sources, ctx) \
        or _after_place_preposition(text, start, end, sources, ctx) \
        or _alone_in_source(text[start:end], others, start, words, sources, ctx)


def _alone_in_source(form: str, others: list[Token], start: int, words: set[str], sources, ctx) -> bool:
    """The longer name is the translation's own and the aligned source names the place alone: every
    other word of the name is a word the source does not have (``words``, folded) and no title before
    the form, and wherever the source writes the form, no capitalised word but a function word stands
    right before or after it, nor is it hyphenated to a word (« films hollywoodiens sur l'Irak » ->
    "Hollywood Irak movies", « l'Afrique subsaharienne » -> "sub-Saharan Afrique"). A name kept whole
    is the source's too (Albert Londres, Credit Suisse, Radio Londres: the source has the other words
    beside the form), so what the target put around a place the source writes alone is no name that
    keeps the source's form, and the place should have been rendered. Unlike :func:`_rebuilt`, the other
    words need not be common words: a name (Hollywood) or a derived adjective (Saharan) is the
    translation's as much, when the source has no such word."""
    titles = name_titles(ctx.pair, "target")
    if any(fold(t.text) in words or (t.end <= start and fold(t.text) in titles) for t in others):
        return False
    function_words = ctx.source.function_words
    seen = False
    for s in sources:
        for m in _standing(form).finditer(s.text):
            seen = True
            before, after = m.group("before"), m.group("after")
            for word in (before, after):
                if word and word[:1].isupper() and word.lower() not in function_words:
                    return False
    return seen


@memoize(WORDS)
def _standing(form: str) -> re.Pattern:
    """``form`` as a whole word not hyphenated to another, with the word before it (an elided article
    skipped: l'Irak) in ``before`` and the word after it in ``after`` when they are joined by spaces only."""
    return transient(rf"(?:(?P<before>[^\W\d_]+)[ \u00a0]+(?:[^\W\d_]{{1,2}}['’])?|(?<![\w'’-])|(?<=['’]))"
                     rf"{re.escape(form)}(?![\w'’-])(?:[ \u00a0]+(?P<after>[^\W\d_]+))?")


def _after_place_preposition(text: str, start: int, end: int, sources, ctx) -> bool:
    """The target's longer name opens with the form, which the aligned source puts right after a
    preposition of countries and regions (``place_prepositions``: "basée en Californie Advocates for
    Informed Choice"): there the form is the place, and the capitalised words after it another name the
    translation ran it into ("based in Californie Advocates ..."), so the place should have been rendered.
    A capitalised word before the preposition in the source makes it a longer name's particle (la
    République en Marche), and one before the form in the target a name the form does not open; a
    source that also writes the form before the target's next word without the preposition has that
    longer name itself (« l'agence Algérie Presse Service » beside « en Algérie »), which the target keeps."""
    prepositions = ctx.source.word_set("place_prepositions")
    if not prepositions:
        return False
    prev = _PREV_WORD.search(text[max(0, start - LOOKBACK):start])
    if prev and prev.group(1)[:1].isupper():
        return False
    pattern = _after_preposition(tuple(sorted(prepositions)), text[start:end])
    nxt = NEXT_WORD_RE.match(text, end)
    if nxt and any(_first_without_complement(text[start:end], nxt.group(1), s.text, pattern) for s in sources):
        return False  # the source writes the longer name too (l'agence Algérie Presse Service, beside en Algérie)
    return any(m.group("before") is None or not m.group("before")[:1].isupper()
               for s in sources for m in pattern.finditer(s.text))


@memoize(WORDS)
def _after_preposition(prepositions: tuple[str, ...], form: str) -> re.Pattern:
    """``form`` right after one of ``prepositions`` (lower case, as French writes it inside a sentence),
    with the word before the preposition, if any, in the group ``before``."""
    return re.compile(rf"(?:(?<![\w'’-])(?P<before>[^\W\d_]+)[ \u00a0]+)?(?<![\w'’-])(?:{alternation(prepositions)})"
                      rf"[ \u00a0]+{re.escape(form)}(?![\w-])")


KEPT_IN_FOREIGN_NAMES = frozenset({"feast"})
"""Kinds of table rows that :func:`_foreign_name` does not read as renamed inside a longer name the source
writes word for word: a third language's name around a place (Eintracht Francfort, CSKA Moscou) is a club's
or a firm's, whose place English writes its own way, but the words a feast's name is made of (Toussaint,
Carême, Pâques) are also surnames and first names, so beside a word no dictionary has (Toussaint Louverture,
the chef Antonin Carême) the longer name is a person's, whose name English keeps."""


def _put_first(text: str, start: int, end: int, sources, ctx) -> bool:
    """The name was put in the target's word order around the form: the aligned source has the form as
    a complement after a noun (``complement_words``, an article allowed: ``les Panthers de la Floride``,
    ``la convention de Genève``) and the target has it first, before a capitalised word of the name
    ("the Floride Panthers", "the Genève Convention"), so the name was translated and its place should
    have been too, even when the name's other words are the source's own (Panthers, Goethe). A name the
    source has in the same order (Albert Londres, the Albert-Londres prize: the capitalised word before
    the form is before it in the source too) is not reordered, nor is one the target copies with the
    source's preposition (the Tour de Suisse Organisers), nor one the source writes with the same word after
    the form and no complement before it (Toussaint Louverture, beside "la veille de la Toussaint"). A place
    the source has first too (du Pacifique Sud -> "of Pacifique Sud") is the source's words copied, no name
    of the target's: still flagged."""
    nxt = NEXT_WORD_RE.match(text, end)
    complements = ctx.source.word_set("complement_words")
    if not nxt or not nxt.group(1)[:1].isupper() or nxt.group(1).lower() in ctx.target.function_words \
            or not complements:
        return False
    form = text[start:end]
    prev = _PREV_PART.search(text[max(0, start - LOOKBACK):start])
    if prev and prev.group(1).lower() in complements:
        return False  # the source's own word order copied (Tour de Suisse)
    if prev and prev.group(1)[:1].isupper() and any(_same_order(prev.group(1), form, s.text) for s in sources):
        return False
    pattern = _after_complement(tuple(sorted(complements)),
                                tuple(sorted(ctx.source.word_set("place_articles"))), form)
    if any(_first_without_complement(form, nxt.group(1), s.text, pattern) for s in sources):
        return False
    return any(pattern.search(s.text) for s in sources)


def _first_without_complement(form: str, second: str, source: str, complement: re.Pattern) -> bool:
    """``source`` writes ``form`` right before ``second``, spaced or hyphenated, with no complement word
    before the form (``complement``: :func:`_after_complement`'s pattern): a name of its own in that order
    (Toussaint Louverture), not the place a complement puts after a noun (du Pacifique Sud). Plain
    searches and module patterns: nothing is compiled per segment."""
    after_complement = None
    start = source.find(form)
    while start >= 0:
        end = start + len(form)
        joint = _PAIR_JOINT.match(source, end)
        if joint and source.startswith(second, joint.end()) and not _word_char_at(source, start - 1) \
                and not _word_char_at(source, joint.end() + len(second)):
            if after_complement is None:
                after_complement = {m.end() for m in complement.finditer(source)}
            if end not in after_complement:
                return True
        start = source.find(form, start + 1)
    return False


_PAIR_JOINT = re.compile(r"[ \u00a0]*-[ \u00a0]*|[ \u00a0]+")


_WORD_CHAR = re.compile(r"\w")


def _word_char_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and _WORD_CHAR.match(text, i) is not None


def _same_order(first: str, second: str, source: str) -> bool:
    """``first`` and ``second`` one after the other in the source, spaced or hyphenated (Albert-Londres)."""
    return transient(rf"(?<!\w){re.escape(first)}(?:[ \u00a0]*-[ \u00a0]*|[ \u00a0]+){re.escape(second)}(?!\w)"
                     ).search(source) is not None


@memoize(WORDS)
def _after_complement(complements: tuple[str, ...], articles: tuple[str, ...], form: str) -> re.Pattern:
    joint = r"(?:['’][ \u00a0]*|[ \u00a0]+)"
    return transient(rf"(?<!\w)(?:{alternation(complements)}){joint}(?:(?:{alternation(articles)}){joint})?"
                      rf"{re.escape(form)}(?!\w)", re.IGNORECASE)


def _rebuilt(others: list[Token], start: int, words: set[str], ctx) -> bool:
    """The longer name was translated and the form alone left in the source language (the Hambourg
    Chamber of Commerce, South Corée, the Londres Stock Exchange): every other word of the name is a
    common word of the target language that the aligned source (``words``, folded) does not have, and no
    title stands before the form (President, Mayor: a person named like a place). A name the source has
    word for word (Albert Londres, Credit Suisse) is kept whole, as it should be."""
    titles = name_titles(ctx.pair, "target")
    return all(ctx.target.is_common_word(t.text.lower()) and fold(t.text) not in words
               and not (t.end <= start and fold(t.text) in titles) for t in others)


def _foreign_name(form: str, others: list[Token], words: set[str], ctx) -> bool:
    """The longer name is a third language's, copied from the source (Eintracht Francfort, CSKA Moscou):
    every other word is an acronym or a word that neither language's dictionary has and no first name
    of either, so the name is not the source language's own and English writes its place the English
    way (Eintracht Frankfurt, CSKA Moscow). Albert Londres (a first name), Virginie Efira (the form is
    a first name), Radio Londres and Credit Suisse (English words) stay."""
    src, tgt = ctx.source, ctx.target
    people = ctx.pair.first_names_folded
    if fold(form) in people:
        return False
    for t in others:
        word = t.text
        if fold(word) not in words:
            return False
        if word.isupper() and len(word) > 1:
            continue  # CSKA, PSV: an acronym
        low = word.lower()
        if fold(word) in people or src.in_dictionary(low) or src.is_common_word(low) or tgt.in_dictionary(low) \
                or tgt.in_dictionary(word) or tgt.is_common_word(low):
            return False
    return True


def _inside_longer_name(start: int, end: int, found) -> bool:
    for mention in found:
        if mention.start < end and start < mention.end:
            return any(t.end <= start or t.start >= end for t in mention.tokens if len(t.text) > 1)
    return False
