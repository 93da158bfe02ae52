"""What the English side of the parallel news says of F501's verbs: each row's misuse against its right use.

Usage: ``.venv/bin/python bench/valency_counts.py [--data DIR]``

For every row of ``mtqa/data/valency.toml`` (target language ``en``) it counts, in the human English of the
parallel news F501 may learn from (newstest 2008-2013 references, Potet's post-edits; ``DIR`` defaults to
``../shared/data``), the sentences where the reading finds the row's misuse (:meth:`mtqa.langs.valency.Valency.misuses`,
the check's own reading) and those where the verb takes the complement English gives it (``comment on the``,
``depend on``, ``discuss the``, ``avoid saying``, ``explained to them``). A row is worth its place when human
English writes the right use and (nearly) never the misuse: the file's verbs were checked so (stop 64), and a row
added later should be. Newstest 2014-2015 and every MT output are left out (held out, and not human English).
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mtqa.langs.data import data_toml  # noqa: E402
from mtqa.langs.valency import READINGS, valency  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from build_lexicon import DEFAULT_DATA, training_files  # noqa: E402  (the training sets: one owner)


def right_use(kind: str, row: dict, section: dict) -> re.Pattern:
    """The complement English gives the row's verb, as a pattern over a sentence."""
    forms = "|".join(re.escape(f) for f in (row["forms"] if isinstance(row["forms"], list) else row["forms"]))
    dets = "|".join(re.escape(d) for d in section["determiners"])
    pronouns = "|".join(re.escape(p) for p in section["pronouns"])
    marker = re.escape(section["infinitive_marker"])
    after = {
        "object": rf"{re.escape(row.get('needs', ''))}\s+(?:{dets})\b",
        "preposition": rf"{re.escape(row.get('right', ''))}\s*(?:{dets})\b",
        "infinitive": rf"(?:{pronouns}|(?:{dets})\s+\w+|\w+)\s+{marker}\s+[a-z]",
        "gerund": r"[a-z]+ing\b",
        "pronoun": rf"{marker}\s+(?:{pronouns})\b" if "{subject}" not in row.get("suggestion", "")
        else r"that\s",
    }[kind]
    return re.compile(rf"\b(?:{forms})\s+{after}", re.IGNORECASE)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    args = ap.parse_args(argv)
    data = Path(args.data)
    lines = [line for path in training_files(data, "en") if path.is_file()
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    if not lines:
        print(f"no parallel news under {data}", file=sys.stderr)
        return 2
    section = data_toml("valency.toml")["en"]
    table = valency("en")
    print(f"{len(lines)} English sentences")
    print(f"{'kind':<12}{'verb':<14}{'misuse':>8}{'right':>8}")
    for kind in READINGS:
        for row in section.get(kind, []):
            forms = {f.lower() for f in row["forms"]}
            right = right_use(kind, row, section)
            wrong = sum(1 for line in lines for m in table.misuses(line)
                        if line[m.start:m.end].split()[0].lower() in forms)
            good = sum(1 for line in lines if right.search(line))
            print(f"{kind:<12}{row['verb']:<14}{wrong:>8}{good:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
