"""Shared fixtures: repository paths and the shared real-data folder."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "seed"
SHARED_DATA = Path(os.environ.get("MTQA_SHARED_DATA", ROOT.parent / "shared" / "data"))


def pytest_sessionstart(session):
    """The fluency checks read Debian's Hunspell dictionaries; without them say so once."""
    from mtqa.langs import language

    if not language("en").has_dictionary:
        pytest.exit("English Hunspell dictionaries not found: apt-get install hunspell-en-us hunspell-en-gb "
                    "(.ci/run does this)", returncode=3)


@pytest.fixture
def shared_data() -> Path:
    """The WMT data folder outside the repo; tests using it skip when it is absent."""
    if not (SHARED_DATA / "wmt14-fren").is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA} (set MTQA_SHARED_DATA)")
    return SHARED_DATA


@pytest.fixture
def seed_title() -> str:
    return (SEED / "article.fr-title.txt").read_text(encoding="utf-8").strip()


@pytest.fixture
def data_folder(tmp_path, monkeypatch):
    """An ``$MTQA_DATA`` folder searched before the package's data: ``put(path, text, *caches)`` writes
    ``<folder>/<path>`` (``text`` may be bytes) and names the caches built from it, cleared (with ``data_toml``'s) before the
    test reads them and again after it, so later tests read the package's own files."""
    from mtqa.langs.data import data_toml

    caches = [data_toml]

    def clear():
        for fn in caches:
            fn.cache_clear()

    def put(path: str, text, *built_from) -> None:
        file = tmp_path / path
        file.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):  # a packed file (a lexical model's .tsv.gz)
            file.write_bytes(text)
        else:
            file.write_text(text, encoding="utf-8")
        caches.extend(built_from)
        clear()

    monkeypatch.setenv("MTQA_DATA", str(tmp_path))
    yield put
    monkeypatch.delenv("MTQA_DATA")
    clear()
