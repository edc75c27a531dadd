"""compound_parts: surface parts, linking elements on the left, simplex words untouched."""

from __future__ import annotations

import pytest

from einfach import compound_parts
from einfach.measures.compounds import join_parts, merge_familiar

SPLITS = {
    "Bewerbungstraining": ("Bewerbungs", "training"),
    "Kooperationsplan": ("Kooperations", "plan"),
    "Eingliederungsvereinbarung": ("Eingliederungs", "vereinbarung"),
    "Kinderbetreuung": ("Kinder", "betreuung"),
    "Arbeitslosengeld": ("Arbeitslosen", "geld"),
    "Staubecken": ("Stau", "becken"),
    "Arbeitsuchende": ("Arbeit", "suchende"),
    "Mitwirkungspflicht": ("Mitwirkungs", "pflicht"),
    "Bürgergeld": ("Bürger", "geld"),
    "Krankenhausaufenthalt": ("Kranken", "haus", "aufenthalt"),
    "Kinderfreizeitbonus": ("Kinder", "frei", "zeit", "bonus"),
    "E-Mail-Adresse": ("E-Mail-", "Adresse"),
    "Bewerbungs·training": ("Bewerbungs·", "training"),
}
SIMPLEX = [
    "Verantwortung",
    "Unterstützung",
    "Bewerbung",
    "Eingliederung",
    "Zeitung",
    "Gelegenheit",
    "Abteilung",
    "Telefon",
    "Ausbildung",
    "Anerkennung",
    "Wohnungslosigkeit",
    "Haus",
    "Zumutbarkeit",
    "Entziehung",
    "Aufforderung",
    "methodologischen",
]


@pytest.mark.parametrize(("word", "parts"), SPLITS.items())
def test_splits(word, parts):
    assert compound_parts(word) == parts


@pytest.mark.parametrize("word", SIMPLEX)
def test_simplex_words_stay_whole(word):
    assert compound_parts(word) == (word,)


@pytest.mark.parametrize("word", [*SPLITS, *SIMPLEX, "", "a", "123", "Auto-", "-", "Straße", "İstanbul", "Ärzte·kammer"])
def test_parts_join_to_the_word(word):
    parts = compound_parts(word)
    assert "".join(parts) == word
    assert all(parts) or word == ""


def test_join_parts_hyphen_capitalises_nouns():
    assert join_parts(("Bewerbungs", "training"), "-") == "Bewerbungs-Training"
    assert join_parts(("Bewerbungs", "training"), "·") == "Bewerbungs·training"
    assert join_parts(("E-Mail-", "Adresse"), "-") == "E-Mail-Adresse"


def test_merge_familiar_keeps_known_subwords():
    familiar = {"zeitraum", "fachkraft"}.__contains__
    assert merge_familiar(("Bewilligungs", "zeit", "raum"), lambda w: familiar(w.lower())) == ("Bewilligungs", "zeitraum")
    assert merge_familiar(("Integrations", "fach", "kraft"), lambda w: familiar(w.lower())) == ("Integrations", "fachkraft")
