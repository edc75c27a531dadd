"""Format rules ES401-ES406: special characters, numbers, dates, times, phone numbers, gender forms."""

from __future__ import annotations

import pytest

from einfach import ConfigError, Severity
from einfach.profiles import build_options, rule_enabled
from einfach.rules.date_format import DateFormat
from einfach.rules.gender_form import GenderForm
from einfach.rules.number_format import NumberFormat
from einfach.rules.phone_format import PhoneFormat, normalise
from einfach.rules.special_character import SpecialCharacter
from einfach.rules.time_format import TimeFormat

RULES = (SpecialCharacter(), NumberFormat(), DateFormat(), TimeFormat(), PhoneFormat(), GenderForm())

GOOD = [
    "Ihr Termin ist am 3. März 2026 um 9:30 Uhr.",
    "Rufen Sie uns an: 0621 123 45 67.",
    "Das Jobcenter bezahlt 2 Bewerbungsfotos.",
    "Sie bekommen Geld nach dem SGB II.",
    "Schreiben Sie eine E-Mail an jobcenter-mannheim@jobcenter-ge.de.",
    "Ich schreibe jede Woche 2 Bewerbungen.",
    "Die Mitarbeiterinnen und Mitarbeiter helfen Ihnen.",
]


@pytest.mark.parametrize("text", GOOD)
@pytest.mark.parametrize("profile", ["leicht", "einfach", "standard"])
def test_good_plain_german_is_not_flagged_by_any_format_rule(run_rule, text, profile):
    for rule in RULES:
        assert run_rule(rule, text, profile=profile) == [], (rule.name, text)


def only(findings):
    assert len(findings) == 1, [(f.text, f.message) for f in findings]
    return findings[0]


def check_offsets(text, findings):
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text
        for suggestion in finding.suggestions:
            if suggestion.start is not None:
                assert finding.start <= suggestion.start <= suggestion.end <= len(text) or suggestion.start < finding.start


# ES401 special-character ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged", "kind"),
    [
        ("Der Kurs (siehe unten) beginnt am Montag.", "(siehe unten)", "bracket"),
        ("Der Kurs beginnt am Montag; er dauert drei Wochen.", ";", "semicolon"),
        ("Sie bekommen 20 % mehr Geld.", "20 %", "percent"),
        ("Schicken Sie Lebenslauf & Zeugnisse an das Jobcenter.", "&", "ampersand"),
        ("Schicken Sie Ihren Lebenslauf/Ihre Zeugnisse bis Freitag.", "Lebenslauf/Ihre", "slash"),
        ("Bitte bringen Sie Ausweis, Mietvertrag ... mit.", "...", "ellipsis"),
        ("Bitte bringen Sie Ausweis, Mietvertrag … mit.", "…", "ellipsis"),
        ("Das steht in § 15 SGB II.", "§", "section"),
        ("Das Jobcenter zahlt 10 Euro/Stunde.", "/", "slash"),
    ],
)
def test_special_character_flags(run_rule, text, flagged, kind):
    findings = run_rule(SpecialCharacter(), text)
    finding = only(findings)
    assert finding.text == flagged and finding.data["kind"] == kind and finding.code == "ES401"
    check_offsets(text, findings)


@pytest.mark.parametrize(
    "text",
    [
        "Rufen Sie uns an: (0621) 123456.",  # the phone rule's business
        "Mehr finden Sie unter https://www.arbeitsagentur.de/bildung/kurse.",
        "Mehr finden Sie auf jobcenter-ge.de/mannheim.",
        "Fahren Sie auf dem Weg nicht schneller als 50 km/h.",
        "Sie müssen: a) pünktlich kommen, b) Unterlagen mitbringen.",
        "Das Schuljahr 2025/2026 beginnt im August.",
        "Die Mitarbeiter/innen helfen Ihnen.",  # the gender rule's business
        "Ihr „Kooperationsplan“ ist fertig.",  # quotation marks: only in leicht
        "Das Aktenzeichen ist 123/45.",
        "(1) Sie bekommen Geld.",
        "Das kostet 12,50 € im Monat.",
        "Das Gesetz heißt SGB II / SGB XII.",
    ],
)
def test_special_character_does_not_flag(run_rule, text):
    assert run_rule(SpecialCharacter(), text) == []


