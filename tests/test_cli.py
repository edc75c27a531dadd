"""einfach check: formats, exit codes, encodings, bad files."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from einfach.cli import main

GOOD = "Ich gehe zur Arbeit. Das Jobcenter hilft mir.\n"
BAD = "Der Antrag wird vom Jobcenter geprüft.\n"


def run(args: list[str], capsys, stdin: bytes | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture()
def files(tmp_path):
    good = tmp_path / "gut.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / "schlecht.txt"
    bad.write_text("Zeile eins.\n" + BAD, encoding="utf-8")
    return good, bad


def test_clean_file_exits_0(files, capsys):
    code, out, _ = run(["check", str(files[0])], capsys)
    assert code == 0 and "Wörter" in out


def test_findings_exit_1_with_position_and_suggestion(files, capsys):
    code, out, _ = run(["check", str(files[1])], capsys)
    assert code == 1
    assert f"{files[1]}:2:12: ES301 passive-voice " in out
    assert "→ Besser aktiv: Das Jobcenter prüft den Antrag." in out


@pytest.mark.parametrize(("fail_on", "expected"), [("error", 0), ("warning", 1), ("suggestion", 1), ("never", 0)])
def test_fail_on(files, capsys, fail_on, expected):
    assert run(["check", str(files[1]), "--fail-on", fail_on], capsys)[0] == expected


def test_json_output(files, capsys):
    code, out, _ = run(["check", *map(str, files), "--format", "json"], capsys)
    data = json.loads(out)
    assert code == 1 and [f["path"] for f in data["files"]] == [str(files[0]), str(files[1])]
    assert data["files"][1]["report"]["findings"][0]["rule"] == "passive-voice"
    assert data["files"][0]["encoding"] == "utf-8" and data["errors"] == []


def test_jsonl_output_without_text(files, capsys):
    code, out, _ = run(["check", str(files[1]), "--format", "jsonl", "--no-text"], capsys)
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[0]["path"] == str(files[1]) and lines[0]["text"] is None
    assert "Jobcenter" not in out


def test_stdin(capsys, monkeypatch):
    code, out, _ = run(["check", "-"], capsys, stdin=BAD.encode(), monkeypatch=monkeypatch)
    assert code == 1 and "<stdin>:1:12:" in out


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"\xef\xbb\xbf" + BAD.encode("utf-8"), "utf-8-sig"),
        (BAD.encode("utf-16"), "utf-16"),
        (BAD.encode("cp1252"), "windows-1252"),
    ],
)
def test_encodings(tmp_path, capsys, data, encoding):
    path = tmp_path / "plan.txt"
    path.write_bytes(data)
    code, out, _ = run(["check", str(path), "--format", "json"], capsys)
    report = json.loads(out)["files"][0]
    assert code == 1 and report["encoding"] == encoding
    assert report["report"]["findings"][0]["text"] == "wird vom Jobcenter geprüft"


def test_bad_file_is_named_and_others_are_checked(tmp_path, files, capsys):
    binary = tmp_path / "bild.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    missing = tmp_path / "fehlt.txt"
    code, out, err = run(["check", str(binary), str(missing), str(files[1])], capsys)
    assert code == 2
    assert "bild.png: Datei ist keine Textdatei" in err and "fehlt.txt: Datei nicht gefunden" in err
    assert "ES301" in out


def test_file_over_the_limit(tmp_path, capsys):
    path = tmp_path / "lang.txt"
    path.write_text("Wort " * 1000, encoding="utf-8")
    code, _, err = run(["check", str(path), "--max-chars", "100"], capsys)
    assert code == 2 and "zu groß" in err


def test_usage_errors_exit_2(capsys):
    assert run(["check"], capsys)[0] == 2
    assert run(["check", "x.txt", "--profile", "kompliziert"], capsys)[0] == 2
    assert run(["check", "-", "--option", "sentence-length.warn_abov=3"], capsys)[0] == 2
    assert run(["check", "-", "--option", "kaputt"], capsys)[0] == 2


def test_option_on_command_line(files, capsys):
    code, out, _ = run(["check", str(files[0]), "--option", "sentence-length.warn_above=3"], capsys)
    assert code == 1 and "ES101" in out


def test_rules_listing(capsys):
    code, out, _ = run(["rules"], capsys)
    assert code == 0 and "ES202  compound-word  " in out


def test_console_script_runs_as_module(files):
    result = subprocess.run([sys.executable, "-m", "einfach", "check", str(files[1])], capture_output=True, text=True)
    assert result.returncode == 1 and "ES301" in result.stdout


def test_positions_with_any_line_ends(tmp_path, capsys):
    path = tmp_path / "cr.txt"
    path.write_bytes(b"Guten Tag.\rDer Antrag wird vom Jobcenter gepr\xc3\xbcft.\r")
    code, out, _ = run(["check", str(path)], capsys)
    assert code == 1 and f"{path}:2:12: ES301" in out


def test_max_chars_must_be_positive(files, capsys):
    assert run(["check", str(files[0]), "--max-chars", "0"], capsys)[0] == 2


def test_summary_uses_singular(tmp_path, capsys):
    path = tmp_path / "kurz.txt"
    path.write_text("Danke.", encoding="utf-8")
    _, out, _ = run(["check", str(path)], capsys)
    assert "1 Wort, 1 Satz," in out and "0 Hinweise" in out


def test_settings_on_the_command_line(tmp_path, capsys):
    path = tmp_path / "plan.txt"
    path.write_text("Bitte melden Sie sich unverzüglich. Der Antrag wird vom Jobcenter geprüft.\n", encoding="utf-8")
    code, out, _ = run(["check", str(path), "--no-config", "--select", "ES3"], capsys)
    assert code == 1 and "ES301" in out and "ES203" not in out
    code, out, _ = run(["check", str(path), "--no-config", "--ignore", "passive,officialese"], capsys)
    assert code == 0 and "ES301" not in out and "ES203" not in out
    code, out, _ = run(["check", str(path), "--no-config", "--allow", "unverzüglich", "--severity", "ES301=suggestion"], capsys)
    assert code == 0 and "ES203" not in out and "ES301" in out


def test_config_file_is_found_next_to_the_text_and_cli_wins(tmp_path, capsys):
    (tmp_path / "einfach.toml").write_text('ignore = ["passive-voice"]\n', encoding="utf-8")
    path = tmp_path / "plan.txt"
    path.write_text("Der Antrag wird vom Jobcenter geprüft.\n", encoding="utf-8")
    assert run(["check", str(path)], capsys)[0] == 0
    assert run(["check", str(path), "--no-config"], capsys)[0] == 1
    assert run(["check", str(path), "--select", "passive-voice", "--config", str(tmp_path / "einfach.toml")], capsys)[0] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--select", "passiv-stimme"], "keine Regel heißt 'passiv-stimme'"),
        (["--severity", "passive-voice=schlimm"], "Schweregrad"),
        (["--option", "sentence-length.warn_above=viel"], "ganze Zahl"),
        (["--config", "fehlt.toml"], "gibt es nicht"),
    ],
)
def test_bad_settings_exit_2_with_a_clear_message(files, capsys, args, message):
    code, _, err = run(["check", str(files[0]), *args], capsys)
    assert code == 2 and message in err


def test_a_closed_pipe_is_no_internal_error(tmp_path):
    path = tmp_path / "lang.txt"
    path.write_text("Der Antrag wird vom Jobcenter geprüft.\n" * 3000, encoding="utf-8")
    pipeline = f"{sys.executable} -m einfach check --no-config {path} | head -n 1"
    result = subprocess.run(["bash", "-c", pipeline], capture_output=True, text=True)
    assert result.stdout.count("\n") == 1 and "interner Fehler" not in result.stderr
