"""Reading Hunspell ``.dic`` files as Hunspell does, and keeping what was read only while the reader is the same."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from mtqa import compiled
from mtqa.langs import hunspell, language

AFF = "SET UTF-8\nFLAG long\nSFX S. Y 1\nSFX S. 0 s .\n"
"""A French-style affix file: two-character flags, one plural suffix."""

DIC = "4\nmaison/S. po:nomf is:fem\ntoutefois po:adv\nkm\\/h/S.\tpo:sym\nà-peu-près\n"


def _dictionary(tmp_path: Path, dic: str = DIC, aff: str = AFF) -> tuple[Path, Path]:
    (tmp_path / "xx.dic").write_text(dic, encoding="utf-8")
    (tmp_path / "xx.aff").write_text(aff, encoding="utf-8")
    return tmp_path / "xx.dic", tmp_path / "xx.aff"


def test_a_dictionary_table_stored_by_the_parser_of_an_earlier_mtqa_is_not_served(tmp_path, monkeypatch):
    # a cache warmed by an earlier mtqa keyed its dictionary tables on the .dic and .aff files alone: their
    # size and time do not change when only the code reading them does, so a mended parser never reached a
    # machine that had run mtqa before. The stale table here is what a parser storing whole lines kept.
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    dic, aff = _dictionary(tmp_path)
    compiled.table("hunspell-xx-stems", (dic, aff), lambda: {"maison/S. po:nomf is:fem": frozenset()})
    compiled.cached("hunspell-xx-affixes", (dic, aff), lambda: ())
    hs = hunspell.read_hunspell(dic, aff)
    assert hs.lookup("maison") and hs.lookup("maisons") and not hs.lookup("maison/S. po:nomf is:fem")


@pytest.mark.parametrize("line, word, flags, fields", [
    ("maison/S. po:nomf is:fem", "maison", "S.", "po:nomf is:fem"),  # flags and fields
    ("toutefois po:adv", "toutefois", "", "po:adv"),  # fields, no flags: Debian's French, 543 lines
    ("Bhopal  po:npr is:epi is:inv", "Bhopal", "", "po:npr is:epi is:inv"),  # more than one space
    ("abandonware/M\tNoun: uncountable", "abandonware", "M", "Noun: uncountable"),  # tab, English GB
    ("anglais\tvice anglais", "anglais", "", "vice anglais"),  # tab, no flags
    ("IIRC\tInitialism of if I recall/remember correctly", "IIRC", "", "Initialism of if I recall/remember correctly"),
    ("km\\/h/S.\tpo:sym", "km/h", "S.", "po:sym"),  # an escaped slash is the word's
    ("1\\/2", "1/2", "", ""),
    ("/", "/", "", ""),  # a slash opening the entry is the word itself
    ("walk/DGS", "walk", "DGS", ""),
    ("a lot", "a lot", "", ""),  # a word pair: a space before no field id is the entry's
    ("in spite/X po:loc", "in spite", "X", "po:loc"),
    ("  maison/S.  ", "maison", "S.", ""),
])
def test_every_shape_of_dic_line_gives_the_word_and_its_flags(line, word, flags, fields):
    assert hunspell.dic_entry(line) == (word, flags, fields)


def test_words_with_fields_but_no_flags_are_words_of_the_dictionary(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", "off")
    hs = hunspell.read_hunspell(*_dictionary(tmp_path))
    assert hs.stems == {"maison": frozenset({"S."}), "toutefois": frozenset(), "km/h": frozenset({"S."}),
                        "à-peu-près": frozenset()}
    assert [hs.lookup(w) for w in ("toutefois", "maisons", "km/h", "km/hs", "toutefois po:adv")] == [
        True, True, True, True, False]


needs_french = pytest.mark.skipif(hunspell.dictionary("fr") is None, reason="hunspell-fr not installed")


@needs_french
@pytest.mark.parametrize("word", ["toutefois", "malgré", "dès", "donc"])
def test_debians_french_dictionary_knows_its_adverbs_and_prepositions_without_flags(word):
    # each stands on a line of fr.dic with fields but no flags ("toutefois po:adv")
    assert language("fr").in_dictionary(word)


def _counting_parses(tmp_path: Path, monkeypatch) -> tuple[Path, Path, list]:
    """A dictionary under a cold cache of its own, and the list that gets one item per parse of its files."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    dic, aff = _dictionary(tmp_path)
    parsed: list = []
    real = hunspell._parse_hunspell
    monkeypatch.setattr(hunspell, "_parse_hunspell", lambda *a: parsed.append(1) or real(*a))
    return dic, aff, parsed


