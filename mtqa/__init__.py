"""mtqa: quality checks for machine translation of news.

The public API: :func:`mtqa.api.check_pair` checks one document pair,
:func:`mtqa.api.run` streams results over readers' output. The CLI in
:mod:`mtqa.cli` is a thin shell over that API.
"""
__version__ = "0.1.0"
