"""Syllables: pyphen pieces with a vowel, or vowel groups, whichever is larger."""

from __future__ import annotations

import pytest

from einfach.measures.syllables import count_syllables

GOLD = {
    "Abend": 2,
    "Ofen": 2,
    "Idee": 2,
    "Radio": 3,
    "Ozean": 3,
    "Situation": 5,
    "bearbeiten": 4,
    "Eingliederungsvereinbarung": 8,
    "Potenzialanalyse": 8,
    "Arbeitsvermittlung": 5,
    "Museum": 3,
    "Haus": 1,
    "Jobcenter": 3,
    "Bewerbung": 3,
    "Termin": 2,
    "beantragen": 4,
    "Straße": 2,
    "Mai": 1,
    "heute": 2,
    "Zeugnis": 2,
    "Ausbildung": 3,
    "Unterstützung": 4,
    "Arbeit": 2,
    "Bewerbungs-Training": 5,
    "Bewerbungs·training": 5,
}


@pytest.mark.parametrize(("word", "syllables"), GOLD.items())
def test_syllables(word, syllables):
    assert count_syllables(word) == syllables


@pytest.mark.parametrize("token", ["2026", "§", "12,50", "..."])
def test_tokens_without_letters_count_one(token):
    assert count_syllables(token) == 1