def test_special_character_replacements_and_safety(run_rule):
    percent = only(run_rule(SpecialCharacter(), "Sie bekommen 20% mehr Geld."))
    assert percent.text == "20%" and percent.suggestions[0].replacement == "20 Prozent" and percent.suggestions[0].safe

    ampersand = only(run_rule(SpecialCharacter(), "Schicken Sie Lebenslauf & Zeugnisse an das Jobcenter."))
    assert ampersand.suggestions[0].replacement == "und" and ampersand.suggestions[0].safe

    text = "Der Kurs beginnt am Montag; er dauert drei Wochen."
    semicolon = only(run_rule(SpecialCharacter(), text))
    fix = semicolon.suggestions[0]
    assert fix.replacement == ". Er" and not fix.safe and text[fix.start : fix.end] == "; er"

    slash = only(run_rule(SpecialCharacter(), "Bitte rufen Sie an und/oder schreiben Sie uns."))
    assert slash.text == "und/oder" and slash.suggestions[0].replacement == "oder" and not slash.suggestions[0].safe

    text = "Das Jobcenter zahlt 10 Euro/Stunde."
    per = only(run_rule(SpecialCharacter(), text))
    fix = per.suggestions[0]
    assert fix.replacement == " pro " and fix.safe
    assert text[: fix.start] + fix.replacement + text[fix.end :] == "Das Jobcenter zahlt 10 Euro pro Stunde."
    together = only(run_rule(SpecialCharacter(), "Die Eltern/Kind-Gruppe trifft sich am Montag."))
    assert together.suggestions[0].replacement == "Eltern-Kind-Gruppe" and not together.suggestions[0].safe


def test_section_sign_is_only_a_suggestion_and_never_safe(run_rule):
    finding = only(run_rule(SpecialCharacter(), "Das steht in § 15 SGB II."))
    assert finding.severity is Severity.SUGGESTION
    assert finding.suggestions[0].replacement == "Paragraf" and not finding.suggestions[0].safe
    double = only(run_rule(SpecialCharacter(), "Das steht in §§ 15 und 16 SGB II."))
    assert double.text == "§§" and double.suggestions[0].replacement == "Paragrafen"


def test_company_name_with_ampersand_is_not_changed_safely(run_rule):
    finding = only(run_rule(SpecialCharacter(), "Sie arbeiten bei Müller & Söhne GmbH."))
    assert finding.suggestions[0].replacement == "und" and not finding.suggestions[0].safe


def test_special_character_options_and_profiles(run_rule):
    quoted = "Ihr „Kooperationsplan“ ist fertig."
    assert run_rule(SpecialCharacter(), quoted) == []
    [finding] = run_rule(SpecialCharacter(), quoted, quotes=True)
    assert finding.text == "„Kooperationsplan“" and finding.suggestions[0].replacement == "Kooperationsplan"
    assert only(run_rule(SpecialCharacter(), quoted, profile="leicht")).severity is Severity.ERROR

    text = "Sie bekommen 20 % mehr Geld; das ist viel."
    assert {f.data["kind"] for f in run_rule(SpecialCharacter(), text)} == {"percent", "semicolon"}
    assert [f.data["kind"] for f in run_rule(SpecialCharacter(), text, kinds=["percent"])] == ["percent"]
    standard = run_rule(SpecialCharacter(), text, profile="standard")
    assert [(f.data["kind"], f.severity) for f in standard] == [("semicolon", Severity.SUGGESTION)]
    leicht = run_rule(SpecialCharacter(), text, profile="leicht")
    assert {f.severity for f in leicht} == {Severity.ERROR}
    with pytest.raises(ConfigError):
        build_options("special-character", SpecialCharacter.Options, "einfach", {"kinds": ["asterisk"]})


