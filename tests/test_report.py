"""The public API and the report's wire format."""

from __future__ import annotations

import json

import pytest

import einfach
from einfach import InputError, Level

TEXT = (
    (Path := __import__("pathlib").Path)(__file__)
    .resolve()
    .parent.parent.joinpath("examples", "amtsdeutsch.txt")
    .read_text(encoding="utf-8")
)


def test_offsets_point_into_the_original_text():
    report = einfach.check(TEXT)
    assert report.findings
    for finding in report.findings:
        assert TEXT[finding.start : finding.end] == finding.text
        for suggestion in finding.suggestions:
            if suggestion.start is not None:
                assert 0 <= suggestion.start <= finding.start <= finding.end <= suggestion.end <= len(TEXT)
    for sentence in report.sentences:
        assert TEXT[sentence.start : sentence.end] == sentence.text


def test_to_dict_is_json_ready_and_versioned():
    data = json.loads(json.dumps(einfach.check(TEXT).to_dict()))
    assert data["schema_version"] == einfach.SCHEMA_VERSION
    assert data["einfach_version"] == einfach.__version__
    assert data["data_version"] == einfach.data_version()
    assert set(data["document"]) >= {"words", "sentences", "difficulty", "flesch_amstad", "wiener_sachtextformel", "level"}
    assert set(data["sentences"][0]) >= {
        "start",
        "end",
        "text",
        "words",
        "syllables",
        "statements",
        "difficulty",
        "contributions",
    }
    assert set(data["findings"][0]) >= {"code", "rule", "severity", "start", "end", "text", "message", "suggestions", "data"}
    assert set(data["findings"][0]["suggestions"][0]) >= {"replacement", "note"}


def test_without_text_nothing_of_the_input_is_left():
    data = einfach.check(TEXT).to_dict(include_text=False)
    dumped = json.dumps(data, ensure_ascii=False)
    words = {w.strip(".,;:") for w in TEXT.split() if len(w.strip(".,;:")) > 6}  # shorter ones occur in messages
    assert not [w for w in words if w in dumped]
    assert all(f["text"] is None for f in data["findings"])


def test_same_input_same_output():
    assert einfach.check(TEXT).to_dict() == einfach.check(TEXT).to_dict()


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t", "---"])
def test_empty_text_gives_empty_report(text):
    report = einfach.check(text)
    assert report.findings == () and report.sentences == ()
    assert report.document.words == 0 and report.document.difficulty is None and report.document.level is None


def test_scores_and_level_order():
    plain = einfach.check("Ich gehe zur Arbeit. Das Jobcenter hilft mir. Ich freue mich.").document
    hard = einfach.check(TEXT).document
    assert plain.difficulty < hard.difficulty
    assert plain.flesch_amstad > hard.flesch_amstad
    assert hard.wiener_sachtextformel["1"] > plain.wiener_sachtextformel["1"]
    assert plain.level in (Level.LEICHT, Level.EINFACH) and hard.level in (Level.STANDARD, Level.SCHWER)


def test_sentence_contributions_explain_the_difficulty():
    sentence = einfach.check("Die Bewilligungszeitraumverlängerung wird unverzüglich geprüft.").sentences[0]
    assert set(sentence.contributions) == set(einfach.scoring.FEATURES)
    assert sentence.passives == ("vorgangspassiv",)


# Rules that judge a word by its first use in the document report a repeated text once.
FIRST_USE_RULES = ["explain-term", "foreign-word", "abbreviation", "inconsistent-term"]


def test_long_text_is_split_into_blocks_with_identical_results():
    block = TEXT + "\n\n"
    long_text = block * 40  # more than one analysis block
    report = einfach.check(long_text, ignore=FIRST_USE_RULES)
    single = einfach.check(block, ignore=FIRST_USE_RULES)
    assert len(report.findings) == 40 * len(single.findings)
    shift = len(block) * 39
    last = [f for f in report.findings if f.start >= shift]
    assert [(f.start - shift, f.code) for f in last] == [(f.start, f.code) for f in single.findings]


def test_size_limit_is_clear():
    with pytest.raises(InputError, match="zu lang"):
        einfach.check("a" * 101, max_chars=100)


def test_checker_is_reusable():
    checker = einfach.Checker("leicht", {"sentence-length": {"warn_above": 5}}, select=["sentence-length"])
    reports = list(checker.check_many(["Eins zwei drei vier fünf sechs sieben.", "Kurz."]))
    assert [len(r.findings) for r in reports] == [1, 0]


def test_non_text_input_is_refused():
    with pytest.raises(InputError):
        einfach.check(b"bytes")  # type: ignore[arg-type]


def test_ten_megabytes_are_refused_at_once():
    with pytest.raises(InputError, match="höchstens"):
        einfach.check("Wort " * 2_100_000)


def test_many_single_lines_without_blank_lines():
    text = "\n".join(f"Ich schreibe am {day % 28 + 1}. März eine Bewerbung" for day in range(3000))
    report = einfach.check(text)
    assert report.document.sentences == 3000


@pytest.mark.parametrize("line_end", ["\n", "\r\n", "\r"])
def test_blocks_and_results_do_not_depend_on_line_ends(line_end):
    block = TEXT.replace("\n", line_end) + line_end + "  " + line_end
    long_text = block * 40
    single = einfach.check(block, ignore=FIRST_USE_RULES)
    report = einfach.check(long_text, ignore=FIRST_USE_RULES)
    assert len(report.findings) == 40 * len(single.findings)
    assert len(single.sentences) == len(einfach.check(TEXT).sentences)


def test_a_huge_token_is_not_sent_to_the_tagger():
    """HanTa searches for seconds on one very long token (a data URI); such tokens are not words."""
    from einfach.analysis.analyze import MAX_WORD_CHARS, analyze

    token = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk" * 40
    (sentence,) = analyze(f"Das Bild ist hier: {token} und fertig.")
    [long] = [t for t in sentence.tokens if len(t.text) > MAX_WORD_CHARS]
    assert long.tag == "XY" and long.lemma == token
    assert [f.rule for f in einfach.check(f"Das Bild ist hier: {token} und fertig.").findings if f.text == token] == []