def test_a_warm_cache_serves_the_tables_without_parsing_again(tmp_path, monkeypatch):
    # the parser's own files are part of the key: read by their identity (size, time), not per run, so the
    # second run of an unchanged mtqa parses nothing
    dic, aff, parsed = _counting_parses(tmp_path, monkeypatch)
    first = hunspell.read_hunspell(dic, aff)
    built = len(parsed)
    second = hunspell.read_hunspell(dic, aff)
    assert built and len(parsed) == built and dict(second.stems.items()) == dict(first.stems.items())


def test_a_cold_cache_parses_the_files_once_for_both_tables(tmp_path, monkeypatch):
    # the affix rules and the stems are stored apart, and each table's builder parsed the files whole: the
    # first run read every dictionary twice (the French one is 80,000 lines)
    dic, aff, parsed = _counting_parses(tmp_path, monkeypatch)
    hs = hunspell.read_hunspell(dic, aff)
    assert len(parsed) == 1 and hs.lookup("maisons") and hs.lookup("toutefois")


def test_stems_tagged_reads_word_classes_by_field_prefix():
    """Word classes of the .dic fields, read by the start of the field (po:v1__t___zz is a verb)."""
    if not hunspell.installed(("fr",)):
        pytest.skip("French Hunspell dictionary not installed")
    nouns, verbs = hunspell.stems_tagged(("fr",), "po:nom"), hunspell.stems_tagged(("fr",), "po:v")
    assert "métropole" in nouns and "fermer" not in nouns
    assert "fermer" in verbs and "métropole" not in verbs
    assert "toutefois" not in nouns  # po:adv, a line with fields and no flags


def test_tagged_rules_read_strip_and_add_as_the_parser_does():
    # suffix_made matches a tagged rule against the parsed ones by (flag, strip, add, condition): one reading of
    # an .aff line for both, or a rule with "0" or continuation flags would never match
    names = ("fr",)
    paths = hunspell.files(names)
    if not paths:
        pytest.skip("no French dictionary installed")
    parsed = {(flag, strip, add, cond) for kind, flag, strip, add, cond, _ in
              hunspell._parse_hunspell(paths[0], paths[1])[0] if kind == "SFX"}
    tagged = hunspell.tagged_rules(names, frozenset({"po:3sg"}))
    assert tagged and tagged <= parsed
    assert any(strip == "" for _, strip, _, _ in tagged) or any(add == "" for _, _, add, _ in tagged)


def test_text_lines_are_the_lines_splitlines_makes_of_the_whole_text(tmp_path):
    raw = ("3\r\nmaison/S. po:nomf\rchat po:nomm\x0bchien\n\nrue\x85place\u2028pont\r\n"
           "gare\x1c\x1dquai\fport\n").encode("utf-8") + b"caf\xe9 po:nomm\n\xff\nfin"
    path = tmp_path / "xx.dic"
    path.write_bytes(raw)
    assert list(hunspell.text_lines(path)) == path.read_text(encoding="utf-8", errors="replace").splitlines()


