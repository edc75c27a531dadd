"""Switching findings off: inline comments, per file, and by fingerprint in the API."""

from __future__ import annotations

import pytest

from einfach import check
from einfach.errors import ConfigError
from einfach.suppression import Suppression

PASSIVE = "Der Antrag wird vom Jobcenter geprüft."


def test_inline_comment_covers_only_the_next_sentence():
    text = f"<!-- einfach: ignore passive-voice | Zitat aus dem Gesetz -->\n{PASSIVE}\n{PASSIVE}"
    report = check(text)
    assert [f.code for f in report.findings] == ["ES301"]
    kept = report.findings[0]
    assert text[kept.start : kept.end] == kept.text == "wird vom Jobcenter geprüft"
    assert kept.start > text.index(PASSIVE) + len(PASSIVE)
    (suppressed,) = report.suppressed
    assert suppressed.reason == "Zitat aus dem Gesetz" and suppressed.source == "inline"
    assert report.to_dict()["suppressed"][0]["reason"] == "Zitat aus dem Gesetz"


def test_comment_without_rules_covers_all_rules_and_is_not_checked():
    text = f"<!-- einfach: ignore -->\n{PASSIVE}"
    report = check(text)
    assert report.findings == () and len(report.suppressed) == 1
    assert report.suppressed[0].reason == "Kommentar im Text"
    assert report.document.sentences == 1  # the comment is no sentence


def test_ignore_file_and_several_rules():
    text = f"{PASSIVE} Bitte melden Sie sich unverzüglich.\n<!-- einfach: ignore-file ES301, officialese -->\n{PASSIVE}"
    report = check(text)
    assert report.findings == ()
    assert {s.finding.code for s in report.suppressed} == {"ES301", "ES203"}
    assert {s.source for s in report.suppressed} == {"file"}


@pytest.mark.parametrize("comment", ["<!-- einfach: ignore passiv-stimme -->", "<!-- einfach: ausschalten passive-voice -->"])
def test_bad_comment_is_an_error_with_line(comment):
    with pytest.raises(ConfigError, match="Zeile 2"):
        check(f"{PASSIVE}\n{comment}\n{PASSIVE}")


def test_fingerprint_is_stable_when_text_before_changes():
    first = check(PASSIVE).findings[0]
    later = check("Ich habe eine Frage. Und noch eine.\n\n" + PASSIVE).findings[0]
    assert first.fingerprint == later.fingerprint and first.start != later.start
    other = check("Der Antrag wird vom Amt geprüft.").findings[0]
    assert other.fingerprint != first.fingerprint


def test_api_suppression_by_fingerprint_keeps_the_reason():
    finding = check(PASSIVE).findings[0]
    report = check(
        PASSIVE + " " + PASSIVE.replace("Antrag", "Plan"),
        suppress=[Suppression("passive-voice", finding.fingerprint, "Im Bescheid so vorgeschrieben")],
    )
    assert [f.text for f in report.findings] == ["wird vom Jobcenter geprüft"]
    assert report.findings[0].fingerprint != finding.fingerprint
    assert report.suppressed[0].source == "api" and report.suppressed[0].reason == "Im Bescheid so vorgeschrieben"


def test_suppression_needs_a_reason_and_a_known_rule():
    with pytest.raises(ConfigError, match="Grund"):
        Suppression("passive-voice", "abc", " ")
    with pytest.raises(ConfigError):
        Suppression("passiv-stimme", "abc", "weil")


def test_fingerprint_survives_rewrapping_and_spacing():
    first = check(PASSIVE).findings[0]
    rewrapped = check("Der  Antrag wird\n   vom Jobcenter geprüft.").findings[0]
    assert first.fingerprint == rewrapped.fingerprint


def test_comment_reasons_stay_out_of_reports_without_text_and_may_contain_arrows():
    text = f"<!-- Einfach: ignore passive-voice | Frau Özdemir -> Zitat -->\n{PASSIVE}"
    report = check(text)
    assert report.findings == () and report.suppressed[0].reason == "Frau Özdemir -> Zitat"
    assert report.to_dict(include_text=False)["suppressed"][0]["reason"] is None
    assert "Özdemir" not in str(report.to_dict(include_text=False))
