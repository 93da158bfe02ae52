"""The check families. Importing this package registers every check.

Each module holds one family; the list below is the single place where a
family is switched into the product.
"""
from mtqa.checks import duplication  # noqa: F401
from mtqa.checks import source_leak  # noqa: F401
