"""Count how human English writes a title right before a person's name: writes ``mtqa/data/names/title_articles.en.tsv``.

Usage: ``.venv/bin/python bench/title_articles.py [--data DIR] [--check] [--show TITLE]``

F502 (:mod:`mtqa.checks.title_articles`) reads « le président turc Recep Tayyip Erdogan » kept as "the Turkish
president Recep Tayyip Erdogan". Whether English writes a title so is counted here, not chosen: for each title of
``title_article.titles`` (``mtqa/data/langs/en.toml``), with or without a nationality adjective of the demonym table
before it, three shapes before a capitalised name:

* ``article``: "the [Turkish] president Recep Tayyip Erdogan" (no comma between the title and the name);
* ``bare``: "[Turkish] President Recep Tayyip Erdogan" with no determiner nor describing word before;
* ``comma``: "the [Turkish] president, Recep Tayyip Erdogan" (the name in apposition);

and, of the ``article`` uses, ``capital``: the title capitalised after the article ("the German Chancellor Angela
Merkel"), a style some English wire copy writes. A flagged title's capitalised form is flagged too (``capital`` =
yes) only where the English-written documents do not write it so: no more of their article uses capitalised than
none while they write the bare form (``written_capital`` = 0). Stop 70's count: none of the 1,287 English-written
sentences writes a title of the list capitalised after "the" before a name, and 11 write one bare (president 8,
prime minister, judge and chairman 1 each), so no title's capitalised form is exempt yet; a larger English-written
set that writes the form would exempt the title without a change of code.

Twice: in the references of newstest 2012-2013 documents written in English (``reporting_inversion.english_written``,
1,287 sentences: too few to decide alone) and in all the training English (newstest 2008-2013 references and
Potet's post-edits, most of them translations). A title is flagged when its bare form dominates the training English
(at least ``BARE_MIN`` uses, more than its article and comma uses together) and the English-written documents do not write the
article form more than the bare one. Why the training English may decide: its translators kept the French article
often (the bias runs toward the article form), so a title whose bare form still dominates there dominates English
as written all the more. newstest2014-2015 and every MT output are held out.

``--check`` compares with the shipped file (exit 1 when it differs); ``--show TITLE`` prints the article uses.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from build_lexicon import DEFAULT_DATA  # noqa: E402
from reporting_inversion import english_lines, english_written  # noqa: E402
from mtqa.langs.title_articles import count_shapes, titles  # noqa: E402

OUT = ROOT / "mtqa" / "data" / "names" / "title_articles.en.tsv"
BARE_MIN = 5
HEADER = ("# How human English writes a title right before a person's name (F502, mtqa/checks/title_articles.py):\n"
          "# uses of \"the [Adj] title Name\" (article), \"[Adj] Title Name\" (bare) and \"the [Adj] title, Name\"\n"
          "# (comma) in the references of newstest 2012-2013 documents written in English (written_*) and in the\n"
          "# newstest 2008-2013 references and Potet's post-edits (all_*). flagged = yes: the bare form dominates\n"
          f"# (all_bare >= {BARE_MIN} and > all_article + all_comma; written_article <= written_bare).\n"
          "# *_capital: of the article uses, those with the title capitalised (\"the German Chancellor Angela\n"
          "# Merkel\"); capital = yes: a flagged title is flagged capitalised too (written_capital = 0).\n"
          "# Made by bench/title_articles.py; --check says whether this file is what it builds.\n")


def build(data: Path) -> str:
    written = count_shapes(english_written(data))
    every = count_shapes(english_lines(data))
    rows = [HEADER + "title\twritten_article\twritten_bare\twritten_comma\twritten_capital\tall_article\tall_bare\t"
            "all_comma\tall_capital\tcapital\tflagged"]
    for title in titles():
        w, a = written.get(title, {}), every.get(title, {})
        flagged = (a.get("bare", 0) >= BARE_MIN and a.get("bare", 0) > a.get("article", 0) + a.get("comma", 0)
                   and w.get("article", 0) <= w.get("bare", 0))
        capital = flagged and w.get("capital", 0) == 0
        rows.append("\t".join([title, *(str(c.get(k, 0)) for c in (w, a) for k in ("article", "bare", "comma", "capital")),
                               "yes" if capital else "no", "yes" if flagged else "no"]))
    return "\n".join(rows) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--show", default="")
    args = ap.parse_args()
    data = Path(args.data)
    if not (data / "newstest-fren-2008-2015").is_dir():
        print(f"no training data under {data}", file=sys.stderr)
        return 2
    if args.show:
        for line in english_lines(data):
            shapes = count_shapes([line])
            if shapes.get(args.show, {}).get("article"):
                print(line)
        return 0
    text = build(data)
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.name}: {'same' if same else 'differs'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