# ES402 number-format -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged", "digits"),
    [
        ("Ich schreibe drei Bewerbungen im Monat.", "drei", "3"),
        ("Sie haben zwölf Tage Zeit für die Antwort.", "zwölf", "12"),
        ("Drei Bewerbungen im Monat sind genug.", "Drei", "3"),
        ("Das Jobcenter zahlt zwanzig Euro für die Fahrt.", "zwanzig", "20"),
        ("Der Kurs dauert dreiundzwanzig Tage.", "dreiundzwanzig", "23"),
        ("Der Kurs hat hundert Stunden.", "hundert", "100"),
        ("Sie sind jetzt in Stufe III.", "III", "3"),
        ("Wir sehen uns in zwei Wochen wieder.", "zwei", "2"),
    ],
)
def test_number_format_flags(run_rule, text, flagged, digits):
    findings = run_rule(NumberFormat(), text)
    finding = only(findings)
    assert finding.text == flagged and finding.suggestions[0].replacement == digits and finding.code == "ES402"
    check_offsets(text, findings)


@pytest.mark.parametrize(
    "text",
    [
        "Ich schreibe jede Woche 2 Bewerbungen.",
        "Sie haben einen Termin beim Jobcenter.",
        "Sie bekommen Geld nach dem SGB II.",
        "Das steht in Teil III des Plans.",
        "Wir sprechen darüber unter vier Augen.",
        "Ich habe in Mathe eine Zwei bekommen.",
        "Geben Sie gut acht auf Ihre Unterlagen.",
        "Ich komme zweimal im Monat.",
        "Zwei Drittel der Kosten zahlt das Jobcenter.",
        "Wir treffen uns um halb drei.",
        "Früher hieß das Geld Hartz IV.",
        "ABSCHNITT III: WAS SIE TUN MÜSSEN",
        "Ich wohne in einer Drei-Zimmer-Wohnung.",
    ],
)
def test_number_format_does_not_flag(run_rule, text):
    assert run_rule(NumberFormat(), text) == []


def test_number_word_safe_only_before_a_noun_or_adjective(run_rule):
    assert only(run_rule(NumberFormat(), "Ich schreibe drei Bewerbungen.")).suggestions[0].safe
    assert only(run_rule(NumberFormat(), "Ich schreibe drei neue Bewerbungen.")).suggestions[0].safe
    unsure = only(run_rule(NumberFormat(), "Wir zwei gehen zusammen hin."))
    assert unsure.suggestions[0].replacement == "2" and not unsure.suggestions[0].safe
    roman = only(run_rule(NumberFormat(), "Sie sind jetzt in Stufe III."))
    assert roman.data["kind"] == "roman" and not roman.suggestions[0].safe


def test_number_format_options_and_profiles(run_rule):
    text = "Sie haben drei Termine und zwanzig Tage Zeit."
    assert [f.text for f in run_rule(NumberFormat(), text)] == ["drei", "zwanzig"]
    assert [f.text for f in run_rule(NumberFormat(), text, max_number_word=12)] == ["zwanzig"]
    assert run_rule(NumberFormat(), "Sie sind jetzt in Stufe III.", roman_numerals=False) == []
    assert [f.severity for f in run_rule(NumberFormat(), text, profile="leicht")] == [Severity.ERROR] * 2
    assert not rule_enabled("number-format", "standard") and rule_enabled("number-format", "einfach")
    assert [f.text for f in run_rule(NumberFormat(), text, profile="standard")] == ["zwanzig"]
    with pytest.raises(ConfigError):
        build_options("number-format", NumberFormat.Options, "einfach", {"max_number_word": 0})


