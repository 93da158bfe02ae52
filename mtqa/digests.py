"""The two digests a run computes (a compiled table's key, the report signature's checks), without
:mod:`hashlib`.

Why: importing :mod:`hashlib` loads OpenSSL's library to offer its algorithms, some 5 ms of a start-up
that hashes a few short strings. CPython builds BLAKE2 and SHA-1 into modules of its own (``_blake2``,
``_sha1``; :mod:`hashlib` never takes BLAKE2 from OpenSSL); a digest is the same whichever code computes it.
A Python built without them gets :mod:`hashlib`'s."""
from __future__ import annotations

try:
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without the module
    from hashlib import blake2b

try:
    from _sha1 import sha1
except ImportError:  # pragma: no cover
    from hashlib import sha1

__all__ = ["blake2b", "sha1"]
