"""Source-language text left in the translation, at three grains.

Machine translation pipelines sometimes pass a segment through untouched, a
CMS pastes the source headline into the English body, a system copies a
clause it could not translate, or a French elision stays glued to an English
word (``SpaceX D'Elon Musk``). Readers of the English cannot understand the
first two; the last makes the text look machine-made.

All three read word votes from :mod:`mtqa.evidence`, which does not count
quoted text, proper names (``Tour de France``, ``Laurence des Cars``,
``Commission scolaire de la Région-de-Sherbrooke``) or phrases English has
borrowed (``joie de vivre``): a translation keeps those in French on purpose.
Language identification (langdetect) only confirms whole segments, and only
those the word votes already point at, so it runs on a small share of them.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from mtqa.checks.base import SegmentCheck
from mtqa.checks.lowered_names import lowered_names
from mtqa.checks.copied_capitals import WHY as CAPITAL_WHY, copied_capitals
from mtqa.checks.registry import register
from mtqa.evidence import (SOURCE, TARGET, Evidence, Token, in_source_name, quote_copied, quote_spans,
                           read_source_votes, source_person_particles)
from mtqa.langid import detect
from mtqa.langs import fold
from mtqa.langs.cache import SOME_WORDS, WORDS, memoize
from mtqa.langs.kept import pair_word_set
from mtqa.langs.text import APOSTROPHES, fold_text
from mtqa.model import Issue, Segment, Severity, joined_sources, source_texts
from mtqa.records import record
from mtqa.regexcache import transient
from mtqa.words import LETTERS_RE

# Between two words of one phrase there is at most a space, a hyphen, a comma
# or an apostrophe; sentence punctuation, brackets and quotes end a phrase.
_PHRASE_BREAK = re.compile(r"[.!?;:()\[\]\"“”«»/]")
_JOIN = re.compile(r"^[ \u00a0\-'’]*$")


@register
@record
class SourceLanguageSegment(SegmentCheck):
    """A whole sentence or paragraph of the translation is in the source language.

    Why it matters: the reader of the English cannot read it; it usually
    means a segment was never translated or the source was pasted in.
    Only words that are not names, not quoted and not borrowed phrases are
    counted, so an English sentence about the Tour de France or a French
    title in quotes is not mistaken for French. The word votes are a cheap
    screen: language identification runs only when at least
    ``min_source_words`` words and a ``min_share`` of the voting words point
    at the source language, and must then agree with ``min_probability``.

    Example:
        bad: The capsule landed.\\n\\nL'équipe russe est de retour sur Terre après douze jours dans l'espace.
        good: The capsule landed.\\n\\nThe Russian team is back on Earth after twelve days in space.
        good: The capsule landed.\\n\\nThe Commission scolaire de la Région-de-Sherbrooke (CSRS) opened two schools.
    """

    code = "A201"
    name = "source-language-segment"
    category = "accuracy"
    subcategory = "untranslated"
    severity = Severity.CRITICAL
    first_readings = (read_source_votes,)  # its screen, asked of every segment
    min_words: int = 4
    min_source_words: int = 3
    min_share: float = 0.6
    min_probability: float = 0.9

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        ev = Evidence.of(ctx)
        if ev.source_votes(segment.text) < self.min_source_words:
            return  # too few source-language words, whatever their roles
        counted = [t for t in ev.tokens(segment.text) if t.counted]
        if len(counted) < self.min_words:
            return
        src, tgt = ev.tally(counted)
        if src < self.min_source_words or src < self.min_share * (src + tgt):
            return
        ctx.stats["langid_calls"] += 1
        # The word votes (names and quotes left out) already say the frame of the
        # sentence is in the source language; langdetect confirms on the whole text.
        lang, prob = detect(segment.text)
        if lang == ctx.source.code and prob >= self.min_probability:
            yield self.issue(
                segment,
                0,
                len(segment.text),
                f"This segment is in {ctx.source.name}, not {ctx.target.name} "
                f"({src} of {src + tgt} telling words are {ctx.source.name}; "
                f"language identification {prob:.2f}).",
                None,
                confidence=prob,
            )


@register
@record
class SourceLanguagePhrase(SegmentCheck):
    """A clause or phrase in the source language inside a target-language sentence.

    Why it matters: a system that cannot translate part of a sentence often
    copies it (``the patients of the service des urgences pédiatriques``); the
    English reader loses that part of the meaning. A phrase is a run of
    words with no target-language word among them, holding at least
    ``min_words`` source-language words (or two adjacent ones, one of them
    a content word). Names, their particles, quoted titles and borrowed
    phrases (``à la carte``) do not count, nor do words that directly follow
    a capitalised word as the rest of a name (``Commission nationale de
    l'informatique``, see :mod:`mtqa.evidence`; a capitalised article alone
    before a participle that is no noun heads no name: ``the review of La
    devenue apparente`` is the source's clause). Quoted speech counts where
    the system translated it or reworked it in the source language (the
    quotations A205 reads word by word): ``"Je lui ai dit avant le meeting
    qu'il viendrait"`` for « Je lui ai dit avant la réunion qu'il viendrait »
    is a French phrase, function words and all.

    Example:
        source: Hier, Barack Obama a rompu sa promesse d'origine sur la santé.\\n\\n« Je lui ai dit avant la réunion qu'il viendrait », a raconté le maire.\\n\\nLa crise est devenue apparente en octobre.
        bad: Yesterday, Barack Obama broke sa promesse d'origine on health care.\\n\\n"I told him before the meeting that he would come," the mayor said.\\n\\nThe crisis became apparent in October.
        bad: Yesterday, Barack Obama broke his original promise on health care.\\n\\n"I told him before the meeting that he would come," the mayor said.\\n\\nThe review of La devenue apparente in October.
        bad: Yesterday, Barack Obama broke his original promise on health care.\\n\\n"Je lui ai dit avant le meeting qu'il viendrait," the mayor said.\\n\\nThe crisis became apparent in October.
        good: Yesterday, Barack Obama broke his original promise on health care.\\n\\n"I told him before the meeting that he would come," the mayor said.\\n\\nThe crisis became apparent in October.
        good: Yesterday, Barack Obama broke his original promise on health care.\\n\\n"Je lui ai dit avant la réunion qu'il viendrait," the mayor said.\\n\\nThe crisis became apparent in October.
        good: The Tour de France left Les Gets, and Laurence des Cars showed the Venus de Milo.
    """

    code = "A202"
    name = "source-language-phrase"
    category = "accuracy"
    subcategory = "untranslated"
    severity = Severity.MAJOR
    min_words: int = 3

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        ev = Evidence.of(ctx)
        text = segment.text
        if ev.source_votes(text) < (2 if self.min_words >= 2 else 1):
            return  # a phrase needs two counted source words (see _judge); the votes bound their number
        tokens = ev.tokens(text)
        if sources:  # quoted speech the system translated or reworked is read like the rest of the text
            tokens = _speech_unquoted(text, tokens, sources, ctx)
        if not any(t.vote == SOURCE and t.counted for t in tokens):
            return
        if sources:  # names the source capitalises stay names here (l'hôtel-dieu)
            tokens = _speech_unquoted(text, ev.tokens(text, ev.names(source_texts(sources))), sources, ctx)
        for run in _runs(tokens, text):
            span = self._judge(run, tokens, text)
            if span is None:
                continue
            start, end = span
            yield self.issue(
                segment,
                start,
                end,
                f"This phrase is in {ctx.source.name}, not {ctx.target.name}.",
                None,
            )

    def _judge(self, run: list[int], tokens: list[Token], text: str):
        hits = [i for i in run if tokens[i].counted and tokens[i].vote == SOURCE]
        if not hits:
            return None
        content = [i for i in hits if not tokens[i].function]
        adjacent = len(hits) == 2 and hits[1] == hits[0] + 1
        if not (len(hits) >= self.min_words or (adjacent and content)):
            return None
        first = hits[0]
        last = hits[-1]
        while last + 1 < len(tokens) and tokens[last + 1].name_like and not tokens[last + 1].quoted \
                and _JOIN.match(text[tokens[last].end:tokens[last + 1].start]):
            last += 1
        return tokens[first].start, tokens[last].end


def _speech_unquoted(text: str, tokens: list[Token], sources: list[Segment], ctx) -> list[Token]:
    """``tokens`` with the words of quoted speech the system translated or reworked in the source language
    (:func:`_translated_quotes`, the quotations A205 reads word by word) no longer marked quoted: a phrase
    or an elision left there (« Je lui ai dit avant le match » -> "Je lui ai dit avant le correspondent",
    "she invites to l'agression") is source text like any other. Titles and speech the translation cites as
    the source writes it stay quoted. The tokens are copies: the evidence's token lists are shared."""
    if not any(t.quoted for t in tokens):
        return tokens
    speech = _speech_of(text, tokens, joined_sources(sources), ctx)
    if not speech:
        return tokens
    return [replace(t, quoted=False) if t.quoted and t.start in speech else t for t in tokens]


def _runs(tokens: list[Token], text: str) -> Iterator[list[int]]:
    """Maximal runs of token indices with no target-language word and no phrase break."""
    run: list[int] = []
    for i, t in enumerate(tokens):
        breaks = t.quoted or (t.vote == TARGET and t.counted)
        if run and _PHRASE_BREAK.search(text, tokens[run[-1]].end, t.start):
            yield run
            run = []
        if breaks:
            if run:
                yield run
            run = []
            continue
        run.append(i)
    if run:
        yield run


@register
@record
class SourceElision(SegmentCheck):
    """A source-language elided word glued into the translation (``SpaceX D'Elon Musk``).

    Why it matters: ``d'`` (of), ``l'`` (the) and their kin are French
    function words; left in English they are untranslated text that readers
    stumble on. Elisions that belong to names are left alone: after a
    capitalised word (``Palme d'Or``, ``Quai d'Orsay``, ``Giscard
    d'Estaing``; at a clause's start too when the source writes both words
    alike: ``; Marina d'Or``) or a hyphen (``Val-d'Oise``), and a capitalised ``D'``/``L'``
    word (``L'Express``, ``D'Alema``) unless what follows the apostrophe is
    a word or name English knows on its own (wordfreq Zipf at least
    ``min_known_zipf``) and a further name follows (``D'Elon Musk``, i.e.
    ``of Elon Musk``). A street word of the source language before the
    elision makes an address (``rue d'Ulm``: ``address_words``), an elided
    word that is no name particle of the source language (``s'``, ``qu'``:
    ``name_particles``) in lower case joins no name whatever stands around
    it (``the ODD s'appuieront``), a capital
    elision inside a sentence starts a name even before a lower-case letter
    (``D'ansembourg``) unless the word it is glued to is a common word of the
    source language and none of the target's (``out of L'hexagone``, ``À
    L'arrivée``: no name is spelt so), and a lower-case elided word kept after a name as
    the source writes it is part of that name (``Société internationale
    d'urologie``), unless the translation rendered the name's head in the
    target language (``the Museum d'Orsay`` for « le musée d'Orsay »: a name
    kept whole keeps its head, Musée d'Orsay). The particle of a person's family name the aligned
    source writes after a title or a given name (« la princesse
    d'Arenberg », « Rodrigue d'Arenberg ») is the name's wherever the
    translation puts it (``the widow of Recherche-action d'Arenberg``; see
    :func:`mtqa.evidence.person_particles`). Quoted elisions count inside speech the system translated
    or reworked (``"We must stop l'escalade"``), as A202's words do; a
    quoted title (``"L'Étranger"``) does not. The suggestion is the English rendering of the
    elided word from the pair's data.

    Example:
        bad: The project was led with NASA and the company SpaceX D'Elon Musk.
        bad: Russia sent l'équipe back to Earth.
        bad: Nothing beats a short trip out of L'hexagone, the historian wrote.
        good: The project was led with NASA and Elon Musk's company SpaceX.
        good: The film won the Palme d'Or at Cannes, said the Quai d'Orsay and L'Express.
    """

    code = "A203"
    name = "source-elision"
    category = "accuracy"
    subcategory = "untranslated"
    severity = Severity.MINOR
    min_known_zipf: float = 3.0
    screen = staticmethod(lambda text: "'" in text or "’" in text)  # an elision needs an apostrophe

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        text = segment.text
        if "'" not in text and "’" not in text:
            return
        ev = Evidence.of(ctx)
        if not ev.select(text, ("A203.elided", ev.source.code, ev.target.code), lambda w: bool(ev.elided_prefix(w))):
            return  # no word has an elided prefix (a token's ``elided``), decided without tokenising
        tokens = ev.tokens(text)
        if sources:  # names the source capitalises stay names here (Quai D'orsay); speech as A202 reads it
            tokens = _speech_unquoted(text, ev.tokens(text, ev.names(source_texts(sources))), sources, ctx)
        gloss_table = ctx.pair.elision_gloss
        for i, tok in enumerate(tokens):
            if not tok.elided or tok.quoted or tok.borrowed or tok.address:
                continue
            body = tok.text[len(tok.elided) + 1:]
            if len(body) < 2:
                continue  # U.S's, O'K: an English possessive or contraction
            prev = tokens[i - 1] if i else None
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if text[:tok.start].rstrip(" ").endswith("-"):
                continue  # Val-d'Oise, Villeneuve-d'Ascq
            if not self._leaked(tokens, i, body, prev, nxt, text, ev, ctx, sources):
                continue
            if not tok.capital and sources and tok.elided.lower() in ev.particles \
                    and in_source_name(text, tok.start, tok.text, joined_sources(sources)):
                continue  # "the Société internationale d'urologie": a name kept as the source writes it
            if sources and tok.text.replace("’", "'").lower() in source_person_particles(
                    ctx, joined_sources(sources)):
                continue  # "Princess d'Arenberg" for « La princesse d'Arenberg »: a family name's particle
            gloss = gloss_table.get(tok.elided.lower())
            suggestion = None
            if gloss and (tok.capital or ev.vote(body)[0] == TARGET):
                if tok.initial and tok.elided[:1].isupper():
                    gloss = gloss[:1].upper() + gloss[1:]
                suggestion = f"{gloss} {body}"
            meaning = f" (“{gloss}”)" if gloss else ""
            yield self.issue(
                segment,
                tok.start,
                tok.end,
                f"{ctx.source.name} elision “{tok.elided}'”{meaning} left in the {ctx.target.name} text.",
                suggestion,
            )

    def _leaked(self, tokens: list[Token], i: int, body: str, prev, nxt, text: str, ev: Evidence, ctx,
                sources: list[Segment]) -> bool:
        tok = tokens[i]
        if prev is not None and prev.text.lower() in ctx.source.word_set("address_words"):
            return False  # rue d'Ulm, place d'Italie: an address is a name
        if tok.elided.islower() and tok.elided not in ev.particles:
            return True  # "the ODD s'appuieront", "Johnson qu'Hurston": only a name particle (d', l') joins a name
        if tok.elided[:1].isupper() and not tok.initial and body[:1].islower():
            # "read D'ansembourg": a capital elision inside a sentence starts a name, unless what it is
            # glued to, written in lower case, is a common word of the source language ("out of
            # L'hexagone" for « l'Hexagone », "À L'arrivée"): a name keeps its own capital (L'Hexagone)
            return _source_common_word(body, ev, ctx)
        if not tok.capital:  # l'équipe, d'origine, unless inside a name (Société d'art lyrique)
            return not tok.in_name
        known_name_follows = (
            ev.target.zipf(body.lower()) >= self.min_known_zipf
            and nxt is not None
            and nxt.capital
            and nxt.vote != SOURCE
            and _JOIN.match(text[tok.end:nxt.start]) is not None
        )
        if tok.elided[:1].isupper() and not tok.initial:
            return known_name_follows  # D'Elon Musk yes; L'Express, D'Alema no
        if tok.elided[:1].isupper():
            return False  # sentence-initial L'Oréal: a name
        after_name = prev is not None and (prev.name_like or prev.capital and _name_as_in_source(prev, tok, text, sources))
        if after_name and prev.capital and sources and _head_translated(prev, tok, ev, ctx, sources):
            return True  # "the Museum d'Orsay" for « le musée d'Orsay »: the name's head translated, its "of" not
        return known_name_follows or not after_name  # "the appraisals d'Adam Jonas" yes; "Palme d'Or" no


def _head_translated(prev: Token, tok: Token, ev: Evidence, ctx, sources: list[Segment]) -> bool:
    """The capitalised word before the elision is the target language's rendering of the head of a source
    name: the aligned source writes the elided word right after a common word of the source language
    (« musée d'Orsay », « Institut d'Études politiques ») that folds unlike ``prev``, and ``prev`` is a
    common word of the target language voting for it (Museum, Institute). The translation rebuilt the name
    around the head and left the source's "of" glued to the rest ("the Museum d'Orsay"): a name kept whole
    keeps its head (Musée d'Orsay, Palme d'Or, Quai d'Orsay), and a name's own particle after a person's
    names or a title (Giscard d'Estaing, « la princesse d'Arenberg ») has no common word before it or is
    read as a family name's (:func:`mtqa.evidence.source_person_particles`)."""
    if prev.vote != TARGET or not ctx.target.is_common_word(prev.text.lower()):
        return False
    body = tok.text[len(tok.elided) + 1:]
    pattern = transient(rf"(?<![\w'’-])([^\W\d_]+)[ \u00a0]{re.escape(tok.elided)}['’]{re.escape(body)}(?![\w'’-])",
                        re.IGNORECASE)
    heads = [m.group(1) for m in pattern.finditer(joined_sources(sources))]
    own = fold(prev.text)
    return bool(heads) and all(fold(h) != own and ctx.source.is_common_word(h.lower()) for h in heads)


def _source_common_word(body: str, ev: Evidence, ctx) -> bool:
    """What follows a capital elision's apostrophe is a common word of the source language and no word of the
    target's: it votes for the source language (:meth:`Evidence.vote`: frequent there, rare in the target),
    the source language's dictionaries list it in lower case and the target's do not (``hexagone``,
    ``arrivée``). A name is spelt with a capital, or, set in lower case by a system, is no common word of
    the source's dictionary (``D'ansembourg``, ``D'estienne``); the common word is the elided noun phrase
    (« l'arrivée », "the arrival") a system capitalised or copied with the capital of a name (« l'Hexagone »),
    left untranslated all the same."""
    low = body.lower()
    return (ev.vote(low)[0] == SOURCE and ctx.source.in_dictionary(low) and ctx.source.is_common_word(low)
            and not ctx.target.in_dictionary(low))


def _name_as_in_source(prev: Token, tok: Token, text: str, sources: list[Segment]) -> bool:
    """``Marina d'Or`` after a semicolon, which leaves no clue that the capital starts a name: the source
    writes the same two words (any apostrophe), so they are a name the translation kept."""
    words = text[prev.start:tok.end].translate(APOSTROPHES)
    return any(words in s.text.translate(APOSTROPHES) for s in sources)


def _lexicon_vote(ctx):
    """Dictionary evidence beside frequencies (``liesse``, ``pari``), see :func:`mtqa.checks.fragments.source_word`."""
    return ctx.resource("A205.lexicon_vote", lambda: _make_lexicon_vote(ctx.source.code, ctx.target.code))


def _make_lexicon_vote(src: str, tgt: str):
    from mtqa.checks.fragments import source_word

    @memoize(SOME_WORDS)  # a pure function of the word: asked again for the same words in every document
    def vote(word: str) -> bool:
        return word[:1].islower() and source_word(word, src, tgt)

    return vote


@register
@record
class UntranslatedWord(SegmentCheck):
    """A source-language word copied unchanged from the source into the translation.

    Why it matters: a word the system could not translate (``the structure
    of défaisance``, ``a rixe broke out``) is passed through, and the
    English reader loses its meaning. A lower-case word counts when the
    aligned source contains it verbatim, it is source-language evidence
    (frequent in the source language, rare in the target one, see
    :mod:`mtqa.evidence`) and it is not a function word, not a borrowed
    phrase, not the rest of a name (``the Commission scolaire``) and not
    quoted, unless the quotation is in the target language (``"It starts to
    puer"``) or in the source language but reworked from the source's speech
    (``"Je ne sais pas quel le prestige ..."`` for « Je ne sais pas quel
    prestige ... »): a title or speech kept in the source language as the
    source writes it is left alone, a word left in speech the system
    translated or rewrote is not.
    Words of fewer than ``min_letters`` letters are skipped, and so are user
    names and hashtags (``@trafic``, ``#rentrée``). Three cases
    frequencies alone miss are counted too: a word only the dictionaries
    call source-language (``liesse``, ``bec``: in the source language's
    Hunspell dictionary, not in the target's), a source function word the
    target language does not write at all (``Some call cela``), and words
    after a common noun the translation capitalised (``the Comité de la
    réglementation bancaire`` where the source writes ``comité``): the
    source says that is no name. A learned word both languages write alike
    (``candidatures``, ``tergiversations``: an ending of the pair data's
    ``shared_words``), listed by every dictionary of the target language and
    kept by translators in the bilingual evidence, is a word of that
    language too, kept by choice, and is not counted; nor is a loanword the
    target language writes with its accents (``régime``, ``fête``, ``séance``:
    a target dictionary lists the accented spelling and every one the plain
    spelling, :func:`accented_loanword`), unless a hyphen joins it to a
    word of the compound the source wrote (``mi-séance``) or the source
    language's dictionary tags it as a grammar word (``voilà``, ``grâce`` of
    the preposition « grâce à »: no language borrows those). Capitalised words
    copied from the source count only where the context says they are no
    name (:mod:`mtqa.checks.copied_capitals`): inside a name the translation
    rebuilt in the target language (``the Community Andine``), a grammar word
    opening a sentence that goes on in the target language (``Malgré the rain``; ``Grâce to the police``, its accents
    kept though English lists grâce and Grace), on their own
    where the source writes them in lower case only, or as a plural common
    noun standing alone (``the Etudiants``). A source complement word the
    target language does not write (``du``, ``des``) between two capitalised
    words that both vote for the target language, as the source writes it,
    is counted too (``the Attorney General du Texas``): names the source
    language wrote (``Rue du Bac``, ``Café du Monde``), one kept whole
    whose words look English (``Place des Arts``, ``the Hotel du Louvre``)
    and a person's particle after a first name (``Laurence des Cars``) are
    not. The same word is counted between a person's names and a body's
    (``Mario Mandzukic du VfL Wolfsburg``, ``Tomas Ferreiro du PRD``,
    ``Fausto Vallejo du Parti``: a common noun no target dictionary lists) and
    after a lower-case word the system translated, before a capitalised
    word of the target language (``the judge du District``): the source's
    "of the". A word right after a person's names (opened by a first name:
    ``Pierre Dubois graphiste``) or a finite verb form right after any name
    (``President Macron annonce``) is no rest of a name and counts; a word of
    the pair data's ``surname_suffixes`` right after a capitalised word
    (``Alexandre Dumas fils``) is how English writes the name and does not.
    A source name copied in lower case (``in amiens-nord``, ``the
    poméranie``), as a system working on lower-cased text leaves a name it
    cannot translate, is counted where the copy is the source language's
    by evidence and no target word (:mod:`mtqa.checks.lowered_names`: not
    « Nice » -> "nice", nor an address or a hashtag); the suggestion is
    the target language's form of the name. A common word the source capitalises on its own (``l'eau de Javel``,
    ``la mi-Octobre``, ``la Tricolore``) and the translation copies in lower case (``javel water``, ``mi-octobre``)
    counts too: the source language's dictionary lists it in lower case, no target dictionary lists it, and the
    frequencies or the dictionary vote call it source-language, so the copy is that word, not a name (a part of a
    longer name, ``Hôtel-Dieu``, ``Éric Blanchet``, stays the name's).

    Example:
        source: La capsule est revenue\\n\\nLa police a dispersé la rixe des étudiants devant le stade en liesse.\\n\\nMarc Lefort du FC Lorient a salué à la mi-Octobre le calme revenu grâce à la police à Amiens-Nord.
        bad: The capsule came back\\n\\nThe police broke up the students' rixe in front of the jubilant stadium.\\n\\nMarc Lefort of FC Lorient praised in mid-October the calm restored thanks to the police in Amiens-Nord.
        bad: The capsule came back\\n\\nThe police broke up the students' brawl in front of the stadium in liesse.\\n\\nMarc Lefort of FC Lorient praised in mid-October the calm restored thanks to the police in Amiens-Nord.
        bad: The capsule came back\\n\\nThe police broke up the brawl of the Etudiants in front of the jubilant stadium.\\n\\nMarc Lefort of FC Lorient praised in mid-October the calm restored thanks to the police in Amiens-Nord.
        bad: The capsule came back\\n\\nThe police broke up "the students' rixe" in front of the jubilant stadium.\\n\\nMarc Lefort of FC Lorient praised in mid-October the calm restored thanks to the police in Amiens-Nord.
        bad: The capsule came back\\n\\nThe police broke up the students' brawl in front of the jubilant stadium.\\n\\nMarc Lefort du FC Lorient praised in mid-October the calm restored thanks to the police in Amiens-Nord.
        bad: The capsule came back\\n\\nThe police broke up the students' brawl in front of the jubilant stadium.\\n\\nMarc Lefort of FC Lorient praised in mid-October the calm restored thanks to the police in amiens-nord.
        bad: The capsule came back\\n\\nThe police broke up the students' brawl in front of the jubilant stadium.\\n\\nMarc Lefort of FC Lorient praised in mid-October the calm restored grâce to the police in Amiens-Nord.
        bad: The capsule came back\\n\\nThe police broke up the students' brawl in front of the jubilant stadium.\\n\\nMarc Lefort of FC Lorient praised in mi-octobre the calm restored thanks to the police in Amiens-Nord.
        good: The capsule came back\\n\\nThe police broke up the students' brawl in front of the jubilant stadium.\\n\\nMarc Lefort of FC Lorient praised in mid-October the calm restored thanks to the police in Amiens-Nord.
    """

    code = "A205"
    name = "untranslated-word"
    category = "accuracy"
    subcategory = "untranslated"
    severity = Severity.MINOR
    requires_source = True
    first_readings = (read_source_votes,)  # asked of every segment
    min_letters: int = 3

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        ev = Evidence.of(ctx)
        text = segment.text
        for c in copied_capitals(segment, sources, ev, ctx):
            why = CAPITAL_WHY[c.context].format(target=ctx.target.name, source=ctx.source.name)
            yield self.issue(segment, c.start, c.end,
                             f"“{c.word}” is a {ctx.source.name} word (“{c.spelled}”) copied from the source, "
                             f"not translated ({why}).", None)
        lowered = set()
        for n in lowered_names(text, sources, ctx.pair):
            lowered.add(n.start)
            # an accent letter alone is shared with other languages' names (Meléndez, Neuquén): no language claimed
            whose = "" if n.evidence == "letter" else f"{ctx.source.name} "
            yield self.issue(segment, n.start, n.end,
                             f"“{n.word}” is the {whose}name “{n.name}” copied from the source in lower "
                             f"case, not written as {ctx.target.name} writes it.", n.suggestion)
        for t in _particles_among_target_words(text, sources, ev, ctx):
            yield self.issue(segment, t.start, t.end,
                             f"“{t.text}” is a {ctx.source.name} word copied from the source (the source's "
                             f"“{t.text}”) between {ctx.target.name} words, not translated.", None)
        lexicon = _lexicon_vote(ctx)
        if not ev.source_votes(text) and not _copied_dictionary_word(text, sources, lexicon, ctx.target, ev):
            return
        tokens = ev.tokens(text)
        target = ctx.target
        source_text = joined_sources(sources)
        speech = _speech_of(text, tokens, source_text, ctx)
        if not any((t.vote == SOURCE or lexicon(t.text)) and (t.counted or t.in_name or t.start in speech)
                   and not t.function and not t.capital or t.function and _foreign_function_word(t, target)
                   for t in tokens):
            return
        roles = [ev.word_roles(s.text) for s in sources]  # the sources' words: their votes are not needed
        source_words = set().union(*(words for words, _, _ in roles))
        # the word after an elision (d'édition), unless the target language's dictionary has it too
        # (l'instauration: English writes instauration)
        source_words |= {w for _, elided, _ in roles for w in elided if not target.in_dictionary(w)}
        names = ev.names(source_texts(sources))
        tokens = ev.tokens(text, _names_kept_as_names(names, text, source_text, ev, lexicon, ctx))
        lower_only = set().union(*(lower for _, _, lower in roles)) - names
        for t, demoted in zip(tokens, _demoted_names(tokens, lower_only)):
            counted = (t.counted or (demoted and not (t.quoted or t.borrowed or t.particle or t.address))
                       or (t.start in speech and not (t.name_like or t.borrowed or t.address)))
            if not counted or t.capital or len(t.text) < self.min_letters:
                continue
            if t.start and text[t.start - 1] in "@#":
                continue  # @trafic, #rentrée: a user name or a hashtag, not prose
            if t.function and not _foreign_function_word(t, target):
                continue
            if not t.function and t.vote != SOURCE and not lexicon(t.text):
                continue
            if not t.function and _shared_word(t.text, ctx):
                continue  # candidatures, tergiversations: a word of both languages, not a copy
            if not t.function and accented_loanword(t.text, ctx.target, ctx.source) \
                    and not _hyphenated(text, t.start, t.end):
                continue  # régime, fête, séance: a loanword the target language writes with its accents
            if t.text.lower() not in source_words:
                continue
            if t.start in lowered:
                continue  # reported above, as the source name it is
            if t.text.lower() in ctx.pair.surname_suffixes and _after_name(text, t.start):
                continue  # "Alexandre Dumas fils": English keeps the word that tells the son from the father
            if in_source_name(text, t.start, t.text, source_text, ev.name_head, ctx.source.is_dictionary_noun,
                              ctx.source.is_finite_verb_form,
                              ev.first_name) \
                    or _acronym_compound(text, t, source_text):
                continue  # "the Société internationale d'urologie": a name kept as the source writes it
            yield self.issue(
                segment,
                t.start,
                t.end,
                f"“{t.text}” is a {ctx.source.name} word copied from the source, not translated.",
                None,
            )


def _names_kept_as_names(names: frozenset, text: str, source_text: str, ev: Evidence, lexicon, ctx) -> frozenset:
    """The source's names (capitalised mid-sentence) that still read as names where the translation writes them in
    lower case: all but the common words of the source language alone (:func:`_source_common_only`).

    Why: a name a system lower-cased (``l'hôtel-dieu`` for ``l'Hôtel-Dieu``) is read as a name, so its words are
    not judged as words; but when the source capitalises a common word on its own (``l'eau de Javel``, ``la
    mi-Octobre``, ``la Tricolore``) and the translation copies it in lower case (``javel water``, ``the
    mi-octobre``), the copy is that word left untranslated: the source language's dictionary lists it as a common
    word, no dictionary of the target language lists it, and the word frequencies or the dictionary vote call it
    source-language. No list of words is read: the dictionaries and frequencies decide. A word the source joins
    by hyphens to another capitalised word (``Hôtel-Dieu``, ``Amiens-Nord``, ``Jean-Pierre``, ``Pont-de-Buis``),
    or writes beside one as part of a longer name (:func:`_capital_alone`: ``Éric Blanchet``, ``Commandeur de
    l'Ordre``), stays a name: a lower-case copy writes that name in the wrong case (:mod:`mtqa.checks.lowered_names`
    reads it) but leaves no word untranslated. Measured on WMT12/13 (``bench/recall_wmt.py``): French leftover
    hits 3,010 -> 3,014 of 3,101, no newstest reference flag added."""
    if not names:
        return names
    lowered = names.intersection(ev.lower_bodies(text))
    if not lowered:
        return names
    common = [w for w in lowered if _source_common_only(w, ev, lexicon, ctx.source, ctx.target)]
    if common and "-" in source_text:
        in_compounds = _capitalised_compound_parts(source_text)
        common = [w for w in common if w not in in_compounds]
    if common:
        common = [w for w in common if _capital_alone(w, source_text, ctx.source)]
    return names.difference(common) if common else names


def _capital_alone(word: str, source_text: str, source) -> bool:
    """Every capitalised writing of ``word`` in the source stands alone: no capitalised word but a determiner
    before it (``Éric Blanchet``: a surname after a first name), no capitalised word or code after it (``l'immeuble
    Fructidor D2``), and no complement particle and capitalised word after it (``Commandeur de l'Ordre des Arts``,
    the head of a title's or a body's name: the source language's ``complement_particles``). Such a word is a
    common word the source capitalised (``l'eau de Javel``, ``la Tricolore``), not a part of a longer name."""
    determiners = source.word_set("determiners")
    particles = source.word_set("complement_particles")
    articles = source.word_set("place_articles")
    for m in re.finditer(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", source_text, re.IGNORECASE):
        if not source_text[m.start()].isupper():
            continue
        before = _WORD_BEFORE.search(source_text, max(0, m.start() - 80), m.start())
        if before and before.group(1)[:1].isupper() and before.group(1).lower() not in determiners:
            return False
        after = _PIECES_AFTER.findall(source_text, m.end(), m.end() + 80)
        if after and (after[0][:1].isupper() or after[0][:1].isdigit()):
            return False  # Fructidor D2, Blanchet Dupont: the rest of the name
        if after and after[0].lower().rstrip("'’") in particles:
            rest = after[1:]
            while rest and rest[0].lower().rstrip("'’") in articles:
                rest = rest[1:]
            if rest and rest[0][:1].isupper():
                return False  # Commandeur de l'Ordre: the head of a longer name
    return True


_WORD_BEFORE = re.compile(r"([^\W_][\w]*)[ \u00a0]+$")
"""The word right before a place, a space or more away (searched with an end)."""
_PIECES_AFTER = re.compile(r"(?<=[ \u00a0'’])[^\W_]+['’]?|(?<=[^ \u00a0'’])[^\w \u00a0]")
"""The pieces after a place: a word after a space or an elision (its own elision kept: ``d'``), or a mark (``,``)
that ends the name there (searched from the word's end, over a short stretch)."""


_HYPHENATED = re.compile(r"(?<![\w-])[^\W\d_]+(?:['’][^\W\d_]+)?(?:-[^\W\d_]+(?:['’][^\W\d_]+)?)+(?![\w-])")
"""Words of letters joined by hyphens (an elided part kept: ``Saint-Jean-d'Angély``)."""


def _capitalised_compound_parts(text: str) -> frozenset:
    """The parts, lower-cased and without an elided particle, of the hyphenated words of ``text`` that have two
    capitalised parts or more (``Hôtel-Dieu``, ``Pont-de-Buis``): names, whichever part a copy lower-cases."""
    out = set()
    for m in _HYPHENATED.finditer(text):
        parts = [p.replace("’", "'").rpartition("'")[2] for p in m.group().split("-")]
        if sum(1 for p in parts if p[:1].isupper()) >= 2:
            out.update(p.lower() for p in parts)
    return frozenset(out)


def _source_common_only(word: str, ev: Evidence, lexicon, source, target) -> bool:
    """Lower-case ``word`` is a common word of the source language's dictionary (its lower-case form listed, not only
    a proper noun), no word of any dictionary of the target language, and its frequencies vote for the source
    language (:meth:`Evidence.vote`) or the dictionary vote does (``lexicon``, :func:`_lexicon_vote`: ``tricolore``,
    ``anthropologie``, which English news writes too, rarely): a copy of it in lower case is that common word, not
    a name. Each test is memoized where it is kept (the votes' table, the dictionaries' word tables, the dictionary
    vote's): no table of its own here."""
    return (source.has_dictionary and target.has_dictionary and source.is_common_word(word)
            and not target.in_dictionary(word) and (ev.vote(word)[0] == SOURCE or lexicon(word)))


def _foreign_particles(target, source) -> set[str]:
    """The source's ``complement_words`` of two letters or more that are no common word of the target language
    (du, des: not English). A constant of the installed data, kept compiled by :func:`_particles_among_target_words`
    (:func:`mtqa.langs.kept.pair_word_set`): ``du`` and ``des`` are no English stems, and asking the dictionaries
    about them built both English affix tables on a one-line check."""
    return {w for w in source.word_set("complement_words") if len(w) > 1 and not target.is_common_word(w)}


def _particles_among_target_words(text: str, sources: list[Segment], ev: Evidence, ctx) -> list[Token]:
    """A source complement word the target language does not write (``complement_words`` that are no common
    word of it: du, des) left between two capitalised words that both vote for the target language ("the
    Attorney General du Texas", "Bank du Canada"), where the aligned source writes it too: the translation
    put the title or name around it into the target language and kept the source's "of". A name the
    source language wrote stays clean, as one of its words around the particle votes for it or for
    neither (Rue du Bac, Café du Monde, Institut du Nouveau), and so does a person's particle after a first
    name of either language (Laurence des Cars). Two more contexts say the particle is "of the", whatever
    the words' votes, where the source writes the particle before the same word: after a person's names
    before a body's name (:func:`_of_the_after_a_person`) and after a lower-case word the system
    translated (:func:`_of_the_after_a_translated_noun`). A quoted particle counts only inside a quotation
    the system translated (:func:`_translated_quotes`), as A205's other words do."""
    particles = pair_word_set("foreign-particles", _foreign_particles, ctx.target, ctx.source)
    if not sources or particles.isdisjoint(ev.words(text)) or not any(f" {p} " in text for p in particles):
        return []  # a particle between two spaces is a word of the text's split: one set test first
    source_words = set(LETTERS_RE.findall(" ".join(s.text.lower() for s in sources)))
    tokens = ev.tokens(text)
    # quoted words are read as the rest of A205 reads them: inside speech the system translated, not in a
    # title or words cited in the source language (“the Attorney General du Texas resigned”)
    source_text = joined_sources(sources)
    speech = _speech_of(text, tokens, source_text, ctx)
    found = []
    for k in range(1, len(tokens) - 1):
        before, t, after = tokens[k - 1], tokens[k], tokens[k + 1]
        if t.text not in particles or (t.quoted and t.start not in speech) or t.borrowed or t.address \
                or text[before.end:t.start] != " " or text[t.end:after.start] != " ":
            continue
        if t.text not in source_words:
            continue
        if _of_the_after_a_person(tokens, k, text, ev, ctx.target) and _copied_after(tokens, k, source_text) \
                or _of_the_after_a_translated_noun(tokens, k, source_text, ctx):
            found.append(t)  # "Tomas Ferreiro du PRD", "the judge du District": the source's "of the"
            continue
        if not (before.capital and after.capital and before.vote == TARGET and after.vote == TARGET) \
                or fold(before.text) in ctx.pair.first_names_folded:
            continue  # Laurence des Cars: a person's name particle after a first name
        if _name_copied_whole(text, tokens, k, source_text, ctx):
            continue  # Place des Arts, the Hotel du Louvre: the source's own name, kept as it is written
        found.append(t)
    return found


def _copied_after(tokens: list[Token], k: int, source_text: str) -> list[str]:
    """The words the source writes right before the particle ``tokens[k]`` where it is followed by the same
    word as in the translation, folded: empty where the source never writes the two together."""
    particle, after = tokens[k].text.lower(), fold(tokens[k + 1].text)
    words = LETTERS_RE.findall(source_text)
    return [fold(words[i - 1]) for i in range(1, len(words) - 1)
            if words[i].lower() == particle and fold(words[i + 1]) == after]


def _of_the_after_a_person(tokens: list[Token], k: int, text: str, ev: Evidence, target) -> bool:
    """The particle ``tokens[k]`` right after a person's names, before a body's name: "Fausto Vallejo du
    Parti …", "Fausto Vallejo du PRI", "Mario Mandzukic du VfL Wolfsburg" are the source's "of the" (the
    person's party or club) left in French. A person's names are a run of capitalised words with a first
    name of either language's table before its last word, which is none (a surname): after a first name
    the particle is the person's own (Joachim du Bellay, Pierre Samuel du Pont). The word after is then a
    body's: an acronym or a word with a capital inside (PRI, VfL), or a common word of the source language
    capitalised (Parti, Mouvement) after a surname that is no common word itself (Jean Baptiste Point du
    Sable is one name); a surname (du Maurier, du Guesclin) is neither. Where no first name
    of the tables opens the run, two capitalised words, the second no common word of either language (a
    surname), stand for the person's names, and an acronym or inner capital after the particle says it is
    a body, or a common noun of the source language that no dictionary of the target language lists
    (Parti, Mouvement: "Fausto Vallejo du Parti", a first name the tables lack; Sable, an English word too,
    is none)."""
    before, after = tokens[k - 1], tokens[k + 1]
    if not (before.capital and after.capital) or before.quoted or after.quoted or ev.first_name(before.text):
        return False
    first = k - 1
    while first > 0 and tokens[first - 1].capital and text[tokens[first - 1].end:tokens[first].start] == " ":
        first -= 1
    if first == k - 1:
        return False
    word = after.text
    body = (len(word) > 1 and word.isupper()) or any(c.isupper() for c in word[1:])
    if any(ev.first_name(t.text) for t in tokens[first:k - 1]):
        return body or (ev.source.is_common_word(word) and not ev.first_name(word)
                        and not (ev.source.is_common_word(before.text) or target.is_common_word(before.text)))
    # ... or a common noun of the source language that the target language does not write at all (Parti,
    # Mouvement: no English surname nor word), after a first name the tables lack (Fausto Vallejo du Parti)
    # and where the two words before it are plain names, neither a common word nor elided (the Comité National
    # d'Ethique du Funéraire is a body's name the source wrote whole)
    foreign_noun = (ev.source.is_common_word(word) and not target.in_dictionary(word.lower())
                    and not ev.first_name(word)
                    and not any(t.elided or ev.source.is_common_word(t.text) or target.is_common_word(t.text)
                                for t in tokens[k - 2:k]))
    return (body or foreign_noun) and not tokens[k - 2].initial and not (ev.source.is_common_word(before.text)
                                                                         or target.is_common_word(before.text))


def _of_the_after_a_translated_noun(tokens: list[Token], k: int, source_text: str, ctx) -> bool:
    """The particle ``tokens[k]`` between a lower-case word the system translated and a capitalised word
    that is a common word of the target language too: "the judge du District" for « le juge du District »
    kept the source's "of the". The source writes the particle before the same word, but after another
    word than the translation's (juge, not judge): where it writes the same one, the phrase was copied
    whole, as English borrows some (chef du Cabinet). A surname after the particle (the captain du Plessis,
    the flanker du Toit) is no common word of the target language and stays clean."""
    before, after = tokens[k - 1], tokens[k + 1]
    if before.capital or before.function or before.quoted or before.vote != TARGET or not after.capital \
            or after.quoted or not ctx.target.is_common_word(after.text):
        return False
    heads = _copied_after(tokens, k, source_text)
    return bool(heads) and fold(before.text) not in heads


def _name_copied_whole(text: str, tokens: list[Token], k: int, source_text: str, ctx) -> bool:
    """A name of the source language the translation kept whole around the particle ``tokens[k]``: the
    capitalised words around it (both runs, a leading function word of the target left out) are written
    so in the source, folded, and the word before the particle is, as the source spells it, a common word
    of the source language (Place des Arts, the Hotel du Louvre for Hôtel du Louvre, Festival des Films du
    Monde), or the source wrote it without its accents and every word of the name before the particle is
    such a word once they are put back (Hotel du Louvre for Hotel du Louvre): English news keeps many
    such names of places and events. "Attorney General du Texas" stays
    reported even where a French source writes it so, as "General" is no French word (général), and so
    does "Chris Murphy du Connecticut" (a surname, then the source's "of" a place); "Bank du Canada" is
    no copy of "Banque du Canada"."""
    def joined(a: Token, b: Token) -> bool:
        return text[a.end:b.start] == " " and a.capital and b.capital

    first, last = k - 1, k + 1
    while first > 0 and joined(tokens[first - 1], tokens[first]):
        first -= 1
    while last + 1 < len(tokens) and joined(tokens[last], tokens[last + 1]):
        last += 1
    function_words = ctx.target.word_set("function_words")
    while first < k - 1 and tokens[first].text.lower() in function_words:
        first += 1  # "The Restaurant du Village": the target's article is no part of the name
    name = fold(text[tokens[first].start:tokens[last].end])
    if not transient(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])").search(fold(source_text)):
        return False
    head, particle = fold(tokens[k - 1].text), tokens[k].text
    words = LETTERS_RE.findall(source_text)
    for i, w in enumerate(words[:-1]):
        if fold(w) != head or words[i + 1].lower() != particle:
            continue
        if ctx.source.is_common_word(w):
            return True
        # "Hotel du Louvre" in a source that drops the accent: a word of the source language spelled without
        # it, when every word of the name before the particle is one ("Attorney General du Texas" is not)
        if all(_source_name_word(t.text, ctx.source, ctx.target) for t in tokens[first:k]):
            return True
    return False


NAME_WORD_MAX_GAP = 1.0
"""A word of a name kept whole may be this much more frequent (Zipf) in the target language than its
source-language spelling is in the source language: Hotel/hôtel, General/général are even; Attorney
(English 4.7, French 2.6) is the target's word."""


def _source_name_word(word: str, source, target) -> bool:
    """``word`` is a common word of the ``source`` language once its accents are put back, by the most
    frequent spelling the word frequencies give for its letters (``Hotel`` -> hôtel, ``Theatre`` ->
    théâtre: sources drop accents on capitals and in names), and no more the ``target`` language's
    than the source's by ``NAME_WORD_MAX_GAP``."""
    spelled = source.common_spelling(word)
    return bool(spelled) and target.zipf(word.lower()) - source.zipf(spelled) < NAME_WORD_MAX_GAP


SPEECH_MIN_TARGET_WORDS = 2
"""A quotation needs at least this many target-language words, more than its source-language ones,
to be read as speech the system translated rather than a title or words cited in the source language."""


SPEECH_KEPT = 16
"""Readings of :func:`_speech_of` kept: the checks reading one segment ask within a few calls."""


def _speech_of(text: str, tokens: list[Token], source_text: str, ctx) -> set[int]:
    """:func:`_translated_quotes` of ``text`` read once for the checks that ask it of one segment (A202 on
    the plain and the name-marked tokens, A203, A205 and its particles: five readings of a quoted
    segment). The tokens' reading of quotations (start, end, vote, quoted) is part of the key, so the
    name-marked tokens share the plain ones' answer only when they read alike. Callers must not change
    the set returned."""
    if not any(t.quoted for t in tokens):
        return set()
    key = (text, source_text, tuple((t.start, t.end, t.vote, t.quoted) for t in tokens))
    memo = ctx.resource("A20x.speech", dict)
    hit = memo.get(key)
    if hit is None:
        if len(memo) >= SPEECH_KEPT:
            memo.clear()
        hit = memo[key] = _translated_quotes(text, tokens, _lexicon_vote(ctx), source_text)
    return hit


def _translated_quotes(text: str, tokens: list[Token], lexicon, source_text: str) -> set[int]:
    """The starts of the words of ``text`` inside quotations written in the target language: more
    words voting for it (at least ``SPEECH_MIN_TARGET_WORDS``) than for the source language or only in
    its dictionary. Quoted words are left alone because a quotation may be a title or speech kept in
    the source language (``'La Cantatrice chauve'``), but inside translated speech (``"It starts to
    puer"``, ``a "gimmick of labo"``) a source word is one the system left untranslated like any other;
    so is one in a quotation the system translated in part, with a target-language word for each
    source-language one (``"oiseaux problem"``, ``'conteur fuss'``): a title or a term cited in the source
    language has no target-language word.
    A quotation inside translated speech (``"We sang 'Ne me quitte pas' all night"``) is judged on its
    own words: a title cited within speech stays a title. A quotation the source writes word for word
    (``"Merci beaucoup, thank you very much"``, a bilingual speaker or a song) was not translated but
    kept as spoken, and is left alone too; one the system reworked in the source language
    (:func:`_reworked_source_speech`) is untranslated speech, read like translated speech."""
    if not any(t.quoted for t in tokens):
        return set()
    out: set[int] = set()
    # a stack of quotations to judge, not a nested function calling itself: such a function is a reference
    # cycle (it holds its own cell), freed only by the cyclic collector with the segment's tokens it holds
    todo = list(reversed(quote_spans(text)))
    while todo:
        a, b = todo.pop()
        # the quotation marks are one character each: the nested quotations lie between them
        nested = [(a + 1 + x, a + 1 + y) for x, y in quote_spans(text[a + 1:b - 1])]
        own = [t for t in tokens if a <= t.start and t.end <= b and not _in(t, nested)]
        ours = sum(t.vote == TARGET for t in own)
        theirs = sum(t.vote == SOURCE or (t.vote != TARGET and lexicon(t.text)) for t in own)
        # translated speech: target words outnumber the source's, at least SPEECH_MIN_TARGET_WORDS of them when
        # none votes for the source; or half translated, a target word for each source word at least ("oiseaux
        # problem", "a gizmo of labo"): a title or a term cited in the source language has none
        speech = ours >= theirs and (theirs > 0 or ours >= SPEECH_MIN_TARGET_WORDS)
        if (speech or theirs >= ours and _reworked_source_speech(text[a:b], source_text)) \
                and not quote_copied(text[a:b], source_text):
            out.update(t.start for t in own)
            todo.extend(reversed(nested))
    return out


REWORKED_MIN_WORDS = 4
"""A source-language quotation needs at least this many words to be judged as reworked speech: a shorter
one is a title or a cited phrase, whose small changes (an article, a case) say nothing."""
REWORKED_SOURCE_SHARE = 0.5
"""At least this share of a reworked quotation's words are the aligned source's: the system kept the
source's speech, not a quotation of its own."""


_ELIDED = re.compile(r"\[[^\]]*\]|\(\s*(?:\.\.\.|…)\s*\)|\.\.\.|…")
"""What an editor cuts a quotation with or adds to it: an ellipsis, bare or in brackets, and words in square
brackets ("[the minister]", "[sic]"); what stands between them is the speaker's own."""


def _reworked_source_speech(quotation: str, source_text: str) -> bool:
    """A quotation in the source language that renders the source's speech but not as the source writes
    it, even with case, accents and apostrophes set aside: most of its words (``REWORKED_SOURCE_SHARE``)
    are the source's, yet the system reordered, dropped or added some (« L'UBS a réussi le Turnaround »
    -> "L'UBS le Turnaround réussi"; « Je ne sais pas quel prestige … » -> "Je ne sais pas quel le
    prestige …"). A title or speech kept on purpose is copied as it stands, so the change shows the
    system processed the quotation and left it in the source language: untranslated speech, whose
    source words count like any other. A quotation in which the source's own words are few is the
    translation's own (a title in the source language it cites, a slogan), and stays a quotation."""
    words = LETTERS_RE.findall(fold_text(quotation))
    if len(words) < REWORKED_MIN_WORDS:
        return False
    folded = fold_text(source_text)
    source_words = LETTERS_RE.findall(folded)
    joined = f" {' '.join(source_words)} "
    pieces = [LETTERS_RE.findall(fold_text(piece)) for piece in _ELIDED.split(quotation)]
    if all(f" {' '.join(piece)} " in joined or _joined_stretches(piece, folded) for piece in pieces if piece):
        return False  # the source's words in the source's order: "Crime et Châtiment" cited as "Crime et
        # châtiment", speech shortened by an ellipsis or set with an editor's [words] ("Je ne sais pas [...]
        # il en retire"), or joined from the source's quotations ("Nous ne céderons pas, ni aujourd'hui ...")
    known = set(source_words)
    return sum(w in known for w in words) >= REWORKED_SOURCE_SHARE * len(words)


QUOTE_STRETCH_MIN_WORDS = 3
"""The least words of each stretch of the source's quotations a quotation joins up (« Nous ne céderons
pas », a-t-il dit, « ni aujourd'hui ni demain » -> "Nous ne céderons pas, ni aujourd'hui ni demain")."""
_QUOTE_MARKS = "\"“”«»„"
_STRETCH_STEPS = 20_000
"""The most word comparisons :func:`_joined_stretches` makes (a quotation of a few dozen words takes
hundreds), so a long repetitive segment stays linear."""


def _joined_stretches(words: list[str], source_text: str) -> bool:
    """``words`` join stretches of the source's words (``source_text`` folded), each of at least
    ``QUOTE_STRETCH_MIN_WORDS`` words, in the source's order, and what they leave out of the source between
    two of them crosses a quotation mark: the writer joined two of the source's quotations and left out the
    words between them (« Nous ne céderons pas », a-t-il dit, « ni aujourd'hui ni demain »), each as spoken.
    A system that reworks speech drops or moves words inside one quotation. Stretches are taken greedily."""
    spans = list(LETTERS_RE.finditer(source_text))
    source_words = [m.group() for m in spans]
    where: dict[str, list[int]] = {}
    for k, w in enumerate(source_words):
        where.setdefault(w, []).append(k)
    i, after, budget = 0, None, _STRETCH_STEPS
    while i < len(words):
        best, end = 0, 0
        for k in where.get(words[i], ()):
            if after is not None and (k < after or not any(
                    ch in _QUOTE_MARKS for ch in source_text[spans[after - 1].end():spans[k].start()])):
                continue
            n = 1
            while i + n < len(words) and k + n < len(source_words) and source_words[k + n] == words[i + n]:
                n += 1
            budget -= n
            if budget < 0:
                return False  # a repetitive text's many candidate stretches: left to the share test
            if n > best:
                best, end = n, k + n
        if best < QUOTE_STRETCH_MIN_WORDS:
            return False
        i, after = i + best, end
    return True


def _in(t: Token, spans: list[tuple[int, int]]) -> bool:
    return any(a <= t.start and t.end <= b for a, b in spans)


_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*) $")
"""The word right before the one being read, one space between."""


