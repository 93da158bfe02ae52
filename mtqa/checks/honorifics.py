"""Source-language courtesy titles left before names (M. Hare, Mme Michaux, Me Dujardin).

French news says ``M. Rogozine`` where English says ``Mr Rogozin`` (British
and AFP style), ``Mr. Rogozin`` (American) or just ``Rogozin`` (AP and
Reuters): the ``honorifics`` setting picks the house style. ``M.`` is also
an English initial (Michael J. Fox, M. Night Shyamalan), so it is flagged
only with evidence: glued to the name (``M.Rogozine``, never an initial),
confirmed by the aligned source, or followed by a single name.
"""
from __future__ import annotations

import re
from operator import methodcaller
from typing import Iterator, Optional

from mtqa.limits import LOOKBACK
from mtqa.checks.base import DocumentCheck
from mtqa.checks.registry import register
from mtqa.model import DocumentPair, Issue, Segment, Severity
from mtqa.names.analysis import analyse, looks_like_source
from mtqa.names.mentions import name_word, text_words
from mtqa.langs import fold
from mtqa.errors import DataError
from mtqa.langs.data import alternation, data_path
from mtqa.langs.cache import TABLES, memoize
from mtqa.records import record
from mtqa.words import LETTERS_RE, LOWER, UPPER

_NAME_WORD = name_word("-'’")
MATCHES = ("dotted", "word", "source")
"""The values of honorifics.<pair>.tsv's ``match`` column (see the file's header)."""
_PREV_WORD = re.compile(rf"(?:^|[\s(\"“])([{UPPER}][^\W\d_]*)[ \u00a0]$")


TITLE_WORD_ZIPF = 5.5
"""English frequency (Zipf) from which the capitalised word after a title that is also an English word (Me) is
read as a word, not a surname: too 5.95, before 5.9 ("Me Too", "Me Before You"); surnames that are words too,
Simon 4.5, Brown 5.0, Mark 5.05, stay names."""


@record(frozen=True)
class _Title:
    source: str
    meaning: str
    forms: dict  # style -> English form ("" in every style: English has no title there and names the person alone)
    dotted: bool
    attested: bool = False
    """Flagged only where the aligned source writes the title before the same name: the title is also an
    English word (Me: "Give Me Liberty", "Me and my brother")."""
    nouns: tuple = ()
    """The English nouns that say what the title says (Me: lawyer, counsel): the first is the suggestion's
    ("lawyer Clayton Ruby") where the sentence names none, since the title is then the only word that says so."""


@memoize(TABLES)
def _titles(pair) -> tuple[dict[str, _Title], Optional[re.Pattern]]:
    titles = {}
    for row in pair.table("honorifics"):
        if row["match"] not in MATCHES:  # a typo or a row with a tab lost: said, never read as another kind
            raise DataError(f"the title {row['source']!r} has match {row['match']!r}; it should be one of "
                            f"{', '.join(MATCHES)}", path=str(data_path("names", f"honorifics.{pair.code}.tsv")))
        titles[row["source"]] = _Title(row["source"], row["meaning"], {"mr": row["mr"], "mr.": row["mr."], "none": ""},
                                       row["match"] == "dotted", row["match"] == "source",
                                       tuple(w for w in row.get("noun", "").split("/") if w))
    if not titles:
        return titles, None
    # a title that is also a word (Me) is read with a full stop MT adds ("Me. Dupont", as "Mr.") and before
    # a name that opens with one of the source's particles ("Me de Montbrial", "Me d'Alessandro")
    alts = alternation(list(titles) + [f"{t}." for t, v in titles.items() if v.attested])
    particles = alternation(w for w in pair.source.word_set("name_particles") if len(w) > 1)
    elided = alternation(w for w in pair.source.word_set("name_particles") if len(w) == 1)
    # a title after nothing of a word, or after a sentence's last word and its full stop with the space lost
    # ("family.M.Poutine"); a period after a capital is an initial's ("J.M.Coetzee"), not a sentence's end
    pattern = re.compile(
        rf"(?:(?<![\w.])|(?<=[{LOWER}]{{2}}\.))(?P<title>{alts})(?P<gap>[ \u00a0]?)"
        rf"(?P<particle>(?:{particles})[ \u00a0]|(?:{elided})['’])?(?P<name>{_NAME_WORD}(?:[ \u00a0]{_NAME_WORD})*)"
    )
    return titles, pattern


@memoize(TABLES)
def _title_heads(pair) -> Optional[tuple[str, ...]]:
    """The leading letters of every title (``M`` of ``M.``, ``Mme``), or None when one has no capital in
    them. A title the pattern finds starts at a run of letters (no letter, digit or period before it)
    and its leading letters begin that run, a run with a capital: one of the text's capitalised runs."""
    titles, _ = _titles(pair)
    heads = tuple(_LEADING_LETTERS.match(t).group(0) if _LEADING_LETTERS.match(t) else "" for t in titles)
    return heads if all(any(c.isupper() for c in h) for h in heads) else None