# ES403 date-format ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged", "replacement", "safe"),
    [
        ("Ihr Termin ist am 03.03.2026 im Jobcenter.", "03.03.2026", "3. März 2026", True),
        ("Ihr Termin ist am 3.3.2026 im Jobcenter.", "3.3.2026", "3. März 2026", True),
        ("Ihr Termin ist am 03.03.26 im Jobcenter.", "03.03.26", "3. März 2026", False),
        ("Ihr Termin ist am 2026-03-03 im Jobcenter.", "2026-03-03", "3. März 2026", True),
        ("Kommen Sie am 03.03. zu uns.", "03.03.", "3. März", True),
        ("Der Plan gilt bis zum 15.03. Bitte kommen Sie vorher.", "15.03", "15. März", True),
        ("Sie sind seit dem 01.10.2025 arbeitslos.", "01.10.2025", "1. Oktober 2025", True),
        ("Der Kurs beginnt am 29.02.2028.", "29.02.2028", "29. Februar 2028", True),
    ],
)
def test_date_format_flags_and_rewrites(run_rule, text, flagged, replacement, safe):
    findings = run_rule(DateFormat(), text)
    finding = only(findings)
    assert finding.text == flagged and finding.code == "ES403"
    assert finding.suggestions[0].replacement == replacement and finding.suggestions[0].safe is safe
    check_offsets(text, findings)


def test_impossible_date_gets_no_replacement(run_rule):
    finding = only(run_rule(DateFormat(), "Ihr Termin ist am 31.02.2026 im Jobcenter."))
    assert finding.suggestions[0].replacement is None and finding.data["valid"] is False


def test_two_digit_year_says_so(run_rule):
    finding = only(run_rule(DateFormat(), "Ihr Termin ist am 03.03.26 im Jobcenter."))
    assert "Jahr" in finding.suggestions[0].note and finding.data["year_digits"] == 2


@pytest.mark.parametrize(
    "text",
    [
        "Ihr Termin ist am 3. März 2026 um 9:30 Uhr.",
        "Ihr Termin ist am 3. März.",
        "Lesen Sie Abschnitt 1.2. Dann rufen Sie uns an.",
        "Das steht in Kapitel 2.1 des Plans.",
        "Sie bekommen 1.234 Euro im Jahr.",
        "Das kostet 12,50 Euro.",
        "Der Kurs dauert 3 Monate.",
        "Kommen Sie am Montag um 10 Uhr.",
    ],
)
def test_date_format_does_not_flag(run_rule, text):
    assert run_rule(DateFormat(), text) == []


def test_date_format_options_and_profiles(run_rule):
    text = "Ihr Termin ist am 03.01.2026 im Jobcenter."
    months = ["Jänner", *DateFormat.Options().month_names[1:]]
    assert only(run_rule(DateFormat(), text, month_names=months)).suggestions[0].replacement == "3. Jänner 2026"
    assert only(run_rule(DateFormat(), text, profile="standard")).severity is Severity.SUGGESTION
    assert only(run_rule(DateFormat(), text, profile="leicht")).severity is Severity.ERROR
    with pytest.raises(ConfigError):
        build_options("date-format", DateFormat.Options, "einfach", {"month_names": ["Januar"]})


# ES404 time-format ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged", "replacement", "safe", "kind"),
    [
        ("Kommen Sie um 09:30 Uhr ins Jobcenter.", "09:30", "9:30", True, "leading-zero"),
        ("Kommen Sie um 9.30 Uhr ins Jobcenter.", "9.30", "9:30", True, "period"),
        ("Kommen Sie um 09.30 Uhr ins Jobcenter.", "09.30", "9:30", True, "leading-zero"),
        ("Kommen Sie um 9:30 ins Jobcenter.", "9:30", "9:30 Uhr", True, "missing-uhr"),
        ("Kommen Sie um 9 h ins Jobcenter.", "9 h", "9 Uhr", False, "h-unit"),
        ("Kommen Sie ab 9h ins Jobcenter.", "9h", "9 Uhr", False, "h-unit"),
        ("Kommen Sie um 09 Uhr ins Jobcenter.", "09", "9", True, "leading-zero"),
        ("Kommen Sie um 9:30h ins Jobcenter.", "9:30h", "9:30 Uhr", False, "h-unit"),
    ],
)
def test_time_format_flags_and_rewrites(run_rule, text, flagged, replacement, safe, kind):
    findings = run_rule(TimeFormat(), text)
    finding = only(findings)
    assert finding.text == flagged and finding.data["kind"] == kind and finding.code == "ES404"
    assert finding.suggestions[0].replacement == replacement and finding.suggestions[0].safe is safe
    check_offsets(text, findings)


