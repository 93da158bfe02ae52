"""Names in a translation: finding them, grouping them, and romanising them.

This package holds the language machinery the name checks share and is free
of check logic: :mod:`~mtqa.names.mentions` finds capitalised name
sequences in text, :mod:`~mtqa.names.translit` proposes the English
spelling of a name romanised by French rules (with the frequency evidence
for it), :mod:`~mtqa.names.cluster` groups spellings of one entity, and
:mod:`~mtqa.names.analysis` runs all three over a document once and caches
the result for every check that needs it. The facts live in
``mtqa/data/names/`` (see its ``SOURCES.md``).
"""