_LEADING_LETTERS = LETTERS_RE


@memoize(TABLES)
def _source_title(title: str, particles: frozenset = frozenset()) -> re.Pattern:
    """The title followed by a name, in the source text, the name maybe after one of the source's
    ``particles`` (« Me de Montbrial », « Me d'Alessandro »)."""
    words = alternation(w for w in particles if len(w) > 1)
    elided = alternation(w for w in particles if len(w) == 1)
    lead = rf"(?:(?:{words})[ \u00a0]|(?:{elided})['’])?" if particles else ""
    return re.compile(rf"(?<![\w.]){re.escape(title)}[ \u00a0]?{lead}({_NAME_WORD})")


@register
@record
class FrenchHonorific(DocumentCheck):
    """A French courtesy title (M., Mme, Mlle, MM., Me) stands before a name.

    Why it matters: ``M.`` and ``Mme`` are French abbreviations; English
    readers take ``M. Hare`` for an initial. English style writes ``Mr
    Hare`` (config ``honorifics = "mr"``, British and AFP), ``Mr. Hare``
    (``"mr."``, American) or the surname alone (``"none"``, AP and Reuters).
    The suggestion also corrects the name when another check flags it
    (``M.Rogozine`` -> ``Mr Rogozin``), also where the title is glued to the
    full stop of the sentence before (``family.M.Poutine``: two sentences
    run together, L203's). ``M.`` followed by several names
    without a source (``M. Night Shyamalan``) or after a first name
    (``Michael M. Smith``, or any capitalised word that is not a common
    word: ``Mayor Tristan M. Kowalczyk``) is an initial and left alone.
    ``Me`` (Maître, a lawyer's title) has no English form in any house
    style: English news writes the name alone or "lawyer Claire Dujardin".
    It is also an English word ("Give Me Liberty", "the Me Too movement"),
    so it is flagged only where the aligned source writes « Me » before the
    same name, spaced from it, the word after it is no frequent English
    word ("the Me Too movement") and no capitalised word stands before the
    title ("Give Me Liberty").

    Example:
        bad: Minister speaks\\n\\nM. Montebourg said the plant would stay open.
        bad: Minister speaks\\n\\nThe minister, Mme Touraine, decided on Monday.
        bad: Minister speaks\\n\\nThe plant will stay open.M.Montebourg said so on Monday.
        good: Minister speaks\\n\\nMr Montebourg said the plant would stay open.
        good: Film news\\n\\nM. Night Shyamalan and Michael J. Fox met in Paris.
    """

    code = "L301"
    name = "french-honorific"
    category = "locale-convention"
    subcategory = "name-format"
    severity = Severity.MINOR

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        titles, pattern = _titles(ctx.pair)
        if pattern is None:
            return
        style = ctx.config.honorifics
        names = None
        heads = _title_heads(ctx.pair)
        for seg in pair.target.segments:
            if heads is not None and not any(
                    map(methodcaller("startswith", heads), text_words(seg.text, ctx).capital_runs)):
                continue  # no run of letters starts like a title: the pattern cannot match
            found_titles = list(pattern.finditer(seg.text))
            if not found_titles or looks_like_source(seg.text, ctx):
                continue  # the language screen only where a title is found
            for m in found_titles:
                title = titles.get(m.group("title")) or titles[m.group("title")[:-1]]  # "Me." is Me's
                found = self._evidence(m, title, seg, pair, ctx)
                if found is None:
                    continue
                end, confidence = found
                names = names or analyse(pair, ctx)
                yield self._issue(seg, m, end, title, style, names, confidence, ctx)

    def _evidence(self, m: re.Match, title: _Title, seg: Segment, pair: DocumentPair, ctx):
        """(end of the name to report, confidence), or None when this is no French title."""
        name_words = re.findall(_NAME_WORD, m.group("name"))
        if m.group("particle") and not title.attested:
            return None  # "M. de Villepin" is left as before: only the title that is also a word reads particles
        if name_words[0].lower() in ctx.target.function_words:
            return None  # "3 M. Then he left": a sentence goes on, no name follows
        if title.attested:
            return self._attested(m, title, name_words, seg, pair, ctx)
        if not title.dotted:
            return m.end("name"), 0.9
        prev = _PREV_WORD.search(seg.text[max(0, m.start() - LOOKBACK):m.start()])
        if prev and (fold(prev.group(1)) in ctx.target.first_names_folded or ctx.target.zipf(prev.group(1)) < 3.0
                     or not ctx.target.is_common_word(prev.group(1))):
            return None  # "Michael M. Smith", "Adrian M. Fenty": a middle initial after a name (not "Minister M.")
        if not m.group("gap"):
            return m.end("name"), 0.95  # "M.Rogozine": an initial is never glued to the name
        sources = pair.sources_of(seg.index) if pair.source is not None else []
        if sources and not pair.source_title_only:
            first = fold(name_words[0])
            titled = [sm.group(1) for src in sources for sm in _source_title(title.source).finditer(src.text)]
            if any(_same_name(fold(name), first, ctx) for name in titled):
                return m.end("name"), 0.95
            # the source has the title before a name the translation changed (M. De Bock -> M. Beer Glass)
            return (m.end("name"), 0.85) if titled else None
        if len(name_words) == 1:
            return m.end("name"), 0.8
        if fold(name_words[0]) in ctx.target.first_names_folded:
            return m.end("name"), 0.8  # "M. Emmanuel Macron"
        return None

    @staticmethod
    def _attested(m: re.Match, title: _Title, name_words: list[str], seg: Segment, pair: DocumentPair, ctx):
        """(end of the name, confidence) for a title that is also a target word (``match = source``: Me),
        when it is spaced from the name and the aligned source has it before the same name; else None."""
        if not (m.group("gap") or m.group("title").endswith(".")) or pair.source is None or pair.source_title_only:
            return None
        sources = [src.text for src in pair.sources_of(seg.index)]
        prev = _PREV_WORD.search(seg.text[max(0, m.start() - LOOKBACK):m.start()])
        if prev and any(f"{prev.group(1)} {title.source}" in src for src in sources):
            return None  # "Give Me Liberty", "Lick Me I'm Delicious": a word inside a name the source writes so too
        if not m.group("particle") and ctx.target.zipf(name_words[0].lower()) >= TITLE_WORD_ZIPF:
            return None  # "the Me Too movement": a frequent word follows, not a surname (Simon, Grace, Brown are)
        first = fold(name_words[0])
        titled = [sm for src in sources for sm in _source_title(title.source, ctx.source.word_set("name_particles")).finditer(src)
                  if _titles_a_person(sm, src, ctx)]
        return (m.end("name"), 0.9) if any(_same_name(fold(sm.group(1)), first, ctx) for sm in titled) else None

    def _issue(self, seg, m, end, title, style, names, confidence, ctx) -> Issue:
        start = m.start()
        name_text = seg.text[m.start("particle") if m.group("particle") else m.start("name"):end]
        corrected = re.sub(_NAME_WORD, lambda w: names.english(w.group(0)) or w.group(0), name_text)
        english = title.forms.get(style, title.forms["mr"])
        suggestion = f"{english} {corrected}" if english else corrected
        if not english and title.nouns and not any(
                re.search(rf"(?<!\w){re.escape(noun)}", seg.text, re.I) for noun in title.nouns):
            suggestion = f"{title.nouns[0]} {corrected}"  # "lawyer Clayton Ruby": the title alone said so
        if not any(title.forms.values()):  # Me (Maître): no English title stands for it in any house style
            message = (f"“{title.source}” ({title.meaning}) is a {ctx.source.name} title of address; "
                       f"{ctx.target.name} news names the person without it.")
            return self.issue(seg, start, end, message, suggestion, confidence=confidence)
        how = {"mr": f"{ctx.target.name} writes “{english}”", "mr.": f"American style writes “{english}”",
               "none": "house style (AP/Reuters) uses the name alone"}.get(style, "")
        message = f"“{title.source}” is a {ctx.source.name} courtesy title; {how}."
        return self.issue(seg, start, end, message, suggestion, confidence=confidence)


