"""einfach audit: outputs, hostile files, exit codes, cache, interruption, redaction, engines."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import zipfile
from pathlib import Path

import pytest

from einfach.audit.outputs import OUTPUT_FILES
from einfach.audit.progress import Progress
from einfach.audit.readers import Limits
from einfach.audit.run import AuditOptions, run_audit
from einfach.audit.tally import Tally
from einfach.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "plans"

PLAIN = "Ich will wieder als Friseurin arbeiten.\n\nIch schreibe jeden Monat 4 Bewerbungen. Frau Yilmaz hilft mir dabei.\n"
HEAVY = (
    "Die Erstattung der im Zusammenhang mit der Wahrnehmung von Vorstellungsgesprächen entstehenden Fahrtkosten "
    "erfolgt nach Vorlage der Belege, sofern diese unverzüglich eingereicht werden.\n\n"
    "Die leistungsberechtigte Person ist verpflichtet, Eigenbemühungen in Form von mindestens fünf Bewerbungen "
    "monatlich nachzuweisen.\n"
)


def docx_bytes(paragraphs: list[str]) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def make_tree(root: Path) -> Path:
    """Two teams, every readable format, and a few files einfach must refuse politely."""
    team1, team2 = root / "team-1", root / "team-2"
    team1.mkdir(parents=True)
    team2.mkdir()
    (team1 / "plain.txt").write_text(PLAIN, encoding="utf-8")
    (team1 / "heavy.txt").write_text(HEAVY, encoding="utf-8")
    (team1 / "heavy-copy.md").write_text("# Plan\n\n" + HEAVY, encoding="utf-8")
    (team1 / "plan.yaml").write_bytes((EXAMPLES / "friseurin.yaml").read_bytes())
    (team2 / "amtsdeutsch.yaml").write_bytes((EXAMPLES / "amtsdeutsch.yaml").read_bytes())
    (team2 / "brief.docx").write_bytes(docx_bytes(HEAVY.split("\n\n")))
    (team2 / "seite.html").write_text(
        f"<html><head><script>alert(1)</script></head><body><p>{PLAIN}</p></body></html>", encoding="utf-8"
    )
    (team2 / "leer.txt").write_bytes(b"")
    (team2 / "kaputt.docx").write_bytes(b"PK\x03\x04 nicht wirklich ein Zip")
    (team2 / "bild.txt").write_bytes(bytes(range(256)) * 4)
    (team2 / "foto.jpg").write_bytes(b"\xff\xd8\xff")  # not an audited type: skipped, not an error
    return root


def tree_hash(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


def read_outputs(outdir: Path) -> dict[str, bytes]:
    return {name: (outdir / name).read_bytes() for name in OUTPUT_FILES}


def documents(outdir: Path) -> list[dict[str, str]]:
    with (outdir / "documents.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def errors(outdir: Path) -> list[dict[str, str]]:
    with (outdir / "errors.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def audit(args: list[str], capsys) -> tuple[int, str]:
    code = main(["audit", *args])
    return code, capsys.readouterr().err


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    """One audit of the sample tree with 2 workers, shared by the tests that only read its outputs."""
    root = make_tree(tmp_path_factory.mktemp("tree"))
    before = tree_hash(root)
    outdir = tmp_path_factory.mktemp("out")
    code = main(["audit", str(root), "-o", str(outdir), "--workers", "2", "--quiet"])
    return root, outdir, code, before


def test_audit_writes_every_output_and_lists_every_file(audited):
    root, outdir, code, _ = audited
    assert code == 3  # three files could not be read
    for name in OUTPUT_FILES:
        assert (outdir / name).is_file()
    assert not list(outdir.glob(".einfach-audit-*")), "the staging folder is gone"
    rows = documents(outdir)
    paths = {row["path"] for row in rows}
    assert paths == {
        "team-1/plain.txt",
        "team-1/heavy.txt",
        "team-1/heavy-copy.md",
        "team-1/plan.yaml",
        "team-2/amtsdeutsch.yaml",
        "team-2/brief.docx",
        "team-2/seite.html",
    }
    problems = {row["path"]: row["reason"] for row in errors(outdir)}
    assert problems == {"team-2/leer.txt": "empty", "team-2/kaputt.docx": "corrupt", "team-2/bild.txt": "binary"}
    assert all(row["message"] and "\n" not in row["message"] for row in errors(outdir))
    kinds = {row["path"]: row["kind"] for row in rows}
    assert kinds["team-1/plan.yaml"] == "plan" and kinds["team-2/brief.docx"] == "docx" and kinds["team-2/seite.html"] == "html"


def test_findings_lines_match_the_document_counts(audited):
    _, outdir, _, _ = audited
    rows = {row["document"]: row for row in documents(outdir)}
    lines = [json.loads(line) for line in (outdir / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    per_document: dict[str, int] = {}
    for line in lines:
        per_document[line["document"]] = per_document.get(line["document"], 0) + 1
        assert line["path"] == rows[line["document"]]["path"]
        assert re.fullmatch(r"(ES|PL)\d{3}", line["code"])
        assert line["code"] in rows[line["document"]], "every code has its column"
    for document, row in rows.items():
        assert int(row["findings"]) == per_document.get(document, 0)
        assert int(row["findings"]) == sum(int(row[code]) for code in row if re.fullmatch(r"(ES|PL)\d{3}", code))
    heavy = next(row for row in rows.values() if row["path"] == "team-1/heavy.txt")
    assert int(heavy["ES203"]) >= 2 and heavy["level"] in ("standard", "schwer") and heavy["over_threshold"] == "1"
    plain = next(row for row in rows.values() if row["path"] == "team-1/plain.txt")
    assert plain["over_threshold"] == "0" and int(plain["findings"]) <= 1


def test_offsets_point_into_the_extracted_text(audited):
    root, outdir, _, _ = audited
    text = (root / "team-1" / "heavy.txt").read_text(encoding="utf-8")
    lines = [json.loads(line) for line in (outdir / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    heavy = [line for line in lines if line["path"] == "team-1/heavy.txt"]
    assert heavy
    for line in heavy:
        assert text[line["start"] : line["end"]] == line["text"]


def test_summary_adds_up_and_finds_the_text_block(audited):
    _, outdir, _, _ = audited
    summary = json.loads((outdir / "summary.json").read_text(encoding="utf-8"))
    totals = summary["totals"]
    assert totals == {
        "files": 10,
        "documents": 7,
        "unreadable": 3,
        "plans": 2,
        "words": totals["words"],
        "sentences": totals["sentences"],
        "findings": sum(int(row["findings"]) for row in documents(outdir)),
        "over_threshold": sum(int(row["over_threshold"]) for row in documents(outdir)),
        "over_by_level": sum(row["level"] in ("standard", "schwer") for row in documents(outdir)),
    }
    assert sum(summary["levels"].values()) == 7
    assert sum(b["documents"] for b in summary["difficulty"]["bins"]) == 7 - summary["levels"]["none"]
    assert {f["folder"] for f in summary["folders"]} == {"team-1", "team-2"}
    assert summary["errors"]["by_reason"] == {"binary": 1, "corrupt": 1, "empty": 1}
    # the heavy sentences appear in three documents (txt, md, docx): one text block each, counted once
    blocks = {b["text"]: b for b in summary["recurring_sentences"]}
    erstattung = next(b for text, b in blocks.items() if text.startswith("Die Erstattung"))
    assert erstattung["documents"] == 3 and "ES203" in erstattung["codes"]
    words = {w["term"]: w for w in summary["hard_words"]}
    assert words["unverzüglich"]["alternative"] == "sofort" and words["unverzüglich"]["documents"] >= 3
    person = words["leistungsberechtigte Person"]  # a phrase as written, counted per lexicon entry
    assert person["key"] == "leistungsberechtigt Person" and person["alternative"] == "Sie"
    assert any(w["alternative"] and w["alternative"].startswith("erklären: ") for w in summary["hard_words"])
    per_100 = {r["code"]: r["per_100_words"] for r in summary["rules"]}
    assert per_100["ES203"] == round(100 * sum(int(r["ES203"]) for r in documents(outdir)) / totals["words"], 2)


def test_input_files_are_never_modified(audited):
    root, _, _, before = audited
    assert tree_hash(root) == before


def test_report_is_self_contained(audited):
    _, outdir, _, _ = audited
    html = (outdir / "report.html").read_text(encoding="utf-8")
    assert "<svg" in html and 'lang="de"' in html
    assert not re.search(r"(src|href)=\"(https?:)?//", html), "no resource from the network"
    assert "Die Erstattung" in html
    summary = json.loads((outdir / "summary.json").read_text(encoding="utf-8"))
    by_finding = summary["totals"]["over_threshold"] - summary["totals"]["over_by_level"]
    assert f"{summary['totals']['over_by_level']} davon wegen der Schwierigkeit. {by_finding} nur, weil" in html


def test_same_tree_same_outputs_and_the_rerun_comes_from_the_cache(tmp_path):
    root = make_tree(tmp_path / "tree")
    first, second = tmp_path / "a", tmp_path / "b"
    one = run_audit([root], first, AuditOptions(workers=2))
    run_audit([root], second, AuditOptions(workers=1, use_cache=False))
    assert read_outputs(first) == read_outputs(second), "order and content do not depend on workers or cache"
    assert one.checked == 10 and one.cached == 0
    again = run_audit([root], first, AuditOptions(workers=2))
    assert again.checked == 0 and again.cached == 10
    assert read_outputs(first) == read_outputs(second)
    (root / "team-1" / "plain.txt").write_text(PLAIN + "Ich gehe am Montag zum Kurs.\n", encoding="utf-8")
    changed = run_audit([root], first, AuditOptions(workers=1))
    assert changed.checked == 1 and changed.cached == 9


def test_interrupted_audit_keeps_old_outputs_and_finished_work(tmp_path, monkeypatch):
    root = make_tree(tmp_path / "tree")
    outdir = tmp_path / "out"
    run_audit([root], outdir, AuditOptions(workers=1, use_cache=False))
    old = read_outputs(outdir)
    (root / "team-1" / "new.txt").write_text(HEAVY + "\n\nNoch ein Satz für den neuen Plan.", encoding="utf-8")
    calls = {"n": 0}
    original = Tally.add

    def interrupted(self, row, result):
        calls["n"] += 1
        if calls["n"] == 4:
            raise KeyboardInterrupt
        return original(self, row, result)

    monkeypatch.setattr(Tally, "add", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run_audit([root], outdir, AuditOptions(workers=1))
    monkeypatch.undo()
    assert read_outputs(outdir) == old, "old outputs untouched"
    assert not list(outdir.glob(".einfach-audit-*"))
    resumed = run_audit([root], outdir, AuditOptions(workers=1))
    assert resumed.cached >= 3 and resumed.checked + resumed.cached == 11


def test_exit_codes(tmp_path, capsys):
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "a.txt").write_text(PLAIN, encoding="utf-8")
    assert audit([str(plain), "-o", str(tmp_path / "o1"), "--workers", "1", "--quiet"], capsys)[0] == 0
    (plain / "b.txt").write_text(HEAVY, encoding="utf-8")
    assert audit([str(plain), "-o", str(tmp_path / "o2"), "--workers", "1", "--quiet"], capsys)[0] == 1
    lenient = ["--max-level", "schwer", "--fail-on", "never"]
    assert audit([str(plain), "-o", str(tmp_path / "o3"), "--workers", "1", "--quiet", *lenient], capsys)[0] == 0
    assert audit([str(plain), "-o", str(tmp_path / "o3"), "--workers", "1", "--quiet", "--max-level", "schwer"], capsys)[0] == 1
    code, err = audit([str(tmp_path / "fehlt"), "-o", str(tmp_path / "o4")], capsys)
    assert code == 2 and "gibt es nicht" in err
    assert audit([str(plain), "-o", str(tmp_path / "o5"), "--workers", "0"], capsys)[0] == 2
    assert audit([str(plain), "-o", str(tmp_path / "o6"), "--engine", "dask"], capsys)[0] == 2
    (plain / "c.docx").write_bytes(b"kein zip")
    code, err = audit([str(plain), "-o", str(tmp_path / "o7"), "--workers", "1"], capsys)
    assert code == 3 and "1 nicht lesbar" in err and "report.html" in err


def test_hostile_files_are_listed_not_fatal(tmp_path, monkeypatch):
    root = tmp_path / "tree"
    root.mkdir()
    (root / "ok.txt").write_text(PLAIN, encoding="utf-8")
    (root / "gross.txt").write_text("Ich gehe heute zum Amt. " * 60_000, encoding="utf-8")  # 1.4 MB
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document>" + b" " * 80_000_000 + b"</w:document>")
    (root / "bombe.docx").write_bytes(bomb.getvalue())
    (root / "gesperrt.txt").write_text(PLAIN, encoding="utf-8")
    os.symlink(root, root / "schleife")
    os.symlink(root / "fehlt.txt", root / "toter-link.txt")
    real_open = os.open

    def no_permission(path, *args, **kwargs):  # root may read anything: chmod 000 would not do
        if str(path).endswith("gesperrt.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", no_permission)
    options = AuditOptions(workers=1, use_cache=False, limits=Limits(max_bytes=1_000_000))
    result = run_audit([root], tmp_path / "out", options)
    monkeypatch.undo()
    reasons = {row["path"]: row["reason"] for row in errors(tmp_path / "out")}
    assert reasons == {
        "bombe.docx": "zip-bomb",
        "gesperrt.txt": "permission",
        "gross.txt": "too-large",
        "schleife": "symlink-loop",
        "toter-link.txt": "not-found",
    }
    assert [row["path"] for row in documents(tmp_path / "out")] == ["ok.txt"]
    assert result.exit_code == 3


def test_a_document_over_the_time_limit_is_listed_and_the_audit_goes_on(tmp_path):
    root = tmp_path / "tree"
    root.mkdir()
    for index in range(3):
        (root / f"{index}.txt").write_text(HEAVY, encoding="utf-8")
    result = run_audit([root], tmp_path / "out", AuditOptions(workers=2, use_cache=False, timeout=0.0001))
    assert {row["reason"] for row in errors(tmp_path / "out")} == {"timeout"}
    assert result.summary["totals"]["unreadable"] == 3 and result.exit_code == 3


def test_csv_cells_never_start_a_formula(tmp_path):
    root = tmp_path / "tree"
    root.mkdir()
    (root / "=HYPERLINK(1).txt").write_text(PLAIN, encoding="utf-8")
    run_audit([root], tmp_path / "out", AuditOptions(workers=1, use_cache=False))
    assert documents(tmp_path / "out")[0]["path"] == "'=HYPERLINK(1).txt"


def test_include_exclude_and_group_depth(tmp_path):
    root = make_tree(tmp_path / "tree")
    deep = root / "team-1" / "2025"
    deep.mkdir()
    (deep / "alt.txt").write_text(PLAIN, encoding="utf-8")
    options = AuditOptions(workers=1, use_cache=False, include=("*.txt",), exclude=("team-2",), group_depth=2)
    run_audit([root], tmp_path / "out", options)
    rows = documents(tmp_path / "out")
    assert sorted(row["path"] for row in rows) == ["team-1/2025/alt.txt", "team-1/heavy.txt", "team-1/plain.txt"]
    assert {row["path"]: row["folder"] for row in rows}["team-1/2025/alt.txt"] == "team-1/2025"


def input_words(root: Path) -> set[str]:
    """Every word of 4+ letters of the inputs that is not a word of einfach's own data or messages."""
    from einfach.audit.readers import kind_of, read_text

    words: set[str] = set()
    for path in root.rglob("*"):
        kind = kind_of(path.name)
        if path.is_file() and kind is not None:
            try:
                text = read_text("text" if kind == "plan" else kind, path.read_bytes())
            except Exception:  # noqa: BLE001 - the hostile files
                continue
            words.update(re.findall(r"[A-Za-zÄÖÜäöüß]{4,}", text))
        words.update(re.findall(r"[A-Za-zÄÖÜäöüß]{4,}", path.name))
    own = set()
    for data in (ROOT / "data").rglob("*"):
        if data.is_file():
            own.update(re.findall(r"[A-Za-zÄÖÜäöüß]{4,}", data.read_text(encoding="utf-8", errors="ignore")))
    for source in (ROOT / "einfach").rglob("*"):
        if source.is_file() and source.suffix in (".py", ".j2", ".html"):
            own.update(re.findall(r"[A-Za-zÄÖÜäöüß]{4,}", source.read_text(encoding="utf-8")))
    return words - own


