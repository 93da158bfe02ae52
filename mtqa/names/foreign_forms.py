"""The foreign first names French writes the French way (``foreign_first_names.<pair>.tsv``: Alexandre
Soljenitsyne, Georges Bush, Isabelle Bayón) and the surname cues that say a person is foreign.

T108 reads them to suggest the person's own first name; T104 reads them so as not to call that own name an
anglicised one. Both ask the same questions of the same table: the answers live here, owned by neither.
"""
from __future__ import annotations

import functools

from mtqa.langs import fold

ATTESTED = 1.5
"""Zipf frequency a surname needs in the target language to count as a name that language writes."""


@functools.lru_cache(maxsize=None)
def foreign_forms(pair: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """Folded French form -> its rows' (English form, partner kind), in the table's order."""
    from mtqa.langs.data import pair_table

    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for r in pair_table("foreign_first_names", pair):
        out[fold(r["french"])] = out.get(fold(r["french"]), ()) + ((r["english"], r["partner"]),)
    return out


def foreign_surname(surname: str, source_surname: str, partner: str, ctx) -> bool:
    """Spelt with the letters of the partner's language (Hernández, for ``spanish``), Slavic by the
    ending of either spelling (Soljenitsyne -ine), or a name the target writes more (``any``)."""
    from mtqa.names.analysis import slavic

    letters = ctx.pair.surname_letters.get(partner)
    if letters is not None:
        return any(c in letters for c in surname.lower() + source_surname.lower())
    if slavic(surname) or slavic(source_surname):
        return True
    if partner != "any":
        return False
    zipf = ctx.target.zipf(surname)
    return zipf >= ATTESTED and zipf > ctx.source.zipf(surname)


def own_foreign_form(first: str, rendered: str, surname: str, ctx) -> bool:
    """``rendered`` is the form a row of the table gives the source first name ``first``, and ``surname``
    (kept beside it) has that row's cue: the person's own first name (Isabelle Bayón -> Isabel)."""
    return any(fold(english) == fold(rendered) and foreign_surname(surname, surname, partner, ctx)
               for english, partner in foreign_forms(ctx.config.pair).get(fold(first), ()))
