"""Arbitrary Unicode never breaks the checker, and offsets always hold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import einfach

GERMANISH = st.text(
    alphabet=st.sampled_from(list("abcdeäöüßABCDEÄÖÜ §.,;:!?()-–·*/\"„“' \n\t0123456789z. B.Nr.") + ["\u00ad", "\u200b", "\r"]),
    max_size=300,
)


def check_invariants(text: str) -> None:
    report = einfach.check(text)
    previous_end = -1
    for sentence in report.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
        assert sentence.start >= previous_end
        assert text[sentence.start : sentence.end] == sentence.text
        previous_end = sentence.end
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.text
    report.to_dict()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_unicode(text):
    check_invariants(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(GERMANISH)
def test_administrative_looking_noise(text):
    check_invariants(text)
