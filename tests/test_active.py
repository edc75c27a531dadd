"""Active rewrites for passive sentences that name who acts; none when unsure."""

from __future__ import annotations

import pytest

import einfach

REWRITES = [
    ("Die Kosten werden vom Jobcenter übernommen.", "Das Jobcenter übernimmt die Kosten."),
    ("Der Antrag wird vom Jobcenter geprüft.", "Das Jobcenter prüft den Antrag."),
    ("Ihr Antrag wurde von Ihnen gestellt.", "Sie haben Ihren Antrag gestellt."),
    ("Die Unterlagen müssen von Ihnen bis Freitag eingereicht werden.", "Sie müssen die Unterlagen bis Freitag einreichen."),
    ("Der neue Antrag ist vom Amt abgelehnt worden.", "Das Amt hat den neuen Antrag abgelehnt."),
    ("Ein Bescheid wird von der Agentur geschickt.", "Die Agentur schickt einen Bescheid."),
    ("Die Fahrkarte wird von uns bezahlt.", "Wir bezahlen die Fahrkarte."),
    ("Der Lebenslauf wird vom Coach angepasst.", "Der Coach passt den Lebenslauf an."),
    ("Das Geld wird von den Trägern ausgezahlt.", "Die Träger zahlen das Geld aus."),
    ("Der Kurs wird von Frau Yilmaz organisiert.", "Frau Yilmaz organisiert den Kurs."),
    ("Die Bewerbung wird von Ihnen vorbereitet.", "Sie bereiten die Bewerbung vor."),
    (
        "Die Kosten für die Fahrt zum Vorstellungsgespräch werden vom Jobcenter übernommen.",
        "Das Jobcenter übernimmt die Kosten für die Fahrt zum Vorstellungsgespräch.",
    ),
]

NO_REWRITE = [
    "Die Kosten werden übernommen.",  # nobody named
    "Ihnen wird vom Jobcenter geholfen.",  # dative verb, no subject
    "Wenn die Kosten vom Jobcenter übernommen werden, kommen Sie.",  # two clauses
    "Der Antrag wird vom Dings geprüft.",  # gender of "Dings" unknown
]


def passive_suggestion(text: str) -> einfach.Suggestion:
    [finding] = [f for f in einfach.check(text).findings if f.rule == "passive-voice"]
    return finding.suggestions[0]


@pytest.mark.parametrize(("passive", "active"), REWRITES)
def test_active_rewrite(passive, active):
    suggestion = passive_suggestion(passive)
    assert suggestion.replacement == active
    assert (suggestion.start, suggestion.end) == (0, len(passive))
    assert suggestion.safe is False


@pytest.mark.parametrize("text", NO_REWRITE)
def test_asks_instead_of_guessing(text):
    suggestion = passive_suggestion(text)
    assert suggestion.replacement is None
    assert suggestion.note
