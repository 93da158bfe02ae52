"""How human references write the words F302 reads: titles right before a name, and nationality and language
words the English dictionary also knows in lower case.

Usage: ``.venv/bin/python bench/case_survey.py [--data DIR] [--years 2008,...,2013] [--show WORD]``

F302's bare-title reading flags a title in lower case directly before a name (``received pope Francis``) only
for the titles human references capitalise there consistently. This survey counts, in the newstest references
of the calibration years (2008-2013, newstest2014 excluded) and the Potet post-edits, every use of a title of
the pair's title table (``names/titles.<pair>.tsv``, side target, kind title) directly before a capitalised
word that is not a function word, in the *bare* context: not opening a sentence, and not after a determiner,
a possessive, a modifier such as ``former`` or a capitalised word (``the French president Emmanuel Macron``,
``Britain's prime minister``), where news style varies. It prints, per title, capitalised / lower case and the
share capitalised: F302 keeps those at ``--min-share`` (0.9) or more with at least ``--min-uses`` (5) uses.

It also counts, for the nationality and language words the English dictionary knows in lower case
(``french``, ``german``, ``polish``), their lower-case uses in the references (the English senses: ``polish``,
``french fries``), which F302 must leave alone.
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mtqa.langs import language, language_pair  # noqa: E402

YEARS = ("2008", "2009", "2010", "2011", "2012", "2013")
FILES = {"2008": "news-test2008.en", "2009": "newstest2009.en", "2010": "newstest2010.en",
         "2011": "newstest2011.en", "2012": "newstest2012.en", "2013": "newstest2013.en"}


def reference_lines(data: Path, years) -> list[str]:
    out = []
    for y in years:
        out += (data / "newstest-fren-2008-2015" / FILES[y]).read_text(encoding="utf-8").splitlines()
    pe = data / "potet-fren-postedit" / "pe.en"
    if pe.exists():
        out += pe.read_text(encoding="utf-8").splitlines()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--years", default=",".join(YEARS))
    ap.add_argument("--min-share", type=float, default=0.9)
    ap.add_argument("--min-uses", type=int, default=5)
    ap.add_argument("--show", default="", help="print the lower-case bare uses of this title")
    args = ap.parse_args()
    lines = reference_lines(Path(args.data), [y for y in args.years.split(",") if y])
    en, pair = language("en"), language_pair("fr", "en")
    from mtqa.checks.casing import lowercase_demonyms, bare_title_context, style
    # the offices among the table's titles (case_style.toml's variable_case: not the courtesy titles Mr, Miss,
    # Sir, which French writes capitalised or abbreviated) and the multiword titles F302 already reads
    offices = style()["_variable"]
    titles = sorted({row["word"] for row in pair.table("titles") if row["side"] == "target" and row["kind"] == "title"
                     and row["word"] in offices} | {t for t in style()["titles_before_names"] if " " in t},
                    key=lambda t: -len(t))
    alts = "|".join(re.escape(t).replace(r"\ ", " ") for t in titles)
    title_re = re.compile(rf"(?<![\w-])({alts}) ([A-Z][^\W\d_]+)", re.IGNORECASE)
    calendar = style()["_temporal"]
    counts = collections.defaultdict(lambda: [0, 0])
    shown = []
    for text in lines:
        for m in title_re.finditer(text):
            title, name = m.group(1), m.group(2)
            if not name[0].isupper() or name.lower() in en.function_words or name in calendar:
                continue
            if not bare_title_context(text, m.start(1), en, lowercase_demonyms(pair)):
                continue
            low = title.lower()
            capitalised = title[0].isupper()
            counts[low][0 if capitalised else 1] += 1
            if not capitalised and low == args.show:
                shown.append(text[max(0, m.start() - 60):m.end() + 20])
    print(f"{len(lines)} reference lines; bare uses of a title before a capitalised word")
    print(f"{'title':16s} {'Cap':>5s} {'low':>5s} {'share':>6s}  kept")
    for low, (cap, lower) in sorted(counts.items(), key=lambda kv: -sum(kv[1])):
        n = cap + lower
        keep = n >= args.min_uses and cap / n >= args.min_share
        print(f"{low:16s} {cap:5d} {lower:5d} {cap / n:6.2f}  {'yes' if keep else ''}")
    for s in shown:
        print("  ", s)
    from mtqa.checks.casing import lowercase_demonyms, language_name_words
    words = sorted(w for w in lowercase_demonyms(pair) | language_name_words(en) if en.in_dictionary(w))
    print("\nlower-case uses in the references of nationality/language words the dictionary knows in lower case")
    for w in words:
        hits = [t for t in lines if re.search(rf"(?<![\w'’-]){w}(?![\w'’-])", t)]
        print(f"{w:14s} {len(hits):4d}", " | ".join(h[:90] for h in hits[:3]))


if __name__ == "__main__":
    main()
