"""The gate, baselines with counts and overrides, and the baseline flags of ``einfach check``."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import einfach
from einfach import Baseline, GateResult, Settings, gate
from einfach.baseline import Override, fingerprinted
from einfach.cli import main
from einfach.errors import ConfigError, InputError
from einfach.gate import cache_info, clear_cache

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "examples" / "plans"
PASSIVE = "Der Antrag wird vom Jobcenter geprüft."
GOOD = "Ich gehe zur Arbeit. Das Jobcenter hilft mir."


def passives(result_part) -> list[str]:
    return [m.fingerprint for m in result_part if m.finding.code == "ES301"]


@pytest.fixture(autouse=True)
def fresh_cache():
    clear_cache()
    yield
    clear_cache()


# --- gate -------------------------------------------------------------------------------


def test_gate_passes_good_text_and_fails_on_findings_at_or_above_fail_on():
    good = gate(GOOD)
    assert isinstance(good, GateResult) and good.passed and good.deciding == () and good.fail_on == "warning"
    bad = gate(PASSIVE)
    assert not bad.passed and [m.finding.rule for m in bad.deciding] == ["passive-voice"]
    assert bad.deciding[0].fingerprint == bad.deciding[0].finding.fingerprint and bad.deciding[0].status == "new"
    assert gate(PASSIVE, fail_on="error").passed
    assert gate(PASSIVE, fail_on="never").passed
    assert not gate(PASSIVE, fail_on=einfach.Severity.SUGGESTION).passed
    with pytest.raises(ConfigError):
        gate(PASSIVE, fail_on="sometimes")
    with pytest.raises(InputError):
        gate(b"bytes")  # type: ignore[arg-type]


def test_baseline_knows_findings_and_counts_them():
    baseline = Baseline.of(einfach.check(PASSIVE))
    known = gate(PASSIVE, baseline=baseline)
    assert known.passed and passives(known.known) and known.deciding == ()
    # Text elsewhere changed: the finding is still known.
    moved = gate(f"Ich gehe zur Arbeit.\n\n{PASSIVE}", baseline=baseline)
    assert moved.passed and len(passives(moved.known)) == 1
    # The same finding twice, recorded once: one known, one new.
    twice = gate(f"{PASSIVE}\n\n{PASSIVE}", baseline=baseline)
    assert not twice.passed and len(passives(twice.known)) == 1 and len(passives(twice.deciding)) == 1
    # A new passive sentence is new.
    other = gate(f"{PASSIVE} Der Brief wird vom Amt geschickt.", baseline=baseline)
    assert not other.passed and len(passives(other.deciding)) == 1


def test_baseline_is_per_file():
    baseline = Baseline.of(einfach.check(PASSIVE), path="docs/a.md")
    assert gate(PASSIVE, baseline=baseline, path="docs/a.md").passed
    assert not gate(PASSIVE, baseline=baseline, path="docs/b.md").passed
    assert not gate(PASSIVE, baseline=baseline).passed  # no path: the entry "-"


def test_override_accepts_with_reason_and_author():
    fp = gate(PASSIVE).deciding[0].fingerprint
    baseline = Baseline().with_override(Override(fp, "ES301", "Zitat aus dem Bescheid", "M. Muster", "2026-03-01"))
    result = gate(f"{PASSIVE}\n\n{PASSIVE}", baseline=baseline)
    assert result.passed and len(result.overrides) == 2 and result.known == ()
    accepted = result.overrides[0]
    assert accepted.status == "accepted" and accepted.override is not None
    assert (accepted.override.reason, accepted.override.author, accepted.override.date) == (
        "Zitat aus dem Bescheid",
        "M. Muster",
        "2026-03-01",
    )
    data = result.to_dict(include_text=False)
    assert data["overrides"][0]["override"] == {
        "fingerprint": fp,
        "code": "ES301",
        "reason": "Zitat aus dem Bescheid",
        "author": "M. Muster",
        "date": "2026-03-01",
    }
    assert data["counts"]["accepted"] == 2 and data["passed"] is True
    with pytest.raises(ConfigError):
        Override(fp, "ES301", " ", "M. Muster")
    with pytest.raises(ConfigError):
        Override(fp, "ES301", "Grund", "")


def test_unchanged_text_is_not_analysed_again_and_the_key_holds_the_settings():
    first = gate(PASSIVE)
    assert gate(PASSIVE) is first
    assert cache_info()["reports"]["misses"] == 1
    # Equal settings built anew hit the cache; other settings are another result.
    options = {"sentence-length": {"warn_above": 12}}
    with_options = gate(PASSIVE, settings=Settings(options=options))
    assert with_options is not first
    assert gate(PASSIVE, settings=Settings(options={"sentence-length": {"warn_above": 12}})) is with_options
    assert gate(PASSIVE, settings=Settings(ignore=("passive-voice",))).passed
    # Another fail_on or baseline is another result from the same analysis.
    lenient = gate(PASSIVE, fail_on="error")
    assert lenient is not first and lenient.report is first.report
    known = gate(PASSIVE, baseline=Baseline.of(first.report))
    assert known.passed and known.report is first.report
    # Another text is analysed.
    assert gate(PASSIVE + " ").report is not first.report


def test_a_changed_baseline_changes_the_result():
    report = einfach.check(PASSIVE)
    empty = Baseline()
    assert not gate(PASSIVE, baseline=empty).passed
    assert gate(PASSIVE, baseline=empty.with_findings("-", fingerprinted(report))).passed


def test_plan_input():
    from einfach.plan import PlanReport, load_plan

    plan = load_plan(PLANS / "amtsdeutsch.yaml")
    result = gate(plan)
    assert isinstance(result.report, PlanReport) and not result.passed
    codes = {m.finding.code for m in result.deciding}
    assert any(code.startswith("PL") for code in codes) and any(code.startswith("ES") for code in codes)
    assert all(len(m.fingerprint) == 16 for m in result.deciding)
    assert gate(plan) is result
    baseline = Baseline.of(result.report)
    assert gate(plan, baseline=baseline).passed
    assert gate(load_plan(PLANS / "lager.yaml")).passed
    with pytest.raises(ConfigError):
        gate(plan, settings=Settings(select=("ES3",)))


def test_plan_language_findings_keep_the_core_fingerprint():
    from einfach.plan import load_plan

    plan = load_plan(PLANS / "amtsdeutsch.yaml")
    result = gate(plan)
    language = {f.fingerprint for f in result.report.language.findings}
    marked = [m for m in result.deciding if not m.finding.code.startswith("PL")]
    assert marked and all(m.fingerprint in language for m in marked)


def test_to_dict_without_text_holds_no_input_word():
    text = "Der Quittungsbeleg wird vom Zwiebelkuchenverein Oberhausen geprüft. Gabelstaplerkurse sind teuer."
    result = gate(text, baseline=Baseline.of(einfach.check("Ganz anderer Text mit Hinweis wird geprüft.")))
    dumped = json.dumps(result.to_dict(include_text=False), ensure_ascii=False)
    for word in ("Quittungsbeleg", "Zwiebelkuchenverein", "Oberhausen", "Gabelstaplerkurse", "geprüft"):
        assert word not in dumped
    assert word in json.dumps(result.to_dict(), ensure_ascii=False)
    assert "content_hash" in result.to_dict() and len(result.content_hash) == 64


def test_plan_to_dict_without_text_holds_no_name():
    from einfach.plan import load_plan

    plan = load_plan(PLANS / "amtsdeutsch.yaml")
    dumped = json.dumps(gate(plan).to_dict(include_text=False), ensure_ascii=False)
    assert plan.person not in dumped and plan.issuer not in dumped


def test_core_does_not_import_the_plan_package():
    import subprocess
    import sys

    code = (
        "import sys, einfach; einfach.gate('Ich gehe zur Arbeit.'); print(any(m.startswith('einfach.plan') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


# --- the baseline file ---------------------------------------------------------------------


def test_baseline_file_round_trip_holds_no_text(tmp_path):
    text = "Der Quittungsbeleg wird vom Zwiebelkuchenverein geprüft."
    baseline = Baseline.of(einfach.check(text), path="a.md").with_override(
        Override("0123456789abcdef", "ES301", "Grund", "Autorin", "2026-01-02")
    )
    target = tmp_path / "baseline.json"
    baseline.save(target)
    raw = target.read_text(encoding="utf-8")
    assert "Quittungsbeleg" not in raw and "Zwiebelkuchenverein" not in raw and "geprüft" not in raw
    data = json.loads(raw)
    assert data["version"] == 1 and data["einfach_version"] == einfach.__version__ and data["data_version"]
    assert set(data["files"]) == {"a.md"}
    assert set(data["files"]["a.md"][0]) == {"fingerprint", "code", "rule", "count"}
    assert data["overrides"][0] == {
        "fingerprint": "0123456789abcdef",
        "code": "ES301",
        "reason": "Grund",
        "author": "Autorin",
        "date": "2026-01-02",
    }
    loaded = Baseline.load(target)
    assert loaded.digest == baseline.digest and loaded.root == tmp_path.resolve()
    assert not loaded.stale


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "JSON-Objekt"),
        ({"version": 2, "files": {}}, "Version"),
        ({"version": 1, "files": {}, "extra": 1}, "unbekannt"),
        ({"version": 1, "files": {"a": [{"fingerprint": "x", "code": "ES301", "rule": "r"}]}}, "count"),
        ({"version": 1, "files": {"a": [{"fingerprint": "x", "code": "ES301", "rule": "r", "count": 0}]}}, "count"),
        ({"version": 1, "files": {}, "overrides": [{"fingerprint": "x", "code": "ES301", "reason": "g"}]}, "author"),
        (
            {"version": 1, "overrides": [{"fingerprint": "x", "code": "C", "reason": "", "author": "a", "date": "2026-01-01"}]},
            "Grund",
        ),
        (
            {"version": 1, "overrides": [{"fingerprint": "x", "code": "C", "reason": "g", "author": "a", "date": "gestern"}]},
            "Datum",
        ),
    ],
)
def test_broken_baselines_are_config_errors(data, message):
    with pytest.raises(ConfigError, match=message):
        Baseline.from_dict(data)


def test_save_is_atomic(tmp_path, monkeypatch):
    target = tmp_path / "baseline.json"
    Baseline().save(target)
    before = target.read_bytes()

    def broken(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        Baseline.of(einfach.check(PASSIVE)).save(target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["baseline.json"]  # no temporary file left


def test_paths_are_relative_to_the_baseline_folder(tmp_path):
    baseline = Baseline(root=tmp_path / "config")
    assert baseline.key(tmp_path / "docs" / "a.md") == "../docs/a.md"
    assert baseline.key(tmp_path / "config" / "sub" / "b.md") == "sub/b.md"
    assert baseline.key("-") == "-" and baseline.key(None) == "-"
    assert Baseline().key("docs/a.md") == "docs/a.md"


# --- einfach check --baseline / --write-baseline / --override ----------------------------------


def run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture()
def project(tmp_path, monkeypatch):
    """docs/a.txt with three findings, docs/b.txt clean, the baseline in config/."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (tmp_path / "config").mkdir()
    (docs / "a.txt").write_text(
        f"{PASSIVE}\n\nDer Brief wird vom Amt geschickt.\n\nDas Geld wird vom Amt gezahlt.\n", encoding="utf-8"
    )
    (docs / "b.txt").write_text(GOOD + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_write_baseline_records_and_exits_0(project, capsys):
    code, out, err = run(
        ["check", "docs/a.txt", "docs/b.txt", "--write-baseline", "config/baseline.json", "--no-config", "--select", "ES301"],
        capsys,
    )
    assert code == 0 and "ES301" in out and "config/baseline.json" in err
    data = json.loads((project / "config" / "baseline.json").read_text(encoding="utf-8"))
    assert list(data["files"]) == ["../docs/a.txt"]
    assert sum(entry["count"] for entry in data["files"]["../docs/a.txt"]) == 3


def test_baseline_fails_only_on_new_findings(project, capsys):
    select = ["--no-config", "--select", "ES301"]
    run(["check", "docs/a.txt", "docs/b.txt", "--write-baseline", "config/baseline.json", *select], capsys)
    code, out, _ = run(["check", "docs/a.txt", "docs/b.txt", "--baseline", "config/baseline.json", *select], capsys)
    assert code == 0 and "3 bekannte Hinweise" in out and "0 neue Hinweise" in out and "ES301" not in out
    # A new finding: exit 1, listed with its fingerprint; the known ones only counted.
    a = project / "docs" / "a.txt"
    a.write_text(a.read_text(encoding="utf-8") + "\nDie Miete wird vom Amt bezahlt.\n", encoding="utf-8")
    code, out, _ = run(["check", "docs/a.txt", "--baseline", "config/baseline.json", *select], capsys)
    assert code == 1 and out.count("ES301 passive-voice") == 1 and "docs/a.txt:7:" in out
    assert "Fingerabdruck: " in out and "1 neuer Hinweis, 3 bekannte Hinweise" in out
    # Below --fail-on a new finding does not fail.
    assert run(["check", "docs/a.txt", "--baseline", "config/baseline.json", "--fail-on", "error", *select], capsys)[0] == 0


def test_baseline_works_from_another_working_folder(project, capsys, monkeypatch):
    select = ["--no-config", "--select", "ES301"]
    run(["check", "docs/a.txt", "--write-baseline", "config/baseline.json", *select], capsys)
    monkeypatch.chdir(project / "docs")
    code, out, _ = run(["check", "a.txt", "--baseline", "../config/baseline.json", *select], capsys)
    assert code == 0 and "3 bekannte Hinweise" in out
    # A copy of the project elsewhere (another machine) still matches.
    import shutil

    copy = project.parent / "copy"
    shutil.copytree(project, copy)
    monkeypatch.chdir(copy)
    assert run(["check", "docs/a.txt", "--baseline", "config/baseline.json", *select], capsys)[0] == 0


def test_json_and_jsonl_mark_known_findings(project, capsys):
    select = ["--no-config", "--select", "ES301"]
    run(["check", "docs/a.txt", "--write-baseline", "config/baseline.json", *select], capsys)
    a = project / "docs" / "a.txt"
    a.write_text(a.read_text(encoding="utf-8") + "\nDie Miete wird vom Amt bezahlt.\n", encoding="utf-8")
    code, out, _ = run(["check", "docs/a.txt", "--baseline", "config/baseline.json", "--format", "json", *select], capsys)
    data = json.loads(out)["files"][0]
    assert code == 1 and data["baseline"] == {"new": 1, "known": 3, "accepted": 0}
    assert [f["baseline"] for f in data["report"]["findings"]] == ["known", "known", "known", "new"]
    code, out, _ = run(["check", "docs/a.txt", "--baseline", "config/baseline.json", "--format", "jsonl", *select], capsys)
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["baseline"] for line in lines if "code" in line] == ["known", "known", "known", "new"]


