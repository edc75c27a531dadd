"""Grammar rules ES302-ES307: Konjunktiv II and I, genitive, negation, tense, nominal style."""

from __future__ import annotations

import pytest

from einfach import Severity
from einfach.measures.nominal import nominal_verb
from einfach.measures.tense import present_form
from einfach.profiles import rule_enabled
from einfach.rules.genitive import Genitive
from einfach.rules.indirect_speech import IndirectSpeech
from einfach.rules.negation import Negation
from einfach.rules.nominal_style import NominalStyle
from einfach.rules.subjunctive import Subjunctive
from einfach.rules.tense import Tense

RULES = (Subjunctive(), IndirectSpeech(), Genitive(), Negation(), Tense(), NominalStyle())

GOOD = [
    "Ich will wieder als Friseurin arbeiten.",
    "Das Jobcenter bezahlt den Kurs.",
    "Sie bekommen eine Einladung.",
    "Wir rufen Sie am 3. März an.",
    "Ich werde Friseurin.",
    "Der Kurs ist kostenlos.",
    "Sie haben den Termin verpasst.",
    "Die Beratung ist im Jobcenter.",
    "Ich möchte wieder arbeiten.",
    "Ich fahre mit der Bahn zum Termin.",
]


def only(findings):
    assert len(findings) == 1, [(f.text, f.message) for f in findings]
    return findings[0]


def assert_offsets(text, findings):
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text
        for suggestion in finding.suggestions:
            assert suggestion.safe is False
            if suggestion.start is not None:
                assert 0 <= suggestion.start <= suggestion.end <= len(text)


@pytest.mark.parametrize("text", GOOD)
@pytest.mark.parametrize("profile", ["einfach", "standard"])
def test_good_plain_german_is_not_flagged_by_any_grammar_rule(run_rule, text, profile):
    for rule in RULES:
        assert run_rule(rule, text, profile=profile) == [], (rule.name, text)


@pytest.mark.parametrize("text", GOOD)
def test_good_plain_german_is_clean_in_leicht_except_bold_negation(run_rule, text):
    for rule in RULES:
        findings = [f for f in run_rule(rule, text, profile="leicht") if f.data.get("kind") != "verneinung"]
        assert findings == [], (rule.name, text)


# ES302 subjunctive ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged", "kind"),
    [
        ("Wir würden Ihnen helfen.", "würden Ihnen helfen", "wuerde-infinitiv"),
        ("Das Jobcenter würde die Fahrt bezahlen.", "würde die Fahrt bezahlen", "wuerde-infinitiv"),
        ("Mit dem Kurs wären Ihre Chancen besser.", "wären", "konjunktiv-ii"),
        ("Sie könnten als Pflegehelfer arbeiten.", "könnten", "konjunktiv-ii"),
        ("Mit einem Führerschein hätten Sie mehr Chancen.", "hätten", "konjunktiv-ii"),
        ("Es gäbe eine andere Möglichkeit.", "gäbe", "konjunktiv-ii"),
        ("Das müsste bis Freitag klappen.", "müsste", "konjunktiv-ii"),
        ("Sollten Sie krank sein, rufen Sie uns an.", "Sollten", "sollte-bedingung"),
        ("Ich rufe an, wenn ich Zeit hätte.", "hätte", "konjunktiv-ii"),
    ],
)
def test_subjunctive_flags(run_rule, text, flagged, kind):
    finding = only(run_rule(Subjunctive(), text))
    assert finding.text == flagged
    assert finding.data["kind"] == kind
    assert finding.severity is Severity.WARNING
    assert_offsets(text, [finding])


@pytest.mark.parametrize(
    "text",
    [
        "Ich möchte wieder als Friseurin arbeiten.",
        "Könnten Sie bitte die Unterlagen mitbringen?",
        "Würden Sie uns bitte anrufen?",
        "Wir würden uns freuen, wenn Sie kommen.",
        "Ich hätte gern einen Termin am Montag.",
        "Ich würde gern als Friseurin arbeiten.",
        "Sie sollten sich bei der Firma bewerben.",  # "sollte" mid-sentence: only in leicht
        "Gestern wollte ich anrufen.",
        "Wir gingen zusammen zum Amt.",
        "Die Würde des Menschen ist unantastbar.",
    ],
)
def test_subjunctive_does_not_flag(run_rule, text):
    assert run_rule(Subjunctive(), text) == []