def test_redacted_outputs_hold_no_word_of_the_plans(tmp_path):
    root = make_tree(tmp_path / "Müller Anna")
    (root / "team-1" / "Kowalski-Zbigniew.txt").write_text(
        "Herr Kowalski schreibt Bewerbungen an Schreinereien.", encoding="utf-8"
    )
    outdir = tmp_path / "out"
    run_audit([root], outdir, AuditOptions(workers=2, redact=True))
    secret = input_words(root)
    assert {"Kowalski", "Zbigniew", "Yilmaz", "Schreinereien"} <= secret
    for path in outdir.rglob("*"):
        if path.is_file() and ".einfach-cache" not in path.parts:
            content = path.read_text(encoding="utf-8", errors="ignore")
            leaked = {word for word in secret if re.search(rf"\b{re.escape(word)}\b", content)}
            assert not leaked, f"{path.name} shows {sorted(leaked)[:10]}"
    summary = json.loads((outdir / "summary.json").read_text(encoding="utf-8"))
    assert summary["redacted"] is True
    assert summary["recurring_sentences"] and all(b["text"] is None for b in summary["recurring_sentences"])
    assert all(w["term"] == w["key"] for w in summary["hard_words"]), "only the lexicon's own form"
    assert all(row["path"] == "" for row in documents(outdir))


