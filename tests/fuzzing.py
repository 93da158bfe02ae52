"""Fuzzing mtqa as an attacker would: generated and mutated inputs for every reader format.

Shared by the test suite (``tests/test_fuzz.py``, a small example budget)
and ``bench/fuzz.py`` (the long campaign). Each format has a hypothesis
strategy for *valid* documents (units of source and target text, each
carrying a unique marker word) and one for *byte mutations* of them (flips,
insertions of hostile tokens, deletions, huge repetitions). :func:`run_case`
runs the real CLI in-process and returns what went wrong:

* an exit code outside {0, 1, 2}, a traceback or an "internal error";
* exit 2 without exactly one ``mtqa: error:`` line on stderr;
* for a valid document that was accepted, a unit whose marker is in no
  segment of the documents the readers produced (a lost segment).

Generated text mixes a small news vocabulary with any Unicode text and the
shapes that once made mtqa super-linear (long lowercase runs, ``M. Dupont``
repeated, ``1 000`` repeated, dots, tabs after an ignore marker, escaped
tags), so both the happy path and the slow paths are exercised.
"""
from __future__ import annotations

import csv
import html
import io
import json
import os
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional
from xml.sax.saxutils import escape, quoteattr

from hypothesis import strategies as st

WORDS = (
    "the council met on Monday and voted to close pool for winter minister said would stay open "
    "Paris London Baikonour Rogozine Peressild Chkaplerov M. Mme Dr. U.S. e.g. 3.000 3 000 6,26% 12h30 "
    "« » “ ” ’ ' \" ( ) : ; ! ? … - – — l'équipe d'Elon actuellement éventuellement SpaceX YouTube "
    "AgencyRussian cosmonaut.Two the the 1er 14 juillet 2013 € 5 millions $ km <b> </b> &amp; &lt;a "
    "mtqa: ignore=F401 # <!-- --> Wait.... a.m. 1,5 1.5 XXIe Otan Onu Londres Pékin"
).split()

PATHOLOGICAL = ("a", "M. Dupont ", "1 000 ", "Wait....x ", ".", "\t", "&lt;a ", "a-", "The man went home. ",
                "Zz", "<", "&", " ", "\u00a0", "é", "«", "3.")


def _xml_char(c: str) -> bool:
    o = ord(c)
    return o in (9, 10, 13) or 0x20 <= o <= 0xD7FF or 0xE000 <= o <= 0xFFFD or o >= 0x10000


# any Unicode but surrogates and NUL (a NUL byte makes a file binary data, refused by design)
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=24)


def text_strategy(max_repeat: int = 400):
    """A unit's text: 1-3 sentences of vocabulary words, any Unicode and repeated pathological shapes."""
    pieces = st.one_of(
        st.sampled_from(WORDS),
        st.sampled_from(WORDS),
        ANY_TEXT,
        st.builds(lambda s, n: s * n, st.sampled_from(PATHOLOGICAL), st.integers(1, max_repeat)),
    )
    sentence = st.builds(lambda parts, end: " ".join(parts) + end, st.lists(pieces, min_size=1, max_size=10),
                         st.sampled_from([".", "!", "?", "", ".»", "…", " mtqa: ignore=F4"]))
    return st.builds(" ".join, st.lists(sentence, min_size=1, max_size=3))


TEXTS = {}


def _marker(k: int) -> str:
    return f"Qzmark{k}x"


@dataclass
class Case:
    """One input: files to write (name -> bytes), CLI arguments (``{dir}`` is the folder), markers."""

    fmt: str
    files: dict[str, bytes]
    args: list[str]
    markers: list[str] = field(default_factory=list)
    valid: bool = True
    read_options: dict = field(default_factory=dict)
    report: str = "json"
    """The ``--format`` of the run (JSON most often: its report is checked too)."""

    @property
    def size(self) -> int:
        return sum(len(b) for b in self.files.values())


# -- valid documents, one builder per format ------------------------------------------------------

def _units(draw, xml: bool = False) -> list[tuple[str, str, str]]:
    """[(marker, source, target)]: the marker starts the target text of its unit."""
    n = draw(st.integers(1, 6))
    text = TEXTS.setdefault(draw.max_repeat, text_strategy(draw.max_repeat))
    out = []
    for k in range(n):
        src, tgt = draw(text), draw(text)
        if xml:
            src = "".join(c for c in src if _xml_char(c))
            tgt = "".join(c for c in tgt if _xml_char(c))
        out.append((_marker(k), src, tgt))
    return out


