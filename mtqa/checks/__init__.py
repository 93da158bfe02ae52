"""The check families. :data:`FAMILIES` is the single place where a family is switched into the product.

Importing this package imports none of them: :mod:`mtqa.checks.registry` imports a family's module when a
run selects one of its checks (or when every check is listed, documented or tested), so a run pays at
start-up for the checks it runs, not for all of them (``mtqa compare``'s A609/A610, the preview checks).
Each module holds one family, and its checks enter the registry by importing it.
"""

FAMILIES = (
    "duplication",
    "source_leak",
    "formats",
    "punctuation",
    "glued",
    "mixed_script",
    "untranslated",
    "foreign_script",
    "other_language",
    "nonwords",
    "casing",
    "names",
    "transliteration",
    "exonyms",
    "acronyms",
    "honorifics",
    "glossary",
    "repetition",
    "numbers",
    "false_friends",
    "omission",
    "meaning.gaps",
    "meaning.senses",
    "meaning.polarity",
    "meaning.units",
    "meaning.figure_words",
    "meaning.constructions",
    "field_sense",
    "gloss_frames",
    "word_order",
    "phrase_calques",
    "of_phrases",
    "grammar_calques",
    "measure_calques",
    "time_calques",
    "hearsay",
    "valency",
    "title_articles",
    "mass_plurals",
    "generic_articles",
    "fragments",
    "name_swaps.translated_as_words",
    "name_swaps.replaced",
    "name_swaps.replaced_throughout",
    "name_swaps.regnal_forms",
    "omitted_names",
    "regnal_numbers",
    "foreign_first_names",
    "demonyms",
    "balance",
    "length_cap",
    "cross_system",
)
"""The modules under ``mtqa/checks`` whose import registers checks, in the order the registry was filled when
this package imported them all (a family module may also register checks defined in another it imports)."""
