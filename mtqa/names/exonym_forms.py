"""The English forms of French names, read from a pair's name tables (``exonyms.<pair>.tsv``,
``acronyms.<pair>.tsv`` in ``mtqa/data/names/``): a place's exonym (Londres -> London), its kind and article,
an acronym's English letters (OTAN -> NATO), a name's English respelling (dictionary and spelling rows, an
accent dropped), and the screens that tell cheaply whether a text can hold a form of a table.

Why here, in the names layer below the checks: T201 (:mod:`mtqa.checks.exonyms`) and T202/T203
(:mod:`mtqa.checks.acronyms`) report these forms, and other checks ask the same knowledge (A611/T112's omitted
names, T106's suggestion and the lowered-name reader a name's target form, T109 the screens): each shared helper has
one owner that the checks import, never a check module whose helpers the others import.

The name checks (T105, T106, T110, the lost-name and swap readers, T109's complements) read a place's source form
and its English name through :func:`english_places`, the table and every form :func:`exonym_rows` extends it by:
a correct English name the owner knows (Bosporus for Bosphore) is the same place to every check.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from mtqa.langs import fold
from mtqa.langs.cache import SOME_WORDS, TABLES, WORDS, memoize
from mtqa.langs.data import alternation
from mtqa.lazy import lazy_module as _lazy_module
from mtqa.names.compounds import half_translated
from mtqa.names.mentions import text_words
from mtqa.names.nationalities import demonym_forms
from mtqa.regexcache import transient
from mtqa.words import LETTERS_RE

_FUZZ = _lazy_module("rapidfuzz.fuzz")  # imported by the first use (mtqa.lazy), never by two threads at once


UNACCENTED_MARGIN = 1.5
"""An unaccented spelling is matched only if English uses it this much (Zipf) less than the English name."""


SHARED_MARGIN = 0.3
"""A one-word French form English uses at least half as often (Zipf 0.3) as the English name is shared, not flagged
(Louvain beside Leuven): English writers use it too, so keeping it is no error."""


def _shared(pair, row: dict) -> bool:
    """English uses the one-word French form about as often as its English name (Louvain, Leuven).

    Forms with a space or hyphen are not judged: wordfreq splits them into words and the frequency of
    ``Le Cap`` is that of ``le`` and ``cap``, not of the name."""
    french = row["french"]
    if not french.isalpha():
        return False
    used = pair.target.zipf(french)
    return used > 0 and used >= pair.target.zipf(row["english"]) - SHARED_MARGIN


@memoize(TABLES)
def exonym_rows(pair) -> dict[str, dict]:
    """The source forms the check looks for (the table's, their unaccented spellings, the dictionary's
    place names, half-translated compounds, names without their article), each with its table row."""
    def build() -> dict[str, dict]:
        forms: dict[str, dict] = {}
        rows = [row for row in pair.table("exonyms") if not _shared(pair, row)]
        english_word = lambda w: pair.target.is_common_word(w.lower())  # noqa: E731
        particles = pair.source.word_set("name_particles")
        gloss = pair.name_particle_gloss  # Island of Pâques
        for row in rows:
            forms.setdefault(row["french"], row)
            bare = fold(row["french"], keep_case=True)  # Pékin -> Pekin: MT output and capitals often drop accents
            if bare != row["french"] and fold(bare) != fold(row["english"]) \
                    and pair.target.zipf(bare) < pair.target.zipf(row["english"]) - UNACCENTED_MARGIN:
                forms.setdefault(bare, row)  # Pekin, but not Genes (Gênes) or Teheran, which English writes
        for row in rows:
            plural = _island_plural(pair, row)
            if plural:
                forms.setdefault(plural, row)  # Malouines, Mariannes: the group's bare name
        for row in _dictionary_rows(pair, forms):
            forms.setdefault(row["french"], row)
        for row in _respelt_rows(pair, forms):
            forms.setdefault(row["french"], row)
        for row in rows:
            bare = fold(row["french"], keep_case=True)
            spellings = [row["french"]] + ([bare] if forms.get(bare) is row else [])  # United Etats too
            for spelling in spellings:
                english_words = sorted(_WORDS_OF.split(row["english"]))
                reordered = row.get("kind") in REORDERED_KINDS
                source_words = sorted(w[:1].upper() + w[1:] for w in _WORDS_OF.split(spelling) if w not in particles)
                for variant in half_translated(spelling, row["english"], english_word, particles, gloss, reordered):
                    # read by _stands_for_row; a variant of the target's words only is the source's order (Sudan South)
                    order = "source" if sorted(_WORDS_OF.split(variant)) == english_words else ""
                    if not order and sorted(_WORDS_OF.split(variant)) == source_words:
                        order = "target"  # the source's words in the target's order (Saoudite Arabie): the message says so
                    forms.setdefault(variant, dict(row, half="yes", order=order) if order else dict(row, half="yes"))
                capitalised = _every_word_capitalised(spelling, particles)  # Arabie Saoudite
                if capitalised != spelling and row.get("kind") in CAPITALISED_KINDS:
                    forms.setdefault(capitalised, row)
                rest = without_article(spelling, pair.source.word_set("place_articles"))  # Carême, Careme
                if rest and fold(rest) != fold(row["english"]) and not pair.target.is_common_word(rest.lower()):
                    forms.setdefault(rest, dict(row, article="yes"))
        return forms

    # kept compiled (mtqa.compiled): the multi-word English names go through wordfreq's tokenizer,
    # which would import wordfreq and build its table on every start
    return _compiled(pair, "exonyms", build)


PLACE_KINDS = frozenset({"country", "region", "city", "islands"})
"""The exonym table's kinds that name places (not its persons, institutions, eras or feasts): what every reader
that asks whether a row or a name is a place reads (:func:`exonym_places`, :func:`place_names`)."""
REORDERED_KINDS = PLACE_KINDS
"""Exonym rows whose English words in the French order (Sudan South, Korea North) are a form of the row: the
places, named by two or three words MT translates one by one; not institutions or feasts, whose longer names
MT renders whole or reorders in ways of its own (Organization World Trade keeps every word a reader needs)."""


@memoize(TABLES)
def exonym_places(pair) -> frozenset[str]:
    """Both folded forms of the exonym table's places (danemark, denmark; îles féroé, faroe islands): names of
    realms and towns, never of a person or a family. One reading for the name checks that ask (regnal forms'
    particles, :func:`place_names`)."""
    return frozenset(fold(r[side]) for r in pair.table("exonyms") if r.get("kind") in PLACE_KINDS
                     for side in ("french", "english") if r.get(side))


_WORDS_OF = re.compile(r"[ -]")
"""The separators of a compound name's words (Soudan du Sud, Bade-Wurtemberg)."""


