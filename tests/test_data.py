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


def test_bad_tag_is_reported_with_line(broken_data):
    path = broken_data / "abbreviations.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.append("Xyz.\tXyz\tNOTATAG\tno\tteam")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=rf"abbreviations.tsv:{len(lines)}: unknown STTS tag"):
        langdata.abbreviations()


def test_bad_number_is_reported_with_line(broken_data):
    path = broken_data / "frequency_overrides.tsv"
    with path.open("a", encoding="utf-8") as handle:
        handle.write("Testwort\tviel\tweil\n")
    line = len(path.read_text(encoding="utf-8").splitlines())
    with pytest.raises(DataError, match=rf"frequency_overrides.tsv:{line}: zipf must be a number"):
        langdata.frequency_overrides()


def test_duplicates_and_missing_fields_are_reported(broken_data):
    path = broken_data / "lexicon" / "plain_words.tsv"
    with path.open("a", encoding="utf-8") as handle:
        handle.write("unverzüglich\treplace\tsofort\tteam\t\n")
    with pytest.raises(DataError, match="plain_words.tsv:.*duplicate term 'unverzüglich'"):
        langdata.lexicon()


def test_missing_source_is_reported(broken_data):
    path = broken_data / "lexicon" / "plain_words.tsv"
    with path.open("a", encoding="utf-8") as handle:
        handle.write("Testwort\treplace\tWort\t\t\n")
    with pytest.raises(DataError, match="empty field.*source"):
        langdata.lexicon()


def test_data_version_changes_with_content(broken_data):
    resources.data_version.cache_clear()
    before = resources.data_version()
    (broken_data / "allowlist.txt").write_text("Testwort\n", encoding="utf-8")
    resources.data_version.cache_clear()
    assert resources.data_version() != before
    resources.data_version.cache_clear()
