"""Language data: every file loads, and malformed lines are reported with file and line."""

from __future__ import annotations

import shutil

import pytest

from einfach import DataError, langdata, resources


def test_every_data_file_is_valid():
    langdata.validate_all()
    assert len(langdata.abbreviations()) > 100


def test_every_lexicon_entry_names_its_source():
    for entry in langdata.lexicon().values():
        assert entry.source and entry.action in ("replace", "explain")


@pytest.fixture()
def broken_data(tmp_path, monkeypatch):
    root = tmp_path / "data"
    shutil.copytree(resources.data_path("profiles.toml").parent, root)
    monkeypatch.setattr(resources, "_data_root", lambda: root)
    for loader in (langdata.abbreviations, langdata.frequency_overrides, langdata.lexicon, langdata.allowlist):
        loader.cache_clear()
    yield root
    for loader in (langdata.abbreviations, langdata.frequency_overrides, langdata.lexicon, langdata.allowlist):
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
        ("lexicon/plain_words.tsv", "unverzüglich\treplace\tsofort\tteam\t", "lexicon", "duplicate term 'unverzüglich'"),
        ("lexicon/plain_words.tsv", "Testwort\treplace\tWort\t\t", "lexicon", "empty field.*source"),
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


def test_misspelt_rule_table_in_profiles_is_an_error(broken_data):
    from einfach import profiles

    path = broken_data / "profiles.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("[leicht.sentence-length]", "[leicht.sentence-lenght]"))
    profiles._profiles.cache_clear()
    try:
        with pytest.raises(DataError, match="sentence-lenght"):
            profiles.profile_table("leicht")
    finally:
        profiles._profiles.cache_clear()