def english_name(pair, form: str) -> Optional[str]:
    """The target name the exonym table (and the routes that extend it) gives the source ``form``, or None."""
    row = exonym_rows(pair).get(form)
    return row["english"] if row else None


def name_kind(pair, form: str) -> Optional[str]:
    """The kind the exonym table gives the source ``form`` (city, region, country, islands...), or None
    where no row covers it: the gazetteer type a check reads a description of the place against."""
    row = exonym_rows(pair).get(form)
    return (row.get("kind") or None) if row else None


def english_article(pair, form: str) -> bool:
    """The target writes the English name of the source ``form`` with the definite article, always or
    either way (the table's ``english_article`` column: the Netherlands; or an English form that opens
    with it: The Hague)."""
    row = exonym_rows(pair).get(form)
    if not row:
        return False
    return bool(row.get("english_article")) \
        or row["english"].split(" ", 1)[0].lower() in pair.target.word_set("definite_articles")


def english_acronym(pair, form: str) -> Optional[str]:
    """The target's acronym the acronym table gives the source acronym ``form`` (AQMI, or Aqmi where the
    table says the press writes it in title case: AQIM), or None."""
    row = acronym_table(pair)[0].get(form)
    return row["english"] if row else None


ACCENTLESS_MIN_EN = 3.0
"""Zipf frequency from which the target language writes a name without the source's accents (Quebec 4.0,
Senegal 3.4; Besancon 1.7 is no such evidence), when :func:`target_form` suggests a name no table row covers."""


ACCENTLESS_MARGIN = 1.0
"""How much more (Zipf) the target language must write the accentless form than the accented one (Quebec 4.0
against Québec 2.9; Helene 3.0 against Hélène 2.5 is no such evidence)."""


def target_form(pair, name: str) -> str:
    """``name`` (a source name a check suggests writing back into the translation) as the target language
    writes it: the exonym table's (and its routes') target name where it has one (Londres: London), else
    each word without the source's accents where the target language writes that form clearly more
    (Québec: Quebec, Montréal: Montreal; not Montérégie or Hélène), else as the source writes it. A given name of
    the source's first-names table keeps its accents (Valérie, Gérard, Jérôme): the target's count of Valerie
    is of its own Valeries, no evidence of how it writes Valérie Trierweiler; so is a word whose accentless form
    is a common word of the target's dictionary (Ré: re, Désiré: desire).
    Why: a suggestion is applied as it stands, and the source's spelling of a place is not the target's."""
    found = english_name(pair, name)
    if found:
        return found
    return LETTERS_RE.sub(lambda m: _accentless(pair, m.group()), name)


