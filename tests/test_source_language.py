"""A source that is not in the pair's source language: one warning on the document, never a flag."""
from __future__ import annotations

import pytest

from tests.mtqa_cli import mtqa, write

ENGLISH = ("Crowds in Berlin\n\nToday 3,000 people attended the rally in Berlin, the police said. The organisers had "
           "expected fewer people, but the weather was good and the mood was calm. Several speakers called for a "
           "ceasefire and for more aid to the region.\n")
SOURCES = {
    "german": ("Versammlung in Berlin\n\nHeute nahmen 3000 Menschen an der Versammlung in Berlin teil, teilte die "
               "Polizei mit. Die Veranstalter hatten mit weniger Menschen gerechnet, aber das Wetter war gut und die "
               "Stimmung ruhig. Mehrere Redner forderten einen Waffenstillstand und mehr Hilfe für die Region.\n"),
    "english": ENGLISH,
    "chinese": "柏林的集会\n\n今天有3000人参加了柏林的集会。组织者预计人数会更少。\n",
    "french": ("Manifestation à Berlin\n\nAujourd'hui, 3000 personnes ont participé au rassemblement à Berlin, selon "
               "la police. Les organisateurs attendaient moins de monde, mais le temps était beau et l'ambiance "
               "calme. Plusieurs orateurs ont appelé à un cessez-le-feu et à davantage d'aide pour la région.\n"),
    "short german": "Versammlung in Berlin\n\nHeute nahmen 3000 Menschen an der Versammlung teil.\n",
}


def run(tmp_path, source: str):
    src = write(tmp_path, "source.txt", SOURCES[source])
    tgt = write(tmp_path, "story.txt", ENGLISH)
    return mtqa("check", "--format", "json", "--source", src, tgt)


@pytest.mark.parametrize("source,says", [("german", "reads as German, not French"),
                                         ("english", "reads as English, not French"),
                                         ("chinese", "written in Han script, which French is not written in")])
def test_a_source_in_another_language_is_one_warning(tmp_path, source, says):
    result = run(tmp_path, source)
    (doc,) = result.json()["documents"]
    warnings = doc["meta"]["warnings"]
    assert len(warnings) == 1 and says in warnings[0] and "source.txt" in warnings[0]
    assert result.stderr.count("mtqa: warning:") == 1


@pytest.mark.parametrize("source", ["french", "short german"])
def test_a_french_or_too_short_source_draws_none(tmp_path, source):
    result = run(tmp_path, source)
    (doc,) = result.json()["documents"]
    assert "warnings" not in doc.get("meta", {}) and "warning" not in result.stderr


def test_the_library_call_warns_as_the_cli_does():
    """``check_texts`` callers get the warning too: on the result (the report's ``meta``) and through ``warnings``."""
    import warnings

    from mtqa.api import check_texts
    from mtqa.source_language import SourceLanguageWarning

    with pytest.warns(SourceLanguageWarning, match="reads as German, not French") as caught:
        result = check_texts(ENGLISH, source=SOURCES["german"])
    assert len(caught) == 1 and caught[0].filename == __file__  # it points at the caller's line
    assert len(result.pair.meta.warnings) == 1 and "reads as German" in result.pair.meta.warnings[0]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a French source, or none: no warning at all
        assert check_texts(ENGLISH, source=SOURCES["french"]).pair.meta.warnings == []
        assert check_texts(ENGLISH).pair.meta.warnings == []
