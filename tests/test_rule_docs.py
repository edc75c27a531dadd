"""Every rule has a German doc page with the fixed sections, and the index lists every rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from einfach.cli import main
from einfach.profiles import PROFILES, rule_table
from einfach.rules.registry import RULES

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules"
SECTIONS = ["**Kurz:**", "## Was die Regel prüft", "## Warum", "## Beispiel", "## Besser", "## Optionen", "## Quelle"]


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_doc_page_has_every_section_and_every_option(rule):
    page = (DOCS / f"{rule.code}-{rule.name}.md").read_text(encoding="utf-8")
    assert page.startswith(f"# {rule.code} {rule.name}")
    positions = [page.index(section) for section in SECTIONS]
    assert positions == sorted(positions)
    options = {name for profile in PROFILES for name in rule_table(rule.name, profile)}
    missing = [name for name in options if f"`{name}`" not in page]
    assert missing == []


def test_index_lists_every_rule_with_its_summary():
    index = (DOCS / "README.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"[{rule.code}]({rule.code}-{rule.name}.md)" in index and rule.summary in index


def test_no_page_without_a_rule():
    pages = {path.name for path in DOCS.glob("ES*.md")}
    assert pages == {f"{rule.code}-{rule.name}.md" for rule in RULES}


def test_explain_prints_the_page(capsys):
    assert main(["explain", "passive-voice"]) == 0
    assert capsys.readouterr().out.startswith("# ES301 passive-voice")
    assert main(["explain", "es101"]) == 0
    assert main(["explain", "passiv-stimme"]) == 2
    assert "einfach rules" in capsys.readouterr().err


def test_rules_lists_code_name_severity_and_summary(capsys):
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    for rule in RULES:
        line = next(line for line in out.splitlines() if line.startswith(rule.code))
        assert rule.name in line and rule.summary in line
    assert main(["rules", "--profile", "leicht"]) == 0
    leicht = capsys.readouterr().out
    assert next(line for line in leicht.splitlines() if line.startswith("ES301")).split()[2] == "warning/error"