@memoize(SOME_WORDS)
def _accentless(pair, word: str) -> str:
    bare = fold(word, keep_case=True)
    if bare == word or word.casefold() in pair.source.first_names:
        return word  # a person's given name is spelled as the person does (Gérard, not the English Gerard)
    tgt = pair.target
    if tgt.in_dictionary(bare.lower()):
        return word  # Île de Ré, not Re: the count of "re" is of the common word
    found = tgt.zipf(bare)
    return bare if found >= ACCENTLESS_MIN_EN and found - tgt.zipf(word) >= ACCENTLESS_MARGIN else word


ISLAND_KINDS = frozenset({"islands"})
"""Exonym rows of island groups, written in the table with the source's word for islands (îles Carolines)."""


def _island_plural(pair, row: dict) -> str:
    """The bare plural of an island group's row (Malouines of « îles Malouines »), matched as the row's form
    where the target language never writes it (no wordfreq frequency, no dictionary word) and it is no plural
    of a first name of either language: French names the group by it alone (les Malouines), English by its own
    name (the Falklands). A plural English writes is its own short name of the group (the Carolines, the
    Canaries) or another bearer's (the Carolines comedy club, which French writes without « îles »), and a
    first name's plural names people or things named after them too (les Mariannes, the busts of the
    Republic's Marianne): only the « îles » form is the row's there. "" for other rows."""
    if row.get("kind") not in ISLAND_KINDS or " " not in row["french"]:
        return ""
    plural = row["french"].split(" ", 1)[1]
    src, tgt = pair.source, pair.target
    if tgt.zipf(plural) > 0 or tgt.zipf(fold(plural, keep_case=True)) > 0 or tgt.in_dictionary(plural) \
            or tgt.is_common_word(plural.lower()):
        return ""
    people = pair.first_names_folded | src.dictionary_first_names | tgt.dictionary_first_names
    if any(fold(s) in people for s in src.singulars(plural.lower())):
        return ""
    return plural


CAPITALISED_KINDS = frozenset({"country"})
"""Exonym rows also matched with every word capitalised (:func:`_every_word_capitalised`): English names a
country in its own form only, while it keeps some French institutions and regions in French, written
with capitals (France's Cour des Comptes, the Pays Basque), which the table's French spelling leaves."""


def _every_word_capitalised(form: str, particles: frozenset[str]) -> str:
    """``form`` with each lower-case word but its particles capitalised (Arabie saoudite -> Arabie Saoudite,
    République démocratique du Congo -> République Démocratique du Congo): French writers and truecasing
    MT often capitalise every word of a country's name, which is French all the same, and without this
    spelling only its first word would match, suggesting half the name (Arabia for Arabie)."""
    return " ".join(w[:1].upper() + w[1:] if w.isalpha() and w.islower() and w not in particles else w
                    for w in form.split(" "))


def compiled_for_pair(pair, name: str, build):
    """``build()``, a table read from the pair's exonym rows, kept compiled as they are (:func:`_compiled`): for a
    check that builds its own index of the rows (:func:`mtqa.checks.exonyms._exonym_alternatives`)."""
    return _compiled(pair, name, build)


def _compiled(pair, name: str, build):
    """``build()``, kept compiled (:func:`mtqa.compiled.cached`) under the pair's name tables, both profiles, its
    dictionaries, frequencies and the code ``build`` runs; built afresh without the exonym table."""
    from mtqa.compiled import cached, code_files
    from mtqa.langs import freedict, hunspell
    from mtqa.langs.data import data_files, data_path
    from mtqa.langs.frequency import wordfreq_files

    source = data_path("names", f"exonyms.{pair.code}.tsv")
    inputs = [source, data_path("names", f"exonyms_left_out.{pair.code}.tsv"), *pair.first_name_files,
              *data_files("pairs", f"{pair.code}.toml"),
              data_path("names", f"demonyms.{pair.code}.tsv"), *data_files("langs", f"{pair.source.code}.toml"),
              *data_files("langs", f"{pair.target.code}.toml"),  # its dictionary_first_name_tag, read by the screens
              *code_files(build, type(pair), type(pair.source)), *freedict.files(freedict.pair_name(pair.source.code, pair.target.code)),
              *hunspell.files(pair.target.hunspell_names), *hunspell.files(pair.source.hunspell_names),
              *wordfreq_files(pair.target.code), *wordfreq_files(pair.source.code)]
    inputs = [p for p in inputs if p.is_file()]
    return cached(f"{name}-{pair.code}", inputs, build) if source.is_file() else build()


