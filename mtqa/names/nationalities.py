"""The demonym table's forms as the checks read them (``mtqa/data/names/demonyms.<pair>.tsv``).

The demonym check (T109) finds these forms copied into the translation; the exonym check (T201) leaves
them out of the place names it reads from the bilingual dictionary (a nationality is no place). The
screened forms are built here, owned by neither check.
"""
from __future__ import annotations

from mtqa.langs import fold
from mtqa.langs.cache import TABLES, memoize
from mtqa.names.compounds import half_translated

MAX_TARGET_ZIPF = 2.0
"""A demonym the target language writes this often or more is one it uses (Québécois 2.4)."""


def demonym_forms(pair) -> dict[str, tuple[str, str, bool, bool, tuple[str, ...]]]:
    """The table's forms (masculine, feminine and ``feminine_noun``: la Suissesse; singular and plural) the
    frequencies, dictionaries and name lists leave, and the half-translated mixes of its compound forms
    (:func:`_mixes`), each with the row's French forms (empty for a form of the table itself, which the source
    must write as it is).

    A form equal to the English name after folding accents is the target's own when it has no accent
    (Afghan, Argentine); with the source's accents (Nigérien, Kényans, Émiratis) it is kept unless the
    target's dictionary or frequencies know that accented spelling (Monégasque): why, English news
    writes Nigerien and Kenyans, and an accent the target never writes marks the word as copied."""
    tgt = pair.target
    places = exonym_source_names(pair)
    forms: dict[str, tuple[str, str, bool, bool, tuple[str, ...]]] = {}
    mixes: dict[str, tuple[str, str, bool, bool, tuple[str, ...]]] = {}
    for row in pair.table("demonyms"):
        prefix = row["kind"] == "prefix"
        # a religious community (Institut Catholique) says nothing of the language a name is in
        home = row.get("home") == "yes" or row["kind"] == "group"
        english = row["english"]
        taken = {fold(english), fold(row["plural"] or english)}
        row_forms = []
        # the feminine noun of people where it differs from the adjective's feminine (la Suissesse beside l'équipe
        # suisse): a form the source writes for one of the row's people, as copied as the others
        for base in dict.fromkeys(b for b in (row["masculine"], row["feminine"], row.get("feminine_noun")) if b):
            variants = [base] if prefix else list(dict.fromkeys((base, pair.source.plural(base))))
            if len(variants) > 1 and tgt.zipf(capitalised(variants[1])) >= MAX_TARGET_ZIPF:
                continue  # the target writes the plural as a name of its own (the Canadiens, the hockey club):
                # its singular is that name's too (a Canadien win, a Canadien forward)
            for v in variants:
                form = capitalised(v)
                row_forms.append(form)
                folded = fold(form)
                bare = fold(form, keep_case=True)  # Egyptiens: capitals and MT often drop the accent
                if not prefix and bare != form and folded not in taken and tgt.zipf(bare) < MAX_TARGET_ZIPF \
                        and not (tgt.in_dictionary(bare) or tgt.in_dictionary(bare.lower())):
                    forms.setdefault(bare, (english, row["plural"], prefix, home, ()))
                if (folded in taken and bare == form) or folded in places or folded in pair.first_names_folded:
                    continue  # an accented form equal to the English one after folding (Nigérien, Kényans) stays
                    # if the target never writes its accents: the dictionary and frequency screens below decide
                if not prefix and (_frequent(form, tgt) or tgt.in_dictionary(form)
                                   or tgt.in_dictionary(form.lower())):
                    continue
                forms[form] = (english, row["plural"], prefix, home, ())
        if not prefix:
            for mix in _mixes(row_forms, english, row["plural"], tgt):
                mixes.setdefault(mix, (english, row["plural"], False, home, tuple(row_forms)))
    for mix, value in mixes.items():
        forms.setdefault(mix, value)
    return forms


def _frequent(form: str, tgt) -> bool:
    """The target language writes ``form`` at least ``MAX_TARGET_ZIPF`` often. Not asked of a compound:
    the frequency lists split a word at its hyphens, so a compound's figure is its halves', which says
    nothing of the compound (gallo and romain make Gallo-Romain 2.6, a form English never writes)."""
    return "-" not in form and tgt.zipf(form) >= MAX_TARGET_ZIPF


def capitalised(form: str) -> str:
    """A table form as a noun of people is written: every part of a compound capitalised (Nord-Coréens)."""
    return "-".join(part[:1].upper() + part[1:] for part in form.split("-"))


def _mixes(row_forms: list[str], english: str, plural: str, tgt) -> list[str]:
    """A compound nationality with some words put into the target language and some left in the source
    language (``Nord-Koreans``, ``North-Coréens`` for nord-coréens/North Koreans): the mixes of each
    compound form with the English form of its number (:func:`~mtqa.names.compounds.half_translated`:
    a kept source word is no word of the target language), the plural form with the English plural."""
    def target_word(w: str) -> bool:
        return tgt.in_dictionary(w) or tgt.in_dictionary(w.lower())

    out = []
    for form in row_forms:
        if "-" not in form:
            continue
        said = plural if plural and form.endswith("s") and form[:-1] in row_forms else english
        out += (mix for mix in half_translated(form, said, target_word) if fold(mix) != fold(form))
    return out


@memoize(TABLES)
def exonym_source_names(pair) -> frozenset[str]:
    """The folded source names of the exonym table's places: places the source language names its own way.
    The table's rows only: the wider forms of :func:`mtqa.names.exonym_forms.english_places` are built on
    :func:`demonym_forms`, which reads this (a nationality word is no place of the dictionary's)."""
    return frozenset(fold(r["french"]) for r in pair.table("exonyms"))