def test_override_is_recorded_and_shown(project, capsys):
    select = ["--no-config", "--select", "ES301"]
    run(["check", "docs/b.txt", "--write-baseline", "config/baseline.json", *select], capsys)
    code, out, _ = run(["check", "docs/a.txt", "--baseline", "config/baseline.json", "--format", "json", *select], capsys)
    fingerprint = json.loads(out)["files"][0]["report"]["findings"][0]["fingerprint"]
    assert code == 1
    args = ["check", "docs/a.txt", "--baseline", "config/baseline.json", *select]
    code, out, err = run(
        [*args, "--override", fingerprint, "--reason", "Zitat aus dem Bescheid", "--author", "M. Muster"], capsys
    )
    assert "1 Ausnahme gespeichert" in err
    assert "akzeptiert von M. Muster am " in out and ": Zitat aus dem Bescheid" in out and "1 akzeptierter Hinweis" in out
    assert code == 1  # the two other passives are still new
    saved = json.loads((project / "config" / "baseline.json").read_text(encoding="utf-8"))
    assert saved["overrides"][0]["fingerprint"] == fingerprint
    assert saved["overrides"][0]["reason"] == "Zitat aus dem Bescheid" and saved["overrides"][0]["author"] == "M. Muster"
    code, out, _ = run([*args, "--format", "json"], capsys)
    findings = json.loads(out)["files"][0]["report"]["findings"]
    assert findings[0]["baseline"] == "accepted" and findings[0]["override"]["author"] == "M. Muster"
    # Re-recording keeps the override and the other files' entries.
    run(["check", "docs/a.txt", "--write-baseline", "config/baseline.json", *select], capsys)
    saved = json.loads((project / "config" / "baseline.json").read_text(encoding="utf-8"))
    assert saved["overrides"][0]["fingerprint"] == fingerprint and "../docs/a.txt" in saved["files"]