@pytest.mark.parametrize(
    "text",
    [
        "Ihr Termin ist am 3. März 2026 um 9:30 Uhr.",
        "Wir sind von 9:30 bis 12:00 Uhr für Sie da.",
        "Wir sind von 9:30 – 12:00 Uhr für Sie da.",
        "Kommen Sie um 14:00 Uhr.",
        "Die Fahrt dauert 1:30 Stunden.",
        "Der Kurs hat 20 h pro Woche.",
        "Kommen Sie um 10 Uhr ins Jobcenter.",
        "Sie bekommen 9,30 Euro.",
    ],
)
def test_time_format_does_not_flag(run_rule, text):
    assert run_rule(TimeFormat(), text) == []


def test_time_format_options_and_profiles(run_rule):
    text = "Kommen Sie um 14:00 Uhr."
    finding = only(run_rule(TimeFormat(), text, drop_zero_minutes=True))
    assert finding.suggestions[0].replacement == "14" and finding.data["kind"] == "zero-minutes"
    assert only(run_rule(TimeFormat(), text, profile="leicht")).severity is Severity.ERROR
    alone = "Kommen Sie um 9:30 ins Jobcenter."
    assert run_rule(TimeFormat(), alone, require_uhr=False) == []
    assert run_rule(TimeFormat(), alone, profile="standard") == []
    standard = only(run_rule(TimeFormat(), "Kommen Sie um 09:30 Uhr.", profile="standard"))
    assert standard.severity is Severity.SUGGESTION


# ES405 phone-format --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged", "replacement", "safe", "kind"),
    [
        ("Rufen Sie uns an: 0621/123456.", "0621/123456", "0621 123456", True, "slash"),
        ("Rufen Sie uns an: (0621) 123456.", "(0621) 123456", "0621 123456", True, "brackets"),
        ("Rufen Sie uns an: +49 (0)621 1234567.", "+49 (0)621 1234567", "+49 621 1234567", False, "trunk-zero"),
        ("Rufen Sie uns an: +49 (0) 621 1234567.", "+49 (0) 621 1234567", "+49 621 1234567", False, "trunk-zero"),
        ("Rufen Sie uns an: 0621-123456.", "0621-123456", "0621 123456", True, "dash"),
        ("Rufen Sie uns an: 0621-12345-0.", "0621-12345-0", "0621 12345-0", True, "dash"),
        ("Rufen Sie uns an: 0621 / 123 45 67.", "0621 / 123 45 67", "0621 123 45 67", True, "slash"),
        ("Rufen Sie uns an: +49 (0621) 123456.", "+49 (0621) 123456", "+49 621 123456", False, "trunk-zero"),
    ],
)
def test_phone_format_flags_and_rewrites(run_rule, text, flagged, replacement, safe, kind):
    findings = run_rule(PhoneFormat(), text)
    finding = only(findings)
    assert finding.text == flagged and finding.data["kind"] == kind and finding.code == "ES405"
    assert finding.suggestions[0].replacement == replacement and finding.suggestions[0].safe is safe
    check_offsets(text, findings)


@pytest.mark.parametrize(
    "text",
    [
        "Rufen Sie uns an: 0621 123 45 67.",
        "Rufen Sie uns an: 0621 12345-0.",
        "Rufen Sie uns an: +49 621 1234567.",
        "Rufen Sie uns an: 0621123456.",
        "Unsere IBAN: DE89 3704 0044 0532 0130 00.",
        "Ihre Kundennummer ist 0621-123456.",
        "Das Schuljahr 2025/2026 beginnt im August.",
        "Sie bekommen 1.234,56 Euro.",
    ],
)
def test_phone_format_does_not_flag(run_rule, text):
    assert run_rule(PhoneFormat(), text) == []


