"""T105's readings of a source name as a common verb or noun of the source language (« Marche » read
as "walks", a bare noun name translated): the names such a reading may take and the target words it gives.

Only :mod:`~mtqa.checks.name_swaps.translated_as_words` (T105) uses them; they are kept apart from it so that
no module of the family passes ~1,200 lines.
"""
from __future__ import annotations

import re
from typing import Iterator

from mtqa.checks.name_swaps.likeness import name_present, read_text
from mtqa.checks.name_swaps.name_words import (after_common_noun, name_of_both, name_words, read_as_verb, verb_name_at,
                                               verb_stems, within_sentence, word_before)
from mtqa.checks.names import name_titles
from mtqa.langs import at_sentence_start, fold
from mtqa.langs.cache import SOURCE_MEMO
from mtqa.limits import LOOKBACK
from mtqa.model import Segment, joined_sources
from mtqa.names.mentions import TextWords, text_words
from mtqa.words import CAPITAL_WORD_JUST_AFTER_RE, CAPITAL_WORD_JUST_BEFORE_RE, LETTERS_RE


def word_translations(word: str, pair: str, common: bool = False, named: bool = False) -> frozenset[str]:
    """The one-word bilingual dictionary translations of ``word``, lower case, other than the word itself;
    with ``common``, only those the dictionary writes in lower case: a capitalised one is the word's sense
    as a name (inde: India), the target's own name for it, no common word put in its place; with ``named``,
    only those capitalised ones."""
    from mtqa.langs import freedict

    return frozenset(t.lower() for t in freedict.lookup(word.lower(), pair)
                     if t.isalpha() and t.lower() != word.lower() and not (common and not t.islower())
                     and not (named and t.islower()))


def _verb_names(src_text: str, ctx) -> tuple[tuple[int, int, str], ...]:
    """(start, end, word) of each name word of ``src_text`` (:func:`name_words`: capitalised mid-sentence,
    or after an elided word) whose letters the source dictionary reads, in lower case, as a verb (its
    infinitive or a finite form: ``gausse`` of *se gausser*, ``riva`` of *river*, ``trier``) and as no
    noun (:func:`read_as_verb`), for :func:`_verb_names_translated`. A first name of the source's table is
    left to the first-name reading, and so is a word right after a lower-case noun of the source
    dictionary (:func:`after_common_noun`). Kept per source text (run memo).

    Why verbs only: a capitalised noun mid-sentence is often a name's generic word that a translation
    renders (``la Commission``, ``la Cité``: the Committee, the City), but the source language never
    capitalises a verb mid-sentence; the capital makes it a name, and a system that translates it has
    read the name as a word (``avec Gausse`` -> "with Mocks", ``Lars von Trier`` -> "Lars von Sort").

    The name words are read only where the text's one split (:func:`~mtqa.names.mentions.text_words`) has a
    word :func:`read_as_verb` accepts (:func:`_may_read_as_verb`), and from that split, not a second one.
    Why: on WMT14's 3,003 sources each was split again and its name words read, for the few that hold such
    a word; the screen is a necessary condition, so the answer is the same."""
    def build() -> tuple:
        src = ctx.source
        split = text_words(src_text, ctx)
        if not _may_read_as_verb(split, src):
            return ()
        return tuple((s, e, w) for s, e, w in name_words(src_text, src, split)
                     if verb_name_at(src_text, s, w, src, ctx.target))

    return ctx.memo("T105.verb_names", (src_text, ctx.source.code, ctx.target.code), build, bound=SOURCE_MEMO)


