"""Each core rule: must flag, must not flag, per profile, with options."""

from __future__ import annotations

import pytest

import einfach
from einfach import ConfigError, Severity
from einfach.rules.registry import RULES, rule_by_key


def findings(text: str, rule: str, profile: str = "einfach", **options):
    report = einfach.check(text, profile=profile, options={rule: options} if options else None)
    return [f for f in report.findings if f.rule == rule]


def test_registry_codes_and_names_are_unique_and_stable():
    codes = [rule.code for rule in RULES]
    names = [rule.name for rule in RULES]
    assert len(set(codes)) == len(codes) == len(set(names)) == 31
    assert codes == sorted(codes)
    assert [(r.code, r.name) for r in RULES[:2]] == [("ES101", "sentence-length"), ("ES102", "several-statements")]
    assert ("ES201", "rare-word") in zip(codes, names) and ("ES301", "passive-voice") in zip(codes, names)
    assert all(name == name.lower() and " " not in name for name in names)
    assert rule_by_key("ES201") is rule_by_key("rare-word") is rule_by_key("es201")


# sentence-length -----------------------------------------------------------------------------

LONG = (
    "Ich schreibe jeden Monat fünf Bewerbungen an Firmen in Mannheim, und das Jobcenter "
    "bezahlt mir dafür die Fahrt zu den Gesprächen mit den Firmen."
)


def test_sentence_length_flags_with_numbers_and_split():
    [finding] = findings(LONG, "sentence-length")
    assert finding.severity is Severity.ERROR
    assert finding.data["words"] == 24 and finding.data["limit"] == 20
    assert finding.text == LONG
    assert finding.suggestions[0].replacement == (
        "Ich schreibe jeden Monat fünf Bewerbungen an Firmen in Mannheim. "
        "Das Jobcenter bezahlt mir dafür die Fahrt zu den Gesprächen mit den Firmen."
    )


def test_sentence_length_names_subordinate_split():
    text = "Bitte bringen Sie alle Unterlagen zum nächsten Termin mit, weil wir sonst Ihren Antrag nicht prüfen können."
    [finding] = findings(text, "sentence-length")
    assert finding.severity is Severity.WARNING
    assert "weil" in finding.suggestions[0].note and finding.suggestions[0].replacement is None


def test_sentence_length_profiles_and_options():
    text = "Ich gehe am Montag mit meiner Tochter zum Arzt in der Stadt."  # 12 words
    assert findings(text, "sentence-length") == []
    assert [f.severity for f in findings(text, "sentence-length", profile="leicht")] == [Severity.WARNING]
    assert findings(text, "sentence-length", warn_above=11)
    assert findings("Kurz.", "sentence-length", profile="leicht") == []


# rare-word -----------------------------------------------------------------------------------


def test_rare_word_numbers_and_severity():
    [finding] = findings("Das ist ein Rohrleitungsisolierer.", "rare-word")
    assert finding.text == "Rohrleitungsisolierer"
    assert finding.data["zipf"] < 3.0 and finding.severity is Severity.WARNING
    assert finding.suggestions[0].replacement is None


def test_rare_word_leaves_lexicon_terms_to_their_rules():
    report = einfach.check("Das ist Ihre Obliegenheit.")
    assert [f.rule for f in report.findings] == ["officialese"]
    assert report.findings[0].suggestions[0].note == "Besser: Pflicht."


@pytest.mark.parametrize(
    "text",
    [
        "Das Jobcenter zahlt das Bürgergeld.",  # allowlist
        "Frau Yilmaz ruft am 3. März 2026 an.",  # names, numbers
        "Ihre Kundennummer steht im Brief.",  # allowlist
        "Wir besprechen Ihren Kooperationsplan.",  # frequency override
        "Ich mache ein Bewerbungstraining.",  # compound of familiar parts
        "Die SGB-II-Leistung kommt pünktlich.",  # acronym part
    ],
)
def test_rare_word_not_flagged(text):
    assert [f for f in findings(text, "rare-word") if f.data["kind"] == "rare"] == []


def test_rare_word_house_words_and_profiles():
    text = "Das ist ein Rohrleitungsisolierer."
    assert [f for f in einfach.check(text, allow=["Rohrleitungsisolierer"]).findings if f.rule == "rare-word"] == []
    [strict] = findings(text, "rare-word", profile="leicht")
    assert strict.severity is Severity.ERROR


# compound-word -------------------------------------------------------------------------------


def test_compound_word_hyphen_and_mediopunkt():
    text = "Wir prüfen die Eingliederungsvereinbarung."
    [finding] = findings(text, "compound-word")
    assert finding.suggestions[0].replacement == "Eingliederungs-Vereinbarung"
    [dot] = findings(text, "compound-word", separator="·")
    assert dot.suggestions[0].replacement == "Eingliederungs·vereinbarung"


