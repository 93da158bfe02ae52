"""The check families. Importing this package registers every check.

Each module holds one family; the list below is the single place where a
family is switched into the product.
"""
from mtqa.checks import duplication  # noqa: F401
from mtqa.checks import source_leak  # noqa: F401
from mtqa.checks import formats  # noqa: F401
from mtqa.checks import punctuation  # noqa: F401
from mtqa.checks import glued  # noqa: F401
from mtqa.checks import mixed_script  # noqa: F401
from mtqa.checks import untranslated  # noqa: F401
from mtqa.checks import foreign_script  # noqa: F401
from mtqa.checks import other_language  # noqa: F401
from mtqa.checks import nonwords  # noqa: F401
from mtqa.checks import casing  # noqa: F401
from mtqa.checks import names  # noqa: F401
from mtqa.checks import transliteration  # noqa: F401
from mtqa.checks import exonyms  # noqa: F401
from mtqa.checks import honorifics  # noqa: F401
from mtqa.checks import glossary  # noqa: F401
from mtqa.checks import repetition  # noqa: F401
from mtqa.checks import numbers  # noqa: F401
from mtqa.checks import false_friends  # noqa: F401
from mtqa.checks import omission  # noqa: F401
from mtqa.checks import meaning  # noqa: F401
from mtqa.checks import fragments  # noqa: F401
from mtqa.checks import name_swaps  # noqa: F401
from mtqa.checks import omitted_names  # noqa: F401
from mtqa.checks import regnal_numbers  # noqa: F401
from mtqa.checks import foreign_first_names  # noqa: F401
from mtqa.checks import demonyms  # noqa: F401
from mtqa.checks import balance  # noqa: F401
from mtqa.checks import length_cap  # noqa: F401
from mtqa.checks import cross_system  # noqa: F401