def _may_read_as_verb(split: TextWords, src) -> bool:
    """False when no name word of the split's text (:func:`name_words`) can be one :func:`read_as_verb`
    accepts: each name word is a :attr:`~mtqa.words.TextWords.capital` word of the split opening with a
    capital, or the part of one after an elided word's apostrophe (``d'Hagman``), and none of those is a
    word the source dictionary reads as a verb only. A text whose split has a word with two apostrophes
    (``chained``: :func:`name_words` reads it with ``_WORD``) is not screened."""
    if split.chained:
        return True
    words = split.words
    for k in split.capital:
        w = words[k]
        if not w[:1].isupper():
            head, _, rest = w.replace("’", "'").partition("'")
            if not rest[:1].isupper():
                continue
            w = w[len(head) + 1:]
        if len(w) >= 4 and w[1:].islower() and read_as_verb(w, src):
            return True
    return False


def _lost_name_words(segment: Segment, src_text: str, names: tuple[tuple[int, int, str], ...],
                     ctx) -> list[tuple[int, int, str]]:
    """The (start, end, word) of ``names`` (name words of the source text ``src_text``) that the translation
    ``segment`` neither writes nor spells alike, none where it is a headline in title case (every word has a
    capital there, so a capital says nothing): the names T105's two readings of a name translated as a word
    look for a rendering of (:func:`_verb_names_translated`, :func:`_noun_names_translated`).

    The headline test is imported past the first return: a function's ``from`` import costs ~4 us here (the
    module's missing ``__path__`` raises inside the import), and nearly every pair returns there."""
    if not names:
        return []
    from mtqa.segment import headline_like

    target_words = read_text(segment.text, ctx, ctx.target.code)
    lost = [(s, e, w) for s, e, w in names if fold(w) not in target_words.folded and not name_present(w, target_words)]
    return [] if not lost or headline_like(segment, ctx.target) else lost


def _verb_names_translated(segment: Segment, sources: list[Segment], ctx) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, target word, source name) where a name the source language reads as a verb
    (:func:`_verb_names`) is lost from the translation and the word alignment would link it, through the
    lexical model (a ``lexicon`` link: the model's translation of the verb, the first in the model's order,
    read from the model without aligning the sentence), to a capitalised word
    mid-sentence that the target dictionary knows as a common word and not as a name (``avec Gausse``
    -> "with Mocks", ``Lars von Trier`` -> "Lars von Sort"). A first name, a title, a word the source writes
    itself (a quoted English title, ``Girls Wanna Have Fun``: the model links have to Wanna too) and a
    headline in title case (where every word has a capital) are left alone.

    Why the link and the capital together: the link says the target word translates the verb the name's
    letters spell, and the capital says the system kept the name's capital on it, so the word stands for
    the name; a verb the source wrote as a verb has no capital, and a name kept has no translation."""
    src_text = joined_sources(sources)
    lost = _lost_name_words(segment, src_text, _verb_names(src_text, ctx), ctx)
    if not lost:
        return
    from mtqa.langs.lexmodel import load_lexmodel

    tgt = ctx.target
    model = load_lexmodel(ctx.source.code, tgt.code)
    if model is None:
        return
    first_names, titles = ctx.pair.first_names_folded, name_titles(ctx.pair, "target")
    source_words = read_text(src_text, ctx, ctx.source.code).folded
    candidates = None  # the target's words that may render a name, with their stems and lemmas' stems, in order
    for s, e, name in lost:
        for part in LETTERS_RE.finditer(src_text, s, e):  # the name's words as the aligner reads them
            for rendering in _verb_renderings(part.group().lower(), model, ctx.source):
                if candidates is None:
                    candidates = [(m.start(), m.end(), m.group(), _target_keys(m.group().lower(), tgt))
                                  for m in LETTERS_RE.finditer(segment.text)
                                  if _capitalised_common_word(m.group(), segment.text, m.start(), tgt, first_names,
                                                              titles, source_words)]
                found = next(((ts, te, word) for ts, te, word, keys in candidates if rendering in keys), None)
                if found:
                    yield (*found, name)
                    break
            else:
                continue
            break


NOUN_NAME_MIN = 4
"""Letters from which a bare capitalised noun of the source is read as a name (:func:`_noun_names`): shorter
capitalised words are most often abbreviations or a language's grammar word (Mme, Dr, Sud)."""


