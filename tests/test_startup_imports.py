"""What a start-up imports: the modules every check needs, not the libraries only some inputs call.

A one-line check in a terminal or a CI job pays for every import on each run (issue 14's start-up
target). These tests import what the ``mtqa check`` command imports before it reads its input, in a
fresh interpreter, and name the libraries that must wait for their first use (:mod:`mtqa.lazy`)."""
import subprocess
import sys

from mtqa.lazy import lazy_module

_STARTUP = "import mtqa.cli, mtqa.api, mtqa.context, mtqa.renderers.base, mtqa.renderers.terminal, mtqa.targets"


def _imported_at_startup(names: tuple[str, ...]) -> list[str]:
    code = f"import sys\n{_STARTUP}\nprint(' '.join(n for n in {names!r} if n in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return out.split()


def test_fuzzy_matching_is_imported_by_the_first_comparison():
    assert _imported_at_startup(("rapidfuzz", "rapidfuzz.fuzz")) == []


def test_a_lazy_module_imports_on_first_read_and_keeps_what_it_read():
    mod = lazy_module("colorsys")  # a standard module the suite imports nowhere else
    assert "imported on first use" in repr(mod)
    assert mod.rgb_to_hsv(1.0, 0.0, 0.0) == (0.0, 1.0, 1.0)
    assert "colorsys" in sys.modules and "rgb_to_hsv" in vars(mod)  # the next read is a plain attribute
    assert mod.rgb_to_hsv is sys.modules["colorsys"].rgb_to_hsv


def test_file_formats_and_openssl_wait_for_a_file_that_needs_them():
    """TOML is parsed only when no compiled copy exists (or a configuration file is found); gzip only on a
    cold cache or for FreeDict and the synonyms; csv only for a glossary; importlib.resources nowhere while
    mtqa's data is files on disk; hashlib (OpenSSL) only for a $MTQA_DATA file or a SARIF report."""
    assert _imported_at_startup(("tomllib", "gzip", "csv", "importlib.resources", "hashlib", "_hashlib")) == []


def test_the_own_data_folder_is_the_one_importlib_resources_names():
    from importlib import resources

    from mtqa.langs.data import own_data

    assert own_data() == resources.files("mtqa.data")


def _imported_by_a_one_line_check(tmp_path, prefixes: tuple[str, ...], warm: bool = False) -> list[str]:
    """The modules named by ``prefixes`` a one-line check (text report to a pipe) imported, in a fresh process;
    ``warm``: in the second of two, once the first has filled the cache (a cold cache's builders read more)."""
    (tmp_path / "one.en").write_text("The mayor opened the new bridge on Monday.\n", encoding="utf-8")
    (tmp_path / "one.fr").write_text("Le maire a inauguré le nouveau pont lundi.\n", encoding="utf-8")
    code = ("import sys\nfrom mtqa.cli import main\n"
            "try:\n    main(['check', 'one.en', '--source', 'one.fr'])\nexcept SystemExit:\n    pass\n"
            f"print(sorted(n for n in sys.modules if n.split('.')[0] in {prefixes!r}), file=sys.stderr)")
    env = {k: v for k, v in __import__("os").environ.items() if k not in ("COLUMNS", "FORCE_COLOR", "TTY_COMPATIBLE")}
    for _ in range(2 if warm else 1):
        done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                              env={**env, "MTQA_CACHE_DIR": str(tmp_path / "cache")}, check=True)
    assert "1 document: 1 passed" in done.stdout
    return __import__("ast").literal_eval(done.stderr.strip().splitlines()[-1])


def test_a_check_reported_to_a_pipe_does_not_import_rich(tmp_path):
    """rich (some 20-27 ms of start-up) styles and wraps for a terminal; a one-line check whose text report goes
    to a pipe (a CI job, ``| grep``) gets the same bytes without it (mtqa.renderers.terminal.PlainLines)."""
    assert _imported_by_a_one_line_check(tmp_path, ("rich",)) == []