def _doc_ids(draw, n: int) -> list[str]:
    groups = draw(st.integers(1, 3))
    return [f"doc{min(k * groups // max(n, 1), groups - 1)}" for k in range(n)]


def _text_case(draw, with_source: bool) -> Case:
    units = _units(draw)
    # one unit per paragraph; line breaks inside a unit's text stay (hard-wrapped paragraphs)
    clean = [(m, s.replace("\n\n", "\n").strip("\n") or "x", t.replace("\n\n", "\n").strip("\n")) for m, s, t in units]
    target = "\n\n".join(f"{m} {t}" for m, _, t in clean) + "\n"
    files = {"t.en.txt": target.encode("utf-8")}
    args = ["{dir}/t.en.txt"]
    if with_source:
        files["s.fr.txt"] = ("\n\n".join(s for _, s, _ in clean) + "\n").encode("utf-8")
        args += ["--source", "{dir}/s.fr.txt"]
    return Case("text+source" if with_source else "text", files, args, [m for m, _, _ in clean])


def _jsonl_case(draw, mapped: bool) -> Case:
    units = _units(draw)
    docs = _doc_ids(draw, len(units))
    lines = []
    for (m, s, t), d in zip(units, docs):
        record = {"doc_id": d, "fr": s, "en": f"{m} {t}"} if mapped else {"doc": d, "source": s, "target": f"{m} {t}"}
        lines.append(json.dumps(record, ensure_ascii=draw(st.booleans())))
    args = ["{dir}/t.jsonl"]
    options = {}
    if mapped:
        args += ["--columns", "doc=doc_id,source=fr,target=en"]
        options["columns"] = {"doc": "doc_id", "source": "fr", "target": "en"}
    return Case("jsonl-mapped" if mapped else "jsonl", {"t.jsonl": ("\n".join(lines) + "\n").encode("utf-8")}, args,
                [m for m, _, _ in units], read_options=options)


def _tabular_case(draw, delimiter: str) -> Case:
    units = _units(draw)
    docs = _doc_ids(draw, len(units))
    buf = io.StringIO()
    if delimiter == "\t":  # TSV has no quoting: a cell holds no tab and no line break
        units = [(m, " ".join(s.replace("\t", " ").splitlines()) or "x", " ".join(t.replace("\t", " ").splitlines()))
                 for m, s, t in units]
        writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None,
                            escapechar=None)
    else:
        writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_ALL)  # a bare CR needs quotes
    writer.writerow(["doc", "id", "source", "target"])
    for k, ((m, s, t), d) in enumerate(zip(units, docs)):
        writer.writerow([d, f"r{k}", s, f"{m} {t}"])
    name = "t.csv" if delimiter == "," else "t.tsv"
    return Case(name[2:], {name: buf.getvalue().encode("utf-8")}, ["{dir}/" + name], [m for m, _, _ in units])


def _feed(units: list[tuple[str, str, str]], side: int, atom: bool, lang: str) -> str:
    items = []
    for k, unit in enumerate(units):
        m, text = unit[0], unit[side]
        title = escape(f"{m} headline" if side == 2 else "titre")
        body = escape(f"<p>{html.escape(m + ' ' + text if side == 2 else text)}</p>")
        if atom:
            items.append(f"<entry><id>urn:x:{k}</id><title>{title}</title><content type=\"html\">{body}</content></entry>")
        else:
            items.append(f"<item><guid isPermaLink=\"false\">g{k}</guid><title>{title}</title>"
                         f"<description>{body}</description></item>")
    if atom:
        return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
                f'xml:lang="{lang}"><title>t</title><id>urn:x</id>' + "\n".join(items) + "</feed>\n")
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>t</title>'
            f"<link>https://example.org/</link><description>d</description><language>{lang}</language>"
            + "\n".join(items) + "</channel></rss>\n")


def _feed_case(draw, atom: bool) -> Case:
    units = _units(draw, xml=True)
    ext = ".atom" if atom else ".rss"
    files = {"t" + ext: _feed(units, 2, atom, "en").encode("utf-8")}
    args = ["{dir}/t" + ext]
    if draw(st.booleans()):
        files["s" + ext] = _feed(units, 1, atom, "fr").encode("utf-8")
        args += ["--source", "{dir}/s" + ext]
    return Case("atom" if atom else "rss", files, args, [m for m, _, _ in units])