def test_a_cold_noun_table_is_written_from_the_dictionary_read_a_line_at_a_time(tmp_path, monkeypatch):
    """The French dictionary's 52,000 nouns: a cold cache read the .dic whole and built their dict to write
    the table (+26 MB on a first run's peak); the table is now written as the lines are read."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("MTQA_HUNSPELL_DIR", str(tmp_path))
    dic, _ = _dictionary(tmp_path, dic="4\nmaison/S. po:nomf is:fem\ntoutefois po:adv\ngare\tpo:nomf\nfermer po:v1\n")
    real = Path.read_text

    def read_text(self, *args, **kwargs):
        if self.suffix == ".dic":
            raise AssertionError(f"{self.name} was read whole")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", read_text)
    nouns = hunspell.stems_tagged(("xx",), "po:nom")
    assert isinstance(nouns, compiled.DiskTable)
    assert dict(nouns.items()) == {"maison": 1, "gare": 1}


def test_case_forms_that_are_plain_stems_build_no_affix_tables(tmp_path, monkeypatch):
    # "Le" at a sentence start is the stem "le": its lookup tried "Le" through every affix rule first, so the
    # rules (5,422 in French) were made into objects for a word that needs none
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    hs = hunspell.read_hunspell(*_dictionary(tmp_path, dic="2\nmaison/S.\nle\n"))
    assert hunspell.in_dictionary((hs,), "Le") and hunspell.in_dictionary((hs,), "MAISON")
    assert "_suffix_rules" not in vars(hs)
    assert hunspell.in_dictionary((hs,), "Maisons") and "_suffix_rules" in vars(hs)  # the rules, once needed
    assert not hunspell.in_dictionary((hs,), "Maisonx")


def test_a_one_line_check_of_plain_french_words_builds_no_french_affix_tables(one_line_check):
    # a fresh process, as a user's one-line check: its French words are all entries of the dictionary as they
    # are or lowercased, so the French affix rules are never needed (18-25 ms of CPU to build under load)
    if not hunspell.installed(("fr",)):
        pytest.skip("French Hunspell dictionary not installed")
    out = one_line_check("from mtqa.langs import hunspell\n"
                         "print('FRENCH-RULES-BUILT', '_suffix_rules' in vars(hunspell.dictionary('fr')))")
    assert "FRENCH-RULES-BUILT False" in out, out


def test_the_suffix_rules_of_an_ending_are_grouped_by_what_they_strip_in_their_order(tmp_path, monkeypatch):
    """suffix_groups: per ending added, (strip, its rules) in the order each strip first comes, each group's rules in
    the file's order (a base is looked up once per group, :func:`hunspell._suffix_bases`)."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    aff = ("SET UTF-8\nSFX A Y 3\nSFX A 0 s [^y]\nSFX A y ies y\nSFX A 0 s ay\n"
           "SFX B Y 2\nSFX B y ies [^a]y\nSFX B 0 es x\n")
    hs = hunspell.read_hunspell(*_dictionary(tmp_path, "2\nday/A\nfly/AB\n", aff))
    groups = {add: [(strip, [(a.flag, a._text) for a in rules]) for strip, rules in by_strip]
              for add, by_strip in ((add, hs.suffix_group(add)) for add in hs._suffix_rules)}
    assert groups == {"s": [("", [("A", "[^y]"), ("A", "ay")])],
                      "ies": [("y", [("A", "y"), ("B", "[^a]y")])],
                      "es": [("", [("B", "x")])]}
    assert hs.lookup("days") and hs.lookup("flies") and not hs.lookup("flys")


def test_the_affix_rules_are_stored_indexed_by_the_ending_each_suffix_rule_adds(tmp_path, monkeypatch):
    # a lookup that needs one affix (a capitalised name: « Lyon » asked as "lyon") indexed all 5,224 French suffix
    # rules by ending on every run; the stored parse holds that index, each ending's rules and the prefix rules in
    # the file's order, and a warm read gives the same
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    aff = ("SET UTF-8\nPFX R Y 1\nPFX R 0 re .\nSFX A Y 2\nSFX A 0 s [^y]\nSFX A y ies y\n"
           "SFX B Y 2\nSFX B 0 s ay\nSFX B y ies [^a]y\nPFX D Y 1\nPFX D 0 dé .\n")
    for _ in range(2):  # built, then read back
        hs = hunspell.read_hunspell(*_dictionary(tmp_path, "2\nday/AB\nfaire/RD\n", aff))
        suffixes, prefixes = hs.rules()
        assert suffixes == {"s": [("A", "", "s", "[^y]", True), ("B", "", "s", "ay", True)],
                            "ies": [("A", "y", "ies", "y", True), ("B", "y", "ies", "[^a]y", True)]}
        assert prefixes == (("R", "", "re", ".", True), ("D", "", "dé", ".", True))
        first, second = suffixes["ies"]
        assert first[2] is second[2]  # an equal string is one object, stored once
        assert hs.lookup("days") and hs.lookup("refaire") and hs.lookup("défaire") and not hs.lookup("dayies")


