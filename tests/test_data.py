"""Language data: every file loads, and malformed lines are reported with file and line."""

from __future__ import annotations

import shutil

import pytest

from einfach import DataError, langdata, resources


def test_every_data_file_is_valid():
    langdata.validate_all()
    assert len(langdata.abbreviations()) > 100


def test_every_lexicon_entry_names_its_source():
    entries = langdata.lexicon_entries()
    assert len(entries) >= 400
    for entry in entries:
        assert entry.source and entry.action in langdata.LEXICON_KINDS[entry.kind]


def test_every_rule_has_defaults_and_every_defaults_file_a_rule():
    from einfach.profiles import PROFILES, rule_table
    from einfach.rules.registry import RULES

    folder = resources.data_path("rules/sentence-length.toml").parent
    assert {path.stem for path in folder.glob("*.toml")} == {rule.name for rule in RULES}
    for rule in RULES:
        for profile in PROFILES:
            rule_table(rule.name, profile)


@pytest.fixture()
def broken_data(tmp_path, monkeypatch):
    root = tmp_path / "data"
    shutil.copytree(resources.data_path("allowlist.txt").parent, root)
    monkeypatch.setattr(resources, "_data_root", lambda: root)
    loaders = (langdata.abbreviations, langdata.frequency_overrides, langdata.lexicon_entries, langdata.allowlist)
    for loader in loaders:
        loader.cache_clear()
    yield root
    for loader in loaders:
        loader.cache_clear()


def append_line(path, line: str) -> int:
    """Append one line to a data file; returns its line number."""
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")
    return len(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize(
    ("relative", "line", "loader", "message"),
    [
        ("abbreviations.tsv", "Xyz.\tXyz\tNOTATAG\tno\tteam", "abbreviations", "unknown STTS tag"),
        ("frequency_overrides.tsv", "Testwort\tviel\tweil", "frequency_overrides", "zipf must be a number"),
        ("lexicon/officialese.tsv", "unverzüglich\t\treplace\tsofort\tyes\tteam\t", "lexicon_entries", "duplicate term"),
        ("lexicon/officialese.tsv", "Testwort\t\treplace\tWort\tyes\t\t", "lexicon_entries", "empty field.*source"),
        ("lexicon/idioms.tsv", "unter die Räder kommen\tkommen\texplain\tx\tno\tteam\t", "lexicon_entries", "action must be"),
        ("lexicon/idioms.tsv", "den Kopf waschen\tgehen\treplace\tx\tno\tteam\t", "lexicon_entries", "verb 'gehen' is not"),
        ("lexicon/vague.tsv", "bald mal\t\tspecify\tein Datum\tvielleicht\tteam\t", "lexicon_entries", "safe must be"),
        (
            "lexicon/vague.tsv",
            "grundsätzlich\t\tspecify\tx\tno\tteam\t",
            "lexicon_entries",
            "'grundsätzlich' is already in lexicon/fillers.tsv",
        ),
    ],
)
def test_malformed_lines_are_reported_with_file_and_line(broken_data, relative, line, loader, message):
    number = append_line(broken_data / relative, line)
    with pytest.raises(DataError, match=rf"{relative}:{number}: {message}"):
        getattr(langdata, loader)()


def test_data_version_changes_with_content(broken_data):
    resources.data_version.cache_clear()
    before = resources.data_version()
    (broken_data / "allowlist.txt").write_text("Testwort\n", encoding="utf-8")
    resources.data_version.cache_clear()
    assert resources.data_version() != before
    resources.data_version.cache_clear()


def test_misspelt_profile_table_is_an_error(broken_data):
    from einfach import profiles

    path = broken_data / "rules" / "sentence-length.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("[leicht]", "[leicth]"))
    profiles._rule_defaults.cache_clear()
    try:
        with pytest.raises(DataError, match="leicth"):
            profiles.rule_table("sentence-length", "einfach")
    finally:
        profiles._rule_defaults.cache_clear()


def test_unknown_lexicon_file_is_an_error(broken_data):
    (broken_data / "lexicon" / "wortliste.tsv").write_text("term\tverb\taction\talternative\tsafe\tsource\tnote\n")
    with pytest.raises(DataError, match="wortliste.tsv: unknown lexicon file"):
        langdata.lexicon_entries()


def test_a_safe_swap_is_plain_itself():
    """einfach fix applies safe swaps without a person: the new words must pass the check."""
    from einfach import check

    flagged = []
    for entry in langdata.lexicon_entries():
        if entry.safe and entry.action == "replace":
            findings = [f.rule for f in check(entry.alternative).findings if f.rule != "sentence-length"]
            if findings:
                flagged.append((entry.term, entry.alternative, findings))
    assert flagged == []