@pytest.mark.parametrize(
    ("text", "replacement", "note_sentence"),
    [
        ("Wir würden Ihnen helfen.", "helfen Ihnen", "Wir helfen Ihnen."),
        ("Das Jobcenter würde die Kosten übernehmen.", "übernimmt die Kosten", "Das Jobcenter übernimmt die Kosten."),
        ("Ich würde Sie am Montag anrufen.", "rufe Sie am Montag an", "Ich rufe Sie am Montag an."),
        ("Das Jobcenter könnte die Kosten übernehmen.", "kann", "Das Jobcenter kann die Kosten übernehmen."),
        ("Es gäbe eine andere Möglichkeit.", "gibt", "Es gibt eine andere Möglichkeit."),
        ("Mit dem Kurs wären Ihre Chancen besser.", "sind", "Mit dem Kurs sind Ihre Chancen besser."),
    ],
)
def test_subjunctive_replacements_are_not_safe(run_rule, text, replacement, note_sentence):
    finding = only(run_rule(Subjunctive(), text))
    suggestion = finding.suggestions[0]
    assert suggestion.replacement == replacement
    assert suggestion.safe is False
    assert note_sentence in suggestion.note


@pytest.mark.parametrize(
    "text",
    [
        "Wenn ich Geld hätte, käme ich.",  # unreal condition: no indicative
        "Sie hätten früher anrufen müssen.",  # past Konjunktiv
        "Das dürfte schwierig sein.",  # "darf" would change the meaning
        "Die Kosten würden übernommen werden.",  # passive
    ],
)
def test_subjunctive_gives_only_a_note_when_unsure(run_rule, text):
    findings = run_rule(Subjunctive(), text)
    assert findings
    assert all(s.replacement is None for f in findings for s in f.suggestions)


def test_subjunctive_leicht_flags_politeness_and_every_sollte(run_rule):
    polite = "Ich hätte gern einen Termin."
    assert run_rule(Subjunctive(), polite) == []
    finding = only(run_rule(Subjunctive(), polite, profile="leicht"))
    assert finding.severity is Severity.ERROR and finding.data["polite"] is True
    suggestion = finding.suggestions[0]
    assert suggestion.replacement == "möchte" and "Ich möchte einen Termin." in suggestion.note
    assert polite[suggestion.start : suggestion.end] == "hätte gern"
    wish = only(run_rule(Subjunctive(), "Ich würde gern als Friseurin arbeiten.", profile="leicht"))
    assert wish.suggestions[0].replacement == "möchte als Friseurin arbeiten"
    advice = "Sie sollten sich bei der Firma bewerben."
    assert only(run_rule(Subjunctive(), advice, profile="leicht")).data["kind"] == "sollte"


def test_subjunctive_options(run_rule):
    text = "Könnten Sie bitte die Unterlagen mitbringen?"
    assert run_rule(Subjunctive(), text) == []
    assert only(run_rule(Subjunctive(), text, allow_polite=False)).text == "Könnten"
    assert run_rule(Subjunctive(), "Sie sollten sich bewerben.", all_sollte=True)
    assert only(run_rule(Subjunctive(), "Das wäre schön.", profile="standard")).severity is Severity.SUGGESTION


# ES303 indirect-speech -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged", "replacement"),
    [
        ("Herr Braun sagte, er sei am Montag krank gewesen.", "sei", "ist"),
        ("Frau Kaya gab an, sie habe am Dienstag einen Arzttermin.", "habe", "hat"),
        ("Die Firma schreibt, Herr Braun komme jeden Tag zu spät.", "komme", "kommt"),
        ("Frau Kaya sagt, sie könne nur am Vormittag arbeiten.", "könne", "kann"),
        ("Der Berater sagt, der Kurs beginne im März.", "beginne", "beginnt"),
        ("Er sagt, dass er morgen anrufe.", "anrufe", "anruft"),
        ("Die Beraterin meint, die Firmen seien interessiert.", "seien", "sind"),
        ("Sie erklärt, man müsse den Antrag neu stellen.", "müsse", "muss"),
    ],
)
def test_indirect_speech_flags_in_leicht(run_rule, text, flagged, replacement):
    finding = only(run_rule(IndirectSpeech(), text, profile="leicht"))
    assert finding.text == flagged
    assert finding.severity is Severity.ERROR
    assert finding.suggestions[0].replacement == replacement
    assert "Ich bin krank" in finding.suggestions[0].note
    assert_offsets(text, [finding])


