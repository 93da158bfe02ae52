"""Meaning: word-level alignment of a segment pair through a bilingual lexical model.

mtqa's other checks look at the surface of the target. This package asks
whether the target says what the source says: each source content word is
linked to a target word that translates it (a learned lexical translation,
a dictionary entry, a cognate, an identical name or number), and what stays
unlinked on either side becomes evidence of an omission, an addition or a
mistranslation. The same links give an adequacy estimate in [0, 1] that
the score uses (see :mod:`mtqa.scoring.mqm`).
"""