def _xliff_case(draw) -> Case:
    units = _units(draw, xml=True)
    body = "".join(f'<trans-unit id="u{k}"><source>{escape(s)}</source><target>{escape(m + " " + t)}</target></trans-unit>\n'
                   for k, (m, s, t) in enumerate(units))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
            f'<file original="a.html" source-language="fr" target-language="en" datatype="html"><body>\n{body}'
            "</body></file></xliff>\n")
    return Case("xliff", {"t.xlf": text.encode("utf-8")}, ["{dir}/t.xlf"], [m for m, _, _ in units])


def _tmx_case(draw) -> Case:
    units = _units(draw, xml=True)
    body = "".join(f'<tu tuid="t{k}"><tuv xml:lang="fr"><seg>{escape(s)}</seg></tuv>'
                   f'<tuv xml:lang="en"><seg>{escape(m + " " + t)}</seg></tuv></tu>\n' for k, (m, s, t) in enumerate(units))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="fuzz" '
            'creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="fr" '
            f'o-tmf="none"/><body>\n{body}</body></tmx>\n')
    return Case("tmx", {"t.tmx": text.encode("utf-8")}, ["{dir}/t.tmx"], [m for m, _, _ in units])


def _po_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") \
        .replace("\r", "\\r") + '"'


def _po_case(draw) -> Case:
    units = _units(draw)
    # gettext strings hold no NUL and no other C0 control than the escaped ones
    units = [(m, "".join(c for c in s if c >= " " or c in "\n\t") or "x", "".join(c for c in t if c >= " " or c in "\n\t"))
             for m, s, t in units]
    entries = [f"msgid {_po_quote(s)}\nmsgstr {_po_quote(m + ' ' + t)}\n" for m, s, t in units]
    # gettext refuses duplicate msgids: keep the first of each
    seen, kept, markers = set(), [], []
    for (m, s, _), entry in zip(units, entries):
        if s not in seen:
            seen.add(s)
            kept.append(entry)
            markers.append(m)
    text = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n' + "\n".join(kept)
    return Case("po", {"t.po": text.encode("utf-8")}, ["{dir}/t.po"], markers)


BUILDERS = {
    "text": lambda draw: _text_case(draw, False),
    "text+source": lambda draw: _text_case(draw, True),
    "jsonl": lambda draw: _jsonl_case(draw, False),
    "jsonl-mapped": lambda draw: _jsonl_case(draw, True),
    "csv": lambda draw: _tabular_case(draw, ","),
    "tsv": lambda draw: _tabular_case(draw, "\t"),
    "rss": lambda draw: _feed_case(draw, False),
    "atom": lambda draw: _feed_case(draw, True),
    "xliff": _xliff_case,
    "tmx": _tmx_case,
    "po": _po_case,
}
FORMATS = tuple(BUILDERS)


class _Draw:
    """``draw`` plus the size setting the builders read."""

    def __init__(self, draw, max_repeat: int):
        self.draw, self.max_repeat = draw, max_repeat

    def __call__(self, strategy):
        return self.draw(strategy)


REPORTS = ("json", "json", "json", "text", "jsonl", "csv", "html", "junit", "sarif", "markdown", "github")


@st.composite
def valid_case(draw, fmt: str, max_repeat: int = 400) -> Case:
    """A well-formed document of format ``fmt`` (``max_repeat``: longest repetition of a pathological shape)."""
    case = BUILDERS[fmt](_Draw(draw, max_repeat))
    case.report = draw(st.sampled_from(REPORTS))
    return case


HOSTILE = (
    b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xed\xa0\x80", b"\xe2\x80\xa8", b"\x1b]0;t\x07", b"\r", b"\n\n", b"\t" * 50,
    b"<", b">", b"&", b'"', b"'", b",", b"{", b"}", b"[", b"]", b"\\ud800", b"&#xD800;", b"&#0;", b"]]>", b"<!--",
    b"<![CDATA[", b"<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>", b"&b;", b"&nbsp;",
    b'<?xml version="1.0" encoding="UTF-7"?>', b"mtqa: ignore=ZZZ", b"mtqa: ignore=F4\t\t\t", b"=cmd|' /C calc'!A0",
    b"\\", b"msgid \"", b"9" * 5000, b"[" * 3000, b"&lt;a " * 200, b"a" * 3000,
)