def _noun_names(src_text: str, ctx) -> tuple[tuple[int, int, str], ...]:
    """(start, end, word) of each name word of ``src_text`` (:func:`name_words`) that the source dictionary
    lists in lower case as a noun (:meth:`~mtqa.langs.language.Language.lists_as_noun`; not « Rodez », which
    it knows as a verb form only), no verb only (those are :func:`_verb_names`'), no name both languages'
    dictionaries list (T106's name slots, :func:`name_of_both`), no first name of the source's table nor
    grammar word, written bare mid-sentence: no determiner before it (:func:`_bare_at`)
    and no lower-case common noun (:func:`after_common_noun`) unless that is a verb's infinitive
    (:func:`_after_infinitive`). Kept per source text (run memo).

    Why bare: the source language puts an article or another determiner before a common noun, also before
    one it capitalises by convention as a body or a name's generic word (``la Commission``, ``l'État``,
    ``du Sénat``); a noun with no determiner, capitalised mid-sentence, is a name of its own, of a person,
    a firm, an association or a party (``directeur de Tremplin``, ``devenir Labour``, ``cartes Visa``, ``GDF
    Suez``), which a translation keeps."""
    def build() -> tuple:
        src, tgt = ctx.source, ctx.target
        split = text_words(src_text, ctx)
        first_names = src.first_names_folded
        out = []
        for s, e, w in name_words(src_text, src, split):
            low = w.lower()
            if len(w) < NOUN_NAME_MIN or not w[1:].islower() or fold(w) in first_names \
                    or low in src.function_words or not src.lists_as_noun(low) or src.is_dictionary_grammar_word(low):
                continue
            if read_as_verb(w, src) or name_of_both(w, src, tgt) or not within_sentence(src_text, s) \
                    or after_common_noun(src_text, s, src) and not _after_infinitive(src_text, s, src) \
                    and not tgt.has_proper_stem(w):
                continue  # (a name both dictionaries list is T106's name slot: GDF Suez -> "GDF Sweat")
            if _bare_at(src_text, s, e, src):
                out.append((s, e, w))
        return tuple(out)

    return ctx.memo("T105.noun_names", (src_text, ctx.source.code, ctx.target.code), build, bound=SOURCE_MEMO)


_TOKEN = re.compile(r"[^\W_]+")
"""A word or figure of the source (``20e``); a hyphen parts two (``Écologie-Les Verts``: Les before Verts)."""
_ELISION_MARKS = "'’"
_HYPHENS = "-‐‑"


def _after_infinitive(text: str, start: int, src) -> bool:
    """The word right before ``start`` of ``text`` is a verb's infinitive of the source dictionary (``devenir
    Labour``): the capital after it opens the verb's object, not the title of a work after a common noun,
    though the dictionary lists the infinitive as a noun too (le devenir, le pouvoir)."""
    before = word_before(text, start)
    return before is not None and before[2].islower() and before[2] in verb_stems(src)


def _tokens_before(text: str, start: int, count: int = 2) -> list[str]:
    """Up to ``count`` words or figures right before ``start`` of ``text``, nearest first, read back while only
    spaces stand between them, or the apostrophe of an elided word glued to the next (``l'``, ``d'``); any
    other mark ends the phrase (a comma, a bracket, a quotation mark, a hyphen)."""
    out: list[str] = []
    k = start
    while len(out) < count:
        j = k
        while j > 0 and text[j - 1] in " \u00a0":
            j -= 1
        if j == k:
            if j > 0 and text[j - 1] in _ELISION_MARKS:
                j -= 1  # an elided word glued to the next (l'État, d'Eden)
            else:
                break
        found = None
        for found in _TOKEN.finditer(text, max(0, j - LOOKBACK), j):
            pass
        if found is None or found.end() != j:
            break
        out.append(found.group())
        k = found.start()
    return out