def test_a_text_without_russian_names_does_not_import_iuliia(tmp_path):
    """iuliia's import reads every scheme it ships; the transliterator reads its schemes when a name is first
    romanised, not when it is built for the first check."""
    assert _imported_by_a_one_line_check(tmp_path, ("iuliia",)) == []


def test_a_command_leaves_the_standard_library_as_it_found_it(tmp_path):
    """A program that imports mtqa and runs a command in its own process keeps :mod:`dataclasses` as the standard
    library has it: its own dataclasses are compiled by dataclasses' own ``exec`` (no mtqa code in between,
    none of its classes' code kept in mtqa's cache folder), whether the cache is on or off."""
    (tmp_path / "one.en").write_text("The mayor opened the new bridge on Monday.\n", encoding="utf-8")
    (tmp_path / "one.fr").write_text("Le maire a inauguré le nouveau pont lundi.\n", encoding="utf-8")
    code = ("import dataclasses, sys\nfrom mtqa.cli import main\n"
            "try:\n    main(['check', 'one.en', '--source', 'one.fr'])\nexcept SystemExit:\n    pass\n"
            "print('exec' in vars(dataclasses), file=sys.stderr)")
    for cache in (str(tmp_path / "cache"), "off"):
        done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                              env={**__import__("os").environ, "MTQA_CACHE_DIR": cache}, check=True)
        assert done.stderr.strip().splitlines()[-1] == "False", done.stderr


