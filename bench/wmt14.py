"""Turn the WMT14 fr-en data in ../shared/data into mtqa .jsonl inputs.

The data stay outside the repository; this writes one JSON-lines file per
system (and one for the human reference) under bench/out/, with the French
source on every record and the newstest document id as ``doc``, so the first
segment of each document is treated as its headline.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "bench" / "out"


def refuse(message: str) -> None:
    """End a bench script whose input cannot be used: one line on stderr and exit 2, as the output contract
    asks of mtqa itself (``sys.exit(message)`` would exit 1, the code of a run whose documents failed)."""
    print(message, file=sys.stderr)
    raise SystemExit(2)


def data_dir(path: str | None) -> Path:
    folder = Path(path) if path else DEFAULT_DATA
    if not (folder / "wmt14-fren").is_dir():
        refuse(f"bench: WMT data not found under {folder} (pass --data)")
    return folder / "wmt14-fren"


def systems(wmt: Path) -> dict[str, Path]:
    """Human reference first, then the 8 systems, by short name."""
    out = {"reference": wmt / "newstest2014.fr-en.ref.en"}
    for p in sorted((wmt / "systems").glob("newstest2014.fr-en.*.en")):
        out[p.name.split(".")[2]] = p
    return out


def write_jsonl(wmt: Path, name: str, target: Path, with_reference: bool = False) -> Path:
    src = (wmt / "newstest2014.fr-en.src.fr").read_text(encoding="utf-8").split("\n")
    tgt = target.read_text(encoding="utf-8").split("\n")
    ref = (wmt / "newstest2014.fr-en.ref.en").read_text(encoding="utf-8").split("\n")
    with open(wmt / "newstest2014.fr-en.docs.tsv", encoding="utf-8") as f:
        docs = [row["docid"] for row in csv.DictReader(f, delimiter="\t")]
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"wmt14.{name}{'.ref' if with_reference else ''}.jsonl"
    if path.exists():  # written once; several benchmark runs may share it
        return path
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as f:
        for i, doc in enumerate(docs):
            rec = {"id": i + 1, "doc": doc, "source": src[i], "target": tgt[i]}
            if with_reference:
                rec["reference"] = ref[i]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data")
    args = ap.parse_args()
    wmt = data_dir(args.data)
    for name, path in systems(wmt).items():
        print(write_jsonl(wmt, name, path))


if __name__ == "__main__":
    main()