def test_override_errors_leave_the_baseline_alone(project, capsys):
    select = ["--no-config", "--select", "ES301"]
    run(["check", "docs/a.txt", "--write-baseline", "config/baseline.json", *select], capsys)
    before = (project / "config" / "baseline.json").read_bytes()
    args = ["check", "docs/a.txt", "--baseline", "config/baseline.json", *select]
    code, _, err = run([*args, "--override", "ffffffffffffffff", "--reason", "r", "--author", "a"], capsys)
    assert code == 2 and "ffffffffffffffff" in err
    assert run([*args, "--override", "ffffffffffffffff", "--reason", "r"], capsys)[0] == 2  # no author
    assert run(["check", "docs/a.txt", "--reason", "r", *select], capsys)[0] == 2  # no override
    assert (project / "config" / "baseline.json").read_bytes() == before


def test_baseline_usage_errors(project, capsys):
    code, _, err = run(["check", "docs/a.txt", "--baseline", "config/none.json"], capsys)
    assert code == 2 and "--write-baseline" in err
    assert run(["check", "docs/a.txt", "--baseline", "x.json", "--write-baseline", "y.json"], capsys)[0] == 2
    (project / "config" / "broken.json").write_text("{", encoding="utf-8")
    assert run(["check", "docs/a.txt", "--baseline", "config/broken.json"], capsys)[0] == 2


def test_standard_input_is_recorded_as_dash(project, capsys, monkeypatch):
    import io
    import sys

    def stdin(text: str) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8"))

    stdin(PASSIVE)
    assert run(["check", "-", "--write-baseline", "config/baseline.json", "--no-config"], capsys)[0] == 0
    data = json.loads((project / "config" / "baseline.json").read_text(encoding="utf-8"))
    assert list(data["files"]) == ["-"]
    stdin(PASSIVE)
    code, out, _ = run(["check", "-", "--baseline", "config/baseline.json", "--no-config"], capsys)
    assert code == 0 and "<stdin>: " in out and "0 neue Hinweise" in out
    assert gate(PASSIVE, baseline=Baseline.load(project / "config" / "baseline.json")).passed


def test_unwritable_baseline_is_a_clear_error(project, capsys):
    code, _, err = run(["check", "docs/b.txt", "--write-baseline", "nowhere/baseline.json", "--no-config"], capsys)
    assert code == 2 and "kann nicht geschrieben werden" in err and "interner Fehler" not in err