def test_phone_fixes_keep_every_digit_when_safe():
    for number in ["0621/123456", "(0621) 123456", "0621-123456", "0621-12345-0", "0621 / 123 45 67", "030/1234-56"]:
        written, kinds = normalise(number)
        assert kinds and [c for c in written if c.isdigit()] == [c for c in number if c.isdigit()], number
    assert normalise("0621 12345-0") == ("0621 12345-0", ())


def test_phone_format_profiles_and_options(run_rule):
    text = "Rufen Sie uns an: 0621/123456."
    assert only(run_rule(PhoneFormat(), text, profile="leicht")).severity is Severity.ERROR
    assert only(run_rule(PhoneFormat(), text, profile="standard")).severity is Severity.SUGGESTION
    assert only(run_rule(PhoneFormat(), text, severity="error")).severity is Severity.ERROR


# ES406 gender-form ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged", "replacement", "kind"),
    [
        ("Die Mitarbeiter*innen helfen Ihnen.", "Mitarbeiter*innen", "Mitarbeiterinnen und Mitarbeiter", "star"),
        ("Die Berater:innen helfen Ihnen.", "Berater:innen", "Beraterinnen und Berater", "colon"),
        ("Wir helfen allen Kund_innen.", "Kund_innen", "Kundinnen und Kunden", "underscore"),
        ("Die TeilnehmerInnen bekommen ein Zeugnis.", "TeilnehmerInnen", "Teilnehmerinnen und Teilnehmer", "binnen-i"),
        ("Die Mitarbeiter/-innen helfen Ihnen.", "Mitarbeiter/-innen", "Mitarbeiterinnen und Mitarbeiter", "slash"),
        ("Die Mitarbeiter/innen helfen Ihnen.", "Mitarbeiter/innen", "Mitarbeiterinnen und Mitarbeiter", "slash"),
        ("Sprechen Sie mit den Mitarbeiter*innen.", "Mitarbeiter*innen", "Mitarbeiterinnen und Mitarbeitern", "star"),
        ("Ihr*e Berater*in ruft Sie an.", "Ihr*e Berater*in", "Ihre Beraterin oder Ihr Berater", "star"),
        ("Sie bekommen eine*n Berater*in.", "eine*n Berater*in", "eine Beraterin oder einen Berater", "star"),
        ("Fragen Sie Ihre Ärzt*innen.", "Ärzt*innen", "Ärztinnen und Ärzte", "star"),
    ],
)
def test_gender_form_flags_and_pairs(run_rule, text, flagged, replacement, kind):
    findings = run_rule(GenderForm(), text)
    finding = only(findings)
    assert finding.text == flagged and finding.data["kind"] == kind and finding.code == "ES406"
    assert finding.suggestions[0].replacement == replacement and not finding.suggestions[0].safe
    check_offsets(text, findings)


@pytest.mark.parametrize(
    "text",
    [
        "Die Mitarbeiterinnen und Mitarbeiter helfen Ihnen.",
        "Die Mitarbeitenden helfen Ihnen.",
        "Ihre Beraterin ruft Sie an.",
        "Schreiben Sie an kund_innen@jobcenter-ge.de.",
        "Wir suchen Stellen auch auf LinkedIn.",
        "Hinweis: In der Zeit ist das Büro zu.",
        "Innen im Gebäude ist es warm.",
        "Der Termin ist um 9:30 Uhr.",
        "Sie brauchen Lebenslauf und/oder Zeugnisse.",
    ],
)
def test_gender_form_does_not_flag(run_rule, text):
    assert run_rule(GenderForm(), text) == []