def test_tagged_rules_are_kept_compiled_and_read_again_when_the_affix_file_changes(tmp_path, monkeypatch):
    # the rules of a set of fields are read from the .aff once per change of it: a stored set served after the
    # file gained a rule would leave that rule's forms unread
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("MTQA_HUNSPELL_DIR", str(tmp_path))
    aff = "SET UTF-8\nSFX V. Y 2\nSFX V. er e/ er po:3sg\nSFX V. er ent er po:3pl\n"
    _dictionary(tmp_path, "1\nfermer/V.\n", aff)
    third = frozenset({"po:3sg"})
    assert hunspell.tagged_rules(("xx",), third) == {("V.", "er", "e", "er")}
    assert hunspell.tagged_rules(("xx",), frozenset({"po:3pl"})) == {("V.", "er", "ent", "er")}  # its own set
    read = []
    monkeypatch.setattr(Path, "read_text", lambda self, *a, **k: read.append(self) or "")
    assert hunspell.tagged_rules(("xx",), third) == {("V.", "er", "e", "er")} and not read  # stored: not read
    monkeypatch.undo()
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("MTQA_HUNSPELL_DIR", str(tmp_path))
    _dictionary(tmp_path, "1\nfermer/V.\n", aff.replace("Y 2", "Y 3") + "SFX V. er a er po:3sg po:ps\n")
    assert hunspell.tagged_rules(("xx",), third) == {("V.", "er", "e", "er"), ("V.", "er", "a", "er")}