DICTIONARY_MIN_EN = 2.0
"""Zipf frequency in the target language the dictionary's name needs (attested in its news)."""


DICTIONARY_MARGIN = 1.0
"""How much more frequent (Zipf points) in the target language the dictionary's name must be than the
source form: the target language's writers use its own name, not the source's."""


DICTIONARY_SIMILAR = 60.0
"""rapidfuzz ratio (accents folded) from which the dictionary's name is the same name in another
spelling (Vistule, Vistula); below it the entry is a gloss or another name (Guyenne: Aquitaine)."""


_NAME = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _dictionary_rows(pair, taken: dict) -> list[dict]:
    """Place and figure names of the bilingual dictionary (FreeDict) that the target language writes its
    own way (Tchécoslovaquie: Czechoslovakia, Bosphore: Bosporus, Jourdain: Jordan), beyond the table.

    A capitalised one-word entry with a capitalised one-word translation counts when the translation is
    the same name respelt (``DICTIONARY_SIMILAR``), attested in the target language and clearly more used
    there than the source form (``DICTIONARY_MIN_EN``, ``DICTIONARY_MARGIN``), the source form is more used
    in the source language than in the target, and the source form is no common word of either language,
    no first name of either, no nationality word (T109's) and not in ``exonyms_left_out`` (names that
    mean someone or something else in today's news: Hollande, Achille)."""
    fuzz = _FUZZ  # imported under mtqa.lazy's lock: threads of a Dask worker

    from mtqa.langs import freedict

    db = freedict.database(freedict.pair_name(pair.source.code, pair.target.code))
    if db is None:
        return []
    src, tgt = pair.source, pair.target
    left_out = {row["french"] for row in pair.table("exonyms_left_out")}
    people = pair.first_names_folded
    nationalities = set(demonym_forms(pair))
    out = []
    for head in db.headwords():
        if len(head) < 4 or not head[:1].isupper() or not _NAME.fullmatch(head) or head in taken \
                or head in left_out or head in nationalities or fold(head) in people:
            continue
        names = [t for t in db.translations(head) if t[:1].isupper() and _NAME.fullmatch(t)]
        if not names or any(fold(t) == fold(head) for t in names):
            continue  # no name among the translations, or the target language writes the same name
        best = max(names, key=tgt.zipf)
        used = tgt.zipf(head)
        if tgt.zipf(best) < DICTIONARY_MIN_EN or used > tgt.zipf(best) - DICTIONARY_MARGIN \
                or src.zipf(head) <= used or fuzz.ratio(fold(head), fold(best)) < DICTIONARY_SIMILAR:
            continue
        if src.is_common_word(head.lower()) or tgt.is_common_word(head.lower()):
            continue
        out.append({"french": head, "english": best, "kind": "dictionary"})
    return out


SPELLING_MIN_EN = 2.0
"""Zipf frequency in the target language a name respelt by the pair's ``name_endings`` needs: with no
dictionary entry pairing the two spellings, only a name the target language's news writes often counts."""


def _respelt_rows(pair, taken: dict) -> list[dict]:
    """Proper nouns of the source dictionary that :func:`respelt` puts back into the target language's
    spelling (Eurasie: Eurasia), beyond the table and the bilingual dictionary: rows of the table's shape,
    so the check's reading of their contexts (half-translated compounds, longer names) applies."""
    src = pair.source
    if not pair.name_endings or not src.dictionaries or not pair.target.dictionaries:
        return []
    heads = dict.fromkeys(stem for d in src.dictionaries for stem, _ in d.stems.items()
                          if stem[:1].isupper() and not stem.isupper() and _NAME.fullmatch(stem))
    return [{"french": head, "english": english, "kind": "respelt"}
            for head in heads if head not in taken and (english := respelt(pair, head, in_dictionary=True))]


