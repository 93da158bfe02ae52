"""mtqa: quality checks for machine translation of news.

The public API: :func:`mtqa.api.check_pair` checks one document pair,
:func:`mtqa.api.run` streams results over readers' output. The CLI in
:mod:`mtqa.cli` is a thin shell over that API.
"""
__version__ = "0.1.0"

VERSION_MESSAGE = "%(prog)s, version %(version)s"
"""What ``mtqa --version`` prints (click's ``version_option`` message, placeholders and all); one text for
click's option and for the lone ``--version`` :mod:`mtqa.__main__` answers without importing click."""