@pytest.mark.parametrize(
    "text",
    [
        "Sei pünktlich.",
        "Seien Sie bitte pünktlich.",
        "Habe Geduld mit dir.",
        "Ich habe keine Zeit.",
        "Heute komme ich später.",
        "Ich gehe zum Amt und habe danach einen Termin.",
        "Es sei denn, Sie sind krank.",
        "Gott sei Dank ist alles gut.",
        "Er sagt, er ist krank.",
        "Der Kurs beginnt im März.",
    ],
)
def test_indirect_speech_does_not_flag(run_rule, text):
    assert run_rule(IndirectSpeech(), text, profile="leicht") == []


def test_indirect_speech_is_off_outside_leicht_and_a_warning_when_run():
    assert rule_enabled("indirect-speech", "leicht")
    assert not rule_enabled("indirect-speech", "einfach")
    assert not rule_enabled("indirect-speech", "standard")


def test_indirect_speech_profiles_and_options(run_rule):
    text = "Er sagt, er sei krank."
    assert only(run_rule(IndirectSpeech(), text)).severity is Severity.WARNING  # einfach when selected
    assert only(run_rule(IndirectSpeech(), text, profile="standard")).severity is Severity.SUGGESTION
    assert only(run_rule(IndirectSpeech(), text, severity="error")).severity is Severity.ERROR


def test_indirect_speech_first_person_only_with_unambiguous_forms(run_rule):
    finding = only(run_rule(IndirectSpeech(), "Er sagt, ich sei krank.", profile="leicht"))
    assert finding.suggestions[0].replacement == "bin"
    assert run_rule(IndirectSpeech(), "Er sagt, ich habe Zeit.", profile="leicht") == []


# ES304 genitive ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged", "kind", "replacement"),
    [
        ("Die Dauer des Kurses beträgt 6 Monate.", "des Kurses", "attribut", "von dem Kurs"),
        ("Die Kosten der Fahrt bezahlt das Jobcenter.", "der Fahrt", "attribut", "von der Fahrt"),
        ("Die Höhe der Kosten steht im Bescheid.", "der Kosten", "attribut", "von den Kosten"),
        ("Die Teilnahme der Kinder ist freiwillig.", "der Kinder", "attribut", "von den Kindern"),
        ("Die Adresse Ihres Arbeitgebers fehlt.", "Ihres Arbeitgebers", "attribut", "von Ihrem Arbeitgeber"),
        ("Der Antrag des Kunden ist da.", "des Kunden", "attribut", "von dem Kunden"),
        ("Die Kosten des neuen Kurses sind hoch.", "des neuen Kurses", "attribut", "von dem neuen Kurs"),
        ("Das Ergebnis des Gesprächs ist gut.", "des Gesprächs", "attribut", "von dem Gespräch"),
        ("Wegen des Umzugs rufen wir Sie an.", "Wegen des Umzugs", "praeposition", None),
        ("Bitte schicken Sie die Liste innerhalb einer Woche.", "innerhalb einer Woche", "praeposition", None),
        ("Während der Maßnahme bekommen Sie Geld.", "Während der Maßnahme", "praeposition", None),
        ("Eines Tages möchte ich Friseurin sein.", "Eines Tages", "sonstig", None),
    ],
)
def test_genitive_flags(run_rule, text, flagged, kind, replacement):
    finding = only(run_rule(Genitive(), text))
    assert finding.text == flagged
    assert finding.data["kind"] == kind
    assert finding.severity is Severity.WARNING
    assert finding.suggestions[0].replacement == replacement
    assert_offsets(text, [finding])


@pytest.mark.parametrize(
    "text",
    [
        "Ich fahre mit der Bahn zum Termin.",
        "Heute hat der Kurs begonnen.",
        "Ich gebe das Formular der Beraterin.",
        "Leider hat das Jobcenter der Frau nicht geantwortet.",
        "Dieses Jahr mache ich einen Kurs.",
        "Die Unterlagen sind innerhalb von 2 Wochen da.",
        "Ich helfe der Nachbarin beim Umzug.",
        "Das steht in § 31 des Zweiten Buches.",
        "Am Montag kommt der Berater.",
        "Ich wohne bei meiner Schwester.",
    ],
)
def test_genitive_does_not_flag(run_rule, text):
    assert run_rule(Genitive(), text) == []


