"""The two digests a run computes (a compiled table's key, the report signature's checks), without
:mod:`hashlib`.

Why: importing :mod:`hashlib` loads OpenSSL's library (``_hashlib``) to offer its algorithms, a start-up
cost for a run that hashes a few short strings. CPython builds BLAKE2 and SHA-1 into modules of its own
(``_blake2``, ``_sha1``; :mod:`hashlib` never takes BLAKE2 from OpenSSL); a digest is the same whichever
code computes it. Weighed again in stop 34 against the public API: ``python -c`` importing the two
algorithms from :mod:`hashlib` and hashing two strings took 43 ms of CPU against 38 ms from the private
modules (median of 41 interleaved pairs, load ~19; ``-X importtime`` puts ``_hashlib`` at 2.6-15 ms),
some 2-3 % of a one-line check's ~0.2 s, the size of the other start-up items the project removes. The
standard library takes the same path for the same reason (``random`` imports ``_sha512``/``_sha2`` before
falling back to :mod:`hashlib`: "hashlib is pretty heavy to load"). ``_blake2.blake2b`` *is* the object
:mod:`hashlib` offers as ``blake2b``; SHA-1 is computed by either. These names are CPython's own, not a
promise: where one is missing (another implementation, a rename such as ``_sha512`` becoming ``_sha2`` in
3.12) the digest comes from :mod:`hashlib`, the same digest (tests/test_startup_imports.py)."""
from __future__ import annotations

try:
    from _blake2 import blake2b
except ImportError:  # renamed: hashlib imports it under the new name (a Python with no BLAKE2 has neither)
    from hashlib import blake2b

try:
    from _sha1 import sha1
except ImportError:  # hashlib's (OpenSSL's) SHA-1: tested with the module hidden
    from hashlib import sha1

__all__ = ["blake2b", "sha1"]
