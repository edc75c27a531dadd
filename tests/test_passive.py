"""Passive detection: each kind must be found, and look-alikes must not."""

from __future__ import annotations

import pytest

from einfach.analysis.pipeline import read_sentences
from einfach.measures.passive import find_passives

MUST_FLAG = [
    ("Die Kosten werden vom Jobcenter übernommen.", "vorgangspassiv"),
    ("Der Antrag wurde gestern abgelehnt.", "vorgangspassiv"),
    ("Der Antrag ist abgelehnt worden.", "vorgangspassiv"),
    ("Die Unterlagen müssen bis Freitag eingereicht werden.", "vorgangspassiv"),
    ("Ich weiß, dass die Kosten übernommen werden.", "vorgangspassiv"),
    ("Wird die Auskunft verlangt, gilt die Frist.", "vorgangspassiv"),
    ("Die Kosten werden, soweit sie angemessen sind, übernommen.", "vorgangspassiv"),
    ("Hier wird nicht geraucht.", "vorgangspassiv"),
    ("Die Miete würde dann direkt überwiesen.", "vorgangspassiv"),
    ("Das Büro ist heute geschlossen.", "zustandspassiv"),
    ("Ihr Antrag ist genehmigt.", "zustandspassiv"),
    ("Sie bekommen die Kosten erstattet.", "rezipientenpassiv"),
    ("Sie erhalten den Bescheid zugeschickt.", "rezipientenpassiv"),
    ("Die Unterlagen sind bis Freitag einzureichen.", "sein-zu-infinitiv"),
    ("Das ist bei der Bewerbung zu beachten.", "sein-zu-infinitiv"),
    ("Das ist dem Jobcenter unverzüglich mitzuteilen.", "sein-zu-infinitiv"),  # an adverb, not "bereit zu"
]

MUST_NOT_FLAG = [
    "Ich werde morgen anrufen.",  # Futur I
    "Sie wird Ärztin.",  # copula
    "Er ist Vater geworden.",  # copula, perfect
    "Ich würde gern arbeiten.",  # würde-Konjunktiv
    "Ich habe den Antrag gestellt.",  # haben-Perfekt
    "Sie ist gestern gekommen.",  # sein-Perfekt
    "Er ist nach Mannheim gezogen.",  # sein-Perfekt
    "Die Frist ist abgelaufen.",  # sein-Perfekt
    "Er bearbeitet den Antrag.",  # active, -t verb
    "Die beantragten Leistungen sind hoch.",  # attributive participle
    "Das ist bekannt.",  # adjective
    "Ich bin bereit zu arbeiten.",  # the subject acts: adjective with an infinitive
    "Sie sind antragsberechtigt.",  # -berechtigt adjective
    "Ich bin verheiratet.",  # adjectival participle
    "Ich bin bereit zu arbeiten.",  # adjective + zu-infinitive
    "Sie haben die Unterlagen einzureichen.",  # haben + zu: active duty
    "Ich lasse das Auto reparieren.",  # lassen
    "Er wird das bis Montag gemacht haben.",  # Futur II active
    "Ich bekomme einen gebrauchten Laptop.",  # bekommen + attributive participle
]


def passives(nlp, text: str) -> list[str]:
    return [match.kind.value for sentence in read_sentences(nlp(text)) for match in find_passives(sentence)]


@pytest.mark.parametrize(("text", "kind"), MUST_FLAG)
def test_finds_passive(nlp, text, kind):
    assert passives(nlp, text) == [kind]


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_no_passive(nlp, text):
    assert passives(nlp, text) == []


def test_one_match_per_clause(nlp):
    text = "Werden Daten an Dritte übermittelt, ist das zu dokumentieren."
    assert passives(nlp, text) == ["vorgangspassiv", "sein-zu-infinitiv"]


def test_agent_is_found_only_for_who_acts(nlp):
    [sentence] = read_sentences(nlp("Die Kosten werden vom Jobcenter übernommen."))
    [match] = find_passives(sentence)
    assert [t.text for t in sentence.tokens[match.agent[0] : match.agent[1]]] == ["vom", "Jobcenter"]
    [sentence] = read_sentences(nlp("Die Wahrnehmung von Terminen wird geprüft."))
    [match] = find_passives(sentence)
    assert match.agent is None
