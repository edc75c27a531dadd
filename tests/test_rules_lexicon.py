"""The eight lexicon rules and the term matcher behind them (data/lexicon/*.tsv)."""

from __future__ import annotations

import pytest

from einfach import check
from einfach.analysis.analyze import analyze
from einfach.langdata import lexicon_entries
from einfach.measures.terms import find_terms
from einfach.rules.direct_address import DirectAddress
from einfach.rules.explain_term import ExplainTerm
from einfach.rules.filler_word import FillerWord
from einfach.rules.foreign_word import ForeignWord
from einfach.rules.idiom import Idiom
from einfach.rules.light_verb import LightVerb
from einfach.rules.officialese import Officialese
from einfach.rules.vague_word import VagueWord


def terms(text: str) -> list[tuple[str, str]]:
    return [
        (match.entry.term, " ".join(s.tokens[i].text for i in sorted(match.token_indices)))
        for s in analyze(text)
        for match in find_terms(s)
    ]


def test_lexicon_is_large_and_every_entry_has_a_source():
    entries = lexicon_entries()
    assert len(entries) >= 400
    assert all(entry.source for entry in entries)
    assert {entry.kind for entry in entries} == {
        "officialese",
        "light_verbs",
        "legal_terms",
        "foreign",
        "fillers",
        "vague",
        "idioms",
        "address",
    }


@pytest.mark.parametrize(
    ("text", "term", "words"),
    [
        ("Wir stellen Ihnen das Geld zur Verfügung.", "zur Verfügung stellen", "stellen zur Verfügung"),
        ("Das Geld wird Ihnen zur Verfügung gestellt.", "zur Verfügung stellen", "zur Verfügung gestellt"),
        ("Sie nehmen die Beratung in Anspruch.", "in Anspruch nehmen", "nehmen in Anspruch"),
        ("Melden Sie sich bitte unverzüglich.", "unverzüglich", "unverzüglich"),
        ("Die Leistungsberechtigten kommen am Montag.", "Leistungsberechtigte", "Leistungsberechtigten"),
    ],
)
def test_terms_match_lemmas_and_moved_verbs(text, term, words):
    assert (term, words) in terms(text)


def test_separable_verb_matches_one_word_entry():
    found = [t for t, _ in terms("Fügen Sie die Kopie bitte bei.")]
    assert "beifügen" in found


def test_a_verb_far_away_or_missing_does_not_make_a_phrase():
    assert not [t for t, _ in terms("Die Verfügung liegt vor.") if t == "zur Verfügung stellen"]


@pytest.mark.parametrize(
    ("rule", "text", "flagged"),
    [
        (Officialese(), "Bitte melden Sie sich unverzüglich.", "unverzüglich"),
        (LightVerb(), "Wir stellen Ihnen einen Laptop zur Verfügung.", "stellen Ihnen einen Laptop zur Verfügung"),
        (ExplainTerm(), "Ihr Kooperationsplan gilt ab heute.", "Kooperationsplan"),
        (ForeignWord(), "Sie machen ein Coaching.", "Coaching"),
        (FillerWord(), "Sie können grundsätzlich einen Kurs machen.", "grundsätzlich"),
        (VagueWord(), "Wir melden uns zeitnah.", "zeitnah"),
        (Idiom(), "Wir greifen Ihnen unter die Arme.", "greifen Ihnen unter die Arme"),
        (DirectAddress(), "Die leistungsberechtigte Person kommt zum Termin.", None),
    ],
)
def test_must_flag(run_rule, rule, text, flagged):
    findings = run_rule(rule, text)
    assert findings, text
    finding = findings[0]
    assert text[finding.start : finding.end] == finding.text
    if flagged is not None:
        assert finding.text == flagged
    assert finding.message and finding.suggestions and finding.data["term"]


@pytest.mark.parametrize(
    "text",
    [
        "Ich will wieder als Friseurin arbeiten.",
        "Das Jobcenter bezahlt den Kurs.",
        "Bitte melden Sie sich sofort.",
        "Wir geben Ihnen einen Laptop.",
        "Sie nutzen die Beratung.",
        "Ihr Termin ist am 3. März 2026 um 9:30 Uhr.",
        "Sie schreiben 2 Bewerbungen pro Woche.",
        "Wir rufen Sie am Montag an.",
        "Bitte bringen Sie Ihren Ausweis mit.",
        "Sie bekommen Geld für die Fahrkarte.",
    ],
)
def test_must_not_flag(text):
    lexicon_codes = {"ES203", "ES204", "ES205", "ES207", "ES208", "ES209", "ES210", "ES308"}
    assert {f.code for f in check(text).findings} & lexicon_codes == set()


def test_safe_replacement_keeps_sentence_case(run_rule):
    (finding,) = run_rule(Officialese(), "Unverzüglich melden Sie sich.")
    (suggestion,) = finding.suggestions
    assert suggestion.replacement == "Sofort" and suggestion.safe


def test_inflected_or_moved_terms_get_a_note_not_a_replacement(run_rule):
    (finding,) = run_rule(LightVerb(), "Wir stellen Ihnen einen Laptop zur Verfügung.")
    assert finding.suggestions[0].replacement is None and "geben" in finding.suggestions[0].note


@pytest.mark.parametrize(
    "text",
    [
        "Ihr Kooperationsplan gilt ab heute. Das bedeutet: Hier stehen Ihre Schritte.",
        "Der Kooperationsplan ist Ihr Plan für die Arbeit.",
        "Ihr Kooperationsplan: Hier stehen Ihre Schritte.",
    ],
)
def test_explained_terms_are_fine(run_rule, text):
    assert run_rule(ExplainTerm(), text) == []


def test_only_the_first_use_needs_the_explanation(run_rule):
    text = "Ihr Kooperationsplan gilt ab heute. Den Kooperationsplan prüfen wir im Mai."
    findings = run_rule(ExplainTerm(), text)
    assert [f.start for f in findings] == [text.index("Kooperationsplan")]
    explained = "Ihr Kooperationsplan gilt ab heute. Das bedeutet: Hier stehen Ihre Schritte. Den Kooperationsplan prüfen wir."
    assert run_rule(ExplainTerm(), explained) == []


def test_explanation_openers_are_an_option(run_rule):
    text = "Ihr Kooperationsplan gilt ab heute. Kurz gesagt: Hier stehen Ihre Schritte."
    assert run_rule(ExplainTerm(), text)
    assert run_rule(ExplainTerm(), text, explanation_openers=["kurz gesagt"]) == []


def test_house_words_and_profiles(run_rule):
    text = "Bitte melden Sie sich unverzüglich."
    assert run_rule(Officialese(), text, allow=["unverzüglich"]) == []
    severities = {p: str(run_rule(Officialese(), text, profile=p)[0].severity) for p in ("leicht", "einfach", "standard")}
    assert severities == {"leicht": "error", "einfach": "warning", "standard": "suggestion"}


def test_filler_removal_takes_the_space_along(run_rule):
    text = "Sie können grundsätzlich einen Kurs machen."
    (finding,) = run_rule(FillerWord(), text)
    suggestion = finding.suggestions[0]
    assert suggestion.replacement == ""
    assert text[: suggestion.start] + text[suggestion.end :] == "Sie können einen Kurs machen."
    assert not suggestion.safe  # "grundsätzlich" has a legal meaning


def test_rare_word_leaves_lexicon_words_to_the_lexicon_rules():
    report = check("Bitte fügen Sie die Unterlagen fristgerecht bei.", select=["rare-word", "officialese"])
    spans = [(f.start, f.end) for f in report.findings]
    assert len(spans) == len(set(spans))
