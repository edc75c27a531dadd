"""The Kooperationsplan: file format round trips, plain-German file errors, check_plan and every PL rule."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import pytest

from einfach import InputError, Severity
from einfach.plan import Appointment, PlanError, Step, SupportItem, dump_plan, load_plan, parse_plan, save_plan
from einfach.plan.check import check_plan
from einfach.plan.model import Kooperationsplan
from einfach.plan.rules._text import all_texts
from einfach.plan.rules.registry import PLAN_RULES, plan_rule_by_key
from einfach.plan.rules.review_due import months_later

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "examples" / "plans"
PLAIN = ("friseurin.yaml", "lager.yaml", "pflege.yaml")


@pytest.fixture(scope="module")
def good() -> Kooperationsplan:
    return load_plan(PLANS / "friseurin.yaml")


@pytest.fixture(scope="module")
def amtsdeutsch():
    plan = load_plan(PLANS / "amtsdeutsch.yaml")
    return plan, check_plan(plan)


def rule_findings(plan: Kooperationsplan, code: str):
    """Findings of one plan rule, run on its own (no language check)."""
    [rule] = [rule for rule in PLAN_RULES if rule.code == code]
    return list(rule.check(plan))


def with_steps(plan: Kooperationsplan, *steps: Step) -> Kooperationsplan:
    return dataclasses.replace(plan, steps=steps)


def with_goal(plan: Kooperationsplan, text: str) -> Kooperationsplan:
    return dataclasses.replace(plan, goal=dataclasses.replace(plan.goal, text=text))


def with_items(plan: Kooperationsplan, *items: SupportItem) -> Kooperationsplan:
    return dataclasses.replace(plan, support=dataclasses.replace(plan.support, items=items))


def with_offer(plan: Kooperationsplan, offer: str) -> Kooperationsplan:
    return dataclasses.replace(plan, support=dataclasses.replace(plan.support, offer=offer))


def problems_of(text: str, fmt: str = "yaml") -> list[str]:
    with pytest.raises(PlanError) as caught:
        parse_plan(text, fmt)
    return [str(problem) for problem in caught.value.problems]


# --- file format ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [*PLAIN, "amtsdeutsch.yaml"])
@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_round_trip_keeps_the_plan(name, fmt):
    plan = load_plan(PLANS / name)
    assert parse_plan(dump_plan(plan, fmt), fmt) == plan


@pytest.mark.parametrize("suffix", [".json", ".yaml", ".yml"])
def test_save_and_load_by_file_name(good, tmp_path, suffix):
    path = tmp_path / f"plan{suffix}"
    save_plan(good, path)
    assert path.read_text(encoding="utf-8").lstrip().startswith("{") == (suffix == ".json")
    assert load_plan(path) == good


def test_unquoted_time_in_yaml_stays_a_time(good):
    text, count = re.subn(r"^  time: .*$", "  time: 09:30", dump_plan(good), flags=re.MULTILINE)
    assert count == 1
    assert parse_plan(text).appointment.time == dt.time(9, 30)


def test_missing_field_wrong_type_bad_date_and_unknown_field_are_named(good):
    text = dump_plan(good)
    text = text.replace("jobcenter: Jobcenter Mannheim\n", "")
    text = text.replace("created_on: '2026-11-25'", "created_on: 2026-13-01")
    text = text.replace("first_plan: true", "first_plan: vielleicht")
    text += "farbe: blau\n"
    problems = problems_of(text)
    assert "jobcenter: fehlt." in problems
    assert "created_on: muss ein Datum sein, so: 2026-03-03." in problems
    assert "first_plan: muss ja oder nein (true/false) sein." in problems
    assert any(problem.startswith("farbe: gibt es nicht.") for problem in problems)


def test_errors_in_lists_name_the_item(good):
    data = good.to_dict()
    data["way"][1]["due"] = "Ende Februar"
    data["way"][0]["quantity"] = "zwei"
    data["way"][2]["per"] = "Jahr"
    problems = problems_of(json.dumps(data), "json")
    assert problems == [
        "way[0].quantity: muss eine ganze Zahl sein.",
        "way[1].due: muss ein Datum sein, so: 2026-03-03.",
        "way[2].per: muss eins davon sein: Tag, Woche, Monat, Quartal.",
    ]


def test_plan_error_message_lists_every_problem():
    with pytest.raises(PlanError) as caught:
        parse_plan('{"schema": "einfach-kooperationsplan/1"}', "json", name="leer.json")
    message = str(caught.value)
    assert message.startswith("leer.json: Der Plan hat 10 Fehler:")
    assert "  - way: fehlt." in message and "  - contact: fehlt." in message


@pytest.mark.parametrize(
    ("text", "fmt", "expected"),
    [
        ('{"schema": "einfach-kooperationsplan/1", ', "json", ": ist kein gültiges JSON (Zeile 1)."),
        ("schema: [einfach\nway: {", "yaml", ": ist kein gültiges YAML"),
        ("Das ist nur ein Brief an Frau Yilmaz.", None, "Plan: muss eine Gruppe von Feldern sein."),
    ],
)
def test_a_file_that_is_no_plan(text, fmt, expected):
    [problem] = problems_of(text, fmt)
    assert expected in problem


def test_load_plan_on_a_folder_or_a_missing_file(tmp_path):
    for path in (tmp_path, tmp_path / "fehlt.yaml"):
        with pytest.raises(InputError, match="kann nicht gelesen werden") as caught:
            load_plan(path)
        assert not isinstance(caught.value, PlanError)


# --- check_plan ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", PLAIN)
def test_plain_examples_are_ready(name):
    report = check_plan(load_plan(PLANS / name))
    assert report.at_least(Severity.WARNING) == ()
    assert report.summary.ready and report.summary.headline == "Der Plan ist fertig und gut lesbar."
    assert report.summary.level in ("leicht", "einfach")


@pytest.mark.parametrize("name", PLAIN)
def test_plain_examples_have_no_suggestion_either(name):
    assert [(f.path, f.code, f.text) for f in check_plan(load_plan(PLANS / name)).findings] == []


def test_amtsdeutsch_is_taken_apart(amtsdeutsch):
    _, report = amtsdeutsch
    codes = {finding.code for finding in report.findings}
    assert {"PL101", "PL104", "PL105", "PL106", "PL108", "PL109", "PL111", "PL112"} <= codes
    language = [finding for finding in report.findings if finding.code.startswith("ES")]
    assert len(language) >= 60
    assert {"ES101", "ES203", "ES301", "ES304", "ES307"} <= {finding.code for finding in language}
    assert not report.summary.ready and report.summary.errors >= 10
    assert report.summary.level in ("standard", "schwer")


def test_language_findings_point_into_their_field(amtsdeutsch):
    plan, report = amtsdeutsch
    texts = dict(plan.texts())
    language = [finding for finding in report.findings if finding.code.startswith("ES")]
    assert {finding.path for finding in language} >= {"plan.goal", "way[0].text", "support.offer", "notes"}
    for finding in language:
        assert finding.start is not None and finding.end is not None
        assert texts[finding.path][finding.start : finding.end] == finding.text
        for suggestion in finding.suggestions:
            if suggestion.start is not None and suggestion.end is not None:
                assert 0 <= suggestion.start <= suggestion.end <= len(texts[finding.path])


def test_plan_rule_findings_with_offsets_point_into_their_field(amtsdeutsch):
    plan, report = amtsdeutsch
    texts = dict(all_texts(plan))
    located = [f for f in report.findings if f.code.startswith("PL") and f.start is not None]
    assert {f.code for f in located} >= {"PL108", "PL109"}
    for finding in located:
        assert texts[finding.path][finding.start : finding.end] == finding.text


def test_plan_rules_come_first_in_code_order(amtsdeutsch):
    _, report = amtsdeutsch
    codes = [finding.code for finding in report.findings]
    plan_codes = [code for code in codes if code.startswith("PL")]
    assert codes[: len(plan_codes)] == plan_codes == sorted(plan_codes)


def test_a_legal_term_explained_in_the_next_field_is_fine(good):
    explained = SupportItem("Das heißt: Das Jobcenter bezahlt Ihren Kurs.")
    unexplained = SupportItem("Das Jobcenter bezahlt Ihren Kurs.")
    voucher = SupportItem("Sie bekommen einen Bildungsgutschein.")
    for second, flagged in ((explained, False), (unexplained, True)):
        plan = with_items(good, *good.support.items, voucher, second)
        findings = [f for f in check_plan(plan).findings if f.code == "ES204"]
        assert bool(findings) is flagged
    assert findings[0].path == "support.items[2].what" and findings[0].text == "Bildungsgutschein"


def test_ignore_takes_plan_codes_names_and_prefixes(amtsdeutsch):
    plan, _ = amtsdeutsch
    codes = {f.code for f in check_plan(plan, ignore=["PL108", "no-signature", "ES101"]).findings}
    assert not codes & {"PL108", "PL109", "ES101"} and {"PL101", "ES203"} <= codes
    assert not {f.code for f in check_plan(plan, ignore=["PL1"]).findings if f.code.startswith("PL")}


# --- the rule list -------------------------------------------------------------------------------


def test_rule_list_is_complete_ordered_and_documented():
    codes = [rule.code for rule in PLAN_RULES]
    assert codes == [f"PL{number}" for number in range(101, 116)]
    assert len({rule.name for rule in PLAN_RULES}) == len(PLAN_RULES)
    docs = (ROOT / "docs" / "plan.md").read_text(encoding="utf-8")
    checks = docs.split("## Plan checks", 1)[1]
    for rule in PLAN_RULES:
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.name)
        assert rule.summary.endswith(".") and len(rule.summary) <= 100
        assert plan_rule_by_key(rule.name) is rule and plan_rule_by_key(rule.code.lower()) is rule
        assert f"| {rule.code} | {rule.name} | {rule.severity} |" in checks


def test_messages_never_quote_the_plan_and_data_holds_labels(amtsdeutsch, good):
    plan, report = amtsdeutsch
    leaky = dataclasses.replace(good, notes="IBAN DE89 3704 0044 0532 0130 00. Ich habe Diabetes.")
    findings = [f for f in report.findings if f.code.startswith("PL")] + rule_findings(leaky, "PL110")
    texts = [text for _, text in all_texts(plan)] + [leaky.notes]
    messages: dict[tuple[str, str], set[str]] = {}
    for finding in findings:
        messages.setdefault((finding.code, str(finding.data.get("kind"))), set()).add(finding.message)
    assert all(len(texts) == 1 for key, texts in messages.items() if key[0] in ("PL108", "PL109", "PL110"))
    for finding in findings:
        assert finding.message.endswith((".", "“"))
        for value in finding.data.values():
            values = value if isinstance(value, list) else [value]
            assert all(isinstance(v, int) or re.fullmatch(r"[\w-]{1,20}", v) for v in values), value
        assert not any(len(text) > 12 and text in finding.message for text in texts)


# --- PL101 review-due ----------------------------------------------------------------------------


def test_pl101_review_due(good):
    assert rule_findings(good, "PL101") == []
    late = dataclasses.replace(good, review_due=dt.date(2027, 6, 1))
    [finding] = rule_findings(late, "PL101")
    assert finding.path == "review_due" and finding.severity is Severity.ERROR and finding.data["days_late"] == 7
    assert rule_findings(dataclasses.replace(late, review_reason="Die Person ist 7 Monate in Elternzeit."), "PL101") == []
    assert rule_findings(dataclasses.replace(good, review_due=dt.date(2026, 11, 1)), "PL101")[0].message.startswith(
        "Die Überprüfung liegt vor"
    )


def test_pl101_six_months_end_on_the_last_day_of_a_short_month():
    assert months_later(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)
    assert months_later(dt.date(2027, 8, 31), 6) == dt.date(2028, 2, 29)
    assert months_later(dt.date(2026, 11, 25), 6) == dt.date(2027, 5, 25)


# --- PL102 issuer --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "path"),
    [
        ("jobcenter", "Jobcenter", "jobcenter"),
        ("jobcenter", "Jobcenter XX", "jobcenter"),
        ("issuer", "N.N.", "issuer"),
        ("issuer", "Frau ...", "issuer"),
        ("issuer", "Name", "issuer"),
        ("issuer", "<Name>", "issuer"),
    ],
)
def test_pl102_placeholder_names_are_errors(good, field, value, path):
    [finding] = rule_findings(dataclasses.replace(good, **{field: value}), "PL102")
    assert finding.path == path and finding.severity is Severity.ERROR


def test_pl102_contact_needs_a_name_and_a_way_to_reach_it(good):
    nobody = dataclasses.replace(good, contact=dataclasses.replace(good.contact, name="Herr N. N.", phone=None, email=None))
    assert [f.path for f in rule_findings(nobody, "PL102")] == ["contact.name", "contact"]
    by_mail = dataclasses.replace(good, contact=dataclasses.replace(good.contact, phone=None))
    by_phone = dataclasses.replace(good, contact=dataclasses.replace(good.contact, email=None))
    assert rule_findings(by_mail, "PL102") == rule_findings(by_phone, "PL102") == []


@pytest.mark.parametrize("name", ["Frau Yilmaz", "Herr Dr. Nguyen", "Team Arbeitsvermittlung", "Jobcenter Rhein-Neckar-Kreis"])
def test_pl102_real_names_pass(good, name):
    assert rule_findings(dataclasses.replace(good, jobcenter=name, issuer=name), "PL102") == []


# --- PL103 goal ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("goal", "reason", "word"),
    [
        ("Ich schreibe bis 3. März 10 Bewerbungen.", "date", "3. März"),
        ("Ich melde mich im Februar an.", "date", "Februar"),
        ("Bewerbungen schreiben.", "step", "Bewerbungen"),
        ("Ich besuche einen Deutschkurs.", "step", "besuche"),
        ("Ich gehe zum Termin beim Jobcenter.", "step", "Termin"),
        ("Ich will nicht mehr arbeitslos sein.", "negative", "nicht mehr"),
        ("Ich brauche kein Bürgergeld mehr.", "negative", "kein Bürgergeld mehr"),
    ],
)
def test_pl103_steps_and_negative_goals_are_warned(good, goal, reason, word):
    findings = rule_findings(with_goal(good, goal), "PL103")
    [finding] = [f for f in findings if f.severity is Severity.WARNING]
    assert finding.data["reason"] == reason and finding.path == "plan.goal"
    assert finding.text == word and goal[finding.start : finding.end] == word


def test_pl103_goal_not_in_first_person_is_a_suggestion(good):
    [finding] = rule_findings(with_goal(good, "Eine feste Arbeit als Koch."), "PL103")
    assert finding.severity is Severity.SUGGESTION and finding.data == {"reason": "first-person"}


@pytest.mark.parametrize(
    "goal",
    [
        "Ich will wieder als Friseurin arbeiten.",
        "Ich will in einem Lager arbeiten. Dort fahre ich Gabelstapler.",
        "Ich will nach dem Deutsch-Kurs als Pflegehelferin arbeiten.",
        "Mein Ziel: eine Ausbildung als Koch.",
        "Ich will 2028 eine feste Stelle haben.",
        "Ich mache mich mit einem Imbiss selbstständig.",
    ],
)
def test_pl103_long_term_goals_pass(good, goal):
    assert rule_findings(with_goal(good, goal), "PL103") == []


# --- PL104 step-count ----------------------------------------------------------------------------


def test_pl104_at_most_five_steps(good):
    step = good.steps[2]
    assert rule_findings(with_steps(good, *[step] * 5), "PL104") == []
    [finding] = rule_findings(with_steps(good, *[step] * 6), "PL104")
    assert finding.path == "way" and finding.data == {"steps": 6, "limit": 5}


# --- PL105 step-complete -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("step", "missing"),
    [
        (Step("Bewerbungen schreiben."), ["action", "time"]),
        (Step("Lebenslauf aktualisieren", due=dt.date(2027, 1, 8)), ["action"]),
        (Step("Teilnahme an der Maßnahme bis 3. März."), ["action"]),
        (Step("Ich schreibe regelmäßig Bewerbungen."), ["time"]),
        (Step("Ich rufe zeitnah bei der Firma an."), ["time"]),
        (Step("Ich schreibe 3 Bewerbungen.", quantity=3), ["time"]),
        (Step("Ich schreibe jede Woche 3 Bewerbungen.", actor="XX"), ["actor"]),
    ],
)
def test_pl105_incomplete_steps(good, step, missing):
    [finding] = rule_findings(with_steps(good, good.steps[0], step), "PL105")
    assert finding.path == "way[1]" and finding.data == {"step": 2, "missing": missing}


@pytest.mark.parametrize(
    "step",
    [
        Step("Ich frage bei der Kita nach einem Platz.", due=dt.date(2026, 12, 18)),
        Step("Ich schreibe Bewerbungen.", quantity=2, per="Woche"),
        Step("Ich rufe nächste Woche bei der Firma an."),
        Step("Ich gehe ab 5. Oktober jeden Tag in den Deutsch-Kurs."),
        Step("Wir suchen 2-mal im Monat zusammen Stellen.", actor="Frau Yilmaz und ich"),
        Step("Schreiben Sie bis Ende Januar Ihren Lebenslauf."),
        Step("Das Jobcenter schickt mir jede Woche 3 Stellen.", actor="Jobcenter"),
    ],
)
def test_pl105_complete_steps_pass(good, step):
    assert rule_findings(with_steps(good, step), "PL105") == []


# --- PL106 proof ---------------------------------------------------------------------------------


def test_pl106_eigenbemuehung_needs_proof_and_deadline(good):
    counted = good.steps[0]
    bare = dataclasses.replace(counted, proof=None, proof_due=None)
    [finding] = rule_findings(with_steps(good, bare), "PL106")
    assert finding.path == "way[0]" and finding.data["missing"] == ["proof", "proof_due"]
    undated = dataclasses.replace(counted, proof_due=None)
    assert rule_findings(with_steps(good, good.steps[2], undated), "PL106")[0].data == {"step": 2, "missing": ["proof_due"]}
    per_only = Step("Ich schreibe jede Woche Bewerbungen.", per="Woche")
    assert rule_findings(with_steps(good, per_only), "PL106")[0].data["missing"] == ["proof", "proof_due"]


def test_pl106_other_steps_need_no_proof(good):
    assert rule_findings(good, "PL106") == []
    assert rule_findings(with_steps(good, good.steps[1], good.steps[2]), "PL106") == []


# --- PL107 costs-covered -------------------------------------------------------------------------


def test_pl107_costly_steps_without_payment(good):
    unpaid = with_items(good)
    assert [f.path for f in rule_findings(unpaid, "PL107")] == ["way[0]", "way[1]"]
    only_applications = with_items(good, good.support.items[1])
    [finding] = rule_findings(only_applications, "PL107")
    assert finding.path == "way[1]" and finding.data == {"step": 2, "costs": ["training"]}


@pytest.mark.parametrize(
    "text",
    [
        "Ich fahre mit der Fahrkarte zum Vorstellungs-Gespräch.",
        "Ich kaufe Arbeits-Kleidung für die Küche.",
        "Ich lasse Fotos für die Bewerbung machen.",
        "Ich mache im Mai die Prüfung.",
    ],
)
def test_pl107_costs_named_in_the_text(good, text):
    step = Step(text, due=dt.date(2027, 1, 8))
    assert len(rule_findings(with_items(with_steps(good, step)), "PL107")) == 1


def test_pl107_covered_costs_pass(good):
    assert rule_findings(good, "PL107") == []
    general = with_items(good, SupportItem("Das Jobcenter übernimmt die Kosten für alle Schritte."))
    assert rule_findings(general, "PL107") == []
    ticket = Step("Ich kaufe ein Ticket für den Bus.", due=dt.date(2027, 1, 8))
    travel = SupportItem("Das Jobcenter bezahlt Ihr Ticket.")
    assert rule_findings(with_items(with_steps(good, ticket), travel), "PL107") == []
    free = Step("Ich hole die Bescheinigung bei der Überprüfung ab.", due=dt.date(2027, 1, 8))
    assert rule_findings(with_items(with_steps(good, free)), "PL107") == []


# --- PL108 no-sanctions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Rechtsfolgenbelehrung: Bei Pflichtverletzung droht eine Minderung.",
            ["Rechtsfolgenbelehrung", "Pflichtverletzung", "Minderung"],
        ),
        ("Sonst gibt es Sanktionen nach §§ 31, 31a SGB II.", ["Sanktionen", "§§ 31"]),
        ("Dann kommt eine Kürzung des Bürgergelds.", ["Kürzung des Bürgergelds"]),
        ("Ihr Grundsicherungsgeld wird um 30 % gekürzt.", ["Grundsicherungsgeld wird um 30 % gekürzt"]),
        ("Eine Leistungsminderung nach § 32 ist möglich.", ["Leistungsminderung", "§ 32"]),
    ],
)
def test_pl108_sanction_text_is_an_error_with_offsets(good, text, words):
    findings = rule_findings(dataclasses.replace(good, notes=text), "PL108")
    assert [f.text for f in findings] == words
    for finding in findings:
        assert finding.path == "notes" and finding.severity is Severity.ERROR
        assert text[finding.start : finding.end] == finding.text


def test_pl108_looks_in_every_field(good):
    step = dataclasses.replace(good.steps[0], proof="Sonst droht eine Sanktion.")
    reason = dataclasses.replace(good, review_reason="Wegen einer Sanktion später.")
    assert [f.path for f in rule_findings(with_steps(good, step), "PL108")] == ["way[0].proof"]
    assert [f.path for f in rule_findings(reason, "PL108")] == ["review_reason"]


@pytest.mark.parametrize(
    "text",
    ["Ich beantrage eine Rente wegen Erwerbsminderung.", "Ich kürze meinen Lebenslauf auf 1 Seite.", "Das steht in § 16 SGB II."],
)
def test_pl108_other_words_pass(good, text):
    assert rule_findings(dataclasses.replace(good, notes=text), "PL108") == []


# --- PL109 no-signature --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ort, Datum", "place-date"),
        ("________________", "line"),
        ("gez. Yilmaz", "signed"),
        ("(Unterschrift)", "signature"),
        ("Kunden-Unterschrift: ", "signature"),
    ],
)
def test_pl109_signature_blocks_are_errors(good, text, kind):
    [finding] = rule_findings(dataclasses.replace(good, notes=f"Bitte lesen Sie alles.\n{text}"), "PL109")
    assert finding.data == {"kind": kind} and finding.path == "notes" and finding.severity is Severity.ERROR


def test_pl109_signing_a_contract_is_a_step_not_a_signature_block(good):
    step = Step("Ich unterschreibe bis 8. Januar den Arbeitsvertrag.")
    assert rule_findings(with_steps(good, step), "PL109") == []


# --- PL110 sensitive-data ------------------------------------------------------------------------

SENSITIVE = [
    ("Mein Konto: DE89 3704 0044 0532 0130 00.", "iban", "DE89 3704 0044 0532 0130 00"),
    ("IBAN DE89370400440532013000", "iban", "DE89370400440532013000"),
    ("Steuer-ID: 12345678901", "tax-id", "12345678901"),
    ("Steuer-ID: 12 345 678 901", "tax-id", "12 345 678 901"),
    ("SV-Nummer 65 170839 J 003", "social-insurance", "65 170839 J 003"),
    ("Diagnose F32.1 seit 2024.", "health", "F32.1"),
    ("Ich habe Depressionen.", "health", "Depressionen"),
    ("Ich habe eine Alkoholsucht.", "health", "Alkoholsucht"),
    ("Wegen ihrer psychischen Erkrankung.", "health", "psychischen"),
]


@pytest.mark.parametrize(("text", "kind", "value"), SENSITIVE)
def test_pl110_sensitive_data_is_an_error_without_the_value(good, text, kind, value):
    [finding] = rule_findings(dataclasses.replace(good, notes=text), "PL110")
    assert finding.path == "notes" and finding.severity is Severity.ERROR and finding.data == {"kind": kind}
    assert text[finding.start : finding.end] == value
    assert finding.text is None and value not in finding.message and value not in str(finding.to_dict())


def test_pl110_looks_in_names_and_the_address(good):
    person = dataclasses.replace(good, person="Anna Beispiel, Steuer-ID 12345678901")
    address = dataclasses.replace(good, contact=dataclasses.replace(good.contact, address="Konto DE89370400440532013000"))
    assert [f.path for f in rule_findings(person, "PL110")] == ["person"]
    assert [f.path for f in rule_findings(address, "PL110")] == ["contact.address"]


@pytest.mark.parametrize(
    "text",
    [
        "Rufen Sie an: 0621 123 45 67 oder 01511234567.",
        "Rufen Sie an: +49 621 1234 5678.",
        "Frau Yilmaz sucht mit Ihnen Stellen.",
        "Sehnsucht nach einer Arbeit.",
        "Ich fahre auf der A40 zur Arbeit.",
        "Die Kunden-Nummer ist 123D45678.",
        "Am 12.03.2026 um 9:30 Uhr.",
    ],
)
def test_pl110_ordinary_numbers_and_words_pass(good, text):
    assert rule_findings(dataclasses.replace(good, notes=text), "PL110") == []
    assert rule_findings(good, "PL110") == []


# --- PL111 first-meeting -------------------------------------------------------------------------


def test_pl111_first_meeting_in_person(good):
    by_phone = dataclasses.replace(good, appointment=dataclasses.replace(good.appointment, mode="Telefon"))
    [finding] = rule_findings(by_phone, "PL111")
    assert finding.path == "appointment.mode" and finding.severity is Severity.WARNING
    reason = dataclasses.replace(by_phone.appointment, exception_reason="Die Person liegt im Krankenhaus.")
    assert rule_findings(dataclasses.replace(by_phone, appointment=reason), "PL111") == []
    assert rule_findings(dataclasses.replace(by_phone, first_plan=False), "PL111") == []
    video = Appointment(date=dt.date(2027, 1, 29), mode="Video")
    assert len(rule_findings(dataclasses.replace(good, appointment=video), "PL111")) == 1


# --- PL112 support-offer -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("offer", "reason"),
    [
        ("Das Jobcenter ist für Sie da.", "generic"),
        ("...", "generic"),
        ("Das Jobcenter unterstützt Sie im Rahmen seiner Möglichkeiten.", "hedged"),
        ("Wir beraten Sie bei Bedarf.", "hedged"),
    ],
)
def test_pl112_generic_offers_are_warned(good, offer, reason):
    [finding] = rule_findings(with_offer(good, offer), "PL112")
    assert finding.path == "support.offer" and finding.data == {"reason": reason}


@pytest.mark.parametrize(
    "offer",
    [
        "Frau Yilmaz berät Sie bei den Bewerbungen und sucht mit Ihnen Stellen.",
        "Wir vermitteln Ihnen Stellen im Lager.",
        "Das Jobcenter hilft Ihnen beim Antrag für die Kita.",
        "Herr Kramer ist jeden Dienstag für Sie da.",
    ],
)
def test_pl112_concrete_offers_pass(good, offer):
    assert rule_findings(with_offer(good, offer), "PL112") == []
