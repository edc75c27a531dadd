"""Rule selection, severity overrides, house words and config files (einfach.toml, [tool.einfach])."""

from __future__ import annotations

import pytest

from einfach import Checker, check
from einfach.config import Settings, find_config, load_config
from einfach.errors import ConfigError
from einfach.rules.registry import RULES, rules_matching

PASSIVE_AND_LONG = (
    "Die Kosten für den Kurs und die Fahrt zum Kurs in Mannheim werden ab dem nächsten Monat "
    "vom Jobcenter für Sie und Ihre Familie übernommen."
)


def codes(report) -> set[str]:
    return {f.code for f in report.findings}


def test_prefixes_select_codes_and_names():
    assert {r.code for r in rules_matching("ES1")} == {r.code for r in RULES if r.code.startswith("ES1")}
    assert [r.name for r in rules_matching("passive")] == ["passive-voice"]
    assert rules_matching("all") == RULES
    with pytest.raises(ConfigError, match="keine Regel heißt 'passiv-voice'"):
        rules_matching("passiv-voice")


def test_select_and_ignore():
    assert codes(check(PASSIVE_AND_LONG)) >= {"ES101", "ES301"}
    assert codes(check(PASSIVE_AND_LONG, select=["ES1"])) <= {r.code for r in rules_matching("ES1")}
    assert "ES301" not in codes(check(PASSIVE_AND_LONG, ignore=["passive-voice"]))
    assert "ES101" in codes(check(PASSIVE_AND_LONG, ignore=["passive-voice"]))
    with pytest.raises(ConfigError):
        Checker(select=["ES999"])


def test_severity_override_and_bad_value():
    report = check(PASSIVE_AND_LONG, severity={"ES301": "error"})
    assert {str(f.severity) for f in report.findings if f.code == "ES301"} == {"error"}
    with pytest.raises(ConfigError, match="Schweregrad"):
        Checker(severity={"passive-voice": "schlimm"})
    with pytest.raises(ConfigError, match="unbekannte Regel"):
        Checker(severity={"passiv": "error"})


def test_house_words_silence_word_rules():
    text = "Bitte melden Sie sich unverzüglich beim Gabelstaplerfahrerlehrgang."
    assert "ES203" in codes(check(text))
    report = check(text, allow=["unverzüglich", "Gabelstaplerfahrerlehrgang"])
    assert not {"ES201", "ES202", "ES203"} & codes(report)


def test_config_file_lookup(tmp_path):
    project = tmp_path / "projekt"
    deep = project / "plaene" / "2026"
    deep.mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text('[tool.einfach]\nprofile = "leicht"\n', encoding="utf-8")
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")  # no [tool.einfach]
    assert find_config(deep) == tmp_path / "pyproject.toml"
    (project / "einfach.toml").write_text('profile = "standard"\n', encoding="utf-8")
    assert find_config(deep / "plan.txt") == project / "einfach.toml"
    assert load_config(project / "einfach.toml").profile == "standard"
    assert load_config(tmp_path / "pyproject.toml").profile == "leicht"


def test_config_values_reach_the_checker(tmp_path):
    path = tmp_path / "einfach.toml"
    path.write_text(
        'ignore = ["ES1"]\nallow = ["Gabelstapler"]\nseverity = { passive-voice = "error" }\n'
        "[options.rare-word]\nrare_below = 2.0\n",
        encoding="utf-8",
    )
    settings = load_config(path)
    report = settings.checker().check(PASSIVE_AND_LONG)
    assert not any(code.startswith("ES1") for code in codes(report))
    assert {str(f.severity) for f in report.findings if f.code == "ES301"} == {"error"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('profil = "leicht"\n', "unbekannte Einstellung"),
        ('profile = "schwer"\n', "Profil 'schwer' unbekannt"),
        ('select = "ES1"\n', "select muss eine Liste sein"),
        ("[options.rare-word]\nrare_below = 'niedrig'\n", "muss eine Zahl ab 0 sein"),
        ("[options.rare-word]\nselten = 2\n", "kennt die Option 'selten' nicht"),
        ('[[suppress]]\nrule = "rare-word"\nfingerprint = "abc"\n', "rule, fingerprint und reason"),
        ("select = [\n", "einfach.toml"),
    ],
)
def test_bad_config_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "einfach.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(path).checker()


def test_cli_values_override_the_file():
    base = Settings(profile="leicht", ignore=("ES1",), options={"rare-word": {"rare_below": 2.0}})
    merged = base.overridden(profile="standard", ignore=["idiom"], options={"rare-word": {"hint_below": 2.5}})
    assert merged.profile == "standard"
    assert merged.ignore == ("ES1", "idiom")
    assert merged.options == {"rare-word": {"rare_below": 2.0, "hint_below": 2.5}}
    assert base.overridden().profile == "leicht"
    assert base.overridden(select=["passive-voice"]).ignore == ()  # an explicit choice on the command line wins


@pytest.mark.parametrize(
    "options",
    [
        {"sentence-length": {"warn_above": -1}},
        {"sentence-length": {"warn_above": 30, "error_above": 20}},
        {"rare-word": {"rare_below": -2.0}},
    ],
)
def test_nonsense_option_values_are_errors(options):
    with pytest.raises(ConfigError):
        Checker(options=options)
