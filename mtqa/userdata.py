"""The user's data folders (``$MTQA_DATA``) and the identity of a file in them.

A folder named by ``$MTQA_DATA`` holds the user's copies of language data files, read before the package's
own (:mod:`mtqa.langs.data`). Two places must tell whether such a file changed: the key of a table compiled
from it (:func:`mtqa.compiled.fingerprint`) and the data fingerprint a Dask worker compares with the client's
(:func:`mtqa.langs.data.fingerprint`). Both read this module, which imports nothing of mtqa: it lived half in
:mod:`mtqa.compiled` and half in :mod:`mtqa.langs.data`, each importing the other.
"""
from __future__ import annotations

import os
import time
from pathlib import Path


def user_folders() -> list[Path]:
    """The ``$MTQA_DATA`` folders, as named, in the order they are searched (none: the package's data only)."""
    return [Path(f) for f in os.environ.get("MTQA_DATA", "").split(os.pathsep) if f]


def user_folder_prefixes() -> tuple[str, ...]:
    """The ``$MTQA_DATA`` folders (:func:`user_folders`) as prefixes of their files' paths, as
    named and with links resolved: a file is read through the folder's own path (``data_path``), and a
    ``langs`` the folder links to elsewhere has a real path under no folder at all."""
    folders = user_folders()
    return tuple(dict.fromkeys(os.path.join(resolve(f), "") for f in folders for resolve in (os.path.abspath,
                                                                                            os.path.realpath)))


RACY_NS = 2_000_000_000
"""A file changed less than this before it was hashed may change again with the same stat (a clock whose
ticks are coarser than the two writes): its digest is not kept (as git treats a "racily clean" entry)."""
_DIGESTS: dict[str, tuple[tuple, str]] = {}
"""Real path -> (its stat identity when hashed, the digest): one entry a data file, emptied past 4,096."""


def content_digest(path) -> str:
    """SHA-256 of the bytes of ``path``, read again only when its identity (inode, size, modification and
    change times) differs from when it was hashed, or when it was hashed within :data:`RACY_NS` of a change.

    The change time moves with every write and every reset of the modification time, and no one can set it
    back: a rewrite with the same size and modification time is seen. OSError as reading raises it."""

    st = os.stat(path)
    key = (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    real = os.path.realpath(path)
    kept = _DIGESTS.get(real)
    if kept is not None and kept[0] == key:
        return kept[1]
    hashed_at = time.time_ns()
    import hashlib  # only for a file to hash ($MTQA_DATA's, compare's signature): a start-up without one does
    # not load OpenSSL

    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    if hashed_at - max(st.st_mtime_ns, st.st_ctime_ns) > RACY_NS:
        if len(_DIGESTS) >= 4096:
            _DIGESTS.clear()
        _DIGESTS[real] = (key, digest)
    else:
        _DIGESTS.pop(real, None)
    return digest
