"""Meaning (A6xx): what the word alignment of a sentence pair says was lost, added or changed.

Every check here reads the word alignment of :mod:`mtqa.meaning` (computed
once per document and shared with the score): source words linked to no
target word, target words no source word accounts for, and source words
whose usual translation is absent. Evidence is graded: a long run of
unlinked content words is a dropped or invented clause; one unlinked word is
only a candidate, reported when the lexical model is confident of what the
word should have become. Polarity (negation words) is read from the data
file ``mtqa/data/lexmodel/polarity.toml``.

One module a family, and what they share below them (an import goes downwards only):

* :mod:`~mtqa.checks.meaning.gaps`: omitted and added content (A601, A602, A608, A615);
* :mod:`~mtqa.checks.meaning.senses`: mistranslation and word sense (A603, A612, A613, A616);
* :mod:`~mtqa.checks.meaning.polarity`: negation and contrast (A604, A606, A607);
* :mod:`~mtqa.checks.meaning.units`: units of measure (A605);
* :mod:`~mtqa.checks.meaning.figure_words`: figures said in words (A614);
* :mod:`~mtqa.checks.meaning.constructions`: a verb's sense by its construction (A631);
* :mod:`~mtqa.checks.meaning.shared`: the base class, the source's negations and a word's expected rendering.

Why split: the one module of 2,146 lines held five families, and an edit to one (a polarity rule) sat in the
same file as every other's helpers. Importing this package imports none of them (as
:mod:`mtqa.checks`): the registry imports the module of a check a run selects.
"""