def test_gender_articles_compounds_and_neutral_nouns(run_rule):
    pair = only(run_rule(GenderForm(), "Der*die Berater*in der Firma ist krank."))
    assert pair.text == "Der*die Berater*in" and pair.suggestions[0].replacement == "Die Beraterin oder der Berater"
    article, noun = run_rule(GenderForm(), "Sprechen Sie mit dem/der Kund*in.")  # weak noun ("dem Kunden"): no joint pair
    assert (article.text, article.suggestions[0].replacement) == ("dem/der", "der oder dem")
    assert (noun.text, noun.suggestions[0].replacement) == ("Kund*in", "Kundin oder Kunde")
    article = only(run_rule(GenderForm(), "Jede*r bekommt einen Termin."))
    assert article.text == "Jede*r" and article.suggestions[0].replacement == "Jede oder jeder"
    pronoun = only(run_rule(GenderForm(), "Wenn er/sie krank ist, ruft er/sie an.")[:1])
    assert pronoun.text == "er/sie" and pronoun.suggestions[0].replacement == "sie oder er"

    compound = only(run_rule(GenderForm(), "Gehen Sie zum Bürger*innenbüro."))
    assert compound.suggestions[0].replacement is None and "zusammengesetzt" in compound.message

    neutral = run_rule(GenderForm(), "Die Mitarbeiter*innen helfen Ihnen.")[0].suggestions
    assert [s.replacement for s in neutral] == ["Mitarbeiterinnen und Mitarbeiter", "Mitarbeitende" + "n"]
    assert not any(s.safe for s in neutral)


def test_gender_form_profiles(run_rule):
    text = "Die Mitarbeiter*innen helfen Ihnen."
    assert only(run_rule(GenderForm(), text, profile="leicht")).severity is Severity.ERROR
    assert only(run_rule(GenderForm(), text)).severity is Severity.WARNING
    assert only(run_rule(GenderForm(), text, profile="standard")).severity is Severity.SUGGESTION
    assert run_rule(GenderForm(), text, allow=["Mitarbeiter*innen"]) == []


@pytest.mark.parametrize("text", ["Die Mitarbeiter/innen helfen.", "Der/die Mitarbeiter(in) hilft.", "Jede/r bekommt Geld."])
def test_gender_slash_and_brackets_are_reported_once(run_rule, text):
    """ES401 leaves the slash and brackets of gender forms to ES406."""
    assert run_rule(SpecialCharacter(), text) == []
    assert run_rule(GenderForm(), text)


# all six together ----------------------------------------------------------------------------


def apply_safe(text, findings):
    """What `einfach fix` does with these findings: the first safe suggestion of each, without overlaps."""
    changes = []
    for finding in findings:
        for suggestion in finding.suggestions:
            if suggestion.safe and suggestion.replacement is not None:
                start = finding.start if suggestion.start is None else suggestion.start
                end = finding.end if suggestion.end is None else suggestion.end
                changes.append((start, end, suggestion.replacement))
                break
    result, last = [], 0
    for start, end, new in sorted(changes):
        if start >= last:
            result += [text[last:start], new]
            last = end
    return "".join(result + [text[last:]])


def test_safe_fixes_give_good_text_and_keep_every_value(run_rule):
    text = (
        "Ihr Termin ist am 03.03.2026 um 09.30 Uhr. Rufen Sie vorher unter 0621/123456 an. "
        "Sie bekommen 20% mehr für drei Bewerbungen. Mitarbeiter*innen helfen Ihnen nach § 15 SGB II."
    )
    findings = [f for rule in RULES for f in run_rule(rule, text)]
    fixed = apply_safe(text, findings)
    assert fixed == (
        "Ihr Termin ist am 3. März 2026 um 9:30 Uhr. Rufen Sie vorher unter 0621 123456 an. "
        "Sie bekommen 20 Prozent mehr für 3 Bewerbungen. Mitarbeiter*innen helfen Ihnen nach § 15 SGB II."
    )
    again = [f for rule in RULES for f in run_rule(rule, fixed)]
    assert {f.code for f in again} == {"ES401", "ES406"}  # § and the gender form need a person
    assert not any(s.safe for f in again for s in f.suggestions)