def test_genitive_profiles_and_options(run_rule):
    text = "Wegen des Umzugs rufen wir Sie an."
    assert only(run_rule(Genitive(), text, profile="leicht")).severity is Severity.ERROR
    assert run_rule(Genitive(), text, profile="standard") == []  # genitive prepositions are standard German
    assert run_rule(Genitive(), text, prepositions=False) == []
    attribute = only(run_rule(Genitive(), "Die Dauer des Kurses beträgt 6 Monate.", profile="standard"))
    assert attribute.severity is Severity.SUGGESTION


def test_genitive_house_words_are_skipped(run_rule):
    assert run_rule(Genitive(), "Die Dauer des Kurses beträgt 6 Monate.", allow=["Kurs"]) == []


# ES305 negation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged", "kind", "replacement"),
    [
        ("Der Deutschkurs ist für Ihre Arbeit nicht unwichtig.", "nicht unwichtig", "nicht-un", "wichtig"),
        ("Die Kosten sind nicht unerheblich.", "nicht unerheblich", "nicht-un", "erheblich"),
        ("Nicht unwichtig ist die Frage nach dem Geld.", "Nicht unwichtig", "nicht-un", "Wichtig"),
        ("Eine Arbeit im Lager ist für Sie nicht unmöglich.", "nicht unmöglich", "nicht-un", "möglich"),
        ("Frau Yilmaz ist für die Firma keine unbekannte Person.", "keine unbekannte", "kein-un", "eine bekannte"),
        ("Das ist kein unbekanntes Problem.", "kein unbekanntes", "kein-un", "ein bekanntes"),
        ("Sie können den Kurs nicht ohne Anmeldung beginnen.", "nicht ohne", "nicht-ohne", None),
        ("Der Versuch war nicht erfolglos.", "nicht erfolglos", "nicht-los", None),
        ("Das ist nicht ganz unwichtig.", "nicht ganz unwichtig", "nicht-un", None),
        ("Niemand muss nicht kommen.", "Niemand muss nicht", "zwei-verneinungen", None),
        ("Sie können nicht ungültig werden.", "nicht ungültig", "nicht-un", None),  # "gültig" would flip it
    ],
)
def test_negation_flags_double_negation(run_rule, text, flagged, kind, replacement):
    finding = only(run_rule(Negation(), text))
    assert finding.text == flagged
    assert finding.data["kind"] == kind
    assert finding.severity is Severity.ERROR
    assert finding.suggestions[0].replacement == replacement
    assert_offsets(text, [finding])


@pytest.mark.parametrize(
    "text",
    [
        "Das ist nicht schlimm.",
        "Das ist nicht unbedingt nötig.",
        "Der Kurs dauert nicht ungefähr 3 Wochen, sondern genau 3 Wochen.",
        "Ich habe keine Arbeit und keine Wohnung.",
        "Sie müssen nicht unter 25 sein.",
        "Die Unterlagen sind nicht unterschrieben.",
        "Der Kurs ist nicht nur gut, sondern auch kostenlos.",
        "Wer nicht kommt, bekommt kein Geld.",
        "Weder ich noch mein Mann haben Arbeit.",
        "Ich bin nicht mehr arbeitslos.",
    ],
)
def test_negation_does_not_flag_single_negation_in_einfach(run_rule, text):
    assert run_rule(Negation(), text) == []


def test_negation_single_negations_in_leicht(run_rule):
    text = "Ich habe keine Zeit und komme nicht."
    findings = run_rule(Negation(), text, profile="leicht")
    assert [f.text for f in findings] == ["keine", "nicht"]
    assert all(f.severity is Severity.WARNING and f.data["kind"] == "verneinung" for f in findings)
    assert "fett" in findings[0].message
    assert_offsets(text, findings)
    both = run_rule(Negation(), "Das ist nicht unwichtig.", profile="leicht")
    assert [f.data["kind"] for f in both] == ["nicht-un"]  # the double negation is reported once