def test_a_lazy_module_of_a_package_leaves_the_package_unimported():
    """Why mtqa.lazy is not importlib.util.LazyLoader: the stand-in for ``package.module`` must not import
    ``package`` (rapidfuzz's ``__init__`` is the costly part), and a missing module fails at first use."""
    code = ("import sys\nfrom mtqa.lazy import lazy_module\nfuzz = lazy_module('rapidfuzz.fuzz')\n"
            "missing = lazy_module('mtqa_no_such_module')\nprint('rapidfuzz' in sys.modules)\n"
            "try:\n    missing.anything\nexcept ModuleNotFoundError as exc:\n    print(exc)\n"
            "print(fuzz.ratio('abc', 'abd') > 0, 'rapidfuzz' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert out == ["False", "No module named 'mtqa_no_such_module'", "True True"]


def test_a_python_without_the_private_digest_modules_gets_hashlibs_same_digests():
    """mtqa.digests takes BLAKE2 and SHA-1 from CPython's ``_blake2``/``_sha1`` (no OpenSSL at start-up): the
    BLAKE2 function is hashlib's own object, and where ``_sha1`` is missing hashlib's SHA-1 gives the same
    digest, hence the same cache keys and report signatures."""
    import hashlib

    from mtqa import digests

    assert digests.blake2b is hashlib.blake2b
    code = ("import sys\n{hide}from mtqa.digests import sha1\n"
            "print(sha1.__module__, sha1(b'T101,F301').hexdigest())")
    own, fallback = (subprocess.run([sys.executable, "-c", code.format(hide=hide)], capture_output=True, text=True,
                                    check=True).stdout.split() for hide in ("", "sys.modules['_sha1'] = None\n"))
    assert own[0] == "_sha1" and fallback[0] != "_sha1"
    assert own[1] == fallback[1] == hashlib.sha1(b"T101,F301").hexdigest()


def test_a_one_line_check_reads_no_pickle_html_or_xml(tmp_path):
    """The cross-system checks' pool pickles only in ``mtqa compare``, and a feed's HTML entities and XML reader are
    read for a feed: a one-line check on a warm cache, which imports mtqa.readers.positions for the checks it runs
    (and no longer mtqa.checks.cross_system: the registry imports a check's module when a run selects it), imports
    none of the three. A cold cache's builders may (ftfy reads html)."""
    assert _imported_by_a_one_line_check(tmp_path, ("pickle", "_pickle", "html", "xml"), warm=True) == []


def test_a_lone_version_answers_without_click(tmp_path):
    """``mtqa --version`` / ``-V`` alone prints click's own line without importing click (mtqa.__main__); the same
    option among other arguments still goes through click."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)  # this checkout's mtqa in the child too
    by_click = subprocess.run([sys.executable, "-c", "from mtqa.cli import main\nmain(['--version'])"],
                              capture_output=True, text=True, env=env, cwd=tmp_path)
    assert by_click.returncode == 0 and by_click.stdout == "mtqa, version %s\n" % __import__("mtqa").__version__
    for flag in ("--version", "-V"):
        done = subprocess.run([sys.executable, "-m", "mtqa", flag], capture_output=True, text=True, env=env,
                              cwd=tmp_path)
        assert (done.returncode, done.stdout, done.stderr) == (0, by_click.stdout, "")
    code = ("import runpy, sys\nsys.argv = ['mtqa', '{flag}']\nrunpy.run_module('mtqa', run_name='__main__')\n"
            "print(sorted(n for n in sys.modules if n.split('.')[0] == 'click'), file=sys.stderr)")
    for flag in ("--version", "-V"):
        done = subprocess.run([sys.executable, "-c", code.format(flag=flag)], capture_output=True, text=True,
                              env=env, cwd=tmp_path, check=True)
        assert done.stdout == by_click.stdout and done.stderr.strip() == "[]"
    among_others = subprocess.run([sys.executable, "-m", "mtqa", "--version", "rules"], capture_output=True,
                                  text=True, env=env, cwd=tmp_path)
    assert (among_others.returncode, among_others.stdout) == (0, by_click.stdout)


def test_a_one_line_check_reads_no_affix_rules(tmp_path):
    """A205 asks whether the target's dictionary lists a frequent capitalised word (``Monday``) before it asks the
    source's dictionary for the word's common spelling: a one-line check on a warm cache then builds no
    dictionary's affix tables (the French 5,422 rules were built for ``monday``)."""
    import pytest

    from mtqa.langs import hunspell

    if not hunspell.installed(("fr", "en_US")):
        pytest.skip("no Hunspell dictionaries")
    (tmp_path / "one.en").write_text("The mayor opened the new bridge on Monday.\n", encoding="utf-8")
    (tmp_path / "one.fr").write_text("Le maire a inauguré le nouveau pont lundi.\n", encoding="utf-8")
    code = ("import sys\nfrom mtqa.cli import main\nfrom mtqa.langs import hunspell\n"
            "try:\n    main(['check', 'one.en', '--source', 'one.fr'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(n for n in ('fr', 'en_US', 'en_GB') if hunspell.dictionary(n) is not None\n"
            "             and 'suffixes' in vars(hunspell.dictionary(n))), file=sys.stderr)")
    for _ in range(2):  # the second on a warm cache
        done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                              env={**__import__("os").environ, "MTQA_CACHE_DIR": str(tmp_path / "cache")}, check=True)
    assert "1 document: 1 passed" in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_the_command_serves_clicks_import_its_patterns_from_the_cache(tmp_path):
    """The ``mtqa`` command (mtqa.__main__) installs the pattern cache before it imports click, whose standard
    modules compile patterns at import (platform, gettext, tokenize), so those too are served from the file."""
    code = ("import sys\nfrom mtqa import regexcache\n"
            "class Spy:\n    def find_spec(self, name, path=None, target=None):\n"
            "        if name == 'click':  # the command ends with os._exit: said when click is imported\n"
            "            print('installed' if regexcache._original is not None else 'not', file=sys.stderr, flush=True)\n"
            "        return None\n"
            "sys.meta_path.insert(0, Spy())\nsys.argv = ['mtqa', 'rules']\nfrom mtqa.__main__ import command_line\n"
            "command_line()")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                          env={**__import__("os").environ, "MTQA_CACHE_DIR": str(tmp_path / "cache")})
    assert done.returncode == 0 and done.stderr.split() == ["installed"], done.stderr