def _bare_at(text: str, start: int, end: int, src) -> bool:
    """The capitalised noun at ``start:end`` of the source ``text`` is written bare, as a name: no determiner before it,
    nor one before a word between (the source language's ``determiners`` and ``place_articles``: ``les principales
    Bourses``, ``du 20e Siècle``); no preposition that puts a feast, country or town without its article right before it
    (``en Bourse``, ``à Menton``: the town reading's); no capitalised word of the source dictionary before it, or before
    the ``de`` before it (``Ministère Public``, ``Conseil d'État``, ``Chambre de Commerce``: a body named in the
    source's words, which a translation renders) nor an acronym before a noun the source dictionary does not list as a
    proper noun (``la CGT Santé``: the body's sector); no hyphen on either side (a part of a compound name:
    ``Royaume-Uni``, which English translates whole, the United Kingdom; a later part is
    :func:`~mtqa.checks.name_swaps.translated_as_words._compound_words_kept`'s); no complement after it
    (``complement_particles``: ``Chef des Ventes``, ``Professeur d'économie``, ``Déclaration de Lima``: a title or a
    body's head, which English renders too) nor another capitalised word (``Bodegas Vega Sicilia``, ``pour Politique
    Économique``: the generic head of a longer name, which a translation may render)."""
    if start > 0 and text[start - 1] in _HYPHENS or text[end:end + 1] in _HYPHENS:
        return False  # a part of a compound name (l'Hôtel-Dieu, Royaume-Uni), which English may translate whole
    rest = text[end:]
    following = _TOKEN.match(rest.lstrip(" \u00a0"))
    if following is not None:
        word = following.group()
        if word.lower() in src.word_set("complement_particles"):
            return False
        if word[:1].isupper() and rest[:1] in " \u00a0":
            return False  # « Bodegas Vega Sicilia », « pour Politique Économique »: the head of a longer name
    before = _tokens_before(text, start)
    if not before:
        return True  # a mark before it (a bracket, a quotation mark, a comma): the word opens its own phrase
    first = before[0]
    low = first.lower()
    if first[:1].isupper():
        if first.isupper() and not src.has_proper_stem(text[start:end]):
            return False  # « la CGT Santé »: the sector of a body named by its initials, which English renders
        return not src.in_dictionary(low)  # Google Glass, GDF Suez; not Ministère Public
    determiners = src.word_set("determiners") | src.word_set("place_articles")
    if low in determiners or low in src.word_set("feast_prepositions") or low in src.word_set("place_prepositions") \
            or low in src.word_set("town_prepositions"):
        return False
    if len(before) < 2:
        return True
    second = before[1]
    if low in src.word_set("name_particles"):  # « de Tremplin »; not « Chambre de Commerce »
        return not (second[:1].isupper() and src.in_dictionary(second.lower()))
    return second.lower() not in determiners


def _beside_new_capital(text: str, start: int, end: int, source_words: frozenset[str]) -> bool:
    """The word at ``start:end`` of the translation ``text`` has, one space before or after it, a capitalised
    word the source does not write: the two make a name in the target's own words (« la Škoda Fabia Combi » ->
    "the Skoda Fabia Station Wagon", « Royaume-Uni » -> "United Kingdom"), a translator's rendering of the
    name's kind, not one word written for the name."""
    after = CAPITAL_WORD_JUST_AFTER_RE.match(text, end)
    if after is not None and fold(after.group(1)) not in source_words:
        return True
    before = CAPITAL_WORD_JUST_BEFORE_RE.search(text, max(0, start - LOOKBACK), start)
    return before is not None and fold(before.group(1)) not in source_words \
        and not at_sentence_start(text, before.start(1))