def test_negation_profiles_and_options(run_rule):
    text = "Das ist nicht unwichtig."
    assert only(run_rule(Negation(), text, profile="standard")).severity is Severity.WARNING
    assert run_rule(Negation(), "Ich habe keine Zeit.", flag_single=True)
    assert run_rule(Negation(), "Ich habe keine Zeit.", profile="leicht", flag_single=False) == []


# ES306 tense ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged", "kind", "replacement"),
    [
        ("Wir werden Sie anrufen.", "werden Sie anrufen", "futur1", "rufen Sie an"),
        ("Das Jobcenter wird die Kosten übernehmen.", "wird die Kosten übernehmen", "futur1", "übernimmt die Kosten"),
        ("Frau Yilmaz wird Ihnen den Brief schicken.", "wird Ihnen den Brief schicken", "futur1", "schickt Ihnen den Brief"),
        ("Sie werden eine Einladung bekommen.", "werden eine Einladung bekommen", "futur1", "bekommen eine Einladung"),
        ("Ich werde mich im März bewerben.", "werde mich im März bewerben", "futur1", "bewerbe mich im März"),
        ("Sie werden mehr arbeiten müssen.", "werden mehr arbeiten müssen", "futur1", "müssen mehr arbeiten"),
        ("Ich rufe an, wenn ich kommen werde.", "kommen werde", "futur1", "komme"),
        ("Ich werde im März umziehen.", "werde im März umziehen", "futur1", "ziehe im März um"),
        ("Sie hatten den Termin versäumt.", "hatten den Termin versäumt", "plusquamperfekt", "haben"),
        ("Herr Braun hatte sich krank gemeldet.", "hatte sich krank gemeldet", "plusquamperfekt", "hat"),
        ("Er war schon umgezogen.", "war schon umgezogen", "plusquamperfekt", "ist"),
        ("Ich war zum Amt gegangen.", "war zum Amt gegangen", "plusquamperfekt", "bin"),
    ],
)
def test_tense_flags(run_rule, text, flagged, kind, replacement):
    finding = only(run_rule(Tense(), text))
    assert finding.text == flagged
    assert finding.data["kind"] == kind
    assert finding.severity is Severity.WARNING
    assert finding.suggestions[0].replacement == replacement
    assert_offsets(text, [finding])


def test_tense_plusquamperfekt_replaces_only_the_auxiliary(run_rule):
    text = "Sie hatten den Termin versäumt."
    suggestion = only(run_rule(Tense(), text)).suggestions[0]
    assert text[suggestion.start : suggestion.end] == "hatten"
    assert "Sie haben den Termin versäumt." in suggestion.note


@pytest.mark.parametrize(
    "text",
    [
        "Ich werde Friseurin.",
        "Die Kosten werden vom Jobcenter übernommen.",
        "Das Büro war geschlossen.",
        "Das wird schon stimmen.",
        "Hier wird gut beraten.",
        "Sie haben den Termin verpasst.",
        "Ich hatte keine Zeit.",
        "Es wird kalt.",
        "Wir rufen Sie am 3. März an.",
        "Ich war krank.",
    ],
)
def test_tense_does_not_flag(run_rule, text):
    assert run_rule(Tense(), text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ich werde im Kurs mitmachen und lernen.",  # two verbs
        "Wir werden Ihnen die Unterlagen zuschicken und Sie anrufen.",  # two verbs
        "Werden Sie morgen ein Wort wiederholen?",  # "wiederholen": separable or not is unsure
    ],
)
def test_tense_gives_only_a_note_when_unsure(run_rule, text):
    finding = only(run_rule(Tense(), text))
    assert finding.suggestions[0].replacement is None


def test_tense_profiles_and_options(run_rule):
    assert only(run_rule(Tense(), "Wir werden Sie anrufen.", profile="leicht")).severity is Severity.ERROR
    assert only(run_rule(Tense(), "Wir werden Sie anrufen.", profile="standard")).severity is Severity.SUGGESTION
    assert run_rule(Tense(), "Wir werden Sie anrufen.", futur=False) == []
    assert run_rule(Tense(), "Sie hatten den Termin versäumt.", plusquamperfekt=False) == []