def _after_name(text: str, start: int) -> bool:
    """The word before ``start`` is capitalised, one space between (« Dumas fils »)."""
    m = _WORD_BEFORE.search(text, 0, start)
    return m is not None and m.group(1)[0].isupper()


def _shared_word(word: str, ctx) -> bool:
    """A learned word both languages write alike (``candidatures``, ``tergiversations``: an ending of
    the pair's ``shared_words``) that every installed dictionary of the target language lists and
    that the bilingual evidence shows translators keep: the translator kept a word of the target
    language. The dictionaries alone are no such evidence: British lists hold French loans a
    translation rarely means (``homme``, ``couloirs``), American ones rare words (``sud``, ``dit``),
    both list short words that are French left in (``plait``, ``belles``, ``rappel``) and learned
    words whose sense in the target language is another (``exploitations`` for farms,
    ``inculpation`` for a charge); the lexical model and FreeDict render ``natation`` and
    ``annulation`` by other words."""
    dictionaries = ctx.target.dictionaries
    if not word.endswith(ctx.pair.shared_suffixes) or len(dictionaries) < 2:
        return False
    if not all(d.lookup(word) for d in dictionaries):
        return False
    return _kept_by_translators(word.lower(), ctx.source.code, ctx.target.code)


def _hyphenated(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` is joined by a hyphen to another word (mi-séance): a compound copied from
    the source, which the loanword alone does not make a word of the target language."""
    return (start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()) \
        or (end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha())


@memoize(SOME_WORDS)
def accented_loanword(word: str, target, source=None) -> bool:
    """A word with accent letters that the target language borrowed and may write with them (``régime``,
    ``fête``, ``séance``, ``rôle``): a dictionary of the target language lists the accented spelling and
    every one of its dictionaries lists the spelling without accents as a common word (regime, fete,
    seance). The accented spelling alone is no such evidence: British lists hold ``déjà`` and ``né``,
    which English writes only in borrowed phrases (déjà vu), and no American list has ``deja``; the
    unaccented spelling alone is none either (``côté``, whose cote is another English word, is in no
    English list with its accents). "Every" needs two dictionaries at least, as :func:`_shared_word`'s
    evidence does: a British list alone holds ``deja`` beside ``déjà``, so with it alone déjà would pass.
    A grammar word of the ``source`` language's dictionary (``voilà``; ``grâce``, of the preposition « grâce
    à ») is no loanword whatever the target's lists hold: a language borrows nouns and adjectives, and
    English writes these only inside borrowed phrases (coup de grâce), which are read as such before."""
    bare = fold(word)
    if bare == word.lower() or len(target.dictionaries) < 2:
        return False
    low = word.lower()
    if source is not None and source.is_dictionary_grammar_word(low):
        return False
    return any(d.lookup(low) for d in target.dictionaries) and all(d.lookup(bare) for d in target.dictionaries)


DOMINANT_SHARE = 0.5
"""A lexical-model translation carrying at least this share of a source word's links is its usual rendering."""


@memoize(WORDS)
def _kept_by_translators(word: str, src: str, tgt: str) -> bool:
    """The bilingual evidence translates the source word by itself: the lexical model lists the word
    among its translations and its dominant translation (when one carries ``DOMINANT_SHARE``) is no
    other word, or FreeDict lists the word itself among its translations. No evidence is no licence:
    a word neither knows is counted as the source's."""
    from mtqa.langs import freedict
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.meaning.tokens import stem

    model = load_lexmodel(src, tgt)
    if model is not None:
        own = stem(word, tgt)
        top = model.dominant(stem(word, src), DOMINANT_SHARE)
        if top is not None and top.stem != own:
            return False
        if any(t.stem == own and t.count > 0 for t in model.translations(stem(word, src))):
            return True
    pair = freedict.pair_name(src, tgt)
    for form in dict.fromkeys((word, word[:-1] if word.endswith("s") else word)):
        found = freedict.lookup(form, pair)
        if found:
            return form in found
    return False


_ACRONYM_JOINED_RE = re.compile(r"(?<![\w-])[A-Z][A-Z&]+-$")


def _acronym_compound(text: str, t: Token, source: str) -> bool:
    """A word hyphen-joined to an acronym, written so in the source: the name of an organisation
    (``FO-pénitentiaire``, a trade union's section, ``CGT-finances``), kept as it calls itself."""
    m = _ACRONYM_JOINED_RE.search(text, max(0, t.start - 12), t.start)
    return m is not None and (m.group() + t.text) in source


FOREIGN_FUNCTION_MAX_ZIPF = 3.0
"""A source function word rarer than this in the target language, and absent from its dictionary, is no
target word in any sense (``cela``, ``cette``); ``des``, ``une``, ``du`` (Des Moines, Ma du Canada) are
frequent in English names and stay with the phrase check (A202)."""


def _foreign_function_word(t: Token, target) -> bool:
    """A source-language function word that the target language does not write at all (``Some call cela``)."""
    low = t.text.lower()
    return (not t.elided and len(low) > 2 and target.zipf(low) < FOREIGN_FUNCTION_MAX_ZIPF
            and not target.in_dictionary(low) and not target.is_common_word(low))


def _copied_dictionary_word(text: str, sources: list[Segment], lexicon, target, ev: Evidence) -> bool:
    """A lower-case word of the text, also in the source, that only the dictionaries call source-language
    (``liesse``, ``bec``): word frequencies alone, which the cheap screen reads, do not vote for it.
    Words voting for the target language never are (the dictionary vote asks the same of frequencies).
    A word the source writes after an elision (``d'Anthropologie``) is in the source too, as the check reads it,
    unless the target language's dictionary has it, in lower case or capitalised (English writes ``instauration``,
    and British ``Islamisation``).
    The per-word part of the test is decided once per word (:meth:`Evidence.select`), so the usual
    segment, with no such word, costs a few set operations."""
    if not sources:
        return False

    def candidate(w: str) -> bool:
        return (w[:1].islower() and len(w) > 2 and ev.vote(w)[0] != TARGET
                and target.zipf(w) < LEXICON_MAX_TARGET_ZIPF)

    words = ev.select(text, ("A205.copied", ev.source.code, target.code, LEXICON_MAX_TARGET_ZIPF), candidate)
    if not words:
        return False
    joined = joined_sources(sources)
    if "Σ" not in joined:  # (a final sigma lower-cases by its neighbours: no substring test then)
        lowered = joined.lower()
        if not any(w in lowered for w in words):
            return False  # a word of the sources lower-cased is a substring of them lower-cased: none is copied
    copied = words.intersection(frozenset().union(*(ev.lower_words(s.text) for s in sources)))
    if any(lexicon(w) for w in copied):
        return True
    # the word after an elision of the source (d'Anthropologie), as the check's own loop reads the source's words
    elided = words.intersection(frozenset().union(*(ev.word_roles(s.text)[1] for s in sources)))
    return any(lexicon(w) for w in elided
               if not (target.in_dictionary(w) or target.in_dictionary(w[:1].upper() + w[1:])))


LEXICON_MAX_TARGET_ZIPF = 3.5
"""Dictionary evidence alone opens a segment only for words the target language meets less than
about three times in a million words: more frequent ones (``mai``, a name in English too) need a
frequency vote beside them."""


def _demoted_names(tokens: list[Token], lower_only: set[str]) -> list[bool]:
    """Name continuations whose head the source writes in lower case only.

    The translation capitalised a common noun of the source (``du comité de la réglementation
    bancaire`` -> "the Comité de la réglementation bancaire"): what follows it is not the rest of a
    name but source text."""
    out = []
    demoted = False
    for t in tokens:
        if t.capital and not t.initial:
            body = t.text[len(t.elided) + 1:] if t.elided else t.text
            demoted = body.lower() in lower_only
        elif not t.in_name:
            demoted = False
        out.append(demoted and t.in_name)
    return out