@st.composite
def mutated_case(draw, fmt: str, max_repeat: int = 400) -> Case:
    """A valid document of ``fmt`` with 1-6 byte mutations (markers no longer promised)."""
    case = draw(valid_case(fmt, max_repeat))
    name = draw(st.sampled_from(sorted(case.files)))
    data = bytearray(case.files[name])
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(("flip", "insert", "hostile", "delete", "repeat", "truncate")))
        at = draw(st.integers(0, len(data)))
        if kind == "flip" and data:
            at = min(at, len(data) - 1)
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "hostile":
            data[at:at] = draw(st.sampled_from(HOSTILE))
        elif kind == "delete":
            data[at:at + draw(st.integers(1, 40))] = b""
        elif kind == "repeat" and data:
            size = draw(st.integers(1, 16))
            chunk = bytes(data[at:at + size]) or bytes(data[-1:])
            data[at:at] = chunk * draw(st.integers(2, 5000 // len(chunk) + 2))
        elif kind == "truncate":
            del data[at:]
    files = dict(case.files)
    files[name] = bytes(data)
    return Case(case.fmt, files, case.args, [], valid=False, read_options=case.read_options, report=case.report)


# -- running one case --------------------------------------------------------------------------------

class Timeout(BaseException):
    """A run took longer than the harness allows (BaseException: no ``except Exception`` stops it)."""


@dataclass
class Outcome:
    case: Case
    code: Optional[int]
    seconds: float
    """CPU seconds of the run (the machine may be shared: wall time would measure the neighbours)."""
    problems: list[str]


def _alarm(signum, frame):
    raise Timeout()


INTERRUPTED = (129, 130, 143)
"""Exit codes of a run stopped by a signal from outside the harness: not a property of the input."""


def run_case(case: Case, folder: str, *, limit: float = 60.0, fmt_out: Optional[str] = None) -> Outcome:
    """Write the case's files into ``folder``, run ``mtqa check`` in-process, judge the result.

    ``limit`` abandons the run after that many CPU seconds (0: never).
    """
    from click.testing import CliRunner

    from mtqa.cli import main

    fmt_out = fmt_out or case.report
    for name, data in case.files.items():
        Path(folder, name).write_bytes(data)
    args = ["check", *(a.replace("{dir}", folder) for a in case.args), "--format", fmt_out]
    problems: list[str] = []
    old = signal.signal(signal.SIGPROF, _alarm) if limit else None
    start = time.process_time()
    try:
        if limit:
            signal.setitimer(signal.ITIMER_PROF, limit)
        result = CliRunner().invoke(main, args, catch_exceptions=True)
    except Timeout:
        return Outcome(case, None, time.process_time() - start, [f"over {limit:.0f} s"])
    finally:
        if limit:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, old)
    seconds = time.process_time() - start
    code, stderr = result.exit_code, result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        problems.append(f"traceback: {type(result.exception).__name__}: {result.exception}")
    if code in INTERRUPTED:  # the harness itself was signalled (the CLI turned it into an exit code): stop
        raise KeyboardInterrupt(f"mtqa exited {code}: interrupted from outside")
    if code not in (0, 1, 2):
        problems.append(f"exit code {code}")
    if "internal error" in stderr or "Traceback" in stderr:
        problems.append("internal error: " + stderr.strip().splitlines()[-1][:300])
    if code == 2:
        errors = [line for line in stderr.splitlines() if line.startswith("mtqa: error:")]
        others = [line for line in stderr.splitlines() if not line.startswith(("mtqa: error:", "mtqa: warning:"))]
        if len(errors) != 1 or others:
            problems.append(f"exit 2 without exactly one error line: {stderr[:300]!r}")
    report = None
    if code in (0, 1) and fmt_out == "json":
        try:
            report = json.loads(result.stdout)
        except ValueError as exc:
            problems.append(f"invalid JSON report: {exc}")
    if case.valid and code in (0, 1):
        lost, segments = lost_markers(case, folder)
        if lost:
            problems.append(f"lost segments: {lost[:5]}")
        reported = sum(len(doc["segments"]) for doc in report["documents"]) if report else segments
        if reported != segments:
            problems.append(f"lost segments: the report lists {reported} of {segments}")
    return Outcome(case, code, seconds, problems)


def lost_markers(case: Case, folder: str) -> tuple[list[str], int]:
    """Markers of ``case`` found in no target segment the readers produce, and how many segments they made."""
    from mtqa.config import Config
    from mtqa.readers import open_pairs

    args = [a.replace("{dir}", folder) for a in case.args]
    target = args[0]
    opts = dict(case.read_options)
    if "--source" in args:
        opts["source"] = args[args.index("--source") + 1]
    text = []
    for pair in open_pairs(target, Config(), **opts):
        text.extend(s.text for s in pair.target.segments)
    joined = "\n".join(text)
    return [m for m in case.markers if m not in joined], len(text)


def scratch_folder(root: Optional[str] = None) -> str:
    import tempfile

    return tempfile.mkdtemp(prefix="mtqa-fuzz-", dir=root or os.environ.get("TMPDIR"))
