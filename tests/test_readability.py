"""Readability formulas: exact coefficients, einfach's own counts, textstat as a formula oracle."""

from __future__ import annotations

import pytest

import einfach
from einfach.measures.readability import TextCounts, flesch_amstad, wiener_sachtextformel

COUNTS = TextCounts(sentences=2, words=10, syllables=16, polysyllables=2, monosyllables=5, long_words=3)


def test_flesch_amstad_by_hand():
    # 180 - 10/2 - 58.5 * 16/10 = 180 - 5 - 93.6
    assert flesch_amstad(COUNTS) == 81.4


def test_wiener_sachtextformel_by_hand():
    ms, sl, iw, es = 20.0, 5.0, 30.0, 50.0
    assert wiener_sachtextformel(COUNTS, 1) == round(0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875, 2)
    assert wiener_sachtextformel(COUNTS, 2) == round(0.2007 * ms + 0.1682 * sl + 0.1373 * iw - 2.779, 2)
    assert wiener_sachtextformel(COUNTS, 3) == round(0.2963 * ms + 0.1905 * sl - 1.1144, 2)
    assert wiener_sachtextformel(COUNTS, 4) == round(0.2744 * ms + 0.2656 * sl - 1.693, 2)
    with pytest.raises(ValueError):
        wiener_sachtextformel(COUNTS, 5)


def test_empty_counts_give_none():
    empty = TextCounts(0, 0, 0, 0, 0, 0)
    assert flesch_amstad(empty) is None and wiener_sachtextformel(empty) is None


def test_document_counts_on_administrative_text():
    # 17 + 6 words ("z. B." is one word). A reader sees 2 sentences; textstat counts 5,
    # because "1.", "Nr.", "Dr.", "z." and "B." end sentences for it.
    text = "Der Termin ist am 1. März 2026 um 10 Uhr im Zimmer Nr. 5 bei Dr. Müller. Bringen Sie z. B. Ihren Ausweis mit."
    document = einfach.check(text).document
    assert (document.sentences, document.words) == (2, 23)


def test_formula_matches_textstat_where_counting_agrees():
    textstat = pytest.importorskip("textstat")
    text = "Ich gehe heute zur Arbeit. Das Wetter ist schön. Wir essen zusammen."
    document = einfach.check(text).document
    textstat.set_lang("de")
    assert document.flesch_amstad == pytest.approx(textstat.flesch_reading_ease(text), abs=0.1)