@pytest.mark.parametrize(
    ("infinitive", "person", "expected"),
    [
        ("anrufen", "3pl", ("rufen", "an")),
        ("antworten", "1sg", ("antworte", "")),
        ("teilnehmen", "3sg", ("nimmt", "teil")),
        ("übernehmen", "3sg", ("übernimmt", "")),
        ("sein", "3pl", ("sind", "")),
        ("erhalten", "3sg", ("erhält", "")),  # like "halten", not "erhaltet"
        ("wiederholen", "3sg", None),
        ("umziehen", "1sg", ("ziehe", "um")),
    ],
)
def test_present_form(infinitive, person, expected):
    assert present_form(infinitive, person) == expected


# ES307 nominal-style -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged", "count", "kind"),
    [
        (
            "Die Prüfung der Erfüllung der Voraussetzungen erfolgt durch das Jobcenter.",
            "Prüfung der Erfüllung der Voraussetzungen",
            3,
            "anzahl",
        ),
        (
            "Die Anmeldung zur Schulung braucht eine Bestätigung von Ihrer Krankenkasse.",
            "Anmeldung zur Schulung braucht eine Bestätigung",
            3,
            "anzahl",
        ),
        (
            "Ihre Gesundheit und Ihre Zuverlässigkeit sind für die Vermittlung wichtig.",
            "Gesundheit und Ihre Zuverlässigkeit sind für die Vermittlung",
            3,
            "anzahl",
        ),
        (
            "Nach der Beendigung der Maßnahme ist eine Arbeitsaufnahme vorgesehen.",
            "Beendigung der Maßnahme ist eine Arbeitsaufnahme",
            3,
            "anzahl",
        ),
        (
            "Bei Erkrankung ist eine Krankmeldung mit Begründung nötig.",
            "Erkrankung ist eine Krankmeldung mit Begründung",
            3,
            "anzahl",
        ),
        ("Die Änderung der Regelung gilt ab März.", "Änderung der Regelung", 2, "genitivkette"),
    ],
)
def test_nominal_style_flags(run_rule, text, flagged, count, kind):
    finding = only(run_rule(NominalStyle(), text))
    assert finding.text == flagged
    assert finding.data["nominalisations"] == count
    assert finding.data["limit"] == 2
    assert finding.data["kind"] == kind
    assert finding.data["per_100_words"] > 0
    assert finding.severity is Severity.WARNING
    assert_offsets(text, [finding])


@pytest.mark.parametrize(
    "text",
    [
        "Die Beratung ist im Jobcenter.",
        "Sie bekommen eine Einladung.",
        "Ich suche eine Wohnung und eine Ausbildung.",
        "Ich bringe mein Zeugnis und die Rechnung mit.",
        "Die Bewerbung und der Lebenslauf sind fertig.",
        "Die Teilnahme an der Maßnahme ist Pflicht.",
        "Das Jobcenter prüft Ihre Unterlagen.",
    ],
)
def test_nominal_style_does_not_flag(run_rule, text):
    assert run_rule(NominalStyle(), text) == []


def test_nominal_style_names_the_verbs(run_rule):
    finding = only(run_rule(NominalStyle(), "Die Prüfung der Erfüllung der Voraussetzungen erfolgt durch das Jobcenter."))
    notes = " ".join(s.note for s in finding.suggestions)
    assert "Prüfung → prüfen" in notes and "Erfüllung → erfüllen" in notes
    assert all(s.replacement is None and s.safe is False for s in finding.suggestions)


def test_nominal_style_profiles_and_options(run_rule):
    text = "Die Teilnahme an der Maßnahme ist Pflicht."  # 2 nominalisations
    assert only(run_rule(NominalStyle(), text, profile="leicht")).severity is Severity.ERROR
    assert run_rule(NominalStyle(), text, max_per_sentence=1)
    chain = "Die Änderung der Regelung gilt ab März."
    assert run_rule(NominalStyle(), chain, profile="standard") == []
    assert run_rule(NominalStyle(), chain, max_chain=2) == []


@pytest.mark.parametrize(
    ("noun", "verb"),
    [
        ("Prüfung", "prüfen"),
        ("Änderung", "ändern"),
        ("Regelung", "regeln"),
        ("Beratung", "beraten"),
        ("Unterstützung", "unterstützen"),
        ("Teilnahme", "teilnehmen"),
        ("Arbeitsaufnahme", "aufnehmen"),
        ("Information", "informieren"),
        ("Maßnahme", None),
        ("Sammlung", None),  # "sammlen" is no verb
        ("Möglichkeit", None),
    ],
)
def test_nominal_verb(noun, verb):
    assert nominal_verb(noun) == verb