def test_only_the_endings_a_lookup_asks_are_made_into_rules_and_answers_stay(tmp_path, monkeypatch):
    """A lookup makes the suffix rules of the endings its word has, not every rule of the file (the French file's
    5,224 made up ~13 ms of a one-line check); a reader of every rule (suffix_forms) makes the other endings through
    the same per-ending groups, and the answers of a word that needs an ending made later are those of a dictionary
    whose every rule was made first."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    aff = ("SET UTF-8\nSFX A Y 3\nSFX A 0 s [^y]\nSFX A 0 s ay\nSFX A y ies [^a]y\nSFX B Y 2\nSFX B 0 ed [^e]\nSFX B 0 d e\n"
           "PFX R Y 1\nPFX R 0 re .\n")
    dic = "3\nday/A\nfly/A\nwalk/ABR\n"
    lazy = hunspell.read_hunspell(*_dictionary(tmp_path, dic, aff))
    assert lazy.lookup("days") and lazy.lookup("flies") and not lazy.lookup("flys")
    assert set(lazy.suffix_groups) == {"s", "ies"}  # "ed" and "d" not asked: not made
    whole = hunspell.read_hunspell(*_dictionary(tmp_path, dic, aff))
    for add in whole._suffix_rules:  # every ending made before any lookup
        whole.suffix_group(add)
    for word in ("walked", "rewalked", "rewalks", "walkd", "dayed", "flied", "walk", "Walks"):
        assert lazy.lookup(word) == whole.lookup(word), word
    assert "ed" in lazy.suffix_groups and "d" in lazy.suffix_groups  # asked by "walked" and "walkd"
    assert hunspell.takes_suffix((lazy,), "walk", "ed") and not hunspell.takes_suffix((lazy,), "day", "ed")
    assert sorted(hunspell.suffix_forms((lazy,), "walk")) == ["walk", "walked", "walks"]


@pytest.mark.parametrize("name", ["en_US", "en_GB", "fr"])
def test_the_rules_made_per_ending_are_every_rule_of_the_file_and_answer_as_they_do(name, shared_data):
    """The per-ending groups (:meth:`Hunspell.suffix_group`, made when a word first asks its ending) against a table
    built apart from the rules as read, every rule of the file on its own (``tests/checks/test_nonwords.py``'s
    reference): for every ending the same rules, grouped by what they strip in their order, and for ~3,000 real
    words of newstest 2012-2013 (both sides, lower-case and capitalised as written) the same lookup answer as every
    rule tried on its own. The dictionary answers on a fresh read, so its endings are made as the words ask them."""
    from tests.checks.test_nonwords import _every_suffix_rule, _lookup_rule_by_rule

    if hunspell.dictionary(name) is None:
        pytest.skip(f"no {name} dictionary")
    folder = shared_data / "newstest-fren-2008-2015"
    words: dict[str, None] = {}
    for year in ("2012", "2013"):
        for side in ("en", "fr"):
            text = (folder / f"newstest{year}.{side}").read_text(encoding="utf-8")
            for word in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text[:120_000]):
                words.setdefault(word)
    sample = list(words)[:3_000]
    assert len(sample) == 3_000
    dic, aff = _files_of(name)
    fresh = hunspell.read_hunspell(dic, aff)
    every = _every_suffix_rule(fresh)
    lazy_answers = [hunspell._lookup(fresh, w) for w in sample]
    assert 0 < len(fresh.suffix_groups) < len(every)  # only the endings asked were made
    assert lazy_answers == [_lookup_rule_by_rule(fresh, w, every) for w in sample]
    assert any(lazy_answers) and not all(lazy_answers)
    key = lambda rules: [(r.flag, r.strip, r.add, r._text, r.cross) for r in rules]
    for add, rules in every.items():
        groups = fresh.suffix_group(add)
        assert [s for s, _ in groups] == list(dict.fromkeys(r.strip for r in rules)), add
        assert [key(g) for _, g in groups] == [key([r for r in rules if r.strip == s]) for s, _ in groups], add
    assert fresh.suffix_group("qqqzz") == ()


def _files_of(name: str):
    """(.dic, .aff) of the installed dictionary ``name``."""
    for folder in hunspell._hunspell_dirs():
        dic, aff = folder / f"{name}.dic", folder / f"{name}.aff"
        if dic.is_file() and aff.is_file():
            return dic, aff
    pytest.skip(f"no {name} dictionary files")


def test_a_condition_that_does_not_compile_names_the_aff_file_and_line_when_its_ending_is_first_asked(tmp_path,
                                                                                                      monkeypatch):
    """The rules of an ending are made when a word first asks for it, which may be mid-run: a condition that is no
    regular expression (``[y``, unterminated) ends as a DataError naming the ``.aff`` and the rule's line, not as an
    internal error naming ``re``'s. Endings and words that do not reach the rule answer as before."""
    from mtqa.errors import DataError

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    aff = "SET UTF-8\nSFX A Y 2\nSFX A 0 s [^y]\nSFX A y ieth [y\nPFX R Y 1\nPFX R 0 re .\n"
    dic_path, aff_path = _dictionary(tmp_path, "2\nwalk/AR\ntwenty/A\n", aff)
    hs = hunspell.read_hunspell(dic_path, aff_path)
    assert hs.lookup("walks") and hs.lookup("rewalk") and not hs.lookup("walked")
    with pytest.raises(DataError) as caught:
        hs.lookup("twentieth")
    message = str(caught.value)
    assert message.startswith(f"{aff_path}:4: ") and "'[y'" in message and "SFX A" in message, message
    monkeypatch.setenv("MTQA_HUNSPELL_DIR", str(tmp_path))
    with pytest.raises(DataError, match=r"xx\.aff:4: "):
        hunspell.suffix_forms((hunspell.read_hunspell(dic_path, aff_path),), "twenty")


def test_a_broken_rule_of_a_dictionary_reached_late_in_a_run_ends_it_with_the_file_and_line(tmp_path):
    """End to end, as a user meets it: an installed dictionary copy (``$MTQA_HUNSPELL_DIR``) whose rule for an
    ending only a rare word has is broken; the run reaches it on its last pair, after the 30,000 stored answers
    served every common word. Exit 2, one line naming the ``.aff`` and its line, no report."""
    import json
    import os
    import shutil
    import subprocess
    import sys

    dic, _ = _files_of("en_US")
    folder = tmp_path / "hunspell"
    folder.mkdir()
    for source in dic.parent.iterdir():
        if source.suffix in (".dic", ".aff") and source.is_file():
            shutil.copy(source, folder / source.name)
    lines = (folder / "en_US.aff").read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines, 1) if line.split()[:4] == ["SFX", "H", "y", "ieth"])
    lines[number - 1] = lines[number - 1].rsplit(None, 1)[0] + " [y\n"  # its condition unterminated
    (folder / "en_US.aff").write_text("".join(lines), encoding="utf-8")
    pairs = [("Le conseil a voté le budget mardi.", "The council voted the budget on Tuesday."),
             ("Le vingtième siècle a été long.", "The frobbieth century was long.")]
    doc = tmp_path / "doc.jsonl"
    doc.write_text("".join(json.dumps({"source": s, "target": t}) + "\n" for s, t in pairs), encoding="utf-8")
    report = tmp_path / "report.json"
    env = {**os.environ, "MTQA_HUNSPELL_DIR": str(folder), "MTQA_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("MTQA_DEBUG", None)
    done = subprocess.run([sys.executable, "-m", "mtqa", "check", str(doc), "--format", "json", "-o", str(report)],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 2, done.stderr
    lines_out = done.stderr.strip().splitlines()
    assert len(lines_out) == 1 and "internal error" not in done.stderr, done.stderr
    assert f"{folder / 'en_US.aff'}:{number}: " in lines_out[0], lines_out[0]
    assert not report.exists()


def test_a_dictionary_and_its_files_follow_the_folder_asked(tmp_path, monkeypatch):
    """files() (the key of the tables built from the dictionaries' answers) was found per $MTQA_HUNSPELL_DIR and
    dictionary() per name alone: after the variable changed, a table could be built from the old folder's
    dictionary and keyed on the new folder's files. Both are now found per name and folder asked."""
    monkeypatch.setenv("MTQA_CACHE_DIR", "off")
    for side, word in (("a", "maison"), ("b", "jardin")):
        (tmp_path / side).mkdir()
        (tmp_path / side / "zz.dic").write_text(f"1\n{word}\n", encoding="utf-8")
        (tmp_path / side / "zz.aff").write_text("SET UTF-8\n", encoding="utf-8")
    seen = []
    for side in ("a", "b", "a"):
        monkeypatch.setenv("MTQA_HUNSPELL_DIR", str(tmp_path / side))
        found = hunspell.dictionary("zz")
        seen.append((found.aff.parent.name, hunspell.files(("zz",))[1] == found.aff))
    assert seen == [("a", True), ("b", True), ("a", True)]
    hunspell.dictionary.cache_clear()


def test_clearing_the_dictionaries_forgets_the_files_found_too(tmp_path, monkeypatch):
    """The tests' hook ``dictionary.cache_clear()`` cleared the dictionaries read but not the files found: a folder
    that gained a dictionary after files() was asked was then read by dictionary() and not named by files()."""
    monkeypatch.setenv("MTQA_CACHE_DIR", "off")
    monkeypatch.setenv("MTQA_HUNSPELL_DIR", str(tmp_path))
    hunspell.dictionary.cache_clear()
    assert hunspell.files(("qq",)) == []  # nothing installed under that name yet
    (tmp_path / "qq.dic").write_text("1\nfenêtre\n", encoding="utf-8")
    (tmp_path / "qq.aff").write_text("SET UTF-8\n", encoding="utf-8")
    hunspell.dictionary.cache_clear()
    found = hunspell.dictionary("qq")
    assert found is not None and found.aff in hunspell.files(("qq",))
    hunspell.dictionary.cache_clear()