@memoize(TABLES)
def _respelling_screens(pair) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(left-out names, folded first names of both languages' tables and dictionaries, nationality words),
    kept compiled: reading the dictionary's tagged first names from its file and screening the demonym
    table on frequencies cost a fifth of a second, paid by any run whose text copies a name."""
    def build() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        src, tgt = pair.source, pair.target
        return (frozenset(row["french"] for row in pair.table("exonyms_left_out")),
                pair.first_names_folded | src.dictionary_first_names | tgt.dictionary_first_names,
                frozenset(demonym_forms(pair)))

    return _compiled(pair, "respelling-screens", build)


@memoize(SOME_WORDS)
def respelt(pair, name: str, in_dictionary: bool = False) -> Optional[str]:
    """The target language's spelling of a name whose ending the source language respelt (Tasmanie:
    Tasmania, Floride: Florida, Salzbourg: Salzburg; not Hambourg, whose Hamburg is an English word too,
    so the table holds it), by the pair's ``name_endings``; None when the evidence is missing. The
    pair's ``dictionary_endings`` are tried only ``in_dictionary`` (a proper noun of the source
    dictionary, whose tagged first names are screened out).

    The candidate counts when it is a proper noun of the target dictionary (a name, not a made-up word)
    written often there (``SPELLING_MIN_EN``) and clearly more than the source form, with or without its
    accents (``DICTIONARY_MARGIN``: Séville, Seville is English too), the source form is more used in the
    source language than in the target and than the candidate is (Rezé: French writes Reza too, another
    name), and neither is a common word or a first name of either language (Paule, Paula; Côme, coma), nor
    the source form a nationality word (T109's) or left out (``exonyms_left_out``: Guyane)."""
    src, tgt = pair.source, pair.target
    bare = fold(name, keep_case=True)
    endings = [(french, english) for french, english, general in pair.name_endings
               if (general or in_dictionary) and bare.lower().endswith(french) and len(bare) - len(french) >= 3]
    if len(name) < 4 or not endings or not src.dictionaries or not tgt.dictionaries:
        return None  # the ending first: most names copied (Paris, Obama) have none, and need no screens
    left_out, people, nationalities = _respelling_screens(pair)
    if name in left_out or name in nationalities or fold(name) in people or tgt.in_dictionary(name):
        return None
    for french, english in endings:
        candidate = bare[:len(bare) - len(french)] + english
        found = tgt.zipf(candidate)
        if found < SPELLING_MIN_EN or not tgt.has_proper_stem(candidate) or fold(candidate) in people \
                or max(tgt.zipf(name), tgt.zipf(bare)) > found - DICTIONARY_MARGIN \
                or src.zipf(name) <= max(tgt.zipf(name), src.zipf(candidate)) \
                or any(lang.is_common_word(w.lower()) for lang in (src, tgt) for w in (name, candidate)):
            continue
        return candidate
    return None


_DIAERESIS = "\u0308"


ACCENTED_MAX_EN = 1.0
"""Zipf frequency in the target language under which it does not write a name's accented form at all (Séoul,
Léningrad, Séville 0.0), for :func:`accent_respelt`: French names English news keeps with their accents
(Hélène 2.5, Québec 2.9, Crédit Agricole 2.3) are written there often enough to stay above it."""


ACCENT_EVIDENCE = 4.5
"""Above ``ACCENTED_MAX_EN``, the accented form still counts as one the target language does not write when
how much more the target writes the bare form, plus how much more the source writes the accented one than the
target does (both in Zipf, i.e. log10 ratios), reaches this: Jérusalem 3.09 + 3.08, Sénégal 1.99 + 2.78 = 4.77
are copies of French in English text; Orléans 1.94 + 2.01 = 3.95 (New Orleans makes the bare form frequent),
Montréal 1.36 + 2.20, Québec 1.08 + 2.39 and Mário 2.51 + 0.15 (Portuguese, not French) are names English
writes accented."""


@memoize(SOME_WORDS)
def accent_respelt(pair, name: str) -> Optional[str]:
    """The name without the accents the source language put on a foreign name (Séoul: Seoul, Léningrad:
    Leningrad, Séville: Seville), or None. It counts when the target language never writes the accented
    form (``ACCENTED_MAX_EN``, or far less than the bare one and than the source does: ``ACCENT_EVIDENCE``) and writes the bare one often (``ACCENTLESS_MIN_EN``) as a proper noun of its
    dictionary, the source language writes the accented form more than the target does, and neither form
    is a first name or a common word of the target language (Gérard, whose Gerard is English too, is the
    person's own spelling; Crédit is credit). The source language's own accents on its own names are
    thereby left alone: English writes Hélène, Montréal, Élysée often enough, and their bare forms are no
    proper nouns only (Helene is a first name)."""
    bare = fold(name, keep_case=True)
    if bare == name or len(name) < 4 or not pair.source.dictionaries or not pair.target.dictionaries:
        return None
    if _DIAERESIS in unicodedata.normalize("NFD", name):
        return None  # Dubaï, Khameneï: a diaeresis is T102's to read (its transliteration route drops it), not twice
    src, tgt = pair.source, pair.target
    accented, plain, source = tgt.zipf(name), tgt.zipf(bare), src.zipf(name)
    unwritten = (accented <= ACCENTED_MAX_EN and source > accented) \
        or (plain - accented) + (source - accented) >= ACCENT_EVIDENCE
    if not unwritten or plain < ACCENTLESS_MIN_EN or not tgt.has_proper_stem(bare) or tgt.in_dictionary(bare.lower()):
        return None
    left_out, people, nationalities = _respelling_screens(pair)
    # the common-word screen reads the target side (Crédit is credit, Rosé is rosé): a French homograph of a
    # place (bénin "benign", détroit "strait") says nothing of how English writes the place
    if name in left_out or name in nationalities or fold(name) in people \
            or any(tgt.is_common_word(w.lower()) for w in (name, bare)):
        return None
    return bare


@memoize(SOME_WORDS)
def respelt_adjective(pair, word: str) -> Optional[str]:
    """The target language's proper adjective for a capitalised ``word`` the source language writes as a
    common word (Baltique: Baltic, Jurassique: Jurassic, Olympiques: Olympic), by the pair's
    ``adjective_endings``; None when the evidence is missing.

    The candidate counts when the target dictionary knows it only capitalised (a proper noun or adjective:
    Baltic, not Catholic or Gothic, which it also lists in lower case), the target language writes it often
    (``SPELLING_MIN_EN``) and clearly more than ``word`` (``DICTIONARY_MARGIN``), and ``word`` is a common
    word of the source dictionary but no word of the target's, nor a nationality word (T109's) or a form
    left out (``exonyms_left_out``)."""
    src, tgt = pair.source, pair.target
    bare = fold(word, keep_case=True)
    endings = [(a, b) for a, b in pair.adjective_endings if bare.lower().endswith(a) and len(bare) - len(a) >= 3]
    if not endings or not src.dictionaries or not tgt.dictionaries:
        return None
    if not src.is_common_word(word.lower()) or tgt.in_dictionary(word) or tgt.in_dictionary(bare):
        return None
    left_out, _, nationalities = _respelling_screens(pair)
    if word in left_out or word in nationalities:
        return None  # a people (les Britanniques: the British) is T109's, with its own English name
    for french, english in endings:
        candidate = bare[:len(bare) - len(french)] + english
        found = tgt.zipf(candidate)
        if found >= SPELLING_MIN_EN and tgt.has_proper_stem(candidate) and not tgt.is_common_word(candidate) \
                and max(tgt.zipf(word), tgt.zipf(bare)) <= found - DICTIONARY_MARGIN:
            return candidate
    return None


def without_article(french: str, articles: frozenset[str]) -> str:
    """The name after its own article (``Le Caire`` -> Caire, ``La Havane`` -> Havane): the source language
    contracts or drops the article (au Caire, du Caire), and MT keeps the rest (in Caire). "" when the
    name has no article of ``articles`` or what is left is shorter than four letters."""
    head, sep, rest = french.partition(" ")
    if not sep:
        head, sep, rest = french.partition("'")
    if not sep or head.lower() not in articles or len(rest) < 4 or not rest[:1].isupper():
        return ""
    return rest


_ACRONYM_SOURCE = ("no", "yes", "named")
"""The acronym table's ``source`` values: flagged anywhere, only where the aligned source writes the letters, only
where it writes the letters and names the body (``meaning``). Why checked: a misspelt value read as "no" would flag
letters another body spells wherever they stand."""


@memoize(TABLES)
def _acronym_rows(pair) -> tuple[dict, ...]:
    """The hand-compiled acronym table's rows, then those learned from human translations of French news
    (``acronyms_learned``, built by ``bench/acronym_pairs.py``: VIH -> HIV), which the aligned source must
    confirm; a learned row never overrides a compiled one."""
    rows = list(pair.table("acronyms"))
    for index, row in enumerate(rows):
        if row["source"] not in _ACRONYM_SOURCE or row["titlecase"] not in ("yes", "no") \
                or row["source"] == "named" and not row.get("meaning"):
            from mtqa.errors import DataError
            from mtqa.langs.data import data_path, table_line

            name = f"acronyms.{pair.code}.tsv"
            raise DataError(f"{row['french']}: titlecase must be yes or no and source one of "
                            f"{', '.join(_ACRONYM_SOURCE)} (named with a meaning), not {row['titlecase']!r}, "
                            f"{row['source']!r}", path=str(data_path("names", name)), line=table_line(name, index))
    listed = {row["french"] for row in rows}
    for row in pair.table("acronyms_learned"):
        if row["french"] not in listed:
            rows.append({"french": row["french"], "english": row["english"], "titlecase": "no", "source": "yes",
                         "meaning": f"rendered “{row['english']}” by human translators of French news"})
    return tuple(rows)


@memoize(TABLES)
def acronym_table(pair) -> tuple[dict[str, dict], Optional[re.Pattern]]:
    forms: dict[str, dict] = {}
    for row in _acronym_rows(pair):
        forms[row["french"]] = row
        if row["titlecase"] == "yes":
            forms[row["french"].capitalize()] = row
    if not forms:
        return forms, None
    return forms, re.compile(rf"(?<![\w/@.-])(?:{alternation(forms)})(?![\w/@]|-[a-z])")


_LETTER_RUN = LETTERS_RE


def first_runs(forms) -> Optional[frozenset[str]]:
    """The leading run of letters of every form (``Nouvelle`` of ``Nouvelle-Zélande``), or None if a
    form starts with something else."""
    runs = set()
    for form in forms:
        m = _LETTER_RUN.match(form)
        if m is None:
            return None
        runs.add(m.group(0))
    return frozenset(runs)


@memoize(TABLES)
def acronym_runs(pair) -> Optional[frozenset[str]]:
    return first_runs(acronym_table(pair)[0])


def present_runs(text: str, runs: Optional[frozenset[str]], ctx) -> Optional[frozenset[str]]:
    """Those of ``runs`` that are whole runs of letters of ``text`` (None: ``runs`` is None, no screen);
    see :func:`may_match`."""
    if runs is None:
        return None
    split = text_words(text, ctx)
    return runs.intersection(split.capital_runs if _all_capitalised(runs) else split.runs())


def may_match(text: str, runs: Optional[frozenset[str]], ctx) -> bool:
    """False when no form whose first runs of letters are ``runs`` can match in ``text`` (a screen
    before the big alternation).

    Both patterns put a form after a non-word character and end its first run
    of letters where the form's does, so that run is a whole run of letters of
    the text: a set lookup instead of trying every form at every position. When
    every one of ``runs`` has a capital letter, only the text's runs with one
    can be equal to it: those of the words the names' split found capitalised
    (:attr:`~mtqa.names.mentions.TextWords.capital_runs`), shared by T201 and T202;
    otherwise all its runs (:meth:`~mtqa.words.TextWords.runs`), from the same split.
    """
    if runs is None:
        return True
    split = text_words(text, ctx)
    return not runs.isdisjoint(split.capital_runs if _all_capitalised(runs) else split.runs())


@memoize(TABLES)
def _all_capitalised(runs: frozenset[str]) -> bool:
    return all(any(c.isupper() for c in run) for run in runs)


@memoize(WORDS)
def standalone_in(acronym: str) -> re.Pattern:
    """``acronym`` (a name or an acronym) standing alone, case-blind: no word character either side. Why here:
    T201 asks it of the parts of a hyphen-joined name and T202 of an acronym's French letters, each in the
    aligned source; one compiled pattern a string, kept for both."""
    return transient(rf"(?<!\w){re.escape(acronym)}(?!\w)", re.IGNORECASE)


@memoize(TABLES)
def english_places(pair) -> dict[str, str]:
    """Folded source place names -> folded target name (tchequie -> czechia, pekin -> beijing, caire -> cairo,
    bosphore -> bosporus): every row of the exonym table, shared forms too (Louvain: a name English also
    writes is still the place's source form), and every form :func:`exonym_rows` extends it by but the
    half-translated compounds, which are MT's mixes, no spelling a source text writes.

    Why one owner: the name checks (T105, T106, T110, the lost-name and swap readers, T109's complements)
    read a place's source form and its English name to tell a place rendered by its own English name from a
    name replaced by another; reading the table alone, they took an English name only the dictionary or the
    respelt endings know (Bosporus for Bosphore) for a replaced name, while T201 asked for it."""
    out = {fold(r["french"]): fold(r["english"]) for r in pair.table("exonyms")}
    for form, row in exonym_rows(pair).items():
        if not row.get("half"):
            out.setdefault(fold(form), fold(row["english"]))
    return out


VARIANT_MIN_LENGTH = 8
"""Letters a one-word form of the table needs before a spelling one letter longer or shorter is read as the same
name (Kirghizistan, Kirghizstan): among short names one letter makes another name (Adrien beside Hadrien)."""


def _one_letter_less(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@memoize(TABLES)
def _variant_index(pair) -> dict[str, tuple[dict, ...]]:
    """Every one-word country, region or city form of the exonym table of ``VARIANT_MIN_LENGTH`` letters or more
    (accents folded, lower case), and each spelling of it one letter short, with their rows: the index
    :func:`spelling_variant` reads a word and its own one-letter-short spellings against (a letter more or a letter
    less than the table's form, the two ways a second spelling of a transcribed name differs)."""
    index: dict[str, list[dict]] = {}
    for row in pair.table("exonyms"):
        french = row["french"]
        if row.get("kind") not in REORDERED_KINDS or not french.isalpha() or len(french) < VARIANT_MIN_LENGTH:
            continue
        key = fold(french)
        for spelling in {key} | _one_letter_less(key):
            index.setdefault(spelling, [])
            if row not in index[spelling]:
                index[spelling].append(row)
    return {k: tuple(v) for k, v in index.items()}


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter added or dropped (or are equal)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) != 1:
        return False
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return shorter in _one_letter_less(longer)


@memoize(SOME_WORDS)
def spelling_variant(pair, word: str) -> Optional[dict]:
    """The exonym row of a place whose table form ``word`` spells with one letter more or less (Kirghizstan for
    the table's Kirghizistan, Tadjikstan for Tadjikistan), or None.

    Why: French writes many transcribed place names in several spellings, and a table of facts holds one of
    them; a reader of the variants keeps the table one row a place. The evidence must be strong, since a
    letter is all that separates the two: the table's form is long (``VARIANT_MIN_LENGTH``), exactly one row
    answers, the target language never writes ``word`` (no wordfreq frequency: no English spelling of its own)
    and writes the row's name, ``word`` is no common word or first name of either language and no nationality
    word, and it is not itself the English name give or take a letter (Kazakstan beside Kazakhstan is an English
    spelling, not a French one), nor carries a letter the source profile's ``shared_special_letters`` says names
    of other languages bring (Grönland, a German record label in a newstest reference: ö is German for oe)."""
    if not word.isalpha() or len(word) < VARIANT_MIN_LENGTH - 1 or not word[:1].isupper():
        return None
    if any(c in pair.source.extra.get("shared_special_letters", "") for c in word.lower()):
        return None  # a letter other languages' names bring into French (Grönland: the German name, ö for oe)
    key = fold(word)
    index = _variant_index(pair)
    rows = {id(r): r for r in index.get(key, ())}
    for shorter in _one_letter_less(key):
        for r in index.get(shorter, ()):
            if fold(r["french"]) == shorter:
                rows[id(r)] = r
    if len(rows) != 1:
        return None
    row = next(iter(rows.values()))
    if fold(row["french"]) in (key, key[:-1]) or _one_edit(key, fold(row["english"])):
        return None  # the table's own form (its route reads it), its plural (les deux Allemagnes: the two
        # Germanys, another reading), or the English name respelt
    src, tgt = pair.source, pair.target
    if tgt.zipf(word) > 0 or tgt.zipf(row["english"]) < DICTIONARY_MIN_EN:
        return None
    left_out, people, nationalities = _respelling_screens(pair)
    if word in left_out or word in nationalities or key in people \
            or any(lang.is_common_word(word.lower()) for lang in (src, tgt)):
        return None
    return row


@memoize(TABLES)
def place_names(pair) -> frozenset[str]:
    """Folded names of places the pair's name tables hold, in either language: the exonym table's countries,
    regions, cities and islands (Genève, Geneva; not its persons, institutions or feasts), the capitals table's
    capitals and countries, and every name of the alternate-names table (Gdansk, Danzig).

    Why: a check that needs evidence that a name is a place (A501's « jusqu'à » + a place rendered "until")
    reads it here, from the tables the name checks already keep, not from a list of the names that are not
    places (events, feasts, persons), which no list completes."""
    out = set(exonym_places(pair))
    for r in pair.table("capitals"):
        out.update(fold(r[c]) for c in ("french", "country", "english") if r.get(c))
    for r in pair.table("alternate_names"):
        out.update(fold(n) for n in r.get("names", "").split("|") if n)
    out.discard("")
    return frozenset(out)


_POSSESSIVE_END = re.compile(r"[\x27’]s?$")


def is_place(pair, name: str) -> bool:
    """``name`` (one to three capitalised words, a possessive ending aside) or its first word or two is a place
    of :func:`place_names`: "Geneva", "Tel Aviv's", "Geneva Airport" (its first word)."""
    places = place_names(pair)
    words = _POSSESSIVE_END.sub("", name).split()
    return any(fold(" ".join(words[:n])) in places for n in range(len(words), 0, -1))