def test_compound_word_thresholds_by_profile():
    text = "Ich mache ein Bewerbungstraining."
    assert findings(text, "compound-word") == []
    [finding] = findings(text, "compound-word", profile="leicht")
    assert finding.suggestions[0].replacement == "Bewerbungs-Training"


def test_compound_word_keeps_familiar_subwords_in_einfache_sprache():
    text = "Die Bewilligungszeitraumverlängerung dauert."
    [finding] = findings(text, "compound-word")
    assert finding.suggestions[0].replacement == "Bewilligungs-Zeitraum-Verlängerung"


def test_compound_word_already_hyphenated_is_fine():
    assert findings("Die Eingliederungs-Vereinbarung gilt.", "compound-word", profile="leicht") == []


def test_compound_word_rejects_unknown_separator():
    with pytest.raises(ConfigError):
        findings("Text.", "compound-word", separator="/")


# passive-voice -------------------------------------------------------------------------------


def test_passive_voice_kinds_and_severity():
    [state] = findings("Das Büro ist heute geschlossen.", "passive-voice")
    assert state.data["kind"] == "zustandspassiv" and state.severity is Severity.SUGGESTION
    [action] = findings("Der Antrag wird geprüft.", "passive-voice", profile="leicht")
    assert action.severity is Severity.ERROR and action.text == "wird geprüft"
    assert "Wer tut das?" in action.suggestions[0].note


def test_passive_voice_kinds_option():
    assert findings("Das Büro ist heute geschlossen.", "passive-voice", kinds=["vorgangspassiv"]) == []
    with pytest.raises(ConfigError):
        findings("Text.", "passive-voice", kinds=["unsinn"])


# options -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "options",
    [
        {"sentence-length": {"warn_abov": 3}},
        {"sentence-length": {"warn_above": "viele"}},
        {"sentence-length": {"warn_above": True}},
        {"rare-word": {"allow": "Wort"}},
        {"no-such-rule": {}},
    ],
)
def test_bad_options_are_rejected(options):
    with pytest.raises(ConfigError):
        einfach.check("Text.", options=options)


def test_unknown_profile_is_rejected():
    with pytest.raises(ConfigError, match="Profil"):
        einfach.check("Text.", profile="kompliziert")


def test_options_by_code():
    text = "Ich gehe am Montag mit meiner Tochter zum Arzt in der Stadt."
    report = einfach.check(text, options={"ES101": {"warn_above": 5}})
    assert [f.code for f in report.findings] == ["ES101"]


def test_options_for_one_rule_twice_are_rejected():
    with pytest.raises(ConfigError, match="doppelt"):
        einfach.check("Text.", options={"ES101": {"warn_above": 5}, "sentence-length": {"warn_above": 6}})


# several-statements --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "statements"),
    [
        ("Ich gehe zum Kurs.", 1),
        ("Zum Beispiel eine Bewerbung schreiben.", 1),
        ("Ich gehe zum Kurs und lerne Deutsch.", 2),
        ("Diese Angst kann Traurigkeit und Wut auslösen.", 2),
        ("Wenn Sie krank sind, rufen Sie an.", 2),
        ("Ich gehe zum Kurs, weil ich Deutsch lernen will, und danach suche ich Arbeit und eine Wohnung.", 4),
    ],
)
def test_statement_count(text, statements):
    assert einfach.check(text).sentences[0].statements == statements


def test_several_statements_by_profile():
    text = "Ich gehe zum Kurs und lerne Deutsch."
    [finding] = findings(text, "several-statements", profile="leicht")
    assert finding.severity is Severity.ERROR and finding.data == {"statements": 2, "limit": 1}
    assert findings(text, "several-statements") == []
    long = "Ich gehe zum Kurs, weil ich Deutsch lernen will, und danach suche ich Arbeit und eine Wohnung."
    [hint] = findings(long, "several-statements")
    assert hint.severity is Severity.SUGGESTION
    assert findings("Ich gehe zum Kurs.", "several-statements", profile="leicht") == []


@pytest.mark.parametrize("text", ["Sie werden be-zahlt.", "Wir gehen ein-kaufen.", "Das ist Ihr Schwieger-sohn."])
def test_rare_word_judges_leichte_sprache_hyphens_by_the_joined_word(text):
    assert [f for f in findings(text, "rare-word") if f.data["kind"] == "rare"] == []


def test_several_statements_leaves_headings_without_a_verb_alone():
    assert findings("Fragen und Antworten", "several-statements", profile="leicht") == []
    assert findings("Ich lerne Deutsch und suche Arbeit.", "several-statements", profile="leicht")