def _noun_names_translated(segment: Segment, sources: list[Segment], ctx) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, target word, source name) where a bare name the source language also has as a common word
    (:func:`_noun_names`: ``directeur de Tremplin``, ``devenir Labour``) is lost from the translation and a
    capitalised common word of the target stands for it mid-sentence (:func:`_capitalised_common_word`: no
    proper noun of the target dictionary, no first name, title or word of the source) that renders the name's
    letters as a word: one of the lexical model's renderings of it, or of the verb its letters spell
    (:func:`_verb_renderings`), or a translation of the bilingual dictionary's (Tremplin -> "Springboard",
    Labour -> "Ploughing", Paquet -> "Package"). A headline in title case is left alone.

    Why: the capital says the system kept the name's capital on the word it wrote, and the rendering says
    the word is the name's letters translated; a common noun the source wrote as a word has no capital, and
    a name kept has no translation. The bare noun is what makes it a name (:func:`_noun_names`); English
    words the target dictionary lists with a capital too (State, North, Exchange) are left alone, as names of
    bodies and places that English writes in its own words."""
    src_text = joined_sources(sources)
    lost = _lost_name_words(segment, src_text, _noun_names(src_text, ctx), ctx)
    if not lost:
        return
    tgt = ctx.target
    from mtqa.langs import freedict
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.meaning.tokens import stem

    model = load_lexmodel(ctx.source.code, tgt.code)
    dict_pair = freedict.pair_name(ctx.source.code, tgt.code)
    first_names, titles = ctx.pair.first_names_folded, name_titles(ctx.pair, "target")
    source_words = read_text(src_text, ctx, ctx.source.code).folded
    text = segment.text
    candidates = [(m.start(), m.end(), m.group(), _target_keys(m.group().lower(), tgt),
                   {m.group().lower(), *tgt.other_spellings(m.group().lower())})
                  for m in LETTERS_RE.finditer(text)
                  if _capitalised_common_word(m.group(), text, m.start(), tgt, first_names, titles, source_words)
                  and not _beside_new_capital(text, m.start(), m.end(), source_words)]
    lowered = None  # the lower-case words, read only where the system writes the source's names in lower case
    lowers = None  # whether it does (lowers_names), asked once
    if not candidates:
        lowers = lowers_names(text, src_text, ctx)
        if not lowers:
            return
    for s, e, name in lost:
        low = name.lower()
        renderings = set(_verb_renderings(low, model, ctx.source)) if model is not None else set()
        words = word_translations(low, dict_pair, common=True)
        renderings |= {stem(w, tgt.code) for w in words}
        found = next(((ts, te, word) for ts, te, word, keys, forms in candidates if keys & renderings or forms & words),
                     None)
        if found is None and renderings:
            if lowered is None:
                lowered = [(m.start(), m.end(), m.group(), _target_keys(m.group(), tgt),
                            {m.group(), *tgt.other_spellings(m.group())}) for m in LETTERS_RE.finditer(text)
                           if _lower_common_word(m.group(), tgt, first_names, titles, source_words)] \
                    if (lowers if lowers is not None else lowers_names(text, src_text, ctx)) else []
            found = next(((ts, te, word) for ts, te, word, keys, forms in lowered
                          if keys & renderings or forms & words), None)
        if found:
            yield (*found, name)


def lowers_names(text: str, src_text: str, ctx) -> bool:
    """The translation ``text`` writes in lower case only a name word of the source ``src_text`` (capitalised
    mid-sentence, three letters or more) that neither language's dictionary knows ("christian grapin" for
    ``Christian Grapin``): the system lost the casing of names (a truecaser that missed them), so a name it
    translated as a word may stand in lower case too.

    Why: a human translation writes a name it keeps with its capital; a word no dictionary has, written in
    lower case, is a name the system kept without it, and no capital is left to show where it put the others."""
    src, tgt = ctx.source, ctx.target
    words = None
    for _, _, w in name_words(src_text, src, text_words(src_text, ctx)):
        low = w.lower()
        if len(w) < 3 or not w[1:].islower() or src.in_dictionary(low) or tgt.in_dictionary(low):
            continue
        if words is None:
            words = read_text(text, ctx, tgt.code).words
        if low in words and w not in words:
            return True
    return False


def _lower_common_word(word: str, tgt, first_names: frozenset[str], titles: frozenset[str],
                       source_words: frozenset[str]) -> bool:
    """``word`` of the translation is a lower-case common word of the target dictionary, three letters or more, no
    grammar word, first name, title or word of the source: what a system that lost the casing of names may have
    written for a name it translated (:func:`lowers_names`)."""
    return len(word) > 2 and word.islower() and word not in tgt.function_words and tgt.in_dictionary(word) \
        and fold(word) not in first_names and fold(word) not in titles and fold(word) not in source_words


WORD_READINGS = ((_verb_names_translated, ", reading its letters as a verb"),
                  (_noun_names_translated, ": the source writes it with a capital and no article, as a name"))
"""T105's readings of a source name whose letters a system translated as a common word, each with what its
message says of the name: a word the source language reads as a verb, a bare noun written as a name."""


def _verb_renderings(low: str, model, src) -> Iterator[str]:
    """The lexical model's renderings (stems, each once, in the model's order) of the source word ``low`` (a
    name :func:`read_as_verb` reads as a verb), first as the aligner stems it, then through each infinitive
    the source dictionary's suffix rules make it of (:func:`~mtqa.langs.hunspell.suffix_stems`, kept when a
    verb stem: ``gaza`` of *gazer*, ``lima`` of *limer*). Why: the model is keyed by the stems of the words
    it was trained on, and a name's letters read as an inflected form (« de Gaza », « à Lima ») stem apart
    from the verb's infinitive (gaza, gaz), so the model's "gas" and "file" are found only through it."""
    from mtqa.langs import hunspell
    from mtqa.meaning.tokens import stem

    keys = dict.fromkeys([stem(low, src.code)])
    verbs = verb_stems(src)
    for lemma in hunspell.suffix_stems(src.dictionaries, low):
        if lemma != low and lemma in verbs:
            keys[stem(lemma, src.code)] = None
    seen = set()
    for key in keys:
        for rendering in model.translations(key):
            if rendering.stem not in seen:
                seen.add(rendering.stem)
                yield rendering.stem


def _target_keys(low: str, tgt) -> frozenset[str]:
    """The stems a target word ``low`` may be found by among the model's renderings: its own and those of the
    lemmas the target dictionary's suffix rules make it of (:func:`~mtqa.langs.hunspell.suffix_stems`:
    "gassed" of gas, "filed" of file), and the same for its other spelling (:meth:`~mtqa.langs.language.Language.other_spellings`: "plowing",
    ploughing). Why: the model's stems are of the forms it saw, and a past tense stems apart from its verb
    where the suffix rule doubled or dropped a letter (gassed, gass; gas); the bilingual dictionary and the
    model write one of a word's American and British spellings, a translation may write the other."""
    from mtqa.langs import hunspell
    from mtqa.meaning.tokens import stem

    return frozenset(key for form in (low, *tgt.other_spellings(low))
                     for key in (stem(form, tgt.code),
                                 *(stem(lemma, tgt.code) for lemma in hunspell.suffix_stems(tgt.dictionaries, form))))


def _capitalised_common_word(word: str, text: str, start: int, tgt, first_names: frozenset[str],
                             titles: frozenset[str], source_words: frozenset[str]) -> bool:
    """``word`` at ``start`` of the translation ``text`` is a common word of the target dictionary (no proper
    noun) written with a capital mid-sentence, three letters or more, no first name, title or word of the
    source (:func:`_verb_names_translated`)."""
    return len(word) > 2 and word[:1].isupper() and word[1:].islower() and not at_sentence_start(text, start) \
        and tgt.in_dictionary(word.lower()) and not tgt.has_proper_stem(word) \
        and fold(word) not in first_names and fold(word) not in titles and fold(word) not in source_words