_QUOTE_OPENERS = "«“\"‘'"


def _titles_a_person(found: re.Match, source: str, ctx) -> bool:
    """The source's « Me » before a name is the title, not the first word of a quoted title of a work: it
    opens no quotation (« Me Gustas Tu », « Me Voilà ») and the capitalised words after it are not a run of
    target-language words ("Me Myself and I", "Me Talk Pretty One Day": each a word of English, where a
    lawyer's first name and surname are names, or at most one of them a word: Me Simon, Me Long)."""
    before = source[:found.start()].rstrip(" \u00a0")
    if before.endswith(tuple(_QUOTE_OPENERS)):
        return False
    run = re.match(rf"(?:{_NAME_WORD})(?:[ \u00a0]+(?:{_NAME_WORD}|[{LOWER}]{{1,3}}))*", source[found.start(1):])
    words = [w for w in re.findall(LETTERS_RE, run.group(0))] if run else []
    capitals = [w for w in words if w[0].isupper()]
    if len(capitals) < 2:
        return True
    return not all(ctx.target.is_common_word(w.lower()) and fold(w) not in ctx.target.first_names_folded
                   for w in capitals[:3])


def _same_name(source_word: str, target_word: str, ctx) -> bool:
    """The source name word and the target one are the same name (Rogozine and Rogozin)."""
    if source_word == target_word:
        return True
    from mtqa.names.cluster import skeleton
    from mtqa.names.translit import transliterator

    english = transliterator(ctx.source.code, ctx.target.code).english_form(source_word.capitalize()).english
    return skeleton(english) == skeleton(target_word)