def test_progress_line_and_quiet_when_piped():
    stream = io.StringIO()
    progress = Progress(stream, 29_400)
    assert not progress.enabled  # not a terminal
    progress.done = 14_700
    line = progress.line(150.0)
    assert "14.700 von 29.400 Dateien" in line and "98 pro Sekunde" in line and "noch 2:30" in line
    progress.step()
    assert stream.getvalue() == ""


def test_dask_engine_gives_the_same_results(tmp_path):
    distributed = pytest.importorskip("distributed", reason="the [dask] extra is not installed")
    root = make_tree(tmp_path / "tree")
    run_audit([root], tmp_path / "local", AuditOptions(workers=2, use_cache=False))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        options = AuditOptions(engine="dask", scheduler=cluster.scheduler_address, use_cache=False)
        result = run_audit([root], tmp_path / "dask", options)
    assert result.checked == 10
    assert read_outputs(tmp_path / "dask") == read_outputs(tmp_path / "local")


def test_ctrl_c_leaves_no_half_written_output_and_the_rerun_resumes(tmp_path):
    """A real SIGINT to the running command: exit 2, no outputs, no staging folder, work kept."""
    import signal
    import subprocess
    import sys
    import time

    root = tmp_path / "tree"
    root.mkdir()
    files = 1200  # one worker needs several seconds for them: the signal lands well inside the run
    for index in range(files):  # all different: equal files would be taken from the cache
        (root / f"plan-{index:03d}.txt").write_text(f"{HEAVY}\n\nIch habe {index} Bewerbungen geschrieben.\n", encoding="utf-8")
    outdir = tmp_path / "out"
    command = [sys.executable, "-m", "einfach", "audit", str(root), "-o", str(outdir), "--workers", "1"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    cache = outdir / ".einfach-cache"

    def cached_bytes() -> int:  # results go to the SQLite file and its write-ahead log
        return sum(path.stat().st_size for path in cache.glob("results.sqlite*")) if cache.exists() else 0

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and cached_bytes() < 50_000:
        time.sleep(0.1)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    written = [name for name in OUTPUT_FILES if (outdir / name).exists()]
    assert process.returncode == 2 and "abgebrochen" in err, (process.returncode, err, written)
    assert not written
    assert not list(outdir.glob(".einfach-audit-*"))
    resumed = run_audit([root], outdir, AuditOptions(workers=2))
    assert resumed.cached > 0 and resumed.checked + resumed.cached == files
    assert len(documents(outdir)) == files


def test_a_settings_mistake_is_a_usage_error_not_broken_files(tmp_path, capsys):
    root = tmp_path / "tree"
    root.mkdir()
    (root / "a.txt").write_text(PLAIN, encoding="utf-8")
    code, err = audit([str(root), "-o", str(tmp_path / "out"), "--option", "sentence-length.warn_above=abc"], capsys)
    assert code == 2 and "warn_above" in err
    assert not (tmp_path / "out" / "errors.csv").exists()


def test_nothing_found_is_not_a_pass(tmp_path, capsys):
    root = tmp_path / "tree"
    root.mkdir()
    (root / "bild.jpg").write_bytes(b"\xff\xd8")
    code, err = audit([str(root), "-o", str(tmp_path / "out"), "--quiet"], capsys)
    assert code == 2 and "Keine passende Datei" in err


def test_odd_names_pipes_and_twin_roots(tmp_path):
    first, second = tmp_path / "a" / "plans", tmp_path / "b" / "plans"
    first.mkdir(parents=True)
    second.mkdir(parents=True)
    (first / "x.txt").write_text(PLAIN, encoding="utf-8")
    (second / "x.txt").write_text(PLAIN, encoding="utf-8")
    (first / "SCAN.TXT").write_text(PLAIN, encoding="utf-8")
    latin1 = os.fsencode(first) + b"/Pl\xe4ne.txt"  # a name from an old share, not UTF-8
    with open(latin1, "wb") as handle:
        handle.write(PLAIN.encode())
    os.mkfifo(first / "pipe.txt")  # would block a plain open() for ever
    result = run_audit([first, second], tmp_path / "out", AuditOptions(workers=1, use_cache=False, include=("*.txt",)))
    paths = sorted(row["path"] for row in documents(tmp_path / "out"))
    assert paths == ["plans-2/x.txt", "plans/Pl\\xe4ne.txt", "plans/SCAN.TXT", "plans/x.txt"]
    assert [(row["path"], row["reason"]) for row in errors(tmp_path / "out")] == [("plans/pipe.txt", "unsupported")]
    assert result.exit_code == 3


def test_same_bytes_as_json_and_yaml_are_cached_apart(tmp_path):
    root = tmp_path / "tree"
    root.mkdir()
    data = (EXAMPLES / "friseurin.yaml").read_bytes()
    (root / "a.yaml").write_bytes(data)
    (root / "z.json").write_bytes(data)  # YAML bytes under a .json name: not a valid JSON plan
    for _ in range(2):
        run_audit([root], tmp_path / "out", AuditOptions(workers=1))
        assert [row["path"] for row in documents(tmp_path / "out")] == ["a.yaml"]
        assert [(row["path"], row["reason"]) for row in errors(tmp_path / "out")] == [("z.json", "invalid-plan")]


def test_redaction_key_is_remade_when_damaged_and_a_text_cache_is_named(tmp_path):
    root = tmp_path / "tree"
    root.mkdir()
    (root / "a.txt").write_text(PLAIN, encoding="utf-8")
    outdir = tmp_path / "out"
    plain = run_audit([root], outdir, AuditOptions(workers=1))
    assert plain.notes == ()
    key = outdir / ".einfach-cache" / "redact.key"
    key.parent.mkdir(parents=True, exist_ok=True)
    key.write_bytes(b"")  # a crash while writing it, or a careless restore
    redacted = run_audit([root], outdir, AuditOptions(workers=1, redact=True))
    assert len(key.read_bytes()) == 32 and oct(key.stat().st_mode)[-3:] == "600"
    assert any("ohne --redact" in note for note in redacted.notes)


def test_a_worker_cannot_take_all_the_memory():
    import subprocess
    import sys

    probe = (
        "from einfach.audit.engine import cap_memory\n"
        "cap_memory(256 << 20)\n"
        "try:\n    bytearray(1 << 30)\nexcept MemoryError:\n    print('capped')\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "capped", result.stderr
