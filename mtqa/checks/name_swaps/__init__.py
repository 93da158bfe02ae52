"""Names the translation lost: translated as common words, or replaced by another name.

Two ways MT breaks a name that spelling checks cannot see, because every
word of the result is correctly spelled English:

* a name read as common words and translated (``Pierre`` -> "Stone",
  ``Marine Le Pen`` -> "Navy The Pen"); the evidence is a bilingual
  dictionary (FreeDict French-English, Debian ``dict-freedict-fra-eng``,
  read by :mod:`mtqa.langs.freedict`): a capitalised target word in
  mid-sentence is a dictionary translation of a source name that the
  target lost;
* a name replaced by another one (``Piromalli`` -> "Patel", ``Yonath`` ->
  "Darwin"), typical of systems that copy names from their training data:
  the one unknown source name missing from the target, and the one new
  capitalised target word that nothing in the source accounts for.

Both compare the aligned source and target sentence; without a source they
are silent, and without the dictionary the first reads only a name's
determiner (``Les Echos`` -> "the Echos", from the pair's data).

One module a check, and the readers they share below them (an import goes downwards only):

* :mod:`~mtqa.checks.name_swaps.translated_as_words` (T105), with its verb and noun readings in
  :mod:`~mtqa.checks.name_swaps.word_readings`;
* :mod:`~mtqa.checks.name_swaps.replaced` (T106) and :mod:`~mtqa.checks.name_swaps.replaced_throughout` (T110),
  which share :mod:`~mtqa.checks.name_swaps.swap_readers`;
* :mod:`~mtqa.checks.name_swaps.regnal_forms` (T107);
* the readers: :mod:`~mtqa.checks.name_swaps.lost_names` (source names the target lost, also read by A611),
  :mod:`~mtqa.checks.name_swaps.name_words` (a sentence's name words) and
  :mod:`~mtqa.checks.name_swaps.likeness` (a name's spelling likeness to a text's words).

Importing the package imports none of them: :data:`mtqa.checks.FAMILIES` lists the four check modules.
"""
