"""einfach plan new / check / schema, and the committed JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from einfach.cli import main
from einfach.plan import load_plan
from einfach.plan.schema import SCHEMA_ID, schema_json

ROOT = Path(__file__).resolve().parent.parent


def run(args, capsys):
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_committed_schema_is_the_schema(capsys):
    assert (ROOT / "docs" / "plan-schema.json").read_text(encoding="utf-8") == schema_json()
    code, out, _ = run(["plan", "schema"], capsys)
    assert code == 0 and json.loads(out)["properties"]["schema"]["const"] == SCHEMA_ID


def test_new_writes_a_valid_template_and_never_overwrites(tmp_path, capsys):
    path = tmp_path / "plan.yaml"
    assert run(["plan", "new", str(path)], capsys)[0] == 0
    plan = load_plan(path)
    assert plan.goal.text and plan.steps and plan.support.offer
    text = path.read_text(encoding="utf-8")
    assert "# Der Weg" in text and "# Gezielte Unterstützung" in text and "# Bei Fragen und Notfällen" in text
    path.write_text("meins", encoding="utf-8")
    code, _, err = run(["plan", "new", str(path)], capsys)
    assert code == 2 and "gibt es schon" in err and path.read_text(encoding="utf-8") == "meins"


def test_check_exit_codes_and_json(tmp_path, capsys):
    good = ROOT / "examples" / "plans" / "friseurin.yaml"
    code, out, _ = run(["plan", "check", str(good)], capsys)
    assert code == 0 and "fertig" in out
    bad = tmp_path / "spaet.yaml"
    bad.write_text(good.read_text(encoding="utf-8").replace("review_due: 2027-05-20", "review_due: 2027-12-20"), encoding="utf-8")
    code, out, _ = run(["plan", "check", str(bad)], capsys)
    assert code == 1 and "review_due: PL101 review-due" in out
    code, out, _ = run(["plan", "check", str(bad), "--format", "json", "--no-text"], capsys)
    data = json.loads(out)
    assert code == 1 and data["summary"]["errors"] >= 1 and all(f["text"] is None for f in data["findings"])
    assert run(["plan", "check", str(bad), "--fail-on", "never"], capsys)[0] == 0


def test_invalid_plan_file_names_the_field(tmp_path, capsys):
    path = tmp_path / "kaputt.json"
    content = '{"schema": "einfach-kooperationsplan/1", "way": [{"text": "Ich lerne.", "due": "morgen"}]}'
    path.write_text(content, encoding="utf-8")
    code, _, err = run(["plan", "check", str(path)], capsys)
    assert code == 2 and "way[0].due: muss ein Datum sein" in err and "jobcenter: fehlt." in err


def test_language_findings_do_not_repeat_sensitive_data():
    from dataclasses import replace

    from einfach.plan import check_plan

    plan = load_plan(ROOT / "examples" / "plans" / "friseurin.yaml")
    iban = "DE89 3704 0044 0532 0130 00"
    long_note = (
        f"Das Geld für die Bewerbungen überweisen wir wie immer auf Ihr Konto mit der Nummer {iban} bei Ihrer Bank in Mannheim."
    )
    report = check_plan(replace(plan, notes=long_note))
    assert any(f.code == "PL110" for f in report.findings)
    assert not [f for f in report.findings if f.text and "3704" in f.text]
    assert "3704" not in json.dumps(report.to_dict(), ensure_ascii=False)


def test_one_page_check_is_asked_for(tmp_path, capsys):
    import dataclasses

    from einfach.plan import check_plan

    plan = load_plan(ROOT / "examples" / "plans" / "friseurin.yaml")
    assert not [f for f in check_plan(plan, one_page=True).findings if f.code == "PL113"]
    crowded = dataclasses.replace(plan, steps=plan.steps * 6)
    assert not [f for f in check_plan(crowded).findings if f.code == "PL113"]  # not asked: no layout
    [too_long] = [f for f in check_plan(crowded, one_page=True).findings if f.code == "PL113"]
    assert too_long.path == "way" and "Der Weg" in too_long.message
    path = tmp_path / "lang.yaml"
    from einfach.plan import save_plan

    save_plan(crowded, path)
    code, out, _ = run(["plan", "check", str(path), "--one-page"], capsys)
    assert code == 1 and "PL113 one-page" in out


def test_jobcenter_steps_belong_to_the_support():
    import dataclasses

    from einfach.plan import Step, check_plan

    plan = load_plan(ROOT / "examples" / "plans" / "friseurin.yaml")
    for step in (
        Step("Das Jobcenter bezahlt den Kurs.", due=plan.steps[0].proof_due),
        Step("Wir suchen Stellen für Sie.", due=plan.steps[0].proof_due),
        Step("Stellen suchen.", actor="Frau Yilmaz", due=plan.steps[0].proof_due),
        Step("Stellen suchen.", actor="Jobcenter", due=plan.steps[0].proof_due),
    ):
        changed = dataclasses.replace(plan, steps=(*plan.steps, step))
        assert [f.path for f in check_plan(changed).findings if f.code == "PL114"] == ["way[3]"], step
    assert not [f for f in check_plan(plan).findings if f.code == "PL114"]
    own = dataclasses.replace(plan, steps=(*plan.steps, Step("Ich rufe das Jobcenter an.", due=plan.steps[0].proof_due)))
    assert not [f for f in check_plan(own).findings if f.code == "PL114"]


def test_plan_check_reads_the_team_settings(tmp_path, capsys):
    source = (ROOT / "examples" / "plans" / "friseurin.yaml").read_text(encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    plan.write_text(source.replace("review_due: 2027-05-20", "review_due: 2027-12-20"), encoding="utf-8")
    assert run(["plan", "check", str(plan)], capsys)[0] == 1
    (tmp_path / "einfach.toml").write_text('ignore = ["review-due"]\n', encoding="utf-8")
    assert run(["plan", "check", str(plan)], capsys)[0] == 0
    assert run(["plan", "check", str(plan), "--no-config"], capsys)[0] == 1
    (tmp_path / "einfach.toml").write_text('select = ["ES1"]\n', encoding="utf-8")
    code, _, err = run(["plan", "check", str(plan)], capsys)
    assert code == 2 and "gelten nicht für Pläne" in err


def test_yaml_oddities(tmp_path, capsys):
    source = (ROOT / "examples" / "plans" / "friseurin.yaml").read_text(encoding="utf-8")
    cases = {
        "doppelt.yaml": (source.replace("issuer: Frau Yilmaz", "issuer: Frau Yilmaz\nissuer: Frau Xu"), 2, "steht zweimal"),
        "leer.yaml": (source.replace("  occupations: [Friseurin]", "  occupations:"), 0, ""),
        "uhr.yaml": (source.replace('time: "09:30"', "time: 9:30"), 0, ""),
    }
    for name, (content, expected, message) in cases.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        code, _, err = run(["plan", "check", str(path), "--no-config"], capsys)
        assert code == expected and message in err, (name, err)
    assert load_plan(tmp_path / "uhr.yaml").appointment.time.hour == 9


def test_comments_in_plan_fields_switch_nothing_off():
    import dataclasses

    from einfach.plan import Step, check_plan

    plan = load_plan(ROOT / "examples" / "plans" / "friseurin.yaml")
    steps = (
        Step("Ich gehe zum Deutschkurs. <!-- einfach: ignore -->", due=plan.steps[0].proof_due),
        Step("Der Antrag wird unverzüglich geprüft.", due=plan.steps[0].proof_due),
    )
    report = check_plan(dataclasses.replace(plan, steps=steps))
    assert {f.rule for f in report.findings if f.path == "way[1].text"} >= {"passive-voice", "officialese"}


@pytest.mark.parametrize(
    ("note", "codes"),
    [
        ("Wenn Sie nicht kommen, kürzen wir Ihr Bürgergeld.", {"PL108"}),
        ("Ihr Regelbedarf wird für 3 Monate um 30 Prozent verringert.", {"PL108"}),
        ("Das Jobcenter kann die Zahlung ganz einstellen.", {"PL108"}),
        ("Die Kosten für die Kita werden gemindert.", set()),
        ("Das Geld reicht mindestens bis Mai.", set()),
        ("Ich gehe jede Woche zur Suchtberatung.", set()),  # a measure, not a diagnosis
        ("Ich habe eine Depression.", {"PL110"}),
    ],
)
def test_sanctions_in_plain_words_and_help_offers(note, codes):
    import dataclasses

    from einfach.plan import check_plan

    plan = load_plan(ROOT / "examples" / "plans" / "friseurin.yaml")
    found = {f.code for f in check_plan(dataclasses.replace(plan, notes=note)).findings if f.code in ("PL108", "PL110")}
    assert found == codes


def test_dates_before_the_plan_are_errors():
    import dataclasses
    import datetime as dt

    from einfach.plan import check_plan

    plan = load_plan(ROOT / "examples" / "plans" / "friseurin.yaml")
    assert not [f for f in check_plan(plan).findings if f.code == "PL115"]
    old = dataclasses.replace(plan, appointment=dataclasses.replace(plan.appointment, date=dt.date(2025, 1, 29)))
    [finding] = [f for f in check_plan(old).findings if f.code == "PL115"]
    assert finding.path == "appointment.date" and finding.data["days_before"] > 300


def test_fix_write_follows_a_symlink(tmp_path, capsys):
    target = tmp_path / "plan.txt"
    target.write_text("Bitte melden Sie sich unverzüglich.\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert run(["fix", str(link), "--write", "--no-config"], capsys)[0] == 0
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "Bitte melden Sie sich sofort.\n"


@pytest.mark.parametrize(
    ("step", "item", "flagged"),
    [
        ("Ich fahre mit dem Zug zum Vorstellungsgespräch nach Halle.", None, True),
        ("Ich mache den Gabelstapler-Schein.", "Das Jobcenter bezahlt die Kaution für die Wohnung.", True),
        ("Ich mache den Gabelstapler-Schein.", "Das Jobcenter übernimmt die Kosten.", False),
        ("Ich erscheine pünktlich zu jedem Termin.", None, False),
    ],
)
def test_costs_covered_reads_what_is_paid(step, item, flagged):
    import dataclasses

    from einfach.plan import Step, Support, SupportItem, check_plan

    plan = load_plan(ROOT / "examples" / "plans" / "friseurin.yaml")
    items = (SupportItem(item),) if item else ()
    changed = dataclasses.replace(
        plan, steps=(Step(step, due=plan.steps[0].proof_due),), support=Support(plan.support.offer, items)
    )
    assert any(f.code == "PL107" for f in check_plan(changed).findings) is flagged


def test_a_signature_block_is_one_finding():
    import dataclasses

    from einfach.plan import check_plan

    plan = load_plan(ROOT / "examples" / "plans" / "friseurin.yaml")
    signed = dataclasses.replace(plan, notes="Ort, Datum: ____________ Unterschrift: ____________")
    assert [f.path for f in check_plan(signed).findings if f.code == "PL109"] == ["notes"]
