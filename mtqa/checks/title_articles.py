"""F502: an article kept before a title that opens a person's name (« le président turc Recep Tayyip Erdogan » ->
"the Turkish president Recep Tayyip Erdogan").

French puts an article before the title and nationality that open a name; English news writes the title bare and
capitalised ("Turkish President Recep Tayyip Erdogan") or sets the name off by commas ("the Turkish president,
Recep Tayyip Erdogan,"). Which titles English writes bare is counted, not chosen (``bench/title_articles.py`` into
``data/names/title_articles.en.tsv``, read through :mod:`mtqa.langs.title_articles`, which owns the reading): a
title whose bare form the human English uses less than the article form ("mayor", "ambassador", "leader") is never
read. F302 (:mod:`mtqa.checks.casing`) already reads a lower-case title of its list right after "the" before a full
name ("the president Ebrahim Raisi"); this check reads what F302 leaves: a nationality between the article and the
title ("the Turkish president Recep Tayyip Erdogan") and a capitalised title after the article ("the Prime
Minister Denys Shmyhal").
"""
from __future__ import annotations

from typing import Iterator

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.title_articles import bare_titles, capital_titles, uses
from mtqa.model import Issue, Segment, Severity
from mtqa.records import record
from mtqa.words import text_words


def _capitalised(title: str) -> str:
    """The title as English writes it before a name: every word capitalised but "of" (Secretary of State)."""
    return " ".join(w if w == "of" else "-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in title.split())


@register
@record
class TitleArticleBeforeName(SegmentCheck):
    """An article kept before a title and a person's name, in the French order (« le président turc Recep
    Tayyip Erdogan » -> "the Turkish president Recep Tayyip Erdogan").

    Why it matters: English news writes a title right before a name bare and capitalised ("Turkish President
    Recep Tayyip Erdogan", "Prime Minister Denys Shmyhal") or puts the name in apposition between commas ("the
    Turkish president, Recep Tayyip Erdogan,"); "the Turkish president Recep Tayyip Erdogan said" reads as
    translated word for word. Which titles English writes bare is counted, not chosen: ``bench/title_articles.py``
    counts "the [Adj] title Name", "[Adj] Title Name" and "the [Adj] title, Name" per title in the human English
    (newstest 2008-2013 references and Potet's post-edits; the references of documents written in English may not
    write the article form more than the bare one) and keeps a title whose bare form is used at least 5 times
    and more than the other two together (``data/names/title_articles.en.tsv``: president, prime minister,
    chancellor, minister, senator, general, king, judge, sheikh, secretary of state; not mayor, governor,
    ambassador, foreign minister, leader). Read: "the", an optional nationality adjective of the demonym table,
    such a title in any case, no comma, and a person's name (a first name, or a word that is no common English
    word: not "the General Assembly", nor "the Prince Albert Foundation", whose name heads an institution). A
    describing word before the title ("the former president Bill Clinton", "the late President Kennedy", "the
    then prime minister Tony Blair") is none of this shape: English writes those. Nor is a "the" that belongs
    elsewhere: the name premodifying a noun ("the President Obama administration", "the King Charles Hotel"), a
    defining relative clause or time after the name ("the Prime Minister David Cameron we knew", "the senator
    Harry Reid thanked was", "the King Juan Carlos of 2014"), a predicate after a copula ("It is the President
    Putin we have come to know"). A lower-case title of F302's list right after "the" before a full name is
    F302's. The suggestion drops the article and capitalises the title; "minister" alone gets none (English
    capitalises it before a name only with its portfolio: "Industry Minister Arnaud Montebourg"), and the message
    says so. "US", "UN" and "EU" stand as nationalities do; a name may open with an accented capital (Édouard)
    or with a dictionary word when a second name word follows (Li Keqiang, Park Geun-hye).

    Example:
        source: Le président turc Recep Tayyip Erdogan a reçu le Premier ministre Denys Chmyhal.
        bad: The Turkish president Recep Tayyip Erdogan received the Prime Minister Denys Shmyhal.
        good: Turkish President Recep Tayyip Erdogan received Prime Minister Denys Shmyhal.
        good: The Turkish president, Recep Tayyip Erdogan, received the former prime minister Denys Shmyhal.
    """

    code = "F502"
    name = "title-article-before-name"
    category = "fluency"
    subcategory = "grammar"
    severity = Severity.MINOR

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        text = segment.text
        if ("he" not in text and "HE" not in text) or _triggers(ctx.target.code).isdisjoint(text_words(text, ctx).words):
            return  # no "the"/"The", or no last word of a flagged title (the run's split): most segments
        for use in calques(text, ctx.target.code, ctx.pair.code):
            named = use.name
            span = text[use.start:use.title_end]
            if use.title in _portfolio_titles(ctx.target.code):
                # "the minister Arnaud Montebourg": English capitalises "Minister" before a name only with its
                # portfolio ("Industry Minister Arnaud Montebourg"), which the text does not give
                yield self.issue(
                    segment, use.start, use.title_end,
                    f"{quoted(span)} before the name {quoted(named)}: French order (« le ministre Arnaud "
                    f"Montebourg »); English news names the portfolio before the name (\"Industry Minister "
                    f"Arnaud Montebourg\") or sets the name off by commas (\"the minister, Arnaud Montebourg,\")",
                    None, confidence=0.8)
                continue
            suggestion = (f"{use.adjective} " if use.adjective else "") + _capitalised(use.title)
            if use.start == 0 or text[:use.start].rstrip().endswith((".", "\"", "“", ":", "?", "!", "«", "‘")):
                suggestion = suggestion[:1].upper() + suggestion[1:]
            yield self.issue(
                segment, use.start, use.title_end,
                f"{quoted(span)} before the name {quoted(named)}: French order (« le président turc Recep Tayyip "
                f"Erdogan »); English news writes the title bare and capitalised before a name "
                f"({quoted(suggestion + ' ' + named)}) or sets the name off by commas",
                suggestion, confidence=0.8)


@memoize(TABLES)
def _portfolio_titles(lang: str) -> frozenset[str]:
    """The profile's ``title_article.needs_portfolio`` ("minister"): a title English writes bare before a name
    only with what it covers ("Foreign Minister"), so F502 suggests no bare form of its own."""
    from mtqa.langs.title_articles import profile_words

    return frozenset(profile_words(lang, "needs_portfolio"))


@memoize(TABLES)
def _triggers(lang: str) -> frozenset[str]:
    """The last word of every title the table flags, in lower case and capitalised (president, President)."""
    last = {title.split()[-1] for title in bare_titles(lang)}
    return frozenset(last | {w[:1].upper() + w[1:] for w in last} | {w.upper() for w in last})


def calques(text: str, lang: str, pair: str) -> list:
    """The uses of a title the table says English writes bare, with an article and no comma, less F302's."""
    flagged = bare_titles(lang)
    lower = text.lower()
    if not any(title in lower for title in flagged):
        return []  # no title the table flags (a substring test in C): the pattern is not run, most segments
    capital = capital_titles(lang)
    return [use for use in uses(text, lang, pair) if use.shape == "article" and use.title in flagged
            and (use.title in capital or not text[use.title_start:use.title_start + 1].isupper())
            and not (not use.adjective and text[use.title_start:use.title_end].islower() and _f302_reads(use, text))]


def _f302_reads(use, text: str) -> bool:
    """Whether F302 reads this use: a lower-case title of its list (``titles_before_names``) right after "the"
    before a full name (two words or more)."""
    from mtqa.checks.casing import style

    name_words = text[use.name_start:].split()
    titles = frozenset(t.lower() for t in style()["titles_before_names"])  # the data's key, not F302's derived one
    return use.title in titles and len(name_words) > 1 and name_words[1][:1].isupper()


@register
@record
class NationalityArticleBeforeName(SegmentCheck):
    """A nationality noun with its article kept before a person's name, in the French order (« l'Italienne
    Giulia Moretti » -> "the Italian Giulia Moretti").

    Why it matters: French names a person by nationality as a noun with an article (« le Kényan Daniel Kiprono »,
    « la Norvégienne Ingrid Solbakken »); English news puts the adjective bare before the name ("Kenyan Daniel
    Kiprono") or the country in the possessive ("Kenya's Daniel Kiprono"). "The Kenyan Daniel Kiprono won" reads
    as translated word for word, and sports and business reports, which name people by nationality in almost
    every line, are full of it. Read: "the", a nationality adjective of the pair's demonym table, and a person's
    name (as F502 reads one: not "the British Museum", not a title, which is F502's: "the Turkish President
    Erdogan"), when the aligned source writes that nationality as a capitalised noun after a definite article
    before a capitalised word (``definite_articles`` of the source profile): an English text, or a source that
    says « le président kényan », is not this shape. The source's noun is read in the demonym table's masculine,
    feminine and ``feminine_noun`` forms (« la Suissesse »), accents folded (« le Kenyan » as « le Kényan »), and in
    the plural before names joined by a comma or "and" (« les Kényans Daniel Kiprono et Eliud Kipchoge » -> "the
    Kenyans Daniel Kiprono and Eliud Kipchoge", the table's English ``plural``; English writes "Kenyans Daniel
    Kiprono and Eliud Kipchoge"). The suggestion drops the article; the message gives the other form news writes,
    the country in the possessive (the table's ``country``: "Kenya's Daniel Kiprono"), where one country answers
    the adjective.

    Example:
        source: La Norvégienne Ingrid Solbakken a remporté la descente devant l'Italienne Giulia Moretti. Les Autrichiennes Katharina Huber et Anna Berger complètent le podium.
        bad: The Norwegian Ingrid Solbakken won the downhill ahead of the Italian Giulia Moretti. Austrians Katharina Huber and Anna Berger complete the podium.
        bad: Norway's Ingrid Solbakken won the downhill ahead of Italian Giulia Moretti. The Austrians Katharina Huber and Anna Berger complete the podium.
        good: Norway's Ingrid Solbakken won the downhill ahead of Italian Giulia Moretti. Austrians Katharina Huber and Anna Berger complete the podium.
    """

    code = "F504"
    name = "nationality-article-before-name"
    category = "fluency"
    subcategory = "grammar"
    severity = Severity.MINOR
    requires_source = True

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        text = segment.text
        if not sources or ("he" not in text and "HE" not in text):
            return
        from mtqa.langs.title_articles import nationality_countries, nationality_uses, possessive, \
            source_named_nationals, source_quote_to_name
        from mtqa.model import joined_sources

        named = source_named_nationals(joined_sources(sources), ctx.source.code, ctx.pair.code)
        if not named:
            return  # no « l'Italienne X » in the source: most segments (an empty table)
        for use in nationality_uses(text, ctx.target.code, ctx.pair.code):
            if use.adjective not in named:
                continue
            span = text[use.start:use.adjective_end]
            suggestion = use.plural or use.adjective  # "Kenyans Daniel Kiprono and Eliud Kipchoge": the noun bare
            country = nationality_countries(ctx.pair.code).get(use.adjective)
            if country:
                owner = possessive(country)
                if use.start == 0 or text[:use.start].rstrip().endswith((".", "\"", "“", ":", "?", "!")):
                    owner = owner[:1].upper() + owner[1:]  # "The Netherlands' Anna ..." opening a sentence
                alternative = f"the country in the possessive ({quoted(owner + ' ' + use.name)})"
            else:
                alternative = "the country in the possessive"  # Congolese, Korean: no one country to name
            yield self.issue(
                segment, use.start, use.adjective_end,
                f"{quoted(span)} before the name{'s' if use.plural else ''} {quoted(use.name)} copies the "
                f"{ctx.source.name} noun of "
                f"nationality with its article (« {source_quote_to_name(named[use.adjective], use.name)} »); {ctx.target.name} news writes "
                f"the {'noun' if use.plural else 'adjective'} bare before {'names' if use.plural else 'a name'} "
                f"({quoted(suggestion + ' ' + use.name)}) or {alternative}",
                suggestion, confidence=0.8)
