"""Sentence alignment of a source document with its translation.

:func:`align_sequences` is the length+anchor DP over plain texts;
:func:`align_documents` applies it to headlines, paragraphs and sentences of
two :class:`~mtqa.model.Document` objects; :func:`align_title` handles the
case where only the source headline is known.
"""
from mtqa.align.document import align_documents, align_title
from mtqa.align.lengths import align_sequences

__all__ = ["align_sequences", "align_documents", "align_title"]
